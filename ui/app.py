"""Starting the desktop app: open the database, run the first-run wizard, show the main window."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QByteArray, QCoreApplication, QMessageLogContext, QObject, QtMsgType,
                            Signal, qInstallMessageHandler)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from observer_app.errors import NotFoundError, ObserverAppError
from observer_app.resources import default_database
from observer_app.storage.store import Store
from ui import i18n
from ui.first_run import FirstRunWizard, LanguageDialog, ProfileDialog, StationDialog
from ui.main_window import MainWindow
from ui.messages import message_text, refusal
from ui.protocol import fill
from ui.session import Session


_previous_handler = None
_handler_installed = False


def _on_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns about every top-level window; it means nothing here.
    if "does not support propagateSizeHints" in message:
        return
    if _previous_handler:
        _previous_handler(mode, context, message)
    else:
        print(message, file=sys.stderr)


def application() -> QApplication:
    global _previous_handler, _handler_installed
    if not _handler_installed:
        _previous_handler = qInstallMessageHandler(_on_qt_message)
        _handler_installed = True
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("observer-app")
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Observer"))
    return app  # type: ignore[return-value]


def show_fitted(window: QWidget, geometry: QByteArray | None = None) -> None:
    """Shows `window` as it was last (`geometry`, from saveGeometry), else at its natural size,
    or maximized where the screen is smaller than that (a 1366x768 laptop with a taskbar, or
    at 125 % scaling)."""
    if geometry is None or geometry.isEmpty() or not window.restoreGeometry(geometry):
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else None
        natural = window.sizeHint()
        if available is not None and (natural.width() > available.width()
                                       or natural.height() > available.height()):
            window.showMaximized()
            return
        window.resize(natural)
    window.show()


class AppController(QObject):
    """Owns the store and the window; reopens where the observer left off.

    `lang` (the command line's --lang) overrides the language stored in the database for this
    session; choosing a language in the app replaces both.
    """

    window_shown = Signal(object)

    def __init__(self, store: Store, lang: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.coordinator = None  # ui.coordinator.CoordinatorWindow, opened from File

    def current_station_id(self) -> str | None:
        station_id = self.store.setting("station_id")
        if station_id is None:
            return None
        try:
            self.store.station(station_id)
        except NotFoundError:
            return None
        return station_id

    def needs_setup(self) -> bool:
        return (self.store.election() is None or not self.store.observer().full_name.strip()
                or self.current_station_id() is None)

    def language(self) -> str:
        """--lang, else the language chosen in the app, else the system's (kk, ru, en)."""
        return i18n.normalise(self.lang or self.store.setting("lang") or i18n.default_language())

    def start(self) -> None:
        """Shows the first-run wizard or the main window; the caller installs the translators."""
        if self.needs_setup():
            self.wizard = FirstRunWizard(self.store, self.language())
            self.wizard.language_changed.connect(self._on_wizard_language_changed)
            self.wizard.accepted.connect(self.open_window)
            self.wizard.rejected.connect(self._on_wizard_rejected)
            self.wizard.show()
        else:
            self.open_window()

    def _on_wizard_rejected(self) -> None:
        QApplication.instance().quit()

    def _on_wizard_language_changed(self, lang: str) -> None:
        self.lang = lang  # the wizard installed it and stored it

    def set_language(self, lang: str) -> None:
        """Stores the language, installs it, and reopens the main window in it."""
        self.lang = i18n.normalise(lang)
        self.store.set_setting("lang", self.lang)
        if self.window is not None:
            self.window.commit_pending()  # before the new window reads the store
        i18n.install_translators(QCoreApplication.instance(), self.lang)
        if self.window is not None:
            self.open_window()

    def session(self) -> Session:
        station_id = self.current_station_id()
        if station_id is None:
            raise refusal(self.tr("No station is chosen yet."))
        return Session(self.store, self.store.station(station_id), self.store.template(), self.language())

    def open_window(self) -> MainWindow:
        old = self.window
        if old is not None and not old.settle_unsaved():
            return old  # it keeps the changes the database could not take yet
        self.window = MainWindow(self.session())
        self.window.station_change_requested.connect(self._on_station_change_requested)
        self.window.profile_edit_requested.connect(self._on_profile_edit_requested)
        self.window.identity_requested.connect(self._on_identity_requested)
        self.window.language_change_requested.connect(self._on_language_change_requested)
        self.window.coordinator_requested.connect(self._on_coordinator_requested)
        geometry = self.window.saved_geometry()
        if old is not None:
            geometry = old.saveGeometry()  # the new window takes the old one's place and size
            old.close()
            old.deleteLater()
        show_fitted(self.window, geometry)
        self.window_shown.emit(self.window)
        return self.window

    def _on_station_change_requested(self) -> None:
        station_id = StationDialog.ask(self.store, self.window)
        if station_id and station_id != self.store.setting("station_id"):
            self.store.set_setting("station_id", station_id)
            self.open_window()

    def _on_profile_edit_requested(self) -> None:
        if ProfileDialog.ask(self.store, self.window) and self.window is not None:
            self.window.session.changed.emit("observers")

    def _on_identity_requested(self) -> None:
        from ui.identity import IdentityDialog

        if self.window is not None:
            IdentityDialog.ask(self.window.session, self.window)

    def _on_coordinator_requested(self) -> None:
        """Opens the coordinator window on the coordinator database used last (remembered here)."""
        from ui.coordinator import CoordinatorWindow

        if self.coordinator is None or not self.coordinator.isVisible():  # a closed one closed its database
            if self.coordinator is not None:
                self.coordinator.deleteLater()
            self.coordinator = CoordinatorWindow(self.store.setting("coordinator_db"), self.language())
            self.coordinator.database_opened.connect(lambda path: self.store.set_setting("coordinator_db", path))
            show_fitted(self.coordinator)  # maximized on a small screen
        self.coordinator.show()
        self.coordinator.raise_()
        self.coordinator.activateWindow()

    def _on_language_change_requested(self) -> None:
        lang = LanguageDialog.ask(self.language(), self.window)
        if lang and lang != self.language():
            self.set_language(lang)


def _fatal(message: str) -> int:
    print(f"observer-app: {message}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("Application", "Observer"), message)
    return 1


def open_app(db_path: Path | None = None, lang: str | None = None):
    """Opens the database and shows what it needs: the observer's first-run wizard or main
    window (an AppController), or, for a coordinator's database, the coordinator's window.
    Returns what owns the window(s); raises ObserverAppError when the database cannot be used."""
    app = application()
    i18n.install_translators(app, lang or i18n.default_language())
    path = Path(db_path) if db_path else default_database()
    store = Store.open(path)
    if store.kind == "coordinator":  # a coordinator's database opens the coordinator's window
        store.close()
        from ui.coordinator import CoordinatorWindow

        lang = i18n.normalise(lang or i18n.default_language())
        i18n.install_translators(app, lang)
        window = CoordinatorWindow(path, lang)
        if window.store is None:  # it could not be opened: the window says why
            message = window.error_label.text()
            window.deleteLater()
            raise refusal(message)
        show_fitted(window)
        return window
    controller = AppController(store, lang)
    i18n.install_translators(app, controller.language())
    try:
        controller.start()
    except BaseException:
        store.close()
        raise
    return controller


def run_gui(db_path: Path | None = None, lang: str | None = None) -> int:
    try:
        opened = open_app(db_path, lang)
    except ObserverAppError as exc:
        return _fatal(message_text(exc))
    code = application().exec()
    store = getattr(opened, "store", None)
    if store is not None and not store.closed:
        store.close()
    return code


SCREENS = ("turnout", "obstructions", "incidents", "protocol", "summary")
SHOT_PIXELS = (1366, 728)  # a 1366x768 laptop's screen less a 40-pixel taskbar, in screen pixels


def _shot_size() -> tuple[int, int]:
    """The window size, in Qt's pixels, that fills SHOT_PIXELS at the screen's scale (at
    QT_SCALE_FACTOR=1.25, 1093x582): the screenshots show what such a laptop shows."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return round(SHOT_PIXELS[0] / ratio), round(SHOT_PIXELS[1] / ratio)


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise refusal(fill(QCoreApplication.translate("Screenshots", "Cannot write %1."), str(path)))


def _wait(window, signal, start: Callable[[], object]) -> None:
    """Starts a task of the coordinator window and waits for `signal`, then for the task's end."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    start()
    loop.exec()
    while window.busy():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _coordinator_screenshots(folder: Path, outdir: Path, lang: str) -> None:
    """The coordinator window on five demo observers' merged bundles, ALA-101 selected; then
    its Analysis tab once the election file's stations are loaded."""
    from observer_app.demo import fill_demo_coordinator
    from observer_app.resources import DEMO_ELECTION
    from ui.coordinator import CoordinatorWindow

    folder.mkdir(parents=True, exist_ok=True)
    coord = fill_demo_coordinator(folder)
    window = CoordinatorWindow(None, lang)
    _wait(window, window.refreshed, lambda: window.open_database(coord))
    window.resize(*_shot_size())
    window.show()
    view = window.stations_view
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if str(index.data()).startswith("ALA-101"):
            view.setCurrentIndex(index)
            break
    _save(window, outdir / "06-coordinator.png")
    _wait(window, window.election_loaded, lambda: window.load_election(str(DEMO_ELECTION)))
    _wait(window, window.analysed, window.analyse)
    _save(window, outdir / "07-analysis.png")
    window.close()
    if window.store is not None:
        window.store.close()


def run_screenshots(outdir: Path, db_path: Path | None = None, lang: str | None = "en") -> int:
    """Renders the first-run wizard and every main screen to PNG files in `outdir`, offscreen.

    The screens show `lang`; the translators installed before are back afterwards.
    """
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = application()
    before = i18n.current_language()
    lang = i18n.install_translators(app, lang or i18n.default_language())
    try:
        return _render_screens(Path(outdir), db_path, lang)
    finally:
        if before is None:
            i18n.remove_translators(app)
        else:
            i18n.install_translators(app, before)


def _render_screens(outdir: Path, db_path: Path | None, lang: str) -> int:
    from observer_app.demo import fill_demo

    outdir = Path(outdir)
    user_store = (Store.open(db_path, create=False, kind="observer", command="observer-app screenshot")
                  if db_path is not None else None)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refusal(fill(QCoreApplication.translate("Screenshots", "Cannot create %1: %2."),
                           str(outdir), str(exc.strerror or exc))) from exc
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "first-run.sqlite") as store:
            wizard = FirstRunWizard(store, lang)
            wizard.resize(760, 520)
            wizard.show()
            wizard.next()
            wizard.profile_page.full_name.setText("Aigerim Bekova")
            _save(wizard, outdir / "00-first-run.png")
            wizard.close()
        store = user_store or Store.open(Path(tmp) / "demo.sqlite")
        if user_store is None:
            fill_demo(store)
        try:
            controller = AppController(store, lang)
            if controller.needs_setup():
                raise refusal(fill(QCoreApplication.translate(
                    "Screenshots", "%1 has no election, profile or station chosen yet; open it in "
                    "the app first."), str(db_path)))
            window = controller.open_window()
            window.showNormal()
            window.resize(*_shot_size())
            for i, name in enumerate(SCREENS):
                window.show_section(name)
                _save(window, outdir / f"{i + 1:02d}-{name}.png")
            window.close()
        finally:
            store.close()
        _coordinator_screenshots(Path(tmp) / "coordinator", outdir, lang or "en")
    print(f"Wrote {len(SCREENS) + 3} screenshots to {outdir}.")
    return 0
