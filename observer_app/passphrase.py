"""Where passphrases come from: a file, the environment, or a prompt; never an argument."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Sequence

from observer_app.errors import ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message

PASSPHRASE_ENV = "OBSERVER_APP_PASSPHRASE"
CA_PASSPHRASE_ENV = "OBSERVER_APP_CA_PASSPHRASE"
# The CA key's passphrase: its own variable where it differs, else the general one.
CA_ENV = (CA_PASSPHRASE_ENV, PASSPHRASE_ENV)


class PassphraseError(ObserverAppError):
    """No passphrase could be obtained (no file, no variable, no terminal), or it is unusable."""


def read_passphrase_file(path: str | os.PathLike) -> str:
    """The first line of ``path``, without its line ending."""
    path = Path(path)
    try:
        with open(path, "r", encoding="utf-8", newline="") as f:
            line = f.readline()
    except FileNotFoundError:
        raise PassphraseError("passphrase.file_not_found", QT_TRANSLATE_NOOP(
            "Messages", "The passphrase file {path} does not exist."), path=str(path)) from None
    except UnicodeDecodeError:
        raise PassphraseError("passphrase.file_not_utf8", QT_TRANSLATE_NOOP(
            "Messages", "The passphrase file {path} is not UTF-8 text."), path=str(path)) from None
    except OSError as exc:
        raise PassphraseError("passphrase.file_unreadable", QT_TRANSLATE_NOOP(
            "Messages", "Cannot read the passphrase file {path}: {reason}."),
            path=str(path), reason=str(exc.strerror or exc)) from exc
    line = line.removesuffix("\n").removesuffix("\r")
    if not line:
        raise PassphraseError("passphrase.file_empty", QT_TRANSLATE_NOOP(
            "Messages", "The first line of the passphrase file {path} is empty."), path=str(path))
    return line


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False


def for_ca_key(path: str | os.PathLike, *, new: bool = False) -> Message:
    """The ``purpose`` of get_passphrase for the CA key at ``path`` (a new one when creating)."""
    if new:
        return Message("passphrase.for_new_ca_key", QT_TRANSLATE_NOOP(
            "Messages", "the new CA key {path}"), {"path": str(path)})
    return Message("passphrase.for_ca_key", QT_TRANSLATE_NOOP(
        "Messages", "the CA key {path}"), {"path": str(path)})


def for_identity_file(path: str | os.PathLike, *, new: bool = False) -> Message:
    """The ``purpose`` of get_passphrase for the identity file at ``path``."""
    if new:
        return Message("passphrase.for_new_identity_file", QT_TRANSLATE_NOOP(
            "Messages", "the new identity file {path}"), {"path": str(path)})
    return Message("passphrase.for_identity_file", QT_TRANSLATE_NOOP(
        "Messages", "the identity file {path}"), {"path": str(path)})


def _either(names: Sequence[str]) -> str | Message:
    """Environment variable names as "A or B or C"."""
    if len(names) == 1:
        return names[0]
    return Message("passphrase.either", QT_TRANSLATE_NOOP("Messages", "{first} or {second}"),
                   {"first": names[0], "second": _either(names[1:])})


def get_passphrase(purpose: str | Message, *, env: Sequence[str] = (PASSPHRASE_ENV,),
                   file: str | os.PathLike | None = None, confirm: bool = False) -> str:
    """A passphrase for ``purpose``: what it opens, as a Message (for_ca_key,
    for_identity_file) so that a refusal can be shown translated, or a plain str.

    Tried in order: ``file`` (its first line), the environment variables in ``env`` (the first
    one set and non-empty), a hidden prompt when standard input is a terminal (asked twice when
    ``confirm``). Otherwise PassphraseError, whose sentence says how to supply one.
    """
    if file is not None:
        return read_passphrase_file(file)
    for name in env:
        value = os.environ.get(name)
        if value:
            return value
    if not _stdin_is_terminal():
        raise PassphraseError("passphrase.no_terminal", QT_TRANSLATE_NOOP(
            "Messages", "A passphrase is needed for {purpose}, and there is no terminal to ask for "
            "it: set {variables}, or give --passphrase-file FILE."),
            purpose=purpose, variables=_either(list(env) or [PASSPHRASE_ENV]))
    try:
        # The prompt is the command line's, in English like all its output.
        value = getpass.getpass(f"Passphrase for {purpose}: ")
        if not value:
            raise PassphraseError("passphrase.empty", QT_TRANSLATE_NOOP(
                "Messages", "An empty passphrase for {purpose} is refused."), purpose=purpose)
        if confirm and getpass.getpass("The same passphrase again: ") != value:
            raise PassphraseError("passphrase.differ", QT_TRANSLATE_NOOP(
                "Messages", "The two passphrases differ; nothing was written."))
    except EOFError:
        raise PassphraseError("passphrase.none_typed", QT_TRANSLATE_NOOP(
            "Messages", "No passphrase was typed for {purpose}."), purpose=purpose) from None
    return value
