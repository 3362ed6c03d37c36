"""Thresholds and Hare seats (issue 13): Kazakhstan's Majilis 2021 as the official result gave it."""

from __future__ import annotations

from observer_app.analysis.seats import hare, seat_ranges, threshold_verdict


def test_kazakhstan_2021_official_shares_give_its_official_seats():
    """Nur Otan 71.09 %, Ak Zhol 10.95 %, People's Party 9.10 %, Auyl 5.29 %, Adal 3.57 %: 98
    seats among the three above 7 %: 76, 12 and 10."""
    shares = [0.7109, 0.1095, 0.0910, 0.0529, 0.0357]
    assert hare(shares, 98, 0.07) == [76, 12, 10, 0, 0]


def test_remainders_go_to_the_largest_then_to_the_earlier_on_the_ballot():
    assert hare([0.5, 0.25, 0.25], 3, 0.05) == [1, 1, 1]  # 1.5 / .75 / .75: remainders .75 beat .5
    assert hare([0.5, 0.25, 0.25], 2, 0.05) == [1, 1, 0]  # 1 / .5 / .5: the tie to the earlier
    assert hare([0.4, 0.35, 0.25], 10, 0.05) == [4, 4, 2]  # 4 / 3.5 / 2.5


def test_unknown_or_nobody_passing_gives_no_seats():
    assert hare([0.5, None], 10, 0.07) is None
    assert hare([0.01, 0.02], 10, 0.07) is None


def test_verdicts_of_intervals():
    assert [threshold_verdict(lo, hi, 0.07) for lo, hi in ((0.08, 0.1), (0.05, 0.069), (0.06, 0.08),
                                                           (None, None), (0.07, 0.09))] == [
        "passes", "fails", "undecided", "undecided", "passes"]


def test_a_party_near_the_threshold_spans_zero_to_its_seats():
    estimates, lows, highs = [0.6, 0.3, 0.072], [0.58, 0.28, 0.065], [0.62, 0.32, 0.079]
    point, low, high = seat_ranges(estimates, lows, highs, 98, 0.07)
    assert point == hare(estimates, 98, 0.07)
    assert (low[2], high[2]) == (0, max(point[2], hare([0.6, 0.3, 0.079], 98, 0.07)[2]))
    assert low[0] <= point[0] <= high[0]
