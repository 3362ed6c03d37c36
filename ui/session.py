"""The station being observed, shared by every screen: its store, template and change signals."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from observer_app.domain.records import Station, utc_now
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.errors import DatabaseBusyError, ObserverAppError
from observer_app.storage import connect
from observer_app.storage.connect import busy_error
from observer_app.storage.store import Store
from ui.messages import message_text

T = TypeVar("T")

# How long the screens' writes wait for another program's write lock (SQLite's busy timeout)
# before a change is kept in memory and retried. The wait blocks the GUI thread, so it is short:
# 0.1 s still feels immediate, and it rides out another program's ordinary transactions (a few
# ms each). A long writer, such as `protocols import` of a national results file (seconds), no
# bearable wait would cover; the queue of kept changes does instead. A press waits once at
# most: while changes are kept, it tries them (in order) and joins them when they still fail.
# Only writes through the session wait this briefly; the store's other writes (dialogs, the
# first-run wizard) keep its own, longer wait (storage/connect.py).
BUSY_TIMEOUT_S = 0.1
RETRY_MS = 1000  # kept changes are tried again this often, and before every other save
CLOSE_WAIT_S = 5.0  # closing the window waits this long for the lock before telling the observer
UNSAVED_ID_PREFIX = "unsaved-"  # ids of records the screens show before the database has them
# What the observer records of the day at the station: the first of these asks when they arrived.
DAY_TABLES = frozenset({"turnout_tallies", "obstructions", "incidents", "protocols"})


@dataclass(eq=False)
class PendingChange:
    """A change the database could not take yet because another program was writing to it."""

    table: str
    shown: Any  # what the page shows of it meanwhile (e.g. the time of a counted voter)
    action: Callable[..., Any]
    args: tuple = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    saved: bool = False
    result: Any = None  # the store's answer, once saved


def is_unsaved_id(record_id: str) -> bool:
    return record_id.startswith(UNSAVED_ID_PREFIX)


class Session(QObject):
    """Screens write through `run` or `keep`, which report refusals and tell every screen what
    changed. A change kept while another program writes to the database is saved in order,
    before the next one, every RETRY_MS and when the window closes."""

    changed = Signal(str)  # the table that changed, e.g. "turnout_tallies"
    saved = Signal(str)  # UTC ISO time of the last saved change
    failed = Signal(str)  # a refused change, as one sentence for the person
    refused = Signal(str, str)  # the same, with the table it was for: (table, sentence)
    unsaved_changed = Signal(int)  # how many changes are kept in memory, not yet saved
    # Before the first record of the day (a +1, an obstruction, an incident, a protocol value) this
    # session writes, once: the header asks for the arrival time if the visit has none (issue 12).
    first_record_attempted = Signal(str)  # its table

    def __init__(self, store: Store, station: Station, template: ElectionTemplate, lang: str = "en",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.station = station
        self.template = template
        self.lang = lang
        self._pending: list[PendingChange] = []
        self._waiting_briefly = 0  # depth of _brief_wait()
        self._first_record_seen = False
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)

    @property
    def station_id(self) -> str:
        return self.station.id

    def run(self, table: str, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Calls a store action; on success emits changed/saved, on refusal emits failed.

        Kept changes are saved first; while they cannot be, this one is refused too (the
        database is busy), so changes reach the database in the order they were made.
        After the store is closed (the window is going away) it does nothing.
        """
        if self.store.closed:
            return None
        if not self.save_pending():
            self._refuse(table, message_text(busy_error()))
            return None
        try:
            with self._brief_wait():
                result = action(*args, **kwargs)
        except ObserverAppError as exc:
            self._refuse(table, message_text(exc))
            return None
        self._announce(table)
        return result

    def keep(self, table: str, shown: Any, action: Callable[..., T], *args: Any,
             **kwargs: Any) -> T | PendingChange | None:
        """As run(), but a change the database cannot take because another program is writing
        to it is kept: returned as a PendingChange (with `shown`, what the page shows of it),
        listed by pending(), and saved in order as soon as the database is free. The action must
        not depend on when it runs (give it the time of the press)."""
        if self.store.closed:
            return None
        if table in DAY_TABLES and not self._first_record_seen:
            self._first_record_seen = True
            self.first_record_attempted.emit(table)  # (its slots may keep a change of their own first)
        if self.save_pending():
            try:
                with self._brief_wait():
                    result = action(*args, **kwargs)
            except DatabaseBusyError:
                pass
            except ObserverAppError as exc:
                self._refuse(table, message_text(exc))
                return None
            else:
                self._announce(table)
                return result
        change = PendingChange(table, shown, action, args, kwargs)
        self._pending.append(change)
        if not self._retry.isActive():
            self._retry.start()
        self.unsaved_changed.emit(len(self._pending))
        return change

    def save_pending(self, wait: float | None = None) -> bool:
        """Saves the kept changes in order; True when none is left. Stops at the first the
        database still refuses for being busy (`wait`: how long to wait for it this time); one
        it refuses for another reason is dropped, and failed says why."""
        if not self._pending:
            return True
        if self.store.closed:
            return False
        before = len(self._pending)
        try:
            while self._pending:
                change = self._pending[0]
                try:
                    with self._brief_wait(BUSY_TIMEOUT_S if wait is None else wait):
                        result = change.action(*change.args, **change.kwargs)
                except DatabaseBusyError:
                    return False
                except ObserverAppError as exc:
                    self._pending.remove(change)
                    self._refuse(change.table, message_text(exc))
                    continue
                if change in self._pending:  # (a slot of an earlier change's signals may have saved it)
                    self._pending.remove(change)
                change.saved, change.result = True, result
                self._announce(change.table)
            return True
        finally:
            if not self._pending:
                self._retry.stop()
            if len(self._pending) != before:
                self.unsaved_changed.emit(len(self._pending))

    def try_briefly(self, action: Callable[..., Any], *args: Any) -> bool:
        """A write not worth keeping nor a word (e.g. which section was open last): with the
        screens' short wait; False when the database was busy."""
        if self.store.closed:
            return False
        try:
            with self._brief_wait():
                action(*args)
        except DatabaseBusyError:
            return False
        return True

    def pending(self, table: str | None = None) -> list[PendingChange]:
        """The kept changes (of one table), oldest first."""
        return [c for c in self._pending if table is None or c.table == table]

    def discard(self, change: PendingChange) -> bool:
        """Forgets a kept change (taken back before it was saved); False when it is not kept."""
        if change not in self._pending:
            return False
        self._pending.remove(change)
        if not self._pending:
            self._retry.stop()
        self.unsaved_changed.emit(len(self._pending))
        return True

    def discard_all(self) -> None:
        """Forgets every kept change (the observer chose to close without them)."""
        for change in list(self._pending):
            self.discard(change)

    @contextlib.contextmanager
    def _brief_wait(self, seconds: float = BUSY_TIMEOUT_S) -> Iterator[None]:
        """The store's writes wait `seconds` for another program's write lock (not its own,
        longer wait), also when nested."""
        if self._waiting_briefly == 0:
            self.store.set_busy_timeout(seconds)
        self._waiting_briefly += 1
        try:
            yield
        finally:
            self._waiting_briefly -= 1
            if self._waiting_briefly == 0 and not self.store.closed:
                self.store.set_busy_timeout(connect.BUSY_TIMEOUT_S)

    def _refuse(self, table: str, text: str) -> None:
        self.failed.emit(text)
        self.refused.emit(table, text)

    def _announce(self, table: str) -> None:
        self.changed.emit(table)
        self.saved.emit(utc_now())

    def _on_retry_timeout(self) -> None:
        self.save_pending()

    def label(self, code: str) -> str:
        """A protocol line's or contestant's name in the observer's language."""
        return self.template.label(code, self.lang)

    def election_name(self) -> str:
        return pick_name(self.template.name, self.lang)

    def reload_station(self) -> None:
        self.station = self.store.station(self.station.id)
