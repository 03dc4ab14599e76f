"""The main window's status bar, whose messages wrap instead of being cut off at the right.

A long notice (the crash recovery, a refused file with its reason) is wider than a laptop's
screen in some languages; QStatusBar draws its message on one line and cuts it. Here the message
is a word-wrapping label and the bar grows a line when it needs one. Status tips that Qt shows
itself (menus hovered) still go through QStatusBar's own drawing: they are short.

No `Qt` namespace here: the bar is built before the window first appears (see main_window).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("StatusMessage")
        self.addWidget(self.message, 1)
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        from PySide6.QtCore import Qt

        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a path or error is not HTML
        self.message.setText(text)
        if timeout is not None and timeout > 0:
            self._expiry.start(timeout)
        else:
            self._expiry.stop()

    def clearMessage(self) -> None:
        self._expiry.stop()
        self.message.clear()

    def currentMessage(self) -> str:
        return self.message.text()
