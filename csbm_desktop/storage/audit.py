"""The audit trail: append-only events chained by SHA-256.

Each event's hash covers its number, time, actor, action, report, details and the previous
event's hash, so changing, removing or reordering any event breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from csbm_desktop.storage.models import AuditEventRow

GENESIS = "0" * 64
# Session info keys: who appended last, and the (count, hash) of the chain's new head, read by
# the state recorder and the anchor (storage/state.py, storage/anchor.py) around the commit.
LAST_ACTOR = "audit.last_actor"
HEAD = "audit.head"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    action: str
    report_uid: str | None
    details: dict[str, Any]
    hash: str


def _canonical(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(prev: str, row: AuditEventRow) -> str:
    body = _canonical(
        {
            "id": row.id,
            "at": row.at.isoformat(),
            "actor": row.actor,
            "action": row.action,
            "report": row.report_uid,
            "details": row.details,
        }
    )
    return hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()


def append(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    report_uid: str | None = None,
    **details: Any,
) -> None:
    """Add one event in the caller's transaction (it commits or rolls back with the action)."""
    last, prev = head(session)
    number = last + 1
    text = _canonical(details)
    at = at.astimezone(UTC)  # hashed as stored: the database keeps UTC
    row = AuditEventRow(
        id=number,
        at=at,
        actor=actor,
        action=action,
        report_uid=report_uid,
        details=text,
        prev_hash=prev,
    )
    row.hash = event_hash(prev, row)
    # A plain INSERT on the session's connection, not the ORM's add and flush: the row is never
    # read back through the session, and every commit appends one or two (with its state record).
    session.connection().execute(
        insert(AuditEventRow),
        {c.key: getattr(row, c.key) for c in AuditEventRow.__mapper__.column_attrs},
    )
    session.info[LAST_ACTOR] = actor
    session.info[HEAD] = (number, row.hash)


def events(
    session: Session,
    *,
    action_prefix: str | None = None,
    actor: str | None = None,
    report_uid: str | None = None,
    limit: int | None = None,
    hide: tuple[str, ...] = (),
) -> list[AuditEvent]:
    """Newest first; `hide`: actions left out."""
    query = select(AuditEventRow).order_by(AuditEventRow.id.desc())
    if hide:
        query = query.where(AuditEventRow.action.not_in(hide))
    if action_prefix:
        query = query.where(AuditEventRow.action.startswith(action_prefix))
    if actor:
        query = query.where(AuditEventRow.actor == actor)
    if report_uid:
        query = query.where(AuditEventRow.report_uid == report_uid)
    if limit:
        query = query.limit(limit)
    return [
        AuditEvent(r.id, r.at, r.actor, r.action, r.report_uid, json.loads(r.details), r.hash)
        for r in session.scalars(query)
    ]


def actors_of(session: Session, report_uid: str, action: str) -> set[str]:
    return set(
        session.scalars(
            select(AuditEventRow.actor)
            .where(AuditEventRow.report_uid == report_uid, AuditEventRow.action == action)
            .distinct()
        )
    )


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEventRow)) or 0


# Built once and run on the session's connection: these run at every commit (twice with the state
# records), where the ORM's per-statement overhead was most of their cost. Every appended event
# is flushed at once, so there is nothing pending for them to miss.
_HASH_AT = select(AuditEventRow.hash).where(AuditEventRow.id == bindparam("number"))
_HEAD = select(AuditEventRow.id, AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)


def hash_at(session: Session, number: int) -> str | None:
    found = session.connection().execute(_HASH_AT, {"number": number}).scalar()
    return str(found) if found is not None else None


def first_hash(session: Session) -> str | None:
    """The first event's hash: unique to one database and its copies."""
    return hash_at(session, 1)


def head(session: Session) -> tuple[int, str]:
    """The chain's last event number and hash ((0, GENESIS) when empty): what an export or a
    seal names to anchor the trail as it stood."""
    last = session.connection().execute(_HEAD).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str


def verify(session: Session) -> Iterator[ChainBreak]:
    """Every place the chain does not hold (normally none)."""
    prev = GENESIS
    expected = 1
    for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.id)):
        if row.id != expected:
            yield ChainBreak(row.id, f"event {expected} is missing")
        if row.prev_hash != prev:
            yield ChainBreak(row.id, "does not follow the previous event")
        if event_hash(row.prev_hash, row) != row.hash:
            yield ChainBreak(row.id, "its content was changed")
        prev, expected = row.hash, row.id + 1
