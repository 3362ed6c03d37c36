"""Writing a signed bundle of an observer database: a snapshot, a manifest, a signature."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from observer_app import __version__
from observer_app.bundle.cms import _sign
from observer_app.bundle.format import (
    _CHUNK,
    CERT,
    DATA,
    FORMAT_VERSION,
    MANIFEST,
    MAX_SIZES,
    SIGNATURE,
    _fsync_folder,
    _sha256,
    _utc_now_text,
    _zip_info,
    manifest_to_bytes,
)
from observer_app.bundle.snapshot import _connect_readonly, _inspect_database
from observer_app.errors import ObserverAppError
from observer_app.export.files import (
    check_output,
    disk_full,
    no_room,
    publish,
    remove,
    temp_file,
)
from observer_app.identity import check_signs_for
from observer_app.messages import QT_TRANSLATE_NOOP

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


# Settings that are facts of the observer's record, not of their laptop. Every other setting (the
# coordinator database's path, and whatever later versions keep) is blanked in a bundle.
SETTINGS_THAT_TRAVEL = ("observer_id", "database_kind", "station_id", "lang", "section")


def _blank_local_paths(snapshot: Path) -> None:
    """Blanks, in a snapshot, where files are on the observer's laptop: the identity file's path
    (the profile, its audit rows, and the profile's creation row), and the settings that do not
    travel. The rows stay (the manifest counts them); secure_delete leaves no copy of the old
    text in freed space. The audit trail's triggers refuse UPDATE: they are dropped and made
    again with their own SQL, in this copy only."""
    conn = sqlite3.connect(str(snapshot), isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = MEMORY")  # no journal file beside the snapshot
        kept = ", ".join("?" * len(SETTINGS_THAT_TRAVEL))
        created = [(seq, json.loads(new)) for seq, new in conn.execute(
            "SELECT seq, new FROM audit WHERE table_name = 'observers' AND field IS NULL "
            "AND new LIKE '%identity_path%'")]
        created = [(seq, row) for seq, row in created
                   if isinstance(row, dict) and row.get("identity_path")]
        needed = conn.execute(
            "SELECT (SELECT count(*) FROM observers WHERE identity_path != '') "
            " + (SELECT count(*) FROM audit WHERE table_name = 'observers' "
            "    AND field = 'identity_path' AND (old != '' OR new != '')) "
            f" + (SELECT count(*) FROM settings WHERE key NOT IN ({kept}) AND value != '')",
            SETTINGS_THAT_TRAVEL).fetchone()[0]
        if not needed and not created:
            return
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit' ORDER BY rowid").fetchall()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name, _ in triggers:
                conn.execute(f'DROP TRIGGER "{name.replace(chr(34), chr(34) * 2)}"')
            conn.execute("UPDATE observers SET identity_path = '' WHERE identity_path != ''")
            conn.execute("UPDATE audit SET old = CASE WHEN old IS NULL THEN NULL ELSE '' END, "
                         "new = CASE WHEN new IS NULL THEN NULL ELSE '' END "
                         "WHERE table_name = 'observers' AND field = 'identity_path'")
            for seq, row in created:
                row["identity_path"] = ""
                conn.execute("UPDATE audit SET new = ? WHERE seq = ?",
                             [json.dumps(row, ensure_ascii=False), seq])
            conn.execute(f"UPDATE settings SET value = '' WHERE key NOT IN ({kept}) AND value != ''",
                         SETTINGS_THAT_TRAVEL)
            for _, sql in triggers:
                conn.execute(sql)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def _used_bytes(store) -> int:
    """About how large a snapshot of the store's database is (its pages in use)."""
    try:
        conn = store.db.conn
        (pages,), (free,), (size,) = (conn.execute(f"PRAGMA {name}").fetchone()
                                      for name in ("page_count", "freelist_count", "page_size"))
        return max(0, pages - free) * size
    except sqlite3.Error:
        return 0


def export_bundle(store, out_path: str | os.PathLike, identity, *,
                  replace: bool = True) -> dict[str, Any]:
    """Writes a signed bundle of the store's database to out_path; returns its manifest.

    The file appears whole or not at all (temp file + rename), and only signed; it never
    replaces the database itself (or its -wal/-shm files) nor the identity file, and with
    replace=False no existing file. Raises ObserverAppError with a sentence for a person when
    the identity or the database does not fit, or the disk is full.
    """
    out_path = Path(out_path)
    observer_id = store.observer_id
    check_signs_for(identity, observer_id)
    if store.election() is None:
        raise ObserverAppError("bundle.export_no_election", QT_TRANSLATE_NOOP(
            "Messages", "This database has no election yet, so there is nothing to export; load "
            "one with 'observer-app election load FILE --db PATH'."))
    folder = out_path.parent
    check_output(out_path, [store.path, getattr(identity, "path", None)], force=replace,
                 example="observer.obsx")

    snapshot: Path | None = None
    partial: Path | None = None
    try:
        snapshot = temp_file(out_path, "snapshot")
        partial = temp_file(out_path, "bundle")
        try:
            _snapshot(store, snapshot)
            _blank_local_paths(snapshot)
        except sqlite3.Error as exc:
            if no_room(exc, folder, _used_bytes(store)):
                raise disk_full(out_path) from exc
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

        # Never leave a bundle that its reader would refuse: verified, and every record read and
        # checked as the coordinator's merge reads and checks it (imported here: the merge is
        # built on this package).
        from observer_app.merge.pool import load_bundle

        payload = load_bundle(str(partial), None)
        if not payload.check.ok:
            raise ObserverAppError("bundle.export_not_verified", QT_TRANSLATE_NOOP(
                "Messages", "The bundle did not verify after writing, so it was not saved: "
                "{problem}"), problem=payload.check.reasons[0])
        if payload.refusal is not None:
            raise ObserverAppError("bundle.export_merge_would_refuse", QT_TRANSLATE_NOOP(
                "Messages", "The bundle was not saved: a coordinator's merge would refuse it "
                "({problem}). Correct that record and export again."), problem=payload.refusal)
        publish(partial, out_path, replace=replace)
        partial = None
        _fsync_folder(folder)
        return manifest
    except OSError as exc:
        if no_room(exc):
            raise disk_full(out_path) from exc
        raise ObserverAppError("bundle.export_cannot_write", QT_TRANSLATE_NOOP(
            "Messages", "Cannot write the bundle {path}: {reason}."),
            path=str(out_path), reason=str(exc.strerror or exc)) from exc
    finally:
        remove(snapshot)
        remove(partial)
