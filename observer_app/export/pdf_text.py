"""The PDF layer's own words (titles, column headers, labels of the domain's codes) in en/ru/kk.

The domain returns codes (obstruction kinds, stages, incident categories, protocol sources,
relation results); this module gives each its label in the summary's language. Party and
protocol-line names come from the election template, not from here. Placeholders are
`str.format` fields: `t("footer", lang).format(code=..., page=..., pages=..., time=...)`.
The English wording follows the app's screens (ui/labels.py, ui/summary.py), so the screen and
the PDF agree.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "kk")
FALLBACK = "en"

# What a signed PDF of the app says about itself, machine-readable: custom entries of its
# document information dictionary (inside the signed byte range, like all of the file), read by
# `observer-app verify` (observer_app/signing.py) and by `pdfinfo -custom`. The observer id is
# the one the document names (a summary prints it; a report is its signer's); the station code
# is a summary's.
STATED_OBSERVER_KEY = "ObserverApp.ObserverId"
STATED_STATION_KEY = "ObserverApp.StationCode"

TEXTS: dict[str, dict[str, str]] = {
    # --- title and footer ----------------------------------------------------------------------
    "title": {
        "en": "Observer's report from polling station {code}",
        "ru": "Отчёт наблюдателя: избирательный участок {code}",
        "kk": "Байқаушының есебі: {code} сайлау учаскесі",
    },
    "footer": {
        "en": "Station {code} · page {page} of {pages} · generated {time}",
        "ru": "Участок {code} · стр. {page} из {pages} · создан {time}",
        "kk": "{code} учаскесі · {pages} беттің {page}-беті · жасалған уақыты {time}",
    },
    "pdf_subject": {
        "en": "Observer's report: protocol, obstructions, turnout, incidents, photos",
        "ru": "Отчёт наблюдателя: протокол, препятствия, явка, нарушения, фотографии",
        "kk": "Байқаушының есебі: хаттама, кедергілер, сайлаушылардың келуі, бұзушылықтар, фотосуреттер",
    },
    # --- marks on every page: a demonstration election, a draft protocol -----------------------
    "mark_demo": {
        "en": "DEMO — demonstration data, not evidence from a real polling station",
        "ru": "ДЕМО (DEMO) — демонстрационные данные, а не свидетельства с реального участка",
        "kk": "ДЕМО (DEMO) — демонстрациялық деректер, нақты учаскенің айғағы емес",
    },
    "mark_draft": {
        "en": "DRAFT — the protocol is a draft: its figures are not final",
        "ru": "ЧЕРНОВИК (DRAFT) — протокол не окончательный: его числа могут измениться",
        "kk": "ЖОБА (DRAFT) — хаттама түпкілікті емес: оның сандары өзгеруі мүмкін",
    },
    # --- findings: what page 1 opens with ------------------------------------------------------
    "section_findings": {"en": "Findings", "ru": "Основные факты", "kk": "Негізгі фактілер"},
    "finding_obstructions": {"en": "Obstructions", "ru": "Препятствия", "kk": "Кедергілер"},
    "finding_protocol": {"en": "Protocol", "ru": "Протокол", "kk": "Хаттама"},
    "finding_headcount": {"en": "Head-count", "ru": "Подсчёт явки", "kk": "Келуді санау"},
    "finding_clock": {"en": "Clock", "ru": "Часы ноутбука", "kk": "Ноутбук сағаты"},
    "from_start": {"en": "from {start}", "ru": "с {start}", "kk": "{start} бастап"},
    "still_open_at": {"en": "still open at {time}", "ru": "не закончилось к {time}",
                      "kk": "{time} кезінде әлі жалғасуда"},
    "when_made": {"en": "(when this summary was made)", "ru": "(время составления отчёта)",
                  "kk": "(есеп жасалған уақыт)"},
    "until_left": {"en": "until the observer left", "ru": "до ухода наблюдателя",
                   "kk": "байқаушы кеткенге дейін"},
    "ordered_by_finding": {"en": "ordered by {who}", "ru": "распорядился: {who}", "kk": "нұсқау берген: {who}"},
    "more_obstructions": {
        "en": "… and {n} more (see “{section}”).",
        "ru": "… и ещё {n} (см. «{section}»).",
        "kk": "… және тағы {n} («{section}» бөлімін қараңыз).",
    },
    "relation_off": {"en": "{formula}: {numbers}, off by {off}", "ru": "{formula}: {numbers}, расхождение {off}",
                     "kk": "{formula}: {numbers}, айырма {off}"},
    "protocol_draft": {
        "en": "The protocol is a draft: its figures are not final.",
        "ru": "Протокол — черновик: его числа не окончательные.",
        "kk": "Хаттама — жоба: оның сандары түпкілікті емес.",
    },
    "protocol_not_shown": {
        "en": "The protocol was not shown to the observer.",
        "ru": "Протокол наблюдателю не показали.",
        "kk": "Хаттама байқаушыға көрсетілмеді.",
    },
    "source_not_chosen": {"en": "not given", "ru": "не указан", "kk": "көрсетілмеген"},  # as on screen
    "registered_differs": {
        "en": "Line {number} says {protocol} voters on the list; the station list says {station}.",
        "ru": "В строке {number} протокола {protocol} избирателей в списке, по списку участков — {station}.",
        "kk": "Хаттаманың {number}-жолында тізімде {protocol} сайлаушы, учаскелер тізімінде — {station}.",
    },
    "coverage": {
        "en": "Counted {start}–{end}, {out}: {counted} voters.",
        "ru": "Подсчёт {start}–{end}, {out}; насчитано избирателей: {counted}.",
        "kk": "Санақ {start}–{end} аралығында, {out}; саналған сайлаушылар: {counted}.",
    },
    "out_of_station": {"en": "{duration} out of the station", "ru": "вне участка {duration}",
                       "kk": "учаскеден тыс {duration}"},
    "no_time_out": {"en": "no time out of the station recorded", "ru": "время вне участка не записано",
                    "kk": "учаскеден тыс уақыт жазылмаған"},
    "coverage_no_arrival": {
        "en": "Arrival not recorded: from the first count.",
        "ru": "Время прибытия не записано: с первого подсчёта.",
        "kk": "Келген уақыты жазылмаған: алғашқы санақтан бастап.",
    },
    "coverage_no_departure": {
        "en": "Departure not recorded: to the last count.",
        "ru": "Время ухода не записано: до последнего подсчёта.",
        "kk": "Кеткен уақыты жазылмаған: соңғы санаққа дейін.",
    },
    "cmp_more": {
        "en": "Protocol line {number} “{name}”: {issued}. The protocol says {difference} more than "
              "were counted in those hours.",
        "ru": "Строка {number} протокола «{name}»: {issued}; по протоколу на {difference} больше, чем "
              "насчитано за эти часы.",
        "kk": "Хаттаманың {number}-жолы «{name}»: {issued}; хаттама бойынша сол сағаттарда "
              "саналғаннан {difference} артық.",
    },
    "cmp_more_partial": {
        "en": "The protocol covers the whole voting day, the head-count only these hours: the voters of "
              "the hours not observed are part of the difference, so it does not by itself show that "
              "ballots were added.",
        "ru": "Протокол охватывает весь день голосования, а подсчёт — только эти часы: избиратели "
              "ненаблюдавшихся часов входят в разницу, поэтому сама по себе она не доказывает вброс.",
        "kk": "Хаттама бүкіл дауыс беру күнін қамтиды, ал санақ — тек осы сағаттарды: байқалмаған "
              "сағаттардағы сайлаушылар айырмаға кіреді, сондықтан ол өз бетінше бюллетень "
              "қосылғанын дәлелдемейді.",
    },
    "cmp_more_whole_day": {
        "en": "The observer counted the whole voting day ({opens}–{closes}): the protocol shows {difference} "
              "more ballots issued than voters seen receiving one.",
        "ru": "Наблюдатель вёл подсчёт весь день голосования ({opens}–{closes}): по протоколу выдано на "
              "{difference} бюллетеней больше, чем избирателей получили их на глазах наблюдателя.",
        "kk": "Байқаушы бүкіл дауыс беру күні бойы ({opens}–{closes}) санады: хаттама бойынша берілген "
              "бюллетеньдер байқаушы көзінше бюллетень алған сайлаушылардан {difference} артық.",
    },
    "cmp_fewer": {
        "en": "Protocol line {number} “{name}”: {issued}. The protocol says {difference} fewer than were "
              "counted in those hours alone.",
        "ru": "Строка {number} протокола «{name}»: {issued}; это на {difference} меньше, чем насчитано "
              "только за эти часы.",
        "kk": "Хаттаманың {number}-жолы «{name}»: {issued}; бұл тек сол сағаттарда саналғаннан "
              "{difference} кем.",
    },
    "cmp_fewer_note": {
        "en": "Fewer ballots issued than the observer saw being issued, whatever happened in the other hours.",
        "ru": "Бюллетеней выдано меньше, чем наблюдатель видел выданными, что бы ни происходило в другие часы.",
        "kk": "Басқа сағаттарда не болса да, берілген бюллетеньдер байқаушы көзінше берілгеннен аз.",
    },
    "cmp_equal": {
        "en": "Protocol line {number} “{name}”: {issued}, as many as were counted in those hours.",
        "ru": "Строка {number} протокола «{name}»: {issued}, столько же, сколько насчитано за эти часы.",
        "kk": "Хаттаманың {number}-жолы «{name}»: {issued}, сол сағаттарда саналғанмен бірдей.",
    },
    "cmp_no_figure": {
        "en": "Protocol line {number} “{name}” is not filled in: nothing to compare.",
        "ru": "Строка {number} протокола «{name}» не заполнена: сравнивать не с чем.",
        "kk": "Хаттаманың {number}-жолы «{name}» толтырылмаған: салыстыратын ештеңе жоқ.",
    },
    "cmp_no_protocol": {
        "en": "No protocol recorded: nothing to compare.",
        "ru": "Протокол не записан: сравнивать не с чем.",
        "kk": "Хаттама жазылмаған: салыстыратын ештеңе жоқ.",
    },
    "no_headcount": {
        "en": "No head-count was recorded: nothing to compare with the protocol.",
        "ru": "Подсчёт явки не вёлся: сравнивать с протоколом нечего.",
        "kk": "Келуді санау жүргізілмеген: хаттамамен салыстыратын ештеңе жоқ.",
    },
    "cmp_not_counted": {
        "en": "No voter was counted in the hours observed: nothing to compare with the protocol.",
        "ru": "За наблюдавшиеся часы никто не подсчитан: сравнивать с протоколом нечего.",
        "kk": "Байқалған сағаттарда ешкім саналмаған: хаттамамен салыстыратын ештеңе жоқ.",
    },
    "includes_outside": {
        "en": "The line also counts ballots issued outside the premises (the mobile ballot box).",
        "ru": "В эту строку входят и бюллетени, выданные вне помещения (для переносного ящика).",
        "kk": "Бұл жолға үй-жайдан тыс (көшпелі жәшік үшін) берілген бюллетеньдер де кіреді.",
    },
    "counted_while_out": {
        "en": "{n} voters counted while the observer's own record says they were out of the station are "
              "left out of the comparison.",
        "ru": "Избиратели, подсчитанные, когда наблюдатель по своим же записям был вне участка ({n}), "
              "в сравнение не входят.",
        "kk": "Байқаушы өз жазбасы бойынша учаскеден тыс болған кезде саналған сайлаушылар ({n}) "
              "салыстыруға кірмейді.",
    },
    "counted_outside": {
        "en": "{n} voters counted before the arrival or after the departure are left out of the comparison.",
        "ru": "Избиратели, подсчитанные до прибытия или после ухода наблюдателя ({n}), в сравнение не входят.",
        "kk": "Байқаушы келгенге дейін немесе кеткеннен кейін саналған сайлаушылар ({n}) салыстыруға кірмейді.",
    },
    "clock_other_day": {
        "en": "The records are dated {day}; the election day is {election}: check the laptop's clock.",
        "ru": "Записи датированы {day}, а день выборов — {election}: проверьте часы ноутбука.",
        "kk": "Жазбалардың күні — {day}, ал сайлау күні — {election}: ноутбук сағатын тексеріңіз.",
    },
    # --- sections ------------------------------------------------------------------------------
    "section_station": {"en": "Polling station", "ru": "Избирательный участок", "kk": "Сайлау учаскесі"},
    "section_observer": {"en": "Observer", "ru": "Наблюдатель", "kk": "Байқаушы"},
    "section_protocol": {
        "en": "Protocol of the voting results",
        "ru": "Протокол об итогах голосования",
        "kk": "Дауыс беру қорытындылары туралы хаттама",
    },
    "section_relations": {"en": "Control relations", "ru": "Контрольные соотношения",
                          "kk": "Бақылау арақатынастары"},
    "section_obstructions": {
        "en": "Obstructions to observation",
        "ru": "Препятствия наблюдению",
        "kk": "Байқауға келтірілген кедергілер",
    },
    "section_turnout": {"en": "Turnout", "ru": "Явка", "kk": "Сайлаушылардың келуі"},
    "section_incidents": {"en": "Incidents", "ru": "Нарушения и инциденты",
                          "kk": "Бұзушылықтар мен оқиғалар"},
    "section_photos": {"en": "Attached photos", "ru": "Приложенные фотографии",
                       "kk": "Тіркелген фотосуреттер"},
    # --- station, observer, visit --------------------------------------------------------------
    "station_code": {"en": "Code", "ru": "Номер участка", "kk": "Учаске нөмірі"},
    "address": {"en": "Address", "ru": "Адрес", "kk": "Мекенжайы"},
    "region_district": {"en": "Region, district", "ru": "Регион, район", "kk": "Өңір, аудан"},
    "registered_voters": {
        "en": "Registered voters (station list)",
        "ru": "Избирателей в списке участка",
        "kk": "Учаске тізіміндегі сайлаушылар",
    },
    "unknown": {"en": "unknown", "ru": "неизвестно", "kk": "белгісіз"},
    "observer_name": {"en": "Name", "ru": "ФИО", "kk": "Аты-жөні"},
    "organisation": {"en": "Organisation", "ru": "Организация", "kk": "Ұйым"},
    "contact": {"en": "Contact", "ru": "Контакты", "kk": "Байланыс"},
    "observer_id": {"en": "Observer ID", "ru": "Идентификатор наблюдателя",
                    "kk": "Байқаушының сәйкестендіргіші"},
    "not_filled_in": {"en": "not filled in", "ru": "не заполнено", "kk": "толтырылмаған"},
    "arrived": {"en": "Arrived", "ru": "Время прибытия", "kk": "Келген уақыты"},
    "departed": {"en": "Left", "ru": "Время ухода", "kk": "Кеткен уақыты"},
    "not_recorded": {"en": "not recorded", "ru": "не записано", "kk": "жазылмаған"},
    "local_time": {
        "en": "Times are local ({offset}).",
        "ru": "Время местное ({offset}).",
        "kk": "Уақыт жергілікті ({offset}).",
    },
    # --- protocol ------------------------------------------------------------------------------
    "no_protocol": {
        "en": "No protocol recorded at this station.",
        "ru": "Протокол на этом участке не записан.",
        "kk": "Бұл учаскеде хаттама жазылмаған.",
    },
    "source": {"en": "Source", "ru": "Источник", "kk": "Дереккөзі"},
    "status": {"en": "Status", "ru": "Статус", "kk": "Мәртебесі"},
    "recorded": {"en": "Recorded", "ru": "Записан", "kk": "Жазылған уақыты"},
    "as_on_official_copy": {
        "en": "Confirmed as on the official copy",
        "ru": "Подтверждено, что так в официальной копии",
        "kk": "Ресми көшірмеде дәл солай екені расталды",
    },
    "yes": {"en": "Yes", "ru": "Да", "kk": "Иә"},
    "no": {"en": "No", "ru": "Нет", "kk": "Жоқ"},
    "commission_signed": {"en": "Signed by the commission", "ru": "Подписан комиссией",
                          "kk": "Комиссия қол қойды"},
    "certified_by": {"en": "Copy certified by", "ru": "Копию заверил", "kk": "Көшірмені куәландырған"},
    "col_in_words": {"en": "In words", "ru": "Прописью", "kk": "Жазумен"},
    "protocol_photos": {"en": "Photos of the protocol", "ru": "Фотографии протокола",
                        "kk": "Хаттаманың фотосуреттері"},
    "col_number": {"en": "No.", "ru": "№", "kk": "№"},
    "col_line": {"en": "Protocol line", "ru": "Строка протокола", "kk": "Хаттама жолы"},
    "col_value": {"en": "Number", "ru": "Число", "kk": "Саны"},
    "col_percent_valid": {"en": "% of valid", "ru": "% от действ.", "kk": "Жарамдыдан, %"},
    "votes_heading": {
        "en": "Votes for the parties (candidates), in ballot order",
        "ru": "Голоса за партии (кандидатов) в порядке бюллетеня",
        "kk": "Партияларға (кандидаттарға) берілген дауыстар, бюллетеньдегі ретімен",
    },
    "value_unknown": {"en": "—", "ru": "—", "kk": "—"},
    "unknown_note": {
        "en": "— : not filled in (unknown, not zero).",
        "ru": "— : не заполнено (неизвестно, а не ноль).",
        "kk": "— : толтырылмаған (белгісіз, нөл емес).",
    },
    "sum_votes": {"en": "Σ votes", "ru": "Σ голосов", "kk": "Σ дауыс"},
    # --- control relations ---------------------------------------------------------------------
    "col_relation": {"en": "Relation", "ru": "Соотношение", "kk": "Арақатынас"},
    "col_meaning": {"en": "Meaning", "ru": "Что проверяется", "kk": "Не тексеріледі"},
    "col_result": {"en": "Result", "ru": "Результат", "kk": "Нәтижесі"},
    "relations_summary_fail": {
        "en": "{failed} of {total} control relations fail.",
        "ru": "Не выполнено контрольных соотношений: {failed} из {total}.",
        "kk": "Орындалмаған бақылау арақатынастары: {failed} / {total}.",
    },
    "relations_summary_unknown": {
        "en": "{unknown} of {total} control relations cannot be checked yet.",
        "ru": "Контрольные соотношения, которые пока нельзя проверить: {unknown} из {total}.",
        "kk": "Әзірге тексерілмейтін бақылау арақатынастары: {unknown} / {total}.",
    },
    "relations_summary_pass": {
        "en": "All {total} control relations pass.",
        "ru": "Все контрольные соотношения ({total}) выполнены.",
        "kk": "Барлық бақылау арақатынастары орындалды ({total}).",
    },
    # --- turnout -------------------------------------------------------------------------------
    "headcount": {
        "en": "Head-count (voters seen receiving a ballot)",
        "ru": "Подсчёт наблюдателя (избиратели, получившие бюллетень)",
        "kk": "Байқаушының санағы (бюллетень алған сайлаушылар)",
    },
    "independent_turnout": {"en": "Independent turnout", "ru": "Независимая оценка явки",
                            "kk": "Тәуелсіз есептелген келу"},
    "percent_of_registered": {
        "en": "{percent} of {registered} registered",
        "ru": "{percent} от {registered} избирателей в списке",
        "kk": "тізімдегі {registered} сайлаушының {percent}-ы",
    },
    "headcount_none": {"en": "none recorded", "ru": "не вёлся", "kk": "жүргізілмеген"},
    "turnout_not_counted": {
        "en": "not computed: no head-count was recorded",
        "ru": "не вычисляется: подсчёт явки не вёлся",
        "kk": "есептелмейді: келуді санау жүргізілмеген",
    },
    "turnout_not_computable": {
        "en": "cannot be computed: registered voters unknown",
        "ru": "не вычисляется: число избирателей в списке неизвестно",
        "kk": "есептелмейді: тізімдегі сайлаушылар саны белгісіз",
    },
    "protocol_line": {
        "en": "Protocol line {number} “{name}”",
        "ru": "Строка {number} протокола «{name}»",
        "kk": "Хаттаманың {number}-жолы «{name}»",
    },
    "value_with_percent": {"en": "{value} ({percent})", "ru": "{value} ({percent})",
                           "kk": "{value} ({percent})"},
    "headcount_hours": {"en": "Hours counted", "ru": "Часы подсчёта", "kk": "Санақ сағаттары"},
    "hours_counted_only": {
        "en": "{percent} of {registered} registered, in the hours counted only",
        "ru": "{percent} от {registered} избирателей в списке, только за часы подсчёта",
        "kk": "тізімдегі {registered} сайлаушының {percent}-ы, тек санақ сағаттарында",
    },
    "difference": {
        "en": "Protocol against the head-count",
        "ru": "Протокол и подсчёт наблюдателя",
        "kk": "Хаттама мен байқаушы санағы",
    },
    "difference_more": {
        "en": "the protocol says {difference} more than were counted in those hours",
        "ru": "по протоколу на {difference} больше, чем насчитано за эти часы",
        "kk": "хаттама бойынша сол сағаттарда саналғаннан {difference} артық",
    },
    "difference_fewer": {
        "en": "the protocol says {difference} fewer than were counted in those hours alone",
        "ru": "по протоколу на {difference} меньше, чем насчитано только за эти часы",
        "kk": "хаттама бойынша тек сол сағаттарда саналғаннан {difference} кем",
    },
    "difference_none": {
        "en": "the protocol says as many as were counted in those hours",
        "ru": "по протоколу столько же, сколько насчитано за эти часы",
        "kk": "хаттама бойынша сол сағаттарда саналғанмен бірдей",
    },
    "col_hour": {"en": "Hour", "ru": "Час", "kk": "Сағат"},
    "col_counted": {"en": "Counted", "ru": "За час", "kk": "Сағат ішінде"},
    "col_cumulative": {"en": "Cumulative", "ru": "Всего", "kk": "Барлығы"},
    "col_turnout_percent": {"en": "% of registered", "ru": "% от списка", "kk": "Тізімнен, %"},
    "col_announced": {"en": "Announced by the commission", "ru": "Объявлено комиссией",
                      "kk": "Комиссия жариялады"},
    "col_absent": {"en": "Out of station, min", "ru": "Вне участка, мин", "kk": "Учаскеден тыс, мин"},
    "announced_voters": {"en": "{voters} voters", "ru": "{voters} изб.", "kk": "{voters} сайлаушы"},
    "no_turnout": {
        "en": "No head-count or announced turnout recorded.",
        "ru": "Подсчёт явки не вёлся, объявленная явка не записана.",
        "kk": "Санақ жүргізілмеген, жарияланған келу жазылмаған.",
    },
    "absence_note": {
        "en": "While the observer was out of the station (grey bands) nobody was counted.",
        "ru": "Пока наблюдатель был вне участка (серые полосы), подсчёт не вёлся.",
        "kk": "Байқаушы учаскеден тыс болған кезде (сұр жолақтар) санақ жүргізілмеді.",
    },
    "absence_note_counted": {
        "en": "Grey bands: the observer was out of the station. {n} voters were counted then; they are "
              "left out of the comparison with the protocol.",
        "ru": "Серые полосы: наблюдатель вне участка. В это время подсчитано избирателей: {n}; в сравнение "
              "с протоколом они не входят.",
        "kk": "Сұр жолақтар: байқаушы учаскеден тыс. Сол кезде саналған сайлаушылар: {n}; олар "
              "хаттамамен салыстыруға кірмейді.",
    },
    "chart_time_axis": {"en": "Local time ({offset})", "ru": "Местное время ({offset})",
                        "kk": "Жергілікті уақыт ({offset})"},
    "chart_voters_axis": {"en": "Voters", "ru": "Избиратели", "kk": "Сайлаушылар"},
    "chart_counted": {
        "en": "Counted by the observer (cumulative)",
        "ru": "Подсчёт наблюдателя (нарастающим итогом)",
        "kk": "Байқаушының санағы (жинақталған)",
    },
    "chart_announced": {"en": "Announced by the commission", "ru": "Объявлено комиссией",
                        "kk": "Комиссия жариялаған"},
    "chart_absent": {"en": "Observer out of the station", "ru": "Наблюдатель вне участка",
                     "kk": "Байқаушы учаскеден тыс"},
    # --- obstructions --------------------------------------------------------------------------
    "col_obstruction": {"en": "Obstruction", "ru": "Препятствие", "kk": "Кедергі"},
    "col_stage": {"en": "Stage", "ru": "Этап", "kk": "Кезең"},
    "col_from_to": {"en": "From – to", "ru": "С – по", "kk": "Басталуы – аяқталуы"},
    "col_ordered_by": {"en": "Ordered by", "ru": "Кто распорядился", "kk": "Кім нұсқау берді"},
    "col_details": {"en": "Stated reason, witnesses, notes", "ru": "Названная причина, свидетели, примечания",
                    "kk": "Айтылған себеп, куәлар, ескертпелер"},
    "stated_reason": {"en": "Stated reason", "ru": "Названная причина", "kk": "Айтылған себеп"},
    "witnesses": {"en": "Witnesses", "ru": "Свидетели", "kk": "Куәлар"},
    "notes": {"en": "Notes", "ru": "Примечания", "kk": "Ескертпелер"},
    "ongoing": {"en": "ongoing", "ru": "продолжается", "kk": "жалғасуда"},
    "minutes": {"en": "{minutes} min", "ru": "{minutes} мин", "kk": "{minutes} мин"},
    "hours_minutes": {"en": "{hours} h {minutes} min", "ru": "{hours} ч {minutes} мин",
                      "kk": "{hours} сағ {minutes} мин"},
    "none_recorded": {"en": "None recorded.", "ru": "Не зафиксировано.", "kk": "Тіркелмеген."},
    # --- incidents and photos ------------------------------------------------------------------
    "col_time": {"en": "Time", "ru": "Время", "kk": "Уақыты"},
    "col_category": {"en": "Category", "ru": "Категория", "kk": "Санаты"},
    "col_description": {"en": "Description", "ru": "Описание", "kk": "Сипаттамасы"},
    "col_photos": {"en": "Photos", "ru": "Фото", "kk": "Фото"},
    "photo_refs": {"en": "photo {numbers}", "ru": "фото {numbers}", "kk": "фото {numbers}"},
    "col_attached_to": {"en": "Attached to", "ru": "К чему приложено", "kk": "Неге тіркелген"},
    "col_file": {"en": "File", "ru": "Файл", "kk": "Файл"},
    "col_size": {"en": "Size, bytes", "ru": "Размер, байт", "kk": "Көлемі, байт"},
    "col_sha256": {"en": "SHA-256", "ru": "SHA-256", "kk": "SHA-256"},
    "owner_protocol": {"en": "Protocol", "ru": "Протокол", "kk": "Хаттама"},
    "owner_incident": {"en": "Incident at {time}", "ru": "Нарушение в {time}", "kk": "{time} бұзушылығы"},
    "owner_obstruction": {"en": "Obstruction at {time}", "ru": "Препятствие в {time}",
                          "kk": "{time} кедергісі"},
    "no_photos": {"en": "No photos attached.", "ru": "Фотографии не приложены.",
                  "kk": "Фотосуреттер тіркелмеген."},
    "photos_note": {
        "en": "The photos themselves travel in the signed export bundle; their SHA-256 here "
              "ties each one to this report.",
        "ru": "Сами фотографии передаются в подписанном пакете экспорта; SHA-256 здесь связывает "
              "каждую из них с этим отчётом.",
        "kk": "Фотосуреттердің өзі қол қойылған экспорт пакетінде беріледі; мұндағы SHA-256 "
              "әрқайсысын осы есеппен байланыстырады.",
    },
    # --- signature -----------------------------------------------------------------------------
    "signed_by": {
        "en": "Digitally signed by {signer}",
        "ru": "Подписано электронной подписью: {signer}",
        "kk": "Электрондық қолтаңбамен қол қойған: {signer}",
    },
    "certificate_fingerprint": {
        "en": "Signer's certificate, SHA-256 fingerprint:",
        "ru": "Сертификат подписавшего, отпечаток SHA-256:",
        "kk": "Қол қоюшының сертификаты, SHA-256 саусақ ізі:",
    },
    "how_to_verify": {
        "en": "To check the signature: open the file in Adobe Reader (the Signatures panel); or run "
              "“pdfsig FILE.pdf”; or “observer-app verify FILE.pdf --trust ca.pem” with the "
              "organisation's ca.pem.",
        "ru": "Как проверить подпись: откройте файл в Adobe Reader (панель «Подписи»); или выполните "
              "«pdfsig ФАЙЛ.pdf»; или «observer-app verify ФАЙЛ.pdf --trust ca.pem» с файлом ca.pem "
              "организации.",
        "kk": "Қолтаңбаны тексеру: файлды Adobe Reader-де ашыңыз («Қолтаңбалар» панелі); немесе "
              "«pdfsig ФАЙЛ.pdf» іске қосыңыз; немесе ұйымның ca.pem файлымен «observer-app verify "
              "ФАЙЛ.pdf --trust ca.pem».",
    },
    "handwritten_title": {
        "en": "Observer's handwritten signature",
        "ru": "Собственноручная подпись наблюдателя",
        "kk": "Байқаушының өз қолы",
    },
    "hand_signature": {"en": "Signature", "ru": "Подпись", "kk": "Қолы"},
    "hand_place": {"en": "Place", "ru": "Место", "kk": "Орны"},
    "hand_date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "not_signed": {"en": "Not signed", "ru": "Не подписан", "kk": "Қол қойылмаған"},
    "not_signed_note": {
        "en": "This copy carries no digital signature: nothing shows who made it or that it is unchanged.",
        "ru": "У этой копии нет электронной подписи: ничто не подтверждает, кто её создал и что она "
              "не изменена.",
        "kk": "Бұл көшірмеде электрондық қолтаңба жоқ: оны кім жасағаны және өзгертілмегені расталмайды.",
    },
    "generated": {"en": "Generated {time}", "ru": "Создан {time}", "kk": "Жасалған уақыты: {time}"},
    # --- labels of the domain's codes ----------------------------------------------------------
    "kind.removed": {"en": "Removed from the station", "ru": "Удалён с участка",
                     "kk": "Учаскеден шығарылды"},
    "kind.not_admitted": {"en": "Not admitted", "ru": "Не допущен на участок",
                          "kk": "Учаскеге жіберілмеді"},
    "kind.protocol_not_shown": {"en": "Protocol not shown", "ru": "Протокол не показан",
                                "kk": "Хаттама көрсетілмеді"},
    "kind.copy_refused": {"en": "Certified copy refused", "ru": "Отказ в заверенной копии",
                          "kk": "Куәландырылған көшірме берілмеді"},
    "kind.photo_forbidden": {"en": "Photo/video forbidden", "ru": "Запрет фото- и видеосъёмки",
                             "kk": "Фото-бейнетүсіруге тыйым салынды"},
    "kind.view_restricted": {"en": "View of the count restricted", "ru": "Ограничен обзор подсчёта",
                             "kk": "Санауды бақылау шектелді"},
    "kind.other": {"en": "Other obstruction", "ru": "Другое препятствие", "kk": "Өзге кедергі"},
    "stage.": {"en": "—", "ru": "—", "kk": "—"},
    "stage.opening": {"en": "Opening", "ru": "Открытие участка", "kk": "Учаскенің ашылуы"},
    "stage.voting": {"en": "Voting", "ru": "Голосование", "kk": "Дауыс беру"},
    "stage.counting": {"en": "Counting", "ru": "Подсчёт голосов", "kk": "Дауыстарды санау"},
    "stage.tabulation": {"en": "Tabulation", "ru": "Установление итогов",
                         "kk": "Қорытындыларды шығару"},
    "category.ballot_stuffing": {"en": "Ballot stuffing", "ru": "Вброс бюллетеней",
                                 "kk": "Бюллетеньдерді заңсыз салу"},
    "category.carousel": {"en": "Carousel voting", "ru": "«Карусель»", "kk": "«Карусель»"},
    "category.multiple_voting": {"en": "Multiple voting", "ru": "Многократное голосование",
                                 "kk": "Бірнеше рет дауыс беру"},
    "category.pressure": {"en": "Pressure on voters", "ru": "Давление на избирателей",
                          "kk": "Сайлаушыларға қысым көрсету"},
    "category.vote_buying": {"en": "Vote buying", "ru": "Подкуп избирателей",
                             "kk": "Дауыс сатып алу"},
    "category.group_voting": {"en": "Group voting", "ru": "Групповое голосование",
                              "kk": "Топтық дауыс беру"},
    "category.mobile_box": {"en": "Mobile ballot box", "ru": "Переносной ящик",
                            "kk": "Көшпелі жәшік"},
    "category.other": {"en": "Other", "ru": "Другое", "kk": "Басқа"},
    "source.certified_copy": {"en": "Certified copy", "ru": "Заверенная копия",
                              "kk": "Куәландырылған көшірме"},
    "source.posted_copy": {"en": "Copied from the posted protocol",
                           "ru": "Переписано с вывешенного протокола",
                           "kk": "Ілінген хаттамадан көшірілді"},
    "source.own_count": {"en": "Own count", "ru": "Собственный подсчёт наблюдателя",
                         "kk": "Байқаушының өз санағы"},
    "source.not_shown": {"en": "Protocol not shown", "ru": "Протокол не показан",
                         "kk": "Хаттама көрсетілмеді"},
    "source.imported": {"en": "Imported", "ru": "Импортирован", "kk": "Импортталған"},
    "source.": {"en": "not given", "ru": "не указан", "kk": "көрсетілмеген"},  # none chosen (issue 12)
    "status.draft": {"en": "Draft", "ru": "Черновик", "kk": "Жоба"},
    "status.final": {"en": "Final", "ru": "Окончательный", "kk": "Түпкілікті"},
    "result.pass": {"en": "passes", "ru": "выполнено", "kk": "орындалды"},
    "result.fail": {"en": "FAILS", "ru": "НЕ ВЫПОЛНЕНО", "kk": "ОРЫНДАЛМАДЫ"},
    "result.warning": {"en": "warning", "ru": "предупреждение", "kk": "ескерту"},
    "result.unknown": {"en": "incomplete", "ru": "неполные данные", "kk": "деректер толық емес"},
    # --- the coordinator's XLSX report (observer_app/report.py; English keeps the CSV's codes) --
    "xlsx.sheet_stations": {"en": "Stations", "ru": "Участки", "kk": "Учаскелер"},
    "xlsx.sheet_regions": {"en": "Regions", "ru": "Регионы", "kk": "Өңірлер"},
    "xlsx.region": {"en": "Region", "ru": "Регион", "kk": "Өңір"},
    "xlsx.source": {"en": "Source", "ru": "Источник", "kk": "Дереккөз"},
    "xlsx.observer_id": {"en": "Observer ID", "ru": "ID наблюдателя", "kk": "Байқаушы коды"},
    "xlsx.signer": {"en": "Signer", "ru": "Подписант", "kk": "Қол қоюшы"},
    "xlsx.verified": {"en": "Signature verified (1 yes, 0 no)", "ru": "Подпись проверена (1 да, 0 нет)",
                      "kk": "Қолтаңба тексерілді (1 иә, 0 жоқ)"},
    "xlsx.flags": {"en": "Flags", "ru": "Замечания", "kk": "Ескертулер"},
    "xlsx.stations": {"en": "Stations", "ru": "Участков", "kk": "Учаскелер саны"},
    "xlsx.turnout_stations": {"en": "Stations in the turnout", "ru": "Участков в расчёте явки",
                              "kk": "Келу есебіндегі учаскелер"},
    "xlsx.registered": {"en": "Voters on the list", "ru": "Избирателей в списках",
                        "kk": "Тізімдегі сайлаушылар"},
    "xlsx.issued": {"en": "Ballots issued", "ru": "Выдано бюллетеней", "kk": "Берілген бюллетеньдер"},
    "xlsx.turnout_percent": {"en": "Turnout %", "ru": "Явка, %", "kk": "Келу, %"},
    "xlsx.share_stations": {"en": "Stations in the shares", "ru": "Участков в расчёте долей",
                            "kk": "Үлестер есебіндегі учаскелер"},
    "xlsx.valid": {"en": "Valid ballots", "ru": "Действительных бюллетеней", "kk": "Жарамды бюллетеньдер"},
    "xlsx.share": {"en": "{name}, % of valid votes", "ru": "{name}, % от действительных голосов",
                   "kk": "{name}, жарамды дауыстардағы үлесі, %"},
    "xlsx.passes_threshold": {"en": "{name}: at or above the {threshold}% threshold",
                              "ru": "{name}: не ниже порога {threshold}%",
                              "kk": "{name}: {threshold}% шегінен төмен емес"},
    "xlsx.headcount_stations": {"en": "Stations with a head-count", "ru": "Участков с подсчётом наблюдателей",
                                "kk": "Байқаушылар санаған учаскелер"},
    "xlsx.headcount": {"en": "Head-count", "ru": "Подсчёт наблюдателей", "kk": "Байқаушылар санағы"},
    "xlsx.headcount_protocol_issued": {"en": "Ballots issued by the protocols (same stations)",
                                       "ru": "Выдано бюллетеней по протоколам (те же участки)",
                                       "kk": "Хаттамалар бойынша берілген бюллетеньдер (сол учаскелер)"},
    "xlsx.obstruction_stations": {"en": "Stations with “{kind}”", "ru": "Участков с препятствием «{kind}»",
                                  "kk": "«{kind}» кедергісі болған учаскелер"},
    "xlsx.total": {"en": "Total", "ru": "Итого", "kk": "Барлығы"},
    "xlsx.source.official": {"en": "official", "ru": "официальные", "kk": "ресми"},
    "xlsx.source.observed": {"en": "observers", "ru": "наблюдатели", "kk": "байқаушылар"},
    "xlsx.source.official_paired": {"en": "official, observed stations",
                                    "ru": "официальные, участки наблюдателей",
                                    "kk": "ресми, байқаушылар учаскелері"},
    "xlsx.source.observed_paired": {"en": "observers, same stations",
                                    "ru": "наблюдатели, те же участки",
                                    "kk": "байқаушылар, сол учаскелер"},
}


def t(key: str, lang: str | None = None) -> str:
    """The text for `key` in `lang`, else in English; an unknown key is a programming error."""
    return pick(TEXTS[key], lang)


def pick(texts: dict[str, str], lang: str | None) -> str:
    """One entry of a label table ({lang: text}) in `lang`, else in English."""
    return texts.get(lang or FALLBACK) or texts[FALLBACK]


def label(prefix: str, code: str, lang: str | None = None) -> str:
    """A domain code's label ("kind", "removed" -> "Removed from the station"); unknown: the code."""
    key = f"{prefix}.{code}"
    return t(key, lang) if key in TEXTS else code
