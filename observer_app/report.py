"""The coordinator's report: observers' protocols beside the official ones, per station, region
and in total; the same whatever order the bundles were merged in."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from observer_app.domain.template import ElectionTemplate
from observer_app.domain.turnout import issued_code
from observer_app.storage.store import Store

SOURCES = ("consolidated", "observer", "official")  # sorted, as the report rows are


@dataclass
class ReportRow:
    station_id: str
    station_code: str
    region: str
    source: str  # official | observer | consolidated
    observer_id: str
    signer: str
    verified: int
    values: dict[str, int | None]
    flags: list[str] = field(default_factory=list)
    conflict_codes: list[str] = field(default_factory=list)  # consolidated: the lines observers disagree on


@dataclass
class StationReport:
    station_id: str
    code: str
    region: str
    registered: int | None
    official: ReportRow | None
    observers: list[ReportRow]
    consolidated: ReportRow | None
    headcounts: dict[str, int]  # observer id -> head-count
    obstructions: Counter  # kind -> number of events (all observers)

    @property
    def rows(self) -> list[ReportRow]:
        rows = ([self.consolidated] if self.consolidated else []) + self.observers
        return rows + ([self.official] if self.official else [])


def _failing(template: ElectionTemplate, values: Mapping[str, int | None]) -> list[str]:
    return [r.relation.id for r in template.evaluate(values) if r.failed]


def _differs(a: Mapping[str, int | None], b: Mapping[str, int | None], codes: Iterable[str]) -> bool:
    return any(a.get(c) is not None and b.get(c) is not None and a.get(c) != b.get(c) for c in codes)


def consolidate(codes: Sequence[str], protocols: Sequence[Mapping[str, int | None]],
                overrides: Mapping[str, tuple[int | None, str]] | None = None
                ) -> tuple[dict[str, int | None], list[str]]:
    """The values observers agree on (unknown where they disagree or nobody knows), and the codes
    they disagree on. A coordinator's override replaces the value of its code."""
    values: dict[str, int | None] = {}
    conflicts: list[str] = []
    for code in codes:
        seen = {p.get(code) for p in protocols} - {None}
        if len(seen) == 1:
            values[code] = seen.pop()
        else:
            values[code] = None
            if len(seen) > 1:
                conflicts.append(code)
    for code, (value, _reason) in (overrides or {}).items():
        values[code] = value
    return values, conflicts


def build(store: Store) -> tuple[ElectionTemplate, list[StationReport]]:
    """Every station with an observer protocol, an official result, or observations."""
    template = store.template()
    codes = template.codes
    stations = {s.id: s for s in store.stations()}
    official = store.official_results()
    overrides = store.overrides()
    signers = {sha: (name or "", verified) for sha, name, verified in store.db.execute(
        "SELECT sha256, signer_name, verified FROM bundles WHERE status = 'merged'")}
    names = {oid: name for oid, name in store.db.execute("SELECT id, full_name FROM observers")}
    by_station: dict[str, list[ReportRow]] = defaultdict(list)
    for pid, sid, oid, values_json, bundle in store.db.execute(
            "SELECT id, station_id, observer_id, values_json, bundle_sha256 FROM protocols "
            "WHERE deleted = 0 ORDER BY station_id, observer_id, id"):
        station = stations.get(sid)
        if station is None:
            continue
        signer, verified = signers.get(bundle, (names.get(oid, ""), 0)) if bundle else (names.get(oid, ""), 0)
        by_station[sid].append(ReportRow(sid, station.code, station.region, "observer", oid, signer,
                                         int(verified), json.loads(values_json)))
    headcounts: dict[str, dict[str, int]] = defaultdict(dict)
    for sid, oid, n in store.db.execute(
            "SELECT station_id, observer_id, count(*) FROM turnout_tallies WHERE deleted = 0 "
            "GROUP BY station_id, observer_id"):
        headcounts[sid][oid] = n
    obstructions: dict[str, Counter] = defaultdict(Counter)
    for sid, kind, n in store.db.execute(
            "SELECT station_id, kind, count(*) FROM obstructions WHERE deleted = 0 GROUP BY station_id, kind"):
        obstructions[sid][kind] = n

    reports: list[StationReport] = []
    for sid in sorted(set(by_station) | set(official) | set(headcounts) | set(obstructions),
                      key=lambda i: stations[i].code if i in stations else ""):
        station = stations.get(sid)
        if station is None:
            continue
        observers = by_station.get(sid, [])
        official_row = None
        if sid in official:
            official_row = ReportRow(sid, station.code, station.region, "official", "", "", 0, official[sid])
        consolidated_row = None
        if observers:
            values, conflicts = consolidate(codes, [o.values for o in observers], overrides.get(sid))
            verified = int(all(o.verified for o in observers))
            consolidated_row = ReportRow(sid, station.code, station.region, "consolidated", "", "",
                                         verified, values, conflict_codes=conflicts)
        for row in [*observers, *([consolidated_row] if consolidated_row else [])]:
            row.flags = _failing(template, row.values)
            if row.source == "consolidated" and row.conflict_codes:
                row.flags.append("conflict")
            if row.source == "observer" and len(observers) > 1 and any(
                    _differs(row.values, other.values, codes) for other in observers if other is not row):
                row.flags.append("conflict")
            if official_row is not None and _differs(row.values, official_row.values, codes):
                row.flags.append("differs_from_official")
        if official_row is not None:
            official_row.flags = _failing(template, official_row.values)
        observers.sort(key=lambda r: r.observer_id)
        reports.append(StationReport(sid, station.code, station.region, station.registered_voters,
                                     official_row, observers, consolidated_row,
                                     headcounts.get(sid, {}), obstructions.get(sid, Counter())))
    return template, reports


def csv_header(template: ElectionTemplate) -> list[str]:
    return ["station_code", "region", "source", "observer_id", "signer", "verified",
            *template.codes, "flags"]


def write_csv(out, template: ElectionTemplate, reports: Sequence[StationReport]) -> int:
    """One row per station and source, sorted by station code, source, observer id."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(template))
    rows = sorted((row for report in reports for row in report.rows),
                  key=lambda r: (r.station_code, r.source, r.observer_id))
    for row in rows:
        writer.writerow([row.station_code, row.region, row.source, row.observer_id, row.signer,
                         row.verified, *("" if row.values.get(c) is None else row.values[c]
                                         for c in template.codes), ";".join(row.flags)])
    return len(rows)


def csv_text(template: ElectionTemplate, reports: Sequence[StationReport]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, template, reports)
    return buffer.getvalue()


# --- aggregates ---------------------------------------------------------------------------------

@dataclass
class Totals:
    """Sums over the stations of a region (or the country) for one source of figures."""

    stations: int = 0
    registered: int = 0
    turnout_issued: int = 0  # ballots issued (role issued, else issued_in_premises)
    valid: int = 0
    votes: Counter = field(default_factory=Counter)

    def add(self, template: ElectionTemplate, values: Mapping[str, int | None]) -> None:
        self.stations += 1
        registered_code = template.role_code("registered")
        issued = template.role_code("issued")
        valid_code = template.role_code("valid")
        self.registered += values.get(registered_code or "", None) or 0
        if issued:
            self.turnout_issued += values.get(issued) or 0
        else:
            self.turnout_issued += sum(values.get(line.code) or 0 for line in template.lines
                                       if line.code.startswith("issued"))
        self.valid += values.get(valid_code or "", None) or 0
        for code in template.contestant_codes:
            self.votes[code] += values.get(code) or 0

    @property
    def turnout_percent(self) -> float | None:
        return 100.0 * self.turnout_issued / self.registered if self.registered else None

    def share(self, code: str) -> float | None:
        return 100.0 * self.votes[code] / self.valid if self.valid else None


@dataclass
class Area:
    """One region, or the whole country (name "")."""

    name: str
    official: Totals = field(default_factory=Totals)
    observed: Totals = field(default_factory=Totals)  # consolidated observer protocols
    observed_stations: int = 0
    obstruction_stations: Counter = field(default_factory=Counter)  # kind -> stations
    headcount: int = 0  # independent head-counts (largest per station)
    headcount_issued: int = 0  # the observed protocol's issued line at the same stations
    headcount_stations: int = 0


def aggregates(template: ElectionTemplate, reports: Sequence[StationReport]) -> list[Area]:
    """Per region (sorted by name) and, last, the total (name "")."""
    areas: dict[str, Area] = {}
    total = Area("")
    compare = issued_code(template)
    for report in reports:
        region = areas.setdefault(report.region, Area(report.region))
        for area in (region, total):
            if report.official:
                area.official.add(template, report.official.values)
            if report.consolidated:
                area.observed.add(template, report.consolidated.values)
                area.observed_stations += 1
            for kind in report.obstructions:
                area.obstruction_stations[kind] += 1
            if report.headcounts and report.consolidated and compare:
                issued = report.consolidated.values.get(compare)
                if issued is not None:
                    area.headcount += max(report.headcounts.values())
                    area.headcount_issued += issued
                    area.headcount_stations += 1
    return [areas[name] for name in sorted(areas)] + [total]


def passes_threshold(template: ElectionTemplate, totals: Totals, code: str) -> bool | None:
    share = totals.share(code)
    return None if share is None else share >= template.threshold_percent


def summary_json(template: ElectionTemplate, areas: Sequence[Area]) -> list[dict[str, Any]]:
    """The aggregates as plain data (for tests, XLSX and PDF)."""
    out = []
    for area in areas:
        entry: dict[str, Any] = {"region": area.name or "total", "observed_stations": area.observed_stations,
                                 "obstruction_stations": dict(sorted(area.obstruction_stations.items())),
                                 "headcount": area.headcount, "headcount_issued": area.headcount_issued,
                                 "headcount_stations": area.headcount_stations}
        for label, totals in (("official", area.official), ("observed", area.observed)):
            entry[label] = {
                "stations": totals.stations, "registered": totals.registered,
                "issued": totals.turnout_issued, "turnout_percent": totals.turnout_percent,
                "valid": totals.valid,
                "shares": {c: totals.share(c) for c in template.contestant_codes},
                "passes_threshold": {c: passes_threshold(template, totals, c) for c in template.contestant_codes},
            }
        out.append(entry)
    return out


# --- spreadsheets -------------------------------------------------------------------------------

def area_rows(template: ElectionTemplate, areas: Sequence[Area]) -> tuple[list[str], list[list[Any]]]:
    """Per region and in total, as a table: turnout and shares from both sources, head-counts
    against the observed protocols' issued line, and the obstruction counts."""
    kinds = sorted({k for a in areas for k in a.obstruction_stations})
    header = ["region", "source", "stations", "registered", "issued", "turnout_percent", "valid"]
    header += [f"{c}_percent" for c in template.contestant_codes]
    header += [f"{c}_passes_threshold" for c in template.contestant_codes]
    header += ["headcount_stations", "headcount", "headcount_protocol_issued"]
    header += [f"stations_{k}" for k in kinds]
    rows: list[list[Any]] = []
    for area in areas:
        for source, totals in (("official", area.official), ("observed", area.observed)):
            row: list[Any] = [area.name or "total", source, totals.stations, totals.registered,
                              totals.turnout_issued, _round(totals.turnout_percent), totals.valid]
            row += [_round(totals.share(c)) for c in template.contestant_codes]
            row += [_yes_no(passes_threshold(template, totals, c)) for c in template.contestant_codes]
            if source == "observed":
                row += [area.headcount_stations, area.headcount, area.headcount_issued]
                row += [area.obstruction_stations.get(k, 0) for k in kinds]
            else:
                row += [None] * (3 + len(kinds))
            rows.append(row)
    return header, rows


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def xlsx_bytes(template: ElectionTemplate, reports: Sequence[StationReport], lang: str = "en") -> bytes:
    """The report as a workbook: Stations (the CSV's rows) and Regions (the aggregates)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    stations = book.active
    stations.title = "Stations"
    stations.append(csv_header(template))
    for row in sorted((r for rep in reports for r in rep.rows),
                      key=lambda r: (r.station_code, r.source, r.observer_id)):
        stations.append([row.station_code, row.region, row.source, row.observer_id, row.signer,
                         row.verified, *(row.values.get(c) for c in template.codes), ";".join(row.flags)])
    regions = book.create_sheet("Regions")
    header, rows = area_rows(template, aggregates(template, reports))
    regions.append(header)
    for row in rows:
        regions.append(row)
    for sheet in (stations, regions):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
