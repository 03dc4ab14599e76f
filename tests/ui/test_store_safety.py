"""What the user sees when the store cannot save, and when another window has the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from csbm_desktop.domain.edits import SetAnswer
from csbm_desktop.domain.errors import StoreError
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.instance_lock import lock_path
from csbm_desktop.ui.main_window import MainWindow
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.steps import OVERVIEW
from csbm_desktop.ui.tasks import TaskRunner
from tests.conftest import REPO, add_staff, db_content
from tests.crash.full_disk import BIG, PageLimit
from tests.ui.app_driver import App, answering_dialog, ensure_staff, sign_in_as, type_text


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "reports.sqlite3", tmp_path / "settings.ini"


def _report(db: Path) -> int:
    ws = Workspace(db)
    try:
        staff = add_staff(ws)
        return DraftingService(ws, staff["ana.drafter"]).create("PRY", 2025).id
    finally:
        ws.close()


# --- a full disk --------------------------------------------------------------------------------


def test_full_disk_is_shown_and_the_edits_wait_for_space(qtbot, paths) -> None:
    db, settings = paths
    report_id = _report(db)
    app = App(qtbot, db, settings)
    window = app.window
    window.open_report(report_id)
    app.wait_open()
    session, editor = window.session, window.editor
    assert session is not None
    assert editor is not None
    assert window.workspace is not None
    limit = PageLimit(window.workspace)
    limit.fill()
    before = db_content(db)

    # The officer types a name and pastes a long answer; autosave cannot write them.
    type_text(editor.go_to(OVERVIEW).editors["poc_name"].focus_widget(), "María Ñúñez")
    session.edit(SetAnswer("c1_q1", BIG))
    qtbot.waitUntil(lambda: session.save_error is not None, timeout=10000)
    full = StoreError("store.full", path=db).message("en")
    assert session.save_error == full
    assert window.save_label.text() == f"Not saved: {full}"
    assert full in window.statusBar().currentMessage()
    assert session.dirty  # kept, to be written later
    assert session.report.header["poc_name"] == "María Ñúñez"
    assert db_content(db) == before

    # Closing the report now asks first, naming the reason, rather than dropping the edits.
    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert full in dialog.text()
        dialog.button(QMessageBox.StandardButton.Cancel).click()

    with answering_dialog(qtbot, cancel):
        assert not window.close_report()
    assert window.session is session

    # Space comes back: the next autosave writes everything that waited.
    limit.free()
    app.wait_saved()
    assert session.save_error is None
    assert window.save_label.text().startswith("All changes saved")
    stored = window.service.get(report_id)  # type: ignore[union-attr]
    assert stored.header["poc_name"] == "María Ñúñez"
    assert stored.answers["c1_q1"] == BIG
    assert window.workspace.db.integrity_check() == []
    assert check_database(window.workspace).ok
    app.close()


# --- two instances on one database ------------------------------------------------------------


def start_gui(db: Path, home: Path) -> subprocess.Popen[bytes]:
    """The real application in its own process, on `db`; it holds the database from start-up."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),  # its settings stay out of the user's
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("CSBM_QUIT_AFTER_SHOW", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "csbm_desktop.app", "--db", str(db), "--lang", "en"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the application exited with {proc.returncode}")
        try:
            if lock_path(db).read_text().split("\n")[0] == str(proc.pid):
                return proc
        except (OSError, IndexError):
            pass
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the application never locked the database")


@pytest.fixture
def other_instance(paths, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    db, _settings = paths
    ensure_staff(db)
    proc = start_gui(db, tmp_path)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


@contextmanager
def answering_in_turn(qtbot, *answers: Callable[[QWidget], None]) -> Iterator[None]:
    """Answer the modal dialogs the block opens, one after the other, in this order."""
    pending = list(answers)
    last: list[QWidget | None] = [None]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not last[0]:
            last[0] = dialog
            pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    yield
    qtbot.waitUntil(lambda: not pending, timeout=15000)


def _second_window(qtbot, db: Path, settings: Path) -> tuple[MainWindow, TaskRunner]:
    runner = TaskRunner()
    window = MainWindow(db, Settings(settings), "en", runner, autosave_ms=150)
    qtbot.addWidget(window)
    return window, runner


def test_second_instance_is_told_and_may_quit(qtbot, paths, other_instance) -> None:
    db, settings = paths
    Settings(settings).clean_exit = False  # as the running instance leaves it
    before = db_content(db)
    window, runner = _second_window(qtbot, db, settings)
    told: list[str] = []

    def quit_(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.objectName() == "DatabaseInUse"
        told.append(dialog.text())
        dialog.findChild(QWidget, "quit").click()

    with answering_dialog(qtbot, quit_):
        window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    text = told[0]
    assert str(db) in text
    assert f"process {other_instance.pid}" in text
    assert "already open in CSBM Desktop on this computer" in text
    assert window.workspace is None  # it never opened the file
    assert window.db_lock is None
    assert not Settings(settings).clean_exit  # the other instance's session is left alone
    runner.shutdown()

    # The first instance still holds the database, untouched, and the file is sound.
    assert other_instance.poll() is None
    assert lock_path(db).read_text().split("\n")[0] == str(other_instance.pid)
    assert db_content(db) == before
    ws = Workspace(db)
    try:
        assert ws.db.integrity_check() == []
        assert check_database(ws).ok
    finally:
        ws.close()


def test_second_instance_may_open_another_database(
    qtbot, paths, other_instance, tmp_path, monkeypatch
) -> None:
    db, settings = paths
    other = tmp_path / "other.sqlite3"
    ensure_staff(other)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), "(*.sqlite3 *.db)")
    )
    window, runner = _second_window(qtbot, db, settings)

    def other_database(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.findChild(QWidget, "other").click()

    with answering_in_turn(qtbot, other_database, sign_in_as("ana.drafter")):
        window.show()
        qtbot.waitUntil(lambda: window.service is not None, timeout=15000)
    assert window.db_path == other
    assert window.workspace is not None
    assert window.workspace.path == other
    assert lock_path(other).exists()
    window.close()
    runner.shutdown()
    assert not lock_path(other).exists()  # released on close


def test_killed_instance_does_not_block_the_next_start(qtbot, paths, other_instance) -> None:
    db, settings = paths
    os.kill(other_instance.pid, signal.SIGKILL)
    other_instance.wait()
    assert lock_path(db).exists()  # left behind by the crash
    app = App(qtbot, db, settings)  # signs in: no "already open" box in the way
    assert app.window.db_lock is not None
    assert lock_path(db).read_text().split("\n")[0] == str(os.getpid())
    app.close()


def test_empty_lock_file_does_not_block(qtbot, paths) -> None:
    """A power cut can leave the lock file empty (its content never reached the disk)."""
    db, settings = paths
    ensure_staff(db)
    lock_path(db).write_bytes(b"")
    app = App(qtbot, db, settings)
    assert app.window.db_lock is not None
    app.close()
