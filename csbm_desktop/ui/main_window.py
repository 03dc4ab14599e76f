"""The main window: menus, the home page, the report editor, the help panel, the status bar.

Each user action is one method that makes one service call (through the runner when it touches the
database) and handles its success and failure. Heavy modules (SQLAlchemy, the services) are
imported only once the window is on screen.

The window is built in two steps so that it appears at once: the frame (menus, shortcuts, status
bar) before it is shown, the rest (home page, docks, the review, backup and import menus) in the
first moment after. The frame avoids PySide's `Qt` namespace: touching it builds its 93 enums
(~45 ms), which the frame does not need and the rest does.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from csbm_desktop import __version__
from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui import i18n
from csbm_desktop.ui.form_install import install_form_version
from csbm_desktop.ui.formatting import format_datetime, format_time
from csbm_desktop.ui.geometry import resize_within_screen
from csbm_desktop.ui.message_bar import MessageBar
from csbm_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # the class sets up QEvent's 180 event types

    from csbm_desktop.domain.workflow import Actor
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.drafting import DraftingService
    from csbm_desktop.services.workspace import Workspace
    from csbm_desktop.ui.backups import BackupController
    from csbm_desktop.ui.input_watch import InputWatch
    from csbm_desktop.ui.instance_lock import DatabaseLock
    from csbm_desktop.ui.report_session import ReportSession
    from csbm_desktop.ui.review import ReviewController
    from csbm_desktop.ui.views.editor import ReportEditor
    from csbm_desktop.ui.views.help_panel import HelpPanel
    from csbm_desktop.ui.views.home import HomePage
    from csbm_desktop.ui.workbook_import import WorkbookImportController

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
# The version of the docks' arrangement in saved window states: a state saved with the docks
# elsewhere (before the step list moved into a dock on the left) is not restored.
DOCK_LAYOUT = 2


def _reword_dock_buttons(window: QMainWindow) -> None:
    """Qt names a dock's float and close buttons once, in the language of the moment; word
    them again (Qt's own catalogue) when the language changes."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton

    # Qt's own words, in its qtbase catalogue (loaded by i18n.install): passed as variables so
    # that lupdate does not copy them into ours.
    context, english = (
        "QDockWidget",
        {
            "qt_dockwidget_closebutton": "Close",
            "qt_dockwidget_floatbutton": "Float",
        },
    )
    for dock in window.findChildren(QDockWidget):
        for button in dock.findChildren(QAbstractButton):
            word = english.get(button.objectName())
            if word is not None:
                text = QCoreApplication.translate(context, word)
                button.setAccessibleName(text)
                if button.toolTip():
                    button.setToolTip(text)


class MainWindow(QMainWindow):
    def __init__(
        self,
        db_path: Path,
        settings: Settings,
        lang: str,
        runner: Any,
        autosave_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.settings = settings
        self.lang = lang
        self.runner = runner
        self.autosave_ms = autosave_ms
        self.workspace: Workspace | None = None
        self.accounts: AccountService | None = None
        self.actor: Actor | None = None
        self.service: DraftingService | None = None
        self.session: ReportSession | None = None
        self.editor: ReportEditor | None = None
        self.recovered = False
        self.db_lock: DatabaseLock | None = None

        self.setObjectName("MainWindow")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.help_dock = QDockWidget()  # filled and docked by `_complete`
        self.help_dock.setObjectName("HelpDock")
        # The open report's steps, above the help and review tabs in one column on the left: on
        # a 1366 × 768 laptop the forms keep the rest of the width (see `_dock_left`).
        self.steps_dock = QDockWidget()
        self.steps_dock.setObjectName("StepsDock")
        self.setStatusBar(MessageBar())  # long messages wrap rather than being cut off
        self.save_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self._lock)
        self.input_watch: InputWatch | None = None  # any input restarts `idle`; see _signed_in
        # Built by `_complete`, in the first moment after the window is shown.
        self.home: HomePage
        self.help: HelpPanel
        self.review: ReviewController
        self.backups: BackupController
        self.workbook_import: WorkbookImportController
        self.completed = False

        self._make_actions()
        self.retranslate()
        resize_within_screen(self, 1280, 820)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _complete(self) -> None:
        """Build what the first frame can do without: the home page, the docks and the menus of
        the review, backup and import controllers (see the module's docstring)."""
        if self.completed:
            return
        from PySide6.QtCore import Qt

        from csbm_desktop.ui.backups import BackupController
        from csbm_desktop.ui.review import ReviewController
        from csbm_desktop.ui.views.help_panel import HelpPanel
        from csbm_desktop.ui.views.home import HomePage
        from csbm_desktop.ui.workbook_import import WorkbookImportController

        self.home = HomePage()
        self.stack.insertWidget(0, self.home)
        self.stack.setCurrentWidget(self.home)
        self.help = HelpPanel()
        self.help_dock.setWidget(self.help)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.steps_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.help_dock)
        self.splitDockWidget(self.steps_dock, self.help_dock, Qt.Orientation.Vertical)
        self.review = ReviewController(self)
        self.backups = BackupController(self)
        self.workbook_import = WorkbookImportController(self)
        for dock in (self.review.dock, self.help_dock):  # added to a window already shown
            dock.show()
        self.help_dock.raise_()
        self.steps_dock.hide()  # until a report is open
        self._dock_left()
        self.home.welcome.new_requested.connect(self.new_report)
        self.home.welcome.demo_requested.connect(self.open_demo)
        self.home.reports.new_requested.connect(self.new_report)
        self.home.reports.open_requested.connect(self.open_report)
        self.home.reports.delete_requested.connect(self.delete_report)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(lambda _old, new: self.help.follow(new))
        self.completed = True
        state = self.settings.window_state()
        if state is not None:  # once the docks are there: the state places them
            self.restoreState(state, DOCK_LAYOUT)
        self.steps_dock.hide()  # the state may have it shown; it waits for a report
        self.retranslate()
        self._update_actions()

    def _dock_left(self) -> None:
        """The first layout of the left column: as wide as a step name needs (a fifth of the
        window, within 230–320 px), the steps above, the help and review tabs below."""
        from PySide6.QtCore import Qt

        width = min(320, max(230, self.width() // 5))
        self.resizeDocks([self.help_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.steps_dock, self.help_dock],
            [self.height() * 2 // 5, self.height() * 3 // 5],
            Qt.Orientation.Vertical,
        )

    def _show_steps(self, navigator: QWidget | None) -> None:
        """Put the open report's step list in its dock (None: no report, the dock hides)."""
        if navigator is None:
            self.steps_dock.hide()
            self.act_steps.setEnabled(False)
            return
        self.steps_dock.setWidget(navigator)
        self.act_steps.setEnabled(True)
        self.steps_dock.setVisible(self.settings.steps_shown)

    # --- actions and menus ---

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            # Not setShortcut(): choosing among its overloads builds the whole `Qt` namespace
            # (see the module's docstring); setShortcuts([...]) is the same call inside Qt.
            action.setShortcuts([QKeySequence(shortcut)])
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_new = self._action(self.new_report, SK.New)
        self.act_demo = self._action(self.open_demo)
        self.act_home = self._action(self.close_report, SK.Close)
        self.act_save = self._action(self.save_revision, SK.Save)
        self.act_export = self._action(self.export_json, "Ctrl+E")
        self.act_import = self._action(self.import_json, "Ctrl+I")
        self.act_install_form = self._action(lambda: install_form_version(self))
        self.act_quit = self._action(self.close, SK.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Spelt out, not the platform's standard keys: Redo is Ctrl+Shift+Z under X11 but Ctrl+Y
        # elsewhere, so "Ctrl+Shift+Z plus the standard key" bound Ctrl+Shift+Z twice on Linux
        # (an ambiguous shortcut, which Qt answers by doing nothing) and Ctrl+Y nowhere.
        self.act_undo = self._action(self.undo, "Ctrl+Z")
        self.act_redo = self._action(self.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_add = self._action(self.add_activity, "Ctrl+Shift+N")
        self.act_delete = self._action(self.delete_activity)
        self.act_next = self._action(lambda: self.next_step(1), "Ctrl+PgDown")
        self.act_prev = self._action(lambda: self.next_step(-1), "Ctrl+PgUp")
        self.act_check = self._action(self.go_to_check, "F7")
        self.act_coverage = self._action(self.show_coverage, "Ctrl+Shift+G")
        self.act_revisions = self._action(self.show_revisions)
        self.act_help = self.help_dock.toggleViewAction()
        # The step list folds away (and stays so) for more room; its own action, not the dock's
        # toggleViewAction, since the dock also hides when no report is open.
        self.act_steps = self._action(self._toggle_steps)
        self.act_steps.setCheckable(True)
        self.act_steps.setChecked(self.settings.steps_shown)
        self.act_steps.setEnabled(False)
        self.act_help.setShortcuts(SK.HelpContents)
        self.act_guide = self._action(self.show_guide)
        self.act_about = self._action(self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.lang_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = self._action(partial(self.set_language, lang))
            action.setCheckable(True)
            action.setText(LANGUAGE_NAMES[lang])  # each language named in itself
            self.lang_actions[lang] = action

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for a in (
            self.act_new,
            self.act_demo,
            None,
            self.act_save,
            self.act_home,
            None,
            self.act_export,
            self.act_import,
            None,
            self.act_quit,
        ):
            self.menu_file.addSeparator() if a is None else self.menu_file.addAction(a)
        self.menu_edit = bar.addMenu("")
        for a in (self.act_undo, self.act_redo, None, self.act_add, self.act_delete):
            self.menu_edit.addSeparator() if a is None else self.menu_edit.addAction(a)
        self.menu_view = bar.addMenu("")
        for a in (
            self.act_prev,
            self.act_next,
            None,
            self.act_coverage,
            self.act_steps,
            self.act_help,
        ):
            self.menu_view.addSeparator() if a is None else self.menu_view.addAction(a)
        self.menu_lang = self.menu_view.addMenu("")
        for action in self.lang_actions.values():
            self.menu_lang.addAction(action)
        self.menu_report = bar.addMenu("")
        for a in (self.act_check, self.act_revisions):
            self.menu_report.addAction(a)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addAction(self.act_about)
        self._update_actions()

    def _toggle_steps(self) -> None:
        shown = self.act_steps.isChecked()
        self.settings.steps_shown = shown
        self.steps_dock.setVisible(shown and self.editor is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_report.setTitle(self.tr("&Report"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_lang.setTitle(self.tr("&Language"))
        texts = {
            self.act_new: self.tr("&New report…"),
            self.act_demo: self.tr("Open a &demo report"),
            self.act_home: self.tr("&Close report"),
            self.act_save: self.tr("&Save revision…"),
            self.act_export: self.tr("&Export as JSON…"),
            self.act_import: self.tr("&Import from JSON…"),
            self.act_install_form: self.tr("Install &form version…"),
            self.act_quit: self.tr("&Quit"),
            self.act_undo: self.tr("&Undo"),
            self.act_redo: self.tr("&Redo"),
            self.act_add: self.tr("&Add activity"),
            self.act_delete: self.tr("&Delete activity"),
            self.act_next: self.tr("&Next step"),
            self.act_prev: self.tr("&Previous step"),
            self.act_check: self.tr("&Check report"),
            self.act_coverage: self.tr("C&overage chart…"),
            self.act_revisions: self.tr("Re&visions…"),
            self.act_guide: self.tr("User &guide"),
            self.act_about: self.tr("&About CSBM Desktop"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_help.setText(self.tr("&Help panel"))
        self.act_steps.setText(self.tr("&Step list"))
        self._update_undo_texts()
        self.help_dock.setWindowTitle(self.tr("Help"))
        self.steps_dock.setWindowTitle(self.tr("Steps"))
        _reword_dock_buttons(self)
        for lang, action in self.lang_actions.items():
            action.setChecked(lang == self.lang)
        if self.actor is not None:
            self.user_label.setText(self.tr("Signed in as %1").replace("%1", self.actor.name))
        if self.completed:
            self.home.retranslate()
            self.help.show_intro()
            self.review.retranslate()
            self.backups.retranslate()
            self.workbook_import.retranslate()
        self._update_save_label()

    def _title(self) -> str:
        if self.session is None:
            return "CSBM Desktop"
        report = self.session.report
        state = self.session.spec.state(report.state)
        name = state.name.get(self.lang) if state else report.state
        return f"{name} {report.year} — CSBM Desktop"

    def _update_actions(self) -> None:
        open_ = self.session is not None
        editable = open_ and self.session.editable  # type: ignore[union-attr]
        for a in (
            self.act_home,
            self.act_save,
            self.act_export,
            self.act_next,
            self.act_prev,
            self.act_check,
            self.act_coverage,
            self.act_revisions,
        ):
            a.setEnabled(open_)
        for a in (self.act_add, self.act_delete):
            a.setEnabled(bool(editable))
        self.act_undo.setEnabled(open_ and self.session.undo_stack.canUndo())  # type: ignore[union-attr]
        self.act_redo.setEnabled(open_ and self.session.undo_stack.canRedo())  # type: ignore[union-attr]
        self._update_undo_texts()
        for a in (self.act_new, self.act_demo, self.act_import):
            a.setEnabled(self.service is not None)
        self.act_install_form.setEnabled(self.actor is not None and self.actor.has("administrator"))
        if self.completed:
            self.review.update_actions()
            self.backups.update_actions()
            self.workbook_import.update_actions()

    def _update_undo_texts(self) -> None:
        """ "Undo: edit Title": what the key will undo or redo, not just that it will."""
        stack = self.session.undo_stack if self.session is not None else None
        undo = stack.undoText() if stack is not None and stack.canUndo() else ""
        redo = stack.redoText() if stack is not None and stack.canRedo() else ""
        self.act_undo.setText(
            self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.act_redo.setText(
            self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    # --- start-up ---

    def start(self) -> None:
        """Open the database on the worker thread: importing the store and migrating take a
        moment, and the window is already on screen meanwhile."""
        if not self._lock_database():
            return
        db_path = self.db_path

        def open_workspace() -> Any:
            from csbm_desktop.services.accounts import AccountService
            from csbm_desktop.services.drafting import DraftingService  # noqa: F401 - warm up
            from csbm_desktop.services.workspace import Workspace

            workspace = Workspace(db_path)
            workspace.form()  # load the form here too, off the GUI thread
            accounts = AccountService(workspace)
            accounts.hasher  # noqa: B018 - imports argon2 here, off the GUI thread
            return workspace, accounts

        def failed(exc: BaseException) -> None:
            QApplication.restoreOverrideCursor()
            message = exc.message(self.lang) if isinstance(exc, CsbmError) else str(exc)
            self.statusBar().showMessage(message)
            QMessageBox.critical(self, self.tr("Cannot open the database"), message)

        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(db_path)))
        self.runner.submit(open_workspace, self._opened, failed)

    def _lock_database(self) -> bool:
        """Refuse a database another running CSBM Desktop has open (see ui/instance_lock):
        the user may try again, open another database, or quit."""
        from csbm_desktop.ui.instance_lock import DatabaseLock, InUseChoice, ask_in_use, lock_path

        if self.db_lock is not None and self.db_lock.path == lock_path(self.db_path):
            return True  # opening it again (after a restore): it is ours already
        while True:
            lock = DatabaseLock(self.db_path)
            holder = lock.acquire()
            if holder is None:
                if self.db_lock is not None:
                    self.db_lock.release()
                self.db_lock = lock
                return True
            choice = ask_in_use(self, self.db_path, holder, lock.path)
            if choice == InUseChoice.QUIT:
                QTimer.singleShot(0, self.close)
                return False
            if choice == InUseChoice.OTHER:
                path, _ = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Open another database"),
                    str(self.db_path.parent),
                    self.tr("CSBM Desktop databases (*.sqlite3 *.db);;All files (*)"),
                    options=QFileDialog.Option.DontConfirmOverwrite,
                )
                if path:
                    self.db_path = Path(path)

    def _opened(self, result: Any) -> None:
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        self.workspace, self.accounts = result
        self.sign_in()

    def sign_in(self) -> None:
        """Create the first administrator if there is none, then ask who is there."""
        from csbm_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog

        if self.accounts is None or self.actor is not None:
            return
        last = self.settings.last_user
        if not self.accounts.has_users():
            first = FirstRunDialog(self.accounts, self.lang, self)
            if first.exec() != QDialog.DialogCode.Accepted:
                self.statusBar().showMessage(self.tr("No account yet: nothing can be opened."))
                self._update_actions()
                return
            last = first.created or ""
        dialog = SignInDialog(self.accounts, self.lang, last, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            self.statusBar().showMessage(self.tr("Signed out."))
            self._update_actions()
            return
        self._signed_in(dialog.actor)

    def _signed_in(self, actor: Any) -> None:
        from csbm_desktop.services.drafting import DraftingService

        assert self.workspace is not None
        assert self.accounts is not None
        self.actor = actor
        self.stack.show()
        self.settings.last_user = actor.name
        self.service = DraftingService(self.workspace, actor)
        self.user_label.setText(self.tr("Signed in as %1").replace("%1", actor.name))
        self.idle.start(self.accounts.idle_minutes() * 60_000)
        # Watching input starts only now: the first Python event filter costs PySide a one-time
        # set-up (~0.1 s) that the window's first appearance should not pay.
        if self.input_watch is None:
            from csbm_desktop.ui.input_watch import InputWatch

            self.input_watch = InputWatch(self.idle, self)
        self.input_watch.start()
        self.recovered = not self.settings.clean_exit
        self.settings.clean_exit = False
        last = self.settings.last_report
        self.refresh_home()
        if self.recovered:
            message = self.tr(
                "CSBM Desktop was not closed properly last time (a crash or a power cut). "
                "Your reports are as they were at the last automatic save, a few seconds "
                "before it stopped."
            )
            self.statusBar().showMessage(message, 30000)
            if last is not None:
                self.open_report(last, notice=message)
        self._update_actions()

    def sign_out(self) -> None:
        if self.actor is None or not self.close_report():
            return
        self.idle.stop()
        if self.input_watch is not None:
            self.input_watch.stop()
        self.actor = None
        self.service = None
        self.user_label.setText("")
        self.home.show_reports([], None, self.lang)  # type: ignore[arg-type]
        # This session ended properly: the next sign-in is no recovery from a crash.
        self.settings.clean_exit = True
        self.stack.hide()  # nothing of the last user's work behind the sign-in prompt
        self._update_actions()
        self.sign_in()

    def _lock(self) -> None:
        """After the idle time: save, hide the work behind a password prompt."""
        from csbm_desktop.ui.dialogs.sign_in import SignInDialog

        if self.actor is None or self.accounts is None:
            return
        if self.session is not None:
            self.session.flush_and_wait()
        self.stack.hide()
        dialog = SignInDialog(self.accounts, self.lang, locked_user=self.actor.name, parent=self)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted
        self.stack.show()
        if unlocked:
            self.idle.start()
        else:
            self.sign_out()

    def refresh_home(self) -> None:
        if self.service is None:
            return
        service, lang = self.service, self.lang
        spec = self.workspace.form()  # type: ignore[union-attr]
        self.runner.submit(
            service.overview, lambda rows: self.home.show_reports(rows, spec, lang), self._failed
        )

    # --- report lifecycle ---

    def new_report(self) -> None:
        if self.service is None:
            return
        from csbm_desktop.ui.dialogs.new_report import NewReportDialog

        spec = self.workspace.form()  # type: ignore[union-attr]
        reports = self.service.list_reports()
        default = reports[0].state if reports else None
        dialog = NewReportDialog(spec, self.lang, reports, default, parent=self)
        if dialog.exec() != NewReportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        service = self.service

        def create() -> tuple[Any, list[Any]]:
            # What a newer form version has no place for is listed, not silently dropped.
            lost = service.not_carried(choice.copy_from) if choice.copy_from is not None else []
            return service.create(choice.state, choice.year, copy_from=choice.copy_from), lost

        def created(result: tuple[Any, list[Any]]) -> None:
            report, lost = result
            self.open_report(report.id)
            if lost:
                QMessageBox.information(
                    self,
                    self.tr("Copied forward"),
                    self.tr(
                        "Form version %1 has no place for these; re-enter them if needed:"
                    ).replace("%1", report.form_version)
                    + "\n\n"
                    + "\n".join(f"• {item}" for item in lost),
                )

        self.runner.submit(create, created, self._failed)

    def open_demo(self) -> None:
        if self.workspace is None or self.actor is None:
            return
        from csbm_desktop.services.demo import create_demo

        ws, actor = self.workspace, self.actor
        self.statusBar().showMessage(self.tr("Creating a demo report…"))
        self.runner.submit(
            lambda: create_demo(ws, actor, size="small"),
            lambda report: self.open_report(report.id),
            self._failed,
        )

    def open_report(self, report_id: int, notice: str | None = None) -> None:
        if self.service is None:
            return
        if self.session is not None:
            self.close_report()
        service = self.service

        def load() -> Any:
            report = service.get(report_id)
            return report, service.form_of(report)

        def opened(result: Any) -> None:
            report, spec = result
            self._show_report(report, spec, notice=notice)

        def missing(exc: BaseException) -> None:
            if notice is None:  # when recovering, a deleted report is simply not reopened
                self._failed(exc)

        self.runner.submit(load, opened, missing)

    def _show_report(self, report: Any, spec: Any, notice: str | None = None) -> None:
        from csbm_desktop.ui.report_session import ReportSession
        from csbm_desktop.ui.views.editor import ReportEditor

        assert self.service is not None
        kwargs = {} if self.autosave_ms is None else {"autosave_ms": self.autosave_ms}
        self.session = ReportSession(
            self.service, self.runner, report, spec, self.lang, parent=self, **kwargs
        )
        self.session.save_state_changed.connect(self._update_save_label)
        self.session.error.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.editor = ReportEditor(self.session, self.settings)
        self.editor.save_revision_requested.connect(self.save_revision)
        self.editor.submit_requested.connect(lambda: self.review.transition("submit"))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self._show_steps(self.editor.navigator)
        self.help.set_form(spec, self.lang)
        self.settings.last_report = report.id
        self.setWindowTitle(self._title())
        self._update_actions()
        self._update_save_label()
        self.review.refresh()
        self.editor.focus_first_field()
        if notice:
            self.statusBar().showMessage(notice, 30000)

    def close_report(self) -> bool:
        """Back to the reports list, after writing whatever is pending."""
        if self.session is None:
            return True
        if not self.session.flush_and_wait():
            answer = QMessageBox.warning(
                self,
                self.tr("Changes not saved"),
                self.tr(
                    "The last changes could not be saved:\n%1\n\nClose anyway and lose them?"
                ).replace("%1", self.session.save_error or ""),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        editor = self.editor
        self.session.deleteLater()
        self.session = None
        self.editor = None
        self._show_steps(None)
        if editor is not None:
            editor.shutdown()
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.settings.last_report = None
        self.help.set_form(None, self.lang)
        self.setWindowTitle(self._title())
        self.refresh_home()
        self.review.refresh()
        self._update_actions()
        self._update_save_label()
        return True

    def refresh_after_import(self, report_id: int) -> None:
        """A bundle changed a report: reload it if it is open, else refresh the list."""
        if self.session is not None and self.session.report.id == report_id:
            self.open_report(report_id)
        elif self.session is None:
            self.refresh_home()

    def delete_report(self, report_id: int) -> None:
        if self.service is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete report"),
            self.tr(
                "Delete this draft report and all its activities and attachments? This "
                "cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.service
        self.runner.submit(
            lambda: service.delete(report_id), lambda _r: self.refresh_home(), self._failed
        )

    # --- editing commands ---

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def next_step(self, delta: int) -> None:
        if self.editor is not None:
            self.editor.next_step(delta)

    def add_activity(self) -> None:
        if self.editor is not None:
            from csbm_desktop.ui.steps import MEASURES

            self.editor.go_to(MEASURES).add_activity()  # type: ignore[attr-defined]

    def delete_activity(self) -> None:
        if self.editor is not None:
            from csbm_desktop.ui.steps import MEASURES

            self.editor.go_to(MEASURES).delete_activity()  # type: ignore[attr-defined]

    def go_to_check(self) -> None:
        if self.editor is not None:
            from csbm_desktop.ui.steps import CHECK

            self.editor.go_to(CHECK)

    def save_revision(self, message: str | None = None) -> None:
        if self.session is None:
            return
        if message is None:
            message, ok = QInputDialog.getText(
                self,
                self.tr("Save revision"),
                self.tr("Describe this revision (for example “sent to the legal office”):"),
                QLineEdit.EchoMode.Normal,
                "",
            )
            if not ok:
                return
        session, service = self.session, self.service
        session.flush()
        report_id = session.report.id

        def saved(info: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Revision %1 saved.").replace("%1", str(info.number)), 8000
            )

        self.runner.submit(
            lambda: service.save_revision(report_id, message or ""),  # type: ignore[union-attr]
            saved,
            self._failed,
        )

    def show_revisions(self) -> None:
        if self.session is None or self.service is None:
            return
        revisions = self.service.revisions(self.session.report.id)
        if not revisions:
            text = self.tr("No revision saved yet. Use File › Save revision (Ctrl+S).")
        else:
            text = "\n".join(
                f"{r.number}. {format_datetime(self.lang, r.created_at)} — {r.author}: {r.message}"
                for r in revisions
            )
        QMessageBox.information(self, self.tr("Revisions"), text)

    def show_coverage(self) -> None:
        if self.session is None or self.workspace is None or self.actor is None:
            return
        from csbm_desktop.services.coverage import coverage_history
        from csbm_desktop.ui.views.coverage import CoverageDialog

        self.session.flush_and_wait()
        current, history = coverage_history(self.workspace, self.actor, self.session.report.id)
        CoverageDialog(current, history, self.session.spec, self.lang, self).exec()

    def export_json(self) -> None:
        if self.session is None or self.workspace is None or self.actor is None:
            return
        report = self.session.report
        name = f"csbm-{report.state}-{report.year}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), name, self.tr("Report files (*.json)")
        )
        if not path:
            return
        from csbm_desktop.services.documents import export_json

        self.session.flush()
        ws, actor, report_id = self.workspace, self.actor, report.id
        self.runner.submit(
            lambda: export_json(ws, actor, report_id, Path(path)),
            lambda _r: self.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", path), 8000
            ),
            self._failed,
        )

    def import_json(self) -> None:
        if self.workspace is None or self.actor is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import report"), "", self.tr("Report files (*.json)")
        )
        if not path:
            return
        from csbm_desktop.services.documents import import_json

        ws, actor = self.workspace, self.actor
        self.runner.submit(
            lambda: import_json(ws, actor, Path(path)),
            self.open_report,
            self._failed,
        )

    # --- language ---

    def set_language(self, lang: str) -> None:
        """Switch the whole interface, form labels included, without closing the report."""
        if lang == self.lang:
            self.lang_actions[lang].setChecked(True)
            return
        self.lang = lang
        self.settings.language = lang
        i18n.install(lang)
        self.statusBar().clearMessage()  # worded in the language just left
        self.retranslate()
        if self.session is not None and self.editor is not None:
            # The pages are rebuilt in the new language (form labels too) where the user was:
            # the step, the measure and activity, the search, the field with the focus.
            place = self.editor.place()
            session = self.session
            session.lang = lang
            old = self.editor
            from csbm_desktop.ui.views.editor import ReportEditor

            self.editor = ReportEditor(session, self.settings)
            self.editor.save_revision_requested.connect(self.save_revision)
            self.stack.addWidget(self.editor)
            self.stack.setCurrentWidget(self.editor)
            self._show_steps(self.editor.navigator)
            old.shutdown()
            self.stack.removeWidget(old)
            old.deleteLater()
            self.editor.restore_place(place)
            self.review.refresh()
            self.help.set_form(session.spec, lang)
            self.setWindowTitle(self._title())
        else:
            self.refresh_home()

    # --- status ---

    def _update_save_label(self) -> None:
        session = self.session
        if session is None:
            self.save_label.setText("")
        elif session.save_error:
            self.save_label.setText(self.tr("Not saved: %1").replace("%1", session.save_error))
        elif session.dirty:
            self.save_label.setText(
                self.tr("Saving…") if session._saving else self.tr("Unsaved changes")
            )
        elif session.last_saved is not None:
            when = format_time(self.lang, session.last_saved.astimezone().time())
            self.save_label.setText(self.tr("All changes saved (%1)").replace("%1", when))
        else:
            self.save_label.setText(self.tr("All changes saved"))
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CsbmError):
            message = exc.message(self.lang)
        else:
            log.error("unexpected error", exc_info=exc)
            message = f"{type(exc).__name__}: {exc}"
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, "CSBM Desktop", message)

    def show_guide(self) -> None:
        from csbm_desktop.ui.dialogs.user_guide import UserGuideDialog

        UserGuideDialog(self.lang, self).exec()

    def about(self) -> None:
        spec = self.workspace.form() if self.workspace else None
        form = (
            f"{spec.id} {spec.version} ({spec.source.document}, {len(spec.measures)} measures)"
            if spec
            else "—"
        )
        QMessageBox.about(
            self,
            self.tr("About CSBM Desktop"),
            self.tr(
                "<h3>CSBM Desktop %1</h3><p>Prepare, review and export the annual report on "
                "confidence- and security-building measures to the OAS. Works entirely offline."
                "</p><p>Form and catalogue: %2</p><p>Database: %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", form)
            .replace("%3", str(self.db_path)),
        )

    # --- closing ---

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_report():
            event.ignore()
            return
        if self.completed:  # closed before the docks were there: their places stay as saved
            self.settings.save_window(self.saveGeometry(), self.saveState(DOCK_LAYOUT))
        self.idle.stop()  # a closed window has no session to lock
        if self.input_watch is not None:
            self.input_watch.stop()
        if self.db_lock is not None:
            # Only the instance that had the database open ends its session: one turned away
            # must not mark another's crash as a clean exit.
            self.settings.clean_exit = True
        if self.workspace is not None:
            self.runner.wait_idle()
            self.workspace.close()
            self.workspace = None
        if self.db_lock is not None:
            self.db_lock.release()
            self.db_lock = None
        event.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.completed and not getattr(self, "_shown", False):
            self._shown = True
            QTimer.singleShot(0, self._first_shown)

    def _first_shown(self) -> None:
        shown = time.perf_counter()
        self._complete()
        if os.environ.get("CSBM_QUIT_AFTER_SHOW"):  # bench/gui.py times it; smoke.sh starts it
            print(f"shown {shown} complete {time.perf_counter()}", flush=True)
            QApplication.quit()
            return
        if self.workspace is None:
            self.start()
