"""The desktop application driven as a drafting officer would, on a real migrated database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.new_report import NewReportDialog
from csbm_desktop.ui.steps import CHECK, MEASURES, OVERVIEW, characteristic_step
from tests.ui.app_driver import App, answering_dialog, ensure_staff, type_text

ACCENTED_TITLE = "Reunión bilateral en Asunción — Año de la Cooperación"
ACCENTED_ANSWER = "Se activó el mecanismo de comunicación entre Estados Mayores: éxito."


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "reports.sqlite3", tmp_path / "settings.ini"


def _create_report(app: App, state: str, year: int, copy: bool = False) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewReportDialog)
        dialog.state.setCurrentIndex(dialog.state.findData(state))
        dialog.year.setValue(year)
        dialog.copy.setChecked(copy)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with answering_dialog(app.qtbot, fill):
        app.window.act_new.trigger()
    app.wait_open()


def test_whole_drafting_flow_survives_a_restart(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    window = app.window
    assert window.home.currentWidget() is window.home.welcome  # empty database: welcome page

    _create_report(app, "PRY", 2025)
    editor = window.editor
    assert editor is not None
    assert editor.current_step() == OVERVIEW

    # Header: the point of contact, typed.
    overview = editor.page(OVERVIEW)
    type_text(overview.editors["poc_name"].focus_widget(), "María Ñúñez")
    type_text(overview.editors["poc_email"].focus_widget(), "mfcs@defensa.gov.py")

    # An activity under measure 2, with Spanish text and two characteristics.
    measures = editor.go_to(MEASURES)
    measures.select_measure("m02")
    qtbot.mouseClick(measures.add_button, Qt.MouseButton.LeftButton)
    uid = measures.activity_uid
    assert uid is not None
    type_text(measures.editors["title"].focus_widget(), ACCENTED_TITLE)
    # Typed into the empty date, in English order, exactly as a person would (issue 13).
    start = measures.editors["start_date"].focus_widget()
    start.setFocus()
    qtbot.keyClicks(start, "6/10/2025")
    type_text(measures.editors["description"].focus_widget(), "Diálogo político-estratégico.")
    measures.status.setCurrentIndex(measures.status.findData("implemented"))

    # Measure 2 pre-ticks its usual characteristics (1, 3, 5); the officer adds 2 and 6.
    assert set(window.session.report.activity(uid).characteristics) == {1, 3, 5}
    step2 = editor.go_to(characteristic_step(2))
    step6 = editor.go_to(characteristic_step(6))
    for page in (step2, step6):
        model = page.activities.model()
        index = next(
            model.index(r, 0)
            for r in range(model.rowCount())
            if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == uid
        )
        page.activities.setCurrentIndex(index)
        qtbot.keyClick(page.activities, Qt.Key.Key_Space)  # tick it from the keyboard
        page.only_linked.setChecked(True)
        assert model.rowCount() == 1  # the filter shows the linked activity only
        page.search.setText("no such activity")
        assert model.rowCount() == 0
        page.only_linked.setChecked(False)
        page.search.setText("")
        assert model.rowCount() == len(window.session.report.activities)

    # A guiding question answered.
    step1 = editor.go_to(characteristic_step(1))
    type_text(step1.editors["c1_q1"].focus_widget(), ACCENTED_ANSWER)

    app.wait_saved()  # autosave, on the worker thread
    assert "saved" in window.save_label.text().lower()
    report_id = window.session.report.id
    app.close()

    # A new run of the application on the same file finds everything.
    stored = DraftingService(Workspace(db), app.window.actor).get(report_id)
    assert stored.header["poc_name"] == "María Ñúñez"
    activity = stored.activity(uid)
    assert activity.values["title"] == ACCENTED_TITLE
    assert activity.values["start_date"] == "2025-06-10"
    assert activity.characteristics == (1, 2, 3, 5, 6)
    assert stored.measure("m02").status == "implemented"
    assert stored.answers["c1_q1"] == ACCENTED_ANSWER

    again = App(qtbot, db, settings)
    assert again.window.home.currentWidget() is again.window.home.reports
    assert again.window.home.reports.table.rowCount() == 1
    again.window.home.reports.open_button.click()
    again.wait_open()
    page = again.window.editor.go_to(MEASURES)
    page.select_measure("m02")
    page.select_activity(uid)
    assert page.editors["title"].value() == ACCENTED_TITLE
    assert again.window.editor.go_to(characteristic_step(1)).editors["c1_q1"].value() == (
        ACCENTED_ANSWER
    )
    again.close()


def test_docks_and_window_layout_are_remembered(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    window = app.window
    # Docked once the window is on screen (see MainWindow._complete): help in front, review
    # tabbed behind it.
    assert window.help_dock.isVisible()
    assert window.tabifiedDockWidgets(window.help_dock) == [window.review.dock]
    assert window.act_help.isChecked()
    window.act_help.trigger()  # the user closes the help panel and makes the window smaller
    window.resize(700, 500)  # within the offscreen screen (800 × 600), or the restore clamps it
    assert not window.help_dock.isVisible()
    app.close()

    again = App(qtbot, db, settings)
    assert not again.window.help_dock.isVisible()
    assert not again.window.act_help.isChecked()
    assert (again.window.width(), again.window.height()) == (700, 500)
    again.window.act_help.trigger()
    assert again.window.help_dock.isVisible()
    again.close()


def test_undo_and_redo(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    _create_report(app, "CHL", 2025)
    overview = app.window.editor.page(OVERVIEW)
    field = overview.editors["poc_name"]
    type_text(field.focus_widget(), "Rosa")
    assert app.window.session.report.header["poc_name"] == "Rosa"
    app.window.act_undo.trigger()  # one word typed is one undo step
    assert "poc_name" not in app.window.session.report.header
    assert field.value() is None
    app.window.act_redo.trigger()
    assert field.value() == "Rosa"
    app.wait_saved()
    report_id = app.window.session.report.id
    actor = app.window.actor
    app.close()
    assert DraftingService(Workspace(db), actor).get(report_id).header["poc_name"] == "Rosa"


def test_deleting_an_activity_is_undoable(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    _create_report(app, "CHL", 2025)
    page = app.window.editor.go_to(MEASURES)
    page.select_measure("m05")
    page.add_button.click()
    type_text(page.editors["title"].focus_widget(), "Aviso previo")
    page.delete_button.click()
    assert page.activities.count() == 0
    app.window.act_undo.trigger()
    assert page.activities.count() == 1
    assert page.editors["title"].value() == "Aviso previo"
    app.close()


def test_jump_to_problem(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    _create_report(app, "ARG", 2025)
    app.window.activateWindow()  # the new-report dialog had the focus
    qtbot.waitUntil(app.window.isActiveWindow)
    check = app.window.editor.go_to(CHECK)
    tree = check.tree
    item = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole) == "header.poc_email"
    )
    tree.setCurrentItem(item)
    tree.itemActivated.emit(item, 0)  # Enter or double-click
    assert app.window.editor.current_step() == OVERVIEW
    editor = app.window.editor.page(OVERVIEW).editors["poc_email"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.focus_widget())
    app.close()


def test_language_switch_keeps_the_report_open(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    _create_report(app, "MEX", 2025)
    app.window.editor.go_to(MEASURES)
    app.window.lang_actions["es"].trigger()
    window = app.window
    assert window.lang == "es"
    assert window.editor.current_step() == MEASURES
    assert window.editor.navigator.item(0).text() == "Resumen"
    assert window.menu_file.title() == "&Archivo"
    page = window.editor.page(MEASURES)
    title = page.model.index(1, page.model.TITLE).data()
    assert title.splitlines()[0] == window.session.spec.measure("m02").title.es
    assert "2009" in title.splitlines()[1]  # the OAS's numbers under it, in Spanish too
    app.close()
    # The choice is remembered.
    from csbm_desktop.ui.settings import Settings

    assert Settings(settings).language == "es"


def test_copy_forward_from_last_year(qtbot, paths) -> None:
    db, settings = paths
    ensure_staff(db)
    ws = Workspace(db)
    service = DraftingService(ws, AccountService(ws).actor("ana.drafter"))
    old = service.create("URY", 2024)
    service.add_activity(old.id, "m03", {"title": "Curso regional", "start_date": "2024-09-01"})
    ws.close()

    app = App(qtbot, db, settings)
    _create_report(app, "URY", 2025, copy=True)
    session = app.window.session
    assert session.report.copied_from == old.uid
    overview = app.window.editor.page(OVERVIEW)
    assert overview.copied.isVisible()
    [activity] = session.report.activities
    assert activity.values["title"] == "Curso regional"
    assert any(p.code == "date.outside_period" for p in session.problems())
    app.close()


def test_recovery_after_a_crash(qtbot, paths) -> None:
    db, settings = paths
    app = App(qtbot, db, settings)
    _create_report(app, "BOL", 2025)
    type_text(app.window.editor.page(OVERVIEW).editors["poc_name"].focus_widget(), "Juan")
    app.wait_saved()
    report_id = app.window.session.report.id
    # Simulate the power going off: no close, no clean-exit mark; the lock on the database goes
    # stale with the process (a real kill: tests/ui/test_store_safety.py).
    app.runner.shutdown()
    app.window.hide()
    app.window.workspace.close()
    app.window.db_lock.release()

    again = App(qtbot, db, settings)
    again.wait_open()
    assert again.window.session.report.id == report_id
    assert again.window.session.report.header["poc_name"] == "Juan"
    assert "not closed properly" in again.window.statusBar().currentMessage()
    again.close()


def test_new_report_dialog_defaults(qtbot) -> None:
    from datetime import date

    from csbm_desktop.formspec import load_form

    spec = load_form()
    dialog = NewReportDialog(spec, "es", [], today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2025
    assert not dialog.copy.isEnabled()
    dialog.state.setCurrentIndex(dialog.state.findData("PER"))
    assert dialog.state.currentText() == "Perú (PER)"
    assert "2026" in dialog.deadline.text()
    assert dialog.choice().state == "PER"
    assert isinstance(dialog, QDialog)
