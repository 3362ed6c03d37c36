"""Independent turnout: head-count against registered voters and the protocol's issued line."""

from __future__ import annotations

import datetime as dt

import pytest

from observer_app.domain.turnout import compare_with_protocol, hourly, independent_turnout, issued_code

def test_independent_turnout_is_a_percentage_of_registered():
    assert independent_turnout(350, 1000) == pytest.approx(35.0)
    assert independent_turnout(0, 1000) == 0.0

@pytest.mark.parametrize("registered", [0, None], ids=["zero", "unknown"])
def test_independent_turnout_is_undefined_without_registered(registered):
    assert independent_turnout(10, registered) is None

def test_compare_uses_issued_in_premises_else_issued(kz_template, ru_template):
    assert issued_code(ru_template) == "issued_in_premises"
    assert issued_code(kz_template) == "issued"
    comparison = compare_with_protocol(kz_template, 350, 1000, {"issued": 630})
    assert comparison.independent_percent == pytest.approx(35.0)
    assert comparison.protocol_percent == pytest.approx(63.0)
    assert comparison.difference == 280
    assert compare_with_protocol(kz_template, 350, 1000, {}).difference is None
    # No tally at all: no head-count was taken, so nothing to compare (not "1713 more").
    none = compare_with_protocol(kz_template, 0, 1000, {"issued": 630})
    assert (none.counted, none.independent_percent, none.difference, none.protocol_percent) == (
        False, None, None, pytest.approx(63.0))

def test_hourly_counts_and_absences():
    base = dt.datetime(2021, 1, 10, 7, 0).astimezone()  # 07:00 on the laptop's clock
    tallies = [base + dt.timedelta(minutes=m) for m in (5, 10, 59, 61, 150)]
    absences = [(base + dt.timedelta(minutes=90), base + dt.timedelta(minutes=140))]
    rows = hourly(tallies, absences)
    assert [(r.counted, r.cumulative, r.absent_minutes) for r in rows] == [
        (3, 3, 0), (1, 4, 30), (1, 5, 20),
    ]
    assert rows[0].hour == base.replace(minute=0)

def test_hourly_open_absence_runs_until_now():
    start = dt.datetime(2021, 1, 10, 7, 30).astimezone()
    rows = hourly([], [(start, None)], now=start + dt.timedelta(minutes=45))
    assert [(r.counted, r.absent_minutes) for r in rows] == [(0, 30), (0, 15)]

def test_hourly_of_nothing_is_empty():
    assert hourly([]) == []
