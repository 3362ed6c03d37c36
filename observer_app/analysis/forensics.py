"""Forensics of station-level results: the signals observers' statisticians publish for Russian
elections, each beside its null model.

Inclusion (written once, here; Kobak, Shpilkin & Pshenichnikov, "Integer percentages as
electoral falsification fingerprints", Annals of Applied Statistics 2016, and dkobak/elections):
stations with at least MIN_REGISTERED registered voters, valid + invalid > 0, every ballots-
issued line known, and turnout and the leader's share at most MAX_FRACTION. Turnout = all
ballots issued / registered; the leader is the contestant with the most votes in total, and
the leader's share = leader's votes / (valid + invalid).

- Integer peaks: a value is "integer" when |100 x - round(100 x)| <= INTEGER_TOLERANCE. The
  observed count is of stations whose turnout or leader share is integer. The null: each
  station's issued ballots ~ Binomial(registered, turnout) and leader's votes ~ Binomial(valid +
  invalid, leader share), independent; a station's chance of landing on an integer under the
  null is computed exactly (the binomial probabilities of the counts that give an integer
  percentage), summed for the null mean, with the Poisson-binomial variance. Kobak's Monte
  Carlo (1000 draws) gives the same within its own error (a test checks it).
- Anomalous votes (Shpilkin): stations in 1 % turnout bins; the clean turnout T0 is the bin
  with the most votes for the other contestants (their distribution is taken as undistorted;
  the mode of its 5-bin moving average, so that one bin of a few huge stations is not taken for it);
  k = leader's votes / others' votes in that bin; the excess is the sum over the bins above T0
  of (leader's votes - k * others' votes).
- Last digits: the last digits of every contestant's count of at least 10 votes, against the
  uniform, by a chi-square test with 9 degrees of freedom.
- The fingerprint: the 2-D histogram of turnout x leader share (1 % bins), weighted by voters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from observer_app.analysis.stats import binomial_pmf, chi2_sf
from observer_app.analysis.data import ElectionArrays, ProtocolArrays

MIN_REGISTERED = 100
MAX_FRACTION = 0.99
INTEGER_TOLERANCE = 0.05  # in percentage points
LAST_DIGIT_MIN = 10
SMOOTHING = 5  # bins of the moving average that finds the clean turnout T0
SIGMAS = 7.0  # the null's binomials are evaluated this many standard deviations around the mean
HISTOGRAM_BINS = 1000  # 0.1 % bins


@dataclass(frozen=True)
class IntegerPeaks:
    observed: int
    null_mean: float
    null_sd: float
    stations: tuple[str, ...]

    @property
    def excess(self) -> float:
        return self.observed - self.null_mean

    @property
    def z(self) -> float | None:
        return None if self.null_sd <= 0 else self.excess / self.null_sd


@dataclass(frozen=True)
class AnomalousVotes:
    clean_turnout: float | None  # T0, the lower edge of its 1 % bin (a fraction)
    ratio: float | None  # k
    votes: float | None
    stations: tuple[str, ...]  # the stations above T0 whose leader's votes exceed k * others' most


@dataclass(frozen=True)
class LastDigits:
    chi2: float | None
    p_value: float | None
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Forensics:
    source: str
    stations_used: int
    leader: str | None
    integer_peaks: IntegerPeaks
    anomalous_votes: AnomalousVotes
    last_digit: LastDigits
    fingerprint: np.ndarray  # 100 x 100: turnout bin (rows) x leader-share bin (columns), voters
    # Stations per 0.1 % bin of turnout and of the leader's share (0..100 %, 1000 bins): the
    # integer peaks show as spikes at whole percentages.
    turnout_histogram: np.ndarray = field(default_factory=lambda: np.zeros(HISTOGRAM_BINS, dtype=np.int64))
    share_histogram: np.ndarray = field(default_factory=lambda: np.zeros(HISTOGRAM_BINS, dtype=np.int64))

    def to_json(self) -> dict:
        peaks, anomalous, digits = self.integer_peaks, self.anomalous_votes, self.last_digit
        return {"source": self.source, "stations_used": self.stations_used, "leader": self.leader,
                "integer_peaks": {"observed": peaks.observed, "null_mean": peaks.null_mean,
                                  "null_sd": peaks.null_sd, "excess": peaks.excess, "z": peaks.z,
                                  "stations": list(peaks.stations)},
                "anomalous_votes": {"clean_turnout": anomalous.clean_turnout, "ratio": anomalous.ratio,
                                    "votes": anomalous.votes, "stations": list(anomalous.stations)},
                "last_digit": {"chi2": digits.chi2, "p_value": digits.p_value, "counts": list(digits.counts)}}


def _is_integer(fraction: np.ndarray) -> np.ndarray:
    percent = 100 * fraction
    return np.abs(percent - np.round(percent)) <= INTEGER_TOLERANCE + 1e-9


def _expand(low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges low[i]..high[i] (inclusive; empty when high < low): (which range, value) of
    every member, flattened."""
    width = np.maximum(high - low + 1, 0)
    which = np.repeat(np.arange(len(low)), width)
    value = low[which] + (np.arange(width.sum()) - np.repeat(np.cumsum(width) - width, width))
    return which, value


def integer_probability(n: np.ndarray, p: np.ndarray) -> np.ndarray:
    """For each station, P(100 X / n is within INTEGER_TOLERANCE of an integer) for X ~
    Binomial(n, p): the binomial probabilities of exactly the counts that give such a percentage,
    for the integer percentages within SIGMAS standard deviations of the mean."""
    n = np.asarray(n, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    sd = np.sqrt(n * p * (1 - p))
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where(n > 0, 100 * (SIGMAS * sd + 1) / n, 0)
    first = np.clip(np.floor(100 * p - spread), 0, 100).astype(np.int64)
    last = np.clip(np.ceil(100 * p + spread), 0, 100).astype(np.int64)
    station, percent = _expand(first, last)  # the integer percentages worth looking at
    nn = n[station]
    tolerance = INTEGER_TOLERANCE + 1e-9
    low = np.maximum(np.ceil(nn * (percent - tolerance) / 100), 0).astype(np.int64)
    high = np.minimum(np.floor(nn * (percent + tolerance) / 100), nn).astype(np.int64)
    window, count = _expand(low, high)  # the counts that give each of them
    station = station[window]
    probability = np.zeros(len(n))
    if len(count):
        np.add.at(probability, station, binomial_pmf(count, n[station], p[station]))
    return np.minimum(probability, 1.0)


def _leader(votes: np.ndarray, contestants: list[str]) -> int | None:
    totals = np.nansum(votes, axis=0)
    return int(np.argmax(totals)) if len(contestants) and totals.max() > 0 else None


def forensics(arrays: ElectionArrays, source: str = "official") -> Forensics:
    data: ProtocolArrays = arrays.official if source == "official" else arrays.observed
    registered = np.where(np.isnan(data.registered), arrays.registered, data.registered)
    cast = data.valid + data.invalid
    leader = _leader(np.where(np.isnan(data.votes), 0, data.votes), arrays.contestants)
    leader_votes = data.votes[:, leader] if leader is not None else np.full(arrays.n, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        turnout = data.issued / registered
        share = leader_votes / cast
    use = (data.present & (registered >= MIN_REGISTERED) & (cast > 0) & ~np.isnan(turnout)
           & ~np.isnan(share) & (turnout <= MAX_FRACTION) & (share <= MAX_FRACTION))
    codes = np.array(arrays.codes, dtype=object)
    t, s = turnout[use], share[use]
    integer = _is_integer(t) | _is_integer(s)
    p_turnout = integer_probability(registered[use], t)
    p_share = integer_probability(cast[use], s)
    p_either = 1 - (1 - p_turnout) * (1 - p_share)
    peaks = IntegerPeaks(int(integer.sum()), float(p_either.sum()),
                         float(np.sqrt((p_either * (1 - p_either)).sum())),
                         tuple(sorted(codes[use][integer])))
    anomalous = _anomalous(t, leader_votes[use], data.valid[use] - leader_votes[use], codes[use])
    return Forensics(source, int(use.sum()), arrays.contestants[leader] if leader is not None else None,
                     peaks, anomalous, _last_digits(data.votes), _fingerprint(t, s, cast[use]),
                     _histogram(t), _histogram(s))


def _histogram(fraction: np.ndarray) -> np.ndarray:
    """Stations per 0.1 % bin, the bins centred on the tenths (99.95 % and above in the last),
    so that a whole percentage is the middle of its own bin, not an edge."""
    bins = np.clip(np.round(fraction * HISTOGRAM_BINS).astype(np.int64), 0, HISTOGRAM_BINS - 1)
    return np.bincount(bins, minlength=HISTOGRAM_BINS)


def _anomalous(turnout: np.ndarray, leader: np.ndarray, others: np.ndarray, codes: np.ndarray) -> AnomalousVotes:
    if not len(turnout):
        return AnomalousVotes(None, None, None, ())
    bins = np.minimum((turnout * 100).astype(int), 99)
    leader_by_bin = np.bincount(bins, weights=leader, minlength=100)
    others_by_bin = np.bincount(bins, weights=others, minlength=100)
    # The mode of the others' votes, smoothed over 5 bins: one bin of a few huge stations (remote
    # e-voting "stations" of 100,000+ voters at 96 % turnout, Russia 2021) is not the clean peak.
    t0 = int(np.argmax(np.convolve(others_by_bin, np.ones(SMOOTHING) / SMOOTHING, mode="same")))
    if others_by_bin[t0] <= 0:
        return AnomalousVotes(None, None, None, ())
    k = leader_by_bin[t0] / others_by_bin[t0]
    above = np.arange(100) > t0
    excess = float((leader_by_bin[above] - k * others_by_bin[above]).sum())
    per_station = leader - k * others
    high = bins > t0
    order = np.argsort(-np.where(high, per_station, -np.inf), kind="stable")
    top = tuple(str(codes[i]) for i in order[:20] if high[i] and per_station[i] > 0)
    return AnomalousVotes(t0 / 100, float(k), excess, top)


def _last_digits(votes: np.ndarray) -> LastDigits:
    values = votes[~np.isnan(votes)]
    values = values[values >= LAST_DIGIT_MIN].astype(np.int64)
    counts = np.bincount(values % 10, minlength=10)
    total = counts.sum()
    if total == 0:
        return LastDigits(None, None, tuple(int(c) for c in counts))
    expected = total / 10
    chi2 = float(((counts - expected) ** 2 / expected).sum())
    return LastDigits(chi2, chi2_sf(chi2, 9), tuple(int(c) for c in counts))


def _fingerprint(turnout: np.ndarray, share: np.ndarray, voters: np.ndarray) -> np.ndarray:
    grid, _, _ = np.histogram2d(np.minimum(turnout, 0.9999), np.minimum(share, 0.9999), bins=100,
                                range=[[0, 1], [0, 1]], weights=voters)
    return grid


def monte_carlo_null(n: np.ndarray, p: np.ndarray, m: np.ndarray, q: np.ndarray, draws: int = 1000,
                     seed: int = 0) -> tuple[float, float]:
    """Kobak's null by simulation (mean and standard deviation of the number of stations whose
    simulated turnout or leader share is integer): for the tests that check the exact null."""
    rng = np.random.Generator(np.random.PCG64(seed))
    counts = np.empty(draws)
    for d in range(draws):
        t = rng.binomial(n.astype(np.int64), p) / n
        s = rng.binomial(m.astype(np.int64), q) / m
        counts[d] = (_is_integer(t) | _is_integer(s)).sum()
    return float(counts.mean()), float(counts.std(ddof=1))
