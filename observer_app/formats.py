"""Numbers, percentages, dates and times as each language writes them: the one source for the
screens (ui/ calls these, never QLocale.toString) and the PDFs.

English writes 2,720 and 47.6 and 47.6%; Russian and Kazakh 2 720 and 47,6 and 47,6 % (a
no-break space groups the thousands and precedes the percent sign, so neither is split at a line
end). Dates: English 2026-12-04 (one reading on every continent), Russian and Kazakh 04.12.2026.
Times are always 24-hour, 14:03, whatever the laptop's locale says, on the laptop's clock; the
offset from UTC is written "UTC+06:00". Another language (or None) is written as English.
Pure functions of their arguments (and, for stored times, the laptop's time zone); no Qt.
"""

from __future__ import annotations

import datetime as dt

from observer_app.domain.records import parse_time

NBSP = "\u00a0"
_MINUS = "\u2212"  # a real minus in offsets ("UTC−03:00"); numbers keep "-" (it can be typed back)

# language -> (decimal separator, thousands separator, text between a number and "%")
_STYLE = {
    "en": (".", ",", ""),
    "ru": (",", NBSP, NBSP),
    "kk": (",", NBSP, NBSP),
}


def _style(lang: str | None) -> tuple[str, str, str]:
    return _STYLE.get(lang or "en", _STYLE["en"])


def _group(digits: str, separator: str) -> str:
    """'1234567' -> '1,234,567' (4-digit numbers grouped too: 2,720 / 2 720, as Qt's locales)."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def integer(value: int, lang: str | None) -> str:
    """A count: "2,720" in English, "2 720" (no-break space) in Russian and Kazakh."""
    value = int(value)
    text = _group(str(abs(value)), _style(lang)[1])
    return "-" + text if value < 0 else text


def signed(value: int, lang: str | None) -> str:
    """A difference with its sign: "+1,263", "-14", "0"."""
    return ("+" if value > 0 else "") + integer(value, lang)


def decimal(value: float, lang: str | None, digits: int | None = 1) -> str:
    """A number with decimals: "47.6" in English, "47,6" in Russian and Kazakh; thousands grouped
    as integer() groups them. digits: the decimals shown; None: up to two, without trailing
    zeros (7, 28.4, 44.49), as a commission announces a percentage."""
    point, group, _ = _style(lang)
    if digits is None:
        text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{float(value):.{digits}f}"
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    if negative and not whole.strip("0") and not fraction.strip("0"):
        negative = False  # -0.0 is 0
    text = _group(whole, group) + (point + fraction if fraction else "")
    return "-" + text if negative else text


def p_value(value: float, lang: str | None) -> str:
    """A p-value as a statistician writes it: 0.437, or "< 0.001" below that."""
    return "< " + decimal(0.001, lang, 3) if value < 0.001 else decimal(value, lang, 3)


def percent(value: float, lang: str | None, digits: int | None = 1) -> str:
    """A percentage with its sign: "47.6%" in English, "47,6 %" in Russian and Kazakh."""
    return decimal(value, lang, digits) + _style(lang)[2] + "%"


# --- dates and times --------------------------------------------------------------------------------


def local(iso: str | None) -> dt.datetime | None:
    """A stored (UTC ISO) time on the laptop's clock; None for None or ""."""
    return parse_time(iso).astimezone() if iso else None


def _moment(value: dt.datetime | str | None) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return local(value)
    return value.astimezone() if value.tzinfo is not None else value


def clock(value: dt.datetime | str | None, seconds: bool = False) -> str:
    """A time of day, 24-hour: "14:03" (or "14:03:27"); a stored ISO time or an aware datetime is
    shown on the laptop's clock, a naive one as it is; "" for None."""
    moment = _moment(value)
    if moment is None:
        return ""
    return f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"


def date(value: dt.date | dt.datetime | str | None, lang: str | None) -> str:
    """A day: "2026-12-04" in English, "04.12.2026" in Russian and Kazakh; "" for None. A string
    is an ISO date ("2026-12-04") or a stored ISO time (shown on the laptop's clock)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value) if len(value) == 10 else _moment(value)
    elif isinstance(value, dt.datetime):
        value = _moment(value)
    day = value.date() if isinstance(value, dt.datetime) else value
    if (lang or "en") in ("ru", "kk"):
        return f"{day:%d.%m.%Y}"
    return day.isoformat()


def stamp(value: dt.datetime | str | None, lang: str | None, seconds: bool = False) -> str:
    """A day and a time: "2026-12-04 14:03" / "04.12.2026 14:03"; "" for None."""
    moment = _moment(value)
    if moment is None:
        return ""
    return f"{date(moment, lang)} {clock(moment, seconds)}"


def offset(moment: dt.datetime) -> str:
    """The moment's offset from UTC: "UTC+06:00", "UTC−03:30", "UTC+00:00"."""
    delta = moment.utcoffset() or dt.timedelta()
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else _MINUS
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stamp_with_offset(value: dt.datetime | str, lang: str | None) -> str:
    """E.g. "2021-01-10 18:30 (UTC+06:00)" / "10.01.2021 18:30 (UTC+06:00)": when a document was
    made, with the laptop's offset so a reader elsewhere knows the moment."""
    moment = _moment(value)
    return f"{stamp(moment, lang)} ({offset(moment)})"


def clock_span(start: dt.datetime, end: dt.datetime) -> str:
    """An interval within a day: "08:00–09:00" (an en dash between, in every language)."""
    return f"{clock(start)}–{clock(end)}"


def editor_format(lang: str | None) -> str:
    """The display format of a date-and-time editor (Qt's syntax), as date() and clock() write
    them: "yyyy-MM-dd HH:mm" in English, "dd.MM.yyyy HH:mm" in Russian and Kazakh."""
    return ("dd.MM.yyyy" if (lang or "en") in ("ru", "kk") else "yyyy-MM-dd") + " HH:mm"
