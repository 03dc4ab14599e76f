"""Home: a welcome page on an empty database, otherwise the list of reports."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain import period
from csbm_desktop.ui.formatting import format_date, format_datetime
from csbm_desktop.ui.widgets import record_table

if TYPE_CHECKING:  # types only: the home page is built before the form types are loaded
    from csbm_desktop.domain.form import FormSpec
    from csbm_desktop.domain.report import ReportSummary

STATUS_CODES = ("draft", "in_review", "changes_requested", "approved", "final", "transmitted")


def status_label(status: str) -> str:
    """A report's status in words in the interface language, as a heading ("In review")."""
    from PySide6.QtCore import QLocale

    from csbm_desktop.domain.messages import status_word

    word = status_word(status, QLocale().name()[:2])  # the language i18n.install set
    return word[:1].upper() + word[1:]


def deadline_reminders(lang: str, today: date) -> str:
    """One line: this season's OAS deadline (its last day), then the related UN deadlines."""
    from PySide6.QtCore import QCoreApplication

    from csbm_desktop.domain.messages import render

    year = period.default_reporting_year(today)
    dates = [("deadline.oas", period.oas_deadline(year))]
    dates += [(f"deadline.{code}", when) for code, when in period.related_deadlines(year)]
    items = " · ".join(
        f"{render(code, {}, lang)}: {format_date(lang, when)}" for code, when in dates
    )
    lead = QCoreApplication.translate("ReportsPage", "Deadlines for the %1 reports").replace(
        "%1", str(year)
    )
    return f"{lead} — {items}"


class WelcomePage(QWidget):
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.title.setFont(font)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.new_button = QPushButton()
        self.demo_button = QPushButton()
        for button in (self.new_button, self.demo_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(280)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        # The introduction wraps at a comfortable line length (about 70 characters) within
        # whatever room the docks leave, never running under them.
        self.title.setWordWrap(True)
        self.text.setMaximumWidth(self.text.fontMetrics().averageCharWidth() * 90)
        intro = QHBoxLayout()
        intro.addStretch(1)
        intro.addWidget(self.text, 100)
        intro.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(self.title)
        box.addLayout(intro)
        box.addSpacing(24)
        for button in (self.new_button, self.demo_button):
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(button)
            row.addStretch()
            box.addLayout(row)
        box.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to CSBM Desktop"))
        self.text.setText(
            self.tr(
                "Prepare your country's annual report to the OAS on confidence- and "
                "security-building measures, step by step through the seven characteristics. "
                "Everything stays on this computer."
            )
        )
        self.new_button.setText(self.tr("&New report…"))
        self.demo_button.setText(self.tr("Open a &demo report"))
        self.new_button.setAccessibleName(self.tr("New report"))
        self.demo_button.setAccessibleName(self.tr("Open a demo report"))


class ReportsPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int)

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.table = record_table(self.COLUMNS)
        self.table.itemActivated.connect(lambda _item: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        # The OAS deadline of this season's reports, with the related UN ones as reminders.
        self.deadlines = QLabel(wordWrap=True)
        self.deadlines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table)
        box.addWidget(self.deadlines)
        box.addLayout(buttons)
        self._rows: list[tuple[ReportSummary, float]] = []
        self._spec: FormSpec | None = None
        self._lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Complete"),
                self.tr("OAS deadline"),
                self.tr("Last edited"),
            ]
        )
        self.table.setAccessibleName(self.tr("Reports"))
        self.new_button.setText(self.tr("&New report…"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete…"))
        if self._spec is not None:
            self.set_reports(self._rows, self._spec, self._lang)

    def set_reports(
        self,
        rows: list[tuple[ReportSummary, float]],
        spec: FormSpec,
        lang: str,
        today: date | None = None,
    ) -> None:
        today = today or date.today()
        self._rows, self._spec, self._lang = rows, spec, lang
        self.deadlines.setText(deadline_reminders(lang, today))
        locale = QLocale(lang)
        selected = self.selected_id()
        self.table.setRowCount(len(rows))
        for r, (s, complete) in enumerate(rows):
            state = spec.state(s.state)
            days = period.days_to_deadline(s.year, today)
            deadline = format_date(lang, period.oas_deadline(s.year))
            if s.status in ("final", "transmitted"):
                due = deadline
            elif days >= 0:
                due = self.tr("%1 (in %n day(s))", "", days).replace("%1", deadline)
            else:
                due = self.tr("%1 (%n day(s) late)", "", -days).replace("%1", deadline)
            edited = format_datetime(lang, s.updated_at)
            cells = [
                f"{state.name.get(lang) if state else s.state} ({s.state})",
                str(s.year),
                status_label(s.status),
                locale.toString(round(complete * 100)) + " %",
                due,
                f"{edited} — {s.updated_by}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 4 and days < 0 and s.status not in ("final", "transmitted"):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        if rows:
            ids = [s.id for s, _ in rows]
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_summary(self) -> ReportSummary | None:
        rid = self.selected_id()
        return next((s for s, _ in self._rows if s.id == rid), None)

    def _update_buttons(self) -> None:
        summary = self.selected_summary()
        self.open_button.setEnabled(summary is not None)
        self.delete_button.setEnabled(summary is not None and summary.status == "draft")

    def _open(self) -> None:
        rid = self.selected_id()
        if rid is not None:
            self.open_requested.emit(rid)

    def _delete(self) -> None:
        rid = self.selected_id()
        if rid is not None:
            self.delete_requested.emit(rid)


class HomePage(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage()
        self.reports = ReportsPage()
        self.addWidget(self.welcome)
        self.addWidget(self.reports)

    def show_reports(
        self, rows: list[tuple[ReportSummary, float]], spec: FormSpec, lang: str
    ) -> None:
        self.reports.set_reports(rows, spec, lang)
        self.setCurrentWidget(self.reports if rows else self.welcome)

    def retranslate(self) -> None:
        self.welcome.retranslate()
        self.reports.retranslate()
