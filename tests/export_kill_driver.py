"""Run as a process by test_cli_outputs: `observer-app ARGS` whose snapshot (VACUUM INTO) stops
half-way, once part of the copy is on disk, prints "snapshot NAME" and waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from observer_app.bundle import export as bundle_export  # noqa: E402
from observer_app.cli import main  # noqa: E402

_vacuum_into = bundle_export._vacuum_into


def _stopping_vacuum_into(conn, dest: Path) -> None:
    def progress() -> int:
        if dest.stat().st_size > 0:
            print(f"snapshot {dest.name}", flush=True)
            time.sleep(600)
        return 0

    conn.set_progress_handler(progress, 100)
    _vacuum_into(conn, dest)


bundle_export._vacuum_into = _stopping_vacuum_into

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
