"""The coordinator's report PDF: in the report's language throughout, party names whole, numbers
and times written as on the summaries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from observer_app import report
from observer_app.demo import fill_demo, fill_demo_coordinator
from observer_app.domain.template import pick_name
from observer_app.export.report_pdf import TEXTS, pdf_bytes
from observer_app.export.summary_pdf import build_summary, relation_formula
from observer_app.formats import NBSP, decimal, integer
from observer_app.report import ReportRow, StationReport
from observer_app.storage.store import Store
from tests.unit.export.test_summary_pdf import poppler, text_of, write

DAY = dt.date(2021, 1, 10)
GENERATED = dt.datetime(2021, 1, 10, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=6)))
LANGS = ("en", "ru", "kk")


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory):
    """The demo coordinator's database, read as the report reads it: (template, reports)."""
    folder = tmp_path_factory.mktemp("coordinator")
    with Store.open(fill_demo_coordinator(folder, day=DAY)) as store:
        return report.build(store)


@pytest.fixture(scope="module")
def pdfs(coordinator, tmp_path_factory):
    """The report in every language: {lang: path}."""
    template, reports = coordinator
    folder = tmp_path_factory.mktemp("reports")
    return {lang: write(folder, pdf_bytes(template, reports, lang=lang, signer="Coordinator", invariant=True,
                                          generated_at=GENERATED), f"report-{lang}.pdf")
            for lang in LANGS}


def _t(key: str, lang: str) -> str:
    return TEXTS[key][lang]


@dataclass(frozen=True)
class Word:
    text: str
    x1: float
    y1: float
    x2: float
    y2: float


def words_of(path: Path, page: int = 1) -> list[Word]:
    """The words of a page where pdftotext finds them (y grows down the page)."""
    out = poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out)
    return [Word(html.unescape(text), float(x1), float(y1), float(x2), float(y2)) for x1, y1, x2, y2, text in found]


def results_headers(path: Path, lang: str) -> list[list[str]]:
    """The column headers of each results table, cell by cell, as drawn.

    A header row lies between the line above it (the section's heading or the last row of the table
    before) and the baseline of its "Region" cell; its words are grouped into cells by the columns
    they stand in (12 pt of cell padding or more between columns, a space between words), a cell's lines read
    top to bottom, a name broken after a hyphen joined again.
    """
    words = words_of(path)
    note = min(w.y1 for w in words if w.text == _t("results_note", lang).split()[0])
    heading = min(w.y2 for w in words if w.text == _t("results", lang).split()[-1])
    sources = {_t("official", lang), _t("observed", lang)}
    row_ends = sorted(w.y2 for w in words if w.text in sources and heading < w.y2 < note)
    tables = []
    regions = sorted((w for w in words if w.text == _t("region", lang) and w.y2 < note), key=lambda w: w.y1)
    for region in regions:
        top = max([y for y in row_ends if y < region.y1], default=heading)
        head = sorted((w for w in words if w.y1 > top and w.y2 <= region.y2 + 0.5), key=lambda w: w.x1)
        cells: list[list[Word]] = []
        for word in head:
            if cells and word.x1 <= max(w.x2 for w in cells[-1]) + 6:  # a space, not a column gap
                cells[-1].append(word)
            else:
                cells.append([word])
        lines = [sorted(cell, key=lambda w: (round(w.y1), w.x1)) for cell in cells]
        tables.append([re.sub(r"-\s+", "-", " ".join(w.text for w in line)) for line in lines])
    return tables


def test_party_headers_are_whole_and_apart(coordinator, pdfs):
    template, _ = coordinator
    for lang, path in pdfs.items():
        fixed = [_t(key, lang) for key in ("region", "source", "stations", "turnout")]
        names = [pick_name(c.name, lang) for c in template.contestants]
        assert results_headers(path, lang) == [fixed + names], lang
        assert "…" not in text_of(path)


def test_fourteen_parties_go_on_to_a_second_table_with_whole_names(ru_template, tmp_path):
    values = dict(registered=2431, received=2400, issued_early=120, issued_in_premises=1003,
                  issued_outside=48, cancelled=1229, in_portable_boxes=168, in_stationary_boxes=1003,
                  invalid=22, valid=1149, lost=0, not_accounted=0)
    values |= dict(zip(ru_template.contestant_codes, [170, 8, 61, 52, 690, 60, 16, 5, 4, 5, 2, 6, 9, 21]))

    def row(source: str) -> ReportRow:
        return ReportRow("s1", "УИК №1234", "г. Москва", source, "o1" if source == "observer" else "", "", 1,
                         values)

    reports = [StationReport("s1", "УИК №1234", "г. Москва", 2431, row("official"), [row("observer")],
                             row("consolidated"), {}, Counter())]
    path = write(tmp_path, pdf_bytes(ru_template, reports, lang="ru", invariant=True, generated_at=GENERATED))
    tables = results_headers(path, "ru")
    fixed = [_t(key, "ru") for key in ("region", "source", "stations", "turnout")]
    assert len(tables) == 2 and all(cells[:4] == fixed for cells in tables)
    assert [name for cells in tables for name in cells[4:]] == [c.name["ru"] for c in ru_template.contestants]
    # Every party's share is there, and the turnout in each table: 2 sources x (the region, the total).
    assert len(re.findall(r"\b\d+,\d\b", text_of(path))) == 2 * 2 * (14 + 2)


def test_russian_report_words_relations_and_names_parties(coordinator, pdfs):
    template, reports = coordinator
    text = text_of(pdfs["ru"])
    codes = {r.id for r in template.relations} | set(template.codes)
    assert sorted(code for code in codes if re.search(rf"(?<!\w){code}(?!\w)", text)) == []
    [ala101] = [r for r in reports if r.code == "ALA-101"]
    observed = sorted({o.values["nur_otan"] for o in ala101.observers})
    assert len(observed) == 2  # the two observers disagree on Nur Otan's votes
    def ru(value: int) -> str:  # as Russian groups thousands, the no-break space as pdftotext gives it
        return integer(value, "ru").replace(NBSP, " ")
    assert f"Партия «Nur Otan»: {ru(observed[0])}, {ru(observed[1])} / {ru(ala101.official.values['nur_otan'])}" in text
    valid_sum = next(r for r in template.relations if r.id == "valid_sum")
    formula = relation_formula(template, valid_sum, "ru")
    assert formula == "7 = Σ голосов"  # as the summary's relations table and the app write it
    flags = f"наблюдатели расходятся отличается от официальных не выполнено: {formula} (наблюдатели, официальные)"
    assert flags in text
    assert "не выполнено: 7 = Σ голосов (официальные)" in text  # ALA-104: only the official figures fail it


def test_kazakh_report_flags_in_kazakh(pdfs):
    text = text_of(pdfs["kk"])
    assert "байқаушылар келіспейді" in text and "ресми деректерден өзгеше" in text
    assert "орындалмады: 7 = Σ дауыс (байқаушылар, ресми)" in text
    assert "«Nur Otan» партиясы:" in text


def test_numbers_and_time_zone_as_on_the_summary(pdfs, tmp_path):
    days = {"en": r"\d{4}-\d\d-\d\d", "ru": r"\d\d\.\d\d\.\d{4}", "kk": r"\d\d\.\d\d\.\d{4}"}
    with Store.open(tmp_path / "observer.sqlite") as store:
        sid = fill_demo(store, day=DAY)
        for lang in LANGS:
            summary = text_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True,
                                                            generated_at=GENERATED.isoformat())))
            report_text = text_of(pdfs[lang])
            stamp = days[lang] + r" \d\d:\d\d \(UTC[+−]\d\d:\d\d\)"
            separators = set(re.findall(r"\d([.,])\d ?%", summary))
            assert separators == {"," if lang in ("ru", "kk") else "."}, lang
            assert set(re.findall(r"(?<![\d.,])\d+([.,])\d(?![\d.,])", report_text)) == separators, lang
            assert re.findall(stamp, report_text) == [re.findall(stamp, summary)[0]], lang
            assert "+0000" not in report_text and "+0600" not in report_text, lang


def test_one_decimal_helper():
    assert [decimal(67.06, lang) for lang in LANGS] == ["67.1", "67,1", "67,1"]
    shortest = [decimal(value, "ru", None) for value in (7, 7.5, 44.494, 0.0)]
    assert shortest == ["7", "7,5", "44,49", "0"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_stations_behind_turnout_and_shares_are_stated(coordinator, pdfs, lang):
    """The demo's observers disagree on a party at one Almaty station: its votes are unknown, so
    the observers' shares cover 2 of Almaty's 3 stations (3 of 4 in all), and the row says so."""
    template, reports = coordinator
    areas = {a.name: a for a in report.aggregates(template, reports)}
    almaty, total = areas["г. Алматы"].observed, areas[""].observed
    assert (almaty.stations, almaty.turnout_stations, almaty.share_stations) == (3, 3, 2)
    assert (total.stations, total.turnout_stations, total.share_stations) == (4, 4, 3)
    lines = poppler("pdftotext", "-layout", "-enc", "UTF-8", str(pdfs[lang]), "-").splitlines()
    observed = [" ".join(line.split()) for line in lines
                if re.search(rf" {re.escape(_t('observed', lang))} \d", f" {' '.join(line.split())}")]
    assert any(" 3 (3 / 2) " in f"{line} " for line in observed), observed
    assert any(" 4 (4 / 3) " in f"{line} " for line in observed), observed
    assert " ".join(_t("coverage_note", lang).split()) in text_of(pdfs[lang])
    official = [" ".join(line.split()) for line in lines
                if re.search(rf" {re.escape(_t('official', lang))} \d", f" {' '.join(line.split())}")]
    assert official and not any("(" in line for line in official)  # every figure known: no brackets


def test_a_long_region_name_wraps_in_every_table(tmp_path):
    """Region names come from the organisation's station list; a long one must neither break
    the report (a negative width for the party columns) nor run off the page."""
    region = "Алматинская область, Енбекшиказахский район, сельский округ имени Тургена " * 2
    with Store.open(fill_demo_coordinator(tmp_path, day=DAY)) as store:
        store.db.execute("UPDATE stations SET region = ?", [region.strip()])
        template, reports = report.build(store)
    path = write(tmp_path, pdf_bytes(template, reports, lang="ru", invariant=True, generated_at=GENERATED))
    width = float(re.search(r"Page size:\s+([\d.]+)", poppler("pdfinfo", str(path))).group(1))
    words = words_of(path)
    assert words and max(w.x2 for w in words) <= width
    assert text_of(path).count("Тургена") >= 4  # the results, head-count, obstructions and differences


def test_issue_11_a_signer_name_with_line_breaks_prints_on_one_line(coordinator, tmp_path):
    """Issue 11: the signer's name comes from a certificate, which may hold line breaks."""
    template, reports = coordinator
    path = write(tmp_path, pdf_bytes(template, reports, signer="Dana\nResult: valid",
                                     invariant=True, generated_at=GENERATED))
    assert "Digitally signed by Dana\\nResult: valid. Verify with" in text_of(path)


@pytest.mark.parametrize("lang, mark", [
    ("en", "DEMO — demonstration data, not evidence from real polling stations"),
    ("ru", "ДЕМО (DEMO) — демонстрационные данные, а не свидетельства с реальных участков"),
    ("kk", "ДЕМО (DEMO) — демонстрациялық деректер, нақты учаскелердің айғағы емес"),
])
def test_issue_12_a_demo_elections_report_says_demo_on_every_page(coordinator, tmp_path, lang, mark):
    """Issue 12: a coordinator's report of the bundled demo election looked like real results."""
    from tests.unit.export.test_summary_pdf import page_texts, with_demo

    template, reports = coordinator
    many = [dataclasses.replace(report, code=f"{report.code}-{i}") for i in range(40) for report in reports]
    path = write(tmp_path, pdf_bytes(with_demo(template, True), many, lang=lang, invariant=True,
                                     generated_at=GENERATED), f"demo-{lang}.pdf")
    pages = page_texts(path)
    assert len(pages) >= 2
    assert [number for number, text in enumerate(pages, 1) if mark not in text] == []
    assert re.search(r"^Title:\s+(.*)$", poppler("pdfinfo", str(path)), re.M).group(1).startswith(
        mark.split(" — ")[0] + ": ")
    real = write(tmp_path, pdf_bytes(with_demo(template, False), reports, lang=lang, invariant=True,
                                     generated_at=GENERATED), f"real-{lang}.pdf")
    assert "DEMO" not in text_of(real)
