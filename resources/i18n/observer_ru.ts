<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer</source>
        <translation>О программе «Наблюдатель»</translation>
    </message>
    <message>
        <source>Observer %1</source>
        <translation>Наблюдатель %1</translation>
    </message>
    <message>
        <source>For independent election observers and their coordinators: what an observer sees at a polling station, recorded offline, checked, signed and merged.</source>
        <translation>Для независимых наблюдателей на выборах и их координаторов: то, что наблюдатель видит на участке, записывается без интернета, проверяется, подписывается и объединяется.</translation>
    </message>
    <message>
        <source>observer-app %1</source>
        <translation>observer-app %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>an observer&apos;s database</source>
        <translation>база наблюдателя</translation>
    </message>
    <message>
        <source>a coordinator&apos;s database</source>
        <translation>база координатора</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, версия схемы %2</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или любой более поздней (%1). Поставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <source>DejaVu fonts (in the PDFs): Bitstream Vera licence, DejaVu changes in the public domain.</source>
        <translation>Шрифты DejaVu (в PDF): лицензия Bitstream Vera, изменения DejaVu — общественное достояние.</translation>
    </message>
    <message>
        <source>Python %1, Qt %2 (PySide6 %3)</source>
        <translation>Python %1, Qt %2 (PySide6 %3)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>Шрифты:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Сделано на:</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Comparing the paired protocols…</source>
        <translation>Сравнение парных протоколов…</translation>
    </message>
    <message>
        <source>Forensics of the official results…</source>
        <translation>Экспертиза официальных итогов…</translation>
    </message>
    <message>
        <source>Tabulating the sample…</source>
        <translation>Подсчёт выборки…</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Чтение базы данных…</translation>
    </message>
    <message>
        <source>%1 is no longer there: open the database again where it is now.</source>
        <translation>%1 больше нет на месте: откройте базу данных заново там, где она теперь.</translation>
    </message>
    <message>
        <source>PVT &amp;sample…</source>
        <translation>&amp;Выборка PVT…</translation>
    </message>
    <message>
        <source>Choose the sample drawn before election day (observer-app sample draw): the PVT estimates from its stations</source>
        <translation>Выберите выборку, составленную до дня голосования (observer-app sample draw): PVT оценивает по её участкам</translation>
    </message>
    <message>
        <source>No sample</source>
        <translation>Без выборки</translation>
    </message>
    <message>
        <source>from the observers&apos; protocols</source>
        <translation>по протоколам наблюдателей</translation>
    </message>
    <message>
        <source>from the official results of the sampled stations</source>
        <translation>по официальным итогам участков выборки</translation>
    </message>
    <message>
        <source>The PVT from the observers&apos; protocols, or from the official results of the same stations: the gap between them is falsification at the stations; between the latter and the official total, above them</source>
        <translation>PVT по протоколам наблюдателей или по официальным итогам тех же участков: разница между ними — фальсификация на участках; между вторым и официальным итогом — выше участков</translation>
    </message>
    <message>
        <source>95 % intervals</source>
        <translation>интервалы 95 %</translation>
    </message>
    <message>
        <source>99 % intervals</source>
        <translation>интервалы 99 %</translation>
    </message>
    <message>
        <source>&amp;Run the analysis</source>
        <translation>&amp;Запустить анализ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Official − observed</source>
        <translation>Официально − наблюдатели</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Official (stations with results)</source>
        <translation>Официально (участки с итогами)</translation>
    </message>
    <message>
        <source>Observers (paired stations)</source>
        <translation>Наблюдатели (парные участки)</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>Seats (official)</source>
        <translation>Мандаты (официально)</translation>
    </message>
    <message>
        <source>Seats (PVT)</source>
        <translation>Мандаты (PVT)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Погрешность</translation>
    </message>
    <message>
        <source>Official inside?</source>
        <translation>Официальный итог внутри?</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Признак</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>By chance</source>
        <translation>Случайно</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>&amp;Copy the lists</source>
        <translation>&amp;Копировать списки</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>проходит</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>не проходит</translation>
    </message>
    <message>
        <source>cannot be decided at %1 %</source>
        <translation>нельзя решить при %1 %</translation>
    </message>
    <message>
        <source>Choose the PVT sample</source>
        <translation>Выберите выборку PVT</translation>
    </message>
    <message>
        <source>Sample (*.csv);;All files (*)</source>
        <translation>Выборка (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No PVT sample: paired comparison and forensics only</source>
        <translation>Нет выборки PVT: только парное сравнение и экспертиза</translation>
    </message>
    <message>
        <source>The database or the options changed since this analysis: run it again.</source>
        <translation>База данных или параметры изменились после этого анализа: запустите его снова.</translation>
    </message>
    <message>
        <source>Cancelled; the analysis shown (if any) is the earlier one.</source>
        <translation>Отменено; показан (если есть) прежний анализ.</translation>
    </message>
    <message>
        <source>Run the analysis to compare the observers&apos; protocols with the official ones, tabulate a PVT sample and test the official results.</source>
        <translation>Запустите анализ, чтобы сравнить протоколы наблюдателей с официальными, подсчитать выборку PVT и проверить официальные итоги.</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %1 station(s) in the station list.</source>
        <translation>
            <numerusform>Анализ %1 участка из списка участков.</numerusform>
            <numerusform>Анализ %1 участков из списка участков.</numerusform>
            <numerusform>Анализ %1 участков из списка участков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired comparison</source>
        <translation>Парное сравнение</translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 station(s) with both an official protocol and the observers&apos; consolidated one, none where observers were removed or not shown the protocol; official minus observed, with its %2 % interval in percentage points.</source>
        <translation>
            <numerusform>Только %1 участок, где есть и официальный протокол, и сводный протокол наблюдателей, без участков, где наблюдателей удалили или не показали протокол; официальное минус наблюдённое, с интервалом %2 % в процентных пунктах.</numerusform>
            <numerusform>Только %1 участка, где есть и официальный протокол, и сводный протокол наблюдателей, без участков, где наблюдателей удалили или не показали протокол; официальное минус наблюдённое, с интервалом %2 % в процентных пунктах.</numerusform>
            <numerusform>Только %1 участков, где есть и официальный протокол, и сводный протокол наблюдателей, без участков, где наблюдателей удалили или не показали протокол; официальное минус наблюдённое, с интервалом %2 % в процентных пунктах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Head-count against the issued line (full days)</source>
        <translation>Подсчёт наблюдателей против строки выданных (полные дни)</translation>
    </message>
    <message>
        <source>No station has both an official protocol and the observers&apos; consolidated one (outside the stations left out below): nothing to compare yet.</source>
        <translation>Ни на одном участке нет одновременно официального протокола и сводного протокола наблюдателей (кроме исключённых ниже): сравнивать пока нечего.</translation>
    </message>
    <message>
        <source>Left out and listed below: %1 station(s) where observers were removed or not admitted, %2 where the protocol was not shown.</source>
        <translation>Исключены и перечислены ниже: участков, где наблюдателей удалили или не допустили, — %1; где не показали протокол — %2.</translation>
    </message>
    <message>
        <source>No station was left out for a removal or a protocol not shown.</source>
        <translation>Ни один участок не исключён из-за удаления наблюдателя или непоказанного протокола.</translation>
    </message>
    <message>
        <source>Threshold and seats</source>
        <translation>Порог и мандаты</translation>
    </message>
    <message>
        <source>Threshold %1 of the valid votes.</source>
        <translation>Порог — %1 действительных голосов.</translation>
    </message>
    <message numerus="yes">
        <source>%1 seat(s) by the largest remainder (Hare) among those passing.</source>
        <translation>
            <numerusform>%1 мандат по методу наибольшего остатка (Хэйра) среди прошедших.</numerusform>
            <numerusform>%1 мандата по методу наибольшего остатка (Хэйра) среди прошедших.</numerusform>
            <numerusform>%1 мандатов по методу наибольшего остатка (Хэйра) среди прошедших.</numerusform>
        </translation>
    </message>
    <message>
        <source>The observers&apos; column speaks for the paired stations only, the PVT&apos;s for the whole country.</source>
        <translation>Столбец наблюдателей говорит только о парных участках, столбец PVT — о всей стране.</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>вывода пока нет</translation>
    </message>
    <message>
        <source>%1 (range unknown)</source>
        <translation>%1 (диапазон неизвестен)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Parallel vote tabulation (PVT)</source>
        <translation>Параллельный подсчёт голосов (PVT)</translation>
    </message>
    <message>
        <source>the observers&apos; protocols</source>
        <translation>протоколы наблюдателей</translation>
    </message>
    <message>
        <source>the official results</source>
        <translation>официальные итоги</translation>
    </message>
    <message numerus="yes">
        <source>From %1 of %2 sampled station(s) (%3); strata: %4; %5 % margins of error (stratified ratio estimator, stations as clusters).</source>
        <translation>
            <numerusform>По %1 из %2 участка выборки (%3); страт: %4; погрешность %5 % (стратифицированная оценка отношения, участки как кластеры).</numerusform>
            <numerusform>По %1 из %2 участков выборки (%3); страт: %4; погрешность %5 % (стратифицированная оценка отношения, участки как кластеры).</numerusform>
            <numerusform>По %1 из %2 участков выборки (%3); страт: %4; погрешность %5 % (стратифицированная оценка отношения, участки как кластеры).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 из %3)</translation>
    </message>
    <message numerus="yes">
        <source>No verdict yet: too few sampled stations reported in %1 stratum(s): %2.</source>
        <translation>
            <numerusform>Вывода пока нет: слишком мало участков выборки сообщили данные в %1 страте: %2.</numerusform>
            <numerusform>Вывода пока нет: слишком мало участков выборки сообщили данные в %1 стратах: %2.</numerusform>
            <numerusform>Вывода пока нет: слишком мало участков выборки сообщили данные в %1 стратах: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stratum reported enough for a verdict.</source>
        <translation>Каждая страта сообщила достаточно для вывода.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sampled station(s) are not in the station list.</source>
        <translation>
            <numerusform>%1 участок выборки отсутствует в списке участков.</numerusform>
            <numerusform>%1 участка выборки отсутствуют в списке участков.</numerusform>
            <numerusform>%1 участков выборки отсутствуют в списке участков.</numerusform>
        </translation>
    </message>
    <message>
        <source>PVT estimate and its %1 % interval</source>
        <translation>Оценка PVT и её интервал %1 %</translation>
    </message>
    <message>
        <source>official result</source>
        <translation>официальный итог</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>The margins of error cannot be computed (a stratum has a single sampled station, or too few reported): the estimates are shown without a verdict.</source>
        <translation>Погрешность вычислить нельзя (в страте один участок выборки или сообщили слишком немногие): оценки показаны без вывода.</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>внутри</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>ВНЕ</translation>
    </message>
    <message>
        <source>Forensics of the official results</source>
        <translation>Экспертиза официальных итогов</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s) with at least 100 voters on the list and turnout and the leader&apos;s share at most 99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers&apos; reports from those stations.</source>
        <translation>
            <numerusform>%1 участок, где в списке не менее 100 избирателей, а явка и доля лидера не выше 99 %; лидер: %2. Признак — повод присмотреться, а не доказательство: читайте его рядом с отчётами наблюдателей с этих участков.</numerusform>
            <numerusform>%1 участка, где в списке не менее 100 избирателей, а явка и доля лидера не выше 99 %; лидер: %2. Признак — повод присмотреться, а не доказательство: читайте его рядом с отчётами наблюдателей с этих участков.</numerusform>
            <numerusform>%1 участков, где в списке не менее 100 избирателей, а явка и доля лидера не выше 99 %; лидер: %2. Признак — повод присмотреться, а не доказательство: читайте его рядом с отчётами наблюдателей с этих участков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-percentage turnout or leader&apos;s share</source>
        <translation>Целые проценты явки или доли лидера</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s)</source>
        <translation>
            <numerusform>%1 участок</numerusform>
            <numerusform>%1 участка</numerusform>
            <numerusform>%1 участков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>excess %1, z = %2</source>
        <translation>избыток %1, z = %2</translation>
    </message>
    <message>
        <source>Anomalous votes for the leader (Shpilkin)</source>
        <translation>Аномальные голоса за лидера (Шпилькин)</translation>
    </message>
    <message>
        <source>above the clean turnout %1, where the leader had %2 vote(s) per vote for the others</source>
        <translation>выше чистой явки %1, где у лидера было %2 голоса на голос за остальных</translation>
    </message>
    <message>
        <source>Last digits of the counts</source>
        <translation>Последние цифры чисел</translation>
    </message>
    <message>
        <source>chi-square %1</source>
        <translation>хи-квадрат %1</translation>
    </message>
    <message>
        <source>%1 on average (9 df)</source>
        <translation>в среднем %1 (9 ст. св.)</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>No official results to test yet (or none at a station with at least 100 voters on the list): import them with File → Import official results…</source>
        <translation>Официальных итогов для проверки пока нет (или нет ни одного участка, где в списке не менее 100 избирателей): импортируйте их через Файл → Импорт официальных итогов…</translation>
    </message>
    <message>
        <source>%1&apos;s share</source>
        <translation>Доля: %1</translation>
    </message>
    <message>
        <source>Stations per 0.1 % of turnout (whole percentages darker)</source>
        <translation>Участки на 0,1 % явки (целые проценты темнее)</translation>
    </message>
    <message>
        <source>Stations per 0.1 % of %1&apos;s share</source>
        <translation>Участки на 0,1 % доли: %1</translation>
    </message>
    <message numerus="yes">
        <source>Where to look next time: %1 station(s) with a whole-percentage turnout or leader&apos;s share, and the stations above the clean turnout with the most anomalous votes.</source>
        <translation>
            <numerusform>Куда смотреть в следующий раз: %1 участок с целым процентом явки или доли лидера и участки выше чистой явки с наибольшим числом аномальных голосов.</numerusform>
            <numerusform>Куда смотреть в следующий раз: %1 участка с целым процентом явки или доли лидера и участки выше чистой явки с наибольшим числом аномальных голосов.</numerusform>
            <numerusform>Куда смотреть в следующий раз: %1 участков с целым процентом явки или доли лидера и участки выше чистой явки с наибольшим числом аномальных голосов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole percentages:</source>
        <translation>Целые проценты:</translation>
    </message>
    <message>
        <source>… and %1 more (observer-app analyse forensics --json lists them all)</source>
        <translation>… и ещё %1 (observer-app analyse forensics --json перечисляет все)</translation>
    </message>
    <message>
        <source>Most anomalous votes:</source>
        <translation>Больше всего аномальных голосов:</translation>
    </message>
    <message>
        <source>Left out of the comparison, observers removed or not admitted:</source>
        <translation>Исключены из сравнения, наблюдателей удалили или не допустили:</translation>
    </message>
    <message>
        <source>Left out of the comparison, protocol not shown:</source>
        <translation>Исключены из сравнения, протокол не показали:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No station is chosen yet.</source>
        <translation>Участок ещё не выбран.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>When did you arrive?</source>
        <translation>Когда вы пришли на участок?</translation>
    </message>
    <message>
        <source>You are recording the first event of the day at station %1. When did you arrive there? The summary states it, and what you counted is read against it.</source>
        <translation>Вы записываете первое событие дня на участке %1. Когда вы туда пришли? Время прихода указывается в сводке, и по нему оценивается ваш подсчёт.</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>Время &amp;прихода:</translation>
    </message>
    <message>
        <source>Record this arrival time</source>
        <translation>Записать это время прихода</translation>
    </message>
    <message>
        <source>Set it later</source>
        <translation>Указать позже</translation>
    </message>
    <message>
        <source>Record it later with “Arrived now” in the header, and correct the time there.</source>
        <translation>Отметьте приход позже кнопкой «Отметить приход» вверху окна и исправьте там время.</translation>
    </message>
</context>
<context>
    <name>BundlesModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Observer ID</source>
        <translation>ID наблюдателя</translation>
    </message>
    <message>
        <source>Why rejected or withdrawn</source>
        <translation>Причина отклонения или отзыва</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Verified (trusted CA)</source>
        <translation>Проверена (доверенный УЦ)</translation>
    </message>
    <message>
        <source>Not verified (self-signed)</source>
        <translation>Не проверена (самоподписанный)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединён</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message numerus="yes">
        <source>%1 of %2 bundle(s)</source>
        <translation>
            <numerusform>%1 из %2 пакета</numerusform>
            <numerusform>%1 из %2 пакетов</numerusform>
            <numerusform>%1 из %2 пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rejected</source>
        <translation>
            <numerusform>%1 отклонён</numerusform>
            <numerusform>%1 отклонено</numerusform>
            <numerusform>%1 отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 · already merged %2 · rejected %3 · conflicts %4</source>
        <translation>Объединено: %1 · уже были объединены: %2 · отклонено: %3 · расхождений: %4</translation>
    </message>
    <message>
        <source>Cancelled; what was merged stays merged. %1</source>
        <translation>Прервано; уже объединённое остаётся. %1</translation>
    </message>
    <message>
        <source>%1: the report is written as .csv, .xlsx or .pdf.</source>
        <translation>%1: отчёт сохраняется в формате .csv, .xlsx или .pdf.</translation>
    </message>
    <message>
        <source>observers disagree</source>
        <translation>наблюдатели расходятся</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>расходится с офиц.</translation>
    </message>
    <message>
        <source>fails %1</source>
        <translation>нарушено %1</translation>
    </message>
    <message>
        <source>&amp;Open coordinator database…</source>
        <translation>&amp;Открыть базу координатора…</translation>
    </message>
    <message>
        <source>&amp;New coordinator database…</source>
        <translation>&amp;Новая база координатора…</translation>
    </message>
    <message>
        <source>Add &amp;bundles…</source>
        <translation>Добавить &amp;пакеты…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Добавить п&amp;апку…</translation>
    </message>
    <message>
        <source>&amp;Trust CA…</source>
        <translation>Доверенный &amp;УЦ…</translation>
    </message>
    <message>
        <source>Load &amp;election file…</source>
        <translation>Загрузить файл &amp;выборов…</translation>
    </message>
    <message>
        <source>&amp;Import official results…</source>
        <translation>&amp;Импорт официальных итогов…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>О&amp;тчёт…</translation>
    </message>
    <message>
        <source>&amp;Withdraw bundle…</source>
        <translation>Отозвать па&amp;кет…</translation>
    </message>
    <message>
        <source>Take the selected bundle out of the database, as if it had never been merged; the reason is kept and audited</source>
        <translation>Убрать выбранный пакет из базы, как если бы его никогда не объединяли; причина сохраняется в журнале изменений</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Merge observers&apos; bundles</source>
        <translation>Объединение пакетов наблюдателей</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Merge without a trusted CA</source>
        <translation>Объединять без доверенного УЦ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Find a station or region</source>
        <translation>Найти участок или регион</translation>
    </message>
    <message>
        <source>Only flagged stations</source>
        <translation>Только с замечаниями</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Set the consolidated value of the selected line; a reason is required and kept in the audit trail</source>
        <translation>Задать сводное значение выбранной строки; причина обязательна и сохраняется в журнале изменений</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;observers disagree&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;differs from official&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;set by the coordinator&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;наблюдатели расходятся&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;расходится с официальным&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;исправлено координатором&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Open a coordinator database</source>
        <translation>Открыть базу координатора</translation>
    </message>
    <message>
        <source>observers</source>
        <translation>наблюдатели</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальные</translation>
    </message>
    <message>
        <source>fails %1 (%2)</source>
        <translation>нарушено %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Create a new coordinator database</source>
        <translation>Создать новую базу координатора</translation>
    </message>
    <message>
        <source>Add bundles</source>
        <translation>Добавить пакеты</translation>
    </message>
    <message>
        <source>Add observers&apos; bundles (.obsx) to the list to merge</source>
        <translation>Добавить пакеты наблюдателей (.obsx) в список для объединения</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>Add every bundle in a folder and its subfolders</source>
        <translation>Добавить все пакеты из папки и её подпапок</translation>
    </message>
    <message>
        <source>Trust CA</source>
        <translation>Доверенный УЦ</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s CA certificate: bundles its observers signed are merged as verified</source>
        <translation>Выбрать сертификат УЦ организации: пакеты, подписанные её наблюдателями, объединяются как проверенные</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Объ&amp;единить</translation>
    </message>
    <message>
        <source>Verify and merge the listed bundles</source>
        <translation>Проверить и объединить пакеты из списка</translation>
    </message>
    <message>
        <source>Election file</source>
        <translation>Файл выборов</translation>
    </message>
    <message>
        <source>Load the election file and its station list</source>
        <translation>Загрузить файл выборов и список участков</translation>
    </message>
    <message>
        <source>Official results</source>
        <translation>Официальные итоги</translation>
    </message>
    <message>
        <source>Import the official results per station (results CSV)</source>
        <translation>Импортировать официальные итоги по участкам (CSV итогов)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Write the report: CSV, Excel workbook or signed PDF</source>
        <translation>Сохранить отчёт: CSV, книга Excel или подписанный PDF</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>Ана&amp;лиз</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Compare with the official results, tabulate the PVT sample and test the official results</source>
        <translation>Сравнить с официальными итогами, подсчитать выборку PVT и проверить официальные итоги</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Опу&amp;бликовать…</translation>
    </message>
    <message>
        <source>Write a redacted SQLite file for Datasette: what will be left out is shown first</source>
        <translation>Записать обезличенный файл SQLite для Datasette: сначала показано, что в него не войдёт</translation>
    </message>
    <message>
        <source>&amp;About Observer…</source>
        <translation>О &amp;программе…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite);;All files (*)</source>
        <translation>Базы координатора (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New coordinator database</source>
        <translation>Новая база координатора</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite)</source>
        <translation>Базы координатора (*.sqlite)</translation>
    </message>
    <message>
        <source>Add observers&apos; bundles</source>
        <translation>Добавить пакеты наблюдателей</translation>
    </message>
    <message>
        <source>Observer bundles (*.obsx)</source>
        <translation>Пакеты наблюдателей (*.obsx)</translation>
    </message>
    <message>
        <source>Add every bundle in a folder</source>
        <translation>Добавить все пакеты из папки</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>Сертификат удостоверяющего центра (УЦ) организации</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты УЦ (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import official results</source>
        <translation>Импорт официальных итогов</translation>
    </message>
    <message>
        <source>Results CSV (*.csv);;All files (*)</source>
        <translation>Итоги в CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Signed PDF (*.pdf)</source>
        <translation>Подписанный PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it? The file there now is lost.</source>
        <translation>Файл %1 уже есть в папке %2. Заменить его? Нынешний файл будет потерян.</translation>
    </message>
    <message>
        <source>Sign the report with</source>
        <translation>Ключ подписи для отчёта</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx)</source>
        <translation>Файлы ключей (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>Пароль файла %1:</translation>
    </message>
    <message>
        <source>Coordinator window</source>
        <translation>Окно координатора</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Coordinator — %1</source>
        <translation>Координатор — %1</translation>
    </message>
    <message>
        <source>Open a coordinator database, or create a new one, to start.</source>
        <translation>Чтобы начать, откройте базу координатора или создайте новую.</translation>
    </message>
    <message>
        <source>No election yet: it comes with the first merged bundle.</source>
        <translation>Выборов пока нет: они появятся с первым объединённым пакетом.</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s), %2 flagged</source>
        <translation>
            <numerusform>%1 участок, с замечаниями: %2</numerusform>
            <numerusform>%1 участка, с замечаниями: %2</numerusform>
            <numerusform>%1 участков, с замечаниями: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation>Пакеты (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 bundle(s) to merge</source>
        <translation>
            <numerusform>%1 пакет к объединению</numerusform>
            <numerusform>%1 пакета к объединению</numerusform>
            <numerusform>%1 пакетов к объединению</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles to merge yet: add bundles or a folder.</source>
        <translation>Пакетов для объединения пока нет: добавьте пакеты или папку.</translation>
    </message>
    <message>
        <source>Signatures: %1 of %2 verified</source>
        <translation>Подписи: проверено %1 из %2</translation>
    </message>
    <message>
        <source>%1 (trusted CA %2)</source>
        <translation>%1 (доверенный УЦ %2)</translation>
    </message>
    <message>
        <source>Trusted CA for the next merge: %1</source>
        <translation>Доверенный УЦ для следующего объединения: %1</translation>
    </message>
    <message>
        <source>No trusted CA chosen for the next merge: new bundles are merged unverified</source>
        <translation>Для следующего объединения доверенный УЦ не выбран: новые пакеты объединяются без проверки</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Остановлено из-за ошибки</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>Объединение остановлено: %1</translation>
    </message>
    <message>
        <source>The official results were not imported: %1</source>
        <translation>Официальные итоги не импортированы: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Отчёт не записан: %1</translation>
    </message>
    <message>
        <source>The election file was not loaded: %1</source>
        <translation>Файл выборов не загружен: %1</translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation>Ничего не опубликовано: %1</translation>
    </message>
    <message>
        <source>The analysis stopped: %1</source>
        <translation>Анализ остановлен: %1</translation>
    </message>
    <message>
        <source>Cannot read the coordinator database: %1</source>
        <translation>Не удалось прочитать базу координатора: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Чтение базы данных…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelling… %1</source>
        <translation>Прерывание… %1</translation>
    </message>
    <message>
        <source>Loading the election file…</source>
        <translation>Загрузка файла выборов…</translation>
    </message>
    <message>
        <source>Election loaded: %1 stations added, %2 updated, %3 unchanged</source>
        <translation>Выборы загружены: участков добавлено — %1, обновлено — %2, без изменений — %3</translation>
    </message>
    <message>
        <source>Importing official results…</source>
        <translation>Импорт официальных итогов…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 official result(s): %2 added, %3 replaced, %4 unchanged</source>
        <translation>
            <numerusform>Импортирован %1 официальный результат: добавлено %2, заменено %3, без изменений %4</numerusform>
            <numerusform>Импортировано %1 официальных результата: добавлено %2, заменено %3, без изменений %4</numerusform>
            <numerusform>Импортировано %1 официальных результатов: добавлено %2, заменено %3, без изменений %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 station(s)</source>
        <translation>
            <numerusform>Записан %1: %2 участок</numerusform>
            <numerusform>Записан %1: %2 участка</numerusform>
            <numerusform>Записан %1: %2 участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a station to compare its protocols line by line.</source>
        <translation>Выберите участок, чтобы сравнить его протоколы построчно.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>избирателей в списке: %1</translation>
    </message>
    <message>
        <source>no official results yet</source>
        <translation>официальных итогов пока нет</translation>
    </message>
    <message>
        <source>An override needs a reason; nothing was changed.</source>
        <translation>Для исправления нужна причина; ничего не изменено.</translation>
    </message>
    <message>
        <source>The override was not saved: %1</source>
        <translation>Исправление не сохранено: %1</translation>
    </message>
    <message>
        <source>Override saved for station %1</source>
        <translation>Исправление координатора сохранено: участок %1</translation>
    </message>
    <message>
        <source>Withdraw bundle</source>
        <translation>Отзыв пакета</translation>
    </message>
    <message>
        <source>Withdraw %1 (signed by %2)? Its records leave the database, as if it had never been merged; merging it again will not bring it back.

Reason (kept and audited):</source>
        <translation>Отозвать %1 (подписан: %2)? Его записи будут убраны из базы, как если бы его никогда не объединяли; повторное объединение его не вернёт.

Причина (сохраняется в журнале изменений):</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason; nothing was changed.</source>
        <translation>Для отзыва нужна причина; ничего не изменено.</translation>
    </message>
    <message>
        <source>The bundle was not withdrawn: %1</source>
        <translation>Пакет не отозван: %1</translation>
    </message>
    <message>
        <source>Withdrew %1</source>
        <translation>Отозван пакет %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s)</source>
        <translation>
            <numerusform>Добавлен %1 пакет</numerusform>
            <numerusform>Добавлено %1 пакета</numerusform>
            <numerusform>Добавлено %1 пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s) from %2 and its subfolders</source>
        <translation>
            <numerusform>Добавлен %1 пакет из папки %2 и её подпапок</numerusform>
            <numerusform>Добавлено %1 пакета из папки %2 и её подпапок</numerusform>
            <numerusform>Добавлено %1 пакетов из папки %2 и её подпапок</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is written as .csv, .xlsx or .pdf; choose one of these.</source>
        <translation>Отчёт сохраняется в формате .csv, .xlsx или .pdf; выберите один из них.</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Опубликовать как</translation>
    </message>
    <message>
        <source>SQLite for Datasette (*.sqlite *.db)</source>
        <translation>SQLite для Datasette (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Preparing the publication…</source>
        <translation>Подготовка публикации…</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Ничего не опубликовано.</translation>
    </message>
    <message>
        <source>Published %1 and %2</source>
        <translation>Опубликованы %1 и %2</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create a self-signed identity</source>
        <translation>Создание самоподписанного ключа</translation>
    </message>
    <message>
        <source>Without an organisation to issue you an identity, you can make your own. Your signatures then show that the files are unchanged, but not that an organisation vouches for you.</source>
        <translation>Если ключ подписи вам не выдаёт организация, можно создать собственный. Тогда ваша подпись показывает, что файлы не изменены, но не то, что за вас ручается организация.</translation>
    </message>
    <message>
        <source>From your profile (File → Edit profile).</source>
        <translation>Из вашего профиля (Файл → Изменить профиль).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Remember the passphrase: the app never stores it and nobody can recover it. Keep a copy of the file somewhere safe.</source>
        <translation>Запомните пароль: приложение его не хранит, и восстановить его никто не сможет. Храните копию файла в надёжном месте.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;втор пароля:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Сохранить ключ подписи как</translation>
    </message>
    <message>
        <source>Identity files (*.p12)</source>
        <translation>Файлы ключей (*.p12)</translation>
    </message>
    <message>
        <source>Fill in your name in File → Edit profile first.</source>
        <translation>Сначала укажите ФИО: Файл → Изменить профиль.</translation>
    </message>
    <message>
        <source>Choose where to save the identity file.</source>
        <translation>Выберите, куда сохранить файл ключа.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Придумайте пароль.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Open the election you observe. Your organisation gives you its election file; the demo lets you try the app.</source>
        <translation>Откройте выборы, за которыми наблюдаете. Файл выборов даёт ваша организация; на демо-выборах можно опробовать приложение.</translation>
    </message>
    <message>
        <source>The &amp;demo election, for practice (Kazakhstan, Majilis 2021)</source>
        <translation>Де&amp;мо-выборы, для практики (Казахстан, Мажилис, 2021)</translation>
    </message>
    <message>
        <source>Its database is marked DEMO on every screen and PDF: what you record there is practice, not evidence.</source>
        <translation>Её база данных помечена ДЕМО на каждом экране и в каждом PDF: всё, что вы там записываете, — практика, а не доказательство.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s election &amp;file:</source>
        <translation>&amp;Файл выборов от вашей организации:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Keep the election in this database: %1</source>
        <translation>Оставить выборы из этой базы данных: %1</translation>
    </message>
    <message>
        <source>Open an election file</source>
        <translation>Открыть файл выборов</translation>
    </message>
    <message>
        <source>Election files (*.election.json);;All files (*)</source>
        <translation>Файлы выборов (*.election.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose an election file, or the demo election.</source>
        <translation>Выберите файл выборов или демо-выборы.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the observer app</source>
        <translation>Настройка приложения наблюдателя</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>This database holds the demo election, for practice: nothing recorded here is evidence.</source>
        <translation>В этой базе данных демо-выборы, для практики: ничто записанное здесь не является доказательством.</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>I&apos;m back (readmitted)</source>
        <translation>Я снова на участке</translation>
    </message>
    <message>
        <source>Ends the open removal with the current time, as Readmitted on the Obstructions page does.</source>
        <translation>Закрывает незавершённое удаление текущим временем, как кнопка «Снова на участке» на странице «Препятствия».</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Приход:</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Уход:</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>registered voters unknown</source>
        <translation>число избирателей неизвестно</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>избирателей в списке: %1</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Наблюдатель: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Out of the station since %1</source>
        <translation>Вне участка с %1</translation>
    </message>
    <message>
        <source>Left the station at %1</source>
        <translation>Ушли с участка в %1</translation>
    </message>
    <message>
        <source>Arrival not recorded</source>
        <translation>Приход не отмечен</translation>
    </message>
    <message>
        <source>In the station</source>
        <translation>На участке</translation>
    </message>
    <message>
        <source>The head-count has a gap while you are out: voters who come now are not seen. Clicks on +1 are still recorded.</source>
        <translation>Пока вы вне участка, в подсчёте явки пробел: пришедших сейчас избирателей вы не видите. Нажатия на +1 всё равно записываются.</translation>
    </message>
</context>
<context>
    <name>HourlyModel</name>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translation>Явка, %</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Out of station, min</source>
        <translation>Вне участка, мин</translation>
    </message>
    <message numerus="yes">
        <source>You were out of the station for %n minute(s) of this hour; voters who came then were not counted.</source>
        <translation>
            <numerusform>В этот час вы были вне участка %n минуту; пришедшие тогда избиратели не учтены.</numerusform>
            <numerusform>В этот час вы были вне участка %n минуты; пришедшие тогда избиратели не учтены.</numerusform>
            <numerusform>В этот час вы были вне участка %n минут; пришедшие тогда избиратели не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>This identity was issued for another observer (%1), so it cannot sign your records. Ask your coordinator to issue your identity with --observer-id %2 (your observer id; use Copy in File → Identity…).</source>
        <translation>Этот ключ выдан другому наблюдателю (%1), поэтому им нельзя подписывать ваши записи. Попросите координатора выдать вам ключ с --observer-id %2 (это ваш ID наблюдателя; кнопка «Копировать» в окне Файл → Ключ подписи…).</translation>
    </message>
    <message>
        <source>Your certificate expired on %1; ask your coordinator for a new identity, or create a new self-signed one (File → Identity…).</source>
        <translation>Срок действия вашего сертификата истёк %1; попросите у координатора новый ключ или создайте новый самоподписанный (Файл → Ключ подписи…).</translation>
    </message>
    <message>
        <source>The passphrase of your identity file %1:</source>
        <translation>Пароль вашего файла ключа %1:</translation>
    </message>
    <message>
        <source>Your signing identity</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>Your identity (a key and a certificate in a .p12 file) signs your PDF summaries and export bundles, so your coordinator can tell they come from you, unchanged. The app remembers where the file is, never its passphrase.</source>
        <translation>Ключ подписи (закрытый ключ и сертификат в файле .p12) подписывает ваши сводки PDF и пакеты экспорта: координатор видит, что они от вас и не изменены. Приложение запоминает, где лежит файл, но никогда — его пароль.</translation>
    </message>
    <message>
        <source>Attached identity</source>
        <translation>Подключённый ключ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Подписант:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Observer id:</source>
        <translation>ID наблюдателя:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>The certificate inside is locked: type the passphrase to see it.</source>
        <translation>Сертификат внутри защищён паролем: введите пароль, чтобы его увидеть.</translation>
    </message>
    <message>
        <source>&amp;Show details…</source>
        <translation>&amp;Подробнее…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Your observer id:</source>
        <translation>Ваш ID наблюдателя:</translation>
    </message>
    <message>
        <source>&amp;Use an identity file (.p12)…</source>
        <translation>&amp;Выбрать файл ключа (.p12)…</translation>
    </message>
    <message>
        <source>C&amp;reate a self-signed identity…</source>
        <translation>&amp;Создать самоподписанный ключ…</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>none attached: you cannot sign until you use or create an identity</source>
        <translation>не подключён: подписывать нельзя, пока вы не выберете или не создадите ключ</translation>
    </message>
    <message>
        <source>%1 (missing: the file is not there any more)</source>
        <translation>%1 (не найден: файла там больше нет)</translation>
    </message>
    <message>
        <source>yourself (self-signed: no organisation vouches for it)</source>
        <translation>вами (самоподписанный: ни одна организация за него не ручается)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (истёк)</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Выберите файл ключа подписи</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The passphrase of the identity file %1 (to check that it is yours):</source>
        <translation>Пароль файла ключа %1 (чтобы проверить, что ключ ваш):</translation>
    </message>
    <message>
        <source>Attached: %1 signs as %2.</source>
        <translation>Подключён: %1 подписывает от имени %2.</translation>
    </message>
    <message>
        <source>Created and attached %1. Keep a copy of it and remember its passphrase.</source>
        <translation>Создан и подключён %1. Сделайте его копию и запомните пароль.</translation>
    </message>
    <message>
        <source>Detached. The file %1 is still there; you can use it again at any time.</source>
        <translation>Ключ отключён. Файл %1 остался на месте; его можно снова подключить в любое время.</translation>
    </message>
    <message>
        <source>Your observer id is copied: paste it into your message to your coordinator.</source>
        <translation>ID наблюдателя скопирован: вставьте его в сообщение координатору.</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>%1 (not yet saved)</source>
        <translation>%1 (ещё не сохранено)</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Ещё не сохранено: в базу данных записывает другая программа; будет сохранено, как только она закончит.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Новое нарушение</translation>
    </message>
    <message>
        <source>Starts an incident now (Ctrl+N): choose its category on the right, and it is saved.</source>
        <translation>Начинает запись нарушения с текущим временем (Ctrl+N): выберите его категорию справа, и оно сохранится.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>What happened, who was involved, what you saw yourself</source>
        <translation>Что произошло, кто участвовал, что вы видели сами</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>&amp;Прикрепить фото…</translation>
    </message>
    <message>
        <source>Copies the files into the database and records their SHA-256.</source>
        <translation>Копирует файлы в базу данных и записывает их SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>&amp;Убрать фото…</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>У&amp;далить нарушение…</translation>
    </message>
    <message>
        <source>Marks the incident deleted (Delete key in the list).</source>
        <translation>Помечает нарушение удалённым (клавиша Delete в списке).</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Прикрепить фото</translation>
    </message>
    <message>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>Фото и видео (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Подтвердите</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Нарушения: %n</numerusform>
            <numerusform>Нарушения: %n</numerusform>
            <numerusform>Нарушения: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Нарушений пока нет</translation>
    </message>
    <message>
        <source>Incident (select one, or press New incident)</source>
        <translation>Нарушение (выберите в списке или нажмите «Новое нарушение»)</translation>
    </message>
    <message>
        <source>Incident at %1 (not yet saved; it can be described once it is)</source>
        <translation>Нарушение в %1 (ещё не сохранено; описать его можно после сохранения)</translation>
    </message>
    <message>
        <source>Incident at %1</source>
        <translation>Нарушение в %1</translation>
    </message>
    <message>
        <source>New incident at %1: choose its category to save it</source>
        <translation>Новое нарушение в %1: выберите категорию, чтобы сохранить его</translation>
    </message>
    <message>
        <source>Choose the category first: the incident is saved once it has one.</source>
        <translation>Сначала выберите категорию: нарушение сохраняется, как только она выбрана.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n</source>
        <translation>
            <numerusform>Фото: %n</numerusform>
            <numerusform>Фото: %n</numerusform>
            <numerusform>Фото: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>No preview for this file; it is stored unchanged.</source>
        <translation>Для этого файла нет предпросмотра; он сохранён без изменений.</translation>
    </message>
    <message>
        <source>Discard the new incident? It has no category yet, so it was not saved.</source>
        <translation>Отказаться от нового нарушения? У него ещё нет категории, поэтому оно не сохранено.</translation>
    </message>
    <message>
        <source>Delete the incident “%1” at %2? It stays in the audit trail.</source>
        <translation>Удалить нарушение «%1» в %2? Оно останется в журнале изменений.</translation>
    </message>
    <message>
        <source>Remove the photo “%1” from this incident? It stays in the audit trail.</source>
        <translation>Убрать фото «%1» из этого нарушения? Оно останется в журнале изменений.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Removed from the station</source>
        <translation>Удаление с участка</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Недопуск на участок</translation>
    </message>
    <message>
        <source>Protocol not shown</source>
        <translation>Протокол не показан</translation>
    </message>
    <message>
        <source>Certified copy refused</source>
        <translation>Отказ в заверенной копии</translation>
    </message>
    <message>
        <source>Photo/video forbidden</source>
        <translation>Запрет фото/видео</translation>
    </message>
    <message>
        <source>View of the count restricted</source>
        <translation>Ограничение обзора подсчёта</translation>
    </message>
    <message>
        <source>Other obstruction</source>
        <translation>Другое препятствие</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Подсчёт голосов</translation>
    </message>
    <message>
        <source>Tabulation</source>
        <translation>Установление итогов</translation>
    </message>
    <message>
        <source>Ballot stuffing</source>
        <translation>Вброс бюллетеней</translation>
    </message>
    <message>
        <source>Carousel voting</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>Multiple voting</source>
        <translation>Многократное голосование</translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation>Давление на избирателей</translation>
    </message>
    <message>
        <source>Vote buying</source>
        <translation>Подкуп избирателей</translation>
    </message>
    <message>
        <source>Group voting</source>
        <translation>Групповое голосование</translation>
    </message>
    <message>
        <source>Mobile ballot box</source>
        <translation>Переносная урна</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Заверенная копия</translation>
    </message>
    <message>
        <source>Copied from the posted protocol</source>
        <translation>Переписано с вывешенного протокола</translation>
    </message>
    <message>
        <source>Own count</source>
        <translation>Собственный подсчёт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательный</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The window reopens in the chosen language; nothing you entered is lost.</source>
        <translation>Окно откроется заново на выбранном языке; всё введённое сохранится.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>This app keeps your record of one polling station, offline. Everything you enter is saved at once.</source>
        <translation>Приложение ведёт ваши записи об одном избирательном участке без интернета. Всё, что вы вводите, сохраняется сразу.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>You can change the language later: File → Language…</source>
        <translation>Язык можно сменить позже: Файл → Язык…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — DEMO</source>
        <comment>window title of a demo database</comment>
        <translation>%1 — ДЕМО</translation>
    </message>
    <message>
        <source>&amp;1 Turnout</source>
        <translation>&amp;1 Явка</translation>
    </message>
    <message>
        <source>&amp;2 Obstructions</source>
        <translation>&amp;2 Препятствия</translation>
    </message>
    <message>
        <source>&amp;3 Incidents</source>
        <translation>&amp;3 Нарушения</translation>
    </message>
    <message>
        <source>&amp;4 Protocol</source>
        <translation>&amp;4 Протокол</translation>
    </message>
    <message>
        <source>&amp;5 Summary</source>
        <translation>&amp;5 Сводка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Change &amp;station…</source>
        <translation>Сменить &amp;участок…</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Изменить &amp;профиль…</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Ключ подписи…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <source>&amp;Coordinator…</source>
        <translation>Коор&amp;динатор…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to check in the protocol: failing control relations, or registered voters other than the station list&apos;s</source>
        <translation>
            <numerusform>%n замечание к протоколу: нарушенные контрольные соотношения или число избирателей, отличное от списка участков</numerusform>
            <numerusform>%n замечания к протоколу: нарушенные контрольные соотношения или число избирателей, отличное от списка участков</numerusform>
            <numerusform>%n замечаний к протоколу: нарушенные контрольные соотношения или число избирателей, отличное от списка участков</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Station %1</source>
        <comment>window title</comment>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>&amp;About Observer…</source>
        <translation>О &amp;программе…</translation>
    </message>
    <message>
        <source>Every change is saved as you go</source>
        <translation>Все изменения сохраняются сразу</translation>
    </message>
    <message>
        <source>Last change saved at %1</source>
        <translation>Последнее изменение сохранено в %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet saved: another program is writing to the database. They are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n изменение ещё не сохранено: в базу данных записывает другая программа. Оно будет сохранено, как только она закончит.</numerusform>
            <numerusform>%n изменения ещё не сохранены: в базу данных записывает другая программа. Они будут сохранены, как только она закончит.</numerusform>
            <numerusform>%n изменений ещё не сохранено: в базу данных записывает другая программа. Они будут сохранены, как только она закончит.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Оставить окно открытым</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Закрыть и потерять их</translation>
    </message>
    <message>
        <source>The new incident you described has no category yet, so it is not saved.

Keep the window open and choose its category, or close and lose it.</source>
        <translation>У описанного вами нового нарушения ещё нет категории, поэтому оно не сохранено.

Оставьте окно открытым и выберите категорию или закройте окно и потеряйте его.</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Закрыть и потерять его</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: another program is still writing to the database.

Keep the window open and they are saved as soon as it has finished. If you close it, they are lost.</source>
        <translation>
            <numerusform>%n изменение не удалось сохранить: в базу данных всё ещё записывает другая программа.

Оставьте окно открытым, и оно будет сохранено, как только она закончит. Если закрыть окно, оно будет потеряно.</numerusform>
            <numerusform>%n изменения не удалось сохранить: в базу данных всё ещё записывает другая программа.

Оставьте окно открытым, и они будут сохранены, как только она закончит. Если закрыть окно, они будут потеряны.</numerusform>
            <numerusform>%n изменений не удалось сохранить: в базу данных всё ещё записывает другая программа.

Оставьте окно открытым, и они будут сохранены, как только она закончит. Если закрыть окно, они будут потеряны.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this message (it is also hidden once the change it is about is saved)</source>
        <translation>Скрыть это сообщение (оно скроется и само, когда такое изменение будет сохранено)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>data.sqlite is damaged (SQLite integrity check: {detail}, and more).</source>
        <translation>data.sqlite повреждён (проверка целостности SQLite: {detail}; есть и другие ошибки).</translation>
    </message>
    <message>
        <source>data.sqlite is damaged (SQLite integrity check: {detail}).</source>
        <translation>data.sqlite повреждён (проверка целостности SQLite: {detail}).</translation>
    </message>
    <message>
        <source>data.sqlite does not have the tables of an observer database of schema {version}.</source>
        <translation>Таблицы в data.sqlite не совпадают с таблицами базы данных наблюдателя схемы {version}.</translation>
    </message>
    <message>
        <source>data.sqlite is not an observer database (no table {table}).</source>
        <translation>data.sqlite — не база данных наблюдателя (нет таблицы {table}).</translation>
    </message>
    <message>
        <source>{table}: {count}</source>
        <translation>{table}: {count}</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} ({rows}, the observer_id setting).</source>
        <translation>data.sqlite содержит записи другого наблюдателя, а не {observer} ({rows}, настройка observer_id).</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} ({rows}).</source>
        <translation>data.sqlite содержит записи другого наблюдателя, а не {observer} ({rows}).</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} (the observer_id setting).</source>
        <translation>data.sqlite содержит записи другого наблюдателя, а не {observer} (настройка observer_id).</translation>
    </message>
    <message>
        <source>data.sqlite has no profile of the observer {observer}.</source>
        <translation>В data.sqlite нет профиля наблюдателя {observer}.</translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds coordinator data (%n {table} row(s)); export an observer&apos;s database, not a coordinator&apos;s.</source>
        <translation>
            <numerusform>data.sqlite содержит данные координатора ({table}: %n запись); экспортируйте базу данных наблюдателя, а не координатора.</numerusform>
            <numerusform>data.sqlite содержит данные координатора ({table}: %n записи); экспортируйте базу данных наблюдателя, а не координатора.</numerusform>
            <numerusform>data.sqlite содержит данные координатора ({table}: %n записей); экспортируйте базу данных наблюдателя, а не координатора.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n elections; a bundle holds exactly one.</source>
        <translation>
            <numerusform>Число выборов в data.sqlite: %n; в пакете должны быть ровно одни выборы.</numerusform>
            <numerusform>Число выборов в data.sqlite: %n; в пакете должны быть ровно одни выборы.</numerusform>
            <numerusform>Число выборов в data.sqlite: %n; в пакете должны быть ровно одни выборы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n station(s) of another election than {election}.</source>
        <translation>
            <numerusform>В data.sqlite есть %n участок других выборов (не {election}).</numerusform>
            <numerusform>В data.sqlite есть %n участка других выборов (не {election}).</numerusform>
            <numerusform>В data.sqlite есть %n участков других выборов (не {election}).</numerusform>
        </translation>
    </message>
    <message>
        <source>data.sqlite has records that refer to missing stations or observers.</source>
        <translation>В data.sqlite есть записи, которые ссылаются на несуществующие участки или наблюдателей.</translation>
    </message>
    <message>
        <source>The database is in the middle of a change; try the export again.</source>
        <translation>База данных сейчас изменяется; повторите экспорт.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>имя неизвестно</translation>
    </message>
    <message>
        <source>In the identity of {who} the key does not belong to the certificate.</source>
        <translation>В ключе подписи ({who}) закрытый ключ не соответствует сертификату.</translation>
    </message>
    <message>
        <source>The certificate of {who} is valid only from {start} UTC; check the laptop&apos;s clock.</source>
        <translation>Сертификат ({who}) действует только с {start} UTC; проверьте часы ноутбука.</translation>
    </message>
    <message>
        <source>The certificate of {who} expired on {date}; ask the organisation for a new identity.</source>
        <translation>Срок действия сертификата ({who}) истёк {date}; попросите у организации новый ключ подписи.</translation>
    </message>
    <message>
        <source>This database has no election yet, so there is nothing to export; load one with &apos;observer-app election load FILE --db PATH&apos;.</source>
        <translation>В этой базе данных ещё нет выборов, поэтому экспортировать нечего; загрузите выборы командой &apos;observer-app election load FILE --db PATH&apos;.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>Не удалось записать в папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: {detail}.</source>
        <translation>Не удалось сделать снимок базы данных: {detail}.</translation>
    </message>
    <message>
        <source>The database is larger than {mib} MiB, more than a bundle may hold; it cannot be exported.</source>
        <translation>База данных больше {mib} МиБ — больше, чем может вместить пакет; её нельзя экспортировать.</translation>
    </message>
    <message>
        <source>This database cannot be exported: {problem}</source>
        <translation>Эту базу данных нельзя экспортировать: {problem}</translation>
    </message>
    <message>
        <source>The bundle did not verify after writing, so it was not saved: {problem}</source>
        <translation>Записанный пакет не прошёл проверку, поэтому он не сохранён: {problem}</translation>
    </message>
    <message>
        <source>The bundle was not saved: a coordinator&apos;s merge would refuse it ({problem}). Correct that record and export again.</source>
        <translation>Пакет не сохранён: объединение у координатора отклонило бы его ({problem}). Исправьте эту запись и экспортируйте снова.</translation>
    </message>
    <message>
        <source>Cannot write the bundle {path}: {reason}.</source>
        <translation>Не удалось записать пакет {path}: {reason}.</translation>
    </message>
    <message>
        <source>The trusted CA file holds no certificate; give the CA&apos;s ca.pem.</source>
        <translation>В файле доверенного УЦ нет сертификата; укажите файл ca.pem вашего УЦ.</translation>
    </message>
    <message>
        <source>No trusted CA certificate was given; give the CA&apos;s ca.pem.</source>
        <translation>Сертификат доверенного УЦ не указан; укажите файл ca.pem вашего УЦ.</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA (the trusted certificate is not a CA certificate).</source>
        <translation>Пакет подписан сертификатом, не выданным доверенным УЦ (доверенный сертификат не является сертификатом УЦ).</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA (the CA certificate was not valid when the bundle was made).</source>
        <translation>Пакет подписан сертификатом, не выданным доверенным УЦ (сертификат УЦ не действовал в момент создания пакета).</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA.</source>
        <translation>Пакет подписан сертификатом, не выданным доверенным УЦ.</translation>
    </message>
    <message>
        <source>The member {name} is larger than {mib} MiB once unpacked; it is not a bundle this app wrote.</source>
        <translation>Файл {name} в распакованном виде больше {mib} МиБ; это не пакет, созданный этим приложением.</translation>
    </message>
    <message>
        <source>The bundle holds the member “{name}” twice.</source>
        <translation>В пакете дважды встречается файл «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a member with an absolute path, “{name}”.</source>
        <translation>В пакете есть файл с абсолютным путём: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a member whose path leaves the bundle, “{name}”.</source>
        <translation>В пакете есть файл, путь которого выходит за пределы пакета: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a member with a backslash in its name, “{name}”.</source>
        <translation>В пакете есть файл с обратной косой чертой в имени: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a folder entry, “{name}”.</source>
        <translation>В пакете есть папка: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has an unexpected member “{name}”.</source>
        <translation>В пакете есть лишний файл «{name}».</translation>
    </message>
    <message>
        <source>The member {name} is encrypted.</source>
        <translation>Файл {name} в пакете зашифрован.</translation>
    </message>
    <message>
        <source>The member {name} uses a compression this app does not write.</source>
        <translation>Файл {name} в пакете сжат способом, которым это приложение не пользуется.</translation>
    </message>
    <message>
        <source>The member {name} declares {size} bytes, more than {mib} MiB; it is not a bundle this app wrote.</source>
        <translation>Для файла {name} в пакете заявлен размер {size} байт — больше {mib} МиБ; это не пакет, созданный этим приложением.</translation>
    </message>
    <message>
        <source>The bundle lacks the member {name}.</source>
        <translation>В пакете нет файла {name}.</translation>
    </message>
    <message>
        <source>manifest.json is not valid UTF-8 JSON ({detail}).</source>
        <translation>manifest.json — некорректный JSON в кодировке UTF-8 ({detail}).</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json — не объект JSON.</translation>
    </message>
    <message>
        <source>manifest.json has no valid “{key}”.</source>
        <translation>В manifest.json нет правильного поля «{key}».</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; it was written by a newer version of the app, so update the app to read it.</source>
        <translation>У пакета версия формата {version}: он создан более новой версией приложения; чтобы прочитать его, обновите приложение.</translation>
    </message>
    <message>
        <source>The bundle has an unknown format version {version}.</source>
        <translation>У пакета неизвестная версия формата: {version}.</translation>
    </message>
    <message>
        <source>manifest.json does not give the SHA-256 of data.sqlite and observer.pem.</source>
        <translation>В manifest.json нет SHA-256 для data.sqlite и observer.pem.</translation>
    </message>
    <message>
        <source>manifest.json does not give a row count for each table.</source>
        <translation>В manifest.json число записей указано не для каждой таблицы.</translation>
    </message>
    <message>
        <source>manifest.json lists stations that are not codes.</source>
        <translation>В списке участков в manifest.json есть значения, которые не являются кодами участков.</translation>
    </message>
    <message>
        <source>manifest.json has no valid creation time.</source>
        <translation>В manifest.json нет правильного времени создания.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it was made by another certificate than observer.pem.</source>
        <translation>Подпись manifest.json недействительна: она сделана другим сертификатом, а не сертификатом из observer.pem.</translation>
    </message>
    <message>
        <source>manifest.json.p7s is not a CMS signature.</source>
        <translation>manifest.json.p7s — не подпись CMS.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it is not a detached signature of data.</source>
        <translation>Подпись manifest.json недействительна: это не откреплённая подпись данных.</translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: it has %n signers instead of one.</source>
        <translation>
            <numerusform>Подпись manifest.json недействительна: в ней %n подписант вместо одного.</numerusform>
            <numerusform>Подпись manifest.json недействительна: в ней %n подписанта вместо одного.</numerusform>
            <numerusform>Подпись manifest.json недействительна: в ней %n подписантов вместо одного.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it does not use SHA-256.</source>
        <translation>Подпись manifest.json недействительна: в ней не используется SHA-256.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it is not an ECDSA signature.</source>
        <translation>Подпись manifest.json недействительна: это не подпись ECDSA.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it does not carry the certificate in observer.pem.</source>
        <translation>Подпись manifest.json недействительна: в ней нет сертификата из observer.pem.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it has no signed attributes.</source>
        <translation>Подпись manifest.json недействительна: в ней нет подписанных атрибутов.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the signed attribute {name} appears twice.</source>
        <translation>Подпись manifest.json недействительна: подписанный атрибут {name} встречается дважды.</translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: the signed attribute {name} has %n values.</source>
        <translation>
            <numerusform>Подпись manifest.json недействительна: у подписанного атрибута {name} %n значение.</numerusform>
            <numerusform>Подпись manifest.json недействительна: у подписанного атрибута {name} %n значения.</numerusform>
            <numerusform>Подпись manifest.json недействительна: у подписанного атрибута {name} %n значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: its content type is not data.</source>
        <translation>Подпись manifest.json недействительна: тип её содержимого — не data.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: manifest.json was changed after it was signed.</source>
        <translation>Подпись manifest.json недействительна: manifest.json изменён после подписания.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the certificate has no ECDSA key.</source>
        <translation>Подпись manifest.json недействительна: у сертификата нет ключа ECDSA.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the signature does not match the certificate&apos;s key.</source>
        <translation>Подпись manifest.json недействительна: подпись не соответствует ключу сертификата.</translation>
    </message>
    <message>
        <source>manifest.json.p7s cannot be read as a CMS signature ({detail}).</source>
        <translation>Не удалось прочитать manifest.json.p7s как подпись CMS ({detail}).</translation>
    </message>
    <message>
        <source>The bundle is not a readable zip file ({detail}); it may be truncated or damaged, so copy it again.</source>
        <translation>Пакет не читается как zip-файл ({detail}); возможно, он скопирован не полностью или повреждён — скопируйте его заново.</translation>
    </message>
    <message>
        <source>The bundle cannot be read as a zip file ({detail}).</source>
        <translation>Не удалось прочитать пакет как zip-файл ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удалось прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>The bundle cannot be checked ({kind}: {detail}).</source>
        <translation>Не удалось проверить пакет ({kind}: {detail}).</translation>
    </message>
    <message>
        <source>The file is {size} bytes long, larger than any bundle this app writes.</source>
        <translation>Размер файла — {size} байт: больше любого пакета, который создаёт это приложение.</translation>
    </message>
    <message>
        <source>observer.pem does not hold exactly one certificate.</source>
        <translation>В observer.pem должен быть ровно один сертификат, а это не так.</translation>
    </message>
    <message>
        <source>observer.pem is not a certificate.</source>
        <translation>observer.pem — не сертификат.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate is not meant for signatures (no digitalSignature key usage).</source>
        <translation>Сертификат наблюдателя не предназначен для подписи (нет назначения ключа digitalSignature).</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate has no key usage for signatures.</source>
        <translation>В сертификате наблюдателя не указано, что ключ предназначен для подписи.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate names no observer id (UID).</source>
        <translation>В сертификате наблюдателя не указан ID наблюдателя (UID).</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of the app (schema {schema}; this app knows up to {known}); update the app to read it.</source>
        <translation>Пакет создан более новой версией приложения (схема {schema}; это приложение знает схемы до {known}); чтобы прочитать его, обновите приложение.</translation>
    </message>
    <message>
        <source>The certificate belongs to observer {uid}, but the manifest names observer {observer}.</source>
        <translation>Сертификат принадлежит наблюдателю {uid}, а в манифесте указан наблюдатель {observer}.</translation>
    </message>
    <message>
        <source>observer.pem does not match the SHA-256 in the manifest; the certificate was replaced.</source>
        <translation>observer.pem не совпадает с SHA-256 из манифеста; сертификат подменён.</translation>
    </message>
    <message>
        <source>The bundle claims to have been made on {created}, more than a day after this computer&apos;s clock ({now} UTC): check this computer&apos;s date; if it is right, the bundle&apos;s time is false and it is not valid.</source>
        <translation>Пакет якобы создан {created} — более чем на сутки позже, чем показывают часы этого компьютера ({now} UTC): проверьте дату на компьютере; если она верна, время пакета ложно, и пакет недействителен.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate was not valid when the bundle was made ({created}; valid {start} to {end}).</source>
        <translation>Сертификат наблюдателя не действовал в момент создания пакета ({created}; срок действия: с {start} по {end}).</translation>
    </message>
    <message>
        <source>data.sqlite does not match the SHA-256 in the manifest; the data was changed after the bundle was signed.</source>
        <translation>data.sqlite не совпадает с SHA-256 из манифеста; данные изменены после подписания пакета.</translation>
    </message>
    <message>
        <source>data.sqlite is not an SQLite database.</source>
        <translation>data.sqlite — не база данных SQLite.</translation>
    </message>
    <message>
        <source>data.sqlite cannot be read as a database ({detail}).</source>
        <translation>Не удалось прочитать data.sqlite как базу данных ({detail}).</translation>
    </message>
    <message>
        <source>data.sqlite has schema {found}, but the manifest says {stated}.</source>
        <translation>У data.sqlite схема {found}, а в манифесте указана схема {stated}.</translation>
    </message>
    <message>
        <source>data.sqlite holds the election {found}, but the manifest names {stated}.</source>
        <translation>В data.sqlite выборы {found}, а в манифесте указаны выборы {stated}.</translation>
    </message>
    <message>
        <source>data.sqlite does not hold the rows the manifest counts (table {table}: {found}, manifest {stated}).</source>
        <translation>Число записей в data.sqlite не совпадает с манифестом (таблица {table}: {found}, в манифесте {stated}).</translation>
    </message>
    <message>
        <source>data.sqlite does not hold records for exactly the stations the manifest lists.</source>
        <translation>Участки, по которым есть записи в data.sqlite, не совпадают со списком участков в манифесте.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>the new CA key {path}</source>
        <translation>нового ключа УЦ {path}</translation>
    </message>
    <message>
        <source>the CA key {path}</source>
        <translation>ключа УЦ {path}</translation>
    </message>
    <message>
        <source>the new identity file {path}</source>
        <translation>нового файла ключа {path}</translation>
    </message>
    <message>
        <source>{path} is an export bundle, not a database; merge it into a coordinator database with &apos;observer-app merge --into COORD.sqlite {path}&apos;.</source>
        <translation>{path} — пакет экспорта, а не база данных; объедините его в базу координатора командой &apos;observer-app merge --into COORD.sqlite {path}&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a database of this app (not an SQLite file); it was not changed.</source>
        <translation>{path} — не база данных этого приложения (это не файл SQLite); файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not a database of this app; it was not changed.</source>
        <translation>{path} — база данных другой программы, а не этого приложения; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name, e.g. {example}.</source>
        <translation>{path} — это папка; укажите имя файла, например {example}.</translation>
    </message>
    <message>
        <source>Nothing to set: give --name, --org or --contact.</source>
        <translation>Нечего менять: укажите --name, --org или --contact.</translation>
    </message>
    <message>
        <source>The observer&apos;s name cannot be empty.</source>
        <translation>Имя наблюдателя не может быть пустым.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a signed PDF file.</source>
        <translation>{path} — это папка; укажите подписанный PDF-файл.</translation>
    </message>
    <message>
        <source>{path} is neither a PDF nor an export bundle; nothing to verify.</source>
        <translation>{path} — не PDF и не пакет экспорта; проверять нечего.</translation>
    </message>
    <message>
        <source>No identity to sign with: give --identity FILE.p12, or attach one to the database in the app.</source>
        <translation>Нет ключа для подписи: укажите --identity FILE.p12 или подключите ключ к базе данных в приложении.</translation>
    </message>
    <message>
        <source>There is no station {code} in {path} (did you mean {suggestion}?); see the codes with &apos;observer-app stations list --db {path}&apos;.</source>
        <translation>В базе {path} нет участка {code} (может быть, {suggestion}?); коды участков покажет команда &apos;observer-app stations list --db {path}&apos;.</translation>
    </message>
    <message>
        <source>There is no station {code} in {path}; see the codes with &apos;observer-app stations list --db {path}&apos;.</source>
        <translation>В базе {path} нет участка {code}; коды участков покажет команда &apos;observer-app stations list --db {path}&apos;.</translation>
    </message>
    <message>
        <source>No sample was drawn: {reason}.</source>
        <translation>Выборка не составлена: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{path} is not a valid bundle. {reason} In all, %n problems were found.</source>
        <translation>
            <numerusform>{path} — недействительный пакет. {reason} Всего найдена %n ошибка.</numerusform>
            <numerusform>{path} — недействительный пакет. {reason} Всего найдены %n ошибки.</numerusform>
            <numerusform>{path} — недействительный пакет. {reason} Всего найдено %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a valid bundle. {reason}</source>
        <translation>{path} — недействительный пакет. {reason}</translation>
    </message>
    <message>
        <source>the identity file {path}</source>
        <translation>файла ключа {path}</translation>
    </message>
    <message numerus="yes">
        <source>No such bundle: {path} (and %n more); nothing was merged.</source>
        <translation>
            <numerusform>Пакеты не найдены: {path} и ещё %n пакет; ничего не объединено.</numerusform>
            <numerusform>Пакеты не найдены: {path} и ещё %n пакета; ничего не объединено.</numerusform>
            <numerusform>Пакеты не найдены: {path} и ещё %n пакетов; ничего не объединено.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such bundle: {path}; nothing was merged.</source>
        <translation>Пакет не найден: {path}; ничего не объединено.</translation>
    </message>
    <message>
        <source>{path}: the report is written as .csv, .xlsx or .pdf.</source>
        <translation>{path}: отчёт сохраняется в формате .csv, .xlsx или .pdf.</translation>
    </message>
    <message>
        <source>--wide is for a .csv report; {path} is not one.</source>
        <translation>--wide — только для отчёта .csv; {path} не такой файл.</translation>
    </message>
    <message>
        <source>--sample is for the PDF and XLSX reports (their analysis) and the wide CSV (--wide); the report CSV keeps its columns.</source>
        <translation>--sample — для отчётов PDF и XLSX (их анализа) и широкого CSV (--wide); столбцы CSV-отчёта не меняются.</translation>
    </message>
    <message>
        <source>The bundle is not valid.</source>
        <translation>Пакет недействителен.</translation>
    </message>
    <message>
        <source>The desktop app is not available in this installation.</source>
        <translation>В этой установке нет настольного приложения.</translation>
    </message>
    <message>
        <source>Screenshots need the desktop app, which is not available here.</source>
        <translation>Для снимков экрана нужно настольное приложение, а здесь его нет.</translation>
    </message>
    <message>
        <source>{path}: line {line} is longer than {most} characters; this is not a station list or a results file. Nothing was imported.</source>
        <translation>{path}: строка {line} длиннее {most} символов; это не список участков и не файл результатов. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path}: the row that starts on line {line} is longer than {most} characters (a quoted cell runs over many lines); this is not a station list or a results file. Nothing was imported.</source>
        <translation>{path}: запись, которая начинается в строке {line}, длиннее {most} символов (ячейка в кавычках тянется на много строк); это не список участков и не файл результатов. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path}: line {line}: malformed CSV ({detail}); nothing was imported.</source>
        <translation>{path}: строка {line}: ошибка формата CSV ({detail}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (near line {line}); save it as UTF-8 and try again. Nothing was imported.</source>
        <translation>{path}: текст не в кодировке UTF-8 (около строки {line}); сохраните файл в UTF-8 и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>A database knows only the stations loaded into it (a coordinator&apos;s, after a merge, only those observers covered): load the election file into it first (File → Load election file… in the coordinator window, or &apos;observer-app election load FILE.election.json --db ...&apos;).</source>
        <translation>База данных знает только загруженные в неё участки (база координатора после объединения — только те, где были наблюдатели): сначала загрузите в неё файл выборов («Файл → Загрузить файл выборов…» в окне координатора или &apos;observer-app election load FILE.election.json --db ...&apos;).</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {problems} (and %n more). Nothing from this file was imported.</source>
        <translation>
            <numerusform>{path}: {problems} (и ещё %n ошибка). Из этого файла ничего не импортировано.</numerusform>
            <numerusform>{path}: {problems} (и ещё %n ошибки). Из этого файла ничего не импортировано.</numerusform>
            <numerusform>{path}: {problems} (и ещё %n ошибок). Из этого файла ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {problems}. Nothing from this file was imported.</source>
        <translation>{path}: {problems}. Из этого файла ничего не импортировано.</translation>
    </message>
    <message>
        <source>{refusal} {hint}</source>
        <translation>{refusal} {hint}</translation>
    </message>
    <message>
        <source>{path}: the file is empty; it needs a header row.</source>
        <translation>{path}: файл пуст; нужна строка заголовка.</translation>
    </message>
    <message>
        <source>{path}: line 1: the columns are separated by semicolons, but the file must be comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{path}: строка 1: столбцы разделены точкой с запятой, а нужна запятая; в Excel сохраните файл как «CSV UTF-8 (разделитель — запятая)».</translation>
    </message>
    <message>
        <source>{path}: line 1: the columns are separated by tabs, but the file must be comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{path}: строка 1: столбцы разделены табуляцией, а нужна запятая; в Excel сохраните файл как «CSV UTF-8 (разделитель — запятая)».</translation>
    </message>
    <message>
        <source>{path}: line 1: column “{column}” appears twice.</source>
        <translation>{path}: строка 1: столбец «{column}» встречается дважды.</translation>
    </message>
    <message>
        <source>{path}: line 1: unknown column “{column}” (expected {expected}).</source>
        <translation>{path}: строка 1: неизвестный столбец «{column}» (допустимы: {expected}).</translation>
    </message>
    <message>
        <source>{path}: line 1: missing column “{column}”.</source>
        <translation>{path}: строка 1: нет столбца «{column}».</translation>
    </message>
    <message>
        <source>{column} = {value} is more than any polling station has (at most {most})</source>
        <translation>{column} = {value} — больше, чем бывает на любом участке (не более {most})</translation>
    </message>
    <message>
        <source>{column} must be a whole number written without spaces or separators, not “{value}”</source>
        <translation>{column}: нужно целое число без пробелов и разделителей разрядов, а не «{value}»</translation>
    </message>
    <message>
        <source>{column} must be a whole number of 0 or more, not “{value}”</source>
        <translation>{column}: нужно целое число не меньше 0, а не «{value}»</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has {width}</source>
        <translation>
            <numerusform>%n ячейка, а в заголовке — {width}</numerusform>
            <numerusform>%n ячейки, а в заголовке — {width}</numerusform>
            <numerusform>%n ячеек, а в заголовке — {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>the station code is empty</source>
        <translation>не указан код участка</translation>
    </message>
    <message>
        <source>station “{code}” already appears on line {first}</source>
        <translation>участок «{code}» уже есть в строке {first}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>unknown station “{code}”</source>
        <translation>неизвестный участок «{code}»</translation>
    </message>
    <message>
        <source>the stratum is empty or longer than {most} characters</source>
        <translation>слой пуст или длиннее {most} символов</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number from 1 to {most}</source>
        <translation>вес «{value}» — не число от 1 до {most}</translation>
    </message>
    <message>
        <source>{path}: the sample lists no station.</source>
        <translation>{path}: в выборке нет ни одного участка.</translation>
    </message>
    <message>
        <source>unexpected character “{character}” at position {position}</source>
        <translation>неожиданный символ «{character}» в позиции {position}</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>выражение пустое</translation>
    </message>
    <message>
        <source>an expression needs exactly one comparison (=, &lt;=, &gt;=, &lt;, &gt;)</source>
        <translation>в выражении должно быть ровно одно сравнение (=, &lt;=, &gt;=, &lt;, &gt;)</translation>
    </message>
    <message>
        <source>an expression may hold only one comparison</source>
        <translation>в выражении может быть только одно сравнение</translation>
    </message>
    <message>
        <source>a side of the comparison is empty</source>
        <translation>одна из частей сравнения пуста</translation>
    </message>
    <message>
        <source>the only function is sum(contestants)</source>
        <translation>допустима только функция sum(contestants)</translation>
    </message>
    <message>
        <source>unknown line code “{code}”</source>
        <translation>неизвестный код строки «{code}»</translation>
    </message>
    <message>
        <source>expected a line code or a number, found “{found}”</source>
        <translation>ожидался код строки или число, а найдено «{found}»</translation>
    </message>
    <message>
        <source>expected + or -, found “{found}”</source>
        <translation>ожидался знак + или -, а найдено «{found}»</translation>
    </message>
    <message>
        <source>the expression ends with an operator</source>
        <translation>выражение заканчивается знаком операции</translation>
    </message>
    <message>
        <source>cannot read the election file ({reason})</source>
        <translation>не удалось прочитать файл выборов ({reason})</translation>
    </message>
    <message>
        <source>the election file is not UTF-8 text (byte {byte})</source>
        <translation>файл выборов не является текстом в кодировке UTF-8 (байт {byte})</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>строка {line}, столбец {column}</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>некорректный JSON ({detail})</translation>
    </message>
    <message>
        <source>the station code is {length} characters long; at most {most} are allowed</source>
        <translation>код участка длиной {length} символов; допускается не более {most}</translation>
    </message>
    <message>
        <source>the station code holds a control character ({character} at position {position}); any other character is allowed</source>
        <translation>в коде участка есть управляющий символ ({character} в позиции {position}); любые другие символы допускаются</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {most} are allowed</source>
        <translation>текст длиной {length} символов; допускается не более {most}</translation>
    </message>
    <message>
        <source>the number {number} is larger than any count (at most {most})</source>
        <translation>число {number} больше любого подсчёта (не более {most})</translation>
    </message>
    <message>
        <source>nested deeper than {most} levels</source>
        <translation>вложенность глубже {most} уровней</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in one object</source>
        <translation>ключ «{key}» встречается в одном объекте дважды</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too long to read</source>
        <translation>число из {digits} цифр слишком длинное, его нельзя прочитать</translation>
    </message>
    <message>
        <source>“{found}” is not a number JSON allows</source>
        <translation>«{found}» — не число, допустимое в JSON</translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <translation>{source}: {problem}.</translation>
    </message>
    <message>
        <source>{source}: {place}: {problem}.</source>
        <translation>{source}: {place}: {problem}.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустым текстом</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>должно быть непустым списком</translation>
    </message>
    <message>
        <source>must be a non-negative integer, found “{found}”</source>
        <translation>должно быть целым неотрицательным числом, а указано «{found}»</translation>
    </message>
    <message>
        <source>a code is at most {most} characters long, this one {length}</source>
        <translation>код может быть не длиннее {most} символов, а в этом {length}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must be at most {most}, found “{found}”</source>
        <translation>должно быть не больше {most}, а указано «{found}»</translation>
    </message>
    <message>
        <source>the election file must hold a JSON object</source>
        <translation>файл выборов должен содержать объект JSON</translation>
    </message>
    <message>
        <source>version {version} is newer than this app reads ({supported}); update the app</source>
        <translation>версия {version} новее той, которую читает это приложение ({supported}); обновите приложение</translation>
    </message>
    <message>
        <source>must be {supported}, found “{found}”</source>
        <translation>должно быть {supported}, а указано «{found}»</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, found “{found}”</source>
        <translation>должно быть датой в виде ГГГГ-ММ-ДД, а указано «{found}»</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100, found “{found}”</source>
        <translation>должно быть числом от 0 до 100, а указано «{found}»</translation>
    </message>
    <message>
        <source>must be true or false, found “{found}”</source>
        <translation>должно быть true или false, а указано «{found}»</translation>
    </message>
    <message>
        <source>code “{code}” must be lower-case letters, digits and _ , starting with a letter</source>
        <translation>код «{code}» должен состоять из строчных латинских букв, цифр и _ и начинаться с буквы</translation>
    </message>
    <message>
        <source>code “{code}” is reserved</source>
        <translation>код «{code}» зарезервирован</translation>
    </message>
    <message>
        <source>duplicate code “{code}” (already used at {first})</source>
        <translation>повторяющийся код «{code}» (уже использован в {first})</translation>
    </message>
    <message>
        <source>must be a string, found “{found}”</source>
        <translation>должно быть текстом, а указано «{found}»</translation>
    </message>
    <message>
        <source>unknown role “{role}” (known: {known})</source>
        <translation>неизвестная роль «{role}» (допустимы: {known})</translation>
    </message>
    <message>
        <source>role “{role}” is already given to {code}</source>
        <translation>роль «{role}» уже назначена строке {code}</translation>
    </message>
    <message>
        <source>id “{id}” must be lower-case letters, digits and _</source>
        <translation>идентификатор «{id}» должен состоять из строчных латинских букв, цифр и _</translation>
    </message>
    <message>
        <source>duplicate relation id “{id}”</source>
        <translation>повторяющийся идентификатор соотношения «{id}»</translation>
    </message>
    <message>
        <source>relation “{id}” ({place})</source>
        <translation>соотношение «{id}» ({place})</translation>
    </message>
    <message>
        <source>{problem} in “{expr}”</source>
        <translation>{problem} в «{expr}»</translation>
    </message>
    <message>
        <source>must be “error” or “warning”, found “{found}”</source>
        <translation>должно быть «error» или «warning», а указано «{found}»</translation>
    </message>
    <message>
        <source>duplicate station code “{code}”</source>
        <translation>повторяющийся код участка «{code}»</translation>
    </message>
    <message>
        <source>must be an object of names by language, e.g. {example}</source>
        <translation>должно быть объектом названий по языкам, например {example}</translation>
    </message>
    <message>
        <source>language “{lang}” must be a language code such as en, ru or kk</source>
        <translation>язык «{lang}» должен быть кодом языка, например en, ru или kk</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the CA key; an empty one is refused.</source>
        <translation>Для защиты ключа УЦ нужен пароль; пустой пароль не принимается.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the identity file; an empty one is refused.</source>
        <translation>Для защиты файла ключа нужен пароль; пустой пароль не принимается.</translation>
    </message>
    <message>
        <source>“{value}” is not an observer id: give a UUID such as {example}.</source>
        <translation>«{value}» не является ID наблюдателя: укажите UUID, например {example}.</translation>
    </message>
    <message numerus="yes">
        <source>The observer&apos;s name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Имя наблюдателя содержит %n символ; в сертификате допускается не более 64.</numerusform>
            <numerusform>Имя наблюдателя содержит %n символа; в сертификате допускается не более 64.</numerusform>
            <numerusform>Имя наблюдателя содержит %n символов; в сертификате допускается не более 64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CA name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Название УЦ содержит %n символ; в сертификате допускается не более 64.</numerusform>
            <numerusform>Название УЦ содержит %n символа; в сертификате допускается не более 64.</numerusform>
            <numerusform>Название УЦ содержит %n символов; в сертификате допускается не более 64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Название организации содержит %n символ; в сертификате допускается не более 64.</numerusform>
            <numerusform>Название организации содержит %n символа; в сертификате допускается не более 64.</numerusform>
            <numerusform>Название организации содержит %n символов; в сертификате допускается не более 64.</numerusform>
        </translation>
    </message>
    <message>
        <source>The observer&apos;s name must not contain line breaks or other control characters.</source>
        <translation>Имя наблюдателя не должно содержать переносов строк и других управляющих символов.</translation>
    </message>
    <message>
        <source>The CA name must not contain line breaks or other control characters.</source>
        <translation>Название УЦ не должно содержать переносов строк и других управляющих символов.</translation>
    </message>
    <message>
        <source>The organisation must not contain line breaks or other control characters.</source>
        <translation>Название организации не должно содержать переносов строк и других управляющих символов.</translation>
    </message>
    <message>
        <source>The observer&apos;s name must not be empty.</source>
        <translation>Имя наблюдателя не может быть пустым.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite an identity. Choose another path or move the existing file away first.</source>
        <translation>Файл {path} уже существует; ключ подписи не будет перезаписан. Выберите другой путь или сначала переместите существующий файл в другое место.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it. Choose another path or move the existing file away first.</source>
        <translation>Файл {path} уже существует; он не будет перезаписан. Выберите другой путь или сначала переместите существующий файл в другое место.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; give a folder for the CA.</source>
        <translation>{path} — это файл, а не папка; укажите папку для УЦ.</translation>
    </message>
    <message>
        <source>{path} already holds a CA; refusing to overwrite it. Give another folder.</source>
        <translation>В папке {path} уже есть УЦ; он не будет перезаписан. Укажите другую папку.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it.</source>
        <translation>Файл {path} уже существует; он не будет перезаписан.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>Не удалось создать папку {path}: {reason}.</translation>
    </message>
    <message>
        <source>The certificate file {path} does not exist.</source>
        <translation>Файл сертификата {path} не найден.</translation>
    </message>
    <message>
        <source>{path} is not a certificate (expected a PEM or DER file such as ca.pem).</source>
        <translation>{path} не является сертификатом (нужен файл PEM или DER, например ca.pem).</translation>
    </message>
    <message>
        <source>The CA folder {path} does not exist; create one with &apos;observer-app ca init&apos;.</source>
        <translation>Папка УЦ {path} не найдена; создайте её командой &apos;observer-app ca init&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a CA folder: {file} is missing.</source>
        <translation>{path} не является папкой УЦ: в ней нет файла {file}.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted CA key.</source>
        <translation>{path} не является зашифрованным ключом УЦ.</translation>
    </message>
    <message>
        <source>The passphrase does not open the CA key {path}; check it and try again.</source>
        <translation>Пароль не подходит к ключу УЦ {path}; проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path} is not a CA key this app can read.</source>
        <translation>{path} не является ключом УЦ, который может прочитать это приложение.</translation>
    </message>
    <message>
        <source>{path} is not an ECDSA P-256 key.</source>
        <translation>{path} не является ключом ECDSA P-256.</translation>
    </message>
    <message>
        <source>{path} does not belong to the certificate {certificate}.</source>
        <translation>Ключ {path} не соответствует сертификату {certificate}.</translation>
    </message>
    <message>
        <source>The identity of {who} belongs to observer {uid}, but this database is kept by observer {observer}; sign its files with the identity issued for observer {observer}.</source>
        <translation>Ключ подписи ({who}) выдан наблюдателю {uid}, а эту базу данных ведёт наблюдатель {observer}; подписывайте её файлы ключом, выданным наблюдателю {observer}.</translation>
    </message>
    <message>
        <source>The identity of {who} has no ECDSA P-256 key; signatures need one.</source>
        <translation>В ключе подписи ({who}) нет ключа ECDSA P-256, а он нужен для подписи.</translation>
    </message>
    <message>
        <source>The profile&apos;s name “{profile}” is not the name in the certificate, “{certificate}”: a signed document names its signer as the certificate does. Change the profile&apos;s name to “{certificate}”, or sign with the identity issued to “{profile}”.</source>
        <translation>ФИО в профиле «{profile}» не совпадает с именем в сертификате «{certificate}»: подписанный документ называет подписанта так, как его называет сертификат. Исправьте ФИО в профиле на «{certificate}» или подписывайте ключом, выданным на имя «{profile}».</translation>
    </message>
    <message>
        <source>{path} does not hold an ECDSA P-256 key, which this app needs for signatures that every PDF reader checks.</source>
        <translation>В файле {path} нет ключа ECDSA P-256, а он нужен приложению для подписей, которые может проверить любая программа для просмотра PDF.</translation>
    </message>
    <message>
        <source>In {path} the key does not belong to the certificate.</source>
        <translation>В файле {path} ключ не соответствует сертификату.</translation>
    </message>
    <message>
        <source>{path} is not an observer identity: its certificate has no observer id (UID) or no name (CN).</source>
        <translation>{path} не является ключом наблюдателя: в его сертификате нет ID наблюдателя (UID) или имени (CN).</translation>
    </message>
    <message>
        <source>{path} is not an observer identity: its UID “{uid}” is not a UUID.</source>
        <translation>{path} не является ключом наблюдателя: его UID «{uid}» не является UUID.</translation>
    </message>
    <message>
        <source>The identity file {path} does not exist.</source>
        <translation>Файл ключа {path} не найден.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an identity (.p12) file.</source>
        <translation>{path} — это папка, а не файл ключа (.p12).</translation>
    </message>
    <message>
        <source>Cannot read the identity file {path}: {reason}.</source>
        <translation>Не удалось прочитать файл ключа {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not an identity file (PKCS#12, .p12).</source>
        <translation>{path} не является файлом ключа (PKCS#12, .p12).</translation>
    </message>
    <message>
        <source>The passphrase does not open the identity file {path}; check it and try again.</source>
        <translation>Пароль не подходит к файлу ключа {path}; проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path} is encrypted with an algorithm this app cannot read.</source>
        <translation>Файл {path} зашифрован алгоритмом, который это приложение не умеет читать.</translation>
    </message>
    <message>
        <source>{path} does not hold both a key and a certificate.</source>
        <translation>В файле {path} нет ключа или сертификата, а нужны оба.</translation>
    </message>
    <message>
        <source>the election it carries has {column} = {value}, outside {low}..{high}</source>
        <translation>у выборов в пакете {column} = {value}, вне диапазона {low}..{high}</translation>
    </message>
    <message>
        <source>the bundle&apos;s election</source>
        <translation>выборы из пакета</translation>
    </message>
    <message>
        <source>its id is not the id its template gives</source>
        <translation>его id не совпадает с id в шаблоне выборов</translation>
    </message>
    <message>
        <source>the election it carries cannot be used: {problem}</source>
        <translation>выборы в пакете нельзя использовать: {problem}</translation>
    </message>
    <message>
        <source>the bundle holds no election</source>
        <translation>в пакете нет выборов</translation>
    </message>
    <message>
        <source>the bundle is for the election “{bundle_election}”; this database holds “{held}”</source>
        <translation>пакет относится к выборам «{bundle_election}», а в этой базе данных — выборы «{held}»</translation>
    </message>
    <message>
        <source>it carries another version of the election “{election}” than the bundles merged before (its lines, parties, relations or names differ); load the election file into the coordinator&apos;s database (&apos;observer-app election load FILE --db COORD&apos;), which then decides, and merge it again</source>
        <translation>в нём другая версия выборов «{election}», чем в пакетах, объединённых ранее (строки, партии, контрольные соотношения или названия различаются); загрузите файл выборов в базу координатора (&apos;observer-app election load FILE --db COORD&apos;) — тогда решает он — и объедините пакет снова</translation>
    </message>
    <message>
        <source>its protocols hold values for “{codes}”, which the election in this database does not have</source>
        <translation>в его протоколах есть значения для «{codes}», которых нет в выборах этой базы</translation>
    </message>
    <message>
        <source>the coordinator withdrew it from this database ({reason}); it is not merged again</source>
        <translation>координатор отозвал его из этой базы ({reason}); повторно он не объединяется</translation>
    </message>
    <message>
        <source>the bundle is not valid</source>
        <translation>пакет недействителен</translation>
    </message>
    <message>
        <source>its records cannot be merged ({detail})</source>
        <translation>его записи не удалось объединить ({detail})</translation>
    </message>
    <message>
        <source>“{sha}” is not a bundle&apos;s SHA-256 (64 hexadecimal digits, or at least its first 8); see them with &apos;observer-app bundles list --db COORD&apos;.</source>
        <translation>«{sha}» — не SHA-256 пакета (64 шестнадцатеричные цифры или хотя бы первые 8); список пакетов: &apos;observer-app bundles list --db COORD&apos;.</translation>
    </message>
    <message>
        <source>No bundle {sha} was merged into this database; see them with &apos;observer-app bundles list --db COORD&apos;.</source>
        <translation>Пакет {sha} не объединялся в эту базу; список пакетов: &apos;observer-app bundles list --db COORD&apos;.</translation>
    </message>
    <message>
        <source>More than one bundle starts with {sha}; give more of its SHA-256.</source>
        <translation>С {sha} начинается больше одного пакета; укажите больше знаков его SHA-256.</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason (--reason TEXT).</source>
        <translation>Для отзыва нужна причина (--reason ТЕКСТ).</translation>
    </message>
    <message>
        <source>The bundle {sha} is not merged ({status}); there is nothing to withdraw.</source>
        <translation>Пакет {sha} не объединён ({status}); отзывать нечего.</translation>
    </message>
    <message>
        <source>The passphrase file {path} does not exist.</source>
        <translation>Файл с паролем {path} не найден.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>Файл с паролем {path} не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Не удалось прочитать файл с паролем {path}: {reason}.</translation>
    </message>
    <message>
        <source>The first line of the passphrase file {path} is empty.</source>
        <translation>Первая строка файла с паролем {path} пуста.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>A passphrase is needed for {purpose}, and there is no terminal to ask for it: set {variables}, or give --passphrase-file FILE.</source>
        <translation>Нужен пароль для {purpose}, а терминала, чтобы его запросить, нет: задайте переменную окружения {variables} или укажите --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>An empty passphrase for {purpose} is refused.</source>
        <translation>Пустой пароль для {purpose} не принимается.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Пароли не совпадают; ничего не записано.</translation>
    </message>
    <message>
        <source>No passphrase was typed for {purpose}.</source>
        <translation>Пароль для {purpose} не введён.</translation>
    </message>
    <message>
        <source>A visible signature stamp needs a Unicode font in resources/fonts.</source>
        <translation>Для видимого штампа подписи нужен шрифт с поддержкой Unicode в папке resources/fonts.</translation>
    </message>
    <message>
        <source>A visible signature stamp needs pyHanko&apos;s opentype extra (fontTools and uharfbuzz); sign invisibly or install pyHanko[opentype].</source>
        <translation>Для видимого штампа подписи нужен дополнительный модуль opentype библиотеки pyHanko (fontTools и uharfbuzz); подпишите без видимого штампа или установите pyHanko[opentype].</translation>
    </message>
    <message>
        <source>This document is about observer {stated}, but the identity is that of {signer}; a document is signed only by the observer it names.</source>
        <translation>Этот документ относится к наблюдателю {stated}, а ключ подписи принадлежит другому: {signer}; документ подписывает только тот наблюдатель, который в нём назван.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: {detail}.</source>
        <translation>Не удалось подписать PDF: {detail}.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Подпись недействительна.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>the given certificate</source>
        <translation>заданного сертификата</translation>
    </message>
    <message>
        <source>the given certificates</source>
        <translation>заданных сертификатов</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed, not issued by the CA in {ca}, so the signer is not trusted.</source>
        <translation>Сертификат подписанта самоподписанный и не выдан УЦ из {ca}, поэтому подписант не считается доверенным.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, so the signer cannot be trusted.</source>
        <translation>Срок действия сертификата подписанта истёк, поэтому подписанту нельзя доверять.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not valid yet; check this computer&apos;s clock and verify again.</source>
        <translation>Сертификат подписанта ещё не начал действовать; проверьте часы на этом компьютере и повторите проверку.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked, so the signer cannot be trusted.</source>
        <translation>Сертификат подписанта отозван, поэтому подписанту нельзя доверять.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chain to {ca} does not allow signing documents (key usage or CA constraints).</source>
        <translation>Цепочка сертификатов подписанта до {ca} не разрешает подписывать документы (ограничения на использование ключа или ограничения УЦ).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by the CA in {ca}: its chain does not lead there, so the signer is not trusted.</source>
        <translation>Сертификат подписанта выдан не УЦ из {ca}: его цепочка не ведёт к этому УЦ, поэтому подписант не считается доверенным.</translation>
    </message>
    <message>
        <source>The file was changed after signing: 1 byte was added after the signed part (for example by an editor saving a change).</source>
        <translation>Файл изменён после подписания: после подписанной части добавлен 1 байт (например, редактор сохранил изменение).</translation>
    </message>
    <message numerus="yes">
        <source>The file was changed after signing: %n bytes were added after the signed part (for example by an editor saving a change).</source>
        <translation>
            <numerusform>Файл изменён после подписания: после подписанной части добавлен %n байт (например, редактор сохранил изменение).</numerusform>
            <numerusform>Файл изменён после подписания: после подписанной части добавлено %n байта (например, редактор сохранил изменение).</numerusform>
            <numerusform>Файл изменён после подписания: после подписанной части добавлено %n байт (например, редактор сохранил изменение).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <translation>{path} — это папка, а не PDF-файл.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{file} is not a PDF file.</source>
        <translation>{file} не является PDF-файлом.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a PDF (it may be damaged or changed): {detail}.</source>
        <translation>{file} не читается как PDF (возможно, он повреждён или изменён): {detail}.</translation>
    </message>
    <message>
        <source>{file} is not signed: it holds no signature.</source>
        <translation>{file} не подписан: в нём нет подписи.</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n signatures; a signed summary has exactly one, so it was signed again after the observer signed it.</source>
        <translation>
            <numerusform>{file} содержит %n подпись; в подписанной сводке подпись ровно одна, значит, файл подписали ещё раз уже после наблюдателя.</numerusform>
            <numerusform>{file} содержит %n подписи; в подписанной сводке подпись ровно одна, значит, файл подписали ещё раз уже после наблюдателя.</numerusform>
            <numerusform>{file} содержит %n подписей; в подписанной сводке подпись ровно одна, значит, файл подписали ещё раз уже после наблюдателя.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature cannot be checked, so it is not valid: {detail}.</source>
        <translation>Подпись невозможно проверить, поэтому она недействительна: {detail}.</translation>
    </message>
    <message>
        <source>The signature is broken: the signed content was changed after signing.</source>
        <translation>Подпись нарушена: подписанное содержимое изменено после подписания.</translation>
    </message>
    <message>
        <source>The signature is broken: it does not match the signer&apos;s certificate.</source>
        <translation>Подпись нарушена: она не соответствует сертификату подписанта.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: parts of it were not signed.</source>
        <translation>Подпись охватывает не весь файл: часть его не подписана.</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {signed} UTC, more than a day after this computer&apos;s clock ({now} UTC): check this computer&apos;s date; if it is right, the signing time is false and the signature is not valid.</source>
        <translation>Подпись якобы поставлена {signed} UTC — более чем на сутки позже, чем показывают часы этого компьютера ({now} UTC): проверьте дату на компьютере; если она верна, время подписи ложно, и подпись недействительна.</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {signed} UTC, when the signer&apos;s certificate was not valid (it is valid from {start} to {end}), so it is not valid.</source>
        <translation>Подпись якобы поставлена {signed} UTC, когда сертификат подписанта не действовал (срок его действия: с {start} по {end}), поэтому подпись недействительна.</translation>
    </message>
    <message>
        <source>The document does not state which observer it is about (every PDF observer-app signs states it), so what it says cannot be checked against its signer; it is not valid.</source>
        <translation>В документе не указано, к какому наблюдателю он относится (observer-app указывает это в каждом подписываемом PDF), поэтому его содержание нельзя сверить с подписантом; документ недействителен.</translation>
    </message>
    <message>
        <source>The document is about observer {stated}, but the signer&apos;s certificate names no observer id, so it is not valid.</source>
        <translation>Документ относится к наблюдателю {stated}, но в сертификате подписанта не указан ID наблюдателя, поэтому документ недействителен.</translation>
    </message>
    <message>
        <source>The document is about observer {stated}, but it was signed by {signer}, observer {uid}: a document is valid only signed by the observer it names.</source>
        <translation>Документ относится к наблюдателю {stated}, а подписал его {signer}, наблюдатель {uid}: документ действителен, только если его подписал названный в нём наблюдатель.</translation>
    </message>
    <message>
        <source>{path} is not an observer database (not an SQLite file).</source>
        <translation>{path} — не база данных наблюдателя (это не файл SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}).</source>
        <translation>Не удалось прочитать {path} как базу данных ({detail}).</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Не удалось создать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not an observer database; it was not changed.</source>
        <translation>{path} — база данных другой программы, а не база данных наблюдателя; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is empty; create an observer database with &apos;observer-app election load FILE --db {path}&apos;.</source>
        <translation>Файл {path} пуст; создайте базу данных наблюдателя командой &apos;observer-app election load FILE --db {path}&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app (schema {version}; this app knows up to {known}); update the app to open it. The file was not changed.</source>
        <translation>{path} записан более новой версией приложения (схема {version}; это приложение знает схемы до {known}); чтобы открыть его, обновите приложение. Файл не изменён.</translation>
    </message>
    <message>
        <source>There is no database at {path}; create one with &apos;observer-app election load FILE --db {path}&apos;.</source>
        <translation>По пути {path} нет базы данных; создайте её командой &apos;observer-app election load FILE --db {path}&apos;.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {detail}.</source>
        <translation>Не удалось открыть {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path}: the schema version does not match its migrations.</source>
        <translation>{path}: версия схемы не соответствует её миграциям.</translation>
    </message>
    <message>
        <source>{path} cannot be used as an observer database ({detail}).</source>
        <translation>{path} нельзя использовать как базу данных наблюдателя ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a coordinator&apos;s database (observers&apos; bundles merged into it); &apos;{command}&apos; works on an observer&apos;s database, the one the observer&apos;s app keeps: give that one.</source>
        <translation>{path} — база координатора (в неё объединены пакеты наблюдателей); &apos;{command}&apos; работает с базой наблюдателя — той, что ведёт приложение наблюдателя: укажите её.</translation>
    </message>
    <message>
        <source>{path} is an observer&apos;s database; &apos;{command}&apos; works on a coordinator&apos;s database: make one with &apos;observer-app merge --into COORD.sqlite FILE.obsx&apos; or &apos;observer-app election load FILE --db COORD.sqlite --coordinator&apos;, and give that.</source>
        <translation>{path} — база наблюдателя; &apos;{command}&apos; работает с базой координатора: создайте её командой &apos;observer-app merge --into COORD.sqlite FILE.obsx&apos; или &apos;observer-app election load FILE --db COORD.sqlite --coordinator&apos; и укажите её.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Нет записи с идентификатором {id}.</translation>
    </message>
    <message>
        <source>This database has no election yet; load one with &apos;observer-app election load FILE --db PATH&apos;.</source>
        <translation>В этой базе данных ещё нет выборов; загрузите их командой &apos;observer-app election load FILE --db PATH&apos;.</translation>
    </message>
    <message>
        <source>the election stored in {path}</source>
        <translation>выборы, сохранённые в {path}</translation>
    </message>
    <message>
        <source>This database holds the election “{held}”; an observer database holds one election, so use a new database for “{new}”.</source>
        <translation>В этой базе данных уже есть выборы «{held}»; база наблюдателя хранит одни выборы, поэтому для «{new}» создайте новую базу.</translation>
    </message>
    <message>
        <source>Station {code} appears twice.</source>
        <translation>Участок {code} указан дважды.</translation>
    </message>
    <message>
        <source>There is no station {code} in this database.</source>
        <translation>В этой базе данных нет участка {code}.</translation>
    </message>
    <message>
        <source>Unknown protocol source “{source}”.</source>
        <translation>Неизвестный источник протокола «{source}».</translation>
    </message>
    <message>
        <source>Unknown protocol status “{status}”.</source>
        <translation>Неизвестный статус протокола «{status}».</translation>
    </message>
    <message>
        <source>An announced turnout needs a number of voters or a percentage.</source>
        <translation>Для объявленной явки нужно число избирателей или процент.</translation>
    </message>
    <message>
        <source>The announced number of voters</source>
        <translation>Объявленное число избирателей</translation>
    </message>
    <message>
        <source>An announced turnout of {percent}% is not a percentage.</source>
        <translation>Объявленная явка {percent}% невозможна: процент должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>Unknown obstruction kind “{kind}”.</source>
        <translation>Неизвестный вид препятствия «{kind}».</translation>
    </message>
    <message>
        <source>You are already out of the station; record the readmission first.</source>
        <translation>Вы уже вне участка; сначала отметьте «Снова на участке».</translation>
    </message>
    <message>
        <source>An obstruction cannot end before it started.</source>
        <translation>Препятствие не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>Unknown incident category “{category}”.</source>
        <translation>Неизвестная категория нарушения «{category}».</translation>
    </message>
    <message>
        <source>Cannot read the photo {path}: {reason}.</source>
        <translation>Не удалось прочитать фото {path}: {reason}.</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Для исправления нужна причина.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{value}”.</source>
        <translation>{what}: нужно целое число, а не «{value}».</translation>
    </message>
    <message>
        <source>{what} cannot be negative ({value}).</source>
        <translation>{what}: число не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <source>{what} = {value} is more than any polling station has (at most {most}).</source>
        <translation>{what} = {value}: столько не бывает ни на одном участке (не больше {most}).</translation>
    </message>
    <message>
        <source>{what} “{value}” is not a time.</source>
        <translation>{what} «{value}» — это не время.</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} должно быть текстом.</translation>
    </message>
    <message>
        <source>{what} is longer than {most} characters.</source>
        <translation>{what} длиннее {most} символов.</translation>
    </message>
    <message>
        <source>“{code}” is not a line or contestant of this election.</source>
        <translation>«{code}» — не строка протокола и не участник этих выборов.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <source>the folder does not accept new files; choose another folder</source>
        <translation>в этой папке нельзя создавать файлы; выберите другую папку</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder for {name}.</source>
        <translation>Папки {folder} не существует; выберите для {name} существующую папку.</translation>
    </message>
    <message>
        <source>{path} is a file this command reads; an output never replaces it: choose another file name.</source>
        <translation>{path} — файл, который читает эта команда; результат никогда не записывается поверх него: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} is the same file as {input}, which this command reads; choose another file name.</source>
        <translation>{path} — тот же файл, что и {input}, который читает эта команда; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} belongs to the database {input}, which this command reads; choose another file name.</source>
        <translation>{path} принадлежит базе данных {input}, которую читает эта команда; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} already exists; give --force to replace it, or choose another file name.</source>
        <translation>Файл {path} уже существует; чтобы заменить его, укажите --force, или выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written to {path}.</source>
        <translation>Диск заполнен: в {path} ничего не записано.</translation>
    </message>
    <message>
        <source>its {table} record {record} cannot be accepted: {problem}</source>
        <translation>его запись {record} в таблице {table} нельзя принять: {problem}</translation>
    </message>
    <message>
        <source>{column} is not text</source>
        <translation>{column} — не текст</translation>
    </message>
    <message numerus="yes">
        <source>{column} is longer than %n characters</source>
        <translation>
            <numerusform>{column} длиннее %n символа</numerusform>
            <numerusform>{column} длиннее %n символов</numerusform>
            <numerusform>{column} длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} пусто</translation>
    </message>
    <message>
        <source>{column} holds control characters</source>
        <translation>в {column} есть управляющие символы</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a time</source>
        <translation>{column} «{value}» — не время</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column} «{value}» — не целое число</translation>
    </message>
    <message>
        <source>{column} = {value} is outside {low}..{high}</source>
        <translation>{column} = {value} вне диапазона {low}..{high}</translation>
    </message>
    <message>
        <source>{column} “{value}” is not one this app knows</source>
        <translation>{column} «{value}» — неизвестное приложению значение</translation>
    </message>
    <message>
        <source>{column} “{value}” is not {expected}</source>
        <translation>{column} «{value}» — не {expected}</translation>
    </message>
    <message>
        <source>values_json is not a JSON object of counts</source>
        <translation>values_json — не JSON-объект с числами</translation>
    </message>
    <message>
        <source>“{code}” is not a line or contestant of the bundle&apos;s election</source>
        <translation>«{code}» — не строка протокола и не участник выборов этого пакета</translation>
    </message>
    <message>
        <source>its id is not that of station {code} of the election {election}</source>
        <translation>его id не совпадает с id участка {code} выборов {election}</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>она заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>{table}: the record id {id} is used twice</source>
        <translation>{table}: идентификатор записи {id} встречается дважды</translation>
    </message>
    <message>
        <source>{table}: a record is at a station the bundle does not carry ({station})</source>
        <translation>{table}: запись относится к участку, которого нет в пакете ({station})</translation>
    </message>
    <message>
        <source>{table}: two records for one station</source>
        <translation>{table}: две записи для одного участка</translation>
    </message>
    <message>
        <source>the photo belongs to no record of this observer</source>
        <translation>фотография не относится ни к одной записи этого наблюдателя</translation>
    </message>
    <message>
        <source>the photo&apos;s bytes do not match its SHA-256 or its size</source>
        <translation>содержимое фотографии не совпадает с её SHA-256 или размером</translation>
    </message>
    <message>
        <source>Nothing of yours is recorded at station {code} (no protocol, visit, head-count, obstruction, incident or announced turnout), so there is no summary to sign: a signed summary says what you saw there.</source>
        <translation>На участке {code} вы ничего не записали (ни протокола, ни времени прихода или ухода, ни подсчёта явки, ни препятствий, ни нарушений, ни объявленной явки), поэтому подписывать нечего: подписанная сводка говорит о том, что вы там видели.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again when it has finished.</source>
        <translation>База данных занята: в неё записывает другая программа; повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>The text is {length} characters long, longer than the {most} a record keeps; shorten it (a long document can be attached as a photo).</source>
        <translation>Текст длиной {length} символов — длиннее {most}, которые хранит запись; сократите его (длинный документ можно приложить как фото).</translation>
    </message>
    <message>
        <source>{day} January {year}</source>
        <translation>{day} января {year} г.</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{day} февраля {year} г.</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{day} марта {year} г.</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{day} апреля {year} г.</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{day} мая {year} г.</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{day} июня {year} г.</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{day} июля {year} г.</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{day} августа {year} г.</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{day} сентября {year} г.</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{day} октября {year} г.</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{day} ноября {year} г.</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{day} декабря {year} г.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {today}; the election is on {election}: check the clock.</source>
        <translation>Часы этого компьютера показывают {today}, а день выборов — {election}: проверьте часы.</translation>
    </message>
    <message>
        <source>This database holds the demo election, for practice: what you sign is marked DEMO and is not evidence.</source>
        <translation>В этой базе данных демо-выборы, для практики: то, что вы подписываете, помечено ДЕМО и не является доказательством.</translation>
    </message>
    <message>
        <source>Your arrival at the station is not recorded.</source>
        <translation>Время вашего прихода на участок не отмечено.</translation>
    </message>
    <message>
        <source>Your departure from the station is not recorded.</source>
        <translation>Время вашего ухода с участка не отмечено.</translation>
    </message>
    <message>
        <source>No protocol is recorded for this station.</source>
        <translation>Протокол этого участка не записан.</translation>
    </message>
    <message>
        <source>The protocol is still a draft: make it final once every figure is checked.</source>
        <translation>Протокол всё ещё черновик: сделайте его окончательным, когда проверите все числа.</translation>
    </message>
    <message>
        <source>The protocol&apos;s source is not given (a certified copy, a posted copy, your own count...).</source>
        <translation>Не указан источник протокола (заверенная копия, вывешенная копия, собственный подсчёт…).</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail and the protocol is not confirmed as on the official copy (evidence, not a typo): {relations}.</source>
        <translation>
            <numerusform>Нарушено %n контрольное соотношение, и не подтверждено, что протокол такой же, как официальная копия (доказательство, а не опечатка): {relations}.</numerusform>
            <numerusform>Нарушено %n контрольных соотношения, и не подтверждено, что протокол такой же, как официальная копия (доказательство, а не опечатка): {relations}.</numerusform>
            <numerusform>Нарушено %n контрольных соотношений, и не подтверждено, что протокол такой же, как официальная копия (доказательство, а не опечатка): {relations}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{formula} (off by {off})</source>
        <translation>{formula} (расхождение {off})</translation>
    </message>
    <message>
        <source>since {start}, never readmitted</source>
        <translation>с {start}; «Снова на участке» не отмечено</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as removed from the station ({when}): check the removal&apos;s times or the head-count.</source>
        <translation>
            <numerusform>%n избиратель посчитан, когда вы по записям были удалены с участка ({when}): проверьте время удаления или подсчёт.</numerusform>
            <numerusform>%n избирателя посчитаны, когда вы по записям были удалены с участка ({when}): проверьте время удаления или подсчёт.</numerusform>
            <numerusform>%n избирателей посчитаны, когда вы по записям были удалены с участка ({when}): проверьте время удаления или подсчёт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as not admitted to the station ({when}): check its times or the head-count.</source>
        <translation>
            <numerusform>%n избиратель посчитан, когда вас по записям не допускали на участок ({when}): проверьте время недопуска или подсчёт.</numerusform>
            <numerusform>%n избирателя посчитаны, когда вас по записям не допускали на участок ({when}): проверьте время недопуска или подсчёт.</numerusform>
            <numerusform>%n избирателей посчитаны, когда вас по записям не допускали на участок ({when}): проверьте время недопуска или подсчёт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was published: {reason}.</source>
        <translation>Ничего не опубликовано: {reason}.</translation>
    </message>
</context>
<context>
    <name>ObstructionsModel</name>
    <message>
        <source>Obstruction</source>
        <translation>Препятствие</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Кто распорядился</translation>
    </message>
    <message>
        <source>%1 (not yet saved)</source>
        <translation>%1 (ещё не сохранено)</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Ещё не сохранено: в базу данных записывает другая программа; будет сохранено, как только она закончит.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>ObstructionsPage</name>
    <message>
        <source>Record now (with the current time)</source>
        <translation>Записать сейчас (с текущим временем)</translation>
    </message>
    <message>
        <source>&amp;Removed from the station</source>
        <translation>&amp;Удаление с участка</translation>
    </message>
    <message>
        <source>&amp;Not admitted</source>
        <translation>&amp;Недопуск на участок</translation>
    </message>
    <message>
        <source>&amp;Protocol not shown</source>
        <translation>&amp;Протокол не показан</translation>
    </message>
    <message>
        <source>Certified &amp;copy refused</source>
        <translation>Отказ в заверенной &amp;копии</translation>
    </message>
    <message>
        <source>Photo/video for&amp;bidden</source>
        <translation>&amp;Запрет фото/видео</translation>
    </message>
    <message>
        <source>&amp;View of the count restricted</source>
        <translation>Ограничение &amp;обзора подсчёта</translation>
    </message>
    <message>
        <source>&amp;Other obstruction</source>
        <translation>&amp;Другое препятствие</translation>
    </message>
    <message>
        <source>Records it now; who ordered it and why can be added below.</source>
        <translation>Записывает сейчас; кто распорядился и почему, можно добавить ниже.</translation>
    </message>
    <message>
        <source>Re&amp;admitted</source>
        <translation>Сно&amp;ва на участке</translation>
    </message>
    <message>
        <source>Ends the open removal with the current time.</source>
        <translation>Закрывает незавершённое удаление текущим временем.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>Ende&amp;d:</source>
        <translation>Кон&amp;ец:</translation>
    </message>
    <message>
        <source>Untick while it is still going on.</source>
        <translation>Снимите флажок, пока оно продолжается.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <source>Ordered b&amp;y:</source>
        <translation>Кто &amp;распорядился:</translation>
    </message>
    <message>
        <source>Name of the person who ordered it</source>
        <translation>Имя того, кто распорядился</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>e.g. commission chair, police officer</source>
        <translation>напр., председатель комиссии, полицейский</translation>
    </message>
    <message>
        <source>&amp;Stated reason:</source>
        <translation>Пр&amp;ичина:</translation>
    </message>
    <message>
        <source>The reason given, in their words</source>
        <translation>Названная причина, их словами</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Свидетели:</translation>
    </message>
    <message>
        <source>Names, contacts</source>
        <translation>Имена, контакты</translation>
    </message>
    <message>
        <source>What happened, what was said</source>
        <translation>Что произошло, что было сказано</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>Удалить со&amp;бытие…</translation>
    </message>
    <message>
        <source>Marks the event deleted (Delete key in the list).</source>
        <translation>Помечает событие удалённым (клавиша Delete в списке).</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Подтвердите</translation>
    </message>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation>
            <numerusform>События: %n</numerusform>
            <numerusform>События: %n</numerusform>
            <numerusform>События: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Событий пока нет</translation>
    </message>
    <message>
        <source>You are recorded as out of the station; press Readmitted first.</source>
        <translation>Записано, что вы вне участка; сначала нажмите «Снова на участке».</translation>
    </message>
    <message>
        <source>In the station: no open removal.</source>
        <translation>Вы на участке: незавершённых удалений нет.</translation>
    </message>
    <message>
        <source>Out of the station since %1 (%2)</source>
        <translation>Вне участка с %1 (%2)</translation>
    </message>
    <message>
        <source>Details (select an event)</source>
        <translation>Подробности (выберите событие)</translation>
    </message>
    <message>
        <source>Details: %1 at %2 (not yet saved; details can be added once it is)</source>
        <translation>Подробности: %1 в %2 (ещё не сохранено; подробности можно добавить после сохранения)</translation>
    </message>
    <message>
        <source>Details: %1 at %2</source>
        <translation>Подробности: %1 в %2</translation>
    </message>
    <message>
        <source>The end cannot be before the start; the times were not changed.</source>
        <translation>Конец не может быть раньше начала; время не изменено.</translation>
    </message>
    <message>
        <source>Another removal is still open; it was not reopened.</source>
        <translation>Другое удаление ещё не завершено; это событие не открыто заново.</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Ещё не сохранено: в базу данных записывает другая программа; будет сохранено, как только она закончит.</translation>
    </message>
    <message>
        <source>The removal could not be saved, so its end was not saved either.</source>
        <translation>Удаление с участка не удалось сохранить, поэтому не сохранено и его окончание.</translation>
    </message>
    <message>
        <source>Readmitted</source>
        <translation>Снова на участке</translation>
    </message>
    <message>
        <source>Delete the event “%1” from %2? It stays in the audit trail.</source>
        <translation>Удалить событие «%1» от %2? Оно останется в журнале изменений.</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>О&amp;тменить: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a consolidated value</source>
        <translation>Исправление сводного значения</translation>
    </message>
    <message>
        <source>Station %1, %2. The override and its reason are kept in the audit trail.</source>
        <translation>Участок %1, %2. Исправление и его причина сохраняются в журнале изменений.</translation>
    </message>
    <message>
        <source>empty: unknown</source>
        <translation>пусто — неизвестно</translation>
    </message>
    <message>
        <source>Required, e.g. “the photo of the protocol shows 200”</source>
        <translation>Обязательно, напр. «на фото протокола — 200»</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <source>Your name appears on every record and on your signed summaries.</source>
        <translation>Ваше имя указывается в каждой записи и в подписанных сводках.</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон или e-mail</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Σ votes</source>
        <translation>Σ голосов</translation>
    </message>
    <message>
        <source>%1:  %2</source>
        <translation>%1:  %2</translation>
    </message>
    <message>
        <source>Type each figure exactly as on the protocol and press Enter. Leave a figure empty when it is unknown. Every figure is saved as soon as you leave it.</source>
        <translation>Вводите каждое число точно как в протоколе и нажимайте Enter. Если число неизвестно, оставьте поле пустым. Число сохраняется, как только вы покидаете поле.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Контрольные соотношения</translation>
    </message>
    <message>
        <source>Source and status</source>
        <translation>Источник и статус</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>The figures are exactly as on the official copy</source>
        <translation>Числа точно как в официальной копии</translation>
    </message>
    <message>
        <source>optional, e.g. 23:40 or %1</source>
        <translation>необязательно, например 23:40 или %1</translation>
    </message>
    <message>
        <source>Tick this when a control relation fails on the official copy itself: the protocol can then be marked final and kept as evidence.</source>
        <translation>Отметьте, если контрольное соотношение нарушено в самой официальной копии: тогда протокол можно сделать окончательным и сохранить как доказательство.</translation>
    </message>
    <message>
        <source>Final: the figures are locked. Set the status back to Draft to correct them.</source>
        <translation>Окончательный: числа заблокированы. Чтобы исправить их, верните статус «Черновик».</translation>
    </message>
    <message>
        <source>Photos of the protocol</source>
        <translation>Фото протокола</translation>
    </message>
    <message>
        <source>No photos yet. A photo of the whole protocol, with its stamp and signatures legible, makes it evidence.</source>
        <translation>Фото пока нет. Фото всего протокола с читаемыми печатью и подписями делает его доказательством.</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Прикрепить фото…</translation>
    </message>
    <message>
        <source>Attach photos of the protocol</source>
        <translation>Прикрепить фото протокола</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.heic *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1
%2 bytes
SHA-256 %3</source>
        <translation>%1
%2 байт
SHA-256 %3</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Ещё не сохранено: в базу данных записывает другая программа; будет сохранено, как только она закончит.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not yet saved: another program is writing to the database. They stay here and are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n число ещё не сохранено: в базу данных записывает другая программа. Оно остаётся здесь и будет сохранено, как только она закончит.</numerusform>
            <numerusform>%n числа ещё не сохранены: в базу данных записывает другая программа. Они остаются здесь и будут сохранены, как только она закончит.</numerusform>
            <numerusform>%n чисел ещё не сохранено: в базу данных записывает другая программа. Они остаются здесь и будут сохранены, как только она закончит.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Where the figures come from: the protocol is final only once this is chosen.</source>
        <translation>Откуда взяты числа: протокол можно отметить окончательным только после этого выбора.</translation>
    </message>
    <message>
        <source>optional: name and position, as on the copy</source>
        <translation>необязательно: фамилия и должность, как на копии</translation>
    </message>
    <message>
        <source>Signed by the commission at:</source>
        <translation>Подписан комиссией:</translation>
    </message>
    <message>
        <source>Copy certified by:</source>
        <translation>Копию заверил(а):</translation>
    </message>
    <message>
        <source>%1: not saved. %2</source>
        <translation>%1: не сохранено. %2</translation>
    </message>
    <message>
        <source>Line %1 “%2”</source>
        <translation>Строка %1 «%2»</translation>
    </message>
    <message>
        <source>Votes for “%1”</source>
        <translation>Голоса за «%1»</translation>
    </message>
    <message>
        <source>%1: a count cannot be negative (you typed %2).</source>
        <translation>%1: число не может быть отрицательным (вы ввели %2).</translation>
    </message>
    <message>
        <source>%1: %2 is more than any polling station has (at most %3).</source>
        <translation>%1: %2 — больше, чем бывает на любом участке (не более %3).</translation>
    </message>
    <message>
        <source>%1: type a whole number, digits only (you typed “%2”).</source>
        <translation>%1: введите целое число, только цифры (вы ввели «%2»).</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the figure, or press Esc to get the saved one back.</source>
        <translation>Ничего не сохранено: исправьте число или нажмите Esc, чтобы вернуть сохранённое.</translation>
    </message>
    <message>
        <source>%1 (off by %2)</source>
        <translation>%1 (расхождение %2)</translation>
    </message>
    <message>
        <source>Fails %1 (off by %2)</source>
        <translation>Нарушено %1 (расхождение %2)</translation>
    </message>
    <message>
        <source>Fails %1</source>
        <translation>Нарушено %1</translation>
    </message>
    <message>
        <source>A warning: check the figures; the protocol can still be marked final.</source>
        <translation>Предупреждение: проверьте числа; протокол всё равно можно сделать окончательным.</translation>
    </message>
    <message>
        <source>An error: the protocol can be marked final only when the figures are confirmed as on the official copy.</source>
        <translation>Ошибка: протокол можно сделать окончательным, только подтвердив, что числа такие же, как в официальной копии.</translation>
    </message>
    <message>
        <source>The station list says %1. Keep the figure the protocol states: a difference is evidence.</source>
        <translation>В списке участков: %1. Оставьте число, указанное в протоколе: расхождение — это доказательство.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type it as on the protocol, e.g. 23:40, or with the date, %2. Nothing was saved; press Esc to get the saved one back.</source>
        <translation>«%1» — это не время: введите его как в протоколе, например 23:40, или с датой: %2. Ничего не сохранено; нажмите Esc, чтобы вернуть сохранённое.</translation>
    </message>
    <message>
        <source>Not marked final: choose the protocol&apos;s source first (where its figures come from).</source>
        <translation>Не отмечен как окончательный: сначала выберите источник протокола (откуда взяты числа).</translation>
    </message>
    <message>
        <source>Not marked final: a figure was refused (%1); correct it first.</source>
        <translation>Не отмечен как окончательный: число не принято (%1); сначала исправьте его.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked final: %n control relation(s) fail (%1). Check the figures against the official copy; if they are exactly so on it, tick “The figures are exactly as on the official copy” and mark the protocol final again.</source>
        <translation>
            <numerusform>Не отмечен как окончательный: нарушено %n контрольное соотношение (%1). Сверьте числа с официальной копией; если в ней они именно такие, отметьте «Числа точно как в официальной копии» и снова сделайте протокол окончательным.</numerusform>
            <numerusform>Не отмечен как окончательный: нарушено %n контрольных соотношения (%1). Сверьте числа с официальной копией; если в ней они именно такие, отметьте «Числа точно как в официальной копии» и снова сделайте протокол окончательным.</numerusform>
            <numerusform>Не отмечен как окончательный: нарушено %n контрольных соотношений (%1). Сверьте числа с официальной копией; если в ней они именно такие, отметьте «Числа точно как в официальной копии» и снова сделайте протокол окончательным.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>observers&apos; names (pseudonyms instead)</source>
        <translation>имена наблюдателей (вместо них псевдонимы)</translation>
    </message>
    <message>
        <source>observers&apos; contacts</source>
        <translation>контакты наблюдателей</translation>
    </message>
    <message>
        <source>witness lists</source>
        <translation>списки свидетелей</translation>
    </message>
    <message>
        <source>notes on obstructions</source>
        <translation>заметки о препятствиях</translation>
    </message>
    <message>
        <source>photos (their SHA-256 kept)</source>
        <translation>фото (их SHA-256 оставлены)</translation>
    </message>
    <message>
        <source>names found in the texts kept, withheld</source>
        <translation>имена, найденные в оставленных текстах, скрыты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish %1 rows to %2 (and %3)?</source>
        <translation>Опубликовать %1 строк в %2 (и %3)?</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Не включено:</translation>
    </message>
    <message>
        <source>Nothing had to be left out: no names, contacts, witnesses or photos are held.</source>
        <translation>Исключать ничего не пришлось: имён, контактов, свидетелей и фото в базе нет.</translation>
    </message>
</context>
<context>
    <name>PublishOptionsDialog</name>
    <message>
        <source>Publish the results</source>
        <translation>Опубликовать результаты</translation>
    </message>
    <message>
        <source>Writes a new SQLite file for Datasette (and its metadata.json beside it), never this database. By default observers appear as pseudonyms (Observer 1, 2, …); their names, contacts, witness lists, notes and photos are left out, and names found in the texts kept are withheld. Officials who ordered an obstruction keep their names.</source>
        <translation>Записывает новый файл SQLite для Datasette (и metadata.json рядом с ним), никогда не эту базу данных. По умолчанию наблюдатели указаны псевдонимами (Observer 1, 2, …); их имена, контакты, списки свидетелей, заметки и фото не включаются, а имена, найденные в оставленных текстах, скрываются. Должностные лица, распорядившиеся о препятствии, названы по имени.</translation>
    </message>
    <message>
        <source>Keep observers&apos; &amp;names, witness lists and notes (contacts never)</source>
        <translation>Оставить &amp;имена наблюдателей, списки свидетелей и заметки (контакты — никогда)</translation>
    </message>
    <message>
        <source>Keep the &amp;photos themselves (not only their SHA-256)</source>
        <translation>Оставить сами &amp;фото (не только их SHA-256)</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Подготовить</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Before you sign</source>
        <translation>Перед подписанием</translation>
    </message>
    <message>
        <source>Check these before you sign the PDF summary: each button takes you to the place to put it right. You can also sign it as it is.</source>
        <translation>Проверьте это, прежде чем подписать сводку PDF: каждая кнопка ведёт туда, где это можно исправить. Можно и подписать как есть.</translation>
    </message>
    <message>
        <source>Check these before you sign the export bundle: each button takes you to the place to put it right. You can also sign it as it is.</source>
        <translation>Проверьте это, прежде чем подписать пакет экспорта: каждая кнопка ведёт туда, где это можно исправить. Можно и подписать как есть.</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>Участок %1: %2</translation>
    </message>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>&amp;Всё равно подписать</translation>
    </message>
    <message>
        <source>Record the arrival</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Record the departure</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>Go to Turnout</source>
        <translation>К явке</translation>
    </message>
    <message>
        <source>Go to Obstructions</source>
        <translation>К препятствиям</translation>
    </message>
    <message>
        <source>Go to Protocol</source>
        <translation>К протоколу</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Не удалось создать %1: %2.</translation>
    </message>
    <message>
        <source>%1 has no election, profile or station chosen yet; open it in the app first.</source>
        <translation>В %1 ещё не выбраны выборы, профиль или участок; сначала откройте эту базу в приложении.</translation>
    </message>
</context>
<context>
    <name>StationDetailModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>%1
(not verified)</source>
        <translation>%1
(не проверен)</translation>
    </message>
    <message>
        <source>Consolidated</source>
        <translation>Сводное</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальное</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Observer %1 · %2</source>
        <translation>Наблюдатель %1 · %2</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>подпись проверена</translation>
    </message>
    <message>
        <source>signature not verified</source>
        <translation>подпись не проверена</translation>
    </message>
    <message>
        <source>Observers disagree</source>
        <translation>Наблюдатели расходятся</translation>
    </message>
    <message>
        <source>Differs from official</source>
        <translation>Расходится с офиц.</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <source>Set by the coordinator: %1</source>
        <translation>Исправлено координатором: %1</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Change station</source>
        <translation>Смена участка</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your polling station</source>
        <translation>Ваш избирательный участок</translation>
    </message>
    <message>
        <source>Pick the station you observe today.</source>
        <translation>Выберите участок, на котором наблюдаете сегодня.</translation>
    </message>
</context>
<context>
    <name>StationPicker</name>
    <message>
        <source>Type part of the station code or address</source>
        <translation>Введите часть номера или адреса участка</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбран: %1</translation>
    </message>
    <message>
        <source>No station chosen yet: type part of its code or address, then pick it in the list (arrow keys or a click).</source>
        <translation>Участок ещё не выбран: введите часть его номера или адреса, затем выберите его в списке (стрелками или щелчком).</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>verified</source>
        <translation>проверены</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверены</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Офиц.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>DEMO: this database holds the demo election, for practice. Nothing recorded here is evidence, and every PDF of it says DEMO.</source>
        <translation>ДЕМО: в этой базе данных демо-выборы, для практики. Ничто записанное здесь не является доказательством, и на каждом её PDF написано ДЕМО.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Signed PDF summary…</source>
        <translation>Подписанная сводка PDF…</translation>
    </message>
    <message>
        <source>This summary as a PDF, signed with your identity</source>
        <translation>Эта сводка в PDF, подписанная вашим ключом</translation>
    </message>
    <message>
        <source>Signed export bundle…</source>
        <translation>Подписанный пакет экспорта…</translation>
    </message>
    <message>
        <source>Everything you recorded, signed, for your coordinator</source>
        <translation>Все ваши записи с подписью — для координатора</translation>
    </message>
    <message>
        <source>A signed PDF of this summary and a signed bundle of everything recorded, for your coordinator.</source>
        <translation>Подписанный PDF этой сводки и подписанный пакет экспорта со всеми записями — для вашего координатора.</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>Ключ подписи…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Signing with %1</source>
        <translation>Подпись ключом %1</translation>
    </message>
    <message>
        <source>No identity attached yet: signing needs one.</source>
        <translation>Ключ подписи ещё не подключён.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it? The file there now is lost.</source>
        <translation>Файл %1 уже есть в папке %2. Заменить его? Нынешний файл будет потерян.</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Ничего не подписано.</translation>
    </message>
    <message>
        <source>Signing needs your identity, and none is attached yet: use your identity file or create a self-signed one. Nothing is ever saved unsigned.</source>
        <translation>Для подписи нужен ваш ключ, а он ещё не подключён: выберите файл ключа или создайте самоподписанный. Без подписи ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Nothing was saved: signing needs an identity. Use or create one with “Identity…”.</source>
        <translation>Ничего не сохранено: для подписи нужен ключ. Выберите или создайте его кнопкой «Ключ подписи…».</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: this database has no file to export from.</source>
        <translation>Ничего не сохранено: у этой базы данных нет файла для экспорта.</translation>
    </message>
    <message>
        <source>Save the signed PDF summary</source>
        <translation>Сохранить подписанную сводку PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the signed export bundle</source>
        <translation>Сохранить подписанный пакет экспорта</translation>
    </message>
    <message>
        <source>Export bundles (*.obsx)</source>
        <translation>Пакеты экспорта (*.obsx)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is still there as it was.</source>
        <translation>Ничего не сохранено: файл %1 остался прежним.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Taking a snapshot and signing the bundle…</source>
        <translation>Снимок данных и подпись пакета…</translation>
    </message>
    <message>
        <source>Saved and signed: %1 (signed by %2)</source>
        <translation>Сохранено и подписано: %1 (подпись: %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region, district</source>
        <translation>Регион, район</translation>
    </message>
    <message>
        <source>Registered voters (station list)</source>
        <translation>Число избирателей (из списка участков)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Избирательный участок</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>ещё не записан</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Figures filled in</source>
        <translation>Заполнено чисел</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail</source>
        <translation>
            <numerusform>нарушено %n контрольное соотношение</numerusform>
            <numerusform>нарушено %n контрольных соотношения</numerusform>
            <numerusform>нарушено %n контрольных соотношений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) cannot be checked yet</source>
        <translation>
            <numerusform>%n контрольное соотношение пока нельзя проверить</numerusform>
            <numerusform>%n контрольных соотношения пока нельзя проверить</numerusform>
            <numerusform>%n контрольных соотношений пока нельзя проверить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n control relation(s) pass</source>
        <translation>
            <numerusform>%n контрольное соотношение выполнено</numerusform>
            <numerusform>все %n контрольных соотношения выполнены</numerusform>
            <numerusform>все %n контрольных соотношений выполнены</numerusform>
        </translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Контрольные соотношения</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (предупреждение)</translation>
    </message>
    <message>
        <source>Confirmed as on the official copy</source>
        <translation>Подтверждено, что как в официальной копии</translation>
    </message>
    <message>
        <source>Photos of the protocol</source>
        <translation>Фото протокола</translation>
    </message>
    <message>
        <source>Head-count (voters seen receiving a ballot)</source>
        <translation>Ваш подсчёт (избиратели, получившие бюллетень при вас)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не вёлся</translation>
    </message>
    <message>
        <source>%1 min out of the station</source>
        <translation>вне участка %1 мин</translation>
    </message>
    <message>
        <source>no time out of the station recorded</source>
        <translation>время вне участка не записано</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Часы подсчёта</translation>
    </message>
    <message>
        <source>%1–%2, %3</source>
        <translation>%1–%2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were out of the station: left out of the comparison</source>
        <translation>
            <numerusform>%n избиратель подсчитан, когда вы были вне участка: в сравнение не входит</numerusform>
            <numerusform>%n избирателя подсчитаны, когда вы были вне участка: в сравнение не входят</numerusform>
            <numerusform>%n избирателей подсчитаны, когда вы были вне участка: в сравнение не входят</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted before your arrival or after your departure: left out of the comparison</source>
        <translation>
            <numerusform>%n избиратель подсчитан до вашего прибытия или после ухода: в сравнение не входит</numerusform>
            <numerusform>%n избирателя подсчитаны до вашего прибытия или после ухода: в сравнение не входят</numerusform>
            <numerusform>%n избирателей подсчитаны до вашего прибытия или после ухода: в сравнение не входят</numerusform>
        </translation>
    </message>
    <message>
        <source>Independent turnout</source>
        <translation>Независимая явка</translation>
    </message>
    <message>
        <source>not computed: no head-count was recorded</source>
        <translation>не вычисляется: подсчёт явки не вёлся</translation>
    </message>
    <message>
        <source>cannot be computed: registered voters unknown</source>
        <translation>нельзя вычислить: число избирателей неизвестно</translation>
    </message>
    <message>
        <source>not computed: nobody was counted in the hours observed</source>
        <translation>не вычисляется: за наблюдавшиеся часы никто не подсчитан</translation>
    </message>
    <message>
        <source>%1 of %2 registered</source>
        <translation>%1 от %2 избирателей в списке</translation>
    </message>
    <message>
        <source>%1 of %2 registered, in the hours counted only</source>
        <translation>%1 от %2 избирателей в списке, только за часы подсчёта</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol line %1 “%2”</source>
        <translation>Строка протокола %1 «%2»</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>избирателей: %1</translation>
    </message>
    <message>
        <source>Latest turnout announced by the commission</source>
        <translation>Последняя явка, объявленная комиссией</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Protocol against the head-count</source>
        <translation>Протокол и подсчёт явки</translation>
    </message>
    <message>
        <source>nobody was counted in the hours observed: nothing to compare</source>
        <translation>за наблюдавшиеся часы никто не подсчитан: сравнивать не с чем</translation>
    </message>
    <message>
        <source>the protocol says as many as were counted in those hours</source>
        <translation>по протоколу столько же, сколько насчитано за эти часы</translation>
    </message>
    <message>
        <source>the protocol says %1 fewer than were counted in those hours alone: fewer ballots issued than you saw being issued</source>
        <translation>по протоколу на %1 меньше, чем насчитано только за эти часы: бюллетеней выдано меньше, чем вы видели выданными</translation>
    </message>
    <message>
        <source>the protocol says %1 more than were counted in those hours</source>
        <translation>по протоколу на %1 больше, чем насчитано за эти часы</translation>
    </message>
    <message>
        <source>%1; you counted the whole voting day: more ballots issued than voters seen receiving one</source>
        <translation>%1; вы вели подсчёт весь день голосования: бюллетеней выдано больше, чем избирателей получили их на ваших глазах</translation>
    </message>
    <message>
        <source>%1; the voters of the hours not observed are part of the difference, so it does not by itself show that ballots were added</source>
        <translation>%1; избиратели ненаблюдавшихся часов входят в разницу, поэтому сама по себе она не доказывает вброс</translation>
    </message>
    <message>
        <source>Still out of the station</source>
        <translation>Всё ещё вне участка</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>The head-count misses every voter while you are out.</source>
        <translation>Пока вы вне участка, ваш подсчёт пропускает всех избирателей.</translation>
    </message>
    <message>
        <source>Obstructions</source>
        <translation>Препятствия</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Incidents and photos</source>
        <translation>Нарушения и фото</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Unexpected error (%1); please report it.</source>
        <translation>Непредвиденная ошибка (%1); пожалуйста, сообщите о ней разработчикам.</translation>
    </message>
</context>
<context>
    <name>TurnoutChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voters you count and the turnout the commission announces appear here.</source>
        <translation>Здесь появятся подсчитанные вами избиратели и явка, объявленная комиссией.</translation>
    </message>
    <message>
        <source>Counted by you</source>
        <translation>Ваш подсчёт</translation>
    </message>
    <message>
        <source>Counted by you: %1</source>
        <translation>Ваш подсчёт: %1</translation>
    </message>
    <message>
        <source>Announced by the commission</source>
        <translation>Объявлено комиссией</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>Объявлено: %1</translation>
    </message>
    <message>
        <source>You were out of the station</source>
        <translation>Вы были вне участка</translation>
    </message>
</context>
<context>
    <name>TurnoutPage</name>
    <message>
        <source>Your head-count of voters</source>
        <translation>Ваш подсчёт избирателей</translation>
    </message>
    <message>
        <source>Another program is writing to the database; these voters are counted and are saved as soon as it has finished.</source>
        <translation>В базу данных записывает другая программа; эти избиратели учтены и будут сохранены, как только она закончит.</translation>
    </message>
    <message>
        <source>+1 voter</source>
        <translation>+1 избиратель</translation>
    </message>
    <message>
        <source>Count one voter (key: + or Space)</source>
        <translation>Учесть одного избирателя (клавиша + или пробел)</translation>
    </message>
    <message>
        <source>+ or Space: one voter · Ctrl+Z: take back the last one</source>
        <translation>+ или пробел: один избиратель · Ctrl+Z: отменить последнего</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Отменить последнего</translation>
    </message>
    <message>
        <source>Take back the latest +1 (Ctrl+Z)</source>
        <translation>Отменить последний +1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Commission announced at</source>
        <translation>Комиссия объявила в</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>избирателей</translation>
    </message>
    <message>
        <source>Number of voters the commission announced (leave empty if not given)</source>
        <translation>Число избирателей, объявленное комиссией (оставьте пустым, если его не назвали)</translation>
    </message>
    <message>
        <source>and/or</source>
        <translation>и/или</translation>
    </message>
    <message>
        <source>Turnout in percent the commission announced (leave empty if not given)</source>
        <translation>Явка в процентах, объявленная комиссией (оставьте пустым, если её не назвали)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Record announced turnout</source>
        <translation>Записать объявленную явку</translation>
    </message>
    <message>
        <source>Save the turnout the commission announced (Enter)</source>
        <translation>Сохранить явку, объявленную комиссией (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted</source>
        <translation>
            <numerusform>учтён %n избиратель</numerusform>
            <numerusform>учтено %n избирателя</numerusform>
            <numerusform>учтено %n избирателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>voter(s) counted</source>
        <translation>
            <numerusform>избиратель учтён</numerusform>
            <numerusform>избирателя учтено</numerusform>
            <numerusform>избирателей учтено</numerusform>
        </translation>
    </message>
    <message>
        <source>registered voters unknown</source>
        <translation>число избирателей неизвестно</translation>
    </message>
    <message>
        <source>%1 of %2 registered</source>
        <translation>%1 от %2 избирателей в списке</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet saved</source>
        <translation>
            <numerusform>%n ещё не сохранён</numerusform>
            <numerusform>%n ещё не сохранены</numerusform>
            <numerusform>%n ещё не сохранены</numerusform>
        </translation>
    </message>
    <message>
        <source>Voter %1 counted at %2; not yet saved</source>
        <translation>Избиратель %1 учтён в %2; ещё не сохранён</translation>
    </message>
    <message>
        <source>Voter %1 counted at %2</source>
        <translation>Избиратель %1 учтён в %2</translation>
    </message>
    <message>
        <source>Voter %1 taken back (counted at %2)</source>
        <translation>Избиратель %1 снят (был учтён в %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>Enter the number of voters announced, the percentage, or both.</source>
        <translation>Введите объявленное число избирателей, процент или и то и другое.</translation>
    </message>
    <message>
        <source>Announced turnout of %1 recorded.</source>
        <translation>Объявленная явка на %1 записана.</translation>
    </message>
</context>
<context>
    <name>VisitTimeButton</name>
    <message>
        <source>Correct the time if needed</source>
        <translation>При необходимости исправьте время</translation>
    </message>
    <message>
        <source>Clear this time</source>
        <translation>Очистить это время</translation>
    </message>
</context>
</TS>
