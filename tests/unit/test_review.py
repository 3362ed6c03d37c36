"""The review before signing (issue 12, item 4): what is missing or odd, and where it is put right."""

from __future__ import annotations

import datetime as dt

import pytest

from observer_app.demo import fill_demo
from observer_app.domain.records import format_time
from observer_app.domain.template import StationSpec, load_template
from observer_app.review import ReviewItem, clock_problem, observed_stations, review
from tests.conftest import RU_FILE

ELECTION_DAY = dt.date(2021, 1, 10)


def local(hour: int, minute: int = 0, day: dt.date = ELECTION_DAY) -> str:
    return format_time(dt.datetime.combine(day, dt.time(hour, minute)))


NOON = dt.datetime.combine(ELECTION_DAY, dt.time(12)).astimezone()  # the laptop's clock is right


def listed(items: list[ReviewItem]) -> list[tuple[str, str, str]]:
    return [(i.code, i.section, str(i.message)) for i in items]


DEMO = ("demo", "header", "This database holds the demo election, for practice: what you sign is "
        "marked DEMO and is not evidence.")
NO_ARRIVAL = ("no_arrival", "header", "Your arrival at the station is not recorded.")
NO_DEPARTURE = ("no_departure", "header", "Your departure from the station is not recorded.")
MISSING = ("protocol_missing", "protocol", "No protocol is recorded for this station.")
DRAFT = ("protocol_draft", "protocol", "The protocol is still a draft: make it final once every "
         "figure is checked.")


@pytest.fixture
def sid(store):
    return store.station_by_code("ALA-101").id


def test_issue_12_a_station_with_nothing_recorded_lists_everything_missing(store, sid):
    assert listed(review(store, sid, NOON)) == [DEMO, MISSING, NO_ARRIVAL, NO_DEPARTURE]


def test_issue_12_the_demo_day_is_a_draft_with_an_unconfirmed_failing_check_and_no_departure(store):
    sid = fill_demo(store, day=ELECTION_DAY)
    assert listed(review(store, sid, NOON)) == [
        DEMO, DRAFT,
        ("relations_unconfirmed", "protocol", "1 control relation(s) fail and the protocol is not "
         "confirmed as on the official copy (evidence, not a typo): 7 = Σ (off by 14)."),
        NO_DEPARTURE,
    ]


def test_issue_12_a_final_confirmed_protocol_and_a_whole_visit_leave_only_the_demo(store):
    sid = fill_demo(store, day=ELECTION_DAY)
    store.save_protocol(sid, status="final", as_on_official_copy=True)
    store.set_visit_time(sid, "departed_at", local(21))
    assert listed(review(store, sid, NOON)) == [DEMO]


def test_issue_12_a_real_election_file_is_not_a_demo(tmp_path):
    from observer_app.storage.store import Store

    with Store.open(tmp_path / "ru.sqlite") as ru:
        ru.load_election(load_template(RU_FILE))
        ru.upsert_stations([StationSpec("1")])
        station = ru.station_by_code("1").id
        on_the_day = dt.datetime(2021, 9, 19, 12).astimezone()
        assert [i.code for i in review(ru, station, on_the_day)] == [
            "protocol_missing", "no_arrival", "no_departure"]


def test_issue_12_a_protocol_without_a_source_is_listed(store, sid):
    store.save_protocol(sid, values={"registered": 2720}, status="final")
    store.db.execute("UPDATE protocols SET source = ''")  # as a protocol typed without one is stored
    items = review(store, sid, NOON)
    assert ("protocol_no_source", "protocol", "The protocol's source is not given (a certified "
            "copy, a posted copy, your own count...).") in listed(items)
    assert "protocol_draft" not in [i.code for i in items]


def test_issue_12_voters_counted_inside_a_removal_are_listed_with_its_times(store, sid):
    store.set_visit_time(sid, "arrived_at", local(7))
    store.set_visit_time(sid, "departed_at", local(21))
    store.save_protocol(sid, status="final", source="certified_copy", as_on_official_copy=True)
    removal = store.start_obstruction(sid, "removed", local(12, 10))
    store.end_obstruction(removal, local(12, 55))
    for at in (local(11, 59), local(12, 20), local(12, 30), local(13)):
        store.add_tally(sid, at)
    assert listed(review(store, sid, NOON))[1:] == [
        ("counted_while_out", "obstructions", "2 voter(s) counted while you were recorded as "
         "removed from the station (12:10–12:55): check the removal's times or the head-count."),
    ]


def test_issue_12_an_entry_refused_and_never_ended_counts_every_later_voter(store, sid):
    store.set_visit_time(sid, "arrived_at", local(7))
    store.save_protocol(sid, status="final", source="certified_copy", as_on_official_copy=True)
    store.start_obstruction(sid, "not_admitted", local(8))
    for at in (local(7, 30), local(9), local(10)):
        store.add_tally(sid, at)
    assert listed(review(store, sid, NOON))[1:] == [
        ("counted_while_out", "obstructions", "2 voter(s) counted while you were recorded as not "
         "admitted to the station (since 08:00, never readmitted): check its times or the head-count."),
        NO_DEPARTURE,
    ]


def test_issue_12_a_taken_back_voter_and_a_deleted_removal_are_not_counted(store, sid):
    store.start_obstruction(sid, "removed", local(12))
    store.add_tally(sid, local(12, 30))
    store.undo_tally(sid)
    assert "counted_while_out" not in [i.code for i in review(store, sid, NOON)]
    store.add_tally(sid, local(12, 40))
    assert "counted_while_out" in [i.code for i in review(store, sid, NOON)]
    store.delete(store.obstructions(sid)[0])
    assert "counted_while_out" not in [i.code for i in review(store, sid, NOON)]


def test_issue_12_a_laptop_clock_years_off_is_listed_first_after_the_demo(store, sid):
    later = dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.timezone.utc)
    items = review(store, sid, later)
    assert [(i.code, i.section) for i in items][:2] == [("demo", "header"), ("clock", "header")]
    assert items[1].message == clock_problem(later, "2021-01-10")
    assert items[1].message is not None and "2021" in str(items[1].message)
    assert "clock" not in [i.code for i in review(store, sid, NOON)]


def test_issue_12_the_review_reads_the_stores_clock_by_default(store, sid):
    store.clock = lambda: "2030-06-01T09:00:00.000+00:00"
    assert "clock" in [i.code for i in review(store, sid)]
    store.clock = lambda: format_time(NOON)
    assert "clock" not in [i.code for i in review(store, sid)]


def test_issue_12_an_export_reviews_the_stations_observed_not_the_imported_ones(store):
    codes = {s.code: s.id for s in store.stations()}
    store.import_protocols([(codes["ALA-117"], {"registered": 1000})])
    store.add_tally(codes["ALA-104"], local(9))
    store.save_protocol(codes["ALA-123"], values={"registered": 900})
    store.set_visit_time(codes["NQZ-003"], "arrived_at", local(7))
    store.set_visit_time(codes["NQZ-009"], "arrived_at", local(7))
    store.set_visit_time(codes["NQZ-009"], "arrived_at", None)  # cleared again: nothing there
    assert observed_stations(store) == [codes["ALA-104"], codes["ALA-123"], codes["NQZ-003"]]
