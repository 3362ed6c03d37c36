"""The command line while another program writes to the same database (issue 11): it waits for
the write lock, and when the lock stays taken it says so in one sentence, exit 1, nothing stored."""

from __future__ import annotations

import sqlite3

import pytest

from tests.locks import HeldLock, OtherProgram
from tests.test_cli import (DB, EARLIER, GOOD, HEADER, PROG, _with, assert_ok, export, in_process,
                            run, write_csv)
from tests.conftest import KZ_FILE

BUSY = f"{PROG}: The database is busy: another program is writing to it; try again when it has finished.\n"


@pytest.fixture
def kz_db(tmp_path, monkeypatch):
    """observer.sqlite in the test's own folder, the Kazakhstan election and two protocols loaded."""
    monkeypatch.chdir(tmp_path)
    assert in_process("election", "load", KZ_FILE, "--db", DB) == 0
    write_csv("results.csv", [HEADER, GOOD, EARLIER])
    assert in_process("protocols", "import", "results.csv", "--db", DB) == 0
    return tmp_path / DB


def test_issue_11_protocols_import_waits_while_another_program_writes(kz_db):
    """Replacing protocols reads them before it writes: it failed at once with "database is
    locked" while another program held the write lock, instead of waiting for it."""
    before = export()
    write_csv("results.csv", [HEADER, _with(GOOD, "nur_otan", "1099"), EARLIER])
    lock = HeldLock(kz_db)
    timer = lock.release_after(1.0)
    try:
        proc = run("protocols", "import", "results.csv", "--db", DB)
    finally:
        timer.join()
    assert (proc.returncode, proc.stdout, proc.stderr) == (  # the new figure is off by 1 (issue 12)
        0, "Imported 2 protocols: 0 added, 1 replaced, 1 unchanged.\n",
        "observer-app: warning: ALA-101: fails 7 = Σ votes (off by 1)\n")
    assert export() == before.replace("1600,20,1580,1100,", "1600,20,1580,1099,")


@pytest.mark.parametrize("command", [
    ["protocols", "import", "results.csv"],
    ["observer", "set", "--name", "Aigerim Bekova"],
], ids=["protocols-import", "observer-set"])
def test_issue_11_a_lock_held_longer_than_the_wait_is_one_sentence(kz_db, capsys, monkeypatch, command):
    monkeypatch.setattr("observer_app.storage.schema.BUSY_TIMEOUT_S", 0.3)  # instead of 10 s
    write_csv("results.csv", [HEADER, _with(GOOD, "nur_otan", "1099"), EARLIER])
    before = export()
    capsys.readouterr()
    with OtherProgram(kz_db):
        assert in_process(*command, "--db", DB) == 1
    assert capsys.readouterr() == ("", BUSY)
    assert export() == before  # nothing half-written
    assert in_process("observer", "show", "--db", DB) == 0
    assert "Aigerim" not in capsys.readouterr().out


def test_issue_11_database_locked_anywhere_is_the_same_sentence(kz_db, capsys, monkeypatch):
    """E.g. the merge's own BEGIN IMMEDIATE: SQLite's error is never shown as an unexpected one."""
    import observer_app.cli as cli

    def locked(args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setitem(cli.COMMANDS, ("stations", "list"), locked)
    assert cli.main(["stations", "list", "--db", DB]) == 1
    assert capsys.readouterr() == ("", BUSY)


def test_other_sqlite_errors_stay_unexpected(kz_db, capsys, monkeypatch):
    import observer_app.cli as cli

    def broken(args):
        raise sqlite3.OperationalError("database table is locked")  # SQLITE_LOCKED: a bug of ours

    monkeypatch.setitem(cli.COMMANDS, ("stations", "list"), broken)
    assert cli.main(["stations", "list", "--db", DB]) == 1
    assert capsys.readouterr() == ("", f"{PROG}: unexpected error (OperationalError: database table "
                                       "is locked); please report it.\n")
