"""A national CSBM report as immutable data.

`Report` is both what the services hand to the UI and, without its local fields, the portable
document that revisions snapshot and `export-json` writes. Field values are JSON values keyed by
the form's field ids, so a field added to `forms/` needs no change here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeAlias

# JSON-ready value of one form field: str (text, date as YYYY-MM-DD, choice code), int, bool,
# list[str] (multichoice, states) or list[int] (characteristics); None when empty.
FieldValue: TypeAlias = str | int | bool | list[str] | list[int] | None

MEASURE_STATUSES: tuple[str, ...] = ("implemented", "partly", "not_implemented", "not_applicable")
MeasureStatus = Literal["implemented", "partly", "not_implemented", "not_applicable"]

ReportStatus = Literal[
    "draft", "in_review", "changes_requested", "approved", "final", "transmitted"
]
EDITABLE_STATUSES: frozenset[str] = frozenset({"draft", "changes_requested"})  # see workflow

# Attachments live in the database; beyond this a file is refused with a clear message.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


def megabytes(size: int) -> str:
    """A size as users read it in messages: "25" or "26.2" (MB of 1024 × 1024 bytes)."""
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


# The portable document's format, written into revisions and JSON exports.
DOCUMENT_FORMAT = "csbm-report"
DOCUMENT_FORMAT_VERSION = 1


@dataclass(frozen=True)
class AttachmentInfo:
    uid: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class Activity:
    uid: str
    measure_id: str
    values: dict[str, FieldValue]
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def characteristics(self) -> tuple[int, ...]:
        raw = self.values.get("characteristics")
        return tuple(n for n in raw if isinstance(n, int)) if isinstance(raw, list) else ()

    def text(self, field_id: str) -> str:
        value = self.values.get(field_id)
        return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class MeasureEntry:
    measure_id: str
    status: MeasureStatus | None = None
    nothing_to_report: bool = False
    note: str = ""


@dataclass(frozen=True)
class Report:
    uid: str
    state: str  # ISO 3166 alpha-3
    year: int
    form_id: str
    form_version: str  # pinned when the report is started
    status: ReportStatus
    header: dict[str, FieldValue]
    answers: dict[str, FieldValue]  # by question id
    measures: tuple[MeasureEntry, ...]  # only measures touched; the rest are unanswered
    activities: tuple[Activity, ...]  # in display order
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    copied_from: str | None = None  # uid of the report this one was copied forward from
    # Local to one database; not part of the portable document.
    id: int = field(default=0, compare=False)
    revision: int = field(default=0, compare=False)  # number of the latest named revision

    def measure(self, measure_id: str) -> MeasureEntry:
        for m in self.measures:
            if m.measure_id == measure_id:
                return m
        return MeasureEntry(measure_id)

    def activities_of(self, measure_id: str) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if a.measure_id == measure_id)

    def activities_serving(self, number: int) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if number in a.characteristics)

    def activity(self, uid: str) -> Activity:
        for a in self.activities:
            if a.uid == uid:
                return a
        raise KeyError(uid)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


@dataclass(frozen=True)
class ReportSummary:
    """One line of the reports list."""

    id: int
    uid: str
    state: str
    year: int
    status: ReportStatus
    form_id: str
    form_version: str
    activity_count: int
    updated_at: datetime
    updated_by: str
    revision: int


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    created_at: datetime
    author: str
    message: str
    content_sha256: str  # SHA-256 of the canonical JSON snapshot
