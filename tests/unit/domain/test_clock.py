"""The laptop's clock against the election date (issue 12, item 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from observer_app.domain.clock import clock_problem, date_words
from observer_app.messages import Message

ALMATY = dt.timezone(dt.timedelta(hours=6))
MOSCOW = dt.timezone(dt.timedelta(hours=3))
UTC = dt.timezone.utc


@pytest.mark.parametrize("now", [
    dt.datetime(2021, 1, 10, 8, 0, tzinfo=ALMATY),
    dt.datetime(2021, 1, 10, 23, 59, tzinfo=ALMATY),
    dt.datetime(2021, 1, 9, 0, 0, tzinfo=ALMATY),  # the day before: setting up
    dt.datetime(2021, 1, 11, 23, 59, tzinfo=ALMATY),  # the night of the count and the next day
], ids=["morning", "late-evening", "day-before", "day-after"])
def test_issue_12_a_clock_on_or_within_a_day_of_the_election_is_plausible(now):
    assert clock_problem(now, "2021-01-10") is None


def test_issue_12_a_clock_years_off_says_both_dates():
    problem = clock_problem(dt.datetime(2025, 3, 3, 14, 3, tzinfo=ALMATY), "2021-01-10")
    assert problem == Message("clock.implausible", "This computer's clock says {today}; the election is on "
                              "{election}: check the clock.",
                              {"today": Message("date.month_3", "{day} March {year}", {"day": 3, "year": 2025}),
                               "election": Message("date.month_1", "{day} January {year}",
                                                   {"day": 10, "year": 2021})})
    assert str(problem) == ("This computer's clock says 3 March 2025; the election is on 10 January 2021: "
                            "check the clock.")


@pytest.mark.parametrize(("now", "expected"), [
    # 20:30 UTC on the 11th is already the 12th in Almaty (+6): two days after the election.
    (dt.datetime(2021, 1, 11, 20, 30, tzinfo=UTC).astimezone(ALMATY), False),
    # The same moment in Moscow (+3) is 23:30 on the 11th: the night of the count.
    (dt.datetime(2021, 1, 11, 20, 30, tzinfo=UTC).astimezone(MOSCOW), True),
    (dt.datetime(2021, 1, 8, 23, 59, tzinfo=ALMATY), False),
], ids=["almaty-two-days-after", "moscow-same-moment", "two-days-before"])
def test_issue_12_the_local_date_decides(now, expected):
    assert (clock_problem(now, "2021-01-10") is None) is expected


def test_issue_12_a_time_without_its_offset_is_refused():
    with pytest.raises(ValueError):
        clock_problem(dt.datetime(2021, 1, 10, 8, 0), "2021-01-10")


def test_dates_in_words_for_every_month():
    assert [str(date_words(dt.date(2024, month, 1))) for month in range(1, 13)] == [
        "1 January 2024", "1 February 2024", "1 March 2024", "1 April 2024", "1 May 2024", "1 June 2024",
        "1 July 2024", "1 August 2024", "1 September 2024", "1 October 2024", "1 November 2024",
        "1 December 2024"]
