"""File › Administration › Install form version…: administrators only; a broken file is refused
with every problem in the details and nothing installed; a good one becomes the current form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtWidgets import QFileDialog, QMessageBox

from csbm_desktop.formspec.form_file import form_file_text
from csbm_desktop.paths import forms_dir
from csbm_desktop.services.workspace import Workspace
from tests.ui.app_driver import App


def _form_file(tmp_path: Path, version: str) -> Path:
    data = yaml.safe_load(form_file_text(forms_dir() / "oas-csbm"))
    data["form"]["version"] = version
    path = tmp_path / f"form-{version}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_install_form_version_from_the_menu(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "r.sqlite3"
    drafter = App(qtbot, db, tmp_path / "s.ini")
    assert not drafter.window.act_install_form.isEnabled()  # not an administrator
    drafter.close()

    app = App(qtbot, db, tmp_path / "s2.ini", user="root")
    assert app.window.act_install_form.isEnabled()
    assert app.window.act_install_form in app.window.review.menu_admin.actions()
    shown: list[tuple[str, str]] = []

    def details(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", details)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append((a[2], "")))

    broken = _form_file(tmp_path, "2009.1")  # already installed: refused
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    app.window.act_install_form.trigger()
    app.idle()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text, detail = shown.pop()
    assert "was not installed" in text
    assert "version 2009.1 is already installed" in detail

    good = _form_file(tmp_path, "2026.1")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    app.window.act_install_form.trigger()
    app.idle()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "2026.1" in shown.pop()[0]
    app.close()

    ws = Workspace(db, auto_backups=False)
    try:
        assert ws.current_version() == "2026.1"
    finally:
        ws.close()
