"""Writes while another program writes to the same database: they wait for its write lock, and
a lock not freed in time is a clear refusal with nothing written."""

from __future__ import annotations

import time

import pytest

from observer_app.errors import DatabaseBusyError
from tests.locks import HeldLock

BUSY = "The database is busy: another program is writing to it; try again when it has finished."


@pytest.fixture
def station(store):
    store.observer_id  # noqa: B018 - the observer exists before the other program starts writing
    return store.station_by_code("ALA-101")


WRITES = {
    "tally": lambda store, sid: store.add_tally(sid),  # an insert (sqlite-utils reads the schema first)
    "protocol_value": lambda store, sid: store.set_protocol_value(sid, "registered", 2720),  # read, then write
    "setting": lambda store, sid: store.set_setting("section", "protocol"),
}


@pytest.mark.parametrize("write", list(WRITES.values()), ids=list(WRITES))
def test_issue_11_a_write_waits_for_another_programs_write_lock(store, station, db_path, write):
    """Regression, issue 11: while `protocols import` held the write lock, a +1 failed at once
    with "database is locked" although the connection waits up to 10 s: the store's deferred
    transactions read before they wrote, and SQLite does not wait to upgrade a reading
    transaction (SQLITE_BUSY, or SQLITE_BUSY_SNAPSHOT once the other has committed)."""
    with HeldLock(db_path) as lock:
        started = time.monotonic()
        lock.release_after(0.8)
        write(store, station.id)
        waited = time.monotonic() - started
    assert 0.6 < waited < 5
    assert store.setting("other_program") == "writing"  # the other program's commit, then ours


def test_issue_11_a_lock_held_past_the_wait_is_database_busy_and_nothing_is_written(store, station, db_path):
    store.set_busy_timeout(0.2)
    before = store.audit_rows()
    with HeldLock(db_path):
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as refused:
            store.add_tally(station.id)
        waited = time.monotonic() - started
        with pytest.raises(DatabaseBusyError):
            store.set_protocol_value(station.id, "registered", 2720)
    assert (refused.value.code, str(refused.value)) == ("store.database_busy", BUSY)
    assert 0.15 < waited < 2
    assert (store.tally_count(station.id), store.protocol(station.id), store.audit_rows()) == (0, None, before)
    assert not store.db.conn.in_transaction
    store.add_tally(station.id)  # the lock is free again: the next write goes through
    assert store.tally_count(station.id) == 1


def test_a_write_inside_a_write_is_a_savepoint(store, station):
    with store._write():
        store.add_tally(station.id)
        with pytest.raises(DatabaseBusyError):
            with store._write():
                store.add_tally(station.id)
                raise DatabaseBusyError("test.busy", "rolled back to the savepoint")
    assert store.tally_count(station.id) == 1
