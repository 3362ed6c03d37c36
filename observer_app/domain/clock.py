"""Is the laptop's clock plausible for the election? Every recorded time comes from it."""

from __future__ import annotations

import datetime as dt

from observer_app.messages import Message, QT_TRANSLATE_NOOP

# How far the laptop's local date may be from the election day: the count runs past midnight,
# and an observer may set up the evening before.
TOLERANCE = dt.timedelta(days=1)

# A date in words, one template per month (as an official form writes it: "10 January 2021").
_MONTHS = (
    QT_TRANSLATE_NOOP("Messages", "{day} January {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} February {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} March {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} April {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} May {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} June {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} July {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} August {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} September {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} October {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} November {year}"),
    QT_TRANSLATE_NOOP("Messages", "{day} December {year}"),
)


def date_words(day: dt.date) -> Message:
    """`day` as words in the reader's language: "3 March 2025", "3 марта 2025 г."."""
    return Message(f"date.month_{day.month}", _MONTHS[day.month - 1], {"day": day.day, "year": day.year})


def local_date(now: dt.datetime) -> dt.date:
    """The date on the laptop's clock: `now` in its own UTC offset."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (e.g. datetime.now().astimezone())")
    return now.date()


def clock_problem(now: dt.datetime, election_date: str) -> Message | None:
    """Why the laptop's clock cannot be right for an election on `election_date`, or None.

    `now` is the laptop's clock as an aware datetime in its local time zone, as
    ``datetime.now().astimezone()`` gives it (a UTC time with the laptop's offset applied: the
    offset decides which day it is there). `election_date` is the election file's date,
    YYYY-MM-DD. The clock is plausible on the election day in local time and within a day of
    it (the evening before, the night of the count); otherwise the Message says what the clock
    and the election say, e.g. "This computer's clock says 3 March 2025; the election is on 10
    January 2021: check the clock." (code ``clock.implausible``). Pure: reads no clock itself.
    """
    today = local_date(now)
    election = dt.date.fromisoformat(election_date)
    if abs(today - election) <= TOLERANCE:
        return None
    return Message("clock.implausible", QT_TRANSLATE_NOOP(
        "Messages", "This computer's clock says {today}; the election is on {election}: check the clock."),
        {"today": date_words(today), "election": date_words(election)})
