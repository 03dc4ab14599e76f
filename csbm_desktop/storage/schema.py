"""Is the schema exactly what the migrations create? (`csbm check`, and every backup restored.)

Someone holding the file can add a trigger that silently drops audit events (`BEFORE INSERT ON
audit_event ... RAISE(IGNORE)`), drop the append-only triggers, add a view or a table, or change
a definition. None of that shows in the data, so the schema itself is compared: every object in
`sqlite_master` against a reference made by running the same Alembic migrations, up to the same
revision, on an empty in-memory database (once per process and revision, ~0.2 s).

SQLite specifics (sqlite_master) stay here; on another engine the comparison is skipped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from csbm_desktop.storage import migrate

Objects = dict[tuple[str, str], str]  # (type, name) → its SQL, whitespace folded


@dataclass(frozen=True)
class SchemaDifference:
    kind: str  # "unknown" (not made by the migrations), "missing", "changed"
    type: str  # table, index, trigger, view
    name: str


def _table_sql(sql: str) -> str:
    """A table's definition in one spelling: identifiers unquoted and its columns and
    constraints in sorted order. Alembic's batch mode on SQLite rebuilds a table, quoting its
    name and listing the constraints in another order, so one migrated database spells the
    same table differently from another that took a different path (e.g. a downgrade and an
    upgrade); the structure, not the spelling, is what must match."""
    head, _, body = sql.replace('"', "").partition("(")
    body = body.rstrip().removesuffix(")")
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    return f"{head.strip()} ({', '.join(sorted(parts))})"


def _objects(connection: Connection) -> Objects:
    rows = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    folded = {(t, n): re.sub(r"\s+", " ", sql or "").strip() for t, n, sql in rows}
    return {k: _table_sql(v) if k[0] == "table" else v for k, v in folded.items()}


@functools.cache
def reference(revision: str) -> Objects:
    """What the migrations make, up to `revision`, of an empty database."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            return _objects(conn)
    finally:
        engine.dispose()


def differences(connection: Connection) -> list[SchemaDifference]:
    """Every object that differs from what the migrations make ([] when identical)."""
    if connection.dialect.name != "sqlite":
        return []
    revision = migrate.current_revision(connection)
    if revision is None:
        return []  # an empty file: nothing to compare yet
    want = reference(revision)
    have = _objects(connection)
    out = [SchemaDifference("unknown", t, n) for t, n in sorted(have.keys() - want.keys())]
    out += [SchemaDifference("missing", t, n) for t, n in sorted(want.keys() - have.keys())]
    out += [
        SchemaDifference("changed", t, n)
        for t, n in sorted(have.keys() & want.keys())
        if have[(t, n)] != want[(t, n)]
    ]
    return out
