"""Reading and writing reports: rows in, domain objects out. Callers own the Session.

Edits are applied row by row (one header JSON, one activity), so saving one change writes one
small row however large the report is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from csbm_desktop.domain.edits import (
    AddActivity,
    DeleteActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.errors import BadInput, NotFound
from csbm_desktop.domain.report import (
    Activity,
    AttachmentInfo,
    FieldValue,
    MeasureEntry,
    Report,
    ReportSummary,
    RevisionInfo,
)
from csbm_desktop.storage.models import (
    ActivityRow,
    AttachmentRow,
    BlobRow,
    MeasureEntryRow,
    ReportRow,
    RevisionRow,
)


def _row(session: Session, report_id: int) -> ReportRow:
    row = session.get(ReportRow, report_id)
    if row is None:
        raise NotFound("report.not_found", id=report_id)
    return row


def report_row(session: Session, report_id: int) -> ReportRow:
    return _row(session, report_id)


def find_by_uid(session: Session, uid: str) -> int | None:
    return session.scalar(select(ReportRow.id).where(ReportRow.uid == uid))


def taken_uids(session: Session, activities: Sequence[str], attachments: Sequence[str]) -> set[str]:
    """Which of these activity and attachment ids are already used: ids are unique across the
    whole database, so an imported report may not bring one twice."""
    taken: set[str] = set()
    for column, uids in ((ActivityRow.uid, activities), (AttachmentRow.uid, attachments)):
        for i in range(0, len(uids), 500):  # SQLite caps the parameters of one statement
            taken |= set(session.scalars(select(column).where(column.in_(uids[i : i + 500]))))
    return taken


def _attachment(a: AttachmentRow) -> AttachmentInfo:
    return AttachmentInfo(
        uid=a.uid,
        filename=a.filename,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        added_at=a.added_at,
        added_by=a.added_by,
    )


def load(session: Session, report_id: int) -> Report:
    row = _row(session, report_id)
    measures = session.scalars(
        select(MeasureEntryRow)
        .where(MeasureEntryRow.report_id == report_id)
        .order_by(MeasureEntryRow.measure_id)
    ).all()
    activities = session.execute(
        select(ActivityRow.id, ActivityRow.uid, ActivityRow.measure_id, ActivityRow.values)
        .where(ActivityRow.report_id == report_id)
        .order_by(ActivityRow.position, ActivityRow.id)
    ).all()
    attachments: dict[int, list[AttachmentInfo]] = {}
    for a in session.scalars(
        select(AttachmentRow)
        .join(ActivityRow)
        .where(ActivityRow.report_id == report_id)
        .order_by(AttachmentRow.id)
    ):
        attachments.setdefault(a.activity_id, []).append(_attachment(a))
    revision = (
        session.scalar(
            select(func.max(RevisionRow.number)).where(RevisionRow.report_id == report_id)
        )
        or 0
    )
    return Report(
        id=row.id,
        uid=row.uid,
        state=row.state,
        year=row.year,
        form_id=row.form_id,
        form_version=row.form_version,
        status=row.status,  # type: ignore[arg-type]
        header=dict(row.header),
        answers=dict(row.answers),
        measures=tuple(
            MeasureEntry(
                m.measure_id,
                m.status,  # type: ignore[arg-type]
                m.nothing_to_report,
                m.note,
            )
            for m in measures
        ),
        activities=tuple(
            Activity(
                uid=a.uid,
                measure_id=a.measure_id,
                values=dict(a.values),
                attachments=tuple(attachments.get(a.id, ())),
            )
            for a in activities
        ),
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        copied_from=row.copied_from,
        revision=revision,
    )


def summaries(session: Session) -> list[ReportSummary]:
    counts = (
        select(ActivityRow.report_id, func.count().label("n"))
        .group_by(ActivityRow.report_id)
        .subquery()
    )
    revisions = (
        select(RevisionRow.report_id, func.max(RevisionRow.number).label("rev"))
        .group_by(RevisionRow.report_id)
        .subquery()
    )
    rows = session.execute(
        select(ReportRow, counts.c.n, revisions.c.rev)
        .outerjoin(counts, counts.c.report_id == ReportRow.id)
        .outerjoin(revisions, revisions.c.report_id == ReportRow.id)
        .order_by(ReportRow.year.desc(), ReportRow.state, ReportRow.id)
    ).all()
    return [
        ReportSummary(
            id=r.id,
            uid=r.uid,
            state=r.state,
            year=r.year,
            status=r.status,
            form_id=r.form_id,
            form_version=r.form_version,
            activity_count=n or 0,
            updated_at=r.updated_at,
            updated_by=r.updated_by,
            revision=rev or 0,
        )
        for r, n, rev in rows
    ]


def _insert_content(session: Session, report_id: int, report: Report) -> None:
    for m in report.measures:
        session.add(
            MeasureEntryRow(
                report_id=report_id,
                measure_id=m.measure_id,
                status=m.status,
                nothing_to_report=m.nothing_to_report,
                note=m.note,
            )
        )
    for position, activity in enumerate(report.activities):
        act = ActivityRow(
            uid=activity.uid,
            report_id=report_id,
            measure_id=activity.measure_id,
            position=position * 10,
            values=dict(activity.values),
        )
        session.add(act)
        session.flush()
        for a in activity.attachments:
            session.add(
                AttachmentRow(
                    uid=a.uid,
                    activity_id=act.id,
                    filename=a.filename,
                    media_type=a.media_type,
                    size=a.size,
                    sha256=a.sha256,
                    added_at=a.added_at,
                    added_by=a.added_by,
                )
            )
    session.flush()


def replace_content(session: Session, report_id: int, report: Report) -> None:
    """Make the working copy hold `report`'s content (restoring a revision). The report keeps
    its identity, status and history; attachment contents are still in `blob`."""
    row = _row(session, report_id)
    row.header = dict(report.header)
    row.answers = dict(report.answers)
    session.execute(delete(MeasureEntryRow).where(MeasureEntryRow.report_id == report_id))
    # Attachments go with their activities (ON DELETE CASCADE).
    session.execute(delete(ActivityRow).where(ActivityRow.report_id == report_id))
    session.flush()
    _insert_content(session, report_id, report)


def insert(session: Session, report: Report) -> int:
    """Store a whole report (new, copied forward or imported). Attachment blobs must exist."""
    row = ReportRow(
        uid=report.uid,
        state=report.state,
        year=report.year,
        form_id=report.form_id,
        form_version=report.form_version,
        status=report.status,
        header=dict(report.header),
        answers=dict(report.answers),
        copied_from=report.copied_from,
        created_at=report.created_at,
        created_by=report.created_by,
        updated_at=report.updated_at,
        updated_by=report.updated_by,
    )
    session.add(row)
    session.flush()
    _insert_content(session, row.id, report)
    return row.id


def delete_report(session: Session, report_id: int) -> None:
    session.delete(_row(session, report_id))


def touch(session: Session, report_id: int, when: datetime, who: str) -> None:
    row = _row(session, report_id)
    row.updated_at = when
    row.updated_by = who


def set_status(session: Session, report_id: int, status: str) -> None:
    _row(session, report_id).status = status


def _activity_row(session: Session, report_id: int, uid: str) -> ActivityRow:
    row = session.scalar(
        select(ActivityRow).where(ActivityRow.uid == uid, ActivityRow.report_id == report_id)
    )
    if row is None:
        raise NotFound("activity.not_found", uid=uid)
    return row


def _with(values: dict[str, Any], key: str, value: FieldValue) -> dict[str, Any]:
    # A new dict: SQLAlchemy's JSON type only notices reassignment, not in-place changes.
    out = dict(values)
    if value is None:
        out.pop(key, None)
    else:
        out[key] = value
    return out


def _ordered_activities(session: Session, report_id: int) -> list[ActivityRow]:
    return list(
        session.scalars(
            select(ActivityRow)
            .where(ActivityRow.report_id == report_id)
            .order_by(ActivityRow.position, ActivityRow.id)
        )
    )


def _make_room(session: Session, report_id: int, index: int) -> int:
    """Renumber so that a new activity can take display index `index`; return its position.

    Only undoing a deletion inserts in the middle, so renumbering every row is rare and cheap.
    """
    for i, row in enumerate(_ordered_activities(session, report_id)):
        row.position = (i + (i >= index)) * 10
    return index * 10


def apply(session: Session, report_id: int, edit: Edit) -> Edit:
    """Apply one (already checked) edit; return the edit that undoes it."""
    if isinstance(edit, SetHeaderField):
        row = _row(session, report_id)
        old = row.header.get(edit.field_id)
        row.header = _with(row.header, edit.field_id, edit.value)
        return SetHeaderField(edit.field_id, old)
    if isinstance(edit, SetAnswer):
        row = _row(session, report_id)
        old = row.answers.get(edit.question_id)
        row.answers = _with(row.answers, edit.question_id, edit.value)
        return SetAnswer(edit.question_id, old)
    if isinstance(edit, SetMeasure):
        entry = session.get(MeasureEntryRow, (report_id, edit.measure_id))
        before = (
            SetMeasure(
                edit.measure_id,
                entry.status,  # type: ignore[arg-type]
                entry.nothing_to_report,
                entry.note,
            )
            if entry is not None
            else SetMeasure(edit.measure_id, None)
        )
        if edit.status is None and not edit.nothing_to_report and not edit.note:
            if entry is not None:  # an empty entry is no entry: keep reports canonical
                session.delete(entry)
            return before
        if entry is None:
            entry = MeasureEntryRow(report_id=report_id, measure_id=edit.measure_id)
            session.add(entry)
        entry.status = edit.status
        entry.nothing_to_report = edit.nothing_to_report
        entry.note = edit.note
        return before
    if isinstance(edit, SetActivityField):
        act = _activity_row(session, report_id, edit.activity_uid)
        old = act.values.get(edit.field_id)
        act.values = _with(act.values, edit.field_id, edit.value)
        return SetActivityField(edit.activity_uid, edit.field_id, old)
    if isinstance(edit, AddActivity):
        if session.scalar(select(ActivityRow.id).where(ActivityRow.uid == edit.uid)) is not None:
            raise BadInput("activity.exists", uid=edit.uid)
        if edit.position is None:
            last = session.scalar(
                select(func.max(ActivityRow.position)).where(ActivityRow.report_id == report_id)
            )
            position = (last or 0) + 10
        else:
            position = _make_room(session, report_id, edit.position)
        act = ActivityRow(
            uid=edit.uid,
            report_id=report_id,
            measure_id=edit.measure_id,
            position=position,
            values=dict(edit.values),
        )
        session.add(act)
        session.flush()
        for a in edit.attachments:
            session.add(
                AttachmentRow(
                    uid=a.uid,
                    activity_id=act.id,
                    filename=a.filename,
                    media_type=a.media_type,
                    size=a.size,
                    sha256=a.sha256,
                    added_at=a.added_at,
                    added_by=a.added_by,
                )
            )
        return DeleteActivity(edit.uid)
    if isinstance(edit, DeleteActivity):
        act = _activity_row(session, report_id, edit.activity_uid)
        # Attachments go with the activity; their contents stay in `blob` (revisions use them).
        kept = tuple(
            _attachment(a)
            for a in session.scalars(
                select(AttachmentRow)
                .where(AttachmentRow.activity_id == act.id)
                .order_by(AttachmentRow.id)
            )
        )
        index = [a.id for a in _ordered_activities(session, report_id)].index(act.id)
        inverse = AddActivity(act.uid, act.measure_id, dict(act.values), index, kept)
        session.delete(act)
        session.flush()
        return inverse
    raise TypeError(f"unknown edit {edit!r}")


# --- attachments ---


def store_blob(session: Session, sha256: str, content: bytes) -> None:
    if session.get(BlobRow, sha256) is None:
        session.add(BlobRow(sha256=sha256, size=len(content), content=content))
        session.flush()


def has_blob(session: Session, sha256: str) -> bool:
    return session.scalar(select(BlobRow.sha256).where(BlobRow.sha256 == sha256)) is not None


def blob(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(BlobRow.content).where(BlobRow.sha256 == sha256))


def add_attachment(
    session: Session, report_id: int, activity_uid: str, info: AttachmentInfo
) -> None:
    act = _activity_row(session, report_id, activity_uid)
    session.add(
        AttachmentRow(
            uid=info.uid,
            activity_id=act.id,
            filename=info.filename,
            media_type=info.media_type,
            size=info.size,
            sha256=info.sha256,
            added_at=info.added_at,
            added_by=info.added_by,
        )
    )
    session.flush()


def remove_attachment(session: Session, report_id: int, uid: str) -> None:
    row = session.scalar(
        select(AttachmentRow)
        .join(ActivityRow)
        .where(AttachmentRow.uid == uid, ActivityRow.report_id == report_id)
    )
    if row is None:
        raise NotFound("attachment.not_found", uid=uid)
    session.delete(row)


def attachment_content(session: Session, report_id: int, uid: str) -> tuple[AttachmentInfo, bytes]:
    row = session.scalar(
        select(AttachmentRow)
        .join(ActivityRow)
        .where(AttachmentRow.uid == uid, ActivityRow.report_id == report_id)
    )
    if row is None:
        raise NotFound("attachment.not_found", uid=uid)
    content = blob(session, row.sha256)
    assert content is not None  # a foreign key guarantees it
    return _attachment(row), content


# --- revisions ---


def add_revision(
    session: Session,
    report_id: int,
    *,
    when: datetime,
    author: str,
    message: str,
    snapshot: str,
    sha256: str,
) -> RevisionInfo:
    number = (
        session.scalar(
            select(func.max(RevisionRow.number)).where(RevisionRow.report_id == report_id)
        )
        or 0
    ) + 1
    session.add(
        RevisionRow(
            report_id=report_id,
            number=number,
            created_at=when,
            author=author,
            message=message,
            content_sha256=sha256,
            snapshot=snapshot,
        )
    )
    session.flush()
    return RevisionInfo(number, when, author, message, sha256)


def insert_revision(session: Session, report_id: int, info: RevisionInfo, snapshot: str) -> None:
    session.add(
        RevisionRow(
            report_id=report_id,
            number=info.number,
            created_at=info.created_at,
            author=info.author,
            message=info.message,
            content_sha256=info.content_sha256,
            snapshot=snapshot,
        )
    )


def revisions(session: Session, report_id: int) -> Sequence[RevisionInfo]:
    _row(session, report_id)
    rows = session.scalars(
        select(RevisionRow).where(RevisionRow.report_id == report_id).order_by(RevisionRow.number)
    )
    return [
        RevisionInfo(r.number, r.created_at, r.author, r.message, r.content_sha256) for r in rows
    ]


def revision_snapshot(session: Session, report_id: int, number: int) -> str:
    snap = session.scalar(
        select(RevisionRow.snapshot).where(
            RevisionRow.report_id == report_id, RevisionRow.number == number
        )
    )
    if snap is None:
        raise NotFound("revision.not_found", id=report_id, number=number)
    return snap
