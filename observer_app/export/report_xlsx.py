"""The coordinator's report as a workbook people can read (issue 14, item 3), in en/ru/kk.

Sheets: Stations (the report CSV's rows), Comparison (one row per station: the publication's
station_comparison, built by the same code, observer_app.publish.tables), Regions (the
aggregates), Obstructions, Analysis (observer_app.analysis.overview: the paired comparison,
thresholds and seats, the PVT when a sample is given, forensics) and README (what each column
means, where the data came from).

Each data sheet has two header rows: the columns' names in the report's language (bold, wrapped),
then their codes (the CSV's and the publication's) for scripts: `pandas.read_excel(path,
sheet_name=..., header=1)` reads the codes. Both stay in view (frozen) and the autofilter starts
on the codes row. Widths fit the content within bounds. Numbers are number cells; the workbook's
default cell format is "#,##0", which a spreadsheet shows with the grouping of its own locale
(1,234 or 1 234), so whole numbers need no per-cell style; shares and percentages carry their
own. A figure no station covers is an empty cell, never 0.

openpyxl's write-only mode streams rows to the file (a national report holds millions of cells).
Column widths and the frozen panes are written before the first row, so each sheet's widths are
measured on its rows first; a styled cell is one WriteOnlyCell per column, its value set row by
row (append writes the row at once, so the cell is free again after it).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.export import pdf_text
from observer_app.report import (StationReport, _xlsx_text, aggregates, area_table, csv_header,
                                 stations_names)

MIN_WIDTH, MAX_WIDTH = 6, 48  # characters
HEADER_LINES = 4  # a long name wraps to at most about this many lines before its column widens
INTEGER, PERCENT, FRACTION, DECIMAL = "#,##0", "#,##0.00", "0.00%", "0.000"
CODES_GREY = "FF6B6B6B"

TEXTS: dict[str, dict[str, str]] = {
    "sheet.comparison": {"en": "Comparison", "ru": "Сравнение", "kk": "Салыстыру"},
    "sheet.obstructions": {"en": "Obstructions", "ru": "Препятствия", "kk": "Кедергілер"},
    "sheet.analysis": {"en": "Analysis", "ru": "Анализ", "kk": "Талдау"},
    "sheet.readme": {"en": "README", "ru": "Описание", "kk": "Сипаттама"},
    # --- Comparison ------------------------------------------------------------------------------
    "has_official": {"en": "Official protocol (1 yes, 0 no)", "ru": "Есть официальный протокол (1 да, 0 нет)",
                     "kk": "Ресми хаттама бар (1 иә, 0 жоқ)"},
    "has_observed": {"en": "Observers' protocol (1 yes, 0 no)", "ru": "Есть протокол наблюдателей (1 да, 0 нет)",
                     "kk": "Байқаушылар хаттамасы бар (1 иә, 0 жоқ)"},
    "observers_removed": {"en": "Observers removed or not admitted (1 yes, 0 no)",
                          "ru": "Наблюдателей удалили или не допустили (1 да, 0 нет)",
                          "kk": "Байқаушылар шығарылды немесе жіберілмеді (1 иә, 0 жоқ)"},
    "protocol_not_shown": {"en": "Protocol not shown or copy refused (1 yes, 0 no)",
                           "ru": "Протокол не показали или отказали в копии (1 да, 0 нет)",
                           "kk": "Хаттама көрсетілмеді немесе көшірме берілмеді (1 иә, 0 жоқ)"},
    "paired": {"en": "Compared: both protocols, observers not removed (1 yes, 0 no)",
               "ru": "Сравнивается: оба протокола, наблюдатели не удалены (1 да, 0 нет)",
               "kk": "Салыстырылады: екі хаттама да бар, байқаушылар шығарылмаған (1 иә, 0 жоқ)"},
    "differs": {"en": "Observers' figures differ from the official ones (1 yes, 0 no)",
                "ru": "Данные наблюдателей расходятся с официальными (1 да, 0 нет)",
                "kk": "Байқаушылар деректері ресми деректерден өзгеше (1 иә, 0 жоқ)"},
    "integer_peak": {"en": "Official turnout or leader's share a whole percentage (1 yes, 0 no)",
                     "ru": "Официальная явка или доля лидера — целый процент (1 да, 0 нет)",
                     "kk": "Ресми келу немесе көшбасшы үлесі бүтін пайыз (1 иә, 0 жоқ)"},
    "turnout_official": {"en": "Turnout, official", "ru": "Явка, официальная", "kk": "Келу, ресми"},
    "turnout_observed": {"en": "Turnout, observers", "ru": "Явка, наблюдатели", "kk": "Келу, байқаушылар"},
    "turnout_difference": {"en": "Turnout, official − observers", "ru": "Явка, официальная − наблюдатели",
                           "kk": "Келу, ресми − байқаушылар"},
    "official_of": {"en": "Official: {name}", "ru": "Официально: {name}", "kk": "Ресми: {name}"},
    "observed_of": {"en": "Observers: {name}", "ru": "Наблюдатели: {name}", "kk": "Байқаушылар: {name}"},
    "difference_of": {"en": "Official − observers: {name}", "ru": "Официально − наблюдатели: {name}",
                      "kk": "Ресми − байқаушылар: {name}"},
    "sampled": {"en": "In the PVT sample (1 yes, 0 no)", "ru": "В выборке PVT (1 да, 0 нет)",
                "kk": "PVT іріктемесінде (1 иә, 0 жоқ)"},
    # --- Obstructions ----------------------------------------------------------------------------
    "id": {"en": "Record ID", "ru": "ID записи", "kk": "Жазба коды"},
    "observer": {"en": "Observer", "ru": "Наблюдатель", "kk": "Байқаушы"},
    "kind": {"en": "Obstruction", "ru": "Препятствие", "kk": "Кедергі"},
    "stage": {"en": "Stage", "ru": "Этап", "kk": "Кезең"},
    "started_at": {"en": "From", "ru": "С", "kk": "Басталуы"},
    "ended_at": {"en": "To", "ru": "По", "kk": "Аяқталуы"},
    "minutes": {"en": "Minutes", "ru": "Минут", "kk": "Минут"},
    "ordered_by": {"en": "Ordered by", "ru": "Кто распорядился", "kk": "Кім бұйырды"},
    "ordered_by_position": {"en": "Their position", "ru": "Должность", "kk": "Лауазымы"},
    "stated_reason": {"en": "Stated reason", "ru": "Названная причина", "kk": "Айтылған себеп"},
    "witnesses": {"en": "Witnesses", "ru": "Свидетели", "kk": "Куәгерлер"},
    "notes": {"en": "Notes", "ru": "Примечания", "kk": "Ескертпелер"},
    # --- Analysis --------------------------------------------------------------------------------
    "section": {"en": "Section", "ru": "Раздел", "kk": "Бөлім"},
    "figure": {"en": "Figure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "contestant": {"en": "Contestant", "ru": "Участник выборов", "kk": "Сайлауға қатысушы"},
    "value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "low": {"en": "Interval from", "ru": "Интервал от", "kk": "Интервал басы"},
    "high": {"en": "Interval to", "ru": "Интервал до", "kk": "Интервал соңы"},
    "stations": {"en": "Stations", "ru": "Участков", "kk": "Учаскелер саны"},
    "verdict": {"en": "Verdict", "ru": "Вывод", "kk": "Қорытынды"},
    "section.compare": {"en": "Paired comparison", "ru": "Парное сравнение", "kk": "Жұптық салыстыру"},
    "section.thresholds": {"en": "Threshold", "ru": "Порог", "kk": "Шек"},
    "section.seats": {"en": "Seats", "ru": "Мандаты", "kk": "Мандаттар"},
    "section.pvt": {"en": "PVT (sample)", "ru": "PVT (выборка)", "kk": "PVT (іріктеме)"},
    "section.forensics": {"en": "Forensics of the official results", "ru": "Статистика официальных итогов",
                          "kk": "Ресми нәтижелер статистикасы"},
    "measure.turnout": {"en": "Turnout", "ru": "Явка", "kk": "Келу"},
    "measure.invalid": {"en": "Invalid ballots, share", "ru": "Доля недействительных", "kk": "Жарамсыздар үлесі"},
    "measure.share": {"en": "Share of valid votes", "ru": "Доля действительных голосов",
                      "kk": "Жарамды дауыстардағы үлес"},
    "measure.headcount": {"en": "Turnout by the head-count", "ru": "Явка по подсчёту наблюдателей",
                          "kk": "Байқаушылар санағы бойынша келу"},
    "part.official": {"en": "official", "ru": "официально", "kk": "ресми"},
    "part.observed": {"en": "observers", "ru": "наблюдатели", "kk": "байқаушылар"},
    "part.difference": {"en": "official − observers", "ru": "официально − наблюдатели",
                        "kk": "ресми − байқаушылар"},
    "part.estimate": {"en": "estimate", "ru": "оценка", "kk": "бағалау"},
    "figure.excluded_removed": {"en": "Stations left out: observers removed or not admitted",
                                "ru": "Не учтено участков: наблюдателей удалили или не допустили",
                                "kk": "Есепке алынбаған учаскелер: байқаушылар шығарылды немесе жіберілмеді"},
    "figure.excluded_not_shown": {"en": "Stations left out: protocol not shown or copy refused",
                                  "ru": "Не учтено участков: протокол не показали или отказали в копии",
                                  "kk": "Есепке алынбаған учаскелер: хаттама көрсетілмеді немесе көшірме берілмеді"},
    "figure.official_share": {"en": "Official share of valid votes", "ru": "Официальная доля голосов",
                              "kk": "Ресми дауыс үлесі"},
    "figure.observed_share": {"en": "Observers' share at the compared stations",
                              "ru": "Доля по наблюдателям на сравниваемых участках",
                              "kk": "Салыстырылатын учаскелердегі байқаушылар бойынша үлес"},
    "figure.official": {"en": "Seats by the official results", "ru": "Мандаты по официальным итогам",
                        "kk": "Ресми нәтижелер бойынша мандаттар"},
    "figure.pvt": {"en": "Seats by the PVT", "ru": "Мандаты по PVT", "kk": "PVT бойынша мандаттар"},
    "figure.reported": {"en": "Sampled stations that reported", "ru": "Участков выборки с данными",
                        "kk": "Деректері бар іріктеме учаскелері"},
    "figure.stations_used": {"en": "Stations used", "ru": "Участков в расчёте", "kk": "Есептегі учаскелер"},
    "figure.integer_peaks_observed": {"en": "Stations at a whole percentage", "ru": "Участков с целым процентом",
                                      "kk": "Бүтін пайызды учаскелер"},
    "figure.integer_peaks_null_mean": {"en": "Expected by chance", "ru": "Ожидается случайно",
                                       "kk": "Кездейсоқ күтіледі"},
    "figure.integer_peaks_excess": {"en": "Excess over chance", "ru": "Превышение над случайным",
                                    "kk": "Кездейсоқтан артығы"},
    "figure.integer_peaks_z": {"en": "Excess in standard deviations (z)", "ru": "Превышение в стандартных "
                               "отклонениях (z)", "kk": "Стандартты ауытқулардағы артығы (z)"},
    "figure.anomalous_votes": {"en": "Anomalous votes for the leader", "ru": "Аномальные голоса за лидера",
                               "kk": "Көшбасшыға аномалды дауыстар"},
    "figure.clean_turnout": {"en": "Turnout of the clean stations", "ru": "Явка «чистых» участков",
                             "kk": "«Таза» учаскелердің келуі"},
    "figure.leader_to_others_ratio": {"en": "Leader's votes to the others' (ratio)",
                                      "ru": "Отношение голосов лидера к остальным",
                                      "kk": "Көшбасшы дауыстарының қалғандарына қатынасы"},
    "figure.last_digit_chi2": {"en": "Last digits: chi-squared", "ru": "Последние цифры: хи-квадрат",
                               "kk": "Соңғы цифрлар: хи-квадрат"},
    "figure.last_digit_p_value": {"en": "Last digits: p-value", "ru": "Последние цифры: p-значение",
                                  "kk": "Соңғы цифрлар: p-мәні"},
    "verdict.passes": {"en": "passes", "ru": "проходит", "kk": "өтеді"},
    "verdict.fails": {"en": "does not pass", "ru": "не проходит", "kk": "өтпейді"},
    "verdict.undecided": {"en": "undecided", "ru": "не определено", "kk": "анықталмады"},
    "verdict.ready": {"en": "enough reported", "ru": "данных достаточно", "kk": "деректер жеткілікті"},
    "verdict.not enough reported": {"en": "not enough reported", "ru": "данных недостаточно",
                                    "kk": "деректер жеткіліксіз"},
    "no_database": {"en": "Not computed: the report was made without its database.",
                    "ru": "Не рассчитано: отчёт составлен без базы данных.",
                    "kk": "Есептелмеді: есеп дерекқорсыз жасалды."},
    # --- README ----------------------------------------------------------------------------------
    "readme.title": {"en": "Coordinator's report: {election}", "ru": "Отчёт координатора: {election}",
                     "kk": "Үйлестіруші есебі: {election}"},
    "readme.intro": {
        "en": "Made by observer-app from the coordinator's database. Each data sheet has two header rows: "
              "the columns' names, then their codes (as in the report CSV and the publication; "
              "pandas.read_excel(..., header=1) reads the codes). An empty cell is a figure nobody knows "
              "(not recorded, observers disagree, or no station covers it): never 0.",
        "ru": "Составлен программой observer-app по базе данных координатора. У каждого листа с данными две "
              "строки заголовка: названия столбцов, затем их коды (как в CSV-отчёте и публикации; "
              "pandas.read_excel(..., header=1) читает коды). Пустая ячейка — неизвестное число (не "
              "записано, наблюдатели расходятся или ни один участок его не даёт), а не 0.",
        "kk": "observer-app бағдарламасы үйлестіруші дерекқоры бойынша жасады. Деректері бар әр парақта "
              "тақырыптың екі жолы бар: бағандардың атаулары, содан кейін олардың кодтары (CSV есептегі "
              "және жарияланымдағыдай; pandas.read_excel(..., header=1) кодтарды оқиды). Бос ұяшық — "
              "белгісіз сан (жазылмаған, байқаушылар келіспейді немесе оны ешбір учаске бермейді), 0 емес.",
    },
    "readme.sources": {"en": "Where the data came from", "ru": "Откуда данные", "kk": "Деректер қайдан алынды"},
    "readme.election": {"en": "Election file", "ru": "Файл выборов", "kk": "Сайлау файлы"},
    "readme.database": {"en": "Coordinator's database", "ru": "База данных координатора",
                        "kk": "Үйлестіруші дерекқоры"},
    "readme.official": {"en": "Official results file", "ru": "Файл официальных итогов",
                        "kk": "Ресми нәтижелер файлы"},
    "readme.official_rows": {"en": "{file}: {count} stations", "ru": "{file}: участков — {count}",
                             "kk": "{file}: {count} учаске"},
    "readme.none": {"en": "none", "ru": "нет", "kk": "жоқ"},
    "readme.bundles": {"en": "Observers' bundles merged", "ru": "Объединено пакетов наблюдателей",
                       "kk": "Біріктірілген байқаушылар пакеттері"},
    "readme.bundles_value": {
        "en": "{merged} merged, {verified} of them signed by the organisation's CA (verified); {rejected} rejected. "
              "Where a station has verified observers' protocols, only they make its consolidated record.",
        "ru": "Объединено {merged}, из них подписано удостоверяющим центром организации (проверено) {verified}; "
              "отклонено {rejected}. Где на участке есть проверенные протоколы наблюдателей, сводная запись "
              "составлена только из них.",
        "kk": "Біріктірілді {merged}, оның ішінде ұйымның куәландыру орталығы қол қойғаны (тексерілген) "
              "{verified}; қабылданбады {rejected}. Учаскеде тексерілген байқаушылар хаттамалары болса, "
              "жиынтық жазба тек солардан құралады."},
    "readme.sample": {"en": "PVT sample", "ru": "Выборка PVT", "kk": "PVT іріктемесі"},
    "readme.sample_value": {"en": "{count} stations", "ru": "участков — {count}", "kk": "{count} учаске"},
    "readme.sample_none": {"en": "none given: the Analysis sheet has no PVT",
                           "ru": "не задана: на листе «Анализ» нет PVT", "kk": "берілмеді: «Талдау» парағында PVT жоқ"},
    "readme.sheets": {"en": "Sheets", "ru": "Листы", "kk": "Парақтар"},
    "readme.sheet_stations": {
        "en": "One row per station and source (consolidated observers' record, each observer's protocol, "
              "the official protocol): the report CSV's rows.",
        "ru": "Строка на участок и источник (сводная запись наблюдателей, протокол каждого наблюдателя, "
              "официальный протокол): строки CSV-отчёта.",
        "kk": "Учаске мен дереккөз бойынша бір жол (байқаушылардың жиынтық жазбасы, әр байқаушының хаттамасы, "
              "ресми хаттама): CSV есептің жолдары."},
    "readme.sheet_comparison": {
        "en": "One row per station: official and consolidated observers' figures side by side and official "
              "minus observers, with flags (the publication's station_comparison table).",
        "ru": "Строка на участок: официальные данные и сводные данные наблюдателей рядом, разность "
              "«официально − наблюдатели» и отметки (таблица station_comparison публикации).",
        "kk": "Учаскеге бір жол: ресми деректер мен байқаушылардың жиынтық деректері қатар, «ресми − "
              "байқаушылар» айырмасы және белгілер (жарияланымның station_comparison кестесі)."},
    "readme.sheet_regions": {
        "en": "Per region and in total: turnout and shares from each source, each with the number of stations "
              "it covers; the paired rows take the same stations from both sources.",
        "ru": "По регионам и в целом: явка и доли по каждому источнику с числом участков, по которым они "
              "рассчитаны; парные строки берут одни и те же участки из обоих источников.",
        "kk": "Өңірлер бойынша және барлығы: әр дереккөз бойынша келу мен үлестер, олар есептелген учаскелер "
              "санымен; жұптық жолдар екі дереккөзден де бірдей учаскелерді алады."},
    "readme.sheet_obstructions": {
        "en": "Every obstruction observers recorded, by start time.",
        "ru": "Все препятствия, записанные наблюдателями, по времени начала.",
        "kk": "Байқаушылар жазған барлық кедергілер, басталу уақыты бойынша."},
    "readme.sheet_analysis": {
        "en": "The paired comparison, threshold and seats, the PVT (with a sample) and the forensics of the "
              "official results; shares and turnouts as percentages, intervals at {level} % confidence.",
        "ru": "Парное сравнение, порог и мандаты, PVT (если задана выборка) и статистика официальных "
              "итогов; доли и явка в процентах, интервалы с доверительной вероятностью {level} %.",
        "kk": "Жұптық салыстыру, шек пен мандаттар, PVT (іріктеме берілсе) және ресми нәтижелер "
              "статистикасы; үлестер мен келу пайызбен, интервалдар {level} % сенімділік деңгейімен."},
    "readme.columns": {"en": "Columns", "ru": "Столбцы", "kk": "Бағандар"},
    "readme.col_sheet": {"en": "Sheet", "ru": "Лист", "kk": "Парақ"},
    "readme.col_code": {"en": "Code", "ru": "Код", "kk": "Код"},
    "readme.col_name": {"en": "Name", "ru": "Название", "kk": "Атауы"},
    "readme.col_meaning": {"en": "What it is", "ru": "Что это", "kk": "Бұл не"},
    "meaning.line": {"en": "Line {number} of the protocol", "ru": "Строка {number} протокола",
                     "kk": "Хаттаманың {number}-жолы"},
    "meaning.contestant": {"en": "Votes for {name}", "ru": "Голоса за: {name}", "kk": "{name} үшін дауыстар"},
    "meaning.source": {"en": "consolidated, observer or official", "ru": "consolidated (сводная), observer "
                       "(наблюдатель) или official (официальный)", "kk": "consolidated (жиынтық), observer "
                       "(байқаушы) немесе official (ресми)"},
    "meaning.flags": {"en": "Control relations the protocol fails (their ids), conflict (observers disagree), "
                      "differs_from_official", "ru": "Нарушенные контрольные соотношения (их коды), conflict "
                      "(наблюдатели расходятся), differs_from_official (расходится с официальным)",
                      "kk": "Бұзылған бақылау қатынастары (кодтары), conflict (байқаушылар келіспейді), "
                      "differs_from_official (ресмиден өзгеше)"},
    "meaning.fraction": {"en": "A share (shown as a percentage)", "ru": "Доля (в процентах)",
                         "kk": "Үлес (пайызбен)"},
    "meaning.difference": {"en": "Official minus observers", "ru": "Официально минус наблюдатели",
                           "kk": "Ресми минус байқаушылар"},
}


def _t(key: str, lang: str, **values: Any) -> str:
    text = pdf_text.pick(TEXTS[key], lang) if key in TEXTS else pdf_text.t(key, lang)
    return text.format(**values) if values else text


@dataclass
class Column:
    code: str
    name: str
    number_format: str | None = None  # None: text, or a whole number in the default format
    width: float = MIN_WIDTH


def _fit(column: Column, content: int) -> None:
    """The column's width: its widest cell (in characters) or its name wrapped on about
    HEADER_LINES lines (never narrower than its longest word), within MIN_WIDTH..MAX_WIDTH."""
    name = column.name
    longest_word = max((len(w) for w in name.split()), default=0)
    wanted = max(content + 2, math.ceil(len(name) / HEADER_LINES) + 2, longest_word + 2, len(column.code) + 2)
    column.width = float(min(MAX_WIDTH, max(MIN_WIDTH, wanted)))


def _number_width(values: Iterable[Any]) -> int:
    """The width of the widest number written with grouping ("-12,345")."""
    low = high = 0
    for v in values:
        if v is not None:
            if v > high:
                high = v
            elif v < low:
                low = v
    return max(len(f"{high:,}"), len(f"{low:,}"))


def _text_width(values: Iterable[Any]) -> int:
    return max((len(v) for v in values if v), default=0)


class _Sheet:
    """A write-only sheet with the two header rows, widths, frozen panes and an autofilter."""

    def __init__(self, book, title: str, columns: Sequence[Column], rows: int, freeze: str = "B3",
                 filtered: bool = True):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        self.ws = ws = book.create_sheet(title)
        self.columns = columns
        for i, column in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        lines = max((math.ceil(len(c.name) / max(1.0, c.width - 1)) for c in columns), default=1)
        ws.row_dimensions[1].height = 15 * min(max(lines, 1), 8)
        ws.freeze_panes = freeze
        bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
        grey = Font(color=CODES_GREY, size=9)
        names, codes = [], []
        for column in columns:
            cell = WriteOnlyCell(ws, value=_plain(column.name))
            cell.data_type = "s"
            cell.font, cell.alignment = bold, wrap
            names.append(cell)
            code = WriteOnlyCell(ws, value=_plain(column.code))
            code.data_type = "s"
            code.font = grey
            codes.append(code)
        ws.append(names)
        ws.append(codes)
        if filtered and columns:
            ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{2 + rows}"
        self._styled: dict[int, Any] = {}
        for i, column in enumerate(columns):
            if column.number_format not in (None, INTEGER):
                cell = WriteOnlyCell(ws)
                cell.number_format = column.number_format
                self._styled[i] = cell
        self._text = [i for i, c in enumerate(columns) if c.number_format is None]

    def append(self, values: list[Any]) -> None:
        """One row: text cells through _xlsx_text (never a formula), styled numbers through the
        column's own cell."""
        ws = self.ws
        for i in self._text:
            v = values[i]
            if isinstance(v, str):
                values[i] = _xlsx_text(ws, v) if v else None
        for i, cell in self._styled.items():
            v = values[i]
            if v is not None and not isinstance(v, str):
                cell.value = v
                values[i] = cell
        ws.append(values)


def _plain(text: str) -> str:
    from observer_app.report import _XLSX_ILLEGAL

    return _XLSX_ILLEGAL.sub("\ufffd", text)


def _default_number_format(book) -> None:
    """Every cell without a style of its own shows a number as "#,##0" (grouped the way the
    reader's spreadsheet groups digits; built-in format 3): cell format 0 is the default."""
    from openpyxl.styles.cell_style import StyleArray

    default = StyleArray(book._cell_styles[0])
    default.numFmtId = 3
    book._cell_styles[0] = default


# --- sheets --------------------------------------------------------------------------------------

def _stations(book, template: ElectionTemplate, reports: Sequence[StationReport], lang: str,
              title: str) -> tuple[dict[str, int], list[Column]]:
    rows = sorted((r for rep in reports for r in rep.rows), key=lambda r: (r.station_code, r.source, r.observer_id))
    codes = csv_header(template)
    names = stations_names(template, lang)
    columns = [Column(code, name, None if i in (0, 1, 2, 3, 4, len(codes) - 1) else INTEGER)
               for i, (code, name) in enumerate(zip(codes, names))]
    widths = [_text_width(r.station_code for r in rows), _text_width(r.region for r in rows),
              _text_width(r.source for r in rows), _text_width(r.observer_id for r in rows),
              _text_width(r.signer for r in rows), 1]
    value_widths = {c: _number_width(r.values.get(c) for r in rows) for c in template.codes}
    widths += [value_widths[c] for c in template.codes]
    widths.append(_text_width(";".join(r.flags) for r in rows))
    for column, width in zip(columns, widths):
        _fit(column, width)
    sheet = _Sheet(book, title, columns, len(rows))
    for row in rows:
        sheet.append([row.station_code, row.region, row.source, row.observer_id, row.signer, row.verified,
                      *(row.values.get(c) for c in template.codes), ";".join(row.flags)])
    value_widths["station_code"] = widths[0]
    value_widths["region"] = widths[1]
    value_widths["flags"] = widths[-1]
    return value_widths, columns


def _comparison(book, template: ElectionTemplate, reports: Sequence[StationReport], lang: str,
                integer_peaks: set[str] | None, sample: set[str] | None, widths: dict[str, int]) -> list[Column]:
    from observer_app.publish.tables import comparison_columns, comparison_rows

    kinds = comparison_columns(template, sample is not None)
    labels = {c: f"{line.number}. {pick_name(line.name, lang)}" for c, line in
              ((line.code, line) for line in template.lines)}
    labels |= {c.code: pick_name(c.name, lang) for c in template.contestants}
    columns = []
    for code, kind in kinds.items():
        if code in ("station_code", "region", "flags"):
            column = Column(code, _t("station_code" if code == "station_code" else f"xlsx.{code}", lang))
            _fit(column, widths[code])
        elif kind is float:
            column = Column(code, _t(code, lang), FRACTION)
            _fit(column, 8)
        else:
            part, _, value = code.partition("_")
            if part in ("official", "observed", "difference") and value in labels:
                column = Column(code, _t(f"{part}_of", lang, name=labels[value]), INTEGER)
                _fit(column, widths[value] + (1 if part == "difference" else 0))
            else:
                column = Column(code, _t(code, lang), INTEGER)
                _fit(column, 1)
        columns.append(column)
    sheet = _Sheet(book, _t("sheet.comparison", lang), columns, len(reports))
    order = list(kinds)
    for row in comparison_rows(template, reports, integer_peaks, sample):
        sheet.append([row[c] for c in order])
    return columns


def _regions(book, template: ElectionTemplate, reports: Sequence[StationReport], lang: str) -> list[Column]:
    codes, names, rows = area_table(template, aggregates(template, reports), lang, words=True)
    columns = []
    for i, (code, name) in enumerate(zip(codes, names)):
        values = [row[i] for row in rows]
        if code in ("region", "source") or code.endswith("_passes_threshold"):
            column = Column(code, name)
            _fit(column, _text_width(values))
        elif code.endswith("_percent"):
            column = Column(code, name, PERCENT)
            _fit(column, 7)
        else:
            column = Column(code, name, INTEGER)
            _fit(column, _number_width(values))
        columns.append(column)
    sheet = _Sheet(book, pdf_text.t("xlsx.sheet_regions", lang), columns, len(rows), freeze="C3")
    for row in rows:
        sheet.append(list(row))
    return columns


def _obstructions(book, store, lang: str) -> list[Column]:
    from observer_app.publish.redact import Redaction
    from observer_app.publish.tables import obstruction_columns, obstruction_rows

    kinds = obstruction_columns(with_names=True)
    rows: list[dict[str, Any]] = []
    if store is not None:
        codes = {s.id: (s.code, s.region or "") for s in store.stations()}
        # the coordinator's own report names the observers, as the Stations sheet names signers
        rows = obstruction_rows(store, codes, Redaction.of(store.db, with_names=True))
        for row in rows:
            row["kind"] = pdf_text.label("kind", row["kind"], lang)
            row["stage"] = pdf_text.label("stage", row["stage"], lang) if row["stage"] else ""
    columns = []
    for code, kind in kinds.items():
        name = _t("station_code", lang) if code == "station_code" else _t(
            {"region": "xlsx.region", "verified": "xlsx.verified"}.get(code, code), lang)
        column = Column(code, name, INTEGER if kind is int else None)
        values = [row[code] for row in rows]
        _fit(column, min(60, _number_width(values) if kind is int else _text_width(values)))
        columns.append(column)
    sheet = _Sheet(book, _t("sheet.obstructions", lang), columns, len(rows), freeze="C3")
    if store is None:
        sheet.ws.append([_t("no_database", lang)])
    for row in rows:
        sheet.append([row[c] for c in kinds])
    return columns


_FRACTION_FIGURES = ("turnout", "invalid", "share", "headcount", "clean_turnout")


def _figure_format(section: str, figure: str) -> str:
    if section == "seats" or figure in ("excluded_removed", "excluded_not_shown", "reported", "stations_used",
                                        "integer_peaks_observed", "anomalous_votes"):
        return INTEGER
    if section == "thresholds" or figure.split("_")[0] in _FRACTION_FIGURES or figure == "clean_turnout":
        return FRACTION
    return DECIMAL


def _figure_name(figure: str, lang: str) -> str:
    measure, _, part = figure.rpartition("_")
    if f"measure.{measure}" in TEXTS and f"part.{part}" in TEXTS:
        return f"{_t(f'measure.{measure}', lang)}, {_t(f'part.{part}', lang)}"
    key = f"figure.{figure}"
    return _t(key, lang) if key in TEXTS else figure


def _analysis(book, template: ElectionTemplate, overview, lang: str) -> list[Column]:
    from observer_app.publish.tables import analysis_rows

    names = {c.code: pick_name(c.name, lang) for c in template.contestants}
    rows = analysis_rows(overview) if overview is not None else []
    columns = [Column("section", _t("section", lang)), Column("figure", _t("figure", lang)),
               Column("figure_code", "figure"), Column("contestant", _t("contestant", lang)),
               Column("value", _t("value", lang), INTEGER), Column("low", _t("low", lang), INTEGER),
               Column("high", _t("high", lang), INTEGER), Column("stations", _t("stations", lang), INTEGER),
               Column("verdict", _t("verdict", lang))]
    table = []
    for row in rows:
        verdict = row["verdict"]
        if verdict and f"verdict.{verdict}" in TEXTS:
            verdict = _t(f"verdict.{verdict}", lang)
        elif verdict in names:  # forensics: the leader
            verdict = names[verdict]
        table.append(([_t(f"section.{row['section']}", lang), _figure_name(row["figure"], lang), row["figure"],
                       names.get(row["contestant"], row["contestant"]), row["value"], row["low"], row["high"],
                       row["stations"], verdict], _figure_format(row["section"], row["figure"])))
    for i, column in enumerate(columns):
        texts = [str(values[i]) for values, _ in table if values[i] is not None]
        _fit(column, min(60, 12 if column.number_format else _text_width(texts)))
    columns[2].name = _t("readme.col_code", lang)
    sheet = _Sheet(book, _t("sheet.analysis", lang), columns, len(table), freeze="C3")
    if overview is None:
        sheet.ws.append([_t("no_database", lang)])
    from openpyxl.cell import WriteOnlyCell

    for values, number_format in table:
        for i in (4, 5, 6):
            if values[i] is not None and number_format != INTEGER:
                cell = WriteOnlyCell(sheet.ws, value=float(values[i]))
                cell.number_format = number_format
                values[i] = cell
        sheet.append(values)
    return columns


def _provenance(store, template: ElectionTemplate, lang: str, sample) -> list[tuple[str, str]]:
    lines = [(_t("readme.election", lang), f"{pick_name(template.name, lang)} ({template.id}, {template.date})")]
    if store is None:
        return lines + [(_t("readme.database", lang), _t("no_database", lang))]
    lines.append((_t("readme.database", lang), store.path.name if store.path else ""))
    files = list(store.db.execute("SELECT source_file, count(*) FROM official_results WHERE deleted = 0 "
                                  "GROUP BY source_file ORDER BY source_file"))
    lines.append((_t("readme.official", lang), "; ".join(
        _t("readme.official_rows", lang, file=name or "?", count=f"{n:,}") for name, n in files)
        or _t("readme.none", lang)))
    merged, verified, rejected = store.db.execute(
        "SELECT coalesce(sum(status = 'merged'), 0), coalesce(sum(status = 'merged' AND verified = 1), 0), "
        "coalesce(sum(status = 'rejected'), 0) FROM bundles").fetchone()
    lines.append((_t("readme.bundles", lang), _t("readme.bundles_value", lang, merged=merged, verified=verified,
                                                 rejected=rejected)))
    lines.append((_t("readme.sample", lang), _t("readme.sample_value", lang, count=f"{len(sample):,}")
                  if sample is not None else _t("readme.sample_none", lang)))
    return lines


def _meaning(sheet: str, code: str, template: ElectionTemplate, lang: str) -> str:
    lines = {line.code: line for line in template.lines}
    contestants = {c.code: c for c in template.contestants}
    if sheet not in ("stations", "comparison"):
        lines, contestants = {}, {}  # the Regions sheet's sums are not one protocol's lines
    part, _, value = code.partition("_")
    if part in ("official", "observed", "difference") and (value in lines or value in contestants):
        code = value
        prefix = _t("meaning.difference", lang) + ": " if part == "difference" else ""
    else:
        prefix = ""
    if code in lines:
        return prefix + _t("meaning.line", lang, number=lines[code].number)
    if code in contestants:
        return prefix + _t("meaning.contestant", lang, name=pick_name(contestants[code].name, lang))
    if code == "source":
        return _t("meaning.source", lang) if sheet == "stations" else ""
    if code == "flags":
        return _t("meaning.flags", lang)
    if code.startswith("turnout_") and sheet == "comparison":
        return _t("meaning.fraction", lang)
    return ""


def _readme(book, template: ElectionTemplate, lang: str, store, sample, sheets: list[tuple[str, str, list]],
            confidence: float) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    ws = book.create_sheet(_t("sheet.readme", lang))
    for letter, width in zip("ABCD", (26, 30, 48, 70)):
        ws.column_dimensions[letter].width = width
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def text(value: str, font=None, wrapped=False):
        cell = WriteOnlyCell(ws, value=_plain(value))
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        if wrapped:
            cell.alignment = wrap
        return cell

    ws.append([text(_t("readme.title", lang, election=pick_name(template.name, lang)), Font(bold=True, size=14))])
    ws.append([text(_t("readme.intro", lang), wrapped=True)])
    ws.append([])
    ws.append([text(_t("readme.sources", lang), bold)])
    for name, value in _provenance(store, template, lang, sample):
        ws.append([text(name), text(value, wrapped=True)])
    ws.append([])
    ws.append([text(_t("readme.sheets", lang), bold)])
    for key, title, _columns in sheets:
        ws.append([text(title), text(_t(f"readme.sheet_{key}", lang, level=f"{confidence * 100:g}"), wrapped=True)])
    ws.append([])
    ws.append([text(_t("readme.columns", lang), bold)])
    ws.append([text(_t(f"readme.col_{k}", lang), bold) for k in ("sheet", "code", "name", "meaning")])
    for key, title, columns in sheets:
        for column in columns:
            ws.append([text(title), text(column.code), text(column.name, wrapped=True),
                       text(_meaning(key, column.code, template, lang), wrapped=True)])


def workbook_bytes(template: ElectionTemplate, reports: Sequence[StationReport], lang: str = "en", *,
                   store=None, sample=None) -> bytes:
    """The report workbook (this module's docstring). Without `store` the Obstructions and
    Analysis sheets say they were not computed, and the README names no database."""
    from openpyxl import Workbook

    lang = lang if lang in pdf_text.LANGUAGES else "en"
    overview = None
    if store is not None:
        from observer_app.export.report_analysis import overview_of

        overview = overview_of(store, sample)
    peaks = set(overview.forensics.integer_peaks.stations) if overview is not None else None
    sampled = {s.code for s in sample} if sample is not None else None
    book = Workbook(write_only=True)
    _default_number_format(book)
    widths, stations = _stations(book, template, reports, lang, pdf_text.t("xlsx.sheet_stations", lang))
    columns = [stations, _comparison(book, template, reports, lang, peaks, sampled, widths),
               _regions(book, template, reports, lang), _obstructions(book, store, lang),
               _analysis(book, template, overview, lang)]
    keys = ("stations", "comparison", "regions", "obstructions", "analysis")
    sheets = [(key, ws.title, cols) for key, ws, cols in zip(keys, book.worksheets, columns)]
    _readme(book, template, lang, store, sample, sheets, overview.confidence if overview else 0.95)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
