"""Opening an observer database: pragmas, the schema version check and numbered migrations."""

from __future__ import annotations

import json
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


# Tables whose rows belong to one observer: in a coordinator's database they are scoped by their
# signer, so their key is (observer_id, id) (migration 0004).
OWNED_TABLES = ("visits", "protocols", "obstructions", "turnout_tallies", "turnout_announcements",
                "incidents", "photos")
# The tables a bundle brings records into; a coordinator's database keeps every bundle's copy of
# them in carried_<table> (migration 0004).
CARRIED_TABLES = ("observers", "stations") + OWNED_TABLES
KINDS = ("observer", "coordinator")
KIND_SETTING = "database_kind"


def create_coordinator_tables(db: Database) -> None:
    """carried_<table>: a coordinator's copy of what each merged bundle brought of a record, kept
    where a record has more than one copy (the merge decides from them, and returns to them when a
    bundle is withdrawn; merge/writer.py). Made in a coordinator's database only: an observer's
    never has them (nor do its bundles)."""
    for table in CARRIED_TABLES:
        name = f"carried_{table}"
        if db[name].exists():
            continue
        types = {c.name: c.type for c in db[table].columns}
        pk = ("observer_id", "id", "bundle_sha256") if table in OWNED_TABLES else ("id", "bundle_sha256")
        db[name].create({column: _SQL_TYPES[kind] for column, kind in types.items()}, pk=pk,
                        not_null={"bundle_sha256"})


@migrations(name="0004_signer_scope")
def _m0004_signer_scope(db: Database) -> None:
    """Records scoped by their signer, and the database's kind.

    - settings.database_kind: 'observer' or 'coordinator' (a database keeps its kind for life;
      one that already holds a coordinator's tables' rows is a coordinator's);
    - photos get the observer_id of the observer they belong to (their owner's);
    - the observer-owned tables are keyed by (observer_id, id): in a coordinator's database two
      signers' records with the same id are two records (an observer owns only their own);
    - bundles.first_seen_at: when this database first saw the bundle;
    - protocols.commission_signed_at and certified_by (optional);
    - conflict_records keyed by the listed copy's bundle too.
    A coordinator's database from before gets its carried_<table> (create_coordinator_tables),
    filled from the records and the conflicts it holds, and 'merge_rebuild' asks the merge to
    decide every record again by today's rules.
    """
    coordinator = any(db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone()
                      for t in ("bundles", "official_results", "overrides", "conflict_records"))
    db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
               [KIND_SETTING, "coordinator" if coordinator else "observer"])
    db["photos"].add_column("observer_id", str, not_null_default="")
    for owner in ("incidents", "obstructions", "protocols"):
        db.execute(f"UPDATE photos SET observer_id = coalesce((SELECT o.observer_id FROM [{owner}] o "
                   f"WHERE o.id = photos.owner_id), '') WHERE owner_table = ? AND observer_id = ''",
                   [owner])
    db.execute("UPDATE photos SET observer_id = coalesce((SELECT value FROM settings WHERE key = "
               "'observer_id'), '') WHERE observer_id = ''")
    for table in OWNED_TABLES:
        columns = [c.name for c in db[table].columns]
        if table == "photos":  # beside the other tables' observer_id, after the common columns
            columns.remove("observer_id")
            columns.insert(columns.index("deleted") + 1, "observer_id")
        db[table].transform(pk=("observer_id", "id"), not_null={"id"}, column_order=columns)
    db["bundles"].add_column("first_seen_at", str)
    db.execute("UPDATE bundles SET first_seen_at = merged_at")
    # A listed copy came in its bundle, which held its signer's records only: a photo (which
    # named no observer before) is its bundle's signer's, else the listed row's observer's.
    legacy = db.execute("SELECT c.table_name, c.row_json, c.bundle_sha256, "
                        "coalesce(nullif(b.observer_id, ''), c.observer_id, '') FROM conflict_records c "
                        "LEFT JOIN bundles b ON b.sha256 = c.bundle_sha256 "
                        "WHERE c.bundle_sha256 IS NOT NULL").fetchall()
    db["conflict_records"].drop()
    db["conflict_records"].create(
        {"table_name": str, "record_id": str, "observer_id": str, "kind": str, "version": int,
         "row_json": str, "bundle_sha256": str, "winner_id": str},
        pk=("table_name", "record_id", "observer_id", "bundle_sha256"),
        not_null={"kind", "row_json", "bundle_sha256"},
    )
    # When the commission signed the protocol and who certified the copy (both optional: NULL
    # and '' where the observer did not see them), in every database and in carried_protocols.
    db["protocols"].add_column("commission_signed_at", str)
    db["protocols"].add_column("certified_by", str, not_null_default="")
    if not coordinator:
        db.execute("PRAGMA user_version = 4")
        return
    # Bundles set versions and deletion markers of shared rows before: no more. What a bundle
    # brought is as a bundle brings it today (version 1, not deleted); a loaded row keeps its.
    for table in ("election", "stations"):
        db.execute(f"UPDATE [{table}] SET version = 1 WHERE version < 1 OR version > 2147483647 "
                   "OR bundle_sha256 IS NOT NULL")
    db.execute("UPDATE stations SET deleted = 0 WHERE bundle_sha256 IS NOT NULL")
    create_coordinator_tables(db)
    for table in CARRIED_TABLES:
        db.execute(f"INSERT OR IGNORE INTO [carried_{table}] SELECT * FROM [{table}] "
                   "WHERE bundle_sha256 IS NOT NULL")
    # The variants the earlier rules kept as conflicts are copies too.
    for table, row_json, bundle, signer in legacy:
        if table not in CARRIED_TABLES:
            continue
        row = json.loads(row_json)
        names = [c.name for c in db[table].columns if c.name != "bundle_sha256"]
        if table == "stations":
            row.update(version=1, deleted=0)
        if table == "protocols":
            row.setdefault("certified_by", "")  # a column of this migration
        if table == "photos":
            row["observer_id"] = row.get("observer_id") or signer
            found = db.execute("SELECT data FROM photos WHERE sha256 = ? LIMIT 1",
                               [row.get("sha256")]).fetchone()
            if found is None:
                continue
            row["data"] = found[0]
        db.execute(f"INSERT OR IGNORE INTO [carried_{table}] ({', '.join(f'[{n}]' for n in names)}, "
                   f"bundle_sha256) VALUES ({', '.join('?' * (len(names) + 1))})",
                   [*(row.get(n) for n in names), bundle])
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('merge_rebuild', '1')")
    db.execute("PRAGMA user_version = 4")


_SQL_TYPES = {"TEXT": str, "INTEGER": int, "REAL": float, "BLOB": bytes, "FLOAT": float}

SCHEMA_VERSION = 4  # the number of the newest migration above


_TABLE_COLUMNS: dict[str, list[str]] = {}


def table_columns() -> dict[str, list[str]]:
    """Each table of this app's schema with its columns in order (from a fresh in-memory
    database, made once per process)."""
    if not _TABLE_COLUMNS:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            db = Database(conn, execute_plugins=False)
            migrations.apply(db)
            found = {t: [c.name for c in db[t].columns] for t in db.table_names()}
        finally:
            conn.close()
        _TABLE_COLUMNS.update(found)
    return {t: list(cols) for t, cols in _TABLE_COLUMNS.items()}


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


PRIVATE_MODE = 0o600  # a database holds what observers saw and who they are: the owner only


def _create_private(path: Path) -> None:
    """Creates an empty database file readable by its owner only, before SQLite opens it:
    SQLite gives the -wal, -shm and -journal files the database file's permissions."""
    import os

    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return  # made meanwhile: SQLite opens it as it is
    except OSError as exc:
        raise DatabaseError("schema.cannot_create", QT_TRANSLATE_NOOP(
            "Messages", "Cannot create {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    os.close(fd)


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
        _create_private(path)
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
        # Whether this open made the database (no schema before): the caller then sets its kind.
        db.created = conn.execute("PRAGMA user_version").fetchone()[0] == 0  # type: ignore[attr-defined]
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
