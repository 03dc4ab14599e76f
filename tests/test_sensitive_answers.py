"""Answers that may be diplomatically sensitive (an incident naming a state, a suspended
commitment) are left out of the export of a report marked public, unless the officer includes
them; a restricted report keeps them; the GUI reminds the officer to have them cleared."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from csbm_desktop.domain.edits import SetAnswer, SetHeaderField
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.messages import MESSAGES
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.exports import ExportRequest, ExportService
from csbm_desktop.services.workspace import Workspace

SECRET = "Border incident with a neighbouring patrol, settled by the commanders"


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())


def test_public_exports_withhold_sensitive_answers(
    workspace: Workspace, staff: dict[str, Actor], spec: FormSpec, tmp_path: Path
) -> None:
    assert {"c1_q3", "c3_q4"} <= {
        q.id for c in spec.characteristics for q in c.questions if q.sensitive
    }
    drafter = staff["ana.drafter"]
    drafting = DraftingService(workspace, drafter)
    report = drafting.create("URY", 2025)
    drafting.apply(
        report.id,
        [SetAnswer("c1_q3", SECRET), SetAnswer("c1_q1", "Routine contacts continued.")],
    )
    exports = ExportService(workspace, drafter)
    withheld = MESSAGES["answer.withheld"].en

    exports.export(report.id, ExportRequest(lang="en", pdf=tmp_path / "public.pdf"))
    text = _pdf_text(tmp_path / "public.pdf")
    assert SECRET not in text
    assert withheld in text
    assert "Routine contacts continued." in text  # only the sensitive answer is left out

    exports.export(
        report.id, ExportRequest(lang="en", pdf=tmp_path / "cleared.pdf", include_sensitive=True)
    )
    assert SECRET in _pdf_text(tmp_path / "cleared.pdf")

    drafting.apply(report.id, [SetHeaderField("marking", "restricted")])
    exports.export(report.id, ExportRequest(lang="en", pdf=tmp_path / "restricted.pdf"))
    assert SECRET in _pdf_text(tmp_path / "restricted.pdf")
    assert drafting.get(report.id).answers["c1_q3"] == SECRET  # the stored answer is untouched
