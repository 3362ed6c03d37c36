"""The summary screen: what has been recorded at this station, and its signed exports."""

from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_app import formats
from observer_app.domain.template import pick_name
from observer_app.domain.records import parse_time
from observer_app.domain.turnout import (HeadcountFinding, compare_observed, independent_turnout, issued_code,
                                         station_coverage)
from observer_app.errors import ObserverAppError
from observer_app.export import files as export_files
from observer_app.identity import Identity, printable
from observer_app.review import DATABASE_WIDE, ReviewItem, observed_stations, review
from observer_app.storage.store import Store
from ui import labels
from ui.identity import (ERROR_STYLE, MUTED_STYLE, OK_STYLE, IdentityDialog, default_folder,
                         safe_file_name, unlock)
from ui.messages import message_text
from ui.protocol import fill, relation_text
from ui.session import Session
from ui.worker import Task

# Colours of a value that needs the reader's attention.
TONES = {"bad": "#b71c1c", "warn": "#8a5a00", "good": "#1b5e20"}


@dataclass(frozen=True)
class Row:
    label: str
    value: str
    tone: str | None = None  # "bad" | "warn" | "good"
    strong: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...]


def _when(iso: str | None, lang: str | None) -> str:
    return formats.stamp(iso, lang)


# --- the exports, run in a worker thread ------------------------------------------------------------
# Each opens its own Store on the database path: a SQLite connection belongs to the thread that
# opened it, so the GUI's connection is never touched here. Progress reports a step name; the
# page shows it translated.


@dataclass(frozen=True)
class Exported:
    path: Path
    signer: str  # the certificate's name, on one line (identity.printable)


def _open_own_store(db_path: Path) -> Store:
    """This thread's own connection to the database the app has open (never the GUI's)."""
    return Store.open(db_path, create=False)


def write_signed_summary(db_path: Path, station_id: str, out: Path, identity: Identity, lang: str, *,
                         progress: Callable[..., None], cancelled: Callable[[], bool]) -> Exported:
    """Builds the station's PDF summary, signs it, and writes it to `out` (never unsigned)."""
    steps = {"build": 0, "sign": 1, "save": 2}
    with _open_own_store(db_path) as store:
        export_files.write_signed_summary(store, station_id, out, identity, lang,
                                          progress=lambda name: progress(steps[name], 3, name))
    return Exported(out, printable(identity.name))


def write_signed_bundle(db_path: Path, out: Path, identity: Identity, *,
                        progress: Callable[..., None], cancelled: Callable[[], bool]) -> Exported:
    """A signed bundle of the whole database for the coordinator (export_bundle writes it whole
    or not at all, from a snapshot, so the app may go on writing meanwhile)."""
    from observer_app.bundle import export_bundle

    progress(0, 1, "bundle")
    with _open_own_store(db_path) as store:
        export_bundle(store, out, identity)
    return Exported(out, printable(identity.name))


class _Running(QObject):
    """Running exports, kept referenced until they finish: a page may go away meanwhile (a
    language switch reopens the window), and a QThread must not be destroyed while it runs.
    Lives on the GUI thread, so `finished` reaches it there."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: set[Task] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def start(self, task: Task) -> None:
        self.tasks.add(task)
        task.finished.connect(self._on_task_finished)
        task.start()

    def _on_task_finished(self) -> None:
        task = self.sender()
        self.tasks.discard(task)
        task.deleteLater()

    def wait(self) -> None:
        """Lets running exports finish (seconds at most) before the app quits."""
        for task in list(self.tasks):
            task.wait()


_running: _Running | None = None


def _start(task: Task) -> None:
    global _running
    if _running is None:
        _running = _Running()
    _running.start(task)


# --- the review before signing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Reviewed:
    """One item of the review; `station` is the code of another station than the one shown
    (a bundle carries every station), None for this one (whose items lead to their place)."""

    item: ReviewItem
    station: str | None = None


class ReviewDialog(QDialog):
    """What is missing or odd before signing: each item's button closes the dialog and leads to
    its place; "Sign anyway" signs as it is; Cancel signs nothing."""

    SCROLL_FROM = 8  # items; more scroll

    def __init__(self, items: list[Reviewed], kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Before you sign"))
        self.chosen: ReviewItem | None = None
        intro = QLabel(self.tr("Check these before you sign the PDF summary: each button takes you "
                               "to the place to put it right. You can also sign it as it is.")
                       if kind == "pdf" else
                       self.tr("Check these before you sign the export bundle: each button takes "
                               "you to the place to put it right. You can also sign it as it is."))
        intro.setObjectName("review_intro")
        intro.setWordWrap(True)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        self.item_labels: list[QLabel] = []
        self.item_buttons: list[QPushButton | None] = []
        for row, reviewed in enumerate(items):
            icon = QLabel()
            icon.setPixmap(warning)
            text = message_text(reviewed.item.message)
            if reviewed.station is not None:
                text = fill(self.tr("Station %1: %2"), reviewed.station, text)
            label = QLabel(text)
            label.setObjectName(f"review_item_{row}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignTop)
            button = self._go_button(reviewed)
            if button is not None:
                button.setObjectName(f"review_go_{row}")
                button.clicked.connect(lambda _=False, item=reviewed.item: self._on_go_clicked(item))
                grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.item_labels.append(label)
            self.item_buttons.append(button)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(items), 1)  # the rows at the top, the room below
        if len(items) > self.SCROLL_FROM:  # e.g. a bundle of many stations: the list scrolls
            listed: QWidget = QScrollArea()
            listed.setWidget(rows)
            listed.setWidgetResizable(True)
            listed.setFrameShape(QFrame.Shape.NoFrame)
            listed.setMinimumHeight(380)
        else:
            listed = rows
        buttons = QDialogButtonBox()
        self.sign = buttons.addButton(self.tr("&Sign anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign.setObjectName("review_sign")
        self.sign.setAutoDefault(False)  # Enter never signs: it goes to the first item's place
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("review_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listed, 1)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        first = next((b for b in self.item_buttons if b is not None), self.cancel)
        first.setDefault(True)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        width = 680
        self.resize(width, max(layout.totalHeightForWidth(width), self.minimumSizeHint().height()))

    def _go_button(self, reviewed: Reviewed) -> QPushButton | None:
        """The button that leads to the item's place, or None (another station's item, or the
        demo and the clock, which nothing in the app puts right)."""
        item = reviewed.item
        if reviewed.station is not None or item.code in DATABASE_WIDE:
            return None
        text = {
            "no_arrival": self.tr("Record the arrival"),
            "no_departure": self.tr("Record the departure"),
        }.get(item.code) or {
            "turnout": self.tr("Go to Turnout"),
            "obstructions": self.tr("Go to Obstructions"),
            "protocol": self.tr("Go to Protocol"),
        }.get(item.section)
        return QPushButton(text) if text else None

    def _on_go_clicked(self, item: ReviewItem) -> None:
        self.chosen = item
        self.done(QDialog.DialogCode.Rejected)


class SummaryPage(QWidget):
    """A read-only overview, rebuilt whenever anything is saved."""

    jump_requested = Signal(str, str)  # the review's item chose its place: (section, item code)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True

        self._demo = QLabel(self.tr("DEMO: this database holds the demo election, for practice. "
                                    "Nothing recorded here is evidence, and every PDF of it says "
                                    "DEMO."))
        self._demo.setObjectName("summary_demo")
        self._demo.setWordWrap(True)
        self._demo.setStyleSheet("background: #6a1b9a; color: white; font-weight: bold; "
                                 "border-radius: 4px; padding: 6px 10px;")
        self._demo.setVisible(session.template.demo)

        self._text = QTextBrowser()
        self._text.setObjectName("summary_text")
        self._text.setOpenLinks(False)

        self.task: Task | None = None
        export = QGroupBox(self.tr("Export"))
        export.setObjectName("export_box")
        export_layout = QVBoxLayout(export)
        self._export_pdf = QPushButton(self.tr("Signed PDF summary…"))
        self._export_pdf.setObjectName("export_pdf")
        self._export_pdf.setToolTip(self.tr("This summary as a PDF, signed with your identity"))
        self._export_pdf.clicked.connect(self._on_export_pdf_clicked)
        self._export_bundle = QPushButton(self.tr("Signed export bundle…"))
        self._export_bundle.setObjectName("export_bundle")
        self._export_bundle.setToolTip(self.tr("Everything you recorded, signed, for your coordinator"))
        self._export_bundle.clicked.connect(self._on_export_bundle_clicked)
        note = QLabel(self.tr("A signed PDF of this summary and a signed bundle of everything "
                              "recorded, for your coordinator."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        self._identity = QLabel()
        self._identity.setObjectName("export_identity")
        self._identity.setWordWrap(True)
        self._identity_button = QPushButton(self.tr("Identity…"))
        self._identity_button.setObjectName("export_identity_button")
        self._identity_button.clicked.connect(self._on_identity_button_clicked)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self._identity, 1)
        identity_row.addWidget(self._identity_button)
        self._progress = QProgressBar()
        self._progress.setObjectName("export_progress")
        self._progress.setRange(0, 0)  # busy: the steps take seconds at most
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(12)
        self._progress.hide()
        self._status = QLabel()
        self._status.setObjectName("export_status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._status.hide()
        self._open_folder = QPushButton(self.tr("Open the folder"))
        self._open_folder.setObjectName("export_open_folder")
        self._open_folder.clicked.connect(self._on_open_folder_clicked)
        self._open_folder.hide()
        self._saved: Path | None = None
        for widget in (self._export_pdf, self._export_bundle, note):
            export_layout.addWidget(widget)
        export_layout.addLayout(identity_row)
        for widget in (self._progress, self._status, self._open_folder):
            export_layout.addWidget(widget)

        side = QVBoxLayout()
        side.addWidget(export)
        side.addStretch(1)
        root = QHBoxLayout(self)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self._demo)
        main.addWidget(self._text, 1)
        root.addLayout(main, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.layout().setContentsMargins(0, 0, 0, 0)
        side_widget.setFixedWidth(280)
        root.addWidget(side_widget)

        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self, table: str) -> None:
        if table == "observers":
            self._show_identity()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # rebuilt when shown: a +1 click elsewhere costs nothing here

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._show_identity()
        self._stale = False
        scroll = self._text.verticalScrollBar().value()
        self._text.setHtml(self.to_html(self.sections()))
        self._text.verticalScrollBar().setValue(scroll)

    # --- exports -----------------------------------------------------------------------------

    def _show_identity(self) -> None:
        if self.session.store.closed:
            return
        path = self.session.store.observer().identity_path
        if path:
            self._identity.setText(fill(self.tr("Signing with %1"), Path(path).name))
            self._identity.setToolTip(path)
            self._identity.setStyleSheet(MUTED_STYLE)
        else:
            self._identity.setText(self.tr("No identity attached yet: signing needs one."))
            self._identity.setToolTip("")
            self._identity.setStyleSheet(f"color: {TONES['warn']};")

    @classmethod
    def ask_save_path(cls, parent: QWidget, caption: str, default: str, filters: str) -> str:
        # The page asks before replacing a file (ask_replace): the dialog's own question is not
        # shown by every platform's dialog, nor for the name once the suffix is added.
        path, _ = QFileDialog.getSaveFileName(parent, caption, default, filters,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    @classmethod
    def ask_replace(cls, parent: QWidget, path: Path) -> bool:
        """Whether to replace the existing file `path` (No unless the observer says Yes)."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("SummaryPage", "Replace the file?"),
            fill(QCoreApplication.translate(
                "SummaryPage", "%1 already exists in %2. Replace it? The file there now is lost."),
                path.name, str(path.parent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_review(cls, parent: QWidget, items: list[Reviewed], kind: str) -> bool | ReviewItem:
        """The review before signing: True to sign anyway, False to sign nothing, or the item
        whose place the observer chose to go to (nothing is signed then)."""
        dialog = ReviewDialog(items, kind, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        return dialog.chosen if dialog.chosen is not None else False

    def review_items(self, kind: str) -> list[Reviewed]:
        """What the review lists before signing: this station's items, and for a bundle (which
        carries every station) the other observed stations' too, the demo and clock said once."""
        store = self.session.store
        items = [Reviewed(item) for item in review(store, self.session.station_id)]
        if kind == "bundle":
            for station_id in observed_stations(store):
                if station_id == self.session.station_id:
                    continue
                code = printable(store.station(station_id).code)
                items += [Reviewed(item, code) for item in review(store, station_id)
                          if item.code not in DATABASE_WIDE]
        return items

    def _reviewed(self, kind: str) -> bool:
        """True when signing may go on: nothing to review, or the observer signs anyway."""
        items = self.review_items(kind)
        if not items:
            return True
        answer = type(self).ask_review(self, items, kind)
        if isinstance(answer, ReviewItem):
            self._say("")
            self.jump_requested.emit(answer.section, answer.code)
            return False
        if not answer:
            self._say(self.tr("Nothing was signed."), MUTED_STYLE)
        return bool(answer)

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    def _say(self, text: str, style: str = MUTED_STYLE) -> None:
        self._status.setText(text)
        self._status.setStyleSheet(style)
        self._status.setVisible(bool(text))

    def _on_identity_button_clicked(self) -> None:
        IdentityDialog.ask(self.session, self)
        self._show_identity()

    def _on_export_pdf_clicked(self) -> None:
        self._export("pdf")

    def _on_export_bundle_clicked(self) -> None:
        self._export("bundle")

    def _identity_for_signing(self) -> Identity | None:
        """The unlocked identity, or None (and a sentence saying why nothing is saved)."""
        if not self.session.store.observer().identity_path:
            attached = IdentityDialog.ask(self.session, self, self.tr(
                "Signing needs your identity, and none is attached yet: use your identity file "
                "or create a self-signed one. Nothing is ever saved unsigned."))
            self._show_identity()
            if not attached:
                self._say(self.tr("Nothing was saved: signing needs an identity. Use or create "
                                  "one with “Identity…”."), ERROR_STYLE)
                return None
        try:
            identity = unlock(self.session, self)
        except ObserverAppError as exc:
            self._say(fill(self.tr("Nothing was saved: %1"), message_text(exc)), ERROR_STYLE)
            return None
        if identity is None:
            self._say("")
        return identity

    def _export(self, kind: str) -> None:
        if self.task is not None:
            return
        store = self.session.store
        self._open_folder.hide()
        self._saved = None
        if store.path is None:
            self._say(self.tr("Nothing was saved: this database has no file to export from."),
                      ERROR_STYLE)
            return
        if not self._reviewed(kind):
            return
        identity = self._identity_for_signing()
        if identity is None:
            return
        today = dt.date.today().isoformat()
        folder = default_folder(self.session)
        if kind == "pdf":
            suffix = ".pdf"
            name = safe_file_name(self.session.station.code, "summary")
            chosen = type(self).ask_save_path(self, self.tr("Save the signed PDF summary"),
                                        str(folder / f"{name}-{today}{suffix}"),
                                        self.tr("PDF files (*.pdf)"))
        else:
            suffix = ".obsx"
            name = safe_file_name(store.observer().full_name, "observer")
            chosen = type(self).ask_save_path(self, self.tr("Save the signed export bundle"),
                                        str(folder / f"{name}-{today}{suffix}"),
                                        self.tr("Export bundles (*.obsx)"))
        if not chosen:
            self._say("")
            return
        out = Path(chosen)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        db_path = Path(store.path)
        try:  # never over the database or the identity file, whatever the answer below
            export_files.check_output(out, [db_path, store.observer().identity_path], force=True)
        except ObserverAppError as exc:
            self._say(fill(self.tr("Nothing was saved: %1"), message_text(exc)), ERROR_STYLE)
            return
        if os.path.lexists(out) and not type(self).ask_replace(self, out):
            self._say(fill(self.tr("Nothing was saved: %1 is still there as it was."), out.name),
                      MUTED_STYLE)
            return
        if kind == "pdf":
            task = Task(write_signed_summary, db_path, self.session.station_id, out, identity,
                        self.session.lang, with_progress=True)
        else:
            task = Task(write_signed_bundle, db_path, out, identity, with_progress=True)
        self.task = task
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._set_running(True)
        _start(task)

    def _set_running(self, running: bool) -> None:
        for button in (self._export_pdf, self._export_bundle, self._identity_button):
            button.setEnabled(not running)
        self._progress.setVisible(running)
        if running:
            self._say(self.tr("Signing…"), MUTED_STYLE)

    def _on_task_progressed(self, _done: int, _total: int, step: str) -> None:
        text = {
            "build": self.tr("Building the PDF…"),
            "sign": self.tr("Signing…"),
            "save": self.tr("Saving…"),
            "bundle": self.tr("Taking a snapshot and signing the bundle…"),
        }.get(step)
        if text:
            self._say(text, MUTED_STYLE)

    def _on_task_succeeded(self, result: Exported) -> None:
        self._saved = result.path
        # Break opportunities after each separator: a long path wraps instead of being cut off.
        shown = str(result.path).replace(os.sep, os.sep + "\u200b")
        self._say(fill(self.tr("Saved and signed: %1 (signed by %2)"), shown, result.signer),
                  OK_STYLE)
        self._status.setToolTip(str(result.path))
        self._open_folder.show()

    def _on_task_failed(self, message: str) -> None:
        self._say(fill(self.tr("Nothing was saved: %1"), message), ERROR_STYLE)
        self._status.setToolTip("")

    def _on_task_finished(self) -> None:
        self.task = None
        self._set_running(False)

    def _on_open_folder_clicked(self) -> None:
        if self._saved is not None:
            type(self).open_url(QUrl.fromLocalFile(str(self._saved.parent)))

    # --- what is shown -----------------------------------------------------------------------

    def sections(self) -> list[Section]:
        """The summary as titled rows of (label, value): the view renders them, tests read them."""
        return [self._station(), self._observer(), self._protocol(), self._turnout(),
                self._obstructions(), self._incidents()]

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _count(self, value: int) -> str:
        return formats.integer(value, self.session.lang)

    def _station(self) -> Section:
        station = self.session.store.station(self.session.station_id)
        rows = [Row(self.tr("Code"), station.code)]
        if station.address:
            rows.append(Row(self.tr("Address"), station.address))
        place = ", ".join(p for p in (station.region, station.district) if p)
        if place:
            rows.append(Row(self.tr("Region, district"), place))
        rows.append(Row(self.tr("Registered voters (station list)"),
                        self.tr("unknown") if station.registered_voters is None
                        else formats.integer(station.registered_voters, self.session.lang)))
        rows.append(Row(self.tr("Election"), self.session.election_name()))
        return Section(self.tr("Polling station"), tuple(rows))

    def _observer(self) -> Section:
        store = self.session.store
        observer = store.observer()
        visit = store.visit(self.session.station_id)
        arrived = _when(visit.arrived_at, self.session.lang) if visit else ""
        departed = _when(visit.departed_at, self.session.lang) if visit else ""
        return Section(self.tr("Observer"), (
            Row(self.tr("Name"), observer.full_name or self.tr("not filled in"),
                None if observer.full_name else "warn"),
            Row(self.tr("Organisation"), observer.organisation or "—"),
            Row(self.tr("Arrived"), arrived or self.tr("not recorded")),
            Row(self.tr("Left"), departed or self.tr("not recorded")),
        ))

    def _protocol(self) -> Section:
        store, template = self.session.store, self.session.template
        protocol = store.protocol(self.session.station_id)
        if protocol is None or protocol.deleted:
            return Section(self.tr("Protocol"),
                           (Row(self.tr("Status"), self.tr("not recorded yet"), "warn"),))
        filled = sum(protocol.values.get(code) is not None for code in template.codes)
        results = template.evaluate(protocol.values)
        failing = [r for r in results if r.failed]
        unknown = sum(r.status == "unknown" for r in results)
        rows = [
            Row(self.tr("Status"), labels.protocol_status(protocol.status),
                "good" if protocol.status == "final" else None),
            Row(self.tr("Source"), labels.protocol_source(protocol.source),
                "bad" if protocol.source == "not_shown" else None),
            Row(self.tr("Recorded"), _when(protocol.recorded_at, self.session.lang)),
            Row(self.tr("Figures filled in"),
                fill(self.tr("%1 of %2"), filled, len(template.codes)),
                None if filled == len(template.codes) else "warn"),
        ]
        if failing:
            checks = self.tr("%n control relation(s) fail", "", len(failing))
        elif unknown:
            checks = self.tr("%n control relation(s) cannot be checked yet", "", unknown)
        else:
            checks = self.tr("all %n control relation(s) pass", "", len(results))
        rows.append(Row(self.tr("Control relations"), checks,
                        "bad" if failing else "warn" if unknown else "good", strong=bool(failing)))
        for result in failing:
            description = pick_name(result.relation.description, self.session.lang)
            value = fill(self.tr("%1 — %2"), relation_text(template, result, self.session.lang),
                         description or result.relation.expr)
            if result.relation.severity == "warning":
                value = fill(self.tr("%1 (warning)"), value)
            rows.append(Row("•", value,
                            "bad" if result.relation.severity == "error" else "warn"))
        rows.append(Row(self.tr("Confirmed as on the official copy"),
                        self._yes_no(protocol.as_on_official_copy)))
        rows.append(Row(self.tr("Photos of the protocol"), self._count(len(store.photos(protocol)))))
        return Section(self.tr("Protocol"), tuple(rows))

    def _turnout(self) -> Section:
        """The head-count of the hours observed against the protocol's issued line, saying what
        it covers and what the comparison can show (as the summary PDF: domain.turnout)."""
        store, template, lang = self.session.store, self.session.template, self.session.lang
        sid = self.session.station_id
        station = store.station(sid)
        protocol = store.protocol(sid)
        values = protocol.values if protocol is not None and not protocol.deleted else {}
        registered = station.registered_voters
        if registered is None and template.role_code("registered"):
            registered = values.get(template.role_code("registered"))
        tallies = sorted(parse_time(t.at) for t in store.tallies(sid))
        visit = store.visit(sid)
        visit = visit if visit is not None and not visit.deleted else None
        found = station_coverage(tallies, store.obstructions(sid), formats.local(visit.arrived_at) if visit else None,
                                 formats.local(visit.departed_at) if visit else None)
        rows = [Row(self.tr("Head-count (voters seen receiving a ballot)"),
                    formats.integer(found.counted, lang) if tallies else self.tr("none recorded"))]
        if tallies and found.observed:
            out = (fill(self.tr("%1 min out of the station"), formats.integer(found.out_minutes, lang))
                   if found.out else self.tr("no time out of the station recorded"))
            rows.append(Row(self.tr("Hours counted"), fill(self.tr("%1–%2, %3"), formats.clock(found.start),
                                                           formats.clock(found.end), out)))
        if found.counted_while_out:
            rows.append(Row("", self.tr("%n voter(s) counted while you were out of the station: left out of "
                                        "the comparison", "", found.counted_while_out), "warn"))
        if found.counted_outside:
            rows.append(Row("", self.tr("%n voter(s) counted before your arrival or after your departure: "
                                        "left out of the comparison", "", found.counted_outside), "warn"))
        percent = independent_turnout(found.counted, registered) if found.counted else None
        if not tallies:
            rows.append(Row(self.tr("Independent turnout"),
                            self.tr("not computed: no head-count was recorded")))
        elif percent is None:
            rows.append(Row(self.tr("Independent turnout"),
                            self.tr("cannot be computed: registered voters unknown") if found.counted
                            else self.tr("not computed: nobody was counted in the hours observed")))
        else:
            text = (self.tr("%1 of %2 registered") if found.whole_day
                    else self.tr("%1 of %2 registered, in the hours counted only"))
            rows.append(Row(self.tr("Independent turnout"),
                            fill(text, formats.percent(percent, lang), formats.integer(registered, lang))))
        code = issued_code(template)
        if code is not None:
            line = template.line(code)
            title = fill(self.tr("Protocol line %1 “%2”"), line.number, self.session.label(code))
            issued = values.get(code)
            if issued is None:
                rows.append(Row(title, self.tr("not filled in")))
            else:
                shown = formats.integer(issued, lang)
                protocol_percent = independent_turnout(issued, registered)
                if protocol_percent is not None:
                    shown = fill(self.tr("%1 (%2)"), shown, formats.percent(protocol_percent, lang))
                rows.append(Row(title, shown))
            finding = compare_observed(found, issued)
            if tallies and issued is not None:
                rows.append(self._comparison_row(finding))
        announcements = store.announcements(sid)
        if announcements:
            last = announcements[-1]
            figures = []
            if last.voters is not None:
                figures.append(fill(self.tr("%1 voters"), formats.integer(last.voters, lang)))
            if last.percent is not None:
                figures.append(formats.percent(last.percent, lang, None))
            rows.append(Row(self.tr("Latest turnout announced by the commission"),
                            fill(self.tr("%1 at %2"), ", ".join(figures), _when(last.at, lang))))
        return Section(self.tr("Turnout"), tuple(rows))

    def _comparison_row(self, finding: HeadcountFinding) -> Row:
        """The protocol against the head-count of the hours observed: never a bare "+1263"."""
        title, lang = self.tr("Protocol against the head-count"), self.session.lang
        if finding.verdict == "not_counted":
            return Row(title, self.tr("nobody was counted in the hours observed: nothing to compare"), "warn")
        difference = finding.difference or 0
        if finding.verdict == "equal":
            return Row(title, self.tr("the protocol says as many as were counted in those hours"), "good")
        if finding.verdict == "fewer":
            return Row(title, fill(self.tr("the protocol says %1 fewer than were counted in those hours alone: "
                                           "fewer ballots issued than you saw being issued"),
                                   formats.integer(-difference, lang)), "bad", strong=True)
        text = fill(self.tr("the protocol says %1 more than were counted in those hours"),
                    formats.integer(difference, lang))
        if finding.coverage.whole_day:
            text = fill(self.tr("%1; you counted the whole voting day: more ballots issued than voters seen "
                                "receiving one"), text)
            return Row(title, text, "bad", strong=True)
        text = fill(self.tr("%1; the voters of the hours not observed are part of the difference, so it "
                            "does not by itself show that ballots were added"), text)
        return Row(title, text, "warn", strong=True)

    def _obstructions(self) -> Section:
        store = self.session.store
        obstructions = store.obstructions(self.session.station_id)
        rows = [Row(self.tr("Recorded"), self._count(len(obstructions)), "bad" if obstructions else None)]
        for kind, count in sorted(Counter(o.kind for o in obstructions).items()):
            rows.append(Row(labels.obstruction_kind(kind), self._count(count)))
        removal = store.open_removal(self.session.station_id)
        if removal is not None:
            rows.append(Row(self.tr("Still out of the station"),
                            fill(self.tr("%1 since %2"), labels.obstruction_kind(removal.kind),
                                 _when(removal.started_at, self.session.lang)), "bad", strong=True))
            rows.append(Row("", self.tr("The head-count misses every voter while you are out."), "warn"))
        return Section(self.tr("Obstructions"), tuple(rows))

    def _incidents(self) -> Section:
        store = self.session.store
        incidents = store.incidents(self.session.station_id)
        rows = [Row(self.tr("Incidents"), self._count(len(incidents)))]
        for category, count in sorted(Counter(i.category for i in incidents).items()):
            rows.append(Row(labels.incident_category(category), self._count(count)))
        protocol = store.protocol(self.session.station_id)
        owners = ([protocol] if protocol is not None and not protocol.deleted else []) + incidents
        owners += store.obstructions(self.session.station_id)
        rows.append(Row(self.tr("Photos"), self._count(sum(len(store.photos(o)) for o in owners))))
        return Section(self.tr("Incidents and photos"), tuple(rows))

    # --- rendering ---------------------------------------------------------------------------

    @staticmethod
    def _section_html(section: Section) -> str:
        rows = []
        for row in section.rows:
            colour = f' style="color: {TONES[row.tone]};"' if row.tone else ""
            weight = "<b>%s</b>" if row.strong else "%s"
            rows.append(
                f'<tr><td width="42%" style="color: #555555;">{html.escape(row.label)}</td>'
                f'<td{colour}>{weight % html.escape(row.value)}</td></tr>')
        return (f'<h3 style="margin-top: 10px; margin-bottom: 2px;">{html.escape(section.title)}</h3>'
                f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>')

    def to_html(self, sections: list[Section]) -> str:
        """Two columns of small tables: the station, observer and protocol; then the rest."""
        middle = (len(sections) + 1) // 2
        left = "".join(self._section_html(s) for s in sections[:middle])
        right = "".join(self._section_html(s) for s in sections[middle:])
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="50%" valign="top" style="padding-right: 16px;">{left}</td>'
                f'<td width="50%" valign="top">{right}</td></tr></table>')
