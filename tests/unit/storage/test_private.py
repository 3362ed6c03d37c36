"""Issue 11: databases are created readable by their owner only, like identity files."""

from __future__ import annotations

import os
import stat

import pytest

from observer_app import cli
from observer_app.bundle import export_bundle
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.test_bundle import make_identity


def modes(folder) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in sorted(folder.iterdir())}


@pytest.fixture(params=[0o022, 0o002], ids=["umask-022", "umask-002"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_issue_11_an_observer_database_and_its_wal_and_shm_are_the_owners_only(tmp_path, umask):
    with Store.open(tmp_path / "observer.sqlite"):  # open: its -wal and -shm files are there
        assert modes(tmp_path) == {"observer.sqlite": 0o600, "observer.sqlite-shm": 0o600,
                                   "observer.sqlite-wal": 0o600}


def test_issue_11_the_command_line_makes_private_databases_too(tmp_path, umask, capsys):
    """election load (an observer's) and merge --into (a coordinator's) create them."""
    assert cli.main(["election", "load", str(KZ_FILE), "--db", str(tmp_path / "obs.sqlite")]) == 0
    with Store.open(tmp_path / "obs.sqlite") as store:
        export_bundle(store, tmp_path / "a.obsx", make_identity(store.observer_id))
    assert cli.main(["merge", "--into", str(tmp_path / "coord.sqlite"), str(tmp_path / "a.obsx")]) == 0
    assert {name: mode for name, mode in modes(tmp_path).items() if ".sqlite" in name} == {
        "coord.sqlite": 0o600, "obs.sqlite": 0o600}


def test_an_existing_database_keeps_its_mode(tmp_path):
    path = tmp_path / "shared.sqlite"
    Store.open(path).close()
    path.chmod(0o640)
    Store.open(path).close()
    assert modes(tmp_path) == {"shared.sqlite": 0o640}
