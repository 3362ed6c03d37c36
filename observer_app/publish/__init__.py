"""A coordinator's results for the public (issue 14): a new SQLite file for Datasette, never the
working database, redacted by default (observer_app.publish.redact), and its metadata.json.

    publish(store, out, sample_path=None, with_names=False, with_photos=False, force=False)

The file and its metadata are built beside `out` under temporary names and renamed when both are
whole: a failure leaves no file (and an earlier publication's pair as it was), and an existing `out` is replaced only with force=True. `out` is never one of the
inputs (the database, its -wal/-shm, the sample).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from observer_app.errors import ObserverAppError
from observer_app.export.files import (cannot_write, check_output, disk_full, no_room, publish as rename_into_place,
                                       remove, temp_file)
from observer_app.messages import QT_TRANSLATE_NOOP
from observer_app.publish import tables
from observer_app.publish.metadata import metadata
from observer_app.publish.redact import Redaction
from observer_app.storage.store import Store

TABLES = ("stations", "station_results", "station_comparison", "obstructions", "incidents", "photos",
          "analysis", "columns")


@dataclass(frozen=True)
class Published:
    path: Path
    metadata_path: Path
    rows: dict[str, int]  # table -> rows
    left_out: list[str]  # what the redaction left out, one line each


def metadata_path(out: Path) -> Path:
    """PUBLIC.sqlite -> PUBLIC.metadata.json, beside it."""
    return out.with_name(f"{out.stem}.metadata.json")


def check(store: Store, out: str | os.PathLike, sample_path: str | None = None, *, force: bool = False) -> None:
    """What can be refused before any work: the outputs are files to write, never an input."""
    out = Path(out)
    inputs = [store.path, sample_path]
    check_output(out, inputs, force=force, example="public.sqlite")
    check_output(metadata_path(out), [*inputs, out], force=force)


def publish(store: Store, out: str | os.PathLike, *, sample_path: str | None = None, with_names: bool = False,
            with_photos: bool = False, force: bool = False) -> Published:
    from observer_app import report
    from observer_app.analysis.overview import build_overview
    from observer_app.csvio import read_sample
    from observer_app.storage.arrays import load_arrays

    out = Path(out)
    check(store, out, sample_path, force=force)
    sample_rows = read_sample(sample_path) if sample_path else None
    template, reports = report.build(store)
    overview = build_overview(load_arrays(store), sample_rows)
    sample = ({s.code: (s.stratum, float(s.weight)) for s in sample_rows} if sample_rows is not None else None)
    redaction = Redaction.of(store.db, with_names=with_names, with_photos=with_photos)
    stations = sorted(store.stations(), key=lambda s: s.code)
    loaded = {sid for (sid,) in store.db.execute("SELECT id FROM stations WHERE bundle_sha256 IS NULL")}
    places = {s.id: redaction.place(s, s.id in loaded) for s in stations}
    codes = {sid: (code, region) for sid, (code, region, _, _) in places.items()}
    tmp = temp_file(out, "part")
    meta_tmp = None
    try:
        db = sqlite_utils.Database(sqlite3.connect(tmp))
        # A temporary file renamed into place only once whole: no journal or sync needed to build it
        # (the rename is what makes it durable; fsync happens in VACUUM's final write below).
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        try:
            with db.conn:
                tables.write_stations(db, stations, places, sample)
                tables.write_results(db, template, reports, codes, redaction)
                tables.write_comparison(db, template, reports, set(overview.forensics.integer_peaks.stations), sample,
                                        codes)
                tables.write_obstructions(db, store, codes, redaction)
                tables.write_incidents(db, store, codes, redaction)
                tables.write_photos(db, store, codes, redaction)
                tables.write_analysis(db, overview)
                tables.write_columns(db, template)
            rows = {name: db[name].count for name in TABLES}
            columns = {name: list(db[name].columns_dict) for name in TABLES}
            db.conn.execute("VACUUM")  # no free page keeps a byte of a dropped temporary
        finally:
            db.conn.close()
        os.chmod(tmp, 0o644)
        meta = metadata(template, out.stem, sampled=sample is not None, columns=columns)
        # both files whole before either is renamed: a failure leaves an earlier pair as it was
        meta_tmp = temp_file(metadata_path(out), "part")
        with open(meta_tmp, "wb") as f:
            f.write(json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(meta_tmp, 0o644)
        rename_into_place(tmp, out, replace=True)
        rename_into_place(meta_tmp, metadata_path(out), replace=True)
    except sqlite3.Error as exc:
        if no_room(exc, out.parent):
            raise disk_full(out) from exc
        raise ObserverAppError("publish.failed", QT_TRANSLATE_NOOP(
            "Messages", "Nothing was published: {reason}."), reason=str(exc)) from exc
    except OSError as exc:
        raise cannot_write(out, exc) from exc
    finally:
        remove(tmp)
        remove(meta_tmp)
    return Published(out, metadata_path(out), rows, redaction.lines())


def place(done: Published, out: str | os.PathLike, *, force: bool = False) -> Published:
    """Copies a publication made elsewhere (the window prepares one in a private folder to show
    what it leaves out before anything is written) to `out` and its metadata beside it, each
    whole or not at all. `done` must have been made under out's file name (the metadata names
    the database by it)."""
    import shutil

    out = Path(out)
    meta = metadata_path(out)
    if done.path.name != out.name:
        raise ValueError(f"{done.path.name} was prepared for another file name than {out.name}")
    check_output(out, [done.path, done.metadata_path], force=force)
    check_output(meta, [done.path, done.metadata_path, out], force=force)
    for source, target in ((done.path, out), (done.metadata_path, meta)):
        tmp = temp_file(target, "part")
        try:
            shutil.copyfile(source, tmp)
            os.chmod(tmp, 0o644)
            rename_into_place(tmp, target, replace=True)
        except OSError as exc:
            if no_room(exc, target.parent):
                raise disk_full(target) from exc
            raise cannot_write(target, exc) from exc
        finally:
            remove(tmp)
    return Published(out, meta, done.rows, done.left_out)
