"""User accounts, for administrators: add, roles, password reset, disable/enable, idle lock.

Every button is one service call; the service decides what is allowed (an administrator cannot
disable himself, a password must be long enough...) and the dialog only shows its verdict. The
sub-dialogs stay open on a refusal so that nothing typed is lost; they open with `open()` (window
modal, not a nested event loop), which also lets tests fill them in like a person would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.workflow import ROLES, Actor
from csbm_desktop.services.accounts import MIN_PASSWORD, AccountService, UserInfo
from csbm_desktop.ui.formatting import format_datetime
from csbm_desktop.ui.geometry import resize_within_screen
from csbm_desktop.ui.widgets import record_table

ERROR_STYLE = "color: #b3261e;"
IDLE_RANGE = (1, 240)  # minutes; the service refuses anything else


def role_label(role: str) -> str:
    """A role's name in the interface language (unknown codes are shown as they are)."""
    labels = {
        "drafter": QCoreApplication.translate("Roles", "Drafter"),
        "reviewer": QCoreApplication.translate("Roles", "Reviewer"),
        "authorising_officer": QCoreApplication.translate("Roles", "Authorising officer"),
        "clerk": QCoreApplication.translate("Roles", "Clerk"),
        "administrator": QCoreApplication.translate("Roles", "Administrator"),
    }
    return labels.get(role, role)


def roles_text(roles: Iterable[str]) -> str:
    """Roles in the workflow's order, worded: "Drafter, Reviewer"."""
    have = set(roles)
    ordered = [r for r in ROLES if r in have] + sorted(have - set(ROLES))
    return ", ".join(role_label(r) for r in ordered)


@contextmanager
def _busy() -> Iterator[None]:
    # Hashing a password takes a noticeable moment: say so with the cursor.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _password_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(
        QCoreApplication.translate("UsersDialog", "at least %1 characters").replace(
            "%1", str(MIN_PASSWORD)
        )
    )
    return edit


class _SubmitDialog(QDialog):
    """OK runs `_submit`; a refusal is shown here and the dialog stays open."""

    def __init__(self, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        try:
            with _busy():
                self._submit()
        except CsbmError as exc:
            self.show_error(exc.message(self.lang))
            return
        super().accept()

    def _submit(self) -> None:
        raise NotImplementedError


class AddUserDialog(_SubmitDialog):
    def __init__(
        self,
        lang: str,
        submit: Callable[[str, str, str, list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        """`submit(name, display_name, password, roles)` creates the account or raises."""
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(QCoreApplication.translate("UsersDialog", "Add a user"))
        self.name = QLineEdit()
        self.name.setAccessibleName(QCoreApplication.translate("UsersDialog", "User name"))
        self.name.setPlaceholderText(
            QCoreApplication.translate("UsersDialog", "for signing in, without spaces")
        )
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(
            QCoreApplication.translate("UsersDialog", "Display name")
        )
        self.display_name.setPlaceholderText(
            QCoreApplication.translate("UsersDialog", "full name, optional")
        )
        self.password = _password_edit(QCoreApplication.translate("UsersDialog", "Password"))
        self.repeat = _password_edit(
            QCoreApplication.translate("UsersDialog", "Repeat the password")
        )
        self.repeat.setPlaceholderText("")
        self.role_boxes = {role: QCheckBox(role_label(role)) for role in ROLES}

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("UsersDialog", "User &name:"), self.name)
        form.addRow(QCoreApplication.translate("UsersDialog", "&Display name:"), self.display_name)
        form.addRow(QCoreApplication.translate("UsersDialog", "&Password:"), self.password)
        form.addRow(QCoreApplication.translate("UsersDialog", "&Repeat password:"), self.repeat)
        roles = QGroupBox(QCoreApplication.translate("UsersDialog", "Roles"))
        roles_box = QVBoxLayout(roles)
        for box in self.role_boxes.values():
            roles_box.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name.setFocus()

    def roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _submit(self) -> None:
        self.submit(self.name.text(), self.display_name.text(), self.password.text(), self.roles())

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(
                QCoreApplication.translate("UsersDialog", "The two passwords do not match.")
            )
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        super().accept()


class RolesDialog(_SubmitDialog):
    def __init__(
        self,
        lang: str,
        user: UserInfo,
        submit: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(
            QCoreApplication.translate("UsersDialog", "Roles of %1").replace("%1", user.name)
        )
        intro = QLabel(
            QCoreApplication.translate("UsersDialog", "What %1 may do:").replace(
                "%1", user.display_name or user.name
            )
        )
        self.role_boxes = {role: QCheckBox(role_label(role)) for role in ROLES}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(340)

    def roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _submit(self) -> None:
        self.submit(self.roles())


class ResetPasswordDialog(_SubmitDialog):
    def __init__(
        self,
        lang: str,
        user: UserInfo,
        submit: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.submit = submit
        self.setWindowTitle(
            QCoreApplication.translate("UsersDialog", "Reset the password of %1").replace(
                "%1", user.name
            )
        )
        intro = QLabel(
            QCoreApplication.translate(
                "UsersDialog",
                "Choose a new password and give it to %1 in person. It also unlocks the account.",
            ).replace("%1", user.display_name or user.name),
            wordWrap=True,
        )
        self.password = _password_edit(QCoreApplication.translate("UsersDialog", "New password"))
        self.repeat = _password_edit(
            QCoreApplication.translate("UsersDialog", "Repeat the new password")
        )
        self.repeat.setPlaceholderText("")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("UsersDialog", "&New password:"), self.password)
        form.addRow(QCoreApplication.translate("UsersDialog", "&Repeat password:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.password.setFocus()

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(
                QCoreApplication.translate("UsersDialog", "The two passwords do not match.")
            )
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        super().accept()

    def _submit(self) -> None:
        self.submit(self.password.text())


class UsersDialog(QDialog):
    COLUMNS = 4

    def __init__(
        self,
        accounts: AccountService,
        admin: Actor,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.admin = admin
        self.lang = lang
        self.users: list[UserInfo] = []
        self.sub_dialog: QDialog | None = None  # the Add/Roles/Reset dialog while it is open
        self.setWindowTitle(QCoreApplication.translate("UsersDialog", "User accounts"))
        resize_within_screen(self, 820, 500)

        self.table = record_table(self.COLUMNS)
        self.table.setAccessibleName(QCoreApplication.translate("UsersDialog", "User accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("UsersDialog", "User name"),
                QCoreApplication.translate("UsersDialog", "Display name"),
                QCoreApplication.translate("UsersDialog", "Roles"),
                QCoreApplication.translate("UsersDialog", "State"),
            ]
        )
        self.table.setAlternatingRowColors(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._edit_roles())

        self.add_button = QPushButton(QCoreApplication.translate("UsersDialog", "&Add…"))
        self.roles_button = QPushButton(QCoreApplication.translate("UsersDialog", "R&oles…"))
        self.reset_button = QPushButton(
            QCoreApplication.translate("UsersDialog", "Reset &password…")
        )
        self.toggle_button = QPushButton(QCoreApplication.translate("UsersDialog", "D&isable"))
        self.add_button.clicked.connect(self._add)
        self.roles_button.clicked.connect(self._edit_roles)
        self.reset_button.clicked.connect(self._reset_password)
        self.toggle_button.clicked.connect(self._toggle)
        actions = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button, self.toggle_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch()

        # One translatable sentence around the spin box, so translators may move the number.
        before, _, after = QCoreApplication.translate(
            "UsersDialog", "&Lock the session after %1 minutes idle"
        ).partition("%1")
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_RANGE)
        self.idle.setAccessibleName(
            QCoreApplication.translate("UsersDialog", "Minutes idle before the session locks")
        )
        self.idle_apply = QPushButton(QCoreApplication.translate("UsersDialog", "Appl&y"))
        self.idle_apply.setAutoDefault(False)
        self.idle_apply.clicked.connect(self._apply_idle)
        self.idle.valueChanged.connect(self._update_idle_button)
        session = QGroupBox(QCoreApplication.translate("UsersDialog", "Session"))
        idle_row = QHBoxLayout(session)
        for text in (before.strip(), None, after.strip()):
            if text is None:
                idle_row.addWidget(self.idle)
            elif text:
                label = QLabel(text)
                label.setBuddy(self.idle)
                idle_row.addWidget(label)
        idle_row.addWidget(self.idle_apply)
        idle_row.addStretch()
        # Applied at once (and audited): a bundle from outside must then carry a signature.
        self.require_signed = QCheckBox(
            QCoreApplication.translate("UsersDialog", "Accept only si&gned review bundles")
        )
        self.require_signed.setChecked(self.accounts.require_signed_bundles())
        self.require_signed.toggled.connect(self._apply_require_signed)
        idle_row.addWidget(self.require_signed)

        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(
            QCoreApplication.translate("UsersDialog", "Result of the last action")
        )
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(session)
        layout.addWidget(close)

        self._saved_idle = self.accounts.idle_minutes()
        self.idle.setValue(self._saved_idle)
        self._update_idle_button()
        self.refresh(select=admin.name)
        self.table.setFocus()

    # --- data ---

    def refresh(self, select: str | None = None) -> None:
        select = select or self.selected_name()
        self.users = self.accounts.users()
        now = datetime.now(UTC)
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            if user.disabled:
                state = QCoreApplication.translate("UsersDialog", "Disabled")
            elif user.locked_until is not None and user.locked_until > now:
                state = QCoreApplication.translate("UsersDialog", "Locked until %1").replace(
                    "%1", format_datetime(self.lang, user.locked_until)
                )
            else:
                state = QCoreApplication.translate("UsersDialog", "Active")
            cells = [user.name, user.display_name, roles_text(user.roles), state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.name)
                if user.disabled:
                    item.setForeground(muted)
                if c == 0 and user.name == self.admin.name:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(QCoreApplication.translate("UsersDialog", "You"))
                self.table.setItem(r, c, item)
        names = [u.name for u in self.users]
        if select in names:
            self.table.selectRow(names.index(select))
        elif names:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_user(self) -> UserInfo | None:
        name = self.selected_name()
        return next((u for u in self.users if u.name == name), None)

    def select(self, name: str) -> None:
        names = [u.name for u in self.users]
        if name in names:
            self.table.selectRow(names.index(name))

    # --- feedback ---

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.roles_button, self.reset_button, self.toggle_button):
            button.setEnabled(user is not None)
        if user is not None and user.disabled:
            self.toggle_button.setText(QCoreApplication.translate("UsersDialog", "&Enable"))
        else:
            self.toggle_button.setText(QCoreApplication.translate("UsersDialog", "D&isable"))

    def _update_idle_button(self) -> None:
        self.idle_apply.setEnabled(self.idle.value() != self._saved_idle)

    def _run(self, action: Callable[[], None], done: str, select: str | None = None) -> bool:
        """One service call: refresh and say what happened, or show why it was refused."""
        try:
            with _busy():
                action()
        except CsbmError as exc:
            self.show_message(exc.message(self.lang), error=True)
            self.refresh(select)
            return False
        self.refresh(select)
        self.show_message(done)
        return True

    def _open(self, dialog: QDialog) -> None:
        self.sub_dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.sub_dialog is dialog:
            self.sub_dialog = None
        dialog.deleteLater()

    # --- actions ---

    def _add(self) -> None:
        def submit(name: str, display_name: str, password: str, roles: list[str]) -> None:
            info = self.accounts.add_user(self.admin, name, password, roles, display_name)
            self.refresh(select=info.name)
            self.show_message(
                QCoreApplication.translate("UsersDialog", "Account %1 added.").replace(
                    "%1", info.name
                )
            )

        self._open(AddUserDialog(self.lang, submit, self))

    def _edit_roles(self) -> None:
        user = self.selected_user()
        if user is None:
            return

        def submit(roles: list[str]) -> None:
            self.accounts.set_roles(self.admin, user.name, roles)
            self.refresh(select=user.name)
            self.show_message(
                QCoreApplication.translate("UsersDialog", "Roles of %1 changed.").replace(
                    "%1", user.name
                )
            )

        self._open(RolesDialog(self.lang, user, submit, self))

    def _reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return

        def submit(password: str) -> None:
            self.accounts.reset_password(self.admin, user.name, password)
            self.refresh(select=user.name)
            self.show_message(
                QCoreApplication.translate("UsersDialog", "New password set for %1.").replace(
                    "%1", user.name
                )
            )

        self._open(ResetPasswordDialog(self.lang, user, submit, self))

    def _toggle(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        name = user.name
        if user.disabled:
            self._run(
                lambda: self.accounts.enable(self.admin, name),
                QCoreApplication.translate("UsersDialog", "Account %1 enabled.").replace(
                    "%1", name
                ),
                name,
            )
        else:
            self._run(
                lambda: self.accounts.disable(self.admin, name),
                QCoreApplication.translate(
                    "UsersDialog", "Account %1 disabled: it can no longer sign in."
                ).replace("%1", name),
                name,
            )

    def _apply_require_signed(self, required: bool) -> None:
        done = (
            QCoreApplication.translate("UsersDialog", "Unsigned review bundles are now refused.")
            if required
            else QCoreApplication.translate(
                "UsersDialog", "Unsigned review bundles are accepted again (and say so)."
            )
        )
        if not self._run(
            lambda: self.accounts.set_require_signed_bundles(self.admin, required), done
        ):
            self.require_signed.blockSignals(True)
            self.require_signed.setChecked(self.accounts.require_signed_bundles())
            self.require_signed.blockSignals(False)

    def _apply_idle(self) -> None:
        minutes = self.idle.value()
        if self._run(
            lambda: self.accounts.set_idle_minutes(self.admin, minutes),
            QCoreApplication.translate(
                "UsersDialog", "Sessions now lock after %1 minutes idle."
            ).replace("%1", str(minutes)),
        ):
            self._saved_idle = minutes
        self._update_idle_button()
