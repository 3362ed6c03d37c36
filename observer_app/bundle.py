"""Export bundles (`*.obsx`): one observer's database, signed, for the coordinator's merge.

A bundle is a zip with exactly these members (design.md, "Export bundle"):

``data.sqlite``        a ``VACUUM INTO`` snapshot of the observer database (rollback-journal mode,
                       one self-contained file; safe to take while the app has the database open);
``manifest.json``      UTF-8 JSON, sorted keys: format and schema version, app version, election id,
                       observer id, station codes, row counts per table, SHA-256 of ``data.sqlite``
                       and ``observer.pem``, creation time (UTC);
``observer.pem``       the observer's certificate (its subject UID is the observer id);
``manifest.json.p7s``  a detached DER CMS signature over the exact bytes of ``manifest.json``,
                       made with the observer's ECDSA P-256 key (the identity of the PDF summaries).

:func:`export_bundle` writes one (atomically, signed, never half-written); it refuses an identity
whose observer id is not the database's, and a database the verifier would refuse.

:func:`verify_bundle` never raises for a bad bundle: it returns a :class:`BundleCheck` (plain,
picklable fields, for a process pool) whose ``reasons`` say, one Message each (``str()`` gives
the English sentence; the GUI translates it), what is wrong.
It reads the zip defensively (exactly the four members; no duplicates, paths, folders,
encryption or oversized members), checks the manifest, the CMS signature (a strict DER reading
of the layout this app writes, else asn1crypto; cryptography for ECDSA), the certificate (UID =
observer id, digitalSignature usage, validity at the bundle's creation), optionally the chain to
trusted CA certificates, the SHA-256 of each member, and then the database itself, opened
read-only with ``trusted_schema=OFF`` (in memory, via ``deserialize``, unless it is large):
integrity check, schema, observer ids, row counts, stations. :func:`verify_and_read` also reads
from the verified snapshot, with the same connection (the merge's workers).

Cost per small bundle on the 2-core reference machine (one station, 10 tallies, 11 KB bundle,
64 KB snapshot; bench/bench_merge.py): verify_and_read with the merge's reading about 1.3 ms
CPU, of which ~0.45 ms SQLite (integrity check ~0.1 plus parsing the schema ~0.15, which its
re-preparation costs each time), ~0.16 ms the two ECDSA verifications, ~0.15 ms unpacking and
hashing data.sqlite; the rest is Python. It was 3.2 ms with a temporary file per bundle, a
connection per check and per read, and asn1crypto for every signature. Parsed trust anchors,
the issuer found for each certificate, the expected schema and (per thread) the connection of
the last good snapshot, with its prepared statements, are kept between bundles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import re
import sqlite3
import stat
import string
import struct
import tempfile
import threading
import zipfile
import zlib
from pathlib import Path
from typing import Any, Callable, Sequence

from asn1crypto import cms, core
from sqlite_utils import Database
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from observer_app import __version__
from observer_app.errors import ObserverAppError
from observer_app.export.files import check_out_file, why_not_in
from observer_app.identity import check_signs_for
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.schema import SCHEMA_VERSION, migrations

MEMBERS = ("data.sqlite", "manifest.json", "observer.pem", "manifest.json.p7s")
FORMAT_VERSION = 1
SUFFIX = ".obsx"

DATA, MANIFEST, CERT, SIGNATURE = MEMBERS
# The most a member may hold once uncompressed (declared in the zip and enforced while reading).
MAX_SIZES = {DATA: 512 * 1024 * 1024, MANIFEST: 1024 * 1024, CERT: 1024 * 1024,
             SIGNATURE: 1024 * 1024}
MAX_BUNDLE_SIZE = sum(MAX_SIZES.values()) + 1024 * 1024  # room for the zip's own headers

# The tables whose rows the manifest counts (schema.RECORD_TABLES and the audit trail).
COUNTED_TABLES = ("election", "observers", "stations", "visits", "protocols", "obstructions",
                 "turnout_tallies", "turnout_announcements", "incidents", "photos", "audit")
# Tables whose rows belong to one observer (observer_id NOT NULL) and name a station.
OBSERVER_TABLES = ("visits", "protocols", "obstructions", "turnout_tallies",
                   "turnout_announcements", "incidents")

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member timestamps: the same data gives the same zip
_CHUNK = 1024 * 1024
_MANIFEST_KEYS = {"format_version": int, "schema_version": int, "app_version": str,
                  "election_id": str, "observer_id": str, "stations": list, "row_counts": dict,
                  "sha256": dict, "created_at": str}


# ---------------------------------------------------------------------------------------------
# The result of a verification


@dataclasses.dataclass
class BundleCheck:
    """What :func:`verify_bundle` found. Plain fields only, so it pickles across processes."""

    path: str
    sha256: str | None = None  # of the whole bundle file
    ok: bool = False
    reasons: list[Message] = dataclasses.field(default_factory=list)  # str(reason): English
    manifest: dict[str, Any] | None = None
    observer_id: str | None = None  # the manifest's (equal to the certificate's UID when ok)
    signer_name: str | None = None
    signer_org: str | None = None
    cert_sha256: str | None = None  # of the certificate's DER
    self_signed: bool = False
    trusted: bool | None = None  # None: no trust anchors were given
    schema_version: int | None = None
    election_id: str | None = None
    extracted: str | None = None  # where data.sqlite was left (extract_to), when ok

    @property
    def status(self) -> str:
        """'invalid', 'trusted' or 'unverified' (intact, but the signer is not verified)."""
        if not self.ok:
            return "invalid"
        return "trusted" if self.trusted else "unverified"

    def signer(self) -> str:
        org = f" ({self.signer_org})" if self.signer_org else ""
        return f"{self.signer_name or 'unknown signer'}{org}"

    def summary(self) -> str:
        """A message for a person: the verdict first, then each reason on its own line."""
        name = Path(self.path).name
        if not self.ok:
            return "\n".join([f"{name} is not a valid bundle:"] + [f"  {r}" for r in self.reasons])
        who = f"signed by {self.signer()}, observer {self.observer_id}"
        if self.trusted:
            return f"{name} is intact and {who}, whose certificate leads to the trusted CA."
        why = ("a self-signed certificate" if self.self_signed
               else "a certificate that was not checked against a CA (use --trust CA.pem)")
        return f"{name} is intact and {who}; the signer is not verified ({why})."


# ---------------------------------------------------------------------------------------------
# Small helpers


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if len(values) != 1:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _show(name: str, limit: int = 60) -> str:
    """A member name as it can be shown in a message (shortened, unprintable characters escaped;
    the template puts the quotes)."""
    if len(name) > limit:
        name = name[:limit] + "..."
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def _parse_utc(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _utc_now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


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


def _one_line(text: Any) -> str:
    """An error's text fit for a one-sentence reason (asn1crypto's span several lines)."""
    return " ".join(str(text).split()).rstrip(".")


def _remove(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


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
COORDINATOR_TABLES = ("bundles", "conflict_records", "official_results", "overrides")


_ASCII_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)  # as SQL upper()


def _schema_shape(conn: sqlite3.Connection) -> frozenset:
    """The database's structure: tables with their columns, indexes, views and triggers.

    Structure, not SQL text: another sqlite-utils version may word the same CREATE differently.
    SQLite's own objects and sqlite-utils' bookkeeping (names starting with an underscore) are
    left out. PRAGMA table_info statements, not the pragma_table_info() table-valued function:
    a snapshot's connection may be reused (see _Reusable), and SQLite before 3.54 crashes on
    a table-valued function used before and after a deserialize.
    """
    own = "m.name NOT LIKE 'sqlite!_%' ESCAPE '!' AND m.name NOT LIKE '!_%' ESCAPE '!'"
    objects = conn.execute(f"SELECT m.type, m.name, m.tbl_name FROM sqlite_master m WHERE {own}").fetchall()
    shape = set(objects)
    for kind, name, _ in objects:
        if kind != "table":
            continue
        quoted = '"' + str(name).replace('"', '""') + '"'
        for cid, column, declared, notnull, _, pk in conn.execute(f"PRAGMA main.table_info({quoted})"):
            shape.add(("column", name, cid, column,
                       declared.translate(_ASCII_UPPER) if isinstance(declared, str) else declared,
                       notnull, pk))
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
    found = conn.execute("SELECT " + ", ".join(checks), {"o": observer_id}).fetchone()
    election_ids, other_election, stations = json.loads(found[0]), found[1], json.loads(found[2])
    found = found[3:]
    counts = dict(zip(COUNTED_TABLES, found[:len(COUNTED_TABLES)]))
    found = found[len(COUNTED_TABLES):]
    n = len(OBSERVER_TABLES)
    own = found[n + 2]
    # "visits: 3; protocols: 1": table names (as in the database) and counts.
    rows = tuple(Message("bundle.table_rows", QT_TRANSLATE_NOOP("Messages", "{table}: {count}"),
                         {"table": table, "count": count})
                 for table, count in zip(OBSERVER_TABLES + ("audit", "observers"), found[:n + 2]) if count)
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


# ---------------------------------------------------------------------------------------------
# Export


# A small database is snapshotted with 1 KiB pages: its many nearly empty tables then take a
# quarter of the room, so the bundle is cheaper to unpack, hash and check (a 221 KB snapshot of
# a fresh database becomes 96 KB; verification 2.6 -> 1.9 ms). Large ones (photos) keep theirs.
# A tiny one (a station or two: the usual bundle of a national election) gets SQLite's smallest
# pages, 512 bytes: 80 KB -> 64 KB for one station, ~0.08 ms less to verify (bench_merge.py).
SMALL_PAGE_SIZE = 1024
SMALL_DATABASE = 8 * 1024 * 1024
TINY_PAGE_SIZE = 512
TINY_DATABASE = 1024 * 1024


def _vacuum_into(conn: sqlite3.Connection, dest: Path) -> None:
    # VACUUM INTO writes pages of the connection's page_size setting; the source database, in
    # WAL mode, keeps its own whatever the setting says.
    (original,) = conn.execute("PRAGMA page_size").fetchone()
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    size = (TINY_PAGE_SIZE if pages * original <= TINY_DATABASE
            else SMALL_PAGE_SIZE if pages * original <= SMALL_DATABASE else original)
    conn.execute(f"PRAGMA page_size = {int(size)}")
    try:
        conn.execute("VACUUM INTO ?", [str(dest)])
    finally:
        conn.execute(f"PRAGMA page_size = {int(original)}")


def _snapshot(store, dest: Path) -> None:
    """VACUUM INTO dest: a consistent copy of everything committed, WAL included."""
    conn: sqlite3.Connection = store.db.conn
    if conn.in_transaction:
        if store.path is None:
            raise ObserverAppError("bundle.mid_change", QT_TRANSLATE_NOOP(
                "Messages", "The database is in the middle of a change; try the export again."))
        conn = sqlite3.connect(str(store.path), timeout=10)
        try:
            _vacuum_into(conn, dest)
        finally:
            conn.close()
    else:
        _vacuum_into(conn, dest)


def _sign(manifest_bytes: bytes, identity) -> bytes:
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(manifest_bytes)
        .add_signer(identity.certificate, identity.key, hashes.SHA256())
        # Detached, over the exact bytes (no S/MIME canonicalisation), without the S/MIME
        # capabilities attribute (nothing reads it; it is most of what a verifier would parse).
        .sign(serialization.Encoding.DER,
              [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
               pkcs7.PKCS7Options.NoCapabilities])
    )


def export_bundle(store, out_path: str | os.PathLike, identity) -> dict[str, Any]:
    """Writes a signed bundle of the store's database to out_path; returns its manifest.

    The file appears whole or not at all (temp file + rename), and only signed. Raises
    ObserverAppError with a sentence for a person when the identity or the database does not fit.
    """
    out_path = Path(out_path)
    observer_id = store.observer_id
    check_signs_for(identity, observer_id)
    if store.election() is None:
        raise ObserverAppError("bundle.export_no_election", QT_TRANSLATE_NOOP(
            "Messages", "This database has no election yet, so there is nothing to export; load "
            "one with 'observer-app election load FILE --db PATH'."))
    folder = out_path.parent
    check_out_file(out_path, "observer.obsx")

    snapshot: Path | None = None
    partial: Path | None = None
    try:
        try:
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out_path.name}.", suffix=".sqlite.tmp")
            os.close(fd)
            snapshot = Path(name)
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out_path.name}.", suffix=".tmp")
            os.close(fd)
            partial = Path(name)
        except OSError as exc:
            raise ObserverAppError("bundle.export_cannot_write_in", QT_TRANSLATE_NOOP(
                "Messages", "Cannot write in {folder}: {reason}."),
                folder=str(folder), reason=why_not_in(folder, exc)) from exc
        try:
            _snapshot(store, snapshot)
        except sqlite3.Error as exc:
            raise ObserverAppError("bundle.export_snapshot_failed", QT_TRANSLATE_NOOP(
                "Messages", "Cannot take a snapshot of the database: {detail}."),
                detail=str(exc)) from exc

        if snapshot.stat().st_size > MAX_SIZES[DATA]:
            raise ObserverAppError("bundle.export_too_large", QT_TRANSLATE_NOOP(
                "Messages", "The database is larger than {mib} MiB, more than a bundle may hold; "
                "it cannot be exported."), mib=MAX_SIZES[DATA] // (1024 * 1024))
        conn = _connect_readonly(snapshot)
        try:
            facts = _inspect_database(conn, observer_id)
        finally:
            conn.close()
        if facts.problems:
            raise ObserverAppError("bundle.export_refused", QT_TRANSLATE_NOOP(
                "Messages", "This database cannot be exported: {problem}"),
                problem=facts.problems[0])

        cert_pem = identity.certificate.public_bytes(serialization.Encoding.PEM)
        data_hash = hashlib.sha256()
        with snapshot.open("rb") as f:
            while chunk := f.read(_CHUNK):
                data_hash.update(chunk)
        manifest = {
            "format_version": FORMAT_VERSION,
            "schema_version": facts.schema_version,
            "app_version": __version__,
            "election_id": facts.election_ids[0],
            "observer_id": observer_id,
            "stations": facts.stations,
            "row_counts": facts.row_counts,
            "sha256": {DATA: data_hash.hexdigest(), CERT: _sha256(cert_pem)},
            "created_at": _utc_now_text(),
        }
        manifest_bytes = manifest_to_bytes(manifest)
        signature = _sign(manifest_bytes, identity)

        with partial.open("wb") as raw:
            with zipfile.ZipFile(raw, "w") as zf:
                info = _zip_info(DATA, zipfile.ZIP_DEFLATED)
                info.file_size = snapshot.stat().st_size
                with snapshot.open("rb") as src, zf.open(info, "w") as dst:
                    while chunk := src.read(_CHUNK):
                        dst.write(chunk)
                for member, data in ((MANIFEST, manifest_bytes), (CERT, cert_pem),
                                     (SIGNATURE, signature)):
                    zf.writestr(_zip_info(member, zipfile.ZIP_STORED), data)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(partial, 0o644)

        check = verify_bundle(partial)  # never leave a bundle that its reader would refuse
        if not check.ok:
            raise ObserverAppError("bundle.export_not_verified", QT_TRANSLATE_NOOP(
                "Messages", "The bundle did not verify after writing, so it was not saved: "
                "{problem}"), problem=check.reasons[0])
        os.replace(partial, out_path)
        partial = None
        _fsync_folder(folder)
        return manifest
    except OSError as exc:
        raise ObserverAppError("bundle.export_cannot_write", QT_TRANSLATE_NOOP(
            "Messages", "Cannot write the bundle {path}: {reason}."),
            path=str(out_path), reason=str(exc.strerror or exc)) from exc
    finally:
        _remove(snapshot)
        _remove(partial)


def manifest_to_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as it is stored and signed: UTF-8 JSON with sorted keys."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _zip_info(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    info.create_system = 3  # Unix, so that the permissions below mean what they say
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# Trust anchors


@dataclasses.dataclass(frozen=True)
class _Anchor:
    certificate: x509.Certificate
    subject: x509.Name
    public_key: Any
    is_ca: bool


class TrustSet:
    """Parsed trust anchors, with the issuer found for each observer certificate remembered
    (the same observers' certificates come back in bundle after bundle)."""

    def __init__(self, anchors: Sequence[_Anchor]):
        self.anchors = tuple(anchors)
        self._issuers: dict[bytes, _Anchor | None] = {}

    def issuer_of(self, cert: x509.Certificate, cert_der: bytes) -> _Anchor | None:
        """The anchor whose name is the certificate's issuer and whose key signed it."""
        # Keyed by the certificate's digest, not its DER: a worker that sees tens of thousands
        # of observers keeps ~100 bytes per certificate, not ~700.
        key = hashlib.sha256(cert_der).digest()
        if key in self._issuers:
            return self._issuers[key]
        found = None
        for anchor in self.anchors:
            if anchor.subject == cert.issuer and _signed_by(cert, anchor.public_key):
                found = anchor
                break
        if len(self._issuers) >= 50_000:
            self._issuers.clear()
        self._issuers[key] = found
        return found


_TRUST_CACHE: dict[tuple[bytes, ...], TrustSet] = {}


def trust_anchors(trust: Sequence[bytes]) -> TrustSet:
    """The CA certificates in PEM (or DER) bytes, parsed once per trust set and process.

    Raises ObserverAppError when some bytes hold no certificate.
    """
    key = tuple(bytes(t) for t in trust)
    anchors = _TRUST_CACHE.get(key)
    if anchors is not None:
        return anchors
    found: list[_Anchor] = []
    for data in key:
        try:
            certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                     else [x509.load_der_x509_certificate(data)])
        except ValueError:
            raise ObserverAppError("bundle.trust_no_certificate", QT_TRANSLATE_NOOP(
                "Messages", "The trusted CA file holds no certificate; give the CA's ca.pem.")) from None
        for cert in certs:
            try:
                bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
                is_ca = bc.ca
            except x509.ExtensionNotFound:
                is_ca = False
            if is_ca:
                try:
                    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
                    is_ca = ku.key_cert_sign
                except x509.ExtensionNotFound:
                    pass
            found.append(_Anchor(cert, cert.subject, cert.public_key(), is_ca))
    if not found:
        raise ObserverAppError("bundle.trust_none_given", QT_TRANSLATE_NOOP(
            "Messages", "No trusted CA certificate was given; give the CA's ca.pem."))
    anchors = TrustSet(found)
    if len(_TRUST_CACHE) > 64:
        _TRUST_CACHE.clear()
    _TRUST_CACHE[key] = anchors
    return anchors


def _signed_by(cert: x509.Certificate, public_key: Any) -> bool:
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(cert.signature, cert.tbs_certificate_bytes,
                              ec.ECDSA(cert.signature_hash_algorithm))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                              cert.signature_hash_algorithm)
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _leads_to(cert: x509.Certificate, cert_der: bytes, trust: TrustSet,
              at: dt.datetime | None) -> Message | None:
    """None when a trusted CA issued cert (name and signature); otherwise why not."""
    anchor = trust.issuer_of(cert, cert_der)
    if anchor is None:
        return _not_trusted()
    if not anchor.is_ca:
        return Message("bundle.not_trusted_not_ca", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is signed by a certificate that does not lead to the trusted "
            "CA (the trusted certificate is not a CA certificate)."))
    ca = anchor.certificate
    if at is not None and not ca.not_valid_before_utc <= at <= ca.not_valid_after_utc:
        return Message("bundle.not_trusted_ca_expired", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is signed by a certificate that does not lead to the trusted "
            "CA (the CA certificate was not valid when the bundle was made)."))
    return None


def _not_trusted() -> Message:
    return Message("bundle.not_trusted", QT_TRANSLATE_NOOP(
        "Messages", "The bundle is signed by a certificate that does not lead to the trusted CA."))


# ---------------------------------------------------------------------------------------------
# Verification


class _Refused(Exception):
    """A problem that makes reading the rest of the bundle pointless; its args are Messages."""


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink=None,
                 blob: bytes | None = None) -> tuple[bytes | None, str]:
    """Reads a member with a cap on its size; returns (bytes or None when sunk, SHA-256 hex).

    blob: the whole bundle, when it is in memory: an ordinary member is then cut out of it and
    unpacked directly (_member_from_blob); anything unusual is read by zipfile, which says
    what is wrong with it."""
    if blob is not None and sink is None:
        found = _member_from_blob(blob, info)
        if found is not None:
            return found, hashlib.sha256(found).hexdigest()
    limit = MAX_SIZES[info.orig_filename]
    digest = hashlib.sha256()
    parts: list[bytes] = []
    total = 0
    with zf.open(info) as f:
        while True:
            chunk = f.read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise _Refused(Message("bundle.member_too_large_unpacked", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} is larger than {mib} MiB once unpacked; it is "
                    "not a bundle this app wrote."),
                    {"name": info.orig_filename, "mib": limit // (1024 * 1024)}))
            digest.update(chunk)
            if sink is None:
                parts.append(chunk)
            else:
                sink.write(chunk)
    return (b"".join(parts) if sink is None else None), digest.hexdigest()


_LOCAL_HEADER = struct.Struct("<4s2sHH4sIIIHH")  # zip local file header, 30 bytes


def _member_from_blob(blob: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """A member's bytes, as zipfile would read them, when the zip is ordinary: the local header
    agrees with the central directory, the member is stored or deflated whole, its size and
    CRC-32 are right. None in every other case (zipfile then reads it, or says why not)."""
    if info.flag_bits & 0x61 or info.file_size > MAX_SIZES[info.orig_filename]:
        return None  # encrypted or patched data, or larger than any member may be
    start = info.header_offset
    head = blob[start:start + _LOCAL_HEADER.size]
    if len(head) != _LOCAL_HEADER.size:
        return None
    signature, _, flags, _, _, _, _, _, name_length, extra_length = _LOCAL_HEADER.unpack(head)
    if signature != b"PK\x03\x04" or flags & 0x61:
        return None
    start += _LOCAL_HEADER.size
    name = blob[start:start + name_length]
    if name != info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437"):
        return None
    start += name_length + extra_length
    raw = blob[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(raw, info.file_size + 1)
        except zlib.error:
            return None
        if not inflater.eof:
            return None
    else:
        return None
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return None
    return data


def _check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    problems: list[Message] = []
    found: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.orig_filename
        parts = name.replace("\\", "/").split("/")
        if name in found:
            problems.append(Message("bundle.member_twice", QT_TRANSLATE_NOOP(
                "Messages", "The bundle holds the member “{name}” twice."), {"name": _show(name)}))
        elif name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            problems.append(Message("bundle.member_absolute", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member with an absolute path, “{name}”."),
                {"name": _show(name)}))
        elif ".." in parts:
            problems.append(Message("bundle.member_leaves", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member whose path leaves the bundle, “{name}”."),
                {"name": _show(name)}))
        elif "\\" in name:
            problems.append(Message("bundle.member_backslash", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member with a backslash in its name, “{name}”."),
                {"name": _show(name)}))
        elif name.endswith("/") or info.is_dir():
            problems.append(Message("bundle.member_folder", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a folder entry, “{name}”."), {"name": _show(name)}))
        elif name not in MEMBERS:
            problems.append(Message("bundle.member_unexpected", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has an unexpected member “{name}”."), {"name": _show(name)}))
        else:
            found[name] = info
            if info.flag_bits & 0x1:
                problems.append(Message("bundle.member_encrypted", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} is encrypted."), {"name": name}))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(Message("bundle.member_compression", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} uses a compression this app does not write."),
                    {"name": name}))
            if info.file_size > MAX_SIZES[name]:
                problems.append(Message("bundle.member_declared_too_large", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} declares {size} bytes, more than {mib} MiB; it "
                    "is not a bundle this app wrote."),
                    {"name": name, "size": info.file_size, "mib": MAX_SIZES[name] // (1024 * 1024)}))
    for name in MEMBERS:
        if name not in found:
            problems.append(Message("bundle.member_missing", QT_TRANSLATE_NOOP(
                "Messages", "The bundle lacks the member {name}."), {"name": name}))
    if problems:
        raise _Refused(*problems)
    return found


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for k, v in pairs:
        if k in result:
            raise ValueError(f"the key {k!r} appears twice")
        result[k] = v
    return result


def _parse_manifest(data: bytes) -> tuple[dict[str, Any] | None, list[Message]]:
    try:
        manifest = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, ValueError) as exc:
        return None, [Message("bundle.manifest_not_json", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json is not valid UTF-8 JSON ({detail})."),
            {"detail": _one_line(exc)})]
    if not isinstance(manifest, dict):
        return None, [Message("bundle.manifest_not_object", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json is not a JSON object."))]
    problems: list[Message] = []
    for key, kind in _MANIFEST_KEYS.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(Message("bundle.manifest_bad_key", QT_TRANSLATE_NOOP(
                "Messages", "manifest.json has no valid “{key}”."), {"key": key}))
    if problems:
        return None, problems
    if manifest["format_version"] != FORMAT_VERSION:
        if manifest["format_version"] > FORMAT_VERSION:
            return None, [Message("bundle.format_newer", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has format version {version}; it was written by a newer "
                "version of the app, so update the app to read it."),
                {"version": manifest["format_version"]})]
        return None, [Message("bundle.format_unknown", QT_TRANSLATE_NOOP(
            "Messages", "The bundle has an unknown format version {version}."),
            {"version": manifest["format_version"]})]
    sums = manifest["sha256"]
    if set(sums) != {DATA, CERT} or not all(isinstance(v, str) for v in sums.values()):
        problems.append(Message("bundle.manifest_no_hashes", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json does not give the SHA-256 of data.sqlite and observer.pem.")))
    counts = manifest["row_counts"]
    if set(counts) != set(COUNTED_TABLES) or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        problems.append(Message("bundle.manifest_no_counts", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json does not give a row count for each table.")))
    if not all(isinstance(s, str) for s in manifest["stations"]):
        problems.append(Message("bundle.manifest_bad_stations", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json lists stations that are not codes.")))
    if _parse_utc(manifest["created_at"]) is None:
        problems.append(Message("bundle.manifest_bad_time", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json has no valid creation time.")))
    return (None, problems) if problems else (manifest, [])


_SIGNATURE_ALGORITHMS = {"sha256_ecdsa", "ecdsa"}


def _check_signature(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                     cert_der: bytes) -> Message | None:
    """None when p7s is a valid detached signature of manifest_bytes by cert; else why not.

    The signatures this app writes are checked by a strict DER reading of exactly their layout
    (_signature_is_exact, ~5x faster than asn1crypto); anything else, valid or not, is judged
    by the asn1crypto reading below, which also words every reason.
    """
    try:
        if _signature_is_exact(p7s, manifest_bytes, cert, cert_der):
            return None
    except (ValueError, IndexError, TypeError):
        pass
    return _check_signature_cms(p7s, manifest_bytes, cert, cert_der)


# DER of the object identifiers a signature of this app holds.
_OID_SIGNED_DATA = bytes.fromhex("06092a864886f70d010702")   # 1.2.840.113549.1.7.2
_OID_DATA = bytes.fromhex("06092a864886f70d010701")          # 1.2.840.113549.1.7.1
_OID_SHA256 = bytes.fromhex("0609608648016503040201")        # 2.16.840.1.101.3.4.2.1
_OID_ECDSA_SHA256 = bytes.fromhex("06082a8648ce3d040302")    # 1.2.840.10045.4.3.2
_OID_CONTENT_TYPE = bytes.fromhex("06092a864886f70d010903")  # 1.2.840.113549.1.9.3
_OID_MESSAGE_DIGEST = bytes.fromhex("06092a864886f70d010904")  # 1.2.840.113549.1.9.4
_OID_SIGNING_TIME = bytes.fromhex("06092a864886f70d010905")  # 1.2.840.113549.1.9.5
_KNOWN_ATTRIBUTES = {_OID_CONTENT_TYPE, _OID_MESSAGE_DIGEST, _OID_SIGNING_TIME}
_DER_NULL = b"\x05\x00"


def _der(data: bytes, at: int, end: int) -> tuple[int, int, int, int]:
    """One DER element at data[at:end]: (tag byte, start of content, end of content, start).

    Only low tag numbers and minimal definite lengths (DER); ValueError otherwise."""
    if end - at < 2:
        raise ValueError("truncated")
    tag = data[at]
    if tag & 0x1F == 0x1F:
        raise ValueError("high tag number")
    first = data[at + 1]
    pos = at + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > end:
            raise ValueError("bad length")
        length = int.from_bytes(data[pos:pos + count], "big")
        if length < 0x80 or data[pos] == 0:
            raise ValueError("not the minimal length")
        pos += count
    if pos + length > end:
        raise ValueError("truncated")
    return tag, pos, pos + length, at


def _der_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    children = []
    at = start
    while at < end:
        child = _der(data, at, end)
        children.append(child)
        at = child[2]
    return children


def _signature_is_exact(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                        cert_der: bytes) -> bool:
    """True only for a signature laid out as this app writes it (cryptography's PKCS7 builder:
    SignedData, one signer identified by issuer and serial number, SHA-256, ECDSA with
    SHA-256, the signer's certificate included, signed content type and message digest, no
    CRLs or unsigned attributes) that is valid for manifest_bytes and cert. Everything the
    asn1crypto check requires is required here too; any other layout gives False."""
    d = p7s
    tag, start, end, _ = _der(d, 0, len(d))
    if tag != 0x30 or end != len(d):
        return False
    top = _der_children(d, start, end)
    if len(top) != 2 or d[top[0][3]:top[0][2]] != _OID_SIGNED_DATA or top[1][0] != 0xA0:
        return False
    inner = _der_children(d, top[1][1], top[1][2])
    if len(inner) != 1 or inner[0][0] != 0x30:
        return False
    parts = _der_children(d, inner[0][1], inner[0][2])
    if len(parts) != 5 or [p[0] for p in parts] != [0x02, 0x31, 0x30, 0xA0, 0x31]:
        return False
    _, _, digest_algorithms, encap, certificates, signer_infos = (None, *parts)
    encap_parts = _der_children(d, encap[1], encap[2])
    if len(encap_parts) != 1 or d[encap_parts[0][3]:encap_parts[0][2]] != _OID_DATA:
        return False
    included = _der_children(d, certificates[1], certificates[2])
    if any(c[0] != 0x30 for c in included) or not any(d[c[3]:c[2]] == cert_der for c in included):
        return False
    signers = _der_children(d, signer_infos[1], signer_infos[2])
    if len(signers) != 1 or signers[0][0] != 0x30:
        return False
    fields = _der_children(d, signers[0][1], signers[0][2])
    if len(fields) != 6 or [f[0] for f in fields] != [0x02, 0x30, 0x30, 0xA0, 0x30, 0x04]:
        return False
    _, sid, digest_algorithm, signed_attrs, signature_algorithm, signature = fields
    # The signer: issuer and serial number of observer.pem.
    sid_parts = _der_children(d, sid[1], sid[2])
    if len(sid_parts) != 2 or sid_parts[0][0] != 0x30 or sid_parts[1][0] != 0x02:
        return False
    serial = sid_parts[1]
    if (int.from_bytes(d[serial[1]:serial[2]], "big", signed=True) != cert.serial_number
            or d[sid_parts[0][3]:sid_parts[0][2]] != cert.issuer.public_bytes()):
        return False
    if d[digest_algorithm[1]:digest_algorithm[2]] not in (_OID_SHA256, _OID_SHA256 + _DER_NULL):
        return False
    if d[signature_algorithm[1]:signature_algorithm[2]] != _OID_ECDSA_SHA256:
        return False
    # The signed attributes: each type once; content type data; the manifest's digest.
    seen: set[bytes] = set()
    content_type = digest = None
    for attr in _der_children(d, signed_attrs[1], signed_attrs[2]):
        if attr[0] != 0x30:
            return False
        kind_and_values = _der_children(d, attr[1], attr[2])
        if (len(kind_and_values) != 2 or kind_and_values[0][0] != 0x06
                or kind_and_values[1][0] != 0x31):
            return False
        kind = d[kind_and_values[0][3]:kind_and_values[0][2]]
        if kind in seen or kind not in _KNOWN_ATTRIBUTES:
            return False
        seen.add(kind)
        values = kind_and_values[1]
        if kind == _OID_CONTENT_TYPE:
            content_type = d[values[1]:values[2]]
        elif kind == _OID_MESSAGE_DIGEST:
            digest = d[values[1]:values[2]]
    if content_type != _OID_DATA:
        return False
    if digest != b"\x04\x20" + hashlib.sha256(manifest_bytes).digest():
        return False
    public_key = cert.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        return False
    to_verify = b"\x31" + d[signed_attrs[3] + 1:signed_attrs[2]]
    try:
        public_key.verify(d[signature[1]:signature[2]], to_verify, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def _check_signature_cms(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                         cert_der: bytes) -> Message | None:
    """_check_signature with asn1crypto: any layout, and a reason for every failure."""
    other_certificate = Message("bundle.signature_other_certificate", QT_TRANSLATE_NOOP(
        "Messages", "The signature of manifest.json is not valid: it was made by another "
        "certificate than observer.pem."))
    try:
        info = cms.ContentInfo.load(p7s, strict=True)
        if info["content_type"].native != "signed_data":
            return Message("bundle.p7s_not_cms", QT_TRANSLATE_NOOP(
                "Messages", "manifest.json.p7s is not a CMS signature."))
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "data" or encap["content"].native is not None:
            return Message("bundle.signature_not_detached", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it is not a detached "
                "signature of data."))
        signers = signed["signer_infos"]
        if len(signers) != 1:
            return Message("bundle.signature_signers", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it has %n signers "
                "instead of one.", None, 1), {"n": len(signers)})
        signer = signers[0]
        if signer["digest_algorithm"]["algorithm"].native != "sha256":
            return Message("bundle.signature_not_sha256", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it does not use SHA-256."))
        if signer["signature_algorithm"]["algorithm"].native not in _SIGNATURE_ALGORITHMS:
            return Message("bundle.signature_not_ecdsa", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it is not an ECDSA "
                "signature."))
        sid = signer["sid"]
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (ias["serial_number"].native != cert.serial_number
                    or ias["issuer"].dump() != cert.issuer.public_bytes()):
                return other_certificate
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                ski = None
            if sid.chosen.native != ski:
                return other_certificate
        certs = signed["certificates"]
        if isinstance(certs, core.Void) or not any(
                c.name == "certificate" and c.chosen.dump() == cert_der for c in certs):
            return Message("bundle.signature_no_certificate", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it does not carry the "
                "certificate in observer.pem."))
        attrs = signer["signed_attrs"]
        if not len(attrs):
            return Message("bundle.signature_no_attributes", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it has no signed "
                "attributes."))
        content_type = digest = None
        seen: set[str] = set()
        for attr in attrs:
            kind = attr["type"].native
            if kind in seen:
                return Message("bundle.signature_attribute_twice", QT_TRANSLATE_NOOP(
                    "Messages", "The signature of manifest.json is not valid: the signed "
                    "attribute {name} appears twice."), {"name": str(kind)})
            seen.add(kind)
            values = attr["values"]
            if kind in ("content_type", "message_digest"):
                if len(values) != 1:
                    return Message("bundle.signature_attribute_values", QT_TRANSLATE_NOOP(
                        "Messages", "The signature of manifest.json is not valid: the signed "
                        "attribute {name} has %n values.", None, 1), {"name": str(kind), "n": len(values)})
                if kind == "content_type":
                    content_type = values[0].native
                else:
                    digest = values[0].native
        if content_type != "data":
            return Message("bundle.signature_content_type", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: its content type is not "
                "data."))
        if digest != hashlib.sha256(manifest_bytes).digest():
            return Message("bundle.signature_manifest_changed", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: manifest.json was "
                "changed after it was signed."))
        raw = attrs.dump()
        to_verify = b"\x31" + raw[1:]  # [0] IMPLICIT re-tagged as the SET OF that was signed
        public_key = cert.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            return Message("bundle.signature_no_ecdsa_key", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: the certificate has no "
                "ECDSA key."))
        try:
            public_key.verify(signer["signature"].native, to_verify, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return Message("bundle.signature_key_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: the signature does not "
                "match the certificate's key."))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        return Message("bundle.p7s_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json.p7s cannot be read as a CMS signature ({detail})."),
            {"detail": _one_line(exc)})
    return None


def verify_bundle(path: str | os.PathLike, trust: Sequence[bytes] | None = None, *,
                  extract_to: Path | None = None, check_integrity: bool = True) -> BundleCheck:
    """Checks a bundle; never raises for what is in the file.

    trust: PEM (or DER) bytes of CA certificates, or a TrustSet from trust_anchors(); given, the
    observer's certificate must be issued directly by one of them (name and signature; the CA
    certificate must be a CA) and trusted is True or False (False makes ok False); None leaves
    trusted None. extract_to: a file path where data.sqlite is left (replacing a file there)
    when the bundle is ok, for the merge; otherwise nothing is left behind and a file already
    at extract_to is untouched. check_integrity: the SQLite checks (integrity, schema, observer
    ids, row counts, stations); the hashes and the signature are checked either way.
    """
    return _verify_bundle(path, trust, extract_to, check_integrity, None)[0]


def verify_and_read(path: str | os.PathLike, trust: Sequence[bytes] | None,
                    read: Callable[["SnapshotConnection", BundleCheck], Any], *,
                    extract_to: Path | None = None) -> tuple[BundleCheck, Any]:
    """verify_bundle with every check, then, only when the bundle is ok, read(conn, check) on the
    verified snapshot; returns (check, what read returned, or None when the bundle is not ok).

    The snapshot is opened once, for the checks and for read: read-only, trusted_schema=OFF,
    in memory when data.sqlite is at most IN_MEMORY_SNAPSHOT bytes (no temporary file), else
    from a temporary file. conn is a SnapshotConnection: execute(sql, parameters) only, and
    no table-valued functions (the connection may be reused, see _Reusable). An exception in
    read makes the bundle not ok, with a reason.
    """
    return _verify_bundle(path, trust, extract_to, True, read)


def _verify_bundle(path: str | os.PathLike, trust: Sequence[bytes] | None,
                   extract_to: Path | None, check_integrity: bool,
                   read: Callable[[sqlite3.Connection, BundleCheck], Any] | None) -> tuple[BundleCheck, Any]:
    path = Path(path)
    check = BundleCheck(path=str(path))
    extracted: Path | None = None
    got: list[Any] = [None]  # what read returned
    try:
        extracted = _verify(path, trust, extract_to, check_integrity, check, read, got)
        if not check.reasons and extract_to is not None and extracted is not None:
            os.replace(extracted, extract_to)
            extracted = None
            check.extracted = str(extract_to)
    except _Refused as exc:
        check.reasons.extend(exc.args)
    except (zipfile.BadZipFile, zlib.error) as exc:
        check.reasons.append(Message("bundle.not_a_zip", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is not a readable zip file ({detail}); it may be truncated or "
            "damaged, so copy it again."), {"detail": _one_line(exc)}))
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as exc:
        check.reasons.append(Message("bundle.zip_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "The bundle cannot be read as a zip file ({detail})."),
            {"detail": _one_line(exc)}))
    except OSError as exc:
        check.reasons.append(Message("bundle.unreadable_file", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}."),
            {"path": str(path), "reason": str(exc.strerror or exc)}))
    except Exception as exc:  # noqa: BLE001 - a hostile file must give a reason, not a traceback
        check.reasons.append(Message("bundle.cannot_check", QT_TRANSLATE_NOOP(
            "Messages", "The bundle cannot be checked ({kind}: {detail})."),
            {"kind": type(exc).__name__, "detail": _one_line(exc)}))
    finally:
        _remove(extracted)
    check.ok = not check.reasons
    return check, (got[0] if check.ok else None)


def _verify(path: Path, trust: Sequence[bytes] | None, extract_to: Path | None,
            check_integrity: bool, check: BundleCheck,
            read: Callable[[sqlite3.Connection, BundleCheck], Any] | None = None,
            got: list[Any] | None = None) -> Path | None:
    reasons = check.reasons
    anchors: TrustSet | None = None
    if isinstance(trust, TrustSet):
        anchors = trust
    elif trust is not None:
        try:
            anchors = trust_anchors(trust)
        except ObserverAppError as exc:
            check.trusted = False
            reasons.append(exc.message)
            return None

    size = path.stat().st_size
    if size > MAX_BUNDLE_SIZE:
        raise _Refused(Message("bundle.file_too_large", QT_TRANSLATE_NOOP(
            "Messages", "The file is {size} bytes long, larger than any bundle this app writes."),
            {"size": size}))
    in_memory = size <= 64 * 1024 * 1024
    blob: bytes | None = None
    with path.open("rb") as f:
        if in_memory:
            blob = f.read()
            check.sha256 = _sha256(blob)
            source: Any = io.BytesIO(blob)
        else:
            digest = hashlib.sha256()
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
            check.sha256 = digest.hexdigest()
            source = path
    with zipfile.ZipFile(source) as zf:
        members = _check_members(zf)
        manifest_bytes, _ = _read_member(zf, members[MANIFEST], blob=blob)
        cert_pem, cert_hash = _read_member(zf, members[CERT], blob=blob)
        p7s, _ = _read_member(zf, members[SIGNATURE], blob=blob)

        # The certificate and the signature.
        cert = None
        if cert_pem.count(b"-----BEGIN") != 1:
            reasons.append(Message("bundle.pem_not_one", QT_TRANSLATE_NOOP(
                "Messages", "observer.pem does not hold exactly one certificate.")))
        else:
            try:
                cert = x509.load_pem_x509_certificate(cert_pem)
            except ValueError:
                reasons.append(Message("bundle.pem_not_certificate", QT_TRANSLATE_NOOP(
                    "Messages", "observer.pem is not a certificate.")))
        cert_uid = None
        signature_ok = False
        if cert is not None:
            cert_der = cert.public_bytes(serialization.Encoding.DER)
            check.cert_sha256 = _sha256(cert_der)
            subject = cert.subject  # a new Name object at each access: read once
            check.signer_name = _name_attr(subject, NameOID.COMMON_NAME)
            check.signer_org = _name_attr(subject, NameOID.ORGANIZATION_NAME)
            check.self_signed = cert.issuer == subject
            cert_uid = _name_attr(subject, NameOID.USER_ID)
            problem = _check_signature(p7s, manifest_bytes, cert, cert_der)
            if problem:
                reasons.append(problem)
            else:
                signature_ok = True
            try:
                usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
                if not usage.digital_signature:
                    reasons.append(Message("bundle.cert_not_for_signing", QT_TRANSLATE_NOOP(
                        "Messages", "The observer's certificate is not meant for signatures (no "
                        "digitalSignature key usage).")))
            except x509.ExtensionNotFound:
                reasons.append(Message("bundle.cert_no_key_usage", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate has no key usage for signatures.")))
            if cert_uid is None:
                reasons.append(Message("bundle.cert_no_uid", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate names no observer id (UID).")))

        # The manifest.
        manifest, problems = _parse_manifest(manifest_bytes)
        reasons.extend(problems)
        content_ok = signature_ok and manifest is not None
        created = _parse_utc(manifest["created_at"]) if manifest is not None else None
        if manifest is not None:
            check.manifest = manifest
            check.observer_id = manifest["observer_id"]
            check.schema_version = manifest["schema_version"]
            check.election_id = manifest["election_id"]
            if manifest["schema_version"] > SCHEMA_VERSION:
                reasons.append(Message("bundle.schema_newer", QT_TRANSLATE_NOOP(
                    "Messages", "The bundle was written by a newer version of the app (schema "
                    "{schema}; this app knows up to {known}); update the app to read it."),
                    {"schema": manifest["schema_version"], "known": SCHEMA_VERSION}))
                content_ok = False
            if cert_uid is not None and cert_uid != manifest["observer_id"]:
                reasons.append(Message("bundle.cert_other_observer", QT_TRANSLATE_NOOP(
                    "Messages", "The certificate belongs to observer {uid}, but the manifest names "
                    "observer {observer}."), {"uid": cert_uid, "observer": manifest["observer_id"]}))
                content_ok = False
            if cert_hash != manifest["sha256"][CERT]:
                reasons.append(Message("bundle.cert_replaced", QT_TRANSLATE_NOOP(
                    "Messages", "observer.pem does not match the SHA-256 in the manifest; the "
                    "certificate was replaced.")))
                content_ok = False
            if cert is not None and created is not None and not (
                    cert.not_valid_before_utc <= created <= cert.not_valid_after_utc):
                reasons.append(Message("bundle.cert_not_valid_then", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate was not valid when the bundle was made "
                    "({created}; valid {start} to {end})."),
                    {"created": manifest["created_at"],
                     "start": f"{cert.not_valid_before_utc:%Y-%m-%d}",
                     "end": f"{cert.not_valid_after_utc:%Y-%m-%d}"}))
        if anchors is not None:
            why = (_leads_to(cert, cert_der, anchors, created) if cert is not None
                   else _not_trusted())
            check.trusted = why is None
            if why and cert is not None:
                reasons.append(why)

        # The database: hashed always; opened (in memory when it is not large) only when the
        # signed content is sound; written to a file only when it is large or is to be kept.
        if manifest is None:
            return None
        want_db = check_integrity and content_ok
        data: bytes | None = None
        target: Path | None = None
        if want_db and members[DATA].file_size <= IN_MEMORY_SNAPSHOT:
            # zipfile stops at the declared size (and checks the CRC), so this is bounded.
            data, data_hash = _read_member(zf, members[DATA], blob=blob)
        elif want_db or extract_to is not None:
            folder = Path(extract_to).parent if extract_to is not None else None
            fd, name = tempfile.mkstemp(prefix=".obsx-", suffix=".sqlite.tmp", dir=folder)
            target = Path(name)
            sink = os.fdopen(fd, "wb")
            try:
                with sink:
                    _, data_hash = _read_member(zf, members[DATA], sink)
            except BaseException:
                _remove(target)
                raise
        else:
            _, data_hash = _read_member(zf, members[DATA], _NullSink())
    if data_hash != manifest["sha256"][DATA]:
        reasons.append(Message("bundle.data_changed", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite does not match the SHA-256 in the manifest; the data was "
            "changed after the bundle was signed.")))
        return target
    if want_db:
        _check_database(data if data is not None else target, manifest, reasons, read, check, got)
    if data is not None and extract_to is not None and not reasons:
        fd, name = tempfile.mkstemp(prefix=".obsx-", suffix=".sqlite.tmp",
                                    dir=Path(extract_to).parent)
        target = Path(name)
        try:
            with os.fdopen(fd, "wb") as sink:
                sink.write(data)
        except BaseException:
            _remove(target)
            raise
    return target


class _NullSink:
    def write(self, data: bytes) -> None:
        pass


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
