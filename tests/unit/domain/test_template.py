"""Election templates: parsing, refusal of malformed files, and every control relation."""

from __future__ import annotations

import copy
import json

import pytest

from observer_app.domain.template import (
    evaluate_relation,
    load_template,
    parse_expression,
    parse_template,
    parse_template_text,
    station_id,
)
from observer_app.errors import TemplateError
from tests.conftest import KZ_FILE

KZ_GOOD = {
    "registered": 1000, "received": 900, "issued": 600, "cancelled": 300, "in_boxes": 598,
    "invalid": 8, "valid": 590, "nur_otan": 400, "ak_zhol": 80, "ppk": 50, "auyl": 40, "adal": 20,
}
RU_GOOD = {
    "registered": 1792, "received": 1830, "issued_early": 0, "issued_in_premises": 625,
    "issued_outside": 19, "cancelled": 1186, "in_portable_boxes": 19, "in_stationary_boxes": 624,
    "invalid": 12, "valid": 631, "lost": 0, "not_accounted": 0,
    "kprf": 111, "greens": 5, "ldpr": 77, "new_people": 59, "united_russia": 221, "sr_zp": 84,
    "yabloko": 31, "growth": 3, "rpss": 3, "kpkr": 2, "civic_platform": 1,
    "green_alternative": 4, "rodina": 7, "pensioners": 23,
}


def statuses(template, values):
    return {r.relation.id: r.status for r in template.evaluate(values)}


def test_kz_template_shape(kz_template):
    assert kz_template.id == "kz-2021-majilis"
    assert kz_template.threshold_percent == 7
    assert kz_template.seats == 98
    assert kz_template.line_codes == ["registered", "received", "issued", "cancelled", "in_boxes",
                                      "invalid", "valid"]
    assert [l.number for l in kz_template.lines] == ["1", "2", "3", "4", "5", "6", "7"]
    assert kz_template.contestant_codes == ["nur_otan", "ak_zhol", "ppk", "auyl", "adal"]
    assert kz_template.contestants[0].name["en"] == "Nur Otan"
    assert len(kz_template.stations) == 24
    assert {s.code[:3] for s in kz_template.stations} == {"ALA", "NQZ"}
    assert [(r.id, r.display(lambda t: kz_template.line(t.code).number if t.kind == "line" else "Σ"))
            for r in kz_template.relations] == [
        ("ballots_accounted", "2 = 3 + 4"),
        ("boxes_le_issued", "5 ≤ 3"),
        ("boxes_split", "5 = 6 + 7"),
        ("valid_sum", "7 = Σ"),
        ("issued_le_registered", "3 ≤ 1"),
    ]


def test_ru_template_shape(ru_template):
    assert len(ru_template.lines) == 12
    assert len(ru_template.contestants) == 14
    assert [(r.id, r.severity) for r in ru_template.relations] == [
        ("issued_le_registered", "error"),
        ("ballots_accounted", "error"),
        ("boxes_split", "error"),
        ("valid_sum", "error"),
        ("boxes_le_issued", "warning"),
        ("portable_le_outside", "warning"),
    ]
    assert ru_template.role_code("issued_in_premises") == "issued_in_premises"
    assert ru_template.languages[0] == "ru"


def test_kz_good_protocol_passes_everything(kz_template):
    assert set(statuses(kz_template, KZ_GOOD).values()) == {"pass"}


def test_ru_good_protocol_passes_everything(ru_template):
    assert set(statuses(ru_template, RU_GOOD).values()) == {"pass"}


# Each case breaks exactly one relation by changing one or two values.
KZ_BREAKS = [
    ("ballots_accounted", {"received": 901}),
    ("boxes_le_issued", {"in_boxes": 601, "valid": 593, "nur_otan": 403}),
    ("boxes_split", {"invalid": 9}),
    ("valid_sum", {"adal": 21}),
    ("issued_le_registered", {"registered": 599}),
]


@pytest.mark.parametrize("relation, change", KZ_BREAKS, ids=[c[0] for c in KZ_BREAKS])
def test_kz_each_relation_fails_alone(kz_template, relation, change):
    result = statuses(kz_template, KZ_GOOD | change)
    assert {k for k, v in result.items() if v == "fail"} == {relation}


RU_BREAKS = [
    ("issued_le_registered", {"registered": 643}),
    ("ballots_accounted", {"lost": 1}),
    ("boxes_split", {"in_portable_boxes": 20, "issued_outside": 20, "issued_in_premises": 624}),
    ("valid_sum", {"kprf": 112}),
    ("boxes_le_issued", {"in_stationary_boxes": 626, "valid": 633, "kprf": 113}),
    ("portable_le_outside", {"in_portable_boxes": 20, "in_stationary_boxes": 623}),
]


@pytest.mark.parametrize("relation, change", RU_BREAKS, ids=[c[0] for c in RU_BREAKS])
def test_ru_each_relation_fails_alone(ru_template, relation, change):
    result = statuses(ru_template, RU_GOOD | change)
    assert {k for k, v in result.items() if v == "fail"} == {relation}


def test_failing_relation_shows_its_numbers(kz_template):
    values = KZ_GOOD | {"in_boxes": 812, "invalid": 10, "valid": 798}
    result = {r.relation.id: r for r in kz_template.evaluate(values)}
    assert result["boxes_split"].status == "fail"
    assert result["boxes_split"].numbers() == "812 ≠ 10 + 798"
    assert (result["boxes_split"].lhs, result["boxes_split"].rhs) == (812, 808)
    assert result["boxes_split"].difference == 4
    assert result["issued_le_registered"].numbers() == "600 ≤ 1,000"
    assert result["issued_le_registered"].numbers("ru") == "600 ≤ 1\u00a0000"  # as the language writes numbers


def test_unknown_values_make_a_relation_unknown_not_failed(kz_template):
    values = dict(KZ_GOOD)
    values["adal"] = None
    result = statuses(kz_template, values)
    assert result["valid_sum"] == "unknown"
    assert result["boxes_split"] == "pass"
    assert statuses(kz_template, {})["ballots_accounted"] == "unknown"


@pytest.mark.parametrize(
    "expr, values, expected",
    [
        ("a = b", {"a": 10, "b": 12}, "pass"),
        ("a = b", {"a": 10, "b": 13}, "fail"),
        ("a <= b", {"a": 14, "b": 12}, "pass"),
        ("a <= b", {"a": 15, "b": 12}, "fail"),
        ("a >= b", {"a": 10, "b": 12}, "pass"),
        ("a >= b", {"a": 9, "b": 12}, "fail"),
    ],
    ids=["eq-within", "eq-beyond", "le-within", "le-beyond", "ge-within", "ge-beyond"],
)
def test_tolerance_is_absolute(expr, values, expected):
    template = parse_template(minimal(relations=[{"id": "r", "expr": expr, "tolerance": 2}]))
    assert statuses(template, values) == {"r": expected}


def test_constants_and_negative_terms():
    op, lhs, rhs = parse_expression("-a + 3 >= b - 2", ["a", "b"])
    assert op == ">="
    template = parse_template(minimal(relations=[{"id": "r", "expr": "-a + 3 >= b - 2"}]))
    assert statuses(template, {"a": 1, "b": 4}) == {"r": "pass"}
    assert statuses(template, {"a": 1, "b": 5}) == {"r": "fail"}


def test_station_id_is_stable_and_depends_on_election_and_code():
    assert station_id("kz-2021-majilis", "ALA-101") == station_id("kz-2021-majilis", "ALA-101")
    assert station_id("kz-2021-majilis", "ALA-101") != station_id("kz-2021-majilis", "ALA-102")
    assert station_id("kz-2021-majilis", "ALA-101") != station_id("ru-2021-duma", "ALA-101")
    # Pinned: every observer's database must derive the same id, across versions of the app.
    assert station_id("kz-2021-majilis", "ALA-101") == "0e4c143e-b85c-5633-8902-cb13d5fb8d88"


def minimal(**overrides):
    data = {
        "format_version": 1, "id": "test", "name": {"en": "Test"}, "date": "2024-03-01",
        "lines": [{"code": "a", "number": "1", "name": {"en": "A"}},
                  {"code": "b", "number": "2", "name": {"en": "B"}}],
        "contestants": [{"code": "x", "name": {"en": "X"}}],
        "relations": [],
    }
    data.update(overrides)
    return data


BAD_TEMPLATES = [
    ("unknown-line", {"relations": [{"id": "r", "expr": "a = c"}]}, "template.bad_expression",
     "relation “r” (relations[0].expr): unknown line code “c” in “a = c”"),
    ("duplicate-code", {"contestants": [{"code": "a", "name": {"en": "A"}}]}, "template.duplicate_code",
     "contestants[0].code: duplicate code “a” (already used at lines[0].code)"),
    ("two-comparisons", {"relations": [{"id": "r", "expr": "a = b = a"}]}, "template.bad_expression",
     "only one comparison"),
    ("no-comparison", {"relations": [{"id": "r", "expr": "a + b"}]}, "template.bad_expression",
     "exactly one comparison"),
    ("eval-attempt", {"relations": [{"id": "r", "expr": "__import__('os') = a"}]}, "template.bad_expression",
     "relations[0].expr"),
    ("bad-function", {"relations": [{"id": "r", "expr": "a = sum(lines)"}]}, "template.bad_expression",
     "the only function is sum(contestants)"),
    ("bad-severity", {"relations": [{"id": "r", "expr": "a = b", "severity": "fatal"}]}, "template.bad_severity",
     "relations[0].severity: must be “error” or “warning”, found “fatal”"),
    ("negative-tolerance", {"relations": [{"id": "r", "expr": "a = b", "tolerance": -1}]},
     "template.not_non_negative_integer", "relations[0].tolerance: must be a non-negative integer, found “-1”"),
    ("newer-format", {"format_version": 2}, "template.format_too_new", "newer than this app reads"),
    ("no-format", {"format_version": None}, "template.format_version", "format_version: must be 1, found “null”"),
    ("bad-date", {"date": "10.01.2021"}, "template.not_a_date", "date: must be a date"),
    ("bad-role", {"lines": [{"code": "a", "name": {"en": "A"}, "role": "boss"}]}, "template.unknown_role",
     "unknown role “boss”"),
    ("duplicate-station", {"stations": [{"code": "1"}, {"code": "1"}]}, "template.duplicate_station",
     "stations[1].code: duplicate station code “1”"),
    ("negative-voters", {"stations": [{"code": "1", "registered_voters": -3}]},
     "template.not_non_negative_integer", "stations[0].registered_voters"),
    ("no-names", {"name": "Test"}, "template.not_names", 'name: must be an object of names by language, e.g. {"en": "..."}.'),
    ("not-a-code", {"lines": [{"code": 7, "name": {"en": "A"}}]}, "template.bad_code", "lines[0].code: code “7” must be"),
    ("code-space", {"contestants": [{"code": "x y", "name": {"en": "X"}}]}, "template.bad_code",
     "contestants[0].code: code “x y” must be"),
    ("threshold-infinite", {"threshold_percent": float("inf")}, "template.not_a_percentage",
     "threshold_percent: must be a number from 0 to 100, found “Infinity”."),
    ("threshold-nan", {"threshold_percent": float("nan")}, "template.not_a_percentage",
     "threshold_percent: must be a number from 0 to 100, found “NaN”."),
    ("demo-not-boolean", {"demo": "yes"}, "template.not_a_boolean", "demo: must be true or false, found “yes”."),
    ("demo-one", {"demo": 1}, "template.not_a_boolean", "demo: must be true or false, found “1”."),
]


@pytest.mark.parametrize("change, problem, message", [c[1:] for c in BAD_TEMPLATES], ids=[c[0] for c in BAD_TEMPLATES])
def test_malformed_template_is_refused_with_place_and_problem(change, problem, message):
    with pytest.raises(TemplateError) as info:
        parse_template(minimal(**change), "my.election.json")
    assert str(info.value).startswith("my.election.json: ")
    assert message in str(info.value)
    assert info.value.code == "template.at"
    assert info.value.message.params["source"] == "my.election.json"
    assert info.value.message.params["problem"].code == problem


def test_an_expression_error_names_the_relation_and_the_problem():
    with pytest.raises(TemplateError) as info:
        parse_template(minimal(relations=[{"id": "r", "expr": "a = c"}]), "my.election.json")
    params = info.value.message.params
    assert params["place"].code == "template.relation_place"
    assert params["place"].params == {"id": "r", "place": "relations[0].expr"}
    assert params["problem"].params["expr"] == "a = c"
    inner = params["problem"].params["problem"]
    assert (inner.code, inner.params) == ("template.expr_unknown_code", {"code": "c"})
    assert str(info.value) == "my.election.json: relation “r” (relations[0].expr): unknown line code “c” in “a = c”."


def test_a_file_that_is_not_an_object_names_only_the_file():
    with pytest.raises(TemplateError) as info:
        parse_template([1, 2], "my.election.json")
    assert str(info.value) == "my.election.json: the election file must hold a JSON object."
    assert info.value.code == "template.in_file"
    assert info.value.message.params["problem"].code == "template.not_json_object"


def test_bad_json_names_file_line_and_column(tmp_path):
    path = tmp_path / "broken.election.json"
    path.write_text('{\n  "format_version": 1,\n  "id": "x"\n  "name": {}\n}', encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert str(info.value).startswith(f"{path}: line 4, column 3: not valid JSON")
    assert info.value.message.params["place"].params == {"line": 4, "column": 3}
    assert info.value.message.params["problem"].code == "template.not_json"


def test_text_that_is_not_utf8_names_the_byte():
    with pytest.raises(TemplateError) as info:
        parse_template_text(b'{"id": "\xff"}', "my.election.json")
    assert str(info.value) == "my.election.json: the election file is not UTF-8 text (byte 9)."
    assert info.value.message.params["problem"].code == "template.not_utf8"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(TemplateError, match="cannot read the election file") as info:
        load_template(tmp_path / "nope.election.json")
    assert info.value.message.params["problem"].code == "template.unreadable"


def test_template_round_trips_through_json(kz_template):
    again = parse_template_text(json.dumps(kz_template.to_json()), "stored")
    assert again.relations == kz_template.relations
    assert again.lines == kz_template.lines
    assert again.contestants == kz_template.contestants


def test_issue_12_the_bundled_election_says_it_is_a_demo_and_the_flag_survives_storage(kz_template, ru_template, store):
    assert (kz_template.demo, ru_template.demo, parse_template(minimal()).demo) == (True, False, False)
    assert kz_template.to_json()["demo"] is True
    assert "demo" not in ru_template.to_json()  # a real election's stored form is unchanged
    assert store.template().demo is True  # the database made from the demo is a demo
    assert parse_template(minimal(demo=False)).demo is False


def test_evaluate_relation_does_not_mutate_input(kz_template):
    values = copy.deepcopy(KZ_GOOD)
    evaluate_relation(kz_template.relations[0], values, kz_template.contestant_codes)
    assert values == KZ_GOOD


def test_kz_file_is_valid_utf8_json_with_kazakh_letters():
    text = KZ_FILE.read_text(encoding="utf-8")
    assert any(ch in text for ch in "әғқңөұүһі")


# --- hostile election files (issue 11) ---------------------------------------------------------

def refused(change, source="my.election.json"):
    with pytest.raises(TemplateError) as info:
        parse_template(minimal(**change), source)
    return info.value


def refused_text(text, source="my.election.json"):
    with pytest.raises(TemplateError) as info:
        parse_template_text(text, source)
    return info.value


def minimal_text(**overrides):
    """The minimal election file as JSON text, ending in `"stations": [...]` for tests to extend."""
    return json.dumps(minimal(**overrides), ensure_ascii=False)


HOSTILE = [
    ("voters-10^18", {"stations": [{"code": "1", "registered_voters": 10**18}]}, "template.integer_too_large",
     "stations[0].registered_voters: must be at most 1000000, found “1000000000000000000”."),
    ("voters-10^30", {"stations": [{"code": "1", "registered_voters": 10**30}]}, "template.integer_too_large",
     "stations[0].registered_voters: must be at most 1000000, found “1" + "0" * 30 + "”."),
    ("voters-max-plus-one", {"stations": [{"code": "1", "registered_voters": 1_000_001}]},
     "template.integer_too_large", "stations[0].registered_voters: must be at most 1000000, found “1000001”."),
    ("code-newline", {"lines": [{"code": "a\n", "name": {"en": "A"}}]}, "template.bad_code",
     "lines[0].code: code “a\n” must be lower-case letters, digits and _ , starting with a letter."),
    ("code-too-long", {"contestants": [{"code": "x" * 65, "name": {"en": "X"}}]}, "template.code_too_long",
     "contestants[0].code: a code is at most 64 characters long, this one 65."),
    ("relation-id-newline", {"relations": [{"id": "r\n", "expr": "a = b"}]}, "template.bad_relation_id",
     "relations[0].id: id “r\n” must be"),
    ("seats-over-10000", {"seats": 10_001}, "template.integer_too_large",
     "seats: must be at most 10000, found “10001”."),
    ("tolerance-over-max", {"relations": [{"id": "r", "expr": "a = b", "tolerance": 1_000_001}]},
     "template.integer_too_large", "relations[0].tolerance: must be at most 1000000, found “1000001”."),
    ("format-true", {"format_version": True}, "template.format_version", "format_version: must be 1, found “true”."),
    ("format-float", {"format_version": 1.0}, "template.format_version", "format_version: must be 1, found “1.0”."),
    ("name-too-long", {"name": {"en": "x" * 1001}}, "template.text_too_long",
     "name.en: the text is 1001 characters long; at most 1000 are allowed."),
    ("line-name-too-long", {"lines": [{"code": "a", "name": {"ru": "я" * 1001}}]}, "template.text_too_long",
     "lines[0].name.ru: the text is 1001 characters long"),
    ("language-too-long", {"name": {"e" * 36: "Test"}}, "template.bad_language",
     "name: language “" + "e" * 36 + "” must be a language code such as en, ru or kk."),
    ("description-too-long", {"relations": [{"id": "r", "expr": "a = b", "description": {"en": "d" * 1001}}]},
     "template.text_too_long", "relations[0].description.en: the text is 1001 characters long"),
    ("number-too-long", {"lines": [{"code": "a", "number": "1" * 1001, "name": {"en": "A"}}]},
     "template.text_too_long", "lines[0].number: the text is 1001 characters long"),
    ("expr-too-long", {"relations": [{"id": "r", "expr": "a = " + " + ".join(["b"] * 300)}]},
     "template.text_too_long", "relations[0].expr: the text is 1201 characters long"),
    ("constant-too-large", {"relations": [{"id": "r", "expr": "a <= 1" + "0" * 900}]}, "template.bad_expression",
     "relation “r” (relations[0].expr): the number 1000000000000000000000000000000000000000… (901 digits) "
     "is larger than any count (at most 1000000) in “a <= 1"),
    ("relations-not-a-list", {"relations": 5}, "template.not_a_list", "relations: must be a list."),
    ("stations-not-a-list", {"stations": "ALA-1"}, "template.not_a_list", "stations: must be a list."),
    ("station-code-newline", {"stations": [{"code": "ALA\n101"}]}, "station.code_control_character",
     "stations[0].code: the station code holds a control character (U+000A at position 4)"),
    ("station-code-nul", {"stations": [{"code": "ALA\x00"}]}, "station.code_control_character",
     "stations[0].code: the station code holds a control character (U+0000 at position 4)"),
    ("station-code-too-long", {"stations": [{"code": "A" * 201}]}, "station.code_too_long",
     "stations[0].code: the station code is 201 characters long; at most 200 are allowed."),
    ("station-code-blank", {"stations": [{"code": "  "}]}, "station.code_empty", "stations[0].code: the station code is empty."),
    ("region-too-long", {"stations": [{"code": "1", "region": "р" * 1001}]}, "template.text_too_long",
     "stations[0].region: the text is 1001 characters long"),
]


@pytest.mark.parametrize("change, problem, message", [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_issue_11_a_hostile_election_file_is_refused_with_place_and_problem(change, problem, message):
    error = refused(change)
    assert error.code == "template.at"
    assert error.message.params["problem"].code == problem
    assert str(error).startswith("my.election.json: " + message)


@pytest.mark.parametrize("code", ["ALA-101", "TEST-1,A/2", "№ 1/«Школа»", "=1+1", "A" * 200])
def test_a_station_code_may_hold_any_character_but_controls(code):
    assert [s.code for s in parse_template(minimal(stations=[{"code": code}])).stations] == [code]


def test_the_limits_themselves_are_allowed():
    template = parse_template(minimal(
        seats=10_000, threshold_percent=100, name={"en": "x" * 1000},
        lines=[{"code": "a" * 64, "name": {"en": "A"}}, {"code": "b", "name": {"en": "B"}}],
        relations=[{"id": "r", "expr": "b <= 1000000", "tolerance": 1_000_000}],
        stations=[{"code": "1", "registered_voters": 1_000_000, "region": "р" * 1000}]))
    assert (template.seats, template.relations[0].tolerance, template.stations[0].registered_voters) == (
        10_000, 1_000_000, 1_000_000)


def test_issue_11_100000_nested_lists_are_refused_with_line_and_column():
    text = minimal_text()[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    error = refused_text(text)
    column = len(minimal_text()[:-1] + ', "x": ') + 32  # the 32nd "[" is the 33rd level
    assert str(error) == f"my.election.json: line 1, column {column}: nested deeper than 32 levels."
    assert error.message.params["problem"].code == "template.too_deep"
    assert error.message.params["place"].params == {"line": 1, "column": column}


def test_issue_11_nesting_json_reads_but_the_app_does_not_want_is_refused_with_its_place():
    text = minimal_text()[:-1] + ', "stations": [{"code": "1", "notes": ' + "[" * 40 + "]" * 40 + "}]}"
    error = refused_text(text)
    # the object is level 1, stations 2, the station 3, notes 4: its 29th list is the 33rd level
    assert str(error) == "my.election.json: stations[0].notes" + "[0]" * 29 + ": nested deeper than 32 levels."


@pytest.mark.parametrize("where, text, place", [
    ("voters", '"stations": [{"code": "1", "registered_voters": 1' + "0" * 4999 + "}]",
     "stations[0].registered_voters"),
    ("unknown-key", '"x": {"y": [-1' + "0" * 4999 + "]}", "x.y[0]"),
])
def test_issue_11_a_5000_digit_number_is_refused_with_its_place(where, text, place):
    error = refused_text(minimal_text()[:-1] + ", " + text + "}")
    assert error.message.params["problem"].code == "template.number_too_long"
    assert str(error) == f"my.election.json: {place}: a number of 5000 digits is too long to read."


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json_and_are_refused(literal):
    error = refused_text(minimal_text()[:-1] + f', "threshold_percent": {literal}}}')
    assert str(error) == f"my.election.json: threshold_percent: “{literal}” is not a number JSON allows."


@pytest.mark.parametrize("text, place, key", [
    ('{"format_version": 1, "id": "a", "id": "b"}', "id", "id"),
    (minimal_text(lines=[{"code": "a", "name": {"en": "A"}}, {"code": "b", "twice": "c", "name": {"en": "B"}}])
     .replace('"twice"', '"code"'), "lines[1].code", "code"),
    (minimal_text(name={"en": "A", "ru": "Б", "twice": "C"}).replace('"twice"', '"en"'), "name.en", "en"),
], ids=["top-level", "in-a-line", "in-names"])
def test_issue_11_a_key_twice_in_one_object_is_refused_naming_key_and_place(text, place, key):
    error = refused_text(text)
    assert error.message.params["problem"].code == "template.duplicate_key"
    assert str(error) == f"my.election.json: {place}: the key “{key}” appears twice in one object."


def test_issue_11_10_to_the_30_voters_in_a_file_is_refused_not_an_unexpected_error(tmp_path):
    path = tmp_path / "big.election.json"
    path.write_text(minimal_text(stations=[{"code": "1", "registered_voters": 10**30}]), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert str(info.value) == (f"{path}: stations[0].registered_voters: must be at most 1000000, "
                               "found “1000000000000000000000000000000”.")


@pytest.mark.parametrize("text", ["5", "1" + "0" * 4999, '"x"', "NaN", "null"],
                         ids=["number", "5000-digits", "string", "nan", "null"])
def test_a_file_of_one_value_is_refused_as_not_an_object(text):
    assert str(refused_text(text)) == "my.election.json: the election file must hold a JSON object."


def test_a_deep_list_as_the_whole_file_is_refused_with_line_and_column():
    assert str(refused_text("\n" + "[" * 50 + "]" * 50)) == (
        "my.election.json: " + "[0]" * 32 + ": nested deeper than 32 levels.")
    assert str(refused_text("\n  " + "[" * 5000 + "]" * 5000)) == (
        "my.election.json: line 2, column 35: nested deeper than 32 levels.")
