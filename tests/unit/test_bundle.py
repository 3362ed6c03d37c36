"""Export bundles: a signed, self-checking snapshot of one observer's database."""

from __future__ import annotations

import os

import dataclasses
import datetime as dt
import hashlib
import json
import pickle
import sqlite3
import struct
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from observer_app import __version__
from observer_app import bundle
from observer_app.bundle import cms as bundle_cms, export as bundle_export
from observer_app.bundle import MEMBERS, BundleCheck, export_bundle, verify_bundle
from observer_app.demo import DEMO_STATION, fill_demo
from observer_app.errors import ObserverAppError
from observer_app.messages import Message
from observer_app.storage.schema import SCHEMA_VERSION
from observer_app.storage.store import Store

NOT_TRUSTED = "The bundle is signed by a certificate that does not lead to the trusted CA."
DATA_CHANGED = ("data.sqlite does not match the SHA-256 in the manifest; the data was changed "
                "after the bundle was signed.")
MANIFEST_CHANGED = "The signature of manifest.json is not valid: manifest.json was changed after it was signed."


# ---------------------------------------------------------------------------------------------
# Identities made with cryptography alone (the bundle code needs only these attributes)


@dataclasses.dataclass
class FakeIdentity:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: list
    observer_id: str
    name: str
    organisation: str | None


@dataclasses.dataclass
class FakeCA:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


NOW = dt.datetime.now(dt.timezone.utc)


def make_ca(name: str = "Erkindik Kanaty observer CA", *, is_ca: bool = True,
            valid_from: dt.datetime | None = None) -> FakeCA:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Erkindik Kanaty")])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(valid_from or NOW - dt.timedelta(hours=1))
            .not_valid_after(NOW + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=is_ca, path_length=0 if is_ca else None), critical=True)
            .sign(key, hashes.SHA256()))
    return FakeCA(key, cert)


def make_identity(observer_id: str, ca: FakeCA | None = None, *, name: str = "Aigerim Bekova",
                  org: str = "Erkindik Kanaty", digital_signature: bool = True,
                  valid_from: dt.datetime | None = None,
                  valid_until: dt.datetime | None = None) -> FakeIdentity:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                         x509.NameAttribute(NameOID.USER_ID, observer_id)])
    issuer, issuer_key = (ca.certificate.subject, ca.key) if ca else (subject, key)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(valid_from or NOW - dt.timedelta(hours=1))
            .not_valid_after(valid_until or NOW + dt.timedelta(days=1096))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=digital_signature, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False), critical=True)
            .sign(issuer_key, hashes.SHA256()))
    return FakeIdentity(key, cert, [ca.certificate] if ca else [], observer_id, name, org)


# ---------------------------------------------------------------------------------------------
# Module fixtures: one demo database, one CA, one good bundle; the bad bundles are built from it


@pytest.fixture(scope="module")
def ca():
    return make_ca()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, ca):
    folder = tmp_path_factory.mktemp("demo")
    store = Store.open(folder / "observer.sqlite")
    fill_demo(store, day=dt.date(2021, 1, 10))
    identity = make_identity(store.observer_id, ca)
    path = folder / "good.obsx"
    manifest = export_bundle(store, path, identity)
    yield dict(store=store, identity=identity, path=path, manifest=manifest, folder=folder)
    store.close()


@pytest.fixture(scope="module")
def members(demo):
    with zipfile.ZipFile(demo["path"]) as zf:
        return {name: zf.read(name) for name in MEMBERS}


def write_zip(path: Path, entries, *, compression=zipfile.ZIP_DEFLATED) -> Path:
    """A zip of (name or ZipInfo, bytes) in the given order; duplicates allowed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def rebuilt(tmp_path, members, name="bad.obsx", **changes) -> Path:
    """The good bundle's members with some replaced (keyword: member name with . -> _)."""
    replaced = {m: changes.get(m.replace(".", "_"), members[m]) for m in MEMBERS}
    return write_zip(tmp_path / name, list(replaced.items()))


def forged(tmp_path, members, identity, *, db=None, manifest=None, name="forged.obsx") -> Path:
    """A properly signed bundle whose database and/or manifest were changed before signing."""
    data = members["data.sqlite"]
    if db is not None:
        work = tmp_path / "work.sqlite"
        work.write_bytes(data)
        conn = sqlite3.connect(work, isolation_level=None)
        db(conn)
        conn.close()
        data = work.read_bytes()
        work.unlink()
    content = json.loads(members["manifest.json"])
    cert_pem = identity.certificate.public_bytes(serialization.Encoding.PEM)
    content["sha256"] = {"data.sqlite": hashlib.sha256(data).hexdigest(),
                         "observer.pem": hashlib.sha256(cert_pem).hexdigest()}
    if manifest is not None:
        manifest(content)
    manifest_bytes = bundle.manifest_to_bytes(content)
    return write_zip(tmp_path / name, [
        ("data.sqlite", data), ("manifest.json", manifest_bytes), ("observer.pem", cert_pem),
        ("manifest.json.p7s", bundle_cms._sign(manifest_bytes, identity))])


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_manifest(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return hashlib.sha256(zf.read("manifest.json")).hexdigest()


def texts(check: BundleCheck) -> list[str]:
    """The reasons as the CLI prints them (English); each reason is a Message."""
    assert all(isinstance(r, Message) for r in check.reasons)
    return [str(r) for r in check.reasons]


def codes(check: BundleCheck) -> list[str]:
    return [r.code for r in check.reasons]


# ---------------------------------------------------------------------------------------------
# A good bundle


def test_bundle_of_the_demo_database_verifies_and_is_trusted_by_its_ca(demo, ca, members):
    store, identity, path, manifest = demo["store"], demo["identity"], demo["path"], demo["manifest"]
    counts = {t: store.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
              for t in bundle.COUNTED_TABLES}
    created = dt.datetime.fromisoformat(manifest["created_at"])
    assert created.utcoffset() == dt.timedelta(0) and abs(created - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    assert manifest == {
        "format_version": 1,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "election_id": "kz-2021-majilis",
        "observer_id": store.observer_id,
        "stations": [DEMO_STATION],
        "row_counts": counts,
        "sha256": {"data.sqlite": hashlib.sha256(members["data.sqlite"]).hexdigest(),
                   "observer.pem": hashlib.sha256(members["observer.pem"]).hexdigest()},
        "created_at": manifest["created_at"],
    }
    assert members["manifest.json"] == bundle.manifest_to_bytes(manifest)
    assert members["observer.pem"] == identity.certificate.public_bytes(serialization.Encoding.PEM)
    with zipfile.ZipFile(path) as zf:
        assert [(i.filename, i.compress_type, i.date_time) for i in zf.infolist()] == [
            ("data.sqlite", zipfile.ZIP_DEFLATED, (1980, 1, 1, 0, 0, 0)),
            ("manifest.json", zipfile.ZIP_STORED, (1980, 1, 1, 0, 0, 0)),
            ("observer.pem", zipfile.ZIP_STORED, (1980, 1, 1, 0, 0, 0)),
            ("manifest.json.p7s", zipfile.ZIP_STORED, (1980, 1, 1, 0, 0, 0)),
        ]
    assert sorted(p.name for p in demo["folder"].iterdir()) == [
        "good.obsx", "observer.sqlite", "observer.sqlite-shm", "observer.sqlite-wal"]

    check = verify_bundle(path, [ca.pem])
    assert check == BundleCheck(
        path=str(path), sha256=sha256_manifest(path), ok=True, reasons=[], manifest=manifest,
        observer_id=store.observer_id, signer_name="Aigerim Bekova", signer_org="Erkindik Kanaty",
        cert_sha256=hashlib.sha256(identity.certificate.public_bytes(serialization.Encoding.DER)).hexdigest(),
        self_signed=False, trusted=True, schema_version=SCHEMA_VERSION, election_id="kz-2021-majilis",
        cert_valid_until=identity.certificate.not_valid_after_utc.isoformat())
    assert check.status == "trusted"
    assert "intact" in check.summary() and "trusted CA" in check.summary()
    assert pickle.loads(pickle.dumps(check)) == check


def test_without_trust_anchors_the_signer_is_not_judged(demo):
    check = verify_bundle(demo["path"])
    assert (check.ok, texts(check), check.trusted, check.self_signed, check.status) == (
        True, [], None, False, "unverified")


def test_the_snapshot_is_an_observer_database_opened_read_only(demo, tmp_path):
    target = tmp_path / "extracted.sqlite"
    check = verify_bundle(demo["path"], extract_to=target)
    assert (check.ok, check.extracted) == (True, str(target))
    assert list(tmp_path.iterdir()) == [target]
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM turnout_tallies").fetchone()[0] == \
        demo["manifest"]["row_counts"]["turnout_tallies"]
    conn.close()


def test_a_quick_check_without_sqlite_still_checks_hashes_and_signature(demo, tmp_path):
    check = verify_bundle(demo["path"], check_integrity=False)
    assert (check.ok, texts(check)) == (True, [])
    target = tmp_path / "kept.sqlite"
    assert verify_bundle(demo["path"], check_integrity=False, extract_to=target).extracted == str(target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


def test_self_signed_identity_verifies_as_intact_but_not_trusted(tmp_path, store, ca):
    store.save_protocol(store.station_by_code(DEMO_STATION).id, values={"registered": 1200})
    identity = make_identity(store.observer_id)
    path = tmp_path / "self.obsx"
    manifest = export_bundle(store, path, identity)
    assert manifest["stations"] == [DEMO_STATION]
    check = verify_bundle(path)
    assert (check.ok, texts(check), check.trusted, check.self_signed, check.status) == (
        True, [], None, True, "unverified")
    assert "self-signed" in check.summary()
    check = verify_bundle(path, [ca.pem])
    assert (check.ok, texts(check), check.trusted) == (False, [NOT_TRUSTED], False)
    assert codes(check) == ["bundle.not_trusted"]


def test_a_database_without_records_lists_no_station(tmp_path, store):
    manifest = export_bundle(store, tmp_path / "empty.obsx", make_identity(store.observer_id))
    assert manifest["stations"] == []
    assert verify_bundle(tmp_path / "empty.obsx").ok


def test_identity_from_the_identity_module_works_end_to_end(tmp_path, store):
    from observer_app import identity as identity_module

    identity_module.create_ca(tmp_path / "ca", "ca secret", org="Erkindik Kanaty")
    identity_module.issue_identity(tmp_path / "ca", "ca secret", "Aigerim Bekova", None,
                                   store.observer_id, tmp_path / "a.p12", "secret")
    identity = identity_module.load_identity(tmp_path / "a.p12", "secret")
    export_bundle(store, tmp_path / "real.obsx", identity)
    check = verify_bundle(tmp_path / "real.obsx", [(tmp_path / "ca" / "ca.pem").read_bytes()])
    assert (check.ok, texts(check), check.trusted, check.signer_name) == (True, [], True, "Aigerim Bekova")


# ---------------------------------------------------------------------------------------------
# Export refuses, and never leaves a partial file


def test_export_refuses_an_identity_of_another_observer(tmp_path, store, ca):
    other = make_identity(str(uuid.uuid4()), ca)
    with pytest.raises(ObserverAppError, match=f"belongs to observer {other.observer_id}, but this "
                                               f"database is kept by observer {store.observer_id}") as exc:
        export_bundle(store, tmp_path / "x.obsx", other)
    assert exc.value.code == "identity.other_observer"
    assert exc.value.message.params == {"who": "Aigerim Bekova", "uid": other.observer_id,
                                        "observer": store.observer_id}
    assert not (tmp_path / "x.obsx").exists()


def test_export_refuses_a_key_that_is_not_the_certificates(tmp_path, store, ca):
    identity = make_identity(store.observer_id, ca)
    identity.key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(ObserverAppError, match="the key does not belong to the certificate"):
        export_bundle(store, tmp_path / "x.obsx", identity)


def test_export_refuses_a_database_without_election(tmp_path):
    store = Store.open(tmp_path / "blank.sqlite")
    try:
        with pytest.raises(ObserverAppError, match="no election yet"):
            export_bundle(store, tmp_path / "x.obsx", make_identity(store.observer_id))
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "obsx" in p.name) == []


def test_a_failure_while_writing_leaves_no_file_behind(tmp_path, store, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.obsx").write_bytes(b"the previous bundle")

    def broken_sign(*args):
        raise ObserverAppError("test.cannot_sign", "The key cannot sign.")

    monkeypatch.setattr(bundle_export, "_sign", broken_sign)
    with pytest.raises(ObserverAppError, match="cannot sign"):
        export_bundle(store, out / "old.obsx", make_identity(store.observer_id))
    assert [(p.name, p.read_bytes()) for p in out.iterdir()] == [("old.obsx", b"the previous bundle")]


def test_export_includes_what_another_connection_just_wrote(tmp_path, store, db_path):
    station = store.station_by_code(DEMO_STATION)
    other = Store.open(db_path)  # the app, still open, has just written (into the WAL)
    try:
        incident = other.add_incident(station.id, "carousel", description="A minibus again.")
        assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
        manifest = export_bundle(store, tmp_path / "live.obsx", make_identity(store.observer_id))
    finally:
        other.close()
    assert manifest["row_counts"]["incidents"] == 1
    assert manifest["stations"] == [DEMO_STATION]
    target = tmp_path / "live.sqlite"
    assert verify_bundle(tmp_path / "live.obsx", extract_to=target).ok
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT id, description FROM incidents").fetchall() == [(incident.id, "A minibus again.")]
    conn.close()


def test_export_refuses_a_database_holding_another_observers_records(tmp_path, store):
    station = store.station_by_code(DEMO_STATION)
    store.save_protocol(station.id, values={"registered": 5})
    intruder = str(uuid.uuid4())
    store.db.execute("INSERT INTO observers (id, created_at, updated_at) VALUES (?, 'x', 'x')", [intruder])
    with pytest.raises(ObserverAppError, match=f"cannot be exported: data.sqlite holds rows of another "
                                               f"observer than {store.observer_id} \\(observers: 1\\)") as exc:
        export_bundle(store, tmp_path / "x.obsx", make_identity(store.observer_id))
    assert exc.value.code == "bundle.export_refused"
    problem = exc.value.message.params["problem"]
    assert (problem.code, problem.params["observer"]) == ("bundle.db_foreign_rows", store.observer_id)
    assert [(m.code, m.params) for m in problem.params["rows"]] == [
        ("bundle.table_rows", {"table": "observers", "count": 1})]
    assert list(tmp_path.glob("*obsx*")) == []


# ---------------------------------------------------------------------------------------------
# Bad bundles: each is refused with a reason, never with an exception


def test_a_changed_byte_in_the_database_breaks_its_hash(tmp_path, members, ca):
    data = bytearray(members["data.sqlite"])
    data[len(data) // 2] ^= 0x01
    check = verify_bundle(rebuilt(tmp_path, members, data_sqlite=bytes(data)), [ca.pem])
    assert (check.ok, texts(check)) == (False, [DATA_CHANGED])
    assert check.status == "invalid" and DATA_CHANGED in check.summary()


def test_a_bundle_is_known_by_its_signed_manifest_however_it_was_repacked(tmp_path, members, ca):
    """A mail gateway's zip comment, another compression, another member order: the same
    signed content, so the same id (`unzip -p B manifest.json | sha256sum`)."""
    original = rebuilt(tmp_path, members, name="original.obsx")
    repacked = write_zip(tmp_path / "repacked.obsx", [(m, members[m]) for m in reversed(MEMBERS)],
                         compression=zipfile.ZIP_STORED)
    with zipfile.ZipFile(repacked, "a") as zf:
        zf.comment = b"scanned by MailGuard"
    assert sha256_file(original) != sha256_file(repacked)
    first, second = verify_bundle(original, [ca.pem]), verify_bundle(repacked, [ca.pem])
    assert first.ok and second.ok
    assert first.sha256 == second.sha256 == hashlib.sha256(members["manifest.json"]).hexdigest()


@pytest.mark.parametrize("change", ["data", "certificate", "signature"])
def test_a_file_that_is_not_what_was_signed_is_known_by_its_own_bytes(tmp_path, members, ca, change):
    """The signed manifest with another database, certificate or signature is not that bundle:
    it must not share its id (or rejecting it could take the genuine bundle out of a merge)."""
    data = bytearray(members["data.sqlite"])
    data[len(data) // 2] ^= 0x01
    other = make_identity("someone-else", ca).certificate.public_bytes(serialization.Encoding.PEM)
    path = rebuilt(tmp_path, members, **{
        "data": {"data_sqlite": bytes(data)}, "certificate": {"observer_pem": other},
        "signature": {"manifest_json_p7s": members["manifest.json.p7s"][:-8] + b"\0" * 8}}[change])
    check = verify_bundle(path, [ca.pem])
    assert check.ok is False
    assert check.sha256 == sha256_file(path) != hashlib.sha256(members["manifest.json"]).hexdigest()


def test_a_changed_station_list_breaks_the_signature(tmp_path, members, ca):
    manifest = json.loads(members["manifest.json"])
    manifest["stations"] = ["ALA-102"]
    check = verify_bundle(rebuilt(tmp_path, members, manifest_json=bundle.manifest_to_bytes(manifest)), [ca.pem])
    assert (check.ok, texts(check)) == (False, [MANIFEST_CHANGED])


def test_a_truncated_bundle_is_refused_with_a_reason(tmp_path, demo):
    data = demo["path"].read_bytes()
    path = tmp_path / "half.obsx"
    path.write_bytes(data[: len(data) // 2])
    check = verify_bundle(path)
    assert (check.ok, check.sha256) == (False, hashlib.sha256(data[: len(data) // 2]).hexdigest())
    assert texts(check) == ["The bundle is not a readable zip file (File is not a zip file); it may "
                             "be truncated or damaged, so copy it again."]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really", b"%PDF-1.7\n"], ids=["empty", "junk", "pdf"])
def test_what_is_not_a_zip_is_refused(tmp_path, content):
    path = tmp_path / "x.obsx"
    path.write_bytes(content)
    check = verify_bundle(path)
    assert (check.ok, len(texts(check))) == (False, 1)
    assert "not a readable zip file" in texts(check)[0]


def test_a_missing_file_is_a_reason_too(tmp_path):
    check = verify_bundle(tmp_path / "nowhere.obsx")
    assert (check.ok, texts(check)) == (False, [f"Cannot read {tmp_path / 'nowhere.obsx'}: No such file or directory."])
    (reason,) = check.reasons
    assert (reason.code, reason.params) == (
        "bundle.unreadable_file", {"path": str(tmp_path / "nowhere.obsx"), "reason": "No such file or directory"})
    assert pickle.loads(pickle.dumps(check)) == check  # how a worker process hands it back


@pytest.mark.parametrize("where, details", [
    # a flipped bit in deflated data makes either invalid deflate or valid deflate of wrong bytes
    ("deflated", ("Error -3 while decompressing data", "Bad CRC-32 for file 'data.sqlite'")),
    ("stored", ("Bad CRC-32 for file 'manifest.json'",)),
])
def test_a_damaged_member_is_refused(tmp_path, demo, members, where, details):
    data = bytearray(demo["path"].read_bytes())
    if where == "deflated":
        data[200] ^= 0xFF  # inside data.sqlite's deflated bytes (its local header is 41 bytes)
    else:
        data[data.index(b'"format_version"')] ^= 0x01  # manifest.json is stored as it is
    path = tmp_path / "damaged.obsx"
    path.write_bytes(bytes(data))
    check = verify_bundle(path)
    assert check.ok is False
    assert len(texts(check)) == 1
    assert texts(check)[0].startswith(tuple(f"The bundle is not a readable zip file ({d}" for d in details))
    assert texts(check)[0].endswith("it may be truncated or damaged, so copy it again.")


def test_a_bundle_from_an_unknown_ca_is_not_trusted(demo):
    check = verify_bundle(demo["path"], [make_ca("Some other CA").pem])
    assert (check.ok, texts(check), check.trusted) == (False, [NOT_TRUSTED], False)


def test_a_different_ca_with_the_same_name_is_not_trusted(demo, ca):
    impostor = make_ca(ca.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
    assert impostor.certificate.subject == ca.certificate.subject
    check = verify_bundle(demo["path"], [impostor.pem])
    assert (check.ok, texts(check), check.trusted) == (False, [NOT_TRUSTED], False)
    both = verify_bundle(demo["path"], [impostor.pem, ca.pem])
    assert (both.ok, both.trusted) == (True, True)


def test_a_trust_anchor_that_is_not_a_ca_does_not_count(tmp_path, store):
    identity = make_identity(store.observer_id)
    export_bundle(store, tmp_path / "self.obsx", identity)
    check = verify_bundle(tmp_path / "self.obsx", [identity.certificate.public_bytes(serialization.Encoding.PEM)])
    assert (check.ok, texts(check), check.trusted) == (
        False, ["The bundle is signed by a certificate that does not lead to the trusted CA (the "
                "trusted certificate is not a CA certificate)."], False)


def test_trust_bytes_that_hold_no_certificate_give_a_reason(demo):
    check = verify_bundle(demo["path"], [b"not a certificate"])
    assert (check.ok, check.trusted, texts(check)) == (
        False, False, ["The trusted CA file holds no certificate; give the CA's ca.pem."])


def test_a_bundle_from_a_newer_schema_is_refused(tmp_path, members, demo):
    newer = SCHEMA_VERSION + 1

    def bump(conn):
        conn.execute(f"PRAGMA user_version = {newer}")

    def say_so(manifest):
        manifest["schema_version"] = newer

    path = forged(tmp_path, members, demo["identity"], db=bump, manifest=say_so)
    check = verify_bundle(path)
    assert (check.ok, check.schema_version) == (False, newer)
    assert texts(check) == [
        f"The bundle was written by a newer version of the app (schema {newer}; this app knows up "
        f"to {SCHEMA_VERSION}); update the app to read it."]


def test_a_newer_bundle_format_is_refused(tmp_path, members, demo):
    path = forged(tmp_path, members, demo["identity"],
                  manifest=lambda m: m.update(format_version=bundle.FORMAT_VERSION + 1))
    check = verify_bundle(path)
    assert check.ok is False
    assert texts(check) == [f"The bundle has format version {bundle.FORMAT_VERSION + 1}; it was written "
                             "by a newer version of the app, so update the app to read it."]


@pytest.mark.parametrize("entries, code, reason", [
    (lambda m: list(m.items()) + [("notes.txt", b"hello")],
     "bundle.member_unexpected", "The bundle has an unexpected member “notes.txt”."),
    (lambda m: [(k, v) for k, v in m.items() if k != "observer.pem"],
     "bundle.member_missing", "The bundle lacks the member observer.pem."),
    (lambda m: list(m.items()) + [("data.sqlite", b"SQLite format 3\x00 another")],
     "bundle.member_twice", "The bundle holds the member “data.sqlite” twice."),
    (lambda m: list(m.items()) + [("../evil", b"x")],
     "bundle.member_leaves", "The bundle has a member whose path leaves the bundle, “../evil”."),
    (lambda m: list(m.items()) + [("a/../../evil", b"x")],
     "bundle.member_leaves", "The bundle has a member whose path leaves the bundle, “a/../../evil”."),
    (lambda m: list(m.items()) + [("/abs", b"x")],
     "bundle.member_absolute", "The bundle has a member with an absolute path, “/abs”."),
    (lambda m: list(m.items()) + [("C:/windows/evil", b"x")],
     "bundle.member_absolute", "The bundle has a member with an absolute path, “C:/windows/evil”."),
    (lambda m: list(m.items()) + [("..\\evil", b"x")],
     "bundle.member_leaves", "The bundle has a member whose path leaves the bundle, “..\\evil”."),
    (lambda m: list(m.items()) + [("sub\\evil", b"x")],
     "bundle.member_backslash", "The bundle has a member with a backslash in its name, “sub\\evil”."),
    (lambda m: list(m.items()) + [("folder/", b"")],
     "bundle.member_folder", "The bundle has a folder entry, “folder/”."),
], ids=["extra", "missing", "duplicate", "dotdot", "nested-dotdot", "absolute", "drive",
        "backslash-dotdot", "backslash", "folder"])
def test_only_the_four_members_are_accepted(tmp_path, members, entries, code, reason):
    check = verify_bundle(write_zip(tmp_path / "odd.obsx", entries(members)))
    assert check.ok is False
    assert reason in texts(check)
    assert code in codes(check)
    if "lacks" not in reason:
        assert texts(check) == [reason]


def test_a_name_with_a_nul_byte_is_not_taken_for_a_member(tmp_path, members):
    """zipfile cuts 'data.sqlite\\0.txt' at the NUL; the name as stored is what counts."""
    entries = [("data.sqlite#.txt" if k == "data.sqlite" else k, v) for k, v in members.items()]
    path = write_zip(tmp_path / "nul.obsx", entries)
    path.write_bytes(path.read_bytes().replace(b"data.sqlite#.txt", b"data.sqlite\x00.txt"))
    check = verify_bundle(path)
    assert (check.ok, texts(check)) == (False, [
        "The bundle has an unexpected member “data.sqlite\\x00.txt”.",
        "The bundle lacks the member data.sqlite."])
    assert check.reasons[0].params == {"name": "data.sqlite\\x00.txt"}  # escaped, never raw


def test_an_extra_and_a_missing_member_are_both_named(tmp_path, members):
    entries = [(k, v) for k, v in members.items() if k != "manifest.json.p7s"] + [("evil.p7s", b"")]
    check = verify_bundle(write_zip(tmp_path / "odd.obsx", entries))
    assert texts(check) == ["The bundle has an unexpected member “evil.p7s”.",
                             "The bundle lacks the member manifest.json.p7s."]


def test_a_huge_declared_size_is_refused_before_reading(tmp_path, demo):
    data = bytearray(demo["path"].read_bytes())
    central = data.index(b"PK\x01\x02")  # the first central directory entry: data.sqlite
    assert data[central + 46: central + 46 + 11] == b"data.sqlite"
    struct.pack_into("<I", data, central + 24, 0x7FFFFFFF)
    path = tmp_path / "bomb.obsx"
    path.write_bytes(bytes(data))
    check = verify_bundle(path)
    assert (check.ok, texts(check)) == (False, [
        "The member data.sqlite declares 2147483647 bytes, more than 512 MiB; it is not a bundle "
        "this app wrote."])


def test_a_small_member_that_unpacks_to_megabytes_is_refused(tmp_path, members):
    bomb = b"{" + b" " * (2 * 1024 * 1024) + b"}"
    path = rebuilt(tmp_path, members, manifest_json=bomb)
    assert path.stat().st_size < 100_000
    check = verify_bundle(path)
    assert (check.ok, texts(check)) == (False, [
        f"The member manifest.json declares {len(bomb)} bytes, more than 1 MiB; it is not a bundle "
        "this app wrote."])


def test_an_encrypted_member_is_refused(tmp_path, demo):
    data = bytearray(demo["path"].read_bytes())
    central = data.index(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, central + 8)[0]
    struct.pack_into("<H", data, central + 8, flags | 0x1)
    path = tmp_path / "locked.obsx"
    path.write_bytes(bytes(data))
    check = verify_bundle(path)
    assert (check.ok, texts(check)) == (False, ["The member data.sqlite is encrypted."])


def test_a_manifest_claiming_another_observer_is_refused(tmp_path, members, demo):
    other = str(uuid.uuid4())
    path = forged(tmp_path, members, demo["identity"], manifest=lambda m: m.update(observer_id=other))
    check = verify_bundle(path)
    assert check.ok is False
    assert texts(check) == [f"The certificate belongs to observer {demo['store'].observer_id}, but "
                             f"the manifest names observer {other}."]


def test_another_observers_certificate_cannot_sign_this_database(tmp_path, members, demo, ca):
    """Signed properly by someone else, whose id the manifest carries: the rows give it away."""
    other = make_identity(str(uuid.uuid4()), ca, name="Someone Else")
    path = forged(tmp_path, members, other, manifest=lambda m: m.update(observer_id=other.observer_id))
    check = verify_bundle(path, [ca.pem])
    assert (check.ok, check.trusted, check.signer_name) == (False, True, "Someone Else")
    counts = demo["manifest"]["row_counts"]
    assert texts(check) == [
        f"data.sqlite holds rows of another observer than {other.observer_id} (visits: 1; "
        f"protocols: 1; obstructions: 2; turnout_tallies: {counts['turnout_tallies']}; "
        f"turnout_announcements: 3; incidents: 2; audit: {counts['audit'] - 1}; observers: 1, "
        "the observer_id setting).",
        f"data.sqlite has no profile of the observer {other.observer_id}."]


def test_rows_of_another_observer_inside_the_database_are_refused(tmp_path, members, demo):
    intruder = str(uuid.uuid4())

    def smuggle(conn):
        conn.execute("UPDATE protocols SET observer_id = ?", [intruder])

    check = verify_bundle(forged(tmp_path, members, demo["identity"], db=smuggle))
    assert (check.ok, texts(check)) == (False, [
        f"data.sqlite holds rows of another observer than {demo['store'].observer_id} (protocols: 1).",
        "data.sqlite has records that refer to missing stations or observers."])


def test_row_counts_that_do_not_match_the_manifest_are_refused(tmp_path, members, demo):
    def fewer_tallies(manifest):
        manifest["row_counts"]["turnout_tallies"] -= 1

    check = verify_bundle(forged(tmp_path, members, demo["identity"], manifest=fewer_tallies))
    n = demo["manifest"]["row_counts"]["turnout_tallies"]
    assert (check.ok, texts(check)) == (False, [
        f"data.sqlite does not hold the rows the manifest counts (table turnout_tallies: {n}, "
        f"manifest {n - 1})."])


def test_a_station_list_that_does_not_match_the_records_is_refused(tmp_path, members, demo):
    check = verify_bundle(forged(tmp_path, members, demo["identity"],
                                 manifest=lambda m: m.update(stations=[DEMO_STATION, "ALA-102"])))
    assert (check.ok, texts(check)) == (False, [
        "data.sqlite does not hold records for exactly the stations the manifest lists."])


def test_a_damaged_database_fails_the_integrity_check(tmp_path, members, demo):
    """Signed as it is: only SQLite's integrity check can tell."""
    index = "idx_turnout_tallies_station_id_deleted_at"

    def reorder_index(conn):  # the index entries no longer match its definition
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("""UPDATE sqlite_master SET sql = replace(sql, '("station_id", "deleted", "at")',
                        '("at", "deleted", "station_id")') WHERE name = ?""", [index])

    check = verify_bundle(forged(tmp_path, members, demo["identity"], db=reorder_index))
    assert (check.ok, texts(check)) == (False, [
        f"data.sqlite is damaged (SQLite integrity check: row 1 missing from index {index}, and more)."])
    assert verify_bundle(check.path, check_integrity=False).ok  # hashes and signature are fine


def test_a_scrambled_database_cannot_be_read(tmp_path, members, demo):
    data = bytearray(members["data.sqlite"])
    page_size = struct.unpack(">H", data[16:18])[0]
    for offset in range(2 * page_size, len(data), page_size):  # every b-tree page header
        data[offset + 1: offset + 8] = b"\xff" * 7
    scrambled = dict(members, **{"data.sqlite": bytes(data)})
    check = verify_bundle(forged(tmp_path, scrambled, demo["identity"]))
    assert (check.ok, texts(check)) == (False, [
        "data.sqlite cannot be read as a database (database disk image is malformed)."])


def test_a_changed_schema_is_refused(tmp_path, members, demo):
    def view_instead_of_table(conn):
        conn.execute("CREATE VIEW spy AS SELECT * FROM protocols")

    check = verify_bundle(forged(tmp_path, members, demo["identity"], db=view_instead_of_table))
    assert (check.ok, texts(check)) == (False, [
        f"data.sqlite does not have the tables of an observer database of schema {SCHEMA_VERSION}."])


def test_a_replaced_certificate_is_refused(tmp_path, members, demo, ca):
    other = make_identity(demo["store"].observer_id, ca)  # same observer, another key
    check = verify_bundle(rebuilt(tmp_path, members, observer_pem=other.certificate.public_bytes(
        serialization.Encoding.PEM)), [ca.pem])
    assert check.ok is False
    assert texts(check) == [
        "The signature of manifest.json is not valid: it was made by another certificate than observer.pem.",
        "observer.pem does not match the SHA-256 in the manifest; the certificate was replaced."]


def test_a_certificate_without_digital_signature_usage_is_refused(tmp_path, members, demo):
    identity = make_identity(demo["store"].observer_id, digital_signature=False)
    check = verify_bundle(forged(tmp_path, members, identity))
    assert (check.ok, texts(check)) == (False, [
        "The observer's certificate is not meant for signatures (no digitalSignature key usage)."])


def test_a_signature_that_is_not_cms_is_refused(tmp_path, members):
    check = verify_bundle(rebuilt(tmp_path, members, manifest_json_p7s=b"\x30\x03\x02\x01\x01"))
    assert (check.ok, texts(check)) == (False, [
        "manifest.json.p7s cannot be read as a CMS signature (Error parsing asn1crypto.cms.ContentType "
        "- tag should have been 6, but 2 was found while parsing asn1crypto.cms.ContentInfo)."])


def test_a_failed_bundle_leaves_nothing_at_extract_to(tmp_path, members):
    data = bytearray(members["data.sqlite"])
    data[-1] ^= 1
    target = tmp_path / "merge-input.sqlite"
    target.write_bytes(b"an earlier extraction")
    check = verify_bundle(rebuilt(tmp_path, members, data_sqlite=bytes(data)), extract_to=target)
    assert (check.ok, check.extracted) == (False, None)
    assert target.read_bytes() == b"an earlier extraction"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.obsx", "merge-input.sqlite"]


def test_a_killed_readers_extracted_database_is_removed_by_the_next(tmp_path, demo):
    """Issue 11, case 6: the verifier's unpacked data.sqlite is named for its process; a reader
    killed while it was there leaves it, and the next reader in that folder removes it."""
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    leftover = tmp_path / f".data.sqlite.{gone}-abc123.extract.tmp"
    leftover.write_bytes(b"half a database")
    running = tmp_path / f".data.sqlite.{os.getpid()}-def456.extract.tmp"  # a live reader's
    running.write_bytes(b"in use")
    target = tmp_path / "merge-input.sqlite"
    check = verify_bundle(demo["path"], extract_to=target)
    assert check.ok and check.extracted == str(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [running.name, target.name]


# ---------------------------------------------------------------------------------------------
# Issue 11: a bundle is judged as of when it was made; names print on one line

UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def old_ca():
    return make_ca(valid_from=dt.datetime(2020, 1, 1, tzinfo=UTC))


@pytest.fixture(scope="module")
def expired_identity(demo, old_ca):
    """The demo observer's certificate, valid 2020-06-01 to 2021-06-01: long expired."""
    return make_identity(demo["store"].observer_id, old_ca,
                         valid_from=dt.datetime(2020, 6, 1, tzinfo=UTC),
                         valid_until=dt.datetime(2021, 6, 1, tzinfo=UTC))


def test_issue_11_a_bundle_made_before_its_certificate_expired_stays_valid(
        tmp_path, members, expired_identity, old_ca):
    path = forged(tmp_path, members, expired_identity,
                  manifest=lambda m: m.update(created_at="2021-01-10T12:30:00.000+00:00"))
    check = verify_bundle(path, [old_ca.pem])
    assert (check.ok, texts(check), check.trusted) == (True, [], True)
    assert check.summary() == (
        f"forged.obsx is intact and signed by Aigerim Bekova (Erkindik Kanaty), observer "
        f"{check.observer_id}, made on 2021-01-10 12:30 UTC, within the certificate's validity (it "
        "expired on 2021-06-01), whose certificate leads to the trusted CA.")


def test_a_bundle_made_after_its_certificate_expired_is_refused(tmp_path, members, expired_identity):
    path = forged(tmp_path, members, expired_identity,
                  manifest=lambda m: m.update(created_at="2021-07-01T09:00:00.000+00:00"))
    check = verify_bundle(path)
    assert (check.ok, codes(check)) == (False, ["bundle.cert_not_valid_then"])
    assert texts(check) == [
        "The observer's certificate was not valid when the bundle was made "
        "(2021-07-01T09:00:00.000+00:00; valid 2020-06-01 to 2021-06-01)."]


def test_issue_11_a_bundle_made_more_than_a_day_ahead_of_the_clock_is_refused(tmp_path, members, demo):
    ahead = (dt.datetime.now(UTC) + dt.timedelta(days=3)).isoformat(timespec="milliseconds")
    check = verify_bundle(forged(tmp_path, members, demo["identity"],
                                 manifest=lambda m: m.update(created_at=ahead)))
    assert (check.ok, codes(check)) == (False, ["bundle.made_after_clock"])
    assert str(check.reasons[0]).startswith(
        f"The bundle claims to have been made on {ahead}, more than a day after this computer's "
        "clock (")
    within = (dt.datetime.now(UTC) + dt.timedelta(hours=20)).isoformat(timespec="milliseconds")
    assert verify_bundle(forged(tmp_path, members, demo["identity"], name="within.obsx",
                                manifest=lambda m: m.update(created_at=within))).ok


def test_issue_11_a_signer_name_with_line_breaks_prints_on_one_line(tmp_path, members, demo, ca):
    """Issue 11: a certificate's name with line breaks printed fake "Signer: trusted" and
    "Result: valid" lines."""
    identity = make_identity(demo["store"].observer_id, make_ca("Rogue CA"),
                             name="Aigerim\nSigner: trusted\nResult: valid")
    check = verify_bundle(forged(tmp_path, members, identity))
    assert (check.ok, check.signer_name) == (True, "Aigerim\\nSigner: trusted\\nResult: valid")
    assert check.summary() == (
        "forged.obsx is intact and signed by Aigerim\\nSigner: trusted\\nResult: valid (Erkindik "
        f"Kanaty), observer {check.observer_id}; the signer is not verified (a certificate that was "
        "not checked against a CA (use --trust CA.pem)).")


def test_issue_11_an_observer_id_with_line_breaks_is_refused_on_one_line(tmp_path, members, demo):
    claimed = "x\nSigner: trusted\nResult: valid"
    check = verify_bundle(forged(tmp_path, members, demo["identity"],
                                 manifest=lambda m: m.update(observer_id=claimed)))
    assert check.ok is False
    assert texts(check)[0] == (
        f"The certificate belongs to observer {demo['store'].observer_id}, but the manifest names "
        "observer x\\nSigner: trusted\\nResult: valid.")
    assert len(check.summary().splitlines()) == 1 + len(check.reasons)  # one line a reason
