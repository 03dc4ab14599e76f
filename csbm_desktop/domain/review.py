"""Review comments and suggestions as data, and turning a suggestion into an edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from csbm_desktop.domain.edits import Edit, SetActivityField, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.report import FieldValue, Report

CommentStatus = Literal["open", "resolved"]
SuggestionState = Literal["pending", "accepted", "rejected"]


@dataclass(frozen=True)
class CommentInfo:
    uid: str
    parent_uid: str | None  # None: starts a thread
    anchor: str  # a field path (as validation uses), "characteristics.<n>", or "report"
    revision: int  # the revision it was made on
    author: str
    created_at: datetime
    text: str
    status: CommentStatus
    suggestion: FieldValue = None
    has_suggestion: bool = False
    suggestion_state: SuggestionState | None = None
    resolved_by: str | None = None
    resolved_at: datetime | None = None


def check_anchor(anchor: str, report: Report) -> str:
    """The anchor if it names something in the report; BadInput otherwise."""
    parts = anchor.split(".")
    ok = (
        anchor == "report"
        or (parts[0] in ("header", "answers") and len(parts) == 2 and parts[1] != "")
        or (parts[0] == "characteristics" and len(parts) == 2 and parts[1].isdigit())
        or (parts[0] == "measures" and len(parts) in (2, 3) and parts[1] != "")
        or (
            parts[0] == "activities"
            and len(parts) in (2, 3)
            and any(a.uid == parts[1] for a in report.activities)
        )
    )
    if not ok:
        raise BadInput("comment.bad_anchor", anchor=anchor)
    return anchor


def edit_for(anchor: str, value: FieldValue, report: Report) -> Edit:
    """The edit that puts a suggested value into the anchored field."""
    parts = anchor.split(".")
    if parts[0] == "header" and len(parts) == 2:
        return SetHeaderField(parts[1], value)
    if parts[0] == "answers" and len(parts) == 2:
        return SetAnswer(parts[1], value)
    if parts[0] == "activities" and len(parts) == 3:
        return SetActivityField(parts[1], parts[2], value)
    if parts[0] == "measures" and len(parts) == 3 and parts[2] == "status":
        entry = report.measure(parts[1])
        status = value if isinstance(value, str) else None
        return SetMeasure(parts[1], status, False, entry.note)  # type: ignore[arg-type]
    raise BadInput("comment.cannot_suggest", anchor=anchor)


def suggested_value(edit: Edit) -> FieldValue:
    """The value a suggestion edit would put in its field."""
    if isinstance(edit, SetMeasure):
        return edit.status
    if isinstance(edit, (SetHeaderField, SetAnswer, SetActivityField)):
        return edit.value
    raise BadInput("comment.cannot_suggest", anchor=type(edit).__name__)
