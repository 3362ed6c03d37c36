"""The parallel vote tabulation: estimates from the sampled stations that reported.

The estimator (a stratified ratio estimator under cluster sampling, stations the clusters):
for a figure y / x (turnout: all ballots issued / voters on the list; the invalid share:
invalid / (valid + invalid); a contestant's share: its votes / valid votes),

    R = sum_h N_h mean_h(y) / sum_h N_h mean_h(x)

over the strata h (N_h stations in the stratum, m_h of its sampled stations reported), with the
linearised variance

    V(R) = sum_h N_h^2 (1 - m_h / N_h) s_h^2(u) / m_h / X^2,   u = y - R x,   X = sum_h N_h mean_h(x)

(the finite-population correction 1 - m_h / N_h makes a take-all stratum's contribution 0), and
the margin of error z * sqrt(V). A stratum with no report leaves the figure unknown; the verdicts
(threshold, official inside the interval) wait until every stratum has reported at least
MIN_REPORTED stations and MIN_RATE of its sample. NDI's PVT handbook and Apollo's
result_analysis describe the unstratified case; this is its stratified form (Cochran, Sampling
Techniques, 6.11 and 6.13). An estimate never travels without its margin of error and the
reporting rate that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from observer_app.analysis.sample import SampledStation
from observer_app.analysis.seats import seat_ranges, threshold_verdict
from observer_app.analysis.stats import z_value
from observer_app.analysis.data import ElectionArrays, ProtocolArrays

MIN_REPORTED = 2
MIN_RATE = 0.8


@dataclass(frozen=True)
class Estimate:
    estimate: float | None
    moe: float | None
    official: float | None  # the official figure over every station of the list

    @property
    def low(self) -> float | None:
        return None if self.estimate is None or self.moe is None else self.estimate - self.moe

    @property
    def high(self) -> float | None:
        return None if self.estimate is None or self.moe is None else self.estimate + self.moe

    @property
    def official_inside(self) -> bool | None:
        if self.official is None or self.low is None:
            return None
        return self.low <= self.official <= self.high

    def to_json(self) -> dict:
        return {"estimate": self.estimate, "moe": self.moe, "official": self.official,
                "low": self.low, "high": self.high, "official_inside": self.official_inside}


@dataclass(frozen=True)
class Stratum:
    name: str
    stations: int  # N_h, in the station list
    sampled: int  # n_h
    reported: int  # m_h (with a protocol of the source that knows turnout's lines)

    @property
    def rate(self) -> float:
        return self.reported / self.sampled if self.sampled else 0.0

    @property
    def enough(self) -> bool:
        complete = self.reported == self.sampled
        return complete or (self.reported >= MIN_REPORTED and self.rate >= MIN_RATE)


@dataclass(frozen=True)
class Tabulation:
    source: str  # "observers" | "official"
    confidence: float
    strata: tuple[Stratum, ...]
    unknown_codes: tuple[str, ...]  # sampled stations not in the database's station list
    turnout: Estimate
    invalid: Estimate
    shares: dict[str, Estimate]
    thresholds: dict[str, str]  # code -> passes | fails | undecided
    official_thresholds: dict[str, str | None]
    seats: dict[str, dict[str, int | None]]
    threshold: float

    @property
    def ready(self) -> bool:
        """Whether every stratum reported enough for a verdict."""
        return all(s.enough for s in self.strata)

    def to_json(self) -> dict:
        return {
            "source": self.source, "confidence": self.confidence, "ready": self.ready,
            "sample": {"size": sum(s.sampled for s in self.strata),
                       "reported": sum(s.reported for s in self.strata),
                       "strata": {s.name: {"stations": s.stations, "sampled": s.sampled,
                                           "reported": s.reported, "enough": s.enough}
                                  for s in self.strata},
                       "unknown": list(self.unknown_codes)},
            "turnout": self.turnout.to_json(), "invalid": self.invalid.to_json(),
            "shares": {code: e.to_json() | {"threshold": self.thresholds[code],
                                            "official_threshold": self.official_thresholds[code]}
                       for code, e in self.shares.items()},
            "seats": self.seats,
        }


def stratified_ratio(y: np.ndarray, x: np.ndarray, stratum: np.ndarray, population: dict[int, int],
                     confidence: float) -> tuple[float | None, float | None]:
    """(R, margin of error) over the stations where y and x are known (see the module);
    stratum: each station's stratum number; population: N_h per stratum number."""
    known = ~(np.isnan(y) | np.isnan(x))
    y_total = x_total = 0.0
    parts = []
    for h, n_pop in population.items():
        member = known & (stratum == h)
        m = int(member.sum())
        if m == 0:
            return None, None
        yh, xh = y[member], x[member]
        y_total += n_pop * yh.mean()
        x_total += n_pop * xh.mean()
        parts.append((n_pop, m, yh, xh))
    if x_total <= 0:
        return None, None
    r = y_total / x_total
    variance = 0.0
    for n_pop, m, yh, xh in parts:
        if m >= n_pop:
            continue  # the whole stratum: no sampling error
        if m < 2:
            return float(r), None
        u = yh - r * xh
        variance += n_pop ** 2 * (1 - m / n_pop) * u.var(ddof=1) / m
    return float(r), float(z_value(confidence) * np.sqrt(variance) / x_total)


def _ratio(y: np.ndarray, x: np.ndarray) -> float | None:
    keep = ~(np.isnan(y) | np.isnan(x))
    return float(y[keep].sum() / x[keep].sum()) if keep.any() and x[keep].sum() > 0 else None


def _without(data: ProtocolArrays, mask: np.ndarray) -> ProtocolArrays:
    """`data` with the stations of `mask` unknown."""
    import dataclasses

    blank = lambda a: np.where(mask, np.nan, a)  # noqa: E731
    return dataclasses.replace(data, registered=blank(data.registered), issued=blank(data.issued),
                               issued_in_premises=blank(data.issued_in_premises), valid=blank(data.valid),
                               invalid=blank(data.invalid), votes=np.where(mask[:, None], np.nan, data.votes),
                               present=data.present & ~mask)


def tabulate(arrays: ElectionArrays, sample: list[SampledStation], source: str = "observers",
             confidence: float = 0.95) -> Tabulation:
    """The PVT from the sampled stations' protocols of `source` (observers: the consolidated
    record; official: the official results of the same stations)."""
    if source not in ("observers", "official"):
        raise ValueError(source)
    index = {code: i for i, code in enumerate(arrays.codes)}
    names = sorted({s.stratum for s in sample})
    number = {name: h for h, name in enumerate(names)}
    rows, strata_of, unknown = [], [], []
    sampled_in: dict[int, int] = {h: 0 for h in number.values()}
    weights: dict[int, list[float]] = {h: [] for h in number.values()}
    for s in sample:
        h = number[s.stratum]
        sampled_in[h] += 1
        weights[h].append(s.weight)
        if s.code in index:
            rows.append(index[s.code])
            strata_of.append(h)
        else:
            unknown.append(s.code)
    population = {h: max(sampled_in[h], int(round(np.median(weights[h]) * sampled_in[h])))
                  for h in number.values()}
    rows_a = np.array(rows, dtype=int)
    stratum = np.array(strata_of, dtype=int)
    # A station where observers were removed or not shown the protocol has no observers'
    # protocol the PVT can stand on (it may be hearsay, as the comparison holds): it counts as
    # sampled and not reported, so its stratum's reporting rate says so.
    data: ProtocolArrays = (_without(arrays.observed, arrays.removed | arrays.not_shown) if source == "observers"
                            else arrays.official)
    take = lambda a: a[rows_a] if len(rows_a) else np.array([])  # noqa: E731
    registered = np.where(np.isnan(data.registered), arrays.registered, data.registered)
    turnout_known = ~(np.isnan(take(data.issued)) | np.isnan(take(registered)))
    strata = tuple(Stratum(name, population[number[name]], sampled_in[number[name]],
                           int((turnout_known & (stratum == number[name])).sum())) for name in names)

    def estimate(y, x, official) -> Estimate:
        r, moe = stratified_ratio(take(y), take(x), stratum, population, confidence)
        return Estimate(r, moe, official)

    off = arrays.official
    off_registered = np.where(np.isnan(off.registered), arrays.registered, off.registered)
    turnout = estimate(data.issued, registered, _ratio(off.issued, off_registered))
    invalid = estimate(data.invalid, data.valid + data.invalid, _ratio(off.invalid, off.valid + off.invalid))
    # One set of stations for every share: those whose protocol knows valid and every contestant.
    complete = ~np.isnan(data.valid) & ~np.isnan(data.votes).any(axis=1)
    off_complete = ~np.isnan(off.valid) & ~np.isnan(off.votes).any(axis=1)
    shares: dict[str, Estimate] = {}
    for j, code in enumerate(arrays.contestants):
        shares[code] = estimate(np.where(complete, data.votes[:, j], np.nan), np.where(complete, data.valid, np.nan),
                                _ratio(np.where(off_complete, off.votes[:, j], np.nan),
                                       np.where(off_complete, off.valid, np.nan)))
    threshold = float(arrays.template.threshold_percent or 0) / 100
    ready = all(s.enough for s in strata)
    thresholds = {code: threshold_verdict(e.low, e.high, threshold) if ready else "undecided"
                  for code, e in shares.items()}
    official_thresholds = {code: (None if e.official is None else
                                  "passes" if e.official >= threshold else "fails")
                           for code, e in shares.items()}
    seat_count = int(arrays.template.seats or 0)
    codes = list(shares)
    point, low, high = seat_ranges([shares[c].estimate for c in codes], [shares[c].low for c in codes],
                                   [shares[c].high for c in codes], seat_count, threshold)
    from observer_app.analysis.seats import hare

    official_seats = hare([shares[c].official for c in codes], seat_count, threshold)
    seats = {c: {"official": official_seats[i] if official_seats else None,
                 "estimate": point[i] if point else None,
                 "low": low[i] if low and ready else None,
                 "high": high[i] if high and ready else None} for i, c in enumerate(codes)}
    return Tabulation(source, confidence, strata, tuple(unknown), turnout, invalid, shares,
                      thresholds, official_thresholds, seats, threshold)
