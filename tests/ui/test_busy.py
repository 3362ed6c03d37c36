"""Issue 11: while another program writes to the observer database (e.g. `protocols import` of a
national results file), nothing the observer records is lost. A change the database cannot take
stays on screen, marked not yet saved, and is saved in order once it is free: by a timer, before
the next change, or when the window closes (which waits, then asks)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.locks import HeldLock, OtherProgram
from ui.incidents import IncidentsPage
from ui.main_window import MainWindow
from ui.obstructions import ObstructionsPage
from ui.protocol import ProtocolPage
from ui.session import Session
from observer_app.formats import clock as hhmm

BUSY = "The database is busy: another program is writing to it; try again when it has finished."
NOT_YET = "Not yet saved: another program is writing to the database; saved as soon as it has finished."


def shown(qtbot, widget):
    """The widget as the observer sees it: shown and active, so focus moves and keys work."""
    qtbot.add_widget(widget)
    widget.resize(1366, 700)
    with qtbot.wait_active(widget):
        widget.show()
        widget.activateWindow()
    return widget


def visible_text(widget: QLabel) -> str:
    return widget.text() if widget.isVisibleTo(widget.window()) else ""


def table(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def asked(monkeypatch):
    """Replaces the question asked on closing with unsaved changes: answers what the test sets."""
    questions: list[str] = []
    answer = {"close": False}

    def ask_close_unsaved(cls, parent, text):
        questions.append(text)
        return answer["close"]

    monkeypatch.setattr(MainWindow, "ask_close_unsaved", classmethod(ask_close_unsaved))
    return questions, answer


@pytest.fixture
def window(qtbot, session, asked):
    return shown(qtbot, MainWindow(session))


def plus(window) -> QPushButton:
    return window.findChild(QPushButton, "plus_one")


def count_shown(window) -> tuple[str, str]:
    return (window.findChild(QLabel, "count").text(), visible_text(window.findChild(QLabel, "unsaved_count")))


# --- the main window -------------------------------------------------------------------------

def test_issue_11_the_status_bar_says_how_many_changes_wait(qtbot, window, session, db_path, in_language):
    in_language("en")  # English plural forms
    with OtherProgram(db_path):
        plus(window).click()
        plus(window).click()
        assert visible_text(window.findChild(QLabel, "unsaved_status")) == (
            "2 changes not yet saved: another program is writing to the database. They are saved as "
            "soon as it has finished.")
        assert count_shown(window) == ("2", "2 not yet saved")
    qtbot.wait_until(lambda: session.store.tally_count(session.station_id) == 2, timeout=3000)
    assert (visible_text(window.findChild(QLabel, "unsaved_status")), count_shown(window)) == ("", ("2", ""))
    assert window.findChild(QLabel, "saved_status").text().startswith("Last change saved at ")


def test_issue_11_closing_waits_for_the_lock_then_saves_everything(qtbot, window, session, db_path, asked):
    lock = HeldLock(db_path)
    with lock:
        for _ in range(3):
            plus(window).click()
        assert count_shown(window) == ("3", "3 not yet saved")
        timer = lock.release_after(0.5)  # while the window waits on closing
        assert window.close()
        timer.join()
    assert (session.store.tally_count(session.station_id), session.pending(), asked[0]) == (3, [], [])


def test_issue_11_closing_while_still_busy_asks_and_keeps_the_window_open(qtbot, window, session, db_path,
                                                                        asked, monkeypatch, in_language):
    in_language("en")
    monkeypatch.setattr("ui.main_window.CLOSE_WAIT_S", 0.3)
    questions, _answer = asked
    with OtherProgram(db_path):
        plus(window).click()
        plus(window).click()
        assert not window.close()  # waited, then asked; the observer keeps it open
        assert questions == [
            "2 changes could not be saved: another program is still writing to the database.\n\n"
            "Keep the window open and they are saved as soon as it has finished. If you close it, "
            "they are lost."]
        assert (window.isVisible(), count_shown(window)) == (True, ("2", "2 not yet saved"))
    qtbot.wait_until(lambda: session.store.tally_count(session.station_id) == 2, timeout=3000)
    assert window.close()
    assert len(questions) == 1


def test_issue_11_closing_while_still_busy_may_lose_them_when_the_observer_says_so(
        qtbot, window, session, db_path, asked, monkeypatch, in_language):
    in_language("en")
    monkeypatch.setattr("ui.main_window.CLOSE_WAIT_S", 0.3)
    questions, answer = asked
    answer["close"] = True
    with OtherProgram(db_path):
        plus(window).click()
        assert window.close()
    assert (len(questions), session.pending(), session.store.tally_count(session.station_id)) == (1, [], 0)
    assert questions[0].startswith("1 change could not be saved: ")


def test_issue_11_switching_sections_while_busy_neither_waits_nor_complains(qtbot, window, session, db_path):
    with OtherProgram(db_path):
        window.show_section("protocol")
        assert (window.message_bar.messages(), window.message_bar.isHidden()) == ([], True)
    assert session.store.setting("section") is None  # only where to reopen: not kept


@pytest.mark.parametrize(("lang", "note", "status"), [
    ("ru", "2 ещё не сохранены", "2 изменения ещё не сохранены: в базу данных записывает другая программа. "
                                "Они будут сохранены, как только она закончит."),
    ("kk", "2 әлі сақталмаған", "2 өзгеріс әлі сақталмаған: дерекқорға басқа бағдарлама жазып жатыр. Ол "
                               "аяқтала салысымен өзгерістер сақталады."),
], ids=["ru", "kk"])
def test_issue_11_in_the_observers_language(qtbot, session, db_path, asked, in_language, lang, note, status):
    in_language(lang)
    window = shown(qtbot, MainWindow(Session(session.store, session.station, session.template, lang)))
    with OtherProgram(db_path):
        plus(window).click()
        plus(window).click()
        assert count_shown(window) == ("2", note)
        assert visible_text(window.findChild(QLabel, "unsaved_status")) == status
    qtbot.wait_until(lambda: window.session.pending() == [], timeout=3000)


# --- the session -----------------------------------------------------------------------------

def test_issue_11_a_change_waits_behind_kept_ones_so_they_are_saved_in_order(qtbot, session, db_path):
    store, sid = session.store, session.station_id
    failed: list[str] = []
    session.failed.connect(failed.append)
    with OtherProgram(db_path):
        kept = session.keep("protocols", ("registered", 2720), store.set_protocol_value, sid, "registered", 2720)
        assert session.pending() == [kept]
        assert session.run("protocols", store.set_protocol_value, sid, "registered", 2700) is None
        assert failed == [BUSY]
    assert session.run("protocols", store.set_protocol_value, sid, "registered", 2700) is not None
    assert (kept.saved, store.protocol(sid).values) == (True, {"registered": 2700})


def test_issue_11_a_kept_change_refused_when_it_is_saved_is_dropped_and_said(qtbot, session, db_path):
    store, sid = session.store, session.station_id
    failed: list[str] = []
    session.failed.connect(failed.append)
    with OtherProgram(db_path):
        session.keep("obstructions", None, store.start_obstruction, sid, "removed", store.clock())
        session.keep("obstructions", None, store.start_obstruction, sid, "not_admitted", store.clock())
    assert session.save_pending()
    assert failed == ["You are already out of the station; record the readmission first."]
    assert [o.kind for o in store.obstructions(sid)] == ["removed"]


# --- the protocol ----------------------------------------------------------------------------

def type_figure(qtbot, page, code, text):
    field = page.findChild(QLineEdit, f"value_{code}")
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field


def test_issue_11_figures_typed_while_busy_stay_marked_then_are_saved(qtbot, session, db_path, in_language):
    in_language("en")
    page = shown(qtbot, ProtocolPage(session))
    type_figure(qtbot, page, "registered", "2700")
    with OtherProgram(db_path):
        type_figure(qtbot, page, "registered", "2720")
        type_figure(qtbot, page, "received", "2800")
        type_figure(qtbot, page, "registered", "2700")  # back to the stored figure: still a change to save
        fields = {code: page.findChild(QLineEdit, f"value_{code}") for code in ("registered", "received", "issued")}
        assert {c: (f.text(), bool(f.property("unsaved")), f.toolTip()) for c, f in fields.items()} == {
            "registered": ("2700", True, NOT_YET), "received": ("2800", True, NOT_YET), "issued": ("", False, "")}
        assert visible_text(page.findChild(QLabel, "protocol_unsaved")) == (
            "2 figures not yet saved: another program is writing to the database. They stay here and "
            "are saved as soon as it has finished.")
        assert visible_text(page.findChild(QLabel, "field_error")) == ""
    qtbot.wait_until(lambda: session.pending() == [], timeout=3000)
    assert session.store.protocol(session.station_id).values == {"registered": 2700, "received": 2800}
    assert [f.text() for f in fields.values()] == ["2700", "2800", ""]
    assert not any(f.property("unsaved") for f in fields.values())
    assert visible_text(page.findChild(QLabel, "protocol_unsaved")) == ""


def test_issue_11_a_status_change_while_busy_is_refused_visibly(qtbot, session, db_path):
    page = shown(qtbot, ProtocolPage(session))
    status = page.findChild(object, "status")
    source = page.findChild(object, "source")
    source.setCurrentIndex(source.findData("posted_copy"))  # a protocol is final only with a source (issue 12)
    failed: list[str] = []
    session.failed.connect(failed.append)
    with OtherProgram(db_path):
        status.setCurrentIndex(status.findData("final"))
    assert (status.currentData(), failed, session.store.protocol(session.station_id).status) == (
        "draft", [BUSY], "draft")


# --- obstructions ----------------------------------------------------------------------------

def test_issue_11_removed_and_readmitted_while_busy_are_shown_then_saved(qtbot, session, db_path):
    page = shown(qtbot, ObstructionsPage(session))
    with OtherProgram(db_path):
        qtbot.mouseClick(page.kind_buttons["removed"], Qt.MouseButton.LeftButton)
        started = page.model.rows()[0].started_at
        assert table(page.model) == [["Removed from the station (not yet saved)", "", hhmm(started), "ongoing",
                                      "0 min", ""]]
        assert (page.readmitted.isEnabled(), page.kind_buttons["removed"].isEnabled(), page.details.isEnabled()) == (
            True, False, False)
        assert page.banner.text() == f"Out of the station since {hhmm(started)} (0 min)"
        qtbot.wait(5)
        qtbot.mouseClick(page.readmitted, Qt.MouseButton.LeftButton)
        ended = page.model.rows()[0].ended_at
        assert table(page.model)[0][:4] == ["Removed from the station (not yet saved)", "", hhmm(started), hhmm(ended)]
        assert (page.readmitted.isEnabled(), page.banner.text()) == (False, "In the station: no open removal.")
        assert session.store.obstructions(session.station_id) == []
    qtbot.wait_until(lambda: session.pending() == [], timeout=3000)
    stored = session.store.obstructions(session.station_id)
    assert [(o.kind, o.started_at, o.ended_at) for o in stored] == [("removed", started, ended)]  # the clicks' times
    assert table(page.model)[0][:4] == ["Removed from the station", "", hhmm(started), hhmm(ended)]
    assert page.details.isEnabled()


def test_issue_11_undo_of_a_kept_obstruction_forgets_it(qtbot, session, db_path):
    page = shown(qtbot, ObstructionsPage(session))
    with OtherProgram(db_path):
        qtbot.mouseClick(page.kind_buttons["photo_forbidden"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.undo_last, Qt.MouseButton.LeftButton)
        assert (table(page.model), session.pending()) == ([], [])
    assert session.store.obstructions(session.station_id) == []


def test_issue_11_details_typed_while_busy_stay_and_are_saved(qtbot, session, db_path):
    page = shown(qtbot, ObstructionsPage(session))
    qtbot.mouseClick(page.kind_buttons["removed"], Qt.MouseButton.LeftButton)
    with OtherProgram(db_path):
        qtbot.keyClicks(page.detail_ordered_by, "A. Chair")
        qtbot.keyClick(page.detail_ordered_by, Qt.Key.Key_Tab)
        qtbot.keyClicks(page.detail_position, "commission chair")
        qtbot.keyClick(page.detail_position, Qt.Key.Key_Tab)
        assert (page.detail_ordered_by.text(), page.detail_position.text()) == ("A. Chair", "commission chair")
        assert page.detail_message.text() == NOT_YET
        assert table(page.model)[0][0] == "Removed from the station (not yet saved)"
    qtbot.wait_until(lambda: session.pending() == [], timeout=3000)
    stored = session.store.obstructions(session.station_id)[0]
    assert (stored.ordered_by, stored.ordered_by_position) == ("A. Chair", "commission chair")
    assert (page.detail_ordered_by.text(), page.detail_position.text()) == ("A. Chair", "commission chair")


# --- incidents -------------------------------------------------------------------------------

def test_issue_11_an_incident_recorded_while_busy_is_shown_then_saved_and_described(qtbot, session, db_path):
    page = shown(qtbot, IncidentsPage(session))
    with OtherProgram(db_path):
        qtbot.mouseClick(page.new_incident, Qt.MouseButton.LeftButton)
        page.incident_category.setCurrentIndex(page.incident_category.findData("other"))  # issue 12: chosen
        at = page.model.incident(0).occurred_at
        assert table(page.model) == [[hhmm(at), "Other (not yet saved)", "", ""]]
        assert (page.editor.isEnabled(), page.editor.title()) == (
            False, f"Incident at {hhmm(at)} (not yet saved; it can be described once it is)")
    qtbot.wait_until(lambda: session.pending() == [], timeout=3000)
    (saved,) = session.store.incidents(session.station_id)
    assert (saved.category, saved.occurred_at) == ("other", at)
    assert (table(page.model), page.editor.isEnabled(), page.model.incident(0).id) == (
        [[hhmm(at), "Other", "", ""]], True, saved.id)  # and still selected
    with OtherProgram(db_path):
        page.incident_description.setFocus()
        qtbot.keyClicks(page.incident_description, "Carousel: same man voted twice")
        page.commit_pending()
        assert table(page.model)[0][1:3] == ["Other (not yet saved)", "Carousel: same man voted twice"]
    qtbot.wait_until(lambda: session.pending() == [], timeout=3000)
    assert session.store.incidents(session.station_id)[0].description == "Carousel: same man voted twice"
