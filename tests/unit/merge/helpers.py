"""Shared by the merge tests: observers' laptops with real identities, and what to compare."""

from __future__ import annotations

import sqlite3
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

    @property
    def id(self) -> str:
        return self.store.observer_id

    def protocol(self, **values):
        self.store.save_protocol(self.station.id, values=values, status="final")

    def export(self, identity=None):
        self.exports += 1
        path = self.folder / f"export-{self.exports}.obsx"
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
