"""Check & submit can submit (issue 13): a Submit for review button for drafters, and a report
with errors goes to review only after the drafter has seen the errors listed and said yes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.ui.steps import CHECK
from tests.ui.app_driver import App, demo_report


def answering(qtbot, answers: list[Callable[[QWidget], None]]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the modal dialogs opened next, in order; returns what each one said."""
    seen: list[str] = []
    pending = list(answers)
    last: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (not last or dialog is not last[-1]) and pending:
            last.append(dialog)
            seen.append(
                dialog.text() + "\n" + dialog.informativeText()
                if isinstance(dialog, QMessageBox)
                else dialog.windowTitle()
            )
            pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def no(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox), dialog
    dialog.button(QMessageBox.StandardButton.No).click()


def yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox), dialog
    dialog.button(QMessageBox.StandardButton.Yes).click()


def note(dialog: QWidget) -> None:
    assert isinstance(dialog, QInputDialog), dialog
    dialog.setTextValue("Primera versión")
    dialog.accept()


def test_submit_from_the_check_step_asks_first_when_there_are_errors(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "settings.ini")
    app.window.open_report(report.id)
    app.wait_open()
    session = app.window.session
    session.edit(SetHeaderField("poc_name", None))  # a required field emptied: an error
    app.wait_saved()
    errors = [p for p in session.problems() if p.severity == "error"]
    assert errors
    check = app.window.editor.go_to(CHECK)
    assert check.submit_button.isVisibleTo(check)
    assert check.submit_button.isEnabled()

    seen = answering(qtbot, [no])
    check.submit_button.click()
    qtbot.waitUntil(lambda: len(seen) == 1)
    noun = "error" if len(errors) == 1 else "errors"
    assert f"{len(errors)} {noun}" in seen[0]
    assert "error(s)" not in seen[0]
    assert "National point of contact › Name" in seen[0]  # each error listed with its place
    app.idle()
    assert app.window.session.report.status == "draft"

    seen = answering(qtbot, [yes, note])
    check.submit_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    app.idle()
    qtbot.waitUntil(
        lambda: app.window.session is not None and app.window.session.report.status == "in_review"
    )
    app.idle()
    # In review: the new check step offers no submit.
    assert not app.window.editor.page(CHECK).submit_button.isEnabled()
    app.close()


def test_only_drafters_see_the_submit_button(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "settings.ini", user="rui.reviewer")
    app.window.open_report(report.id)
    app.wait_open()
    check = app.window.editor.go_to(CHECK)
    assert not check.submit_button.isVisibleTo(check)
    app.close()
