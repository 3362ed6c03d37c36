"""The coordinator's report as a PDF (signed afterwards like the summaries), in en/ru/kk."""

from __future__ import annotations

import datetime as dt
import io
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from observer_app.domain.records import OBSTRUCTION_KINDS
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.export.pdf_text import label
from observer_app.export.summary_pdf import FONT, FONT_BOLD, WIDE_BOLD, register_fonts
from observer_app.report import Area, StationReport, aggregates, passes_threshold

MAX_STATIONS_LISTED = 400

TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "Coordinator's report", "ru": "Отчёт координатора", "kk": "Үйлестірушінің есебі"},
    "generated": {"en": "Generated {time} · {stations} stations with observers' or official figures",
                  "ru": "Создан {time} · участков с данными наблюдателей или официальными: {stations}",
                  "kk": "Жасалған уақыты {time} · бақылаушылардың немесе ресми деректері бар учаскелер: {stations}"},
    "signed_by": {"en": "Digitally signed by {signer}. Verify with: observer-app verify FILE.pdf",
                  "ru": "Подписано электронной подписью: {signer}. Проверка: observer-app verify ФАЙЛ.pdf",
                  "kk": "Электрондық қолтаңбамен қол қойған: {signer}. Тексеру: observer-app verify ФАЙЛ.pdf"},
    "results": {"en": "Turnout and shares of valid votes", "ru": "Явка и доли действительных голосов",
                "kk": "Сайлаушылардың келуі және жарамды дауыстардағы үлес"},
    "results_note": {"en": "Bold: at or above the {threshold}% threshold.",
                     "ru": "Жирным: не ниже порога {threshold}%.",
                     "kk": "Қалың қаріппен: {threshold}% шегінен төмен емес."},
    "region": {"en": "Region", "ru": "Регион", "kk": "Өңір"},
    "total": {"en": "Total", "ru": "Итого", "kk": "Барлығы"},
    "source": {"en": "Source", "ru": "Источник", "kk": "Дереккөз"},
    "official": {"en": "official", "ru": "официальные", "kk": "ресми"},
    "observed": {"en": "observers", "ru": "наблюдатели", "kk": "бақылаушылар"},
    "stations": {"en": "Stations", "ru": "Участки", "kk": "Учаскелер"},
    "turnout": {"en": "Turnout %", "ru": "Явка, %", "kk": "Келу, %"},
    "headcounts": {"en": "Independent head-counts against the protocols' ballots issued",
                   "ru": "Независимый подсчёт явки и выданные бюллетени по протоколам",
                   "kk": "Тәуелсіз санақ пен хаттамалар бойынша берілген бюллетеньдер"},
    "headcount": {"en": "Head-count", "ru": "Подсчёт наблюдателей", "kk": "Бақылаушы санағы"},
    "issued": {"en": "Issued (protocols)", "ru": "Выдано (протоколы)", "kk": "Берілді (хаттамалар)"},
    "difference": {"en": "Difference", "ru": "Разница", "kk": "Айырма"},
    "obstructions": {"en": "Stations with obstructions", "ru": "Участки с препятствиями наблюдению",
                     "kk": "Байқауға кедергі болған учаскелер"},
    "differences": {"en": "Stations whose figures disagree or fail a check",
                    "ru": "Участки с расхождениями или нарушенными контрольными соотношениями",
                    "kk": "Деректері сәйкес келмейтін немесе бақылау арақатынасы бұзылған учаскелер"},
    "station": {"en": "Station", "ru": "Участок", "kk": "Учаске"},
    "flags": {"en": "Flags", "ru": "Отметки", "kk": "Белгілер"},
    "details": {"en": "Lines: observers / official", "ru": "Строки: наблюдатели / официально",
                "kk": "Жолдар: бақылаушылар / ресми"},
    "more": {"en": "… and {n} more stations (see the CSV or XLSX report).",
             "ru": "… и ещё участков: {n} (см. отчёт CSV или XLSX).",
             "kk": "… және тағы {n} учаске (CSV немесе XLSX есебін қараңыз)."},
    "none": {"en": "None.", "ru": "Нет.", "kk": "Жоқ."},
    "flag.conflict": {"en": "observers disagree", "ru": "наблюдатели расходятся", "kk": "бақылаушылар келіспейді"},
    "flag.differs_from_official": {"en": "differs from official", "ru": "отличается от официальных",
                                   "kk": "ресми деректерден өзгеше"},
}


def _t(key: str, lang: str) -> str:
    texts = TEXTS[key]
    return texts.get(lang) or texts["en"]


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def pdf_bytes(template: ElectionTemplate, reports: Sequence[StationReport], *, lang: str = "en",
              signer: str | None = None, generated_at: dt.datetime | None = None,
              invariant: bool = False) -> bytes:
    """The report as an unsigned PDF: sign it with observer_app.signing.sign_pdf."""
    register_fonts()
    now = generated_at or dt.datetime.now(dt.timezone.utc).astimezone()
    base = ParagraphStyle("base", fontName=FONT, fontSize=8, leading=10)
    title = ParagraphStyle("title", parent=base, fontName=WIDE_BOLD, fontSize=15, leading=19)
    heading = ParagraphStyle("heading", parent=base, fontName=WIDE_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", parent=base, fontSize=7, leading=8.5)
    areas = aggregates(template, reports)
    story: list = [
        Paragraph(f"{_t('title', lang)}: {_escape(pick_name(template.name, lang))}", title),
        Paragraph(_t("generated", lang).format(time=now.strftime("%Y-%m-%d %H:%M %z"),
                                               stations=len(reports)), base),
    ]
    if signer:
        story.append(Paragraph(_escape(_t("signed_by", lang).format(signer=signer)), base))
    story += [Paragraph(_t("results", lang), heading), _results_table(template, areas, lang),
              Paragraph(_t("results_note", lang).format(threshold=_num(template.threshold_percent)), small),
              Paragraph(_t("headcounts", lang), heading), _headcount_table(areas, lang),
              Paragraph(_t("obstructions", lang), heading), _obstruction_table(areas, lang),
              Paragraph(_t("differences", lang), heading)]
    story += _differences(template, reports, lang, small)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, invariant=int(invariant),
                            title=f"{_t('title', lang)}: {pick_name(template.name, lang)}",
                            author=signer or "")
    doc.build(story, onFirstPage=_set_font, onLaterPages=_set_font)
    return buffer.getvalue()


def _set_font(canvas, _doc) -> None:
    canvas.setFont(FONT, 8)


def _num(value: float) -> str:
    return f"{value:g}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style(header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 7),
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


def _results_table(template: ElectionTemplate, areas: Sequence[Area], lang: str) -> Table:
    codes = template.contestant_codes
    header = [_t("region", lang), _t("source", lang), _t("stations", lang), _t("turnout", lang),
              *(_short(pick_name(c.name, lang)) for c in template.contestants)]
    rows = [header]
    bold: list[tuple] = []
    for area in areas:
        for source in ("official", "observed"):
            totals = area.official if source == "official" else area.observed
            if not totals.stations:
                continue
            rows.append([_area_name(area, lang), _t(source, lang), str(totals.stations),
                         _pct(totals.turnout_percent), *(_pct(totals.share(c)) for c in codes)])
            for i, code in enumerate(codes):
                if passes_threshold(template, totals, code):
                    bold.append(("FONT", (4 + i, len(rows) - 1), (4 + i, len(rows) - 1), FONT_BOLD, 7))
    if len(rows) == 1:
        rows.append([_t("none", lang)] + [""] * (len(header) - 1))
    return Table(rows, repeatRows=1, style=_style(extra=bold), hAlign="LEFT")


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _headcount_table(areas: Sequence[Area], lang: str) -> Table:
    rows = [[_t("region", lang), "", _t("stations", lang), _t("headcount", lang), _t("issued", lang),
             _t("difference", lang)]]
    for area in areas:
        if area.headcount_stations:
            rows.append([_area_name(area, lang), "", str(area.headcount_stations), str(area.headcount),
                         str(area.headcount_issued), f"{area.headcount_issued - area.headcount:+d}"])
    if len(rows) == 1:
        rows.append([_t("none", lang), "", "", "", "", ""])
    return Table(rows, repeatRows=1, style=_style(), hAlign="LEFT")


def _obstruction_table(areas: Sequence[Area], lang: str) -> Table:
    kinds = [k for k in OBSTRUCTION_KINDS if any(a.obstruction_stations.get(k) for a in areas)]
    rows = [[_t("region", lang), "", *(label("kind", k, lang) for k in kinds)]]
    for area in areas:
        if any(area.obstruction_stations.values()):
            rows.append([_area_name(area, lang), "", *(str(area.obstruction_stations.get(k, 0)) for k in kinds)])
    if len(rows) == 1:
        rows = [[_t("none", lang)]]
    return Table(rows, repeatRows=1, style=_style(), hAlign="LEFT")


def _differences(template: ElectionTemplate, reports: Sequence[StationReport], lang: str,
                 style: ParagraphStyle) -> list:
    flagged = [r for r in reports if any(row.flags for row in r.rows)]
    if not flagged:
        return [Paragraph(_t("none", lang), style)]
    rows = [[_t("station", lang), _t("region", lang), _t("flags", lang), _t("details", lang)]]
    for report in flagged[:MAX_STATIONS_LISTED]:
        flags = sorted({f for row in report.rows for f in row.flags})
        shown = [_t(f"flag.{f}", lang) if f"flag.{f}" in TEXTS else f for f in flags]
        rows.append([report.code, report.region, Paragraph(_escape(", ".join(shown)), style),
                     Paragraph(_escape(_line_differences(template, report)), style)])
    table = Table(rows, repeatRows=1, colWidths=[45 * mm, 45 * mm, 55 * mm, None],
                  style=_style(extra=[("ALIGN", (0, 0), (-1, -1), "LEFT")]), hAlign="LEFT")
    out: list = [table]
    if len(flagged) > MAX_STATIONS_LISTED:
        out += [Spacer(1, 4), Paragraph(_t("more", lang).format(n=len(flagged) - MAX_STATIONS_LISTED), style)]
    return out


def _line_differences(template: ElectionTemplate, report: StationReport) -> str:
    """"5: 1711 / 1709; nur_otan: 1041, 1141 / 1241" — the lines where figures disagree."""
    parts = []
    for code in template.codes:
        observed = sorted({o.values.get(code) for o in report.observers} - {None})
        official = report.official.values.get(code) if report.official else None
        if len(observed) > 1 or (observed and official is not None and observed != [official]):
            number = next((line.number for line in template.lines if line.code == code), code)
            shown = ", ".join(str(v) for v in observed)
            parts.append(f"{number}: {shown} / {'' if official is None else official}")
    return "; ".join(parts)
