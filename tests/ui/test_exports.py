"""Signing in the app: the observer's identity (File → Identity…) and the Summary page's signed
PDF and export bundle, written in a worker thread with its own database connection."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton

import observer_app.export.summary_pdf as summary_pdf
from observer_app.bundle import verify_bundle
from observer_app.identity import create_self_signed_identity, load_identity
from observer_app.signing import verify_pdf
from observer_app.storage.store import Store
from ui import identity as identity_ui
from ui import summary
from ui.app import AppController
from ui.identity import CreateIdentityDialog, IdentityDialog, PassphraseDialog, peek_certificate
from ui.summary import SummaryPage

PASSPHRASE = "correct horse battery"
TODAY = dt.date.today().isoformat()


# --- helpers ---------------------------------------------------------------------------------------


class Asked:
    """Stands in for a modal dialog: records each question and gives a fixed answer."""

    def __init__(self, answer):
        self.answer = answer
        self.calls: list[tuple] = []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer(*args) if callable(self.answer) else self.answer


@pytest.fixture
def folder(db_path) -> Path:
    return db_path.parent


@pytest.fixture
def passphrase(monkeypatch) -> Asked:
    asked = Asked(PASSPHRASE)
    monkeypatch.setattr(PassphraseDialog, "ask", asked)
    return asked


@pytest.fixture
def save_as(monkeypatch) -> Asked:
    """The save dialog accepts the suggested path."""
    asked = Asked(lambda parent, caption, default, filters: default)
    monkeypatch.setattr(SummaryPage, "ask_save_path", asked)
    return asked


@pytest.fixture
def own_identity(session, folder) -> Path:
    """A self-signed identity of the database's observer, attached."""
    path = folder / "aigerim.p12"
    create_self_signed_identity("Aigerim Bekova", "Erkindik Kanaty", session.store.observer_id,
                                path, PASSPHRASE)
    session.store.update_observer(identity_path=str(path))
    return path


@pytest.fixture
def page(qtbot, session, monkeypatch):
    # The observer arrived at the station: a summary is signed only where something is recorded.
    session.store.set_visit_time(session.station_id, "arrived_at", "2021-01-10T07:40:00.000+06:00")
    # The review before signing lists what is missing (no protocol, no departure...): the
    # observer signs anyway here; tests/ui/test_review.py answers it otherwise.
    monkeypatch.setattr(SummaryPage, "ask_review", Asked(True))
    widget = SummaryPage(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 640)
    return widget


def button(widget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def text(widget, name: str) -> str:
    return widget.findChild(QLabel, name).text().replace("\u200b", "")


def finish(qtbot, page: SummaryPage) -> None:
    """Waits for the export started by a click to end."""
    qtbot.waitUntil(lambda: page.task is None and not (summary._running and summary._running.tasks),
                    timeout=60_000)  # _running is None until a first export starts


def files(folder: Path, pattern: str) -> list[str]:
    return sorted(p.name for p in folder.glob(pattern))


# --- the identity dialog ---------------------------------------------------------------------------


def test_creating_a_self_signed_identity_attaches_it(qtbot, session, folder, monkeypatch):
    created: list[CreateIdentityDialog] = []

    def create(session_, parent):
        dialog = CreateIdentityDialog(session_, parent)  # parent owns it: not added to qtbot
        created.append(dialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.create_button.click()
        return dialog.identity

    monkeypatch.setattr(CreateIdentityDialog, "ask", create)
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    assert text(dialog, "identity_file").startswith("none attached")
    assert not button(dialog, "detach_identity").isEnabled()

    with qtbot.wait_signal(session.saved):  # through session.run: audited, status line updated
        button(dialog, "create_self_signed").click()

    form = created[0]
    assert (form.name.text(), form.organisation.text(), form.path.text()) == (
        "Aigerim Bekova", "Erkindik Kanaty", str(folder / "Aigerim Bekova.p12"))
    p12 = folder / "Aigerim Bekova.p12"
    assert p12.is_file()
    assert session.store.observer().identity_path == str(p12)
    assert [(r["field"], r["new"]) for r in session.store.audit_rows(session.store.observer_id)
            if r["field"] == "identity_path"] == [("identity_path", str(p12))]
    identity = load_identity(p12, PASSPHRASE)
    assert (identity.name, identity.organisation, identity.observer_id, identity.self_signed) == (
        "Aigerim Bekova", "Erkindik Kanaty", session.store.observer_id, True)
    assert PASSPHRASE not in (form.passphrase.text(), form.repeat.text())
    assert {k: text(dialog, f"identity_{k}") for k in ("file", "signer", "organisation",
                                                          "certificate_id")} == {
        "file": str(p12), "signer": "Aigerim Bekova", "organisation": "Erkindik Kanaty",
        "certificate_id": session.store.observer_id}
    assert text(dialog, "identity_issuer") == "yourself (self-signed: no organisation vouches for it)"
    assert text(dialog, "identity_message").startswith(f"Created and attached {p12}.")
    assert button(dialog, "detach_identity").isEnabled()


@pytest.mark.parametrize("first, second, error", [
    ("one passphrase", "another", "The two passphrases differ; type the same one twice."),
    ("", "", "Choose a passphrase."),
], ids=["different-passphrases", "no-passphrase"])
def test_the_new_passphrase_is_typed_twice(qtbot, session, folder, first, second, error):
    form = CreateIdentityDialog(session)
    qtbot.add_widget(form)
    form.passphrase.setText(first)
    form.repeat.setText(second)
    form.create_button.click()
    assert form.error.text() == error
    assert form.identity is None
    assert files(folder, "*.p12") == []


def test_creating_does_not_overwrite_an_identity_file(qtbot, session, folder):
    (folder / "Aigerim Bekova.p12").write_bytes(b"someone's identity")
    form = CreateIdentityDialog(session)
    qtbot.add_widget(form)
    form.passphrase.setText(PASSPHRASE)
    form.repeat.setText(PASSPHRASE)
    form.create_button.click()
    assert "already exists; refusing to overwrite an identity" in form.error.text()
    assert (folder / "Aigerim Bekova.p12").read_bytes() == b"someone's identity"


def test_using_an_identity_file_checks_its_passphrase_and_owner(qtbot, session, folder, monkeypatch):
    path = folder / "issued.p12"
    create_self_signed_identity("Aigerim Bekova", None, session.store.observer_id, path, PASSPHRASE)
    monkeypatch.setattr(IdentityDialog, "ask_identity_file", lambda parent, start: str(path))
    monkeypatch.setattr(PassphraseDialog, "ask", lambda parent, prompt: "not the passphrase")
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    button(dialog, "use_identity_file").click()
    assert text(dialog, "identity_message") == (
        f"The passphrase does not open the identity file {path}; check it and try again.")
    assert session.store.observer().identity_path == ""

    monkeypatch.setattr(PassphraseDialog, "ask", lambda parent, prompt: PASSPHRASE)
    button(dialog, "use_identity_file").click()
    assert text(dialog, "identity_message") == "Attached: issued.p12 signs as Aigerim Bekova."
    assert session.store.observer().identity_path == str(path)
    assert text(dialog, "identity_signer") == "Aigerim Bekova"


def test_another_observers_identity_is_refused(qtbot, session, folder, monkeypatch, passphrase):
    other_id = str(uuid.uuid4())
    path = folder / "colleague.p12"
    create_self_signed_identity("Dana Seitova", None, other_id, path, PASSPHRASE)
    monkeypatch.setattr(IdentityDialog, "ask_identity_file", lambda parent, start: str(path))
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    button(dialog, "use_identity_file").click()
    own_id = session.store.observer_id
    assert text(dialog, "identity_message") == (
        f"This identity was issued for another observer ({other_id}), so it cannot sign your "
        f"records. Ask your coordinator to issue your identity with --observer-id {own_id} "
        "(your observer id; use Copy in File → Identity…).")
    assert session.store.observer().identity_path == ""
    assert dialog.findChild(QLineEdit, "observer_id").text() == own_id
    button(dialog, "copy_observer_id").click()
    assert QGuiApplication.clipboard().text() == own_id


def test_a_locked_identity_shows_its_file_then_everything_after_the_passphrase(
        qtbot, session, own_identity, passphrase):
    identity_ui.keeper(session).forget()
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    assert text(dialog, "identity_file") == str(own_identity)
    assert text(dialog, "identity_signer") == ""
    assert not dialog.locked_note.isHidden() and not dialog.unlock_button.isHidden()
    button(dialog, "unlock_identity").click()
    assert len(passphrase.calls) == 1
    assert dialog.unlock_button.isHidden()
    assert (text(dialog, "identity_signer"), text(dialog, "identity_certificate_id")) == (
        "Aigerim Bekova", session.store.observer_id)
    validity = text(dialog, "identity_validity")
    assert validity.startswith(dt.datetime.now(dt.timezone.utc).strftime("%Y-"))


def test_a_certificate_kept_unencrypted_is_shown_without_the_passphrase(qtbot, session, folder):
    identity = create_self_signed_identity("Aigerim Bekova", "Erkindik Kanaty",
                                           session.store.observer_id, folder / "enc.p12", PASSPHRASE)
    plain = folder / "plain.p12"
    plain.write_bytes(pkcs12.serialize_key_and_certificates(
        b"x", identity.key, identity.certificate, None, NoEncryption()))
    assert peek_certificate(folder / "enc.p12") is None
    assert peek_certificate(plain) == identity.certificate
    session.store.update_observer(identity_path=str(plain))
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    assert text(dialog, "identity_signer") == "Aigerim Bekova"
    assert dialog.unlock_button.isHidden()


def test_detaching_forgets_the_identity(qtbot, session, own_identity, passphrase):
    assert identity_ui.unlock(session) is not None
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    with qtbot.wait_signal(session.saved):
        button(dialog, "detach_identity").click()
    assert session.store.observer().identity_path == ""
    assert identity_ui.keeper(session).identity(own_identity) is None
    assert own_identity.is_file()
    assert text(dialog, "identity_message").startswith(f"Detached. The file {own_identity} is still there")


def test_file_menu_identity_opens_the_dialog(qtbot, session, monkeypatch):
    store = session.store
    store.set_setting("station_id", session.station_id)
    shown = []
    monkeypatch.setattr(IdentityDialog, "ask", lambda session_, parent, reason="": shown.append(
        (session_.store is store, parent)) or False)
    controller = AppController(store, "en")
    window = controller.open_window()
    qtbot.add_widget(window)
    action = window.findChild(QAction, "action_identity")
    assert action.text() == "&Identity…"
    action.trigger()
    assert shown == [(True, window)]


# --- the exports -----------------------------------------------------------------------------------


def test_a_signed_pdf_summary_is_written_off_the_gui_thread(
        qtbot, page, session, own_identity, folder, passphrase, save_as, monkeypatch):
    session.lang = "ru"
    calls = []
    build = summary_pdf.build_summary

    def spy(store, station_id, **kwargs):
        calls.append((threading.get_ident(), store is session.store, station_id, kwargs["lang"],
                      kwargs["signer_line"]))
        return build(store, station_id, **kwargs)

    monkeypatch.setattr(summary_pdf, "build_summary", spy)
    opened = []
    store_open = Store.open
    monkeypatch.setattr(Store, "open", lambda path, *, create=True: opened.append(
        (threading.get_ident(), Path(path), create)) or store_open(path, create=create))

    button(page, "export_pdf").click()
    assert not button(page, "export_pdf").isEnabled()
    assert not button(page, "export_bundle").isEnabled()
    assert page.findChild(QProgressBar, "export_progress").isVisibleTo(page)
    finish(qtbot, page)

    out = folder / f"ALA-101-{TODAY}.pdf"
    assert save_as.calls[0][1:] == ("Save the signed PDF summary", str(out), "PDF files (*.pdf)")
    assert len(passphrase.calls) == 1
    assert text(page, "export_status") == f"Saved and signed: {out} (signed by Aigerim Bekova)"
    assert button(page, "export_pdf").isEnabled() and button(page, "export_bundle").isEnabled()
    assert not page.findChild(QProgressBar, "export_progress").isVisibleTo(page)
    main = threading.get_ident()
    assert [(t != main, path) for t, path, _create in opened] == [(True, session.store.path)]
    assert [(t != main, *rest) for t, *rest in calls] == [
        (True, False, session.station_id, "ru", "Aigerim Bekova, Erkindik Kanaty")]

    check = verify_pdf(out)
    assert (check.intact, check.covers_whole_file, check.signer_name, check.observer_id,
            check.trusted, check.self_signed, check.ok) == (
        True, True, "Aigerim Bekova", session.store.observer_id, None, True, True)
    assert files(folder, "*.part") == []
    # The GUI's own connection was left alone and still works.
    session.run("turnout_tallies", session.store.add_tally, session.station_id)
    assert session.store.tally_count(session.station_id) == 1


def test_a_signed_bundle_is_written_for_the_coordinator(
        qtbot, page, session, own_identity, folder, passphrase, save_as):
    session.run("turnout_tallies", session.store.add_tally, session.station_id)
    button(page, "export_bundle").click()
    finish(qtbot, page)
    out = folder / f"Aigerim Bekova-{TODAY}.obsx"
    assert save_as.calls[0][1:] == ("Save the signed export bundle", str(out),
                                    "Export bundles (*.obsx)")
    assert text(page, "export_status") == f"Saved and signed: {out} (signed by Aigerim Bekova)"
    check = verify_bundle(out)
    assert (check.ok, check.reasons, check.signer_name, check.observer_id, check.self_signed) == (
        True, [], "Aigerim Bekova", session.store.observer_id, True)
    assert check.manifest["row_counts"]["turnout_tallies"] == 1
    assert session.store.tally_count(session.station_id) == 1


def test_two_exports_in_a_row_ask_the_passphrase_once(
        qtbot, page, session, own_identity, folder, passphrase, save_as):
    button(page, "export_pdf").click()
    finish(qtbot, page)
    button(page, "export_bundle").click()
    finish(qtbot, page)
    assert len(passphrase.calls) == 1
    assert files(folder, f"*{TODAY}*") == [f"ALA-101-{TODAY}.pdf", f"Aigerim Bekova-{TODAY}.obsx"]


@pytest.mark.parametrize("lang, export, says", [
    ("en", "export_pdf", "Nothing was saved: The passphrase does not open the identity file {path}; "
                         "check it and try again."),
    ("kk", "export_bundle", "Ештеңе сақталмады: Құпиясөз {path} кілт файлын ашпайды; оны тексеріп, "
                            "қайталап көріңіз."),
])
def test_a_wrong_passphrase_shows_an_error_and_writes_nothing(
        qtbot, page, session, own_identity, folder, monkeypatch, save_as, in_language, lang, export, says):
    in_language(lang)
    monkeypatch.setattr(PassphraseDialog, "ask", lambda parent, prompt: "wrong")
    button(page, export).click()
    assert page.task is None
    assert text(page, "export_status") == says.format(path=own_identity)
    assert save_as.calls == []
    assert files(folder, "*.pdf") == files(folder, "*.obsx") == files(folder, ".*") == []


def test_an_attached_identity_of_another_observer_signs_nothing(
        qtbot, page, session, folder, passphrase, save_as):
    path = folder / "colleague.p12"
    other_id = str(uuid.uuid4())
    create_self_signed_identity("Dana Seitova", None, other_id, path, PASSPHRASE)
    session.store.update_observer(identity_path=str(path))
    button(page, "export_bundle").click()
    assert text(page, "export_status").startswith(
        f"Nothing was saved: This identity was issued for another observer ({other_id})")
    assert save_as.calls == []
    assert files(folder, "*.obsx") == []


@pytest.mark.parametrize("name", ["export_pdf", "export_bundle"])
def test_without_an_identity_the_export_asks_for_one(qtbot, page, session, folder, save_as,
                                                     monkeypatch, name):
    asked = Asked(False)
    monkeypatch.setattr(IdentityDialog, "ask", asked)
    button(page, name).click()
    assert [(s is session, reason) for s, _parent, reason in asked.calls] == [
        (True, "Signing needs your identity, and none is attached yet: use your identity file or "
               "create a self-signed one. Nothing is ever saved unsigned.")]
    assert text(page, "export_status") == (
        "Nothing was saved: signing needs an identity. Use or create one with “Identity…”.")
    assert page.task is None and save_as.calls == []
    assert files(folder, "*.pdf") == [] and files(folder, "*.obsx") == []


def test_an_identity_set_up_when_asked_signs_the_export(qtbot, page, session, folder, save_as,
                                                        monkeypatch, passphrase):
    def set_up(session_, parent, reason=""):
        path = folder / "new.p12"
        create_self_signed_identity("Aigerim Bekova", None, session_.store.observer_id, path,
                                    PASSPHRASE)
        session_.run("observers", session_.store.update_observer, identity_path=str(path))
        return True

    monkeypatch.setattr(IdentityDialog, "ask", set_up)
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert verify_pdf(folder / f"ALA-101-{TODAY}.pdf").signer_name == "Aigerim Bekova"
    assert text(page, "export_identity") == "Signing with new.p12"


def test_a_failed_export_says_why_and_leaves_nothing(qtbot, page, session, own_identity, folder,
                                                     passphrase, monkeypatch):
    missing = folder / "no such folder" / "summary.pdf"
    monkeypatch.setattr(SummaryPage, "ask_save_path", lambda *args: str(missing))
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert text(page, "export_status") == (
        f"Nothing was saved: The folder {missing.parent} does not exist; choose an existing folder "
        "for summary.pdf.")
    assert button(page, "export_pdf").isEnabled()
    assert button(page, "export_open_folder").isHidden()


def test_open_the_folder_after_saving(qtbot, page, session, own_identity, folder, passphrase,
                                      save_as, monkeypatch):
    opened = Asked(True)
    monkeypatch.setattr(SummaryPage, "open_url", opened)
    assert button(page, "export_open_folder").isHidden()
    button(page, "export_pdf").click()
    finish(qtbot, page)
    button(page, "export_open_folder").click()
    assert opened.calls == [(QUrl.fromLocalFile(str(folder)),)]


@pytest.mark.parametrize("code, expected", [
    ("ALA-101", "ALA-101"),
    ("12/3, north", "12-3, north"),
    ("..", "summary"),
    ('a:b*c?"d"<e>|f\\g', "a-b-c-d-e-f-g"),
], ids=["plain", "slash-and-comma", "dots-only", "reserved-characters"])
def test_default_file_names_are_safe(code, expected):
    assert identity_ui.safe_file_name(code, "summary") == expected


# --- issue 11: what a summary says is what its signer says ----------------------------------------


@pytest.mark.parametrize("lang, says", [
    ("en", "Nothing was saved: The profile's name “Bolat Nurlanov” is not the name in the certificate, "
           "“Aigerim Bekova”: a signed document names its signer as the certificate does. Change the "
           "profile's name to “Aigerim Bekova”, or sign with the identity issued to “Bolat Nurlanov”."),
    ("ru", "Ничего не сохранено: ФИО в профиле «Bolat Nurlanov» не совпадает с именем в сертификате "
           "«Aigerim Bekova»: подписанный документ называет подписанта так, как его называет сертификат. "
           "Исправьте ФИО в профиле на «Aigerim Bekova» или подписывайте ключом, выданным на имя "
           "«Bolat Nurlanov»."),
    ("kk", "Ештеңе сақталмады: Профильдегі аты-жөні «Bolat Nurlanov» сертификаттағы «Aigerim Bekova» "
           "атымен сәйкес келмейді: қол қойылған құжат қол қоюшыны сертификаттағыдай атайды. Профильдегі "
           "аты-жөнді «Aigerim Bekova» деп өзгертіңіз немесе «Bolat Nurlanov» атына берілген кілтпен қол "
           "қойыңыз."),
])
def test_issue_11_a_profile_name_other_than_the_certificates_signs_nothing(
        qtbot, page, session, own_identity, folder, passphrase, save_as, in_language, lang, says):
    """Issue 11: a profile name that differs from the certificate's was printed under the
    certificate's signature. The Summary screen says why nothing was saved, in the observer's
    language."""
    in_language(lang)
    session.store.update_observer(full_name="Bolat Nurlanov")
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert text(page, "export_status") == says
    assert button(page, "export_open_folder").isHidden()
    assert files(folder, "*.pdf") == files(folder, ".*") == []


def test_issue_11_a_station_where_nothing_is_recorded_signs_nothing(
        qtbot, page, session, own_identity, folder, passphrase, save_as, in_language):
    in_language("ru")
    session.store.set_visit_time(session.station_id, "arrived_at", None)  # nothing is left
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert text(page, "export_status") == (
        "Ничего не сохранено: На участке ALA-101 вы ничего не записали (ни протокола, ни времени "
        "прихода или ухода, ни подсчёта явки, ни препятствий, ни нарушений, ни объявленной явки), "
        "поэтому подписывать нечего: подписанная сводка говорит о том, что вы там видели.")
    assert files(folder, "*.pdf") == []


def test_issue_11_a_signer_name_with_line_breaks_shows_on_one_line(
        qtbot, page, session, folder, save_as, monkeypatch):
    """The identity dialog's labels and the Summary screen's "signed by" show a certificate's name
    with its line breaks written \\n."""
    from tests.unit.test_signing import FAKE_LINES_NAME, forge_ca, forge_identity

    forged = forge_identity(forge_ca(folder / "rogue"), name=FAKE_LINES_NAME,
                            observer_id=session.store.observer_id)
    path = folder / "forged.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"forged", forged.key, forged.certificate, forged.chain, NoEncryption()))
    session.store.update_observer(full_name="", identity_path=str(path))
    monkeypatch.setattr(PassphraseDialog, "ask", lambda parent, prompt: "")
    shown = "Aigerim\\nSigner: trusted\\nResult: valid"
    dialog = IdentityDialog(session)
    qtbot.add_widget(dialog)
    assert text(dialog, "identity_signer") == shown
    button(page, "export_pdf").click()
    finish(qtbot, page)
    assert text(page, "export_status") == (
        f"Saved and signed: {folder / f'ALA-101-{TODAY}.pdf'} (signed by {shown})")
