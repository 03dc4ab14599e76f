"""File › Back up… and File › Restore from backup…, driven end to end on a real database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import backups as store
from tests.conftest import PASSWORD
from tests.ui.app_driver import App, ensure_staff, sign_in_as

Answer = Callable[[QWidget], None]


@contextmanager
def answering_dialogs(qtbot: Any, answers: list[Answer]) -> Iterator[None]:
    """Answer the modal dialogs the block opens, one after the other, in this order."""
    answered: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and all(dialog is not d for d in answered):
            answered.append(dialog)
            answers[len(answered) - 1](dialog)
        if len(answered) < len(answers):
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    yield
    qtbot.waitUntil(lambda: len(answered) == len(answers), timeout=15000)


def press(button: QMessageBox.StandardButton, seen: list[str]) -> Answer:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), dialog
        seen.append(dialog.text())
        dialog.button(button).click()

    return answer


def test_back_up_then_restore_from_the_file_menu(qtbot, tmp_path: Path, monkeypatch) -> None:
    db, settings = tmp_path / "reports.sqlite3", tmp_path / "settings.ini"
    ensure_staff(db)
    ws = Workspace(db)
    DraftingService(ws, AccountService(ws).authenticate("ana.drafter", PASSWORD)).create(
        "CHL", 2025
    )
    ws.close()
    app = App(qtbot, db, settings, user="root")
    window = app.window
    backups = window.backups
    assert backups.act_backup.isEnabled()
    assert backups.act_restore.isEnabled()
    seen: list[str] = []

    # Back up… to a file chosen in the save dialog.
    out = tmp_path / "usb" / "backup.sqlite3"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with answering_dialogs(qtbot, [press(QMessageBox.StandardButton.Ok, seen)]):
        backups.act_backup.trigger()
    assert out.exists()
    assert str(out) in seen[-1]
    assert store.file_sha256(out) in seen[-1]

    # The database moves on.
    assert window.workspace is not None
    drafter = AccountService(window.workspace).actor("ana.drafter")
    DraftingService(window.workspace, drafter).create("ARG", 2025)
    window.refresh_home()
    app.idle()

    # A file that is no backup is refused, and nothing is closed.
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"shopping list\n" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    with answering_dialogs(qtbot, [press(QMessageBox.StandardButton.Ok, seen)]):
        backups.act_restore.trigger()
    assert "not a database backup" in seen[-1]
    assert window.actor is not None
    assert window.workspace is not None

    # Restore from backup…: confirm, read where the safety copy went, sign in again.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    with answering_dialogs(
        qtbot,
        [
            press(QMessageBox.StandardButton.Yes, seen),
            press(QMessageBox.StandardButton.Ok, seen),
            sign_in_as("root"),
        ],
    ):
        backups.act_restore.trigger()
    qtbot.waitUntil(lambda: window.service is not None, timeout=15000)
    app.idle()
    confirm, restored = seen[-2:]
    assert "1 report;" in confirm
    assert str(store.backups_dir(db)) in confirm
    [safety] = store.list_auto(db, store.BEFORE_RESTORE)
    assert str(safety.path) in restored
    assert [r.state for r in window.service.list_reports()] == ["CHL"]
    assert window.actor is not None
    assert window.actor.name == "root"
    assert not window.recovered  # a restore is not a crash
    app.close()


def test_only_administrators_are_offered_restore(qtbot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path / "reports.sqlite3", tmp_path / "settings.ini")  # the drafter
    app.window.menu_file.aboutToShow.emit()
    assert app.window.backups.act_backup.isEnabled()
    assert not app.window.backups.act_restore.isEnabled()
    app.close()
