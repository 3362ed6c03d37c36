"""Killing the app mid-session loses no completed change (WAL, synchronous=FULL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from observer_app.demo import fill_demo
from observer_app.storage.store import Store

DRIVER = Path(__file__).with_name("kill_driver.py")


def test_kill_mid_session_keeps_every_completed_click(db_path):
    with Store.open(db_path) as store:
        sid = fill_demo(store)
        before = store.tally_count(sid)
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    completed = 0
    try:
        for line in proc.stdout:
            completed = int(line.split()[1])
            if completed >= 40:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert completed >= 40, proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL
    for line in proc.stdout:  # what the process printed before it died, still in the pipe
        completed = int(line.split()[1])
    with Store.open(db_path) as store:
        # Every click the process reported as done is on disk; one more may have been
        # committed between its last print and the kill.
        assert store.tally_count(sid) - before in (completed, completed + 1)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
