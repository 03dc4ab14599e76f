"""How far a report covers the form: activities per characteristic and per measure.

Counts are of activities, not of mentions: an activity that lists a characteristic twice serves it
once. Numbers outside the form's characteristics, and activities under a measure the form does not
know, add to no bar but still to `total_activities`, so the charts never invent a category.
"""

from __future__ import annotations

from dataclasses import dataclass

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report


@dataclass(frozen=True)
class Coverage:
    report_id: int
    state: str  # ISO 3166 alpha-3
    year: int
    # Activities serving characteristic n at index n - 1, one entry per characteristic of the form.
    by_characteristic: tuple[int, ...]
    # (measure_id, activities) for every measure of the form, in catalogue order, zeros included.
    by_measure: tuple[tuple[str, int], ...]
    total_activities: int
    # Catalogue measures (the catch-all "other" excluded, as in validation) given a status or
    # marked "nothing to report", out of all catalogue measures.
    measures_answered: int
    measures_total: int

    @property
    def answered_share(self) -> float:
        """Share of catalogue measures answered, 0..1 (1.0 for a form with no measures)."""
        return self.measures_answered / self.measures_total if self.measures_total else 1.0

    def characteristic_count(self, number: int) -> int:
        """Activities serving characteristic `number` (0 when the form has no such number)."""
        if 1 <= number <= len(self.by_characteristic):
            return self.by_characteristic[number - 1]
        return 0

    def measure_count(self, measure_id: str) -> int:
        return next((n for m, n in self.by_measure if m == measure_id), 0)


def activities_by_characteristic(report: Report, spec: FormSpec) -> tuple[int, ...]:
    return tuple(len(report.activities_serving(c.number)) for c in spec.characteristics)


def activities_by_measure(report: Report, spec: FormSpec) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {m.id: 0 for m in spec.measures}
    for activity in report.activities:
        if activity.measure_id in counts:
            counts[activity.measure_id] += 1
    return tuple(counts.items())  # dicts keep insertion order: the catalogue's


def measures_answered(report: Report, spec: FormSpec) -> tuple[int, int]:
    """(answered, total) over the catalogue measures, the catch-all excluded."""
    catalogue = [m for m in spec.measures if not m.other]
    answered = 0
    for m in catalogue:
        entry = report.measure(m.id)
        if entry.status is not None or entry.nothing_to_report:
            answered += 1
    return answered, len(catalogue)


def coverage_of(report: Report, spec: FormSpec) -> Coverage:
    answered, total = measures_answered(report, spec)
    return Coverage(
        report_id=report.id,
        state=report.state,
        year=report.year,
        by_characteristic=activities_by_characteristic(report, spec),
        by_measure=activities_by_measure(report, spec),
        total_activities=len(report.activities),
        measures_answered=answered,
        measures_total=total,
    )
