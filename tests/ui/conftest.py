"""Fixtures for GUI tests: a store with the demo election and a session on one station."""

from __future__ import annotations

import pytest

from ui.session import Session


@pytest.fixture(autouse=True)
def arrival_later(monkeypatch):
    """The first record of the day asks when the observer arrived (a modal dialog): every GUI
    test answers "later" unless it replaces Header.ask_arrival itself."""
    from ui.main_window import Header

    monkeypatch.setattr(Header, "ask_arrival", classmethod(lambda cls, parent, code, default: None))


@pytest.fixture
def session(store, qapp):
    store.update_observer(full_name="Aigerim Bekova", organisation="Erkindik Kanaty",
                          contact="+7 701 000 0000")
    station = store.station_by_code("ALA-101")
    return Session(store, station, store.template(), "en")


@pytest.fixture
def in_language(qapp):
    """in_language("ru") installs that language's translators; English again after the test."""
    from ui import i18n

    yield lambda lang: i18n.install_translators(qapp, lang)
    i18n.remove_translators(qapp)
