"""Issue 11: the merge's trust boundaries, attacked the way an attacker would.

Each attack crafts an observer's database with sqlite3 (as its owner could), signs it with a
real identity (export_bundle), merges it, and checks that the honest observer's evidence is
unchanged, in every order.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import shutil

import pytest

from observer_app.bundle import export_bundle
from observer_app.csvio import read_results
from observer_app.domain.template import load_template
from observer_app.errors import ObserverAppError
from observer_app.merge import list_bundles, merge_bundles, withdraw_bundle
from observer_app.report import build, csv_text
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.merge.helpers import GOOD, bundle_id, trust_of

NOW = "2021-01-10T15:00:00.000+00:00"


def report(store) -> str:
    template, reports = build(store)
    return csv_text(template, reports)


# Columns a coordinator writes when it handles a bundle, not what the bundles say.
MERGE_TIME = {"bundles": {"merged_at", "first_seen_at", "file_name"},
              "election": {"created_at", "updated_at"}}
COMPARED = ("election", "observers", "stations", "visits", "protocols", "obstructions",
            "turnout_tallies", "turnout_announcements", "incidents", "photos", "conflict_records",
            "bundles", "carried_observers", "carried_stations", "carried_protocols",
            "carried_obstructions", "carried_turnout_tallies", "carried_photos")


def tables(store) -> dict[str, list[tuple]]:
    """Every table a merge writes, merge-time columns aside, as sorted rows."""
    found = {}
    for table in COMPARED:
        cursor = store.db.execute(f"SELECT * FROM [{table}]")
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in MERGE_TIME.get(table, ())]
        found[table] = sorted(tuple(row[i] for i in keep) for row in cursor.fetchall())
    return found


# --- 1. An observer owns only their own records -------------------------------------------------------

def test_another_observer_cannot_delete_or_replace_my_records_in_any_order(observers, coordinator, ca, tmp_path):
    """C exports a database holding rows with B's protocol, obstruction and photo ids (readable in
    B's bundle), marked deleted or with other bytes: B's evidence stays, in every merge order."""
    b, c = observers("B"), observers("C")
    b.protocol(**GOOD)
    removal = b.store.start_obstruction(b.station.id, "removed", stage="counting")
    stuffing = b.store.add_incident(b.station.id, "ballot_stuffing", description="a stack of ballots")
    picture = tmp_path / "stuffing.jpg"
    picture.write_bytes(b"\xff\xd8 the ballot-stuffing photo")
    photo = b.store.attach_photo(stuffing, picture)
    honest = b.export()
    protocol_id = b.store.protocol(b.station.id).id
    other_bytes = b"other bytes"
    own_incident = c.store.add_incident(c.station.id, "other", description="nothing")
    c.craft(
        ("INSERT INTO protocols (id, created_at, updated_at, version, deleted, station_id, observer_id, "
         "values_json, source, status, as_on_official_copy, recorded_at) "
         "VALUES (?, ?, ?, 99, 1, ?, ?, '{}', 'certified_copy', 'final', 0, ?)",
         [protocol_id, NOW, NOW, c.station.id, c.id, NOW]),
        ("INSERT INTO obstructions (id, created_at, updated_at, version, deleted, station_id, observer_id, "
         "kind, stage, started_at) VALUES (?, ?, ?, 99, 1, ?, ?, 'removed', 'counting', ?)",
         [removal.id, NOW, NOW, c.station.id, c.id, NOW]),
        ("INSERT INTO photos (id, created_at, updated_at, version, deleted, observer_id, owner_table, "
         "owner_id, filename, sha256, size, data) VALUES (?, ?, ?, 99, 0, ?, 'incidents', ?, 'x.jpg', ?, ?, ?)",
         [photo.id, NOW, NOW, c.id, own_incident.id, hashlib.sha256(other_bytes).hexdigest(),
          len(other_bytes), other_bytes]))
    hostile = c.export()
    results = []
    for i, order in enumerate(([honest, hostile], [hostile, honest])):
        with coordinator(f"c{i}.sqlite") as coord:
            merge_bundles(coord, order, trust_of(ca), workers=1)
            _, (station,) = build(coord)
            (observer_row,) = [r for r in station.observers if r.observer_id == b.id]
            assert observer_row.values == GOOD
            assert station.obstructions == {"removed": 1}  # B's removal; C's copy is deleted
            assert coord.db.execute("SELECT data FROM photos WHERE observer_id = ? AND id = ?",
                                    [b.id, photo.id]).fetchone() == (picture.read_bytes(),)
            listed = coord.db.execute("SELECT table_name, record_id, observer_id FROM conflict_records "
                                      "WHERE kind = 'id_collision' ORDER BY 1, 3").fetchall()
            assert listed == sorted((t, rid, who) for t, rid in (("obstructions", removal.id),
                                                                  ("photos", photo.id),
                                                                  ("protocols", protocol_id))
                                    for who in (b.id, c.id))
            results.append((tables(coord), report(coord)))
    assert results[0] == results[1]


def test_rows_of_another_observer_id_are_refused_by_verification(observers, coordinator, ca):
    """A bundle may only hold its signer's rows: a row with B's observer id is refused whole."""
    b, c = observers("B"), observers("C")
    b.protocol(**GOOD)
    c.protocol(**GOOD)
    c.craft(("UPDATE protocols SET observer_id = ?", [b.id]),
            ("INSERT INTO observers (id, created_at, updated_at, full_name) VALUES (?, ?, ?, 'B')",
             [b.id, NOW, NOW]))
    with pytest.raises(ObserverAppError, match="rows of another observer"):
        export_bundle(c.store, c.folder / "refused.obsx", c.identity)  # the app refuses to sign it
    signed = c.export()  # signed with its owner's own tool
    with coordinator() as coord:
        result = merge_bundles(coord, [signed], trust_of(ca), workers=1)
        assert [x.reasons[0].code for x in result.rejected] == ["bundle.db_foreign_rows"]
        assert coord.db.execute("SELECT count(*) FROM protocols").fetchone() == (0,)


# --- 2. Shared rows are not any observer's to change ----------------------------------------------------

def _swapped_template() -> str:
    template = json.loads(KZ_FILE.read_text(encoding="utf-8"))
    names = [c["name"] for c in template["contestants"]]
    for contestant, name in zip(template["contestants"], names[::-1]):
        contestant["name"] = name
    template["threshold_percent"] = 50
    template.pop("stations", None)
    return json.dumps(template, ensure_ascii=False)


@pytest.fixture
def hostile_and_honest(observers):
    """An honest observer at ALA-101 and a trusted observer whose ordinary export marks ALA-101
    deleted (with a tally there), and rewrites the election (parties swapped, 50 % threshold),
    each with its own version."""
    honest, hostile = observers("Honest"), observers("Hostile", station="ALA-104")
    honest.protocol(**GOOD)
    hostile.protocol(**GOOD)
    ala101 = honest.station.id
    hostile.store.add_tally(ala101)
    hostile.craft(
        ("UPDATE stations SET deleted = 1, version = 7, registered_voters = 999999 WHERE id = ?", [ala101]),
        ("UPDATE election SET version = 7, template_json = ?", [_swapped_template()]))
    return honest, hostile


@pytest.mark.parametrize("table", ["stations", "election"])
def test_a_version_out_of_range_is_refused_and_nothing_overflows_later(table, observers, coordinator, ca, tmp_path):
    """A trusted observer's export with version 2^63-1 on a shared row: refused (range-checked);
    `election load` and `stations import` keep working (they died with OverflowError)."""
    honest, hostile = observers("Honest"), observers("Hostile", station="ALA-104")
    honest.protocol(**GOOD)
    hostile.protocol(**GOOD)
    hostile.craft(f"UPDATE [{table}] SET version = 9223372036854775807")
    kz = load_template(KZ_FILE)
    with coordinator() as coord:
        result = merge_bundles(coord, [hostile.export(), honest.export()], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in result.rejected] == [
            "merge.bad_record" if table == "stations" else "merge.bundle_election_version"]
        coord.load_election(kz)
        coord.upsert_stations(kz.stations)
        assert coord.db.execute("SELECT max(version) FROM stations").fetchone()[0] <= 2


def test_a_bundle_never_changes_a_loaded_election_or_its_stations(hostile_and_honest, coordinator, ca, tmp_path):
    honest, hostile = hostile_and_honest
    bundles = [honest.export(), hostile.export()]
    kz = load_template(KZ_FILE)
    for i, order in enumerate((bundles, bundles[::-1])):
        with coordinator(f"c{i}.sqlite") as coord:
            coord.load_election(kz)  # the coordinator's election file and stations
            result = merge_bundles(coord, order, trust_of(ca), workers=1)
            assert (len(result.merged), len(result.rejected)) == (2, 0), [str(r.reasons[-1]) for r in result.rejected]
            template = coord.template()
            assert (template.threshold_percent, template.contestants[0].name["en"]) == (7, "Nur Otan")
            row = coord.db.execute("SELECT deleted, version, registered_voters, bundle_sha256 FROM stations "
                                   "WHERE id = ?", [honest.station.id]).fetchone()
            assert row == (0, 1, 2720, None)
            assert coord.db.execute("SELECT version FROM election").fetchone() == (1,)
            _, reports = build(coord)
            assert {r.code for r in reports} == {"ALA-101", "ALA-104"}
            # official import, election load and stations import still work on the station
            csv = tmp_path / "official.csv"
            csv.write_text("station_code,registered\nALA-101,2720\n", encoding="utf-8")
            rows = read_results(csv, template, coord.station_ids_by_code())
            assert coord.import_official(rows, "official.csv") == (1, 0, 0)
            coord.load_election(kz)
            coord.upsert_stations(kz.stations)


def test_without_the_election_file_a_rewritten_election_is_refused(hostile_and_honest, coordinator, ca):
    """Without a loaded election file, the bundles must carry the identical election: the honest
    bundle first, the rewritten one is refused with the reason; the station stays as it was."""
    honest, hostile = hostile_and_honest
    with coordinator() as coord:
        result = merge_bundles(coord, [honest.export(), hostile.export()], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in result.rejected] == ["merge.other_template"]
        assert "election load" in str(result.rejected[0].reasons[-1])
        assert coord.template().threshold_percent == 7
        assert coord.db.execute("SELECT deleted, version FROM stations").fetchall() == [(0, 1)]


def test_stations_a_bundle_brings_are_never_deleted_nor_versioned_by_it(hostile_and_honest, coordinator, ca):
    """No election file: the hostile bundle (rewritten election, first) is the first the
    coordinator sees; still no station is deleted, no version is 2^63-1, and the honest bundle is
    refused loudly until the coordinator loads the file, after which the file decides."""
    honest, hostile = hostile_and_honest
    with coordinator() as coord:
        result = merge_bundles(coord, [hostile.export(), honest.export()], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in result.rejected] == ["merge.other_template"]
        assert coord.db.execute("SELECT max(version), max(deleted) FROM stations").fetchone() == (1, 0)
        assert coord.db.execute("SELECT version FROM election").fetchone() == (1,)
        coord.load_election(load_template(KZ_FILE))
        assert len(merge_bundles(coord, [honest.folder / "export-1.obsx"], trust_of(ca), workers=1).merged) == 1
        assert coord.template().threshold_percent == 7


def test_an_unreadable_election_in_a_bundle_is_refused(observers, coordinator, ca):
    honest, broken = observers("Honest"), observers("Broken", station="ALA-104")
    honest.protocol(**GOOD)
    broken.protocol(**GOOD)
    broken.craft("UPDATE election SET template_json = '{\"format_version\": 1, \"id\": '")
    with coordinator() as coord:
        result = merge_bundles(coord, [broken.export(), honest.export()], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in result.rejected] == ["merge.bundle_election_unreadable"]
        assert [r.code for r in build(coord)[1]] == ["ALA-101"]  # report works


def test_a_station_nobody_loaded_takes_the_attributes_most_bundles_give(observers, coordinator, ca):
    """Three observers of ALA-104; one's station list says 999,999 voters: the most common value
    wins whatever the order, and the disagreement is listed."""
    people = [observers(n, station="ALA-104") for n in ("A", "B", "C")]
    for o in people:
        o.protocol(**GOOD)
    people[2].craft(("UPDATE stations SET registered_voters = 999999 WHERE id = ?", [people[2].station.id]))
    bundles = [o.export() for o in people]
    seen = []
    for i, order in enumerate(itertools.permutations(bundles)):
        with coordinator(f"c{i}.sqlite") as coord:
            merge_bundles(coord, order, trust_of(ca), workers=1)
            assert coord.station_by_code("ALA-104").registered_voters == people[0].station.registered_voters
            seen.append(tables(coord))
            listed = coord.db.execute("SELECT observer_id, kind FROM conflict_records").fetchall()
            assert listed == [(people[2].id, "station_attributes")]
    assert all(s == seen[0] for s in seen)


# --- 3. Unverified never beats verified; withdrawal --------------------------------------------------

def test_a_self_signed_forgery_never_replaces_a_verified_protocol(observers, coordinator, ca):
    """Merged without --trust, a self-signed bundle carrying B's observer id and a higher version
    did replace B's trusted protocol: now both are kept (listed), B's stays in the report; a
    later merge --trust rejects the forgery and its copy leaves the database."""
    b = observers("B")
    b.protocol(**GOOD)
    genuine = b.export()
    forger = b.self_signed("B")
    for _ in range(5):  # a higher version
        b.protocol(**GOOD | {"nur_otan": 2041, "valid": 2680, "in_boxes": 2711})
    forged = b.export(forger)
    with coordinator() as coord:
        merge_bundles(coord, [genuine], trust_of(ca), workers=1)
        merge_bundles(coord, [forged], None, workers=1)
        _, (station,) = build(coord)
        assert [r.values["nur_otan"] for r in station.observers] == [1041]
        assert station.observers[0].verified == 1
        assert coord.db.execute("SELECT kind, observer_id FROM conflict_records").fetchall() == [
            ("unverified", b.id)]
        result = merge_bundles(coord, [genuine, forged], trust_of(ca), workers=1)
        assert (len(result.already), len(result.rejected)) == (1, 1)
        assert coord.db.execute("SELECT count(*) FROM conflict_records").fetchone() == (0,)
        # one copy left: the kept row is it (copies are kept only where there is a choice)
        assert coord.db.execute("SELECT count(*) FROM carried_protocols").fetchone() == (0,)
        assert coord.db.execute("SELECT observer_id, version FROM protocols").fetchall() == [(b.id, 1)]


def test_a_withdrawn_bundle_leaves_the_database_as_if_never_merged(observers, coordinator, ca):
    a, b, c = observers("A"), observers("B"), observers("C", station="ALA-104")
    for o in (a, b, c):
        o.protocol(**GOOD)
    a.store.add_tally(a.station.id)
    first_a = a.export()
    a.protocol(**GOOD | {"adal": 214, "valid": 1690, "in_boxes": 1721})  # a newer export of A
    second_a = a.export()
    b.store.start_obstruction(b.station.id, "removed")
    bundles = [first_a, b.export(), c.export(), second_a]
    with coordinator("all.sqlite") as coord, coordinator("without.sqlite") as without:
        merge_bundles(coord, bundles, trust_of(ca), workers=1)
        full = withdraw_bundle(coord, bundle_id(second_a)[:12], "signed under duress")
        merge_bundles(without, bundles[:3], trust_of(ca), workers=1)
        gone = {t: rows for t, rows in tables(coord).items() if t != "bundles"}
        assert gone == {t: rows for t, rows in tables(without).items() if t != "bundles"}
        assert report(coord) == report(without)
        assert [(x.sha256, x.status, x.reason) for x in list_bundles(coord) if x.status != "merged"] == [
            (full, "withdrawn", "signed under duress")]
        assert [(r["field"], r["old"], r["new"]) for r in coord.audit_rows(full)] == [
            ("status", "merged", "withdrawn"), ("reason", None, "signed under duress")]
        again = merge_bundles(coord, [second_a], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in again.rejected] == ["merge.withdrawn"]
        assert report(coord) == report(without)


# --- 4. Values are checked at merge as at entry -------------------------------------------------------

BAD_VALUES = {
    "negative": ("UPDATE protocols SET values_json = '{\"registered\": -500}'", "store.negative"),
    "huge": ("UPDATE protocols SET values_json = '{\"registered\": 1000000000000000000}'", "store.too_large"),
    "float": ("UPDATE protocols SET values_json = '{\"registered\": 1.5e300}'", "store.not_whole"),
    "not json": ("UPDATE protocols SET values_json = 'registered=1'", "merge.values_not_object"),
    "a list": ("UPDATE protocols SET values_json = '[1, 2, 3]'", "merge.values_not_object"),
    "twice": ("UPDATE protocols SET values_json = '{\"valid\": 1, \"valid\": 2}'", "merge.values_not_object"),
    "unknown code": ("UPDATE protocols SET values_json = '{\"bribes\": 1}'", "merge.values_unknown_code"),
    "source": ("UPDATE protocols SET source = 'hearsay'", "merge.value_unknown"),
    # issue 12: when the commission signed (an optional time), who certified the copy (text)
    "signed at": ("UPDATE protocols SET commission_signed_at = 'after the count'", "merge.value_not_time"),
    "signed at number": ("UPDATE protocols SET commission_signed_at = 1610300000", "merge.value_not_time"),
    "certified by": ("UPDATE protocols SET certified_by = printf('%.1001c', 'x')", "merge.value_too_long"),
    "certified by blob": ("UPDATE protocols SET certified_by = x'00'", "merge.value_not_text"),
    "kind": ("UPDATE obstructions SET kind = 'teleported'", "merge.value_unknown"),
    "time": ("UPDATE turnout_tallies SET at = 'yesterday'", "merge.value_not_time"),
    "ends before": ("UPDATE obstructions SET ended_at = '2000-01-01T00:00:00+00:00'", "merge.ends_before_start"),
    "version": ("UPDATE turnout_tallies SET version = 9223372036854775807", "merge.value_out_of_range"),
    "deleted": ("UPDATE turnout_tallies SET deleted = 7", "merge.value_out_of_range"),
    "voters": ("UPDATE stations SET registered_voters = 1000000000000000000", "merge.value_out_of_range"),
    "percent": ("INSERT INTO turnout_announcements (id, created_at, updated_at, station_id, observer_id, at, "
                "percent) SELECT 'ann', created_at, updated_at, station_id, observer_id, created_at, 1e300 "
                "FROM protocols", "merge.value_out_of_range"),
    "station id": ("UPDATE stations SET code = 'ALA-999' WHERE code = 'ALA-104'", "merge.station_id_mismatch"),
    "photo bytes": ("UPDATE photos SET data = x'00'", "merge.photo_mismatch"),
    "station code": ("UPDATE stations SET code = 'ALA-104' || char(10) WHERE code = 'ALA-104'",
                     "station.code_control_character"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_signed_bundle_with_a_bad_value_is_rejected_whole(case, observers, coordinator, ca, tmp_path):
    honest, bad = observers("Honest"), observers("Bad", station="ALA-104")
    honest.protocol(**GOOD)
    bad.protocol(**GOOD)
    bad.store.add_tally(bad.station.id)
    removal = bad.store.start_obstruction(bad.station.id, "removed")
    bad.store.end_obstruction(removal)
    picture = tmp_path / "p.jpg"
    picture.write_bytes(b"a photo")
    bad.store.attach_photo(removal, picture)
    sql, code = BAD_VALUES[case]
    bad.craft(sql)
    with coordinator() as coord:
        result = merge_bundles(coord, [bad.export(), honest.export()], trust_of(ca), workers=1)
        (rejected,) = result.rejected
        reason = rejected.reasons[-1]
        assert reason.code == "merge.bad_record", str(reason)
        assert reason.params["problem"].code == code
        assert [r.code for r in build(coord)[1]] == ["ALA-101"]  # the report works, without it
        assert coord.db.execute("SELECT observer_id FROM protocols").fetchall() == [(honest.id,)]


# --- 5. Order-independence under conflicts ----------------------------------------------------------

def test_any_order_of_conflicting_bundles_gives_the_same_database(observers, coordinator, ca, tmp_path):
    """Eight bundles with every kind of conflict, merged one by one in 24 generated orders (and
    all at once with two workers): the same tables and the same report bytes, never a
    constraint error."""
    a, b, c, d = observers("A"), observers("B"), observers("C"), observers("D", station="ALA-104")
    a.protocol(**GOOD)
    a.store.add_tally(a.station.id)
    a1 = a.export()
    a.protocol(**GOOD | {"ppk": 161, "valid": 1690, "in_boxes": 1721})
    a2 = a.export()
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    laptop = tmp_path / "a-laptop2.sqlite"
    shutil.copy(a.store.path, laptop)
    with Store.open(laptop) as copy:  # the same version, other values: diverged
        copy.db.execute("UPDATE protocols SET values_json = ? WHERE observer_id = ?",
                        [json.dumps(GOOD | {"auyl": 99, "valid": 1679, "in_boxes": 1710}, sort_keys=True), a.id])
        a3 = tmp_path / "a3.obsx"
        export_bundle(copy, a3, a.identity)
    b.protocol(**GOOD)
    b1 = b.export()
    b.craft(("UPDATE protocols SET version = 50, values_json = ?", [json.dumps(GOOD | {"adal": 1}, sort_keys=True)]))
    forged = b.export(b.self_signed())  # a higher version, self-signed: merged without --trust
    c.craft(("INSERT INTO protocols (id, created_at, updated_at, version, deleted, station_id, observer_id, "
             "values_json, source, status, as_on_official_copy, recorded_at) VALUES (?, ?, ?, 1, 0, ?, ?, ?, "
             "'certified_copy', 'final', 0, ?)",
             [b.store.protocol(b.station.id).id, NOW, NOW, c.station.id, c.id, json.dumps(GOOD), NOW]))
    c1 = c.export()
    d.protocol(**GOOD)
    d1 = d.export()
    d.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    laptop = tmp_path / "d-laptop2.sqlite"
    shutil.copy(d.store.path, laptop)
    with Store.open(laptop) as copy:  # a second protocol of D for the same station
        copy.db.execute("DELETE FROM protocols")
        copy.save_protocol(d.station.id, values=GOOD | {"adal": 214, "valid": 1690, "in_boxes": 1721})
        d2 = tmp_path / "d2.obsx"
        export_bundle(copy, d2, d.identity)
    bundles = [a1, a2, a3, b1, forged, c1, d1, d2]
    orders = list(itertools.islice(itertools.permutations(bundles), 0, 40320, 1680))
    random.Random(11).shuffle(orders)
    assert len(orders) == 24
    seen = set()
    first = None
    for i, order in enumerate(orders):
        with coordinator(f"order{i}.sqlite") as coord:
            for bundle in order:
                result = merge_bundles(coord, [bundle], None if bundle == forged else trust_of(ca), workers=1)
                assert result.rejected == [], result.rejected[0].reasons
            state = (tables(coord), report(coord))
            first = first or state
            assert state == first, f"order {i} differs"
            seen.add(json.dumps(state, default=str))
    with coordinator("together.sqlite") as coord:
        result = merge_bundles(coord, [x for x in bundles if x != forged], trust_of(ca), workers=2)
        merge_bundles(coord, [forged], None, workers=1)
        assert result.rejected == []
        assert (tables(coord), report(coord)) == first
    kinds = sorted({row[3] for row in first[0]["conflict_records"]})
    assert kinds == ["diverged", "id_collision", "second_protocol", "unverified"]
