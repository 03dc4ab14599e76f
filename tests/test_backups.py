"""Backups and restoring: live consistent copies, rotation, the day's backup, and a restore that
checks the backup first and leaves the database untouched whenever it refuses."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from csbm_desktop.domain.errors import BadInput, CsbmError, Refused, StoreError
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services import backups as service
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.workspace import Workspace, os_user
from csbm_desktop.storage import backups as store
from csbm_desktop.storage.migrate import alembic_config
from tests.conftest import add_staff, db_content

NOON = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)  # the same local day ±10 minutes in any zone


def sqlite_header_mode(path: Path) -> tuple[int, int]:
    """Bytes 18-19 of the header: (1, 1) rollback journal, (2, 2) WAL."""
    head = path.read_bytes()[:20]
    return head[18], head[19]


def leftovers(folder: Path) -> list[str]:
    """Temporary or journal files a backup or restore must not leave behind."""
    return sorted(
        p.name
        for p in folder.rglob("*")
        if p.name.endswith((".partial", "-wal", "-shm", "-journal")) or p.name.startswith(".")
    )


@pytest.fixture
def report_id(service: DraftingService) -> int:
    report = service.create("CHL", 2025)
    service.save_revision(report.id, "first")
    return report.id


# --- copies ---


def test_a_live_copy_has_what_was_committed_and_nothing_in_flight(
    workspace: Workspace, report_id: int, db_path: Path, tmp_path: Path
) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0  # the report is (also) still only in the WAL
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO setting (key, value) VALUES ('in.flight', 'x')")
        out = store.copy_live(db_path, tmp_path / "out" / "copy.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert store.integrity_problems(out) == []
    assert sqlite_header_mode(out) == (1, 1)  # one self-contained file, no -wal needed
    content = db_content(out)
    assert any("CHL" in line for line in content if line.startswith('INSERT INTO "report"'))
    assert not any("in.flight" in line for line in content)
    assert db_content(out) == db_content(db_path)
    assert leftovers(tmp_path / "out") == []


def test_a_failed_copy_leaves_no_file_behind(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"not a database at all\n" * 300)
    out = tmp_path / "out"
    with pytest.raises(StoreError) as info:
        store.copy_live(notes, out / "copy.sqlite3")
    assert info.value.code == "store.not_sqlite"
    assert list(out.iterdir()) == []


def test_backup_service_copies_and_records_it(
    workspace: Workspace, staff: dict[str, Actor], report_id: int, tmp_path: Path
) -> None:
    before = db_content(workspace.path)
    out = tmp_path / "usb" / "copy.sqlite3"
    result = service.backup(workspace, staff["carl.clerk"], out)  # any role may back up
    assert result.path == out
    assert result.sha256 == store.file_sha256(out)
    assert db_content(out) == before
    [event] = AuditTrailService(workspace, staff["root"]).events(limit=1)
    assert event.action == "database.backup"
    assert event.actor == "carl.clerk"
    assert event.details == {
        "path": str(out.resolve()),
        "sha256": result.sha256,
        "size": out.stat().st_size,
    }
    assert check_database(workspace).ok

    # A folder gets a dated name; an existing file is kept unless told; never the database.
    dated = service.backup(workspace, staff["root"], tmp_path / "usb", now=NOON)
    assert dated.path.name == f"csbm-backup-{NOON.astimezone().date().isoformat()}.sqlite3"
    with pytest.raises(BadInput) as info:
        service.backup(workspace, staff["root"], out, overwrite=False)
    assert info.value.code == "backup.exists"
    with pytest.raises(BadInput) as info:
        service.backup(workspace, staff["root"], workspace.path)
    assert info.value.code == "backup.same_file"


def test_a_disabled_account_cannot_back_up(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    from csbm_desktop.services.accounts import AccountService

    AccountService(workspace).disable(staff["root"], "carl.clerk")
    with pytest.raises(Refused):
        service.backup(workspace, staff["carl.clerk"], tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()


# --- automatic backups ---


def test_rotation_keeps_the_newest_of_each_kind(workspace: Workspace, report_id: int) -> None:
    db = workspace.path
    made = [
        store.auto_backup(db, store.DAILY, now=NOON + timedelta(days=i), keep=3) for i in range(5)
    ]
    other = store.auto_backup(db, store.BEFORE_MIGRATION, now=NOON, keep=3)
    kept = store.list_auto(db, store.DAILY)
    assert [b.path for b in kept] == made[:-4:-1]  # the three newest, newest first
    assert [b.path for b in store.list_auto(db, store.BEFORE_MIGRATION)] == [other]
    assert all(b.path.parent == store.backups_dir(db) for b in kept)
    assert kept[0].made_at == NOON + timedelta(days=4)
    # What an interrupted copy left a day ago goes; one under way now stays.
    folder = store.backups_dir(db)
    stale, fresh = folder / ".daily-x.sqlite3.1.partial", folder / ".daily-y.sqlite3.2.partial"
    for partial in (stale, fresh):
        partial.write_bytes(b"half")
    os.utime(stale, (time.time() - 2 * 86400,) * 2)
    store.auto_backup(db, store.DAILY, keep=3)
    assert (stale.exists(), fresh.exists()) == (False, True)
    # Two in one clock tick: both kept, under different names.
    twins = {store.auto_backup(db, "test", now=NOON) for _ in range(2)}
    assert len(twins) == 2


def test_the_day_s_backup_is_made_once_at_the_first_open(db_path: Path) -> None:
    def open_at(when: datetime) -> Path | None:
        ws = Workspace(db_path, clock=lambda: when)
        try:
            return ws.daily_backup
        finally:
            ws.close()

    assert open_at(NOON) is None  # a new, empty database: nothing to back up
    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()
    first = open_at(NOON)
    assert first is not None
    assert first.parent == store.backups_dir(db_path)
    assert first.name.startswith("daily-20250301T12")
    assert store.integrity_problems(first) == []
    assert open_at(NOON + timedelta(minutes=10)) is None
    assert open_at(NOON + timedelta(days=1)) is not None
    assert len(store.list_auto(db_path, store.DAILY)) == 2


def test_the_number_kept_is_a_setting(workspace: Workspace, staff: dict[str, Actor]) -> None:
    with pytest.raises(Refused):
        service.set_keep_count(workspace, staff["ana.drafter"], 2)
    with pytest.raises(BadInput):
        service.set_keep_count(workspace, staff["root"], 0)
    assert service.keep_count(workspace) == store.DEFAULT_KEEP
    service.set_keep_count(workspace, staff["root"], 2)
    assert service.keep_count(workspace) == 2
    path = workspace.path
    for day in range(4):
        Workspace(path, clock=lambda d=day: NOON + timedelta(days=d)).close()
    assert [b.made_at.day for b in service.list_backups(workspace)] == [4, 3]


# --- restoring ---


@pytest.fixture
def backup_file(
    workspace: Workspace, staff: dict[str, Actor], report_id: int, tmp_path: Path
) -> Path:
    """A backup holding report 1 only; then the database moves on (a second report)."""
    out = service.backup(workspace, staff["root"], tmp_path / "backup.sqlite3").path
    DraftingService(workspace, staff["ana.drafter"]).create("ARG", 2025)
    workspace.close()
    return out


def reports_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT state FROM report ORDER BY id")]
    finally:
        con.close()


def test_restore_brings_the_backup_back_and_keeps_a_safety_copy(
    db_path: Path, staff: dict[str, Actor], backup_file: Path
) -> None:
    before = db_content(db_path)
    assert reports_in(db_path) == ["CHL", "ARG"]
    summary = service.check_backup(backup_file)
    assert (summary.reports, summary.sha256) == (1, store.file_sha256(backup_file))

    result = service.restore(db_path, backup_file, staff["root"])

    assert reports_in(db_path) == ["CHL"]
    assert result.safety_copy is not None
    assert result.safety_copy.parent == store.backups_dir(db_path)
    assert result.safety_copy.name.startswith("before-restore-")
    assert db_content(result.safety_copy) == before
    assert leftovers(db_path.parent) == []
    ws = Workspace(db_path)
    try:
        assert check_database(ws).ok
        [event] = AuditTrailService(ws, staff["root"]).events(limit=1)
        assert event.action == "database.restore"
        assert event.actor == "root"
        assert event.details["source"] == str(backup_file.resolve())
        assert event.details["sha256"] == result.summary.sha256
        assert event.details["safety_copy"] == str(result.safety_copy)
        assert DraftingService(ws, staff["ana.drafter"]).get(1).state == "CHL"
    finally:
        ws.close()


def test_restore_migrates_an_older_backup(
    db_path: Path, staff: dict[str, Actor], backup_file: Path
) -> None:
    engine = create_engine(f"sqlite:///{backup_file}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    engine.dispose()
    old = store.schema_revision(backup_file)
    service.restore(db_path, backup_file, staff["root"])
    assert store.schema_revision(db_path) != old
    assert reports_in(db_path) == ["CHL"]
    assert not store.backups_dir(backup_file).exists()  # the chosen file is never written to


def flip_pages(path: Path) -> None:
    """Scribble over every b-tree page header after the first: SQLite's check must notice."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def another_programs(path: Path) -> None:
    path.unlink()
    sql(path, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')")


TAMPERINGS: dict[str, tuple[Callable[[Path], None], str]] = {
    "damaged": (flip_pages, "backup.damaged"),
    "audit rewritten": (
        lambda p: sql(
            p,
            "DROP TRIGGER audit_event_no_update",
            "UPDATE audit_event SET actor = 'mallory' WHERE id = 1",
        ),
        "backup.tampered",
    ),
    "revision rewritten": (
        lambda p: sql(
            p,
            "DROP TRIGGER revision_no_update",
            "UPDATE revision SET snapshot = replace(snapshot, 'CHL', 'ARG')",
        ),
        "backup.tampered",
    ),
    "newer schema": (
        lambda p: sql(p, "UPDATE alembic_version SET version_num = '9999_from_the_future'"),
        "backup.too_new",
    ),
    "not sqlite": (lambda p: p.write_bytes(b"dear diary\n" * 500), "backup.not_sqlite"),
    "another program's": (another_programs, "backup.not_csbm"),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERINGS))
def test_a_bad_backup_is_refused_and_nothing_changes(
    db_path: Path, staff: dict[str, Actor], backup_file: Path, tampering: str
) -> None:
    spoil, code = TAMPERINGS[tampering]
    spoil(backup_file)
    before = db_content(db_path)
    with pytest.raises(Refused) as info:
        service.restore(db_path, backup_file, staff["root"])
    assert info.value.code == code
    assert str(backup_file) in info.value.message("es")
    with pytest.raises(Refused):
        service.check_backup(backup_file)
    assert db_content(db_path) == before
    assert store.list_auto(db_path, store.BEFORE_RESTORE) == []
    assert leftovers(db_path.parent) == []


@pytest.mark.parametrize(
    ("who", "code"), [("ana.drafter", "role.missing"), (None, "auth.required")]
)
def test_only_an_administrator_restores(
    db_path: Path, staff: dict[str, Actor], backup_file: Path, who: str | None, code: str
) -> None:
    before = db_content(db_path)
    with pytest.raises(Refused) as info:
        service.restore(db_path, backup_file, staff[who] if who else None)
    assert info.value.code == code
    assert db_content(db_path) == before
    assert store.list_auto(db_path, store.BEFORE_RESTORE) == []


def test_restore_waits_for_nobody_and_refuses_an_open_database(
    db_path: Path, staff: dict[str, Actor], backup_file: Path
) -> None:
    before = db_content(db_path)
    other = Workspace(db_path)  # another program has it open
    try:
        with pytest.raises(StoreError) as info:
            service.restore(db_path, backup_file, staff["root"])
        assert info.value.code == "store.busy"
        with other.db.session():
            pass  # still usable
    finally:
        other.close()
    assert db_content(db_path) == before


def test_without_accounts_anyone_may_restore(tmp_path: Path, backup_file: Path) -> None:
    fresh = tmp_path / "new-install.sqlite3"
    Workspace(fresh).close()
    result = service.restore(fresh, backup_file, None)
    assert reports_in(fresh) == ["CHL"]
    assert result.safety_copy is not None  # even an empty database is kept
    ws = Workspace(fresh)
    try:
        from csbm_desktop.services.audit_trail import AuditTrailService as Trail

        root = Actor("root", frozenset({"administrator"}))
        [event] = Trail(ws, root).events(limit=1)
        assert (event.action, event.actor) == ("database.restore", os_user())
    finally:
        ws.close()
    missing = tmp_path / "nothing-here.sqlite3"
    assert service.restore(missing, backup_file, None).safety_copy is None
    assert reports_in(missing) == ["CHL"]


@pytest.mark.parametrize("damage", ["overwritten", "damaged pages"])
def test_a_database_that_cannot_be_opened_can_still_be_restored(
    db_path: Path, tmp_path: Path, backup_file: Path, damage: str
) -> None:
    broken = tmp_path / "broken.sqlite3"
    if damage == "overwritten":
        broken.write_bytes(b"the disk ate it" * 1000)
    else:
        store.copy_live(db_path, broken)
        flip_pages(broken)
    was = broken.read_bytes()
    with pytest.raises(CsbmError):
        Workspace(broken)
    result = service.restore(broken, backup_file, None)  # nobody can be asked: allowed
    assert reports_in(broken) == ["CHL"]
    assert result.safety_copy is not None
    assert result.safety_copy.read_bytes() == was


def test_a_backup_cannot_be_restored_over_itself(db_path: Path, staff: dict[str, Actor]) -> None:
    Workspace(db_path).close()
    with pytest.raises(BadInput) as info:
        service.restore(db_path, db_path, staff["root"])
    assert info.value.code == "backup.same_file"
