"""Who may do what to a report, and when: roles, the workflow's transitions, separation of duties.

The table below is the rule; the services check every action against it (the GUI only hides
what the services would refuse anyway). A test walks the whole role × transition matrix.
"""

from __future__ import annotations

from dataclasses import dataclass

from csbm_desktop.domain.errors import Refused

DRAFTER = "drafter"
REVIEWER = "reviewer"
AUTHORISING_OFFICER = "authorising_officer"
CLERK = "clerk"
ADMINISTRATOR = "administrator"
ROLES: tuple[str, ...] = (DRAFTER, REVIEWER, AUTHORISING_OFFICER, CLERK, ADMINISTRATOR)

EDITABLE = frozenset({"draft", "changes_requested"})


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    name: str
    roles: frozenset[str]

    def has(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]  # any one of them suffices
    needs_reason: bool = False


def _t(
    name: str, sources: set[str], target: str, roles: set[str], needs_reason: bool = False
) -> Transition:
    return Transition(name, frozenset(sources), target, frozenset(roles), needs_reason)


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("submit", {"draft", "changes_requested"}, "in_review", {DRAFTER}),
        _t("request_changes", {"in_review"}, "changes_requested", {REVIEWER}),
        _t("resume", {"changes_requested"}, "draft", {DRAFTER}),
        _t("approve", {"in_review"}, "approved", {REVIEWER}),
        _t("finalize", {"approved"}, "final", {AUTHORISING_OFFICER}),
        _t("transmit", {"final"}, "transmitted", {CLERK, AUTHORISING_OFFICER}),
        _t("revert", {"approved", "final"}, "draft", {AUTHORISING_OFFICER}, needs_reason=True),
    )
}


def check_transition(name: str, status: str, actor: Actor, reason: str = "") -> Transition:
    """The transition if `actor` may take it from `status`; Refused otherwise."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise Refused("workflow.unknown", action=name)
    if not transition.roles & actor.roles:
        raise Refused(
            "role.missing", user=actor.name, action=name, roles=", ".join(sorted(transition.roles))
        )
    if status not in transition.sources:
        raise Refused("workflow.wrong_state", action=name, status=status)
    if transition.needs_reason and not reason.strip():
        raise Refused("workflow.reason_required", action=name)
    return transition


def may_edit(status: str, actor: Actor) -> bool:
    """Whether `actor` may change a report in `status` (what check_can_edit lets through): the
    screen offers read-only fields to everyone else rather than fields that fail to save."""
    return actor.has(DRAFTER) and status in EDITABLE


def check_can_edit(status: str, actor: Actor, report_id: int) -> None:
    if not actor.has(DRAFTER):
        raise Refused("role.missing", user=actor.name, action="edit", roles=DRAFTER)
    if status not in EDITABLE:
        raise Refused("report.not_editable", id=report_id, status=status)


def check_role(actor: Actor, role: str, action: str) -> None:
    if not actor.has(role):
        raise Refused("role.missing", user=actor.name, action=action, roles=role)


def available(status: str, actor: Actor) -> list[str]:
    """The transitions `actor` may take from `status` (for menus; the services still check)."""
    return [t.name for t in TRANSITIONS.values() if status in t.sources and t.roles & actor.roles]
