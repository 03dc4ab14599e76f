"""Telling the import how to read a table's columns: one choice per heading.

Each heading starts at what the import recognised it as ("—" for a column it ignores); the user
corrects what is wrong, and the choices travel with the next attempt as the mapping
(`csbm import-xlsx --map` in the window).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

IGNORE = "ignore"  # the import's key for a column to skip


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        sheet: str,
        row: int,
        headings: Sequence[tuple[str, str | None]],
        choices: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read the columns as…"))
        self.resize(560, 480)
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "Headings of sheet “%1”, row %2. Say what each column holds; a column left at "
                "“—” is not read. A measure column is needed."
            )
            .replace("%1", sheet)
            .replace("%2", str(row))
        )
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for heading, key in headings:
            combo = QComboBox()
            for choice, text in choices:
                combo.addItem(text, choice)
            combo.setCurrentIndex(max(combo.findData(key or IGNORE), 0))
            combo.setAccessibleName(heading)
            form.addRow(heading, combo)
            self.combos[heading] = combo
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(scroll)
        box.addWidget(self.buttons)

    def mapping(self) -> dict[str, str]:
        """Heading → what it holds, for every heading (explicit: the import need not guess)."""
        return {heading: str(combo.currentData()) for heading, combo in self.combos.items()}
