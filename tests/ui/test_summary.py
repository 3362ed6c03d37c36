"""The summary screen: what was recorded at the station, refreshed on every change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QPushButton, QTextBrowser

from observer_app.formats import clock
from ui.summary import Row, Section, SummaryPage


@pytest.fixture
def page(qtbot, session):
    widget = SummaryPage(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 640)
    return widget


def section(page, title) -> Section:
    return next(s for s in page.sections() if s.title == title)


def test_head_count_versus_protocol_says_what_it_covers(qtbot, page, session):
    """Issue 12: never a bare "+7": the hours counted, and what the difference can show."""
    with qtbot.wait_exposed(page):
        page.show()
    sid = session.station_id
    for _ in range(3):
        session.run("turnout_tallies", session.store.add_tally, sid)
    session.run("protocols", session.store.set_protocol_value, sid, "issued", 10)
    tallies = [t.at for t in session.store.tallies(sid)]
    more = ("the protocol says 7 more than were counted in those hours; the voters of the hours not "
            "observed are part of the difference, so it does not by itself show that ballots were added")
    assert section(page, "Turnout").rows == (
        Row("Head-count (voters seen receiving a ballot)", "3"),
        Row("Hours counted", f"{clock(tallies[0])}–{clock(tallies[-1])}, no time out of the station recorded"),
        Row("Independent turnout", "0.1% of 2,720 registered, in the hours counted only"),
        Row("Protocol line 3 “Ballots issued to voters”", "10 (0.4%)"),
        Row("Protocol against the head-count", more, "warn", strong=True),
    )
    text = page.findChild(QTextBrowser, "summary_text").toPlainText()
    assert more in text and "+7" not in text


def test_a_removal_is_left_out_of_the_head_count_and_said(page, session, in_language):
    """Voters counted while the observer's record says they were out are not in the comparison."""
    in_language("en")  # English plural forms
    sid, store = session.station_id, session.store
    store.set_visit_time(sid, "arrived_at", "2021-01-10T02:00:00.000+00:00")
    for minute in (0, 10, 20, 30):
        store.add_tally(sid, f"2021-01-10T03:{minute:02d}:00.000+00:00")
    removal = store.start_obstruction(sid, "removed", "2021-01-10T03:05:00.000+00:00")
    store.end_obstruction(removal, "2021-01-10T03:25:00.000+00:00")
    session.run("protocols", session.store.set_protocol_value, sid, "issued", 1263 + 2)
    rows = {row.label: row for row in section(page, "Turnout").rows}
    assert rows["Head-count (voters seen receiving a ballot)"].value == "2"
    assert rows["Hours counted"].value == (f"{clock('2021-01-10T02:00:00.000+00:00')}–"
                                           f"{clock('2021-01-10T03:30:00.000+00:00')}, 20 min out of the station")
    assert rows[""] == Row("", "2 voters counted while you were out of the station: left out of the comparison",
                           "warn")
    assert rows["Protocol against the head-count"].value.startswith(
        "the protocol says 1,263 more than were counted in those hours; ")


def test_a_protocol_lower_than_the_head_count_is_shown_too(page, session):
    sid = session.station_id
    for _ in range(3):
        session.store.add_tally(sid)
    session.run("protocols", session.store.set_protocol_value, sid, "issued", 1)
    rows = section(page, "Turnout").rows
    assert rows[-1] == Row("Protocol against the head-count",
                           "the protocol says 2 fewer than were counted in those hours alone: fewer ballots "
                           "issued than you saw being issued", "bad", strong=True)


def test_the_protocol_flags_name_the_failing_relations(page, session):
    sid = session.station_id
    session.store.save_protocol(sid, source="posted_copy", recorded_at="2021-01-10T15:00:00.000+00:00",
                                values={"in_boxes": 812, "invalid": 798, "valid": 10})
    session.run("protocols", session.store.save_protocol, sid, as_on_official_copy=True)
    rows = section(page, "Protocol").rows
    assert [r for r in rows if r.label not in ("Recorded",)] == [
        Row("Status", "Draft"),
        Row("Source", "Copied from the posted protocol"),
        Row("Figures filled in", "3 of 12", "warn"),
        Row("Control relations", "1 control relation(s) fail", "bad", strong=True),
        Row("•", "5 = 6 + 7:  812 ≠ 798 + 10 — Ballots in the boxes = invalid ballots "
                           "+ valid ballots", "bad"),
        Row("Confirmed as on the official copy", "Yes"),
        Row("Photos of the protocol", "0"),
    ]


def test_a_station_without_a_protocol_says_so(page):
    assert section(page, "Protocol").rows == (Row("Status", "not recorded yet", "warn"),)


def test_the_observer_station_and_visit_are_shown(page, session):
    session.run("visits", session.store.set_visit_time, session.station_id, "arrived_at",
                "2021-01-10T01:30:00.000+00:00")
    rows = section(page, "Observer").rows
    assert [(r.label, r.value) for r in rows][:2] == [("Name", "Aigerim Bekova"),
                                                      ("Organisation", "Erkindik Kanaty")]
    assert rows[2].label == "Arrived" and rows[2].value.startswith("2021-01-10 ")
    assert rows[3] == Row("Left", "not recorded")
    assert section(page, "Polling station").rows[0] == Row("Code", "ALA-101")


def test_obstructions_incidents_and_photos_are_counted(page, session, tmp_path):
    sid = session.station_id
    store = session.store
    store.start_obstruction(sid, "photo_forbidden", at="2021-01-10T03:00:00.000+00:00")
    store.start_obstruction(sid, "removed", at="2021-01-10T14:05:00.000+00:00")
    incident = store.add_incident(sid, "carousel", description="a bus of voters")
    photo = tmp_path / "bus.jpg"
    photo.write_bytes(b"not really a jpeg")
    store.attach_photo(incident, photo)
    session.changed.emit("incidents")
    obstructions = section(page, "Obstructions").rows
    assert [(r.label, r.value) for r in obstructions[:3]] == [
        ("Recorded", "2"), ("Photo/video forbidden", "1"), ("Removed from the station", "1")]
    assert obstructions[3].label == "Still out of the station"
    assert obstructions[3].value.startswith("Removed from the station since 2021-01-10 ")
    assert section(page, "Incidents and photos").rows == (
        Row("Incidents", "1"), Row("Carousel voting", "1"), Row("Photos", "1"))


def test_the_summary_follows_every_change(qtbot, page, session):
    with qtbot.wait_exposed(page):
        page.show()
    browser = page.findChild(QTextBrowser, "summary_text")
    assert "Head-count (voters seen receiving a ballot)\nnone recorded" in browser.toPlainText()
    assert "Independent turnout\nnot computed: no head-count was recorded" in browser.toPlainText()
    session.run("turnout_tallies", session.store.add_tally, session.station_id)
    assert "Head-count (voters seen receiving a ballot)\n1" in browser.toPlainText()
    assert "Independent turnout\n0.0% of 2,720 registered, in the hours counted only" in browser.toPlainText()


def test_a_hidden_summary_is_rebuilt_when_shown(qtbot, page, session):
    browser = page.findChild(QTextBrowser, "summary_text")
    session.run("turnout_tallies", session.store.add_tally, session.station_id)
    assert "Head-count (voters seen receiving a ballot)\nnone recorded" in browser.toPlainText()
    with qtbot.wait_exposed(page):
        page.show()
    assert "Head-count (voters seen receiving a ballot)\n1" in browser.toPlainText()


def test_the_export_actions_are_in_the_export_box(page):
    """What they do is tested in test_exports.py."""
    box = page.findChild(QGroupBox, "export_box")
    buttons = box.findChildren(QPushButton)
    assert [(b.objectName(), b.text(), b.isEnabled()) for b in buttons] == [
        ("export_pdf", "Signed PDF summary…", True),
        ("export_bundle", "Signed export bundle…", True),
        ("export_identity_button", "Identity…", True),
        ("export_open_folder", "Open the folder", True),
    ]
