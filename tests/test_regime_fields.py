"""Fields the regime needs: partners beyond the OAS (any ISO 3166-1 state, international
organisations), scope, role, participants, the notification of an exercise, a narrative per
measure, periods of more than a year, and the deadline "prior to April 15" with its neighbours."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from csbm_desktop.domain import period
from csbm_desktop.domain.edits import SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import MeasureEntry
from csbm_desktop.domain.validation import validate
from csbm_desktop.domain.values import normalise
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.export.pdf import build_pdf
from csbm_desktop.export.xlsx import LABELS, build_workbook
from csbm_desktop.services.drafting import DraftingService
from tests.test_validation import _activity, _report


def _errors(problems: list, prefix: str = "") -> list:
    return [p for p in problems if p.severity == "error" and p.path.startswith(prefix)]


def test_partner_spain_and_the_un_validate(spec: FormSpec) -> None:
    activity = _activity(
        "a1",
        "m08",
        partner_states=["ESP", "CHL"],
        partner_organisations=["un", "iadb"],
        scope="global",
        role="took_part",
        participants=40,
    )
    report = _report(measures=(MeasureEntry("m08", "implemented"),), activities=(activity,))
    assert _errors(validate(report, spec), "activities.") == []
    assert spec.country("ESP") is not None
    assert spec.country("ESP").name.es == "España"  # type: ignore[union-attr]
    assert spec.state("ESP") is None  # the reporting state must still be an OAS member
    assert any(p.code == "state.unknown" for p in validate(_report(state="ESP"), spec))


def test_unknown_partners_and_bad_numbers_are_errors(spec: FormSpec) -> None:
    bad = _activity("a1", "m08", partner_states=["XXX"], participants=-3)
    problems = validate(_report(activities=(bad,)), spec)
    codes = {(p.code, p.path) for p in _errors(problems)}
    assert ("country.unknown", "activities.a1.partner_states") in codes
    assert ("number.invalid", "activities.a1.participants") in codes
    # Organisations come from the form's choice list: an unknown code is refused when stored.
    field = next(f for f in spec.activity_fields() if f.id == "partner_organisations")
    assert normalise(spec, field, ["un", "eu"], "p") == ["un", "eu"]
    with pytest.raises(BadInput):
        normalise(spec, field, ["un", "spectre"], "p")
    partners = next(f for f in spec.activity_fields() if f.id == "partner_states")
    assert normalise(spec, partners, ["ESP", "KOR"], "p") == ["ESP", "KOR"]
    with pytest.raises(BadInput):
        normalise(spec, partners, ["XXX"], "p")


def test_a_two_year_report_validates(spec: FormSpec) -> None:
    header = {
        "period_start": "2023-01-01",
        "period_end": "2024-12-31",
        "language": "en",
        "marking": "public",
    }
    activities = (
        _activity("y1", "m02", start_date="2023-03-03"),
        _activity("y2", "m02", start_date="2024-11-20", end_date="2024-11-22"),
    )
    report = _report(
        year=2024,
        header=header,
        measures=(MeasureEntry("m02", "implemented"),),
        activities=activities,
    )
    problems = validate(report, spec)
    assert not [p for p in problems if p.path.startswith("activities.")]
    assert not [p for p in problems if p.path.startswith("header.period")]
    # Outside the period: a warning, never an error.
    late = _report(year=2024, header=header, activities=(_activity("x", start_date="2025-01-05"),))
    outside = [p for p in validate(late, spec) if p.code == "date.outside_period"]
    assert outside
    assert {p.severity for p in outside} == {"warning"}


def test_notification_fields_only_for_exercise_measures(spec: FormSpec) -> None:
    for_m05 = {f.id for f in spec.activity_fields_for("m05")}
    for_m02 = {f.id for f in spec.activity_fields_for("m02")}
    assert {"notification_date", "notification_means", "notification_lead_days"} <= for_m05
    assert not {"notification_date", "notification_means"} & for_m02
    late = _activity(
        "n1",
        "m05",
        start_date="2025-05-10",
        notification_date="2025-05-12",
        notification_means="diplomatic_note",
        notification_lead_days=0,
    )
    problems = validate(_report(activities=(late,)), spec)
    assert ("notification.after_start", "warning") in {(p.code, p.severity) for p in problems}
    assert _errors(problems, "activities.") == []


def test_deadline_is_14_april_with_related_un_deadlines() -> None:
    assert period.oas_deadline(2025) == date(2026, 4, 14)  # "prior to April 15"
    assert dict(period.related_deadlines(2025)) == {
        "un_milex": date(2026, 4, 30),
        "un_register": date(2026, 5, 31),
    }


def _meta() -> ExportMeta:
    return ExportMeta(
        document_id="CSBM-PAN-2025-r1-00000000",
        content_sha256="0" * 64,
        revision=1,
        status="draft",
        generated_at=datetime(2026, 3, 5, 14, 2, tzinfo=UTC),
        generated_by="ana.drafter",
        app_version="9.9.9",
    )


def test_pdf_and_workbook_render_the_new_fields(
    service: DraftingService, spec: FormSpec, tmp_path: Path
) -> None:
    report = service.create("PAN", 2025)
    service.add_activity(
        report.id,
        "m05",
        {
            "title": "Aviso de ejercicio de búsqueda y rescate",
            "start_date": "2025-06-10",
            "partner_states": ["ESP"],
            "partner_organisations": ["un"],
            "scope": "subregional",
            "role": "hosted",
            "participants": 120,
            "notification_date": "2025-05-20",
            "notification_means": "oas_system",
            "notification_lead_days": 21,
        },
    )
    narrative = "First paragraph of the narrative.\n\nSecond paragraph, about follow-up."
    service.apply(
        report.id,
        [
            SetMeasure("m05", "implemented", False, narrative),
            SetHeaderField("period_start", "2024-01-01"),  # a two-year period
        ],
    )
    filled = service.get(report.id)
    form = service.form_of(filled)
    pdf = tmp_path / "r.pdf"
    build_pdf(filled, form, "en", _meta(), pdf)
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(pdf).pages).split())
    for expected in (
        "Spain",
        "United Nations (UN)",
        "Subregional",
        "Hosted",
        "120",
        "Notified on",
        "OAS online CSBM system",
        "Days of advance notice",
        "First paragraph of the narrative.",
        "Second paragraph, about follow-up.",
    ):
        assert expected in text, expected

    xlsx = tmp_path / "r.xlsx"
    build_workbook(filled, form, "es", _meta(), xlsx)
    wb = load_workbook(xlsx)
    rows = list(wb[LABELS["sheet.activities"].get("es")].iter_rows(values_only=True))
    row = dict(zip(rows[1], rows[2], strict=True))  # row 1: the stable keys
    assert row["Estados participantes"] == "España"
    assert row["Organismos participantes"] == "Naciones Unidas (ONU)"
    assert row["Alcance"] == "Subregional"
    assert row["Nuestro papel"] == "Anfitrión"
    assert row["Número de participantes"] == 120
    assert row["Medio de notificación"] == "Sistema en línea de MFCS de la OEA"
    assert row["Días de antelación"] == 21
    measures = list(wb[LABELS["sheet.measures"].get("es")].iter_rows(values_only=True))
    note_col = measures[1].index(LABELS["note"].get("es"))  # row 1: keys
    assert any(r[note_col] == narrative for r in measures[2:])


def test_member_state_status_is_dated_and_contradictions_warn(spec: FormSpec) -> None:
    nicaragua, cuba = spec.state("NIC"), spec.state("CUB")
    assert nicaragua is not None
    assert cuba is not None
    assert nicaragua.status_on("2023-11-18") is None  # still a member the day before
    assert nicaragua.status_on("2023-11-19").status == "withdrawn"  # type: ignore[union-attr]
    assert cuba.status_on("1975-01-01").status == "excluded"  # type: ignore[union-attr]
    assert cuba.status_on("2025-01-01").status == "not_participating"  # type: ignore[union-attr]

    # A report for Nicaragua's 2024, and partners not taking part on the activity's date: warnings.
    problems = validate(_report(state="NIC", header={"period_end": "2024-12-31"}), spec)
    assert ("participation.withdrawn", "warning", "header.state") in {
        (p.code, p.severity, p.path) for p in problems
    }
    early = _activity("a1", "m02", start_date="2023-03-01", partner_states=["NIC", "CUB"])
    late = _activity("a2", "m02", start_date="2025-03-01", partner_states=["NIC", "CHL"])
    found = {
        (p.code, p.path)
        for p in validate(_report(activities=(early, late)), spec)
        if p.code.startswith("participation.")
    }
    assert found == {
        ("participation.not_participating", "activities.a1.partner_states"),
        ("participation.withdrawn", "activities.a2.partner_states"),
    }
    # Nicaragua in early 2023 was still a member: no warning for it then.
    assert all(
        p.severity == "warning"
        for p in validate(_report(state="NIC"), spec)
        if p.code.startswith("participation.")
    )
