"""Driving the real main window in tests: a person's actions, expressed for qtbot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from csbm_desktop.ui.main_window import MainWindow
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.tasks import TaskRunner


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, one key event per character.

    (qtbot.keyClicks aborts the whole test process on non-ASCII characters.)
    """
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@contextmanager
def answering_dialog(qtbot: Any, answer: Callable[[QWidget], None]) -> Iterator[None]:
    """Run `answer` on the modal dialog the block opens (as the user would fill it in)."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        answer(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    yield
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def ensure_staff(db: Path) -> None:
    """The ministry's accounts exist (created once per database, as an administrator would)."""
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.workspace import Workspace
    from tests.conftest import add_staff

    ws = Workspace(db)
    try:
        if not AccountService(ws).has_users():
            add_staff(ws)
    finally:
        ws.close()


def demo_report(db: Path, drafter: str = "ana.drafter") -> Any:
    """The staff's accounts and a small demo report drafted by `drafter`, in the database."""
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.demo import create_demo
    from csbm_desktop.services.workspace import Workspace

    ensure_staff(db)
    ws = Workspace(db)
    try:
        return create_demo(ws, AccountService(ws).actor(drafter), size="small")
    finally:
        ws.close()


def sign_in_as(user: str) -> Callable[[QWidget], None]:
    """Fill the sign-in dialog the way a person does, and press Sign in."""
    from csbm_desktop.ui.dialogs.sign_in import SignInDialog
    from tests.conftest import PASSWORD

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog), dialog
        dialog.user.setText(user)
        dialog.password.setText(PASSWORD)
        dialog.buttons.accepted.emit()

    return answer


class App:
    """One run of the application on a database file, as a user would start it."""

    def __init__(
        self, qtbot: Any, db: Path, settings: Path, lang: str = "en", user: str = "ana.drafter"
    ) -> None:
        ensure_staff(db)
        self.qtbot = qtbot
        self.runner = TaskRunner()
        self.window = MainWindow(db, Settings(settings), lang, self.runner, autosave_ms=150)
        qtbot.addWidget(self.window)
        with answering_dialog(qtbot, sign_in_as(user)):
            self.window.show()
            self.window.activateWindow()  # focus, and so jump-to-field, needs the active window
            qtbot.waitUntil(lambda: self.window.service is not None, timeout=15000)
        self.idle()

    def idle(self) -> None:
        assert self.runner.wait_idle(15)

    def wait_open(self) -> None:
        self.qtbot.waitUntil(lambda: self.window.editor is not None, timeout=10000)
        self.idle()

    def wait_saved(self) -> None:
        session = self.window.session
        assert session is not None
        self.qtbot.waitUntil(lambda: not session.dirty, timeout=10000)
        self.idle()

    def close(self) -> None:
        self.window.close()
        self.runner.shutdown()
