"""Opening the database file: checks, PRAGMAs, migration, and sessions.

SQLite specifics (the file header check, PRAGMAs, error texts) live only here, so the models and
migrations stay portable.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from csbm_desktop.domain.errors import BadInput, CsbmError, StoreError
from csbm_desktop.reading import open_regular
from csbm_desktop.storage import anchor, audit, migrate, schema, state

SQLITE_MAGIC = b"SQLite format 3\x00"
_IDENTITY = "anchor.identity"
log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver would start a transaction only at a session's first write, so the reads before
    # it (the last audit event, the next revision number) could predate another program's write
    # landing in between: the GUI and `csbm` on one file would both pick the same number, and
    # one fail. `Database._begin` starts every transaction itself instead.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    # WAL: readers never block the writer; FULL: a committed autosave survives power loss.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # as in _set_pragmas: Database._begin begins
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def translate_error(exc: DBAPIError, path: Path) -> CsbmError:
    """SQLite's failures as errors a user can act on."""
    text = str(exc.orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("store.full", path=path)
    if "locked" in text or "busy" in text:
        return StoreError("store.busy", path=path)
    if "not a database" in text or "malformed" in text:
        # The file's header was checked before any SQL (`_check_file`): it is SQLite's, so
        # what SQLite cannot read further on is damage, not another kind of file.
        return StoreError("store.damaged", path=path)
    return StoreError("store.failed", path=path, reason=str(exc.orig))


class Database:
    """One SQLite file, migrated to the current schema. Thread-safe: one Session per call."""

    def __init__(
        self, path: Path, *, migration_backup: bool = True, read_only: bool = False
    ) -> None:
        """`migration_backup=False`: no backup before migrating (a private copy being checked).
        `read_only`: open for reading only, as `csbm check` does: no migration, no WAL or
        journal file created, so it works on a read-only file or file system (see `_connect`)."""
        self.path = path
        self.read_only = read_only
        self.backup_made: Path | None = None
        self.had_content = self._check_file()  # the file held data before this open
        # Sessions are opened on the GUI's worker thread and, for quick reads, on the main thread;
        # the pool hands each connection to one thread at a time, so sqlite3's thread check
        # only gets in the way.
        if read_only:
            self.engine = create_engine("sqlite://", creator=self._connect_read_only)
            event.listen(self.engine, "connect", _set_read_only_pragmas)
        else:
            self.engine = create_engine(
                f"sqlite:///{path}", connect_args={"check_same_thread": False}
            )
            event.listen(self.engine, "connect", _set_pragmas)
        event.listen(self.engine, "begin", self._begin)
        self._local = threading.local()  # how many sessions this thread has open
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        state.install(self._sessions)
        # After the state records, so the seal covers them too.
        event.listen(self._sessions, "before_commit", self._before_commit)
        event.listen(self._sessions, "after_commit", self._seal)
        event.listen(self._sessions, "after_rollback", self._forget_head)
        self._identity: str | None = None
        try:
            if read_only:
                self._check_revision()
            else:
                self.backup_made = migrate.upgrade(
                    self.engine, path, self.had_content and migration_backup
                )
        except DBAPIError as exc:
            self.engine.dispose()
            raise translate_error(exc, path) from exc
        except CsbmError:
            self.engine.dispose()
            raise

    def _connect_read_only(self) -> sqlite3.Connection:
        # mode=ro writes nothing to the database, but reading a WAL database that way still
        # makes its -wal and -shm files, which a read-only file system refuses. immutable=1
        # reads the file as it is, making nothing: right when no -wal file exists (every
        # writer closed; one writing would hold it open) or nothing here can be written
        # anyway. With a -wal present (the application open, or stopped mid-way) its
        # committed pages must be read too: mode=ro then, with the files already there.
        path = self.path
        wal = path.with_name(path.name + "-wal")
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        uri = path.resolve().as_uri() + "?mode=ro"
        if not wal.exists() or not writable:
            uri += "&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    def _check_revision(self) -> None:
        """Read-only: the schema is read as it is, so it must be one this version knows."""
        if not self.had_content:
            raise StoreError("file.unreadable", path=self.path, reason="empty or missing")
        with self.engine.connect() as conn:
            current = migrate.current_revision(conn)
        if current != migrate.head_revision():
            if current is not None and migrate.is_known(current):
                raise StoreError("store.needs_upgrade", path=self.path, revision=current)
            raise StoreError("store.too_new", path=self.path, revision=current)

    def _check_file(self) -> bool:
        """Refuse what is not an SQLite file; True if the file already holds data."""
        path = self.path
        if path.exists():
            if path.is_dir():
                raise StoreError("store.failed", path=path, reason="it is a folder")
            try:
                with open_regular(path) as fh:  # a pipe or device would hang or never end
                    head = fh.read(len(SQLITE_MAGIC))
            except BadInput as exc:
                raise StoreError(exc.code, **exc.params) from None
            except OSError as exc:
                raise StoreError("file.unreadable", path=path, reason=exc.strerror) from exc
            # An empty file is a database nobody has written yet (SQLite treats it so too).
            if head and head != SQLITE_MAGIC:
                raise StoreError("store.not_sqlite", path=path)
            return bool(head)
        if self.read_only:  # nothing to read, and nothing may be made
            raise StoreError("file.unreadable", path=path, reason="no such file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("file.unwritable", path=path, reason=exc.strerror) from exc
        return False

    def identity(self, session: Session) -> str | None:
        """The hash of the first audit event: names this database's anchor (None: no event)."""
        return self._identity or audit.first_hash(session)

    def _before_commit(self, session: Session) -> None:
        """Which seal this commit moves forward: none when the trail no longer holds the event
        the seal names (rewritten or cut since): that evidence is left for `check`."""
        if audit.HEAD not in session.info:
            return
        identity = self.identity(session)
        sealed = anchor.find(identity, self.path) if identity else None
        diverged = (
            sealed is not None
            and sealed.valid
            and sealed.events <= session.info[audit.HEAD][0]
            and audit.hash_at(session, sealed.events) != sealed.head
        )
        if not diverged:
            session.info[_IDENTITY] = identity

    def _seal(self, session: Session) -> None:
        """After a commit that appended events: the anchor moves forward (storage/anchor.py)."""
        head = session.info.pop(audit.HEAD, None)
        identity = session.info.pop(_IDENTITY, None)
        if head is None or identity is None:
            return
        self._identity = identity  # committed: it will not change any more
        try:
            anchor.seal(self.path, identity, *head)
        except OSError as exc:
            # The work is committed; an unwritable folder must not turn it into an error. The
            # seal lags until the next commit, and `check` says how many events are unsealed.
            log.warning("could not seal the audit trail of %s: %s", self.path, exc)

    @staticmethod
    def _forget_head(session: Session) -> None:
        session.info.pop(audit.HEAD, None)
        session.info.pop(_IDENTITY, None)

    def _begin(self, conn: Connection) -> None:
        # A session takes the write lock before its first read (IMMEDIATE), so programs writing
        # one file queue on busy_timeout instead of one failing on a stale read; sessions are
        # short, so the wait is milliseconds. Not so a session opened inside another on the same
        # thread, which would wait for the lock its own outer session holds: it, and plain
        # connections (integrity check, migration), read from a snapshot as before.
        outermost = getattr(self._local, "depth", 0) == 1 and not self.read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if outermost else "BEGIN")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        local = self._local
        local.depth = getattr(local, "depth", 0) + 1
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise translate_error(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            local.depth -= 1

    def integrity_check(self) -> list[str]:
        """SQLite's own check of the file's structure: [] when sound."""
        try:
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        except DBAPIError as exc:  # damaged beyond what the check can walk
            raise translate_error(exc, self.path) from exc
        return [] if rows == ["ok"] else rows

    def schema_differences(self) -> list[schema.SchemaDifference]:
        """What differs from the schema the migrations create ([] when nothing)."""
        try:
            with self.engine.connect() as conn:
                return schema.differences(conn)
        except DBAPIError as exc:
            raise translate_error(exc, self.path) from exc

    def close(self) -> None:
        self.engine.dispose()
