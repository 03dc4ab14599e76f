"""The forms fit the window they are in: narrowed, they wrap; nothing is cut off at the right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui.formrender.fields import FieldEditor
from csbm_desktop.ui.steps import MEASURES, OVERVIEW, characteristic_step
from tests.ui.app_driver import App, demo_report


def _cut_off(area: QScrollArea) -> list[str]:
    """The fields of the scroll area's form that reach past its right edge."""
    inner = area.widget()
    assert inner is not None
    right = area.viewport().width()
    return [
        editor.field.id
        for editor in inner.findChildren(FieldEditor)
        if editor.isVisible() and editor.mapTo(inner, QPoint(editor.width(), 0)).x() > right
    ] + (["(the form itself)"] if inner.width() > right else [])


def _form_pages(qtbot, tmp_path: Path, lang: str, width: int, height: int):  # type: ignore[no-untyped-def]
    """The Measures (with an activity), Overview and first characteristic pages' scroll areas,
    each shown in turn in a window of the given size."""
    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "s.ini", lang=lang)
    try:
        app.window.resize(width, height)  # the help panel open, as it is at first
        app.window.open_report(report.id)
        app.wait_open()
        editor = app.window.editor
        measures = editor.go_to(MEASURES)
        measure = report.activities[0].measure_id
        measures.select_measure(measure)
        measures.select_activity(report.activities_of(measure)[0].uid)
        for step in (MEASURES, OVERVIEW, characteristic_step(1)):
            page = editor.go_to(step)
            QApplication.processEvents()
            yield from (a for a in page.findChildren(QScrollArea) if a.isVisible())
    finally:
        app.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_forms_fit_the_default_window(qtbot, tmp_path: Path, lang: str) -> None:
    for area in _form_pages(qtbot, tmp_path, lang, 1280, 820):
        assert _cut_off(area) == [], (lang, type(area.parent()).__name__)
        assert not area.horizontalScrollBar().isVisible()


def test_narrower_than_a_form_scrolls_sideways(qtbot, tmp_path: Path) -> None:
    """On a small screen nothing is out of reach: what does not fit can be scrolled to."""
    squeezed = 0
    for area in _form_pages(qtbot, tmp_path, "fr", 640, 560):
        bar = area.horizontalScrollBar()
        overflow = area.widget().width() - area.viewport().width()  # type: ignore[union-attr]
        if overflow > 0:
            squeezed += 1
            assert bar.isVisible()
            assert bar.maximum() >= overflow
    assert squeezed > 0  # the Measures page, beside the catalogue, on a 640 px window


def test_first_window_fits_the_screen(qtbot, tmp_path: Path) -> None:
    """1280 × 820 is too tall for a 1366 × 768 laptop; this test's screen is 800 × 600."""
    app = App(qtbot, tmp_path / "r.sqlite3", tmp_path / "s.ini")
    room = app.window.screen().availableGeometry()
    assert room.width() < 1280  # the case under test
    assert app.window.width() <= room.width()
    assert app.window.height() <= room.height()
    app.close()


def test_step_list_folds_away_and_the_splitter_stays_where_it_was_left(
    qtbot, tmp_path: Path
) -> None:
    """The laptop layout is the user's: the step list folded away and the Measures splitter
    moved stay so in the next session."""
    db, settings = tmp_path / "r.sqlite3", tmp_path / "s.ini"
    report = demo_report(db)
    app = App(qtbot, db, settings)
    window = app.window
    assert not window.steps_dock.isVisible()  # no report open: no steps
    assert not window.act_steps.isEnabled()
    window.open_report(report.id)
    app.wait_open()
    assert window.steps_dock.isVisible()
    assert window.steps_dock.widget() is window.editor.navigator
    page = window.editor.go_to(MEASURES)
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total // 4, 1)  # as a drag of the handle does
    moved = page.splitter.sizes()
    window.act_steps.trigger()  # View › Step list: folded away
    assert not window.steps_dock.isVisible()
    app.close()

    again = App(qtbot, db, settings)
    again.window.open_report(report.id)
    again.wait_open()
    assert not again.window.steps_dock.isVisible()
    assert not again.window.act_steps.isChecked()
    assert again.window.editor.go_to(MEASURES).splitter.sizes() == moved
    again.window.act_steps.trigger()
    assert again.window.steps_dock.isVisible()
    again.close()
