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
from csbm_desktop.domain.messages import render
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.sensitive import is_public, without_sensitive
from csbm_desktop.domain.signature_messages import SIGNATURE_FIELDS
from csbm_desktop.domain.workflow import AUTHORISING_OFFICER, CLERK, Actor
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.files import replacing
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.documents import canonical_json
from csbm_desktop.services.integrity import trail_head
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store
from csbm_desktop.storage.models import ExportRow

SIGNERS_ROLES = frozenset({AUTHORISING_OFFICER, CLERK})
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
    # Why one certificate may sign for several fields (recorded in the audit trail); without
    # it, that is refused.
    same_signer_reason: str = ""
    # Replace files that exist already (else refused: the CLI's --force, the GUI asks first).
    overwrite: bool = True
    # The language of the person exporting, for warnings and refusals (default: `lang`, the
    # document's); the GUI's may differ from the document's.
    ui_lang: str = ""

    @property
    def words(self) -> str:
        return self.ui_lang if self.ui_lang in LANGUAGES else self.lang

    # Long-term validation (PAdES B-LT): CRL files carried in, and the CA certificates the
    # signers chain to; the chain and the CRLs go into the signed PDF.
    crls: Sequence[Path] = ()
    trust: Sequence[Path] = ()
    # The ministry's RFC 3161 time-stamp authority: B-T, and B-LTA together with CRLs.
    tsa_url: str | None = None
    # A report marked public leaves sensitive answers out unless the officer includes them.
    include_sensitive: bool = False


@dataclass(frozen=True)
class ExportResult:
    files: list[Path]
    document_id: str
    content_sha256: str
    signed: bool
    signers: list[dict[str, str]] = field(default_factory=list)
    # A certificate whose name is not the named signatory (worded in `ExportRequest.words`).
    warnings: list[str] = field(default_factory=list)


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
            shown_name = _display_name(s, me.name)
            accounts = _accounts_by_box(s, report.uid)
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
            required = spec.required_signatures
            if len(request.signers) < len(required):
                missing = required[len(request.signers) :]
                raise Refused(
                    "export.signatures_missing",
                    required=_labels(required, request.words),
                    missing=_labels(missing, request.words),
                )
        if not request.overwrite:
            for target in (request.pdf, request.xlsx, request.package):
                if target is not None and target.exists():
                    raise BadInput("export.file_exists", path=target)
        meta = _meta(report, revisions, shown_name)
        # Keys fill the required boxes first, in the form's order, then any other box.
        boxes = _fill_order(spec.required_signatures)
        content_sha, revision = meta.content_sha256, meta.revision

        opened = []
        ltv_context = None
        try:
            if request.signers and request.crls:  # a bad CRL file fails before anything else
                from csbm_desktop.export.ltv import ltv_context as make_ltv_context

                ltv_context = make_ltv_context(list(request.trust), list(request.crls))
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
        try:
            warnings = _check_signers(signers_info, boxes, report.header, accounts, request)
        except Refused:
            for sg in opened:
                signing.close_signer(sg)
            raise

        # What the files show: derived answers computed, sensitive ones withheld from a public
        # copy unless included (the content hash stays that of the stored report).
        shown = _as_exported(report, spec, request.lang, request.include_sensitive)
        with tempfile.TemporaryDirectory(prefix="csbm-export-") as tmp_name:
            tmp = Path(tmp_name)
            base = f"csbm-{report.state}-{report.year}-{request.lang}"
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
                    name = boxes[i]
                    try:
                        signing.sign_pdf(
                            current,
                            signed,
                            signer,
                            field=name,
                            box=(layout.signature_page, layout.boxes[name]),
                            reason=render(f"signature.reason.{name}", {}, request.lang),
                            stamp_text=render("signature.stamp", {}, request.lang),
                            location=place,
                            name_for_stamp=signers_info[i]["name"],
                            timestamp_url=request.tsa_url or None,
                            validation_context=ltv_context,
                            archive_timestamp=i == len(opened) - 1,
                        )
                    except signing.SigningError as exc:
                        raise BadInput("signing.failed", reason=str(exc)) from exc
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
                trail = trail_head(self.ws)
                self._package(
                    made, meta, report.uid, signers_info, opened, lang=request.lang, trail=trail
                )

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
                **(
                    {"same_signer_reason": request.same_signer_reason}
                    if _shared(signers_info)
                    else {}
                ),
            )
        step("done", 100)
        return ExportResult(
            outputs, meta.document_id, content_sha, bool(opened), signers_info, warnings
        )

    @staticmethod
    def _package(
        made: dict[str, Path],
        meta: ExportMeta,
        report_uid: str,
        signers: list[dict[str, str]],
        opened: list[Any],
        *,
        lang: str,
        trail: tuple[int, str],
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
            "lang": lang,
            "created": meta.generated_at.isoformat(),
            "created_by": meta.generated_by,
            "signers": signers,
            # The audit trail as it stood (last event, its hash): anchors it outside the laptop.
            "audit_trail": {"events": trail[0], "head": trail[1]},
            "files": [
                {"name": p.name, "sha256": sha256_file(p), "size": p.stat().st_size}
                for p in entries
            ],
        }
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        when = meta.generated_at.timetuple()[:6]
        with zipfile.ZipFile(made["package"], "w", zipfile.ZIP_DEFLATED) as zf:
            # Every entry the same: the export's time, a regular file readable by all (rw-r--r--),
            # not whatever the temporary files happened to get.
            def add(name: str, content: bytes) -> None:
                info = zipfile.ZipInfo(name, date_time=when)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                zf.writestr(info, content)

            for p in entries:
                add(p.name, p.read_bytes())
            add(MANIFEST, data)
            if opened:
                add(MANIFEST + ".p7s", signing.sign_detached(data, opened[-1]))

    def preview_pdf(self, report_id: int, lang: str, out: Path) -> Path:
        """The PDF as it would be exported, unsigned, for the preview (not recorded)."""
        from csbm_desktop.export import pdf as pdf_export

        with self.ws.db.session() as s:
            me = current_actor(s, self.actor.name)
            report = store.load(s, report_id)
            revisions = store.revisions(s, report_id)
            shown_name = _display_name(s, me.name)
        spec = self.ws.form(report.form_id, report.form_version)
        meta = _meta(report, revisions, shown_name)
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


def _display_name(session: Any, login: str) -> str:
    """The person's name as shown in what leaves the ministry: the display name, else the login."""
    from csbm_desktop.storage import accounts as account_store

    user = account_store.find(session, login)
    return (user.display_name if user is not None else "") or login


def _labels(fields: Sequence[str], lang: str) -> str:
    return ", ".join(render(f"signature.field.{f}", {}, lang) for f in fields)


def _shared(signers: list[dict[str, str]]) -> bool:
    prints = [s["fingerprint"] for s in signers]
    return len(set(prints)) < len(prints)


# The workflow step whose account answers for each box: who submitted it, who finalised it.
_BOX_STEPS = {SIGNATURE_FIELDS[0]: "report.submit", SIGNATURE_FIELDS[1]: "report.finalize"}


def _accounts_by_box(session: Any, report_uid: str) -> dict[str, str]:
    """Box → display name of the account that last took that box's workflow step (accounts
    with no display name are left out: a login is no person's name to compare with)."""
    from sqlalchemy import select

    from csbm_desktop.storage.models import AuditEventRow

    found: dict[str, str] = {}
    for box, action in _BOX_STEPS.items():
        login = session.scalar(
            select(AuditEventRow.actor)
            .where(AuditEventRow.report_uid == report_uid, AuditEventRow.action == action)
            .order_by(AuditEventRow.id.desc())
            .limit(1)
        )
        shown = _display_name(session, login) if login else ""
        if shown and shown != login:
            found[box] = shown
    return found


def _fill_order(required: Sequence[str]) -> list[str]:
    return [*required, *(f for f in SIGNATURE_FIELDS if f not in required)]


def _check_signers(
    signers: list[dict[str, str]],
    boxes: Sequence[str],
    header: dict[str, Any],
    accounts: dict[str, str],
    request: ExportRequest,
) -> list[str]:
    """Refuse one certificate signing for several fields without a reason; warn when a
    certificate's name is not the signatory the report names for its field, or not the person
    whose account took that field's workflow step (submitted, finalised)."""
    from csbm_desktop.services.verification import same_person

    lang = request.words
    if _shared(signers) and not request.same_signer_reason.strip():
        raise Refused(
            "export.same_signer",
            signer=signers[0]["name"],
            labels=_labels(boxes[: len(signers)], lang),
        )
    named = {
        SIGNATURE_FIELDS[0]: header.get("preparer_name"),
        SIGNATURE_FIELDS[1]: header.get("authorising_officer_name"),
    }
    warnings = []
    for field_name, signer in zip(boxes, signers, strict=False):
        label = render(f"signature.field.{field_name}", {}, lang)
        person = named.get(field_name)
        if isinstance(person, str) and person.strip() and not same_person(signer["name"], person):
            warnings.append(
                render(
                    "export.signer_mismatch",
                    {"label": label, "signer": signer["name"], "named": person.strip()},
                    lang,
                )
            )
        account = accounts.get(field_name)
        if account and not same_person(signer["name"], account):
            warnings.append(
                render(
                    "export.signer_not_account",
                    {"label": label, "signer": signer["name"], "account": account},
                    lang,
                )
            )
    return warnings


def _place(src: Path, target: Path) -> None:
    """Copy next to the target and rename: never half a file under the final name."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as part:
            shutil.copyfile(src, part)
    except OSError as exc:
        raise BadInput("file.unwritable", path=target, reason=exc.strerror or exc) from exc


# --- verification: services/verification.py (kept importable from here) ---

from csbm_desktop.services.verification import Verdict, verify_file  # noqa: E402

__all__ = ["ExportRequest", "ExportResult", "ExportService", "Verdict", "verify_file"]
