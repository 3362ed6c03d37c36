"""The report PDF's analysis section (issue 13, item 5): the paired comparison, the threshold and
seats table, the PVT when a sample is given, and the forensics of the official results with the
fingerprint and the integer-peak histograms, in en/ru/kk. Signed with the rest of the report.

The figures come from observer_app.analysis (build_overview over the same database as the rest
of the report); this module only lays them out. A figure that cannot be computed prints as the
language's "unknown", never 0; every percentage is written as the report writes its numbers
(observer_app.formats: "47.6" in English, "47,6" in Russian and Kazakh).
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from observer_app.analysis.forensics import (
    HISTOGRAM_BINS, INTEGER_TOLERANCE, LAST_DIGIT_MIN, MAX_FRACTION, MIN_REGISTERED, Forensics,
)
from observer_app.analysis.overview import Overview, build_overview
from observer_app.analysis.pictures import fingerprint_rgb
from observer_app.analysis.pvt import MIN_RATE, MIN_REPORTED, Estimate, Tabulation
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.domain.turnout import nice_step
from observer_app.export import pdf_text
from observer_app import formats
from observer_app.export.summary_pdf import FONT, FONT_BOLD

MAX_LISTED = 40  # station codes in a list of the section; the rest are counted
MAX_STRATA_LISTED = 15
TABLE_SIZE = 7.0
CELL_PAD = 6.0
MINUS = "\u2212"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
AXIS = colors.HexColor("#8a8f96")
GRID = colors.HexColor("#e2e5e9")
BAR = colors.HexColor("#2f6fad")
PEAK = colors.HexColor("#b71c1c")  # a bin centred on a whole percentage

TEXTS: dict[str, dict[str, str]] = {
    "heading": {"en": "Analysis of the results", "ru": "Анализ результатов", "kk": "Нәтижелерді талдау"},
    "intro": {
        "en": "Computed from the same database as the tables above and signed with them. Turnout: all "
              "ballots issued / voters on the list; shares: of valid votes; intervals at {level} % "
              "confidence; p.p.: percentage points. A figure that cannot be computed is shown as "
              "“{unknown}”, never as 0.",
        "ru": "Рассчитано по той же базе данных, что и таблицы выше, и подписано вместе с ними. Явка: "
              "все выданные бюллетени / избиратели в списке; доли — от действительных голосов; "
              "интервалы с доверительной вероятностью {level} %; п. п. — процентные пункты. Число, "
              "которое нельзя вычислить, указано как «{unknown}», а не как 0.",
        "kk": "Жоғарыдағы кестелер сияқты сол дерекқор бойынша есептелді және олармен бірге қол "
              "қойылды. Келу: берілген барлық бюллетеньдер / тізімдегі сайлаушылар; үлестер — жарамды "
              "дауыстардан; интервалдар {level} % сенімділік деңгейімен; п. т. — пайыздық тармақтар. "
              "Есептеу мүмкін емес сан 0 емес, «{unknown}» деп көрсетіледі.",
    },
    # --- the paired comparison -----------------------------------------------------------------
    "paired_heading": {
        "en": "Paired comparison: official and observers' protocols at the same stations",
        "ru": "Парное сравнение: официальные протоколы и протоколы наблюдателей на одних и тех же участках",
        "kk": "Жұптық салыстыру: бір учаскелердегі ресми хаттамалар мен байқаушылар хаттамалары",
    },
    "paired_intro": {
        "en": "Stations with both an official protocol and the observers' (consolidated) one: {stations}. "
              "Left out, never mixed in (the observers' figures there may be hearsay): {removed} where "
              "observers were removed or not admitted, {not_shown} where the protocol was not shown or "
              "a copy was refused.",
        "ru": "Участков, где есть и официальный протокол, и (сводный) протокол наблюдателей: {stations}. "
              "Не учтены и не смешаны с остальными (данные наблюдателей там могут быть с чужих слов): "
              "участки, откуда наблюдателей удалили или куда не допустили, — {removed}; участки, где "
              "протокол не показали или отказали в копии, — {not_shown}.",
        "kk": "Ресми хаттама да, байқаушылардың (жиынтық) хаттамасы да бар учаскелер: {stations}. "
              "Есепке алынбады және басқаларымен араластырылмады (ондағы байқаушылар деректері естігені "
              "бойынша болуы мүмкін): байқаушылар шығарылған немесе жіберілмеген учаскелер — {removed}; "
              "хаттама көрсетілмеген немесе көшірме берілмеген учаскелер — {not_shown}.",
    },
    "removed_list": {"en": "Removed or not admitted: {codes}.", "ru": "Удалены или не допущены: {codes}.",
                     "kk": "Шығарылған немесе жіберілмеген: {codes}."},
    "not_shown_list": {"en": "Protocol not shown: {codes}.", "ru": "Протокол не показан: {codes}.",
                       "kk": "Хаттама көрсетілмеген: {codes}."},
    "and_more": {"en": "{codes} and {n} more", "ru": "{codes} и ещё {n}", "kk": "{codes} және тағы {n}"},
    "col_figure": {"en": "Figure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "col_stations": {"en": "Stations", "ru": "Участков", "kk": "Учаскелер"},
    "col_official": {"en": "Official, %", "ru": "Официально, %", "kk": "Ресми, %"},
    "col_observed": {"en": "Observers, %", "ru": "Наблюдатели, %", "kk": "Байқаушылар, %"},
    "col_difference": {"en": "Difference (official − observers), p.p.",
                       "ru": "Разница (официально − наблюдатели), п. п.",
                       "kk": "Айырма (ресми − байқаушылар), п. т."},
    "col_interval_pp": {"en": "{level} % interval, p.p.", "ru": "Интервал {level} %, п. п.",
                        "kk": "{level} % интервал, п. т."},
    "row_turnout": {"en": "Turnout", "ru": "Явка", "kk": "Келу"},
    "row_invalid": {"en": "Invalid ballots (of valid and invalid)",
                    "ru": "Недействительные бюллетени (от действительных и недействительных)",
                    "kk": "Жарамсыз бюллетеньдер (жарамды және жарамсыздардан)"},
    "row_headcount": {"en": "Head-count (whole day) against ballots issued in the premises",
                      "ru": "Подсчёт наблюдателей (весь день) и бюллетени, выданные в помещении",
                      "kk": "Байқаушылар санағы (бүкіл күн) және үй-жайда берілген бюллетеньдер"},
    "headcount_note": {
        "en": "Head-count row: the observers' head-count and the official protocol's ballots issued in "
              "the premises, both as a turnout of the same voters on the list, at the stations whose "
              "head-count covers the whole voting day (at least 12 hours, never out of the station): {stations}.",
        "ru": "Строка подсчёта: подсчёт наблюдателей и бюллетени, выданные в помещении по официальному "
              "протоколу, оба как явка от тех же избирателей в списке, на участках, где подсчёт охватывает "
              "весь день голосования (не менее 12 часов без выхода с участка): {stations}.",
        "kk": "Санақ жолы: байқаушылар санағы мен ресми хаттама бойынша үй-жайда берілген бюллетеньдер, "
              "екеуі де тізімдегі сол сайлаушылардан келу ретінде, санағы бүкіл дауыс беру күнін "
              "қамтитын учаскелерде (кемінде 12 сағат, учаскеден шықпай): {stations}.",
    },
    # --- threshold and seats -------------------------------------------------------------------
    "threshold_heading": {"en": "Threshold and seats", "ru": "Заградительный барьер и мандаты",
                          "kk": "Өту шегі және мандаттар"},
    "threshold_seats": {
        "en": "Threshold: {threshold} % of valid votes; {seats} seats by the largest-remainder (Hare) "
              "method among the contestants that pass it.",
        "ru": "Барьер: {threshold} % действительных голосов; мандатов: {seats}, распределяются методом "
              "наибольших остатков (Хэйра) между прошедшими барьер.",
        "kk": "Өту шегі: жарамды дауыстардың {threshold} %; мандаттар: {seats}, шектен өткендер арасында "
              "ең үлкен қалдық (Хэйр) әдісімен бөлінеді.",
    },
    "threshold_only": {
        "en": "Threshold: {threshold} % of valid votes. The election file gives no number of seats: no "
              "seats are computed.",
        "ru": "Барьер: {threshold} % действительных голосов. В файле выборов не указано число мандатов: "
              "мандаты не рассчитываются.",
        "kk": "Өту шегі: жарамды дауыстардың {threshold} %. Сайлау файлында мандат саны көрсетілмеген: "
              "мандаттар есептелмейді.",
    },
    "observers_cover": {
        "en": "The observers' column covers only the {stations} paired stations: its verdict is about "
              "those stations, not about the whole electorate. “{undecided}”: the interval lies on both "
              "sides of the threshold.",
        "ru": "Столбец наблюдателей охватывает только участки парного сравнения ({stations}): его вывод "
              "касается этих участков, а не всех избирателей. «{undecided}»: интервал лежит по обе "
              "стороны барьера.",
        "kk": "Байқаушылар бағаны тек жұптық салыстыру учаскелерін ({stations}) қамтиды: оның "
              "қорытындысы барлық сайлаушыларға емес, сол учаскелерге қатысты. «{undecided}»: интервал "
              "шектің екі жағында жатыр.",
    },
    "group_official": {"en": "Official result (every station)", "ru": "Официальный итог (все участки)",
                       "kk": "Ресми қорытынды (барлық учаскелер)"},
    "group_observed": {"en": "Observers' protocols (paired stations only)",
                       "ru": "Протоколы наблюдателей (только парные участки)",
                       "kk": "Байқаушылар хаттамалары (тек жұп учаскелер)"},
    "group_pvt": {"en": "PVT (sample)", "ru": "Параллельный подсчёт (выборка)",
                  "kk": "Параллель санау (іріктеме)"},
    "col_contestant": {"en": "Contestant", "ru": "Партия, кандидат", "kk": "Партия, кандидат"},
    "col_share": {"en": "Share, %", "ru": "Доля, %", "kk": "Үлесі, %"},
    "col_estimate": {"en": "Estimate, %", "ru": "Оценка, %", "kk": "Бағалау, %"},
    "col_interval_pct": {"en": "{level} % interval, %", "ru": "Интервал {level} %, %",
                         "kk": "{level} % интервал, %"},
    "col_verdict": {"en": "Threshold", "ru": "Барьер", "kk": "Өту шегі"},
    "col_seats": {"en": "Seats", "ru": "Мандаты", "kk": "Мандаттар"},
    "col_seat_range": {"en": "Seat range", "ru": "Диапазон мандатов", "kk": "Мандаттар ауқымы"},
    "verdict.passes": {"en": "passes", "ru": "проходит", "kk": "өтеді"},
    "verdict.fails": {"en": "fails", "ru": "не проходит", "kk": "өтпейді"},
    "verdict.undecided": {"en": "cannot be decided at {level} %", "ru": "не определить при {level} %",
                          "kk": "{level} % деңгейінде анықталмайды"},
    "no_verdict": {"en": "no verdict", "ru": "вывода нет", "kk": "қорытынды жоқ"},
    # --- the PVT -------------------------------------------------------------------------------
    "pvt_heading": {"en": "Parallel vote tabulation (PVT) from the sample",
                    "ru": "Параллельный подсчёт голосов (PVT) по выборке",
                    "kk": "Іріктеме бойынша дауыстарды параллель санау (PVT)"},
    "pvt_intro.observers": {
        "en": "Stations in the sample: {size}, in {strata} strata; reported: {reported} (the observers' "
              "protocols). Stratified ratio estimator, stations as clusters, margins of error at {level} %.",
        "ru": "Участков в выборке: {size}, страт: {strata}; сообщили данные: {reported} (протоколы "
              "наблюдателей). Стратифицированная оценка отношения, участки — кластеры, пределы "
              "погрешности при {level} %.",
        "kk": "Іріктемедегі учаскелер: {size}, страталар: {strata}; деректер бергені: {reported} "
              "(байқаушылар хаттамалары). Стратификацияланған қатынас бағалауы, учаскелер — кластерлер, "
              "қателік шегі {level} % деңгейінде.",
    },
    "pvt_intro.official": {
        "en": "Stations in the sample: {size}, in {strata} strata; reported: {reported} (the official "
              "protocols of the sampled stations). Stratified ratio estimator, stations as clusters, "
              "margins of error at {level} %.",
        "ru": "Участков в выборке: {size}, страт: {strata}; сообщили данные: {reported} (официальные "
              "протоколы участков выборки). Стратифицированная оценка отношения, участки — кластеры, "
              "пределы погрешности при {level} %.",
        "kk": "Іріктемедегі учаскелер: {size}, страталар: {strata}; деректер бергені: {reported} "
              "(іріктеме учаскелерінің ресми хаттамалары). Стратификацияланған қатынас бағалауы, "
              "учаскелер — кластерлер, қателік шегі {level} % деңгейінде.",
    },
    "pvt_not_ready": {
        "en": "No verdict: in {n} strata fewer than {least} or fewer than {rate} % of the sampled stations "
              "reported — {strata}. Until they report, no threshold verdict, seat range or place of the "
              "official figure in the interval is called.",
        "ru": "Вывода нет: в стратах ({n}) данные сообщили меньше {least} или меньше {rate} % участков "
              "выборки — {strata}. Пока они не сообщат, ни прохождение барьера, ни диапазон мандатов, ни "
              "попадание официального числа в интервал не определяются.",
        "kk": "Қорытынды жоқ: страталарда ({n}) іріктеме учаскелерінің {least}-ден немесе {rate} %-дан "
              "азы деректер берді — {strata}. Олар деректер бергенше өту шегі, мандаттар ауқымы және ресми "
              "санның интервалға түсуі анықталмайды.",
    },
    "stratum_item": {"en": "{name} ({reported} of {sampled})", "ru": "{name} ({reported} из {sampled})",
                     "kk": "{name} ({sampled} ішінен {reported})"},
    "pvt_unknown_codes": {
        "en": "Sampled stations not in the station list, left out: {n} — {codes}.",
        "ru": "Участки выборки, которых нет в списке участков (не учтены): {n} — {codes}.",
        "kk": "Учаскелер тізімінде жоқ іріктеме учаскелері (есепке алынбады): {n} — {codes}.",
    },
    "col_moe": {"en": "± margin of error, p.p.", "ru": "± погрешность, п. п.", "kk": "± қателік, п. т."},
    "col_official_all": {"en": "Official (every station), %", "ru": "Официально (все участки), %",
                         "kk": "Ресми (барлық учаскелер), %"},
    "col_inside": {"en": "Official figure in the interval", "ru": "Официальное число в интервале",
                   "kk": "Ресми сан интервалда"},
    "inside.yes": {"en": "yes", "ru": "да", "kk": "иә"},
    "inside.no": {"en": "no — outside", "ru": "нет — вне интервала", "kk": "жоқ — интервалдан тыс"},
    # --- forensics -----------------------------------------------------------------------------
    "forensics_heading": {"en": "Forensics of the official results",
                          "ru": "Статистический анализ официальных результатов",
                          "kk": "Ресми нәтижелердің статистикалық талдауы"},
    "forensics_intro": {
        "en": "Stations with at least {least} voters on the list, ballots cast, and turnout and the "
              "leader's share at most {most} %: {used}. Leader (the most votes in total): {leader}.",
        "ru": "Участков, где в списке не менее {least} избирателей, есть поданные бюллетени, а явка и доля "
              "лидера не выше {most} %: {used}. Лидер (больше всего голосов в сумме): {leader}.",
        "kk": "Тізімде кемінде {least} сайлаушы бар, бюллетеньдер салынған, келу мен көшбасшы үлесі "
              "{most} %-дан аспайтын учаскелер: {used}. Көшбасшы (жалпы ең көп дауыс): {leader}.",
    },
    "col_signal": {"en": "Signal", "ru": "Признак", "kk": "Белгі"},
    "col_measure": {"en": "Measure", "ru": "Величина", "kk": "Шама"},
    "col_value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "sig_integer": {"en": "Integer percentages (Kobak, Shpilkin, Pshenichnikov 2016)",
                    "ru": "Целые проценты (Кобак, Шпилькин, Пшеничников, 2016)",
                    "kk": "Бүтін пайыздар (Кобак, Шпилькин, Пшеничников, 2016)"},
    "m_integer": {"en": "Stations with an integer turnout or leader's share (± {tolerance} p.p.)",
                  "ru": "Участки с целой явкой или долей лидера (± {tolerance} п. п.)",
                  "kk": "Келуі немесе көшбасшы үлесі бүтін учаскелер (± {tolerance} п. т.)"},
    "m_null": {"en": "Expected by chance (binomial null): mean ± standard deviation",
               "ru": "Ожидается случайно (биномиальная модель): среднее ± стандартное отклонение",
               "kk": "Кездейсоқ күтіледі (биномдық модель): орташа ± стандартты ауытқу"},
    "m_excess": {"en": "Excess over chance", "ru": "Превышение над случайным", "kk": "Кездейсоқтан артығы"},
    "m_z": {"en": "z-score of the excess", "ru": "z-оценка превышения", "kk": "Артықтың z-мәні"},
    "sig_anomalous": {"en": "Anomalous votes for the leader (Shpilkin)",
                      "ru": "Аномальные голоса за лидера (Шпилькин)",
                      "kk": "Көшбасшыға берілген аномал дауыстар (Шпилькин)"},
    "m_clean": {"en": "Clean turnout T0 (the mode of the others' votes, 1 % bins)",
                "ru": "«Чистая» явка T0 (мода голосов за остальных, шаг 1 %)",
                "kk": "«Таза» келу T0 (басқаларға берілген дауыстардың модасы, 1 % қадам)"},
    "m_ratio": {"en": "Leader's votes per vote for the others at T0 (k)",
                "ru": "Голосов за лидера на один голос за остальных при T0 (k)",
                "kk": "T0 кезінде басқаларға берілген бір дауысқа көшбасшы дауыстары (k)"},
    "m_votes": {"en": "Anomalous votes (leader − k × others, above T0)",
                "ru": "Аномальные голоса (лидер − k × остальные, выше T0)",
                "kk": "Аномал дауыстар (көшбасшы − k × басқалар, T0-ден жоғары)"},
    "sig_digits": {"en": "Last digits of the contestants' counts of {least} votes or more",
                   "ru": "Последние цифры числа голосов (от {least} голосов)",
                   "kk": "Дауыс сандарының соңғы цифрлары ({least} дауыстан бастап)"},
    "m_chi2": {"en": "Chi-square against the uniform (9 degrees of freedom)",
               "ru": "Хи-квадрат против равномерного (9 степеней свободы)",
               "kk": "Біркелкі үлестірімге қарсы хи-квадрат (9 еркіндік дәрежесі)"},
    "m_p": {"en": "p-value", "ru": "p-значение", "kk": "p-мәні"},
    "m_counts": {"en": "Counts of the digits 0–9", "ru": "Количество цифр 0–9", "kk": "0–9 цифрларының саны"},
    "fp_title": {"en": "Turnout × leader's share: voters per 1 % cell",
                 "ru": "Явка × доля лидера: избиратели в клетке 1 %",
                 "kk": "Келу × көшбасшы үлесі: 1 % ұяшықтағы сайлаушылар"},
    "axis_turnout": {"en": "Turnout, %", "ru": "Явка, %", "kk": "Келу, %"},
    "axis_share": {"en": "Leader's share, %", "ru": "Доля лидера, %", "kk": "Көшбасшы үлесі, %"},
    "legend_scale": {"en": "fewer — more voters (log scale)", "ru": "меньше — больше избирателей (лог. шкала)",
                     "kk": "аз — көп сайлаушы (лог. шкала)"},
    "hist_turnout": {"en": "Stations per {step} % bin of turnout (red: bins at a whole percentage)",
                     "ru": "Участки в интервалах явки по {step} % (красным — на целом проценте)",
                     "kk": "Келудің {step} % аралықтарындағы учаскелер (қызыл — бүтін пайызда)"},
    "hist_share": {"en": "Stations per {step} % bin of the leader's share (red: bins at a whole percentage)",
                   "ru": "Участки в интервалах доли лидера по {step} % (красным — на целом проценте)",
                   "kk": "Көшбасшы үлесінің {step} % аралықтарындағы учаскелер (қызыл — бүтін пайызда)"},
    "no_pictures": {"en": "No station qualifies: nothing to draw.", "ru": "Подходящих участков нет: рисовать нечего.",
                    "kk": "Сәйкес учаскелер жоқ: салатын ештеңе жоқ."},
    "list_integer": {"en": "Stations with an integer percentage ({n}): {codes}.",
                     "ru": "Участки с целым процентом ({n}): {codes}.",
                     "kk": "Бүтін пайызы бар учаскелер ({n}): {codes}."},
    "list_anomalous": {"en": "Stations above T0 with the most anomalous votes, largest first ({n}): {codes}.",
                       "ru": "Участки выше T0 с наибольшим числом аномальных голосов, по убыванию ({n}): {codes}.",
                       "kk": "T0-ден жоғары аномал дауыстары ең көп учаскелер, кему ретімен ({n}): {codes}."},
    "list_none": {"en": "none", "ru": "нет", "kk": "жоқ"},
}


def t(key: str, lang: str) -> str:
    return pdf_text.pick(TEXTS[key], lang)


def overview_of(store, sample=None, *, source: str = "observers", confidence: float = 0.95) -> Overview:
    """The analysis of a coordinator's database (and of a PVT sample, when given): what the
    report's section shows, read from the same store as the rest of the report."""
    from observer_app.storage.arrays import load_arrays

    return build_overview(load_arrays(store), sample, source=source, confidence=confidence)


# --- numbers ---------------------------------------------------------------------------------------

def _unknown(lang: str) -> str:
    return pdf_text.t("unknown", lang)


def _number(value: float | None, lang: str, digits: int = 1, signed: bool = False) -> str:
    """A number as the language writes it (the minus sign a real one), or "unknown"."""
    if value is None or not math.isfinite(value):
        return _unknown(lang)
    text = formats.decimal(abs(value), lang, digits)
    negative = value < 0 and text.strip("0.,") != ""
    if negative:
        return MINUS + text
    return ("+" + text) if signed and text.strip("0.,") != "" else text


def _pct(value: float | None, lang: str, digits: int = 1) -> str:
    return _number(None if value is None else 100 * value, lang, digits)


def _points(value: float | None, lang: str, signed: bool = True) -> str:
    """A difference or margin in percentage points, with two decimals."""
    return _number(None if value is None else 100 * value, lang, 2, signed)


def _interval(low: float | None, high: float | None, lang: str, signed: bool, digits: int) -> str:
    if low is None or high is None:
        return _unknown(lang)
    return f"{_number(100 * low, lang, digits, signed)} … {_number(100 * high, lang, digits, signed)}"


def _integer(value: float | int | None, lang: str) -> str:
    return _number(None if value is None else float(round(value)), lang, 0)


def _p_value(value: float | None, lang: str) -> str:
    if value is None:
        return _unknown(lang)
    return formats.p_value(value, lang)


def _level(confidence: float) -> str:
    return formats.decimal(100 * confidence, None, None)


def _codes(codes: Sequence[str], lang: str, most: int = MAX_LISTED) -> str:
    """A bounded list of station codes: the first `most`, then how many more."""
    if not codes:
        return t("list_none", lang)
    shown = ", ".join(codes[:most])
    return t("and_more", lang).format(codes=shown, n=len(codes) - most) if len(codes) > most else shown


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the section -----------------------------------------------------------------------------------

def analysis_story(template: ElectionTemplate, overview: Overview, lang: str, width: float,
                   base: ParagraphStyle, heading: ParagraphStyle, small: ParagraphStyle) -> list[Flowable]:
    """The section's flowables, from a page of its own."""
    level = _level(overview.confidence)
    sub = ParagraphStyle("analysis-sub", parent=heading, fontSize=9.5, leading=12.5, spaceBefore=7, spaceAfter=3)
    cell = ParagraphStyle("analysis-cell", fontName=FONT, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2)
    head = ParagraphStyle("analysis-head", parent=cell, fontName=FONT_BOLD)

    def para(text: str, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(_escape(text), style)

    names = {c.code: pick_name(c.name, lang) for c in template.contestants}
    story: list[Flowable] = [
        PageBreak(),
        Paragraph(_escape(t("heading", lang)), heading),
        para(t("intro", lang).format(level=level, unknown=_unknown(lang)), base),
    ]
    story += _paired(overview, names, lang, width, level, sub, cell, head, para)
    story += _thresholds(overview, names, lang, width, level, sub, cell, head, para)
    if overview.tabulation is not None:
        story += _pvt(overview.tabulation, names, lang, width, level, sub, cell, head, para)
    story += _forensics(overview.forensics, names, lang, width, sub, cell, head, para)
    return story


def _table_style(header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, TABLE_SIZE),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, TABLE_SIZE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eef1f5")),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, AXIS),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f7f8fa")]),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *extra,
    ])


def _fit(texts: Sequence[str], font: str = FONT, most: float = 1e9) -> float:
    return min(max(pdfmetrics.stringWidth(x, font, TABLE_SIZE) for x in texts) + 2 * CELL_PAD + 1, most)


def _column(header: str, values: Sequence[str], least: float = 40.0) -> float:
    """A column as wide as its widest value and its header's longest word (the header wraps at
    its spaces, never inside a word), at least `least`."""
    words = header.split() or [""]
    return max(_fit(values), _fit(words, FONT_BOLD), least)


def _heads(texts: Sequence[str], head: ParagraphStyle) -> list[Paragraph]:
    """Header cells: the first left-aligned, the numbers' right-aligned as their values."""
    right = ParagraphStyle("analysis-head-right", parent=head, alignment=TA_RIGHT)
    return [Paragraph(_escape(text), head if i == 0 else right) for i, text in enumerate(texts)]


def _paired(overview: Overview, names, lang, width, level, sub, cell, head, para) -> list[Flowable]:
    c = overview.comparison
    rows = [(t("row_turnout", lang), c.turnout), (t("row_invalid", lang), c.invalid),
            *((names.get(code, code), p) for code, p in c.shares.items()),
            (t("row_headcount", lang), c.headcount)]
    header = [t(k, lang).format(level=level) for k in ("col_figure", "col_stations", "col_official", "col_observed",
                                                        "col_difference", "col_interval_pp")]
    body = [[name, formats.integer(p.stations, lang), _pct(p.official, lang), _pct(p.observed, lang), _points(p.difference, lang),
             _interval(p.low, p.high, lang, True, 2)] for name, p in rows]
    numbers = [_column(header[i], [r[i] for r in body], 110.0 if i == 4 else 72.0) for i in range(1, 6)]
    first = min(_fit([r[0] for r in body]), width - sum(numbers))
    table = Table([_heads(header, head),
                   *([Paragraph(_escape(r[0]), cell), *r[1:]] for r in body)],
                  colWidths=[first, *numbers], repeatRows=1, style=_table_style(), hAlign="LEFT")
    out: list[Flowable] = [
        Paragraph(_escape(t("paired_heading", lang)), sub),
        para(t("paired_intro", lang).format(stations=c.stations, removed=len(c.excluded_removed),
                                            not_shown=len(c.excluded_not_shown))),
    ]
    if c.excluded_removed:
        out.append(para(t("removed_list", lang).format(codes=_codes(c.excluded_removed, lang))))
    if c.excluded_not_shown:
        out.append(para(t("not_shown_list", lang).format(codes=_codes(c.excluded_not_shown, lang))))
    out += [Spacer(1, 3), table, Spacer(1, 2),
            para(t("headcount_note", lang).format(stations=c.headcount.stations))]
    return out


def _verdict(code: str | None, lang: str, level: str) -> str:
    if code is None:
        return _unknown(lang)
    return t(f"verdict.{code}", lang).format(level=level)


def _thresholds(overview: Overview, names, lang, width, level, sub, cell, head, para) -> list[Flowable]:
    tab = overview.tabulation
    with_seats = bool(overview.seats)
    threshold = formats.decimal(100 * overview.threshold, lang, None)
    groups = [("group_official", 3 if with_seats else 2), ("group_observed", 3)]
    if tab is not None:
        groups.append(("group_pvt", 5 if with_seats else 3))
    columns = [t("col_share", lang), t("col_verdict", lang)] + ([t("col_seats", lang)] if with_seats else [])
    columns += [t("col_share", lang), t("col_interval_pct", lang).format(level=level), t("col_verdict", lang)]
    if tab is not None:
        columns += [t("col_estimate", lang), t("col_interval_pct", lang).format(level=level), t("col_verdict", lang)]
        columns += [t("col_seats", lang), t("col_seat_range", lang)] if with_seats else []
    ready = tab is None or tab.ready
    body = []
    for row in overview.contestants:
        line = [names.get(row.code, row.code), _pct(row.official, lang), _verdict(row.official_verdict, lang, level)]
        if with_seats:
            line.append(_integer(row.seats_official, lang))
        line += [_pct(row.observed, lang), _interval(row.observed_low, row.observed_high, lang, False, 1),
                 # no paired station knows the share: nothing to decide (not "undecided")
                 _verdict(row.observed_verdict if row.observed is not None else None, lang, level)]
        if tab is not None:
            line += [_pct(row.pvt, lang), _interval(row.pvt_low, row.pvt_high, lang, False, 1),
                     _verdict(row.pvt_verdict, lang, level) if ready else t("no_verdict", lang)]
            if with_seats:
                seat_range = (_unknown(lang) if row.seats_low is None or row.seats_high is None
                              else f"{row.seats_low}–{row.seats_high}")
                line += [_integer(row.seats_pvt, lang), seat_range]
        body.append(line)
    widths = []
    for i, title in enumerate(columns, start=1):
        values = [r[i] for r in body]
        if title == t("col_verdict", lang):  # a long verdict wraps in its cell
            values = [max(v.split(), key=len) for v in values]
        widths.append(_column(title, values, 44.0 if title != t("col_verdict", lang) else 64.0))
    first = max(min(width - sum(widths), 160.0), 70.0)
    # The room left widens the verdict columns, up to their longest verdict on one line.
    verdicts = [i for i, title in enumerate(columns) if title == t("col_verdict", lang)]
    wanted = {i: max(_fit([r[i + 1] for r in body]) - widths[i], 0.0) for i in verdicts}
    spare = width - first - sum(widths)
    if spare > 0 and sum(wanted.values()) > 0:
        share = min(1.0, spare / sum(wanted.values()))
        for i in verdicts:
            widths[i] += wanted[i] * share
    top = [Paragraph(_escape(t("col_contestant", lang)), head)]
    spans = []
    col = 1
    for key, span in groups:
        top += [Paragraph(_escape(t(key, lang)), head)] + [""] * (span - 1)
        spans.append(("SPAN", (col, 0), (col + span - 1, 0)))
        spans.append(("LINEBEFORE", (col, 0), (col, -1), 0.4, AXIS))
        col += span
    second = _heads([""] + columns, head)
    right = ParagraphStyle("analysis-cell-right", parent=cell, alignment=TA_RIGHT)
    rows = [top, second] + [[Paragraph(_escape(r[0]), cell), *(Paragraph(_escape(v), right) for v in r[1:])]
                            for r in body]
    table = Table(rows, colWidths=[first, *widths], repeatRows=2, hAlign="LEFT",
                  style=_table_style(2, [*spans, ("SPAN", (0, 0), (0, 1)),
                                         ("LINEBELOW", (1, 0), (-1, 0), 0.3, AXIS)]))
    intro = (t("threshold_seats", lang).format(threshold=threshold, seats=overview.seats) if with_seats
             else t("threshold_only", lang).format(threshold=threshold))
    return [Paragraph(_escape(t("threshold_heading", lang)), sub), para(intro),
            para(t("observers_cover", lang).format(stations=overview.comparison.stations,
                                                   undecided=_verdict("undecided", lang, level))),
            Spacer(1, 3), table]


def _pvt(tab: Tabulation, names, lang, width, level, sub, cell, head, para) -> list[Flowable]:
    reported = sum(s.reported for s in tab.strata)
    size = sum(s.sampled for s in tab.strata)
    out: list[Flowable] = [
        CondPageBreak(120), Paragraph(_escape(t("pvt_heading", lang)), sub),
        para(t(f"pvt_intro.{tab.source}", lang).format(size=size, strata=len(tab.strata), reported=reported,
                                                      level=level)),
    ]
    short = [s for s in tab.strata if not s.enough]
    if short:
        items = [t("stratum_item", lang).format(name=s.name, reported=s.reported, sampled=s.sampled)
                 for s in short]
        listed = ", ".join(items[:MAX_STRATA_LISTED])
        if len(items) > MAX_STRATA_LISTED:
            listed = t("and_more", lang).format(codes=listed, n=len(items) - MAX_STRATA_LISTED)
        out.append(para(t("pvt_not_ready", lang).format(n=len(short), least=MIN_REPORTED,
                                                        rate=formats.decimal(100 * MIN_RATE, lang, None),
                                                        strata=listed)))
    if tab.unknown_codes:
        out.append(para(t("pvt_unknown_codes", lang).format(n=len(tab.unknown_codes),
                                                            codes=_codes(list(tab.unknown_codes), lang))))
    rows: list[tuple[str, Estimate]] = [(t("row_turnout", lang), tab.turnout), (t("row_invalid", lang), tab.invalid),
                                        *((names.get(code, code), e) for code, e in tab.shares.items())]
    header = [t("col_figure", lang), t("col_estimate", lang), t("col_moe", lang),
              t("col_interval_pct", lang).format(level=level), t("col_official_all", lang), t("col_inside", lang)]

    def inside(e: Estimate) -> str:
        if not tab.ready:
            return t("no_verdict", lang)
        if e.official_inside is None:
            return _unknown(lang)
        return t("inside.yes" if e.official_inside else "inside.no", lang)

    body = [[name, _pct(e.estimate, lang), _points(e.moe, lang, signed=False),
             _interval(e.low, e.high, lang, False, 1), _pct(e.official, lang), inside(e)] for name, e in rows]
    numbers = [_column(header[i], [r[i] for r in body], 72.0) for i in range(1, 6)]
    first = min(_fit([r[0] for r in body]), width - sum(numbers))
    outside = [("TEXTCOLOR", (5, i), (5, i), PEAK) for i, r in enumerate(body, start=1)
               if r[5] == t("inside.no", lang)]
    out += [Spacer(1, 3), Table([_heads(header, head),
                                 *([Paragraph(_escape(r[0]), cell), *r[1:]] for r in body)],
                                colWidths=[first, *numbers], repeatRows=1, hAlign="LEFT",
                                style=_table_style(1, outside))]
    return out


def _forensics(f: Forensics, names, lang, width, sub, cell, head, para) -> list[Flowable]:
    peaks, anomalous, digits = f.integer_peaks, f.anomalous_votes, f.last_digit
    leader = names.get(f.leader, f.leader) if f.leader else _unknown(lang)
    null = (_unknown(lang) if f.stations_used == 0 else
            f"{_number(peaks.null_mean, lang)} ± {_number(peaks.null_sd, lang)}")
    tolerance = formats.decimal(INTEGER_TOLERANCE, lang, None)
    rows = [
        (t("sig_integer", lang), t("m_integer", lang).format(tolerance=tolerance), formats.integer(peaks.observed, lang)),
        ("", t("m_null", lang), null),
        ("", t("m_excess", lang), _unknown(lang) if f.stations_used == 0 else _number(peaks.excess, lang, 1, True)),
        ("", t("m_z", lang), _number(peaks.z, lang, 1, True)),
        (t("sig_anomalous", lang), t("m_clean", lang), _pct(anomalous.clean_turnout, lang, 0) + (
            "" if anomalous.clean_turnout is None else " %")),
        ("", t("m_ratio", lang), _number(anomalous.ratio, lang, 3)),
        ("", t("m_votes", lang), _integer(anomalous.votes, lang)),
        (t("sig_digits", lang).format(least=LAST_DIGIT_MIN), t("m_chi2", lang), _number(digits.chi2, lang)),
        ("", t("m_p", lang), _p_value(digits.p_value, lang)),
        ("", t("m_counts", lang), ", ".join(formats.integer(n, lang) for n in digits.counts) if sum(digits.counts) else _unknown(lang)),
    ]
    value_w = max(_fit([r[2] for r in rows]), 70.0)
    signal_w = 190.0
    measure_w = min(_fit([r[1] for r in rows]), width - signal_w - value_w)
    table = Table([[t("col_signal", lang), t("col_measure", lang), t("col_value", lang)],
                   *([Paragraph(_escape(r[0]), cell), Paragraph(_escape(r[1]), cell), r[2]] for r in rows)],
                  colWidths=[signal_w, measure_w, value_w], repeatRows=1, hAlign="LEFT",
                  style=_table_style(1, [("ALIGN", (1, 1), (1, -1), "LEFT"),
                                         *(("LINEABOVE", (0, i), (-1, i), 0.3, AXIS) for i in (5, 8))]))
    out: list[Flowable] = [
        Paragraph(_escape(t("forensics_heading", lang)), sub),
        para(t("forensics_intro", lang).format(least=MIN_REGISTERED, used=f.stations_used, leader=leader,
                                               most=formats.decimal(100 * MAX_FRACTION, lang, None))),
        Spacer(1, 3), table, Spacer(1, 6),
    ]
    if f.stations_used:
        fingerprint_size = 190.0
        hist_w = width - fingerprint_size - 70.0 - 12
        pictures = Table([[FingerprintFlowable(f.fingerprint, fingerprint_size, lang),
                           [histogram(f.turnout_histogram, hist_w, 124.0, t("hist_turnout", lang),
                                      t("axis_turnout", lang), lang),
                            Spacer(1, 6),
                            histogram(f.share_histogram, hist_w, 124.0, t("hist_share", lang),
                                      t("axis_share", lang), lang)]]],
                         colWidths=[fingerprint_size + 70.0 + 12, hist_w],
                         style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]), hAlign="LEFT")
        out.append(pictures)
    else:
        out.append(para(t("no_pictures", lang)))
    # The signals and their pictures on one page (a new one when they do not fit below the PVT).
    out = [KeepTogether(out)]
    out += [Spacer(1, 4),
            para(t("list_integer", lang).format(n=len(peaks.stations), codes=_codes(list(peaks.stations), lang))),
            para(t("list_anomalous", lang).format(n=len(anomalous.stations),
                                                  codes=_codes(list(anomalous.stations), lang)))]
    return out


# --- pictures --------------------------------------------------------------------------------------

class FingerprintFlowable(Flowable):
    """The turnout x leader-share fingerprint (observer_app.analysis.pictures) as an image, with
    its axes in percent, their titles, and a scale of the colours."""

    LEFT = 34.0
    BOTTOM = 26.0
    TOP = 14.0

    def __init__(self, grid: np.ndarray, size: float, lang: str):
        super().__init__()
        self.grid, self.size, self.lang = grid, size, lang
        self.width = self.LEFT + size + 70.0
        self.height = self.BOTTOM + size + self.TOP + 30.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _image(self) -> ImageReader:
        from PIL import Image  # reportlab's own dependency

        rgb = fingerprint_rgb(self.grid)
        picture = Image.fromarray(rgb, "RGB")
        # Scaled up by whole pixels here, so that every viewer shows crisp 1 % cells.
        return ImageReader(picture.resize((rgb.shape[1] * 4, rgb.shape[0] * 4), Image.NEAREST))

    def draw(self) -> None:
        c, lang, size = self.canv, self.lang, self.size
        x0, y0 = self.LEFT, self.BOTTOM + 30.0
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(0, y0 + size + 5, t("fp_title", lang))
        c.drawImage(self._image(), x0, y0, size, size)
        c.setStrokeColor(AXIS)
        c.setLineWidth(0.5)
        c.rect(x0, y0, size, size, stroke=1, fill=0)
        c.setFont(FONT, 6.5)
        c.setFillColor(MUTED)
        for value in range(0, 101, 20):
            x = x0 + size * value / 100
            y = y0 + size * value / 100
            c.line(x, y0, x, y0 - 2.5)
            c.drawCentredString(x, y0 - 9.5, str(value))
            c.line(x0, y, x0 - 2.5, y)
            c.drawRightString(x0 - 4, y - 2.3, str(value))
        c.setFont(FONT_BOLD, 6.5)
        c.drawCentredString(x0 + size / 2, y0 - 19.5, t("axis_turnout", lang))
        c.saveState()
        c.translate(x0 - 22, y0 + size / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, t("axis_share", lang))
        c.restoreState()
        # The colour scale, under the axis title: the lightest filled cell to the darkest.
        ramp = fingerprint_rgb(np.array([[10.0 ** (k / 8)] for k in range(17)]))[0]
        bar_w = size / len(ramp)
        for k, (r, g, b) in enumerate(ramp):
            c.setFillColorRGB(r / 255, g / 255, b / 255)
            c.rect(x0 + k * bar_w, 4, bar_w + 0.2, 6, stroke=0, fill=1)
        c.setStrokeColor(AXIS)
        c.rect(x0, 4, size, 6, stroke=1, fill=0)
        c.setFillColor(MUTED)
        c.setFont(FONT, 6.5)
        c.drawString(x0 + size + 4, 5, t("legend_scale", lang))


def histogram(counts: np.ndarray, width: float, height: float, title: str, axis: str, lang: str) -> Drawing:
    """Stations per 0.1 % bin (forensics' HISTOGRAM_BINS) as thin bars, those centred on a whole
    percentage in red (the integer peaks stand out as red spikes), with labelled axes."""
    counts = np.asarray(counts)
    step_text = formats.decimal(100 / HISTOGRAM_BINS, lang, None)
    drawing = Drawing(width, height, initialFontName=FONT)
    left, right, bottom, top = 34.0, 8.0, 28.0, 14.0
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing.add(String(0, height - 8, title.format(step=step_text), fontName=FONT_BOLD, fontSize=7.5, fillColor=INK))
    highest = int(counts.max()) if len(counts) else 0
    step = nice_step(max(highest, 1), 3)
    y_max = step * math.ceil(max(highest, 1) / step)
    value = 0.0
    while value <= y_max + 1e-9:
        y = bottom + plot_h * value / y_max
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID if value else AXIS, strokeWidth=0.5))
        drawing.add(String(left - 3, y - 2.3, formats.decimal(value, lang, None), fontName=FONT, fontSize=6.5,
                           fillColor=MUTED, textAnchor="end"))
        value += step
    bins = len(counts)
    bar = plot_w / max(bins, 1)
    whole = np.arange(bins) % (bins // 100 or 1) == 0 if bins >= 100 else np.zeros(bins, bool)
    for i in np.flatnonzero(counts):
        x = left + bar * (i + 0.5)
        drawing.add(Line(x, bottom, x, bottom + plot_h * counts[i] / y_max, strokeWidth=max(bar, 0.35),
                         strokeColor=PEAK if whole[i] else BAR))
    for value in range(0, 101, 10):
        x = left + plot_w * value / 100
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=AXIS, strokeWidth=0.5))
        drawing.add(String(x, bottom - 9.5, str(value), fontName=FONT, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
    drawing.add(String(left + plot_w / 2, bottom - 19.5, axis, fontName=FONT_BOLD, fontSize=6.5,
                       fillColor=MUTED, textAnchor="middle"))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=AXIS, strokeWidth=0.5))
    return drawing
