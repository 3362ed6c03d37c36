"""Opening databases: pragmas, migrations, and refusing what this app cannot read."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from sqlite_utils import Database

from observer_app.domain.template import station_id
from observer_app.errors import DatabaseError, SchemaTooNewError
from observer_app.storage.schema import SCHEMA_VERSION, migrations, open_database
from observer_app.storage.store import Store
from tests.conftest import DATA, ROOT


def test_new_database_has_pragmas_and_version(db_path):
    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"election", "stations", "protocols", "obstructions", "turnout_tallies",
                "turnout_announcements", "incidents", "photos", "visits", "observers",
                "audit", "settings"} <= set(db.table_names())
    finally:
        db.close()


def test_migrations_applied_twice_change_nothing(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    try:
        applied = [m.name for m in migrations.applied(db)]
        assert applied == ["0001_initial", "0002_coordinator", "0003_bundle_reason_message",
                           "0004_signer_scope"]
        migrations.apply(db)
        assert [m.name for m in migrations.applied(db)] == applied
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def test_upgrade_from_schema_1_keeps_every_record(db_path):
    """tests/data/observer-schema-1.sqlite: a demo day written by the first released schema."""
    fixture = DATA / "observer-schema-1.sqlite"
    db_path.write_bytes(fixture.read_bytes())
    before = sqlite3.connect(fixture)
    counts = {t: before.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
              for t in ("stations", "protocols", "turnout_tallies", "obstructions", "incidents", "audit")}
    before.close()
    with Store.open(db_path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {t: s.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in counts} == counts
        station = s.station_by_code("ALA-101")
        assert s.tally_count(station.id) == 450
        assert s.protocol(station.id).values["registered"] == 2720
        assert s.db["protocols"].columns_dict["bundle_sha256"] is str
        assert s.db.execute("SELECT count(*) FROM audit").fetchone()[0] == counts["audit"]


def test_upgrade_of_a_schema_2_coordinator_database_keeps_its_bundles(db_path):
    """Schema 3 adds bundles.reason_json; the rows merged or rejected before it still read, their
    English reason given back as it was written."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="0003_bundle_reason_message")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    old_reason = ("The bundle is not a readable zip file (File is not a zip file); it may be "
                  "truncated or damaged, so copy it again.")
    conn.executemany(
        "INSERT INTO bundles (sha256, file_name, status, reason, observer_id, signer_name, verified, "
        "merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [("a" * 64, "broken.obsx", "rejected", old_reason, None, None, 0, "2021-01-10T20:00:00.000+00:00"),
         ("b" * 64, "good.obsx", "merged", "", "obs-1", "Aigerim Bekova", 1, "2021-01-10T20:01:00.000+00:00")])
    conn.close()
    with Store.open(db_path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert [m.name for m in migrations.applied(s.db)][-2:] == ["0003_bundle_reason_message",
                                                                   "0004_signer_scope"]
        assert s.kind == "coordinator"  # it holds bundles
        column = next(c for c in s.db.execute("PRAGMA table_info(bundles)") if c[1] == "reason_json")
        assert column[2:5] == ("TEXT", 1, "''")  # type, NOT NULL, default
        assert s.db.execute("SELECT reason, reason_json FROM bundles ORDER BY sha256").fetchall() == [
            (old_reason, ""), ("", "")]
        broken, good = s.bundles()
        assert (broken.file_name, broken.status, broken.reason.code, broken.reason.params) == (
            "broken.obsx", "rejected", "verbatim", {"text": old_reason})
        assert str(broken.reason) == old_reason
        assert (good.status, good.signer_name, good.verified, str(good.reason)) == (
            "merged", "Aigerim Bekova", True, "")
        s.db.execute("UPDATE bundles SET reason_json = '{\"not\": \"a message\"}' WHERE status = 'rejected'")
        assert str(s.bundles()[0].reason) == old_reason  # unreadable: the English sentence stands


def test_reopen_keeps_data(db_path, kz_template):
    with Store.open(db_path) as s:
        s.load_election(kz_template)
        station = s.stations()[0]
        s.add_tally(station.id)
    with Store.open(db_path) as s:
        assert s.tally_count(station.id) == 1
        assert s.template().id == "kz-2021-majilis"


def _snapshot(path):
    folder = path.parent
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def test_newer_schema_is_refused_without_writing_a_byte(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _snapshot(db_path)
    assert sorted(before) == ["observer.sqlite"]
    with pytest.raises(SchemaTooNewError, match="newer version of the app") as exc:
        open_database(db_path)
    assert exc.value.code == "schema.too_new"
    assert exc.value.message.params == {"path": str(db_path), "version": SCHEMA_VERSION + 1,
                                        "known": SCHEMA_VERSION}
    assert _snapshot(db_path) == before


def test_not_sqlite_is_refused_untouched(db_path):
    db_path.write_bytes(b"hello, this is not a database")
    with pytest.raises(DatabaseError, match="not an observer database") as exc:
        open_database(db_path)
    assert exc.value.code == "schema.not_sqlite"
    assert db_path.read_bytes() == b"hello, this is not a database"
    assert sorted(os.listdir(db_path.parent)) == ["observer.sqlite"]


def test_a_second_connection_opens_a_database_the_app_holds_open(db_path, kz_template):
    """A young database lives in its -wal file until a checkpoint (regression: export from the GUI)."""
    with Store.open(db_path) as app:
        app.load_election(kz_template)
        assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
        with Store.open(db_path, create=False) as worker:
            assert worker.template().id == "kz-2021-majilis"


def test_missing_database_is_not_created_when_create_is_false(db_path):
    with pytest.raises(DatabaseError, match="There is no database"):
        open_database(db_path, create=False)
    assert not db_path.exists()


def test_foreign_keys_are_enforced(db_path):
    db = open_database(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO stations (id, created_at, updated_at, election_id, code) "
                       "VALUES ('s', 'now', 'now', 'no-such-election', 'X')")
    finally:
        db.close()


def test_audit_trail_is_append_only(store):
    store.add_tally(store.stations()[0].id)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE audit SET new = 'forged'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM audit")


def test_upgrade_from_schema_3_scopes_records_by_their_observer(db_path, tmp_path):
    """Issue 11: schema 4 keys an observer's records by observer id and record id, and photos
    name their observer; tests/data/observer-schema-3.sqlite was written by the schema-3 app."""
    from observer_app.bundle import export_bundle, verify_bundle
    from observer_app.identity import create_self_signed_identity

    db_path.write_bytes((DATA / "observer-schema-3.sqlite").read_bytes())
    before = sqlite3.connect(DATA / "observer-schema-3.sqlite")
    tables = ("stations", "visits", "protocols", "turnout_tallies", "obstructions", "incidents",
              "photos", "audit")
    counts = {t: before.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
    photo = before.execute("SELECT id, sha256, data FROM photos").fetchone()
    before.close()
    with Store.open(db_path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert s.kind == "observer"
        assert {t: s.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables} == counts
        for table in ("protocols", "turnout_tallies", "photos"):
            keys = [(row[1], row[5]) for row in s.db.execute(f"PRAGMA table_info([{table}])") if row[5]]
            assert sorted(keys, key=lambda k: k[1]) == [("observer_id", 1), ("id", 2)]
        assert s.db.execute("SELECT id, sha256, data, observer_id FROM photos").fetchone() == (*photo, s.observer_id)
        station = s.station_by_code("ALA-101")
        assert s.tally_count(station.id) == 12
        identity = create_self_signed_identity("Schema Three", None, s.observer_id, tmp_path / "me.p12", "pw")
        export_bundle(s, tmp_path / "upgraded.obsx", identity)
    assert verify_bundle(tmp_path / "upgraded.obsx").ok


def test_upgrade_from_schema_3_gives_protocols_no_signing_details_issue_12(db_path):
    """Issue 12, item 10: schema 4 adds when the commission signed the protocol and who certified
    the copy; a protocol from before has neither (and keeps its source)."""
    db_path.write_bytes((DATA / "observer-schema-3.sqlite").read_bytes())
    with Store.open(db_path) as s:
        columns = [row[1] for row in s.db.execute("PRAGMA table_info(protocols)")]
        assert columns[-2:] == ["commission_signed_at", "certified_by"]
        (protocol,) = s.protocols()
        assert (protocol.source, protocol.commission_signed_at, protocol.certified_by) == (
            "certified_copy", None, "")


def test_a_schema_3_coordinator_database_is_decided_again_by_todays_rules(tmp_path):
    """Issue 11, case 1: a coordinator database merged by the schema-3 rules ("the larger
    observer id wins") where observer C's deleted copy of B's protocol id had replaced B's
    protocol (B's kept only as a conflict): after the upgrade B's protocol is back, C's is its
    own record, and the two are listed as an id collision."""
    from observer_app.merge import prepare
    from observer_app.report import build

    path = tmp_path / "coord.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="0004_signer_scope")
    kz = json.loads((ROOT / "resources" / "elections" / "kz-2021-majilis.election.json").read_text(encoding="utf-8"))
    kz.pop("stations")
    now = "2021-01-10T20:00:00.000+00:00"
    b, c = "b" * 8 + "-0000-4000-8000-" + "b" * 12, "c" * 8 + "-0000-4000-8000-" + "c" * 12
    sid = station_id("kz-2021-majilis", "ALA-101")
    bundle_b, bundle_c = "1" * 64, "2" * 64
    pid = "p" * 8 + "-0000-4000-8000-" + "0" * 12
    conn.execute("INSERT INTO election VALUES ('kz-2021-majilis', ?, ?, 1, 0, '{}', '2021-01-10', ?, ?)",
                 [now, now, json.dumps(kz), bundle_b])
    conn.execute("INSERT INTO stations VALUES (?, ?, ?, 1, 0, 'kz-2021-majilis', 'ALA-101', 'Almaty', '', '', 2720, ?)",
                 [sid, now, now, bundle_b])
    for who, bundle in ((b, bundle_b), (c, bundle_c)):
        conn.execute("INSERT INTO observers VALUES (?, ?, ?, 1, 0, ?, '', '', '', ?)", [who, now, now, who[:1], bundle])
        conn.execute("INSERT INTO bundles (sha256, file_name, status, observer_id, signer_name, verified, "
                     "election_id, manifest_json, merged_at) VALUES (?, ?, 'merged', ?, ?, 1, 'kz-2021-majilis', ?, ?)",
                     [bundle, f"{who[:1]}.obsx", who, who[:1], json.dumps({"stations": ["ALA-101"]}), now])
    genuine = {"id": pid, "created_at": now, "updated_at": now, "version": 1, "deleted": 0, "station_id": sid,
               "observer_id": b, "values_json": json.dumps({"registered": 2720}), "source": "certified_copy",
               "status": "final", "as_on_official_copy": 0, "recorded_at": now}
    conn.execute("INSERT INTO protocols VALUES (?, ?, ?, 99, 1, ?, ?, '{}', 'certified_copy', 'final', 0, ?, ?)",
                 [pid, now, now, sid, c, now, bundle_c])  # C's deleted copy won under the old rule
    conn.execute("INSERT INTO conflict_records VALUES ('protocols', ?, ?, 'other_signer', 1, ?, ?, ?)",
                 [pid, b, json.dumps(genuine), bundle_b, pid])
    conn.close()
    with Store.open(path) as s:
        assert (s.kind, s.setting("merge_rebuild")) == ("coordinator", "1")
        prepare(s)
        assert s.setting("merge_rebuild") is None
        rows = s.db.execute("SELECT observer_id, deleted, values_json FROM protocols ORDER BY observer_id").fetchall()
        assert rows == [(b, 0, json.dumps({"registered": 2720})), (c, 1, "{}")]
        assert s.db.execute("SELECT observer_id, kind FROM conflict_records ORDER BY observer_id").fetchall() == [
            (b, "id_collision"), (c, "id_collision")]
        (report,) = build(s)[1]
        assert [(r.observer_id, r.values) for r in report.observers] == [(b, {"registered": 2720})]
