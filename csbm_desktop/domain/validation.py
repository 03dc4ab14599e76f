"""Checking a report against its form: a list of problems, never an exception.

Each problem has a code (worded by `messages` in the user's language), a severity and the path of
the field it concerns, so the GUI can jump to it and exports can refuse to sign a report with
errors. Paths: `header.<field>`, `answers.<question>`, `measures.<measure>.status`,
`activities.<uid>.<field>`, `characteristics.<n>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.report import Activity, FieldValue, Report
from csbm_desktop.domain.values import parse_date

Severity = Literal["error", "warning"]

# Deliberately loose: one @, something on each side, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    path: str
    params: dict[str, str] = field(default_factory=dict)


def _empty(value: FieldValue) -> bool:
    return value is None or value in ("", []) or (isinstance(value, str) and not value.strip())


def _field_problems(f: FieldSpec, value: FieldValue, path: str, spec: FormSpec) -> list[Problem]:
    if _empty(value):
        return [Problem("required", "error", path)] if f.required else []
    out: list[Problem] = []
    if isinstance(value, str):
        # Values are capped when stored; this still flags one stored before its form's cap.
        limit = f.limit
        if limit is not None and len(value) > limit:
            out.append(
                Problem("too_long", "error", path, {"max": str(limit), "length": str(len(value))})
            )
        if f.type == "email" and not _EMAIL.match(value.strip()):
            out.append(Problem("email.invalid", "error", path))
    codes: list[str] = []
    if f.type == "integer" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        out.append(Problem("number.invalid", "error", path, {"value": str(value)}))
    if f.type == "state":
        if isinstance(value, str) and spec.state(value) is None:
            out.append(Problem("state.unknown", "error", path, {"code": value}))
    elif f.type == "states":  # partners: any ISO 3166-1 state
        items: list[object] = list(value) if isinstance(value, list) else [value]
        codes = [v for v in items if isinstance(v, str)]
        for code in codes:
            if spec.country(code) is None:
                out.append(Problem("country.unknown", "error", path, {"code": code}))
    return out


def validate(report: Report, spec: FormSpec) -> list[Problem]:
    problems: list[Problem] = []
    if spec.state(report.state) is None:
        problems.append(Problem("state.unknown", "error", "header.state", {"code": report.state}))

    header = {**report.header, "state": report.state}
    problems += _participation("header.state", report.state, spec, report.header.get("period_end"))
    for f in spec.header_fields():
        problems += _field_problems(f, header.get(f.id), f"header.{f.id}", spec)
    start = parse_date(str(header.get("period_start") or ""))
    end = parse_date(str(header.get("period_end") or ""))
    if start and end and end < start:
        problems.append(Problem("period.end_before_start", "error", "header.period_end"))

    # The characteristics are IADB guidance, not an OAS requirement: a missing answer warns
    # (once per characteristic), unless the form marks that question required.
    for ch in spec.characteristics:
        for q in ch.questions:
            if not q.derived:  # computed from the activities: nothing to type
                problems += _field_problems(q, report.answers.get(q.id), f"answers.{q.id}", spec)
        typed = [q for q in ch.questions if not q.derived]
        if typed and all(_empty(report.answers.get(q.id)) for q in typed):
            problems.append(
                Problem(
                    "characteristic.unanswered",
                    "warning",
                    f"answers.{typed[0].id}",
                    {"number": str(ch.number)},
                )
            )
        if not report.activities_serving(ch.number):
            problems.append(
                Problem(
                    "characteristic.no_activity",
                    "warning",
                    f"characteristics.{ch.number}",
                    {"number": str(ch.number)},
                )
            )

    for m in spec.measures:
        entry = report.measure(m.id)
        activities = report.activities_of(m.id)
        path = f"measures.{m.id}.status"
        params = {"measure": m.number}
        if entry.nothing_to_report and activities:
            problems.append(Problem("measure.nothing_but_activities", "error", path, params))
        elif entry.status in ("implemented", "partly") and not activities:
            severity: Severity = "error" if entry.status == "implemented" else "warning"
            problems.append(Problem("measure.implemented_without_activity", severity, path, params))
        elif entry.status in ("not_implemented", "not_applicable") and activities:
            problems.append(
                Problem("measure.activities_but_not_implemented", "error", path, params)
            )
        elif entry.status is None and not entry.nothing_to_report and not m.other:
            problems.append(Problem("measure.no_status", "warning", path, params))

    own_state = report.state
    for activity in report.activities:
        problems += _activity_problems(activity, spec, start, end, own_state)
    return problems


def _activity_problems(
    activity: Activity, spec: FormSpec, start: date | None, end: date | None, own_state: str
) -> list[Problem]:
    base = f"activities.{activity.uid}"
    out: list[Problem] = []
    if not spec.has_measure(activity.measure_id):
        out.append(
            Problem("measure.unknown", "error", f"{base}.measure", {"measure": activity.measure_id})
        )
    for f in spec.activity_fields_for(activity.measure_id):
        if f.type == "attachments":
            continue
        value = activity.values.get(f.id)
        if f.id == "characteristics" and _empty(value) and not f.required:
            # Guidance, not a gate: an unlinked activity warns and never blocks the report.
            out.append(Problem("activity.no_characteristic", "warning", f"{base}.characteristics"))
            continue
        out += _field_problems(f, value, f"{base}.{f.id}", spec)
    a_start = parse_date(activity.text("start_date"))
    a_end = parse_date(activity.text("end_date"))
    if a_start and a_end and a_end < a_start:
        out.append(Problem("date.end_before_start", "error", f"{base}.end_date"))
    if start and end:
        for fid, when in (("start_date", a_start), ("end_date", a_end)):
            if when and not start <= when <= end:
                # A warning: an activity may straddle the period's edge or be reported late.
                out.append(
                    Problem(
                        "date.outside_period",
                        "warning",
                        f"{base}.{fid}",
                        {"date": when.isoformat()},
                    )
                )
    notified = parse_date(activity.text("notification_date"))
    if notified and a_start and notified > a_start:
        out.append(Problem("notification.after_start", "warning", f"{base}.notification_date"))
    partners = activity.values.get("partner_states")
    on = activity.text("start_date") or (end.isoformat() if end else "")
    for partner in partners if isinstance(partners, list) else []:
        out += _participation(f"{base}.partner_states", str(partner), spec, on)
    if isinstance(partners, list) and own_state in partners:
        out.append(Problem("partner.self", "warning", f"{base}.partner_states"))
    return out


def _participation(path: str, iso3: str, spec: FormSpec, day: object) -> list[Problem]:
    """A warning when forms/member-states.yaml says the state did not take part on `day`."""
    state = spec.state(iso3)
    change = state.status_on(day) if state is not None and isinstance(day, str) and day else None
    if change is None:
        return []
    params = {"state": iso3, "since": change.since}
    return [Problem(f"participation.{change.status}", "warning", path, params)]


def completeness(report: Report, spec: FormSpec) -> float:
    """Share of the report's required parts that are filled in and free of errors, 0..1.

    Counted parts: each required header field and guiding question, each catalogue measure
    given a status (or "nothing to report"), and each activity with no errors.
    """
    problems = validate(report, spec)
    error_paths = {p.path for p in problems if p.severity == "error"}
    warn_paths = {p.path for p in problems}
    parts: list[bool] = []
    parts += [f"header.{f.id}" not in error_paths for f in spec.header_fields() if f.required]
    parts += [
        f"answers.{q.id}" not in error_paths
        for ch in spec.characteristics
        for q in ch.questions
        if q.required
    ]
    parts += [f"measures.{m.id}.status" not in warn_paths for m in spec.measures if not m.other]
    activity_errors = {p.split(".")[1] for p in error_paths if p.startswith("activities.")}
    parts += [a.uid not in activity_errors for a in report.activities]
    return sum(parts) / len(parts) if parts else 1.0
