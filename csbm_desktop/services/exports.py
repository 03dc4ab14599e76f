"""Exporting a report: the PDF, the workbook, signatures, the transmission package; verifying.

Only final reports are exported signed; anything else leaves as a watermarked review copy. Every
export is recorded (who, when, which files with their hashes, who signed) in the database and in
the audit trail.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csbm_desktop import __version__
from csbm_desktop.domain.derive import with_derived
from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.form import LANGUAGES, FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.sensitive import is_public, without_sensitive
from csbm_desktop.domain.workflow import AUTHORISING_OFFICER, CLERK, Actor
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.files import replacing
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.documents import canonical_json
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store
from csbm_desktop.storage.models import ExportRow

SIGNERS_ROLES = frozenset({AUTHORISING_OFFICER, CLERK})
SIGNATURE_FIELDS = ("Preparer", "AuthorisingOfficer")
MANIFEST = "manifest.json"
Progress = Callable[[str, int], None]  # (step, percent)


@dataclass(frozen=True)
class ExportRequest:
    lang: str
    pdf: Path | None = None
    xlsx: Path | None = None
    package: Path | None = None
    # (signer spec, passphrase or PIN) in signing order: preparer, then authorising officer.
    signers: Sequence[tuple[Any, str]] = ()
    # A report marked public leaves sensitive answers out unless the officer includes them.
    include_sensitive: bool = False


@dataclass(frozen=True)
class ExportResult:
    files: list[Path]
    document_id: str
    content_sha256: str
    signed: bool
    signers: list[dict[str, str]] = field(default_factory=list)


def _as_exported(report: Report, spec: FormSpec, lang: str, include_sensitive: bool) -> Report:
    shown = with_derived(report, spec)
    if is_public(report) and not include_sensitive:
        shown = without_sensitive(shown, spec, lang)
    return shown


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ExportService:
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.ws = workspace
        self.actor = actor

    def export(
        self, report_id: int, request: ExportRequest, progress: Progress | None = None
    ) -> ExportResult:
        from csbm_desktop.export import pdf as pdf_export
        from csbm_desktop.export import signing
        from csbm_desktop.export import xlsx as xlsx_export

        step = progress or (lambda _s, _p: None)
        if request.lang not in LANGUAGES:
            raise BadInput("value.invalid", path="lang", reason="en, es, fr or pt")
        if not (request.pdf or request.xlsx or request.package):
            raise BadInput("export.nothing")
        with self.ws.db.session() as s:
            me = current_actor(s, self.actor.name)
            report = store.load(s, report_id)
            revisions = store.revisions(s, report_id)
        spec = self.ws.form(report.form_id, report.form_version)
        final = report.status in ("final", "transmitted")
        if request.signers:
            if not final:
                raise Refused("export.sign_not_final", status=report.status)
            if not SIGNERS_ROLES & me.roles:
                raise Refused(
                    "role.missing",
                    user=me.name,
                    action="sign",
                    roles=", ".join(sorted(SIGNERS_ROLES)),
                )
            if len(request.signers) > len(SIGNATURE_FIELDS):
                raise BadInput("export.too_many_signers", max=len(SIGNATURE_FIELDS))
        meta = _meta(report, revisions, me.name)
        content_sha, revision = meta.content_sha256, meta.revision

        opened = []
        try:
            for spec_, secret in request.signers:  # a wrong PIN fails here, before any writing
                opened.append(signing.open_signer(spec_, secret))
        except signing.SigningError as exc:
            raise BadInput("signing.failed", reason=str(exc)) from exc
        signers_info = [
            {
                "name": signing.signer_name(sg),
                "fingerprint": signing.signer_certificate_fingerprint(sg),
            }
            for sg in opened
        ]

        # What the files show: derived answers computed, sensitive ones withheld from a public
        # copy unless included (the content hash stays that of the stored report).
        shown = _as_exported(report, spec, request.lang, request.include_sensitive)
        with tempfile.TemporaryDirectory(prefix="csbm-export-") as tmp_name:
            tmp = Path(tmp_name)
            base = f"csbm-{report.state}-{report.year}"
            made: dict[str, Path] = {}
            member = spec.state(report.state)
            place = member.name.get(request.lang) if member else report.state
            if request.pdf or request.package:
                step("pdf", 10)
                draft_pdf = tmp / f"{base}.unsigned.pdf"
                # Derived answers are rendered computed (the content hash is of what is stored).
                layout = pdf_export.build_pdf(shown, spec, request.lang, meta, draft_pdf)
                current = draft_pdf
                for i, signer in enumerate(opened):
                    step("sign", 40 + 15 * i)
                    signed = tmp / f"{base}.signed{i}.pdf"
                    name = SIGNATURE_FIELDS[i]
                    signing.sign_pdf(
                        current,
                        signed,
                        signer,
                        field=name,
                        box=(layout.signature_page, layout.boxes[name]),
                        reason=_REASONS[name],
                        location=place,
                        name_for_stamp=signers_info[i]["name"],
                    )
                    current = signed
                made["pdf"] = tmp / f"{base}.pdf"
                shutil.copyfile(current, made["pdf"])
            if request.xlsx or request.package:
                step("xlsx", 70)
                made["xlsx"] = tmp / f"{base}.xlsx"
                xlsx_export.build_workbook(shown, spec, request.lang, meta, made["xlsx"])
                if opened:
                    made["p7s"] = tmp / f"{base}.xlsx.p7s"
                    made["p7s"].write_bytes(
                        signing.sign_detached(made["xlsx"].read_bytes(), opened[-1])
                    )
            if request.package:
                step("package", 85)
                made["package"] = tmp / f"{base}.zip"
                self._package(made, meta, report.uid, signers_info, opened)

            step("save", 95)
            outputs: list[Path] = []
            for kind, target in (
                ("pdf", request.pdf),
                ("xlsx", request.xlsx),
                ("package", request.package),
            ):
                if target is not None:
                    _place(made[kind], target)
                    outputs.append(target)
                    if kind == "xlsx" and "p7s" in made:
                        p7s = target.with_name(target.name + ".p7s")
                        _place(made["p7s"], p7s)
                        outputs.append(p7s)
        files = [
            {"name": p.name, "sha256": sha256_file(p), "size": p.stat().st_size} for p in outputs
        ]
        with self.ws.db.session() as s:
            now = utc_now()
            s.add(
                ExportRow(
                    report_id=report_id,
                    at=now,
                    by=me.name,
                    revision=revision,
                    lang=request.lang,
                    content_sha256=content_sha,
                    files=files,
                    signers=signers_info,
                )
            )
            audit.append(
                s,
                now,
                me.name,
                "report.export",
                report.uid,
                document=meta.document_id,
                files=files,
                signers=signers_info,
                lang=request.lang,
            )
        step("done", 100)
        return ExportResult(outputs, meta.document_id, content_sha, bool(opened), signers_info)

    @staticmethod
    def _package(
        made: dict[str, Path],
        meta: ExportMeta,
        report_uid: str,
        signers: list[dict[str, str]],
        opened: list[Any],
    ) -> None:
        from csbm_desktop.export import signing

        entries = [made[k] for k in ("pdf", "xlsx", "p7s") if k in made]
        manifest = {
            "format": "csbm-transmission",
            "format_version": 1,
            "report": report_uid,
            "document_id": meta.document_id,
            "revision": meta.revision,
            "content_sha256": meta.content_sha256,
            "status": meta.status,
            "created": meta.generated_at.isoformat(),
            "created_by": meta.generated_by,
            "signers": signers,
            "files": [
                {"name": p.name, "sha256": sha256_file(p), "size": p.stat().st_size}
                for p in entries
            ],
        }
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        with zipfile.ZipFile(made["package"], "w", zipfile.ZIP_DEFLATED) as zf:
            for p in entries:
                zf.write(p, p.name)
            zf.writestr(MANIFEST, data)
            if opened:
                zf.writestr(MANIFEST + ".p7s", signing.sign_detached(data, opened[-1]))

    def preview_pdf(self, report_id: int, lang: str, out: Path) -> Path:
        """The PDF as it would be exported, unsigned, for the preview (not recorded)."""
        from csbm_desktop.export import pdf as pdf_export

        with self.ws.db.session() as s:
            me = current_actor(s, self.actor.name)
            report = store.load(s, report_id)
            revisions = store.revisions(s, report_id)
        spec = self.ws.form(report.form_id, report.form_version)
        meta = _meta(report, revisions, me.name)
        pdf_export.build_pdf(_as_exported(report, spec, lang, False), spec, lang, meta, out)
        return out

    # --- records ---

    def exports(self, report_id: int) -> list[dict[str, Any]]:
        from sqlalchemy import select

        with self.ws.db.session() as s:
            current_actor(s, self.actor.name)
            rows = s.scalars(
                select(ExportRow).where(ExportRow.report_id == report_id).order_by(ExportRow.id)
            )
            return [
                {
                    "at": r.at.isoformat(),
                    "by": r.by,
                    "revision": r.revision,
                    "lang": r.lang,
                    "files": r.files,
                    "signers": r.signers,
                }
                for r in rows
            ]


def _meta(report: Any, revisions: Sequence[Any], by: str) -> ExportMeta:
    """The export's identity: the content hash, and the revision it is (0: working copy)."""
    content_sha = hashlib.sha256(canonical_json(report).encode()).hexdigest()
    latest = revisions[-1] if revisions else None
    # Name a revision only when the content is exactly that revision (a final report always is).
    revision = latest.number if latest and latest.content_sha256 == content_sha else 0
    return ExportMeta(
        document_id=f"CSBM-{report.state}-{report.year}-r{revision}-{content_sha[:8]}",
        content_sha256=content_sha,
        revision=revision,
        status=report.status,
        generated_at=utc_now(),
        generated_by=by,
        app_version=__version__,
    )


_REASONS = {"Preparer": "Prepared by", "AuthorisingOfficer": "Authorised for transmission"}


def _place(src: Path, target: Path) -> None:
    """Copy next to the target and rename: never half a file under the final name."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as part:
            shutil.copyfile(src, part)
    except OSError as exc:
        raise BadInput("file.unwritable", path=target, reason=exc.strerror or exc) from exc


# --- verification ---


@dataclass(frozen=True)
class Verdict:
    """What `csbm verify` and the Verify dialog say about a file."""

    path: Path
    kind: str  # pdf, workbook, package
    ok: bool  # valid and trusted, every part
    lines: list[str]  # human-readable findings
    signatures: list[Any] = field(default_factory=list)


def verify_file(path: Path, trust: Sequence[Path]) -> Verdict:
    from csbm_desktop.export import signing

    if not path.exists():
        raise BadInput("file.unreadable", path=path, reason="not found")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        sigs = signing.verify_pdf(path, list(trust))
        return Verdict(
            path,
            "pdf",
            bool(sigs) and all(_good(x) for x in sigs),
            [_describe(x) for x in sigs] or ["no signature"],
            sigs,
        )
    if suffix == ".zip":
        return _verify_package(path, trust)
    p7s = path.with_name(path.name + ".p7s")
    if suffix == ".p7s":
        p7s, path = path, path.with_suffix("")
    if not p7s.exists():
        return Verdict(path, "workbook", False, [f"no detached signature {p7s.name} next to it"])
    info = signing.verify_detached(path.read_bytes(), p7s.read_bytes(), list(trust))
    return Verdict(path, "workbook", _good(info), [_describe(info)], [info])


def _good(info: Any) -> bool:
    return bool(info.intact and info.valid and info.trusted)


def _describe(info: Any) -> str:
    when = info.signing_time.isoformat() if info.signing_time else "no time"
    state = "valid" if info.intact and info.valid else "INVALID"
    trust = "trusted" if info.trusted else "not trusted"
    extra = f" ({'; '.join(info.problems)})" if info.problems else ""
    return f"{info.field}: {info.signer}, {when}: {state}, {trust}{extra}"


def _verify_package(path: Path, trust: Sequence[Path]) -> Verdict:
    from csbm_desktop.export import signing

    lines: list[str] = []
    ok = True
    from csbm_desktop.export.archive import SafeZip

    try:
        zf = SafeZip(path)  # checked before anything is read: it came from outside
    except BadInput as exc:
        return Verdict(path, "package", False, [f"not a readable package: {exc.message('en')}"])
    with zf, tempfile.TemporaryDirectory(prefix="csbm-verify-") as tmp_name:
        names = zf.names
        if MANIFEST not in names:
            return Verdict(path, "package", False, ["no manifest.json"])
        data = zf.read(MANIFEST)
        if MANIFEST + ".p7s" in names:
            info = signing.verify_detached(data, zf.read(MANIFEST + ".p7s"), list(trust))
            lines.append("manifest: " + _describe(info))
            ok &= _good(info)
        else:
            lines.append("manifest: unsigned")
            ok = False
        try:
            manifest = json.loads(data)
            entries = [e for e in manifest.get("files", []) if isinstance(e, dict)]
        except (ValueError, RecursionError, AttributeError):
            return Verdict(path, "package", False, [*lines, "manifest.json is not readable"])
        tmp = Path(tmp_name)
        for entry in entries:
            name = str(entry.get("name"))
            if "/" in name or "\\" in name or name not in names:
                lines.append(f"{name}: missing or unsafe name")
                ok = False
                continue
            content = zf.read(name)
            if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
                lines.append(f"{name}: does not match the manifest")
                ok = False
                continue
            lines.append(f"{name}: matches the manifest")
            if name.endswith(".pdf"):
                target = tmp / "check.pdf"
                target.write_bytes(content)
                for sig in signing.verify_pdf(target, list(trust)):
                    lines.append(f"{name}: " + _describe(sig))
                    ok &= _good(sig)
    return Verdict(path, "package", ok, lines)
