#!/usr/bin/env python3
"""Convert the Russian State Duma 2021 station results into the app's CSV formats.

Input: ``ru-duma-2021-stations.csv.zip`` (see ``tests/data/README.md``), a zip holding one
member, ``2021.csv`` (UTF-8, header row, 96,325 stations, 32 columns):

    column  0       level (always "ЦИК России"; ignored)
    columns 1-4     region, oik, tik, uik
    columns 5-16    protocol lines 1-12
    columns 17-30   votes for the 14 parties, in ballot order
    column  31      url of the source page (ignored)

Output, written into OUT_DIR (UTF-8, header row, ``csv`` module default quoting):

``stations.csv`` -- the station list for ``observer-app stations import``::

    station_code,region,district,address,registered_voters

  * ``station_code`` = region, oik, tik and uik joined by "/", e.g.
    ``Алтайский край/ОИК №39/Алтайская/УИК №592`` (unique across the file; checked);
  * ``region`` = the region column; ``district`` = the tik column (the territorial
    commission); ``address`` = "" (the file has none);
  * ``registered_voters`` = line 1.

``results.csv`` -- the results CSV for ``observer-app protocols import`` or
``official import``, matching ``resources/elections/ru-2021-duma.election.json``::

    station_code, the 12 line codes (columns 5-16), the 14 party codes (columns 17-30)

Usage::

    python scripts/ru2021_to_csv.py [ZIP] OUT_DIR

The module can also be imported (e.g. via importlib from its path) by benchmarks and tests:
``read_rows(zip_path)`` yields one dict per station and ``convert(zip_path, out_dir)`` writes
both files and returns the number of stations. Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import sys
import time
import zipfile
from pathlib import Path
from typing import Iterator

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ZIP = REPO_ROOT / "tests" / "data" / "ru-duma-2021-stations.csv.zip"
MEMBER = "2021.csv"

LINE_CODES = (
    "registered",  # 1 voters on the list at the close of voting
    "received",  # 2 ballots received by the station commission
    "issued_early",  # 3 ballots issued to voters who voted early
    "issued_in_premises",  # 4 ballots issued in the premises on election day
    "issued_outside",  # 5 ballots issued outside the premises on election day
    "cancelled",  # 6 cancelled ballots
    "in_portable_boxes",  # 7 ballots in portable boxes
    "in_stationary_boxes",  # 8 ballots in stationary boxes
    "invalid",  # 9 invalid ballots
    "valid",  # 10 valid ballots
    "lost",  # 11 lost ballots
    "not_accounted",  # 12 ballots not accounted for on receipt
)
CONTESTANT_CODES = (
    "kprf",
    "greens",
    "ldpr",
    "new_people",
    "united_russia",
    "sr_zp",
    "yabloko",
    "growth",
    "rpss",
    "kpkr",
    "civic_platform",
    "green_alternative",
    "rodina",
    "pensioners",
)
VALUE_CODES = LINE_CODES + CONTESTANT_CODES
FIRST_VALUE_COLUMN = 5  # columns 5..30 hold LINE_CODES then CONTESTANT_CODES
N_COLUMNS_MIN = FIRST_VALUE_COLUMN + len(VALUE_CODES)  # 31 (the url column may follow)

STATIONS_HEADER = ("station_code", "region", "district", "address", "registered_voters")
RESULTS_HEADER = ("station_code",) + VALUE_CODES


class ConversionError(Exception):
    """The input file is not what this script expects."""


def read_rows(zip_path: str | Path = DEFAULT_ZIP) -> Iterator[dict]:
    """Yield one dict per station of the zip's ``2021.csv``.

    Keys: ``station_code``, ``region``, ``oik``, ``tik``, ``uik``, then the 12 line codes and
    the 14 contestant codes with ``int`` values. Raises ``ConversionError`` on a malformed row
    (the message names the physical line, header = line 1).
    """
    with zipfile.ZipFile(zip_path) as zf:
        with zf.open(MEMBER) as raw:
            reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
            header = next(reader, None)
            if header is None or len(header) < N_COLUMNS_MIN:
                raise ConversionError(f"{MEMBER}: missing or short header row")
            for lineno, row in enumerate(reader, start=2):
                if len(row) < N_COLUMNS_MIN:
                    raise ConversionError(
                        f"{MEMBER} line {lineno}: {len(row)} columns, expected at least "
                        f"{N_COLUMNS_MIN}"
                    )
                region, oik, tik, uik = row[1], row[2], row[3], row[4]
                rec = {
                    "station_code": "/".join((region, oik, tik, uik)),
                    "region": region,
                    "oik": oik,
                    "tik": tik,
                    "uik": uik,
                }
                try:
                    values = [int(v) for v in row[FIRST_VALUE_COLUMN:N_COLUMNS_MIN]]
                except ValueError as exc:
                    raise ConversionError(f"{MEMBER} line {lineno}: {exc}") from None
                rec.update(zip(VALUE_CODES, values))
                yield rec


def convert(zip_path: str | Path, out_dir: str | Path) -> int:
    """Write ``stations.csv`` and ``results.csv`` into ``out_dir``; return the station count.

    Raises ``ConversionError`` if station codes are not unique (nothing is left half-written:
    the check runs before any file is created).
    """
    rows = list(read_rows(zip_path))
    counts = collections.Counter(r["station_code"] for r in rows)
    dups = {code: n for code, n in counts.items() if n > 1}
    if dups:
        example = next(iter(dups))
        extra = sum(n - 1 for n in dups.values())
        raise ConversionError(
            f"station codes are not unique: {len(dups)} codes occur more than once "
            f"({extra} duplicate rows), e.g. {example!r}"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "stations.csv", "w", encoding="utf-8", newline="") as fs, open(
        out / "results.csv", "w", encoding="utf-8", newline=""
    ) as fr:
        ws, wr = csv.writer(fs), csv.writer(fr)
        ws.writerow(STATIONS_HEADER)
        wr.writerow(RESULTS_HEADER)
        for r in rows:
            code = r["station_code"]
            ws.writerow((code, r["region"], r["tik"], "", r["registered"]))
            wr.writerow([code] + [r[c] for c in VALUE_CODES])
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Convert Russia's 2021 State Duma station results (zip) into the app's "
        "stations.csv and results.csv."
    )
    parser.add_argument(
        "zip_path",
        metavar="ZIP",
        nargs="?",
        default=str(DEFAULT_ZIP),
        help="source zip holding 2021.csv (default: %(default)s)",
    )
    parser.add_argument(
        "out_dir", metavar="OUT_DIR", help="directory to write stations.csv and results.csv into"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        n = convert(args.zip_path, args.out_dir)
    except (ConversionError, OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        print(f"ru2021_to_csv: {exc}", file=sys.stderr)
        return 1
    print(
        f"{n} stations written to {args.out_dir} in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
