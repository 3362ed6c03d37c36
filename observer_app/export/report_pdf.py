"""The coordinator's report as a PDF (signed afterwards like the summaries), in en/ru/kk.

Everything a reader sees is in the report's language: parties by their names (whole, wrapped in
their header cells), control relations as formulas in protocol line numbers as on the summaries,
numbers and times written as the summaries and the screens write them (observer_app.formats). A
report of a demonstration election (the election file says so) says DEMO on every page, as the
summaries do.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from typing import TYPE_CHECKING, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from observer_app import formats
from observer_app.domain.records import OBSTRUCTION_KINDS
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.export import pdf_text
from observer_app.export.pdf_text import label
from observer_app.identity import printable
from observer_app.export.summary_pdf import (
    FONT, FONT_BOLD, WIDE_BOLD, draw_marks, marks_margin, register_fonts, relation_formula,
)
from observer_app.report import Area, StationReport, aggregates, passes_threshold

if TYPE_CHECKING:
    from observer_app.analysis.overview import Overview

MAX_STATIONS_LISTED = 400

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # SimpleDocTemplate's frame pads its content by 6 pt a side
CELL_PAD = 6.0  # reportlab's default left and right cell padding
TABLE_SIZE = 7.0  # the tables' type size
# A party's column in the results table: never narrower than PARTY_MIN_WIDTH, nor than the longest
# piece of a party's name at HEADER_MIN_SIZE; parties that do not fit go on to another table.
PARTY_MIN_WIDTH = 44.0
PARTY_MAX_WIDTH = 96.0
REGION_MAX_WIDTH = 40 * mm  # a longer region name wraps in its cell
HEADER_MIN_SIZE = 6.0
# Whose figures fail a control relation, by the rows' sources: a label of TEXTS and its sources.
SOURCES = (("observed", ("consolidated", "observer")), ("official", ("official",)))

TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "Coordinator's report", "ru": "Отчёт координатора", "kk": "Үйлестірушінің есебі"},
    "mark_demo": {"en": "DEMO — demonstration data, not evidence from real polling stations",
                  "ru": "ДЕМО (DEMO) — демонстрационные данные, а не свидетельства с реальных участков",
                  "kk": "ДЕМО (DEMO) — демонстрациялық деректер, нақты учаскелердің айғағы емес"},
    "generated": {"en": "Generated {time} · {stations} stations with observers' or official figures",
                  "ru": "Создан {time} · участков с данными наблюдателей или официальными: {stations}",
                  "kk": "Жасалған уақыты {time} · байқаушылардың немесе ресми деректері бар учаскелер: {stations}"},
    "signed_by": {"en": "Digitally signed by {signer}. Verify with: observer-app verify FILE.pdf",
                  "ru": "Подписано электронной подписью: {signer}. Проверка: observer-app verify ФАЙЛ.pdf",
                  "kk": "Электрондық қолтаңбамен қол қойған: {signer}. Тексеру: observer-app verify ФАЙЛ.pdf"},
    "results": {"en": "Turnout and shares of valid votes", "ru": "Явка и доли действительных голосов",
                "kk": "Сайлаушылардың келуі және жарамды дауыстардағы үлес"},
    "results_note": {"en": "Bold: at or above the {threshold} threshold.",
                     "ru": "Жирным: не ниже порога {threshold}.",
                     "kk": "Қалың қаріппен: {threshold} шегінен төмен емес."},
    "coverage_note": {
        "en": "Stations (turnout / shares): where some stations do not know every figure turnout or "
              "the shares need (not recorded, or the observers disagree), turnout and the shares are "
              "over the stations in brackets; an unknown value is never counted as 0.",
        "ru": "Участки (явка / доли): если не на всех участках известны все нужные для явки или долей "
              "числа (не записаны или наблюдатели расходятся), явка и доли считаются по участкам, "
              "указанным в скобках; неизвестное значение никогда не считается нулём.",
        "kk": "Учаскелер (келу / үлестер): келуге немесе үлестерге қажет сандардың бәрі кейбір "
              "учаскелерде белгісіз болса (жазылмаған немесе байқаушылар келіспейді), келу мен "
              "үлестер жақшадағы учаскелер бойынша есептеледі; белгісіз мән ешқашан 0 деп "
              "саналмайды."},
    # the same words as the XLSX of the same report
    "region": pdf_text.TEXTS["xlsx.region"],
    "total": pdf_text.TEXTS["xlsx.total"],
    "source": pdf_text.TEXTS["xlsx.source"],
    "official": pdf_text.TEXTS["xlsx.source.official"],
    "observed": pdf_text.TEXTS["xlsx.source.observed"],
    "stations": {"en": "Stations", "ru": "Участки", "kk": "Учаскелер"},
    "turnout": pdf_text.TEXTS["xlsx.turnout_percent"],
    "headcounts": {"en": "Independent head-counts against the protocols' ballots issued",
                   "ru": "Независимый подсчёт явки и выданные бюллетени по протоколам",
                   "kk": "Тәуелсіз санақ пен хаттамалар бойынша берілген бюллетеньдер"},
    "headcount": {"en": "Head-count", "ru": "Подсчёт наблюдателей", "kk": "Байқаушы санағы"},
    "issued": {"en": "Issued (protocols)", "ru": "Выдано (протоколы)", "kk": "Берілді (хаттамалар)"},
    "difference": {"en": "Difference", "ru": "Разница", "kk": "Айырма"},
    # The difference cell says what it is, as the observer's summary states it (cmp_more, cmp_fewer).
    "hc_more": {"en": "{n} more in the protocols", "ru": "по протоколам на {n} больше",
                "kk": "хаттамаларда {n} артық"},
    "hc_fewer": {"en": "{n} fewer in the protocols", "ru": "по протоколам на {n} меньше",
                 "kk": "хаттамаларда {n} кем"},
    "hc_equal": {"en": "as many in the protocols", "ru": "по протоколам столько же",
                 "kk": "хаттамаларда дәл сонша"},
    "obstructions": {"en": "Stations with obstructions", "ru": "Участки с препятствиями наблюдению",
                     "kk": "Байқауға кедергі болған учаскелер"},
    "differences": {"en": "Stations whose figures disagree or fail a check",
                    "ru": "Участки с расхождениями или нарушенными контрольными соотношениями",
                    "kk": "Деректері сәйкес келмейтін немесе бақылау арақатынасы бұзылған учаскелер"},
    "station": {"en": "Station", "ru": "Участок", "kk": "Учаске"},
    "flags": {"en": "Flags", "ru": "Отметки", "kk": "Белгілер"},
    "details": {"en": "Lines: observers / official", "ru": "Строки: наблюдатели / официально",
                "kk": "Жолдар: байқаушылар / ресми"},
    "more": {"en": "… and {n} more stations (see the CSV or XLSX report).",
             "ru": "… и ещё участков: {n} (см. отчёт CSV или XLSX).",
             "kk": "… және тағы {n} учаске (CSV немесе XLSX есебін қараңыз)."},
    "none": {"en": "None.", "ru": "Нет.", "kk": "Жоқ."},
    "flag.conflict": {"en": "observers disagree", "ru": "наблюдатели расходятся", "kk": "байқаушылар келіспейді"},
    "flag.differs_from_official": {"en": "differs from official", "ru": "отличается от официальных",
                                   "kk": "ресми деректерден өзгеше"},
    # A failing control relation, as its formula in line numbers, and whose figures fail it.
    "relation_fails": {"en": "fails: {formula} ({sources})", "ru": "не выполнено: {formula} ({sources})",
                       "kk": "орындалмады: {formula} ({sources})"},
}


def _t(key: str, lang: str) -> str:
    return pdf_text.pick(TEXTS[key], lang)


def _pct(value: float | None, lang: str) -> str:
    return "" if value is None else formats.decimal(value, lang)


def pdf_bytes(template: ElectionTemplate, reports: Sequence[StationReport], *, lang: str = "en",
              signer: str | None = None, generated_at: dt.datetime | None = None,
              invariant: bool = False, analysis: "Overview | None" = None) -> bytes:
    """The report as an unsigned PDF: sign it with observer_app.signing.sign_pdf.

    analysis: the analysis of the same database (report_analysis.overview_of), printed as the
    report's last section; None leaves the section out.

    generated_at: printed in the laptop's local time, as on the summaries (naive: local time).
    """
    register_fonts()
    now = (generated_at or dt.datetime.now(dt.timezone.utc)).astimezone()
    base = ParagraphStyle("base", fontName=FONT, fontSize=8, leading=10)
    title = ParagraphStyle("title", parent=base, fontName=WIDE_BOLD, fontSize=15, leading=19)
    heading = ParagraphStyle("heading", parent=base, fontName=WIDE_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", parent=base, fontSize=7, leading=8.5)
    areas = aggregates(template, reports)
    story: list = [
        Paragraph(f"{_t('title', lang)}: {_escape(pick_name(template.name, lang))}", title),
        Paragraph(_escape(_t("generated", lang).format(time=formats.stamp_with_offset(now, lang), stations=formats.integer(len(reports), lang))),
                  base),
    ]
    if signer:  # a name from a certificate, on one line whatever it holds
        signer = printable(signer)
        story.append(Paragraph(_escape(_t("signed_by", lang).format(signer=signer)), base))
    threshold = formats.percent(template.threshold_percent, lang, None)
    story += [Paragraph(_t("results", lang), heading), *_results_tables(template, areas, lang),
              Paragraph(_escape(_t("results_note", lang).format(threshold=threshold)), small)]
    if _any_partial(areas):
        story.append(Paragraph(_escape(_t("coverage_note", lang)), small))
    story += [Paragraph(_t("headcounts", lang), heading), _headcount_table(areas, lang),
              Paragraph(_t("obstructions", lang), heading), _obstruction_table(areas, lang),
              Paragraph(_t("differences", lang), heading)]
    story += _differences(template, reports, lang, small)
    if analysis is not None:
        from observer_app.export.report_analysis import analysis_story

        story += analysis_story(template, analysis, lang, WIDTH, base, heading, small)
    # A demonstration election says so on every page (and in the document's title).
    marks = [("demo", _t("mark_demo", lang))] if getattr(template, "demo", False) else []
    title_text = f"{_t('title', lang)}: {pick_name(template.name, lang)}"
    if marks:
        title_text = f"{marks[0][1].split(' — ')[0]}: {title_text}"

    def page(canvas, _doc) -> None:
        canvas.setFont(FONT, 8)
        draw_marks(canvas, marks, PAGE_WIDTH, PAGE_HEIGHT, MARGIN + CELL_PAD)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=max(MARGIN, marks_margin(len(marks))), bottomMargin=MARGIN,
                            invariant=int(invariant), title=title_text, author=signer or "")
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style(header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, TABLE_SIZE),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, TABLE_SIZE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eef1f5")),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.HexColor("#8a8f96")),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f7f8fa")]),
        ("ALIGN", (2, header_rows), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *extra,
    ])


def _area_name(area: Area, lang: str) -> str:
    return area.name or _t("total", lang)


def _coverage(totals, lang: str) -> str:
    """The stations a row sums; when fewer know every figure turnout or the shares need (an
    unknown value is never counted as 0), those numbers follow: "2 (2 / 1)"."""
    if totals.turnout_stations == totals.share_stations == totals.stations:
        return formats.integer(totals.stations, lang)
    return (f"{formats.integer(totals.stations, lang)} ({formats.integer(totals.turnout_stations, lang)} / "
            f"{formats.integer(totals.share_stations, lang)})")


def _any_partial(areas: Sequence[Area]) -> bool:
    return any(_coverage(t, "en") != str(t.stations) for a in areas for t in (a.official, a.observed)
               if t.stations)


def _results_tables(template: ElectionTemplate, areas: Sequence[Area], lang: str) -> list[Flowable]:
    """Turnout and every party's share per region and source. Party names are whole, wrapped in
    their header cells; parties that do not fit across the page go on to a further table, which
    repeats the region, source, stations and turnout columns."""
    codes = template.contestant_codes
    names = [pick_name(c.name, lang) for c in template.contestants]
    fixed_header = [_t("region", lang), _t("source", lang), _t("stations", lang), _t("turnout", lang)]
    fixed = len(fixed_header)
    rows: list[list[str]] = []  # the fixed columns, then a share per party
    bold: list[tuple[int, int]] = []  # (table row, party index): at or above the threshold
    for area in areas:
        for source in ("official", "observed"):
            totals = area.official if source == "official" else area.observed
            if not totals.stations:
                continue
            rows.append([_area_name(area, lang), _t(source, lang), _coverage(totals, lang),
                         _pct(totals.turnout_percent, lang), *(_pct(totals.share(c), lang) for c in codes)])
            bold += [(len(rows), i) for i, code in enumerate(codes)
                     if passes_threshold(template, totals, code)]
    if not rows:
        rows.append([_t("none", lang)] + [""] * (fixed - 1 + len(codes)))
    fixed_widths = [max([pdfmetrics.stringWidth(fixed_header[col], FONT_BOLD, TABLE_SIZE)]
                        + [pdfmetrics.stringWidth(row[col], FONT, TABLE_SIZE) for row in rows]) + 2 * CELL_PAD
                    for col in range(fixed)]
    fixed_widths[0] = min(fixed_widths[0], REGION_MAX_WIDTH)
    region_style = ParagraphStyle("region", fontName=FONT, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2)
    rows = [[Paragraph(_escape(row[0]), region_style), *row[1:]] for row in rows]
    head_style = [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("ALIGN", (2, 0), (-1, 0), "RIGHT")]
    if not codes:
        return [Table([fixed_header, *rows], colWidths=fixed_widths, repeatRows=1,
                      style=_style(extra=head_style), hAlign="LEFT")]
    room = max(WIDTH - sum(fixed_widths), PARTY_MIN_WIDTH)
    widest_piece = max(_longest_piece(name, HEADER_MIN_SIZE) for name in names) + 2 * CELL_PAD
    per_table = max(1, int(room // max(PARTY_MIN_WIDTH, widest_piece)))
    per_table = math.ceil(len(codes) / math.ceil(len(codes) / per_table))  # the tables evenly filled
    party_w = min(PARTY_MAX_WIDTH, room / per_table)
    size = _header_size(names, party_w - 2 * CELL_PAD)
    # Lines broken here, at spaces and after hyphens: a word is never split elsewhere.
    party_head = ParagraphStyle("party-head", fontName=FONT_BOLD, fontSize=size, leading=round(size * 1.2, 2),
                                alignment=TA_RIGHT)
    heads = ["<br/>".join(_escape(line) for line in _header_lines(name, size, party_w - 2 * CELL_PAD))
             for name in names]
    out: list[Flowable] = []
    for first in range(0, len(codes), per_table):
        parties = range(first, min(first + per_table, len(codes)))
        header = [*fixed_header, *(Paragraph(heads[i], party_head) for i in parties)]
        body = [row[:fixed] + [row[fixed + i] for i in parties] for row in rows]
        extra = head_style + [("FONT", (col, row), (col, row), FONT_BOLD, TABLE_SIZE)
                              for row, col in ((row, fixed + i - first) for row, i in bold if i in parties)]
        if out:
            out.append(Spacer(1, 6))
        out.append(Table([header, *body], colWidths=[*fixed_widths, *([party_w] * len(parties))],
                         repeatRows=1, style=_style(extra=extra), hAlign="LEFT"))
    return out


def _pieces(text: str) -> list[str]:
    """The pieces a header may break into: its words, long words also after their hyphens."""
    return [piece for word in text.split() for piece in re.split(r"(?<=-)(?=\w)", word)]


def _longest_piece(text: str, size: float) -> float:
    return max((pdfmetrics.stringWidth(piece, FONT_BOLD, size) for piece in _pieces(text)), default=0.0)


def _header_lines(text: str, size: float, width: float) -> list[str]:
    """A party's name in lines of at most `width` (a piece wider than that alone on its line)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for i, piece in enumerate(_pieces(word)):
            joined = line + ("" if i or not line else " ") + piece
            if line and pdfmetrics.stringWidth(joined, FONT_BOLD, size) > width - 0.5:
                lines.append(line)
                line = piece
            else:
                line = joined
    return lines + [line] if line else lines


def _header_size(names: Sequence[str], width: float) -> float:
    """The largest header type size, down to HEADER_MIN_SIZE, that breaks no piece of a name."""
    size = TABLE_SIZE
    while size > HEADER_MIN_SIZE and max(_longest_piece(name, size) for name in names) > width:
        size = round(size - 0.25, 2)
    return size


def _region_table(rows: list[list[str]]) -> Table:
    """A table whose first column names regions: as wide as its longest name, at most
    REGION_MAX_WIDTH, a longer name wrapping in its cell; the other columns fit their text."""
    widths = [max(pdfmetrics.stringWidth(row[col], FONT_BOLD if i == 0 else FONT, TABLE_SIZE)
                  for i, row in enumerate(rows)) + 2 * CELL_PAD for col in range(len(rows[0]))]
    widths[0] = min(widths[0], REGION_MAX_WIDTH)
    style = ParagraphStyle("region", fontName=FONT, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2)
    body = [rows[0], *([Paragraph(_escape(row[0]), style), *row[1:]] for row in rows[1:])]
    return Table(body, repeatRows=1, colWidths=widths, style=_style(), hAlign="LEFT")


def _headcount_table(areas: Sequence[Area], lang: str) -> Table:
    rows = [[_t("region", lang), "", _t("stations", lang), _t("headcount", lang), _t("issued", lang),
             _t("difference", lang)]]
    for area in areas:
        if area.headcount_stations:
            rows.append([_area_name(area, lang), "", formats.integer(area.headcount_stations, lang),
                         formats.integer(area.headcount, lang), formats.integer(area.headcount_issued, lang),
                         _headcount_difference(area.headcount_issued - area.headcount, lang)])
    if len(rows) == 1:
        rows.append([_t("none", lang), "", "", "", "", ""])
    return _region_table(rows)


def _headcount_difference(difference: int, lang: str) -> str:
    """Protocols' issued minus head-count in words: "3290 more in the protocols"."""
    key = "hc_more" if difference > 0 else "hc_fewer" if difference < 0 else "hc_equal"
    return _t(key, lang).format(n=formats.integer(abs(difference), lang))


def _obstruction_table(areas: Sequence[Area], lang: str) -> Table:
    kinds = [k for k in OBSTRUCTION_KINDS if any(a.obstruction_stations.get(k) for a in areas)]
    rows = [[_t("region", lang), "", *(label("kind", k, lang) for k in kinds)]]
    for area in areas:
        if any(area.obstruction_stations.values()):
            rows.append([_area_name(area, lang), "", *(formats.integer(area.obstruction_stations.get(k, 0), lang) for k in kinds)])
    if len(rows) == 1:
        return Table([[_t("none", lang)]], style=_style(), hAlign="LEFT")
    return _region_table(rows)


def _differences(template: ElectionTemplate, reports: Sequence[StationReport], lang: str,
                 style: ParagraphStyle) -> list:
    flagged = [r for r in reports if any(row.flags for row in r.rows)]
    if not flagged:
        return [Paragraph(_t("none", lang), style)]
    listed = flagged[:MAX_STATIONS_LISTED]
    header = [_t("station", lang), _t("region", lang), _t("flags", lang), _t("details", lang)]

    def fitted(col: int, texts: Sequence[str], most: float) -> float:
        width = max([pdfmetrics.stringWidth(header[col], FONT_BOLD, TABLE_SIZE)]
                    + [pdfmetrics.stringWidth(text, FONT, style.fontSize) for text in texts])
        return min(width + 2 * CELL_PAD + 1, most)

    flags = [_flag_texts(template, report, lang) for report in listed]
    station_w = fitted(0, [r.code for r in listed], 45 * mm)
    region_w = fitted(1, [r.region for r in listed], 40 * mm)
    flags_w = fitted(2, [text for texts in flags for text in texts], 85 * mm)
    rows: list[list] = [header]
    for report, texts in zip(listed, flags):
        rows.append([Paragraph(_escape(report.code), style), Paragraph(_escape(report.region), style),
                     Paragraph("<br/>".join(_escape(text) for text in texts), style),
                     Paragraph(_escape(_line_differences(template, report, lang)), style)])
    widths = [station_w, region_w, flags_w, WIDTH - station_w - region_w - flags_w]
    table = Table(rows, repeatRows=1, colWidths=widths,
                  style=_style(extra=[("ALIGN", (0, 0), (-1, -1), "LEFT")]), hAlign="LEFT")
    out: list = [table]
    if len(flagged) > MAX_STATIONS_LISTED:
        out += [Spacer(1, 4), Paragraph(_t("more", lang).format(n=formats.integer(len(flagged) - MAX_STATIONS_LISTED, lang)), style)]
    return out


def _flag_texts(template: ElectionTemplate, report: StationReport, lang: str) -> list[str]:
    """A station's flags in words: "observers disagree", "differs from official", then each failing
    control relation as its formula in line numbers and whose figures fail it, e.g.
    "fails: 7 = Σ votes (observers, official)"."""
    flags = {f for row in report.rows for f in row.flags}
    out = [_t(key, lang) for key in TEXTS if key.startswith("flag.") and key[5:] in flags]
    shown = {key[5:] for key in TEXTS if key.startswith("flag.")}
    for relation in template.relations:
        sources = [source for source, kinds in SOURCES
                   if any(relation.id in row.flags for row in report.rows if row.source in kinds)]
        if sources:
            out.append(_t("relation_fails", lang).format(formula=relation_formula(template, relation, lang),
                                                         sources=", ".join(_t(s, lang) for s in sources)))
        shown.add(relation.id)
    return out + sorted(flags - shown)  # a flag without words yet: as it is rather than lost


def _line_differences(template: ElectionTemplate, report: StationReport, lang: str) -> str:
    """"5: 1711 / 1709; Nur Otan: 1041, 1141 / 1241": the protocol lines (by number) and parties
    (by name) whose figures disagree, observers' figures / the official one."""
    numbers = {line.code: line.number for line in template.lines}
    parts = []
    for code in template.codes:
        observed = sorted({o.values.get(code) for o in report.observers} - {None})
        official = report.official.values.get(code) if report.official else None
        if len(observed) > 1 or (observed and official is not None and observed != [official]):
            name = numbers[code] if code in numbers else template.label(code, lang)
            shown = ", ".join(formats.integer(v, lang) for v in observed)
            parts.append(f"{name}: {shown} / {'' if official is None else formats.integer(official, lang)}")
    return "; ".join(parts)
