"""Every screen and dialog fits a ministry laptop (1366 × 768, and 1280 × 720) in every language:
no text cut off, elided or squeezed, no horizontal scroll bar (see tests/ui/fit.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTabWidget, QWidget

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui import i18n
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.steps import MEASURES, OVERVIEW, characteristic_step
from tests.ui.app_driver import App, answering_dialog, ensure_staff
from tests.ui.fit import misfits

SIZES = [(1366, 768), (1280, 720)]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _screen(window: QWidget, name: str) -> list[str]:
    _settle()
    return [f"{name}: {m}" for m in misfits(window)]


def _cramped(page: QWidget) -> list[str]:
    """Text areas too small to write in: under 40 average characters wide or 3 lines high."""
    found = []
    for area in page.findChildren(QPlainTextEdit):
        if not area.isVisible():
            continue
        metrics = area.fontMetrics()
        room = area.viewport().size()
        if room.width() < 40 * metrics.averageCharWidth() or room.height() < 3 * (
            metrics.lineSpacing()
        ):
            found.append(f"text area too small ({room.width()} × {room.height()} px)")
    return found


def visit_dialog(qtbot, open_it: Callable[[], object], visit: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Open a dialog as the user would, `visit` it on each of its tabs, and close it."""

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        try:
            _settle()
            tabs = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()]
            for tab in tabs or [None]:
                for i in range(tab.count() if tab else 1):
                    if tab is not None:
                        tab.setCurrentIndex(i)
                        _settle()
                    visit(dialog)
        finally:  # closed even when the visit fails, or the test would wait for it forever
            dialog.reject()

    with answering_dialog(qtbot, look):
        open_it()


def _dialog(qtbot, open_it: Callable[[], object], name: str, size: tuple[int, int]) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []

    def check(dialog: QWidget) -> None:
        if dialog.width() > size[0] or dialog.height() > size[1]:
            found.append(f"{name}: {dialog.width()} × {dialog.height()} is larger than the screen")
        found.extend(_screen(dialog, f"{name} {type(dialog).__name__}"))

    visit_dialog(qtbot, open_it, check)
    return found


def dialog_openers(window: Any, lang: str, report_id: int) -> dict[str, Callable[[], object]]:
    """Every dialog of the application, each opened as the window opens it (or, for those a
    drafter does not reach, as the window would for the administrator)."""
    from csbm_desktop.domain.import_problems import RowProblem
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.audit_trail import AuditTrailService
    from csbm_desktop.services.integrity import check_database
    from csbm_desktop.services.workbook_import import column_choices
    from csbm_desktop.ui.dialogs.audit_trail import AuditTrailDialog
    from csbm_desktop.ui.dialogs.column_mapping import ColumnMappingDialog
    from csbm_desktop.ui.dialogs.import_problems import ImportProblemsDialog
    from csbm_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
    from csbm_desktop.ui.dialogs.transmission import TransmissionDialog
    from csbm_desktop.ui.dialogs.users import UsersDialog

    ws = window.workspace
    root = AccountService(ws).actor("root")
    return {
        "new report": window.new_report,
        "coverage": window.show_coverage,
        "history": window.review.history,
        "export": window.review.export,
        "verify": window.review.verify,
        "send for review": lambda: window.review.send_bundle(comments=False),
        "import a bundle": window.review.import_bundle,
        "comment": window.review.comment_on_focus,
        "save revision": window.save_revision,
        "revisions": window.show_revisions,
        "about": window.about,
        "transmission": lambda: TransmissionDialog(window).exec(),
        "sign in": lambda: SignInDialog(window.accounts, lang, "ana.drafter", parent=window).exec(),
        "first run": lambda: FirstRunDialog(window.accounts, lang, window).exec(),
        "users": lambda: UsersDialog(window.accounts, root, lang, window).exec(),
        "audit trail": lambda: AuditTrailDialog(
            AuditTrailService(ws, root), lambda: check_database(ws), lang, report_id, window
        ).exec(),
        "column mapping": lambda: ColumnMappingDialog(
            "Activities",
            3,
            [("Fecha de inicio", None), ("Title", "title")],
            column_choices(ws, lang),
            parent=window,
        ).exec(),
        "import problems": lambda: ImportProblemsDialog(
            [RowProblem("Activities", 4, "Start", "xlsx.no_table")],
            "activities.xlsx",
            lang,
            can_map=True,
            parent=window,
        ).exec(),
    }


def _comment_on_a_field(db: Path, report_id: int) -> None:
    """A reviewer's comment and suggestion, so the review panel has threads to show."""
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.review import ReviewService
    from csbm_desktop.services.workspace import Workspace

    ws = Workspace(db)
    try:
        review = ReviewService(ws, AccountService(ws).actor("rui.reviewer"))
        review.comment(report_id, "header.poc_phone", "Please add the country code.")
        review.comment(
            report_id, "header.poc_name", "The contact changed.", suggest=True, suggestion="Ana"
        )
    finally:
        ws.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_screen_and_dialog_fits(qtbot, tmp_path: Path, lang: str, size) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite3"
    ensure_staff(db)
    Settings(tmp_path / "s.ini").clean_exit = False  # the longest status message: a crash notice
    i18n.install(lang)  # as the application does at start (the window's lang is for the forms)
    app = App(qtbot, db, tmp_path / "s.ini", lang=lang)
    window = app.window
    window.resize(*size)
    assert "CSBM Desktop" in window.statusBar().currentMessage()
    found = _screen(window, "welcome, with the crash notice")

    window.open_demo()
    app.wait_open()
    report_id = window.session.report.id
    window.close_report()
    app.idle()
    _comment_on_a_field(db, report_id)
    window.refresh_home()
    app.idle()
    found += _screen(window, "reports")

    window.open_report(report_id)
    app.wait_open()
    editor = window.editor
    report = window.session.report
    for step in editor.steps:
        page = editor.go_to(step)
        if step == MEASURES:  # the measure with the most activities, one of them open
            measure = max(report.measures, key=lambda m: len(report.activities_of(m.measure_id)))
            page.select_measure(measure.measure_id)
            page.select_activity(report.activities_of(measure.measure_id)[0].uid)
        found += _screen(window, f"step {step}")
    window.review.dock.raise_()  # the review panel open beside the forms
    for step in (OVERVIEW, MEASURES, characteristic_step(1)):
        page = editor.go_to(step)
        found += _screen(window, f"step {step} with the review panel")
        found += [f"step {step} with the review panel: {m}" for m in _cramped(page)]

    openers = dialog_openers(window, lang, report_id)
    for name, open_it in openers.items():
        found += _dialog(qtbot, open_it, name, size)
    app.close()
    assert found == [], "\n".join(found)
