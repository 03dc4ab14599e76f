"""Review bundles in the window: send a draft for review, send comments back, bring either in.

The dialogs only collect a file, an optional certificate and its passphrase, the recipients'
certificates (or the reason a restricted report goes unencrypted), and the recipient's key for
an encrypted bundle; the bundle service does the work on the runner and decides what is allowed
and what is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.ui.dialogs.export import _file_row
from csbm_desktop.ui.widgets import show_example

if TYPE_CHECKING:
    from csbm_desktop.services.bundles import BundleImport


def _error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, CsbmError):
        return exc.message(lang)
    from csbm_desktop.export.signing import SigningError

    if isinstance(exc, SigningError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def _recipients_row(parent: QWidget) -> tuple[QWidget, QLineEdit]:
    """A line of certificate files separated by ";", and a button that adds more."""
    row = QWidget(parent)
    edit = QLineEdit(row)
    button = QPushButton(QCoreApplication.translate("BundleExportDialog", "Add…"), row)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    box.addWidget(button)

    def add() -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("BundleExportDialog", "Recipients' certificates"),
            "",
            QCoreApplication.translate(
                "BundleExportDialog", "Certificates (*.pem *.crt *.cer *.der)"
            ),
        )
        if chosen:
            edit.setText("; ".join(_paths(edit.text()) + chosen))

    button.clicked.connect(add)
    edit.setAccessibleName(
        QCoreApplication.translate("BundleExportDialog", "Recipients' certificates")
    )
    return row, edit


def _paths(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


class BundleExportDialog(QDialog):
    """Where to write the bundle, whether to sign it with a certificate file, and whom to
    encrypt it to. A restricted report leaves unencrypted only with a reason (audited)."""

    def __init__(self, window: Any, report: Any, comments: bool) -> None:
        super().__init__(window)
        self.w, self.report, self.comments = window, report, comments
        self.setWindowTitle(
            self.tr("Send comments back") if comments else self.tr("Send for review")
        )
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "The comments and suggestions on this report go into one file for the "
                "drafter's computer."
            )
            if comments
            else self.tr(
                "The report, its attachments and its comments go into one file for a "
                "reviewer's computer. The working copy is saved as a revision first, so "
                "every comment says which revision it was made on."
            )
        )
        kind = "comments" if comments else "review"
        name = f"csbm-{report.state}-{report.year}-{kind}.csbmx"
        filters = self.tr("Review bundles (*.csbmx)")
        file_row, self.file = _file_row(self, self.tr("Bundle file"), filters, save=True)
        self.file.setText(str(Path.home() / name))
        self.unsigned = QRadioButton(self.tr("&Unsigned"))
        self.signed = QRadioButton(self.tr("&Signed with a certificate file (.p12, .pfx)"))
        group = QButtonGroup(self)
        group.addButton(self.unsigned)
        group.addButton(self.signed)
        self.unsigned.setChecked(True)
        p12_row, self.p12 = _file_row(
            self, self.tr("Certificate"), self.tr("Certificates (*.p12 *.pfx)")
        )
        self.p12.textChanged.connect(lambda text: self.signed.setChecked(bool(text.strip())))
        from csbm_desktop.services.bundles import is_restricted

        self.restricted = is_restricted(report)
        recipients_row, self.recipients = _recipients_row(self)
        show_example(
            self.recipients,
            self.tr("required for a restricted report, unless a reason is given")
            if self.restricted
            else self.tr("optional: the recipients' certificates (.pem, .cer)"),
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason to send it unencrypted"))
        show_example(self.reason, self.tr("recorded in the audit trail"))
        self.outcome = QPlainTextEdit(readOnly=True)
        self.outcome.setMinimumHeight(200)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write bundle"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.unsigned)
        form.addRow(self.signed)
        form.addRow(self.tr("Certificate:"), p12_row)
        form.addRow(self.tr("&Encrypt to:"), recipients_row)
        form.addRow(self.tr("&Reason to send it unencrypted:"), self.reason)
        # A public report may leave in the clear: no reason to ask for.
        form.setRowVisible(self.reason, self.restricted)
        self.form = form
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.outcome)
        box.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def write(self) -> None:
        from csbm_desktop.services import bundles

        target = Path(self.file.text().strip())
        if not target.name:
            return
        if target.suffix.lower() != bundles.SUFFIX:
            target = target.with_name(target.name + bundles.SUFFIX)
        spec = None
        secret = ""
        if self.signed.isChecked():
            from csbm_desktop.export.signing import SignerSpec

            secret, ok = QInputDialog.getText(
                self,
                self.tr("Passphrase"),
                self.tr("Passphrase of the certificate:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            spec = SignerSpec(kind="p12", p12_path=Path(self.p12.text().strip()))
        ws, actor, report_id = self.w.workspace, self.w.actor, self.report.id
        export = bundles.export_comments_bundle if self.comments else bundles.export_review_bundle
        sending = bundles.Sending(
            tuple(Path(p) for p in _paths(self.recipients.text())), self.reason.text()
        )

        def job() -> Any:
            from csbm_desktop.export import signing

            signer = signing.open_signer(spec, secret) if spec is not None else None
            try:
                return export(ws, actor, report_id, target, signer, sending=sending)
            finally:
                if signer is not None:
                    signing.close_signer(signer)

        self.buttons.setEnabled(False)
        self.w.runner.submit(job, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        lines = [
            self.tr("Written: %1").replace("%1", str(result.path)),
            self.tr("Revision %1, %n comment(s).", "", result.comments).replace(
                "%1", str(result.revision)
            ),
            self.tr("Signed by %1.").replace("%1", result.signed_by)
            if result.signed_by
            else self.tr("Unsigned."),
            self.tr("Encrypted to %1.").replace("%1", ", ".join(result.encrypted_to))
            if result.encrypted_to
            else self.tr("Not encrypted."),
        ]
        self.outcome.setPlainText("\n".join(lines))
        self.outcome.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.w.statusBar().showMessage(lines[0], 8000)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.outcome.setPlainText(_error_text(exc, self.w.lang))
        self.outcome.show()
        if isinstance(exc, CsbmError) and exc.code == "bundle.restricted_unencrypted":
            self.reason.setFocus()


class BundleImportDialog(QDialog):
    """Bring a bundle in, optionally checking its signature against a trusted CA, and say
    what arrived: new revisions, new comments, and comments made on an older revision with
    what changed in their field since."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.w = window
        self.result_: BundleImport | None = None
        self.setWindowTitle(self.tr("Import a review bundle"))
        file_row, self.file = _file_row(
            self, self.tr("Bundle file"), self.tr("Review bundles (*.csbmx)")
        )
        ca_row, self.ca = _file_row(
            self, self.tr("Trusted authority"), self.tr("Certificates (*.pem *.crt *.cer)")
        )
        show_example(
            self.ca, self.tr("optional: then only bundles signed under this CA are accepted")
        )
        # Asked for only when the chosen file is encrypted to its recipients.
        key_row, self.key = _file_row(self, self.tr("Your key"), self.tr("Key files (*.p12 *.pfx)"))
        self.key_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.key_passphrase.setAccessibleName(self.tr("Passphrase of your key"))
        self.file.textChanged.connect(self._show_key_rows)
        self.outcome = QPlainTextEdit(readOnly=True)
        self.outcome.setMinimumHeight(200)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.open_button = self.buttons.addButton(
            self.tr("&Open the report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_report)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Trust:"), ca_row)
        form.addRow(self.tr("Your &key (.p12):"), key_row)
        form.addRow(self.tr("&Passphrase:"), self.key_passphrase)
        self.key_rows = (key_row, self.key_passphrase)
        self.form = form
        self._set_key_rows(False)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.outcome)
        box.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def _set_key_rows(self, visible: bool) -> None:
        for widget in self.key_rows:
            self.form.setRowVisible(widget, visible)

    def _show_key_rows(self, text: str) -> None:
        from csbm_desktop.services.bundles import is_encrypted

        path = Path(text.strip())
        try:
            encrypted = bool(text.strip()) and path.is_file() and is_encrypted(path)
        except (CsbmError, OSError):
            encrypted = False  # the import says what is wrong with the file
        self._set_key_rows(encrypted)

    def run(self) -> None:
        from csbm_desktop.services.bundles import import_bundle

        path = Path(self.file.text().strip())
        if not self.file.text().strip():
            return
        trust = [Path(self.ca.text().strip())] if self.ca.text().strip() else []
        key_file = self.key.text().strip()
        secret = self.key_passphrase.text()
        if self.w.session is not None:
            self.w.session.flush_and_wait()  # the open report's edits go in before the bundle
        ws, actor = self.w.workspace, self.w.actor

        def job() -> BundleImport:
            key = None
            if key_file:
                from csbm_desktop.export.envelope import recipient_key_from_p12

                key = recipient_key_from_p12(Path(key_file), secret)
            return import_bundle(ws, actor, path, trust, key)

        self.ok.setEnabled(False)
        self.w.runner.submit(job, self._done, self._failed)

    def _done(self, result: BundleImport) -> None:
        self.result_ = result
        self.ok.setEnabled(True)
        self.outcome.setPlainText("\n".join(self.describe(result)))
        self.outcome.show()
        self.open_button.show()
        self.w.refresh_after_import(result.report_id)

    def describe(self, result: BundleImport) -> list[str]:
        sig = result.signature
        if sig is None:
            lines = [self.tr("The bundle is not signed: make sure it came from who you expect.")]
        elif sig.trusted:
            lines = [self.tr("Signed by %1 (trusted).").replace("%1", sig.signer)]
        else:
            lines = [
                self.tr(
                    "Signed by %1; the certificate was not checked against a trusted authority "
                    "(SHA-256 %2)."
                )
                .replace("%1", sig.signer)
                .replace("%2", sig.fingerprint_sha256)
            ]
        if not result.changed:
            lines.append(self.tr("Nothing new: this bundle was already imported."))
            return lines
        if result.report_created:
            lines.append(self.tr("The report was added to this database."))
        if result.new_revisions:
            lines.append(self.tr("%n new revision(s).", "", result.new_revisions))
        lines.append(self.tr("%n new comment(s).", "", result.new_comments))
        if result.new_comments:
            lines.append(
                self.tr("They are marked as from a bundle signed by %1.").replace("%1", sig.signer)
                if sig is not None
                else self.tr("They are marked as from an unsigned bundle.")
            )
        if result.unknown_authors:
            lines.append(
                self.tr("Authors with no account here: %1").replace(
                    "%1", ", ".join(result.unknown_authors)
                )
            )
        if result.pending_resolutions:
            lines.append(
                self.tr(
                    "%n resolution(s) claimed by the bundle wait for a reviewer here to confirm "
                    "them.",
                    "",
                    result.pending_resolutions,
                )
            )
        if result.updated_comments:
            lines.append(self.tr("%n comment(s) resolved or decided.", "", result.updated_comments))
        if result.stale:
            lines.append("")
            lines.append(
                self.tr("%n comment(s) were made on an older revision:", "", len(result.stale))
            )
            lines += self._stale_lines(result)
        return lines

    def _stale_lines(self, result: BundleImport) -> list[str]:
        from csbm_desktop.domain.diff import describe
        from csbm_desktop.domain.messages import locate
        from csbm_desktop.services.drafting import DraftingService

        drafting = DraftingService(self.w.workspace, self.w.actor)
        report = drafting.get(result.report_id)
        spec = drafting.form_of(report)
        lang = self.w.lang
        lines = []
        for stale in result.stale:
            old = drafting.revision(result.report_id, stale.revision)
            where = locate(stale.anchor, spec, lang, report)
            lines.append(
                self.tr("• %1 (revision %2)")
                .replace("%1", where)
                .replace("%2", str(stale.revision))
            )
            if not stale.changes:
                lines.append("    " + self.tr("unchanged since"))
            for change in stale.changes:
                place, before, after = describe(change, spec, lang, old, report)
                lines.append(f"    {place}: {before} → {after}")
        return lines

    def open_report(self) -> None:
        if self.result_ is not None:
            self.w.open_report(self.result_.report_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.outcome.setPlainText(_error_text(exc, self.w.lang))
        self.outcome.show()
        if isinstance(exc, CsbmError) and exc.code == "bundle.encrypted":
            self._set_key_rows(True)
            self.key.setFocus()
