"""One number and time format per language on the screens, whatever the laptop's locale says
(issue 12, item 8): a Russian or Kazakh observer on a laptop set to English (US) sees 14:03,
never 2:03 PM, and 47,6 %, never 47.6."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView

from observer_app.domain.records import format_time
from observer_app.formats import NBSP
from ui.main_window import MainWindow
from ui.session import Session

DAY = dt.date(2021, 1, 10)
TWELVE_HOUR = re.compile(r"\b\d{1,2}:\d\d\s?(AM|PM)\b", re.IGNORECASE)


def local(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute)).astimezone()


@pytest.fixture
def window_in(qtbot, store, in_language):
    def build(lang: str) -> MainWindow:
        in_language(lang)
        # The laptop's own locale, set after the app's language: any text still written by
        # QLocale() (or the system's format) shows up as "2:03 PM" and "47.6".
        QLocale.setDefault(QLocale("en_US"))
        assert QLocale().toString(dt.time(14, 3), QLocale.FormatType.ShortFormat).endswith("PM")
        store.update_observer(full_name="Aigerim Bekova", organisation="Erkindik Kanaty")
        session = Session(store, store.station_by_code("ALA-101"), store.template(), lang)
        window = MainWindow(session)
        qtbot.add_widget(window)
        window.resize(1366, 768)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window
    return build


def table_texts(view: QTableView) -> list[str]:
    model = view.model()
    return [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in range(model.columnCount())]


@pytest.mark.parametrize("lang, out_since", [("ru", "Вне участка с 14:10"), ("kk", "14:10")])
def test_issue_12_a_russian_or_kazakh_screen_on_an_english_laptop(qtbot, window_in, store, lang, out_since):
    window = window_in(lang)
    session = window.session
    sid = session.station_id
    times = [format_time(local(14, 3))]
    session.store.clock = lambda: times[0]
    session.run("turnout_announcements", store.add_announcement, sid, format_time(local(13, 0)), voters=1295,
                percent=47.6)
    window.show_section("turnout")
    page = window.pages["turnout"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)  # a voter counted at 14:03
    said = page.findChild(QLabel, "last_action").text()
    assert "14:03" in said and not TWELVE_HOUR.search(said), said
    texts = table_texts(page.findChild(QTableView)) + [label.text() for label in page.findChildren(QLabel)]
    assert f"1{NBSP}295 (47,6{NBSP}%)" in texts, texts
    assert "13:00–14:00" in texts and "14:00–15:00" in texts
    assert [t for t in texts if TWELVE_HOUR.search(t) or re.search(r"\d\.\d", t)] == []
    assert any(f"0,0{NBSP}%" in t for t in texts), texts  # 1 of 2 720: a decimal comma
    assert f"2{NBSP}720" in window.findChild(QLabel, "header_address").text()  # registered voters

    session.run("obstructions", session.store.start_obstruction, sid, "removed", at=format_time(local(14, 10)))
    chip = window.findChild(QLabel, "header_presence").text()
    assert out_since in chip and not TWELVE_HOUR.search(chip), chip


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_issue_12_dates_in_the_editors_as_the_language_writes_them(qtbot, window_in, lang):
    window = window_in(lang)
    window.show_section("protocol")
    signed = window.findChild(QLineEdit, "commission_signed_at")
    assert "11.01.2021 01:15" in signed.placeholderText()


@pytest.mark.parametrize("section, first", [
    ("turnout", (QSpinBox, "announce_voters")),
    ("obstructions", (QPushButton, "record_removed")),
    ("protocol", (QLineEdit, None)),
])
def test_issue_12_ctrl_n_goes_to_the_first_field_of_the_current_page(qtbot, window_in, section, first):
    window = window_in("en")
    window.show_section(section)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    kind, name = first
    assert isinstance(focus, kind), focus
    if name is not None:
        assert focus.objectName() == name
    else:  # line 1 of the protocol
        page = window.pages["protocol"]
        assert focus is page._fields[page._order[0]]
    assert window.pages["turnout"].findChild(QLabel, "count").text() == "0"  # Ctrl+N counted nobody
