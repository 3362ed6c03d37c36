"""Trust anchors: whether an observer's certificate was issued by a trusted CA."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any, Sequence

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if len(values) != 1:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


# ---------------------------------------------------------------------------------------------
# Trust anchors


@dataclasses.dataclass(frozen=True)
class _Anchor:
    certificate: x509.Certificate
    subject: x509.Name
    public_key: Any
    is_ca: bool


class TrustSet:
    """Parsed trust anchors, with the issuer found for each observer certificate remembered
    (the same observers' certificates come back in bundle after bundle)."""

    def __init__(self, anchors: Sequence[_Anchor]):
        self.anchors = tuple(anchors)
        self._issuers: dict[bytes, _Anchor | None] = {}

    def issuer_of(self, cert: x509.Certificate, cert_der: bytes) -> _Anchor | None:
        """The anchor whose name is the certificate's issuer and whose key signed it."""
        # Keyed by the certificate's digest, not its DER: a worker that sees tens of thousands
        # of observers keeps ~100 bytes per certificate, not ~700.
        key = hashlib.sha256(cert_der).digest()
        if key in self._issuers:
            return self._issuers[key]
        found = None
        for anchor in self.anchors:
            if anchor.subject == cert.issuer and _signed_by(cert, anchor.public_key):
                found = anchor
                break
        if len(self._issuers) >= 50_000:
            self._issuers.clear()
        self._issuers[key] = found
        return found


_TRUST_CACHE: dict[tuple[bytes, ...], TrustSet] = {}


def trust_anchors(trust: Sequence[bytes]) -> TrustSet:
    """The CA certificates in PEM (or DER) bytes, parsed once per trust set and process.

    Raises ObserverAppError when some bytes hold no certificate.
    """
    key = tuple(bytes(t) for t in trust)
    anchors = _TRUST_CACHE.get(key)
    if anchors is not None:
        return anchors
    found: list[_Anchor] = []
    for data in key:
        try:
            certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                     else [x509.load_der_x509_certificate(data)])
        except ValueError:
            raise ObserverAppError("bundle.trust_no_certificate", QT_TRANSLATE_NOOP(
                "Messages", "The trusted CA file holds no certificate; give the CA's ca.pem.")) from None
        for cert in certs:
            try:
                bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
                is_ca = bc.ca
            except x509.ExtensionNotFound:
                is_ca = False
            if is_ca:
                try:
                    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
                    is_ca = ku.key_cert_sign
                except x509.ExtensionNotFound:
                    pass
            found.append(_Anchor(cert, cert.subject, cert.public_key(), is_ca))
    if not found:
        raise ObserverAppError("bundle.trust_none_given", QT_TRANSLATE_NOOP(
            "Messages", "No trusted CA certificate was given; give the CA's ca.pem."))
    anchors = TrustSet(found)
    if len(_TRUST_CACHE) > 64:
        _TRUST_CACHE.clear()
    _TRUST_CACHE[key] = anchors
    return anchors


def _signed_by(cert: x509.Certificate, public_key: Any) -> bool:
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(cert.signature, cert.tbs_certificate_bytes,
                              ec.ECDSA(cert.signature_hash_algorithm))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                              cert.signature_hash_algorithm)
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _leads_to(cert: x509.Certificate, cert_der: bytes, trust: TrustSet,
              at: dt.datetime | None) -> Message | None:
    """None when a trusted CA issued cert (name and signature); otherwise why not."""
    anchor = trust.issuer_of(cert, cert_der)
    if anchor is None:
        return _not_trusted()
    if not anchor.is_ca:
        return Message("bundle.not_trusted_not_ca", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is signed by a certificate that does not lead to the trusted "
            "CA (the trusted certificate is not a CA certificate)."))
    ca = anchor.certificate
    if at is not None and not ca.not_valid_before_utc <= at <= ca.not_valid_after_utc:
        return Message("bundle.not_trusted_ca_expired", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is signed by a certificate that does not lead to the trusted "
            "CA (the CA certificate was not valid when the bundle was made)."))
    return None


def _not_trusted() -> Message:
    return Message("bundle.not_trusted", QT_TRANSLATE_NOOP(
        "Messages", "The bundle is signed by a certificate that does not lead to the trusted CA."))
