"""Export bundles (`*.obsx`): one observer's database, signed, for the coordinator's merge.

A bundle is a zip with exactly these members (design.md, "Export bundle"):

``data.sqlite``        a ``VACUUM INTO`` snapshot of the observer database (rollback-journal mode,
                       one self-contained file; safe to take while the app has the database open);
``manifest.json``      UTF-8 JSON, sorted keys: format and schema version, app version, election id,
                       observer id, station codes, row counts per table, SHA-256 of ``data.sqlite``
                       and ``observer.pem``, creation time (UTC);
``observer.pem``       the observer's certificate (its subject UID is the observer id);
``manifest.json.p7s``  a detached DER CMS signature over the exact bytes of ``manifest.json``,
                       made with the observer's ECDSA P-256 key (the identity of the PDF summaries).

:func:`export_bundle` writes one (atomically, signed, never half-written); it refuses an identity
whose observer id is not the database's, and a database the verifier would refuse.

:func:`verify_bundle` never raises for a bad bundle: it returns a :class:`BundleCheck` (plain,
picklable fields, for a process pool) whose ``reasons`` say, one sentence each, what is wrong.
It reads the zip defensively (exactly the four members; no duplicates, paths, folders,
encryption or oversized members), checks the manifest, the CMS signature (asn1crypto for the
structure, cryptography for ECDSA), the certificate (UID = observer id, digitalSignature usage,
validity at the bundle's creation), optionally the chain to trusted CA certificates, the
SHA-256 of each member, and then the database itself, opened read-only with
``trusted_schema=OFF``: integrity check, schema, observer ids, row counts, stations.

Cost per small bundle on the 2-core reference machine (a fresh database with one protocol,
12 KB bundle): about 0.8 ms CPU without the SQLite checks (of which ~0.2 ms unpacking and hashing
data.sqlite, ~0.1 ms ECDSA) and 1.9 ms with them; the demo database (81 KB bundle, 450 tallies)
takes about 1.8 and 4 ms. Parsed trust anchors, the issuer found for each certificate and the
expected schema are cached per process.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import stat
import tempfile
import threading
import zipfile
import zlib
from pathlib import Path
from typing import Any, Sequence

from asn1crypto import cms, core
from sqlite_utils import Database
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from observer_app import __version__
from observer_app.errors import ObserverAppError
from observer_app.storage.schema import SCHEMA_VERSION, migrations

MEMBERS = ("data.sqlite", "manifest.json", "observer.pem", "manifest.json.p7s")
FORMAT_VERSION = 1
SUFFIX = ".obsx"

DATA, MANIFEST, CERT, SIGNATURE = MEMBERS
# The most a member may hold once uncompressed (declared in the zip and enforced while reading).
MAX_SIZES = {DATA: 512 * 1024 * 1024, MANIFEST: 1024 * 1024, CERT: 1024 * 1024,
             SIGNATURE: 1024 * 1024}
MAX_BUNDLE_SIZE = sum(MAX_SIZES.values()) + 1024 * 1024  # room for the zip's own headers

# The tables whose rows the manifest counts (schema.RECORD_TABLES and the audit trail).
COUNTED_TABLES = ("election", "observers", "stations", "visits", "protocols", "obstructions",
                 "turnout_tallies", "turnout_announcements", "incidents", "photos", "audit")
# Tables whose rows belong to one observer (observer_id NOT NULL) and name a station.
OBSERVER_TABLES = ("visits", "protocols", "obstructions", "turnout_tallies",
                   "turnout_announcements", "incidents")

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member timestamps: the same data gives the same zip
_CHUNK = 1024 * 1024
_MANIFEST_KEYS = {"format_version": int, "schema_version": int, "app_version": str,
                  "election_id": str, "observer_id": str, "stations": list, "row_counts": dict,
                  "sha256": dict, "created_at": str}


# ---------------------------------------------------------------------------------------------
# The result of a verification


@dataclasses.dataclass
class BundleCheck:
    """What :func:`verify_bundle` found. Plain fields only, so it pickles across processes."""

    path: str
    sha256: str | None = None  # of the whole bundle file
    ok: bool = False
    reasons: list[str] = dataclasses.field(default_factory=list)
    manifest: dict[str, Any] | None = None
    observer_id: str | None = None  # the manifest's (equal to the certificate's UID when ok)
    signer_name: str | None = None
    signer_org: str | None = None
    cert_sha256: str | None = None  # of the certificate's DER
    self_signed: bool = False
    trusted: bool | None = None  # None: no trust anchors were given
    schema_version: int | None = None
    election_id: str | None = None
    extracted: str | None = None  # where data.sqlite was left (extract_to), when ok

    @property
    def status(self) -> str:
        """'invalid', 'trusted' or 'unverified' (intact, but the signer is not verified)."""
        if not self.ok:
            return "invalid"
        return "trusted" if self.trusted else "unverified"

    def signer(self) -> str:
        org = f" ({self.signer_org})" if self.signer_org else ""
        return f"{self.signer_name or 'unknown signer'}{org}"

    def summary(self) -> str:
        """A message for a person: the verdict first, then each reason on its own line."""
        name = Path(self.path).name
        if not self.ok:
            return "\n".join([f"{name} is not a valid bundle:"] + [f"  {r}" for r in self.reasons])
        who = f"signed by {self.signer()}, observer {self.observer_id}"
        if self.trusted:
            return f"{name} is intact and {who}, whose certificate leads to the trusted CA."
        why = ("a self-signed certificate" if self.self_signed
               else "a certificate that was not checked against a CA (use --trust CA.pem)")
        return f"{name} is intact and {who}; the signer is not verified ({why})."


# ---------------------------------------------------------------------------------------------
# Small helpers


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if len(values) != 1:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _show(name: str, limit: int = 60) -> str:
    """A member name as it can be shown in a message (quoted, escaped, shortened)."""
    return repr(name if len(name) <= limit else name[:limit] + "...")


def _parse_utc(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _utc_now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Opens a snapshot read-only: no journal or WAL files, no schema-defined functions."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA mmap_size = 0")
    except BaseException:
        conn.close()
        raise
    return conn


def _one_line(text: Any) -> str:
    """An error's text fit for a one-sentence reason (asn1crypto's span several lines)."""
    return " ".join(str(text).split()).rstrip(".")


def _remove(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


# ---------------------------------------------------------------------------------------------
# The database inside a bundle: what the manifest says about it, checked the same way on both
# sides (export refuses to write a bundle that the verifier would reject).


@dataclasses.dataclass
class _DbFacts:
    schema_version: int
    election_ids: list[str]
    row_counts: dict[str, int]
    stations: list[str]
    problems: list[str]


_EXPECTED_SCHEMA: dict[int, frozenset] = {}
_SCHEMA_LOCK = threading.Lock()
# Tables only a coordinator's database fills (schema 2): empty in an observer's bundle.
COORDINATOR_TABLES = ("bundles", "conflict_records", "official_results", "overrides")


def _schema_shape(conn: sqlite3.Connection) -> frozenset:
    """The database's structure: tables with their columns, indexes, views and triggers.

    Structure, not SQL text: another sqlite-utils version may word the same CREATE differently.
    SQLite's own objects and sqlite-utils' bookkeeping (names starting with an underscore) are
    left out.
    """
    own = "m.name NOT LIKE 'sqlite!_%' ESCAPE '!' AND m.name NOT LIKE '!_%' ESCAPE '!'"
    objects = conn.execute(f"SELECT m.type, m.name, m.tbl_name FROM sqlite_master m WHERE {own}")
    columns = conn.execute(
        "SELECT m.name, p.cid, p.name, upper(p.type), p.\"notnull\", p.pk FROM sqlite_master m "
        f"JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND {own}")
    return frozenset(objects) | frozenset(("column",) + tuple(row) for row in columns)


_SHAPE_OK: dict[frozenset, bool] = {}


def _schema_matches(conn: sqlite3.Connection) -> bool:
    """Whether the database has this app's schema (structure); remembered per schema text, as
    every bundle of one app version has the same."""
    text = frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    known = _SHAPE_OK.get(text)
    if known is None:
        known = _schema_shape(conn) == _expected_schema()
        if len(_SHAPE_OK) > 256:
            _SHAPE_OK.clear()
        _SHAPE_OK[text] = known
    return known


def _expected_schema() -> frozenset:
    """The structure of a fresh database of this app's schema (built once per process)."""
    with _SCHEMA_LOCK:
        if SCHEMA_VERSION not in _EXPECTED_SCHEMA:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            try:
                migrations.apply(Database(conn, execute_plugins=False))
                _EXPECTED_SCHEMA[SCHEMA_VERSION] = _schema_shape(conn)
            finally:
                conn.close()
        return _EXPECTED_SCHEMA[SCHEMA_VERSION]


def _inspect_database(conn: sqlite3.Connection, observer_id: str, *, integrity: bool = True) -> _DbFacts:
    """Reads what a manifest states about a snapshot, and lists what makes it unacceptable.

    Few statements on purpose: verification runs for thousands of bundles.
    """
    problems: list[str] = []
    none = _DbFacts(0, [], {}, [], problems)
    if integrity:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(2)")]
        if result != ["ok"]:
            more = ", and more" if len(result) > 1 else ""
            problems.append("data.sqlite is damaged (SQLite integrity check: "
                            f"{_one_line(result[0])}{more}).")
            return none
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    none.schema_version = version
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == SCHEMA_VERSION:
        if not _schema_matches(conn):
            problems.append("data.sqlite does not have the tables of an observer database "
                            f"of schema {version}.")
            return none
    else:
        missing = [t for t in COUNTED_TABLES + ("settings",) if t not in tables]
        if missing:
            problems.append(f"data.sqlite is not an observer database (no table {missing[0]}).")
            return none

    counts_row = conn.execute(
        "SELECT " + ", ".join(f"(SELECT count(*) FROM [{t}])" for t in COUNTED_TABLES)).fetchone()
    counts = dict(zip(COUNTED_TABLES, counts_row))
    checks = [f"(SELECT count(*) FROM [{t}] WHERE observer_id IS NOT :o)" for t in OBSERVER_TABLES]
    checks += ["(SELECT count(*) FROM audit WHERE observer_id IS NOT NULL AND observer_id != :o)",
               "(SELECT count(*) FROM observers WHERE id IS NOT :o)",
               "(SELECT count(*) FROM observers WHERE id = :o)",
               "(SELECT count(*) FROM settings WHERE key = 'observer_id' AND value IS NOT :o)"]
    coordinator = [t for t in COORDINATOR_TABLES if t in tables]
    checks += [f"(SELECT count(*) FROM [{t}])" for t in coordinator]
    found = conn.execute("SELECT " + ", ".join(checks), {"o": observer_id}).fetchone()
    n = len(OBSERVER_TABLES)
    own = found[n + 2]
    foreign = [f"{count} {table}" for table, count in zip(
        OBSERVER_TABLES + ("audit", "observers"), found[:n + 2]) if count]
    if found[n + 3]:
        foreign.append("the observer_id setting")
    if foreign:
        problems.append(f"data.sqlite holds rows of another observer than {observer_id} "
                        f"({', '.join(foreign)}).")
    if own != 1:
        problems.append(f"data.sqlite has no profile of the observer {observer_id}.")
    for table, count in zip(coordinator, found[n + 4:]):
        if count:
            problems.append(f"data.sqlite holds coordinator data ({count} {table} row(s)); "
                            "export an observer's database, not a coordinator's.")

    election_ids = [row[0] for row in conn.execute("SELECT id FROM election")]
    if len(election_ids) != 1:
        problems.append(f"data.sqlite holds {len(election_ids)} elections; a bundle holds exactly one.")
    else:
        n = conn.execute("SELECT count(*) FROM stations WHERE election_id IS NOT ?",
                         election_ids).fetchone()[0]
        if n:
            problems.append(f"data.sqlite holds {n} station(s) of another election than "
                            f"{election_ids[0]}.")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        problems.append("data.sqlite has records that refer to missing stations or observers.")
    union = " UNION ".join(f"SELECT station_id FROM [{t}]" for t in OBSERVER_TABLES)
    stations = sorted(row[0] for row in conn.execute(
        f"SELECT code FROM stations WHERE id IN ({union})"))
    return _DbFacts(version, election_ids, counts, stations, problems)


# ---------------------------------------------------------------------------------------------
# Export


def _certificate_uid(cert: x509.Certificate) -> str | None:
    return _name_attr(cert.subject, NameOID.USER_ID)


# A small database is snapshotted with 1 KiB pages: its many nearly empty tables then take a
# quarter of the room, so the bundle is cheaper to unpack, hash and check (a 221 KB snapshot of
# a fresh database becomes 96 KB; verification 2.6 -> 1.9 ms). Large ones (photos) keep theirs.
SMALL_PAGE_SIZE = 1024
SMALL_DATABASE = 8 * 1024 * 1024


def _vacuum_into(conn: sqlite3.Connection, dest: Path) -> None:
    # VACUUM INTO writes pages of the connection's page_size setting; the source database, in
    # WAL mode, keeps its own whatever the setting says.
    (original,) = conn.execute("PRAGMA page_size").fetchone()
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    size = SMALL_PAGE_SIZE if pages * original <= SMALL_DATABASE else original
    conn.execute(f"PRAGMA page_size = {int(size)}")
    try:
        conn.execute("VACUUM INTO ?", [str(dest)])
    finally:
        conn.execute(f"PRAGMA page_size = {int(original)}")


def _snapshot(store, dest: Path) -> None:
    """VACUUM INTO dest: a consistent copy of everything committed, WAL included."""
    conn: sqlite3.Connection = store.db.conn
    if conn.in_transaction:
        if store.path is None:
            raise ObserverAppError("The database is in the middle of a change; try the export again.")
        conn = sqlite3.connect(str(store.path), timeout=10)
        try:
            _vacuum_into(conn, dest)
        finally:
            conn.close()
    else:
        _vacuum_into(conn, dest)


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


def _check_identity(identity, observer_id: str) -> None:
    cert: x509.Certificate = identity.certificate
    uid = _certificate_uid(cert)
    who = f"{identity.name or _name_attr(cert.subject, NameOID.COMMON_NAME) or 'unknown'}"
    if identity.observer_id != observer_id or uid != observer_id:
        raise ObserverAppError(
            f"The identity of {who} belongs to observer {uid or identity.observer_id}, but this "
            f"database is kept by observer {observer_id}; sign its bundle with the identity issued "
            f"for observer {observer_id}.")
    if not isinstance(identity.key, ec.EllipticCurvePrivateKey) or not isinstance(
            identity.key.curve, ec.SECP256R1):
        raise ObserverAppError(f"The identity of {who} has no ECDSA P-256 key; bundles need one.")
    if identity.key.public_key().public_numbers() != cert.public_key().public_numbers():
        raise ObserverAppError(f"In the identity of {who} the key does not belong to the certificate.")
    now = dt.datetime.now(dt.timezone.utc)
    if now < cert.not_valid_before_utc:
        raise ObserverAppError(
            f"The certificate of {who} is valid only from {cert.not_valid_before_utc:%Y-%m-%d %H:%M} "
            "UTC; check the laptop's clock.")
    if now > cert.not_valid_after_utc:
        raise ObserverAppError(
            f"The certificate of {who} expired on {cert.not_valid_after_utc:%Y-%m-%d}; ask the "
            "organisation for a new identity.")


def export_bundle(store, out_path: str | os.PathLike, identity) -> dict[str, Any]:
    """Writes a signed bundle of the store's database to out_path; returns its manifest.

    The file appears whole or not at all (temp file + rename), and only signed. Raises
    ObserverAppError with a sentence for a person when the identity or the database does not fit.
    """
    out_path = Path(out_path)
    observer_id = store.observer_id
    _check_identity(identity, observer_id)
    if store.election() is None:
        raise ObserverAppError(
            "This database has no election yet, so there is nothing to export; load one with "
            "'observer-app election load FILE --db PATH'.")
    folder = out_path.parent
    if not folder.is_dir():
        raise ObserverAppError(f"The folder {folder} does not exist; choose an existing folder "
                               "for the bundle.")
    if out_path.is_dir():
        raise ObserverAppError(f"{out_path} is a folder; give a file name such as observer.obsx.")

    snapshot: Path | None = None
    partial: Path | None = None
    try:
        try:
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out_path.name}.", suffix=".sqlite.tmp")
            os.close(fd)
            snapshot = Path(name)
            fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out_path.name}.", suffix=".tmp")
            os.close(fd)
            partial = Path(name)
        except OSError as exc:
            raise ObserverAppError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
        try:
            _snapshot(store, snapshot)
        except sqlite3.Error as exc:
            raise ObserverAppError(f"Cannot take a snapshot of the database: {exc}.") from exc

        if snapshot.stat().st_size > MAX_SIZES[DATA]:
            raise ObserverAppError(
                f"The database is larger than {MAX_SIZES[DATA] // (1024 * 1024)} MiB, more than a "
                "bundle may hold; it cannot be exported.")
        conn = _connect_readonly(snapshot)
        try:
            facts = _inspect_database(conn, observer_id)
        finally:
            conn.close()
        if facts.problems:
            raise ObserverAppError(f"This database cannot be exported: {facts.problems[0]}")

        cert_pem = identity.certificate.public_bytes(serialization.Encoding.PEM)
        data_hash = hashlib.sha256()
        with snapshot.open("rb") as f:
            while chunk := f.read(_CHUNK):
                data_hash.update(chunk)
        manifest = {
            "format_version": FORMAT_VERSION,
            "schema_version": facts.schema_version,
            "app_version": __version__,
            "election_id": facts.election_ids[0],
            "observer_id": observer_id,
            "stations": facts.stations,
            "row_counts": facts.row_counts,
            "sha256": {DATA: data_hash.hexdigest(), CERT: _sha256(cert_pem)},
            "created_at": _utc_now_text(),
        }
        manifest_bytes = manifest_to_bytes(manifest)
        signature = _sign(manifest_bytes, identity)

        with partial.open("wb") as raw:
            with zipfile.ZipFile(raw, "w") as zf:
                info = _zip_info(DATA, zipfile.ZIP_DEFLATED)
                info.file_size = snapshot.stat().st_size
                with snapshot.open("rb") as src, zf.open(info, "w") as dst:
                    while chunk := src.read(_CHUNK):
                        dst.write(chunk)
                for member, data in ((MANIFEST, manifest_bytes), (CERT, cert_pem),
                                     (SIGNATURE, signature)):
                    zf.writestr(_zip_info(member, zipfile.ZIP_STORED), data)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(partial, 0o644)

        check = verify_bundle(partial)  # never leave a bundle that its reader would refuse
        if not check.ok:
            raise ObserverAppError(f"The bundle did not verify after writing, so it was not saved: "
                                   f"{check.reasons[0]}")
        os.replace(partial, out_path)
        partial = None
        _fsync_folder(folder)
        return manifest
    except OSError as exc:
        raise ObserverAppError(f"Cannot write the bundle {out_path}: {exc.strerror or exc}.") from exc
    finally:
        _remove(snapshot)
        _remove(partial)


def manifest_to_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as it is stored and signed: UTF-8 JSON with sorted keys."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _zip_info(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    info.create_system = 3  # Unix, so that the permissions below mean what they say
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
        if cert_der in self._issuers:
            return self._issuers[cert_der]
        found = None
        for anchor in self.anchors:
            if anchor.subject == cert.issuer and _signed_by(cert, anchor.public_key):
                found = anchor
                break
        if len(self._issuers) > 100_000:
            self._issuers.clear()
        self._issuers[cert_der] = found
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
            raise ObserverAppError("The trusted CA file holds no certificate; give the CA's "
                                   "ca.pem.") from None
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
        raise ObserverAppError("No trusted CA certificate was given; give the CA's ca.pem.")
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
              at: dt.datetime | None) -> str | None:
    """None when a trusted CA issued cert (name and signature); otherwise why not."""
    why = "signed by a certificate that does not lead to the trusted CA"
    anchor = trust.issuer_of(cert, cert_der)
    if anchor is None:
        return why
    if not anchor.is_ca:
        return f"{why} (the trusted certificate is not a CA certificate)"
    ca = anchor.certificate
    if at is not None and not ca.not_valid_before_utc <= at <= ca.not_valid_after_utc:
        return f"{why} (the CA certificate was not valid when the bundle was made)"
    return None


# ---------------------------------------------------------------------------------------------
# Verification


class _Refused(Exception):
    """A problem that makes reading the rest of the bundle pointless."""


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink=None) -> tuple[bytes | None, str]:
    """Reads a member with a cap on its size; returns (bytes or None when sunk, SHA-256 hex)."""
    limit = MAX_SIZES[info.orig_filename]
    digest = hashlib.sha256()
    parts: list[bytes] = []
    total = 0
    with zf.open(info) as f:
        while True:
            chunk = f.read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise _Refused(f"The member {info.orig_filename} is larger than "
                               f"{limit // (1024 * 1024)} MiB once unpacked; it is not a bundle "
                               "this app wrote.")
            digest.update(chunk)
            if sink is None:
                parts.append(chunk)
            else:
                sink.write(chunk)
    return (b"".join(parts) if sink is None else None), digest.hexdigest()


def _check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    problems: list[str] = []
    found: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.orig_filename
        parts = name.replace("\\", "/").split("/")
        if name in found:
            problems.append(f"The bundle holds the member {_show(name)} twice.")
        elif name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            problems.append(f"The bundle has a member with an absolute path, {_show(name)}.")
        elif ".." in parts:
            problems.append(f"The bundle has a member whose path leaves the bundle, {_show(name)}.")
        elif "\\" in name:
            problems.append(f"The bundle has a member with a backslash in its name, {_show(name)}.")
        elif name.endswith("/") or info.is_dir():
            problems.append(f"The bundle has a folder entry, {_show(name)}.")
        elif name not in MEMBERS:
            problems.append(f"The bundle has an unexpected member {_show(name)}.")
        else:
            found[name] = info
            if info.flag_bits & 0x1:
                problems.append(f"The member {name} is encrypted.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(f"The member {name} uses a compression this app does not write.")
            if info.file_size > MAX_SIZES[name]:
                problems.append(f"The member {name} declares {info.file_size} bytes, more than "
                                f"{MAX_SIZES[name] // (1024 * 1024)} MiB; it is not a bundle "
                                "this app wrote.")
    for name in MEMBERS:
        if name not in found:
            problems.append(f"The bundle lacks the member {name}.")
    if problems:
        raise _Refused(*problems)
    return found


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for k, v in pairs:
        if k in result:
            raise ValueError(f"the key {k!r} appears twice")
        result[k] = v
    return result


def _parse_manifest(data: bytes) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        manifest = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, ValueError) as exc:
        return None, [f"manifest.json is not valid UTF-8 JSON ({_one_line(exc)})."]
    if not isinstance(manifest, dict):
        return None, ["manifest.json is not a JSON object."]
    problems = []
    for key, kind in _MANIFEST_KEYS.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(f"manifest.json has no valid {key!r}.")
    if problems:
        return None, problems
    if manifest["format_version"] != FORMAT_VERSION:
        if manifest["format_version"] > FORMAT_VERSION:
            return None, [f"The bundle has format version {manifest['format_version']}; it was "
                          "written by a newer version of the app, so update the app to read it."]
        return None, [f"The bundle has an unknown format version {manifest['format_version']}."]
    sums = manifest["sha256"]
    if set(sums) != {DATA, CERT} or not all(isinstance(v, str) for v in sums.values()):
        problems.append("manifest.json does not give the SHA-256 of data.sqlite and observer.pem.")
    counts = manifest["row_counts"]
    if set(counts) != set(COUNTED_TABLES) or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        problems.append("manifest.json does not give a row count for each table.")
    if not all(isinstance(s, str) for s in manifest["stations"]):
        problems.append("manifest.json lists stations that are not codes.")
    if _parse_utc(manifest["created_at"]) is None:
        problems.append("manifest.json has no valid creation time.")
    return (None, problems) if problems else (manifest, [])


_SIGNATURE_ALGORITHMS = {"sha256_ecdsa", "ecdsa"}


def _check_signature(p7s: bytes, manifest_bytes: bytes, cert: x509.Certificate,
                     cert_der: bytes) -> str | None:
    """None when p7s is a valid detached signature of manifest_bytes by cert; else why not."""
    bad = "The signature of manifest.json is not valid"
    try:
        info = cms.ContentInfo.load(p7s, strict=True)
        if info["content_type"].native != "signed_data":
            return "manifest.json.p7s is not a CMS signature."
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "data" or encap["content"].native is not None:
            return f"{bad}: it is not a detached signature of data."
        signers = signed["signer_infos"]
        if len(signers) != 1:
            return f"{bad}: it has {len(signers)} signers instead of one."
        signer = signers[0]
        if signer["digest_algorithm"]["algorithm"].native != "sha256":
            return f"{bad}: it does not use SHA-256."
        if signer["signature_algorithm"]["algorithm"].native not in _SIGNATURE_ALGORITHMS:
            return f"{bad}: it is not an ECDSA signature."
        sid = signer["sid"]
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (ias["serial_number"].native != cert.serial_number
                    or ias["issuer"].dump() != cert.issuer.public_bytes()):
                return f"{bad}: it was made by another certificate than observer.pem."
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                ski = None
            if sid.chosen.native != ski:
                return f"{bad}: it was made by another certificate than observer.pem."
        certs = signed["certificates"]
        if isinstance(certs, core.Void) or not any(
                c.name == "certificate" and c.chosen.dump() == cert_der for c in certs):
            return f"{bad}: it does not carry the certificate in observer.pem."
        attrs = signer["signed_attrs"]
        if not len(attrs):
            return f"{bad}: it has no signed attributes."
        content_type = digest = None
        seen: set[str] = set()
        for attr in attrs:
            kind = attr["type"].native
            if kind in seen:
                return f"{bad}: the signed attribute {kind} appears twice."
            seen.add(kind)
            values = attr["values"]
            if kind in ("content_type", "message_digest"):
                if len(values) != 1:
                    return f"{bad}: the signed attribute {kind} has {len(values)} values."
                if kind == "content_type":
                    content_type = values[0].native
                else:
                    digest = values[0].native
        if content_type != "data":
            return f"{bad}: its content type is not data."
        if digest != hashlib.sha256(manifest_bytes).digest():
            return f"{bad}: manifest.json was changed after it was signed."
        raw = attrs.dump()
        to_verify = b"\x31" + raw[1:]  # [0] IMPLICIT re-tagged as the SET OF that was signed
        public_key = cert.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            return f"{bad}: the certificate has no ECDSA key."
        try:
            public_key.verify(signer["signature"].native, to_verify, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return f"{bad}: the signature does not match the certificate's key."
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        return f"manifest.json.p7s cannot be read as a CMS signature ({_one_line(exc)})."
    return None


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
    path = Path(path)
    check = BundleCheck(path=str(path))
    extracted: Path | None = None
    try:
        extracted = _verify(path, trust, extract_to, check_integrity, check)
        if not check.reasons and extract_to is not None and extracted is not None:
            os.replace(extracted, extract_to)
            extracted = None
            check.extracted = str(extract_to)
    except _Refused as exc:
        check.reasons.extend(exc.args)
    except (zipfile.BadZipFile, zlib.error) as exc:
        check.reasons.append(f"The bundle is not a readable zip file ({_one_line(exc)}); it may be "
                             "truncated or damaged, so copy it again.")
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as exc:
        check.reasons.append(f"The bundle cannot be read as a zip file ({_one_line(exc)}).")
    except OSError as exc:
        check.reasons.append(f"Cannot read {path}: {exc.strerror or exc}.")
    except Exception as exc:  # noqa: BLE001 - a hostile file must give a reason, not a traceback
        check.reasons.append(f"The bundle cannot be checked ({type(exc).__name__}: {_one_line(exc)}).")
    finally:
        _remove(extracted)
    check.ok = not check.reasons
    return check


def _verify(path: Path, trust: Sequence[bytes] | None, extract_to: Path | None,
            check_integrity: bool, check: BundleCheck) -> Path | None:
    reasons = check.reasons
    anchors: TrustSet | None = None
    if isinstance(trust, TrustSet):
        anchors = trust
    elif trust is not None:
        try:
            anchors = trust_anchors(trust)
        except ObserverAppError as exc:
            check.trusted = False
            reasons.append(str(exc))
            return None

    size = path.stat().st_size
    if size > MAX_BUNDLE_SIZE:
        raise _Refused(f"The file is {size} bytes long, larger than any bundle this app writes.")
    in_memory = size <= 64 * 1024 * 1024
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
        manifest_bytes, _ = _read_member(zf, members[MANIFEST])
        cert_pem, cert_hash = _read_member(zf, members[CERT])
        p7s, _ = _read_member(zf, members[SIGNATURE])

        # The certificate and the signature.
        cert = None
        if cert_pem.count(b"-----BEGIN") != 1:
            reasons.append("observer.pem does not hold exactly one certificate.")
        else:
            try:
                cert = x509.load_pem_x509_certificate(cert_pem)
            except ValueError:
                reasons.append("observer.pem is not a certificate.")
        cert_uid = None
        signature_ok = False
        if cert is not None:
            cert_der = cert.public_bytes(serialization.Encoding.DER)
            check.cert_sha256 = _sha256(cert_der)
            check.signer_name = _name_attr(cert.subject, NameOID.COMMON_NAME)
            check.signer_org = _name_attr(cert.subject, NameOID.ORGANIZATION_NAME)
            check.self_signed = cert.issuer == cert.subject
            cert_uid = _certificate_uid(cert)
            problem = _check_signature(p7s, manifest_bytes, cert, cert_der)
            if problem:
                reasons.append(problem)
            else:
                signature_ok = True
            try:
                usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
                if not usage.digital_signature:
                    reasons.append("The observer's certificate is not meant for signatures "
                                   "(no digitalSignature key usage).")
            except x509.ExtensionNotFound:
                reasons.append("The observer's certificate has no key usage for signatures.")
            if cert_uid is None:
                reasons.append("The observer's certificate names no observer id (UID).")

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
                reasons.append(
                    f"The bundle was written by a newer version of the app (schema "
                    f"{manifest['schema_version']}; this app knows up to {SCHEMA_VERSION}); "
                    "update the app to read it.")
                content_ok = False
            if cert_uid is not None and cert_uid != manifest["observer_id"]:
                reasons.append(
                    f"The certificate belongs to observer {cert_uid}, but the manifest names "
                    f"observer {manifest['observer_id']}.")
                content_ok = False
            if cert_hash != manifest["sha256"][CERT]:
                reasons.append("observer.pem does not match the SHA-256 in the manifest; the "
                               "certificate was replaced.")
                content_ok = False
            if cert is not None and created is not None and not (
                    cert.not_valid_before_utc <= created <= cert.not_valid_after_utc):
                reasons.append(
                    f"The observer's certificate was not valid when the bundle was made "
                    f"({manifest['created_at']}; valid {cert.not_valid_before_utc:%Y-%m-%d} to "
                    f"{cert.not_valid_after_utc:%Y-%m-%d}).")
        if anchors is not None:
            why = (_leads_to(cert, cert_der, anchors, created) if cert is not None
                   else "signed by a certificate that does not lead to the trusted CA")
            check.trusted = why is None
            if why and cert is not None:
                reasons.append(f"The bundle is {why}.")

        # The database: hashed always, written out only when it is to be opened or kept.
        if manifest is None:
            return None
        want_file = (check_integrity and content_ok) or extract_to is not None
        target: Path | None = None
        if want_file:
            folder = Path(extract_to).parent if extract_to is not None else None
            fd, name = tempfile.mkstemp(prefix=".obsx-", suffix=".sqlite.tmp", dir=folder)
            target = Path(name)
            sink = os.fdopen(fd, "wb")
            try:
                with sink:
                    _, data_hash = _read_member(zf, members[DATA], sink)
            except BaseException:
                _remove(target)
                raise
        else:
            _, data_hash = _read_member(zf, members[DATA], _NullSink())
    if data_hash != manifest["sha256"][DATA]:
        reasons.append("data.sqlite does not match the SHA-256 in the manifest; the data was "
                       "changed after the bundle was signed.")
        return target
    if check_integrity and content_ok and target is not None:
        _check_database(target, manifest, reasons)
    return target


class _NullSink:
    def write(self, data: bytes) -> None:
        pass


def _check_database(db_path: Path, manifest: dict[str, Any], reasons: list[str]) -> None:
    try:
        with db_path.open("rb") as f:
            header = f.read(100)
        if not header.startswith(b"SQLite format 3\x00"):
            reasons.append("data.sqlite is not an SQLite database.")
            return
        conn = _connect_readonly(db_path)
        try:
            facts = _inspect_database(conn, manifest["observer_id"])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        reasons.append(f"data.sqlite cannot be read as a database ({_one_line(exc)}).")
        return
    if facts.problems:
        reasons.extend(facts.problems)
        return
    if facts.schema_version != manifest["schema_version"]:
        reasons.append(f"data.sqlite has schema {facts.schema_version}, but the manifest says "
                       f"{manifest['schema_version']}.")
    if facts.election_ids != [manifest["election_id"]]:
        reasons.append(f"data.sqlite holds the election {facts.election_ids[0]}, but the manifest "
                       f"names {manifest['election_id']}.")
    if facts.row_counts != manifest["row_counts"]:
        table = next(t for t in COUNTED_TABLES
                     if facts.row_counts.get(t) != manifest["row_counts"].get(t))
        reasons.append(f"data.sqlite does not hold the rows the manifest counts (table {table}: "
                       f"{facts.row_counts.get(table)}, manifest {manifest['row_counts'].get(table)}).")
    if facts.stations != sorted(manifest["stations"]):
        reasons.append("data.sqlite does not hold records for exactly the stations the manifest lists.")
