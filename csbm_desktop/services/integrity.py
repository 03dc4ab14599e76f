"""`csbm check`: is the database file sound, and was anything changed behind the application?"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def _recorded_revisions(s: Session) -> dict[tuple[str, int], str]:
    """(report uid, number) → SHA-256 as the audit trail recorded it when the revision was made
    (saved here, or arrived with an imported report or a review bundle)."""
    recorded: dict[tuple[str, int], str] = {}
    for event in reversed(audit.events(s, limit=None)):
        if event.report_uid is None:
            continue
        if event.action == "revision.save":
            recorded[(event.report_uid, int(event.details["number"]))] = event.details["sha256"]
        elif event.action in ("report.import", "bundle.import"):
            # The revisions that arrived, numbered from 1 (an empty list: none arrived).
            for number, sha in enumerate(event.details.get("revision_hashes", []), start=1):
                recorded[(event.report_uid, number)] = sha
        elif event.action == "report.delete":
            for key in [k for k in recorded if k[0] == event.report_uid]:
                del recorded[key]
    return recorded


def check_database(ws: Workspace) -> IntegrityReport:
    """Revisions are checked three ways: content against its stored hash, stored hash against
    the one the audit trail recorded, and every recorded revision still present."""
    sqlite = ws.db.integrity_check()
    with ws.db.session() as s:
        chain = list(audit.verify(s))
        events = audit.count(s)
        recorded = _recorded_revisions(s)
        bad = []
        seen = set()
        rows = s.execute(
            select(
                ReportRow.uid, RevisionRow.number, RevisionRow.snapshot, RevisionRow.content_sha256
            ).join(ReportRow)
        )
        for uid, number, snapshot, sha in rows:
            seen.add((uid, number))
            if (
                hashlib.sha256(snapshot.encode()).hexdigest() != sha
                or recorded.get((uid, number)) != sha
            ):
                bad.append(f"report {uid} revision {number}: changed")
        bad += [
            f"report {uid} revision {number}: missing"
            for uid, number in sorted(set(recorded) - seen)
        ]
    return IntegrityReport(events, sqlite, chain, bad)
