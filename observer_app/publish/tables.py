"""The tables of a publication (design.md, "Publication"), written into a new SQLite file with
sqlite-utils: integer columns named by protocol line and contestant code, station codes that
join every table to `stations`, and unknown figures as NULL, never 0."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Iterator, Sequence

import sqlite_utils

from observer_app.domain.template import ElectionTemplate, issued_codes, pick_name
from observer_app.publish.redact import Redaction
from observer_app.report import PAIRING_EXCLUDES, StationReport

LANGS = ("en", "ru", "kk")
REMOVED = ("removed", "not_admitted")
NOT_SHOWN = ("protocol_not_shown", "copy_refused")


def _insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Rows into a table created before, in one executemany: sqlite-utils' insert_all checks
    and converts every value of every row, 30 s for a national comparison table; these rows
    hold only numbers, texts and bytes in the table's own columns."""
    rows = list(rows)
    if not rows:
        return
    columns = db[table].columns_dict
    names = list(columns)
    unknown = set(rows[0]) - set(names)
    if unknown:
        raise ValueError(f"{table} has no columns {sorted(unknown)}")
    sql = (f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    db.conn.executemany(sql, ([row.get(n) for n in names] for row in rows))


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
    _insert(db, "stations", rows)
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
    _insert(db, "station_results", rows)
    db["station_results"].create_index(["station_code"])
    db["station_results"].create_index(["source"])


def comparison_columns(template: ElectionTemplate, sampled: bool = False) -> dict[str, Any]:
    """The columns of `station_comparison` (and of the report's Comparison sheet and wide CSV),
    in order, with their types."""
    columns: dict[str, Any] = {"station_code": str, "region": str, "has_official": int, "has_observed": int,
                               "observers_removed": int, "protocol_not_shown": int, "paired": int,
                               "differs": int, "integer_peak": int, "turnout_official": float,
                               "turnout_observed": float, "turnout_difference": float}
    for code in template.codes:
        columns |= {f"official_{code}": int, f"observed_{code}": int, f"difference_{code}": int}
    columns |= {"flags": str}
    if sampled:
        columns |= {"sampled": int}
    return columns


def comparison_rows(template: ElectionTemplate, reports: Sequence[StationReport], integer_peaks: set[str] | None,
                    sample: dict[str, tuple[str, float]] | set[str] | None,
                    at: dict[str, tuple[str, str]] | None = None) -> Iterator[dict[str, Any]]:
    """One row per station with any protocol: official and consolidated figures side by side,
    official minus observed, and the flags that say whether the two may be compared.
    integer_peaks None: not computed (the column is unknown, never 0). at: station id -> the
    code and region to publish (a publication scrubs the stations only bundles brought); None:
    the stations' own."""
    codes = template.codes
    at = at if at is not None else {r.station_id: (r.code, r.region) for r in reports}
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
            "integer_peak": None if integer_peaks is None else int(r.code in integer_peaks),
            "turnout_official": t_official, "turnout_observed": t_observed,
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
        yield row


def write_comparison(db: sqlite_utils.Database, template: ElectionTemplate, reports: Sequence[StationReport],
                     integer_peaks: set[str], sample: dict[str, tuple[str, float]] | None,
                     at: dict[str, tuple[str, str]] | None = None) -> None:
    """One row per station with any protocol (comparison_rows)."""
    db["station_comparison"].create(comparison_columns(template, sample is not None), pk="station_code",
                                    foreign_keys=_station_fk())
    _insert(db, "station_comparison", comparison_rows(template, reports, integer_peaks, sample, at))
    db["station_comparison"].create_index(["region"])


def _minutes(started: str | None, ended: str | None) -> int | None:
    from observer_app.domain.records import parse_time

    if not started or not ended:
        return None
    try:
        return max(0, round((parse_time(ended) - parse_time(started)).total_seconds() / 60))
    except ValueError:
        return None


def obstruction_columns(with_names: bool) -> dict[str, Any]:
    columns: dict[str, Any] = {"id": str, "station_code": str, "region": str, "observer": str, "verified": int,
                               "kind": str, "stage": str,
                               "started_at": str, "ended_at": str, "minutes": int, "ordered_by": str,
                               "ordered_by_position": str, "stated_reason": str}
    if with_names:
        columns |= {"witnesses": str, "notes": str}
    return columns


def obstruction_rows(store, codes: dict[str, tuple[str, str]], redaction: Redaction) -> list[dict[str, Any]]:
    """Every obstruction at a station of `codes` (station id -> code, region), by start time,
    named and scrubbed as `redaction` says (witnesses and notes only with its names)."""
    rows = []
    for (oid, rid, sid, kind, stage, started, ended, by, position, reason, witnesses, notes,
         verified) in store.db.execute(
            "SELECT o.observer_id, o.id, o.station_id, o.kind, o.stage, o.started_at, o.ended_at, o.ordered_by, "
            "o.ordered_by_position, o.stated_reason, o.witnesses, o.notes, coalesce(b.verified, 0) "
            "FROM obstructions o LEFT JOIN bundles b ON b.sha256 = o.bundle_sha256 AND b.status = 'merged' "
            "WHERE o.deleted = 0 ORDER BY o.started_at, o.observer_id, o.id"):
        if sid not in codes:
            continue
        row = {"id": redaction.record_id("obstructions", oid, rid), "station_code": codes[sid][0],
               "region": codes[sid][1], "observer": redaction.observer(oid), "verified": int(verified),
               "kind": kind, "stage": stage or "", "started_at": started,
               "ended_at": ended, "minutes": _minutes(started, ended), "ordered_by": redaction.scrub(by),
               "ordered_by_position": redaction.scrub(position), "stated_reason": redaction.scrub(reason)}
        if redaction.with_names:
            row |= {"witnesses": redaction.scrub(witnesses), "notes": redaction.scrub(notes)}
        else:
            redaction.left_out["witness lists"] += bool(witnesses)
            redaction.left_out["obstruction notes"] += bool(notes)
        rows.append(row)
    return rows


def write_obstructions(db: sqlite_utils.Database, store, codes: dict[str, tuple[str, str]], redaction: Redaction) -> None:
    db["obstructions"].create(obstruction_columns(redaction.with_names), pk="id", foreign_keys=_station_fk())
    _insert_unique(db, "obstructions", obstruction_rows(store, codes, redaction))
    db["obstructions"].create_index(["station_code"])
    db["obstructions"].create_index(["kind"])


def _insert_unique(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Record ids are unique per observer, not across them (another signer's record may carry
    the same id: merge rules): the published id is made unique with a suffix where needed."""
    seen: dict[str, int] = defaultdict(int)
    for row in rows:
        seen[row["id"]] += 1
        if seen[row["id"]] > 1:
            row["id"] = f"{row['id']}-{seen[row['id']]}"
    _insert(db, table, rows)


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
    _insert_unique(db, "incidents", rows)
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
    _insert_unique(db, "photos", rows)
    db["photos"].create_index(["station_code"])


def write_columns(db: sqlite_utils.Database, template: ElectionTemplate) -> None:
    """Each figure column's name in en/ru/kk, its protocol line number and what it is."""
    db["columns"].create({"code": str, "kind": str, "line": str, "en": str, "ru": str, "kk": str}, pk="code")
    rows = [{"code": line.code, "kind": "line", "line": line.number,
             **{lang: pick_name(line.name, lang) for lang in LANGS}} for line in template.lines]
    rows += [{"code": c.code, "kind": "contestant", "line": "",
              **{lang: pick_name(c.name, lang) for lang in LANGS}} for c in template.contestants]
    _insert(db, "columns", rows)


ANALYSIS_COLUMNS: dict[str, Any] = {"section": str, "figure": str, "contestant": str, "value": float,
                                    "low": float, "high": float, "stations": int, "verdict": str}


def write_analysis(db: sqlite_utils.Database, overview) -> None:
    """The analysis as rows (analysis_rows)."""
    db["analysis"].create({"id": int, **ANALYSIS_COLUMNS}, pk="id")
    _insert(db, "analysis", analysis_rows(overview))
    db["analysis"].create_index(["section"])


def analysis_rows(overview) -> list[dict[str, Any]]:
    """The analysis as rows: section, figure, contestant code, the value and its interval, the
    stations behind it. Shares are fractions; an unknown value is None."""
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
    return rows
