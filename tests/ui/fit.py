"""Does every visible text fit the room it is given? One walk over a window's widgets.

`misfits(window)` names each widget whose text is cut off, elided or squeezed, and each
horizontal scroll bar: what a user on a small screen would not be able to read. It asks Qt's own
measures (size hints, the style's metrics, the item delegates' size hints), not numbers tuned
to today's screens, so it holds for any language, font or widget added later.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStatusBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTabBar,
    QTreeView,
    QWidget,
)

SLACK = 1  # a pixel of rounding between Qt's measures
MAX_ITEMS = 400  # items looked at in one view: those on screen come first


def plain(text: str) -> str:
    """A label's text as shown: mnemonic ampersands dropped ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget, text: str = "") -> str:
    parents = []
    w = widget.parentWidget()
    while w is not None and len(parents) < 3:
        parents.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    where = "/".join(reversed(parents))
    return f"{type(widget).__name__} {text[:70]!r} (in {where})"


def misfits(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found += _past_parent(widget)
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QLineEdit):
            found += _placeholder(widget)
        elif isinstance(widget, QGroupBox):
            found += _group(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QScrollBar) and widget.orientation() == Qt.Orientation.Horizontal:
            found.append(f"horizontal scroll bar: {_name(widget)}")
        if isinstance(widget, QStatusBar):
            found += _status(widget)
        if isinstance(widget, QAbstractScrollArea):
            found += _scroll_area(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += _items(widget)
    return found


def _past_parent(widget: QWidget) -> list[str]:
    """A child reaching past its parent's right or bottom edge is clipped there (the content of
    a scroll area excepted: that is what scroll bars are for)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    area = parent.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
        return []
    geometry = widget.geometry()
    if geometry.right() > parent.width() - 1 + SLACK or geometry.bottom() > (
        parent.height() - 1 + SLACK
    ):
        return [f"runs past its parent's edge ({geometry} in {parent.size()}): {_name(widget)}"]
    return []


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return [f"cut at the bottom ({need} > {label.height()} px): {_name(label, text)}"]
        return []
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return [f"cut at the right ({need} > {label.width()} px): {_name(label, text)}"]
    return []


def _button(button: QAbstractButton) -> list[str]:
    text = button.text()
    if not text:
        return []
    need = button.sizeHint().width()
    if need > button.width() + SLACK:
        return [f"squeezed ({need} > {button.width()} px): {_name(button, plain(text))}"]
    return []


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK:
        return [f"elided ({need} > {field.width()} px): {_name(combo, text)}"]
    return []


def _placeholder(edit: QLineEdit) -> list[str]:
    text = edit.placeholderText()
    if not text or edit.text():
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px a side
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > width + SLACK:
        return [f"placeholder elided ({need} > {width} px): {_name(edit, text)}"]
    return []


def _group(group: QGroupBox) -> list[str]:
    text = plain(group.title())
    if not text:
        return []
    need = group.fontMetrics().horizontalAdvance(text) + 2 * group.style().pixelMetric(
        QStyle.PixelMetric.PM_DefaultFrameWidth
    )
    if group.isCheckable():
        need += group.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    if need > group.width() + SLACK:
        return [f"title cut ({need} > {group.width()} px): {_name(group, text)}"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text = plain(bar.tabText(i))
        rect = bar.tabRect(i)
        need = bar.fontMetrics().horizontalAdvance(text) + space
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width()
        if rect.right() > bar.width() + SLACK or need > rect.width() + SLACK:
            found.append(f"tab cut ({need} > {rect.width()} px): {_name(bar, text)}")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    font = header.font()
    font.setBold(header.highlightSections())  # Qt measures sections in bold then, as here
    metrics = QFontMetrics(font)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = metrics.horizontalAdvance(text) + 2 * margin
        if (
            header.orientation() == Qt.Orientation.Horizontal
            and need > header.sectionSize(section) + SLACK
        ):
            found.append(
                f"column heading cut ({need} > {header.sectionSize(section)} px): "
                f"{_name(header, text)}"
            )
    return found


def _status(bar: QStatusBar) -> list[str]:
    """A message QStatusBar draws itself is one line, cut at the permanent widgets."""
    text = QStatusBar.currentMessage(bar)  # Qt's own message, not a subclass's label
    if not text:
        return []
    room = bar.width() - sum(
        w.width() for w in bar.children() if isinstance(w, QWidget) and w.isVisible()
    )
    need = bar.fontMetrics().horizontalAdvance(text)
    if need > room + SLACK:
        return [f"status message cut ({need} > {room} px): {_name(bar, text)}"]
    return []


def _scroll_area(area: QAbstractScrollArea) -> list[str]:
    """Content wider than the view with the scroll bar switched off is cut at the right."""
    bar = area.horizontalScrollBar()
    if bar.maximum() > 0 and not bar.isVisible():
        return [f"content cut at the right ({bar.maximum()} px hidden): {_name(area)}"]
    return []


def _indexes(view: QAbstractItemView) -> list[QModelIndex]:
    model = view.model()
    if model is None:
        return []
    out: list[QModelIndex] = []
    parents = [QModelIndex()]
    while parents and len(out) < MAX_ITEMS:
        parent = parents.pop(0)
        for row in range(model.rowCount(parent)):
            column = 0  # (columnCount is private in some of Qt's own models)
            while (index := model.index(row, column, parent)).isValid():
                column += 1
                out.append(index)
                if (
                    column == 1
                    and isinstance(view, QTreeView)
                    and view.isExpanded(index)
                    and model.hasChildren(index)
                ):
                    parents.append(index)
    return out[:MAX_ITEMS]


def _items(view: QAbstractItemView) -> list[str]:
    """Each item on screen shows its whole text: as wide as it needs, or wrapped and as tall
    as it needs. The item's own delegate says what it needs."""
    viewport = view.viewport().rect()
    wraps = bool(view.property("wordWrap"))
    found = []
    for index in _indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            continue
        rect: QRect = view.visualRect(index)
        if not rect.isValid() or not rect.intersects(viewport):
            continue
        if isinstance(view, QTreeView) and view.isFirstColumnSpanned(index.row(), index.parent()):
            rect.setRight(viewport.right())
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        size = view.iconSize()
        if not size.isValid():
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
            size.setWidth(extent)
            size.setHeight(extent)
        option.decorationSize = size
        option.rect = QRect(0, 0, rect.width(), rect.height())
        if wraps:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        need = view.itemDelegateForIndex(index).sizeHint(option, index)
        if wraps and need.height() > rect.height() + SLACK:
            found.append(
                f"item cut at the bottom ({need.height()} > {rect.height()} px): "
                f"{_name(view, str(text))}"
            )
        elif not wraps and need.width() > rect.width() + SLACK:
            found.append(
                f"item elided ({need.width()} > {rect.width()} px): {_name(view, str(text))}"
            )
        if len(found) > 5:
            break
    return found
