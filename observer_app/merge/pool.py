"""The merge's verifying workers: each bundle verified, its records read and checked, in a pool.

What a worker hands the writer is a BundlePayload: the verification's outcome and, if it passed,
every record the bundle brings, in this app's column order (a bundle of an older schema gets its
missing columns filled), checked (merge/checks.py) and with the bundle's hash appended, so the
writer can store them as they are.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from observer_app.bundle import BundleCheck, verify_and_read
from observer_app.domain.template import parse_template_text
from observer_app.errors import ObserverAppError
from observer_app.merge.checks import MAX_VERSION, BadRecord, check_tables
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.schema import CARRIED_TABLES, OWNED_TABLES, SCHEMA_VERSION, table_columns

# The tables a bundle's records go into, in the order that lets foreign keys find their target.
MERGE_TABLES = CARRIED_TABLES
PROVENANCE = "bundle_sha256"
_STATION_TABLES = tuple(t for t in OWNED_TABLES if t != "photos")
_STATION_FILTER = (" WHERE id IN (" + " UNION ".join(
    f"SELECT station_id FROM [{t}]" for t in sorted(_STATION_TABLES)) + ")")


_MERGE_COLUMNS: dict[str, list[str]] = {}


def merge_columns() -> dict[str, list[str]]:
    """Each merged table's columns in this app's order, without the provenance column (the
    same lists every call: do not change them)."""
    if not _MERGE_COLUMNS:
        _MERGE_COLUMNS.update({t: [c for c in cols if c != PROVENANCE]
                               for t, cols in table_columns().items() if t in MERGE_TABLES})
    return _MERGE_COLUMNS


_READ_COLUMNS: dict[str, list[str]] = {}  # with the provenance column, as the rows are read


@dataclass(frozen=True)
class ElectionCopy:
    """The election a bundle carries, checked: its row, and its template in canonical form."""

    id: str
    name_json: str
    date: str | None
    template_json: str  # canonical: what "the identical election" compares
    codes: frozenset[str]


@dataclass
class BundlePayload:
    """What a verification worker hands the writer: the check and, if it passed, the records.

    tables: {table: rows} for MERGE_TABLES, each row in merge_columns() order followed by the
    bundle's SHA-256. codes: the line and contestant codes its protocols use. refusal: why the
    bundle is rejected although its signature holds (a record that does not pass the checks, an
    election that cannot be read). manifest_json: the manifest as the writer stores it.
    """

    check: BundleCheck
    election: ElectionCopy | None = None
    tables: dict[str, list[tuple]] = field(default_factory=dict)
    codes: frozenset[str] = frozenset()
    manifest_json: str | None = None
    refusal: Message | None = None


# Per process: the SELECT per table for bundles of a schema, and the elections read so far.
_READERS: dict[object, dict[str, str]] = {}
_ELECTIONS: dict[tuple, ElectionCopy | Message] = {}


def _readers(conn: sqlite3.Connection, schema_version: int) -> dict[str, str]:
    """The SELECT of each table, for this snapshot's schema: this app's (verified to be the
    expected one), or an older one, known by its tables' SQL (an older schema is checked only for
    its tables, so two bundles of one old version may differ)."""
    if schema_version == SCHEMA_VERSION:
        key: object = schema_version
    else:
        key = (schema_version, conn.execute(
            "SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'table'").fetchone()[0])
    known = _READERS.get(key)
    if known is not None:
        return known
    wanted = merge_columns()
    readers: dict[str, str] = {}
    for table, columns in wanted.items():
        # PRAGMA statements, not pragma_table_info(): see bundle.SnapshotConnection.
        found = {row[1] for row in conn.execute(f"PRAGMA main.table_info([{table}])")}
        if not found:  # no such table in this (older) schema: nothing to read
            continue
        parts = []
        for column in columns:
            if column in found:
                parts.append(f"[{column}]")
            elif table == "photos" and column == "observer_id":
                parts.append(":signer")  # before schema 4 a photo was its database's observer's
            else:
                parts.append("NULL")
        sql = f"SELECT {', '.join(parts)}, :sha FROM [{table}]"
        if table == "stations":  # only the stations this observer recorded something at
            sql += _STATION_FILTER
        readers[table] = sql
    if len(_READERS) > 8:
        _READERS.clear()
    _READERS[key] = readers
    return readers


def _election(names: tuple[str, ...], row: tuple) -> ElectionCopy | Message:
    """The election row, its template parsed and put in canonical form (once per process)."""
    key = (names, row)
    found = _ELECTIONS.get(key)
    if found is not None:
        return found
    values = dict(zip(names, row))
    for column, high in (("version", MAX_VERSION), ("deleted", 1)):
        value = values.get(column)
        if isinstance(value, bool) or not isinstance(value, int) or not (column == "deleted" or value >= 1) \
                or not 0 <= value <= high:
            found = Message("merge.bundle_election_version", QT_TRANSLATE_NOOP(
                "Messages", "the election it carries has {column} = {value}, outside {low}..{high}"),
                {"column": column, "value": str(value)[:40], "low": 0 if column == "deleted" else 1,
                 "high": high})
            _ELECTIONS[key] = found
            return found
    try:
        template = parse_template_text(str(values.get("template_json") or ""), Message(
            "merge.bundle_election_where", QT_TRANSLATE_NOOP("Messages", "the bundle's election")))
        found = ElectionCopy(template.id, json.dumps(template.name, ensure_ascii=False),
                             template.date, json.dumps(template.to_json(), ensure_ascii=False, indent=1),
                             frozenset(template.codes))
        if template.id != values.get("id"):
            raise ObserverAppError("merge.election_id_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "its id is not the id its template gives"))
    except ObserverAppError as exc:
        found = Message("merge.bundle_election_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "the election it carries cannot be used: {problem}"), {"problem": exc.message})
    if len(_ELECTIONS) >= 16:
        _ELECTIONS.clear()
    _ELECTIONS[key] = found
    return found


def _read_payload(conn, check: BundleCheck) -> BundlePayload:
    """The records of a verified snapshot, read with the connection that verified it, checked."""
    manifest_json = json.dumps(check.manifest, sort_keys=True, ensure_ascii=False)
    cursor = conn.execute("SELECT * FROM election")
    row = cursor.fetchone()
    election = _election(tuple(d[0] for d in cursor.description), row) if row else None
    if isinstance(election, Message):
        return BundlePayload(check, manifest_json=manifest_json, refusal=election)
    if election is None:
        return BundlePayload(check, manifest_json=manifest_json, refusal=Message(
            "merge.no_election", QT_TRANSLATE_NOOP("Messages", "the bundle holds no election")))
    counts = check.manifest["row_counts"]  # verified: the snapshot holds exactly these
    params = {"sha": check.sha256, "signer": check.observer_id}
    tables: dict[str, list[tuple]] = {}
    for table, sql in _readers(conn, check.schema_version).items():
        tables[table] = conn.execute(sql, params).fetchall() if counts.get(table) else []
    if not _READ_COLUMNS:
        _READ_COLUMNS.update({t: [*cols, PROVENANCE] for t, cols in merge_columns().items()})
    columns = _READ_COLUMNS
    try:
        codes = check_tables(tables, columns, signer=check.observer_id, election_id=election.id,
                             codes=election.codes)
    except BadRecord as exc:
        return BundlePayload(check, election, manifest_json=manifest_json, refusal=exc.message)
    return BundlePayload(check, election, tables, codes, manifest_json)


def load_bundle(path: str, trust: tuple[bytes, ...] | None) -> BundlePayload:
    """Verifies one bundle and reads its records (runs in a worker process).

    The snapshot is opened once, in memory, for the checks and for reading the records.
    """
    check, payload = verify_and_read(path, trust, _read_payload)
    return payload if payload is not None else BundlePayload(check)


def load_bundles(paths: Sequence[str], trust: tuple[bytes, ...] | None) -> list[BundlePayload]:
    """load_bundle for several files: one task of the process pool (less IPC per bundle)."""
    return [load_bundle(path, trust) for path in paths]


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


def worker_count(asked: int | None) -> int:
    """The number of verifying processes: as asked, but never more than the machine's cores
    (more only compete for them) nor fewer than one."""
    cores = os.cpu_count() or 1
    return max(1, min(asked if asked is not None else cores, cores))


def verified(files: list[str], trust: tuple[bytes, ...] | None, workers: int | None,
             should_cancel: Callable[[], bool] | None) -> Iterable[list[BundlePayload]]:
    """Payloads as workers finish them, a task's at a time (one at a time without a pool), with
    a bounded number in flight (memory stays flat)."""
    workers = worker_count(workers)
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
