"""Form versions an administrator installed from a file, kept in the database.

They live in the `setting` table, one row per version under the key `form:<id>:<version>`, its
value the JSON of the form folder's files: the database already travels with its backups and
its integrity checks, so a report pinned to an installed version stays readable wherever the
database goes, and no schema change is needed.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from csbm_desktop.storage.models import SettingRow

PREFIX = "form:"


def key(form_id: str, version: str) -> str:
    return f"{PREFIX}{form_id}:{version}"


def installed(session: Session) -> dict[tuple[str, str], dict[str, str]]:
    """(form id, version) → the form's files (name → text)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    rows = session.scalars(select(SettingRow).where(SettingRow.key.startswith(PREFIX)))
    for row in rows:
        form_id, _, version = row.key[len(PREFIX) :].partition(":")
        files = json.loads(row.value)
        if isinstance(files, dict):
            out[(form_id, version)] = {str(k): str(v) for k, v in files.items()}
    return out


def add(session: Session, form_id: str, version: str, files: dict[str, str]) -> None:
    session.add(SettingRow(key=key(form_id, version), value=json.dumps(files, sort_keys=True)))
