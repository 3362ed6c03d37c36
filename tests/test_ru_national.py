"""Russia's 2021 State Duma election, every polling station (96,325), through the command line.

One module-scoped pipeline: convert the committed zip with scripts/ru2021_to_csv.py, then
`election load`, `stations import`, `protocols import` as subprocesses, then check the stored
data and the control relations of the template against it.
"""

from __future__ import annotations

import collections
import csv
import importlib.util
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from observer_app.storage.store import Store
from tests.conftest import DATA, ROOT, RU_FILE

pytestmark = pytest.mark.slow

ZIP = DATA / "ru-duma-2021-stations.csv.zip"
N_STATIONS = 96_325
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _converter():
    spec = importlib.util.spec_from_file_location("ru2021_to_csv", ROOT / "scripts" / "ru2021_to_csv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(cwd: Path, *args: str | Path, warnings: bool = False) -> subprocess.CompletedProcess:
    """Exit 0 and nothing on stderr (with `warnings`, only "observer-app: warning: " lines)."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          env=ENV, capture_output=True, text=True, encoding="utf-8", timeout=900)
    assert "Traceback" not in proc.stderr, proc.stderr
    shown = [line for line in proc.stderr.splitlines() if not (
        warnings and line.startswith("observer-app: warning: "))]
    assert (proc.returncode, shown) == (0, []), (proc.returncode, proc.stderr)
    return proc


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """(folder, db path, stdout of each step) after the whole pipeline has run once."""
    folder = tmp_path_factory.mktemp("ru-national")
    assert _converter().convert(ZIP, folder) == N_STATIONS
    db = folder / "ru.sqlite"
    steps = {
        "load": run(folder, "election", "load", RU_FILE, "--db", db).stdout,
        "stations": run(folder, "stations", "import", "stations.csv", "--db", db).stdout,
    }
    imported = run(folder, "protocols", "import", "results.csv", "--db", db, warnings=True)
    steps["protocols"] = imported.stdout
    steps["warnings"] = imported.stderr
    return folder, db, steps


def test_each_step_reports_its_counts(national):
    _, db, steps = national
    steps = dict(steps)
    # issue 12: the stations whose protocol fails a check, one line each (the soft checks here)
    warnings = steps.pop("warnings").splitlines()
    assert len(warnings) == 18
    assert all(w.endswith("a warning)") for w in warnings), warnings
    assert steps == {
        "load": f"Loaded ru-2021-duma into {db}: 0 stations added, 0 updated, 0 in all.\n",
        "stations": f"Imported {N_STATIONS} stations: {N_STATIONS} added, 0 updated, 0 unchanged.\n",
        "protocols": f"Imported {N_STATIONS} protocols: {N_STATIONS} added, 0 replaced, 0 unchanged.\n",
    }


def test_stations_list_has_every_station(national):
    folder, db, _ = national
    lines = run(folder, "stations", "list", "--db", db).stdout.splitlines()
    assert len(lines) == N_STATIONS
    codes = [line.split("\t")[0] for line in lines]
    assert codes == sorted(codes)
    with open(folder / "stations.csv", encoding="utf-8", newline="") as f:
        expected = sorted(row[0] for row in list(csv.reader(f))[1:])
    assert codes == expected
    assert all(line.count("\t") == 4 for line in lines)


def test_the_database_holds_one_protocol_per_station(national):
    _, db, _ = national
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM protocols WHERE deleted = 0").fetchone() == (N_STATIONS,)
        assert conn.execute("SELECT count(DISTINCT station_id) FROM protocols").fetchone() == (N_STATIONS,)
        assert conn.execute("SELECT count(*) FROM stations").fetchone() == (N_STATIONS,)
    finally:
        conn.close()


def test_control_relations_over_the_whole_country(national, ru_template):
    _, db, _ = national
    failing: dict[str, set[str]] = collections.defaultdict(set)
    statuses: collections.Counter[str] = collections.Counter()
    n = 0
    with Store.open(db, create=False) as store:
        codes = {s.id: s.code for s in store.stations()}
        for protocol in store.protocols():
            n += 1
            for result in ru_template.evaluate(protocol.values):
                statuses[result.status] += 1
                if result.failed:
                    failing[result.relation.id].add(codes[protocol.station_id])
    assert n == N_STATIONS
    severity = {r.id: r.severity for r in ru_template.relations}
    assert [rid for rid in failing if severity[rid] == "error"] == []
    assert {rid: len(stations) for rid, stations in failing.items()} == {
        "boxes_le_issued": 7,
        "portable_le_outside": 13,
    }
    assert statuses["unknown"] == 0
    assert statuses == {"pass": N_STATIONS * len(ru_template.relations) - 20, "fail": 20}


def test_export_gives_back_what_was_imported(national):
    folder, db, _ = national
    out = run(folder, "protocols", "export", "-", "--db", db).stdout
    exported = list(csv.reader(io.StringIO(out, newline="")))
    with open(folder / "results.csv", encoding="utf-8", newline="") as f:
        imported = list(csv.reader(f))
    assert exported[0] == imported[0]
    assert len(exported) == N_STATIONS + 1
    assert exported[1:] == sorted(imported[1:])


def test_a_national_observer_database_exports_a_bundle_its_verifier_accepts(national, tmp_path):
    """Issue 11, case 11: a database with more than about 10,000 stations exported a manifest
    (the list of its stations' codes) larger than its own verifier took (1 MiB); the limit now
    follows the database's size, and a 96,325-station export verifies."""
    from observer_app.bundle import MANIFEST, verify_bundle
    from observer_app.identity import create_self_signed_identity
    import zipfile

    folder, db, _ = national
    with Store.open(db, create=False) as store:
        observer_id = store.observer_id
    create_self_signed_identity("National Observer", None, observer_id, tmp_path / "me.p12", "pw")
    env_pass = {**ENV, "OBSERVER_APP_PASSPHRASE": "pw"}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "--db", str(db), "--out",
                           str(tmp_path / "national.obsx"), "--identity", str(tmp_path / "me.p12")],
                          cwd=folder, env=env_pass, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(tmp_path / "national.obsx") as zf:
        assert zf.getinfo(MANIFEST).file_size > 1024 * 1024
    check = verify_bundle(tmp_path / "national.obsx")
    assert check.ok, check.reasons
    assert len(check.manifest["stations"]) == N_STATIONS
