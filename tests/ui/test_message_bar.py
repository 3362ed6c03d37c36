"""Issue 12, item 7: errors stay until read, in a message bar above the pages, until dismissed or
until the thing that failed succeeds; never cleared by a timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from observer_app.errors import ObserverAppError
from observer_app.messages import Message
from ui.main_window import MainWindow

FULL = "The disk is full: nothing was written to observer.sqlite."


@pytest.fixture
def window(qtbot, session):
    widget = MainWindow(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def refuse(monkeypatch, store, method: str) -> None:
    """The store refuses `method` from now on, as with a full disk."""
    def refused(*args, **kwargs):
        raise ObserverAppError(Message.verbatim(FULL))

    monkeypatch.setattr(store, method, refused)


def bar(window) -> tuple[bool, str]:
    """What the message bar shows: whether it is visible, and its text."""
    return window.message_bar.isVisible(), window.findChild(QLabel, "message_bar_text").text()


def test_issue_12_a_refused_save_stays_on_screen_15_s_later_until_dismissed(qtbot, window, session, monkeypatch):
    refuse(monkeypatch, session.store, "set_visit_time")
    qtbot.mouseClick(window.findChild(QPushButton, "record_arrived_at"), Qt.MouseButton.LeftButton)
    assert bar(window) == (True, FULL)
    qtbot.wait(15_000)  # the status line used to clear its error after 10 s
    assert bar(window) == (True, FULL)
    text = window.findChild(QLabel, "message_bar_text")
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # can be copied
    tabs = window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()
    assert window.message_bar.mapTo(window, window.message_bar.rect().bottomLeft()).y() < tabs  # above the pages
    qtbot.mouseClick(window.findChild(QPushButton, "message_bar_dismiss"), Qt.MouseButton.LeftButton)
    assert bar(window) == (False, "")


def test_issue_12_the_error_goes_when_the_same_kind_of_save_succeeds_and_not_before(
        qtbot, window, session, monkeypatch):
    refuse(monkeypatch, session.store, "set_visit_time")
    qtbot.mouseClick(window.findChild(QPushButton, "record_arrived_at"), Qt.MouseButton.LeftButton)
    assert bar(window) == (True, FULL)
    window.show_section("turnout")
    qtbot.mouseClick(window.findChild(QPushButton, "plus_one"), Qt.MouseButton.LeftButton)  # another kind saved
    assert session.store.tally_count(session.station_id) == 1
    assert bar(window) == (True, FULL)
    monkeypatch.undo()  # the disk has room again
    qtbot.mouseClick(window.findChild(QPushButton, "record_arrived_at"), Qt.MouseButton.LeftButton)
    assert session.store.visit(session.station_id).arrived_at is not None
    assert bar(window) == (False, "")


def test_issue_12_two_errors_of_two_kinds_both_stay_and_each_goes_with_its_own_success(
        qtbot, window, session):
    sid = session.station_id
    session.run("obstructions", session.store.start_obstruction, sid, "removed")
    session.run("obstructions", session.store.start_obstruction, sid, "not_admitted")
    session.run("incidents", session.store.add_incident, sid, "alien_landing")
    assert bar(window) == (True, "You are already out of the station; record the readmission first.\n"
                                 "Unknown incident category “alien_landing”.")
    session.run("incidents", session.store.add_incident, sid, "carousel")
    assert bar(window) == (True, "You are already out of the station; record the readmission first.")
