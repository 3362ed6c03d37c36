"""Composition root: `python main.py` is the same as `observer-app`."""

from __future__ import annotations

import sys


def _gui(args) -> int:
    from ui.app import run_gui

    return run_gui(db_path=args.gui_db, lang=args.gui_lang)


def _screenshot(args) -> int:
    from ui.app import run_screenshots

    return run_screenshots(args.outdir, db_path=args.db, lang=args.lang)


def main(argv=None) -> int:
    from observer_app.cli import main as cli_main

    return cli_main(argv, gui=_gui, screenshot=_screenshot)


if __name__ == "__main__":
    sys.exit(main())
