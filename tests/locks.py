"""Another program writing to an observer database: it holds the write lock while a test acts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

# A second process that writes to the database in one long transaction, as `protocols import`
# of a national results file does: the lock is held from "locked" until a line on stdin.
_HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('other_program', 'writing')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


class OtherProgram:
    """Holds the write lock of `db` in another process from construction until release()."""

    def __init__(self, db: str | Path):
        self._proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True)
        line = self._proc.stdout.readline()
        if line != "locked\n":
            self._proc.kill()
            raise RuntimeError(f"the lock holder did not start: {line!r}")
        self.held = True

    def release(self) -> None:
        """Commits its transaction and waits until it has (the lock is free when this returns)."""
        if not self.held:
            return
        self.held = False
        self._proc.stdin.write("\n")
        self._proc.stdin.flush()
        assert self._proc.stdout.readline() == "released\n"
        self._proc.wait(10)

    def __enter__(self) -> "OtherProgram":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class HeldLock:
    """The write lock of `db` held by a second connection of this process (a thread may release it,
    while the test's own thread waits for the lock)."""

    def __init__(self, db: str | Path):
        self._conn = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False)
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('other_program', 'writing')")
        self._lock = threading.Lock()
        self.held = True

    def release(self) -> None:
        with self._lock:
            if self.held:
                self.held = False
                self._conn.execute("COMMIT")
                self._conn.close()

    def release_after(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self.release)
        timer.start()
        return timer

    def __enter__(self) -> "HeldLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
