"""The single writer of a coordinator database: it stores every bundle's copies and executes
what the merge's rules (merge/rules.py) decide from them. SQL only; no policy of its own.

Layout (schema 4): carried_<table> holds each merged bundle's copy of each record; <table> holds,
per record (a signer's observer id and a record id; a station's id; the observer's id), the copy
the rules keep, its provenance (bundle_sha256) naming the smallest-hash bundle that carried it;
conflict_records lists the copies the rules list. Whenever a bundle adds copies, or is withdrawn,
rejected later or verified later, the records it carried are decided again from the copies that
remain, so the database is a function of the set of merged bundles, whatever their order.

Most bundles bring only records nobody holds yet: those are written as they come, a task's
bundles in one statement per table (the rules give the same for a record with one copy).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from observer_app.bundle import BundleCheck
from observer_app.domain.records import utc_now
from observer_app.domain.template import station_id
from observer_app.merge import rules
from observer_app.merge.pool import MERGE_TABLES, PROVENANCE, BundlePayload, merge_columns
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.connect import write_transaction
from observer_app.storage.schema import OWNED_TABLES
from observer_app.storage.store import Store

_CHUNK = 500
_STATION_ATTRIBUTES = ("code", "region", "district", "address", "registered_voters")
_REFERS_TO_STATION = "SELECT 1 WHERE " + " OR ".join(
    f"EXISTS (SELECT 1 FROM [{t}] WHERE station_id = :s)"
    for t in ("official_results", "overrides", "visits", "protocols", "obstructions",
              "turnout_tallies", "turnout_announcements", "incidents"))


@dataclass(frozen=True)
class HeldElection:
    """The coordinator's election: loaded from a file, or taken from the bundles."""

    id: str
    template_json: str
    codes: frozenset[str]
    loaded: bool


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class Merger:
    """Writes bundles' records into a coordinator database (one writer at a time)."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db
        self.conn = store.db.conn
        self.columns = merge_columns()
        self.names = {t: ", ".join(f"[{c}]" for c in cols) for t, cols in self.columns.items()}
        self._held: HeldElection | None = None
        self._held_read = False
        self._held_tentative = False  # set by this savepoint: gone if it is rolled back
        self._codes: dict[str, frozenset[str]] = {}  # per template text
        self._sql: dict[tuple[str, str], str] = {}

    # --- bundles --------------------------------------------------------------------------------

    def status(self, sha256: str) -> tuple[str, bool, str] | None:
        """(status, verified, English reason) of a bundle this database has seen, else None."""
        row = self.conn.execute("SELECT status, verified, reason FROM bundles WHERE sha256 = ?",
                                [sha256]).fetchone()
        return (row[0], bool(row[1]), row[2] or "") if row else None

    def record_bundle(self, check: BundleCheck, status: str, reason: Message | None = None,
                      manifest_json: str | None = None) -> None:
        """Notes a bundle's fate. reason (why it was rejected) is kept twice: as the English
        sentence (``reason``, for scripts and sqlite readers) and as the Message
        (``reason_json``, which the GUI shows in the coordinator's language). A merged or
        withdrawn bundle keeps its status here (unmerge() changes it); first_seen_at is set once."""
        manifest = manifest_json if manifest_json is not None else (
            json.dumps(check.manifest, sort_keys=True, ensure_ascii=False) if check.manifest else None)
        text, stored = (str(reason), reason.to_json()) if reason is not None else ("", "")
        now = utc_now()
        self.conn.execute(
            "INSERT INTO bundles (sha256, file_name, status, reason, reason_json, observer_id, "
            "signer_name, signer_org, cert_sha256, verified, self_signed, election_id, "
            "manifest_json, merged_at, first_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
            "status = excluded.status, reason = excluded.reason, "
            "reason_json = excluded.reason_json, file_name = excluded.file_name, "
            "verified = excluded.verified, self_signed = excluded.self_signed, "
            "signer_name = excluded.signer_name, signer_org = excluded.signer_org, "
            "cert_sha256 = excluded.cert_sha256, manifest_json = coalesce(excluded.manifest_json, "
            "bundles.manifest_json), merged_at = excluded.merged_at "
            "WHERE bundles.status = 'rejected'",
            [check.sha256, os.path.basename(check.path), status, text, stored, check.observer_id,
             check.signer_name, check.signer_org, check.cert_sha256, int(bool(check.trusted)),
             int(bool(check.self_signed)), check.election_id, manifest, now, now])

    def _audit(self, sha256: str, field: str, old: str | None, new: str | None) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, observer_id, table_name, record_id, field, old, new) "
            "VALUES (?, NULL, 'bundles', ?, ?, ?, ?)", [utc_now(), sha256, field, old, new])

    # --- the election ---------------------------------------------------------------------------

    def held_election(self) -> HeldElection | None:
        if not self._held_read:
            row = self.conn.execute("SELECT id, template_json, bundle_sha256 FROM election").fetchone()
            self._held = None
            if row is not None:
                codes = self._codes.get(row[1])
                if codes is None:
                    codes = self._codes[row[1]] = frozenset(self.store.template().codes)
                self._held = HeldElection(row[0], row[1], codes, row[2] is None)
            self._held_read = True
        return self._held

    def election_refusal(self, payload: BundlePayload) -> Message | None:
        """Why a bundle's election does not fit this database's, or None."""
        held, election = self.held_election(), payload.election
        if held is None or election is None:
            return None
        if held.id != election.id:
            return Message("merge.other_election", QT_TRANSLATE_NOOP(
                "Messages", "the bundle is for the election “{bundle_election}”; this database holds "
                "“{held}”"), {"bundle_election": election.id, "held": held.id})
        if not held.loaded and held.template_json != election.template_json:
            return Message("merge.other_template", QT_TRANSLATE_NOOP(
                "Messages", "it carries another version of the election “{election}” than the "
                "bundles merged before (its lines, parties, relations or names differ); load the "
                "election file into the coordinator's database ('observer-app election load FILE "
                "--db COORD'), which then decides, and merge it again"), {"election": election.id})
        unknown = sorted(payload.codes - held.codes)
        if unknown:
            return Message("merge.unknown_codes", QT_TRANSLATE_NOOP(
                "Messages", "its protocols hold values for “{codes}”, which the election in this "
                "database does not have"), {"codes": ", ".join(unknown[:5])})
        return None

    def _put_election(self, payload: BundlePayload) -> None:
        """The election of the first bundle becomes the database's (version 1, never deleted);
        its provenance is the smallest hash of the bundles merged."""
        if self.held_election() is not None:
            if not self._held.loaded:
                self.conn.execute("UPDATE election SET bundle_sha256 = ? WHERE bundle_sha256 > ?",
                                  [payload.check.sha256, payload.check.sha256])
            return
        e = payload.election
        now = utc_now()
        self.conn.execute(
            "INSERT INTO election (id, created_at, updated_at, version, deleted, name_json, date, "
            "template_json, bundle_sha256) VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?)",
            [e.id, now, now, e.name_json, e.date, e.template_json, payload.check.sha256])
        self._held = HeldElection(e.id, e.template_json, e.codes, False)
        self._held_read = self._held_tentative = True

    def _refresh_election(self) -> None:
        """After a bundle left: the provenance of an election taken from bundles is the smallest
        hash of those still merged; with none left (and no station loaded), it goes."""
        held = self.held_election()
        if held is None or held.loaded:
            return
        (first,) = self.conn.execute("SELECT min(sha256) FROM bundles WHERE status = 'merged'").fetchone()
        if first is not None:
            self.conn.execute("UPDATE election SET bundle_sha256 = ?", [first])
        elif self.conn.execute("SELECT 1 FROM stations LIMIT 1").fetchone() is None:
            self.conn.execute("DELETE FROM election")
            self._held, self._held_read = None, True

    def forget(self) -> None:
        """A savepoint was rolled back: an election it stored is gone."""
        if self._held_tentative:
            self._held_read = self._held_tentative = False

    # --- writing a bundle -----------------------------------------------------------------------

    @contextlib.contextmanager
    def savepoint(self):
        """Everything a bundle changes, or nothing (inside the merge's transaction)."""
        if not self.conn.in_transaction:
            try:
                with write_transaction(self.db):
                    yield
            except BaseException:
                self.forget()
                raise
            self._held_tentative = False
            return
        self.conn.execute("SAVEPOINT merge_bundle")
        try:
            yield
        except BaseException:
            self.forget()
            if self.conn.in_transaction:  # an error may have ended the whole transaction
                self.conn.execute("ROLLBACK TO SAVEPOINT merge_bundle")
                self.conn.execute("RELEASE SAVEPOINT merge_bundle")
            raise
        self.conn.execute("RELEASE SAVEPOINT merge_bundle")
        self._held_tentative = False

    def merge(self, payload: BundlePayload) -> Message | None:
        """Writes one checked bundle (its fate recorded as merged), inside a savepoint. Returns
        None, or why it was refused (then nothing of it is written)."""
        refusal = self.election_refusal(payload)
        if refusal is not None:
            return refusal
        try:
            with self.savepoint():
                self.record_bundle(payload.check, "merged", manifest_json=payload.manifest_json)
                self._put_election(payload)
                if not self._insert_new([payload]):
                    raise _NotAllNew
        except (_NotAllNew, sqlite3.IntegrityError):
            with self.savepoint():
                self.record_bundle(payload.check, "merged", manifest_json=payload.manifest_json)
                self._put_election(payload)
                signer = payload.check.observer_id
                self._merge_stations([payload])
                for table in MERGE_TABLES:
                    if table != "stations" and payload.tables.get(table):
                        self._merge_rows(table, signer, payload.tables[table])
        return None

    def merge_new(self, payloads: Sequence[BundlePayload]) -> set[int]:
        """Writes together those of payloads whose records are all new; returns their positions
        (merged and recorded), or an empty set, having written nothing.

        Candidates: checked, not in this database yet, the first with their hash here, for the
        election this database holds. When any of their records (other than a station) is
        already in the database or in another candidate, nothing is kept and each bundle is
        merged on its own (merge()), which gives the same records.
        """
        held = self.held_election()
        if len(payloads) < 2 or held is None:
            return set()
        hashes = [p.check.sha256 for p in payloads if p.check.ok]
        seen_here = {row[0] for chunk in _chunks(hashes) for row in self.conn.execute(
            f"SELECT sha256 FROM bundles WHERE status != 'rejected' AND sha256 IN ({_marks(len(chunk))})",
            list(chunk))}
        chosen: list[int] = []
        seen: set[str] = set()
        for i, p in enumerate(payloads):
            sha = p.check.sha256
            if (p.check.ok and p.refusal is None and sha not in seen_here and sha not in seen
                    and p.election is not None and self.election_refusal(p) is None):
                chosen.append(i)
            seen.add(sha)
        if len(chosen) < 2:
            return set()
        try:
            with self.savepoint():
                for i in chosen:
                    self.record_bundle(payloads[i].check, "merged", manifest_json=payloads[i].manifest_json)
                    self._put_election(payloads[i])
                if not self._insert_new([payloads[i] for i in chosen]):
                    raise _NotAllNew
        except (_NotAllNew, sqlite3.IntegrityError):
            return set()
        return set(chosen)

    def _insert_sql(self, table: str, target: str, verb: str = "INSERT", on_conflict: bool = False) -> str:
        key = (table, f"{verb} {target} {on_conflict}")
        sql = self._sql.get(key)
        if sql is None:
            n = len(self.columns[table]) + 1
            sql = (f"{verb} INTO [{target}] ({self.names[table]}, [{PROVENANCE}]) VALUES ({_marks(n)})"
                   + (" ON CONFLICT DO NOTHING" if on_conflict else ""))
            self._sql[key] = sql
        return sql

    def _insert_new(self, payloads: Sequence[BundlePayload]) -> bool:
        """Inserts the payloads' records when none of them (stations aside) is in the database
        yet, by its key or by a unique key; False when one is (some rows may be in: the caller
        rolls back). A record with one copy needs no other: its kept row is that copy."""
        self._merge_stations(payloads)
        for table in MERGE_TABLES:
            if table == "stations":
                continue
            rows = [row for p in payloads for row in p.tables.get(table, ())]
            if rows and self.conn.executemany(self._insert_sql(table, table, on_conflict=True),
                                              rows).rowcount != len(rows):
                return False
        return True

    # --- records and their copies ----------------------------------------------------------------
    #
    # Every merged bundle's copy of a record is known: where a record has one copy (the usual
    # case), it is the kept row itself, whose provenance names the bundle; where it has more, or
    # shares its station with another record of its signer (one protocol, one visit per station),
    # every copy is in carried_<table>, the kept one among them. So carried_<table> holds exactly
    # the records that have something to decide, whatever the order the bundles came in.

    def _scope(self, table: str) -> str:
        return "observer_id = ? AND " if table in OWNED_TABLES else ""

    def _ids_with(self, source: str, table: str, signer: str | None, ids: Iterable[str],
                  extra: str = "") -> set[str]:
        scope = self._scope(table)
        found: set[str] = set()
        for chunk in _chunks(sorted(ids)):
            found.update(row[0] for row in self.conn.execute(
                f"SELECT DISTINCT id FROM [{source}] WHERE {scope}id IN ({_marks(len(chunk))}){extra}",
                ([signer] if scope else []) + list(chunk)))
        return found

    def _materialize(self, table: str, signer: str | None, ids: Iterable[str]) -> None:
        """The kept rows of these records that are their only copy become copies in carried_
        (before another copy joins them, or their bundle leaves)."""
        scope = self._scope(table).replace("observer_id", "t.observer_id")
        key = ("observer_id", "id") if table in OWNED_TABLES else ("id",)
        same = " AND ".join(f"c.[{k}] = t.[{k}]" for k in key)
        for chunk in _chunks(sorted(ids)):
            self.conn.execute(
                f"INSERT OR IGNORE INTO [carried_{table}] SELECT * FROM [{table}] t WHERE {scope}"
                f"t.id IN ({_marks(len(chunk))}) AND t.bundle_sha256 IN (SELECT sha256 FROM bundles "
                f"WHERE status = 'merged') AND NOT EXISTS (SELECT 1 FROM [carried_{table}] c "
                f"WHERE {same})", ([signer] if scope else []) + list(chunk))

    def _merge_rows(self, table: str, signer: str, rows: Sequence[tuple]) -> None:
        """One table of a bundle some of whose records are not new: the new ones are kept as
        they are; the others join their copies and are decided again."""
        ids = {row[0] for row in rows}
        taken = self._ids_with(table, table, signer, ids) | self._ids_with(f"carried_{table}", table, signer, ids)
        if table in rules.SECOND:
            station_at = self.columns[table].index("station_id")
            stations = {row[station_at] for row in rows}
            at_station: dict[str, set[str]] = defaultdict(set)
            for chunk in _chunks(sorted(stations)):
                for source in (table, f"carried_{table}"):
                    for record_id, station in self.conn.execute(
                            f"SELECT id, station_id FROM [{source}] WHERE observer_id = ? AND "
                            f"station_id IN ({_marks(len(chunk))})", [signer, *chunk]):
                        at_station[station].add(record_id)
            taken |= {row[0] for row in rows if at_station[row[station_at]] - {row[0]}}
        fresh = [row for row in rows if row[0] not in taken]
        if fresh:
            self.conn.executemany(self._insert_sql(table, table), fresh)
        held = [row for row in rows if row[0] in taken]
        if held:
            self._materialize(table, signer, taken)
            self.conn.executemany(self._insert_sql(table, f"carried_{table}", "INSERT OR IGNORE"), held)
            self._decide_records(table, signer, taken)

    def _variants(self, table: str, signer: str | None, ids: Iterable[str]) -> dict[str, list[rules.Variant]]:
        """Every merged bundle's copy of these records (of this signer), from carried_."""
        columns = self.columns[table]
        version_at = columns.index("version")
        data_at = columns.index("data") if table == "photos" else None
        found: dict[str, list[rules.Variant]] = defaultdict(list)
        scope = self._scope(table).replace("observer_id", "c.observer_id")
        select = ", ".join(f"c.[{c}]" for c in columns)
        for chunk in _chunks(sorted(ids)):
            params = ([signer] if scope else []) + list(chunk)
            for row in self.conn.execute(
                    f"SELECT {select}, c.bundle_sha256, b.verified FROM [carried_{table}] c "
                    f"JOIN bundles b ON b.sha256 = c.bundle_sha256 AND b.status = 'merged' "
                    f"WHERE {scope}c.id IN ({_marks(len(chunk))})", params):
                record = row[:-2]
                content = record if data_at is None else record[:data_at] + record[data_at + 1:]
                found[record[0]].append(rules.Variant(record, row[-2], bool(row[-1]),
                                                      int(record[version_at]), rules.content_of(content)))
        return found

    def _current(self, table: str, signer: str | None, ids: Iterable[str]) -> dict[str, tuple]:
        scope = self._scope(table)
        found: dict[str, tuple] = {}
        for chunk in _chunks(sorted(ids)):
            params = ([signer] if scope else []) + list(chunk)
            for row in self.conn.execute(
                    f"SELECT {self.names[table]}, [{PROVENANCE}] FROM [{table}] "
                    f"WHERE {scope}id IN ({_marks(len(chunk))})", params):
                found[row[0]] = tuple(row)
        return found

    def _station_group_ids(self, table: str, signer: str, stations: set[str]) -> set[str]:
        """The ids of this signer's records (any copy, or kept) at these stations."""
        found: set[str] = set()
        for chunk in _chunks(sorted(stations)):
            marks = _marks(len(chunk))
            for source in (f"carried_{table}", table):
                found.update(row[0] for row in self.conn.execute(
                    f"SELECT id FROM [{source}] WHERE observer_id = ? AND station_id IN ({marks})",
                    [signer, *chunk]))
        return found

    def _stations_of(self, table: str, signer: str, ids: set[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(ids)):
            for source in (f"carried_{table}", table):
                found.update(row[0] for row in self.conn.execute(
                    f"SELECT station_id FROM [{source}] WHERE observer_id = ? AND id IN "
                    f"({_marks(len(chunk))})", [signer, *chunk]))
        return found

    def _decide_records(self, table: str, signer: str, ids: set[str]) -> None:
        """Decides these records again from their copies and stores the outcome: the kept rows,
        the listed copies, and copies only where a record still has something to decide."""
        columns = self.columns[table]
        ids = set(ids)
        kind = rules.SECOND.get(table)
        if kind is not None:  # one per station: every record of the stations involved
            while True:
                more = self._station_group_ids(table, signer, self._stations_of(table, signer, ids)) - ids
                if not more:
                    break
                ids |= more
        self._materialize(table, signer, ids)
        variants = self._variants(table, signer, ids)
        current = self._current(table, signer, ids)
        winners: dict[str, rules.Variant] = {}
        listed: list[tuple[str, rules.Listed]] = []
        for record_id, copies in variants.items():
            decision = rules.decide(copies)
            winners[record_id] = decision.winner
            listed.extend((record_id, x) for x in decision.listed)
        alone = {i for i, copies in variants.items() if len(copies) == 1}
        if kind is not None:
            id_at, station_at = columns.index("id"), columns.index("station_id")
            groups: dict[str, list[rules.Variant]] = defaultdict(list)
            for winner in winners.values():
                groups[winner.row[station_at]].append(winner)
            for group in groups.values():
                if len(group) == 1:
                    continue
                alone -= {w.row[id_at] for w in group}
                kept, others = rules.decide_unique(group, id_at, kind)
                for other in others:
                    del winners[other.variant.row[id_at]]
                    listed.append((kept.row[id_at], other))
        self._replace_listed(table, signer, ids, rules.RECORD_KINDS, listed)
        # A record left with one copy, alone at its station, needs no copy beside its kept row.
        scope = self._scope(table)
        for chunk in _chunks(sorted(alone)):
            self.conn.execute(f"DELETE FROM [carried_{table}] WHERE {scope}id IN ({_marks(len(chunk))})",
                              ([signer] if scope else []) + list(chunk))
        wanted = {i: (*w.row, w.bundle) for i, w in winners.items()}
        changed = [i for i in sorted(ids) if current.get(i) != wanted.get(i)]
        if not changed:
            return
        if table not in OWNED_TABLES:
            # The observer's row: records refer to it, so it is updated in place; it goes only
            # when no copy of it is left (nor, then, of the records that refer to it).
            sets = ", ".join(f"[{c}] = ?" for c in columns[1:])
            for i in changed:
                if i not in wanted:
                    self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [i])
                elif i in current:
                    self.conn.execute(f"UPDATE [{table}] SET {sets}, [{PROVENANCE}] = ? WHERE id = ?",
                                      [*wanted[i][1:], i])
                else:
                    self.conn.execute(self._insert_sql(table, table), wanted[i])
            return
        # A signer's records: out, then in (so that one-per-station never holds two for a moment).
        for chunk in _chunks(changed):
            self.conn.execute(f"DELETE FROM [{table}] WHERE observer_id = ? AND id IN ({_marks(len(chunk))})",
                              [signer, *chunk])
        rows = [wanted[i] for i in changed if i in wanted]
        if rows:
            self.conn.executemany(self._insert_sql(table, table), rows)

    def _listed_json(self, table: str, row: Sequence[Any]) -> str:
        return json.dumps({c: v for c, v in zip(self.columns[table], row) if c != "data"},
                          sort_keys=True, ensure_ascii=False)

    def _replace_listed(self, table: str, signer: str, ids: set[str], kinds: Sequence[str],
                        listed: Sequence[tuple[str, rules.Listed]]) -> None:
        """conflict_records for these records and kinds: exactly `listed` (winner id, copy)."""
        kind_marks = _marks(len(kinds))
        for chunk in _chunks(sorted(ids)):
            self.conn.execute(
                f"DELETE FROM conflict_records WHERE table_name = ? AND observer_id = ? AND "
                f"kind IN ({kind_marks}) AND record_id IN ({_marks(len(chunk))})",
                [table, signer, *kinds, *chunk])
        if listed:
            version_at = self.columns[table].index("version")
            self.conn.executemany(
                "INSERT OR REPLACE INTO conflict_records (table_name, record_id, observer_id, kind, "
                "version, row_json, bundle_sha256, winner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(table, x.variant.row[0], signer, x.kind, x.variant.row[version_at],
                  self._listed_json(table, x.variant.row), x.variant.bundle, winner_id)
                 for winner_id, x in listed])

    # --- stations --------------------------------------------------------------------------------

    def _merge_stations(self, payloads: Sequence[BundlePayload]) -> None:
        """The stations payloads bring: a new one is kept as its bundle has it; a loaded one is
        the file's (what bundles say of it is not kept); one that bundles brought before is
        decided again from every bundle's copy."""
        rows = [row for p in payloads for row in p.tables.get("stations", ())]
        if not rows:
            return
        ids = [row[0] for row in rows]
        there = {row[0]: row[1] for chunk in _chunks(ids) for row in self.conn.execute(
            f"SELECT id, bundle_sha256 FROM stations WHERE id IN ({_marks(len(chunk))})", list(chunk))}
        self.conn.executemany(self._insert_sql("stations", "stations", on_conflict=True),
                              [row for row in rows if row[0] not in there])
        twice = ({i for i, n in Counter(ids).items() if n > 1} - set(there)) if len(payloads) > 1 else set()
        again = {i for i, bundle in there.items() if bundle is not None} | twice
        if again:
            self._materialize("stations", None, again)
            self.conn.executemany(self._insert_sql("stations", "carried_stations", "INSERT OR IGNORE"),
                                  [row for row in rows if row[0] in again])
            self._decide_stations(again)

    def _decide_stations(self, ids: Iterable[str]) -> None:
        """Stations no file loaded take their attributes from their copies (rules.decide_station);
        one that no merged bundle carries any more goes, unless something refers to it (the
        coordinator's official results or overrides; a record of another bundle, which a
        database upgraded from schema 3 may hold without that bundle's copy of the station):
        then its code stays, with no attribute
        from the bundles that left, and provenance '' (no bundle; not loaded either, so the
        next bundles that carry it decide its attributes again)."""
        columns = self.columns["stations"]
        at = [columns.index(c) for c in _STATION_ATTRIBUTES]
        select = ", ".join(f"c.[{c}]" for c in columns)
        ids = sorted(set(ids))
        self._materialize("stations", None, ids)
        for sid in ids:
            current = self.conn.execute(
                f"SELECT {self.names['stations']}, bundle_sha256 FROM stations WHERE id = ?", [sid]).fetchone()
            self.conn.execute("DELETE FROM conflict_records WHERE table_name = 'stations' AND "
                              "record_id = ? AND kind = ?", [sid, rules.STATION_ATTRIBUTES])
            if current is not None and current[-1] is None:
                self.conn.execute("DELETE FROM carried_stations WHERE id = ?", [sid])
                continue  # loaded from the election file or the station list: the file's
            copies = [rules.StationCopy(tuple(row[i] for i in at), tuple(row[:-3]), row[-3], bool(row[-2]),
                                        row[-1] or "")
                      for row in self.conn.execute(
                          f"SELECT {select}, c.bundle_sha256, b.verified, b.observer_id "
                          f"FROM carried_stations c JOIN bundles b ON b.sha256 = c.bundle_sha256 "
                          f"AND b.status = 'merged' WHERE c.id = ?", [sid])]
            if len(copies) <= 1:  # one copy: the kept row is it
                self.conn.execute("DELETE FROM carried_stations WHERE id = ?", [sid])
            if not copies:
                if current is None:
                    continue
                if self.conn.execute(_REFERS_TO_STATION, {"s": sid}).fetchone():
                    self.conn.execute(
                        "UPDATE stations SET region = '', district = '', address = '', "
                        "registered_voters = NULL, bundle_sha256 = '' WHERE id = ?", [sid])
                else:
                    self.conn.execute("DELETE FROM stations WHERE id = ?", [sid])
                continue
            chosen, others = rules.decide_station(copies)
            wanted = (*chosen.row, chosen.bundle)
            if current is None:
                self.conn.execute(self._insert_sql("stations", "stations"), wanted)
            elif tuple(current) != wanted:
                sets = ", ".join(f"[{c}] = ?" for c in columns[1:])
                self.conn.execute(f"UPDATE stations SET {sets}, bundle_sha256 = ? WHERE id = ?",
                                  [*chosen.row[1:], chosen.bundle, sid])
            if others:
                signers = dict(self.conn.execute(
                    f"SELECT sha256, observer_id FROM bundles WHERE sha256 IN ({_marks(len(others))})",
                    [o.bundle for o in others]).fetchall())
                self.conn.executemany(
                    "INSERT OR REPLACE INTO conflict_records (table_name, record_id, observer_id, "
                    "kind, version, row_json, bundle_sha256, winner_id) "
                    "VALUES ('stations', ?, ?, ?, 1, ?, ?, ?)",
                    [(sid, signers.get(o.bundle) or "", rules.STATION_ATTRIBUTES,
                      self._listed_json("stations", o.row), o.bundle, sid) for o in others])

    # --- a bundle leaves, or is verified later --------------------------------------------------

    def _carried_ids(self, sha256: str, signer: str | None) -> dict[str, set[str]]:
        """The ids of every record a merged bundle brought, per table: copies of its in carried_,
        and kept rows that are its only copy."""
        found: dict[str, set[str]] = {}
        for table in MERGE_TABLES:
            if table == "stations":
                manifest = self.conn.execute("SELECT manifest_json, election_id FROM bundles WHERE "
                                             "sha256 = ?", [sha256]).fetchone()
                codes = json.loads(manifest[0]).get("stations", []) if manifest and manifest[0] else []
                ids = {station_id(manifest[1], code) for code in codes} if codes else set()
                found[table] = (self._ids_with("carried_stations", table, None, ids,
                                               f" AND bundle_sha256 = '{sha256}'")
                                | self._ids_with("stations", table, None, ids,
                                                 f" AND bundle_sha256 = '{sha256}'"))
                continue
            scope = "observer_id = ? AND " if table in OWNED_TABLES else "id = ? AND "
            found[table] = {row[0] for source in (f"carried_{table}", table) for row in self.conn.execute(
                f"SELECT id FROM [{source}] WHERE {scope}bundle_sha256 = ?", [signer, sha256])}
        return found

    def unmerge(self, sha256: str, status: str, reason: Message) -> bool:
        """A merged bundle leaves (withdrawn by the coordinator, or rejected by a later check):
        its copies go, and what it brought is decided again from the copies that remain, as if
        it had never been merged. Returns False when it was not merged."""
        row = self.conn.execute("SELECT status, observer_id FROM bundles WHERE sha256 = ?",
                                [sha256]).fetchone()
        if row is None or row[0] != "merged":
            return False
        signer = row[1]
        with self.savepoint():
            carried = self._carried_ids(sha256, signer)
            for table, ids in carried.items():  # its copies, where they were only kept rows
                if ids:
                    self._materialize(table, signer if table in OWNED_TABLES else None, ids)
            self.conn.execute(
                "UPDATE bundles SET status = ?, reason = ?, reason_json = ?, merged_at = ? WHERE sha256 = ?",
                [status, str(reason), reason.to_json(), utc_now(), sha256])
            self._audit(sha256, "status", "merged", status)
            self._audit(sha256, "reason", None, str(reason))
            for table in reversed(MERGE_TABLES):  # owned records, then stations, then the observer
                ids = carried[table]
                if not ids:
                    continue
                scope = "observer_id = ? AND " if table in OWNED_TABLES else ""
                for chunk in _chunks(sorted(ids)):
                    self.conn.execute(
                        f"DELETE FROM [carried_{table}] WHERE {scope}bundle_sha256 = ? AND id IN "
                        f"({_marks(len(chunk))})", ([signer] if scope else []) + [sha256, *chunk])
                if table == "stations":
                    self._decide_stations(ids)
                else:
                    self._decide_records(table, signer, ids)
            self._refresh_election()
        return True

    def reverify(self, check: BundleCheck) -> None:
        """A bundle merged without a trusted CA has now been verified against one: its copies now
        beat unverified ones, so the records it shares with other bundles are decided again."""
        with self.savepoint():
            self.conn.execute(
                "UPDATE bundles SET verified = 1, self_signed = ?, signer_name = ?, signer_org = ?, "
                "cert_sha256 = ? WHERE sha256 = ? AND status = 'merged' AND verified = 0",
                [int(bool(check.self_signed)), check.signer_name, check.signer_org, check.cert_sha256,
                 check.sha256])
            self._audit(check.sha256, "verified", "0", "1")
            for table in MERGE_TABLES:  # a record whose kept row is its only copy stays as it is
                scope = "observer_id = ? AND " if table in OWNED_TABLES else ("id = ? AND " if table == "observers" else "")
                params = [check.observer_id] if scope else []
                ids = {row[0] for row in self.conn.execute(
                    f"SELECT id FROM [carried_{table}] WHERE {scope}bundle_sha256 = ?", [*params, check.sha256])}
                if not ids:
                    continue
                if table == "stations":
                    self._decide_stations(ids)
                else:
                    self._decide_records(table, check.observer_id, ids)

    # --- over the whole database ----------------------------------------------------------------

    def refresh_collisions(self) -> None:
        """Lists, as id collisions, the records of different signers that share a record id (each
        is its signer's own record; neither changes the other)."""
        self.conn.execute("DELETE FROM conflict_records WHERE kind = ?", [rules.ID_COLLISION])
        for table in OWNED_TABLES:
            columns = self.columns[table]
            version_at = columns.index("version")
            observer_at = columns.index("observer_id")
            rows = self.conn.execute(
                f"SELECT {self.names[table]}, [{PROVENANCE}] FROM [{table}] WHERE id IN "
                f"(SELECT id FROM [{table}] GROUP BY id HAVING count(*) > 1)").fetchall()
            self.conn.executemany(
                "INSERT OR REPLACE INTO conflict_records (table_name, record_id, observer_id, kind, "
                "version, row_json, bundle_sha256, winner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(table, row[0], row[observer_at], rules.ID_COLLISION, row[version_at],
                  self._listed_json(table, row[:-1]), row[-1] or "", row[0]) for row in rows])

    def rebuild(self) -> None:
        """Decides every record again from the copies (a database of an earlier schema, whose
        records were merged by earlier rules)."""
        with self.savepoint():
            self._decide_stations(row[0] for row in self.conn.execute(
                "SELECT DISTINCT id FROM carried_stations UNION SELECT id FROM stations "
                "WHERE bundle_sha256 IS NOT NULL").fetchall())
            for table in MERGE_TABLES:
                if table == "stations":
                    continue
                owner = "observer_id" if table in OWNED_TABLES else "id"
                keys: dict[str, set[str]] = defaultdict(set)
                for signer, record_id in self.conn.execute(
                        f"SELECT {owner}, id FROM [carried_{table}] UNION SELECT {owner}, id FROM "
                        f"[{table}] WHERE bundle_sha256 IS NOT NULL").fetchall():
                    keys[signer].add(record_id)
                for signer, ids in sorted(keys.items()):
                    self._decide_records(table, signer, ids)
            self.refresh_collisions()
            self.conn.execute("DELETE FROM settings WHERE key = 'merge_rebuild'")

    _LISTING = "table_name, record_id, observer_id, bundle_sha256"

    def note_conflicts(self) -> None:
        """Remembers the listings held now, for conflicts_added() (a temporary table)."""
        self.conn.execute("DROP TABLE IF EXISTS temp.listed_before")
        self.conn.execute(f"CREATE TEMP TABLE listed_before AS SELECT {self._LISTING} FROM conflict_records")

    def conflicts_added(self) -> int:
        """The listings held now that note_conflicts() did not see (a bundle that left takes its
        listings with it: those are not subtracted)."""
        (added,) = self.conn.execute(
            f"SELECT count(*) FROM (SELECT {self._LISTING} FROM conflict_records "
            f"EXCEPT SELECT {self._LISTING} FROM temp.listed_before)").fetchone()
        self.conn.execute("DROP TABLE IF EXISTS temp.listed_before")
        return added


class _NotAllNew(Exception):
    """A bundle brings a record the database already holds: the rules decide."""
