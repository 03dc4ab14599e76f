"""Encrypted bundles through the dialogs: a restricted report asks for recipients or a reason,
and the import asks for the recipient's key only when the file is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.bundle import BundleExportDialog, BundleImportDialog
from tests.pki import make_recipients
from tests.ui.app_driver import App, ensure_staff


def _restricted_demo(db: Path) -> int:
    ensure_staff(db)
    ws = Workspace(db)
    try:
        ana = AccountService(ws).actor("ana.drafter")
        report_id = create_demo(ws, ana, state="PAN").id
        DraftingService(ws, ana).apply(report_id, [SetHeaderField("marking", "restricted")])
        return report_id
    finally:
        ws.close()


def _click_and_wait(qtbot, dialog, button) -> str:  # type: ignore[no-untyped-def]
    dialog.outcome.hide()
    button.click()
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=15000)
    return str(dialog.outcome.toPlainText())


def test_send_encrypted_and_import_with_the_recipients_key(qtbot, tmp_path: Path) -> None:
    people = make_recipients(tmp_path)
    drafter_db, reviewer_db = tmp_path / "drafter.sqlite3", tmp_path / "reviewer.sqlite3"
    report_id = _restricted_demo(drafter_db)
    out = tmp_path / "panama.csbmx"

    app = App(qtbot, drafter_db, tmp_path / "a.ini")
    app.window.open_report(report_id)
    app.wait_open()
    dialog = BundleExportDialog(app.window, app.window.session.report, comments=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.isRowVisible(dialog.reason)  # restricted: the reason is asked for
    dialog.file.setText(str(out))
    write = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    said = _click_and_wait(qtbot, dialog, write)
    assert "restricted" in said
    assert not out.exists()
    dialog.recipients.setText(f"{people.rsa.cert_pem}; {people.ec.cert_pem}")
    said = _click_and_wait(qtbot, dialog, write)
    assert f"Encrypted to {people.rsa.name}, {people.ec.name}." in said
    assert out.exists()
    dialog.close()
    app.close()

    ensure_staff(reviewer_db)
    app = App(qtbot, reviewer_db, tmp_path / "b.ini", user="rui.reviewer")
    dialog = BundleImportDialog(app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.isRowVisible(dialog.key_passphrase)
    dialog.file.setText(str(out))
    assert dialog.form.isRowVisible(dialog.key_passphrase)  # encrypted: the key is asked for
    said = _click_and_wait(qtbot, dialog, dialog.ok)
    assert "encrypted to its recipients" in said
    dialog.key.setText(str(people.stranger.p12))
    dialog.key_passphrase.setText(people.stranger.passphrase)
    said = _click_and_wait(qtbot, dialog, dialog.ok)
    assert "your key (Sam Tranger" in said
    assert "not among its recipients" in said
    dialog.key.setText(str(people.ec.p12))
    dialog.key_passphrase.setText(people.ec.passphrase)
    said = _click_and_wait(qtbot, dialog, dialog.ok)
    assert "added to this database" in said
    app.idle()
    dialog.close()
    app.close()


def test_a_public_report_is_not_asked_for_a_reason(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "drafter.sqlite3"
    ensure_staff(db)
    ws = Workspace(db)
    report_id = create_demo(ws, AccountService(ws).actor("ana.drafter"), state="PAN").id
    ws.close()
    app = App(qtbot, db, tmp_path / "a.ini")
    app.window.open_report(report_id)
    app.wait_open()
    dialog = BundleExportDialog(app.window, app.window.session.report, comments=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.isRowVisible(dialog.reason)
    dialog.file.setText(str(tmp_path / "public.csbmx"))
    said = _click_and_wait(qtbot, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert "Not encrypted." in said
    dialog.close()
    app.close()
