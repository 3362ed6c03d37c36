"""The coordinator's window: merge observers' bundles, compare them per station, override, report.

The window keeps its own connection to the coordinator database (opened on the GUI thread; the
coordinator's overrides are written through it). Everything long (merging, reading the
per-station report, importing official results, writing a report) runs in a `ui.worker.Task`
that opens its own connection, since a SQLite connection belongs to the thread that opened it.
One task at a time, and no override while one runs: one writer at a time.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, QSize, Qt, Signal)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIntValidator, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app import formats
from observer_app import report as reports_service
from observer_app.bundle import SUFFIX as BUNDLE_SUFFIX
from observer_app.domain.records import MAX_COUNT, MergedBundle
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.errors import ObserverAppError
from observer_app.export.files import check_not_input, check_output, signer_line, write_atomically
from observer_app.merge import MergeResult, merge_bundles
from observer_app.merge import prepare as prepare_coordinator
from observer_app.merge import withdraw_bundle
from observer_app.report import StationReport
from observer_app.storage.store import Store
from ui.analysis import AnalysisJob, AnalysisPage, AnalysisResult
from ui.first_run import ElectionPage
from ui.messages import message_text, refusal
from ui.protocol import fill, relation_formula
from ui.record_model import RecordTableModel
from ui.i18n import current_language
from ui.worker import Task

# lupdate sees only literal self.tr("...") and QCoreApplication.translate("Context", "...") calls,
# and takes a text with a count (plural forms) only from tr(text, "", n): Class.tr works off the GUI
# thread too.

# Backgrounds of what needs the coordinator's attention.
CONFLICT = QColor("#f8d7da")   # observers disagree on the line
DIFFERS = QColor("#ffe8b3")    # a value differs from the official one
REJECTED = QColor("#b00020")   # text of a rejected bundle
OVERRIDDEN = QColor("#e3ecfa")  # a value the coordinator set

SORT_ROLE = Qt.UserRole + 1
# Roles as plain ints: comparing with Qt's enum members costs microseconds per call.
_DISPLAY, _TOOLTIP, _BACKGROUND, _ALIGNMENT, _SORT = (
    int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.BackgroundRole), int(Qt.TextAlignmentRole), int(SORT_ROLE))


def _number(value: int, lang: str | None = None) -> str:
    """A count in the language's format ("10,000", "10 000"); the installed language without one."""
    return formats.integer(value, lang or current_language())


def progress_text(done: int, total: int, rejected: int, lang: str | None = None) -> str:
    """E.g. "1,234 of 10,000 bundles · 12 rejected" (safe to call from the merge thread)."""
    text = fill(CoordinatorWindow.tr("%1 of %2 bundle(s)", "", total), _number(done, lang), _number(total, lang))
    if rejected:
        text += " · " + fill(CoordinatorWindow.tr("%1 rejected", "", rejected), _number(rejected, lang))
    return text


def result_text(result: MergeResult, lang: str | None = None) -> str:
    """The line shown once a merge ends: "Merged N · already merged M · rejected R · conflicts C"."""
    text = fill(QCoreApplication.translate(
        "CoordinatorWindow", "Merged %1 · already merged %2 · rejected %3 · conflicts %4"),
        *(_number(n, lang) for n in (len(result.merged), len(result.already), len(result.rejected),
                                     result.conflicts)))
    if result.cancelled:
        text = fill(QCoreApplication.translate(
            "CoordinatorWindow", "Cancelled; what was merged stays merged. %1"), text)
    return text


# --- work that runs in a Task (own database connection) ------------------------------------------

def _open(db_path: Path) -> Store:
    """The coordinator database the window has open, for a Task's own connection.

    create=True although the file exists: a database just made by "New" may still hold its schema
    only in the -wal file, and Store.open(create=False) reads the version from the main file and
    calls such a database empty."""
    return Store.open(db_path, create=True, kind="coordinator")


class MergeJob:
    """`merge_bundles` into the coordinator database, run by a Task in its own thread.

    Opens its own Store. Progress reaches the window at most `1 / interval` times a second,
    and always for the last bundle.
    """

    def __init__(self, db_path: Path, files: Sequence[str], trust: Sequence[bytes] | None, *,
                 workers: int | None = None, commit_every: int = 200, commit_seconds: float = 0.25,
                 interval: float = 0.05, clock: Callable[[], float] = time.monotonic,
                 lang: str | None = None):
        self.db_path = Path(db_path)
        self.files = list(files)
        self.trust = list(trust) if trust else None
        self.workers = workers
        self.commit_every = commit_every
        self.commit_seconds = commit_seconds
        self.interval = interval
        self.clock = clock
        self.lang = lang
        self.rejected = 0
        self._last: float | None = None

    def __call__(self, *, progress: Callable[[int, int, str], None],
                 cancelled: Callable[[], bool]) -> MergeResult:
        self.rejected = 0
        self._last = None

        def on_progress(done: int, total: int, _check: Any, status: str) -> None:
            if status == "rejected":
                self.rejected += 1
            now = self.clock()
            if done == total or self._last is None or now - self._last >= self.interval:
                self._last = now
                progress(done, total, progress_text(done, total, self.rejected, self.lang))

        with _open(self.db_path) as store:
            return merge_bundles(store, self.files, self.trust, workers=self.workers,
                                 progress=on_progress, should_cancel=cancelled,
                                 commit_every=self.commit_every, commit_seconds=self.commit_seconds)


@dataclass
class Snapshot:
    """What the window shows of a coordinator database, read in a Task."""

    bundles: list[MergedBundle]
    template: ElectionTemplate | None = None
    reports: list[StationReport] = field(default_factory=list)
    overrides: dict[str, dict[str, tuple[int | None, str]]] = field(default_factory=dict)


def load_snapshot(db_path: Path) -> Snapshot:
    """Bundles, the per-station report and the overrides (the report takes seconds at national scale)."""
    with _open(db_path) as store:
        bundles = store.bundles()
        if store.election() is None:
            return Snapshot(bundles)
        template, reports = reports_service.build(store)
        return Snapshot(bundles, template, reports, store.overrides())


def load_election_file(db_path: Path, election_path: str) -> tuple[int, int, int]:
    """Loads an election file (all its stations) into the coordinator database, so official
    results of stations no observer covered can be imported: (added, updated, unchanged)."""
    from observer_app.domain.template import load_template

    with _open(db_path) as store:
        _, counts = store.load_election(load_template(election_path))
    return counts


def import_official_results(db_path: Path, csv_path: str) -> tuple[int, int, int, int]:
    """Reads a results CSV and stores it as the official results: (rows, added, replaced, same)."""
    from observer_app.csvio import LOAD_STATIONS_FIRST, read_results

    with _open(db_path) as store:
        rows = read_results(csv_path, store.template(), store.station_ids_by_code(),
                            unknown_station_hint=LOAD_STATIONS_FIRST)
        added, replaced, same = store.import_official(rows, Path(csv_path).name)
    return len(rows), added, replaced, same


def pdf_available() -> bool:
    """Whether this version writes the report as a (signed) PDF."""
    try:
        from observer_app.export import report_pdf
    except ImportError:
        return False
    return hasattr(report_pdf, "pdf_bytes")


def write_report(db_path: Path, out_path: str, lang: str,
                 identity: tuple[str, str] | None = None) -> tuple[str, int]:
    """Writes the report as .csv, .xlsx or signed .pdf (atomically): (path, stations)."""
    out = Path(out_path)
    suffix = out.suffix.lower()
    check_not_input(out, [db_path, identity[0] if identity else None])
    with _open(db_path) as store:
        template, reports = reports_service.build(store)
        if suffix == ".csv":
            data = reports_service.csv_text(template, reports).encode("utf-8")
        elif suffix == ".xlsx":
            data = reports_service.xlsx_bytes(template, reports, lang=lang, store=store)
        elif suffix == ".pdf" and identity is not None:
            from observer_app.export.report_analysis import overview_of
            from observer_app.export.report_pdf import pdf_bytes
            from observer_app.identity import load_identity
            from observer_app.signing import sign_pdf

            signer = load_identity(identity[0], identity[1])
            data = sign_pdf(pdf_bytes(template, reports, lang=lang, signer=signer_line(signer),
                                      analysis=overview_of(store)), signer)
        else:
            raise refusal(fill(QCoreApplication.translate(
                "CoordinatorWindow", "%1: the report is written as .csv, .xlsx or .pdf."), out.name))
    write_atomically(out, data)
    return str(out), len(reports)


# --- models ----------------------------------------------------------------------------------------

class BundlesModel(RecordTableModel[MergedBundle]):
    """The bundles the coordinator database has seen, merged or rejected."""

    FILE, RESULT, SIGNER, ORGANISATION, SIGNATURE, REASON, OBSERVER, WHEN = range(8)
    COLUMNS = 8

    def header(self, section: int) -> str:
        return (self.tr("File"), self.tr("Result"), self.tr("Signer"), self.tr("Organisation"),
                self.tr("Signature"), self.tr("Why rejected or withdrawn"), self.tr("Observer ID"),
                self.tr("When"))[section]

    def key(self, record: MergedBundle) -> str:
        return record.sha256

    def _signature(self, b: MergedBundle) -> str:
        if b.status != "merged":
            return ""
        if b.verified:
            return self.tr("Verified (trusted CA)")
        if b.self_signed:
            return self.tr("Not verified (self-signed)")
        return self.tr("Not verified")

    def cell(self, b: MergedBundle, column: int, role: int) -> Any:
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if column == self.FILE:
                return b.file_name if role == Qt.DisplayRole else b.sha256
            if column == self.RESULT:
                return {"merged": self.tr("Merged"), "withdrawn": self.tr("Withdrawn")}.get(
                    b.status, self.tr("Rejected"))
            if column == self.SIGNER:
                return b.signer_name or ""
            if column == self.ORGANISATION:
                return b.signer_org or ""
            if column == self.SIGNATURE:
                return self._signature(b)
            if column == self.REASON:
                return message_text(b.reason)
            if column == self.OBSERVER:
                return b.observer_id or ""
            if column == self.WHEN:
                return formats.stamp(b.merged_at, current_language())
        if role == Qt.ForegroundRole and b.status != "merged" and column in (self.RESULT, self.REASON):
            return QBrush(REJECTED)
        return None


def flag_texts(template: ElectionTemplate, flags: Sequence[str]) -> list[str]:
    """A report row's flags for a person: "observers disagree", "fails 5 = 6 + 7", ..."""
    relations = {r.id: r for r in template.relations}
    out = []
    for flag in flags:
        if flag == "conflict":
            out.append(QCoreApplication.translate("CoordinatorWindow", "observers disagree"))
        elif flag == "differs_from_official":
            out.append(QCoreApplication.translate("CoordinatorWindow", "differs from official"))
        elif flag in relations:
            out.append(fill(QCoreApplication.translate("CoordinatorWindow", "fails %1"),
                            relation_formula(template, relations[flag])))
        else:
            out.append(flag)
    return out


def station_flag_texts(template: ElectionTemplate, report: StationReport) -> list[str]:
    """A station's flags as the PDF report lists them: of every row (each observer's, the
    consolidated, the official), "observers disagree", "differs from official", then each failing
    control relation and whose figures fail it: "fails 7 = Σ votes (observers, official)"."""
    flags = {flag for row in report.rows for flag in row.flags}
    out = flag_texts(template, [f for f in ("conflict", "differs_from_official") if f in flags])
    for relation in template.relations:
        sources = []
        if any(relation.id in row.flags for row in report.rows if row.source != "official"):
            sources.append(QCoreApplication.translate("CoordinatorWindow", "observers"))
        if report.official is not None and relation.id in report.official.flags:
            sources.append(QCoreApplication.translate("CoordinatorWindow", "official"))
        if sources:
            out.append(fill(QCoreApplication.translate("CoordinatorWindow", "fails %1 (%2)"),
                            relation_formula(template, relation), ", ".join(sources)))
    known = {"conflict", "differs_from_official"} | {r.id for r in template.relations}
    return out + sorted(flags - known)  # a flag without words yet: as it is rather than lost


class StationsModel(QAbstractTableModel):
    """Per station: code, region, observers' protocols, signatures, official results, flags.

    The shown texts are made once per reset: a proxy sorting 100,000 stations asks for them
    millions of times."""

    CODE, REGION, PROTOCOLS, SIGNATURES, OFFICIAL, FLAGS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.template: ElectionTemplate | None = None
        self._rows: list[StationReport] = []
        self._texts: list[tuple[str, ...]] = []
        self._flags: list[list[str]] = []
        self._keys: list[str] = []

    def set_reports(self, template: ElectionTemplate | None, reports: Sequence[StationReport]) -> None:
        self.beginResetModel()
        self.template = template
        self._rows = list(reports)
        self._flags = [self.station_flags(r) for r in self._rows]
        self._texts = [self._row_texts(r, f) for r, f in zip(self._rows, self._flags)]
        self._keys = [f"{r.code}\n{r.region}".casefold() for r in self._rows]
        self.endResetModel()

    @staticmethod
    def station_flags(report: StationReport) -> list[str]:
        """The flags of every row of the station (as the report counts a station flagged)."""
        return sorted({flag for row in report.rows for flag in row.flags})

    def _row_texts(self, report: StationReport, flags: list[str]) -> tuple[str, ...]:
        signatures = ""
        if report.observers:
            verified = sum(1 for o in report.observers if o.verified)
            signatures = (self.tr("verified") if verified == len(report.observers)
                          else self.tr("not verified") if verified == 0 else self.tr("partly verified"))
        flag_text = ("; ".join(station_flag_texts(self.template, report)) if self.template is not None
                     and flags else "")
        return (report.code, report.region, _number(len(report.observers)), signatures,
                self.tr("yes") if report.official is not None else self.tr("no"), flag_text)

    def report(self, row: int) -> StationReport:
        return self._rows[row]

    def row_of(self, station_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.station_id == station_id), -1)

    def is_flagged(self, row: int) -> bool:
        return bool(self._flags[row])

    def matches(self, row: int, needle: str) -> bool:
        """Whether the station's code or region holds `needle` (casefolded)."""
        return needle in self._keys[row]

    def flagged_count(self) -> int:
        return sum(1 for f in self._flags if f)

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < 6:
            return None
        return (self.tr("Station"), self.tr("Region"), self.tr("Protocols"), self.tr("Signatures"),
                self.tr("Official"), self.tr("Flags"))[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        if role == _SORT:
            return len(self._rows[row].observers) if column == self.PROTOCOLS else self._texts[row][column]
        if role == _BACKGROUND:
            flags = self._flags[row]
            if "conflict" in flags:
                return QBrush(CONFLICT)
            if "differs_from_official" in flags:
                return QBrush(DIFFERS)
        elif role == _TOOLTIP and column == self.FLAGS:
            return self._texts[row][column].replace("; ", "\n")
        elif role == _ALIGNMENT and column == self.PROTOCOLS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class StationFilter(QSortFilterProxyModel):
    """Stations whose code or region holds the typed text; optionally only the flagged ones.

    Matched on the model's own texts (no data() calls): it stays quick at 100,000 stations."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.flagged_only = False
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self.invalidateFilter()

    def set_flagged_only(self, on: bool) -> None:
        self.flagged_only = on
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, StationsModel):
            return True
        if self.flagged_only and not model.is_flagged(source_row):
            return False
        return not self.needle or model.matches(source_row, self.needle)


class StationDetailModel(QAbstractTableModel):
    """One station, line by line: each observer's value, the consolidated, the official, a note."""

    LINE = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.template: ElectionTemplate | None = None
        self.report: StationReport | None = None
        self.overrides: dict[str, tuple[int | None, str]] = {}
        self.lang = "en"
        self._codes: list[str] = []

    def set_station(self, template: ElectionTemplate | None, report: StationReport | None,
                    overrides: dict[str, tuple[int | None, str]] | None = None, lang: str = "en") -> None:
        self.beginResetModel()
        self.template = template
        self.report = report
        self.overrides = dict(overrides or {})
        self.lang = lang
        self._codes = list(template.codes) if template is not None and report is not None else []
        self.endResetModel()

    # columns: line, one per observer, consolidated, official, note
    @property
    def consolidated_column(self) -> int:
        return 1 + (len(self.report.observers) if self.report else 0)

    @property
    def official_column(self) -> int:
        return self.consolidated_column + 1

    @property
    def note_column(self) -> int:
        return self.consolidated_column + 2

    def code(self, row: int) -> str:
        return self._codes[row]

    def row_of(self, code: str) -> int:
        return self._codes.index(code) if code in self._codes else -1

    def line_label(self, row: int) -> str:
        assert self.template is not None
        code = self._codes[row]
        if code in self.template.line_codes:
            line = self.template.line(code)
            return f"{line.number}. {pick_name(line.name, self.lang)}"
        contestant = next(c for c in self.template.contestants if c.code == code)
        return pick_name(contestant.name, self.lang)

    def conflict_codes(self) -> list[str]:
        """The lines the observers disagree on."""
        if self.report is None or self.report.consolidated is None:
            return []
        return list(self.report.consolidated.conflict_codes)

    def _differs_from_official(self, code: str, value: int | None) -> bool:
        official = self.report.official.values.get(code) if self.report and self.report.official else None
        return value is not None and official is not None and value != official

    def consolidated_value(self, code: str) -> int | None:
        if self.report is None or self.report.consolidated is None:
            return None
        return self.report.consolidated.values.get(code)

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if parent.isValid() or self.report is None:
            return 0
        return self.note_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if self.report is None or orientation != Qt.Horizontal or not 0 <= section < self.columnCount():
            return None
        observers = self.report.observers
        if role == Qt.DisplayRole:
            if section == self.LINE:
                return self.tr("Line")
            if section <= len(observers):
                o = observers[section - 1]
                name = o.signer or o.observer_id[:8]
                return name if o.verified else fill(self.tr("%1\n(not verified)"), name)
            if section == self.consolidated_column:
                return self.tr("Consolidated")
            if section == self.official_column:
                return self.tr("Official")
            return self.tr("Note")
        if role == Qt.ToolTipRole and 1 <= section <= len(observers):
            o = observers[section - 1]
            return fill(self.tr("Observer %1 · %2"), o.observer_id,
                        self.tr("signature verified") if o.verified else self.tr("signature not verified"))
        return None

    def _text(self, value: int | None) -> str:
        return "" if value is None else _number(value, self.lang)

    def note(self, row: int) -> str:
        code = self._codes[row]
        parts = []
        if code in self.conflict_codes():
            parts.append(self.tr("Observers disagree"))
        if self._differs_from_official(code, self.consolidated_value(code)):
            parts.append(self.tr("Differs from official"))
        if code in self.overrides:
            parts.append(fill(self.tr("Overridden: %1"), self.overrides[code][1]))
        return " · ".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or self.report is None or not 0 <= index.row() < len(self._codes):
            return None
        row, column = index.row(), index.column()
        code = self._codes[row]
        observers = self.report.observers
        conflict = code in self.conflict_codes()
        if column == self.LINE:
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return self.line_label(row)
        elif column <= len(observers):
            value = observers[column - 1].values.get(code)
            if role == Qt.DisplayRole:
                return self._text(value)
            if role == Qt.BackgroundRole and not conflict and self._differs_from_official(code, value):
                return QBrush(DIFFERS)
        elif column == self.consolidated_column:
            value = self.consolidated_value(code)
            if role == Qt.DisplayRole:
                return self._text(value)
            if role == Qt.FontRole and code in self.overrides:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ToolTipRole and code in self.overrides:
                return fill(self.tr("Set by the coordinator: %1"), self.overrides[code][1])
            if role == Qt.BackgroundRole and not conflict:
                if code in self.overrides:
                    return QBrush(OVERRIDDEN)
                if self._differs_from_official(code, value):
                    return QBrush(DIFFERS)
        elif column == self.official_column:
            value = self.report.official.values.get(code) if self.report.official else None
            if role == Qt.DisplayRole:
                return self._text(value)
            if (role == Qt.BackgroundRole and not conflict
                    and self._differs_from_official(code, self.consolidated_value(code))):
                return QBrush(DIFFERS)
        elif column == self.note_column:
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return self.note(row)
        if role == Qt.BackgroundRole and conflict:
            return QBrush(CONFLICT)
        if role == Qt.TextAlignmentRole and column not in (self.LINE, self.note_column):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class FillingView(QTableView):
    """A table whose `fill` column takes the width the other columns leave, but never less than
    it needs to be read (`least`): in a narrow window the table scrolls sideways rather than cut
    a line's name or a station's flags to a word."""

    def __init__(self, fill: int, least: Callable[["FillingView"], int], parent: QWidget | None = None):
        super().__init__(parent)
        self.fill = fill
        self.least = least
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.fill:  # another column took its contents' width: this one takes the rest
            self.fit_fill_column()

    def widest(self) -> int:
        """The fill column's contents (the rows in view) or title, on one line."""
        return max(self.sizeHintForColumn(self.fill), self.horizontalHeader().sectionSizeHint(self.fill))

    def fit_fill_column(self) -> None:
        model, header = self.model(), self.horizontalHeader()
        if model is None or model.columnCount() <= self.fill:
            return
        others = sum(header.sectionSize(c) for c in range(model.columnCount())
                     if c != self.fill and not header.isSectionHidden(c))
        header.resizeSection(self.fill, max(self.least(self), self.viewport().width() - others))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_fill_column()


def _line_least(view: FillingView) -> int:
    """A line's name on at most about three lines (the detail view wraps it)."""
    widest = view.widest()
    return min(widest, max(view.fontMetrics().horizontalAdvance("M" * 18), widest // 3 + 24))


def _flags_least(view: FillingView) -> int:
    """A station's flags: the first of them at least (the tooltip holds them all)."""
    return min(view.widest(), view.fontMetrics().horizontalAdvance("M" * 12))


# --- the override dialog -----------------------------------------------------------------------------

class OverrideDialog(QDialog):
    """A coordinator's value for one consolidated line; refused without a reason."""

    def __init__(self, station_code: str, line: str, current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Override a consolidated value"))
        intro = QLabel(fill(self.tr("Station %1, %2. The override and its reason are kept in the audit "
                                    "trail."), station_code, line))
        intro.setWordWrap(True)
        self.value = QLineEdit("" if current is None else str(current))
        self.value.setObjectName("override_value")
        self.value.setValidator(QIntValidator(0, MAX_COUNT, self))
        self.value.setPlaceholderText(self.tr("empty: unknown"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr("Required, e.g. “the photo of the protocol shows 200”"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Value:"), self.value)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.value.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed()
        self.resize(460, 260)

    def _on_reason_text_changed(self) -> None:
        value_ok = not self.value.text() or self.value.hasAcceptableInput()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(value_ok and bool(self.reason.toPlainText().strip()))

    def answer(self) -> tuple[int | None, str]:
        text = self.value.text().strip()
        return (int(text) if text else None), self.reason.toPlainText().strip()

    @classmethod
    def ask(cls, station_code: str, line: str, current: int | None,
            parent: QWidget | None = None) -> tuple[int | None, str] | None:
        dialog = cls(station_code, line, current, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.Accepted else None
        finally:
            dialog.deleteLater()


# --- the window ----------------------------------------------------------------------------------------

class CoordinatorWindow(QMainWindow):
    """Merging bundles into a coordinator database, the consolidated view, overrides, reports."""

    database_opened = Signal(str)
    merge_started = Signal(object)  # the Task
    merge_finished = Signal(object)  # MergeResult
    election_loaded = Signal(object)  # (stations added, updated, unchanged)
    official_imported = Signal(object)  # (rows, added, replaced, unchanged)
    report_written = Signal(str)
    analysed = Signal(object)  # AnalysisResult, or None when cancelled
    published = Signal(str)  # the publication's path, once written
    task_failed = Signal(str)
    refreshed = Signal()

    # How the merge runs; tests may replace (e.g. one verification process).
    merge_options: dict[str, Any] = {}

    def __init__(self, db_path: str | Path | None = None, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coordinator_window")
        self.lang = lang
        self.store: Store | None = None
        self.files: list[str] = []
        self.trust: list[bytes] | None = None
        self.trust_name = ""
        self.verified_by: dict[str, str] = {}  # bundle hash -> the CA a merge in this window verified it with
        self.task: Task | None = None
        self._task_kind = ""
        self.template: ElectionTemplate | None = None
        self.reports: list[StationReport] = []
        self.overrides: dict[str, dict[str, tuple[int | None, str]]] = {}
        self._refresh_pending = False
        self._publish_out: Path | None = None  # where the publication being prepared goes
        self._build()
        self._update_title()
        if not db_path or not self.open_database(db_path):
            self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: Callable[[], None], *, short: str = "", tip: str = "",
                keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        """A menu and toolbar action: `short` is its toolbar text, `tip` says what it does and
        ends with its shortcut, e.g. "Merge the listed bundles (Ctrl+M)"."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if short:
            action.setIconText(short)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if tip or shortcut:
            tip = tip or short or text.replace("&", "")
            action.setToolTip(fill(self.tr("%1 (%2)"), tip, shortcut) if shortcut else tip)
        return action

    def _build(self) -> None:
        SP = QStyle.StandardPixmap
        self.open_action = self._action(
            self.tr("&Open coordinator database…"), "action_open_database", self._on_open_triggered,
            short=self.tr("Open"), tip=self.tr("Open a coordinator database"), keys=QKeySequence.Open,
            icon=SP.SP_DialogOpenButton)
        self.new_action = self._action(
            self.tr("&New coordinator database…"), "action_new_database", self._on_new_triggered,
            short=self.tr("New"), tip=self.tr("Create a new coordinator database"), keys=QKeySequence.New,
            icon=SP.SP_FileIcon)
        self.add_files_action = self._action(
            self.tr("Add &bundles…"), "action_add_bundles", self._on_add_files_triggered,
            short=self.tr("Add bundles"), tip=self.tr("Add observers' bundles (.obsx) to the list to merge"),
            keys="Ctrl+B", icon=SP.SP_FileLinkIcon)
        self.add_folder_action = self._action(
            self.tr("Add a &folder…"), "action_add_folder", self._on_add_folder_triggered,
            short=self.tr("Add a folder"), tip=self.tr("Add every bundle in a folder and its subfolders"),
            keys="Ctrl+Shift+B", icon=SP.SP_FileDialogNewFolder)
        self.trust_action = self._action(
            self.tr("&Trust CA…"), "action_trust_ca", self._on_trust_triggered,
            short=self.tr("Trust CA"), tip=self.tr("Choose the organisation's CA certificate: bundles its "
                                                   "observers signed are merged as verified"),
            keys="Ctrl+T", icon=SP.SP_DialogApplyButton)
        self.merge_action = self._action(
            self.tr("&Merge"), "action_merge", self._on_merge_clicked,
            short=self.tr("Merge"), tip=self.tr("Verify and merge the listed bundles"), keys="Ctrl+M",
            icon=SP.SP_MediaPlay)
        self.election_action = self._action(
            self.tr("Load &election file…"), "action_load_election", self._on_election_triggered,
            short=self.tr("Election file"), tip=self.tr("Load the election file and its station list"),
            keys="Ctrl+E", icon=SP.SP_FileDialogDetailedView)
        self.official_action = self._action(
            self.tr("&Import official results…"), "action_import_official", self._on_official_triggered,
            short=self.tr("Official results"), tip=self.tr("Import the official results per station (results CSV)"),
            keys="Ctrl+I", icon=SP.SP_ArrowDown)
        self.report_action = self._action(
            self.tr("&Report…"), "action_report", self._on_report_triggered,
            short=self.tr("Report"), tip=self.tr("Write the report: CSV, Excel workbook or signed PDF"),
            keys="Ctrl+R", icon=SP.SP_DialogSaveButton)
        self.analyse_action = self._action(
            self.tr("&Analyse"), "action_analyse", self.analyse,
            short=self.tr("Analyse"), tip=self.tr("Compare with the official results, tabulate the PVT sample and "
                                                  "test the official results"),
            keys="Ctrl+Shift+A", icon=SP.SP_FileDialogContentsView)
        self.publish_action = self._action(
            self.tr("&Publish…"), "action_publish", self._on_publish_triggered,
            tip=self.tr("Write a redacted SQLite file for Datasette: what will be left out is shown first"),
            keys="Ctrl+Shift+P")
        self.withdraw_action = self._action(
            self.tr("&Withdraw bundle…"), "action_withdraw_bundle", self._on_withdraw_triggered,
            tip=self.tr("Take the selected bundle out of the database, as if it had never been merged; "
                        "the reason is kept and audited"), icon=SP.SP_TrashIcon)
        close_action = self._action(self.tr("&Close"), "action_close", self.close, keys=QKeySequence.Close)

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.open_action, self.new_action, None, self.add_files_action,
                       self.add_folder_action, self.trust_action, self.merge_action, self.withdraw_action, None,
                       self.election_action, self.official_action, self.analyse_action, self.report_action,
                       self.publish_action, None, close_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        about = self._action(self.tr("&About Observer…"), "action_about", self._on_about_triggered)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about)
        toolbar = QToolBar(self.tr("Coordinator"))
        toolbar.setObjectName("coordinator_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        for action in (self.open_action, self.new_action, None, self.add_files_action,
                       self.add_folder_action, self.trust_action, self.merge_action, None,
                       self.election_action, self.official_action, self.analyse_action, self.report_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # The merge: what is queued, what is trusted, start/cancel, progress.
        box = QGroupBox(self.tr("Merge observers' bundles"))
        box.setObjectName("merge_box")
        self.queue_label = QLabel()
        self.queue_label.setObjectName("merge_queue")
        self.clear_queue = QPushButton(self.tr("Clear list"))
        self.clear_queue.setObjectName("merge_clear")
        self.clear_queue.clicked.connect(self._on_clear_queue_clicked)
        self.signatures_label = QLabel()
        self.signatures_label.setObjectName("signatures_label")
        self.signatures_label.hide()
        self.trust_label = QLabel()
        self.trust_label.setObjectName("trust_label")
        self.trust_clear = QToolButton()
        self.trust_clear.setObjectName("trust_clear")
        self.trust_clear.setText("×")
        self.trust_clear.setToolTip(self.tr("Merge without a trusted CA"))
        self.trust_clear.clicked.connect(self._on_trust_clear_clicked)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("merge_start")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("merge_cancel")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progress = QProgressBar()
        self.progress.setObjectName("merge_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # until a merge runs: an idle bar at 0 % says nothing
        self.status_label = QLabel()
        self.status_label.setObjectName("merge_status")
        self.result_label = QLabel()
        self.result_label.setObjectName("merge_result")
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        # One fact a row (what is listed, what is trusted, the merge itself): in Kazakh or
        # Russian, one row held them all only in a window 1,240 pixels wide.
        queue_row = QHBoxLayout()
        queue_row.addWidget(self.queue_label)
        queue_row.addSpacing(8)
        queue_row.addWidget(self.clear_queue)
        queue_row.addStretch(1)
        grid.addLayout(queue_row, 0, 0, 1, 4)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.signatures_label)
        trust_row.addSpacing(16)
        trust_row.addWidget(self.trust_label)
        trust_row.addWidget(self.trust_clear)
        trust_row.addStretch(1)
        grid.addLayout(trust_row, 1, 0, 1, 4)
        grid.addWidget(self.merge_button, 2, 0)
        grid.addWidget(self.cancel_button, 2, 1)
        grid.addWidget(self.progress, 2, 2)
        grid.addWidget(self.status_label, 2, 3)
        grid.addWidget(self.result_label, 3, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.result_label.hide()  # until a merge has ended

        # Bundles tab.
        self.bundles_model = BundlesModel(self)
        self.bundles_view = QTableView()
        self.bundles_view.setObjectName("bundles_table")
        self.bundles_view.setModel(self.bundles_model)
        self._table_style(self.bundles_view)
        header = self.bundles_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for column, width in ((BundlesModel.FILE, 200), (BundlesModel.RESULT, 100), (BundlesModel.SIGNER, 160),
                              (BundlesModel.ORGANISATION, 140), (BundlesModel.SIGNATURE, 220),
                              (BundlesModel.REASON, 230), (BundlesModel.OBSERVER, 140)):
            self._fit_section(header, column, width)
        header.setStretchLastSection(True)
        self.bundles_view.selectionModel().currentRowChanged.connect(self._on_bundles_current_changed)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setObjectName("withdraw_bundle")
        self.withdraw_button.setToolTip(self.withdraw_action.toolTip())
        self.withdraw_button.clicked.connect(self._on_withdraw_triggered)
        bundles_page = QWidget()
        bundles_layout = QVBoxLayout(bundles_page)
        bundles_layout.setContentsMargins(0, 0, 0, 0)
        bundles_layout.addWidget(self.bundles_view, 1)
        bundles_row = QHBoxLayout()
        bundles_row.addStretch(1)
        bundles_row.addWidget(self.withdraw_button)
        bundles_layout.addLayout(bundles_row)

        # Stations tab: the list on the left, the selected station line by line on the right.
        self.stations_model = StationsModel(self)
        self.stations_proxy = StationFilter(self)
        self.stations_proxy.setSourceModel(self.stations_model)
        self.stations_view = FillingView(StationsModel.FLAGS, _flags_least)
        self.stations_view.setObjectName("stations_table")
        self.stations_view.setModel(self.stations_proxy)
        self.stations_view.setSortingEnabled(True)
        self.stations_view.sortByColumn(StationsModel.CODE, Qt.AscendingOrder)
        self._table_style(self.stations_view)
        header = self.stations_view.horizontalHeader()
        for column, width in ((StationsModel.CODE, 80), (StationsModel.REGION, 110),
                              (StationsModel.PROTOCOLS, 70), (StationsModel.SIGNATURES, 90),
                              (StationsModel.OFFICIAL, 60)):
            self._fit_section(header, column, width)
        # What needs the coordinator's attention right after where it is, as in the PDF report
        # (station, region, flags), taking the width the other columns leave.
        header.moveSection(header.visualIndex(StationsModel.FLAGS), header.visualIndex(StationsModel.REGION) + 1)
        self.stations_view.selectionModel().currentRowChanged.connect(self._on_stations_current_changed)
        self.station_filter = QLineEdit()
        self.station_filter.setObjectName("stations_filter")
        self.station_filter.setPlaceholderText(self.tr("Find a station or region"))
        self.station_filter.setClearButtonEnabled(True)
        self.station_filter.textChanged.connect(self.stations_proxy.set_text)
        self.flagged_only = QCheckBox(self.tr("Only flagged stations"))
        self.flagged_only.setObjectName("stations_flagged_only")
        self.flagged_only.toggled.connect(self.stations_proxy.set_flagged_only)
        self.stations_hint = QLabel()
        self.stations_hint.setObjectName("stations_hint")
        self.stations_hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.station_filter, 1)
        filters.addWidget(self.flagged_only)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.stations_view, 1)
        left_layout.addWidget(self.stations_hint)

        self.detail_model = StationDetailModel(self)
        self.detail_view = FillingView(StationDetailModel.LINE, _line_least)
        self.detail_view.setObjectName("station_detail")
        self.detail_view.setModel(self.detail_model)
        self._table_style(self.detail_view)
        self.detail_view.horizontalHeader().setMinimumSectionSize(60)
        self.detail_view.setWordWrap(True)  # a long line name on two lines rather than cut
        self.detail_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.detail_view.selectionModel().currentRowChanged.connect(self._on_detail_current_changed)
        self.detail_view.doubleClicked.connect(self._on_detail_double_clicked)
        self.station_title = QLabel()
        self.station_title.setObjectName("station_title")
        title_font = self.station_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.station_title.setFont(title_font)
        self.override_button = QPushButton(self.tr("Override…"))
        self.override_button.setObjectName("override")
        self.override_button.setToolTip(self.tr("Set the consolidated value of the selected line; "
                                                "a reason is required and kept in the audit trail"))
        self.override_button.clicked.connect(self._on_override_clicked)
        legend = QLabel(fill(self.tr('<span style="background:%1">&nbsp;observers disagree&nbsp;</span> '
                                     '<span style="background:%2">&nbsp;differs from official&nbsp;</span> '
                                     '<span style="background:%3">&nbsp;set by the coordinator&nbsp;</span>'),
                             CONFLICT.name(), DIFFERS.name(), OVERRIDDEN.name()))
        legend.setObjectName("station_legend")
        legend.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.station_title)
        right_layout.addWidget(self.detail_view, 1)
        below = QHBoxLayout()
        below.addWidget(legend, 1)
        below.addWidget(self.override_button)
        right_layout.addLayout(below)
        splitter = QSplitter(Qt.Horizontal)
        splitter.setObjectName("stations_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([590, 760])

        self.tabs = QTabWidget()
        self.tabs.setObjectName("coordinator_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Stations"))
        self.tabs.addTab(bundles_page, self.tr("Bundles"))
        self.analysis_page = AnalysisPage(self.lang)
        self.analysis_page.run_requested.connect(self.analyse)
        self.analysis_page.cancel_requested.connect(self.cancel_analysis)
        self.tabs.addTab(self.analysis_page, self.tr("Analysis"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(box)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.message_label = QLabel()
        self.message_label.setObjectName("coordinator_message")
        self.error_label = QLabel()
        self.error_label.setObjectName("coordinator_error")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.statusBar().addWidget(self.error_label, 1)
        self.statusBar().addPermanentWidget(self.message_label)
        self._update_queue()
        self._update_trust()

    @staticmethod
    def _table_style(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setWordWrap(False)
        view.horizontalHeader().setHighlightSections(False)

    @staticmethod
    def _fit_columns(view: QTableView, columns: Sequence[int], most: int) -> None:
        """Each of `columns` as wide as its title and the cells in view, at most `most`."""
        header = view.horizontalHeader()
        for column in columns:
            view.resizeColumnToContents(column)
            if header.sectionSize(column) > most:
                header.resizeSection(column, most)

    @staticmethod
    def _fit_section(header: QHeaderView, column: int, width: int) -> None:
        """`width`, or wider when the (translated) title needs more."""
        title = str(header.model().headerData(column, Qt.Horizontal) or "")
        header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 12))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1366, 740)

    # --- dialogs tests replace -----------------------------------------------------------------------

    @classmethod
    def ask_open_database(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "Open a coordinator database"), "",
            QCoreApplication.translate("CoordinatorWindow", "Coordinator databases (*.sqlite);;All files (*)"))
        return path

    @classmethod
    def ask_new_database(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "New coordinator database"),
            "coordinator.sqlite",
            QCoreApplication.translate("CoordinatorWindow", "Coordinator databases (*.sqlite)"))
        if path and not Path(path).suffix:
            path += ".sqlite"
        return path

    @classmethod
    def ask_bundle_files(cls, parent: QWidget) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("CoordinatorWindow", "Add observers' bundles"), "",
            QCoreApplication.translate("CoordinatorWindow", "Observer bundles (*.obsx)"))
        return list(paths)

    @classmethod
    def ask_bundle_folder(cls, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("CoordinatorWindow", "Add every bundle in a folder"))

    @classmethod
    def ask_trust_file(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "The organisation's CA certificate"), "",
            QCoreApplication.translate("CoordinatorWindow",
                                       "CA certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        return path

    @classmethod
    def ask_election_file(cls, parent: QWidget) -> str:
        return ElectionPage.ask_election_file(parent)

    @classmethod
    def ask_results_csv(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "Import official results"), "",
            QCoreApplication.translate("CoordinatorWindow", "Results CSV (*.csv);;All files (*)"))
        return path

    @classmethod
    def ask_report_path(cls, parent: QWidget, with_pdf: bool) -> str:
        filters = [QCoreApplication.translate("CoordinatorWindow", "CSV (*.csv)"),
                   QCoreApplication.translate("CoordinatorWindow", "Excel workbook (*.xlsx)")]
        if with_pdf:
            filters.append(QCoreApplication.translate("CoordinatorWindow", "Signed PDF (*.pdf)"))
        # The window asks before replacing a file (ask_replace): the dialog's own question is not
        # shown by every platform's dialog, nor for the name once the suffix is added.
        path, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "Save the report"), "report.csv",
            ";;".join(filters), options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not Path(path).suffix:
            path += (".csv", ".xlsx", ".pdf")[filters.index(chosen) if chosen in filters else 0]
        return path

    @classmethod
    def ask_replace(cls, parent: QWidget, path: Path) -> bool:
        """Whether to replace the existing file `path` (No unless the coordinator says Yes)."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("CoordinatorWindow", "Replace the file?"),
            fill(QCoreApplication.translate(
                "CoordinatorWindow", "%1 already exists in %2. Replace it? The file there now is lost."),
                path.name, str(path.parent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_identity(cls, parent: QWidget) -> tuple[str, str] | None:
        """The identity (.p12) to sign the PDF report with, and its passphrase."""
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "Sign the report with"), "",
            QCoreApplication.translate("CoordinatorWindow", "Identity files (*.p12 *.pfx)"))
        if not path:
            return None
        passphrase, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("CoordinatorWindow", "Passphrase"),
            fill(QCoreApplication.translate("CoordinatorWindow", "The passphrase of %1:"), Path(path).name),
            QLineEdit.Password)
        return (path, passphrase) if ok else None

    # --- the database --------------------------------------------------------------------------------

    def open_database(self, path: str | Path, create: bool = False) -> bool:
        """Opens (or creates) a coordinator database for reading and overrides."""
        if self.busy():
            return False
        try:
            store = Store.open(path, create=create, kind="coordinator",
                               command=self.tr("Coordinator window"))
            try:
                prepare_coordinator(store, self.tr("Coordinator window"))
            except BaseException:
                store.close()
                raise
        except ObserverAppError as exc:
            self.show_error(fill(self.tr("Cannot open %1: %2"), str(path), message_text(exc)))
            return False
        if self.store is not None:
            self.store.close()
        self.store = store
        self.files.clear()
        self._update_queue()
        self._show_result("")
        self.status_label.clear()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.verified_by.clear()
        self.show_error("")
        self.analysis_page.show_result(None)
        self._update_title()
        self.refresh()
        self.database_opened.emit(str(Path(path).resolve()))
        return True

    def _update_title(self) -> None:
        if self.store is None or self.store.path is None:
            self.setWindowTitle(self.tr("Coordinator"))
        else:
            self.setWindowTitle(fill(self.tr("Coordinator — %1"), self.store.path.name))

    def refresh(self) -> None:
        """Reads bundles and stations again, in a Task with its own connection (after the running one)."""
        if self.store is None:
            self._on_load_succeeded(Snapshot([]))
            return
        if self.busy():
            self._refresh_pending = True
            return
        self._refresh_pending = False
        task = Task(load_snapshot, self.store.path, parent=self)
        task.succeeded.connect(self._on_load_succeeded)
        self._start("load", task)

    def _on_load_succeeded(self, snapshot: Snapshot) -> None:
        if self.store is not None and self.store.closed:
            return
        selected = self.selected_station()
        self.bundles_model.set_rows(snapshot.bundles)
        self._fit_columns(self.bundles_view, range(BundlesModel.WHEN), most=320)
        self._update_trust()
        self.template, self.reports, self.overrides = snapshot.template, snapshot.reports, snapshot.overrides
        if self.store is None:
            self.stations_hint.setText(self.tr("Open a coordinator database, or create a new one, to start."))
        elif self.template is None:
            self.stations_hint.setText(self.tr("No election yet: it comes with the first merged bundle."))
        self.stations_model.set_reports(self.template, self.reports)
        self._fit_columns(self.stations_view, [StationsModel.CODE, StationsModel.REGION, StationsModel.PROTOCOLS,
                                               StationsModel.SIGNATURES, StationsModel.OFFICIAL], most=160)
        self.stations_view.fit_fill_column()
        if self.template is not None:
            n = len(self.reports)
            self.stations_hint.setText(fill(self.tr("%1 station(s), %2 flagged", "", n), _number(n, self.lang),
                                            _number(self.stations_model.flagged_count(), self.lang)))
        if selected is None or not self.select_station(selected.station_id):
            self._show_station(None)
        self.tabs.setTabText(1, fill(self.tr("Bundles (%1)"), _number(self.bundles_model.rowCount(), self.lang)))
        self.analysis_page.mark_stale()  # what the database holds now may not be what was analysed
        self._update_actions()
        self.refreshed.emit()

    # --- queue and trust -----------------------------------------------------------------------------

    def add_files(self, paths: Sequence[str | Path]) -> int:
        known = {str(Path(p).resolve()) for p in self.files}
        added = 0
        for path in paths:
            resolved = str(Path(path).resolve())
            if resolved not in known:
                known.add(resolved)
                self.files.append(str(path))
                added += 1
        self._update_queue()
        return added

    def _update_queue(self) -> None:
        n = len(self.files)
        self.queue_label.setText(fill(self.tr("%1 bundle(s) to merge", "", n), _number(n, self.lang)) if n
                                 else self.tr("No bundles to merge yet: add bundles or a folder."))
        self.queue_label.setToolTip("\n".join(Path(p).name for p in self.files[:40])
                                    + ("\n…" if n > 40 else ""))
        self._update_actions()

    def set_trust(self, path: str | Path | None) -> bool:
        """Trusts the CA certificate in `path` (None: merge unverified)."""
        if path is None:
            self.trust, self.trust_name = None, ""
            self._update_trust()
            return True
        from observer_app.identity import load_ca_certificate

        try:
            cert = load_ca_certificate(path)
        except ObserverAppError as exc:
            self.show_error(message_text(exc))
            return False
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        self.trust = [cert.public_bytes(Encoding.PEM)]
        self.trust_name = str(names[0].value) if names else Path(path).name
        self._update_trust()
        return True

    def _update_trust(self) -> None:
        """Says what is true: how many merged bundles are verified (and by which CA, where a merge
        in this window verified them all), and which CA the next merge trusts, if any."""
        merged = [b for b in self.bundles_model.rows() if b.status == "merged"] if self.store else []
        verified = [b for b in merged if b.verified]
        if merged:
            text = fill(self.tr("Signatures: %1 of %2 verified"), _number(len(verified), self.lang),
                        _number(len(merged), self.lang))
            by = {self.verified_by.get(b.sha256) for b in verified}
            if len(by) == 1 and None not in by:
                text = fill(self.tr("%1 (trusted CA %2)"), text, by.pop())
            self.signatures_label.setText(text)
            self.signatures_label.setStyleSheet("" if len(verified) == len(merged) else "color: #8a5a00;")
        self.signatures_label.setVisible(bool(merged))
        if self.trust:
            self.trust_label.setText(fill(self.tr("Trusted CA for the next merge: %1"), self.trust_name))
            self.trust_label.setStyleSheet("")
        else:
            self.trust_label.setText(self.tr("No trusted CA chosen for the next merge: new bundles are "
                                             "merged unverified"))
            self.trust_label.setStyleSheet("color: #8a5a00;")
        self.trust_clear.setVisible(bool(self.trust))

    # --- tasks ---------------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def _update_actions(self) -> None:
        has_db = self.store is not None
        idle = not self.busy()
        has_election = has_db and self.template is not None
        self.open_action.setEnabled(idle)
        self.new_action.setEnabled(idle)
        merging = self._task_kind == "merge"  # the list and the CA may change while reading
        for action in (self.add_files_action, self.add_folder_action, self.trust_action):
            action.setEnabled(not merging)
        self.clear_queue.setEnabled(not merging and bool(self.files))
        self.trust_clear.setEnabled(not merging)
        self.merge_button.setEnabled(idle and has_db and bool(self.files))
        self.merge_action.setEnabled(self.merge_button.isEnabled())
        self.cancel_button.setEnabled(self._task_kind == "merge" and self.task is not None
                                      and not self.task.is_cancelled())
        self.election_action.setEnabled(idle and has_db)
        self.official_action.setEnabled(idle and has_election)
        self.report_action.setEnabled(idle and has_election)
        self.analyse_action.setEnabled(idle and has_election)
        self.publish_action.setEnabled(idle and has_election)
        analysing = self._task_kind == "analysis"
        self.analysis_page.set_running(analysing, enabled=idle and has_election)
        if analysing and self.task is not None and self.task.is_cancelled():
            self.analysis_page.cancel_button.setEnabled(False)
        self.override_button.setEnabled(idle and self._override_target() is not None)
        can_withdraw = idle and self.selected_bundle() is not None and self.selected_bundle().status == "merged"
        self.withdraw_action.setEnabled(can_withdraw)
        self.withdraw_button.setEnabled(can_withdraw)

    def _start(self, kind: str, task: Task) -> Task:
        self.task = task
        self._task_kind = kind
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        if kind != "load":
            self.show_error("")
        self._update_actions()
        task.start()
        return task

    def _on_task_finished(self) -> None:
        task = self.task
        self.task = None
        self._task_kind = ""
        if task is not None:
            task.deleteLater()
        self._update_actions()
        if self._refresh_pending and self.store is not None and not self.store.closed:
            self.refresh()

    def _on_task_failed(self, message: str) -> None:
        if self.store is None or self.store.closed:
            return
        kind = self._task_kind
        if kind == "merge":
            self.status_label.setText(self.tr("Stopped by an error"))
            self.show_error(fill(self.tr("The merge stopped: %1"), message))
        elif kind == "official":
            self.message_label.clear()
            self.show_error(fill(self.tr("The official results were not imported: %1"), message))
        elif kind == "report":
            self.message_label.clear()
            self.show_error(fill(self.tr("The report was not written: %1"), message))
        elif kind == "election":
            self.message_label.clear()
            self.show_error(fill(self.tr("The election file was not loaded: %1"), message))
        elif kind == "publish":
            self.message_label.clear()
            self.show_error(fill(self.tr("Nothing was published: %1"), message))
        elif kind == "analysis":
            text = fill(self.tr("The analysis stopped: %1"), message)
            self.analysis_page.show_error(text)
            self.show_error(text)
        else:
            self.show_error(fill(self.tr("Cannot read the coordinator database: %1"), message))
        if kind != "load":
            self.refresh()  # what was committed before the error
        self.task_failed.emit(message)

    def merge(self) -> Task | None:
        """Starts merging the queued bundles; None when there is nothing to do."""
        if self.busy() or self.store is None or not self.files:
            return None
        options = {"workers": None} | dict(self.merge_options)
        job = MergeJob(self.store.path, self.files, self.trust, lang=self.lang, **options)
        task = Task(job, with_progress=True, parent=self)
        task.progressed.connect(self._on_merge_progressed)
        task.succeeded.connect(self._on_merge_succeeded)
        total = len(self.files)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Verifying…"))
        self._show_result("")
        self.merge_started.emit(task)
        return self._start("merge", task)

    def _on_merge_progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status_label.setText(text)

    def _on_merge_succeeded(self, result: MergeResult) -> None:
        if self.store is None or self.store.closed:
            return
        done = len(result.merged) + len(result.already) + len(result.rejected)
        self.progress.setValue(done)
        for check in (*result.merged, *result.already):
            if check.trusted and check.sha256:
                self.verified_by[check.sha256] = self.trust_name
        self.status_label.setText(progress_text(done, self.progress.maximum(), len(result.rejected), self.lang))
        self._show_result(result_text(result, self.lang))
        self.result_label.setStyleSheet("color: #b00020;" if result.rejected else "")
        if not result.cancelled:
            self.files.clear()
            self._update_queue()
        self.refresh()
        if result.rejected and not result.cancelled:
            self.tabs.setCurrentIndex(1)
        self.merge_finished.emit(result)

    def analyse(self) -> Task | None:
        """Starts the analysis with the Analysis tab's options (and shows that tab); None when it
        cannot start now."""
        if self.busy() or self.store is None or self.template is None:
            return None
        self.tabs.setCurrentWidget(self.analysis_page)
        sample, source, confidence = self.analysis_page.options()
        task = Task(AnalysisJob(self.store.path, sample, source, confidence), with_progress=True, parent=self)
        task.progressed.connect(self.analysis_page.show_progress)
        task.succeeded.connect(self._on_analysis_succeeded)
        self.analysis_page.show_progress(0, 0, self.tr("Reading the database…"))
        return self._start("analysis", task)

    def _on_analysis_succeeded(self, result: AnalysisResult | None) -> None:
        if self.store is None or self.store.closed:
            return
        if result is None:
            self.analysis_page.show_cancelled()
        else:
            self.analysis_page.show_result(result)
        self.analysed.emit(result)

    def cancel_analysis(self) -> None:
        if self.task is not None and self._task_kind == "analysis":
            self.task.cancel()
            self.analysis_page.show_progress(0, 0, self.tr("Cancelling…"))
            self._update_actions()

    def cancel_merge(self) -> None:
        if self.task is not None and self._task_kind == "merge":
            self.task.cancel()
            self.status_label.setText(fill(self.tr("Cancelling… %1"), self.status_label.text()))
            self._update_actions()

    def load_election(self, election_path: str) -> Task | None:
        if self.busy() or self.store is None:
            return None
        task = Task(load_election_file, self.store.path, election_path, parent=self)
        task.succeeded.connect(self._on_election_succeeded)
        self.message_label.setText(self.tr("Loading the election file…"))
        return self._start("election", task)

    def _on_election_succeeded(self, counts: tuple[int, int, int]) -> None:
        if self.store is None or self.store.closed:
            return
        added, updated, unchanged = counts
        self.message_label.setText(fill(
            self.tr("Election loaded: %1 stations added, %2 updated, %3 unchanged"),
            *(_number(n, self.lang) for n in (added, updated, unchanged))))
        self.refresh()
        self.election_loaded.emit(counts)

    def import_official(self, csv_path: str) -> Task | None:
        if self.busy() or self.store is None:
            return None
        task = Task(import_official_results, self.store.path, csv_path, parent=self)
        task.succeeded.connect(self._on_official_succeeded)
        self.message_label.setText(self.tr("Importing official results…"))
        return self._start("official", task)

    def _on_official_succeeded(self, counts: tuple[int, int, int, int]) -> None:
        if self.store is None or self.store.closed:
            return
        rows, added, replaced, same = counts
        self.message_label.setText(fill(
            self.tr("Imported %1 official result(s): %2 added, %3 replaced, %4 unchanged", "", rows),
            *(_number(n, self.lang) for n in (rows, added, replaced, same))))
        self.refresh()
        self.official_imported.emit(counts)

    def write_report(self, out_path: str, identity: tuple[str, str] | None = None) -> Task | None:
        if self.busy() or self.store is None:
            return None
        task = Task(write_report, self.store.path, out_path, self.lang, identity, parent=self)
        task.succeeded.connect(self._on_report_succeeded)
        self.message_label.setText(self.tr("Writing the report…"))
        return self._start("report", task)

    def _on_report_succeeded(self, written: tuple[str, int]) -> None:
        path, stations = written
        self.message_label.setText(fill(self.tr("Wrote %1: %2 station(s)", "", stations),
                                        Path(path).name, _number(stations, self.lang)))
        self.report_written.emit(path)

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setToolTip(message)

    # --- stations and overrides ----------------------------------------------------------------------

    def selected_station(self) -> StationReport | None:
        index = self.stations_view.currentIndex()
        if not index.isValid():
            return None
        source = self.stations_proxy.mapToSource(index)
        return self.stations_model.report(source.row()) if source.isValid() else None

    def select_station(self, station_id: str) -> bool:
        row = self.stations_model.row_of(station_id)
        if row < 0:
            return False
        index = self.stations_proxy.mapFromSource(self.stations_model.index(row, 0))
        if not index.isValid():
            return False
        self.stations_view.setCurrentIndex(index)
        self.stations_view.scrollTo(index)
        self._show_station(self.stations_model.report(row))  # also when it was current already
        return True

    def _on_stations_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_station(self.selected_station())

    def _show_station(self, report: StationReport | None) -> None:
        line = self.selected_code()
        overrides = self.overrides.get(report.station_id, {}) if report is not None else {}
        self.detail_model.set_station(self.template, report, overrides, self.lang)
        # The figures and the note are as wide as what they hold (no note: no column); the line's
        # name takes the rest, on two lines where it needs them (FillingView).
        header = self.detail_view.horizontalHeader()
        for column in range(self.detail_model.columnCount()):
            self.detail_view.setColumnHidden(column, False)  # the note of another station may have been
            mode = (QHeaderView.Interactive if column in (StationDetailModel.LINE, self.detail_model.note_column)
                    else QHeaderView.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        if self.detail_model.columnCount():
            note = self.detail_model.note_column
            has_notes = any(self.detail_model.note(row) for row in range(self.detail_model.rowCount()))
            self.detail_view.setColumnHidden(note, not has_notes)
            if has_notes:
                self._fit_columns(self.detail_view, [note], most=220)
            self.detail_view.fit_fill_column()
        if report is None:
            self.station_title.setText(self.tr("Select a station to compare its protocols line by line."))
        else:
            parts = [fill(self.tr("Station %1"), report.code), report.region]
            if report.registered is not None:
                parts.append(fill(self.tr("%1 registered voters"), _number(report.registered, self.lang)))
            if report.official is None:
                parts.append(self.tr("no official results yet"))
            self.station_title.setText(" · ".join(p for p in parts if p))
            if line is not None and self.detail_model.row_of(line) >= 0:
                self.detail_view.selectRow(self.detail_model.row_of(line))
        self._update_actions()

    def selected_code(self) -> str | None:
        index = self.detail_view.currentIndex()
        if not index.isValid() or index.row() >= self.detail_model.rowCount():
            return None
        return self.detail_model.code(index.row())

    def _override_target(self) -> tuple[StationReport, str] | None:
        report = self.detail_model.report
        code = self.selected_code()
        if report is None or code is None or report.consolidated is None:
            return None
        return report, code

    def _on_detail_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _on_detail_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == self.detail_model.consolidated_column and self.override_button.isEnabled():
            self.override_selected()

    def override_selected(self) -> bool:
        """Asks for a value and a reason for the selected line; True once stored (and audited)."""
        target = self._override_target()
        if target is None or self.store is None or self.busy():
            return False
        report, code = target
        row = self.detail_model.row_of(code)
        answer = OverrideDialog.ask(report.code, self.detail_model.line_label(row),
                                    self.detail_model.consolidated_value(code), self)
        if answer is None:
            return False
        value, reason = answer
        if not reason or not reason.strip():
            self.show_error(self.tr("An override needs a reason; nothing was changed."))
            return False
        try:
            self.store.add_override(report.station_id, code, value, reason)
        except ObserverAppError as exc:
            self.show_error(fill(self.tr("The override was not saved: %1"), message_text(exc)))
            return False
        self.show_error("")
        self.message_label.setText(fill(self.tr("Override saved for station %1"), report.code))
        self.refresh()  # the station and the line stay selected
        return True

    def selected_bundle(self) -> MergedBundle | None:
        index = self.bundles_view.currentIndex()
        if not index.isValid():
            return None
        return self.bundles_model.row(index.row())

    @classmethod
    def ask_withdraw_reason(cls, parent: QWidget, bundle: MergedBundle) -> str | None:
        """The reason for withdrawing a bundle (None: not withdrawn)."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("CoordinatorWindow", "Withdraw bundle"),
            fill(QCoreApplication.translate(
                "CoordinatorWindow", "Withdraw %1 (signed by %2)? Its records leave the database, as if "
                "it had never been merged; merging it again will not bring it back.\n\nReason (kept "
                "and audited):"), bundle.file_name or bundle.sha256[:16], bundle.signer_name or "?"))
        return text if ok else None

    def withdraw_selected(self) -> bool:
        """Withdraws the selected merged bundle, with a reason; True once done (and audited)."""
        bundle = self.selected_bundle()
        if bundle is None or bundle.status != "merged" or self.store is None or self.busy():
            return False
        reason = self.ask_withdraw_reason(self, bundle)
        if reason is None:
            return False
        if not reason.strip():
            self.show_error(self.tr("A withdrawal needs a reason; nothing was changed."))
            return False
        try:
            withdraw_bundle(self.store, bundle.sha256, reason)
        except ObserverAppError as exc:
            self.show_error(fill(self.tr("The bundle was not withdrawn: %1"), message_text(exc)))
            return False
        self.show_error("")
        self.message_label.setText(fill(self.tr("Withdrew %1"), bundle.file_name or bundle.sha256[:16]))
        self.refresh()
        return True

    # --- slots -----------------------------------------------------------------------------------------

    def _on_bundles_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _on_withdraw_triggered(self) -> None:
        self.withdraw_selected()

    def _on_open_triggered(self) -> None:
        path = self.ask_open_database(self)
        if path:
            self.open_database(path, create=False)

    def _on_new_triggered(self) -> None:
        path = self.ask_new_database(self)
        if path:
            self.open_database(path, create=True)

    def _on_add_files_triggered(self) -> None:
        paths = self.ask_bundle_files(self)
        if paths:
            added = self.add_files(paths)
            self.message_label.setText(fill(self.tr("Added %1 bundle(s)", "", added), _number(added, self.lang)))

    def _on_add_folder_triggered(self) -> None:
        folder = self.ask_bundle_folder(self)
        if not folder:
            return
        found = sorted(str(p) for p in Path(folder).rglob("*")
                       if p.is_file() and p.suffix.lower() == BUNDLE_SUFFIX)
        added = self.add_files(found)
        self.message_label.setText(fill(self.tr("Added %1 bundle(s) from %2 and its subfolders", "", added),
                                        _number(added, self.lang), Path(folder).name))

    def _on_clear_queue_clicked(self) -> None:
        self.files.clear()
        self._update_queue()

    def _on_trust_triggered(self) -> None:
        path = self.ask_trust_file(self)
        if path:
            self.set_trust(path)

    def _on_trust_clear_clicked(self) -> None:
        self.set_trust(None)

    def _on_merge_clicked(self) -> None:
        self.merge()

    def _on_cancel_clicked(self) -> None:
        self.cancel_merge()

    def _on_election_triggered(self) -> None:
        path = self.ask_election_file(self)
        if path:
            self.load_election(path)

    def _on_official_triggered(self) -> None:
        path = self.ask_results_csv(self)
        if path:
            self.import_official(path)

    def _on_report_triggered(self) -> None:
        with_pdf = pdf_available()
        path = self.ask_report_path(self, with_pdf)
        if not path or not self._may_write(path):
            return
        suffix = Path(path).suffix.lower()
        identity = None
        if suffix == ".pdf" and with_pdf:
            identity = self.ask_identity(self)
            if identity is None:
                return
        elif suffix not in (".csv", ".xlsx"):
            self.show_error(self.tr("The report is written as .csv, .xlsx or .pdf; choose one of these."))
            return
        self.write_report(path, identity)

    @classmethod
    def ask_publish_path(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CoordinatorWindow", "Publish as"), "public.sqlite",
            QCoreApplication.translate("CoordinatorWindow", "SQLite for Datasette (*.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not Path(path).suffix:
            path += ".sqlite"
        return path

    @classmethod
    def ask_publish_options(cls, parent: QWidget) -> tuple[bool, bool] | None:
        from ui.publish import PublishOptionsDialog

        return PublishOptionsDialog.ask(parent)

    @classmethod
    def confirm_publish(cls, parent: QWidget, text: str) -> bool:
        answer = QMessageBox.question(parent, QCoreApplication.translate("CoordinatorWindow", "Publish"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_publish_triggered(self) -> None:
        self.publish(self.ask_publish_path(self))

    def publish(self, out_path: str) -> Task | None:
        """Prepares the publication in a private folder (a Task), shows what it leaves out and
        writes it to `out_path` only when the coordinator says so."""
        if not out_path or self.busy() or self.store is None:
            return None
        from observer_app.publish import metadata_path

        out = Path(out_path)
        try:
            check_output(out, [self.store.path], force=True)
            check_output(metadata_path(out), [self.store.path], force=True)
        except ObserverAppError as exc:
            self.show_error(fill(self.tr("Nothing was published: %1"), message_text(exc)))
            return None
        existing = [p for p in (out, metadata_path(out)) if os.path.lexists(p)]
        if existing and not self.ask_replace(self, existing[0]):
            return None
        options = self.ask_publish_options(self)
        if options is None:
            return None
        from ui.publish import prepare

        task = Task(prepare, self.store.path, out.name, *options, self.analysis_page.sample_path, parent=self)
        self._publish_out = out
        task.succeeded.connect(self._on_publish_prepared)
        self.message_label.setText(self.tr("Preparing the publication…"))
        return self._start("publish", task)

    def _on_publish_prepared(self, done) -> None:
        from observer_app.publish import place
        from ui.publish import discard, left_out_text

        out = self._publish_out

        try:
            if self.store is None or self.store.closed or not self.confirm_publish(self, left_out_text(done, out)):
                self.message_label.setText(self.tr("Nothing was published."))
                return
            try:
                written = place(done, out, force=True)
            except ObserverAppError as exc:
                self.message_label.clear()
                self.show_error(fill(self.tr("Nothing was published: %1"), message_text(exc)))
                return
            self.message_label.setText(fill(self.tr("Published %1 and %2"), written.path.name,
                                            written.metadata_path.name))
            self.published.emit(str(written.path))
        finally:
            discard(done)

    def _may_write(self, path: str) -> bool:
        """Whether the report may go to `path`: never over the database it reads; an existing
        file only when the coordinator says to replace it."""
        try:
            check_output(path, [self.store.path if self.store is not None else None], force=True)
        except ObserverAppError as exc:
            self.show_error(fill(self.tr("The report was not written: %1"), message_text(exc)))
            return False
        return not os.path.lexists(path) or self.ask_replace(self, Path(path))

    def _on_about_triggered(self) -> None:
        from ui.about import AboutDialog

        AboutDialog.ask(self.store.path if self.store is not None else None, "coordinator", self)

    def _on_override_clicked(self) -> None:
        self.override_selected()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        task = self.task
        if task is not None:
            task.cancel()  # what is committed stays; the rest is merged next time
            task.wait()
        if self.store is not None and not self.store.closed:
            self.store.close()
        super().closeEvent(event)
