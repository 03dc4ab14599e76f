"""Typed dates: what the user types is read exactly, or refused with a reason; never guessed.

A QDateEdit cannot hold "no date yet" and fills the sections the user has not typed from its
current date, so typing into an empty one stored today's day or a year of 2020 without a word. A
date field is therefore a line edit read by `read_date` (the locale's day/month/year order, or ISO
yyyy-mm-dd), with a calendar popup beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QWidget

ISO = "yyyy-MM-dd"
_ISO_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DIGITS = re.compile(r"\d+")
# Years a report can mention; anything else is a typing slip.
_YEARS = (1900, 9999)


class DateState(Enum):
    EMPTY = "empty"
    VALID = "valid"
    PARTIAL = "partial"  # not yet a whole date: a part is missing or the year is short
    IMPOSSIBLE = "impossible"  # all parts given, but no such day (31/02/2026, month 13)


@dataclass(frozen=True)
class DateReading:
    state: DateState
    date: QDate | None = None

    @property
    def iso(self) -> str | None:
        return self.date.toString(ISO) if self.date is not None else None


def date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year: "yy" would make 2025 ambiguous."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def part_order(locale: QLocale) -> str:
    """The order of day, month and year in the locale's dates, e.g. "dmy" or "mdy"."""
    fmt = date_format(locale)
    return "".join(sorted("dmy", key=lambda p: fmt.find("M" if p == "m" else p)))


def read_date(text: str, locale: QLocale) -> DateReading:
    """Read `text` as a whole date in the locale's order (any separators, or eight digits
    run together) or as ISO yyyy-mm-dd; say why it is not one otherwise."""
    text = text.strip()
    if not text:
        return DateReading(DateState.EMPTY)
    iso = _ISO_TEXT.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _checked(year, month, day)
    order = part_order(locale)
    parts = _DIGITS.findall(text)
    if len(parts) == 1 and len(parts[0]) == 8:  # 16112026: two digits each for day and month
        digits, parts = parts[0], []
        for part in order:
            size = 4 if part == "y" else 2
            parts.append(digits[:size])
            digits = digits[size:]
    if len(parts) != 3 or re.search(r"[^\d\s./-]", text):
        return DateReading(DateState.PARTIAL)
    by_part = dict(zip(order, parts, strict=True))
    if len(by_part["y"]) != 4 or len(by_part["d"]) > 2 or len(by_part["m"]) > 2:
        return DateReading(DateState.PARTIAL)
    return _checked(int(by_part["y"]), int(by_part["m"]), int(by_part["d"]))


def _checked(year: int, month: int, day: int) -> DateReading:
    date = QDate(year, month, day)
    if not date.isValid() or not _YEARS[0] <= year <= _YEARS[1]:
        return DateReading(DateState.IMPOSSIBLE)
    return DateReading(DateState.VALID, date)


class CalendarPopup(QCalendarWidget):
    """A month calendar in a popup window: Enter, a click or a double-click picks the day."""

    picked = Signal(QDate)

    def __init__(self, locale: QLocale, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setLocale(locale)
        self.setGridVisible(False)
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def open_at(self, anchor: QWidget, selected: QDate) -> None:
        """Show below `anchor`, on the month of `selected` with that day selected."""
        self.setSelectedDate(selected)
        self.setCurrentPage(selected.year(), selected.month())
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)
