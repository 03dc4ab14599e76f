"""Window sizes that fit the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give a new window its preferred size, or 90 % of the screen's free room when that is
    less: on a 1366 × 768 laptop a taller window hides its bottom (buttons, the status bar)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = QSize(width, height)
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() * 0.9)
    window.resize(size)
