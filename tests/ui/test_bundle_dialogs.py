"""Review bundles in the window: the drafter sends, the reviewer comments and sends back, the
drafter reads what arrived — two application runs on two database files, driven by qtbot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.bundle import BundleExportDialog, BundleImportDialog
from tests.ui.app_driver import App, ensure_staff


def _demo(db: Path) -> int:
    ensure_staff(db)
    ws = Workspace(db)
    try:
        return create_demo(ws, AccountService(ws).actor("ana.drafter"), state="PAN").id
    finally:
        ws.close()


def _write(qtbot, dialog: BundleExportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=15000)


def _import(qtbot, app: App, path: Path) -> BundleImportDialog:  # type: ignore[no-untyped-def]
    dialog = BundleImportDialog(app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(path))
    dialog.ok.click()
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=15000)
    app.idle()
    return dialog


def test_a_review_round_through_the_dialogs(qtbot, tmp_path: Path) -> None:
    drafter_db, reviewer_db = tmp_path / "drafter.sqlite3", tmp_path / "reviewer.sqlite3"
    report_id = _demo(drafter_db)
    stick = tmp_path / "stick"
    stick.mkdir()

    # Drafter's laptop: Send for review.
    app = App(qtbot, drafter_db, tmp_path / "a.ini")
    app.window.open_report(report_id)
    app.wait_open()
    assert app.window.review.act_send_review.isEnabled()
    dialog = BundleExportDialog(app.window, app.window.session.report, comments=False)
    _write(qtbot, dialog, stick / "panama")  # the suffix is added
    assert "Written:" in dialog.outcome.toPlainText()
    assert (stick / "panama.csbmx").exists()
    app.close()

    # Reviewer's laptop: import, comment, send comments back.
    app = App(qtbot, reviewer_db, tmp_path / "b.ini", user="rui.reviewer")
    assert not app.window.review.act_send_review.isEnabled()  # reviewers do not send drafts
    assert app.window.review.act_import_bundle.isEnabled()
    dialog = _import(qtbot, app, stick / "panama.csbmx")
    text = dialog.outcome.toPlainText()
    assert "not signed" in text
    assert "added to this database" in text
    dialog.open_button.click()
    app.wait_open()
    theirs = app.window.session.report.id
    ws, rui = app.window.workspace, app.window.actor
    ReviewService(ws, rui).comment(theirs, "header.poc_name", "Add the rank.")
    again = _import(qtbot, app, stick / "panama.csbmx")
    assert "already imported" in again.outcome.toPlainText()
    dialog = BundleExportDialog(app.window, app.window.session.report, comments=True)
    _write(qtbot, dialog, stick / "comments.csbmx")
    assert "1 comment" in dialog.outcome.toPlainText()
    app.close()

    # Drafter's laptop: meanwhile the name changed in a new revision; the comment is flagged.
    app = App(qtbot, drafter_db, tmp_path / "a.ini")
    app.window.open_report(report_id)
    app.wait_open()
    service = app.window.service
    service.apply(report_id, [SetHeaderField("poc_name", "Cap. Ana Ríos")])
    service.save_revision(report_id, "second draft")
    dialog = _import(qtbot, app, stick / "comments.csbmx")
    text = dialog.outcome.toPlainText()
    assert "1 new comment" in text
    assert "made on an older revision" in text
    assert "(revision 1)" in text
    assert "Cap. Ana Ríos" in text  # the change since, in words
    assert "They are marked as from an unsigned bundle." in text
    app.wait_open()  # the open report was reloaded
    panel = app.window.review.panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10000)
    shown = panel.tree.topLevelItem(0).text(0)
    assert "Add the rank." in shown
    assert "Made on revision 1" in shown
    assert "From an unsigned bundle." in shown
    app.close()
