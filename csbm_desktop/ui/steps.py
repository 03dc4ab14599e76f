"""The editor's steps, and which step (and field) a validation problem belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.validation import Problem

OVERVIEW = "overview"
MEASURES = "measures"
CHECK = "check"


def characteristic_step(number: int) -> str:
    return f"c{number}"


def step_ids(spec: FormSpec) -> list[str]:
    return [
        OVERVIEW,
        MEASURES,
        *(characteristic_step(c.number) for c in spec.characteristics),
        CHECK,
    ]


@dataclass(frozen=True)
class Target:
    """Where a problem points: a step, and inside it what to select and focus."""

    step: str
    measure_id: str | None = None
    activity_uid: str | None = None
    field_id: str | None = None  # header field, question, activity field, or "status"


def target_of(problem_path: str, spec: FormSpec, activity_measures: dict[str, str]) -> Target:
    """`activity_measures` maps activity uid → measure id (to select the right measure)."""
    parts = problem_path.split(".")
    head = parts[0]
    if head == "header":
        return Target(OVERVIEW, field_id=parts[1] if len(parts) > 1 else None)
    if head == "answers" and len(parts) > 1:
        try:
            ch, _ = spec.question(parts[1])
        except KeyError:
            return Target(CHECK)
        return Target(characteristic_step(ch.number), field_id=parts[1])
    if head == "characteristics" and len(parts) > 1 and parts[1].isdigit():
        return Target(characteristic_step(int(parts[1])))
    if head == "measures" and len(parts) > 1:
        return Target(MEASURES, measure_id=parts[1], field_id="status")
    if head == "activities" and len(parts) > 1:
        return Target(
            MEASURES,
            measure_id=activity_measures.get(parts[1]),
            activity_uid=parts[1],
            field_id=parts[2] if len(parts) > 2 else None,
        )
    return Target(CHECK)


def step_states(
    problems: list[Problem], spec: FormSpec, activity_measures: dict[str, str]
) -> dict[str, str]:
    """Per step: "errors", "warnings" or "complete" (the check step sums up the others)."""
    states = dict.fromkeys(step_ids(spec), "complete")
    rank = {"complete": 0, "warnings": 1, "errors": 2}
    for p in problems:
        step = target_of(p.path, spec, activity_measures).step
        new = "errors" if p.severity == "error" else "warnings"
        for s in (step, CHECK):
            if rank[new] > rank[states[s]]:
                states[s] = new
    return states
