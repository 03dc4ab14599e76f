"""Reporting periods and deadlines."""

from __future__ import annotations

from datetime import date

# OAS resolutions ask for the report before 15 April of the year after the period.
OAS_DEADLINE_MONTH_DAY = (4, 15)


def default_reporting_year(today: date) -> int:
    """A report normally covers the previous calendar year."""
    return today.year - 1


def period_of(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def oas_deadline(year: int) -> date:
    month, day = OAS_DEADLINE_MONTH_DAY
    return date(year + 1, month, day)


def days_to_deadline(year: int, today: date) -> int:
    """Negative once the deadline has passed."""
    return (oas_deadline(year) - today).days
