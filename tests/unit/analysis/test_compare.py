"""The paired comparison (issue 13): like with like, intervals that cover, exclusions apart."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from observer_app.analysis.compare import compare, paired_ratio_difference
from tests.unit.analysis.synthetic import arrays, election, protocol


def test_official_inflated_turnout_is_measured_with_an_interval_that_covers_it():
    """Official protocols add between 0 and 20 % of registered voters to the issued ballots,
    station by station; observers cover 300 random stations of 20,000. The difference over the
    pairs estimates the country's inflation, and its 95 % interval covers it about 95 % of the
    time (stations as independent units)."""
    population = election(n=20_000, seed=9)
    rng = np.random.Generator(np.random.PCG64(1))
    true = population.official
    extra = np.round(rng.uniform(0, 0.2, population.n) * true.registered)
    truth = extra.sum() / true.registered.sum()
    inflated = dataclasses.replace(true, issued=true.issued + extra)
    covered = 0
    for _ in range(300):
        pick = np.zeros(population.n, bool)
        pick[rng.choice(population.n, 300, replace=False)] = True
        observed = dataclasses.replace(true, present=pick)
        result = compare(dataclasses.replace(population, official=inflated, observed=observed))
        assert result.turnout.stations == 300
        covered += result.turnout.low <= truth <= result.turnout.high
    assert 0.92 <= covered / 300 <= 0.98, covered / 300


def test_a_measure_is_unknown_without_both_protocols_and_never_zero():
    base = election(n=50)
    nan = np.full(50, np.nan)
    observed = dataclasses.replace(base.official, issued=nan, present=np.zeros(50, bool))
    result = compare(dataclasses.replace(base, observed=observed))
    assert (result.stations, result.turnout.official, result.turnout.difference) == (0, None, None)
    assert result.to_json()["turnout"]["difference"] is None


def test_stations_where_observers_were_removed_or_not_shown_are_left_out_and_listed():
    base = election(n=40)
    removed = np.zeros(40, bool)
    removed[[3, 5]] = True
    not_shown = np.zeros(40, bool)
    not_shown[[5, 7]] = True
    inflated = dataclasses.replace(base.official, issued=base.official.issued * 3)
    official = dataclasses.replace(base.official, issued=np.where(removed | not_shown, inflated.issued,
                                                                  base.official.issued))
    result = compare(dataclasses.replace(base, official=official, observed=base.official,
                                         removed=removed, not_shown=not_shown))
    assert result.stations == 37
    assert result.turnout.difference == pytest.approx(0, abs=1e-12)  # the inflated ones are not in
    assert (result.excluded_removed, result.excluded_not_shown) == (["S00003", "S00005"], ["S00007"])
    assert result.to_json()["excluded"] | {} == {"removed": 2, "not_shown": 1,
                                                  "removed_stations": ["S00003", "S00005"],
                                                  "not_shown_stations": ["S00007"]}


def test_the_head_count_counts_only_where_it_covers_the_whole_day():
    registered = np.array([1000.0, 1000, 1000])
    official = protocol(registered, [700, 700, 700], [690, 690, 690], [10, 10, 10], [[690, 0, 0, 0, 0]] * 3)
    a = arrays(official, headcount=[350.0, np.nan, 360.0])  # the second: no full-day count
    result = compare(a)
    assert result.headcount.stations == 2
    assert result.headcount.official == pytest.approx(0.70)
    assert result.headcount.observed == pytest.approx(0.355)
    assert result.headcount.difference == pytest.approx(0.345)


def test_paired_ratio_difference_is_a_ratio_of_sums_and_its_interval_shrinks_with_stations():
    rng = np.random.Generator(np.random.PCG64(0))
    x = rng.integers(500, 2000, 1000).astype(float)
    y_obs = np.round(x * rng.uniform(0.3, 0.5, 1000))
    y_off = y_obs + np.round(0.05 * x + rng.normal(0, 5, 1000))
    small = paired_ratio_difference(y_off[:50], x[:50], y_obs[:50], x[:50])
    large = paired_ratio_difference(y_off, x, y_obs, x)
    assert large.official == pytest.approx(y_off.sum() / x.sum())
    assert large.high - large.low < (small.high - small.low) / 3
    assert large.low < 0.05 < large.high


def test_with_a_handful_of_paired_stations_the_interval_still_covers_about_95_percent():
    """Four paired stations, their differences normal around a known mean: the interval (Student's
    t, 3 degrees of freedom) covers the truth about 95 % of the time; the normal quantile it
    replaced covered it only about 86 %."""
    rng = np.random.Generator(np.random.PCG64(7))
    x = np.full(4, 1000.0)
    truth, covered, runs = 0.05, 0, 4000
    for _ in range(runs):
        y_obs = np.full(4, 400.0)
        y_off = y_obs + 1000.0 * (truth + rng.normal(0, 0.02, 4))
        p = paired_ratio_difference(y_off, x, y_obs, x)
        covered += p.low <= truth <= p.high
    assert 0.935 <= covered / runs <= 0.965, covered / runs


def test_an_interval_never_runs_past_what_a_fraction_or_its_difference_can_be():
    """Two paired stations far apart: Student's t at 1 degree of freedom is 12.7, and the raw
    interval would run past -100 and +100 percentage points; it stops there."""
    x = np.array([1000.0, 1000.0])
    y_obs = np.array([100.0, 900.0])
    y_off = np.array([900.0, 150.0])
    p = paired_ratio_difference(y_off, x, y_obs, x)
    assert (p.low, p.high) == (-1.0, 1.0)
    assert 0.0 <= p.observed_low <= p.observed <= p.observed_high <= 1.0
