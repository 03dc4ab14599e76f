"""What the crash editor writes, batch after batch, and what the database must hold after batch N.

Every batch is a pure function of its number, so after a kill the test knows the exact report the
file must contain for the last batch it committed, without asking the killed process.
"""

from __future__ import annotations

import uuid

from csbm_desktop.domain.edits import (
    AddActivity,
    DeleteActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
)
from csbm_desktop.domain.report import Report

DRAFTER = "ana.drafter"
QUESTIONS = ("c1_q1", "c2_q1", "c3_q1")
MEASURE = "m01"
ACTIVITY_EVERY = 5  # every 5th batch adds an activity...
ACTIVITY_LIFE = 20  # ...and deletes the one added 20 batches before, so the report stays small
REVISION_EVERY = 6  # every 6th batch is followed by a named revision (save_revision)
_NAMESPACE = uuid.UUID("6f1c2a52-5d0e-4c55-9a57-0d0f3c1e9b11")


def activity_uid(batch: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, str(batch)))


def batch_edits(batch: int) -> list[Edit]:
    """Batch `batch` as the GUI's autosave would send it: several fields, sometimes an activity
    added and another deleted, all in one DraftingService.apply call (all or nothing)."""
    edits: list[Edit] = [SetAnswer(q, f"batch {batch}") for q in QUESTIONS]
    edits.append(SetHeaderField("poc_name", f"Officer {batch}"))
    if batch % ACTIVITY_EVERY == 0:
        uid = activity_uid(batch)
        edits.append(AddActivity(uid, MEASURE, {}))
        edits.append(SetActivityField(uid, "title", f"activity {batch}"))
        if batch > ACTIVITY_LIFE:
            edits.append(DeleteActivity(activity_uid(batch - ACTIVITY_LIFE)))
    return edits


def revision_message(batch: int) -> str:
    return f"after batch {batch}"


def stored_batch(report: Report) -> int:
    """The last batch the report holds (0: none yet)."""
    value = report.answers.get(QUESTIONS[0])
    return int(value.removeprefix("batch ")) if isinstance(value, str) else 0


def expected_activities(batch: int) -> dict[str, str]:
    """uid → title of the activities alive after `batch`."""
    return {
        activity_uid(k): f"activity {k}"
        for k in range(ACTIVITY_EVERY, batch + 1, ACTIVITY_EVERY)
        if k + ACTIVITY_LIFE > batch
    }


def differences(report: Report, batch: int) -> list[str]:
    """How `report` differs from the report as batch `batch` left it ([] when identical): a
    half-applied batch shows up here as fields from two different batches."""
    out = []
    answer = f"batch {batch}" if batch else None
    for q in QUESTIONS:
        if report.answers.get(q) != answer:
            out.append(f"answer {q} = {report.answers.get(q)!r}, expected {answer!r}")
    if batch and report.header.get("poc_name") != f"Officer {batch}":
        out.append(f"poc_name = {report.header.get('poc_name')!r}, expected 'Officer {batch}'")
    activities = {a.uid: a.text("title") for a in report.activities}
    if activities != expected_activities(batch):
        out.append(f"activities {sorted(activities.values())}, expected after batch {batch}")
    return out
