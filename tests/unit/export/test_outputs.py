"""Issue 11: an output is never one of its inputs, never an existing file unless asked, and a
writer killed half-way leaves nothing that the next writer does not remove."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys

import pytest

from observer_app.errors import ObserverAppError
from observer_app.export import files
from observer_app.export.files import check_output, no_room, remove_leftovers, write_atomically


def refusal(out, inputs=(), **kwargs) -> tuple[str, str] | None:
    try:
        check_output(out, inputs, **kwargs)
    except ObserverAppError as exc:
        return exc.code, str(exc)
    return None


def test_an_input_is_refused_with_or_without_force(tmp_path):
    db = tmp_path / "obs.sqlite"
    db.write_bytes(b"the database")
    said = ("export.out_is_input", f"{db} is a file this command reads; an output never replaces "
                                   "it: choose another file name.")
    assert refusal(db, [None, db]) == said
    assert refusal(db, [db], force=True) == said
    assert db.read_bytes() == b"the database"


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_database_companion_is_refused_even_before_it_exists(tmp_path, suffix):
    db = tmp_path / "obs.sqlite"
    db.write_bytes(b"the database")
    out = tmp_path / f"obs.sqlite{suffix}"  # SQLite makes it when the command opens the database
    assert refusal(out, [db], force=True) == (
        "export.out_is_companion", f"{out} belongs to the database {db}, which this command "
                                   "reads; choose another file name.")


def test_links_and_other_spellings_are_the_same_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "obs.sqlite"
    db.write_bytes(b"the database")
    (tmp_path / "link.sqlite").symlink_to(db)
    os.link(db, tmp_path / "hard.sqlite")
    for out in ("link.sqlite", "hard.sqlite", "data/../data/obs.sqlite"):
        assert refusal(out, [db], force=True) == (
            "export.out_is_input_elsewhere",
            f"{out} is the same file as {db}, which this command reads; choose another file name.")
    # The -wal of a database reached through a link sits beside the real file.
    assert refusal(tmp_path / "data" / "obs.sqlite-wal", ["link.sqlite"], force=True)[0] == (
        "export.out_is_companion")


def test_an_existing_file_needs_force(tmp_path):
    out = tmp_path / "ALA-101.pdf"
    assert refusal(out) is None
    out.write_bytes(b"signed yesterday")
    assert refusal(out) == ("export.out_exists", f"{out} already exists; give --force to replace "
                                                 "it, or choose another file name.")
    assert refusal(out, force=True) is None
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    assert refusal(tmp_path / "dangling.pdf")[0] == "export.out_exists"


def test_write_atomically_without_replace_keeps_an_existing_file(tmp_path):
    out = tmp_path / "report.csv"
    out.write_bytes(b"last week")
    with pytest.raises(ObserverAppError) as raised:
        write_atomically(out, b"this week", replace=False)
    assert raised.value.code == "export.out_exists"
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir()] == [("report.csv", b"last week")]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EFBIG])
def test_a_full_disk_is_one_sentence_and_the_old_file_stays(tmp_path, monkeypatch, code):
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"the old summary")

    def full(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ObserverAppError) as raised:
        write_atomically(out, b"the new summary")
    assert (raised.value.code, str(raised.value)) == (
        "export.disk_full", f"The disk is full: nothing was written to {out}.")
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir()] == [("summary.pdf", b"the old summary")]


def test_no_room_reads_sqlite_errors_too(tmp_path):
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL
    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE: how SQLite reports EFBIG (and EDQUOT)
    assert [no_room(full), no_room(io, tmp_path, 10 ** 18), no_room(io, tmp_path, 1), no_room(io)] == [
        True, True, False, False]
    assert no_room(OSError(errno.EACCES, "Permission denied")) is False


# --- leftovers of killed writers ----------------------------------------------------------


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


@pytest.fixture
def live_pid():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def test_leftovers_of_gone_processes_are_removed_others_stay(tmp_path, dead_pid, live_pid):
    names = {
        "dead_part": f".ALA-101.pdf.{dead_pid}-abc_12xy.part.tmp",
        "dead_snapshot": f".a.obsx.{dead_pid}-k2j3h4g5.snapshot.tmp",
        "dead_journal": f".a.obsx.{dead_pid}-k2j3h4g5.snapshot.tmp-journal",
        "dead_bundle": f".a.obsx.{dead_pid}-zz99zz99.bundle.tmp",
        "dead_extract": f".data.sqlite.{dead_pid}-zz99zz99.extract.tmp",
        "live": f".b.obsx.{live_pid}-k2j3h4g5.snapshot.tmp",
        "mine": f".c.obsx.{os.getpid()}-k2j3h4g5.bundle.tmp",
        "other_program": f".x.{dead_pid}-abc.swp",
        "old_style": ".a.obsx.k2j3h4g5.sqlite.tmp",  # no writer's pid: cannot be told, stays
        "visible": f"a.obsx.{dead_pid}-k2j3h4g5.bundle.tmp",
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"x")
    removed = remove_leftovers(tmp_path)
    assert sorted(removed) == sorted(names[k] for k in ("dead_part", "dead_snapshot",
                                                        "dead_journal", "dead_bundle",
                                                        "dead_extract"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        names[k] for k in ("live", "mine", "other_program", "old_style", "visible"))


def test_the_next_write_into_the_folder_removes_leftovers(tmp_path, dead_pid):
    (tmp_path / f".summary.pdf.{dead_pid}-k2j3h4g5.part.tmp").write_bytes(b"half a PDF")
    write_atomically(tmp_path / "other.pdf", b"whole")
    assert [p.name for p in tmp_path.iterdir()] == ["other.pdf"]


def test_temporary_names_carry_the_writers_pid_and_stay_short(tmp_path):
    out = tmp_path / ("д" * 120 + ".pdf")  # 240 bytes of name: a temporary name must still fit
    tmp = files.temp_file(out, "part")
    try:
        assert tmp.name.startswith(f".{out.name[:80]}.{os.getpid()}-")
        assert tmp.name.endswith(".part.tmp")
        assert len(os.fsencode(tmp.name)) < 255
        assert oct(tmp.stat().st_mode & 0o777) == "0o600"
    finally:
        tmp.unlink()
