"""The analysis as the coordinator window and the signed report show it (issue 13, item 5): one
table of verdicts and seats per contestant, each source saying what it covers; the pictures."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from observer_app.analysis.forensics import HISTOGRAM_BINS, forensics
from observer_app.analysis.overview import STEPS, build_overview
from observer_app.analysis.pictures import fingerprint_rgb
from observer_app.analysis.sample import draw
from observer_app.analysis.seats import hare
from tests.unit.analysis.synthetic import election


@pytest.fixture(scope="module")
def country():
    """20,000 stations; the observers' protocols at 400 of them say exactly the official ones."""
    population = election(n=20_000, seed=3)
    pick = np.zeros(population.n, bool)
    pick[np.random.Generator(np.random.PCG64(4)).choice(population.n, 400, replace=False)] = True
    return dataclasses.replace(population, observed=dataclasses.replace(population.official, present=pick))


def test_without_a_sample_the_table_has_the_official_and_the_paired_verdicts(country):
    steps = []
    view = build_overview(country, step=steps.append)
    assert steps == ["compare", "forensics"] and view.tabulation is None
    off = country.official
    threshold = country.template.threshold_percent / 100
    assert view.threshold == threshold and view.seats == country.template.seats
    for j, row in enumerate(view.contestants):
        share = off.votes[:, j].sum() / off.valid.sum()
        assert row.official == pytest.approx(share)
        assert row.official_verdict == ("passes" if share >= threshold else "fails")
        paired = view.comparison.shares[row.code]
        assert (row.observed, row.observed_low, row.observed_high) == (
            paired.observed, paired.observed_low, paired.observed_high)
        assert row.observed_low < row.observed < row.observed_high
        expected = ("passes" if row.observed_low >= threshold else "fails" if row.observed_high < threshold
                    else "undecided")
        assert row.observed_verdict == expected
        assert (row.pvt, row.pvt_verdict, row.seats_pvt) == (None, None, None)
    seats = hare([r.official for r in view.contestants], country.template.seats, threshold)
    assert [r.seats_official for r in view.contestants] == seats and sum(seats) == country.template.seats


def test_with_a_sample_the_pvt_column_comes_from_its_tabulation(country):
    sample = draw(country.codes, country.regions, country.registered, 600, seed=11)
    steps = []
    view = build_overview(country, sample.stations, source="official", step=steps.append)
    assert steps == list(STEPS)
    for row in view.contestants:
        estimate = view.tabulation.shares[row.code]
        assert (row.pvt, row.pvt_low, row.pvt_high) == (estimate.estimate, estimate.low, estimate.high)
        assert row.pvt_verdict == view.tabulation.thresholds[row.code]
        assert row.seats_pvt == view.tabulation.seats[row.code]["estimate"]


def test_a_step_that_raises_stops_the_analysis(country):
    class Stop(Exception):
        pass

    def step(name):
        if name == "forensics":
            raise Stop

    with pytest.raises(Stop):
        build_overview(country, step=step)


def test_the_observed_interval_covers_the_observed_share_of_the_paired_stations_about_95_percent(country):
    """The observed share's interval (for the threshold verdict at the paired stations): over
    many draws of 300 paired stations it covers the share of the stations it was drawn from."""
    rng = np.random.Generator(np.random.PCG64(8))
    off = country.official
    truth = off.votes[:, 1].sum() / off.valid.sum()
    covered = 0
    for _ in range(400):
        pick = np.zeros(country.n, bool)
        pick[rng.choice(country.n, 300, replace=False)] = True
        arrays = dataclasses.replace(country, observed=dataclasses.replace(off, present=pick))
        paired = build_overview(arrays).comparison.shares[country.contestants[1]]
        covered += paired.observed_low <= truth <= paired.observed_high
    assert 0.92 <= covered / 400 <= 0.98


def test_the_integer_histograms_put_a_whole_percentage_in_the_middle_of_its_bin(country):
    found = forensics(country)
    assert found.turnout_histogram.shape == found.share_histogram.shape == (HISTOGRAM_BINS,)
    assert found.turnout_histogram.sum() == found.share_histogram.sum() == found.stations_used
    # a station at exactly 50 % turnout lands in bin 500, one at 50.04 % too, at 50.06 % in 501
    issued = np.concatenate([[500.0, 500.4, 500.6], np.full(country.n - 3, 400.0)])
    spiked = dataclasses.replace(country.official, registered=np.full(country.n, 1000.0), issued=issued)
    histogram = forensics(dataclasses.replace(country, official=spiked, registered=spiked.registered)).turnout_histogram
    assert (histogram[500], histogram[501], histogram[400]) == (2, 1, country.n - 3)


def test_the_fingerprint_picture_puts_turnout_across_and_the_leaders_share_up():
    grid = np.zeros((100, 100))
    grid[80, 90] = 50_000  # 80 % turnout, 90 % for the leader: many voters
    grid[40, 30] = 10  # 40 % turnout, 30 %: a few
    image = fingerprint_rgb(grid)
    assert image.shape == (100, 100, 3) and image.dtype == np.uint8
    dark, light, empty = image[99 - 90, 80], image[99 - 30, 40], image[0, 0]
    assert list(empty) == [255, 255, 255]
    assert dark.sum() < light.sum() < empty.sum()
    assert list(fingerprint_rgb(np.zeros((100, 100)))[50, 50]) == [255, 255, 255]
