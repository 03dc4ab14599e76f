"""File › Administration › Install form version…: one thin action over `services.forms`.

The administrator picks a form file; the service checks it whole. A refusal lists every problem
(in a dialog's details, as many as there are); a success names the version now current.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from csbm_desktop.ui.main_window import MainWindow


def install_form_version(window: MainWindow) -> None:
    if window.workspace is None or window.actor is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FormInstall", "Install form version"),
        "",
        QCoreApplication.translate("FormInstall", "Form files (*.yaml *.yml)"),
    )
    if not path:
        return
    from csbm_desktop.services.forms import FormRefused, install_form

    ws, actor = window.workspace, window.actor

    def done(result: object) -> None:
        version = getattr(result, "version", "")
        QMessageBox.information(
            window,
            QCoreApplication.translate("FormInstall", "Install form version"),
            QCoreApplication.translate(
                "FormInstall",
                "Form version %1 is installed: new reports use it, started ones keep theirs.",
            ).replace("%1", str(version)),
        )

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, FormRefused):
            window._failed(exc)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("FormInstall", "Install form version"),
            exc.message(window.lang),
            parent=window,
        )
        box.setDetailedText("\n".join(str(p) for p in exc.problems))
        box.exec()

    window.runner.submit(lambda: install_form(ws, actor, Path(path)), done, failed)
