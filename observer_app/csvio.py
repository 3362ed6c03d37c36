"""Station lists and results CSV files (design.md): strict reading, whole-file refusal."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterator, Mapping, Sequence, TextIO

from observer_app.domain.records import MAX_COUNT
from observer_app.domain.template import (MAX_TEXT, ElectionTemplate, StationSpec, station_code_problem,
                                          text_too_long)
from observer_app.errors import ImportFileError
from observer_app.messages import QT_TRANSLATE_NOOP, Message

STATION_COLUMNS = ("station_code", "region", "district", "address", "registered_voters")
_MAX_REPORTED = 5
# The longest a physical line may be, and a row (whose quoted cells may span lines): a national
# station list's longest line is about 300 characters. Read as one line, a file without line
# breaks (200 MB of "a,") would take gigabytes of memory before its first row could be refused.
MAX_LINE = 1 << 20  # characters


class _Lines:
    """The file's physical lines, for csv.reader, refusing a line or a row longer than MAX_LINE."""

    def __init__(self, f: TextIO, path: Path):
        self.f = f
        self.path = path
        self.number = 0  # physical lines read
        self.row_start = 1  # the physical line the current row starts on
        self.row_length = 0  # characters of the current row read so far

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        text = self.f.readline(MAX_LINE + 1)
        if not text:
            raise StopIteration
        self.number += 1
        if len(text) > MAX_LINE:
            raise ImportFileError("csv.line_too_long", QT_TRANSLATE_NOOP(
                "Messages", "{path}: line {line} is longer than {most} characters; this is not a "
                "station list or a results file. Nothing was imported."),
                path=str(self.path), line=self.number, most=MAX_LINE)
        self.row_length += len(text)
        if self.row_length > MAX_LINE:
            raise ImportFileError("csv.row_too_long", QT_TRANSLATE_NOOP(
                "Messages", "{path}: the row that starts on line {line} is longer than {most} "
                "characters (a quoted cell runs over many lines); this is not a station list or a "
                "results file. Nothing was imported."),
                path=str(self.path), line=self.row_start, most=MAX_LINE)
        return text

    def next_row(self) -> None:
        self.row_start = self.number + 1
        self.row_length = 0


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(physical line number, cells) for every record; the header is line 1."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            lines = _Lines(f, path)
            reader = csv.reader(lines, strict=True)
            line = 1
            try:
                for cells in reader:
                    yield line, cells
                    line = reader.line_num + 1
                    lines.next_row()
            except csv.Error as exc:
                raise ImportFileError("csv.malformed", QT_TRANSLATE_NOOP(
                    "Messages", "{path}: line {line}: malformed CSV ({detail}); nothing was imported."),
                    path=str(path), line=line, detail=str(exc)) from exc
            except UnicodeDecodeError as exc:
                raise ImportFileError("csv.not_utf8", QT_TRANSLATE_NOOP(
                    "Messages", "{path}: not UTF-8 text (near line {line}); save it as UTF-8 and try "
                    "again. Nothing was imported."), path=str(path), line=line) from exc
    except OSError as exc:
        raise ImportFileError("csv.unreadable", QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}."),
                              path=str(path), reason=str(exc.strerror or exc)) from exc


# A database knows the stations loaded into it: a coordinator's, after a merge, only those that
# observers covered; an official results file lists them all (read_results' unknown_station_hint).
LOAD_STATIONS_FIRST = Message("csv.load_stations_first", QT_TRANSLATE_NOOP(
    "Messages", "A database knows only the stations loaded into it (a coordinator's, after a merge, "
    "only those observers covered): load the election file into it first (File → Load election "
    "file… in the coordinator window, or 'observer-app election load FILE.election.json --db ...')."))


class _Errors:
    """Collects row errors so one message names the first few and counts the rest."""

    def __init__(self, path: Path):
        self.path = path
        self.items: list[Message] = []  # the first _MAX_REPORTED
        self.count = 0  # all of them (a hostile file may have millions)
        self.hint: Message | None = None  # what to do, said once after the problems

    def add(self, line: int, problem: Message) -> None:
        self.count += 1
        if len(self.items) < _MAX_REPORTED:
            self.items.append(Message("csv.at_line", QT_TRANSLATE_NOOP("Messages", "line {line}: {problem}"),
                                      {"line": line, "problem": problem}))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = tuple(self.items)
        more = self.count - len(shown)
        if more > 0:
            refusal = Message("csv.refused_more", QT_TRANSLATE_NOOP(
                "Messages", "{path}: {problems} (and %n more). Nothing from this file was imported.", None, 1),
                {"path": str(self.path), "problems": shown, "n": more})
        else:
            refusal = Message("csv.refused", QT_TRANSLATE_NOOP(
                "Messages", "{path}: {problems}. Nothing from this file was imported."),
                {"path": str(self.path), "problems": shown})
        if self.hint is None:
            raise ImportFileError(refusal)
        raise ImportFileError("csv.refused_with_hint", QT_TRANSLATE_NOOP(
            "Messages", "{refusal} {hint}"), refusal=refusal, hint=self.hint)


def _header(path: Path, rows: Iterator[tuple[int, list[str]]], allowed: Sequence[str],
            required: Sequence[str]) -> dict[str, int]:
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError("csv.empty", QT_TRANSLATE_NOOP(
            "Messages", "{path}: the file is empty; it needs a header row."), path=str(path)) from None
    names = [h.strip() for h in header]
    index: dict[str, int] = {}
    allowed_set = set(allowed)
    if any(";" in name for name in names if name not in allowed_set):
        # what Excel saves as "CSV" where the decimal mark is a comma (ru, kk locales)
        raise ImportFileError("csv.semicolons", QT_TRANSLATE_NOOP(
            "Messages", "{path}: line 1: the columns are separated by semicolons, but the file must "
            "be comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”."), path=str(path))
    if any("\t" in name for name in names if name not in allowed_set):
        raise ImportFileError("csv.tabs", QT_TRANSLATE_NOOP(
            "Messages", "{path}: line 1: the columns are separated by tabs, but the file must be "
            "comma-separated; in Excel, save it as “CSV UTF-8 (Comma delimited)”."), path=str(path))
    for i, name in enumerate(names):
        if name in index:
            raise ImportFileError("csv.column_twice", QT_TRANSLATE_NOOP(
                "Messages", "{path}: line 1: column “{column}” appears twice."), path=str(path), column=name)
        if name not in allowed_set:
            raise ImportFileError("csv.unknown_column", QT_TRANSLATE_NOOP(
                "Messages", "{path}: line 1: unknown column “{column}” (expected {expected})."),
                path=str(path), column=name, expected=", ".join(allowed))
        index[name] = i
    for name in required:
        if name not in index:
            raise ImportFileError("csv.missing_column", QT_TRANSLATE_NOOP(
                "Messages", "{path}: line 1: missing column “{column}”."), path=str(path), column=name)
    return index


class _Grouped(ValueError):
    """A count written with thousands separators: "1 100", "1\u00a0100", "1,100"."""


_SPACED = re.compile(r"\d+(?:\s+\d+)+")  # any spaces, the non-breaking ones included
_GROUPED = re.compile(r"\d{1,3}(?:[,.'’]\d{3})+")


def _count(text: str) -> int | None:
    """A cell as a count: empty is unknown (None); raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        if _SPACED.fullmatch(text) or _GROUPED.fullmatch(text):
            raise _Grouped(text)
        raise ValueError(text)
    value = int(text)
    if value > MAX_COUNT:
        raise OverflowError(text)
    return value


def _count_problem(column: str, text: str, exc: Exception) -> Message:
    if isinstance(exc, OverflowError):
        return Message("csv.count_too_large", QT_TRANSLATE_NOOP(
            "Messages", "{column} = {value} is more than any polling station has (at most {most})"),
            {"column": column, "value": text.strip(), "most": MAX_COUNT})
    if isinstance(exc, _Grouped):
        return Message("csv.grouped_count", QT_TRANSLATE_NOOP(
            "Messages", "{column} must be a whole number written without spaces or separators, "
            "not “{value}”"), {"column": column, "value": text.strip()})
    return Message("csv.not_a_count", QT_TRANSLATE_NOOP(
        "Messages", "{column} must be a whole number of 0 or more, not “{value}”"),
        {"column": column, "value": text.strip()})


def _cell_count(cells: int, width: int) -> Message:
    return Message("csv.cell_count", QT_TRANSLATE_NOOP("Messages", "%n cell(s) where the header has {width}", None, 1),
                   {"n": cells, "width": width})


_EMPTY_CODE = Message("csv.empty_station_code", QT_TRANSLATE_NOOP("Messages", "the station code is empty"))


def _station_again(code: str, first: int) -> Message:
    return Message("csv.station_again", QT_TRANSLATE_NOOP(
        "Messages", "station “{code}” already appears on line {first}"), {"code": code, "first": first})


_TEXT_COLUMNS = ("region", "district", "address")


def _texts_problem(texts: Mapping[str, str]) -> Message:
    """The first of a station's region, district and address that is too long (one is)."""
    for column, text in texts.items():
        problem = text_too_long(text)
        if problem is not None:
            break
    return Message("csv.column_problem", QT_TRANSLATE_NOOP("Messages", "{column}: {problem}"),
                   {"column": column, "problem": problem})


def read_stations(path: str | Path) -> list[StationSpec]:
    """A commission's station list: station_code, region, district, address, registered_voters."""
    path = Path(path)
    rows = _rows(path)
    index = _header(path, rows, STATION_COLUMNS, ("station_code",))
    errors = _Errors(path)
    seen: dict[str, int] = {}
    specs: list[StationSpec] = []
    width = len(index)
    text_columns = [(key, index.get(key)) for key in _TEXT_COLUMNS]
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != width:
            errors.add(line, _cell_count(len(cells), width))
            continue
        code = cells[index["station_code"]].strip()
        if not code:
            errors.add(line, _EMPTY_CODE)
            continue
        problem = station_code_problem(code)
        if problem is not None:
            errors.add(line, problem)
            continue
        if code in seen:
            errors.add(line, _station_again(code, seen[code]))
            continue
        seen[code] = line
        texts = {key: cells[i].strip() if i is not None else "" for key, i in text_columns}
        if max(map(len, texts.values())) > MAX_TEXT:
            errors.add(line, _texts_problem(texts))
            continue
        registered = None
        if "registered_voters" in index:
            text = cells[index["registered_voters"]]
            try:
                registered = _count(text)
            except (ValueError, OverflowError) as exc:
                errors.add(line, _count_problem("registered_voters", text, exc))
                continue
        specs.append(StationSpec(code=code, registered_voters=registered, **texts))
    errors.raise_if_any()
    return specs


def read_results(path: str | Path, template: ElectionTemplate, station_ids: Mapping[str, str], *,
                 unknown_station_hint: Message | None = None) -> list[tuple[str, dict[str, int | None]]]:
    """A results CSV: station_code, then line and contestant codes by name, in any order.

    Returns (station id, values) per row. Any bad row refuses the whole file; when a station is
    unknown, unknown_station_hint (if given) follows the problems.
    """
    path = Path(path)
    rows = _rows(path)
    codes = template.codes
    index = _header(path, rows, ["station_code", *codes], ("station_code",))
    columns = [(code, index[code]) for code in codes if code in index]
    names = [code for code, _i in columns]
    station_col = index["station_code"]
    width = len(index)
    errors = _Errors(path)
    seen: dict[str, int] = {}
    out: list[tuple[str, dict[str, int | None]]] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # blank lines and spreadsheets' trailing ",,,," rows
        if len(cells) != width:
            errors.add(line, _cell_count(len(cells), width))
            continue
        code = cells[station_col].strip()
        sid = station_ids.get(code)
        if sid is None:
            errors.add(line, _EMPTY_CODE if not code else Message("csv.unknown_station", QT_TRANSLATE_NOOP(
                "Messages", "unknown station “{code}”"), {"code": code}))
            if code:
                errors.hint = unknown_station_hint
            continue
        if code in seen:
            errors.add(line, _station_again(code, seen[code]))
            continue
        seen[code] = line
        picked = [cells[i] for _column, i in columns]
        # Nearly every row of a results file holds plain digits only: one join tells, and the
        # row is converted without a call per cell (2.6 M cells in a national file); any other
        # row goes through _count, which says what is wrong with which cell.
        joined = "".join(picked)
        if joined.isdigit() and joined.isascii() and all(picked):
            values = dict(zip(names, map(int, picked)))
            if max(values.values(), default=0) <= MAX_COUNT:
                out.append((sid, values))
                continue
        values = {}
        for column, i in columns:
            try:
                values[column] = _count(cells[i])
            except (ValueError, OverflowError) as exc:
                errors.add(line, _count_problem(column, cells[i], exc))
                break
        else:
            out.append((sid, values))
    errors.raise_if_any()
    return out


def write_results(out: TextIO, template: ElectionTemplate,
                  rows: Sequence[tuple[str, Mapping[str, int | None]]]) -> None:
    """Writes (station code, values) rows as a results CSV in the template's column order."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["station_code", *template.codes])
    for code, values in rows:
        writer.writerow([code, *("" if values.get(c) is None else values[c] for c in template.codes)])


def results_header(template: ElectionTemplate) -> str:
    buffer = io.StringIO()
    write_results(buffer, template, [])
    return buffer.getvalue()


SAMPLE_COLUMNS = ("station_code", "stratum", "weight")
MAX_WEIGHT = 1_000_000.0  # a stratum of a million stations for each one sampled: no election has more


def read_sample(path: str | Path):
    """A PVT sample (`sample draw`'s CSV: station_code, stratum, weight), checked as any file
    from outside: every column there, a code at most once, a weight of at least 1."""
    from observer_app.analysis.sample import SampledStation

    path = Path(path)
    rows = _rows(path)
    index = _header(path, rows, SAMPLE_COLUMNS, SAMPLE_COLUMNS)
    errors = _Errors(path)
    seen: dict[str, int] = {}
    found = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(index):
            errors.add(line, _cell_count(len(cells), len(index)))
            continue
        code = cells[index["station_code"]].strip()
        problem = station_code_problem(code) if code else _EMPTY_CODE
        if problem is not None:
            errors.add(line, problem)
            continue
        if code in seen:
            errors.add(line, _station_again(code, seen[code]))
            continue
        seen[code] = line
        stratum = cells[index["stratum"]].strip()
        if not stratum or len(stratum) > MAX_TEXT:
            errors.add(line, Message("csv.sample_stratum", QT_TRANSLATE_NOOP(
                "Messages", "the stratum is empty or longer than {most} characters"), {"most": MAX_TEXT}))
            continue
        text = cells[index["weight"]].strip()
        try:
            weight = float(text)
        except ValueError:
            weight = float("nan")
        if not 1.0 <= weight <= MAX_WEIGHT:  # NaN fails too
            errors.add(line, Message("csv.sample_weight", QT_TRANSLATE_NOOP(
                "Messages", "the weight “{value}” is not a number from 1 to {most}"),
                {"value": text[:40], "most": int(MAX_WEIGHT)}))
            continue
        found.append(SampledStation(code, stratum, weight))
    errors.raise_if_any()
    if not found:
        raise ImportFileError("csv.sample_empty", QT_TRANSLATE_NOOP(
            "Messages", "{path}: the sample lists no station."), path=str(path))
    return found


def write_sample(out: TextIO, stations) -> None:
    """The sample as `analyse pvt` reads it (the weight with enough digits to give N_h back)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SAMPLE_COLUMNS)
    for s in stations:
        writer.writerow([s.code, s.stratum, repr(float(s.weight))])
