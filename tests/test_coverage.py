"""Coverage: activities per characteristic and per measure, and year over year for one state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from csbm_desktop.domain.coverage import Coverage, coverage_of
from csbm_desktop.domain.edits import SetMeasure
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Activity, MeasureEntry, Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.coverage import coverage_history
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace


def expected(report: Report, spec: FormSpec) -> tuple[list[int], list[tuple[str, int]]]:
    """Counted straight from the activities, independently of the module under test."""

    def serves(activity: Activity, number: int) -> bool:
        raw = activity.values.get("characteristics")
        return isinstance(raw, list) and number in raw

    by_characteristic = [sum(1 for a in report.activities if serves(a, n)) for n in range(1, 8)]
    by_measure = [
        (m.id, sum(1 for a in report.activities if a.measure_id == m.id)) for m in spec.measures
    ]
    return by_characteristic, by_measure


def answered(report: Report, spec: FormSpec) -> int:
    return sum(
        1
        for m in spec.measures
        if not m.other
        and any(e.measure_id == m.id and (e.status or e.nothing_to_report) for e in report.measures)
    )


def test_coverage_of_a_demo_report(workspace: Workspace, drafter: Actor) -> None:
    report = create_demo(workspace, drafter, size="small", state="PER", year=2024)
    spec = DraftingService(workspace, drafter).form_of(report)
    coverage = coverage_of(report, spec)
    by_characteristic, by_measure = expected(report, spec)

    assert (coverage.report_id, coverage.state, coverage.year) == (report.id, "PER", 2024)
    assert len(coverage.by_characteristic) == 7
    assert list(coverage.by_characteristic) == by_characteristic
    assert list(coverage.by_measure) == by_measure
    # Catalogue order, every measure, zeros included (the demo leaves several without activity).
    assert [m for m, _ in coverage.by_measure] == [m.id for m in spec.measures]
    assert any(n == 0 for _, n in coverage.by_measure)
    assert coverage.total_activities == len(report.activities) == sum(n for _, n in by_measure)
    assert coverage.measures_total == sum(1 for m in spec.measures if not m.other)
    assert coverage.measures_answered == answered(report, spec)
    assert 0 < coverage.measures_answered < coverage.measures_total  # demo leaves two unanswered
    assert coverage.answered_share == coverage.measures_answered / coverage.measures_total
    assert coverage.characteristic_count(4) == by_characteristic[3]
    assert coverage.characteristic_count(8) == coverage.characteristic_count(0) == 0
    assert coverage.measure_count("m01") == dict(by_measure)["m01"]


def test_odd_activities_are_counted_once_or_not_at_all(spec: FormSpec) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)

    def activity(uid: str, measure: str, characteristics: list[int]) -> Activity:
        return Activity(uid, measure, {"characteristics": characteristics})  # type: ignore[dict-item]

    report = Report(
        uid="r",
        state="CHL",
        year=2024,
        form_id=spec.id,
        form_version=spec.version,
        status="draft",
        header={},
        answers={},
        measures=(
            MeasureEntry("m01", "implemented"),
            MeasureEntry("m02", None, nothing_to_report=True),
            MeasureEntry("m03", None),  # touched but still unanswered
            MeasureEntry("other", "implemented"),  # the catch-all is not counted as a measure
        ),
        activities=(
            activity("a", "m01", [1, 1, 3]),  # a repeated number serves once
            activity("b", "m01", [9, 0]),  # numbers outside 1..7 serve nothing
            activity("c", "retired-measure", [3]),  # not in the form: no bar, but counted
            activity("d", "other", []),
        ),
        created_at=now,
        created_by="t",
        updated_at=now,
        updated_by="t",
    )
    coverage = coverage_of(report, spec)
    assert coverage.by_characteristic == (1, 0, 2, 0, 0, 0, 0)
    counts = dict(coverage.by_measure)
    assert (counts["m01"], counts["other"], counts["m02"]) == (2, 1, 0)
    assert "retired-measure" not in counts
    assert coverage.total_activities == 4
    assert (coverage.measures_answered, coverage.measures_total) == (2, len(spec.measures) - 1)

    empty = coverage_of(replace(report, measures=(), activities=()), spec)
    assert empty.by_characteristic == (0,) * 7
    assert all(n == 0 for _, n in empty.by_measure)
    assert empty.answered_share == 0.0


def test_history_is_the_same_state_in_other_years(workspace: Workspace, drafter: Actor) -> None:
    service = DraftingService(workspace, drafter)
    old = create_demo(workspace, drafter, size="small", state="ARG", year=2023)
    older_copy = create_demo(workspace, drafter, size="small", state="ARG", year=2023)
    current = create_demo(workspace, drafter, size="small", state="ARG", year=2025)
    middle = create_demo(workspace, drafter, size="small", state="ARG", year=2024)
    other_state = create_demo(workspace, drafter, size="small", state="URY", year=2024)
    same_year = create_demo(workspace, drafter, size="small", state="ARG", year=2025)
    # Touched last, so it stands for 2023 although it was created first; the extra activity makes
    # its counts differ from its twin's (a demo is seeded by state and year).
    service.add_activity(old.id, "m16", {"characteristics": [1, 7]})
    old = service.get(old.id)

    spec = service.form_of(current)
    now, history = coverage_history(workspace, drafter, current.id)

    assert now == coverage_of(current, spec)
    assert [c.year for c in history] == [2023, 2024]  # sorted, one per year, own year left out
    assert [c.report_id for c in history] == [old.id, middle.id]
    assert {c.state for c in history} == {"ARG"}
    assert older_copy.id not in {c.report_id for c in history}
    assert other_state.id not in {c.report_id for c in history}
    assert same_year.id not in {c.report_id for c in history}
    for coverage, report in zip(history, (old, middle), strict=True):
        by_characteristic, by_measure = expected(report, spec)
        assert list(coverage.by_characteristic) == by_characteristic
        assert list(coverage.by_measure) == by_measure
        assert coverage.total_activities == len(report.activities)
    assert history[0].total_activities == len(older_copy.activities) + 1
    assert history[0].characteristic_count(7) == expected(older_copy, spec)[0][6] + 1


def test_history_follows_updates_and_is_empty_for_a_lone_report(
    workspace: Workspace, drafter: Actor
) -> None:
    service = DraftingService(workspace, drafter)
    first = create_demo(workspace, drafter, size="small", state="CRI", year=2023)
    second = create_demo(workspace, drafter, size="small", state="CRI", year=2023)
    lone = create_demo(workspace, drafter, size="small", state="CRI", year=2025)

    _, history = coverage_history(workspace, drafter, lone.id)
    assert [c.report_id for c in history] == [second.id]  # the later of two untouched twins

    service.apply(first.id, [SetMeasure("m20", "not_applicable")])
    _, history = coverage_history(workspace, drafter, lone.id)
    assert [c.report_id for c in history] == [first.id]
    assert history[0].measures_answered == answered(service.get(first.id), service.form_of(lone))

    now, history = coverage_history(
        workspace, drafter, create_demo(workspace, drafter, state="PAN", year=2024).id
    )
    assert history == []
    assert isinstance(now, Coverage)
    assert now.state == "PAN"
