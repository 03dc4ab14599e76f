"""Recording how and when the final report was sent to the OAS."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.ui.widgets import show_example

CHANNELS = ("pouch", "email", "portal", "other")


class TransmissionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(self.tr("Record transmission"))
        intro = QLabel(
            self.tr(
                "Record how and when the final report was sent to the OAS. The "
                "record goes into the report's history and the audit trail."
            ),
            wordWrap=True,
        )
        self.channel = QComboBox()
        self.channel.addItems(
            [
                self.tr("Diplomatic pouch"),
                self.tr("E-mail"),
                self.tr("OAS portal"),
                self.tr("Other"),
            ]
        )
        self.channel.setAccessibleName(self.tr("Channel"))
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.sent_on.setAccessibleName(self.tr("Date sent"))
        self.reference = QLineEdit()
        show_example(self.reference, self.tr("e.g. note verbale no. 123/2026"))
        self.reference.setAccessibleName(self.tr("Reference"))
        form = QFormLayout()
        form.addRow(self.tr("&Sent by:"), self.channel)
        form.addRow(self.tr("&Date:"), self.sent_on)
        form.addRow(self.tr("&Reference:"), self.reference)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(buttons)

    def details(self) -> dict[str, str]:
        when = self.sent_on.date()
        return {
            "channel": CHANNELS[self.channel.currentIndex()],
            "sent_on": date(when.year(), when.month(), when.day()).isoformat(),
            "reference": self.reference.text().strip(),
        }
