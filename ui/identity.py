"""The observer's signing identity: attach a .p12 file, create a self-signed one, or detach.

The database keeps where the identity file is (the observer's `identity_path`), never its
passphrase: the passphrase is asked whenever something is signed. An unlocked identity may be
kept in memory for a few minutes (IdentityKeeper) so that exporting the PDF and then the bundle
does not ask twice in a row; it is never written anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_app import formats
from observer_app.errors import ObserverAppError
from observer_app.identity import (
    peek_certificate,
    Identity,
    IdentityError,
    create_self_signed_identity,
    load_identity,
    printable,
)
from ui.i18n import current_language
from ui.messages import message_text, refusal
from ui.protocol import fill
from ui.session import Session

# Colours shared with the summary screen.
ERROR_STYLE = "color: #b71c1c;"
OK_STYLE = "color: #1b5e20;"
MUTED_STYLE = "color: #555555;"

# How long an unlocked identity stays in memory after its passphrase was typed.
KEEP_SECONDS = 5 * 60


# --- reading a certificate -------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateFacts:
    """What a certificate says about its holder, for the dialog."""

    name: str
    organisation: str
    observer_id: str
    issuer: str
    self_signed: bool
    valid_from: dt.datetime
    valid_until: dt.datetime


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    """The attribute as it can be shown: a line break in a certificate's name is written \\n."""
    values = name.get_attributes_for_oid(oid)
    if not values:
        return ""
    value = values[0].value
    return printable(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))


def certificate_facts(cert: x509.Certificate) -> CertificateFacts:
    issuer = _name_attr(cert.issuer, NameOID.COMMON_NAME)
    issuer_org = _name_attr(cert.issuer, NameOID.ORGANIZATION_NAME)
    if issuer_org and issuer_org not in issuer:
        issuer = f"{issuer} ({issuer_org})" if issuer else issuer_org
    return CertificateFacts(
        name=_name_attr(cert.subject, NameOID.COMMON_NAME),
        organisation=_name_attr(cert.subject, NameOID.ORGANIZATION_NAME),
        observer_id=_name_attr(cert.subject, NameOID.USER_ID).lower(),
        issuer=issuer,
        self_signed=cert.issuer == cert.subject,
        valid_from=cert.not_valid_before_utc,
        valid_until=cert.not_valid_after_utc,
    )


# --- the unlocked identity, kept briefly -----------------------------------------------------------


class IdentityKeeper(QObject):
    """Keeps the last unlocked identity of a session for KEEP_SECONDS, so that two exports in a
    row ask for the passphrase once. Held in memory only; forgotten on detach, on attaching
    another file, and when the time is up. The (public) certificates seen stay known, so the
    identity dialog can show them without asking again."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._identity: Identity | None = None
        self._until = 0.0
        self._certificates: dict[str, x509.Certificate] = {}
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.forget)

    def remember(self, identity: Identity) -> None:
        self._identity = identity
        self._until = time.monotonic() + KEEP_SECONDS
        if identity.path is not None:
            self._certificates[_key(identity.path)] = identity.certificate
        self._timer.start(KEEP_SECONDS * 1000)

    def identity(self, path: str | Path) -> Identity | None:
        """The unlocked identity of `path`, if it was unlocked a short while ago."""
        identity = self._identity
        if identity is None or identity.path is None or _key(identity.path) != _key(path):
            return None
        if time.monotonic() > self._until:
            self.forget()
            return None
        return identity

    def certificate(self, path: str | Path) -> x509.Certificate | None:
        return self._certificates.get(_key(path))

    def saw(self, identity: Identity) -> None:
        """Notes an opened identity's (public) certificate, even one that is then refused."""
        if identity.path is not None:
            self._certificates[_key(identity.path)] = identity.certificate

    def forget(self) -> None:
        self._identity = None
        self._timer.stop()


def _key(path: str | Path) -> str:
    return str(Path(path).absolute())


_keepers: "weakref.WeakKeyDictionary[Session, IdentityKeeper]" = weakref.WeakKeyDictionary()


def keeper(session: Session) -> IdentityKeeper:
    """The session's IdentityKeeper (a new session, e.g. after a language switch, starts empty)."""
    found = _keepers.get(session)
    if found is None:
        found = _keepers[session] = IdentityKeeper(session)
    return found


# --- checks shared by the dialog and the exports ---------------------------------------------------


def mismatch_text(identity_observer_id: str, own_id: str) -> str:
    return fill(QCoreApplication.translate(
        "IdentityDialog",
        "This identity was issued for another observer (%1), so it cannot sign your records. "
        "Ask your coordinator to issue your identity with --observer-id %2 (your observer id; "
        "use Copy in File → Identity…)."), identity_observer_id, own_id)


def check_fits(identity: Identity, own_id: str) -> None:
    """Refuses (ObserverAppError, one sentence) an identity that cannot sign this database."""
    if identity.observer_id.lower() != own_id.lower():
        raise refusal(mismatch_text(identity.observer_id, own_id))
    now = dt.datetime.now(dt.timezone.utc)
    until = identity.certificate.not_valid_after_utc
    if now > until:
        raise refusal(fill(QCoreApplication.translate(
            "IdentityDialog",
            "Your certificate expired on %1; ask your coordinator for a new identity, or create "
            "a new self-signed one (File → Identity…)."), formats.date(until, current_language())))


def unlock(session: Session, parent: QWidget | None = None) -> Identity | None:
    """The attached identity, unlocked: from the keeper, else with the passphrase asked now.

    None when nothing is attached or the observer cancelled; ObserverAppError (one sentence)
    when the file is missing, the passphrase is wrong, or the identity does not fit.
    """
    path = session.store.observer().identity_path
    if not path:
        return None
    held = keeper(session)
    identity = held.identity(path)
    if identity is None:
        passphrase = PassphraseDialog.ask(parent, fill(QCoreApplication.translate(
            "IdentityDialog", "The passphrase of your identity file %1:"), Path(path).name))
        if passphrase is None:
            return None
        identity = load_identity(path, passphrase)
        held.saw(identity)
    check_fits(identity, session.store.observer_id)
    held.remember(identity)
    return identity


def safe_file_name(text: str, fallback: str) -> str:
    """A file name from free text (a station code may hold slashes, a name anything)."""
    cleaned = re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', "-", text).strip(" .-")
    return cleaned[:100] or fallback


def default_folder(session: Session) -> Path:
    """Where files go by default: next to the database."""
    path = session.store.path
    return Path(path).absolute().parent if path is not None else Path.home()


# --- dialogs ---------------------------------------------------------------------------------------


class PassphraseDialog(QDialog):
    """Asks a passphrase (typed hidden). Nothing remembers it."""

    def __init__(self, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Passphrase"))
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _on_buttons_accepted(self) -> None:
        if self.passphrase.text():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, prompt: str) -> str | None:
        dialog = cls(prompt, parent)
        try:
            return dialog.passphrase.text() if dialog.exec() == QDialog.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()


class CreateIdentityDialog(QDialog):
    """A self-signed identity: the profile's name, an organisation, a file and a new passphrase."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.identity: Identity | None = None
        self.setObjectName("create_identity_dialog")
        self.setWindowTitle(self.tr("Create a self-signed identity"))
        observer = session.store.observer()

        intro = QLabel(self.tr(
            "Without an organisation to issue you an identity, you can make your own. Your "
            "signatures then show that the files are unchanged, but not that an organisation "
            "vouches for you."))
        intro.setWordWrap(True)
        self.name = QLabel(observer.full_name)
        self.name.setObjectName("identity_name")
        name_note = QLabel(self.tr("From your profile (File → Edit profile)."))
        name_note.setStyleSheet(MUTED_STYLE)
        self.organisation = QLineEdit(observer.organisation)
        self.organisation.setObjectName("identity_organisation")
        self.path = QLineEdit(str(default_folder(session) / (
            safe_file_name(observer.full_name, "identity") + ".p12")))
        self.path.setObjectName("identity_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("identity_browse")
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_passphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        warning = QLabel(self.tr(
            "Remember the passphrase: the app never stores it and nobody can recover it. Keep a "
            "copy of the file somewhere safe."))
        warning.setWordWrap(True)
        warning.setStyleSheet(MUTED_STYLE)
        self.error = QLabel()
        self.error.setObjectName("create_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", name_note)
        for caption, field, row in ((self.tr("&Organisation:"), self.organisation, self.organisation),
                                    (self.tr("&Save as:"), self.path, where),
                                    (self.tr("&Passphrase:"), self.passphrase, self.passphrase),
                                    (self.tr("&Repeat it:"), self.repeat, self.repeat)):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.AcceptRole)
        self.create_button.setObjectName("create_identity")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    @classmethod
    def ask_save_path(cls, parent: QWidget, default: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CreateIdentityDialog", "Save the identity as"),
            default, QCoreApplication.translate("CreateIdentityDialog", "Identity files (*.p12)"))
        return path

    def _on_browse_clicked(self) -> None:
        path = type(self).ask_save_path(self, self.path.text())
        if path:
            self.path.setText(path if path.lower().endswith((".p12", ".pfx")) else path + ".p12")

    def _on_buttons_accepted(self) -> None:
        self.error.clear()
        name = self.name.text().strip()
        path = self.path.text().strip()
        if not name:
            self.error.setText(self.tr("Fill in your name in File → Edit profile first."))
            return
        if not path:
            self.error.setText(self.tr("Choose where to save the identity file."))
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Choose a passphrase."))
            self.passphrase.setFocus()
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ; type the same one twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self.identity = create_self_signed_identity(
                name, self.organisation.text(), self.session.store.observer_id, path,
                self.passphrase.text())
        except ObserverAppError as exc:
            self.error.setText(message_text(exc))
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Identity | None:
        """The new identity (its file written), or None when cancelled."""
        dialog = cls(session, parent)
        try:
            return dialog.identity if dialog.exec() == QDialog.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.repeat.clear()
            dialog.deleteLater()


class IdentityDialog(QDialog):
    """File → Identity…: which identity signs, and how to attach, create or detach one."""

    def __init__(self, session: Session, parent: QWidget | None = None, reason: str = ""):
        super().__init__(parent)
        self.session = session
        self.keeper = keeper(session)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Your signing identity"))

        intro = QLabel(self.tr(
            "Your identity (a key and a certificate in a .p12 file) signs your PDF summaries and "
            "export bundles, so your coordinator can tell they come from you, unchanged. The app "
            "remembers where the file is, never its passphrase."))
        intro.setWordWrap(True)
        self.reason = QLabel(reason)
        self.reason.setObjectName("identity_reason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-weight: bold;")
        self.reason.setVisible(bool(reason))

        box = QGroupBox(self.tr("Attached identity"))
        self.fields: dict[str, QLabel] = {}
        self.form = form = QFormLayout(box)
        for key, caption in (("file", self.tr("File:")), ("signer", self.tr("Signer:")),
                             ("organisation", self.tr("Organisation:")),
                             ("certificate_id", self.tr("Observer id:")),
                             ("issuer", self.tr("Issued by:")), ("validity", self.tr("Valid:"))):
            value = QLabel()
            value.setObjectName(f"identity_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(caption, value)
        self.locked_note = QLabel(self.tr("The certificate inside is locked: type the passphrase "
                                          "to see it."))
        self.locked_note.setObjectName("identity_locked")
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(MUTED_STYLE)
        self.unlock_button = QPushButton(self.tr("&Show details…"))
        self.unlock_button.setObjectName("unlock_identity")
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        locked = QHBoxLayout()
        locked.addWidget(self.locked_note, 1)
        locked.addWidget(self.unlock_button)
        form.addRow(locked)

        self.own_id = QLineEdit(session.store.observer_id)
        self.own_id.setObjectName("observer_id")
        self.own_id.setReadOnly(True)
        self.own_id.setMinimumWidth(self.own_id.fontMetrics().horizontalAdvance(self.own_id.text()) + 16)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copy_observer_id")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        own = QHBoxLayout()
        own.addWidget(QLabel(self.tr("Your observer id:")))
        own.addWidget(self.own_id, 1)
        own.addWidget(self.copy_button)

        self.message = QLabel()
        self.message.setObjectName("identity_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()

        self.use_button = QPushButton(self.tr("&Use an identity file (.p12)…"))
        self.use_button.setObjectName("use_identity_file")
        self.use_button.clicked.connect(self._on_use_clicked)
        self.create_button = QPushButton(self.tr("C&reate a self-signed identity…"))
        self.create_button.setObjectName("create_self_signed")
        self.create_button.clicked.connect(self._on_create_clicked)
        self.detach_button = QPushButton(self.tr("&Detach"))
        self.detach_button.setObjectName("detach_identity")
        self.detach_button.clicked.connect(self._on_detach_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.use_button)
        actions.addWidget(self.create_button)
        actions.addWidget(self.detach_button)
        actions.addStretch(1)
        self.close_buttons = close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(box)
        layout.addLayout(own)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.setMinimumWidth(640)
        self.refresh()
        (self.unlock_button if self.unlock_button.isVisibleTo(self) else self.use_button).setFocus()

    # --- what is shown -------------------------------------------------------------------------

    def attached_path(self) -> str:
        return self.session.store.observer().identity_path

    def refresh(self) -> None:
        had_focus = self.unlock_button.hasFocus()
        self._fill()
        for key, value in self.fields.items():  # only what is known
            self.form.setRowVisible(value, key == "file" or bool(value.text()))
        if had_focus and self.unlock_button.isHidden():
            self.close_buttons.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grows the dialog when rows or a message appear, so that nothing is squeezed."""
        layout = self.layout()
        layout.activate()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if need > self.height():
            self.resize(self.width(), need)

    def _fill(self) -> None:
        path = self.attached_path()
        for value in self.fields.values():
            value.clear()
            value.setStyleSheet("")
        self.detach_button.setEnabled(bool(path))
        if not path:
            self.fields["file"].setText(self.tr("none attached: you cannot sign until you use or "
                                                "create an identity"))
            self.fields["file"].setStyleSheet(ERROR_STYLE)
            self._show_locked(False)
            return
        self.fields["file"].setText(path)
        if not Path(path).is_file():
            self.fields["file"].setText(fill(self.tr("%1 (missing: the file is not there any more)"),
                                             path))
            self.fields["file"].setStyleSheet(ERROR_STYLE)
            self._show_locked(False)
            return
        cert = self.keeper.certificate(path) or peek_certificate(path)
        self._show_locked(cert is None)
        if cert is None:
            return
        facts = certificate_facts(cert)
        self.fields["signer"].setText(facts.name)
        self.fields["organisation"].setText(facts.organisation or "—")
        self.fields["certificate_id"].setText(facts.observer_id)
        if facts.observer_id != self.session.store.observer_id.lower():
            self.fields["certificate_id"].setStyleSheet(ERROR_STYLE)
        self.fields["issuer"].setText(
            self.tr("yourself (self-signed: no organisation vouches for it)")
            if facts.self_signed else facts.issuer)
        validity = fill(self.tr("%1 to %2"), formats.date(facts.valid_from, current_language()),
                        formats.date(facts.valid_until, current_language()))
        now = dt.datetime.now(dt.timezone.utc)
        if now > facts.valid_until:
            validity = fill(self.tr("%1 (expired)"), validity)
            self.fields["validity"].setStyleSheet(ERROR_STYLE)
        self.fields["validity"].setText(validity)

    def _show_locked(self, locked: bool) -> None:
        self.locked_note.setVisible(locked)
        self.unlock_button.setVisible(locked)

    def _say(self, text: str, style: str = OK_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))
        self._fit()

    # --- actions -------------------------------------------------------------------------------

    @classmethod
    def ask_identity_file(cls, parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("IdentityDialog", "Choose your identity file"), folder,
            QCoreApplication.translate("IdentityDialog", "Identity files (*.p12 *.pfx);;All files (*)"))
        return path

    def _attach(self, identity: Identity) -> bool:
        path = str(Path(identity.path).absolute()) if identity.path else ""
        if self.session.run("observers", self.session.store.update_observer,
                            identity_path=path) is None:
            self.refresh()
            return False  # session.failed told the window why
        identity.path = Path(path)
        self.keeper.remember(identity)  # replaces whatever identity was kept before
        self.refresh()
        return True

    def _on_use_clicked(self) -> None:
        path = type(self).ask_identity_file(self, str(default_folder(self.session)))
        if not path:
            return
        passphrase = PassphraseDialog.ask(self, fill(self.tr(
            "The passphrase of the identity file %1 (to check that it is yours):"), Path(path).name))
        if passphrase is None:
            return
        try:
            identity = load_identity(path, passphrase)
            check_fits(identity, self.session.store.observer_id)
        except ObserverAppError as exc:
            self._say(message_text(exc), ERROR_STYLE)
            return
        if self._attach(identity):
            self._say(fill(self.tr("Attached: %1 signs as %2."), Path(path).name,
                           printable(identity.name)), OK_STYLE)

    def _on_create_clicked(self) -> None:
        identity = CreateIdentityDialog.ask(self.session, self)
        if identity is None:
            return
        if self._attach(identity):
            self._say(fill(self.tr("Created and attached %1. Keep a copy of it and remember its "
                                   "passphrase."), str(identity.path)), OK_STYLE)

    def _on_detach_clicked(self) -> None:
        path = self.attached_path()
        self.session.run("observers", self.session.store.update_observer, identity_path="")
        self.keeper.forget()
        self.refresh()
        if not self.attached_path():
            self._say(fill(self.tr("Detached. The file %1 is still there; you can use it again "
                                   "at any time."), path), MUTED_STYLE)

    def _on_unlock_clicked(self) -> None:
        try:
            identity = unlock(self.session, self)
        except IdentityError as exc:
            self._say(message_text(exc), ERROR_STYLE)
            return
        except ObserverAppError as exc:  # it opened, but does not fit: show it anyway
            self.refresh()
            self._say(message_text(exc), ERROR_STYLE)
            return
        if identity is not None:
            self._say("")
        self.refresh()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.own_id.text())
        self._say(self.tr("Your observer id is copied: paste it into your message to your "
                          "coordinator."), MUTED_STYLE)

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None, reason: str = "") -> bool:
        """Shows the dialog; True when an identity is attached when it closes."""
        dialog = cls(session, parent, reason)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return bool(session.store.observer().identity_path)
