"""The database inside a bundle: opened read-only (in memory when small), its schema and rows checked."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import string
import threading
from pathlib import Path
from typing import Any, Callable, Sequence

from sqlite_utils import Database

from observer_app.bundle.check import BundleCheck
from observer_app.bundle.format import COUNTED_TABLES, OBSERVER_TABLES, _one_line
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.schema import SCHEMA_VERSION, migrations


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Opens a snapshot read-only: no journal or WAL files, no schema-defined functions."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA mmap_size = 0")
    except BaseException:
        conn.close()
        raise
    return conn


# A snapshot up to this size is checked in memory (no temporary file); larger ones (photos)
# are written to a temporary file and opened read-only from there.
IN_MEMORY_SNAPSHOT = 64 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


def _memory_image(data: bytes) -> bytes:
    """A snapshot's bytes as an in-memory database takes them. A snapshot whose header says WAL
    (VACUUM INTO never writes one) is read as its main file alone, as an immutable file would
    be: an in-memory database cannot have a WAL."""
    if data[18:20] == b"\x02\x02":
        data = data[:18] + b"\x01\x01" + data[20:]
    return data


def _connect_memory(data: bytes, *, cached_statements: int = 0) -> sqlite3.Connection:
    """Opens a snapshot's bytes as an in-memory database, with the same protections as
    _connect_readonly: no schema-defined functions, no writes, cell size checks."""
    conn = sqlite3.connect(":memory:", isolation_level=None, cached_statements=cached_statements)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.deserialize(_memory_image(data))
    except BaseException:
        conn.close()
        raise
    return conn


# Reusing a connection for the next snapshot.
#
# Preparing SQL is most of what SQLite costs for a small bundle: the schema (44 objects) is
# parsed, then every statement of the checks is compiled, ~0.45 of ~0.65 ms. Bundles of one
# app version have the same schema, so each thread keeps the connection of its last good
# snapshot and puts the next snapshot under it (deserialize). SQLite then runs the statements
# it prepared, without parsing the schema again; that gives the same result as a fresh
# connection exactly when the new database's schema is the one they were prepared for. So the
# connection is reused only when the new database's sqlite_master rows (root pages included;
# reading them needs no schema), text encoding and schema format equal the previous ones;
# anything else, or any error on the way, gets a fresh connection, as every snapshot did before.
REUSE_LIMIT = 1024 * 1024  # a larger snapshot gets its own connection (memory stays small)
_MASTER_ROWS = "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master"


def _header_key(data: bytes) -> bytes:
    return data[44:48] + data[56:60]  # schema format number, text encoding


class _Reusable(threading.local):
    conn: sqlite3.Connection | None = None
    master: list[tuple] | None = None  # sqlite_master of the database its statements know
    header: bytes = b""

    def take(self, data: bytes) -> tuple[sqlite3.Connection, list[tuple]] | None:
        """The kept connection with data under it, and its sqlite_master rows; None when the
        schema differs (the kept connection is then closed)."""
        conn = self.conn
        if conn is None or len(data) > REUSE_LIMIT:
            return None
        self.conn = None  # in use; given back by keep()
        try:
            if _header_key(data) == self.header:
                conn.deserialize(_memory_image(data))
                master = conn.execute(_MASTER_ROWS).fetchall()
                if master == self.master:
                    return conn, master
        except sqlite3.Error:
            pass
        conn.close()
        return None

    def keep(self, conn: sqlite3.Connection, data: bytes, master: list[tuple]) -> bool:
        """Keeps a connection whose snapshot passed every check, for the next snapshot."""
        if len(data) > REUSE_LIMIT:
            return False
        if self.conn is not None and self.conn is not conn:
            self.conn.close()
        self.conn, self.master, self.header = conn, master, _header_key(data)
        return True


_REUSABLE = _Reusable()


# ---------------------------------------------------------------------------------------------
# The database inside a bundle: what the manifest says about it, checked the same way on both
# sides (export refuses to write a bundle that the verifier would reject).


@dataclasses.dataclass
class _DbFacts:
    schema_version: int
    election_ids: list[str]
    row_counts: dict[str, int]
    stations: list[str]
    problems: list[Message]


_EXPECTED_SCHEMA: dict[int, frozenset] = {}
_SCHEMA_LOCK = threading.Lock()
# Tables only a coordinator's database fills (schema 2): empty in an observer's bundle.
COORDINATOR_TABLES = ("bundles", "conflict_records", "official_results", "overrides") + tuple(
    f"carried_{t}" for t in ("observers", "stations", "visits", "protocols", "obstructions",
                             "turnout_tallies", "turnout_announcements", "incidents", "photos"))


_ASCII_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)  # as SQL upper()


def _schema_shape(conn: sqlite3.Connection) -> frozenset:
    """The database's structure: tables and views with their columns; every index with its
    uniqueness and columns (the merge relies on one protocol per station and observer, one id
    per record); every foreign key (every record names a station the bundle carries); triggers.

    Structure, not SQL text: another sqlite-utils version may word the same CREATE differently.
    SQLite's own objects and sqlite-utils' bookkeeping (names starting with an underscore) are
    left out. PRAGMA statements, not the pragma_table_info() table-valued functions: a
    snapshot's connection may be reused (see _Reusable), and SQLite before 3.54 crashes on a
    table-valued function used before and after a deserialize.
    """
    own = "m.name NOT LIKE 'sqlite!_%' ESCAPE '!' AND m.name NOT LIKE '!_%' ESCAPE '!'"
    objects = conn.execute(f"SELECT m.type, m.name, m.tbl_name FROM sqlite_master m WHERE {own}").fetchall()
    shape = set(objects)

    def quoted(name: object) -> str:
        return '"' + str(name).replace('"', '""') + '"'

    for kind, name, _ in objects:
        if kind not in ("table", "view"):
            continue
        for cid, column, declared, notnull, _, pk in conn.execute(f"PRAGMA main.table_info({quoted(name)})"):
            shape.add(("column", name, cid, column,
                       declared.translate(_ASCII_UPPER) if isinstance(declared, str) else declared,
                       notnull, pk))
        if kind != "table":
            continue
        for _, index, unique, origin, partial in conn.execute(f"PRAGMA main.index_list({quoted(name)})").fetchall():
            columns = tuple(row[2] for row in conn.execute(f"PRAGMA main.index_info({quoted(index)})"))
            shape.add(("index", name, index, unique, origin, partial, columns))
        for key in conn.execute(f"PRAGMA main.foreign_key_list({quoted(name)})"):
            shape.add(("foreign key", name, *key))
    return frozenset(shape)


_SHAPE_OK: dict[frozenset, bool] = {}


def _schema_matches(conn: sqlite3.Connection, master: list[tuple] | None = None) -> bool:
    """Whether the database has this app's schema (structure); remembered per schema text, as
    every bundle of one app version has the same. master: the rows of
    SELECT type, name, tbl_name, sql FROM sqlite_master, when already read."""
    if master is None:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    text = frozenset(master)
    known = _SHAPE_OK.get(text)
    if known is None:
        known = _schema_shape(conn) == _expected_schema()
        if len(_SHAPE_OK) > 256:
            _SHAPE_OK.clear()
        _SHAPE_OK[text] = known
    return known


def _expected_schema() -> frozenset:
    """The structure of a fresh database of this app's schema (built once per process)."""
    with _SCHEMA_LOCK:
        if SCHEMA_VERSION not in _EXPECTED_SCHEMA:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            try:
                migrations.apply(Database(conn, execute_plugins=False))
                _EXPECTED_SCHEMA[SCHEMA_VERSION] = _schema_shape(conn)
            finally:
                conn.close()
        return _EXPECTED_SCHEMA[SCHEMA_VERSION]


def _inspect_database(conn: sqlite3.Connection, observer_id: str, *, integrity: bool = True,
                      master: list[tuple] | None = None) -> _DbFacts:
    """Reads what a manifest states about a snapshot, and lists what makes it unacceptable.

    Few statements on purpose: verification runs for thousands of bundles. master: the rows
    of _MASTER_ROWS, when already read.
    """
    problems: list[Message] = []
    none = _DbFacts(0, [], {}, [], problems)
    if integrity:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(2)")]
        if result != ["ok"]:
            detail = _one_line(result[0])
            if len(result) > 1:
                problems.append(Message("bundle.db_damaged_more", QT_TRANSLATE_NOOP(
                    "Messages", "data.sqlite is damaged (SQLite integrity check: {detail}, and more)."),
                    {"detail": detail}))
            else:
                problems.append(Message("bundle.db_damaged", QT_TRANSLATE_NOOP(
                    "Messages", "data.sqlite is damaged (SQLite integrity check: {detail})."),
                    {"detail": detail}))
            return none
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    none.schema_version = version
    if master is None:
        master = conn.execute(_MASTER_ROWS).fetchall()
    tables = {row[1] for row in master if row[0] == "table"}
    if version == SCHEMA_VERSION:
        if not _schema_matches(conn, [(kind, name, table, sql) for kind, name, table, _, sql in master]):
            problems.append(Message("bundle.db_wrong_tables", QT_TRANSLATE_NOOP(
                "Messages", "data.sqlite does not have the tables of an observer database of "
                "schema {version}."), {"version": version}))
            return none
    else:
        missing = [t for t in COUNTED_TABLES + ("settings",) if t not in tables]
        if missing:
            problems.append(Message("bundle.db_not_observer", QT_TRANSLATE_NOOP(
                "Messages", "data.sqlite is not an observer database (no table {table})."),
                {"table": missing[0]}))
            return none

    # The row counts, the observer checks, the election and the stations, in one statement
    # (each statement costs its preparation, on a connection that runs it once).
    union = " UNION ".join(f"SELECT station_id FROM [{t}]" for t in OBSERVER_TABLES)
    checks = ["(SELECT json_group_array(id) FROM election)",
              "(SELECT count(*) FROM stations WHERE election_id IS NOT (SELECT id FROM election))",
              f"(SELECT json_group_array(code) FROM stations WHERE id IN ({union}))"]
    checks += [f"(SELECT count(*) FROM [{t}])" for t in COUNTED_TABLES]
    checks += [f"(SELECT count(*) FROM [{t}] WHERE observer_id IS NOT :o)" for t in OBSERVER_TABLES]
    checks += ["(SELECT count(*) FROM audit WHERE observer_id IS NOT NULL AND observer_id != :o)",
               "(SELECT count(*) FROM observers WHERE id IS NOT :o)",
               "(SELECT count(*) FROM observers WHERE id = :o)",
               "(SELECT count(*) FROM settings WHERE key = 'observer_id' AND value IS NOT :o)"]
    coordinator = [t for t in COORDINATOR_TABLES if t in tables]
    checks += [f"(SELECT count(*) FROM [{t}])" for t in coordinator]
    photos_scoped = version >= 4  # photos name their observer since schema 4
    if photos_scoped:
        checks.append("(SELECT count(*) FROM photos WHERE observer_id IS NOT :o)")
    found = conn.execute("SELECT " + ", ".join(checks), {"o": observer_id}).fetchone()
    foreign_photos = found[-1] if photos_scoped else 0
    if photos_scoped:
        found = found[:-1]
    election_ids, other_election, stations = json.loads(found[0]), found[1], json.loads(found[2])
    found = found[3:]
    counts = dict(zip(COUNTED_TABLES, found[:len(COUNTED_TABLES)]))
    found = found[len(COUNTED_TABLES):]
    n = len(OBSERVER_TABLES)
    own = found[n + 2]
    # "visits: 3; protocols: 1": table names (as in the database) and counts.
    rows = tuple(Message("bundle.table_rows", QT_TRANSLATE_NOOP("Messages", "{table}: {count}"),
                         {"table": table, "count": count})
                 for table, count in zip(OBSERVER_TABLES + ("audit", "observers", "photos"),
                                         (*found[:n + 2], foreign_photos)) if count)
    if rows and found[n + 3]:
        problems.append(Message("bundle.db_foreign_rows_setting", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds rows of another observer than {observer} ({rows}, the "
            "observer_id setting)."), {"observer": observer_id, "rows": rows}))
    elif rows:
        problems.append(Message("bundle.db_foreign_rows", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds rows of another observer than {observer} ({rows})."),
            {"observer": observer_id, "rows": rows}))
    elif found[n + 3]:
        problems.append(Message("bundle.db_foreign_setting", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds rows of another observer than {observer} (the "
            "observer_id setting)."), {"observer": observer_id}))
    if own != 1:
        problems.append(Message("bundle.db_no_profile", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite has no profile of the observer {observer}."),
            {"observer": observer_id}))
    for table, count in zip(coordinator, found[n + 4:]):
        if count:
            problems.append(Message("bundle.db_coordinator_data", QT_TRANSLATE_NOOP(
                "Messages", "data.sqlite holds coordinator data (%n {table} row(s)); export an "
                "observer's database, not a coordinator's.", None, 1), {"n": int(count), "table": table}))

    if len(election_ids) != 1:
        problems.append(Message("bundle.db_election_count", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds %n elections; a bundle holds exactly one.", None, 1),
            {"n": len(election_ids)}))
    elif other_election:
        problems.append(Message("bundle.db_other_election", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds %n station(s) of another election than {election}.", None, 1),
            {"n": int(other_election), "election": str(election_ids[0])}))
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        problems.append(Message("bundle.db_dangling", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite has records that refer to missing stations or observers.")))
    return _DbFacts(version, election_ids, counts, sorted(stations), problems)


def _check_database(source: bytes | Path | None, manifest: dict[str, Any], reasons: list[Message],
                    read: Callable[[sqlite3.Connection, BundleCheck], Any] | None = None,
                    check: BundleCheck | None = None, got: list[Any] | None = None) -> None:
    """The SQLite checks of a snapshot (its bytes, or a file); then read(conn, check), with the
    same connection, when the whole bundle is ok so far."""
    try:
        if isinstance(source, bytes):
            header = source[:100]
        else:
            with source.open("rb") as f:
                header = f.read(100)
        if not header.startswith(SQLITE_MAGIC):
            reasons.append(Message("bundle.db_not_sqlite", QT_TRANSLATE_NOOP(
                "Messages", "data.sqlite is not an SQLite database.")))
            return
        if not isinstance(source, bytes):
            conn = _connect_readonly(source)
            try:
                _inspect_and_read(conn, None, manifest, reasons, read, check, got)
            finally:
                conn.close()
            return
        taken = _REUSABLE.take(source)
        if taken is not None:
            conn, master = taken
        else:
            conn = _connect_memory(source, cached_statements=128)
            master = conn.execute(_MASTER_ROWS).fetchall()
        kept = False
        earlier = len(reasons)  # e.g. an untrusted signer: the database is checked all the same
        try:
            _inspect_and_read(conn, master, manifest, reasons, read, check, got)
            kept = len(reasons) == earlier and _REUSABLE.keep(conn, source, master)
        finally:
            if not kept:
                conn.close()
    except sqlite3.DatabaseError as exc:
        reasons.append(Message("bundle.db_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite cannot be read as a database ({detail})."),
            {"detail": _one_line(exc)}))


def _inspect_and_read(conn: sqlite3.Connection, master: list[tuple] | None,
                      manifest: dict[str, Any], reasons: list[Message],
                      read: Callable[["SnapshotConnection", BundleCheck], Any] | None,
                      check: BundleCheck | None, got: list[Any] | None) -> None:
    facts = _inspect_database(conn, manifest["observer_id"], master=master)
    _compare_facts(facts, manifest, reasons)
    if read is not None and not reasons:
        got[0] = read(SnapshotConnection(conn), check)


# Table-valued functions (eponymous virtual tables) of a standard SQLite build.
_TABLE_FUNCTIONS = re.compile(r"\b(pragma_\w+|json_each|json_tree|dbstat|sqlite_dbpage|sqlite_stmt|"
                              r"generate_series|carray|completion|zipfile)\b", re.IGNORECASE)


class SnapshotConnection:
    """What verify_and_read's read callback gets: a verified snapshot's connection, for reading.

    No table-valued functions (pragma_table_info(), json_each(), ...): the connection may be
    reused for the next snapshot, and SQLite before 3.54 crashes the process on one used
    before and after a deserialize. Use PRAGMA statements (PRAGMA table_info(t)) instead.
    """

    __slots__ = ("_conn",)

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        if sql not in _ALLOWED_SQL:
            found = _TABLE_FUNCTIONS.search(sql)
            if found:
                raise ValueError(f"{found.group(0)} is a table-valued function, which a reused "
                                 "snapshot connection must not run; use a PRAGMA statement")
            if len(_ALLOWED_SQL) >= 256:
                _ALLOWED_SQL.clear()
            _ALLOWED_SQL.add(sql)
        return self._conn.execute(sql, parameters)


_ALLOWED_SQL: set[str] = set()  # statements already found free of table-valued functions


def _compare_facts(facts: _DbFacts, manifest: dict[str, Any], reasons: list[Message]) -> None:
    if facts.problems:
        reasons.extend(facts.problems)
        return
    if facts.schema_version != manifest["schema_version"]:
        reasons.append(Message("bundle.db_schema_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite has schema {found}, but the manifest says {stated}."),
            {"found": facts.schema_version, "stated": manifest["schema_version"]}))
    if facts.election_ids != [manifest["election_id"]]:
        reasons.append(Message("bundle.db_election_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite holds the election {found}, but the manifest names {stated}."),
            {"found": str(facts.election_ids[0]), "stated": manifest["election_id"]}))
    if facts.row_counts != manifest["row_counts"]:
        table = next(t for t in COUNTED_TABLES
                     if facts.row_counts.get(t) != manifest["row_counts"].get(t))
        reasons.append(Message("bundle.db_counts_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite does not hold the rows the manifest counts (table {table}: "
            "{found}, manifest {stated})."),
            {"table": table, "found": str(facts.row_counts.get(table)),
             "stated": str(manifest["row_counts"].get(table))}))
    if facts.stations != sorted(manifest["stations"]):
        reasons.append(Message("bundle.db_stations_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite does not hold records for exactly the stations the manifest "
            "lists.")))
