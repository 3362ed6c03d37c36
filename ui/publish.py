"""The coordinator window's Publish…: the options, the publication prepared in a private folder
(a Task), and what it leaves out, shown before anything is written where the coordinator chose
(issue 14, item 5). The work is observer_app.publish's."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from observer_app.publish import Published
from observer_app.storage.store import Store
from ui.protocol import fill


class PublishOptionsDialog(QDialog):
    """What the publication keeps beyond the default redaction."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publish_options")
        self.setWindowTitle(self.tr("Publish the results"))
        intro = QLabel(self.tr(
            "Writes a new SQLite file for Datasette (and its metadata.json beside it), never this database. "
            "By default observers appear as pseudonyms (Observer 1, 2, …); their names, contacts, witness lists, "
            "notes and photos are left out, and names found in the texts kept are withheld. Officials who "
            "ordered an obstruction keep their names."))
        intro.setWordWrap(True)
        self.with_names = QCheckBox(self.tr("Keep observers' &names, witness lists and notes (contacts never)"))
        self.with_names.setObjectName("publish_with_names")
        self.with_photos = QCheckBox(self.tr("Keep the &photos themselves (not only their SHA-256)"))
        self.with_photos.setObjectName("publish_with_photos")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.with_names)
        layout.addWidget(self.with_photos)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def options(self) -> tuple[bool, bool]:
        return self.with_names.isChecked(), self.with_photos.isChecked()

    @classmethod
    def ask(cls, parent: QWidget) -> tuple[bool, bool] | None:
        dialog = cls(parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def prepare(db_path: Path, out_name: str, with_names: bool, with_photos: bool,
            sample_path: str | None = None) -> Published:
    """The publication, made in a new private folder under `out_name` (runs in a Task); with the
    Analysis tab's PVT sample, if one is chosen there."""
    from observer_app.publish import publish

    folder = Path(tempfile.mkdtemp(prefix="observer-publish-"))
    try:
        with Store.open(db_path, kind="coordinator") as store:
            return publish(store, folder / out_name, sample_path=sample_path, with_names=with_names,
                           with_photos=with_photos)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def discard(done: Published) -> None:
    """Removes the private folder a prepared publication is in."""
    shutil.rmtree(done.path.parent, ignore_errors=True)


def _labels() -> dict[str, str]:
    """The core's names for what it left out (observer_app.publish.redact), in this language."""
    return {
        "observer names": QCoreApplication.translate("PublishDialog", "observers' names (pseudonyms instead)"),
        "observer contacts": QCoreApplication.translate("PublishDialog", "observers' contacts"),
        "witness lists": QCoreApplication.translate("PublishDialog", "witness lists"),
        "obstruction notes": QCoreApplication.translate("PublishDialog", "notes on obstructions"),
        "photos (their SHA-256 kept)": QCoreApplication.translate("PublishDialog", "photos (their SHA-256 kept)"),
        "names found in kept texts, withheld": QCoreApplication.translate("PublishDialog", "names found in the texts kept, withheld"),
    }


def _left_out_line(line: str, labels: dict[str, str]) -> str:
    what, _, count = line.rpartition(": ")
    return fill(QCoreApplication.translate("PublishDialog", "%1: %2"), labels.get(what, what), count) if what else line


def left_out_text(done: Published, out: Path) -> str:
    """The question shown before writing: where, how much, and what is left out."""
    from observer_app import formats
    from ui.i18n import current_language

    rows = sum(done.rows.values())
    lines = [fill(QCoreApplication.translate("PublishDialog", "Publish %1 rows to %2 (and %3)?"),
                  formats.integer(rows, current_language()), str(out), out.with_name(
        f"{out.stem}.metadata.json").name)]
    if done.left_out:
        lines.append(QCoreApplication.translate("PublishDialog", "Left out:"))
        labels = _labels()
        lines += [f"  • {_left_out_line(line, labels)}" for line in done.left_out]
    else:
        lines.append(QCoreApplication.translate("PublishDialog", "Nothing had to be left out: no names, contacts, witnesses or photos are held."))
    return "\n".join(lines)
