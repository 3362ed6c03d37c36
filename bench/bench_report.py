#!/usr/bin/env python3
"""Benchmark: the coordinator's report of a national election (Russia 2021, 96,325 stations).

Run from the repository root:  .venv/bin/python bench/bench_report.py [--repeat N]

1. A coordinator database with the Russian 2021 election, its 96,325 stations and their
   official results (scripts/ru2021_to_csv.py, then the app's own imports), in a temporary
   folder.
2. Timed, each --repeat times (median, min in brackets), as `observer-app report` runs them:
   report.build (the station reports, read from the database), report.aggregates (regions and
   the country), report.csv_text and report.xlsx_bytes; the analysis the report PDF ends with
   (report_analysis.overview_of: the arrays read from the database, the paired comparison and
   the forensics) and report_pdf.pdf_bytes without and with that section.
3. Baselines in the same run, on the same rows: for the CSV, the csv module writing the rows
   build() produced; for the XLSX, openpyxl's default (not write-only) workbook with the same
   cells, i.e. what xlsx_bytes did before it streamed its rows.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import inspect
import io
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from observer_app import report  # noqa: E402
from observer_app.csvio import read_results, read_stations  # noqa: E402
from observer_app.domain.template import load_template  # noqa: E402
from observer_app.storage.store import Store  # noqa: E402

ZIP = ROOT / "tests" / "data" / "ru-duma-2021-stations.csv.zip"
RU_FILE = ROOT / "resources" / "elections" / "ru-2021-duma.election.json"


def coordinator_database(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("ru2021_to_csv", ROOT / "scripts" / "ru2021_to_csv.py")
    convert = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(convert)
    convert.main([str(ZIP), str(folder / "csv")])
    db = folder / "coordinator.sqlite"
    with Store.open(db) as store:
        template = load_template(RU_FILE)
        store.load_election(template)
        store.upsert_stations(read_stations(folder / "csv" / "stations.csv"))
        store.import_official(read_results(folder / "csv" / "results.csv", template,
                                           store.station_ids_by_code()), "results.csv")
    return db


def timed(repeat: int, fn):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), result


def plain_csv(template, reports) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(report.csv_header(template))
    for rep in reports:
        for row in rep.rows:
            writer.writerow([row.station_code, row.region, row.source, row.observer_id, row.signer,
                             row.verified, *(row.values.get(c) for c in template.codes), ";".join(row.flags)])
    return out.getvalue()


def default_mode_xlsx(template, reports) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(report.stations_header(template, "en"))
    for rep in reports:
        for row in rep.rows:
            sheet.append([row.station_code, row.region, row.source, row.observer_id, row.signer,
                          row.verified, *(row.values.get(c) for c in template.codes), ";".join(row.flags)])
    header, rows = report.area_rows(template, report.aggregates(template, reports))
    regions = book.create_sheet("Regions")
    for row in [header, *rows]:
        regions.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_only_stations_xlsx(template, reports) -> bytes:
    """Issue 15's baseline: a bare openpyxl write-only workbook holding just the Stations cells."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Stations")
    sheet.append(report.csv_header(template))
    for rep in reports:
        for row in rep.rows:
            sheet.append([row.station_code, row.region, row.source, row.observer_id, row.signer,
                          row.verified, *(row.values.get(c) for c in template.codes), ";".join(row.flags)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pdf", dest="pdf", action="store_false",
                        help="leave out the report PDF and its analysis section")
    args = parser.parse_args()
    print(f"{platform.platform()}, Python {platform.python_version()}, repeat {args.repeat}")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        db = coordinator_database(Path(tmp))
        print(f"setup (convert + import 96,325 stations and official results): "
              f"{time.perf_counter() - start:.1f} s, not part of the figures")
        with Store.open(db) as store:
            med, low, (template, reports) = timed(args.repeat, lambda: report.build(store))
        rows = sum(len(r.rows) for r in reports)
        print(f"report.build:        {med:6.2f} s  (min {low:.2f})  {len(reports):,} stations, {rows:,} rows")
        med, low, areas = timed(args.repeat, lambda: report.aggregates(template, reports))
        print(f"report.aggregates:   {med:6.2f} s  (min {low:.2f})  {len(areas)} areas")
        med, low, text = timed(args.repeat, lambda: report.csv_text(template, reports))
        base, base_low, plain = timed(args.repeat, lambda: plain_csv(template, reports))
        print(f"report.csv_text:     {med:6.2f} s  (min {low:.2f})  vs csv module {base:.2f} s: "
              f"{med / base:.2f}x  ({len(text) / 2**20:.1f} MiB)")
        # the whole workbook, as `report --out r.xlsx` writes it: with its database, the
        # Obstructions and Analysis sheets (the analysis computed inside) and the README
        with Store.open(db) as store:
            whole = "store" in inspect.signature(report.xlsx_bytes).parameters
            med, low, data = timed(args.repeat, lambda: report.xlsx_bytes(
                template, reports, **({"store": store} if whole else {})))
        bare, bare_low, _ = timed(args.repeat, lambda: write_only_stations_xlsx(template, reports))
        base, base_low, _ = timed(args.repeat, lambda: default_mode_xlsx(template, reports))
        print(f"report.xlsx_bytes:   {med:6.2f} s  (min {low:.2f})  vs a bare write-only Stations sheet "
              f"{bare:.2f} s: {med / bare:.2f}x; vs openpyxl default mode {base:.2f} s: "
              f"{med / base:.2f}x  ({len(data) / 2**20:.1f} MiB)")
        if args.pdf:
            from observer_app.export.report_analysis import overview_of
            from observer_app.export.report_pdf import pdf_bytes

            with Store.open(db) as store:
                med, low, overview = timed(args.repeat, lambda: overview_of(store))
            print(f"analysis (overview): {med:6.2f} s  (min {low:.2f})  load_arrays + compare + forensics")
            base, base_low, plain = timed(args.repeat, lambda: pdf_bytes(template, reports, lang="ru"))
            med, low, data = timed(args.repeat, lambda: pdf_bytes(template, reports, lang="ru", analysis=overview))
            print(f"report PDF (ru):     {base:6.2f} s  (min {base_low:.2f})  {len(plain) / 2**20:.1f} MiB; with the "
                  f"analysis section {med:.2f} s (min {low:.2f}), {len(data) / 2**20:.1f} MiB: the section adds "
                  f"{med - base:.2f} s to draw, {len(data) - len(plain):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
