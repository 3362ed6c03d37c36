"""Identities: the organisation CA, issued and self-signed observer identities, passphrases."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtensionOID, NameOID

from observer_app import passphrase as passphrase_mod
from observer_app.errors import ObserverAppError
from observer_app.identity import (
    CA_CERT_FILE,
    CA_KEY_FILE,
    IdentityError,
    IdentityExistsError,
    IdentityNotFoundError,
    NotAnIdentityError,
    WrongPassphraseError,
    create_ca,
    create_self_signed_identity,
    issue_identity,
    load_ca,
    load_identity,
)
from observer_app.passphrase import (
    PassphraseError,
    for_ca_key,
    for_identity_file,
    get_passphrase,
)

OBSERVER_ID = "0e6c1f2a-7b1d-4c8e-9a55-3f2d1b0c9e77"
NAME = "Айгерим Бекова"
ORG = "Erkindik Kanaty"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """One CA and one identity it issued, shared by the tests that only read them."""
    root = tmp_path_factory.mktemp("pki")
    ca = create_ca(root / "ca", "ca-secret", org=ORG)
    p12 = root / "aigerim.p12"
    identity = issue_identity(root / "ca", "ca-secret", NAME, ORG, OBSERVER_ID.upper(), p12,
                              "observer-secret")
    return {"root": root, "ca": ca, "p12": p12, "identity": identity}


def name_attrs(name: x509.Name) -> dict[str, str]:
    return {a.oid.dotted_string: a.value for a in name}


def test_observer_certificate_fields(pki):
    cert = pki["identity"].certificate
    assert name_attrs(cert.subject) == {
        "2.5.4.3": NAME,                                  # CN
        "2.5.4.10": ORG,                                  # O
        "0.9.2342.19200300.100.1.1": OBSERVER_ID,         # UID, lower-case canonical form
    }
    assert cert.issuer == pki["ca"].certificate.subject
    key_usage = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE)
    assert key_usage.critical
    assert {k: getattr(key_usage.value, k) for k in (
        "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
        "key_agreement", "key_cert_sign", "crl_sign")} == {
        "digital_signature": True, "content_commitment": True, "key_encipherment": False,
        "data_encipherment": False, "key_agreement": False, "key_cert_sign": False,
        "crl_sign": False}
    with pytest.raises(x509.ExtensionNotFound):
        cert.extensions.get_extension_for_oid(ExtensionOID.EXTENDED_KEY_USAGE)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    public_key = cert.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    assert public_key.curve.name == "secp256r1"
    assert isinstance(cert.signature_hash_algorithm, hashes.SHA256)
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 2.99 < years < 3.01


def test_ca_certificate_has_no_online_lookups(pki):
    cert = pki["ca"].certificate
    assert cert.issuer == cert.subject
    assert name_attrs(cert.subject)["2.5.4.10"] == ORG
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign is True
    present = {ext.oid for ext in cert.extensions}
    assert ExtensionOID.AUTHORITY_INFORMATION_ACCESS not in present
    assert ExtensionOID.CRL_DISTRIBUTION_POINTS not in present
    assert isinstance(cert.public_key().curve, ec.SECP256R1)
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 9.99 < years < 10.01


def test_ca_key_is_encrypted_and_private(pki):
    key_file = pki["root"] / "ca" / CA_KEY_FILE
    assert key_file.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_ca(pki["root"] / "ca", "ca-secret").certificate == pki["ca"].certificate


def test_load_identity_round_trip(pki):
    loaded = load_identity(pki["p12"], "observer-secret")
    assert (loaded.observer_id, loaded.name, loaded.organisation) == (OBSERVER_ID, NAME, ORG)
    assert loaded.certificate == pki["identity"].certificate
    assert loaded.chain == [pki["ca"].certificate]
    assert loaded.key.public_key() == loaded.certificate.public_key()
    assert loaded.self_signed is False
    assert loaded.path == pki["p12"]
    assert loaded.describe() == f"{NAME} ({ORG}), observer {OBSERVER_ID}"


def test_wrong_passphrase(pki):
    with pytest.raises(WrongPassphraseError, match="passphrase does not open") as info:
        load_identity(pki["p12"], "not-it")
    assert (info.value.code, info.value.message.params) == (
        "identity.wrong_passphrase", {"path": str(pki["p12"])})
    assert str(info.value) == (
        f"The passphrase does not open the identity file {pki['p12']}; check it and try again.")
    with pytest.raises(WrongPassphraseError, match="passphrase does not open the CA key") as info:
        load_ca(pki["root"] / "ca", "not-it")
    assert (info.value.code, info.value.message.params) == (
        "identity.ca_wrong_passphrase", {"path": str(pki["root"] / "ca" / CA_KEY_FILE)})
    with pytest.raises(WrongPassphraseError):
        issue_identity(pki["root"] / "ca", "not-it", "X", None, None, pki["root"] / "x.p12", "pw")
    assert not (pki["root"] / "x.p12").exists()


def test_not_an_identity(pki, tmp_path):
    with pytest.raises(NotAnIdentityError, match="not an identity file") as info:
        load_identity(pki["root"] / "ca" / CA_CERT_FILE, "observer-secret")
    assert info.value.code == "identity.not_an_identity_file"
    assert str(info.value) == f"{pki['root'] / 'ca' / CA_CERT_FILE} is not an identity file (PKCS#12, .p12)."
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"\x30\x82\x01\x00" + bytes(300))
    with pytest.raises(NotAnIdentityError):
        load_identity(junk, "observer-secret")
    with pytest.raises(NotAnIdentityError) as info:
        load_identity(tmp_path, "observer-secret")  # a folder
    assert info.value.code == "identity.is_folder"


def test_missing_files(tmp_path):
    with pytest.raises(IdentityNotFoundError, match="does not exist") as info:
        load_identity(tmp_path / "nobody.p12", "pw")
    assert (info.value.code, str(info.value)) == (
        "identity.not_found", f"The identity file {tmp_path / 'nobody.p12'} does not exist.")
    with pytest.raises(IdentityNotFoundError, match="ca init"):
        load_ca(tmp_path / "no-ca", "pw")
    with pytest.raises(IdentityNotFoundError):
        issue_identity(tmp_path / "no-ca", "pw", "X", None, None, tmp_path / "x.p12", "pw")


def test_errors_are_observer_app_errors():
    for cls in (IdentityError, IdentityExistsError, IdentityNotFoundError, NotAnIdentityError,
                WrongPassphraseError, PassphraseError):
        assert issubclass(cls, ObserverAppError)


def test_refuses_to_overwrite_a_ca(pki):
    ca_dir = pki["root"] / "ca"
    before = {p.name: p.read_bytes() for p in ca_dir.iterdir()}
    with pytest.raises(IdentityExistsError, match="already holds a CA"):
        create_ca(ca_dir, "another")
    assert {p.name: p.read_bytes() for p in ca_dir.iterdir()} == before


def test_refuses_to_overwrite_an_identity(pki, tmp_path):
    existing = tmp_path / "existing.p12"
    existing.write_bytes(b"precious")
    with pytest.raises(IdentityExistsError, match="refusing to overwrite"):
        issue_identity(pki["ca"], None, "X", None, None, existing, "pw")
    with pytest.raises(IdentityExistsError):
        create_self_signed_identity("X", None, None, existing, "pw")
    assert existing.read_bytes() == b"precious"


def test_refuses_a_file_as_ca_folder(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(IdentityError, match="not a folder"):
        create_ca(tmp_path / "f", "pw")


def test_self_signed_identity(tmp_path):
    created = create_self_signed_identity(NAME, None, OBSERVER_ID, tmp_path / "me.p12", "pw")
    loaded = load_identity(tmp_path / "me.p12", "pw")
    cert = loaded.certificate
    assert cert.issuer == cert.subject
    assert name_attrs(cert.subject) == {"2.5.4.3": NAME, "0.9.2342.19200300.100.1.1": OBSERVER_ID}
    assert (loaded.observer_id, loaded.name, loaded.organisation, loaded.chain) == (
        OBSERVER_ID, NAME, None, [])
    assert loaded.self_signed and created.self_signed
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.content_commitment
    with pytest.raises(x509.ExtensionNotFound):
        cert.extensions.get_extension_for_oid(ExtensionOID.EXTENDED_KEY_USAGE)


def test_defaults_new_observer_id_and_ca_organisation(pki, tmp_path):
    identity = issue_identity(pki["ca"], None, "Bolat", None, None, tmp_path / "b.p12", "pw")
    assert identity.organisation == ORG
    assert len(identity.observer_id) == 36 and identity.observer_id != OBSERVER_ID
    assert identity.certificate.subject.get_attributes_for_oid(NameOID.USER_ID)[0].value == \
        identity.observer_id


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "  "}, "name must not be empty"),
    ({"observer_id": "not-a-uuid"}, "is not an observer id"),
    ({"passphrase": ""}, "empty one is refused"),
], ids=["empty-name", "bad-observer-id", "empty-passphrase"])
def test_refuses_bad_input(pki, tmp_path, kwargs, message):
    args = {"name": "Bolat", "org": None, "observer_id": None, "out_p12": tmp_path / "b.p12",
            "passphrase": "pw", **kwargs}
    with pytest.raises(IdentityError, match=message):
        issue_identity(pki["ca"], None, **args)
    assert not (tmp_path / "b.p12").exists()


@pytest.mark.parametrize("kwargs, code, n", [
    ({"name": "N" * 65}, "identity.name_too_long", 65),
    ({"org": "O" * 70}, "identity.organisation_too_long", 70),
], ids=["long-name", "long-org"])
def test_refuses_long_names(pki, tmp_path, kwargs, code, n):
    args = {"name": "Bolat", "org": None, "observer_id": None, "out_p12": tmp_path / "b.p12",
            "passphrase": "pw", **kwargs}
    with pytest.raises(IdentityError, match=f"is {n} characters long; certificates allow 64") as info:
        issue_identity(pki["ca"], None, **args)
    assert (info.value.code, info.value.message.params) == (code, {"n": n})
    with pytest.raises(IdentityError) as info:
        create_ca(tmp_path / "ca", "pw", name="C" * 80)
    assert str(info.value) == "The CA name is 80 characters long; certificates allow 64."


@pytest.mark.parametrize("make, code", [
    (lambda pki, d: issue_identity(pki["ca"], None, "Aigerim\nResult: valid", None, None, d / "b.p12",
                                   "pw"), "identity.name_control_characters"),
    (lambda pki, d: create_self_signed_identity("Aigerim\u202e", None, None, d / "b.p12", "pw"),
     "identity.name_control_characters"),
    (lambda pki, d: issue_identity(pki["ca"], None, "Aigerim", "Org\x1b[2J", None, d / "b.p12", "pw"),
     "identity.organisation_control_characters"),
    (lambda pki, d: create_ca(d / "ca", "pw", name="CA\r\nSigner: trusted"),
     "identity.ca_name_control_characters"),
], ids=["newline-in-name", "rtl-override-in-name", "escape-in-organisation", "newline-in-ca-name"])
def test_issue_11_new_identities_refuse_control_characters_in_names(pki, tmp_path, make, code):
    """Issue 11: a name with line breaks printed lines of its own wherever it was printed."""
    with pytest.raises(IdentityError) as info:
        make(pki, tmp_path)
    assert info.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_printable_writes_control_characters_as_escapes():
    from observer_app.identity import printable

    assert printable("Aigerim\nSigner: trusted\tx\x1b\u202e\u2028") == (
        "Aigerim\\nSigner: trusted\\tx\\x1b\\u202e\\u2028")
    assert printable("Айгерім Бекова\u00a0Ә") == "Айгерім Бекова\u00a0Ә"  # letters and spaces stay
    assert printable(printable("a\nb")) == printable("a\nb")


def test_bad_observer_id_is_quoted(pki, tmp_path):
    with pytest.raises(IdentityError) as info:
        issue_identity(pki["ca"], None, "Bolat", None, "not-a-uuid", tmp_path / "b.p12", "pw")
    assert info.value.code == "identity.bad_observer_id"
    assert str(info.value) == ("“not-a-uuid” is not an observer id: give a UUID such as "
                               "00000000-0000-0000-0000-000000001234.")


def test_validity_starts_before_now(pki):
    cert = pki["identity"].certificate
    now = dt.datetime.now(dt.timezone.utc)
    assert cert.not_valid_before_utc < now < cert.not_valid_after_utc


# --- passphrases ---------------------------------------------------------------------------

class FakeStdin(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__("")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("OBSERVER_APP_PASSPHRASE", raising=False)
    monkeypatch.delenv("OBSERVER_APP_CA_PASSPHRASE", raising=False)


def test_passphrase_file_first_line(tmp_path, monkeypatch):
    monkeypatch.setenv("OBSERVER_APP_PASSPHRASE", "from-env")
    f = tmp_path / "pw.txt"
    f.write_bytes("пароль with spaces \r\nsecond line\n".encode())
    assert get_passphrase("x", file=f) == "пароль with spaces "  # the file wins over the env


@pytest.mark.parametrize("content", ["", "\n"], ids=["empty-file", "empty-line"])
def test_passphrase_file_empty(tmp_path, content):
    f = tmp_path / "pw.txt"
    f.write_text(content)
    with pytest.raises(PassphraseError, match="empty"):
        get_passphrase("x", file=f)


def test_passphrase_file_missing(tmp_path):
    with pytest.raises(PassphraseError, match="does not exist"):
        get_passphrase("x", file=tmp_path / "nope")


def test_passphrase_env_order(no_env, monkeypatch):
    env = ("OBSERVER_APP_CA_PASSPHRASE", "OBSERVER_APP_PASSPHRASE")
    monkeypatch.setenv("OBSERVER_APP_PASSPHRASE", "general")
    assert get_passphrase("x", env=env) == "general"
    monkeypatch.setenv("OBSERVER_APP_CA_PASSPHRASE", "ca-only")
    assert get_passphrase("x", env=env) == "ca-only"
    assert get_passphrase("x") == "general"


def test_passphrase_without_terminal_says_how(no_env, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(tty=False))
    with pytest.raises(PassphraseError) as info:
        get_passphrase("the identity file a.p12")
    assert str(info.value) == (
        "A passphrase is needed for the identity file a.p12, and there is no terminal to ask "
        "for it: set OBSERVER_APP_PASSPHRASE, or give --passphrase-file FILE.")
    with pytest.raises(PassphraseError) as info:
        get_passphrase(for_ca_key("ca/ca.key.pem"),
                       env=("OBSERVER_APP_CA_PASSPHRASE", "OBSERVER_APP_PASSPHRASE"))
    assert info.value.code == "passphrase.no_terminal"
    assert info.value.message.params["purpose"].code == "passphrase.for_ca_key"
    assert str(info.value) == (
        "A passphrase is needed for the CA key ca/ca.key.pem, and there is no terminal to ask "
        "for it: set OBSERVER_APP_CA_PASSPHRASE or OBSERVER_APP_PASSPHRASE, or give "
        "--passphrase-file FILE.")
    with pytest.raises(PassphraseError, match="for the new identity file b.p12, and"):
        get_passphrase(for_identity_file("b.p12", new=True))


def test_passphrase_prompt_with_confirmation(no_env, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(tty=True))
    answers = iter(["typed", "typed"])
    prompts = []
    monkeypatch.setattr(passphrase_mod.getpass, "getpass",
                        lambda prompt: prompts.append(prompt) or next(answers))
    assert get_passphrase("the CA key", confirm=True) == "typed"
    assert prompts == ["Passphrase for the CA key: ", "The same passphrase again: "]


def test_passphrase_prompt_mismatch(no_env, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(tty=True))
    answers = iter(["one", "two"])
    monkeypatch.setattr(passphrase_mod.getpass, "getpass", lambda prompt: next(answers))
    with pytest.raises(PassphraseError, match="differ") as info:
        get_passphrase("the CA key", confirm=True)
    assert info.value.code == "passphrase.differ"


def test_a_long_cyrillic_name_with_a_patronymic_gets_an_identity_that_signs(pki, tmp_path):
    """41 characters, 79 bytes of UTF-8: cryptography's CN check counts bytes and refused it
    ("unexpected error"), though RFC 5280's bound of 64 counts characters."""
    from observer_app.identity import load_identity
    from observer_app.signing import sign_pdf, verify_pdf_bytes
    from tests.unit.test_signing import make_pdf

    name = "Екатерина Владимировна Смирнова-Черкасова"
    assert (len(name), len(name.encode("utf-8"))) == (41, 79)
    issued = issue_identity(pki["root"] / "ca", "ca-secret", name, ORG, None, tmp_path / "k.p12", "pw")
    identity = load_identity(tmp_path / "k.p12", "pw")
    assert identity.name == issued.name == name
    assert name_attrs(identity.certificate.subject)[NameOID.COMMON_NAME.dotted_string] == name
    signed = sign_pdf(make_pdf(), identity)
    result = verify_pdf_bytes(signed, [pki["ca"].certificate])
    assert result.ok, result.lines()
    assert name in "\n".join(result.lines())
