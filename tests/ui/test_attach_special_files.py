"""Attaching a named pipe, a device or a folder to an activity: refused at once with a message
saying what it is, and nothing attached (a pipe used to freeze the window for good)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from csbm_desktop.ui.steps import MEASURES
from tests.test_special_files import deadline
from tests.ui.app_driver import App, answering_dialog, demo_report

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")


def test_attaching_a_pipe_a_device_or_a_folder_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "reports.sqlite3"
    report = demo_report(db)
    fifo = tmp_path / "acta.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "carpeta"
    folder.mkdir()
    app = App(qtbot, db, tmp_path / "s.ini", lang="es")
    try:
        app.window.open_report(report.id)
        app.wait_open()
        measures = app.window.editor.go_to(MEASURES)
        activity = report.activities[0]
        measures.select_measure(activity.measure_id)
        measures.select_activity(activity.uid)
        before = len(app.window.session.report.activity(activity.uid).attachments)
        for path, words in (
            (fifo, "no es un archivo común"),
            (Path("/dev/zero"), "no es un archivo común"),
            (folder, "es una carpeta"),
        ):
            said: list[str] = []

            def answer(box: object, said: list[str] = said) -> None:
                assert isinstance(box, QMessageBox)
                said.append(box.text())
                box.accept()

            with answering_dialog(qtbot, answer), deadline(fifo):
                measures.attach_file(path)
            assert len(said) == 1
            assert words in said[0]
            assert path.name in said[0]
        app.idle()
        assert len(app.window.session.report.activity(activity.uid).attachments) == before
    finally:
        app.close()
