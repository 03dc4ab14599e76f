"""Why a workbook was not imported: every problem, with the sheet, row and column to fix.

Nothing was written; the user fixes the file in the spreadsheet program and imports it again.
The list can be copied (tab-separated) to send to whoever filled in the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.import_problems import RowProblem, errors
from csbm_desktop.ui.geometry import resize_within_screen


class ImportProblemsDialog(QDialog):
    def __init__(
        self,
        problems: Sequence[RowProblem],
        filename: str,
        lang: str,
        can_map: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.map_requested = False
        self.setWindowTitle(self.tr("Workbook not imported"))
        resize_within_screen(self, 860, 420)
        # Errors first (they are what stops the import), then the notes, each in sheet order.
        self.problems = sorted(problems, key=lambda p: (p.severity != "error", p.sheet, p.row))
        count = len(errors(problems))
        self.summary = QLabel(wordWrap=True)
        self.summary.setText(
            self.tr(
                "Nothing was imported from %1: it has %n problem(s). Fix them in the workbook "
                "and import it again.",
                "",
                count,
            ).replace("%1", filename)
        )

        self.table = QTableWidget(len(self.problems), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        for col in range(3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        note = self.tr("Note: ")
        for r, p in enumerate(self.problems):
            text = p.message(lang)
            if p.severity != "error":
                text = note + text  # not a reason for the refusal, but worth knowing
            cells = [p.sheet, str(p.row) if p.row else "", p.column, text]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        self.map_button = self.buttons.addButton(
            self.tr("&Map columns…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.map_button.setVisible(can_map)  # only a generic table's columns can be mapped
        self.map_button.clicked.connect(self._map)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table)
        box.addWidget(self.buttons)

    def as_text(self) -> str:
        """The list as tab-separated lines, the way a spreadsheet pastes it."""
        lines = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.table.columnCount())]
            lines.append("\t".join(item.text() if item else "" for item in items))
        return "\n".join(lines)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.as_text())

    def _map(self) -> None:
        self.map_requested = True
        self.accept()
