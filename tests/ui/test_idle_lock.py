"""The session locks after the idle time; any input, in any of the windows, restarts the clock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from csbm_desktop.ui.dialogs.sign_in import SignInDialog
from tests.ui.app_driver import App, answering_dialog, sign_in_as

IDLE_MS = 4000


def _restarted_by(qtbot, app: App, send) -> bool:  # type: ignore[no-untyped-def]
    idle = app.window.idle
    idle.start(IDLE_MS)
    qtbot.wait(600)
    before = idle.remainingTime()
    assert before < IDLE_MS - 300
    send()
    QApplication.processEvents()
    return idle.remainingTime() > before + 200


def test_input_in_the_main_window_restarts_the_idle_clock(qtbot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path / "r.sqlite3", tmp_path / "s.ini")
    handle = app.window.windowHandle()
    assert handle is not None
    status_bar = app.window.statusBar()
    spot = status_bar.mapTo(app.window, QPoint(5, status_bar.height() // 2))  # clicks do nothing
    # Through the window, as the windowing system delivers a person's input.
    assert _restarted_by(qtbot, app, lambda: QTest.keyClick(handle, Qt.Key.Key_Shift))
    assert _restarted_by(qtbot, app, lambda: QTest.mouseMove(handle, spot))
    assert _restarted_by(
        qtbot, app, lambda: QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)
    )
    # No input: the clock runs on.
    assert not _restarted_by(qtbot, app, lambda: qtbot.wait(10))
    app.close()


def test_input_in_a_dialog_restarts_the_idle_clock(qtbot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path / "r.sqlite3", tmp_path / "s.ini")
    dialog = QInputDialog(app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    handle = dialog.windowHandle()
    assert _restarted_by(qtbot, app, lambda: QTest.keyClick(handle, Qt.Key.Key_A))
    dialog.close()
    app.close()


def test_idle_session_hides_the_work_until_the_password_is_given(qtbot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path / "r.sqlite3", tmp_path / "s.ini")
    window = app.window
    seen: list[bool] = []
    answer = sign_in_as("ana.drafter")

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        seen.append(window.stack.isVisible())
        answer(dialog)

    with answering_dialog(qtbot, unlock):
        window.idle.start(50)
    assert seen == [False]  # hidden behind the prompt
    qtbot.waitUntil(window.stack.isVisible)
    assert window.actor is not None
    assert window.idle.isActive()
    app.close()
    assert not window.idle.isActive()  # closed: nothing left to lock, nor a prompt to pop up


def test_closed_window_does_not_lock_later(qtbot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path / "r.sqlite3", tmp_path / "s.ini")
    app.window.idle.start(50)
    app.close()
    qtbot.wait(200)
    assert QApplication.activeModalWidget() is None
