"""Everything the coordinator window and the signed report show of the analysis, computed once:
the paired comparison, the forensics of the official results, the PVT when a sample is given,
and per contestant the threshold verdicts and seats by each source side by side.

Each source speaks for what it covers, and the table says which: the official result for every
station; the observers' protocols for the paired stations only (a verdict there is not one for
the country); the PVT for the country, from its sample, with its margin of error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from observer_app.analysis.compare import Comparison, compare
from observer_app.analysis.data import ElectionArrays
from observer_app.analysis.forensics import Forensics, forensics
from observer_app.analysis.pvt import Tabulation, tabulate
from observer_app.analysis.sample import SampledStation
from observer_app.analysis.seats import hare

STEPS = ("compare", "forensics", "pvt")


@dataclass(frozen=True)
class ContestantRow:
    code: str
    official: float | None  # the official share of valid votes over every station
    official_verdict: str | None  # passes | fails (None: unknown)
    observed: float | None  # the observers' share at the paired stations, and its interval
    observed_low: float | None
    observed_high: float | None
    observed_verdict: str  # passes | fails | undecided
    pvt: float | None  # the PVT's estimate, and its interval (None: no PVT)
    pvt_low: float | None
    pvt_high: float | None
    pvt_verdict: str | None  # passes | fails | undecided (None: no PVT)
    seats_official: int | None
    seats_pvt: int | None
    seats_low: int | None
    seats_high: int | None


@dataclass(frozen=True)
class Overview:
    comparison: Comparison
    forensics: Forensics
    tabulation: Tabulation | None  # None: no sample given
    contestants: tuple[ContestantRow, ...]
    threshold: float  # a fraction
    seats: int | None  # seats the election fills by the party list (None: not given)
    confidence: float


def _official_shares(arrays: ElectionArrays) -> list[float | None]:
    """Each contestant's official share of valid votes over the stations whose official
    protocol knows the valid line and every contestant (the same stations for every share)."""
    off = arrays.official
    complete = off.present & ~np.isnan(off.valid) & ~np.isnan(off.votes).any(axis=1)
    valid = float(off.valid[complete].sum()) if complete.any() else 0.0
    if valid <= 0:
        return [None] * len(arrays.contestants)
    return [float(off.votes[complete, j].sum()) / valid for j in range(len(arrays.contestants))]


def build_overview(arrays: ElectionArrays, sample: list[SampledStation] | None = None, *,
                   source: str = "observers", confidence: float = 0.95,
                   step: Callable[[str], None] | None = None) -> Overview:
    """The analysis of `arrays` (and of the PVT `sample`, when given, from `source`).

    step(name) is called before each stage (one of STEPS, "pvt" only with a sample): a caller
    may show progress there, or raise to stop."""
    step = step or (lambda _name: None)
    step("compare")
    comparison = compare(arrays, confidence)
    step("forensics")
    found = forensics(arrays, "official")
    tabulation = None
    if sample is not None:
        step("pvt")
        tabulation = tabulate(arrays, sample, source, confidence)
    threshold = float(arrays.template.threshold_percent or 0) / 100
    seat_count = arrays.template.seats
    official = _official_shares(arrays)
    official_seats = hare(official, seat_count, threshold) if seat_count else None
    rows = []
    for j, code in enumerate(arrays.contestants):
        paired = comparison.shares[code]
        estimate = tabulation.shares[code] if tabulation is not None else None
        seats = tabulation.seats[code] if tabulation is not None else {}
        rows.append(ContestantRow(
            code, official[j],
            None if official[j] is None else "passes" if official[j] >= threshold else "fails",
            paired.observed, paired.observed_low, paired.observed_high, comparison.verdict(code),
            None if estimate is None else estimate.estimate,
            None if estimate is None else estimate.low,
            None if estimate is None else estimate.high,
            None if tabulation is None else tabulation.thresholds[code],
            official_seats[j] if official_seats else None,
            seats.get("estimate"), seats.get("low"), seats.get("high")))
    return Overview(comparison, found, tabulation, tuple(rows), threshold, seat_count, confidence)
