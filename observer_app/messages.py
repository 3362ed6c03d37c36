"""Sentences for people, as codes with parameters: the core words them in English, the GUI in
the observer's language.

Every refusal and every reason the core gives is a `Message`: a stable code (for tests and
scripts), an English template with named ``{placeholders}``, and the values to put in them. The
CLI prints ``str(message)``, English. The GUI looks the template up in its Qt translations
(context ``"Messages"``) and fills the translated text with the same values; a parameter may
itself be a Message, or a tuple of Messages (joined with "; "), translated the same way.

Templates are marked where they are written::

    raise InvalidValueError("store.already_out", QT_TRANSLATE_NOOP(
        "Messages", "You are already out of the station; record the readmission first."))

``QT_TRANSLATE_NOOP`` below does nothing at run time; it is the name pyside6-lupdate looks for,
so scripts/translations.py finds every template in observer_app/ without the core importing Qt
(gettext projects use ``N_()`` the same way). lupdate reads only literal strings there: a
template is never an f-string, and its values go in the parameters. A count that changes the
wording is the parameter ``n``, written ``%n`` in the template and marked
``QT_TRANSLATE_NOOP("Messages", "... %n ...", None, 1)`` so translators get Qt's plural forms.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from typing import Any, Union

CONTEXT = "Messages"
VERBATIM = "verbatim"  # the code of Message.verbatim: shown as it is, never looked up

Param = Union[str, int, float, "Message", tuple["Message", ...]]


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: None = None,  # noqa: N802
                      plural: int = 0) -> str:
    """Marks `text` as a template for translators (the name lupdate looks for); returns it
    unchanged. A template with %n passes ``None, 1`` as well: lupdate then asks translators for
    each plural form, as for ``translate(context, text, None, n)`` (it wants a number there)."""
    return text


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}`` (a translation must keep the same set)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Message:
    code: str
    template: str
    params: dict[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = placeholders(self.template) - self.params.keys()
        if missing:  # a programming error: found by the first test that raises it
            raise ValueError(f"message {self.code!r} lacks the values of {sorted(missing)}")
        if "%n" in self.template and not isinstance(self.params.get("n"), int):
            raise ValueError(f"message {self.code!r} counts with %n but has no integer n")

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """A sentence already worded in its final language (the GUI's own), shown as it is."""
        return cls(VERBATIM, "{text}", {"text": text})

    def __str__(self) -> str:
        return render(self, lambda message: message.template)

    def to_json(self) -> str:
        """A form that survives a database (the coordinator keeps why a bundle was refused)."""
        return json.dumps(_plain(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Message:
        """The Message of to_json(); ValueError when `text` is not one."""
        try:
            message = _unplain(json.loads(text))
        except (TypeError, KeyError, AttributeError, RecursionError, ValueError) as exc:
            raise ValueError(f"not a stored message: {text[:80]!r}") from exc
        if not isinstance(message, Message):
            raise ValueError(f"not a stored message: {text[:80]!r}")
        return message


# Whole numbers that name rather than count: written as they are ("2021", not "2,021").
NOT_QUANTITIES = frozenset({"year", "day", "version", "uid", "id", "code", "n"})


def render(message: Message, template_of, lang: str | None = None) -> str:
    """The message as text, with `template_of(message)` giving the (translated) template of it
    and of every Message among its values. A translation that breaks the placeholders falls
    back to the English template rather than losing the sentence. lang: numbers among the
    values are written as that language writes them (observer_app.formats: "2 720", "47,6"),
    but for NOT_QUANTITIES; None (the CLI): as they are."""
    values = {name: _render_value(value, template_of, lang, name) for name, value in message.params.items()}
    template = template_of(message)
    count = str(message.params["n"]) if "n" in message.params else None
    for candidate in (template, message.template):
        if count is not None:
            candidate = candidate.replace("%n", count)
        try:
            return candidate.format(**values)
        except (KeyError, IndexError, ValueError):
            continue
    return message.template


def _render_value(value: Param, template_of, lang: str | None = None, name: str = "") -> str:
    if isinstance(value, Message):
        return render(value, template_of, lang)
    if isinstance(value, tuple):
        return "; ".join(_render_value(v, template_of, lang, name) for v in value)
    if lang is not None and name not in NOT_QUANTITIES and not isinstance(value, bool):
        from observer_app import formats  # formats reads records, which reads this module

        if isinstance(value, int):
            return formats.integer(value, lang)
        if isinstance(value, float):
            return formats.decimal(value, lang, None)
    return str(value)


def _plain(value: Param) -> Any:
    if isinstance(value, Message):
        return {"code": value.code, "template": value.template,
                "params": {k: _plain(v) for k, v in value.params.items()}}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _unplain(value: Any) -> Any:
    if isinstance(value, dict):
        return Message(str(value["code"]), str(value["template"]),
                       {str(k): _unplain(v) for k, v in value["params"].items()})
    if isinstance(value, list):
        return tuple(_unplain(v) for v in value)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return value
    raise TypeError(type(value).__name__)
