"""Station lists and results CSV files: limits on hostile files (issue 11), exact values out."""

from __future__ import annotations

import csv
import io
import tracemalloc

import pytest

from observer_app import csvio
from observer_app.csvio import read_results, read_stations, write_results
from observer_app.domain.template import station_id
from observer_app.errors import ImportFileError

LIMIT = 64 * 1024  # MAX_LINE in these tests, so that a few MB make the point quickly


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(csvio, "MAX_LINE", LIMIT, raising=False)  # raising: main had none


def write(path, text):
    path.write_text(text, encoding="utf-8", newline="")
    return path


def refusal(read, *args):
    with pytest.raises(ImportFileError) as info:
        read(*args)
    return info.value


def peak_memory(read, *args):
    """The most memory `read` held at once, in bytes (refused or not)."""
    tracemalloc.start()
    try:
        try:
            read(*args)
        except ImportFileError:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- a line or a row without end -----------------------------------------------------------------

def test_issue_11_a_file_without_line_breaks_is_refused_at_its_first_long_line(tmp_path, small_limit, kz_template):
    """4 MB of "a," (a 200 MB one on main took gigabytes): refused after reading MAX_LINE."""
    path = write(tmp_path / "results.csv", "station_code\r\n" + "a," * (2 * 1024 * 1024))
    error = refusal(read_results, path, kz_template, {})
    assert error.code == "csv.line_too_long"
    assert str(error) == (f"{path}: line 2 is longer than 65536 characters; this is not a station "
                          "list or a results file. Nothing was imported.")
    assert refusal(read_stations, path).code == "csv.line_too_long"
    assert peak_memory(read_stations, path) < 8 * LIMIT  # on main: 21 MB for this file


def test_issue_11_the_header_line_is_bounded_too(tmp_path, small_limit):
    path = write(tmp_path / "stations.csv", "station_code," * LIMIT)
    error = refusal(read_stations, path)
    assert (error.code, error.message.params["line"]) == ("csv.line_too_long", 1)


def test_issue_11_a_quoted_cell_over_many_short_lines_is_bounded_as_a_row(tmp_path, small_limit):
    path = write(tmp_path / "stations.csv",
                 'station_code,address\r\nALA-1,a\r\nALA-2,"' + "x\r\n" * LIMIT + '"\r\n')
    error = refusal(read_stations, path)
    assert error.code == "csv.row_too_long"
    assert str(error) == (f"{path}: the row that starts on line 3 is longer than 65536 characters "
                          "(a quoted cell runs over many lines); this is not a station list or a "
                          "results file. Nothing was imported.")
    assert peak_memory(read_stations, path) < 8 * LIMIT


def test_a_line_of_exactly_the_limit_is_read_and_one_more_character_is_not(tmp_path, small_limit):
    spaces = " " * (LIMIT - len("ALA-1,\n"))  # the region, blank once stripped
    path = write(tmp_path / "stations.csv", f"station_code,region\nALA-1,{spaces}\n")
    assert [(s.code, s.region) for s in read_stations(path)] == [("ALA-1", "")]
    write(path, f"station_code,region\nALA-1,{spaces} \n")
    assert refusal(read_stations, path).message.params["line"] == 2


def test_rows_spread_over_lines_reset_the_row_bound(tmp_path, small_limit):
    """Many rows whose quoted cells span lines, each well under the bound, add up to more."""
    rows = "".join(f'S-{i},"two\r\nlines"\r\n' for i in range(LIMIT // 8))
    path = write(tmp_path / "stations.csv", "station_code,address\r\n" + rows)
    specs = read_stations(path)
    assert len(specs) == LIMIT // 8
    assert specs[-1].address == "two\r\nlines"


def test_issue_11_millions_of_bad_rows_keep_five_messages_not_millions(tmp_path):
    path = write(tmp_path / "stations.csv", "station_code,registered_voters\n" + "x\n" * 50_000)
    error = refusal(read_stations, path)
    assert error.code == "csv.refused_more"
    assert (len(error.message.params["problems"]), error.message.params["n"]) == (5, 49_995)
    assert peak_memory(read_stations, path) < 4 * 1024 * 1024  # on main: 30 MB of messages


# --- station codes -------------------------------------------------------------------------------

def stations_file(tmp_path, *codes):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([["station_code", "registered_voters"],
                                                         *([code, "10"] for code in codes)])
    return write(tmp_path / "stations.csv", buffer.getvalue())


@pytest.mark.parametrize("code", ["ALA-101", "TEST-1,A/2", "№ 1 «Школа»", "=1+1", "-5", "@x", "a" * 200],
                         ids=["plain", "comma-slash", "cyrillic", "formula", "minus", "at", "200-chars"])
def test_a_station_code_may_hold_any_character_but_controls(tmp_path, code):
    assert [s.code for s in read_stations(stations_file(tmp_path, code))] == [code]


@pytest.mark.parametrize("code, problem, words", [
    ("ALA\n101", "station.code_control_character", "the station code holds a control character (U+000A at position 4)"),
    ("ALA\t101", "station.code_control_character", "the station code holds a control character (U+0009 at position 4)"),
    ("ALA\x00101", "station.code_control_character", "the station code holds a control character (U+0000 at position 4)"),
    ("ALA\u2028101", "station.code_control_character", "the station code holds a control character (U+2028 at position 4)"),
    ("a" * 201, "station.code_too_long", "the station code is 201 characters long; at most 200 are allowed"),
], ids=["newline", "tab", "nul", "line-separator", "201-chars"])
def test_issue_11_a_station_list_refuses_codes_with_controls_or_too_long(tmp_path, code, problem, words):
    error = refusal(read_stations, stations_file(tmp_path, "GOOD-1", code))
    (row,) = error.message.params["problems"]
    assert (row.params["line"], row.params["problem"].code) == (3, problem)
    assert f"line 3: {words}" in str(error)
    assert str(error).endswith(". Nothing from this file was imported.")


def test_a_region_longer_than_a_thousand_characters_is_refused(tmp_path):
    path = write(tmp_path / "stations.csv", "station_code,region\nALA-1," + "р" * 1001 + "\n")
    error = refusal(read_stations, path)
    assert str(error) == (f"{path}: line 2: region: the text is 1001 characters long; at most 1000 "
                          "are allowed. Nothing from this file was imported.")


# --- the data exchange files keep exact values ---------------------------------------------------

def test_issue_11_results_csv_keeps_formula_like_codes_exactly(tmp_path, kz_template):
    """Only the reports escape text; a results file round-trips whatever its codes hold."""
    codes = ["=1+1", "+7", "-5", "@SUM(A1)", "TEST-1,A/2"]
    buffer = io.StringIO()
    write_results(buffer, kz_template, [(code, {"nur_otan": 7}) for code in codes])
    assert buffer.getvalue().splitlines()[1:] == [
        "=1+1,,,,,,,,7,,,,", "+7,,,,,,,,7,,,,", "-5,,,,,,,,7,,,,", "@SUM(A1),,,,,,,,7,,,,",
        '"TEST-1,A/2",,,,,,,,7,,,,']
    path = write(tmp_path / "results.csv", buffer.getvalue())
    ids = {code: station_id(kz_template.id, code) for code in codes}
    assert [sid for sid, _ in read_results(path, kz_template, ids)] == list(ids.values())


def test_rows_of_plain_digits_and_rows_that_are_not_read_the_same_way(tmp_path, kz_template):
    """The fast path for a row of plain digits gives what the cell-by-cell reading gives: leading
    zeros, spaces around a number, empty (unknown) cells, and a count over the bound refused."""
    codes = kz_template.codes
    ids = {c: station_id(kz_template.id, c) for c in ("A", "B", "C")}
    header = ",".join(["station_code", *codes])
    plain = ",".join(["A", *("0123" for _ in codes)])
    spaced = ",".join(["B", " 7 ", *("" for _ in codes[1:])])
    mixed = ",".join(["C", *("5" for _ in codes)])
    path = write(tmp_path / "r.csv", "\n".join([header, plain, spaced, mixed]) + "\n")
    by_id = dict(read_results(path, kz_template, ids))
    assert by_id[ids["A"]] == {c: 123 for c in codes}
    assert by_id[ids["B"]] == {codes[0]: 7, **{c: None for c in codes[1:]}}
    assert by_id[ids["C"]] == {c: 5 for c in codes}
    too_many = ",".join(["A", *(str(csvio.MAX_COUNT + 1) for _ in codes)])
    with pytest.raises(ImportFileError) as caught:
        read_results(write(tmp_path / "big.csv", header + "\n" + too_many + "\n"), kz_template, ids)
    assert "more than any polling station has" in str(caught.value)
