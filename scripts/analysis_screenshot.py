"""The coordinator window's Analysis tab on a coordinator database, rendered offscreen to PNG
files (the README's screenshots of the Russian 2021 data come from here).

    python scripts/analysis_screenshot.py COORD.sqlite OUTDIR [--sample SAMPLE.csv]
        [--source observers|official] [--lang en|ru|kk] [--size 1366x768]

Writes OUTDIR/analysis-LANG-1.png, -2.png ...: the page scrolled a screen at a time.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--sample")
    parser.add_argument("--source", choices=("observers", "official"), default="observers")
    parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--pages", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from ui import i18n
    from ui.app import _save, _wait, application
    from ui.coordinator import CoordinatorWindow

    app = application()
    i18n.install_translators(app, args.lang)
    window = CoordinatorWindow(None, args.lang)
    _wait(window, window.refreshed, lambda: window.open_database(args.db))
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    page = window.analysis_page
    if args.sample:
        page.set_sample(args.sample)
        page.source.setCurrentIndex(page.source.findData(args.source))
    _wait(window, window.analysed, window.analyse)
    args.outdir.mkdir(parents=True, exist_ok=True)
    bar = page.scroll.verticalScrollBar()
    for i in range(args.pages):
        bar.setValue(i * bar.pageStep())
        _save(window, args.outdir / f"analysis-{args.lang}-{i + 1}.png")
        if bar.value() >= bar.maximum():
            break
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
