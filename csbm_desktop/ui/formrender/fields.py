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
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
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
    QFocusEvent,
    QKeyEvent,
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
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.report import AttachmentInfo, FieldValue
from csbm_desktop.ui.formrender.dates import (
    CalendarPopup,
    DateState,
    date_format,
    part_order,
    read_date,
)
from csbm_desktop.ui.type_ahead import (
    CODE_ROLE,
    TypeAheadCombo,
    all_names,
    completer,
    entry,
    match_row,
    sorted_states,
    state_entry,
)
from csbm_desktop.ui.widgets import NumberBox

# Space around every editor's content, where the problem border and the flash are painted; reserved
# always so that marking a field never shifts the layout.
EDITOR_FRAME = 3
_FLASH_MS = 2000
_PROBLEM_COLOURS = {"error": "#c62828", "warning": "#e65100"}
# Item data role of the key an item stands for (choice code, ISO3 code, attachment uid).
_CODE_ROLE = CODE_ROLE
_INTEGER_MAX = 1_000_000
# Shown for an empty date or number: a blank box reads as "not filled in" in every language.
_BLANK = " "


def _tooltip(help_text: str, problem: str = "") -> str:
    # Rich text, because Qt word-wraps rich tooltips only; a plain one-line help text would be wide.
    parts = [f"<p>{html.escape(help_text, quote=False)}</p>"] if help_text else []
    return "".join([problem, *parts])


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
    problem_changed = Signal()  # the problem shown under the field changed (see problem_text)
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(EDITOR_FRAME, EDITOR_FRAME, EDITOR_FRAME, EDITOR_FRAME)
        outer.setSpacing(2)
        self._body = QVBoxLayout()
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(4)
        outer.addLayout(self._body)
        # The field's problem in words under it: a tooltip alone is out of reach of the keyboard.
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setProperty("field_id", field.id)
        self._note.setObjectName("field_note")
        self._note.hide()
        outer.addWidget(self._note)
        self._problem: tuple[str | None, str] = (None, "")
        self._input_error = ""  # what is wrong with the text typed, before it is a value

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
        # A read-only choice is a disabled widget, which cannot take the focus: the editor takes
        # it instead, so that a reviewer can still reach the field, read its help and comment
        # on it (the comment goes to the field that has the focus).
        takes_focus = not self._focus.isEnabledTo(self) or self._focus.isHidden()
        # Only on a change: setting a focus proxy moves it in the Tab order; and the policy only
        # without a proxy, since Qt passes a widget's focus policy on to its proxy.
        if takes_focus and self.focusProxy() is not None:
            self.setFocusProxy(None)  # type: ignore[arg-type]  # (Qt takes a null pointer)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif not takes_focus and self.focusProxy() is None:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setFocusProxy(self._focus)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus ring of a read-only field that took the focus itself

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def set_problem(self, severity: str | None, message: str = "") -> None:
        """Mark the field with a problem of the stored value (from validation), or clear it."""
        if severity not in (None, "error", "warning"):
            raise ValueError(f"unknown severity {severity!r}")
        self._problem = (severity, message)
        self._refresh_problem()

    def problem_text(self) -> str:
        """The problem shown under the field ("Error: …"), or ""; the help panel repeats it."""
        severity, message = self._shown_problem()
        return f"{self._severity_word(severity)}: {message}" if severity else ""

    def _set_input_error(self, message: str) -> None:
        """Mark what the user typed as not (yet) a value; it outranks the stored value's problem."""
        if message != self._input_error:
            self._input_error = message
            self._refresh_problem()

    def _shown_problem(self) -> tuple[str | None, str]:
        return ("error", self._input_error) if self._input_error else self._problem

    @staticmethod
    def _severity_word(severity: str | None) -> str:
        return (
            QCoreApplication.translate("FieldEditors", "Error")
            if severity == "error"
            else QCoreApplication.translate("FieldEditors", "Warning")
        )

    def _refresh_problem(self) -> None:
        severity, message = self._shown_problem()
        self.setProperty("problem", severity or "")
        if severity is None:
            self.setToolTip(_tooltip(self._help))
            self._focus.setAccessibleDescription(self._help)
            self._note.hide()
        else:
            title = self._severity_word(severity)
            problem = f"<p><b>{html.escape(title)}:</b> {html.escape(message, quote=False)}</p>"
            self.setToolTip(_tooltip(self._help, problem))
            self._focus.setAccessibleDescription(f"{title}: {message} {self._help}")
            self._note.setText(f"{title}: {message}")
            self._note.setStyleSheet(f"color: {_PROBLEM_COLOURS[severity]};")
            self._note.show()
        self.update()
        self.problem_changed.emit()

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
        if self.hasFocus() and self.focusProxy() is None:  # a read-only field, focused
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
            painter.end()
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
    """ "200 / 200" once a text reaches its field's cap, where typing stops; and a sentence when
    a paste was cut to fit. A text stored before the cap existed shows as over it."""

    def __init__(self, limit: int | None, locale: QLocale, parent: QWidget) -> None:
        super().__init__(parent)
        self._limit = limit
        self._locale = locale
        self.setStyleSheet(f"color: {_PROBLEM_COLOURS['warning']};")
        self.hide()

    def update_for(self, length: int, cut: bool = False) -> None:
        limit = self._limit
        full = limit is not None and length >= limit
        self.setVisible(full)
        if limit is None or not full:
            return
        count = f"{self._locale.toString(length)} / {self._locale.toString(limit)}"
        if cut:
            count += " — " + QCoreApplication.translate(
                "FieldEditors", "cut to the most this field holds"
            )
        self.setText(count)


class TextEditor(FieldEditor):
    """text and email: one line, no longer than the field's cap (QLineEdit stops typing and
    cuts a paste there)."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._edit = QLineEdit(self)
        self._limit = field.limit or 32767  # QLineEdit's own default
        self._edit.setMaxLength(self._limit)
        if field.type == "email":
            self._edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._hint = _LengthHint(field.limit, self._locale, self)
        row = QHBoxLayout()
        row.addWidget(self._edit, 1)
        row.addWidget(self._hint)
        self._body.addLayout(row)
        self._edit.textChanged.connect(self._text_changed)
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return self._edit.text() or None

    def _show(self, value: FieldValue) -> None:
        text = value if isinstance(value, str) else ""
        # setText would silently cut a text stored before the cap: shown whole, it can only
        # be shortened.
        self._edit.setMaxLength(max(self._limit, len(text)))
        self._edit.setText(text)
        self._edit.setCursorPosition(0)  # show the start of a long text, not its end

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)

    def _text_changed(self, text: str) -> None:
        self._hint.update_for(len(text))
        self._user_changed()


class _PlainTextEdit(QPlainTextEdit):
    """Sized in lines of text; QPlainTextEdit's own hint is a fixed 192 px. Holds at most
    `limit` characters (QPlainTextEdit has no maximum length of its own): typing stops there
    and a paste or a drop is cut to fit, as one step that Undo takes back."""

    _LINES = (4, 7)  # at least, and preferred

    def __init__(self, limit: int | None, on_cut: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.limit = limit
        self.floor = 0  # a text stored before the cap may keep its length, never grow
        self._on_cut = on_cut
        self.setMinimumHeight(self._height(self._LINES[0]))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._LINES[1]))

    def _height(self, lines: int) -> int:
        margins = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        return self.fontMetrics().lineSpacing() * lines + margins

    def room(self) -> int | None:
        """How many characters may still go in at the cursor (a selection is replaced)."""
        if self.limit is None:
            return None
        used = len(self.toPlainText()) - len(self.textCursor().selectedText())
        return max(self.limit, self.floor) - used

    def insertFromMimeData(self, source: QMimeData) -> None:
        room = self.room()
        if room is not None and source.hasText() and len(source.text()) > room:
            self.insertPlainText(source.text()[: max(room, 0)])
            self._on_cut()
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        adds = bool(text) and (text.isprintable() or text in ("\r", "\n"))
        room = self.room()
        if adds and room is not None and len(text) > room:
            event.accept()  # full: the key is refused, as a full QLineEdit refuses it
            self._on_cut()
            return
        super().keyPressEvent(event)


class LongTextEditor(FieldEditor):
    """longtext: paragraphs; Tab moves on, since a tab character means nothing in a report.
    No longer than the field's cap; the hint says when something was cut or refused."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._edit = _PlainTextEdit(field.limit, self._was_cut, self)
        self._edit.setTabChangesFocus(True)
        self._hint = _LengthHint(field.limit, self._locale, self)
        self._body.addWidget(self._edit)
        self._body.addWidget(self._hint, 0, Qt.AlignmentFlag.AlignRight)
        self._edit.textChanged.connect(self._text_changed)
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return self._edit.toPlainText() or None

    def _show(self, value: FieldValue) -> None:
        text = value if isinstance(value, str) else ""
        self._edit.floor = len(text)  # a text stored before the cap is shown whole
        self._edit.setPlainText(text)

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)

    def _was_cut(self) -> None:
        self._hint.update_for(len(self._edit.toPlainText()), cut=True)

    def _text_changed(self) -> None:
        length = len(self._edit.toPlainText())
        self._edit.floor = min(self._edit.floor, length)  # shortened: it stays shorter
        self._hint.update_for(length)
        self._user_changed()


class DateEditor(FieldEditor):
    """date: "YYYY-MM-DD" or None, typed in the locale's order (or ISO) or picked from a calendar.

    Typed text becomes the value only once it is a whole, real date; until then the value stays
    what it was (empty stays empty) and leaving the field shows why the text is not a date.
    """

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._value: str | None = None
        self._calendar: CalendarPopup | None = None  # made when first opened
        self._follows: DateEditor | None = None
        self._edit = QLineEdit(self)
        self._edit.setPlaceholderText(self._pattern())
        sample = date_format(self._locale).replace("d", "0").replace("M", "0").replace("y", "0")
        width = self._edit.fontMetrics().horizontalAdvance(f"00{sample}{self._pattern()}")
        self._edit.setMinimumWidth(width // 2 + 16)
        self._edit.installEventFilter(self)
        pick_text = QCoreApplication.translate("FieldEditors", "Choose from a calendar (Alt+Down)")
        self._pick = QToolButton(self)
        self._pick.setText("▾")
        self._clear = QToolButton(self)
        self._clear.setText("×")
        clear_text = QCoreApplication.translate("FieldEditors", "Clear date")
        for button, text in ((self._pick, pick_text), (self._clear, clear_text)):
            button.setAutoRaise(True)
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.setProperty("field_id", field.id)
            # Tab goes from field to field; the keyboard has Alt+Down and Delete for these.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self._edit)
        row.addWidget(self._pick)
        row.addWidget(self._clear)
        row.addStretch(1)
        self._body.addLayout(row)
        self._edit.textEdited.connect(self._typed)
        self._edit.editingFinished.connect(self._finished)
        self._pick.clicked.connect(self.open_calendar)
        self._clear.clicked.connect(self._cleared)
        self._set_focus_widget(self._edit)

    def value(self) -> FieldValue:
        return self._value

    def follow(self, earlier: DateEditor) -> None:
        """Open the calendar of this (empty) date on `earlier`'s month: an end date on its start."""
        self._follows = earlier

    def calendar(self) -> CalendarPopup | None:
        return self._calendar

    def open_calendar(self) -> None:
        if self._read_only:
            return
        if self._calendar is None:
            self._calendar = CalendarPopup(self._locale, self)
            self._calendar.picked.connect(self._picked)
        start = self._value or (self._follows.value() if self._follows is not None else None)
        date = QDate.fromString(start, "yyyy-MM-dd") if isinstance(start, str) else QDate()
        self._calendar.open_at(self._edit, date if date.isValid() else QDate.currentDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _pattern(self) -> str:
        """The order to type a date in, in the user's words: "DD/MM/YYYY", "JJ/MM/AAAA"…"""
        words = {
            "d": QCoreApplication.translate("FieldEditors", "DD", "day, in a date pattern"),
            "m": QCoreApplication.translate("FieldEditors", "MM", "month, in a date pattern"),
            "y": QCoreApplication.translate("FieldEditors", "YYYY", "year, in a date pattern"),
        }
        return "/".join(words[part] for part in part_order(self._locale))

    def _text_of(self, date: QDate) -> str:
        return self._locale.toString(date, date_format(self._locale))

    def _show(self, value: FieldValue) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self._value = date.toString("yyyy-MM-dd") if date.isValid() else None
        self._edit.setText(self._text_of(date) if date.isValid() else "")
        self._set_input_error("")
        self._update_clear()

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        self._pick.setEnabled(not read_only)
        self._update_clear()

    def _typed(self, text: str) -> None:
        reading = read_date(text, self._locale)
        if reading.state in (DateState.EMPTY, DateState.VALID):
            self._set_input_error("")
            self._commit(reading.iso)
        elif self._input_error or reading.state is DateState.IMPOSSIBLE:
            self._set_input_error(self._reason(reading.state))  # keep the reason up to date

    def _finished(self) -> None:
        reading = read_date(self._edit.text(), self._locale)
        if reading.date is not None:
            self._edit.setText(self._text_of(reading.date))  # 2026-11-16 reads as 16/11/2026
        elif reading.state is not DateState.EMPTY:
            self._set_input_error(self._reason(reading.state))

    def _reason(self, state: DateState) -> str:
        if state is DateState.IMPOSSIBLE:
            return QCoreApplication.translate(
                "FieldEditors", "There is no such date; check the day and the month. Not saved."
            )
        example = self._text_of(QDate(QDate.currentDate().year(), 11, 16))
        return QCoreApplication.translate(
            "FieldEditors",
            "Not a whole date: type the day, the month and the year in full (%1). Not saved.",
        ).replace("%1", example)

    def _picked(self, date: QDate) -> None:
        self._edit.setText(self._text_of(date))
        self._set_input_error("")
        self._commit(date.toString("yyyy-MM-dd"))
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _cleared(self) -> None:
        self._edit.clear()
        self._set_input_error("")
        self._commit(None)

    def _commit(self, value: str | None) -> None:
        if value != self._value:
            self._value = value
            self._update_clear()
            self._user_changed()

    def _update_clear(self) -> None:
        self._clear.setEnabled(not self._read_only and self._value is not None)


class IntegerEditor(FieldEditor):
    """integer: a whole number 0..1 000 000; the spin box's -1 stands for "empty"."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._spin = NumberBox(self)
        self._spin.setLocale(self._locale)
        self._spin.setRange(-1, _INTEGER_MAX)
        self._spin.setSpecialValueText(_BLANK)
        self._spin.setValue(-1)
        row = QHBoxLayout()
        row.addWidget(self._spin)
        row.addStretch(1)
        self._body.addLayout(row)
        self._spin.valueChanged.connect(self._number_changed)
        self._spin.out_of_range.connect(self._refused)
        self._spin.editingFinished.connect(self._finished)
        # The value when typing began: each digit is a value ("2", "20", "200"…), so a number
        # refused at its last digit must not leave its first digits stored.
        self._settled: FieldValue = None
        self._refusal = ""
        self._set_focus_widget(self._spin)

    def value(self) -> FieldValue:
        number = self._spin.value()
        return None if number < 0 else number

    def _show(self, value: FieldValue) -> None:
        valid = isinstance(value, int) and not isinstance(value, bool)
        self._spin.setValue(value if valid else -1)  # type: ignore[arg-type]
        self._settled = self.value()
        self._set_input_error("")

    def _apply_read_only(self, read_only: bool) -> None:
        self._spin.setReadOnly(read_only)

    def _number_changed(self) -> None:
        self._set_input_error("")
        self._user_changed()

    def _refused(self, typed: int) -> None:
        self._refusal = (
            QCoreApplication.translate(
                "FieldEditors", "%1 is too large: enter a whole number from 0 to %2. Not saved."
            )
            .replace("%1", self._locale.toString(typed))
            .replace("%2", self._locale.toString(_INTEGER_MAX))
        )

    def _finished(self) -> None:
        refusal, self._refusal = self._refusal, ""
        if refusal:
            settled = self._settled
            self._spin.setValue(settled if isinstance(settled, int) else -1)
            self._set_input_error(refusal)
        self._settled = self.value()


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
    """An editor whose value is the code of the selected item of `self._combo`, a list that can
    be typed into: text naming one entry selects it, other text is refused under the field."""

    _combo: TypeAheadCombo

    def _setup_combo(self, model: QStandardItemModel) -> None:
        self._combo = TypeAheadCombo(model, self)
        _readable_when_disabled(self._combo)
        row = QHBoxLayout()
        row.addWidget(self._combo)
        row.addStretch(1)
        self._body.addLayout(row)
        self._combo.currentIndexChanged.connect(self._user_changed)
        self._combo.currentIndexChanged.connect(self._typed_text_taken)
        line = self._combo.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setProperty("field_id", self.field.id)
        self._combo.text_taken.connect(self._typed_text_taken)
        self._set_focus_widget(self._combo)

    def _typed_text_taken(self) -> None:
        unmatched = self._combo.unmatched_text
        self._set_input_error(
            QCoreApplication.translate(
                "FieldEditors", "Nothing in the list matches “%1” alone; the field is unchanged."
            ).replace("%1", unmatched)
            if unmatched
            else ""
        )

    def value(self) -> FieldValue:
        code = self._combo.currentData(_CODE_ROLE)
        return code if isinstance(code, str) else None

    def _show(self, value: FieldValue) -> None:
        self._combo.setCurrentIndex(max(0, self._combo.findData(value, _CODE_ROLE)))
        self._set_input_error("")

    def _apply_read_only(self, read_only: bool) -> None:
        self._combo.setEnabled(not read_only)


class ChoiceEditor(_ComboEditor):
    """choice: a combo box of the choice list's labels, with an empty first entry."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        model = QStandardItemModel(self)
        model.appendRow(QStandardItem(""))
        for option in form.choice_list(field.choices or "").options:
            label = option.label
            model.appendRow(entry(label.get(lang), option.code, all_names(label)))
        self._setup_combo(model)


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
        model.appendRow(QStandardItem(""))
        for state in sorted_states(form.states, lang):
            model.appendRow(state_entry(state, lang))
        self._setup_combo(model)


class StatesEditor(FieldEditor):
    """states: any ISO 3166-1 states (partners need not be OAS members) added by type-ahead,
    shown as removable chips in the order added."""

    def __init__(
        self, field: FieldSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, form, lang, parent)
        self._codes: list[str] = []
        self._model = QStandardItemModel(self)
        for state in sorted_states(form.countries or form.states, lang):
            self._model.appendRow(state_entry(state, lang))
        self._input = QLineEdit(self)
        self._input.setPlaceholderText(
            QCoreApplication.translate("FieldEditors", "Type a state's name to add it…")
        )
        # Driven by hand (setWidget, not QLineEdit.setCompleter) so that choosing an entry adds a
        # chip and clears the box instead of writing the entry's search text into it.
        self._completer = completer(self._model, self)
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
        row = match_row(self._model, text)
        if row is None:
            self._set_input_error(
                QCoreApplication.translate(
                    "FieldEditors", "No single state matches “%1”; type more of its name."
                ).replace("%1", text)
            )
            return
        popup.hide()
        self._add(str(self._model.index(row, 0).data(_CODE_ROLE)))

    def _add(self, code: str) -> None:
        self._input.clear()
        self._set_input_error("")
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
            texts = [self._locale.toString(date, date_format(self._locale))]
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
