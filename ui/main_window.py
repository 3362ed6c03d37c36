"""The observer's main window: station header, the five sections, and the save status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.domain.records import utc_now
from ui import timefmt
from ui.session import CLOSE_WAIT_S, Session


class VisitTimeButton(QWidget):
    """One click records the time now; the recorded time stays editable."""

    def __init__(self, session: Session, field: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.field = field
        self.button = QPushButton(caption)
        self.button.setObjectName(f"record_{field}")
        self.edit = QDateTimeEdit()
        self.edit.setObjectName(f"edit_{field}")
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setCalendarPopup(False)
        self.edit.setToolTip(self.tr("Correct the time if needed"))
        self.clear = QToolButton()
        self.clear.setObjectName(f"clear_{field}")
        self.clear.setText("×")
        self.clear.setToolTip(self.tr("Clear this time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear)
        self.button.clicked.connect(self._on_button_clicked)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.clear.clicked.connect(self._on_clear_clicked)
        self.refresh()

    def value(self) -> str | None:
        visit = self.session.store.visit(self.session.station_id)
        return getattr(visit, self.field) if visit else None

    def refresh(self) -> None:
        value = self.value()
        self.edit.setVisible(value is not None)
        self.clear.setVisible(value is not None)
        self.button.setVisible(value is None)
        if value is not None:
            self.edit.blockSignals(True)
            self.edit.setDateTime(timefmt.to_qdatetime(value))
            self.edit.blockSignals(False)

    def _save(self, value: str | None) -> None:
        self.session.run("visits", self.session.store.set_visit_time, self.session.station_id,
                         self.field, value)
        self.refresh()

    def _on_button_clicked(self) -> None:
        self._save(utc_now())
        self.edit.setFocus()

    def _on_edit_editing_finished(self) -> None:
        if self.session.store.closed:
            return
        new = timefmt.from_qdatetime(self.edit.dateTime())
        old = self.value()
        if old is None or timefmt.hhmm(old) != timefmt.hhmm(new):
            self._save(new)

    def _on_clear_clicked(self) -> None:
        self._save(None)


class Header(QFrame):
    """Election, station, registered voters, observer, and arrival/departure."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("header")
        self.setFrameShape(QFrame.StyledPanel)
        self.election = QLabel()
        self.election.setObjectName("header_election")
        self.station = QLabel()
        self.station.setObjectName("header_station")
        font = self.station.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.station.setFont(font)
        self.address = QLabel()
        self.address.setObjectName("header_address")
        self.address.setWordWrap(True)
        self.observer = QLabel()
        self.observer.setObjectName("header_observer")
        self.arrival = VisitTimeButton(session, "arrived_at", self.tr("Arrived now"))
        self.departure = VisitTimeButton(session, "departed_at", self.tr("Left now"))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.station, 0, 0)
        grid.addWidget(self.election, 0, 1)
        grid.addWidget(self.observer, 0, 2, Qt.AlignRight)
        grid.addWidget(self.address, 1, 0, 1, 2)
        times = QHBoxLayout()
        times.setSpacing(8)
        arrived = QLabel(self.tr("Arrival:"))
        left = QLabel(self.tr("Departure:"))
        times.addWidget(arrived)
        times.addWidget(self.arrival)
        times.addSpacing(8)
        times.addWidget(left)
        times.addWidget(self.departure)
        grid.addLayout(times, 1, 2, Qt.AlignRight)
        grid.setColumnStretch(1, 1)
        session.changed.connect(self._on_session_changed)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        s.reload_station()
        station = s.station
        self.station.setText(self.tr("Station %1").replace("%1", station.code))
        self.election.setText(s.election_name())
        self.election.setWordWrap(True)
        registered = (self.tr("registered voters unknown") if station.registered_voters is None
                      else self.tr("%1 registered voters").replace(
                          "%1", QLocale(s.lang).toString(station.registered_voters)))
        place = ", ".join(p for p in (station.region, station.district) if p)
        self.address.setText(" · ".join(p for p in (station.address or place, registered) if p))
        observer = s.store.observer()
        self.observer.setText(self.tr("Observer: %1").replace("%1", observer.full_name or self.tr("(no name)")))
        self.arrival.refresh()
        self.departure.refresh()

    def _on_session_changed(self, table: str) -> None:
        if table in ("stations", "observers", "visits"):
            self.refresh()


class MainWindow(QMainWindow):
    """The window an observer keeps open all day at one station."""

    station_change_requested = Signal()
    profile_edit_requested = Signal()
    identity_requested = Signal()
    language_change_requested = Signal()
    coordinator_requested = Signal()

    SECTIONS = ("turnout", "obstructions", "incidents", "protocol", "summary")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.incidents import IncidentsPage
        from ui.obstructions import ObstructionsPage
        from ui.protocol import ProtocolPage
        from ui.summary import SummaryPage
        from ui.turnout import TurnoutPage

        self.session = session
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Observer — station %1").replace("%1", session.station.code))
        self.header = Header(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.tabs.setDocumentMode(True)
        self.pages = {
            "turnout": TurnoutPage(session),
            "obstructions": ObstructionsPage(session),
            "incidents": IncidentsPage(session),
            "protocol": ProtocolPage(session),
            "summary": SummaryPage(session),
        }
        titles = {
            "turnout": self.tr("&1 Turnout"),
            "obstructions": self.tr("&2 Obstructions"),
            "incidents": self.tr("&3 Incidents"),
            "protocol": self.tr("&4 Protocol"),
            "summary": self.tr("&5 Summary"),
        }
        for name in self.SECTIONS:
            self.pages[name].setObjectName(f"page_{name}")
            self.tabs.addTab(self.pages[name], titles[name])
        self.pages["protocol"].problems_changed.connect(self._on_protocol_problems_changed)
        self._on_protocol_problems_changed(self.pages["protocol"].problems())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_status")
        self.error_label = QLabel()
        self.error_label.setObjectName("error_status")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsaved_status")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet("color: #7a4f00; font-weight: bold;")
        self.unsaved_label.hide()
        self.statusBar().addWidget(self.error_label, 1)
        self.statusBar().addWidget(self.unsaved_label, 2)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._error_timer = QTimer(self, singleShot=True, interval=10_000)
        self._error_timer.timeout.connect(self.error_label.clear)
        self._update_saved(None)

        self._build_menus()
        session.saved.connect(self._on_session_saved)
        session.failed.connect(self._on_session_failed)
        session.unsaved_changed.connect(self._on_session_unsaved_changed)
        last = session.store.setting("section")
        if last in self.SECTIONS:
            self.tabs.setCurrentIndex(self.SECTIONS.index(last))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tabs.currentWidget().setFocus()  # +1's key works at once on the Turnout page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        change = QAction(self.tr("Change &station…"), self)
        change.setObjectName("action_change_station")
        change.triggered.connect(self.station_change_requested)
        profile = QAction(self.tr("Edit &profile…"), self)
        profile.setObjectName("action_profile")
        profile.triggered.connect(self.profile_edit_requested)
        identity = QAction(self.tr("&Identity…"), self)
        identity.setObjectName("action_identity")
        identity.triggered.connect(self.identity_requested)
        language = QAction(self.tr("&Language…"), self)
        language.setObjectName("action_language")
        language.triggered.connect(self.language_change_requested)
        coordinator = QAction(self.tr("&Coordinator…"), self)
        coordinator.setObjectName("action_coordinator")
        coordinator.triggered.connect(self.coordinator_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(change)
        file_menu.addAction(profile)
        file_menu.addAction(identity)
        file_menu.addAction(language)
        file_menu.addAction(coordinator)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        for i, name in enumerate(self.SECTIONS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    def _on_protocol_problems_changed(self, count: int) -> None:
        """A warning mark on the Protocol tab while a control relation fails (issue 12)."""
        index = self.SECTIONS.index("protocol")
        self.tabs.setTabIcon(index, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                             if count else QIcon())
        self.tabs.setTabToolTip(index, self.tr(
            "%n thing(s) to check in the protocol: failing control relations, or registered voters "
            "other than the station list's", "", count) if count else "")

    def show_section(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.SECTIONS.index(name))

    def _update_saved(self, iso: str | None) -> None:
        if iso is None:
            self.saved_label.setText(self.tr("Every change is saved as you go"))
        else:
            self.saved_label.setText(self.tr("Last change saved at %1").replace("%1", timefmt.hhmmss(iso)))

    def _on_session_saved(self, iso: str) -> None:
        self._update_saved(iso)

    def _on_session_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self._error_timer.start()

    def _on_session_unsaved_changed(self, count: int) -> None:
        self.unsaved_label.setText(self.tr(
            "%n change(s) not yet saved: another program is writing to the database. They are "
            "saved as soon as it has finished.", "", count))
        self.unsaved_label.setVisible(count > 0)

    def _on_tabs_current_changed(self, index: int) -> None:
        # Only which section to reopen next time: not worth a word, nor a wait.
        self.session.try_briefly(self.session.store.set_setting, "section", self.SECTIONS[index])
        self.tabs.widget(index).setFocus()

    def commit_pending(self) -> None:
        """Saves what is typed but not yet committed (a field still being edited) on every page."""
        for page in self.pages.values():
            commit = getattr(page, "commit_pending", None)
            if commit is not None and not self.session.store.closed:
                commit()

    @classmethod
    def ask_close_unsaved(cls, parent: QWidget, text: str) -> bool:
        """True to close and lose the changes the database could not take; tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), text,
                          QMessageBox.StandardButton.NoButton, parent)
        keep = box.addButton(QCoreApplication.translate("MainWindow", "Keep the window open"),
                             QMessageBox.ButtonRole.RejectRole)
        box.addButton(QCoreApplication.translate("MainWindow", "Close and lose them"),
                      QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def settle_unsaved(self) -> bool:
        """Before the window goes: saves what is typed, then every change kept while the
        database was busy, waiting up to CLOSE_WAIT_S for it; if some still cannot be saved, the
        observer chooses. True when the window may go."""
        self.commit_pending()
        if not self.session.pending() or self.session.store.closed:
            return True
        self.unsaved_label.setText(self.tr("Saving…"))
        self.unsaved_label.show()
        self.unsaved_label.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = self.session.save_pending(wait=CLOSE_WAIT_S)
        finally:
            QApplication.restoreOverrideCursor()
        if saved:
            return True
        count = len(self.session.pending())
        self._on_session_unsaved_changed(count)
        if not self.ask_close_unsaved(self, self.tr(
                "%n change(s) could not be saved: another program is still writing to the database.\n\n"
                "Keep the window open and they are saved as soon as it has finished. If you close "
                "it, they are lost.", "", count)):
            return False
        self.session.discard_all()
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.settle_unsaved():
            event.ignore()
            return
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1366, 740)
