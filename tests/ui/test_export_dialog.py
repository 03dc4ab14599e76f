"""The Export dialog: preview inside the application, two signatures, files on disk; Verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.exports import verify_file
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.export import ExportDialog, PdfPreview, VerifyDialog
from tests.pki import make_pki
from tests.signed_files import first_revision
from tests.test_exports import _final_report
from tests.ui.app_driver import App, ensure_staff


def _answer_passphrases(qtbot, secrets: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Type each passphrase into the prompts as they come."""
    answered: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and len(answered) < len(secrets):
            dialog.setTextValue(secrets[len(answered)])
            answered.append(secrets[len(answered)])
            dialog.accept()
        if len(answered) < len(secrets):
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return answered


def test_export_dialog_previews_signs_and_writes(qtbot, tmp_path: Path) -> None:
    db, settings = tmp_path / "m.sqlite3", tmp_path / "s.ini"
    ensure_staff(db)
    ws = Workspace(db)
    accounts = AccountService(ws)
    staff = {n: accounts.actor(n) for n in ("ana.drafter", "rui.reviewer", "olga.officer")}
    report_id = _final_report(ws, staff)
    ws.close()
    pki = make_pki(tmp_path / "pki")

    app = App(qtbot, db, settings, user="olga.officer")
    app.window.open_report(report_id)
    app.wait_open()
    dialog = ExportDialog(app.window, app.window.session.report, can_sign=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path / "out"))

    # The preview shows the PDF inside the application.
    shown: list[int] = []

    def close_preview() -> None:
        preview = QApplication.activeModalWidget()
        if isinstance(preview, PdfPreview):
            shown.append(preview.document.pageCount())
            preview.reject()
        else:
            QTimer.singleShot(20, close_preview)

    QTimer.singleShot(0, close_preview)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0] >= 5

    dialog.p12.setChecked(True)
    dialog.preparer_p12.setText(str(pki.preparer.p12))
    dialog.officer_p12.setText(str(pki.officer.p12))
    answered = _answer_passphrases(qtbot, [pki.preparer.passphrase, pki.officer.passphrase])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.open_folder.isVisible, timeout=30000)
    assert len(answered) == 2
    assert "Olga Ruiz" in dialog.outcome.toPlainText() or pki.officer.name in (
        dialog.outcome.toPlainText()
    )
    # "Signed by" and a warning: the demo report names other signatories than the certificates.
    outcome = dialog.outcome.toPlainText().splitlines()
    assert sum(pki.preparer.name in line for line in outcome) == 2, outcome
    lang = dialog.lang.currentData()
    pdf = tmp_path / "out" / f"csbm-CHL-2025-{lang}.pdf"  # the file name carries the language
    assert verify_file(pdf, [pki.root_pem]).ok

    verify = VerifyDialog(app.window, "es")
    qtbot.addWidget(verify)
    verify.file.setText(str(tmp_path / "out" / f"csbm-CHL-2025-{lang}.zip"))
    verify.trust.setText(str(pki.root_pem))
    verify.run()
    assert verify.verdict.text() == "Valid and trusted."
    assert "OK" not in verify.details.toPlainText()
    assert "firma válida, certificado de confianza" in verify.details.toPlainText()

    # The officer's revision cut off: the dialog says which signature is missing.
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(first_revision(pdf.read_bytes()))
    verify.file.setText(str(cut))
    verify.run()
    assert verify.verdict.text() == "NOT verified: see the findings below."
    assert "autoridad que autoriza: falta una firma obligatoria" in verify.details.toPlainText()
    app.close()


def test_transmission_dialog(qtbot) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from csbm_desktop.ui.dialogs.transmission import TransmissionDialog

    dialog = TransmissionDialog(today=date(2026, 4, 10))
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(2)
    dialog.sent_on.setDate(QDate(2026, 4, 9))
    dialog.reference.setText("OEA/Ser.G 2026-17")
    assert dialog.details() == {
        "channel": "portal",
        "sent_on": "2026-04-09",
        "reference": "OEA/Ser.G 2026-17",
    }
    dialog.sent_on.setDate(QDate(2026, 5, 1))  # later than today: the editor refuses it
    assert dialog.details()["sent_on"] == "2026-04-10"
