"""The observer's main window: station header, the five sections, the message bar for errors,
and the save status line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app import formats
from observer_app.domain.clock import clock_problem
from observer_app.domain.records import utc_now
from ui import timefmt
from ui.messages import message_text
from ui.session import CLOSE_WAIT_S, Session


class ElidedLabel(QLabel):
    """One line of text that gives way to the window: cut with "…" where it has less room than
    it needs, the whole text then in its tooltip. text() is always the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance("M" * 8)
        return QSize(min(hint.width(), shortest), hint.height())

    def _elided(self) -> str:
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        shown = self._elided()
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


class VisitTimeButton(QWidget):
    """One click records the time now; the recorded time stays editable."""

    def __init__(self, session: Session, field: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.field = field
        self.button = QPushButton(caption)
        self.button.setObjectName(f"record_{field}")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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
        """The recorded time: the latest one kept while the database is busy, else the stored one."""
        for change in reversed(self.session.pending("visits")):
            field, value = change.shown
            if field == self.field:
                return value
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

    def save(self, value: str | None) -> None:
        """Records the time (kept and saved later while another program writes to the database)."""
        self.session.keep("visits", (self.field, value), self.session.store.set_visit_time,
                          self.session.station_id, self.field, value)
        self.refresh()

    def _on_button_clicked(self) -> None:
        # By keyboard (Tab, then Space) the time can be corrected at once; a click leaves the
        # focus where it was, so the next Space on the Turnout page is a voter, not typing.
        by_keyboard = self.button.hasFocus()
        self.save(utc_now())
        if by_keyboard:
            self.edit.setFocus()

    def _on_edit_editing_finished(self) -> None:
        if self.session.store.closed:
            return
        new = timefmt.from_qdatetime(self.edit.dateTime())
        old = self.value()
        if old is None or formats.clock(old) != formats.clock(new):
            self.save(new)

    def _on_clear_clicked(self) -> None:
        self.save(None)


def local_now() -> dt.datetime:
    """The laptop's clock in its time zone (tests replace it)."""
    return dt.datetime.now().astimezone()


PRESENCE_IN_STYLE = ("QLabel#header_presence { background: #e3f1e4; color: #1b4d1e; border: 1px solid #9ccc9f;"
                     " border-radius: 10px; padding: 2px 10px; }")
PRESENCE_OUT_STYLE = ("QLabel#header_presence { background: #b3261e; color: white; border: 1px solid #8c1d17;"
                      " border-radius: 10px; padding: 2px 10px; font-weight: bold; }")
PRESENCE_LEFT_STYLE = ("QLabel#header_presence { background: palette(window); color: palette(text);"
                       " border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }")
BACK_STYLE = ("QPushButton#header_readmitted { background: #2e7d32; color: white; font-weight: bold;"
              " border: 1px solid #1b5e20; border-radius: 4px; padding: 2px 12px; }"
              " QPushButton#header_readmitted:hover { background: #388e3c; }"
              " QPushButton#header_readmitted:pressed { background: #1b5e20; }"
              " QPushButton#header_readmitted:focus { border: 2px solid #f2b632; }")
CLOCK_STYLE = ("QLabel#header_clock { background: #fbf0d4; color: #4d3800; border: 1px solid #e2c375;"
               " border-radius: 4px; padding: 2px 10px; font-weight: bold; }")


class ArrivalDialog(QDialog):
    """When did you arrive? Now by default (Enter), an earlier time, or later (Esc)."""

    def __init__(self, station_code: str, default: QDateTime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("arrival_dialog")
        self.setWindowTitle(self.tr("When did you arrive?"))
        text = QLabel(self.tr("You are recording the first event of the day at station %1. When did you "
                              "arrive there? The summary states it, and what you counted is read "
                              "against it.").replace("%1", station_code))
        text.setWordWrap(True)
        self.time = QTimeEdit(default.time())
        self.time.setObjectName("arrival_time")
        self.time.setDisplayFormat("HH:mm")
        self.time.setMaximumTime(default.time())  # not after now
        self._date = default.date()
        label = QLabel(self.tr("&Arrived at:"))
        label.setBuddy(self.time)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.time)
        row.addStretch(1)
        buttons = QDialogButtonBox()
        self.arrived = buttons.addButton(self.tr("Record this arrival time"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.arrived.setObjectName("arrival_record")
        later = buttons.addButton(self.tr("Set it later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("arrival_later")
        later.setToolTip(self.tr("Record it later with “Arrived now” in the header, and correct the time there."))
        self.arrived.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.time.setFocus()

    def value(self) -> str:
        """The chosen time, to the minute the editor shows, on the laptop's clock (UTC ISO)."""
        chosen = QDateTime(self._date, QTime(self.time.time().hour(), self.time.time().minute()))
        return timefmt.from_qdatetime(chosen)


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
    """Election, station, registered voters, observer, arrival/departure, where the observer is
    (in the station, or out of it since when, with "I'm back"), and a clock that cannot be right."""

    readmit_requested = Signal()  # "I'm back (readmitted)": the Obstructions page ends the removal
    CLOCK_CHECK_MS = 24 * 60 * 60 * 1000  # the clock is checked when the window opens, then daily

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
        self.observer = ElidedLabel()  # a long name gives way rather than widen the window
        self.observer.setObjectName("header_observer")
        self.demo = QLabel(self.tr("DEMO"))  # a database made from a demo election file
        self.demo.setObjectName("header_demo")
        self.demo.setStyleSheet(DEMO_CHIP_STYLE)
        self.demo.setToolTip(self.tr("This database holds the demo election, for practice: nothing "
                                     "recorded here is evidence."))
        self.demo.setVisible(session.template.demo)
        self.arrival = VisitTimeButton(session, "arrived_at", self.tr("Arrived now"))
        self.departure = VisitTimeButton(session, "departed_at", self.tr("Left now"))
        self.presence = QLabel()
        self.presence.setObjectName("header_presence")
        self.back = QPushButton(self.tr("I'm back (readmitted)"))
        self.back.setObjectName("header_readmitted")
        self.back.setToolTip(self.tr("Ends the open removal with the current time, as Readmitted on the "
                                     "Obstructions page does."))
        self.back.setStyleSheet(BACK_STYLE)
        self.back.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where it was (+1)
        self.back.clicked.connect(self.readmit_requested)
        self.clock = QLabel()
        self.clock.setObjectName("header_clock")
        self.clock.setWordWrap(True)
        self.clock.setStyleSheet(CLOCK_STYLE)
        self.clock.hide()
        # Two rows that share no columns, so that a wider right-hand side of one (out of the
        # station: the chip and "I'm back") does not squeeze the other: the election, the
        # station and the observer above; the address, where the observer is and the visit's
        # times below; a wrong clock, when there is one, across the whole width.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 6, 10, 6)
        rows.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.station)
        top.addWidget(self.demo)
        top.addWidget(self.election, 1)
        top.addWidget(self.observer, 0, Qt.AlignRight)
        rows.addLayout(top)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.address, 1)
        bottom.addSpacing(8)
        bottom.addWidget(self.presence, 0, Qt.AlignVCenter)  # a chip: as tall as its text
        bottom.addWidget(self.back, 0, Qt.AlignVCenter)
        bottom.addSpacing(8)
        arrived = QLabel(self.tr("Arrival:"))
        left = QLabel(self.tr("Departure:"))
        bottom.addWidget(arrived)
        bottom.addWidget(self.arrival)
        bottom.addSpacing(8)
        bottom.addWidget(left)
        bottom.addWidget(self.departure)
        rows.addLayout(bottom)
        rows.addWidget(self.clock)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(self.CLOCK_CHECK_MS)
        self._clock_timer.timeout.connect(self.check_clock)
        self._clock_timer.start()
        session.changed.connect(self._on_session_changed)
        session.unsaved_changed.connect(self._on_session_unsaved_changed)
        session.first_record_attempted.connect(self._on_session_first_record_attempted)
        self.refresh()
        self.check_clock()

    def refresh(self) -> None:
        s = self.session
        s.reload_station()
        station = s.station
        self.station.setText(self.tr("Station %1").replace("%1", station.code))
        self.election.setText(s.election_name())
        self.election.setWordWrap(True)
        registered = (self.tr("registered voters unknown") if station.registered_voters is None
                      else self.tr("%1 registered voters").replace(
                          "%1", formats.integer(station.registered_voters, s.lang)))
        place = ", ".join(p for p in (station.region, station.district) if p)
        self.address.setText(" · ".join(p for p in (station.address or place, registered) if p))
        observer = s.store.observer()
        self.observer.setText(self.tr("Observer: %1").replace("%1", observer.full_name or self.tr("(no name)")))
        self.arrival.refresh()
        self.departure.refresh()
        self.refresh_presence()

    def refresh_presence(self) -> None:
        """In the station, out of it since when (an open removal or refused entry, saved or kept
        while the database is busy), or left at the recorded departure."""
        from ui.obstructions import open_out, shown_events

        out = open_out(shown_events(self.session)[0])
        departed = self.departure.value()
        if out is not None:
            text, style = (self.tr("Out of the station since %1").replace("%1", formats.clock(out.started_at)),
                           PRESENCE_OUT_STYLE)
        elif departed is not None:
            text, style = self.tr("Left the station at %1").replace("%1", formats.clock(departed)), PRESENCE_LEFT_STYLE
        elif self.arrival.value() is None:  # not "in the station" before the observer says so
            text, style = self.tr("Arrival not recorded"), PRESENCE_LEFT_STYLE
        else:
            text, style = self.tr("In the station"), PRESENCE_IN_STYLE
        self.presence.setText(text)
        self.presence.setStyleSheet(style)
        self.presence.setToolTip(self.tr("The head-count has a gap while you are out: voters who come "
                                         "now are not seen. Clicks on +1 are still recorded.") if out else "")
        self.back.setVisible(out is not None)

    def check_clock(self) -> None:
        """Shows a warning when the laptop's clock is not on (or within a day of) the election day."""
        problem = clock_problem(local_now(), self.session.template.date)
        self.clock.setText(message_text(problem) if problem is not None else "")
        self.clock.setVisible(problem is not None)

    @classmethod
    def ask_arrival(cls, parent: QWidget, station_code: str, default: str) -> str | None:
        """When the observer arrived (UTC ISO, to the minute; `default`: now), or None to set it
        later; tests replace it."""
        dialog = ArrivalDialog(station_code, timefmt.to_qdatetime(default), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def _on_session_first_record_attempted(self, _table: str) -> None:
        if self.arrival.value() is not None:
            return
        at = self.ask_arrival(self.window(), self.session.station.code, self.session.store.clock())
        if at is not None:
            self.arrival.save(at)

    def _on_session_changed(self, table: str) -> None:
        if table in ("stations", "observers", "visits"):
            self.refresh()
        elif table == "obstructions":
            self.refresh_presence()

    def _on_session_unsaved_changed(self, _count: int) -> None:
        self.arrival.refresh()
        self.departure.refresh()
        self.refresh_presence()


class _PageHolder(QWidget):
    """Holds a page at the scroll area's size, but never smaller than the page's minimum.

    QScrollArea sizes a widget whose layout has height-for-width (any word-wrapped label) at
    its preferred height for the width, so a page would scroll long before it has to; held
    here, a page is as high as the window allows, down to the minimum it would have had as a
    plain tab.
    """

    def __init__(self, page: QWidget):
        super().__init__()
        self.page = page
        page.setParent(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.page.minimumSizeHint().expandedTo(self.page.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.page.setGeometry(self.rect())
        super().resizeEvent(event)


class PageScroll(QScrollArea):
    """One section in its tab: a page taller than the window scrolls (and, as a last resort, a
    page wider than it), rather than making the window larger than a small laptop's screen."""

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.setObjectName(f"scroll_{page.objectName()}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, never here
        self.setFocusProxy(page)
        self.setWidget(_PageHolder(page))

    def reveal(self, widget: QWidget) -> None:
        """Scrolls so that `widget` (a field of the page, however deep) is in view: all of it
        where it fits, else where its cursor is."""
        if widget is self.page or not self.page.isAncestorOf(widget):
            return
        view = self.viewport().size()
        if widget.width() + 16 > view.width() or widget.height() + 16 > view.height():
            self.ensureWidgetVisible(widget, 8, 8)
            return
        centre = widget.mapTo(self.widget(), widget.rect().center())
        self.ensureVisible(centre.x(), centre.y(), widget.width() // 2 + 8, widget.height() // 2 + 8)


class PageTabs(QTabWidget):
    """The sections' tabs. Each tab holds its page in a PageScroll; `widget()`, `currentWidget()`
    and `indexOf()` speak of the pages themselves."""

    def addPage(self, page: QWidget, title: str) -> int:  # noqa: N802 - as Qt's addTab
        return self.addTab(PageScroll(page), title)

    def scroll(self, index: int) -> PageScroll | None:
        scroll = super().widget(index)
        return scroll if isinstance(scroll, PageScroll) else None

    def widget(self, index: int) -> QWidget | None:
        scroll = self.scroll(index)
        return scroll.page if scroll is not None else super().widget(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt override
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 - Qt override
        for i in range(self.count()):
            if self.widget(i) is page:
                return i
        return super().indexOf(page)


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
        # Qt adds the application's name ("— Observer") to every window title itself
        title = self.tr("Station %1", "window title").replace("%1", session.station.code)
        if session.template.demo:
            title = self.tr("%1 — DEMO", "window title of a demo database").replace("%1", title)
        self.setWindowTitle(title)
        self.header = Header(session)
        self.tabs = PageTabs()
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
            self.tabs.addPage(self.pages[name], titles[name])
        self.header.readmit_requested.connect(self.pages["obstructions"].readmit)
        self.pages["protocol"].problems_changed.connect(self._on_protocol_problems_changed)
        self._on_protocol_problems_changed(self.pages["protocol"].problems())
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
        QApplication.instance().focusChanged.connect(self._on_app_focus_changed)

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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Observer…"), self)
        about.setObjectName("action_about")
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)
        for i, name in enumerate(self.SECTIONS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    def _on_about_triggered(self) -> None:
        from ui.about import AboutDialog

        AboutDialog.ask(self.session.store.path, "observer", self)

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
            self.saved_label.setText(self.tr("Last change saved at %1").replace("%1", formats.clock(iso, seconds=True)))

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

    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # A field reached by Tab, Enter or a mnemonic is scrolled into view.
        scroll = self.tabs.scroll(self.tabs.currentIndex())
        if now is not None and scroll is not None:
            scroll.reveal(now)

    def saved_geometry(self) -> QByteArray | None:
        """The geometry this window had when it was last closed (in this database), if any."""
        value = self.session.store.setting("window_geometry")
        return QByteArray.fromBase64(value.encode("ascii")) if value else None

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
        # Where and how large the window was, for the next run: not worth a word, nor a wait.
        self.session.try_briefly(self.session.store.set_setting, "window_geometry",
                                 bytes(self.saveGeometry().toBase64()).decode("ascii"))
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1366, 740)
