"""Small widget recipes the windows and dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QTableWidget, QWidget


def record_table(columns: int, parent: QWidget | None = None) -> QTableWidget:
    """A read-only table of records: whole rows selected one at a time, no row numbers,
    columns sized to their content and the last one taking the rest."""
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class NumberBox(QSpinBox):
    """A spin box that lets any whole number be typed and says when it is out of range.

    QSpinBox refuses the key that would leave its range ("1850" stops at "185") or, on leaving,
    silently puts the old value back: the user never learns why. Here the number can be typed in
    full; when it is outside the range the old value still comes back, but `out_of_range` carries
    the number typed so that the screen can say so.
    """

    out_of_range = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = text.strip()
        if digits.isdigit():
            number = int(digits)
            inside = self.minimum() <= number <= self.maximum()
            state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
            return state, text, pos
        return super().validate(text, pos)

    def fixup(self, input: str) -> str:
        digits = input.strip()
        if digits.isdigit() and not self.minimum() <= int(digits) <= self.maximum():
            self.out_of_range.emit(int(digits))
        return super().fixup(input)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling a long form must scroll the page, not change the number under the pointer.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
