"""`csbm check`: is the database file sound, and was anything changed behind the application?"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select

from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit
from csbm_desktop.storage.models import ReportRow, RevisionRow


@dataclass(frozen=True)
class IntegrityReport:
    events: int
    sqlite: list[str] = field(default_factory=list)  # SQLite's integrity_check complaints
    chain: list[audit.ChainBreak] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)  # "report <uid> revision <n>"

    @property
    def ok(self) -> bool:
        return not (self.sqlite or self.chain or self.revisions)

    @property
    def first_broken_event(self) -> int | None:
        return self.chain[0].event_id if self.chain else None


def check_database(ws: Workspace) -> IntegrityReport:
    sqlite = ws.db.integrity_check()
    with ws.db.session() as s:
        chain = list(audit.verify(s))
        events = audit.count(s)
        bad = [
            f"report {uid} revision {number}"
            for uid, number, snapshot, sha in s.execute(
                select(
                    ReportRow.uid,
                    RevisionRow.number,
                    RevisionRow.snapshot,
                    RevisionRow.content_sha256,
                ).join(ReportRow)
            )
            if hashlib.sha256(snapshot.encode()).hexdigest() != sha
        ]
    return IntegrityReport(events, sqlite, chain, bad)
