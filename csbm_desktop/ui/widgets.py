"""Small widget recipes the windows and dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTreeView,
    QWidget,
)


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


class _WrappingDelegate(QStyledItemDelegate):
    """Measures an item for the width of its column. QTreeView asks its delegate for a row's
    height without saying how wide the column is, so wrapped text would get the height of one
    unwrapped line per paragraph and lose its last lines."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.view
        if view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * view.indentation()
        measured = QStyleOptionViewItem(option)
        # A valid rectangle (height too) or the style does not wrap at all.
        measured.rect = QRect(0, 0, max(1, width), max(1, option.rect.height()))
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(measured, index)


def wrap_rows(tree: QTreeView) -> None:
    """Let a tree's items wrap to its columns' width, each row as tall as its text, measured
    again whenever a column's width changes (a dock resized, another language)."""
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setUniformRowHeights(False)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setItemDelegate(_WrappingDelegate(tree))
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())


def show_example(edit: QLineEdit, text: str) -> None:
    """Give an empty field an example (a placeholder) and room to show it whole."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    edit.setPlaceholderText(text)
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins = edit.textMargins()
    inner = QSize(
        edit.fontMetrics().horizontalAdvance(text)
        + 4
        + margins.left()
        + margins.right(),  # 2 px a side: QLineEdit's own
        edit.fontMetrics().height(),
    )
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit)
    edit.setMinimumWidth(size.width())


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
