"""`export-json` → `import-json` loses nothing; a bad file is refused and changes nothing."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.domain.edits import SetActivityField, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.report import MAX_ATTACHMENT_BYTES
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.documents import export_document, export_json, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content


@pytest.fixture
def filled(service: DraftingService) -> int:
    report = service.create("ECU", 2025)
    act = service.add_activity(
        report.id,
        "m08",
        {
            "title": "Intercambio de cadetes — Escuela Naval «Almirante Illingworth»",
            "start_date": "2025-08-11",
            "end_date": "2025-08-22",
            "partner_states": ["PER", "COL"],
            "description": "Cadetes ecuatorianos y peruanos compartieron prácticas de navegación.",
        },
    )
    service.add_attachment(report.id, act.uid, "programa.pdf", b"%PDF-1.4 programa\n")
    service.apply(
        report.id,
        [
            SetHeaderField("poc_name", "Andrés Cevallos"),
            SetMeasure("m08", "implemented", note="véase anexo"),
            SetAnswer("c6_q1", "Aumentaron los intercambios."),
            SetActivityField(act.uid, "outcome", "Acuerdo de reciprocidad."),
        ],
    )
    service.save_revision(report.id, "borrador 1")
    # A file attached then removed survives in revision 1: the export must carry it too.
    gone = service.add_attachment(report.id, act.uid, "antiguo.txt", b"version antigua")
    service.save_revision(report.id, "borrador 2")
    service.remove_attachment(report.id, gone.uid)
    return report.id


def test_round_trip_is_lossless(
    workspace: Workspace, filled: int, tmp_path: Path, drafter: Actor
) -> None:
    out = tmp_path / "informe.json"
    export_json(workspace, drafter, filled, out)
    original = export_document(workspace, drafter, filled)
    assert len(original["attachments"]) == 2
    assert len(original["revisions"]) == 2
    assert "Illingworth" in out.read_text(encoding="utf-8")  # UTF-8, not escaped

    other = Workspace(tmp_path / "other.sqlite3")
    add_staff(other)  # the same people on the other laptop
    try:
        new_id = import_json(other, drafter, out)
        assert export_document(other, drafter, new_id) == original
        service = DraftingService(other, drafter)
        assert (
            service.attachment(new_id, service.get(new_id).activities[0].attachments[0].uid)[1]
            == b"%PDF-1.4 programa\n"
        )
        assert [r.message for r in service.revisions(new_id)] == ["borrador 1", "borrador 2"]
        old = service.revision(new_id, 2)
        assert {a.filename for a in old.activities[0].attachments} == {
            "programa.pdf",
            "antiguo.txt",
        }
    finally:
        other.close()


def _mutated(
    workspace: Workspace,
    report_id: int,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    drafter: Actor,
) -> Path:
    doc = export_document(workspace, drafter, report_id)
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _set_attachment(doc: dict[str, Any], content: bytes) -> None:
    sha = doc["report"]["activities"][0]["attachments"][0]["sha256"]
    doc["attachments"][sha] = base64.b64encode(content).decode()


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "unknown form version": (
        lambda d: d["report"].update(form_version="1999.9"),
        "form.unknown_version",
    ),
    "unknown state": (lambda d: d["report"].update(state="ZZZ"), "state.unknown"),
    "unknown partner state": (
        lambda d: d["report"]["activities"][0]["values"].update(partner_states=["XYZ"]),
        "country.unknown",
    ),
    "unknown field": (
        lambda d: d["report"]["header"].update(favourite_colour="blue"),
        "field.unknown",
    ),
    "wrong type": (lambda d: d["report"].update(year="twenty"), "import.malformed"),
    "bad status": (lambda d: d["report"].update(status="published"), "import.malformed"),
    "other format": (lambda d: d.update(format="spreadsheet"), "import.malformed"),
    "damaged attachment": (lambda d: _set_attachment(d, b"tampered"), "import.hash_mismatch"),
    "oversized attachment": (
        lambda d: _set_attachment(d, b"\0" * (MAX_ATTACHMENT_BYTES + 10)),
        "attachment.too_large",
    ),
    "missing attachment": (lambda d: d.update(attachments={}), "import.malformed"),
    "tampered revision": (
        lambda d: d["revisions"][0]["snapshot"]["report"].update(state="PER"),
        "import.malformed",
    ),
    "revision gap": (lambda d: d["revisions"].pop(0), "import.malformed"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_documents_are_refused_and_change_nothing(
    workspace: Workspace, filled: int, tmp_path: Path, case: str, drafter: Actor
) -> None:
    change, code = CASES[case]
    path = _mutated(
        workspace,
        filled,
        tmp_path,
        lambda d: (change(d), d["report"].update(uid="00000000-0000-4000-8000-000000000001")),
        drafter,
    )
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as info:
        import_json(workspace, drafter, path)
    assert info.value.code == code, info.value
    assert db_content(workspace.path) == before


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b'{"format": "csbm-report", "format_version": 1, "report": {"uid": ', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_or_truncated_files(
    workspace: Workspace, filled: int, tmp_path: Path, content: bytes, detail: str, drafter: Actor
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as info:
        import_json(workspace, drafter, path)
    assert info.value.code == "import.malformed"
    assert detail in str(info.value)
    assert db_content(workspace.path) == before


def test_truncated_export_is_refused(
    workspace: Workspace, filled: int, tmp_path: Path, drafter: Actor
) -> None:
    out = tmp_path / "full.json"
    export_json(workspace, drafter, filled, out)
    cut = tmp_path / "cut.json"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    before = db_content(workspace.path)
    with pytest.raises(BadInput, match="not valid JSON"):
        import_json(workspace, drafter, cut)
    assert db_content(workspace.path) == before


def test_importing_the_same_report_twice_is_refused(
    workspace: Workspace, filled: int, tmp_path: Path, drafter: Actor
) -> None:
    out = tmp_path / "r.json"
    export_json(workspace, drafter, filled, out)
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as info:
        import_json(workspace, drafter, out)
    assert info.value.code == "import.duplicate"
    assert db_content(workspace.path) == before
