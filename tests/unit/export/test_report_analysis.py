"""The signed report PDF's analysis section (issue 13, item 5): the paired comparison with figures
known by hand, "unknown" for what cannot be computed, the PVT only with a sample, ru and kk
without English, the PDF still verifying, and a hostile sample file refused."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from observer_app import report
from observer_app.analysis.sample import SampledStation
from observer_app.cli import main
from observer_app.demo import fill_demo_coordinator
from observer_app.domain.template import pick_name
from observer_app.export import pdf_text
from observer_app.export.report_analysis import TEXTS, overview_of
from observer_app.export.report_pdf import TEXTS as REPORT_TEXTS, pdf_bytes
from observer_app.formats import decimal as format_decimal
from observer_app.formats import integer as format_integer
from observer_app.storage.store import Store
from tests.unit.export.test_summary_pdf import page_texts, poppler, text_of, write

DAY = dt.date(2021, 1, 10)
GENERATED = dt.datetime(2021, 1, 10, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=6)))
LANGS = ("en", "ru", "kk")
# What the official protocols say beyond the observers' at each station (the rest as observed).
PAIRED = {"ALA-104": {"issued": 30, "nur_otan": 250, "valid": 250},
          "ALA-139": {"issued": 12, "ak_zhol": 40, "valid": 40}}
EXCLUDED = {"ALA-101": "removed", "NQZ-014": "not_shown"}  # observers removed; protocol not shown


def _t(key: str, lang: str) -> str:
    return TEXTS[key][lang]


def _pp(value: float, lang: str) -> str:
    """A difference in percentage points as the section writes it: sign, two decimals."""
    text = format_decimal(abs(100 * value), lang, 2)
    return ("\u2212" if value < 0 else "+") + text


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The demo coordinator (observers at ALA-101, ALA-104, ALA-139, NQZ-014; removed at ALA-101,
    the protocol not shown at NQZ-014) with official results that differ from the observers' by
    PAIRED at the two paired stations, and wildly at the two excluded ones (which must not count).
    Yields (folder, database, {code: (observed, official)})."""
    folder = tmp_path_factory.mktemp("analysis-report")
    db = fill_demo_coordinator(folder, day=DAY)
    with Store.open(db) as store:
        _, reports = report.build(store)
        ids = store.station_ids_by_code()
        figures = {}
        for r in reports:
            observed = dict(r.consolidated.values)
            if observed["nur_otan"] is None:  # the two observers at ALA-101 disagree on it
                observed["nur_otan"] = r.observers[0].values["nur_otan"]
            official = dict(observed)
            for code, extra in PAIRED.get(r.code, {"issued": 500}).items():
                official[code] += extra
            figures[r.code] = (r.consolidated.values, official)
        store.import_official([(ids[code], official) for code, (_, official) in figures.items()], "cec.csv")
    yield folder, db, figures


@pytest.fixture(scope="module")
def built(world):
    _, db, _ = world
    with Store.open(db) as store:
        template, reports = report.build(store)
        return template, reports, overview_of(store)


@pytest.fixture(scope="module")
def pdfs(built, tmp_path_factory):
    template, reports, overview = built
    folder = tmp_path_factory.mktemp("analysis-pdfs")
    return {lang: write(folder, pdf_bytes(template, reports, lang=lang, signer="Coordinator", invariant=True,
                                          generated_at=GENERATED, analysis=overview), f"r-{lang}.pdf")
            for lang in LANGS}


def section_lines(path, lang: str) -> list[str]:
    """The analysis section's lines as the pages show them (pdftotext -layout)."""
    lines = poppler("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == _t("heading", lang))
    return [line.strip() for line in lines[start:] if line.strip()]


def rows_of(path, lang: str = "en") -> list[str]:
    """The section's lines, whitespace normalised."""
    return [" ".join(line.split()) for line in section_lines(path, lang)]


def row_starting(path, label: str, lang: str) -> list[str]:
    """The cells after `label` on the first of the section's lines it starts (a table row), split
    at the layout's wide gaps."""
    found = [line for line in section_lines(path, lang) if re.match(rf"{re.escape(label)}(\s{{2,}}|$)", line)]
    assert found, label
    return [cell for cell in re.split(r"\s{2,}", found[0][len(label):].strip()) if cell]


def test_the_paired_difference_is_the_one_known_by_hand(world, built, pdfs):
    _, _, figures = world
    template, _, overview = built
    paired = [figures[code] for code in PAIRED]
    registered = sum(obs["registered"] for obs, _ in paired)
    official = sum(off["issued"] for _, off in paired) / registered
    observed = sum(obs["issued"] for obs, _ in paired) / registered
    assert overview.comparison.turnout.difference == pytest.approx(42 / registered)  # 30 + 12 more issued
    turnout = overview.comparison.turnout
    nur_off = sum(off["nur_otan"] for _, off in paired) / sum(off["valid"] for _, off in paired)
    nur_obs = sum(obs["nur_otan"] for obs, _ in paired) / sum(obs["valid"] for obs, _ in paired)
    for lang in LANGS:
        cells = row_starting(pdfs[lang], _t("row_turnout", lang), lang)
        assert cells[:4] == ["2", format_decimal(100 * official, lang), format_decimal(100 * observed, lang),
                             _pp(official - observed, lang)], lang
        assert cells[4] == f"{_pp(turnout.low, lang)} … {_pp(turnout.high, lang)}"
        assert turnout.low < official - observed < turnout.high
        name = pick_name(template.contestants[0].name, lang)
        nur = row_starting(pdfs[lang], name, lang)  # the paired table's row comes first
        assert nur[:4] == ["2", format_decimal(100 * nur_off, lang), format_decimal(100 * nur_obs, lang),
                           _pp(nur_off - nur_obs, lang)], lang


def test_excluded_stations_are_counted_and_named(pdfs):
    text = text_of(pdfs["en"])
    assert ("Left out, never mixed in (the observers' figures there may be hearsay): 1 where observers were "
            "removed or not admitted, 1 where the protocol was not shown") in text
    assert "Removed or not admitted: ALA-101." in text and "Protocol not shown: NQZ-014." in text
    assert "Stations with both an official protocol and the observers' (consolidated) one: 2." in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_figure_that_cannot_be_computed_is_unknown_never_zero(pdfs, lang):
    """No head-count in the demo covers the whole voting day: its row has 0 stations and every
    figure unknown."""
    unknown = pdf_text.t("unknown", lang)
    assert row_starting(pdfs[lang], _t("row_headcount", lang), lang) == ["0", unknown, unknown, unknown, unknown]
    text = text_of(pdfs[lang])
    assert _t("headcount_note", lang).format(stations=0) in text


def test_the_threshold_table_says_the_observers_cover_the_paired_stations_only(built, pdfs):
    template, _, overview = built
    text = text_of(pdfs["en"])
    assert ("The observers' column covers only the 2 paired stations: its verdict is about those stations, "
            "not about the whole electorate.") in text
    assert "Threshold: 7 % of valid votes; 98 seats by the largest-remainder (Hare) method" in text
    for row, contestant in zip(overview.contestants, template.contestants):
        # The contestant's second row on the page: the threshold table's (the first is the paired one's).
        line = [line for line in rows_of(pdfs["en"]) if line.startswith(contestant.name["en"] + " ")][1]
        share, verdict = format_decimal(100 * row.official, "en"), _t(f"verdict.{row.official_verdict}", "en")
        assert line[len(contestant.name["en"]):].strip().startswith(f"{share} {verdict} {row.seats_official} "), line
    seats = [r.seats_official for r in overview.contestants]
    assert sum(seats) == 98


def test_the_pvt_appears_only_with_a_sample(pdfs):
    for lang, path in pdfs.items():
        text = text_of(path)
        assert _t("threshold_heading", lang) in text and _t("pvt_heading", lang) not in text
        assert _t("group_pvt", lang) not in text


def test_a_pvt_whose_strata_did_not_report_calls_no_verdict_and_says_why(world, built, tmp_path):
    _, db, _ = world
    template, reports, _ = built
    sample = [SampledStation(code, "A", 2.0) for code in ("ALA-101", "ALA-104", "ALA-139")] + [
        SampledStation(code, "B", 3.0) for code in ("NQZ-014", "NQZ-900", "NQZ-901")]
    with Store.open(db) as store:
        overview = overview_of(store, sample)
    path = write(tmp_path, pdf_bytes(template, reports, lang="en", invariant=True, analysis=overview), "pvt.pdf")
    text = text_of(path)
    # ALA-101 (observers removed) and NQZ-014 (protocol not shown) are sampled, not reported:
    # their observers' protocols may be hearsay, as in the paired comparison
    assert "Stations in the sample: 6, in 2 strata; reported: 2 (the observers' protocols)." in text
    assert ("No verdict: in 2 strata fewer than 2 or fewer than 80 % of the sampled stations reported — "
            "A (2 of 3), B (0 of 3).") in text
    assert "Sampled stations not in the station list, left out: 2 — NQZ-900, NQZ-901." in text
    turnout = overview.tabulation.turnout
    assert turnout.estimate is None  # nothing reported in stratum B: no estimate for the country
    pvt = [line for line in rows_of(path) if line.startswith("Turnout ")][1]  # the paired table's, then the PVT's
    assert pvt == f"Turnout unknown unknown unknown {format_decimal(100 * turnout.official, 'en')} no verdict"


@pytest.mark.parametrize("lang", ("ru", "kk"))
def test_russian_and_kazakh_sections_have_no_english_left(built, pdfs, lang):
    template, reports, _ = built
    pages = page_texts(pdfs[lang])
    first = next(i for i, page in enumerate(pages) if _t("heading", lang) in page)
    section = " ".join(pages[first:])
    allowed = {"PVT", "DEMO", "T0", "Nur", "Otan", "Ak", "Zhol", "Auyl", "Adal", "ALA", "NQZ", "k", "z", "p"}
    allowed |= {w for c in template.contestants for w in re.findall(r"[A-Za-z]+", pick_name(c.name, lang))}
    latin = sorted(set(re.findall(r"[A-Za-z][A-Za-z0-9]*", section)) - allowed)
    assert latin == [], latin
    assert re.search(r"\d\.\d", section) is None  # decimal commas throughout


@pytest.mark.parametrize("lang, more", [("en", "more in the protocols"), ("ru", "по протоколам на"),
                                        ("kk", "хаттамаларда")])
def test_the_head_count_difference_says_what_it_is(built, pdfs, lang, more):
    _, reports, _ = built
    areas = report.aggregates(built[0], reports)
    total = areas[-1]
    difference = total.headcount_issued - total.headcount
    assert difference > 0
    expected = REPORT_TEXTS["hc_more"][lang].format(n=format_integer(difference, lang))  # "4,872" / "4 872"
    text = text_of(pdfs[lang]).replace("\xa0", " ")
    assert expected.replace("\xa0", " ") in text and more in expected
    assert f"+{difference}" not in text_of(pdfs[lang])


# --- the command line ------------------------------------------------------------------------------

def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def signing(world, monkeypatch):
    folder, db, _ = world
    monkeypatch.setenv("OBSERVER_APP_PASSPHRASE", "demo")
    return folder, db, folder / "observer-0.p12", folder / "ca" / "ca.pem"


def test_report_pdf_has_the_section_the_pvt_with_sample_and_still_verifies(signing, tmp_path, capsys):
    folder, db, p12, ca = signing
    plain = tmp_path / "r.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--out", plain, "--identity", p12)
    assert (code, err) == (0, "")
    text = text_of(plain)
    assert _t("heading", "en") in text and _t("forensics_heading", "en") in text
    assert _t("pvt_heading", "en") not in text
    sample = tmp_path / "sample.csv"
    sample.write_text("station_code,stratum,weight\nALA-101,A,2\nALA-104,A,2\nALA-139,A,2\nNQZ-014,A,2\n",
                      encoding="utf-8")
    with_pvt = tmp_path / "r-pvt.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--out", with_pvt, "--identity", p12, "--sample", sample,
                         "--lang", "ru")
    assert (code, err) == (0, "")
    text = text_of(with_pvt)
    assert _t("pvt_heading", "ru") in text
    assert "Участков в выборке: 4, страт: 1; сообщили данные: 2 (протоколы наблюдателей)." in text
    for path in (plain, with_pvt):
        code, out, err = run(capsys, "verify", path, "--trust", ca)
        assert code == 0, err


@pytest.mark.parametrize("content, problem", [
    ("station_code,stratum\nALA-101,A\n", "missing column “weight”"),
    ("station_code,stratum,weight\nALA-101,A,0.5\n", "is not a number from 1"),
    ("station_code,stratum,weight\n", "lists no station"),
], ids=["missing column", "weight below 1", "empty"])
def test_a_bad_sample_file_is_refused_in_one_sentence_and_writes_nothing(signing, tmp_path, capsys,
                                                                         content, problem):
    _, db, p12, _ = signing
    sample = tmp_path / "sample.csv"
    sample.write_text(content, encoding="utf-8")
    out_file = tmp_path / "r.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--out", out_file, "--identity", p12, "--sample", sample)
    assert (code, out) == (1, "")
    assert problem in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [sample]


def test_a_sample_with_a_csv_report_is_refused(signing, tmp_path, capsys):
    _, db, _, _ = signing
    sample = tmp_path / "sample.csv"
    sample.write_text("station_code,stratum,weight\nALA-101,A,2\n", encoding="utf-8")
    code, out, err = run(capsys, "report", "--db", db, "--out", tmp_path / "r.csv", "--sample", sample)
    assert (code, out) == (1, "")
    assert "--sample is for the PDF and XLSX reports" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [sample]


def test_official_results_alone_give_forensics_and_official_verdicts_and_unknown_observers(tmp_path):
    """A country with official results only (no observer anywhere): the forensics' figures as
    the analysis computed them; the observers' share and verdict are unknown, not "undecided"."""
    from observer_app.analysis.overview import build_overview
    from tests.unit.analysis.synthetic import election

    country = election(n=3000, seed=5)
    overview = build_overview(country)
    path = write(tmp_path, pdf_bytes(country.template, [], lang="en", invariant=True, analysis=overview))
    peaks, anomalous = overview.forensics.integer_peaks, overview.forensics.anomalous_votes
    lines = rows_of(path)

    def value(measure: str) -> str:
        found = [line for line in lines if measure in line]
        assert found, measure
        return found[0].split(measure)[1].strip()

    assert value("leader's share (± 0.05 p.p.)") == str(peaks.observed)
    assert value("mean ± standard deviation") == f"{peaks.null_mean:.1f} ± {peaks.null_sd:.1f}"
    assert value("z-score of the excess") == ("+" if peaks.z > 0 else "\u2212") + f"{abs(peaks.z):.1f}"
    assert value("1 % bins)") == f"{round(100 * anomalous.clean_turnout)} %"
    assert value("at T0 (k)") == f"{anomalous.ratio:.3f}"
    unknown = "unknown"
    for row, contestant in zip(overview.contestants, country.template.contestants):
        line = [line for line in lines if line.startswith(contestant.name["en"] + " ")][1]
        cells = line[len(contestant.name["en"]):].split()
        assert cells[:2] == [format_decimal(100 * row.official, "en"), row.official_verdict]
        assert cells[-3:] == [unknown] * 3, line  # the observers' share, interval and verdict
    assert row_starting(path, "Turnout", "en") == ["0"] + [unknown] * 4


def test_an_election_without_seats_says_so_and_has_no_seat_columns(tmp_path):
    import dataclasses

    from observer_app.analysis.overview import build_overview
    from tests.unit.analysis.synthetic import election

    country = election(n=600, seed=6)
    country = dataclasses.replace(country, template=dataclasses.replace(country.template, seats=None))
    overview = build_overview(country)
    assert overview.seats is None
    path = write(tmp_path, pdf_bytes(country.template, [], lang="ru", invariant=True, analysis=overview))
    text = text_of(path)
    assert "В файле выборов не указано число мандатов: мандаты не рассчитываются." in text
    assert _t("col_seats", "ru") not in text and _t("col_seat_range", "ru") not in text
