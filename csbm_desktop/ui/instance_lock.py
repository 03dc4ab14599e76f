"""One running CSBM Desktop per database file.

SQLite keeps the file sound whoever writes to it, but two windows on one database would each
autosave their own in-memory copy of a report over the other's, and the last one silently wins.
So the second window is told, and offered another database instead. (The `csbm` command needs no
such lock: each of its commands reads and writes in short transactions.)

QLockFile keeps `<database>.lock` next to the file, with the holder's process id and host. A lock
left behind by a crash (SIGKILL, power cut) is recognised as stale because its process is gone,
so a crash never locks the user out.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

log = logging.getLogger(__name__)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    """The other running instance, as its lock file names it (pid 0: the file is unreadable)."""

    pid: int
    host: str

    @property
    def here(self) -> bool:
        return not self.host or self.host == socket.gethostname()


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._lock = QLockFile(str(self.path))
        # Stale only when its process is gone, never by age: the default (30 s) would call the
        # lock of an instance that has simply been open a while stale.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """Take the lock. None when it is ours; else who holds it."""
        if self._lock.tryLock(0):
            return None
        error = self._lock.error()
        if error != QLockFile.LockError.LockFailedError:
            # The folder cannot hold a lock file (read-only, odd file system): opening the
            # database itself will say what is wrong, if anything, in words that fit.
            log.warning("no lock file for %s: %s", self.path, error)
            return None
        pid, host, _app = self._lock.getLockInfo()
        if pid == 0 and self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            # An empty lock file, as a power cut can leave one. Removing it needs the lock the
            # holder keeps on it while running, so a live instance's file is never removed.
            return None
        return LockHolder(pid, host)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


class InUseChoice(Enum):
    RETRY = "retry"
    OTHER = "other"
    QUIT = "quit"


def in_use_message(db_path: Path, holder: LockHolder, lock_file: Path) -> str:
    if holder.here:
        text = QCoreApplication.translate(
            "DatabaseLock",
            "The database %1 is already open in CSBM Desktop on this computer (process %2).",
        )
    else:
        text = QCoreApplication.translate(
            "DatabaseLock",
            "The database %1 is already open in CSBM Desktop on the computer %3 (process %2).",
        )
    text = text.replace("%1", str(db_path)).replace("%2", str(holder.pid or "?"))
    text = text.replace("%3", holder.host)
    text += "\n\n" + QCoreApplication.translate(
        "DatabaseLock",
        "Only one window at a time can work on a database, so that neither overwrites the "
        "other's changes. Switch to that window, or close it and try again, or open another "
        "database.",
    )
    if not holder.here:
        text += "\n\n" + QCoreApplication.translate(
            "DatabaseLock",
            "If CSBM Desktop is no longer running on %1, delete the file %2 and try again.",
        ).replace("%1", holder.host).replace("%2", str(lock_file))
    return text


def ask_in_use(parent: QWidget, db_path: Path, holder: LockHolder, lock_file: Path) -> InUseChoice:
    """Tell the user the database is taken and ask what to do instead."""
    box = QMessageBox(parent)
    box.setObjectName("DatabaseInUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DatabaseLock", "Database already open"))
    box.setText(in_use_message(db_path, holder, lock_file))
    buttons: dict[QAbstractButton, InUseChoice] = {
        box.addButton(
            QCoreApplication.translate("DatabaseLock", "&Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        ): InUseChoice.RETRY,
        box.addButton(
            QCoreApplication.translate("DatabaseLock", "&Open another database…"),
            QMessageBox.ButtonRole.ActionRole,
        ): InUseChoice.OTHER,
        box.addButton(
            QCoreApplication.translate("DatabaseLock", "&Quit"), QMessageBox.ButtonRole.RejectRole
        ): InUseChoice.QUIT,
    }
    for button, choice in buttons.items():
        button.setObjectName(choice.value)
    box.exec()
    return buttons.get(box.clickedButton(), InUseChoice.QUIT)  # closed with Esc: quit
