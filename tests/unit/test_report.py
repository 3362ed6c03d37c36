"""The report's aggregates (an unknown value is never counted as 0) and its XLSX in three languages."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from collections import Counter
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from observer_app.merge import merge_bundles
from observer_app.report import (StationReport, csv_text_cell, ReportRow, aggregates, area_rows, build, csv_header,
                                 csv_text, summary_json, xlsx_bytes)
from observer_app.storage.store import Store
from tests.unit.merge.helpers import GOOD, Observer, trust_of

ALMATY, ASTANA = "г. Алматы", "г. Нур-Султан"
# The user's walkthrough at ALA-101: two observers agree on everything but two parties.
ALA_101 = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
           "invalid": 31, "valid": 1680, "nur_otan": 480, "ak_zhol": 220, "ppk": 500, "auyl": 280,
           "adal": 200}
PARTIES = ("nur_otan", "ak_zhol", "ppk", "auyl", "adal")


def shares_of(values):
    return {c: pytest.approx(100 * values[c] / values["valid"]) for c in PARTIES}


# --- through a real merge -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def disagreeing(tmp_path_factory):
    """ALA-101: two observers disagree on Nur Otan (480/500) and Ak Zhol (220/200);
    ALA-104 (also Almaty): one observer, GOOD. Yields (template, reports)."""
    from observer_app.identity import create_ca

    folder = tmp_path_factory.mktemp("disagree")
    ca = create_ca(folder / "ca", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")
    a = Observer(folder / "a", "Aigerim Bekova", ca)
    b = Observer(folder / "b", "Dana Sadykova", ca)
    c = Observer(folder / "c", "Yerlan Ospanov", ca, station="ALA-104")
    a.protocol(**ALA_101)
    b.protocol(**ALA_101 | {"nur_otan": 500, "ak_zhol": 200})
    c.protocol(**GOOD)
    bundles = [o.export() for o in (a, b, c)]
    for o in (a, b, c):
        o.store.close()
    with Store.open(folder / "coord.sqlite", kind="coordinator") as coord:
        merge_bundles(coord, bundles, trust_of(ca), workers=1)
        yield build(coord)


def test_unknown_votes_of_disagreeing_observers_are_not_counted_as_zero(disagreeing):
    template, reports = disagreeing
    station = next(r for r in reports if r.code == "ALA-101")
    assert station.consolidated.conflict_codes == ["nur_otan", "ak_zhol"]
    assert station.consolidated.values["nur_otan"] is None and station.consolidated.values["valid"] == 1680
    almaty, total = summary_json(template, aggregates(template, reports))
    assert almaty["region"] == ALMATY and total["region"] == "total"
    observed = almaty["observed"]
    # two stations observed; only ALA-104 knows every party, so the shares are ALA-104's
    assert (observed["stations"], observed["share_stations"], observed["valid"]) == (2, 1, 1680)
    assert observed["shares"] == shares_of(GOOD)
    assert sum(observed["shares"].values()) == pytest.approx(100.0)
    assert observed["shares"]["nur_otan"] == pytest.approx(100 * 1041 / 1680)  # was 1041 / 3360
    assert observed["passes_threshold"] == {"nur_otan": True, "ak_zhol": True, "ppk": True,
                                            "auyl": False, "adal": True}
    # turnout: both stations know the registered and issued lines
    assert (observed["turnout_stations"], observed["registered"], observed["issued"]) == (2, 5440, 3426)
    assert total["observed"] == observed


def test_the_regions_sheet_says_how_many_stations_a_figure_covers(disagreeing):
    template, reports = disagreeing
    header, rows = area_rows(template, aggregates(template, reports))
    almaty = dict(zip(header, rows[1]))
    assert rows[1][:2] == [ALMATY, "observed"]
    assert (almaty["stations"], almaty["turnout_stations"], almaty["share_stations"]) == (2, 2, 1)
    assert almaty["nur_otan_percent"] == round(100 * 1041 / 1680, 2)
    assert almaty["nur_otan_passes_threshold"] == "yes"
    assert sum(almaty[f"{c}_percent"] for c in PARTIES) == pytest.approx(100.0, abs=0.05)


# --- the rules, on reports made by hand ---------------------------------------------------------

def station(code, region, consolidated=None, official=None):
    def row(source, values):
        return None if values is None else ReportRow(code, code, region, source, "", "", 0, dict(values))
    return StationReport(code, code, region, None, row("official", official), [],
                         row("consolidated", consolidated), {}, Counter())


def totals(template, reports, region, source="observed"):
    (entry,) = [e for e in summary_json(template, aggregates(template, reports)) if e["region"] == region]
    return entry[source]


def test_a_region_whose_only_station_lacks_a_party_has_no_shares_and_no_verdict(kz_template):
    """The walkthrough's bug: Almaty showed Nur Otan at 0.0 % and "does not pass"."""
    reports = [station("ALA-101", ALMATY, consolidated=ALA_101 | {"nur_otan": None, "ak_zhol": None}),
               station("NQZ-003", ASTANA, consolidated=GOOD)]
    almaty = totals(kz_template, reports, ALMATY)
    assert almaty["share_stations"] == 0
    assert almaty["shares"] == dict.fromkeys(PARTIES)
    assert almaty["passes_threshold"] == dict.fromkeys(PARTIES)
    assert almaty["valid"] == 0  # over no station: the Regions sheet leaves it empty (below)
    total = totals(kz_template, reports, "total")
    assert (total["stations"], total["share_stations"]) == (2, 1)
    assert total["shares"] == shares_of(GOOD)
    header, rows = area_rows(kz_template, aggregates(kz_template, reports))
    cells = dict(zip(header, next(r for r in rows if r[:2] == [ALMATY, "observed"])))
    assert cells["nur_otan_percent"] is None and cells["nur_otan_passes_threshold"] is None
    assert (cells["share_stations"], cells["valid"]) == (0, None)  # not 0: no station covers it
    official = dict(zip(header, next(r for r in rows if r[:2] == [ALMATY, "official"])))
    assert (official["stations"], official["registered"], official["valid"]) == (0, None, None)


def test_a_station_without_the_valid_line_is_left_out_of_the_shares(kz_template):
    reports = [station("ALA-101", ALMATY, consolidated=ALA_101 | {"valid": None}),
               station("ALA-104", ALMATY, consolidated=GOOD)]
    almaty = totals(kz_template, reports, ALMATY)
    assert (almaty["share_stations"], almaty["valid"]) == (1, 1680)
    assert almaty["shares"] == shares_of(GOOD)


def test_turnout_uses_only_stations_that_know_both_registered_and_issued(kz_template):
    reports = [station("ALA-101", ALMATY, official=ALA_101 | {"registered": None}),
               station("ALA-104", ALMATY, official=GOOD | {"issued": None}),
               station("ALA-117", ALMATY, official=GOOD | {"registered": 2000, "issued": 1500})]
    official = totals(kz_template, reports, ALMATY, "official")
    assert official["stations"] == 3
    assert (official["turnout_stations"], official["registered"], official["issued"]) == (1, 2000, 1500)
    assert official["turnout_percent"] == pytest.approx(75.0)
    nobody = totals(kz_template, reports[:2], ALMATY, "official")
    assert (nobody["turnout_stations"], nobody["turnout_percent"]) == (0, None)
    header, rows = area_rows(kz_template, aggregates(kz_template, reports[:2]))
    cells = dict(zip(header, next(r for r in rows if r[:2] == [ALMATY, "official"])))
    assert (cells["turnout_stations"], cells["registered"], cells["issued"]) == (0, None, None)


def test_without_an_issued_role_every_issued_line_must_be_known(ru_template):
    """Russia: ballots issued = early + in the premises + outside; one unknown leaves the station out."""
    known = {"registered": 1000, "issued_early": 10, "issued_in_premises": 500, "issued_outside": 40}
    reports = [station("1", "Moscow", official=known),
               station("2", "Moscow", official=known | {"issued_outside": None})]
    official = totals(ru_template, reports, "Moscow", "official")
    assert (official["turnout_stations"], official["registered"], official["issued"]) == (1, 1000, 550)
    assert official["turnout_percent"] == pytest.approx(55.0)


# --- the workbook in three languages ------------------------------------------------------------

def workbook(template, reports, lang):
    return load_workbook(io.BytesIO(xlsx_bytes(template, reports, lang=lang)))


def test_xlsx_in_english_names_the_columns_over_the_csv_codes(disagreeing):
    template, reports = disagreeing
    book = workbook(template, reports, "en")
    assert book.sheetnames == ["Stations", "Comparison", "Regions", "Obstructions", "Analysis", "README"]
    stations = book["Stations"]
    assert [c.value for c in stations[2]] == csv_header(template)  # the codes row, for scripts
    assert [c.value for c in stations[1]][:3] == ["Code", "Region", "Source"]
    assert stations["G1"].value == "1. Number of voters on the voter list"
    regions = book["Regions"]
    assert [c.value for c in regions[2]][:9] == [
        "region", "source", "stations", "turnout_stations", "registered", "issued", "turnout_percent",
        "share_stations", "valid"]
    assert [c.value for c in regions["A"]][2:] == [ALMATY] * 4 + ["Total"] * 4
    assert [c.value for c in regions["B"]][2:6] == ["official", "observers", "official, observed stations",
                                                     "observers, same stations"]
    assert "Yes" in [c.value for c in regions[4]]


@pytest.mark.parametrize("lang, words", [
    ("ru", {"sheets": ["Участки", "Сравнение", "Регионы", "Препятствия", "Анализ", "Описание"],
            "station_code": "Номер участка", "total": "Итого",
            "observed": "наблюдатели", "official": "официальные", "yes": "Да", "no": "Нет",
            "turnout": "Явка, %", "nur_otan": "Партия «Nur Otan», % от действительных голосов",
            "registered": "1. Число избирателей, внесённых в списки избирателей"}),
    ("kk", {"sheets": ["Учаскелер", "Салыстыру", "Өңірлер", "Кедергілер", "Талдау", "Сипаттама"],
            "station_code": "Учаске нөмірі", "total": "Барлығы",
            "observed": "байқаушылар", "official": "ресми", "yes": "Иә", "no": "Жоқ",
            "turnout": "Келу, %", "nur_otan": "«Nur Otan» партиясы, жарамды дауыстардағы үлесі, %",
            "registered": "1. Сайлаушылар тізіміне енгізілген сайлаушылардың саны"}),
])
def test_xlsx_in_russian_and_kazakh_has_translated_headers_and_words(disagreeing, lang, words):
    template, reports = disagreeing
    book = workbook(template, reports, lang)
    assert book.sheetnames == words["sheets"]
    stations, regions = book[words["sheets"][0]], book[words["sheets"][2]]
    header = [c.value for c in stations[1]]
    assert header[0] == words["station_code"]
    assert header[6] == words["registered"]
    assert not set(header) & set(csv_header(template))  # no name left as a code
    assert [c.value for c in stations[2]] == csv_header(template)  # the codes, in their own row
    # the cells stay machine-readable: station codes, sources and flags as in the CSV
    assert [c.value for c in stations["A"]][2:] == ["ALA-101"] * 3 + ["ALA-104"] * 2
    assert [c.value for c in stations["C"]][2:4] == ["consolidated", "observer"]
    assert "conflict" in stations.cell(3, len(header)).value.split(";")
    region_header = [c.value for c in regions[1]]
    english = area_rows(template, aggregates(template, reports))[0]
    assert [c.value for c in regions[2]] == english
    assert len(region_header) == len(english) and not set(region_header) & set(english)
    assert words["turnout"] in region_header and words["nur_otan"] in region_header
    assert [c.value for c in regions["A"]][2:] == [ALMATY] * 4 + [words["total"]] * 4
    assert [c.value for c in regions["B"]][2:4] == [words["official"], words["observed"]]
    verdicts = {c.value for row in regions.iter_rows(min_row=3) for c in row} & {
        "yes", "no", words["yes"], words["no"]}
    assert verdicts == {words["yes"], words["no"]}
    for sheet in book.worksheets[:5]:  # no sheet's names row holds a code of its codes row
        names, codes = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
        assert not set(names) & set(codes), sheet.title


# --- nothing from outside becomes a formula (issue 11) -------------------------------------------

HYPERLINK = '=HYPERLINK("http://evil","x")'
DDE = "@SUM(1+1)*cmd|' /C calc'!A0"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The attack as an attacker mounts it: a commission's station list whose regions are
    formulas, and an observer whose certificate (issued by the organisation's CA) is named
    "=1+1", merged into a coordinator database. Yields (template, reports)."""
    from observer_app.csvio import read_stations
    from observer_app.identity import create_ca

    folder = tmp_path_factory.mktemp("hostile")
    ca = create_ca(folder / "ca", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")
    formula = Observer(folder / "a", "=1+1", ca)
    honest = Observer(folder / "b", "Dana Sadykova", ca, station="ALA-104")
    formula.protocol(**ALA_101)
    honest.protocol(**GOOD)
    bundles = [formula.export(), honest.export()]
    for o in (formula, honest):
        o.store.close()
    stations = folder / "stations.csv"
    stations.write_text("station_code,region,registered_voters\n"
                        f'ALA-101,"{HYPERLINK.replace(chr(34), chr(34) * 2)}",2720\n'
                        f"ALA-104,{DDE},2659\n", encoding="utf-8")
    with Store.open(folder / "coord.sqlite", kind="coordinator") as coord:
        merge_bundles(coord, bundles, trust_of(ca), workers=1)
        coord.upsert_stations(read_stations(stations))
        yield build(coord)


def test_issue_11_hostile_regions_and_signer_reach_the_report_unchanged(hostile):
    """The honest data is unchanged by the escaping: build() holds the values as given."""
    _, reports = hostile
    assert [(r.code, r.region) for r in reports] == [("ALA-101", HYPERLINK), ("ALA-104", DDE)]
    assert [row.signer for r in reports for row in r.observers] == ["=1+1", "Dana Sadykova"]


def test_issue_11_report_csv_writes_formula_text_with_a_quote_first(hostile):
    """OWASP's CSV-injection rule: a text cell starting with = + - @ (or tab, CR) gets a ' first;
    the numbers stay numbers."""
    template, reports = hostile
    rows = list(csv.reader(io.StringIO(csv_text(template, reports))))
    assert rows[0] == csv_header(template)
    counts = lambda values: [str(values[c]) for c in template.codes]  # noqa: E731
    assert [row[:6] for row in rows[1:]] == [
        ["ALA-101", "'" + HYPERLINK, "consolidated", "", "", "1"],
        ["ALA-101", "'" + HYPERLINK, "observer", rows[2][3], "'=1+1", "1"],
        ["ALA-104", "'" + DDE, "consolidated", "", "", "1"],
        ["ALA-104", "'" + DDE, "observer", rows[4][3], "Dana Sadykova", "1"],
    ]
    assert [row[6:-1] for row in rows[1:]] == [counts(ALA_101)] * 2 + [counts(GOOD)] * 2
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for row in rows for cell in row)


def test_issue_11_a_csv_opened_split_on_semicolons_shows_no_formula():
    """Excel in Russian and Kazakh locales opens a .csv split on ";": text after a ";" (or a line
    break) inside a cell starts a cell of its own there, so it is escaped as a cell's start is."""
    hostile = ["Almaty;=cmd|' /C calc'!A0", "a\n@SUM(1)", "x;;+1", "ok;fine", "plain"]
    for text in hostile:
        cell = csv_text_cell(text)
        for delimiter in (",", ";"):
            for line in cell.split("\n"):
                parts = [p for p in line.split(delimiter)]
                assert not any(p[:1] in ("=", "+", "-", "@", "\t") for p in parts), (text, cell)
    assert csv_text_cell("ok;fine") == "ok;fine"  # only where a formula would start
    assert csv_text_cell("Almaty;=cmd") == "Almaty;'=cmd"


def test_issue_11_report_workbook_holds_no_formula_and_reads_back_the_text(hostile):
    template, reports = hostile
    data = xlsx_bytes(template, reports, lang="en")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheets = [name for name in book.namelist() if name.startswith("xl/worksheets/")]
        assert len(sheets) == 6
        for name in sheets:
            root = ElementTree.fromstring(book.read(name))
            assert [el.tag for el in root.iter(f"{_MAIN}f")] == []
    book = load_workbook(io.BytesIO(data))
    stations = book["Stations"]
    assert [(c.value, c.data_type) for c in stations["B"]][2:] == [(HYPERLINK, "s")] * 2 + [(DDE, "s")] * 2
    assert [c.value for c in stations["E"]][2:] == [None, "=1+1", None, "Dana Sadykova"]
    assert stations["E4"].data_type == "s"
    assert [(c.value, c.data_type) for c in stations["G"]][2:] == [(2720, "n")] * 2 + [(GOOD["registered"], "n")] * 2
    assert [c.value for c in book["Regions"]["A"]][2:] == [HYPERLINK] * 4 + [DDE] * 4 + ["Total"] * 4
    assert {c.data_type for c in book["Regions"]["A"]} == {"s"}
    assert [c.value for c in book["Comparison"]["B"]][2:] == [HYPERLINK, DDE]


# (text from outside, as the report CSV writes it, as the workbook reads back)
CELLS_FROM_OUTSIDE = [
    ("=1+1", "'=1+1", "=1+1"),
    ("+1+1", "'+1+1", "+1+1"),
    ("-1+1", "'-1+1", "-1+1"),
    ("@SUM(A1)", "'@SUM(A1)", "@SUM(A1)"),
    ("\t=1+1", "'\t=1+1", "\t=1+1"),
    # a lone \r is written as \n, which the csv module quotes (it leaves \r unquoted, and a
    # spreadsheet would start a new row there, with "=1+1" as its first cell); a formula
    # character after a line break (or a ";") gets its ' too: a spreadsheet that splits on ";"
    # starts a cell there
    ("\r=1+1", "'\n'=1+1", "\r=1+1"),
    ("x\r=1+1", "x\n'=1+1", "x\r=1+1"),
    ("x;=1+1", "x;'=1+1", "x;=1+1"),
    ("#N/A", "#N/A", "#N/A"),  # openpyxl would make it an error value
    ("a\x00b\x1b", "a\x00b\x1b", "a\ufffdb\ufffd"),  # no workbook holds these characters
    ("a=1", "a=1", "a=1"),
    ("", "", None),
]


def test_issue_11_every_text_cell_of_the_report_is_text(kz_template):
    """Whatever field the text arrives in (station code, region, signer) and whatever language
    the workbook's headers are in (party names come from the election file)."""
    def row(code, text):
        return ReportRow(code, code, text, "observer", "", text, 0, dict(GOOD))

    reports = [StationReport(f"S{i:02}", f"S{i:02}{text}", text, None, None, [row(f"S{i:02}{text}", text)],
                             None, {}, Counter()) for i, (text, _, _) in enumerate(CELLS_FROM_OUTSIDE)]
    rows = list(csv.reader(io.StringIO(csv_text(kz_template, reports))))
    assert [(r[1], r[4]) for r in rows[1:]] == [(written, written) for _, written, _ in CELLS_FROM_OUTSIDE]
    assert [r[0] for r in rows[1:]] == [csv_text_cell(f"S{i:02}{text}")  # (its rule is tested above)
                                        for i, (text, _, _) in enumerate(CELLS_FROM_OUTSIDE)]
    assert {r[6] for r in rows[1:]} == {str(GOOD["registered"])}

    party = kz_template.contestants[0]
    hostile_names = dataclasses.replace(kz_template, contestants=(
        dataclasses.replace(party, name={"ru": "=1+1", "en": "=1+1"}), *kz_template.contestants[1:]))
    for lang in ("en", "ru"):
        data = xlsx_bytes(hostile_names, reports, lang=lang)
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            for name in book.namelist():
                if name.startswith("xl/worksheets/"):
                    assert list(ElementTree.fromstring(book.read(name)).iter(f"{_MAIN}f")) == []
        book = load_workbook(io.BytesIO(data))
        stations, regions = book.worksheets[0], book.worksheets[2]
        for column in "BE":
            assert [c.value for c in stations[column]][2:] == [read for _, _, read in CELLS_FROM_OUTSIDE]
            assert {c.data_type for c in stations[column][2:] if c.value is not None} == {"s"}
        assert {c.value for c in stations["G"][2:]} == {GOOD["registered"]}
        assert {c.data_type for c in stations["G"][2:]} == {"n"}
        assert {c.value for c in regions["A"][2:] if c.value} >= {read for _, _, read in CELLS_FROM_OUTSIDE if read}
    assert "=1+1" in [c.value for c in stations[1]]  # the party's name, as a header


def test_regions_compare_official_and_observed_over_the_same_stations(kz_template):
    """Issue 13: the Regions sheet compared the official turnout of every station with the
    observers' turnout of the few they covered; the paired rows now take the same stations, and
    leave out those where observers were removed (their protocol may be hearsay)."""
    def values(registered, issued):
        return {"registered": registered, "issued": issued}

    def station(code, official, observed=None, obstructions=()):
        rows = []
        if observed is not None:
            rows = [ReportRow(code, code, "R", "observer", "o", "", 1, observed)]
        consolidated = ReportRow(code, code, "R", "consolidated", "", "", 1, observed) if observed else None
        return StationReport(code, code, "R", None, ReportRow(code, code, "R", "official", "", "", 0, official),
                             rows, consolidated, {}, Counter(obstructions))

    reports = [station("S1", values(1000, 600), values(1000, 400)),
               station("S2", values(1000, 900)),
               station("S3", values(1000, 990), values(1000, 100), {"removed": 1})]
    region, _total = summary_json(kz_template, aggregates(kz_template, reports))
    assert [(region[k]["turnout_stations"], region[k]["turnout_percent"]) for k in (
        "official", "observed", "official_paired", "observed_paired")] == [
        (3, 83.0), (2, 25.0), (1, 60.0), (1, 40.0)]
