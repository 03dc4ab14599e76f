"""The audit trail: every action leaves an event, the chain holds, and `csbm check` finds what was
changed behind the application's back (with plain sqlite3, after dropping the triggers)."""

from __future__ import annotations

import functools
import hashlib
import itertools
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from csbm_desktop.cli import main
from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.domain.errors import Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.formspec import FormRegistry
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import export_json, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit
from tests.conftest import PASSWORD, add_staff, db_content

_shared_registry = functools.cache(FormRegistry)


@pytest.fixture(autouse=True)
def _parse_forms_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One parsed copy of the forms for all these small databases (speed only)."""
    monkeypatch.setattr("csbm_desktop.services.workspace.FormRegistry", _shared_registry)


@dataclass(frozen=True)
class History:
    path: Path  # a closed database file: copy it before changing it
    report_id: int
    report_uid: str


def build_history(path: Path) -> History:
    """A year's work through the services, touching every kind of audited action."""
    ws = Workspace(path)
    try:
        staff = add_staff(ws)
        root, ana = staff["root"], staff["ana.drafter"]
        accounts = AccountService(ws)
        with pytest.raises(Refused):
            accounts.authenticate("rui.reviewer", "not the password")
        accounts.add_user(root, "dora", PASSWORD, ["drafter"])
        accounts.set_roles(root, "dora", ["drafter", "reviewer"])
        accounts.disable(root, "dora")
        accounts.enable(root, "dora")
        accounts.reset_password(root, "dora", "dora's new password")
        accounts.change_password(ana, PASSWORD, PASSWORD + "!")
        accounts.change_password(ana, PASSWORD + "!", PASSWORD)
        accounts.set_idle_minutes(root, 20)

        drafting = DraftingService(ws, ana)
        report = create_demo(ws, ana, size="small", state="CRI", year=2025)
        rid = report.id
        activity = report.activities[0]
        extra = drafting.add_attachment(rid, activity.uid, "nota.txt", b"borrador")
        drafting.remove_attachment(rid, extra.uid)
        drafting.save_revision(rid, "Antes de enviar")
        export = path.parent / "export.json"
        export_json(ws, ana, rid, export)
        spare = drafting.create("CRI", 2024)
        drafting.delete(spare.id)

        def svc(name: str) -> ReviewService:
            return ReviewService(ws, staff[name])

        svc("ana.drafter").transition(rid, "submit", "Primera versión")
        note = svc("rui.reviewer").comment(rid, "header.poc_email", "¿Institucional?")
        idea = svc("rui.reviewer").comment(
            rid, "header.poc_name", "", suggest=True, suggestion="Nombre corregido"
        )
        other = svc("rui.reviewer").comment(
            rid, "header.poc_position", "", suggest=True, suggestion="Cargo corregido"
        )
        svc("rui.reviewer").transition(rid, "request_changes", "Ver comentarios")
        svc("ana.drafter").transition(rid, "resume")
        svc("ana.drafter").decide_suggestion(rid, idea.uid, accept=True)
        svc("ana.drafter").decide_suggestion(rid, other.uid, accept=False)
        svc("ana.drafter").comment(rid, "report", "Sí.", reply_to=note.uid)
        svc("rui.reviewer").resolve(rid, note.uid)
        svc("rui.reviewer").resolve(rid, note.uid, reopen=True)
        svc("rui.reviewer").resolve(rid, note.uid)
        svc("ana.drafter").transition(rid, "submit")
        svc("root").relax_separation(rid, "Solo para la prueba")
        svc("rui.reviewer").transition(rid, "approve")
        svc("olga.officer").transition(rid, "finalize")
        svc("olga.officer").transition(rid, "revert", "Fecha corregida")
        drafting.apply(rid, [SetHeaderField("poc_phone", "+506 2222 0000")])
        svc("ana.drafter").transition(rid, "submit")
        svc("rui.reviewer").transition(rid, "approve")
        svc("olga.officer").transition(rid, "finalize")
        svc("carl.clerk").transition(rid, "transmit", channel="email", reference="OEA-CRI-1")

        import_json(ws, ana, _renamed_copy(export))
        return History(path, rid, report.uid)
    finally:
        ws.close()


def _renamed_copy(export: Path) -> Path:
    """The exported report as a different one (new uids), to import into the same database."""
    import json
    import uuid

    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["report"]["uid"] = str(uuid.uuid4())
    doc["report"]["status"] = "draft"
    for activity in doc["report"]["activities"]:
        activity["uid"] = str(uuid.uuid4())
        for attachment in activity.get("attachments", []):
            attachment["uid"] = str(uuid.uuid4())
    doc["revisions"] = []
    out = export.with_name("renamed.json")
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return build_history(tmp_path_factory.mktemp("history") / "history.sqlite3")


@pytest.fixture
def copy(history: History, tmp_path: Path) -> Path:
    """A private copy of the history database, to tamper with."""
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(history.path, path)
    return path


@pytest.fixture
def ws(history: History) -> Iterator[Workspace]:
    """The untouched history, opened (read-only use)."""
    workspace = Workspace(history.path)
    yield workspace
    workspace.close()


def all_events(ws: Workspace) -> list[audit.AuditEvent]:
    """Oldest first."""
    with ws.db.session() as s:
        return audit.events(s)[::-1]


def raw(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Run SQL with plain sqlite3, as someone holding the file could."""
    con = sqlite3.connect(path)
    try:
        for sql in statements[:-1]:
            con.execute(sql)
        con.execute(statements[-1], params)
        con.commit()
    finally:
        con.close()


def event_id(path: Path, action: str) -> int:
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT id FROM audit_event WHERE action = ? ORDER BY id LIMIT 1", (action,)
        ).fetchone()
        return int(row[0])
    finally:
        con.close()


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`csbm check` in-process: (exit status, stdout, stderr)."""
    status = main(["--db", str(path), "check"])
    out, err = capsys.readouterr()
    return status, out, err


# --- every action is on record ---

EXPECTED_ACTIONS = {
    "user.add",
    "auth.signin",
    "auth.failed",
    "user.roles",
    "user.disable",
    "user.enable",
    "user.reset_password",
    "user.password",
    "setting.idle_minutes",
    "report.create",
    "report.edit",
    "attachment.add",
    "attachment.remove",
    "revision.save",
    "report.export",
    "report.delete",
    "report.import",
    "report.submit",
    "comment.add",
    "report.request_changes",
    "report.resume",
    "comment.accept",
    "comment.reject",
    "comment.resolve",
    "comment.reopen",
    "report.sod_relaxed",
    "report.approve",
    "report.finalize",
    "report.revert",
    "report.transmit",
}


def test_every_kind_of_action_writes_an_event(ws: Workspace, history: History) -> None:
    found = all_events(ws)
    assert EXPECTED_ACTIONS - {e.action for e in found} == set()
    assert [e.id for e in found] == list(range(1, len(found) + 1))
    assert found[0].details == {"user": "root", "roles": ["administrator"]}
    # Who did it, and to which report.
    on_report = [e for e in found if e.report_uid == history.report_uid]
    by_action = {e.action: e.actor for e in on_report}
    assert by_action["report.create"] == "ana.drafter"
    assert by_action["report.approve"] == "rui.reviewer"
    assert by_action["report.finalize"] == "olga.officer"
    assert by_action["report.transmit"] == "carl.clerk"
    assert by_action["report.sod_relaxed"] == "root"
    assert by_action["comment.add"] == "ana.drafter"  # the last one: the reply
    assert [
        (e.details["from"], e.details["to"]) for e in on_report if e.action == "report.submit"
    ] == [
        ("draft", "in_review"),
        ("draft", "in_review"),
        ("draft", "in_review"),
    ]
    # Signing in: one per staff member, plus the ones the services did for the history.
    assert {e.actor for e in found if e.action == "auth.signin"} >= {
        "root",
        "ana.drafter",
        "rui.reviewer",
        "olga.officer",
        "carl.clerk",
    }
    [failed] = [e for e in found if e.action == "auth.failed"]
    assert (failed.actor, failed.details["reason"]) == ("rui.reviewer", "wrong password")
    # Passwords never reach the trail.
    assert PASSWORD not in str([e.details for e in found])


def test_the_chain_links_every_event(ws: Workspace) -> None:
    con = sqlite3.connect(ws.path)
    try:
        rows = con.execute("SELECT id, prev_hash, hash FROM audit_event ORDER BY id").fetchall()
    finally:
        con.close()
    assert rows[0][1] == audit.GENESIS
    for (_, _, previous), (_, prev_hash, _) in itertools.pairwise(rows):
        assert prev_hash == previous
    assert len({h for _, _, h in rows}) == len(rows)


def test_trail_is_for_administrators(ws: Workspace, history: History) -> None:
    accounts = AccountService(ws)
    root = accounts.actor("root")
    service = AuditTrailService(ws, root)
    newest_first = service.events(limit=None)
    assert [e.id for e in newest_first] == sorted((e.id for e in newest_first), reverse=True)
    assert len(service.events(limit=5)) == 5
    mine = service.events(report_id=history.report_id, limit=None)
    assert mine
    assert {e.report_uid for e in mine} == {history.report_uid}
    assert {e.actor for e in service.events(user="carl.clerk", limit=None)} == {"carl.clerk"}
    assert {e.action for e in service.events(action_prefix="comment.", limit=None)} == {
        "comment.add",
        "comment.accept",
        "comment.reject",
        "comment.resolve",
        "comment.reopen",
    }
    for name in ("ana.drafter", "rui.reviewer", "olga.officer", "carl.clerk"):
        with pytest.raises(Refused) as info:
            AuditTrailService(ws, Actor(name, frozenset({"administrator"}))).events()
        assert info.value.code == "role.missing"  # roles are re-read, not taken from the caller


# --- the check on an untouched database ---


def test_check_passes_on_a_normal_database(ws: Workspace) -> None:
    result = check_database(ws)
    assert result.ok
    assert (result.sqlite, result.chain, result.revisions) == ([], [], [])
    assert result.events == len(all_events(ws))
    assert result.first_broken_event is None


def test_check_command_passes(history: History, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = check(history.path, capsys)
    assert status == 0, err
    assert out.startswith("ok: database sound, audit trail of ")


def test_check_on_a_new_database(workspace: Workspace) -> None:
    assert check_database(workspace).ok
    assert check_database(workspace).events == 0


# --- tampering ---


def test_changed_event_is_found(copy: Path) -> None:
    target = event_id(copy, "report.approve")
    raw(
        copy,
        "DROP TRIGGER audit_event_no_update",
        "UPDATE audit_event SET details = ? WHERE id = ?",
        params=('{"from":"in_review","reason":"visto bueno del ministro","to":"approved"}', target),
    )
    ws = Workspace(copy)
    try:
        result = check_database(ws)
    finally:
        ws.close()
    assert not result.ok
    assert result.first_broken_event == target
    assert [(b.event_id, b.reason) for b in result.chain] == [
        (target, "its content was changed")
    ]  # the events after it still link to its stored hash: only this one is flagged

    done = subprocess.run(
        [sys.executable, "-m", "csbm_desktop", "--db", str(copy), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert f"audit trail: event {target} its content was changed" in done.stdout
    assert done.stderr.strip() == f"FAILED: first broken audit event: {target}"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "someone.else"),
        ("action", "report.resume"),
        ("at", "2020-01-01 00:00:00.000000"),
        ("report_uid", None),
    ],
)
def test_any_changed_column_is_found(
    copy: Path, capsys: pytest.CaptureFixture[str], column: str, value: object
) -> None:
    target = event_id(copy, "report.finalize")
    raw(
        copy,
        "DROP TRIGGER audit_event_no_update",
        f"UPDATE audit_event SET {column} = ? WHERE id = ?",
        params=(value, target),
    )
    status, out, err = check(copy, capsys)
    assert status == 1
    assert f"event {target} " in out
    assert f"first broken audit event: {target}" in err


def test_rehashed_event_still_breaks_the_chain(copy: Path) -> None:
    """A careful forger recomputes the changed event's hash: the next event no longer follows."""
    target = event_id(copy, "report.approve")
    con = sqlite3.connect(copy)
    try:
        con.execute("DROP TRIGGER audit_event_no_update")
        con.execute("UPDATE audit_event SET actor = 'someone.else' WHERE id = ?", (target,))
        con.commit()
    finally:
        con.close()
    ws = Workspace(copy)
    try:
        from csbm_desktop.storage.models import AuditEventRow

        with ws.db.session() as s:
            row = s.get(AuditEventRow, target)
            assert row is not None
            new_hash = audit.event_hash(row.prev_hash, row)
        raw(copy, "UPDATE audit_event SET hash = ? WHERE id = ?", params=(new_hash, target))
        result = check_database(ws)
    finally:
        ws.close()
    assert result.first_broken_event == target + 1
    assert result.chain[0].reason == "does not follow the previous event"


def test_deleted_event_is_found(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = event_id(copy, "report.revert")
    raw(copy, "DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE id = ?",
        params=(target,))  # fmt: skip
    ws = Workspace(copy)
    try:
        result = check_database(ws)
    finally:
        ws.close()
    assert not result.ok
    assert result.first_broken_event == target + 1
    assert result.chain[0].reason == f"event {target} is missing"
    assert "does not follow the previous event" in [b.reason for b in result.chain]
    status, out, err = check(copy, capsys)
    assert status == 1
    assert f"event {target + 1} event {target} is missing" in out
    assert f"first broken audit event: {target + 1}" in err


def _first_revision(path: Path) -> tuple[int, str]:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT id, snapshot FROM revision ORDER BY id LIMIT 1").fetchone()
        return int(row[0]), str(row[1])
    finally:
        con.close()


def test_changed_revision_is_found(
    copy: Path, history: History, capsys: pytest.CaptureFixture[str]
) -> None:
    rev_id, snapshot = _first_revision(copy)
    changed = snapshot.replace('"state":"CRI"', '"state":"PAN"')
    assert changed != snapshot
    raw(
        copy,
        "DROP TRIGGER revision_no_update",
        "UPDATE revision SET snapshot = ? WHERE id = ?",
        params=(changed, rev_id),
    )
    ws = Workspace(copy)
    try:
        result = check_database(ws)
    finally:
        ws.close()
    assert not result.ok
    assert result.chain == []
    assert result.revisions == [f"report {history.report_uid} revision 1: changed"]
    status, out, _err = check(copy, capsys)
    assert status == 1
    assert f"revision content changed: report {history.report_uid} revision 1" in out


def test_changed_revision_with_recomputed_hash_is_found(copy: Path) -> None:
    rev_id, snapshot = _first_revision(copy)
    changed = snapshot.replace('"state":"CRI"', '"state":"PAN"')
    sha = hashlib.sha256(changed.encode()).hexdigest()
    raw(
        copy,
        "DROP TRIGGER revision_no_update",
        "UPDATE revision SET snapshot = ?, content_sha256 = ? WHERE id = ?",
        params=(changed, sha, rev_id),
    )
    ws = Workspace(copy)
    try:
        result = check_database(ws)
        assert not result.ok
        assert result.revisions == [f"report {_report_uid(copy)} revision 1: changed"]
    finally:
        ws.close()


def _report_uid(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return str(con.execute("SELECT uid FROM report ORDER BY id LIMIT 1").fetchone()[0])


def test_deleted_revision_is_found(copy: Path) -> None:
    rev_id, _snapshot = _first_revision(copy)
    raw(copy, "DELETE FROM revision WHERE id = ?", params=(rev_id,))
    ws = Workspace(copy)
    try:
        assert any(r.endswith("revision 1: missing") for r in check_database(ws).revisions)
    finally:
        ws.close()


def test_a_non_utc_clock_does_not_break_the_chain(workspace: Workspace) -> None:
    add_staff(workspace)
    chile = timezone(timedelta(hours=-3))
    AccountService(workspace).authenticate(
        "root", PASSWORD, now=datetime(2031, 3, 1, 9, tzinfo=chile)
    )
    assert check_database(workspace).ok


def test_utc_clock_keeps_the_chain(workspace: Workspace) -> None:
    add_staff(workspace)
    when = datetime(2031, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)
    AccountService(workspace).authenticate("root", PASSWORD, now=when)
    assert check_database(workspace).ok
    assert all_events(workspace)[-1].at == when


# --- the triggers ---


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_event SET details = '{}' WHERE id = 3",
        "UPDATE audit_event SET hash = hash",
        "DELETE FROM audit_event WHERE id = 3",
        "DELETE FROM audit_event",
        "UPDATE revision SET message = 'rewritten'",
    ],
)
def test_triggers_refuse_rewriting_history(copy: Path, sql: str) -> None:
    before = db_content(copy)
    with pytest.raises(sqlite3.DatabaseError, match=r"append-only|immutable"):
        raw(copy, sql)
    assert db_content(copy) == before


def test_refused_actions_leave_the_trail_alone(history: History, copy: Path) -> None:
    ws = Workspace(copy)
    try:
        count = len(all_events(ws))
        clerk = AccountService(ws).actor("carl.clerk")
        with pytest.raises(Refused):
            ReviewService(ws, clerk).transition(history.report_id, "approve")
        with pytest.raises(Refused):
            DraftingService(ws, clerk).apply(history.report_id, [SetHeaderField("poc_name", "X")])
        assert len(all_events(ws)) == count
        assert check_database(ws).ok
    finally:
        ws.close()
