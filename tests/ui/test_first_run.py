"""The first-run dialog (issue 13): the password rule is stated before the first attempt, and an
error grows the dialog instead of squashing its fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from csbm_desktop.services.accounts import MIN_PASSWORD, AccountService
from csbm_desktop.ui.dialogs.sign_in import FirstRunDialog


def test_first_run_states_the_rule_and_shows_errors_without_squashing(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(AccountService(workspace), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.password_rule.isVisible()
    assert f"At least {MIN_PASSWORD} characters" in dialog.password_rule.text()
    assert dialog.error.isHidden()
    height_before = dialog.height()
    qtbot.keyClicks(dialog.name, "admin")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    qtbot.wait(50)  # the layout settles
    assert dialog.isVisible()  # refused
    assert dialog.height() >= height_before
    for widget in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QCheckBox)]:
        if widget.isVisible():
            assert widget.height() >= widget.minimumSizeHint().height(), widget.accessibleName()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
