"""The real application in a real X window, for tests/ui/test_real_window.py to type into.

    python -m tests.ui.x11_driver DB SETTINGS REPORT edit         # opens it on Measures, waits
    python -m tests.ui.x11_driver DB SETTINGS REPORT show TITLE   # prints that activity's fields

Run with QT_QPA_PLATFORM=xcb and DISPLAY set. The window is 1366 × 768 and in Spanish. The
harness only signs in and opens the report (as the user would have done a minute before); all
the typing comes from outside, as X key events. It prints one JSON line per state reached:
{"ready": window id, "duplicates": [...]} once the Measures step has the focus, and for `show`
the values the reopened activity's fields display.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

MEASURE = "m02"


def duplicate_shortcuts(window: QWidget) -> list[str]:
    """Key sequences bound to more than one action or shortcut of the window: Qt then runs
    none of them (an "ambiguous shortcut")."""
    owners: dict[str, list[str]] = {}
    actions = set(window.findChildren(QAction))
    for action in actions:
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(key, []).append(action.text() or action.objectName() or "?")
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        if key:
            owners.setdefault(key, []).append(f"shortcut {shortcut.objectName() or '?'}")
    return sorted(f"{key}: {', '.join(sorted(who))}" for key, who in owners.items() if len(who) > 1)


def main() -> None:
    db, settings_path = Path(sys.argv[1]), Path(sys.argv[2])
    report_id, mode = int(sys.argv[3]), sys.argv[4]
    app = QApplication(sys.argv[:1])
    from bench.common import sign_in_when_asked
    from csbm_desktop.ui import i18n
    from csbm_desktop.ui.main_window import MainWindow
    from csbm_desktop.ui.settings import Settings
    from csbm_desktop.ui.steps import MEASURES
    from csbm_desktop.ui.tasks import TaskRunner
    from tests.conftest import PASSWORD

    i18n.install("es")
    runner = TaskRunner()
    window = MainWindow(db, Settings(settings_path), "es", runner, autosave_ms=150)
    window.resize(1366, 768)
    sign_in_when_asked("ana.drafter", PASSWORD)
    window.show()

    def when(ready: object, then: object) -> None:
        def poll() -> None:
            if ready():  # type: ignore[operator]
                then()  # type: ignore[operator]
            else:
                QTimer.singleShot(50, poll)

        QTimer.singleShot(0, poll)

    def opened() -> None:
        page = window.editor.go_to(MEASURES)  # type: ignore[union-attr]
        page.select_measure(MEASURE)
        if mode == "edit":
            window.activateWindow()
            page.table.setFocus()
            print(
                json.dumps(
                    {"ready": int(window.winId()), "duplicates": duplicate_shortcuts(window)}
                ),
                flush=True,
            )
            return
        title = sys.argv[5]
        report = window.session.report  # type: ignore[union-attr]
        uid = next(a.uid for a in report.activities_of(MEASURE) if a.text("title") == title)
        page.select_activity(uid)
        shown = {f: page.editors[f].value() for f in ("title", "start_date")}
        print(json.dumps(shown, default=str), flush=True)
        window.close()

    def signed_in() -> None:
        window.open_report(report_id)
        when(lambda: window.editor is not None, opened)

    when(lambda: window.service is not None, signed_in)
    app.exec()
    runner.shutdown()


if __name__ == "__main__":
    main()
