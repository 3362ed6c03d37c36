"""The detached CMS signature over manifest.json: made with the observer's key, checked strictly."""

from __future__ import annotations

import hashlib

from asn1crypto import cms, core
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7

from observer_app.bundle.format import _one_line
from observer_app.messages import QT_TRANSLATE_NOOP, Message


def _sign(manifest_bytes: bytes, identity) -> bytes:
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(manifest_bytes)
        .add_signer(identity.certificate, identity.key, hashes.SHA256())
        # Detached, over the exact bytes (no S/MIME canonicalisation), without the S/MIME
        # capabilities attribute (nothing reads it; it is most of what a verifier would parse).
        .sign(serialization.Encoding.DER,
              [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
               pkcs7.PKCS7Options.NoCapabilities])
    )


_SIGNATURE_ALGORITHMS = {"sha256_ecdsa", "ecdsa"}


def _check_signature(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                     cert_der: bytes) -> Message | None:
    """None when p7s is a valid detached signature of manifest_bytes by cert; else why not.

    The signatures this app writes are checked by a strict DER reading of exactly their layout
    (_signature_is_exact, ~5x faster than asn1crypto); anything else, valid or not, is judged
    by the asn1crypto reading below, which also words every reason.
    """
    try:
        if _signature_is_exact(p7s, manifest_bytes, cert, cert_der):
            return None
    except (ValueError, IndexError, TypeError):
        pass
    return _check_signature_cms(p7s, manifest_bytes, cert, cert_der)


# DER of the object identifiers a signature of this app holds.
_OID_SIGNED_DATA = bytes.fromhex("06092a864886f70d010702")   # 1.2.840.113549.1.7.2
_OID_DATA = bytes.fromhex("06092a864886f70d010701")          # 1.2.840.113549.1.7.1
_OID_SHA256 = bytes.fromhex("0609608648016503040201")        # 2.16.840.1.101.3.4.2.1
_OID_ECDSA_SHA256 = bytes.fromhex("06082a8648ce3d040302")    # 1.2.840.10045.4.3.2
_OID_CONTENT_TYPE = bytes.fromhex("06092a864886f70d010903")  # 1.2.840.113549.1.9.3
_OID_MESSAGE_DIGEST = bytes.fromhex("06092a864886f70d010904")  # 1.2.840.113549.1.9.4
_OID_SIGNING_TIME = bytes.fromhex("06092a864886f70d010905")  # 1.2.840.113549.1.9.5
_KNOWN_ATTRIBUTES = {_OID_CONTENT_TYPE, _OID_MESSAGE_DIGEST, _OID_SIGNING_TIME}
_DER_NULL = b"\x05\x00"


def _der(data: bytes, at: int, end: int) -> tuple[int, int, int, int]:
    """One DER element at data[at:end]: (tag byte, start of content, end of content, start).

    Only low tag numbers and minimal definite lengths (DER); ValueError otherwise."""
    if end - at < 2:
        raise ValueError("truncated")
    tag = data[at]
    if tag & 0x1F == 0x1F:
        raise ValueError("high tag number")
    first = data[at + 1]
    pos = at + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > end:
            raise ValueError("bad length")
        length = int.from_bytes(data[pos:pos + count], "big")
        if length < 0x80 or data[pos] == 0:
            raise ValueError("not the minimal length")
        pos += count
    if pos + length > end:
        raise ValueError("truncated")
    return tag, pos, pos + length, at


def _der_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    children = []
    at = start
    while at < end:
        child = _der(data, at, end)
        children.append(child)
        at = child[2]
    return children


def _signature_is_exact(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                        cert_der: bytes) -> bool:
    """True only for a signature laid out as this app writes it (cryptography's PKCS7 builder:
    SignedData, one signer identified by issuer and serial number, SHA-256, ECDSA with
    SHA-256, the signer's certificate included, signed content type and message digest, no
    CRLs or unsigned attributes) that is valid for manifest_bytes and cert. Everything the
    asn1crypto check requires is required here too; any other layout gives False."""
    d = p7s
    tag, start, end, _ = _der(d, 0, len(d))
    if tag != 0x30 or end != len(d):
        return False
    top = _der_children(d, start, end)
    if len(top) != 2 or d[top[0][3]:top[0][2]] != _OID_SIGNED_DATA or top[1][0] != 0xA0:
        return False
    inner = _der_children(d, top[1][1], top[1][2])
    if len(inner) != 1 or inner[0][0] != 0x30:
        return False
    parts = _der_children(d, inner[0][1], inner[0][2])
    if len(parts) != 5 or [p[0] for p in parts] != [0x02, 0x31, 0x30, 0xA0, 0x31]:
        return False
    _, _, digest_algorithms, encap, certificates, signer_infos = (None, *parts)
    encap_parts = _der_children(d, encap[1], encap[2])
    if len(encap_parts) != 1 or d[encap_parts[0][3]:encap_parts[0][2]] != _OID_DATA:
        return False
    included = _der_children(d, certificates[1], certificates[2])
    if any(c[0] != 0x30 for c in included) or not any(d[c[3]:c[2]] == cert_der for c in included):
        return False
    signers = _der_children(d, signer_infos[1], signer_infos[2])
    if len(signers) != 1 or signers[0][0] != 0x30:
        return False
    fields = _der_children(d, signers[0][1], signers[0][2])
    if len(fields) != 6 or [f[0] for f in fields] != [0x02, 0x30, 0x30, 0xA0, 0x30, 0x04]:
        return False
    _, sid, digest_algorithm, signed_attrs, signature_algorithm, signature = fields
    # The signer: issuer and serial number of observer.pem.
    sid_parts = _der_children(d, sid[1], sid[2])
    if len(sid_parts) != 2 or sid_parts[0][0] != 0x30 or sid_parts[1][0] != 0x02:
        return False
    serial = sid_parts[1]
    if (int.from_bytes(d[serial[1]:serial[2]], "big", signed=True) != cert.serial_number
            or d[sid_parts[0][3]:sid_parts[0][2]] != cert.issuer.public_bytes()):
        return False
    if d[digest_algorithm[1]:digest_algorithm[2]] not in (_OID_SHA256, _OID_SHA256 + _DER_NULL):
        return False
    if d[signature_algorithm[1]:signature_algorithm[2]] != _OID_ECDSA_SHA256:
        return False
    # The signed attributes: each type once; content type data; the manifest's digest.
    seen: set[bytes] = set()
    content_type = digest = None
    for attr in _der_children(d, signed_attrs[1], signed_attrs[2]):
        if attr[0] != 0x30:
            return False
        kind_and_values = _der_children(d, attr[1], attr[2])
        if (len(kind_and_values) != 2 or kind_and_values[0][0] != 0x06
                or kind_and_values[1][0] != 0x31):
            return False
        kind = d[kind_and_values[0][3]:kind_and_values[0][2]]
        if kind in seen or kind not in _KNOWN_ATTRIBUTES:
            return False
        seen.add(kind)
        values = kind_and_values[1]
        if kind == _OID_CONTENT_TYPE:
            content_type = d[values[1]:values[2]]
        elif kind == _OID_MESSAGE_DIGEST:
            digest = d[values[1]:values[2]]
    if content_type != _OID_DATA:
        return False
    if digest != b"\x04\x20" + hashlib.sha256(manifest_bytes).digest():
        return False
    public_key = cert.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        return False
    to_verify = b"\x31" + d[signed_attrs[3] + 1:signed_attrs[2]]
    try:
        public_key.verify(d[signature[1]:signature[2]], to_verify, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def _check_signature_cms(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                         cert_der: bytes) -> Message | None:
    """_check_signature with asn1crypto: any layout, and a reason for every failure."""
    other_certificate = Message("bundle.signature_other_certificate", QT_TRANSLATE_NOOP(
        "Messages", "The signature of manifest.json is not valid: it was made by another "
        "certificate than observer.pem."))
    try:
        info = cms.ContentInfo.load(p7s, strict=True)
        if info["content_type"].native != "signed_data":
            return Message("bundle.p7s_not_cms", QT_TRANSLATE_NOOP(
                "Messages", "manifest.json.p7s is not a CMS signature."))
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "data" or encap["content"].native is not None:
            return Message("bundle.signature_not_detached", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it is not a detached "
                "signature of data."))
        signers = signed["signer_infos"]
        if len(signers) != 1:
            return Message("bundle.signature_signers", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it has %n signers "
                "instead of one.", None, 1), {"n": len(signers)})
        signer = signers[0]
        if signer["digest_algorithm"]["algorithm"].native != "sha256":
            return Message("bundle.signature_not_sha256", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it does not use SHA-256."))
        if signer["signature_algorithm"]["algorithm"].native not in _SIGNATURE_ALGORITHMS:
            return Message("bundle.signature_not_ecdsa", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it is not an ECDSA "
                "signature."))
        sid = signer["sid"]
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (ias["serial_number"].native != cert.serial_number
                    or ias["issuer"].dump() != cert.issuer.public_bytes()):
                return other_certificate
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                ski = None
            if sid.chosen.native != ski:
                return other_certificate
        certs = signed["certificates"]
        if isinstance(certs, core.Void) or not any(
                c.name == "certificate" and c.chosen.dump() == cert_der for c in certs):
            return Message("bundle.signature_no_certificate", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it does not carry the "
                "certificate in observer.pem."))
        attrs = signer["signed_attrs"]
        if not len(attrs):
            return Message("bundle.signature_no_attributes", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: it has no signed "
                "attributes."))
        content_type = digest = None
        seen: set[str] = set()
        for attr in attrs:
            kind = attr["type"].native
            if kind in seen:
                return Message("bundle.signature_attribute_twice", QT_TRANSLATE_NOOP(
                    "Messages", "The signature of manifest.json is not valid: the signed "
                    "attribute {name} appears twice."), {"name": str(kind)})
            seen.add(kind)
            values = attr["values"]
            if kind in ("content_type", "message_digest"):
                if len(values) != 1:
                    return Message("bundle.signature_attribute_values", QT_TRANSLATE_NOOP(
                        "Messages", "The signature of manifest.json is not valid: the signed "
                        "attribute {name} has %n values.", None, 1), {"name": str(kind), "n": len(values)})
                if kind == "content_type":
                    content_type = values[0].native
                else:
                    digest = values[0].native
        if content_type != "data":
            return Message("bundle.signature_content_type", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: its content type is not "
                "data."))
        if digest != hashlib.sha256(manifest_bytes).digest():
            return Message("bundle.signature_manifest_changed", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: manifest.json was "
                "changed after it was signed."))
        raw = attrs.dump()
        to_verify = b"\x31" + raw[1:]  # [0] IMPLICIT re-tagged as the SET OF that was signed
        public_key = cert.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            return Message("bundle.signature_no_ecdsa_key", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: the certificate has no "
                "ECDSA key."))
        try:
            public_key.verify(signer["signature"].native, to_verify, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return Message("bundle.signature_key_mismatch", QT_TRANSLATE_NOOP(
                "Messages", "The signature of manifest.json is not valid: the signature does not "
                "match the certificate's key."))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        return Message("bundle.p7s_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json.p7s cannot be read as a CMS signature ({detail})."),
            {"detail": _one_line(exc)})
    return None
