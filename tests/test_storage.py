"""The store: migrated the app's way, durable settings, and refusing what it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from csbm_desktop.domain.errors import StoreError
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage.backups import backups_dir
from csbm_desktop.storage.database import Database
from csbm_desktop.storage.migrate import alembic_config, head_revision
from csbm_desktop.storage.models import Base
from tests.conftest import db_content


def test_new_file_is_migrated_to_head_without_drift(db_path: Path) -> None:
    db = Database(db_path)
    try:
        assert db.backup_made is None  # nothing to back up in a new file
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert ctx.get_current_revision() == head_revision()
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        db.close()


def test_connections_are_durable(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_opening_twice_is_idempotent(db_path: Path) -> None:
    Database(db_path).close()
    before = db_content(db_path)
    db = Database(db_path)
    db.close()
    assert db.backup_made is None
    assert db_content(db_path) == before


def test_an_older_schema_is_backed_up_then_upgraded(db_path: Path) -> None:
    Database(db_path).close()
    # Take the file back to before the first migration, as an old install would have left it.
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    engine.dispose()
    before = db_content(db_path)

    db = Database(db_path)
    db.close()
    assert db.backup_made is not None
    assert db.backup_made.exists()
    # With the other automatic backups, next to the database, and rotated like them.
    assert db.backup_made.parent == backups_dir(db_path)
    assert db.backup_made.name.startswith("before-migration-")
    assert db_content(db.backup_made) == before
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    Database(db_path).close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        Database(db_path)
    assert info.value.code == "store.too_new"
    assert "newer version" in str(info.value)
    assert db_path.read_bytes() == before
    assert not backups_dir(db_path).exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Database(path)
    assert info.value.code == "store.not_sqlite"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('x')")
    con.close()
    before = db_content(path)
    with pytest.raises(StoreError) as info:
        Database(path)
    assert info.value.code == "store.not_sqlite"
    assert db_content(path) == before


def test_revisions_cannot_be_rewritten_even_with_sql(
    service: DraftingService, db_path: Path
) -> None:
    report = service.create("CHL", 2025)
    service.save_revision(report.id, "first")
    con = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            con.execute("UPDATE revision SET message = 'rewritten'")
    finally:
        con.close()
    assert service.revisions(report.id)[0].message == "first"
