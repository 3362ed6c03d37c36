#!/usr/bin/env python3
"""Benchmark: the analysis of a national election (issue 13's speed targets).

Run from the repository root:
    .venv/bin/python bench/bench_analysis.py [--repeat N]

On the Russian 2021 official results (tests/data, 96,325 stations, as arrays built directly from
the CSV, as tests/unit/analysis/synthetic.russia does), timed in one process, median of N:
- forensics(): integer peaks with their exact binomial null, anomalous votes, last digits and
  the fingerprint (target: under 5 s);
- sample.draw() of 1,000 stations in the 86 regions, and pvt.tabulate() from them (target for the
  tabulation: under 0.5 s);
- baseline, in the same run: one vectorised numpy pass over the same arrays (turnout, leader share,
  which are integer percentages, and the 2-D histogram): what any per-station analysis costs at
  least; the ratio says what the nulls and the estimators add.
Loading a coordinator database into arrays (storage.arrays.load_arrays) is timed too, on a
database built once from the same files.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from observer_app.analysis.forensics import forensics  # noqa: E402
from observer_app.analysis.pvt import tabulate  # noqa: E402
from observer_app.analysis.sample import draw  # noqa: E402
from tests.unit.analysis.synthetic import russia  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


@np.errstate(divide="ignore", invalid="ignore")
def baseline(a) -> object:
    o = a.official
    turnout = o.issued / o.registered
    leader = o.votes[:, int(np.nanargmax(np.nansum(o.votes, axis=0)))] / (o.valid + o.invalid)
    integer = (np.abs(100 * turnout - np.round(100 * turnout)) <= 0.05) | (
        np.abs(100 * leader - np.round(100 * leader)) <= 0.05)
    keep = ~(np.isnan(turnout) | np.isnan(leader))
    grid, _, _ = np.histogram2d(turnout[keep], leader[keep], bins=100, range=[[0, 1], [0, 1]])
    return int(integer.sum()), grid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    t = time.perf_counter()
    a = russia()
    print(f"arrays from the CSV: {a.n:,} stations in {time.perf_counter() - t:.2f} s")
    base, _ = timed(lambda: baseline(a), args.repeat)
    full, result = timed(lambda: forensics(a), args.repeat)
    print(f"forensics: {full:.2f} s (target under 5 s); numpy baseline {base:.3f} s; ratio {full / base:.1f}x")
    print(f"  {result.stations_used:,} stations; integer peaks {result.integer_peaks.observed} against "
          f"{result.integer_peaks.null_mean:.1f} +- {result.integer_peaks.null_sd:.1f} (z {result.integer_peaks.z:.1f}); "
          f"anomalous votes {result.anomalous_votes.votes:,.0f}")
    sampled, sample = timed(lambda: draw(a.codes, a.regions, a.registered, 1000, seed=1), args.repeat)
    pvt, tab = timed(lambda: tabulate(a, list(sample.stations), "official"), args.repeat)
    print(f"sample.draw of 1,000: {sampled:.3f} s; pvt.tabulate: {pvt:.3f} s (target under 0.5 s); "
          f"turnout {tab.turnout.estimate:.4f} +- {tab.turnout.moe:.4f} (official {tab.turnout.official:.4f})")
    import importlib.util

    from observer_app.csvio import read_results, read_stations
    from observer_app.domain.template import load_template
    from observer_app.storage.arrays import load_arrays
    from observer_app.storage.store import Store

    spec = importlib.util.spec_from_file_location("ru2021_to_csv", ROOT / "scripts" / "ru2021_to_csv.py")
    converter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(converter)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        converter.convert(ROOT / "tests" / "data" / "ru-duma-2021-stations.csv.zip", folder)
        with Store.open(folder / "coord.sqlite", kind="coordinator") as store:
            store.load_election(load_template(ROOT / "resources" / "elections" / "ru-2021-duma.election.json"))
            store.upsert_stations(read_stations(folder / "stations.csv"))
            store.import_official(read_results(folder / "results.csv", store.template(),
                                               store.station_ids_by_code()), "results.csv")
            loading, loaded = timed(lambda: load_arrays(store), max(1, args.repeat // 2))
    print(f"storage.arrays.load_arrays of the coordinator database: {loading:.2f} s ({loaded.n:,} stations)")
    return 0 if full < 5 and pvt < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
