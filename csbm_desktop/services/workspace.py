"""The opened database and the installed forms: what every service works on."""

from __future__ import annotations

import getpass
import logging
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from csbm_desktop.domain.errors import BadInput, CsbmError
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.formspec import FormRegistry, load_form
from csbm_desktop.formspec.form_file import materialise
from csbm_desktop.paths import forms_dir
from csbm_desktop.storage import accounts as account_store
from csbm_desktop.storage import audit, backups
from csbm_desktop.storage import forms as form_store
from csbm_desktop.storage.database import Database

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Orders "2009.1" < "2009.2" < "2026.1" (numbers as numbers, other parts as text)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-_]", version))


def _load_files(files: dict[str, str]) -> FormSpec:
    """An installed form version from its stored files (checked when it was installed)."""
    with tempfile.TemporaryDirectory(prefix="csbm-form-") as tmp:
        return load_form(materialise(Path(tmp), files))


def os_user() -> str:
    """Who acts, until local accounts exist: the operating-system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Workspace:
    """One database file plus the forms that can render its reports.

    The first open of a day makes that day's automatic backup (after any migration, so the copy
    opens with this version), unless nothing was ever done in the file (no audit event yet).
    `auto_backups=False`: no backups at all, not even before a migration (a private copy being
    checked). `read_only=True`: only read, as `csbm check` does (no migration, no backup, no
    file created)."""

    def __init__(
        self,
        db_path: Path,
        forms_root: Path | None = None,
        *,
        auto_backups: bool = True,
        clock: Callable[[], datetime] = utc_now,
        read_only: bool = False,
    ) -> None:
        self.forms = FormRegistry(forms_root or forms_dir())
        self._installed: dict[tuple[str, str], dict[str, str]] | None = None
        self._installed_specs: dict[tuple[str, str], FormSpec] = {}
        self.db = Database(db_path, migration_backup=auto_backups, read_only=read_only)
        self.daily_backup: Path | None = None
        if auto_backups and self.db.had_content and not read_only:
            self.daily_backup = self._daily_backup(clock())

    @property
    def path(self) -> Path:
        return self.db.path

    def form(self, form_id: str = "oas-csbm", version: str | None = None) -> FormSpec:
        """The form at `version` (None: the current one, the newest shipped or installed);
        BadInput if it is not installed."""
        if version is None:
            version = self.current_version(form_id)
        if (form_id, version) in self.forms.versions():
            return self.forms.get(form_id, version)
        files = self.installed_forms().get((form_id, version))
        if files is None:
            raise BadInput("form.unknown_version", form=form_id, version=version)
        if (form_id, version) not in self._installed_specs:
            self._installed_specs[(form_id, version)] = _load_files(files)
        return self._installed_specs[(form_id, version)]

    def current_version(self, form_id: str = "oas-csbm") -> str:
        """The newest version of `form_id`, shipped with the application or installed."""
        shipped = self.forms.current(form_id).version
        versions = [shipped, *(v for f, v in self.installed_forms() if f == form_id)]
        return max(versions, key=version_key)

    def installed_forms(self) -> dict[tuple[str, str], dict[str, str]]:
        """Form versions installed from files into this database (read once, then kept)."""
        if self._installed is None:
            with self.db.session() as s:
                self._installed = form_store.installed(s)
        return self._installed

    def forget_installed_forms(self) -> None:
        """After an installation: read them again."""
        self._installed = None

    def _daily_backup(self, now: datetime) -> Path | None:
        try:
            if not backups.daily_due(self.path, now):
                return None
            with self.db.session() as s:
                if audit.count(s) == 0:  # nothing done in it yet: nothing worth keeping
                    return None
                keep = parse_keep(account_store.setting(s, backups.KEEP_KEY))
            return backups.auto_backup(self.path, backups.DAILY, now=now, keep=keep)
        except (CsbmError, OSError) as exc:
            # A full disk or an unreadable backups folder must not stop anyone working; the next
            # open tries again.
            log.warning("no daily backup of %s: %s", self.path, exc)
            return None

    def close(self) -> None:
        self.db.close()


def parse_keep(setting: str | None) -> int:
    """How many automatic backups of each kind to keep, from its setting's text."""
    if setting and setting.isdigit() and int(setting) > 0:
        return int(setting)
    return backups.DEFAULT_KEEP
