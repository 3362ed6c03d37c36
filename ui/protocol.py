"""The protocol screen: the commission's figures typed line by line, checked live as they are typed."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, QSize, Qt, QTimer, Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QImageReader, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from observer_app import formats
from observer_app.domain.records import MAX_COUNT, MAX_PROTOCOL_TEXT, NO_SOURCE, SOURCES, Protocol, format_time
from observer_app.domain.template import ElectionTemplate, Relation, RelationResult, Term, pick_name
from ui import labels
from ui.session import PendingChange, Session

# Sources an observer picks; "imported" is shown only for a protocol that came from a file.
ENTRY_SOURCES = tuple(s for s in SOURCES if s != "imported")

# Colours of a relation's state: background of the badge, colour of the formula text.
STATUS_COLOURS = {
    "pass": ("#2e7d32", "#1b5e20"),
    "fail": ("#c62828", "#b71c1c"),
    "warning": ("#f9a825", "#8a5a00"),
    "unknown": ("#757575", "#616161"),
}
ERROR_STYLE = ("color: #b71c1c; background: #fdecea; border: 1px solid #f1aeb5;"
               " border-radius: 4px; padding: 6px;")
NOTE_STYLE = ("color: #5d4000; background: #fff4d6; border: 1px solid #e9c46a;"
              " border-radius: 4px; padding: 4px 6px;")
# Every field and button of the page has a border of the same width whatever its state, so that
# a state changes only its colour: grey; red where a control relation involving it fails (amber
# for a warning, or registered voters other than the station list's); blue with the focus, always
# visible (the observer types by keyboard; issue 12).
FOCUS = "#1565c0"
ARROW = ":/qt-project.org/styles/commonstyle/images/arrow-down-16.png"  # Qt's own, built in
PAGE_STYLE = f"""
QLineEdit {{ border: 2px solid #b8b8b8; border-radius: 3px; padding: 1px 3px; background: #ffffff; }}
QLineEdit:read-only {{ background: #f3f3f3; }}
QLineEdit[failing="error"] {{ border-color: #c62828; background: #fdecea; }}
QLineEdit[failing="warning"] {{ border-color: #e2a400; background: #fff8e1; }}
QLineEdit[invalid="true"] {{ border-color: #c62828; }}
QLineEdit[unsaved="true"] {{ border-color: #e2a400; background: #fff8e1; }}
QComboBox {{ border: 2px solid #b8b8b8; border-radius: 3px; padding: 1px 6px; background: #ffffff; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 20px;
                       border: none; }}
QComboBox::down-arrow {{ image: url({ARROW}); width: 12px; height: 12px; }}
QComboBox:disabled {{ background: #f3f3f3; color: #6b6b6b; }}
QComboBox[invalid="true"] {{ border-color: #c62828; background: #fdecea; }}
QPushButton {{ border: 2px solid #a8a8a8; border-radius: 3px; padding: 3px 10px;
              background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #fdfdfd, stop:1 #e6e6e6); }}
QPushButton:pressed {{ background: #d6d6d6; }}
QCheckBox {{ border: 2px solid transparent; border-radius: 3px; padding: 2px; }}
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QCheckBox:focus {{ border-color: {FOCUS}; }}
"""
UNSAVED_NOTE_STYLE = ("color: #4d3800; background: #fbf0d4; border: 1px solid #e2c375;"
                      " border-radius: 4px; padding: 6px;")

_GROUPED = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+")
_NEGATIVE = re.compile(r"[-\u2212\u2013]\s*[0-9][0-9 \u00a0\u2009\u202f]*(?:[.,][0-9]+)?")


def parse_count(text: str) -> tuple[int | None, str | None]:
    """A figure as typed: (value, problem); empty means unknown (None, None).

    The problem is "negative", "not_whole" or "too_large"; digits may be grouped by spaces
    ("1 234"), nothing else is accepted and nothing is clamped.
    """
    text = text.strip()
    if not text:
        return None, None
    if re.fullmatch(r"[0-9]+", text) or _GROUPED.fullmatch(text):
        value = int(re.sub(r"\D", "", text))
        return (value, None) if value <= MAX_COUNT else (None, "too_large")
    if _NEGATIVE.fullmatch(text):
        return None, "negative"
    return None, "not_whole"


_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})")
_DAY_TIME = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4}),?\s+([0-9]{1,2})[:.]([0-9]{2})")
_ISO_DAY_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{1,2}):([0-9]{2})")


def parse_signed_at(text: str, day: dt.date) -> tuple[str | None, bool]:
    """When the commission signed, as typed: "23:40" (on `day`, the election's), "11.01.2021
    01:15" or "2021-01-11 01:15", the laptop's local time. (UTC ISO time or None for empty, ok)."""
    text = " ".join(text.split())
    if not text:
        return None, True
    try:
        if found := _TIME.fullmatch(text):
            moment = dt.datetime.combine(day, dt.time(int(found[1]), int(found[2])))
        elif found := _DAY_TIME.fullmatch(text):
            moment = dt.datetime(int(found[3]), int(found[2]), int(found[1]), int(found[4]), int(found[5]))
        elif found := _ISO_DAY_TIME.fullmatch(text):
            moment = dt.datetime(*(int(found[i]) for i in range(1, 6)))
        else:
            return None, False
    except ValueError:  # 25:00, 31.02.2021
        return None, False
    return format_time(moment), True


def fill(text: str, *values: object) -> str:
    """Puts values into a translated text's %1, %2... in one pass (a value may hold '%2')."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def term_label(template: ElectionTemplate, term: Term) -> str:
    """A relation's term as the protocol shows it: a line's number, "Σ votes", or a constant."""
    if term.kind == "line":
        return template.line(term.code).number
    if term.kind == "contestants":
        return QCoreApplication.translate("ProtocolPage", "Σ votes")
    return str(term.constant)


def relation_formula(template: ElectionTemplate, relation: Relation) -> str:
    """E.g. "5 = 6 + 7" for "in_boxes = invalid + valid"."""
    return relation.display(lambda term: term_label(template, term))


def relation_text(template: ElectionTemplate, result: RelationResult, lang: str | None) -> str:
    """E.g. "5 = 6 + 7:  812 ≠ 798 + 10": the relation with line numbers, then its numbers as
    `lang` writes them."""
    return fill(QCoreApplication.translate("ProtocolPage", "%1:  %2"),
                 relation_formula(template, result.relation), result.numbers(lang))


def _thumbnail(data: bytes, size: int) -> QPixmap:
    """A small picture of a photo, decoded at thumbnail size (a 12-megapixel JPEG stays cheap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and not full.isEmpty():
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def reveal(scroll: QScrollArea, widget: QWidget, margin: int = 8) -> None:
    """Scrolls so that the whole widget can be seen, with a margin (QScrollArea's own
    ensureWidgetVisible is content once a line edit's text cursor shows, its border cut off)."""
    centre = widget.mapTo(scroll.widget(), widget.rect().center())
    scroll.ensureVisible(centre.x(), centre.y(), widget.width() // 2 + margin, widget.height() // 2 + margin)


def _show_count(value: int | None) -> str:
    return "" if value is None else str(value)


class ProtocolPage(QWidget):
    """Every line and every contestant as a field in protocol order; saved as soon as it is left."""

    # How many control relations fail with the figures shown, plus 1 when registered voters are
    # not the station list's: the main window marks the page's tab while it is not 0.
    problems_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.template = session.template
        self._order = self.template.codes
        self._fields: dict[str, QLineEdit] = {}
        self._registered_note: QLabel | None = None
        self._stored: dict[str, int | None] = {}
        self._dirty: set[str] = set()  # typed since the last save or load
        self._invalid: dict[str, str] = {}  # code -> message, for figures refused at the field
        self._protocol: Protocol | None = None
        self._last_failure = ""
        self._relation_rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._thumbnails: dict[str, QPixmap] = {}  # photo id -> thumbnail, decoded once
        self._error_slots: dict[str, tuple[QGridLayout, int]] = {}
        self._error_slot: tuple[QGridLayout, int] | None = None  # where field_error is now
        self._failing: dict[str, list[str]] = {}  # code -> the failing relations involving it, worded
        self._problems = 0
        self._listed_registered = session.station.registered_voters  # the station list's
        self._registered_code = self.template.role_code("registered")
        self._details_dirty: set[str] = set()  # signing details typed since the last save or load
        self._chain_after: list[QWidget] = []  # what follows the figures (made with the page)

        self.setStyleSheet(PAGE_STYLE)
        root = QHBoxLayout(self)
        form = QWidget()
        form.setLayout(self._build_form())
        form.layout().setContentsMargins(0, 0, 0, 0)
        form.setMaximumWidth(620)  # keeps each figure near its line's name on a wide screen
        root.addWidget(form, 11)
        root.addWidget(self._build_side(), 9)
        self._chain_tab_order()

        session.changed.connect(self._on_session_changed)
        session.failed.connect(self._on_session_failed)
        session.unsaved_changed.connect(self._on_session_unsaved_changed)
        self.reload()

    # --- building ----------------------------------------------------------------------------

    def _build_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        hint = QLabel(self.tr("Type each figure exactly as on the protocol and press Enter. "
                              "Leave a figure empty when it is unknown. Every figure is saved "
                              "as soon as you leave it."))
        hint.setWordWrap(True)
        column.addWidget(hint)

        self._field_error = QLabel()
        self._field_error.setObjectName("field_error")
        self._field_error.setWordWrap(True)
        self._field_error.setStyleSheet(ERROR_STYLE)
        self._field_error.hide()

        self._unsaved_note = QLabel()
        self._unsaved_note.setObjectName("protocol_unsaved")
        self._unsaved_note.setWordWrap(True)
        self._unsaved_note.setStyleSheet(UNSAVED_NOTE_STYLE)
        self._unsaved_note.hide()
        column.addWidget(self._unsaved_note)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)

        lines_grid = QGridLayout()
        lines_grid.setColumnStretch(0, 1)
        for row, line in enumerate(self.template.lines):
            text = fill(self.tr("%1. %2"), line.number, self.session.label(line.code))
            self._add_field_row(lines_grid, row, line.code, text)
        body_layout.addLayout(lines_grid)

        votes = QGroupBox(self.tr("Votes"))
        votes.setObjectName("votes")
        votes_grid = QGridLayout(votes)
        votes_grid.setColumnStretch(0, 1)
        for row, contestant in enumerate(self.template.contestants):
            self._add_field_row(votes_grid, row, contestant.code, self.session.label(contestant.code))
        self._place_field_error(self._order[0])
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.focus_first_field)
        body_layout.addWidget(votes)
        body_layout.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setObjectName("protocol_form")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(body)
        column.addWidget(self._scroll, 1)
        return column

    def _add_field_row(self, grid: QGridLayout, row: int, code: str, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        field = QLineEdit()
        field.setObjectName(f"value_{code}")
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("0" * 9) + 24)
        field.setMaxLength(20)
        field.setAccessibleName(text)
        label.setBuddy(field)
        field.textEdited.connect(lambda _text, code=code: self._on_field_edited(code))
        field.installEventFilter(self)
        grid.addWidget(label, 3 * row, 0)
        grid.addWidget(field, 3 * row, 1, Qt.AlignmentFlag.AlignTop)
        self._fields[code] = field
        if code == self._registered_code:  # registered voters other than the station list's
            self._registered_note = QLabel()
            self._registered_note.setObjectName("registered_note")
            self._registered_note.setWordWrap(True)
            self._registered_note.setStyleSheet(NOTE_STYLE)
            self._registered_note.hide()
            grid.addWidget(self._registered_note, 3 * row + 1, 0, 1, 2)
        self._error_slots[code] = (grid, 3 * row + 2)  # the refusal shows right under its field

    def _build_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)

        box = QGroupBox(self.tr("Control relations"))
        box.setObjectName("relations")
        rows = QGridLayout(box)
        rows.setColumnStretch(1, 1)
        rows.setVerticalSpacing(6)
        bold = QFont(self.font())
        bold.setBold(True)
        badge_width = max(QFontMetrics(bold).horizontalAdvance(labels.relation_status(s))
                          for s in ("pass", "fail", "unknown")) + 16
        for i, relation in enumerate(self.template.relations):
            badge = QLabel()
            badge.setObjectName(f"relation_{relation.id}_badge")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setFixedWidth(badge_width)
            text = QLabel()
            text.setObjectName(f"relation_{relation.id}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            description = pick_name(relation.description, self.session.lang)
            rows.addWidget(badge, 2 * i, 0, Qt.AlignmentFlag.AlignTop)
            rows.addWidget(text, 2 * i, 1)
            if description:
                note = QLabel(description)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555555;")
                rows.addWidget(note, 2 * i + 1, 1)
            self._relation_rows[relation.id] = (badge, text)
        column.addWidget(box)

        status_box = QGroupBox(self.tr("Source and status"))
        form = QFormLayout(status_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._source = QComboBox()
        self._source.setObjectName("source")
        self._source.setPlaceholderText(self.tr("Choose…"))
        self._source.setToolTip(self.tr("Where the figures come from: the protocol is final only "
                                         "once this is chosen."))
        self._source.currentIndexChanged.connect(self._on_source_changed)
        form.addRow(self.tr("Source:"), self._source)

        self._signed_at = QLineEdit()
        self._signed_at.setObjectName("commission_signed_at")
        self._signed_at.setPlaceholderText(fill(self.tr("optional, e.g. 23:40 or %1"), self._signed_at_example()))
        self._signed_at.setMaxLength(40)
        self._certified_by = QLineEdit()
        self._certified_by.setObjectName("certified_by")
        self._certified_by.setPlaceholderText(self.tr("optional: name and position, as on the copy"))
        self._certified_by.setMaxLength(MAX_PROTOCOL_TEXT)
        self._details = {"commission_signed_at": self._signed_at, "certified_by": self._certified_by}
        for edit, caption in ((self._signed_at, self.tr("Signed by the commission at:")),
                              (self._certified_by, self.tr("Copy certified by:"))):
            edit.setAccessibleName(caption)
            edit.textEdited.connect(lambda _text, edit=edit: self._on_detail_edited(edit))
            edit.installEventFilter(self)
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self._detail_error = QLabel()
        self._detail_error.setObjectName("detail_error")
        self._detail_error.setWordWrap(True)
        self._detail_error.setStyleSheet(ERROR_STYLE)
        self._detail_error.hide()
        form.addRow(self._detail_error)

        self._official = QCheckBox(self.tr("The figures are exactly as on the official copy"))
        self._official.setObjectName("as_on_official_copy")
        self._official.setToolTip(self.tr(
            "Tick this when a control relation fails on the official copy itself: the protocol "
            "can then be marked final and kept as evidence."))
        self._official.toggled.connect(self._on_official_toggled)
        form.addRow(self._official)
        self._status = QComboBox()
        self._status.setObjectName("status")
        for code in ("draft", "final"):
            self._status.addItem(labels.protocol_status(code), code)
        self._status.currentIndexChanged.connect(self._on_status_changed)
        form.addRow(self.tr("Status:"), self._status)
        for widget in (self._source, self._official, self._status):
            widget.installEventFilter(self)  # Enter moves on, as in the figures
        self._status_error = QLabel()
        self._status_error.setObjectName("status_error")
        self._status_error.setWordWrap(True)
        self._status_error.setStyleSheet(ERROR_STYLE)
        self._status_error.hide()
        form.addRow(self._status_error)
        self._final_note = QLabel(self.tr("Final: the figures are locked. Set the status back "
                                          "to Draft to correct them."))
        self._final_note.setObjectName("final_note")
        self._final_note.setWordWrap(True)
        self._final_note.setStyleSheet("color: #555555;")
        self._final_note.hide()
        form.addRow(self._final_note)
        column.addWidget(status_box)

        photo_box = QGroupBox(self.tr("Photos of the protocol"))
        photo_layout = QHBoxLayout(photo_box)
        self._photos = QListWidget()
        self._photos.setObjectName("protocol_photos")
        self._photos.setViewMode(QListView.ViewMode.IconMode)
        self._photos.setFlow(QListView.Flow.LeftToRight)
        self._photos.setWrapping(False)
        self._photos.setIconSize(QSize(64, 64))
        self._photos.setGridSize(QSize(128, 92))
        self._photos.setMovement(QListView.Movement.Static)
        self._photos.setFixedHeight(112)
        photo_layout.addWidget(self._photos, 1)
        self._no_photos = QLabel(self.tr("No photos yet. A photo of the whole protocol, with its "
                                         "stamp and signatures legible, makes it evidence."))
        self._no_photos.setObjectName("no_protocol_photos")
        self._no_photos.setWordWrap(True)
        self._no_photos.setStyleSheet("color: #555555;")
        photo_layout.addWidget(self._no_photos, 1)
        buttons = QVBoxLayout()
        self._attach = QPushButton(self.tr("Attach photos…"))
        self._attach.setObjectName("attach_protocol_photos")
        self._attach.clicked.connect(self._on_attach_clicked)
        buttons.addWidget(self._attach)
        self._photo_error = QLabel()
        self._photo_error.setObjectName("photo_error")
        self._photo_error.setWordWrap(True)
        self._photo_error.setStyleSheet(ERROR_STYLE)
        self._photo_error.hide()
        buttons.addWidget(self._photo_error)
        buttons.addStretch(1)
        photo_layout.addLayout(buttons)
        column.addWidget(photo_box)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        self._side_scroll = scroll
        return scroll

    def _focus_side(self, widget: QWidget) -> None:
        """Focus on the source, a signing detail, the confirmation or the status, scrolled to
        where it can be seen (a small screen, 125 % scaling)."""
        reveal(self._side_scroll, widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _after_figures(self) -> list[QWidget]:
        """What Enter and Tab reach after the last figure, in order."""
        return [self._source, self._signed_at, self._certified_by, self._official, self._status,
                self._attach]

    def _chain_tab_order(self) -> None:
        self._chain_after = self._after_figures()
        chain: list[QWidget] = [self._fields[c] for c in self._order] + self._chain_after
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- dialogs -----------------------------------------------------------------------------

    @classmethod
    def ask_photo_paths(cls, parent: QWidget | None) -> list[str]:
        """Photo files to attach, chosen by the observer (tests replace this)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("ProtocolPage", "Attach photos of the protocol"),
            "",
            QCoreApplication.translate("ProtocolPage",
                                       "Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)"),
        )
        return list(paths)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Shows the stored protocol; a field being typed in keeps what was typed."""
        protocol = self.session.store.protocol(self.session.station_id)
        if protocol is not None and protocol.deleted:
            protocol = None
        self._protocol = protocol
        self._stored = dict(protocol.values) if protocol else {}
        kept = self._kept_values()
        for code, field in self._fields.items():
            if code not in self._dirty:
                field.setText(_show_count(kept[code] if code in kept else self._stored.get(code)))

        source = protocol.source if protocol else NO_SOURCE
        status = protocol.status if protocol else "draft"
        self._source.blockSignals(True)
        self._source.clear()
        for code in ENTRY_SOURCES + (("imported",) if source == "imported" else ()):
            self._source.addItem(labels.protocol_source(code), code)
        self._source.setCurrentIndex(self._source.findData(source))  # -1, "Choose…", for none
        self._source.blockSignals(False)
        if source != NO_SOURCE:
            self._mark(self._source, "invalid", False)
        self._show_details(protocol)
        self._status.blockSignals(True)
        self._status.setCurrentIndex(max(0, self._status.findData(status)))
        self._status.blockSignals(False)
        self._official.blockSignals(True)
        self._official.setChecked(bool(protocol and protocol.as_on_official_copy))
        self._official.blockSignals(False)
        self._apply_final(status == "final")
        self._reload_photos()  # thumbnails are decoded once, so this stays cheap
        self._update_relations()
        self._show_unsaved()

    def _apply_final(self, final: bool) -> None:
        for field in self._fields.values():
            field.setReadOnly(final)
        for widget in (self._source, self._signed_at, self._certified_by, self._official):
            widget.setEnabled(not final)
        self._final_note.setVisible(final)

    def _reload_photos(self) -> None:
        self._photos.clear()
        store = self.session.store
        photos = store.photos(self._protocol) if self._protocol is not None else []
        self._photos.setVisible(bool(photos))
        self._no_photos.setVisible(not photos)
        for photo in photos:
            item = QListWidgetItem(photo.filename)
            if photo.id not in self._thumbnails:
                self._thumbnails[photo.id] = _thumbnail(store.photo_data(photo), 64)
            if not self._thumbnails[photo.id].isNull():
                item.setIcon(QIcon(self._thumbnails[photo.id]))
            item.setToolTip(fill(self.tr("%1\n%2 bytes\nSHA-256 %3"),
                                 photo.filename, photo.size, photo.sha256))
            item.setData(Qt.ItemDataRole.UserRole, photo.sha256)
            self._photos.addItem(item)

    def _on_session_changed(self, table: str) -> None:
        if table in ("protocols", "photos"):
            self.reload()
        elif table == "stations":
            self._listed_registered = self.session.store.station(self.session.station_id).registered_voters
            self._update_relations()

    def _on_session_failed(self, message: str) -> None:
        self._last_failure = message

    def _on_session_unsaved_changed(self, _count: int) -> None:
        self._show_unsaved()

    # --- figures kept while the database is busy ---------------------------------------------

    def _kept_values(self) -> dict[str, int | None]:
        """Figures typed while another program wrote to the database, not saved yet (the latest
        of each line)."""
        return dict(change.shown for change in self.session.pending("protocols")
                    if isinstance(change.shown, tuple))

    def _expected(self, code: str) -> int | None:
        """The figure the database will hold once the kept ones are saved."""
        kept = self._kept_values()
        return kept[code] if code in kept else self._stored.get(code)

    def _show_unsaved(self) -> None:
        kept = self._kept_values()
        for code, field in self._fields.items():
            if self._mark(field, "unsaved", code in kept):
                self._show_tooltip(code)
        self._unsaved_note.setText(self.tr(
            "%n figure(s) not yet saved: another program is writing to the database. They stay "
            "here and are saved as soon as it has finished.", "", len(kept)))
        self._unsaved_note.setVisible(bool(kept))

    # --- typing ------------------------------------------------------------------------------

    def typed_values(self) -> dict[str, int | None]:
        """What the fields show now (saved or not); a refused figure counts as unknown."""
        return {code: parse_count(field.text())[0] for code, field in self._fields.items()}

    def _on_field_edited(self, code: str) -> None:
        self._dirty.add(code)
        if code in self._invalid and parse_count(self._fields[code].text())[1] is None:
            self._clear_invalid(code)
        self._update_relations()

    def _show_tooltip(self, code: str) -> None:
        """A figure's tooltip: whether it is saved yet, and every failing relation it is part of."""
        field = self._fields[code]
        parts = [self.tr("Not yet saved: another program is writing to the database; saved as "
                         "soon as it has finished.")] if field.property("unsaved") else []
        field.setToolTip("\n".join(parts + self._failing.get(code, [])))

    @staticmethod
    def _mark(widget: QWidget, name: str, value: object) -> bool:
        """Sets a property the page's style sheet reads; True when it changed."""
        if widget.property(name) == value or (not widget.property(name) and not value):
            return False
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        return True

    def focus_first_field(self) -> None:
        """Ctrl+N: to line 1 of the protocol."""
        reveal(self._scroll, self._fields[self._order[0]])
        self._fields[self._order[0]].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The main window focuses the page when it is shown (Ctrl+4, a click on its tab): typing
        then lands in line 1 (or in a figure that was refused, still to be corrected)."""
        super().focusInEvent(event)
        code = next(iter(self._invalid), self._order[0])
        reveal(self._scroll, self._fields[code])
        self._fields[code].setFocus(Qt.FocusReason.TabFocusReason)

    def _focus_after(self, widget: QWidget) -> None:
        """Enter on the source, a signing detail, the confirmation or the status: on to the next."""
        chain = self._chain_after
        for target in chain[chain.index(widget) + 1:]:
            if target.isEnabled() and target.isVisible():
                self._focus_side(target)
                return

    def _filter_after_figures(self, watched: QWidget, event: QEvent) -> bool:
        """Keys and focus of what follows the figures; True when the event was handled here."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier
                                             | Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                name = watched.objectName()
                if name in self._details and not self._commit_detail(name):
                    return True
                self._focus_after(watched)
                return True
            if event.key() == Qt.Key.Key_Escape and watched.objectName() in self._details_dirty:
                self._restore_detail(watched.objectName())
                return True
        elif event.type() == QEvent.Type.FocusOut and watched.objectName() in self._details:
            if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                if not self._commit_detail(watched.objectName()):
                    QTimer.singleShot(0, watched, watched.setFocus)  # the refused time keeps focus
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched in self._chain_after:
            if self._filter_after_figures(watched, event):
                return True
            return super().eventFilter(watched, event)
        code = watched.objectName().removeprefix("value_")
        if code not in self._fields or watched is not self._fields[code]:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            other = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._advance(code, 1)
                return True
            if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift):
                return self._advance(code, -1)
            if key == Qt.Key.Key_Tab and not other:
                self._advance(code, 1)
                return True
            if key == Qt.Key.Key_Escape and code in self._dirty:
                self._restore(code)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            reason = event.reason()
            if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                if not self._commit(code):
                    field = self._fields[code]
                    QTimer.singleShot(0, field, field.setFocus)  # the refused figure keeps focus
        return super().eventFilter(watched, event)

    def commit_pending(self) -> bool:
        """Saves every typed, unsaved figure and signing detail (e.g. before the window closes);
        False if one is refused."""
        return all([self._commit(code) for code in self._order if code in self._dirty]
                   + [self._commit_detail(name) for name in list(self._details_dirty)])

    def _advance(self, code: str, step: int) -> bool:
        """Saves the field and moves on; True when the key was handled here."""
        if not self._commit(code):
            return True
        index = self._order.index(code) + step
        if index < 0:
            return False  # Shift+Tab on the first field: Qt moves on as usual
        if index >= len(self._order):
            self._focus_side(next(w for w in self._chain_after if w.isEnabled()))
            return True
        target = self._fields[self._order[index]]
        reveal(self._scroll, target)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _restore(self, code: str) -> None:
        self._fields[code].setText(_show_count(self._expected(code)))
        self._dirty.discard(code)
        self._clear_invalid(code)
        self._update_relations()

    def _commit(self, code: str) -> bool:
        """Saves a typed figure when it changed; refuses it at the field when it is not a count."""
        field = self._fields[code]
        if code not in self._dirty or field.isReadOnly():
            return True
        value, problem = parse_count(field.text())
        if problem is not None:
            self._set_invalid(code, self._problem_text(code, field.text().strip(), problem))
            return False
        if value != self._expected(code):
            self._last_failure = ""
            saved = self.session.keep("protocols", (code, value), self.session.store.set_protocol_value,
                                      self.session.station_id, code, value)
            if saved is None:
                self._set_invalid(code, fill(self.tr("%1: not saved. %2"), self._field_title(code),
                                              self._last_failure))
                return False
            if not isinstance(saved, PendingChange):  # else kept, and saved as soon as it can be
                self._stored = dict(saved.values)
        self._dirty.discard(code)
        self._clear_invalid(code)
        field.setText(_show_count(value))
        self._update_relations()
        self._show_unsaved()
        return True

    def _field_title(self, code: str) -> str:
        if code in self.template.line_codes:
            return fill(self.tr("Line %1 “%2”"), self.template.line(code).number,
                        self.session.label(code))
        return fill(self.tr("Votes for “%1”"), self.session.label(code))

    def _problem_text(self, code: str, typed: str, problem: str) -> str:
        title = self._field_title(code)
        if problem == "negative":
            text = fill(self.tr("%1: a count cannot be negative (you typed %2)."), title, typed)
        elif problem == "too_large":
            text = fill(self.tr("%1: %2 is more than any polling station has (at most %3)."),
                         title, typed, MAX_COUNT)
        else:
            text = fill(self.tr("%1: type a whole number, digits only (you typed “%2”)."),
                        title, typed)
        return text + " " + self.tr(
            "Nothing was saved: correct the figure, or press Esc to get the saved one back.")

    def _set_invalid(self, code: str, message: str) -> None:
        self._invalid[code] = message
        field = self._fields[code]
        field.setProperty("invalid", True)
        field.style().unpolish(field)
        field.style().polish(field)
        self._show_field_error(code, message)

    def _place_field_error(self, code: str) -> None:
        """Moves the one refusal message to the row under the field it is about."""
        if self._error_slot == self._error_slots[code]:
            return
        if self._error_slot is not None:
            self._error_slot[0].removeWidget(self._field_error)
        self._error_slot = self._error_slots[code]
        grid, row = self._error_slot
        grid.addWidget(self._field_error, row, 0, 1, 2)

    def _show_field_error(self, code: str, message: str) -> None:
        self._place_field_error(code)
        self._field_error.setText(message)
        self._field_error.show()
        QTimer.singleShot(0, self._field_error, lambda: self._scroll.ensureWidgetVisible(self._field_error))

    def _clear_invalid(self, code: str) -> None:
        if self._invalid.pop(code, None) is None:
            return
        field = self._fields[code]
        field.setProperty("invalid", False)
        field.style().unpolish(field)
        field.style().polish(field)
        if self._invalid:
            self._show_field_error(*next(iter(self._invalid.items())))
        else:
            self._field_error.clear()
            self._field_error.hide()

    # --- relations ---------------------------------------------------------------------------

    def _term_label(self, term: Term) -> str:
        return term_label(self.template, term)

    def relation_text(self, result: RelationResult) -> str:
        """E.g. "5 = 6 + 7:  812 ≠ 798 + 10": the relation with line numbers, then its numbers."""
        return relation_text(self.template, result, self.session.lang)

    def off_by(self, result: RelationResult) -> str:
        """How far a failing relation's sides are apart, in the observer's number format ("" when
        they are not, e.g. a failing "<" of two equal sides)."""
        off = abs(result.difference or 0)
        return formats.integer(off, self.session.lang) if off else ""

    def _involved(self, relation: Relation) -> set[str]:
        """The figures a relation is made of (every contestant for "Σ votes")."""
        codes = relation.codes()
        if any(t.kind == "contestants" for t in relation.lhs + relation.rhs):
            codes |= set(self.template.contestant_codes)
        return codes

    def _update_relations(self) -> None:
        values = self.typed_values()
        failing: dict[str, list[str]] = {}
        marks: dict[str, str] = {}  # code -> "error" or "warning": how the field is marked
        problems = 0
        for result in self.template.evaluate(values):
            badge, text = self._relation_rows[result.relation.id]
            status = result.status
            colour = "warning" if status == "fail" and result.relation.severity == "warning" else status
            background, foreground = STATUS_COLOURS[colour]
            off = self.off_by(result) if status == "fail" else ""
            text.setText(fill(self.tr("%1 (off by %2)"), self.relation_text(result), off) if off
                         else self.relation_text(result))
            if status == "fail":
                problems += 1
                formula = relation_formula(self.template, result.relation)
                worded = (fill(self.tr("Fails %1 (off by %2)"), formula, off) if off
                          else fill(self.tr("Fails %1"), formula))
                for code in self._involved(result.relation):
                    failing.setdefault(code, []).append(worded)
                    if marks.get(code) != "error":
                        marks[code] = "error" if colour == "fail" else "warning"
            text.setProperty("status", status)
            text.setProperty("severity", result.relation.severity)
            weight = "bold" if status == "fail" else "normal"
            text.setStyleSheet(f"color: {foreground}; font-weight: {weight};")
            badge.setText(labels.relation_status(status))
            ink = "#000000" if colour == "warning" else "#ffffff"
            badge.setStyleSheet(f"background: {background}; color: {ink}; border-radius: 3px;"
                                " padding: 2px 4px; font-weight: bold;")
            if colour == "warning":
                badge.setToolTip(self.tr("A warning: check the figures; the protocol can still be "
                                         "marked final."))
            elif status == "fail":
                badge.setToolTip(self.tr("An error: the protocol can be marked final only when the "
                                         "figures are confirmed as on the official copy."))
            else:
                badge.setToolTip("")
        if self._registered_note is not None:
            typed, listed = values.get(self._registered_code), self._listed_registered
            differs = typed is not None and listed is not None and typed != listed
            if differs:
                problems += 1
                marks.setdefault(self._registered_code, "warning")
                self._registered_note.setText(fill(self.tr(
                    "The station list says %1. Keep the figure the protocol states: a difference "
                    "is evidence."), formats.integer(listed, self.session.lang)))
            self._registered_note.setVisible(differs)
        self._failing = failing
        for code, field in self._fields.items():
            self._mark(field, "failing", marks.get(code, ""))
            self._show_tooltip(code)
        if problems != self._problems:
            self._problems = problems
            self.problems_changed.emit(problems)

    def problems(self) -> int:
        """How many control relations fail with the figures shown, plus 1 when registered voters
        are not the station list's (0: nothing to mark)."""
        return self._problems

    def failing_errors(self) -> list[RelationResult]:
        """Error-severity relations that fail with the figures shown now."""
        return [r for r in self.template.evaluate(self.typed_values())
                if r.failed and r.relation.severity == "error"]

    # --- source, status, confirmation, photos ------------------------------------------------

    def _save(self, **fields: object) -> Protocol | None:
        saved = self.session.run("protocols", self.session.store.save_protocol,
                                 self.session.station_id, **fields)
        if saved is None:
            self.reload()  # refused (e.g. the database is busy, and said so): show what is stored
        return saved

    def _on_source_changed(self, index: int) -> None:
        if index < 0:
            return
        self._mark(self._source, "invalid", False)
        if self._status_error.text() == self._no_source_text():
            self._status_error.hide()
        self._save(source=self._source.currentData())

    # --- when the commission signed, who certified the copy ---------------------------------

    def _election_day(self) -> dt.date:
        try:
            return dt.date.fromisoformat(self.template.date)
        except (TypeError, ValueError):
            return dt.date.today()

    def _signed_at_example(self) -> str:
        """The day after the election at 01:15, as the observer's language writes it (and as
        parse_signed_at reads it back)."""
        return formats.stamp(dt.datetime.combine(self._election_day() + dt.timedelta(days=1), dt.time(1, 15)),
                             self.session.lang)

    def _detail_text(self, name: str, protocol: Protocol | None) -> str:
        if protocol is None:
            return ""
        if name == "commission_signed_at":
            return formats.stamp(protocol.commission_signed_at, self.session.lang)
        return protocol.certified_by or ""

    def _show_details(self, protocol: Protocol | None) -> None:
        for name, edit in self._details.items():
            if name not in self._details_dirty:
                edit.setText(self._detail_text(name, protocol))

    def _on_detail_edited(self, edit: QLineEdit) -> None:
        self._details_dirty.add(edit.objectName())
        if edit.property("invalid"):
            self._mark(edit, "invalid", False)
            self._detail_error.hide()

    def _restore_detail(self, name: str) -> None:
        self._details_dirty.discard(name)
        self._mark(self._details[name], "invalid", False)
        self._detail_error.hide()
        self._details[name].setText(self._detail_text(name, self._protocol))

    def _commit_detail(self, name: str) -> bool:
        """Saves a signing detail when it changed; refuses a time that is not one, at the field."""
        edit = self._details[name]
        if name not in self._details_dirty or not edit.isEnabled():
            return True
        if name == "commission_signed_at":
            value, ok = parse_signed_at(edit.text(), self._election_day())
            if not ok:
                self._mark(edit, "invalid", True)
                self._detail_error.setText(fill(self.tr(
                    "“%1” is not a time: type it as on the protocol, e.g. 23:40, or with the date, "
                    "%2. Nothing was saved; press Esc to get the saved one back."),
                    edit.text().strip(), self._signed_at_example()))
                self._detail_error.show()
                return False
            stored = self._protocol.commission_signed_at if self._protocol else None
        else:
            value = edit.text().strip()
            stored = self._protocol.certified_by if self._protocol else ""
        self._details_dirty.discard(name)
        if value != stored and self._save(**{name: value}) is None:
            return True  # refused and said so (the database is busy): the stored one is shown
        edit.setText(self._detail_text(name, self._protocol))
        return True

    def _no_source_text(self) -> str:
        return self.tr("Not marked final: choose the protocol's source first (where its figures "
                       "come from).")

    def _on_official_toggled(self, checked: bool) -> None:
        if checked:
            self._status_error.hide()
        self._save(as_on_official_copy=checked)

    def _on_status_changed(self, _index: int) -> None:
        status = self._status.currentData()
        if status == "final":
            refusal = self._final_refusal()
            if refusal:
                self._status.blockSignals(True)
                self._status.setCurrentIndex(self._status.findData("draft"))
                self._status.blockSignals(False)
                self._status_error.setText(refusal)
                self._status_error.show()
                return
        self._status_error.hide()
        self._save(status=status)

    def _final_refusal(self) -> str:
        """Why the protocol cannot be marked final now, or "" when it can."""
        if self._source.currentIndex() < 0:  # no source chosen: nothing says what the figures are
            self._mark(self._source, "invalid", True)
            QTimer.singleShot(0, self._source, lambda: self._focus_side(self._source))
            return self._no_source_text()
        if self._invalid:
            return fill(self.tr("Not marked final: a figure was refused (%1); correct it first."),
                        self._field_title(next(iter(self._invalid))))
        for code in list(self._dirty):
            if not self._commit(code):
                return fill(self.tr("Not marked final: a figure was refused (%1); correct it first."),
                            self._field_title(code))
        failing = self.failing_errors()
        if failing and not self._official.isChecked():
            formulas = "; ".join(r.relation.display(self._term_label) for r in failing)
            return fill(self.tr(
                "Not marked final: %n control relation(s) fail (%1). Check the figures against the "
                "official copy; if they are exactly so on it, tick “The figures are exactly as on "
                "the official copy” and mark the protocol final again.", "", len(failing)), formulas)
        return ""

    def _on_attach_clicked(self) -> None:
        paths = self.ask_photo_paths(self)
        if not paths:
            return
        self._photo_error.hide()
        protocol = self._protocol or self._save()
        if protocol is None:
            return
        failures = []
        for path in paths:
            self._last_failure = ""
            if self.session.run("photos", self.session.store.attach_photo, protocol, path) is None:
                failures.append(self._last_failure)
        if failures:
            self._photo_error.setText("\n".join(failures))
            self._photo_error.show()

