"""The coordinator's merge: observers' signed bundles into one coordinator database.

Each bundle is verified and its records checked in a process pool (merge/pool.py, checks.py);
one writer (merge/writer.py) stores every bundle's copy of every record and keeps, per record,
the copy the rules choose (merge/rules.py, which say what wins and what is listed). The trust
rules (design.md, "Database kinds and trust in the merge"):

- records are scoped by their signer: observer X's bundles add, update or delete only X's
  records (X's observer id and the record id); another signer's record with the same id is a
  separate record, listed as an id collision, whichever bundle came first;
- election and station rows come from the election file and the station list (`election load`,
  `stations import`); a bundle never sets their deletion marker or version, never changes a
  loaded one, and without a loaded election file must carry the identical election; a station
  a bundle brings that nobody loaded takes the attributes most bundles give it;
- an unverified copy never supersedes a verified one (both kept, listed); a bundle a later
  `--trust` rejects, or the coordinator withdraws, leaves as if it had never been merged;
- every value in a bundle passes the checks of a typed or imported one, or the bundle is
  rejected whole.

Merging is idempotent and order-independent (the database is a function of the set of merged
bundles), and atomic per bundle: each bundle is written inside its own savepoint and bundles
are committed in groups; a crash loses at most the uncommitted group, never part of a bundle,
and a bundle is reported merged only once it is committed.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from observer_app.bundle import BundleCheck
from observer_app.errors import NotFoundError, ObserverAppError
from observer_app.merge.pool import BundlePayload, load_bundle, load_bundles, verified, worker_count
from observer_app.merge.writer import Merger
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.connect import write_transaction
from observer_app.storage.store import Store

__all__ = ["BundlePayload", "MergeResult", "Merger", "find_bundle", "load_bundle", "load_bundles",
           "merge_bundles", "prepare", "withdraw_bundle", "worker_count"]


@dataclass
class MergeResult:
    merged: list[BundleCheck] = field(default_factory=list)
    already: list[BundleCheck] = field(default_factory=list)
    rejected: list[BundleCheck] = field(default_factory=list)
    conflicts: int = 0  # listings this run added (never fewer: one that left is not counted)
    cancelled: bool = False


ProgressFn = Callable[[int, int, BundleCheck, str], None]


def prepare(store: Store, command: str = "merge") -> None:
    """A coordinator's database, ready: refuses an observer's; a database of an earlier schema
    has its records decided again by today's rules (once)."""
    store.require_kind("coordinator", command)
    if store.setting("merge_rebuild"):
        Merger(store).rebuild()


def _withdrawn(reason: str) -> Message:
    return Message("merge.withdrawn", QT_TRANSLATE_NOOP(
        "Messages", "the coordinator withdrew it from this database ({reason}); it is not merged "
        "again"), {"reason": reason})


def merge_bundles(store: Store, paths: Iterable[str | Path], trust: Sequence[bytes] | None = None, *,
                  workers: int | None = None, progress: ProgressFn | None = None,
                  should_cancel: Callable[[], bool] | None = None,
                  commit_every: int = 1000, commit_seconds: float = 1.0) -> MergeResult:
    """Verifies and merges bundles; invalid or untrusted ones are rejected whole, the rest go on.

    `progress(done, total, check, status)` is called once a bundle's fate is committed, with
    status "merged", "already merged" or "rejected". The checks in result.merged and
    result.already have no manifest (it is in the bundles table, manifest_json); rejected ones
    keep theirs. A bundle merged before that fails now (e.g. not signed through `trust`) leaves
    the database; one merged before without trust that is now verified is marked so.
    """
    prepare(store)
    files = [str(p) for p in paths]
    total = len(files)
    trust_t = tuple(trust) if trust else None
    result = MergeResult()
    merger = Merger(store)
    conn = store.db.conn
    # (check, status, why it was rejected) awaiting commit
    pending: list[tuple[BundleCheck, str, Message | None]] = []
    done = 0
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal done, last_commit
        if conn.in_transaction:
            conn.execute("COMMIT")
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

    def reject(check: BundleCheck, reason: Message, before: tuple | None) -> tuple:
        if before is not None and before[0] == "merged":
            merger.unmerge(check.sha256, "rejected", reason)  # its records leave the report
        elif before is None or before[0] == "rejected":
            merger.record_bundle(check, "rejected", reason)
        return check, "rejected", reason

    def handle(payload: BundlePayload) -> tuple[BundleCheck, str, Message | None]:
        check = payload.check
        before = merger.status(check.sha256) if check.sha256 else None
        if before is not None and before[0] == "withdrawn":
            return check, "rejected", _withdrawn(before[2])
        if not check.ok:
            reason = check.reasons[0] if check.reasons else Message(
                "merge.not_valid", QT_TRANSLATE_NOOP("Messages", "the bundle is not valid"))
            return reject(check, reason, before)
        if payload.refusal is not None:
            return reject(check, payload.refusal, before)
        if before is not None and before[0] == "merged":
            if check.trusted and not before[1]:  # merged before without --trust: verified now
                merger.reverify(check)
            return check, "already merged", None
        try:
            refusal = merger.merge(payload)
        except ObserverAppError as exc:  # its savepoint is rolled back
            refusal = exc.message
        except (sqlite3.Error, ValueError, KeyError) as exc:
            refusal = Message("merge.cannot_merge", QT_TRANSLATE_NOOP(
                "Messages", "its records cannot be merged ({detail})"), {"detail": str(exc)})
        if refusal is not None:
            return reject(check, refusal, before)
        return check, "merged", None

    def handle_group(payloads: list[BundlePayload]) -> None:
        """The payloads of one worker task: the new bundles among them written together when
        they can be (Merger.merge_new), every other one as it comes; outcomes in their order."""
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        merged = merger.merge_new(payloads)
        for i, payload in enumerate(payloads):
            pending.append((payload.check, "merged", None) if i in merged else handle(payload))
        if len(pending) >= commit_every or time.monotonic() - last_commit >= commit_seconds:
            commit()

    restore = _writer_pragmas(conn)
    try:
        merger.note_conflicts()  # after the pragmas: a new temp_store drops temporary tables
        for payloads in verified(files, trust_t, workers, should_cancel):
            handle_group(payloads)
            if should_cancel and should_cancel():
                result.cancelled = True
                break
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        merger.refresh_collisions()
        commit()
        result.conflicts = merger.conflicts_added()
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        pending.clear()
        raise
    finally:
        restore()
    return result


@dataclass(frozen=True)
class BundleRow:
    """A bundle as `bundles list` shows it."""

    sha256: str
    status: str
    verified: bool
    observer_id: str | None
    signer_name: str | None
    file_name: str
    first_seen_at: str | None
    reason: str


def list_bundles(store: Store) -> list[BundleRow]:
    prepare(store, "bundles list")
    return [BundleRow(sha, status, bool(verified), oid, name, file_name or "", seen, reason or "")
            for sha, status, verified, oid, name, file_name, seen, reason in store.db.execute(
                "SELECT sha256, status, verified, observer_id, signer_name, file_name, "
                "coalesce(first_seen_at, merged_at), reason FROM bundles "
                "ORDER BY coalesce(first_seen_at, merged_at), sha256")]


def find_bundle(store: Store, sha256: str) -> str:
    """The full hash of the bundle `sha256` names (the whole hash, or a unique start of at
    least 8 characters); NotFoundError otherwise."""
    wanted = sha256.strip().lower()
    if len(wanted) < 8 or any(c not in "0123456789abcdef" for c in wanted):
        raise NotFoundError("merge.bundle_hash_form", QT_TRANSLATE_NOOP(
            "Messages", "“{sha}” is not a bundle's SHA-256 (64 hexadecimal digits, or at least its "
            "first 8); see them with 'observer-app bundles list --db COORD'."), sha=sha256[:80])
    found = [row[0] for row in store.db.execute(
        "SELECT sha256 FROM bundles WHERE sha256 LIKE ? || '%' ORDER BY sha256 LIMIT 2", [wanted])]
    if not found:
        raise NotFoundError("merge.no_such_bundle", QT_TRANSLATE_NOOP(
            "Messages", "No bundle {sha} was merged into this database; see them with "
            "'observer-app bundles list --db COORD'."), sha=wanted)
    if len(found) > 1:
        raise NotFoundError("merge.bundle_ambiguous", QT_TRANSLATE_NOOP(
            "Messages", "More than one bundle starts with {sha}; give more of its SHA-256."), sha=wanted)
    return found[0]


def withdraw_bundle(store: Store, sha256: str, reason: str) -> str:
    """The coordinator withdraws a merged bundle: the database is then as if it had never been
    merged (its records and copies gone; what others carry decided again), the withdrawal is
    audited, and merging the bundle again does not bring it back. Returns its full hash."""
    prepare(store, "bundles withdraw")
    if not reason or not reason.strip():
        raise ObserverAppError("merge.withdraw_no_reason", QT_TRANSLATE_NOOP(
            "Messages", "A withdrawal needs a reason (--reason TEXT)."))
    full = find_bundle(store, sha256)
    merger = Merger(store)
    status = merger.status(full)
    if status is None or status[0] != "merged":
        raise ObserverAppError("merge.withdraw_not_merged", QT_TRANSLATE_NOOP(
            "Messages", "The bundle {sha} is not merged ({status}); there is nothing to withdraw."),
            sha=full[:16], status=status[0] if status else "unknown")
    with write_transaction(store.db):
        merger.unmerge(full, "withdrawn", Message.verbatim(reason.strip()))
        merger.refresh_collisions()
    return full


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
