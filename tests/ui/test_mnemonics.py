"""Menus and dialogs can be worked from the keyboard in every language: each menu item has a
mnemonic (Alt and a letter), and no two items of a menu, nor two controls of a dialog, share a
letter (the key would only cycle between them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui import i18n
from csbm_desktop.ui.main_window import LANGUAGE_NAMES, MainWindow
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.tasks import SyncRunner
from tests.ui.app_driver import App, demo_report


def _clashes(menu_title: str, actions: list[QAction]) -> list[str]:
    found: list[str] = []
    letters: dict[str, str] = {}
    for action in actions:
        if action.isSeparator():
            continue
        text = action.text()
        if action.menu() is not None:
            found += _clashes(text, action.menu().actions())
        if text in LANGUAGE_NAMES.values():
            continue  # each language is named in itself, in a menu of four
        match = re.search(r"&([^&])", text)
        if match is None:
            found.append(f"{menu_title}: {text!r} has no mnemonic")
            continue
        letter = match.group(1).casefold()
        if letter in letters:
            found.append(f"{menu_title}: {letters[letter]!r} and {text!r} share &{letter}")
        letters[letter] = text
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_mnemonics_are_unique(qtbot, tmp_path: Path, lang: str) -> None:
    i18n.install(lang)
    window = MainWindow(tmp_path / "r.sqlite3", Settings(tmp_path / "s.ini"), lang, SyncRunner())
    qtbot.addWidget(window)
    window._complete()  # the menus of the review, backup and import controllers too
    assert _clashes("menu bar", window.menuBar().actions()) == []


def _dialog_clashes(dialog: QDialog) -> list[str]:
    """Controls reached with Alt and a letter: buttons, check boxes, radio buttons, checkable
    groups, and the labels that lead to a field."""
    letters: dict[str, str] = {}
    found: list[str] = []
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [g.title() for g in dialog.findChildren(QGroupBox) if g.isCheckable()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for text in texts:
        match = re.search(r"&([^&])", text)
        if match is None:
            continue
        letter = match.group(1).casefold()
        if letter in letters:
            found.append(
                f"{type(dialog).__name__}: {letters[letter]!r} and {text!r} share &{letter}"
            )
        letters[letter] = text
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dialog_mnemonics_are_unique(qtbot, tmp_path: Path, lang: str) -> None:
    from csbm_desktop.ui.dialogs.bundle import BundleExportDialog, BundleImportDialog
    from csbm_desktop.ui.dialogs.export import ExportDialog, VerifyDialog
    from csbm_desktop.ui.dialogs.new_report import NewReportDialog
    from csbm_desktop.ui.dialogs.transmission import TransmissionDialog

    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "s.ini", lang=lang)
    window = app.window
    window.open_report(report.id)
    app.wait_open()
    opened = window.session.report
    reports = window.service.list_reports()
    dialogs = [
        NewReportDialog(window.session.spec, lang, reports, opened.state, parent=window),
        ExportDialog(window, opened, True),
        VerifyDialog(window, lang),
        TransmissionDialog(window),
        BundleExportDialog(window, opened, False),
        BundleImportDialog(window),
    ]
    found = [clash for dialog in dialogs for clash in _dialog_clashes(dialog)]
    for dialog in dialogs:
        dialog.deleteLater()
    app.close()
    assert found == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_buttons_do_not_take_a_menus_letter(qtbot, tmp_path: Path, lang: str) -> None:
    """Alt+A must open the report in Spanish and Portuguese, not the Archivo/Arquivo menu."""
    i18n.install(lang)
    window = MainWindow(tmp_path / "r.sqlite3", Settings(tmp_path / "s.ini"), lang, SyncRunner())
    qtbot.addWidget(window)
    window._complete()
    menus = [a.text() for a in window.menuBar().actions() if not a.isSeparator()]
    found: list[str] = []
    for page in (window.home.welcome, window.home.reports):  # one shows at a time
        texts = menus + [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        found += _letter_clashes(texts)
    assert found == []


def _letter_clashes(texts: list[str]) -> list[str]:
    found: list[str] = []
    letters: dict[str, str] = {}
    for text in texts:
        match = re.search(r"&([^&])", text)
        if match is None:
            continue
        letter = match.group(1).casefold()
        if letter in letters:
            found.append(f"{letters[letter]!r} and {text!r} share &{letter}")
        letters[letter] = text
    return found
