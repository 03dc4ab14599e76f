"""Shortcuts (issue 13): no key sequence is bound twice, redo answers Ctrl+Shift+Z and Ctrl+Y, and
Undo/Redo say what they will undo. (13b checks the same bindings under a real X server.)"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from csbm_desktop.ui.steps import OVERVIEW
from tests.ui.app_driver import App, demo_report, type_text


@pytest.fixture
def app(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "settings.ini")
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    app.window.open_report(report.id)
    app.wait_open()
    yield app
    app.close()


def bindings(window) -> Counter[str]:  # type: ignore[no-untyped-def]
    """Every key sequence the window's actions and shortcuts answer, with how often."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def test_no_key_sequence_is_bound_twice(app: App) -> None:
    keys = bindings(app.window)
    assert keys, "the window has shortcuts"
    assert {k: n for k, n in keys.items() if n > 1} == {}
    assert keys["Ctrl+Shift+Z"] == 1
    assert keys["Ctrl+Y"] == 1


@pytest.mark.parametrize("redo_key", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_undo_and_redo_keys_and_what_they_say(app: App, redo_key: str) -> None:
    window, qtbot = app.window, app.qtbot
    overview = window.editor.go_to(OVERVIEW)
    name = overview.editors["poc_name"]
    before = name.value()
    assert window.act_undo.text() == "&Undo"
    name.focus_widget().setFocus()
    qtbot.keyClick(name.focus_widget(), Qt.Key.Key_End)
    type_text(name.focus_widget(), " Jr")
    assert window.act_undo.text() == "&Undo: edit Name"
    # Keys to the window's actions: a text box answers Ctrl+Z with its own undo, by design.
    window.editor.navigator.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.value() == before
    assert window.act_redo.text() == "&Redo: edit Name"
    sequence = QKeySequence(redo_key)
    combo = sequence[0]
    qtbot.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())
    assert name.value() == f"{before} Jr"
