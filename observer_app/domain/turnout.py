"""Independent turnout: the observer's head-count against registered voters and the protocol."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from observer_app.domain.template import ElectionTemplate


def independent_turnout(headcount: int, registered: int | None) -> float | None:
    """Head-count as a percentage of registered voters; None when registered is unknown or 0."""
    if not registered:
        return None
    return 100.0 * headcount / registered


def issued_code(template: ElectionTemplate) -> str | None:
    """The protocol line to compare a head-count with: issued in the premises, else all issued."""
    return template.role_code("issued_in_premises") or template.role_code("issued")


@dataclass(frozen=True)
class TurnoutComparison:
    """The observer's head-count against the protocol. No tally at all means no head-count was
    taken (the observer did not count, or was kept out): nothing is compared then, rather than
    a "difference" that would read as ballots the protocol invented."""

    headcount: int
    registered: int | None
    independent_percent: float | None
    protocol_issued: int | None
    protocol_percent: float | None
    difference: int | None  # protocol issued minus head-count

    @property
    def counted(self) -> bool:
        return self.headcount > 0


def compare_with_protocol(
    template: ElectionTemplate, headcount: int, registered: int | None,
    values: Mapping[str, int | None] | None,
) -> TurnoutComparison:
    code = issued_code(template)
    issued = (values or {}).get(code) if code else None
    return TurnoutComparison(
        headcount=headcount,
        registered=registered,
        independent_percent=independent_turnout(headcount, registered) if headcount else None,
        protocol_issued=issued,
        protocol_percent=independent_turnout(issued, registered) if issued is not None else None,
        difference=None if issued is None or not headcount else issued - headcount,
    )


@dataclass(frozen=True)
class HourRow:
    hour: dt.datetime  # start of the hour, local time
    counted: int  # voters counted in this hour
    cumulative: int
    absent_minutes: int  # minutes of this hour the observer was out of the station


def hourly(
    tallies: Iterable[dt.datetime],
    absences: Sequence[tuple[dt.datetime, dt.datetime | None]] = (),
    now: dt.datetime | None = None,
    *,
    stamps: Sequence[float] | None = None,
) -> list[HourRow]:
    """Counts per local hour, from the first to the last hour with a count or an absence.

    Times must be aware; hours are in the laptop's local time zone. An absence with no end lasts
    until `now`. A caller that keeps the tallies as sorted POSIX timestamps passes them as
    `stamps` (then `tallies` is ignored): each hour is then found by bisection, so a screen can
    redraw after every +1 without touching every earlier tally.
    """
    if stamps is None:
        stamps = sorted(t.timestamp() for t in tallies)
    now = now or dt.datetime.now(dt.timezone.utc)
    spans = [(s.timestamp(), (e or now).timestamp()) for s, e in absences]
    moments = [*stamps[:1], *stamps[-1:], *(s for s, _ in spans), *(e for _, e in spans)]
    if not moments:
        return []

    def floor_hour(stamp: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(stamp).astimezone().replace(minute=0, second=0, microsecond=0)

    hour, last = floor_hour(min(moments)), floor_hour(max(moments))
    rows: list[HourRow] = []
    index = 0
    while hour <= last:
        end = (hour + dt.timedelta(hours=1)).astimezone()
        start_stamp, end_stamp = hour.timestamp(), end.timestamp()
        upto = bisect.bisect_left(stamps, end_stamp, lo=index)
        absent = sum(max(0.0, min(e, end_stamp) - max(s, start_stamp)) for s, e in spans)
        rows.append(HourRow(hour, upto - index, upto, round(absent / 60)))
        index = upto
        hour = end
    return rows


def floor_hour(moment: dt.datetime) -> dt.datetime:
    """The start of the moment's hour on the laptop's clock."""
    return moment.astimezone().replace(minute=0, second=0, microsecond=0)


def with_announcements(rows: Sequence[HourRow], announcements: Sequence[Any]
                       ) -> list[tuple[HourRow, tuple[Any, ...]]]:
    """Hourly rows widened to the hours in which the commission announced its turnout, each with
    the announcements (anything with an ISO `at`) made in it. An hour with no count of its own
    carries the cumulative count forward."""
    by_hour: dict[dt.datetime, list[Any]] = {}
    for announcement in announcements:
        by_hour.setdefault(floor_hour(dt.datetime.fromisoformat(announcement.at)), []).append(announcement)
    rows = list(rows)
    if by_hour:
        known = {row.hour: row for row in rows}
        first, last = min([*known, *by_hour]), max([*known, *by_hour])
        rows, cumulative, hour = [], 0, first
        while hour <= last:
            row = known.get(hour) or HourRow(hour, 0, cumulative, 0)
            cumulative = row.cumulative
            rows.append(row)
            hour = (hour + dt.timedelta(hours=1)).astimezone()
    return [(row, tuple(by_hour.get(row.hour, ()))) for row in rows]


def nice_step(span: float, ticks: int = 5) -> float:
    """A 1-2-5 step that splits `span` into about `ticks` intervals (a chart's axis)."""
    raw = max(span / max(ticks, 1), 1e-9)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude
