"""A characteristic's page: the IADB attribution, a clearance reminder beside sensitive
questions, and derived answers shown computed and read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from csbm_desktop.domain.derive import derived_value
from csbm_desktop.ui.steps import characteristic_step
from tests.ui.app_driver import App, demo_report


def test_characteristic_pages_guide_without_gating(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "s.ini", lang="en")
    try:
        app.window.open_report(report.id)
        app.wait_open()
        editor = app.window.editor
        spec = app.window.session.spec

        first = editor.go_to(characteristic_step(1))
        texts = [label.text() for label in first.findChildren(QLabel)]
        assert any("Inter-American Defense Board" in t for t in texts)
        [reminder] = first.findChildren(QLabel, "sensitive_reminder")
        assert "cleared" in reminder.text()
        assert spec.question("c1_q3")[1].label.en in reminder.text()

        fifth = editor.go_to(characteristic_step(5))
        levels = fifth.editors["c5_q2"]
        assert levels._read_only  # computed: not typed
        shown = levels.value()
        assert shown == derived_value(spec.question("c5_q2")[1], app.window.session.report, spec)
        assert shown  # the demo's activities have levels of actors
    finally:
        app.close()
