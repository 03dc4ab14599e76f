"""The review story, played in the desktop application by four people on one database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.domain.errors import Refused
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.steps import OVERVIEW
from csbm_desktop.ui.views.review_panel import CommentDialog
from tests.ui.app_driver import App, answering_dialog, ensure_staff


def _accept(dialog: QWidget) -> None:
    if isinstance(dialog, QMessageBox):
        dialog.button(QMessageBox.StandardButton.Yes).click()
    else:
        assert isinstance(dialog, QInputDialog), dialog
        dialog.setTextValue("Lista para revisión")
        dialog.accept()


def _suggest(text: str, value: str):  # type: ignore[no-untyped-def]
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, CommentDialog), dialog
        dialog.text.setPlainText(text)
        assert dialog.value_editor is not None  # a reviewer may suggest on a field
        dialog.suggest.setChecked(True)
        dialog.value_editor.set_value(value)
        dialog.accept()

    return answer


def _open(app: App, report_id: int) -> None:
    app.window.open_report(report_id)
    app.wait_open()


def _comment_on(app: App, field_id: str, text: str, value: str) -> None:
    editor = app.window.editor
    app.window.activateWindow()  # the sign-in dialog had the focus
    app.qtbot.waitUntil(app.window.isActiveWindow)
    overview = editor.go_to(OVERVIEW)
    overview.editors[field_id].focus_widget().setFocus()
    app.qtbot.waitUntil(lambda: editor.current_anchor() == f"header.{field_id}")
    with answering_dialog(app.qtbot, _suggest(text, value)):
        app.window.review.act_comment.trigger()
    app.idle()


def _select_thread(app: App, anchor: str) -> None:
    tree = app.window.review.panel.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        comment = next(c for c in app.window.review.panel.comments if c.uid == uid)
        if comment.anchor == anchor:
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"no thread on {anchor}")


def test_review_story(qtbot, tmp_path: Path) -> None:
    db, settings = tmp_path / "ministry.sqlite3", tmp_path / "settings.ini"
    ensure_staff(db)
    ws = Workspace(db)
    ana = AccountService(ws).actor("ana.drafter")
    report_id = create_demo(ws, ana, size="small", state="PER", year=2025).id
    service = DraftingService(ws, ana)
    # The demo leaves two measures unanswered: the drafter completes them first.
    from csbm_desktop.domain.edits import SetMeasure

    service.apply(report_id, [SetMeasure("m21", None, True), SetMeasure("m22", None, True)])
    ws.close()

    # 1. The drafter submits the report for review.
    app = App(qtbot, db, settings, user="ana.drafter")
    _open(app, report_id)
    assert app.window.review.workflow["submit"].isEnabled()
    assert not app.window.review.workflow["approve"].isEnabled()
    with answering_dialog(qtbot, _accept):
        app.window.review.workflow["submit"].trigger()
    app.idle()
    qtbot.waitUntil(
        lambda: app.window.session is not None and app.window.session.report.status == "in_review"
    )
    assert not app.window.session.editable
    app.close()

    # 2. The reviewer comments with two suggestions and asks for changes.
    app = App(qtbot, db, settings, user="rui.reviewer")
    _open(app, report_id)
    _comment_on(app, "poc_name", "El punto de contacto cambió en marzo.", "Lucía Paredes")
    _comment_on(app, "poc_phone", "Falta el prefijo internacional.", "12345")
    qtbot.waitUntil(lambda: len(app.window.review.panel.comments) == 2)
    assert "2" in app.window.editor.navigator.item(0).text()
    assert app.window.editor.navigator.item(0).text() != app.window.editor.step_names["overview"]
    app.window.review.workflow["request_changes"].trigger()
    app.idle()
    qtbot.waitUntil(
        lambda: (
            app.window.session is not None
            and app.window.session.report.status == "changes_requested"
        )
    )
    app.close()

    # 3. The drafter accepts one suggestion, rejects the other, and submits again.
    app = App(qtbot, db, settings, user="ana.drafter")
    _open(app, report_id)
    qtbot.waitUntil(lambda: len(app.window.review.panel.comments) == 2)
    panel = app.window.review.panel
    _select_thread(app, "header.poc_name")
    assert panel.buttons["accept"].isEnabled()
    panel.buttons["accept"].click()
    app.idle()
    qtbot.waitUntil(lambda: app.window.session.report.header.get("poc_name") == "Lucía Paredes")
    _select_thread(app, "header.poc_phone")
    panel.buttons["reject"].click()
    app.idle()
    phone_before = app.window.session.report.header.get("poc_phone")
    assert phone_before != "12345"
    assert app.window.editor.page(OVERVIEW).editors["poc_name"].value() == "Lucía Paredes"
    with answering_dialog(qtbot, _accept):
        app.window.review.workflow["submit"].trigger()
    app.idle()
    qtbot.waitUntil(
        lambda: app.window.session is not None and app.window.session.report.status == "in_review"
    )
    app.close()

    # 4. The reviewer approves (the decided threads were resolved with the decisions).
    app = App(qtbot, db, settings, user="rui.reviewer")
    _open(app, report_id)
    qtbot.waitUntil(lambda: len(app.window.review.panel.comments) == 2)
    assert all(c.status == "resolved" for c in app.window.review.panel.comments)
    with answering_dialog(qtbot, _accept):
        app.window.review.workflow["approve"].trigger()
    app.idle()
    qtbot.waitUntil(
        lambda: app.window.session is not None and app.window.session.report.status == "approved"
    )
    app.close()

    # 5. The authorising officer finalises; from then on nobody can edit.
    app = App(qtbot, db, settings, user="olga.officer")
    _open(app, report_id)
    assert not app.window.review.workflow["approve"].isEnabled()
    with answering_dialog(qtbot, _accept):
        app.window.review.workflow["finalize"].trigger()
    app.idle()
    qtbot.waitUntil(
        lambda: app.window.session is not None and app.window.session.report.status == "final"
    )
    assert app.window.editor.readonly.isVisible()
    assert not app.window.session.edit(SetHeaderField("poc_name", "Otro"))
    app.close()

    ws = Workspace(db)
    try:
        ana = AccountService(ws).actor("ana.drafter")
        rui = AccountService(ws).actor("rui.reviewer")
        stored = DraftingService(ws, ana)
        assert stored.get(report_id).status == "final"
        assert stored.get(report_id).header["poc_name"] == "Lucía Paredes"
        for attempt in (
            lambda: stored.apply(report_id, [SetHeaderField("poc_name", "X")]),
            lambda: ReviewService(ws, rui).comment(report_id, "header.poc_name", "tarde"),
        ):
            try:
                attempt()
            except Refused:
                pass
            else:
                raise AssertionError("an edit of a final report was accepted")
    finally:
        ws.close()
