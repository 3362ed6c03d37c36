"""The tables of a publication (design.md, "Publication"), written into a new SQLite file with
sqlite-utils: integer columns named by protocol line and contestant code, station codes that
join every table to `stations`, and unknown figures as NULL, never 0."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Sequence

import sqlite_utils

from observer_app.domain.template import ElectionTemplate, issued_codes, pick_name
from observer_app.publish.redact import Redaction
from observer_app.report import PAIRING_EXCLUDES, StationReport

LANGS = ("en", "ru", "kk")
REMOVED = ("removed", "not_admitted")
NOT_SHOWN = ("protocol_not_shown", "copy_refused")


def _station_fk() -> list[tuple[str, str, str]]:
    return [("station_code", "stations", "code")]


def _turnout(template: ElectionTemplate, values: dict[str, int | None] | None) -> float | None:
    """All ballots issued / voters on the list, where every value it needs is known."""
    if values is None:
        return None
    registered = values.get(template.role_code("registered") or "")
    issued = [values.get(code) for code in issued_codes(template)]
    if not registered or not issued or None in issued:
        return None
    return sum(issued) / registered


def write_stations(db: sqlite_utils.Database, stations: Iterable, places: dict[str, tuple[str, str, str, str]],
                   sample: dict[str, tuple[str, float]] | None) -> None:
    """places: station id -> the code, region, district and address published (Redaction.place)."""
    columns: dict[str, Any] = {"code": str, "region": str, "district": str, "address": str,
                               "registered_voters": int}
    if sample is not None:
        columns |= {"sampled": int, "stratum": str, "weight": float}
    db["stations"].create(columns, pk="code")
    rows = []
    for s in stations:
        code, region, district, address = places[s.id]
        row = {"code": code, "region": region, "district": district, "address": address,
               "registered_voters": s.registered_voters}
        if sample is not None:
            stratum, weight = sample.get(s.code, (None, None))
            row |= {"sampled": int(s.code in sample), "stratum": stratum, "weight": weight}
        rows.append(row)
    db["stations"].insert_all(rows)
    db["stations"].create_index(["region"])


def write_results(db: sqlite_utils.Database, template: ElectionTemplate, reports: Sequence[StationReport],
                  at: dict[str, tuple[str, str]], redaction: Redaction) -> None:
    codes = template.codes
    columns: dict[str, Any] = {"id": int, "station_code": str, "region": str, "source": str, "signer": str,
                               "verified": int}
    columns |= {code: int for code in codes}
    columns |= {"flags": str}
    db["station_results"].create(columns, pk="id", foreign_keys=_station_fk())
    rows = []
    for report in reports:
        for row in report.rows:
            signer = redaction.observer(row.observer_id) if row.source == "observer" else ""
            station_code, region = at[report.station_id]
            rows.append({"station_code": station_code, "region": region, "source": row.source, "signer": signer,
                         "verified": row.verified if row.source != "official" else None,
                         **{code: row.values.get(code) for code in codes}, "flags": " ".join(row.flags)})
    db["station_results"].insert_all(rows)
    db["station_results"].create_index(["station_code"])
    db["station_results"].create_index(["source"])


def write_comparison(db: sqlite_utils.Database, template: ElectionTemplate, reports: Sequence[StationReport],
                     integer_peaks: set[str], sample: dict[str, tuple[str, float]] | None,
                     at: dict[str, tuple[str, str]]) -> None:
    """One row per station with any protocol: official and consolidated figures side by side,
    official minus observed, and the flags that say whether the two may be compared. at: station id
    -> its published code and region."""
    codes = template.codes
    columns: dict[str, Any] = {"station_code": str, "region": str, "has_official": int, "has_observed": int,
                               "observers_removed": int, "protocol_not_shown": int, "paired": int,
                               "differs": int, "integer_peak": int, "turnout_official": float,
                               "turnout_observed": float, "turnout_difference": float}
    for code in codes:
        columns |= {f"official_{code}": int, f"observed_{code}": int, f"difference_{code}": int}
    columns |= {"flags": str}
    if sample is not None:
        columns |= {"sampled": int}
    db["station_comparison"].create(columns, pk="station_code", foreign_keys=_station_fk())
    rows = []
    for r in reports:
        official = r.official.values if r.official else None
        observed = r.consolidated.values if r.consolidated else None
        removed = any(r.obstructions.get(k) for k in REMOVED)
        not_shown = any(r.obstructions.get(k) for k in NOT_SHOWN)
        paired = official is not None and observed is not None and not any(
            r.obstructions.get(k) for k in PAIRING_EXCLUDES)
        t_official, t_observed = _turnout(template, official), _turnout(template, observed)
        row: dict[str, Any] = {
            "station_code": at[r.station_id][0], "region": at[r.station_id][1],
            "has_official": int(official is not None),
            "has_observed": int(observed is not None), "observers_removed": int(removed),
            "protocol_not_shown": int(not_shown), "paired": int(paired),
            "differs": int(bool(r.consolidated and "differs_from_official" in r.consolidated.flags)),
            "integer_peak": int(r.code in integer_peaks), "turnout_official": t_official,
            "turnout_observed": t_observed,
            "turnout_difference": None if t_official is None or t_observed is None else t_official - t_observed}
        for code in codes:
            a = official.get(code) if official else None
            b = observed.get(code) if observed else None
            row |= {f"official_{code}": a, f"observed_{code}": b,
                    f"difference_{code}": None if a is None or b is None else a - b}
        flags = list(r.consolidated.flags) if r.consolidated else []
        row["flags"] = " ".join(flags)
        if sample is not None:
            row["sampled"] = int(r.code in sample)
        rows.append(row)
    db["station_comparison"].insert_all(rows)
    db["station_comparison"].create_index(["region"])


def _minutes(started: str | None, ended: str | None) -> int | None:
    from observer_app.domain.records import parse_time

    if not started or not ended:
        return None
    try:
        return max(0, round((parse_time(ended) - parse_time(started)).total_seconds() / 60))
    except ValueError:
        return None


def write_obstructions(db: sqlite_utils.Database, store, codes: dict[str, tuple[str, str]], redaction: Redaction) -> None:
    columns: dict[str, Any] = {"id": str, "station_code": str, "region": str, "observer": str, "kind": str, "stage": str,
                               "started_at": str, "ended_at": str, "minutes": int, "ordered_by": str,
                               "ordered_by_position": str, "stated_reason": str}
    if redaction.with_names:
        columns |= {"witnesses": str, "notes": str}
    db["obstructions"].create(columns, pk="id", foreign_keys=_station_fk())
    rows = []
    for (oid, rid, sid, kind, stage, started, ended, by, position, reason, witnesses, notes) in store.db.execute(
            "SELECT observer_id, id, station_id, kind, stage, started_at, ended_at, ordered_by, "
            "ordered_by_position, stated_reason, witnesses, notes FROM obstructions WHERE deleted = 0 "
            "ORDER BY started_at, observer_id, id"):
        if sid not in codes:
            continue
        row = {"id": redaction.record_id("obstructions", oid, rid), "station_code": codes[sid][0],
               "region": codes[sid][1], "observer": redaction.observer(oid), "kind": kind, "stage": stage or "", "started_at": started,
               "ended_at": ended, "minutes": _minutes(started, ended), "ordered_by": redaction.scrub(by),
               "ordered_by_position": redaction.scrub(position), "stated_reason": redaction.scrub(reason)}
        if redaction.with_names:
            row |= {"witnesses": redaction.scrub(witnesses), "notes": redaction.scrub(notes)}
        else:
            redaction.left_out["witness lists"] += bool(witnesses)
            redaction.left_out["obstruction notes"] += bool(notes)
        rows.append(row)
    _insert_unique(db["obstructions"], rows)
    db["obstructions"].create_index(["station_code"])
    db["obstructions"].create_index(["kind"])


def _insert_unique(table, rows: list[dict]) -> None:
    """Record ids are unique per observer, not across them (another signer's record may carry
    the same id: merge rules): the published id is made unique with a suffix where needed."""
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        seen[row["id"]] += 1
        if seen[row["id"]] > 1:
            row["id"] = f"{row['id']}-{seen[row['id']]}"
    table.insert_all(rows)


def write_incidents(db: sqlite_utils.Database, store, codes: dict[str, tuple[str, str]], redaction: Redaction) -> None:
    db["incidents"].create({"id": str, "station_code": str, "region": str, "observer": str, "category": str,
                            "occurred_at": str, "description": str}, pk="id", foreign_keys=_station_fk())
    rows = []
    for oid, rid, sid, category, occurred, description in store.db.execute(
            "SELECT observer_id, id, station_id, category, occurred_at, description FROM incidents "
            "WHERE deleted = 0 ORDER BY occurred_at, observer_id, id"):
        if sid not in codes:
            continue
        rows.append({"id": redaction.record_id("incidents", oid, rid), "station_code": codes[sid][0],
                     "region": codes[sid][1], "observer": redaction.observer(oid),
                     "category": category, "occurred_at": occurred,
                     "description": redaction.scrub(description)})
    _insert_unique(db["incidents"], rows)
    db["incidents"].create_index(["station_code"])
    db["incidents"].create_index(["category"])
    db["incidents"].enable_fts(["description"], create_triggers=False)


def write_photos(db: sqlite_utils.Database, store, codes: dict[str, tuple[str, str]], redaction: Redaction) -> None:
    columns: dict[str, Any] = {"id": str, "station_code": str, "observer": str, "of": str, "record_id": str,
                               "sha256": str, "size": int}
    if redaction.with_names:
        columns["filename"] = str
    if redaction.with_photos:
        columns["data"] = bytes
    db["photos"].create(columns, pk="id", foreign_keys=_station_fk())
    owners = {}
    for table in ("incidents", "obstructions", "protocols"):
        for oid, rid, sid in store.db.execute(f"SELECT observer_id, id, station_id FROM {table} WHERE deleted = 0"):
            owners[(table, oid, rid)] = sid
    rows = []
    query = ("SELECT observer_id, id, owner_table, owner_id, sha256, size, filename"
             + (", data" if redaction.with_photos else "") + " FROM photos WHERE deleted = 0 ORDER BY sha256, id")
    for found in store.db.execute(query):
        oid, rid, owner_table, owner_id, sha256, size, filename = found[:7]
        sid = owners.get((owner_table, oid, owner_id))
        if sid not in codes:
            continue
        row = {"id": redaction.record_id("photos", oid, rid), "station_code": codes[sid][0],
               "observer": redaction.observer(oid), "of": owner_table.rstrip("s"),
               "record_id": redaction.record_id(owner_table, oid, owner_id), "sha256": sha256, "size": size}
        if redaction.with_names:
            row["filename"] = redaction.scrub(filename)
        if redaction.with_photos:
            row["data"] = found[7]
        else:
            redaction.left_out["photos (their SHA-256 kept)"] += 1
        rows.append(row)
    _insert_unique(db["photos"], rows)
    db["photos"].create_index(["station_code"])


def write_columns(db: sqlite_utils.Database, template: ElectionTemplate) -> None:
    """Each figure column's name in en/ru/kk, its protocol line number and what it is."""
    db["columns"].create({"code": str, "kind": str, "line": str, "en": str, "ru": str, "kk": str}, pk="code")
    rows = [{"code": line.code, "kind": "line", "line": line.number,
             **{lang: pick_name(line.name, lang) for lang in LANGS}} for line in template.lines]
    rows += [{"code": c.code, "kind": "contestant", "line": "",
              **{lang: pick_name(c.name, lang) for lang in LANGS}} for c in template.contestants]
    db["columns"].insert_all(rows)


def write_analysis(db: sqlite_utils.Database, overview) -> None:
    """The analysis as rows: section, figure, contestant code, the value and its interval, the
    stations behind it. Shares are fractions; an unknown value is NULL."""
    db["analysis"].create({"id": int, "section": str, "figure": str, "contestant": str, "value": float,
                           "low": float, "high": float, "stations": int, "verdict": str}, pk="id")
    rows: list[dict[str, Any]] = []

    def add(section, figure, value, low=None, high=None, stations=None, contestant="", verdict=None):
        rows.append({"section": section, "figure": figure, "contestant": contestant,
                     "value": None if value is None else float(value), "low": low, "high": high,
                     "stations": stations, "verdict": verdict})

    c = overview.comparison
    for name, p, code in ([("turnout", c.turnout, ""), ("invalid", c.invalid, "")]
                          + [("share", p, code) for code, p in c.shares.items()] + [("headcount", c.headcount, "")]):
        add("compare", f"{name}_official", p.official, stations=p.stations, contestant=code)
        add("compare", f"{name}_observed", p.observed, stations=p.stations, contestant=code)
        add("compare", f"{name}_difference", p.difference, p.low, p.high, p.stations, code)
    add("compare", "excluded_removed", len(c.excluded_removed))
    add("compare", "excluded_not_shown", len(c.excluded_not_shown))
    for row in overview.contestants:
        add("thresholds", "official_share", row.official, contestant=row.code, verdict=row.official_verdict)
        add("thresholds", "observed_share", row.observed, row.observed_low, row.observed_high,
            contestant=row.code, verdict=row.observed_verdict if row.observed is not None else None)
        add("seats", "official", row.seats_official, contestant=row.code)
    t = overview.tabulation
    if t is not None:
        add("pvt", "reported", sum(s.reported for s in t.strata), stations=sum(s.sampled for s in t.strata),
            verdict="ready" if t.ready else "not enough reported")
        for name, e, code in ([("turnout", t.turnout, ""), ("invalid", t.invalid, "")]
                              + [("share", e, code) for code, e in t.shares.items()]):
            add("pvt", f"{name}_estimate", e.estimate, e.low, e.high, contestant=code,
                verdict=t.thresholds.get(code) if code else None)
            add("pvt", f"{name}_official", e.official, contestant=code)
        for code, seats in t.seats.items():
            add("seats", "pvt", seats.get("estimate"), seats.get("low"), seats.get("high"), contestant=code)
    f = overview.forensics
    add("forensics", "stations_used", f.stations_used, verdict=f.leader)
    peaks = f.integer_peaks
    add("forensics", "integer_peaks_observed", peaks.observed, stations=f.stations_used)
    add("forensics", "integer_peaks_null_mean", peaks.null_mean, peaks.null_mean - 1.96 * peaks.null_sd,
        peaks.null_mean + 1.96 * peaks.null_sd)
    add("forensics", "integer_peaks_excess", peaks.excess)
    add("forensics", "integer_peaks_z", peaks.z)
    a = f.anomalous_votes
    add("forensics", "anomalous_votes", a.votes, contestant=f.leader or "")
    add("forensics", "clean_turnout", a.clean_turnout)
    add("forensics", "leader_to_others_ratio", a.ratio)
    d = f.last_digit
    add("forensics", "last_digit_chi2", d.chi2)
    add("forensics", "last_digit_p_value", d.p_value)
    db["analysis"].insert_all(rows)
    db["analysis"].create_index(["section"])
