"""Workbook import: our own export read back losslessly (for what a workbook carries), generic
activity tables read with their column headings, every problem listed with its row and column,
all or nothing, and hostile files refused quickly with a clear error."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from csbm_desktop.cli import main
from csbm_desktop.domain.errors import BadInput, CsbmError
from csbm_desktop.domain.form import LANGUAGES, FormSpec
from csbm_desktop.domain.import_problems import ImportRefused, RowProblem
from csbm_desktop.domain.messages import MESSAGES
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import xlsx_guard
from csbm_desktop.export.xlsx import LABELS, build_workbook
from csbm_desktop.export.xlsx_read import read_workbook
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workbook_import import import_workbook
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from tests.conftest import REPO, add_staff, db_content
from tests.test_export_xlsx import make_meta
from tests.workbook_files import (
    BILLION_LAUGHS,
    XXE,
    entries,
    rezip,
    sheet_part,
    table_workbook,
    understate,
)


@pytest.fixture
def other(tmp_path: Path) -> Any:
    """A second database with the same staff: the laptop the workbook is carried to."""
    ws = Workspace(tmp_path / "other.sqlite3")
    add_staff(ws)
    yield ws
    ws.close()


def export(tmp_path: Path, report: Report, spec: FormSpec, lang: str, status: str = "") -> Path:
    out = tmp_path / f"report-{lang}.xlsx"
    build_workbook(report, spec, lang, make_meta(report, status or None), out)
    return out


def content(report: Report) -> dict[str, Any]:
    """What a workbook carries of a report (no attachments, revisions or timestamps)."""
    return {
        "uid": report.uid,
        "state": report.state,
        "year": report.year,
        "form": (report.form_id, report.form_version),
        "header": report.header,
        "answers": report.answers,
        "measures": {
            m.measure_id: m for m in report.measures if m.status or m.nothing_to_report or m.note
        },
        "activities": [(a.uid, a.measure_id, a.values) for a in report.activities],
    }


def read(ws: Workspace, path: Path, **kwargs: Any) -> Any:
    return read_workbook(path, ws.form(), ws.form, now=utc_now(), by="test", **kwargs)


def refused(ws: Workspace, actor: Actor, path: Path, **kwargs: Any) -> list[RowProblem]:
    """The problems of a refused import, after checking that it changed nothing."""
    before = db_content(ws.path)
    with pytest.raises(ImportRefused) as info:
        import_workbook(ws, actor, path, **kwargs)
    assert db_content(ws.path) == before
    assert info.value.code == "import.refused"
    return list(info.value.problems)


def codes(problems: list[RowProblem]) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.code) for p in problems if p.severity == "error"}


# --- our own workbook ---


@pytest.mark.parametrize("lang", LANGUAGES)
def test_own_workbook_reads_back_what_it_carries(
    tmp_path: Path, workspace: Workspace, demo: Report, demo_spec: FormSpec, lang: str
) -> None:
    path = export(tmp_path, demo, demo_spec, lang)
    got = read(workspace, path)
    assert got.layout == "csbm"
    assert content(got.report) == content(demo)
    assert got.status_in_file == "draft"
    # The one file attached in the demo comes back as a name only: said, not silently dropped.
    [note] = got.problems
    assert (note.severity, note.code, note.params) == (
        "warning",
        "xlsx.attachments_ignored",
        {"count": "1"},
    )


def test_import_own_workbook_into_another_database(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, other: Workspace, staff: dict[str, Actor]
) -> None:
    path = export(tmp_path, demo, demo_spec, "es", status="final")
    drafter = staff["ana.drafter"]
    result = import_workbook(other, drafter, path)
    assert result.layout == "csbm"
    assert [p.code for p in result.problems] == ["xlsx.attachments_ignored"]
    stored = DraftingService(other, drafter).get(result.report_id)
    assert content(stored) == content(demo)
    assert stored.status == "draft"  # the workflow runs again in this database
    assert stored.created_by == "ana.drafter"
    with other.db.session() as s:
        [event] = audit.events(s, action_prefix="report.import")
    assert event.report_uid == demo.uid
    assert event.details["format"] == "xlsx"
    assert event.details["layout"] == "csbm"
    assert event.details["status_in_file"] == "final"
    assert event.details["file"] == path.name
    assert event.details["uid_in_file"] is None
    assert len(event.details["sha256"]) == 64


def test_reimport_into_the_same_database_gets_new_ids(
    tmp_path: Path, workspace: Workspace, demo: Report, demo_spec: FormSpec, drafter: Actor
) -> None:
    path = export(tmp_path, demo, demo_spec, "en")
    result = import_workbook(workspace, drafter, path)
    copy = DraftingService(workspace, drafter).get(result.report_id)
    assert copy.uid != demo.uid
    assert not {a.uid for a in copy.activities} & {a.uid for a in demo.activities}
    assert [a.values for a in copy.activities] == [a.values for a in demo.activities]
    with workspace.db.session() as s:
        [event] = audit.events(s, action_prefix="report.import")
    assert event.details["uid_in_file"] == demo.uid


def test_edited_own_workbook(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, other: Workspace, drafter: Actor
) -> None:
    """What a colleague does to the exported file: retype values in other spellings, add a
    row without an id, copy a row with its id, change a status with the drop-down."""
    path = export(tmp_path, demo, demo_spec, "es")
    wb = openpyxl.load_workbook(path)
    ws = wb[LABELS["sheet.activities"].get("es")]
    head = [c.value for c in ws[2]]  # row 1: the stable keys
    col = {h: i + 1 for i, h in enumerate(head)}
    ws.cell(row=3, column=col["Fecha de inicio"]).value = "03/02/2025"  # day first, as text
    ws.cell(row=3, column=col["Estados participantes"]).value = "chile, PE ; Uruguay"
    ws.cell(row=3, column=col["Nivel de los actores"]).value = "Ministers; Sociedad civil"
    new = ws.max_row + 1
    ws.cell(row=new, column=col["Título"]).value = "Taller nuevo"
    ws.cell(row=new, column=col["Medida (n.º del formulario)"]).value = "3"
    ws.cell(row=new, column=col["Fecha de inicio"]).value = datetime(2025, 6, 2)
    ws.cell(row=new, column=col["3. Estabilidad de los compromisos"]).value = "x"
    for c in range(1, ws.max_column + 1):  # a copied row keeps the id of the one it copies
        ws.cell(row=new + 1, column=c).value = ws.cell(row=4, column=c).value
    measures = wb[LABELS["sheet.measures"].get("es")]
    measures.cell(row=3, column=7).value = "Not applicable"  # English, in a Spanish workbook
    wb.save(path)

    result = import_workbook(other, drafter, path)
    got = DraftingService(other, drafter).get(result.report_id)
    first = got.activities[0].values
    assert first["start_date"] == "2025-02-03"
    assert first["partner_states"] == ["CHL", "PER", "URY"]
    assert first["actor_levels"] == ["minister", "civil_society"]
    added = got.activities[len(demo.activities)]
    assert (added.measure_id, added.values) == (
        "m03",
        {"title": "Taller nuevo", "start_date": "2025-06-02", "characteristics": [3]},
    )
    copied = got.activities[-1]
    assert copied.values == demo.activities[1].values
    assert copied.uid != demo.activities[1].uid
    assert got.measure("m01").status == "not_applicable"


def test_every_problem_is_listed_with_its_place_and_nothing_is_written(
    tmp_path: Path, workspace: Workspace, demo: Report, demo_spec: FormSpec, drafter: Actor
) -> None:
    path = export(tmp_path, demo, demo_spec, "en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Activities"]
    col = {c.value: c.column for c in ws[2]}  # row 1: the stable keys
    ws.cell(row=3, column=col["Start date"]).value = "next Tuesday"
    ws.cell(row=4, column=col["Measure (form no.)"]).value = 77
    ws.cell(row=5, column=col["Partner states"]).value = "Peru; Atlantis"
    ws.cell(row=6, column=col["1. Crisis alleviation"]).value = "maybe"
    ws.cell(row=7, column=col["Level of actors"]).value = "Astronauts"
    ws.cell(row=8, column=col["Characteristics served"]).value = "2, 9"
    ws.cell(row=9, column=col["Measure (form no.)"]).value = None
    ws.cell(row=9, column=col["Measure"]).value = None
    wb["Characteristics"].cell(row=3, column=3).value = "c9_q9"
    wb["Measures"].cell(row=4, column=8).value = "Perhaps"
    wb.save(path)

    problems = refused(workspace, drafter, path)
    assert codes(problems) == {
        (3, "Start date", "xlsx.date_invalid"),
        (4, "Measure (form no.)", "xlsx.measure_unknown"),
        (5, "Partner states", "country.unknown"),
        (6, "1. Crisis alleviation", "xlsx.mark_invalid"),
        (7, "Level of actors", "xlsx.choice_unknown"),
        (8, "Characteristics served", "xlsx.characteristic_unknown"),
        (9, "Measure (form no.)", "xlsx.measure_missing"),
        (3, "", "field.unknown"),
        (4, "Nothing to report", "xlsx.boolean_invalid"),
    }
    by_row = {(p.sheet, p.row): p for p in problems}
    assert (
        by_row[("Activities", 5)].message("es") == "«Atlantis» no es un código de país ISO 3166-1."
    )
    assert by_row[("Activities", 3)].where() == "Activities!3 (Start date)"
    assert "Heads of state or government" in by_row[("Activities", 7)].message("en")


def test_missing_sheet_and_bad_metadata(
    tmp_path: Path, workspace: Workspace, demo: Report, demo_spec: FormSpec, drafter: Actor
) -> None:
    path = export(tmp_path, demo, demo_spec, "fr")
    wb = openpyxl.load_workbook(path)
    del wb["Activités"]
    meta = wb["Métadonnées"]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "state":
            row[2].value = "XYZ"
        if row[0].value == "year":
            row[2].value = "l'an dernier"
    wb.save(path)
    problems = refused(workspace, drafter, path)
    assert {(p.sheet, p.code) for p in problems if p.severity == "error"} == {
        ("Activités", "xlsx.sheet_missing"),
        ("Métadonnées", "state.unknown"),
        ("Métadonnées", "xlsx.metadata_invalid"),
    }


# --- a generic table, laid out like the OAS online system's lists ---

TABLE = [
    ["Informe nacional MFCS"],
    ["Estado:", "Perú"],
    ["Año", 2025],
    [],
    [
        "N.º de medida",  # the heading of workbooks exported before "form no.": still read
        "Actividad",
        "Fecha de inicio",
        "Fecha de fin",
        "Países participantes",
        "Características",
        "Nivel",
        "Resultado",
        "Enlace",
        "Observaciones",
    ],
    [
        5,
        "Notificación del ejercicio «Unitas»",
        datetime(2025, 3, 4),
        "2025-03-09",
        "CL; Colombia, Ecuador",
        "1, 4",
        "Autoridades militares",
        "Observadores invitados",
        "https://example.org/unitas",
        "interno",
    ],
    ["8", "Intercambio de cadetes", "15/08/2025", None, "Brasil", "6", None, None, None, None],
    [],
    ["99", "Otra medida", 45800, None, None, "Crisis alleviation", None, None, None, None],
    [None, None, None, None, None, None, None, None, None, "revisado por J. P."],  # not a row
]


def test_generic_table_becomes_a_new_draft(
    tmp_path: Path, workspace: Workspace, drafter: Actor, staff: dict[str, Actor]
) -> None:
    path = table_workbook(tmp_path / "oas.xlsx", TABLE)
    result = import_workbook(workspace, drafter, path)
    assert result.layout == "table"
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (5, "Observaciones", "xlsx.column_ignored")
    ]
    report = DraftingService(workspace, drafter).get(result.report_id)
    assert (report.state, report.year, report.status) == ("PER", 2025, "draft")
    assert report.header["period_start"] == "2025-01-01"
    first, second, third = report.activities
    assert first.measure_id == "m05"
    assert first.values == {
        "title": "Notificación del ejercicio «Unitas»",
        "start_date": "2025-03-04",
        "end_date": "2025-03-09",
        "partner_states": ["CHL", "COL", "ECU"],
        "characteristics": [1, 4],
        "actor_levels": ["military"],
        "outcome": "Observadores invitados",
        "public_reference": "https://example.org/unitas",
    }
    assert (second.measure_id, second.values["start_date"]) == ("m08", "2025-08-15")
    assert (third.measure_id, third.values["start_date"]) == ("other", "2025-05-23")
    assert third.values["characteristics"] == [1]
    with workspace.db.session() as s:
        [event] = audit.events(s, action_prefix="report.import")
    assert event.details["layout"] == "table"
    assert event.details["activities"] == 3


def test_state_and_year_from_the_caller(
    tmp_path: Path, workspace: Workspace, drafter: Actor
) -> None:
    path = table_workbook(tmp_path / "t.xlsx", TABLE[4:])
    problems = refused(workspace, drafter, path)
    assert {p.code for p in problems if p.severity == "error"} == {
        "xlsx.state_needed",
        "xlsx.year_needed",
    }
    result = import_workbook(workspace, drafter, path, state="CHL", year=2024)
    report = DraftingService(workspace, drafter).get(result.report_id)
    assert (report.state, report.year, len(report.activities)) == ("CHL", 2024, 3)
    # The caller's choice wins over the sheet's.
    path = table_workbook(tmp_path / "t2.xlsx", TABLE)
    result = import_workbook(workspace, drafter, path, year=2024)
    assert DraftingService(workspace, drafter).get(result.report_id).year == 2024
    assert {p.code for p in refused(workspace, drafter, path, year=1990)} >= {"year.invalid"}


def test_column_mapping(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    rows = [
        ["MFCS", "Evento", "Cuándo", "Quiénes", "Notas"],
        ["2", "Reunión bilateral", date(2025, 4, 1), "ARG", "privado"],
    ]
    path = table_workbook(tmp_path / "m.xlsx", rows)
    mapping = {"Cuándo": "start_date", "quienes": "partner_states", "Notas": "ignore"}
    result = import_workbook(workspace, drafter, path, state="URY", year=2025, mapping=mapping)
    [activity] = DraftingService(workspace, drafter).get(result.report_id).activities
    assert activity.measure_id == "m02"
    assert activity.values == {
        "title": "Reunión bilateral",
        "start_date": "2025-04-01",
        "partner_states": ["ARG"],
    }
    assert result.problems == ()

    with pytest.raises(BadInput) as info:
        import_workbook(workspace, drafter, path, mapping={"Evento": "colour"})
    assert info.value.code == "xlsx.map_unknown_field"
    assert "start_date" in info.value.message("en")
    problems = refused(workspace, drafter, path, state="URY", year=2025, mapping={"Dónde": "place"})
    assert codes(problems) == {(1, "", "xlsx.map_no_column")}


def test_table_problems_and_duplicate_columns(
    tmp_path: Path, workspace: Workspace, drafter: Actor
) -> None:
    rows = [
        ["Measure", "Title", "Date", "Start date", "Characteristics"],
        ["4", "Exercise", "2025-02-30", None, "8"],
    ]
    path = table_workbook(tmp_path / "p.xlsx", rows, title="Sheet1")
    problems = refused(workspace, drafter, path, state="CAN", year=2025)
    assert codes(problems) == {
        (1, "Start date", "xlsx.column_twice"),
        (2, "Date", "xlsx.date_invalid"),
        (2, "Characteristics", "xlsx.characteristic_unknown"),
    }


def test_no_table_and_not_a_workbook(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    path = table_workbook(tmp_path / "n.xlsx", [["Budget", "Amount"], ["Fuel", 12]])
    with pytest.raises(BadInput) as info:
        import_workbook(workspace, drafter, path)
    assert info.value.code == "xlsx.no_table"
    notes = tmp_path / "notes.xlsx"
    notes.write_text("just text", encoding="utf-8")
    with pytest.raises(BadInput) as info:
        import_workbook(workspace, drafter, notes)
    assert info.value.code == "xlsx.not_zip"  # worded, not zipfile's "File is not a zip file"
    with pytest.raises(BadInput) as info:
        import_workbook(workspace, drafter, tmp_path / "missing.xlsx")
    assert info.value.code == "file.unreadable"


def test_empty_table_is_refused(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    path = table_workbook(tmp_path / "e.xlsx", [["Measure", "Title"]])
    assert codes(refused(workspace, drafter, path, state="ARG", year=2025)) == {
        (0, "", "xlsx.no_rows")
    }


def test_dry_run_stores_nothing(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    path = table_workbook(tmp_path / "oas.xlsx", TABLE)
    before = db_content(workspace.path)
    result = import_workbook(workspace, drafter, path, dry_run=True)
    assert result.report_id is None
    assert len(result.report.activities) == 3
    assert db_content(workspace.path) == before


def test_only_drafters_import(
    tmp_path: Path, workspace: Workspace, staff: dict[str, Actor]
) -> None:
    path = table_workbook(tmp_path / "oas.xlsx", TABLE)
    with pytest.raises(CsbmError) as info:
        import_workbook(workspace, staff["rui.reviewer"], path)
    assert info.value.code == "role.missing"


# --- hostile files ---


@pytest.fixture
def good(tmp_path: Path) -> bytes:
    return table_workbook(tmp_path / "good.xlsx", TABLE).read_bytes()


def hostile(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(data)
    return path


def refused_quickly(ws: Workspace, actor: Actor, path: Path, code: str) -> BadInput:
    before = db_content(ws.path)
    start = time.perf_counter()
    with pytest.raises(BadInput) as info:
        import_workbook(ws, actor, path)
    assert time.perf_counter() - start < 3
    assert info.value.code == code, info.value
    assert db_content(ws.path) == before
    return info.value


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
@pytest.mark.parametrize("part", ["sheet", "xl/workbook.xml", "[Content_Types].xml"])
def test_entity_tricks_are_refused_before_parsing(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes, bomb: bytes, part: str
) -> None:
    name = sheet_part(good) if part == "sheet" else part
    path = hostile(tmp_path, rezip(good, replace={name: bomb}))
    err = refused_quickly(workspace, drafter, path, "xlsx.unsafe_xml")
    assert err.params["name"] == name


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_openpyxl_alone_would_not_expand_them_either(
    tmp_path: Path,
    workspace: Workspace,
    drafter: Actor,
    good: bytes,
    bomb: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second line of defence: with our DTD scan switched off, defusedxml refuses."""
    monkeypatch.setattr(xlsx_guard, "_DTD", re.compile(rb"(?!x)x"))
    path = hostile(tmp_path, rezip(good, replace={sheet_part(good): bomb}))
    err = refused_quickly(workspace, drafter, path, "xlsx.entities")
    assert "Forbidden" in err.params["detail"]  # defusedxml's EntitiesForbidden


def test_zip_bomb_is_refused(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes
) -> None:
    bomb = b"<x>" + b" " * (40 * 1024**2) + b"</x>"  # 40 MB that deflate to ~40 kB
    path = hostile(tmp_path, rezip(good, add=[("xl/media/bomb.xml", bomb)]))
    err = refused_quickly(workspace, drafter, path, "archive.too_large")
    assert err.params["name"] == "xl/media/bomb.xml"


def test_understated_sizes_are_caught(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes
) -> None:
    name = sheet_part(good)
    path = hostile(tmp_path, understate(good, name, 10))
    refused_quickly(workspace, drafter, path, "xlsx.damaged")


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ([("../evil.xml", b"<x/>")], "archive.unsafe_name"),
        ([("/etc/evil.xml", b"<x/>")], "archive.unsafe_name"),
        ([("xl\\..\\evil.xml", b"<x/>")], "archive.unsafe_name"),
        ([("xl/workbook.xml", b"<x/>")], "archive.duplicate"),
    ],
    ids=["dotdot", "absolute", "backslash", "duplicate"],
)
def test_bad_entry_names_are_refused(
    tmp_path: Path,
    workspace: Workspace,
    drafter: Actor,
    good: bytes,
    extra: list[tuple[str, bytes]],
    code: str,
) -> None:
    refused_quickly(workspace, drafter, hostile(tmp_path, rezip(good, add=extra)), code)


def test_too_many_parts_and_too_large_file(
    tmp_path: Path,
    workspace: Workspace,
    drafter: Actor,
    good: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    many = [(f"xl/media/{i}.bin", b"") for i in range(1001)]
    refused_quickly(
        workspace, drafter, hostile(tmp_path, rezip(good, add=many)), "archive.too_many"
    )
    monkeypatch.setattr(xlsx_guard, "MAX_FILE_BYTES", 1000)
    err = refused_quickly(workspace, drafter, hostile(tmp_path, good), "xlsx.too_large")
    assert "MB" in err.message("en")


def test_forged_dimensions_and_far_cells_do_not_hang(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes
) -> None:
    name = sheet_part(good)
    xml = entries(good)[name].decode()
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    far = (
        '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>far</t></is></c>'
        '<c r="XFD1048576" t="inlineStr"><is><t>farther</t></is></c></row>'
    )
    xml = xml.replace("</sheetData>", far + "</sheetData>")
    path = hostile(tmp_path, rezip(good, replace={name: xml.encode()}))
    start = time.perf_counter()
    problems = refused(workspace, drafter, path)
    assert time.perf_counter() - start < 10
    assert [p.code for p in problems if p.severity == "error"] == ["xlsx.too_many_rows"]


def test_huge_field_is_a_row_problem(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    data = table_workbook(tmp_path / "h.xlsx", [*TABLE[:6], [*TABLE[6][:1], "PLACEHOLDER"]])
    data_bytes = data.read_bytes()
    [(name, xml)] = [(n, x) for n, x in entries(data_bytes).items() if b"PLACEHOLDER" in x]
    huge = xml.replace(b"PLACEHOLDER", b"y" * 200_000)  # Excel itself stops at 32,767
    path = hostile(tmp_path, rezip(data_bytes, replace={name: huge}))
    problems = refused(workspace, drafter, path)
    assert codes(problems) == {(7, "Actividad", "xlsx.cell_too_long")}
    [p] = [p for p in problems if p.code == "xlsx.cell_too_long"]
    assert p.params == {"length": "200000", "max": "32767"}


def test_damaged_part_is_one_clear_error(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes
) -> None:
    name = sheet_part(good)
    xml = entries(good)[name][:-200]  # cut inside the XML
    err = refused_quickly(
        workspace, drafter, hostile(tmp_path, rezip(good, replace={name: xml})), "xlsx.bad_xml"
    )
    assert err.params["file"] == "hostile.xlsx"


def without(data: bytes, name: str) -> bytes:
    """`data` (a zip) with the entry `name` left out."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, content in entries(data).items():
            if entry != name:
                z.writestr(entry, content)
    return out.getvalue()


LIBRARY_WORDS = (
    "KeyError",
    "ExpatError",
    "ParseError",
    "XMLSyntaxError",
    "ValueError",
    "There is no item",
    "not well-formed (invalid token)",
    "Traceback",
)


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        ("no sheet part", "xlsx.part_missing"),
        ("no workbook part", "xlsx.part_missing"),
        ("no content types", "xlsx.part_missing"),
        ("broken workbook xml", "xlsx.bad_xml"),
        ("broken sheet xml", "xlsx.bad_xml"),
        ("broken relations", "xlsx.bad_xml"),
        ("not a zip", "xlsx.not_zip"),
        ("cut short", "xlsx.not_zip"),
    ],
)
def test_a_broken_workbook_is_worded_without_library_text(
    tmp_path: Path, workspace: Workspace, drafter: Actor, good: bytes, damage: str, code: str
) -> None:
    sheet = sheet_part(good)
    data = {
        "no sheet part": lambda: without(good, sheet),
        "no workbook part": lambda: without(good, "xl/workbook.xml"),
        "no content types": lambda: without(good, "[Content_Types].xml"),
        "broken workbook xml": lambda: rezip(good, replace={"xl/workbook.xml": b"<workbook"}),
        "broken sheet xml": lambda: rezip(good, replace={sheet: b"<worksheet><sheetData><row>"}),
        "broken relations": lambda: rezip(
            good, replace={"xl/_rels/workbook.xml.rels": b"<Relationships><"}
        ),
        "not a zip": lambda: b"Fecha;Actividad\n2025-01-01;Ejercicio\n",
        "cut short": lambda: good[: len(good) // 2],
    }[damage]()
    err = refused_quickly(workspace, drafter, hostile(tmp_path, data), code)
    if damage == "no sheet part":
        assert err.params["name"] == sheet
    for lang in LANGUAGES:
        text = err.message(lang)
        assert "hostile.xlsx" in text
        assert not any(word in text for word in LIBRARY_WORDS), text


# --- the command line ---


def reports_only(dump: list[str]) -> list[str]:
    return [line for line in dump if "audit_event" not in line]


class Csbm:
    def __init__(self, db: Path, password: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.password, self.capsys = db, password, capsys

    def __call__(self, *args: str, code: int = 0) -> tuple[str, str]:
        signed_in = ["--user", "ana.drafter", "--password-file", str(self.password)]
        status = main(["--db", str(self.db), *signed_in, *args])
        out, err = self.capsys.readouterr()
        assert status == code, (status, out, err)
        return out, err


def test_cli_import_xlsx(
    tmp_path: Path,
    workspace: Workspace,
    staff: dict[str, Actor],
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    csbm = Csbm(workspace.path, password_file, capsys)
    path = table_workbook(tmp_path / "oas.xlsx", TABLE)
    out, err = csbm("import-xlsx", str(path), "--dry-run")
    assert "3 activities" in out
    assert "Observaciones" in err
    out, _ = csbm("import-xlsx", str(path), "--state", "ecu")
    assert out.strip() == "1"

    bad = table_workbook(tmp_path / "bad.xlsx", [["Medida", "Título", "Fecha"], [5, "x", "ayer"]])
    before = reports_only(db_content(workspace.path))
    out, err = csbm("--lang", "es", "import-xlsx", str(bad), code=1)
    assert reports_only(db_content(workspace.path)) == before  # signing in is recorded, no more
    assert "Actividades!2 (Fecha): «ayer» no es una fecha" in out
    assert "¿De qué Estado es este informe?" in out
    assert "No se importó nada" in err

    mapped = table_workbook(
        tmp_path / "m.xlsx", [["Medida", "Qué", "Fecha"], [5, "x", "2025-01-02"]]
    )
    out, _ = csbm(
        "import-xlsx", str(mapped), "--state", "ARG", "--year", "2025", "--map", "Qué=title"
    )
    assert out.strip() == "2"
    _, err = csbm("import-xlsx", str(mapped), "--map", "Qué=colour", code=2)
    assert "'colour' is not something a column can hold" in err
    with pytest.raises(SystemExit):
        main(["import-xlsx", str(mapped), "--map", "no-equals-sign"])

    # --json: the same outcomes, for a script.
    out, _ = csbm("import-xlsx", str(path), "--dry-run", "--json")
    dry = json.loads(out)
    assert (dry["imported"], dry["report_id"], dry["activities"]) == (False, None, 3)
    assert {p["severity"] for p in dry["problems"]} == {"warning"}
    assert any(p["column"] == "Observaciones" for p in dry["problems"])
    before = reports_only(db_content(workspace.path))
    out, err = csbm("--lang", "es", "import-xlsx", str(bad), "--json", code=1)
    refused = json.loads(out)
    assert refused["imported"] is False
    assert refused["report_id"] is None
    [date_problem] = [p for p in refused["problems"] if p["column"] == "Fecha"]
    assert (date_problem["sheet"], date_problem["row"], date_problem["severity"]) == (
        "Actividades",
        2,
        "error",
    )
    assert "«ayer» no es una fecha" in date_problem["message"]
    assert "No se importó nada" in err
    assert reports_only(db_content(workspace.path)) == before
    out, _ = csbm(
        "import-xlsx",
        str(mapped),
        "--state",
        "ARG",
        "--year",
        "2026",
        "--map",
        "Qué=title",
        "--json",
    )
    stored = json.loads(out)
    assert stored["imported"] is True
    assert stored["activities"] == 1
    assert DraftingService(workspace, staff["ana.drafter"]).get(stored["report_id"]).year == 2026


# --- the words ---


def test_every_workbook_code_is_worded() -> None:
    used: set[str] = set()
    for path in (REPO / "csbm_desktop").rglob("*.py"):
        used |= set(re.findall(r'"(xlsx\.[a-z_]+|import\.refused)"', path.read_text("utf-8")))
    assert len(used) > 20
    assert used - set(MESSAGES) == set()
