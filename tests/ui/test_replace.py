"""Issue 11 in the app: the Summary page's signed PDF and bundle, and the coordinator's report,
ask before replacing a file (the file dialogs' own question is not shown everywhere, nor for a
name the suffix is added to), and never write over the database or the identity file."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from observer_app.bundle import verify_bundle
from observer_app.signing import verify_pdf
from tests.conftest import KZ_FILE
from tests.ui.test_coordinator import answer, wait_for, window  # noqa: F401 - fixtures
from tests.ui.test_exports import (  # noqa: F401 - fixtures
    Asked, button, finish, folder, own_identity, page, passphrase, text)
from ui.coordinator import CoordinatorWindow
from ui.summary import SummaryPage

TODAY = dt.date.today().isoformat()
EXPORTS = {"pdf": ("export_pdf", f"ALA-101-{TODAY}.pdf"),
           "bundle": ("export_bundle", f"Aigerim Bekova-{TODAY}.obsx")}


@pytest.fixture
def replace(monkeypatch):
    """ask_replace answers No (set .answer to True for Yes) and records what it was asked."""
    asked = Asked(False)
    monkeypatch.setattr(SummaryPage, "ask_replace", asked)
    return asked


def save_as(monkeypatch, path) -> Asked:
    asked = Asked(str(path))
    monkeypatch.setattr(SummaryPage, "ask_save_path", asked)
    return asked


@pytest.mark.parametrize("kind", EXPORTS)
def test_issue_11_an_existing_export_is_kept_unless_the_observer_says_replace(
        qtbot, page, own_identity, folder, passphrase, replace, monkeypatch, kind):
    name, file_name = EXPORTS[kind]
    out = folder / file_name
    out.write_bytes(b"signed yesterday")
    save_as(monkeypatch, out)
    button(page, name).click()
    finish(qtbot, page)
    assert [args[1:] for args in replace.calls] == [(out,)]
    assert out.read_bytes() == b"signed yesterday"
    assert text(page, "export_status") == f"Nothing was saved: {file_name} is still there as it was."

    replace.answer = True
    button(page, name).click()
    finish(qtbot, page)
    assert len(replace.calls) == 2
    assert text(page, "export_status") == f"Saved and signed: {out} (signed by Aigerim Bekova)"
    assert (verify_pdf(out).ok if kind == "pdf" else verify_bundle(out).ok) is True


def test_issue_11_a_name_the_suffix_is_added_to_is_asked_about_too(
        qtbot, page, own_identity, folder, passphrase, replace, monkeypatch):
    """The dialog saw "ALA-101", which does not exist; the page writes ALA-101.pdf, which does."""
    (folder / "ALA-101.pdf").write_bytes(b"signed yesterday")
    save_as(monkeypatch, folder / "ALA-101")
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert [args[1:] for args in replace.calls] == [(folder / "ALA-101.pdf",)]
    assert (folder / "ALA-101.pdf").read_bytes() == b"signed yesterday"


def test_a_new_file_is_written_without_a_question(qtbot, page, own_identity, folder, passphrase,
                                                  replace, monkeypatch):
    save_as(monkeypatch, folder / "new.obsx")
    button(page, "export_bundle").click()
    finish(qtbot, page)
    assert replace.calls == []
    assert verify_bundle(folder / "new.obsx").ok


@pytest.mark.parametrize("kind, target", [("bundle", "database"), ("pdf", "identity")])
def test_issue_11_the_database_and_the_identity_are_never_replaced(
        qtbot, page, session, own_identity, folder, passphrase, replace, monkeypatch, kind, target):
    """The page adds the suffix, so only a link can bring the database or the identity under
    an export's name: a symbolic link, or a hard link (the same file under another name)."""
    name, file_name = EXPORTS[kind]
    out = folder / file_name
    if target == "database":
        out.symlink_to(session.store.path)
        file = session.store.path
    else:
        os.link(own_identity, out)
        file = own_identity
    before = file.read_bytes()
    save_as(monkeypatch, out)
    button(page, name).click()
    finish(qtbot, page)
    assert replace.calls == []  # not even asked
    assert file.read_bytes() == before
    assert text(page, "export_status") == (
        f"Nothing was saved: {out} is the same file as {file}, which this command reads; choose "
        "another file name.")


def test_the_save_dialogs_leave_the_question_to_the_app(monkeypatch, page):
    """QFileDialog's own overwrite question is turned off: the app's (ask_replace) is asked
    once, on every platform, about the name actually written."""
    seen = []

    def get_save_file_name(parent, caption, default, filters, options=None, **kwargs):
        seen.append(options)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    SummaryPage.ask_save_path(page, "Save", "x.pdf", "PDF files (*.pdf)")
    CoordinatorWindow.ask_report_path(page, True)
    assert seen == [QFileDialog.Option.DontConfirmOverwrite] * 2


# --- the coordinator's report -------------------------------------------------------------


@pytest.fixture
def with_election(qtbot, window, monkeypatch):  # noqa: F811 - the imported fixture
    """The coordinator's window on a database with the election loaded (File → Load election)."""
    answer(monkeypatch, "ask_election_file", str(KZ_FILE))
    wait_for(qtbot, window, window.election_loaded, window.election_action.trigger)
    return window


def test_issue_11_an_existing_report_is_kept_unless_the_coordinator_says_replace(
        qtbot, with_election, tmp_path, monkeypatch):
    out = tmp_path / "report.csv"
    out.write_bytes(b"last week's report")
    asked = Asked(False)
    monkeypatch.setattr(CoordinatorWindow, "ask_replace", asked)
    answer(monkeypatch, "ask_report_path", str(out))
    with_election.report_action.trigger()
    assert not with_election.busy()
    assert [args[1:] for args in asked.calls] == [(out,)]
    assert out.read_bytes() == b"last week's report"

    asked.answer = True
    written = wait_for(qtbot, with_election, with_election.report_written,
                       with_election.report_action.trigger)
    assert written == str(out)
    assert out.read_text(encoding="utf-8").startswith("station_code,region,source,")


def test_issue_11_the_report_never_replaces_the_coordinator_database(
        qtbot, with_election, tmp_path, monkeypatch):
    db = with_election.store.path
    before = db.read_bytes()
    asked = Asked(True)
    monkeypatch.setattr(CoordinatorWindow, "ask_replace", asked)
    answer(monkeypatch, "ask_report_path", str(db))
    with_election.report_action.trigger()
    assert not with_election.busy()
    assert asked.calls == []
    assert db.read_bytes() == before
    assert with_election.error_label.text() == (
        f"The report was not written: {db} is a file this command reads; an output never "
        "replaces it: choose another file name.")
