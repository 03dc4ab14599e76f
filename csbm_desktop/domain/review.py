"""Review comments and suggestions as data, and turning a suggestion into an edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from csbm_desktop.domain.edits import Edit, SetActivityField, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import FieldValue, Report

CommentStatus = Literal["open", "resolved"]
SuggestionState = Literal["pending", "accepted", "rejected"]
UNSIGNED = "unsigned"
SIGNED_PREFIX = "signed:"


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
    # Set here, never taken from a bundle: where the comment came from (None: made in this
    # database; "unsigned" or "signed:<signer>" for one that arrived in a bundle), a resolution
    # a bundle claims that a local reviewer has yet to confirm, and whether the author named
    # is an account of this database.
    provenance: str | None = None
    pending_resolved_by: str | None = None
    author_known: bool = True

    @property
    def imported(self) -> bool:
        return self.provenance is not None

    @property
    def signed_by(self) -> str | None:
        """The signer of the bundle it came in, when that bundle was signed."""
        if self.provenance and self.provenance.startswith(SIGNED_PREFIX):
            return self.provenance.removeprefix(SIGNED_PREFIX)
        return None


def check_anchor(anchor: str, report: Report, spec: FormSpec) -> str:
    """The anchor if it names something in this report and its form; BadInput otherwise."""
    parts = anchor.split(".")
    head, rest = parts[0], parts[1:]
    activity_ids = {a.uid for a in report.activities}
    ok = anchor == "report" or (
        (head == "header" and len(rest) == 1 and rest[0] in {f.id for f in spec.header_fields()})
        or (
            head == "answers"
            and len(rest) == 1
            and rest[0] in {q.id for c in spec.characteristics for q in c.questions}
        )
        or (
            head == "characteristics"
            and len(rest) == 1
            and rest[0].isdigit()
            and 1 <= int(rest[0]) <= len(spec.characteristics)
        )
        or (
            head == "measures"
            and len(rest) in (1, 2)
            and spec.has_measure(rest[0])
            and rest[1:] in ([], ["status"])
        )
        or (
            head == "activities"
            and len(rest) in (1, 2)
            and rest[0] in activity_ids
            and (len(rest) == 1 or rest[1] in {f.id for f in spec.activity_fields()})
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


def concerns(anchor: str, path: str, spec: FormSpec) -> bool:
    """Whether a change at `path` (a `diff.Change` path) touches what a comment at `anchor`
    is about: the field itself, or what contains it (an activity removed), or what it
    contains (a whole activity, a characteristic's answers and tags)."""
    if anchor in ("report", path):
        return True
    if path.startswith(anchor + ".") or anchor.startswith(path + "."):
        return True
    parts = anchor.split(".")
    if parts[0] == "characteristics" and len(parts) == 2 and parts[1].isdigit():
        k = int(parts[1])
        if not 1 <= k <= len(spec.characteristics):
            return False
        questions = {q.id for q in spec.characteristics[k - 1].questions}
        head, _, rest = path.partition(".")
        return (head == "answers" and rest in questions) or (
            head == "activities" and rest.endswith(".characteristics")
        )
    return False
