"""The incidents page: add, edit, delete, photos with their SHA-256, and the incidents model."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage

from ui.incidents import IncidentsModel, IncidentsPage
from observer_app.formats import clock as hhmm
from ui.timefmt import to_qdatetime


@pytest.fixture
def page(qtbot, session):
    """The page shown and active, so focus moves and shortcuts fire as for the observer."""
    widget = IncidentsPage(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 640)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


@pytest.fixture
def png(tmp_path):
    path = tmp_path / "stuffing.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    assert image.save(str(path), "PNG")
    return path


def incidents(session):
    return session.store.incidents(session.station_id)


def shown(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def replace_dialogs(monkeypatch, paths=(), answer=True):
    asked: list[str] = []

    def ask_photo_paths(cls, parent):
        return [str(p) for p in paths]

    def confirm(cls, parent, text):
        asked.append(text)
        return answer

    monkeypatch.setattr(IncidentsPage, "ask_photo_paths", classmethod(ask_photo_paths))
    monkeypatch.setattr(IncidentsPage, "confirm", classmethod(confirm))
    return asked


def choose(page, category: str) -> None:
    """The observer picks the category in its box (saving a new incident)."""
    page.incident_category.setCurrentIndex(page.incident_category.findData(category))


def new_incident(qtbot, page, category: str = "carousel") -> None:
    """New incident, and its category chosen: the incident is saved."""
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    choose(page, category)


def test_new_incident_with_category_description_photo_then_deleted(qtbot, page, session, png, monkeypatch):
    asked = replace_dialogs(monkeypatch, paths=[png])
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    assert incidents(session) == []  # saved once it has a category
    assert page.incident_category.hasFocus()  # ready to choose it
    choose(page, "ballot_stuffing")
    [incident] = incidents(session)
    assert (incident.category, incident.description) == ("ballot_stuffing", "")

    page.incident_description.setFocus()
    qtbot.keyClicks(page.incident_description, "Stack of ballots in box 2")
    qtbot.mouseClick(page.attach_photos, Qt.LeftButton)  # leaving the description saves it

    [incident] = incidents(session)
    assert (incident.category, incident.description) == ("ballot_stuffing", "Stack of ballots in box 2")
    [photo] = session.store.photos(incident)
    digest = hashlib.sha256(png.read_bytes()).hexdigest()
    assert (photo.filename, photo.sha256, photo.size) == ("stuffing.png", digest, png.stat().st_size)
    assert session.store.photo_data(photo) == png.read_bytes()
    item = page.incident_photos.topLevelItem(0)
    assert [item.text(c) for c in range(3)] == [
        "stuffing.png", QLocale().formattedDataSize(png.stat().st_size), digest[:12]]
    assert page.photo_preview.pixmap().size().toTuple() == (234, 176)  # 64x48 scaled into the frame
    assert shown(page.model) == [[hhmm(incident.occurred_at), "Ballot stuffing", "Stack of ballots in box 2", "1"]]

    qtbot.mouseClick(page.delete_incident, Qt.LeftButton)
    assert asked == [f"Delete the incident \u201cBallot stuffing\u201d at {hhmm(incident.occurred_at)}? "
                     "It stays in the audit trail."]
    assert incidents(session) == []
    assert session.store.db.execute("SELECT deleted FROM incidents").fetchall() == [(1,)]
    assert page.model.rowCount() == 0
    assert not page.editor.isEnabled()


def test_declined_deletion_keeps_the_incident(qtbot, page, session, monkeypatch):
    asked = replace_dialogs(monkeypatch, answer=False)
    new_incident(qtbot, page, "other")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert len(asked) == 1
    assert [i.category for i in incidents(session)] == ["other"]


def test_typed_description_is_saved_after_a_short_pause(qtbot, page, session):
    new_incident(qtbot, page)
    page.incident_description.setFocus()
    qtbot.keyClicks(page.incident_description, "Carousel: same man voted twice")
    assert incidents(session)[0].description == ""  # still typing
    assert page.incident_description.hasFocus()
    qtbot.waitUntil(lambda: incidents(session)[0].description == "Carousel: same man voted twice", timeout=3000)
    assert shown(page.model)[0][2] == "Carousel: same man voted twice"


def test_ctrl_n_creates_an_incident_and_the_time_can_be_corrected(qtbot, page, session):
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    assert page.incident_category.hasFocus()
    choose(page, "pressure")
    assert len(incidents(session)) == 1
    page.incident_time.setDateTime(to_qdatetime("2021-01-10T11:20:45.000+00:00"))
    qtbot.keyClick(page.incident_time, Qt.Key_Return)
    assert incidents(session)[0].occurred_at == "2021-01-10T11:20:00.000+00:00"
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def test_switching_incidents_keeps_what_was_typed(qtbot, page, session):
    new_incident(qtbot, page)
    page.incident_description.setFocus()
    qtbot.keyClicks(page.incident_description, "First")
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)  # before the pause is over
    assert [i.description for i in incidents(session)] == ["First"]
    assert page.incident_description.toPlainText() == ""
    choose(page, "pressure")
    assert [i.description for i in incidents(session)] == ["First", ""]


def test_a_file_that_is_not_an_image_is_stored_without_preview(qtbot, page, session, tmp_path, monkeypatch):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42 not really a video")
    replace_dialogs(monkeypatch, paths=[clip])
    new_incident(qtbot, page)
    qtbot.mouseClick(page.attach_photos, Qt.LeftButton)
    [photo] = session.store.photos(incidents(session)[0])
    assert photo.sha256 == hashlib.sha256(clip.read_bytes()).hexdigest()
    assert page.photo_preview.text() == "No preview for this file; it is stored unchanged."


def test_removing_a_photo_after_confirmation(qtbot, page, session, png, monkeypatch):
    asked = replace_dialogs(monkeypatch, paths=[png])
    new_incident(qtbot, page)
    qtbot.mouseClick(page.attach_photos, Qt.LeftButton)
    qtbot.mouseClick(page.remove_photo, Qt.LeftButton)
    assert asked == ["Remove the photo \u201cstuffing.png\u201d from this incident? It stays in the audit trail."]
    assert session.store.photos(incidents(session)[0]) == []
    assert page.incident_photos.topLevelItemCount() == 0
    assert shown(page.model)[0][3] == ""


# --- issue 12: a new incident has no category until the observer chooses one -------------------


def test_issue_12_a_new_incident_starts_with_the_category_choice_not_other(qtbot, page, session):
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    at = page._draft.occurred_at
    box = page.incident_category
    assert (box.currentIndex(), box.currentText(), box.placeholderText(), box.hasFocus()) == (-1, "", "Choose…", True)
    assert page.editor.title() == f"New incident at {hhmm(at)}: choose its category to save it"
    assert incidents(session) == []
    qtbot.keyClick(box, Qt.Key_Tab)  # the category first, then the time, then the description
    assert page.incident_time.hasFocus()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Down)  # the observer's choice, by keyboard
    [incident] = incidents(session)
    assert (incident.category, incident.occurred_at, incident.description) == ("ballot_stuffing", at, "")
    assert shown(page.model) == [[hhmm(at), "Ballot stuffing", "", ""]]


def test_issue_12_describing_without_a_category_is_refused_at_the_field_and_kept(qtbot, page, session, png, monkeypatch):
    asked = replace_dialogs(monkeypatch, paths=[png])
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    at = page._draft.occurred_at
    page.incident_description.setFocus()
    qtbot.keyClicks(page.incident_description, "Same man voted twice")
    qtbot.wait_until(lambda: page.category_error.isVisible(), timeout=3000)  # after the pause
    assert page.category_error.text() == "Choose the category first: the incident is saved once it has one."
    assert page.incident_description.hasFocus()  # said, not forced on the observer while typing
    assert incidents(session) == []
    qtbot.mouseClick(page.attach_photos, Qt.LeftButton)  # photos need a saved incident
    assert (asked, page.incident_category.hasFocus(), page.category_error.isVisible()) == ([], True, True)
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)  # would lose the description: refused too
    assert (page._draft.occurred_at, page.incident_description.toPlainText()) == (at, "Same man voted twice")
    qtbot.keyClick(page.incident_category, Qt.Key_Down)
    qtbot.keyClick(page.incident_category, Qt.Key_Down)  # carousel
    [incident] = incidents(session)
    assert (incident.category, incident.occurred_at, incident.description) == ("carousel", at, "Same man voted twice")
    assert page.category_error.isHidden()


def test_issue_12_choosing_another_incident_keeps_a_described_new_one_and_drops_an_empty_one(qtbot, page, session):
    new_incident(qtbot, page, "pressure")
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    page.incident_description.setPlainText("Bus of voters")
    page.table.selectRow(0)
    assert (page._draft is not None, page.table.selectionModel().selectedRows(), page.category_error.isVisible()) == (
        True, [], True)
    assert page.incident_description.toPlainText() == "Bus of voters"
    page.incident_description.setPlainText("")
    page.table.selectRow(0)
    assert (page._draft, page.incident_category.currentData(), len(incidents(session))) == (None, "pressure", 1)


def test_issue_12_closing_the_window_with_a_described_new_incident_asks(qtbot, session, monkeypatch):
    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.add_widget(window)
    asked = []
    monkeypatch.setattr(MainWindow, "ask_discard_draft", classmethod(lambda cls, parent: asked.append(1) or False))
    window.show_section("incidents")
    page = window.pages["incidents"]
    qtbot.mouseClick(page.new_incident, Qt.LeftButton)
    page.incident_description.setPlainText("Bus of voters")
    assert window.settle_unsaved() is False  # kept open: the observer chooses the category
    assert (asked, window.tabs.currentWidget()) == ([1], page)
    choose(page, "carousel")
    assert window.settle_unsaved() is True
    assert [(i.category, i.description) for i in incidents(session)] == [("carousel", "Bus of voters")]


def test_incidents_model_passes_the_model_tester(qtmodeltester, session, png):
    store = session.store
    stuffing = store.add_incident(session.station_id, "ballot_stuffing", "2021-01-10T09:00:00.000+00:00",
                                  "Stack of ballots\nseen by two observers")
    store.attach_photo(stuffing, png)
    store.attach_photo(stuffing, png)
    store.add_incident(session.station_id, "pressure", "2021-01-10T12:30:00.000+00:00")
    model = IncidentsModel()
    model.set_rows([(i, len(store.photos(i))) for i in store.incidents(session.station_id)])
    qtmodeltester.check(model)
    assert shown(model) == [
        [hhmm("2021-01-10T09:00:00.000+00:00"), "Ballot stuffing", "Stack of ballots", "2"],
        [hhmm("2021-01-10T12:30:00.000+00:00"), "Pressure on voters", "", ""],
    ]
    assert model.data(model.index(0, IncidentsModel.PHOTOS), Qt.ToolTipRole) == "2 photo(s)"
