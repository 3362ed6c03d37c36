"""The coordinator window's Publish… (issue 14, item 5): what will be left out is shown before
anything is written, and nothing is written when the coordinator says no."""

from __future__ import annotations

import sqlite3

import pytest

from observer_app.demo import fill_demo_coordinator
from ui.coordinator import CoordinatorWindow


@pytest.fixture(scope="module")
def coord(tmp_path_factory):
    return fill_demo_coordinator(tmp_path_factory.mktemp("publish-window"))


def answer(monkeypatch, name, value):
    monkeypatch.setattr(CoordinatorWindow, name, classmethod(lambda cls, *args: value(*args) if callable(value)
                                                             else value))


def open_window(qtbot, path, lang="en"):
    window = CoordinatorWindow(None, lang=lang)
    qtbot.add_widget(window)
    with qtbot.wait_signal(window.refreshed, timeout=30_000):
        assert window.open_database(path)
    qtbot.wait_until(lambda: not window.busy())
    return window


def run_publish(qtbot, window, monkeypatch, out, confirm=True, options=(False, False)):
    asked = []
    answer(monkeypatch, "ask_publish_path", str(out))
    answer(monkeypatch, "ask_publish_options", options)
    answer(monkeypatch, "confirm_publish", lambda parent, text: asked.append(text) or confirm)
    assert window.publish_action.isEnabled()
    window.publish_action.trigger()
    qtbot.wait_until(lambda: not window.busy() and bool(asked), timeout=60_000)
    return asked[0]


def test_publish_shows_what_it_leaves_out_then_writes(qtbot, coord, tmp_path, monkeypatch):
    window = open_window(qtbot, coord)
    out = tmp_path / "public.sqlite"
    with qtbot.wait_signal(window.published, timeout=60_000):
        text = run_publish(qtbot, window, monkeypatch, out)
    assert text.startswith("Publish ") and str(out) in text and "public.metadata.json" in text
    assert "  • observers' names (pseudonyms instead): 5" in text.splitlines()
    assert "  • observers' contacts: 2" in text.splitlines()
    assert out.exists() and (tmp_path / "public.metadata.json").exists()
    names = {name for (name,) in sqlite3.connect(out).execute("SELECT DISTINCT signer FROM station_results")}
    assert names == {"", "Observer 1", "Observer 2", "Observer 3", "Observer 4", "Observer 5"}
    assert window.message_label.text() == "Published public.sqlite and public.metadata.json"
    assert b"Aigerim" not in out.read_bytes()


def test_saying_no_writes_nothing_and_leaves_no_temporary_folder(qtbot, coord, tmp_path, monkeypatch):
    import tempfile
    from pathlib import Path

    before = set(Path(tempfile.gettempdir()).glob("observer-publish-*"))
    window = open_window(qtbot, coord)
    out = tmp_path / "public.sqlite"
    run_publish(qtbot, window, monkeypatch, out, confirm=False)
    assert list(tmp_path.iterdir()) == []
    assert window.message_label.text() == "Nothing was published."
    assert set(Path(tempfile.gettempdir()).glob("observer-publish-*")) == before


def test_the_database_itself_is_refused_as_the_publication(qtbot, coord, monkeypatch):
    window = open_window(qtbot, coord)
    before = coord.read_bytes()
    answer(monkeypatch, "ask_publish_path", str(coord))
    window.publish_action.trigger()
    assert "is a file this command reads" in window.error_label.text() or \
        "never replaces it" in window.error_label.text()
    assert not window.busy() and coord.read_bytes() == before


def test_the_question_reads_in_kazakh(qtbot, coord, tmp_path, monkeypatch, in_language):
    in_language("kk")
    window = open_window(qtbot, coord, "kk")
    text = run_publish(qtbot, window, monkeypatch, tmp_path / "public.sqlite", confirm=False)
    assert "observer" not in text and "Left out" not in text
    assert "байқаушылардың" in text.lower()
