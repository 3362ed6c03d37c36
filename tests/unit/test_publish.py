"""`publish`: the coordinator's results as a new, redacted SQLite file for Datasette (issue 14).

The redaction is tested as a journalist's reader would break it: every name, contact and witness
string of the working database is searched for in the published file's bytes."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from observer_app.cli import main
from observer_app.domain.template import load_template
from observer_app.merge import merge_bundles
from observer_app.publish import publish
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.merge.helpers import GOOD, Observer, trust_of

CONTACTS = ("+7 701 555 0142", "aigerim@example.org", "+7 777 900 1122")
WITNESS = "Gulnara Abenova, +7 705 333 4455"
NAMES = ("Aigerim Bekova", "Dana Sadykova")
OFFICIAL = "S. Nurlanov"  # the commission chair who ordered the removal: acting in office


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    from observer_app.identity import create_ca

    return create_ca(tmp_path_factory.mktemp("ca") / "org", "ca-pass", name="Erkindik Kanaty CA",
                     org="Erkindik Kanaty")


def _world(root, ca):
    """Two verified observers at ALA-101 (they disagree on Nur Otan), one at ALA-104 removed from
    the station, texts that name people, a photo, and official results that differ at ALA-104."""
    aigerim = Observer(root / "a", NAMES[0], ca)
    aigerim.store.update_observer(contact=f"{CONTACTS[0]}, {CONTACTS[1]}")
    aigerim.protocol(**GOOD)
    incident = aigerim.store.add_incident(
        aigerim.station.id, "carousel", description="A minibus brought 15 voters; Dana Sadykova saw it too, "
                                                    "and so did Gulnara Abenova. Sadykova took the number plate.")
    photo = root / "plate.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the minibus " * 20)
    aigerim.store.attach_photo(incident, photo)
    dana = Observer(root / "d", NAMES[1], ca)
    dana.store.update_observer(contact=CONTACTS[2])
    dana.protocol(**GOOD | {"nur_otan": 1141, "valid": 1780, "in_boxes": 1811})
    yerlan = Observer(root / "y", "Yerlan Omarov", ca, station="ALA-104")
    yerlan.protocol(**GOOD)
    yerlan.store.start_obstruction(yerlan.station.id, "removed", ordered_by=OFFICIAL,
                                   ordered_by_position="Commission chair", witnesses=WITNESS,
                                   stated_reason="Omarov stood too close to the ballot box",
                                   notes="Called the lawyer, Mr Abenov, at 12:15")
    coord = root / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
        merge_bundles(store, [o.export() for o in (aigerim, dana, yerlan)], trust_of(ca), workers=1)
        store.import_official([(aigerim.station.id, GOOD), (yerlan.station.id, GOOD | {"nur_otan": 1241,
                               "valid": 1880, "in_boxes": 1911, "issued": 1913, "cancelled": 857})], "cec.csv")
    for o in (aigerim, dana, yerlan):
        o.store.close()
    return coord


@pytest.fixture(scope="module")
def world(tmp_path_factory, ca):
    return _world(tmp_path_factory.mktemp("publish"), ca)


@pytest.fixture(scope="module")
def published(world, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "public.sqlite"
    with Store.open(world, kind="coordinator") as store:
        done = publish(store, out)
    return done


def rows(path, sql, *args):
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(sql, args)]


def test_no_name_contact_or_witness_of_the_working_database_is_anywhere_in_the_published_bytes(published, world):
    data = published.path.read_bytes() + published.metadata_path.read_bytes()
    secrets = [*NAMES, *NAMES[0].split(), *NAMES[1].split(), *CONTACTS, WITNESS, "Gulnara Abenova",
               "+7 705 333 4455", "Omarov", "Yerlan Omarov", "Abenov"]
    assert [s for s in secrets if s.encode("utf-8") in data] == []
    # the working database does hold them (the test would pass on an empty file otherwise)
    wal = world.with_name(world.name + "-wal")
    working = world.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert all(s.encode("utf-8") in working for s in (NAMES[0], CONTACTS[2]))
    assert b"\xff\xd8\xff\xe0 a photo" not in data  # the photo's bytes stay out, its SHA-256 in
    assert OFFICIAL.encode() in data and b"Commission chair" in data
    assert published.left_out == ["names found in kept texts, withheld: 4", "observer contacts: 2",
                                  "observer names: 3", "obstruction notes: 1", "photos (their SHA-256 kept): 1",
                                  "witness lists: 1"]


def test_kept_texts_say_what_happened_with_the_names_withheld(published):
    [incident] = rows(published.path, "SELECT * FROM incidents")
    assert incident["description"] == ("A minibus brought 15 voters; [withheld] saw it too, and so did [withheld]. "
                                       "[withheld] took the number plate.")
    assert incident["observer"] in ("Observer 1", "Observer 2", "Observer 3")
    [removal] = rows(published.path, "SELECT * FROM obstructions")
    assert (removal["station_code"], removal["kind"], removal["ordered_by"], removal["stated_reason"]) == (
        "ALA-104", "removed", OFFICIAL, "[withheld] stood too close to the ballot box")
    assert "witnesses" not in removal and "notes" not in removal
    assert removal["verified"] == 1  # whether it counts: at a verified station only verified ones do
    [photo] = rows(published.path, "SELECT * FROM photos")
    assert (photo["of"], photo["record_id"], len(photo["sha256"])) == ("incident", incident["id"], 64)
    assert "data" not in photo


def test_the_tables_join_by_station_code_and_compare_like_with_like(published):
    path = published.path
    with sqlite3.connect(path) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"stations", "station_results", "station_comparison", "obstructions", "incidents", "photos",
                "analysis", "columns", "incidents_fts"} <= tables
        for table in ("station_results", "station_comparison", "obstructions", "incidents", "photos"):
            keys = [(row[2], row[3], row[4]) for row in db.execute(f"PRAGMA foreign_key_list([{table}])")]
            assert keys == [("stations", "station_code", "code")], table
            indexed = {row[1] for row in db.execute(f"PRAGMA index_list([{table}])")}
            assert indexed, table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    by_code = {r["station_code"]: r for r in rows(path, "SELECT * FROM station_comparison")}
    ala101, ala104 = by_code["ALA-101"], by_code["ALA-104"]
    # observers disagree at ALA-101: the consolidated Nur Otan is unknown, so is the difference
    assert (ala101["official_nur_otan"], ala101["observed_nur_otan"], ala101["difference_nur_otan"]) == (
        GOOD["nur_otan"], None, None)
    assert (ala101["paired"], ala101["differs"], "conflict" in ala101["flags"]) == (1, 0, True)
    # ALA-104: the observer was removed, so the station is not paired, and the difference is kept
    assert (ala104["observers_removed"], ala104["paired"], ala104["difference_nur_otan"]) == (1, 0, 200)
    assert ala104["turnout_official"] == pytest.approx(1913 / GOOD["registered"])
    results = rows(path, "SELECT source, signer, verified, nur_otan FROM station_results WHERE station_code = "
                         "'ALA-101' ORDER BY source, signer")
    assert [(r["source"], r["verified"], r["nur_otan"]) for r in results] == [
        ("consolidated", 1, None), ("observer", 1, 1041), ("observer", 1, 1141), ("official", None, 1041)]
    assert sorted(r["signer"] for r in results if r["source"] == "observer") == ["Observer 1", "Observer 2"]
    columns = {r["code"]: r for r in rows(path, "SELECT * FROM columns")}
    assert (columns["issued"]["line"], columns["nur_otan"]["kind"]) == ("3", "contestant")
    assert columns["nur_otan"]["ru"] and columns["nur_otan"]["kk"]
    analysis = {(r["section"], r["figure"], r["contestant"]): r for r in rows(path, "SELECT * FROM analysis")}
    assert analysis[("compare", "turnout_official", "")]["stations"] == 1  # ALA-101 only: ALA-104 excluded
    assert analysis[("compare", "excluded_removed", "")]["value"] == 1


def test_pseudonyms_stay_with_their_observers_from_one_publication_to_the_next(world, ca, tmp_path):
    import shutil

    coord = tmp_path / "coordinator.sqlite"
    shutil.copyfile(world, coord)
    for suffix in ("-wal", "-shm"):
        if world.with_name(world.name + suffix).exists():
            shutil.copyfile(world.with_name(world.name + suffix), coord.with_name(coord.name + suffix))
    with Store.open(coord, kind="coordinator") as store:
        before = publish(store, tmp_path / "one.sqlite")
        late = Observer(tmp_path / "late", "Saule Tulegenova", ca, station="NQZ-014")
        late.protocol(**GOOD)
        merge_bundles(store, [late.export()], trust_of(ca), workers=1)
        after = publish(store, tmp_path / "two.sqlite")
        late.store.close()
    query = "SELECT station_code, signer FROM station_results WHERE source = 'observer' ORDER BY 1, 2"
    old = rows(before.path, query)
    new = rows(after.path, query)
    assert old == [r for r in new if r["station_code"] != "NQZ-014"]
    assert [r["signer"] for r in new if r["station_code"] == "NQZ-014"] == ["Observer 4"]


def test_with_names_and_photos_the_rest_comes_back_but_never_a_contact(world, tmp_path):
    with Store.open(world, kind="coordinator") as store:
        done = publish(store, tmp_path / "named.sqlite", with_names=True, with_photos=True)
    data = done.path.read_bytes()
    assert NAMES[0].encode() in data and b"Gulnara Abenova, [withheld]" in data and b"Mr Abenov" in data
    assert b"\xff\xd8\xff\xe0 a photo" in data
    # contacts never: the observers' and the witness's phone number alike
    assert [c for c in (*CONTACTS, "+7 705 333 4455") if c.encode() in data] == []
    signers = {r["signer"] for r in rows(done.path, "SELECT signer FROM station_results WHERE source = 'observer'")}
    assert signers == {*NAMES, "Yerlan Omarov"}


def test_the_cli_refuses_to_replace_an_input_or_an_existing_file_and_says_what_it_left_out(world, tmp_path, capsys):
    out = tmp_path / "public.sqlite"
    assert main(["publish", "--db", str(world), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Left out: names found in kept texts, withheld: 4; observer contacts: 2; observer names: 3" in text
    assert f"datasette {out} -m {tmp_path / 'public.metadata.json'}" in text
    before = out.read_bytes()
    assert main(["publish", "--db", str(world), "--out", str(out)]) == 1
    assert "already exists; give --force" in capsys.readouterr().err
    assert main(["publish", "--db", str(world), "--out", str(world), "--force"]) == 1
    assert "is a file this command reads" in capsys.readouterr().err
    bad = tmp_path / "sample.csv"
    bad.write_text("station_code,stratum,weight\nALA-101,A,0\n", encoding="utf-8")
    assert main(["publish", "--db", str(world), "--out", str(out), "--force", "--sample", str(bad)]) == 1
    assert "is not a number from 1" in capsys.readouterr().err
    assert out.read_bytes() == before  # the earlier file as it was, no temporary left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public.metadata.json", "public.sqlite", "sample.csv"]


def test_with_a_sample_the_stations_say_their_stratum_and_the_analysis_has_the_pvt(world, tmp_path):
    sample = tmp_path / "sample.csv"
    sample.write_text("station_code,stratum,weight\nALA-101,Almaty,12\nALA-104,Almaty,12\n", encoding="utf-8")
    with Store.open(world, kind="coordinator") as store:
        done = publish(store, tmp_path / "p.sqlite", sample_path=str(sample))
    stations = {r["code"]: r for r in rows(done.path, "SELECT * FROM stations")}
    assert (stations["ALA-101"]["sampled"], stations["ALA-101"]["stratum"], stations["ALA-139"]["sampled"]) == (
        1, "Almaty", 0)
    figures = {r["figure"] for r in rows(done.path, "SELECT figure FROM analysis WHERE section = 'pvt'")}
    assert {"reported", "turnout_estimate", "turnout_official"} <= figures


def test_datasette_serves_the_publication_with_its_facets_and_canned_queries(published):
    """A real Datasette (its Python API, as `datasette PUBLIC.sqlite -m PUBLIC.metadata.json`
    would) reads the comparison, a facet on region and a canned query."""
    from datasette.app import Datasette

    meta = json.loads(published.metadata_path.read_text(encoding="utf-8"))
    with sqlite3.connect(published.path) as db:
        for table, about in meta["databases"][published.path.stem]["tables"].items():
            have = {row[1] for row in db.execute(f"PRAGMA table_info([{table}])")}
            assert set(about["columns"]) <= have, table  # only a table's own columns are described
            assert set(about.get("facets", [])) <= have, table

    async def read():
        ds = Datasette([str(published.path)], metadata=meta)
        await ds.invoke_startup()
        name = published.path.stem
        got = {}
        for key, url in (("rows", f"/{name}/station_comparison.json?_shape=array"),
                         ("facet", f"/{name}/station_comparison.json?_facet=region"),
                         ("query", f"/{name}/official_differs.json?_shape=array"),
                         ("search", f"/{name}/incidents.json?_search=minibus&_shape=array"),
                         ("table", f"/{name}/station_comparison")):
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:200])
            got[key] = response.text if key == "table" else response.json()
        return got

    got = asyncio.run(read())
    assert [r["station_code"] for r in got["rows"]] == ["ALA-101", "ALA-104"]
    facet = got["facet"]["facet_results"]["region"]["results"]
    assert [(f["value"], f["count"]) for f in facet] == [("г. Алматы", 2)]
    assert [r["station_code"] for r in got["query"]] == ["ALA-104"]
    assert len(got["search"]) == 1
    assert "One row per station: the official figures" in got["table"]  # the table's description shows
