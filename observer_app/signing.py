"""PDF signatures: sign a finished PDF (PAdES B-B, offline) and verify one.

Signing is the last step: the signature covers the whole file and is a certification
signature that allows no later change (DocMDP level 1). Verification uses pyHanko's validator
without any network access; trust comes only from a CA certificate the caller names.

What a document says is what its signer says: every PDF the app signs states, machine-readable
(observer_app/export/pdf_text.py, STATED_*_KEY), the observer id it names, and a summary its
station. Signing refuses a PDF that names another observer than the identity's (and states the
signer's id in one that names none, such as a report); verification refuses one whose stated
observer id is not the certificate's UID, or that states none. A signature is checked at the
time it claims to have been made: one made within its certificate's validity stays valid after
the certificate expires; a claimed time outside the validity, or more than a day after this
computer's clock, is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import uuid
import weakref
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Iterable, Sequence

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from observer_app.errors import ObserverAppError
from observer_app.export.pdf_text import STATED_OBSERVER_KEY, STATED_STATION_KEY
from observer_app.identity import CA_CERT_FILE, Identity, load_ca_certificate, printable
from observer_app.messages import QT_TRANSLATE_NOOP, Message

# pyHanko logs some warnings with tracebacks; a person gets our sentences instead. Records
# still propagate to any handler the application configures.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

DEFAULT_FIELD = "Signature1"
DEFAULT_REASON = "Observer's signed record"
# Room for the CMS signature besides the embedded certificates (ECDSA P-256 value, signed
# attributes, structure), in bytes. A fixed reservation spares pyHanko a dummy signing pass.
_CMS_OVERHEAD = 2048
# How far after this computer's clock a signing time may be (clocks of laptops differ, and
# time zones are set wrongly) before it is refused as false.
CLOCK_TOLERANCE = dt.timedelta(days=1)
_OBSERVER_NAME = generic.NameObject("/" + STATED_OBSERVER_KEY)
_STATION_NAME = generic.NameObject("/" + STATED_STATION_KEY)


class SigningError(ObserverAppError):
    """A PDF cannot be signed."""


class VerificationError(ObserverAppError):
    """A file cannot be verified at all (missing, unreadable, not a PDF)."""


# ---------------------------------------------------------------------------------------------
# Signing


class _IdentitySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner, but signing with the already-loaded key (SimpleSigner parses
    the DER key again on every signature)."""

    def __init__(self, identity: Identity):
        certs = SimpleCertificateStore()
        certs.register_multiple(translate_pyca_cryptography_cert_to_asn1(c) for c in identity.chain)
        super().__init__(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(identity.certificate),
            signing_key=translate_pyca_cryptography_key_to_asn1(identity.key),
            cert_registry=certs,
        )
        self._key = identity.key
        # pyHanko counts the placeholder in hex digits: two per byte.
        self.reserve = 2 * (_CMS_OVERHEAD + sum(
            len(c.public_bytes(Encoding.DER)) for c in [identity.certificate, *identity.chain]))

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        if digest_algorithm.lower() != "sha256":
            raise PyHankoSigningError(f"Unsupported digest {digest_algorithm}; use SHA-256.")
        return self._key.sign(data, ec.ECDSA(hashes.SHA256()))


_SIGNERS: "weakref.WeakKeyDictionary[Identity, _IdentitySigner]" = weakref.WeakKeyDictionary()


def pyhanko_signer(identity: Identity) -> signers.SimpleSigner:
    """The pyHanko signer for ``identity``, built once per Identity object and cached.

    Also usable for other CMS signatures; see sign_detached_cms.
    """
    signer = _SIGNERS.get(identity)
    if signer is None:
        signer = _SIGNERS[identity] = _IdentitySigner(identity)
    return signer


def sign_detached_cms(data: bytes, identity: Identity) -> bytes:
    """A detached DER CMS (CAdES) signature over ``data``, e.g. a bundle's manifest.json."""
    import asyncio

    signer = pyhanko_signer(identity)
    content_info = asyncio.run(signer.async_sign_general_data(
        data, "sha256", detached=True, use_cades=True))
    return content_info.dump()


def _stamp_font() -> Path:
    """A Unicode font for a visible stamp: the shipped one, else DejaVu Sans from the system."""
    from observer_app.resources import RESOURCES

    shipped = sorted((RESOURCES / "fonts").glob("*.[ot]tf"))
    regular = [p for p in shipped if "bold" not in p.name.lower() and "italic" not in p.name.lower()]
    for candidate in [*regular, *shipped, Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]:
        if candidate.is_file():
            return candidate
    raise SigningError("signing.no_stamp_font", QT_TRANSLATE_NOOP(
        "Messages", "A visible signature stamp needs a Unicode font in resources/fonts."))


def _stamp_style():
    try:
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    except ImportError:
        raise SigningError("signing.no_opentype", QT_TRANSLATE_NOOP(
            "Messages", "A visible signature stamp needs pyHanko's opentype extra (fontTools and "
            "uharfbuzz); sign invisibly or install pyHanko[opentype].")) from None
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text="%(signer)s\n%(ts)s",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(_stamp_font()), font_size=9)),
        timestamp_format="%Y-%m-%d %H:%M:%S %Z",
        border_width=1,
    )


def _same_id(a: str, b: str) -> bool:
    """Whether two observer ids are the same UUID (in whatever letter case)."""
    try:
        return uuid.UUID(a) == uuid.UUID(b)
    except ValueError:
        return a == b


def _stated(info, key: generic.NameObject) -> str | None:
    """A statement entry of a document information dictionary, as text (None: absent)."""
    if not isinstance(info, generic.DictionaryObject) or key not in info:
        return None
    value = info[key]
    return str(value) if isinstance(value, (generic.TextStringObject, generic.ByteStringObject,
                                            str)) else repr(value)


def _state_signer(writer: IncrementalPdfFileWriter, identity: Identity) -> None:
    """Checks what the PDF says about whom it is about against the signer: one that names
    another observer is refused; one that names none (a coordinator's report) is stated to be
    the signer's, in the signed revision."""
    try:
        info = writer.trailer["/Info"]
    except KeyError:
        info = None
    stated = _stated(info, _OBSERVER_NAME)
    if stated is not None:
        if not _same_id(stated, identity.observer_id):
            raise SigningError("signing.refused_other_observer", QT_TRANSLATE_NOOP(
                "Messages", "This document is about observer {stated}, but the identity is that "
                "of {signer}; a document is signed only by the observer it names."),
                stated=printable(stated), signer=identity.describe())
        return
    entries = generic.DictionaryObject(info if isinstance(info, generic.DictionaryObject) else {})
    entries[_OBSERVER_NAME] = generic.TextStringObject(identity.observer_id)
    writer.set_info(writer.add_object(entries))


def sign_pdf(pdf_bytes: bytes, identity: Identity, *, field_name: str = DEFAULT_FIELD,
             reason: str | None = DEFAULT_REASON, location: str | None = None,
             visible_box: tuple[int, int, int, int] | None = None,
             visible_page: int = -1) -> bytes:
    """Sign a finished PDF and return the signed file.

    PAdES B-B (ETSI.CAdES.detached), SHA-256, no timestamp server, no network. The signature
    is a certification signature with DocMDP "no changes allowed" and covers the whole file.
    Invisible unless ``visible_box`` (x1, y1, x2, y2 in points) is given, then drawn on
    ``visible_page`` (default: the last page) with a font that has Cyrillic letters.
    A PDF that states another observer than the identity's is refused (SigningError); one that
    states none is stated to be the signer's.
    """
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        reason=reason,
        location=location,
        name=identity.name,
    )
    signer = pyhanko_signer(identity)
    field_spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=visible_page,
                                     box=visible_box)
    pdf_signer = signers.PdfSigner(meta, signer, new_field_spec=field_spec,
                                   stamp_style=_stamp_style() if visible_box else None)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
        _state_signer(writer, identity)
        out = pdf_signer.sign_pdf(writer, bytes_reserved=signer.reserve, output=BytesIO())
    except (PdfError, PyHankoSigningError, ValueError, KeyError) as exc:
        raise SigningError("signing.cannot_sign", QT_TRANSLATE_NOOP(
            "Messages", "The PDF cannot be signed: {detail}."), detail=str(exc)) from exc
    return out.getvalue()


def sign_pdf_file(path: str | os.PathLike, identity: Identity, **kwargs) -> None:
    """Sign the PDF at ``path`` in place (written to a temporary file, then renamed)."""
    path = Path(path)
    signed = sign_pdf(path.read_bytes(), identity, **kwargs)
    tmp = path.with_name(path.name + ".signing")
    tmp.write_bytes(signed)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# Verification


@dataclass
class PdfVerification:
    """What verifying a signed PDF found. ``ok`` is the verdict; ``reasons`` say why not
    (Messages: ``str()`` gives the English sentence)."""

    path: Path | None
    signer_name: str | None = None
    observer_id: str | None = None        # the certificate's UID
    organisation: str | None = None
    signing_time: dt.datetime | None = None  # as the signer claims it
    intact: bool = False
    covers_whole_file: bool = False
    trusted: bool | None = None          # None: no trust anchor was given
    ok: bool = False
    reasons: list[Message] = field(default_factory=list)
    self_signed: bool | None = None
    certified_no_changes: bool | None = None
    signature_count: int = 0
    trust_label: str | Message | None = None  # e.g. "ca.pem", for messages
    chain_leads_to_trust: bool | None = None  # None: no trust anchor was given
    stated_observer_id: str | None = None  # the observer id the document states (None: none)
    station_code: str | None = None        # the station the document states (a summary's)
    valid_from: dt.datetime | None = None  # the certificate's validity
    valid_until: dt.datetime | None = None
    checked_at: dt.datetime | None = None  # this computer's clock when it was verified

    def refusal(self) -> Message:
        """Why the PDF is not valid, as one Message: the reasons in order, one after another."""
        if not self.reasons:
            return Message("signing.not_valid", QT_TRANSLATE_NOOP(
                "Messages", "The signature is not valid."))
        sentence = self.reasons[-1]
        for reason in reversed(self.reasons[:-1]):
            sentence = Message("signing.reasons_joined", QT_TRANSLATE_NOOP(
                "Messages", "{first} {second}"), {"first": reason, "second": sentence})
        return sentence

    def _when_signed(self) -> str:
        """"2021-01-10 12:30:00 UTC", and how that time stands to the certificate's validity
        where it matters (expired since, outside it, after this computer's clock)."""
        if self.signing_time is None:
            return "unknown"
        when = f"{_utc(self.signing_time):%Y-%m-%d %H:%M:%S} UTC"
        if self.checked_at is not None and self.signing_time > self.checked_at + CLOCK_TOLERANCE:
            return f"{when}, later than this computer's clock ({_stamp(self.checked_at)} UTC)"
        if self.valid_from is None or self.valid_until is None:
            return when
        if not self.valid_from <= self.signing_time <= self.valid_until:
            return (f"{when}, outside the certificate's validity ({self.valid_from:%Y-%m-%d} to "
                    f"{self.valid_until:%Y-%m-%d})")
        if self.checked_at is not None and self.checked_at > self.valid_until:
            return (f"{when}, within the certificate's validity (it expired on "
                    f"{self.valid_until:%Y-%m-%d})")
        return when

    def lines(self) -> list[str]:
        """One fact a line, for the command line (English, like all its output). What comes
        from the file (names, ids, the station code) is printed on its own line whatever it
        holds (identity.printable)."""
        out: list[str] = []
        if self.path is not None:
            out.append(f"File: {printable(str(self.path))}")
        if self.signature_count == 0:
            out.append("Signature: none")
            return out
        if self.signature_count > 1:
            out.append(f"Signatures: {self.signature_count} (a signed summary has exactly one)")
            return out
        if self.signer_name is not None:
            org = f" ({printable(self.organisation)})" if self.organisation else ""
            obs = (f", observer {printable(self.observer_id)}" if self.observer_id
                   else ", no observer id")
            out.append(f"Signer: {printable(self.signer_name)}{org}{obs}")
        else:
            out.append("Signer: unknown")
        out.append(f"Signed at: {self._when_signed()}")
        out.append(f"Signature: {'intact' if self.intact else 'broken'}")
        out.append(f"Covers the whole file: {'yes' if self.covers_whole_file else 'no'}")
        if self.certified_no_changes is not None:
            out.append("Changes allowed after signing: "
                       + ("none (certified)" if self.certified_no_changes else "some"))
        if self.stated_observer_id is None:
            out.append("Observer named in the document: none")
        else:
            whose = ("the signer's" if self.observer_id is not None
                     and _same_id(self.stated_observer_id, self.observer_id) else "NOT the signer's")
            out.append(f"Observer named in the document: {printable(self.stated_observer_id)} ({whose})")
        out.append("Station: " + (printable(self.station_code) if self.station_code is not None
                                  else "none (not a station summary)"))
        if self.trusted is None:
            why = "self-signed certificate" if self.self_signed else "no --trust given"
            out.append(f"Signer: not verified ({why})")
        elif self.trusted:
            out.append(f"Signer: trusted (chain leads to {printable(str(self.trust_label))})")
        elif not self.intact and self.chain_leads_to_trust:
            out.append("Signer: not trusted (the signature is broken)")
        elif self.chain_leads_to_trust:
            out.append("Signer: not trusted (the claimed signing time is refused)")
        else:
            out.append(f"Signer: not trusted (chain does not lead to {printable(str(self.trust_label))})")
        out.append(f"Result: {self.result()}")
        return out

    def result(self) -> str:
        """What was proven, in words: "valid" only for a trusted signer."""
        if not self.ok:
            return "NOT valid"
        if self.trusted:
            return "valid"
        why = "self-signed certificate" if self.self_signed else "no --trust"
        return f"intact; signer NOT verified ({why})"


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


def _trust_roots(trust) -> tuple[list[asn1_x509.Certificate], str | Message]:
    if isinstance(trust, x509.Certificate):
        certs = [trust]
        name = _attr(trust.subject, NameOID.COMMON_NAME)
        label = printable(name) if name else Message(
            "signing.given_certificate", QT_TRANSLATE_NOOP("Messages", "the given certificate"))
    elif isinstance(trust, (str, os.PathLike)):
        path = Path(trust)
        certs = [load_ca_certificate(path)]
        label = str(path / CA_CERT_FILE if path.is_dir() else path)
    else:
        certs = list(trust)
        label = Message("signing.given_certificates",
                        QT_TRANSLATE_NOOP("Messages", "the given certificates"))
    return [translate_pyca_cryptography_cert_to_asn1(c) for c in certs], label


def _attr(name: x509.Name, oid) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _trust_reason(indic, label: str | Message, self_signed: bool | None) -> Message:
    if self_signed:
        return Message("signing.self_signed_not_trusted", QT_TRANSLATE_NOOP(
            "Messages", "The signer's certificate is self-signed, not issued by the CA in {ca}, "
            "so the signer is not trusted."), {"ca": label})
    expired = {AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
               AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED}
    if indic in expired:
        return Message("signing.certificate_expired", QT_TRANSLATE_NOOP(
            "Messages", "The signer's certificate has expired, so the signer cannot be trusted."))
    if indic in (AdESIndeterminate.NOT_YET_VALID, AdESFailure.NOT_YET_VALID):
        return Message("signing.certificate_not_yet_valid", QT_TRANSLATE_NOOP(
            "Messages", "The signer's certificate is not valid yet; check this computer's clock "
            "and verify again."))
    if indic in (AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE,
                 AdESIndeterminate.REVOKED_CA_NO_POE):
        return Message("signing.certificate_revoked", QT_TRANSLATE_NOOP(
            "Messages", "The signer's certificate was revoked, so the signer cannot be trusted."))
    if indic in (AdESIndeterminate.SIG_CONSTRAINTS_FAILURE,
                 AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE):
        return Message("signing.chain_constraints", QT_TRANSLATE_NOOP(
            "Messages", "The signer's certificate chain to {ca} does not allow signing documents "
            "(key usage or CA constraints)."), {"ca": label})
    return Message("signing.not_issued_by_ca", QT_TRANSLATE_NOOP(
        "Messages", "The signer's certificate was not issued by the CA in {ca}: its chain does "
        "not lead there, so the signer is not trusted."), {"ca": label})


def _bytes_added(n: int) -> Message:
    if n == 1:
        return Message("signing.byte_added", QT_TRANSLATE_NOOP(
            "Messages", "The file was changed after signing: 1 byte was added after the signed "
            "part (for example by an editor saving a change)."))
    return Message("signing.bytes_added", QT_TRANSLATE_NOOP(
        "Messages", "The file was changed after signing: %n bytes were added after the signed "
        "part (for example by an editor saving a change).", None, 1), {"n": n})


def verify_pdf(path: str | os.PathLike, trust=None) -> PdfVerification:
    """Verify the one signature of a signed PDF, offline.

    ``trust`` is None (the signer is then reported "not verified"), a path to a CA certificate
    (PEM or DER, or a CA folder), a cryptography certificate, or a list of them. Raises
    VerificationError only when the file cannot be read as a PDF at all; every other problem
    is a reason in the result.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VerificationError("signing.file_not_found", QT_TRANSLATE_NOOP(
            "Messages", "The file {path} does not exist."), path=str(path)) from None
    except IsADirectoryError:
        raise VerificationError("signing.file_is_folder", QT_TRANSLATE_NOOP(
            "Messages", "{path} is a folder, not a PDF file."), path=str(path)) from None
    except OSError as exc:
        raise VerificationError("signing.cannot_read", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    return verify_pdf_bytes(data, trust, path=path)


def verify_pdf_bytes(data: bytes, trust=None, *, path: Path | None = None) -> PdfVerification:
    """verify_pdf for bytes in memory."""
    # The file as the reasons name it: its path, else "The file" (each reason starts with it).
    label: str | Message = str(path) if path is not None else Message(
        "signing.the_file", QT_TRANSLATE_NOOP("Messages", "The file"))
    roots, trust_label = _trust_roots(trust) if trust is not None else ([], None)
    result = PdfVerification(path=path, trust_label=trust_label)
    if b"%PDF-" not in data[:1024]:
        raise VerificationError("signing.not_a_pdf", QT_TRANSLATE_NOOP(
            "Messages", "{file} is not a PDF file."), file=label)
    try:
        reader = PdfFileReader(BytesIO(data), strict=True)
        sigs = list(reader.embedded_regular_signatures)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VerificationError("signing.unreadable_pdf", QT_TRANSLATE_NOOP(
            "Messages", "{file} cannot be read as a PDF (it may be damaged or changed): {detail}."),
            file=label, detail=str(exc)) from exc
    result.signature_count = len(sigs)
    if not sigs:
        result.reasons.append(Message("signing.unsigned", QT_TRANSLATE_NOOP(
            "Messages", "{file} is not signed: it holds no signature."), {"file": label}))
        return result
    if len(sigs) > 1:
        result.reasons.append(Message("signing.several_signatures", QT_TRANSLATE_NOOP(
            "Messages", "{file} holds %n signatures; a signed summary has exactly one, so it was "
            "signed again after the observer signed it.", None, 1), {"file": label, "n": len(sigs)}))
        return result
    sig = sigs[0]

    # Who signed, as the embedded certificate says (trusted or not).
    cert = None
    try:
        cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
        result.signer_name = _attr(cert.subject, NameOID.COMMON_NAME)
        result.organisation = _attr(cert.subject, NameOID.ORGANIZATION_NAME)
        result.observer_id = _attr(cert.subject, NameOID.USER_ID)
        result.self_signed = cert.issuer == cert.subject
        result.valid_from, result.valid_until = cert.not_valid_before_utc, cert.not_valid_after_utc
    except Exception:  # noqa: BLE001 - an unreadable certificate shows as "Signer: unknown"
        cert = None
    try:
        docmdp = sig.docmdp_level
        result.certified_no_changes = (None if docmdp is None
                                       else docmdp == fields.MDPPerm.NO_CHANGES)
    except Exception:  # noqa: BLE001
        pass
    # What the document says about itself, as signed (the revision the signature covers).
    try:
        info = reader.get_historical_resolver(sig.signed_revision).trailer_view.get("/Info")
        info = info.get_object() if info is not None else None
    except Exception:  # noqa: BLE001 - an unreadable dictionary states nothing
        info = None
    result.stated_observer_id = _stated(info, _OBSERVER_NAME)
    result.station_code = _stated(info, _STATION_NAME)

    # The time the signer claims: the signature is checked as of then, when it is believable.
    now = result.checked_at = dt.datetime.now(dt.timezone.utc)
    try:
        claimed = sig.self_reported_timestamp
    except Exception:  # noqa: BLE001 - no readable time: checked as of now
        claimed = None
    time_problem = _time_problem(claimed, cert, now)
    moment = claimed if claimed is not None and time_problem is None else None

    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail", moment=moment)
    try:
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # noqa: BLE001 - any failure to validate is a broken signature
        result.reasons.append(Message("signing.cannot_check", QT_TRANSLATE_NOOP(
            "Messages", "The signature cannot be checked, so it is not valid: {detail}."),
            {"detail": str(exc)}))
        return result

    result.signing_time = status.signer_reported_dt or claimed
    result.intact = bool(status.intact and status.valid)
    result.covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not status.intact:
        result.reasons.append(Message("signing.content_changed", QT_TRANSLATE_NOOP(
            "Messages", "The signature is broken: the signed content was changed after signing.")))
    elif not status.valid:
        result.reasons.append(Message("signing.signature_mismatch", QT_TRANSLATE_NOOP(
            "Messages", "The signature is broken: it does not match the signer's certificate.")))
    if not result.covers_whole_file:
        start2, len2 = int(sig.byte_range[2]), int(sig.byte_range[3])
        extra = len(data) - (start2 + len2)
        if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and extra > 0:
            result.reasons.append(_bytes_added(extra))
        else:
            result.reasons.append(Message("signing.partly_signed", QT_TRANSLATE_NOOP(
                "Messages",
                "The signature does not cover the whole file: parts of it were not signed.")))
    statement_problem = _statement_problem(result)
    if statement_problem is not None:
        result.reasons.append(statement_problem)
    if time_problem is not None:
        result.reasons.append(time_problem)
    if roots:
        chain_ok = status.validation_path is not None and status.trust_problem_indic is None
        # A certificate not valid at a claimed time that is refused: the time's reason says it.
        only_time = (not chain_ok and time_problem is not None
                     and status.trust_problem_indic in _TIME_INDICATIONS)
        result.chain_leads_to_trust = chain_ok or only_time
        result.trusted = bool(chain_ok and result.intact and time_problem is None)
        if not chain_ok and not only_time:
            result.reasons.append(_trust_reason(status.trust_problem_indic, trust_label,
                                                result.self_signed))
    result.ok = (result.intact and result.covers_whole_file and statement_problem is None
                 and time_problem is None and (result.trusted is None or result.trusted))
    return result


_TIME_INDICATIONS = frozenset({
    AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED, AdESIndeterminate.NOT_YET_VALID,
    AdESFailure.NOT_YET_VALID})


def _stamp(moment: dt.datetime) -> str:
    return f"{_utc(moment):%Y-%m-%d %H:%M}"


def _time_problem(claimed: dt.datetime | None, cert: x509.Certificate | None,
                  now: dt.datetime) -> Message | None:
    """Why the claimed signing time cannot be the time of signing: after this computer's clock
    (by more than CLOCK_TOLERANCE), or outside the certificate's validity; None when it can."""
    if claimed is None:
        return None
    if claimed > now + CLOCK_TOLERANCE:
        return Message("signing.signed_after_clock", QT_TRANSLATE_NOOP(
            "Messages", "The signature claims to have been made on {signed} UTC, more than a day "
            "after this computer's clock ({now} UTC): check this computer's date; if it is "
            "right, the signing time is false and the signature is not valid."),
            {"signed": _stamp(claimed), "now": _stamp(now)})
    if cert is not None and not cert.not_valid_before_utc <= claimed <= cert.not_valid_after_utc:
        return Message("signing.signed_outside_validity", QT_TRANSLATE_NOOP(
            "Messages", "The signature claims to have been made on {signed} UTC, when the "
            "signer's certificate was not valid (it is valid from {start} to {end}), so it is "
            "not valid."), {"signed": _stamp(claimed),
                            "start": f"{cert.not_valid_before_utc:%Y-%m-%d}",
                            "end": f"{cert.not_valid_after_utc:%Y-%m-%d}"})
    return None


def _statement_problem(result: PdfVerification) -> Message | None:
    """Why what the document states about its observer does not match its signer, or None."""
    if result.stated_observer_id is None:
        return Message("signing.states_no_observer", QT_TRANSLATE_NOOP(
            "Messages", "The document does not state which observer it is about (every PDF "
            "observer-app signs states it), so what it says cannot be checked against its "
            "signer; it is not valid."))
    if result.observer_id is None:
        return Message("signing.signer_without_id", QT_TRANSLATE_NOOP(
            "Messages", "The document is about observer {stated}, but the signer's certificate "
            "names no observer id, so it is not valid."),
            {"stated": printable(result.stated_observer_id)})
    if not _same_id(result.stated_observer_id, result.observer_id):
        return Message("signing.document_of_other_observer", QT_TRANSLATE_NOOP(
            "Messages", "The document is about observer {stated}, but it was signed by "
            "{signer}, observer {uid}: a document is valid only signed by the observer it "
            "names."), {"stated": printable(result.stated_observer_id),
                        "signer": printable(result.signer_name or "?"),
                        "uid": printable(result.observer_id)})
    return None
