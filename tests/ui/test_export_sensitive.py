"""The Export dialog lets the officer include cleared sensitive answers in a public report's
files; without the tick they are withheld, and a restricted report does not offer it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from csbm_desktop.domain.edits import SetAnswer, SetHeaderField
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.export import ExportDialog
from tests.ui.app_driver import App, ensure_staff

SECRET = "Border incident with a neighbouring patrol, settled by the commanders"


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())


def _export(qtbot, app: App, out: Path, include: bool | None) -> Path:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(app.window, app.window.session.report, can_sign=False)
    qtbot.addWidget(dialog)
    dialog.show()
    if include is None:
        assert dialog.include_sensitive.isHidden()
    else:
        assert not dialog.include_sensitive.isHidden()
        dialog.include_sensitive.setChecked(include)
    dialog.folder.setText(str(out))
    dialog.want_xlsx.setChecked(False)
    dialog.want_package.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.open_folder.isVisible, timeout=60000)
    (pdf,) = out.glob("*.pdf")
    dialog.close()
    return pdf


def test_sensitive_answers_leave_a_public_report_only_when_ticked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, settings = tmp_path / "m.sqlite3", tmp_path / "s.ini"
    ensure_staff(db)
    ws = Workspace(db)
    drafter = AccountService(ws).actor("ana.drafter")
    drafting = DraftingService(ws, drafter)
    report_id = drafting.create("URY", 2025).id
    drafting.apply(report_id, [SetAnswer("c1_q3", SECRET)])
    ws.close()

    app = App(qtbot, db, settings, user="ana.drafter")
    app.window.open_report(report_id)
    app.wait_open()
    assert SECRET not in _pdf_text(_export(qtbot, app, tmp_path / "public", include=False))
    assert SECRET in _pdf_text(_export(qtbot, app, tmp_path / "cleared", include=True))
    app.close()

    ws = Workspace(db)
    DraftingService(ws, drafter).apply(report_id, [SetHeaderField("marking", "restricted")])
    ws.close()
    app = App(qtbot, db, settings, user="ana.drafter")
    app.window.open_report(report_id)
    app.wait_open()
    assert SECRET in _pdf_text(_export(qtbot, app, tmp_path / "restricted", include=None))
    app.close()
