"""`csbm backup`, `csbm backups` and `csbm restore`: the same services as File › Back up…"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import backups as store
from tests.conftest import add_staff, db_content
from tests.test_cli import Run


@pytest.fixture
def csbm(db_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path) -> Run:
    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()
    run = Run(db_path, capsys, password_file)
    run("new", "--state", "CHL", "--year", "2025")
    return run


def states(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT state FROM report ORDER BY id")]
    finally:
        con.close()


def only_sign_ins_added(before: list[str], after: list[str]) -> bool:
    """Unchanged but for the audit events of signing in (each command signs in)."""
    return set(before) <= set(after) and all("auth.signin" in x for x in set(after) - set(before))


def test_backup_then_restore(csbm: Run, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite3"
    path, sha = csbm("backup", str(out)).splitlines()
    assert Path(path) == out
    assert sha == f"sha256 {store.file_sha256(out)}"
    assert "already exists" in csbm("backup", str(out), code=2) + csbm.err
    csbm("backup", str(out), "--force")

    csbm("new", "--state", "ARG", "--year", "2025")
    listing = csbm("backups")
    assert " daily " in listing  # the first command of the day made one
    assert "keeping the newest 10 of each kind" in listing
    before = db_content(db_path)

    printed = csbm("restore", str(out), "--yes", user="root")
    assert "sound; 1 reports" in printed
    safety = Path(printed.split("the database as it was: ")[1].splitlines()[0])
    assert only_sign_ins_added(before, db_content(safety))  # root signing in to restore
    assert states(db_path) == ["CHL"]
    assert "database.restore" in csbm("audit", user="root")
    assert "ok: database sound" in csbm("check")


def test_restore_is_refused_without_rights_confirmation_or_a_sound_file(
    csbm: Run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "copy.sqlite3"
    csbm("backup", str(out))
    csbm("new", "--state", "ARG", "--year", "2025")
    before = db_content(db_path)

    csbm("restore", str(out), "--yes", code=2)  # the drafter
    assert "needs the role administrator" in csbm.err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask on
    csbm("restore", str(out), code=2, user="root")
    assert "--yes" in csbm.err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)  # a terminal, and the answer is no
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    csbm("restore", str(out), code=2, user="root")
    assert "nothing restored" in csbm.err

    con = sqlite3.connect(out)
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 2")
    con.commit()
    con.close()
    csbm("restore", str(out), "--yes", "--lang", "fr", code=2, user="root")
    assert "échoue au contrôle d'audit" in csbm.err
    assert only_sign_ins_added(before, db_content(db_path))
    assert states(db_path) == ["CHL", "ARG"]
    assert store.list_auto(db_path, store.BEFORE_RESTORE) == []


def test_the_number_kept_is_set_by_an_administrator(csbm: Run) -> None:
    csbm("backups", "--keep", "3", code=2)
    assert "administrator" in csbm.err
    assert "newest 3 of each" in csbm("backups", "--keep", "3", user="root")
