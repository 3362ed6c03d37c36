<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
