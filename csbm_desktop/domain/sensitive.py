"""Diplomatically sensitive answers: a clearance reminder, and left out of a public copy.

Some guiding questions invite answers that name a state (an incident) or admit a suspended
commitment. The form marks them `sensitive`; the GUI reminds the officer to have such an answer
cleared, and an export of a report marked public leaves them out unless the officer includes
them on purpose.
"""

from __future__ import annotations

from dataclasses import replace

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.messages import render
from csbm_desktop.domain.report import FieldValue, Report


def sensitive_questions(spec: FormSpec) -> list[str]:
    return [q.id for c in spec.characteristics for q in c.questions if q.sensitive]


def is_public(report: Report) -> bool:
    return report.header.get("marking", "public") == "public"


def without_sensitive(report: Report, spec: FormSpec, lang: str) -> Report:
    """The report with sensitive answers withheld (said so in words where the answer is text)."""
    withheld = render("answer.withheld", {}, lang)
    answers: dict[str, FieldValue] = dict(report.answers)
    for c in spec.characteristics:
        for q in c.questions:
            if q.sensitive and answers.get(q.id) not in (None, "", []):
                answers[q.id] = withheld if q.type in ("text", "longtext") else None
    return replace(report, answers=answers)
