"""The store: versioned, audited writes of every record an observer keeps."""

from __future__ import annotations

import hashlib
import json

import pytest

from observer_app.domain.template import StationSpec, station_id
from observer_app.errors import InvalidValueError, ObserverAppError
from observer_app.storage.store import Store


@pytest.fixture
def station(store):
    return store.station_by_code("ALA-101")


def audit_fields(store, record_id):
    return [(a["field"], a["old"], a["new"]) for a in store.audit_rows(record_id)]


def test_stations_of_the_template_are_loaded_with_stable_ids(store, kz_template):
    stations = store.stations()
    assert len(stations) == 24
    assert [s.code for s in stations] == sorted(s.code for s in kz_template.stations)
    assert all(s.id == station_id("kz-2021-majilis", s.code) for s in stations)


def test_protocol_values_are_saved_versioned_and_audited_field_by_field(store, station):
    first = store.set_protocol_value(station.id, "registered", 1000)
    assert (first.version, first.values, first.status) == (1, {"registered": 1000}, "draft")
    second = store.set_protocol_value(station.id, "registered", 1001)
    third = store.set_protocol_value(station.id, "issued", 500)
    assert (second.version, third.version) == (2, 3)
    assert store.protocol(station.id).values == {"registered": 1001, "issued": 500}
    fields = audit_fields(store, first.id)
    assert fields[0][0] is None  # creation
    assert json.loads(fields[0][2])["values_json"] == '{"registered": 1000}'
    assert fields[1:] == [("values.registered", "1000", "1001"), ("values.issued", None, "500")]
    assert {a["observer_id"] for a in store.audit_rows(first.id)} == {store.observer_id}


def test_an_unchanged_save_writes_nothing(store, station):
    p = store.set_protocol_value(station.id, "registered", 1000)
    again = store.set_protocol_value(station.id, "registered", 1000)
    assert again.version == p.version
    assert len(store.audit_rows(p.id)) == 1


@pytest.mark.parametrize(
    "value, message",
    [(-1, "cannot be negative"), (10_000_001, "more than any polling station has"),
     ("12", "must be a whole number"), (1.5, "must be a whole number"), (True, "whole number")],
    ids=["negative", "absurd", "text", "fraction", "bool"],
)
def test_absurd_values_are_refused_and_nothing_is_stored(store, station, value, message):
    with pytest.raises(InvalidValueError, match=message):
        store.set_protocol_value(station.id, "registered", value)
    assert store.protocol(station.id) is None


def test_unknown_code_is_refused(store, station):
    with pytest.raises(InvalidValueError, match="not a line or contestant"):
        store.set_protocol_value(station.id, "bogus", 1)


def test_protocol_status_source_and_confirmation(store, station):
    store.set_protocol_value(station.id, "registered", 10)
    p = store.save_protocol(station.id, source="posted_copy", status="final", as_on_official_copy=True)
    assert (p.source, p.status, p.as_on_official_copy) == ("posted_copy", "final", True)
    assert audit_fields(store, p.id)[1:] == [
        ("source", "", "posted_copy"), ("status", "draft", "final"),
        ("as_on_official_copy", "0", "1"),
    ]
    with pytest.raises(InvalidValueError):
        store.save_protocol(station.id, source="rumour")


def test_a_protocol_typed_without_a_source_has_none_issue_12(store, station):
    """Issue 12, item 4: the store invents no source ("certified_copy" was the default)."""
    p = store.set_protocol_value(station.id, "registered", 10)
    assert (p.source, p.commission_signed_at, p.certified_by) == ("", None, "")
    stored = store.db.execute("SELECT source, commission_signed_at, certified_by FROM protocols "
                              "WHERE id = ?", [p.id]).fetchone()
    assert stored == ("", None, "")
    assert json.loads(audit_fields(store, p.id)[0][2])["source"] == ""


def test_imported_protocols_keep_imported_as_their_source_issue_12(store, station):
    store.import_protocols([(station.id, {"registered": 10})])
    p = store.protocol(station.id)
    assert (p.source, p.status, p.commission_signed_at, p.certified_by) == ("imported", "final", None, "")


def test_when_the_commission_signed_and_who_certified_are_saved_and_audited_issue_12(store, station):
    """Issue 12, item 10: the protocol's optional commission_signed_at and certified_by."""
    p = store.save_protocol(station.id, commission_signed_at="2021-01-11T01:15:00+06:00",
                            certified_by="A. Seitkali, secretary of the commission")
    assert (p.commission_signed_at, p.certified_by) == (
        "2021-01-10T19:15:00.000+00:00", "A. Seitkali, secretary of the commission")
    again = store.protocol(station.id)
    assert (again.commission_signed_at, again.certified_by) == (p.commission_signed_at, p.certified_by)
    cleared = store.save_protocol(station.id, commission_signed_at=None, certified_by="")
    assert (cleared.commission_signed_at, cleared.certified_by) == (None, "")
    assert audit_fields(store, p.id)[1:] == [
        ("commission_signed_at", "2021-01-10T19:15:00.000+00:00", None),
        ("certified_by", "A. Seitkali, secretary of the commission", ""),
    ]


@pytest.mark.parametrize("fields, message", [
    ({"commission_signed_at": "after the count"}, "commission_signed_at “after the count” is not a time."),
    ({"commission_signed_at": 1610300000}, "commission_signed_at “1610300000” is not a time."),
    ({"certified_by": "x" * 1001}, "certified_by is longer than 1000 characters."),
    ({"certified_by": None}, "certified_by must be text."),
], ids=["text-time", "number-time", "too-long", "none"])
def test_bad_signing_time_or_certifier_is_refused_issue_12(store, station, fields, message):
    with pytest.raises(InvalidValueError) as info:
        store.save_protocol(station.id, **fields)
    assert str(info.value) == message
    assert store.protocol(station.id) is None


def test_tallies_undo_and_reopen(db_path, kz_template):
    with Store.open(db_path) as s:
        s.load_election(kz_template)
        sid = s.stations()[0].id
        for _ in range(50):
            s.add_tally(sid)
        for _ in range(3):
            s.undo_tally(sid)
        assert s.tally_count(sid) == 47
    with Store.open(db_path) as s:
        assert s.tally_count(sid) == 47
        assert len(s.tallies(sid)) == 47
        deleted = s.db.execute("SELECT count(*) FROM turnout_tallies WHERE deleted = 1").fetchone()[0]
        assert deleted == 3  # undone clicks are kept, marked deleted


def test_undo_with_nothing_counted(store, station):
    assert store.undo_tally(station.id) is None


def test_removal_stays_open_until_readmitted(store, station):
    removal = store.start_obstruction(station.id, "removed", at="2021-01-10T14:00:00.000+00:00",
                                      stage="counting")
    assert store.open_removal(station.id) == removal
    with pytest.raises(InvalidValueError, match="already out of the station") as refused:
        store.start_obstruction(station.id, "removed")
    assert refused.value.code == "store.already_out"
    with pytest.raises(InvalidValueError, match="already out of the station"):
        store.start_obstruction(station.id, "not_admitted")
    with pytest.raises(InvalidValueError, match="cannot end before it started"):
        store.end_obstruction(removal, at="2021-01-10T13:59:00.000+00:00")
    ended = store.end_obstruction(removal, at="2021-01-10T15:30:00.000+00:00")
    assert store.open_removal(station.id) is None
    assert [(o.kind, o.started_at, o.ended_at) for o in store.obstructions(station.id)] == [
        ("removed", "2021-01-10T14:00:00.000+00:00", "2021-01-10T15:30:00.000+00:00")]
    assert ended.version == 2
    store.update(ended, ordered_by="A. Chair", stated_reason="none given")
    assert audit_fields(store, removal.id)[-2:] == [
        ("ordered_by", "", "A. Chair"), ("stated_reason", "", "none given")]


def test_unknown_kinds_and_categories_are_refused(store, station):
    with pytest.raises(InvalidValueError):
        store.start_obstruction(station.id, "kidnapped")
    with pytest.raises(InvalidValueError):
        store.add_incident(station.id, "alien_landing")


def test_incident_with_photo_and_deletion_marker(store, station, tmp_path):
    photo_file = tmp_path / "box.jpg"
    photo_file.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    incident = store.add_incident(station.id, "ballot_stuffing", description="Stack of ballots")
    photo = store.attach_photo(incident, photo_file)
    assert photo.sha256 == hashlib.sha256(photo_file.read_bytes()).hexdigest()
    photo_file.unlink()  # the database holds its own copy
    assert store.photo_data(store.photos(incident)[0]) == b"\xff\xd8\xff fake jpeg bytes"
    store.delete(incident)
    assert store.incidents(station.id) == []
    row = store.db.execute("SELECT deleted, version FROM incidents WHERE id = ?", [incident.id]).fetchone()
    assert row == (1, 2)


def test_announcement_needs_a_figure(store, station):
    with pytest.raises(InvalidValueError):
        store.add_announcement(station.id, at="2021-01-10T10:00:00.000+00:00")
    with pytest.raises(InvalidValueError):
        store.add_announcement(station.id, at="2021-01-10T10:00:00.000+00:00", percent=120)
    a = store.add_announcement(station.id, at="2021-01-10T10:00:00.000+00:00", voters=300, percent=21.5)
    assert store.announcements(station.id) == [a]


def test_visit_times(store, station):
    store.set_visit_time(station.id, "arrived_at", "2021-01-10T01:30:00.000+00:00")
    visit = store.set_visit_time(station.id, "departed_at", "2021-01-10T16:00:00.000+00:00")
    assert (visit.arrived_at, visit.departed_at, visit.version) == (
        "2021-01-10T01:30:00.000+00:00", "2021-01-10T16:00:00.000+00:00", 2)


def test_station_upsert_counts_and_audits(store):
    old = store.station_by_code("ALA-101")
    specs = [StationSpec("ALA-101", old.region, old.district, old.address, 9999),
             StationSpec("NEW,1/2", "Region", "District", "Somewhere", 100),
             StationSpec("NQZ-001x", registered_voters=None)]
    assert store.upsert_stations(specs) == (2, 1, 0)
    assert store.station_by_code("ALA-101").registered_voters == 9999
    assert audit_fields(store, old.id)[-1] == ("registered_voters", str(old.registered_voters), "9999")
    assert store.upsert_stations(specs) == (0, 0, 3)


def test_one_election_per_database(store, ru_template):
    with pytest.raises(ObserverAppError, match="holds the election “kz-2021-majilis”") as refused:
        store.load_election(ru_template)
    assert refused.value.code == "store.other_election"
    assert refused.value.message.params == {"held": "kz-2021-majilis", "new": "ru-2021-duma"}
    assert store.template().id == "kz-2021-majilis"


def test_reloading_the_same_election_keeps_everything(store, kz_template, station):
    store.set_protocol_value(station.id, "registered", 5)
    election, counts = store.load_election(kz_template)
    assert counts == (0, 0, 24)
    assert store.protocol(station.id).values == {"registered": 5}


def test_import_protocols_replaces_and_audits(store, station):
    assert store.import_protocols([(station.id, {"registered": 10, "issued": 5})]) == (1, 0, 0)
    assert store.import_protocols([(station.id, {"registered": 10, "issued": 5})]) == (0, 0, 1)
    assert store.import_protocols([(station.id, {"registered": 10, "issued": 6})]) == (0, 1, 0)
    p = store.protocol(station.id)
    assert (p.values, p.source, p.version) == ({"registered": 10, "issued": 6}, "imported", 2)
    assert audit_fields(store, p.id)[-1] == ("values.issued", "5", "6")


def test_failed_transaction_leaves_nothing(store, station):
    before = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(RuntimeError):
        with store.db.atomic():
            store.add_tally(station.id)
            raise RuntimeError("power cut")
    assert store.tally_count(station.id) == 0
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == before
