"""Field-level differences between versions of a report, and their wording, on a real database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from csbm_desktop.domain.diff import WORDS, Change, describe, diff_reports
from csbm_desktop.domain.edits import (
    DeleteActivity,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.languages import LANGUAGES
from csbm_desktop.domain.report import Report
from csbm_desktop.services.drafting import DraftingService


@pytest.fixture
def versions(service: DraftingService) -> tuple[Report, Report, dict[str, str]]:
    """Revision 1 of a report and its working copy after a round of edits of every kind."""
    report = service.create("COL", 2025)
    talks = service.add_activity(
        report.id,
        "m02",
        {"title": "Reunión bilateral", "partner_states": ["ECU"], "characteristics": [1]},
    )
    course = service.add_activity(report.id, "m05", {"title": "Curso de DIH"})
    untouched = service.add_activity(report.id, "m03", {"title": "Seminario"})
    service.add_attachment(report.id, talks.uid, "acta.pdf", b"%PDF-1.7 acta")
    service.apply(
        report.id,
        [
            SetHeaderField("poc_name", "Ana"),
            SetHeaderField("poc_position", "Jefa de gabinete"),
            SetMeasure("m02", "partly"),
            SetAnswer("c1_q1", "Primera redacción."),
            SetAnswer("c1_q2", "no"),
        ],
    )
    service.save_revision(report.id, "primera")

    service.apply(
        report.id,
        [
            SetHeaderField("poc_name", "Inés"),
            SetHeaderField("poc_position", None),
            SetHeaderField("marking", "restricted"),
            SetMeasure("m02", "implemented", note="Dos reuniones"),
            SetMeasure("m07", None, nothing_to_report=True),
            SetAnswer("c1_q1", "Segunda redacción."),
            SetAnswer("c1_q2", "yes"),
            SetActivityField(talks.uid, "actor_levels", ["military", "academia"]),
            SetActivityField(talks.uid, "partner_states", ["ECU", "PER"]),
            SetActivityField(talks.uid, "characteristics", [1, 4]),
            SetActivityField(talks.uid, "start_date", "2025-05-04"),
            DeleteActivity(course.uid),
        ],
    )
    paper = service.add_activity(report.id, "m12", {"title": "Libro Blanco"})
    service.add_attachment(report.id, talks.uid, "foto.jpg", b"\xff\xd8 foto")
    uids = {"talks": talks.uid, "course": course.uid, "paper": paper.uid, "seminar": untouched.uid}
    return service.revision(report.id, 1), service.get(report.id), uids


def test_lists_exactly_the_changes_in_order(
    versions: tuple[Report, Report, dict[str, str]],
) -> None:
    old, new, uid = versions
    talks = f"activities.{uid['talks']}"
    assert diff_reports(old, new) == [
        Change("changed", "header.marking", "public", "restricted"),
        Change("changed", "header.poc_name", "Ana", "Inés"),
        Change("removed", "header.poc_position", "Jefa de gabinete", None),
        Change("changed", "measures.m02.status", "partly", "implemented"),
        Change("added", "measures.m02.note", None, "Dos reuniones"),
        Change("changed", "measures.m07.nothing_to_report", False, True),
        Change("changed", "answers.c1_q1", "Primera redacción.", "Segunda redacción."),
        Change("changed", "answers.c1_q2", "no", "yes"),
        # Activities in the new version's order, fields by key; then the ones removed.
        Change("added", f"{talks}.actor_levels", None, ["military", "academia"]),
        Change("changed", f"{talks}.characteristics", [1], [1, 4]),
        Change("changed", f"{talks}.partner_states", ["ECU"], ["ECU", "PER"]),
        Change("added", f"{talks}.start_date", None, "2025-05-04"),
        Change("changed", f"{talks}.attachments", ["acta.pdf"], ["acta.pdf", "foto.jpg"]),
        Change("added", f"activities.{uid['paper']}", None, "Libro Blanco"),
        Change("removed", f"activities.{uid['course']}", "Curso de DIH", None),
    ]


def test_the_reverse_diff_mirrors_it(versions: tuple[Report, Report, dict[str, str]]) -> None:
    old, new, _ = versions
    forward = {c.path: c for c in diff_reports(old, new)}
    backward = {c.path: c for c in diff_reports(new, old)}
    assert forward.keys() == backward.keys()
    mirror = {"added": "removed", "removed": "added", "changed": "changed"}
    for path, change in forward.items():
        assert backward[path] == Change(mirror[change.kind], path, change.new, change.old)


def test_no_difference_no_change(service: DraftingService) -> None:
    report = service.create("URY", 2025)
    act = service.add_activity(report.id, "m02", {"title": "Diálogo"})
    service.add_attachment(report.id, act.uid, "a.txt", b"a")
    service.apply(report.id, [SetMeasure("m02", "implemented"), SetAnswer("c2_q2", 3)])
    service.save_revision(report.id, "v1")
    current = service.get(report.id)
    assert diff_reports(current, current) == []
    assert diff_reports(service.revision(report.id, 1), current) == []
    # Empty values mean "not answered" however they are spelled.
    blank = replace(current, header={**current.header, "poc_name": ""}, answers={"c2_q2": 3})
    assert diff_reports(current, blank) == []


def test_a_replaced_file_of_the_same_name_is_a_change(service: DraftingService) -> None:
    report = service.create("CHL", 2025)
    act = service.add_activity(report.id, "m12", {"title": "Libro"})
    first = service.add_attachment(report.id, act.uid, "libro.pdf", b"v1")
    service.save_revision(report.id, "v1")
    service.remove_attachment(report.id, first.uid)
    service.add_attachment(report.id, act.uid, "libro.pdf", b"v2")
    [change] = diff_reports(service.revision(report.id, 1), service.get(report.id))
    assert change == Change(
        "changed", f"activities.{act.uid}.attachments", ["libro.pdf"], ["libro.pdf"]
    )
    service.remove_attachment(
        report.id, service.get(report.id).activity(act.uid).attachments[0].uid
    )
    [change] = diff_reports(service.revision(report.id, 1), service.get(report.id))
    assert change == Change("removed", f"activities.{act.uid}.attachments", ["libro.pdf"], None)


def _described(
    versions: tuple[Report, Report, dict[str, str]], spec: FormSpec, lang: str
) -> dict[str, tuple[str, str, str]]:
    old, new, _ = versions
    return {c.path: describe(c, spec, lang, old, new) for c in diff_reports(old, new)}


def test_spanish_wording(versions: tuple[Report, Report, dict[str, str]], spec: FormSpec) -> None:
    text = _described(versions, spec, "es")
    uid = versions[2]
    talks = f"activities.{uid['talks']}"
    assert text["header.marking"] == ("Informe › Distribución", "Público", "Reservado")
    assert text["header.poc_position"][1:] == ("Jefa de gabinete", "—")
    where, before, after = text["measures.m02.status"]
    assert where.startswith("Medida 2 · ")
    assert where.endswith(" › Estado")
    assert (before, after) == ("Aplicada parcialmente", "Aplicada")
    assert text["measures.m07.nothing_to_report"][1:] == ("No", "Sí")
    assert text["measures.m02.note"][1:] == ("—", "Dos reuniones")
    assert text["answers.c1_q2"][0].startswith("1. Atenuación de crisis › ")
    assert text["answers.c1_q2"][1:] == ("No", "Sí")
    assert text[f"{talks}.actor_levels"][2] == (
        "Autoridades militares, Ámbito académico y centros de investigación"
    )
    assert text[f"{talks}.partner_states"] == (
        "Actividad «Reunión bilateral» › Estados participantes",
        "Ecuador",
        "Ecuador, Perú",
    )
    assert text[f"{talks}.characteristics"][1:] == (
        "1. Atenuación de crisis",
        "1. Atenuación de crisis, 4. Difusión y acceso público",
    )
    assert text[f"{talks}.start_date"][1:] == ("—", "2025-05-04")
    assert text[f"{talks}.attachments"] == (
        "Actividad «Reunión bilateral» › Anexos",
        "acta.pdf",
        "acta.pdf, foto.jpg",
    )
    assert text[f"activities.{uid['paper']}"] == (
        "Actividad «Libro Blanco»",
        "—",
        "Actividad añadida (medida 12)",
    )
    # A removed activity is named from the version that still has it.
    assert text[f"activities.{uid['course']}"] == (
        "Actividad «Curso de DIH»",
        "En la medida 5",
        "Actividad eliminada",
    )


def test_french_wording(versions: tuple[Report, Report, dict[str, str]], spec: FormSpec) -> None:
    text = _described(versions, spec, "fr")
    uid = versions[2]
    talks = f"activities.{uid['talks']}"
    assert text["header.marking"][1:] == ("Public", "Diffusion restreinte")
    assert text["measures.m02.status"][1:] == ("Partiellement appliquée", "Appliquée")
    assert text["measures.m07.nothing_to_report"][0].endswith(" › Rien à signaler")
    assert text["measures.m07.nothing_to_report"][1:] == ("Non", "Oui")
    assert text[f"{talks}.partner_states"][1:] == ("Équateur", "Équateur, Pérou")
    assert text[f"{talks}.characteristics"][2] == (
        "1. Atténuation des crises, 4. Diffusion et accès du public"
    )
    assert text[f"activities.{uid['paper']}"][2] == "Activité ajoutée (mesure 12)"
    assert text[f"activities.{uid['course']}"][2] == "Activité supprimée"


def test_long_file_lists_are_counted(spec: FormSpec) -> None:
    from csbm_desktop.domain.diff import render_value

    names = [f"foto-{i}.jpg" for i in range(1, 8)]
    text = render_value(spec, "activities.x.attachments", names, "pt")
    assert text == "foto-1.jpg, foto-2.jpg, foto-3.jpg, … (7 arquivos)"


def test_every_word_exists_in_the_four_languages() -> None:
    for key, text in WORDS.items():
        values = [text.get(lang) for lang in LANGUAGES]
        assert all(v.strip() for v in values), key
        placeholders = {frozenset(part.split("}")[0] for part in v.split("{")[1:]) for v in values}
        assert len(placeholders) == 1, key
