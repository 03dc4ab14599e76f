"""`csbm demo`: realistic, valid-looking sample reports, and a large one that stresses the store."""

from __future__ import annotations

from csbm_desktop.domain.validation import validate
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.demo import LARGE_ACTIVITIES, create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace


def test_small_demo_is_a_plausible_report(workspace: Workspace, drafter: Actor) -> None:
    report = create_demo(workspace, drafter, size="small", state="PRY", year=2024)
    service = DraftingService(workspace, drafter)
    spec = service.form_of(report)
    assert (report.state, report.year, report.revision) == ("PRY", 2024, 1)
    assert 10 <= len(report.activities) <= 40
    assert report.header["language"] == "es"
    problems = validate(report, spec)
    assert [p for p in problems if p.severity == "error"] == []
    assert problems  # but it leaves something for the officer to do
    assert all(report.activities_serving(c.number) for c in spec.characteristics)
    assert all(  # every question but those computed from the activities
        report.answers.get(q.id) is not None
        for c in spec.characteristics
        for q in c.questions
        if not q.derived
    )
    [attachment] = [a for act in report.activities for a in act.attachments]
    info, content = service.attachment(report.id, attachment.uid)
    assert len(content) == info.size > 1000


def test_large_demo_is_a_stress_case(workspace: Workspace, drafter: Actor) -> None:
    report = create_demo(workspace, drafter, size="large", state="BRA", year=2025)
    spec = DraftingService(workspace, drafter).form_of(report)
    assert len(report.activities) >= LARGE_ACTIVITIES >= 500
    assert {a.measure_id for a in report.activities} == {m.id for m in spec.measures}
    texts = " ".join(a.text("description") for a in report.activities)
    assert max(len(a.text("description")) for a in report.activities) > 1500
    for accented in ("ção", "é", "ñ", "à"):  # Portuguese first, with other languages mixed in
        assert accented in texts


def test_two_demos_in_one_database(workspace: Workspace, drafter: Actor) -> None:
    first = create_demo(workspace, drafter, state="CRI", year=2025)
    second = create_demo(workspace, drafter, state="CRI", year=2025)
    assert first.id != second.id
    assert {a.uid for a in first.activities}.isdisjoint(a.uid for a in second.activities)
