"""Typed input reaches the report exactly, or is refused visibly (issue 13).

Every test types through real key events into the real editors; what the editor would store is
what it emits on `edited` (the page autosaves exactly that).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import FieldValue
from csbm_desktop.ui import i18n
from csbm_desktop.ui.dialogs.new_report import NewReportDialog
from csbm_desktop.ui.formrender.fields import DateEditor, FieldEditor, create_editor
from csbm_desktop.ui.formrender.section import build_fields


def date_editor(
    qtbot: QtBot, spec: FormSpec, lang: str, field_id: str = "start_date"
) -> DateEditor:
    field = next(f for f in spec.activity_fields() if f.id == field_id)
    editor = create_editor(field, spec, lang)
    qtbot.addWidget(editor)
    editor.show()
    assert isinstance(editor, DateEditor)
    return editor


def record(editor: FieldEditor) -> list[FieldValue]:
    emitted: list[FieldValue] = []
    editor.edited.connect(emitted.append)
    return emitted


def type_into(qtbot: QtBot, editor: FieldEditor, text: str) -> QLineEdit:
    edit = editor.focus_widget()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    return edit


def leave(qtbot: QtBot, edit: QLineEdit) -> None:
    """Press Enter (what leaving the field does too): the typing is finished."""
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def note(editor: FieldEditor) -> QLabel:
    label = editor.findChild(QLabel, "field_note")
    assert label is not None
    return label


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("es", "16/11/2026"),
        ("fr", "16/11/2026"),
        ("pt", "16/11/2026"),
        ("en", "11/16/2026"),  # English (United States) order
        ("es", "16-11-2026"),
        ("fr", "16.11.2026"),
        ("es", "16112026"),
        ("en", "2026-11-16"),  # ISO, in every language
        ("fr", "2026-11-16"),
    ],
)
def test_a_date_typed_into_an_empty_field_is_stored_exactly(
    qtbot: QtBot, spec: FormSpec, lang: str, typed: str
) -> None:
    editor = date_editor(qtbot, spec, lang)
    emitted = record(editor)
    edit = type_into(qtbot, editor, typed)
    # Nothing is stored while the date is incomplete, then exactly the date typed, once.
    assert emitted == ["2026-11-16"]
    assert editor.value() == "2026-11-16"
    leave(qtbot, edit)
    assert emitted == ["2026-11-16"]
    assert note(editor).isHidden()
    assert QDate.fromString(edit.text(), "d/M/yyyy" if lang != "en" else "M/d/yyyy") == QDate(
        2026, 11, 16
    )


def test_an_empty_date_stays_empty_until_a_whole_date_is_typed(
    qtbot: QtBot, spec: FormSpec
) -> None:
    editor = date_editor(qtbot, spec, "es")
    emitted = record(editor)
    edit = type_into(qtbot, editor, "16/11/20")
    assert emitted == []
    assert editor.value() is None
    assert note(editor).isHidden()  # no scolding while the user is still typing
    leave(qtbot, edit)
    assert emitted == []
    assert editor.value() is None
    assert note(editor).isVisible()
    assert "Not a whole date" in note(editor).text()
    assert "Not a whole date" in editor.problem_text()
    assert "Not a whole date" in edit.accessibleDescription()
    qtbot.keyClicks(edit, "26")
    assert emitted == ["2026-11-16"]
    assert note(editor).isHidden()


@pytest.mark.parametrize("typed", ["31/02/2026", "16/13/2026", "00/11/2026", "16/11/1850"])
def test_an_impossible_date_is_shown_as_an_error_and_never_stored(
    qtbot: QtBot, spec: FormSpec, typed: str
) -> None:
    editor = date_editor(qtbot, spec, "fr")
    emitted = record(editor)
    edit = type_into(qtbot, editor, typed)
    leave(qtbot, edit)
    assert emitted == []
    assert editor.value() is None
    assert note(editor).isVisible()
    assert "no such date" in note(editor).text()
    assert editor.property("problem") == "error"


def test_retyping_a_filled_date_keeps_the_old_one_until_the_new_one_is_whole(
    qtbot: QtBot, spec: FormSpec
) -> None:
    editor = date_editor(qtbot, spec, "es")
    editor.set_value("2025-06-30")
    emitted = record(editor)
    edit = editor.focus_widget()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "1/7/202")
    leave(qtbot, edit)
    assert emitted == []
    assert editor.value() == "2025-06-30"
    assert note(editor).isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert emitted == [None]  # emptied on purpose: that is a value
    assert note(editor).isHidden()


def test_the_messages_are_in_the_interface_language(qtbot: QtBot, spec: FormSpec) -> None:
    i18n.install("pt")
    editor = date_editor(qtbot, spec, "pt")
    assert editor.focus_widget().placeholderText() == "DD/MM/AAAA"
    edit = type_into(qtbot, editor, "16/11")
    leave(qtbot, edit)
    assert note(editor).isVisible()
    assert "Not a whole date" not in note(editor).text()
    assert "16/11/" in note(editor).text()  # the example is in the locale's order


def test_the_end_dates_calendar_opens_on_the_start_dates_month(
    qtbot: QtBot, spec: FormSpec
) -> None:
    rows = build_fields(spec.activity_fields(), spec, "en", labels_above=False)
    qtbot.addWidget(rows)
    rows.show()
    start, end = rows.editor("start_date"), rows.editor("end_date")
    assert isinstance(end, DateEditor)
    type_into(qtbot, start, "3/10/2024")
    end.focus_widget().setFocus()
    qtbot.keyClick(end.focus_widget(), Qt.Key.Key_F4)
    calendar = end.calendar()
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 3)
    assert end.value() is None  # opening is not choosing


def test_a_fields_problem_shows_under_it_and_in_the_help_panel(
    qtbot: QtBot, spec: FormSpec
) -> None:
    from csbm_desktop.ui.views.help_panel import HelpPanel

    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.set_form(spec, "en")
    editor = date_editor(qtbot, spec, "en")
    panel.follow(editor.focus_widget())
    assert "Start date" in panel.toPlainText()
    assert note(editor).isHidden()
    # A problem of the stored value (from validation): words under the field, not a tooltip only.
    editor.set_problem("error", "The activity starts after the reporting period.")
    assert note(editor).isVisible()
    assert note(editor).text() == "Error: The activity starts after the reporting period."
    assert "Error: The activity starts after the reporting period." in panel.toPlainText()
    # A typing problem outranks it while it lasts.
    edit = type_into(qtbot, editor, "3/1")
    leave(qtbot, edit)
    assert "Not a whole date" in note(editor).text()
    assert "Not a whole date" in panel.toPlainText()
    editor.set_problem(None)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert note(editor).isHidden()
    assert "Error" not in panel.toPlainText()


# Type-ahead lists: the reporting state of a new report, state fields, choice lists.


def send_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def new_report_dialog(qtbot: QtBot, spec: FormSpec, lang: str) -> NewReportDialog:
    dialog = NewReportDialog(spec, lang, [], today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keys and focus need the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def create_button(dialog: NewReportDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("es", "Perú"),
        ("es", "peru"),
        ("en", "Per"),
        ("fr", "Pérou"),
        ("pt", "Peru"),
        ("en", "PER"),
        ("fr", "per"),  # a prefix that names one state only
        ("es", "Pérou"),  # the French name in a Spanish dialog
    ],
)
def test_typing_a_states_name_selects_it_in_new_report(
    qtbot: QtBot, spec: FormSpec, lang: str, typed: str
) -> None:
    dialog = new_report_dialog(qtbot, spec, lang)
    assert not create_button(dialog).isEnabled()  # no state chosen yet
    line = dialog.state.lineEdit()
    line.setFocus()
    send_text(line, typed)
    assert not create_button(dialog).isEnabled()  # typing is not choosing
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert dialog.chosen_state() == "PER"
    assert dialog.state.currentText().endswith("(PER)")
    assert create_button(dialog).isEnabled()
    assert dialog.choice().state == "PER"
    assert dialog.state_problem.isHidden()


@pytest.mark.parametrize("typed", ["zzz", "a", "Gu"])  # nothing; several states
def test_new_report_refuses_text_that_names_no_single_state(
    qtbot: QtBot, spec: FormSpec, typed: str
) -> None:
    dialog = new_report_dialog(qtbot, spec, "es")
    line = dialog.state.lineEdit()
    line.setFocus()
    send_text(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not accepted
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.chosen_state() is None
    assert not create_button(dialog).isEnabled()
    assert dialog.state_problem.isVisible()
    assert typed in dialog.state_problem.text()
    with pytest.raises(ValueError, match="no state chosen"):
        dialog.choice()


def test_enter_after_a_prefix_shows_the_state_before_creating(qtbot: QtBot, spec: FormSpec) -> None:
    dialog = new_report_dialog(qtbot, spec, "en")
    line = dialog.state.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Per")
    dialog.state.completer().popup().hide()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the first Enter places the text: "Peru (PER)" is shown
    assert dialog.state.currentText() == "Peru (PER)"
    qtbot.wait(20)  # a person's pause between two key presses
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().state == "PER"


def test_new_report_through_the_window_is_for_the_typed_state(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.app_driver import App, answering_dialog

    app = App(qtbot, tmp_path / "reports.sqlite3", tmp_path / "settings.ini", lang="es")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewReportDialog)
        try:
            line = dialog.state.lineEdit()
            send_text(line, "Perú")
            qtbot.keyClick(line, Qt.Key.Key_Return)  # places the text, shows the state
            assert dialog.isVisible()
            qtbot.wait(20)
            assert create_button(dialog).isEnabled()
            create_button(dialog).click()
        finally:
            if dialog.isVisible():
                dialog.reject()  # the assertions below fail, instead of a hang

    with answering_dialog(qtbot, fill):
        app.window.act_new.trigger()
    app.wait_open()
    assert app.window.session is not None
    assert app.window.session.report.state == "PER"
    app.close()


@pytest.mark.parametrize(("typed", "code"), [("peru", "PER"), ("Brésil", "BRA"), ("chl", "CHL")])
def test_a_state_field_takes_the_state_typed(
    qtbot: QtBot, spec: FormSpec, typed: str, code: str
) -> None:
    import dataclasses

    field = dataclasses.replace(
        next(f for f in spec.header_fields() if f.id == "state"), system=False
    )
    editor = create_editor(field, spec, "es")
    qtbot.addWidget(editor)
    editor.show()
    emitted = record(editor)
    line = editor.focus_widget().lineEdit()
    line.setFocus()
    send_text(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert emitted[-1:] == [code]
    assert note(editor).isHidden()
    # Text naming no single state: refused under the field, the value unchanged.
    line.setFocus()
    line.selectAll()
    send_text(line, "Gu")  # Guatemala, Guyana
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert editor.value() == code
    assert note(editor).isVisible()
    assert "Gu" in note(editor).text()


def test_partner_states_are_found_in_any_language(qtbot: QtBot, spec: FormSpec) -> None:
    field = next(f for f in spec.activity_fields() if f.type == "states")
    editor = create_editor(field, spec, "en")
    qtbot.addWidget(editor)
    editor.show()
    emitted = record(editor)
    line = editor.focus_widget()
    line.setFocus()
    for typed in ("Perú", "Brésil", "mexico"):
        send_text(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Escape)  # close the popup: Enter takes the text
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert emitted[-1] == ["PER", "BRA", "MEX"]
    send_text(line, "a")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert note(editor).isVisible()  # "a" names many states: said, not guessed


def test_a_choice_list_takes_a_typed_label(qtbot: QtBot, spec: FormSpec) -> None:
    field = next(f for f in spec.header_fields() if f.type == "choice")
    editor = create_editor(field, spec, "es")
    qtbot.addWidget(editor)
    editor.show()
    options = spec.choice_list(field.choices or "").options
    target = options[-1]
    label = target.label.get("es")
    emitted = record(editor)
    line = editor.focus_widget().lineEdit()
    line.setFocus()
    send_text(line, label.lower())
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert emitted[-1:] == [target.code]


# Years and numbers


def test_a_year_out_of_range_is_said_not_silently_reset(qtbot: QtBot, spec: FormSpec) -> None:
    dialog = new_report_dialog(qtbot, spec, "en")
    year = dialog.year
    assert year.value() == 2025
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(year, "1850")
    assert year.lineEdit().text() == "1850"  # typed in full, not stopped at "185"
    dialog.state.setFocus()  # leave the box
    assert year.value() == 2025  # not taken...
    assert dialog.year_problem.isVisible()  # ...and said
    assert "1850" in dialog.year_problem.text()
    assert str(year.minimum()) in dialog.year_problem.text()
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(year, "2024")
    assert year.value() == 2024
    assert dialog.year_problem.isHidden()


def test_a_number_out_of_range_is_said_and_not_stored(qtbot: QtBot, spec: FormSpec) -> None:
    questions = [q for c in spec.characteristics for q in c.questions]
    field = next(f for f in [*spec.activity_fields(), *questions] if f.type == "integer")
    editor = create_editor(field, spec, "es")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.set_value(12)
    emitted = record(editor)
    spin = editor.focus_widget()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "2000000")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert editor.value() == 12
    assert 2_000_000 not in emitted
    assert emitted[-1] == 12  # the digits typed before the refused one are not left stored
    assert note(editor).isVisible()
    assert "2.000.000" in note(editor).text()  # in the form's language
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "40")
    assert editor.value() == 40
    assert note(editor).isHidden()
