"""The protocol screen: typed with the keyboard, checked live, saved at once, refused at the field."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton,
)

from observer_app.domain.records import MAX_COUNT
from observer_app.domain.template import StationSpec
from observer_app.storage.store import Store
from ui.protocol import ProtocolPage, parse_count
from ui.session import Session

KZ_PROTOCOL = {
    "registered": 2720, "received": 2800, "issued": 1020, "cancelled": 1780, "in_boxes": 1018,
    "invalid": 18, "valid": 1000, "nur_otan": 700, "ak_zhol": 110, "ppk": 90, "auyl": 60,
    "adal": 40,
}


def shown(qtbot, widget, width=1366, height=640):
    """The page as the observer sees it: shown, active (so focus moves), at laptop size."""
    qtbot.add_widget(widget)
    widget.resize(width, height)
    with qtbot.wait_active(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def page(qtbot, session):
    return shown(qtbot, ProtocolPage(session))


def field(page, code) -> QLineEdit:
    return page.findChild(QLineEdit, f"value_{code}")


def child(page, cls, name):
    found = page.findChild(cls, name)
    assert found is not None, name
    return found


def stored(session):
    protocol = session.store.protocol(session.station_id)
    return None if protocol is None else protocol.values


def type_into(qtbot, page, code, text):
    """Focuses a field as Tab would (selecting what it holds), types, presses Enter."""
    widget = field(page, code)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def relation(page, relation_id):
    label = child(page, QLabel, f"relation_{relation_id}")
    return label.property("status"), label.text()


def test_a_whole_protocol_is_typed_with_the_keyboard_only(qtbot, page, session):
    field(page, "registered").setFocus()
    for code, value in KZ_PROTOCOL.items():
        focused = QApplication.focusWidget()
        assert focused.objectName() == f"value_{code}"
        qtbot.keyClicks(focused, str(value))
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is child(page, QComboBox, "source")
    assert stored(session) == KZ_PROTOCOL
    assert [relation(page, r.id)[0] for r in session.template.relations] == ["pass"] * 5


def test_tab_moves_to_the_next_field_in_protocol_order_and_saves(qtbot, page, session):
    type_into(qtbot, page, "registered", "2720")
    field(page, "nur_otan").setFocus()
    qtbot.keyClicks(field(page, "nur_otan"), "700")
    qtbot.keyClick(field(page, "nur_otan"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(page, "ak_zhol")
    assert stored(session) == {"registered": 2720, "nur_otan": 700}


def test_a_relation_turns_red_and_green_while_typing(qtbot, page, session):
    type_into(qtbot, page, "in_boxes", "812")
    type_into(qtbot, page, "invalid", "798")
    assert relation(page, "boxes_split") == ("unknown", "5 = 6 + 7:  812 = 798 + ?")
    field(page, "valid").setFocus()
    qtbot.keyClicks(field(page, "valid"), "10")  # not saved yet: the check runs as it is typed
    assert relation(page, "boxes_split") == ("fail", "5 = 6 + 7:  812 ≠ 798 + 10 (off by 4)")
    assert stored(session) == {"in_boxes": 812, "invalid": 798}
    qtbot.keyClick(field(page, "valid"), Qt.Key.Key_Return)
    type_into(qtbot, page, "invalid", "802")
    assert relation(page, "boxes_split") == ("pass", "5 = 6 + 7:  812 = 802 + 10")
    assert stored(session) == {"in_boxes": 812, "invalid": 802, "valid": 10}


def test_the_sum_of_the_votes_is_shown_as_sigma(qtbot, page, session):
    type_into(qtbot, page, "valid", "10")
    for code in session.template.contestant_codes:
        type_into(qtbot, page, code, "3")
    assert relation(page, "valid_sum") == ("fail", "7 = Σ votes:  10 ≠ 15 (off by 5)")


@pytest.mark.parametrize(
    "typed, message",
    [
        ("-5", "Line 5 “Ballots found in the ballot boxes”: a count cannot be negative (you typed -5)."),
        ("12.5", "Line 5 “Ballots found in the ballot boxes”: type a whole number, digits only "
                 "(you typed “12.5”)."),
        ("many", "Line 5 “Ballots found in the ballot boxes”: type a whole number, digits only "
                 "(you typed “many”)."),
        (str(MAX_COUNT + 1), "Line 5 “Ballots found in the ballot boxes”: 1000001 is more than any "
                             "polling station has (at most 1000000)."),
    ],
    ids=["negative", "fraction", "text", "more-than-any-station"],
)
def test_a_value_that_is_not_a_count_is_refused_at_the_field(qtbot, page, session, typed, message):
    type_into(qtbot, page, "in_boxes", "812")
    type_into(qtbot, page, "in_boxes", typed)
    error = child(page, QLabel, "field_error")
    assert error.isVisible()
    assert error.text() == message + " Nothing was saved: correct the figure, or press Esc to get the saved one back."
    assert QApplication.focusWidget() is field(page, "in_boxes")
    assert field(page, "in_boxes").text() == typed  # not clamped, not cleared
    assert stored(session) == {"in_boxes": 812}

    qtbot.keyClick(field(page, "in_boxes"), Qt.Key.Key_Tab)  # Tab does not leave it either
    assert QApplication.focusWidget() is field(page, "in_boxes")

    qtbot.keyClick(field(page, "in_boxes"), Qt.Key.Key_Escape)  # the saved figure comes back
    assert (field(page, "in_boxes").text(), error.isVisible()) == ("812", False)


def test_correcting_a_refused_value_saves_it_and_hides_the_message(qtbot, page, session):
    type_into(qtbot, page, "registered", "-1")
    assert child(page, QLabel, "field_error").isVisible()
    field(page, "registered").selectAll()
    qtbot.keyClicks(field(page, "registered"), "1000")
    qtbot.keyClick(field(page, "registered"), Qt.Key.Key_Return)
    assert child(page, QLabel, "field_error").isVisible() is False
    assert QApplication.focusWidget() is field(page, "received")
    assert stored(session) == {"registered": 1000}


def test_a_figure_is_saved_when_the_field_is_left_with_the_mouse(qtbot, page, session):
    field(page, "registered").setFocus()
    qtbot.keyClicks(field(page, "registered"), "2720")
    qtbot.mouseClick(field(page, "issued"), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field(page, "issued")
    assert stored(session) == {"registered": 2720}


def test_a_refused_figure_keeps_the_focus_when_clicked_away(qtbot, page, session):
    field(page, "registered").setFocus()
    qtbot.keyClicks(field(page, "registered"), "-1")
    qtbot.mouseClick(field(page, "issued"), Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: QApplication.focusWidget() is field(page, "registered"))
    assert child(page, QLabel, "field_error").isVisible()
    assert stored(session) is None


def test_clearing_a_field_stores_unknown(qtbot, page, session):
    type_into(qtbot, page, "issued", "1020")
    widget = field(page, "issued")
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert stored(session) == {"issued": None}


def test_an_unchanged_field_is_not_saved_again(qtbot, page, session):
    type_into(qtbot, page, "issued", "1020")
    version = session.store.protocol(session.station_id).version
    type_into(qtbot, page, "issued", "1020")
    assert session.store.protocol(session.station_id).version == version


@pytest.mark.parametrize("text, expected", [
    ("812", (812, None)), (" 1 234 ", (1234, None)), ("", (None, None)), ("007", (7, None)),
    ("-3", (None, "negative")), ("1.5", (None, "not_whole")), ("1e3", (None, "not_whole")),
    ("12 34", (None, "not_whole")), (str(MAX_COUNT), (MAX_COUNT, None)),
    (str(MAX_COUNT + 1), (None, "too_large")),
], ids=["plain", "grouped", "empty", "leading-zeros", "negative", "fraction", "exponent",
        "bad-grouping", "max", "over-max"])
def test_parse_count(text, expected):
    assert parse_count(text) == expected


def failing_protocol(session):
    for code, value in (KZ_PROTOCOL | {"invalid": 30}).items():  # 1018 ≠ 30 + 1000
        session.store.set_protocol_value(session.station_id, code, value)
    session.store.save_protocol(session.station_id, source="certified_copy")
    session.changed.emit("protocols")


def test_a_failing_protocol_is_final_only_as_on_the_official_copy(qtbot, page, session):
    failing_protocol(session)
    status = child(page, QComboBox, "status")
    status.setCurrentIndex(status.findData("final"))
    error = child(page, QLabel, "status_error")
    assert error.isVisible()
    assert error.text() == (
        "Not marked final: 1 control relation(s) fail (5 = 6 + 7). Check the figures against the "
        "official copy; if they are exactly so on it, tick “The figures are exactly as on the "
        "official copy” and mark the protocol final again.")
    assert status.currentData() == "draft"
    protocol = session.store.protocol(session.station_id)
    assert (protocol.status, protocol.as_on_official_copy) == ("draft", False)

    child(page, QCheckBox, "as_on_official_copy").click()
    status.setCurrentIndex(status.findData("final"))
    protocol = session.store.protocol(session.station_id)
    assert (protocol.status, protocol.as_on_official_copy) == ("final", True)
    assert error.isVisible() is False
    assert field(page, "invalid").isReadOnly()


def test_a_passing_protocol_is_marked_final_without_confirmation(qtbot, page, session):
    for code, value in KZ_PROTOCOL.items():
        session.store.set_protocol_value(session.station_id, code, value)
    session.store.save_protocol(session.station_id, source="posted_copy")
    session.changed.emit("protocols")
    status = child(page, QComboBox, "status")
    status.setCurrentIndex(status.findData("final"))
    protocol = session.store.protocol(session.station_id)
    assert (protocol.status, protocol.as_on_official_copy) == ("final", False)


def test_back_to_draft_unlocks_the_figures(qtbot, page, session):
    failing_protocol(session)
    child(page, QCheckBox, "as_on_official_copy").click()
    status = child(page, QComboBox, "status")
    status.setCurrentIndex(status.findData("final"))
    status.setCurrentIndex(status.findData("draft"))
    assert session.store.protocol(session.station_id).status == "draft"
    assert field(page, "invalid").isReadOnly() is False


def test_the_source_is_saved_and_imported_is_offered_only_when_stored(qtbot, page, session):
    source = child(page, QComboBox, "source")
    assert [source.itemData(i) for i in range(source.count())] == [
        "certified_copy", "posted_copy", "own_count", "not_shown"]
    source.setCurrentIndex(source.findData("own_count"))
    assert session.store.protocol(session.station_id).source == "own_count"

    session.store.save_protocol(session.station_id, source="imported")
    session.changed.emit("protocols")
    assert [source.itemData(i) for i in range(source.count())][-1] == "imported"
    assert source.currentData() == "imported"


def test_a_change_from_elsewhere_is_shown_but_not_over_what_is_being_typed(qtbot, page, session):
    widget = field(page, "received")
    widget.setFocus()
    qtbot.keyClicks(widget, "28")
    session.run("protocols", session.store.save_protocol, session.station_id,
                values={"registered": 2720, "received": 5})
    assert (field(page, "registered").text(), widget.text()) == ("2720", "28")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert stored(session) == {"registered": 2720, "received": 28}


def png(path, colour="red"):
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def test_photos_are_attached_to_the_protocol_with_their_sha256(qtbot, page, session, tmp_path, monkeypatch):
    first, second = png(tmp_path / "protocol-1.png"), png(tmp_path / "protocol-2.png", "blue")
    monkeypatch.setattr(ProtocolPage, "ask_photo_paths",
                        classmethod(lambda cls, parent: [str(first), str(second)]))
    assert session.store.protocol(session.station_id) is None
    qtbot.mouseClick(child(page, QPushButton, "attach_protocol_photos"), Qt.MouseButton.LeftButton)
    protocol = session.store.protocol(session.station_id)
    assert [(p.filename, p.sha256) for p in session.store.photos(protocol)] == [
        ("protocol-1.png", hashlib.sha256(first.read_bytes()).hexdigest()),
        ("protocol-2.png", hashlib.sha256(second.read_bytes()).hexdigest()),
    ]
    photos = child(page, QListWidget, "protocol_photos")
    assert [photos.item(i).text() for i in range(photos.count())] == ["protocol-1.png", "protocol-2.png"]


def test_cancelling_the_photo_dialog_stores_nothing(qtbot, page, session, monkeypatch):
    monkeypatch.setattr(ProtocolPage, "ask_photo_paths", classmethod(lambda cls, parent: []))
    qtbot.mouseClick(child(page, QPushButton, "attach_protocol_photos"), Qt.MouseButton.LeftButton)
    assert session.store.protocol(session.station_id) is None


@pytest.fixture
def ru_session(tmp_path, ru_template, qapp):
    store = Store.open(tmp_path / "ru.sqlite")
    store.load_election(ru_template)
    store.upsert_stations([StationSpec("X", registered_voters=1000)])
    yield Session(store, store.station_by_code("X"), store.template(), "ru")
    store.close()


def test_the_russian_protocol_is_typed_and_checked_too(qtbot, ru_session):
    page = shown(qtbot, ProtocolPage(ru_session), 1366, 768)
    template = ru_session.template
    values = {"registered": 1000, "received": 900, "issued_early": 20, "issued_in_premises": 500,
              "issued_outside": 30, "cancelled": 350, "in_portable_boxes": 50,
              "in_stationary_boxes": 500, "invalid": 10, "valid": 540, "lost": 0, "not_accounted": 0}
    values |= {code: 0 for code in template.contestant_codes} | {"united_russia": 300, "kprf": 240}
    field(page, "registered").setFocus()
    for code in template.codes:
        focused = QApplication.focusWidget()
        assert focused.objectName() == f"value_{code}"
        qtbot.keyClicks(focused, str(values[code]))
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert stored(ru_session) == values
    assert {r.id: relation(page, r.id)[0] for r in template.relations} == {
        "issued_le_registered": "pass", "ballots_accounted": "pass", "boxes_split": "pass",
        "valid_sum": "pass", "boxes_le_issued": "pass", "portable_le_outside": "pass"}
    assert relation(page, "boxes_split")[1] == "7 + 8 = 9 + 10:  50 + 500 = 10 + 540"
    assert page.findChild(QLabel, "relation_boxes_split_badge").text() == "passes"


def test_typed_figures_are_saved_before_the_window_closes(qtbot, page, session):
    widget = field(page, "cancelled")
    widget.setFocus()
    qtbot.keyClicks(widget, "1780")
    assert page.commit_pending() is True
    assert stored(session) == {"cancelled": 1780}


def test_a_refused_vote_count_names_the_contestant(qtbot, page, session):
    type_into(qtbot, page, "nur_otan", "7OO")
    error = child(page, QLabel, "field_error")
    assert (error.isVisible(), error.text()) == (True, (
        "Votes for “Nur Otan”: type a whole number, digits only (you typed “7OO”). Nothing was "
        "saved: correct the figure, or press Esc to get the saved one back."))
    assert stored(session) is None
