"""Obstructions: one-click recording with the current time, details afterwards, a list of events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any, Callable

from PySide6.QtCore import (QCoreApplication, QDateTime, QEvent, QItemSelection, QObject, QTime, QTimer,
                            Qt, Signal)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from observer_app import formats
from observer_app.domain.records import STAGES, Obstruction, parse_time
from observer_app.domain.turnout import ABSENCE_KINDS
from ui import labels
from ui.messages import refusal
from ui.record_model import RecordTableModel
from ui.session import UNSAVED_ID_PREFIX, PendingChange, Session, is_unsaved_id
from ui.timefmt import from_qdatetime, to_qdatetime


# A removal (or a refused entry) keeps the observer out until "Readmitted" is pressed.
OUT_KINDS = ABSENCE_KINDS  # the events that put the observer out of the station

BANNER_ALERT = ("QLabel { background: #fdecea; color: #7a1c14; border: 1px solid #f1aeb5;"
                " border-radius: 4px; padding: 4px 10px; font-weight: bold; }")
BANNER_CALM = "QLabel { padding: 4px 10px; color: palette(mid); }"
READMITTED_STYLE = ("QPushButton#readmitted:enabled { background: #2e7d32; color: white; font-weight: bold;"
                    " border: 1px solid #1b5e20; border-radius: 4px; padding: 4px 16px; }"
                    " QPushButton#readmitted:enabled:hover { background: #388e3c; }"
                    " QPushButton#readmitted:enabled:pressed { background: #1b5e20; }"
                    " QPushButton#readmitted:enabled:focus { border: 2px solid #0d3311; }")


REMOVED_STYLE = ("QPushButton#record_removed { background: #b3261e; color: white; border: 2px solid #8c1d17;"
                 " border-radius: 6px; padding: 6px 18px; }"
                 " QPushButton#record_removed:hover { background: #c62f26; }"
                 " QPushButton#record_removed:pressed { background: #8c1d17; }"
                 " QPushButton#record_removed:focus { border: 3px solid #f2b632; }"
                 " QPushButton#record_removed:disabled { background: #e6d3d1; color: #7d6461;"
                 " border-color: #d4b8b5; }")


def shown_events(session: Session) -> tuple[list[Obstruction], set[str]]:
    """The station's events as the screens show them: the stored ones with the changes kept
    while the database is busy applied (oldest first, deleted ones left out), and the ids of
    those that have such changes."""
    events = {o.id: o for o in session.store.obstructions(session.station_id)}
    unsaved: set[str] = set()
    for change in session.pending("obstructions"):
        if isinstance(change.shown, Obstruction):
            events[change.shown.id] = change.shown
            unsaved.add(change.shown.id)
    shown = sorted((o for o in events.values() if not o.deleted), key=lambda o: o.started_at)
    return shown, unsaved


def open_out(events: list[Obstruction]) -> Obstruction | None:
    """The removal (or refused entry) the observer is out by, of `events` (oldest first)."""
    return next((o for o in reversed(events) if o.kind in OUT_KINDS and o.ended_at is None), None)


def minutes_between(start_iso: str, end_iso: str | None) -> int | None:
    """Whole minutes from start to end (or to now while open); None when the end is before it."""
    end = parse_time(end_iso) if end_iso else dt.datetime.now(dt.timezone.utc)
    seconds = (end - parse_time(start_iso)).total_seconds()
    return None if seconds < 0 else int(seconds // 60)


def same_minute(a: QDateTime, b: QDateTime) -> bool:
    return a.toSecsSinceEpoch() // 60 == b.toSecsSinceEpoch() // 60


def whole_minute(value: QDateTime) -> QDateTime:
    """A time the observer typed is as precise as the editor shows: no invented seconds."""
    out = QDateTime(value)
    out.setTime(QTime(value.time().hour(), value.time().minute()))
    return out


def local_datetime_text(iso: str | None, lang: str | None) -> str:
    return formats.stamp(iso, lang, seconds=True)


class CommittingPlainTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text after a pause in typing and when it loses focus.

    A note typed under pressure must survive the laptop dying a second later, so `committed`
    fires DEBOUNCE_MS after the last keystroke, not only when the observer leaves the field.
    """

    committed = Signal(str)
    DEBOUNCE_MS = 800

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._timer.start)

    def set_text_quietly(self, text: str) -> None:
        """Shows a stored value without reporting it back as typed."""
        self._timer.stop()
        if text != self.toPlainText():
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def has_pending_text(self) -> bool:
        return self._timer.isActive()

    def commit(self) -> None:
        self._timer.stop()
        self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.commit()


class ObstructionsModel(RecordTableModel[Obstruction]):
    """The station's obstruction events, oldest first (the order of a log)."""

    KIND, STAGE, FROM, TO, DURATION, ORDERED_BY = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None, lang: str | None = None):
        super().__init__(parent)
        self._lang = lang
        self._unsaved: set[str] = set()

    def set_unsaved(self, record_ids: set[str]) -> None:
        """The events shown with changes the database has not taken yet (it is busy)."""
        if record_ids != self._unsaved:
            self._unsaved = set(record_ids)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1))

    def is_unsaved(self, record: Obstruction) -> bool:
        return record.id in self._unsaved

    def header(self, section: int) -> str:
        return (self.tr("Obstruction"), self.tr("Stage"), self.tr("From"), self.tr("To"),
                self.tr("Duration"), self.tr("Ordered by"))[section]

    def key(self, record: Obstruction) -> str:
        return record.id

    def cell(self, record: Obstruction, column: int, role: int) -> Any:
        unsaved = record.id in self._unsaved
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND and unsaved:
                return self.tr("%1 (not yet saved)").replace("%1", self._display(record, column))
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if unsaved:
                return self.tr("Not yet saved: another program is writing to the database; saved "
                               "as soon as it has finished.")
            if column == self.FROM:
                return local_datetime_text(record.started_at, self._lang)
            if column == self.TO and record.ended_at:
                return local_datetime_text(record.ended_at, self._lang)
            if column == self.ORDERED_BY and record.ordered_by_position:
                return self.tr("%1, %2").replace("%1", record.ordered_by).replace(
                    "%2", record.ordered_by_position)
            return None
        if role == Qt.ItemDataRole.FontRole and (unsaved or (record.is_open and record.kind in OUT_KINDS)):
            font = QFont()
            font.setBold(record.is_open and record.kind in OUT_KINDS)
            font.setItalic(unsaved)
            return font
        return None

    def _display(self, record: Obstruction, column: int) -> str:
        if column == self.KIND:
            return labels.obstruction_kind(record.kind)
        if column == self.STAGE:
            return labels.stage(record.stage) if record.stage else ""
        if column == self.FROM:
            return formats.clock(record.started_at)
        if column == self.TO:
            return formats.clock(record.ended_at) if record.ended_at else self.tr("ongoing")
        if column == self.DURATION:
            return self.duration_text(minutes_between(record.started_at, record.ended_at))
        if column == self.ORDERED_BY:
            return record.ordered_by
        return ""

    def duration_text(self, minutes: int | None) -> str:
        if minutes is None:
            return ""
        if minutes < 60:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace(
            "%2", f"{minutes % 60:02d}")

    def refresh_open(self) -> None:
        """Open events' durations grow with the clock."""
        for row, record in enumerate(self._rows):
            if record.is_open:
                index = self.index(row, self.DURATION)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])


class ObstructionsPage(QWidget):
    """Record obstructions with one click, fill in the details afterwards, see every event."""

    UNDO_MS = 10_000  # how long a one-click record can be taken back with "Undo"
    TICK_MS = 30_000  # how often open events' durations are refreshed

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._record: Obstruction | None = None  # the event the details editor shows
        self._reloading = False
        self._undo: Callable[[], Any] | None = None
        self._undo_kept: PendingChange | None = None  # the kept change "Undo" takes back, if any
        self._kept_new: dict[str, PendingChange] = {}  # shown id -> the kept change creating it
        self._build()
        session.changed.connect(self._on_session_changed)
        session.unsaved_changed.connect(self._on_session_unsaved_changed)
        self.reload()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(8)

        # One-click buttons: mnemonics R N P C B V O; details can wait. "Removed from the
        # station" is the one that matters most and is pressed under pressure: alone on the left,
        # larger and red, apart from the other kinds (issue 12).
        record_box = QGroupBox(self.tr("Record now (with the current time)"), self)
        record_row = QHBoxLayout(record_box)
        record_row.setSpacing(12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        texts = {
            "removed": self.tr("&Removed from the station"),
            "not_admitted": self.tr("&Not admitted"),
            "protocol_not_shown": self.tr("&Protocol not shown"),
            "copy_refused": self.tr("Certified &copy refused"),
            "photo_forbidden": self.tr("Photo/video for&bidden"),
            "view_restricted": self.tr("&View of the count restricted"),
            "other": self.tr("&Other obstruction"),
        }
        self.kind_buttons: dict[str, QPushButton] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        biggest = QFont(self.font())
        biggest.setPointSizeF(biggest.pointSizeF() * 1.35)
        biggest.setBold(True)
        for position, (kind, text) in enumerate(texts.items()):
            button = QPushButton(text, record_box)
            button.setObjectName(f"record_{kind}")
            button.setToolTip(self.tr("Records it now; who ordered it and why can be added below."))
            button.clicked.connect(lambda _checked=False, k=kind: self._on_kind_clicked(k))
            self.kind_buttons[kind] = button
            if kind == "removed":
                button.setFont(biggest)
                button.setMinimumHeight(96)
                button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text.replace("&", "")) + 48)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
                button.setStyleSheet(REMOVED_STYLE)
                record_row.addWidget(button)
                line = QFrame(record_box)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                record_row.addWidget(line)
                continue
            button.setFont(big)
            button.setMinimumHeight(44)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, (position - 1) // 3, (position - 1) % 3)
        record_row.addLayout(grid, 1)
        outer.addWidget(record_box)

        # Undo (U) of the last one-click record on the left, under "Removed", the banner, then
        # Readmitted (A) on the right, far from it: always there, so nothing jumps.
        status = QHBoxLayout()
        status.setSpacing(8)
        self.undo_last = QPushButton(self.tr("&Undo"), self)
        self.undo_last.setObjectName("undo_last")
        self.undo_last.setMinimumHeight(40)
        self.undo_last.setMinimumWidth(200)
        self.undo_last.setEnabled(False)
        self.undo_last.clicked.connect(self._on_undo_last_clicked)
        status.addWidget(self.undo_last)
        status.addSpacing(16)
        self.banner = QLabel(self)
        self.banner.setObjectName("out_banner")
        self.banner.setMinimumHeight(40)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        status.addWidget(self.banner, 1)
        status.addSpacing(16)
        self.readmitted = QPushButton(self.tr("Re&admitted"), self)
        self.readmitted.setObjectName("readmitted")
        self.readmitted.setFont(big)
        self.readmitted.setMinimumHeight(40)
        self.readmitted.setMinimumWidth(200)
        self.readmitted.setToolTip(self.tr("Ends the open removal with the current time."))
        self.readmitted.setStyleSheet(READMITTED_STYLE)
        self.readmitted.clicked.connect(self._on_readmitted_clicked)
        status.addWidget(self.readmitted)
        outer.addLayout(status)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(self.UNDO_MS)
        self._undo_timer.timeout.connect(self._clear_undo)
        undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self._on_undo_last_clicked)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.focus_first_field)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)

        self.events_box = QGroupBox(splitter)
        events_layout = QVBoxLayout(self.events_box)
        self.model = ObstructionsModel(self, self.session.lang)
        self.table = QTableView(self.events_box)
        self.table.setObjectName("events_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in ((ObstructionsModel.KIND, 230), (ObstructionsModel.STAGE, 95),
                              (ObstructionsModel.FROM, 60), (ObstructionsModel.TO, 70),
                              (ObstructionsModel.DURATION, 95)):
            header.resizeSection(column, width)
        ongoing = self.table.fontMetrics().horizontalAdvance(self.tr("ongoing")) + 16  # longer in kk, ru
        header.resizeSection(ObstructionsModel.TO, max(header.sectionSize(ObstructionsModel.TO), ongoing))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._on_events_selection_changed)
        events_layout.addWidget(self.table)
        splitter.addWidget(self.events_box)

        splitter.addWidget(self._build_details(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 540])
        outer.addWidget(splitter, 1)

        tick = QTimer(self)
        tick.setInterval(self.TICK_MS)
        tick.timeout.connect(self._on_tick_timeout)
        tick.start()

    def _build_details(self, parent: QWidget) -> QWidget:
        # Mnemonics G T D Y I S W E L, none shared with the buttons above.
        self.details = QGroupBox(self.tr("Details"), parent)
        self.details.setObjectName("detail_box")
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)

        self.detail_stage = QComboBox(self.details)
        self.detail_stage.setObjectName("detail_stage")
        self.detail_stage.addItem(labels.stage(""), "")
        for code in STAGES:
            self.detail_stage.addItem(labels.stage(code), code)
        self.detail_stage.currentIndexChanged.connect(self._on_detail_stage_changed)
        form.addRow(self.tr("Sta&ge:"), self.detail_stage)

        time_format = formats.editor_format(self.session.lang)
        self.detail_started = QDateTimeEdit(self.details)
        self.detail_started.setObjectName("detail_started")
        self.detail_started.setDisplayFormat(time_format)
        self.detail_started.setCalendarPopup(True)
        self.detail_started.setSpecialValueText(" ")  # blank while no event is selected
        self.detail_started.editingFinished.connect(self._on_detail_time_edited)
        form.addRow(self.tr("S&tarted:"), self.detail_started)

        self.detail_ended_set = QCheckBox(self.tr("Ende&d:"), self.details)
        self.detail_ended_set.setObjectName("detail_ended_set")
        self.detail_ended_set.setToolTip(self.tr("Untick while it is still going on."))
        self.detail_ended_set.toggled.connect(self._on_detail_ended_set_toggled)
        self.detail_ended = QDateTimeEdit(self.details)
        self.detail_ended.setObjectName("detail_ended")
        self.detail_ended.setDisplayFormat(time_format)
        self.detail_ended.setCalendarPopup(True)
        self.detail_ended.setSpecialValueText(self.tr("ongoing"))
        self.detail_ended.editingFinished.connect(self._on_detail_time_edited)
        form.addRow(self.detail_ended_set, self.detail_ended)

        self._line_edits: dict[str, QLineEdit] = {}
        for field, name, label, placeholder in (
            ("ordered_by", "detail_ordered_by", self.tr("Ordered b&y:"),
             self.tr("Name of the person who ordered it")),
            ("ordered_by_position", "detail_position", self.tr("Pos&ition:"),
             self.tr("e.g. commission chair, police officer")),
            ("stated_reason", "detail_reason", self.tr("&Stated reason:"),
             self.tr("The reason given, in their words")),
            ("witnesses", "detail_witnesses", self.tr("&Witnesses:"),
             self.tr("Names, contacts")),
        ):
            edit = QLineEdit(self.details)
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(self._commit_details)
            edit.textEdited.connect(self._on_detail_text_edited)
            form.addRow(label, edit)
            self._line_edits[field] = edit
        self.detail_ordered_by = self._line_edits["ordered_by"]
        self.detail_position = self._line_edits["ordered_by_position"]
        self.detail_reason = self._line_edits["stated_reason"]
        self.detail_witnesses = self._line_edits["witnesses"]

        self.detail_notes = CommittingPlainTextEdit(self.details)
        self.detail_notes.setObjectName("detail_notes")
        self.detail_notes.setPlaceholderText(self.tr("What happened, what was said"))
        self.detail_notes.setMinimumHeight(60)
        self.detail_notes.committed.connect(self._commit_details)
        notes_label = QLabel(self.tr("Not&es:"), self.details)
        notes_label.setBuddy(self.detail_notes)
        form.addRow(notes_label, self.detail_notes)

        bottom = QHBoxLayout()
        self.detail_message = QLabel(self.details)
        self.detail_message.setObjectName("detail_message")
        self.detail_message.setWordWrap(True)
        self.detail_message.setStyleSheet("QLabel { color: #a0281c; }")
        bottom.addWidget(self.detail_message, 1)
        self.detail_delete = QPushButton(self.tr("De&lete event…"), self.details)
        self.detail_delete.setObjectName("detail_delete")
        self.detail_delete.setToolTip(self.tr("Marks the event deleted (Delete key in the list)."))
        self.detail_delete.clicked.connect(self._on_detail_delete_clicked)
        bottom.addWidget(self.detail_delete)
        form.addRow(bottom)

        # Typing in a one-line field is saved after a pause too, not only on leaving it.
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(CommittingPlainTextEdit.DEBOUNCE_MS)
        self._text_timer.timeout.connect(self._commit_details)
        return self.details

    # --- dialogs tests replace ---------------------------------------------------------------

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        title = QCoreApplication.translate("ObstructionsPage", "Please confirm")
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- loading and showing -----------------------------------------------------------------

    def _open_out(self) -> Obstruction | None:
        """The removal (or refused entry) the observer is out by, as shown: saved or kept."""
        return open_out(self.model.rows())

    def _kept_creation(self, record_id: str) -> PendingChange | None:
        """The kept change that creates the event shown as `record_id`, not saved yet."""
        kept = self._kept_new.get(record_id)
        return kept if kept is not None and not kept.saved else None

    def _saved_id(self, record_id: str) -> str:
        """The id a kept new event has in the database once saved (else `record_id`)."""
        kept = self._kept_new.get(record_id)
        if kept is not None and kept.saved:
            return kept.result.id
        return record_id

    def reload(self) -> None:
        """Reads the station's events again, keeping the selected one selected."""
        selected = self._selected_record()
        events, unsaved = shown_events(self.session)
        self._reloading = True
        try:
            self.model.set_unsaved(unsaved)
            self.model.set_rows(events)
            if selected is not None and self._selected_record() is None:
                row = self.model.row_of(self._saved_id(selected.id))
                if row >= 0:
                    self.table.selectRow(row)
        finally:
            self._reloading = False
        if self._record is not None:
            fresh = self.model.by_key(self._saved_id(self._record.id))
            if fresh is None:  # deleted (undo): nothing left to edit
                self._record = None
                self.table.clearSelection()
                self._show(None, force=True)
            else:
                self._show(fresh)
        else:
            self._show(self._selected_record(), force=True)
        self._update_state()

    def _update_state(self) -> None:
        records = self.model.rows()
        count = len(records)
        self.events_box.setTitle(self.tr("Events: %n", "", count) if count else self.tr("No events yet"))
        open_out = self._open_out()
        self.readmitted.setEnabled(open_out is not None)
        for kind in OUT_KINDS:
            button = self.kind_buttons[kind]
            button.setEnabled(open_out is None)
            button.setToolTip(
                self.tr("Records it now; who ordered it and why can be added below.") if open_out is None
                else self.tr("You are recorded as out of the station; press Readmitted first."))
        if open_out is None:
            self.banner.setText(self.tr("In the station: no open removal."))
            self.banner.setStyleSheet(BANNER_CALM)
        else:
            text = self.tr("Out of the station since %1 (%2)").replace(
                "%1", formats.clock(open_out.started_at)).replace(
                "%2", self.model.duration_text(minutes_between(open_out.started_at, None)))
            self.banner.setText(text)
            self.banner.setStyleSheet(BANNER_ALERT)

    def _selected_record(self) -> Obstruction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show(self, record: Obstruction | None, force: bool = False) -> None:
        """Fills the details editor; without force, leaves the field being typed in alone."""
        self._record = record
        # An event the database does not have yet takes details once it is saved.
        self.details.setEnabled(record is not None and not is_unsaved_id(record.id))
        if force:
            self.detail_message.clear()
            self._text_timer.stop()
        if record is None:
            self.details.setTitle(self.tr("Details (select an event)"))
            record = Obstruction(id="")
        elif is_unsaved_id(record.id):
            self.details.setTitle(self.tr("Details: %1 at %2 (not yet saved; details can be added "
                                          "once it is)").replace(
                "%1", labels.obstruction_kind(record.kind)).replace("%2", formats.clock(record.started_at)))
        else:
            self.details.setTitle(self.tr("Details: %1 at %2").replace(
                "%1", labels.obstruction_kind(record.kind)).replace("%2", formats.clock(record.started_at)))

        def settable(widget: QWidget) -> bool:
            return force or not widget.hasFocus()

        if settable(self.detail_stage):
            index = max(0, self.detail_stage.findData(record.stage or ""))
            if index != self.detail_stage.currentIndex():
                self.detail_stage.blockSignals(True)
                self.detail_stage.setCurrentIndex(index)
                self.detail_stage.blockSignals(False)
        for field, edit in self._line_edits.items():
            value = getattr(record, field)
            if settable(edit) and edit.text().strip() != value:
                edit.setText(value)
        if settable(self.detail_notes):
            self.detail_notes.set_text_quietly(record.notes)
        if settable(self.detail_started):
            self.detail_started.setDateTime(to_qdatetime(record.started_at) if record.started_at
                                            else self.detail_started.minimumDateTime())
        if settable(self.detail_ended_set):
            self.detail_ended_set.blockSignals(True)
            self.detail_ended_set.setChecked(bool(record.ended_at))
            self.detail_ended_set.blockSignals(False)
        if settable(self.detail_ended):
            self.detail_ended.setEnabled(bool(record.ended_at))
            if record.ended_at:
                self.detail_ended.setDateTime(to_qdatetime(record.ended_at))
            else:
                self.detail_ended.setDateTime(self.detail_ended.minimumDateTime())  # "ongoing"
            self.detail_ended.setSpecialValueText(self.tr("ongoing") if record.id else " ")

    # --- saving the details ------------------------------------------------------------------

    def _collect_changes(self) -> tuple[dict[str, Any], str]:
        """Fields whose editor differs from the stored record, and why a time was refused."""
        record = self._record
        assert record is not None
        changes: dict[str, Any] = {}
        stage = self.detail_stage.currentData() or ""
        if stage != record.stage:
            changes["stage"] = stage
        for field, edit in self._line_edits.items():
            value = edit.text().strip()
            if value != getattr(record, field):
                changes[field] = value
        notes = self.detail_notes.toPlainText().rstrip()
        if notes != record.notes:
            changes["notes"] = notes

        started = self.detail_started.dateTime()
        started_iso = record.started_at
        if not same_minute(started, to_qdatetime(record.started_at)):
            started_iso = from_qdatetime(whole_minute(started))
        ended_iso = record.ended_at
        if not self.detail_ended_set.isChecked():
            ended_iso = None
        elif record.ended_at is None or not same_minute(self.detail_ended.dateTime(),
                                                         to_qdatetime(record.ended_at)):
            ended_iso = from_qdatetime(whole_minute(self.detail_ended.dateTime()))
        if (started_iso, ended_iso) == (record.started_at, record.ended_at):
            return changes, ""
        if ended_iso is not None and parse_time(ended_iso) < parse_time(started_iso):
            return changes, self.tr("The end cannot be before the start; the times were not changed.")
        if ended_iso is None and record.ended_at is not None and record.kind in OUT_KINDS:
            open_out = self._open_out()
            if open_out is not None and open_out.id != record.id:
                return changes, self.tr("Another removal is still open; it was not reopened.")
        if started_iso != record.started_at:
            changes["started_at"] = started_iso
        if ended_iso != record.ended_at:
            changes["ended_at"] = ended_iso
        return changes, ""

    def _commit_details(self, *_: Any) -> None:
        """Saves every field of the editor that differs from the stored event."""
        self._text_timer.stop()
        if self._record is None or is_unsaved_id(self._record.id) or self.session.store.closed:
            return
        changes, refusal = self._collect_changes()
        if refusal:
            self.detail_message.setText(refusal)
        if changes:
            shown = dataclasses.replace(self._record, **changes)
            updated = self.session.keep("obstructions", shown, self.session.store.update, self._record,
                                        **changes)
            if isinstance(updated, PendingChange):  # kept: the editor and the list show it meanwhile
                self._record = shown
                self.reload()
                if not refusal:
                    self.detail_message.setText(self.tr(
                        "Not yet saved: another program is writing to the database; saved as soon "
                        "as it has finished."))
            elif updated is not None:
                self._record = updated
                if not refusal:
                    self.detail_message.clear()
        if refusal:  # put the stored times back, even in the field being edited
            record = self._record
            for widget in (self.detail_started, self.detail_ended, self.detail_ended_set):
                widget.blockSignals(True)
            self.detail_started.setDateTime(to_qdatetime(record.started_at))
            self.detail_ended_set.setChecked(bool(record.ended_at))
            self.detail_ended.setEnabled(bool(record.ended_at))
            self.detail_ended.setDateTime(to_qdatetime(record.ended_at) if record.ended_at
                                          else self.detail_ended.minimumDateTime())
            for widget in (self.detail_started, self.detail_ended, self.detail_ended_set):
                widget.blockSignals(False)

    def commit_pending(self) -> None:
        """Saves what is typed but not saved yet; the window calls it before closing the store."""
        self._commit_details()

    def _on_detail_stage_changed(self, _index: int) -> None:
        self._commit_details()

    def _on_detail_time_edited(self) -> None:
        self._commit_details()

    def _on_detail_text_edited(self, _text: str) -> None:
        self._text_timer.start()

    def _on_detail_ended_set_toggled(self, checked: bool) -> None:
        self.detail_ended.setEnabled(checked)
        if checked:
            now = QDateTime.currentDateTime()
            started = self.detail_started.dateTime()
            self.detail_ended.setDateTime(now if now >= started else started)
        else:
            self.detail_ended.setDateTime(self.detail_ended.minimumDateTime())
        self._commit_details()

    # --- one-click recording, readmission, undo ----------------------------------------------

    def _on_kind_clicked(self, kind: str) -> None:
        self._commit_details()  # a mnemonic leaves the focus in a field with unsaved text
        store, sid = self.session.store, self.session.station_id
        at = store.clock()  # the time of the click, also when it is saved later
        shown = Obstruction(id=UNSAVED_ID_PREFIX + str(uuid.uuid4()), station_id=sid,
                            observer_id=store.observer_id, kind=kind, started_at=at)
        record = self.session.keep("obstructions", shown, store.start_obstruction, sid, kind, at)
        if record is None:
            return
        if isinstance(record, PendingChange):  # the database is busy: shown, and saved later
            kept = record
            self._kept_new[shown.id] = kept
            self.reload()
            self.select(shown.id)
            self._offer_undo(labels.obstruction_kind(kind), lambda: store.delete(kept.result), kept)
            return
        self.select(record.id)
        self._offer_undo(labels.obstruction_kind(kind), lambda: store.delete(record))
        self.detail_ordered_by.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end_once_saved(self, start: PendingChange, at: str) -> Obstruction:
        """Ends a removal whose start was kept too (it has an id once that is saved)."""
        if start.result is None:
            raise refusal(self.tr("The removal could not be saved, so its end was not saved either."))
        return self.session.store.end_obstruction(start.result, at)

    def readmit(self) -> None:
        """Ends the open removal now, as Readmitted does (the header's "I'm back" calls it)."""
        self._on_readmitted_clicked()

    def _on_readmitted_clicked(self) -> None:
        store = self.session.store
        open_out = self._open_out()
        if open_out is None:
            return
        self._commit_details()
        at = store.clock()
        shown = dataclasses.replace(open_out, ended_at=at)
        start = self._kept_creation(open_out.id) if is_unsaved_id(open_out.id) else None
        if start is not None:
            ended = self.session.keep("obstructions", shown, self._end_once_saved, start, at)
        else:
            ended = self.session.keep("obstructions", shown, store.end_obstruction, open_out, at)
        if ended is None:
            return
        if isinstance(ended, PendingChange):
            kept = ended
            self.reload()
            self.select(shown.id)
            self._offer_undo(self.tr("Readmitted"), lambda: store.update(kept.result, ended_at=None), kept)
            return
        self.select(ended.id)
        self._offer_undo(self.tr("Readmitted"), lambda: store.update(ended, ended_at=None))

    def _on_detail_delete_clicked(self) -> None:
        record = self._record
        if record is None:
            return
        self._commit_details()
        text = self.tr("Delete the event \u201c%1\u201d from %2? It stays in the audit trail.").replace(
            "%1", labels.obstruction_kind(record.kind)).replace("%2", formats.clock(record.started_at))
        if not self.confirm(self, text):
            return
        if is_unsaved_id(record.id):  # not in the database yet: forget it and what was kept for it
            for change in self.session.pending("obstructions"):
                if isinstance(change.shown, Obstruction) and change.shown.id == record.id:
                    self.session.discard(change)
            self._clear_undo()
            return
        store = self.session.store
        deleted = self.session.run("obstructions", store.delete, record)
        if deleted is not None:
            self._offer_undo(self.tr("deletion"), lambda: store.update(deleted, deleted=False))

    def _offer_undo(self, what: str, action: Callable[[], Any], kept: PendingChange | None = None) -> None:
        """`action` takes it back from the database; a kept change not saved yet is just forgotten."""
        self._undo = action
        self._undo_kept = kept
        self.undo_last.setText(self.tr("&Undo: %1").replace("%1", what))
        self.undo_last.setEnabled(True)
        self._undo_timer.start()

    def _clear_undo(self) -> None:
        self._undo = None
        self._undo_kept = None
        self._undo_timer.stop()
        self.undo_last.setText(self.tr("&Undo"))
        self.undo_last.setEnabled(False)

    def focus_first_field(self) -> None:
        """Ctrl+N: to the first button that records an event (Removed from the station)."""
        self.kind_buttons[next(iter(self.kind_buttons))].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_undo_last_clicked(self) -> None:
        action, kept = self._undo, self._undo_kept
        if action is None:
            return
        self._commit_details()
        self._clear_undo()
        if kept is not None and not kept.saved:
            self.session.discard(kept)  # not in the database yet (or refused there): nothing to undo
            return
        self.session.run("obstructions", action)

    # --- signals -----------------------------------------------------------------------------

    def _on_session_changed(self, table: str) -> None:
        if table == "obstructions":
            self.reload()

    def _on_session_unsaved_changed(self, _count: int) -> None:
        self.reload()

    def _on_events_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reloading:
            return
        new = self._selected_record()
        if (new.id if new else None) == (self._record.id if self._record else None):
            return
        new_id = new.id if new else None
        self._commit_details()  # into the event shown until now
        self._show(self.model.by_key(new_id) if new_id else None, force=True)

    def _on_tick_timeout(self) -> None:
        if self.session.store.closed:  # the window is going away
            return
        self.model.refresh_open()
        self._update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self._record is not None:
                self._on_detail_delete_clicked()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._record is not None:
                self.detail_stage.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
