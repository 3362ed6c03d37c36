"""Long work off the GUI thread: a QThread runs one function and reports back on the GUI thread.

The function must not touch the GUI's database connection (a SQLite connection belongs to the
thread that opened it): give it a path and let it open its own Store.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from observer_app.errors import ObserverAppError
from ui.messages import message_text


class Task(QThread):
    """Runs `fn(*args, progress=..., cancelled=...)` in a thread.

    Signals arrive on the GUI thread: `progressed(done, total, text)`, then exactly one of
    `succeeded(result)` or `failed(message)`.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 parent: QObject | None = None, **kwargs: Any):
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._with_progress = with_progress
        self._cancel = False

    def cancel(self) -> None:
        """Asks the work to stop at its next check; what is done stays done."""
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:  # runs in the worker thread
        try:
            kwargs = dict(self._kwargs)
            if self._with_progress:
                kwargs["progress"] = lambda done, total, text="": self.progressed.emit(done, total, text)
                kwargs["cancelled"] = self.is_cancelled
            result = self._fn(*self._args, **kwargs)
        except ObserverAppError as exc:
            self.failed.emit(message_text(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the person, logged for a report
            traceback.print_exc()
            self.failed.emit(QCoreApplication.translate(
                "Task", "Unexpected error (%1); please report it.").replace(
                    "%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.succeeded.emit(result)
