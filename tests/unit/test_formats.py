"""One way per language to write numbers, percentages, dates and times (issue 12, item 8)."""

from __future__ import annotations

import datetime as dt

import pytest

from observer_app import formats
from observer_app.formats import NBSP

ALMATY = dt.timezone(dt.timedelta(hours=6))


@pytest.mark.parametrize(("lang", "value", "expected"), [
    ("en", 2720, "2,720"), ("ru", 2720, f"2{NBSP}720"), ("kk", 2720, f"2{NBSP}720"),
    ("en", 1234567, "1,234,567"), ("ru", 1234567, f"1{NBSP}234{NBSP}567"),
    ("en", 999, "999"), ("ru", 0, "0"), ("en", -1263, "-1,263"), (None, 2720, "2,720"),
    ("de", 2720, "2,720"),
], ids=lambda v: repr(v))
def test_integer(lang, value, expected):
    assert formats.integer(value, lang) == expected


def test_signed():
    assert [formats.signed(v, "ru") for v in (1263, -14, 0)] == [f"+1{NBSP}263", "-14", "0"]


@pytest.mark.parametrize(("lang", "value", "digits", "expected"), [
    ("en", 47.56, 1, "47.6"), ("ru", 47.56, 1, "47,6"), ("kk", 47.56, 1, "47,6"),
    ("en", 50.0, None, "50"), ("ru", 28.40, None, "28,4"), ("ru", 44.494, None, "44,49"),
    ("en", 1234.5, 1, "1,234.5"), ("ru", 1234.5, 1, f"1{NBSP}234,5"),
    ("en", -0.04, 1, "0.0"), ("en", -2.5, 1, "-2.5"), ("ru", 3.0, 0, "3"),
])
def test_decimal(lang, value, digits, expected):
    assert formats.decimal(value, lang, digits) == expected


def test_percent():
    assert formats.percent(47.56, "en") == "47.6%"
    assert formats.percent(47.56, "ru") == f"47,6{NBSP}%"
    assert formats.percent(7, "kk", None) == f"7{NBSP}%"


def test_times_are_24_hour_on_the_laptops_clock(monkeypatch):
    afternoon = dt.datetime(2021, 1, 10, 14, 3, 27, tzinfo=ALMATY)
    assert formats.clock(afternoon.replace(tzinfo=None)) == "14:03"
    assert formats.clock(afternoon.replace(tzinfo=None), seconds=True) == "14:03:27"
    assert formats.clock(None) == "" and formats.clock("") == ""
    stored = afternoon.astimezone(dt.timezone.utc).isoformat()
    assert formats.clock(stored) == afternoon.astimezone().strftime("%H:%M")


def test_dates_per_language():
    day = dt.date(2026, 12, 4)
    assert [formats.date(day, lang) for lang in ("en", "ru", "kk", None)] == [
        "2026-12-04", "04.12.2026", "04.12.2026", "2026-12-04"]
    assert formats.date("2026-12-04", "ru") == "04.12.2026"
    assert formats.date(None, "ru") == ""


def test_stamp_with_offset():
    moment = dt.datetime(2021, 1, 10, 18, 30, tzinfo=ALMATY).astimezone()
    expected_offset = formats.offset(moment)
    assert formats.stamp_with_offset(moment, "ru") == f"{moment:%d.%m.%Y %H:%M} ({expected_offset})"
    assert formats.stamp_with_offset(moment, "en") == f"{moment:%Y-%m-%d %H:%M} ({expected_offset})"


@pytest.mark.parametrize(("hours", "minutes", "expected"), [
    (6, 0, "UTC+06:00"), (-3, -30, "UTC\u221203:30"), (0, 0, "UTC+00:00"), (5, 45, "UTC+05:45")])
def test_offset(hours, minutes, expected):
    zone = dt.timezone(dt.timedelta(hours=hours, minutes=minutes))
    assert formats.offset(dt.datetime(2021, 1, 10, 12, 0, tzinfo=zone)) == expected
