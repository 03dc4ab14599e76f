"""New report: state, year, and whether to copy forward from an earlier report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain import period
from csbm_desktop.domain.checks import MIN_YEAR
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import ReportSummary
from csbm_desktop.ui.formatting import LONG, format_date


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
        self.state = QComboBox()
        self.state.setEditable(True)
        self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for s in sorted(spec.states, key=lambda s: s.name.get(lang)):
            self.state.addItem(f"{s.name.get(lang)} ({s.iso3})", s.iso3)
        completer = self.state.completer()
        assert completer is not None  # editable combos have one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, today.year)
        self.year.setValue(period.default_reporting_year(today))
        self.deadline = QLabel()
        self.copy = QCheckBox(self.tr("&Copy forward from an earlier report"))
        self.source = QComboBox()
        self.state.setAccessibleName(self.tr("Reporting state"))
        self.year.setAccessibleName(self.tr("Reporting year"))
        self.source.setAccessibleName(self.tr("Report to copy from"))

        form = QFormLayout()
        form.addRow(self.tr("&State:"), self.state)
        form.addRow(self.tr("&Year:"), self.year)
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

        self.state.currentIndexChanged.connect(self._refresh)
        self.year.valueChanged.connect(self._refresh)
        self.copy.toggled.connect(self._refresh)
        if default_state:
            i = self.state.findData(default_state)
            if i >= 0:
                self.state.setCurrentIndex(i)
        self._refresh()
        self.copy.setChecked(self.source.count() > 0)

    def _refresh(self) -> None:

        state = self.state.currentData()
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
        copy_from = self.source.currentData() if self.copy.isChecked() else None
        return NewReportChoice(self.state.currentData(), self.year.value(), copy_from)
