"""Moving the schema forward at open: back up the file, upgrade to head, refuse a newer database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from csbm_desktop.domain.errors import StoreError
from csbm_desktop.storage import backups

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, db_path: Path | None, had_content: bool) -> Path | None:
    """Bring the schema to head. Returns the backup made before migrating a file that already
    held data (`had_content`: it was not empty before this process opened it)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
        foreign_tables = current is None and bool(
            set(inspect(conn).get_table_names()) - {"alembic_version"}
        )
    if current == head:
        return None
    if current is not None and _missing_revision(script, current):
        raise StoreError("store.too_new", path=db_path or "(memory)", revision=current)
    if foreign_tables:
        # Some other program's SQLite file: never add our tables to it.
        raise StoreError("store.not_sqlite", path=db_path or "(memory)")
    backup = None
    if db_path is not None and had_content:
        # Before the settings table can be read (it may not exist yet): the default count.
        backup = backups.auto_backup(db_path, backups.BEFORE_MIGRATION)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def is_known(rev: str) -> bool:
    """A revision of this version's migrations (older or current)."""
    return not _missing_revision(ScriptDirectory.from_config(alembic_config()), rev)


def _missing_revision(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return True
