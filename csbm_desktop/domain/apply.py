"""Applying an edit to a report in memory: what the editor shows before autosave writes it.

The store applies the same edits row by row (`storage.reports.apply`); a test holds the two to the
same result for every kind of edit, so the screen and the disk never disagree.
"""

from __future__ import annotations

from dataclasses import replace

from csbm_desktop.domain.edits import (
    AddActivity,
    DeleteActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.errors import BadInput, NotFound
from csbm_desktop.domain.report import Activity, FieldValue, MeasureEntry, Report


def _with(values: dict[str, FieldValue], key: str, value: FieldValue) -> dict[str, FieldValue]:
    out = dict(values)
    if value is None:
        out.pop(key, None)
    else:
        out[key] = value
    return out


def _index(report: Report, uid: str) -> int:
    for i, a in enumerate(report.activities):
        if a.uid == uid:
            return i
    raise NotFound("activity.not_found", uid=uid)


def apply_edit(report: Report, edit: Edit) -> tuple[Report, Edit]:
    """The report with `edit` applied (already checked), and the edit that undoes it."""
    if isinstance(edit, SetHeaderField):
        old = report.header.get(edit.field_id)
        return (
            replace(report, header=_with(report.header, edit.field_id, edit.value)),
            SetHeaderField(edit.field_id, old),
        )
    if isinstance(edit, SetAnswer):
        old = report.answers.get(edit.question_id)
        return (
            replace(report, answers=_with(report.answers, edit.question_id, edit.value)),
            SetAnswer(edit.question_id, old),
        )
    if isinstance(edit, SetMeasure):
        before = report.measure(edit.measure_id)
        others = tuple(m for m in report.measures if m.measure_id != edit.measure_id)
        entry = MeasureEntry(edit.measure_id, edit.status, edit.nothing_to_report, edit.note)
        empty = edit.status is None and not edit.nothing_to_report and not edit.note
        measures = others if empty else tuple(sorted((*others, entry), key=lambda m: m.measure_id))
        return (
            replace(report, measures=measures),
            SetMeasure(before.measure_id, before.status, before.nothing_to_report, before.note),
        )
    if isinstance(edit, SetActivityField):
        i = _index(report, edit.activity_uid)
        act = report.activities[i]
        old = act.values.get(edit.field_id)
        changed = replace(act, values=_with(act.values, edit.field_id, edit.value))
        activities = (*report.activities[:i], changed, *report.activities[i + 1 :])
        return (
            replace(report, activities=activities),
            SetActivityField(edit.activity_uid, edit.field_id, old),
        )
    if isinstance(edit, AddActivity):
        if any(a.uid == edit.uid for a in report.activities):
            raise BadInput("activity.exists", uid=edit.uid)
        act = Activity(edit.uid, edit.measure_id, dict(edit.values), edit.attachments)
        # In memory, position is the index; the store keeps gaps between positions.
        where = (
            len(report.activities)
            if edit.position is None
            else min(edit.position, len(report.activities))
        )
        activities = (*report.activities[:where], act, *report.activities[where:])
        return replace(report, activities=activities), DeleteActivity(edit.uid)
    if isinstance(edit, DeleteActivity):
        i = _index(report, edit.activity_uid)
        act = report.activities[i]
        activities = (*report.activities[:i], *report.activities[i + 1 :])
        return (
            replace(report, activities=activities),
            AddActivity(act.uid, act.measure_id, dict(act.values), i, act.attachments),
        )
    raise TypeError(f"unknown edit {edit!r}")
