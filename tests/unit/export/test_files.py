"""Writing the files that travel: whole or not at all, and a clear sentence when it cannot."""

from __future__ import annotations

import os

import pytest

from observer_app.errors import ObserverAppError
from observer_app.export.files import write_atomically


def test_writes_whole_file(tmp_path):
    out = tmp_path / "summary.pdf"
    write_atomically(out, b"first")
    write_atomically(out, b"second")
    assert out.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left


def test_missing_folder_says_where(tmp_path):
    folder = tmp_path / "nowhere"
    with pytest.raises(ObserverAppError) as info:
        write_atomically(folder / "summary.pdf", b"x")
    assert info.value.code == "export.cannot_write_in"
    assert info.value.message.params["folder"] == str(folder)
    assert str(info.value).startswith(f"Cannot write in {folder}: ")


def test_cannot_replace_a_folder(tmp_path):
    target = tmp_path / "summary.pdf"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(ObserverAppError) as info:
        write_atomically(target, b"x")
    assert info.value.code == "export.cannot_write"
    assert info.value.message.params["path"] == str(target)
    assert str(info.value) == f"Cannot write {target}: {info.value.message.params['reason']}."
    assert sorted(os.listdir(tmp_path)) == ["summary.pdf"]
