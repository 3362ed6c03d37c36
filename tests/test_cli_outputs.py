"""Issue 11: outputs never destroy inputs. Every command that writes a file refuses one of its
own inputs (the database with its -wal/-shm files, the identity), refuses an existing file
without --force, writes through a temporary file that a killed run's successor removes, and
says "the disk is full" in one sentence when it is."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from observer_app import cli, passphrase
from observer_app.bundle import verify_bundle
from observer_app.identity import create_self_signed_identity
from observer_app.signing import verify_pdf
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE, ROOT

PASSPHRASE = "correct horse"
GOOD = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
        "invalid": 31, "valid": 1680, "nur_otan": 1041, "ak_zhol": 184, "ppk": 151, "auyl": 100,
        "adal": 204}
DRIVER = Path(__file__).with_name("export_kill_driver.py")


@pytest.fixture
def laptop(tmp_path, monkeypatch):
    """An observer's folder as in the issue: obs.sqlite (a protocol of ALA-101) and me.p12, the
    observer's identity; commands run in it, with the passphrase in the environment."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OBSERVER_APP_PASSPHRASE", PASSPHRASE)
    from observer_app.domain.template import load_template

    with Store.open(tmp_path / "obs.sqlite") as store:
        store.load_election(load_template(KZ_FILE))
        store.update_observer(full_name="Aigerim Bekova")
        store.save_protocol(store.station_by_code("ALA-101").id, values=GOOD, status="final")
        create_self_signed_identity("Aigerim Bekova", None, store.observer_id,
                                    tmp_path / "me.p12", PASSPHRASE)
    return tmp_path


@pytest.fixture
def no_prompt(monkeypatch):
    """Fails the test if a passphrase is asked for (from anywhere: prompt, file, environment)."""
    asked = []

    def get_passphrase(purpose, **kwargs):
        asked.append(str(purpose))
        raise AssertionError(f"a passphrase was asked for: {purpose}")

    monkeypatch.setattr(passphrase, "get_passphrase", get_passphrase)
    return asked


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def refused(capsys, args: list[str]) -> str:
    """Runs the command in-process: exit 1, nothing on stdout, one line on stderr (returned)."""
    code = cli.main(args)
    out, err = capsys.readouterr()
    assert (code, out) == (1, ""), err
    assert err.startswith("observer-app: ") and err.count("\n") == 1 and err.endswith(".\n"), err
    return err


# --- an output that is an input ---------------------------------------------------------------


@pytest.mark.parametrize("args, said", [
    (["summary", "--db", "obs.sqlite", "--station", "ALA-101", "--out", "obs.sqlite",
      "--identity", "me.p12"],
     "obs.sqlite is a file this command reads; an output never replaces it: choose another file name."),
    (["export", "--db", "obs.sqlite", "--out", "obs.sqlite", "--identity", "me.p12"],
     "obs.sqlite is a file this command reads; an output never replaces it: choose another file name."),
    (["protocols", "export", "obs.sqlite", "--db", "obs.sqlite"],
     "obs.sqlite is a file this command reads; an output never replaces it: choose another file name."),
    (["export", "--db", "obs.sqlite", "--out", "me.p12", "--identity", "me.p12"],
     "me.p12 is a file this command reads; an output never replaces it: choose another file name."),
    (["summary", "--db", "obs.sqlite", "--station", "ALA-101", "--out", "me.p12",
      "--identity", "me.p12", "--force"],
     "me.p12 is a file this command reads; an output never replaces it: choose another file name."),
    (["export", "--db", "obs.sqlite", "--out", "obs.sqlite-wal", "--identity", "me.p12", "--force"],
     "obs.sqlite-wal belongs to the database obs.sqlite, which this command reads; choose another "
     "file name."),
    (["protocols", "export", "./obs.sqlite-shm", "--db", "obs.sqlite"],
     "obs.sqlite-shm belongs to the database obs.sqlite, which this command reads; choose another "
     "file name."),
], ids=["summary-out-db", "export-out-db", "protocols-export-db", "export-out-identity",
        "summary-out-identity-force", "export-out-wal-force", "protocols-export-shm"])
def test_issue_11_an_output_that_is_an_input_is_refused_before_any_work(
        laptop, capsys, no_prompt, args, said):
    before = contents(laptop)
    assert refused(capsys, args) == f"observer-app: {said}\n"
    assert contents(laptop) == before  # obs.sqlite and me.p12 byte for byte; nothing new
    assert no_prompt == []


def test_issue_11_a_link_to_the_database_is_the_database(laptop, capsys, no_prompt):
    (laptop / "link.sqlite").symlink_to("obs.sqlite")
    os.link(laptop / "me.p12", laptop / "copy.p12")  # a hard link: the same file, another name
    before = contents(laptop)
    assert refused(capsys, ["export", "--db", "obs.sqlite", "--out", "link.sqlite", "--force",
                            "--identity", "me.p12"]) == (
        "observer-app: link.sqlite is the same file as obs.sqlite, which this command reads; "
        "choose another file name.\n")
    assert refused(capsys, ["summary", "--db", "obs.sqlite", "--station", "ALA-101", "--out",
                            "copy.p12", "--identity", "me.p12", "--force"]) == (
        "observer-app: copy.p12 is the same file as me.p12, which this command reads; choose "
        "another file name.\n")
    assert contents(laptop) == before


@pytest.mark.parametrize("command", ["summary", "export"])
def test_issue_11_the_attached_identity_is_an_input_too(laptop, capsys, no_prompt, command):
    """Without --identity the database's attached identity signs: it is not the output either."""
    with Store.open(laptop / "obs.sqlite") as store:
        store.update_observer(identity_path=str(laptop / "me.p12"))
    before = (laptop / "me.p12").read_bytes()
    args = ["--station", "ALA-101"] if command == "summary" else []
    assert refused(capsys, [command, "--db", "obs.sqlite", *args, "--out", "me.p12", "--force"]) == (
        f"observer-app: me.p12 is the same file as {laptop / 'me.p12'}, which this command reads; "
        "choose another file name.\n")
    assert (laptop / "me.p12").read_bytes() == before
    assert no_prompt == []


# --- an existing file, and --force ------------------------------------------------------------


COMMANDS = {
    "summary": ["summary", "--db", "obs.sqlite", "--station", "ALA-101", "--identity", "me.p12",
                "--out", "ALA-101.pdf"],
    "export": ["export", "--db", "obs.sqlite", "--identity", "me.p12", "--out", "aigerim.obsx"],
    "protocols export": ["protocols", "export", "protocols.csv", "--db", "obs.sqlite"],
}


def _output(args: list[str]) -> str:
    return args[args.index("--out") + 1] if "--out" in args else args[2]


@pytest.mark.parametrize("command", COMMANDS)
def test_issue_11_an_existing_file_is_kept_without_force(laptop, capsys, no_prompt, command):
    args = COMMANDS[command]
    out = laptop / _output(args)
    out.write_bytes(b"an earlier signed file")
    before = contents(laptop)
    assert refused(capsys, args) == (
        f"observer-app: {out.name} already exists; give --force to replace it, or choose another "
        "file name.\n")
    assert contents(laptop) == before
    assert no_prompt == []


@pytest.mark.parametrize("command", COMMANDS)
def test_issue_11_force_replaces_an_existing_file(laptop, capsys, command):
    args = COMMANDS[command]
    out = laptop / _output(args)
    out.write_bytes(b"an earlier signed file")
    assert cli.main([*args, "--force"]) == 0, capsys.readouterr().err
    data = out.read_bytes()
    if command == "summary":
        assert verify_pdf(out).intact
    elif command == "export":
        assert verify_bundle(out).ok
    else:
        assert data.decode("utf-8").splitlines()[1].startswith("ALA-101,2720,2770,1713,")
    hidden = sorted(p.name for p in laptop.iterdir() if p.name.startswith("."))
    assert hidden == []  # no temporary file left


def test_issue_11_report_refuses_an_existing_file_and_force_replaces_it(laptop, capsys):
    assert cli.main(COMMANDS["export"]) == 0
    assert cli.main(["merge", "--into", "coord.sqlite", "aigerim.obsx"]) == 0
    capsys.readouterr()
    (laptop / "report.csv").write_bytes(b"last week's report")
    assert refused(capsys, ["report", "--db", "coord.sqlite", "--out", "report.csv"]) == (
        "observer-app: report.csv already exists; give --force to replace it, or choose another "
        "file name.\n")
    assert (laptop / "report.csv").read_bytes() == b"last week's report"
    assert cli.main(["report", "--db", "coord.sqlite", "--out", "report.csv", "--force"]) == 0
    assert (laptop / "report.csv").read_text(encoding="utf-8").startswith("station_code,region,source,")


@pytest.mark.parametrize("words", [["summary"], ["export"], ["report"], ["protocols", "export"]])
def test_every_command_that_writes_a_file_takes_force(words, capsys):
    with pytest.raises(SystemExit):
        cli.main([*words, "--help"])
    assert "--force" in capsys.readouterr().out


@pytest.mark.parametrize("words", [["ca", "init"], ["ca", "issue"]])
def test_ca_commands_never_replace_keys_and_say_so(words, capsys):
    with pytest.raises(SystemExit):
        cli.main([*words, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "there is no --force" in shown


# --- a full disk ------------------------------------------------------------------------------


def limited(limit: int, args: list[str]) -> list[str]:
    """`python main.py ARGS` in a process whose files may not grow past `limit` bytes: a write
    beyond it fails with EFBIG (Python ignores SIGXFSZ), as on a full disk."""
    return [sys.executable, "-c",
            "import resource, runpy, sys\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))\n"
            f"sys.argv = {[str(ROOT / 'main.py'), *args]!r}\n"
            "runpy.run_path(sys.argv[0], run_name='__main__')"]


@pytest.mark.parametrize("command", COMMANDS)
def test_issue_11_a_full_disk_says_so_and_keeps_the_old_file(laptop, command):
    """A real limit (RLIMIT_FSIZE: the system refuses to grow a file, EFBIG) while the command
    writes. The test keeps the database open meanwhile, so the command's own SQLite files are
    there already and need not grow."""
    args = COMMANDS[command]
    out = laptop / _output(args)
    out.write_bytes(b"an earlier signed file")
    with Store.open(laptop / "obs.sqlite") as store:
        store.observer()
        proc = subprocess.run(limited(100, [*args, "--force"]), cwd=laptop, capture_output=True,
                              text=True, timeout=120,
                              env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1, "", f"observer-app: The disk is full: nothing was written to {out.name}.\n")
    assert out.read_bytes() == b"an earlier signed file"
    assert sorted(p.name for p in laptop.iterdir() if p.name.startswith(".")) == []


# --- a killed export --------------------------------------------------------------------------


def test_issue_11_a_killed_export_leaves_a_snapshot_the_next_export_removes(laptop, capsys):
    """kill -9 during the snapshot (VACUUM INTO) leaves its temporary copy of the database; it
    carries the killed process's id, so the next export into that folder removes it."""
    with Store.open(laptop / "obs.sqlite") as store:  # a database of some size: photos
        protocol = store.protocol(store.station_by_code("ALA-101").id)
        for i in range(3):
            photo = laptop / f"photo{i}.jpg"
            photo.write_bytes(os.urandom(1024 * 1024))
            store.attach_photo(protocol, photo)
            photo.unlink()
    exports = laptop / "exports"
    exports.mkdir()
    proc = subprocess.Popen([sys.executable, str(DRIVER), "export", "--db", "obs.sqlite",
                             "--identity", "me.p12", "--out", "exports/aigerim.obsx"],
                            cwd=laptop, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert line.startswith("snapshot "), proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL
    left = {p.name: p.stat().st_size for p in exports.iterdir()}
    named = re.compile(rf"\.aigerim\.obsx\.{proc.pid}-[a-z0-9_]+\.((snapshot|bundle)\.tmp.*)")
    assert sorted(named.fullmatch(name).group(1) for name in left) == [
        "bundle.tmp", "snapshot.tmp", "snapshot.tmp-journal"]  # SQLite's journal of the copy too
    snapshot = next(name for name in left if name.endswith(".snapshot.tmp"))
    assert left[snapshot] > 0  # part of a copy of the database was written

    assert cli.main(["export", "--db", "obs.sqlite", "--identity", "me.p12",
                     "--out", "exports/again.obsx"]) == 0, capsys.readouterr().err
    assert sorted(p.name for p in exports.iterdir()) == ["again.obsx"]
    assert verify_bundle(exports / "again.obsx").ok
