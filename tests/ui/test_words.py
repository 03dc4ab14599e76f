"""Plurals and words (issue 13): counted nouns through Qt's plural forms, never "error(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui import i18n
from csbm_desktop.ui.steps import CHECK, characteristic_step
from tests.ui.app_driver import App, ensure_staff


@pytest.mark.parametrize(
    ("lang", "one", "errors"),
    [
        ("en", "1 activity under 1 measure", "errors"),
        ("es", "1 actividad en 1 medida", "errores"),
        ("fr", "1 activité relevant de 1 mesure", "erreurs"),
    ],
)
def test_one_activity_under_one_measure(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, lang: str, one: str, errors: str
) -> None:
    db = tmp_path / "reports.sqlite3"
    ensure_staff(db)
    ws = Workspace(db)
    try:
        service = DraftingService(ws, AccountService(ws).actor("ana.drafter"))
        report = service.create("PER", 2025)
        activity = service.add_activity(report.id, "m03", {"title": "Curso"})
    finally:
        ws.close()
    i18n.install(lang)
    app = App(qtbot, db, tmp_path / "settings.ini", lang=lang)
    app.window.open_report(report.id)
    app.wait_open()
    number = activity.characteristics[0]
    page = app.window.editor.go_to(characteristic_step(number))
    assert one in page.coverage_text.text()
    assert "(s)" not in page.coverage_text.text()
    assert page.coverage.format().startswith("1 ")
    check = app.window.editor.go_to(CHECK)
    summary = check.summary.text()
    count = sum(p.severity == "error" for p in app.window.session.problems())
    assert count > 1
    assert f"{count} {errors}" in summary
    assert "(s)" not in summary
    app.close()
