"""Election templates: protocol lines, contestants and control relations, read from data."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from observer_app import formats
from observer_app.domain.records import MAX_COUNT
from observer_app.errors import TemplateError
from observer_app.messages import QT_TRANSLATE_NOOP, Message

FORMAT_VERSION = 1
ROLES = ("registered", "received", "issued", "issued_in_premises", "in_boxes", "invalid", "valid")
SEVERITIES = ("error", "warning")
COMPARISONS = ("=", "<=", ">=", "<", ">")
SUM_CONTESTANTS = "sum(contestants)"
RESERVED_CODES = frozenset({"station_code", "sum", "contestants"})
_CODE_RE = re.compile(r"[a-z][a-z0-9_]*")  # fullmatch: "$" would let a trailing newline in
MAX_CODE = 64  # characters in a line, contestant or relation code
MAX_STATION_CODE = 200  # characters
MAX_TEXT = 1000  # characters in a name, a description, a line number, an expression, a region...
MAX_LANGUAGE = 35  # characters in a language code ("en", "kk-Cyrl-KZ")
MAX_SEATS = 10_000
MAX_DEPTH = 32  # nesting of lists and objects; an election file needs 4
_MAX_DIGITS = 100  # digits in a number (Python refuses to read more than 4,300)
# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_STATION_NAMESPACE = uuid.UUID("6f1d3c52-8f7e-4d1a-9a35-0b9f4d6e2c11")


@functools.lru_cache(maxsize=16)
def _election_namespace(election_id: str) -> uuid.UUID:
    return uuid.uuid5(_STATION_NAMESPACE, election_id)


def station_id(election_id: str, code: str) -> str:
    """The station's id: the same in every observer's database, so observers meet in the merge.

    uuid5(uuid5(fixed namespace, election id), station code).
    """
    return str(uuid.uuid5(_election_namespace(election_id), code))


def station_code_problem(code: str) -> Message | None:
    """Why `code` cannot be a station code, or None. A code may hold any character, commas and
    slashes included (design.md), except control characters (newline, tab, NUL...); it is not
    empty and at most MAX_STATION_CODE characters long."""
    if not code.strip():
        return Message("station.code_empty", QT_TRANSLATE_NOOP("Messages", "the station code is empty"))
    if len(code) > MAX_STATION_CODE:
        return Message("station.code_too_long", QT_TRANSLATE_NOOP(
            "Messages", "the station code is {length} characters long; at most {most} are allowed"),
            {"length": len(code), "most": MAX_STATION_CODE})
    control = _CONTROL_RE.search(code)
    if control:
        return Message("station.code_control_character", QT_TRANSLATE_NOOP(
            "Messages", "the station code holds a control character ({character} at position "
            "{position}); any other character is allowed"),
            {"character": f"U+{ord(control.group()):04X}", "position": control.start() + 1})
    return None


def text_too_long(text: str) -> Message | None:
    """A name, description, region, district or address longer than MAX_TEXT characters."""
    if len(text) <= MAX_TEXT:
        return None
    return Message("template.text_too_long", QT_TRANSLATE_NOOP(
        "Messages", "the text is {length} characters long; at most {most} are allowed"),
        {"length": len(text), "most": MAX_TEXT})


def pick_name(names: Mapping[str, str], lang: str | None) -> str:
    """The name in `lang`, else in the template's first language."""
    if lang and names.get(lang):
        return names[lang]
    return next(iter(names.values()), "")


@dataclass(frozen=True)
class Line:
    code: str
    number: str
    name: dict[str, str]
    role: str | None = None


@dataclass(frozen=True)
class Contestant:
    code: str
    name: dict[str, str]


@dataclass(frozen=True)
class Term:
    """One signed term of a relation side: a line code, an integer, or all contestants."""

    sign: int
    kind: str  # "line" | "int" | "contestants"
    code: str = ""
    constant: int = 0


@dataclass(frozen=True)
class Relation:
    id: str
    expr: str
    op: str
    lhs: tuple[Term, ...]
    rhs: tuple[Term, ...]
    severity: str = "error"
    tolerance: int = 0
    description: dict[str, str] = field(default_factory=dict)

    def codes(self) -> set[str]:
        return {t.code for t in self.lhs + self.rhs if t.kind == "line"}

    def display(self, label: Callable[[Term], str] | None = None) -> str:
        """The expression with each term labelled, e.g. "5 = 6 + 7" with line numbers."""
        label = label or _default_label
        return f"{_side_text(self.lhs, label)} {_OP_TEXT[self.op]} {_side_text(self.rhs, label)}"


@dataclass(frozen=True)
class StationSpec:
    code: str
    region: str = ""
    district: str = ""
    address: str = ""
    registered_voters: int | None = None


@dataclass(frozen=True)
class RelationResult:
    """A relation checked against one protocol: pass, fail or unknown, and the numbers behind it."""

    relation: Relation
    status: str  # "pass" | "fail" | "unknown"
    lhs: int | None
    rhs: int | None
    lhs_values: tuple[int | None, ...]
    rhs_values: tuple[int | None, ...]

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    @property
    def difference(self) -> int | None:
        if self.lhs is None or self.rhs is None:
            return None
        return self.lhs - self.rhs

    def numbers(self, lang: str | None = None) -> str:
        """The values behind the relation, e.g. "812 ≠ 798 + 10" (a failing "5 = 6 + 7"), written
        as `lang` writes numbers ("1 680 ≠ 1 694" in Russian; observer_app.formats)."""
        op = self.relation.op
        symbol = _OP_TEXT[op] if self.status != "fail" else _FAILED_TEXT[op]
        lhs = _values_text(self.relation.lhs, self.lhs_values, lang)
        rhs = _values_text(self.relation.rhs, self.rhs_values, lang)
        return f"{lhs} {symbol} {rhs}"


_OP_TEXT = {"=": "=", "<=": "≤", ">=": "≥", "<": "<", ">": ">"}
_FAILED_TEXT = {"=": "≠", "<=": ">", ">=": "<", "<": "≥", ">": "≤"}


def _default_label(term: Term) -> str:
    if term.kind == "contestants":
        return SUM_CONTESTANTS
    return term.code if term.kind == "line" else str(term.constant)


def _side_text(terms: Iterable[Term], label: Callable[[Term], str]) -> str:
    parts: list[str] = []
    for i, term in enumerate(terms):
        text = label(term)
        if i == 0:
            parts.append(text if term.sign > 0 else f"-{text}")
        else:
            parts.append(f"{'+' if term.sign > 0 else '-'} {text}")
    return " ".join(parts)


def _values_text(terms: tuple[Term, ...], values: tuple[int | None, ...], lang: str | None) -> str:
    def label(term: Term) -> str:
        return formats.integer(term.constant, lang) if term.kind == "int" else _default_label(term)

    return _side_text(
        (Term(t.sign, "int", constant=v) if v is not None else Term(t.sign, "line", code="?")
         for t, v in zip(terms, values)),
        label,
    )


@dataclass(frozen=True)
class ElectionTemplate:
    id: str
    name: dict[str, str]
    date: str
    threshold_percent: float
    seats: int | None
    lines: tuple[Line, ...]
    contestants: tuple[Contestant, ...]
    relations: tuple[Relation, ...]
    stations: tuple[StationSpec, ...] = ()
    demo: bool = False  # the file says it is a demo ("demo": true): its records are practice, not evidence

    @property
    def line_codes(self) -> list[str]:
        return [line.code for line in self.lines]

    @property
    def contestant_codes(self) -> list[str]:
        return [c.code for c in self.contestants]

    @property
    def codes(self) -> list[str]:
        """Every value a protocol holds, in protocol order: lines, then contestants."""
        return self.line_codes + self.contestant_codes

    @property
    def languages(self) -> list[str]:
        return list(self.name)

    def line(self, code: str) -> Line:
        for line in self.lines:
            if line.code == code:
                return line
        raise KeyError(code)

    def role_code(self, role: str) -> str | None:
        """The code of the line with `role`, or None when the template has none."""
        for line in self.lines:
            if line.role == role:
                return line.code
        return None

    def label(self, code: str, lang: str | None = None) -> str:
        for line in self.lines:
            if line.code == code:
                return pick_name(line.name, lang)
        for c in self.contestants:
            if c.code == code:
                return pick_name(c.name, lang)
        raise KeyError(code)

    def evaluate(self, values: Mapping[str, int | None]) -> list[RelationResult]:
        """Checks every control relation against a protocol's values (missing = unknown)."""
        codes = self.contestant_codes
        total = _sum_known(values.get(code) for code in codes)  # once, for every relation
        return [evaluate_relation(r, values, codes, contestants_total=total) for r in self.relations]

    def to_json(self) -> dict[str, Any]:
        """The template as an election file (without stations), e.g. to store beside the data."""
        return {
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "name": self.name,
            "date": self.date,
            "threshold_percent": self.threshold_percent,
            "seats": self.seats,
            "lines": [
                {"code": l.code, "number": l.number, "name": l.name}
                | ({"role": l.role} if l.role else {})
                for l in self.lines
            ],
            "contestants": [{"code": c.code, "name": c.name} for c in self.contestants],
            "relations": [
                {"id": r.id, "expr": r.expr, "severity": r.severity, "tolerance": r.tolerance}
                | ({"description": r.description} if r.description else {})
                for r in self.relations
            ],
        } | ({"demo": True} if self.demo else {})


_COMPARE: dict[str, Callable[[int, int, int], bool]] = {
    "=": lambda lhs, rhs, tol: abs(lhs - rhs) <= tol,
    "<=": lambda lhs, rhs, tol: lhs <= rhs + tol,
    ">=": lambda lhs, rhs, tol: lhs + tol >= rhs,
    "<": lambda lhs, rhs, tol: lhs < rhs + tol,
    ">": lambda lhs, rhs, tol: lhs + tol > rhs,
}
_UNSET: Any = object()


def _sum_known(parts: Iterable[int | None]) -> int | None:
    """The sum, or None when any part is unknown."""
    total = 0
    for part in parts:
        if part is None:
            return None
        total += part
    return total


def _term_values(terms: Sequence[Term], values: Mapping[str, int | None],
                 contestants_total: int | None) -> tuple[int | None, ...]:
    # Plain loops: a national report evaluates half a million relations.
    out = []
    for term in terms:
        kind = term.kind
        out.append(term.constant if kind == "int" else values.get(term.code) if kind == "line"
                   else contestants_total)
    return tuple(out)


def _signed_sum(terms: Sequence[Term], numbers: Sequence[int]) -> int:
    total = 0
    for term, number in zip(terms, numbers):
        total += term.sign * number
    return total


def evaluate_relation(
    relation: Relation, values: Mapping[str, int | None], contestant_codes: Iterable[str], *,
    contestants_total: int | None = _UNSET,
) -> RelationResult:
    """contestants_total: sum(contestants) when the caller has it (ElectionTemplate.evaluate)."""
    if contestants_total is _UNSET:
        contestants_total = _sum_known(values.get(code) for code in contestant_codes)

    lhs_values = _term_values(relation.lhs, values, contestants_total)
    rhs_values = _term_values(relation.rhs, values, contestants_total)
    if None in lhs_values or None in rhs_values:
        return RelationResult(relation, "unknown", None, None, lhs_values, rhs_values)
    lhs = _signed_sum(relation.lhs, lhs_values)
    rhs = _signed_sum(relation.rhs, rhs_values)
    ok = _COMPARE[relation.op](lhs, rhs, relation.tolerance)
    return RelationResult(relation, "pass" if ok else "fail", lhs, rhs, lhs_values, rhs_values)


# --- parsing ------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\s*(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|=|<|>)|([+\-])|(\()|(\)))")


class _ExprError(Exception):
    """A relation's expression cannot be read; `message` says why (it ends up in a TemplateError)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


_SHOWN = 80  # characters of a value quoted in a message


def _shown(value: Any) -> str:
    """A value from the election file as its author wrote it (text as is, anything else as JSON),
    its first _SHOWN characters when it is longer."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError, RecursionError):
            text = "[…]" if isinstance(value, list) else "{…}" if isinstance(value, dict) else str(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def parse_expression(text: str, line_codes: Iterable[str]) -> tuple[str, tuple[Term, ...], tuple[Term, ...]]:
    """Parses "a + b - 3 <= sum(contestants)" into (op, lhs terms, rhs terms); never uses eval."""
    known = set(line_codes)
    tokens: list[tuple[str, str]] = []
    pos = 0
    text_stripped = text.rstrip()
    while pos < len(text_stripped):
        m = _TOKEN_RE.match(text_stripped, pos)
        if not m or m.end() == pos:
            raise _ExprError(Message("template.expr_unexpected_character", QT_TRANSLATE_NOOP(
                "Messages", "unexpected character “{character}” at position {position}"),
                {"character": text_stripped[pos:].strip()[:1], "position": pos + 1}))
        num, ident, op, sign, lpar, rpar = m.groups()
        kind = ("num" if num else "ident" if ident else "op" if op else "sign" if sign
                else "(" if lpar else ")")
        tokens.append((kind, m.group().strip()))
        pos = m.end()
    if not tokens:
        raise _ExprError(Message("template.expr_empty", QT_TRANSLATE_NOOP(
            "Messages", "the expression is empty")))

    ops = [i for i, (kind, _) in enumerate(tokens) if kind == "op"]
    if len(ops) != 1:
        if not ops:
            raise _ExprError(Message("template.expr_no_comparison", QT_TRANSLATE_NOOP(
                "Messages", "an expression needs exactly one comparison (=, <=, >=, <, >)")))
        raise _ExprError(Message("template.expr_two_comparisons", QT_TRANSLATE_NOOP(
            "Messages", "an expression may hold only one comparison")))
    i = ops[0]
    return tokens[i][1], _parse_side(tokens[:i], known), _parse_side(tokens[i + 1:], known)


def _parse_side(tokens: list[tuple[str, str]], known: set[str]) -> tuple[Term, ...]:
    if not tokens:
        raise _ExprError(Message("template.expr_empty_side", QT_TRANSLATE_NOOP(
            "Messages", "a side of the comparison is empty")))
    terms: list[Term] = []
    i = 0
    sign = 1
    expect_term = True
    if tokens[0][0] == "sign":
        sign = -1 if tokens[0][1] == "-" else 1
        i = 1
    while i < len(tokens):
        kind, value = tokens[i]
        if expect_term:
            if kind == "num":
                if len(value) > 20 or int(value) > MAX_COUNT:
                    shown = value if len(value) <= 40 else f"{value[:40]}… ({len(value)} digits)"
                    raise _ExprError(Message("template.expr_number_too_large", QT_TRANSLATE_NOOP(
                        "Messages", "the number {number} is larger than any count (at most {most})"),
                        {"number": shown, "most": MAX_COUNT}))
                terms.append(Term(sign, "int", constant=int(value)))
                i += 1
            elif kind == "ident" and value == "sum":
                if [k for k, _ in tokens[i + 1:i + 4]] != ["(", "ident", ")"] or tokens[i + 2][1] != "contestants":
                    raise _ExprError(Message("template.expr_bad_function", QT_TRANSLATE_NOOP(
                        "Messages", "the only function is sum(contestants)")))
                terms.append(Term(sign, "contestants"))
                i += 4
            elif kind == "ident":
                if value not in known:
                    raise _ExprError(Message("template.expr_unknown_code", QT_TRANSLATE_NOOP(
                        "Messages", "unknown line code “{code}”"), {"code": value}))
                terms.append(Term(sign, "line", code=value))
                i += 1
            else:
                raise _ExprError(Message("template.expr_expected_term", QT_TRANSLATE_NOOP(
                    "Messages", "expected a line code or a number, found “{found}”"), {"found": value}))
            expect_term = False
        else:
            if kind != "sign":
                raise _ExprError(Message("template.expr_expected_sign", QT_TRANSLATE_NOOP(
                    "Messages", "expected + or -, found “{found}”"), {"found": value}))
            sign = -1 if value == "-" else 1
            expect_term = True
            i += 1
    if expect_term:
        raise _ExprError(Message("template.expr_ends_with_operator", QT_TRANSLATE_NOOP(
            "Messages", "the expression ends with an operator")))
    return tuple(terms)


def load_template(path: str | Path) -> ElectionTemplate:
    """Reads and checks an `*.election.json` file; TemplateError names file, place and problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _in_file(str(path), Message("template.unreadable", QT_TRANSLATE_NOOP(
            "Messages", "cannot read the election file ({reason})"), {"reason": str(exc.strerror or exc)})) from exc
    return parse_template_text(raw, str(path))


def parse_template_text(raw: bytes | str, source: str | Message) -> ElectionTemplate:
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise _in_file(source, Message("template.not_utf8", QT_TRANSLATE_NOOP(
            "Messages", "the election file is not UTF-8 text (byte {byte})"), {"byte": exc.start + 1})) from exc
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer, parse_constant=_Unread)
    except json.JSONDecodeError as exc:
        raise _at(source, _line_column(exc.lineno, exc.colno), Message("template.not_json", QT_TRANSLATE_NOOP(
            "Messages", "not valid JSON ({detail})"), {"detail": exc.msg})) from exc
    except RecursionError:  # nested deeper than Python's stack allows: find where
        place = _deep_place(text)
        if place is None:
            raise _in_file(source, _too_deep()) from None
        raise _at(source, place, _too_deep()) from None
    problem = _shape_problem(data)
    if problem is not None:
        raise _at(source, *problem)
    return parse_template(data, source)


def _line_column(line: int, column: int) -> Message:
    return Message("template.line_column", QT_TRANSLATE_NOOP("Messages", "line {line}, column {column}"),
                   {"line": line, "column": column})


def _too_deep() -> Message:
    return Message("template.too_deep", QT_TRANSLATE_NOOP("Messages", "nested deeper than {most} levels"),
                   {"most": MAX_DEPTH})


# --- what JSON allows but an election file must not hold ----------------------------------------
# json.loads reads these without complaint; the hooks below mark them, and _shape_problem refuses
# them with their place, before parse_template looks at anything.

class _Unread:
    """A number not read: NaN or Infinity (not JSON), or an integer of more than _MAX_DIGITS
    digits (int() refuses 4,300, and no count has a hundred)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class _Duplicated(dict):
    """An object in which `key` appears more than once (json.loads would keep the last)."""

    key: str = ""


def _integer(text: str) -> int | _Unread:
    return int(text) if len(text) <= _MAX_DIGITS else _Unread(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    duplicated = _Duplicated(obj)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            duplicated.key = key
            break
        seen.add(key)
    return duplicated


def _shape_problem(data: Any) -> tuple[str, Message] | None:
    """The place and the problem of the first thing too deep, duplicated or unread, if any."""
    # (value, depth, parent entry, key or index): the path is rebuilt only for a problem
    stack: list[tuple[Any, int, Any, Any]] = [(data, 1, None, None)] if isinstance(data, (dict, list)) else []
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[1]
        if depth > MAX_DEPTH:
            return _path(entry), _too_deep()
        if type(value) is _Duplicated:
            return _path((None, 0, entry, value.key)), Message("template.duplicate_key", QT_TRANSLATE_NOOP(
                "Messages", "the key “{key}” appears twice in one object"), {"key": _shown(value.key)})
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            kind = type(item)
            if kind is dict or kind is list or kind is _Duplicated:
                stack.append((item, depth + 1, entry, key))
            elif kind is _Unread:
                return _path((item, 0, entry, key)), _unread(item)
    return None


def _unread(value: _Unread) -> Message:
    digits = value.text.lstrip("-")
    if digits.isdigit():
        return Message("template.number_too_long", QT_TRANSLATE_NOOP(
            "Messages", "a number of {digits} digits is too long to read"), {"digits": len(digits)})
    return Message("template.not_a_json_number", QT_TRANSLATE_NOOP(
        "Messages", "“{found}” is not a number JSON allows"), {"found": value.text})


def _path(entry: tuple[Any, int, Any, Any]) -> str:
    """The JSON path of a stack entry of _shape_problem, e.g. "stations[3].name.en"."""
    parts: list[str] = []
    while entry is not None and entry[2] is not None:
        key = entry[3]
        parts.append(f"[{key}]" if isinstance(key, int) else f".{_shown(key)}")
        entry = entry[2]
    return "".join(reversed(parts)).lstrip(".")


_STRUCTURE_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[{]|[\]}]')


def _deep_place(text: str) -> Message | None:
    """Line and column of the first list or object nested deeper than MAX_DEPTH (scanned only
    when json.loads gave up, so that the refusal says where)."""
    depth = 0
    for match in _STRUCTURE_RE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                at = match.start()
                return _line_column(text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
        elif token in "]}":
            depth -= 1
    return None


def _in_file(source: str | Message, problem: Message) -> TemplateError:
    """The file and the problem, e.g. "kz.election.json: the election file is not UTF-8 text."."""
    return TemplateError("template.in_file", QT_TRANSLATE_NOOP("Messages", "{source}: {problem}."),
                         source=source, problem=problem)


def _at(source: str | Message, place: str | Message, problem: Message) -> TemplateError:
    """The file, the place in it and the problem, e.g. "kz.election.json: lines[2].code: …"."""
    return TemplateError("template.at", QT_TRANSLATE_NOOP("Messages", "{source}: {place}: {problem}."),
                         source=source, place=place, problem=problem)


# Problems several places share (a place is a JSON path such as "lines[2].code", not translated).
_NOT_AN_OBJECT = Message("template.not_an_object", QT_TRANSLATE_NOOP("Messages", "must be an object"))
_NOT_A_STRING = Message("template.not_a_string", QT_TRANSLATE_NOOP("Messages", "must be a string"))
_EMPTY_STRING = Message("template.empty_string", QT_TRANSLATE_NOOP("Messages", "must be a non-empty string"))
_EMPTY_LIST = Message("template.empty_list", QT_TRANSLATE_NOOP("Messages", "must be a non-empty list"))


def _not_non_negative_integer(found: Any) -> Message:
    return Message("template.not_non_negative_integer", QT_TRANSLATE_NOOP(
        "Messages", "must be a non-negative integer, found “{found}”"), {"found": _shown(found)})


def _code_too_long(code: str) -> Message:
    return Message("template.code_too_long", QT_TRANSLATE_NOOP(
        "Messages", "a code is at most {most} characters long, this one {length}"),
        {"most": MAX_CODE, "length": len(code)})


def _listed(data: Mapping[str, Any], key: str, fail: Callable[[str, Message], TemplateError]) -> list[Any]:
    """An optional list: missing or null is empty."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(key, Message("template.not_a_list", QT_TRANSLATE_NOOP("Messages", "must be a list")))
    return value


def parse_template(data: Any, source: str | Message = "<election>") -> ElectionTemplate:
    def fail(place: str | Message, problem: Message) -> TemplateError:
        return _at(source, place, problem)

    def check_text(text: str, place: str) -> str:
        problem = text_too_long(text)
        if problem is not None:
            raise fail(place, problem)
        return text

    def check_integer(value: Any, place: str, most: int) -> int:
        """A non-negative integer of at most `most`."""
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise fail(place, _not_non_negative_integer(value))
        if value > most:
            raise fail(place, Message("template.integer_too_large", QT_TRANSLATE_NOOP(
                "Messages", "must be at most {most}, found “{found}”"), {"most": most, "found": _shown(value)}))
        return value

    if not isinstance(data, dict):
        raise _in_file(source, Message("template.not_json_object", QT_TRANSLATE_NOOP(
            "Messages", "the election file must hold a JSON object")))
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:  # not True, not 1.0
        if type(version) is int and version > FORMAT_VERSION:
            raise fail("format_version", Message("template.format_too_new", QT_TRANSLATE_NOOP(
                "Messages", "version {version} is newer than this app reads ({supported}); update the app"),
                {"version": version, "supported": FORMAT_VERSION}))
        raise fail("format_version", Message("template.format_version", QT_TRANSLATE_NOOP(
            "Messages", "must be {supported}, found “{found}”"),
            {"supported": FORMAT_VERSION, "found": _shown(version)}))

    election_id = data.get("id")
    if not isinstance(election_id, str) or not election_id.strip():
        raise fail("id", _EMPTY_STRING)
    check_text(election_id, "id")
    name = _names(data.get("name"), "name", fail)
    date = data.get("date")
    try:
        dt.date.fromisoformat(date)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise fail("date", Message("template.not_a_date", QT_TRANSLATE_NOOP(
            "Messages", "must be a date as YYYY-MM-DD, found “{found}”"), {"found": _shown(date)})) from None
    threshold = data.get("threshold_percent", 0)
    if (isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not math.isfinite(threshold)
            or not 0 <= threshold <= 100):
        raise fail("threshold_percent", Message("template.not_a_percentage", QT_TRANSLATE_NOOP(
            "Messages", "must be a number from 0 to 100, found “{found}”"), {"found": _shown(threshold)}))
    seats = data.get("seats")
    if seats is not None:
        check_integer(seats, "seats", MAX_SEATS)
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        raise fail("demo", Message("template.not_a_boolean", QT_TRANSLATE_NOOP(
            "Messages", "must be true or false, found “{found}”"), {"found": _shown(demo)}))

    seen_codes: dict[str, str] = {}

    def check_code(code: Any, place: str) -> str:
        if isinstance(code, str) and len(code) > MAX_CODE:
            raise fail(place, _code_too_long(code))
        if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
            raise fail(place, Message("template.bad_code", QT_TRANSLATE_NOOP(
                "Messages", "code “{code}” must be lower-case letters, digits and _ , starting with a letter"),
                {"code": _shown(code)}))
        if code in RESERVED_CODES:
            raise fail(place, Message("template.reserved_code", QT_TRANSLATE_NOOP(
                "Messages", "code “{code}” is reserved"), {"code": code}))
        if code in seen_codes:
            raise fail(place, Message("template.duplicate_code", QT_TRANSLATE_NOOP(
                "Messages", "duplicate code “{code}” (already used at {first})"),
                {"code": code, "first": seen_codes[code]}))
        seen_codes[code] = place
        return code

    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise fail("lines", _EMPTY_LIST)
    lines: list[Line] = []
    seen_roles: dict[str, str] = {}
    for i, item in enumerate(raw_lines):
        place = f"lines[{i}]"
        if not isinstance(item, dict):
            raise fail(place, _NOT_AN_OBJECT)
        code = check_code(item.get("code"), f"{place}.code")
        number = item.get("number", str(i + 1))
        if not isinstance(number, (str, int)) or isinstance(number, bool):
            raise fail(f"{place}.number", Message("template.number_not_a_string", QT_TRANSLATE_NOOP(
                "Messages", "must be a string, found “{found}”"), {"found": _shown(number)}))
        check_text(str(number), f"{place}.number")
        role = item.get("role")
        if role is not None:
            if role not in ROLES:
                raise fail(f"{place}.role", Message("template.unknown_role", QT_TRANSLATE_NOOP(
                    "Messages", "unknown role “{role}” (known: {known})"),
                    {"role": _shown(role), "known": ", ".join(ROLES)}))
            if role in seen_roles:
                raise fail(f"{place}.role", Message("template.role_taken", QT_TRANSLATE_NOOP(
                    "Messages", "role “{role}” is already given to {code}"),
                    {"role": role, "code": seen_roles[role]}))
            seen_roles[role] = code
        lines.append(Line(code, str(number), _names(item.get("name"), f"{place}.name", fail), role))

    raw_contestants = data.get("contestants")
    if not isinstance(raw_contestants, list) or not raw_contestants:
        raise fail("contestants", _EMPTY_LIST)
    contestants: list[Contestant] = []
    for i, item in enumerate(raw_contestants):
        place = f"contestants[{i}]"
        if not isinstance(item, dict):
            raise fail(place, _NOT_AN_OBJECT)
        code = check_code(item.get("code"), f"{place}.code")
        contestants.append(Contestant(code, _names(item.get("name"), f"{place}.name", fail)))

    line_codes = [line.code for line in lines]
    relations: list[Relation] = []
    seen_relations: set[str] = set()
    for i, item in enumerate(_listed(data, "relations", fail)):
        place = f"relations[{i}]"
        if not isinstance(item, dict):
            raise fail(place, _NOT_AN_OBJECT)
        rel_id = item.get("id")
        if isinstance(rel_id, str) and len(rel_id) > MAX_CODE:
            raise fail(f"{place}.id", _code_too_long(rel_id))
        if not isinstance(rel_id, str) or not _CODE_RE.fullmatch(rel_id):
            raise fail(f"{place}.id", Message("template.bad_relation_id", QT_TRANSLATE_NOOP(
                "Messages", "id “{id}” must be lower-case letters, digits and _"), {"id": _shown(rel_id)}))
        if rel_id in seen_relations:
            raise fail(f"{place}.id", Message("template.duplicate_relation_id", QT_TRANSLATE_NOOP(
                "Messages", "duplicate relation id “{id}”"), {"id": rel_id}))
        seen_relations.add(rel_id)
        expr = item.get("expr")
        if not isinstance(expr, str):
            raise fail(f"{place}.expr", _NOT_A_STRING)
        check_text(expr, f"{place}.expr")
        try:
            op, lhs, rhs = parse_expression(expr, line_codes)
        except _ExprError as exc:
            raise fail(
                Message("template.relation_place", QT_TRANSLATE_NOOP("Messages", "relation “{id}” ({place})"),
                        {"id": rel_id, "place": f"{place}.expr"}),
                Message("template.bad_expression", QT_TRANSLATE_NOOP("Messages", "{problem} in “{expr}”"),
                        {"problem": exc.message, "expr": expr})) from None
        severity = item.get("severity", "error")
        if severity not in SEVERITIES:
            raise fail(f"{place}.severity", Message("template.bad_severity", QT_TRANSLATE_NOOP(
                "Messages", "must be “error” or “warning”, found “{found}”"), {"found": _shown(severity)}))
        tolerance = check_integer(item.get("tolerance", 0), f"{place}.tolerance", MAX_COUNT)
        description = item.get("description") or {}
        if description:
            description = _names(description, f"{place}.description", fail)
        relations.append(Relation(rel_id, expr, op, lhs, rhs, severity, tolerance, description))

    stations: list[StationSpec] = []
    seen_stations: set[str] = set()
    for i, item in enumerate(_listed(data, "stations", fail)):
        place = f"stations[{i}]"
        if not isinstance(item, dict):
            raise fail(place, _NOT_AN_OBJECT)
        code = item.get("code")
        if not isinstance(code, str):
            raise fail(f"{place}.code", _EMPTY_STRING)
        problem = station_code_problem(code)
        if problem is not None:
            raise fail(f"{place}.code", problem)
        if code in seen_stations:
            raise fail(f"{place}.code", Message("template.duplicate_station", QT_TRANSLATE_NOOP(
                "Messages", "duplicate station code “{code}”"), {"code": code}))
        seen_stations.add(code)
        registered = item.get("registered_voters")
        if registered is not None:
            check_integer(registered, f"{place}.registered_voters", MAX_COUNT)
        texts = {}
        for key in ("region", "district", "address"):
            value = item.get(key, "")
            if not isinstance(value, str):
                raise fail(f"{place}.{key}", _NOT_A_STRING)
            texts[key] = check_text(value, f"{place}.{key}")
        stations.append(StationSpec(code, registered_voters=registered, **texts))

    return ElectionTemplate(
        id=election_id,
        name=name,
        date=date,
        threshold_percent=threshold,
        seats=seats,
        lines=tuple(lines),
        contestants=tuple(contestants),
        relations=tuple(relations),
        stations=tuple(stations),
        demo=demo,
    )


def _names(value: Any, place: str, fail: Callable[[str, Message], TemplateError]) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise fail(place, Message("template.not_names", QT_TRANSLATE_NOOP(
            "Messages", "must be an object of names by language, e.g. {example}"), {"example": '{"en": "..."}'}))
    for lang, text in value.items():
        if not isinstance(lang, str) or not lang.strip() or len(lang) > MAX_LANGUAGE:
            raise fail(place, Message("template.bad_language", QT_TRANSLATE_NOOP(
                "Messages", "language “{lang}” must be a language code such as en, ru or kk"), {"lang": _shown(lang)}))
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{place}.{lang}", _EMPTY_STRING)
        problem = text_too_long(text)
        if problem is not None:
            raise fail(f"{place}.{lang}", problem)
    return dict(value)


def issued_codes(template: ElectionTemplate) -> list[str]:
    """The lines whose sum is "ballots issued" for turnout: the line with role `issued`, else every
    line whose code starts with "issued" (Russia: early + in the premises + outside)."""
    issued = template.role_code("issued")
    return [issued] if issued else [line.code for line in template.lines if line.code.startswith("issued")]
