"""The portable report document: revisions' snapshots and the `export-json` file.

A report is written as canonical JSON (sorted keys, UTF-8) so the same content always hashes the
same. The export file adds the revisions and the attachment contents (base64), so
`export-json` → `import-json` loses nothing. Import checks everything before it writes anything,
and writes in one transaction: a bad file changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop import strict_json
from csbm_desktop.domain.checks import check_report, check_revision, check_year
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.report import (
    DOCUMENT_FORMAT,
    DOCUMENT_FORMAT_VERSION,
    MAX_ATTACHMENT_BYTES,
    Report,
    RevisionInfo,
    megabytes,
)
from csbm_desktop.domain.workflow import DRAFTER, Actor, check_role
from csbm_desktop.files import write_atomically
from csbm_desktop.reading import read_regular
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.workspace import utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store

if TYPE_CHECKING:
    from pydantic import TypeAdapter
    from sqlalchemy.orm import Session

    from csbm_desktop.services.workspace import Workspace

_LOCAL_FIELDS = {"id", "revision"}
# A report file larger than this is refused before it is parsed (attachments are 25 MB each).
MAX_IMPORT_BYTES = 2 * 1024**3


@cache
def _report_adapter() -> TypeAdapter[Report]:
    from pydantic import TypeAdapter  # lazy: pydantic costs ~0.1 s to import

    return TypeAdapter(Report)


@cache
def _revision_adapter() -> TypeAdapter[RevisionInfo]:
    from pydantic import TypeAdapter

    return TypeAdapter(RevisionInfo)


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def report_to_dict(report: Report) -> dict[str, Any]:
    data = _report_adapter().dump_python(report, mode="json", exclude=_LOCAL_FIELDS)
    assert isinstance(data, dict)
    return data


def canonical_json(report: Report) -> str:
    """The report's content as canonical JSON, the form revisions are stored and hashed in."""
    return _dumps(
        {
            "format": DOCUMENT_FORMAT,
            "format_version": DOCUMENT_FORMAT_VERSION,
            "report": report_to_dict(report),
        }
    )


def _malformed(detail: str) -> BadInput:
    return BadInput("import.malformed", detail=detail)


# A lone UTF-16 surrogate: JSON can spell one ("\\ud800"), UTF-8 cannot hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")


# A report document nests about ten deep; the JSON parser allows hundreds, and code after it
# (pydantic, the canonical dump of a snapshot) may run out of stack before reaching its end.
_MAX_DEPTH = 64


def _check_tree(doc: object) -> None:
    """Refuse text that UTF-8 cannot encode (the store and the content hashes both need it)
    and nesting no report has. Walked without recursion, so depth is no danger here; the stack
    holds one iterator per level (not one entry per value), so a long list costs no memory."""
    stack: list[tuple[Iterator[object], int]] = [(iter((doc,)), 0)]
    while stack:
        items, depth = stack[-1]
        item = next(items, _END)
        if item is _END:
            stack.pop()
            continue
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise _malformed("text with an invalid character (a lone UTF-16 surrogate)")
        elif isinstance(item, dict | list):
            if depth + 1 > _MAX_DEPTH:
                raise _malformed("the JSON is nested too deeply")
            inner = chain(item.keys(), item.values()) if isinstance(item, dict) else iter(item)
            stack.append((inner, depth + 1))


_END = object()


def _check_moment(moment: datetime, where: str) -> None:
    """A timestamp the store can keep: it has a time zone and is still a date in UTC."""
    if moment.tzinfo is None:
        raise _malformed(f"{where}: a timestamp without a time zone")
    try:
        moment.astimezone(UTC)
    except OverflowError:
        raise _malformed(f"{where}: a timestamp out of range") from None


# Longest text a report's identifiers and names may hold: a uid is a UUID (36 characters); a
# 10 MB "uid" would otherwise be stored and repeated in every message that names it.
_REPORT_TEXTS = {
    "uid": 36,
    "copied_from": 36,
    "state": 3,
    "form_id": 64,
    "form_version": 64,
    "created_by": 64,
    "updated_by": 64,
}
_ACTIVITY_TEXTS = {"uid": 36, "measure_id": 64}
_ATTACHMENT_TEXTS = {"uid": 36, "sha256": 64, "filename": 255, "media_type": 255, "added_by": 64}
_MEASURE_TEXTS = {"measure_id": 64}


def _check_texts(item: object, limits: dict[str, int], where: str) -> None:
    if not isinstance(item, dict):
        return  # pydantic says what is wrong with the shape
    for key, limit in limits.items():
        value = item.get(key)
        if isinstance(value, str) and len(value) > limit:
            raise _malformed(f"{where}.{key}: {len(value)} characters, at most {limit}")


def _check_whole(item: object, key: str, where: str) -> None:
    """A count or a year must be written as one: pydantic would take "2025" or true for it."""
    if isinstance(item, dict) and key in item:
        value = item[key]
        if type(value) is not int:
            raise _malformed(f"{where}.{key}: expected a whole number, not {value!r:.40}")


def _check_shape(data: dict[str, Any], where: str) -> None:
    _check_texts(data, _REPORT_TEXTS, where)
    _check_whole(data, "year", where)
    for i, m in enumerate(data.get("measures") or []):
        _check_texts(m, _MEASURE_TEXTS, f"{where}.measures[{i}]")
    for i, act in enumerate(data.get("activities") or []):
        _check_texts(act, _ACTIVITY_TEXTS, f"{where}.activities[{i}]")
        attachments = act.get("attachments") if isinstance(act, dict) else None
        for j, a in enumerate(attachments or []):
            _check_texts(a, _ATTACHMENT_TEXTS, f"{where}.activities[{i}].attachments[{j}]")
            _check_whole(a, "size", f"{where}.activities[{i}].attachments[{j}]")


def _parse_report(data: object, where: str) -> Report:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise _malformed(f"{where}: expected an object")
    unknown = set(data) & _LOCAL_FIELDS
    if unknown:
        raise _malformed(f"{where}: unexpected key {sorted(unknown)[0]!r}")
    _check_shape(data, where)
    try:
        report = _report_adapter().validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise _malformed(f"{where}.{loc}: {err['msg']}") from None
    _check_moment(report.created_at, f"{where}.created_at")
    _check_moment(report.updated_at, f"{where}.updated_at")
    for act in report.activities:
        for a in act.attachments:
            _check_moment(a.added_at, f"{where}.activities.{act.uid}.attachments.{a.uid}")
    return report


def _check_envelope(doc: object) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise _malformed("expected a JSON object at the top")
    if doc.get("format") != DOCUMENT_FORMAT:
        raise _malformed(f"'format' must be {DOCUMENT_FORMAT!r}")
    if doc.get("format_version") != DOCUMENT_FORMAT_VERSION:
        raise _malformed(f"unsupported format_version {doc.get('format_version')!r}")
    return doc


def report_from_json(text: str) -> Report:
    doc = _check_envelope(json.loads(text))
    return _parse_report(doc.get("report"), "report")


# --- export-json / import-json ---


def document_parts(
    ws: Workspace, actor: Actor, report_id: int
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The report as a JSON-ready document (content and revisions) and the files its
    attachments need, by SHA-256: what `export-json` and review bundles carry."""
    with ws.db.session() as s:
        current_actor(s, actor.name)
        report = store.load(s, report_id)
        revisions = []
        hashes = {a.sha256 for act in report.activities for a in act.attachments}
        for info in store.revisions(s, report_id):
            snapshot = store.revision_snapshot(s, report_id, info.number)
            snap_report = report_from_json(snapshot)
            hashes |= {a.sha256 for act in snap_report.activities for a in act.attachments}
            revisions.append(
                {
                    **_revision_adapter().dump_python(info, mode="json"),
                    "snapshot": json.loads(snapshot),
                }
            )
        files = {}
        for sha in sorted(hashes):
            content = store.blob(s, sha)
            assert content is not None
            files[sha] = content
    document = {
        "format": DOCUMENT_FORMAT,
        "format_version": DOCUMENT_FORMAT_VERSION,
        "report": report_to_dict(report),
        "revisions": revisions,
    }
    return document, files


def export_document(ws: Workspace, actor: Actor, report_id: int) -> dict[str, Any]:
    """The whole report as one JSON-ready object: content, revisions and attachment files."""
    document, files = document_parts(ws, actor, report_id)
    document["attachments"] = {
        sha: base64.b64encode(content).decode("ascii") for sha, content in files.items()
    }
    return document


def export_json(ws: Workspace, actor: Actor, report_id: int, out: Path) -> None:
    document = export_document(ws, actor, report_id)
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    try:
        write_atomically(out, (text + "\n").encode())
    except OSError as exc:
        raise BadInput("file.unwritable", path=out, reason=exc.strerror or exc) from exc
    with ws.db.session() as s:
        audit.append(
            s,
            utc_now(),
            actor.name,
            "report.export",
            document["report"]["uid"],
            format="json",
            file=out.name,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )


def _decode_files(raw: object) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise _malformed("'attachments' must be an object of SHA-256 → base64")
    files: dict[str, bytes] = {}
    for sha, b64 in raw.items():
        if not isinstance(b64, str):
            raise _malformed(f"attachments.{sha}: expected base64 text")
        if len(b64) > (MAX_ATTACHMENT_BYTES * 4) // 3 + 8:
            raise BadInput(
                "attachment.too_large",
                filename=sha[:12],
                size=megabytes(len(b64) * 3 // 4),
                max=megabytes(MAX_ATTACHMENT_BYTES),
            )
        try:
            files[sha] = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise _malformed(f"attachments.{sha}: not valid base64") from None
    return files


def _check_attachments(report: Report, files: Mapping[str, bytes]) -> None:
    for act in report.activities:
        for a in act.attachments:
            content = files.get(a.sha256)
            if content is None:
                raise _malformed(f"the file of attachment '{a.filename}' is missing")
            if len(content) > MAX_ATTACHMENT_BYTES:
                raise BadInput(
                    "attachment.too_large",
                    filename=a.filename,
                    size=f"{len(content) / 1e6:.1f}",
                    max=MAX_ATTACHMENT_BYTES // 10**6,
                )
            if hashlib.sha256(content).hexdigest() != a.sha256 or len(content) != a.size:
                raise BadInput("import.hash_mismatch", filename=a.filename)


@dataclass(frozen=True)
class CheckedDocument:
    """A report document that passed every check: ready to store."""

    report: Report
    revisions: list[tuple[RevisionInfo, str]]  # with their canonical snapshots
    # SHA-256 → content, every attachment of the report and revisions (a bundle's are read from
    # it when first asked for)
    files: Mapping[str, bytes]

    @property
    def revision_hashes(self) -> list[str]:
        return [info.content_sha256 for info, _ in self.revisions]


def check_document(ws: Workspace, doc: object, files: Mapping[str, bytes]) -> CheckedDocument:
    """Parse and check a report document (as `export_document` writes it, attachments given
    apart in `files`) without writing anything."""
    doc = _check_envelope(doc)
    _check_tree(doc)
    report = _parse_report(doc.get("report"), "report")
    spec = ws.form(report.form_id, report.form_version)
    report = check_report(spec, report)
    check_year(report.year, utc_now().year)
    _check_attachments(report, files)

    raw_revisions = doc.get("revisions", [])
    if not isinstance(raw_revisions, list):
        raise _malformed("'revisions' must be a list")
    revisions: list[tuple[RevisionInfo, str]] = []
    for i, raw in enumerate(raw_revisions):
        if not isinstance(raw, dict) or "snapshot" not in raw:
            raise _malformed(f"revisions[{i}]: expected an object with a snapshot")
        _check_texts(raw, {"author": 64, "content_sha256": 64}, f"revisions[{i}]")
        _check_whole(raw, "number", f"revisions[{i}]")
        from pydantic import ValidationError

        try:
            info = _revision_adapter().validate_python(
                {k: v for k, v in raw.items() if k != "snapshot"}
            )
        except ValidationError as exc:
            raise _malformed(f"revisions[{i}]: {exc.errors()[0]['msg']}") from None
        _check_moment(info.created_at, f"revisions[{i}].created_at")
        snapshot = _dumps(raw["snapshot"])
        if hashlib.sha256(snapshot.encode()).hexdigest() != info.content_sha256:
            raise _malformed(f"revisions[{i}]: content does not match its SHA-256")
        snap_report = report_from_json(snapshot)
        if snap_report.uid != report.uid:
            raise _malformed(f"revisions[{i}]: a revision of another report")
        snap_spec = ws.form(snap_report.form_id, snap_report.form_version)
        check_revision(snap_spec, info.number, snap_report, utc_now().year)
        _check_attachments(snap_report, files)
        revisions.append((info, snapshot))
    if [r.number for r, _ in revisions] != list(range(1, len(revisions) + 1)):
        raise _malformed("revisions must be numbered 1, 2, 3… in order")
    return CheckedDocument(report, revisions, files)


def store_files(s: Session, checked: CheckedDocument, revisions: int = 0) -> int:
    """Store the blobs the report and its revisions from number `revisions` + 1 on need;
    returns how many files that is."""
    needed = {a.sha256 for act in checked.report.activities for a in act.attachments}
    for info, snapshot in checked.revisions:
        if info.number > revisions:
            needed |= {
                a.sha256 for act in report_from_json(snapshot).activities for a in act.attachments
            }
    for sha in sorted(needed):
        store.store_blob(s, sha, checked.files[sha])
    return len(needed)


def insert_document(
    s: Session, actor: Actor, checked: CheckedDocument, action: str, **details: object
) -> int:
    """Store a checked document as a new local report (in the caller's transaction)."""
    report = checked.report
    existing = store.find_by_uid(s, report.uid)
    if existing is not None:
        raise BadInput("import.duplicate", uid=report.uid, id=existing)
    # Activity and attachment ids are unique across the database, not just the report.
    activity_uids = [a.uid for a in report.activities]
    attachment_uids = [att.uid for a in report.activities for att in a.attachments]
    taken = store.taken_uids(s, activity_uids, [])
    if taken:
        raise BadInput("activity.exists", uid=sorted(taken)[0])
    taken = store.taken_uids(s, [], attachment_uids)
    if taken or len(set(attachment_uids)) < len(attachment_uids):
        raise _malformed(f"an attachment id is used twice ({(sorted(taken) or ['…'])[0]})")
    attachments = store_files(s, checked)
    # The workflow runs in each database: whatever status the file carries, the report
    # arrives here as a draft (the file's status is kept in the trail).
    report_id = store.insert(s, replace(report, id=0, status="draft"))
    for info, snapshot in checked.revisions:
        store.insert_revision(s, report_id, info, snapshot)
    audit.append(
        s,
        utc_now(),
        actor.name,
        action,
        report.uid,
        status_in_file=report.status,
        revision_hashes=checked.revision_hashes,
        attachments=attachments,
        **details,
    )
    return report_id


def import_document(ws: Workspace, actor: Actor, doc: object) -> int:
    """Store an exported report as a new local report. All checks run before the first write."""
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
    files = _decode_files(doc.get("attachments", {}) if isinstance(doc, dict) else {})
    checked = check_document(ws, doc, files)
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
        return insert_document(s, actor, checked, "report.import", format="json")


def import_json(ws: Workspace, actor: Actor, path: Path) -> int:
    raw = read_regular(
        path,
        MAX_IMPORT_BYTES,
        lambda size: _malformed(f"the file is {size // 10**6} MB, more than a report can be"),
    )
    try:
        doc = strict_json.loads(raw)
    except strict_json.JsonRefused as exc:
        raise _malformed(str(exc)) from None
    return import_document(ws, actor, doc)
