"""New report: state, year, and whether to copy forward from an earlier report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain import period
from csbm_desktop.domain.checks import MIN_YEAR
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import ReportSummary
from csbm_desktop.ui.formatting import LONG, format_date
from csbm_desktop.ui.type_ahead import CODE_ROLE, TypeAheadCombo, sorted_states, state_entry
from csbm_desktop.ui.widgets import NumberBox


@dataclass(frozen=True)
class NewReportChoice:
    state: str
    year: int
    copy_from: int | None


class NewReportDialog(QDialog):
    def __init__(
        self,
        spec: FormSpec,
        lang: str,
        reports: list[ReportSummary],
        default_state: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or date.today()
        self._lang = lang
        self._reports = reports
        self.setWindowTitle(self.tr("New report"))
        states = QStandardItemModel(self)
        for s in sorted_states(spec.states, lang):
            states.appendRow(state_entry(s, lang, f"{s.name.get(lang)} ({s.iso3})"))
        # Typed text selects the state it names (in any language, accents or not, or its ISO
        # code); nothing is created for a state the user did not choose.
        self.state = TypeAheadCombo(states)
        self.state.setCurrentIndex(-1)
        self._just_placed = False
        self.state_problem = QLabel(wordWrap=True)
        self.state_problem.setStyleSheet("color: #c62828;")
        self.state_problem.hide()
        self.year = NumberBox()
        self.year.setRange(MIN_YEAR, today.year)
        self.year_problem = QLabel(wordWrap=True)
        self.year_problem.setStyleSheet("color: #c62828;")
        self.year_problem.hide()
        self.year.out_of_range.connect(self._year_refused)
        self.year.setValue(period.default_reporting_year(today))
        self.deadline = QLabel()
        self.copy = QCheckBox(self.tr("&Copy forward from an earlier report"))
        self.source = QComboBox()
        self.state.setAccessibleName(self.tr("Reporting state"))
        self.year.setAccessibleName(self.tr("Reporting year"))
        self.source.setAccessibleName(self.tr("Report to copy from"))

        form = QFormLayout()
        form.addRow(self.tr("&State:"), self.state)
        form.addRow("", self.state_problem)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow("", self.year_problem)
        form.addRow("", self.deadline)
        form.addRow(self.copy)
        form.addRow(self.tr("&From:"), self.source)
        self.hint = QLabel(wordWrap=True)
        self.hint.setText(
            self.tr(
                "Copying brings last year's contacts, measure statuses, answers and activities. "
                "Every copied activity keeps its old dates, so the check lists each one until you "
                "have reviewed it."
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(self.buttons)

        self.state.currentIndexChanged.connect(self._state_typed)
        line = self.state.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda _t: self._refresh())
        self.state.text_taken.connect(self._text_placed)
        self.year.valueChanged.connect(self._refresh)
        self.year.valueChanged.connect(self.year_problem.hide)
        self.copy.toggled.connect(self._refresh)
        if default_state:
            i = self.state.findData(default_state)
            if i >= 0:
                self.state.setCurrentIndex(i)
        self._refresh()
        self.copy.setChecked(self.source.count() > 0)

    def _year_refused(self, typed: int) -> None:
        self.year_problem.setText(
            self.tr("There can be no report for %1: enter a year from %2 to %3.")
            .replace("%1", str(typed))
            .replace("%2", str(self.year.minimum()))
            .replace("%3", str(self.year.maximum()))
        )
        self.year_problem.show()

    def _placed_seen(self) -> None:
        self._just_placed = False

    def chosen_state(self) -> str | None:
        """The state chosen, only while the box shows it (not text typed over it)."""
        row = self.state.currentIndex()
        if row < 0 or self.state.currentText() != self.state.itemText(row):
            return None
        code = self.state.itemData(row, CODE_ROLE)
        return code if isinstance(code, str) else None

    def _text_placed(self) -> None:
        self._just_placed = True
        QTimer.singleShot(0, self._placed_seen)
        self._state_typed()

    def _state_typed(self) -> None:
        unmatched = self.state.unmatched_text
        self.state_problem.setText(
            self.tr(
                "No single state matches “%1”: type more of its name, or pick it from the list."
            ).replace("%1", unmatched)
            if unmatched
            else ""
        )
        self.state_problem.setVisible(bool(unmatched))
        self._refresh()

    def accept(self) -> None:
        # Enter straight after typing: the text was placed by this same key press; show the
        # state it named and let the user press Create again, rather than create at once.
        if self._just_placed or self.chosen_state() is None:
            self.state.take_typed_text()
            if self.chosen_state() is None:
                self.state.setFocus()
            return
        super().accept()

    def _refresh(self) -> None:
        state = self.chosen_state()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(state is not None)
        year = self.year.value()
        self.deadline.setText(
            self.tr("OAS deadline: %1").replace(
                "%1", format_date(self._lang, period.oas_deadline(year), LONG)
            )
        )
        current = self.source.currentData()
        self.source.clear()
        for r in sorted(self._reports, key=lambda r: -r.year):
            if r.state == state and r.year < year:
                self.source.addItem(f"{r.year} — #{r.id} ({r.activity_count})", r.id)
        if current is not None and self.source.findData(current) >= 0:
            self.source.setCurrentIndex(self.source.findData(current))
        has_source = self.source.count() > 0
        self.copy.setEnabled(has_source)
        if not has_source:
            self.copy.setChecked(False)
        self.source.setEnabled(self.copy.isChecked())
        self.hint.setVisible(self.copy.isChecked())

    def choice(self) -> NewReportChoice:
        state = self.chosen_state()
        if state is None:
            raise ValueError("no state chosen")  # accept() lets no dialog close without one
        copy_from = self.source.currentData() if self.copy.isChecked() else None
        return NewReportChoice(state, self.year.value(), copy_from)
