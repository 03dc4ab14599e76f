"""The generic form renderer: every field type's editor, its binding, and sections of the real form.

User actions go through real input events (pytest-qt). `qtbot.keyClicks` aborts the process on
any non-ASCII character, so accented text is typed with `type_text`, one QKeyEvent per character.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.form import FieldSpec, FormSpec, SectionSpec
from csbm_desktop.domain.report import AttachmentInfo, FieldValue
from csbm_desktop.ui import i18n
from csbm_desktop.ui.formrender.fields import (
    AttachmentsEditor,
    DateEditor,
    FieldEditor,
    SystemFieldEditor,
    create_editor,
)
from csbm_desktop.ui.formrender.section import FieldRows, FormSection, build_fields

ACCENTED = "Reunión en Asunción — ñandú"

# Values each type must carry through set_value() -> value() unchanged (None is tested for all).
ROUND_TRIPS: dict[str, list[FieldValue]] = {
    "text": ["Hola", ACCENTED, "x" * 400],
    "email": ["mfcs@mindef.gob.ar"],
    "longtext": ["Primer párrafo.\n\nSegundo párrafo."],
    "date": ["2025-06-30", "2024-02-29"],
    "integer": [0, 42, 1_000_000],
    "boolean": [True, False],
    "choice": ["es", "pt"],
    "multichoice": [["minister", "military"], ["international"]],
    "state": ["PER", "ARG"],
    "states": [["CHL", "PER"], ["PER", "CHL", "BRA"]],
    "characteristics": [[1, 4], [1, 2, 3, 4, 5, 6, 7]],
}


def all_fields(spec: FormSpec) -> list[FieldSpec]:
    questions = [q for c in spec.characteristics for q in c.questions]
    return [*spec.header_fields(), *spec.activity_fields(), *questions]


def field_of(spec: FormSpec, kind: str) -> FieldSpec:
    """A real field of the form of type `kind` (the form's only `state` field is a system one)."""
    if kind == "state":
        return dataclasses.replace(
            next(f for f in all_fields(spec) if f.id == "state"), system=False
        )
    if kind == "multichoice":  # the values below are actor levels
        return next(f for f in all_fields(spec) if f.id == "actor_levels")
    return next(f for f in all_fields(spec) if f.type == kind and not f.system)


def make(qtbot: QtBot, spec: FormSpec, kind: str, lang: str = "es") -> FieldEditor:
    editor = create_editor(field_of(spec, kind), spec, lang)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def record(editor: FieldEditor) -> list[FieldValue]:
    emitted: list[FieldValue] = []
    editor.edited.connect(emitted.append)
    return emitted


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, as key presses on `widget`."""
    for ch in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
        )
        QApplication.sendEvent(widget, event)


def box(editor: FieldEditor, text: str) -> QCheckBox:
    return next(b for b in editor.findChildren(QCheckBox) if b.text() == text)


def click_box(qtbot: QtBot, checkbox: QCheckBox) -> None:
    # On the indicator: a box in a grid is wider than its text, and the blank part is not a hit.
    middle = checkbox.height() // 2
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(middle, middle))


def clear_button(editor: FieldEditor) -> QToolButton:
    # By name: the calendar popup has tool buttons of its own.
    return next(b for b in editor.findChildren(QToolButton) if b.accessibleName() == "Clear date")


def chips(editor: FieldEditor) -> list[QToolButton]:
    return [
        b for b in editor.findChildren(QToolButton) if b.property("state_code") and not b.isHidden()
    ]


def completer_popup(editor: FieldEditor) -> QAbstractItemView:
    completer = editor.findChild(QCompleter)
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    return popup


def popup_texts(popup: QAbstractItemView) -> list[str]:
    model = popup.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


# Every type


EDITABLE_TYPES = list(ROUND_TRIPS)


@pytest.mark.parametrize("kind", EDITABLE_TYPES)
def test_set_value_round_trips_and_never_emits(qtbot: QtBot, spec: FormSpec, kind: str) -> None:
    editor = make(qtbot, spec, kind)
    with qtbot.assertNotEmitted(editor.edited):
        for value in [*ROUND_TRIPS[kind], None, *ROUND_TRIPS[kind][:1]]:
            editor.set_value(value)
            assert editor.value() == value
        editor.set_value(None)
    assert editor.value() is None


@pytest.mark.parametrize("kind", EDITABLE_TYPES)
def test_empty_lists_and_strings_read_back_as_none(qtbot: QtBot, spec: FormSpec, kind: str) -> None:
    editor = make(qtbot, spec, kind)
    editor.set_value([] if kind in ("multichoice", "states", "characteristics") else "")
    assert editor.value() is None


@pytest.mark.parametrize("kind", [*EDITABLE_TYPES, "attachments"])
def test_editor_is_findable_and_accessible(qtbot: QtBot, spec: FormSpec, kind: str) -> None:
    field = field_of(spec, kind)
    editor = make(qtbot, spec, kind)
    focus = editor.focus_widget()
    assert editor.field == field
    assert editor.field_spec == field
    assert editor.property("field_id") == field.id
    assert focus.property("field_id") == field.id
    assert field.help.es in editor.toolTip()
    # What the help panel does: walk up from the focused widget to the field.
    widget: QWidget | None = focus
    while widget is not None and not isinstance(widget, FieldEditor):
        widget = widget.parentWidget()
    assert widget is editor
    if kind in ("multichoice", "characteristics"):
        # Each box keeps its own text, prefixed with the field's label.
        assert focus.accessibleName().startswith(f"{field.label.es}: ")
    else:
        assert focus.accessibleName() == field.label.es
    assert focus.accessibleDescription() == field.help.es


def test_set_problem_marks_and_clears(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "text")
    editor.set_problem("error", "Falta el nombre")
    assert editor.property("problem") == "error"
    assert "Falta el nombre" in editor.toolTip()
    assert editor.field.help.es in editor.toolTip()
    assert "Falta el nombre" in editor.focus_widget().accessibleDescription()
    editor.set_problem("warning", "Demasiado largo")
    assert editor.property("problem") == "warning"
    editor.set_problem(None)
    assert editor.property("problem") == ""
    assert "Demasiado largo" not in editor.toolTip()
    assert editor.focus_widget().accessibleDescription() == editor.field.help.es
    with pytest.raises(ValueError, match="severity"):
        editor.set_problem("fatal", "?")


def test_flash_runs_a_two_second_timer_owned_by_the_editor(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "date")
    editor.flash()
    timers = [t for t in editor.findChildren(QTimer) if t.isActive()]
    assert len(timers) == 1
    assert timers[0].parent() is editor
    assert 1500 <= timers[0].interval() <= 2500
    timers[0].stop()  # leave no timer running past the test


# Text


def test_text_typing_emits_each_change(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "text")
    emitted = record(editor)
    qtbot.keyClicks(editor.focus_widget(), "Ana")
    assert emitted == ["A", "An", "Ana"]
    for _ in range(3):
        qtbot.keyClick(editor.focus_widget(), Qt.Key.Key_Backspace)
    assert emitted[-1] is None
    assert editor.value() is None


def test_text_accepts_accented_typing(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "text")
    emitted = record(editor)
    type_text(editor.focus_widget(), ACCENTED)
    assert editor.value() == ACCENTED
    assert emitted[-1] == ACCENTED
    assert len(emitted) == len(ACCENTED)


def test_text_stops_at_its_cap_and_says_so(qtbot: QtBot, spec: FormSpec) -> None:
    field = field_of(spec, "text")
    assert field.limit is not None
    editor = make(qtbot, spec, "text")
    emitted = record(editor)
    hint = next(
        label for label in editor.findChildren(QLabel) if label.objectName() != "field_note"
    )
    editor.set_value("a" * (field.limit - 2))
    assert hint.isHidden()
    qtbot.keyClick(editor.focus_widget(), Qt.Key.Key_End)
    qtbot.keyClicks(editor.focus_widget(), "bbbbb")
    assert editor.value() == "a" * (field.limit - 2) + "bb"  # typing stopped at the cap
    assert emitted[-1] == editor.value()
    assert not hint.isHidden()
    assert f"{field.limit} / {field.limit}" in hint.text().replace("\xa0", "").replace(".", "")


def test_a_text_stored_before_the_cap_is_shown_whole(qtbot: QtBot, spec: FormSpec) -> None:
    field = field_of(spec, "text")
    assert field.limit is not None
    editor = make(qtbot, spec, "text")
    legacy = "a" * (field.limit + 30)
    editor.set_value(legacy)
    assert editor.value() == legacy  # not silently cut: the user shortens it
    editor.focus_widget().setFocus()
    qtbot.keyClick(editor.focus_widget(), Qt.Key.Key_End)
    qtbot.keyClick(editor.focus_widget(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.focus_widget(), "zz")
    assert editor.value() == legacy[:-1] + "z"  # it can only get shorter


def test_a_long_text_cuts_a_paste_at_its_cap_and_says_so(qtbot: QtBot, spec: FormSpec) -> None:
    field = field_of(spec, "longtext")
    assert field.limit is not None
    editor = make(qtbot, spec, "longtext")
    emitted = record(editor)
    box = editor.focus_widget()
    assert isinstance(box, QPlainTextEdit)
    hint = next(
        label for label in editor.findChildren(QLabel) if label.objectName() != "field_note"
    )
    editor.set_value("Inicio. Final.")
    cursor = box.textCursor()
    cursor.setPosition(len("Inicio. "))
    box.setTextCursor(cursor)
    QApplication.clipboard().setText("x" * (field.limit + 100))
    box.paste()
    text = editor.value()
    assert isinstance(text, str)
    assert len(text) == field.limit
    assert text.startswith("Inicio. x")
    assert text.endswith("xFinal.")  # the end of the paste went, what was there stayed
    assert emitted[-1] == text
    assert not hint.isHidden()
    assert "—" in hint.text()  # the count, and a sentence saying the paste was cut
    qtbot.keyClicks(box, "y")  # full: typing is refused
    assert editor.value() == text
    box.undo()
    assert editor.value() == "Inicio. Final."  # one Undo takes back the cut paste
    qtbot.keyClicks(box, "y")
    assert editor.value() == "Inicio. yFinal."


def test_email_uses_a_line_edit(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "email")
    emitted = record(editor)
    assert isinstance(editor.focus_widget(), QLineEdit)
    qtbot.keyClicks(editor.focus_widget(), "a@b.org")
    assert emitted[-1] == "a@b.org"


def test_longtext_types_paragraphs_and_tab_moves_focus(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "longtext")
    edit = editor.focus_widget()
    assert isinstance(edit, QPlainTextEdit)
    assert edit.tabChangesFocus()
    assert edit.minimumHeight() >= 3 * edit.fontMetrics().lineSpacing()
    emitted = record(editor)
    qtbot.keyClicks(edit, "Uno")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, ACCENTED)
    assert editor.value() == f"Uno\n{ACCENTED}"
    assert emitted[-1] == f"Uno\n{ACCENTED}"


# Date (typed dates in detail: tests/ui/test_typed_input.py)


def test_date_shows_the_locale_format_with_a_four_digit_year(qtbot: QtBot, spec: FormSpec) -> None:
    i18n.install("es")
    editor = make(qtbot, spec, "date", lang="es")
    edit = editor.focus_widget()
    assert isinstance(edit, QLineEdit)
    assert edit.placeholderText() == "DD/MM/AAAA"
    editor.set_value("2025-06-30")
    assert edit.text() == "30/6/2025"
    editor.set_value(None)
    assert edit.text() == ""


def test_date_clear_button_empties_the_field(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "date")
    clear = clear_button(editor)
    assert not clear.isEnabled()
    editor.set_value("2025-06-30")
    assert clear.isEnabled()
    emitted = record(editor)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert emitted == [None]
    assert editor.value() is None
    assert editor.focus_widget().text() == ""
    assert not clear.isEnabled()


def test_date_popup_of_an_empty_field_opens_on_today(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "date")
    assert isinstance(editor, DateEditor)
    edit = editor.focus_widget()
    emitted = record(editor)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.calendar()
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.locale() == QLocale("es")  # month and day names in the form's language
    today = QDate.currentDate()
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert emitted == []  # opening the popup is not a choice
    assert editor.value() is None
    days = calendar.findChild(QTableView)  # the grid of days, which takes the keys
    assert days is not None
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert emitted == [today.addDays(1).toString("yyyy-MM-dd")]
    assert not calendar.isVisible()


# Integer


def test_integer_typing_and_emptying(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "integer")
    spin = editor.focus_widget()
    assert isinstance(spin, QSpinBox)
    assert spin.maximum() == 1_000_000
    emitted = record(editor)
    spin.setFocus()
    qtbot.keyClicks(spin, "42")
    assert emitted[-1] == 42
    editor.set_value(0)
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # below 0 is the empty state
    assert emitted[-1] is None
    assert spin.text().strip() == ""
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert emitted[-1] == 0


# Boolean


def test_boolean_click_answers_it(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "boolean")
    emitted = record(editor)
    assert editor.value() is None
    qtbot.mouseClick(editor.focus_widget(), Qt.MouseButton.LeftButton)
    assert emitted == [True]
    qtbot.mouseClick(editor.focus_widget(), Qt.MouseButton.LeftButton)
    assert emitted == [True, False]
    assert editor.value() is False  # answered "no", not unanswered


# Choice


def test_choice_offers_labels_in_the_language_with_an_empty_first_item(
    qtbot: QtBot, spec: FormSpec
) -> None:
    editor = make(qtbot, spec, "choice")
    combo = editor.focus_widget()
    assert isinstance(combo, QComboBox)
    options = spec.choice_list("language").options
    assert [combo.itemText(i) for i in range(combo.count())] == ["", *(o.label.es for o in options)]
    emitted = record(editor)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert emitted == ["en"]
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert emitted == ["en", None]


# Multichoice and characteristics


def test_multichoice_value_follows_the_list_order(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "multichoice")
    levels = spec.choice_list("actor_level")
    emitted = record(editor)
    click_box(qtbot, box(editor, levels.label("military", "es")))
    click_box(qtbot, box(editor, levels.label("minister", "es")))
    assert emitted == [["military"], ["minister", "military"]]
    click_box(qtbot, box(editor, levels.label("military", "es")))
    click_box(qtbot, box(editor, levels.label("minister", "es")))
    assert emitted[-1] is None
    assert len(editor.findChildren(QCheckBox)) == len(levels.options)


def test_characteristics_are_seven_named_boxes_giving_sorted_numbers(
    qtbot: QtBot, spec: FormSpec
) -> None:
    editor = make(qtbot, spec, "characteristics")
    texts = [b.text() for b in editor.findChildren(QCheckBox)]
    assert texts == [f"{c.number} {c.name.es}" for c in spec.characteristics]
    emitted = record(editor)
    click_box(qtbot, box(editor, texts[4]))
    click_box(qtbot, box(editor, texts[0]))
    assert emitted == [[5], [1, 5]]
    editor.set_value([7, 2])
    assert editor.value() == [2, 7]


# State


def test_state_list_is_sorted_by_name_in_the_language(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "state")
    combo = editor.focus_widget()
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(names) == len(spec.states)
    assert names.index("Estados Unidos") < names.index("Granada") < names.index("Perú")
    assert combo.itemText(0) == ""


def test_state_type_ahead_by_name_or_code(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "state")
    combo = editor.focus_widget()
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    emitted = record(editor)
    line.setFocus()
    qtbot.keyClicks(line, "per")
    popup = completer_popup(editor)
    qtbot.waitUntil(popup.isVisible)
    assert popup_texts(popup) == ["Perú"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert emitted == ["PER"]
    line.selectAll()
    qtbot.keyClicks(line, "chl")  # the ISO3 code finds Chile
    qtbot.waitUntil(popup.isVisible)
    assert popup_texts(popup) == ["Chile"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert emitted == ["PER", "CHL"]
    assert combo.currentText() == "Chile"


def test_state_leaving_unknown_text_restores_the_choice(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "state")
    editor.set_value("ARG")
    combo = editor.focus_widget()
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "zzz")
    line.editingFinished.emit()
    assert combo.currentText() == "Argentina"
    assert editor.value() == "ARG"


# States


def test_states_type_ahead_adds_chips_and_removing_a_chip_updates(
    qtbot: QtBot, spec: FormSpec
) -> None:
    editor = make(qtbot, spec, "states")
    line = editor.focus_widget()
    assert isinstance(line, QLineEdit)
    emitted = record(editor)
    line.setFocus()
    qtbot.keyClicks(line, "per")
    popup = completer_popup(editor)
    qtbot.waitUntil(popup.isVisible)
    assert popup_texts(popup) == ["Perú"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert emitted == [["PER"]]
    assert line.text() == ""
    assert [c.text() for c in chips(editor)] == ["Perú ×"]
    # Enter adds the one state the text names: here by its code.
    qtbot.keyClicks(line, "CHL")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert emitted[-1] == ["PER", "CHL"]
    assert [c.text() for c in chips(editor)] == ["Perú ×", "Chile ×"]
    qtbot.mouseClick(chips(editor)[0], Qt.MouseButton.LeftButton)
    assert emitted[-1] == ["CHL"]
    assert [c.text() for c in chips(editor)] == ["Chile ×"]
    qtbot.mouseClick(chips(editor)[0], Qt.MouseButton.LeftButton)
    assert emitted[-1] is None
    assert chips(editor) == []


def test_states_match_with_or_without_accents(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "states")
    line = editor.focus_widget()
    line.setFocus()
    popup = completer_popup(editor)
    type_text(line, "Perú")
    qtbot.waitUntil(popup.isVisible)
    assert popup_texts(popup) == ["Perú"]
    line.clear()
    qtbot.keyClicks(line, "mexi")
    assert popup_texts(popup) == ["México"]


def test_states_adding_twice_keeps_one(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "states")
    editor.set_value(["PER"])
    emitted = record(editor)
    line = editor.focus_widget()
    qtbot.keyClicks(line, "PER")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert emitted == []
    assert editor.value() == ["PER"]


def test_states_chips_follow_set_value(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "states", lang="en")
    editor.set_value(["PER", "USA"])
    assert [c.text() for c in chips(editor)] == ["Peru ×", "United States ×"]
    editor.set_value(None)
    assert chips(editor) == []


# System fields


def test_system_field_displays_the_state_read_only(qtbot: QtBot, spec: FormSpec) -> None:
    field = next(f for f in spec.header_fields() if f.system)
    editor = create_editor(field, spec, "es")
    qtbot.addWidget(editor)
    assert isinstance(editor, SystemFieldEditor)
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_value("PER")
    display = editor.focus_widget()
    assert isinstance(display, QLineEdit)
    assert display.isReadOnly()
    assert display.text() == "Perú"
    assert editor.value() == "PER"
    editor.set_value(None)
    assert display.text() == ""
    assert editor.value() is None


# Attachments


def attachment(uid: str, name: str, size: int) -> AttachmentInfo:
    now = datetime(2025, 5, 6, 10, 0, tzinfo=UTC)
    return AttachmentInfo(uid, name, "application/pdf", size, "0123456789abcdef" * 4, now, "ana")


def test_attachments_editor_lists_files_and_asks_the_page(qtbot: QtBot, spec: FormSpec) -> None:
    editor = make(qtbot, spec, "attachments")
    assert isinstance(editor, AttachmentsEditor)
    assert editor.value() is None
    listing = editor.findChild(QListWidget)
    assert listing is not None
    buttons = {b.text(): b for b in editor.findChildren(QPushButton)}
    add, open_, remove = buttons["Add…"], buttons["Open"], buttons["Remove"]
    editor.set_attachments(
        [attachment("u1", "acta.pdf", 48_213), attachment("u2", "b.pdf", 3 << 20)]
    )
    assert listing.count() == 2
    first = listing.item(0)
    assert "acta.pdf" in first.text()
    assert "47,1" in first.text()  # locale-formatted size, in Spanish
    assert "MB" in listing.item(1).text()
    assert "0123456789ab" in first.toolTip()
    assert add.isEnabled()
    assert not open_.isEnabled()
    assert not remove.isEnabled()

    with qtbot.waitSignal(editor.add_requested):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    listing.setCurrentRow(0)
    assert open_.isEnabled()
    assert remove.isEnabled()
    with qtbot.waitSignal(editor.open_requested) as opened:
        qtbot.mouseClick(open_, Qt.MouseButton.LeftButton)
    assert opened.args == ["u1"]
    with qtbot.waitSignal(editor.remove_requested) as removed:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert removed.args == ["u1"]
    listing.setFocus()
    listing.setCurrentRow(1)
    with qtbot.waitSignal(editor.open_requested) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened.args == ["u2"]
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(editor.open_requested) as opened:
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["u1"]

    editor.set_read_only(True)
    assert not add.isEnabled()
    assert not remove.isEnabled()
    assert open_.isEnabled()  # reading a file is not editing
    editor.set_attachments([])
    assert listing.count() == 0
    assert not open_.isEnabled()


# Read-only


def test_read_only_blocks_editing(qtbot: QtBot, spec: FormSpec) -> None:
    editors = {kind: make(qtbot, spec, kind) for kind in EDITABLE_TYPES}
    for kind, editor in editors.items():
        editor.set_value(ROUND_TRIPS[kind][0])
        editor.set_read_only(True)
    emitted = {kind: record(editor) for kind, editor in editors.items()}

    for kind in ("text", "email", "longtext"):
        qtbot.keyClicks(editors[kind].focus_widget(), "zz")
    for kind in ("date", "integer"):
        editors[kind].focus_widget().setFocus()
        qtbot.keyClick(editors[kind].focus_widget(), Qt.Key.Key_Up)
    for kind in ("boolean", "multichoice", "characteristics"):
        click_box(qtbot, editors[kind].focus_widget())
    for kind in ("choice", "state"):
        assert not editors[kind].focus_widget().isEnabled()
        qtbot.keyClick(editors[kind].focus_widget(), Qt.Key.Key_Down)
    assert editors["states"].focus_widget().isHidden()
    assert all(not chip.isEnabled() and "×" not in chip.text() for chip in chips(editors["states"]))
    assert not clear_button(editors["date"]).isEnabled()

    assert all(not values for values in emitted.values()), emitted
    assert {kind: e.value() for kind, e in editors.items()} == {
        kind: values[0] for kind, values in ROUND_TRIPS.items()
    }

    editors["text"].set_read_only(False)
    qtbot.keyClick(editors["text"].focus_widget(), Qt.Key.Key_End)
    qtbot.keyClicks(editors["text"].focus_widget(), "!")
    assert emitted["text"] == ["Hola!"]


# Sections of the real form


def buddies(rows: QWidget) -> dict[str, QLabel]:
    """Label of each field id, by the label's buddy."""
    found: dict[str, QLabel] = {}
    for label in rows.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            found[str(buddy.property("field_id"))] = label
    return found


@pytest.mark.parametrize("part", ["header", "activity"])
def test_sections_of_the_real_form_in_spanish(qtbot: QtBot, spec: FormSpec, part: str) -> None:
    for section in getattr(spec, part):
        widget = FormSection(section, spec, "es")
        qtbot.addWidget(widget)
        assert widget.title() == section.title.es
        assert [e.field.id for e in widget.editors()] == [f.id for f in section.fields]
        labels = buddies(widget)
        for field in section.fields:
            editor = widget.editor(field.id)
            assert editor.field is field
            expected = field.label.es + ("\u00a0*" if field.required else "")
            assert labels[field.id].text() == expected
            assert labels[field.id].buddy() is editor.focus_widget()


def test_section_set_values_and_field_edited(qtbot: QtBot, spec: FormSpec) -> None:
    section = FormSection(spec.activity[0], spec, "es")
    qtbot.addWidget(section)
    values: dict[str, FieldValue] = {
        "title": ACCENTED,
        "start_date": "2025-05-04",
        "end_date": None,
        "place": "Santiago, Chile",
        "partner_states": ["CHL", "PER"],
        "actor_levels": ["minister", "military"],
    }
    with qtbot.assertNotEmitted(section.field_edited):
        section.set_values(values)
    shown = {e.field.id: e.value() for e in section.editors()}
    assert shown == {**dict.fromkeys(shown), **values}  # the fields not set stay empty
    place = section.editor("place").focus_widget()
    qtbot.keyClick(place, Qt.Key.Key_End)
    with qtbot.waitSignal(section.field_edited) as edited:
        qtbot.keyClicks(place, "!")
    assert edited.args == ["place", "Santiago, Chile!"]
    section.set_values({})
    assert all(e.value() is None for e in section.editors())


def test_section_read_only(qtbot: QtBot, spec: FormSpec) -> None:
    section = FormSection(spec.header[1], spec, "es")
    qtbot.addWidget(section)
    section.set_read_only(True)
    with qtbot.assertNotEmitted(section.field_edited):
        qtbot.keyClicks(section.editor("poc_name").focus_widget(), "x")
    section.set_read_only(False)
    with qtbot.waitSignal(section.field_edited):
        qtbot.keyClicks(section.editor("poc_name").focus_widget(), "x")


def test_build_fields_renders_guiding_questions(qtbot: QtBot, spec: FormSpec) -> None:
    questions = spec.characteristic(3).questions
    rows = build_fields(questions, spec, "es")
    qtbot.addWidget(rows)
    assert isinstance(rows, FieldRows)
    assert [e.field.id for e in rows.editors()] == [q.id for q in questions]
    labels = buddies(rows)
    assert all(labels[q.id].text().startswith(q.label.es) for q in questions)
    first = questions[0]
    with qtbot.assertNotEmitted(rows.field_edited):
        rows.set_values({first.id: "Texto"})
    edit = rows.editor(first.id).focus_widget()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(rows.field_edited) as edited:
        type_text(edit, "ó")
    assert edited.args == [first.id, "Textoó"]


def test_a_field_added_to_the_form_appears_without_code_change(
    qtbot: QtBot, spec: FormSpec
) -> None:
    """Every type of field, as a new form file could declare it, gets a working editor."""
    fields = tuple(
        dataclasses.replace(field_of(spec, kind), id=f"new_{kind}")
        for kind in [*EDITABLE_TYPES, "attachments"]
    )
    section = FormSection(SectionSpec("new", spec.header[0].title, fields), spec, "pt")
    qtbot.addWidget(section)
    assert [e.field.id for e in section.editors()] == [f.id for f in fields]
    assert buddies(section).keys() == {f.id for f in fields}
    section.set_values({f"new_{kind}": values[0] for kind, values in ROUND_TRIPS.items()})
    assert section.editor("new_choice").value() == "es"
    assert isinstance(section.editor("new_attachments"), AttachmentsEditor)


def test_editors_follow_the_language(qtbot: QtBot, spec: FormSpec) -> None:
    for lang, label in [("en", "English"), ("fr", "Anglais"), ("pt", "Inglês")]:
        editor = make(qtbot, spec, "choice", lang=lang)
        combo = editor.focus_widget()
        assert isinstance(combo, QComboBox)
        assert combo.itemText(1) == label
        assert editor.focus_widget().accessibleName() == editor.field.label.get(lang)


@pytest.mark.parametrize("kind", ["integer", "date", "choice"])
def test_wheel_changes_nothing_unless_focused(qtbot: QtBot, spec: FormSpec, kind: str) -> None:
    """Scrolling a long form over a field must scroll the page, not change the field."""
    editor = make(qtbot, spec, kind)
    editor.set_value(ROUND_TRIPS[kind][0])
    widget = editor.focus_widget()
    emitted = record(editor)
    center = QPointF(widget.rect().center())
    wheel = QWheelEvent(
        center,
        widget.mapToGlobal(center),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, wheel)
    assert emitted == []
    assert not wheel.isAccepted()  # so it goes on to the scroll area
