"""The obstructions page: one-click records, readmission, details, undo and the events model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from observer_app.domain.records import OBSTRUCTION_KINDS, parse_time
from ui import labels
from ui.obstructions import ObstructionsModel, ObstructionsPage
from observer_app.formats import clock as hhmm
from ui.timefmt import to_qdatetime


@pytest.fixture
def page(qtbot, session):
    """The page shown and active, so focus moves and shortcuts fire as for the observer."""
    widget = ObstructionsPage(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 640)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def click(qtbot, page, name):
    qtbot.mouseClick(page.findChild(object, name), Qt.LeftButton)


def rows(session):
    return session.store.obstructions(session.station_id)


def shown(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_removed_then_readmitted_stores_both_times(qtbot, page, session):
    assert (page.readmitted.isEnabled(), page.banner.text()) == (False, "In the station: no open removal.")

    click(qtbot, page, "record_removed")
    started = rows(session)[0].started_at
    assert page.readmitted.isEnabled()
    assert not page.kind_buttons["removed"].isEnabled()
    assert not page.kind_buttons["not_admitted"].isEnabled()
    assert page.banner.text() == f"Out of the station since {hhmm(started)} (0 min)"

    qtbot.wait(5)  # the store keeps milliseconds: readmission is strictly later
    click(qtbot, page, "readmitted")
    stored = session.store.db.execute("SELECT kind, started_at, ended_at, deleted FROM obstructions").fetchall()
    assert len(stored) == 1
    kind, started_at, ended_at, deleted = stored[0]
    assert (kind, started_at, deleted) == ("removed", started, 0)
    assert parse_time(ended_at) > parse_time(started_at)
    assert (page.readmitted.isEnabled(), page.kind_buttons["removed"].isEnabled()) == (False, True)
    assert page.banner.text() == "In the station: no open removal."
    assert shown(page.model)[0][:4] == ["Removed from the station", "", hhmm(started_at), hhmm(ended_at)]


def test_not_admitted_is_also_ended_by_readmitted(qtbot, page, session):
    click(qtbot, page, "record_not_admitted")
    assert page.readmitted.isEnabled()
    click(qtbot, page, "readmitted")
    assert [(o.kind, o.ended_at is not None) for o in rows(session)] == [("not_admitted", True)]


@pytest.mark.parametrize("kind", OBSTRUCTION_KINDS)
def test_each_button_records_its_kind_now_and_selects_it(qtbot, page, session, kind):
    click(qtbot, page, f"record_{kind}")
    [record] = rows(session)
    assert (record.kind, record.stage, record.ended_at) == (kind, "", None)
    assert shown(page.model) == [[labels.obstruction_kind(kind), "", hhmm(record.started_at), "ongoing",
                                  "0 min", ""]]
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    assert page.details.isEnabled()
    assert page.detail_ordered_by.hasFocus()  # ready for typing who ordered it


def test_details_typed_land_in_the_store_and_the_audit_trail(qtbot, page, session):
    click(qtbot, page, "record_copy_refused")
    page.detail_stage.setCurrentIndex(page.detail_stage.findData("counting"))
    for name, text in (("detail_ordered_by", "A. Chair"), ("detail_position", "commission chair"),
                       ("detail_reason", "no copies today"), ("detail_witnesses", "B. Second")):
        qtbot.keyClicks(page.findChild(object, name), text)
        qtbot.keyClick(page.findChild(object, name), Qt.Key_Return)
    page.detail_notes.setFocus()
    qtbot.keyClicks(page.detail_notes, "Asked twice")
    page.detail_position.setFocus()  # leaving the notes saves them, without waiting for the pause

    [record] = rows(session)
    assert {k: getattr(record, k) for k in ("kind", "stage", "ordered_by", "ordered_by_position",
                                            "stated_reason", "witnesses", "notes", "version")} == {
        "kind": "copy_refused", "stage": "counting", "ordered_by": "A. Chair",
        "ordered_by_position": "commission chair", "stated_reason": "no copies today",
        "witnesses": "B. Second", "notes": "Asked twice", "version": 7}
    assert [(a["field"], a["old"], a["new"]) for a in session.store.audit_rows(record.id)[1:]] == [
        ("stage", "", "counting"),
        ("ordered_by", "", "A. Chair"),
        ("ordered_by_position", "", "commission chair"),
        ("stated_reason", "", "no copies today"),
        ("witnesses", "", "B. Second"),
        ("notes", "", "Asked twice"),
    ]
    assert shown(page.model)[0][1] == "Counting"
    assert shown(page.model)[0][5] == "A. Chair"


def test_an_unchanged_field_writes_nothing(qtbot, page, session):
    click(qtbot, page, "record_other")
    qtbot.keyClick(page.detail_ordered_by, Qt.Key_Return)
    page.detail_stage.setFocus()
    assert rows(session)[0].version == 1


def test_typing_then_recording_another_event_keeps_the_typed_text(qtbot, page, session):
    click(qtbot, page, "record_removed")
    qtbot.keyClicks(page.detail_ordered_by, "A. Chair")  # no Enter: the next click must not lose it
    qtbot.keyClick(page.detail_ordered_by, Qt.Key_P, Qt.AltModifier)  # mnemonic: Protocol not shown
    qtbot.waitUntil(lambda: len(rows(session)) == 2)  # a mnemonic clicks after a short animation
    assert [(o.kind, o.ordered_by) for o in rows(session)] == [
        ("removed", "A. Chair"), ("protocol_not_shown", "")]
    assert page.detail_ordered_by.text() == ""


def test_typed_details_are_saved_after_a_pause(qtbot, page, session):
    click(qtbot, page, "record_photo_forbidden")
    qtbot.keyClicks(page.detail_reason, "no reason")
    assert rows(session)[0].stated_reason == ""
    qtbot.waitUntil(lambda: rows(session)[0].stated_reason == "no reason", timeout=3000)


def test_times_can_be_corrected_but_the_end_not_before_the_start(qtbot, page, session):
    click(qtbot, page, "record_view_restricted")
    page.detail_started.setDateTime(to_qdatetime("2021-01-10T14:05:37.250+00:00"))
    qtbot.keyClick(page.detail_started, Qt.Key_Return)
    assert rows(session)[0].started_at == "2021-01-10T14:05:00.000+00:00"  # as precise as typed

    page.detail_ended_set.setChecked(True)  # it is over now
    assert rows(session)[0].ended_at is not None

    page.detail_ended.setDateTime(to_qdatetime("2021-01-10T14:00:00.000+00:00"))
    qtbot.keyClick(page.detail_ended, Qt.Key_Return)
    assert page.detail_message.text() == "The end cannot be before the start; the times were not changed."
    page.detail_ended.setDateTime(to_qdatetime("2021-01-10T15:30:00.000+00:00"))
    qtbot.keyClick(page.detail_ended, Qt.Key_Return)
    record = rows(session)[0]
    assert (record.started_at, record.ended_at) == ("2021-01-10T14:05:00.000+00:00",
                                                    "2021-01-10T15:30:00.000+00:00")
    assert shown(page.model)[0][2:5] == [hhmm(record.started_at), hhmm(record.ended_at), "1 h 25 min"]

    page.detail_ended_set.setChecked(False)  # still going on after all
    assert rows(session)[0].ended_at is None


def test_undo_takes_back_a_mis_click(qtbot, page, session):
    click(qtbot, page, "record_removed")
    removal = rows(session)[0]
    click(qtbot, page, "record_copy_refused")
    assert (page.undo_last.isEnabled(), page.undo_last.text()) == (True, "&Undo: Certified copy refused")

    click(qtbot, page, "undo_last")
    assert rows(session) == [removal]
    deleted = session.store.db.execute("SELECT deleted FROM obstructions WHERE kind = 'copy_refused'").fetchall()
    assert deleted == [(1,)]
    assert [r[0] for r in shown(page.model)] == ["Removed from the station"]
    assert (page.undo_last.isEnabled(), page.undo_last.text()) == (False, "&Undo")


def test_undo_of_readmitted_reopens_the_removal_with_ctrl_z(qtbot, page, session):
    click(qtbot, page, "record_removed")
    click(qtbot, page, "readmitted")
    qtbot.keyClick(page.table, Qt.Key_Z, Qt.ControlModifier)
    assert [(o.kind, o.ended_at) for o in rows(session)] == [("removed", None)]
    assert page.readmitted.isEnabled()


def test_undo_is_offered_for_a_few_seconds_only(qtbot, session, monkeypatch):
    monkeypatch.setattr(ObstructionsPage, "UNDO_MS", 50)
    page = ObstructionsPage(session)
    qtbot.add_widget(page)
    qtbot.mouseClick(page.kind_buttons["other"], Qt.LeftButton)
    assert page.undo_last.isEnabled()
    qtbot.waitUntil(lambda: not page.undo_last.isEnabled(), timeout=2000)
    click(qtbot, page, "undo_last")
    assert len(rows(session)) == 1


@pytest.mark.parametrize("answer", [True, False], ids=["confirmed", "declined"])
def test_delete_key_deletes_the_selected_event_after_confirmation(qtbot, page, session, monkeypatch, answer):
    asked = []

    def confirm(cls, parent, text):
        asked.append(text)
        return answer

    monkeypatch.setattr(ObstructionsPage, "confirm", classmethod(confirm))
    click(qtbot, page, "record_protocol_not_shown")
    started = rows(session)[0].started_at
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert asked == [f"Delete the event \u201cProtocol not shown\u201d from {hhmm(started)}? "
                     "It stays in the audit trail."]
    assert len(rows(session)) == (0 if answer else 1)
    assert page.model.rowCount() == (0 if answer else 1)


def test_selecting_an_event_shows_its_details(qtbot, session):
    store = session.store
    first = store.start_obstruction(session.station_id, "removed", at="2021-01-10T14:00:00.000+00:00",
                                    stage="counting", ordered_by="A. Chair", notes="Pushed out")
    store.end_obstruction(first, at="2021-01-10T15:30:00.000+00:00")
    store.start_obstruction(session.station_id, "protocol_not_shown", at="2021-01-10T16:00:00.000+00:00")
    page = ObstructionsPage(session)
    qtbot.add_widget(page)
    assert not page.details.isEnabled()
    page.table.selectRow(0)
    assert (page.detail_stage.currentText(), page.detail_ordered_by.text(), page.detail_notes.toPlainText(),
            page.detail_ended_set.isChecked()) == ("Counting", "A. Chair", "Pushed out", True)
    page.table.selectRow(1)
    assert (page.detail_stage.currentText(), page.detail_ordered_by.text(), page.detail_notes.toPlainText(),
            page.detail_ended_set.isChecked(), page.detail_ended.text()) == ("(not set)", "", "", False, "ongoing")


def test_events_model_passes_the_model_tester(qtmodeltester, session):
    store = session.store
    removal = store.start_obstruction(session.station_id, "removed", at="2021-01-10T14:00:00.000+00:00",
                                      ordered_by="A. Chair", ordered_by_position="chair")
    store.end_obstruction(removal, at="2021-01-10T14:42:00.000+00:00")
    store.start_obstruction(session.station_id, "copy_refused", at="2021-01-10T20:00:00.000+00:00",
                            stage="tabulation")
    model = ObstructionsModel()
    model.set_rows(store.obstructions(session.station_id))
    qtmodeltester.check(model)
    assert shown(model)[0][1:] == ["", hhmm("2021-01-10T14:00:00.000+00:00"),
                                   hhmm("2021-01-10T14:42:00.000+00:00"), "42 min", "A. Chair"]
    assert model.data(model.index(0, ObstructionsModel.ORDERED_BY), Qt.ToolTipRole) == "A. Chair, chair"
    assert shown(model)[1][:2] == ["Certified copy refused", "Tabulation"]


# --- issue 12: where the observer is, on every page; "Removed" apart from the rest -----------------

@pytest.fixture
def window(qtbot, session):
    from ui.main_window import MainWindow

    widget = MainWindow(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def presence(window):
    """What the header says of where the observer is, and whether "I'm back" is there."""
    return (window.findChild(QLabel, "header_presence").text(),
            window.findChild(QPushButton, "header_readmitted").isVisibleTo(window))


def test_issue_12_the_header_says_in_or_out_of_the_station_on_every_page(qtbot, window, session):
    """Issue 12: only the Obstructions page said the observer was out; on every other page the
    open removal was invisible, and ending it meant finding that page first. Before the arrival
    is recorded it says so rather than "In the station"."""
    assert presence(window) == ("Arrival not recorded", False)
    qtbot.mouseClick(window.header.arrival.button, Qt.LeftButton)
    for name in window.SECTIONS:
        window.show_section(name)
        assert (name, window.header.isVisible(), presence(window)) == (name, True, ("In the station", False))

    window.show_section("obstructions")
    click(qtbot, window, "record_removed")
    started = rows(session)[0].started_at
    for name in window.SECTIONS:
        window.show_section(name)
        assert (name, presence(window)) == (name, (f"Out of the station since {hhmm(started)}", True))

    window.show_section("turnout")
    qtbot.wait(5)  # readmission strictly later than the removal
    click(qtbot, window, "header_readmitted")
    from PySide6.QtWidgets import QApplication
    assert QApplication.focusWidget() is window.findChild(QPushButton, "plus_one")  # Space counts again
    [removal] = rows(session)
    assert (removal.kind, removal.started_at, removal.ended_at is not None) == ("removed", started, True)
    assert parse_time(removal.ended_at) > parse_time(started)
    assert presence(window) == ("In the station", False)
    # As the page's Readmitted: it can be taken back there.
    obstructions = window.pages["obstructions"]
    assert (obstructions.undo_last.isEnabled(), obstructions.undo_last.text()) == (True, "&Undo: Readmitted")


def test_issue_12_not_admitted_and_a_removal_recorded_elsewhere_show_in_the_header(qtbot, window, session):
    session.run("obstructions", session.store.start_obstruction, session.station_id, "not_admitted",
                at="2021-01-10T06:05:00.000+00:00")
    assert presence(window) == (f"Out of the station since {hhmm('2021-01-10T06:05:00.000+00:00')}", True)
    session.run("obstructions", session.store.start_obstruction, session.station_id, "photo_forbidden")
    click(qtbot, window, "header_readmitted")
    assert presence(window) == ("Arrival not recorded", False)  # in, but when they came is not said yet
    assert [(o.kind, o.ended_at is None) for o in rows(session)] == [("not_admitted", False),
                                                                    ("photo_forbidden", True)]


def test_issue_12_after_departure_the_header_says_so(qtbot, window, session):
    click(qtbot, window, "record_departed_at")
    departed = session.store.visit(session.station_id).departed_at
    assert presence(window) == (f"Left the station at {hhmm(departed)}", False)


def test_issue_12_a_removal_kept_while_the_database_is_busy_shows_in_the_header(qtbot, window, session, db_path):
    from tests.locks import OtherProgram

    window.show_section("obstructions")
    with OtherProgram(db_path):
        click(qtbot, window, "record_removed")
        kept = session.pending("obstructions")[0].shown
        assert (presence(window), rows(session)) == ((f"Out of the station since {hhmm(kept.started_at)}", True), [])
    qtbot.wait_until(lambda: rows(session) != [], timeout=3000)
    assert presence(window) == (f"Out of the station since {hhmm(kept.started_at)}", True)


def test_issue_12_removed_is_the_most_prominent_button_and_stands_apart(qtbot, page):
    removed = page.kind_buttons["removed"]
    others = [b for kind, b in page.kind_buttons.items() if kind != "removed"]
    assert all(removed.height() > 1.5 * b.height() for b in others)
    assert all(removed.font().pointSizeF() > b.font().pointSizeF() and removed.font().bold() for b in others)
    assert all(removed.geometry().right() + 12 < b.geometry().left() for b in others)  # alone on the left
    red = removed.grab().toImage().pixelColor(8, removed.height() // 2)  # inside its border, left of the text
    plain = others[0].grab().toImage().pixelColor(8, others[0].height() // 2)
    assert (red.red() > 150 > red.green(), plain.red() - plain.green() < 20) == (True, True)


def test_issue_12_undo_is_not_next_to_readmitted(qtbot, page):
    """Issue 12: "Undo" sat right beside "Readmitted": a slip ended the wrong thing or took back
    the removal. Now the banner lies between them, Undo under "Removed" on the left."""
    undo, readmitted, banner = page.undo_last, page.readmitted, page.banner
    assert undo.geometry().right() < banner.geometry().left() < banner.geometry().right() < readmitted.geometry().left()
    assert readmitted.geometry().left() - undo.geometry().right() > 600
    assert undo.geometry().left() <= page.kind_buttons["removed"].geometry().right()


# --- issue 12: the laptop's clock against the election day -------------------------------------------

def clock_chip(window):
    from PySide6.QtWidgets import QLabel

    chip = window.findChild(QLabel, "header_clock")
    return chip.text() if chip.isVisibleTo(window) else None


def test_issue_12_a_clock_far_from_the_election_day_is_shown_in_the_header(qtbot, session, monkeypatch):
    import datetime as dt

    from ui import main_window
    from ui.main_window import MainWindow

    almaty = dt.timezone(dt.timedelta(hours=6))
    monkeypatch.setattr(main_window, "local_now", lambda: dt.datetime(2025, 3, 3, 14, 3, tzinfo=almaty))
    window = MainWindow(session)
    qtbot.add_widget(window)
    assert clock_chip(window) == ("This computer's clock says 3 March 2025; the election is on 10 January 2021: "
                                  "check the clock.")

    # Checked again once a day: the observer set the clock right in between.
    monkeypatch.setattr(main_window, "local_now", lambda: dt.datetime(2021, 1, 10, 7, 30, tzinfo=almaty))
    timer = window.header._clock_timer
    assert (timer.isActive(), timer.interval()) == (True, 24 * 60 * 60 * 1000)
    timer.timeout.emit()
    assert clock_chip(window) is None


def test_issue_12_a_clock_on_the_election_day_shows_no_warning(qtbot, session, monkeypatch):
    import datetime as dt

    from ui import main_window
    from ui.main_window import MainWindow

    monkeypatch.setattr(main_window, "local_now",
                        lambda: dt.datetime(2021, 1, 10, 23, 50, tzinfo=dt.timezone(dt.timedelta(hours=6))))
    window = MainWindow(session)
    qtbot.add_widget(window)
    assert clock_chip(window) is None


def test_issue_12_the_clock_warning_in_kazakh(qtbot, session, monkeypatch, in_language):
    import datetime as dt

    from ui import main_window
    from ui.main_window import MainWindow

    in_language("kk")
    session.lang = "kk"
    monkeypatch.setattr(main_window, "local_now",
                        lambda: dt.datetime(2025, 3, 3, 14, 3, tzinfo=dt.timezone(dt.timedelta(hours=6))))
    window = MainWindow(session)
    qtbot.add_widget(window)
    assert clock_chip(window) == ("Бұл компьютердің сағаты бойынша бүгін 2025 жылғы 3 наурыз, ал сайлау күні — "
                                  "2021 жылғы 10 қаңтар: сағатты тексеріңіз.")


def test_issue_12_the_turnout_page_says_out_of_the_station_once(qtbot, window, session):
    """The header chip and a page banner both said it on the Turnout page: the chip stays."""
    session.run("obstructions", session.store.start_obstruction, session.station_id, "removed",
                at="2021-01-10T06:05:00.000+00:00")
    window.show_section("turnout")
    said = [label for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and "out of the station" in label.text().lower()]
    assert [label.objectName() for label in said] == ["header_presence"]
    assert "gap" in said[0].toolTip()
    click(qtbot, window, "header_readmitted")
    assert window.findChild(QLabel, "header_presence").toolTip() == ""
