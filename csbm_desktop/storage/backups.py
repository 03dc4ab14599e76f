"""Copies of the database file: live and consistent, never half-written, rotated.

One copy routine serves every backup (before a migration, the first open of a day, `csbm backup`,
the safety copy before a restore). It uses SQLite's online backup API, which reads one consistent
snapshot while other connections keep working, and it writes under a temporary name in the target
folder, then fsyncs and renames: a crash or a full disk leaves a stray temporary file, never a
truncated file that looks like a backup.

Automatic backups live in one folder next to the database, `<database name>.backups/`, named
`<kind>-<UTC time>.sqlite3`, and each kind keeps its newest N. SQLite specifics stay here.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from csbm_desktop.domain.errors import StoreError
from csbm_desktop.files import PARTIAL_SUFFIX, commit, fsync_file, temp_beside

DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
KEEP_KEY = "backup.keep"  # the settings row: how many backups of each kind to keep
DEFAULT_KEEP = 10
SUFFIX = ".sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<kind>[a-z]+(?:-[a-z]+)*)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$")
_STALE_PARTIAL = timedelta(days=1)
# Seconds a restore waits for the file to be free before saying another program uses it.
_LOCK_TIMEOUT = 1.0


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    kind: str
    made_at: datetime  # UTC
    size: int


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("store.full", path=path)
    if "locked" in text or "busy" in text:
        return StoreError("store.busy", path=path)
    if "malformed" in text:
        return StoreError("store.damaged", path=path)
    if "not a database" in text:
        return StoreError("store.not_sqlite", path=path)
    return StoreError("store.failed", path=path, reason=str(exc))


def staging_file(target: Path) -> Path:
    """A hidden temporary file beside `target` (its folder made if need be), to be renamed
    onto it once complete; StoreError `file.unwritable` when the folder cannot take one."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return temp_beside(target)
    except OSError as exc:
        raise StoreError("file.unwritable", path=target, reason=exc.strerror or exc) from exc


def copy_live(source: Path | sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database `source` (a file, or an open connection to it) at
    `target`, as one self-contained file (rollback journal, no -wal to go with it)."""
    label = target if isinstance(source, sqlite3.Connection) else source
    if isinstance(source, Path) and not source.is_file():  # connect() would create it
        raise StoreError("file.unreadable", path=source, reason="no such file")
    temp = staging_file(target)
    try:
        src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                # One step: the whole copy reads a single snapshot (committed data only, whatever
                # other connections are doing), and the WAL's committed pages are included.
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        commit(temp, target)
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        raise _store_error(exc, label) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError("file.unwritable", path=target, reason=exc.strerror or exc) from exc
    return target


def copy_raw(source: Path, target: Path) -> Path:
    """A byte copy (and its -wal, if any), for a file SQLite cannot read."""
    temp = staging_file(target)
    try:
        shutil.copyfile(source, temp)
        commit(temp, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError("file.unwritable", path=target, reason=exc.strerror or exc) from exc
    return target


def _parse(path: Path) -> AutoBackup | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:  # removed meanwhile (another program rotating the same folder)
        return None
    at = datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=UTC)
    return AutoBackup(path, found["kind"], at, size)


def list_auto(db_path: Path, kind: str | None = None) -> list[AutoBackup]:
    """The automatic backups of `db_path`, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := _parse(p)) is not None]
    return sorted(
        (b for b in found if kind is None or b.kind == kind),
        key=lambda b: b.made_at,
        reverse=True,
    )


def prune(db_path: Path, kind: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of `kind`, and what a copy interrupted long ago
    (a crash, a power cut) left behind; the paths removed."""
    removed = [old.path for old in list_auto(db_path, kind)[max(keep, 1) :]]
    cutoff = time.time() - _STALE_PARTIAL.total_seconds()  # file times are the real clock's
    for partial in backups_dir(db_path).glob(f".*{PARTIAL_SUFFIX}"):
        with suppress(OSError):  # a younger one may be another program's copy under way
            if partial.stat().st_mtime < cutoff:
                removed.append(partial)
    for path in removed:
        for companion in (path, path.with_name(path.name + "-wal")):  # a raw copy's WAL too
            with suppress(FileNotFoundError):
                companion.unlink()
    return removed


def _free_name(folder: Path, kind: str, now: datetime) -> Path:
    at = now.astimezone(UTC)
    while True:  # two backups of one kind within a clock tick: the later one a microsecond on
        target = folder / f"{kind}-{at.strftime(_STAMP)}{SUFFIX}"
        if not target.exists():
            return target
        at += timedelta(microseconds=1)


def auto_backup(
    db: Path,
    kind: str,
    *,
    source: sqlite3.Connection | None = None,
    now: datetime | None = None,
    keep: int = DEFAULT_KEEP,
    raw: bool = False,
) -> Path:
    """A backup of `db` in its backups folder, then the oldest of that kind beyond `keep` go.

    `source`: an open connection to copy from (one that holds the file against writers);
    `raw`: copy the bytes, for a file SQLite cannot open."""
    target = _free_name(backups_dir(db), kind, now or datetime.now(UTC))
    if raw:
        copy_raw(db, target)
    else:
        copy_live(source if source is not None else db, target)
    prune(db, kind, keep)
    return target


def keep_before_restore(db: Path, con: sqlite3.Connection | None, now: datetime, keep: int) -> Path:
    """The safety copy of a database about to be replaced: a live copy through `con` (which
    holds it, see `held`); its bytes as they are when SQLite cannot read it."""
    if con is not None:
        try:
            return auto_backup(db, BEFORE_RESTORE, source=con, now=now, keep=keep)
        except StoreError as exc:
            if exc.code not in ("store.not_sqlite", "store.damaged"):
                raise
    return auto_backup(db, BEFORE_RESTORE, now=now, keep=keep, raw=True)


def daily_due(db_path: Path, now: datetime) -> bool:
    """No daily backup yet on `now`'s calendar day (the user's local day)."""
    today = now.astimezone().date()
    return not any(b.made_at.astimezone().date() == today for b in list_auto(db_path, DAILY))


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own check of a file that is not open elsewhere: [] when sound."""
    try:
        con = sqlite3.connect(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def schema_revision(path: Path) -> str | None:
    """The schema revision a CSBM Desktop file records; None if it records none."""
    try:
        con = sqlite3.connect(path)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def stage_copy(source: Path, staging: Path) -> None:
    """A private byte copy of a backup to check and migrate; its -wal, if any, comes along (SQLite
    folds it in on open), and the chosen file itself is never opened for writing."""
    try:
        shutil.copyfile(source, staging)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, staging.with_name(staging.name + "-wal"))
    except OSError as exc:
        raise StoreError("file.unreadable", path=source, reason=exc.strerror or exc) from exc


def settle(path: Path) -> None:
    """Fold any WAL content into the file itself and leave it with a rollback journal: one
    self-contained file that can be renamed into place (with no -wal/-shm beside it)."""
    try:
        con = sqlite3.connect(path, timeout=_LOCK_TIMEOUT, isolation_level=None)
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _store_error(exc, path) from exc
    if mode != "delete":
        raise StoreError("store.busy", path=path)
    fsync_file(path)


@contextmanager
def held(db_path: Path) -> Iterator[sqlite3.Connection]:
    """The database with no other connection open on it, kept so for the block: its WAL folded
    in, switched to a rollback journal and read-locked, so no program can write to it meanwhile.
    StoreError `store.busy` if another connection has it open (leaving WAL needs that).

    Its -wal and -shm files are gone when the block ends, so renaming another file into its place
    cannot apply stale WAL pages to it."""
    try:
        con = sqlite3.connect(db_path, timeout=_LOCK_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        raise _store_error(exc, db_path) from exc
    try:
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode != "delete":
                raise StoreError("store.busy", path=db_path)
            # A read transaction: others may still read, but nobody can commit a write that the
            # safety copy would miss.
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise _store_error(exc, db_path) from exc
        yield con
    finally:
        with suppress(sqlite3.Error):
            con.execute("ROLLBACK")
        con.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def replace_database(staging: Path, db_path: Path) -> None:
    """Put the settled file `staging` in the place of the database, atomically."""
    for suffix in ("-wal", "-shm"):  # stale pages of the old file must never meet the new one
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    try:
        commit(staging, db_path)
    except OSError as exc:
        raise StoreError("file.unwritable", path=db_path, reason=exc.strerror or exc) from exc
