"""Help › User guide (issue 13): a short guide in each of the four languages, built in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.ui.dialogs.user_guide import UserGuideDialog, guide_html
from tests.ui.app_driver import App, answering_dialog

HEADINGS = {
    "en": "user guide",
    "es": "guía del usuario",
    "fr": "guide de l'utilisateur",
    "pt": "guia do usuário",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_exists_in_each_language_and_fits_a_laptop(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog = UserGuideDialog(lang)
    qtbot.addWidget(dialog)
    dialog.resize(760, 700)  # its own size on a 1366 × 768 screen (offscreen screens are smaller)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert HEADINGS[lang] in text
    assert len(text) > 1500  # a guide, not a stub
    assert "Tab" in text  # it teaches the keyboard
    assert dialog.width() <= 1366
    assert dialog.height() <= 768
    assert dialog.browser.horizontalScrollBar().maximum() == 0  # wrapped, never wider
    others = [HEADINGS[other] for other in LANGUAGES if other not in (lang, "en")]
    assert not any(h in text for h in others)


def test_the_help_menu_opens_the_guide_in_the_interface_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = App(qtbot, tmp_path / "reports.sqlite3", tmp_path / "settings.ini", lang="pt")
    assert app.window.act_guide in app.window.menu_help.actions()
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, UserGuideDialog), dialog
        seen.append(dialog.browser.toPlainText())
        dialog.reject()

    with answering_dialog(qtbot, read):
        app.window.act_guide.trigger()
    assert HEADINGS["pt"] in seen[0]
    assert guide_html("xx") == guide_html("en")
    app.close()
