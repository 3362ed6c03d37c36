"""The core's sentences as codes + parameters: English for the CLI, templates for translators."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from observer_app import errors
from observer_app.errors import InvalidValueError, ObserverAppError
from observer_app.messages import QT_TRANSLATE_NOOP, Message, placeholders, render

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "observer_app"


RUSSIAN = {"line {line}: bad": "строка {line}: ошибка", "{file}: {problems}": "{file} — {problems}"}


def _russian(message: Message) -> str:
    return RUSSIAN.get(message.template, message.template)


def test_english_is_the_template_filled_in():
    m = Message("t.x", QT_TRANSLATE_NOOP("Messages", "Station {code} has {voters} voters."),
                {"code": "ALA-101", "voters": 1200})
    assert str(m) == "Station ALA-101 has 1200 voters."
    assert placeholders(m.template) == {"code", "voters"}


def test_nested_messages_and_lists_are_worded_by_the_same_translator():
    inner = Message("t.inner", "line {line}: bad", {"line": 3})
    outer = Message("t.outer", "{file}: {problems}", {"file": "a.csv", "problems": (inner, inner)})
    assert str(outer) == "a.csv: line 3: bad; line 3: bad"
    # the translator sees every template, the values stay as they are
    assert render(outer, _russian) == "a.csv — строка 3: ошибка; строка 3: ошибка"


def test_a_count_fills_percent_n():
    m = Message("t.more", "(and %n more)", {"n": 7})
    assert str(m) == "(and 7 more)"


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english():
    m = Message("t.x", "Station {code}.", {"code": "7"})
    assert render(m, lambda _: "Участок {kod}.") == "Station 7."
    assert render(m, lambda _: "Участок {code}.") == "Участок 7."


def test_a_template_missing_a_value_is_a_programming_error():
    with pytest.raises(ValueError, match="lacks the values of"):
        Message("t.x", "Station {code}.", {})
    with pytest.raises(ValueError, match="integer n"):
        Message("t.x", "(and %n more)", {})


def test_a_message_survives_json_and_an_error_survives_pickling():
    inner = Message("t.inner", "line {line}: bad", {"line": 3})
    m = Message("t.outer", "{file}: {problems}", {"file": "a.csv", "problems": (inner,)})
    assert Message.from_json(m.to_json()) == m
    for broken in ('{"code": 1}', '"x"', "5", "[]", "not json", "[" * 100_000 + "]" * 100_000,
                   '{"code": "c", "template": "{n}", "params": {"n": true}}',
                   '{"code": "c", "template": "{x}", "params": {}}'):
        with pytest.raises(ValueError, match="not a stored message"):
            Message.from_json(broken)
    error = InvalidValueError("t.outer", "{file}: {problems}", file="a.csv", problems=(inner,))
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InvalidValueError
    assert again.message == error.message and str(again) == str(error) == "a.csv: line 3: bad"
    assert again.code == "t.outer"


def test_an_error_needs_a_template_or_a_message():
    with pytest.raises(TypeError):
        ObserverAppError("just an English sentence")
    with pytest.raises(TypeError):
        ObserverAppError(Message.verbatim("x"), "template")
    assert str(ObserverAppError(Message.verbatim("Готово."))) == "Готово."


# --- every sentence in observer_app/ is a template lupdate can read --------------------------------

def _error_classes() -> set[str]:
    names = {name for name, value in vars(errors).items()
             if isinstance(value, type) and issubclass(value, ObserverAppError)}
    for path in CORE.rglob("*.py"):  # subclasses defined elsewhere (PassphraseError, ...)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in names for b in node.bases):
                names.add(node.name)
    return names


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _core_files() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(CORE.rglob("*.py"))]


def test_every_template_is_a_literal_in_the_messages_context():
    problems, seen = [], 0
    for path, tree in _core_files():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "QT_TRANSLATE_NOOP" and path.name != "messages.py":
                seen += 1
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if len(node.args) < 2 or not all(map(_is_literal, node.args[:2])):
                    problems.append(f"{where}: QT_TRANSLATE_NOOP takes two string literals")
                    continue
                if node.args[0].value != "Messages":
                    problems.append(f"{where}: the context is {node.args[0].value!r}, not 'Messages'")
                counted = [ast.literal_eval(a) for a in node.args[2:]] == [None, 1]
                if ("%n" in node.args[1].value) != counted or len(node.args) not in (2, 4):
                    problems.append(f"{where}: a template with %n ends with None, 1 (plural "
                                    "forms for lupdate), and only such a template")
    assert problems == []
    assert seen > 100  # the core's refusals, reasons and problems


def test_every_error_the_core_raises_carries_a_code_and_a_marked_template():
    classes, problems, templates = _error_classes(), [], {}
    for path, tree in _core_files():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in classes):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            args = node.args
            if len(args) == 1 and not _is_literal(args[0]):
                continue  # a Message made elsewhere, passed on
            marked = (len(args) == 2 and _is_literal(args[0]) and isinstance(args[1], ast.Call)
                      and getattr(args[1].func, "id", "") == "QT_TRANSLATE_NOOP")
            if not marked:
                problems.append(f"{where}: {node.func.id}(code, QT_TRANSLATE_NOOP(...), **values)")
                continue
            code, template = args[0].value, args[1].args[1].value
            if templates.setdefault(code, template) != template:
                problems.append(f"{where}: the code {code!r} names two templates")
    assert problems == []


def test_message_codes_name_one_template_each():
    templates, problems = {}, []
    for path, tree in _core_files():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message" \
                    and len(node.args) >= 2 and _is_literal(node.args[0]) \
                    and isinstance(node.args[1], ast.Call) \
                    and getattr(node.args[1].func, "id", "") == "QT_TRANSLATE_NOOP":
                code, template = node.args[0].value, node.args[1].args[1].value
                if templates.setdefault(code, template) != template:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {code!r} names two templates")
    assert problems == []


def test_issue_12_numbers_in_a_message_are_written_as_the_language_writes_them():
    message = Message("t.numbers", "{count} of {most} rows in {year}, {share} %", {
        "count": 2720, "most": 1_000_000, "year": 2021, "share": 47.6})
    assert str(message) == "2720 of 1000000 rows in 2021, 47.6 %"  # the CLI: as they are
    english = render(message, lambda m: m.template, "en")
    russian = render(message, lambda m: m.template, "ru")
    assert english == "2,720 of 1,000,000 rows in 2021, 47.6 %"
    assert russian == "2\u00a0720 of 1\u00a0000\u00a0000 rows in 2021, 47,6 %"
