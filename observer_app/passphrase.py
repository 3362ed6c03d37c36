"""Where passphrases come from: a file, the environment, or a prompt; never an argument."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Sequence

from observer_app.errors import ObserverAppError

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
        raise PassphraseError(f"The passphrase file {path} does not exist.") from None
    except UnicodeDecodeError:
        raise PassphraseError(f"The passphrase file {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise PassphraseError(
            f"Cannot read the passphrase file {path}: {exc.strerror or exc}.") from exc
    line = line.removesuffix("\n").removesuffix("\r")
    if not line:
        raise PassphraseError(f"The first line of the passphrase file {path} is empty.")
    return line


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False


def get_passphrase(purpose: str, *, env: Sequence[str] = (PASSPHRASE_ENV,),
                   file: str | os.PathLike | None = None, confirm: bool = False) -> str:
    """A passphrase for ``purpose`` (e.g. "the identity file observer.p12").

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
        names = " or ".join(env) if env else PASSPHRASE_ENV
        raise PassphraseError(
            f"A passphrase is needed for {purpose}, and there is no terminal to ask for it: "
            f"set {names}, or give --passphrase-file FILE.")
    try:
        value = getpass.getpass(f"Passphrase for {purpose}: ")
        if not value:
            raise PassphraseError(f"An empty passphrase for {purpose} is refused.")
        if confirm and getpass.getpass("The same passphrase again: ") != value:
            raise PassphraseError("The two passphrases differ; nothing was written.")
    except EOFError:
        raise PassphraseError(f"No passphrase was typed for {purpose}.") from None
    return value
