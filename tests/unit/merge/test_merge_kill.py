"""Killing a merge half-way leaves every bundle all in or all out, and a rerun completes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path


from observer_app.bundle import export_bundle
from observer_app.domain.template import load_template
from observer_app.identity import create_ca, issue_identity
from observer_app.merge import merge_bundles
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE

DRIVER = Path(__file__).with_name("merge_kill_driver.py")
TABLES = ("protocols", "turnout_tallies", "obstructions")


def make_bundles(folder: Path, n: int):
    ca = create_ca(folder / "ca", "pw", name="Kill test CA")
    template = load_template(KZ_FILE)
    codes = [s.code for s in template.stations]
    bundles = []
    for i in range(n):
        with Store.open(folder / f"o{i}.sqlite") as store:
            store.load_election(template)
            store.update_observer(full_name=f"Observer {i}")
            station = store.station_by_code(codes[i % len(codes)])
            store.save_protocol(station.id, values={"registered": 1000 + i, "issued": 500})
            for _ in range(20):
                store.add_tally(station.id)
            store.start_obstruction(station.id, "photo_forbidden")
            identity = issue_identity(ca, None, f"Observer {i}", None, store.observer_id,
                                      folder / f"o{i}.p12", "pw")
            export_bundle(store, folder / f"o{i}.obsx", identity)
        bundles.append(folder / f"o{i}.obsx")
    trust = folder / "ca" / "ca.pem"
    return bundles, trust


def contents(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT id, version, bundle_sha256 FROM {t}").fetchall())
                for t in TABLES}
    finally:
        conn.close()


def test_kill_mid_merge_then_rerun(tmp_path):
    bundles, trust = make_bundles(tmp_path, 30)
    coord = tmp_path / "coord.sqlite"
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(coord), str(trust), *map(str, bundles)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = 0
    try:
        for line in proc.stdout:
            seen += 1
            if seen >= 8:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert seen >= 8, proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(coord) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        merged = {b.sha256 for b in store.bundles() if b.status == "merged"}
        assert 8 <= len(merged) < 30
        for table in TABLES:  # no record of a bundle that is not recorded as merged
            sources = {s for (s,) in store.db.execute(f"SELECT DISTINCT bundle_sha256 FROM {table}")}
            assert sources == merged, table
        # Each merged bundle brought all of its records: 1 protocol, 20 tallies, 1 obstruction.
        counts = dict(store.db.execute(
            "SELECT bundle_sha256, count(*) FROM turnout_tallies GROUP BY bundle_sha256").fetchall())
        assert set(counts.values()) == {20}
        result = merge_bundles(store, bundles, [trust.read_bytes()], workers=1)
        assert (len(result.merged), len(result.already), len(result.rejected)) == (
            30 - len(merged), len(merged), 0)

    clean = tmp_path / "clean.sqlite"
    with Store.open(clean, kind="coordinator") as store:
        merge_bundles(store, bundles, [trust.read_bytes()], workers=1)
    assert contents(coord) == contents(clean)
