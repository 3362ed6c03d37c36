<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>The &amp;demo election (Kazakhstan, Majilis 2021)</source>
        <translation>Де&amp;мо-выборы (Казахстан, Мажилис, 2021)</translation>
    </message>
    <message>
        <source>An election &amp;file:</source>
        <translation>&amp;Файл выборов:</translation>
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
        <source>Arrived now</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Отметить уход</translation>
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
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>Records an incident now (Ctrl+N); describe it on the right.</source>
        <translation>Записывает нарушение с текущим временем (Ctrl+N); опишите его справа.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <comment>date and time format of the time editors</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
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
        <source>Incident at %1</source>
        <translation>Нарушение в %1</translation>
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
        <source>Observer — station %1</source>
        <translation>Наблюдатель — участок %1</translation>
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
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Every change is saved as you go</source>
        <translation>Все изменения сохраняются сразу</translation>
    </message>
    <message>
        <source>Last change saved at %1</source>
        <translation>Последнее изменение сохранено в %1</translation>
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
        <source>dd.MM.yyyy HH:mm</source>
        <comment>date and time format of the time editors</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
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
        <source>A warning: check the figures; the protocol can still be marked final.</source>
        <translation>Предупреждение: проверьте числа; протокол всё равно можно сделать окончательным.</translation>
    </message>
    <message>
        <source>An error: the protocol can be marked final only when the figures are confirmed as on the official copy.</source>
        <translation>Ошибка: протокол можно сделать окончательным, только подтвердив, что числа такие же, как в официальной копии.</translation>
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
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Available in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <source>Signed PDF summary…</source>
        <translation>Подписанная сводка PDF…</translation>
    </message>
    <message>
        <source>Signed export bundle…</source>
        <translation>Подписанный пакет экспорта…</translation>
    </message>
    <message>
        <source>A signed PDF of this summary and a signed bundle of everything recorded, for your coordinator. Available in a later version.</source>
        <translation>Подписанный PDF этой сводки и подписанный пакет со всеми записями — для вашего координатора. Появится в следующей версии.</translation>
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
        <translation>Область, район</translation>
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
        <source>Independent turnout</source>
        <translation>Независимая явка</translation>
    </message>
    <message>
        <source>cannot be computed: registered voters unknown</source>
        <translation>нельзя вычислить: число избирателей неизвестно</translation>
    </message>
    <message>
        <source>%1 % of %2 registered</source>
        <translation>%1&#xa0;% от %2 в списке</translation>
    </message>
    <message>
        <source>Protocol line %1 “%2”</source>
        <translation>Строка протокола %1 «%2»</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>+%1: the protocol shows %1 more than the head-count</source>
        <translation>+%1: в протоколе на %1 больше, чем по вашему подсчёту</translation>
    </message>
    <message>
        <source>%1: the protocol shows %2 fewer than the head-count</source>
        <translation>%1: в протоколе на %2 меньше, чем по вашему подсчёту</translation>
    </message>
    <message>
        <source>0: the protocol matches the head-count</source>
        <translation>0: протокол совпадает с вашим подсчётом</translation>
    </message>
    <message>
        <source>Difference (protocol − head-count)</source>
        <translation>Разница (протокол − ваш подсчёт)</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>избирателей: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
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
    <name>TurnoutChart</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
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
    <message>
        <source>You are out of the station since %1 — the count has a gap. Clicks are still recorded.</source>
        <translation>Вы вне участка с %1 — в подсчёте пробел. Нажатия всё равно записываются.</translation>
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
        <source>%1% of %2 registered</source>
        <translation>%1&#xa0;% от %2 в списке</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Voter %1 counted at %2</source>
        <translation>Избиратель %1 учтён в %2</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>Took back the voter counted at %1.</source>
        <translation>Отменён избиратель, учтённый в %1.</translation>
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
