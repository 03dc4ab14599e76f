"""What a report or an account *is* right now, recorded in the audit trail at every commit.

`csbm check` must notice a working copy, a status, a user's roles or an account's password
changed with the `sqlite3` command instead of the application. It can only do so if the trail
says what the state *should* be. So every commit that touched a report's content or status
appends a `report.state` event with the status and a digest of each row it changed (all rows
when the report is new or was rewritten in bulk), and every commit that changed an account a
`user.state` event with its roles, enabled flag and a digest of its password hash (when they
differ from the last one recorded).
`check` replays these records and compares them with the rows as they are.

Why a session hook here rather than a line in each service: the changes come from a dozen use
cases (autosave, restore revision, accepted suggestions, JSON/workbook/bundle imports, create,
copy forward, demo, workflow transitions, user administration, sign-in rehashing a password),
and the next one added would be forgotten. The hook sees every ORM change of the rows below,
whoever makes it. Its cost per autosave is one read of the few rows it changed and one event.

Hazard: a Core `UPDATE`/`DELETE` statement is invisible to the ORM hook. The one bulk delete in
`reports.replace_content` also assigns the report row, so the report is seen; new bulk
statements on these tables must do the same.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, bindparam, event, select, type_coerce
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from csbm_desktop.storage import audit
from csbm_desktop.storage.models import (
    ActivityRow,
    AttachmentRow,
    AuditEventRow,
    MeasureEntryRow,
    ReportRow,
    UserRoleRow,
    UserRow,
)

REPORT_STATE = "report.state"
USER_STATE = "user.state"
_REPORTS, _KEYS, _ATTACHED, _FULL = "state.reports", "state.keys", "state.attached", "state.full"
# Who the state event is recorded under when the transaction appended no event of its own.
NO_ACTOR = "(no event)"
# Row keys in a state event: the report row itself, a measure entry, an activity (with its
# attachments' metadata).
REPORT_KEY = "report"


def measure_key(measure_id: str) -> str:
    return f"m:{measure_id}"


def activity_key(uid: str) -> str:
    return f"a:{uid}"


def _digest(row: Any) -> str:
    # repr of a tuple of str/int/bool/None is unambiguous and cheap; 128 bits are plenty to show
    # a change and halve the size of a whole report's record.
    return hashlib.sha256(repr(tuple(row)).encode()).hexdigest()[:32]


def _text(*columns: Any) -> list[Any]:
    # The stored text of JSON columns, undecoded: cheaper, and a rewrite with "equivalent" JSON
    # is a change made outside the application all the same.
    return [type_coerce(c, String) for c in columns]


# The statements are built once: building a select costs more than running it on one row.
_REPORT_ROW = select(
    ReportRow.uid,
    ReportRow.state,
    ReportRow.year,
    ReportRow.form_id,
    ReportRow.form_version,
    *_text(ReportRow.header, ReportRow.answers),
    ReportRow.copied_from,
    ReportRow.sod_relaxed_by,
    ReportRow.sod_relaxed_reason,
).where(ReportRow.id == bindparam("report"))
_HAS_STATE = (
    select(AuditEventRow.id)
    .where(AuditEventRow.report_uid == bindparam("uid"), AuditEventRow.action == REPORT_STATE)
    .limit(1)
)
_UID_STATUS = select(ReportRow.uid, ReportRow.status).where(ReportRow.id == bindparam("report"))
_MEASURES = select(
    MeasureEntryRow.measure_id,
    MeasureEntryRow.status,
    MeasureEntryRow.nothing_to_report,
    MeasureEntryRow.note,
).where(MeasureEntryRow.report_id == bindparam("report"))
_SOME_MEASURES = _MEASURES.where(MeasureEntryRow.measure_id.in_(bindparam("ids", expanding=True)))
_ACTIVITIES = select(
    ActivityRow.id,
    ActivityRow.uid,
    ActivityRow.measure_id,
    ActivityRow.position,
    *_text(ActivityRow.values),
)
_FILES = select(
    AttachmentRow.activity_id,
    AttachmentRow.uid,
    AttachmentRow.filename,
    AttachmentRow.media_type,
    AttachmentRow.size,
    AttachmentRow.sha256,
).order_by(AttachmentRow.uid)
_ALL_ACTIVITIES = _ACTIVITIES.where(ActivityRow.report_id == bindparam("report"))
_ALL_FILES = _FILES.join(ActivityRow).where(ActivityRow.report_id == bindparam("report"))
# By uid alone (unique): with the report's id too, SQLite picks the report index and reads every
# activity of a large report.
_SOME_ACTIVITIES = _ACTIVITIES.where(ActivityRow.uid.in_(bindparam("ids", expanding=True)))
_SOME_FILES = _FILES.where(
    AttachmentRow.activity_id.in_(
        select(ActivityRow.id).where(ActivityRow.uid.in_(bindparam("ids", expanding=True)))
    )
)


def content_rows(
    session: Session, report_id: int, keys: set[str] | None = None
) -> dict[str, str | None]:
    """Digest of each row of the working copy (the status apart, recorded on its own so that
    `check` can say which changed): all of them, or those `keys` name (None: the row is gone).

    Why per row: hashing a whole large report costs ~15 ms (megabytes of text), more than the
    10 ms "save one field" may take; an autosave records only the rows it changed and `check`
    replays the records."""
    out: dict[str, str | None] = dict.fromkeys(keys or ())
    # Core on the session's connection: the ORM's per-statement overhead would be most of an
    # autosave's cost here.
    run = session.connection().execute
    measures = [k[2:] for k in keys or () if k.startswith("m:")]
    activities = [k[2:] for k in keys or () if k.startswith("a:")]
    if keys is None or REPORT_KEY in keys:
        for row in run(_REPORT_ROW, {"report": report_id}):
            out[REPORT_KEY] = _digest(row)
    if keys is None or measures:
        query = _MEASURES if keys is None else _SOME_MEASURES
        for row in run(query, {"report": report_id, "ids": measures}):
            out[measure_key(row[0])] = _digest(row)
    if keys is None or activities:
        params = {"report": report_id, "ids": activities}
        files: dict[Any, list[tuple[Any, ...]]] = {}
        for file in run(_ALL_FILES if keys is None else _SOME_FILES, params):
            files.setdefault(file[0], []).append(tuple(file[1:]))
        query = _ALL_ACTIVITIES if keys is None else _SOME_ACTIVITIES
        for row in run(query, params):
            out[activity_key(str(row[1]))] = _digest((*row[1:], files.get(row[0], [])))
    return out


def user_state(session: Session, user: UserRow) -> dict[str, Any]:
    """What `user.state` records: roles, enabled or not, and a digest of the password hash
    (failed attempts and lock-outs change at every mistyped password and are not recorded)."""
    roles = session.scalars(select(UserRoleRow.role).where(UserRoleRow.user_id == user.id))
    return {
        "user": user.name,
        "roles": sorted(roles),
        "disabled": bool(user.disabled),
        "password": hashlib.sha256(user.password_hash.encode()).hexdigest(),
    }


def _last_user_state(session: Session, name: str) -> dict[str, Any] | None:
    # Few events (one per account change), so a scan of the action's index is enough.
    for details in session.scalars(
        select(AuditEventRow.details)
        .where(AuditEventRow.action == USER_STATE)
        .order_by(AuditEventRow.id.desc())
    ):
        found: dict[str, Any] = json.loads(details)
        if found.get("user") == name:
            return found
    return None


def _note_bulk(orm_execute_state: ORMExecuteState) -> None:
    """A Core UPDATE/DELETE changes rows the ORM never sees: the reports this transaction
    touches are then recorded whole."""
    if orm_execute_state.is_update or orm_execute_state.is_delete:
        orm_execute_state.session.info[_FULL] = True


def _collect(session: Session, _context: Any) -> None:
    """After each flush: which report rows and accounts this transaction touched (the
    new/dirty/deleted sets still hold the flushed objects, with their keys assigned)."""
    info = session.info
    keys: dict[int, set[str]] = info.setdefault(_KEYS, {})
    whole: set[int] = info.setdefault(_REPORTS, set())  # reports new in this transaction
    attached: set[int] = info.setdefault(_ATTACHED, set())  # activities whose files changed
    users: set[int] = info.setdefault("state.users", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, ReportRow):
            keys.setdefault(obj.id, set()).add(REPORT_KEY)
            if obj in session.new:
                whole.add(obj.id)
        elif isinstance(obj, MeasureEntryRow):
            keys.setdefault(obj.report_id, set()).add(measure_key(obj.measure_id))
        elif isinstance(obj, ActivityRow):
            keys.setdefault(obj.report_id, set()).add(activity_key(obj.uid))
        elif isinstance(obj, AttachmentRow):
            attached.add(obj.activity_id)
        elif isinstance(obj, UserRow):
            users.add(obj.id)
        elif isinstance(obj, UserRoleRow):
            users.add(obj.user_id)


def _record(session: Session) -> None:
    """Before each commit: a state event for every touched report (the rows it changed, or
    all of them), and for every account whose state differs from the last one recorded."""
    session.flush()  # pending changes reach `_collect` first
    info = session.info
    keys: dict[int, set[str]] = info.pop(_KEYS, {})
    whole: set[int] = info.pop(_REPORTS, set())
    attached: set[int] = info.pop(_ATTACHED, set())
    users: set[int] = info.pop("state.users", set())
    if info.pop(_FULL, False):
        whole |= set(keys)
    if attached:
        for report_id, uid in session.execute(
            select(ActivityRow.report_id, ActivityRow.uid).where(ActivityRow.id.in_(attached))
        ):
            keys.setdefault(report_id, set()).add(activity_key(uid))
    if not (keys or users):
        return
    now = datetime.now(UTC)
    actor = info.get(audit.LAST_ACTOR, NO_ACTOR)
    run = session.connection().execute
    for report_id in sorted(keys):
        found = run(_UID_STATUS, {"report": report_id}).first()
        if found is None:  # deleted in this transaction: `report.delete` says so
            continue
        uid, status = found
        # Whole also the first time (a report made before states were recorded): later records
        # only say what changed since.
        full = report_id in whole or run(_HAS_STATE, {"uid": uid}).first() is None
        rows = content_rows(session, report_id, None if full else keys[report_id])
        audit.append(session, now, actor, REPORT_STATE, uid, status=status, full=full, rows=rows)
    for user_id in sorted(users):
        user = session.get(UserRow, user_id)
        if user is None:
            continue
        current = user_state(session, user)
        if _last_user_state(session, user.name) != current:
            audit.append(session, now, actor, USER_STATE, **current)
    _forget(session)


def _forget(session: Session, *_args: Any) -> None:
    for key in (_REPORTS, _KEYS, _ATTACHED, _FULL, "state.users", audit.LAST_ACTOR):
        session.info.pop(key, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Record states for every session `sessions` makes."""
    event.listen(sessions, "do_orm_execute", _note_bulk)
    event.listen(sessions, "after_flush", _collect)
    event.listen(sessions, "before_commit", _record)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
