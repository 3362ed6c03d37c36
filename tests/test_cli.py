"""The command line through its real entry point (`python main.py`), as coordinators script it.

Contract: design.md, "Command line" (exit 0 success, 1 failure with one sentence on stderr,
2 usage error; never a traceback) and "Results CSV" (columns by name in any order, empty cell =
unknown, errors name the physical line with the header as line 1, a bad row refuses the whole
file, importing again replaces and is audited).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from observer_app.storage.store import Store
from tests.conftest import KZ_FILE, ROOT, RU_FILE

PROG = "observer-app"
KZ_HEADER = ("station_code,registered,received,issued,cancelled,in_boxes,invalid,valid,"
             "nur_otan,ak_zhol,ppk,auyl,adal")
KZ_CODES = KZ_HEADER.split(",")[1:]
DB = "observer.sqlite"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """Every test runs in its own folder: relative paths in commands land in tmp_path."""
    monkeypatch.chdir(tmp_path)


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python main.py ARGS` in the current (temporary) folder; never a traceback on stderr."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        cwd=Path.cwd(), env=env or ENV, capture_output=True, text=True, encoding="utf-8",
        timeout=300,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def assert_failed(proc: subprocess.CompletedProcess, *parts: str) -> str:
    """Exit 1, nothing on stdout, and exactly one line on stderr naming every part."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"{PROG}: ")
    assert proc.stderr.endswith("\n") and proc.stderr.count("\n") == 1, proc.stderr
    for part in parts:
        assert part in proc.stderr, (part, proc.stderr)
    return proc.stderr


def assert_ok(proc: subprocess.CompletedProcess, stdout: str | None = None) -> str:
    assert (proc.returncode, proc.stderr) == (0, ""), (proc.returncode, proc.stderr)
    if stdout is not None:
        assert proc.stdout == stdout
    return proc.stdout


def in_process(*args: str | Path) -> int:
    """The same entry point called in-process (`main.main` returns the exit code)."""
    import main

    return main.main([str(a) for a in args])


def write_csv(path: str | Path, rows: list[list[str]], *, bom: bool = False,
              newline: str = "\r\n") -> Path:
    """An RFC 4180 file (CRLF, minimal quoting), optionally with a UTF-8 BOM."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=newline).writerows(rows)
    path = Path(path)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return path


def export() -> str:
    return assert_ok(run("protocols", "export", "-", "--db", DB))


def audit(*where: str) -> list[tuple]:
    """Audit rows (table_name, record_id, field, old, new), read with sqlite3 directly."""
    conn = sqlite3.connect(DB)
    try:
        sql = "SELECT table_name, record_id, field, old, new FROM audit"
        if where:
            sql += " WHERE " + where[0]
        return conn.execute(sql + " ORDER BY seq", where[1:]).fetchall()
    finally:
        conn.close()


def protocol_id(code: str) -> str:
    conn = sqlite3.connect(DB)
    try:
        (pid,) = conn.execute(
            "SELECT p.id FROM protocols p JOIN stations s ON s.id = p.station_id WHERE s.code = ?",
            [code]).fetchone()
        return pid
    finally:
        conn.close()


def side_files(path: str | Path) -> list[Path]:
    path = Path(path)
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()]


@pytest.fixture
def kz_db(tmp_path) -> Path:
    """observer.sqlite in the test's folder with the Kazakhstan election loaded (in-process)."""
    assert in_process("election", "load", KZ_FILE, "--db", DB) == 0
    return tmp_path / DB


@pytest.fixture
def kz_stations(kz_template) -> list[str]:
    return sorted(s.code for s in kz_template.stations)


# --- help and usage ------------------------------------------------------------------------

HELP = {
    "top": [],
    "screenshot": ["screenshot"],
    "election": ["election"],
    "election-load": ["election", "load"],
    "stations": ["stations"],
    "stations-import": ["stations", "import"],
    "stations-list": ["stations", "list"],
    "protocols": ["protocols"],
    "protocols-template-csv": ["protocols", "template-csv"],
    "protocols-import": ["protocols", "import"],
    "protocols-export": ["protocols", "export"],
}


@pytest.mark.parametrize("words", list(HELP.values()), ids=list(HELP))
def test_help_exits_0_with_usage(words):
    proc = run(*words, "--help")
    out = assert_ok(proc)
    assert out.startswith(f"usage: {' '.join([PROG, *words])} ")


def test_help_in_process_exits_0(capsys):
    with pytest.raises(SystemExit) as exc:
        in_process("protocols", "import", "--help")
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("usage: observer-app protocols import ")


def test_version():
    assert_ok(run("--version"), f"{PROG} 0.1.0\n")


USAGE_ERRORS = {
    "unknown-command": (["frobnicate"], "invalid choice: 'frobnicate'"),
    "unknown-action": (["stations", "frobnicate", "--db", DB], "invalid choice: 'frobnicate'"),
    "missing-action": (["stations"], "required: ACTION"),
    "stations-list-without-db": (["stations", "list"], "the following arguments are required: --db"),
    "election-load-without-file": (["election", "load", "--db", DB], "required: FILE"),
    "db-before-subcommand": (["--db", DB, "stations", "list"],
                             f"put --db after the command: observer-app stations list ... --db {DB}"),
    "lang-before-subcommand": (["--lang", "ru", "summary", "--db", DB, "--station", "ALA-101",
                                "--out", "x.pdf"],
                               "put --lang after the command: observer-app summary ... --lang ru"),
    "lang-abbreviated-before-subcommand": (["--la", "ru", "stations", "list", "--db", DB],
                                           "put them after the command"),
    "unknown-option": (["stations", "list", "--db", DB, "--frob"], "unrecognized arguments: --frob"),
}


@pytest.mark.parametrize("args, message", list(USAGE_ERRORS.values()), ids=list(USAGE_ERRORS))
def test_usage_error_exits_2(args, message, tmp_path):
    proc = run(*args)
    assert proc.returncode == 2, proc
    assert proc.stdout == ""
    assert proc.stderr.startswith("usage: observer-app")
    assert message in proc.stderr
    assert not (tmp_path / DB).exists()


def test_usage_error_in_process_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        in_process("stations", "list")
    assert exc.value.code == 2
    assert "--db" in capsys.readouterr().err


GUI_OPTIONS_BEFORE_A_COMMAND = {
    "lang-summary": (["--lang", "ru", "summary", "--db", DB, "--station", "ALA-101", "--out", "x.pdf"],
                     "put --lang after the command: observer-app summary ... --lang ru"),
    "lang=-protocols-export": (["--lang=kk", "protocols", "export", "-", "--db", DB],
                               "put --lang after the command: observer-app protocols export ... --lang kk"),
    "db-stations-list": (["--db", "my db.sqlite", "stations", "list"],
                         "put --db after the command: observer-app stations list ... --db 'my db.sqlite'"),
    "db-and-lang-report": (["--db", DB, "--lang", "ru", "report", "--db", DB, "--out", "r.pdf"],
                           "put --db after the command: observer-app report ... --db observer.sqlite"),
}


@pytest.mark.parametrize("args, fix", list(GUI_OPTIONS_BEFORE_A_COMMAND.values()),
                         ids=list(GUI_OPTIONS_BEFORE_A_COMMAND))
def test_gui_options_before_a_command_are_a_usage_error_naming_the_fix(kz_db, capsys, args, fix):
    """Before a command, --db and --lang are the app's own (design.md): never silently dropped."""
    from observer_app.cli import main as cli_main

    launched = []
    with pytest.raises(SystemExit) as exc:
        cli_main(args, gui=launched.append, screenshot=launched.append)
    assert exc.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and launched == []
    assert err.startswith("usage: observer-app")
    assert err.splitlines()[-1] == f"observer-app: error: {fix}"


def test_gui_options_without_a_command_open_the_app(capsys):
    from observer_app.cli import main as cli_main

    launched = []
    assert cli_main(["--db", "my.sqlite", "--lang", "ru"], gui=lambda a: launched.append(a) or 0) == 0
    assert [(a.gui_db, a.gui_lang) for a in launched] == [(Path("my.sqlite"), "ru")]
    assert capsys.readouterr() == ("", "")


# --- election load and stations list -------------------------------------------------------

def test_election_load_creates_the_database_and_lists_stations(tmp_path, kz_template, kz_stations):
    assert not (tmp_path / "new.sqlite").exists()
    assert_ok(run("election", "load", KZ_FILE, "--db", "new.sqlite"),
              "Loaded kz-2021-majilis into new.sqlite: 24 stations added, 0 updated, 24 in all.\n")
    assert (tmp_path / "new.sqlite").is_file()

    out = assert_ok(run("stations", "list", "--db", "new.sqlite"))
    lines = out.splitlines()
    assert out.endswith("\n")
    assert len(lines) == 24
    assert [line.split("\t")[0] for line in lines] == kz_stations
    assert all(len(line.split("\t")) == 5 for line in lines)
    by_code = {s.code: s for s in kz_template.stations}
    assert lines == [
        "\t".join([c, by_code[c].region, by_code[c].district, by_code[c].address,
                   str(by_code[c].registered_voters)])
        for c in kz_stations
    ]


def test_election_load_again_changes_nothing(kz_db):
    assert_ok(run("election", "load", KZ_FILE, "--db", DB),
              f"Loaded kz-2021-majilis into {DB}: 0 stations added, 0 updated, 24 in all.\n")


def test_a_second_election_is_refused(kz_db, kz_stations):
    before = assert_ok(run("stations", "list", "--db", DB))
    assert_failed(run("election", "load", RU_FILE, "--db", DB), "“kz-2021-majilis”", "“ru-2021-duma”")
    assert assert_ok(run("stations", "list", "--db", DB)) == before
    assert_ok(run("protocols", "template-csv", "--db", DB), KZ_HEADER + "\n")


def test_stations_list_in_process(kz_db, kz_stations, capsys):
    assert in_process("stations", "list", "--db", DB) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert [line.split("\t")[0] for line in out.splitlines()] == kz_stations


def test_observer_show_and_set(kz_db):
    """What 'ca issue --observer-id' needs, and the profile the summaries show, without the app."""
    with Store.open(kz_db) as store:
        observer_id = store.observer_id
    assert_ok(run("observer", "show", "--db", DB),
              f"observer_id\t{observer_id}\nname\t\norganisation\t\ncontact\t\n")
    assert_ok(run("observer", "set", "--db", DB, "--name", " Aigerim Bekova ", "--org", "Erkindik Kanaty"),
              f"Observer {observer_id}: Aigerim Bekova, Erkindik Kanaty.\n")
    assert_ok(run("observer", "set", "--db", DB, "--contact", "+7 701 000\t0000"))
    assert_ok(run("observer", "show", "--db", DB),
              f"observer_id\t{observer_id}\nname\tAigerim Bekova\norganisation\tErkindik Kanaty\n"
              "contact\t+7 701 000 0000\n")
    with Store.open(kz_db) as store:
        assert [(a["field"], a["new"]) for a in store.audit_rows(observer_id)][-3:] == [
            ("full_name", "Aigerim Bekova"), ("organisation", "Erkindik Kanaty"), ("contact", "+7 701 000\t0000")]
    assert_failed(run("observer", "set", "--db", DB), "Nothing to set: give --name, --org or --contact.")
    assert_failed(run("observer", "set", "--db", DB, "--name", "  "), "The observer's name cannot be empty.")


# --- a database that does not exist --------------------------------------------------------

def _has_screenshots() -> bool:
    try:
        return importlib.util.find_spec("ui.app") is not None
    except ImportError:
        return False


MISSING_DB = {
    "stations-import": ["stations", "import", "stations.csv"],
    "stations-list": ["stations", "list"],
    "protocols-template-csv": ["protocols", "template-csv"],
    "protocols-import": ["protocols", "import", "results.csv"],
    "protocols-export-stdout": ["protocols", "export", "-"],
    "protocols-export-file": ["protocols", "export", "out.csv"],
}


@pytest.mark.parametrize("args", list(MISSING_DB.values()), ids=list(MISSING_DB))
def test_missing_database_is_not_created(args, tmp_path):
    write_csv("stations.csv", [["station_code"], ["X-1"]])
    write_csv("results.csv", [["station_code", "registered"], ["X-1", "10"]])
    db = tmp_path / "sub" / "missing.sqlite"
    assert_failed(run(*args, "--db", db), str(db))
    assert not db.exists()
    assert not db.parent.exists()
    assert side_files(db) == []
    assert not (tmp_path / "out.csv").exists()


@pytest.fixture
def screenshot_missing_db(tmp_path):
    if not _has_screenshots():
        pytest.skip("ui.app (screenshots) is not in this tree yet")
    db = tmp_path / "sub" / "missing.sqlite"
    return db, run("screenshot", "shots", "--db", db)


def test_screenshot_with_a_missing_database_is_refused(screenshot_missing_db):
    db, proc = screenshot_missing_db
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr.splitlines()[-1].startswith(f"{PROG}: ")
    assert str(db) in proc.stderr.splitlines()[-1]
    assert not db.exists() and not db.parent.exists()


def test_screenshot_with_a_missing_database_writes_nothing(screenshot_missing_db, tmp_path):
    db, proc = screenshot_missing_db
    assert not (tmp_path / "shots").exists()
    assert_failed(proc, str(db))


# --- protocols template-csv ----------------------------------------------------------------

def test_template_csv_prints_the_header(kz_db):
    assert_ok(run("protocols", "template-csv", "--db", DB), KZ_HEADER + "\n")


def test_template_csv_in_process(kz_db, capsys):
    assert in_process("protocols", "template-csv", "--db", DB) == 0
    assert capsys.readouterr() == (KZ_HEADER + "\n", "")


def test_commands_without_an_election_say_so(tmp_path):
    # A database with no election yet (made by the app itself, in-process).
    from observer_app.storage.store import Store

    Store.open(DB).close()
    write_csv("results.csv", [["station_code"], ["X-1"]])
    for args in (["protocols", "template-csv"], ["protocols", "import", "results.csv"],
                 ["stations", "import", "results.csv"]):
        assert_failed(run(*args, "--db", DB), "no election", "election load")
    assert_ok(run("stations", "list", "--db", DB), "")


# --- stations import -----------------------------------------------------------------------

STATION_ROWS = [
    ["station_code", "region", "district", "address", "registered_voters"],
    ["TEST-1,A/2", "Region, with comma", "District", 'Street "Quoted" 1', "1200"],
    ["TEST-2", "Регион", "Ауданы", "", ""],
    ["TEST-3", "R", "D", "A", "0"],
]


def test_stations_import_adds_then_reports_unchanged_then_updates(kz_db, kz_stations):
    path = write_csv("stations.csv", STATION_ROWS, bom=True)
    assert path.read_bytes().startswith(b'\xef\xbb\xbfstation_code,')
    assert b'"TEST-1,A/2"' in path.read_bytes()

    assert_ok(run("stations", "import", "stations.csv", "--db", DB),
              "Imported 3 stations: 3 added, 0 updated, 0 unchanged.\n")
    lines = assert_ok(run("stations", "list", "--db", DB)).splitlines()
    assert len(lines) == 27
    assert [line.split("\t")[0] for line in lines] == sorted(kz_stations + ["TEST-1,A/2", "TEST-2", "TEST-3"])
    assert "TEST-1,A/2\tRegion, with comma\tDistrict\tStreet \"Quoted\" 1\t1200" in lines
    assert "TEST-2\tРегион\tАуданы\t\t" in lines
    assert "TEST-3\tR\tD\tA\t0" in lines

    assert_ok(run("stations", "import", "stations.csv", "--db", DB),
              "Imported 3 stations: 0 added, 0 updated, 3 unchanged.\n")

    changed = [row[:] for row in STATION_ROWS]
    changed[1][4] = "1250"
    write_csv("stations.csv", changed, bom=True)
    before = len(audit())
    assert_ok(run("stations", "import", "stations.csv", "--db", DB),
              "Imported 3 stations: 0 added, 1 updated, 2 unchanged.\n")
    assert "TEST-1,A/2\tRegion, with comma\tDistrict\tStreet \"Quoted\" 1\t1250" in \
        assert_ok(run("stations", "list", "--db", DB)).splitlines()
    new_audit = audit()[before:]
    assert [(t, f, o, n) for t, _, f, o, n in new_audit] == [("stations", "registered_voters", "1200", "1250")]


def test_counts_of_one_are_singular(tmp_path):
    election = _kz()
    election["stations"] = election["stations"][:1]
    Path("one.election.json").write_text(json.dumps(election, ensure_ascii=False), encoding="utf-8")
    code = election["stations"][0]["code"]
    assert_ok(run("election", "load", "one.election.json", "--db", DB),
              f"Loaded kz-2021-majilis into {DB}: 1 station added, 0 updated, 1 in all.\n")
    write_csv("stations.csv", [["station_code"], ["NEW-1"]])
    assert_ok(run("stations", "import", "stations.csv", "--db", DB),
              "Imported 1 station: 1 added, 0 updated, 0 unchanged.\n")
    write_csv("results.csv", [["station_code", "nur_otan"], [code, "7"]])
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 1 protocol: 1 added, 0 replaced, 0 unchanged.\n")
    assert_ok(run("protocols", "export", "out.csv", "--db", DB), "Wrote 1 protocol to out.csv.\n")


def test_stations_import_refuses_a_bad_file_whole(kz_db):
    before = assert_ok(run("stations", "list", "--db", DB))
    write_csv("stations.csv", [
        ["station_code", "registered_voters"],
        ["NEW-1", "10"],
        ["NEW-2", "-5"],
    ])
    assert_failed(run("stations", "import", "stations.csv", "--db", DB),
                  "stations.csv: line 3: ", "“-5”", "Nothing from this file was imported.")
    assert assert_ok(run("stations", "list", "--db", DB)) == before


# --- protocols import / export -------------------------------------------------------------

def test_protocols_import_any_column_order_and_export_in_template_order(kz_db):
    # Columns shuffled; an empty cell (ALA-104 invalid) means unknown, not 0.
    header = ["adal", "valid", "station_code", "invalid", "registered", "received", "issued",
              "cancelled", "in_boxes", "nur_otan", "ak_zhol", "ppk", "auyl"]
    rows = [
        {"station_code": "ALA-104", "registered": "2659", "received": "2700", "issued": "1500",
         "cancelled": "1200", "in_boxes": "1498", "invalid": "", "valid": "1470",
         "nur_otan": "1000", "ak_zhol": "200", "ppk": "150", "auyl": "70", "adal": "50"},
        {"station_code": "ALA-101", "registered": "2720", "received": "2800", "issued": "1600",
         "cancelled": "1200", "in_boxes": "1600", "invalid": "20", "valid": "1580",
         "nur_otan": "1100", "ak_zhol": "200", "ppk": "150", "auyl": "80", "adal": "50"},
    ]
    write_csv("results.csv", [header] + [[r[h] for h in header] for r in rows], bom=True)
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 2 protocols: 2 added, 0 replaced, 0 unchanged.\n")
    expected = (
        KZ_HEADER + "\n"
        "ALA-101,2720,2800,1600,1200,1600,20,1580,1100,200,150,80,50\n"
        "ALA-104,2659,2700,1500,1200,1498,,1470,1000,200,150,70,50\n"
    )
    assert export() == expected

    # Stored as unknown (None), not 0.
    conn = sqlite3.connect(DB)
    stored = conn.execute("SELECT values_json FROM protocols WHERE id = ?", [protocol_id("ALA-104")]).fetchone()[0]
    conn.close()
    assert json.loads(stored)["invalid"] is None

    # The same to a file; the file imports back as unchanged.
    assert_ok(run("protocols", "export", "out.csv", "--db", DB), "Wrote 2 protocols to out.csv.\n")
    assert Path("out.csv").read_text(encoding="utf-8") == expected
    assert_ok(run("protocols", "import", "out.csv", "--db", DB),
              "Imported 2 protocols: 0 added, 0 replaced, 2 unchanged.\n")


def test_protocols_import_a_station_code_with_comma_and_slash(kz_db):
    write_csv("stations.csv", [["station_code", "registered_voters"], ["TEST-1,A/2", "50"]], bom=True)
    assert_ok(run("stations", "import", "stations.csv", "--db", DB))
    write_csv("results.csv", [["station_code", "nur_otan"], ["TEST-1,A/2", "7"]])
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 1 protocol: 1 added, 0 replaced, 0 unchanged.\n")
    assert export() == KZ_HEADER + "\n" + '"TEST-1,A/2",,,,,,,,7,,,,\n'


def _imported_every_station(kz_stations) -> None:
    # line 1 unknown: the station list's registered voters differ from station to station
    write_csv("all.csv", [HEADER, *([code, ""] + GOOD[2:] for code in kz_stations)])
    assert_ok(run("protocols", "import", "all.csv", "--db", DB))


def test_protocols_import_says_which_imported_protocols_fail_and_stores_them_issue_12(kz_db):
    """Issue 12, item 6: after importing, each station whose protocol fails a control relation
    (by how much) or states other registered voters than the station list, as warnings on
    stderr; the protocols are imported all the same (evidence) and the exit code stays 0."""
    off = _with(_with(GOOD, "cancelled", "1214"), "registered", "2700")  # 2800 ≠ 1600 + 1214
    also = _with(_with(EARLIER, "valid", "1471"), "in_boxes", "1600")  # 5 = 6 + 7, 5 ≤ 3 and 7 = Σ
    passing = _with(EARLIER, "station_code", "ALA-117")[:1] + [""] * 12
    write_csv("results.csv", [HEADER, also, passing, off])
    proc = run("protocols", "import", "results.csv", "--db", DB)
    assert (proc.returncode, proc.stdout) == (0, "Imported 3 protocols: 3 added, 0 replaced, 0 unchanged.\n")
    assert proc.stderr == (
        "observer-app: warning: ALA-101: fails 2 = 3 + 4 (off by 14); registered 2,700 but the "
        "station list says 2,720\n"
        "observer-app: warning: ALA-104: fails 5 ≤ 3 (off by 100); fails 5 = 6 + 7 (off by 101); "
        "fails 7 = Σ votes (off by 1)\n")
    assert export() == (
        KZ_HEADER + "\n"
        "ALA-101,2700,2800,1600,1214,1600,20,1580,1100,200,150,80,50\n"
        "ALA-104,2659,2700,1500,1200,1600,28,1471,1000,200,150,70,50\n"
        "ALA-117,,,,,,,,,,,,\n")
    # imported again, unchanged: the same warnings (the figures still say so)
    again = run("protocols", "import", "results.csv", "--db", DB)
    assert (again.returncode, again.stdout, again.stderr) == (
        0, "Imported 3 protocols: 0 added, 0 replaced, 3 unchanged.\n", proc.stderr)


def test_a_failing_soft_check_is_named_a_warning_issue_12(ru_template):
    from observer_app.cli import protocol_findings

    values = {"issued_early": 0, "issued_in_premises": 500, "issued_outside": 0,
              "in_portable_boxes": 10, "in_stationary_boxes": 500}
    assert protocol_findings(ru_template, values, 900) == [
        "fails 3 + 4 + 5 ≥ 7 + 8 (off by 10, a warning)", "fails 3 + 5 ≥ 7 (off by 10, a warning)"]
    assert protocol_findings(ru_template, values | {"registered": 901}, 900) == [
        "fails 3 + 4 + 5 ≥ 7 + 8 (off by 10, a warning)", "fails 3 + 5 ≥ 7 (off by 10, a warning)",
        "registered 901 but the station list says 900"]


def test_protocols_export_into_a_closed_pipe_ends_quietly(kz_db, kz_stations):
    """`observer-app protocols export - --db X | head`: no message when the reader has gone."""
    _imported_every_station(kz_stations)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte: every write fails with EPIPE
    try:
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "protocols", "export", "-",
                               "--db", DB], stdout=write_end, stderr=subprocess.PIPE, env=ENV,
                              timeout=120)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (141, b"")


def test_a_closed_pipe_in_process_returns_141_without_a_word(kz_db, capsys):
    read_end, write_end = os.pipe()
    os.close(read_end)
    broken = io.TextIOWrapper(io.FileIO(write_end, "w"), encoding="utf-8")
    captured, sys.stdout = sys.stdout, broken
    try:
        assert in_process("stations", "list", "--db", DB) == 141
    finally:
        sys.stdout = captured
    broken.close()  # its pending text now goes to /dev/null: no error at close either
    assert capsys.readouterr() == ("", "")


def test_a_broken_pipe_elsewhere_is_still_reported(kz_db, capfd, monkeypatch):
    """Only a standard output whose reader has gone ends quietly; any other pipe is an error."""
    import observer_app.cli as cli

    def lost_worker(args):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli.COMMANDS, ("stations", "list"), lost_worker)
    assert cli.main(["stations", "list", "--db", DB]) == 1
    out, err = capfd.readouterr()
    assert (out, err) == ("", f"{PROG}: unexpected error (BrokenPipeError: [Errno 32] Broken pipe); "
                              "please report it.\n")


def test_protocols_export_to_a_folder(kz_db, tmp_path):
    (tmp_path / "exports").mkdir()
    assert_failed(run("protocols", "export", "exports", "--db", DB),
                  f"{PROG}: exports is a folder; give a file name, e.g. {Path('exports', 'protocols.csv')}.")


def test_protocols_export_with_no_protocols_prints_the_header(kz_db, capsys):
    assert export() == KZ_HEADER + "\n"
    assert in_process("protocols", "export", "-", "--db", DB) == 0
    assert capsys.readouterr() == (KZ_HEADER + "\n", "")


GOOD = ["ALA-101", "2720", "2800", "1600", "1200", "1600", "20", "1580", "1100", "200", "150", "80", "50"]
EARLIER = ["ALA-104", "2659", "2700", "1500", "1200", "1498", "28", "1470", "1000", "200", "150", "70", "50"]
HEADER = KZ_HEADER.split(",")


def _with(row: list[str], column: str, value: str) -> list[str]:
    row = row[:]
    row[HEADER.index(column)] = value
    return row


# name: (file rows, physical line named in the message, words in the message)
BAD_RESULTS = {
    "unknown-station-line-3": (
        [HEADER, GOOD, _with(GOOD, "station_code", "NO-SUCH")],
        3, ["unknown station “NO-SUCH”"]),
    "non-integer": (
        [HEADER, GOOD, _with(EARLIER, "valid", "12a")],
        3, ["valid", "“12a”"]),
    "negative": (
        [HEADER, _with(EARLIER, "ppk", "-5"), GOOD],
        2, ["ppk", "“-5”"]),
    "unknown-column": (
        [HEADER + ["nosuch"], GOOD + ["1"]],
        1, ["unknown column “nosuch”"]),
    "duplicate-column": (
        [HEADER + ["adal"], GOOD + ["50"]],
        1, ["“adal” appears twice"]),
}


def _check_nothing_stored(before_export: str, before_audit: int) -> None:
    assert export() == before_export
    assert len(audit()) == before_audit


@pytest.fixture
def kz_with_protocol(kz_db) -> tuple[str, int]:
    """ALA-104 already has an imported protocol (a bad file must not touch it either)."""
    write_csv("earlier.csv", [HEADER, EARLIER])
    assert_ok(run("protocols", "import", "earlier.csv", "--db", DB))
    return export(), len(audit())


@pytest.mark.parametrize("rows, line, words", list(BAD_RESULTS.values()), ids=list(BAD_RESULTS))
def test_a_bad_results_file_is_refused_whole(kz_with_protocol, rows, line, words):
    before_export, before_audit = kz_with_protocol
    # Every bad file also changes ALA-104 or adds ALA-101: neither may be stored.
    write_csv("bad.csv", rows)
    stderr = assert_failed(run("protocols", "import", "bad.csv", "--db", DB),
                           f"{PROG}: bad.csv: line {line}: ", *words)
    # an observer's database holds the election's stations: no advice to load them
    assert "load the election file" not in stderr
    _check_nothing_stored(before_export, before_audit)


def test_errors_name_the_physical_line_after_a_multiline_cell(kz_with_protocol):
    """Record 3 starts on physical line 4 because a quoted cell of record 2 spans two lines (an
    address: a station code cannot hold a line break, issue 11)."""
    before_export, before_audit = kz_with_protocol
    write_csv("bad.csv", [["station_code", "address", "registered_voters"], ["NEW-1", "two\nlines", "10"],
                          ["NEW-2", "one line", "12a"]])
    raw = Path("bad.csv").read_bytes()
    assert raw.count(b"\r\n") == 3 and raw.count(b"\n") == 4  # 4 physical lines, 3 records
    stderr = assert_failed(run("stations", "import", "bad.csv", "--db", DB),
                           f"{PROG}: bad.csv: line 4: registered_voters must be a whole number", "“12a”")
    assert "line 3" not in stderr
    _check_nothing_stored(before_export, before_audit)

    # The good row alone imports.
    write_csv("good.csv", [["station_code", "address", "registered_voters"], ["NEW-1", "two\nlines", "10"]])
    assert_ok(run("stations", "import", "good.csv", "--db", DB),
              "Imported 1 station: 1 added, 0 updated, 0 unchanged.\n")


def _excel_semicolons(path: str, rows: list[list[str]], separator: str = ";") -> Path:
    """What Excel saves as CSV where the decimal mark is a comma (ru, kk): ';' between cells."""
    Path(path).write_bytes(b"\xef\xbb\xbf" + "".join(separator.join(r) + "\r\n" for r in rows).encode())
    return Path(path)


@pytest.mark.parametrize("command", [["protocols", "import"], ["stations", "import"]])
def test_a_semicolon_separated_file_is_refused_with_the_fix(kz_db, command):
    rows = [["station_code", "registered_voters"], ["ALA-101", "2720"]] if command[0] == "stations" \
        else [["station_code", "registered", "issued"], ["ALA-101", "2720", "1600"]]
    _excel_semicolons("excel.csv", rows)
    stderr = assert_failed(run(*command, "excel.csv", "--db", DB),
                           f"{PROG}: excel.csv: line 1: the columns are separated by semicolons, but the "
                           "file must be comma-separated; in Excel, save it as “CSV UTF-8 (Comma "
                           "delimited)”.")
    assert "unknown column" not in stderr
    assert export() == KZ_HEADER + "\n"


def test_a_tab_separated_file_is_refused_with_the_fix(kz_db):
    _excel_semicolons("tabs.csv", [["station_code", "registered"], ["ALA-101", "2720"]], "\t")
    assert_failed(run("protocols", "import", "tabs.csv", "--db", DB),
                  "tabs.csv: line 1: the columns are separated by tabs, but the file must be "
                  "comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”.")


@pytest.mark.parametrize("value", ["1 600", "1\u00a0600", "1\u202f600", "1,600", "1.600"])
def test_a_count_with_a_thousands_separator_says_how_to_write_it(kz_db, value):
    write_csv("spaced.csv", [HEADER, _with(GOOD, "issued", value)])
    assert_failed(run("protocols", "import", "spaced.csv", "--db", DB),
                  f"{PROG}: spaced.csv: line 2: issued must be a whole number written without spaces "
                  f"or separators, not “{value}”. Nothing from this file was imported.")
    assert export() == KZ_HEADER + "\n"


def test_every_bad_row_is_named(kz_db):
    write_csv("bad.csv", [HEADER, _with(GOOD, "valid", "x"), GOOD, _with(EARLIER, "adal", "-1")])
    assert_failed(run("protocols", "import", "bad.csv", "--db", DB),
                  "line 2: valid", "line 3: station “ALA-101” already appears on line 2",
                  "line 4: adal")
    assert export() == KZ_HEADER + "\n"


def test_a_refused_file_names_five_rows_and_counts_the_rest(tmp_path):
    """The refusal is a Message the GUI translates: each row's problem a Message of its own."""
    from observer_app.csvio import read_stations
    from observer_app.errors import ImportFileError

    write_csv("stations.csv", [["station_code", "registered_voters"],
                               *([f"S-{i}", "x"] for i in range(7)), ["S-7", "2000000"], ["", "1"]])
    with pytest.raises(ImportFileError) as info:
        read_stations("stations.csv")
    message = info.value.message
    assert message.code == "csv.refused_more"
    assert message.params["n"] == 4 and message.params["path"] == "stations.csv"
    rows = message.params["problems"]
    assert [(row.code, row.params["line"]) for row in rows] == [("csv.at_line", line) for line in range(2, 7)]
    assert rows[0].params["problem"].code == "csv.not_a_count"
    assert str(info.value) == (
        "stations.csv: " + "; ".join(f"line {line}: registered_voters must be a whole number of 0 or "
                                     f"more, not “x”" for line in range(2, 7))
        + " (and 4 more). Nothing from this file was imported.")

    write_csv("stations.csv", [["station_code", "registered_voters"], ["S-1", "2000000"], ["S-2"]])
    with pytest.raises(ImportFileError) as info:
        read_stations("stations.csv")
    assert info.value.code == "csv.refused"
    assert [row.params["problem"].code for row in info.value.message.params["problems"]] == [
        "csv.count_too_large", "csv.cell_count"]
    assert str(info.value) == (
        "stations.csv: line 2: registered_voters = 2000000 is more than any polling station has "
        "(at most 1000000); line 3: 1 cell(s) where the header has 2. Nothing from this file was imported.")


def test_import_again_replaces_and_audits_each_changed_field(kz_db):
    write_csv("results.csv", [HEADER, GOOD, EARLIER])
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 2 protocols: 2 added, 0 replaced, 0 unchanged.\n")
    pid = protocol_id("ALA-101")
    before = len(audit())

    changed = _with(_with(_with(GOOD, "valid", "1579"), "nur_otan", "1099"), "invalid", "")
    write_csv("results.csv", [HEADER, EARLIER, changed])
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 2 protocols: 0 added, 1 replaced, 1 unchanged.\n")
    assert export() == (
        KZ_HEADER + "\n"
        "ALA-101,2720,2800,1600,1200,1600,,1579,1099,200,150,80,50\n"
        "ALA-104,2659,2700,1500,1200,1498,28,1470,1000,200,150,70,50\n"
    )
    # One row per changed field, nothing for ALA-104 (unchanged).
    assert sorted(audit()[before:]) == [
        ("protocols", pid, "values.invalid", "20", None),
        ("protocols", pid, "values.nur_otan", "1100", "1099"),
        ("protocols", pid, "values.valid", "1580", "1579"),
    ]

    # Setting an unknown value again is audited the other way round.
    write_csv("results.csv", [HEADER, GOOD])
    before = len(audit())
    assert_ok(run("protocols", "import", "results.csv", "--db", DB),
              "Imported 1 protocol: 0 added, 1 replaced, 0 unchanged.\n")
    assert sorted(audit()[before:]) == [
        ("protocols", pid, "values.invalid", None, "20"),
        ("protocols", pid, "values.nur_otan", "1099", "1100"),
        ("protocols", pid, "values.valid", "1579", "1580"),
    ]


# --- databases the app must not touch ------------------------------------------------------

EVERY_DB_COMMAND = {
    "election-load": ["election", "load", KZ_FILE],
    "stations-import": ["stations", "import", "stations.csv"],
    "stations-list": ["stations", "list"],
    "protocols-template-csv": ["protocols", "template-csv"],
    "protocols-import": ["protocols", "import", "results.csv"],
    "protocols-export": ["protocols", "export", "-"],
    "protocols-export-file": ["protocols", "export", "out.csv"],
}


def _freeze(path: Path) -> tuple[bytes, int]:
    """Sets an old mtime, so any write (even within the same clock tick) shows."""
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize("args", list(EVERY_DB_COMMAND.values()), ids=list(EVERY_DB_COMMAND))
def test_a_database_from_a_newer_app_is_not_touched(kz_db, args, tmp_path):
    write_csv("stations.csv", [["station_code"], ["X-1"]])
    write_csv("results.csv", [HEADER, GOOD])
    conn = sqlite3.connect(kz_db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert side_files(kz_db) == []
    frozen = _freeze(kz_db)

    assert_failed(run(*args, "--db", DB), DB, "newer version", "999")
    assert (kz_db.read_bytes(), kz_db.stat().st_mtime_ns) == frozen
    assert side_files(kz_db) == []
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("args", list(EVERY_DB_COMMAND.values()), ids=list(EVERY_DB_COMMAND))
def test_a_file_that_is_not_sqlite_is_not_touched(args, tmp_path):
    write_csv("stations.csv", [["station_code"], ["X-1"]])
    write_csv("results.csv", [HEADER, GOOD])
    db = tmp_path / "x.sqlite"
    db.write_text("hello\n")
    frozen = _freeze(db)

    assert_failed(run(*args, "--db", "x.sqlite"), "x.sqlite is not an observer database")
    assert (db.read_bytes(), db.stat().st_mtime_ns) == frozen
    assert side_files(db) == []


def test_a_foreign_sqlite_database_is_not_touched(tmp_path):
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    frozen = _freeze(db)
    proc = run("stations", "list", "--db", "other.sqlite")
    assert (db.read_bytes(), db.stat().st_mtime_ns) == frozen
    assert_failed(proc, "other.sqlite")


# --- malformed election files --------------------------------------------------------------

def _kz() -> dict:
    return json.loads(KZ_FILE.read_text(encoding="utf-8"))


def _relation_unknown_code() -> str:
    data = _kz()
    data["relations"][0]["expr"] = "received = issued + nosuch"
    return json.dumps(data, ensure_ascii=False, indent=1)


def _duplicate_contestant() -> str:
    data = _kz()
    data["contestants"][2]["code"] = "nur_otan"
    return json.dumps(data, ensure_ascii=False, indent=1)


def _duplicate_line_and_contestant() -> str:
    data = _kz()
    data["contestants"][0]["code"] = "valid"
    return json.dumps(data, ensure_ascii=False, indent=1)


def _duplicate_station() -> str:
    data = _kz()
    data["stations"][5]["code"] = data["stations"][1]["code"]
    return json.dumps(data, ensure_ascii=False, indent=1)


BAD_ELECTIONS = {
    "bad-json": ('{\n "format_version": 1,\n "id": kz\n}\n', ["line 3", "not valid JSON"]),
    "relation-unknown-line": (_relation_unknown_code(), ["relations[0]", "unknown line code “nosuch”"]),
    "duplicate-contestant": (_duplicate_contestant(), ["contestants[2].code", "duplicate code “nur_otan”"]),
    "line-and-contestant-share-a-code": (_duplicate_line_and_contestant(),
                                         ["contestants[0].code", "duplicate code “valid”", "lines[6].code"]),
    "duplicate-station": (_duplicate_station(), ["stations[5].code", "duplicate station code"]),
    "not-an-object": ("[1, 2]\n", ["JSON object"]),
}


@pytest.mark.parametrize("text, words", list(BAD_ELECTIONS.values()), ids=list(BAD_ELECTIONS))
def test_a_malformed_election_file_is_refused(text, words, tmp_path):
    Path("bad.election.json").write_text(text, encoding="utf-8")
    assert_failed(run("election", "load", "bad.election.json", "--db", DB),
                  f"{PROG}: bad.election.json: ", *words)
    assert not (tmp_path / DB).exists()


def test_a_malformed_election_file_leaves_an_existing_database_alone(kz_db):
    Path("bad.election.json").write_text(_relation_unknown_code(), encoding="utf-8")
    frozen = _freeze(kz_db)
    assert_failed(run("election", "load", "bad.election.json", "--db", DB), "relations[0]")
    assert (kz_db.read_bytes(), kz_db.stat().st_mtime_ns) == frozen


def test_a_missing_election_file(tmp_path):
    assert_failed(run("election", "load", "nope.election.json", "--db", DB), "nope.election.json")
    assert not (tmp_path / DB).exists()


# --- output encoding -----------------------------------------------------------------------

def test_output_is_utf8_whatever_the_console_encoding(kz_db):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "stations", "list", "--db", DB],
        env={**ENV, "PYTHONIOENCODING": "cp1252"}, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert "г. Алматы".encode("utf-8") in proc.stdout
