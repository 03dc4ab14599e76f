"""File › Import workbook…: one service call on the runner; the window only reports the outcome.

Accepted, the new draft opens (notes, such as attachment names left behind, go to the status
bar). Refused, the problems are listed (`ImportProblemsDialog`); for a generic table the user may
then say how to read its columns (`ColumnMappingDialog`) and try again. A table that does not say
whose report it is asks for the state and year. Each new attempt keeps the answers given so far;
a refused attempt wrote nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFormLayout

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.import_problems import ImportRefused, errors

if TYPE_CHECKING:
    from csbm_desktop.ui.main_window import MainWindow

_ASK_WHOSE = {"xlsx.state_needed", "xlsx.year_needed"}


@dataclass(frozen=True)
class Attempt:
    path: Path
    state: str | None = None
    year: int | None = None
    mapping: dict[str, str] = field(default_factory=dict)


class WorkbookImportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.act_import = QAction(window)
        self.act_import.triggered.connect(lambda _c=False: self.choose_file())
        menu = window.menu_file
        actions = menu.actions()
        after = actions.index(window.act_import) + 1  # beside the JSON import
        if after < len(actions):
            menu.insertAction(actions[after], self.act_import)
        else:
            menu.addAction(self.act_import)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("Import &workbook…"))

    def update_actions(self) -> None:
        self.act_import.setEnabled(self.w.service is not None)

    def choose_file(self) -> None:
        if self.w.workspace is None or self.w.actor is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            self.tr("Import workbook"),
            "",
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.run(Attempt(Path(path)))

    def run(self, attempt: Attempt) -> None:
        w = self.w
        if w.workspace is None or w.actor is None:
            return
        from csbm_desktop.services.workbook_import import import_workbook

        ws, actor = w.workspace, w.actor
        w.statusBar().showMessage(self.tr("Reading %1…").replace("%1", attempt.path.name))
        w.runner.submit(
            lambda: import_workbook(
                ws,
                actor,
                attempt.path,
                state=attempt.state,
                year=attempt.year,
                mapping=attempt.mapping,
            ),
            self._imported,
            lambda exc: self._refused(exc, attempt),
        )

    def _imported(self, result: Any) -> None:
        w = self.w
        count = len(result.report.activities)
        message = self.tr("Workbook imported as a new draft: %1 activities.").replace(
            "%1", str(count)
        )
        for note in result.problems:
            message += " " + note.message(w.lang)
        w.open_report(result.report_id)
        w.statusBar().showMessage(message, 20000)

    def _refused(self, exc: BaseException, attempt: Attempt) -> None:
        w = self.w
        w.statusBar().clearMessage()
        if isinstance(exc, CsbmError) and exc.code == "xlsx.no_table":
            self._map(attempt)  # no heading row recognised: let the user say which is which
            return
        if not isinstance(exc, ImportRefused):
            w._failed(exc)
            return
        codes = {p.code for p in errors(exc.problems)}
        if codes and codes <= _ASK_WHOSE:
            self._ask_whose(attempt)
            return
        from csbm_desktop.ui.dialogs.import_problems import ImportProblemsDialog

        dialog = ImportProblemsDialog(
            exc.problems, attempt.path.name, w.lang, can_map=exc.mappable, parent=w
        )
        dialog.exec()
        if dialog.map_requested:
            self._map(attempt)

    def _ask_whose(self, attempt: Attempt) -> None:
        """State and year for a table that does not give them: the new-report dialog, with no
        report to copy from."""
        w = self.w
        if w.workspace is None:
            return
        from csbm_desktop.ui.dialogs.new_report import NewReportDialog

        dialog = NewReportDialog(w.workspace.form(), w.lang, [], parent=w)
        dialog.setWindowTitle(self.tr("Whose report is this workbook?"))
        box = dialog.layout()
        item = box.itemAt(0) if box is not None else None
        form = item.layout() if item is not None else None
        if isinstance(form, QFormLayout):  # nothing to copy forward from: no such rows
            form.setRowVisible(dialog.copy, False)
            form.setRowVisible(dialog.source, False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        if dialog.exec() != NewReportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self.run(replace(attempt, state=choice.state, year=choice.year))

    def _map(self, attempt: Attempt) -> None:
        w = self.w
        if w.workspace is None:
            return
        from csbm_desktop.services.workbook_import import workbook_columns

        ws = w.workspace
        w.runner.submit(
            lambda: workbook_columns(ws, attempt.path, attempt.mapping),
            lambda columns: self._show_mapping(columns, attempt),
            w._failed,
        )

    def _show_mapping(self, columns: Any, attempt: Attempt) -> None:
        w = self.w
        if w.workspace is None:
            return
        if columns is None:
            w.statusBar().showMessage(
                self.tr("%1 has no row of column headings to map.").replace(
                    "%1", attempt.path.name
                ),
                15000,
            )
            return
        from csbm_desktop.services.workbook_import import column_choices
        from csbm_desktop.ui.dialogs.column_mapping import ColumnMappingDialog

        dialog = ColumnMappingDialog(
            columns.sheet,
            columns.row,
            [(c.heading, c.key) for c in columns.columns],
            column_choices(w.workspace, w.lang),
            parent=w,
        )
        if dialog.exec() == ColumnMappingDialog.DialogCode.Accepted:
            self.run(replace(attempt, mapping=dialog.mapping()))
