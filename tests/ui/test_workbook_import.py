"""File › Import workbook…: the new draft opens; a refused workbook lists its problems; a table
that does not say whose report it is asks for the state and year."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from csbm_desktop.domain.import_problems import problem, warning
from csbm_desktop.ui.dialogs.column_mapping import ColumnMappingDialog
from csbm_desktop.ui.dialogs.import_problems import ImportProblemsDialog
from csbm_desktop.ui.dialogs.new_report import NewReportDialog
from csbm_desktop.ui.workbook_import import Attempt
from tests.test_import_xlsx import TABLE
from tests.ui.app_driver import App, answering_dialog
from tests.workbook_files import table_workbook


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "reports.sqlite3", tmp_path / "settings.ini"


def test_problems_dialog_lists_errors_first_and_copies(qtbot) -> None:
    problems = [
        warning("Actividades", 1, "Notas", "xlsx.column_ignored"),
        problem("Actividades", 7, "Fecha", "xlsx.date_invalid", value="ayer"),
        problem("Actividades", 3, "Medida", "xlsx.measure_unknown", value="77"),
    ]
    dialog = ImportProblemsDialog(problems, "informe.xlsx", "es")
    qtbot.addWidget(dialog)
    assert "informe.xlsx" in dialog.summary.text()
    assert "2" in dialog.summary.text()  # errors, not notes
    rows = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert [r[:3] for r in rows] == [
        ["Actividades", "3", "Medida"],
        ["Actividades", "7", "Fecha"],
        ["Actividades", "1", "Notas"],
    ]
    assert rows[1][3].startswith("«ayer» no es una fecha")
    assert rows[2][3].startswith("Note: ")
    dialog.copy_button.click()
    assert QApplication.clipboard().text().splitlines()[0].split("\t")[:3] == [
        "Actividades",
        "3",
        "Medida",
    ]


def test_import_opens_the_new_draft(qtbot, paths, tmp_path: Path) -> None:
    app = App(qtbot, *paths)
    window = app.window
    action = window.workbook_import.act_import
    assert action in window.menu_file.actions()
    assert action.isEnabled()
    assert action.text() == "Import &workbook…"
    window.workbook_import.run(Attempt(table_workbook(tmp_path / "oas.xlsx", TABLE)))
    app.wait_open()
    report = window.session.report
    assert (report.state, report.year, len(report.activities)) == ("PER", 2025, 3)
    assert "3 activities" in window.statusBar().currentMessage()
    app.close()


def test_refused_workbook_lists_its_problems(qtbot, paths, tmp_path: Path) -> None:
    app = App(qtbot, *paths)
    bad = [*TABLE[:5], [77, "Ejercicio", "mañana"]]
    seen: list[list[str]] = []
    kinds: list[type] = []

    def read(dialog: QWidget) -> None:
        # Recorded, then closed: an assertion failing here would leave the dialog open for good.
        kinds.append(type(dialog))
        if isinstance(dialog, ImportProblemsDialog):
            table = dialog.table
            seen.extend(
                [table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())
            )
        dialog.close()

    with answering_dialog(qtbot, read):
        app.window.workbook_import.run(Attempt(table_workbook(tmp_path / "bad.xlsx", bad)))
    assert kinds == [ImportProblemsDialog]
    assert [r[1:3] for r in seen[:2]] == [["6", "N.º de medida"], ["6", "Fecha de inicio"]]
    assert app.window.session is None  # nothing opened: nothing was imported
    app.close()


def test_asks_whose_report_a_table_is(qtbot, paths, tmp_path: Path) -> None:
    app = App(qtbot, *paths)

    shown: list[object] = []

    def choose(dialog: QWidget) -> None:
        shown.append(dialog)
        if not isinstance(dialog, NewReportDialog):
            dialog.close()
            return
        shown.append(dialog.copy.isVisible())
        dialog.state.setCurrentIndex(dialog.state.findData("CRI"))
        dialog.year.setValue(2024)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with answering_dialog(qtbot, choose):
        app.window.workbook_import.run(Attempt(table_workbook(tmp_path / "t.xlsx", TABLE[4:])))
    assert isinstance(shown[0], NewReportDialog)
    assert shown[1] is False  # no report to copy forward from: the row is hidden
    app.wait_open()
    report = app.window.session.report
    assert (report.state, report.year, len(report.activities)) == ("CRI", 2024, 3)
    app.close()


def _set(dialog: ColumnMappingDialog, heading: str, key: str) -> None:
    combo = dialog.combos[heading]
    combo.setCurrentIndex(combo.findData(key))


def test_columns_the_import_does_not_know_are_mapped(qtbot, paths, tmp_path: Path) -> None:
    """No heading recognised: the mapping step opens at once; the user says which is which."""
    app = App(qtbot, *paths)
    rows = [["Estado", "PAN"], ["Año", 2025], ["Número", "Evento", "Cuándo", "Notas"]]
    rows.append([4, "Ejercicio Panamax", "2025-08-04", "interno"])
    path = table_workbook(tmp_path / "own-headings.xlsx", rows)

    shown: list[object] = []

    def choose(dialog: QWidget) -> None:
        # Recorded, not asserted here: a failed assertion would leave the dialog open for good.
        shown.append(dialog)
        if isinstance(dialog, ColumnMappingDialog):
            shown.append({h: c.currentData() for h, c in dialog.combos.items()})
            _set(dialog, "Número", "measure")
            _set(dialog, "Evento", "title")
            _set(dialog, "Cuándo", "start_date")
            dialog.buttons.accepted.emit()
        else:
            dialog.close()

    with answering_dialog(qtbot, choose):
        app.window.workbook_import.run(Attempt(path))
    assert isinstance(shown[0], ColumnMappingDialog)
    # What was recognised is preselected ("Evento" is a usual name for the title).
    assert shown[1] == {
        "Número": "ignore",
        "Evento": "title",
        "Cuándo": "ignore",
        "Notas": "ignore",
    }
    app.wait_open()
    [activity] = app.window.session.report.activities
    assert activity.measure_id == "m04"
    assert activity.values == {"title": "Ejercicio Panamax", "start_date": "2025-08-04"}
    app.close()


@contextmanager
def answering_in_turn(qtbot, answers: list[Callable[[QWidget], None]]) -> Iterator[None]:
    """Answer the modal dialogs the block opens one after another, each with its function."""
    pending, seen = list(answers), []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog not in seen:
            seen.append(dialog)
            pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    yield
    qtbot.waitUntil(lambda: not pending, timeout=10000)


def test_refused_table_offers_the_mapping(qtbot, paths, tmp_path: Path) -> None:
    """Two columns read as the start date: refused; the user maps one to the end date."""
    app = App(qtbot, *paths)
    rows = [*TABLE[:4], ["Medida", "Evento", "Inicio", "Fecha"]]
    rows.append([4, "Ejercicio", "2025-08-04", "2025-08-15"])
    path = table_workbook(tmp_path / "t.xlsx", rows)

    shown: list[object] = []

    def ask_to_map(dialog: QWidget) -> None:
        shown.append(dialog)
        if isinstance(dialog, ImportProblemsDialog) and dialog.map_button.isVisible():
            dialog.map_button.click()
        else:
            dialog.close()

    def choose(dialog: QWidget) -> None:
        shown.append(dialog)
        if isinstance(dialog, ColumnMappingDialog):
            shown.append(dialog.combos["Fecha"].currentData())
            _set(dialog, "Evento", "title")
            _set(dialog, "Fecha", "end_date")
            dialog.buttons.accepted.emit()
        else:
            dialog.close()

    with answering_in_turn(qtbot, [ask_to_map, choose]):
        app.window.workbook_import.run(Attempt(path))
    assert isinstance(shown[0], ImportProblemsDialog)
    assert isinstance(shown[1], ColumnMappingDialog)
    assert shown[2] == "start_date"  # as it was read: the clash the user resolves
    app.wait_open()
    [activity] = app.window.session.report.activities
    assert activity.values == {
        "title": "Ejercicio",
        "start_date": "2025-08-04",
        "end_date": "2025-08-15",
    }
    app.close()
