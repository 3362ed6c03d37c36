"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from observer_app.domain.template import load_template  # noqa: E402
from observer_app.storage.store import Store  # noqa: E402

ELECTIONS = ROOT / "resources" / "elections"
KZ_FILE = ELECTIONS / "kz-2021-majilis.election.json"
RU_FILE = ELECTIONS / "ru-2021-duma.election.json"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def kz_template():
    return load_template(KZ_FILE)


@pytest.fixture(scope="session")
def ru_template():
    return load_template(RU_FILE)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "observer.sqlite"


@pytest.fixture
def store(db_path, kz_template):
    """A fresh observer database with the Kazakhstan demo election loaded."""
    s = Store.open(db_path)
    s.load_election(kz_template)
    yield s
    s.close()
