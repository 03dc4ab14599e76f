"""File › Back up… and File › Restore from backup…: one handler each, the services decide.

Restoring replaces the open database, so the window lets go of it first (report, sign-in,
Workspace), and opens it again afterwards as at start-up: everyone signs in again, since the
accounts are now the backup's. A backup is checked before the user is asked to confirm, so a bad
file is refused without closing anything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from csbm_desktop.ui.formatting import format_datetime

if TYPE_CHECKING:
    from csbm_desktop.ui.main_window import MainWindow

FILE_FILTER_EXT = "*.sqlite3 *.db *.bak"


class BackupController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.busy = False
        self.act_backup = QAction(window)
        self.act_backup.triggered.connect(lambda _c=False: self.back_up())
        self.act_restore = QAction(window)
        self.act_restore.triggered.connect(lambda _c=False: self.restore())
        menu = window.menu_file
        review = getattr(window, "review", None)
        before = review.menu_admin.menuAction() if review is not None else window.act_quit
        menu.insertAction(before, self.act_backup)
        menu.insertAction(before, self.act_restore)
        menu.insertSeparator(before)
        # Whether a restore is allowed can change without the window noticing (opening failed).
        menu.aboutToShow.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.act_backup.setText(self.tr("Back &up…"))
        self.act_restore.setText(self.tr("Restore from bac&kup…"))

    def update_actions(self) -> None:
        w = self.w
        signed_in = w.workspace is not None and w.actor is not None
        self.act_backup.setEnabled(signed_in and not self.busy)
        self.act_restore.setEnabled(self.may_restore())

    def may_restore(self) -> bool:
        """Mirrors the service: an administrator; or nobody to ask, because the database has no
        accounts yet or could not be opened at all."""
        w = self.w
        if self.busy:
            return False
        if w.actor is not None:
            return bool(w.actor.has("administrator"))
        if w.workspace is None:
            # Opening failed (the service checks what it can), unless it is still under way.
            return not w.runner.busy()
        return w.accounts is not None and not w.accounts.has_users()

    def _busy(self, message: str | None) -> None:
        self.busy = message is not None
        if message is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.w.statusBar().showMessage(message)
        else:
            QApplication.restoreOverrideCursor()
            self.w.statusBar().clearMessage()
        self.update_actions()

    def _failed(self, exc: BaseException) -> None:
        self._busy(None)
        self.w._failed(exc)

    # --- back up ---

    def back_up(self) -> None:
        from csbm_desktop.services.backups import backup, default_name

        w = self.w
        if w.workspace is None or w.actor is None or self.busy:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            w,
            self.tr("Back up the database"),
            str(Path(folder or Path.home()) / default_name(date.today())),
            self.tr("Database backups (%1);;All files (*)").replace("%1", FILE_FILTER_EXT),
        )
        if not path:
            return
        if w.session is not None:
            w.session.flush_and_wait()  # the last edits belong in the copy
        ws, actor = w.workspace, w.actor

        def done(result: Any) -> None:
            self._busy(None)
            w.statusBar().showMessage(
                self.tr("Backup saved to %1").replace("%1", str(result.path)), 15000
            )
            QMessageBox.information(
                w,
                self.tr("Backup made"),
                self.tr("The database was copied to:\n%1\n\nSHA-256: %2")
                .replace("%1", str(result.path))
                .replace("%2", result.sha256),
            )

        self._busy(self.tr("Backing up the database…"))
        w.runner.submit(lambda: backup(ws, actor, Path(path)), done, self._failed)

    # --- restore ---

    def restore(self) -> None:
        from csbm_desktop.services.backups import check_backup
        from csbm_desktop.storage.backups import backups_dir

        w = self.w
        if not self.may_restore():
            return
        folder = backups_dir(w.db_path)
        path, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Restore from backup"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("Database backups (%1);;All files (*)").replace("%1", FILE_FILTER_EXT),
        )
        if not path:
            return

        def checked(summary: Any) -> None:
            self._busy(None)
            if self._confirm(summary):
                self._replace(Path(path))

        # Checked first, on a private copy: a bad file is refused before anything is closed.
        self._busy(self.tr("Checking the backup…"))
        w.runner.submit(lambda: check_backup(Path(path)), checked, self._failed)

    def _confirm(self, summary: Any) -> bool:
        from csbm_desktop.storage.backups import backups_dir

        w = self.w
        last = format_datetime(w.lang, summary.last_event_at) if summary.last_event_at else "—"
        text = (
            self.tr(
                "Replace the whole database with this backup?\n\n%1\n%n report(s); last recorded "
                "change: %3. Its audit trail and saved revisions were checked.\n\n"
                "The current database is kept as a safety copy in %4.\n\n"
                "Everyone then signs in again, with the accounts the backup holds.",
                "",
                summary.reports,
            )
            .replace("%1", str(summary.path))
            .replace("%3", last)
            .replace("%4", str(backups_dir(w.db_path)))
        )
        answer = QMessageBox.question(
            w,
            self.tr("Restore from backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes and w.close_report()

    def _replace(self, source: Path) -> None:
        from csbm_desktop.services.backups import restore

        w = self.w
        ws, actor, db_path = w.workspace, w.actor, w.db_path
        self._let_go()

        def job() -> Any:
            if ws is not None:
                ws.close()  # on the worker: after every job that used it
            return restore(db_path, source, actor)

        def done(result: Any) -> None:
            self._busy(None)
            safety = str(result.safety_copy) if result.safety_copy else "—"
            QMessageBox.information(
                w,
                self.tr("Database restored"),
                self.tr(
                    "The database was restored from:\n%1\n\nThe database as it was before is "
                    "kept in:\n%2\n\nSign in again."
                )
                .replace("%1", str(source))
                .replace("%2", safety),
            )
            self._reopen()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self._reopen()  # nothing was replaced: open it again as it was

        self._busy(self.tr("Restoring the database…"))
        w.runner.submit(job, done, failed)

    def _let_go(self) -> None:
        """Sign out and drop the Workspace (the report is already closed)."""
        w = self.w
        w.idle.stop()
        if w.actor is not None:
            QApplication.instance().removeEventFilter(w)  # type: ignore[union-attr]
        w.actor = None
        w.service = None
        w.workspace = None
        w.accounts = None
        w.user_label.setText("")
        w.home.show_reports([], None, w.lang)  # type: ignore[arg-type]
        # Not a crash: the next sign-in must not offer to recover the last report.
        w.settings.clean_exit = True
        w.settings.last_report = None
        w._update_actions()

    def _reopen(self) -> None:
        w = self.w
        lock = getattr(w, "db_lock", None)
        if lock is not None:  # start() takes it again
            lock.release()
            w.db_lock = None
        w.start()
