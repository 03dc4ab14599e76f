"""The keyboard alone drives the report (issue 13): Tab never traps, and the first field has focus.

The real main window, on a real demo report; keys go through QTest, so Tab runs Qt's own focus
chain (what a person gets), not a list the test builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from csbm_desktop.ui.steps import MEASURES, OVERVIEW, characteristic_step
from csbm_desktop.ui.views.help_panel import field_of
from tests.ui.app_driver import App, demo_report


@pytest.fixture
def app(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "settings.ini")
    app.window.resize(1366, 768)  # the ministry laptop
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    app.window.open_report(report.id)
    app.wait_open()
    yield app
    app.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def walk(qtbot, start: QWidget, fields: list[str], key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Press `key` from `start` until every field in `fields` was visited or focus leaves them
    for good; the fields visited, in order, each once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [field_of(start)]
    for _ in range(4 * len(fields) + 20):
        qtbot.keyClick(focused(), key)
        field = field_of(focused())
        if field and field != seen[-1]:
            if field in seen:
                break  # around the whole chain once
            seen.append(field)
    return [f for f in seen if f in fields]


def page_fields(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [fid for fid, e in page.editors.items() if e.isVisibleTo(page)]


@pytest.mark.parametrize("step", [OVERVIEW, MEASURES, characteristic_step(3)])
def test_tab_and_shift_tab_pass_every_field_in_visual_order(app: App, step: str) -> None:
    editor = app.window.editor
    page = editor.go_to(step)
    fields = page_fields(page)
    assert len(fields) >= 3
    # Visual order: top to bottom as laid out on the page.
    by_position = sorted(
        fields, key=lambda f: page.editors[f].mapTo(page, page.editors[f].rect().topLeft()).y()
    )
    assert by_position == fields
    first = page.editors[fields[0]].focus_widget()
    last = page.editors[fields[-1]].focus_widget()
    assert walk(app.qtbot, first, fields, Qt.Key.Key_Tab) == fields
    assert walk(app.qtbot, last, fields, Qt.Key.Key_Backtab) == fields[::-1]


def test_tab_leaves_an_empty_date_field(app: App) -> None:
    measures = app.window.editor.go_to(MEASURES)
    start = measures.editors["start_date"]
    start.set_value(None)
    start.focus_widget().setFocus()
    app.qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert field_of(focused()) == "end_date"
    app.qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    app.qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert field_of(focused()) == "title"


def test_an_opened_report_has_its_first_field_focused_and_visible(app: App) -> None:
    editor = app.window.editor
    overview = editor.page(OVERVIEW)
    first_editable = next(e for e in overview.editors.values() if not e.field.system)
    widget = focused()
    assert widget is first_editable.focus_widget()
    assert widget.isVisible()
    assert not widget.visibleRegion().isEmpty()


def in_view(widget: QWidget) -> bool:
    """`widget` lies wholly inside the viewport of the scroll area that holds it."""
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea)
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return area.viewport().rect().contains(top_left) and area.viewport().rect().contains(
        widget.mapTo(area.viewport(), widget.rect().bottomLeft())
    )


def scroll_away(page: QWidget, to_end: bool) -> None:
    from PySide6.QtWidgets import QScrollArea

    for area in page.findChildren(QScrollArea):
        bar = area.verticalScrollBar()
        if bar.maximum() > 0:
            bar.setValue(bar.maximum() if to_end else 0)


def problem_item(app: App, path: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from csbm_desktop.ui.steps import CHECK

    check = app.window.editor.go_to(CHECK)
    iterator = QTreeWidgetItemIterator(check.tree)
    while (item := iterator.value()) is not None:
        if item.data(0, Qt.ItemDataRole.UserRole) == path:
            return check.tree, item
        iterator += 1
    raise AssertionError(f"no problem at {path}")


def test_go_to_the_problem_scrolls_focuses_and_highlights_the_field(app: App) -> None:
    from csbm_desktop.domain.edits import SetActivityField, SetHeaderField

    session = app.window.session
    editor = app.window.editor
    activity = session.report.activities[-1]
    session.edit(SetHeaderField("period_start", None))
    session.edit(SetActivityField(activity.uid, "title", None))
    for path, step, field, to_end in [
        ("header.period_start", OVERVIEW, "period_start", True),
        (f"activities.{activity.uid}.title", MEASURES, "title", True),
    ]:
        page = editor.go_to(step)
        if step == MEASURES:
            page.select_activity(None)
        scroll_away(page, to_end)
        target = page.editors[field]
        if step == OVERVIEW:
            assert not in_view(target)  # the test starts with the field out of sight
        tree, item = problem_item(app, path)
        tree.setCurrentItem(item)
        tree.setFocus()
        app.qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert editor.current_step() == step
        assert focused() is target.focus_widget()
        assert in_view(target)
        assert target._flash_timer.isActive()  # highlighted


def test_go_to_from_a_comment_anchor_reaches_the_field(app: App) -> None:
    editor = app.window.editor
    activity = app.window.session.report.activities[0]
    page = editor.go_to(MEASURES)
    scroll_away(page, to_end=False)
    editor.go_to(OVERVIEW)
    app.window.review.jump(f"activities.{activity.uid}.end_date")
    target = page.editors["end_date"]
    assert page.activity_uid == activity.uid
    assert focused() is target.focus_widget()
    assert in_view(target)
