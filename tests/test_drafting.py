"""Drafting use cases on a real database: create, edit and undo, attachments, revisions, copy."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from csbm_desktop.domain.edits import (
    AddActivity,
    DeleteActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.errors import BadInput, NotFound, Refused
from csbm_desktop.domain.report import MAX_ATTACHMENT_BYTES, Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import reports as store
from tests.conftest import db_content

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def test_new_report_defaults(service: DraftingService, drafter: Actor) -> None:
    report = service.create("PER", today=date(2026, 2, 10))
    assert (report.state, report.year, report.status) == ("PER", 2025, "draft")
    assert report.header["period_start"] == "2025-01-01"
    assert report.header["period_end"] == "2025-12-31"
    assert (report.form_id, report.form_version) == ("oas-csbm", "2009.1")
    assert report.created_by == "ana.drafter"
    [summary] = service.list_reports()
    assert summary.id == report.id
    assert summary.activity_count == 0


def test_edits_persist_and_undo_restores(service: DraftingService, workspace: Workspace) -> None:
    report = service.create("URY", 2025)
    original = replace(service.get(report.id), updated_at=EPOCH)
    activity = service.add_activity(report.id, "m02", {"title": "Diálogo político-estratégico"})
    assert activity.characteristics  # pre-ticked from the measure's usual characteristics
    undo = service.apply(
        report.id,
        [
            SetHeaderField("poc_name", "Inés Núñez"),
            SetAnswer("c1_q1", "Se activó la línea directa entre Estados Mayores."),
            SetMeasure("m02", "implemented"),
            SetActivityField(activity.uid, "partner_states", ["ARG", "BRA", "ARG"]),
            SetActivityField(activity.uid, "start_date", "2025-05-04"),
        ],
    )
    # A second service on a second connection sees it: it is on disk, not in memory.
    again = DraftingService(Workspace(workspace.path), service.actor).get(report.id)
    assert again.header["poc_name"] == "Inés Núñez"
    assert again.answers["c1_q1"].startswith("Se activó")  # type: ignore[union-attr]
    assert again.measure("m02").status == "implemented"
    assert again.activity(activity.uid).values["partner_states"] == ["ARG", "BRA"]

    service.apply(report.id, undo)
    service.apply(report.id, [DeleteActivity(activity.uid)])
    assert replace(service.get(report.id), updated_at=EPOCH) == original


def test_deleting_an_activity_can_be_undone_with_its_attachments(service: DraftingService) -> None:
    report = service.create("MEX", 2025)
    act = service.add_activity(report.id, "m12", {"title": "Libro Blanco"})
    info = service.add_attachment(report.id, act.uid, "libro-blanco.pdf", b"%PDF-1.7 ...")
    before = service.get(report.id)
    undo = service.apply(report.id, [DeleteActivity(act.uid)])
    assert service.get(report.id).activities == ()
    service.apply(report.id, undo)
    restored = service.get(report.id)
    assert restored.activities == before.activities
    assert service.attachment(report.id, info.uid)[1] == b"%PDF-1.7 ..."


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (SetHeaderField("state", "CHL"), "field.system"),
        (SetHeaderField("no_such_field", "x"), "field.unknown"),
        (SetHeaderField("period_start", "31/12/2025"), "value.invalid"),
        (SetHeaderField("marking", "secret"), "value.invalid"),
        (SetAnswer("c9_q9", "x"), "field.unknown"),
        (SetAnswer("c2_q1", 42), "value.invalid"),
        (SetMeasure("m999", "implemented"), "measure.unknown"),
        (SetMeasure("m01", "done"), "value.invalid"),  # type: ignore[arg-type]
        (AddActivity("u-1", "m01", {"partner_states": ["XXX"]}), "country.unknown"),
        (AddActivity("u-2", "m01", {"characteristics": [0, 8]}), "value.invalid"),
        (SetActivityField("missing", "title", "x"), "activity.not_found"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    service: DraftingService, db_path: Path, edit: object, code: str
) -> None:
    report = service.create("COL", 2025)
    act = service.add_activity(report.id, "m03", {"title": "Curso"})
    before = db_content(db_path)
    # A good edit first: the batch is all-or-nothing, so it must not land either.
    with pytest.raises((BadInput, NotFound)) as info:
        service.apply(report.id, [SetActivityField(act.uid, "title", "Otro"), edit])  # type: ignore[list-item]
    assert info.value.code == code
    assert db_content(db_path) == before


def test_attachments_are_hashed_and_size_limited(service: DraftingService, db_path: Path) -> None:
    report = service.create("CAN", 2025)
    act = service.add_activity(report.id, "m12", {"title": "Defence policy paper"})
    content = "Política de defensa — résumé\n".encode() * 100
    info = service.add_attachment(report.id, act.uid, "policy.txt", content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.size == len(content)
    assert info.media_type == "text/plain"
    assert service.get(report.id).activity(act.uid).attachments == (info,)

    before = db_content(db_path)
    with pytest.raises(BadInput) as err:
        service.add_attachment(report.id, act.uid, "huge.iso", b"\0" * (MAX_ATTACHMENT_BYTES + 1))
    assert err.value.code == "attachment.too_large"
    assert "huge.iso" in str(err.value)
    assert "25 MB" in str(err.value)
    assert db_content(db_path) == before

    service.remove_attachment(report.id, info.uid)
    assert service.get(report.id).activity(act.uid).attachments == ()


def test_revisions_are_snapshots(service: DraftingService, drafter: Actor) -> None:
    report = service.create("BRA", 2025)
    service.apply(report.id, [SetHeaderField("poc_name", "João")])
    first = service.save_revision(report.id, "  primeira versão ")
    service.apply(report.id, [SetHeaderField("poc_name", "Maria")])
    second = service.save_revision(report.id, "segunda")
    assert [r.number for r in service.revisions(report.id)] == [1, 2]
    assert first.message == "primeira versão"
    assert first.author == "ana.drafter"
    assert service.revision(report.id, 1).header["poc_name"] == "João"
    assert service.revision(report.id, 2).header["poc_name"] == "Maria"
    assert first.content_sha256 != second.content_sha256
    assert service.get(report.id).revision == 2
    with pytest.raises(NotFound):
        service.revision(report.id, 3)


def test_copy_forward(service: DraftingService) -> None:
    old = service.create("CHL", 2024)
    act = service.add_activity(old.id, "m02", {"title": "Reunión 2+2", "start_date": "2024-03-01"})
    service.add_attachment(old.id, act.uid, "acta.txt", b"acta")
    service.apply(
        old.id,
        [
            SetHeaderField("poc_name", "Rosa Díaz"),
            SetHeaderField("authorisation_date", "2025-03-01"),
            SetMeasure("m02", "implemented"),
            SetAnswer("c2_q1", "Cooperación con Salud."),
        ],
    )
    new = service.create("CHL", 2025, copy_from=old.id)
    assert new.copied_from == old.uid
    assert new.header["poc_name"] == "Rosa Díaz"
    assert "authorisation_date" not in new.header
    assert new.header["period_start"] == "2025-01-01"
    assert new.measure("m02").status == "implemented"
    assert new.answers["c2_q1"] == "Cooperación con Salud."
    [copied] = new.activities
    assert copied.uid != act.uid
    assert copied.values["title"] == "Reunión 2+2"
    assert copied.attachments[0].sha256 == hashlib.sha256(b"acta").hexdigest()
    # The old date now lies outside the period: validation makes the officer re-check it.
    assert any(
        p.code == "date.outside_period" and copied.uid in p.path for p in service.validate(new.id)
    )
    # The source is untouched.
    assert service.get(old.id).activities[0].uid == act.uid


def test_only_drafts_are_edited_or_deleted(service: DraftingService, workspace: Workspace) -> None:
    report = service.create("PAN", 2025)
    with workspace.db.session() as s:
        store.set_status(s, report.id, "final")
    with pytest.raises(Refused) as info:
        service.apply(report.id, [SetHeaderField("poc_name", "x")])
    assert info.value.code == "report.not_editable"
    with pytest.raises(Refused):
        service.delete(report.id)
    with workspace.db.session() as s:
        store.set_status(s, report.id, "draft")
    service.delete(report.id)
    with pytest.raises(NotFound):
        service.get(report.id)


def test_bad_creation_input(service: DraftingService) -> None:
    with pytest.raises(BadInput, match="not an OAS member state"):
        service.create("ESP", 2025)
    with pytest.raises(BadInput, match="not a reporting year"):
        service.create("ARG", 1990)
    assert service.list_reports() == []


def test_memory_and_store_apply_edits_alike(service: DraftingService) -> None:
    """The editor shows edits applied in memory; the store must end up with the same report."""
    from csbm_desktop.domain.apply import apply_edit

    report = service.create("SLV", 2025)
    a, b, c = (f"00000000-0000-4000-8000-00000000000{i}" for i in range(3))
    script: list[list[Edit]] = [
        [AddActivity(a, "m01", {"title": "Primera"}), AddActivity(b, "m02", {"title": "Segunda"})],
        [AddActivity(c, "m02", {"title": "Tercera", "characteristics": [2, 3]})],
        [SetActivityField(b, "place", "San Salvador"), SetHeaderField("poc_name", "Óscar")],
        [SetMeasure("m02", "implemented", note="ok"), SetAnswer("c3_q1", "Estable.")],
        [DeleteActivity(b)],
        [SetMeasure("m02", None), SetHeaderField("poc_name", None)],
    ]
    memory = service.get(report.id)
    undo_log: list[list[Edit]] = []
    for batch in script:
        stored_undo = service.apply(report.id, batch)
        memory_undo: list[Edit] = []
        for edit in batch:
            memory, inverse = apply_edit(memory, edit)
            memory_undo.insert(0, inverse)
        assert memory_undo == stored_undo
        undo_log.append(stored_undo)
        assert _content(service.get(report.id)) == _content(memory)
    for undo in reversed(undo_log):  # undo everything, including the deletion in the middle
        service.apply(report.id, undo)
        for edit in undo:
            memory, _ = apply_edit(memory, edit)
        assert _content(service.get(report.id)) == _content(memory)
    assert service.get(report.id).activities == ()


def _content(report: Report) -> Report:
    return replace(report, updated_at=EPOCH, updated_by="", revision=0, id=0)


def test_restore_a_revision(service: DraftingService) -> None:
    report = service.create("ECU", 2025)
    act = service.add_activity(report.id, "m03", {"title": "Curso de DIH"})
    service.add_attachment(report.id, act.uid, "programa.txt", b"programa")
    service.apply(report.id, [SetHeaderField("poc_name", "Primero")])
    service.save_revision(report.id, "uno")
    service.apply(report.id, [SetHeaderField("poc_name", "Segundo"), DeleteActivity(act.uid)])
    restored = service.restore_revision(report.id, 1)
    assert restored.header["poc_name"] == "Primero"
    assert [a.uid for a in restored.activities] == [act.uid]
    assert service.attachment(report.id, restored.activities[0].attachments[0].uid)[1] == (
        b"programa"
    )
    # What was there before the restore is kept as a revision of its own.
    revisions = service.revisions(report.id)
    assert revisions[-1].message == "Before restoring revision 1"
    assert service.revision(report.id, revisions[-1].number).header["poc_name"] == "Segundo"
