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
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop.domain.checks import check_report
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
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.workspace import utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store

if TYPE_CHECKING:
    from pydantic import TypeAdapter

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


def _parse_report(data: object, where: str) -> Report:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise _malformed(f"{where}: expected an object")
    unknown = set(data) & _LOCAL_FIELDS
    if unknown:
        raise _malformed(f"{where}: unexpected key {sorted(unknown)[0]!r}")
    try:
        return _report_adapter().validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise _malformed(f"{where}.{loc}: {err['msg']}") from None


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


def export_document(ws: Workspace, actor: Actor, report_id: int) -> dict[str, Any]:
    """The whole report as one JSON-ready object: content, revisions and attachment files."""
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
            files[sha] = base64.b64encode(content).decode("ascii")
    return {
        "format": DOCUMENT_FORMAT,
        "format_version": DOCUMENT_FORMAT_VERSION,
        "report": report_to_dict(report),
        "revisions": revisions,
        "attachments": files,
    }


def export_json(ws: Workspace, actor: Actor, report_id: int, out: Path) -> None:
    document = export_document(ws, actor, report_id)
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    tmp = out.with_name(out.name + ".part")
    try:
        # Written beside the target and renamed: a crash never leaves half a file under its name.
        tmp.write_text(text + "\n", encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
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


def _check_attachments(report: Report, files: dict[str, bytes]) -> None:
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


def import_document(ws: Workspace, actor: Actor, doc: object) -> int:
    """Store an exported report as a new local report. All checks run before the first write."""
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
    doc = _check_envelope(doc)
    report = _parse_report(doc.get("report"), "report")
    spec = ws.form(report.form_id, report.form_version)
    report = check_report(spec, report)
    files = _decode_files(doc.get("attachments", {}))
    _check_attachments(report, files)

    raw_revisions = doc.get("revisions", [])
    if not isinstance(raw_revisions, list):
        raise _malformed("'revisions' must be a list")
    revisions: list[tuple[RevisionInfo, str]] = []
    for i, raw in enumerate(raw_revisions):
        if not isinstance(raw, dict) or "snapshot" not in raw:
            raise _malformed(f"revisions[{i}]: expected an object with a snapshot")
        from pydantic import ValidationError

        try:
            info = _revision_adapter().validate_python(
                {k: v for k, v in raw.items() if k != "snapshot"}
            )
        except ValidationError as exc:
            raise _malformed(f"revisions[{i}]: {exc.errors()[0]['msg']}") from None
        snapshot = _dumps(raw["snapshot"])
        if hashlib.sha256(snapshot.encode()).hexdigest() != info.content_sha256:
            raise _malformed(f"revisions[{i}]: content does not match its SHA-256")
        snap_report = report_from_json(snapshot)
        _check_attachments(snap_report, files)
        revisions.append((info, snapshot))
    if [r.number for r, _ in revisions] != list(range(1, len(revisions) + 1)):
        raise _malformed("revisions must be numbered 1, 2, 3… in order")

    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
        existing = store.find_by_uid(s, report.uid)
        if existing is not None:
            raise BadInput("import.duplicate", uid=report.uid, id=existing)
        needed = {a.sha256 for act in report.activities for a in act.attachments}
        for _, snapshot in revisions:
            needed |= {
                a.sha256 for act in report_from_json(snapshot).activities for a in act.attachments
            }
        for sha in sorted(needed):
            store.store_blob(s, sha, files[sha])
        # The workflow runs in each database: whatever status the file carries, the report
        # arrives here as a draft (the file's status is kept in the trail).
        report_id = store.insert(s, replace(report, id=0, status="draft"))
        for info, snapshot in revisions:
            store.insert_revision(s, report_id, info, snapshot)
        audit.append(
            s,
            utc_now(),
            actor.name,
            "report.import",
            report.uid,
            format="json",
            status_in_file=report.status,
            revision_hashes=[info.content_sha256 for info, _ in revisions],
            attachments=len(needed),
        )
    return report_id


def import_json(ws: Workspace, actor: Actor, path: Path) -> int:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise _malformed(f"the file is {size // 10**6} MB, more than a report can be")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _malformed("the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _malformed(
            f"not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise _malformed("the JSON is nested too deeply") from None
    return import_document(ws, actor, doc)
