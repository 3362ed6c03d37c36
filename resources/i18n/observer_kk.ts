<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>No station is chosen yet.</source>
        <translation>Сайлау учаскесі әлі таңдалмаған.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Open the election you observe. Your organisation gives you its election file; the demo lets you try the app.</source>
        <translation>Бақылайтын сайлауыңызды ашыңыз. Сайлау файлын ұйымыңыз береді; демо сайлаумен қолданбаны байқап көруге болады.</translation>
    </message>
    <message>
        <source>The &amp;demo election (Kazakhstan, Majilis 2021)</source>
        <translation>&amp;Демо сайлау (Қазақстан, Мәжіліс, 2021)</translation>
    </message>
    <message>
        <source>An election &amp;file:</source>
        <translation>Сайлау &amp;файлы:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Keep the election in this database: %1</source>
        <translation>Осы дерекқордағы сайлауды қалдыру: %1</translation>
    </message>
    <message>
        <source>Open an election file</source>
        <translation>Сайлау файлын ашу</translation>
    </message>
    <message>
        <source>Election files (*.election.json);;All files (*)</source>
        <translation>Сайлау файлдары (*.election.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose an election file, or the demo election.</source>
        <translation>Сайлау файлын немесе демо сайлауды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the observer app</source>
        <translation>Бақылаушы қолданбасын баптау</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Arrived now</source>
        <translation>Қазір келдім</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Қазір кеттім</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Келген уақыт:</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Кеткен уақыт:</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <source>registered voters unknown</source>
        <translation>сайлаушылар саны белгісіз</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>тізімде %1 сайлаушы</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Бақылаушы: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
</context>
<context>
    <name>HourlyModel</name>
    <message>
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translation>Келу, %</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Out of station, min</source>
        <translation>Учаскеден тыс, мин</translation>
    </message>
    <message numerus="yes">
        <source>You were out of the station for %n minute(s) of this hour; voters who came then were not counted.</source>
        <translation>
            <numerusform>Осы сағатта %n минут учаскеден тыс болдыңыз; сол кезде келген сайлаушылар саналмады.</numerusform>
            <numerusform>Осы сағатта %n минут учаскеден тыс болдыңыз; сол кезде келген сайлаушылар саналмады.</numerusform>
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
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>&amp;New incident</source>
        <translation>Жаңа &amp;бұзушылық</translation>
    </message>
    <message>
        <source>Records an incident now (Ctrl+N); describe it on the right.</source>
        <translation>Бұзушылықты қазіргі уақытпен тіркейді (Ctrl+N); оны оң жақта сипаттаңыз.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <comment>date and time format of the time editors</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>What happened, who was involved, what you saw yourself</source>
        <translation>Не болды, кім қатысты, өзіңіз не көрдіңіз</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Си&amp;паттамасы:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
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
        <translation>Фото &amp;қосу…</translation>
    </message>
    <message>
        <source>Copies the files into the database and records their SHA-256.</source>
        <translation>Файлдарды дерекқорға көшіріп, олардың SHA-256 мәнін жазады.</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>Фотоны &amp;алып тастау…</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>Бұзушылықты &amp;жою…</translation>
    </message>
    <message>
        <source>Marks the incident deleted (Delete key in the list).</source>
        <translation>Бұзушылықты жойылды деп белгілейді (тізімде Delete пернесі).</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>Фото және бейне (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Растаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Бұзушылықтар: %n</numerusform>
            <numerusform>Бұзушылықтар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Әзірге бұзушылық жоқ</translation>
    </message>
    <message>
        <source>Incident (select one, or press New incident)</source>
        <translation>Бұзушылық (тізімнен таңдаңыз немесе «Жаңа бұзушылық» басыңыз)</translation>
    </message>
    <message>
        <source>Incident at %1</source>
        <translation>Бұзушылық, сағат %1</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n</source>
        <translation>
            <numerusform>Фото: %n</numerusform>
            <numerusform>Фото: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Фото жоқ</translation>
    </message>
    <message>
        <source>No preview for this file; it is stored unchanged.</source>
        <translation>Бұл файлды алдын ала көру мүмкін емес; ол өзгеріссіз сақталды.</translation>
    </message>
    <message>
        <source>Delete the incident “%1” at %2? It stays in the audit trail.</source>
        <translation>Сағат %2 кезіндегі «%1» бұзушылығы жойылсын ба? Ол өзгерістер журналында қалады.</translation>
    </message>
    <message>
        <source>Remove the photo “%1” from this incident? It stays in the audit trail.</source>
        <translation>«%1» фотосы осы бұзушылықтан алынсын ба? Ол өзгерістер журналында қалады.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Removed from the station</source>
        <translation>Учаскеден шығару</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Учаскеге кіргізбеу</translation>
    </message>
    <message>
        <source>Protocol not shown</source>
        <translation>Хаттама көрсетілмеді</translation>
    </message>
    <message>
        <source>Certified copy refused</source>
        <translation>Куәландырылған көшірме берілмеді</translation>
    </message>
    <message>
        <source>Photo/video forbidden</source>
        <translation>Фото/бейнеге тыйым</translation>
    </message>
    <message>
        <source>View of the count restricted</source>
        <translation>Санауды бақылауды шектеу</translation>
    </message>
    <message>
        <source>Other obstruction</source>
        <translation>Басқа кедергі</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ашылу</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Дауыс санау</translation>
    </message>
    <message>
        <source>Tabulation</source>
        <translation>Қорытынды шығару</translation>
    </message>
    <message>
        <source>Ballot stuffing</source>
        <translation>Бюллетеньдерді заңсыз салу</translation>
    </message>
    <message>
        <source>Carousel voting</source>
        <translation>Карусель</translation>
    </message>
    <message>
        <source>Multiple voting</source>
        <translation>Бірнеше рет дауыс беру</translation>
    </message>
    <message>
        <source>Pressure on voters</source>
        <translation>Сайлаушыларға қысым</translation>
    </message>
    <message>
        <source>Vote buying</source>
        <translation>Дауыс сатып алу</translation>
    </message>
    <message>
        <source>Group voting</source>
        <translation>Топтық дауыс беру</translation>
    </message>
    <message>
        <source>Mobile ballot box</source>
        <translation>Көшпелі жәшік</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Куәландырылған көшірме</translation>
    </message>
    <message>
        <source>Copied from the posted protocol</source>
        <translation>Ілінген хаттамадан көшірілді</translation>
    </message>
    <message>
        <source>Own count</source>
        <translation>Өз санауым</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Нобай</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Түпкілікті</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>дерек жоқ</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>The window reopens in the chosen language; nothing you entered is lost.</source>
        <translation>Терезе таңдалған тілде қайта ашылады; енгізгендеріңіз сақталады.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <source>This app keeps your record of one polling station, offline. Everything you enter is saved at once.</source>
        <translation>Қолданба бір сайлау учаскесі туралы жазбаларыңызды интернетсіз сақтайды. Енгізгеніңіздің бәрі бірден сақталады.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>You can change the language later: File → Language…</source>
        <translation>Тілді кейін өзгертуге болады: Файл → Тіл…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Observer — station %1</source>
        <translation>Бақылаушы — %1 учаскесі</translation>
    </message>
    <message>
        <source>&amp;1 Turnout</source>
        <translation>&amp;1 Келу</translation>
    </message>
    <message>
        <source>&amp;2 Obstructions</source>
        <translation>&amp;2 Кедергілер</translation>
    </message>
    <message>
        <source>&amp;3 Incidents</source>
        <translation>&amp;3 Бұзушылықтар</translation>
    </message>
    <message>
        <source>&amp;4 Protocol</source>
        <translation>&amp;4 Хаттама</translation>
    </message>
    <message>
        <source>&amp;5 Summary</source>
        <translation>&amp;5 Қорытынды</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Change &amp;station…</source>
        <translation>&amp;Учаскені ауыстыру…</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>&amp;Профильді өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Тіл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Every change is saved as you go</source>
        <translation>Әр өзгеріс бірден сақталады</translation>
    </message>
    <message>
        <source>Last change saved at %1</source>
        <translation>Соңғы өзгеріс сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ObstructionsModel</name>
    <message>
        <source>Obstruction</source>
        <translation>Кедергі</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Кім бұйырды</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
</context>
<context>
    <name>ObstructionsPage</name>
    <message>
        <source>Record now (with the current time)</source>
        <translation>Қазір тіркеу (ағымдағы уақытпен)</translation>
    </message>
    <message>
        <source>&amp;Removed from the station</source>
        <translation>&amp;Учаскеден шығару</translation>
    </message>
    <message>
        <source>&amp;Not admitted</source>
        <translation>Учаскеге &amp;кіргізбеу</translation>
    </message>
    <message>
        <source>&amp;Protocol not shown</source>
        <translation>&amp;Хаттама көрсетілмеді</translation>
    </message>
    <message>
        <source>Certified &amp;copy refused</source>
        <translation>Куәландырылған кө&amp;шірме берілмеді</translation>
    </message>
    <message>
        <source>Photo/video for&amp;bidden</source>
        <translation>Фото/бейнеге &amp;тыйым</translation>
    </message>
    <message>
        <source>&amp;View of the count restricted</source>
        <translation>&amp;Санауды бақылауды шектеу</translation>
    </message>
    <message>
        <source>&amp;Other obstruction</source>
        <translation>&amp;Басқа кедергі</translation>
    </message>
    <message>
        <source>Records it now; who ordered it and why can be added below.</source>
        <translation>Қазір тіркейді; кім бұйырғанын және неге екенін төменде қосуға болады.</translation>
    </message>
    <message>
        <source>Re&amp;admitted</source>
        <translation>&amp;Қайта кіргізілді</translation>
    </message>
    <message>
        <source>Ends the open removal with the current time.</source>
        <translation>Аяқталмаған шығаруды ағымдағы уақытпен аяқтайды.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Б&amp;олдырмау</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Ке&amp;зең:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <comment>date and time format of the time editors</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Б&amp;асталды:</translation>
    </message>
    <message>
        <source>Ende&amp;d:</source>
        <translation>А&amp;яқталды:</translation>
    </message>
    <message>
        <source>Untick while it is still going on.</source>
        <translation>Әлі жалғасып жатса, белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <source>Ordered b&amp;y:</source>
        <translation>Кім бұйы&amp;рды:</translation>
    </message>
    <message>
        <source>Name of the person who ordered it</source>
        <translation>Бұйрық берген адамның аты</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>e.g. commission chair, police officer</source>
        <translation>мыс., комиссия төрағасы, полиция қызметкері</translation>
    </message>
    <message>
        <source>&amp;Stated reason:</source>
        <translation>Айтылған себе&amp;п:</translation>
    </message>
    <message>
        <source>The reason given, in their words</source>
        <translation>Айтылған себеп, олардың сөзімен</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>Куә&amp;герлер:</translation>
    </message>
    <message>
        <source>Names, contacts</source>
        <translation>Аттары, байланыс деректері</translation>
    </message>
    <message>
        <source>What happened, what was said</source>
        <translation>Не болды, не айтылды</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>Оқиғаны &amp;жою…</translation>
    </message>
    <message>
        <source>Marks the event deleted (Delete key in the list).</source>
        <translation>Оқиғаны жойылды деп белгілейді (тізімде Delete пернесі).</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Растаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation>
            <numerusform>Оқиғалар: %n</numerusform>
            <numerusform>Оқиғалар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Әзірге оқиға жоқ</translation>
    </message>
    <message>
        <source>You are recorded as out of the station; press Readmitted first.</source>
        <translation>Сіз учаскеден тыс деп тіркелгенсіз; алдымен «Қайта кіргізілді» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>In the station: no open removal.</source>
        <translation>Учаскедесіз: аяқталмаған шығару жоқ.</translation>
    </message>
    <message>
        <source>Out of the station since %1 (%2)</source>
        <translation>Учаскеден тыс (басы %1, %2)</translation>
    </message>
    <message>
        <source>Details (select an event)</source>
        <translation>Толығырақ (оқиғаны таңдаңыз)</translation>
    </message>
    <message>
        <source>Details: %1 at %2</source>
        <translation>Толығырақ: %1, сағат %2</translation>
    </message>
    <message>
        <source>The end cannot be before the start; the times were not changed.</source>
        <translation>Соңы басынан бұрын бола алмайды; уақыт өзгертілмеді.</translation>
    </message>
    <message>
        <source>Another removal is still open; it was not reopened.</source>
        <translation>Басқа шығару әлі аяқталмаған; бұл оқиға қайта ашылмады.</translation>
    </message>
    <message>
        <source>Readmitted</source>
        <translation>Қайта кіргізілді</translation>
    </message>
    <message>
        <source>Delete the event “%1” from %2? It stays in the audit trail.</source>
        <translation>Сағат %2 кезіндегі «%1» оқиғасы жойылсын ба? Ол өзгерістер журналында қалады.</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>Б&amp;олдырмау: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Профиліңіз</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Профиліңіз</translation>
    </message>
    <message>
        <source>Your name appears on every record and on your signed summaries.</source>
        <translation>Атыңыз әр жазбада және қол қойылған қорытындыларда көрсетіледі.</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон немесе e-mail</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Байланыс:</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Σ votes</source>
        <translation>Σ дауыс</translation>
    </message>
    <message>
        <source>%1:  %2</source>
        <translation>%1:  %2</translation>
    </message>
    <message>
        <source>Type each figure exactly as on the protocol and press Enter. Leave a figure empty when it is unknown. Every figure is saved as soon as you leave it.</source>
        <translation>Әр санды хаттамадағыдай дәл теріп, Enter басыңыз. Сан белгісіз болса, өрісті бос қалдырыңыз. Әр сан өрістен шыққан бойда сақталады.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
    <message>
        <source>Source and status</source>
        <translation>Дереккөз және мәртебе</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>The figures are exactly as on the official copy</source>
        <translation>Сандар ресми көшірмедегідей дәл</translation>
    </message>
    <message>
        <source>Tick this when a control relation fails on the official copy itself: the protocol can then be marked final and kept as evidence.</source>
        <translation>Бақылау арақатынасы ресми көшірменің өзінде бұзылса, белгілеңіз: сонда хаттаманы түпкілікті етіп, дәлел ретінде сақтауға болады.</translation>
    </message>
    <message>
        <source>Final: the figures are locked. Set the status back to Draft to correct them.</source>
        <translation>Түпкілікті: сандар құлыпталған. Түзету үшін мәртебені «Нобай» етіп қайтарыңыз.</translation>
    </message>
    <message>
        <source>Photos of the protocol</source>
        <translation>Хаттаманың фотолары</translation>
    </message>
    <message>
        <source>No photos yet. A photo of the whole protocol, with its stamp and signatures legible, makes it evidence.</source>
        <translation>Әзірге фото жоқ. Мөрі мен қолтаңбалары анық көрінетін бүкіл хаттаманың фотосы оны дәлелге айналдырады.</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <source>Attach photos of the protocol</source>
        <translation>Хаттаманың фотоларын қосу</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.heic *.webp);;Барлық файлдар (*)</translation>
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
        <translation>%1: сақталмады. %2</translation>
    </message>
    <message>
        <source>Line %1 “%2”</source>
        <translation>%1-жол «%2»</translation>
    </message>
    <message>
        <source>Votes for “%1”</source>
        <translation>«%1» үшін дауыстар</translation>
    </message>
    <message>
        <source>%1: a count cannot be negative (you typed %2).</source>
        <translation>%1: сан теріс бола алмайды (сіз %2 тердіңіз).</translation>
    </message>
    <message>
        <source>%1: %2 is more than any polling station has (at most %3).</source>
        <translation>%1: %2 — ешбір учаскеде мұнша болмайды (ең көбі %3).</translation>
    </message>
    <message>
        <source>%1: type a whole number, digits only (you typed “%2”).</source>
        <translation>%1: бүтін сан теріңіз, тек цифрлар (сіз «%2» тердіңіз).</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the figure, or press Esc to get the saved one back.</source>
        <translation>Ештеңе сақталмады: санды түзетіңіз немесе сақталған мәнді қайтару үшін Esc басыңыз.</translation>
    </message>
    <message>
        <source>A warning: check the figures; the protocol can still be marked final.</source>
        <translation>Ескерту: сандарды тексеріңіз; хаттаманы бәрібір түпкілікті етуге болады.</translation>
    </message>
    <message>
        <source>An error: the protocol can be marked final only when the figures are confirmed as on the official copy.</source>
        <translation>Қате: сандар ресми көшірмедегідей екені расталғанда ғана хаттаманы түпкілікті етуге болады.</translation>
    </message>
    <message>
        <source>Not marked final: a figure was refused (%1); correct it first.</source>
        <translation>Түпкілікті етілмеді: сан қабылданбады (%1); алдымен оны түзетіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked final: %n control relation(s) fail (%1). Check the figures against the official copy; if they are exactly so on it, tick “The figures are exactly as on the official copy” and mark the protocol final again.</source>
        <translation>
            <numerusform>Түпкілікті етілмеді: %n бақылау арақатынасы бұзылған (%1). Сандарды ресми көшірмемен салыстырыңыз; онда дәл солай болса, «Сандар ресми көшірмедегідей дәл» белгісін қойып, хаттаманы қайта түпкілікті етіңіз.</numerusform>
            <numerusform>Түпкілікті етілмеді: %n бақылау арақатынасы бұзылған (%1). Сандарды ресми көшірмемен салыстырыңыз; онда дәл солай болса, «Сандар ресми көшірмедегідей дәл» белгісін қойып, хаттаманы қайта түпкілікті етіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Change station</source>
        <translation>Учаскені ауыстыру</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your polling station</source>
        <translation>Сайлау учаскеңіз</translation>
    </message>
    <message>
        <source>Pick the station you observe today.</source>
        <translation>Бүгін бақылайтын учаскеңізді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>StationPicker</name>
    <message>
        <source>Type part of the station code or address</source>
        <translation>Учаске кодының немесе мекенжайының бір бөлігін теріңіз</translation>
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
        <translation>Келесі нұсқада болады</translation>
    </message>
    <message>
        <source>Signed PDF summary…</source>
        <translation>Қол қойылған PDF қорытынды…</translation>
    </message>
    <message>
        <source>Signed export bundle…</source>
        <translation>Қол қойылған экспорт бумасы…</translation>
    </message>
    <message>
        <source>A signed PDF of this summary and a signed bundle of everything recorded, for your coordinator. Available in a later version.</source>
        <translation>Осы қорытындының қол қойылған PDF нұсқасы және барлық жазбалардың қол қойылған бумасы — үйлестірушіңізге. Келесі нұсқада болады.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Region, district</source>
        <translation>Облыс, аудан</translation>
    </message>
    <message>
        <source>Registered voters (station list)</source>
        <translation>Сайлаушылар саны (учаскелер тізімінен)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Сайлау учаскесі</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>толтырылмаған</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келген уақыт</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Кеткен уақыт</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Figures filled in</source>
        <translation>Толтырылған сандар</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail</source>
        <translation>
            <numerusform>%n бақылау арақатынасы бұзылған</numerusform>
            <numerusform>%n бақылау арақатынасы бұзылған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) cannot be checked yet</source>
        <translation>
            <numerusform>%n бақылау арақатынасын әзірге тексеру мүмкін емес</numerusform>
            <numerusform>%n бақылау арақатынасын әзірге тексеру мүмкін емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n control relation(s) pass</source>
        <translation>
            <numerusform>барлық %n бақылау арақатынасы орындалды</numerusform>
            <numerusform>барлық %n бақылау арақатынасы орындалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (ескерту)</translation>
    </message>
    <message>
        <source>Confirmed as on the official copy</source>
        <translation>Ресми көшірмедегідей деп расталды</translation>
    </message>
    <message>
        <source>Photos of the protocol</source>
        <translation>Хаттаманың фотолары</translation>
    </message>
    <message>
        <source>Head-count (voters seen receiving a ballot)</source>
        <translation>Өз санауыңыз (көзіңізше бюллетень алған сайлаушылар)</translation>
    </message>
    <message>
        <source>Independent turnout</source>
        <translation>Тәуелсіз келу</translation>
    </message>
    <message>
        <source>cannot be computed: registered voters unknown</source>
        <translation>есептеу мүмкін емес: сайлаушылар саны белгісіз</translation>
    </message>
    <message>
        <source>%1 % of %2 registered</source>
        <translation>%1&#xa0;% (тізімде %2)</translation>
    </message>
    <message>
        <source>Protocol line %1 “%2”</source>
        <translation>Хаттаманың %1-жолы «%2»</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>+%1: the protocol shows %1 more than the head-count</source>
        <translation>+%1: хаттамада өз санауыңыздан %1 артық</translation>
    </message>
    <message>
        <source>%1: the protocol shows %2 fewer than the head-count</source>
        <translation>%1: хаттамада өз санауыңыздан %2 кем</translation>
    </message>
    <message>
        <source>0: the protocol matches the head-count</source>
        <translation>0: хаттама өз санауыңызбен сәйкес</translation>
    </message>
    <message>
        <source>Difference (protocol − head-count)</source>
        <translation>Айырма (хаттама − өз санауыңыз)</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 сайлаушы</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Latest turnout announced by the commission</source>
        <translation>Комиссия соңғы жариялаған келу</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Still out of the station</source>
        <translation>Әлі учаскеден тыс</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1, басы %2</translation>
    </message>
    <message>
        <source>The head-count misses every voter while you are out.</source>
        <translation>Учаскеден тыс кезіңізде өз санауыңызға бірде-бір сайлаушы кірмейді.</translation>
    </message>
    <message>
        <source>Obstructions</source>
        <translation>Кедергілер</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Incidents and photos</source>
        <translation>Бұзушылықтар және фотолар</translation>
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
        <translation>Мұнда сіз санаған сайлаушылар мен комиссия жариялаған келу көрсетіледі.</translation>
    </message>
    <message>
        <source>Counted by you</source>
        <translation>Сіздің санауыңыз</translation>
    </message>
    <message>
        <source>Counted by you: %1</source>
        <translation>Сіздің санауыңыз: %1</translation>
    </message>
    <message>
        <source>Announced by the commission</source>
        <translation>Комиссия жариялады</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>Жарияланды: %1</translation>
    </message>
    <message>
        <source>You were out of the station</source>
        <translation>Сіз учаскеден тыс болдыңыз</translation>
    </message>
</context>
<context>
    <name>TurnoutPage</name>
    <message>
        <source>Your head-count of voters</source>
        <translation>Сайлаушыларды өзіңіз санау</translation>
    </message>
    <message>
        <source>+1 voter</source>
        <translation>+1 сайлаушы</translation>
    </message>
    <message>
        <source>Count one voter (key: + or Space)</source>
        <translation>Бір сайлаушыны санау (перне: + немесе бос орын)</translation>
    </message>
    <message>
        <source>+ or Space: one voter · Ctrl+Z: take back the last one</source>
        <translation>+ немесе бос орын: бір сайлаушы · Ctrl+Z: соңғысын болдырмау</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Соңғысын болдырмау</translation>
    </message>
    <message>
        <source>Take back the latest +1 (Ctrl+Z)</source>
        <translation>Соңғы +1 басуды болдырмау (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Commission announced at</source>
        <translation>Комиссия жариялаған уақыт</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>сайлаушы</translation>
    </message>
    <message>
        <source>Number of voters the commission announced (leave empty if not given)</source>
        <translation>Комиссия жариялаған сайлаушылар саны (айтылмаса, бос қалдырыңыз)</translation>
    </message>
    <message>
        <source>and/or</source>
        <translation>және/немесе</translation>
    </message>
    <message>
        <source>Turnout in percent the commission announced (leave empty if not given)</source>
        <translation>Комиссия жариялаған келу пайызы (айтылмаса, бос қалдырыңыз)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Record announced turnout</source>
        <translation>Жарияланған келуді тіркеу</translation>
    </message>
    <message>
        <source>Save the turnout the commission announced (Enter)</source>
        <translation>Комиссия жариялаған келуді сақтау (Enter)</translation>
    </message>
    <message>
        <source>You are out of the station since %1 — the count has a gap. Clicks are still recorded.</source>
        <translation>Сіз учаскеден тыссыз (басы %1) — санауда үзіліс бар. Басулар бәрібір тіркеледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted</source>
        <translation>
            <numerusform>%n сайлаушы саналды</numerusform>
            <numerusform>%n сайлаушы саналды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>voter(s) counted</source>
        <translation>
            <numerusform>сайлаушы саналды</numerusform>
            <numerusform>сайлаушы саналды</numerusform>
        </translation>
    </message>
    <message>
        <source>registered voters unknown</source>
        <translation>сайлаушылар саны белгісіз</translation>
    </message>
    <message>
        <source>%1% of %2 registered</source>
        <translation>%1&#xa0;% (тізімде %2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Voter %1 counted at %2</source>
        <translation>%1-сайлаушы саналды: %2</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Болдырмайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Took back the voter counted at %1.</source>
        <translation>%1 уақытында саналған сайлаушы болдырылмады.</translation>
    </message>
    <message>
        <source>Enter the number of voters announced, the percentage, or both.</source>
        <translation>Жарияланған сайлаушылар санын, пайызын немесе екеуін де енгізіңіз.</translation>
    </message>
    <message>
        <source>Announced turnout of %1 recorded.</source>
        <translation>%1 уақытындағы жарияланған келу тіркелді.</translation>
    </message>
</context>
<context>
    <name>VisitTimeButton</name>
    <message>
        <source>Correct the time if needed</source>
        <translation>Қажет болса, уақытты түзетіңіз</translation>
    </message>
    <message>
        <source>Clear this time</source>
        <translation>Бұл уақытты өшіру</translation>
    </message>
</context>
</TS>
