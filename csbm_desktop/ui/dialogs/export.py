"""Exporting (with a preview and signatures) and verifying exported files."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.sensitive import is_public
from csbm_desktop.ui.geometry import resize_within_screen
from csbm_desktop.ui.main_window import LANGUAGE_NAMES


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    step = Signal(str, int)


def _file_row(
    parent: QWidget, caption: str, filters: str, save: bool = False, folder: bool = False
) -> tuple[QWidget, QLineEdit]:
    row = QWidget(parent)
    edit = QLineEdit(row)
    button = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"), row)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    box.addWidget(button)

    def browse() -> None:
        if folder:
            chosen = QFileDialog.getExistingDirectory(parent, caption, edit.text())
        elif save:
            chosen, _ = QFileDialog.getSaveFileName(parent, caption, edit.text(), filters)
        else:
            chosen, _ = QFileDialog.getOpenFileName(parent, caption, edit.text(), filters)
        if chosen:
            edit.setText(chosen)

    button.clicked.connect(browse)
    edit.setAccessibleName(caption)
    return row, edit


class PdfPreview(QDialog):
    """The PDF exactly as it will be exported (unsigned), inside the application."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument  # lazy: QtPdf is only needed here
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(self.tr("Preview"))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Preview"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("%n page(s)", "", self.document.pageCount())))
        box.addWidget(view, 1)
        box.addWidget(buttons)
        resize_within_screen(self, 820, 900)


class ExportDialog(QDialog):
    def __init__(self, window: Any, report: Any, can_sign: bool) -> None:
        super().__init__(window)
        self.w = window
        self.report = report
        final = report.status in ("final", "transmitted")
        self.setWindowTitle(self.tr("Export the report"))
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "A final report is exported signed. Any other report leaves as a "
                "review copy marked DRAFT, unsigned."
            )
            if not final
            else self.tr(
                "The report is final: sign the PDF as the preparer and then as "
                "the authorising officer."
            )
        )
        self.lang = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(
            max(0, self.lang.findData(report.header.get("language") or window.lang))
        )
        self.want_pdf = QCheckBox(self.tr("&PDF"))
        self.want_xlsx = QCheckBox(self.tr("&Workbook (Excel)"))
        self.want_package = QCheckBox(self.tr("&Transmission package (.zip)"))
        for check in (self.want_pdf, self.want_xlsx, self.want_package):
            check.setChecked(True)
        # A report marked public leaves answers to sensitive questions out of its files unless
        # the officer, having had them cleared, includes them (a restricted one keeps them).
        self.include_sensitive = QCheckBox(self.tr("Include sensitive &answers (cleared)"))
        self.include_sensitive.setToolTip(
            self.tr(
                "This report is marked public: answers to the questions marked sensitive are "
                "left out of the files unless you include them, once they have been cleared."
            )
        )
        self.include_sensitive.setVisible(is_public(report))
        folder_row, self.folder = _file_row(self, self.tr("Folder"), "", folder=True)
        self.folder.setText(str(Path.home()))

        sign_box = QGroupBox(self.tr("Signatures"))
        self.no_sign = QRadioButton(self.tr("&Unsigned"))
        self.p12 = QRadioButton(self.tr("Certificate f&iles (.p12, .pfx)"))
        self.token = QRadioButton(self.tr("Smart &card (PKCS#11)"))
        group = QButtonGroup(self)
        for b in (self.no_sign, self.p12, self.token):
            group.addButton(b)
        # A final report is exported to be sent: signing is the expected case.
        (self.p12 if final and can_sign else self.no_sign).setChecked(True)
        p12_filter = self.tr("Certificates (*.p12 *.pfx)")
        prep_row, self.preparer_p12 = _file_row(self, self.tr("Preparer's certificate"), p12_filter)
        off_row, self.officer_p12 = _file_row(
            self, self.tr("Authorising officer's certificate"), p12_filter
        )
        lib_row, self.lib = _file_row(
            self, self.tr("PKCS#11 library"), self.tr("Libraries (*.so *.dll *.dylib)")
        )
        self.token_label = QLineEdit()
        self.key_label = QLineEdit()
        self.token_label.setAccessibleName(self.tr("Token label"))
        self.key_label.setAccessibleName(self.tr("Key label"))
        form = QFormLayout(sign_box)
        form.addRow(self.no_sign)
        form.addRow(self.p12)
        form.addRow(self.tr("Preparer:"), prep_row)
        form.addRow(self.tr("Authorising officer:"), off_row)
        form.addRow(self.token)
        form.addRow(self.tr("Library:"), lib_row)
        form.addRow(self.tr("Token:"), self.token_label)
        form.addRow(self.tr("Key:"), self.key_label)
        sign_box.setEnabled(final and can_sign)
        ltv_box = self._long_term_box()
        ltv_box.setEnabled(final and can_sign)

        self.progress = QProgressBar()
        self.progress.hide()
        self.outcome = QPlainTextEdit(readOnly=True)
        self.outcome.hide()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.clicked.connect(self.preview)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.hide()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("&Language:"), self.lang)
        top.addRow(self.tr("Files:"), self.want_pdf)
        top.addRow("", self.want_xlsx)
        top.addRow("", self.want_package)
        top.addRow("", self.include_sensitive)
        top.addRow(self.tr("&Folder:"), folder_row)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(top)
        box.addWidget(sign_box)
        box.addWidget(ltv_box)
        box.addWidget(self.progress)
        box.addWidget(self.outcome)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.open_folder)
        row.addStretch()
        row.addWidget(self.buttons)
        box.addLayout(row)
        self._progress = _Progress(self)
        self._progress.step.connect(lambda _s, pct: self.progress.setValue(pct))

    def _long_term_box(self) -> QGroupBox:
        """Long-term validation (PAdES B-LT, B-T, B-LTA): the CA, the CRL files carried in, the
        ministry's time-stamp authority. All optional; the CRLs need the CA."""
        ltv_box = QGroupBox(self.tr("Long-term validation (optional)"))
        ca_row, self.trust_ca = _file_row(
            self, self.tr("CA certificate"), self.tr("Certificates (*.pem *.crt *.cer *.der)")
        )
        crl_row = QWidget(ltv_box)
        self.crls = QLineEdit(crl_row)
        self.crls.setAccessibleName(self.tr("Revocation lists (CRL files)"))
        self.crls.setToolTip(self.tr("Several files are separated by ;"))
        add = QPushButton(self.tr("Add…"), crl_row)
        line = QHBoxLayout(crl_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.crls, 1)
        line.addWidget(add)

        def add_crls() -> None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Revocation lists (CRL files)"), "", self.tr("CRLs (*.crl *.pem)")
            )
            if chosen:
                self.crls.setText("; ".join(p for p in [self.crls.text().strip(), *chosen] if p))

        add.clicked.connect(add_crls)
        self.tsa_url = QLineEdit()
        self.tsa_url.setAccessibleName(self.tr("Time-stamp authority (URL)"))
        self.tsa_url.setPlaceholderText("http://tsa.mod.example/tsr")
        form = QFormLayout(ltv_box)
        form.addRow(self.tr("CA certificate:"), ca_row)
        form.addRow(self.tr("Revocation lists:"), crl_row)
        form.addRow(self.tr("Time-stamp authority:"), self.tsa_url)
        return ltv_box

    def _service(self) -> Any:
        from csbm_desktop.services.exports import ExportService

        return ExportService(self.w.workspace, self.w.actor)

    def preview(self) -> None:
        service, report_id, lang = self._service(), self.report.id, self.lang.currentData()
        target = Path(tempfile.mkdtemp(prefix="csbm-preview-")) / "preview.pdf"
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.w.runner.submit(
            lambda: service.preview_pdf(report_id, lang, target), self._show_preview, self._failed
        )

    def _show_preview(self, path: Path) -> None:
        self.unsetCursor()
        PdfPreview(path, self).exec()

    def signers(self) -> list[tuple[Any, str]] | None:
        """The chosen keys with their secrets, asked for now (never stored); None: cancelled."""
        from csbm_desktop.export.signing import SignerSpec

        chosen: list[tuple[Any, str]] = []
        if self.p12.isChecked():
            for edit, who in (
                (self.preparer_p12, self.tr("the preparer")),
                (self.officer_p12, self.tr("the authorising officer")),
            ):
                if not edit.text().strip():
                    continue
                secret, ok = QInputDialog.getText(
                    self,
                    self.tr("Passphrase"),
                    self.tr("Passphrase of the certificate of %1:").replace("%1", who),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return None
                chosen.append((SignerSpec(kind="p12", p12_path=Path(edit.text().strip())), secret))
        elif self.token.isChecked():
            pin, ok = QInputDialog.getText(
                self, self.tr("PIN"), self.tr("PIN of the card:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            chosen.append(
                (
                    SignerSpec(
                        kind="pkcs11",
                        lib=Path(self.lib.text().strip()),
                        token_label=self.token_label.text().strip(),
                        key_label=self.key_label.text().strip(),
                    ),
                    pin,
                )
            )
        return chosen

    def export(self) -> None:
        from csbm_desktop.services.exports import ExportRequest

        signers = self.signers()
        if signers is None:
            return
        folder = Path(self.folder.text().strip() or ".")
        lang = self.lang.currentData()
        base = f"csbm-{self.report.state}-{self.report.year}-{lang}"
        targets = {
            kind: folder / f"{base}.{kind}" if box.isChecked() else None
            for kind, box in (
                ("pdf", self.want_pdf),
                ("xlsx", self.want_xlsx),
                ("zip", self.want_package),
            )
        }
        existing = [str(p) for p in targets.values() if p is not None and p.exists()]
        if existing and (
            QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("These files exist already. Replace them?") + "\n\n" + "\n".join(existing),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        reason = ""
        paths = [self.preparer_p12.text().strip(), self.officer_p12.text().strip()]
        if self.p12.isChecked() and paths[0] and paths[0] == paths[1]:
            reason, ok = QInputDialog.getText(
                self,
                self.windowTitle(),
                self.tr(
                    "The same certificate would sign as the preparer and as the authorising "
                    "officer. Why? (recorded in the audit trail)"
                ),
            )
            if not ok:
                return
        request = ExportRequest(
            lang=lang,
            pdf=targets["pdf"],
            xlsx=targets["xlsx"],
            package=targets["zip"],
            signers=signers,
            same_signer_reason=reason,
            ui_lang=self.w.lang,
            crls=[Path(p.strip()) for p in self.crls.text().split(";") if p.strip()],
            trust=[Path(self.trust_ca.text().strip())] if self.trust_ca.text().strip() else [],
            tsa_url=self.tsa_url.text().strip() or None,
            include_sensitive=not self.include_sensitive.isHidden()
            and self.include_sensitive.isChecked(),
        )
        service, report_id, progress = self._service(), self.report.id, self._progress
        self.progress.setValue(0)
        self.progress.show()
        self.buttons.setEnabled(False)
        self.w.runner.submit(
            lambda: service.export(report_id, request, progress.step.emit), self._done, self._failed
        )

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.progress.setValue(100)
        lines = [self.tr("Exported:")] + [f"  {p}" for p in result.files]
        lines.append(
            self.tr("Document %1, content SHA-256 %2")
            .replace("%1", result.document_id)
            .replace("%2", result.content_sha256)
        )
        if result.signed:
            lines += [self.tr("Signed by %1").replace("%1", s["name"]) for s in result.signers]
        lines += result.warnings  # a certificate that is not the signatory the report names
        self.outcome.setPlainText("\n".join(lines))
        self.outcome.show()
        self.open_folder.show()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.buttons.setEnabled(True)
        self.progress.hide()
        message = (
            exc.message(self.w.lang)
            if isinstance(exc, CsbmError)
            else f"{type(exc).__name__}: {exc}"
        )
        QMessageBox.warning(self, self.windowTitle(), message)


class VerifyDialog(QDialog):
    """Check the signatures of a PDF, a package, or a workbook with its .p7s."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Verify a signed file"))
        file_row, self.file = _file_row(
            self, self.tr("File"), self.tr("Signed files (*.pdf *.zip *.xlsx *.p7s)")
        )
        trust_row, self.trust = _file_row(
            self, self.tr("Trusted authority"), self.tr("Certificates (*.pem *.crt *.cer *.der)")
        )
        self.verdict = QLabel(wordWrap=True)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setAccessibleName(self.tr("Findings"))
        verify = QPushButton(self.tr("&Verify"))
        verify.setDefault(True)
        verify.clicked.connect(self.run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Trust:"), trust_row)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(verify)
        box.addWidget(self.verdict)
        box.addWidget(self.details, 1)
        box.addWidget(buttons)
        self.resize(640, 420)

    def run(self) -> None:
        from csbm_desktop.services.exports import verify_file

        trust = [Path(self.trust.text().strip())] if self.trust.text().strip() else []
        try:
            verdict = verify_file(Path(self.file.text().strip()), trust, self.lang)
        except CsbmError as exc:
            self.verdict.setText(exc.message(self.lang))
            return
        except Exception as exc:  # a malformed file must not crash the dialog
            self.verdict.setText(f"{type(exc).__name__}: {exc}")
            return
        self.verdict.setText(
            self.tr("Valid and trusted.")
            if verdict.ok
            else self.tr("NOT verified: see the findings below.")
        )
        self.verdict.setStyleSheet(
            "font-weight: bold; color: %s;" % ("#1b7f3b" if verdict.ok else "#b3261e")
        )
        self.details.setPlainText("\n".join(verdict.lines))
