"""GUI benchmarks: start to first painted main window, and the cost of one persisted +1 click.

Run from the repository root:  .venv/bin/python bench/bench_gui.py [--repeat N]

1. Start-up: a fresh Python process is started N times for each of
   - baseline: a bare PySide6 QMainWindow with one label, started the same way;
   - app: the observer app's main window on a database holding the demo day;
   and the time from spawning the process to the window's first paint is measured by the
   parent (interpreter start and imports included). Printed: medians and app/baseline.
2. "+1" click: in one process, the real +1 button is clicked 1,000 times; each click is
   persisted (WAL, synchronous=FULL) before the click returns. Printed: median and p99 per
   click, against a baseline of a bare sqlite3 INSERT + COMMIT with the same pragmas.
3. "+1" while another program writes (issue 11): a second connection holds the write lock while
   the button is clicked 20 times; each click waits the screens' short busy timeout once and
   keeps the voter. Printed: median and max per click, then how long after the lock is released
   until every kept voter is saved (the retry timer), and that none was lost.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
{build}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            print("painted", flush=True)
            os._exit(0)
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

BASELINE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1366, 740)
"""

APP = """
from observer_app.storage.store import Store
from ui.app import AppController, application
app = application()
store = Store.open({db!r})
from ui.main_window import MainWindow
window = MainWindow(AppController(store, "en").session())
window.resize(1366, 740)
"""


def time_to_paint(code: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    elapsed = time.perf_counter() - start
    if "painted" not in proc.stdout:
        raise SystemExit(f"child did not paint:\n{proc.stderr}")
    return elapsed


def bench_startup(repeat: int, db: Path) -> None:
    baseline_code = CHILD.format(root=str(ROOT), build=BASELINE)
    app_code = CHILD.format(root=str(ROOT), build=APP.format(db=str(db)))
    time_to_paint(baseline_code)  # warm the file cache once for both
    time_to_paint(app_code)
    base, app = [], []
    for _ in range(repeat):
        base.append(time_to_paint(baseline_code))
        app.append(time_to_paint(app_code))
    b, a = statistics.median(base), statistics.median(app)
    print(f"start to first paint, median of {repeat}: bare PySide6 window {b * 1000:.0f} ms, "
          f"observer main window {a * 1000:.0f} ms, ratio {a / b:.2f}x")


def bench_click(db: Path, clicks: int = 1000) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QPushButton

    from observer_app.storage.store import Store
    from ui.app import AppController, application

    application()
    store = Store.open(db)
    window = AppController(store, "en").open_window()
    window.show_section("turnout")
    plus = window.findChild(QPushButton, "plus_one")
    times = []
    for _ in range(clicks):
        t = time.perf_counter()
        plus.click()
        times.append(time.perf_counter() - t)
    window.close()
    store.close()

    raw = sqlite3.connect(db.with_name("raw.sqlite"), isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT)")
    raw_times = []
    for _ in range(clicks):
        t = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t VALUES (?, ?)", [str(uuid.uuid4()), time.time()])
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - t)
    raw.close()

    def p99(xs: list[float]) -> float:
        return sorted(xs)[int(len(xs) * 0.99)]

    m, rm = statistics.median(times), statistics.median(raw_times)
    print(f"+1 click, persisted, {clicks} clicks: median {m * 1000:.2f} ms, p99 {p99(times) * 1000:.2f} ms; "
          f"bare INSERT+COMMIT median {rm * 1000:.2f} ms, p99 {p99(raw_times) * 1000:.2f} ms; "
          f"ratio {m / rm:.1f}x")


def bench_busy_click(db: Path, clicks: int = 20) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QPushButton

    from observer_app.storage.store import Store
    from ui.app import AppController, application

    application()
    store = Store.open(db)
    window = AppController(store, "en").open_window()
    window.show_section("turnout")
    plus = window.findChild(QPushButton, "plus_one")
    session = window.session
    before = store.tally_count(session.station_id)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    times = []
    for _ in range(clicks):
        t = time.perf_counter()
        plus.click()
        times.append(time.perf_counter() - t)
    kept = len(session.pending())
    other.execute("COMMIT")
    other.close()
    released = time.perf_counter()
    while session.pending() and time.perf_counter() - released < 10:
        QApplication.processEvents()
        time.sleep(0.005)
    saved_after = time.perf_counter() - released
    saved = store.tally_count(session.station_id) - before
    window.close()
    store.close()
    print(f"+1 click while another program holds the write lock, {clicks} clicks: median "
          f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; {kept} kept; "
          f"all saved {saved_after * 1000:.0f} ms after the lock was released ({saved} of {clicks} "
          f"in the database)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from observer_app.demo import fill_demo
    from observer_app.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        with Store.open(db) as store:
            fill_demo(store)
        bench_startup(args.repeat, db)
        bench_click(db)
        bench_busy_click(db)


if __name__ == "__main__":
    main()
