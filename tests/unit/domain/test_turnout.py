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


# --- issue 12: what the head-count covers, and what the comparison can say --------------------

from observer_app.domain.turnout import compare_observed, coverage, obstruction_end  # noqa: E402


def local(hour: int, minute: int = 0) -> dt.datetime:
    """A time on 2021-01-10 on the laptop's clock."""
    return dt.datetime(2021, 1, 10, hour, minute).astimezone()


def every_minute(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    minutes = int((end - start).total_seconds() // 60)
    return [start + dt.timedelta(minutes=m) for m in range(minutes)]


def test_issue_12_observed_is_arrival_to_departure_minus_the_time_out():
    tallies = every_minute(local(8), local(16))  # 480 minutes, one voter a minute
    removed = [(local(12, 10), local(13, 5))]
    found = coverage(tallies, removed, local(7, 50), local(16, 30))
    assert (found.start, found.end, found.start_from, found.end_at) == (
        local(7, 50), local(16, 30), "arrival", "departure")
    assert found.observed == ((local(7, 50), local(12, 10)), (local(13, 5), local(16, 30)))
    assert found.out == ((local(12, 10), local(13, 5)),)
    assert (found.out_minutes, found.observed_minutes) == (55, 465)
    # The 55 voters "counted" while the record says the observer was out are not the head-count.
    assert (found.counted, found.counted_while_out, found.counted_outside) == (425, 55, 0)
    assert found.whole_day is False


def test_issue_12_without_arrival_or_departure_the_span_is_the_counts_own():
    tallies = [local(9), local(11), local(15, 59)]
    found = coverage(tallies, [], None, None)
    assert (found.start, found.end, found.start_from, found.end_at) == (local(9), local(15, 59),
                                                                        "first_count", "last_count")
    assert (found.counted, found.observed) == (3, ((local(9), local(15, 59)),))


def test_issue_12_tallies_before_the_arrival_or_after_the_departure_are_apart():
    found = coverage([local(6), local(8), local(21)], [], local(7), local(20))
    assert (found.counted, found.counted_outside, found.whole_day) == (1, 2, True)


def test_issue_12_an_open_removal_lasts_to_the_end_of_the_span():
    tallies = every_minute(local(8), local(10)) + [local(15)]
    found = coverage(tallies, [(local(9), None)], local(8), None)
    assert found.out == ((local(9), local(15)),)
    assert found.observed == ((local(8), local(9)),)
    assert (found.counted, found.counted_while_out) == (60, 61)  # the last count is out too


def test_issue_12_nothing_to_start_from_is_no_coverage():
    found = coverage([], [], None, None)
    assert (found.start, found.end, found.observed, found.counted, found.whole_day) == (
        None, None, (), 0, False)
    assert compare_observed(found, 1713).verdict == "not_counted"


def test_issue_12_the_whole_voting_day_needs_every_hour_from_opening_to_closing():
    tallies = every_minute(local(7), local(20))
    assert coverage(tallies, [], local(6, 40), local(20, 30)).whole_day is True
    assert coverage(tallies, [], local(7, 5), local(20, 30)).whole_day is False  # late
    assert coverage(tallies, [(local(12), local(12, 1))], local(6, 40), local(20, 30)).whole_day is False


@pytest.mark.parametrize("issued, verdict, difference", [
    (1713, "more", 1288), (425, "equal", 0), (400, "fewer", -25), (None, "no_figure", None),
], ids=["more", "equal", "fewer", "unknown"])
def test_issue_12_the_comparison_uses_only_the_observed_hours(issued, verdict, difference):
    tallies = every_minute(local(8), local(16))
    found = coverage(tallies, [(local(12, 10), local(13, 5))], local(7, 50), local(16, 30))
    finding = compare_observed(found, issued)
    assert (finding.verdict, finding.difference, finding.issued, finding.coverage.counted) == (
        verdict, difference, issued, 425)


def test_issue_12_an_obstruction_without_an_end_ends_at_the_departure_or_stays_open():
    assert obstruction_end(local(9, 40), local(10), local(17)) == (local(10), "ended")
    assert obstruction_end(local(9, 40), None, local(17)) == (local(17), "departure")
    assert obstruction_end(local(9, 40), None, None) == (None, "open")
    assert obstruction_end(local(9, 40), None, local(9)) == (None, "open")  # left before it began
