"""The wheel carries what the app reads at run time: the demo election, fonts and translations.

The README's commands install the checkout in place (editable); an organisation may instead
build a wheel once and install it on its observers' laptops. The test builds that wheel,
installs it into a folder of its own and runs the installed copy, away from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs inside the installed copy: it must not see the checkout, only what the wheel holds.
SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    target = Path(sys.argv[1])
    import main, observer_app, ui
    from observer_app.resources import DEMO_ELECTION, RESOURCES
    for module in (main, observer_app, ui):
        assert Path(module.__file__).is_relative_to(target), module.__file__
    assert RESOURCES == target / "resources", RESOURCES

    db = target.parent / "observer.sqlite"
    assert main.main(["election", "load", str(DEMO_ELECTION), "--db", str(db)]) == 0

    from observer_app.export.summary_pdf import build_summary
    from observer_app.storage.store import Store
    with Store.open(db) as store:
        pdf = build_summary(store, store.station_by_code("ALA-101").id, lang="kk")
    assert pdf.startswith(b"%PDF-") and b"DejaVuSans" in pdf

    from PySide6.QtCore import QCoreApplication
    from ui import i18n
    app = QCoreApplication([])
    i18n.install_translators(app, "ru")
    assert QCoreApplication.translate("MainWindow", "&1 Turnout") == "&1 Явка"
    print("installed copy works")
""")


def test_the_wheel_holds_the_resources_and_its_installed_copy_runs(tmp_path):
    # A copy of the sources: setuptools builds in the source folder, and a build/ left there by
    # an earlier build would hide a file the configuration no longer includes.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "docs",
        "tests", "bench"))
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "-w", str(wheels), str(source)],
        capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("observer_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("main.py", "observer_app/cli.py", "ui/app.py",
                   "resources/elections/kz-2021-majilis.election.json",
                   "resources/elections/ru-2021-duma.election.json",
                   "resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt",
                   "resources/i18n/observer_kk.qm", "resources/i18n/observer_ru.qm"):
        assert needed in names, needed
    assert not any(n.startswith(("tests/", "bench/", "scripts/")) for n in names)

    site = tmp_path / "installed" / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(site), str(wheel)],
        capture_output=True, text=True, cwd=tmp_path)
    assert install.returncode == 0, install.stdout + install.stderr

    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONNOUSERSITE": "1"}
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(site)], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("installed copy works")
