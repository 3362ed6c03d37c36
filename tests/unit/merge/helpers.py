"""Shared by the merge tests: observers' laptops with real identities, and what to compare."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from observer_app.bundle import export_bundle
from observer_app.domain.template import load_template
from observer_app.identity import create_self_signed_identity, issue_identity
from observer_app.report import build, csv_text
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE

GOOD = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
        "invalid": 31, "valid": 1680, "nur_otan": 1041, "ak_zhol": 184, "ppk": 151, "auyl": 100,
        "adal": 204}
RECORD_TABLES = ("observers", "stations", "protocols", "obstructions", "turnout_tallies",
                 "incidents", "visits", "conflict_records")


class Observer:
    """One observer's laptop: a database and an identity issued by a CA."""

    def __init__(self, folder, name, ca, station="ALA-101"):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.store = Store.open(folder / "observer.sqlite")
        self.store.load_election(load_template(KZ_FILE))
        self.store.update_observer(full_name=name)
        self.station = self.store.station_by_code(station)
        self.identity = issue_identity(ca, None, name, "Erkindik Kanaty", self.store.observer_id,
                                       folder / "me.p12", "pw")
        self.exports = 0
        self.crafted = False

    @property
    def id(self) -> str:
        return self.store.observer_id

    def protocol(self, **values):
        self.store.save_protocol(self.station.id, values=values, status="final")

    def export(self, identity=None):
        """The app's export; once the database was crafted behind the app's back (which the
        app's export refuses to sign), its owner's own signing tool (sign_database)."""
        self.exports += 1
        path = self.folder / f"export-{self.exports}.obsx"
        if self.crafted:
            self.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return sign_database(self.store.path, identity or self.identity, self.id, path)
        export_bundle(self.store, path, identity or self.identity)
        return path

    def self_signed(self, name=None):
        """A self-signed identity for this observer's id (anyone can make one)."""
        return create_self_signed_identity(name or self.store.observer().full_name, None, self.id,
                                           self.folder / f"self-{self.exports}.p12", "pw")

    def craft(self, *statements):
        """Changes the laptop's database the way its owner could with any SQLite tool."""
        self.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        craft(self.store.path, *statements)
        self.crafted = True


def bundle_id(path) -> str:
    """A bundle's id as the coordinator's database keeps it: the SHA-256 of its signed manifest
    (``unzip -p BUNDLE manifest.json | sha256sum``)."""
    with zipfile.ZipFile(path) as zf:
        return hashlib.sha256(zf.read("manifest.json")).hexdigest()


def trust_of(ca):
    return [ca.certificate.public_bytes(Encoding.PEM)]


def dump(store):
    return {t: sorted(map(tuple, store.db.execute(f"SELECT * FROM [{t}]").fetchall()))
            for t in RECORD_TABLES}


def report_csv(store):
    template, reports = build(store)
    return csv_text(template, reports)


def craft(path: Path, *statements) -> None:
    """Runs SQL on a database file outside the app (statements: SQL, or (SQL, parameters))."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            sql, params = (statement, []) if isinstance(statement, str) else statement
            conn.execute(sql, params)
    finally:
        conn.close()


def sign_database(db: Path, identity, observer_id: str, out: Path) -> Path:
    """Signs an observer database file as a hostile signer's own tool would: a snapshot, the
    manifest the app would write for it (its row counts and stations), the CMS signature;
    without opening it with this app (which would migrate it) and without the app's refusals
    (a changed schema, a value the merge refuses)."""
    from unittest import mock

    from cryptography.hazmat.primitives import serialization

    from observer_app import __version__
    from observer_app.bundle import snapshot as bundle_snapshot
    from observer_app.bundle.cms import _sign
    from observer_app.bundle.format import (CERT, DATA, FORMAT_VERSION, MANIFEST, SIGNATURE, _utc_now_text,
                                            _zip_info, manifest_to_bytes)

    snapshot = out.with_suffix(".snap")
    snapshot.unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("VACUUM INTO ?", [str(snapshot)])
    conn.close()
    conn = bundle_snapshot._connect_readonly(snapshot)
    try:
        with mock.patch.object(bundle_snapshot, "_schema_matches", lambda *_a, **_k: True):
            facts = bundle_snapshot._inspect_database(conn, observer_id)
    finally:
        conn.close()
    data = snapshot.read_bytes()
    snapshot.unlink()
    cert_pem = identity.certificate.public_bytes(serialization.Encoding.PEM)
    manifest = {"format_version": FORMAT_VERSION, "schema_version": facts.schema_version,
                "app_version": __version__, "election_id": facts.election_ids[0],
                "observer_id": observer_id, "stations": facts.stations, "row_counts": facts.row_counts,
                "sha256": {DATA: hashlib.sha256(data).hexdigest(), CERT: hashlib.sha256(cert_pem).hexdigest()},
                "created_at": _utc_now_text()}
    manifest_bytes = manifest_to_bytes(manifest)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(_zip_info(DATA, zipfile.ZIP_DEFLATED), data)
        for member, blob in ((MANIFEST, manifest_bytes), (CERT, cert_pem),
                             (SIGNATURE, _sign(manifest_bytes, identity))):
            zf.writestr(_zip_info(member, zipfile.ZIP_STORED), blob)
    return out
