"""Language choice and Qt translators (ours and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resources_dir

SUPPORTED = ("en", "da", "nl")
_LOCALES = {"en": "en_GB", "da": "da_DK", "nl": "nl_NL"}


def choose_language(requested: str | None, saved: str) -> str:
    """--lang, else the saved preference, else the system language if supported, else en."""
    for candidate in (requested, saved, QLocale.system().name().split("_")[0]):
        if candidate in SUPPORTED:
            return candidate
    return "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Opstart's and Qt's catalogues for `language`; returns them to keep them alive."""
    QLocale.setDefault(QLocale(_LOCALES.get(language, "en_GB")))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"opstart_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
