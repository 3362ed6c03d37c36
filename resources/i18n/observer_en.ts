<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnalysisPage</name>
    <message numerus="yes">
        <source>Analysis of %1 station(s) in the station list.</source>
        <translation>
            <numerusform>Analysis of %1 station in the station list.</numerusform>
            <numerusform>Analysis of %1 stations in the station list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 station(s) with both an official protocol and the observers&apos; consolidated one, none where observers were removed or not shown the protocol; official minus observed, with its %2 % interval in percentage points.</source>
        <translation>
            <numerusform>Only the %1 station with both an official protocol and the observers&apos; consolidated one, none where observers were removed or not shown the protocol; official minus observed, with its %2 % interval in percentage points.</numerusform>
            <numerusform>Only the %1 stations with both an official protocol and the observers&apos; consolidated one, none where observers were removed or not shown the protocol; official minus observed, with its %2 % interval in percentage points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 seat(s) by the largest remainder (Hare) among those passing.</source>
        <translation>
            <numerusform>%1 seat by the largest remainder (Hare) among those passing.</numerusform>
            <numerusform>%1 seats by the largest remainder (Hare) among those passing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 of %2 sampled station(s) (%3); strata: %4; %5 % margins of error (stratified ratio estimator, stations as clusters).</source>
        <translation>
            <numerusform>From %1 of %2 sampled station (%3); strata: %4; %5 % margins of error (stratified ratio estimator, stations as clusters).</numerusform>
            <numerusform>From %1 of %2 sampled stations (%3); strata: %4; %5 % margins of error (stratified ratio estimator, stations as clusters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verdict yet: too few sampled stations reported in %1 stratum(s): %2.</source>
        <translation>
            <numerusform>No verdict yet: too few sampled stations reported in %1 stratum: %2.</numerusform>
            <numerusform>No verdict yet: too few sampled stations reported in %1 strata: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sampled station(s) are not in the station list.</source>
        <translation>
            <numerusform>%1 sampled station is not in the station list.</numerusform>
            <numerusform>%1 sampled stations are not in the station list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s) with at least 100 voters on the list and turnout and the leader&apos;s share at most 99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers&apos; reports from those stations.</source>
        <translation>
            <numerusform>%1 station with at least 100 voters on the list and turnout and the leader&apos;s share at most 99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers&apos; reports from those stations.</numerusform>
            <numerusform>%1 stations with at least 100 voters on the list and turnout and the leader&apos;s share at most 99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers&apos; reports from those stations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s)</source>
        <translation>
            <numerusform>%1 station</numerusform>
            <numerusform>%1 stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where to look next time: %1 station(s) with a whole-percentage turnout or leader&apos;s share, and the stations above the clean turnout with the most anomalous votes.</source>
        <translation>
            <numerusform>Where to look next time: %1 station with a whole-percentage turnout or leader&apos;s share, and the stations above the clean turnout with the most anomalous votes.</numerusform>
            <numerusform>Where to look next time: %1 stations with a whole-percentage turnout or leader&apos;s share, and the stations above the clean turnout with the most anomalous votes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message numerus="yes">
        <source>%1 of %2 bundle(s)</source>
        <translation>
            <numerusform>%1 of %2 bundle</numerusform>
            <numerusform>%1 of %2 bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rejected</source>
        <translation>
            <numerusform>%1 rejected</numerusform>
            <numerusform>%1 rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 station(s), %2 flagged</source>
        <translation>
            <numerusform>%1 station, %2 flagged</numerusform>
            <numerusform>%1 stations, %2 flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bundle(s) to merge</source>
        <translation>
            <numerusform>%1 bundle to merge</numerusform>
            <numerusform>%1 bundles to merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 official result(s): %2 added, %3 replaced, %4 unchanged</source>
        <translation>
            <numerusform>Imported %1 official result: %2 added, %3 replaced, %4 unchanged</numerusform>
            <numerusform>Imported %1 official results: %2 added, %3 replaced, %4 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 station(s)</source>
        <translation>
            <numerusform>Wrote %1: %2 station</numerusform>
            <numerusform>Wrote %1: %2 stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s)</source>
        <translation>
            <numerusform>Added %1 bundle</numerusform>
            <numerusform>Added %1 bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 bundle(s) from %2 and its subfolders</source>
        <translation>
            <numerusform>Added %1 bundle from %2 and its subfolders</numerusform>
            <numerusform>Added %1 bundles from %2 and its subfolders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourlyModel</name>
    <message numerus="yes">
        <source>You were out of the station for %n minute(s) of this hour; voters who came then were not counted.</source>
        <translation>
            <numerusform>You were out of the station for %n minute of this hour; voters who came then were not counted.</numerusform>
            <numerusform>You were out of the station for %n minutes of this hour; voters who came then were not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>Incidents: %n</source>
        <translation>
            <numerusform>Incidents: %n</numerusform>
            <numerusform>Incidents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n</source>
        <translation>
            <numerusform>Photos: %n</numerusform>
            <numerusform>Photos: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n thing(s) to check in the protocol: failing control relations, or registered voters other than the station list&apos;s</source>
        <translation>
            <numerusform>%n thing to check in the protocol: a failing control relation, or registered voters other than the station list&apos;s</numerusform>
            <numerusform>%n things to check in the protocol: failing control relations, or registered voters other than the station list&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet saved: another program is writing to the database. They are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n change not yet saved: another program is writing to the database. It is saved as soon as that program has finished.</numerusform>
            <numerusform>%n changes not yet saved: another program is writing to the database. They are saved as soon as it has finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: another program is still writing to the database.

Keep the window open and they are saved as soon as it has finished. If you close it, they are lost.</source>
        <translation>
            <numerusform>%n change could not be saved: another program is still writing to the database.

Keep the window open and it is saved as soon as that program has finished. If you close the window, it is lost.</numerusform>
            <numerusform>%n changes could not be saved: another program is still writing to the database.

Keep the window open and they are saved as soon as it has finished. If you close it, they are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>data.sqlite holds coordinator data (%n {table} row(s)); export an observer&apos;s database, not a coordinator&apos;s.</source>
        <translation>
            <numerusform>data.sqlite holds coordinator data (%n {table} row); export an observer&apos;s database, not a coordinator&apos;s.</numerusform>
            <numerusform>data.sqlite holds coordinator data (%n {table} rows); export an observer&apos;s database, not a coordinator&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n elections; a bundle holds exactly one.</source>
        <translation>
            <numerusform>data.sqlite holds %n elections; a bundle holds exactly one.</numerusform>
            <numerusform>data.sqlite holds %n elections; a bundle holds exactly one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data.sqlite holds %n station(s) of another election than {election}.</source>
        <translation>
            <numerusform>data.sqlite holds %n station of another election than {election}.</numerusform>
            <numerusform>data.sqlite holds %n stations of another election than {election}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: it has %n signers instead of one.</source>
        <translation>
            <numerusform>The signature of manifest.json is not valid: it has %n signers instead of one.</numerusform>
            <numerusform>The signature of manifest.json is not valid: it has %n signers instead of one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The signature of manifest.json is not valid: the signed attribute {name} has %n values.</source>
        <translation>
            <numerusform>The signature of manifest.json is not valid: the signed attribute {name} has %n values.</numerusform>
            <numerusform>The signature of manifest.json is not valid: the signed attribute {name} has %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No such bundle: {path} (and %n more); nothing was merged.</source>
        <translation>
            <numerusform>No such bundle: {path} (and %n more); nothing was merged.</numerusform>
            <numerusform>No such bundle: {path} (and %n more); nothing was merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} is not a valid bundle. {reason} In all, %n problems were found.</source>
        <translation>
            <numerusform>{path} is not a valid bundle. {reason} In all, %n problem was found.</numerusform>
            <numerusform>{path} is not a valid bundle. {reason} In all, %n problems were found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {problems} (and %n more). Nothing from this file was imported.</source>
        <translation>
            <numerusform>{path}: {problems} (and %n more). Nothing from this file was imported.</numerusform>
            <numerusform>{path}: {problems} (and %n more). Nothing from this file was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has {width}</source>
        <translation>
            <numerusform>%n cell where the header has {width}</numerusform>
            <numerusform>%n cells where the header has {width}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The observer&apos;s name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>The observer&apos;s name is %n characters long; certificates allow 64.</numerusform>
            <numerusform>The observer&apos;s name is %n characters long; certificates allow 64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CA name is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>The CA name is %n characters long; certificates allow 64.</numerusform>
            <numerusform>The CA name is %n characters long; certificates allow 64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation is %n characters long; certificates allow 64.</source>
        <translation>
            <numerusform>The organisation is %n characters long; certificates allow 64.</numerusform>
            <numerusform>The organisation is %n characters long; certificates allow 64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was changed after signing: %n bytes were added after the signed part (for example by an editor saving a change).</source>
        <translation>
            <numerusform>The file was changed after signing: %n bytes were added after the signed part (for example by an editor saving a change).</numerusform>
            <numerusform>The file was changed after signing: %n bytes were added after the signed part (for example by an editor saving a change).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n signatures; a signed summary has exactly one, so it was signed again after the observer signed it.</source>
        <translation>
            <numerusform>{file} holds %n signatures; a signed summary has exactly one, so it was signed again after the observer signed it.</numerusform>
            <numerusform>{file} holds %n signatures; a signed summary has exactly one, so it was signed again after the observer signed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column} is longer than %n characters</source>
        <translation>
            <numerusform>{column} is longer than %n character</numerusform>
            <numerusform>{column} is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail and the protocol is not confirmed as on the official copy (evidence, not a typo): {relations}.</source>
        <translation>
            <numerusform>%n control relation fails and the protocol is not confirmed as on the official copy (evidence, not a typo): {relations}.</numerusform>
            <numerusform>%n control relations fail and the protocol is not confirmed as on the official copy (evidence, not a typo): {relations}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as removed from the station ({when}): check the removal&apos;s times or the head-count.</source>
        <translation>
            <numerusform>%n voter counted while you were recorded as removed from the station ({when}): check the removal&apos;s times or the head-count.</numerusform>
            <numerusform>%n voters counted while you were recorded as removed from the station ({when}): check the removal&apos;s times or the head-count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were recorded as not admitted to the station ({when}): check its times or the head-count.</source>
        <translation>
            <numerusform>%n voter counted while you were recorded as not admitted to the station ({when}): check its times or the head-count.</numerusform>
            <numerusform>%n voters counted while you were recorded as not admitted to the station ({when}): check its times or the head-count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObstructionsPage</name>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation>
            <numerusform>Events: %n</numerusform>
            <numerusform>Events: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message numerus="yes">
        <source>%n figure(s) not yet saved: another program is writing to the database. They stay here and are saved as soon as it has finished.</source>
        <translation>
            <numerusform>%n figure not yet saved: another program is writing to the database. It stays here and is saved as soon as that program has finished.</numerusform>
            <numerusform>%n figures not yet saved: another program is writing to the database. They stay here and are saved as soon as it has finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not marked final: %n control relation(s) fail (%1). Check the figures against the official copy; if they are exactly so on it, tick “The figures are exactly as on the official copy” and mark the protocol final again.</source>
        <translation>
            <numerusform>Not marked final: %n control relation fails (%1). Check the figures against the official copy; if they are exactly so on it, tick “The figures are exactly as on the official copy” and mark the protocol final again.</numerusform>
            <numerusform>Not marked final: %n control relations fail (%1). Check the figures against the official copy; if they are exactly so on it, tick “The figures are exactly as on the official copy” and mark the protocol final again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n control relation(s) fail</source>
        <translation>
            <numerusform>%n control relation fails</numerusform>
            <numerusform>%n control relations fail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) cannot be checked yet</source>
        <translation>
            <numerusform>%n control relation cannot be checked yet</numerusform>
            <numerusform>%n control relations cannot be checked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n control relation(s) pass</source>
        <translation>
            <numerusform>%n control relation passes</numerusform>
            <numerusform>all %n control relations pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted while you were out of the station: left out of the comparison</source>
        <translation>
            <numerusform>%n voter counted while you were out of the station: left out of the comparison</numerusform>
            <numerusform>%n voters counted while you were out of the station: left out of the comparison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) counted before your arrival or after your departure: left out of the comparison</source>
        <translation>
            <numerusform>%n voter counted before your arrival or after your departure: left out of the comparison</numerusform>
            <numerusform>%n voters counted before your arrival or after your departure: left out of the comparison</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnoutPage</name>
    <message numerus="yes">
        <source>%n voter(s) counted</source>
        <translation>
            <numerusform>%n voter counted</numerusform>
            <numerusform>%n voters counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>voter(s) counted</source>
        <translation>
            <numerusform>voter counted</numerusform>
            <numerusform>voters counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet saved</source>
        <translation>
            <numerusform>%n not yet saved</numerusform>
            <numerusform>%n not yet saved</numerusform>
        </translation>
    </message>
</context>
</TS>
