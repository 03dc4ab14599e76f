"""The administrator's dialogs, driven like a person would, over a real database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.workflow import ROLES, Actor
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit
from csbm_desktop.ui.dialogs.audit_trail import AuditTrailDialog, action_label
from csbm_desktop.ui.dialogs.users import (
    AddUserDialog,
    ResetPasswordDialog,
    RolesDialog,
    UsersDialog,
    role_label,
)
from tests.conftest import PASSWORD

NEW_PASSWORD = "a much longer secret"


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    # QTest aborts the process on non-ASCII characters: send the key events ourselves.
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    # On the box itself: a check box stretched by its layout only reacts on its indicator and text.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def accounts(workspace: Workspace, staff: dict[str, Actor]) -> AccountService:
    return AccountService(workspace)


@pytest.fixture
def root(staff: dict[str, Actor]) -> Actor:
    return staff["root"]


@pytest.fixture
def users_dialog(qtbot: QtBot, accounts: AccountService, root: Actor) -> UsersDialog:
    dialog = UsersDialog(accounts, root, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def open_audit(
    qtbot: QtBot, workspace: Workspace, actor: Actor, report_id: int | None = None
) -> AuditTrailDialog:
    dialog = AuditTrailDialog(
        AuditTrailService(workspace, actor), lambda: check_database(workspace), "en", report_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def user(accounts: AccountService, name: str):  # type: ignore[no-untyped-def]
    return next((u for u in accounts.users() if u.name == name), None)


def row_texts(dialog: UsersDialog, name: str) -> list[str]:
    for r in range(dialog.table.rowCount()):
        if dialog.table.item(r, 0).text() == name:
            return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
    raise AssertionError(f"{name} is not listed")


def fill_add(
    qtbot: QtBot,
    dialog: AddUserDialog,
    name: str,
    display: str,
    password: str,
    repeat: str,
    roles: list[str],
) -> None:
    type_text(qtbot, dialog.name, name)
    type_text(qtbot, dialog.display_name, display)
    type_text(qtbot, dialog.password, password)
    type_text(qtbot, dialog.repeat, repeat)
    for role in roles:
        tick(qtbot, dialog.role_boxes[role])


# --- users ---


def test_role_labels_are_worded() -> None:
    assert [role_label(r) for r in ROLES] == [
        "Drafter",
        "Reviewer",
        "Authorising officer",
        "Clerk",
        "Administrator",
    ]
    assert role_label("astronaut") == "astronaut"


def test_lists_every_account_with_roles_and_state(
    users_dialog: UsersDialog, accounts: AccountService
) -> None:
    assert users_dialog.table.rowCount() == 5
    assert users_dialog.table.accessibleName() == "User accounts"
    assert row_texts(users_dialog, "olga.officer")[2:] == ["Authorising officer", "Active"]
    assert users_dialog.selected_name() == "root"  # the administrator's own row first
    for _ in range(3):
        with pytest.raises(Refused):
            accounts.authenticate("carl.clerk", "wrong password!")
    users_dialog.refresh()
    assert row_texts(users_dialog, "carl.clerk")[3].startswith("Locked until ")


def test_adding_a_user_creates_the_account_with_its_roles(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    click(qtbot, users_dialog.add_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, AddUserDialog)
    assert sub.isVisible()
    fill_add(
        qtbot,
        sub,
        "ines.goncalves",
        "Inês Gonçalves",
        PASSWORD,
        PASSWORD,
        ["drafter", "reviewer"],
    )
    click(qtbot, sub.ok_button)

    assert users_dialog.sub_dialog is None
    info = user(accounts, "ines.goncalves")
    assert info is not None
    assert info.roles == {"drafter", "reviewer"}
    assert info.display_name == "Inês Gonçalves"
    assert accounts.authenticate("ines.goncalves", PASSWORD).roles == {"drafter", "reviewer"}
    assert row_texts(users_dialog, "ines.goncalves") == [
        "ines.goncalves",
        "Inês Gonçalves",
        "Drafter, Reviewer",
        "Active",
    ]
    assert users_dialog.selected_name() == "ines.goncalves"
    assert users_dialog.message.text() == "Account ines.goncalves added."


def test_mismatched_passwords_are_refused_and_nothing_is_created(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    click(qtbot, users_dialog.add_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, AddUserDialog)
    fill_add(qtbot, sub, "typo", "", PASSWORD, PASSWORD + "x", ["clerk"])
    click(qtbot, sub.ok_button)

    assert sub.isVisible()
    assert sub.error.isVisible()
    assert sub.error.text() == "The two passwords do not match."
    assert user(accounts, "typo") is None
    assert users_dialog.table.rowCount() == 5


def test_a_refusal_of_the_service_is_shown_in_the_sub_dialog(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    click(qtbot, users_dialog.add_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, AddUserDialog)
    fill_add(qtbot, sub, "shorty", "", "short", "short", ["clerk"])
    click(qtbot, sub.ok_button)
    assert sub.isVisible()
    assert sub.error.text() == BadInput("password.too_short", min=10).message("en")
    assert user(accounts, "shorty") is None

    # The same dialog, corrected, then succeeds: nothing typed was lost.
    sub.password.clear()
    sub.repeat.clear()
    type_text(qtbot, sub.password, PASSWORD)
    type_text(qtbot, sub.repeat, PASSWORD)
    click(qtbot, sub.ok_button)
    assert users_dialog.sub_dialog is None
    assert user(accounts, "shorty").roles == {"clerk"}


def test_cancel_creates_nothing(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    click(qtbot, users_dialog.add_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, AddUserDialog)
    fill_add(qtbot, sub, "nobody", "", PASSWORD, PASSWORD, ["clerk"])
    qtbot.keyClick(sub, Qt.Key.Key_Escape)
    assert users_dialog.sub_dialog is None
    assert user(accounts, "nobody") is None


def test_disabling_and_enabling(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    users_dialog.select("ana.drafter")
    assert users_dialog.toggle_button.text().replace("&", "") == "Disable"
    click(qtbot, users_dialog.toggle_button)
    assert user(accounts, "ana.drafter").disabled
    assert row_texts(users_dialog, "ana.drafter")[3] == "Disabled"
    assert users_dialog.selected_name() == "ana.drafter"
    assert users_dialog.toggle_button.text().replace("&", "") == "Enable"
    with pytest.raises(Refused):
        accounts.authenticate("ana.drafter", PASSWORD)

    click(qtbot, users_dialog.toggle_button)
    assert not user(accounts, "ana.drafter").disabled
    assert row_texts(users_dialog, "ana.drafter")[3] == "Active"
    assert users_dialog.toggle_button.text().replace("&", "") == "Disable"
    accounts.authenticate("ana.drafter", PASSWORD)


def test_the_administrator_cannot_disable_himself(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    users_dialog.select("root")
    click(qtbot, users_dialog.toggle_button)
    assert users_dialog.message.text() == Refused("user.last_admin").message("en")
    assert "b3261e" in users_dialog.message.styleSheet()  # shown as an error
    assert not user(accounts, "root").disabled
    assert row_texts(users_dialog, "root")[3] == "Active"


def test_changing_roles(qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService) -> None:
    users_dialog.select("rui.reviewer")
    click(qtbot, users_dialog.roles_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, RolesDialog)
    assert sub.roles() == ["reviewer"]
    tick(qtbot, sub.role_boxes["drafter"])
    click(qtbot, sub.ok_button)
    assert users_dialog.sub_dialog is None
    assert user(accounts, "rui.reviewer").roles == {"drafter", "reviewer"}
    assert row_texts(users_dialog, "rui.reviewer")[2] == "Drafter, Reviewer"

    # No role at all is refused, and the check boxes stay as they were.
    click(qtbot, users_dialog.roles_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, RolesDialog)
    for box in sub.role_boxes.values():
        box.setChecked(False)
    click(qtbot, sub.ok_button)
    assert sub.isVisible()
    assert sub.error.text() == BadInput("role.none").message("en")
    assert user(accounts, "rui.reviewer").roles == {"drafter", "reviewer"}


def test_the_administrator_cannot_drop_his_own_administrator_role(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    users_dialog.select("root")
    click(qtbot, users_dialog.roles_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, RolesDialog)
    tick(qtbot, sub.role_boxes["administrator"])
    tick(qtbot, sub.role_boxes["clerk"])
    click(qtbot, sub.ok_button)
    assert sub.error.text() == Refused("user.last_admin").message("en")
    assert user(accounts, "root").roles == {"administrator"}


def test_resetting_a_password_also_unlocks(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    for _ in range(3):
        with pytest.raises(Refused):
            accounts.authenticate("carl.clerk", "wrong password!")
    users_dialog.refresh()
    users_dialog.select("carl.clerk")
    click(qtbot, users_dialog.reset_button)
    sub = users_dialog.sub_dialog
    assert isinstance(sub, ResetPasswordDialog)
    type_text(qtbot, sub.password, NEW_PASSWORD)
    type_text(qtbot, sub.repeat, NEW_PASSWORD[:-1])
    click(qtbot, sub.ok_button)
    assert sub.error.text() == "The two passwords do not match."
    assert sub.repeat.selectedText() == NEW_PASSWORD[:-1]  # ready to be typed again
    type_text(qtbot, sub.repeat, NEW_PASSWORD)
    click(qtbot, sub.ok_button)
    assert users_dialog.sub_dialog is None
    assert row_texts(users_dialog, "carl.clerk")[3] == "Active"
    assert accounts.authenticate("carl.clerk", NEW_PASSWORD).name == "carl.clerk"


def test_idle_minutes_are_saved(
    qtbot: QtBot, users_dialog: UsersDialog, accounts: AccountService
) -> None:
    assert users_dialog.idle.value() == accounts.idle_minutes() == 15
    assert not users_dialog.idle_apply.isEnabled()
    assert (users_dialog.idle.minimum(), users_dialog.idle.maximum()) == (1, 240)
    users_dialog.idle.selectAll()
    qtbot.keyClicks(users_dialog.idle, "45")
    assert users_dialog.idle.value() == 45
    assert users_dialog.idle_apply.isEnabled()
    click(qtbot, users_dialog.idle_apply)
    assert accounts.idle_minutes() == 45
    assert not users_dialog.idle_apply.isEnabled()
    assert users_dialog.message.text() == "Sessions now lock after 45 minutes idle."


def test_a_demoted_administrator_sees_the_refusal(
    qtbot: QtBot, workspace: Workspace, accounts: AccountService, root: Actor
) -> None:
    # Another administrator removed root's rights while the dialog was open.
    accounts.add_user(root, "second", PASSWORD, ["administrator"])
    dialog = UsersDialog(accounts, root, "en")
    qtbot.addWidget(dialog)
    accounts.set_roles(accounts.actor("second"), "root", ["clerk"])
    dialog.select("ana.drafter")
    click(qtbot, dialog.toggle_button)
    assert dialog.message.text() == Refused(
        "role.missing", user="root", action="user.disable", roles="administrator"
    ).message("en")
    assert not user(accounts, "ana.drafter").disabled


def test_escape_closes_the_users_dialog(qtbot: QtBot, users_dialog: UsersDialog) -> None:
    qtbot.keyClick(users_dialog, Qt.Key.Key_Escape)
    assert not users_dialog.isVisible()


# --- audit trail ---


def audit_actions(dialog: AuditTrailDialog) -> list[str]:
    # The table shows actions in words; read back as codes, which the assertions compare.
    codes = {action_label(e.action): e.action for e in dialog.events}
    words = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    return [codes.get(word, word) for word in words]


def audit_column(dialog: AuditTrailDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def choose_family(dialog: AuditTrailDialog, family: str) -> None:
    dialog.family.setCurrentIndex(dialog.family.findData(family))


def test_audit_lists_the_events_of_the_users_dialog(
    qtbot: QtBot, workspace: Workspace, users_dialog: UsersDialog, root: Actor
) -> None:
    users_dialog.select("ana.drafter")
    click(qtbot, users_dialog.toggle_button)  # user.disable
    click(qtbot, users_dialog.toggle_button)  # user.enable
    users_dialog.idle.setValue(20)
    click(qtbot, users_dialog.idle_apply)  # setting.idle_minutes

    dialog = open_audit(qtbot, workspace, root)
    assert dialog.table.accessibleName() == "Events"
    assert audit_actions(dialog)[:3] == ["setting.idle_minutes", "user.enable", "user.disable"]
    numbers = [int(n) for n in audit_column(dialog, 0)]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    with workspace.db.session() as s:  # the newest of all (state records are not listed)
        assert numbers[0] == audit.count(s)
    assert audit_column(dialog, 2)[:3] == ["root", "root", "root"]
    assert audit_column(dialog, 5)[:2] == ['{"minutes": 20}', '{"user": "ana.drafter"}']
    assert dialog.table.item(0, 5).toolTip().startswith("<pre>")
    assert not dialog.this_report.isVisible()


def test_audit_filters(qtbot: QtBot, workspace: Workspace, staff: dict[str, Actor]) -> None:
    drafting = DraftingService(workspace, staff["ana.drafter"])
    first = drafting.create("COL", 2025)
    second = drafting.create("URY", 2025)
    assert first.id is not None
    dialog = open_audit(qtbot, workspace, staff["root"], report_id=first.id)

    # Opened from a report: that report's events only.
    assert dialog.this_report.isVisible()
    assert dialog.this_report.isChecked()
    assert audit_actions(dialog) == ["report.create"]
    assert audit_column(dialog, 4) == [first.uid[:8]]
    assert dialog.table.item(0, 4).toolTip() == first.uid
    tick(qtbot, dialog.this_report)
    assert not dialog.this_report.isChecked()
    assert audit_column(dialog, 4)[:2] == [second.uid[:8], first.uid[:8]]

    choose_family(dialog, "signin")
    actions = audit_actions(dialog)
    assert len(actions) == 5  # each of the staff signed in once
    assert all(a.startswith("auth.") for a in actions)
    choose_family(dialog, "users")
    assert set(audit_actions(dialog)) == {"user.add"}
    choose_family(dialog, "reports")
    assert audit_actions(dialog) == ["report.create", "report.create"]
    choose_family(dialog, "workflow")
    assert audit_actions(dialog) == []
    assert dialog.count.text() == "Events shown: 0"

    choose_family(dialog, "all")
    type_text(qtbot, dialog.user, "ana.drafter")
    assert set(audit_column(dialog, 2)) == {"ana.drafter"}
    assert audit_actions(dialog) == ["report.create", "report.create", "auth.signin"]
    dialog.user.clear()
    type_text(qtbot, dialog.user, "nobody")
    assert dialog.table.rowCount() == 0


def test_workflow_family_lists_transitions(
    qtbot: QtBot, workspace: Workspace, staff: dict[str, Actor]
) -> None:
    from csbm_desktop.services.workspace import utc_now

    with workspace.db.session() as s:
        audit.append(s, utc_now(), "ana.drafter", "report.submit", "r-1", to="in_review")
        audit.append(s, utc_now(), "rui.reviewer", "report.approve", "r-1", to="approved")
        audit.append(s, utc_now(), "rui.reviewer", "comment.add", "r-1", comment="c-1")
        audit.append(s, utc_now(), "ana.drafter", "report.edit", "r-1", edits=1)
        audit.append(s, utc_now(), "carl.clerk", "report.export", "r-1", format="pdf")
    dialog = open_audit(qtbot, workspace, staff["root"])
    for family, expected in [
        ("workflow", ["report.approve", "report.submit"]),
        ("comments", ["comment.add"]),
        ("edits", ["report.edit"]),
        ("exports", ["report.export"]),
    ]:
        choose_family(dialog, family)
        assert audit_actions(dialog) == expected, family


def test_verify_on_a_sound_database(
    qtbot: QtBot, workspace: Workspace, root: Actor, accounts: AccountService
) -> None:
    dialog = open_audit(qtbot, workspace, root)
    click(qtbot, dialog.verify_button)
    events = check_database(workspace).events
    assert dialog.verdict.text() == (f"✔ Audit trail of {events} events verified; database sound.")
    assert "1b7f3b" in dialog.verdict.styleSheet()


def test_verify_finds_a_tampered_event(
    qtbot: QtBot, workspace: Workspace, db_path: Path, root: Actor
) -> None:
    dialog = open_audit(qtbot, workspace, root)
    con = sqlite3.connect(db_path)
    try:
        con.execute("DROP TRIGGER audit_event_no_update")
        con.execute("""UPDATE audit_event SET details = '{"user":"mallory"}' WHERE id = 3""")
        con.commit()
    finally:
        con.close()
    click(qtbot, dialog.verify_button)
    verdict = dialog.verdict.text().splitlines()
    assert verdict[0] == "✖ Broken at event 3: its content was changed"
    assert "trigger “audit_event_no_update” (removed outside the application)." in verdict[1]
    assert "b3261e" in dialog.verdict.styleSheet()
    row = dialog.row_of(3)
    assert row is not None
    assert dialog.table.currentRow() == row


def test_a_non_administrator_is_told_not_crashed(
    qtbot: QtBot, workspace: Workspace, staff: dict[str, Actor]
) -> None:
    dialog = open_audit(qtbot, workspace, staff["ana.drafter"])
    assert dialog.table.rowCount() == 0
    assert dialog.count.text() == Refused(
        "role.missing", user="ana.drafter", action="read the audit trail", roles="administrator"
    ).message("en")


def test_escape_closes_the_audit_dialog(qtbot: QtBot, workspace: Workspace, root: Actor) -> None:
    dialog = open_audit(qtbot, workspace, root)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_large_dialogs_fit_the_screen(
    qtbot: QtBot, users_dialog: UsersDialog, workspace: Workspace, root: Actor
) -> None:
    """They would like 820 × 500 and 1100 × 620; this test's screen is 800 × 600."""
    audit_dialog = open_audit(qtbot, workspace, root)
    for dialog in (users_dialog, audit_dialog):
        room = dialog.screen().availableGeometry()
        assert dialog.width() <= room.width()
        assert dialog.height() <= room.height()
    assert audit_dialog.width() < 1100  # the case under test
