"""Fixtures for GUI tests: a store with the demo election and a session on one station."""

from __future__ import annotations

import pytest

from ui.session import Session


@pytest.fixture
def session(store, qapp):
    store.update_observer(full_name="Aigerim Bekova", organisation="Erkindik Kanaty",
                          contact="+7 701 000 0000")
    station = store.station_by_code("ALA-101")
    return Session(store, station, store.template(), "en")
