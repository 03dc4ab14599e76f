"""Sign-out is clean (issue 13): signing out and in again is no crash recovery, and the reports
list is hidden behind the sign-in prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from csbm_desktop.ui.dialogs.sign_in import SignInDialog
from tests.ui.app_driver import App, answering_dialog, demo_report, sign_in_as


def test_sign_out_and_in_again_is_not_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "settings.ini")
    window = app.window
    window.open_report(report.id)
    app.wait_open()
    assert not window.recovered
    behind: list[bool] = []

    def sign_in_again(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog), dialog
        behind.append(window.stack.isVisible())
        sign_in_as("ana.drafter")(dialog)

    with answering_dialog(qtbot, sign_in_again):
        window.review.act_sign_out.trigger()
    qtbot.waitUntil(lambda: window.actor is not None)
    app.idle()
    assert behind == [False]  # the reports list was hidden while the prompt was up
    assert window.stack.isVisible()
    assert not window.recovered
    assert "not closed properly" not in window.statusBar().currentMessage()
    app.close()
