"""The report workbook people read (issue 14, item 3) and the wide CSV (item 4), from a real
coordinator database: two observers who disagree at ALA-101, one at ALA-104 who was forbidden
to take photos for 25 minutes, official results for both stations."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from observer_app.cli import main
from observer_app.identity import create_ca
from observer_app.merge import merge_bundles
from observer_app.publish.tables import comparison_columns
from observer_app.report import build, csv_header, csv_text, xlsx_bytes
from observer_app.storage.store import Store
from tests.unit.merge.helpers import GOOD, Observer, trust_of
from tests.unit.test_report import ALA_101

OFFICIAL_101 = ALA_101 | {"nur_otan": 600, "ak_zhol": 100, "registered": 12720}
SHEETS = {"en": ["Stations", "Comparison", "Regions", "Obstructions", "Analysis", "README"],
          "ru": ["Участки", "Сравнение", "Регионы", "Препятствия", "Анализ", "Описание"],
          "kk": ["Учаскелер", "Салыстыру", "Өңірлер", "Кедергілер", "Талдау", "Сипаттама"]}


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    ca = create_ca(folder / "ca", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")
    a = Observer(folder / "a", "Aigerim Bekova", ca)
    b = Observer(folder / "b", "Dana Sadykova", ca)
    c = Observer(folder / "c", "Yerlan Ospanov", ca, station="ALA-104")
    a.protocol(**ALA_101)
    b.protocol(**ALA_101 | {"nur_otan": 500, "ak_zhol": 200})
    c.protocol(**GOOD)
    o = c.store.start_obstruction(c.station.id, "photo_forbidden", at="2021-01-10T09:00:00+06:00", stage="voting",
                                  ordered_by="Serik Abenov", ordered_by_position="chair", stated_reason="rules")
    c.store.end_obstruction(o, at="2021-01-10T09:25:00+06:00")
    bundles = [x.export() for x in (a, b, c)]
    for x in (a, b, c):
        x.store.close()
    db = folder / "coord.sqlite"
    with Store.open(db, kind="coordinator") as coord:
        merge_bundles(coord, bundles, trust_of(ca), workers=1)
        coord.import_official([(coord.station_by_code("ALA-101").id, dict(OFFICIAL_101)),
                               (coord.station_by_code("ALA-104").id, dict(GOOD))], "official-2021.csv")
    return db


def book_of(db, lang, sample=None):
    with Store.open(db) as store:
        template, reports = build(store)
        data = xlsx_bytes(template, reports, lang=lang, store=store, sample=sample)
    return template, load_workbook(io.BytesIO(data))


def row_of(sheet, first):
    """The data row whose first cell is `first`, as {code: value} by the codes row."""
    codes = [c.value for c in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        if row[0].value == first:
            return {code: cell for code, cell in zip(codes, row)}
    raise AssertionError(first)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_sheet_has_names_over_codes_frozen_and_filtered(coordinator, lang):
    template, book = book_of(coordinator, lang)
    assert book.sheetnames == SHEETS[lang]
    stations, comparison, regions, obstructions, analysis = book.worksheets[:5]
    assert [c.value for c in stations[2]] == csv_header(template)
    assert [c.value for c in comparison[2]] == list(comparison_columns(template))
    assert [c.value for c in obstructions[2]][:7] == ["id", "station_code", "region", "observer", "verified", "kind", "stage"]
    for sheet in book.worksheets[:5]:
        names, codes = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
        assert all(names) and not set(names) & set(codes), sheet.title
        assert all(c.font.bold for c in sheet[1]) and sheet[1][0].alignment.wrap_text
        assert sheet.freeze_panes in ("B3", "C3")
        last = sheet.cell(2, len(codes)).column_letter
        assert sheet.auto_filter.ref == f"A2:{last}{sheet.max_row}", sheet.title
        widths = [sheet.column_dimensions[sheet.cell(1, i).column_letter].width for i in range(1, len(codes) + 1)]
        assert all(6 <= w <= 48 for w in widths), (sheet.title, widths)
    assert stations.freeze_panes == "B3" and regions.freeze_panes == "C3"
    assert stations.max_row == 2 + 7  # consolidated, 2 observers, official at ALA-101; 3 rows at ALA-104
    if lang != "en":
        english = [c.value for c in load_workbook(io.BytesIO(xlsx_bytes(template, build_reports(coordinator),
                                                                          lang="en"))).worksheets[0][1]]
        assert not set(c.value for c in stations[1]) & set(english[6:-1] + csv_header(template))


def build_reports(db):
    with Store.open(db) as store:
        return build(store)[1]


def test_numbers_are_grouped_number_cells_and_unknown_is_empty(coordinator):
    template, book = book_of(coordinator, "ru")
    stations, comparison, regions = book.worksheets[:3]
    official = [r for r in stations.iter_rows(min_row=3) if r[0].value == "ALA-101" and r[2].value == "official"][0]
    registered = official[6]
    assert (registered.value, registered.data_type, registered.number_format) == (12720, "n", "#,##0")
    consolidated = row_of(stations, "ALA-101")  # the first ALA-101 row: consolidated
    assert consolidated["source"].value == "consolidated"
    assert consolidated["nur_otan"].value is None  # the observers disagree: unknown, not 0
    assert consolidated["valid"].value == 1680
    row = row_of(comparison, "ALA-101")
    assert (row["official_registered"].value, row["observed_registered"].value,
            row["difference_registered"].value) == (12720, 2720, 10000)
    assert row["official_nur_otan"].value == 600
    assert row["observed_nur_otan"].value is None and row["difference_nur_otan"].value is None
    assert row["turnout_official"].value == pytest.approx(1713 / 12720)
    assert row["turnout_official"].number_format == "0.00%" and row["turnout_official"].data_type == "n"
    assert row["differs"].value == 1 and row["paired"].value == 1
    assert row["integer_peak"].value in (0, 1)
    codes = [c.value for c in regions[2]]
    observed = [dict(zip(codes, (c.value for c in r))) for r in regions.iter_rows(min_row=3)
                if r[1].value == "наблюдатели"][0]
    assert (observed["headcount_stations"], observed["headcount"]) == (0, None)  # nobody counted: empty
    percent = [r for r in regions.iter_rows(min_row=3) if r[1].value == "наблюдатели"][0][codes.index("turnout_percent")]
    assert percent.number_format == "#,##0.00" and percent.data_type == "n"


def test_obstructions_analysis_and_readme(coordinator):
    template, book = book_of(coordinator, "en")
    obstructions, analysis, readme = book.worksheets[3:]
    row = row_of(obstructions, obstructions["A3"].value)
    assert [row[k].value for k in ("station_code", "observer", "kind", "stage", "minutes", "ordered_by")] == [
        "ALA-104", "Yerlan Ospanov", "Photo/video forbidden", "Voting", 25, "Serik Abenov"]
    figures = {r[2].value: r for r in analysis.iter_rows(min_row=3)}
    assert {"turnout_difference", "official_share", "stations_used", "last_digit_p_value"} <= set(figures)
    assert not any(k.startswith("pvt") or r[0].value == "PVT (sample)" for k, r in figures.items())
    turnout = figures["turnout_official"]
    assert turnout[1].value == "Turnout, official" and turnout[7].value == 2  # both stations paired
    assert turnout[4].value == pytest.approx((1713 + 1713) / (12720 + 2720))
    assert turnout[4].number_format == "0.00%"
    text = "\n".join(str(c.value) for r in readme.iter_rows() for c in r if c.value is not None)
    assert "official-2021.csv: 2 stations" in text
    assert "3 merged, 3 of them signed by the organisation's CA (verified); 0 rejected" in text
    assert "coord.sqlite" in text and "kz-2021-majilis" in text
    assert "none given: the Analysis sheet has no PVT" in text
    assert "Line 1 of the protocol" in text and "Official minus observers" in text
    listed = {(r[0].value, r[1].value) for r in readme.iter_rows() if r[1].value}
    assert ("Comparison", "difference_nur_otan") in listed and ("Stations", "flags") in listed


def test_the_analysis_sheet_has_the_pvt_with_a_sample(coordinator, tmp_path, capsys):
    sample = tmp_path / "sample.csv"
    sample.write_text("station_code,stratum,weight\nALA-101,A,2\nALA-104,A,2\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert main(["report", "--db", str(coordinator), "--out", str(out), "--sample", str(sample), "--lang", "kk"]) == 0
    book = load_workbook(out)
    analysis, readme = book["Талдау"], book["Сипаттама"]
    assert "PVT (іріктеме)" in {r[0].value for r in analysis.iter_rows(min_row=3)}
    assert "2 учаске" in {r[1].value for r in readme.iter_rows()}


def test_the_wide_csv_has_the_publication_columns_and_the_database_figures(coordinator, tmp_path, capsys):
    out = tmp_path / "wide.csv"
    assert main(["report", "--db", str(coordinator), "--out", str(out), "--wide"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    with Store.open(coordinator) as store:
        template = store.template()
        official = {store.station(sid).code if hasattr(store, "station") else sid: v
                    for sid, v in store.official_results().items()}
        codes = {s.id: s.code for s in store.stations()}
        official = {codes[sid]: v for sid, v in store.official_results().items()}
    assert list(rows[0]) == list(comparison_columns(template))
    assert [r["station_code"] for r in rows] == ["ALA-101", "ALA-104"]
    first = rows[0]
    for code in template.codes:
        assert first[f"official_{code}"] == str(official["ALA-101"][code])
    assert (first["observed_registered"], first["difference_registered"]) == ("2720", "10000")
    assert (first["observed_nur_otan"], first["difference_nur_otan"]) == ("", "")  # unknown, not 0
    assert (first["has_official"], first["has_observed"], first["paired"], first["differs"]) == ("1", "1", "1", "1")
    assert float(first["turnout_official"]) == pytest.approx(1713 / 12720)
    assert rows[1]["flags"] == "" and rows[1]["difference_valid"] == "0"
    code = main(["report", "--db", str(coordinator), "--out", str(tmp_path / "w.xlsx"), "--wide"])
    assert code == 1 and "--wide is for a .csv report" in capsys.readouterr().err


def test_the_default_csv_is_unchanged(coordinator, tmp_path):
    out = tmp_path / "r.csv"
    assert main(["report", "--db", str(coordinator), "--out", str(out)]) == 0
    with Store.open(coordinator) as store:
        template, reports = build(store)
        assert out.read_text(encoding="utf-8") == csv_text(template, reports)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ("station_code,region,source,observer_id,signer,verified,registered,received,issued,"
                        "cancelled,in_boxes,invalid,valid,nur_otan,ak_zhol,ppk,auyl,adal,flags")
    assert lines[1] == ("ALA-101,г. Алматы,consolidated,,,1,2720,2770,1713,1057,1711,31,1680,,,500,280,200,"
                        "conflict;differs_from_official")
    assert len(lines) == 1 + 7
