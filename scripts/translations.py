"""Translations of the desktop app: extract its texts into .ts files, build the .qm files.

    python scripts/translations.py           update resources/i18n/observer_{kk,ru,en}.ts from the
                                             sources (pyside6-lupdate), then build the .qm files
                                             (pyside6-lrelease)
    python scripts/translations.py --check   change nothing; exit 1, naming each problem, when a .ts file
                                             is out of date with the sources or unfinished, or a .qm
                                             file is stale

The sources are ui/*.py (self.tr, QCoreApplication.translate) and observer_app/ (the core's
message templates, QT_TRANSLATE_NOOP("Messages", ...): see observer_app/messages.py).

Translators edit the .ts files (Qt Linguist, `pyside6-linguist`, or any editor); the .qm files are
committed next to them, so running the app needs no build step. observer_en.ts holds only the
texts with a count (%n), for English plural forms ("1 voter", "2 voters").
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "ui"
CORE_DIR = ROOT / "observer_app"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("kk", "ru", "en")
PLURAL_ONLY = {"en"}  # English needs only the plural forms; its other texts are the sources
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en"]

_PLACEHOLDER = re.compile(r"%(?:\d|n)|\{[A-Za-z_]\w*\}")
_MNEMONIC = re.compile(r"&(?!&)\S")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or each plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def where(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def ts_path(lang: str) -> Path:
    return I18N / f"observer_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"observer_{lang}.qm"


def sources() -> list[Path]:
    return sorted(SOURCES_DIR.glob("*.py")) + sorted(CORE_DIR.rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a virtualenv), else on PATH."""
    command = f"pyside6-{name}"
    beside = Path(sys.executable).parent / command
    found = str(beside) if beside.exists() else shutil.which(command)
    if found is None:
        raise SystemExit(f"translations: {command} not found; install PySide6 (./dev.sh setup).")
    return found


def _run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"translations: {' '.join(args[:1])} failed:\n{done.stdout}{done.stderr}")


def lupdate(lang: str, ts: Path) -> None:
    """Merges the texts of the sources into `ts` (created when missing)."""
    options = LUPDATE_OPTIONS + ["-target-language", lang]
    if lang in PLURAL_ONLY:
        options.append("-pluralonly")
    _run([tool("lupdate"), "-silent", *options, *map(str, sources()), "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    _run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                    numerus, kind, forms))
    return messages


def _placeholders(text: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(text)))


def translation_problems(lang: str, messages: list[Message]) -> list[str]:
    """Unfinished, empty or inconsistent translations in one .ts file."""
    problems = []
    for m in messages:
        what = f"observer_{lang}.ts: {m.where()}"
        if m.kind:
            problems.append(f"{what} is {m.kind}")
            continue
        if not m.forms or any(not form.strip() for form in m.forms):
            problems.append(f"{what} has an empty translation" + (" form" if m.numerus else ""))
            continue
        for form in m.forms:
            wanted = [p for p in _placeholders(m.source) if p != "%n"]
            have = [p for p in _placeholders(form) if p != "%n"]
            if have != wanted:
                problems.append(f"{what}: the translation {form!r} has {have or 'no placeholders'}, "
                                f"the source {wanted or 'none'}")
            if "%n" in m.source and "%n" not in form:
                problems.append(f"{what}: the translation {form!r} lacks the count %n")
            if bool(_MNEMONIC.search(m.source)) != bool(_MNEMONIC.search(form)):
                problems.append(f"{what}: the translation {form!r} and the source disagree on a "
                                "keyboard mnemonic (&)")
    return problems


def check(lang: str) -> list[str]:
    """Everything wrong with one language's .ts and .qm files; an empty list when all is well."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing: run python scripts/translations.py"]
    committed = read_messages(ts)
    problems = translation_problems(lang, committed)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copyfile(ts, fresh_ts)
        lupdate(lang, fresh_ts)
        fresh = {m.key: m for m in read_messages(fresh_ts)}
        current = {m.key: m for m in committed}
        for key in fresh.keys() - current.keys():
            problems.append(f"{ts.name}: new text not in the file yet: {fresh[key].where()}")
        for key in current.keys() - fresh.keys():
            problems.append(f"{ts.name}: text no longer in the sources: {current[key].where()}")
        for key in fresh.keys() & current.keys():
            if len(fresh[key].forms) != len(current[key].forms):
                problems.append(f"{ts.name}: {current[key].where()} needs {len(fresh[key].forms)} "
                                f"plural forms, has {len(current[key].forms)}")
        if not qm.exists():
            problems.append(f"{qm.relative_to(ROOT)} is missing: run python scripts/translations.py")
        else:
            fresh_qm = Path(tmp) / qm.name
            lrelease(ts, fresh_qm)
            if fresh_qm.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name}: run python scripts/translations.py")
    if problems:
        problems.append(f"(update with: python scripts/translations.py, then translate in {ts.name})")
    return problems


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(lang, ts)
        lrelease(ts, qm_path(lang))
        messages = read_messages(ts)
        todo = translation_problems(lang, messages)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} texts, {len(todo)} to translate or fix")
        for problem in todo:
            print(f"  {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts file is out of date or unfinished")
    args = parser.parse_args(argv)
    if not args.check:
        update()
        return 0
    problems = [p for lang in LANGUAGES for p in check(lang)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("translations: every .ts file is complete and up to date, every .qm file built.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
