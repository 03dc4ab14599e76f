"""Checking edits and whole reports against the form before anything is stored.

One set of rules serves typing in the GUI, the command line, copy-forward and imports: every
field must exist in the form, may not be a system field, and its value must fit its type.
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
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.report import MEASURE_STATUSES, FieldValue, MeasureEntry, Report
from csbm_desktop.domain.values import normalise

MIN_YEAR = 1995  # the Declaration of Santiago
# A measure's narrative: several paragraphs on what the state did under it (as a long answer).
MAX_NOTE_LENGTH = 20_000


def _field(fields: tuple[FieldSpec, ...], field_id: str) -> FieldSpec:
    for f in fields:
        if f.id == field_id:
            return f
    raise BadInput("field.unknown", field=field_id)


def check_header_value(spec: FormSpec, field_id: str, value: object) -> FieldValue:
    f = _field(spec.header_fields(), field_id)
    if f.system:
        raise BadInput("field.system", field=field_id)
    return normalise(spec, f, value, f"header.{field_id}")


def check_answer(spec: FormSpec, question_id: str, value: object) -> FieldValue:
    try:
        _, q = spec.question(question_id)
    except KeyError:
        raise BadInput("field.unknown", field=question_id) from None
    return normalise(spec, q, value, f"answers.{question_id}")


def check_activity_value(spec: FormSpec, field_id: str, value: object, path: str) -> FieldValue:
    f = _field(spec.activity_fields(), field_id)
    if f.type == "attachments":
        raise BadInput("value.invalid", path=path, reason="attachments are added as files")
    return normalise(spec, f, value, path)


def check_activity_values(
    spec: FormSpec, values: dict[str, object], path: str
) -> dict[str, FieldValue]:
    out: dict[str, FieldValue] = {}
    for key, value in values.items():
        checked = check_activity_value(spec, key, value, f"{path}.{key}")
        if checked is not None:
            out[key] = checked
    return out


def check_measure(spec: FormSpec, measure_id: str, status: object, note: str = "") -> None:
    if not spec.has_measure(measure_id):
        raise BadInput("measure.unknown", measure=measure_id)
    if len(note) > MAX_NOTE_LENGTH:
        raise BadInput(
            "note.too_long",
            measure=spec.measure(measure_id).number,
            length=len(note),
            max=MAX_NOTE_LENGTH,
        )
    if status is not None and status not in MEASURE_STATUSES:
        raise BadInput(
            "value.invalid",
            path=f"measures.{measure_id}.status",
            reason="expected one of " + ", ".join(MEASURE_STATUSES),
        )


def check_edit(spec: FormSpec, edit: Edit) -> Edit:
    """The edit with its value normalised, or BadInput."""
    if isinstance(edit, SetHeaderField):
        return SetHeaderField(edit.field_id, check_header_value(spec, edit.field_id, edit.value))
    if isinstance(edit, SetAnswer):
        try:
            derived = spec.question(edit.question_id)[1].derived
        except KeyError:
            derived = None
        if derived and edit.value not in (None, "", []):
            raise BadInput("field.system", field=edit.question_id)  # computed, not typed
        return SetAnswer(edit.question_id, check_answer(spec, edit.question_id, edit.value))
    if isinstance(edit, SetMeasure):
        check_measure(spec, edit.measure_id, edit.status, edit.note)
        return edit
    if isinstance(edit, SetActivityField):
        path = f"activities.{edit.activity_uid}.{edit.field_id}"
        return SetActivityField(
            edit.activity_uid,
            edit.field_id,
            check_activity_value(spec, edit.field_id, edit.value, path),
        )
    if isinstance(edit, AddActivity):
        check_measure(spec, edit.measure_id, None)
        return replace(
            edit, values=check_activity_values(spec, dict(edit.values), f"activities.{edit.uid}")
        )
    if isinstance(edit, DeleteActivity):
        return edit
    raise TypeError(f"unknown edit {edit!r}")


def check_year(year: int, max_year: int) -> None:
    if not MIN_YEAR <= year <= max_year:
        raise BadInput("year.invalid", year=year, max=max_year)


def check_report(spec: FormSpec, report: Report) -> Report:
    """A whole report (copied or imported) with every value checked and normalised."""
    if spec.state(report.state) is None:
        raise BadInput("state.unknown", code=report.state)
    header: dict[str, FieldValue] = {}
    for key, value in report.header.items():
        if key == "state":
            continue  # held in report.state
        checked = check_header_value(spec, key, value)
        if checked is not None:
            header[key] = checked
    answers: dict[str, FieldValue] = {
        k: v
        for k, v in ((k, check_answer(spec, k, v)) for k, v in report.answers.items())
        if v is not None
    }
    measures: list[MeasureEntry] = []
    seen: set[str] = set()
    for m in report.measures:
        check_measure(spec, m.measure_id, m.status, m.note)
        if m.measure_id in seen:
            raise BadInput("value.invalid", path=f"measures.{m.measure_id}", reason="listed twice")
        seen.add(m.measure_id)
        measures.append(m)
    activities = []
    uids: set[str] = set()
    for a in report.activities:
        if a.uid in uids:
            raise BadInput("activity.exists", uid=a.uid)
        uids.add(a.uid)
        check_measure(spec, a.measure_id, None)
        activities.append(
            replace(a, values=check_activity_values(spec, dict(a.values), f"activities.{a.uid}"))
        )
    return replace(
        report,
        header=header,
        answers=answers,
        measures=tuple(measures),
        activities=tuple(activities),
    )


class RevisionMisfit(BadInput):
    """A stored or arriving revision that its form does not allow: says which revision, then
    what is wrong with it (the inner problem, worded in the same language)."""

    def __init__(self, number: int, problem: BadInput) -> None:
        self.number = number
        self.problem = problem
        super().__init__("revision.misfit", number=number, problem=problem.message("en"))

    def message(self, lang: str) -> str:
        from csbm_desktop.domain.messages import render

        params = {"number": str(self.number), "problem": self.problem.message(lang)}
        return render(self.code, params, lang)


def check_revision(spec: FormSpec, number: int, report: Report, max_year: int) -> None:
    """Refuse a revision's content that could never have been typed into its form: a state, a
    measure or a field the form does not know, a value of the wrong type, a year out of range.
    One rule for every path a revision takes into the working copy (bundles, JSON import,
    History › Restore): each calls this before writing anything."""
    try:
        check_report(spec, report)
        check_year(report.year, max_year)
    except BadInput as exc:
        raise RevisionMisfit(number, exc) from None
