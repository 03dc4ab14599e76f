"""Validation rules and their wording, on reports built in memory (the core needs no database)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from csbm_desktop.domain.form import LANGUAGES, FormSpec
from csbm_desktop.domain.messages import MESSAGES, locate, render
from csbm_desktop.domain.report import Activity, MeasureEntry, Report
from csbm_desktop.domain.validation import Problem, completeness, validate

NOW = datetime(2026, 1, 5, tzinfo=UTC)
PACKAGE = Path(__file__).resolve().parent.parent / "csbm_desktop"


def _report(**changes: object) -> Report:
    base = Report(
        uid="r1",
        state="GTM",
        year=2025,
        form_id="oas-csbm",
        form_version="2009.1",
        status="draft",
        header={
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "language": "es",
            "marking": "public",
        },
        answers={},
        measures=(),
        activities=(),
        created_at=NOW,
        created_by="t",
        updated_at=NOW,
        updated_by="t",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _activity(uid: str = "a1", measure: str = "m02", **values: object) -> Activity:
    vals: dict[str, object] = {
        "title": "Reunión",
        "start_date": "2025-03-03",
        "description": "Texto",
        "characteristics": [1],
    }
    vals.update(values)
    return Activity(uid, measure, {k: v for k, v in vals.items() if v is not None})  # type: ignore[misc]


def _codes(problems: list[Problem], prefix: str = "") -> set[tuple[str, str]]:
    return {(p.code, p.path) for p in problems if p.path.startswith(prefix)}


def test_an_empty_report_lists_what_is_required(spec: FormSpec) -> None:
    problems = validate(_report(), spec)
    assert ("required", "header.poc_name") in _codes(problems)
    assert ("required", "header.poc_email") in _codes(problems)
    # The characteristics are guidance: unanswered, they warn and never make an error.
    assert ("characteristic.unanswered", "answers.c1_q1") in _codes(problems)
    assert not [p for p in problems if p.path.startswith("answers.") and p.severity == "error"]
    assert ("measure.no_status", "measures.m01.status") in _codes(problems)
    assert ("characteristic.no_activity", "characteristics.7") in _codes(problems)
    assert all(p.severity in ("error", "warning") for p in problems)
    assert completeness(_report(), spec) < 0.2


def test_activity_rules(spec: FormSpec) -> None:
    report = _report(
        measures=(MeasureEntry("m02", "implemented"),),
        activities=(
            _activity("ok"),
            _activity("dates", start_date="2025-06-10", end_date="2025-06-01"),
            _activity("outside", start_date="2024-12-30"),
            _activity("nochar", characteristics=None),
            _activity("untitled", title=None),
            _activity("self", partner_states=["GTM", "SLV"]),
        ),
    )
    codes = _codes(validate(report, spec), "activities.")
    assert not any(path.startswith("activities.ok.") for _, path in codes)
    assert ("date.end_before_start", "activities.dates.end_date") in codes
    assert ("date.outside_period", "activities.dates.end_date") not in codes
    assert ("date.outside_period", "activities.outside.start_date") in codes
    assert ("activity.no_characteristic", "activities.nochar.characteristics") in codes
    assert ("required", "activities.untitled.title") in codes
    assert ("partner.self", "activities.self.partner_states") in codes


@pytest.mark.parametrize(
    ("entry", "activities", "expected"),
    [
        (MeasureEntry("m05", "implemented"), 0, ("measure.implemented_without_activity", "error")),
        (MeasureEntry("m05", "partly"), 0, ("measure.implemented_without_activity", "warning")),
        (
            MeasureEntry("m05", "not_applicable"),
            1,
            ("measure.activities_but_not_implemented", "error"),
        ),
        (
            MeasureEntry("m05", None, nothing_to_report=True),
            1,
            ("measure.nothing_but_activities", "error"),
        ),
        (MeasureEntry("m05", None), 0, ("measure.no_status", "warning")),
        (MeasureEntry("m05", None, nothing_to_report=True), 0, None),
        (MeasureEntry("m05", "implemented"), 2, None),
    ],
)
def test_measure_consistency(
    spec: FormSpec, entry: MeasureEntry, activities: int, expected: tuple[str, str] | None
) -> None:
    report = _report(
        measures=(entry,), activities=tuple(_activity(f"a{i}", "m05") for i in range(activities))
    )
    found = [
        (p.code, p.severity) for p in validate(report, spec) if p.path == "measures.m05.status"
    ]
    assert found == ([expected] if expected else [])


def test_header_rules(spec: FormSpec) -> None:
    report = _report(
        header={
            "period_start": "2025-12-31",
            "period_end": "2025-01-01",
            "poc_email": "not-an-address",
            "poc_name": "x" * 201,
        }
    )
    codes = _codes(validate(report, spec), "header.")
    assert ("period.end_before_start", "header.period_end") in codes
    assert ("email.invalid", "header.poc_email") in codes
    assert ("too_long", "header.poc_name") in codes
    assert ("state.unknown", "header.state") in _codes(validate(_report(state="XYZ"), spec))


def test_problems_are_worded_and_located_in_each_language(spec: FormSpec) -> None:
    report = _report(
        activities=(_activity("a1", title="Ejercicio Fuerzas Aliadas", start_date="2024-01-01"),)
    )
    problem = next(p for p in validate(report, spec) if p.code == "date.outside_period")
    assert render(problem.code, problem.params, "es") == (
        "2024-01-01 está fuera del período del informe."
    )
    assert locate(problem.path, spec, "es", report) == (
        "Actividad «Ejercicio Fuerzas Aliadas» › Fecha de inicio"
    )
    assert locate("header.poc_email", spec, "fr") == ("Point de contact national › Courriel")
    assert locate("measures.m02.status", spec, "pt").startswith("Medida 2 · ")


def _codes_used_in_source() -> set[str]:
    pattern = re.compile(
        r"""(?:Problem|BadInput|NotFound|Refused|StoreError|CsbmError)\(\s*["']([a-z_.]+)["']"""
    )
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_core_uses_is_worded() -> None:
    used = _codes_used_in_source()
    assert len(used) > 25
    assert used - set(MESSAGES) == set()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_messages_have_the_same_placeholders_in_every_language(code: str) -> None:
    text = MESSAGES[code]
    fields = {lang: set(re.findall(r"{(\w+)}", text.get(lang))) for lang in LANGUAGES}
    assert all(f == fields["en"] for f in fields.values()), fields
    assert all(text.get(lang).strip() for lang in LANGUAGES)
