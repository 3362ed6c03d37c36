"""The Turnout section: the observer's own head-count (+1), hour by hour, against the announced turnout."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex,
                            QSize, Qt, QTime, QTimer)
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDoubleSpinBox, QFrame,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QSpinBox,
                               QTableView, QTimeEdit, QVBoxLayout, QWidget)

from observer_app import formats
from observer_app.domain.records import MAX_COUNT, Obstruction, TurnoutAnnouncement, parse_time
from observer_app.domain.turnout import ABSENCE_KINDS, hourly, independent_turnout, with_announcements
from ui.chart import TurnoutChart
from ui.session import PendingChange, Session
from ui.timefmt import from_qdatetime

# Obstructions during which the observer cannot count (the store's open_removal uses the same).
# What the last press did, as the counter confirms it: a voter counted, one taken back, a refusal.
LAST_ACTION_STYLE = (
    "QLabel#last_action { border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
    "QLabel#last_action[kind=\"counted\"] { background: #e3f1e4; color: #1b4d1e; border: 1px solid #9ccc9f; }"
    "QLabel#last_action[kind=\"taken_back\"] { background: #fbf0d4; color: #4d3800; border: 1px solid #e2c375; }"
    "QLabel#last_action[kind=\"failed\"] { background: #fdecea; color: #7a1c14; border: 1px solid #f1aeb5; }")
_TABLES = {"turnout_tallies", "turnout_announcements", "obstructions", "stations"}
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class HourlyRow:
    """One local hour of the day, as the hourly table shows it."""

    hour: dt.datetime  # start of the hour, local time
    counted: int
    cumulative: int
    percent: float | None  # cumulative as a percentage of registered voters
    absent_minutes: int
    announcements: tuple[TurnoutAnnouncement, ...] = ()  # made in this hour, oldest first

    @property
    def announced(self) -> TurnoutAnnouncement | None:
        """The latest announcement made in this hour."""
        return self.announcements[-1] if self.announcements else None


def hourly_rows(tallies: Sequence[dt.datetime],
                absences: Sequence[tuple[dt.datetime, dt.datetime | None]],
                announcements: Sequence[TurnoutAnnouncement],
                registered: int | None, now: dt.datetime | None = None,
                stamps: Sequence[float] | None = None) -> list[HourlyRow]:
    """The domain's hourly counts, widened to the hours of the announcements, each row with its
    turnout and the announcements made in it. `stamps`: the tallies as sorted POSIX times."""
    base = hourly(tallies, absences, now, stamps=stamps)
    return [HourlyRow(row.hour, row.counted, row.cumulative, independent_turnout(row.cumulative, registered),
                      row.absent_minutes, made)
            for row, made in with_announcements(base, announcements)]


def percent_text(value: float, lang: str | None) -> str:
    """A percentage as announced, with its sign: up to two decimals, no trailing zeros (28.4%,
    44.49%, 50%), as the language writes it (observer_app.formats, as the PDFs)."""
    return formats.percent(value, lang, None)


def _mute(label: QLabel) -> None:
    """Secondary text: the palette's text colour, lighter."""
    palette = label.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class HourlyModel(QAbstractTableModel):
    """Hour, counted, cumulative, turnout %, latest announced turnout, minutes out of the station."""

    HOUR, COUNTED, CUMULATIVE, PERCENT, ANNOUNCED, ABSENT = range(6)

    def __init__(self, lang: str | None = None, parent: Any = None):
        super().__init__(parent)
        self._lang = lang
        self._rows: list[HourlyRow] = []
        self._headers = [self.tr("Hour"), self.tr("Counted"), self.tr("Cumulative"), self.tr("Turnout %"),
                         self.tr("Announced"), self.tr("Out of station, min")]

    def rows(self) -> list[HourlyRow]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[HourlyRow]) -> None:
        """Replaces the rows; rows that keep their hour are updated in place, new hours appended."""
        old, new = self._rows, list(rows)
        if not old or len(new) < len(old) or any(o.hour != n.hour for o, n in zip(old, new)):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        changed = [i for i, (o, n) in enumerate(zip(old, new)) if o != n]
        self._rows = new[:len(old)]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self._headers) - 1))
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = new
            self.endInsertRows()

    # --- Qt model API ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_TEXT if section in (self.HOUR, self.ANNOUNCED) else _ALIGN_NUMBER
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_TEXT if column in (self.HOUR, self.ANNOUNCED) else _ALIGN_NUMBER
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ANNOUNCED and row.announcements:
                return "\n".join(self._announcement_line(a) for a in row.announcements)
            if column == self.ABSENT and row.absent_minutes:
                return self.tr("You were out of the station for %n minute(s) of this hour; "
                               "voters who came then were not counted.", "", row.absent_minutes)
        return None

    def _percent(self, value: float) -> str:
        return formats.percent(value, self._lang)

    def _announced_text(self, a: TurnoutAnnouncement) -> str:
        if a.voters is not None and a.percent is not None:
            return (self.tr("%1 (%2)").replace("%1", formats.integer(a.voters, self._lang))
                    .replace("%2", percent_text(a.percent, self._lang)))
        if a.voters is not None:
            return formats.integer(a.voters, self._lang)
        if a.percent is not None:
            return percent_text(a.percent, self._lang)
        return ""

    def _announcement_line(self, a: TurnoutAnnouncement) -> str:
        line = self.tr("%1 — %2").replace("%1", formats.clock(a.at)).replace("%2", self._announced_text(a))
        return line + ("\n" + a.notes if a.notes else "")

    def _text(self, row: HourlyRow, column: int) -> str:
        if column == self.HOUR:
            end = (row.hour + dt.timedelta(hours=1)).astimezone()
            return formats.clock_span(row.hour, end)
        if column == self.COUNTED:
            return formats.integer(row.counted, self._lang)
        if column == self.CUMULATIVE:
            return formats.integer(row.cumulative, self._lang)
        if column == self.PERCENT:
            return "" if row.percent is None else self._percent(row.percent)
        if column == self.ANNOUNCED:
            return self._announced_text(row.announced) if row.announced else ""
        if column == self.ABSENT:
            return formats.integer(row.absent_minutes, self._lang) if row.absent_minutes else ""
        return ""


class TurnoutPage(QWidget):
    """Counts voters with one click or key, saved at once; compares with the announced turnout."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("turnout_page")
        self._session = session
        self._lang = session.lang
        self.setLocale(QLocale(session.lang) if session.lang else QLocale())  # the editors' input
        self._tallies: list[dt.datetime] = []  # sorted
        self._stamps: list[float] = []  # the same as POSIX times, for the chart
        self._announcements: list[TurnoutAnnouncement] = []
        self._absences: list[Obstruction] = []
        self._open_removal: Obstruction | None = None
        self._registered: int | None = session.station.registered_voters
        self._writing_tally = False  # our own +1 or undo is being saved: no reload needed
        self._tally_failure = ""  # why our own +1 or undo was refused, if it was
        self._announcing = False  # refusals arriving now belong to the announcement form
        self._time_auto = True  # the announcement time follows the clock until the observer edits it
        self._setting_time = False

        self._build()
        self._connect()
        self._reload_tallies(recompute=False)
        self._reload_announcements(recompute=False)
        self._reload_obstructions(recompute=False)
        self._recompute()

    # --- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)

        # Out of the station is said once, by the window's header chip (issue 12): no banner here.
        body = QHBoxLayout()
        body.setSpacing(14)
        root.addLayout(body, 1)
        body.addWidget(self._build_counter())
        right = QVBoxLayout()
        right.setSpacing(8)
        body.addLayout(right, 1)

        self._chart = TurnoutChart(self, self._lang)
        right.addWidget(self._chart, 5)

        self._model = HourlyModel(self._lang, self)
        self._table = QTableView(self)
        self._table.setObjectName("hourly_table")
        self._table.setModel(self._model)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setTabKeyNavigation(False)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.setMinimumHeight(104)  # its header and three hours, at least
        header = self._table.horizontalHeader()
        # Widths fixed once from the header and the widest plausible cell: ResizeToContents would
        # read every cell again after each +1.
        metrics = self._table.fontMetrics()
        samples = {HourlyModel.HOUR: "00:00–00:00", HourlyModel.COUNTED: "00000",
                   HourlyModel.CUMULATIVE: "000000", HourlyModel.PERCENT: "100.0%",
                   HourlyModel.ABSENT: "60"}
        for column, sample in samples.items():
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             metrics.horizontalAdvance(title)) + 24)
        header.setSectionResizeMode(HourlyModel.ANNOUNCED, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("00000000"))
        header.setHighlightSections(False)
        right.addWidget(self._table, 4)

        right.addWidget(self._build_announce_form())

        self.setFocusProxy(self._plus)
        self.setTabOrder(self._plus, self._undo)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)

    def _build_counter(self) -> QWidget:
        panel = QFrame(self)
        panel.setObjectName("counter_panel")
        panel.setFixedWidth(330)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        title = QLabel(self.tr("Your head-count of voters"), panel)
        title_font = QFont(title.font())
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)

        self._count = QLabel("0", panel)
        self._count.setObjectName("count")
        count_font = QFont(self._count.font())
        count_font.setPointSize(54)
        count_font.setBold(True)
        self._count.setFont(count_font)
        self._count.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._count)

        self._caption = QLabel(panel)
        self._caption.setObjectName("count_caption")
        self._caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._caption)

        # Voters counted while another program held the database: in the count, not yet saved.
        self._unsaved = QLabel(panel)
        self._unsaved.setObjectName("unsaved_count")
        self._unsaved.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._unsaved.setWordWrap(True)
        self._unsaved.setStyleSheet(
            "QLabel#unsaved_count { background: #fbf0d4; color: #4d3800; border: 1px solid #e2c375;"
            " border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
        self._unsaved.setToolTip(self.tr(
            "Another program is writing to the database; these voters are counted and are saved "
            "as soon as it has finished."))
        self._unsaved.hide()
        layout.addWidget(self._unsaved)

        self._percent = QLabel(panel)
        self._percent.setObjectName("turnout_percent")
        self._percent.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        percent_font = QFont(self._percent.font())
        percent_font.setPointSizeF(percent_font.pointSizeF() * 1.3)
        self._percent.setFont(percent_font)
        layout.addWidget(self._percent)
        layout.addSpacing(8)

        self._plus = QPushButton(self.tr("+1 voter"), panel)
        self._plus.setObjectName("plus_one")
        self._plus.setToolTip(self.tr("Count one voter (key: + or Space)"))
        plus_font = QFont(self._plus.font())
        plus_font.setPointSize(26)
        plus_font.setBold(True)
        self._plus.setFont(plus_font)
        self._plus.setMinimumHeight(136)  # with the rest, fits a 1366x768 screen at 125 %
        self._plus.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plus.setStyleSheet(
            "QPushButton#plus_one { background: #2f6fad; color: white; border: 3px solid #2f6fad;"
            " border-radius: 10px; }"
            "QPushButton#plus_one:hover { background: #3a7cbd; }"
            "QPushButton#plus_one:pressed { background: #245a8e; border-color: #245a8e; }"
            "QPushButton#plus_one:focus { border-color: #f2b632; }")
        layout.addWidget(self._plus, 3)

        keys = QLabel(self.tr("+ or Space: one voter · Ctrl+Z: take back the last one"), panel)
        keys.setObjectName("keys_hint")
        keys.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        keys.setWordWrap(True)
        _mute(keys)
        layout.addWidget(keys)

        # Each count and each undo is confirmed here, in words, so that a press is never silent.
        self._last_action = QLabel(panel)
        self._last_action.setObjectName("last_action")
        self._last_action.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._last_action.setWordWrap(True)
        self._last_action.setMinimumHeight(self.fontMetrics().height() * 2 + 12)
        self._last_action.setStyleSheet(LAST_ACTION_STYLE)
        self._last_action.setProperty("kind", "")
        layout.addWidget(self._last_action)

        # Undo never takes the focus (a click leaves it on +1) and no key but Ctrl+Z presses it:
        # Space is a voter wherever the focus is (issue 12).
        self._undo = QPushButton(self.tr("Undo last"), panel)
        self._undo.setObjectName("undo")
        self._undo.setToolTip(self.tr("Take back the latest +1 (Ctrl+Z)"))
        self._undo.setMinimumHeight(34)
        self._undo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self._undo)
        layout.addStretch(1)
        return panel

    def _build_announce_form(self) -> QWidget:
        form = QFrame(self)
        form.setObjectName("announce_form")
        outer = QVBoxLayout(form)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        outer.addLayout(row)

        at_label = QLabel(self.tr("Commission announced at"), form)
        row.addWidget(at_label)
        self._announce_time = QTimeEdit(form)
        self._announce_time.setObjectName("announce_time")
        self._announce_time.setDisplayFormat("HH:mm")
        self._announce_time.setTime(QTime.currentTime())
        at_label.setBuddy(self._announce_time)
        row.addWidget(self._announce_time)

        row.addSpacing(6)
        voters_label = QLabel(self.tr("voters"), form)
        self._announce_voters = QSpinBox(form)
        self._announce_voters.setObjectName("announce_voters")
        self._announce_voters.setRange(0, MAX_COUNT)
        self._announce_voters.setSpecialValueText(" ")
        self._announce_voters.setGroupSeparatorShown(True)
        self._announce_voters.setMinimumWidth(self.fontMetrics().horizontalAdvance("0,000,000") + 40)
        self._announce_voters.setToolTip(self.tr("Number of voters the commission announced (leave empty if not given)"))
        voters_label.setBuddy(self._announce_voters)
        row.addWidget(self._announce_voters)
        row.addWidget(voters_label)
        row.addStretch(1)
        # The rest on a second row: one row was 853 pixels wide in Kazakh, too wide for a
        # 1366-pixel screen at 125 % beside the counter.
        row = QHBoxLayout()
        row.setSpacing(6)
        outer.addLayout(row)

        and_or = QLabel(self.tr("and/or"), form)
        row.addWidget(and_or)
        self._announce_percent = QDoubleSpinBox(form)
        self._announce_percent.setObjectName("announce_percent")
        self._announce_percent.setRange(0.0, 100.0)
        self._announce_percent.setDecimals(2)
        self._announce_percent.setSpecialValueText(" ")
        self._announce_percent.setMinimumWidth(self.fontMetrics().horizontalAdvance("100.00%") + 40)
        self._announce_percent.setToolTip(self.tr("Turnout in percent the commission announced (leave empty if not given)"))
        and_or.setBuddy(self._announce_percent)
        row.addWidget(self._announce_percent)
        row.addWidget(QLabel(self.tr("%"), form))

        row.addSpacing(6)
        self._announce_add = QPushButton(self.tr("Record announced turnout"), form)
        self._announce_add.setObjectName("announce_add")
        self._announce_add.setToolTip(self.tr("Save the turnout the commission announced (Enter)"))
        self._announce_add.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where it was
        row.addWidget(self._announce_add)
        row.addStretch(1)

        self._announce_error = QLabel(form)
        self._announce_error.setObjectName("announce_error")
        self._announce_error.setWordWrap(True)
        self._announce_error.setStyleSheet("color: #a3261b;")
        self._announce_error.hide()
        outer.addWidget(self._announce_error)
        self._announce_form = form
        return form

    def _connect(self) -> None:
        self._plus.clicked.connect(self._on_plus_one_clicked)
        self._undo.clicked.connect(self._on_undo_clicked)
        self._announce_add.clicked.connect(self._on_announce_add_clicked)
        self._announce_time.timeChanged.connect(self._on_announce_time_changed)
        self._announce_voters.valueChanged.connect(self._on_announce_value_changed)
        self._announce_percent.valueChanged.connect(self._on_announce_value_changed)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._model.rowsInserted.connect(self._table.scrollToBottom)
        self._session.changed.connect(self._on_session_changed)
        self._session.failed.connect(self._on_session_failed)
        self._session.unsaved_changed.connect(self._on_session_unsaved_changed)

        # The keys count whatever widget of this page has the focus (a button, the table, the
        # page itself), except a text or number field, which takes them as typing (its
        # ShortcutOverride wins over a shortcut). Space never presses a focused button here. A key
        # held down is one voter, not a stream. "+" is Shift+= on many layouts and also on the
        # keypad (Qt tries a keypad key without its keypad modifier): both forms are bound. Should
        # a platform match one press to both, Qt reports it "ambiguous" to one of them, so that
        # counts too (still once a press).
        plus_keys = (QKeySequence(Qt.Key.Key_Plus), QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Plus))
        for key, slot in ((plus_keys[0], self._on_count_key_activated),
                          (plus_keys[1], self._on_count_key_activated),
                          (QKeySequence(Qt.Key.Key_Space), self._on_count_key_activated),
                          (QKeySequence(QKeySequence.StandardKey.Undo), self._on_undo_clicked),
                          (QKeySequence(QKeySequence.StandardKey.New), self.focus_first_field)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
            shortcut.activatedAmbiguously.connect(slot)

    # --- for the main window and tests -----------------------------------------------------------

    def focus_first_field(self) -> None:
        """Ctrl+N: to the first field of the announced turnout's form (+ and Space type there)."""
        self._announce_voters.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._announce_voters.selectAll()

    @property
    def hourly_model(self) -> HourlyModel:
        return self._model

    @property
    def chart(self) -> TurnoutChart:
        return self._chart

    def sizeHint(self) -> QSize:
        return QSize(1340, 600)

    # --- loading -----------------------------------------------------------------------------------

    def _reload_tallies(self, recompute: bool = True) -> None:
        """The stored voters and those kept until the database is free again."""
        store, sid = self._session.store, self._session.station_id
        kept = [parse_time(change.shown) for change in self._session.pending("turnout_tallies")]
        self._tallies = sorted([parse_time(t.at) for t in store.tallies(sid)] + kept)
        self._stamps = [t.timestamp() for t in self._tallies]
        if recompute:
            self._recompute()

    def _reload_announcements(self, recompute: bool = True) -> None:
        self._announcements = self._session.store.announcements(self._session.station_id)
        if recompute:
            self._recompute()

    def _reload_obstructions(self, recompute: bool = True) -> None:
        store, sid = self._session.store, self._session.station_id
        self._absences = [o for o in store.obstructions(sid) if o.kind in ABSENCE_KINDS]
        self._open_removal = store.open_removal(sid)
        if recompute:
            self._recompute()

    def _reload_station(self) -> None:
        self._registered = self._session.store.station(self._session.station_id).registered_voters
        self._recompute()

    # --- showing -----------------------------------------------------------------------------------

    def _recompute(self) -> None:
        """Counter labels, hourly rows and chart from what is loaded (no database reads)."""
        n = len(self._tallies)
        self._count.setText(formats.integer(n, self._lang))
        self._count.setAccessibleName(self.tr("%n voter(s) counted", "", n))
        self._caption.setText(self.tr("voter(s) counted", "", n))
        percent = independent_turnout(n, self._registered)
        if percent is None:
            self._percent.setText(self.tr("registered voters unknown"))
        else:
            self._percent.setText(self.tr("%1 of %2 registered")
                                  .replace("%1", formats.percent(percent, self._lang))
                                  .replace("%2", formats.integer(self._registered, self._lang)))
        self._undo.setEnabled(n > 0)
        self._show_unsaved()

        now = dt.datetime.now(dt.timezone.utc)
        spans = [(parse_time(o.started_at), parse_time(o.ended_at) if o.ended_at else None)
                 for o in self._absences]
        self._model.set_rows(hourly_rows(self._tallies, spans, self._announcements, self._registered, now,
                                         stamps=self._stamps))
        announced = []
        for a in self._announcements:
            if a.voters is not None:
                announced.append((parse_time(a.at), float(a.voters), formats.integer(a.voters, self._lang)))
            elif a.percent is not None and self._registered:
                announced.append((parse_time(a.at), a.percent * self._registered / 100.0,
                                  percent_text(a.percent, self._lang)))
        self._chart.set_data(self._stamps, announced, [(s, e or now) for s, e in spans], self._registered)

    def _show_unsaved(self) -> None:
        kept = len(self._session.pending("turnout_tallies"))
        if kept:
            self._unsaved.setText(self.tr("%n not yet saved", "", kept))
        self._unsaved.setVisible(kept > 0)

    # --- slots -------------------------------------------------------------------------------------

    def _on_plus_one_clicked(self) -> None:
        # The voter is counted at the press, also when the database is busy and it is saved later.
        at = self._session.store.clock()
        self._writing_tally = True
        try:
            tally = self._session.keep("turnout_tallies", at, self._session.store.add_tally,
                                       self._session.station_id, at)
        finally:
            self._writing_tally = False
        self._plus.setFocus(Qt.FocusReason.OtherFocusReason)
        if tally is None:
            return
        moment = parse_time(at)
        i = bisect.bisect_right(self._tallies, moment)
        self._tallies.insert(i, moment)
        self._stamps.insert(i, moment.timestamp())
        self._recompute()
        text = (self.tr("Voter %1 counted at %2; not yet saved") if isinstance(tally, PendingChange)
                else self.tr("Voter %1 counted at %2"))
        self._confirm("counted", text.replace("%1", formats.integer(len(self._tallies), self._lang))
                      .replace("%2", self._clock_text(at)))

    def _forget_tally(self, at: str) -> int:
        """Takes the voter counted at `at` out of what is shown; the number it had."""
        moment = parse_time(at)
        number = bisect.bisect_right(self._tallies, moment)  # the latest voter's is the count
        i = bisect.bisect_left(self._tallies, moment)
        if i < len(self._tallies) and self._tallies[i] == moment:
            del self._tallies[i]
            del self._stamps[i]
            self._recompute()
        else:
            self._reload_tallies()
        return number

    def _confirm_taken_back(self, at: str, number: int) -> None:
        self._confirm("taken_back", self.tr("Voter %1 taken back (counted at %2)")
                      .replace("%1", formats.integer(number, self._lang)).replace("%2", self._clock_text(at)))

    def _take_back_kept(self, change: PendingChange) -> None:
        """Undo of a voter counted while the database was busy: it is forgotten before it is saved."""
        self._session.discard(change)
        self._confirm_taken_back(change.shown, self._forget_tally(change.shown))

    def _on_undo_clicked(self) -> None:
        self._plus.setFocus(Qt.FocusReason.OtherFocusReason)  # a second key press counts, never undoes
        kept = self._session.pending("turnout_tallies")
        if kept:  # the latest voters are the kept ones: changes are saved in order
            self._take_back_kept(kept[-1])
            return
        self._writing_tally = True
        self._tally_failure = ""
        try:
            tally = self._session.run("turnout_tallies", self._session.store.undo_tally, self._session.station_id)
        finally:
            self._writing_tally = False
        if tally is None:
            self._reload_tallies()
            if self._tally_failure:  # e.g. the database is busy: nothing was taken back
                self._confirm("failed", self._tally_failure)
            elif not self._tallies:
                self._confirm("", self.tr("Nothing to take back."))
            return
        self._confirm_taken_back(tally.at, self._forget_tally(tally.at))

    def _clock_text(self, iso: str) -> str:
        """A stored time on the laptop's clock, 24-hour whatever the system's locale says."""
        return formats.clock(iso)

    def _confirm(self, kind: str, text: str) -> None:
        """Says what the last press did, coloured by what it was (a count, an undo, a refusal)."""
        self._last_action.setText(text)
        if self._last_action.property("kind") != kind:
            self._last_action.setProperty("kind", kind)
            self._last_action.style().unpolish(self._last_action)
            self._last_action.style().polish(self._last_action)

    def _on_count_key_activated(self) -> None:
        self._on_plus_one_clicked()

    def _on_announce_add_clicked(self) -> None:
        voters = self._announce_voters.value() or None
        percent = self._announce_percent.value() or None
        if voters is None and percent is None:
            self._show_announce_error(self.tr("Enter the number of voters announced, the percentage, or both."))
            self._announce_voters.setFocus()
            return
        at = from_qdatetime(QDateTime(QDate.currentDate(), self._announce_time.time()))
        self._show_announce_error("")
        self._announcing = True
        try:
            saved = self._session.run("turnout_announcements", self._session.store.add_announcement,
                                      self._session.station_id, at, voters, percent)
        finally:
            self._announcing = False
        if saved is None:
            return
        self._announce_voters.setValue(0)
        self._announce_percent.setValue(0.0)
        self._time_auto = True
        self._set_announce_time_now()
        self._confirm("", self.tr("Announced turnout of %1 recorded.").replace("%1", formats.clock(saved.at)))
        self._plus.setFocus(Qt.FocusReason.OtherFocusReason)  # the next key press is a voter again

    def _on_announce_time_changed(self, _time: QTime) -> None:
        if not self._setting_time:
            self._time_auto = False

    def _on_announce_value_changed(self, _value: float) -> None:
        if not self._announcing:
            self._show_announce_error("")  # the observer is correcting it

    def _set_announce_time_now(self) -> None:
        self._setting_time = True
        try:
            self._announce_time.setTime(QTime.currentTime())
        finally:
            self._setting_time = False

    def _show_announce_error(self, message: str) -> None:
        self._announce_error.setText(message)
        self._announce_error.setVisible(bool(message))

    def _on_session_failed(self, message: str) -> None:
        if self._announcing:
            self._show_announce_error(message)
        elif self._writing_tally:
            self._tally_failure = message

    def _on_session_unsaved_changed(self, _count: int) -> None:
        self._show_unsaved()

    def _on_session_changed(self, table: str) -> None:
        if table not in _TABLES:
            return
        if table == "turnout_tallies":
            if not self._writing_tally:
                self._reload_tallies()
        elif table == "turnout_announcements":
            self._reload_announcements()
        elif table == "obstructions":
            self._reload_obstructions()
        elif table == "stations":
            self._reload_station()

    def _on_clock_timeout(self) -> None:
        if self._time_auto and not self._announce_time.hasFocus():
            self._set_announce_time_now()
        if self._open_removal is not None:
            self._recompute()  # the open absence grows in the table and the chart

    # --- Qt overrides ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._time_auto:
            self._set_announce_time_now()
        self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._clock.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter in the announcement form records it (spin boxes pass Enter on to their parents).
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused is not None \
                and self._announce_form.isAncestorOf(focused):
            self._announce_add.click()
            return
        super().keyPressEvent(event)
