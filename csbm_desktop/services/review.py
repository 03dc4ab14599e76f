"""Review: the workflow's transitions, comments and suggestions, separation of duties.

Every action is checked here against the acting user's roles as stored now (never against what
a screen chose to show), and written to the audit trail in the same transaction.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from csbm_desktop.domain.checks import check_edit
from csbm_desktop.domain.errors import BadInput, NotFound, Refused
from csbm_desktop.domain.report import FieldValue
from csbm_desktop.domain.review import CommentInfo, check_anchor, edit_for, suggested_value
from csbm_desktop.domain.validation import validate
from csbm_desktop.domain.workflow import (
    ADMINISTRATOR,
    AUTHORISING_OFFICER,
    DRAFTER,
    REVIEWER,
    Actor,
    check_role,
    check_transition,
)
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.drafting import DraftingService, new_uid, save_snapshot
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store
from csbm_desktop.storage.models import CommentRow, ReportRow, TransmissionRow, UserRow

# Actions in the trail that change a report's content: their authors may not approve it.
CONTENT_ACTIONS = (
    "report.create",
    "report.import",
    "report.edit",
    "attachment.add",
    "attachment.remove",
    "revision.restore",
    "revision.import",
)
CHANNELS = ("pouch", "email", "portal", "other")
COMMENTERS = frozenset({DRAFTER, REVIEWER, AUTHORISING_OFFICER})
CLOSED = frozenset({"final", "transmitted"})


def _info(row: CommentRow, parents: dict[int, str], users: set[str] | None = None) -> CommentInfo:
    return CommentInfo(
        uid=row.uid,
        parent_uid=parents.get(row.parent_id) if row.parent_id else None,
        anchor=row.anchor,
        revision=row.revision,
        author=row.author,
        created_at=row.created_at,
        text=row.text,
        status=row.status,  # type: ignore[arg-type]
        suggestion=json.loads(row.suggestion) if row.suggestion is not None else None,
        has_suggestion=row.suggestion is not None,
        suggestion_state=row.suggestion_state,  # type: ignore[arg-type]
        resolved_by=row.resolved_by,
        resolved_at=row.resolved_at,
        provenance=row.provenance,
        pending_resolved_by=row.pending_resolved_by,
        author_known=users is None or row.author in users,
    )


class ReviewService:
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.ws = workspace
        self.actor = actor

    def _me(self, s: Session) -> Actor:
        return current_actor(s, self.actor.name)

    # --- separation of duties ---

    def editors(self, report_id: int) -> set[str]:
        """Everyone who changed the report's content (from the audit trail)."""
        with self.ws.db.session() as s:
            return self._editors(s, store.report_row(s, report_id).uid)

    @staticmethod
    def _editors(s: Session, uid: str) -> set[str]:
        found: set[str] = set()
        for action in CONTENT_ACTIONS:
            found |= audit.actors_of(s, uid, action)
        return found

    def relax_separation(self, report_id: int, reason: str) -> None:
        """Small offices: let an editor of this report approve it. Audited, shown on the report."""
        if not reason.strip():
            raise Refused("workflow.reason_required", action="relax")
        with self.ws.db.session() as s:
            check_role(self._me(s), ADMINISTRATOR, "relax separation of duties")
            row = store.report_row(s, report_id)
            row.sod_relaxed_by = self.actor.name
            row.sod_relaxed_reason = reason.strip()
            audit.append(
                s, utc_now(), self.actor.name, "report.sod_relaxed", row.uid, reason=reason.strip()
            )

    def separation_relaxed(self, report_id: int) -> tuple[str, str] | None:
        """(by whom, why) when an administrator relaxed separation of duties for the report."""
        with self.ws.db.session() as s:
            row = store.report_row(s, report_id)
            if row.sod_relaxed_by:
                return row.sod_relaxed_by, row.sod_relaxed_reason or ""
            return None

    # --- workflow ---

    def transition(self, report_id: int, action: str, reason: str = "", **details: str) -> str:
        """Take a workflow step; returns the new status."""
        with self.ws.db.session() as s:
            me = self._me(s)
            row = store.report_row(s, report_id)
            step = check_transition(action, row.status, me, reason)
            extra: dict[str, object] = {}
            if action in ("approve", "finalize"):
                self._check_ready(s, row, report_id)
            if action == "approve":
                self._check_separation(s, row, me)
                open_count = self._open_comments(s, report_id)
                if open_count:
                    raise Refused("review.open_comments", count=open_count)
            before = row.status
            row.status = step.target
            now = utc_now()
            if action in ("submit", "finalize"):
                # What was reviewed, and what is exported, is a named, hashed revision.
                message = reason.strip() or (
                    "Submitted for review" if action == "submit" else "Final version"
                )
                info = save_snapshot(s, report_id, me.name, message)
                extra["revision"] = info.number
            if action == "transmit":
                s.add(self._transmission(s, report_id, me, now, details))
            audit.append(
                s,
                now,
                me.name,
                f"report.{action}",
                row.uid,
                **{"from": before, "to": step.target, "reason": reason.strip(), **details, **extra},
            )
            return step.target

    @staticmethod
    def _transmission(
        s: Session, report_id: int, me: Actor, now: datetime, details: dict[str, str]
    ) -> TransmissionRow:
        """The record of a transmission; its date may be earlier than today, never later, and
        never before the report was authorised."""
        channel = details.get("channel", "other")
        if channel not in CHANNELS:
            raise BadInput("value.invalid", path="channel", reason=", ".join(CHANNELS))
        try:
            sent_on = date.fromisoformat(details.get("sent_on") or now.date().isoformat())
        except ValueError:
            raise BadInput("value.invalid", path="sent_on", reason="YYYY-MM-DD") from None
        if sent_on > now.date():
            raise BadInput("transmission.future", date=sent_on.isoformat())
        authorised = store.load(s, report_id).header.get("authorisation_date")
        if isinstance(authorised, str) and sent_on.isoformat() < authorised:
            raise BadInput(
                "transmission.before_authorisation", date=sent_on.isoformat(), authorised=authorised
            )
        details["sent_on"] = sent_on.isoformat()
        return TransmissionRow(
            report_id=report_id,
            at=now,
            by=me.name,
            channel=channel,
            sent_on=sent_on,
            reference=details.get("reference", ""),
        )

    def _check_ready(self, s: Session, row: ReportRow, report_id: int) -> None:
        report = store.load(s, report_id)
        errors = [
            p
            for p in validate(report, self.ws.form(row.form_id, row.form_version))
            if p.severity == "error"
        ]
        if errors:
            raise Refused("review.has_errors", count=len(errors))

    def _check_separation(self, s: Session, row: ReportRow, me: Actor) -> None:
        if row.sod_relaxed_by:
            return
        if me.name in self._editors(s, row.uid):
            raise Refused("review.separation", user=me.name)

    # --- comments and suggestions ---

    @staticmethod
    def _open_comments(s: Session, report_id: int) -> int:
        return len(
            s.scalars(
                select(CommentRow.id).where(
                    CommentRow.report_id == report_id,
                    CommentRow.parent_id.is_(None),
                    CommentRow.status == "open",
                )
            ).all()
        )

    def comments(self, report_id: int) -> list[CommentInfo]:
        with self.ws.db.session() as s:
            self._me(s)
            rows = s.scalars(
                select(CommentRow).where(CommentRow.report_id == report_id).order_by(CommentRow.id)
            ).all()
            parents = {r.id: r.uid for r in rows}
            users = set(s.scalars(select(UserRow.name)).all())
            return [_info(r, parents, users) for r in rows]

    def comment(
        self,
        report_id: int,
        anchor: str,
        text: str,
        *,
        suggestion: FieldValue = None,
        suggest: bool = False,
        reply_to: str | None = None,
    ) -> CommentInfo:
        """A comment on a field (or a reply in a thread). With `suggest`, a proposed new value
        for the field, which the drafter may accept or reject."""
        if not text.strip() and not suggest:
            raise BadInput("comment.empty")
        with self.ws.db.session() as s:
            me = self._me(s)
            if not COMMENTERS & me.roles:
                raise Refused(
                    "role.missing",
                    user=me.name,
                    action="comment",
                    roles=", ".join(sorted(COMMENTERS)),
                )
            row = store.report_row(s, report_id)
            if row.status in CLOSED:
                raise Refused("report.not_editable", id=report_id, status=row.status)
            report = store.load(s, report_id)
            spec = self.ws.form(row.form_id, row.form_version)
            anchor = check_anchor(anchor, report, spec)
            parent: CommentRow | None = None
            if reply_to is not None:
                parent = self._comment_row(s, report_id, reply_to)
                anchor = parent.anchor
            stored_suggestion: str | None = None
            if suggest:
                check_role(me, REVIEWER, "suggest")
                edit = check_edit(spec, edit_for(anchor, suggestion, report))
                value = suggested_value(edit)
                stored_suggestion = json.dumps(value, ensure_ascii=False)
            now = utc_now()
            comment = CommentRow(
                uid=new_uid(),
                report_id=report_id,
                parent_id=parent.id if parent else None,
                anchor=anchor,
                revision=report.revision,
                author=me.name,
                created_at=now,
                text=text.strip(),
                suggestion=stored_suggestion,
                suggestion_state="pending" if suggest else None,
                status="open",
            )
            s.add(comment)
            s.flush()
            audit.append(
                s,
                now,
                me.name,
                "comment.add",
                row.uid,
                comment=comment.uid,
                anchor=anchor,
                suggestion=suggest,
                reply=reply_to is not None,
            )
            parents = {parent.id: parent.uid} if parent else {}
            return _info(comment, parents)

    @staticmethod
    def _comment_row(s: Session, report_id: int, uid: str) -> CommentRow:
        row = s.scalar(
            select(CommentRow).where(CommentRow.uid == uid, CommentRow.report_id == report_id)
        )
        if row is None:
            raise NotFound("comment.not_found", uid=uid)
        return row

    def resolve(self, report_id: int, comment_uid: str, reopen: bool = False) -> None:
        with self.ws.db.session() as s:
            me = self._me(s)
            row = self._comment_row(s, report_id, comment_uid)
            if store.report_row(s, report_id).status in CLOSED:
                raise Refused(
                    "report.not_editable",
                    id=report_id,
                    status=store.report_row(s, report_id).status,
                )
            # The author of a comment that came in a bundle is only the bundle's word: such a
            # thread is closed (or a resolution it claims confirmed) by a reviewer here.
            own = me.name == row.author and row.provenance is None
            if not (me.has(REVIEWER) or own):
                raise Refused("role.missing", user=me.name, action="resolve", roles=REVIEWER)
            now = utc_now()
            claimed = row.pending_resolved_by
            row.status = "open" if reopen else "resolved"
            row.resolved_by = None if reopen else me.name
            row.resolved_at = None if reopen else now
            row.pending_resolved_by = None
            audit.append(
                s,
                now,
                me.name,
                "comment.reopen" if reopen else "comment.resolve",
                store.report_row(s, report_id).uid,
                comment=comment_uid,
                **({"confirms_bundle_resolution_by": claimed} if claimed and not reopen else {}),
            )

    def decide_suggestion(self, report_id: int, comment_uid: str, accept: bool) -> None:
        """The drafter accepts (applied as a recorded edit) or rejects a suggestion: the edit and
        the decision in one transaction, so that neither is ever recorded without the other."""
        with self.ws.db.session() as s:
            me = self._me(s)
            check_role(me, DRAFTER, "accept or reject a suggestion")
            row = self._comment_row(s, report_id, comment_uid)
            if row.suggestion is None or row.suggestion_state != "pending":
                raise Refused("comment.no_pending_suggestion", uid=comment_uid)
            report = store.load(s, report_id)
            edit = edit_for(row.anchor, json.loads(row.suggestion), report)
            if accept:  # through the drafting service: same checks, same audit as typing it
                DraftingService(self.ws, self.actor).apply_in(s, report_id, [edit])
            now = utc_now()
            row.suggestion_state = "accepted" if accept else "rejected"
            row.status = "resolved"
            row.resolved_by = me.name
            row.resolved_at = now
            audit.append(
                s,
                now,
                me.name,
                "comment.accept" if accept else "comment.reject",
                report.uid,
                comment=comment_uid,
            )
