"""Every menu can be worked from the keyboard in every language: each item has a mnemonic (Alt
and a letter), and no two items of one menu share a letter (the key would only cycle between
them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui import i18n
from csbm_desktop.ui.main_window import LANGUAGE_NAMES, MainWindow
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.tasks import SyncRunner


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
