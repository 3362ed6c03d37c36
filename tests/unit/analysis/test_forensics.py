"""Forensics (issue 13): each signal finds what was planted, and stays quiet where nothing was."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from observer_app.analysis.forensics import forensics, integer_probability, monte_carlo_null
from tests.unit.analysis.synthetic import arrays, election, protocol, russia


def honest(n=6000, seed=2):
    return election(n=n, seed=seed, regions=10)


def test_an_honest_election_has_no_integer_excess_and_the_exact_null_agrees_with_kobaks_monte_carlo():
    a = honest()
    result = forensics(a)
    assert abs(result.integer_peaks.z) < 3.5
    # Kobak's null by simulation: 1000 draws of the same binomials.
    o = a.official
    cast = o.valid + o.invalid
    t = o.issued / o.registered
    s = o.votes[:, 0] / cast
    keep = (o.registered >= 100) & (t <= 0.99) & (s <= 0.99)
    mean, sd = monte_carlo_null(o.registered[keep], t[keep], cast[keep], s[keep], draws=1000, seed=3)
    assert result.integer_peaks.null_mean == pytest.approx(mean, abs=4 * sd / np.sqrt(1000) + 0.5)
    assert result.integer_peaks.null_sd == pytest.approx(sd, rel=0.1)


def test_planted_integer_turnouts_are_found_as_excess_with_their_stations():
    """300 stations with exactly 70 % turnout (registered a multiple of 100): each adds one to the
    observed count unless it was integer already; the null hardly moves."""
    a = honest()
    o = a.official
    planted = np.arange(0, 300)
    registered = o.registered.copy()
    registered[planted] = np.round(registered[planted] / 100) * 100
    issued = o.issued.copy()
    issued[planted] = registered[planted] * 0.7
    before = forensics(dataclasses.replace(a, registered=registered, official=dataclasses.replace(
        o, registered=registered)))
    already = len(set(a.codes[i] for i in planted) & set(before.integer_peaks.stations))
    result = forensics(dataclasses.replace(a, registered=registered, official=dataclasses.replace(
        o, registered=registered, issued=issued)))
    assert result.integer_peaks.observed - before.integer_peaks.observed == 300 - already
    assert abs(result.integer_peaks.null_mean - before.integer_peaks.null_mean) < 15
    assert result.integer_peaks.z > 6  # 270 or so above a null of about 1,150 +- 30
    assert {a.codes[i] for i in planted} <= set(result.integer_peaks.stations)


def test_integer_probability_is_the_exact_binomial_sum():
    n, p = np.array([200.0]), np.array([0.5])
    # counts 100 (50 %), 98 (49 %), 102 (51 %), ...: every even count is an integer percentage
    from observer_app.analysis.stats import binomial_pmf

    k = np.arange(0, 201, 2)
    expected = binomial_pmf(k, np.full(len(k), 200.0), np.full(len(k), 0.5)).sum()
    assert integer_probability(n, p)[0] == pytest.approx(expected, rel=1e-9)


def test_stuffed_ballots_for_the_leader_are_estimated_as_anomalous_votes():
    """A clean election (turnout about 45 %, the leader's share not depending on it); at 400
    stations 300 ballots for the leader are added (issued and valid rise with them): Shpilkin's
    estimate of the anomalous votes is about 400 x 300, and the clean one about 0."""
    rng = np.random.Generator(np.random.PCG64(8))
    n = 8000
    registered = rng.integers(800, 2500, n).astype(float)
    issued = rng.binomial(registered.astype(int), np.clip(rng.normal(0.45, 0.05, n), 0.1, 0.9)).astype(float)
    invalid = np.round(issued * 0.02)
    valid = issued - invalid
    leader = rng.binomial(valid.astype(int), 0.4).astype(float)
    rest = valid - leader
    votes = np.column_stack([leader, np.round(rest * 0.5), rest - np.round(rest * 0.5),
                             np.zeros(n), np.zeros(n)])
    clean = forensics(arrays(protocol(registered, issued, valid, invalid, votes)))
    add = np.zeros(n)
    stuffed = rng.choice(n, 400, replace=False)
    add[stuffed] = 300
    votes2 = votes.copy()
    votes2[:, 0] += add
    dirty = forensics(arrays(protocol(registered, issued + add, valid + add, invalid, votes2)))
    assert dirty.leader == "nur_otan"
    assert abs(clean.anomalous_votes.votes) < 0.1 * 400 * 300
    assert dirty.anomalous_votes.votes == pytest.approx(400 * 300, rel=0.2)
    assert dirty.anomalous_votes.clean_turnout == pytest.approx(0.45, abs=0.03)
    codes = [f"S{i:05d}" for i in range(n)]
    assert set(dirty.anomalous_votes.stations) <= {codes[i] for i in stuffed}


def test_last_digits_uniform_or_not():
    rng = np.random.Generator(np.random.PCG64(0))
    n = 4000
    registered = np.full(n, 2000.0)
    votes = rng.integers(10, 900, (n, 5)).astype(float)
    valid = votes.sum(axis=1)
    uniform = arrays(protocol(registered, valid + 10, valid, np.full(n, 10.0), votes))
    result = forensics(uniform)
    assert result.last_digit.p_value > 0.001
    assert sum(result.last_digit.counts) == 5 * n
    rounded = np.round(votes / 10) * 10  # every count ends in 0
    cooked = arrays(protocol(registered, rounded.sum(axis=1) + 10, rounded.sum(axis=1), np.full(n, 10.0), rounded))
    assert forensics(cooked).last_digit.p_value < 1e-12


def test_unknown_results_give_unknown_signals():
    nan = np.full(3, np.nan)
    a = arrays(protocol(nan, nan, nan, nan, np.full((3, 5), np.nan), present=np.zeros(3, bool)))
    result = forensics(a).to_json()
    assert result["stations_used"] == 0
    assert result["anomalous_votes"] == {"clean_turnout": None, "ratio": None, "votes": None, "stations": []}
    assert result["last_digit"]["chi2"] is None


@pytest.mark.slow
def test_the_russian_2021_official_results_show_the_published_signals():
    """Kobak et al. and Shpilkin: integer-percentage excess far beyond chance, and about 14
    million anomalous votes for United Russia."""
    result = forensics(russia())
    assert result.leader == "united_russia"
    assert result.stations_used > 90_000
    assert result.integer_peaks.z > 8
    assert 12e6 < result.anomalous_votes.votes < 16e6
    assert 0.35 <= result.anomalous_votes.clean_turnout <= 0.42
