"""`csbm check`: is the database file sound, and was anything changed behind the application?

What is compared with what:
- the audit chain with itself (each event's hash covers the one before);
- every saved revision with its stored hash and with the hash the trail recorded;
- every report's working copy and status, and every account's roles, enabled flag and password
  hash, with the last `report.state` / `user.state` event (storage/state.py records one at every
  commit that changed them, whoever made the change inside the application);
- every attachment content with the SHA-256 it is stored under;
- the schema with what the migrations create (storage/schema.py): no trigger, view, table or
  index added, removed or redefined;
- the chain's length and head with this installation's sealed anchor (storage/anchor.py): a
  recomputed chain or a cut tail, which the chain alone cannot show.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from csbm_desktop.domain.messages import render
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import anchor, audit, state
from csbm_desktop.storage.models import AuditEventRow, BlobRow, ReportRow, RevisionRow, UserRow


@dataclass(frozen=True)
class Finding:
    """One thing found, as a message code (domain/messages.py words it in four languages)."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return render(self.code, self.params, lang)


@dataclass(frozen=True)
class IntegrityReport:
    events: int
    sqlite: list[str] = field(default_factory=list)  # SQLite's integrity_check complaints
    chain: list[audit.ChainBreak] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)  # "report <uid> revision <n>"
    findings: list[Finding] = field(default_factory=list)  # each one fails the check
    notes: list[Finding] = field(default_factory=list)  # worth saying, not a failure

    @property
    def ok(self) -> bool:
        return not (self.sqlite or self.chain or self.revisions or self.findings)

    @property
    def first_broken_event(self) -> int | None:
        return self.chain[0].event_id if self.chain else None


@dataclass
class _Recorded:
    """What the audit trail says, read oldest to newest."""

    revisions: dict[tuple[str, int], str] = field(default_factory=dict)
    # uid → {"status": last status, "rows": {row key: digest}} replayed from `report.state`
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    mentioned: set[str] = field(default_factory=set)  # report uids named by any event
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # name → last state
    added_users: set[str] = field(default_factory=set)


def _recorded(s: Session) -> _Recorded:
    out = _Recorded()
    for event in reversed(audit.events(s, limit=None)):
        uid = event.report_uid
        if event.action == state.USER_STATE:
            out.users[event.details["user"]] = event.details
        elif event.action == "user.add":
            out.added_users.add(event.details["user"])
        if uid is None:
            continue
        out.mentioned.add(uid)
        if event.action == state.REPORT_STATE:
            details = event.details
            last = out.reports.get(uid)
            rows = {} if details.get("full") or last is None else last["rows"]
            rows.update(details.get("rows", {}))
            out.reports[uid] = {
                "status": details.get("status"),
                "rows": {k: v for k, v in rows.items() if v is not None},
            }
            out.deleted.discard(uid)
        elif event.action == "revision.save":
            # SHA-256 as recorded when the revision was made (saved here, or arrived with an
            # imported report or a review bundle).
            out.revisions[(uid, int(event.details["number"]))] = event.details["sha256"]
        elif event.action in ("report.import", "bundle.import"):
            # The revisions that arrived, numbered from 1 (an empty list: none arrived).
            for number, sha in enumerate(event.details.get("revision_hashes", []), start=1):
                out.revisions[(uid, number)] = sha
        elif event.action == "report.delete":
            out.deleted.add(uid)
            out.reports.pop(uid, None)
            for key in [k for k in out.revisions if k[0] == uid]:
                del out.revisions[key]
    return out


def _revision_problems(s: Session, recorded: _Recorded) -> list[str]:
    """Revisions: content against its stored hash, stored hash against the one the trail
    recorded, and every recorded revision still present."""
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
            or recorded.revisions.get((uid, number)) != sha
        ):
            bad.append(f"report {uid} revision {number}: changed")
    bad += [
        f"report {uid} revision {number}: missing"
        for uid, number in sorted(set(recorded.revisions) - seen)
    ]
    return bad


def _rows_named(keys: list[str]) -> str:
    """Which rows differ, as the form's ids say them: header/answers, measure m3, activity uid."""
    named = [
        "header/answers"
        if k == state.REPORT_KEY
        else k.replace("m:", "measure ").replace("a:", "activity ")
        for k in keys[:5]
    ]
    return ", ".join(named) + (f" (+{len(keys) - 5})" if len(keys) > 5 else "")


def _report_findings(s: Session, recorded: _Recorded) -> tuple[list[Finding], int]:
    """Working copies and statuses against their last recorded state; also how many reports
    predate state recording (touched by nobody since: not checked, not a failure)."""
    found: list[Finding] = []
    unrecorded = 0
    present = set()
    for report_id, uid, code, year, status in s.execute(
        select(ReportRow.id, ReportRow.uid, ReportRow.state, ReportRow.year, ReportRow.status)
    ):
        present.add(uid)
        name = {"report": f"{code} {year} ({uid})"}
        last = recorded.reports.get(uid)
        if last is None:
            if uid in recorded.mentioned and uid not in recorded.deleted:
                unrecorded += 1  # made before this version, untouched since
            else:
                found.append(Finding("check.report_unrecorded", name))
            continue
        now = state.content_rows(s, report_id)
        changed = sorted(
            k for k in now.keys() | last["rows"].keys() if now.get(k) != last["rows"].get(k)
        )
        if changed:
            found.append(Finding("check.report_content", name | {"rows": _rows_named(changed)}))
        if status != last.get("status"):
            found.append(
                Finding(
                    "check.report_status",
                    name | {"status": status, "recorded": str(last.get("status"))},
                )
            )
    for uid in sorted(set(recorded.reports) - present):
        found.append(Finding("check.report_missing", {"report": uid}))
    return found, unrecorded


def _user_findings(s: Session, recorded: _Recorded) -> tuple[list[Finding], int]:
    found: list[Finding] = []
    unrecorded = 0
    for user in s.scalars(select(UserRow).order_by(UserRow.name)):
        now = state.user_state(s, user)
        last = recorded.users.get(user.name)
        name = {"user": user.name}
        if last is None:
            if user.name in recorded.added_users:
                unrecorded += 1
            else:
                found.append(Finding("check.user_unrecorded", name))
            continue
        if now["roles"] != last.get("roles"):
            found.append(
                Finding(
                    "check.user_roles",
                    name
                    | {
                        "roles": ", ".join(now["roles"]) or "—",
                        "recorded": ", ".join(last.get("roles", [])) or "—",
                    },
                )
            )
        if now["disabled"] != last.get("disabled"):
            found.append(Finding("check.user_disabled", name))
        if now["password"] != last.get("password"):
            found.append(Finding("check.user_password", name))
    return found, unrecorded


def _blob_findings(s: Session) -> list[Finding]:
    return [
        Finding("check.attachment_content", {"sha256": sha})
        for sha, content in s.execute(select(BlobRow.sha256, BlobRow.content))
        if hashlib.sha256(content).hexdigest() != sha
    ]


def _when(iso: str) -> str:
    try:
        return f"{datetime.fromisoformat(iso):%Y-%m-%d %H:%M} UTC"
    except ValueError:
        return iso


@dataclass(frozen=True)
class _Seal:
    """This installation's seal for the database, read *before* the database is: a seal is
    written after its commit, so read first it can lag the snapshot checked but never lead it
    (read after, a writer busy meanwhile would look like a cut tail)."""

    identity: str | None
    sealed: anchor.Anchor | None
    others: list[anchor.Anchor]


def _read_seal(ws: Workspace) -> _Seal:
    with ws.db.session() as s:
        identity = audit.first_hash(s)  # never changes: safe to read apart
    if identity is None:
        return _Seal(None, None, [])
    sealed = anchor.find(identity, ws.path)
    return _Seal(identity, sealed, [] if sealed else anchor.others_at(ws.path, identity))


def _anchor_findings(ws: Workspace, s: Session, seal: _Seal) -> tuple[list[Finding], list[Finding]]:
    """The chain against this installation's seal: (failures, notes)."""
    if seal.identity is None:
        return [], []  # no event yet: nothing was sealed
    number, _head = audit.head(s)
    sealed = seal.sealed
    if sealed is None:
        if seal.others:
            when = {"path": str(ws.path), "sealed_at": _when(seal.others[0].sealed_at)}
            return [Finding("check.anchor_identity", when)], []
        return [], [Finding("check.anchor_none")]
    if not sealed.valid:
        return [Finding("check.anchor_seal")], []
    when = {"sealed_at": _when(sealed.sealed_at)}
    if number < sealed.events:
        params = when | {"events": str(number), "sealed": str(sealed.events)}
        return [Finding("check.anchor_cut", params)], []
    at_seal = s.scalar(select(AuditEventRow.hash).where(AuditEventRow.id == sealed.events))
    if at_seal != sealed.head:
        return [Finding("check.anchor_rewritten", when | {"event": str(sealed.events)})], []
    if number > sealed.events:
        return [], [Finding("check.anchor_unsealed", {"count": str(number - sealed.events)})]
    return [], []


def trail_head(ws: Workspace) -> tuple[int, str]:
    """(last event number, its hash): what an export names so that every copy that left the
    laptop anchors the audit trail as it stood."""
    with ws.db.session() as s:
        return audit.head(s)


def check_database(ws: Workspace, *, anchored: bool = True) -> IntegrityReport:
    """`anchored=False`: not against this installation's seal (a backup being restored is an
    older copy on purpose; the restore seals it afresh)."""
    seal = _read_seal(ws) if anchored else None
    sqlite = ws.db.integrity_check()
    schema = [
        Finding(f"check.schema_{d.kind}", {"type": d.type, "name": d.name})
        for d in ws.db.schema_differences()
    ]
    with ws.db.session() as s:
        chain = list(audit.verify(s))
        events = audit.count(s)
        recorded = _recorded(s)
        revisions = _revision_problems(s, recorded)
        reports, old_reports = _report_findings(s, recorded)
        users, old_users = _user_findings(s, recorded)
        findings = schema + reports + users + _blob_findings(s)
        cut, notes = _anchor_findings(ws, s, seal) if seal else ([], [])
    findings = cut + findings
    if old_reports or old_users:
        notes.append(
            Finding("check.not_recorded", {"reports": str(old_reports), "users": str(old_users)})
        )
    return IntegrityReport(events, sqlite, chain, revisions, findings, notes)
