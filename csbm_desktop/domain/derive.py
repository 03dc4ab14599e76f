"""Answers derived from the activities: shown computed, never retyped.

Some guiding questions ask what the activities already say (which levels of actors took part,
how many exchanges there were). The form marks them `derived`; their answer is computed here
from the report whenever it is shown or exported, so it can never disagree with the activities.
"""

from __future__ import annotations

from dataclasses import replace

from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.report import FieldValue, Report


def derived_value(q: FieldSpec, report: Report, spec: FormSpec) -> FieldValue:
    """The computed answer of a derived question (None if the question is not derived)."""
    if q.derived == "actor_levels":
        used = {
            code
            for a in report.activities
            for code in (a.values.get("actor_levels") or [])  # type: ignore[union-attr]
        }
        order = spec.choice_list(q.choices or "actor_level").codes()
        return [c for c in order if c in used] or None
    if q.derived == "activity_count":
        wanted = set(q.derived_measures)
        return sum(1 for a in report.activities if not wanted or a.measure_id in wanted)
    return None


def with_derived(report: Report, spec: FormSpec) -> Report:
    """The report with every derived question answered from its activities."""
    derived = {
        q.id: derived_value(q, report, spec)
        for c in spec.characteristics
        for q in c.questions
        if q.derived
    }
    if not derived:
        return report
    return replace(report, answers={**report.answers, **derived})
