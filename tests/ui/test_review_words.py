"""Review reads like a document (issue 13): places, statuses and people in words, whole comments
in the thread list, and read-only fields that can still be commented on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from csbm_desktop.domain.edits import SetMeasure
from csbm_desktop.domain.messages import locate, render, status_word
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.steps import MEASURES, OVERVIEW
from csbm_desktop.ui.views.review_panel import CommentDialog
from tests.ui.app_driver import App, answering_dialog, ensure_staff

LONG_COMMENT = (
    "La fecha de inicio no coincide con la nota diplomática del 4 de marzo; "
    "revise también el número de participantes, que en el informe del año pasado era distinto, "
    "y confirme con el Estado Mayor Conjunto antes de enviar."
)


@pytest.fixture
def in_review(tmp_path: Path) -> tuple[Path, int, str]:
    """A demo report submitted for review, with a long comment on an activity's start date."""
    db = tmp_path / "ministry.sqlite3"
    ensure_staff(db)
    ws = Workspace(db)
    try:
        ana = AccountService(ws).actor("ana.drafter")
        rui = AccountService(ws).actor("rui.reviewer")
        report = create_demo(ws, ana, size="small", state="PER", year=2025)
        DraftingService(ws, ana).apply(
            report.id, [SetMeasure("m21", None, True), SetMeasure("m22", None, True)]
        )
        ReviewService(ws, ana).transition(report.id, "submit")
        activity = DraftingService(ws, ana).get(report.id).activities[0]
        anchor = f"activities.{activity.uid}.start_date"
        ReviewService(ws, rui).comment(report.id, anchor, LONG_COMMENT)
    finally:
        ws.close()
    return db, report.id, anchor


def open_as(qtbot, db: Path, report_id: int, user: str, lang: str = "es") -> App:  # type: ignore[no-untyped-def]
    app = App(qtbot, db, db.parent / "settings.ini", lang=lang, user=user)
    app.window.resize(1366, 768)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    app.window.open_report(report_id)
    app.wait_open()
    qtbot.waitUntil(lambda: len(app.window.review.panel.comments) == 1)
    return app


def test_statuses_are_words_in_every_language() -> None:
    assert status_word("in_review", "en") == "In review"
    assert status_word("changes_requested", "fr") == "Modifications demandées"
    text = render("report.not_editable", {"id": "3", "status": "in_review"}, "es")
    assert "en revisión" in text
    assert "in_review" not in text


def test_a_comment_reads_as_a_place_and_in_full(qtbot, in_review) -> None:  # type: ignore[no-untyped-def]
    db, report_id, anchor = in_review
    app = open_as(qtbot, db, report_id, "rui.reviewer")
    session = app.window.session
    activity = session.report.activity(anchor.split(".")[1])
    number = session.spec.measure(activity.measure_id).number
    tree = app.window.review.panel.tree
    item = tree.topLevelItem(0)
    text = item.text(0)
    title = activity.text("title")
    assert f"Medida {number} › Actividad «{title}» › Fecha de inicio" in text
    assert "activities." not in text
    assert activity.uid not in text
    assert LONG_COMMENT in text  # the whole comment, not a summary to hover over
    # ... and laid out in full: the row is as tall as its wrapped text needs.
    rect = tree.visualItemRect(item)
    assert rect.width() <= tree.viewport().width()
    needed = tree.fontMetrics().boundingRect(
        0, 0, rect.width(), 10_000, int(Qt.TextFlag.TextWordWrap), text
    )
    assert rect.height() >= needed.height()
    # The read-only banner says the status in words.
    banner = app.window.editor.readonly.text()
    assert "en revisión" in banner
    assert "in_review" not in banner
    status = app.window.review.panel.status.text()  # the interface language (English here)
    assert "In review" in status
    assert "in_review" not in status
    app.close()


def test_read_only_fields_can_be_commented_on(qtbot, in_review) -> None:  # type: ignore[no-untyped-def]
    db, report_id, _anchor = in_review
    app = open_as(qtbot, db, report_id, "rui.reviewer", lang="en")
    editor = app.window.editor
    overview = editor.go_to(OVERVIEW)
    # A choice field, read-only: its combo box is disabled, yet the field takes the focus.
    field = next(e for e in overview.editors.values() if e.field.type == "choice")
    assert not field.focus_widget().isEnabled()
    field.setFocus()
    qtbot.waitUntil(lambda: editor.current_anchor() == f"header.{field.field.id}")
    assert QApplication.focusWidget() is field
    seen: list[str] = []

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, CommentDialog), dialog
        seen.append(dialog.findChild(type(app.window.review.panel.status)).text())
        dialog.text.setPlainText("Check this choice.")
        dialog.accept()

    with answering_dialog(qtbot, write):
        app.window.review.act_comment.trigger()
    app.idle()
    qtbot.waitUntil(lambda: len(app.window.review.panel.comments) == 2)
    assert field.field.label.get("en") in seen[0]
    # Tab reaches read-only fields too.
    measures = editor.go_to(MEASURES)
    assert measures.editors["title"].focus_widget().isReadOnly()
    app.close()


def test_locate_names_the_measure_of_an_activity(spec, in_review) -> None:  # type: ignore[no-untyped-def]
    db, report_id, anchor = in_review
    ws = Workspace(db)
    try:
        report = DraftingService(ws, AccountService(ws).actor("ana.drafter")).get(report_id)
    finally:
        ws.close()
    where = locate(anchor, spec, "en", report, with_measure=True)
    assert where.startswith("Measure ")
    assert where.endswith(" › Start date")
    assert locate(anchor, spec, "en", report) == where.split(" › ", 1)[1]


# Roles in the screen match the services


@pytest.mark.parametrize(
    ("user", "submitted", "editable"),
    [
        ("ana.drafter", False, True),
        ("rui.reviewer", False, False),  # a draft, but not a drafter
        ("ana.drafter", True, False),  # a drafter, but the report is in review
    ],
)
def test_who_may_not_edit_gets_read_only_fields(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, user: str, submitted: bool, editable: bool
) -> None:
    from csbm_desktop.domain.edits import SetHeaderField

    db = tmp_path / "ministry.sqlite3"
    ensure_staff(db)
    ws = Workspace(db)
    try:
        ana = AccountService(ws).actor("ana.drafter")
        report = create_demo(ws, ana, size="small", state="PER", year=2025)
        DraftingService(ws, ana).apply(
            report.id, [SetMeasure("m21", None, True), SetMeasure("m22", None, True)]
        )
        if submitted:
            ReviewService(ws, ana).transition(report.id, "submit")
    finally:
        ws.close()
    app = App(qtbot, db, tmp_path / "settings.ini", user=user)
    app.window.open_report(report.id)
    app.wait_open()
    overview = app.window.editor.page(OVERVIEW)
    name = overview.editors["poc_name"].focus_widget()
    assert name.isReadOnly() is not editable
    measures = app.window.editor.page(MEASURES)
    assert measures.add_button.isEnabled() is editable
    assert app.window.editor.readonly.isHidden() is editable
    if not editable:
        before = name.text()
        name.setFocus()
        app.qtbot.keyClicks(name, "zz")
        assert name.text() == before  # typing is refused at once, not after a failed save
        assert not app.window.session.edit(SetHeaderField("poc_name", "Otro"))
    app.close()


# The audit trail in words


def test_the_audit_trail_shows_actions_people_and_fields_in_words(  # type: ignore[no-untyped-def]
    qtbot, spec, workspace, staff
) -> None:
    from csbm_desktop.domain.edits import SetActivityField, SetHeaderField
    from csbm_desktop.services.audit_trail import AuditTrailService
    from csbm_desktop.services.integrity import check_database
    from csbm_desktop.ui.dialogs.audit_trail import AuditTrailDialog

    ana = staff["ana.drafter"]
    drafting = DraftingService(workspace, ana)
    report = drafting.create("PER", 2025)
    activity = drafting.add_activity(report.id, "m03", {"title": "Curso"})
    drafting.apply(
        report.id,
        [
            SetHeaderField("poc_name", "Ana"),
            SetActivityField(activity.uid, "start_date", "2025-03-10"),
        ],
    )
    ReviewService(workspace, ana).transition(report.id, "submit")
    people = {u.name: u.display_name or u.name.title() for u in AccountService(workspace).users()}
    dialog = AuditTrailDialog(
        AuditTrailService(workspace, staff["root"]),
        lambda: check_database(workspace),
        "en",
        report.id,
        people=people,
        spec=spec,
    )
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.COLUMNS)]
        for r in range(dialog.table.rowCount())
    ]
    text = "\n".join(" | ".join(row) for row in rows)
    assert "Submitted for review" in text
    assert "Edited" in text
    assert "report.submit" not in text
    assert "report.edit" not in text
    assert f"{people['ana.drafter']} (ana.drafter)" in text
    edit_row = next(row for row in rows if row[3] == "Edited" and "Start date" in row[5])
    assert "National point of contact › Name" in edit_row[5]
    assert "Activity › Start date" in edit_row[5]
    assert "activities." not in edit_row[5]
