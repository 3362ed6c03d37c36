#!/usr/bin/env python3
"""Benchmark: importing Russia's 2021 national station list and protocols (96,325 stations).

Run from the repository root:  .venv/bin/python bench/bench_import.py [--repeat N]

1. Converts tests/data/ru-duma-2021-stations.csv.zip with scripts/ru2021_to_csv.py into a
   temporary folder (stations.csv, results.csv).
2. Baseline: reads the same CSV files with the csv module and inserts the rows with plain
   sqlite3 executemany into two plain tables, one transaction per file; no validation, no audit,
   no indexes. Same pragmas as the app (WAL, synchronous=FULL), so the difference is the app's
   own work, not durability settings.
3. The app: observer_app's services in-process, as the CLI calls them: Store.open,
   load_election(ru template), then read_stations + upsert_stations and read_results +
   import_protocols, each timed on its own.

Each measurement runs --repeat times on a fresh database; the median is reported (min in
brackets). Peak RSS is the process's high-water mark (resource.getrusage) after each phase.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import platform
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from observer_app.csvio import read_results, read_stations  # noqa: E402
from observer_app.domain.template import load_template  # noqa: E402
from observer_app.storage.store import Store  # noqa: E402

ZIP = ROOT / "tests" / "data" / "ru-duma-2021-stations.csv.zip"
RU_FILE = ROOT / "resources" / "elections" / "ru-2021-duma.election.json"


def converter():
    spec = importlib.util.spec_from_file_location("ru2021_to_csv", ROOT / "scripts" / "ru2021_to_csv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peak_rss_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux (bytes on macOS)
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def baseline_once(db_path: Path, stations_csv: Path, results_csv: Path) -> tuple[float, float, int]:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    try:
        t0 = time.perf_counter()
        header, rows = read_csv(stations_csv)
        conn.execute(f"CREATE TABLE stations ({', '.join(header)})")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO stations VALUES ({', '.join('?' * len(header))})", rows)
        conn.execute("COMMIT")
        t1 = time.perf_counter()
        header, rows = read_csv(results_csv)
        conn.execute(f"CREATE TABLE results ({', '.join(header)})")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO results VALUES ({', '.join('?' * len(header))})", rows)
        conn.execute("COMMIT")
        t2 = time.perf_counter()
        n = conn.execute("SELECT count(*) FROM results").fetchone()[0]
    finally:
        conn.close()
    return t1 - t0, t2 - t1, n


def app_once(db_path: Path, template, stations_csv: Path, results_csv: Path) -> tuple[float, float, float, int]:
    t0 = time.perf_counter()
    with Store.open(db_path) as store:
        store.load_election(template)
        t1 = time.perf_counter()
        specs = read_stations(stations_csv)
        store.upsert_stations(specs)
        t2 = time.perf_counter()
        rows = read_results(results_csv, store.template(), store.station_ids_by_code())
        added, _, _ = store.import_protocols(rows)
        t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, added


def summary(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--zip", type=Path, default=ZIP, help="source zip (default: the committed one)")
    args = parser.parse_args(argv)

    print(f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} CPUs, {platform.platform()}")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        tmp_path = Path(tmp)
        t = time.perf_counter()
        n = converter().convert(args.zip, tmp_path)
        print(f"converted {n} stations in {time.perf_counter() - t:.2f} s; "
              f"peak RSS {peak_rss_mib():.0f} MiB")
        stations_csv, results_csv = tmp_path / "stations.csv", tmp_path / "results.csv"

        base_st, base_pr = [], []
        for i in range(args.repeat):
            s, p, count = baseline_once(tmp_path / f"baseline-{i}.sqlite", stations_csv, results_csv)
            assert count == n, count
            base_st.append(s)
            base_pr.append(p)
        print(f"baseline done; peak RSS {peak_rss_mib():.0f} MiB")

        template = load_template(RU_FILE)
        app_load, app_st, app_pr = [], [], []
        for i in range(args.repeat):
            lo, s, p, added = app_once(tmp_path / f"app-{i}.sqlite", template, stations_csv, results_csv)
            assert added == n, added
            app_load.append(lo)
            app_st.append(s)
            app_pr.append(p)
        print(f"app done; peak RSS {peak_rss_mib():.0f} MiB")
        app_size = (tmp_path / "app-0.sqlite").stat().st_size
        base_size = (tmp_path / "baseline-0.sqlite").stat().st_size

    print()
    print(f"{n} stations, median of {args.repeat} runs (min in brackets)")
    print(f"{'phase':<24}{'baseline s':>16}{'app s':>16}{'baseline st/s':>15}{'app st/s':>12}{'app/base':>10}")
    for name, base, app in (("stations", base_st, app_st), ("protocols", base_pr, app_pr),
                            ("both", [a + b for a, b in zip(base_st, base_pr)],
                             [a + b for a, b in zip(app_st, app_pr)])):
        (bm, bmin), (am, amin) = summary(base), summary(app)
        print(f"{name:<24}{f'{bm:.2f} ({bmin:.2f})':>16}{f'{am:.2f} ({amin:.2f})':>16}"
              f"{n / bm:>15,.0f}{n / am:>12,.0f}{am / bm:>9.1f}x")
    lm, lmin = summary(app_load)
    print(f"app: open + load_election {lm:.3f} s ({lmin:.3f})")
    print(f"database size: baseline {base_size / 2**20:.0f} MiB, app {app_size / 2**20:.0f} MiB")
    print(f"peak RSS {peak_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
