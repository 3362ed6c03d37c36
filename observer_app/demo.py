"""Demo data: a plausible day at one station, for screenshots, benchmarks and trying the app."""

from __future__ import annotations

import datetime as dt
import random

from observer_app.domain.records import format_time
from observer_app.domain.template import load_template
from observer_app.resources import DEMO_ELECTION
from observer_app.storage.store import Store

DEMO_STATION = "ALA-101"


def fill_demo(store: Store, day: dt.date | None = None, seed: int = 2021) -> str:
    """Loads the demo election and records a day at DEMO_STATION; returns the station id.

    Times are the laptop's local time on `day` (default: today), so the screens look live.
    """
    rng = random.Random(seed)
    if store.election() is None:
        store.load_election(load_template(DEMO_ELECTION))
    store.update_observer(full_name="Aigerim Bekova", organisation="Erkindik Kanaty",
                          contact="+7 701 555 0142")
    station = store.station_by_code(DEMO_STATION)
    sid = station.id
    store.set_setting("station_id", sid)
    day = day or dt.date.today()

    def at(hour: int, minute: int = 0, second: int = 0) -> str:
        return format_time(dt.datetime.combine(day, dt.time(hour, minute, second)))

    store.set_visit_time(sid, "arrived_at", at(6, 40))
    # Head-count from 07:00 to 16:00, thinner around lunch, none while removed (12:10-13:05).
    per_hour = {7: 31, 8: 64, 9: 72, 10: 81, 11: 58, 12: 22, 13: 40, 14: 55, 15: 47}
    for hour, n in per_hour.items():
        for _ in range(n):
            minute, second = rng.randrange(60), rng.randrange(60)
            if hour == 12 and minute >= 10 or hour == 13 and minute < 5:
                continue
            store.add_tally(sid, at(hour, minute, second))
    for hour, percent in ((10, 14.2), (12, 27.5), (14, 41.0)):
        store.add_announcement(sid, at(hour), percent=percent)
    removal = store.start_obstruction(sid, "removed", at(12, 10), stage="voting",
                                      ordered_by="S. Nurlanov", ordered_by_position="Commission chair",
                                      stated_reason="Standing too close to the ballot box",
                                      witnesses="D. Sadykova (observer, Adal)")
    store.end_obstruction(removal, at(13, 5))
    store.start_obstruction(sid, "photo_forbidden", at(9, 40), stage="voting",
                            ordered_by="S. Nurlanov", ordered_by_position="Commission chair")
    store.add_incident(sid, "carousel", at(10, 25),
                       "A minibus brought about 15 people who voted and left together; the same "
                       "driver returned at 11:40 with another group.")
    store.add_incident(sid, "group_voting", at(14, 50), "Family of four voting in one booth.")
    registered = station.registered_voters or 2000
    issued = int(registered * 0.63)
    in_boxes = issued - 2
    invalid = 31
    valid = in_boxes - invalid
    shares = [0.62, 0.11, 0.09, 0.06]
    votes = [int(valid * s) for s in shares]
    votes.append(valid - sum(votes) + 14)  # the commission's sum is off: valid_sum fails
    values = dict(zip(["nur_otan", "ak_zhol", "ppk", "auyl", "adal"], votes))
    values |= {"registered": registered, "received": registered + 50, "issued": issued,
               "cancelled": registered + 50 - issued, "in_boxes": in_boxes, "invalid": invalid,
               "valid": valid}
    store.save_protocol(sid, values=values, source="certified_copy", recorded_at=at(20, 45))
    return sid


def fill_demo_coordinator(folder, day: dt.date | None = None) -> "Path":
    """A coordinator database with five observers' bundles merged (two of them disagree at
    DEMO_STATION) and official results that differ at one station; returns its path."""
    from pathlib import Path

    from cryptography.hazmat.primitives.serialization import Encoding

    from observer_app.bundle import export_bundle
    from observer_app.identity import create_ca, issue_identity
    from observer_app.merge import merge_bundles

    folder = Path(folder)
    template = load_template(DEMO_ELECTION)
    ca = create_ca(folder / "ca", "demo", name="Erkindik Kanaty CA", org="Erkindik Kanaty")
    people = [("Aigerim Bekova", DEMO_STATION, 0), ("Dana Sadykova", DEMO_STATION, 120),
              ("Yerlan Omarov", "ALA-104", 0), ("Saule Tulegenova", "NQZ-014", 0),
              ("Marat Iskakov", "NQZ-027", 0)]
    codes = {s.code for s in template.stations}
    bundles = []
    official = []
    for i, (name, code, extra) in enumerate(people):
        code = code if code in codes else sorted(codes)[i]
        with Store.open(folder / f"observer-{i}.sqlite") as store:
            sid = fill_demo(store, day=day, seed=2021 + i) if code == DEMO_STATION else None
            store.update_observer(full_name=name)
            if sid is None:
                store.load_election(template)
                sid = store.station_by_code(code).id
                registered = store.station(sid).registered_voters or 2000
                issued = registered * 55 // 100
                votes = [issued * p // 100 for p in (60, 12, 10, 8)]
                valid = issued - 20
                votes.append(valid - sum(votes))
                values = dict(zip(template.contestant_codes, votes)) | {
                    "registered": registered, "received": registered, "issued": issued,
                    "cancelled": registered - issued, "in_boxes": issued, "invalid": 20, "valid": valid}
                store.save_protocol(sid, values=values, status="final")
                for _ in range(25 + 7 * i):
                    store.add_tally(sid)
                if i % 2:
                    store.start_obstruction(sid, "protocol_not_shown", stage="counting")
            if extra:
                protocol = store.protocol(sid)
                store.save_protocol(sid, values=dict(protocol.values, nur_otan=protocol.values["nur_otan"] + extra))
            identity = issue_identity(ca, None, name, None, store.observer_id,
                                      folder / f"observer-{i}.p12", "demo")
            path = folder / f"observer-{i}.obsx"
            export_bundle(store, path, identity)
            bundles.append(path)
            if not extra:
                values = dict(store.protocol(sid).values)
                if code == "ALA-104":
                    values["nur_otan"] += 250
                official.append((sid, values))
    coord = folder / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.update_observer(full_name="Coordinator")
        merge_bundles(store, bundles, [ca.certificate.public_bytes(Encoding.PEM)], workers=1)
        store.import_official([(sid, v) for sid, v in official if sid], "cec-demo.csv")
    return coord
