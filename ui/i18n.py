"""The app's language: our translations and Qt's own, installed (and switched) at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from observer_app.resources import RESOURCES

I18N = RESOURCES / "i18n"

# Each language under its own name, so an observer finds theirs whatever language is shown now.
LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
CODES = tuple(code for code, _ in LANGUAGES)
FALLBACK = "en"

_installed: list[QTranslator] = []
_language: str | None = None
_locale_before: QLocale | None = None  # the default locale before the first install


def normalise(lang: str | None) -> str:
    """A language the app has, from a code such as "ru" or "ru_KZ"; else English."""
    code = (lang or "").replace("-", "_").split("_")[0].lower()
    return code if code in CODES else FALLBACK


def default_language(locale: QLocale | None = None) -> str:
    """The system's language where the app has it (kk, ru), else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in CODES:
            return code
    return FALLBACK


def qm_path(lang: str) -> Path:
    return I18N / f"observer_{lang}.qm"


def current_language() -> str | None:
    """The language install_translators last installed, None when none is installed."""
    return _language


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Shows the app in `lang` from now on: ours, Qt's standard texts, and number formats.

    Replaces the translators installed before, so switching languages at run time works; Qt then
    sends every widget a LanguageChange event. English loads our plural forms ("1 voter",
    "2 voters"). A missing Qt translation is skipped quietly. Returns the language installed.
    """
    global _language, _locale_before
    lang = normalise(lang)
    _remove(app)
    if _locale_before is None:
        _locale_before = QLocale()
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    _language = lang
    _name_app(app)
    return lang


def remove_translators(app: QCoreApplication) -> None:
    """Back to the untranslated (English) texts and the default locale from before."""
    global _language, _locale_before
    _remove(app)
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    _language = None
    _name_app(app)


def _name_app(app: QCoreApplication) -> None:
    """Qt adds this name to window titles where the platform shows it."""
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("Application", "Observer"))


def _remove(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
