"""`csbm-desktop`: the composition root of the desktop application."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from csbm_desktop import __version__
from csbm_desktop.domain.languages import LANGUAGES


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="csbm-desktop", description="The CSBM Desktop application.")
    p.add_argument("--version", action="version", version=f"csbm-desktop {__version__}")
    p.add_argument(
        "--db", type=Path, help="database file (default: $CSBM_DB, else the user data folder)"
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language (default: the one chosen last time, else the system's)",
    )
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from csbm_desktop.paths import default_db_path
    from csbm_desktop.ui import i18n
    from csbm_desktop.ui.main_window import MainWindow
    from csbm_desktop.ui.settings import APPLICATION, ORGANISATION, Settings
    from csbm_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("csbm-desktop")
    try:
        from csbm_desktop.paths import data_dir

        icon = data_dir("resources") / "icons" / "csbm-desktop.svg"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    except FileNotFoundError:
        pass
    settings = Settings()
    lang = args.lang or settings.language or i18n.system_language()
    settings.language = lang
    i18n.install(lang)
    runner = TaskRunner()
    window = MainWindow(args.db or default_db_path(), settings, lang, runner)
    window.show()
    status = app.exec()
    runner.shutdown()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
