"""Issue 11: what a bundle does not carry (where files are on the observer's laptop), and how its
writing fails (a full disk in one sentence, nothing left behind, the earlier bundle kept)."""

from __future__ import annotations

import errno
import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from observer_app import cli
from observer_app.bundle import export as bundle_export
from observer_app.bundle import export_bundle, verify_bundle
from observer_app.domain import records as r
from observer_app.errors import ObserverAppError
from observer_app.identity import create_self_signed_identity
from observer_app.storage.store import Store
from tests.unit.test_bundle import make_identity

PASSPHRASE = "correct horse"
FOLDER = "ключи Айгерим (private)"  # a folder name found nowhere else in a database


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def attached(tmp_path, kz_template, monkeypatch):
    """An observer database whose identity (and the coordinator database the app last opened)
    are files in FOLDER; the profile was created holding the path, then changed twice."""
    keys = tmp_path / FOLDER
    keys.mkdir()
    db = tmp_path / "obs.sqlite"
    observer_id = str(uuid.uuid4())
    with Store.open(db) as store:
        with store.db.atomic():
            store.insert(r.Observer(id=observer_id, full_name="Aigerim Bekova",
                                    identity_path=str(keys / "old.p12")))
            store.set_setting("observer_id", observer_id)
        store.load_election(kz_template)
        store.save_protocol(store.station_by_code("ALA-101").id, values={"registered": 2720})
        create_self_signed_identity("Aigerim Bekova", None, observer_id, keys / "aigerim.p12",
                                    PASSPHRASE)
        store.update_observer(identity_path="")
        store.update_observer(identity_path=str(keys / "aigerim.p12"))
        store.set_setting("coordinator_db", str(keys / "coordinator.sqlite"))
        store.set_setting("lang", "ru")
    monkeypatch.setenv("OBSERVER_APP_PASSPHRASE", PASSPHRASE)
    return db


def test_issue_11_a_bundle_does_not_carry_where_the_identity_file_is(attached, tmp_path, capsys):
    out = tmp_path / "aigerim.obsx"
    # No --identity: the CLI signs with the identity the database names (load_identity_for).
    assert cli.main(["export", "--db", str(attached), "--out", str(out)]) == 0, capsys.readouterr()
    with zipfile.ZipFile(out) as zf:
        data, manifest = zf.read("data.sqlite"), zf.read("manifest.json")
        zf.extract("data.sqlite", tmp_path / "inside")
    inside = tmp_path / "inside" / "data.sqlite"
    for text in (FOLDER, "aigerim.p12", "old.p12", "coordinator.sqlite", str(tmp_path)):
        assert text.encode("utf-8") not in data, text  # raw bytes: free space counts too
        assert text.encode("utf-8") not in manifest, text

    check = verify_bundle(out)
    assert (check.ok, check.reasons) == (True, [])
    counted = json.loads(manifest)["row_counts"]
    assert counted == {table: rows(attached, f"SELECT count(*) FROM [{table}]")[0][0]
                       for table in counted}
    # The rows stay, blank where a path was; the rest as it was.
    observer_id = json.loads(manifest)["observer_id"]
    assert rows(inside, "SELECT id, full_name, identity_path FROM observers") == [
        (observer_id, "Aigerim Bekova", "")]
    assert rows(inside, "SELECT old, new FROM audit WHERE field = 'identity_path' ORDER BY seq") == [
        ("", ""), ("", "")]
    created = rows(inside, "SELECT new FROM audit WHERE table_name = 'observers' AND field IS NULL")
    assert [json.loads(new) for (new,) in created] == [
        {"full_name": "Aigerim Bekova", "organisation": "", "contact": "", "identity_path": ""}]
    assert rows(inside, "SELECT key, value FROM settings ORDER BY key") == [
        ("coordinator_db", ""), ("database_kind", "observer"), ("lang", "ru"), ("observer_id", observer_id)]
    # The audit trail's triggers are back, with their very SQL.
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert rows(inside, triggers) == rows(attached, triggers)
    assert len(rows(inside, triggers)) == 2

    # The observer's own database keeps every path.
    keys = tmp_path / FOLDER
    assert rows(attached, "SELECT identity_path FROM observers") == [(str(keys / "aigerim.p12"),)]
    assert rows(attached, "SELECT old, new FROM audit WHERE field = 'identity_path' ORDER BY seq") == [
        (str(keys / "old.p12"), ""), ("", str(keys / "aigerim.p12"))]
    assert rows(attached, "SELECT value FROM settings WHERE key = 'coordinator_db'") == [
        (str(keys / "coordinator.sqlite"),)]


def test_a_bundle_without_local_paths_is_not_rewritten(store, tmp_path):
    """Nothing to blank: data.sqlite is the snapshot exactly as VACUUM INTO wrote it."""
    export_bundle(store, tmp_path / "plain.obsx", make_identity(store.observer_id))
    bundle_export._vacuum_into(store.db.conn, tmp_path / "vacuumed.sqlite")
    with zipfile.ZipFile(tmp_path / "plain.obsx") as zf:
        assert zf.read("data.sqlite") == (tmp_path / "vacuumed.sqlite").read_bytes()


# --- how writing fails ------------------------------------------------------------------------


def test_issue_11_a_full_disk_while_writing_the_bundle_keeps_the_old_one(store, tmp_path, monkeypatch):
    out = tmp_path / "aigerim.obsx"
    out.write_bytes(b"the bundle sent yesterday")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(ObserverAppError) as raised:
        export_bundle(store, out, make_identity(store.observer_id))
    assert (raised.value.code, str(raised.value)) == (
        "export.disk_full", f"The disk is full: nothing was written to {out}.")
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir() if "obsx" in p.name] == [
        ("aigerim.obsx", b"the bundle sent yesterday")]


def test_issue_11_a_full_disk_during_the_snapshot_says_so(store, tmp_path, monkeypatch):
    def full(conn, dest):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL: what SQLite says on ENOSPC
        raise error

    monkeypatch.setattr(bundle_export, "_vacuum_into", full)
    with pytest.raises(ObserverAppError) as raised:
        export_bundle(store, tmp_path / "x.obsx", make_identity(store.observer_id))
    assert str(raised.value) == f"The disk is full: nothing was written to {tmp_path / 'x.obsx'}."
    assert [p.name for p in tmp_path.iterdir() if "obsx" in p.name] == []


def test_export_never_writes_over_its_database_or_identity(store, db_path, tmp_path):
    identity = make_identity(store.observer_id)
    identity.path = tmp_path / "me.p12"
    identity.path.write_bytes(b"the key")
    before = db_path.read_bytes()
    for out, said in ((db_path, f"{db_path} is a file this command reads; an output never "
                                "replaces it: choose another file name."),
                      (identity.path, f"{identity.path} is a file this command reads; an output "
                                      "never replaces it: choose another file name.")):
        with pytest.raises(ObserverAppError) as raised:
            export_bundle(store, out, identity)
        assert str(raised.value) == said
    assert (db_path.read_bytes(), identity.path.read_bytes()) == (before, b"the key")


def test_export_with_replace_false_keeps_an_existing_file(store, tmp_path):
    out = tmp_path / "x.obsx"
    out.write_bytes(b"earlier")
    with pytest.raises(ObserverAppError) as raised:
        export_bundle(store, out, make_identity(store.observer_id), replace=False)
    assert raised.value.code == "export.out_exists"
    assert out.read_bytes() == b"earlier"
