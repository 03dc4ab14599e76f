"""Edits: the one way a report's working copy changes.

Autosave, undo/redo, copy-forward, accepted review suggestions and imports all speak in edits.
Applying an edit returns its inverse, so the UI can undo without knowing the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from csbm_desktop.domain.report import AttachmentInfo, FieldValue, MeasureStatus


@dataclass(frozen=True)
class SetHeaderField:
    field_id: str
    value: FieldValue


@dataclass(frozen=True)
class SetAnswer:
    question_id: str
    value: FieldValue


@dataclass(frozen=True)
class SetMeasure:
    """The whole entry of one measure: its status, "nothing to report", and a note."""

    measure_id: str
    status: MeasureStatus | None
    nothing_to_report: bool = False
    note: str = ""


@dataclass(frozen=True)
class AddActivity:
    uid: str
    measure_id: str
    values: dict[str, FieldValue]
    position: int | None = None  # index in the report's activity order; None: at the end
    # Only when undoing a deletion: the attachments to link again (their contents are kept).
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class SetActivityField:
    activity_uid: str
    field_id: str
    value: FieldValue


@dataclass(frozen=True)
class DeleteActivity:
    activity_uid: str


Edit: TypeAlias = (
    SetHeaderField | SetAnswer | SetMeasure | AddActivity | SetActivityField | DeleteActivity
)


def edit_path(edit: Edit) -> str:
    """The field an edit touches, in the path scheme of validation problems."""
    if isinstance(edit, SetHeaderField):
        return f"header.{edit.field_id}"
    if isinstance(edit, SetAnswer):
        return f"answers.{edit.question_id}"
    if isinstance(edit, SetMeasure):
        return f"measures.{edit.measure_id}.status"
    if isinstance(edit, SetActivityField):
        return f"activities.{edit.activity_uid}.{edit.field_id}"
    if isinstance(edit, AddActivity):
        return f"activities.{edit.uid}"
    return f"activities.{edit.activity_uid}"
