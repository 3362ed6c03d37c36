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
import json
import multiprocessing
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from observer_app.bundle import BundleCheck, verify_bundle
from observer_app.domain.records import utc_now
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
    """What a verification worker hands the writer: the check and, if it passed, the rows."""

    check: BundleCheck
    election: dict[str, Any] | None = None
    tables: dict[str, tuple[list[str], list[tuple]]] = field(default_factory=dict)


def load_bundle(path: str, trust: tuple[bytes, ...] | None) -> BundlePayload:
    """Verifies one bundle and reads its records (runs in a worker process)."""
    with tempfile.TemporaryDirectory(prefix="obsx-") as tmp:
        data = Path(tmp) / "data.sqlite"
        check = verify_bundle(path, trust, extract_to=data)
        if not check.ok:
            return BundlePayload(check)
        conn = sqlite3.connect(f"{data.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.row_factory = sqlite3.Row
            election = conn.execute("SELECT * FROM election").fetchone()
            tables: dict[str, tuple[list[str], list[tuple]]] = {}
            for table in MERGE_TABLES:
                columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")
                           if row[1] not in _SKIP_COLUMNS]
                sql = f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"
                if table == "stations":  # only the stations this observer recorded something at
                    sql += (" WHERE id IN (" + " UNION ".join(
                        f"SELECT station_id FROM [{t}]" for t in sorted(_OBSERVER_OWNED)) + ")")
                conn.row_factory = None
                tables[table] = (columns, conn.execute(sql).fetchall())
                conn.row_factory = sqlite3.Row
            return BundlePayload(check, dict(election) if election else None, tables)
        finally:
            conn.close()


@dataclass
class MergeResult:
    merged: list[BundleCheck] = field(default_factory=list)
    already: list[BundleCheck] = field(default_factory=list)
    rejected: list[BundleCheck] = field(default_factory=list)
    conflicts: int = 0  # conflict records written by this run
    cancelled: bool = False


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

    # --- bookkeeping --------------------------------------------------------------------------

    def is_merged(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT status FROM bundles WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None and row[0] == "merged"

    def record_bundle(self, check: BundleCheck, status: str, reason: str = "") -> None:
        manifest = json.dumps(check.manifest, sort_keys=True, ensure_ascii=False) if check.manifest else None
        self.conn.execute(
            "INSERT INTO bundles (sha256, file_name, status, reason, observer_id, signer_name, "
            "signer_org, cert_sha256, verified, self_signed, election_id, manifest_json, merged_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
            "status = excluded.status, reason = excluded.reason, file_name = excluded.file_name, "
            "verified = max(bundles.verified, excluded.verified), merged_at = excluded.merged_at "
            "WHERE bundles.status != 'merged'",
            [check.sha256, Path(check.path).name, status, reason, check.observer_id,
             check.signer_name, check.signer_org, check.cert_sha256, int(bool(check.trusted)),
             int(bool(check.self_signed)), check.election_id, manifest, utc_now()])

    # --- one bundle ---------------------------------------------------------------------------

    def merge(self, payload: BundlePayload) -> str | None:
        """Writes one verified bundle inside a savepoint. Returns None, or why it was refused."""
        check = payload.check
        election = self.conn.execute("SELECT id FROM election").fetchone()
        if payload.election is None:
            return "the bundle holds no election"
        if election is not None and election[0] != payload.election["id"]:
            return (f"the bundle is for the election {payload.election['id']!r}; this database "
                    f"holds {election[0]!r}")
        with self.db.atomic():
            if election is None:
                row = {k: v for k, v in payload.election.items() if k not in _SKIP_COLUMNS}
                row["bundle_sha256"] = check.sha256
                self.db["election"].insert(row)
            for table in MERGE_TABLES:
                columns, rows = payload.tables.get(table, ([], []))
                if rows:
                    self._merge_table(table, columns, rows, check)
        return None

    def _merge_table(self, table: str, columns: list[str], rows: list[tuple], check: BundleCheck) -> None:
        unknown = set(columns) - self._columns[table]
        if unknown:  # a bundle of an older schema lacks columns; a newer one is refused earlier
            raise ValueError(f"{table} has unknown columns {sorted(unknown)}")
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


ProgressFn = Callable[[int, int, BundleCheck, str], None]


def merge_bundles(store: Store, paths: Iterable[str | Path], trust: Sequence[bytes] | None = None, *,
                  workers: int | None = None, progress: ProgressFn | None = None,
                  should_cancel: Callable[[], bool] | None = None,
                  commit_every: int = 200, commit_seconds: float = 1.0) -> MergeResult:
    """Verifies and merges bundles; invalid or untrusted ones are rejected whole, the rest go on.

    `progress(done, total, check, status)` is called once a bundle's fate is committed, with
    status "merged", "already merged" or "rejected".
    """
    files = [str(p) for p in paths]
    total = len(files)
    trust_t = tuple(trust) if trust else None
    result = MergeResult()
    merger = Merger(store)
    pending: list[tuple[BundleCheck, str, str]] = []  # (check, status, reason) awaiting commit
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
                if reason and reason not in check.reasons:
                    check.reasons.append(reason)
            {"merged": result.merged, "already merged": result.already, "rejected": result.rejected}[status].append(check)
            if progress:
                progress(done, total, check, status)
        pending.clear()
        last_commit = time.monotonic()

    def handle(payload: BundlePayload) -> None:
        check = payload.check
        if not store.db.conn.in_transaction:
            store.db.conn.execute("BEGIN IMMEDIATE")
        if not check.ok:
            reason = check.reasons[0] if check.reasons else "the bundle is not valid"
            merger.record_bundle(check, "rejected", reason)
            pending.append((check, "rejected", reason))
        elif merger.is_merged(check.sha256):
            pending.append((check, "already merged", ""))
        else:
            try:
                refusal = merger.merge(payload)
            except (sqlite3.Error, ValueError, KeyError) as exc:  # its savepoint is rolled back
                refusal = f"its records cannot be merged ({exc})"
            if refusal:
                merger.record_bundle(check, "rejected", refusal)
                pending.append((check, "rejected", refusal))
            else:
                merger.record_bundle(check, "merged")
                pending.append((check, "merged", ""))
        if len(pending) >= commit_every or time.monotonic() - last_commit >= commit_seconds:
            commit()

    try:
        for payload in _verified(files, trust_t, workers, should_cancel):
            handle(payload)
            if should_cancel and should_cancel():
                result.cancelled = True
                break
        commit()
    except BaseException:
        if store.db.conn.in_transaction:
            store.db.conn.execute("ROLLBACK")
        pending.clear()
        raise
    result.conflicts = merger.conflicts_written
    return result


def _verified(files: list[str], trust: tuple[bytes, ...] | None, workers: int | None,
              should_cancel: Callable[[], bool] | None) -> Iterable[BundlePayload]:
    """Payloads as workers finish them, with a bounded number in flight (memory stays flat)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(files) < 4:
        for path in files:
            yield load_bundle(path, trust)
            if should_cancel and should_cancel():
                return
        return
    context = multiprocessing.get_context("spawn")
    window = workers * 8
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        queue = iter(files)
        running: set[cf.Future] = set()
        for path in queue:
            running.add(pool.submit(load_bundle, path, trust))
            if len(running) >= window:
                break
        while running:
            finished, running = cf.wait(running, return_when=cf.FIRST_COMPLETED)
            for future in finished:
                yield future.result()
            if should_cancel and should_cancel():
                for future in running:
                    future.cancel()
                return
            for path in queue:
                running.add(pool.submit(load_bundle, path, trust))
                if len(running) >= window:
                    break
