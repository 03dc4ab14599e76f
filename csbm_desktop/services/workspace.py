"""The opened database and the installed forms: what every service works on."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from pathlib import Path

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.formspec import FormRegistry
from csbm_desktop.paths import forms_dir
from csbm_desktop.storage.database import Database


def utc_now() -> datetime:
    return datetime.now(UTC)


def os_user() -> str:
    """Who acts, until local accounts exist: the operating-system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Workspace:
    """One database file plus the forms that can render its reports."""

    def __init__(self, db_path: Path, forms_root: Path | None = None) -> None:
        self.forms = FormRegistry(forms_root or forms_dir())
        self.db = Database(db_path)

    @property
    def path(self) -> Path:
        return self.db.path

    def form(self, form_id: str = "oas-csbm", version: str | None = None) -> FormSpec:
        """The form at `version` (None: the current one); BadInput if it is not installed."""
        try:
            return self.forms.get(form_id, version)
        except KeyError:
            raise BadInput("form.unknown_version", form=form_id, version=version) from None

    def close(self) -> None:
        self.db.close()
