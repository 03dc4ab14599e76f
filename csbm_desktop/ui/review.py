"""The review side of the main window: workflow actions, comments, history, administration.

One thin handler per user action: it asks what it must (a reason, a comment), submits one
service call through the runner, and refreshes the window. The services decide what is allowed;
the menus only mirror that so nobody is offered an action that would be refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLineEdit, QMessageBox

from csbm_desktop.ui.views.home import status_label

if TYPE_CHECKING:
    from csbm_desktop.ui.main_window import MainWindow
    from csbm_desktop.ui.views.review_panel import ReviewPanel

WORKFLOW = ("submit", "request_changes", "resume", "approve", "finalize", "transmit", "revert")


# Errors listed when a drafter submits a report that has some; the check step has them all.
_LISTED_ERRORS = 12


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._panel: ReviewPanel | None = None  # built with the first report (see `panel`)
        self.dock = QDockWidget()
        self.dock.setObjectName("ReviewDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.help_dock, self.dock)
        window.help_dock.raise_()

        self.workflow: dict[str, QAction] = {}
        for name in WORKFLOW:
            action = QAction(window)
            action.triggered.connect(lambda _c=False, n=name: self.transition(n))
            self.workflow[name] = action
        self.act_history = self._action(self.history, "Ctrl+H")
        self.act_comment = self._action(self.comment_on_focus, "Ctrl+Alt+M")
        self.act_relax = self._action(self.relax)
        self.act_users = self._action(self.users)
        self.act_audit = self._action(self.audit)
        self.act_password = self._action(self.change_password)
        self.act_sign_out = self._action(window.sign_out)
        self.act_export = self._action(self.export, "Ctrl+Shift+E")
        self.act_verify = self._action(self.verify)
        self.act_send_review = self._action(lambda: self.send_bundle(comments=False))
        self.act_send_comments = self._action(lambda: self.send_bundle(comments=True))
        self.act_import_bundle = self._action(self.import_bundle, "Ctrl+Shift+I")
        self.act_panel = self.dock.toggleViewAction()

        menu = window.menu_report
        menu.addSeparator()
        for name in WORKFLOW:
            menu.addAction(self.workflow[name])
        menu.addSeparator()
        for action in (self.act_comment, self.act_history, self.act_relax):
            menu.addAction(action)
        window.menu_view.insertAction(window.act_help, self.act_panel)
        self.menu_admin = window.menu_file.addMenu("")
        window.menu_file.insertMenu(window.act_quit, self.menu_admin)
        for action in (self.act_users, self.act_audit, window.act_install_form):
            self.menu_admin.addAction(action)
        window.menu_file.insertAction(window.act_export, self.act_export)
        window.menu_file.insertAction(window.act_import, self.act_verify)
        # Exports and Verify, then what comes in: JSON, workbook (added beside it later), bundles.
        window.menu_file.insertSeparator(window.act_import)
        self.menu_bundles = window.menu_file.addMenu("")
        items = window.menu_file.actions()
        window.menu_file.insertMenu(items[items.index(window.act_import) + 1], self.menu_bundles)
        for action in (self.act_send_review, self.act_send_comments, self.act_import_bundle):
            self.menu_bundles.addAction(action)
        window.menu_file.insertAction(window.act_quit, self.act_password)
        window.menu_file.insertAction(window.act_quit, self.act_sign_out)
        window.menu_file.insertSeparator(window.act_quit)
        self.retranslate()

    @property
    def panel(self) -> ReviewPanel:
        """The panel, built on first use: its widgets cost PySide a first-use set-up that the
        window's first appearance should not wait for."""
        if self._panel is None:
            from csbm_desktop.ui.views.review_panel import ReviewPanel

            panel = ReviewPanel()
            panel.comment_requested.connect(self.comment_on_focus)
            panel.reply_requested.connect(self.reply)
            panel.resolve_requested.connect(self.resolve)
            panel.decide_requested.connect(self.decide)
            panel.jump_requested.connect(self.jump)
            self.dock.setWidget(panel)
            self._panel = panel
        return self._panel

    def _action(self, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(self.w)
        action.triggered.connect(lambda _c=False: slot())
        if shortcut:
            action.setShortcut(shortcut)
        return action

    def retranslate(self) -> None:
        texts = {
            "submit": self.tr("S&ubmit for review…"),
            "request_changes": self.tr("Request chan&ges"),
            "resume": self.tr("Resume &drafting"),
            "approve": self.tr("&Approve"),
            "finalize": self.tr("&Finalise (lock)"),
            "transmit": self.tr("Record &transmission…"),
            "revert": self.tr("&Revert to draft…"),
        }
        for name, text in texts.items():
            self.workflow[name].setText(text)
        self.act_history.setText(self.tr("&History and differences…"))
        self.act_comment.setText(self.tr("Co&mment on this field…"))
        self.act_relax.setText(self.tr("Re&lax separation of duties…"))
        self.act_users.setText(self.tr("&Users…"))
        self.act_audit.setText(self.tr("Audit &trail…"))
        self.act_password.setText(self.tr("Change &password…"))
        self.act_sign_out.setText(self.tr("Sign &out"))
        self.act_export.setText(self.tr("E&xport PDF and workbook…"))
        self.act_verify.setText(self.tr("&Verify a signed file…"))
        self.menu_bundles.setTitle(self.tr("Review &bundles"))
        self.act_send_review.setText(self.tr("Send for &review (bundle)…"))
        self.act_send_comments.setText(self.tr("Send &comments back (bundle)…"))
        self.act_import_bundle.setText(self.tr("&Import a bundle…"))
        self.menu_admin.setTitle(self.tr("Ad&ministration"))
        self.dock.setWindowTitle(self.tr("Review"))
        self.act_panel.setText(self.tr("&Review panel"))
        if self._panel is not None:  # built with the first report; worded then
            self._panel.retranslate()

    # --- state ---

    def update_actions(self) -> None:
        w = self.w
        actor, session = w.actor, w.session
        allowed: set[str] = set()
        if actor and session:
            from csbm_desktop.domain.workflow import available  # not needed before sign-in

            allowed = set(available(session.report.status, actor))
        for name, action in self.workflow.items():
            action.setEnabled(name in allowed)
        admin = actor is not None and actor.has("administrator")
        self.act_users.setEnabled(admin)
        self.act_audit.setEnabled(admin)
        self.act_relax.setEnabled(admin and session is not None)
        self.act_history.setEnabled(session is not None)
        self.act_comment.setEnabled(session is not None)
        self.act_password.setEnabled(actor is not None)
        self.act_sign_out.setEnabled(actor is not None)
        self.act_export.setEnabled(session is not None)
        commenter = actor is not None and bool(
            {"drafter", "reviewer", "authorising_officer"} & actor.roles
        )
        self.act_send_review.setEnabled(
            session is not None and actor is not None and actor.has("drafter")
        )
        self.act_send_comments.setEnabled(session is not None and commenter)
        self.act_import_bundle.setEnabled(commenter)

    def _review(self) -> Any:
        from csbm_desktop.services.review import ReviewService

        assert self.w.workspace is not None
        assert self.w.actor is not None
        return ReviewService(self.w.workspace, self.w.actor)

    def refresh(self) -> None:
        """Reload the open report's comments into the panel and the step badges."""
        w = self.w
        session = w.session
        if session is None or w.actor is None:
            if self._panel is None:
                return
            self.panel.set_comments([], None, None, w.lang, "", frozenset(), "")  # type: ignore[arg-type]
            return
        review, report_id = self._review(), session.report.id
        actor, lang = w.actor, w.lang

        def load() -> Any:
            return review.comments(report_id), review.separation_relaxed(report_id)

        def loaded(result: Any) -> None:
            if w.session is None:
                return
            comments, relaxed = result
            status = self.tr("Status: %1").replace("%1", status_label(w.session.report.status))
            if relaxed:
                status += "\n" + self.tr("Separation of duties relaxed by %1: %2").replace(
                    "%1", relaxed[0]
                ).replace("%2", relaxed[1])
            self.panel.step_of = w.editor.step_of if w.editor else None
            self.panel.current_step = w.editor.current_step() if w.editor else ""
            self.panel.set_comments(
                comments, w.session.report, w.session.spec, lang, actor.name, actor.roles, status
            )
            if w.editor is not None:
                w.editor.set_comment_counts(comments)

        w.runner.submit(load, loaded, w._failed)

    # --- workflow ---

    def transition(self, action: str) -> None:
        w = self.w
        if w.session is None:
            return
        reason = ""
        details: dict[str, str] = {}
        if action == "submit":
            if not self._submit_despite_errors():
                return
            reason, ok = QInputDialog.getText(
                w,
                self.tr("Submit for review"),
                self.tr("A note for the reviewers (optional):"),
                QLineEdit.EchoMode.Normal,
                "",
            )
            if not ok:
                return
        elif action == "revert":
            reason, ok = QInputDialog.getMultiLineText(
                w,
                self.tr("Revert to draft"),
                self.tr("Why must this report be changed again? The reason is recorded."),
                "",
            )
            if not ok or not reason.strip():
                return
        elif action == "transmit":
            from csbm_desktop.ui.dialogs.transmission import TransmissionDialog

            dialog = TransmissionDialog(w)
            if dialog.exec() != TransmissionDialog.DialogCode.Accepted:
                return
            details = dialog.details()
        elif action in ("approve", "finalize"):
            question = (
                self.tr("Approve this report? It then goes to the authorising officer.")
                if action == "approve"
                else self.tr("Finalise this report? It is locked against any change.")
            )
            if QMessageBox.question(w, "CSBM Desktop", question) != QMessageBox.StandardButton.Yes:
                return
        session = w.session
        if not session.flush_and_wait():
            return
        review, report_id = self._review(), session.report.id

        def done(status: str) -> None:
            w.statusBar().showMessage(
                self.tr("The report is now: %1").replace("%1", status_label(status)), 10000
            )
            w.open_report(report_id)

        w.runner.submit(
            lambda: review.transition(report_id, action, reason, **details), done, w._failed
        )

    def _submit_despite_errors(self) -> bool:
        """A report with errors goes to review only if the drafter says so, having seen them."""
        from csbm_desktop.domain.messages import locate, render

        session = self.w.session
        assert session is not None
        errors = [p for p in session.problems() if p.severity == "error"]
        if not errors:
            return True
        spec, lang, report = session.spec, session.lang, session.report
        shown = errors[:_LISTED_ERRORS]
        lines = [
            f"• {locate(p.path, spec, lang, report, with_measure=True)}: "
            f"{render(p.code, p.params, lang)}"
            for p in shown
        ]
        if len(errors) > len(shown):
            lines.append(self.tr("… and %n more.", "", len(errors) - len(shown)))
        box = QMessageBox(self.w)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Submit for review"))
        box.setText(
            self.tr(
                "This report still has %n error(s). Submit it for review anyway?", "", len(errors)
            )
        )
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- comments ---

    def comment_on_focus(self) -> None:
        w = self.w
        if w.session is None or w.editor is None or w.actor is None:
            return
        anchor = w.editor.current_anchor()
        self._write(anchor, reply_to=None)

    def reply(self, thread_uid: str) -> None:
        thread = next((c for c in self.panel.comments if c.uid == thread_uid), None)
        if thread is not None:
            self._write(thread.anchor, reply_to=thread_uid)

    def _write(self, anchor: str, reply_to: str | None) -> None:
        from csbm_desktop.domain.messages import locate

        w = self.w
        assert w.session is not None
        assert w.actor is not None
        report, spec = w.session.report, w.session.spec
        where = locate(anchor, spec, w.lang, report, with_measure=True)
        current = _current_value(anchor, report)
        from csbm_desktop.ui.views.review_panel import CommentDialog

        dialog = CommentDialog(
            where,
            anchor,
            spec,
            w.lang,
            can_suggest=reply_to is None and w.actor.has("reviewer"),
            current=current,
            parent=w,
        )
        if dialog.exec() != CommentDialog.DialogCode.Accepted:
            return
        suggest, value = dialog.suggestion()
        text = dialog.text.toPlainText()
        review, report_id = self._review(), report.id
        w.session.flush_and_wait()
        w.runner.submit(
            lambda: review.comment(
                report_id, anchor, text, suggest=suggest, suggestion=value, reply_to=reply_to
            ),
            lambda _c: self.refresh(),
            w._failed,
        )

    def resolve(self, uid: str, reopen: bool) -> None:
        w = self.w
        if w.session is None:
            return
        review, report_id = self._review(), w.session.report.id
        w.runner.submit(
            lambda: review.resolve(report_id, uid, reopen), lambda _r: self.refresh(), w._failed
        )

    def decide(self, uid: str, accept: bool) -> None:
        w = self.w
        session = w.session
        if session is None or not session.flush_and_wait():
            return
        review, report_id = self._review(), session.report.id

        def done(_r: object) -> None:
            if w.session is not None:
                w.session.reload()  # an accepted suggestion changed the report
            self.refresh()

        w.runner.submit(lambda: review.decide_suggestion(report_id, uid, accept), done, w._failed)

    def jump(self, anchor: str) -> None:
        if self.w.editor is not None:
            self.w.editor.jump_to(anchor)

    # --- history, administration ---

    def history(self) -> None:
        from csbm_desktop.ui.dialogs.history import HistoryDialog

        w = self.w
        session = w.session
        if session is None or w.service is None or w.actor is None:
            return
        session.flush_and_wait()
        can_restore = session.editable and w.actor.has("drafter")
        dialog = HistoryDialog(w.service, session.report.id, session.spec, w.lang, can_restore, w)
        dialog.restore_requested.connect(self._restore)
        dialog.exec()

    def _restore(self, number: int) -> None:
        w = self.w
        if w.session is None or w.service is None:
            return
        service, report_id = w.service, w.session.report.id
        w.runner.submit(
            lambda: service.restore_revision(report_id, number),
            lambda _r: w.open_report(report_id),
            w._failed,
        )

    def relax(self) -> None:
        w = self.w
        if w.session is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            w,
            self.tr("Relax separation of duties"),
            self.tr(
                "Allow someone who edited this report to approve it (for example, an office "
                "of two). Why? The reason is recorded and shown on the report."
            ),
            "",
        )
        if not ok or not reason.strip():
            return
        review, report_id = self._review(), w.session.report.id
        w.runner.submit(
            lambda: review.relax_separation(report_id, reason), lambda _r: self.refresh(), w._failed
        )

    def users(self) -> None:
        from csbm_desktop.ui.dialogs.users import UsersDialog

        w = self.w
        if w.accounts is not None and w.actor is not None:
            UsersDialog(w.accounts, w.actor, w.lang, w).exec()

    def audit(self) -> None:
        from csbm_desktop.services.audit_trail import AuditTrailService
        from csbm_desktop.services.integrity import check_database
        from csbm_desktop.ui.dialogs.audit_trail import AuditTrailDialog

        w = self.w
        if w.workspace is None or w.actor is None:
            return
        ws = w.workspace
        report_id = w.session.report.id if w.session else None
        people = {u.name: u.display_name for u in w.accounts.users()} if w.accounts else {}
        AuditTrailDialog(
            AuditTrailService(ws, w.actor),
            lambda: check_database(ws),
            w.lang,
            report_id,
            w,
            people=people,
            spec=w.session.spec if w.session else ws.form(),
        ).exec()

    def export(self) -> None:
        from csbm_desktop.ui.dialogs.export import ExportDialog

        w = self.w
        if w.session is None or w.actor is None or not w.session.flush_and_wait():
            return
        can_sign = bool({"authorising_officer", "clerk"} & w.actor.roles)
        ExportDialog(w, w.session.report, can_sign).exec()

    def send_bundle(self, comments: bool) -> None:
        from csbm_desktop.ui.dialogs.bundle import BundleExportDialog

        w = self.w
        if w.session is None or w.actor is None or not w.session.flush_and_wait():
            return
        BundleExportDialog(w, w.session.report, comments).exec()

    def import_bundle(self) -> None:
        from csbm_desktop.ui.dialogs.bundle import BundleImportDialog

        if self.w.actor is not None:
            BundleImportDialog(self.w).exec()

    def verify(self) -> None:
        from csbm_desktop.ui.dialogs.export import VerifyDialog

        VerifyDialog(self.w, self.w.lang).exec()

    def change_password(self) -> None:
        from csbm_desktop.domain.errors import CsbmError

        w = self.w
        if w.accounts is None or w.actor is None:
            return
        old, ok = QInputDialog.getText(
            w, self.tr("Change password"), self.tr("Current password:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        new, ok = QInputDialog.getText(
            w, self.tr("Change password"), self.tr("New password:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            w,
            self.tr("Change password"),
            self.tr("New password again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if new != again:
            QMessageBox.warning(w, self.tr("Change password"), self.tr("The two passwords differ."))
            return
        try:
            w.accounts.change_password(w.actor, old, new)
        except CsbmError as exc:
            QMessageBox.warning(w, self.tr("Change password"), exc.message(w.lang))
            return
        w.statusBar().showMessage(self.tr("Password changed."), 8000)


def _current_value(anchor: str, report: Any) -> Any:
    parts = anchor.split(".")
    if parts[0] == "header" and len(parts) == 2:
        return report.header.get(parts[1])
    if parts[0] == "answers" and len(parts) == 2:
        return report.answers.get(parts[1])
    if parts[0] == "activities" and len(parts) == 3:
        try:
            return report.activity(parts[1]).values.get(parts[2])
        except KeyError:
            return None
    return None
