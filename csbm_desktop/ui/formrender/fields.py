"""Qt editors for form fields: one class per field type, chosen from the FieldSpec alone.

`create_editor` picks the class from `FieldSpec.type`, so a field added to `forms/` appears with no
code change. Editors speak the JSON values of docs/json.md (empty is None) through `value()`,
`set_value()` and `edited`. `edited` fires on user changes only, never from `set_value()`, so
loading a report never looks like an edit.

UI chrome strings call `QCoreApplication.translate("FieldEditors", ...)` literally (not through a
helper) because pyside6-lupdate only extracts literal calls.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.form import FieldSpec, FormSpec, MemberState
from csbm_desktop.domain.report import AttachmentInfo, FieldValue

# Space around every editor's content, where the problem border and the flash are painted; reserved
# always so that marking a field never shifts the layout.
EDITOR_FRAME = 3
_FLASH_MS = 2000
_PROBLEM_COLOURS = {"error": "#c62828", "warning": "#e65100"}
# Item data roles: the key an item stands for (choice code, ISO3 code, attachment uid), and the
# text a state is found by.
_CODE_ROLE = Qt.ItemDataRole.UserRole
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_INTEGER_MAX = 1_000_000
# Shown for an empty date or number: a blank box reads as "not filled in" in every language.
_BLANK = " "


def _tooltip(help_text: str, problem: str = "") -> str:
    # Rich text, because Qt word-wraps rich tooltips only; a plain one-line help text would be wide.
    parts = [f"<p>{html.escape(help_text, quote=False)}</p>"] if help_text else []
    return "".join([problem, *parts])


def _fold(text: str) -> str:
    """`text` without accents, so that "Peru" typed on an English keyboard still finds "Perú"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _sorted_states(
    form: FormSpec, lang: str, states: tuple[MemberState, ...] | None = None
) -> list[MemberState]:
    collator = QCollator(QLocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def compare(a: MemberState, b: MemberState) -> int:
        return collator.compare(a.name.get(lang), b.name.get(lang))

    return sorted(form.states if states is None else states, key=cmp_to_key(compare))


def _state_item(state: MemberState, lang: str) -> QStandardItem:
    name = state.name.get(lang)
    item = QStandardItem(name)
    item.setData(state.iso3, _CODE_ROLE)
    item.setData(f"{name} {_fold(name)} {state.iso3}", _SEARCH_ROLE)
    return item


def _state_completer(model: QStandardItemModel, parent: QObject) -> QCompleter:
    """Type-ahead over state names (with or without accents) and ISO3 codes, anywhere in them."""
    completer = QCompleter(model, parent)
    completer.setCompletionRole(_SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def _date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year: "yy" would make 2025 ambiguous."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _wheel_if_focused(widget: QWidget, event: QWheelEvent, handler: type[QWidget]) -> None:
    # Scrolling a long form must scroll the page, not change the value under the pointer; an
    # ignored wheel event travels on to the scroll area.
    if widget.hasFocus():
        handler.wheelEvent(widget, event)
    else:
        event.ignore()


def _readable_when_disabled(widget: QWidget) -> QWidget:
    """Read-only choices are disabled widgets; keep their text at full contrast for reviewers."""
    palette = widget.palette()
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    widget.setPalette(palette)
    return widget


class _ComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, e: QWheelEvent) -> None:
        _wheel_if_focused(self, e, QComboBox)


class _SpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, e: QWheelEvent) -> None:
        _wheel_if_focused(self, e, QSpinBox)


class _DateEdit(QDateEdit):
    """A QDateEdit whose minimum date stands for "no date", shown blank."""

    EMPTY = QDate(1900, 1, 1)  # before any date a report can mention

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCalendarPopup(True)
        self.setLocale(locale)
        self.setDisplayFormat(_date_format(locale))
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(_BLANK)
        self.setDate(self.EMPTY)
        # The calendar popup is made when it is first opened (see _prepare_calendar): made
        # here, it cost every page with a date 3 ms per date field.
        self._calendar_ready = False

    def _prepare_calendar(self) -> None:
        if not self._calendar_ready:
            self._calendar_ready = True
            calendar = self.calendarWidget()  # made by this call
            calendar.setLocale(self.locale())
            calendar.installEventFilter(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._prepare_calendar()  # a click on the arrow opens the popup
        super().mousePressEvent(event)

    def is_empty(self) -> bool:
        return self.date() == self.EMPTY

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The popup syncs to the current date, 1900 for an empty field: start from today instead.
        # Signals blocked: the popup would otherwise fill the field before the user picks a day.
        if event.type() == QEvent.Type.Show and self.is_empty():
            calendar = self.calendarWidget()
            blocked = calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(blocked)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._prepare_calendar()  # whichever key the style opens the popup with
        # Digits typed over the blank text would be rejected; start from today and overwrite its
        # first section instead, as when editing a filled-in date.
        if self.is_empty() and not self.isReadOnly() and event.text()[:1].isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        # Arrow keys, the wheel or a spin click on an empty field would step to 2 January 1900.
        if self.is_empty():
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel_if_focused(self, event, QDateEdit)


class _WrappingLayout(QLayout):
    """A list of widgets laid out by `_arrange` for the width the layout gets: as wide as it may
    be, never wider than it must (Qt has no built-in one)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, arg__1: QLayoutItem) -> None:
        self._items.append(arg__1)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, arg__1: int) -> int:
        return self._arrange(QRect(0, 0, arg__1, 0), move=False)

    def setGeometry(self, arg__1: QRect) -> None:
        super().setGeometry(arg__1)
        self._arrange(arg__1, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (only if `move`); returns the height they take."""
        raise NotImplementedError


class _FlowLayout(_WrappingLayout):
    """Left to right, wrapping onto new lines."""

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class _ColumnsLayout(_WrappingLayout):
    """Equal columns read down the first, then the next; fewer columns when the width does not
    hold them all, down to one, so that a narrow form never has to be wider than its viewport."""

    def __init__(self, columns: int, column_spacing: int, row_spacing: int) -> None:
        super().__init__(spacing=row_spacing)
        self._columns = columns
        self._column_spacing = column_spacing

    def _cell(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.sizeHint())
        return size

    def _width_for(self, columns: int, cell: QSize) -> int:
        return columns * cell.width() + (columns - 1) * self._column_spacing

    def sizeHint(self) -> QSize:
        cell = self._cell()
        columns = max(1, min(self._columns, len(self._items)))
        m = self.contentsMargins()
        width = self._width_for(columns, cell) + m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        if not self._items:
            return m.top() + m.bottom()
        cell = self._cell()
        columns = max(1, min(self._columns, len(self._items)))
        while columns > 1 and self._width_for(columns, cell) > area.width():
            columns -= 1
        rows = -(-len(self._items) // columns)
        if move:
            for i, item in enumerate(self._items):
                row, column = i % rows, i // rows
                x = area.x() + column * (cell.width() + self._column_spacing)
                y = area.y() + row * (cell.height() + self.spacing())
                width = min(cell.width(), area.right() + 1 - x)  # a column narrower than a box
                item.setGeometry(QRect(x, y, width, cell.height()))
        return rows * cell.height() + (rows - 1) * self.spacing() + m.top() + m.bottom()


class FieldEditor(QWidget):
    """Base of all editors: binding, problem marking, flashing and accessibility."""

    edited = Signal(object)  # the new value after every user change; never from set_value()
    field: FieldSpec

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        # The help panel walks up from the focused widget to find the field it is about.
        self.field_spec = field
        self._form = form
        self._lang = lang
        self._locale = QLocale(lang)
        self._label = field.label.get(lang)
        self._help = field.help.get(lang)
        self._quiet = False
        self._read_only = False
        self._focus: QWidget = self
        self.setProperty("field_id", field.id)
        self.setProperty("problem", "")
        self.setAccessibleName(self._label)
        self.setToolTip(_tooltip(self._help))
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(_FLASH_MS)
        self._flash_timer.timeout.connect(self.update)
        self._body = QVBoxLayout(self)
        self._body.setContentsMargins(EDITOR_FRAME, EDITOR_FRAME, EDITOR_FRAME, EDITOR_FRAME)
        self._body.setSpacing(4)

    def value(self) -> FieldValue:
        raise NotImplementedError

    def set_value(self, value: FieldValue) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only)

    def set_problem(self, severity: str | None, message: str = "") -> None:
        if severity not in (None, "error", "warning"):
            raise ValueError(f"unknown severity {severity!r}")
        self.setProperty("problem", severity or "")
        if severity is None:
            self.setToolTip(_tooltip(self._help))
            self._focus.setAccessibleDescription(self._help)
        else:
            title = (
                QCoreApplication.translate("FieldEditors", "Error")
                if severity == "error"
                else QCoreApplication.translate("FieldEditors", "Warning")
            )
            problem = f"<p><b>{html.escape(title)}:</b> {html.escape(message, quote=False)}</p>"
            self.setToolTip(_tooltip(self._help, problem))
            self._focus.setAccessibleDescription(f"{title}: {message} {self._help}")
        self.update()

    def focus_widget(self) -> QWidget:
        return self._focus

    def flash(self) -> None:
        self._flash_timer.start()
        self.update()

    # For subclasses.

    def _show(self, value: FieldValue) -> None:
        """Display `value`; runs with emission suppressed."""
        raise NotImplementedError

    def _apply_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def _user_changed(self, *_: object) -> None:
        if not self._quiet:
            self.edited.emit(self.value())

    def _set_focus_widget(self, widget: QWidget) -> None:
        self._focus = widget
        self.setFocusProxy(widget)
        widget.setAccessibleName(self._label)
        widget.setAccessibleDescription(self._help)
        widget.setProperty("field_id", self.field.id)

    def paintEvent(self, event: QPaintEvent) -> None:
        flashing = self._flash_timer.isActive()
        problem = str(self.property("problem") or "")
        if not flashing and not problem:
            return
        colour = (
            self.palette().color(QPalette.ColorRole.Highlight)
            if flashing
            else QColor(_PROBLEM_COLOURS[problem])
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(70 if flashing else 25)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 3 if flashing else 2))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


class _LengthHint(QLabel):
    """ "212 / 200" once a text passes its max_length: a soft limit; validation reports it."""

    def __init__(self, limit: int | None, locale: QLocale, parent: QWidget) -> None:
        super().__init__(parent)
        self._limit = limit
        self._locale = locale
        self.setStyleSheet(f"color: {_PROBLEM_COLOURS['warning']};")
        self.hide()

    def update_for(self, length: int) -> None:
        over = self._limit is not None and length > self._limit
        self.setVisible(over)
        if self._limit is not None and over:
            self.setText(f"{self._locale.toString(length)} / {self._locale.toString(self._limit)}")


class TextEditor(FieldEditor):
    """text and email: one line."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._edit = QLineEdit(self)
        if field.type == "email":
            self._edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._hint = _LengthHint(field.max_length, self._locale, self)
        row = QHBoxLayout()
        row.addWidget(self._edit, 1)
        row.addWidget(self._hint)
        self._body.addLayout(row)
        self._edit.textChanged.connect(self._text_changed)
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return self._edit.text() or None

    def _show(self, value: FieldValue) -> None:
        self._edit.setText(value if isinstance(value, str) else "")
        self._edit.setCursorPosition(0)  # show the start of a long text, not its end

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)

    def _text_changed(self, text: str) -> None:
        self._hint.update_for(len(text))
        self._user_changed()


class _PlainTextEdit(QPlainTextEdit):
    """Sized in lines of text; QPlainTextEdit's own hint is a fixed 192 px."""

    _LINES = (4, 7)  # at least, and preferred

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self._height(self._LINES[0]))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._LINES[1]))

    def _height(self, lines: int) -> int:
        margins = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        return self.fontMetrics().lineSpacing() * lines + margins


class LongTextEditor(FieldEditor):
    """longtext: paragraphs; Tab moves on, since a tab character means nothing in a report."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._edit = _PlainTextEdit(self)
        self._edit.setTabChangesFocus(True)
        self._hint = _LengthHint(field.max_length, self._locale, self)
        self._body.addWidget(self._edit)
        self._body.addWidget(self._hint, 0, Qt.AlignmentFlag.AlignRight)
        self._edit.textChanged.connect(self._text_changed)
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return self._edit.toPlainText() or None

    def _show(self, value: FieldValue) -> None:
        self._edit.setPlainText(value if isinstance(value, str) else "")

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)

    def _text_changed(self) -> None:
        self._hint.update_for(len(self._edit.toPlainText()))
        self._user_changed()


class DateEditor(FieldEditor):
    """date: "YYYY-MM-DD" or None, with a calendar popup and a button to empty the field."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._edit = _DateEdit(self._locale, self)
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._clear.setAutoRaise(True)
        clear_text = QCoreApplication.translate("FieldEditors", "Clear date")
        self._clear.setToolTip(clear_text)
        self._clear.setAccessibleName(clear_text)
        self._clear.setProperty("field_id", field.id)
        self._clear.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self._edit)
        row.addWidget(self._clear)
        row.addStretch(1)
        self._body.addLayout(row)
        self._edit.dateChanged.connect(self._date_changed)
        self._clear.clicked.connect(lambda: self._edit.setDate(_DateEdit.EMPTY))
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return None if self._edit.is_empty() else self._edit.date().toString("yyyy-MM-dd")

    def _show(self, value: FieldValue) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self._edit.setDate(date if date.isValid() else _DateEdit.EMPTY)

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        self._update_clear()

    def _date_changed(self) -> None:
        self._update_clear()
        self._user_changed()

    def _update_clear(self) -> None:
        self._clear.setEnabled(not self._read_only and not self._edit.is_empty())


class IntegerEditor(FieldEditor):
    """integer: a whole number 0..1 000 000; the spin box's -1 stands for "empty"."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._spin = _SpinBox(self)
        self._spin.setLocale(self._locale)
        self._spin.setRange(-1, _INTEGER_MAX)
        self._spin.setSpecialValueText(_BLANK)
        self._spin.setValue(-1)
        row = QHBoxLayout()
        row.addWidget(self._spin)
        row.addStretch(1)
        self._body.addLayout(row)
        self._spin.valueChanged.connect(self._user_changed)
        self._set_focus_widget(self._spin)

    def value(self) -> FieldValue:
        number = self._spin.value()
        return None if number < 0 else number

    def _show(self, value: FieldValue) -> None:
        valid = isinstance(value, int) and not isinstance(value, bool)
        self._spin.setValue(value if valid else -1)  # type: ignore[arg-type]

    def _apply_read_only(self, read_only: bool) -> None:
        self._spin.setReadOnly(read_only)


class BooleanEditor(FieldEditor):
    """boolean: a check box; None until the user ticks or unticks it, so "unanswered" survives."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._box = QCheckBox(self)
        _readable_when_disabled(self._box)
        self._answered = False
        self._body.addWidget(self._box)
        self._box.toggled.connect(self._toggled)
        self._set_focus_widget(self._box)

    def value(self) -> FieldValue:
        return self._box.isChecked() if self._answered else None

    def _show(self, value: FieldValue) -> None:
        self._answered = isinstance(value, bool)
        self._box.setChecked(value is True)

    def _apply_read_only(self, read_only: bool) -> None:
        self._box.setEnabled(not read_only)

    def _toggled(self) -> None:
        if not self._quiet:
            self._answered = True
        self._user_changed()


class _ComboEditor(FieldEditor):
    """An editor whose value is the code of the selected item of `self._combo`."""

    _combo: QComboBox

    def value(self) -> FieldValue:
        code = self._combo.currentData(_CODE_ROLE)
        return code if isinstance(code, str) else None

    def _show(self, value: FieldValue) -> None:
        self._combo.setCurrentIndex(max(0, self._combo.findData(value, _CODE_ROLE)))

    def _apply_read_only(self, read_only: bool) -> None:
        self._combo.setEnabled(not read_only)


class ChoiceEditor(_ComboEditor):
    """choice: a combo box of the choice list's labels, with an empty first entry."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._combo = _ComboBox(self)
        _readable_when_disabled(self._combo)
        self._combo.addItem("", None)
        for option in form.choice_list(field.choices or "").options:
            self._combo.addItem(option.label.get(lang), option.code)
        row = QHBoxLayout()
        row.addWidget(self._combo)
        row.addStretch(1)
        self._body.addLayout(row)
        self._combo.currentIndexChanged.connect(self._user_changed)
        self._set_focus_widget(self._combo)


class _CheckBoxesEditor(FieldEditor):
    """A check box per option in two columns (one when the form is narrow), read down the first
    column then the second."""

    def _add_boxes(self, options: Sequence[tuple[str | int, str, str]]) -> None:
        """Options as (key, text, tooltip); the value lists checked keys in option order."""
        self._boxes: list[tuple[str | int, QCheckBox]] = []
        columns = _ColumnsLayout(columns=2, column_spacing=16, row_spacing=2)
        for key, text, tip in options:
            box = QCheckBox(text, self)
            _readable_when_disabled(box)
            box.setToolTip(tip)
            # Each box is announced with the field's label, so the group makes sense out of context.
            box.setAccessibleName(f"{self._label}: {text}")
            box.setAccessibleDescription(self._help)
            box.setProperty("field_id", self.field.id)
            box.toggled.connect(self._user_changed)
            columns.addWidget(box)
            self._boxes.append((key, box))
        self._body.addLayout(columns)
        if self._boxes:
            self._focus = self._boxes[0][1]
            self.setFocusProxy(self._focus)

    def value(self) -> FieldValue:
        checked = [key for key, box in self._boxes if box.isChecked()]
        return checked or None  # type: ignore[return-value]

    def _show(self, value: FieldValue) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self._boxes:
            box.setChecked(key in chosen)

    def _apply_read_only(self, read_only: bool) -> None:
        for _, box in self._boxes:
            box.setEnabled(not read_only)


class MultiChoiceEditor(_CheckBoxesEditor):
    """multichoice: codes of the ticked options, in the choice list's order."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        options = form.choice_list(field.choices or "").options
        self._add_boxes([(o.code, o.label.get(lang), "") for o in options])


class CharacteristicsEditor(_CheckBoxesEditor):
    """characteristics: the numbers of the ticked characteristics, ascending."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._add_boxes(
            [
                (c.number, f"{c.number} {c.name.get(lang)}", c.summary.get(lang))
                for c in form.characteristics
            ]
        )


class StateEditor(_ComboEditor):
    """state: one member state, picked from a sorted list or found by typing a name or ISO3 code."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        model = QStandardItemModel(self)
        empty = QStandardItem("")
        empty.setData("", _SEARCH_ROLE)
        model.appendRow(empty)
        for state in _sorted_states(form, lang):
            model.appendRow(_state_item(state, lang))
        self._combo = _ComboBox(self)
        _readable_when_disabled(self._combo)
        self._combo.setModel(model)
        self._combo.setEditable(True)
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._combo.setCompleter(_state_completer(model, self._combo))
        row = QHBoxLayout()
        row.addWidget(self._combo)
        row.addStretch(1)
        self._body.addLayout(row)
        self._combo.currentIndexChanged.connect(self._user_changed)
        line = self._combo.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setProperty("field_id", field.id)
        line.editingFinished.connect(self._commit_typed_text)
        self._set_focus_widget(self._combo)

    def _commit_typed_text(self) -> None:
        """Leaving the box with typed text: take the state it names exactly, else restore."""
        text = self._combo.currentText().strip()
        if not text:
            self._combo.setCurrentIndex(0)
            return
        found = self._combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            found = self._combo.findData(text.upper(), _CODE_ROLE)
        if found >= 0:
            self._combo.setCurrentIndex(found)
        self._combo.setEditText(self._combo.itemText(self._combo.currentIndex()))


class StatesEditor(FieldEditor):
    """states: any ISO 3166-1 states (partners need not be OAS members) added by type-ahead,
    shown as removable chips in the order added."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._codes: list[str] = []
        self._model = QStandardItemModel(self)
        for state in _sorted_states(form, lang, form.countries or form.states):
            self._model.appendRow(_state_item(state, lang))
        self._input = QLineEdit(self)
        self._input.setPlaceholderText(
            QCoreApplication.translate("FieldEditors", "Type a state's name to add it…")
        )
        # Driven by hand (setWidget, not QLineEdit.setCompleter) so that choosing an entry adds a
        # chip and clears the box instead of writing the entry's search text into it.
        self._completer = _state_completer(self._model, self)
        self._completer.setWidget(self._input)
        self._completer.activated[QModelIndex].connect(self._completion_chosen)  # type: ignore[index]
        self._input.textEdited.connect(self._text_edited)
        self._input.returnPressed.connect(self._return_pressed)
        self._chips_box = QWidget(self)
        self._chips = _FlowLayout(self._chips_box)
        self._chips_box.hide()
        self._body.addWidget(self._input)
        self._body.addWidget(self._chips_box)
        self._set_focus_widget(self._input)

    def value(self) -> FieldValue:
        return list(self._codes) or None

    def _show(self, value: FieldValue) -> None:
        codes = [c for c in value if isinstance(c, str)] if isinstance(value, list) else []
        self._codes = list(dict.fromkeys(codes))
        self._rebuild_chips()

    def _apply_read_only(self, read_only: bool) -> None:
        self._input.setVisible(not read_only)
        self._rebuild_chips()

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # QCompleter creates its popup on demand
        return popup

    def _text_edited(self, text: str) -> None:
        self._completer.setCompletionPrefix(text)
        if text.strip():
            self._completer.complete()
        else:
            self._popup().hide()

    def _completion_chosen(self, index: QModelIndex) -> None:
        self._add(str(index.data(_CODE_ROLE)))

    def _return_pressed(self) -> None:
        """Enter with no entry highlighted adds the state the text names, if only one."""
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer activates the highlighted entry itself
        text = self._input.text().strip()
        if not text:
            return
        self._completer.setCompletionPrefix(text)
        by_code = self._form.country(text.upper())
        if by_code is not None:
            code = by_code.iso3
        elif self._completer.completionCount() == 1:
            code = str(self._completer.completionModel().index(0, 0).data(_CODE_ROLE))
        else:
            return
        popup.hide()
        self._add(code)

    def _add(self, code: str) -> None:
        self._input.clear()
        if code in self._codes:
            return
        self._codes.append(code)
        self._rebuild_chips()
        self._user_changed()

    def _remove(self, code: str) -> None:
        position = self._codes.index(code)
        self._codes.remove(code)
        self._rebuild_chips()
        self._user_changed()
        # Keep keyboard users in place: focus the chip that took the removed one's place.
        chips = self._chip_buttons()
        (chips[min(position, len(chips) - 1)] if chips else self._input).setFocus()

    def _chip_buttons(self) -> list[QToolButton]:
        return [w for w in self._chips_box.findChildren(QToolButton) if not w.isHidden()]

    def _rebuild_chips(self) -> None:
        while (item := self._chips.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for code in self._codes:
            state = self._form.country(code)
            name = state.name.get(self._lang) if state is not None else code
            chip = QToolButton(self._chips_box)
            _readable_when_disabled(chip)
            chip.setProperty("field_id", self.field.id)
            chip.setProperty("state_code", code)
            if self._read_only:
                chip.setText(name)
                chip.setEnabled(False)
            else:
                chip.setText(f"{name} ×")
                remove_text = QCoreApplication.translate("FieldEditors", "Remove {name}")
                chip.setToolTip(remove_text.format(name=name))
                chip.setAccessibleName(remove_text.format(name=name))
                chip.clicked.connect(lambda _=False, c=code: self._remove(c))
            self._chips.addWidget(chip)
            chip.show()  # a layout would only show it from the event loop, a frame late
        self._chips_box.setVisible(bool(self._codes))


class SystemFieldEditor(FieldEditor):
    """A field the application fills from the report (e.g. the reporting state): display only."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._value: FieldValue = None
        # A read-only line edit rather than a label: it takes focus, so screen readers reach it.
        self._display = QLineEdit(self)
        self._display.setReadOnly(True)
        self._display.setFrame(False)
        self._display.setStyleSheet("background: transparent;")
        self._body.addWidget(self._display)
        self._set_focus_widget(self._display)

    def value(self) -> FieldValue:
        return self._value

    def _show(self, value: FieldValue) -> None:
        self._value = list(value) if isinstance(value, list) else value  # type: ignore[assignment]
        self._display.setText(self._display_text(value))
        self._display.setCursorPosition(0)

    def _apply_read_only(self, read_only: bool) -> None:
        """Always read-only."""

    def _display_text(self, value: FieldValue) -> str:
        if value is None:
            return ""
        items = value if isinstance(value, list) else [value]
        kind, lang = self.field.type, self._lang
        if kind in ("state", "states"):
            names = [self._form.country(str(v)) for v in items]
            texts = [s.name.get(lang) if s else str(v) for s, v in zip(names, items, strict=True)]
        elif kind in ("choice", "multichoice"):
            choices = self._form.choice_list(self.field.choices or "")
            texts = [choices.label(str(v), lang) for v in items]
        elif kind == "characteristics":
            texts = [self._form.characteristic(int(v)).name.get(lang) for v in items]
        elif kind == "date":
            date = QDate.fromString(str(value), "yyyy-MM-dd")
            texts = [self._locale.toString(date, _date_format(self._locale))]
        elif kind == "boolean":
            texts = [
                QCoreApplication.translate("FieldEditors", "Yes")
                if value
                else QCoreApplication.translate("FieldEditors", "No")
            ]
        else:
            texts = [str(v) for v in items]
        return ", ".join(texts)


class AttachmentsEditor(FieldEditor):
    """attachments: not a value but the activity's files; the page does the file dialogs."""

    add_requested = Signal()
    open_requested = Signal(str)  # attachment uid
    remove_requested = Signal(str)  # attachment uid

    _VISIBLE_ROWS = (3, 6)  # the list's height, in rows, when empty and at most

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._list = QListWidget(self)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setProperty("field_id", field.id)
        row_height = self._list.fontMetrics().lineSpacing() + 6
        frame = 2 * self._list.frameWidth()
        # Grow with the files between these heights rather than sit at QListWidget's fixed hint.
        self._list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self._list.setMinimumHeight(row_height * self._VISIBLE_ROWS[0] + frame)
        self._list.setMaximumHeight(row_height * self._VISIBLE_ROWS[1] + frame)
        self._add = QPushButton(QCoreApplication.translate("FieldEditors", "Add…"), self)
        self._open = QPushButton(QCoreApplication.translate("FieldEditors", "Open"), self)
        self._remove = QPushButton(QCoreApplication.translate("FieldEditors", "Remove"), self)
        buttons = QVBoxLayout()
        for button in (self._add, self._open, self._remove):
            button.setProperty("field_id", field.id)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._list, 1)
        row.addLayout(buttons)
        self._body.addLayout(row)
        self._add.clicked.connect(self.add_requested)
        self._open.clicked.connect(lambda: self._emit_for_selection(self.open_requested))
        self._remove.clicked.connect(lambda: self._emit_for_selection(self.remove_requested))
        # itemActivated is Enter or double-click (whatever the platform calls "activate").
        self._list.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(_CODE_ROLE))
        )
        self._list.itemSelectionChanged.connect(self._update_buttons)
        self._set_focus_widget(self._list)
        self._update_buttons()

    def value(self) -> FieldValue:
        return None

    def set_attachments(self, items: Sequence[AttachmentInfo]) -> None:
        self._list.clear()
        for info in items:
            size = self._locale.formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            item = QListWidgetItem(f"{info.filename}  ({size})")
            item.setData(_CODE_ROLE, info.uid)
            item.setToolTip(f"SHA-256 {info.sha256[:12]}…")
            self._list.addItem(item)
        self._update_buttons()

    def _show(self, value: FieldValue) -> None:
        """Attachments are not a value: the page calls set_attachments()."""

    def _apply_read_only(self, read_only: bool) -> None:
        self._update_buttons()

    def _emit_for_selection(self, signal: SignalInstance) -> None:
        item = self._list.currentItem()
        if item is not None and item.isSelected():
            signal.emit(item.data(_CODE_ROLE))

    def _update_buttons(self) -> None:
        selected = bool(self._list.selectedItems())
        self._add.setEnabled(not self._read_only)
        self._open.setEnabled(selected)
        self._remove.setEnabled(selected and not self._read_only)


_EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "email": TextEditor,
    "longtext": LongTextEditor,
    "date": DateEditor,
    "integer": IntegerEditor,
    "boolean": BooleanEditor,
    "choice": ChoiceEditor,
    "multichoice": MultiChoiceEditor,
    "state": StateEditor,
    "states": StatesEditor,
    "characteristics": CharacteristicsEditor,
    "attachments": AttachmentsEditor,
}


def create_editor(
    field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
) -> FieldEditor:
    """The editor for `field`; attachments get an AttachmentsEditor, system fields a display."""
    if field.system and field.type != "attachments":
        return SystemFieldEditor(field, form, lang, parent)
    return _EDITORS[field.type](field, form, lang, parent)
