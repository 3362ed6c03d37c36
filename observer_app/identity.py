"""Observer identities: an organisation CA, observer certificates and keys in PKCS#12 files.

Keys are ECDSA P-256 (poppler's pdfsig, through NSS, rejects Ed25519 and brainpool keys).
Observer certificates carry subject CN = name, O = organisation, UID = observer id, key usage
digitalSignature + nonRepudiation and no extended key usage (poppler checks email-signing
usage). The CA certificate has no OCSP or CRL URLs: everything verifies offline.

The app stores where an identity is, never its passphrase.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message

CA_CERT_FILE = "ca.pem"
CA_KEY_FILE = "ca.key.pem"
CA_VALIDITY = dt.timedelta(days=3653)       # 10 years
OBSERVER_VALIDITY = dt.timedelta(days=1096)  # 3 years
# Certificates start a little in the past so that a laptop whose clock is slightly behind the
# issuer's can still use a certificate issued minutes ago.
BACKDATE = dt.timedelta(hours=1)
DEFAULT_CA_NAME = "Observer organisation CA"
CURVE = ec.SECP256R1


class IdentityError(ObserverAppError):
    """An identity or CA cannot be created, read or used."""


class IdentityNotFoundError(IdentityError):
    """The identity (PKCS#12) file or the CA folder does not exist."""


class NotAnIdentityError(IdentityError):
    """The file is not a PKCS#12 identity, or not one this app can use."""


class WrongPassphraseError(IdentityError):
    """The passphrase does not open the identity file or the CA key."""


class IdentityExistsError(IdentityError):
    """Creating an identity or a CA would overwrite an existing file."""


@dataclass(eq=False)
class Identity:
    """A loaded observer identity: key, certificate and the CA certificates above it.

    The signing code caches per Identity object, so load an identity once and reuse it.
    """

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)  # CA certificates, not the leaf
    observer_id: str = ""
    name: str = ""
    organisation: str | None = None
    path: Path | None = None

    @property
    def self_signed(self) -> bool:
        return self.certificate.issuer == self.certificate.subject

    @property
    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def describe(self) -> str:
        """'Name (Organisation), observer <uuid>' for messages (on one line, see printable)."""
        org = f" ({printable(self.organisation)})" if self.organisation else ""
        return f"{printable(self.name)}{org}, observer {printable(self.observer_id)}"


@dataclass(eq=False)
class CertificateAuthority:
    """An organisation CA loaded from its folder (ca.pem, ca.key.pem)."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    directory: Path

    @property
    def name(self) -> str:
        return _attr(self.certificate.subject, NameOID.COMMON_NAME) or ""

    @property
    def organisation(self) -> str | None:
        return _attr(self.certificate.subject, NameOID.ORGANIZATION_NAME)


# ---------------------------------------------------------------------------------------------
# Helpers

# Characters that are not text one can see: controls (a newline, an ANSI escape), formatting
# characters (a right-to-left override), line and paragraph separators, surrogates, unassigned.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Cn"})


def printable(text: str) -> str:
    """`text` fit to print among other lines: every character of _UNPRINTABLE written as its
    escape (\\n, \\x1b, \\u202e), so that a name from a certificate cannot print lines of
    its own ("Aigerim\\nResult: valid" stays one line). Idempotent; other text is unchanged."""
    if text.isprintable():
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in _UNPRINTABLE else c for c in text)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


_EMPTY_PASSPHRASE = {
    "ca": Message("identity.ca_passphrase_empty", QT_TRANSLATE_NOOP(
        "Messages", "A passphrase is needed to protect the CA key; an empty one is refused.")),
    "identity": Message("identity.passphrase_empty", QT_TRANSLATE_NOOP(
        "Messages",
        "A passphrase is needed to protect the identity file; an empty one is refused.")),
}


def _passphrase_bytes(passphrase: str | bytes | None, what: str) -> bytes:
    """The passphrase as bytes; `what` is "ca" (the CA key) or "identity" (an identity file)."""
    if passphrase is None or passphrase in ("", b""):
        raise IdentityError(_EMPTY_PASSPHRASE[what])
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    """The attribute's value, when the name holds exactly one (as the bundle verifier reads it:
    a certificate with two observer ids names none)."""
    values = name.get_attributes_for_oid(oid)
    if len(values) != 1:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def normalise_observer_id(observer_id: str | uuid.UUID | None) -> str:
    """The canonical lower-case form of an observer id; a new random one for None."""
    if observer_id is None:
        return str(uuid.uuid4())
    try:
        return str(observer_id if isinstance(observer_id, uuid.UUID) else uuid.UUID(str(observer_id)))
    except ValueError:
        raise IdentityError("identity.bad_observer_id", QT_TRANSLATE_NOOP(
            "Messages", "“{value}” is not an observer id: give a UUID such as {example}."),
            value=str(observer_id), example=str(uuid.UUID(int=0x1234))) from None


def _too_long(what: str, n: int) -> Message:
    """The refusal of a name longer than a certificate allows; `what` as for _clean_text."""
    if what == "name":
        return Message("identity.name_too_long", QT_TRANSLATE_NOOP(
            "Messages", "The observer's name is %n characters long; certificates allow 64.", None, 1),
            {"n": n})
    if what == "ca_name":
        return Message("identity.ca_name_too_long", QT_TRANSLATE_NOOP(
            "Messages", "The CA name is %n characters long; certificates allow 64.", None, 1), {"n": n})
    return Message("identity.organisation_too_long", QT_TRANSLATE_NOOP(
        "Messages", "The organisation is %n characters long; certificates allow 64.", None, 1), {"n": n})


def _unprintable(what: str) -> Message:
    """The refusal of a name with a line break or another control character in it."""
    if what == "name":
        return Message("identity.name_control_characters", QT_TRANSLATE_NOOP(
            "Messages", "The observer's name must not contain line breaks or other control "
            "characters."))
    if what == "ca_name":
        return Message("identity.ca_name_control_characters", QT_TRANSLATE_NOOP(
            "Messages", "The CA name must not contain line breaks or other control characters."))
    return Message("identity.organisation_control_characters", QT_TRANSLATE_NOOP(
        "Messages", "The organisation must not contain line breaks or other control characters."))


def _clean_text(value: str | None, what: str, *, required: bool) -> str | None:
    """`value` stripped, None when empty; `what` is "name" (the observer's name, the only
    required one), "ca_name" or "organisation". A new certificate's names are text one can see:
    a line break in a name would print lines of its own wherever the name is printed."""
    value = (value or "").strip()
    if not value:
        if required:
            raise IdentityError("identity.name_empty", QT_TRANSLATE_NOOP(
                "Messages", "The observer's name must not be empty."))
        return None
    if printable(value) != value:
        raise IdentityError(_unprintable(what))
    if len(value) > 64:
        raise IdentityError(_too_long(what, len(value)))
    return value


def check_new_file(path: str | os.PathLike, what: str = "it") -> None:
    """Refuse (IdentityExistsError) if ``path`` exists; check before asking for passphrases.
    ``what`` is "an identity" for an identity file, else the sentence says "it"."""
    path = Path(path)
    if not path.exists():
        return
    if what == "an identity":
        raise IdentityExistsError("identity.would_overwrite_identity", QT_TRANSLATE_NOOP(
            "Messages", "{path} already exists; refusing to overwrite an identity. Choose another "
            "path or move the existing file away first."), path=str(path))
    raise IdentityExistsError("identity.would_overwrite", QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists; refusing to overwrite it. Choose another path or "
        "move the existing file away first."), path=str(path))


def check_new_ca_dir(out_dir: str | os.PathLike) -> None:
    """Refuse a folder that is a file or already holds a CA (ca.pem or ca.key.pem)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise IdentityError("identity.ca_folder_is_file", QT_TRANSLATE_NOOP(
            "Messages", "{path} is a file, not a folder; give a folder for the CA."),
            path=str(out_dir))
    if (out_dir / CA_CERT_FILE).exists() or (out_dir / CA_KEY_FILE).exists():
        raise IdentityExistsError("identity.ca_exists", QT_TRANSLATE_NOOP(
            "Messages", "{path} already holds a CA; refusing to overwrite it. Give another folder."),
            path=str(out_dir))


PRIVATE_MODE = 0o600  # keys and identity files: the owner only
PUBLIC_MODE = 0o644   # certificates meant to be handed out (ca.pem)


def _write_new(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Write a file that must not exist yet: owner-readable only unless `mode` says otherwise
    (a public certificate is readable by all, whatever the umask, like the app's exports)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        raise IdentityExistsError("identity.file_exists", QT_TRANSLATE_NOOP(
            "Messages", "{path} already exists; refusing to overwrite it."), path=str(path)) from None
    except OSError as exc:
        raise IdentityError(_cannot_write(path, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode != PRIVATE_MODE:
            os.chmod(path, mode)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise IdentityError(_cannot_write(path, exc)) from exc


def _cannot_write(path: Path, exc: OSError) -> Message:
    return Message("identity.cannot_write", QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {path}: {reason}."),
        {"path": str(path), "reason": str(exc.strerror or exc)})


def _cannot_read(path: Path, exc: OSError) -> Message:
    return Message("identity.cannot_read", QT_TRANSLATE_NOOP(
        "Messages", "Cannot read {path}: {reason}."),
        {"path": str(path), "reason": str(exc.strerror or exc)})


def _ski(public_key: ec.EllipticCurvePublicKey) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(public_key)


# cryptography warns, on every certificate it reads, about a CN longer than 64 bytes of UTF-8;
# RFC 5280's bound counts characters, and such names are ordinary here (see _common_name).
warnings.filterwarnings("ignore", message="Attribute's length must be", category=UserWarning)


def _common_name(name: str) -> x509.NameAttribute:
    """The CN attribute of a name of at most 64 characters (RFC 5280's bound counts characters:
    a Russian or Kazakh full name with a patronymic is often more than 64 bytes of UTF-8, which
    cryptography's own check, counting bytes, would refuse)."""
    if len(name.encode("utf-8")) <= 64:
        return x509.NameAttribute(NameOID.COMMON_NAME, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return x509.NameAttribute(NameOID.COMMON_NAME, name, _validate=False)


def _observer_subject(name: str, org: str | None, observer_id: str) -> x509.Name:
    attrs = [_common_name(name)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.USER_ID, observer_id))
    return x509.Name(attrs)


_OBSERVER_KEY_USAGE = x509.KeyUsage(
    digital_signature=True, content_commitment=True, key_encipherment=False,
    data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
    encipher_only=False, decipher_only=False)


def _observer_certificate(subject: x509.Name, public_key: ec.EllipticCurvePublicKey,
                          issuer: x509.Name, issuer_key: ec.EllipticCurvePrivateKey,
                          now: dt.datetime) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + OBSERVER_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_OBSERVER_KEY_USAGE, critical=True)
        .add_extension(_ski(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


def _pkcs12_bytes(key: ec.EllipticCurvePrivateKey, cert: x509.Certificate,
                  chain: list[x509.Certificate], passphrase: bytes, friendly_name: str) -> bytes:
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(100_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase)
    )
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), key, cert, chain or None, encryption)


# ---------------------------------------------------------------------------------------------
# The organisation CA


def create_ca(out_dir: str | os.PathLike, passphrase: str | bytes, *, name: str | None = None,
              org: str | None = None) -> CertificateAuthority:
    """Create an organisation CA: ``out_dir/ca.pem`` and the encrypted ``out_dir/ca.key.pem``.

    The folder is created if needed; a folder that already holds a CA is refused.
    """
    out_dir = Path(out_dir)
    secret = _passphrase_bytes(passphrase, "ca")
    org = _clean_text(org, "organisation", required=False)
    name = _clean_text(name, "ca_name", required=False) or (
        f"{org} observer CA" if org and len(org) <= 52 else DEFAULT_CA_NAME)
    cert_path, key_path = out_dir / CA_CERT_FILE, out_dir / CA_KEY_FILE
    check_new_ca_dir(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IdentityError("identity.cannot_create_folder", QT_TRANSLATE_NOOP(
            "Messages", "Cannot create the folder {path}: {reason}."),
            path=str(out_dir), reason=str(exc.strerror or exc)) from exc

    key = ec.generate_private_key(CURVE())
    attrs = [_common_name(name)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    subject = x509.Name(attrs)
    now = _utcnow()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(_ski(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(secret))
    _write_new(key_path, key_pem)
    try:
        _write_new(cert_path, cert.public_bytes(serialization.Encoding.PEM), PUBLIC_MODE)
    except IdentityError:
        key_path.unlink(missing_ok=True)
        raise
    return CertificateAuthority(key=key, certificate=cert, directory=out_dir)


def load_ca_certificate(path: str | os.PathLike) -> x509.Certificate:
    """A CA certificate from a PEM or DER file, or from a CA folder (its ca.pem)."""
    path = Path(path)
    if path.is_dir():
        path = path / CA_CERT_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IdentityNotFoundError("identity.no_certificate_file", QT_TRANSLATE_NOOP(
            "Messages", "The certificate file {path} does not exist."), path=str(path)) from None
    except OSError as exc:
        raise IdentityError(_cannot_read(path, exc)) from exc
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise NotAnIdentityError("identity.not_a_certificate", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a certificate (expected a PEM or DER file such as ca.pem)."),
            path=str(path)) from None


def trust_anchor_pems(path: str | os.PathLike | None) -> list[bytes] | None:
    """The trust anchors a bundle check takes, from a --trust CA file or folder (None: none)."""
    if path is None:
        return None
    return [load_ca_certificate(path).public_bytes(serialization.Encoding.PEM)]


def load_ca(ca_dir: str | os.PathLike, passphrase: str | bytes) -> CertificateAuthority:
    """Load the CA in ``ca_dir`` (ca.pem and ca.key.pem) with the CA key's passphrase."""
    ca_dir = Path(ca_dir)
    cert_path, key_path = ca_dir / CA_CERT_FILE, ca_dir / CA_KEY_FILE
    if not ca_dir.is_dir():
        raise IdentityNotFoundError("identity.no_ca_folder", QT_TRANSLATE_NOOP(
            "Messages", "The CA folder {path} does not exist; create one with "
            "'observer-app ca init'."), path=str(ca_dir))
    for p in (cert_path, key_path):
        if not p.is_file():
            raise IdentityNotFoundError("identity.not_a_ca_folder", QT_TRANSLATE_NOOP(
                "Messages", "{path} is not a CA folder: {file} is missing."),
                path=str(ca_dir), file=p.name)
    cert = load_ca_certificate(cert_path)
    secret = _passphrase_bytes(passphrase, "ca")
    try:
        key_data = key_path.read_bytes()
    except OSError as exc:
        raise IdentityError(_cannot_read(key_path, exc)) from exc
    try:
        key = serialization.load_pem_private_key(key_data, password=secret)
    except TypeError:  # the key is not encrypted at all
        raise NotAnIdentityError("identity.ca_key_not_encrypted", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an encrypted CA key."), path=str(key_path)) from None
    except (ValueError, UnsupportedAlgorithm):
        if b"ENCRYPTED PRIVATE KEY" in key_data:
            raise WrongPassphraseError("identity.ca_wrong_passphrase", QT_TRANSLATE_NOOP(
                "Messages", "The passphrase does not open the CA key {path}; check it and "
                "try again."), path=str(key_path)) from None
        raise NotAnIdentityError("identity.ca_key_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a CA key this app can read."), path=str(key_path)) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, CURVE):
        raise NotAnIdentityError("identity.ca_key_not_p256", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an ECDSA P-256 key."), path=str(key_path))
    if key.public_key() != cert.public_key():
        raise NotAnIdentityError("identity.ca_key_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "{path} does not belong to the certificate {certificate}."),
            path=str(key_path), certificate=str(cert_path))
    return CertificateAuthority(key=key, certificate=cert, directory=ca_dir)


# ---------------------------------------------------------------------------------------------
# Observer identities


def issue_identity(ca_dir: str | os.PathLike | CertificateAuthority,
                   ca_passphrase: str | bytes | None, name: str, org: str | None,
                   observer_id: str | uuid.UUID | None, out_p12: str | os.PathLike,
                   passphrase: str | bytes) -> Identity:
    """Issue an observer a key and certificate from the CA in ``ca_dir`` (or an already loaded
    CertificateAuthority, then ``ca_passphrase`` is unused), written as a passphrase-protected
    PKCS#12 file. ``org`` None means the CA's organisation; an ``observer_id`` of None makes a
    new random one."""
    out_p12 = Path(out_p12)
    name = _clean_text(name, "name", required=True)
    observer_id = normalise_observer_id(observer_id)
    secret = _passphrase_bytes(passphrase, "identity")
    check_new_file(out_p12, "an identity")
    ca = ca_dir if isinstance(ca_dir, CertificateAuthority) else load_ca(ca_dir, ca_passphrase)
    org = _clean_text(org, "organisation", required=False) if org is not None else ca.organisation
    key = ec.generate_private_key(CURVE())
    cert = _observer_certificate(_observer_subject(name, org, observer_id), key.public_key(),
                                 ca.certificate.subject, ca.key, _utcnow())
    _write_new(out_p12, _pkcs12_bytes(key, cert, [ca.certificate], secret, name))
    return Identity(key=key, certificate=cert, chain=[ca.certificate], observer_id=observer_id,
                    name=name, organisation=org, path=out_p12)


def create_self_signed_identity(name: str, org: str | None, observer_id: str | uuid.UUID | None,
                                out_p12: str | os.PathLike, passphrase: str | bytes) -> Identity:
    """A self-signed identity for an observer without an organisation CA. Its signatures
    verify as "intact, signer not verified"."""
    out_p12 = Path(out_p12)
    name = _clean_text(name, "name", required=True)
    org = _clean_text(org, "organisation", required=False)
    observer_id = normalise_observer_id(observer_id)
    secret = _passphrase_bytes(passphrase, "identity")
    check_new_file(out_p12, "an identity")
    key = ec.generate_private_key(CURVE())
    subject = _observer_subject(name, org, observer_id)
    cert = _observer_certificate(subject, key.public_key(), subject, key, _utcnow())
    _write_new(out_p12, _pkcs12_bytes(key, cert, [], secret, name))
    return Identity(key=key, certificate=cert, chain=[], observer_id=observer_id, name=name,
                    organisation=org, path=out_p12)


def _holder(identity: Identity) -> str | Message:
    """Whose identity it is, as messages name them."""
    holder = identity.name or _attr(identity.certificate.subject, NameOID.COMMON_NAME)
    return printable(holder) if holder else Message(
        "identity.unknown_holder", QT_TRANSLATE_NOOP("Messages", "unknown"))


def check_observer(identity: Identity, observer_id: str) -> None:
    """Refuses an identity of another observer than `observer_id` (its certificate's UID)."""
    uid = _attr(identity.certificate.subject, NameOID.USER_ID)
    if identity.observer_id != observer_id or uid != observer_id:
        raise IdentityError(
            "identity.other_observer", QT_TRANSLATE_NOOP(
                "Messages", "The identity of {who} belongs to observer {uid}, but this database is "
                "kept by observer {observer}; sign its files with the identity issued for observer "
                "{observer}."), who=_holder(identity),
            uid=printable(str(uid or identity.observer_id)), observer=observer_id)


def check_signs_for(identity: Identity, observer_id: str) -> None:
    """Refuses an identity that cannot sign the files (summaries, bundles) of the database kept
    by `observer_id`: another observer's, a key that is not the certificate's or not P-256, a
    certificate not valid now."""
    check_observer(identity, observer_id)
    cert = identity.certificate
    who = _holder(identity)
    if not isinstance(identity.key, ec.EllipticCurvePrivateKey) or not isinstance(
            identity.key.curve, ec.SECP256R1):
        raise IdentityError("identity.cannot_sign_not_p256", QT_TRANSLATE_NOOP(
            "Messages", "The identity of {who} has no ECDSA P-256 key; signatures need one."), who=who)
    if identity.key.public_key().public_numbers() != cert.public_key().public_numbers():
        raise IdentityError("identity.cannot_sign_key_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "In the identity of {who} the key does not belong to the certificate."),
            who=who)
    now = _utcnow()
    if now < cert.not_valid_before_utc:
        raise IdentityError("identity.not_yet_valid", QT_TRANSLATE_NOOP(
            "Messages", "The certificate of {who} is valid only from {start} UTC; check the "
            "laptop's clock."), who=who, start=f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M}")
    if now > cert.not_valid_after_utc:
        raise IdentityError("identity.expired", QT_TRANSLATE_NOOP(
            "Messages", "The certificate of {who} expired on {date}; ask the organisation for a "
            "new identity."), who=who, date=f"{cert.not_valid_after_utc:%Y-%m-%d}")


def _same_name(a: str, b: str) -> bool:
    """Whether two ways of writing a name are the same name: spaces, letter case and Unicode
    composition (й as one character or as и + breve) aside."""
    def key(text: str) -> str:
        return unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    return key(a) == key(b)


def name_on_documents(identity: Identity, profile_name: str | None) -> str:
    """The observer's name that a document signed with `identity` prints: the certificate's
    (CN), whatever the profile says. An empty profile name takes it; a profile name that is
    another name is refused with both, so that nothing signed says two things about its signer."""
    if profile_name and profile_name.strip() and not _same_name(profile_name, identity.name):
        raise IdentityError("identity.profile_name_differs", QT_TRANSLATE_NOOP(
            "Messages", "The profile's name “{profile}” is not the name in the certificate, "
            "“{certificate}”: a signed document names its signer as the certificate does. Change "
            "the profile's name to “{certificate}”, or sign with the identity issued to "
            "“{profile}”."), profile=printable(profile_name.strip()),
            certificate=printable(identity.name))
    return identity.name


def _is_pkcs12(data: bytes) -> bool:
    """Whether the bytes are structurally a PKCS#12 file (to tell a wrong passphrase apart)."""
    try:
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data", "signed_data")
    except Exception:  # noqa: BLE001 - anything unparsable is simply "not a PKCS#12"
        return False


def identity_from_certificate(key, cert: x509.Certificate, chain: list[x509.Certificate],
                              source: str) -> Identity:
    """Check key and certificate and read the observer's name, organisation and id.
    ``source``: the identity file, as messages name it."""
    source = str(source)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, CURVE):
        raise NotAnIdentityError("identity.not_p256", QT_TRANSLATE_NOOP(
            "Messages", "{path} does not hold an ECDSA P-256 key, which this app needs for "
            "signatures that every PDF reader checks."), path=source)
    if key.public_key() != cert.public_key():
        raise NotAnIdentityError("identity.key_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "In {path} the key does not belong to the certificate."), path=source)
    observer_id = _attr(cert.subject, NameOID.USER_ID)
    name = _attr(cert.subject, NameOID.COMMON_NAME)
    if not observer_id or not name:
        raise NotAnIdentityError("identity.not_an_observer", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an observer identity: its certificate has no observer id "
            "(UID) or no name (CN)."), path=source)
    try:
        observer_id = str(uuid.UUID(observer_id))
    except ValueError:
        raise NotAnIdentityError("identity.uid_not_uuid", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an observer identity: its UID “{uid}” is not a UUID."),
            path=source, uid=observer_id) from None
    return Identity(key=key, certificate=cert, chain=list(chain), observer_id=observer_id,
                    name=name, organisation=_attr(cert.subject, NameOID.ORGANIZATION_NAME))


def load_identity(path: str | os.PathLike, passphrase: str | bytes | None) -> Identity:
    """Load an observer identity from a PKCS#12 file.

    Raises IdentityNotFoundError, NotAnIdentityError or WrongPassphraseError, each with a
    sentence that says what to do.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IdentityNotFoundError("identity.not_found", QT_TRANSLATE_NOOP(
            "Messages", "The identity file {path} does not exist."), path=str(path)) from None
    except IsADirectoryError:
        raise NotAnIdentityError("identity.is_folder", QT_TRANSLATE_NOOP(
            "Messages", "{path} is a folder, not an identity (.p12) file."),
            path=str(path)) from None
    except OSError as exc:
        raise IdentityError("identity.unreadable", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read the identity file {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    if not _is_pkcs12(data):
        raise NotAnIdentityError("identity.not_an_identity_file", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not an identity file (PKCS#12, .p12)."), path=str(path))
    secret = None
    if passphrase not in (None, "", b""):
        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    try:
        loaded = pkcs12.load_pkcs12(data, secret)
    except ValueError:
        raise WrongPassphraseError("identity.wrong_passphrase", QT_TRANSLATE_NOOP(
            "Messages", "The passphrase does not open the identity file {path}; check it and "
            "try again."), path=str(path)) from None
    except UnsupportedAlgorithm:
        raise NotAnIdentityError("identity.unsupported_encryption", QT_TRANSLATE_NOOP(
            "Messages", "{path} is encrypted with an algorithm this app cannot read."),
            path=str(path)) from None
    if loaded.key is None or loaded.cert is None:
        raise NotAnIdentityError("identity.incomplete", QT_TRANSLATE_NOOP(
            "Messages", "{path} does not hold both a key and a certificate."), path=str(path))
    chain = [c.certificate for c in loaded.additional_certs]
    identity = identity_from_certificate(loaded.key, loaded.cert.certificate, chain,
                                         source=str(path))
    identity.path = path
    return identity


def peek_certificate(path: str | Path) -> x509.Certificate | None:
    """The observer's certificate from a PKCS#12 file without its passphrase, where the file
    keeps it unencrypted (some tools do); None when it is encrypted (this app's files are) or
    the file cannot be read. The key is never touched.
    """
    try:
        from asn1crypto import cms as asn1_cms
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(Path(path).read_bytes())
        if pfx["auth_safe"]["content_type"].native != "data":
            return None
        found: list[x509.Certificate] = []
        for info in pfx.authenticated_safe:
            if not isinstance(info, asn1_cms.ContentInfo) or info["content_type"].native != "data":
                continue  # encrypted: needs the passphrase
            for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
                if bag["bag_id"].native != "cert_bag":
                    continue
                cert_bag = bag["bag_value"]
                if cert_bag["cert_id"].native == "x509":
                    found.append(x509.load_der_x509_certificate(cert_bag["cert_value"].parsed.dump()))
    except Exception:  # noqa: BLE001 - a file we cannot peek into simply shows less
        return None
    # The observer's own certificate is the one with an observer id; CA certificates have none.
    for cert in found:
        if _attr(cert.subject, NameOID.USER_ID):
            return cert
    return found[0] if found else None
