"""The merge's rules: which copy of a record a coordinator keeps, and which it lists.

Pure functions of the copies alone (no SQL, no order): the writer gathers every merged bundle's
copy of a record and executes what these return, so any order of the same bundles gives the same
database, and withdrawing a bundle gives the database as if it had never been merged.

- A record is one signer's: observer X's copies of X's record id (``Variant``). Another signer's
  record with the same id is another record (the writer lists the two as an id collision).
- Of one record's copies (``decide``): a verified copy beats an unverified one, then the higher
  version (a newer export supersedes an older), then the greater content (two different copies
  at one version: the choice does not depend on the order, and the other is listed). The copy
  kept names, of the bundles that carried exactly it, the one with the smallest hash.
- Listed beside it, whole: a different copy at the winner's version or higher, as ``diverged``,
  or as ``unverified`` when an unverified copy lost to a verified one. Older versions are not
  listed: they are what the newer export superseded.
- One protocol (one visit) per observer and station (``decide_unique``): of one signer's records
  for one station, a verified one, then the larger record id; the others listed as
  ``second_protocol`` (``second_visit``).
- A station no election file or station list loaded (``decide_station``): its attributes as most
  bundles carry them (verified bundles first), ties by the lowest bundle hash; the others listed
  as ``station_attributes``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

DIVERGED = "diverged"
UNVERIFIED = "unverified"
SECOND = {"protocols": "second_protocol", "visits": "second_visit"}
STATION_ATTRIBUTES = "station_attributes"
ID_COLLISION = "id_collision"
# The kinds one record's copies and one station group's records give (the writer replaces them
# when it decides a record again); id collisions and station attributes are decided elsewhere.
RECORD_KINDS = (DIVERGED, UNVERIFIED, *SECOND.values())


def content_of(row: Sequence[Any]) -> str:
    """A copy's content as text: equal for equal rows, and ordered the same in every process."""
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Variant:
    """One bundle's copy of a record.

    row: the record's columns in the table's order, without the provenance column (a photo's
    bytes replaced by nothing: its sha256 column names them); bundle: the SHA-256 of the bundle
    that carried it; verified: whether that bundle's signer chains to a trusted CA.
    """

    row: tuple
    bundle: str
    verified: bool
    version: int
    content: str

    @classmethod
    def of(cls, row: Sequence[Any], bundle: str, verified: bool, version: int) -> "Variant":
        return cls(tuple(row), bundle, bool(verified), int(version), content_of(row))

    @property
    def rank(self) -> tuple[bool, int, str]:
        return self.verified, self.version, self.content


@dataclass(frozen=True)
class Listed:
    """A copy the coordinator keeps aside and lists, and why."""

    variant: Variant
    kind: str


@dataclass(frozen=True)
class Decision:
    """Of one record's copies: the one kept, and those listed beside it."""

    winner: Variant
    listed: tuple[Listed, ...]


def decide(variants: Iterable[Variant]) -> Decision:
    """The copy of one record a coordinator keeps, and the copies it lists (see the module)."""
    found = list(variants)
    if not found:
        raise ValueError("a record has at least one copy")
    best = max(v.rank for v in found)
    winner = min((v for v in found if v.rank == best), key=lambda v: v.bundle)
    listed: dict[tuple[bool, str], Listed] = {}
    for v in found:
        if v.content == winner.content or v.version < winner.version:
            continue  # the same record, or what a newer export superseded
        kind = UNVERIFIED if winner.verified and not v.verified else DIVERGED
        key = (v.verified, v.content)  # one listing per distinct copy: its smallest-hash carrier
        if key not in listed or v.bundle < listed[key].variant.bundle:
            listed[key] = Listed(v, kind)
    return Decision(winner, tuple(sorted(listed.values(), key=lambda x: (x.variant.bundle, x.variant.content))))


def decide_unique(winners: Iterable[Variant], id_at: int, kind: str) -> tuple[Variant, tuple[Listed, ...]]:
    """Of one signer's records for one station (each the winner of its copies), the one kept: a
    verified one first, then the larger record id; the others listed as `kind`."""
    found = list(winners)
    if not found:
        raise ValueError("a station group has at least one record")
    kept = max(found, key=lambda v: (v.verified, v.row[id_at]))
    others = sorted((v for v in found if v is not kept), key=lambda v: v.row[id_at])
    return kept, tuple(Listed(v, kind) for v in others)


@dataclass(frozen=True)
class StationCopy:
    """One bundle's copy of a station: its attributes (what observers may disagree on) and row."""

    attributes: tuple
    row: tuple
    bundle: str
    verified: bool
    signer: str = ""  # the bundle's observer id: one observer's exports count as one voice


def decide_station(copies: Iterable[StationCopy]) -> tuple[StationCopy, tuple[StationCopy, ...]]:
    """The copy whose attributes a station takes when no file loaded it (the attributes most
    observers give, verified ones first), and one copy (the smallest-hash carrier) of each other
    set of attributes, to list."""
    groups: dict[tuple, list[StationCopy]] = defaultdict(list)
    for copy in copies:
        groups[copy.attributes].append(copy)
    if not groups:
        raise ValueError("a station has at least one copy")
    firsts = {attrs: min(group, key=lambda c: c.bundle) for attrs, group in groups.items()}

    def weight(attrs: tuple) -> tuple:
        group = groups[attrs]
        verified = {c.signer for c in group if c.verified}
        # The most observers in verified bundles first, then the most observers (one observer
        # exporting ten times is one voice); ties by the lowest hash (negated: max() takes the
        # greatest, and the lowest hash must win).
        return (len(verified), len({c.signer for c in group}), [-ord(ch) for ch in firsts[attrs].bundle],
                repr(attrs))

    chosen = max(groups, key=weight)
    others = sorted((firsts[a] for a in groups if a != chosen), key=lambda c: c.bundle)
    return firsts[chosen], tuple(others)
