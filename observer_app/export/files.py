"""Writing the files that travel: whole or not at all, and never unsigned."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Callable

from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message


def why_not_in(folder: Path, exc: OSError) -> Message | str:
    """Why no file can be made in `folder`, in words that fit the folder (not just errno's)."""
    if not folder.exists():
        return Message("export.no_such_folder", QT_TRANSLATE_NOOP(
            "Messages", "the folder does not exist"))
    if not folder.is_dir():
        return Message("export.not_a_folder", QT_TRANSLATE_NOOP(
            "Messages", "it is a file, not a folder"))
    if exc.errno == errno.ENOENT:  # the folder is there but takes no files (/proc, /sys)
        return Message("export.folder_takes_no_files", QT_TRANSLATE_NOOP(
            "Messages", "the folder does not accept new files; choose another folder"))
    return str(exc.strerror or exc)


def check_out_file(path: str | os.PathLike, example: str | None = None) -> None:
    """A file about to be written, checked before any work (or passphrase prompt): not a folder,
    in a folder that exists. `example`: a file name to suggest inside a folder given instead."""
    path = Path(path)
    if path.is_dir():
        if example is None:
            raise ObserverAppError("export.out_is_folder", QT_TRANSLATE_NOOP(
                "Messages", "{path} is a folder; give a file name."), path=str(path))
        raise ObserverAppError("export.out_is_folder_example", QT_TRANSLATE_NOOP(
            "Messages", "{path} is a folder; give a file name, e.g. {example}."),
            path=str(path), example=str(path / example))
    if not path.parent.is_dir():
        raise ObserverAppError("export.no_folder", QT_TRANSLATE_NOOP(
            "Messages", "The folder {folder} does not exist; choose an existing folder for {name}."),
            folder=str(path.parent), name=path.name)


def write_atomically(path: Path, data: bytes) -> None:
    """The file appears whole or not at all: a temporary file beside it, then a rename."""
    path = Path(path)
    check_out_file(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise ObserverAppError("export.cannot_write_in", QT_TRANSLATE_NOOP(
            "Messages", "Cannot write in {folder}: {reason}."),
            folder=str(path.parent), reason=why_not_in(path.parent, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ObserverAppError("export.cannot_write", QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def signer_line(identity) -> str:
    """Who signs, as a PDF's signature block shows it: name, organisation."""
    return ", ".join(p for p in (identity.name, identity.organisation) if p)


def write_signed_summary(store, station_id: str, out: Path, identity, lang: str = "en",
                         progress: Callable[[str], None] | None = None) -> None:
    """Builds a station's PDF summary from `store`, signs it and writes it to `out`.

    The summary says what its signer's certificate says (its name and observer id, stated
    machine-readably with the station code); refused for another observer's identity, a
    profile name that is another name than the certificate's, and a station where nothing of
    the observer's is recorded.
    """
    from observer_app.export.summary_pdf import build_summary
    from observer_app.identity import check_signs_for, name_on_documents
    from observer_app.signing import sign_pdf

    check_signs_for(identity, store.observer_id)  # never a summary signed by someone else
    name_on_documents(identity, store.observer().full_name)  # before any work: both names
    step = progress or (lambda _name: None)
    step("build")
    pdf = build_summary(store, station_id, lang=lang, signer_line=signer_line(identity),
                        signer=identity)
    step("sign")
    signed = sign_pdf(pdf, identity)
    step("save")
    write_atomically(out, signed)
