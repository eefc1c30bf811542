"""Installing the app's and Qt's own translations for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kamdesk.paths import resource_path

LANGUAGES = ("zh_CN", "en")
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def choose_language(setting: str | None, system_locale: str | None = None) -> str:
    """The explicit setting if any, else Chinese where the system speaks Chinese, else English."""
    if setting in LANGUAGES:
        return setting
    system = system_locale or QLocale.system().name()
    return "zh_CN" if system.startswith("zh") else "en"


def current_language() -> str:
    return "zh_CN" if QLocale().name().startswith("zh") else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Load the translators for `language` (replacing earlier ones); return the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [
        (f"qtbase_{language}", qt_dir),
        (f"kamdesk_{language}", str(resource_path("translations"))),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return language
