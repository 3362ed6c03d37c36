"""Issue 12, item 11: Help > About says the version, the licence and where the database is, in the
observer's window and the coordinator's; `observer-app --version` prints the same version."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from observer_app import __version__
from tests.conftest import ROOT
from ui.about import AboutDialog
from ui.coordinator import CoordinatorWindow
from ui.main_window import MainWindow


@pytest.fixture
def asked(monkeypatch):
    """What Help > About would show: AboutDialog.ask replaced, its arguments kept."""
    calls = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, *args: calls.append(args)))
    return calls


def about_action(window) -> QAction:
    """Help > About, as the menu bar holds it."""
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    return next(a for a in menus["&Help"].actions() if a.objectName() == "action_about")


def texts(dialog: AboutDialog) -> dict[str, str]:
    return {name: dialog.findChild(QLabel, f"about_{name}").text()
            for name in ("title", "version", "schema", "licence", "fonts")}


def test_issue_12_help_about_in_the_observers_window(qtbot, session, asked):
    window = MainWindow(session)
    qtbot.add_widget(window)
    about_action(window).trigger()
    assert asked == [(session.store.path, "observer", window)]
    dialog = AboutDialog(*asked[0])
    qtbot.add_widget(dialog)
    assert texts(dialog) == {
        "title": f"Observer {__version__}",
        "version": f"observer-app {__version__}",
        "schema": "an observer's database, schema version 4",
        "licence": "Free software under the GNU General Public License, version 3 or any later version "
                   "(GPL-3.0-or-later). It comes with no warranty.",
        "fonts": "DejaVu fonts (in the PDFs): Bitstream Vera licence, DejaVu changes in the public domain.",
    }
    # where the database is: whole, selectable and copyable, not editable
    assert (dialog.database.text(), dialog.database.isReadOnly()) == (str(session.store.path), True)
    dialog.database.selectAll()
    assert dialog.database.selectedText() == str(session.store.path)
    assert dialog.findChild(QLabel, "about_licence").textInteractionFlags() & Qt.TextSelectableByMouse


def test_issue_12_help_about_in_the_coordinators_window(qtbot, tmp_path, asked):
    window = CoordinatorWindow(None, lang="en")
    qtbot.add_widget(window)
    about_action(window).trigger()
    assert asked == [(None, "coordinator", window)]
    dialog = AboutDialog(*asked[0])
    qtbot.add_widget(dialog)
    assert dialog.database.text() == "No database is open."
    assert texts(dialog)["schema"] == "a coordinator's database, schema version 4"
    assert window.open_database(tmp_path / "coordinator.sqlite", create=True)
    qtbot.wait_until(lambda: not window.busy())
    about_action(window).trigger()
    assert asked[1] == (window.store.path, "coordinator", window)


@pytest.mark.parametrize("lang, title, licence", [
    ("ru", "О программе «Наблюдатель»",
     "Свободная программа под лицензией GNU General Public License версии 3 или любой более поздней "
     "(GPL-3.0-or-later). Поставляется без каких-либо гарантий."),
    ("kk", "«Байқаушы» бағдарламасы туралы",
     "GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы бойынша еркін "
     "бағдарлама (GPL-3.0-or-later). Ешқандай кепілдіксіз беріледі."),
])
def test_issue_12_about_reads_in_the_observers_language(qtbot, session, in_language, lang, title, licence):
    in_language(lang)
    dialog = AboutDialog(session.store.path, "observer")
    qtbot.add_widget(dialog)
    assert (dialog.windowTitle(), texts(dialog)["licence"]) == (title, licence)


def test_issue_12_version_is_one_fact(qtbot):
    """`observer-app --version`, the About dialog and the package's metadata say the same."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True,
                          text=True, timeout=120)
    with open(ROOT / "pyproject.toml", "rb") as f:
        packaged = tomllib.load(f)["project"]["version"]
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"observer-app {__version__}\n", "")
    assert packaged == __version__
