"""Signing in, creating the first administrator, and unlocking an idle session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.workflow import ADMINISTRATOR, DRAFTER, ROLES, Actor
from csbm_desktop.ui.dialogs.users import role_label


def _error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet(
        "color: palette(highlighted-text); background: #b3261e; padding: 6px; border-radius: 3px;"
    )
    label.hide()
    return label


class SignInDialog(QDialog):
    """Asks for a user name and password; `actor` holds the result once accepted.

    With `locked_user`, it unlocks an idle session: only that user's password is accepted, and
    "Sign out" (rejecting) ends the session instead.
    """

    def __init__(
        self,
        accounts: Any,
        lang: str,
        last_user: str = "",
        locked_user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts, self.lang = accounts, lang
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Session locked") if locked_user else self.tr("Sign in"))
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "The session was locked after a period without activity. Enter your "
                "password to continue."
            )
            if locked_user
            else self.tr("Sign in with your CSBM Desktop account.")
        )
        self.user = QLineEdit(locked_user or last_user)
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setReadOnly(locked_user is not None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock") if locked_user else self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Sign out") if locked_user else self.tr("Cancel"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        (self.password if (locked_user or last_user) else self.user).setFocus()
        self.resize(420, self.sizeHint().height())

    def _try(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.accounts.authenticate(self.user.text().strip(), self.password.text())
        except CsbmError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class FirstRunDialog(QDialog):
    """The first start on an empty database: create the administrator account."""

    def __init__(self, accounts: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts, self.lang = accounts, lang
        self.created: str | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "This database has no accounts yet. Create the administrator, who will add the "
                "other users (drafters, reviewers, the authorising officer, clerks). In a small "
                "office one person may hold several roles."
            )
        )
        self.name = QLineEdit()
        self.display = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for widget, name in (
            (self.name, self.tr("User name")),
            (self.display, self.tr("Full name")),
            (self.password, self.tr("Password")),
            (self.repeat, self.tr("Repeat the password")),
        ):
            widget.setAccessibleName(name)
        self.roles: dict[str, QCheckBox] = {}
        roles_box = QVBoxLayout()
        for role in ROLES:
            check = QCheckBox(role_label(role))
            check.setChecked(role in (ADMINISTRATOR, DRAFTER))
            check.setEnabled(role != ADMINISTRATOR)
            self.roles[role] = check
            roles_box.addWidget(check)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name)
        form.addRow(self.tr("&Full name:"), self.display)
        form.addRow(self.tr("&Password:"), self.password)
        # The rule before the first attempt, not only in the error after it.
        from csbm_desktop.services.accounts import MIN_PASSWORD

        self.password_rule = QLabel(
            self.tr(
                "At least %n characters; a short sentence is easy to remember.", "", MIN_PASSWORD
            ),
            wordWrap=True,
        )
        self.password.setAccessibleDescription(self.password_rule.text())
        form.addRow("", self.password_rule)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("Roles:"), roles_box)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        # Grow to what the wrapped texts need at this width: a dialog's minimum size leaves
        # word-wrapped labels out, so the error would otherwise squash the fields above it.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _create(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show_error(self.tr("The two passwords differ."))
            return
        roles = [r for r, check in self.roles.items() if check.isChecked()]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = self.accounts.add_user(
                None, self.name.text(), self.password.text(), roles, self.display.text()
            )
        except CsbmError as exc:
            self._show_error(exc.message(self.lang))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.created = info.name
        self.accept()
