"""First run: language, the observer's profile, the election, and the station."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QObject,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_app.domain.records import MAX_NAME, Station
from observer_app.domain.template import load_template, pick_name
from observer_app.errors import ObserverAppError
from observer_app.resources import DEMO_ELECTION
from observer_app.storage.store import Store
from ui import i18n
from ui.messages import message_text


def _language_changed(event: QEvent) -> bool:
    """Qt sends LanguageChange to every widget when a translator is installed or removed."""
    return event.type() == QEvent.Type.LanguageChange


def language_combo(lang: str | None) -> QComboBox:
    """The app's languages, each under its own name, with `lang` chosen."""
    combo = QComboBox()
    combo.setObjectName("language")
    for code, name in i18n.LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(i18n.normalise(lang))))
    return combo


class StationListModel(QAbstractListModel):
    """Stations as "code — address (district)"; the filter role also holds the region."""

    FilterRole = Qt.UserRole + 1
    IdRole = Qt.UserRole + 2

    def __init__(self, stations: list[Station], parent=None):
        super().__init__(parent)
        self._stations = stations

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._stations)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._stations):
            return None
        s = self._stations[index.row()]
        if role == Qt.DisplayRole:
            place = s.address or ", ".join(p for p in (s.region, s.district) if p)
            return f"{s.code} — {place}" if place else s.code
        if role == self.FilterRole:
            return " ".join((s.code, s.region, s.district, s.address))
        if role == self.IdRole:
            return s.id
        return None


class StationPicker(QWidget):
    """A filter box over the station list: type part of a code or address, pick with the keys.

    Nothing is picked for the observer: no station is selected until they choose one (or the
    filter leaves exactly one), and Enter in the filter without a choice says so."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("station_filter")
        self.filter.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setObjectName("station_list")
        self.view.setUniformItemSizes(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterRole(StationListModel.FilterRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.view.setModel(self.proxy)
        self.hint = QLabel()
        self.hint.setObjectName("station_hint")
        self.hint.setWordWrap(True)
        self._retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self._on_filter_return_pressed)
        self.filter.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self._show_hint()

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type part of the station code or address"))
        self._show_hint()

    def _show_hint(self, insist: bool = False) -> None:
        """Says which station is chosen, or that none is (in red after Enter without one)."""
        index = self.view.currentIndex()
        if index.isValid():
            self.hint.setText(self.tr("Chosen: %1").replace("%1", index.data(Qt.DisplayRole)))
            self.hint.setStyleSheet("")
        else:
            self.hint.setText(self.tr("No station chosen yet: type part of its code or address, "
                                      "then pick it in the list (arrow keys or a click)."))
            self.hint.setStyleSheet("color: #b00020; font-weight: bold;" if insist else "color: #555555;")

    def _on_view_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_hint()
        self.selection_changed.emit()

    def _on_filter_return_pressed(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.setFocus()
        else:
            self._show_hint(insist=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.proxy.rowCount()):
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self._retranslate()
        super().changeEvent(event)

    def set_stations(self, stations: list[Station], current: str | None = None) -> None:
        """The stations to pick from, with `current` (the one observed so far) chosen, else none."""
        self.model = StationListModel(stations, self)
        self.proxy.setSourceModel(self.model)
        for row, s in enumerate(stations):
            if s.id == current:
                self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
                break
        self._show_hint()
        self.selection_changed.emit()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() == 1:  # the filter leaves one station: that is the choice
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._show_hint()
        self.selection_changed.emit()

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(StationListModel.IdRole) if index.isValid() else None


class LanguagePage(QWizardPage):
    """The language, first: choosing one shows the wizard in it at once."""

    language_chosen = Signal(str)

    def __init__(self, store: Store, lang: str | None = None):
        super().__init__()
        self.store = store
        self.combo = language_combo(lang or store.setting("lang") or i18n.default_language())
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.label, self.combo)
        form.addRow(self.note)
        self.registerField("lang", self.combo, "currentData")
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This app keeps your record of one polling station, offline. "
                                 "Everything you enter is saved at once."))
        self.label.setText(self.tr("&Language:"))
        self.note.setText(self.tr("You can change the language later: File → Language…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self._retranslate()
        super().changeEvent(event)

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.language_chosen.emit(self.combo.currentData())

    def validatePage(self) -> bool:  # noqa: N802
        self.store.set_setting("lang", self.combo.currentData())
        return True


class ProfilePage(QWizardPage):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        observer = store.observer()
        self.full_name = QLineEdit(observer.full_name)
        self.full_name.setObjectName("full_name")
        self.organisation = QLineEdit(observer.organisation)
        self.organisation.setObjectName("organisation")
        self.contact = QLineEdit(observer.contact)
        self.contact.setObjectName("contact")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.full_name, self.organisation, self.contact)):
            label.setBuddy(field)
            field.setMaxLength(MAX_NAME)  # what a record keeps
            form.addRow(label, field)
        self.registerField("full_name*", self.full_name)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(self.tr("Your name appears on every record and on your signed summaries."))
        self.contact.setPlaceholderText(self.tr("Phone or e-mail"))
        for label, text in zip(self.labels, (self.tr("Full &name:"), self.tr("&Organisation:"),
                                             self.tr("&Contact:"))):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self._retranslate()
        super().changeEvent(event)

    def validatePage(self) -> bool:  # noqa: N802
        if not self.full_name.text().strip():
            self.full_name.setFocus()
            return False
        self.store.update_observer(full_name=self.full_name.text().strip(),
                                   organisation=self.organisation.text().strip(),
                                   contact=self.contact.text().strip())
        return True


class ElectionPage(QWizardPage):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.keep = QRadioButton()
        self.keep.setObjectName("election_keep")
        self.demo = QRadioButton()
        self.demo.setObjectName("election_demo")
        self.from_file = QRadioButton()
        self.from_file.setObjectName("election_file")
        self.path = QLineEdit()
        self.path.setObjectName("election_path")
        self.browse = browse = QPushButton()
        self._election_names: dict[str, str] = {}
        browse.setObjectName("election_browse")
        self.error = QLabel()
        self.error.setObjectName("election_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.demo_note = QLabel()
        self.demo_note.setObjectName("election_demo_note")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("color: #555555;")
        self.group = group = QButtonGroup(self)
        for button in (self.keep, self.from_file, self.demo):
            group.addButton(button)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        # The real election first; the demo is a deliberate second choice, never made for the
        # observer: nothing is chosen until they choose (Next waits), so Enter three times
        # cannot put a real observer's day into demo data.
        layout = QVBoxLayout(self)
        layout.addWidget(self.keep)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        browse.clicked.connect(self._on_browse_clicked)
        self.path.textEdited.connect(lambda _: self.from_file.setChecked(True))
        self.path.textChanged.connect(self.completeChanged)
        group.buttonToggled.connect(self._on_group_button_toggled)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Election"))
        self.setSubTitle(self.tr("Open the election you observe. Your organisation gives you its "
                                 "election file; the demo lets you try the app."))
        self.demo.setText(self.tr("The &demo election, for practice (Kazakhstan, Majilis 2021)"))
        self.demo_note.setText(self.tr("Its database is marked DEMO on every screen and PDF: what "
                                       "you record there is practice, not evidence."))
        self.from_file.setText(self.tr("Your organisation's election &file:"))
        self.browse.setText(self.tr("&Browse…"))
        if self._election_names:
            self.keep.setText(self.tr("Keep the election in this database: %1").replace(
                "%1", pick_name(self._election_names, self.field("lang") or i18n.current_language())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self._retranslate()
        super().changeEvent(event)

    def initializePage(self) -> None:  # noqa: N802
        election = self.store.election()
        self._election_names = election.name if election is not None else {}
        self.keep.setVisible(election is not None)
        self._retranslate()
        # Only a real election already in the database is kept for the observer; a demo one, or
        # none, waits for their choice.
        if election is not None and not self.store.template().demo:
            self.keep.setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        self.completeChanged.emit()

    def _on_group_button_toggled(self, _button, _checked: bool) -> None:
        self.error.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Next waits until the observer chose: the election kept, the demo, or a file named."""
        return ((self.keep.isChecked() and bool(self._election_names)) or self.demo.isChecked()
                or (self.from_file.isChecked() and bool(self.path.text().strip())))

    @classmethod
    def ask_election_file(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ElectionPage", "Open an election file"), "",
            QCoreApplication.translate("ElectionPage", "Election files (*.election.json);;All files (*)"))
        return path

    def _on_browse_clicked(self) -> None:
        path = self.ask_election_file(self)
        if path:
            self.path.setText(path)
            self.from_file.setChecked(True)

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        if self.keep.isChecked() and self._election_names:
            return True
        source = DEMO_ELECTION if self.demo.isChecked() else Path(self.path.text().strip())
        if not self.demo.isChecked() and not self.path.text().strip():
            self.error.setText(self.tr("Choose an election file, or the demo election."))
            return False
        try:
            self.store.load_election(load_template(source))
        except ObserverAppError as exc:
            self.error.setText(message_text(exc))
            return False
        return True


class StationPage(QWizardPage):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.picker = StationPicker()
        self.picker.selection_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your polling station"))
        self.setSubTitle(self.tr("Pick the station you observe today."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self._retranslate()
        super().changeEvent(event)

    def initializePage(self) -> None:  # noqa: N802
        self.picker.set_stations(self.store.stations(), self.store.setting("station_id"))
        self.picker.filter.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self.picker.selected_id() is not None  # Finish waits for a station chosen

    def validatePage(self) -> bool:  # noqa: N802
        station_id = self.picker.selected_id()
        if station_id is None:
            self.picker._show_hint(insist=True)
            return False
        self.store.set_setting("station_id", station_id)
        return True


class FirstRunWizard(QWizard):
    """Asks only what is missing; finishing leaves language, profile, election and station set.

    Choosing a language on the first page installs it at once: every page, and Qt's own buttons,
    follow (`language_changed` tells the app).
    """

    language_changed = Signal(str)

    def __init__(self, store: Store, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.setWindowTitle(self.tr("Set up the observer app"))
        self.language_page = LanguagePage(store, lang)
        self.language_page.language_chosen.connect(self._on_language_page_language_chosen)
        self.profile_page = ProfilePage(store)
        self.election_page = ElectionPage(store)
        self.station_page = StationPage(store)
        for page in (self.language_page, self.profile_page, self.election_page, self.station_page):
            self.addPage(page)
        self.resize(760, 520)

    def _on_language_page_language_chosen(self, lang: str) -> None:
        self.store.set_setting("lang", lang)
        i18n.install_translators(QCoreApplication.instance(), lang)
        self.language_changed.emit(lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if _language_changed(event):
            self.setWindowTitle(self.tr("Set up the observer app"))
            # QWizard does not retranslate its Next/Back/Cancel buttons; setting the style does.
            style = self.wizardStyle()
            self.setWizardStyle(QWizard.ClassicStyle if style != QWizard.ClassicStyle else QWizard.ModernStyle)
            self.setWizardStyle(style)
        super().changeEvent(event)


class StationDialog(QDialog):
    """Change the station being observed (File → Change station)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change station"))
        self.picker = StationPicker()
        self.picker.set_stations(store.stations(), store.setting("station_id"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(640, 480)

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> str | None:
        dialog = cls(store, parent)
        return dialog.picker.selected_id() if dialog.exec() == QDialog.Accepted else None


class ProfileDialog(QDialog):
    """Edit the observer's profile (File → Edit profile)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your profile"))
        self.page = ProfilePage(store)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)

    def _on_accepted(self) -> None:
        if self.page.full_name.text().strip():
            self.page.validatePage()
            self.accept()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> bool:
        return cls(store, parent).exec() == QDialog.Accepted


class LanguageDialog(QDialog):
    """Choose the app's language (File → Language…); the window reopens in it at once."""

    def __init__(self, lang: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.combo = language_combo(lang)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        note = QLabel(self.tr("The window reopens in the chosen language; nothing you entered is lost."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.combo)
        form.addRow(note)
        form.addRow(buttons)

    @classmethod
    def ask(cls, lang: str | None, parent: QWidget | None = None) -> str | None:
        dialog = cls(lang, parent)
        return dialog.combo.currentData() if dialog.exec() == QDialog.Accepted else None
