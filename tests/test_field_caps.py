"""Every text field has a cap from its form, and nothing stores more: not an edit, not a JSON
file, not a workbook, not a review bundle. A refusal names the field and leaves the database as
it was."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.domain.checks import MAX_NOTE_LENGTH
from csbm_desktop.domain.edits import SetActivityField, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import DEFAULT_MAX_LENGTH, FieldSpec, FormSpec, Text
from csbm_desktop.domain.import_problems import ImportRefused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import export_document, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workbook_import import import_workbook
from csbm_desktop.services.workspace import Workspace
from tests.conftest import db_content
from tests.workbook_files import table_workbook

TEXT_TYPES = ("text", "email", "longtext")


def text_fields(spec: FormSpec) -> list[FieldSpec]:
    fields = [*spec.header_fields(), *spec.activity_fields()]
    fields += [q for c in spec.characteristics for q in c.questions]
    return [f for f in fields if f.type in TEXT_TYPES]


def test_every_text_field_of_the_form_names_its_cap(spec: FormSpec) -> None:
    fields = text_fields(spec)
    assert len(fields) > 20
    for f in fields:
        assert f.max_length is not None, f.id
        assert 50 <= f.max_length <= DEFAULT_MAX_LENGTH["longtext"], f.id


def test_a_field_without_one_gets_the_default_for_its_type() -> None:
    text = Text("a", "a", "a", "a")
    for kind, cap in DEFAULT_MAX_LENGTH.items():
        assert FieldSpec("f", kind, text, text).limit == cap  # type: ignore[arg-type]
    assert FieldSpec("f", "text", text, text, max_length=80).limit == 80
    assert FieldSpec("f", "integer", text, text).limit is None


def test_edits_past_the_cap_are_refused_naming_the_field(
    workspace: Workspace, drafter: Actor, spec: FormSpec
) -> None:
    service = DraftingService(workspace, drafter)
    report = service.create("PAN", 2025)
    act = service.add_activity(report.id, "m04", {"title": "Ejercicio"})
    title = next(f for f in spec.activity_fields() if f.id == "title")
    question = next(q for c in spec.characteristics for q in c.questions if q.type == "longtext")
    assert title.limit is not None
    assert question.limit is not None
    before = db_content(workspace.path)
    for edit, path in (
        (SetActivityField(act.uid, "title", "t" * (title.limit + 1)), f"activities.{act.uid}"),
        (SetAnswer(question.id, "a" * (question.limit + 1)), f"answers.{question.id}"),
        (SetHeaderField("poc_name", "n" * 50_000), "header.poc_name"),
    ):
        with pytest.raises(BadInput) as caught:
            service.apply(report.id, [edit])
        assert caught.value.code == "value.too_long"
        assert path in caught.value.message("es")
    with pytest.raises(BadInput) as caught:
        service.apply(
            report.id, [SetMeasure("m04", "implemented", note="n" * (MAX_NOTE_LENGTH + 1))]
        )
    assert caught.value.code == "note.too_long"
    assert db_content(workspace.path) == before
    # Exactly at the cap is fine.
    service.apply(report.id, [SetActivityField(act.uid, "title", "t" * title.limit)])
    service.apply(report.id, [SetMeasure("m04", "implemented", note="n" * MAX_NOTE_LENGTH)])


@pytest.fixture
def exported(workspace: Workspace, drafter: Actor) -> dict[str, Any]:
    report = create_demo(workspace, drafter, state="PAN", year=2024)
    document = export_document(workspace, drafter, report.id)
    DraftingService(workspace, drafter).delete(report.id)
    return document


def test_a_json_file_with_a_50_mb_title_is_refused_naming_the_field(
    workspace: Workspace, drafter: Actor, exported: dict[str, Any], tmp_path: Path
) -> None:
    act = exported["report"]["activities"][0]
    act["values"]["title"] = "T" * 50_000_000
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_json(workspace, drafter, path)
    assert caught.value.code == "value.too_long"
    assert f"activities.{act['uid']}.title" in caught.value.message("en")
    assert "50000000" in caught.value.message("en")
    assert db_content(workspace.path) == before


def test_a_workbook_cell_past_the_cap_is_a_problem_at_its_row_and_column(
    workspace: Workspace, drafter: Actor, tmp_path: Path, spec: FormSpec
) -> None:
    title = next(f for f in spec.activity_fields() if f.id == "title")
    assert title.limit is not None
    rows = [
        ["N.º de medida", "Actividad", "Fecha de inicio"],
        [5, "Ejercicio corto", "2025-03-04"],
        [8, "L" * (title.limit + 1), "2025-05-04"],
    ]
    path = table_workbook(tmp_path / "long.xlsx", rows)
    before = db_content(workspace.path)
    with pytest.raises(ImportRefused) as caught:
        import_workbook(workspace, drafter, path, state="PAN", year=2025)
    assert db_content(workspace.path) == before
    [problem] = [p for p in caught.value.problems if p.severity == "error"]
    assert (problem.row, problem.column, problem.code) == (3, "Actividad", "value.too_long")


def test_a_review_bundle_carrying_an_over_long_value_is_refused(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    ana = staff["ana.drafter"]
    report = create_demo(workspace, ana, state="PER", year=2024)
    sent = export_review_bundle(workspace, ana, report.id, tmp_path / "peru.csbmx")
    with zipfile.ZipFile(sent.path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    doc = json.loads(entries["report.json"])
    doc["report"]["header"]["poc_name"] = "P" * 1_000_000
    entries["report.json"] = json.dumps(doc).encode()
    manifest = json.loads(entries.pop("manifest.json"))
    manifest["files"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in sorted(entries.items())
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, content in entries.items():
            zf.writestr(name, content)
    forged = tmp_path / "forged.csbmx"
    forged.write_bytes(buffer.getvalue())
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, staff["rui.reviewer"], forged)
    assert caught.value.code == "value.too_long"
    assert "header.poc_name" in caught.value.message("pt")
    assert db_content(workspace.path) == before
