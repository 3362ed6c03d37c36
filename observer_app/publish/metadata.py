"""PUBLIC.metadata.json: what Datasette shows of a publication (`datasette PUBLIC.sqlite -m
PUBLIC.metadata.json`): the title and source, a description of every table and figure column,
facets on region, sort orders and the canned queries a journalist starts from."""

from __future__ import annotations

from typing import Any

from observer_app.domain.template import ElectionTemplate, pick_name

LICENCE = "CC BY 4.0"  # the publishing organisation may change it in the file
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

TABLES = {
    "stations": "The polling stations of the election file's station list (and of the merged bundles).",
    "station_results": "Every protocol per station: the official one, each observer's, and the observers' "
                       "consolidated record (unknown where observers disagree). One integer column per "
                       "protocol line and contestant, named by its code (see the columns table).",
    "station_comparison": "One row per station: the official figures and the observers' consolidated ones side "
                          "by side, official minus observed, and whether the two may be compared (paired: both "
                          "protocols, no observer removed or refused sight of the protocol).",
    "obstructions": "Obstructions the observers recorded: removals, refusals, restrictions, with their times and "
                    "the officials who ordered them (officials acting in office are named).",
    "incidents": "Violations and incidents the observers recorded, searchable by text. Names of private "
                 "persons are withheld.",
    "photos": "Photos the observers attached, by SHA-256 (the files themselves are published separately, if at "
              "all).",
    "analysis": "The paired comparison, thresholds and seats, the PVT (when a sample was given) and the forensics "
                "of the official results. Shares and turnout are fractions (0..1); NULL means the figure cannot "
                "be computed.",
    "columns": "What each figure column means: its protocol line number and its name in English, Russian and "
               "Kazakh.",
}

COMMON_COLUMNS = {
    "station_code": "The polling station's code, as in the station list.",
    "region": "The station's region.",
    "source": "official, observer (one observer's protocol) or consolidated (what the observers agree on).",
    "signer": "The observer who signed the bundle, as a pseudonym (Observer N) unless published with names.",
    "verified": "1 when the bundle's signature verified against the organisation's CA when it was merged (at a "
                "station with verified observers, an unverified bundle's obstructions are listed, not counted).",
    "flags": "Failing statutory checks (relation ids), conflict (observers disagree), differs_from_official.",
    "paired": "1 when the station has both an official and an observers' protocol and no observer was removed "
              "or refused sight of the protocol: the stations the comparison uses.",
    "observers_removed": "1 when an observer was removed from the station or not admitted.",
    "protocol_not_shown": "1 when an observer was not shown the protocol or refused a certified copy.",
    "differs": "1 when the observers' consolidated figures differ from the official ones.",
    "integer_peak": "1 when the official turnout or the leader's share is a whole percentage (within 0.05 "
                    "points): a signal to look at, not proof.",
    "turnout_official": "Official turnout: all ballots issued / voters on the list (fraction).",
    "turnout_observed": "Observers' turnout from their consolidated protocol (fraction).",
    "turnout_difference": "Official minus observed turnout (fraction).",
    "minutes": "How long the obstruction lasted, in minutes (NULL: still open when the bundle was made).",
    "ordered_by": "The official who ordered it, as the observer recorded.",
    "ordered_by_position": "That official's position.",
    "stated_reason": "The reason the official gave.",
}


def metadata(template: ElectionTemplate, database: str, *, sampled: bool,
             columns: dict[str, list[str]]) -> dict[str, Any]:
    """`columns`: each table's columns, as written. Only the columns a table has are described,
    and not the figure columns (one per line and contestant, named by code): Datasette lists
    every described column above the rows, and the `columns` table says what each code is."""
    name = pick_name(template.name, "en")
    described = dict(COMMON_COLUMNS) | {
        "registered_voters": "Voters on the list, from the station list.",
        "sampled": "1 when the station is in the PVT sample.",
        "stratum": "The sample's stratum.", "weight": "Stations in the stratum per sampled station.",
        "has_official": "1 when the official protocol is there.",
        "has_observed": "1 when observers' protocols are there.",
        "sha256": "SHA-256 of the photo file.", "of": "What the photo belongs to.",
        "section": "compare, thresholds, seats, pvt or forensics.",
        "contestant": "The contestant's code, where the figure is one's.",
        "low": "Lower end of the 95 % interval.", "high": "Upper end of the interval.",
        "code": "The column's name in the other tables.", "line": "The protocol line's number.",
    }
    figures = set(template.codes)
    figures |= {f"{side}_{code}" for code in template.codes for side in ("official", "observed", "difference")}

    def table(key: str, **extra: Any) -> dict[str, Any]:
        own = [c for c in columns.get(key, []) if c in described and c not in figures]
        text = TABLES[key]
        if any(c in figures for c in columns.get(key, [])):
            text += " Figure columns are named by protocol line or contestant code: the columns table says which."
        return {"description": text, "columns": {c: described[c] for c in own}, **extra}

    tables = {
        "stations": table("stations", facets=["region"] + (["sampled"] if sampled else []), sort="code"),
        "station_results": table("station_results", facets=["source", "region", "verified"], sort="station_code"),
        "station_comparison": table("station_comparison",
                                    facets=["region", "paired", "differs", "integer_peak", "observers_removed"],
                                    sort="station_code"),
        "obstructions": table("obstructions", facets=["kind", "region", "stage"], sort_desc="minutes"),
        "incidents": table("incidents", facets=["category", "region"], sort="occurred_at"),
        "photos": table("photos", facets=["of"]),
        "analysis": table("analysis", facets=["section"]),
        "columns": table("columns"),
    }
    queries = {
        "observers_removed": {
            "title": "Stations where observers were removed or not admitted",
            "sql": "select o.station_code, o.region, o.kind, o.started_at, o.ended_at, o.minutes, o.ordered_by, "
                   "o.ordered_by_position from obstructions o where o.kind in ('removed', 'not_admitted') "
                   "order by o.station_code, o.started_at"},
        "official_differs": {
            "title": "Stations whose official figures differ from the observers'",
            "sql": "select * from station_comparison where differs = 1 order by station_code"},
        "integer_peaks": {
            "title": "Stations with a whole-percentage official turnout or leader's share",
            "sql": "select station_code, region, turnout_official from station_comparison "
                   "where integer_peak = 1 order by station_code"},
    }
    return {
        "title": f"{name}: results by polling station, official and observed",
        "description": "Published by an independent observer group with observer-app: official protocols, the "
                       "observers' own protocols, obstructions and incidents per polling station, and their "
                       "analysis. Observers are pseudonymous.",
        "license": LICENCE,
        "license_url": LICENCE_URL,
        "source": "Official results and the observers' signed bundles, merged by the group's coordinator",
        "databases": {database: {"tables": tables, "queries": queries}},
    }
