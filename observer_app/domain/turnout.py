"""Independent turnout: the observer's head-count against registered voters and the protocol."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from observer_app.domain.records import Obstruction, parse_time
from observer_app.domain.template import ElectionTemplate

# Obstructions that keep the observer out of the station: nobody can be counted during them.
ABSENCE_KINDS = ("removed", "not_admitted")


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


# --- what the head-count covers, and what comparing it with the protocol can say --------------

# The hours polling stations are open (Kazakhstan and Russia: 07:00 or 08:00 to 20:00, local
# time); the election file does not say, so a chart of the day spans at least these hours and
# a head-count "covers the whole voting day" only when it was taken over all of them.
VOTING_OPENS = dt.time(7, 0)
VOTING_CLOSES = dt.time(20, 0)

Span = tuple[dt.datetime, dt.datetime]


def obstruction_end(started: dt.datetime, ended: dt.datetime | None,
                    departed: dt.datetime | None) -> tuple[dt.datetime | None, str]:
    """Where an obstruction's interval ends, and why: its own end ("ended"); else the observer's
    departure, when it came after the start ("departure": nothing after it was observed);
    else (None, "open"): still open when the summary was made, with no end to measure to."""
    if ended is not None:
        return ended, "ended"
    if departed is not None and departed > started:
        return departed, "departure"
    return None, "open"


def _merged(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@dataclass(frozen=True)
class Coverage:
    """What a head-count covers: from `start` (the arrival, else the first count) to `end` (the
    departure, else the last count), minus the intervals out of the station. Only the voters
    counted inside the observed intervals are the head-count of those hours; a tally outside
    them (before the arrival, after the departure, or while the observer's own record says they
    were out) is counted apart and never compared with the protocol."""

    start: dt.datetime | None
    end: dt.datetime | None
    start_from: str  # "arrival" | "first_count" | "" (nothing to start from)
    end_at: str  # "departure" | "last_count" | ""
    observed: tuple[Span, ...]
    out: tuple[Span, ...]  # out of the station within start..end, merged
    counted: int  # tallies inside the observed intervals
    counted_while_out: int  # tallies inside an out-of-station interval
    counted_outside: int  # tallies before `start` or after `end`
    whole_day: bool  # the observed intervals cover the voting day's opening to its closing
    day_opens: dt.datetime | None
    day_closes: dt.datetime | None

    @property
    def out_minutes(self) -> int:
        return round(sum((e - s).total_seconds() for s, e in self.out) / 60)

    @property
    def observed_minutes(self) -> int:
        return round(sum((e - s).total_seconds() for s, e in self.observed) / 60)


def coverage(tallies: Sequence[dt.datetime], absences: Sequence[tuple[dt.datetime, dt.datetime | None]],
             arrived: dt.datetime | None, departed: dt.datetime | None, *,
             opens: dt.time = VOTING_OPENS, closes: dt.time = VOTING_CLOSES) -> Coverage:
    """The observed intervals (arrival..departure minus the intervals out of the station) and
    the tallies inside them. Without an arrival the span starts at the first count, without a
    departure it ends at the last: the head-count never claims hours nobody recorded. An
    absence with no end lasts to the end of the span. Times must be aware."""
    stamps = sorted(tallies)
    start = arrived or (stamps[0] if stamps else None)
    end = departed or (stamps[-1] if stamps else None)
    start_from = "arrival" if arrived else "first_count" if start else ""
    end_at = "departure" if departed else "last_count" if end else ""
    if start is None or end is None or end < start:
        return Coverage(start, end, start_from, end_at, (), (), 0, 0, len(stamps), False, None, None)
    out = _merged((max(s, start), min(e or end, end)) for s, e in absences
                  if min(e or end, end) > max(s, start))
    observed: list[Span] = []
    cursor = start
    for s, e in out:
        if s > cursor:
            observed.append((cursor, s))
        cursor = max(cursor, e)
    if end > cursor or not observed and not out:
        observed.append((cursor, end))
    counted = while_out = outside = 0
    for moment in stamps:
        if moment < start or moment > end:
            outside += 1
        elif any(s <= moment < e or moment == e == end for s, e in out):
            while_out += 1
        else:
            counted += 1
    local = start.astimezone()
    day_opens = dt.datetime.combine(local.date(), opens).astimezone()
    day_closes = dt.datetime.combine(local.date(), closes).astimezone()
    whole = any(s <= day_opens and e >= day_closes for s, e in observed)
    return Coverage(start, end, start_from, end_at, tuple(observed), tuple(out), counted, while_out,
                    outside, whole, day_opens, day_closes)


def station_coverage(tallies: Sequence[dt.datetime], obstructions: Sequence[Obstruction],
                     arrived: dt.datetime | None, departed: dt.datetime | None) -> Coverage:
    """coverage() of a station's records: its tallies (aware, sorted or not), its obstruction
    events (those of ABSENCE_KINDS are the time out; one still open ends at the departure, else
    at the span's end) and the visit's arrival and departure. The summary PDF and screen share it."""
    absences = []
    for o in obstructions:
        if o.kind in ABSENCE_KINDS:
            start = parse_time(o.started_at)
            absences.append((start, obstruction_end(start, parse_time(o.ended_at) if o.ended_at else None,
                                                    departed)[0]))
    return coverage(tallies, absences, arrived, departed)


@dataclass(frozen=True)
class HeadcountFinding:
    """The head-count of the observed hours against the protocol's issued line, and what that
    comparison can say (`verdict`):

    - "not_counted": nobody was counted in the observed hours: there is nothing to compare
      (a protocol's figure against no count is not ballots the protocol invented);
    - "no_figure": the protocol's issued line is unknown;
    - "fewer": the protocol issued fewer ballots than the observer saw being issued in the
      observed hours alone; whatever happened in the other hours, that holds;
    - "equal": the same number;
    - "more": the protocol says `difference` more than were counted in those hours. Only with
      `coverage.whole_day` is that more ballots than voters seen receiving one all day; else the
      voters of the hours not observed are part of the difference, so it cannot show by itself
      that ballots were added.
    """

    coverage: Coverage
    issued: int | None
    difference: int | None  # issued minus the voters counted in the observed hours
    verdict: str


def compare_observed(found: Coverage, issued: int | None) -> HeadcountFinding:
    if not found.counted:
        return HeadcountFinding(found, issued, None, "not_counted")
    if issued is None:
        return HeadcountFinding(found, None, None, "no_figure")
    difference = issued - found.counted
    verdict = "more" if difference > 0 else "fewer" if difference < 0 else "equal"
    return HeadcountFinding(found, issued, difference, verdict)
