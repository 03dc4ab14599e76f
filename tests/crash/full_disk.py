"""A full disk on demand: SQLite's page limit, for the tests that cannot mount a tiny filesystem."""

from __future__ import annotations

from sqlalchemy import event

from csbm_desktop.services.workspace import Workspace

# A long answer (~19 kB): more than any page has room for, so it always needs new ones.
BIG = "Se activó el mecanismo de comunicación entre Estados Mayores. " * 300


class PageLimit:
    """A disk that is full at the file's present size: SQLite's max_page_count on every
    connection of the workspace (the PRAGMA is per connection, so the pool is emptied whenever
    the limit changes)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.pages: int | None = None
        event.listen(ws.db.engine, "connect", self._apply)

    def _apply(self, dbapi_connection: object, _record: object) -> None:
        if self.pages is not None:
            cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
            cursor.execute(f"PRAGMA max_page_count={self.pages}")
            cursor.close()

    def fill(self) -> None:
        with self.ws.db.engine.connect() as conn:
            self.pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        self.ws.db.engine.dispose()

    def free(self) -> None:
        self.pages = None
        self.ws.db.engine.dispose()
