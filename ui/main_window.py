"""The observer's main window: station header, the five sections, the message bar for errors,
and the save status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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


DEMO_CHIP_STYLE = ("background: #6a1b9a; color: white; font-weight: bold; border-radius: 4px; "
                   "padding: 1px 8px;")


class MessageBar(QFrame):
    """Errors that stay until read: red, above the pages, each until it is dismissed or the thing
    that failed succeeds (the next save of the same kind); never cleared by a timer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#message_bar { background: #fdecea; border: 1px solid #b00020; "
                           "border-radius: 4px; }")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        self.text = QLabel()
        self.text.setObjectName("message_bar_text")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #8c0016; font-weight: bold;")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setObjectName("message_bar_dismiss")
        self.dismiss.setToolTip(self.tr("Hide this message (it is also hidden once the change it "
                                        "is about is saved)"))
        self.dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._messages: dict[str, str] = {}  # what failed (a table) -> its sentence, oldest first
        self.hide()

    def messages(self) -> list[str]:
        return list(self._messages.values())

    def show_error(self, kind: str, text: str) -> None:
        """Shows `text` until dismissed or resolve(kind); a newer error of that kind replaces it."""
        self._messages.pop(kind, None)
        self._messages[kind] = text
        self._update()

    def resolve(self, kind: str) -> None:
        """What failed of this kind has now succeeded: its error goes."""
        if self._messages.pop(kind, None) is not None:
            self._update()

    def clear(self) -> None:
        self._messages.clear()
        self._update()

    def _update(self) -> None:
        self.text.setText("\n".join(self._messages.values()))
        self.setVisible(bool(self._messages))


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
        self.demo = QLabel(self.tr("DEMO"))  # a database made from a demo election file
        self.demo.setObjectName("header_demo")
        self.demo.setStyleSheet(DEMO_CHIP_STYLE)
        self.demo.setToolTip(self.tr("This database holds the demo election, for practice: nothing "
                                     "recorded here is evidence."))
        self.demo.setVisible(session.template.demo)
        self.arrival = VisitTimeButton(session, "arrived_at", self.tr("Arrived now"))
        self.departure = VisitTimeButton(session, "departed_at", self.tr("Left now"))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        station_row = QHBoxLayout()
        station_row.setSpacing(8)
        station_row.addWidget(self.station)
        station_row.addWidget(self.demo)
        grid.addLayout(station_row, 0, 0)
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
        title = self.tr("Observer — station %1").replace("%1", session.station.code)
        if session.template.demo:
            title = self.tr("%1 — DEMO", "window title of a demo database").replace("%1", title)
        self.setWindowTitle(title)
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
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        self.message_bar = MessageBar()
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_status")
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsaved_status")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet("color: #7a4f00; font-weight: bold;")
        self.unsaved_label.hide()
        self.statusBar().addWidget(self.unsaved_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._update_saved(None)

        self._build_menus()
        session.saved.connect(self._on_session_saved)
        session.refused.connect(self._on_session_refused)
        session.changed.connect(self._on_session_changed)
        self.pages["summary"].jump_requested.connect(self._on_summary_jump_requested)
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

    def show_section(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.SECTIONS.index(name))

    def _update_saved(self, iso: str | None) -> None:
        if iso is None:
            self.saved_label.setText(self.tr("Every change is saved as you go"))
        else:
            self.saved_label.setText(self.tr("Last change saved at %1").replace("%1", timefmt.hhmmss(iso)))

    def _on_session_saved(self, iso: str) -> None:
        self._update_saved(iso)

    def _on_session_refused(self, table: str, message: str) -> None:
        self.message_bar.show_error(table, message)

    def _on_session_changed(self, table: str) -> None:
        self.message_bar.resolve(table)  # the same kind of change is saved now

    # Where the review before signing sends the observer (ui/summary.py): a section, and in it
    # the field that puts the item right, where the page has one.
    REVIEW_FIELDS = {
        "protocol_draft": "status",
        "protocol_no_source": "source",
        "relations_unconfirmed": "as_on_official_copy",
    }

    def _on_summary_jump_requested(self, section: str, code: str) -> None:
        if section == "header":
            widget = {"no_arrival": self.header.arrival, "no_departure": self.header.departure}.get(code)
            if widget is not None:
                (widget.button if widget.button.isVisible() else widget.edit).setFocus(
                    Qt.FocusReason.OtherFocusReason)
            return
        self.show_section(section)
        field = self.REVIEW_FIELDS.get(code)
        if code == "protocol_missing" and self.session.template.codes:
            field = f"value_{self.session.template.codes[0]}"  # line 1
        target = self.pages[section].findChild(QWidget, field) if field else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

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

    @classmethod
    def ask_discard_draft(cls, parent: QWidget) -> bool:
        """True to close and lose a new incident described but without a category; tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), QCoreApplication.translate(
            "MainWindow", "The new incident you described has no category yet, so it is not "
            "saved.\n\nKeep the window open and choose its category, or close and lose it."),
            QMessageBox.StandardButton.NoButton, parent)
        keep = box.addButton(QCoreApplication.translate("MainWindow", "Keep the window open"),
                             QMessageBox.ButtonRole.RejectRole)
        box.addButton(QCoreApplication.translate("MainWindow", "Close and lose it"),
                      QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def settle_unsaved(self) -> bool:
        """Before the window goes: saves what is typed, then every change kept while the
        database was busy, waiting up to CLOSE_WAIT_S for it; if some still cannot be saved, the
        observer chooses. True when the window may go."""
        self.commit_pending()
        incidents = self.pages["incidents"]
        if incidents.has_unsaved_draft() and not self.session.store.closed:
            if not self.ask_discard_draft(self):
                self.show_section("incidents")
                return False
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
