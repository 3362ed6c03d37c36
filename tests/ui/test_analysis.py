"""The coordinator window's Analysis tab (issue 13, item 5), driven as a coordinator would: open
the database, press the keys or click, and read what the tables say against the core's figures."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from observer_app.analysis.overview import build_overview
from observer_app.csvio import read_sample
from observer_app.demo import fill_demo_coordinator
from observer_app.domain.template import load_template
from observer_app.storage.arrays import load_arrays
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from ui.analysis import AnalysisPage
from ui.coordinator import CoordinatorWindow

LATIN = re.compile(r"[A-Za-z]{3,}")
# Names and codes that stay Latin in every language: party names in the demo file, station
# codes, "PVT", "observer-app", "Hare", "Shpilkin"'s transliteration is translated, "chi" is not.
LATIN_ALLOWED = {"Nur", "Otan", "Adal", "PVT", "ALA", "NQZ", "observer", "app", "analyse", "forensics",
                 "json", "lists", "csv"}


@pytest.fixture(scope="module")
def coord(tmp_path_factory):
    """Five demo observers' bundles merged (observers removed at one station, not shown the
    protocol at another: observer_app/demo.py), official results at four of their stations,
    and the election file's 24 stations."""
    path = fill_demo_coordinator(tmp_path_factory.mktemp("analysis"))
    with Store.open(path, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
    return path


@pytest.fixture
def expected(coord):
    with Store.open(coord, kind="coordinator") as store:
        arrays = load_arrays(store)
    return arrays


def open_window(qtbot, path, lang="en"):
    window = CoordinatorWindow(None, lang=lang)
    qtbot.add_widget(window)
    with qtbot.wait_signal(window.refreshed, timeout=30_000):
        assert window.open_database(path)
    qtbot.wait_until(lambda: not window.busy())
    window.resize(1366, 768)
    window.show()
    return window


def run_analysis(qtbot, window, start=None):
    page = window.analysis_page
    with qtbot.wait_signal(window.analysed, timeout=60_000) as blocker:
        if start is None:
            qtbot.mouseClick(page.run_button, Qt.LeftButton)
        else:
            start()
    qtbot.wait_until(lambda: not window.busy())
    return blocker.args[0]


def column(table, c):
    return [table.text(r, c) for r in range(table.rowCount())]


def pct(fraction):
    return f"{100 * fraction:.1f}%"  # observer_app.formats: English writes "55.0%"


def points(fraction):
    text = f"{abs(100 * fraction):.1f} pp"
    return ("+" if fraction > 0 else "−" if fraction < 0 else "") + text


def test_the_analysis_runs_in_the_background_and_shows_the_paired_comparison(qtbot, coord, expected):
    window = open_window(qtbot, coord)
    page = window.analysis_page
    assert window.tabs.tabText(2) == "Analysis"
    assert page.content.isHidden() and page.status.text().startswith("Run the analysis")
    window.tabs.setCurrentWidget(page)
    progress = []
    window.analysis_page.progress.valueChanged.connect(progress.append)
    result = run_analysis(qtbot, window)
    assert result is not None and not page.content.isHidden()
    assert progress[-1] == 3  # read, compare, forensics: the bar reached its end
    assert page.status.text() == "Analysis of 24 station(s) in the station list."
    truth = build_overview(expected).comparison
    table = page.comparison
    names = column(table, 0)
    assert names[:2] == ["Turnout", "Invalid ballots"] and names[-1].startswith("Head-count")
    assert len(names) == 2 + len(expected.contestants) + 1
    turnout = [table.text(0, c) for c in range(6)]
    assert turnout == ["Turnout", str(truth.stations), pct(truth.turnout.official), pct(truth.turnout.observed),
                       points(truth.turnout.difference),
                       f"{points(truth.turnout.low)} to {points(truth.turnout.high)}"]
    nur_otan = names.index("Nur Otan")
    share = truth.shares["nur_otan"]
    assert table.text(nur_otan, 4) == points(share.difference)
    assert share.difference > 0.05  # the demo's official result added 250 votes at ALA-104
    # No station's head-count covers the whole day in the demo: unknown, never 0 %.
    assert [table.text(len(names) - 1, c) for c in range(1, 6)] == ["0", "unknown", "unknown", "unknown", "unknown"]
    # The stations left out are counted and listed, never mixed in.
    removed, not_shown = truth.excluded_removed, truth.excluded_not_shown
    assert removed and not_shown
    assert page.excluded.text() == (f"Left out and listed below: {len(removed)} station(s) where observers were "
                                    f"removed or not admitted, {len(not_shown)} where the protocol was not shown.")
    listed = page.stations_list.toPlainText()
    assert all(code in listed for code in (*removed, *not_shown))
    # No sample: no PVT, and the thresholds table says so rather than inventing a verdict.
    assert page.pvt.isHidden() and page.pvt_chart.isHidden()
    assert column(page.thresholds, 3) == ["—"] * len(expected.contestants)
    assert column(page.thresholds, 0) == [page.contestant_name(c) for c in expected.contestants]


def test_forensics_shows_its_figures_and_pictures(qtbot, coord, expected):
    window = open_window(qtbot, coord)
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page = window.analysis_page
    found = build_overview(expected).forensics
    assert page.forensics.text(0, 1) == f"{found.integer_peaks.observed} station(s)"
    assert page.fingerprint.has_picture()
    counts = page.turnout_histogram.counts()
    assert counts is not None and int(counts.sum()) == found.stations_used
    assert int(page.share_histogram.counts().sum()) == found.stations_used
    image = page.fingerprint.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    # The list is what the copy button puts on the clipboard, one code a line.
    qtbot.mouseClick(page.copy_button, Qt.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert all(code in copied for code in found.integer_peaks.stations)


def test_the_shortcut_runs_the_analysis_from_any_tab_and_cancel_keeps_the_earlier_one(qtbot, coord, monkeypatch):
    import threading

    from observer_app.analysis import overview

    window = open_window(qtbot, coord)
    window.tabs.setCurrentIndex(0)
    assert window.analyse_action.shortcut().toString() == "Ctrl+Shift+A"
    assert window.analyse_action in window.menuBar().actions()[0].menu().actions()
    first = run_analysis(qtbot, window, window.analyse_action.trigger)
    assert window.tabs.currentWidget() is window.analysis_page and first is not None
    page = window.analysis_page
    before = column(page.comparison, 4)
    # The second run's comparison waits until Cancel was clicked; the job stops before forensics.
    clicked = threading.Event()
    compare = overview.compare

    def slow_compare(*args, **kwargs):
        assert clicked.wait(30)
        return compare(*args, **kwargs)

    monkeypatch.setattr(overview, "compare", slow_compare)
    with qtbot.wait_signal(window.analysed, timeout=60_000) as blocker:
        qtbot.mouseClick(page.run_button, Qt.LeftButton)
        qtbot.wait_until(lambda: page.cancel_button.isVisible())
        assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
        assert not window.analyse_action.isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.LeftButton)
        assert not page.cancel_button.isEnabled()  # pressed once is enough
        clicked.set()
    qtbot.wait_until(lambda: not window.busy())
    assert blocker.args == [None]
    assert page.status.text() == "Cancelled; the analysis shown (if any) is the earlier one."
    assert column(page.comparison, 4) == before
    assert page.run_button.isEnabled() and page.cancel_button.isHidden()


def test_the_job_stops_between_stages_when_cancelled(coord):
    from ui.analysis import AnalysisJob

    seen = []
    job = AnalysisJob(coord, None, "observers", 0.95)
    assert job(progress=lambda done, total, text: seen.append(done), cancelled=lambda: len(seen) >= 2) is None
    assert seen == [0, 1]  # read the database, compared; forensics never started
    done = job(progress=lambda *args: None, cancelled=lambda: False)
    assert done is not None and done.stations == 24 and done.overview.tabulation is None


def write_sample(path, codes, strata=None):
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["station_code", "stratum", "weight"])
        for code in codes:
            writer.writerow([code, (strata or {}).get(code, "all"), 1])
    return path


def test_a_pvt_sample_too_few_of_whose_stations_reported_gives_no_verdict(qtbot, coord, expected, tmp_path,
                                                                           monkeypatch):
    """Every station sampled (weight 1), but official results at a few only: the estimates are
    shown, the verdicts are not."""
    sample = write_sample(tmp_path / "sample.csv", list(expected.codes))
    window = open_window(qtbot, coord)
    page = window.analysis_page
    window.tabs.setCurrentWidget(page)
    monkeypatch.setattr(AnalysisPage, "ask_sample_file", classmethod(lambda cls, parent: str(sample)))
    assert not page.source.isEnabled()
    qtbot.mouseClick(page.sample_button, Qt.LeftButton)
    assert page.sample_label.text() == "sample.csv" and page.source.isEnabled()
    page.source.setCurrentIndex(page.source.findData("official"))
    run_analysis(qtbot, window)
    truth = build_overview(expected, read_sample(sample), source="official").tabulation
    assert not truth.ready
    # the estimates in the table, but no picture of intervals against the official point
    assert not page.pvt.isHidden() and page.pvt_chart.isHidden()
    assert page.pvt_verdict.text().startswith("No verdict yet: too few sampled stations reported in 1 stratum(s)")
    assert page.pvt.text(0, 1) == pct(truth.turnout.estimate)
    assert column(page.pvt, 5) == ["no verdict yet"] * page.pvt.rowCount()
    pvt_column = column(page.thresholds, 3)
    assert all(cell.endswith("cannot be decided at 95 %") for cell in pvt_column), pvt_column
    assert column(page.thresholds, 5) == ["no verdict yet"] * len(expected.contestants)  # no seats either
    # Back to no sample: the PVT goes at the next run; the page says the options changed.
    qtbot.mouseClick(page.sample_clear, Qt.LeftButton)
    assert page.status.text().startswith("The database or the options changed")
    run_analysis(qtbot, window)
    assert page.pvt.isHidden()


def test_a_complete_sample_agrees_with_the_official_figures_it_is_drawn_from(qtbot, coord, expected, tmp_path,
                                                                              monkeypatch):
    """Only the stations with official results, each its own certain stratum: the PVT from the
    official results is the official result, margin 0, inside."""
    reported = [code for code, present in zip(expected.codes, expected.official.present) if present]
    sample = write_sample(tmp_path / "all.csv", reported)
    window = open_window(qtbot, coord)
    page = window.analysis_page
    monkeypatch.setattr(AnalysisPage, "ask_sample_file", classmethod(lambda cls, parent: str(sample)))
    qtbot.mouseClick(page.sample_button, Qt.LeftButton)
    page.source.setCurrentIndex(page.source.findData("official"))
    run_analysis(qtbot, window, window.analyse_action.trigger)
    truth = build_overview(expected, read_sample(sample), source="official").tabulation
    assert truth.ready
    assert page.pvt_verdict.text() == "Every stratum reported enough for a verdict."
    assert page.pvt.text(0, 1) == pct(truth.turnout.estimate)
    assert page.pvt.text(0, 2) == "±0.0 pp" and page.pvt.text(0, 5) == "inside"
    seats = column(page.thresholds, 5)
    assert seats == [str(truth.seats[c]["estimate"]) for c in expected.contestants]


def test_a_hostile_sample_file_is_refused_in_the_page_and_nothing_else_changes(qtbot, coord, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("station_code,stratum,weight\nALA-101,A,0.5\n", encoding="utf-8")
    window = open_window(qtbot, coord)
    page = window.analysis_page
    monkeypatch.setattr(AnalysisPage, "ask_sample_file", classmethod(lambda cls, parent: str(bad)))
    qtbot.mouseClick(page.sample_button, Qt.LeftButton)
    with qtbot.wait_signal(window.task_failed, timeout=60_000) as blocker:
        qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.wait_until(lambda: not window.busy())
    message = blocker.args[0]
    assert "is not a number from 1" in message
    assert page.status.text() == f"The analysis stopped: {message}"
    assert page.content.isHidden() and page.run_button.isEnabled()


def test_the_analysis_needs_an_election(qtbot, tmp_path):
    Store.open(tmp_path / "empty.sqlite", kind="coordinator").close()
    window = open_window(qtbot, tmp_path / "empty.sqlite")
    assert not window.analyse_action.isEnabled()
    assert not window.analysis_page.run_button.isEnabled()
    assert window.analyse() is None


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_analysis_reads_in_russian_and_kazakh(qtbot, coord, in_language, lang):
    in_language(lang)
    window = open_window(qtbot, coord, lang)
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page = window.analysis_page
    texts = [page.status.text(), page.comparison_note.text(), page.excluded.text(), page.thresholds_note.text(),
             page.forensics_note.text(), page.stations_title.text()]
    for table in (page.comparison, page.thresholds, page.forensics):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        texts += [table.text(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    english = sorted({word for text in texts for word in LATIN.findall(text)} - LATIN_ALLOWED)
    assert english == []
    # decimals with a comma, as everywhere in these languages
    assert "," in page.comparison.text(0, 2) and "." not in page.comparison.text(0, 2)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_analysis_fits_a_small_laptop_at_125_percent(qtbot, coord, in_language, lang, tmp_path):
    """At 1093x582 (1366x728 screen pixels at 125 %) with the results shown, the window's
    minimum fits and every control can be reached by scrolling; the tables scroll sideways
    inside the page rather than widen the window."""
    from tests.ui.test_fit import SMALL, unreachable

    in_language(lang)
    window = open_window(qtbot, coord, lang)
    sample = write_sample(tmp_path / "sample.csv", ["ALA-101", "ALA-104"])
    window.analysis_page.set_sample(str(sample))
    run_analysis(qtbot, window, window.analyse_action.trigger)
    hint = window.minimumSizeHint()
    assert (hint.width() <= SMALL.width(), hint.height() <= SMALL.height()) == (True, True), hint
    window.resize(SMALL)
    QApplication.processEvents()
    assert window.width() <= SMALL.width()
    assert unreachable(window.analysis_page) == []


def test_without_observers_protocols_the_comparison_is_a_sentence_not_a_table_of_unknowns(qtbot, tmp_path):
    """Official results only (no bundle merged): nothing is paired, and the thresholds table says
    unknown for the observers, not "cannot be decided"."""
    from observer_app.domain.template import load_template as load

    template = load(KZ_FILE)
    db = tmp_path / "official-only.sqlite"
    with Store.open(db, kind="coordinator") as store:
        store.load_election(template)
        station = store.station_by_code("ALA-101")
        values = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
                  "invalid": 31, "valid": 1680, "nur_otan": 1041, "ak_zhol": 184, "ppk": 151, "auyl": 100,
                  "adal": 204}
        store.import_official([(station.id, values)], "cec.csv")
    window = open_window(qtbot, db)
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page = window.analysis_page
    assert page.comparison.isHidden()
    assert page.comparison_note.text().startswith("No station has both an official protocol")
    assert column(page.thresholds, 2) == ["unknown"] * len(template.contestants)
    assert page.thresholds.text(0, 1) == "62.0%: passes"  # Nur Otan: 1041 of 1680 valid votes


def test_tab_walks_from_table_to_table_and_headers_wrap_rather_than_cut(qtbot, coord, in_language):
    """Tab left the first table never (it walked its cells); in ru/kk narrowed columns cut their
    headers ("иально (участки с итога")."""
    from PySide6.QtWidgets import QApplication

    in_language("kk")
    window = open_window(qtbot, coord, "kk")
    window.resize(1093, 582)
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page = window.analysis_page
    for table in (page.comparison, page.thresholds, page.forensics):
        assert table.tabKeyNavigation() is False
        metrics = table.horizontalHeader().fontMetrics()
        for c in range(table.columnCount()):
            for line in table.horizontalHeaderItem(c).text().split("\n"):
                assert metrics.horizontalAdvance(line) <= table.columnWidth(c) or " " not in line, line
    window.activateWindow()
    page.comparison.setFocus()
    qtbot.keyClick(page.comparison, Qt.Key_Tab)
    assert QApplication.focusWidget() is page.thresholds


def test_options_changed_after_a_run_are_said_and_an_error_stays_until_read(qtbot, coord, tmp_path, monkeypatch):
    window = open_window(qtbot, coord)
    page = window.analysis_page
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page.confidence.setCurrentIndex(1)  # 99 %
    assert page.stale and page.status.text().startswith("The database or the options changed")
    bad = tmp_path / "bad.csv"
    bad.write_text("station_code,stratum,weight\nALA-101,A,0.5\n", encoding="utf-8")
    page.set_sample(str(bad))
    with qtbot.wait_signal(window.task_failed, timeout=60_000):
        qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.wait_until(lambda: not window.busy())
    qtbot.wait(50)  # the refresh after the failure has come back
    assert page.status.text().startswith("The analysis stopped:"), page.status.text()


def test_a_database_moved_away_is_not_made_anew_by_the_analysis(qtbot, coord, tmp_path):
    import shutil

    db = tmp_path / "moving.sqlite"
    shutil.copyfile(coord, db)
    window = open_window(qtbot, db)
    window.store.close()  # as if another program had the file, then it was moved
    db.rename(tmp_path / "moved.sqlite")
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"moving.sqlite{suffix}").unlink(missing_ok=True)
    from ui.analysis import AnalysisJob

    with pytest.raises(Exception) as caught:
        AnalysisJob(db, None, "observers", 0.95)(progress=lambda *a: None, cancelled=lambda: False)
    assert "is no longer there" in str(caught.value)
    assert not db.exists()


def test_no_official_results_is_a_sentence_not_a_table_of_zeros(qtbot, tmp_path):
    db = tmp_path / "no-official.sqlite"
    with Store.open(db, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
    window = open_window(qtbot, db)
    run_analysis(qtbot, window, window.analyse_action.trigger)
    page = window.analysis_page
    assert page.forensics.isHidden() and page.fingerprint.isHidden() and page.turnout_histogram.isHidden()
    assert page.forensics_note.text().startswith("No official results to test yet")
