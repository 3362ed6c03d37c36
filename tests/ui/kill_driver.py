"""Run as a process by test_kill: the real window, clicking +1 until it is killed.

After each completed click it prints "clicked N", so the test knows what must survive.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

from observer_app.storage.store import Store  # noqa: E402
from ui.app import AppController, application  # noqa: E402


def main(db_path: str) -> None:
    app = application()
    store = Store.open(db_path)
    controller = AppController(store, "en")
    controller.start()
    window = controller.window
    window.show_section("turnout")
    plus = window.findChild(QPushButton, "plus_one")
    clicks = 0

    def click() -> None:
        nonlocal clicks
        plus.click()
        clicks += 1
        print(f"clicked {clicks}", flush=True)

    timer = QTimer(interval=2)
    timer.timeout.connect(click)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
