"""Dates and times in the interface language's conventions (Qt's locale data)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def format_date(lang: str, value: date, fmt: QLocale.FormatType = SHORT) -> str:
    return QLocale(lang).toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(lang: str, value: datetime) -> str:
    """A stored (UTC) timestamp, shown in the computer's time zone."""
    local = value.astimezone()
    qdt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale(lang).toString(qdt, SHORT)


def format_time(lang: str, value: time) -> str:
    return QLocale(lang).toString(QTime(value.hour, value.minute, value.second), SHORT)
