"""The observer database as domain records: every write versioned, timestamped and audited."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from sqlite_utils import Database

from observer_app.domain import records as r
from observer_app.domain.template import ElectionTemplate, StationSpec, parse_template_text, station_id
from observer_app.errors import InvalidValueError, NotFoundError, ObserverAppError, WrongKindError
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.connect import set_busy_timeout, write_transaction
from observer_app.storage.schema import KIND_SETTING, OWNED_TABLES, create_coordinator_tables, open_database

R = TypeVar("R", bound=r.Record)

_TABLES: dict[type, str] = {
    r.Election: "election",
    r.Observer: "observers",
    r.Station: "stations",
    r.Visit: "visits",
    r.Protocol: "protocols",
    r.Obstruction: "obstructions",
    r.TurnoutTally: "turnout_tallies",
    r.TurnoutAnnouncement: "turnout_announcements",
    r.Incident: "incidents",
    r.Photo: "photos",
}
# Dataclass fields stored as JSON text in a column named <field>_json.
_JSON_FIELDS = {"name", "values"}
_BOOL_FIELDS = {"deleted", "as_on_official_copy"}
_COMMON = ("id", "created_at", "updated_at", "version", "deleted")


def new_id() -> str:
    return str(uuid.uuid4())


def _to_row(record: r.Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in _JSON_FIELDS:
            row[f"{f.name}_json"] = json.dumps(value, ensure_ascii=False, sort_keys=f.name != "name")
        elif f.name in _BOOL_FIELDS:
            row[f.name] = int(bool(value))
        else:
            row[f.name] = value
    return row


def _from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in _JSON_FIELDS:
            kwargs[f.name] = json.loads(row[f"{f.name}_json"])
        elif f.name in _BOOL_FIELDS:
            kwargs[f.name] = bool(row[f.name])
        elif f.name in row:
            kwargs[f.name] = row[f.name]
    return cls(**kwargs)


def _check_texts(table: str, row: Mapping[str, Any]) -> None:
    """Refuses a text longer than its record keeps (the merge refuses a bundle holding one)."""
    problem = r.text_too_long(table, dict(row))
    if problem is not None:
        raise InvalidValueError(problem)


def _audit_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class Store:
    """One observer database. Every write goes through here, in a transaction, with audit rows."""

    def __init__(self, db: Database, path: Path | None = None, clock: Callable[[], str] = r.utc_now):
        self.db = db
        self.path = path
        self.clock = clock
        self._observer_id: str | None = None
        self.closed = False

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, kind: str | None = None,
             command: str | None = None) -> "Store":
        """Opens (or, with create, makes) a database.

        kind: 'observer' or 'coordinator'. A database made by this call gets that kind (an
        observer's by default) and keeps it for life; an existing database of the other kind is
        refused (WrongKindError), naming `command` (what needs the kind) and both kinds.
        """
        path = Path(path)
        db = open_database(path, create=create)
        store = cls(db, path)
        try:
            if getattr(db, "created", False):
                store.set_setting(KIND_SETTING, kind or "observer")
            elif kind is not None:
                store.require_kind(kind, command)
            if store.kind == "coordinator":
                with store._write():
                    create_coordinator_tables(db)
        except BaseException:
            store.close()
            raise
        return store

    def _auditor(self) -> str | None:
        """Whom audit rows name: the observer who keeps an observer's database (made on first
        use); nobody in a coordinator's, which has no observer of its own."""
        return None if self.kind == "coordinator" else self.observer_id

    @property
    def kind(self) -> str:
        """'observer' or 'coordinator' (design.md, "Database kinds")."""
        return self.setting(KIND_SETTING) or "observer"

    def require_kind(self, kind: str, command: str | None = None) -> None:
        """Refuses this database unless it is of `kind`, with what to do instead."""
        if self.kind == kind:
            return
        what = command or "this"
        if kind == "observer":
            raise WrongKindError("store.needs_observer_db", QT_TRANSLATE_NOOP(
                "Messages", "{path} is a coordinator's database (observers' bundles merged into "
                "it); '{command}' works on an observer's database, the one the observer's app "
                "keeps: give that one."), path=str(self.path), command=what)
        raise WrongKindError("store.needs_coordinator_db", QT_TRANSLATE_NOOP(
            "Messages", "{path} is an observer's database; '{command}' works on a coordinator's "
            "database: make one with 'observer-app merge --into COORD.sqlite FILE.obsx' or "
            "'observer-app election load FILE --db COORD.sqlite --coordinator', and give that."),
            path=str(self.path), command=what)

    def close(self) -> None:
        self.closed = True
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- generic record writes ---------------------------------------------------------------

    def _write(self):
        """Every write's transaction: it takes the write lock first (BEGIN IMMEDIATE), waiting for
        another program's; DatabaseBusyError when it is not free in time (storage/connect.py)."""
        return write_transaction(self.db)

    def set_busy_timeout(self, seconds: float) -> None:
        """How long writes wait for another program's write lock (10 s unless set)."""
        set_busy_timeout(self.db, seconds)

    def _audit(self, at: str, table: str, record_id: str, field: str | None, old: Any, new: Any) -> None:
        self.db.execute(
            "INSERT INTO audit (at, observer_id, table_name, record_id, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, self._observer_id, table, record_id, field, _audit_text(old), _audit_text(new)],
        )

    def insert(self, record: R) -> R:
        """Stores a new record (id, timestamps and version filled in) and audits its creation."""
        now = self.clock()
        record = dataclasses.replace(record, id=record.id or new_id(), created_at=now,
                                     updated_at=now, version=1)
        table = _TABLES[type(record)]
        row = _to_row(record)
        _check_texts(table, row)
        with self._write():
            self.db[table].insert(row)
            shown = {k: v for k, v in row.items() if k not in _COMMON and k != "data"}
            self._audit(now, table, record.id, None, None, shown)
        return record

    def update(self, record: R, **changes: Any) -> R:
        """Applies field changes to a stored record; audits each changed field, bumps version."""
        table = _TABLES[type(record)]
        for name in changes:
            if name in _COMMON[:4] or name not in {f.name for f in dataclasses.fields(record)}:
                raise ValueError(f"{name!r} cannot be changed on {type(record).__name__}")
        with self._write():
            current = self._get(type(record), record.id)
            updated = dataclasses.replace(current, **changes)
            old_row, new_row = _to_row(current), _to_row(updated)
            diff = {k: v for k, v in new_row.items() if old_row[k] != v}
            if not diff:
                return current
            _check_texts(table, diff)
            now = self.clock()
            updated = dataclasses.replace(updated, updated_at=now, version=current.version + 1)
            changed = diff | {"updated_at": now, "version": updated.version}
            where = "id = ?" + (" AND observer_id = ?" if table in OWNED_TABLES else "")
            key = [record.id] + ([getattr(current, "observer_id")] if table in OWNED_TABLES else [])
            self.db.execute(f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in changed)} "
                            f"WHERE {where}", [*changed.values(), *key])
            for column in diff:
                if column == "values_json":
                    for code in sorted(set(current.values) | set(updated.values)):  # type: ignore[attr-defined]
                        old, new = current.values.get(code), updated.values.get(code)  # type: ignore[attr-defined]
                        if old != new:
                            self._audit(now, table, record.id, f"values.{code}", old, new)
                else:
                    self._audit(now, table, record.id, column, old_row[column], new_row[column])
        return updated

    def delete(self, record: R) -> R:
        """Marks a record deleted; records are never removed, so a deletion travels in a merge."""
        return self.update(record, deleted=True)

    def _get(self, cls: type[R], record_id: str) -> R:
        rows = list(self.db.query(f"SELECT * FROM [{_TABLES[cls]}] WHERE id = ?", [record_id]))
        if not rows:
            raise NotFoundError("store.no_record", QT_TRANSLATE_NOOP("Messages", "No record with id {id}."),
                                id=record_id)
        return _from_row(cls, rows[0])

    def get(self, cls: type[R], record_id: str) -> R:
        return self._get(cls, record_id)

    def _select(self, cls: type[R], where: str = "1", params: Sequence[Any] = (),
                order: str = "created_at", include_deleted: bool = False) -> list[R]:
        live = "" if include_deleted else " AND deleted = 0"
        sql = f"SELECT * FROM [{_TABLES[cls]}] WHERE ({where}){live} ORDER BY {order}"
        return [_from_row(cls, row) for row in self.db.query(sql, list(params))]

    # --- settings and the local observer -----------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self._write():
            if value is None:
                self.db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    def observer(self) -> r.Observer:
        """The observer who keeps this database (created, with an empty profile, on first use)."""
        observer_id = self.setting("observer_id")
        if observer_id is None:
            with self._write():
                observer = self.insert(r.Observer(id=new_id()))
                self.set_setting("observer_id", observer.id)
            self._observer_id = observer.id
            return observer
        self._observer_id = observer_id
        return self._get(r.Observer, observer_id)

    @property
    def observer_id(self) -> str:
        if self._observer_id is None:
            self.observer()
        return self._observer_id  # type: ignore[return-value]

    def update_observer(self, **changes: Any) -> r.Observer:
        return self.update(self.observer(), **changes)

    # --- election ----------------------------------------------------------------------------

    def election(self) -> r.Election | None:
        rows = self._select(r.Election)
        return rows[0] if rows else None

    def template(self) -> ElectionTemplate:
        election = self.election()
        if election is None:
            raise NotFoundError("store.no_election", QT_TRANSLATE_NOOP(
                "Messages", "This database has no election yet; load one with "
                "'observer-app election load FILE --db PATH'."))
        where = Message("store.stored_election", QT_TRANSLATE_NOOP(
            "Messages", "the election stored in {path}"), {"path": str(self.path or ":memory:")})
        return parse_template_text(election.template_json, where)

    def load_election(self, template: ElectionTemplate) -> tuple[r.Election, tuple[int, int, int]]:
        """Stores the election (one per database) and upserts the stations the file lists."""
        self._auditor()  # audit rows name the observer (none in a coordinator's)
        existing = self.election()
        if existing is not None and existing.id != template.id:
            raise ObserverAppError("store.other_election", QT_TRANSLATE_NOOP(
                "Messages", "This database holds the election “{held}”; an observer database holds "
                "one election, so use a new database for “{new}”."), held=existing.id, new=template.id)
        template_json = json.dumps(template.to_json(), ensure_ascii=False, indent=1)
        with self._write():
            if existing is None:
                election = self.insert(r.Election(id=template.id, name=template.name,
                                                  date=template.date, template_json=template_json))
            else:
                election = self.update(existing, name=template.name, date=template.date,
                                       template_json=template_json)
            if self.kind == "coordinator":  # the file's from now on, whatever bundles carry
                # as if loaded first: a bundle's copy is no earlier version of the file
                self.db.execute("UPDATE election SET version = 1, bundle_sha256 = NULL "
                                "WHERE bundle_sha256 IS NOT NULL")
                election = self.election() or election
            counts = self.upsert_stations(template.stations, election_id=template.id)
        return election, counts

    # --- stations ----------------------------------------------------------------------------

    def upsert_stations(self, specs: Iterable[StationSpec], election_id: str | None = None) -> tuple[int, int, int]:
        """Adds new stations and updates changed ones; returns (added, updated, unchanged)."""
        if election_id is None:
            election_id = self.template().id
        existing = {s.code: s for s in self._select(r.Station, include_deleted=True)}
        # A coordinator's station that only bundles brought is taken as the file has it, as if
        # loaded first (version 1): a file loaded after a merge gives what loading it before
        # would have, and no bundle's copy counts as an earlier version of the file's.
        brought = {row[0] for row in self.db.execute(
            "SELECT id FROM stations WHERE bundle_sha256 IS NOT NULL").fetchall()} \
            if self.kind == "coordinator" else set()
        observer_id = self._auditor()
        now = self.clock()
        new_rows, audit_rows, updates, fresh = [], [], [], []
        seen: set[str] = set()
        for spec in specs:
            if spec.code in seen:
                raise InvalidValueError("store.station_twice", QT_TRANSLATE_NOOP("Messages", "Station {code} appears twice."),
                                        code=spec.code)
            seen.add(spec.code)
            old = existing.get(spec.code)
            fields = {"region": spec.region, "district": spec.district, "address": spec.address,
                      "registered_voters": spec.registered_voters}
            if old is None:
                sid = station_id(election_id, spec.code)
                new_rows.append((sid, now, now, election_id, spec.code, spec.region, spec.district,
                                 spec.address, spec.registered_voters))
                audit_rows.append((now, observer_id, "stations", sid, None, None,
                                   json.dumps({"code": spec.code} | fields, ensure_ascii=False)))
            elif old.id in brought:
                changed = {k: v for k, v in fields.items() if getattr(old, k) != v}
                fresh.append((*fields.values(), now, old.id))
                audit_rows.extend((now, observer_id, "stations", old.id, k, _audit_text(getattr(old, k)),
                                   _audit_text(v)) for k, v in changed.items())
                if changed:
                    updates.append((old, None))
            elif any(getattr(old, k) != v for k, v in fields.items()) or old.deleted:
                updates.append((old, fields | {"deleted": False}))
        with self._write():
            if new_rows:
                self.db.conn.executemany(
                    "INSERT INTO stations (id, created_at, updated_at, version, deleted, election_id, "
                    "code, region, district, address, registered_voters) "
                    "VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?)", new_rows)
            if audit_rows:
                self.db.conn.executemany(
                    "INSERT INTO audit (at, observer_id, table_name, record_id, field, old, new) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", audit_rows)
            if fresh:
                self.db.conn.executemany(
                    "UPDATE stations SET region = ?, district = ?, address = ?, registered_voters = ?, "
                    "updated_at = ?, version = 1, deleted = 0 WHERE id = ?", fresh)
            for old, fields in updates:
                if fields is not None:
                    self.update(old, **fields)
            if self.kind == "coordinator":
                self._mark_loaded([station_id(election_id, code) for code in seen])
        return len(new_rows), len(updates), len(seen) - len(new_rows) - len(updates)

    def _mark_loaded(self, station_ids: Sequence[str]) -> None:
        """A coordinator's stations listed by the election file or the station list: theirs from
        now on, whatever bundles say of them (their disagreements no longer listed)."""
        self.db.conn.executemany(
            "UPDATE stations SET bundle_sha256 = NULL WHERE id = ? AND bundle_sha256 IS NOT NULL",
            [(sid,) for sid in station_ids])
        self.db.conn.executemany(
            "DELETE FROM conflict_records WHERE table_name = 'stations' AND record_id = ?",
            [(sid,) for sid in station_ids])
        self.db.conn.executemany(  # what bundles said of them is no longer needed
            "DELETE FROM carried_stations WHERE id = ?", [(sid,) for sid in station_ids])

    def stations(self) -> list[r.Station]:
        return self._select(r.Station, order="code")

    def station(self, station_id_: str) -> r.Station:
        return self._get(r.Station, station_id_)

    def station_by_code(self, code: str) -> r.Station:
        found = self._select(r.Station, "code = ?", [code])
        if not found:
            raise NotFoundError("store.no_station", QT_TRANSLATE_NOOP("Messages", "There is no station {code} in this database."),
                                code=code)
        return found[0]

    def station_ids_by_code(self) -> dict[str, str]:
        return {code: sid for code, sid in self.db.execute(
            "SELECT code, id FROM stations WHERE deleted = 0")}

    # --- protocols ---------------------------------------------------------------------------

    def protocol(self, station_id_: str, observer_id: str | None = None) -> r.Protocol | None:
        found = self._select(r.Protocol, "station_id = ? AND observer_id = ?",
                             [station_id_, observer_id or self.observer_id], include_deleted=True)
        return found[0] if found else None

    def protocols(self) -> list[r.Protocol]:
        return self._select(r.Protocol, order="station_id, observer_id")

    def save_protocol(self, station_id_: str, **fields: Any) -> r.Protocol:
        """Creates or updates this observer's protocol for a station (values checked at entry)."""
        if "values" in fields:
            fields["values"] = check_values(fields["values"], self.template().codes)
        if "source" in fields and fields["source"] not in (r.NO_SOURCE, *r.SOURCES):
            raise InvalidValueError("store.unknown_source", QT_TRANSLATE_NOOP("Messages", "Unknown protocol source “{source}”."),
                                    source=fields["source"])
        if "status" in fields and fields["status"] not in r.STATUSES:
            raise InvalidValueError("store.unknown_status", QT_TRANSLATE_NOOP("Messages", "Unknown protocol status “{status}”."),
                                    status=fields["status"])
        if fields.get("commission_signed_at") is not None:
            fields["commission_signed_at"] = check_time(fields["commission_signed_at"], "commission_signed_at")
        if "certified_by" in fields:
            fields["certified_by"] = check_text(fields["certified_by"], "certified_by", r.MAX_PROTOCOL_TEXT)
        existing = self.protocol(station_id_)
        if existing is None:
            return self.insert(r.Protocol(id=new_id(), station_id=station_id_,
                                          observer_id=self.observer_id,
                                          recorded_at=fields.pop("recorded_at", None) or self.clock(),
                                          **fields))
        return self.update(existing, **fields | ({"deleted": False} if existing.deleted else {}))

    def set_protocol_value(self, station_id_: str, code: str, value: int | None) -> r.Protocol:
        """One field of the protocol, saved as soon as it is typed."""
        existing = self.protocol(station_id_)
        values = dict(existing.values) if existing else {}
        values[code] = value
        return self.save_protocol(station_id_, values=values)

    def import_protocols(self, rows: Sequence[tuple[str, dict[str, int | None]]],
                         source: str = "imported") -> tuple[int, int, int]:
        """Bulk protocols (station id, values) for this observer in one transaction.

        A protocol imported again replaces the earlier one, audited field by field.
        Returns (added, replaced, unchanged).
        """
        observer_id = self.observer_id
        existing = {p.station_id: p for p in self._select(
            r.Protocol, "observer_id = ?", [observer_id], include_deleted=True)}
        now = self.clock()
        new_rows, audit_rows, replaced, unchanged = [], [], 0, 0
        with self._write():
            for sid, values in rows:
                old = existing.get(sid)
                if old is None:
                    pid = new_id()
                    values_json = json.dumps(values, sort_keys=True)
                    new_rows.append((pid, now, now, sid, observer_id, values_json, source, now))
                    audit_rows.append((now, observer_id, "protocols", pid, None, None,
                                       f'{{"station_id": "{sid}", "source": "{source}", "values": {values_json}}}'))
                elif old.values == values and old.source == source and not old.deleted:
                    unchanged += 1
                else:
                    self.update(old, values=values, source=source, deleted=False)
                    replaced += 1
            self.db.conn.executemany(
                "INSERT INTO protocols (id, created_at, updated_at, version, deleted, station_id, "
                "observer_id, values_json, source, status, as_on_official_copy, recorded_at) "
                "VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, 'final', 0, ?)", new_rows)
            self.db.conn.executemany(
                "INSERT INTO audit (at, observer_id, table_name, record_id, field, old, new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", audit_rows)
        return len(new_rows), replaced, unchanged

    # --- visits ------------------------------------------------------------------------------

    def visit(self, station_id_: str) -> r.Visit | None:
        found = self._select(r.Visit, "station_id = ? AND observer_id = ?",
                             [station_id_, self.observer_id], include_deleted=True)
        return found[0] if found else None

    def set_visit_time(self, station_id_: str, which: str, at: str | None) -> r.Visit:
        if which not in ("arrived_at", "departed_at"):
            raise ValueError(which)
        visit = self.visit(station_id_)
        if visit is None:
            return self.insert(r.Visit(id=new_id(), station_id=station_id_,
                                       observer_id=self.observer_id, **{which: at}))
        return self.update(visit, **{which: at})

    # --- turnout -----------------------------------------------------------------------------

    def add_tally(self, station_id_: str, at: str | None = None) -> r.TurnoutTally:
        """One voter counted (+1); persisted before this returns."""
        return self.insert(r.TurnoutTally(id=new_id(), station_id=station_id_,
                                          observer_id=self.observer_id, at=at or self.clock()))

    def undo_tally(self, station_id_: str) -> r.TurnoutTally | None:
        """Takes back the latest +1 (marked deleted, kept for the audit); None if none is left."""
        found = self._select(r.TurnoutTally, "station_id = ? AND observer_id = ?",
                             [station_id_, self.observer_id], order="at DESC, rowid DESC LIMIT 1")
        return self.delete(found[0]) if found else None

    def tally_count(self, station_id_: str) -> int:
        return self.db.execute(
            "SELECT count(*) FROM turnout_tallies WHERE station_id = ? AND observer_id = ? AND deleted = 0",
            [station_id_, self.observer_id]).fetchone()[0]

    def tallies(self, station_id_: str) -> list[r.TurnoutTally]:
        return self._select(r.TurnoutTally, "station_id = ? AND observer_id = ?",
                            [station_id_, self.observer_id], order="at")

    def add_announcement(self, station_id_: str, at: str, voters: int | None = None,
                         percent: float | None = None, notes: str = "") -> r.TurnoutAnnouncement:
        if voters is None and percent is None:
            raise InvalidValueError("store.announcement_empty", QT_TRANSLATE_NOOP("Messages", 
                "An announced turnout needs a number of voters or a percentage."))
        if voters is not None:
            check_count(voters, Message("store.what_announced_voters", QT_TRANSLATE_NOOP("Messages", "The announced number of voters")))
        if percent is not None and not 0 <= percent <= 100:
            raise InvalidValueError("store.not_a_percentage", QT_TRANSLATE_NOOP("Messages", "An announced turnout of {percent}% is not a percentage."),
                                    percent=percent)
        return self.insert(r.TurnoutAnnouncement(
            id=new_id(), station_id=station_id_, observer_id=self.observer_id, at=at,
            voters=voters, percent=percent, notes=notes))

    def announcements(self, station_id_: str) -> list[r.TurnoutAnnouncement]:
        return self._select(r.TurnoutAnnouncement, "station_id = ? AND observer_id = ?",
                            [station_id_, self.observer_id], order="at")

    # --- obstructions ------------------------------------------------------------------------

    def start_obstruction(self, station_id_: str, kind: str, at: str | None = None,
                          **details: Any) -> r.Obstruction:
        if kind not in r.OBSTRUCTION_KINDS:
            raise InvalidValueError("store.unknown_obstruction", QT_TRANSLATE_NOOP("Messages", "Unknown obstruction kind “{kind}”."),
                                    kind=kind)
        if kind in ("removed", "not_admitted") and self.open_removal(station_id_) is not None:
            raise InvalidValueError("store.already_out", QT_TRANSLATE_NOOP("Messages", 
                "You are already out of the station; record the readmission first."))
        return self.insert(r.Obstruction(id=new_id(), station_id=station_id_,
                                         observer_id=self.observer_id, kind=kind,
                                         started_at=at or self.clock(), **details))

    def end_obstruction(self, obstruction: r.Obstruction, at: str | None = None) -> r.Obstruction:
        at = at or self.clock()
        if r.parse_time(at) < r.parse_time(obstruction.started_at):
            raise InvalidValueError("store.ends_before_start", QT_TRANSLATE_NOOP("Messages", 
                "An obstruction cannot end before it started."))
        return self.update(obstruction, ended_at=at)

    def open_removal(self, station_id_: str) -> r.Obstruction | None:
        found = self._select(r.Obstruction, "station_id = ? AND observer_id = ? AND kind IN "
                             "('removed', 'not_admitted') AND ended_at IS NULL",
                             [station_id_, self.observer_id], order="started_at DESC")
        return found[0] if found else None

    def obstructions(self, station_id_: str) -> list[r.Obstruction]:
        return self._select(r.Obstruction, "station_id = ? AND observer_id = ?",
                            [station_id_, self.observer_id], order="started_at")

    # --- incidents and photos ----------------------------------------------------------------

    def add_incident(self, station_id_: str, category: str, occurred_at: str | None = None,
                     description: str = "") -> r.Incident:
        if category not in r.INCIDENT_CATEGORIES:
            raise InvalidValueError("store.unknown_category", QT_TRANSLATE_NOOP("Messages", "Unknown incident category “{category}”."),
                                    category=category)
        return self.insert(r.Incident(id=new_id(), station_id=station_id_,
                                      observer_id=self.observer_id, category=category,
                                      occurred_at=occurred_at or self.clock(),
                                      description=description))

    def incidents(self, station_id_: str) -> list[r.Incident]:
        return self._select(r.Incident, "station_id = ? AND observer_id = ?",
                            [station_id_, self.observer_id], order="occurred_at")

    def attach_photo(self, owner: r.Record, path: str | Path) -> r.Photo:
        """Copies a photo into the database and records its SHA-256."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidValueError("store.photo_unreadable", QT_TRANSLATE_NOOP("Messages", "Cannot read the photo {path}: {reason}."),
                                    path=str(path), reason=str(exc.strerror or exc)) from exc
        photo = r.Photo(id=new_id(), observer_id=self.observer_id, owner_table=_TABLES[type(owner)],
                        owner_id=owner.id,
                        filename=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        now = self.clock()
        photo = dataclasses.replace(photo, created_at=now, updated_at=now)
        with self._write():
            self.db["photos"].insert(_to_row(photo) | {"data": data})
            self._audit(now, "photos", photo.id, None, None,
                        {"observer_id": photo.observer_id, "owner_table": photo.owner_table,
                         "owner_id": photo.owner_id,
                         "filename": photo.filename, "sha256": photo.sha256, "size": photo.size})
        return photo

    def photos(self, owner: r.Record) -> list[r.Photo]:
        return self._select(r.Photo, "owner_table = ? AND owner_id = ?", [_TABLES[type(owner)], owner.id])

    def photo_data(self, photo: r.Photo) -> bytes:
        return self.db.execute("SELECT data FROM photos WHERE id = ?", [photo.id]).fetchone()[0]

    # --- coordinator: official results and overrides -------------------------------------------

    def import_official(self, rows: Sequence[tuple[str, dict[str, int | None]]],
                        source_file: str = "") -> tuple[int, int, int]:
        """Official results per station (station id, values); a re-import replaces, audited.

        Returns (added, replaced, unchanged)."""
        existing = {sid: (rid, json.loads(vj)) for rid, sid, vj in self.db.execute(
            "SELECT id, station_id, values_json FROM official_results")}
        now = self.clock()
        added = replaced = unchanged = 0
        with self._write():
            for sid, values in rows:
                old = existing.get(sid)
                values_json = json.dumps(values, sort_keys=True)
                if old is None:
                    rid = new_id()
                    self.db.execute(
                        "INSERT INTO official_results (id, created_at, updated_at, version, deleted, "
                        "station_id, values_json, source_file) VALUES (?, ?, ?, 1, 0, ?, ?, ?)",
                        [rid, now, now, sid, values_json, source_file])
                    self._audit(now, "official_results", rid, None, None,
                                {"station_id": sid, "values": values, "source_file": source_file})
                    added += 1
                elif old[1] == values:
                    unchanged += 1
                else:
                    rid, old_values = old
                    self.db.execute(
                        "UPDATE official_results SET values_json = ?, source_file = ?, updated_at = ?, "
                        "version = version + 1 WHERE id = ?", [values_json, source_file, now, rid])
                    for code in sorted(set(old_values) | set(values)):
                        if old_values.get(code) != values.get(code):
                            self._audit(now, "official_results", rid, f"values.{code}",
                                        old_values.get(code), values.get(code))
                    replaced += 1
        return added, replaced, unchanged

    def official_results(self) -> dict[str, dict[str, int | None]]:
        return {sid: json.loads(vj) for sid, vj in self.db.execute(
            "SELECT station_id, values_json FROM official_results WHERE deleted = 0")}

    def add_override(self, station_id_: str, code: str, value: int | None, reason: str) -> str:
        """A coordinator's correction of a consolidated value: needs a reason, and is audited."""
        if not reason or not reason.strip():
            raise InvalidValueError("store.override_no_reason", QT_TRANSLATE_NOOP("Messages", "An override needs a reason."))
        check_values({code: value}, self.template().codes)
        self.station(station_id_)
        now = self.clock()
        rid = new_id()
        with self._write():
            self.db.execute(
                "INSERT INTO overrides (id, created_at, updated_at, version, deleted, station_id, "
                "observer_id, code, value, reason) VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?)",
                [rid, now, now, station_id_, self.observer_id, code, value, reason.strip()])
            self._audit(now, "overrides", rid, None, None,
                        {"station_id": station_id_, "code": code, "value": value, "reason": reason.strip()})
        return rid

    def overrides(self) -> dict[str, dict[str, tuple[int | None, str]]]:
        """The latest override per station and code: {station id: {code: (value, reason)}}."""
        out: dict[str, dict[str, tuple[int | None, str]]] = {}
        for sid, code, value, reason in self.db.execute(
                "SELECT station_id, code, value, reason FROM overrides WHERE deleted = 0 "
                "ORDER BY created_at, rowid"):
            out.setdefault(sid, {})[code] = (value, reason)
        return out

    def bundles(self) -> list[r.MergedBundle]:
        """Bundles seen by this (coordinator) database, in the order they were handled.

        A bundle's reason is the Message it was rejected with (bundles.reason_json); a row
        without one (merged, or rejected before schema 3) gives its English text as it is."""
        found = []
        rows = self.db.execute(
            "SELECT sha256, file_name, status, reason, reason_json, observer_id, signer_name, "
            "signer_org, verified, self_signed, merged_at FROM bundles "
            "ORDER BY merged_at, file_name, sha256")
        for sha, name, status, reason, reason_json, oid, signer, org, verified, self_signed, at in rows:
            message = None
            if reason_json:
                try:
                    message = Message.from_json(reason_json)
                except ValueError:  # not one this app wrote: its English sentence will do
                    pass
            if message is None:  # merged, or rejected before schema 3: its English sentence
                message = Message.verbatim(reason or "")
            found.append(r.MergedBundle(sha, name or "", status, message, oid, signer, org,
                                        bool(verified), bool(self_signed), at))
        return found

    def conflict_records(self) -> list[r.ConflictRecord]:
        return [r.ConflictRecord(t, rid, oid, kind, version, json.loads(row_json), bundle, winner)
                for t, rid, oid, kind, version, row_json, bundle, winner in self.db.execute(
                    "SELECT table_name, record_id, observer_id, kind, version, row_json, bundle_sha256, "
                    "winner_id FROM conflict_records ORDER BY table_name, record_id, observer_id")]

    # --- audit -------------------------------------------------------------------------------

    def audit_rows(self, record_id: str | None = None) -> list[dict[str, Any]]:
        if record_id is None:
            return list(self.db.query("SELECT * FROM audit ORDER BY seq"))
        return list(self.db.query("SELECT * FROM audit WHERE record_id = ? ORDER BY seq", [record_id]))

    def iter_table(self, table: str) -> Iterator[dict[str, Any]]:
        return self.db.query(f"SELECT * FROM [{table}]")


def check_count(value: Any, what: str | Message) -> int:
    """A count as typed: a non-negative integer no station could exceed. `what`: the line's
    code, or a Message naming the count."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError("store.not_whole", QT_TRANSLATE_NOOP("Messages", "{what} must be a whole number, not “{value}”."),
                                what=what, value=str(value))
    if value < 0:
        raise InvalidValueError("store.negative", QT_TRANSLATE_NOOP("Messages", "{what} cannot be negative ({value})."),
                                what=what, value=value)
    if value > r.MAX_COUNT:
        raise InvalidValueError("store.too_large", QT_TRANSLATE_NOOP("Messages", 
            "{what} = {value} is more than any polling station has (at most {most})."),
            what=what, value=value, most=r.MAX_COUNT)
    return value


def check_time(value: Any, what: str) -> str:
    """A time as stored: ISO 8601, in UTC (a naive time is the laptop's local time)."""
    moment = None
    if isinstance(value, str) and len(value) <= 64:
        try:
            moment = r.parse_time(value)
        except ValueError:
            moment = None
    if moment is None:
        raise InvalidValueError("store.not_time", QT_TRANSLATE_NOOP(
            "Messages", "{what} “{value}” is not a time."), what=what, value=str(value)[:64])
    return r.format_time(moment)


def check_text(value: Any, what: str, most: int) -> str:
    if not isinstance(value, str):
        raise InvalidValueError("store.not_text", QT_TRANSLATE_NOOP(
            "Messages", "{what} must be text."), what=what)
    if len(value) > most:
        raise InvalidValueError("store.text_too_long", QT_TRANSLATE_NOOP(
            "Messages", "{what} is longer than {most} characters."), what=what, most=most)
    return value


def check_values(values: Mapping[str, Any], codes: Sequence[str]) -> dict[str, int | None]:
    known = set(codes)
    out: dict[str, int | None] = {}
    for code, value in values.items():
        if code not in known:
            raise InvalidValueError("store.unknown_code", QT_TRANSLATE_NOOP("Messages", 
                "“{code}” is not a line or contestant of this election."), code=code)
        out[code] = None if value is None else check_count(value, code)
    return out
