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


class App:
    """One run of the application on a database file, as a user would start it."""

    def __init__(self, qtbot: Any, db: Path, settings: Path, lang: str = "en") -> None:
        self.qtbot = qtbot
        self.runner = TaskRunner()
        self.window = MainWindow(db, Settings(settings), lang, self.runner, autosave_ms=150)
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()  # focus, and so jump-to-field, needs the active window
        qtbot.waitUntil(lambda: self.window.service is not None, timeout=10000)
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
