"""Backing up and restoring the database (File › Back up…, File › Restore from backup…,
`csbm backup`, `csbm restore`, `csbm backups`).

Who may do what, checked here rather than in the menus:

- Back up: any signed-in user (every role reads the reports anyway). Audited as
  "database.backup" with the file's path and SHA-256.
- Restore: an administrator of the database being replaced. When that database has no accounts
  yet (a new installation getting its data back) or cannot be opened at all (damaged, not SQLite,
  written by a newer version: what restoring is for), there is nobody to ask, so whoever runs the
  program may restore, as anyone may create the first account; they could copy the file by hand.
- After a restore the accounts are the backup's, as they were then: everyone signs in again. The
  restore is recorded in the restored database's audit trail under the restoring user's name,
  which need not be an account there.

A backup is checked before anything is replaced, on a private copy: SQLite's integrity check, a
CSBM Desktop schema no newer than this version (an older one is migrated) and exactly the one the
migrations create (no extra trigger or view), an unbroken audit chain, revisions and working
copies that match what the trail recorded (`check_database`, without this installation's seal: a
backup is an older copy on purpose). The database it replaces is kept as a "before-restore"
backup, and the restored trail is sealed as it now is (storage/anchor.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import func, select

from csbm_desktop.domain.errors import BadInput, Refused, StoreError
from csbm_desktop.domain.workflow import ADMINISTRATOR, Actor, check_role
from csbm_desktop.reading import open_regular
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.integrity import IntegrityReport, check_database
from csbm_desktop.services.workspace import Workspace, os_user, parse_keep, utc_now
from csbm_desktop.storage import accounts as account_store
from csbm_desktop.storage import anchor, audit, backups
from csbm_desktop.storage.database import Database
from csbm_desktop.storage.models import AuditEventRow, ReportRow

AutoBackup = backups.AutoBackup
MAX_KEEP = 365
# A current database that fails to open with one of these cannot be asked who may replace it.
_UNUSABLE = frozenset({"store.not_sqlite", "store.damaged", "store.too_new", "store.failed"})


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class BackupSummary:
    """A backup that passed every check, and what restoring it brings back."""

    path: Path
    sha256: str
    revision: str  # the schema it was written with
    reports: int
    events: int
    last_event_at: datetime | None  # about when it was made


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    safety_copy: Path | None  # None: there was no database to keep


def default_name(today: date) -> str:
    return f"csbm-backup-{today.isoformat()}.sqlite3"


def _same_file(path: Path, db_path: Path) -> bool:
    """`path` is the database or one of its companion files."""
    target = path.resolve()
    db = db_path.resolve()
    return target in {db.with_name(db.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")}


# --- backing up ---


def backup(
    ws: Workspace, actor: Actor, out: Path, *, overwrite: bool = True, now: datetime | None = None
) -> BackupResult:
    """A consistent copy of the open database at `out` (a folder: a dated name inside it)."""
    now = now or utc_now()
    if out.is_dir():
        out = out / default_name(now.astimezone().date())
    if _same_file(out, ws.path):
        raise BadInput("backup.same_file", path=out)
    if out.exists() and not overwrite:
        raise BadInput("backup.exists", path=out)
    with ws.db.session() as s:
        me = current_actor(s, actor.name)
    backups.copy_live(ws.path, out)
    sha = backups.file_sha256(out)
    size = out.stat().st_size
    with ws.db.session() as s:
        audit.append(
            s, now, me.name, "database.backup", path=str(out.resolve()), sha256=sha, size=size
        )
    return BackupResult(out, sha, size)


def list_backups(ws: Workspace) -> list[AutoBackup]:
    """The automatic backups kept next to the database, newest first."""
    return backups.list_auto(ws.path)


def keep_count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return parse_keep(account_store.setting(s, backups.KEEP_KEY))


def set_keep_count(ws: Workspace, actor: Actor, keep: int) -> None:
    """How many automatic backups of each kind are kept (administrators)."""
    if not 1 <= keep <= MAX_KEEP:
        raise BadInput("value.invalid", path=backups.KEEP_KEY, reason=f"1 to {MAX_KEEP}")
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), ADMINISTRATOR, "setting.backup_keep")
        account_store.set_setting(s, backups.KEEP_KEY, str(keep))
        audit.append(s, utc_now(), actor.name, "setting.backup_keep", keep=keep)


# --- checking a backup ---


def _first_problem(report: IntegrityReport) -> str:
    if report.sqlite:
        return report.sqlite[0]
    if report.chain:
        brk = report.chain[0]
        return f"audit event {brk.event_id} {brk.reason}"
    if report.revisions:
        return report.revisions[0]
    return report.findings[0].message("en")


@contextmanager
def _staged(source: Path, staging: Path) -> Iterator[tuple[Workspace, BackupSummary]]:
    """`source` copied to `staging`, checked, migrated: open for the block. Refused if unsound."""
    with open_regular(source):  # a folder, pipe or device is refused here, saying which
        pass
    if not backups.looks_like_sqlite(source):
        raise Refused("backup.not_sqlite", path=source)
    backups.stage_copy(source, staging)
    sha = backups.file_sha256(staging)  # the file as chosen (before SQLite touches the copy)
    problems = backups.integrity_problems(staging)
    if problems:
        raise Refused("backup.damaged", path=source, problem=problems[0])
    revision = backups.schema_revision(staging)
    if revision is None:
        raise Refused("backup.not_csbm", path=source)
    try:
        ws = Workspace(staging, auto_backups=False)
    except StoreError as exc:
        if exc.code == "store.too_new":
            raise Refused("backup.too_new", path=source, revision=revision) from exc
        if exc.code == "store.not_sqlite":
            raise Refused("backup.not_csbm", path=source) from exc
        raise
    try:
        report = check_database(ws, anchored=False)  # an older copy, on purpose
        if not report.ok:
            raise Refused("backup.tampered", path=source, problem=_first_problem(report))
        with ws.db.session() as s:
            reports = s.scalar(select(func.count()).select_from(ReportRow)) or 0
            last = s.scalar(select(func.max(AuditEventRow.at)))
        yield ws, BackupSummary(source, sha, revision, reports, report.events, last)
    finally:
        ws.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def check_backup(source: Path) -> BackupSummary:
    """Every check a restore makes, on a throw-away copy; the file itself is only read."""
    with (
        TemporaryDirectory(prefix="csbm-check-") as folder,
        _staged(source, Path(folder) / "backup.sqlite3") as (_ws, summary),
    ):
        return summary


# --- restoring ---


def _authorise(db_path: Path, actor: Actor | None) -> tuple[str, int, bool | None]:
    """Who restores (the name to record), how many backups to keep, and whether the database can
    be opened (None: there is none). Refused unless the rules in the module's docstring allow."""
    fallback = actor.name if actor is not None else os_user()
    if not db_path.exists() or db_path.stat().st_size == 0:
        return fallback, backups.DEFAULT_KEEP, None
    try:
        db = Database(db_path)
    except StoreError as exc:
        if exc.code in _UNUSABLE:
            return fallback, backups.DEFAULT_KEEP, False
        raise
    try:
        with db.session() as s:
            keep = parse_keep(account_store.setting(s, backups.KEEP_KEY))
            if account_store.count(s) == 0:
                return fallback, keep, True
            if actor is None:
                raise Refused("auth.required")
            me = current_actor(s, actor.name)
            check_role(me, ADMINISTRATOR, "restore a backup")
            return me.name, keep, True
    except StoreError as exc:
        if exc.code in _UNUSABLE:  # it opened, but its pages are damaged
            return fallback, backups.DEFAULT_KEEP, False
        raise
    finally:
        db.close()


def restore(
    db_path: Path, source: Path, actor: Actor | None, *, now: datetime | None = None
) -> RestoreResult:
    """Replace the database at `db_path` with the backup `source`, once it passed every check.

    The caller closes its own Workspace first: the file must not be open anywhere (StoreError
    `store.busy` otherwise). The current database is kept as a "before-restore" backup."""
    now = now or utc_now()
    if _same_file(source, db_path):
        raise BadInput("backup.same_file", path=source)
    name, keep, usable = _authorise(db_path, actor)
    # Next to the database, so that putting it in place is a rename on one file system.
    staging = backups.staging_file(db_path)
    try:
        with _staged(source, staging) as (ws, summary):
            # From here to the rename nobody may write to the database: a write would be in
            # neither the safety copy nor the restored file.
            with backups.held(db_path) if usable else nullcontext() as con:
                safety = (
                    None if usable is None else backups.keep_before_restore(db_path, con, now, keep)
                )
                with ws.db.session() as s:
                    audit.append(
                        s,
                        now,
                        name,
                        "database.restore",
                        source=str(source.resolve()),
                        sha256=summary.sha256,
                        schema=summary.revision,
                        safety_copy=str(safety) if safety else None,
                    )
                with ws.db.session() as s:
                    identity, head = audit.first_hash(s), audit.head(s)
                ws.close()
                backups.settle(staging)
            backups.replace_database(staging, db_path)
    finally:
        _remove(staging)
    # The restored trail is shorter than the one sealed for this database: seal it as it now
    # is, on purpose (the restore is its last event), or `check` would call it a cut tail.
    if identity is not None:
        anchor.seal(db_path, identity, *head, force=True)
    return RestoreResult(summary, safety)
