"""Attacks on the publication's redaction (issue 14): a journalist's adversary who wants to
identify observers from the published file, and a hostile observer whose signed bundle tries to
break it. Every coordinator database here is built as tests/unit/test_publish.py builds its one:
observers with identities issued by the group's CA, whose bundles the coordinator merges."""

from __future__ import annotations

import sqlite3

import pytest

from observer_app.domain.template import load_template
from observer_app.merge import merge_bundles
from observer_app.publish import publish
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.merge.helpers import GOOD, Observer, trust_of

NAME = "Aigerim Bekova"
CONTACT = "+7 701 555 0142, aigerim.b@example.org"
WITNESS = "Gulnara Abenova"


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    from observer_app.identity import create_ca

    return create_ca(tmp_path_factory.mktemp("ca") / "org", "ca-pass", name="Erkindik Kanaty CA",
                     org="Erkindik Kanaty")


def coordinator(root, ca, *observers, official=True):
    """The coordinator's database with the observers' bundles merged (and the official results
    of their stations), the observers' laptops closed."""
    coord = root / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
        merge_bundles(store, [o.export() for o in observers], trust_of(ca), workers=1)
        if official:
            store.import_official([(sid, GOOD) for sid in dict.fromkeys(o.station.id for o in observers)], "cec.csv")
    for o in observers:
        o.store.close()
    return coord


def published(coord, out, **options):
    with Store.open(coord, kind="coordinator") as store:
        return publish(store, out, **options)


def texts(path, sql, *args):
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute(sql, args)]


def leaks(done, *secrets):
    """The secrets found in the published file's bytes and its metadata, in any case."""
    data = (done.path.read_bytes() + done.metadata_path.read_bytes()).decode("utf-8", "replace").casefold()
    return [s for s in secrets if s.casefold() in data]


# --- names in other forms ------------------------------------------------------------------------

FORMS = {
    "case": "AIGERIM BEKOVA was there",
    "cyrillic look-alikes": "\u0410igerim B\u0435kov\u0430 was there",  # А, е, а: Cyrillic
    "spaces": "Aigerim \u00a0  Bekova was there",
    "line break": "Aigerim\nBekova was there",
    "zero-width": "Bek\u200bova was there",
    "initial": "A. Bekova was there",
    "handle": "see t.me/bekova_aigerim and instagram.com/aigerim.bekova1990",
    "joined": "write to aigerimbekova@gmail.com",
    "fullwidth": "\uff22\uff45\uff4b\uff4f\uff56\uff41 was there",
}


@pytest.fixture(scope="module")
def forms_world(tmp_path_factory, ca):
    root = tmp_path_factory.mktemp("forms")
    aigerim = Observer(root / "a", NAME, ca)
    aigerim.store.update_observer(contact=CONTACT)
    aigerim.protocol(**GOOD)
    for form, text in FORMS.items():
        aigerim.store.add_incident(aigerim.station.id, "other", description=f"{form}: {text}.")
    aigerim.store.add_incident(aigerim.station.id, "other",
                               description="Call 8 (701) 555-01-42 or +7 (705) 333-44-55, or mail x.y@mail.kz.")
    return coordinator(root, ca, aigerim)


def test_a_name_in_another_form_is_withheld_too(forms_world, tmp_path):
    done = published(forms_world, tmp_path / "p.sqlite")
    described = {t.split(":")[0]: t for t in texts(done.path, "SELECT description FROM incidents")}
    kept = {form: described[form] for form in FORMS if "[withheld]" not in described[form]
            or any(part in described[form].casefold() for part in ("bekova", "aigerim", "bek\u200bova"))}
    assert kept == {}
    assert described["initial"] == "initial: A. [withheld] was there."
    assert leaks(done, "Bekova", "Aigerim", "bekova_aigerim", "aigerimbekova") == []


def test_phone_numbers_and_e_mail_addresses_in_kept_texts_are_withheld_with_names_or_not(forms_world, tmp_path):
    for with_names in (False, True):
        done = published(forms_world, tmp_path / f"p{with_names}.sqlite", with_names=with_names)
        [call] = [t for t in texts(done.path, "SELECT description FROM incidents") if t.startswith("Call")]
        assert call == "Call [withheld] or [withheld], or mail [withheld].", with_names
        assert leaks(done, "555-01-42", "333-44-55", "x.y@mail.kz", "555 0142", "aigerim.b@example.org") == []


def test_a_name_or_contact_an_observer_had_before_renaming_is_withheld_too(tmp_path, ca):
    """An observer renames themselves between two bundles and writes their old surname: the
    database keeps the first bundle's copy of them, and so does the redaction."""
    aigerim = Observer(tmp_path / "a", NAME, ca)
    aigerim.store.update_observer(contact="+7 701 555 0142")
    aigerim.protocol(**GOOD)
    first = aigerim.export()
    aigerim.store.update_observer(full_name="A. B.", contact="")
    aigerim.store.add_incident(aigerim.station.id, "other", description="Bekova saw it, call 701 555 0142")
    coord = tmp_path / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
        merge_bundles(store, [first, aigerim.export()], trust_of(ca), workers=1)
        assert store.db.execute("SELECT full_name FROM observers").fetchall() == [("A. B.",)]
    aigerim.store.close()
    done = published(coord, tmp_path / "p.sqlite")
    assert texts(done.path, "SELECT description FROM incidents") == ["[withheld] saw it, call [withheld]"]


def test_a_witness_s_surname_alone_and_a_witness_typed_as_the_official_are_withheld(tmp_path, ca):
    yerlan = Observer(tmp_path / "y", "Yerlan Omarov", ca, station="ALA-104")
    yerlan.protocol(**GOOD)
    yerlan.store.start_obstruction(yerlan.station.id, "removed", ordered_by="S. Nurlanov",
                                   ordered_by_position="Commission chair", witnesses=f"{WITNESS}; voters in the queue",
                                   stated_reason="Abenova complained about him")
    yerlan.store.start_obstruction(yerlan.station.id, "view_restricted", ordered_by=WITNESS.upper(),
                                   ordered_by_position="voter", stated_reason="")
    done = published(coordinator(tmp_path, ca, yerlan), tmp_path / "p.sqlite")
    got = texts(done.path, "SELECT ordered_by || ' | ' || ordered_by_position || ' | ' || stated_reason "
                           "FROM obstructions ORDER BY kind")
    assert got == ["S. Nurlanov | Commission chair | [withheld] complained about him", "[withheld] | voter | "]
    assert leaks(done, "Abenova", "Gulnara") == []


# --- a hostile observer's bundle -----------------------------------------------------------------

def test_a_record_id_is_published_as_an_opaque_one_not_as_the_text_the_bundle_gave(tmp_path, ca):
    """Record ids are the observer's own (any text of up to 100 characters a crafted bundle
    gives): the publication names records by a hash of who made them and their id instead."""
    aigerim = Observer(tmp_path / "a", NAME, ca)
    aigerim.protocol(**GOOD)
    incident = aigerim.store.add_incident(aigerim.station.id, "carousel", description="a minibus")
    photo = tmp_path / "bus.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 bus" * 10)
    aigerim.store.attach_photo(incident, photo)
    aigerim.store.start_obstruction(aigerim.station.id, "removed", ordered_by="S. Nurlanov")
    hostile = "Gulnara Abenova lives at Abai 12"
    aigerim.craft(("UPDATE incidents SET id = ?", [hostile]), ("UPDATE photos SET owner_id = ?", [hostile]),
                  ("UPDATE obstructions SET id = ?", [hostile + " 2"]), ("UPDATE photos SET id = ?", [hostile + " 3"]),
                  ("UPDATE obstructions SET witnesses = ?", [WITNESS]))
    done = published(coordinator(tmp_path, ca, aigerim), tmp_path / "p.sqlite")
    assert leaks(done, "Abenova", "Abai 12") == []
    [incident_id] = texts(done.path, "SELECT id FROM incidents")
    assert texts(done.path, "SELECT record_id FROM photos") == [incident_id]  # the photo still says whose it is
    again = published(tmp_path / "coordinator.sqlite", tmp_path / "q.sqlite")
    assert texts(again.path, "SELECT id FROM incidents") == [incident_id]  # the same from one publication to the next


def test_a_station_a_bundle_brought_has_its_address_scrubbed_a_loaded_one_is_the_file_s(tmp_path, ca):
    from observer_app.domain.template import StationSpec

    aigerim = Observer(tmp_path / "a", NAME, ca)
    aigerim.store.upsert_stations([StationSpec("ALA-999", "г. Алматы", "Bostandyk",
                                               "the flat of Aigerim Bekova, +7 701 555 0142")])
    aigerim.station = aigerim.store.station_by_code("ALA-999")
    aigerim.protocol(**GOOD)
    done = published(coordinator(tmp_path, ca, aigerim, official=False), tmp_path / "p.sqlite")
    addresses = dict(zip(texts(done.path, "SELECT code FROM stations"), texts(done.path, "SELECT address FROM stations")))
    assert addresses["ALA-999"] == "the flat of [withheld], [withheld]"
    assert addresses["ALA-101"]  # the election file's address, as it is
    assert leaks(done, "Bekova", "555 0142") == []


# --- the pseudonyms ------------------------------------------------------------------------------

def test_a_pseudonym_stays_when_an_earlier_observer_s_bundle_is_withdrawn_or_they_record_later(tmp_path, ca):
    """Observer numbers follow when the coordinator first saw each observer's bundle: one who
    leaves (a bundle withdrawn) or one who records nothing at first takes no number from another."""
    from tests.unit.merge.helpers import bundle_id
    from observer_app.merge import withdraw_bundle

    quiet = Observer(tmp_path / "q", "Quiet Observer", ca)
    quiet.store.set_visit_time(quiet.station.id, "arrived_at", "2026-03-15T07:40:00+05:00")
    early = Observer(tmp_path / "e", "Early Observer", ca, station="ALA-104")
    early.protocol(**GOOD)
    late = Observer(tmp_path / "l", "Late Observer", ca, station="NQZ-014")
    late.protocol(**GOOD)
    coord = tmp_path / "coordinator.sqlite"
    query = "SELECT station_code || ' ' || signer FROM station_results WHERE source = 'observer' ORDER BY 1"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
        for o in (quiet, early, late):
            merge_bundles(store, [o.export()], trust_of(ca), workers=1)
        first = texts(publish(store, tmp_path / "1.sqlite").path, query)
        withdraw_bundle(store, bundle_id(early.folder / "export-1.obsx"), "sent by mistake")
        second = texts(publish(store, tmp_path / "2.sqlite").path, query)
        quiet.protocol(**GOOD)
        merge_bundles(store, [quiet.export()], trust_of(ca), workers=1)
        third = texts(publish(store, tmp_path / "3.sqlite").path, query)
    for o in (quiet, early, late):
        o.store.close()
    assert [row for row in first if row.startswith("NQZ-014")] == ["NQZ-014 Observer 3"]
    assert [row for row in second if row.startswith("NQZ-014")] == ["NQZ-014 Observer 3"]
    assert third == ["ALA-101 Observer 1", "NQZ-014 Observer 3"]


# --- names that are hostile to a search ----------------------------------------------------------

def test_regex_hostile_short_and_common_word_names_withhold_the_name_and_break_nothing(tmp_path, ca):
    """"(", ".*" and "\\\\" are no names to find; "Li" is the whole name and withheld as a word
    (not inside "Lima"); "Adal" is a party's name too: withheld in texts (over-redaction, said
    in the output), while the party's columns keep theirs."""
    people = [Observer(tmp_path / f"o{i}", name, ca) for i, name in enumerate(("(", ".*", "\\", "Li", "Adal"))]
    for o in people:
        o.protocol(**GOOD)
    people[0].store.add_incident(people[0].station.id, "other",
                                 description="(a) the chair said .* and \\ then Li went to Lima; Adal won")
    done = published(coordinator(tmp_path, ca, *people), tmp_path / "p.sqlite")
    assert texts(done.path, "SELECT description FROM incidents") == [
        "(a) the chair said .* and \\ then [withheld] went to Lima; [withheld] won"]
    assert "adal" in texts(done.path, "SELECT code FROM columns")
    assert texts(done.path, "SELECT count(adal) FROM station_results") == [len(people) + 2]


def test_a_witness_list_of_100_000_characters_is_withheld_in_seconds(tmp_path, ca):
    import time

    yerlan = Observer(tmp_path / "y", "Yerlan Omarov", ca, station="ALA-104")
    yerlan.protocol(**GOOD)
    crowd = "; ".join(f"Witness{i} Person{i}" for i in range(5_000))[:100_000]
    yerlan.store.start_obstruction(yerlan.station.id, "removed", ordered_by="S. Nurlanov", witnesses=crowd)
    for i in range(200):
        yerlan.store.add_incident(yerlan.station.id, "other", description=f"Witness{i} Person{i} saw it. " * 50)
    coord = coordinator(tmp_path, ca, yerlan)
    started = time.perf_counter()
    done = published(coord, tmp_path / "p.sqlite")
    assert time.perf_counter() - started < 4  # 6 s with one regular expression of every secret
    assert set(texts(done.path, "SELECT description FROM incidents")) == {"[withheld] saw it. " * 50}


# --- empty databases and Datasette ---------------------------------------------------------------

def _datasette(done):
    """What a real Datasette answers for each table and canned query of the publication."""
    import asyncio
    import json

    from datasette.app import Datasette

    meta = json.loads(done.metadata_path.read_text(encoding="utf-8"))
    queries = list(meta["databases"][done.path.stem]["queries"])

    async def read():
        ds = Datasette([str(done.path)], metadata=meta)
        await ds.invoke_startup()
        got = {}
        for name in [*done.rows, *queries]:
            response = await ds.client.get(f"/{done.path.stem}/{name}.json?_shape=array")
            got[name] = (response.status_code, response.json() if response.status_code == 200 else response.text[:300])
        return got

    return asyncio.run(read())


def test_a_database_with_stations_but_no_bundle_nor_official_result_publishes_and_every_query_answers(tmp_path):
    coord = tmp_path / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
    done = published(coord, tmp_path / "p.sqlite")
    assert done.rows["stations"] > 0 and done.rows["station_results"] == 0
    got = _datasette(done)
    assert {name: status for name, (status, _) in got.items() if status != 200} == {}
    assert got["official_differs"][1] == [] and got["observers_removed"][1] == []


def test_a_database_with_no_election_is_refused_in_one_sentence(tmp_path, capsys):
    from observer_app.cli import main

    coord = tmp_path / "coordinator.sqlite"
    Store.open(coord, kind="coordinator").close()
    assert main(["publish", "--db", str(coord), "--out", str(tmp_path / "p.sqlite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("coordinator")) == []


def test_an_election_of_no_stations_publishes_empty_tables(tmp_path):
    import json

    template = json.loads(KZ_FILE.read_text(encoding="utf-8"))
    template["stations"] = []
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(template), encoding="utf-8")
    coord = tmp_path / "coordinator.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        store.load_election(load_template(bare))
    done = published(coord, tmp_path / "p.sqlite")
    assert done.rows["stations"] == 0
    assert {name: status for name, (status, _) in _datasette(done).items() if status != 200} == {}


# --- the output ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small(tmp_path_factory, ca):
    root = tmp_path_factory.mktemp("small")
    aigerim = Observer(root / "a", NAME, ca)
    aigerim.protocol(**GOOD)
    return coordinator(root, ca, aigerim)


def test_the_output_is_never_the_database_its_companions_or_the_sample_by_any_name(small, tmp_path, capsys):
    import os

    from observer_app.cli import main

    link = tmp_path / "link.sqlite"
    link.symlink_to(small)
    sample = tmp_path / "sample.csv"
    sample.write_text("station_code,stratum,weight\nALA-101,A,2\n", encoding="utf-8")
    sample_link = tmp_path / "sample-link.sqlite"
    sample_link.symlink_to(sample)
    before = small.read_bytes()
    for out in (link, small.with_name(small.name + "-wal"), small.with_name(small.name + "-shm"), sample, sample_link,
                tmp_path / "missing" / "p.sqlite", tmp_path):
        code = main(["publish", "--db", str(small), "--out", str(out), "--sample", str(sample), "--force"])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1, (out, err)
    # the database's -wal by way of a link to the database
    code = main(["publish", "--db", str(link), "--out", str(small.with_name(small.name + "-wal")), "--force"])
    assert code == 1 and "belongs to the database" in capsys.readouterr().err
    assert small.read_bytes() == before and sample.read_text(encoding="utf-8").startswith("station_code")
    assert sorted(os.listdir(tmp_path)) == ["link.sqlite", "sample-link.sqlite", "sample.csv"]


def test_a_failure_midway_leaves_nothing_new_and_an_earlier_publication_as_it_was(small, tmp_path, monkeypatch):
    import observer_app.publish as publishing
    from observer_app.errors import ObserverAppError

    out = tmp_path / "public.sqlite"
    earlier = published(small, out)
    pair = (out.read_bytes(), earlier.metadata_path.read_bytes())

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(publishing.os, "fsync", fail)  # the metadata's bytes do not reach the disk
    with pytest.raises(ObserverAppError, match="disk is full"):
        published(small, out, force=True, with_names=True)
    assert (out.read_bytes(), earlier.metadata_path.read_bytes()) == pair
    fresh = tmp_path / "fresh.sqlite"
    with pytest.raises(ObserverAppError):
        published(small, fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public.metadata.json", "public.sqlite"]


def test_a_name_in_a_stage_category_or_protocol_value_never_reaches_the_file(tmp_path, ca):
    """The merge refuses a bundle whose obstruction stage, incident category or protocol value
    is not one of the app's (checks.py): nothing of it is published."""
    aigerim = Observer(tmp_path / "a", "Dana Sadykova", ca)
    aigerim.protocol(**GOOD)
    aigerim.store.add_incident(aigerim.station.id, "carousel", description="a minibus")
    aigerim.store.start_obstruction(aigerim.station.id, "removed", ordered_by="S. Nurlanov")
    aigerim.craft(("UPDATE obstructions SET stage = ?", [WITNESS]), ("UPDATE incidents SET category = ?", [WITNESS]),
                  ("UPDATE protocols SET values_json = ?", ['{"nur_otan": "%s"}' % WITNESS]))
    done = published(coordinator(tmp_path, ca, aigerim), tmp_path / "p.sqlite")
    assert leaks(done, WITNESS, "Abenova") == []
    assert done.rows["incidents"] == 0 and done.rows["obstructions"] == 0
