"""Opening an observer database: pragmas, the schema version check and numbered migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from observer_app.errors import DatabaseError, SchemaTooNewError
from observer_app.messages import QT_TRANSLATE_NOOP
from observer_app.storage.connect import BUSY_TIMEOUT_S, busy_error, is_busy

SQLITE_MAGIC = b"SQLite format 3\x00"

migrations = Migrations("observer_app")

# Columns every record carries (design.md: UUID, timestamps, version counter, deletion marker).
_COMMON = {"id": str, "created_at": str, "updated_at": str, "version": int, "deleted": int}
_COMMON_NOT_NULL = {"created_at", "updated_at", "version", "deleted"}
_COMMON_DEFAULTS = {"version": 1, "deleted": 0}


def _create(db: Database, name: str, columns: dict, *, not_null=(), foreign_keys=(), defaults=None):
    db[name].create(
        _COMMON | columns,
        pk="id",
        not_null=_COMMON_NOT_NULL | set(not_null),
        defaults=_COMMON_DEFAULTS | (defaults or {}),
        foreign_keys=list(foreign_keys),
    )


@migrations(name="0001_initial")
def _m0001_initial(db: Database) -> None:
    _create(db, "election", {"name_json": str, "date": str, "template_json": str},
            not_null={"name_json", "template_json"})
    _create(db, "observers",
            {"full_name": str, "organisation": str, "contact": str, "identity_path": str},
            defaults={"full_name": "", "organisation": "", "contact": "", "identity_path": ""})
    _create(db, "stations",
            {"election_id": str, "code": str, "region": str, "district": str, "address": str,
             "registered_voters": int},
            not_null={"election_id", "code"},
            foreign_keys=[("election_id", "election", "id")],
            defaults={"region": "", "district": "", "address": ""})
    db["stations"].create_index(["election_id", "code"], unique=True)
    station_fks = [("station_id", "stations", "id"), ("observer_id", "observers", "id")]
    _create(db, "visits", {"station_id": str, "observer_id": str, "arrived_at": str,
                           "departed_at": str},
            not_null={"station_id", "observer_id"}, foreign_keys=station_fks)
    db["visits"].create_index(["station_id", "observer_id"], unique=True)
    _create(db, "protocols",
            {"station_id": str, "observer_id": str, "values_json": str, "source": str,
             "status": str, "as_on_official_copy": int, "recorded_at": str},
            not_null={"station_id", "observer_id", "values_json", "source", "status",
                      "as_on_official_copy"},
            foreign_keys=station_fks,
            defaults={"values_json": "{}", "status": "draft", "as_on_official_copy": 0})
    db["protocols"].create_index(["station_id", "observer_id"], unique=True)
    _create(db, "obstructions",
            {"station_id": str, "observer_id": str, "kind": str, "stage": str, "started_at": str,
             "ended_at": str, "ordered_by": str, "ordered_by_position": str,
             "stated_reason": str, "witnesses": str, "notes": str},
            not_null={"station_id", "observer_id", "kind", "started_at"},
            foreign_keys=station_fks,
            defaults={k: "" for k in ("stage", "ordered_by", "ordered_by_position",
                                       "stated_reason", "witnesses", "notes")})
    db["obstructions"].create_index(["station_id", "started_at"])
    _create(db, "turnout_tallies", {"station_id": str, "observer_id": str, "at": str},
            not_null={"station_id", "observer_id", "at"}, foreign_keys=station_fks)
    db["turnout_tallies"].create_index(["station_id", "deleted", "at"])
    _create(db, "turnout_announcements",
            {"station_id": str, "observer_id": str, "at": str, "voters": int, "percent": float,
             "notes": str},
            not_null={"station_id", "observer_id", "at"}, foreign_keys=station_fks,
            defaults={"notes": ""})
    _create(db, "incidents",
            {"station_id": str, "observer_id": str, "category": str, "occurred_at": str,
             "description": str},
            not_null={"station_id", "observer_id", "category", "occurred_at"},
            foreign_keys=station_fks, defaults={"description": ""})
    _create(db, "photos",
            {"owner_table": str, "owner_id": str, "filename": str, "sha256": str, "size": int,
             "data": bytes},
            not_null={"owner_table", "owner_id", "sha256", "size", "data"},
            defaults={"filename": ""})
    db["photos"].create_index(["owner_table", "owner_id"])
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["audit"].create(
        {"seq": int, "at": str, "observer_id": str, "table_name": str, "record_id": str,
         "field": str, "old": str, "new": str},
        pk="seq", not_null={"at", "table_name", "record_id"},
    )
    db["audit"].create_index(["table_name", "record_id"])
    db.executescript(
        """
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """
    )
    db.execute("PRAGMA user_version = 1")


RECORD_TABLES = ("election", "observers", "stations", "visits", "protocols", "obstructions",
                 "turnout_tallies", "turnout_announcements", "incidents", "photos")


@migrations(name="0002_coordinator")
def _m0002_coordinator(db: Database) -> None:
    """What a coordinator's database needs to merge observers' bundles (unused by observers)."""
    for table in RECORD_TABLES:
        # The bundle a merged record came from (NULL for records typed into this database).
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN bundle_sha256 TEXT")
    db["bundles"].create(
        {"sha256": str, "file_name": str, "status": str, "reason": str, "observer_id": str,
         "signer_name": str, "signer_org": str, "cert_sha256": str, "verified": int,
         "self_signed": int, "election_id": str, "manifest_json": str, "merged_at": str},
        pk="sha256", not_null={"status", "merged_at"},
        defaults={"reason": "", "verified": 0, "self_signed": 0},
    )
    # A record that lost to another variant of the same id (another observer's, or a second
    # protocol of one observer for one station): kept whole, listed as a conflict.
    db["conflict_records"].create(
        {"table_name": str, "record_id": str, "observer_id": str, "kind": str, "version": int,
         "row_json": str, "bundle_sha256": str, "winner_id": str},
        pk=("table_name", "record_id", "observer_id"),
        not_null={"kind", "row_json"},
    )
    _create(db, "official_results",
            {"station_id": str, "values_json": str, "source_file": str},
            not_null={"station_id", "values_json"},
            foreign_keys=[("station_id", "stations", "id")], defaults={"source_file": ""})
    db["official_results"].create_index(["station_id"], unique=True)
    _create(db, "overrides",
            {"station_id": str, "observer_id": str, "code": str, "value": int, "reason": str},
            not_null={"station_id", "observer_id", "code", "reason"},
            foreign_keys=[("station_id", "stations", "id"), ("observer_id", "observers", "id")])
    db["overrides"].create_index(["station_id", "code"])
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_bundle_reason_message")
def _m0003_bundle_reason_message(db: Database) -> None:
    """Why a bundle was rejected, kept translatable: bundles.reason_json holds the Message
    (observer_app.messages, to_json()); bundles.reason keeps the English sentence, for scripts
    and sqlite readers. '' for merged bundles and for rows rejected before this migration."""
    db.execute("ALTER TABLE [bundles] ADD COLUMN [reason_json] TEXT NOT NULL DEFAULT ''")
    db.execute("PRAGMA user_version = 3")


SCHEMA_VERSION = 3  # the number of the newest migration above


def read_schema_version(path: Path) -> tuple[int, bool]:
    """(user_version, whether it holds any table) of an existing file, read without writing a
    byte (no -wal/-shm appear)."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DatabaseError("schema.unreadable_file", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    if not header:
        return 0, False  # an empty file is an empty database
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise DatabaseError("schema.not_sqlite", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an observer database (not an SQLite file)."), path=str(path))
    # immutable=1 reads without creating -wal/-shm files, but ignores a -wal file; while another
    # connection (the app) has the database open, its latest commits are only in the -wal.
    wal = path.with_name(path.name + "-wal")
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            return version, tables > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("schema.unreadable_database", QT_TRANSLATE_NOOP(
            "Messages", "{path} cannot be read as a database ({detail})."),
            path=str(path), detail=str(exc)) from exc


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Opens (or creates) an observer database: WAL, synchronous=FULL, foreign keys, migrations.

    A database written by a newer app is refused before anything is written to it.
    """
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseError("schema.is_folder", QT_TRANSLATE_NOOP(
                "Messages", "{path} is a folder, not a database file."), path=str(path))
        version, has_tables = read_schema_version(path)
        if version == 0 and has_tables:
            raise DatabaseError("schema.other_program", QT_TRANSLATE_NOOP(
                "Messages", "{path} is a database of another program, not an observer database; "
                "it was not changed."), path=str(path))
        if version == 0 and not create:
            raise DatabaseError("schema.empty", QT_TRANSLATE_NOOP(
                "Messages", "{path} is empty; create an observer database with "
                "'observer-app election load FILE --db {path}'."), path=str(path))
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError("schema.too_new", QT_TRANSLATE_NOOP(
                "Messages", "{path} was written by a newer version of the app (schema {version}; "
                "this app knows up to {known}); update the app to open it. The file was not "
                "changed."), path=str(path), version=version, known=SCHEMA_VERSION)
    elif not create:
        raise DatabaseError("schema.missing", QT_TRANSLATE_NOOP(
            "Messages", "There is no database at {path}; create one with "
            "'observer-app election load FILE --db {path}'."), path=str(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("schema.cannot_create_folder", QT_TRANSLATE_NOOP(
                "Messages", "Cannot create the folder {path}: {reason}."),
                path=str(path.parent), reason=str(exc.strerror or exc)) from exc
    try:
        # Writes wait up to BUSY_TIMEOUT_S for another program's write lock, and take it before
        # they read (storage/connect.py write_transaction: the store's writes).
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DatabaseError("schema.cannot_open", QT_TRANSLATE_NOOP(
            "Messages", "Cannot open {path}: {detail}."), path=str(path), detail=str(exc)) from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        migrations.apply(db)
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            raise DatabaseError("schema.version_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "{path}: the schema version does not match its migrations."),
                path=str(path))
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_busy(exc):  # another program is writing to it (a migration could not start)
            raise busy_error() from exc
        raise DatabaseError("schema.unusable", QT_TRANSLATE_NOOP(
            "Messages", "{path} cannot be used as an observer database ({detail})."),
            path=str(path), detail=str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db
