"""Restart the idle clock that locks the session on any keyboard or mouse input.

The filter sits on the application's windows (QWindow), not on the application: a filter on the
application is called from Python for every event of every widget (layout, paint, timers — some
900 for opening one step of a large report, ~5 ms), where a window sees only the input it
receives and a handful of its own events. Each window is watched from the moment it first has the
focus, which every dialog has before anyone types in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow


class InputWatch(QObject):
    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        T = QEvent.Type
        self._input = {T.KeyPress, T.MouseButtonPress, T.Wheel, T.MouseMove}
        self._watching = False

    def start(self) -> None:
        if self._watching:
            return
        self._watching = True
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        for window in app.topLevelWindows():
            window.installEventFilter(self)
        app.focusWindowChanged.connect(self._watch)

    def stop(self) -> None:
        if not self._watching:
            return
        self._watching = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.disconnect(self._watch)
        for window in app.topLevelWindows():
            window.removeEventFilter(self)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once per window, however often it is installed

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if self.timer.isActive() and event.type() in self._input:
            self.timer.start()
        return False
