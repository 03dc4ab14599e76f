"""Reading the audit trail: administrators only."""

from __future__ import annotations

from csbm_desktop.domain.workflow import ADMINISTRATOR, Actor, check_role
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit, state
from csbm_desktop.storage import reports as store

AuditEvent = audit.AuditEvent


class AuditTrailService:
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.ws = workspace
        self.actor = actor

    def events(
        self,
        *,
        report_id: int | None = None,
        action_prefix: str | None = None,
        user: str | None = None,
        limit: int | None = 500,
    ) -> list[AuditEvent]:
        """Newest first."""
        with self.ws.db.session() as s:
            check_role(current_actor(s, self.actor.name), ADMINISTRATOR, "read the audit trail")
            uid = store.report_row(s, report_id).uid if report_id is not None else None
            return audit.events(
                s,
                action_prefix=action_prefix,
                actor=user,
                report_uid=uid,
                limit=limit,
                # The state records each commit adds (digests for `csbm check`) say nothing a
                # person reading the trail needs; the action before each one does.
                hide=(state.REPORT_STATE, state.USER_STATE),
            )
