"""Users › "Accept only signed review bundles": an administrator's tick is stored and audited."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.dialogs.users import UsersDialog
from tests.conftest import PASSWORD


def test_the_administrator_requires_signed_bundles(
    qtbot: QtBot, workspace: Workspace, staff: dict[str, Actor]
) -> None:
    accounts = AccountService(workspace)
    dialog = UsersDialog(accounts, staff["root"], "en")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.require_signed
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert accounts.require_signed_bundles()
    assert dialog.message.text() == "Unsigned review bundles are now refused."
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not accounts.require_signed_bundles()
    trail = AuditTrailService(workspace, staff["root"]).events(action_prefix="setting.bundles")
    assert [e.details["required"] for e in trail] == [False, True]  # newest first


def test_a_refusal_leaves_the_box_as_stored(
    qtbot: QtBot, workspace: Workspace, staff: dict[str, Actor]
) -> None:
    accounts = AccountService(workspace)
    dialog = UsersDialog(accounts, staff["root"], "en")
    qtbot.addWidget(dialog)
    # Another administrator removed root's rights while the dialog was open.
    accounts.add_user(staff["root"], "second", PASSWORD, ["administrator"])
    accounts.set_roles(accounts.actor("second"), "root", ["clerk"])
    dialog.require_signed.setChecked(True)
    assert not accounts.require_signed_bundles()
    assert not dialog.require_signed.isChecked()
    assert "administrator" in dialog.message.text()
