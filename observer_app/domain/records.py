"""The records an observer keeps, as plain dataclasses (no Qt, no SQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from observer_app.messages import QT_TRANSLATE_NOOP, Message

SOURCES = ("certified_copy", "posted_copy", "own_count", "not_shown", "imported")
# A protocol's source until the observer chooses one: never a default that claims a certified copy.
NO_SOURCE = ""
STATUSES = ("draft", "final")
OBSTRUCTION_KINDS = (
    "removed", "not_admitted", "protocol_not_shown", "copy_refused", "photo_forbidden",
    "view_restricted", "other",
)
STAGES = ("opening", "voting", "counting", "tabulation")
INCIDENT_CATEGORIES = (
    "ballot_stuffing", "carousel", "multiple_voting", "pressure", "vote_buying",
    "group_voting", "mobile_box", "other",
)
# No polling station issues more ballots than this (Moscow's remote e-voting "stations" of
# 2021 had up to 172,000 voters); a larger count is a typo.
MAX_COUNT = 1_000_000
# The longest texts a record keeps, in characters: a name, a position, a contact, an address, a
# file name; a description, notes, a list of witnesses (a long pasted chat log fits). The app
# refuses a longer one where it is typed and the merge refuses a bundle holding one, so what an
# observer could save is never what a coordinator must reject.
MAX_NAME = 1_000
MAX_TEXT = 100_000
MAX_PROTOCOL_TEXT = MAX_NAME  # who certified a protocol's copy: a name and a position
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "observers": {"full_name": MAX_NAME, "organisation": MAX_NAME, "contact": MAX_NAME},
    "stations": {"region": MAX_NAME, "district": MAX_NAME, "address": MAX_NAME},
    "obstructions": {"ordered_by": MAX_TEXT, "ordered_by_position": MAX_TEXT,
                     "stated_reason": MAX_TEXT, "witnesses": MAX_TEXT, "notes": MAX_TEXT},
    "turnout_announcements": {"notes": MAX_TEXT},
    "incidents": {"description": MAX_TEXT},
    "protocols": {"certified_by": MAX_PROTOCOL_TEXT},
    "photos": {"filename": MAX_NAME},
}


def text_too_long(table: str, row: "dict[str, object]") -> Message | None:
    """The sentence for the first text of a row (column: value) longer than its table keeps."""
    for column, most in TEXT_LIMITS.get(table, {}).items():
        value = row.get(column)
        if isinstance(value, str) and len(value) > most:
            return Message("records.text_too_long", QT_TRANSLATE_NOOP(
                "Messages", "The text is {length} characters long, longer than the {most} a "
                "record keeps; shorten it (a long document can be attached as a photo)."),
                {"length": len(value), "most": most})
    return None


def utc_now() -> str:
    """Now, in UTC, as ISO 8601 with milliseconds: the form every timestamp is stored in."""
    return format_time(dt.datetime.now(dt.timezone.utc))


def format_time(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the laptop's local time
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@dataclass
class Record:
    id: str
    created_at: str = ""
    updated_at: str = ""
    version: int = 1
    deleted: bool = False


@dataclass
class Election(Record):
    name: dict[str, str] = field(default_factory=dict)
    date: str = ""
    template_json: str = ""


@dataclass
class Station(Record):
    election_id: str = ""
    code: str = ""
    region: str = ""
    district: str = ""
    address: str = ""
    registered_voters: int | None = None


@dataclass
class Observer(Record):
    full_name: str = ""
    organisation: str = ""
    contact: str = ""
    identity_path: str = ""


@dataclass
class Protocol(Record):
    station_id: str = ""
    observer_id: str = ""
    values: dict[str, int | None] = field(default_factory=dict)
    source: str = NO_SOURCE  # one of SOURCES once the observer has chosen it
    status: str = "draft"
    as_on_official_copy: bool = False
    recorded_at: str = ""
    commission_signed_at: str | None = None  # when the commission signed it, if the observer saw
    certified_by: str = ""  # who certified the copy: name and position, as on the copy


@dataclass
class Obstruction(Record):
    station_id: str = ""
    observer_id: str = ""
    kind: str = "other"
    stage: str = ""
    started_at: str = ""
    ended_at: str | None = None
    ordered_by: str = ""
    ordered_by_position: str = ""
    stated_reason: str = ""
    witnesses: str = ""
    notes: str = ""

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass
class TurnoutTally(Record):
    station_id: str = ""
    observer_id: str = ""
    at: str = ""


@dataclass
class TurnoutAnnouncement(Record):
    station_id: str = ""
    observer_id: str = ""
    at: str = ""
    voters: int | None = None
    percent: float | None = None
    notes: str = ""


@dataclass
class Incident(Record):
    station_id: str = ""
    observer_id: str = ""
    category: str = "other"
    occurred_at: str = ""
    description: str = ""


@dataclass
class Photo(Record):
    observer_id: str = ""
    owner_table: str = ""
    owner_id: str = ""
    filename: str = ""
    sha256: str = ""
    size: int = 0


@dataclass
class Visit(Record):
    station_id: str = ""
    observer_id: str = ""
    arrived_at: str | None = None
    departed_at: str | None = None


@dataclass(frozen=True)
class MergedBundle:
    """A bundle a coordinator database has seen: merged or rejected, with its signer."""

    sha256: str
    file_name: str
    status: str  # "merged" | "rejected" | "withdrawn"
    reason: Message  # why it was rejected or withdrawn; str(reason) is English, "" for a merged bundle
    observer_id: str | None
    signer_name: str | None
    signer_org: str | None
    verified: bool
    self_signed: bool
    merged_at: str


@dataclass(frozen=True)
class ConflictRecord:
    """A variant of a record that lost in a merge and is kept whole (see observer_app.merge)."""

    table_name: str
    record_id: str
    observer_id: str
    kind: str  # merge/rules.py: diverged, unverified, second_protocol, second_visit, id_collision, station_attributes
    version: int
    row: dict
    bundle_sha256: str | None
    winner_id: str | None
