"""Incidents: category, time, description and photos (copied into the database with SHA-256)."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from observer_app import formats
from observer_app.domain.records import INCIDENT_CATEGORIES, Incident, Photo
from ui import labels
from ui.obstructions import CommittingPlainTextEdit, local_datetime_text, same_minute, whole_minute
from ui.record_model import RecordTableModel
from ui.session import UNSAVED_ID_PREFIX, PendingChange, Session, is_unsaved_id
from ui.timefmt import from_qdatetime, to_qdatetime

PHOTO_FILTER_EXTENSIONS = "*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.bmp *.tif *.tiff"


class IncidentsModel(RecordTableModel[tuple[Incident, int]]):
    """The station's incidents in the order they happened, each with its number of photos."""

    TIME, CATEGORY, DESCRIPTION, PHOTOS = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None, lang: str | None = None):
        super().__init__(parent)
        self._lang = lang
        self._unsaved: set[str] = set()

    def set_unsaved(self, incident_ids: set[str]) -> None:
        """The incidents shown with changes the database has not taken yet (it is busy)."""
        if incident_ids != self._unsaved:
            self._unsaved = set(incident_ids)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1))

    def header(self, section: int) -> str:
        return (self.tr("Time"), self.tr("Category"), self.tr("Description"), self.tr("Photos"))[section]

    def key(self, record: tuple[Incident, int]) -> str:
        return record[0].id

    def cell(self, record: tuple[Incident, int], column: int, role: int) -> Any:
        incident, photos = record
        unsaved = incident.id in self._unsaved
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return formats.clock(incident.occurred_at)
            if column == self.CATEGORY:
                if unsaved:
                    return self.tr("%1 (not yet saved)").replace("%1", labels.incident_category(incident.category))
                return labels.incident_category(incident.category)
            if column == self.DESCRIPTION:
                return first_line(incident.description)
            if column == self.PHOTOS:
                return str(photos) if photos else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if unsaved:
                return self.tr("Not yet saved: another program is writing to the database; saved "
                               "as soon as it has finished.")
            if column == self.TIME:
                return local_datetime_text(incident.occurred_at, self._lang)
            if column == self.DESCRIPTION and incident.description:
                return incident.description
            if column == self.PHOTOS:
                return self.tr("%n photo(s)", "", photos)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PHOTOS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and unsaved:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def incident(self, row: int) -> Incident:
        return self.row(row)[0]

    def by_id(self, incident_id: str) -> Incident | None:
        found = self.by_key(incident_id)
        return found[0] if found else None


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class IncidentsPage(QWidget):
    """Add, edit and delete incidents; attach photos, which the database keeps with their hash."""

    THUMBNAIL = QSize(240, 180)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._incident: Incident | None = None  # the incident the editor shows
        self._photos: list[Photo] = []
        self._reloading = False
        self._kept_new: dict[str, PendingChange] = {}  # shown id -> the kept change creating it
        # A new incident being described: saved once the observer chooses its category (there
        # is no default: "Other" is a choice, not a start).
        self._draft: Incident | None = None
        self._build()
        session.changed.connect(self._on_session_changed)
        session.unsaved_changed.connect(self._on_session_unsaved_changed)
        self.reload()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        # Mnemonics N C T E P R D.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(8)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)

        self.list_box = QGroupBox(splitter)
        list_layout = QVBoxLayout(self.list_box)
        top = QHBoxLayout()
        self.new_incident = QPushButton(self.tr("&New incident"), self.list_box)
        self.new_incident.setObjectName("new_incident")
        self.new_incident.setMinimumHeight(40)
        self.new_incident.setMinimumWidth(200)
        self.new_incident.setToolTip(self.tr("Starts an incident now (Ctrl+N): choose its category "
                                             "on the right, and it is saved."))
        self.new_incident.clicked.connect(self._on_new_incident_clicked)
        top.addWidget(self.new_incident)
        top.addStretch(1)
        list_layout.addLayout(top)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self._on_new_incident_clicked)

        self.model = IncidentsModel(self, self.session.lang)
        self.table = QTableView(self.list_box)
        self.table.setObjectName("incidents_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IncidentsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(IncidentsModel.TIME, 60)
        header.resizeSection(IncidentsModel.CATEGORY, 170)
        header.resizeSection(IncidentsModel.PHOTOS, 70)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._on_incidents_selection_changed)
        list_layout.addWidget(self.table)
        splitter.addWidget(self.list_box)

        splitter.addWidget(self._build_editor(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 700])
        outer.addWidget(splitter, 1)

    def _build_editor(self, parent: QWidget) -> QWidget:
        self.editor = QGroupBox(self.tr("Incident"), parent)
        self.editor.setObjectName("incident_editor")
        form = QFormLayout(self.editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.incident_category = QComboBox(self.editor)
        self.incident_category.setObjectName("incident_category")
        for code in INCIDENT_CATEGORIES:
            self.incident_category.addItem(labels.incident_category(code), code)
        self.incident_category.setPlaceholderText(self.tr("Choose…"))
        self.incident_category.setCurrentIndex(-1)
        self.incident_category.currentIndexChanged.connect(self._on_incident_category_changed)
        self.category_error = QLabel(self.editor)
        self.category_error.setObjectName("incident_category_error")
        self.category_error.setWordWrap(True)
        self.category_error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.category_error.hide()
        category = QVBoxLayout()
        category.setContentsMargins(0, 0, 0, 0)
        category.setSpacing(2)
        category.addWidget(self.incident_category)
        category.addWidget(self.category_error)
        category_label = QLabel(self.tr("&Category:"), self.editor)
        category_label.setBuddy(self.incident_category)
        form.addRow(category_label, category)

        self.incident_time = QDateTimeEdit(self.editor)
        self.incident_time.setObjectName("incident_time")
        self.incident_time.setDisplayFormat(formats.editor_format(self.session.lang))
        self.incident_time.setCalendarPopup(True)
        self.incident_time.setSpecialValueText(" ")  # blank while no incident is selected
        self.incident_time.editingFinished.connect(self._on_incident_time_edited)
        form.addRow(self.tr("&Time:"), self.incident_time)

        self.incident_description = CommittingPlainTextEdit(self.editor)
        self.incident_description.setObjectName("incident_description")
        self.incident_description.setPlaceholderText(
            self.tr("What happened, who was involved, what you saw yourself"))
        self.incident_description.setMinimumHeight(90)
        self.incident_description.committed.connect(self._on_incident_description_committed)
        description_label = QLabel(self.tr("D&escription:"), self.editor)
        description_label.setBuddy(self.incident_description)
        form.addRow(description_label, self.incident_description)

        photos_row = QHBoxLayout()
        self.incident_photos = QTreeWidget(self.editor)
        self.incident_photos.setObjectName("incident_photos")
        self.incident_photos.setRootIsDecorated(False)
        self.incident_photos.setUniformRowHeights(True)
        self.incident_photos.setAlternatingRowColors(True)
        self.incident_photos.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        photo_header = self.incident_photos.header()
        photo_header.setStretchLastSection(False)
        photo_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        photo_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        photo_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.incident_photos.currentItemChanged.connect(self._on_incident_photos_current_changed)
        self.incident_photos.installEventFilter(self)
        photos_row.addWidget(self.incident_photos, 1)
        self.photo_preview = QLabel(self.editor)
        self.photo_preview.setObjectName("photo_preview")
        self.photo_preview.setFixedSize(self.THUMBNAIL)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setWordWrap(True)
        self.photo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        photos_row.addWidget(self.photo_preview)
        self.photos_label = QLabel(self.tr("Photos:"), self.editor)
        self.photos_label.setBuddy(self.incident_photos)
        form.addRow(self.photos_label, photos_row)

        buttons = QHBoxLayout()
        self.attach_photos = QPushButton(self.tr("Attach &photos…"), self.editor)
        self.attach_photos.setObjectName("attach_photos")
        self.attach_photos.setToolTip(self.tr("Copies the files into the database and records their SHA-256."))
        self.attach_photos.clicked.connect(self._on_attach_photos_clicked)
        buttons.addWidget(self.attach_photos)
        self.remove_photo = QPushButton(self.tr("&Remove photo…"), self.editor)
        self.remove_photo.setObjectName("remove_photo")
        self.remove_photo.clicked.connect(self._on_remove_photo_clicked)
        buttons.addWidget(self.remove_photo)
        buttons.addStretch(1)
        self.delete_incident = QPushButton(self.tr("&Delete incident…"), self.editor)
        self.delete_incident.setObjectName("delete_incident")
        self.delete_incident.setToolTip(self.tr("Marks the incident deleted (Delete key in the list)."))
        self.delete_incident.clicked.connect(self._on_delete_incident_clicked)
        buttons.addWidget(self.delete_incident)
        form.addRow(buttons)
        return self.editor

    # --- dialogs tests replace ---------------------------------------------------------------

    @classmethod
    def ask_photo_paths(cls, parent: QWidget) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("IncidentsPage", "Attach photos"), "",
            QCoreApplication.translate("IncidentsPage", "Photos and videos (%1);;All files (*)").replace(
                "%1", PHOTO_FILTER_EXTENSIONS))
        return list(paths)

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        title = QCoreApplication.translate("IncidentsPage", "Please confirm")
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- loading and showing -----------------------------------------------------------------

    def _shown_incidents(self) -> tuple[list[Incident], set[str]]:
        """The stored incidents with the changes kept while the database is busy applied, and
        the ids of those that have such changes."""
        incidents = {i.id: i for i in self.session.store.incidents(self.session.station_id)}
        unsaved: set[str] = set()
        for change in self.session.pending("incidents"):
            if isinstance(change.shown, Incident):
                incidents[change.shown.id] = change.shown
                unsaved.add(change.shown.id)
        shown = sorted((i for i in incidents.values() if not i.deleted), key=lambda i: i.occurred_at)
        return shown, unsaved

    def _saved_id(self, incident_id: str) -> str:
        """The id a kept new incident has in the database once saved (else `incident_id`)."""
        kept = self._kept_new.get(incident_id)
        if kept is not None and kept.saved:
            return kept.result.id
        return incident_id

    def reload(self) -> None:
        """Reads the station's incidents again, keeping the selected one selected."""
        store = self.session.store
        selected = self._selected_incident()
        incidents, unsaved = self._shown_incidents()
        rows = [(incident, 0 if is_unsaved_id(incident.id) else len(store.photos(incident)))
                for incident in incidents]
        self._reloading = True
        try:
            self.model.set_unsaved(unsaved)
            self.model.set_rows(rows)
            if selected is not None and self._selected_incident() is None:
                row = self.model.row_of(self._saved_id(selected.id))
                if row >= 0:
                    self.table.selectRow(row)
        finally:
            self._reloading = False
        count = len(rows)
        self.list_box.setTitle(self.tr("Incidents: %n", "", count) if count else self.tr("No incidents yet"))
        if self._draft is not None:
            return  # the editor holds the new incident being described
        if self._incident is not None:
            fresh = self.model.by_id(self._saved_id(self._incident.id))
            if fresh is None:
                self._incident = None
                self.table.clearSelection()
                self._show(None, force=True)
            else:
                self._show(fresh)
        elif self._selected_incident() is not None:
            self._show(self._selected_incident(), force=True)
        else:
            self._show(None, force=True)

    def _selected_incident(self) -> Incident | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.incident(rows[0].row()) if rows else None

    def select(self, incident_id: str) -> None:
        row = self.model.row_of(incident_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show(self, incident: Incident | None, force: bool = False) -> None:
        """Fills the editor; without force, leaves the field being typed in alone."""
        changed_incident = (incident.id if incident else None) != (self._incident.id if self._incident else None)
        self._incident = incident
        # One the database does not have yet can be described once it is saved.
        self.editor.setEnabled(incident is not None and not is_unsaved_id(incident.id))
        shown = incident or Incident(id="", occurred_at="")
        if incident is None:
            self.editor.setTitle(self.tr("Incident (select one, or press New incident)"))
        elif is_unsaved_id(incident.id):
            self.editor.setTitle(self.tr("Incident at %1 (not yet saved; it can be described once "
                                         "it is)").replace("%1", formats.clock(incident.occurred_at)))
        else:
            self.editor.setTitle(self.tr("Incident at %1").replace("%1", formats.clock(incident.occurred_at)))

        def settable(widget: QWidget) -> bool:
            return force or not widget.hasFocus()

        if settable(self.incident_category):
            index = self.incident_category.findData(shown.category)  # -1: "Choose…"
            if index != self.incident_category.currentIndex():
                self.incident_category.blockSignals(True)
                self.incident_category.setCurrentIndex(index)
                self.incident_category.blockSignals(False)
        if settable(self.incident_time):
            self.incident_time.setDateTime(to_qdatetime(shown.occurred_at) if shown.occurred_at
                                           else self.incident_time.minimumDateTime())
        if settable(self.incident_description):
            self.incident_description.set_text_quietly(shown.description)
        self._category_refused(False)
        self._show_photos(keep_current=not (force or changed_incident))

    def _show_draft(self) -> None:
        """The editor shows the new incident: no category yet, its time, nothing described."""
        draft = self._draft
        assert draft is not None
        self._incident = None
        self.editor.setEnabled(True)
        self.editor.setTitle(self.tr("New incident at %1: choose its category to save it").replace(
            "%1", formats.clock(draft.occurred_at)))
        self.incident_category.blockSignals(True)
        self.incident_category.setCurrentIndex(-1)
        self.incident_category.blockSignals(False)
        self.incident_time.setDateTime(to_qdatetime(draft.occurred_at))
        self.incident_description.set_text_quietly("")
        self._category_refused(False)
        self._show_photos(keep_current=False)

    def _category_refused(self, refused: bool, focus: bool = False) -> None:
        """Says at the category field that the new incident needs one before it can be saved."""
        self.category_error.setText(self.tr("Choose the category first: the incident is saved "
                                            "once it has one.") if refused else "")
        self.category_error.setVisible(refused)
        self.incident_category.setStyleSheet("QComboBox { border: 2px solid #b00020; }" if refused else "")
        if refused and focus:
            self.incident_category.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_draft(self) -> bool:
        """A new incident is described but has no category yet, so it is not saved."""
        return self._draft is not None and bool(self.incident_description.toPlainText().strip())

    def _show_photos(self, keep_current: bool = True, select_id: str | None = None) -> None:
        current = self._current_photo()
        if select_id is None and keep_current and current is not None:
            select_id = current.id
        self._photos = (self.session.store.photos(self._incident)
                        if self._incident and not is_unsaved_id(self._incident.id) else [])
        locale = QLocale(self.session.lang)
        self.incident_photos.blockSignals(True)
        self.incident_photos.clear()
        select_item = None
        for photo in self._photos:
            item = QTreeWidgetItem([photo.filename, locale.formattedDataSize(photo.size), photo.sha256[:12]])
            item.setToolTip(2, photo.sha256)
            item.setData(0, Qt.ItemDataRole.UserRole, photo.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.incident_photos.addTopLevelItem(item)
            if photo.id == select_id:
                select_item = item
        if select_item is None and self.incident_photos.topLevelItemCount():
            select_item = self.incident_photos.topLevelItem(0)
        if select_item is not None:
            self.incident_photos.setCurrentItem(select_item)
        self.incident_photos.blockSignals(False)
        self.photos_label.setText(self.tr("Photos: %n", "", len(self._photos)) if self._photos
                                  else self.tr("Photos:"))
        self.remove_photo.setEnabled(bool(self._photos))
        self._show_preview(self._current_photo())

    def _current_photo(self) -> Photo | None:
        item = self.incident_photos.currentItem()
        if item is None:
            return None
        photo_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self._photos if p.id == photo_id), None)

    def _show_preview(self, photo: Photo | None) -> None:
        if photo is None:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("No photo") if self._incident else "")
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(self.session.store.photo_data(photo)):
            self.photo_preview.setPixmap(pixmap.scaled(
                self.THUMBNAIL - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("No preview for this file; it is stored unchanged."))

    # --- saving ------------------------------------------------------------------------------

    def _save(self, **changes: Any) -> None:
        incident = self._incident
        if incident is None or is_unsaved_id(incident.id):
            return
        changes = {k: v for k, v in changes.items() if getattr(incident, k) != v}
        if not changes:
            return
        shown = dataclasses.replace(incident, **changes)
        updated = self.session.keep("incidents", shown, self.session.store.update, incident, **changes)
        if isinstance(updated, PendingChange):  # kept: the editor and the list show it meanwhile
            self._incident = shown
            self.reload()
        elif updated is not None:
            self._incident = updated

    def commit_pending(self) -> None:
        """Saves what the editor holds that is not stored yet (before switching or acting); a
        new incident without a category is kept in the editor, and the field says why."""
        if self._draft is not None:
            self.incident_description.set_text_quietly(self.incident_description.toPlainText())
            if self.has_unsaved_draft():
                self._category_refused(True)
            return
        if self._incident is None or is_unsaved_id(self._incident.id):
            return
        changes: dict[str, Any] = {
            "category": self.incident_category.currentData(),
            "description": self.incident_description.toPlainText().rstrip(),
        }
        time = self.incident_time.dateTime()
        if not same_minute(time, to_qdatetime(self._incident.occurred_at)):
            changes["occurred_at"] = from_qdatetime(whole_minute(time))
        self.incident_description.set_text_quietly(self.incident_description.toPlainText())  # stops its timer
        self._save(**changes)

    def _on_incident_category_changed(self, _index: int) -> None:
        category = self.incident_category.currentData()
        if category is None:
            return
        if self._draft is not None:
            self._save_draft(category)
            return
        self._save(category=category)

    def _save_draft(self, category: str) -> None:
        """The new incident has its category: saved, with its time and what is described."""
        draft = self._draft
        assert draft is not None
        store, sid = self.session.store, self.session.station_id
        description = self.incident_description.toPlainText().rstrip()
        self.incident_description.set_text_quietly(self.incident_description.toPlainText())
        shown = dataclasses.replace(draft, id=UNSAVED_ID_PREFIX + str(uuid.uuid4()), category=category,
                                    description=description)
        incident = self.session.keep("incidents", shown, store.add_incident, sid, category,
                                     draft.occurred_at, description)
        if incident is None:  # refused (the message bar says why): still being described
            return
        self._draft = None
        self._category_refused(False)
        if isinstance(incident, PendingChange):  # the database is busy: shown, and saved later
            self._kept_new[shown.id] = incident
            self.reload()
            self.select(shown.id)
            return
        self.select(incident.id)

    def _on_incident_time_edited(self) -> None:
        if self._draft is not None:
            time = self.incident_time.dateTime()
            if not same_minute(time, to_qdatetime(self._draft.occurred_at)):
                self._draft = dataclasses.replace(self._draft, occurred_at=from_qdatetime(whole_minute(time)))
            return
        if self._incident is None:
            return
        time = self.incident_time.dateTime()
        if not same_minute(time, to_qdatetime(self._incident.occurred_at)):
            self._save(occurred_at=from_qdatetime(whole_minute(time)))

    def _on_incident_description_committed(self, text: str) -> None:
        if self._draft is not None:
            self._category_refused(bool(text.strip()))  # kept here until it has a category
            return
        self._save(description=text.rstrip())

    # --- actions -----------------------------------------------------------------------------

    def _on_new_incident_clicked(self) -> None:
        """Starts a new incident at the time of the click; it is saved once its category is
        chosen (the category box has the focus). One already described without a category
        stays: the field says so."""
        self.commit_pending()
        if self.has_unsaved_draft():
            self._category_refused(True, focus=True)
            return
        store, sid = self.session.store, self.session.station_id
        self._draft = Incident(id="", station_id=sid, observer_id=store.observer_id, category="",
                               occurred_at=store.clock())  # the time of the click
        self._reloading = True
        try:
            self.table.clearSelection()
        finally:
            self._reloading = False
        self._show_draft()
        self.incident_category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_delete_incident_clicked(self) -> None:
        if self._draft is not None:  # not saved: forgotten (after asking, when described)
            if self.has_unsaved_draft() and not self.confirm(self, self.tr(
                    "Discard the new incident? It has no category yet, so it was not saved.")):
                return
            self._draft = None
            self.reload()
            return
        incident = self._incident
        if incident is None:
            return
        self.commit_pending()
        text = self.tr("Delete the incident \u201c%1\u201d at %2? It stays in the audit trail.").replace(
            "%1", labels.incident_category(incident.category)).replace("%2", formats.clock(incident.occurred_at))
        if not self.confirm(self, text):
            return
        if is_unsaved_id(incident.id):  # not in the database yet: forget it
            for change in self.session.pending("incidents"):
                if isinstance(change.shown, Incident) and change.shown.id == incident.id:
                    self.session.discard(change)
            return
        row = self.model.row_of(incident.id)
        if self.session.run("incidents", self.session.store.delete, incident) is None:
            return
        if self.model.rowCount():
            self.select(self.model.incident(min(row, self.model.rowCount() - 1)).id)

    def _on_attach_photos_clicked(self) -> None:
        if self._draft is not None:  # photos belong to a saved incident
            self._category_refused(True, focus=True)
            return
        incident = self._incident
        if incident is None:
            return
        self.commit_pending()
        paths = self.ask_photo_paths(self)
        last = None
        for path in paths:
            photo = self.session.run("photos", self.session.store.attach_photo, incident, path)
            last = photo or last
        if last is not None:
            self._show_photos(select_id=last.id)

    def _on_remove_photo_clicked(self) -> None:
        photo = self._current_photo()
        if photo is None:
            return
        text = self.tr("Remove the photo \u201c%1\u201d from this incident? It stays in the audit trail.").replace(
            "%1", photo.filename)
        if self.confirm(self, text):
            self.session.run("photos", self.session.store.delete, photo)

    # --- signals -----------------------------------------------------------------------------

    def _on_session_changed(self, table: str) -> None:
        if table in ("incidents", "photos"):
            self.reload()

    def _on_session_unsaved_changed(self, _count: int) -> None:
        self.reload()

    def _on_incidents_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reloading:
            return
        new = self._selected_incident()
        if self._draft is not None:
            if new is None:
                return  # still the new incident
            if self.has_unsaved_draft():  # it would be lost: refused
                self._reloading = True
                try:
                    self.table.clearSelection()
                finally:
                    self._reloading = False
                self._category_refused(True, focus=True)
                return
            self._draft = None  # nothing described yet: forgotten
        if (new.id if new else None) == (self._incident.id if self._incident else None):
            return
        new_id = new.id if new else None
        self.commit_pending()  # into the incident shown until now
        self._show(self.model.by_id(new_id) if new_id else None, force=True)

    def _on_incident_photos_current_changed(self, _current: QTreeWidgetItem | None,
                                            _previous: QTreeWidgetItem | None) -> None:
        self._show_preview(self._current_photo())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if watched is self.table and self._incident is not None:
                self._on_delete_incident_clicked()
                return True
            if watched is self.incident_photos and self._current_photo() is not None:
                self._on_remove_photo_clicked()
                return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._incident is not None):
            self.incident_category.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
