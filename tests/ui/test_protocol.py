"""The protocol screen: typed with the keyboard, checked live, saved at once, refused at the field."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QWidget,
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


# --- issue 12: the protocol by keyboard alone, its checks at the fields, no invented source ---------

FOCUS_RING = "#1565c0"
CANCELLED_OFF = KZ_PROTOCOL | {"cancelled": 1794}  # 2 = 3 + 4: 2800 ≠ 1020 + 1794, off by 14


@pytest.fixture
def window(qtbot, session, in_language):
    in_language("en")  # plural forms of the tab's tooltip
    from ui.main_window import MainWindow

    return shown(qtbot, MainWindow(session), 1366, 768)


def border(widget) -> str:
    """The colour of a widget's left border, as drawn on the screen."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2).name()


def stored_protocol(session, codes=CANCELLED_OFF, **fields):
    for code, value in codes.items():
        session.store.set_protocol_value(session.station_id, code, value)
    if fields:
        session.store.save_protocol(session.station_id, **fields)
    session.changed.emit("protocols")


def test_issue_12_after_ctrl_4_typing_lands_in_line_1(qtbot, window, session):
    window.show_section("turnout")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["protocol"]
    assert window.tabs.currentWidget() is page
    qtbot.keyClicks(QApplication.focusWidget(), "2720")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "2800")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored(session) == {"registered": 2720, "received": 2800}
    assert QApplication.focusWidget() is field(page, "issued")


def test_issue_12_after_a_click_on_the_tab_typing_lands_in_line_1(qtbot, window, session):
    window.show_section("obstructions")
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    page = window.pages["protocol"]
    assert (window.tabs.currentWidget(), QApplication.focusWidget()) == (page, field(page, "registered"))
    qtbot.keyClicks(QApplication.focusWidget(), "2720")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert stored(session) == {"registered": 2720}


def test_issue_12_enter_and_tab_walk_the_source_signing_details_confirmation_and_status(qtbot, page, session):
    after = ["source", "commission_signed_at", "certified_by", "as_on_official_copy", "status",
             "attach_protocol_photos"]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Tab):
        field(page, "adal").setFocus()
        walked = []
        for _ in after:
            qtbot.keyClick(QApplication.focusWidget(), key)
            walked.append(QApplication.focusWidget().objectName())
        assert walked == after, key
    back = []
    for _ in after:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(QApplication.focusWidget().objectName())
    assert back == ["status", "as_on_official_copy", "certified_by", "commission_signed_at", "source", "value_adal"]
    # Enter moved on and changed nothing: no source chosen, the confirmation not ticked, nothing saved
    assert (child(page, QComboBox, "source").currentIndex(),
            child(page, QCheckBox, "as_on_official_copy").isChecked(), stored(session)) == (-1, False, None)


def test_issue_12_the_focus_ring_is_visible_on_fields_and_buttons(qtbot, page):
    for name in ("value_registered", "value_nur_otan", "source", "commission_signed_at",
                 "as_on_official_copy", "status", "attach_protocol_photos"):
        widget = child(page, QWidget, name)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        assert (name, border(widget)) == (name, FOCUS_RING)
        field(page, "valid").setFocus(Qt.FocusReason.TabFocusReason)  # elsewhere
        assert border(widget) != FOCUS_RING, name


def test_issue_12_a_failing_relation_marks_its_figures_and_says_by_how_much(qtbot, page, session):
    stored_protocol(session)
    assert relation(page, "ballots_accounted") == ("fail", "2 = 3 + 4:  2,800 ≠ 1,020 + 1,794 (off by 14)")
    marked = {code: f.property("failing") or "" for code, f in page._fields.items() if f.property("failing")}
    assert marked == {"received": "error", "issued": "error", "cancelled": "error"}
    assert field(page, "cancelled").toolTip() == "Fails 2 = 3 + 4 (off by 14)"
    assert (border(field(page, "cancelled")), border(field(page, "invalid"))) == ("#c62828", "#b8b8b8")
    assert page.problems() == 1

    type_into(qtbot, page, "nur_otan", "714")  # and 7 = Σ votes, off by 14: every vote and line 7
    assert relation(page, "valid_sum") == ("fail", "7 = Σ votes:  1,000 ≠ 1,014 (off by 14)")
    marked = {code for code, f in page._fields.items() if f.property("failing")}
    assert marked == {"received", "issued", "cancelled", "valid", *session.template.contestant_codes}
    assert field(page, "nur_otan").toolTip() == "Fails 7 = Σ votes (off by 14)"
    assert page.problems() == 2

    type_into(qtbot, page, "cancelled", "1780")
    type_into(qtbot, page, "nur_otan", "700")
    assert [f.property("failing") or "" for f in page._fields.values()] == [""] * 12
    assert (field(page, "cancelled").toolTip(), page.problems()) == ("", 0)


def test_issue_12_off_by_is_written_in_the_observers_number_format(qtbot, store, in_language):
    in_language("ru")
    station = store.station_by_code("ALA-101")
    ru = Session(store, station, store.template(), "ru")
    page = shown(qtbot, ProtocolPage(ru))
    stored_protocol(ru, KZ_PROTOCOL | {"cancelled": 3180})
    assert relation(page, "ballots_accounted") == ("fail", "2 = 3 + 4:  2\u00a0800 ≠ 1\u00a0020 + 3\u00a0180 (расхождение 1\u00a0400)")
    assert field(page, "received").toolTip() == "Нарушено 2 = 3 + 4 (расхождение 1\u00a0400)"


def test_issue_12_the_protocol_tab_shows_a_warning_mark_while_a_check_fails(qtbot, window, session):
    tabs = window.tabs
    assert (tabs.tabIcon(3).isNull(), tabs.tabToolTip(3), tabs.tabText(3)) == (True, "", "&4 Protocol")
    stored_protocol(session)
    assert (tabs.tabIcon(3).isNull(), tabs.tabToolTip(3)) == (False, (
        "1 thing to check in the protocol: a failing control relation, or registered voters other "
        "than the station list's"))
    page = window.pages["protocol"]
    window.show_section("protocol")
    type_into(qtbot, page, "registered", "2700")
    assert tabs.tabToolTip(3) == ("2 things to check in the protocol: failing control relations, or "
                                  "registered voters other than the station list's")
    type_into(qtbot, page, "registered", "2720")
    type_into(qtbot, page, "cancelled", "1780")
    assert (tabs.tabIcon(3).isNull(), tabs.tabToolTip(3), tabs.tabText(3)) == (True, "", "&4 Protocol")


def test_issue_12_registered_voters_other_than_the_station_lists_are_flagged_at_the_field(qtbot, page, session):
    note = child(page, QLabel, "registered_note")
    type_into(qtbot, page, "registered", "2700")
    assert (note.isVisible(), note.text()) == (
        True, "The station list says 2,720. Keep the figure the protocol states: a difference is evidence.")
    assert (field(page, "registered").property("failing"), page.problems()) == ("warning", 1)
    assert border(field(page, "registered")) == "#e2a400"
    assert stored(session) == {"registered": 2700}  # kept as typed: it is the protocol's

    station = session.store.station(session.station_id)  # the station list is updated
    session.store.upsert_stations([StationSpec(station.code, station.region, station.district,
                                               station.address, 2700)])
    session.changed.emit("stations")
    assert (note.isVisible(), field(page, "registered").property("failing"), page.problems()) == (False, "", 0)


def test_issue_12_the_source_starts_unchosen_and_final_needs_one(qtbot, page, session):
    source, status = child(page, QComboBox, "source"), child(page, QComboBox, "status")
    assert (source.currentIndex(), source.currentText(), source.placeholderText()) == (-1, "", "Choose…")
    stored_protocol(session, KZ_PROTOCOL)
    assert session.store.protocol(session.station_id).source == ""  # nothing invented

    status.setFocus()
    status.setCurrentIndex(status.findData("final"))
    error = child(page, QLabel, "status_error")
    assert (error.isVisible(), error.text()) == (
        True, "Not marked final: choose the protocol's source first (where its figures come from).")
    assert (status.currentData(), session.store.protocol(session.station_id).status) == ("draft", "draft")
    assert source.property("invalid") is True
    qtbot.wait_until(lambda: QApplication.focusWidget() is source)

    qtbot.keyClick(source, Qt.Key.Key_Down)  # chosen with the keyboard
    assert (source.currentData(), session.store.protocol(session.station_id).source) == (
        "certified_copy", "certified_copy")
    assert (error.isVisible(), source.property("invalid")) == (False, False)
    status.setCurrentIndex(status.findData("final"))
    assert session.store.protocol(session.station_id).status == "final"


def test_issue_12_a_protocol_without_a_source_says_so_on_the_summary(qtbot, session):
    from observer_app.export.pdf_text import label
    from ui.summary import Row, SummaryPage

    stored_protocol(session, KZ_PROTOCOL)
    summary = SummaryPage(session)
    qtbot.add_widget(summary)
    (protocol,) = [s for s in summary.sections() if s.title == "Protocol"]
    assert Row("Source", "not given") in protocol.rows
    assert [label("source", "", lang) for lang in ("en", "ru", "kk")] == ["not given", "не указан", "көрсетілмеген"]


def test_issue_12_when_the_commission_signed_and_who_certified_are_typed_and_saved(qtbot, page, session):
    import datetime as dt

    from observer_app.domain.records import format_time

    signed = child(page, QLineEdit, "commission_signed_at")
    signed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(signed, "23:40")
    qtbot.keyClick(signed, Qt.Key.Key_Return)
    certified = child(page, QLineEdit, "certified_by")
    assert QApplication.focusWidget() is certified
    qtbot.keyClicks(certified, "A. Seitkali, secretary of the commission")
    qtbot.keyClick(certified, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is child(page, QCheckBox, "as_on_official_copy")
    protocol = session.store.protocol(session.station_id)
    assert (protocol.commission_signed_at, protocol.certified_by, protocol.source) == (
        format_time(dt.datetime(2021, 1, 10, 23, 40)), "A. Seitkali, secretary of the commission", "")
    assert signed.text() == "2021-01-10 23:40"  # the date shown (as English writes it), to be corrected after midnight

    signed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(signed, "11.01.2021 01:15")
    qtbot.keyClick(signed, Qt.Key.Key_Tab)
    assert session.store.protocol(session.station_id).commission_signed_at == format_time(dt.datetime(2021, 1, 11, 1, 15))
    signed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(signed, Qt.Key.Key_Delete)
    qtbot.keyClick(signed, Qt.Key.Key_Return)
    protocol = session.store.protocol(session.station_id)
    assert (protocol.commission_signed_at, protocol.certified_by, signed.text()) == (
        None, "A. Seitkali, secretary of the commission", "")


def test_issue_12_a_signing_time_that_is_not_one_is_refused_at_the_field(qtbot, page, session):
    signed = child(page, QLineEdit, "commission_signed_at")
    signed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(signed, "25:99")
    qtbot.keyClick(signed, Qt.Key.Key_Return)
    error = child(page, QLabel, "detail_error")
    assert (error.isVisible(), error.text()) == (True, (
        "“25:99” is not a time: type it as on the protocol, e.g. 23:40, or with the date, "
        "2021-01-11 01:15. Nothing was saved; press Esc to get the saved one back."))
    assert (QApplication.focusWidget(), signed.text(), signed.property("invalid")) == (signed, "25:99", True)
    assert session.store.protocol(session.station_id) is None
    qtbot.keyClick(signed, Qt.Key.Key_Tab)  # Tab does not leave it either
    qtbot.wait_until(lambda: QApplication.focusWidget() is signed)
    qtbot.keyClick(signed, Qt.Key.Key_Escape)
    assert (signed.text(), error.isVisible(), signed.property("invalid")) == ("", False, False)


def test_issue_12_a_final_protocol_locks_its_signing_details(qtbot, page, session):
    stored_protocol(session, KZ_PROTOCOL, source="certified_copy", certified_by="A. Seitkali")
    status = child(page, QComboBox, "status")
    status.setCurrentIndex(status.findData("final"))
    assert [child(page, QWidget, n).isEnabled() for n in ("source", "commission_signed_at", "certified_by")] == [
        False, False, False]
    assert child(page, QLineEdit, "certified_by").text() == "A. Seitkali"


@pytest.mark.parametrize("typed, expected", [
    ("23:40", (10, 23, 40)), (" 9.05 ", (10, 9, 5)), ("11.01.2021 01:15", (11, 1, 15)),
    ("11.01.2021, 1:15", (11, 1, 15)), ("2021-01-11 01:15", (11, 1, 15)), ("", None),
    ("25:00", False), ("31.02.2021 10:00", False), ("after the count", False), ("2340", False),
], ids=["hh:mm", "h.mm", "with-date", "date-comma", "iso", "empty", "hour-25", "31-february", "words",
        "no-separator"])
def test_issue_12_parse_signed_at(typed, expected):
    import datetime as dt

    from observer_app.domain.records import format_time
    from ui.protocol import parse_signed_at

    result = parse_signed_at(typed, dt.date(2021, 1, 10))
    if expected is False:
        assert result == (None, False)
    elif expected is None:
        assert result == (None, True)
    else:
        day, hour, minute = expected
        assert result == (format_time(dt.datetime(2021, 1, day, hour, minute)), True)


def test_issue_12_on_a_small_screen_enter_scrolls_to_what_it_focuses(qtbot, session):
    """1366x728 screen pixels at 125 %: the page is small, its side column scrolls; every field
    Enter reaches is scrolled into sight."""
    page = shown(qtbot, ProtocolPage(session), 1093, 330)
    field(page, "registered").setFocus()
    hidden = []
    for _ in range(len(session.template.codes) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        focused = QApplication.focusWidget()
        if focused.visibleRegion().boundingRect().height() < focused.height():
            hidden.append(focused.objectName())
    assert (QApplication.focusWidget().objectName(), hidden) == ("attach_protocol_photos", [])
