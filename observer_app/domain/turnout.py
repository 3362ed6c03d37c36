"""Independent turnout: the observer's head-count against registered voters and the protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

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
    headcount: int
    registered: int | None
    independent_percent: float | None
    protocol_issued: int | None
    protocol_percent: float | None
    difference: int | None  # protocol issued minus head-count


def compare_with_protocol(
    template: ElectionTemplate, headcount: int, registered: int | None,
    values: Mapping[str, int | None] | None,
) -> TurnoutComparison:
    code = issued_code(template)
    issued = (values or {}).get(code) if code else None
    return TurnoutComparison(
        headcount=headcount,
        registered=registered,
        independent_percent=independent_turnout(headcount, registered),
        protocol_issued=issued,
        protocol_percent=independent_turnout(issued, registered) if issued is not None else None,
        difference=None if issued is None else issued - headcount,
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
) -> list[HourRow]:
    """Counts per local hour, from the first to the last hour with a count or an absence.

    Times must be aware; hours are in the laptop's local time zone. An absence with no end lasts
    until `now`.
    """
    local = sorted(t.astimezone() for t in tallies)
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    spans = [(s.astimezone(), (e or now).astimezone()) for s, e in absences]
    moments = local + [s for s, _ in spans] + [e for _, e in spans]
    if not moments:
        return []
    first = min(moments).replace(minute=0, second=0, microsecond=0)
    last = max(moments).replace(minute=0, second=0, microsecond=0)
    rows: list[HourRow] = []
    cumulative = 0
    index = 0
    hour = first
    while hour <= last:
        end = hour + dt.timedelta(hours=1)
        counted = 0
        while index < len(local) and local[index] < end:
            counted += 1
            index += 1
        cumulative += counted
        absent = dt.timedelta()
        for s, e in spans:
            overlap = min(e, end) - max(s, hour)
            if overlap > dt.timedelta():
                absent += overlap
        rows.append(HourRow(hour, counted, cumulative, round(absent.total_seconds() / 60)))
        hour = end
    return rows
