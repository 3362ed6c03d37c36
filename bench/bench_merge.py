#!/usr/bin/env python3
"""Benchmark: the coordinator merges the signed bundles of a whole national election.

Run from the repository root:
    .venv/bin/python bench/bench_merge.py [--bundles N] [--cache DIR] [--regenerate] [--profile]

1. A synthetic national election, built in code: the lines, parties and control relations of
   resources/elections/kz-2021-majilis.election.json under the id "bench-national", with
   max(N, 10,000) generated stations in Kazakhstan's 17 regions.
2. Generation (not part of the target, timed apart, cached): N observer databases, each a copy
   of one template database that holds the election row, then one station of the election, a
   final protocol that passes every control relation, 8 to 12 turnout tallies and, for about a
   quarter of the observers, one obstruction (started and ended). Each observer's certificate is
   issued by one bench CA (subject UID = the store's observer id; issue_identity's certificate,
   without the PKCS#12 file, whose 100,000 KDF rounds would dominate generation), and the
   database is exported with export_bundle. Two processes (multiprocessing.Pool(2)). The
   bundles are kept in --cache (default: a folder with a '#' in its name under the system temp
   folder, keyed by N and by what the bundles depend on), so a rerun skips generation.
3. Measured in the same run, on the same files, each on a fresh coordinator database made by
   Store.open (WAL, synchronous=FULL, foreign keys; the working folder's name has a '#' too):
   - full: merge_bundles(store, files, trust=[CA PEM]) with its default process pool, i.e.
     every bundle verified (zip, hashes, CMS signature, certificate chain, SQLite integrity,
     schema, observer ids, row counts, stations) and merged by the merge rules;
   - again: merge_bundles on the same files into the same database (all "already merged");
   - raw baseline: one process, no verification: data.sqlite read out of each zip (zipfile)
     into a file, ATTACHed read-only (a Path.as_uri() URI), INSERT INTO the coordinator's tables
     SELECT the same rows (election once, observers, the stations referenced, visits, protocols,
     obstructions, turnout tallies and announcements, incidents, photos), committed and DETACHed
     every 9 attachments (SQLite attaches at most 10 databases and cannot DETACH inside a
     transaction).
   Memory: the merging process's RSS (VmRSS) after 10%, 50% and 100% of the bundles (progress
   callback), and the largest peak RSS (VmHWM) of the pool's worker processes, sampled while
   they run. CPU: the writer's (this process) and the workers' (children, after the pool ends),
   and how busy the whole machine was (/proc/stat), to see other processes' load.
   --profile also runs one more full merge with cProfile on the writer and each worker task
   timed (slower; not the headline figure), and cProfile of verification in-process.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import multiprocessing
import os
import platform
import pstats
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

from observer_app import __version__  # noqa: E402
from observer_app import identity as ident  # noqa: E402
from observer_app.bundle import (FORMAT_VERSION, SMALL_PAGE_SIZE, TINY_PAGE_SIZE,  # noqa: E402
                                 export_bundle)
from observer_app.storage.schema import SCHEMA_VERSION  # noqa: E402
from observer_app.domain import records as rec  # noqa: E402
from observer_app.domain.template import StationSpec, parse_template, station_id  # noqa: E402
from observer_app.merge import merge_bundles  # noqa: E402
from observer_app.storage.store import Store  # noqa: E402

KZ_FILE = ROOT / "resources" / "elections" / "kz-2021-majilis.election.json"
ELECTION_ID = "bench-national"
CA_PASS = "bench-ca-passphrase"
ORG = "Erkindik Kanaty"
MIN_STATIONS = 10_000
GENERATOR = 1  # bump when the synthetic data changes
# Kazakhstan in 2021: 14 regions and 3 cities of republican significance.
REGIONS = (
    ("AKM", "Акмолинская область"), ("AKT", "Актюбинская область"),
    ("ALM", "Алматинская область"), ("ATY", "Атырауская область"),
    ("VKO", "Восточно-Казахстанская область"), ("ZHA", "Жамбылская область"),
    ("ZKO", "Западно-Казахстанская область"), ("KAR", "Карагандинская область"),
    ("KOS", "Костанайская область"), ("KZO", "Кызылординская область"),
    ("MAN", "Мангистауская область"), ("PAV", "Павлодарская область"),
    ("SKO", "Северо-Казахстанская область"), ("TUR", "Туркестанская область"),
    ("ALA", "г. Алматы"), ("NUR", "г. Нур-Султан"), ("SHY", "г. Шымкент"),
)
# The tables a bundle brings to the coordinator, in foreign-key order.
RAW_TABLES = ("observers", "stations", "visits", "protocols", "obstructions", "turnout_tallies",
              "turnout_announcements", "incidents", "photos")
OWNED = ("visits", "protocols", "obstructions", "turnout_tallies", "turnout_announcements",
         "incidents")


# ---------------------------------------------------------------------------------------------
# The synthetic election


def station_spec(i: int) -> StationSpec:
    abbr, region = REGIONS[i % len(REGIONS)]
    n = i // len(REGIONS) + 1
    rng = random.Random(f"station-{i}")
    return StationSpec(code=f"{abbr}-{n:04d}", region=region, district=f"{region}, округ {n % 23 + 1}",
                       address=f"{region}, ул. Абая, {n}, школа №{n % 97 + 1}",
                       registered_voters=rng.randint(600, 3200))


def election_dict(stations: int) -> dict:
    base = json.loads(KZ_FILE.read_text(encoding="utf-8"))
    data = {k: base[k] for k in ("format_version", "name", "date", "threshold_percent", "seats",
                                 "lines", "contestants", "relations")}
    data["id"] = ELECTION_ID
    data["stations"] = [
        {"code": s.code, "region": s.region, "district": s.district, "address": s.address,
         "registered_voters": s.registered_voters}
        for s in map(station_spec, range(stations))]
    return data


def protocol_values(rng: random.Random, registered: int, parties: list[str]) -> dict[str, int]:
    """Values that pass the Kazakh relations: 2 = 3 + 4; 5 <= 3; 5 = 6 + 7; 7 = sum; 3 <= 1."""
    issued = int(registered * rng.uniform(0.35, 0.8))
    cancelled = rng.randint(5, 150)
    in_boxes = issued - rng.randint(0, 3)
    invalid = rng.randint(0, 25)
    valid = in_boxes - invalid
    weights = [rng.random() + (2.5 if k == 0 else 0.1) for k in range(len(parties))]
    shares = [int(valid * w / sum(weights)) for w in weights]
    shares[0] += valid - sum(shares)
    return {"registered": registered, "received": issued + cancelled, "issued": issued,
            "cancelled": cancelled, "in_boxes": in_boxes, "invalid": invalid, "valid": valid,
            **dict(zip(parties, shares))}


def at(hour: int, minute: int, second: int = 0) -> str:
    return f"2021-01-10T{hour:02d}:{minute:02d}:{second:02d}.000+00:00"


# ---------------------------------------------------------------------------------------------
# Generation (two processes)

_GEN: dict = {}


def _gen_init(ca_dir: str, template_db: str, work: str, parties: list[str]) -> None:
    _GEN.update(ca=ident.load_ca(ca_dir, CA_PASS), template_db=template_db, work=Path(work),
                parties=parties)


def _make_identity(ca: ident.CertificateAuthority, observer_id: str, name: str) -> ident.Identity:
    """issue_identity's key and certificate, without writing the PKCS#12 file."""
    key = ec.generate_private_key(ident.CURVE())
    cert = ident._observer_certificate(ident._observer_subject(name, ORG, observer_id),
                                       key.public_key(), ca.certificate.subject, ca.key,
                                       ident._utcnow())
    return ident.Identity(key=key, certificate=cert, chain=[ca.certificate],
                          observer_id=observer_id, name=name, organisation=ORG)


def _make_bundle(i: int, out: Path) -> None:
    spec = station_spec(i)
    db = _GEN["work"] / f"observer-{os.getpid()}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(_GEN["template_db"], db)
    rng = random.Random(f"observer-{i}")
    store = Store.open(db)
    try:
        store.db.execute("PRAGMA synchronous = OFF")  # synthetic data need not survive a power cut
        name = f"Наблюдатель {i + 1}"
        with store.db.atomic():
            store.update_observer(full_name=name, organisation=ORG, contact=f"+7 701 {i:07d}")
            store.upsert_stations([spec], election_id=ELECTION_ID)
            sid = station_id(ELECTION_ID, spec.code)
            store.set_visit_time(sid, "arrived_at", at(6, 40 + rng.randrange(15)))
            for _ in range(rng.randint(8, 12)):
                store.add_tally(sid, at(rng.randint(7, 19), rng.randrange(60), rng.randrange(60)))
            if rng.random() < 0.25:
                event = store.start_obstruction(
                    sid, "photo_forbidden", at(20, 5 + rng.randrange(20)), stage="counting",
                    ordered_by="А. Серикова", ordered_by_position="Председатель УИК",
                    stated_reason="фотосъёмка запрещена")
                store.end_obstruction(event, at(20, 50))
            store.save_protocol(sid, values=protocol_values(rng, spec.registered_voters,
                                                            _GEN["parties"]),
                                source="certified_copy", status="final", recorded_at=at(22, 15))
        export_bundle(store, out / f"{spec.code}.obsx",
                      _make_identity(_GEN["ca"], store.observer_id, name))
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)


def _gen_chunk(job: tuple[list[int], str]) -> int:
    indices, out = job
    for i in indices:
        _make_bundle(i, Path(out))
    return len(indices)


def cache_key(n: int) -> dict:
    """What the cached bundles depend on: a change regenerates them."""
    return {"bundles": n, "generator": GENERATOR, "app": __version__, "schema": SCHEMA_VERSION,
            "format": FORMAT_VERSION, "pages": [TINY_PAGE_SIZE, SMALL_PAGE_SIZE]}


def generate(n: int, cache: Path, regenerate: bool = False) -> tuple[list[Path], bytes, float | None]:
    """The bundles (made now or found in the cache), the CA certificate PEM, generation time."""
    bundles_dir, ca_dir, marker = cache / "bundles", cache / "ca", cache / "complete.json"
    if marker.is_file() and not regenerate:
        info = json.loads(marker.read_text())
        files = sorted(bundles_dir.glob("*.obsx"))
        if {k: v for k, v in info.items() if k != "seconds"} == cache_key(n) and len(files) == n:
            return files, (ca_dir / ident.CA_CERT_FILE).read_bytes(), None
    if cache.exists():
        shutil.rmtree(cache)
    bundles_dir.mkdir(parents=True)
    work = cache / "gen-work"
    work.mkdir()
    t0 = time.perf_counter()
    ident.create_ca(ca_dir, CA_PASS, name="Bench observers CA", org=ORG)
    template = parse_template(election_dict(max(n, MIN_STATIONS)), "bench-national")
    template_db = work / "template.sqlite"
    with Store.open(template_db) as store:  # the election row only: no observer, no station yet
        store.insert(rec.Election(id=template.id, name=template.name, date=template.date,
                                  template_json=json.dumps(template.to_json(), ensure_ascii=False,
                                                           indent=1)))
    chunk = 50
    jobs = [(list(range(k, min(k + chunk, n))), str(bundles_dir)) for k in range(0, n, chunk)]
    done = 0
    next_report = 0.1
    with multiprocessing.get_context("spawn").Pool(
            2, initializer=_gen_init,
            initargs=(str(ca_dir), str(template_db), str(work), template.contestant_codes)) as pool:
        for count in pool.imap_unordered(_gen_chunk, jobs):
            done += count
            if done >= next_report * n:
                print(f"  generated {done}/{n} bundles ({time.perf_counter() - t0:.0f} s)",
                      flush=True)
                next_report += 0.1
    elapsed = time.perf_counter() - t0
    shutil.rmtree(work)
    marker.write_text(json.dumps(cache_key(n) | {"seconds": round(elapsed, 1)}))
    return sorted(bundles_dir.glob("*.obsx")), (ca_dir / ident.CA_CERT_FILE).read_bytes(), elapsed


# ---------------------------------------------------------------------------------------------
# Memory


def _status_kib(pid: str | int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def rss_mib() -> float:
    kib = _status_kib("self", "VmRSS")
    if not kib:  # not Linux: the high-water mark is the best there is
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024


def children_peak_mib() -> float:
    """The largest VmHWM (peak RSS) among this process's live children."""
    peak = 0
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as f:
                for pid in f.read().split():
                    peak = max(peak, _status_kib(pid, "VmHWM"))
    except OSError:
        pass
    return peak / 1024


def cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far (/proc/stat; zeros elsewhere)."""
    try:
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values) - idle) / tick, sum(values) / tick


def others_share(before: tuple[float, float], after: tuple[float, float], ours: float) -> str:
    """How much of the machine other processes used during a measurement."""
    busy, total = after[0] - before[0], after[1] - before[1]
    if total <= 0:
        return ""
    cpus = os.cpu_count() or 1
    other = max(0.0, busy - ours)
    return (f"machine busy {100 * busy / total:.0f}% of {cpus} CPUs; other processes "
            f"{other:.1f} CPU s ({100 * other / total:.0f}%)")


# ---------------------------------------------------------------------------------------------
# The measurements


class Progress:
    """merge_bundles' progress callback: counts and memory samples at 10%, 50% and 100%."""

    def __init__(self, total: int):
        self.total = total
        self.marks = {max(1, math.ceil(total * p / 100)): p for p in (10, 50, 100)}
        self.rss: list[tuple[int, float]] = []
        self.workers_peak = 0.0
        self.statuses: dict[str, int] = {}
        self.first_reason = ""

    def __call__(self, done: int, total: int, check, status: str) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status == "rejected" and not self.first_reason:
            self.first_reason = f"{check.path}: {check.reasons[-1] if check.reasons else '?'}"
        if done in self.marks:
            self.rss.append((self.marks[done], rss_mib()))
        if done % 200 == 0 or done in self.marks:
            self.workers_peak = max(self.workers_peak, children_peak_mib())


def full_merge(files: list[Path], trust: bytes, db: Path, profile: cProfile.Profile | None = None):
    progress = Progress(len(files))
    store = Store.open(db, kind="coordinator")
    try:
        before = rss_mib()
        cpu_self, cpu_children = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
        machine_before = machine_cpu()
        t0 = time.perf_counter()
        if profile:
            profile.enable()
        result = merge_bundles(store, files, [trust], progress=progress)
        if profile:
            profile.disable()
        elapsed = time.perf_counter() - t0
        writer_cpu = cpu(resource.RUSAGE_SELF) - cpu_self
        workers_cpu = cpu(resource.RUSAGE_CHILDREN) - cpu_children
        load = others_share(machine_before, machine_cpu(), writer_cpu + workers_cpu)
        after = rss_mib()
    finally:
        store.close()
    return result, elapsed, progress, before, after, writer_cpu, workers_cpu, load


def again_merge(files: list[Path], trust: bytes, db: Path):
    progress = Progress(len(files))
    with Store.open(db, kind="coordinator") as store:
        t0 = time.perf_counter()
        result = merge_bundles(store, files, [trust], progress=progress)
        return result, time.perf_counter() - t0


def raw_baseline(files: list[Path], db: Path, work: Path) -> tuple[float, dict[str, float]]:
    """ATTACH + INSERT ... SELECT of the same rows, without any verification; (seconds, seconds
    per phase)."""
    Store.open(db, kind="coordinator").close()  # a fresh coordinator database: the same schema, indexes and pragmas
    conn = sqlite3.connect(db.as_uri(), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        columns = {t: [row[1] for row in conn.execute(f"PRAGMA table_info([{t}])")
                       if row[1] != "bundle_sha256"] for t in ("election",) + RAW_TABLES}

        def copy(table: str, schema: str, where: str = "", verb: str = "INSERT") -> str:
            cols = ", ".join(f"[{c}]" for c in columns[table])
            return f"{verb} INTO main.[{table}] ({cols}) SELECT {cols} FROM {schema}.[{table}]{where}"

        referenced = " WHERE id IN (" + " UNION ".join(
            f"SELECT station_id FROM {{s}}.[{t}]" for t in OWNED) + ")"
        statements = [copy("observers", "{s}", verb="INSERT OR IGNORE"),
                      copy("stations", "{s}", referenced, verb="INSERT OR IGNORE")]
        statements += [copy(t, "{s}") for t in RAW_TABLES[2:]]
        slots = [work / f"attached-{k} #.sqlite" for k in range(9)]
        phases = dict.fromkeys(("unzip + write", "attach", "insert", "commit", "detach"), 0.0)
        clock = time.perf_counter
        t0 = clock()
        first = True
        for g in range(0, len(files), 9):
            group = files[g:g + 9]
            for k, path in enumerate(group):
                t = clock()
                with zipfile.ZipFile(path) as zf:
                    slots[k].write_bytes(zf.read("data.sqlite"))
                t1 = clock()
                conn.execute("ATTACH DATABASE ? AS ?", [slots[k].as_uri() + "?mode=ro", f"b{k}"])
                t2 = clock()
                phases["unzip + write"] += t1 - t
                phases["attach"] += t2 - t1
            t = clock()
            conn.execute("BEGIN")
            for k in range(len(group)):
                if first:
                    conn.execute(copy("election", f"b{k}", verb="INSERT OR IGNORE"))
                    first = False
                for sql in statements:
                    conn.execute(sql.replace("{s}", f"b{k}"))
            t1 = clock()
            conn.execute("COMMIT")
            t2 = clock()
            for k in range(len(group)):
                conn.execute(f"DETACH DATABASE b{k}")
            phases["insert"] += t1 - t
            phases["commit"] += t2 - t1
            phases["detach"] += clock() - t2
        elapsed = clock() - t0
    finally:
        conn.close()
    for slot in slots:
        slot.unlink(missing_ok=True)
    return elapsed, phases


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db.as_uri() + "?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                for t in ("election",) + RAW_TABLES}
    finally:
        conn.close()


def timed_load_bundles(paths, trust):
    """merge.load_bundles, timed (runs in the pool's workers; --profile only)."""
    from observer_app.merge import load_bundle
    wall, processor = time.perf_counter(), time.process_time()
    payloads = [load_bundle(path, trust) for path in paths]
    wall, processor = time.perf_counter() - wall, time.process_time() - processor
    with open(Path(os.environ["BENCH_MERGE_TASK_TIMES"]) / str(os.getpid()), "a") as f:
        f.write(f"{len(paths)} {wall:.6f} {processor:.6f}\n")
    return payloads


def print_task_times(folder: Path) -> None:
    rows = [tuple(map(float, line.split())) for path in folder.iterdir()
            for line in path.read_text().splitlines()]
    if not rows:
        return
    per_bundle = sorted(cpu_s / n for n, _, cpu_s in rows)
    walls = sorted(wall for _, wall, _ in rows)
    print(f"\nworker tasks: {len(rows)} tasks in {len(list(folder.iterdir()))} processes, "
          f"{sum(n for n, _, _ in rows):.0f} bundles; wall per task median "
          f"{1000 * walls[len(walls) // 2]:.1f} ms, p95 {1000 * walls[int(len(walls) * 0.95)]:.1f} ms; "
          f"CPU per bundle median {1000 * per_bundle[len(per_bundle) // 2]:.2f} ms, "
          f"p95 {1000 * per_bundle[int(len(per_bundle) * 0.95)]:.2f} ms")


def print_profile(profile: cProfile.Profile, title: str, limit: int = 22) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if "ncalls" in line)
    print(f"\n{title}")
    print("\n".join("  " + line[:150] for line in lines[start - 1:]))


# ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--bundles", type=int, default=10_000, metavar="N")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="where the bundles are kept between runs (default: a folder "
                             "'observer-bench-merge-N #cache' in the system temp folder)")
    parser.add_argument("--regenerate", action="store_true",
                        help="make the bundles again even if the cache holds them")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the writer (one more full merge) and verification")
    args = parser.parse_args()
    n = args.bundles
    cache = args.cache or Path(tempfile.gettempdir()) / f"observer-bench-merge-{n} #cache"
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"bundles: {n} in {cache}")

    files, ca_pem, gen_seconds = generate(n, cache, args.regenerate)
    sizes = [f.stat().st_size for f in files]
    if gen_seconds is None:
        print(f"generation: skipped, {len(files)} bundles found in the cache")
    else:
        print(f"generation: {len(files)} bundles in {gen_seconds:.1f} s "
              f"({len(files) / gen_seconds:.0f} bundles/s, 2 processes; not part of the target)")
    print(f"bundle size: mean {sum(sizes) / len(sizes) / 1024:.1f} KiB, "
          f"total {sum(sizes) / 1024 / 1024:.0f} MiB")

    work = cache / f"run #{os.getpid()}"
    work.mkdir()
    try:
        files_s = [str(f) for f in files]
        full_db = work / "coordinator #full.sqlite"
        result, full_s, progress, rss_before, rss_after, writer_cpu, workers_cpu, load = full_merge(
            files, ca_pem, full_db)
        ok = (len(result.merged) == n and not result.rejected and not result.already)
        print(f"\nfull verify+merge: {full_s:.2f} s, {n / full_s:,.0f} bundles/s; "
              f"merged {len(result.merged)}, already {len(result.already)}, "
              f"rejected {len(result.rejected)}, conflicts {result.conflicts}"
              + ("" if ok else "  <-- NOT ALL MERGED"))
        if progress.first_reason:
            print(f"  first rejection: {progress.first_reason}")
        print(f"  CPU: writer (this process) {writer_cpu:.2f} s ({1000 * writer_cpu / n:.2f} ms "
              f"per bundle), workers {workers_cpu:.2f} s ({1000 * workers_cpu / n:.2f} ms per bundle)")
        if load:
            print(f"  {load}")
        print("  merging process RSS: before {:.0f} MiB, {}, after {:.0f} MiB".format(
            rss_before, ", ".join(f"{p}%: {m:.0f} MiB" for p, m in progress.rss), rss_after))
        print(f"  worker processes: peak RSS {progress.workers_peak:.0f} MiB (largest VmHWM)")

        again, again_s = again_merge(files_s, ca_pem, full_db)
        print(f"again (all already merged): {again_s:.2f} s, {n / again_s:,.0f} bundles/s; "
              f"already {len(again.already)}, merged {len(again.merged)}, "
              f"rejected {len(again.rejected)}")
        del again

        raw_db = work / "coordinator #raw.sqlite"
        raw_s, phases = raw_baseline(files, raw_db, work)
        print(f"raw baseline (unzip + ATTACH + INSERT SELECT, no verification): {raw_s:.2f} s, "
              f"{n / raw_s:,.0f} bundles/s")
        print("  per bundle: " + ", ".join(f"{name} {1000 * t / n:.2f} ms" for name, t in phases.items()))
        full_counts, raw_counts = counts(full_db), counts(raw_db)
        same = "same rows" if full_counts == raw_counts else f"DIFFERENT rows: {raw_counts}"
        print(f"  rows: {full_counts} ({same})")
        print(f"\nratio full / raw: {full_s / raw_s:.2f}x (target: within 3x); "
              f"full under 10 s: {'yes' if full_s < 10 else 'NO'}")

        if args.profile:
            from observer_app.merge import pool as merge_module
            profile = cProfile.Profile()
            timings = work / "task-times"
            timings.mkdir()
            os.environ["BENCH_MERGE_TASK_TIMES"] = str(timings)
            original = merge_module.load_bundles
            merge_module.load_bundles = timed_load_bundles  # workers time each task they run
            try:
                _, prof_s, *_ = full_merge(files, ca_pem, work / "coordinator #profiled.sqlite",
                                           profile)
            finally:
                merge_module.load_bundles = original
            print_profile(profile, f"cProfile of the writer (main process), one more full merge "
                                   f"({prof_s:.2f} s with the profiler on), by own time:")
            print_task_times(timings)
            sample = files[: min(500, n)]
            trust = (ca_pem,)
            load = getattr(merge_module, "load_bundle", None)
            profile = cProfile.Profile()
            t0 = time.perf_counter()
            profile.enable()
            for path in sample:
                load(str(path), trust)
            profile.disable()
            took = time.perf_counter() - t0
            print_profile(profile, f"cProfile of load_bundle in-process, {len(sample)} bundles "
                                   f"({1000 * took / len(sample):.2f} ms per bundle with the "
                                   "profiler on), by own time:")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
