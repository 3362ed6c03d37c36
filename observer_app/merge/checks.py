"""Values from a bundle pass the checks typed or imported values pass, or the bundle is rejected.

A signed bundle is still a file from someone else: its rows are read from a database its signer
could have written with any SQLite tool. Every record the merge reads is checked here, in the
verifying worker, before the writer sees it: types, ranges, codes and kinds, times, the ids of
stations (uuid5 of the election and the code), photos against their bytes. A bundle with any
bad value is rejected whole, with the first problem found, as one sentence. Values are also put
in their canonical form (a protocol's values as sorted JSON; a station's and the election's
version and deletion marker, which no bundle sets, as 1 and 0).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter
from typing import Any, Sequence

from observer_app.domain import records as r
from observer_app.domain.template import station_code_problem, station_id
from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message

MAX_VERSION = 2**31 - 1  # a record changes at most this often (a protocol typed digit by digit: hundreds)
MAX_ID = 100
MAX_NAME = r.MAX_NAME
MAX_TEXT = r.MAX_TEXT
MAX_CODE = 200  # a station code (any characters, none of them control characters)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SHA256 = re.compile(r"[0-9a-f]{64}")
PHOTO_OWNERS = ("incidents", "obstructions", "protocols")


class BadRecord(ObserverAppError):
    """A record of a bundle does not pass the checks; the bundle is rejected."""


def _show(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = text if len(text) <= limit else text[:limit] + "..."
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _problem(code: str, template: str, /, **params: Any) -> Message:
    return Message(code, template, params)


class _Row:
    """One row being checked: its values by column name, and where to say a problem is."""

    __slots__ = ("table", "values")

    def __init__(self, table: str, columns: Sequence[str], row: Sequence[Any]):
        self.table = table
        self.values = dict(zip(columns, row))

    def refuse(self, problem: Message) -> BadRecord:
        record = self.values.get("id")
        return BadRecord("merge.bad_record", QT_TRANSLATE_NOOP(
            "Messages", "its {table} record {record} cannot be accepted: {problem}"),
            table=self.table, record=_show(record if record is not None else "?"), problem=problem)

    def text(self, column: str, limit: int = MAX_TEXT, *, required: bool = False,
             one_line: bool = False, optional: bool = False) -> str | None:
        value = self.values.get(column)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.refuse(_problem("merge.value_not_text", QT_TRANSLATE_NOOP(
                "Messages", "{column} is not text"), column=column))
        if len(value) > limit:
            raise self.refuse(_problem("merge.value_too_long", QT_TRANSLATE_NOOP(
                "Messages", "{column} is longer than %n characters", None, 1), column=column, n=limit))
        if required and not value:
            raise self.refuse(_problem("merge.value_empty", QT_TRANSLATE_NOOP(
                "Messages", "{column} is empty"), column=column))
        if one_line and _CONTROL.search(value):
            raise self.refuse(_problem("merge.value_control", QT_TRANSLATE_NOOP(
                "Messages", "{column} holds control characters"), column=column))
        return value

    def time(self, column: str, *, optional: bool = False) -> dt.datetime | None:
        value = self.values.get(column)
        if optional and (value is None or value == ""):  # no time recorded
            return None
        moment = None
        if isinstance(value, str) and len(value) <= 64:
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                moment = None
        if moment is None:
            raise self.refuse(_problem("merge.value_not_time", QT_TRANSLATE_NOOP(
                "Messages", "{column} “{value}” is not a time"), column=column, value=_show(value)))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)

    def whole(self, column: str, low: int, high: int, *, optional: bool = False) -> int | None:
        value = self.values.get(column)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.refuse(_problem("merge.value_not_whole", QT_TRANSLATE_NOOP(
                "Messages", "{column} “{value}” is not a whole number"), column=column, value=_show(value)))
        if not low <= value <= high:
            raise self.refuse(_problem("merge.value_out_of_range", QT_TRANSLATE_NOOP(
                "Messages", "{column} = {value} is outside {low}..{high}"),
                column=column, value=_show(value), low=low, high=high))
        return value

    def one_of(self, column: str, allowed: Sequence[str]) -> str:
        value = self.values.get(column)
        if value not in allowed:
            raise self.refuse(_problem("merge.value_unknown", QT_TRANSLATE_NOOP(
                "Messages", "{column} “{value}” is not one this app knows"),
                column=column, value=_show(value)))
        return value

    def same(self, column: str, expected: str) -> None:
        if self.values.get(column) != expected:
            raise self.refuse(_problem("merge.value_foreign", QT_TRANSLATE_NOOP(
                "Messages", "{column} “{value}” is not {expected}"),
                column=column, value=_show(self.values.get(column)), expected=expected))


def _common(row: _Row) -> None:
    row.text("id", MAX_ID, required=True, one_line=True)
    row.time("created_at")
    row.time("updated_at")
    row.whole("version", 1, MAX_VERSION)
    row.whole("deleted", 0, 1)


def _values_fast(text: Any, codes: frozenset[str]) -> dict[str, Any] | None:
    """A protocol's values when they certainly pass (else None: _values says why, or lets them
    pass): a JSON object of known codes and counts, no key twice (each key is a code, which holds
    no quote, so an object of N keys has N '":' in its text)."""
    if type(text) is not str or len(text) > MAX_TEXT:
        return None
    try:
        values = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if (type(values) is not dict or text.count('":') != len(values) or values.keys() - codes
            or not all(v is None or (type(v) is int and 0 <= v <= r.MAX_COUNT) for v in values.values())):
        return None
    return values


def _values(row: _Row, codes: frozenset[str]) -> str:
    """A protocol's values checked as typed ones are; returned as canonical JSON."""
    text = row.values.get("values_json")

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in items:
            if key in found:
                raise ValueError(key)
            found[key] = value
        return found

    try:
        values = json.loads(text, object_pairs_hook=pairs) if isinstance(text, str) and len(text) <= MAX_TEXT else None
    except (ValueError, RecursionError):
        values = None
    if not isinstance(values, dict):
        raise row.refuse(_problem("merge.values_not_object", QT_TRANSLATE_NOOP(
            "Messages", "values_json is not a JSON object of counts")))
    if not (values.keys() - codes) and all(
            value is None or (type(value) is int and 0 <= value <= r.MAX_COUNT) for value in values.values()):
        return json.dumps(values, sort_keys=True)  # every count as a typed one (the usual case)
    from observer_app.storage.store import check_count

    for code, value in values.items():
        if code not in codes:
            raise row.refuse(_problem("merge.values_unknown_code", QT_TRANSLATE_NOOP(
                "Messages", "“{code}” is not a line or contestant of the bundle's election"),
                code=_show(code)))
        if value is not None:
            try:
                check_count(value, code)
            except ObserverAppError as exc:
                raise row.refuse(exc.message) from None
    return json.dumps(values, sort_keys=True)


# --- the fast path: a row that certainly passes is told apart in a few microseconds; any other
# row goes through the checks below, which say what is wrong (or let it pass). ---------------------

_fromisoformat = dt.datetime.fromisoformat


def _time_ok(value: Any, optional: bool = False, valid: set | None = None) -> bool:
    """valid: the times already found valid in this bundle (a bundle repeats the same few)."""
    if value is None or value == "":
        return optional
    if valid is not None and value in valid:
        return True
    if type(value) is not str or len(value) > 64:
        return False
    try:
        _fromisoformat(value)
    except ValueError:
        return False
    if valid is not None:
        valid.add(value)
    return True


def _text_ok(value: Any, limit: int, one_line: bool = False, required: bool = False) -> bool:
    return (type(value) is str and len(value) <= limit and (not required or bool(value))
            and (not one_line or not _CONTROL.search(value)))


def _whole_ok(value: Any, low: int, high: int, optional: bool = False) -> bool:
    if value is None:
        return optional
    return type(value) is int and low <= value <= high


_POSITIONS: dict[tuple[str, ...], dict[str, int]] = {}
# A protocol's source: one of the app's, or none chosen (records.NO_SOURCE, since schema 4).
_PROTOCOL_SOURCES = (r.NO_SOURCE, *r.SOURCES)
_OWNED_TEXTS = {
    "obstructions": ("ordered_by", "ordered_by_position", "stated_reason", "witnesses", "notes"),
    "turnout_announcements": ("notes",), "incidents": ("description",)}


def _fast_ok(table: str, raw: Sequence[Any], p: dict[str, int], signer: str, election_id: str,
             times: set) -> bool:
    """True only for a row every check below passes (the canonical forms aside)."""
    if not (_text_ok(raw[p["id"]], MAX_ID, one_line=True, required=True)
            and _time_ok(raw[p["created_at"]], valid=times) and _time_ok(raw[p["updated_at"]], valid=times)
            and _whole_ok(raw[p["version"]], 1, MAX_VERSION) and _whole_ok(raw[p["deleted"]], 0, 1)):
        return False
    if table == "observers":
        return raw[p["id"]] == signer and all(
            _text_ok(raw[p[c]], MAX_NAME) for c in ("full_name", "organisation", "contact"))
    if table == "stations":
        code = raw[p["code"]]
        return (raw[p["election_id"]] == election_id and _text_ok(code, MAX_CODE, required=True)
                and station_code_problem(code) is None
                and all(_text_ok(raw[p[c]], MAX_NAME) for c in ("region", "district", "address"))
                and _whole_ok(raw[p["registered_voters"]], 0, r.MAX_COUNT, optional=True)
                and raw[p["id"]] == station_id(election_id, code))
    if raw[p["observer_id"]] != signer:
        return False
    if table == "photos":
        filename = raw[p["filename"]]
        return raw[p["owner_table"]] in PHOTO_OWNERS and (filename is None or _text_ok(filename, MAX_NAME))
    if not _text_ok(raw[p["station_id"]], MAX_ID, one_line=True, required=True):
        return False
    if table == "turnout_tallies":
        return _time_ok(raw[p["at"]], valid=times)
    if table == "protocols":
        certified_by = raw[p["certified_by"]]
        return (raw[p["source"]] in _PROTOCOL_SOURCES and raw[p["status"]] in r.STATUSES
                and _whole_ok(raw[p["as_on_official_copy"]], 0, 1) and _time_ok(raw[p["recorded_at"]], True)
                and _time_ok(raw[p["commission_signed_at"]], True)
                and (certified_by is None or _text_ok(certified_by, r.MAX_PROTOCOL_TEXT)))
    if table == "visits":
        return _time_ok(raw[p["arrived_at"]], True) and _time_ok(raw[p["departed_at"]], True)
    if not all(_text_ok(raw[p[c]], MAX_TEXT) for c in _OWNED_TEXTS.get(table, ())):
        return False
    if table == "obstructions":
        start, end = raw[p["started_at"]], raw[p["ended_at"]]
        return (raw[p["kind"]] in r.OBSTRUCTION_KINDS and raw[p["stage"]] in ("", *r.STAGES)
                and _time_ok(start) and _time_ok(end, True)
                and (end in (None, "") or _aware(end) >= _aware(start)))
    if table == "turnout_announcements":
        percent = raw[p["percent"]]
        return (_time_ok(raw[p["at"]]) and _whole_ok(raw[p["voters"]], 0, r.MAX_COUNT, optional=True)
                and (percent is None or (type(percent) in (int, float) and math.isfinite(percent)
                                         and 0 <= percent <= 100)))
    if table == "incidents":
        return raw[p["category"]] in r.INCIDENT_CATEGORIES and _time_ok(raw[p["occurred_at"]])
    return False


def _aware(text: str) -> dt.datetime:
    moment = _fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)


def _slow_check(table: str, names: Sequence[str], position: dict[str, int], raw: list[Any],
                signer: str, election_id: str, codes: frozenset[str], used: set[str],
                seen: set[str]) -> tuple:
    """Every check of one row, saying what is wrong (BadRecord); the row in canonical form."""
    row = _Row(table, names, raw)
    _common(row)
    seen.add(row.values["id"])
    if table == "observers":
        row.same("id", signer)
        for column in ("full_name", "organisation", "contact"):
            row.text(column, MAX_NAME)
        if "identity_path" in position:  # a path on the observer's laptop: not evidence
            raw[position["identity_path"]] = ""
        return tuple(raw)
    if table == "stations":
        row.same("election_id", election_id)
        code = row.text("code", MAX_CODE, required=True)
        problem = station_code_problem(code)  # as a station list's code is checked
        if problem is not None:
            raise row.refuse(problem)
        for column in ("region", "district", "address"):
            row.text(column, MAX_NAME)
        row.whole("registered_voters", 0, r.MAX_COUNT, optional=True)
        if row.values["id"] != station_id(election_id, code):
            raise row.refuse(_problem("merge.station_id_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "its id is not that of station {code} of the election {election}"),
                code=_show(code), election=election_id))
        raw[position["version"]], raw[position["deleted"]] = 1, 0  # not the bundle's to set
        return tuple(raw)
    row.same("observer_id", signer)
    if table == "photos":
        row.one_of("owner_table", PHOTO_OWNERS)
        row.text("filename", MAX_NAME, optional=True)
        return tuple(raw)  # the owner and the bytes, once every table is read (below)
    row.text("station_id", MAX_ID, required=True, one_line=True)
    if table == "visits":
        row.time("arrived_at", optional=True)
        row.time("departed_at", optional=True)
    elif table == "protocols":
        raw[position["values_json"]] = _values(row, codes)
        used.update(json.loads(raw[position["values_json"]]))
        row.one_of("source", _PROTOCOL_SOURCES)
        row.one_of("status", r.STATUSES)
        row.whole("as_on_official_copy", 0, 1)
        row.time("recorded_at", optional=True)
        row.time("commission_signed_at", optional=True)
        if row.text("certified_by", r.MAX_PROTOCOL_TEXT, optional=True) is None:
            raw[position["certified_by"]] = ""  # a bundle of schema 3 or older has no such column
    elif table == "obstructions":
        row.one_of("kind", r.OBSTRUCTION_KINDS)
        row.one_of("stage", ("", *r.STAGES))
        start = row.time("started_at")
        end = row.time("ended_at", optional=True)
        if end is not None and end < start:
            raise row.refuse(_problem("merge.ends_before_start", QT_TRANSLATE_NOOP(
                "Messages", "it ends before it starts")))
        for column in ("ordered_by", "ordered_by_position", "stated_reason", "witnesses", "notes"):
            row.text(column, MAX_TEXT)
    elif table == "turnout_tallies":
        row.time("at")
    elif table == "turnout_announcements":
        row.time("at")
        row.whole("voters", 0, r.MAX_COUNT, optional=True)
        percent = row.values.get("percent")
        if percent is not None and (isinstance(percent, bool) or not isinstance(percent, (int, float))
                                    or not math.isfinite(percent) or not 0 <= percent <= 100):
            raise row.refuse(_problem("merge.value_out_of_range", QT_TRANSLATE_NOOP(
                "Messages", "{column} = {value} is outside {low}..{high}"),
                column="percent", value=_show(percent), low=0, high=100))
        row.text("notes", MAX_TEXT)
    elif table == "incidents":
        row.one_of("category", r.INCIDENT_CATEGORIES)
        row.time("occurred_at")
        row.text("description", MAX_TEXT)
    return tuple(raw)


_ONE_PER_STATION = ("visits", "protocols")  # one per observer and station (a unique index)
_AT_STATIONS = ("visits", "protocols", "obstructions", "turnout_tallies", "turnout_announcements",
                "incidents")


def _check_keys(tables: dict[str, list[tuple]], columns: dict[str, Sequence[str]],
                ids: dict[str, set[str]]) -> None:
    """What the schema's keys guarantee, checked on the rows themselves: a bundle of an older
    schema has other indexes, and the merge must not depend on them. One id per record; one
    visit and one protocol per station; every record at a station the bundle carries."""
    for table, seen in ids.items():
        rows = tables.get(table) or []
        if len(seen) != len(rows):
            at = list(columns[table]).index("id")
            twice = next(k for k, n in Counter(row[at] for row in rows).items() if n > 1)
            raise BadRecord(_problem("merge.id_twice", QT_TRANSLATE_NOOP(
                "Messages", "{table}: the record id {id} is used twice"), table=table, id=_show(twice)))
    carried = ids.get("stations", set())
    for table in _AT_STATIONS:
        at = list(columns[table]).index("station_id")
        stations = [row[at] for row in tables.get(table) or ()]
        elsewhere = next((s for s in stations if s not in carried), None)
        if elsewhere is not None:
            raise BadRecord(_problem("merge.station_not_carried", QT_TRANSLATE_NOOP(
                "Messages", "{table}: a record is at a station the bundle does not carry ({station})"),
                table=table, station=_show(elsewhere)))
        if table in _ONE_PER_STATION and len(set(stations)) != len(stations):
            raise BadRecord(_problem("merge.two_per_station", QT_TRANSLATE_NOOP(
                "Messages", "{table}: two records for one station"), table=table))


def check_tables(tables: dict[str, list[tuple]], columns: dict[str, Sequence[str]], *,
                 signer: str, election_id: str, codes: frozenset[str]) -> frozenset[str]:
    """Checks every row a bundle brings, and puts rows in canonical form (replacing them in
    their lists); raises BadRecord with the first problem. Rows are tuples in `columns` order.
    Returns the line and contestant codes the protocols use."""
    used: set[str] = set()
    ids: dict[str, set[str]] = {}
    times: set[str] = set()
    for table in ("observers", "stations", "visits", "protocols", "obstructions",
                  "turnout_tallies", "turnout_announcements", "incidents", "photos"):
        names = columns[table]
        key = tuple(names)
        position = _POSITIONS.get(key)
        if position is None:
            position = _POSITIONS[key] = {name: i for i, name in enumerate(names)}
        seen = ids.setdefault(table, set())
        rows = tables.get(table) or []
        for index, found in enumerate(rows):
            if not _fast_ok(table, found, position, signer, election_id, times):
                rows[index] = _slow_check(table, names, position, list(found), signer, election_id,
                                          codes, used, seen)
                continue
            seen.add(found[position["id"]])
            if table not in ("stations", "protocols", "observers"):
                continue
            raw = list(found)
            if table == "stations":
                raw[position["version"]], raw[position["deleted"]] = 1, 0  # not the bundle's to set
            elif table == "protocols":
                values = _values_fast(raw[position["values_json"]], codes)
                if values is None:
                    values = json.loads(_values(_Row(table, names, raw), codes))
                raw[position["values_json"]] = json.dumps(values, sort_keys=True)
                used.update(values)
                if raw[position["certified_by"]] is None:  # a bundle of schema 3 or older
                    raw[position["certified_by"]] = ""
            elif "identity_path" in position:
                raw[position["identity_path"]] = ""  # a path on the observer's laptop: not evidence
            rows[index] = tuple(raw)
    _check_keys(tables, columns, ids)
    names = columns["photos"]
    for raw in tables.get("photos", ()):
        row = _Row("photos", names, raw)
        if row.values["owner_id"] not in ids.get(row.values["owner_table"], ()):
            raise row.refuse(_problem("merge.photo_no_owner", QT_TRANSLATE_NOOP(
                "Messages", "the photo belongs to no record of this observer")))
        data = row.values.get("data")
        digest = row.values.get("sha256")
        if (not isinstance(data, bytes) or not isinstance(digest, str) or not _SHA256.fullmatch(digest)
                or row.values.get("size") != len(data) or hashlib.sha256(data).hexdigest() != digest):
            raise row.refuse(_problem("merge.photo_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "the photo's bytes do not match its SHA-256 or its size")))
    return frozenset(used)
