"""Loading the interface language: our Linguist catalogues plus Qt's own (dialog buttons...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.paths import data_dir

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def install(lang: str) -> None:
    """Switch the application's translators to `lang` (English too: its plural forms)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)
    try:
        folder = data_dir("resources") / "i18n"
    except FileNotFoundError:
        folder = None
    if folder is not None and ours.load(f"csbm_{lang}", str(folder)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    # By locale, not by file name: Qt ships Portuguese only as qtbase_pt_BR, which the
    # locale's fallbacks (pt → pt-BR) find and "qtbase_pt" would not.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
