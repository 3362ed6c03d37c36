"""The paired comparison: official against observed protocols at the same stations.

Inclusion (written once, here): a station counts for a figure when it has both an official
protocol and the observers' consolidated one, both know every line the figure needs, and no
observer there was removed, not admitted, or not shown the protocol (those stations are counted
and listed apart, never mixed in: their observed protocol may be hearsay). Each figure is a
ratio of sums over those stations (turnout = all ballots issued / voters on the list; the
invalid share = invalid / (valid + invalid) ballots; a contestant's share = its votes / valid
votes), official and observed alike; the difference official - observed comes with a confidence
interval from the station-level paired differences (the ratio estimator's linearisation,
stations as independent units).

The head-count is compared with the official issued line (in the premises where the protocol has
one) as two turnouts over the same registered voters, at the stations whose head-count covers the
whole voting day (observer_app.storage.arrays.FULL_DAY) only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from observer_app.analysis.seats import threshold_verdict
from observer_app.analysis.stats import t_value
from observer_app.analysis.data import ElectionArrays


@dataclass(frozen=True)
class Paired:
    """official and observed over the same stations, their difference and its interval."""

    stations: int
    official: float | None
    observed: float | None
    difference: float | None
    low: float | None
    high: float | None
    # The observed figure's own interval over these stations (what the observers' protocols say
    # of them, for a threshold verdict at these stations; not an estimate for the country).
    observed_low: float | None = None
    observed_high: float | None = None

    def to_json(self) -> dict:
        return {"stations": self.stations, "official": self.official, "observed": self.observed,
                "difference": self.difference, "low": self.low, "high": self.high,
                "observed_low": self.observed_low, "observed_high": self.observed_high}


@dataclass(frozen=True)
class Comparison:
    stations: int  # stations with both protocols, none excluded
    confidence: float
    turnout: Paired
    invalid: Paired
    shares: dict[str, Paired]
    headcount: Paired
    excluded_removed: list[str]
    excluded_not_shown: list[str]

    threshold: float = 0.0  # the election's threshold, as a fraction

    def verdict(self, code: str) -> str:
        """Whether the contestant passes the threshold by the observers' protocols at these
        stations: 'passes' or 'fails' when its whole interval is on one side, else 'undecided'."""
        p = self.shares[code]
        return threshold_verdict(p.observed_low, p.observed_high, self.threshold)

    def to_json(self) -> dict:
        return {"stations": self.stations, "confidence": self.confidence,
                "turnout": self.turnout.to_json(), "invalid": self.invalid.to_json(),
                "shares": {code: p.to_json() | {"threshold": self.verdict(code)}
                           for code, p in self.shares.items()},
                "headcount": self.headcount.to_json(),
                "excluded": {"removed": len(self.excluded_removed), "not_shown": len(self.excluded_not_shown),
                             "removed_stations": self.excluded_removed,
                             "not_shown_stations": self.excluded_not_shown}}


def paired_ratio_difference(y1: np.ndarray, x1: np.ndarray, y2: np.ndarray, x2: np.ndarray,
                            confidence: float = 0.95) -> Paired:
    """R1 - R2 for ratios of sums over the same stations (R = sum y / sum x), with the interval
    from the linearised paired differences: u_i = (y1_i - R1 x1_i) / mean(x1) - (y2_i - R2 x2_i)
    / mean(x2), Var(R1 - R2) = var(u) / n. Stations where any of the four is unknown are left out."""
    keep = ~(np.isnan(y1) | np.isnan(x1) | np.isnan(y2) | np.isnan(x2))
    y1, x1, y2, x2 = y1[keep], x1[keep], y2[keep], x2[keep]
    n = int(keep.sum())
    if n == 0 or x1.sum() <= 0 or x2.sum() <= 0:
        return Paired(n, None, None, None, None, None)
    r1, r2 = y1.sum() / x1.sum(), y2.sum() / x2.sum()
    difference = r1 - r2
    if n < 2:
        return Paired(n, float(r1), float(r2), float(difference), None, None)
    # Student's t with n - 1 degrees of freedom: with a handful of paired stations the normal
    # quantile would give intervals that cover the truth far less often than they say
    z = t_value(confidence, n - 1)
    u = (y1 - r1 * x1) / x1.mean() - (y2 - r2 * x2) / x2.mean()
    half = z * float(np.sqrt(u.var(ddof=1) / n))
    own = z * float(np.sqrt(((y2 - r2 * x2) / x2.mean()).var(ddof=1) / n))
    # A difference of two fractions lies in [-1, 1], a fraction in [0, 1]: with few stations t's
    # interval may run past them, and what lies beyond is not possible, so it is not shown.
    return Paired(n, float(r1), float(r2), float(difference), max(-1.0, float(difference - half)),
                  min(1.0, float(difference + half)), max(0.0, float(r2 - own)), min(1.0, float(r2 + own)))


def compare(arrays: ElectionArrays, confidence: float = 0.95) -> Comparison:
    off, obs = arrays.official, arrays.observed
    both = off.present & obs.present
    excluded = both & (arrays.removed | arrays.not_shown)
    use = both & ~excluded
    codes = np.array(arrays.codes, dtype=object)

    def pair(y1, x1, y2, x2) -> Paired:
        nan = np.full(arrays.n, np.nan)
        pick = lambda a: np.where(use, a, nan)  # noqa: E731
        return paired_ratio_difference(pick(y1), pick(x1), pick(y2), pick(x2), confidence)

    turnout = pair(off.issued, off.registered, obs.issued, obs.registered)
    invalid = pair(off.invalid, off.valid + off.invalid, obs.invalid, obs.valid + obs.invalid)
    # One set of stations for every share: those that know the valid line and every contestant
    # on both sides, so the shares are comparable and add up.
    known = use & ~np.isnan(off.valid) & ~np.isnan(obs.valid) & ~np.isnan(off.votes).any(axis=1) \
        & ~np.isnan(obs.votes).any(axis=1)
    shares = {}
    for j, code in enumerate(arrays.contestants):
        nan = np.full(arrays.n, np.nan)
        pick = lambda a: np.where(known, a, nan)  # noqa: E731
        shares[code] = paired_ratio_difference(pick(off.votes[:, j]), pick(off.valid),
                                               pick(obs.votes[:, j]), pick(obs.valid), confidence)
    # The head-count: official issued line against the full-day count, over the same voters.
    full_day = off.present & ~np.isnan(arrays.headcount)
    registered = np.where(np.isnan(off.registered), arrays.registered, off.registered)
    nan = np.full(arrays.n, np.nan)
    headcount = paired_ratio_difference(np.where(full_day, off.issued_in_premises, nan),
                                        np.where(full_day, registered, nan),
                                        np.where(full_day, arrays.headcount, nan),
                                        np.where(full_day, registered, nan), confidence)
    return Comparison(int(use.sum()), confidence, turnout, invalid, shares, headcount,
                      sorted(codes[both & arrays.removed]), sorted(codes[both & arrays.not_shown & ~arrays.removed]),
                      float(arrays.template.threshold_percent or 0) / 100)
