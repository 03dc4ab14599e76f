"""Answers the activities already give (levels of actors, number of exchanges) are computed,
shown and exported as computed, and cannot be typed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from csbm_desktop.domain.derive import derived_value, with_derived
from csbm_desktop.domain.edits import SetAnswer
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.validation import validate
from csbm_desktop.export.xlsx import LABELS, build_workbook
from csbm_desktop.services.drafting import DraftingService
from tests.test_provenance import meta
from tests.test_validation import _activity, _report


def test_levels_and_exchanges_are_computed(spec: FormSpec) -> None:
    _, levels = spec.question("c5_q2")
    _, exchanges = spec.question("c6_q2")
    report = _report(
        activities=(
            _activity("a", "m06", actor_levels=["military", "minister"]),
            _activity("b", "m08", actor_levels=["academia"]),
            _activity("c", "m09"),  # a UN Register return: not an exchange
        )
    )
    assert derived_value(levels, report, spec) == ["minister", "military", "academia"]
    assert derived_value(exchanges, report, spec) == 2
    shown = with_derived(report, spec)
    assert shown.answers["c6_q2"] == 2
    # Nothing to type: never "required", never counted as unanswered.
    assert not [p for p in validate(report, spec) if p.path in ("answers.c5_q2", "answers.c6_q2")]


def test_a_derived_answer_cannot_be_typed(service: DraftingService) -> None:
    report = service.create("URY", 2025)
    with pytest.raises(BadInput):
        service.apply(report.id, [SetAnswer("c6_q2", 7)])


def test_the_workbook_shows_the_computed_answer(
    service: DraftingService, spec: FormSpec, tmp_path: Path
) -> None:
    report = service.create("URY", 2025)
    for measure in ("m06", "m08", "m08"):
        service.add_activity(report.id, measure, {"title": "Visit", "start_date": "2025-04-04"})
    filled = service.get(report.id)
    out = tmp_path / "r.xlsx"
    build_workbook(with_derived(filled, spec), spec, "en", meta(), out)
    rows = list(
        load_workbook(out)[LABELS["sheet.characteristics"].get("en")].iter_rows(values_only=True)
    )[1:]  # row 1: the stable keys
    head = rows[0]
    qid, answer = (
        head.index(LABELS["question_id"].get("en")),
        head.index(LABELS["answer"].get("en")),
    )
    assert {r[qid]: r[answer] for r in rows[1:]}["c6_q2"] == 3
