"""Sharing an observer database with other programs: how long a write waits for another
program's write lock, and write transactions that take that lock before they read."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Iterator

from sqlite_utils import Database

from observer_app.errors import DatabaseBusyError
from observer_app.messages import QT_TRANSLATE_NOOP

# How long a connection waits for another connection's write lock (sqlite3's busy timeout)
# before SQLite gives up with SQLITE_BUSY. The commands wait this long; the GUI, which must
# not freeze, waits much less and keeps what it could not save (ui/session.py).
BUSY_TIMEOUT_S = 10.0

_SQLITE_BUSY = 5  # the primary result code; extended ones (BUSY_SNAPSHOT, ...) share its low byte


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked": another connection holds the lock it needed."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == _SQLITE_BUSY
    return str(exc).startswith(("database is locked", "database is busy"))


def busy_error() -> DatabaseBusyError:
    return DatabaseBusyError("store.database_busy", QT_TRANSLATE_NOOP(
        "Messages", "The database is busy: another program is writing to it; try again when it "
        "has finished."))


def set_busy_timeout(db: Database, seconds: float) -> None:
    """How long this connection's writes wait for another program's write lock from now on."""
    db.conn.execute(f"PRAGMA busy_timeout = {max(0, round(seconds * 1000))}")


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock when it begins (BEGIN IMMEDIATE), waiting for it up
    to the busy timeout; inside another transaction, a savepoint (as db.atomic()).

    sqlite-utils' db.atomic() begins DEFERRED, and the store's writes read first (the schema,
    the current row). In WAL mode a transaction that has read and then wants to write while
    another connection holds the write lock gets SQLITE_BUSY at once: SQLite does not call the
    busy handler for that upgrade (waiting there could deadlock two such transactions), and once
    the other connection has committed, the snapshot read is stale (SQLITE_BUSY_SNAPSHOT), so
    even sqlite3.connect(timeout=10) did not wait. IMMEDIATE waits before anything is read.

    A lock not obtained in time raises DatabaseBusyError; nothing was written.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise busy_error() from exc
        raise
    try:
        yield db
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if is_busy(exc):
            raise busy_error() from exc
        raise
    try:
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if is_busy(exc):
            raise busy_error() from exc
        raise
