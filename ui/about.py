"""Help → About: the app's version, its licence and the fonts', and where its database is."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from observer_app import __version__
from observer_app.storage.schema import SCHEMA_VERSION
from ui.protocol import fill

LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    """What a coordinator or a helper asks first: which version, under what licence, which file."""

    def __init__(self, database: Path | None, kind: str = "observer", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Observer"))
        title = QLabel(fill(self.tr("Observer %1"), __version__))
        title.setObjectName("about_title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(self.tr("For independent election observers and their coordinators: what an "
                                 "observer sees at a polling station, recorded offline, checked, signed "
                                 "and merged."))
        purpose.setWordWrap(True)

        self.version = self._selectable(fill(self.tr("observer-app %1"), __version__), "about_version")
        self.database = QLineEdit(str(database) if database is not None else self.tr("No database is open."))
        self.database.setObjectName("about_database")
        self.database.setReadOnly(True)  # selectable and copyable: a helper asks for it
        self.database.setCursorPosition(0)
        self.database.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 32))
        kinds = {"observer": self.tr("an observer's database"), "coordinator": self.tr("a coordinator's database")}
        self.schema = self._selectable(fill(self.tr("%1, schema version %2"), kinds.get(kind, kind),
                                            str(SCHEMA_VERSION)), "about_schema")
        self.licence = self._selectable(fill(self.tr(
            "Free software under the GNU General Public License, version 3 or any later version "
            "(%1). It comes with no warranty."), LICENCE), "about_licence")
        self.fonts = self._selectable(self.tr(
            "DejaVu fonts (in the PDFs): Bitstream Vera licence, DejaVu changes in the public domain."),
            "about_fonts")
        self.built = self._selectable(fill(self.tr("Python %1, Qt %2 (PySide6 %3)"), platform.python_version(),
                                           qVersion(), pyside_version), "about_built")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Kind:"), self.schema)
        form.addRow(self.tr("Licence:"), self.licence)
        form.addRow(self.tr("Fonts:"), self.fonts)
        form.addRow(self.tr("Built with:"), self.built)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 44))

    @staticmethod
    def _selectable(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @classmethod
    def ask(cls, database: Path | None, kind: str, parent: QWidget | None = None) -> None:
        """Shows the dialog until it is closed; tests replace it."""
        cls(database, kind, parent).exec()
