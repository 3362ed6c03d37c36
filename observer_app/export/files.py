"""Writing the files that travel: whole or not at all, never over an input, and never unsigned."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Callable, Iterable

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


# ---------------------------------------------------------------------------------------------
# An output never replaces an input, nor an existing file unless asked to


# The files SQLite keeps beside a database while it is open: writing over one of them breaks
# the database as surely as writing over the database itself.
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name one file: os.path.samefile when both exist (hard links, symbolic
    links, another spelling), else their resolved paths."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


def _companions(path: str | os.PathLike) -> list[str]:
    """The names SQLite gives a database's companions, beside it and beside the file it links
    to (SQLite puts them beside the real database)."""
    return [base + suffix for base in dict.fromkeys((os.fspath(path), os.path.realpath(path)))
            for suffix in DATABASE_COMPANIONS]


def check_not_input(out: str | os.PathLike, inputs: Iterable[str | os.PathLike | None]) -> None:
    """Refuses an output that is the same file as one of the inputs (None entries are skipped),
    or as one of their -wal/-shm/-journal companions."""
    for given in inputs:
        if not given:
            continue
        if same_file(out, given):
            if os.path.normpath(out) == os.path.normpath(given):
                raise ObserverAppError("export.out_is_input", QT_TRANSLATE_NOOP(
                    "Messages", "{path} is a file this command reads; an output never replaces "
                    "it: choose another file name."), path=str(out))
            raise ObserverAppError("export.out_is_input_elsewhere", QT_TRANSLATE_NOOP(
                "Messages", "{path} is the same file as {input}, which this command reads; "
                "choose another file name."), path=str(out), input=str(given))
        if any(same_file(out, name) for name in _companions(given)):
            raise ObserverAppError("export.out_is_companion", QT_TRANSLATE_NOOP(
                "Messages", "{path} belongs to the database {input}, which this command reads; "
                "choose another file name."), path=str(out), input=str(given))


def _refuse_existing(path: str | os.PathLike) -> None:
    raise ObserverAppError("export.out_exists", QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists; give --force to replace it, or choose another "
        "file name."), path=str(path))


def check_output(out: str | os.PathLike, inputs: Iterable[str | os.PathLike | None] = (), *,
                 force: bool = False, example: str | None = None) -> None:
    """Everything about a file to be written that can be checked before any work (or passphrase
    prompt): check_out_file, never one of `inputs` (check_not_input, --force or not), and not an
    existing file unless `force` (the GUI asks first, then passes force=True)."""
    check_out_file(out, example)
    check_not_input(out, inputs)
    if not force and os.path.lexists(out):
        _refuse_existing(out)


# ---------------------------------------------------------------------------------------------
# A full disk


# A full disk, a full quota, a file larger than the system allows (RLIMIT_FSIZE): no room.
NO_ROOM = frozenset(code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG)
                    if code is not None)
_SQLITE_FULL = 13   # SQLITE_FULL, the primary result code (the extended ones share its low byte)
_SQLITE_IOERR = 10  # SQLITE_IOERR: SQLite reports EFBIG (and a failed write) as this


def _room_left(folder: Path) -> int | None:
    """How many bytes one more file in `folder` may still hold (free space, and the process's
    file size limit); None when that cannot be told."""
    try:
        fs = os.statvfs(folder)
    except (AttributeError, OSError):
        return None
    room = fs.f_bavail * fs.f_frsize
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            room = min(room, soft)
    except (ImportError, OSError, ValueError):
        pass
    return room


def no_room(exc: BaseException, folder: str | os.PathLike | None = None, needed: int = 0) -> bool:
    """Whether `exc` says the disk (or quota, or file size limit) is full. SQLite words EFBIG
    as a mere I/O error: that counts when `folder` has less room left than `needed` bytes."""
    if isinstance(exc, OSError):
        return exc.errno in NO_ROOM
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return True
        if code == _SQLITE_IOERR and folder is not None and needed > 0:
            room = _room_left(Path(folder))
            return room is not None and room < needed
    return False


def disk_full(path: str | os.PathLike) -> ObserverAppError:
    return ObserverAppError("export.disk_full", QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: nothing was written to {path}."), path=str(path))


def cannot_write(path: str | os.PathLike, exc: OSError) -> ObserverAppError:
    """Why `path` was not written: a full disk in those words, else the system's reason."""
    if no_room(exc):
        return disk_full(path)
    return ObserverAppError("export.cannot_write", QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {path}: {reason}."),
        path=str(path), reason=str(exc.strerror or exc))


# ---------------------------------------------------------------------------------------------
# Temporary files beside the output, and what a killed writer left of them


# ".{output name}.{pid}-{random}.{kind}.tmp": the pid of the writing process, so that the next
# writer into the folder can tell a killed writer's leftover from a file still being written.
# Kinds: "part" (write_atomically), "snapshot" and "bundle" (an export), "extract" (a bundle's
# database unpacked by a reader: temp_file(folder / "data.sqlite", "extract")).
TEMP_KINDS = ("part", "snapshot", "bundle", "extract")
_TEMP_NAME = re.compile(r"\A\..+\.(\d+)-[a-z0-9_]+\.(?:" + "|".join(TEMP_KINDS)
                        + r")\.tmp(?:-journal|-wal|-shm)?\Z", re.DOTALL)
_NAME_ROOM = 80  # of the output's name in a temporary name (file names hold 255 bytes)


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: keep its files
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except (OverflowError, OSError):
        return False
    return True


def remove_leftovers(folder: str | os.PathLike) -> list[str]:
    """Removes the temporary files that writers of this app left in `folder` when they were
    killed (their process is gone); returns their names. Files of running writers stay."""
    removed: list[str] = []
    try:
        entries = os.scandir(folder)
    except OSError:
        return removed
    with entries:
        for entry in entries:
            found = _TEMP_NAME.match(entry.name)
            if found is None:
                continue
            pid = int(found.group(1))
            if pid == os.getpid() or _alive(pid):
                continue
            try:
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed.append(entry.name)
            except OSError:
                pass
    return removed


def temp_file(out: Path, kind: str) -> Path:
    """A new, empty temporary file beside `out` (owner-only, as mkstemp makes it), named for
    its writer (see _TEMP_NAME), after removing what killed writers left in that folder."""
    if kind not in TEMP_KINDS:
        raise ValueError(f"unknown kind of temporary file: {kind!r}")
    folder = out.parent
    remove_leftovers(folder)
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{out.name[:_NAME_ROOM]}.{os.getpid()}-",
                                    suffix=f".{kind}.tmp")
    except OSError as exc:
        if no_room(exc):
            raise disk_full(out) from exc
        raise ObserverAppError("export.cannot_write_in", QT_TRANSLATE_NOOP(
            "Messages", "Cannot write in {folder}: {reason}."),
            folder=str(folder), reason=why_not_in(folder, exc)) from exc
    os.close(fd)
    return Path(name)


def remove(path: Path | None) -> None:
    """Removes a temporary file, if it is there."""
    if path is not None:
        try:
            path.unlink()
        except OSError:
            pass


def publish(tmp: Path, out: Path, *, replace: bool = True) -> None:
    """Renames a finished temporary file to `out` (OSError on failure; the caller removes tmp).
    replace=False: an `out` that appeared meanwhile is refused, not replaced."""
    if not replace and os.path.lexists(out):
        _refuse_existing(out)
    os.replace(tmp, out)


def write_atomically(path: Path, data: bytes, *, replace: bool = True) -> None:
    """The file appears whole or not at all: a temporary file beside it, then a rename; the
    temporary file is removed on failure (and by the next writer, if this one is killed).
    replace=False: an existing file is refused (see check_output), even one made meanwhile."""
    path = Path(path)
    check_out_file(path)
    if not replace and os.path.lexists(path):
        _refuse_existing(path)
    tmp = temp_file(path, "part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        publish(tmp, path, replace=replace)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    finally:
        remove(tmp)


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
