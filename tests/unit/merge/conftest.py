"""Fixtures of the merge tests: a CA (and another with the same name), observers, coordinators."""

from __future__ import annotations

import pytest

from observer_app.identity import create_ca
from observer_app.storage.store import Store
from tests.unit.merge.helpers import Observer


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ca")
    return create_ca(folder / "org", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")


@pytest.fixture(scope="module")
def other_ca(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other-ca")
    return create_ca(folder / "org", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")


@pytest.fixture
def observers(tmp_path, ca):
    made = []

    def make(name, station="ALA-101", authority=None):
        o = Observer(tmp_path / f"obs{len(made)}", name, authority or ca, station)
        made.append(o)
        return o

    yield make
    for o in made:
        o.store.close()


@pytest.fixture
def coordinator(tmp_path):
    def make(name="coordinator.sqlite"):
        return Store.open(tmp_path / name, kind="coordinator")
    return make
