"""The coordinator's merge: observers' signed bundles into one database.

Verified first (in a process pool), then written by one writer. Idempotent and
order-independent: for every record id the coordinator keeps one winner and lists the other
variants as conflicts, by rules that do not depend on the order bundles arrive in:

- the same observer's variants: the higher version wins (a newer export supersedes an older);
  at equal versions with different content, the larger canonical JSON wins and the other is a
  conflict (kind ``diverged``);
- different observers' variants of one record id: the larger observer id wins, the other is a
  conflict (kind ``other_signer``); a conflict keeps each observer's highest version;
- two protocols of one observer for one station (two record ids): the larger id wins, the
  other is a conflict (kind ``second_protocol``);
- stations and observers (shared by everyone): the higher version, then the larger JSON.

Atomic per bundle: each bundle is written inside its own savepoint, and bundles are committed in
groups; a crash loses at most the uncommitted group, never part of a bundle, and a bundle is
reported merged only once it is committed.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import json
import multiprocessing
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from observer_app.bundle import BundleCheck, verify_and_read
from observer_app.domain.records import utc_now
from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.schema import SCHEMA_VERSION
from observer_app.storage.store import Store

# Written in this order so that foreign keys always find their target.
MERGE_TABLES = ("observers", "stations", "visits", "protocols", "obstructions", "turnout_tallies",
                "turnout_announcements", "incidents", "photos")
_OBSERVER_OWNED = {"visits", "protocols", "obstructions", "turnout_tallies",
                   "turnout_announcements", "incidents"}
_SKIP_COLUMNS = {"bundle_sha256"}
_CHUNK = 500


@dataclass
class BundlePayload:
    """What a verification worker hands the writer: the check and, if it passed, the rows.

    tables: {table: (columns, rows)} for MERGE_TABLES; the last column is always
    ``bundle_sha256`` and every row ends with the bundle's SHA-256 (added by SQLite while
    reading), so the writer can insert the rows as they are. manifest_json: the manifest as the
    writer stores it in ``bundles.manifest_json`` (sorted keys), made by the worker.
    """

    check: BundleCheck
    election: dict[str, Any] | None = None
    tables: dict[str, tuple[list[str], list[tuple]]] = field(default_factory=dict)
    manifest_json: str | None = None


_PROVENANCE = "bundle_sha256"
# Per process: (columns with bundle_sha256, SELECT) per table, for bundles of this app's schema
# (verification has then found exactly the expected tables and columns).
_READERS: dict[str, tuple[list[str], str]] = {}
_STATION_FILTER = (" WHERE id IN (" + " UNION ".join(
    f"SELECT station_id FROM [{t}]" for t in sorted(_OBSERVER_OWNED)) + ")")


def _readers(conn: sqlite3.Connection, schema_version: int | None) -> dict[str, tuple[list[str], str]]:
    if schema_version == SCHEMA_VERSION and _READERS:
        return _READERS
    # PRAGMA statements, not pragma_table_info(): see bundle.verify_and_read.
    found = {t: [row[1] for row in conn.execute(f"PRAGMA main.table_info([{t}])")
                 if row[1] not in _SKIP_COLUMNS] for t in MERGE_TABLES}
    readers: dict[str, tuple[list[str], str]] = {}
    for table, columns in found.items():
        if not columns:  # no such table in this (older) schema: nothing to read
            continue
        sql = f"SELECT {', '.join(f'[{c}]' for c in columns)}, ? FROM [{table}]"
        if table == "stations":  # only the stations this observer recorded something at
            sql += _STATION_FILTER
        readers[table] = (columns + [_PROVENANCE], sql)
    if schema_version == SCHEMA_VERSION:
        _READERS.update(readers)
    return readers


_ELECTIONS: dict[tuple, dict[str, Any]] = {}


def _election_row(names: tuple[str, ...], row: tuple) -> dict[str, Any]:
    """The election row as a dict; equal rows give the same object (per process), so a task's
    list of payloads pickles the template (~10 KB) once, not once per bundle."""
    key = (names, row)
    found = _ELECTIONS.get(key)
    if found is None:
        if len(_ELECTIONS) >= 16:
            _ELECTIONS.clear()
        found = _ELECTIONS[key] = dict(zip(names, row))
    return found


def _read_payload(conn: sqlite3.Connection, check: BundleCheck) -> BundlePayload:
    """The records of a verified snapshot, read with the connection that verified it."""
    cursor = conn.execute("SELECT * FROM election")
    row = cursor.fetchone()
    election = _election_row(tuple(d[0] for d in cursor.description), row) if row else None
    tables: dict[str, tuple[list[str], list[tuple]]] = {}
    sha = [check.sha256]
    counts = check.manifest["row_counts"]  # verified: the snapshot holds exactly these
    for table, (columns, sql) in _readers(conn, check.schema_version).items():
        tables[table] = (columns, conn.execute(sql, sha).fetchall() if counts[table] else [])
    manifest_json = json.dumps(check.manifest, sort_keys=True, ensure_ascii=False)
    return BundlePayload(check, election, tables, manifest_json)


def load_bundle(path: str, trust: tuple[bytes, ...] | None) -> BundlePayload:
    """Verifies one bundle and reads its records (runs in a worker process).

    The snapshot is opened once, in memory, for the checks and for reading the records.
    """
    check, payload = verify_and_read(path, trust, _read_payload)
    return payload if payload is not None else BundlePayload(check)


def load_bundles(paths: Sequence[str], trust: tuple[bytes, ...] | None) -> list[BundlePayload]:
    """load_bundle for several files: one task of the process pool (less IPC per bundle)."""
    return [load_bundle(path, trust) for path in paths]


@dataclass
class MergeResult:
    merged: list[BundleCheck] = field(default_factory=list)
    already: list[BundleCheck] = field(default_factory=list)
    rejected: list[BundleCheck] = field(default_factory=list)
    conflicts: int = 0  # conflict records written by this run
    cancelled: bool = False


def _election_key(columns: Sequence[str], row: tuple) -> tuple:
    """Orders election rows: version first, then every value as text (None lowest)."""
    version = row[columns.index("version")] or 0
    return (version, tuple("" if v is None else str(v) for v in row))


def _canonical(columns: Sequence[str], row: Sequence[Any]) -> str:
    return json.dumps({c: (v.hex() if isinstance(v, bytes) else v) for c, v in zip(columns, row)},
                      sort_keys=True, ensure_ascii=False)


class Merger:
    """The single writer of a coordinator database."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db
        self.conn = store.db.conn
        self.conflicts_written = 0
        self._columns: dict[str, set[str]] = {
            t: {c.name for c in self.db[t].columns} for t in MERGE_TABLES}
        self._election_id: str | None = None  # once known: this writer is the only one
        # The election row as stored (columns in name order) and its bundle, once read.
        self._election_columns = sorted(c.name for c in self.db["election"].columns
                                        if c.name not in _SKIP_COLUMNS)
        self._election: tuple[tuple | None, str | None] | None = None
        self._inserts: dict[tuple[str, tuple[str, ...]], str] = {}

    # --- bookkeeping --------------------------------------------------------------------------

    def is_merged(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT status FROM bundles WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None and row[0] == "merged"

    def record_bundle(self, check: BundleCheck, status: str, reason: Message | None = None,
                      manifest_json: str | None = None) -> None:
        """Notes a bundle's fate. reason (why it was rejected) is kept twice: as the English
        sentence (``reason``, for scripts and sqlite readers) and as the Message
        (``reason_json``, which the GUI shows in the coordinator's language)."""
        manifest = manifest_json if manifest_json is not None else (
            json.dumps(check.manifest, sort_keys=True, ensure_ascii=False) if check.manifest else None)
        text, stored = (str(reason), reason.to_json()) if reason is not None else ("", "")
        self.conn.execute(
            "INSERT INTO bundles (sha256, file_name, status, reason, reason_json, observer_id, "
            "signer_name, signer_org, cert_sha256, verified, self_signed, election_id, "
            "manifest_json, merged_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
            "status = excluded.status, reason = excluded.reason, "
            "reason_json = excluded.reason_json, file_name = excluded.file_name, "
            "verified = max(bundles.verified, excluded.verified), merged_at = excluded.merged_at "
            "WHERE bundles.status != 'merged'",
            [check.sha256, os.path.basename(check.path), status, text, stored, check.observer_id,
             check.signer_name, check.signer_org, check.cert_sha256, int(bool(check.trusted)),
             int(bool(check.self_signed)), check.election_id, manifest, utc_now()])

    def mark_verified(self, check: BundleCheck) -> None:
        """A bundle merged earlier without a trusted CA has now been verified against one."""
        self.conn.execute(
            "UPDATE bundles SET verified = 1, self_signed = ?, signer_name = ?, signer_org = ?, "
            "cert_sha256 = ? WHERE sha256 = ? AND status = 'merged' AND verified = 0",
            [int(bool(check.self_signed)), check.signer_name, check.signer_org, check.cert_sha256,
             check.sha256])

    # --- one bundle ---------------------------------------------------------------------------

    def merge(self, payload: BundlePayload) -> Message | None:
        """Writes one verified bundle inside a savepoint. Returns None, or why it was refused.

        Most bundles bring only records the database does not hold yet: they are inserted as
        they come (one statement per table). When any record (or a unique key of one) is
        already there, the savepoint is rolled back and the bundle is written again by the
        merge rules (_merge_table), which give the same result for new records.
        """
        check = payload.check
        if payload.election is None:
            return Message("merge.no_election", QT_TRANSLATE_NOOP(
                "Messages", "the bundle holds no election"))
        election_id = self._election_id
        if election_id is None:
            election = self.conn.execute("SELECT id FROM election").fetchone()
            election_id = election[0] if election is not None else None
        if election_id is not None and election_id != payload.election["id"]:
            return Message("merge.other_election", QT_TRANSLATE_NOOP(
                "Messages", "the bundle is for the election “{bundle_election}”; this database holds "
                "“{held}”"), {"bundle_election": str(payload.election["id"]), "held": str(election_id)})
        try:
            with self._savepoint():
                self._merge_elections([payload])
                for table in MERGE_TABLES:
                    columns, rows = payload.tables.get(table, ([], []))
                    if rows and not self._insert_new(table, columns, rows):
                        raise _NotAllNew
        except (_NotAllNew, sqlite3.IntegrityError):
            with self._savepoint():
                self._merge_elections([payload])
                for table in MERGE_TABLES:
                    columns, rows = payload.tables.get(table, ([], []))
                    if rows:
                        self._merge_table(table, columns[:-1], [row[:-1] for row in rows], check)
        self._election_id = payload.election["id"]
        return None

    def merge_new(self, payloads: Sequence[BundlePayload]) -> set[int]:
        """Writes together the bundles among payloads that only bring new records; returns
        their positions (they are merged and recorded), or an empty set, having written nothing.

        Candidates: verified, not merged yet, the first with their hash here, of the election
        this database already holds. They are written in one savepoint, one statement per
        table; when any of their records (or a unique key of one) is already in the database
        or in another candidate, nothing is kept and each bundle is merged on its own
        (merge()), exactly as if they had come one by one: bundles whose records are all new
        and do not clash give the same rows either way, and each brings the stations and the
        observer its own records refer to (verification checked its foreign keys).
        """
        if len(payloads) < 2 or self._election_id is None:
            return set()
        known = [p.check.sha256 for p in payloads if p.check.ok]
        merged = {row[0] for row in self.conn.execute(
            f"SELECT sha256 FROM bundles WHERE status = 'merged' AND sha256 IN "
            f"({', '.join('?' * len(known))})", known)} if known else set()
        chosen: list[int] = []
        seen: set[str] = set()
        for i, p in enumerate(payloads):
            sha = p.check.sha256
            if (p.check.ok and sha not in merged and sha not in seen and p.election is not None
                    and p.election["id"] == self._election_id):
                chosen.append(i)
            seen.add(sha)
        if len(chosen) < 2:
            return set()
        rows: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        for i in chosen:
            for table in MERGE_TABLES:
                columns, table_rows = payloads[i].tables.get(table, ([], []))
                if table_rows:
                    rows.setdefault((table, tuple(columns)), []).extend(table_rows)
        try:
            with self._savepoint():
                self._merge_elections([payloads[i] for i in chosen])
                for table in MERGE_TABLES:
                    for (name, columns), table_rows in rows.items():
                        if name == table and not self._insert_new(table, list(columns), table_rows):
                            raise _NotAllNew
                for i in chosen:
                    self.record_bundle(payloads[i].check, "merged",
                                       manifest_json=payloads[i].manifest_json)
        except (_NotAllNew, sqlite3.IntegrityError, ValueError):
            return set()
        return set(chosen)

    @contextlib.contextmanager
    def _savepoint(self):
        """db.atomic() inside the merge's transaction (without its random savepoint names)."""
        if not self.conn.in_transaction:
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                self._election = None  # rolled back: read the row again when needed
                raise
            return
        self.conn.execute("SAVEPOINT merge_bundle")
        try:
            yield
        except BaseException:
            self._election = None  # what it wrote is gone: read the row again when needed
            if self.conn.in_transaction:  # an error may have ended the whole transaction
                self.conn.execute("ROLLBACK TO SAVEPOINT merge_bundle")
                self.conn.execute("RELEASE SAVEPOINT merge_bundle")
            raise
        self.conn.execute("RELEASE SAVEPOINT merge_bundle")

    def _merge_elections(self, payloads: Sequence[BundlePayload]) -> None:
        """Keeps one election row whatever the order bundles come in: the highest version
        (an observer who reloaded a corrected election file), then the greatest row, column by
        column in name order (observers who loaded the same file at other times differ only in
        their timestamps); its provenance is the smallest hash of the bundles that carry it."""
        columns = self._election_columns
        if self._election is None:
            found = self.conn.execute(
                f"SELECT {', '.join(f'[{c}]' for c in columns)}, bundle_sha256 FROM election").fetchone()
            self._election = (tuple(found[:-1]), found[-1]) if found else (None, None)
        best, source = self._election
        for payload in payloads:
            election = payload.election
            row = tuple(election.get(c) for c in columns)
            if row == best:
                source = min(source or payload.check.sha256, payload.check.sha256)
            elif best is None or _election_key(columns, row) > _election_key(columns, best):
                best, source = row, payload.check.sha256
        if (best, source) == self._election:
            return
        if self._election[0] is None:
            self.conn.execute(
                f"INSERT INTO election ({', '.join(f'[{c}]' for c in columns)}, bundle_sha256) "
                f"VALUES ({', '.join('?' * (len(columns) + 1))})", [*best, source])
        else:  # the same id (another election is refused before): stations keep referring to it
            self.conn.execute(
                f"UPDATE election SET {', '.join(f'[{c}] = ?' for c in columns)}, bundle_sha256 = ?",
                [*best, source])
        self._election = (best, source)

    def _insert_new(self, table: str, columns: list[str], rows: list[tuple]) -> bool:
        """Inserts rows (their last column bundle_sha256) when none of them is in the table yet,
        by id or by another unique key; False (some rows may be in) when any of them is."""
        key = (table, tuple(columns))
        sql = self._inserts.get(key)
        if sql is None:
            unknown = set(columns[:-1]) - self._columns[table]
            if unknown:  # as _merge_table says it
                raise _unknown_columns(table, unknown)
            sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT DO NOTHING")
            self._inserts[key] = sql
        return self.conn.executemany(sql, rows).rowcount == len(rows)

    def _merge_table(self, table: str, columns: list[str], rows: list[tuple], check: BundleCheck) -> None:
        unknown = set(columns) - self._columns[table]
        if unknown:  # a bundle of an older schema lacks columns; a newer one is refused earlier
            raise _unknown_columns(table, unknown)
        id_at = columns.index("id")
        version_at = columns.index("version")
        observer_at = columns.index("observer_id") if "observer_id" in columns else None
        select = ", ".join(f"[{c}]" for c in columns)
        existing: dict[str, tuple] = {}
        sources: dict[str, str | None] = {}
        ids = [row[id_at] for row in rows]
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            for row in self.conn.execute(
                    f"SELECT {select}, bundle_sha256 FROM [{table}] "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                existing[row[id_at]] = row[:-1]
                sources[row[id_at]] = row[-1]
        inserts: list[tuple] = []
        for row in rows:
            old = existing.get(row[id_at])
            if old is None:
                inserts.append(row)
                continue
            if tuple(old) == tuple(row):
                # The same record again: idempotent. Of the bundles that carried it, provenance
                # names the one with the smallest hash, so it does not depend on merge order.
                source = sources[row[id_at]]
                if source is not None and check.sha256 < source:
                    self.conn.execute(f"UPDATE [{table}] SET bundle_sha256 = ? WHERE id = ?",
                                      [check.sha256, row[id_at]])
                continue
            new_key = (row[version_at], _canonical(columns, row))
            old_key = (old[version_at], _canonical(columns, old))
            if observer_at is None or row[observer_at] == old[observer_at]:
                if new_key > old_key:
                    self._replace(table, columns, row, check)
                    if row[version_at] == old[version_at] and observer_at is not None:
                        self._conflict(table, columns, old, "diverged", row[id_at], sources[row[id_at]])
                elif row[version_at] == old[version_at] and observer_at is not None:
                    self._conflict(table, columns, row, "diverged", old[id_at], check.sha256)
                continue
            if row[observer_at] > old[observer_at]:
                self._replace(table, columns, row, check)
                self._conflict(table, columns, old, "other_signer", row[id_at], sources[row[id_at]])
            else:
                self._conflict(table, columns, row, "other_signer", old[id_at], check.sha256)
        if table == "protocols" and inserts:
            inserts = self._second_protocols(columns, inserts, check)
        if inserts:
            names = [*columns, "bundle_sha256"]
            self.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [(*row, check.sha256) for row in inserts])

    def _second_protocols(self, columns: list[str], rows: list[tuple], check: BundleCheck) -> list[tuple]:
        """At most one protocol per observer and station: the larger record id wins."""
        id_at, station_at, observer_at = (columns.index(c) for c in ("id", "station_id", "observer_id"))
        keep: list[tuple] = []
        for row in sorted(rows, key=lambda r: r[id_at], reverse=True):
            found = self.conn.execute(
                f"SELECT {', '.join(f'[{c}]' for c in columns)}, bundle_sha256 FROM protocols "
                "WHERE station_id = ? AND observer_id = ?", [row[station_at], row[observer_at]]).fetchone()
            other, other_source = (found[:-1], found[-1]) if found else (None, None)
            taken = next((k for k in keep if (k[station_at], k[observer_at]) ==
                          (row[station_at], row[observer_at])), None)
            if taken is not None:
                self._conflict("protocols", columns, row, "second_protocol", taken[id_at], check.sha256)
            elif other is None:
                keep.append(row)
            elif row[id_at] > other[id_at]:
                self.conn.execute("DELETE FROM protocols WHERE id = ?", [other[id_at]])
                self._conflict("protocols", columns, other, "second_protocol", row[id_at], other_source)
                keep.append(row)
            else:
                self._conflict("protocols", columns, row, "second_protocol", other[id_at], check.sha256)
        return keep

    def _replace(self, table: str, columns: list[str], row: tuple, check: BundleCheck) -> None:
        sets = ", ".join(f"[{c}] = ?" for c in columns if c != "id")
        values = [v for c, v in zip(columns, row) if c != "id"]
        self.conn.execute(f"UPDATE [{table}] SET {sets}, bundle_sha256 = ? WHERE id = ?",
                          [*values, check.sha256, row[columns.index("id")]])

    def _conflict(self, table: str, columns: list[str], row: tuple, kind: str, winner_id: str,
                  bundle: str | None) -> None:
        # `bundle`: where the losing variant came from (None for a record typed in this database).
        """Keeps a losing variant whole; per observer and record, the highest version stays."""
        row_json = _canonical(columns, row)
        record_id = row[columns.index("id")]
        observer = row[columns.index("observer_id")] if "observer_id" in columns else ""
        version = row[columns.index("version")]
        cursor = self.conn.execute(
            "INSERT INTO conflict_records (table_name, record_id, observer_id, kind, version, row_json, "
            "bundle_sha256, winner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(table_name, record_id, observer_id) DO UPDATE SET kind = excluded.kind, "
            "version = excluded.version, row_json = excluded.row_json, "
            "bundle_sha256 = excluded.bundle_sha256, winner_id = excluded.winner_id "
            "WHERE (excluded.version, excluded.row_json) > (conflict_records.version, conflict_records.row_json) "
            "OR ((excluded.version, excluded.row_json) = (conflict_records.version, conflict_records.row_json) "
            "AND coalesce(excluded.bundle_sha256, '') < coalesce(conflict_records.bundle_sha256, ''))",
            [table, record_id, observer, kind, version, row_json, bundle, winner_id])
        self.conflicts_written += cursor.rowcount


def _unknown_columns(table: str, columns: set[str]) -> ObserverAppError:
    return ObserverAppError("merge.unknown_columns", QT_TRANSLATE_NOOP(
        "Messages", "its table {table} has columns this database does not know: {columns}"),
        table=table, columns=", ".join(sorted(columns)))


class _NotAllNew(Exception):
    """A bundle brings a record the database already holds: the merge rules decide."""


ProgressFn = Callable[[int, int, BundleCheck, str], None]


def merge_bundles(store: Store, paths: Iterable[str | Path], trust: Sequence[bytes] | None = None, *,
                  workers: int | None = None, progress: ProgressFn | None = None,
                  should_cancel: Callable[[], bool] | None = None,
                  commit_every: int = 1000, commit_seconds: float = 1.0) -> MergeResult:
    """Verifies and merges bundles; invalid or untrusted ones are rejected whole, the rest go on.

    `progress(done, total, check, status)` is called once a bundle's fate is committed, with
    status "merged", "already merged" or "rejected". The checks in result.merged and
    result.already have no manifest (it is in the bundles table, manifest_json); rejected ones
    keep theirs.
    """
    files = [str(p) for p in paths]
    total = len(files)
    trust_t = tuple(trust) if trust else None
    result = MergeResult()
    merger = Merger(store)
    # (check, status, why it was rejected) awaiting commit
    pending: list[tuple[BundleCheck, str, Message | None]] = []
    done = 0
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal done, last_commit
        if store.db.conn.in_transaction:
            store.db.conn.execute("COMMIT")
        for check, status, reason in pending:
            done += 1
            if status == "rejected":
                check.ok = False
                if reason is not None and reason not in check.reasons:
                    check.reasons.append(reason)
            {"merged": result.merged, "already merged": result.already, "rejected": result.rejected}[status].append(check)
            if progress:
                progress(done, total, check, status)
            if status != "rejected":
                # Stored in bundles.manifest_json; without it a result holds ~1 KB per bundle
                # instead of ~3.7 KB (memory stays near flat over a national merge).
                check.manifest = None
        pending.clear()
        last_commit = time.monotonic()

    def handle(payload: BundlePayload) -> tuple[BundleCheck, str, Message | None]:
        check = payload.check
        if not check.ok:
            reason = check.reasons[0] if check.reasons else Message(
                "merge.not_valid", QT_TRANSLATE_NOOP("Messages", "the bundle is not valid"))
            merger.record_bundle(check, "rejected", reason)
            return check, "rejected", reason
        if merger.is_merged(check.sha256):
            if check.trusted:  # merged before without --trust: verified now
                merger.mark_verified(check)
            return check, "already merged", None
        try:
            refusal = merger.merge(payload)
        except ObserverAppError as exc:  # its savepoint is rolled back
            refusal = exc.message
        except (sqlite3.Error, ValueError, KeyError) as exc:
            refusal = Message("merge.cannot_merge", QT_TRANSLATE_NOOP(
                "Messages", "its records cannot be merged ({detail})"), {"detail": str(exc)})
        if refusal is not None:
            merger.record_bundle(check, "rejected", refusal)
            return check, "rejected", refusal
        merger.record_bundle(check, "merged", manifest_json=payload.manifest_json)
        return check, "merged", None

    def handle_group(payloads: list[BundlePayload]) -> None:
        """The payloads of one worker task: the new bundles among them written together when
        they can be (Merger.merge_new), every other one as it comes; outcomes in their order."""
        if not store.db.conn.in_transaction:
            store.db.conn.execute("BEGIN IMMEDIATE")
        merged = merger.merge_new(payloads)
        for i, payload in enumerate(payloads):
            pending.append((payload.check, "merged", None) if i in merged else handle(payload))
        if len(pending) >= commit_every or time.monotonic() - last_commit >= commit_seconds:
            commit()

    restore = _writer_pragmas(store.db.conn)
    try:
        for payloads in _verified(files, trust_t, workers, should_cancel):
            handle_group(payloads)
            if should_cancel and should_cancel():
                result.cancelled = True
                break
        commit()
    except BaseException:
        if store.db.conn.in_transaction:
            store.db.conn.execute("ROLLBACK")
        pending.clear()
        raise
    finally:
        restore()
    result.conflicts = merger.conflicts_written
    return result


# The writer's page cache while merging (KiB): the random-id indexes of a national merge need
# more than SQLite's default 2 MB, or pages go out and come back between bundles. A fixed cap,
# so memory does not grow with the number of bundles.
_WRITER_CACHE_KIB = 16 * 1024


def _writer_pragmas(conn: sqlite3.Connection) -> Callable[[], None]:
    """Settings for the duration of a merge; returns what puts the previous ones back.

    temp_store = MEMORY keeps each bundle's savepoint journal (the pages it changed, to roll
    them back) in memory instead of a temporary file: ~70 page writes per bundle fewer.
    """
    (cache_size,) = conn.execute("PRAGMA cache_size").fetchone()
    (temp_store,) = conn.execute("PRAGMA temp_store").fetchone()
    if cache_size >= 0:  # in pages, else in KiB
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        cache_kib = cache_size * page_size // 1024
    else:
        cache_kib = -cache_size
    if cache_kib < _WRITER_CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = {-_WRITER_CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")

    def restore() -> None:
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        conn.execute(f"PRAGMA temp_store = {int(temp_store)}")
    return restore


# Verification workers run a little below normal priority: the writer (one process for all of
# them) and, in the GUI, the window keep their share of the CPU. Measured on 2 cores with
# 10,000 bundles: 8.6-9.0 s instead of 9.1-10.3 s (bench/bench_merge.py).
_WORKER_NICENESS = 5


def _worker_started() -> None:
    if hasattr(os, "nice"):
        try:
            os.nice(_WORKER_NICENESS)
        except OSError:
            pass


# Bundles per task of the process pool: enough to make the inter-process traffic per bundle
# small, few enough that the writer starts early and a cancel is quick (~30 ms of work).
_TASK_BUNDLES = 24
# Tasks in flight per worker: enough that the workers keep going while the writer commits
# (an fsync), few enough that memory stays small (~150 KB per task).
_TASKS_PER_WORKER = 8


def _verified(files: list[str], trust: tuple[bytes, ...] | None, workers: int | None,
              should_cancel: Callable[[], bool] | None) -> Iterable[list[BundlePayload]]:
    """Payloads as workers finish them, a task's at a time (one at a time without a pool), with
    a bounded number in flight (memory stays flat)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(files) < 4:
        for path in files:
            yield [load_bundle(path, trust)]
            if should_cancel and should_cancel():
                return
        return
    size = max(1, min(_TASK_BUNDLES, len(files) // (workers * 4)))
    tasks = (files[i:i + size] for i in range(0, len(files), size))
    context = multiprocessing.get_context("spawn")
    window = workers * _TASKS_PER_WORKER  # tasks in flight
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                initializer=_worker_started) as pool:
        running: set[cf.Future] = set()
        try:
            for task in tasks:
                running.add(pool.submit(load_bundles, task, trust))
                if len(running) >= window:
                    break
            while running:
                finished, running = cf.wait(running, return_when=cf.FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
                if should_cancel and should_cancel():
                    return
                for task in tasks:
                    running.add(pool.submit(load_bundles, task, trust))
                    if len(running) >= window:
                        break
        finally:  # cancelled or stopped early: do not verify what nobody will merge
            for future in running:
                future.cancel()
