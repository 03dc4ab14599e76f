"""The Export dialog's long-term validation: CA, CRL files and the time-stamp authority given
in the dialog make a B-LTA PDF (chain and CRLs in its DSS, a document time stamp last)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from csbm_desktop.export.signing import verify_pdf
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.export import ExportDialog
from tests.pki_ltv import PASSPHRASE, TsaServer, make_ltv_pki
from tests.test_exports import _final_report
from tests.ui.app_driver import App, ensure_staff
from tests.ui.test_export_dialog import _answer_passphrases


def test_export_dialog_embeds_crls_and_time_stamps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    db, settings = tmp_path / "m.sqlite3", tmp_path / "s.ini"
    ensure_staff(db)
    ws = Workspace(db)
    accounts = AccountService(ws)
    staff = {n: accounts.actor(n) for n in ("ana.drafter", "rui.reviewer", "olga.officer")}
    report_id = _final_report(ws, staff)
    ws.close()
    pki = make_ltv_pki(tmp_path)

    app = App(qtbot, db, settings, user="olga.officer")
    app.window.open_report(report_id)
    app.wait_open()
    dialog = ExportDialog(app.window, app.window.session.report, can_sign=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.want_xlsx.setChecked(False)
    dialog.want_package.setChecked(False)
    dialog.p12.setChecked(True)
    dialog.preparer_p12.setText(str(pki.preparer_p12))
    dialog.officer_p12.setText(str(pki.officer_p12))
    dialog.trust_ca.setText(str(pki.root_pem))
    dialog.crls.setText(f"{pki.root_crl}; {pki.issuing_crl}")
    with TsaServer(pki) as tsa:
        dialog.tsa_url.setText(tsa.url)
        answered = _answer_passphrases(qtbot, [PASSPHRASE, PASSPHRASE])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(dialog.open_folder.isVisible, timeout=60000)
    assert len(answered) == 2
    pdf = tmp_path / "out" / f"csbm-CHL-2025-{dialog.lang.currentData()}.pdf"
    sigs = verify_pdf(pdf, [pki.root_pem])
    assert [s.field for s in sigs] == ["Preparer", "AuthorisingOfficer", "ArchiveTimeStamp"]
    assert all(s.trusted for s in sigs), [s.problems for s in sigs]
    dss = DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(pdf.read_bytes())))
    assert len(dss.crls) >= 2
    app.close()
