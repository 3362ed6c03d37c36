"""PDF signing and verification: pyHanko's validator, tamper cases, and poppler's pdfsig."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import subprocess
import uuid
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import async_validate_detached_cms, validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1
from pyhanko.sign.signers import pdf_signer as pyhanko_pdf_signer

from observer_app.identity import (
    Identity,
    create_ca,
    create_self_signed_identity,
    identity_from_certificate,
    issue_identity,
)
from observer_app.signing import (
    PdfVerification,
    SigningError,
    VerificationError,
    pyhanko_signer,
    sign_detached_cms,
    sign_pdf,
    verify_pdf,
    verify_pdf_bytes,
)

OBSERVER_ID = "0e6c1f2a-7b1d-4c8e-9a55-3f2d1b0c9e77"
NAME = "Aigerim Bekova"
ORG = "Erkindik Kanaty"
CA_NAME = "Erkindik Kanaty observer CA"
TITLE = b"Observer summary"


# --- helpers, also used by tests/test_cli_identity.py -----------------------------------------

def make_pdf(pages: int = 2) -> bytes:
    """A small, byte-identical reportlab PDF."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    buf = BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1, title=TITLE.decode(), author=NAME)
    style = getSampleStyleSheet()["Normal"]
    story = []
    for page in range(pages):
        story += [Paragraph(f"Polling station 17, page {page + 1}", style),
                  Paragraph("Ballots received 1200, issued 800, cancelled 400.", style)]
        if page < pages - 1:
            story.append(PageBreak())
    doc.build(story)
    return buf.getvalue()


def append_incremental_update(signed: bytes) -> bytes:
    """What an editor does when it saves a change: an incremental update after the signature."""
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    writer.root["/Lang"] = generic.TextStringObject("ru")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(signed)
    return out.getvalue()


def flip_byte(data: bytes, marker: bytes, offset: int = 0) -> bytes:
    """Change one byte (the one ``offset`` bytes into the first ``marker``)."""
    at = data.index(marker) + offset
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]


def signed_range_contains(signed: bytes, index: int) -> bool:
    sig = PdfFileReader(BytesIO(signed)).embedded_signatures[0]
    _, len1, start2, len2 = (int(x) for x in sig.byte_range)
    return index < len1 or start2 <= index < start2 + len2


def make_pki(root: Path) -> dict:
    """CA 1 with its observer; CA 2 with the same names; a self-signed observer."""
    ca1 = create_ca(root / "ca1", "ca-pw", org=ORG)
    ca2 = create_ca(root / "ca2", "ca-pw", org=ORG)
    assert ca1.certificate.subject == ca2.certificate.subject  # the same name, another key
    return {
        "ca1": ca1, "ca2": ca2,
        "observer": issue_identity(ca1, None, NAME, ORG, OBSERVER_ID, root / "obs.p12", "pw"),
        "impostor": issue_identity(ca2, None, NAME, ORG, OBSERVER_ID, root / "imp.p12", "pw"),
        "self": create_self_signed_identity(NAME, None, OBSERVER_ID, root / "self.p12", "pw"),
    }


UTC = dt.timezone.utc
# What a certificate's name can hold when someone forged the certificate: lines of its own.
FAKE_LINES_NAME = "Aigerim\nSigner: trusted\nResult: valid"


def forge_ca(root: Path, *, name: str = CA_NAME, valid_from: dt.datetime | None = None,
             valid_until: dt.datetime | None = None) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey, Path]:
    """A CA made with cryptography alone (any validity): its certificate, its key, its ca.pem."""
    now = dt.datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(valid_from or now - dt.timedelta(days=3650))
            .not_valid_after(valid_until or now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    root.mkdir(parents=True, exist_ok=True)
    pem = root / "ca.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key, pem


def forge_identity(ca, *, name: str = NAME, observer_id: str = OBSERVER_ID,
                   valid_from: dt.datetime | None = None,
                   valid_until: dt.datetime | None = None) -> Identity:
    """An observer identity issued by a forged CA (forge_ca), with whatever name and validity
    issue_identity would refuse: a name with line breaks, a certificate already expired."""
    ca_cert, ca_key, _ = ca
    now = dt.datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
                         x509.NameAttribute(NameOID.USER_ID, observer_id)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(valid_from or now - dt.timedelta(hours=1))
            .not_valid_after(valid_until or now + dt.timedelta(days=1096))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    return identity_from_certificate(key, cert, [ca_cert], source="forged")


def freeze_signing_clock(monkeypatch, moment: dt.datetime) -> None:
    """pyHanko signs as if its clock said `moment` (the signing time a PDF claims)."""
    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return moment.astimezone(tz) if tz is not None else moment.replace(tzinfo=None)

    monkeypatch.setattr(pyhanko_pdf_signer, "datetime", Frozen)


def stating(pdf: bytes, **entries: str) -> bytes:
    """The PDF with its document information stating `entries` (observer_id=..., station=...),
    as another tool would write them: an incremental update, before anyone signs."""
    from observer_app.export.pdf_text import STATED_OBSERVER_KEY, STATED_STATION_KEY

    keys = {"observer_id": STATED_OBSERVER_KEY, "station": STATED_STATION_KEY}
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    info = writer.trailer["/Info"]
    for what, value in entries.items():
        info[generic.NameObject("/" + keys[what])] = generic.TextStringObject(value)
    writer.mark_update(writer.trailer.raw_get("/Info"))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_with_pyhanko(pdf: bytes, identity: Identity) -> bytes:
    """Signed the way an attacker would: pyHanko itself, with a real identity, not sign_pdf."""
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        certify=True, docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    signer = pyhanko_signer(identity)
    return signers.PdfSigner(meta, signer).sign_pdf(
        IncrementalPdfFileWriter(BytesIO(pdf)), bytes_reserved=signer.reserve).getvalue()


# --- fixtures -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def unsigned():
    return make_pdf()


@pytest.fixture(scope="module")
def signed(pki, unsigned):
    return sign_pdf(unsigned, pki["observer"], location="Almaty")


@pytest.fixture(scope="module")
def files(tmp_path_factory, pki, unsigned, signed):
    """Every case as a file on disk, for verify_pdf and pdfsig."""
    d = tmp_path_factory.mktemp("pdfs")
    cases = {
        "signed": signed,
        "incremental": append_incremental_update(signed),
        "appended-bytes": signed + b"\n% a comment added after signing\n",
        "flipped-title": flip_byte(signed, TITLE, 9),
        "flipped-stream": flip_byte(signed, b"stream\n", 40),
        "flipped-reason": flip_byte(signed, b"signed record", 8),
        "impostor": sign_pdf(unsigned, pki["impostor"]),
        "self-signed": sign_pdf(unsigned, pki["self"]),
        "unsigned": unsigned,
    }
    paths = {}
    for name, data in cases.items():
        paths[name] = d / f"{name}.pdf"
        paths[name].write_bytes(data)
    paths["ca1"] = pki["ca1"].directory / "ca.pem"
    paths["ca2"] = pki["ca2"].directory / "ca.pem"
    return paths


def validation_context(*cas):
    return ValidationContext(
        trust_roots=[translate_pyca_cryptography_cert_to_asn1(ca.certificate) for ca in cas],
        allow_fetching=False)


# --- signing --------------------------------------------------------------------------------

def test_pyhanko_says_intact_valid_trusted(pki, signed):
    reader = PdfFileReader(BytesIO(signed))
    assert len(reader.embedded_signatures) == 1
    sig = reader.embedded_signatures[0]
    status = validate_pdf_signature(sig, validation_context(pki["ca1"]))
    assert (status.intact, status.valid, status.trusted, status.bottom_line) == (
        True, True, True, True)
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.md_algorithm == "sha256"
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert sig.docmdp_level == fields.MDPPerm.NO_CHANGES           # certification, no changes
    assert sig.sig_object["/Location"] == "Almaty"
    assert status.timestamp_validity is None                       # offline: no timestamp
    assert status.signing_cert.subject.native["common_name"] == NAME


def test_signature_is_invisible_and_signed_last(signed, unsigned):
    assert signed.startswith(unsigned)  # an incremental update on top of the finished PDF
    reader = PdfFileReader(BytesIO(signed))
    field = reader.embedded_signatures[0].sig_field
    assert [float(x) for x in field["/Rect"]] == [0, 0, 0, 0]


def test_signer_is_cached_per_identity(pki):
    assert pyhanko_signer(pki["observer"]) is pyhanko_signer(pki["observer"])
    assert pyhanko_signer(pki["observer"]) is not pyhanko_signer(pki["self"])


def test_refuses_what_is_not_a_pdf(pki):
    with pytest.raises(SigningError, match="cannot be signed"):
        sign_pdf(b"not a pdf at all", pki["observer"])


def test_visible_stamp_with_cyrillic(pki, unsigned):
    pytest.importorskip("uharfbuzz", reason="pyHanko's opentype extra is not installed")
    pytest.importorskip("fontTools", reason="pyHanko's opentype extra is not installed")
    out = sign_pdf(unsigned, pki["self"], visible_box=(350, 40, 550, 90))
    assert verify_pdf_bytes(out).ok


def test_visible_stamp_without_opentype_extra_is_a_clear_error(pki, unsigned):
    try:
        import fontTools  # noqa: F401
        import uharfbuzz  # noqa: F401
    except ImportError:
        with pytest.raises(SigningError, match="opentype"):
            sign_pdf(unsigned, pki["self"], visible_box=(350, 40, 550, 90))
    else:
        pytest.skip("pyHanko's opentype extra is installed")


def test_detached_cms_for_bundles(pki):
    data = b'{"format_version": 1}'
    der = sign_detached_cms(data, pki["observer"])
    signed_data = cms.ContentInfo.load(der)["content"]
    status = asyncio.run(async_validate_detached_cms(data, signed_data,
                                               signer_validation_context=validation_context(pki["ca1"])))
    assert (status.intact, status.valid, status.trusted) == (True, True, True)
    status = asyncio.run(async_validate_detached_cms(data + b" ", signed_data,
                                               signer_validation_context=validation_context(pki["ca1"])))
    assert status.intact is False


# --- verification ---------------------------------------------------------------------------

def texts(result: PdfVerification) -> list[str]:
    """The reasons as the command line prints them (English)."""
    return [str(reason) for reason in result.reasons]


def codes(result: PdfVerification) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_verify_trusted(files, pki):
    result = verify_pdf(files["signed"], files["ca1"])
    assert result.signing_time is not None
    assert result.checked_at is not None
    certificate = pki["observer"].certificate
    assert result == PdfVerification(
        path=files["signed"], signer_name=NAME, observer_id=OBSERVER_ID, organisation=ORG,
        signing_time=result.signing_time, intact=True, covers_whole_file=True, trusted=True,
        ok=True, reasons=[], self_signed=False, certified_no_changes=True, signature_count=1,
        trust_label=str(files["ca1"]), chain_leads_to_trust=True,
        stated_observer_id=OBSERVER_ID, station_code=None,
        valid_from=certificate.not_valid_before_utc, valid_until=certificate.not_valid_after_utc,
        checked_at=result.checked_at)
    lines = result.lines()
    assert lines[1] == f"Signer: {NAME} ({ORG}), observer {OBSERVER_ID}"
    assert lines[2].startswith("Signed at: ") and lines[2].endswith(" UTC")
    assert lines[3:] == [
        "Signature: intact",
        "Covers the whole file: yes",
        "Changes allowed after signing: none (certified)",
        f"Observer named in the document: {OBSERVER_ID} (the signer's)",
        "Station: none (not a station summary)",
        f"Signer: trusted (chain leads to {files['ca1']})",
        "Result: valid",
    ]


def test_verify_without_trust_is_ok_but_not_verified(files):
    result = verify_pdf(files["signed"])
    assert (result.intact, result.covers_whole_file, result.trusted, result.ok, result.reasons) == (
        True, True, None, True, [])
    assert result.lines()[-2:] == ["Signer: not verified (no --trust given)",
                                   "Result: intact; signer NOT verified (no --trust)"]


def test_issue_11_a_rogue_ca_with_the_organisations_name_is_not_called_valid(files):
    """Issue 11: without --trust, a PDF signed by another CA of the same name printed
    "Result: valid". The result line says what was proven: intact, the signer not verified."""
    result = verify_pdf(files["impostor"])
    assert (result.ok, result.trusted, result.reasons) == (True, None, [])
    assert result.lines()[-1] == "Result: intact; signer NOT verified (no --trust)"
    assert "Result: valid" not in result.lines()
    assert verify_pdf(files["self-signed"]).lines()[-1] == (
        "Result: intact; signer NOT verified (self-signed certificate)")


def test_trust_may_be_the_ca_folder(files):
    assert verify_pdf(files["signed"], files["ca1"].parent).trusted is True


def test_self_signed_is_intact_not_verified(files):
    result = verify_pdf(files["self-signed"])
    assert (result.intact, result.covers_whole_file, result.trusted, result.ok, result.reasons) == (
        True, True, None, True, [])
    assert result.self_signed is True
    assert "Signer: not verified (self-signed certificate)" in result.lines()


def test_self_signed_with_trust_fails(files):
    result = verify_pdf(files["self-signed"], files["ca1"])
    assert (result.intact, result.trusted, result.ok) == (True, False, False)
    assert codes(result) == ["signing.self_signed_not_trusted"]
    assert result.reasons[0].params == {"ca": str(files["ca1"])}
    assert texts(result) == [
        f"The signer's certificate is self-signed, not issued by the CA in {files['ca1']}, so "
        f"the signer is not trusted."]


def test_other_ca_with_the_same_name_is_not_trusted(files):
    result = verify_pdf(files["impostor"], files["ca1"])
    assert (result.signer_name, result.observer_id, result.organisation) == (NAME, OBSERVER_ID, ORG)
    assert (result.intact, result.covers_whole_file, result.trusted, result.ok) == (
        True, True, False, False)
    assert codes(result) == ["signing.not_issued_by_ca"]
    assert texts(result) == [
        f"The signer's certificate was not issued by the CA in {files['ca1']}: its chain does "
        f"not lead there, so the signer is not trusted."]
    assert verify_pdf(files["impostor"], files["ca2"]).ok  # its own CA does trust it


def test_incremental_update_after_signing_fails(files, pki):
    result = verify_pdf(files["incremental"], files["ca1"])
    assert (result.intact, result.covers_whole_file, result.ok) == (True, False, False)
    assert len(result.reasons) == 1
    extra = files["incremental"].stat().st_size - files["signed"].stat().st_size
    assert codes(result) == ["signing.bytes_added"]
    assert result.reasons[0].params == {"n": extra}
    assert texts(result) == [
        f"The file was changed after signing: {extra} bytes were added after the signed part "
        f"(for example by an editor saving a change)."]
    # pyHanko agrees: not the whole file, and the certification forbade any change.
    reader = PdfFileReader(BytesIO(files["incremental"].read_bytes()))
    status = validate_pdf_signature(reader.embedded_signatures[0], validation_context(pki["ca1"]))
    assert status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert status.docmdp_ok is False and status.bottom_line is False


def test_bytes_appended_after_signing_fail(files):
    result = verify_pdf(files["appended-bytes"])
    assert (result.intact, result.covers_whole_file, result.ok) == (True, False, False)
    assert texts(result) == [
        "The file was changed after signing: 33 bytes were added after the signed part "
        "(for example by an editor saving a change)."]


@pytest.mark.parametrize("case", ["flipped-title", "flipped-stream", "flipped-reason"])
def test_flipped_byte_in_signed_range_fails(files, signed, case):
    tampered = files[case].read_bytes()
    changed = [i for i in range(len(signed)) if signed[i] != tampered[i]]
    assert len(changed) == 1 and signed_range_contains(signed, changed[0])
    result = verify_pdf(files[case], files["ca1"])
    assert (result.intact, result.trusted, result.ok) == (False, False, False)
    assert result.reasons[0].code == "signing.content_changed"
    assert str(result.reasons[0]) == (
        "The signature is broken: the signed content was changed after signing.")
    assert "Signature: broken" in result.lines()
    assert "Signer: not trusted (the signature is broken)" in result.lines()


def test_unsigned_pdf(files):
    result = verify_pdf(files["unsigned"])
    assert (result.signature_count, result.ok) == (0, False)
    assert codes(result) == ["signing.unsigned"]
    assert texts(result) == [f"{files['unsigned']} is not signed: it holds no signature."]
    assert result.lines() == [f"File: {files['unsigned']}", "Signature: none"]


def test_two_signatures_are_refused(pki, unsigned):
    out = BytesIO(unsigned)
    for name in ("Signature1", "Signature2"):
        meta = signers.PdfSignatureMetadata(field_name=name, md_algorithm="sha256")
        out = signers.sign_pdf(IncrementalPdfFileWriter(out), meta, pyhanko_signer(pki["observer"]))
    result = verify_pdf_bytes(out.getvalue())
    assert (result.signature_count, result.ok) == (2, False)
    assert result.reasons[0].code == "signing.several_signatures"
    assert result.reasons[0].params == {"file": result.reasons[0].params["file"], "n": 2}
    assert str(result.reasons[0]).startswith("The file holds 2 signatures; a signed summary")


def test_refusal_is_every_reason_in_order(files):
    result = verify_pdf(files["incremental"], files["ca2"])  # changed, and another CA
    assert codes(result) == ["signing.bytes_added", "signing.not_issued_by_ca"]
    refusal = result.refusal()
    assert str(refusal) == " ".join(texts(result))
    assert refusal.code == "signing.reasons_joined"
    assert refusal.params == {"first": result.reasons[0], "second": result.reasons[1]}
    assert verify_pdf(files["unsigned"]).refusal() == verify_pdf(files["unsigned"]).reasons[0]
    assert str(PdfVerification(path=None).refusal()) == "The signature is not valid."


def test_one_byte_added_reads_as_one_byte(files, signed):
    result = verify_pdf_bytes(signed + b"\n")
    assert codes(result) == ["signing.byte_added"]
    assert texts(result) == [
        "The file was changed after signing: 1 byte was added after the signed part "
        "(for example by an editor saving a change)."]


def test_reasons_without_a_path_name_the_file(unsigned):
    result = verify_pdf_bytes(unsigned)
    assert texts(result) == ["The file is not signed: it holds no signature."]
    assert result.reasons[0].params["file"].code == "signing.the_file"


def test_trust_as_certificate_objects(files, pki):
    result = verify_pdf(files["impostor"], [pki["ca1"].certificate])
    assert result.trusted is False
    assert texts(result) == [
        "The signer's certificate was not issued by the CA in the given certificates: its chain "
        "does not lead there, so the signer is not trusted."]
    result = verify_pdf(files["impostor"], pki["ca1"].certificate)
    assert result.reasons[0].params == {"ca": CA_NAME}


def test_not_a_pdf(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"hello")
    with pytest.raises(VerificationError, match="is not a PDF") as info:
        verify_pdf(tmp_path / "x.pdf")
    assert info.value.code == "signing.not_a_pdf"
    assert info.value.message.params == {"file": str(tmp_path / "x.pdf")}
    with pytest.raises(VerificationError, match="does not exist") as info:
        verify_pdf(tmp_path / "missing.pdf")
    assert info.value.code == "signing.file_not_found"
    with pytest.raises(VerificationError) as info:
        verify_pdf(tmp_path)
    assert str(info.value) == f"{tmp_path} is a folder, not a PDF file."
    with pytest.raises(VerificationError) as info:
        verify_pdf_bytes(b"hello")
    assert str(info.value) == "The file is not a PDF file."


# --- issue 11: what a document says is what its signer says --------------------------------

OTHER_OBSERVER = "7f3b2c1d-0a9e-4b8c-8d7e-6f5a4b3c2d1e"


def test_sign_pdf_states_the_signers_observer_id(pki, signed):
    info = PdfFileReader(BytesIO(signed)).trailer["/Info"]
    assert info["/ObserverApp.ObserverId"] == OBSERVER_ID
    assert "/ObserverApp.StationCode" not in info


def test_issue_11_sign_pdf_refuses_a_document_about_another_observer(pki, unsigned):
    with pytest.raises(SigningError) as info:
        sign_pdf(stating(unsigned, observer_id=OTHER_OBSERVER), pki["observer"])
    assert info.value.code == "signing.refused_other_observer"
    assert str(info.value) == (
        f"This document is about observer {OTHER_OBSERVER}, but the identity is that of {NAME} "
        f"({ORG}), observer {OBSERVER_ID}; a document is signed only by the observer it names.")
    # The same id in capitals is the same observer.
    assert verify_pdf_bytes(sign_pdf(stating(unsigned, observer_id=OBSERVER_ID.upper()),
                                     pki["observer"]), pki["ca1"].certificate).ok


def test_issue_11_a_document_about_another_observer_signed_with_a_valid_identity_is_refused(
        pki, unsigned):
    """Issue 11: B's document, signed (with pyHanko itself) by A's valid, trusted identity,
    verified "Result: valid"."""
    forged = sign_with_pyhanko(stating(unsigned, observer_id=OTHER_OBSERVER, station="ALA-101"),
                               pki["observer"])
    result = verify_pdf_bytes(forged, pki["ca1"].certificate)
    assert (result.intact, result.covers_whole_file, result.trusted, result.ok) == (
        True, True, True, False)
    assert (result.stated_observer_id, result.station_code) == (OTHER_OBSERVER, "ALA-101")
    assert codes(result) == ["signing.document_of_other_observer"]
    assert texts(result) == [
        f"The document is about observer {OTHER_OBSERVER}, but it was signed by {NAME}, observer "
        f"{OBSERVER_ID}: a document is valid only signed by the observer it names."]
    assert result.lines()[-4:] == [
        f"Observer named in the document: {OTHER_OBSERVER} (NOT the signer's)",
        "Station: ALA-101",
        f"Signer: trusted (chain leads to {CA_NAME})",
        "Result: NOT valid",
    ]


def test_issue_11_a_document_that_states_no_observer_is_refused(pki, unsigned):
    result = verify_pdf_bytes(sign_with_pyhanko(unsigned, pki["observer"]), pki["ca1"].certificate)
    assert (result.intact, result.trusted, result.ok) == (True, True, False)
    assert codes(result) == ["signing.states_no_observer"]
    assert "Observer named in the document: none" in result.lines()


def test_issue_11_names_with_line_breaks_print_on_one_line(tmp_path, unsigned):
    """Issue 11: a certificate whose CN holds line breaks printed fake "Signer: trusted" and
    "Result: valid" lines."""
    ca = forge_ca(tmp_path / "rogue")
    identity = forge_identity(ca, name=FAKE_LINES_NAME)
    result = verify_pdf_bytes(sign_pdf(unsigned, identity))
    assert result.signer_name == FAKE_LINES_NAME  # what the certificate says, kept as it is
    lines = result.lines()
    assert all("\n" not in line for line in lines)
    assert lines[0] == (f"Signer: Aigerim\\nSigner: trusted\\nResult: valid ({ORG}), observer "
                        f"{OBSERVER_ID}")
    assert "Signer: trusted" not in lines and "Result: valid" not in lines
    assert lines[-1] == "Result: intact; signer NOT verified (no --trust)"


def test_a_stated_station_code_prints_on_one_line(pki, unsigned):
    signed = sign_pdf(stating(unsigned, observer_id=OBSERVER_ID, station="ALA-101\nResult: valid"),
                      pki["observer"])
    result = verify_pdf_bytes(signed)
    assert result.station_code == "ALA-101\nResult: valid"
    assert "Station: ALA-101\\nResult: valid" in result.lines()


# --- issue 11: a signature is checked at the time it was made -------------------------------

SIGNED_ON = dt.datetime(2021, 1, 10, 12, 30, tzinfo=UTC)


@pytest.fixture
def expired(tmp_path):
    """A CA (valid 2020-2030) and an observer certificate valid 2020-06-01 to 2021-06-01 (long
    expired): forged with cryptography, as issue_identity makes only certificates valid now."""
    ca = forge_ca(tmp_path / "ca", valid_from=dt.datetime(2020, 1, 1, tzinfo=UTC),
                  valid_until=dt.datetime(2030, 1, 1, tzinfo=UTC))
    identity = forge_identity(ca, valid_from=dt.datetime(2020, 6, 1, tzinfo=UTC),
                              valid_until=dt.datetime(2021, 6, 1, tzinfo=UTC))
    return identity, ca[2]


def test_issue_11_a_signature_made_before_expiry_stays_valid(monkeypatch, unsigned, expired):
    """Issue 11: a summary signed while its certificate was valid stopped verifying when the
    certificate expired."""
    identity, ca_pem = expired
    freeze_signing_clock(monkeypatch, SIGNED_ON)
    signed = sign_pdf(unsigned, identity)
    monkeypatch.undo()
    result = verify_pdf_bytes(signed, ca_pem)
    assert (result.intact, result.trusted, result.ok, texts(result)) == (True, True, True, [])
    assert result.signing_time == SIGNED_ON
    assert result.lines()[1] == (
        "Signed at: 2021-01-10 12:30:00 UTC, within the certificate's validity (it expired on "
        "2021-06-01)")
    assert result.lines()[-1] == "Result: valid"


def test_issue_11_a_signing_time_after_expiry_is_refused(monkeypatch, unsigned, expired):
    identity, ca_pem = expired
    freeze_signing_clock(monkeypatch, dt.datetime(2021, 7, 1, 9, 0, tzinfo=UTC))
    signed = sign_pdf(unsigned, identity)
    monkeypatch.undo()
    for trust in (ca_pem, None):
        result = verify_pdf_bytes(signed, trust)
        assert (result.intact, result.ok) == (True, False)
        assert codes(result) == ["signing.signed_outside_validity"]
        assert texts(result) == [
            "The signature claims to have been made on 2021-07-01 09:00 UTC, when the signer's "
            "certificate was not valid (it is valid from 2020-06-01 to 2021-06-01), so it is not "
            "valid."]
    assert result.lines()[1] == (
        "Signed at: 2021-07-01 09:00:00 UTC, outside the certificate's validity (2020-06-01 to "
        "2021-06-01)")
    assert verify_pdf_bytes(signed, ca_pem).lines()[-2:] == [
        "Signer: not trusted (the claimed signing time is refused)", "Result: NOT valid"]


def test_issue_11_a_signing_time_before_the_certificate_is_refused(monkeypatch, unsigned, expired):
    identity, ca_pem = expired
    freeze_signing_clock(monkeypatch, dt.datetime(2020, 5, 31, tzinfo=UTC))
    signed = sign_pdf(unsigned, identity)
    monkeypatch.undo()
    assert codes(verify_pdf_bytes(signed, ca_pem)) == ["signing.signed_outside_validity"]


def test_issue_11_a_signing_time_more_than_a_day_ahead_of_the_clock_is_refused(
        monkeypatch, pki, unsigned):
    now = dt.datetime.now(UTC)
    freeze_signing_clock(monkeypatch, now + dt.timedelta(days=3))
    ahead = sign_pdf(unsigned, pki["observer"])
    freeze_signing_clock(monkeypatch, now + dt.timedelta(hours=20))  # a laptop's clock, off
    within = sign_pdf(unsigned, pki["observer"])
    monkeypatch.undo()
    result = verify_pdf_bytes(ahead, pki["ca1"].certificate)
    assert (result.intact, result.ok) == (True, False)
    assert codes(result) == ["signing.signed_after_clock"]
    signed_text = f"{now + dt.timedelta(days=3):%Y-%m-%d %H:%M}"
    assert texts(result) == [
        f"The signature claims to have been made on {signed_text} UTC, more than a day after this "
        f"computer's clock ({result.checked_at:%Y-%m-%d %H:%M} UTC): check this computer's date; "
        "if it is right, the signing time is false and the signature is not valid."]
    assert result.lines()[1] == (
        f"Signed at: {now + dt.timedelta(days=3):%Y-%m-%d %H:%M:%S} UTC, later than this computer's "
        f"clock ({result.checked_at:%Y-%m-%d %H:%M} UTC)")
    assert verify_pdf_bytes(within, pki["ca1"].certificate).ok


# --- poppler's pdfsig, an independent check -------------------------------------------------

@pytest.fixture(scope="module")
def pdfsig():
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("poppler-utils (pdfsig) is not installed")
    return tool


@pytest.fixture(scope="module")
def nss_dbs(tmp_path_factory, pki, pdfsig):
    """Two NSS databases: one trusting the test CA ("C,C,C"), one empty."""
    certutil = shutil.which("certutil")
    if certutil is None:
        pytest.skip("libnss3-tools (certutil) is not installed")
    root = tmp_path_factory.mktemp("nss")
    dbs = {}
    for name in ("trusting", "empty"):
        d = root / name
        d.mkdir()
        subprocess.run([certutil, "-N", "-d", f"sql:{d}", "--empty-password"], check=True,
                       capture_output=True)
        dbs[name] = f"sql:{d}"
    subprocess.run([certutil, "-A", "-n", "observer-test-ca", "-t", "C,C,C", "-i",
                    str(pki["ca1"].directory / "ca.pem"), "-d", dbs["trusting"]],
                   check=True, capture_output=True)
    return dbs


def run_pdfsig(pdfsig, nssdir, path) -> str:
    # pdfsig exits 0 whatever it finds: read its text. No -no-ocsp: with it, poppler 22.12
    # reports "Unknown issue with Certificate"; our certificates name no OCSP server anyway.
    proc = subprocess.run([pdfsig, "-nssdir", nssdir, str(path)],
                          capture_output=True, text=True, timeout=60)
    return proc.stdout + proc.stderr


def test_pdfsig_valid_whole_document_trusted(pdfsig, nss_dbs, files):
    text = run_pdfsig(pdfsig, nss_dbs["trusting"], files["signed"])
    assert "Signature is Valid" in text
    assert "Total document signed" in text
    assert "Certificate is Trusted" in text
    assert f"Signer Certificate Common Name: {NAME}" in text


@pytest.mark.parametrize("case", ["signed", "self-signed"])
def test_pdfsig_valid_but_not_trusted_without_the_ca(pdfsig, nss_dbs, files, case):
    text = run_pdfsig(pdfsig, nss_dbs["empty"], files[case])
    assert "Signature is Valid" in text
    assert "Total document signed" in text
    assert "Certificate is Trusted" not in text


def test_pdfsig_impostor_not_trusted(pdfsig, nss_dbs, files):
    text = run_pdfsig(pdfsig, nss_dbs["trusting"], files["impostor"])
    assert "Signature is Valid" in text
    assert "Certificate is Trusted" not in text


def test_pdfsig_incremental_update_not_total(pdfsig, nss_dbs, files):
    text = run_pdfsig(pdfsig, nss_dbs["trusting"], files["incremental"])
    assert "Signature is Valid" in text  # the signed revision itself is untouched
    assert "Total document signed" not in text


@pytest.mark.parametrize("case", ["flipped-title", "flipped-stream", "flipped-reason"])
def test_pdfsig_flipped_byte_invalid(pdfsig, nss_dbs, files, case):
    text = run_pdfsig(pdfsig, nss_dbs["trusting"], files[case])
    assert "Signature is Valid" not in text
