"""A coordinator's database as the arrays the analysis reads: one row per station, in station
code order, read in one pass (observer_app/analysis has no SQL).

Unknown values are NaN, never 0: a protocol line nobody recorded, observers who disagree (the
consolidated record keeps only what they agree on), a station list without registered voters.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import numpy as np

from observer_app.analysis.data import ElectionArrays, ProtocolArrays
from observer_app.domain.template import ElectionTemplate, issued_codes
from observer_app.storage.store import Store

# A head-count covers the whole voting day when its observer recorded an arrival and a departure
# at least this far apart (the polls are open 12 to 13 hours: Russia 08:00-20:00, Kazakhstan
# 07:00-20:00) and was never out of the station in between. Shorter or interrupted counts are
# left out of the comparison with the official issued line, which they would understate.
FULL_DAY = dt.timedelta(hours=12)


def _figure(values: dict, code: str | None) -> float:
    if code is None:
        return np.nan
    value = values.get(code)
    return np.nan if value is None else float(value)


def _protocol_arrays(template: ElectionTemplate, rows: list[dict | None]) -> ProtocolArrays:
    contestants = template.contestant_codes
    issued = issued_codes(template)
    registered_code = template.role_code("registered")
    premises = template.role_code("issued_in_premises") or template.role_code("issued")
    valid_code, invalid_code = template.role_code("valid"), template.role_code("invalid")
    n = len(rows)
    out = {k: np.full(n, np.nan) for k in ("registered", "issued", "premises", "valid", "invalid")}
    votes = np.full((n, len(contestants)), np.nan)
    present = np.zeros(n, dtype=bool)
    for i, values in enumerate(rows):
        if values is None:
            continue
        present[i] = True
        out["registered"][i] = _figure(values, registered_code)
        parts = [values.get(c) for c in issued]
        out["issued"][i] = np.nan if not parts or any(v is None for v in parts) else float(sum(parts))
        out["premises"][i] = _figure(values, premises)
        out["valid"][i] = _figure(values, valid_code)
        out["invalid"][i] = _figure(values, invalid_code)
        for j, code in enumerate(contestants):
            votes[i, j] = _figure(values, code)
    return ProtocolArrays(out["registered"], out["issued"], out["premises"], out["valid"],
                          out["invalid"], votes, present)


def _parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def verified_stations(store: Store) -> set[str]:
    """Station ids with a protocol or an obstruction from a verified bundle."""
    return {sid for (sid,) in store.db.execute(
        "SELECT station_id FROM protocols p JOIN bundles b ON b.sha256 = p.bundle_sha256 "
        "WHERE p.deleted = 0 AND b.status = 'merged' AND b.verified = 1 UNION "
        "SELECT station_id FROM obstructions o JOIN bundles b ON b.sha256 = o.bundle_sha256 "
        "WHERE o.deleted = 0 AND b.status = 'merged' AND b.verified = 1")}


def load_arrays(store: Store) -> ElectionArrays:
    """The stations of the database's election with their official and observed figures."""
    from observer_app.report import consolidate, trusted

    template = store.template()
    stations = store.db.execute(
        "SELECT id, code, region, district, registered_voters FROM stations WHERE deleted = 0 "
        "ORDER BY code").fetchall()
    index = {row[0]: i for i, row in enumerate(stations)}
    official: list[dict | None] = [None] * len(stations)
    for sid, values_json in store.db.execute(
            "SELECT station_id, values_json FROM official_results WHERE deleted = 0"):
        if sid in index:
            official[index[sid]] = json.loads(values_json)
    by_station: dict[int, list[tuple[dict, bool]]] = defaultdict(list)
    for sid, values_json, verified in store.db.execute(
            "SELECT p.station_id, p.values_json, coalesce(b.verified, 0) FROM protocols p "
            "LEFT JOIN bundles b ON b.sha256 = p.bundle_sha256 AND b.status = 'merged' "
            "WHERE p.deleted = 0 ORDER BY p.station_id, p.observer_id, p.id"):
        if sid in index:
            by_station[index[sid]].append((json.loads(values_json), bool(verified)))
    overrides = store.overrides()
    codes = template.codes
    observed: list[dict | None] = [None] * len(stations)
    for i, protocols in by_station.items():
        observed[i], _ = consolidate(codes, trusted(protocols), overrides.get(stations[i][0]))
    n = len(stations)
    removed = np.zeros(n, dtype=bool)
    not_shown = np.zeros(n, dtype=bool)
    absences: dict[tuple[int, str], bool] = {}
    # Unverified never beats verified: at a station with verified observers' records, an
    # unverified bundle's "removed" or "not shown" (anyone can sign one) does not take the
    # station out of the comparison.
    vouched = verified_stations(store)
    for sid, observer, kind, verified in store.db.execute(
            "SELECT o.station_id, o.observer_id, o.kind, coalesce(b.verified, 0) FROM obstructions o "
            "LEFT JOIN bundles b ON b.sha256 = o.bundle_sha256 AND b.status = 'merged' WHERE o.deleted = 0"):
        i = index.get(sid)
        if i is None:
            continue
        if kind in ("removed", "not_admitted"):
            absences[(i, observer)] = True
        if sid in vouched and not verified:
            continue
        if kind in ("removed", "not_admitted"):
            removed[i] = True
        elif kind in ("protocol_not_shown", "copy_refused"):
            not_shown[i] = True
    for sid, source, verified in store.db.execute(
            "SELECT p.station_id, p.source, coalesce(b.verified, 0) FROM protocols p LEFT JOIN bundles b "
            "ON b.sha256 = p.bundle_sha256 AND b.status = 'merged' WHERE p.deleted = 0"):
        if source == "not_shown" and sid in index and (verified or sid not in vouched):
            not_shown[index[sid]] = True
    visits = {(index[sid], observer): (_parse(arrived), _parse(departed))
              for sid, observer, arrived, departed in store.db.execute(
                  "SELECT station_id, observer_id, arrived_at, departed_at FROM visits WHERE deleted = 0")
              if sid in index}
    headcount = np.full(n, np.nan)
    headcount_any = np.zeros(n, dtype=bool)
    for sid, observer, count in store.db.execute(
            "SELECT station_id, observer_id, count(*) FROM turnout_tallies WHERE deleted = 0 "
            "GROUP BY station_id, observer_id ORDER BY station_id, observer_id"):
        i = index.get(sid)
        if i is None:
            continue
        headcount_any[i] = True
        arrived, departed = visits.get((i, observer), (None, None))
        full_day = (arrived is not None and departed is not None and departed - arrived >= FULL_DAY
                    and not absences.get((i, observer)))
        if full_day and np.isnan(headcount[i]):  # the first full-day count (by observer id)
            headcount[i] = float(count)
    registered = np.array([np.nan if row[4] is None else float(row[4]) for row in stations])
    return ElectionArrays(
        template=template, codes=[row[1] for row in stations], regions=[row[2] or "" for row in stations],
        districts=[row[3] or "" for row in stations], registered=registered,
        official=_protocol_arrays(template, official), observed=_protocol_arrays(template, observed),
        removed=removed, not_shown=not_shown, headcount=headcount, headcount_any=headcount_any,
        contestants=list(template.contestant_codes))
