"""Regenerate the README screenshots from the real application, offscreen.

    make screenshots        (or: .venv/bin/python docs/make_screenshots.py [--out DIR]
                             [--size 1366x768] [--langs fr,pt])

Each language gets its own database with a demo report, so what you see is what a user sees.
The window has the size of a ministry laptop's screen (1366 × 768 by default) and each file is
named after it (`1366-fr-measures.png`), so shots at several sizes can sit side by side. Under a
real X server (`QT_QPA_PLATFORM=xcb DISPLAY=:99`) the shots show the real fonts and styles.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent / "screenshots"
DEMO_STATE = {"en": "JAM", "es": "ARG", "fr": "HTI", "pt": "BRA"}
PASSWORD = "screenshots only"
COMMENT = {
    "en": "Please add the country code.",
    "es": "Falta el prefijo internacional.",
    "fr": "Ajoutez l'indicatif du pays.",
    "pt": "Falta o código do país.",
}
SUGGESTION = {
    "en": "The point of contact changed in March.",
    "es": "El punto de contacto cambió en marzo.",
    "fr": "Le point de contact a changé en mars.",
    "pt": "O ponto de contato mudou em março.",
}
SUGGESTED_NAME = "Lucía Paredes"


def settle(app: QApplication, runner: object) -> None:
    for _ in range(5):
        runner.wait_idle(20)  # type: ignore[attr-defined]
        app.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--langs", default="fr,pt")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from bench.common import sign_in_when_asked
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.demo import create_demo
    from csbm_desktop.services.review import ReviewService
    from csbm_desktop.services.workspace import Workspace
    from csbm_desktop.ui import i18n
    from csbm_desktop.ui.main_window import MainWindow
    from csbm_desktop.ui.settings import Settings
    from csbm_desktop.ui.steps import CHECK, MEASURES, OVERVIEW, characteristic_step
    from csbm_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    for lang in args.langs.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "screens.sqlite3"
            ws = Workspace(db)
            accounts = AccountService(ws)
            accounts.add_user(None, "admin", PASSWORD, ["administrator"], "Administrador")
            admin = accounts.authenticate("admin", PASSWORD)
            accounts.add_user(admin, "maria", PASSWORD, ["drafter"], "María Pérez")
            accounts.add_user(admin, "rui", PASSWORD, ["reviewer"], "Rui Souza")
            ws.close()

            i18n.install(lang)
            settings = Settings(Path(tmp) / "settings.ini")
            runner = TaskRunner()  # first the welcome page, on the empty database
            window = MainWindow(db, settings, lang, runner)
            window.resize(QSize(width, height))
            sign_in_when_asked("maria", PASSWORD)
            window.show()
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-welcome.png")
            window.close()
            runner.shutdown()

            ws = Workspace(db)
            accounts = AccountService(ws)
            maria = accounts.authenticate("maria", PASSWORD)
            state = DEMO_STATE[lang]
            for year in (2023, 2024):  # history for the year-over-year chart
                create_demo(ws, maria, size="small", state=state, year=year)
            report = create_demo(ws, maria, size="small", state=state, year=2025)
            review = ReviewService(ws, accounts.authenticate("rui", PASSWORD))
            review.comment(report.id, "header.poc_phone", COMMENT[lang])
            review.comment(
                report.id,
                "header.poc_name",
                SUGGESTION[lang],
                suggest=True,
                suggestion=SUGGESTED_NAME,
            )
            ws.close()

            runner = TaskRunner()
            window = MainWindow(db, settings, lang, runner)
            window.resize(QSize(width, height))
            sign_in_when_asked("maria", PASSWORD)
            window.show()
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-home.png")

            window.open_report(report.id)
            settle(app, runner)
            editor = window.editor
            assert editor is not None
            editor.go_to(OVERVIEW)
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-overview.png")
            measures = editor.go_to(MEASURES)
            measures.select_measure("m02")
            first = report.activities_of("m02")[0]
            measures.select_activity(first.uid)
            measures.editors["title"].focus_widget().setFocus()
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-measures.png")
            editor.go_to(characteristic_step(4))
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-characteristic.png")
            editor.go_to(CHECK)
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-check.png")
            window.review.dock.raise_()
            editor.go_to(OVERVIEW)
            settle(app, runner)
            shoot(window, args.out / f"{width}-{lang}-review.png")

            from csbm_desktop.services.coverage import coverage_history
            from csbm_desktop.ui.views.coverage import CoverageDialog

            current, history = coverage_history(window.workspace, window.actor, report.id)  # type: ignore[arg-type]
            dialog = CoverageDialog(current, history, window.session.spec, lang, window)  # type: ignore[union-attr]
            dialog.tabs.setCurrentIndex(2)
            dialog.show()
            settle(app, runner)
            shoot(dialog, args.out / f"{width}-{lang}-coverage.png")
            dialog.close()
            window.close()
            runner.shutdown()


if __name__ == "__main__":
    main()
