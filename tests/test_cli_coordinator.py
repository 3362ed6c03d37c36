"""The coordinator's commands through the real entry point: export, verify, merge, official, report."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from observer_app.domain.template import load_template
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE, ROOT, RU_FILE

ENV = os.environ | {"QT_QPA_PLATFORM": "offscreen", "OBSERVER_APP_PASSPHRASE": "correct horse"}
GOOD = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
        "invalid": 31, "valid": 1680, "nur_otan": 1041, "ak_zhol": 184, "ppk": 151, "auyl": 100,
        "adal": 204}


def run(cwd, *args):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd, env=ENV,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A CA, two observers of ALA-101 who disagree on one party, and their bundles."""
    root = tmp_path_factory.mktemp("world")
    assert run(root, "ca", "init", "--out", "ca", "--org", "Erkindik Kanaty").returncode == 0
    bundles = []
    for name, adal in (("Aigerim Bekova", 204), ("Dana Sadykova", 214)):
        db = root / f"{name.split()[0].lower()}.sqlite"
        with Store.open(db) as store:
            store.load_election(load_template(KZ_FILE))
            store.update_observer(full_name=name)
            station = store.station_by_code("ALA-101")
            store.save_protocol(station.id, values=GOOD | {"adal": adal, "valid": 1680 + adal - 204,
                                                            "in_boxes": 1711 + adal - 204},
                                status="final")
            observer_id = store.observer_id
        p12 = db.with_suffix(".p12")
        issued = run(root, "ca", "issue", "--ca", "ca", "--name", name, "--observer-id", observer_id,
                     "--out", p12.name)
        assert issued.returncode == 0, issued.stderr
        out = db.with_suffix(".obsx")
        exported = run(root, "export", "--db", db.name, "--out", out.name, "--identity", p12.name)
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.startswith(f"Wrote {out.name}: signed by {name}")
        bundles.append(out)
    merged = run(root, "merge", "--into", "world-coord.sqlite", *(b.name for b in bundles), "--trust", "ca/ca.pem")
    assert merged.returncode == 0, merged.stderr
    return root, bundles


def test_verify_a_bundle(world):
    root, bundles = world
    ok = run(root, "verify", bundles[0].name, "--trust", "ca/ca.pem")
    assert ok.returncode == 0, ok.stderr
    assert "whose certificate leads to the trusted CA" in ok.stdout
    unverified = run(root, "verify", bundles[0].name)
    assert unverified.returncode == 0
    assert "not verified" in unverified.stdout


def test_verify_a_broken_bundle_fails_with_a_reason(world, tmp_path):
    root, bundles = world
    broken = tmp_path / "broken.obsx"
    broken.write_bytes(bundles[0].read_bytes()[:-200])
    proc = run(root, "verify", broken, "--trust", "ca/ca.pem")
    assert proc.returncode == 1
    assert proc.stderr.startswith("observer-app: ")
    assert f"{broken} is not a valid bundle. The bundle is not a readable zip file (" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stderr.endswith(".\n")


def test_verify_a_bundle_with_several_problems_counts_them(tmp_path):
    odd = tmp_path / "odd.obsx"
    with zipfile.ZipFile(odd, "w") as zf:
        zf.writestr("notes.txt", "hello")
    proc = run(tmp_path, "verify", odd)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == (f"observer-app: {odd} is not a valid bundle. The bundle has an unexpected "
                           "member “notes.txt”. In all, 5 problems were found.\n")


def test_export_without_identity_is_an_error_never_an_unsigned_file(world):
    root, _ = world
    proc = run(root, "export", "--db", "aigerim.sqlite", "--out", "unsigned.obsx")
    assert proc.returncode == 1
    assert "No identity to sign with" in proc.stderr
    assert not (root / "unsigned.obsx").exists()


def test_merge_says_why_a_bundle_was_rejected_as_verify_and_the_database_do(world, tmp_path):
    root, _ = world
    odd = tmp_path / "odd.obsx"
    with zipfile.ZipFile(odd, "w") as zf:
        zf.writestr("notes.txt", "not a bundle")
    said = run(root, "verify", odd)
    coord = tmp_path / "coord.sqlite"
    merged = run(root, "merge", "--into", coord, odd)
    assert merged.returncode == 1
    with Store.open(coord) as store:
        (stored,) = store.bundles()
    first = str(stored.reason)
    assert first and first in said.stderr and first in merged.stderr


def test_official_results_of_unobserved_stations_need_the_stations_loaded_first(world, tmp_path):
    """A merge brings only the stations observers covered; the official file lists them all."""
    root, bundles = world
    coord = tmp_path / "coord.sqlite"
    assert run(root, "merge", "--into", coord, *bundles, "--trust", "ca/ca.pem").returncode == 0
    official = tmp_path / "official.csv"
    official.write_text("station_code," + ",".join(GOOD) + "".join(
        f"\n{code}," + ",".join(map(str, GOOD.values())) for code in ("ALA-101", "ALA-104")) + "\n",
        encoding="utf-8")
    refused = run(root, "official", "import", official, "--db", coord)
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == (
        f"observer-app: {official}: line 3: unknown station “ALA-104”. Nothing from this file was "
        "imported. A database knows only the stations loaded into it (a coordinator's, after a "
        "merge, only those observers covered): load the election file into it first (File → Load "
        "election file… in the coordinator window, or 'observer-app election load "
        "FILE.election.json --db ...').\n")
    assert run(root, "election", "load", KZ_FILE, "--db", coord).returncode == 0
    imported = run(root, "official", "import", official, "--db", coord)
    assert (imported.returncode, imported.stdout) == (
        0, "Imported 2 official results: 2 added, 0 replaced, 0 unchanged.\n")


def test_merge_official_and_reports(world, tmp_path):
    root, bundles = world
    coord = tmp_path / "coord.sqlite"
    broken = tmp_path / "broken.obsx"
    broken.write_bytes(bundles[1].read_bytes()[:300])
    merged = run(root, "merge", "--into", coord, *bundles, broken, "--trust", "ca/ca.pem")
    assert merged.returncode == 1  # one bundle was rejected; the others are merged
    # the reason, in English, as a sentence of its own after the bundle's name
    assert merged.stderr.startswith(f"observer-app: {broken} was rejected. The bundle is not a "
                                    "readable zip file (")
    assert merged.stderr.endswith(".\n") and merged.stderr.count("\n") == 1
    # 0 record variants, although the two observers disagree (the report flags "conflict")
    assert merged.stdout == ("Merged 2 bundles, 0 already merged, 1 rejected; 0 record variants kept "
                             "as conflicts (disagreements between observers are flagged in the report).\n")
    again = run(root, "merge", "--into", coord, *bundles, "--trust", "ca/ca.pem")
    assert (again.returncode, again.stdout) == (
        0, "Merged 0 bundles, 2 already merged, 0 rejected; 0 record variants kept as conflicts "
           "(disagreements between observers are flagged in the report).\n")

    official = tmp_path / "official.csv"
    official.write_text("station_code," + ",".join(GOOD) + "\nALA-101,"
                        + ",".join(str(v) for v in (GOOD | {"nur_otan": 1241}).values())
                        + "\n", encoding="utf-8")
    imported = run(root, "official", "import", official, "--db", coord)
    assert (imported.returncode, imported.stdout) == (
        0, "Imported 1 official result: 1 added, 0 replaced, 0 unchanged.\n")

    report = tmp_path / "report.csv"
    made = run(root, "report", "--db", coord, "--out", report)
    assert made.returncode == 0, made.stderr
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    assert [(r["station_code"], r["source"], r["verified"]) for r in rows] == [
        ("ALA-101", "consolidated", "1"), ("ALA-101", "observer", "1"), ("ALA-101", "observer", "1"),
        ("ALA-101", "official", "0")]
    observer_rows = rows[1:3]
    assert {r["signer"] for r in observer_rows} == {"Aigerim Bekova", "Dana Sadykova"}
    assert [r["observer_id"] for r in observer_rows] == sorted(r["observer_id"] for r in observer_rows)
    consolidated = rows[0]
    assert consolidated["adal"] == "" and consolidated["nur_otan"] == "1041"
    assert consolidated["flags"] == "conflict;differs_from_official"
    assert rows[-1]["flags"] == "valid_sum"

    xlsx = tmp_path / "report.xlsx"
    assert run(root, "report", "--db", coord, "--out", xlsx).returncode == 0
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Stations", "Comparison", "Regions", "Obstructions", "Analysis", "README"]
    assert book["Stations"].max_row == len(rows) + 2  # the names, then the codes
    assert [c.value for c in book["Regions"]["A"]][2:] == ["г. Алматы"] * 4 + ["Total"] * 4


def test_signed_pdf_report(world, tmp_path):
    root, bundles = world
    coord = tmp_path / "coord.sqlite"
    assert run(root, "merge", "--into", coord, *bundles, "--trust", "ca/ca.pem").returncode == 0
    with Store.open(coord) as store:
        observer_id = store.observer_id
    assert run(root, "ca", "issue", "--ca", "ca", "--name", "Coordinator", "--observer-id", observer_id,
               "--out", tmp_path / "coord.p12").returncode == 0
    pdf = tmp_path / "report.pdf"
    made = run(root, "report", "--db", coord, "--out", pdf, "--identity", tmp_path / "coord.p12",
               "--lang", "kk")
    assert made.returncode == 0, made.stderr
    checked = run(root, "verify", pdf, "--trust", "ca/ca.pem")
    assert checked.returncode == 0, checked.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Үйлестірушінің есебі" in flat
    assert "ALA-101" in flat and "байқаушылар келіспейді" in flat


def test_report_refuses_an_unknown_format(world, tmp_path):
    root, _ = world
    proc = run(root, "report", "--db", "aigerim.sqlite", "--out", tmp_path / "r.docx")
    assert proc.returncode == 1
    assert "written as .csv, .xlsx or .pdf" in proc.stderr


def test_signed_summary_of_a_station(world, tmp_path):
    root, _ = world
    out = tmp_path / "ala-101.pdf"
    made = run(root, "summary", "--db", "aigerim.sqlite", "--station", "ALA-101", "--out", out,
               "--identity", "aigerim.p12", "--lang", "ru")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote {out}: station ALA-101, signed by Aigerim Bekova")
    checked = run(root, "verify", out, "--trust", "ca/ca.pem")
    assert checked.returncode == 0, checked.stderr
    assert "Result: valid" in checked.stdout
    unsigned = run(root, "summary", "--db", "aigerim.sqlite", "--station", "ALA-101",
                   "--out", tmp_path / "unsigned.pdf")
    assert unsigned.returncode == 1
    assert "No identity to sign with" in unsigned.stderr
    assert not (tmp_path / "unsigned.pdf").exists()
    unknown = run(root, "summary", "--db", "aigerim.sqlite", "--station", "NOPE", "--out",
                  tmp_path / "x.pdf", "--identity", "aigerim.p12")
    assert (unknown.returncode, unknown.stderr) == (
        1, "observer-app: There is no station NOPE in aigerim.sqlite; see the codes with "
           "'observer-app stations list --db aigerim.sqlite'.\n")


@pytest.mark.parametrize("command", ["summary", "export"])
def test_another_observers_identity_signs_nothing(world, tmp_path, command):
    root, _ = world
    with Store.open(root / "aigerim.sqlite") as store:
        aigerim = store.observer_id
    with Store.open(root / "dana.sqlite") as store:
        dana = store.observer_id
    out = tmp_path / ("x.pdf" if command == "summary" else "x.obsx")
    args = ["--station", "ALA-101"] if command == "summary" else []
    proc = run(root, command, "--db", "aigerim.sqlite", *args, "--out", out, "--identity", "dana.p12")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == (
        f"observer-app: The identity of Dana Sadykova belongs to observer {dana}, but this database "
        f"is kept by observer {aigerim}; sign its files with the identity issued for observer "
        f"{aigerim}.\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("typed", ["ALA-1O1", "ala-101", "АLА-101"])  # O for 0; lower case; Cyrillic А
def test_a_mistyped_station_code_suggests_the_station(world, tmp_path, typed):
    root, _ = world
    proc = run(root, "summary", "--db", "aigerim.sqlite", "--station", typed, "--out",
               tmp_path / "x.pdf", "--identity", "aigerim.p12")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == (f"observer-app: There is no station {typed} in aigerim.sqlite (did you mean "
                           "ALA-101?); see the codes with 'observer-app stations list --db aigerim.sqlite'.\n")
    assert not (tmp_path / "x.pdf").exists()


def _as_folder(command: str, out) -> list:
    return {"summary": ["summary", "--db", "aigerim.sqlite", "--station", "ALA-101", "--out", out,
                        "--identity", "aigerim.p12"],
            "export": ["export", "--db", "aigerim.sqlite", "--out", out, "--identity", "aigerim.p12"],
            "report": ["report", "--db", "world-coord.sqlite", "--out", out]}[command]


@pytest.mark.parametrize("command, example", [("summary", "ALA-101.pdf"), ("export", "observer.obsx"),
                                              ("report", "report.pdf")])
def test_a_folder_as_out_gets_one_message(world, tmp_path, command, example):
    root, _ = world
    folder = tmp_path / "exports"
    folder.mkdir()
    proc = run(root, *_as_folder(command, folder))
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == (f"observer-app: {folder} is a folder; give a file name, e.g. "
                           f"{folder / example}.\n")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
@pytest.mark.parametrize("command, name", [("summary", "x.pdf"), ("report", "x.csv")])
def test_a_folder_that_takes_no_files_is_named_so(world, command, name):
    root, _ = world
    proc = run(root, *_as_folder(command, f"/proc/{name}"))
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == ("observer-app: Cannot write in /proc: the folder does not accept new files; "
                           "choose another folder.\n")


def test_a_missing_folder_is_named_so(world, tmp_path):
    root, _ = world
    proc = run(root, "report", "--db", "aigerim.sqlite", "--out", tmp_path / "nowhere" / "r.csv")
    assert (proc.returncode, proc.stderr) == (
        1, f"observer-app: The folder {tmp_path / 'nowhere'} does not exist; choose an existing folder "
           "for r.csv.\n")


def test_coordinator_commands_say_coordinator_database(world, tmp_path):
    root, bundles = world
    for words in (["report"], ["official", "import"]):
        out = run(root, *words, "--help").stdout
        assert "--db PATH" in out and "the coordinator database" in " ".join(out.split())
        assert "observer database" not in out
    assert "the coordinator database" in " ".join(run(root, "merge", "--help").stdout.split())

    text = tmp_path / "notes.sqlite"
    text.write_text("hello\n")
    proc = run(root, "merge", "--into", text, bundles[0])
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1, "", f"observer-app: {text} is not a database of this app (not an SQLite file); it was not "
               "changed.\n")
    assert text.read_text() == "hello\n"
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    proc = run(root, "report", "--db", other, "--out", tmp_path / "r.csv")
    assert proc.stderr == (f"observer-app: {other} is a database of another program, not a database of "
                           "this app; it was not changed.\n")
    # the bundle where the coordinator database belongs: `merge --into a.obsx b.obsx`
    proc = run(root, "merge", "--into", bundles[0], bundles[1])
    assert proc.stderr == (f"observer-app: {bundles[0]} is an export bundle, not a database; merge it into "
                           f"a coordinator database with 'observer-app merge --into COORD.sqlite "
                           f"{bundles[0]}'.\n")


def test_a_bundle_of_another_election_is_rejected_in_a_sentence(world, tmp_path):
    root, bundles = world
    db = tmp_path / "ru.sqlite"
    with Store.open(db) as store:
        store.load_election(load_template(RU_FILE))
        store.update_observer(full_name="Ivan Petrov")
        observer_id = store.observer_id
    p12 = tmp_path / "ivan.p12"
    assert run(root, "ca", "issue", "--ca", "ca", "--name", "Ivan Petrov", "--observer-id", observer_id,
               "--out", p12).returncode == 0
    ru = tmp_path / "ivan.obsx"
    assert run(root, "export", "--db", db, "--out", ru, "--identity", p12).returncode == 0
    coord = tmp_path / "coord.sqlite"
    merged = run(root, "merge", "--into", coord, bundles[0], "--workers", "1", "--trust", "ca/ca.pem")
    assert merged.returncode == 0, merged.stderr
    proc = run(root, "merge", "--into", coord, ru, "--workers", "1", "--trust", "ca/ca.pem")
    assert proc.returncode == 1
    assert proc.stderr == (f"observer-app: {ru} was rejected. The bundle is for the election "
                           "“ru-2021-duma”; this database holds “kz-2021-majilis”.\n")
    assert proc.stdout.startswith("Merged 0 bundles, 0 already merged, 1 rejected; 0 record variants")


# --- issue 11: two kinds of database; bundles list and withdraw -------------------------------------


@pytest.mark.parametrize("args, expected", [
    (["report", "--db", "aigerim.sqlite", "--out", "r.csv"],
     "aigerim.sqlite is an observer's database; 'observer-app report' works on a coordinator's database"),
    (["merge", "--into", "aigerim.sqlite", "dana.obsx"],
     "aigerim.sqlite is an observer's database; 'observer-app merge' works on a coordinator's database"),
    (["official", "import", "x.csv", "--db", "aigerim.sqlite"],
     "aigerim.sqlite is an observer's database; 'observer-app official import' works on a coordinator's"),
    (["summary", "--db", "world-coord.sqlite", "--station", "ALA-101", "--out", "s.pdf"],
     "world-coord.sqlite is a coordinator's database (observers' bundles merged into it); "
     "'observer-app summary' works on an observer's database"),
    (["export", "--db", "world-coord.sqlite", "--out", "x.obsx"],
     "world-coord.sqlite is a coordinator's database"),
    (["protocols", "import", "x.csv", "--db", "world-coord.sqlite"],
     "world-coord.sqlite is a coordinator's database"),
    (["election", "load", str(KZ_FILE), "--db", "aigerim.sqlite", "--coordinator"],
     "aigerim.sqlite is an observer's database"),
], ids=["report", "merge into", "official", "summary", "export", "protocols import", "load --coordinator"])
def test_each_command_refuses_the_wrong_kind_of_database(world, args, expected):
    """Issue 11, case 7: merging into an observer's database was accepted (and that database could
    never be exported again); report ran on observer databases; summary on a coordinator's named a
    phantom observer. Now each says which kind it is and what to do, and changes nothing."""
    root, _ = world
    before = {p.name: p.read_bytes() for p in root.iterdir() if p.suffix == ".sqlite"}
    proc = run(root, *args)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr.startswith(f"observer-app: {expected}"), proc.stderr
    assert proc.stderr.count("\n") == 1
    assert {p.name: p.read_bytes() for p in root.iterdir() if p.suffix == ".sqlite"} == before


def test_election_load_makes_a_coordinators_database(tmp_path):
    proc = run(tmp_path, "election", "load", str(KZ_FILE), "--db", "coord.sqlite", "--coordinator")
    assert proc.returncode == 0, proc.stderr
    with Store.open(tmp_path / "coord.sqlite") as store:
        assert store.kind == "coordinator"
        assert store.db.execute("SELECT count(*) FROM observers").fetchone() == (0,)
    plain = run(tmp_path, "election", "load", str(KZ_FILE), "--db", "observer.sqlite")
    assert plain.returncode == 0
    with Store.open(tmp_path / "observer.sqlite") as store:
        assert store.kind == "observer"


def test_bundles_list_and_withdraw(world, tmp_path):
    root, bundles = world
    coord = tmp_path / "coord.sqlite"
    assert run(root, "merge", "--into", str(coord), *map(str, bundles), "--trust", "ca/ca.pem").returncode == 0
    listed = run(root, "bundles", "list", "--db", str(coord))
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert sorted((r[1], r[2], r[4], r[5]) for r in rows) == [
        ("merged", "1", "Aigerim Bekova", "aigerim.obsx"), ("merged", "1", "Dana Sadykova", "dana.obsx")]
    dana = next(r[0] for r in rows if r[4] == "Dana Sadykova")
    no_reason = run(root, "bundles", "withdraw", dana[:10], "--db", str(coord))
    assert no_reason.returncode == 2  # --reason is required
    withdrawn = run(root, "bundles", "withdraw", dana[:10], "--db", str(coord), "--reason", "signed under duress")
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert withdrawn.stdout == f"Withdrew the bundle {dana}: its records are no longer in {coord}.\n"
    rows = [line.split("\t") for line in run(root, "bundles", "list", "--db", str(coord)).stdout.splitlines()]
    assert sorted((r[1], r[4], r[7]) for r in rows) == [
        ("merged", "Aigerim Bekova", ""), ("withdrawn", "Dana Sadykova", "signed under duress")]
    report = run(root, "report", "--db", str(coord), "--out", str(tmp_path / "r.csv"))
    assert report.returncode == 0, report.stderr
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "Dana Sadykova" not in text and "Aigerim Bekova" in text
    again = run(root, "bundles", "withdraw", dana[:10], "--db", str(coord), "--reason", "twice")
    assert (again.returncode, again.stderr) == (1, f"observer-app: The bundle {dana[:16]} is not merged "
                                                   "(withdrawn); there is nothing to withdraw.\n")
    unknown = run(root, "bundles", "withdraw", "0123456789", "--db", str(coord), "--reason", "x")
    assert unknown.returncode == 1 and "No bundle 0123456789 was merged" in unknown.stderr


def test_workers_are_bounded_by_the_cores(world, tmp_path):
    """Issue 11, case 11: --workers 64 started 65 processes on a 2-core machine."""
    from observer_app.merge import worker_count

    assert worker_count(64) == (os.cpu_count() or 1)
    assert worker_count(None) == (os.cpu_count() or 1)
    root, bundles = world
    proc = run(root, "merge", "--into", str(tmp_path / "c.sqlite"), *map(str, bundles), "--workers", "0")
    assert proc.returncode == 2 and "is not a number of processes" in proc.stderr
