"""The coordinator window's Analysis tab: the paired comparison, the PVT with its intervals
against the official figures, the threshold and seats table, and the forensics of the official
results with their pictures (issue 13). The figures come from observer_app.analysis; this module
only shows them.

The analysis runs in a ui.worker.Task (it reads the whole database: seconds for a national
election), with progress by stage and Cancel; the page says when what it shows is older than the
database. A figure that cannot be computed is shown as "unknown", never as 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.storage.store import Store
from observer_app import formats
from ui.analysis_charts import FingerprintView, HistogramView, IntervalChart, IntervalRow
from ui.protocol import fill

if TYPE_CHECKING:  # numpy and the analysis are imported when the analysis first runs
    from observer_app.analysis.overview import Overview

UNKNOWN_STYLE = "color: #666;"
WARNING_STYLE = "color: #8a5300; font-weight: bold;"
OUTSIDE_STYLE = "color: #b00020; font-weight: bold;"
SECTION_STYLE = "font-weight: bold; font-size: 11pt; margin-top: 8px;"
MUTED_STYLE = "color: #555;"
TABLE_WIDTH = 980  # pixels a table takes at most (the page in a 1093-pixel window): cells wrap
COLUMN_LEAST = 110  # ... but no column gets narrower than this
SHOWN_STATIONS = 200  # of a station list, in the page (the JSON and the report have them all)


# --- the work, in a Task ----------------------------------------------------------------------------

class _Stopped(Exception):
    """The person pressed Cancel: the analysis stops between two stages."""


@dataclass(frozen=True)
class AnalysisResult:
    template: ElectionTemplate
    overview: Overview
    stations: int  # in the station list
    sample_path: str | None
    source: str


class AnalysisJob:
    """Reads the coordinator database into arrays (its own connection) and analyses them;
    returns an AnalysisResult, or None when cancelled."""

    def __init__(self, db_path: str | Path, sample_path: str | None, source: str, confidence: float):
        self.db_path = Path(db_path)
        self.sample_path = sample_path
        self.source = source
        self.confidence = confidence

    def __call__(self, *, progress: Callable[[int, int, str], None],
                 cancelled: Callable[[], bool]) -> AnalysisResult | None:
        from observer_app.analysis.overview import build_overview
        from observer_app.csvio import read_sample
        from observer_app.storage.arrays import load_arrays

        total = 4 if self.sample_path else 3
        texts = {"compare": QCoreApplication.translate("AnalysisPage", "Comparing the paired protocols…"),
                 "forensics": QCoreApplication.translate("AnalysisPage", "Forensics of the official results…"),
                 "pvt": QCoreApplication.translate("AnalysisPage", "Tabulating the sample…")}
        progress(0, total, QCoreApplication.translate("AnalysisPage", "Reading the database…"))
        if not self.db_path.exists():  # moved or deleted since it was opened: never made anew here
            from ui.messages import refusal

            raise refusal(fill(QCoreApplication.translate(
                "AnalysisPage", "%1 is no longer there: open the database again where it is now."),
                str(self.db_path)))
        # create=True: a database just made by New may hold its schema only in its -wal file
        with Store.open(self.db_path, create=True, kind="coordinator") as store:
            arrays = load_arrays(store)
        sample = read_sample(self.sample_path) if self.sample_path else None
        done = [1]

        def step(name: str) -> None:
            if cancelled():
                raise _Stopped
            progress(done[0], total, texts[name])
            done[0] += 1

        try:
            overview = build_overview(arrays, sample, source=self.source, confidence=self.confidence,
                                      step=step)
        except _Stopped:
            return None
        progress(total, total, "")
        return AnalysisResult(arrays.template, overview, arrays.n, self.sample_path, self.source)


# --- the page ----------------------------------------------------------------------------------------

def _wrapped(text: str, metrics, width: int) -> str:
    """`text` broken at spaces into lines of at most `width` pixels (a longer word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or text


class _Table(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table)."""

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self._headers = list(headers)
        self.setHorizontalHeaderLabels(headers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next one, as in a form
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        self.setWordWrap(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized in fill()

    def fill(self, rows: list[list[tuple[str, str]]]) -> None:
        """rows of (text, style) cells; style "" plain, "unknown", "warning" or "outside"."""
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, (text, style) in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if style == "unknown":
                    item.setForeground(Qt.GlobalColor.darkGray)
                elif style in ("warning", "outside"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkRed if style == "outside" else Qt.GlobalColor.darkYellow)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        # Long names and verdicts wrap rather than widen the page: the widest columns give way
        # first, down to what fits a small laptop's window.
        widths = [self.columnWidth(c) for c in range(self.columnCount())]
        cap = max(widths, default=0)
        while sum(min(w, cap) for w in widths) > TABLE_WIDTH and cap > COLUMN_LEAST:
            cap -= 10
        for c, width in enumerate(widths):
            if width > cap:
                self.setColumnWidth(c, cap)
        # a narrowed column's header takes more lines rather than being cut
        metrics = self.horizontalHeader().fontMetrics()
        for c, title in enumerate(self._headers):
            room = self.columnWidth(c) - 12
            self.horizontalHeaderItem(c).setText(_wrapped(title, metrics, room))
        self.resizeRowsToContents()
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().height() + frame
                            + sum(self.rowHeight(r) for r in range(self.rowCount())))
        # as wide as its columns: the page scrolls sideways rather than cut a column
        self.setFixedWidth(frame + sum(self.columnWidth(c) for c in range(self.columnCount())))

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class AnalysisPage(QWidget):
    """What the coordinator reads of the analysis. The window runs the analysis (one task at a
    time) when run_requested is emitted, and gives the result to show_result()."""

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analysis_page")
        self.lang = lang
        self.locale = QLocale(lang)
        self.sample_path: str | None = None
        self.result: AnalysisResult | None = None
        self.stale = True  # the database changed since the analysis shown (or none is shown)
        self._error = False  # the status line shows why the last run stopped

        self.sample_label = QLabel()
        self.sample_label.setObjectName("analysis_sample")
        self.sample_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sample_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the path in its tooltip
        self.sample_button = QPushButton(self.tr("PVT &sample…"))
        self.sample_button.setObjectName("analysis_choose_sample")
        self.sample_button.setToolTip(self.tr("Choose the sample drawn before election day (observer-app "
                                              "sample draw): the PVT estimates from its stations"))
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.sample_clear = QPushButton(self.tr("No sample"))
        self.sample_clear.setObjectName("analysis_clear_sample")
        self.sample_clear.clicked.connect(lambda: self.set_sample(None))
        self.source = QComboBox()
        self.source.setObjectName("analysis_source")
        self.source.addItem(self.tr("from the observers' protocols"), "observers")
        self.source.addItem(self.tr("from the official results of the sampled stations"), "official")
        self.source.setToolTip(self.tr("The PVT from the observers' protocols, or from the official results of "
                                       "the same stations: the gap between them is falsification at the "
                                       "stations; between the latter and the official total, above them"))
        self.confidence = QComboBox()
        self.confidence.setObjectName("analysis_confidence")
        self.confidence.addItem(self.tr("95 % intervals"), 0.95)
        self.confidence.addItem(self.tr("99 % intervals"), 0.99)
        self.source.currentIndexChanged.connect(self.mark_stale)
        self.confidence.currentIndexChanged.connect(self.mark_stale)
        self.run_button = QPushButton(self.tr("&Run the analysis"))
        self.run_button.setObjectName("analysis_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("analysis_progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("analysis_cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("analysis_status")
        self.status.setWordWrap(True)

        # two rows, so that the longest language fits a small laptop: what to analyse, then how
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addWidget(self.sample_label, 1)
        sample_row.addWidget(self.sample_clear)
        run_row = QHBoxLayout()
        run_row.addWidget(self.source)
        run_row.addWidget(self.confidence)
        run_row.addStretch(1)
        run_row.addWidget(self.progress)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.run_button)
        controls = QVBoxLayout()
        controls.addLayout(sample_row)
        controls.addLayout(run_row)

        # the content, in a scroll area
        self.comparison_title = self._section("analysis_comparison_title")
        self.comparison_note = self._note("analysis_comparison_note")
        self.comparison = _Table("analysis_comparison", [
            self.tr("Figure"), self.tr("Stations"), self.tr("Official"), self.tr("Observed"),
            self.tr("Official − observed"), self.tr("Interval")])
        self.excluded = self._note("analysis_excluded")
        self.thresholds_title = self._section("analysis_thresholds_title")
        self.thresholds_note = self._note("analysis_thresholds_note")
        self.thresholds = _Table("analysis_thresholds", [
            self.tr("Contestant"), self.tr("Official (stations with results)"), self.tr("Observers (paired stations)"),
            self.tr("PVT"), self.tr("Seats (official)"), self.tr("Seats (PVT)")])
        self.pvt_title = self._section("analysis_pvt_title")
        self.pvt_note = self._note("analysis_pvt_note")
        self.pvt_verdict = self._note("analysis_pvt_verdict")
        self.pvt_chart = IntervalChart(locale=self.locale)
        self.pvt = _Table("analysis_pvt", [
            self.tr("Figure"), self.tr("Estimate"), self.tr("Margin of error"), self.tr("Interval"),
            self.tr("Official"), self.tr("Official inside?")])
        self.forensics_title = self._section("analysis_forensics_title")
        self.forensics_note = self._note("analysis_forensics_note")
        self.forensics = _Table("analysis_forensics", [self.tr("Signal"), self.tr("Found"), self.tr("By chance"),
                                                       self.tr("What it means")])
        self.fingerprint = FingerprintView(locale=self.locale)
        self.turnout_histogram = HistogramView("turnout_histogram", locale=self.locale)
        self.share_histogram = HistogramView("share_histogram", locale=self.locale)
        self.stations_title = QLabel()
        self.stations_title.setObjectName("analysis_stations_title")
        self.stations_title.setWordWrap(True)
        self.stations_list = QPlainTextEdit()
        self.stations_list.setObjectName("analysis_stations")
        self.stations_list.setReadOnly(True)
        self.stations_list.setMaximumHeight(110)
        self.copy_button = QPushButton(self.tr("&Copy the lists"))
        self.copy_button.setObjectName("analysis_copy_stations")
        self.copy_button.clicked.connect(self._on_copy_clicked)

        content = QWidget()
        content.setObjectName("analysis_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 12)
        for widget in (self.comparison_title, self.comparison_note, self.comparison, self.excluded,
                       self.thresholds_title, self.thresholds_note, self.thresholds,
                       self.pvt_title, self.pvt_note, self.pvt_verdict, self.pvt_chart, self.pvt,
                       self.forensics_title, self.forensics_note, self.forensics):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, _Table) else Qt.AlignmentFlag(0))
        pictures = QGridLayout()
        pictures.addWidget(self.fingerprint, 0, 0, 2, 1)
        pictures.addWidget(self.turnout_histogram, 0, 1)
        pictures.addWidget(self.share_histogram, 1, 1)
        pictures.setColumnStretch(1, 1)
        column.addLayout(pictures)
        below = QHBoxLayout()
        below.addWidget(self.stations_title, 1)
        below.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(below)
        column.addWidget(self.stations_list)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("analysis_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 0)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.set_sample(None)
        self.show_result(None)

    # --- helpers -------------------------------------------------------------------------------------

    def _section(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(SECTION_STYLE)
        return label

    def _note(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _number(self, value: float | int | None) -> str:
        return self.tr("unknown") if value is None else formats.integer(int(round(value)), self.lang)

    def _pct(self, fraction: float | None, digits: int = 1) -> str:
        if fraction is None:
            return self.tr("unknown")
        return formats.percent(100 * fraction, self.lang, digits)

    def _points(self, fraction: float | None) -> str:
        if fraction is None:
            return self.tr("unknown")
        text = formats.decimal(abs(100 * fraction), self.lang, 1)
        sign = "+" if fraction > 0 else "−" if fraction < 0 else ""
        return fill(self.tr("%1 pp", "percentage points"), sign + text)

    def _interval(self, low: float | None, high: float | None, points: bool = False) -> str:
        if low is None or high is None:
            return self.tr("unknown")
        show = self._points if points else self._pct
        return fill(self.tr("%1 to %2"), show(low), show(high))

    def _verdict(self, verdict: str | None) -> tuple[str, str]:
        if verdict is None:
            return self.tr("unknown"), "unknown"
        if verdict == "passes":
            return self.tr("passes"), ""
        if verdict == "fails":
            return self.tr("fails"), ""
        level = self.result.overview.confidence if self.result is not None else 0.95
        return fill(self.tr("cannot be decided at %1 %"), formats.integer(round(100 * level), self.lang)), "warning"

    def contestant_name(self, code: str) -> str:
        if self.result is None:
            return code
        contestant = next((c for c in self.result.template.contestants if c.code == code), None)
        return pick_name(contestant.name, self.lang) if contestant is not None else code

    # --- inputs -----------------------------------------------------------------------------------------

    @classmethod
    def ask_sample_file(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("AnalysisPage", "Choose the PVT sample"), "",
            QCoreApplication.translate("AnalysisPage", "Sample (*.csv);;All files (*)"))
        return path

    def _on_sample_clicked(self) -> None:
        path = self.ask_sample_file(self)
        if path:
            self.set_sample(path)

    def set_sample(self, path: str | None) -> None:
        self.sample_path = path or None
        self.sample_label.setText(Path(path).name if path else self.tr("No PVT sample: paired comparison and "
                                                                      "forensics only"))
        self.sample_label.setToolTip(path or "")
        self.sample_clear.setEnabled(bool(path))
        self.source.setEnabled(bool(path))
        self.mark_stale()

    def options(self) -> tuple[str | None, str, float]:
        return self.sample_path, self.source.currentData(), float(self.confidence.currentData())

    def set_running(self, running: bool, enabled: bool = True) -> None:
        """While the analysis runs: progress and Cancel instead of Run."""
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.run_button.setEnabled(enabled and not running)
        for widget in (self.sample_button, self.source, self.confidence):
            widget.setEnabled(not running and (widget is not self.source or bool(self.sample_path)))
        self.sample_clear.setEnabled(not running and bool(self.sample_path))
        if running:
            self.progress.setRange(0, 0)

    def show_progress(self, done: int, total: int, text: str) -> None:
        self._error = False
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.status.setText(text)
            self.status.setStyleSheet("")

    def mark_stale(self, *_args) -> None:
        """The database (or the options) changed since the analysis shown. An error shown
        stays until the next run: it is what the coordinator needs to read."""
        self.stale = True
        if self.result is not None and not self._error:
            self.status.setText(self.tr("The database or the options changed since this analysis: run it again."))
            self.status.setStyleSheet(WARNING_STYLE)

    def show_error(self, text: str) -> None:
        self._error = True
        self.status.setText(text)
        self.status.setStyleSheet(OUTSIDE_STYLE)

    def show_cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; the analysis shown (if any) is the earlier one."))
        self.status.setStyleSheet(WARNING_STYLE)

    # --- the result ---------------------------------------------------------------------------------------

    def show_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self._error = False
        has = result is not None
        self.content.setVisible(has)
        if not has:
            self.status.setText(self.tr("Run the analysis to compare the observers' protocols with the official "
                                        "ones, tabulate a PVT sample and test the official results."))
            self.status.setStyleSheet(MUTED_STYLE)
            return
        self.stale = False
        overview = result.overview
        level = formats.integer(round(100 * overview.confidence), self.lang)
        self.status.setText(fill(self.tr("Analysis of %1 station(s) in the station list.", "", result.stations),
                                 self._number(result.stations)))
        self.status.setStyleSheet(MUTED_STYLE)
        self._show_comparison(overview, level)
        self._show_thresholds(overview, level)
        self._show_pvt(result, level)
        self._show_forensics(overview)

    def _show_comparison(self, overview: Overview, level: str) -> None:
        c = overview.comparison
        self.comparison_title.setText(self.tr("Paired comparison"))
        self.comparison_note.setText(fill(self.tr(
            "Only the %1 station(s) with both an official protocol and the observers' consolidated one, "
            "none where observers were removed or not shown the protocol; official minus observed, with "
            "its %2 % interval in percentage points.", "", c.stations), self._number(c.stations), level))
        rows = [(self.tr("Turnout"), c.turnout), (self.tr("Invalid ballots"), c.invalid)]
        rows += [(self.contestant_name(code), p) for code, p in c.shares.items()]
        rows.append((self.tr("Head-count against the issued line (full days)"), c.headcount))
        table = []
        for name, p in rows:
            table.append([
                (name, ""), (self._number(p.stations), "" if p.stations else "unknown"),
                (self._pct(p.official), "unknown" if p.official is None else ""),
                (self._pct(p.observed), "unknown" if p.observed is None else ""),
                (self._points(p.difference), "unknown" if p.difference is None else ""),
                (self._interval(p.low, p.high, points=True), "unknown" if p.low is None else
                 "outside" if p.low > 0 or p.high < 0 else "")])
        self.comparison.fill(table)
        paired = c.stations > 0 or c.headcount.stations > 0
        self.comparison.setVisible(paired)
        if not paired:
            self.comparison_note.setText(self.tr(
                "No station has both an official protocol and the observers' consolidated one (outside the "
                "stations left out below): nothing to compare yet."))
        removed, not_shown = c.excluded_removed, c.excluded_not_shown
        if removed or not_shown:
            self.excluded.setText(fill(self.tr(
                "Left out and listed below: %1 station(s) where observers were removed or not admitted, "
                "%2 where the protocol was not shown."), self._number(len(removed)), self._number(len(not_shown))))
            self.excluded.setStyleSheet(WARNING_STYLE)
        else:
            self.excluded.setText(self.tr("No station was left out for a removal or a protocol not shown."))
            self.excluded.setStyleSheet(MUTED_STYLE)

    def _show_thresholds(self, overview: Overview, level: str) -> None:
        self.thresholds_title.setText(self.tr("Threshold and seats"))
        note = fill(self.tr("Threshold %1 of the valid votes."), self._pct(overview.threshold))
        if overview.seats:
            note += " " + fill(self.tr("%1 seat(s) by the largest remainder (Hare) among those passing.", "",
                                       overview.seats), self._number(overview.seats))
        note += " " + self.tr("The observers' column speaks for the paired stations only, the PVT's for the "
                              "whole country.")
        self.thresholds_note.setText(note)
        table = []
        for row in overview.contestants:
            official, official_style = self._verdict(row.official_verdict)
            observed, observed_style = self._verdict(None if row.observed is None else row.observed_verdict)
            pvt = ("—", "unknown") if row.pvt_verdict is None and overview.tabulation is None \
                else self._verdict(row.pvt_verdict)
            seats_pvt = "—" if overview.tabulation is None else self.tr("no verdict yet") \
                if not overview.tabulation.ready else (
                self.tr("unknown") if row.seats_pvt is None
                else fill(self.tr("%1 (range unknown)"), self._number(row.seats_pvt)) if row.seats_low is None
                else self._number(row.seats_pvt) if row.seats_low == row.seats_high
                else fill(self.tr("%1 (%2–%3)"), self._number(row.seats_pvt), self._number(row.seats_low),
                          self._number(row.seats_high)))
            table.append([
                (self.contestant_name(row.code), ""),
                (official if row.official is None else f"{self._pct(row.official)}: {official}", official_style),
                (observed if row.observed is None else f"{self._pct(row.observed)}: {observed}", observed_style),
                (pvt[0] if row.pvt is None else f"{self._pct(row.pvt)}: {pvt[0]}", pvt[1]),
                (self._number(row.seats_official) if row.seats_official is not None else self.tr("unknown"),
                 "unknown" if row.seats_official is None else ""),
                (seats_pvt, "unknown" if seats_pvt in ("—", self.tr("unknown"), self.tr("no verdict yet")) else "")])
        self.thresholds.fill(table)

    def _show_pvt(self, result: AnalysisResult, level: str) -> None:
        t = result.overview.tabulation
        visible = t is not None
        for widget in (self.pvt_title, self.pvt_note, self.pvt_verdict, self.pvt_chart, self.pvt):
            widget.setVisible(visible)
        if t is None:
            return
        self.pvt_title.setText(self.tr("Parallel vote tabulation (PVT)"))
        reported = sum(s.reported for s in t.strata)
        sampled = sum(s.sampled for s in t.strata)
        source = (self.tr("the observers' protocols") if t.source == "observers"
                  else self.tr("the official results"))
        self.pvt_note.setText(fill(self.tr(
            "From %1 of %2 sampled station(s) (%3); strata: %4; %5 % margins of error (stratified "
            "ratio estimator, stations as clusters).", "", sampled), self._number(reported), self._number(sampled),
            source, self._number(len(t.strata)), level))
        short = [s for s in t.strata if not s.enough]
        if short:
            listed = ", ".join(fill(self.tr("%1 (%2 of %3)"), s.name, self._number(s.reported),
                                    self._number(s.sampled)) for s in short[:8])
            self.pvt_verdict.setText(fill(self.tr(
                "No verdict yet: too few sampled stations reported in %1 stratum(s): %2.", "", len(short)),
                self._number(len(short)), listed + (", …" if len(short) > 8 else "")))
            self.pvt_verdict.setStyleSheet(WARNING_STYLE)
        else:
            self.pvt_verdict.setText(self.tr("Every stratum reported enough for a verdict."))
            self.pvt_verdict.setStyleSheet(MUTED_STYLE)
        if t.unknown_codes:
            self.pvt_verdict.setText(self.pvt_verdict.text() + " " + fill(self.tr(
                "%1 sampled station(s) are not in the station list.", "", len(t.unknown_codes)),
                self._number(len(t.unknown_codes))))
        figures = [(self.tr("Turnout"), t.turnout, None), (self.tr("Invalid ballots"), t.invalid, None)]
        figures += [(self.contestant_name(code), e, t.threshold) for code, e in t.shares.items()]
        self.pvt_chart.set_rows([IntervalRow(name, e.estimate, e.low, e.high, e.official, threshold or None)
                                 for name, e, threshold in figures],
                                (fill(self.tr("PVT estimate and its %1 % interval"), level),
                                 self.tr("official result"), self.tr("threshold")))
        # A picture of intervals against the official point is a verdict: only when one may be given.
        self.pvt_chart.setVisible(t.ready and all(e.moe is not None for _name, e, _t in figures))
        if t.ready and any(e.moe is None for _name, e, _t in figures):
            self.pvt_verdict.setText(self.tr(
                "The margins of error cannot be computed (a stratum has a single sampled station, or too few "
                "reported): the estimates are shown without a verdict."))
            self.pvt_verdict.setStyleSheet(WARNING_STYLE)
        table = []
        for name, e, _threshold in figures:
            inside = (self.tr("no verdict yet"), "unknown") if not t.ready else \
                (self.tr("unknown"), "unknown") if e.official_inside is None else (
                (self.tr("inside"), "") if e.official_inside else (self.tr("OUTSIDE"), "outside"))
            table.append([(name, ""), (self._pct(e.estimate), "unknown" if e.estimate is None else ""),
                          ("±" + self._points(e.moe).lstrip("+") if e.moe is not None else self.tr("unknown"),
                           "unknown" if e.moe is None else ""),
                          (self._interval(e.low, e.high), "unknown" if e.low is None else ""),
                          (self._pct(e.official), "unknown" if e.official is None else ""), inside])
        self.pvt.fill(table)

    def _show_forensics(self, overview: Overview) -> None:
        from observer_app.analysis.pictures import fingerprint_rgb

        f = overview.forensics
        self.forensics_title.setText(self.tr("Forensics of the official results"))
        leader = self.contestant_name(f.leader) if f.leader else self.tr("unknown")
        self.forensics_note.setText(fill(self.tr(
            "%1 station(s) with at least 100 voters on the list and turnout and the leader's share at most "
            "99 %; the leader: %2. A signal is a reason to look, not proof: read it beside the observers' "
            "reports from those stations.", "", f.stations_used), self._number(f.stations_used), leader))
        peaks, anomalous, digits = f.integer_peaks, f.anomalous_votes, f.last_digit
        z = self.tr("unknown") if peaks.z is None else formats.decimal(peaks.z, self.lang, 1)
        rows = [[(self.tr("Whole-percentage turnout or leader's share"), ""),
                 (fill(self.tr("%1 station(s)", "", peaks.observed), self._number(peaks.observed)), ""),
                 (fill(self.tr("%1 ± %2"), formats.decimal(peaks.null_mean, self.lang, 1),
                       formats.decimal(peaks.null_sd, self.lang, 1)), ""),
                 (fill(self.tr("excess %1, z = %2"), formats.decimal(peaks.excess, self.lang, 1), z),
                  "outside" if peaks.z is not None and peaks.z >= 3 else "")]]
        if anomalous.votes is None:
            rows.append([(self.tr("Anomalous votes for the leader (Shpilkin)"), ""), (self.tr("unknown"), "unknown"),
                         ("", ""), ("", "")])
        else:
            rows.append([(self.tr("Anomalous votes for the leader (Shpilkin)"), ""),
                         (self._number(anomalous.votes), "outside" if anomalous.votes > 0 else ""),
                         ("—", ""),
                         (fill(self.tr("above the clean turnout %1, where the leader had %2 vote(s) per vote "
                                       "for the others"), self._pct(anomalous.clean_turnout, 0),
                               formats.decimal(anomalous.ratio, self.lang, 2)), "")])
        if digits.chi2 is None:
            rows.append([(self.tr("Last digits of the counts"), ""), (self.tr("unknown"), "unknown"), ("", ""), ("", "")])
        else:
            rows.append([(self.tr("Last digits of the counts"), ""),
                         (fill(self.tr("chi-square %1"), formats.decimal(digits.chi2, self.lang, 1)), ""),
                         (fill(self.tr("%1 on average (9 df)"), self._number(9)), ""),
                         (fill(self.tr("p = %1"), formats.p_value(digits.p_value, self.lang)),
                          "outside" if digits.p_value is not None and digits.p_value < 0.001 else "")])
        self.forensics.fill(rows)
        has_picture = f.stations_used > 0
        # No official station to test: a sentence, not a table of zeros and empty pictures.
        for widget in (self.forensics, self.fingerprint, self.turnout_histogram, self.share_histogram):
            widget.setVisible(has_picture)
        if not has_picture:
            self.forensics_note.setText(self.tr(
                "No official results to test yet (or none at a station with at least 100 voters on the list): "
                "import them with File → Import official results…"))
        self.fingerprint.set_picture(fingerprint_rgb(f.fingerprint) if has_picture else None,
                                     self.tr("Turnout"), fill(self.tr("%1's share"), leader))
        self.turnout_histogram.set_counts(f.turnout_histogram, self.tr("Stations per 0.1 % of turnout (whole "
                                                                       "percentages darker)"))
        self.share_histogram.set_counts(f.share_histogram, fill(self.tr("Stations per 0.1 % of %1's share"), leader))
        self.stations_title.setText(fill(self.tr(
            "Where to look next time: %1 station(s) with a whole-percentage turnout or leader's share, and "
            "the stations above the clean turnout with the most anomalous votes.", "", len(peaks.stations)),
            self._number(len(peaks.stations))))
        shown = list(peaks.stations[:SHOWN_STATIONS])
        more = len(peaks.stations) - len(shown)
        text = self.tr("Whole percentages:") + " " + ", ".join(shown)
        if more > 0:
            text += " " + fill(self.tr("… and %1 more (observer-app analyse forensics --json lists them all)"),
                               self._number(more))
        text += "\n" + self.tr("Most anomalous votes:") + " " + (", ".join(anomalous.stations) or "—")
        c = overview.comparison
        lists = [(self.tr("Whole percentages:"), peaks.stations), (self.tr("Most anomalous votes:"), anomalous.stations)]
        for title, codes in ((self.tr("Left out of the comparison, observers removed or not admitted:"),
                              c.excluded_removed),
                             (self.tr("Left out of the comparison, protocol not shown:"), c.excluded_not_shown)):
            if codes:
                text += "\n" + title + " " + ", ".join(codes[:SHOWN_STATIONS]) + (" …" if len(codes) > SHOWN_STATIONS else "")
                lists.append((title, codes))
        self.stations_list.setPlainText(text)
        self._copy_text = "\n".join(title + "\n" + "".join(code + "\n" for code in codes) for title, codes in lists)

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(getattr(self, "_copy_text", ""))
