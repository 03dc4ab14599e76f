"""Help › User guide: a short guide in the interface language, built into the application.

The guide is data (resources/guide/<lang>.html, one file per language) shown in a QTextBrowser,
so that a translator edits HTML rather than code and the guide works offline.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.paths import data_dir
from csbm_desktop.ui.geometry import resize_within_screen


def guide_html(lang: str) -> str:
    """The guide in `lang` (English when there is none in it)."""
    folder = data_dir("resources") / "guide"
    path = folder / f"{lang if lang in LANGUAGES else 'en'}.html"
    return path.read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: no link leaves the application
        self.browser.setHtml(guide_html(lang))
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        resize_within_screen(self, 760, 700)  # fits a 1366 × 768 laptop with room to spare
