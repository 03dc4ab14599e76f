"""The seven characteristics are IADB guidance, not an OAS requirement: a report with no
characteristic answers and no activity linked to any characteristic has warnings only, and goes
through review, approval, finalisation and signing."""

from __future__ import annotations

from pathlib import Path

from csbm_desktop.domain.edits import SetActivityField, SetAnswer, SetMeasure
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.signing import SignerSpec
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.exports import ExportRequest, ExportService, verify_file
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from tests.pki import make_pki


def test_no_characteristic_answers_only_warns_and_is_approved_and_signed(
    workspace: Workspace, staff: dict[str, Actor], spec: FormSpec, tmp_path: Path
) -> None:
    drafter = staff["ana.drafter"]
    drafting = DraftingService(workspace, drafter)
    report = create_demo(workspace, drafter, size="small", state="CHL", year=2025)
    edits: list[object] = [SetMeasure("m21", None, True), SetMeasure("m22", None, True)]
    edits += [SetAnswer(q.id, None) for c in spec.characteristics for q in c.questions]
    edits += [SetActivityField(a.uid, "characteristics", None) for a in report.activities]
    drafting.apply(report.id, edits)  # type: ignore[arg-type]
    emptied = drafting.get(report.id)
    assert not emptied.answers or all(v in (None, "", []) for v in emptied.answers.values())
    assert emptied.activities
    assert not any(a.characteristics for a in emptied.activities)

    problems = drafting.validate(report.id)
    assert not [p for p in problems if p.severity == "error"], problems
    warned = {p.code for p in problems}
    assert {"characteristic.unanswered", "activity.no_characteristic"} <= warned
    assert "characteristic.no_activity" in warned

    ReviewService(workspace, drafter).transition(report.id, "submit")
    assert ReviewService(workspace, staff["rui.reviewer"]).transition(report.id, "approve") == (
        "approved"
    )
    assert ReviewService(workspace, staff["olga.officer"]).transition(report.id, "finalize") == (
        "final"
    )
    pki = make_pki(tmp_path / "pki")
    out = tmp_path / "out"
    result = ExportService(workspace, staff["olga.officer"]).export(
        report.id,
        ExportRequest(
            lang="en",
            pdf=out / "r.pdf",
            signers=[
                (SignerSpec(kind="p12", p12_path=who.p12), who.passphrase)
                for who in (pki.preparer, pki.officer)
            ],
        ),
        lambda _s, _p: None,
    )
    assert result.signed
    assert verify_file(out / "r.pdf", [pki.root_pem]).ok


def test_a_form_may_still_require_a_question(spec: FormSpec) -> None:
    """The mechanism stays: a question marked required is an error when unanswered."""
    from dataclasses import replace

    from csbm_desktop.domain.validation import validate
    from tests.test_validation import _report

    first = spec.characteristics[0]
    strict_q = replace(first.questions[0], required=True)
    strict = replace(
        spec,
        characteristics=(
            replace(first, questions=(strict_q, *first.questions[1:])),
            *spec.characteristics[1:],
        ),
    )
    problems = validate(_report(), strict)
    found = [(p.code, p.severity) for p in problems if p.path == f"answers.{strict_q.id}"]
    assert ("required", "error") in found


def test_the_characteristics_are_attributed_to_the_iadb(spec: FormSpec) -> None:
    attribution = spec.characteristics_attribution
    assert attribution is not None
    assert "Inter-American Defense Board" in attribution.en
    assert "Junta Interamericana de Defensa" in attribution.es
    assert "Conseil interaméricain de défense" in attribution.fr
    assert "Junta Interamericana de Defesa" in attribution.pt
