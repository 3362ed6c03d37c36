<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Observer</source>
        <translation>«Байқаушы» бағдарламасы туралы</translation>
    </message>
    <message>
        <source>Observer %1</source>
        <translation>Байқаушы %1</translation>
    </message>
    <message>
        <source>For independent election observers and their coordinators: what an observer sees at a polling station, recorded offline, checked, signed and merged.</source>
        <translation>Тәуелсіз сайлау байқаушылары мен олардың үйлестірушілеріне арналған: байқаушы учаскеде көргені интернетсіз жазылады, тексеріледі, қол қойылады және біріктіріледі.</translation>
    </message>
    <message>
        <source>observer-app %1</source>
        <translation>observer-app %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Дерекқор ашылмаған.</translation>
    </message>
    <message>
        <source>an observer&apos;s database</source>
        <translation>байқаушы дерекқоры</translation>
    </message>
    <message>
        <source>a coordinator&apos;s database</source>
        <translation>үйлестіруші дерекқоры</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, схема нұсқасы %2</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы бойынша еркін бағдарлама (%1). Ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
        <source>DejaVu fonts (in the PDFs): Bitstream Vera licence, DejaVu changes in the public domain.</source>
        <translation>DejaVu қаріптері (PDF ішінде): Bitstream Vera лицензиясы, DejaVu өзгерістері — қоғамдық игілік.</translation>
    </message>
    <message>
        <source>Python %1, Qt %2 (PySide6 %3)</source>
        <translation>Python %1, Qt %2 (PySide6 %3)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>Қаріптер:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Жасалған құралдар:</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Comparing the paired protocols…</source>
        <translation>Жұпталған хаттамаларды салыстыру…</translation>
    </message>
    <message>
        <source>Forensics of the official results…</source>
        <translation>Ресми нәтижелер сараптамасы…</translation>
    </message>
    <message>
        <source>Tabulating the sample…</source>
        <translation>Іріктемені есептеу…</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Дерекқорды оқу…</translation>
    </message>
    <message>
        <source>%1 is no longer there: open the database again where it is now.</source>
        <translation>%1 бұрынғы орнында жоқ: дерекқорды қазір тұрған жерінен қайта ашыңыз.</translation>
    </message>
    <message>
        <source>PVT &amp;sample…</source>
        <translation>PVT &amp;іріктемесі…</translation>
    </message>
    <message>
        <source>Choose the sample drawn before election day (observer-app sample draw): the PVT estimates from its stations</source>
        <translation>Сайлау күніне дейін жасалған іріктемені таңдаңыз (observer-app sample draw): PVT оның учаскелері бойынша бағалайды</translation>
    </message>
    <message>
        <source>No sample</source>
        <translation>Іріктемесіз</translation>
    </message>
    <message>
        <source>from the observers&apos; protocols</source>
        <translation>байқаушылар хаттамалары бойынша</translation>
    </message>
    <message>
        <source>from the official results of the sampled stations</source>
        <translation>іріктеме учаскелерінің ресми нәтижелері бойынша</translation>
    </message>
    <message>
        <source>The PVT from the observers&apos; protocols, or from the official results of the same stations: the gap between them is falsification at the stations; between the latter and the official total, above them</source>
        <translation>PVT байқаушылар хаттамалары бойынша немесе сол учаскелердің ресми нәтижелері бойынша: олардың айырмасы — учаскелердегі бұрмалау; соңғысы мен ресми қорытындының айырмасы — учаскелерден жоғары деңгейдегі бұрмалау</translation>
    </message>
    <message>
        <source>95 % intervals</source>
        <translation>95 % аралықтар</translation>
    </message>
    <message>
        <source>99 % intervals</source>
        <translation>99 % аралықтар</translation>
    </message>
    <message>
        <source>&amp;Run the analysis</source>
        <translation>Талдауды &amp;іске қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Official − observed</source>
        <translation>Ресми − байқаушылар</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Аралық</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Official (stations with results)</source>
        <translation>Ресми (нәтижесі бар учаскелер)</translation>
    </message>
    <message>
        <source>Observers (paired stations)</source>
        <translation>Байқаушылар (жұпталған учаскелер)</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>Seats (official)</source>
        <translation>Мандаттар (ресми)</translation>
    </message>
    <message>
        <source>Seats (PVT)</source>
        <translation>Мандаттар (PVT)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Қателік шегі</translation>
    </message>
    <message>
        <source>Official inside?</source>
        <translation>Ресми нәтиже ішінде ме?</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылды</translation>
    </message>
    <message>
        <source>By chance</source>
        <translation>Кездейсоқ</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Бұл нені білдіреді</translation>
    </message>
    <message>
        <source>&amp;Copy the lists</source>
        <translation>Тізімдерді &amp;көшіру</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 п. т.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>өтеді</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>өтпейді</translation>
    </message>
    <message>
        <source>cannot be decided at %1 %</source>
        <translation>%1 % деңгейінде анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>Choose the PVT sample</source>
        <translation>PVT іріктемесін таңдаңыз</translation>
    </message>
    <message>
        <source>Sample (*.csv);;All files (*)</source>
        <translation>Іріктеме (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>No PVT sample: paired comparison and forensics only</source>
        <translation>PVT іріктемесі жоқ: тек жұптық салыстыру мен сараптама</translation>
    </message>
    <message>
        <source>The database or the options changed since this analysis: run it again.</source>
        <translation>Бұл талдаудан кейін дерекқор немесе параметрлер өзгерді: оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Cancelled; the analysis shown (if any) is the earlier one.</source>
        <translation>Тоқтатылды; көрсетілген талдау (бар болса) — бұрынғысы.</translation>
    </message>
    <message>
        <source>Run the analysis to compare the observers&apos; protocols with the official ones, tabulate a PVT sample and test the official results.</source>
        <translation>Байқаушылар хаттамаларын ресми хаттамалармен салыстыру, PVT іріктемесін есептеу және ресми нәтижелерді тексеру үшін талдауды іске қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %1 station(s) in the station list.</source>
        <translation>
            <numerusform>Учаскелер тізіміндегі %1 учаскенің талдауы.</numerusform>
            <numerusform>Учаскелер тізіміндегі %1 учаскенің талдауы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired comparison</source>
        <translation>Жұптық салыстыру</translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 station(s) with both an official protocol and the observers&apos; consolidated one, none where observers were removed or not shown the protocol; official minus observed, with its %2 % interval in percentage points.</source>
        <translation>
            <numerusform>Тек ресми хаттамасы да, байқаушылардың жиынтық хаттамасы да бар %1 учаске, байқаушылар шығарылған немесе хаттама көрсетілмеген учаскелерсіз; ресми мән минус байқаушылар мәні, %2 % аралығымен, пайыздық тармақпен.</numerusform>
            <numerusform>Тек ресми хаттамасы да, байқаушылардың жиынтық хаттамасы да бар %1 учаске, байқаушылар шығарылған немесе хаттама көрсетілмеген учаскелерсіз; ресми мән минус байқаушылар мәні, %2 % аралығымен, пайыздық тармақпен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Head-count against the issued line (full days)</source>
        <translation>Байқаушы санағы берілген бюллетеньдер жолымен салыстырғанда (толық күндер)</translation>
    </message>
    <message>
        <source>No station has both an official protocol and the observers&apos; consolidated one (outside the stations left out below): nothing to compare yet.</source>
        <translation>Бірде-бір учаскеде ресми хаттама да, байқаушылардың жиынтық хаттамасы да қатар жоқ (төменде алынып тасталғандардан басқа): әзірге салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Left out and listed below: %1 station(s) where observers were removed or not admitted, %2 where the protocol was not shown.</source>
        <translation>Алынып тасталды және төменде тізілген: байқаушылар шығарылған немесе жіберілмеген учаскелер — %1, хаттама көрсетілмегендер — %2.</translation>
    </message>
    <message>
        <source>No station was left out for a removal or a protocol not shown.</source>
        <translation>Байқаушының шығарылуына немесе хаттаманың көрсетілмеуіне байланысты бірде-бір учаске алынып тасталмады.</translation>
    </message>
    <message>
        <source>Threshold and seats</source>
        <translation>Өту шегі және мандаттар</translation>
    </message>
    <message>
        <source>Threshold %1 of the valid votes.</source>
        <translation>Өту шегі — жарамды дауыстардың %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 seat(s) by the largest remainder (Hare) among those passing.</source>
        <translation>
            <numerusform>Өткендер арасында ең үлкен қалдық (Хэйр) әдісімен %1 мандат.</numerusform>
            <numerusform>Өткендер арасында ең үлкен қалдық (Хэйр) әдісімен %1 мандат.</numerusform>
        </translation>
    </message>
    <message>
        <source>The observers&apos; column speaks for the paired stations only, the PVT&apos;s for the whole country.</source>
        <translation>Байқаушылар бағаны тек жұпталған учаскелер туралы, PVT бағаны бүкіл ел туралы айтады.</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>әзірге қорытынды жоқ</translation>
    </message>
    <message>
        <source>%1 (range unknown)</source>
        <translation>%1 (ауқымы белгісіз)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Parallel vote tabulation (PVT)</source>
        <translation>Дауыстарды параллель есептеу (PVT)</translation>
    </message>
    <message>
        <source>the observers&apos; protocols</source>
        <translation>байқаушылар хаттамалары</translation>
    </message>
    <message>
        <source>the official results</source>
        <translation>ресми нәтижелер</translation>
    </message>
    <message numerus="yes">
        <source>From %1 of %2 sampled station(s) (%3); strata: %4; %5 % margins of error (stratified ratio estimator, stations as clusters).</source>
        <translation>
            <numerusform>Іріктеменің %2 учаскесінің %1-і бойынша (%3); страталар: %4; қателік шегі %5 % (стратификацияланған қатынас бағалауы, учаскелер кластер ретінде).</numerusform>
            <numerusform>Іріктеменің %2 учаскесінің %1-і бойынша (%3); страталар: %4; қателік шегі %5 % (стратификацияланған қатынас бағалауы, учаскелер кластер ретінде).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 ішінен %2)</translation>
    </message>
    <message numerus="yes">
        <source>No verdict yet: too few sampled stations reported in %1 stratum(s): %2.</source>
        <translation>
            <numerusform>Әзірге қорытынды жоқ: %1 стратада іріктеме учаскелерінің тым азы хабарлады: %2.</numerusform>
            <numerusform>Әзірге қорытынды жоқ: %1 стратада іріктеме учаскелерінің тым азы хабарлады: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stratum reported enough for a verdict.</source>
        <translation>Әр страта қорытынды үшін жеткілікті хабарлады.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sampled station(s) are not in the station list.</source>
        <translation>
            <numerusform>Іріктеменің %1 учаскесі учаскелер тізімінде жоқ.</numerusform>
            <numerusform>Іріктеменің %1 учаскесі учаскелер тізімінде жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>PVT estimate and its %1 % interval</source>
        <translation>PVT бағалауы және оның %1 % аралығы</translation>
    </message>
    <message>
        <source>official result</source>
        <translation>ресми нәтиже</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>өту шегі</translation>
    </message>
    <message>
        <source>The margins of error cannot be computed (a stratum has a single sampled station, or too few reported): the estimates are shown without a verdict.</source>
        <translation>Қателік шегін есептеу мүмкін емес (стратада іріктеменің бір ғана учаскесі бар немесе тым азы хабарлады): бағалаулар қорытындысыз көрсетілді.</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>ішінде</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>СЫРТЫНДА</translation>
    </message>
    <message>
        <source>Forensics of the official results</source>
        <translation>Ресми нәтижелер сараптамасы</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s) with at least 100 voters on the list and turnout and the leader&apos;s share at most 99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers&apos; reports from those stations.</source>
        <translation>
            <numerusform>Тізімде кемінде 100 сайлаушы бар, келу мен көшбасшы үлесі 99 %-дан аспайтын %1 учаске; көшбасшы: %2. Белгі — дәлел емес, назар аудару себебі: оны сол учаскелердегі байқаушылардың есептерімен қатар оқыңыз.</numerusform>
            <numerusform>Тізімде кемінде 100 сайлаушы бар, келу мен көшбасшы үлесі 99 %-дан аспайтын %1 учаске; көшбасшы: %2. Белгі — дәлел емес, назар аудару себебі: оны сол учаскелердегі байқаушылардың есептерімен қатар оқыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-percentage turnout or leader&apos;s share</source>
        <translation>Келудің немесе көшбасшы үлесінің бүтін пайыздары</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s)</source>
        <translation>
            <numerusform>%1 учаске</numerusform>
            <numerusform>%1 учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>excess %1, z = %2</source>
        <translation>артығы %1, z = %2</translation>
    </message>
    <message>
        <source>Anomalous votes for the leader (Shpilkin)</source>
        <translation>Көшбасшыға берілген аномал дауыстар (Шпилькин)</translation>
    </message>
    <message>
        <source>above the clean turnout %1, where the leader had %2 vote(s) per vote for the others</source>
        <translation>таза келу %1-дан жоғары, онда көшбасшыда басқаларға берілген бір дауысқа %2 дауыс болды</translation>
    </message>
    <message>
        <source>Last digits of the counts</source>
        <translation>Сандардың соңғы цифрлары</translation>
    </message>
    <message>
        <source>chi-square %1</source>
        <translation>хи-квадрат %1</translation>
    </message>
    <message>
        <source>%1 on average (9 df)</source>
        <translation>орташа %1 (9 е. д.)</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>No official results to test yet (or none at a station with at least 100 voters on the list): import them with File → Import official results…</source>
        <translation>Тексеретін ресми нәтижелер әзірге жоқ (немесе тізімде кемінде 100 сайлаушы бар учаске жоқ): оларды Файл → Ресми нәтижелерді импорттау… арқылы жүктеңіз.</translation>
    </message>
    <message>
        <source>%1&apos;s share</source>
        <translation>Үлесі: %1</translation>
    </message>
    <message>
        <source>Stations per 0.1 % of turnout (whole percentages darker)</source>
        <translation>Келудің 0,1 %-ына шаққандағы учаскелер (бүтін пайыздар қоюырақ)</translation>
    </message>
    <message>
        <source>Stations per 0.1 % of %1&apos;s share</source>
        <translation>Үлестің 0,1 %-ына шаққандағы учаскелер: %1</translation>
    </message>
    <message numerus="yes">
        <source>Where to look next time: %1 station(s) with a whole-percentage turnout or leader&apos;s share, and the stations above the clean turnout with the most anomalous votes.</source>
        <translation>
            <numerusform>Келесі жолы қайда қарау керек: келуі немесе көшбасшы үлесі бүтін пайыз болған %1 учаске және таза келуден жоғары, аномал дауыстары ең көп учаскелер.</numerusform>
            <numerusform>Келесі жолы қайда қарау керек: келуі немесе көшбасшы үлесі бүтін пайыз болған %1 учаске және таза келуден жоғары, аномал дауыстары ең көп учаскелер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole percentages:</source>
        <translation>Бүтін пайыздар:</translation>
    </message>
    <message>
        <source>… and %1 more (observer-app analyse forensics --json lists them all)</source>
        <translation>… және тағы %1 (observer-app analyse forensics --json бәрін тізеді)</translation>
    </message>
    <message>
        <source>Most anomalous votes:</source>
        <translation>Аномал дауыстары ең көп:</translation>
    </message>
    <message>
        <source>Left out of the comparison, observers removed or not admitted:</source>
        <translation>Салыстырудан алынып тасталды, байқаушылар шығарылған немесе жіберілмеген:</translation>
    </message>
    <message>
        <source>Left out of the comparison, protocol not shown:</source>
        <translation>Салыстырудан алынып тасталды, хаттама көрсетілмеген:</translation>
    </message>
</context>
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
        <translation>Байқаушы</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>When did you arrive?</source>
        <translation>Учаскеге қашан келдіңіз?</translation>
    </message>
    <message>
        <source>You are recording the first event of the day at station %1. When did you arrive there? The summary states it, and what you counted is read against it.</source>
        <translation>Сіз %1 учаскесіндегі күннің алғашқы оқиғасын жазып жатырсыз. Ол жерге қашан келдіңіз? Келген уақытыңыз қорытындыда көрсетіледі, санағаныңыз соған қарай бағаланады.</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>&amp;Келген уақыт:</translation>
    </message>
    <message>
        <source>Record this arrival time</source>
        <translation>Осы келген уақытты жазу</translation>
    </message>
    <message>
        <source>Set it later</source>
        <translation>Кейінірек көрсету</translation>
    </message>
    <message>
        <source>Record it later with “Arrived now” in the header, and correct the time there.</source>
        <translation>Кейінірек терезенің жоғарғы жағындағы «Қазір келдім» батырмасымен белгілеп, уақытты сол жерде түзетіңіз.</translation>
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
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Observer ID</source>
        <translation>Байқаушы коды</translation>
    </message>
    <message>
        <source>Why rejected or withdrawn</source>
        <translation>Неге қабылданбады немесе кері қайтарылды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Verified (trusted CA)</source>
        <translation>Тексерілді (сенімді орталық)</translation>
    </message>
    <message>
        <source>Not verified (self-signed)</source>
        <translation>Тексерілмеді (өзі қол қойған)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Тексерілмеді</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message numerus="yes">
        <source>%1 of %2 bundle(s)</source>
        <translation>
            <numerusform>Пакеттер: %1 / %2</numerusform>
            <numerusform>Пакеттер: %1 / %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rejected</source>
        <translation>
            <numerusform>%1 қабылданбады</numerusform>
            <numerusform>%1 қабылданбады</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 · already merged %2 · rejected %3 · conflicts %4</source>
        <translation>Біріктірілді: %1 · бұрын біріктірілген: %2 · қабылданбады: %3 · қайшылықтар: %4</translation>
    </message>
    <message>
        <source>Cancelled; what was merged stays merged. %1</source>
        <translation>Тоқтатылды; біріктірілгендер сақталады. %1</translation>
    </message>
    <message>
        <source>%1: the report is written as .csv, .xlsx or .pdf.</source>
        <translation>%1: есеп .csv, .xlsx немесе .pdf пішімінде жазылады.</translation>
    </message>
    <message>
        <source>observers disagree</source>
        <translation>байқаушылар келіспейді</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>ресмиден өзгеше</translation>
    </message>
    <message>
        <source>fails %1</source>
        <translation>%1 бұзылды</translation>
    </message>
    <message>
        <source>&amp;Open coordinator database…</source>
        <translation>Үйлестіруші дерекқорын &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;New coordinator database…</source>
        <translation>&amp;Жаңа үйлестіруші дерекқоры…</translation>
    </message>
    <message>
        <source>Add &amp;bundles…</source>
        <translation>&amp;Пакеттерді қосу…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>&amp;Қалтаны қосу…</translation>
    </message>
    <message>
        <source>&amp;Trust CA…</source>
        <translation>Сенімді &amp;куәландырушы орталық…</translation>
    </message>
    <message>
        <source>Load &amp;election file…</source>
        <translation>&amp;Сайлау файлын жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Import official results…</source>
        <translation>&amp;Ресми нәтижелерді импорттау…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Есеп…</translation>
    </message>
    <message>
        <source>&amp;Withdraw bundle…</source>
        <translation>Пакетті кері қай&amp;тарып алу…</translation>
    </message>
    <message>
        <source>Take the selected bundle out of the database, as if it had never been merged; the reason is kept and audited</source>
        <translation>Таңдалған пакетті дерекқордан ешқашан біріктірілмегендей алып тастау; себебі өзгерістер журналында сақталады</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Merge observers&apos; bundles</source>
        <translation>Байқаушылар пакеттерін біріктіру</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Тізімді тазалау</translation>
    </message>
    <message>
        <source>Merge without a trusted CA</source>
        <translation>Сенімді куәландырушы орталықсыз біріктіру</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Find a station or region</source>
        <translation>Учаскені немесе өңірді іздеу</translation>
    </message>
    <message>
        <source>Only flagged stations</source>
        <translation>Тек ескертуі барлар</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Set the consolidated value of the selected line; a reason is required and kept in the audit trail</source>
        <translation>Таңдалған жолдың жиынтық мәнін өзгерту; себебі міндетті, ол өзгерістер журналында сақталады</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;observers disagree&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;differs from official&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;set by the coordinator&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;байқаушылар келіспейді&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;ресми мәннен өзгеше&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%3&quot;&gt;&amp;nbsp;үйлестіруші түзеткен&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Open a coordinator database</source>
        <translation>Үйлестіруші дерекқорын ашу</translation>
    </message>
    <message>
        <source>observers</source>
        <translation>байқаушылар</translation>
    </message>
    <message>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <source>fails %1 (%2)</source>
        <translation>%1 бұзылды (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Create a new coordinator database</source>
        <translation>Жаңа үйлестіруші дерекқорын жасау</translation>
    </message>
    <message>
        <source>Add bundles</source>
        <translation>Пакеттерді қосу</translation>
    </message>
    <message>
        <source>Add observers&apos; bundles (.obsx) to the list to merge</source>
        <translation>Байқаушылар пакеттерін (.obsx) біріктіру тізіміне қосу</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Қалтаны қосу</translation>
    </message>
    <message>
        <source>Add every bundle in a folder and its subfolders</source>
        <translation>Қалтадағы және оның ішкі қалталарындағы барлық пакетті қосу</translation>
    </message>
    <message>
        <source>Trust CA</source>
        <translation>Сенімді орталық</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s CA certificate: bundles its observers signed are merged as verified</source>
        <translation>Ұйымның куәландырушы орталығының сертификатын таңдау: оның байқаушылары қол қойған пакеттер тексерілген ретінде біріктіріледі</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Бір&amp;іктіру</translation>
    </message>
    <message>
        <source>Verify and merge the listed bundles</source>
        <translation>Тізімдегі пакеттерді тексеріп, біріктіру</translation>
    </message>
    <message>
        <source>Election file</source>
        <translation>Сайлау файлы</translation>
    </message>
    <message>
        <source>Load the election file and its station list</source>
        <translation>Сайлау файлы мен учаскелер тізімін жүктеу</translation>
    </message>
    <message>
        <source>Official results</source>
        <translation>Ресми нәтижелер</translation>
    </message>
    <message>
        <source>Import the official results per station (results CSV)</source>
        <translation>Учаскелер бойынша ресми нәтижелерді импорттау (нәтижелер CSV)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Write the report: CSV, Excel workbook or signed PDF</source>
        <translation>Есепті жазу: CSV, Excel кітабы немесе қол қойылған PDF</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>Та&amp;лдау</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Compare with the official results, tabulate the PVT sample and test the official results</source>
        <translation>Ресми нәтижелермен салыстыру, PVT іріктемесін есептеу және ресми нәтижелерді тексеру</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Жар&amp;иялау…</translation>
    </message>
    <message>
        <source>Write a redacted SQLite file for Datasette: what will be left out is shown first</source>
        <translation>Datasette үшін иесіздендірілген SQLite файлын жазу: алдымен оған не кірмейтіні көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;About Observer…</source>
        <translation>Бағдарлама &amp;туралы…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite);;All files (*)</source>
        <translation>Үйлестіруші дерекқорлары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New coordinator database</source>
        <translation>Жаңа үйлестіруші дерекқоры</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite)</source>
        <translation>Үйлестіруші дерекқорлары (*.sqlite)</translation>
    </message>
    <message>
        <source>Add observers&apos; bundles</source>
        <translation>Байқаушылар пакеттерін қосу</translation>
    </message>
    <message>
        <source>Observer bundles (*.obsx)</source>
        <translation>Байқаушылар пакеттері (*.obsx)</translation>
    </message>
    <message>
        <source>Add every bundle in a folder</source>
        <translation>Қалтадағы барлық пакетті қосу</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>Ұйымның куәландырушы орталығының сертификаты</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Куәландырушы орталық сертификаттары (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import official results</source>
        <translation>Ресми нәтижелерді импорттау</translation>
    </message>
    <message>
        <source>Results CSV (*.csv);;All files (*)</source>
        <translation>Нәтижелер, CSV (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Signed PDF (*.pdf)</source>
        <translation>Қол қойылған PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it? The file there now is lost.</source>
        <translation>%1 файлы %2 қалтасында бұрыннан бар. Оны ауыстыру керек пе? Қазіргі файл жоғалады.</translation>
    </message>
    <message>
        <source>Sign the report with</source>
        <translation>Есепке қол қоятын кілт</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx)</source>
        <translation>Кілт файлдары (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>%1 файлының құпиясөзі:</translation>
    </message>
    <message>
        <source>Coordinator window</source>
        <translation>Үйлестіруші терезесі</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>Coordinator — %1</source>
        <translation>Үйлестіруші — %1</translation>
    </message>
    <message>
        <source>Open a coordinator database, or create a new one, to start.</source>
        <translation>Бастау үшін үйлестіруші дерекқорын ашыңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>No election yet: it comes with the first merged bundle.</source>
        <translation>Әзірге сайлау жоқ: ол алғашқы біріктірілген пакетпен келеді.</translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s), %2 flagged</source>
        <translation>
            <numerusform>%1 учаске, ескертуі барлары: %2</numerusform>
            <numerusform>%1 учаске, ескертуі барлары: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation>Пакеттер (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 bundle(s) to merge</source>
        <translation>
            <numerusform>Біріктіруге %1 пакет</numerusform>
            <numerusform>Біріктіруге %1 пакет</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles to merge yet: add bundles or a folder.</source>
        <translation>Біріктіретін пакет әзірге жоқ: пакеттерді немесе қалтаны қосыңыз.</translation>
    </message>
    <message>
        <source>Signatures: %1 of %2 verified</source>
        <translation>Қолтаңбалар: %2 пакеттің %1 тексерілді</translation>
    </message>
    <message>
        <source>%1 (trusted CA %2)</source>
        <translation>%1 (сенімді орталық: %2)</translation>
    </message>
    <message>
        <source>Trusted CA for the next merge: %1</source>
        <translation>Келесі біріктіруге сенімді куәландырушы орталық: %1</translation>
    </message>
    <message>
        <source>No trusted CA chosen for the next merge: new bundles are merged unverified</source>
        <translation>Келесі біріктіруге сенімді куәландырушы орталық таңдалмаған: жаңа пакеттер тексерусіз біріктіріледі</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Қатеге байланысты тоқтады</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>Біріктіру тоқтады: %1</translation>
    </message>
    <message>
        <source>The official results were not imported: %1</source>
        <translation>Ресми нәтижелер импортталмады: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Есеп жазылмады: %1</translation>
    </message>
    <message>
        <source>The election file was not loaded: %1</source>
        <translation>Сайлау файлы жүктелмеді: %1</translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation>Ештеңе жарияланбады: %1</translation>
    </message>
    <message>
        <source>The analysis stopped: %1</source>
        <translation>Талдау тоқтады: %1</translation>
    </message>
    <message>
        <source>Cannot read the coordinator database: %1</source>
        <translation>Үйлестіруші дерекқорын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Дерекқорды оқу…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Cancelling… %1</source>
        <translation>Тоқтатылуда… %1</translation>
    </message>
    <message>
        <source>Loading the election file…</source>
        <translation>Сайлау файлы жүктелуде…</translation>
    </message>
    <message>
        <source>Election loaded: %1 stations added, %2 updated, %3 unchanged</source>
        <translation>Сайлау жүктелді: қосылған учаскелер — %1, жаңартылғаны — %2, өзгеріссіз — %3</translation>
    </message>
    <message>
        <source>Importing official results…</source>
        <translation>Ресми нәтижелер импортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 official result(s): %2 added, %3 replaced, %4 unchanged</source>
        <translation>
            <numerusform>%1 ресми нәтиже импортталды: %2 қосылды, %3 ауыстырылды, %4 өзгеріссіз</numerusform>
            <numerusform>%1 ресми нәтиже импортталды: %2 қосылды, %3 ауыстырылды, %4 өзгеріссіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 station(s)</source>
        <translation>
            <numerusform>%1 жазылды: %2 учаске</numerusform>
            <numerusform>%1 жазылды: %2 учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a station to compare its protocols line by line.</source>
        <translation>Хаттамаларын жол-жолымен салыстыру үшін учаскені таңдаңыз.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <source>%1 registered voters</source>
        <translation>тізімде %1 сайлаушы</translation>
    </message>
    <message>
        <source>no official results yet</source>
        <translation>ресми нәтижелер әлі жоқ</translation>
    </message>
    <message>
        <source>An override needs a reason; nothing was changed.</source>
        <translation>Түзету үшін себеп керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The override was not saved: %1</source>
        <translation>Түзету сақталмады: %1</translation>
    </message>
    <message>
        <source>Override saved for station %1</source>
        <translation>%1 учаскесі бойынша үйлестірушінің түзетуі сақталды</translation>
    </message>
    <message>
        <source>Withdraw bundle</source>
        <translation>Пакетті кері қайтарып алу</translation>
    </message>
    <message>
        <source>Withdraw %1 (signed by %2)? Its records leave the database, as if it had never been merged; merging it again will not bring it back.

Reason (kept and audited):</source>
        <translation>%1 пакетін (қол қойған: %2) кері қайтарып аласыз ба? Оның жазбалары дерекқордан ешқашан біріктірілмегендей алынып тасталады; қайта біріктіру оны қайтармайды.

Себебі (өзгерістер журналында сақталады):</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason; nothing was changed.</source>
        <translation>Кері қайтарып алу үшін себеп керек; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The bundle was not withdrawn: %1</source>
        <translation>Пакет кері қайтарылмады: %1</translation>
    </message>
    <message>
        <source>Withdrew %1</source>
        <translation>%1 пакеті кері қайтарылды</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s)</source>
        <translation>
            <numerusform>%1 пакет қосылды</numerusform>
            <numerusform>%1 пакет қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s) from %2 and its subfolders</source>
        <translation>
            <numerusform>%2 қалтасынан және оның ішкі қалталарынан %1 пакет қосылды</numerusform>
            <numerusform>%2 қалтасынан және оның ішкі қалталарынан %1 пакет қосылды</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is written as .csv, .xlsx or .pdf; choose one of these.</source>
        <translation>Есеп .csv, .xlsx немесе .pdf пішімінде жазылады; солардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Қалай жариялау</translation>
    </message>
    <message>
        <source>SQLite for Datasette (*.sqlite *.db)</source>
        <translation>Datasette үшін SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Preparing the publication…</source>
        <translation>Жарияланым дайындалуда…</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Ештеңе жарияланбады.</translation>
    </message>
    <message>
        <source>Published %1 and %2</source>
        <translation>%1 және %2 жарияланды</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create a self-signed identity</source>
        <translation>Өздігінен қол қойылған кілт жасау</translation>
    </message>
    <message>
        <source>Without an organisation to issue you an identity, you can make your own. Your signatures then show that the files are unchanged, but not that an organisation vouches for you.</source>
        <translation>Ұйым сізге қолтаңба кілтін бермесе, оны өзіңіз жасай аласыз. Сонда қолтаңбаңыз файлдардың өзгермегенін көрсетеді, бірақ сізге ұйымның кепілдік беретінін көрсетпейді.</translation>
    </message>
    <message>
        <source>From your profile (File → Edit profile).</source>
        <translation>Профиліңізден (Файл → Профильді өңдеу).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Remember the passphrase: the app never stores it and nobody can recover it. Keep a copy of the file somewhere safe.</source>
        <translation>Құпиясөзді есте сақтаңыз: қолданба оны сақтамайды, оны ешкім қалпына келтіре алмайды. Файлдың көшірмесін сенімді жерде ұстаңыз.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сақтау &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Жасау</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Қолтаңба кілтін сақтау</translation>
    </message>
    <message>
        <source>Identity files (*.p12)</source>
        <translation>Кілт файлдары (*.p12)</translation>
    </message>
    <message>
        <source>Fill in your name in File → Edit profile first.</source>
        <translation>Алдымен аты-жөніңізді толтырыңыз: Файл → Профильді өңдеу.</translation>
    </message>
    <message>
        <source>Choose where to save the identity file.</source>
        <translation>Кілт файлын қайда сақтайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Құпиясөз ойлап табыңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Құпиясөздер сәйкес емес; бір құпиясөзді екі рет теріңіз.</translation>
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
        <source>The &amp;demo election, for practice (Kazakhstan, Majilis 2021)</source>
        <translation>Жаттығуға арналған &amp;демо сайлау (Қазақстан, Мәжіліс, 2021)</translation>
    </message>
    <message>
        <source>Its database is marked DEMO on every screen and PDF: what you record there is practice, not evidence.</source>
        <translation>Оның дерекқоры әр экранда және әр PDF-те ДЕМО деп белгіленеді: онда жазғаныңыз — жаттығу, дәлел емес.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s election &amp;file:</source>
        <translation>Ұйымыңыздың сайлау &amp;файлы:</translation>
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
        <translation>Байқаушы қолданбасын баптау</translation>
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
        <translation>Бұл дерекқорда жаттығуға арналған демо сайлау бар: мұнда жазылғанның ешқайсысы дәлел емес.</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>Қазір келдім</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Қазір кеттім</translation>
    </message>
    <message>
        <source>I&apos;m back (readmitted)</source>
        <translation>Қайта кіргізілдім</translation>
    </message>
    <message>
        <source>Ends the open removal with the current time, as Readmitted on the Obstructions page does.</source>
        <translation>Аяқталмаған шығаруды ағымдағы уақытпен аяқтайды, «Кедергілер» бетіндегі «Қайта кіргізілді» батырмасы сияқты.</translation>
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
        <translation>Байқаушы: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <source>Out of the station since %1</source>
        <translation>Учаскеден тыс (басы %1)</translation>
    </message>
    <message>
        <source>Left the station at %1</source>
        <translation>Учаскеден кеткен уақыт: %1</translation>
    </message>
    <message>
        <source>Arrival not recorded</source>
        <translation>Келген уақыт жазылмаған</translation>
    </message>
    <message>
        <source>In the station</source>
        <translation>Учаскедесіз</translation>
    </message>
    <message>
        <source>The head-count has a gap while you are out: voters who come now are not seen. Clicks on +1 are still recorded.</source>
        <translation>Сіз учаскеден тыс кезде келуді санауда үзіліс бар: қазір келген сайлаушыларды көрмейсіз. +1 басулары бәрібір жазылады.</translation>
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
        <translation>Бұл кілт басқа байқаушыға (%1) берілген, сондықтан онымен жазбаларыңызға қол қою мүмкін емес. Үйлестірушіңізден кілтті --observer-id %2 параметрімен беруін сұраңыз (бұл — байқаушы кодыңыз; Файл → Қолтаңба кілті… терезесіндегі «Көшіру» батырмасы).</translation>
    </message>
    <message>
        <source>Your certificate expired on %1; ask your coordinator for a new identity, or create a new self-signed one (File → Identity…).</source>
        <translation>Сертификатыңыздың мерзімі %1 аяқталды; үйлестірушіңізден жаңа кілт сұраңыз немесе өздігінен қол қойылған жаңа кілт жасаңыз (Файл → Қолтаңба кілті…).</translation>
    </message>
    <message>
        <source>The passphrase of your identity file %1:</source>
        <translation>%1 кілт файлыңыздың құпиясөзі:</translation>
    </message>
    <message>
        <source>Your signing identity</source>
        <translation>Қолтаңба кілтіңіз</translation>
    </message>
    <message>
        <source>Your identity (a key and a certificate in a .p12 file) signs your PDF summaries and export bundles, so your coordinator can tell they come from you, unchanged. The app remembers where the file is, never its passphrase.</source>
        <translation>Қолтаңба кілті (.p12 файлындағы жабық кілт пен сертификат) PDF қорытындылары мен экспорт пакеттеріңізге қол қояды: үйлестіруші олардың сізден өзгеріссіз келгенін көреді. Қолданба файлдың қайда екенін есте сақтайды, құпиясөзін ешқашан сақтамайды.</translation>
    </message>
    <message>
        <source>Attached identity</source>
        <translation>Қосылған кілт</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Қол қоюшы:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>Observer id:</source>
        <translation>Байқаушы коды:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кім берген:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Жарамдылығы:</translation>
    </message>
    <message>
        <source>The certificate inside is locked: type the passphrase to see it.</source>
        <translation>Ішіндегі сертификат құлыпталған: оны көру үшін құпиясөзді теріңіз.</translation>
    </message>
    <message>
        <source>&amp;Show details…</source>
        <translation>&amp;Толығырақ…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Your observer id:</source>
        <translation>Байқаушы кодыңыз:</translation>
    </message>
    <message>
        <source>&amp;Use an identity file (.p12)…</source>
        <translation>Кілт &amp;файлын таңдау (.p12)…</translation>
    </message>
    <message>
        <source>C&amp;reate a self-signed identity…</source>
        <translation>Өздігінен қол қойылған кілт &amp;жасау…</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Ажырату</translation>
    </message>
    <message>
        <source>none attached: you cannot sign until you use or create an identity</source>
        <translation>қосылмаған: кілт таңдамайынша немесе жасамайынша қол қоя алмайсыз</translation>
    </message>
    <message>
        <source>%1 (missing: the file is not there any more)</source>
        <translation>%1 (табылмады: файл бұл жерде енді жоқ)</translation>
    </message>
    <message>
        <source>yourself (self-signed: no organisation vouches for it)</source>
        <translation>өзіңіз (өздігінен қол қойылған: оған ешбір ұйым кепілдік бермейді)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (мерзімі өтті)</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Қолтаңба кілтінің файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The passphrase of the identity file %1 (to check that it is yours):</source>
        <translation>%1 кілт файлының құпиясөзі (кілттің сіздікі екенін тексеру үшін):</translation>
    </message>
    <message>
        <source>Attached: %1 signs as %2.</source>
        <translation>Қосылды: %1 кілті %2 атынан қол қояды.</translation>
    </message>
    <message>
        <source>Created and attached %1. Keep a copy of it and remember its passphrase.</source>
        <translation>%1 жасалып, қосылды. Оның көшірмесін жасап қойыңыз және құпиясөзін ұмытпаңыз.</translation>
    </message>
    <message>
        <source>Detached. The file %1 is still there; you can use it again at any time.</source>
        <translation>Кілт ажыратылды. %1 файлы орнында қалды; оны кез келген уақытта қайта қолдана аласыз.</translation>
    </message>
    <message>
        <source>Your observer id is copied: paste it into your message to your coordinator.</source>
        <translation>Байқаушы кодыңыз көшірілді: оны үйлестірушіге жазатын хатыңызға қойыңыз.</translation>
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
    <message>
        <source>%1 (not yet saved)</source>
        <translation>%1 (әлі сақталмаған)</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр; ол аяқтала салысымен сақталады.</translation>
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
        <source>Starts an incident now (Ctrl+N): choose its category on the right, and it is saved.</source>
        <translation>Бұзушылықты қазіргі уақытпен бастайды (Ctrl+N): оның санатын оң жақта таңдаңыз, сонда ол сақталады.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
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
        <source>Incident at %1 (not yet saved; it can be described once it is)</source>
        <translation>Бұзушылық, сағат %1 (әлі сақталмаған; оны сақталғаннан кейін сипаттауға болады)</translation>
    </message>
    <message>
        <source>Incident at %1</source>
        <translation>Бұзушылық, сағат %1</translation>
    </message>
    <message>
        <source>New incident at %1: choose its category to save it</source>
        <translation>Жаңа бұзушылық, сағат %1: сақтау үшін санатын таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the category first: the incident is saved once it has one.</source>
        <translation>Алдымен санатын таңдаңыз: бұзушылық санаты таңдалғанда сақталады.</translation>
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
        <source>Discard the new incident? It has no category yet, so it was not saved.</source>
        <translation>Жаңа бұзушылықтан бас тартасыз ба? Оның әлі санаты жоқ, сондықтан ол сақталмады.</translation>
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
        <source>not given</source>
        <translation>көрсетілмеген</translation>
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
        <source>%1 — DEMO</source>
        <comment>window title of a demo database</comment>
        <translation>%1 — ДЕМО</translation>
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
        <source>&amp;Identity…</source>
        <translation>&amp;Қолтаңба кілті…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Тіл…</translation>
    </message>
    <message>
        <source>&amp;Coordinator…</source>
        <translation>&amp;Үйлестіруші…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to check in the protocol: failing control relations, or registered voters other than the station list&apos;s</source>
        <translation>
            <numerusform>Хаттамада тексеретін %n жайт бар: бұзылған бақылау арақатынастары немесе учаскелер тізіміндегіден өзгеше сайлаушылар саны</numerusform>
            <numerusform>Хаттамада тексеретін %n жайт бар: бұзылған бақылау арақатынастары немесе учаскелер тізіміндегіден өзгеше сайлаушылар саны</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Station %1</source>
        <comment>window title</comment>
        <translation>%1 учаскесі</translation>
    </message>
    <message>
        <source>&amp;About Observer…</source>
        <translation>Бағдарлама &amp;туралы…</translation>
    </message>
    <message>
        <source>Every change is saved as you go</source>
        <translation>Әр өзгеріс бірден сақталады</translation>
    </message>
    <message>
        <source>Last change saved at %1</source>
        <translation>Соңғы өзгеріс сақталды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet saved: another program is writing to the database. They are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n өзгеріс әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр. Ол аяқтала салысымен өзгерістер сақталады.</numerusform>
            <numerusform>%n өзгеріс әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр. Ол аяқтала салысымен өзгерістер сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Терезені ашық қалдыру</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Жауып, оларды жоғалту</translation>
    </message>
    <message>
        <source>The new incident you described has no category yet, so it is not saved.

Keep the window open and choose its category, or close and lose it.</source>
        <translation>Сіз сипаттаған жаңа бұзушылықтың әлі санаты жоқ, сондықтан ол сақталмады.

Терезені ашық қалдырып, санатын таңдаңыз немесе жауып, оны жоғалтыңыз.</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Жауып, оны жоғалту</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: another program is still writing to the database.

Keep the window open and they are saved as soon as it has finished. If you close it, they are lost.</source>
        <translation>
            <numerusform>%n өзгерісті сақтау мүмкін болмады: дерекқорға басқа бағдарлама әлі жазып жатыр.

Терезені ашық қалдырыңыз: ол аяқтала салысымен өзгерістер сақталады. Терезені жапсаңыз, олар жоғалады.</numerusform>
            <numerusform>%n өзгерісті сақтау мүмкін болмады: дерекқорға басқа бағдарлама әлі жазып жатыр.

Терезені ашық қалдырыңыз: ол аяқтала салысымен өзгерістер сақталады. Терезені жапсаңыз, олар жоғалады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Hide this message (it is also hidden once the change it is about is saved)</source>
        <translation>Бұл хабарды жасыру (ол қатысты өзгеріс сақталғанда өзі де жасырылады)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>data.sqlite is damaged (SQLite integrity check: {detail}, and more).</source>
        <translation>data.sqlite бүлінген (SQLite тұтастық тексеруі: {detail}; басқа қателер де бар).</translation>
    </message>
    <message>
        <source>data.sqlite is damaged (SQLite integrity check: {detail}).</source>
        <translation>data.sqlite бүлінген (SQLite тұтастық тексеруі: {detail}).</translation>
    </message>
    <message>
        <source>data.sqlite does not have the tables of an observer database of schema {version}.</source>
        <translation>data.sqlite кестелері {version} схемалы байқаушы дерекқорының кестелеріне сәйкес емес.</translation>
    </message>
    <message>
        <source>data.sqlite is not an observer database (no table {table}).</source>
        <translation>data.sqlite — байқаушы дерекқоры емес ({table} кестесі жоқ).</translation>
    </message>
    <message>
        <source>{table}: {count}</source>
        <translation>{table}: {count}</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} ({rows}, the observer_id setting).</source>
        <translation>data.sqlite ішінде {observer} байқаушысының емес, басқа байқаушының жазбалары бар ({rows}, observer_id баптауы).</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} ({rows}).</source>
        <translation>data.sqlite ішінде {observer} байқаушысының емес, басқа байқаушының жазбалары бар ({rows}).</translation>
    </message>
    <message>
        <source>data.sqlite holds rows of another observer than {observer} (the observer_id setting).</source>
        <translation>data.sqlite ішінде {observer} байқаушысының емес, басқа байқаушының жазбалары бар (observer_id баптауы).</translation>
    </message>
    <message>
        <source>data.sqlite has no profile of the observer {observer}.</source>
        <translation>data.sqlite ішінде {observer} байқаушысының профилі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds coordinator data (%n {table} row(s)); export an observer&apos;s database, not a coordinator&apos;s.</source>
        <translation>
            <numerusform>data.sqlite ішінде үйлестірушінің деректері бар ({table}: %n жазба); үйлестірушінің емес, байқаушының дерекқорын экспорттаңыз.</numerusform>
            <numerusform>data.sqlite ішінде үйлестірушінің деректері бар ({table}: %n жазба); үйлестірушінің емес, байқаушының дерекқорын экспорттаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n elections; a bundle holds exactly one.</source>
        <translation>
            <numerusform>data.sqlite ішіндегі сайлау саны: %n; пакетте дәл бір сайлау болуы керек.</numerusform>
            <numerusform>data.sqlite ішіндегі сайлау саны: %n; пакетте дәл бір сайлау болуы керек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n station(s) of another election than {election}.</source>
        <translation>
            <numerusform>data.sqlite ішінде {election} емес, басқа сайлаудың %n учаскесі бар.</numerusform>
            <numerusform>data.sqlite ішінде {election} емес, басқа сайлаудың %n учаскесі бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>data.sqlite has records that refer to missing stations or observers.</source>
        <translation>data.sqlite ішінде жоқ учаскелерге немесе байқаушыларға сілтейтін жазбалар бар.</translation>
    </message>
    <message>
        <source>The database is in the middle of a change; try the export again.</source>
        <translation>Дерекқор дәл қазір өзгертіліп жатыр; экспортты қайталаңыз.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>аты белгісіз</translation>
    </message>
    <message>
        <source>In the identity of {who} the key does not belong to the certificate.</source>
        <translation>Қолтаңба кілтінде ({who}) жабық кілт сертификатқа сәйкес емес.</translation>
    </message>
    <message>
        <source>The certificate of {who} is valid only from {start} UTC; check the laptop&apos;s clock.</source>
        <translation>Сертификат ({who}) тек {start} UTC уақытынан бастап жарамды; ноутбуктың сағатын тексеріңіз.</translation>
    </message>
    <message>
        <source>The certificate of {who} expired on {date}; ask the organisation for a new identity.</source>
        <translation>Сертификаттың ({who}) мерзімі {date} аяқталды; ұйымнан жаңа қолтаңба кілтін сұраңыз.</translation>
    </message>
    <message>
        <source>This database has no election yet, so there is nothing to export; load one with &apos;observer-app election load FILE --db PATH&apos;.</source>
        <translation>Бұл дерекқорда әлі сайлау жоқ, сондықтан экспорттайтын ештеңе жоқ; сайлауды &apos;observer-app election load FILE --db PATH&apos; командасымен жүктеңіз.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>{folder} қалтасына жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: {detail}.</source>
        <translation>Дерекқордың көшірмесін алу мүмкін болмады: {detail}.</translation>
    </message>
    <message>
        <source>The database is larger than {mib} MiB, more than a bundle may hold; it cannot be exported.</source>
        <translation>Дерекқор {mib} МиБ-тан үлкен, пакетке мұнша көлем сыймайды; оны экспорттау мүмкін емес.</translation>
    </message>
    <message>
        <source>This database cannot be exported: {problem}</source>
        <translation>Бұл дерекқорды экспорттау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>The bundle did not verify after writing, so it was not saved: {problem}</source>
        <translation>Жазылған пакет тексеруден өтпеді, сондықтан ол сақталмады: {problem}</translation>
    </message>
    <message>
        <source>The bundle was not saved: a coordinator&apos;s merge would refuse it ({problem}). Correct that record and export again.</source>
        <translation>Пакет сақталмады: үйлестірушінің біріктіруі оны қабылдамас еді ({problem}). Сол жазбаны түзетіп, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Cannot write the bundle {path}: {reason}.</source>
        <translation>{path} пакеті жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>The trusted CA file holds no certificate; give the CA&apos;s ca.pem.</source>
        <translation>Сенімді куәландырушы орталықтың файлында сертификат жоқ; куәландырушы орталықтың ca.pem файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>No trusted CA certificate was given; give the CA&apos;s ca.pem.</source>
        <translation>Сенімді куәландырушы орталықтың сертификаты көрсетілмеді; куәландырушы орталықтың ca.pem файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA (the trusted certificate is not a CA certificate).</source>
        <translation>Пакетке сенімді куәландырушы орталық бермеген сертификатпен қол қойылған (сенімді деп берілген сертификат куәландырушы орталықтың сертификаты емес).</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA (the CA certificate was not valid when the bundle was made).</source>
        <translation>Пакетке сенімді куәландырушы орталық бермеген сертификатпен қол қойылған (пакет жасалған кезде куәландырушы орталықтың сертификаты жарамсыз болған).</translation>
    </message>
    <message>
        <source>The bundle is signed by a certificate that does not lead to the trusted CA.</source>
        <translation>Пакетке сенімді куәландырушы орталық бермеген сертификатпен қол қойылған.</translation>
    </message>
    <message>
        <source>The member {name} is larger than {mib} MiB once unpacked; it is not a bundle this app wrote.</source>
        <translation>{name} файлы тарқатылған күйінде {mib} МиБ-тан үлкен; бұл осы қолданба жасаған пакет емес.</translation>
    </message>
    <message>
        <source>The bundle holds the member “{name}” twice.</source>
        <translation>Пакетте «{name}» файлы екі рет кездеседі.</translation>
    </message>
    <message>
        <source>The bundle has a member with an absolute path, “{name}”.</source>
        <translation>Пакетте абсолют жолы бар файл бар: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a member whose path leaves the bundle, “{name}”.</source>
        <translation>Пакетте жолы пакеттен тыс шығатын файл бар: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a member with a backslash in its name, “{name}”.</source>
        <translation>Пакетте атауында кері қиғаш сызық бар файл бар: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has a folder entry, “{name}”.</source>
        <translation>Пакетте қалта бар: «{name}».</translation>
    </message>
    <message>
        <source>The bundle has an unexpected member “{name}”.</source>
        <translation>Пакетте артық «{name}» файлы бар.</translation>
    </message>
    <message>
        <source>The member {name} is encrypted.</source>
        <translation>Пакеттегі {name} файлы шифрланған.</translation>
    </message>
    <message>
        <source>The member {name} uses a compression this app does not write.</source>
        <translation>Пакеттегі {name} файлы осы қолданба қолданбайтын тәсілмен қысылған.</translation>
    </message>
    <message>
        <source>The member {name} declares {size} bytes, more than {mib} MiB; it is not a bundle this app wrote.</source>
        <translation>Пакеттегі {name} файлының мәлімделген көлемі — {size} байт, бұл {mib} МиБ-тан көп; бұл осы қолданба жасаған пакет емес.</translation>
    </message>
    <message>
        <source>The bundle lacks the member {name}.</source>
        <translation>Пакетте {name} файлы жоқ.</translation>
    </message>
    <message>
        <source>manifest.json is not valid UTF-8 JSON ({detail}).</source>
        <translation>manifest.json — дұрыс UTF-8 JSON емес ({detail}).</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json — JSON объектісі емес.</translation>
    </message>
    <message>
        <source>manifest.json has no valid “{key}”.</source>
        <translation>manifest.json ішінде дұрыс «{key}» өрісі жоқ.</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; it was written by a newer version of the app, so update the app to read it.</source>
        <translation>Пакет форматының нұсқасы — {version}: ол қолданбаның жаңарақ нұсқасымен жасалған; оны оқу үшін қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The bundle has an unknown format version {version}.</source>
        <translation>Пакет форматының нұсқасы белгісіз: {version}.</translation>
    </message>
    <message>
        <source>manifest.json does not give the SHA-256 of data.sqlite and observer.pem.</source>
        <translation>manifest.json ішінде data.sqlite пен observer.pem файлдарының SHA-256 мәні жоқ.</translation>
    </message>
    <message>
        <source>manifest.json does not give a row count for each table.</source>
        <translation>manifest.json ішінде жазбалар саны әр кесте үшін көрсетілмеген.</translation>
    </message>
    <message>
        <source>manifest.json lists stations that are not codes.</source>
        <translation>manifest.json ішіндегі учаскелер тізімінде учаске коды емес мәндер бар.</translation>
    </message>
    <message>
        <source>manifest.json has no valid creation time.</source>
        <translation>manifest.json ішінде дұрыс жасалу уақыты жоқ.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it was made by another certificate than observer.pem.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: ол observer.pem ішіндегі сертификатпен емес, басқа сертификатпен қойылған.</translation>
    </message>
    <message>
        <source>manifest.json.p7s is not a CMS signature.</source>
        <translation>manifest.json.p7s — CMS қолтаңбасы емес.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it is not a detached signature of data.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: бұл деректердің бөлек (detached) қолтаңбасы емес.</translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: it has %n signers instead of one.</source>
        <translation>
            <numerusform>manifest.json қолтаңбасы жарамсыз: онда бір емес, %n қол қоюшы бар.</numerusform>
            <numerusform>manifest.json қолтаңбасы жарамсыз: онда бір емес, %n қол қоюшы бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it does not use SHA-256.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: онда SHA-256 қолданылмаған.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it is not an ECDSA signature.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: бұл ECDSA қолтаңбасы емес.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it does not carry the certificate in observer.pem.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: онда observer.pem ішіндегі сертификат жоқ.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: it has no signed attributes.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: онда қол қойылған атрибуттар жоқ.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the signed attribute {name} appears twice.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: қол қойылған {name} атрибуты екі рет кездеседі.</translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: the signed attribute {name} has %n values.</source>
        <translation>
            <numerusform>manifest.json қолтаңбасы жарамсыз: қол қойылған {name} атрибутының мәндері саны: %n.</numerusform>
            <numerusform>manifest.json қолтаңбасы жарамсыз: қол қойылған {name} атрибутының мәндері саны: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: its content type is not data.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: оның мазмұн түрі data емес.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: manifest.json was changed after it was signed.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: manifest.json қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the certificate has no ECDSA key.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: сертификатта ECDSA кілті жоқ.</translation>
    </message>
    <message>
        <source>The signature of manifest.json is not valid: the signature does not match the certificate&apos;s key.</source>
        <translation>manifest.json қолтаңбасы жарамсыз: қолтаңба сертификаттың кілтіне сәйкес емес.</translation>
    </message>
    <message>
        <source>manifest.json.p7s cannot be read as a CMS signature ({detail}).</source>
        <translation>manifest.json.p7s файлын CMS қолтаңбасы ретінде оқу мүмкін болмады ({detail}).</translation>
    </message>
    <message>
        <source>The bundle is not a readable zip file ({detail}); it may be truncated or damaged, so copy it again.</source>
        <translation>Пакетті zip файлы ретінде оқу мүмкін емес ({detail}); ол толық көшірілмеген немесе бүлінген болуы мүмкін, сондықтан оны қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>The bundle cannot be read as a zip file ({detail}).</source>
        <translation>Пакетті zip файлы ретінде оқу мүмкін болмады ({detail}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} оқылмады: {reason}.</translation>
    </message>
    <message>
        <source>The bundle cannot be checked ({kind}: {detail}).</source>
        <translation>Пакетті тексеру мүмкін болмады ({kind}: {detail}).</translation>
    </message>
    <message>
        <source>The file is {size} bytes long, larger than any bundle this app writes.</source>
        <translation>Файл көлемі — {size} байт: бұл қолданба жасайтын кез келген пакеттен үлкен.</translation>
    </message>
    <message>
        <source>observer.pem does not hold exactly one certificate.</source>
        <translation>observer.pem ішінде дәл бір сертификат болуы керек, бірақ олай емес.</translation>
    </message>
    <message>
        <source>observer.pem is not a certificate.</source>
        <translation>observer.pem — сертификат емес.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate is not meant for signatures (no digitalSignature key usage).</source>
        <translation>Байқаушы сертификаты қол қоюға арналмаған (digitalSignature кілт мақсаты жоқ).</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate has no key usage for signatures.</source>
        <translation>Байқаушы сертификатында кілттің қол қоюға арналғаны көрсетілмеген.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate names no observer id (UID).</source>
        <translation>Байқаушы сертификатында байқаушы коды (UID) көрсетілмеген.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of the app (schema {schema}; this app knows up to {known}); update the app to read it.</source>
        <translation>Пакет қолданбаның жаңарақ нұсқасымен жасалған ({schema} схемасы; бұл қолданба тек {known} схемасына дейін біледі); оны оқу үшін қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The certificate belongs to observer {uid}, but the manifest names observer {observer}.</source>
        <translation>Сертификат {uid} байқаушысына тиесілі, ал манифестте {observer} байқаушысы көрсетілген.</translation>
    </message>
    <message>
        <source>observer.pem does not match the SHA-256 in the manifest; the certificate was replaced.</source>
        <translation>observer.pem манифесттегі SHA-256 мәніне сәйкес емес; сертификат ауыстырылған.</translation>
    </message>
    <message>
        <source>The bundle claims to have been made on {created}, more than a day after this computer&apos;s clock ({now} UTC): check this computer&apos;s date; if it is right, the bundle&apos;s time is false and it is not valid.</source>
        <translation>Пакет {created} жасалған деп көрсетілген — бұл осы компьютер сағатынан ({now} UTC) бір тәуліктен астам кейін: компьютердегі күнді тексеріңіз; ол дұрыс болса, пакеттің уақыты жалған және пакет жарамсыз.</translation>
    </message>
    <message>
        <source>The observer&apos;s certificate was not valid when the bundle was made ({created}; valid {start} to {end}).</source>
        <translation>Пакет жасалған кезде байқаушы сертификаты жарамсыз болған ({created}; жарамдылық мерзімі: {start} – {end}).</translation>
    </message>
    <message>
        <source>data.sqlite does not match the SHA-256 in the manifest; the data was changed after the bundle was signed.</source>
        <translation>data.sqlite манифесттегі SHA-256 мәніне сәйкес емес; деректер пакетке қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>data.sqlite is not an SQLite database.</source>
        <translation>data.sqlite — SQLite дерекқоры емес.</translation>
    </message>
    <message>
        <source>data.sqlite cannot be read as a database ({detail}).</source>
        <translation>data.sqlite файлын дерекқор ретінде оқу мүмкін болмады ({detail}).</translation>
    </message>
    <message>
        <source>data.sqlite has schema {found}, but the manifest says {stated}.</source>
        <translation>data.sqlite схемасы — {found}, ал манифестте {stated} схемасы көрсетілген.</translation>
    </message>
    <message>
        <source>data.sqlite holds the election {found}, but the manifest names {stated}.</source>
        <translation>data.sqlite ішінде {found} сайлауы бар, ал манифестте {stated} сайлауы көрсетілген.</translation>
    </message>
    <message>
        <source>data.sqlite does not hold the rows the manifest counts (table {table}: {found}, manifest {stated}).</source>
        <translation>data.sqlite ішіндегі жазбалар саны манифестке сәйкес емес ({table} кестесі: {found}, манифестте {stated}).</translation>
    </message>
    <message>
        <source>data.sqlite does not hold records for exactly the stations the manifest lists.</source>
        <translation>data.sqlite ішінде жазбалары бар учаскелер манифесттегі учаскелер тізіміне сәйкес емес.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>the new CA key {path}</source>
        <translation>куәландырушы орталықтың жаңа {path} кілті</translation>
    </message>
    <message>
        <source>the CA key {path}</source>
        <translation>куәландырушы орталықтың {path} кілті</translation>
    </message>
    <message>
        <source>the new identity file {path}</source>
        <translation>жаңа {path} кілт файлы</translation>
    </message>
    <message>
        <source>{path} is an export bundle, not a database; merge it into a coordinator database with &apos;observer-app merge --into COORD.sqlite {path}&apos;.</source>
        <translation>{path} — экспорт пакеті, дерекқор емес; оны үйлестіруші дерекқорына &apos;observer-app merge --into COORD.sqlite {path}&apos; командасымен біріктіріңіз.</translation>
    </message>
    <message>
        <source>{path} is not a database of this app (not an SQLite file); it was not changed.</source>
        <translation>{path} — осы қолданбаның дерекқоры емес (SQLite файлы емес); файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not a database of this app; it was not changed.</source>
        <translation>{path} — осы қолданбаның емес, басқа бағдарламаның дерекқоры; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name, e.g. {example}.</source>
        <translation>{path} — қалта; файл атын көрсетіңіз, мысалы, {example}.</translation>
    </message>
    <message>
        <source>Nothing to set: give --name, --org or --contact.</source>
        <translation>Өзгертетін ештеңе жоқ: --name, --org немесе --contact көрсетіңіз.</translation>
    </message>
    <message>
        <source>The observer&apos;s name cannot be empty.</source>
        <translation>Байқаушының аты бос болмауы керек.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a signed PDF file.</source>
        <translation>{path} — қалта; қол қойылған PDF файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} is neither a PDF nor an export bundle; nothing to verify.</source>
        <translation>{path} — PDF те, экспорт пакеті де емес; тексеретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>No identity to sign with: give --identity FILE.p12, or attach one to the database in the app.</source>
        <translation>Қол қоятын кілт жоқ: --identity FILE.p12 параметрін көрсетіңіз немесе қолданбада дерекқорға кілт қосыңыз.</translation>
    </message>
    <message>
        <source>There is no station {code} in {path} (did you mean {suggestion}?); see the codes with &apos;observer-app stations list --db {path}&apos;.</source>
        <translation>{path} дерекқорында {code} учаскесі жоқ ({suggestion} болуы мүмкін бе?); учаске кодтарын &apos;observer-app stations list --db {path}&apos; командасы көрсетеді.</translation>
    </message>
    <message>
        <source>There is no station {code} in {path}; see the codes with &apos;observer-app stations list --db {path}&apos;.</source>
        <translation>{path} дерекқорында {code} учаскесі жоқ; учаске кодтарын &apos;observer-app stations list --db {path}&apos; командасы көрсетеді.</translation>
    </message>
    <message>
        <source>No sample was drawn: {reason}.</source>
        <translation>Іріктеме жасалмады: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{path} is not a valid bundle. {reason} In all, %n problems were found.</source>
        <translation>
            <numerusform>{path} — жарамсыз пакет. {reason} Барлығы %n қате табылды.</numerusform>
            <numerusform>{path} — жарамсыз пакет. {reason} Барлығы %n қате табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a valid bundle. {reason}</source>
        <translation>{path} — жарамсыз пакет. {reason}</translation>
    </message>
    <message>
        <source>the identity file {path}</source>
        <translation>{path} кілт файлы</translation>
    </message>
    <message numerus="yes">
        <source>No such bundle: {path} (and %n more); nothing was merged.</source>
        <translation>
            <numerusform>Пакеттер табылмады: {path} және тағы %n пакет; ештеңе біріктірілмеді.</numerusform>
            <numerusform>Пакеттер табылмады: {path} және тағы %n пакет; ештеңе біріктірілмеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such bundle: {path}; nothing was merged.</source>
        <translation>Пакет табылмады: {path}; ештеңе біріктірілмеді.</translation>
    </message>
    <message>
        <source>{path}: the report is written as .csv, .xlsx or .pdf.</source>
        <translation>{path}: есеп .csv, .xlsx немесе .pdf пішімінде жазылады.</translation>
    </message>
    <message>
        <source>--wide is for a .csv report; {path} is not one.</source>
        <translation>--wide тек .csv есебі үшін; {path} ондай файл емес.</translation>
    </message>
    <message>
        <source>--sample is for the PDF and XLSX reports (their analysis) and the wide CSV (--wide); the report CSV keeps its columns.</source>
        <translation>--sample PDF және XLSX есептері (олардың талдауы) мен кең CSV (--wide) үшін; CSV есептің бағандары өзгермейді.</translation>
    </message>
    <message>
        <source>The bundle is not valid.</source>
        <translation>Пакет жарамсыз.</translation>
    </message>
    <message>
        <source>The desktop app is not available in this installation.</source>
        <translation>Бұл орнатылымда жұмыс үстелі қолданбасы жоқ.</translation>
    </message>
    <message>
        <source>Screenshots need the desktop app, which is not available here.</source>
        <translation>Скриншоттар үшін жұмыс үстелі қолданбасы керек, ал мұнда ол жоқ.</translation>
    </message>
    <message>
        <source>{path}: line {line} is longer than {most} characters; this is not a station list or a results file. Nothing was imported.</source>
        <translation>{path}: {line}-жол {most} таңбадан ұзын; бұл учаскелер тізімі де, нәтижелер файлы да емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{path}: the row that starts on line {line} is longer than {most} characters (a quoted cell runs over many lines); this is not a station list or a results file. Nothing was imported.</source>
        <translation>{path}: {line}-жолдан басталатын жазба {most} таңбадан ұзын (тырнақшадағы ұяшық көп жолға созылады); бұл учаскелер тізімі де, нәтижелер файлы да емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{path}: line {line}: malformed CSV ({detail}); nothing was imported.</source>
        <translation>{path}: {line}-жол: CSV пішімі бұзылған ({detail}); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (near line {line}); save it as UTF-8 and try again. Nothing was imported.</source>
        <translation>{path}: мәтін UTF-8 кодтауында емес ({line}-жолдың маңында); файлды UTF-8 түрінде сақтап, қайталап көріңіз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A database knows only the stations loaded into it (a coordinator&apos;s, after a merge, only those observers covered): load the election file into it first (File → Load election file… in the coordinator window, or &apos;observer-app election load FILE.election.json --db ...&apos;).</source>
        <translation>Дерекқор тек өзіне жүктелген учаскелерді біледі (үйлестірушінің дерекқоры біріктіруден кейін — тек байқаушылар болған учаскелерді): алдымен оған сайлау файлын жүктеңіз (үйлестіруші терезесінде «Файл → Сайлау файлын жүктеу…» немесе &apos;observer-app election load FILE.election.json --db ...&apos;).</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {problems} (and %n more). Nothing from this file was imported.</source>
        <translation>
            <numerusform>{path}: {problems} (тағы %n қате). Бұл файлдан ештеңе импортталмады.</numerusform>
            <numerusform>{path}: {problems} (тағы %n қате). Бұл файлдан ештеңе импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {problems}. Nothing from this file was imported.</source>
        <translation>{path}: {problems}. Бұл файлдан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{refusal} {hint}</source>
        <translation>{refusal} {hint}</translation>
    </message>
    <message>
        <source>{path}: the file is empty; it needs a header row.</source>
        <translation>{path}: файл бос; тақырып жолы керек.</translation>
    </message>
    <message>
        <source>{path}: line 1: the columns are separated by semicolons, but the file must be comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{path}: 1-жол: бағандар нүктелі үтірмен бөлінген, ал үтір керек; Excel-де файлды «CSV UTF-8» (үтірмен бөлінген) түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{path}: line 1: the columns are separated by tabs, but the file must be comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{path}: 1-жол: бағандар табуляциямен бөлінген, ал үтір керек; Excel-де файлды «CSV UTF-8» (үтірмен бөлінген) түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{path}: line 1: column “{column}” appears twice.</source>
        <translation>{path}: 1-жол: «{column}» бағаны екі рет кездеседі.</translation>
    </message>
    <message>
        <source>{path}: line 1: unknown column “{column}” (expected {expected}).</source>
        <translation>{path}: 1-жол: белгісіз «{column}» бағаны (рұқсат етілгендері: {expected}).</translation>
    </message>
    <message>
        <source>{path}: line 1: missing column “{column}”.</source>
        <translation>{path}: 1-жол: «{column}» бағаны жоқ.</translation>
    </message>
    <message>
        <source>{column} = {value} is more than any polling station has (at most {most})</source>
        <translation>{column} = {value} — ешбір учаскеде мұнша болмайды (ең көбі {most})</translation>
    </message>
    <message>
        <source>{column} must be a whole number written without spaces or separators, not “{value}”</source>
        <translation>{column}: бос орынсыз және разряд бөлгіштерінсіз жазылған бүтін сан болуы керек, «{value}» емес</translation>
    </message>
    <message>
        <source>{column} must be a whole number of 0 or more, not “{value}”</source>
        <translation>{column}: 0-ден кем емес бүтін сан болуы керек, «{value}» емес</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has {width}</source>
        <translation>
            <numerusform>%n ұяшық, ал тақырып жолында — {width}</numerusform>
            <numerusform>%n ұяшық, ал тақырып жолында — {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>the station code is empty</source>
        <translation>учаске коды бос</translation>
    </message>
    <message>
        <source>station “{code}” already appears on line {first}</source>
        <translation>«{code}» учаскесі {first}-жолда бұрыннан бар</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>unknown station “{code}”</source>
        <translation>белгісіз учаске: «{code}»</translation>
    </message>
    <message>
        <source>the stratum is empty or longer than {most} characters</source>
        <translation>қабат бос немесе {most} таңбадан ұзын</translation>
    </message>
    <message>
        <source>the weight “{value}” is not a number from 1 to {most}</source>
        <translation>«{value}» салмағы 1-ден {most}-ге дейінгі сан емес</translation>
    </message>
    <message>
        <source>{path}: the sample lists no station.</source>
        <translation>{path}: іріктемеде бірде-бір учаске жоқ.</translation>
    </message>
    <message>
        <source>unexpected character “{character}” at position {position}</source>
        <translation>{position}-позицияда күтілмеген «{character}» таңбасы</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>өрнек бос</translation>
    </message>
    <message>
        <source>an expression needs exactly one comparison (=, &lt;=, &gt;=, &lt;, &gt;)</source>
        <translation>өрнекте дәл бір салыстыру болуы керек (=, &lt;=, &gt;=, &lt;, &gt;)</translation>
    </message>
    <message>
        <source>an expression may hold only one comparison</source>
        <translation>өрнекте тек бір салыстыру болуы мүмкін</translation>
    </message>
    <message>
        <source>a side of the comparison is empty</source>
        <translation>салыстырудың бір жағы бос</translation>
    </message>
    <message>
        <source>the only function is sum(contestants)</source>
        <translation>тек sum(contestants) функциясына рұқсат етіледі</translation>
    </message>
    <message>
        <source>unknown line code “{code}”</source>
        <translation>белгісіз жол коды «{code}»</translation>
    </message>
    <message>
        <source>expected a line code or a number, found “{found}”</source>
        <translation>жол коды немесе сан күтілді, ал «{found}» табылды</translation>
    </message>
    <message>
        <source>expected + or -, found “{found}”</source>
        <translation>+ немесе - күтілді, ал «{found}» табылды</translation>
    </message>
    <message>
        <source>the expression ends with an operator</source>
        <translation>өрнек амал таңбасымен аяқталады</translation>
    </message>
    <message>
        <source>cannot read the election file ({reason})</source>
        <translation>сайлау файлы оқылмады ({reason})</translation>
    </message>
    <message>
        <source>the election file is not UTF-8 text (byte {byte})</source>
        <translation>сайлау файлы UTF-8 кодтауындағы мәтін емес ({byte}-байт)</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}-жол, {column}-баған</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>JSON жарамсыз ({detail})</translation>
    </message>
    <message>
        <source>the station code is {length} characters long; at most {most} are allowed</source>
        <translation>учаске кодының ұзындығы {length} таңба; ең көбі {most} таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>the station code holds a control character ({character} at position {position}); any other character is allowed</source>
        <translation>учаске кодында басқару таңбасы бар ({position}-позициядағы {character}); кез келген басқа таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {most} are allowed</source>
        <translation>мәтіннің ұзындығы {length} таңба; ең көбі {most} таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>the number {number} is larger than any count (at most {most})</source>
        <translation>{number} саны кез келген санақтан үлкен (ең көбі {most})</translation>
    </message>
    <message>
        <source>nested deeper than {most} levels</source>
        <translation>{most} деңгейден тереңірек кірістірілген</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in one object</source>
        <translation>«{key}» кілті бір объектіде екі рет кездеседі</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too long to read</source>
        <translation>{digits} цифрдан тұратын сан тым ұзын, оны оқу мүмкін емес</translation>
    </message>
    <message>
        <source>“{found}” is not a number JSON allows</source>
        <translation>«{found}» — JSON рұқсат ететін сан емес</translation>
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
        <translation>объект болуы керек</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>бос емес мәтін болуы керек</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>бос емес тізім болуы керек</translation>
    </message>
    <message>
        <source>must be a non-negative integer, found “{found}”</source>
        <translation>теріс емес бүтін сан болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>a code is at most {most} characters long, this one {length}</source>
        <translation>код ең көбі {most} таңбадан тұрады, ал бұл кодта {length} таңба</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>тізім болуы керек</translation>
    </message>
    <message>
        <source>must be at most {most}, found “{found}”</source>
        <translation>ең көбі {most} болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>the election file must hold a JSON object</source>
        <translation>сайлау файлында JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>version {version} is newer than this app reads ({supported}); update the app</source>
        <translation>{version} нұсқасы бұл қолданба оқи алатын нұсқадан ({supported}) жаңа; қолданбаны жаңартыңыз</translation>
    </message>
    <message>
        <source>must be {supported}, found “{found}”</source>
        <translation>{supported} болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, found “{found}”</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>must be a number from 0 to 100, found “{found}”</source>
        <translation>0-ден 100-ге дейінгі сан болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>must be true or false, found “{found}”</source>
        <translation>true немесе false болуы керек, ал «{found}» көрсетілген</translation>
    </message>
    <message>
        <source>code “{code}” must be lower-case letters, digits and _ , starting with a letter</source>
        <translation>«{code}» коды кіші латын әріптерінен, цифрлардан және _ таңбасынан тұрып, әріптен басталуы керек</translation>
    </message>
    <message>
        <source>code “{code}” is reserved</source>
        <translation>«{code}» коды резервтелген</translation>
    </message>
    <message>
        <source>duplicate code “{code}” (already used at {first})</source>
        <translation>«{code}» коды қайталанады (бұрын {first} орнында қолданылған)</translation>
    </message>
    <message>
        <source>must be a string, found “{found}”</source>
        <translation>мәтін болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>unknown role “{role}” (known: {known})</source>
        <translation>белгісіз рөл «{role}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <source>role “{role}” is already given to {code}</source>
        <translation>«{role}» рөлі бұрыннан {code} жолына берілген</translation>
    </message>
    <message>
        <source>id “{id}” must be lower-case letters, digits and _</source>
        <translation>«{id}» идентификаторы кіші латын әріптерінен, цифрлардан және _ таңбасынан тұруы керек</translation>
    </message>
    <message>
        <source>duplicate relation id “{id}”</source>
        <translation>«{id}» арақатынас идентификаторы қайталанады</translation>
    </message>
    <message>
        <source>relation “{id}” ({place})</source>
        <translation>«{id}» арақатынасы ({place})</translation>
    </message>
    <message>
        <source>{problem} in “{expr}”</source>
        <translation>«{expr}» өрнегінде: {problem}</translation>
    </message>
    <message>
        <source>must be “error” or “warning”, found “{found}”</source>
        <translation>«error» немесе «warning» болуы керек, ал көрсетілгені «{found}»</translation>
    </message>
    <message>
        <source>duplicate station code “{code}”</source>
        <translation>«{code}» учаске коды қайталанады</translation>
    </message>
    <message>
        <source>must be an object of names by language, e.g. {example}</source>
        <translation>тілдер бойынша атаулар объектісі болуы керек, мысалы {example}</translation>
    </message>
    <message>
        <source>language “{lang}” must be a language code such as en, ru or kk</source>
        <translation>«{lang}» тілі en, ru немесе kk сияқты тіл коды болуы керек</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the CA key; an empty one is refused.</source>
        <translation>Куәландырушы орталықтың кілтін қорғау үшін құпиясөз керек; бос құпиясөз қабылданбайды.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the identity file; an empty one is refused.</source>
        <translation>Кілт файлын қорғау үшін құпиясөз керек; бос құпиясөз қабылданбайды.</translation>
    </message>
    <message>
        <source>“{value}” is not an observer id: give a UUID such as {example}.</source>
        <translation>«{value}» — байқаушы коды емес: UUID көрсетіңіз, мысалы {example}.</translation>
    </message>
    <message numerus="yes">
        <source>The observer&apos;s name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Байқаушының аты %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
            <numerusform>Байқаушының аты %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CA name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Куәландырушы орталықтың атауы %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
            <numerusform>Куәландырушы орталықтың атауы %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>Ұйымның атауы %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
            <numerusform>Ұйымның атауы %n таңба; сертификатта 64 таңбадан аспауы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The observer&apos;s name must not contain line breaks or other control characters.</source>
        <translation>Байқаушының атында жол ауыстыру немесе басқа басқару таңбалары болмауы керек.</translation>
    </message>
    <message>
        <source>The CA name must not contain line breaks or other control characters.</source>
        <translation>Куәландырушы орталықтың атауында жол ауыстыру немесе басқа басқару таңбалары болмауы керек.</translation>
    </message>
    <message>
        <source>The organisation must not contain line breaks or other control characters.</source>
        <translation>Ұйымның атауында жол ауыстыру немесе басқа басқару таңбалары болмауы керек.</translation>
    </message>
    <message>
        <source>The observer&apos;s name must not be empty.</source>
        <translation>Байқаушының аты бос болмауы керек.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite an identity. Choose another path or move the existing file away first.</source>
        <translation>{path} файлы бұрыннан бар; қолтаңба кілті қайта жазылмайды. Басқа жолды таңдаңыз немесе алдымен бар файлды басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it. Choose another path or move the existing file away first.</source>
        <translation>{path} файлы бұрыннан бар; ол қайта жазылмайды. Басқа жолды таңдаңыз немесе алдымен бар файлды басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; give a folder for the CA.</source>
        <translation>{path} — қалта емес, файл; куәландырушы орталық үшін қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} already holds a CA; refusing to overwrite it. Give another folder.</source>
        <translation>{path} қалтасында куәландырушы орталық бұрыннан бар; ол қайта жазылмайды. Басқа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it.</source>
        <translation>{path} файлы бұрыннан бар; ол қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>{path} қалтасын жасау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>The certificate file {path} does not exist.</source>
        <translation>{path} сертификат файлы табылмады.</translation>
    </message>
    <message>
        <source>{path} is not a certificate (expected a PEM or DER file such as ca.pem).</source>
        <translation>{path} — сертификат емес (PEM немесе DER файлы керек, мысалы ca.pem).</translation>
    </message>
    <message>
        <source>The CA folder {path} does not exist; create one with &apos;observer-app ca init&apos;.</source>
        <translation>{path} куәландырушы орталық қалтасы табылмады; оны &apos;observer-app ca init&apos; пәрменімен жасаңыз.</translation>
    </message>
    <message>
        <source>{path} is not a CA folder: {file} is missing.</source>
        <translation>{path} — куәландырушы орталық қалтасы емес: онда {file} файлы жоқ.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted CA key.</source>
        <translation>{path} — шифрланған куәландырушы орталық кілті емес.</translation>
    </message>
    <message>
        <source>The passphrase does not open the CA key {path}; check it and try again.</source>
        <translation>Құпиясөз {path} куәландырушы орталық кілтін ашпайды; оны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path} is not a CA key this app can read.</source>
        <translation>{path} — осы қолданба оқи алатын куәландырушы орталық кілті емес.</translation>
    </message>
    <message>
        <source>{path} is not an ECDSA P-256 key.</source>
        <translation>{path} — ECDSA P-256 кілті емес.</translation>
    </message>
    <message>
        <source>{path} does not belong to the certificate {certificate}.</source>
        <translation>{path} кілті {certificate} сертификатына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The identity of {who} belongs to observer {uid}, but this database is kept by observer {observer}; sign its files with the identity issued for observer {observer}.</source>
        <translation>Қолтаңба кілті ({who}) {uid} байқаушысына берілген, ал бұл дерекқорды {observer} байқаушысы жүргізеді; оның файлдарына {observer} байқаушысына берілген кілтпен қол қойыңыз.</translation>
    </message>
    <message>
        <source>The identity of {who} has no ECDSA P-256 key; signatures need one.</source>
        <translation>Қолтаңба кілтінде ({who}) ECDSA P-256 кілті жоқ, ал қол қою үшін ол керек.</translation>
    </message>
    <message>
        <source>The profile&apos;s name “{profile}” is not the name in the certificate, “{certificate}”: a signed document names its signer as the certificate does. Change the profile&apos;s name to “{certificate}”, or sign with the identity issued to “{profile}”.</source>
        <translation>Профильдегі аты-жөні «{profile}» сертификаттағы «{certificate}» атымен сәйкес келмейді: қол қойылған құжат қол қоюшыны сертификаттағыдай атайды. Профильдегі аты-жөнді «{certificate}» деп өзгертіңіз немесе «{profile}» атына берілген кілтпен қол қойыңыз.</translation>
    </message>
    <message>
        <source>{path} does not hold an ECDSA P-256 key, which this app needs for signatures that every PDF reader checks.</source>
        <translation>{path} файлында ECDSA P-256 кілті жоқ, ал қолданбаға кез келген PDF қарау бағдарламасы тексере алатын қолтаңбалар үшін дәл осы кілт керек.</translation>
    </message>
    <message>
        <source>In {path} the key does not belong to the certificate.</source>
        <translation>{path} файлындағы кілт сертификатқа сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{path} is not an observer identity: its certificate has no observer id (UID) or no name (CN).</source>
        <translation>{path} — байқаушы кілті емес: оның сертификатында байқаушы коды (UID) немесе аты (CN) жоқ.</translation>
    </message>
    <message>
        <source>{path} is not an observer identity: its UID “{uid}” is not a UUID.</source>
        <translation>{path} — байқаушы кілті емес: оның UID мәні «{uid}» UUID емес.</translation>
    </message>
    <message>
        <source>The identity file {path} does not exist.</source>
        <translation>{path} кілт файлы табылмады.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an identity (.p12) file.</source>
        <translation>{path} — кілт файлы (.p12) емес, қалта.</translation>
    </message>
    <message>
        <source>Cannot read the identity file {path}: {reason}.</source>
        <translation>{path} кілт файлын оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not an identity file (PKCS#12, .p12).</source>
        <translation>{path} — кілт файлы емес (PKCS#12, .p12).</translation>
    </message>
    <message>
        <source>The passphrase does not open the identity file {path}; check it and try again.</source>
        <translation>Құпиясөз {path} кілт файлын ашпайды; оны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path} is encrypted with an algorithm this app cannot read.</source>
        <translation>{path} файлы осы қолданба оқи алмайтын алгоритммен шифрланған.</translation>
    </message>
    <message>
        <source>{path} does not hold both a key and a certificate.</source>
        <translation>{path} файлында кілт немесе сертификат жоқ, ал екеуі де керек.</translation>
    </message>
    <message>
        <source>the election it carries has {column} = {value}, outside {low}..{high}</source>
        <translation>пакеттегі сайлауда {column} = {value}, бұл {low}..{high} ауқымынан тыс</translation>
    </message>
    <message>
        <source>the bundle&apos;s election</source>
        <translation>пакеттегі сайлау</translation>
    </message>
    <message>
        <source>its id is not the id its template gives</source>
        <translation>оның id-і сайлау үлгісіндегі id-ге сәйкес емес</translation>
    </message>
    <message>
        <source>the election it carries cannot be used: {problem}</source>
        <translation>пакеттегі сайлауды пайдалануға болмайды: {problem}</translation>
    </message>
    <message>
        <source>the bundle holds no election</source>
        <translation>пакетте сайлау жоқ</translation>
    </message>
    <message>
        <source>the bundle is for the election “{bundle_election}”; this database holds “{held}”</source>
        <translation>пакет «{bundle_election}» сайлауына арналған, ал бұл дерекқорда «{held}» сайлауы бар</translation>
    </message>
    <message>
        <source>it carries another version of the election “{election}” than the bundles merged before (its lines, parties, relations or names differ); load the election file into the coordinator&apos;s database (&apos;observer-app election load FILE --db COORD&apos;), which then decides, and merge it again</source>
        <translation>онда бұрын біріктірілген пакеттердегіден басқа «{election}» сайлау нұсқасы бар (жолдары, партиялары, бақылау қатынастары немесе атаулары өзгеше); сайлау файлын үйлестіруші дерекқорына жүктеңіз (&apos;observer-app election load FILE --db COORD&apos;) — сонда сол шешеді — және пакетті қайта біріктіріңіз</translation>
    </message>
    <message>
        <source>its protocols hold values for “{codes}”, which the election in this database does not have</source>
        <translation>оның хаттамаларында осы дерекқордағы сайлауда жоқ «{codes}» мәндері бар</translation>
    </message>
    <message>
        <source>the coordinator withdrew it from this database ({reason}); it is not merged again</source>
        <translation>үйлестіруші оны осы дерекқордан кері қайтарып алды ({reason}); ол қайта біріктірілмейді</translation>
    </message>
    <message>
        <source>the bundle is not valid</source>
        <translation>пакет жарамсыз</translation>
    </message>
    <message>
        <source>its records cannot be merged ({detail})</source>
        <translation>оның жазбаларын біріктіру мүмкін болмады ({detail})</translation>
    </message>
    <message>
        <source>“{sha}” is not a bundle&apos;s SHA-256 (64 hexadecimal digits, or at least its first 8); see them with &apos;observer-app bundles list --db COORD&apos;.</source>
        <translation>«{sha}» — пакеттің SHA-256 мәні емес (64 он алтылық цифр немесе кемінде алғашқы 8-і); пакеттер тізімі: &apos;observer-app bundles list --db COORD&apos;.</translation>
    </message>
    <message>
        <source>No bundle {sha} was merged into this database; see them with &apos;observer-app bundles list --db COORD&apos;.</source>
        <translation>{sha} пакеті осы дерекқорға біріктірілмеген; пакеттер тізімі: &apos;observer-app bundles list --db COORD&apos;.</translation>
    </message>
    <message>
        <source>More than one bundle starts with {sha}; give more of its SHA-256.</source>
        <translation>{sha} деп басталатын пакет біреуден көп; оның SHA-256 мәнінің көбірек таңбасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason (--reason TEXT).</source>
        <translation>Кері қайтарып алу үшін себеп керек (--reason МӘТІН).</translation>
    </message>
    <message>
        <source>The bundle {sha} is not merged ({status}); there is nothing to withdraw.</source>
        <translation>{sha} пакеті біріктірілмеген ({status}); кері қайтаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The passphrase file {path} does not exist.</source>
        <translation>{path} құпиясөз файлы табылмады.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text.</source>
        <translation>{path} құпиясөз файлы UTF-8 кодтауындағы мәтін емес.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>{path} құпиясөз файлын оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>The first line of the passphrase file {path} is empty.</source>
        <translation>{path} құпиясөз файлының бірінші жолы бос.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} немесе {second}</translation>
    </message>
    <message>
        <source>A passphrase is needed for {purpose}, and there is no terminal to ask for it: set {variables}, or give --passphrase-file FILE.</source>
        <translation>{purpose} үшін құпиясөз керек, бірақ оны сұрайтын терминал жоқ: {variables} орта айнымалысын орнатыңыз немесе --passphrase-file FILE параметрін беріңіз.</translation>
    </message>
    <message>
        <source>An empty passphrase for {purpose} is refused.</source>
        <translation>{purpose} үшін бос құпиясөз қабылданбайды.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Құпиясөздер сәйкес емес; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>No passphrase was typed for {purpose}.</source>
        <translation>{purpose} үшін құпиясөз терілмеді.</translation>
    </message>
    <message>
        <source>A visible signature stamp needs a Unicode font in resources/fonts.</source>
        <translation>Қолтаңбаның көрінетін мөртабаны үшін resources/fonts қалтасында Unicode қаріпі керек.</translation>
    </message>
    <message>
        <source>A visible signature stamp needs pyHanko&apos;s opentype extra (fontTools and uharfbuzz); sign invisibly or install pyHanko[opentype].</source>
        <translation>Қолтаңбаның көрінетін мөртабаны үшін pyHanko кітапханасының opentype қосымша модулі (fontTools және uharfbuzz) керек; көрінбейтін қолтаңба қойыңыз немесе pyHanko[opentype] орнатыңыз.</translation>
    </message>
    <message>
        <source>This document is about observer {stated}, but the identity is that of {signer}; a document is signed only by the observer it names.</source>
        <translation>Бұл құжат {stated} байқаушысына қатысты, ал қолтаңба кілті басқа адамдікі: {signer}; құжатқа тек онда аталған байқаушы ғана қол қояды.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: {detail}.</source>
        <translation>PDF файлына қол қою мүмкін болмады: {detail}.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>the given certificate</source>
        <translation>берілген сертификат</translation>
    </message>
    <message>
        <source>the given certificates</source>
        <translation>берілген сертификаттар</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed, not issued by the CA in {ca}, so the signer is not trusted.</source>
        <translation>Қол қоюшының сертификаты өздігінен қол қойылған, оны сенімді куәландырушы орталық ({ca}) бермеген, сондықтан қол қоюшы сенімді деп саналмайды.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has expired, so the signer cannot be trusted.</source>
        <translation>Қол қоюшы сертификатының мерзімі өтіп кеткен, сондықтан қол қоюшыға сенуге болмайды.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not valid yet; check this computer&apos;s clock and verify again.</source>
        <translation>Қол қоюшы сертификатының қолданылу мерзімі әлі басталмаған; осы компьютердегі сағатты тексеріп, қолтаңбаны қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked, so the signer cannot be trusted.</source>
        <translation>Қол қоюшының сертификаты кері қайтарып алынған, сондықтан қол қоюшыға сенуге болмайды.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chain to {ca} does not allow signing documents (key usage or CA constraints).</source>
        <translation>Қол қоюшы сертификатының сенімді орталыққа ({ca}) дейінгі тізбегі құжаттарға қол қоюға рұқсат бермейді (кілтті пайдалану шектеулері немесе куәландырушы орталық шектеулері).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by the CA in {ca}: its chain does not lead there, so the signer is not trusted.</source>
        <translation>Қол қоюшының сертификатын сенімді куәландырушы орталық ({ca}) бермеген: оның тізбегі сол орталыққа жетпейді, сондықтан қол қоюшы сенімді деп саналмайды.</translation>
    </message>
    <message>
        <source>The file was changed after signing: 1 byte was added after the signed part (for example by an editor saving a change).</source>
        <translation>Файл қол қойылғаннан кейін өзгертілген: қол қойылған бөліктен кейін 1 байт қосылған (мысалы, өңдегіш бағдарлама өзгерісті сақтағанда).</translation>
    </message>
    <message numerus="yes">
        <source>The file was changed after signing: %n bytes were added after the signed part (for example by an editor saving a change).</source>
        <translation>
            <numerusform>Файл қол қойылғаннан кейін өзгертілген: қол қойылған бөліктен кейін %n байт қосылған (мысалы, өңдегіш бағдарлама өзгерісті сақтағанда).</numerusform>
            <numerusform>Файл қол қойылғаннан кейін өзгертілген: қол қойылған бөліктен кейін %n байт қосылған (мысалы, өңдегіш бағдарлама өзгерісті сақтағанда).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <translation>{path} — PDF файлы емес, қалта.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{file} is not a PDF file.</source>
        <translation>{file} PDF файлы емес.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a PDF (it may be damaged or changed): {detail}.</source>
        <translation>{file} PDF ретінде оқылмайды (ол бүлінген не өзгертілген болуы мүмкін): {detail}.</translation>
    </message>
    <message>
        <source>{file} is not signed: it holds no signature.</source>
        <translation>{file}: қол қойылмаған, онда ешбір қолтаңба жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n signatures; a signed summary has exactly one, so it was signed again after the observer signed it.</source>
        <translation>
            <numerusform>{file} ішінде %n қолтаңба бар; қол қойылған қорытындыда қолтаңба тек біреу болады, демек байқаушыдан кейін оған тағы қол қойылған.</numerusform>
            <numerusform>{file} ішінде %n қолтаңба бар; қол қойылған қорытындыда қолтаңба тек біреу болады, демек байқаушыдан кейін оған тағы қол қойылған.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature cannot be checked, so it is not valid: {detail}.</source>
        <translation>Қолтаңбаны тексеру мүмкін емес, сондықтан ол жарамсыз: {detail}.</translation>
    </message>
    <message>
        <source>The signature is broken: the signed content was changed after signing.</source>
        <translation>Қолтаңба бұзылған: қол қойылған мазмұн қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The signature is broken: it does not match the signer&apos;s certificate.</source>
        <translation>Қолтаңба бұзылған: ол қол қоюшының сертификатына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: parts of it were not signed.</source>
        <translation>Қолтаңба бүкіл файлды қамтымайды: оның кейбір бөліктеріне қол қойылмаған.</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {signed} UTC, more than a day after this computer&apos;s clock ({now} UTC): check this computer&apos;s date; if it is right, the signing time is false and the signature is not valid.</source>
        <translation>Қолтаңба {signed} UTC қойылған деп көрсетілген — бұл осы компьютер сағатынан ({now} UTC) бір тәуліктен астам кейін: компьютердегі күнді тексеріңіз; ол дұрыс болса, қол қою уақыты жалған және қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {signed} UTC, when the signer&apos;s certificate was not valid (it is valid from {start} to {end}), so it is not valid.</source>
        <translation>Қолтаңба {signed} UTC қойылған деп көрсетілген, ал ол кезде қол қоюшы сертификаты жарамсыз болған (жарамдылық мерзімі: {start} – {end}), сондықтан қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <source>The document does not state which observer it is about (every PDF observer-app signs states it), so what it says cannot be checked against its signer; it is not valid.</source>
        <translation>Құжатта оның қай байқаушыға қатысты екені көрсетілмеген (observer-app қол қоятын әр PDF-те мұны көрсетеді), сондықтан оның мазмұнын қол қоюшымен салыстыру мүмкін емес; құжат жарамсыз.</translation>
    </message>
    <message>
        <source>The document is about observer {stated}, but the signer&apos;s certificate names no observer id, so it is not valid.</source>
        <translation>Құжат {stated} байқаушысына қатысты, бірақ қол қоюшы сертификатында байқаушы коды көрсетілмеген, сондықтан құжат жарамсыз.</translation>
    </message>
    <message>
        <source>The document is about observer {stated}, but it was signed by {signer}, observer {uid}: a document is valid only signed by the observer it names.</source>
        <translation>Құжат {stated} байқаушысына қатысты, ал оған {signer} ({uid} байқаушысы) қол қойған: құжат онда аталған байқаушы қол қойғанда ғана жарамды.</translation>
    </message>
    <message>
        <source>{path} is not an observer database (not an SQLite file).</source>
        <translation>{path} — байқаушы дерекқоры емес (SQLite файлы емес).</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}).</source>
        <translation>{path} файлын дерекқор ретінде оқу мүмкін болмады ({detail}).</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>{path} файлын жасау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — дерекқор файлы емес, қалта.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not an observer database; it was not changed.</source>
        <translation>{path} — байқаушы дерекқоры емес, басқа бағдарламаның дерекқоры; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} is empty; create an observer database with &apos;observer-app election load FILE --db {path}&apos;.</source>
        <translation>{path} файлы бос; байқаушы дерекқорын &apos;observer-app election load FILE --db {path}&apos; командасымен жасаңыз.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app (schema {version}; this app knows up to {known}); update the app to open it. The file was not changed.</source>
        <translation>{path} қолданбаның жаңарақ нұсқасымен жазылған ({version} схемасы; бұл қолданба тек {known} схемасына дейін біледі); оны ашу үшін қолданбаны жаңартыңыз. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is no database at {path}; create one with &apos;observer-app election load FILE --db {path}&apos;.</source>
        <translation>{path} жолында дерекқор жоқ; оны &apos;observer-app election load FILE --db {path}&apos; командасымен жасаңыз.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {detail}.</source>
        <translation>{path} ашылмады: {detail}.</translation>
    </message>
    <message>
        <source>{path}: the schema version does not match its migrations.</source>
        <translation>{path}: схема нұсқасы оның миграцияларына сәйкес емес.</translation>
    </message>
    <message>
        <source>{path} cannot be used as an observer database ({detail}).</source>
        <translation>{path} файлын байқаушы дерекқоры ретінде қолдану мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a coordinator&apos;s database (observers&apos; bundles merged into it); &apos;{command}&apos; works on an observer&apos;s database, the one the observer&apos;s app keeps: give that one.</source>
        <translation>{path} — үйлестіруші дерекқоры (оған байқаушылардың пакеттері біріктірілген); &apos;{command}&apos; байқаушы дерекқорымен, яғни байқаушы қолданбасы жүргізетін дерекқормен жұмыс істейді: соны көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} is an observer&apos;s database; &apos;{command}&apos; works on a coordinator&apos;s database: make one with &apos;observer-app merge --into COORD.sqlite FILE.obsx&apos; or &apos;observer-app election load FILE --db COORD.sqlite --coordinator&apos;, and give that.</source>
        <translation>{path} — байқаушы дерекқоры; &apos;{command}&apos; үйлестіруші дерекқорымен жұмыс істейді: оны &apos;observer-app merge --into COORD.sqlite FILE.obsx&apos; немесе &apos;observer-app election load FILE --db COORD.sqlite --coordinator&apos; командасымен жасап, соны көрсетіңіз.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>{id} идентификаторы бар жазба жоқ.</translation>
    </message>
    <message>
        <source>This database has no election yet; load one with &apos;observer-app election load FILE --db PATH&apos;.</source>
        <translation>Бұл дерекқорда әлі сайлау жоқ; оны &apos;observer-app election load FILE --db PATH&apos; пәрменімен жүктеңіз.</translation>
    </message>
    <message>
        <source>the election stored in {path}</source>
        <translation>{path} ішінде сақталған сайлау</translation>
    </message>
    <message>
        <source>This database holds the election “{held}”; an observer database holds one election, so use a new database for “{new}”.</source>
        <translation>Бұл дерекқорда «{held}» сайлауы бар; байқаушы дерекқорында бір ғана сайлау сақталады, сондықтан «{new}» үшін жаңа дерекқор ашыңыз.</translation>
    </message>
    <message>
        <source>Station {code} appears twice.</source>
        <translation>{code} учаскесі екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>There is no station {code} in this database.</source>
        <translation>Бұл дерекқорда {code} учаскесі жоқ.</translation>
    </message>
    <message>
        <source>Unknown protocol source “{source}”.</source>
        <translation>Хаттаманың белгісіз көзі: «{source}».</translation>
    </message>
    <message>
        <source>Unknown protocol status “{status}”.</source>
        <translation>Хаттаманың белгісіз мәртебесі: «{status}».</translation>
    </message>
    <message>
        <source>An announced turnout needs a number of voters or a percentage.</source>
        <translation>Жарияланған келу үшін сайлаушылар саны немесе пайызы керек.</translation>
    </message>
    <message>
        <source>The announced number of voters</source>
        <translation>Жарияланған сайлаушылар саны</translation>
    </message>
    <message>
        <source>An announced turnout of {percent}% is not a percentage.</source>
        <translation>Жарияланған келу ({percent}%) мүмкін емес: пайыз 0 мен 100 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Unknown obstruction kind “{kind}”.</source>
        <translation>Кедергінің белгісіз түрі: «{kind}».</translation>
    </message>
    <message>
        <source>You are already out of the station; record the readmission first.</source>
        <translation>Сіз қазір учаскеден тыссыз; алдымен «Қайта кіргізілді» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>An obstruction cannot end before it started.</source>
        <translation>Кедергі басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>Unknown incident category “{category}”.</source>
        <translation>Бұзушылықтың белгісіз санаты: «{category}».</translation>
    </message>
    <message>
        <source>Cannot read the photo {path}: {reason}.</source>
        <translation>{path} фотосын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>Түзету үшін себеп керек.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{value}”.</source>
        <translation>{what}: бүтін сан керек, «{value}» емес.</translation>
    </message>
    <message>
        <source>{what} cannot be negative ({value}).</source>
        <translation>{what}: сан теріс бола алмайды ({value}).</translation>
    </message>
    <message>
        <source>{what} = {value} is more than any polling station has (at most {most}).</source>
        <translation>{what} = {value}: бірде-бір учаскеде мұнша болмайды (ең көбі {most}).</translation>
    </message>
    <message>
        <source>{what} “{value}” is not a time.</source>
        <translation>{what} «{value}» уақыт емес.</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} мәтін болуы керек.</translation>
    </message>
    <message>
        <source>{what} is longer than {most} characters.</source>
        <translation>{what} {most} таңбадан ұзын.</translation>
    </message>
    <message>
        <source>“{code}” is not a line or contestant of this election.</source>
        <translation>«{code}» — бұл сайлаудың хаттама жолы да, қатысушысы да емес.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>мұндай қалта жоқ</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>бұл қалта емес, файл</translation>
    </message>
    <message>
        <source>the folder does not accept new files; choose another folder</source>
        <translation>бұл қалтада жаңа файл жасауға болмайды; басқа қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — қалта; файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder for {name}.</source>
        <translation>{folder} қалтасы жоқ; {name} үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a file this command reads; an output never replaces it: choose another file name.</source>
        <translation>{path} — бұл команда оқитын файл; нәтиже оның үстіне ешқашан жазылмайды: басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is the same file as {input}, which this command reads; choose another file name.</source>
        <translation>{path} — бұл команда оқитын {input} файлының өзі; басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} belongs to the database {input}, which this command reads; choose another file name.</source>
        <translation>{path} бұл команда оқитын {input} дерекқорына тиесілі; басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} already exists; give --force to replace it, or choose another file name.</source>
        <translation>{path} файлы бұрыннан бар; оны ауыстыру үшін --force көрсетіңіз немесе басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written to {path}.</source>
        <translation>Дискіде орын жоқ: {path} файлына ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>its {table} record {record} cannot be accepted: {problem}</source>
        <translation>оның {table} кестесіндегі {record} жазбасын қабылдауға болмайды: {problem}</translation>
    </message>
    <message>
        <source>{column} is not text</source>
        <translation>{column} — мәтін емес</translation>
    </message>
    <message numerus="yes">
        <source>{column} is longer than %n characters</source>
        <translation>
            <numerusform>{column} %n таңбадан ұзын</numerusform>
            <numerusform>{column} %n таңбадан ұзын</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} бос</translation>
    </message>
    <message>
        <source>{column} holds control characters</source>
        <translation>{column} ішінде басқару таңбалары бар</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a time</source>
        <translation>{column} «{value}» — уақыт емес</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number</source>
        <translation>{column} «{value}» — бүтін сан емес</translation>
    </message>
    <message>
        <source>{column} = {value} is outside {low}..{high}</source>
        <translation>{column} = {value}, бұл {low}..{high} ауқымынан тыс</translation>
    </message>
    <message>
        <source>{column} “{value}” is not one this app knows</source>
        <translation>{column} «{value}» — қолданба білмейтін мән</translation>
    </message>
    <message>
        <source>{column} “{value}” is not {expected}</source>
        <translation>{column} «{value}» — {expected} емес</translation>
    </message>
    <message>
        <source>values_json is not a JSON object of counts</source>
        <translation>values_json — сандары бар JSON нысаны емес</translation>
    </message>
    <message>
        <source>“{code}” is not a line or contestant of the bundle&apos;s election</source>
        <translation>«{code}» — пакеттегі сайлаудың хаттама жолы да, қатысушысы да емес</translation>
    </message>
    <message>
        <source>its id is not that of station {code} of the election {election}</source>
        <translation>оның id-і {election} сайлауының {code} учаскесінің id-іне сәйкес емес</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>ол басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>{table}: the record id {id} is used twice</source>
        <translation>{table}: {id} жазба идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>{table}: a record is at a station the bundle does not carry ({station})</source>
        <translation>{table}: жазба пакетте жоқ учаскеге жатады ({station})</translation>
    </message>
    <message>
        <source>{table}: two records for one station</source>
        <translation>{table}: бір учаскеге екі жазба</translation>
    </message>
    <message>
        <source>the photo belongs to no record of this observer</source>
        <translation>фотосурет осы байқаушының бірде-бір жазбасына тиесілі емес</translation>
    </message>
    <message>
        <source>the photo&apos;s bytes do not match its SHA-256 or its size</source>
        <translation>фотосуреттің мазмұны оның SHA-256 мәніне немесе өлшеміне сәйкес емес</translation>
    </message>
    <message>
        <source>Nothing of yours is recorded at station {code} (no protocol, visit, head-count, obstruction, incident or announced turnout), so there is no summary to sign: a signed summary says what you saw there.</source>
        <translation>{code} учаскесінде сіз ештеңе жазбадыңыз (хаттама да, келу не кету уақыты да, келуді санау да, кедергі де, бұзушылық та, жарияланған келу де жоқ), сондықтан қол қоятын ештеңе жоқ: қол қойылған қорытынды сіздің онда не көргеніңізді айтады.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again when it has finished.</source>
        <translation>Дерекқор бос емес: оған басқа бағдарлама жазып жатыр; ол аяқтағаннан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The text is {length} characters long, longer than the {most} a record keeps; shorten it (a long document can be attached as a photo).</source>
        <translation>Мәтін {length} таңба — жазба сақтайтын {most} таңбадан ұзын; оны қысқартыңыз (ұзын құжатты фото ретінде тіркеуге болады).</translation>
    </message>
    <message>
        <source>{day} January {year}</source>
        <translation>{year} жылғы {day} қаңтар</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{year} жылғы {day} ақпан</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{year} жылғы {day} наурыз</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{year} жылғы {day} сәуір</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{year} жылғы {day} мамыр</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{year} жылғы {day} маусым</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{year} жылғы {day} шілде</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{year} жылғы {day} тамыз</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{year} жылғы {day} қыркүйек</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{year} жылғы {day} қазан</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{year} жылғы {day} қараша</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{year} жылғы {day} желтоқсан</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {today}; the election is on {election}: check the clock.</source>
        <translation>Бұл компьютердің сағаты бойынша бүгін {today}, ал сайлау күні — {election}: сағатты тексеріңіз.</translation>
    </message>
    <message>
        <source>This database holds the demo election, for practice: what you sign is marked DEMO and is not evidence.</source>
        <translation>Бұл дерекқорда жаттығуға арналған демо сайлау бар: қол қойғаныңыз ДЕМО деп белгіленеді және дәлел емес.</translation>
    </message>
    <message>
        <source>Your arrival at the station is not recorded.</source>
        <translation>Учаскеге келген уақытыңыз белгіленбеген.</translation>
    </message>
    <message>
        <source>Your departure from the station is not recorded.</source>
        <translation>Учаскеден кеткен уақытыңыз белгіленбеген.</translation>
    </message>
    <message>
        <source>No protocol is recorded for this station.</source>
        <translation>Бұл учаскенің хаттамасы жазылмаған.</translation>
    </message>
    <message>
        <source>The protocol is still a draft: make it final once every figure is checked.</source>
        <translation>Хаттама әлі нобай: барлық сандарды тексергеннен кейін оны түпкілікті етіңіз.</translation>
    </message>
    <message>
        <source>The protocol&apos;s source is not given (a certified copy, a posted copy, your own count...).</source>
        <translation>Хаттаманың дереккөзі көрсетілмеген (куәландырылған көшірме, ілінген көшірме, өз санауыңыз…).</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail and the protocol is not confirmed as on the official copy (evidence, not a typo): {relations}.</source>
        <translation>
            <numerusform>%n бақылау арақатынасы бұзылған және хаттаманың ресми көшірмедегідей екені расталмаған (қате теру емес, дәлел): {relations}.</numerusform>
            <numerusform>%n бақылау арақатынасы бұзылған және хаттаманың ресми көшірмедегідей екені расталмаған (қате теру емес, дәлел): {relations}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{formula} (off by {off})</source>
        <translation>{formula} (айырмашылық {off})</translation>
    </message>
    <message>
        <source>since {start}, never readmitted</source>
        <translation>{start} бастап, қайта кіргізілмеген</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as removed from the station ({when}): check the removal&apos;s times or the head-count.</source>
        <translation>
            <numerusform>Жазба бойынша учаскеден шығарылған кезіңізде ({when}) %n сайлаушы саналған: шығару уақытын немесе санауды тексеріңіз.</numerusform>
            <numerusform>Жазба бойынша учаскеден шығарылған кезіңізде ({when}) %n сайлаушы саналған: шығару уақытын немесе санауды тексеріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as not admitted to the station ({when}): check its times or the head-count.</source>
        <translation>
            <numerusform>Жазба бойынша учаскеге кіргізілмеген кезіңізде ({when}) %n сайлаушы саналған: оның уақытын немесе санауды тексеріңіз.</numerusform>
            <numerusform>Жазба бойынша учаскеге кіргізілмеген кезіңізде ({when}) %n сайлаушы саналған: оның уақытын немесе санауды тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was published: {reason}.</source>
        <translation>Ештеңе жарияланбады: {reason}.</translation>
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
        <source>%1 (not yet saved)</source>
        <translation>%1 (әлі сақталмаған)</translation>
    </message>
    <message>
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр; ол аяқтала салысымен сақталады.</translation>
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
        <source>Details: %1 at %2 (not yet saved; details can be added once it is)</source>
        <translation>Толығырақ: %1, сағат %2 (әлі сақталмаған; мәліметтерді ол сақталғаннан кейін қосуға болады)</translation>
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
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр; ол аяқтала салысымен сақталады.</translation>
    </message>
    <message>
        <source>The removal could not be saved, so its end was not saved either.</source>
        <translation>Учаскеден шығаруды сақтау мүмкін болмады, сондықтан оның аяқталуы да сақталмады.</translation>
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
    <name>OverrideDialog</name>
    <message>
        <source>Override a consolidated value</source>
        <translation>Жиынтық мәнді түзету</translation>
    </message>
    <message>
        <source>Station %1, %2. The override and its reason are kept in the audit trail.</source>
        <translation>%1 учаскесі, %2. Түзету мен оның себебі өзгерістер журналында сақталады.</translation>
    </message>
    <message>
        <source>empty: unknown</source>
        <translation>бос — белгісіз</translation>
    </message>
    <message>
        <source>Required, e.g. “the photo of the protocol shows 200”</source>
        <translation>Міндетті, мыс. «хаттаманың фотосында — 200»</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Мәні:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
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
        <source>optional, e.g. 23:40 or %1</source>
        <translation>міндетті емес, мысалы 23:40 немесе %1</translation>
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
        <source>Not yet saved: another program is writing to the database; saved as soon as it has finished.</source>
        <translation>Әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр; ол аяқтала салысымен сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not yet saved: another program is writing to the database. They stay here and are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n сан әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр. Сандар осында қалады және ол аяқтала салысымен сақталады.</numerusform>
            <numerusform>%n сан әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр. Сандар осында қалады және ол аяқтала салысымен сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>Where the figures come from: the protocol is final only once this is chosen.</source>
        <translation>Сандар қайдан алынды: мұны таңдағаннан кейін ғана хаттаманы түпкілікті етуге болады.</translation>
    </message>
    <message>
        <source>optional: name and position, as on the copy</source>
        <translation>міндетті емес: аты-жөні мен лауазымы</translation>
    </message>
    <message>
        <source>Signed by the commission at:</source>
        <translation>Комиссия қол қойған уақыт:</translation>
    </message>
    <message>
        <source>Copy certified by:</source>
        <translation>Көшірмені куәландырған:</translation>
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
        <source>%1 (off by %2)</source>
        <translation>%1 (айырма %2)</translation>
    </message>
    <message>
        <source>Fails %1 (off by %2)</source>
        <translation>Бұзылды: %1 (айырма %2)</translation>
    </message>
    <message>
        <source>Fails %1</source>
        <translation>Бұзылды: %1</translation>
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
        <source>The station list says %1. Keep the figure the protocol states: a difference is evidence.</source>
        <translation>Учаскелер тізімінде: %1. Хаттамадағы санды қалдырыңыз: айырма — дәлел.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type it as on the protocol, e.g. 23:40, or with the date, %2. Nothing was saved; press Esc to get the saved one back.</source>
        <translation>«%1» уақыт емес: оны хаттамадағыдай теріңіз, мысалы 23:40, немесе күнімен: %2. Ештеңе сақталмады; сақталған мәнді қайтару үшін Esc басыңыз.</translation>
    </message>
    <message>
        <source>Not marked final: choose the protocol&apos;s source first (where its figures come from).</source>
        <translation>Түпкілікті етілмеді: алдымен хаттаманың дереккөзін таңдаңыз (сандар қайдан алынды).</translation>
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
    <name>PublishDialog</name>
    <message>
        <source>observers&apos; names (pseudonyms instead)</source>
        <translation>байқаушылардың аты-жөні (орнына бүркеншік аттар)</translation>
    </message>
    <message>
        <source>observers&apos; contacts</source>
        <translation>байқаушылардың байланыс деректері</translation>
    </message>
    <message>
        <source>witness lists</source>
        <translation>куәгерлер тізімдері</translation>
    </message>
    <message>
        <source>notes on obstructions</source>
        <translation>кедергілер туралы жазбалар</translation>
    </message>
    <message>
        <source>photos (their SHA-256 kept)</source>
        <translation>фотолар (SHA-256 сақталды)</translation>
    </message>
    <message>
        <source>names found in the texts kept, withheld</source>
        <translation>қалдырылған мәтіндерде табылған есімдер жасырылды</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish %1 rows to %2 (and %3)?</source>
        <translation>%1 жолды %2 файлына (және %3) жариялау керек пе?</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Кірмеді:</translation>
    </message>
    <message>
        <source>Nothing had to be left out: no names, contacts, witnesses or photos are held.</source>
        <translation>Ештеңені алып тастаудың қажеті болмады: дерекқорда есімдер, байланыс деректері, куәгерлер мен фотолар жоқ.</translation>
    </message>
</context>
<context>
    <name>PublishOptionsDialog</name>
    <message>
        <source>Publish the results</source>
        <translation>Нәтижелерді жариялау</translation>
    </message>
    <message>
        <source>Writes a new SQLite file for Datasette (and its metadata.json beside it), never this database. By default observers appear as pseudonyms (Observer 1, 2, …); their names, contacts, witness lists, notes and photos are left out, and names found in the texts kept are withheld. Officials who ordered an obstruction keep their names.</source>
        <translation>Datasette үшін жаңа SQLite файлын (және оның жанына metadata.json) жазады, ешқашан осы дерекқорды емес. Әдепкі бойынша байқаушылар бүркеншік атпен көрсетіледі (Observer 1, 2, …); олардың аты-жөні, байланыс деректері, куәгерлер тізімдері, жазбалары мен фотолары кірмейді, ал қалдырылған мәтіндерде табылған есімдер жасырылады. Кедергіге бұйрық берген лауазымды адамдардың аты сақталады.</translation>
    </message>
    <message>
        <source>Keep observers&apos; &amp;names, witness lists and notes (contacts never)</source>
        <translation>Байқаушылардың &amp;аты-жөнін, куәгерлер тізімдері мен жазбаларын қалдыру (байланыс деректерін — ешқашан)</translation>
    </message>
    <message>
        <source>Keep the &amp;photos themselves (not only their SHA-256)</source>
        <translation>&amp;Фотолардың өзін қалдыру (тек SHA-256 емес)</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Дайындау</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Before you sign</source>
        <translation>Қол қоймас бұрын</translation>
    </message>
    <message>
        <source>Check these before you sign the PDF summary: each button takes you to the place to put it right. You can also sign it as it is.</source>
        <translation>PDF қорытындыға қол қоймас бұрын мыналарды тексеріңіз: әр батырма оны түзететін жерге апарады. Қалай болса, солай қол қоюға да болады.</translation>
    </message>
    <message>
        <source>Check these before you sign the export bundle: each button takes you to the place to put it right. You can also sign it as it is.</source>
        <translation>Экспорт пакетіне қол қоймас бұрын мыналарды тексеріңіз: әр батырма оны түзететін жерге апарады. Қалай болса, солай қол қоюға да болады.</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>%1 учаскесі: %2</translation>
    </message>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>Сонда да қол &amp;қою</translation>
    </message>
    <message>
        <source>Record the arrival</source>
        <translation>Келген уақытты белгілеу</translation>
    </message>
    <message>
        <source>Record the departure</source>
        <translation>Кеткен уақытты белгілеу</translation>
    </message>
    <message>
        <source>Go to Turnout</source>
        <translation>Келуге өту</translation>
    </message>
    <message>
        <source>Go to Obstructions</source>
        <translation>Кедергілерге өту</translation>
    </message>
    <message>
        <source>Go to Protocol</source>
        <translation>Хаттамаға өту</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 жасау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1 has no election, profile or station chosen yet; open it in the app first.</source>
        <translation>%1 ішінде сайлау, профиль немесе учаске әлі таңдалмаған; алдымен оны қолданбада ашыңыз.</translation>
    </message>
</context>
<context>
    <name>StationDetailModel</name>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>%1
(not verified)</source>
        <translation>%1
(тексерілмеген)</translation>
    </message>
    <message>
        <source>Consolidated</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Observer %1 · %2</source>
        <translation>Байқаушы %1 · %2</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>қолтаңба тексерілді</translation>
    </message>
    <message>
        <source>signature not verified</source>
        <translation>қолтаңба тексерілмеді</translation>
    </message>
    <message>
        <source>Observers disagree</source>
        <translation>Байқаушылар келіспейді</translation>
    </message>
    <message>
        <source>Differs from official</source>
        <translation>Ресмиден өзгеше</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Түзетілді: %1</translation>
    </message>
    <message>
        <source>Set by the coordinator: %1</source>
        <translation>Үйлестіруші түзеткен: %1</translation>
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
    <message>
        <source>Chosen: %1</source>
        <translation>Таңдалды: %1</translation>
    </message>
    <message>
        <source>No station chosen yet: type part of its code or address, then pick it in the list (arrow keys or a click).</source>
        <translation>Учаске әлі таңдалмады: оның кодының немесе мекенжайының бір бөлігін теріп, тізімнен таңдаңыз (көрсеткі пернелерімен немесе басып).</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>тексерілмеді</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>ішінара тексерілді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ескертулер</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>DEMO: this database holds the demo election, for practice. Nothing recorded here is evidence, and every PDF of it says DEMO.</source>
        <translation>ДЕМО: бұл дерекқорда жаттығуға арналған демо сайлау бар. Мұнда жазылғанның ешқайсысы дәлел емес, оның әр PDF-інде ДЕМО деп жазылады.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Signed PDF summary…</source>
        <translation>Қол қойылған PDF қорытынды…</translation>
    </message>
    <message>
        <source>This summary as a PDF, signed with your identity</source>
        <translation>Осы қорытынды PDF түрінде, кілтіңізбен қол қойылған</translation>
    </message>
    <message>
        <source>Signed export bundle…</source>
        <translation>Қол қойылған экспорт пакеті…</translation>
    </message>
    <message>
        <source>Everything you recorded, signed, for your coordinator</source>
        <translation>Барлық жазбаларыңыз қолтаңбамен — үйлестірушіге</translation>
    </message>
    <message>
        <source>A signed PDF of this summary and a signed bundle of everything recorded, for your coordinator.</source>
        <translation>Осы қорытындының қол қойылған PDF нұсқасы және барлық жазбалардың қол қойылған экспорт пакеті — үйлестірушіңізге.</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>Қолтаңба кілті…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Signing with %1</source>
        <translation>Қол қою кілті: %1</translation>
    </message>
    <message>
        <source>No identity attached yet: signing needs one.</source>
        <translation>Қолтаңба кілті әлі қосылмаған.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it? The file there now is lost.</source>
        <translation>%1 файлы %2 қалтасында бұрыннан бар. Оны ауыстыру керек пе? Қазіргі файл жоғалады.</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Ештеңеге қол қойылмады.</translation>
    </message>
    <message>
        <source>Signing needs your identity, and none is attached yet: use your identity file or create a self-signed one. Nothing is ever saved unsigned.</source>
        <translation>Қол қою үшін кілтіңіз керек, ал ол әлі қосылмаған: кілт файлыңызды таңдаңыз немесе өздігінен қол қойылған кілт жасаңыз. Қолтаңбасыз ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Nothing was saved: signing needs an identity. Use or create one with “Identity…”.</source>
        <translation>Ештеңе сақталмады: қол қою үшін кілт керек. Оны «Қолтаңба кілті…» батырмасымен таңдаңыз немесе жасаңыз.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ештеңе сақталмады: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: this database has no file to export from.</source>
        <translation>Ештеңе сақталмады: бұл дерекқордың экспорттайтын файлы жоқ.</translation>
    </message>
    <message>
        <source>Save the signed PDF summary</source>
        <translation>Қол қойылған PDF қорытындыны сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Save the signed export bundle</source>
        <translation>Қол қойылған экспорт пакетін сақтау</translation>
    </message>
    <message>
        <source>Export bundles (*.obsx)</source>
        <translation>Экспорт пакеттері (*.obsx)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is still there as it was.</source>
        <translation>Ештеңе сақталмады: %1 файлы бұрынғыдай қалды.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Қол қойылуда…</translation>
    </message>
    <message>
        <source>Building the PDF…</source>
        <translation>PDF жасалуда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Taking a snapshot and signing the bundle…</source>
        <translation>Деректер көшірмесі алынып, пакетке қол қойылуда…</translation>
    </message>
    <message>
        <source>Saved and signed: %1 (signed by %2)</source>
        <translation>Сақталды, қол қойылды: %1 (қол қойған: %2)</translation>
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
        <translation>Өңір, аудан</translation>
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
        <translation>Байқаушы</translation>
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
        <source>none recorded</source>
        <translation>жүргізілмеген</translation>
    </message>
    <message>
        <source>%1 min out of the station</source>
        <translation>учаскеден тыс %1 мин</translation>
    </message>
    <message>
        <source>no time out of the station recorded</source>
        <translation>учаскеден тыс уақыт жазылмаған</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Санақ сағаттары</translation>
    </message>
    <message>
        <source>%1–%2, %3</source>
        <translation>%1–%2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were out of the station: left out of the comparison</source>
        <translation>
            <numerusform>Учаскеден тыс кезіңізде %n сайлаушы саналды: салыстыруға кірмейді</numerusform>
            <numerusform>Учаскеден тыс кезіңізде %n сайлаушы саналды: салыстыруға кірмейді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted before your arrival or after your departure: left out of the comparison</source>
        <translation>
            <numerusform>Келгеніңізге дейін немесе кеткеннен кейін %n сайлаушы саналды: салыстыруға кірмейді</numerusform>
            <numerusform>Келгеніңізге дейін немесе кеткеннен кейін %n сайлаушы саналды: салыстыруға кірмейді</numerusform>
        </translation>
    </message>
    <message>
        <source>Independent turnout</source>
        <translation>Тәуелсіз келу</translation>
    </message>
    <message>
        <source>not computed: no head-count was recorded</source>
        <translation>есептелмейді: келуді санау жүргізілмеген</translation>
    </message>
    <message>
        <source>cannot be computed: registered voters unknown</source>
        <translation>есептеу мүмкін емес: сайлаушылар саны белгісіз</translation>
    </message>
    <message>
        <source>not computed: nobody was counted in the hours observed</source>
        <translation>есептелмейді: байқалған сағаттарда ешкім саналмаған</translation>
    </message>
    <message>
        <source>%1 of %2 registered</source>
        <translation>тізімдегі %2 сайлаушының %1-ы</translation>
    </message>
    <message>
        <source>%1 of %2 registered, in the hours counted only</source>
        <translation>тізімдегі %2 сайлаушының %1-ы, тек санақ сағаттарында</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol line %1 “%2”</source>
        <translation>Хаттаманың %1-жолы «%2»</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 сайлаушы</translation>
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
        <source>Protocol against the head-count</source>
        <translation>Хаттама мен келуді санау</translation>
    </message>
    <message>
        <source>nobody was counted in the hours observed: nothing to compare</source>
        <translation>байқалған сағаттарда ешкім саналмаған: салыстыратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>the protocol says as many as were counted in those hours</source>
        <translation>хаттама бойынша сол сағаттарда саналғанмен бірдей</translation>
    </message>
    <message>
        <source>the protocol says %1 fewer than were counted in those hours alone: fewer ballots issued than you saw being issued</source>
        <translation>хаттама бойынша тек сол сағаттарда саналғаннан %1 кем: берілген бюллетеньдер сіздің көзіңізше берілгеннен аз</translation>
    </message>
    <message>
        <source>the protocol says %1 more than were counted in those hours</source>
        <translation>хаттама бойынша сол сағаттарда саналғаннан %1 артық</translation>
    </message>
    <message>
        <source>%1; you counted the whole voting day: more ballots issued than voters seen receiving one</source>
        <translation>%1; сіз бүкіл дауыс беру күні бойы санадыңыз: берілген бюллетеньдер сіздің көзіңізше бюллетень алған сайлаушылардан көп</translation>
    </message>
    <message>
        <source>%1; the voters of the hours not observed are part of the difference, so it does not by itself show that ballots were added</source>
        <translation>%1; байқалмаған сағаттардағы сайлаушылар айырмаға кіреді, сондықтан ол өз бетінше бюллетень қосылғанын дәлелдемейді</translation>
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
    <name>Task</name>
    <message>
        <source>Unexpected error (%1); please report it.</source>
        <translation>Күтпеген қате (%1); бұл туралы әзірлеушілерге хабарлаңыз.</translation>
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
        <source>Another program is writing to the database; these voters are counted and are saved as soon as it has finished.</source>
        <translation>Дерекқорға басқа бағдарлама жазып жатыр; бұл сайлаушылар саналды және ол аяқтала салысымен сақталады.</translation>
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
        <source>%1 of %2 registered</source>
        <translation>тізімдегі %2 сайлаушының %1-ы</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet saved</source>
        <translation>
            <numerusform>%n әлі сақталмаған</numerusform>
            <numerusform>%n әлі сақталмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Voter %1 counted at %2; not yet saved</source>
        <translation>%1-сайлаушы саналды: %2; әлі сақталмаған</translation>
    </message>
    <message>
        <source>Voter %1 counted at %2</source>
        <translation>%1-сайлаушы саналды: %2</translation>
    </message>
    <message>
        <source>Voter %1 taken back (counted at %2)</source>
        <translation>%1-сайлаушы алынып тасталды (саналған уақыты: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Болдырмайтын ештеңе жоқ.</translation>
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
