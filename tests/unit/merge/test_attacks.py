"""Attacks on the merge's guarantees (issue 11, from a hostile review): each test is what a
hostile observer or a careless coordinator did, and asserts that the honest evidence holds.
The "Was:" notes say what the attack achieved before it was fixed.

Databases are crafted with sqlite3 as their owner could, signed with real identities (the
helpers' Observer, a CA or a self-signed identity), merged into coordinator databases and
compared.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from observer_app.bundle import export_bundle
from observer_app.csvio import read_results
from observer_app.domain.template import load_template, station_id
from observer_app.merge import merge_bundles, withdraw_bundle
from observer_app.report import build, csv_text
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.merge.helpers import GOOD, bundle_id, sign_database, trust_of

NOW = "2021-01-10T15:00:00.000+00:00"
KZ = "kz-2021-majilis"

# Columns a coordinator writes when it handles a bundle, not what the bundles say.
MERGE_TIME = {"bundles": {"merged_at", "first_seen_at", "file_name"},
              "election": {"created_at", "updated_at"}}
COMPARED = ("election", "observers", "stations", "visits", "protocols", "obstructions",
            "turnout_tallies", "turnout_announcements", "incidents", "photos", "conflict_records",
            "carried_observers", "carried_stations", "carried_visits", "carried_protocols",
            "carried_obstructions", "carried_turnout_tallies", "carried_turnout_announcements",
            "carried_incidents", "carried_photos", "official_results")


def tables(store, skip=()) -> dict[str, list[tuple]]:
    """Every table a merge writes (bundles aside), merge-time columns aside, as sorted rows."""
    found = {}
    for table in COMPARED:
        if table in skip:
            continue
        cursor = store.db.execute(f"SELECT * FROM [{table}]")
        names = [d[0] for d in cursor.description]
        drop = MERGE_TIME.get(table, set())
        if table == "official_results":
            drop = {"id", "created_at", "updated_at"}
        keep = [i for i, n in enumerate(names) if n not in drop]
        found[table] = sorted((tuple(row[i] for i in keep) for row in cursor.fetchall()), key=repr)
    return found


def report(store) -> str:
    template, reports = build(store)
    return csv_text(template, reports)


def sha(path) -> str:
    return bundle_id(path)


def rezip(src: Path, out: Path, *, comment: bytes = b"", level: int | None = None) -> Path:
    """The same signed bundle (the same four members, byte for byte) in another zip: what any
    courier, mail gateway or file-sync tool may do to a file."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            new.external_attr = info.external_attr
            new.compress_type = zipfile.ZIP_DEFLATED if level is not None else info.compress_type
            zout.writestr(new, data, compresslevel=level)
        zout.comment = comment
    return out


PROTOCOL_COLUMNS = ("id, created_at, updated_at, version, deleted, station_id, observer_id, values_json, "
                    "source, status, as_on_official_copy, recorded_at")


def protocol_row(pid, station, observer, values=None, version=1, deleted=0):
    return (f"INSERT INTO protocols ({PROTOCOL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'certified_copy', "
            "'final', 0, ?)", [pid, NOW, NOW, version, deleted, station, observer,
                               json.dumps(values if values is not None else GOOD, sort_keys=True), NOW])


def sid(code: str) -> str:
    return station_id(KZ, code)


# --- 1. A bundle is known by what its signer signed, not by its zip's bytes ---------------------

def test_a_withdrawn_bundle_comes_back_when_its_zip_is_repacked(observers, coordinator, ca, tmp_path):
    """The coordinator withdraws B's bundle (signed under duress). The very same signed bundle
    (same data.sqlite, manifest, certificate and signature) arrives again, repacked by a mail
    gateway (a zip comment): README: "merging the file again does not bring it back"."""
    a, b = observers("A"), observers("B", station="ALA-104")
    a.protocol(**GOOD)
    b.protocol(**GOOD | {"nur_otan": 1, "valid": 640, "in_boxes": 671})
    honest, duress = a.export(), b.export()
    repacked = rezip(duress, tmp_path / "duress-from-mail.obsx", comment=b"scanned by MailGuard")
    with coordinator("c.sqlite") as coord, coordinator("without.sqlite") as without:
        merge_bundles(coord, [honest, duress], trust_of(ca), workers=1)
        withdraw_bundle(coord, sha(duress), "signed under duress")
        again = merge_bundles(coord, [repacked], trust_of(ca), workers=1)
        merge_bundles(without, [honest], trust_of(ca), workers=1)
        assert [c.reasons[-1].code for c in again.rejected] == ["merge.withdrawn"], \
            "the withdrawn bundle's signed content was merged again"
        assert report(coord) == report(without)


def test_a_tampered_copy_of_a_merged_bundle_cannot_take_it_out(observers, coordinator, ca, tmp_path):
    """The genuine bundle is merged; a copy with its signed manifest and another database
    arrives (a --trust run rejects what does not verify): it is rejected under its own id and the
    genuine bundle stays merged, its evidence unchanged."""
    a = observers("A")
    a.protocol(**GOOD)
    honest = a.export()
    with zipfile.ZipFile(honest) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    data = bytearray(members["data.sqlite"])
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.obsx"
    with zipfile.ZipFile(tampered, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, bytes(data) if name == "data.sqlite" else blob)
    with coordinator("c.sqlite") as coord:
        merge_bundles(coord, [honest], trust_of(ca), workers=1)
        before = report(coord)
        again = merge_bundles(coord, [tampered], trust_of(ca), workers=1)
        assert [c.reasons[0].code for c in again.rejected] == ["bundle.data_changed"]
        statuses = dict(coord.db.conn.execute("SELECT sha256, status FROM bundles"))
        assert statuses == {sha(honest): "merged", hashlib.sha256(tampered.read_bytes()).hexdigest(): "rejected"}
        assert report(coord) == before


def test_one_signed_bundle_repacked_counts_once_for_station_attributes(observers, coordinator, ca, tmp_path):
    """No election file loaded: two honest observers give ALA-104 its 1,873 voters; one hostile
    observer's single signed export says 999,999, and is sent three times, repacked. One signed
    bundle outvotes two observers."""
    people = [observers(n, station="ALA-104") for n in ("A", "B", "H")]
    for o in people:
        o.protocol(**GOOD)
    hostile = people[2]
    hostile.craft(("UPDATE stations SET registered_voters = 999999 WHERE id = ?", [hostile.station.id]))
    bundles = [o.export() for o in people]
    copies = [rezip(bundles[2], tmp_path / f"h-copy{i}.obsx", comment=str(i).encode()) for i in range(2)]
    with coordinator() as coord:
        merge_bundles(coord, bundles + copies, trust_of(ca), workers=1)
        assert coord.station_by_code("ALA-104").registered_voters == people[0].station.registered_voters


def test_one_observer_exporting_three_times_is_one_voice_for_station_attributes(observers, coordinator, ca):
    """The same hostile observer exports three times (a voter more each time: three bundles,
    three ids): still one observer against two for ALA-104's voter count."""
    people = [observers(n, station="ALA-104") for n in ("A", "B", "H")]
    for o in people:
        o.protocol(**GOOD)
    hostile = people[2]
    hostile.craft(("UPDATE stations SET registered_voters = 999999 WHERE id = ?", [hostile.station.id]))
    bundles = [o.export() for o in people[:2]]
    for _ in range(3):
        hostile.store.add_tally(hostile.station.id)
        bundles.append(hostile.export())
    assert len({sha(b) for b in bundles}) == 5
    with coordinator() as coord:
        merge_bundles(coord, bundles, trust_of(ca), workers=1)
        assert coord.station_by_code("ALA-104").registered_voters == people[0].station.registered_voters


# --- 2. The snapshot's structure includes its keys: uniqueness and foreign keys are not the
#        signer's to drop --------------------------------------------------------------

DROP_UNIQUE = ("DROP INDEX idx_protocols_station_id_observer_id",
               "CREATE INDEX idx_protocols_station_id_observer_id ON protocols (station_id, observer_id)")


def craft_no_fk(path: Path, table: str) -> None:
    """Remakes `table` with the same columns (names, types, NOT NULL, key) but no REFERENCES
    clause: PRAGMA table_info, the verifier's view of its structure, is unchanged."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        indexes = [row[0] for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [table])]
        import re
        bare = re.sub(r'\s+REFERENCES\s+"\w+"\("\w+"\)', "", sql)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        conn.execute(f"ALTER TABLE [{table}] RENAME TO [old_{table}]")
        conn.execute(bare)
        conn.execute(f"INSERT INTO [{table}] SELECT * FROM [old_{table}]")
        conn.execute(f"DROP TABLE [old_{table}]")
        for index in indexes:
            conn.execute(index)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_two_protocols_for_one_station_in_one_signed_bundle_merge_alike_in_any_order(observers, coordinator, ca):
    """B's laptop, its unique index made an ordinary one (same name: the verifier compares index
    names), holds two protocols for ALA-101; B's other laptop's bundle has a third. The rules
    say: one kept, the others listed as second_protocol, whatever the order. Was: alone, or
    first, the bundle is rejected with SQLite's "UNIQUE constraint failed"; after the other one
    it merges."""
    b = observers("B")
    b.protocol(**GOOD)
    first = b.export()
    b.craft(*DROP_UNIQUE, protocol_row("ffffffff-0000-4000-8000-000000000002", b.station.id, b.id,
                                       GOOD | {"adal": 1, "valid": 1477, "in_boxes": 1508}))
    doubled = b.export()
    outcomes = []
    for i, order in enumerate(([first, doubled], [doubled, first])):
        with coordinator(f"c{i}.sqlite") as coord:
            rejected = []
            for bundle in order:
                result = merge_bundles(coord, [bundle], trust_of(ca), workers=1)
                rejected += [str(c.reasons[-1]) for c in result.rejected]
            assert not any("constraint" in r for r in rejected), rejected
            outcomes.append((rejected, tables(coord), report(coord)))
    assert outcomes[0] == outcomes[1]


def test_a_record_at_a_station_its_bundle_does_not_carry_cannot_block_a_withdrawal(
        observers, coordinator, ca, tmp_path, capsys):
    """C drops the foreign keys of its turnout_tallies table (table_info unchanged), deletes
    ALA-104 from its stations and counts a voter at ALA-104: its signed manifest lists ALA-101
    only, and the verifier's foreign_key_check has no key to check. ALA-104 came into the
    coordinator's database with D's bundle. The coordinator then withdraws D's bundle. Was:
    `bundles withdraw` dies on SQLite's FOREIGN KEY constraint ("unexpected error ...
    IntegrityError"), and D's bundle cannot be withdrawn at all."""
    from observer_app.cli import main

    c, d = observers("C"), observers("D", station="ALA-104")
    c.protocol(**GOOD)
    d.protocol(**GOOD)
    c.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    craft_no_fk(c.store.path, "turnout_tallies")
    c.craft(("INSERT INTO turnout_tallies (id, created_at, updated_at, version, deleted, station_id, observer_id, at) "
             "VALUES ('t-elsewhere', ?, ?, 1, 0, ?, ?, ?)", [NOW, NOW, d.station.id, c.id, NOW]),
            ("DELETE FROM stations WHERE id = ?", [d.station.id]))
    hostile = c.export()
    manifest = json.loads(zipfile.ZipFile(hostile).read("manifest.json"))
    assert manifest["stations"] == ["ALA-101"]
    d_bundle = d.export()
    with coordinator() as coord:
        result = merge_bundles(coord, [d_bundle, hostile], trust_of(ca), workers=1)
        path = coord.path
    merged_hostile = sha(hostile) in {x.sha256 for x in result.merged}
    # Either the hostile bundle is refused (its record names a station it does not carry),
    # or, merged, it cannot stop the coordinator from withdrawing D's bundle.
    if not merged_hostile:
        assert "constraint" not in str(result.rejected[0].reasons[-1])
        return
    capsys.readouterr()
    code = main(["bundles", "withdraw", sha(d_bundle), "--db", str(path), "--reason", "wrong laptop"])
    err = capsys.readouterr().err
    assert (code, "unexpected error" in err) == (0, False), err


# --- 3. What the app lets an observer save, the merge accepts; what the merge refuses, the app
#        does not sign -----------------------------------------------------------------------

@pytest.mark.parametrize("what", ["incident description", "observer contact"])
def test_what_the_observers_app_accepts_is_not_rejected_by_the_merge(what, observers, coordinator, ca):
    """Guarantee 4: the same checks at entry and at merge. The longest text a record keeps is
    saved, exported and merged; one character more is refused where it is typed, with a
    sentence, and nothing is stored."""
    from observer_app.domain.records import MAX_NAME, MAX_TEXT
    from observer_app.errors import InvalidValueError

    o = observers("O")
    o.protocol(**GOOD)
    if what == "incident description":
        incident = o.store.add_incident(o.station.id, "pressure", description="x" * MAX_TEXT)
        with pytest.raises(InvalidValueError, match="100001 characters long"):
            o.store.update(incident, description="x" * (MAX_TEXT + 1))
        assert o.store.incidents(o.station.id)[0].description == "x" * MAX_TEXT
    else:
        o.store.update_observer(contact="7" * MAX_NAME)
        with pytest.raises(InvalidValueError, match="1001 characters long"):
            o.store.update_observer(contact="7" * (MAX_NAME + 1))
        assert o.store.observer().contact == "7" * MAX_NAME
    bundle = o.export()
    with coordinator() as coord:
        result = merge_bundles(coord, [bundle], trust_of(ca), workers=1)
        assert result.rejected == [], str(result.rejected[0].reasons[-1])


def test_the_app_does_not_sign_a_bundle_the_merge_would_refuse(observers, tmp_path):
    """A value written behind the app's back (another SQLite tool, a damaged disk) that the
    merge refuses: the export says which record and leaves no file, rather than sign a bundle
    that every coordinator rejects whole."""
    from observer_app.bundle import export_bundle
    from observer_app.errors import ObserverAppError

    o = observers("O")
    o.protocol(**GOOD)
    o.store.add_incident(o.station.id, "pressure", description="seen")
    o.craft(("UPDATE incidents SET category = 'rumour'", []))
    out = tmp_path / "refused.obsx"
    with pytest.raises(ObserverAppError) as refused:
        export_bundle(o.store, out, o.identity)
    assert refused.value.code == "bundle.export_merge_would_refuse"
    assert "category" in str(refused.value) and "rumour" in str(refused.value)
    assert not out.exists() and list(tmp_path.glob("*.obsx*")) == []


# --- 4. A withdrawn bundle leaves no trace ------------------------------------------------------

def test_a_withdrawn_bundle_leaves_no_station_attributes_behind(observers, coordinator, ca, tmp_path):
    """No election file: H's bundle is the first to bring ALA-104 (its region rewritten); the
    coordinator imports the official results (they name ALA-104); H's bundle is withdrawn; an
    honest observer's bundle of ALA-104 arrives. As if H had never been merged, ALA-104 has the
    honest observer's attributes. Was: H's stay for good (the station became "loaded")."""
    h, a = observers("H", station="ALA-104"), observers("A", station="ALA-104")
    h.protocol(**GOOD)
    a.protocol(**GOOD)
    h.craft(("UPDATE stations SET region = 'Hostile region', registered_voters = 999999 WHERE id = ?",
             [h.station.id]))
    hostile, honest = h.export(), a.export()
    csv = tmp_path / "official.csv"
    csv.write_text("station_code,registered,nur_otan\nALA-104,2659,1000\n", encoding="utf-8")
    states = []
    for name, bundles in (("with.sqlite", [hostile]), ("without.sqlite", [])):
        with coordinator(name) as coord:
            if bundles:
                merge_bundles(coord, bundles, trust_of(ca), workers=1)
            merge_bundles(coord, [honest], trust_of(ca), workers=1)
            rows = read_results(csv, coord.template(), coord.station_ids_by_code())
            coord.import_official(rows, "official.csv")
            if bundles:
                withdraw_bundle(coord, sha(hostile), "fabricated")
            states.append((coord.station_by_code("ALA-104").region, report(coord)))
    # the order above (H first, A after): also official import before A
    with coordinator("order2.sqlite") as coord:
        merge_bundles(coord, [hostile], trust_of(ca), workers=1)
        rows = read_results(csv, coord.template(), coord.station_ids_by_code())
        coord.import_official(rows, "official.csv")
        withdraw_bundle(coord, sha(hostile), "fabricated")
        merge_bundles(coord, [honest], trust_of(ca), workers=1)
        states.append((coord.station_by_code("ALA-104").region, report(coord)))
    assert states[0] == states[1]
    assert states[2] == states[1], "H's withdrawn attributes stayed: " + states[2][0]


def test_election_load_after_a_merge_then_withdrawal_is_as_if_never_merged(observers, coordinator, ca):
    """A careless coordinator merges first and loads the election file after (README: "load
    them ... before or after merging, and no bundle can change them ... or change a version").
    Was: a station the bundle brought with another voter count is *updated* by the load
    (version 2), where loading first gives version 1; and withdrawing the bundle leaves it at 2."""
    h = observers("H", station="ALA-104")
    h.protocol(**GOOD)
    h.craft(("UPDATE stations SET registered_voters = 999999 WHERE id = ?", [h.station.id]))
    bundle = h.export()
    kz = load_template(KZ_FILE)
    query = "SELECT code, version, deleted, registered_voters FROM stations ORDER BY code"
    with coordinator("after.sqlite") as after, coordinator("first.sqlite") as first, \
            coordinator("alone.sqlite") as alone:
        merge_bundles(after, [bundle], trust_of(ca), workers=1)
        after.load_election(kz)
        first.load_election(kz)
        merge_bundles(first, [bundle], trust_of(ca), workers=1)
        merged = (after.db.execute(query).fetchall(), first.db.execute(query).fetchall())
        withdraw_bundle(after, sha(bundle), "wrong laptop")
        alone.load_election(kz)
        assert (after.db.execute(query).fetchall(), merged[0]) == (alone.db.execute(query).fetchall(), merged[1])


# --- 5. Bundles of schema 3 (still merged) are checked on their rows ---------------------------

def legacy_database(o, name: str, *statements) -> Path:
    """A schema-3 observer database of observer `o` (the schema the app wrote before 0004): its
    election, profile and stations copied from o's, then `statements` run by its owner."""
    from sqlite_utils import Database

    from observer_app.storage.schema import migrations

    path = o.folder / name
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="0004_signer_scope")
    o.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ATTACH DATABASE ? AS src", [str(o.store.path)])
    conn.execute("INSERT INTO election SELECT * FROM src.election")
    conn.execute("INSERT INTO observers SELECT * FROM src.observers")
    conn.execute("INSERT INTO stations SELECT * FROM src.stations")
    conn.execute("INSERT INTO settings SELECT * FROM src.settings WHERE key = 'observer_id'")
    conn.execute("DETACH DATABASE src")
    for statement in statements:
        sql, params = (statement, []) if isinstance(statement, str) else statement
        conn.execute(sql, params)
    assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.close()
    return path


LEGACY_PROTOCOLS_NO_KEYS = (
    "DROP TABLE protocols",
    "CREATE TABLE protocols (id TEXT, created_at TEXT, updated_at TEXT, version INTEGER, deleted INTEGER, "
    "station_id TEXT, observer_id TEXT, values_json TEXT, source TEXT, status TEXT, "
    "as_on_official_copy INTEGER, recorded_at TEXT, bundle_sha256 TEXT)")


def test_a_schema_3_bundle_with_one_record_id_twice_merges_alike_in_any_order(observers, coordinator, ca):
    """A schema-3 bundle (still merged) is checked for its tables' presence only: its protocols
    table, remade without a key, holds B's protocol id twice with two contents. The other order
    gives another outcome: alone or first, SQLite's "UNIQUE constraint failed"; after B's
    genuine bundle, it merges."""
    b = observers("B")
    b.protocol(**GOOD)
    genuine = b.export()
    pid = b.store.protocol(b.station.id).id
    legacy = legacy_database(b, "legacy.sqlite", *LEGACY_PROTOCOLS_NO_KEYS,
                             protocol_row(pid, b.station.id, b.id, GOOD, version=2),
                             protocol_row(pid, b.station.id, b.id, GOOD | {"adal": 1, "valid": 1477,
                                                                             "in_boxes": 1508}, version=2))
    crafted = sign_database(legacy, b.identity, b.id, b.folder / "legacy.obsx")
    outcomes = []
    for i, order in enumerate(([genuine, crafted], [crafted, genuine])):
        with coordinator(f"c{i}.sqlite") as coord:
            rejected = []
            for bundle in order:
                result = merge_bundles(coord, [bundle], trust_of(ca), workers=1)
                rejected += [str(c.reasons[-1]) for c in result.rejected]
            assert not any("constraint" in r for r in rejected), rejected
            outcomes.append((sorted(rejected), tables(coord), report(coord)))
    assert outcomes[0] == outcomes[1]


def test_a_schema_3_bundle_cannot_put_a_record_at_a_station_it_does_not_carry(observers, coordinator, ca):
    """A schema-3 protocols table without REFERENCES holds a protocol at ALA-104, a station the
    snapshot does not hold (its manifest lists none): with the election file loaded, it is
    merged, and B's protocol counts at ALA-104 although B's signed manifest never names it."""
    b = observers("B")
    legacy = legacy_database(b, "legacy.sqlite", *LEGACY_PROTOCOLS_NO_KEYS,
                             ("DELETE FROM stations WHERE id = ?", [sid("ALA-104")]),
                             protocol_row("p-elsewhere", sid("ALA-104"), b.id))
    crafted = sign_database(legacy, b.identity, b.id, b.folder / "legacy.obsx")
    assert json.loads(zipfile.ZipFile(crafted).read("manifest.json"))["stations"] == []
    with coordinator() as coord:
        coord.load_election(load_template(KZ_FILE))
        result = merge_bundles(coord, [crafted], trust_of(ca), workers=1)
        assert coord.db.execute("SELECT count(*) FROM protocols").fetchone() == (0,), \
            "a protocol at a station the signed manifest does not list was merged"
        assert len(result.rejected) == 1


# --- 6. Any order, any withdrawal: a crowd of conflicts ----------------------------------------

def _second_laptop(o, tmp_path, name):
    """A copy of o's database, as a second laptop of the same observer: a Store on it."""
    o.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / f"{name}.sqlite"
    shutil.copy(o.store.path, path)
    return Store.open(path)


@pytest.fixture
def crowd(observers, ca, tmp_path):
    """Bundles with every kind of conflict the rules know, and records that move, are deleted,
    collide and carry photos. Returns (bundles, the ones to merge without --trust)."""
    a, b, c, d, e = (observers("A"), observers("B"), observers("C"), observers("D", station="ALA-104"),
                     observers("E", station="ALA-104"))
    picture = tmp_path / "p.jpg"
    picture.write_bytes(b"\xff\xd8 evidence")
    # A: a protocol and a visit; a newer export moves the protocol to ALA-117 (a station A then
    # visits too); a second laptop, from the first export, keeps it at ALA-101, diverged.
    a.protocol(**GOOD)
    a.store.set_visit_time(a.station.id, "arrived_at", NOW)
    incident = a.store.add_incident(a.station.id, "carousel", description="buses")
    a.store.attach_photo(incident, picture)
    a1 = a.export()
    laptop = _second_laptop(a, tmp_path, "a-laptop2")
    pid = a.store.protocol(a.station.id).id
    a.craft(("UPDATE protocols SET station_id = ?, version = 3 WHERE id = ?", [sid("ALA-117"), pid]),
            ("UPDATE incidents SET deleted = 1, version = 2", []))
    a2 = a.export()
    laptop.save_protocol(a.station.id, values=GOOD | {"auyl": 99, "valid": 1679, "in_boxes": 1710})
    laptop.set_visit_time(a.station.id, "departed_at", "2021-01-10T20:00:00.000+00:00")
    laptop.db.execute("UPDATE protocols SET version = 3")  # diverged from a2's, at its version
    a3 = tmp_path / "a3.obsx"
    export_bundle(laptop, a3, a.identity)
    # A's third laptop: another protocol at ALA-101 (a second protocol once A's first moved back)
    third = _second_laptop(a, tmp_path, "a-laptop3")
    third.db.execute("DELETE FROM protocols")
    third.db.execute("DELETE FROM photos")
    third.db.execute("DELETE FROM incidents")
    third.save_protocol(a.station.id, values=GOOD | {"ppk": 161, "valid": 1690, "in_boxes": 1721})
    a4 = tmp_path / "a4.obsx"
    export_bundle(third, a4, a.identity)
    laptop.close()
    third.close()
    # B: genuine, and a self-signed forgery of B with a higher version and B's visit id
    b.protocol(**GOOD)
    b.store.set_visit_time(b.station.id, "arrived_at", NOW)
    b1 = b.export()
    b.craft(("UPDATE protocols SET version = 50, values_json = ?", [json.dumps(GOOD | {"adal": 1}, sort_keys=True)]),
            ("UPDATE visits SET version = 9, departed_at = ?", ["2021-01-10T09:00:00.000+00:00"]),
            ("UPDATE observers SET full_name = 'B (forged)', version = 40", []))
    forged = b.export(b.self_signed("B"))
    # C: a protocol with B's protocol id, and a photo with A's photo id
    c.craft(protocol_row(b.store.protocol(b.station.id).id, c.station.id, c.id))
    own = c.store.add_incident(c.station.id, "other")
    data = b"other bytes"
    c.craft(("INSERT INTO photos (id, created_at, updated_at, version, deleted, observer_id, owner_table, "
             "owner_id, filename, sha256, size, data) VALUES (?, ?, ?, 1, 0, ?, 'incidents', ?, 'x.jpg', ?, ?, ?)",
             [a.store.photos(incident)[0].id, NOW, NOW, c.id, own.id, hashlib.sha256(data).hexdigest(),
              len(data), data]))
    c1 = c.export()
    # D and E at ALA-104, which no file loads: E's list says another region; E's bundle is
    # exported twice (the second with a tally more)
    d.protocol(**GOOD)
    e.protocol(**GOOD | {"nur_otan": 1040, "valid": 1679, "in_boxes": 1710})
    e.craft(("UPDATE stations SET region = 'Elsewhere' WHERE id = ?", [e.station.id]))
    d1, e1 = d.export(), e.export()
    e.store.add_tally(e.station.id)
    e2 = e.export()
    return [a1, a2, a3, a4, b1, forged, c1, d1, e1, e2], {forged}


def _merge_each(coord, bundles, untrusted, ca):
    for bundle in bundles:
        result = merge_bundles(coord, [bundle], None if bundle in untrusted else trust_of(ca), workers=1)
        assert result.rejected == [], [str(r.reasons[-1]) for r in result.rejected]


def test_any_order_of_a_crowd_of_conflicts_gives_the_same_tables(crowd, coordinator, ca):
    bundles, untrusted = crowd
    orders = list(itertools.islice(itertools.permutations(bundles), 0, 3628800, 3628800 // 12))
    orders += [tuple(reversed(o)) for o in orders]
    first = None
    for i, order in enumerate(orders):
        with coordinator(f"o{i}.sqlite") as coord:
            _merge_each(coord, order, untrusted, ca)
            state = (tables(coord), report(coord))
        first = first or state
        assert state == first, f"order {i} differs"
    kinds = sorted({(row[0], row[3]) for row in first[0]["conflict_records"]})
    assert kinds == [("observers", "unverified"), ("photos", "id_collision"), ("protocols", "diverged"),
                     ("protocols", "id_collision"), ("protocols", "second_protocol"),
                     ("protocols", "unverified"), ("stations", "station_attributes"),
                     ("visits", "unverified")], kinds


def test_withdrawing_any_bundle_is_as_if_it_had_never_been_merged(crowd, coordinator, ca):
    bundles, untrusted = crowd
    problems = []
    for i, gone in enumerate(bundles):
        with coordinator(f"all{i}.sqlite") as coord, coordinator(f"rest{i}.sqlite") as rest:
            _merge_each(coord, bundles, untrusted, ca)
            withdraw_bundle(coord, sha(gone), "test")
            _merge_each(rest, [x for x in bundles if x != gone], untrusted, ca)
            got, want = (tables(coord), report(coord)), (tables(rest), report(rest))
            if got != want:
                diff = {t: (sorted(set(got[0][t]) - set(want[0][t]), key=repr),
                            sorted(set(want[0][t]) - set(got[0][t]), key=repr))
                        for t in got[0] if got[0][t] != want[0][t]}
                problems.append((gone.name, diff, got[1] == want[1]))
    assert problems == []


def test_withdrawing_bundles_in_any_order_is_as_if_they_had_never_been_merged(crowd, coordinator, ca):
    bundles, untrusted = crowd
    gone = [bundles[1], bundles[5], bundles[7], bundles[8]]  # a2, the forgery, D's, E's first
    with coordinator("rest.sqlite") as rest:
        _merge_each(rest, [x for x in bundles if x not in gone], untrusted, ca)
        want = (tables(rest), report(rest))
    for i, order in enumerate(itertools.permutations(gone)):
        if i % 4:
            continue
        with coordinator(f"w{i}.sqlite") as coord:
            _merge_each(coord, bundles, untrusted, ca)
            for x in order:
                withdraw_bundle(coord, sha(x), "test")
            assert (tables(coord), report(coord)) == want, f"withdrawal order {i}"


# --- 7. Two certificates for one observer id ----------------------------------------------------

@pytest.fixture
def genuine_and_forged(observers):
    """B's CA-issued bundle, and a self-signed one for B's observer id: a higher version of B's
    protocol, visit and profile, and an obstruction of its own."""
    b, other = observers("B"), observers("Other", station="ALA-104")
    b.protocol(**GOOD)
    b.store.set_visit_time(b.station.id, "arrived_at", NOW)
    other.protocol(**GOOD)
    genuine = b.export()
    b.craft(("UPDATE protocols SET version = 50, values_json = ?", [json.dumps(GOOD | {"adal": 1}, sort_keys=True)]),
            ("UPDATE visits SET version = 9, departed_at = ?", ["2021-01-10T09:00:00.000+00:00"]),
            ("UPDATE observers SET full_name = 'B (forged)', version = 40", []))
    b.store.start_obstruction(b.station.id, "removed")
    forged = b.export(b.self_signed("B"))
    return genuine, forged, other.export()


def test_two_certificates_of_one_observer_in_any_order_and_trust(genuine_and_forged, coordinator, ca):
    genuine, forged, other = genuine_and_forged
    T = trust_of(ca)
    both_ways = {  # the genuine bundle verified, the forgery merged without --trust
        "genuine first": [([other, genuine], T), ([forged], None)],
        "forgery first": [([forged], None), ([other, genuine], T)],
        "verified later": [([forged], None), ([genuine], None), ([other], T), ([genuine], T)],
        "all at once, then trust": [([other, forged, genuine], None), ([other, genuine], T)],
    }
    states = {}
    for i, (name, steps) in enumerate(both_ways.items()):
        with coordinator(f"b{i}.sqlite") as coord:
            for files, trust in steps:
                merge_bundles(coord, files, trust, workers=1)
            states[name] = (tables(coord), report(coord))
    first = states["genuine first"]
    assert {n: s == first for n, s in states.items()} == {n: True for n in states}
    kept = {  # only the genuine: the forgery withdrawn, or rejected by a later --trust
        "withdrawn": [([other, genuine], T), ([forged], None), "withdraw"],
        "rejected later": [([forged, other, genuine], None), ([forged, other, genuine], T)],
        "withdrawn before trust": [([forged, genuine], None), "withdraw", ([other, genuine], T)],
        "never": [([other, genuine], T)],
    }
    states = {}
    for i, (name, steps) in enumerate(kept.items()):
        with coordinator(f"k{i}.sqlite") as coord:
            for step in steps:
                if step == "withdraw":
                    withdraw_bundle(coord, sha(forged), "forged")
                else:
                    merge_bundles(coord, step[0], step[1], workers=1)
            states[name] = (tables(coord), report(coord))
    first = states["never"]
    assert {n: s == first for n, s in states.items()} == {n: True for n in states}


def test_withdrawing_the_genuine_bundle_leaves_the_forgery_alone_as_if_merged_alone(genuine_and_forged, coordinator, ca):
    genuine, forged, other = genuine_and_forged
    T = trust_of(ca)
    with coordinator("a.sqlite") as coord, coordinator("b.sqlite") as alone:
        merge_bundles(coord, [other, genuine], T, workers=1)
        merge_bundles(coord, [forged], None, workers=1)
        withdraw_bundle(coord, sha(genuine), "lost laptop")
        merge_bundles(alone, [other], T, workers=1)
        merge_bundles(alone, [forged], None, workers=1)
        assert (tables(coord), report(coord)) == (tables(alone), report(alone))


def test_a_later_trust_run_judges_the_bundles_it_is_given_and_marks_the_others_unverified(
        genuine_and_forged, coordinator, ca):
    """README: a --trust run judges the bundles it is given; one merged earlier without --trust
    and not given again stays, marked unverified wherever it shows (its records never beat a
    verified copy); given again with --trust, it is taken out."""
    genuine, forged, other = genuine_and_forged
    with coordinator() as coord:
        merge_bundles(coord, [forged], None, workers=1)
        merge_bundles(coord, [genuine, other], trust_of(ca), workers=1)
        _, reports = build(coord)
        rows = {(r.station_code, r.signer, r.verified) for rep in reports for r in rep.observers}
        assert rows == {("ALA-101", "B", 1), ("ALA-104", "Other", 1)}  # the genuine protocol kept
        assert [b.verified for b in coord.bundles() if b.sha256 == sha(forged)] == [False]
        again = merge_bundles(coord, [forged], trust_of(ca), workers=1)
        assert [c.sha256 for c in again.rejected] == [sha(forged)]
        _, reports = build(coord)
        assert {rep.code: dict(rep.obstructions) for rep in reports} == {"ALA-101": {}, "ALA-104": {}}


# --- 8. A coordinator database of schema 3, upgraded ------------------------------------------

def _schema_3_coordinator(path: Path):
    """A coordinator database as the schema-3 app left it after merging B's bundle (bundle_b)
    and a hostile H's (bundle_h). The schema-3 rules let a bundle's higher version win for shared
    rows, so H's station row (version 7, marked deleted, its region) and H's election row
    (version 7) are the kept ones; and H's photo with B's photo id lost to B's (listed)."""
    from sqlite_utils import Database

    from observer_app.storage.schema import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="0004_signer_scope")
    kz = json.loads(KZ_FILE.read_text(encoding="utf-8"))
    kz.pop("stations")
    b, h = "b" * 8 + "-0000-4000-8000-" + "b" * 12, "e" * 8 + "-0000-4000-8000-" + "e" * 12
    bundle_b, bundle_h = "1" * 64, "2" * 64
    s101 = sid("ALA-101")
    conn.execute("INSERT INTO election VALUES (?, ?, ?, 7, 0, '{}', '2021-01-10', ?, ?)",
                 [KZ, NOW, NOW, json.dumps(kz), bundle_h])
    conn.execute("INSERT INTO stations VALUES (?, ?, ?, 7, 1, ?, 'ALA-101', 'Hostile', '', '', 2720, ?)",
                 [s101, NOW, NOW, KZ, bundle_h])
    for who, bundle in ((b, bundle_b), (h, bundle_h)):
        conn.execute("INSERT INTO observers VALUES (?, ?, ?, 1, 0, ?, '', '', '', ?)", [who, NOW, NOW, who[:1], bundle])
        conn.execute("INSERT INTO bundles (sha256, file_name, status, observer_id, signer_name, verified, "
                     "election_id, manifest_json, merged_at) VALUES (?, ?, 'merged', ?, ?, 1, ?, ?, ?)",
                     [bundle, f"{who[:1]}.obsx", who, who[:1], KZ, json.dumps({"stations": ["ALA-101"]}), NOW])
    for who, bundle, iid in ((b, bundle_b, "inc-b"), (h, bundle_h, "inc-h")):
        conn.execute("INSERT INTO incidents VALUES (?, ?, ?, 1, 0, ?, ?, 'other', ?, '', ?)",
                     [iid, NOW, NOW, s101, who, NOW, bundle])
    data_b = data_h = b"B's photo"  # H attached B's picture (its bytes are known) to H's incident
    conn.execute("INSERT INTO photos VALUES ('photo-1', ?, ?, 1, 0, 'incidents', 'inc-b', 'b.jpg', ?, ?, ?, ?)",
                 [NOW, NOW, hashlib.sha256(data_b).hexdigest(), len(data_b), data_b, bundle_b])
    lost = {"id": "photo-1", "created_at": NOW, "updated_at": NOW, "version": 1, "deleted": 0,
            "owner_table": "incidents", "owner_id": "inc-h", "filename": "h.jpg",
            "sha256": hashlib.sha256(data_h).hexdigest(), "size": len(data_h)}
    conn.execute("INSERT INTO conflict_records VALUES ('photos', 'photo-1', ?, 'other_signer', 1, ?, ?, 'photo-1')",
                 [h, json.dumps(lost), bundle_h])
    conn.close()
    return b, h, bundle_b, bundle_h


def test_an_upgraded_schema_3_coordinator_keeps_no_version_or_deletion_a_bundle_set(tmp_path):
    from observer_app.merge import prepare

    path = tmp_path / "coord.sqlite"
    _schema_3_coordinator(path)
    with Store.open(path) as s:
        prepare(s)
        assert s.db.execute("SELECT code, version, deleted FROM stations").fetchall() == [("ALA-101", 1, 0)]
        assert s.db.execute("SELECT version, deleted FROM election").fetchall() == [(1, 0)]


def test_an_upgraded_schema_3_coordinator_gives_every_photo_its_signer(tmp_path):
    """H's photo (B's picture, B's photo id, on H's incident), listed by the schema-3 merge,
    becomes a copy with observer_id '' (its row names no observer: photos had none before
    schema 4, and the migration does not take its bundle's signer), so after the upgrade a
    photo of nobody is in the database, and withdrawing H's bundle cannot take it out."""
    from observer_app.merge import prepare

    path = tmp_path / "coord.sqlite"
    b, h, bundle_b, bundle_h = _schema_3_coordinator(path)
    with Store.open(path) as s:
        prepare(s)
        assert sorted(s.db.execute("SELECT observer_id, owner_id FROM photos").fetchall()) == [
            (b, "inc-b"), (h, "inc-h")]
        withdraw_bundle(s, bundle_h, "hostile")
        assert s.db.execute("SELECT observer_id, owner_id FROM photos").fetchall() == [(b, "inc-b")]


def test_the_pool_gives_the_same_tables_as_one_bundle_at_a_time(crowd, observers, coordinator, ca):
    """With two workers and enough files, a pool task hands the writer several bundles at once
    (Merger.merge_new): the same tables and report as merging them one by one."""
    bundles, untrusted = crowd
    plain = [o for o in (observers(f"P{i}", station=code) for i, code in
                         enumerate(["ALA-104", "ALA-117", "ALA-101", "NQZ-003", "NQZ-003", "ALA-104", "ALA-123"]))]
    for o in plain:
        o.protocol(**GOOD)
    extra = [o.export() for o in plain]
    trusted = [b for b in bundles if b not in untrusted] + extra
    with coordinator("one.sqlite") as one, coordinator("pool.sqlite") as pool:
        _merge_each(one, trusted + sorted(untrusted), untrusted, ca)
        result = merge_bundles(pool, trusted + trusted[:3], trust_of(ca), workers=2)
        assert result.rejected == []
        merge_bundles(pool, sorted(untrusted), None, workers=1)
        assert (tables(pool), report(pool)) == (tables(one), report(one))


# --- 9. Values at the edges (these held) --------------------------------------------------------

EDGE_VALUES = {
    # crafted SQL, (accepted?, what the coordinator keeps or the problem's code)
    "version as text": ("UPDATE protocols SET version = '3'", (True, 3)),
    "version as float": ("UPDATE protocols SET version = 3.0", (True, 3)),
    "version 2.5": ("UPDATE protocols SET version = 2.5", (False, "merge.value_not_whole")),
    "version -1": ("UPDATE protocols SET version = -1", (False, "merge.value_out_of_range")),
    "version 0": ("UPDATE protocols SET version = 0", (False, "merge.value_out_of_range")),
    "voters as text": ("UPDATE stations SET registered_voters = '2720'", (True, 1)),
    "voters as words": ("UPDATE stations SET registered_voters = 'many'", (False, "merge.value_not_whole")),
    "invalid utf-8": ("UPDATE incidents SET description = CAST(x'eda080' AS TEXT)", (False, "bundle.db_unreadable")),
    "ends before it starts (+14:00)": (
        "UPDATE obstructions SET started_at = '2021-01-10T05:00:00+00:00', ended_at = '2021-01-10T10:00:00+14:00'",
        (False, "merge.ends_before_start")),
    "ends after it starts (+14:00)": (
        "UPDATE obstructions SET started_at = '2021-01-10T10:00:00+14:00', ended_at = '2021-01-10T05:00:00+00:00'",
        (True, 1)),
    "naive ends before aware start": (
        "UPDATE obstructions SET started_at = '2021-01-10T10:00:00', ended_at = '2021-01-10T10:30:00+06:00'",
        (False, "merge.ends_before_start")),
    "NUL and a 100,000-character description": (
        "UPDATE incidents SET description = 'a' || char(0) || substr(hex(zeroblob(50000)), 1, 99998)",
        (True, 1)),
    "photo of another table's record": ("UPDATE photos SET owner_table = 'protocols'", (False, "merge.photo_no_owner")),
    "photo of another observer's incident": ("UPDATE photos SET owner_id = 'not-mine'", (False, "merge.photo_no_owner")),
}


@pytest.mark.parametrize("case", sorted(EDGE_VALUES))
def test_values_at_the_edges(case, observers, coordinator, ca, tmp_path):
    o = observers("O")
    o.protocol(**GOOD)
    removal = o.store.start_obstruction(o.station.id, "removed")
    o.store.end_obstruction(removal)
    incident = o.store.add_incident(o.station.id, "carousel", description="buses")
    picture = tmp_path / "p.jpg"
    picture.write_bytes(b"a photo")
    o.store.attach_photo(incident, picture)
    sql, (accepted, what) = EDGE_VALUES[case]
    o.craft(sql)
    with coordinator() as coord:
        result = merge_bundles(coord, [o.export()], trust_of(ca), workers=1)
        if accepted:
            assert result.rejected == [], str(result.rejected[0].reasons[-1])
            if case.startswith("version"):
                assert coord.db.execute("SELECT version, typeof(version) FROM protocols").fetchone() == (what, "integer")
            if case.startswith("voters"):
                assert coord.station_by_code("ALA-101").registered_voters == 2720
            if case.startswith("NUL"):
                (text,) = coord.db.execute("SELECT description FROM incidents").fetchone()
                assert text.startswith("a\x00") and len(text) == 100_000
                assert report(coord)
        else:
            (rejected,) = result.rejected
            reason = rejected.reasons[-1]
            assert what in (reason.code, getattr(reason.params.get("problem"), "code", None)), str(reason)
            assert coord.db.execute("SELECT count(*) FROM protocols").fetchone() == (0,)


# --- 10. The command line ---------------------------------------------------------------------

def test_the_merge_closing_line_never_counts_a_negative_number_of_conflicts(genuine_and_forged, ca, tmp_path, capsys):
    """The forgery merged without --trust is listed (3 conflicts: its protocol, visit, profile); the next run, with --trust,
    rejects it and its listed copies leave: the closing line says "Merged 0 bundles, 0 already
    merged, 1 rejected; -3 record variants kept as conflicts"."""
    from observer_app.cli import main

    genuine, forged, other = genuine_and_forged
    pem = tmp_path / "ca.pem"
    pem.write_bytes(trust_of(ca)[0])
    coord = tmp_path / "coord.sqlite"
    assert main(["merge", "--into", str(coord), str(genuine), "--trust", str(pem), "--workers", "1"]) == 0
    assert main(["merge", "--into", str(coord), str(forged), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["merge", "--into", str(coord), str(forged), "--trust", str(pem), "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert "; -" not in out, out


def test_the_same_bundle_renamed_is_already_merged(observers, coordinator, ca, tmp_path):
    o = observers("O")
    o.protocol(**GOOD)
    bundle = o.export()
    renamed = tmp_path / "renamed.obsx"
    shutil.copy(bundle, renamed)
    with coordinator() as coord:
        merge_bundles(coord, [bundle], trust_of(ca), workers=1)
        before = tables(coord), report(coord)
        result = merge_bundles(coord, [renamed, bundle], trust_of(ca), workers=1)
        assert (len(result.merged), len(result.already), len(result.rejected)) == (0, 2, 0)
        assert (tables(coord), report(coord)) == before
