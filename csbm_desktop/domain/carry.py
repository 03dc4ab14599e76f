"""Copying a report forward into another version of its form, and saying what did not fit.

Within one version every measure and field is carried. Into a newer version, measures go where
the newer form's `replaces` mapping sends them (a measure id found in both versions stays as it
is); an activity or a measure entry whose measure has no place in the newer form is left behind
and listed, so the officer knows what to re-enter by hand. Field values the newer form no longer
has are dropped by the usual value check and listed here too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Activity, FieldValue, MeasureEntry, Report


@dataclass(frozen=True)
class NotCarried:
    """One thing left behind: what (activity, measure, field, answer), which, and its title."""

    kind: str
    key: str
    title: str = ""

    def __str__(self) -> str:
        return f"{self.kind} {self.key}" + (f" ({self.title})" if self.title else "")


def carry_forward(
    source: Report, target: FormSpec
) -> tuple[tuple[MeasureEntry, ...], tuple[Activity, ...], dict[str, FieldValue], list[NotCarried]]:
    """The source's measure entries, activities and answers placed in `target`'s measures, and
    what could not be placed. Same version: everything, unchanged."""
    lost: list[NotCarried] = []
    same = source.form_id == target.id and source.form_version == target.version
    mapping = target.replaces if not same else None
    if not same and (mapping is None or mapping.version != source.form_version):
        # No mapping from that version: only ids the target also has are carried.
        mapping = None

    def place(measure_id: str) -> str | None:
        if same:
            return measure_id
        if mapping is not None:
            return mapping.target(measure_id, target)
        return measure_id if target.has_measure(measure_id) else None

    measures: dict[str, MeasureEntry] = {}
    for entry in source.measures:
        new = place(entry.measure_id)
        if new is None:
            lost.append(NotCarried("measure", entry.measure_id))
        elif new not in measures:  # two old measures merged into one: the first entry wins
            measures[new] = replace(entry, measure_id=new)
    activities: list[Activity] = []
    for a in source.activities:
        new = place(a.measure_id)
        if new is None:
            lost.append(NotCarried("activity", a.uid, a.text("title")))
            continue
        kept_fields = {f.id for f in target.activity_fields_for(new)}
        for field_id in sorted(set(a.values) - kept_fields):
            lost.append(NotCarried("field", f"{a.uid}.{field_id}", a.text("title")))
        activities.append(replace(a, measure_id=new))
    questions = {q.id for c in target.characteristics for q in c.questions}
    answers = {k: v for k, v in source.answers.items() if k in questions}
    lost += [NotCarried("answer", k) for k in sorted(set(source.answers) - questions)]
    return tuple(measures.values()), tuple(activities), answers, lost
