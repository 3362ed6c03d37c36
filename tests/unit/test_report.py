"""The report's aggregates (an unknown value is never counted as 0) and its XLSX in three languages."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from openpyxl import load_workbook

from observer_app.merge import merge_bundles
from observer_app.report import (StationReport, ReportRow, aggregates, area_rows, build, csv_header,
                                 summary_json, xlsx_bytes)
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


def test_xlsx_in_english_keeps_the_csv_codes(disagreeing):
    template, reports = disagreeing
    book = workbook(template, reports, "en")
    assert book.sheetnames == ["Stations", "Regions"]
    assert [c.value for c in book["Stations"][1]] == csv_header(template)
    regions = book["Regions"]
    assert [c.value for c in regions[1]][:9] == [
        "region", "source", "stations", "turnout_stations", "registered", "issued", "turnout_percent",
        "share_stations", "valid"]
    assert [c.value for c in regions["A"]][1:] == [ALMATY, ALMATY, "total", "total"]
    assert regions.cell(3, 2).value == "observed"
    assert "yes" in [c.value for c in regions[3]]


@pytest.mark.parametrize("lang, words", [
    ("ru", {"sheets": ["Участки", "Регионы"], "station_code": "Номер участка", "total": "Итого",
            "observed": "наблюдатели", "official": "официальные", "yes": "Да", "no": "Нет",
            "turnout": "Явка, %", "nur_otan": "Партия «Nur Otan», % от действительных голосов",
            "registered": "1. Число избирателей, внесённых в списки избирателей"}),
    ("kk", {"sheets": ["Учаскелер", "Өңірлер"], "station_code": "Учаске нөмірі", "total": "Барлығы",
            "observed": "байқаушылар", "official": "ресми", "yes": "Иә", "no": "Жоқ",
            "turnout": "Келу, %", "nur_otan": "«Nur Otan» партиясы, жарамды дауыстардағы үлесі, %",
            "registered": "1. Сайлаушылар тізіміне енгізілген сайлаушылардың саны"}),
])
def test_xlsx_in_russian_and_kazakh_has_translated_headers_and_words(disagreeing, lang, words):
    template, reports = disagreeing
    book = workbook(template, reports, lang)
    assert book.sheetnames == words["sheets"]
    stations, regions = (book[name] for name in words["sheets"])
    header = [c.value for c in stations[1]]
    assert header[0] == words["station_code"]
    assert header[6] == words["registered"]
    assert not set(header) & set(csv_header(template))  # no header left as a code
    # the cells stay machine-readable: station codes, sources and flags as in the CSV
    assert [c.value for c in stations["A"]][1:] == ["ALA-101"] * 3 + ["ALA-104"] * 2
    assert [c.value for c in stations["C"]][1:3] == ["consolidated", "observer"]
    assert "conflict" in stations.cell(2, len(header)).value.split(";")
    region_header = [c.value for c in regions[1]]
    english = area_rows(template, aggregates(template, reports))[0]
    assert len(region_header) == len(english) and not set(region_header) & set(english)
    assert words["turnout"] in region_header and words["nur_otan"] in region_header
    assert [c.value for c in regions["A"]][1:] == [ALMATY, ALMATY, words["total"], words["total"]]
    assert [c.value for c in regions["B"]][1:3] == [words["official"], words["observed"]]
    verdicts = {c.value for row in regions.iter_rows(min_row=2) for c in row} & {
        "yes", "no", words["yes"], words["no"]}
    assert verdicts == {words["yes"], words["no"]}
