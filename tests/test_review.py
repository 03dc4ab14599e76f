"""Review on a real database: the role × transition matrix, editing locks, separation of duties,
comments and suggestions, the whole story through the services, and the `csbm` commands."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.cli import main
from csbm_desktop.domain.edits import SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.errors import BadInput, NotFound, Refused
from csbm_desktop.domain.workflow import ROLES, TRANSITIONS, Actor
from csbm_desktop.formspec import FormRegistry
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import export_json, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store
from tests.conftest import PASSWORD, add_staff, db_content

STATUSES = ("draft", "in_review", "changes_requested", "approved", "final", "transmitted")

# The workflow as the ministry's procedure states it, written out by hand: the test compares the
# code's table against this one, so it must not be derived from TRANSITIONS.
# action: (statuses it may start from, status it leads to, roles that may take it)
EXPECTED: dict[str, tuple[set[str], str, set[str]]] = {
    "submit": ({"draft", "changes_requested"}, "in_review", {"drafter"}),
    "request_changes": ({"in_review"}, "changes_requested", {"reviewer"}),
    "resume": ({"changes_requested"}, "draft", {"drafter"}),
    "approve": ({"in_review"}, "approved", {"reviewer"}),
    "finalize": ({"approved"}, "final", {"authorising_officer"}),
    "transmit": ({"final"}, "transmitted", {"clerk", "authorising_officer"}),
    "revert": ({"approved", "final"}, "draft", {"authorising_officer"}),
}
# The conftest staff: each holds exactly one role.
USER_OF_ROLE = {
    "administrator": "root",
    "drafter": "ana.drafter",
    "reviewer": "rui.reviewer",
    "authorising_officer": "olga.officer",
    "clerk": "carl.clerk",
}
EDITABLE = {"draft", "changes_requested"}


# --- helpers ---

_shared_registry = functools.cache(FormRegistry)


@pytest.fixture(autouse=True)
def _parse_forms_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Workspace (and every in-process `csbm` call) parses the YAML forms anew; sharing one
    registry per forms folder keeps these many small databases fast. Nothing else changes."""
    monkeypatch.setattr("csbm_desktop.services.workspace.FormRegistry", _shared_registry)


def status_of(ws: Workspace, report_id: int) -> str:
    with ws.db.session() as s:
        return store.report_row(s, report_id).status


def set_status(ws: Workspace, report_id: int, status: str) -> None:
    with ws.db.session() as s:
        store.set_status(s, report_id, status)


def events(ws: Workspace, **filters: Any) -> list[audit.AuditEvent]:
    """The trail, oldest first (read straight from the store: no role needed), without the
    `report.state`/`user.state` records each commit adds after the action itself."""
    with ws.db.session() as s:
        return [e for e in audit.events(s, **filters)[::-1] if not e.action.endswith(".state")]


def event_count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return audit.count(s)


def add_user(ws: Workspace, staff: dict[str, Actor], name: str, *roles: str) -> Actor:
    accounts = AccountService(ws)
    accounts.add_user(staff["root"], name, PASSWORD, roles)
    return accounts.authenticate(name, PASSWORD)


def demo(ws: Workspace, actor: Actor, state: str = "ARG") -> int:
    """A report with no validation errors, created and filled by `actor`."""
    report = create_demo(ws, actor, size="small", state=state, year=2025)
    assert not [p for p in DraftingService(ws, actor).validate(report.id) if p.severity == "error"]
    return report.id


def review(ws: Workspace, staff: dict[str, Actor], name: str) -> ReviewService:
    return ReviewService(ws, staff[name])


# --- the role × transition × status matrix ---


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict, int]]:
    """One database for the whole matrix: a clean report (no errors, no comments), filled by the
    drafter only, so the reviewer is not one of its editors. Each case sets the status first."""
    ws = Workspace(tmp_path_factory.mktemp("matrix") / "matrix.sqlite3")
    staff = add_staff(ws)
    report_id = demo(ws, staff["ana.drafter"])
    yield ws, staff, report_id
    ws.close()


def test_expected_table_covers_the_code() -> None:
    assert set(TRANSITIONS) == set(EXPECTED)
    assert set(ROLES) == set(USER_OF_ROLE)
    for t in TRANSITIONS.values():
        assert t.sources <= set(STATUSES)
        assert t.target in STATUSES


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", sorted(set(TRANSITIONS) | set(EXPECTED)))
@pytest.mark.parametrize("role", ROLES)
def test_transition_matrix(
    matrix: tuple[Workspace, dict[str, Actor], int], role: str, action: str, status: str
) -> None:
    ws, staff, report_id = matrix
    set_status(ws, report_id, status)
    before = event_count(ws)
    actor = staff[USER_OF_ROLE[role]]
    assert actor.roles == {role}
    sources, target, roles = EXPECTED[action]
    service = ReviewService(ws, actor)

    if status in sources and role in roles:
        assert service.transition(report_id, action, "because") == target
        assert status_of(ws, report_id) == target
        last = events(ws)[-1]
        assert (last.action, last.actor) == (f"report.{action}", actor.name)
        assert last.details["from"] == status
        assert last.details["to"] == target
        assert last.details["reason"] == "because"
    else:
        with pytest.raises(Refused):
            service.transition(report_id, action, "because")
        assert status_of(ws, report_id) == status
        assert event_count(ws) == before  # a refusal leaves no trace in the report's trail


def test_unknown_action_is_refused(matrix: tuple[Workspace, dict[str, Actor], int]) -> None:
    ws, staff, report_id = matrix
    set_status(ws, report_id, "draft")
    with pytest.raises(Refused) as info:
        review(ws, staff, "root").transition(report_id, "publish", "because")
    assert info.value.code == "workflow.unknown"
    assert status_of(ws, report_id) == "draft"


@pytest.mark.parametrize("reason", ["", "   "])
@pytest.mark.parametrize("status", ["approved", "final"])
def test_revert_needs_a_reason(
    matrix: tuple[Workspace, dict[str, Actor], int], status: str, reason: str
) -> None:
    ws, staff, report_id = matrix
    set_status(ws, report_id, status)
    with pytest.raises(Refused) as info:
        review(ws, staff, "olga.officer").transition(report_id, "revert", reason)
    assert info.value.code == "workflow.reason_required"
    assert status_of(ws, report_id) == status


def test_transmit_records_channel_and_reference(
    matrix: tuple[Workspace, dict[str, Actor], int],
) -> None:
    ws, staff, report_id = matrix
    set_status(ws, report_id, "final")
    service = review(ws, staff, "carl.clerk")
    assert service.transition(report_id, "transmit", channel="pouch", reference="OEA/123") == (
        "transmitted"
    )
    last = events(ws)[-1]
    assert last.action == "report.transmit"
    assert last.details["channel"] == "pouch"
    assert last.details["reference"] == "OEA/123"


# --- editing is for drafters, in draft or changes_requested only ---


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("role", ROLES)
def test_editing_needs_drafter_and_editable_status(
    matrix: tuple[Workspace, dict[str, Actor], int], role: str, status: str
) -> None:
    ws, staff, report_id = matrix
    set_status(ws, report_id, status)
    actor = staff[USER_OF_ROLE[role]]
    name = f"Nombre {role} {status}"
    service = DraftingService(ws, actor)
    if role == "drafter" and status in EDITABLE:  # the one way in: proves the lock is not stuck
        service.apply(report_id, [SetHeaderField("poc_name", name)])
        assert service.get(report_id).header["poc_name"] == name
        return
    before = db_content(ws.path)
    with pytest.raises(Refused) as info:
        service.apply(report_id, [SetHeaderField("poc_name", name)])
    expected = "report.not_editable" if role == "drafter" else "role.missing"
    assert info.value.code == expected
    assert db_content(ws.path) == before


# --- separation of duties ---


@pytest.mark.parametrize("how", ["created", "edited", "attached"])
def test_an_editor_cannot_approve_until_an_administrator_relaxes(
    workspace: Workspace, staff: dict[str, Actor], how: str
) -> None:
    dora = add_user(workspace, staff, "dora", "drafter", "reviewer")
    report_id = demo(workspace, dora if how == "created" else staff["ana.drafter"])
    drafting = DraftingService(workspace, dora)
    if how == "edited":
        drafting.apply(report_id, [SetHeaderField("poc_phone", "+54 11 5555 0000")])
    elif how == "attached":
        activity = drafting.get(report_id).activities[0]
        drafting.add_attachment(report_id, activity.uid, "acta.txt", b"Acta de la reunion")
    service = ReviewService(workspace, dora)
    assert "dora" in service.editors(report_id)
    assert service.transition(report_id, "submit") == "in_review"

    with pytest.raises(Refused) as info:
        service.transition(report_id, "approve")
    assert info.value.code == "review.separation"
    assert status_of(workspace, report_id) == "in_review"
    assert service.separation_relaxed(report_id) is None

    for name in ("dora", "rui.reviewer", "olga.officer", "ana.drafter"):  # not administrators
        actor = dora if name == "dora" else staff[name]
        with pytest.raises(Refused) as info:
            ReviewService(workspace, actor).relax_separation(report_id, "we are two")
        assert info.value.code == "role.missing"
    with pytest.raises(Refused):
        review(workspace, staff, "root").relax_separation(report_id, "  ")
    assert service.separation_relaxed(report_id) is None

    review(workspace, staff, "root").relax_separation(report_id, " Oficina de dos personas ")
    assert service.separation_relaxed(report_id) == ("root", "Oficina de dos personas")
    trail = AuditTrailService(workspace, staff["root"]).events(
        report_id=report_id, action_prefix="report.sod_relaxed"
    )
    assert [(e.actor, e.details["reason"]) for e in trail] == [("root", "Oficina de dos personas")]

    assert service.transition(report_id, "approve") == "approved"


def test_a_reviewer_who_did_not_edit_approves_without_relaxation(
    workspace: Workspace, staff: dict[str, Actor]
) -> None:
    report_id = demo(workspace, staff["ana.drafter"])
    review(workspace, staff, "ana.drafter").transition(report_id, "submit")
    service = review(workspace, staff, "rui.reviewer")
    assert service.editors(report_id) == {"ana.drafter"}
    assert service.transition(report_id, "approve") == "approved"
    assert service.separation_relaxed(report_id) is None


def test_importing_a_report_makes_you_an_editor(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    ana = staff["ana.drafter"]
    report_id = demo(workspace, ana)
    path = tmp_path / "report.json"
    export_json(workspace, ana, report_id, path)
    DraftingService(workspace, ana).delete(report_id)
    dora = add_user(workspace, staff, "dora", "drafter", "reviewer")
    imported = import_json(workspace, dora, path)  # content dora could have written by hand
    service = ReviewService(workspace, dora)
    assert "dora" in service.editors(imported)
    service.transition(imported, "submit")
    with pytest.raises(Refused):
        service.transition(imported, "approve")


def test_import_cannot_skip_the_workflow(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    ana = staff["ana.drafter"]
    report_id = demo(workspace, ana)
    path = tmp_path / "report.json"
    export_json(workspace, ana, report_id, path)
    DraftingService(workspace, ana).delete(report_id)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["report"]["status"] = "approved"
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        imported = import_json(workspace, ana, path)
    except Refused:
        return  # refusing such a file is a fix too
    assert status_of(workspace, imported) == "draft"


# --- what approval (and finalizing) needs ---


def test_approval_waits_for_open_threads(workspace: Workspace, staff: dict[str, Actor]) -> None:
    report_id = demo(workspace, staff["ana.drafter"])
    review(workspace, staff, "ana.drafter").transition(report_id, "submit")
    rui = review(workspace, staff, "rui.reviewer")
    thread = rui.comment(report_id, "header.poc_email", "¿Es la dirección institucional?")
    review(workspace, staff, "ana.drafter").comment(
        report_id, "report", "Sí, lo es.", reply_to=thread.uid
    )
    with pytest.raises(Refused) as info:
        rui.transition(report_id, "approve")
    assert info.value.code == "review.open_comments"
    assert info.value.params["count"] == "1"  # threads, not messages
    rui.resolve(report_id, thread.uid)
    rui.resolve(report_id, thread.uid, reopen=True)
    with pytest.raises(Refused):
        rui.transition(report_id, "approve")
    assert status_of(workspace, report_id) == "in_review"
    rui.resolve(report_id, thread.uid)
    assert rui.transition(report_id, "approve") == "approved"


def test_approval_and_finalizing_wait_for_a_valid_report(
    workspace: Workspace, staff: dict[str, Actor]
) -> None:
    report_id = demo(workspace, staff["ana.drafter"])
    DraftingService(workspace, staff["ana.drafter"]).apply(
        report_id, [SetHeaderField("poc_name", None)]
    )
    review(workspace, staff, "ana.drafter").transition(report_id, "submit")
    with pytest.raises(Refused) as info:
        review(workspace, staff, "rui.reviewer").transition(report_id, "approve")
    assert info.value.code == "review.has_errors"
    assert status_of(workspace, report_id) == "in_review"
    set_status(workspace, report_id, "approved")
    with pytest.raises(Refused) as info:
        review(workspace, staff, "olga.officer").transition(report_id, "finalize")
    assert info.value.code == "review.has_errors"
    assert status_of(workspace, report_id) == "approved"


# --- comments and suggestions ---


def make_draft(ws: Workspace, drafter: Actor) -> int:
    """A plain draft (comments need no valid report) with one activity."""
    service = DraftingService(ws, drafter)
    report = service.create("URY", 2025)
    service.add_activity(report.id, "m02", {"title": "Diálogo político-estratégico"})
    service.apply(report.id, [SetHeaderField("poc_name", "Inés Núñez")])
    return report.id


@pytest.fixture
def draft(workspace: Workspace, drafter: Actor) -> int:
    return make_draft(workspace, drafter)


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict, int]]:
    """One database for the anchor and value checks, which only add comments or refuse."""
    ws = Workspace(tmp_path_factory.mktemp("board") / "board.sqlite3")
    staff = add_staff(ws)
    yield ws, staff, make_draft(ws, staff["ana.drafter"])
    ws.close()


@pytest.mark.parametrize(
    "anchor",
    [
        "report",
        "header.poc_name",
        "answers.c1_q1",
        "characteristics.1",
        "measures.m02",
        "measures.m02.status",
        "activities.{uid}",
        "activities.{uid}.title",
    ],
)
def test_good_anchors(board: tuple[Workspace, dict[str, Actor], int], anchor: str) -> None:
    workspace, staff, draft = board
    uid = DraftingService(workspace, staff["ana.drafter"]).get(draft).activities[0].uid
    anchor = anchor.format(uid=uid)
    info = review(workspace, staff, "rui.reviewer").comment(draft, anchor, "Revisar")
    assert info.anchor == anchor
    assert info.status == "open"
    assert info.author == "rui.reviewer"
    assert info.parent_uid is None


@pytest.mark.parametrize(
    "anchor",
    [
        "",
        "bogus",
        "header",
        "header.",
        "header.poc_name.extra",
        "answers.",
        "characteristics.one",
        "measures.",
        "measures.m02.status.extra",
        "activities.no-such-activity",
        "activities.no-such-activity.title",
        "header.no_such_field",
        "answers.no_such_question",
        "characteristics.0",
        "characteristics.8",
        "characteristics.99",
        "measures.m99",
        "activities.{uid}.no_such_field",
    ],
)
def test_bad_anchors_are_refused(
    board: tuple[Workspace, dict[str, Actor], int], anchor: str
) -> None:
    workspace, staff, draft = board
    uid = DraftingService(workspace, staff["ana.drafter"]).get(draft).activities[0].uid
    anchor = anchor.format(uid=uid)
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as info:
        review(workspace, staff, "rui.reviewer").comment(draft, anchor, "Revisar")
    assert info.value.code == "comment.bad_anchor"
    assert db_content(workspace.path) == before


def test_who_may_comment(workspace: Workspace, staff: dict[str, Actor], draft: int) -> None:
    for name in ("ana.drafter", "rui.reviewer", "olga.officer"):
        review(workspace, staff, name).comment(draft, "report", f"Nota de {name}")
    for name in ("carl.clerk", "root"):
        with pytest.raises(Refused) as info:
            review(workspace, staff, name).comment(draft, "report", "Nota")
        assert info.value.code == "role.missing"
    with pytest.raises(BadInput) as info:
        review(workspace, staff, "rui.reviewer").comment(draft, "report", "   ")
    assert info.value.code == "comment.empty"
    assert [c.author for c in review(workspace, staff, "root").comments(draft)] == [
        "ana.drafter",
        "rui.reviewer",
        "olga.officer",
    ]


def test_replies_form_a_thread(workspace: Workspace, staff: dict[str, Actor], draft: int) -> None:
    rui = review(workspace, staff, "rui.reviewer")
    ana = review(workspace, staff, "ana.drafter")
    thread = rui.comment(draft, "header.poc_name", "¿Falta el segundo apellido?")
    first = ana.comment(draft, "header.poc_name", "Lo confirmo.", reply_to=thread.uid)
    # A reply lives in its thread's field, whatever anchor was passed.
    second = rui.comment(draft, "report", "Gracias.", reply_to=thread.uid)
    assert (first.parent_uid, second.parent_uid) == (thread.uid, thread.uid)
    assert second.anchor == "header.poc_name"
    listed = ana.comments(draft)
    assert [c.uid for c in listed] == [thread.uid, first.uid, second.uid]
    assert [c.parent_uid for c in listed] == [None, thread.uid, thread.uid]
    assert [c.text for c in listed] == ["¿Falta el segundo apellido?", "Lo confirmo.", "Gracias."]
    with pytest.raises(NotFound):
        rui.comment(draft, "report", "¿?", reply_to="no-such-comment")
    replies = events(workspace, action_prefix="comment.add")
    assert [e.details["reply"] for e in replies] == [False, True, True]


def test_resolve_and_reopen_by_reviewer_or_author_only(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    olga_note = review(workspace, staff, "olga.officer").comment(draft, "report", "Firmo el 3/3")
    ana_note = review(workspace, staff, "ana.drafter").comment(draft, "report", "Pendiente")

    def status(uid: str) -> tuple[str, str | None]:
        [c] = [c for c in review(workspace, staff, "root").comments(draft) if c.uid == uid]
        return c.status, c.resolved_by

    for name in ("ana.drafter", "carl.clerk", "root"):  # neither reviewer nor author
        with pytest.raises(Refused):
            review(workspace, staff, name).resolve(draft, olga_note.uid)
    assert status(olga_note.uid) == ("open", None)
    review(workspace, staff, "olga.officer").resolve(draft, olga_note.uid)
    assert status(olga_note.uid) == ("resolved", "olga.officer")
    review(workspace, staff, "rui.reviewer").resolve(draft, olga_note.uid, reopen=True)
    assert status(olga_note.uid) == ("open", None)
    review(workspace, staff, "rui.reviewer").resolve(draft, olga_note.uid)
    assert status(olga_note.uid) == ("resolved", "rui.reviewer")

    with pytest.raises(Refused):
        review(workspace, staff, "olga.officer").resolve(draft, ana_note.uid)
    review(workspace, staff, "ana.drafter").resolve(draft, ana_note.uid)
    assert status(ana_note.uid) == ("resolved", "ana.drafter")
    with pytest.raises(NotFound):
        review(workspace, staff, "rui.reviewer").resolve(draft, "no-such-comment")
    assert [e.action for e in events(workspace, action_prefix="comment.re")] == [
        "comment.resolve",
        "comment.reopen",
        "comment.resolve",
        "comment.resolve",
    ]


def test_accepted_suggestion_changes_the_field(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    info = review(workspace, staff, "rui.reviewer").comment(
        draft, "header.poc_name", "", suggest=True, suggestion="Inés Núñez Paz"
    )
    assert (info.has_suggestion, info.suggestion, info.suggestion_state) == (
        True,
        "Inés Núñez Paz",
        "pending",
    )
    edits_before = len(events(workspace, action_prefix="report.edit"))
    review(workspace, staff, "ana.drafter").decide_suggestion(draft, info.uid, accept=True)

    assert DraftingService(workspace, staff["ana.drafter"]).get(draft).header["poc_name"] == (
        "Inés Núñez Paz"
    )
    edits = events(workspace, action_prefix="report.edit")
    assert len(edits) == edits_before + 1
    assert edits[-1].actor == "ana.drafter"
    assert edits[-1].details["fields"] == ["header.poc_name"]
    [c] = review(workspace, staff, "rui.reviewer").comments(draft)
    assert (c.suggestion_state, c.status, c.resolved_by) == ("accepted", "resolved", "ana.drafter")
    assert events(workspace)[-1].action == "comment.accept"


def test_accepting_is_all_or_nothing(
    workspace: Workspace,
    staff: dict[str, Actor],
    draft: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure while the decision is recorded (a full disk, a crash) leaves the field unchanged
    and the suggestion pending: never an applied suggestion still waiting to be decided."""
    info = review(workspace, staff, "rui.reviewer").comment(
        draft, "header.poc_name", "", suggest=True, suggestion="Inés Núñez Paz"
    )
    before = db_content(workspace.db.path)
    append = audit.append

    def failing(s: Any, when: Any, actor: str, action: str, *args: Any, **kw: Any) -> Any:
        if action == "comment.accept":
            raise OSError("disk full")
        return append(s, when, actor, action, *args, **kw)

    monkeypatch.setattr(audit, "append", failing)
    with pytest.raises(OSError, match="disk full"):
        review(workspace, staff, "ana.drafter").decide_suggestion(draft, info.uid, accept=True)
    monkeypatch.undo()
    assert db_content(workspace.db.path) == before
    [c] = review(workspace, staff, "rui.reviewer").comments(draft)
    assert (c.suggestion_state, c.status) == ("pending", "open")
    review(workspace, staff, "ana.drafter").decide_suggestion(draft, info.uid, accept=True)
    report = DraftingService(workspace, staff["ana.drafter"]).get(draft)
    assert report.header["poc_name"] == "Inés Núñez Paz"


def test_rejected_suggestion_changes_nothing(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    info = review(workspace, staff, "rui.reviewer").comment(
        draft, "measures.m02.status", "¿No está implementada?", suggest=True, suggestion="partly"
    )
    report_before = DraftingService(workspace, staff["ana.drafter"]).get(draft)
    review(workspace, staff, "ana.drafter").decide_suggestion(draft, info.uid, accept=False)
    report_after = DraftingService(workspace, staff["ana.drafter"]).get(draft)
    assert report_after.measure("m02") == report_before.measure("m02")
    assert report_after.updated_at == report_before.updated_at
    [c] = review(workspace, staff, "rui.reviewer").comments(draft)
    assert (c.suggestion_state, c.status) == ("rejected", "resolved")
    assert events(workspace)[-1].action == "comment.reject"


def test_suggestions_for_a_measure_and_an_activity(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    drafting = DraftingService(workspace, staff["ana.drafter"])
    activity = drafting.get(draft).activities[0]
    rui = review(workspace, staff, "rui.reviewer")
    status = rui.comment(draft, "measures.m02.status", "", suggest=True, suggestion="implemented")
    title = rui.comment(
        draft, f"activities.{activity.uid}.title", "", suggest=True, suggestion="Diálogo 2+2"
    )
    ana = review(workspace, staff, "ana.drafter")
    ana.decide_suggestion(draft, status.uid, accept=True)
    ana.decide_suggestion(draft, title.uid, accept=True)
    report = drafting.get(draft)
    assert report.measure("m02").status == "implemented"
    assert report.activity(activity.uid).values["title"] == "Diálogo 2+2"
    fields = [e.details["fields"] for e in events(workspace, action_prefix="report.edit")[-2:]]
    assert fields == [["measures.m02.status"], [f"activities.{activity.uid}.title"]]


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        ("header.poc_name", 42),
        ("header.poc_name", ["a", "b"]),
        ("measures.m02.status", "bogus"),
        ("answers.no_such_question", "x"),
        ("report", "x"),  # nothing to put a value in
    ],
)
def test_badly_typed_suggestion_is_refused(
    board: tuple[Workspace, dict[str, Actor], int], anchor: str, value: object
) -> None:
    workspace, staff, draft = board
    before = db_content(workspace.path)
    with pytest.raises(BadInput):
        review(workspace, staff, "rui.reviewer").comment(
            draft, anchor, "x", suggest=True, suggestion=value
        )
    assert db_content(workspace.path) == before


def test_only_reviewers_suggest_and_only_drafters_decide(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    before = db_content(workspace.path)
    for name in ("ana.drafter", "olga.officer"):
        with pytest.raises(Refused) as info:
            review(workspace, staff, name).comment(
                draft, "header.poc_name", "x", suggest=True, suggestion="Otro"
            )
        assert info.value.code == "role.missing"
    assert db_content(workspace.path) == before

    rui = review(workspace, staff, "rui.reviewer")
    suggestion = rui.comment(draft, "header.poc_name", "x", suggest=True, suggestion="Otro")
    before = db_content(workspace.path)
    for name in ("rui.reviewer", "olga.officer", "carl.clerk", "root"):
        for accept in (True, False):
            with pytest.raises(Refused) as info:
                review(workspace, staff, name).decide_suggestion(draft, suggestion.uid, accept)
            assert info.value.code == "role.missing"
    assert db_content(workspace.path) == before

    plain = rui.comment(draft, "header.poc_name", "Sin propuesta")
    ana = review(workspace, staff, "ana.drafter")
    with pytest.raises(Refused) as info:
        ana.decide_suggestion(draft, plain.uid, accept=True)
    assert info.value.code == "comment.no_pending_suggestion"

    ana.decide_suggestion(draft, suggestion.uid, accept=True)
    before = db_content(workspace.path)
    for accept in (True, False):  # deciding twice
        with pytest.raises(Refused) as info:
            ana.decide_suggestion(draft, suggestion.uid, accept)
        assert info.value.code == "comment.no_pending_suggestion"
    assert db_content(workspace.path) == before


def test_accepting_needs_an_editable_report(
    workspace: Workspace, staff: dict[str, Actor], draft: int
) -> None:
    info = review(workspace, staff, "rui.reviewer").comment(
        draft, "header.poc_name", "x", suggest=True, suggestion="Otro"
    )
    set_status(workspace, draft, "in_review")
    before = db_content(workspace.path)
    with pytest.raises(Refused) as refused:
        review(workspace, staff, "ana.drafter").decide_suggestion(draft, info.uid, accept=True)
    assert refused.value.code == "report.not_editable"
    assert db_content(workspace.path) == before  # still pending: it can be accepted later


# --- the whole story on one database ---


def test_the_whole_story(workspace: Workspace, staff: dict[str, Actor]) -> None:
    ana, rui, olga = (
        review(workspace, staff, n) for n in ("ana.drafter", "rui.reviewer", "olga.officer")
    )
    drafting = DraftingService(workspace, staff["ana.drafter"])
    report_id = demo(workspace, staff["ana.drafter"])
    original = drafting.get(report_id)
    revisions = len(drafting.revisions(report_id))

    # The drafter submits: a revision is saved and named in the trail.
    assert ana.transition(report_id, "submit", "Primera versión") == "in_review"
    saved = drafting.revisions(report_id)
    assert len(saved) == revisions + 1
    assert saved[-1].message == "Primera versión"
    assert saved[-1].author == "ana.drafter"
    submit = events(workspace, action_prefix="report.submit")[-1]
    assert submit.details["revision"] == saved[-1].number

    # The reviewer comments, suggests twice, and sends it back.
    question = rui.comment(report_id, "answers.c1_q1", "¿Puede dar una fecha?")
    name = rui.comment(report_id, "header.poc_name", "", suggest=True, suggestion="Nuevo nombre")
    position = rui.comment(
        report_id, "header.poc_position", "", suggest=True, suggestion="Nuevo cargo"
    )
    assert name.revision == position.revision == saved[-1].number
    assert rui.transition(report_id, "request_changes", "Ver comentarios") == "changes_requested"

    # The drafter accepts one, rejects the other, answers the question, and resubmits.
    ana.decide_suggestion(report_id, name.uid, accept=True)
    ana.decide_suggestion(report_id, position.uid, accept=False)
    ana.comment(report_id, "report", "Fecha añadida.", reply_to=question.uid)
    drafting.apply(report_id, [SetAnswer("c1_q1", "Desde el 4 de mayo de 2025.")])
    changed = drafting.get(report_id)
    assert changed.header["poc_name"] == "Nuevo nombre"
    assert changed.header["poc_position"] == original.header["poc_position"]
    assert ana.transition(report_id, "submit") == "in_review"
    assert len(drafting.revisions(report_id)) == revisions + 2

    # The reviewer resolves the remaining thread and approves; the officer finalizes.
    open_threads = [
        c for c in rui.comments(report_id) if c.parent_uid is None and c.status == "open"
    ]
    assert [c.uid for c in open_threads] == [question.uid]
    with pytest.raises(Refused):
        rui.transition(report_id, "approve")
    rui.resolve(report_id, question.uid)
    assert rui.transition(report_id, "approve") == "approved"
    assert olga.transition(report_id, "finalize") == "final"

    # A final report takes no more edits, attachments or comments.
    activity = changed.activities[0]
    before = db_content(workspace.path)
    with pytest.raises(Refused):
        drafting.apply(report_id, [SetHeaderField("poc_name", "Otro")])
    with pytest.raises(Refused):
        drafting.add_attachment(report_id, activity.uid, "nota.txt", b"tarde")
    with pytest.raises(Refused):
        drafting.remove_attachment(report_id, activity.attachments[0].uid)
    with pytest.raises(Refused):
        drafting.apply(report_id, [SetMeasure("m02", "partly")])
    for service in (ana, rui, olga):
        with pytest.raises(Refused):
            service.comment(report_id, "report", "Una cosa más")
    with pytest.raises(Refused):
        rui.comment(report_id, "header.poc_name", "", suggest=True, suggestion="X")
    assert db_content(workspace.path) == before

    # Reverting needs a reason, and brings it back to draft.
    with pytest.raises(Refused):
        olga.transition(report_id, "revert")
    assert status_of(workspace, report_id) == "final"
    assert olga.transition(report_id, "revert", "Cifra del anexo corregida") == "draft"
    revert = events(workspace, action_prefix="report.revert")[-1]
    assert (revert.actor, revert.details["reason"]) == ("olga.officer", "Cifra del anexo corregida")
    drafting.apply(report_id, [SetHeaderField("poc_phone", "+54 11 4346 8800")])

    actions = [e.action for e in events(workspace, report_uid=original.uid)]
    story = [
        a
        for a in actions
        if a.startswith(
            (
                "report.submit",
                "report.request",
                "report.approve",
                "report.final",
                "report.revert",
                "comment.accept",
                "comment.reject",
            )
        )
    ]
    assert story == [
        "report.submit",
        "report.request_changes",
        "comment.accept",
        "comment.reject",
        "report.submit",
        "report.approve",
        "report.finalize",
        "report.revert",
    ]


# --- the `csbm` commands ---


class Run:
    """`csbm …` in-process, signed in as `user` (the drafter unless told otherwise)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], password: Path) -> None:
        self.db, self.capsys, self.password = db, capsys, password
        self.user = "ana.drafter"
        self.err = ""

    def __call__(self, *args: str, code: int = 0, user: str | None = None) -> str:
        who = user or self.user
        status = main(
            ["--db", str(self.db), "--user", who, "--password-file", str(self.password), *args]
        )
        out, err = self.capsys.readouterr()
        assert status == code, (status, out, err)
        self.err = err
        return out

    def json(self, *args: str, user: str | None = None) -> Any:
        return json.loads(self(*args, "--json", user=user))

    def one_line_error(self) -> str:
        assert len(self.err.strip().splitlines()) == 1, self.err
        assert self.err.startswith("csbm: ")
        assert "Traceback" not in self.err
        return self.err.strip()


@pytest.fixture
def csbm(db_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path) -> Run:
    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()
    return Run(db_path, capsys, password_file)


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_cli_review_round(csbm: Run) -> None:
    rid = csbm("demo", "--size", "small", "--state", "ARG", "--year", "2025").strip()
    assert csbm("submit", rid, "-m", "Primera versión").strip() == "in_review"

    csbm("approve", rid, code=2)
    message = csbm.one_line_error()
    assert "ana.drafter" in message
    assert "reviewer" in message
    assert csbm.json("show", rid)["status"] == "in_review"

    cid = csbm(
        "comment",
        rid,
        "--field",
        "header.poc_name",
        "--text",
        "Cambió el punto de contacto",
        "--suggest",
        '"Nuevo nombre"',
        user="rui.reviewer",
    ).strip()
    assert UUID.match(cid)
    csbm(
        "comment",
        rid,
        "--field",
        "header.poc_name",
        "--text",
        "x",
        "--suggest",
        "42",
        user="rui.reviewer",
        code=2,
    )  # JSON 42 is a number: the field wants text
    csbm.one_line_error()
    assert csbm("request-changes", rid, user="rui.reviewer").strip() == "changes_requested"
    csbm("accept", rid, cid)
    assert csbm.json("show", rid)["header"]["poc_name"] == "Nuevo nombre"
    [comment] = csbm.json("comments", rid, user="rui.reviewer")
    assert comment["uid"] == cid
    assert comment["suggestion"] == "Nuevo nombre"
    assert (comment["suggestion_state"], comment["status"]) == ("accepted", "resolved")
    csbm("accept", rid, cid, code=2)  # twice
    csbm.one_line_error()
    assert csbm("comments", rid, "--open").strip() == ""

    assert csbm("submit", rid).strip() == "in_review"
    assert csbm("approve", rid, user="rui.reviewer").strip() == "approved"
    assert csbm("finalize", rid, user="olga.officer").strip() == "final"
    csbm("revert", rid, "--reason", "  ", user="olga.officer", code=2)
    csbm.one_line_error()
    assert csbm("revert", rid, "--reason", "Fecha errónea", user="olga.officer").strip() == "draft"
    csbm("submit", rid)
    csbm("approve", rid, user="rui.reviewer")
    csbm("finalize", rid, user="olga.officer")
    csbm("transmit", rid, "--channel", "pouch", user="ana.drafter", code=2)
    csbm.one_line_error()
    assert (
        csbm(
            "transmit", rid, "--channel", "pouch", "--reference", "OEA-7", user="carl.clerk"
        ).strip()
        == "transmitted"
    )

    assert csbm("check").startswith("ok: ")

    trail = csbm("audit", user="root")
    for action in (
        "report.submit",
        "comment.add",
        "comment.accept",
        "report.approve",
        "report.revert",
        "report.transmit",
        "auth.signin",
    ):
        assert action in trail
    events_json = csbm.json("audit", "--report", rid, "--limit", "500", user="root")
    assert {"report.create", "report.transmit"} <= {e["action"] for e in events_json}
    transmit = next(e for e in events_json if e["action"] == "report.transmit")
    assert transmit["actor"] == "carl.clerk"
    assert transmit["details"]["channel"] == "pouch"
    assert transmit["details"]["reference"] == "OEA-7"
    csbm("audit", code=2)
    assert "administrator" in csbm.one_line_error()


def test_cli_comments_reject_resolve(csbm: Run) -> None:
    rid = csbm("new", "--state", "CHL", "--year", "2025").strip()
    cid = csbm(
        "comment",
        rid,
        "--field",
        "header.poc_email",
        "--suggest",
        "csbm@mindef.cl",
        user="rui.reviewer",
    ).strip()  # plain text is taken as text
    note = csbm("comment", rid, "--field", "answers.c1_q1", "--text", "Falta", user="rui.reviewer")
    note = note.strip()
    reply = csbm("comment", rid, "--field", "report", "--text", "Ya va", "--reply-to", note).strip()
    csbm("comment", rid, "--field", "no.such", "--text", "x", user="rui.reviewer", code=2)
    csbm.one_line_error()
    csbm("reject", rid, cid)
    assert csbm.json("show", rid)["header"].get("poc_email") is None
    listed = csbm("comments", rid)
    assert f"    {reply}" in listed  # the reply is indented under its thread
    assert '→ "csbm@mindef.cl" [rejected]' in listed
    assert [c["uid"] for c in csbm.json("comments", rid, "--open")] == [note, reply]
    csbm("resolve", rid, note, code=2)  # the drafter did not write it
    csbm.one_line_error()
    csbm("resolve", rid, note, user="rui.reviewer")
    assert csbm.json("comments", rid, "--open") == []
    csbm("resolve", rid, note, "--reopen", user="rui.reviewer")
    assert len(csbm.json("comments", rid, "--open")) == 2


def test_cli_relax_separation(csbm: Run, password_file: Path) -> None:
    csbm(
        "user",
        "add",
        "dora",
        "--role",
        "drafter",
        "--role",
        "reviewer",
        "--new-password-file",
        str(password_file),
        user="root",
    )
    rid = csbm("demo", "--size", "small", "--year", "2025", user="dora").strip()
    csbm("submit", rid, user="dora")
    csbm("approve", rid, user="dora", code=2)
    assert "separation of duties" in csbm.one_line_error()
    csbm("relax-separation", rid, "--reason", "Oficina pequeña", user="dora", code=2)
    csbm.one_line_error()
    csbm("relax-separation", rid, "--reason", "Oficina pequeña", user="root")
    assert csbm("approve", rid, user="dora").strip() == "approved"
