"""The coordinator's report: observers' protocols beside the official ones, per station, region
and in total; the same whatever order the bundles were merged in.

Unknown is never zero. A station's value is unknown when nobody recorded it or when its observers
disagree (the consolidated row keeps only what they agree on). The region and total figures
(`Totals`, used by the XLSX Regions sheet and the PDF report) therefore count a station only in
the figures whose every input it knows, and say how many stations each figure covers:
- turnout (ballots issued / voters on the list) over the stations that know the registered line
  and every issued line (`turnout_stations`);
- the contestants' shares of valid votes and the threshold verdicts over the stations that know
  the valid line and every contestant (`share_stations`). One set of stations for all shares, so
  they are comparable and add up to 100 % where the protocols satisfy valid = sum(contestants);
  a station with one contestant unknown is left out of every share rather than counted as 0 for
  that contestant, which would lower its share and raise the others';
- each line and contestant also keeps its sum over the stations that know it, with their number.
A figure no station covers is unknown (None, an empty cell), never 0 % or "does not pass".
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from observer_app.domain.template import ElectionTemplate, issued_codes, pick_name
from observer_app.domain.turnout import issued_code
from observer_app.export import pdf_text
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


def trusted(protocols: Sequence[tuple[Mapping[str, int | None], bool]]) -> list[Mapping[str, int | None]]:
    """The protocols a station's consolidated record is made of: the verified ones where there
    are any (an unverified bundle, which anyone can make, never blanks or changes what verified
    observers agree on: it is listed, not counted), else all of them."""
    verified = [values for values, ok in protocols if ok]
    return verified or [values for values, _ok in protocols]


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
    from observer_app.storage.arrays import verified_stations

    vouched = verified_stations(store)  # there, an unverified bundle's obstructions are not counted
    for sid, kind, verified, n in store.db.execute(
            "SELECT o.station_id, o.kind, coalesce(b.verified, 0), count(*) FROM obstructions o LEFT JOIN "
            "bundles b ON b.sha256 = o.bundle_sha256 AND b.status = 'merged' WHERE o.deleted = 0 "
            "GROUP BY o.station_id, o.kind, coalesce(b.verified, 0)"):
        if verified or sid not in vouched:
            obstructions[sid][kind] += n

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
            counted = trusted([(o.values, bool(o.verified)) for o in observers])
            values, conflicts = consolidate(codes, counted, overrides.get(sid))
            verified = int(any(o.verified for o in observers))  # then only verified ones are counted
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


# Text in a report comes from outside: regions from a commission's station list, signers from
# certificates, codes from bundles. A spreadsheet must show it as text, never run it as a
# formula (issue 11), so the reports (not the data exchange files, which keep exact values)
# write it as follows.
_CSV_FORMULA_FIRST = frozenset("=+-@\t\r")  # OWASP's CSV-injection rule


# Where a spreadsheet may start a cell inside a field: Excel in Russian and Kazakh locales opens
# a .csv split on ";" (a quote counts only at the start of what it splits), and a line break
# starts a row there.
_CSV_CELL_START = re.compile(r"([;\n])([=+\-@\t])")


def csv_text_cell(text: str) -> str:
    """A report CSV cell: text starting with =, +, -, @, tab or carriage return gets a ' first
    (OWASP's CSV-injection rule), and so does such a character after a ";" or a line break
    inside the text (where a spreadsheet split on ";" starts a cell); line breaks are written as
    \\n, so the cell is quoted (Python's csv quotes a lone \\r only when it ends lines with one)."""
    if text[:1] in _CSV_FORMULA_FIRST:
        text = "'" + text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if ";" in text or "\n" in text:
        text = _CSV_CELL_START.sub(r"\1'\2", text)
    return text


def write_csv(out, template: ElectionTemplate, reports: Sequence[StationReport]) -> int:
    """One row per station and source, sorted by station code, source, observer id. Text cells
    are written by csv_text_cell; counts stay numbers."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_text_cell(name) for name in csv_header(template)])
    rows = sorted((row for report in reports for row in report.rows),
                  key=lambda r: (r.station_code, r.source, r.observer_id))
    text = csv_text_cell
    for row in rows:
        writer.writerow([text(row.station_code), text(row.region), text(row.source), text(row.observer_id),
                         text(row.signer), row.verified,
                         *("" if row.values.get(c) is None else row.values[c] for c in template.codes),
                         text(";".join(row.flags))])
    return len(rows)


def csv_text(template: ElectionTemplate, reports: Sequence[StationReport]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, template, reports)
    return buffer.getvalue()


# --- aggregates ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Roles:
    """The codes the totals read, found once per report rather than once per protocol."""

    registered: str | None
    issued: tuple[str, ...]
    valid: str | None
    contestants: tuple[str, ...]

    @classmethod
    def of(cls, template: ElectionTemplate) -> _Roles:
        return cls(template.role_code("registered"), tuple(issued_codes(template)),
                   template.role_code("valid"), tuple(template.contestant_codes))


@dataclass(frozen=True)
class _Figures:
    """One protocol's part in the totals; None where a value it needs is unknown."""

    turnout: tuple[int, int] | None  # (registered, ballots issued)
    shares: tuple[int, dict[str, int]] | None  # (valid, votes per contestant)

    @classmethod
    def of(cls, roles: _Roles, values: Mapping[str, int | None]) -> _Figures:
        registered = values.get(roles.registered) if roles.registered else None
        issued = [values.get(code) for code in roles.issued]
        valid = values.get(roles.valid) if roles.valid else None
        votes = {code: values.get(code) for code in roles.contestants}
        return cls(None if registered is None or not issued or None in issued else (registered, sum(issued)),
                   None if valid is None or None in votes.values() else (valid, votes))


@dataclass
class Totals:
    """One source's figures summed over the stations of a region (or the country).

    An unknown value is never counted as 0. Each figure is summed over the stations where every
    value it needs is known, and says how many stations those are:
    - turnout (`registered`, `turnout_issued`) over the `turnout_stations` that know the
      registered line and every issued line;
    - shares and threshold verdicts (`valid`, `votes`) over the `share_stations` that know the
      valid line and every contestant, so every share has the same denominator and the shares
      add up to 100 % wherever the protocols satisfy valid = sum(contestants).
    No covered station at all: the percentage and the verdict are unknown (None), not 0 or "no".
    """

    stations: int = 0  # stations with figures from this source
    turnout_stations: int = 0
    registered: int = 0  # over turnout_stations
    turnout_issued: int = 0  # over turnout_stations: the issued_codes lines
    share_stations: int = 0
    valid: int = 0  # over share_stations
    votes: Counter = field(default_factory=Counter)  # over share_stations

    def add(self, figures: _Figures) -> None:
        self.stations += 1
        if figures.turnout is not None:
            self.turnout_stations += 1
            self.registered += figures.turnout[0]
            self.turnout_issued += figures.turnout[1]
        if figures.shares is not None:
            self.share_stations += 1
            self.valid += figures.shares[0]
            self.votes.update(figures.shares[1])

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
    # Like with like: official and observed over the same stations, those with both protocols
    # where no observer was removed or not shown the protocol (as `analyse compare` takes them).
    official_paired: Totals = field(default_factory=Totals)
    observed_paired: Totals = field(default_factory=Totals)
    observed_stations: int = 0
    obstruction_stations: Counter = field(default_factory=Counter)  # kind -> stations
    headcount: int = 0  # independent head-counts (largest per station)
    headcount_issued: int = 0  # the observed protocol's issued line at the same stations
    headcount_stations: int = 0  # stations with a head-count whose observed issued line is known


# A station where observers were removed or not shown the protocol is not compared with the
# official one (its observed protocol may be hearsay); analysis/compare.py the same.
PAIRING_EXCLUDES = ("removed", "not_admitted", "protocol_not_shown", "copy_refused")


def aggregates(template: ElectionTemplate, reports: Sequence[StationReport]) -> list[Area]:
    """Per region (sorted by name) and, last, the total (name "")."""
    areas: dict[str, Area] = {}
    total = Area("")
    compare = issued_code(template)
    roles = _Roles.of(template)
    for report in reports:
        region = areas.setdefault(report.region, Area(report.region))
        official = _Figures.of(roles, report.official.values) if report.official else None
        observed = _Figures.of(roles, report.consolidated.values) if report.consolidated else None
        paired = (official is not None and observed is not None
                  and not any(report.obstructions.get(kind) for kind in PAIRING_EXCLUDES))
        for area in (region, total):
            if official is not None:
                area.official.add(official)
            if observed is not None:
                area.observed.add(observed)
                area.observed_stations += 1
            if paired:
                area.official_paired.add(official)
                area.observed_paired.add(observed)
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
        for label, totals in (("official", area.official), ("observed", area.observed),
                              ("official_paired", area.official_paired),
                              ("observed_paired", area.observed_paired)):
            entry[label] = {
                "stations": totals.stations,
                "turnout_stations": totals.turnout_stations, "registered": totals.registered,
                "issued": totals.turnout_issued, "turnout_percent": totals.turnout_percent,
                "share_stations": totals.share_stations, "valid": totals.valid,
                "shares": {c: totals.share(c) for c in template.contestant_codes},
                "passes_threshold": {c: passes_threshold(template, totals, c) for c in template.contestant_codes},
            }
        out.append(entry)
    return out


# --- spreadsheets -------------------------------------------------------------------------------

def _in_words(lang: str | None) -> bool:
    """English keeps the CSV's codes (scripts read them); other languages get words."""
    return lang in pdf_text.LANGUAGES and lang != "en"


def area_rows(template: ElectionTemplate, areas: Sequence[Area],
              lang: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """Per region and in total, as a table (area_table): headers, the total row's name, sources
    and yes/no are codes in English, words in `lang` otherwise."""
    words = _in_words(lang)
    codes, names, rows = area_table(template, areas, lang, words=words)
    return (names if words else codes), rows


def area_table(template: ElectionTemplate, areas: Sequence[Area], lang: str | None = None, *,
               words: bool = True) -> tuple[list[str], list[str], list[list[Any]]]:
    """Per region and in total: turnout and shares from both sources, each with the number of
    stations it covers, head-counts against the observed protocols' issued line, and the
    obstruction counts. Unknown figures are None (empty cells), never 0. Returns the column
    codes, their names in `lang`, and the rows; with words the total row's name, the sources
    and yes/no are words in `lang`, else codes."""
    kinds = sorted({k for a in areas for k in a.obstruction_stations})
    contestants = template.contestant_codes
    header = ["region", "source", "stations", "turnout_stations", "registered", "issued", "turnout_percent",
              "share_stations", "valid"]
    header += [f"{c}_percent" for c in contestants]
    header += [f"{c}_passes_threshold" for c in contestants]
    header += ["headcount_stations", "headcount", "headcount_protocol_issued"]
    header += [f"stations_{k}" for k in kinds]
    t = pdf_text.t
    names = [pick_name(c.name, lang) for c in template.contestants]
    threshold = f"{template.threshold_percent:g}"
    named = [t(f"xlsx.{code}", lang) for code in header[:9]]
    named += [t("xlsx.share", lang).format(name=name) for name in names]
    named += [t("xlsx.passes_threshold", lang).format(name=name, threshold=threshold) for name in names]
    named += [t("xlsx.headcount_stations", lang), t("xlsx.headcount", lang),
              t("xlsx.headcount_protocol_issued", lang)]
    named += [t("xlsx.obstruction_stations", lang).format(kind=pdf_text.label("kind", k, lang))
              for k in kinds]
    rows: list[list[Any]] = []
    for area in areas:
        for source, totals in (("official", area.official), ("observed", area.observed),
                               ("official_paired", area.official_paired),
                               ("observed_paired", area.observed_paired)):
            name = area.name or (pdf_text.t("xlsx.total", lang) if words else "total")
            turnout_known, shares_known = totals.turnout_stations > 0, totals.share_stations > 0
            row: list[Any] = [name, pdf_text.t(f"xlsx.source.{source}", lang) if words else source,
                              totals.stations, totals.turnout_stations,
                              totals.registered if turnout_known else None,
                              totals.turnout_issued if turnout_known else None,
                              _round(totals.turnout_percent), totals.share_stations,
                              totals.valid if shares_known else None]
            row += [_round(totals.share(c)) for c in contestants]
            row += [_yes_no(passes_threshold(template, totals, c), lang if words else None)
                    for c in contestants]
            if source == "observed":
                counted = area.headcount_stations > 0  # else the head-counts are unknown, not 0
                row += [area.headcount_stations, area.headcount if counted else None,
                        area.headcount_issued if counted else None]
                row += [area.obstruction_stations.get(k, 0) for k in kinds]
            else:
                row += [None] * (3 + len(kinds))
            rows.append(row)
    return header, named, rows


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _yes_no(value: bool | None, lang: str | None = None) -> str | None:
    """"yes"/"no" (codes), or the words in `lang`; unknown stays empty."""
    if value is None:
        return None
    key = "yes" if value else "no"
    return pdf_text.t(key, lang) if lang else key


def stations_header(template: ElectionTemplate, lang: str | None = None) -> list[str]:
    """The CSV's header in English, the Stations sheet's names (stations_names) in other languages."""
    return stations_names(template, lang) if _in_words(lang) else csv_header(template)


def stations_names(template: ElectionTemplate, lang: str | None = None) -> list[str]:
    """The names of the CSV's columns in `lang`: lines as "number. name", contestants by name."""
    t = pdf_text.t
    return [t("station_code", lang), t("xlsx.region", lang), t("xlsx.source", lang), t("xlsx.observer_id", lang),
            t("xlsx.signer", lang), t("xlsx.verified", lang),
            *(f"{line.number}. {pick_name(line.name, lang)}" for line in template.lines),
            *(pick_name(c.name, lang) for c in template.contestants), t("xlsx.flags", lang)]


# openpyxl types a str by its text: "=..." becomes a formula, "#N/A" an error value, and a
# control character other than tab and line breaks cannot be written at all (it raises).
_XLSX_TYPED_FIRST = frozenset("=#")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl's ILLEGAL_CHARACTERS_RE


def _xlsx_text(sheet, text: str):
    """`text` as a cell that holds exactly that text: a string cell where openpyxl would make
    anything else of it; characters no workbook can hold become U+FFFD."""
    if text[:1] not in _XLSX_TYPED_FIRST and not _XLSX_ILLEGAL.search(text):
        return text  # openpyxl writes it as a string cell
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=_XLSX_ILLEGAL.sub("\ufffd", text))
    cell.data_type = "s"  # after the value: binding it typed the cell by its text
    return cell


def xlsx_bytes(template: ElectionTemplate, reports: Sequence[StationReport], lang: str = "en", *,
               store: Store | None = None, sample=None) -> bytes:
    """The report as a workbook (observer_app.export.report_xlsx): Stations, Comparison, Regions,
    Obstructions, Analysis and README. `store` (the database the reports were built from) gives
    the obstructions, the analysis and where the data came from; `sample` (read_sample's rows)
    adds the PVT to the analysis."""
    from observer_app.export.report_xlsx import workbook_bytes

    return workbook_bytes(template, reports, lang, store=store, sample=sample)


def wide_csv_text(template: ElectionTemplate, reports: Sequence[StationReport], integer_peaks: set[str] | None,
                  sample=None) -> str:
    """One row per station, with the columns of the publication's station_comparison (official
    and observed figures side by side, official minus observed, flags), for R or pandas. Unknown
    figures are empty; text cells are written by csv_text_cell."""
    from observer_app.publish.tables import comparison_columns, comparison_rows

    columns = comparison_columns(template, sample is not None)
    text = {name for name, kind in columns.items() if kind is str}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_text_cell(name) for name in columns])
    codes = {s.code for s in sample} if sample is not None else None
    for row in comparison_rows(template, reports, integer_peaks, codes):
        writer.writerow([csv_text_cell(row[name]) if name in text else "" if row[name] is None else row[name]
                         for name in columns])
    return buffer.getvalue()
