"""The review before signing: what a station's record is missing, or holds that looks odd.

`review(store, station_id)` lists, in the order an observer would fix them: a demo database, a
laptop clock outside the election day, the protocol (missing, a draft, without a source, failing
control relations not confirmed as on the official copy), voters counted while the observer was
recorded as out of the station, and a missing arrival or departure. Each item names the section of
the app where it is put right. Nothing here stops anything: the GUI shows the list before signing
(with "Sign anyway"), and `observer-app summary` and `export` print it as warnings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from observer_app.domain.clock import clock_problem
from observer_app.domain.records import Obstruction, parse_time
from observer_app.domain.template import ElectionTemplate, Relation, RelationResult, Term
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.store import Store


SECTIONS = ("header", "turnout", "obstructions", "protocol")  # where each item is put right
DATABASE_WIDE = ("demo", "clock")  # codes of items that are the same for every station
OUT_OF_STATION = ("removed", "not_admitted")


@dataclass(frozen=True)
class ReviewItem:
    code: str  # stable, for tests and scripts: "protocol_draft", "no_departure", ...
    message: Message  # one sentence for the observer
    section: str  # one of SECTIONS

    def __post_init__(self) -> None:
        if self.section not in SECTIONS:
            raise ValueError(f"unknown section {self.section!r}")


def review(store: Store, station_id: str, now: dt.datetime | None = None) -> list[ReviewItem]:
    """What is missing or odd in this observer's record of the station, as of `now` (UTC; by
    default the store's clock). Reads the store, changes nothing."""
    if now is None:
        now = parse_time(store.clock())
    template = store.template()
    items: list[ReviewItem] = []
    if template.demo:
        items.append(ReviewItem("demo", Message("review.demo", QT_TRANSLATE_NOOP(
            "Messages", "This database holds the demo election, for practice: what you sign is "
            "marked DEMO and is not evidence.")), "header"))
    clock = clock_problem(now.astimezone(), template.date)  # the laptop's own date
    if clock is not None:
        items.append(ReviewItem("clock", clock, "header"))
    items += _protocol_items(store, template, station_id)
    visit = store.visit(station_id)
    visit = visit if visit is not None and not visit.deleted else None
    departed = parse_time(visit.departed_at) if visit is not None and visit.departed_at else None
    items += _counted_while_out(store, station_id)
    if visit is None or not visit.arrived_at:
        items.append(ReviewItem("no_arrival", Message("review.no_arrival", QT_TRANSLATE_NOOP(
            "Messages", "Your arrival at the station is not recorded.")), "header"))
    if departed is None:
        items.append(ReviewItem("no_departure", Message("review.no_departure", QT_TRANSLATE_NOOP(
            "Messages", "Your departure from the station is not recorded.")), "header"))
    return items


def observed_stations(store: Store) -> list[str]:
    """The ids of the stations where the observer recorded something of their own (a visit time,
    a head-count, an announced turnout, an obstruction, an incident, or a protocol other than an
    imported one), by station code: the stations an export's review covers."""
    observer = store.observer_id
    rows = store.db.execute(
        "SELECT s.id FROM stations s WHERE s.id IN ("
        " SELECT station_id FROM visits WHERE observer_id = :o AND deleted = 0"
        "  AND (arrived_at IS NOT NULL OR departed_at IS NOT NULL)"
        " UNION SELECT station_id FROM turnout_tallies WHERE observer_id = :o AND deleted = 0"
        " UNION SELECT station_id FROM turnout_announcements WHERE observer_id = :o AND deleted = 0"
        " UNION SELECT station_id FROM obstructions WHERE observer_id = :o AND deleted = 0"
        " UNION SELECT station_id FROM incidents WHERE observer_id = :o AND deleted = 0"
        " UNION SELECT station_id FROM protocols WHERE observer_id = :o AND deleted = 0"
        "  AND source IS NOT 'imported'"
        ") ORDER BY s.code", {"o": observer}).fetchall()
    return [row[0] for row in rows]


# --- the protocol ----------------------------------------------------------------------------------


def _protocol_items(store: Store, template: ElectionTemplate, station_id: str) -> list[ReviewItem]:
    protocol = store.protocol(station_id)
    if protocol is None or protocol.deleted:
        return [ReviewItem("protocol_missing", Message("review.protocol_missing", QT_TRANSLATE_NOOP(
            "Messages", "No protocol is recorded for this station.")), "protocol")]
    items = []
    if protocol.status != "final":
        items.append(ReviewItem("protocol_draft", Message("review.protocol_draft", QT_TRANSLATE_NOOP(
            "Messages", "The protocol is still a draft: make it final once every figure is "
            "checked.")), "protocol"))
    if not protocol.source:
        items.append(ReviewItem("protocol_no_source", Message("review.protocol_no_source", QT_TRANSLATE_NOOP(
            "Messages", "The protocol's source is not given (a certified copy, a posted copy, "
            "your own count...).")), "protocol"))
    failing = [r for r in template.evaluate(protocol.values) if r.failed]
    if failing and not protocol.as_on_official_copy:
        items.append(ReviewItem("relations_unconfirmed", Message(
            "review.relations_unconfirmed", QT_TRANSLATE_NOOP(
                "Messages", "%n control relation(s) fail and the protocol is not confirmed as on "
                "the official copy (evidence, not a typo): {relations}.", None, 1),
            {"n": len(failing), "relations": tuple(_failing(template, r) for r in failing)}),
            "protocol"))
    return items


def _term(template: ElectionTemplate, term: Term) -> str:
    """A relation's term as the protocol numbers it: a line's number, Σ for the votes, a constant."""
    if term.kind == "line":
        return template.line(term.code).number
    if term.kind == "contestants":
        return "Σ"
    return str(term.constant)


def formula(template: ElectionTemplate, relation: Relation) -> str:
    """E.g. "7 = Σ" for "valid = sum(contestants)": the relation in the protocol's line numbers."""
    return relation.display(lambda term: _term(template, term))


def _failing(template: ElectionTemplate, result: RelationResult) -> Message:
    off = abs(result.difference) if result.difference is not None else 0
    return Message("review.relation_off", QT_TRANSLATE_NOOP("Messages", "{formula} (off by {off})"),
                   {"formula": formula(template, result.relation), "off": off})


# --- voters counted while out of the station -------------------------------------------------------


def _hhmm(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def _counted_while_out(store: Store, station_id: str) -> list[ReviewItem]:
    """One item per removal or refused entry during which voters were counted."""
    intervals: list[tuple[Obstruction, dt.datetime, dt.datetime | None]] = [
        (o, parse_time(o.started_at), parse_time(o.ended_at) if o.ended_at else None)
        for o in store.obstructions(station_id) if o.kind in OUT_OF_STATION and not o.deleted]
    if not intervals:
        return []
    tallies = [parse_time(t.at) for t in store.tallies(station_id) if not t.deleted]
    items = []
    for obstruction, start, end in intervals:
        # An interval never closed lasts to the end of the record: every later voter counts.
        count = sum(start < at and (end is None or at < end) for at in tallies)
        if not count:
            continue
        if end is None:
            when = Message("review.interval_open", QT_TRANSLATE_NOOP(
                "Messages", "since {start}, never readmitted"), {"start": _hhmm(start)})
        else:
            when = Message("review.interval", QT_TRANSLATE_NOOP("Messages", "{start}–{end}"),
                           {"start": _hhmm(start), "end": _hhmm(end)})
        if obstruction.kind == "removed":
            message = Message("review.counted_while_removed", QT_TRANSLATE_NOOP(
                "Messages", "%n voter(s) counted while you were recorded as removed from the "
                "station ({when}): check the removal's times or the head-count.", None, 1),
                {"n": count, "when": when})
        else:
            message = Message("review.counted_while_not_admitted", QT_TRANSLATE_NOOP(
                "Messages", "%n voter(s) counted while you were recorded as not admitted to the "
                "station ({when}): check its times or the head-count.", None, 1),
                {"n": count, "when": when})
        items.append(ReviewItem("counted_while_out", message, "obstructions"))
    return items
