"""Verifying a bundle: every check, never raising for what is in the file."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import sqlite3
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any, Callable, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from observer_app.bundle.check import BundleCheck
from observer_app.bundle.cms import _check_signature
from observer_app.bundle.format import (
    _CHUNK,
    CERT,
    DATA,
    MANIFEST,
    MAX_BUNDLE_SIZE,
    member_limit,
    SIGNATURE,
    _check_members,
    _NullSink,
    _one_line,
    _parse_manifest,
    _parse_utc,
    _read_member,
    _Refused,
    _remove,
    _sha256,
)
from observer_app.bundle.snapshot import (
    IN_MEMORY_SNAPSHOT,
    SnapshotConnection,
    _check_database,
)
from observer_app.bundle.trust import (
    TrustSet,
    _leads_to,
    _name_attr,
    _not_trusted,
    trust_anchors,
)
from observer_app.errors import ObserverAppError
from observer_app.export.files import temp_file
from observer_app.identity import printable
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.schema import SCHEMA_VERSION

# How far after this computer's clock a bundle's creation time may be (laptops' clocks differ)
# before it is refused as false; the same as for PDF signatures (observer_app.signing).
CLOCK_TOLERANCE = dt.timedelta(days=1)


def verify_bundle(path: str | os.PathLike, trust: Sequence[bytes] | None = None, *,
                  extract_to: Path | None = None, check_integrity: bool = True) -> BundleCheck:
    """Checks a bundle; never raises for what is in the file.

    trust: PEM (or DER) bytes of CA certificates, or a TrustSet from trust_anchors(); given, the
    observer's certificate must be issued directly by one of them (name and signature; the CA
    certificate must be a CA) and trusted is True or False (False makes ok False); None leaves
    trusted None. extract_to: a file path where data.sqlite is left (replacing a file there)
    when the bundle is ok, for the merge; otherwise nothing is left behind and a file already
    at extract_to is untouched. check_integrity: the SQLite checks (integrity, schema, observer
    ids, row counts, stations); the hashes and the signature are checked either way.
    """
    return _verify_bundle(path, trust, extract_to, check_integrity, None)[0]


def verify_and_read(path: str | os.PathLike, trust: Sequence[bytes] | None,
                    read: Callable[["SnapshotConnection", BundleCheck], Any], *,
                    extract_to: Path | None = None) -> tuple[BundleCheck, Any]:
    """verify_bundle with every check, then, only when the bundle is ok, read(conn, check) on the
    verified snapshot; returns (check, what read returned, or None when the bundle is not ok).

    The snapshot is opened once, for the checks and for read: read-only, trusted_schema=OFF,
    in memory when data.sqlite is at most IN_MEMORY_SNAPSHOT bytes (no temporary file), else
    from a temporary file. conn is a SnapshotConnection: execute(sql, parameters) only, and
    no table-valued functions (the connection may be reused, see _Reusable). An exception in
    read makes the bundle not ok, with a reason.
    """
    return _verify_bundle(path, trust, extract_to, True, read)


def _verify_bundle(path: str | os.PathLike, trust: Sequence[bytes] | None,
                   extract_to: Path | None, check_integrity: bool,
                   read: Callable[[sqlite3.Connection, BundleCheck], Any] | None) -> tuple[BundleCheck, Any]:
    path = Path(path)
    check = BundleCheck(path=str(path))
    extracted: Path | None = None
    got: list[Any] = [None]  # what read returned
    try:
        extracted = _verify(path, trust, extract_to, check_integrity, check, read, got)
        if not check.reasons and extract_to is not None and extracted is not None:
            os.replace(extracted, extract_to)
            extracted = None
            check.extracted = str(extract_to)
    except _Refused as exc:
        check.reasons.extend(exc.args)
    except (zipfile.BadZipFile, zlib.error) as exc:
        check.reasons.append(Message("bundle.not_a_zip", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is not a readable zip file ({detail}); it may be truncated or "
            "damaged, so copy it again."), {"detail": _one_line(exc)}))
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as exc:
        check.reasons.append(Message("bundle.zip_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "The bundle cannot be read as a zip file ({detail})."),
            {"detail": _one_line(exc)}))
    except OSError as exc:
        check.reasons.append(Message("bundle.unreadable_file", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}."),
            {"path": str(path), "reason": str(exc.strerror or exc)}))
    except Exception as exc:  # noqa: BLE001 - a hostile file must give a reason, not a traceback
        check.reasons.append(Message("bundle.cannot_check", QT_TRANSLATE_NOOP(
            "Messages", "The bundle cannot be checked ({kind}: {detail})."),
            {"kind": type(exc).__name__, "detail": _one_line(exc)}))
    finally:
        _remove(extracted)
    check.ok = not check.reasons
    return check, (got[0] if check.ok else None)


def _verify(path: Path, trust: Sequence[bytes] | None, extract_to: Path | None,
            check_integrity: bool, check: BundleCheck,
            read: Callable[[sqlite3.Connection, BundleCheck], Any] | None = None,
            got: list[Any] | None = None) -> Path | None:
    reasons = check.reasons
    anchors: TrustSet | None = None
    if isinstance(trust, TrustSet):
        anchors = trust
    elif trust is not None:
        try:
            anchors = trust_anchors(trust)
        except ObserverAppError as exc:
            check.trusted = False
            reasons.append(exc.message)
            return None

    size = path.stat().st_size
    if size > MAX_BUNDLE_SIZE:
        raise _Refused(Message("bundle.file_too_large", QT_TRANSLATE_NOOP(
            "Messages", "The file is {size} bytes long, larger than any bundle this app writes."),
            {"size": size}))
    in_memory = size <= 64 * 1024 * 1024
    blob: bytes | None = None
    with path.open("rb") as f:
        if in_memory:
            blob = f.read()
            check.sha256 = _sha256(blob)
            source: Any = io.BytesIO(blob)
        else:
            digest = hashlib.sha256()
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
            check.sha256 = digest.hexdigest()
            source = path
    with zipfile.ZipFile(source) as zf:
        members = _check_members(zf)
        manifest_bytes, _ = _read_member(zf, members[MANIFEST], blob=blob,
                                         limit=member_limit(MANIFEST, members[DATA].file_size))
        cert_pem, cert_hash = _read_member(zf, members[CERT], blob=blob)
        p7s, _ = _read_member(zf, members[SIGNATURE], blob=blob)

        # The certificate and the signature.
        cert = None
        if cert_pem.count(b"-----BEGIN") != 1:
            reasons.append(Message("bundle.pem_not_one", QT_TRANSLATE_NOOP(
                "Messages", "observer.pem does not hold exactly one certificate.")))
        else:
            try:
                cert = x509.load_pem_x509_certificate(cert_pem)
            except ValueError:
                reasons.append(Message("bundle.pem_not_certificate", QT_TRANSLATE_NOOP(
                    "Messages", "observer.pem is not a certificate.")))
        cert_uid = None
        signature_ok = False
        if cert is not None:
            cert_der = cert.public_bytes(serialization.Encoding.DER)
            check.cert_sha256 = _sha256(cert_der)
            subject = cert.subject  # a new Name object at each access: read once
            # Names as they can be printed and stored: a line break in one is written \n.
            name, org = (_name_attr(subject, oid) for oid in (NameOID.COMMON_NAME,
                                                              NameOID.ORGANIZATION_NAME))
            check.signer_name = printable(name) if name is not None else None
            check.signer_org = printable(org) if org is not None else None
            check.self_signed = cert.issuer == subject
            check.cert_valid_until = cert.not_valid_after_utc.isoformat()
            cert_uid = _name_attr(subject, NameOID.USER_ID)
            problem = _check_signature(p7s, manifest_bytes, cert, cert_der)
            if problem:
                reasons.append(problem)
            else:
                signature_ok = True
            try:
                usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
                if not usage.digital_signature:
                    reasons.append(Message("bundle.cert_not_for_signing", QT_TRANSLATE_NOOP(
                        "Messages", "The observer's certificate is not meant for signatures (no "
                        "digitalSignature key usage).")))
            except x509.ExtensionNotFound:
                reasons.append(Message("bundle.cert_no_key_usage", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate has no key usage for signatures.")))
            if cert_uid is None:
                reasons.append(Message("bundle.cert_no_uid", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate names no observer id (UID).")))

        # The manifest.
        manifest, problems = _parse_manifest(manifest_bytes)
        reasons.extend(problems)
        content_ok = signature_ok and manifest is not None
        created = _parse_utc(manifest["created_at"]) if manifest is not None else None
        if manifest is not None:
            check.manifest = manifest
            check.observer_id = manifest["observer_id"]
            check.schema_version = manifest["schema_version"]
            check.election_id = manifest["election_id"]
            if manifest["schema_version"] > SCHEMA_VERSION:
                reasons.append(Message("bundle.schema_newer", QT_TRANSLATE_NOOP(
                    "Messages", "The bundle was written by a newer version of the app (schema "
                    "{schema}; this app knows up to {known}); update the app to read it."),
                    {"schema": manifest["schema_version"], "known": SCHEMA_VERSION}))
                content_ok = False
            if cert_uid is not None and cert_uid != manifest["observer_id"]:
                reasons.append(Message("bundle.cert_other_observer", QT_TRANSLATE_NOOP(
                    "Messages", "The certificate belongs to observer {uid}, but the manifest names "
                    "observer {observer}."), {"uid": printable(cert_uid),
                                              "observer": printable(manifest["observer_id"])}))
                content_ok = False
            if cert_hash != manifest["sha256"][CERT]:
                reasons.append(Message("bundle.cert_replaced", QT_TRANSLATE_NOOP(
                    "Messages", "observer.pem does not match the SHA-256 in the manifest; the "
                    "certificate was replaced.")))
                content_ok = False
            # The bundle is judged as of when it says it was made (a bundle made while its
            # certificate was valid stays valid after it expires), which must be believable.
            now = dt.datetime.now(dt.timezone.utc)
            if created is not None and created > now + CLOCK_TOLERANCE:
                reasons.append(Message("bundle.made_after_clock", QT_TRANSLATE_NOOP(
                    "Messages", "The bundle claims to have been made on {created}, more than a day "
                    "after this computer's clock ({now} UTC): check this computer's date; if it is "
                    "right, the bundle's time is false and it is not valid."),
                    {"created": printable(manifest["created_at"]), "now": f"{now:%Y-%m-%d %H:%M}"}))
            elif cert is not None and created is not None and not (
                    cert.not_valid_before_utc <= created <= cert.not_valid_after_utc):
                reasons.append(Message("bundle.cert_not_valid_then", QT_TRANSLATE_NOOP(
                    "Messages", "The observer's certificate was not valid when the bundle was made "
                    "({created}; valid {start} to {end})."),
                    {"created": printable(manifest["created_at"]),
                     "start": f"{cert.not_valid_before_utc:%Y-%m-%d}",
                     "end": f"{cert.not_valid_after_utc:%Y-%m-%d}"}))
        if anchors is not None:
            why = (_leads_to(cert, cert_der, anchors, created) if cert is not None
                   else _not_trusted())
            check.trusted = why is None
            if why and cert is not None:
                reasons.append(why)

        # The database: hashed always; opened (in memory when it is not large) only when the
        # signed content is sound; written to a file only when it is large or is to be kept.
        if manifest is None:
            return None
        want_db = check_integrity and content_ok
        data: bytes | None = None
        target: Path | None = None
        if want_db and members[DATA].file_size <= IN_MEMORY_SNAPSHOT:
            # zipfile stops at the declared size (and checks the CRC), so this is bounded.
            data, data_hash = _read_member(zf, members[DATA], blob=blob)
        elif want_db or extract_to is not None:
            target = _extract_file(extract_to)
            sink = target.open("wb")
            try:
                with sink:
                    _, data_hash = _read_member(zf, members[DATA], sink)
            except BaseException:
                _remove(target)
                raise
        else:
            _, data_hash = _read_member(zf, members[DATA], _NullSink())
    if data_hash != manifest["sha256"][DATA]:
        reasons.append(Message("bundle.data_changed", QT_TRANSLATE_NOOP(
            "Messages", "data.sqlite does not match the SHA-256 in the manifest; the data was "
            "changed after the bundle was signed.")))
        return target
    if content_ok:
        # The bundle's identity is its signed content, not its zip: the signed manifest names
        # the SHA-256 of the database and the certificate, so the same manifest is the same
        # bundle however the file was repacked (a mail gateway's zip comment, another
        # compression, a rename). A file whose content does not match what was signed keeps
        # the hash of its bytes: it is not that bundle and cannot stand for it.
        check.sha256 = _sha256(manifest_bytes)
    if want_db:
        _check_database(data if data is not None else target, manifest, reasons, read, check, got)
    if data is not None and extract_to is not None and not reasons:
        target = _extract_file(extract_to)
        try:
            with target.open("wb") as sink:
                sink.write(data)
        except BaseException:
            _remove(target)
            raise
    return target


def _extract_file(extract_to: Path | None) -> Path:
    """A temporary file for a bundle's database: beside extract_to, else in the system's temporary
    folder; named for this process, so that what a killed reader left is removed by the next."""
    folder = Path(extract_to).parent if extract_to is not None else Path(tempfile.gettempdir())
    return temp_file(folder / "data.sqlite", "extract")
