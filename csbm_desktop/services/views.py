"""Read-only JSON views for the command line (`show --json`, `catalogue --json`, `validate --json`).

Their shape is documented in docs/json.md; tests hold them to it.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from csbm_desktop.domain import period
from csbm_desktop.domain.form import LANGUAGES, FieldSpec, FormSpec, Text
from csbm_desktop.domain.messages import locate, render
from csbm_desktop.domain.provenance import provenance_text
from csbm_desktop.domain.report import Activity, Report
from csbm_desktop.domain.validation import Problem, completeness


def labels(text: Text) -> dict[str, str]:
    return {lang: text.get(lang) for lang in LANGUAGES}


def _activity(a: Activity) -> dict[str, Any]:
    return {
        "uid": a.uid,
        "measure": a.measure_id,
        "values": a.values,
        "attachments": [
            {
                "uid": x.uid,
                "filename": x.filename,
                "media_type": x.media_type,
                "size": x.size,
                "sha256": x.sha256,
            }
            for x in a.attachments
        ],
    }


def report_json(report: Report, spec: FormSpec, today: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    return {
        "id": report.id,
        "uid": report.uid,
        "state": report.state,
        "year": report.year,
        "status": report.status,
        "form": {"id": report.form_id, "version": report.form_version},
        "revision": report.revision,
        "copied_from": report.copied_from,
        "created": {"at": report.created_at.isoformat(), "by": report.created_by},
        "updated": {"at": report.updated_at.isoformat(), "by": report.updated_by},
        "deadline": period.oas_deadline(report.year).isoformat(),
        "days_to_deadline": period.days_to_deadline(report.year, today),
        "completeness": round(completeness(report, spec), 3),
        "header": {"state": report.state, **report.header},
        "measures": [
            {
                "id": m.id,
                "number": m.number,
                "status": report.measure(m.id).status,
                "nothing_to_report": report.measure(m.id).nothing_to_report,
                "note": report.measure(m.id).note,
                "activities": [_activity(a) for a in report.activities_of(m.id)],
            }
            for m in spec.measures
        ],
        "characteristics": [
            {
                "number": c.number,
                "answers": {q.id: report.answers.get(q.id) for q in c.questions},
                "activities": [a.uid for a in report.activities_serving(c.number)],
            }
            for c in spec.characteristics
        ],
    }


def _field(f: FieldSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f.id,
        "type": f.type,
        "required": f.required,
        "labels": labels(f.label),
        "help": labels(f.help),
    }
    if f.choices:
        out["choices"] = f.choices
    if f.limit:
        out["max_length"] = f.limit
    return out


def catalogue_json(spec: FormSpec) -> dict[str, Any]:
    return {
        "form": {
            "id": spec.id,
            "version": spec.version,
            "title": labels(spec.title),
            "source": {
                "document": spec.source.document,
                "approved": spec.source.approved,
                "note": labels(spec.source.note),
            },
        },
        "characteristics": [
            {
                "number": c.number,
                "labels": labels(c.name),
                "summary": labels(c.summary),
                "explanation": labels(c.explanation),
                "questions": [_field(q) for q in c.questions],
            }
            for c in spec.characteristics
        ],
        "categories": [{"id": c.id, "labels": labels(c.title)} for c in spec.categories],
        "categories_note": {x: render("measure.categories_note", {}, x) for x in LANGUAGES},
        "measures": [
            {
                "id": m.id,
                "number": m.number,
                "category": m.category,
                # `number` is the form's own; the official numbers are ref_2009 / ref_online.
                "ref_2009": m.ref_2009,
                "ref_online": m.ref_online,
                "provenance": m.provenance,
                "declaration": m.declaration,
                "added_by_form": m.added_by_form,
                "provenance_labels": {x: provenance_text(m, x) for x in LANGUAGES},
                "other": m.other,
                "typical_characteristics": list(m.typical_characteristics),
                "labels": labels(m.title),
                "help": labels(m.help),
            }
            for m in spec.measures
        ],
        "choice_lists": [
            {
                "id": cl.id,
                "options": [{"code": o.code, "labels": labels(o.label)} for o in cl.options],
            }
            for cl in spec.choice_lists
        ],
        "header": [
            {"id": s.id, "labels": labels(s.title), "fields": [_field(f) for f in s.fields]}
            for s in spec.header
        ],
        "activity": [
            {"id": s.id, "labels": labels(s.title), "fields": [_field(f) for f in s.fields]}
            for s in spec.activity
        ],
        "states": [{"iso3": s.iso3, "iso2": s.iso2, "labels": labels(s.name)} for s in spec.states],
    }


def problems_json(
    problems: list[Problem], report: Report, spec: FormSpec, lang: str
) -> list[dict[str, Any]]:
    return [
        {
            **asdict(p),
            "where": locate(p.path, spec, lang, report),
            "message": render(p.code, p.params, lang),
        }
        for p in problems
    ]
