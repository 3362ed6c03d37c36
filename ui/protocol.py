"""The protocol screen: the commission's figures typed line by line, checked live as they are typed."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, QSize, Qt, QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QImageReader, QKeyEvent, QPixmap
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

from observer_app.domain.records import MAX_COUNT, SOURCES, Protocol
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
INVALID_FIELD_STYLE = 'QLineEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'
# A figure kept in memory while another program writes to the database, saved as soon as it can be.
UNSAVED_FIELD_STYLE = ('QLineEdit[unsaved="true"] { border: 2px solid #e2a400; border-radius: 3px;'
                       ' background: #fff8e1; }')
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


def relation_text(template: ElectionTemplate, result: RelationResult) -> str:
    """E.g. "5 = 6 + 7:  812 ≠ 798 + 10": the relation with line numbers, then its numbers."""
    return fill(QCoreApplication.translate("ProtocolPage", "%1:  %2"),
                 relation_formula(template, result.relation), result.numbers())


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


def _show_count(value: int | None) -> str:
    return "" if value is None else str(value)


class ProtocolPage(QWidget):
    """Every line and every contestant as a field in protocol order; saved as soon as it is left."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.template = session.template
        self._order = self.template.codes
        self._fields: dict[str, QLineEdit] = {}
        self._stored: dict[str, int | None] = {}
        self._dirty: set[str] = set()  # typed since the last save or load
        self._invalid: dict[str, str] = {}  # code -> message, for figures refused at the field
        self._protocol: Protocol | None = None
        self._last_failure = ""
        self._relation_rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._thumbnails: dict[str, QPixmap] = {}  # photo id -> thumbnail, decoded once
        self._error_slots: dict[str, tuple[QGridLayout, int]] = {}
        self._error_slot: tuple[QGridLayout, int] | None = None  # where field_error is now

        self.setStyleSheet(INVALID_FIELD_STYLE + UNSAVED_FIELD_STYLE)
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
        grid.addWidget(label, 2 * row, 0)
        grid.addWidget(field, 2 * row, 1, Qt.AlignmentFlag.AlignTop)
        self._fields[code] = field
        self._error_slots[code] = (grid, 2 * row + 1)  # the refusal shows right under its field

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
        self._source = QComboBox()
        self._source.setObjectName("source")
        self._source.currentIndexChanged.connect(self._on_source_changed)
        form.addRow(self.tr("Source:"), self._source)
        self._status = QComboBox()
        self._status.setObjectName("status")
        for code in ("draft", "final"):
            self._status.addItem(labels.protocol_status(code), code)
        self._status.currentIndexChanged.connect(self._on_status_changed)
        form.addRow(self.tr("Status:"), self._status)
        self._official = QCheckBox(self.tr("The figures are exactly as on the official copy"))
        self._official.setObjectName("as_on_official_copy")
        self._official.setToolTip(self.tr(
            "Tick this when a control relation fails on the official copy itself: the protocol "
            "can then be marked final and kept as evidence."))
        self._official.toggled.connect(self._on_official_toggled)
        form.addRow(self._official)
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
        return scroll

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = [self._fields[c] for c in self._order]
        chain += [self._source, self._status, self._official, self._attach]
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

        source = protocol.source if protocol else ENTRY_SOURCES[0]
        status = protocol.status if protocol else "draft"
        self._source.blockSignals(True)
        self._source.clear()
        for code in ENTRY_SOURCES + (("imported",) if source == "imported" else ()):
            self._source.addItem(labels.protocol_source(code), code)
        self._source.setCurrentIndex(max(0, self._source.findData(source)))
        self._source.blockSignals(False)
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
        self._source.setEnabled(not final)
        self._official.setEnabled(not final)
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
            unsaved = code in kept
            if bool(field.property("unsaved")) != unsaved:
                field.setProperty("unsaved", unsaved)
                field.setToolTip(self.tr("Not yet saved: another program is writing to the "
                                         "database; saved as soon as it has finished.") if unsaved else "")
                field.style().unpolish(field)
                field.style().polish(field)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
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
        """Saves every typed, unsaved figure (e.g. before the window closes); False if one is refused."""
        return all([self._commit(code) for code in self._order if code in self._dirty])

    def _advance(self, code: str, step: int) -> bool:
        """Saves the field and moves on; True when the key was handled here."""
        if not self._commit(code):
            return True
        index = self._order.index(code) + step
        if index < 0:
            return False  # Shift+Tab on the first field: Qt moves on as usual
        if index >= len(self._order):
            target: QWidget = self._source if self._source.isEnabled() else self._status
        else:
            target = self._fields[self._order[index]]
            self._scroll.ensureWidgetVisible(target)
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
        return relation_text(self.template, result)

    def _update_relations(self) -> None:
        for result in self.template.evaluate(self.typed_values()):
            badge, text = self._relation_rows[result.relation.id]
            status = result.status
            colour = "warning" if status == "fail" and result.relation.severity == "warning" else status
            background, foreground = STATUS_COLOURS[colour]
            text.setText(self.relation_text(result))
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

    def _on_source_changed(self, _index: int) -> None:
        self._save(source=self._source.currentData())

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

