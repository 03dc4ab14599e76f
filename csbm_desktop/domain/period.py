"""Reporting periods and deadlines.

A report's `year` is the last year its period covers: most reports cover one calendar year, some
states report on two-year periods (the period is then set in the report's header), and the OAS
deadline follows the period's last year.
"""

from __future__ import annotations

from datetime import date

# OAS resolutions ask for the report "prior to April 15" of the year after the period: the last
# day to send it is 14 April.
OAS_DEADLINE_MONTH_DAY = (4, 14)

# Related reports a ministry usually prepares in the same season: shown as reminders beside the
# OAS deadline (codes worded in messages.py as deadline.<code>).
RELATED_DEADLINES: tuple[tuple[str, tuple[int, int]], ...] = (
    ("un_milex", (4, 30)),  # UN report on military expenditures
    ("un_register", (5, 31)),  # UN Register of Conventional Arms
)


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


def related_deadlines(year: int) -> list[tuple[str, date]]:
    """(code, date) of the related UN deadlines falling in the year after `year`."""
    return [(code, date(year + 1, m, d)) for code, (m, d) in RELATED_DEADLINES]
