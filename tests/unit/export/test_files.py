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
    assert info.value.code == "export.no_folder"
    assert str(info.value) == f"The folder {folder} does not exist; choose an existing folder for summary.pdf."


def test_cannot_replace_a_folder(tmp_path):
    target = tmp_path / "summary.pdf"
    target.mkdir()  # a folder where the file should go
    with pytest.raises(ObserverAppError) as info:
        write_atomically(target, b"x")
    assert info.value.code == "export.out_is_folder"
    assert str(info.value) == f"{target} is a folder; give a file name."
    assert sorted(os.listdir(tmp_path)) == ["summary.pdf"]
