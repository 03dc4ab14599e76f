"""`csbm check` sees what was changed in the database file behind the application's back.

A year's real work (tests/test_audit.py's history: accounts, drafting, review, transitions up to
"transmitted", a JSON round trip) is copied, changed with plain `sqlite3` as someone holding the
file could, and checked with the real `csbm check`: every change is named, exit status 1. The
untouched history, a bundle round trip and exports check clean (exit 0): no false alarms.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import event

from csbm_desktop.cli import main
from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.bundles import (
    export_comments_bundle,
    export_review_bundle,
    import_bundle,
)
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import trail_head
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import anchor, audit, state
from tests.conftest import PASSWORD, add_staff
from tests.test_audit import History, build_history
from tests.test_bundles import Laptop


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return build_history(tmp_path_factory.mktemp("history") / "history.sqlite3")


def sealed_copy(history: History, path: Path) -> Path:
    """A copy of the history, used here once (a sign-in), so this installation sealed it at
    this path: tampering with it in place is what an attacker holding the file does."""
    shutil.copyfile(history.path, path)
    ws = Workspace(path, auto_backups=False)
    try:
        AccountService(ws).authenticate("root", PASSWORD)
    finally:
        ws.close()
    return path


@pytest.fixture
def copy(history: History, tmp_path: Path) -> Path:
    return sealed_copy(history, tmp_path / "copy.sqlite3")


def sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Plain sqlite3, as an attacker would; the last statement takes `params`."""
    with closing(sqlite3.connect(path)) as con:
        for statement in statements[:-1]:
            con.execute(statement)
        con.execute(statements[-1], params)
        con.commit()


def check(path: Path, capsys: pytest.CaptureFixture[str], lang: str = "en") -> tuple[int, str]:
    """The real `csbm check`: (exit status, everything it printed)."""
    status = main(["--db", str(path), "--lang", lang, "check"])
    out, err = capsys.readouterr()
    return status, out + err


def test_the_untouched_history_checks_clean(
    history: History, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = check(history.path, capsys)
    assert status == 0, out
    assert "ok: database sound" in out


def test_a_bundle_round_trip_exports_and_imports_check_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafters = Laptop(tmp_path / "drafter.sqlite3")
    reviewers = Laptop(tmp_path / "reviewer.sqlite3")
    try:
        ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
        report_id = create_demo(drafters.ws, ana, state="PER", year=2025).id
        before = trail_head(drafters.ws)
        sent = export_review_bundle(drafters.ws, ana, report_id, tmp_path / "peru.csbmx")
        # the bundle names the sender's trail as it stood: one more anchor outside the laptop
        assert manifest(sent.path)["audit_trail"] == {"events": before[0], "head": before[1]}
        got = import_bundle(reviewers.ws, rui, sent.path)
        idea = ReviewService(reviewers.ws, rui).comment(
            got.report_id, "header.poc_email", "", suggestion="a@b.pe", suggest=True
        )
        back = export_comments_bundle(reviewers.ws, rui, got.report_id, tmp_path / "c.csbmx")
        import_bundle(drafters.ws, ana, back.path)
        ReviewService(drafters.ws, ana).decide_suggestion(report_id, idea.uid, accept=True)
        drafting = DraftingService(drafters.ws, ana)
        drafting.save_revision(report_id, "after the review")
        drafting.restore_revision(report_id, 1)
        drafting.create("PER", 2024, copy_from=report_id)
    finally:
        drafters.ws.close()
        reviewers.ws.close()
    password = tmp_path / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    as_ana = ["--user", "ana.drafter", "--password-file", str(password)]
    db = ["--db", str(drafters.path)]
    package = tmp_path / "r.zip"
    xlsx = tmp_path / "r.xlsx"
    export = ["export", str(report_id), "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(xlsx)]
    assert main([*db, *as_ana, *export, "--package", str(package)]) == 0
    assert main(["--db", str(reviewers.path), *as_ana, "import-xlsx", str(xlsx)]) == 0
    sealed = manifest(package)["audit_trail"]
    with closing(sqlite3.connect(drafters.path)) as con:
        [(head,)] = con.execute("SELECT hash FROM audit_event WHERE id = ?", (sealed["events"],))
    assert sealed["head"] == head
    assert main([*db, *as_ana, "export-json", str(report_id), str(tmp_path / "r.json")]) == 0
    capsys.readouterr()
    for laptop in (drafters, reviewers):
        status, out = check(laptop.path, capsys)
        assert status == 0, out


def manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return dict(json.loads(z.read("manifest.json")))


def _report(path: Path, uid: str) -> int:
    with closing(sqlite3.connect(path)) as con:
        return int(con.execute("SELECT id FROM report WHERE uid = ?", (uid,)).fetchone()[0])


def test_sql_edit_of_a_final_reports_working_copy_is_found(
    history: History, copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rid = _report(copy, history.report_uid)
    sql(
        copy,
        "UPDATE activity SET \"values\" = json_set(\"values\", '$.title', 'Forged') "
        "WHERE id = (SELECT min(id) FROM activity WHERE report_id = ?)",
        params=(rid,),
    )
    status, out = check(copy, capsys)
    assert status == 1
    assert f"({history.report_uid}): the working copy differs from its last audited state" in out
    assert "FAILED" in out


def test_sql_edit_of_a_header_is_found_in_every_language(
    history: History, copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        copy,
        "UPDATE report SET header = json_set(header, '$.poc_name', 'Forged') WHERE uid = ?",
        params=(history.report_uid,),
    )
    expected = {
        "en": "the working copy differs",
        "es": "la copia de trabajo difiere",
        "fr": "la copie de travail diffère",
        "pt": "a cópia de trabalho difere",
    }
    for lang, words in expected.items():
        status, out = check(copy, capsys, lang)
        assert status == 1
        assert words in out
        assert history.report_uid in out


def test_sql_edit_of_a_status_is_found(
    history: History, copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(copy, "UPDATE report SET status = 'draft' WHERE uid = ?", params=(history.report_uid,))
    status, out = check(copy, capsys)
    assert status == 1
    assert (
        f"({history.report_uid}): its status “draft” has no audit event "
        "(the audit trail says “transmitted”)" in out
    )
    assert "working copy" not in out  # the content itself was not touched


def test_sql_edit_of_roles_is_found(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(
        copy,
        "INSERT INTO user_role (user_id, role) "
        "SELECT id, 'administrator' FROM user_account WHERE name = ?",
        params=("carl.clerk",),
    )
    status, out = check(copy, capsys)
    assert status == 1
    assert (
        "Account carl.clerk: the roles administrator, clerk have no audit event "
        "(the audit trail says clerk)" in out
    )


def test_sql_edits_of_an_account_are_found(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(copy, "UPDATE user_account SET disabled = 1 WHERE name = 'dora'")
    sql(
        copy,
        "UPDATE user_account SET password_hash = "
        "(SELECT password_hash FROM user_account WHERE name = 'root') WHERE name = ?",
        params=("olga.officer",),
    )
    status, out = check(copy, capsys)
    assert status == 1
    assert "Account dora was enabled or disabled outside the application." in out
    assert "Account olga.officer: the password was changed outside the application." in out


def test_sql_inserted_account_and_removed_report_are_found(
    history: History, copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        copy,
        "INSERT INTO user_account (name, display_name, password_hash, disabled, "
        "failed_attempts, created_at, created_by) "
        "SELECT 'mallory', '', password_hash, 0, 0, created_at, 'root' "
        "FROM user_account WHERE name = 'root'",
    )
    sql(copy, "PRAGMA foreign_keys = ON", "DELETE FROM report WHERE uid = ?",
        params=(history.report_uid,))  # fmt: skip
    status, out = check(copy, capsys)
    assert status == 1
    assert "Account mallory: no audit event records this account" in out
    assert f"Report {history.report_uid} was removed outside the application" in out


def test_changed_attachment_content_is_found(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(copy, "UPDATE blob SET content = X'00' WHERE sha256 = (SELECT min(sha256) FROM blob)")
    status, out = check(copy, capsys)
    assert status == 1
    assert "An attachment's content no longer matches its SHA-256" in out


# --- the schema: exactly what the migrations create ---

SWALLOW_EVENTS = (
    "CREATE TRIGGER audit_quiet BEFORE INSERT ON audit_event "
    "WHEN NEW.action LIKE 'report.%' BEGIN SELECT RAISE(IGNORE); END"
)


def test_an_extra_trigger_that_drops_audit_events_is_found(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(copy, SWALLOW_EVENTS)
    status, out = check(copy, capsys)
    assert status == 1
    assert (
        "The database holds an object the application does not create: trigger “audit_quiet” "
        "(added outside the application)." in out
    )


def test_dropped_changed_and_added_schema_objects_are_found(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        copy,
        "DROP TRIGGER audit_event_no_delete",
        "DROP TRIGGER revision_no_update",
        "CREATE TRIGGER revision_no_update BEFORE UPDATE ON revision WHEN 0 "
        "BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END",
        "CREATE VIEW everything AS SELECT * FROM report",
    )
    status, out = check(copy, capsys, "fr")
    assert status == 1
    assert "un objet que l'application crée : trigger « audit_event_no_delete »" in out
    assert "diffère de celui que crée l'application : trigger « revision_no_update »" in out
    assert "un objet que l'application ne crée pas : view « everything »" in out


def test_restore_refuses_a_backup_with_an_extra_trigger(
    history: History, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite3"
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(history.path, backup)
    shutil.copyfile(history.path, target)
    sql(backup, SWALLOW_EVENTS)
    before = target.read_bytes()
    password = tmp_path / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    as_root = ["--user", "root", "--password-file", str(password)]
    status = main(["--db", str(target), *as_root, "restore", str(backup), "--yes"])
    err = capsys.readouterr().err
    assert status == 2
    assert f"The backup {backup} fails the audit check" in err
    assert "trigger “audit_quiet”" in err
    assert target.read_bytes() == before


# --- the chain anchored outside the database ---


def recompute_chain(path: Path, changes: str, params: tuple[object, ...] = ()) -> None:
    """What a careful forger does: change events, then recompute every hash from the first
    event on (the hashing code is open source), so the chain is consistent again."""
    sql(path, "DROP TRIGGER audit_event_no_update", changes, params=params)
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT id, at, actor, action, report_uid, details FROM audit_event ORDER BY id"
        ).fetchall()
        prev = audit.GENESIS
        for id_, at, actor, action, report_uid, details in rows:
            when = datetime.fromisoformat(at).replace(tzinfo=UTC)
            row = SimpleNamespace(
                id=id_, at=when, actor=actor, action=action, report_uid=report_uid, details=details
            )
            digest = audit.event_hash(prev, row)  # type: ignore[arg-type]
            con.execute(
                "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, id_)
            )
            prev = digest
        con.execute(
            "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
        )
        con.commit()


def chain_holds(path: Path) -> bool:
    ws = Workspace(path, auto_backups=False)
    try:
        with ws.db.session() as s:
            return not list(audit.verify(s))
    finally:
        ws.close()


def test_a_recomputed_chain_is_found(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(sqlite3.connect(copy)) as con:
        last = con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        target = con.execute(
            "SELECT id FROM audit_event WHERE action = 'report.finalize' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    recompute_chain(
        copy, "UPDATE audit_event SET actor = 'someone.else' WHERE id = ?", params=(target,)
    )
    assert chain_holds(copy)  # the chain alone cannot tell
    status, out = check(copy, capsys)
    assert status == 1
    assert f"Audit event {last} is not the one this installation sealed on " in out
    assert "the audit trail was rewritten and its hashes recomputed" in out


def test_a_cut_tail_is_found(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(sqlite3.connect(copy)) as con:
        last = con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
    sql(
        copy,
        "DROP TRIGGER audit_event_no_delete",
        "DELETE FROM audit_event WHERE id > ?",
        params=(last - 3,),
    )
    assert chain_holds(copy)
    status, out = check(copy, capsys)
    assert status == 1
    assert (
        f"The audit trail ends at event {last - 3}, but this installation sealed it at event "
        f"{last} on " in out
    )


def test_work_after_a_cut_does_not_seal_over_it(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(copy)) as con:
        last = con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
    sql(copy, "DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE id > ?",
        params=(last - 2,))  # fmt: skip
    password = tmp_path / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    as_ana = ["--db", str(copy), "--user", "ana.drafter", "--password-file", str(password)]
    for year in (2021, 2022):  # the next day's work goes past the sealed count
        assert main([*as_ana, "new", "--state", "URY", "--year", str(year)]) == 0
    with closing(sqlite3.connect(copy)) as con:
        assert con.execute("SELECT max(id) FROM audit_event").fetchone()[0] > last
    status, out = check(copy, capsys)
    assert status == 1
    assert f"Audit event {last} is not the one this installation sealed on " in out


def test_a_forged_seal_is_found(
    copy: Path, history: History, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(copy, auto_backups=False)
    try:
        with ws.db.session() as s:
            identity = audit.first_hash(s)
    finally:
        ws.close()
    assert identity is not None
    seal = anchor._anchor_path(identity, copy)
    original = seal.read_text(encoding="utf-8")
    try:
        data = json.loads(original)
        data["events"] -= 3  # as if the tail had never been
        seal.write_text(json.dumps(data), encoding="utf-8")
        status, out = check(copy, capsys)
    finally:
        seal.write_text(original, encoding="utf-8")
    assert status == 1
    assert "does not verify with this installation's key" in out


def test_a_trail_rewritten_from_its_first_event_is_found(
    history: History, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = sealed_copy(history, tmp_path / "live.sqlite3")
    recompute_chain(live, "UPDATE audit_event SET actor = 'nobody' WHERE id = 1")
    status, out = check(live, capsys)
    assert status == 1
    assert f"This installation sealed another audit trail for {live}" in out


def test_without_a_seal_the_check_says_so_and_passes(
    history: History,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CSBM_HOME", str(tmp_path / "another-computer"))
    status, out = check(history.path, capsys)
    assert status == 0, out
    assert "this installation holds no seal for this database" in out
    assert not (tmp_path / "another-computer").exists()  # checking writes nothing


def test_restore_seals_the_older_trail_on_purpose(
    history: History, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(history.path, live)
    shutil.copyfile(history.path, backup)
    password = tmp_path / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    as_ana = ["--db", str(live), "--user", "ana.drafter", "--password-file", str(password)]
    for _ in range(3):  # the live database moves on: its seal too
        assert main([*as_ana, "new", "--state", "URY", "--year", "2025"]) == 0
    as_root = ["--db", str(live), "--user", "root", "--password-file", str(password)]
    status, out = check(backup, capsys)
    assert status == 0, out  # a copy elsewhere was never sealed there: consistency only
    assert "holds no seal for this database at this place" in out
    shutil.copyfile(backup, live)  # the older copy put in place by hand: a rollback
    status, out = check(live, capsys)
    assert status == 1
    assert "an older copy of the database was put in its place without a restore" in out
    assert main([*as_root, "restore", str(backup), "--yes"]) == 0
    status, out = check(live, capsys)
    assert status == 0, out  # restored on purpose, the older trail is sealed as it now is


# --- messages that say what is true ---


def flip_pages(path: Path) -> None:
    """Scribble over every b-tree page header after the first (the SQLite header stays)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", ["list", "check"])
def test_a_damaged_database_is_called_damaged(
    copy: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    flip_pages(copy)
    before = copy.read_bytes()
    status = main(["--db", str(copy), command])
    err = capsys.readouterr().err
    assert status == (1 if command == "check" else 2)
    assert f"The database {copy} is damaged: SQLite cannot read all of it." in err
    assert "not an SQLite file" not in err
    assert copy.read_bytes() == before


def test_check_only_reads(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = copy.read_bytes()
    status, out = check(copy, capsys)
    assert status == 0, out
    assert copy.read_bytes() == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite3"]  # no -wal, -shm


def test_check_works_on_a_read_only_file_system(copy: Path) -> None:
    """A real read-only mount (a private mount namespace: needs root, as in CI)."""
    folder = copy.parent
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) here")
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}"
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{mount} && ! touch {folder}/probe 2>/dev/null"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("cannot mount read-only here (needs root)")
    command = f"{mount} && exec {sys.executable} -m csbm_desktop --db {copy} check"
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok: database sound" in done.stdout


def test_reports_and_accounts_from_before_state_records_are_no_false_alarm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database an earlier version wrote has no state records: a note, and from the next
    change on, the report is checked whole."""
    path = tmp_path / "older.sqlite3"
    ws = Workspace(path)
    for name, hook in (
        ("do_orm_execute", state._note_bulk),
        ("after_flush", state._collect),
        ("before_commit", state._record),
    ):
        event.remove(ws.db._sessions, name, hook)  # as the earlier version wrote it
    try:
        staff = add_staff(ws)
        report = create_demo(ws, staff["ana.drafter"], state="BRA", year=2025)
    finally:
        ws.close()
    status, out = check(path, capsys)
    assert status == 0, out
    assert "Note: 1 reports and 5 accounts were last changed by an older version" in out

    ws = Workspace(path)
    try:
        DraftingService(ws, staff["ana.drafter"]).apply(
            report.id, [SetHeaderField("poc_phone", "+55 61 0000 0000")]
        )
    finally:
        ws.close()
    status, out = check(path, capsys)
    assert status == 0, out
    assert "Note: 0 reports and" in out  # the report is now checked whole
    sql(path, "UPDATE activity SET measure_id = 'm2' WHERE id = (SELECT min(id) FROM activity)")
    status, out = check(path, capsys)
    assert status == 1
    assert "the working copy differs from its last audited state" in out
