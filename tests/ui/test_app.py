"""The app as a person uses it: first run, reopening where they left off, the main window."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from observer_app.demo import fill_demo
from observer_app.storage.store import Store
from ui.app import AppController
from ui.main_window import MainWindow


def shown_window(qtbot, controller) -> MainWindow:
    controller.start()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    return window


def test_first_run_asks_profile_election_and_station(qtbot, db_path):
    store = Store.open(db_path)
    controller = AppController(store, "en")
    assert controller.needs_setup()
    controller.start()
    wizard = controller.wizard
    qtbot.add_widget(wizard)
    assert wizard.currentPage() is wizard.language_page
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    wizard.next()  # the name is required: stays on the profile page
    assert wizard.currentPage() is wizard.profile_page
    qtbot.keyClicks(wizard.profile_page.full_name, "Aigerim Bekova")
    qtbot.keyClicks(wizard.profile_page.organisation, "Erkindik Kanaty")
    wizard.next()
    assert wizard.currentPage() is wizard.election_page
    assert not wizard.election_page.demo.isChecked()  # chosen by the observer, never for them
    wizard.election_page.demo.click()
    wizard.next()
    assert wizard.currentPage() is wizard.station_page
    picker = wizard.station_page.picker
    qtbot.keyClicks(picker.filter, "NQZ")
    assert picker.proxy.rowCount() == 12
    picker.view.setCurrentIndex(picker.proxy.index(2, 0))
    chosen = picker.selected_id()
    with qtbot.wait_signal(controller.window_shown, timeout=2000):
        wizard.button(QWizard.FinishButton).click()
    qtbot.add_widget(controller.window)
    assert store.observer().full_name == "Aigerim Bekova"
    assert store.observer().organisation == "Erkindik Kanaty"
    assert store.template().id == "kz-2021-majilis"
    assert store.setting("station_id") == chosen
    header = controller.window.findChild(QLabel, "header_station")
    assert header.text() == f"Station {store.station(chosen).code}"
    assert store.station(chosen).code.startswith("NQZ-")
    store.close()


@pytest.mark.parametrize("lang, says", [
    ("en", "{file}: line {line}, column {column}: not valid JSON ({detail})."),
    ("kk", "{file}: {line}-жол, {column}-баған: JSON жарамсыз ({detail})."),
])
def test_a_bad_election_file_is_refused_on_the_page(qtbot, db_path, tmp_path, in_language, lang, says):
    bad = tmp_path / "bad.election.json"
    bad.write_text('{"format_version": 1, "id": "x"', encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as parsed:
        json.loads(bad.read_text(encoding="utf-8"))
    in_language(lang)
    with Store.open(db_path) as store:
        controller = AppController(store, lang)
        controller.start()
        wizard = controller.wizard
        qtbot.add_widget(wizard)
        wizard.next()
        wizard.profile_page.full_name.setText("A. Observer")
        wizard.next()
        page = wizard.election_page
        page.from_file.setChecked(True)
        page.path.setText(str(bad))
        wizard.next()
        assert wizard.currentPage() is page
        exc = parsed.value  # Python's own words for the JSON problem stay English
        assert page.error.text() == says.format(file=bad, line=exc.lineno, column=exc.colno,
                                                detail=exc.msg)
        assert store.election() is None


def test_a_refused_change_shows_in_russian_in_the_message_bar(qtbot, session, in_language):
    in_language("ru")
    window = MainWindow(session)
    qtbot.add_widget(window)
    session.run("obstructions", session.store.start_obstruction, session.station_id, "removed")
    session.run("obstructions", session.store.start_obstruction, session.station_id, "not_admitted")
    assert window.findChild(QLabel, "message_bar_text").text() == (
        "Вы уже вне участка; сначала отметьте «Снова на участке».")
    assert window.findChild(QPushButton, "message_bar_dismiss").text() == "Скрыть"


def test_later_runs_reopen_where_the_observer_left_off(qtbot, db_path):
    with Store.open(db_path) as store:
        sid = fill_demo(store)
        window = shown_window(qtbot, AppController(store, "en"))
        assert window.session.station_id == sid
        window.show_section("protocol")
        window.close()
    with Store.open(db_path) as store:
        controller = AppController(store, "en")
        assert not controller.needs_setup()
        window = shown_window(qtbot, controller)
        assert controller.wizard is None
        assert window.session.station_id == sid
        assert window.tabs.currentWidget() is window.pages["protocol"]
        window.close()


def test_fifty_clicks_undo_three_restart_finds_47(qtbot, db_path):
    with Store.open(db_path) as store:
        fill_demo(store)
        store.db.execute("UPDATE turnout_tallies SET deleted = 1")  # start the count from zero
        window = shown_window(qtbot, AppController(store, "en"))
        window.show_section("turnout")
        plus = window.findChild(QPushButton, "plus_one")
        undo = window.findChild(QPushButton, "undo")
        for _ in range(50):
            qtbot.mouseClick(plus, Qt.LeftButton)
        for _ in range(3):
            qtbot.mouseClick(undo, Qt.LeftButton)
        assert window.findChild(QLabel, "count").text() == "47"
        window.close()
    with Store.open(db_path) as store:
        window = shown_window(qtbot, AppController(store, "en"))
        assert window.findChild(QLabel, "count").text() == "47"
        assert store.tally_count(window.session.station_id) == 47
        window.close()


def test_arrival_and_departure_one_click_each(qtbot, session):
    window = MainWindow(session)
    qtbot.add_widget(window)
    qtbot.mouseClick(window.findChild(QPushButton, "record_arrived_at"), Qt.LeftButton)
    visit = session.store.visit(session.station_id)
    assert visit.arrived_at is not None and visit.departed_at is None
    assert not window.findChild(QPushButton, "record_arrived_at").isVisibleTo(window)
    qtbot.mouseClick(window.findChild(QPushButton, "record_departed_at"), Qt.LeftButton)
    visit = session.store.visit(session.station_id)
    assert visit.departed_at >= visit.arrived_at
    assert window.findChild(QLabel, "saved_status").text().startswith("Last change saved at ")


def test_removal_and_readmission_from_the_main_window(qtbot, session):
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.show_section("obstructions")
    qtbot.mouseClick(window.findChild(QPushButton, "record_removed"), Qt.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "readmitted"), Qt.LeftButton)
    rows = sqlite3.connect(session.store.path).execute(
        "SELECT kind, started_at, ended_at FROM obstructions").fetchall()
    assert len(rows) == 1
    kind, started, ended = rows[0]
    assert kind == "removed" and started and ended and ended >= started


def test_a_refused_change_shows_in_the_message_bar(qtbot, session):
    window = MainWindow(session)
    qtbot.add_widget(window)
    session.run("incidents", session.store.add_incident, session.station_id, "alien_landing")
    assert window.findChild(QLabel, "message_bar_text").text() == "Unknown incident category “alien_landing”."


def test_station_list_model_passes_the_model_tester(qtmodeltester, store):
    from ui.first_run import StationListModel

    model = StationListModel(store.stations())
    qtmodeltester.check(model)
    assert model.rowCount() == 24
    assert model.index(0, 0).data() == "ALA-101 — г. Алматы, ул. Толе би, 155, школа-гимназия №12"


def test_screenshot_renders_every_screen(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from ui.app import run_screenshots

    assert run_screenshots(tmp_path / "shots") == 0
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert names == ["00-first-run.png", "01-turnout.png", "02-obstructions.png", "03-incidents.png",
                     "04-protocol.png", "05-summary.png", "06-coordinator.png", "07-analysis.png"]
    for name in names[1:]:
        image = QImage(str(tmp_path / "shots" / name))
        assert (image.width(), image.height()) == (1366, 728)
        # Not a blank grab: a screen has many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 728, 13)}
        assert len(colours) > 20, name


def test_screenshots_at_125_percent_show_what_a_small_laptop_shows(tmp_path):
    """Issue 12: at QT_SCALE_FACTOR=1.25 the window is 1093x582 of Qt's pixels, and the PNG is the
    1366x728 screen pixels it fills, not a 1366x768-pixel window drawn larger."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.25")
    proc = subprocess.run([sys.executable, str(root / "main.py"), "screenshot", str(tmp_path), "--lang", "kk"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    for name in ("01-turnout.png", "04-protocol.png", "07-analysis.png"):
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1366, 728), name
