"""Signing benchmark: sign one station summary PDF with a cached identity.

Run from the repository root:  .venv/bin/python bench/bench_sign.py [--repeat N]

What it measures, in one process:
- the PDF: the real summary (observer_app.export.summary_pdf.build_summary on the demo day)
  when that module is importable, else a 3-page reportlab PDF built here;
- setup (once, not in the figures): a throwaway CA and identity in a temporary folder, then
  load_identity, as the app does once per session;
- sign: N calls of observer_app.signing.sign_pdf on the same bytes with the same Identity
  (pyHanko, PAdES B-B, certification signature, SHA-256, ECDSA P-256), median and p95;
- verify: N calls of verify_pdf against the CA (pyHanko validation, offline), median and p95;
- baseline: N raw ECDSA P-256 / SHA-256 signatures of 32 bytes with the same key
  (cryptography), which is the floor for any signature.
The first signature (pyHanko's lazy imports and caches) is reported apart as "first".
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

from observer_app.identity import create_ca, issue_identity, load_identity  # noqa: E402
from observer_app.signing import sign_pdf, verify_pdf  # noqa: E402


def fallback_pdf(pages: int = 3) -> bytes:
    from io import BytesIO

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    buf = BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1, title="Observer summary")
    style = getSampleStyleSheet()["Normal"]
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Polling station ALA-101, page {page + 1}", style))
        story.append(Table([[f"line {i}", str(100 * i)] for i in range(40)]))
        if page < pages - 1:
            story.append(PageBreak())
    doc.build(story)
    return buf.getvalue()


def summary_pdf(tmp: Path) -> tuple[bytes, str]:
    """The real summary of the demo day if the export module exists, else a stand-in."""
    try:
        from observer_app.demo import fill_demo
        from observer_app.export.summary_pdf import build_summary
        from observer_app.storage.store import Store
    except ImportError as exc:
        return fallback_pdf(), f"3-page reportlab stand-in (summary_pdf not importable: {exc})"
    store = Store.open(tmp / "bench.sqlite")
    try:
        station_id = fill_demo(store)
        data = build_summary(store, station_id, lang="ru", invariant=True,
                             signer_line="Aigerim Bekova, Erkindik Kanaty",
                             generated_at="2026-11-25T20:00:00+05:00")
    finally:
        store.close()
    return data, "real summary (build_summary, demo day, ru)"


def ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="signatures to time (default 50)")
    args = parser.parse_args()
    n = args.repeat

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        pdf, what = summary_pdf(tmp)
        # As `ca init --org` and `ca issue` make them: names in the CA and in the observer's
        # certificate make the CMS structure pyHanko assembles larger (see bench/README.md).
        ca = create_ca(tmp / "ca", "bench-ca", org="Erkindik Kanaty")
        from observer_app.storage.store import Store

        with Store.open(tmp / "bench.sqlite") as store:  # the summary's observer signs it
            observer_id = store.observer_id
        issue_identity(ca, None, "Айгерим Бекова", None, observer_id, tmp / "o.p12", "bench")
        t0 = time.perf_counter()
        identity = load_identity(tmp / "o.p12", "bench")
        load_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        signed = sign_pdf(pdf, identity)
        first_s = time.perf_counter() - t0
        sign_times = []
        for _ in range(n):
            t0 = time.perf_counter()
            signed = sign_pdf(pdf, identity)
            sign_times.append(time.perf_counter() - t0)

        (tmp / "signed.pdf").write_bytes(signed)
        verify_times = []
        for _ in range(n):
            t0 = time.perf_counter()
            result = verify_pdf(tmp / "signed.pdf", tmp / "ca" / "ca.pem")
            verify_times.append(time.perf_counter() - t0)
        assert result.ok, result.reasons

        # The whole job the Summary screen does: build the summary from the database, sign it.
        from observer_app.export.summary_pdf import build_summary
        from observer_app.storage.store import Store

        job_times = []
        with Store.open(tmp / "bench.sqlite") as store:
            station_id = store.setting("station_id")
            for _ in range(n):
                t0 = time.perf_counter()
                sign_pdf(build_summary(store, station_id, lang="ru"), identity)
                job_times.append(time.perf_counter() - t0)

        digest = os.urandom(32)
        raw_times = []
        for _ in range(max(n, 1000)):
            t0 = time.perf_counter()
            identity.key.sign(digest, ec.ECDSA(hashes.SHA256()))
            raw_times.append(time.perf_counter() - t0)

    sign_med, sign_p95 = ms(sign_times)
    ver_med, ver_p95 = ms(verify_times)
    raw_med, raw_p95 = ms(raw_times)
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}")
    print(f"pdf: {what}; {len(pdf):,} bytes unsigned, {len(signed):,} signed")
    print(f"load_identity (once): {load_s * 1000:.1f} ms; first sign_pdf: {first_s * 1000:.1f} ms")
    print(f"{'measurement':34} {'median ms':>10} {'p95 ms':>10} {'runs':>6}")
    print(f"{'sign_pdf (cached identity)':34} {sign_med:10.2f} {sign_p95:10.2f} {n:6d}")
    print(f"{'verify_pdf (--trust CA)':34} {ver_med:10.2f} {ver_p95:10.2f} {n:6d}")
    job_med, job_p95 = ms(job_times)
    print(f"{'build_summary + sign_pdf':34} {job_med:10.2f} {job_p95:10.2f} {n:6d}")
    print(f"{'baseline: raw ECDSA P-256 sign':34} {raw_med:10.3f} {raw_p95:10.3f} {len(raw_times):6d}")
    print(f"sign_pdf / raw sign: {sign_med / raw_med:.0f}x; target: median well under 100 ms "
          f"({'met' if sign_med < 100 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
