"""Review bundles: a draft travels to a reviewer's laptop, and comments travel back.

A bundle (`.csbmx`) is a zip file:

- ``manifest.json``: format, kind (``review`` or ``comments``), the report's uid, state and year,
  the revision it comes from, who made it and when, and every other entry with its SHA-256;
- ``manifest.json.p7s``: a detached CMS signature over the manifest, when the exporter signed it
  (the manifest's hashes then cover everything);
- ``report.json`` (review bundles): the report with its revisions, as `export-json` writes it,
  and ``attachments/<sha256>``: the attachment files;
- ``comments.json``: the report's comments, with the revision each was made on;
- ``revisions.json`` (comments bundles): the numbers and hashes of the revisions the reviewer had.

Encrypted to its recipients (`encrypt_to`), the whole zip file, signature and all (sign, then
encrypt), is wrapped as CMS AuthEnvelopedData (see `export.envelope`) and keeps the `.csbmx`
name: import recognises the envelope by its content (a DER ContentInfo, where a zip starts with
"PK"), asks for the recipient's key, and decrypts into a private temporary folder that is
removed when the import ends. A restricted report (any marking but "public") leaves
unencrypted only with a reason, which the audit trail records.

Importing checks everything before it writes anything, in one transaction, and merges by uid:
importing the same bundle twice changes nothing the second time. Comment states only move
forward when merged (a decided suggestion over a pending one), so the two laptops converge
whatever order bundles arrive in.

What a bundle may do is what the workflow allows: new revisions arrive only as editing would (a
drafter, a draft or changes-requested report) and each must fit its form; comments keep where
they came from (`comment.provenance`), and a resolution a bundle claims waits for a reviewer here
(`comment.pending_resolved_by`), so the thread keeps blocking approval until then. Memory stays
within a few times the entries' declared sizes: JSON denser than this format is refused before
parsing, and attachments are read only when the report uses them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from csbm_desktop import __version__, strict_json
from csbm_desktop.domain.diff import Change, diff_reports
from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.review import (
    SIGNED_PREFIX,
    UNSIGNED,
    CommentInfo,
    check_anchor,
    concerns,
)
from csbm_desktop.domain.workflow import DRAFTER, Actor, check_role
from csbm_desktop.files import write_atomically
from csbm_desktop.reading import open_regular
from csbm_desktop.services.accounts import current_actor, requires_signed_bundles
from csbm_desktop.services.documents import (
    CheckedDocument,
    canonical_json,
    check_document,
    document_parts,
    insert_document,
    report_from_json,
    store_files,
)
from csbm_desktop.services.drafting import DraftingService, save_snapshot
from csbm_desktop.services.integrity import trail_head
from csbm_desktop.services.review import CLOSED, COMMENTERS, ReviewService
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store
from csbm_desktop.storage.models import CommentRow, UserRow

if TYPE_CHECKING:
    from pydantic import TypeAdapter
    from sqlalchemy.orm import Session

    from csbm_desktop.domain.report import Report
    from csbm_desktop.export.envelope import RecipientKey

BUNDLE_FORMAT = "csbm-bundle"
BUNDLE_VERSION = 1
SUFFIX = ".csbmx"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"
MAX_UID = 36  # a UUID as text
REPORT = "report.json"
COMMENTS = "comments.json"
REVISIONS = "revisions.json"
ATTACHMENTS = "attachments/"
KINDS = ("review", "comments")
MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_COMMENTS = 100_000
MAX_MANIFEST_BYTES = 1024**2
# The envelope adds its recipient list (capped at 1 MiB) and a few hundred bytes to the zip.
MAX_ENVELOPE_BYTES = MAX_BUNDLE_BYTES + 2 * 1024**2
PUBLIC_MARKING = "public"
JSON_ENTRIES = frozenset({REPORT, COMMENTS, REVISIONS})


@dataclass(frozen=True)
class BundleSignature:
    signer: str
    fingerprint_sha256: str
    trusted: bool  # chains to one of the CA certificates given (False when none were)


@dataclass(frozen=True)
class BundleExport:
    path: Path
    kind: str
    revision: int
    comments: int
    sha256: str
    signed_by: str | None
    encrypted_to: tuple[str, ...] = ()  # the recipients' certificate names; () when plain


@dataclass(frozen=True)
class Sending:
    """How a bundle leaves: encrypted to these certificates (PEM or DER files), or in the clear
    for a reason (needed for a restricted report, recorded in the audit trail)."""

    encrypt_to: tuple[Path, ...] = ()
    unencrypted_reason: str = ""


def is_restricted(report: Report) -> bool:
    """Anything not marked public is restricted, as the PDF cover says (no marking included)."""
    return report.header.get("marking") != PUBLIC_MARKING


@dataclass(frozen=True)
class StaleComment:
    """A comment made on an older revision, and what changed in its field since."""

    uid: str
    anchor: str
    revision: int
    changes: list[Change]


@dataclass(frozen=True)
class BundleImport:
    report_id: int
    kind: str
    report_created: bool
    new_revisions: int
    new_comments: int
    updated_comments: int
    stale: list[StaleComment] = field(default_factory=list)
    signature: BundleSignature | None = None
    # Resolutions the bundle claims, now waiting for a reviewer here; authors it names who
    # have no account here.
    pending_resolutions: int = 0
    unknown_authors: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(
            self.report_created or self.new_revisions or self.new_comments or self.updated_comments
        )


@dataclass(frozen=True)
class Bundle:
    """A bundle read back and checked: its JSON entries match the manifest, the signature (if
    any) is valid. Attachments are listed (`hashes`: name → SHA-256 the manifest gives) and read
    only when the report needs them, each checked against its hash then."""

    path: Path
    manifest: dict[str, Any]
    entries: dict[str, bytes]
    signature: BundleSignature | None
    sha256: str
    hashes: dict[str, str] = field(default_factory=dict)
    # Whose key opened it, when it came encrypted ("name: issuer, serial"); None when plain.
    decrypted_with: str | None = None

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def report_uid(self) -> str:
        return str(self.manifest["report"])

    def attachments(self) -> BundleFiles:
        return BundleFiles(self)


class BundleFiles(Mapping[str, bytes]):
    """The bundle's attachment files by SHA-256, read from the zip on first use (and kept): a
    file the report does not use is never read, so it costs no memory."""

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.names = {
            name.removeprefix(ATTACHMENTS): name
            for name in bundle.hashes
            if name.startswith(ATTACHMENTS)
        }
        self.read: dict[str, bytes] = {}

    def __getitem__(self, sha: str) -> bytes:
        if sha not in self.read:
            name = self.names[sha]  # KeyError: not in the bundle
            self.read[sha] = _read_entry(self.bundle.path, name, self.bundle.hashes[name])
        return self.read[sha]

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


def _read_entry(path: Path, name: str, sha256: str) -> bytes:
    from csbm_desktop.export.archive import SafeZip

    with SafeZip(path) as z:
        if name not in z.names:
            raise _tampered(path, f"{name[:100]} is missing")
        data = z.read(name)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise _tampered(path, f"{name[:100]} does not match the manifest")
    return data


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True).encode()


@cache
def _comments_adapter() -> TypeAdapter[list[CommentInfo]]:
    from pydantic import TypeAdapter

    return TypeAdapter(list[CommentInfo])


def _comment_dicts(comments: Sequence[CommentInfo]) -> list[dict[str, Any]]:
    data = _comments_adapter().dump_python(list(comments), mode="json")
    assert isinstance(data, list)
    return data


# --- export ---


def _write_bundle(
    out: Path,
    manifest: dict[str, Any],
    entries: dict[str, bytes],
    signer: Any,
    recipients: Sequence[Any] = (),
) -> tuple[str, str | None]:
    """Write the zip (sealed to `recipients` when there are some) beside `out` and rename it
    into place; (SHA-256 of the file, signer)."""
    from csbm_desktop.export import signing

    manifest = {
        **manifest,
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(entries.items())
        ],
        "signed": signer is not None,
    }
    data = _dumps(manifest)
    signed_by = signing.signer_name(signer) if signer is not None else None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, data)
        if signer is not None:
            zf.writestr(SIGNATURE, signing.sign_detached(data, signer))
        for name, content in sorted(entries.items()):
            zf.writestr(name, content)
    content = buffer.getvalue()
    if recipients:
        from csbm_desktop.export import envelope

        content = envelope.seal(content, recipients)
    try:
        write_atomically(out, content)
    except OSError as exc:
        raise BadInput("file.unwritable", path=out, reason=exc.strerror or exc) from exc
    return hashlib.sha256(content).hexdigest(), signed_by


def _manifest(
    kind: str, report: Report, revision: int, actor: Actor, trail: tuple[int, str]
) -> dict[str, Any]:
    return {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "kind": kind,
        "report": report.uid,
        "state": report.state,
        "year": report.year,
        "revision": revision,
        "created": utc_now().isoformat(),
        "created_by": actor.name,
        "app_version": __version__,
        # The sender's audit trail as it stood (last event, its hash): every copy that left the
        # laptop anchors the trail, so a later rewrite of it shows against this.
        "audit_trail": {"events": trail[0], "head": trail[1]},
    }


def _recipients(report: Report, sending: Sending) -> list[Any]:
    """The recipients' certificates; refused when a restricted report would leave in the clear
    with no reason given. Checked before anything is saved or written."""
    if not sending.encrypt_to:
        if is_restricted(report) and not sending.unencrypted_reason.strip():
            raise Refused("bundle.restricted_unencrypted")
        return []
    from csbm_desktop.export import envelope

    return envelope.load_certificates(sending.encrypt_to)


def _names(recipients: Sequence[Any]) -> tuple[str, ...]:
    from csbm_desktop.export import envelope

    return tuple(envelope.certificate_name(c) for c in recipients)


def _record_export(
    ws: Workspace, actor: Actor, uid: str, result: BundleExport, sending: Sending
) -> None:
    # Why a bundle left in the clear is only asked for (and recorded) when it did.
    reason = sending.unencrypted_reason.strip() if not result.encrypted_to else ""
    with ws.db.session() as s:
        audit.append(
            s,
            utc_now(),
            actor.name,
            "bundle.export",
            uid,
            kind=result.kind,
            file=result.path.name,
            sha256=result.sha256,
            revision=result.revision,
            comments=result.comments,
            signed_by=result.signed_by,
            encrypted_to=list(result.encrypted_to),
            unencrypted_reason=reason or None,
        )


def export_review_bundle(
    ws: Workspace,
    actor: Actor,
    report_id: int,
    out: Path,
    signer: Any = None,
    *,
    sending: Sending | None = None,
) -> BundleExport:
    """The report for a reviewer on another laptop. The working copy is saved as a revision
    first when it differs from the last one, so every comment can name what it was made on."""
    sending = sending or Sending()
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "export a review bundle")
        report = store.load(s, report_id)
        recipients = _recipients(report, sending)
        revisions = store.revisions(s, report_id)
        sha = hashlib.sha256(canonical_json(report).encode()).hexdigest()
        if not revisions or revisions[-1].content_sha256 != sha:
            revision = save_snapshot(s, report_id, actor.name, f"Review bundle {out.name}").number
        else:
            revision = revisions[-1].number
    document, files = document_parts(ws, actor, report_id)
    comments = ReviewService(ws, actor).comments(report_id)
    entries = {
        REPORT: _dumps(document),
        COMMENTS: _dumps(_comment_dicts(comments)),
        **{ATTACHMENTS + sha: content for sha, content in files.items()},
    }
    digest, signed_by = _write_bundle(
        out,
        _manifest("review", report, revision, actor, trail_head(ws)),
        entries,
        signer,
        recipients,
    )
    result = BundleExport(
        out, "review", revision, len(comments), digest, signed_by, _names(recipients)
    )
    _record_export(ws, actor, report.uid, result, sending)
    return result


def export_comments_bundle(
    ws: Workspace,
    actor: Actor,
    report_id: int,
    out: Path,
    signer: Any = None,
    *,
    sending: Sending | None = None,
) -> BundleExport:
    """The report's comments and suggestions, to go back to the drafter."""
    sending = sending or Sending()
    with ws.db.session() as s:
        me = current_actor(s, actor.name)
        if not COMMENTERS & me.roles:
            raise Refused(
                "role.missing",
                user=me.name,
                action="export comments",
                roles=", ".join(sorted(COMMENTERS)),
            )
        report = store.load(s, report_id)
        recipients = _recipients(report, sending)
        revisions = [
            {"number": r.number, "sha256": r.content_sha256} for r in store.revisions(s, report_id)
        ]
    comments = ReviewService(ws, actor).comments(report_id)
    entries = {COMMENTS: _dumps(_comment_dicts(comments)), REVISIONS: _dumps(revisions)}
    digest, signed_by = _write_bundle(
        out,
        _manifest("comments", report, report.revision, actor, trail_head(ws)),
        entries,
        signer,
        recipients,
    )
    result = BundleExport(
        out, "comments", report.revision, len(comments), digest, signed_by, _names(recipients)
    )
    _record_export(ws, actor, report.uid, result, sending)
    return result


# --- reading ---


def _tampered(path: Path, detail: str) -> BadInput:
    return BadInput("bundle.tampered", file=path.name, detail=detail)


# Parsed JSON costs far more than its text: "[]," is 3 bytes and a 56-byte list, so 60 MB of
# "[],{}," took 1.6 GB. A document this application writes (indented, named fields) has a JSON
# value for every 10 to 50 bytes; one with a value in fewer than 6 bytes was not written here, and
# is refused before it is parsed. Parsing is then bounded to a few times the entry's size.
_MIN_BYTES_PER_VALUE = 6


def _json(data: bytes, name: str, path: Path) -> Any:
    values = sum(data.count(c) for c in (b"[", b"{", b",", b":"))
    if values > 1000 and values * _MIN_BYTES_PER_VALUE > len(data):
        raise BadInput(
            "bundle.not_bundle", file=path.name, detail=f"{name} is not a document of this format"
        )
    try:
        return strict_json.loads(data)
    except strict_json.JsonRefused as exc:
        raise BadInput("bundle.not_bundle", file=path.name, detail=f"{name}: {exc}") from None


def _check_manifest(manifest: object, path: Path) -> dict[str, Any]:
    def bad(detail: str) -> BadInput:
        return BadInput("bundle.not_bundle", file=path.name, detail=detail)

    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise bad("no CSBM bundle manifest")
    if manifest.get("format_version") != BUNDLE_VERSION:
        raise bad(f"unsupported format_version {manifest.get('format_version')!r}")
    if manifest.get("kind") not in KINDS:
        raise bad(f"unknown kind {manifest.get('kind')!r}")
    if not isinstance(manifest.get("report"), str) or not isinstance(manifest.get("files"), list):
        raise bad("the manifest lacks the report or the file list")
    if not isinstance(manifest.get("revision"), int):
        raise bad("the manifest lacks the revision")
    return manifest


def read_bundle(path: Path, trust: Sequence[Path] = (), *, require_signed: bool = False) -> Bundle:
    """Open a bundle and check it; BadInput saying what is wrong otherwise.

    A signature that does not verify is refused; so is one that does not chain to the CA
    certificates in `trust`, when some are given. Trusting someone means wanting their
    signature: with `trust` (or `require_signed`, the installation's setting) an unsigned
    bundle is refused; without either it is read, and says so.

    Every entry must be in the manifest with the size the zip declares; the JSON entries are
    read and checked against their hashes here, attachments only when used (`attachments()`)."""
    from csbm_desktop.export import signing
    from csbm_desktop.export.archive import SafeZip

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from None
    if size > MAX_BUNDLE_BYTES:
        raise BadInput("bundle.not_bundle", file=path.name, detail="the file is too large")
    with SafeZip(path) as z:
        names = set(z.names)
        if MANIFEST not in names:
            raise BadInput("bundle.not_bundle", file=path.name, detail="no manifest.json")
        if z.size(MANIFEST) > MAX_MANIFEST_BYTES:
            raise BadInput("bundle.not_bundle", file=path.name, detail="manifest.json is too large")
        raw_manifest = z.read(MANIFEST)
        manifest = _check_manifest(_json(raw_manifest, MANIFEST, path), path)
        signature = None
        if SIGNATURE in names:
            info = signing.verify_detached(raw_manifest, z.read(SIGNATURE), list(trust))
            if not (info.intact and info.valid):
                raise BadInput(
                    "bundle.bad_signature",
                    file=path.name,
                    detail="; ".join(info.problems) or "invalid",
                )
            if trust and not info.trusted:
                raise BadInput("bundle.untrusted", file=path.name, signer=info.signer)
            signature = BundleSignature(info.signer, info.fingerprint_sha256, info.trusted)
        elif manifest.get("signed") is True:
            raise _tampered(path, "the signature was removed")
        elif trust or require_signed:
            raise BadInput("bundle.unsigned", file=path.name)
        hashes: dict[str, str] = {}
        for item in manifest["files"]:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise _tampered(path, "a file entry of the manifest is malformed")
            name = item["name"]
            if name in hashes or name in (MANIFEST, SIGNATURE):
                raise _tampered(path, f"{name[:100]} is listed twice")
            if name not in names:
                raise _tampered(path, f"{name[:100]} is missing")
            if item.get("size") != z.size(name) or not isinstance(item.get("sha256"), str):
                raise _tampered(path, f"{name[:100]} does not match the manifest")
            if name not in JSON_ENTRIES and not name.startswith(ATTACHMENTS):
                raise _tampered(path, f"{name[:100]} is not part of a bundle")
            hashes[name] = item["sha256"]
        extra = names - set(hashes) - {MANIFEST, SIGNATURE}
        if extra:
            raise _tampered(path, f"{sorted(extra)[0][:100]} is not in the manifest")
        entries: dict[str, bytes] = {}
        for name in JSON_ENTRIES & set(hashes):
            data = z.read(name)
            if hashlib.sha256(data).hexdigest() != hashes[name]:
                raise _tampered(path, f"{name[:100]} does not match the manifest")
            entries[name] = data
    with open_regular(path) as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return Bundle(path, manifest, entries, signature, digest, hashes)


def _comments(bundle: Bundle) -> list[CommentInfo]:
    from pydantic import ValidationError

    raw = _json(bundle.entries.get(COMMENTS, b"[]"), COMMENTS, bundle.path)
    if not isinstance(raw, list) or len(raw) > MAX_COMMENTS:
        raise BadInput("bundle.not_bundle", file=bundle.path.name, detail="comments.json")
    try:
        comments = _comments_adapter().validate_python(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise BadInput(
            "bundle.not_bundle", file=bundle.path.name, detail=f"comments[{where}]: {err['msg']}"
        ) from None
    uids = [c.uid for c in comments]
    if any(len(uid) > MAX_UID for c in comments for uid in (c.uid, c.parent_uid or "")):
        raise BadInput("bundle.not_bundle", file=bundle.path.name, detail="a comment uid too long")
    if len(set(uids)) != len(uids):
        raise BadInput("bundle.not_bundle", file=bundle.path.name, detail="a comment twice")
    return comments


# --- import ---


def is_encrypted(path: Path) -> bool:
    """Whether the file is a bundle encrypted to its recipients (it then needs a key)."""
    from csbm_desktop.export import envelope

    return envelope.is_envelope(path)


@contextlib.contextmanager
def _plain_bundle(path: Path, key: RecipientKey | None) -> Iterator[tuple[Path, str | None]]:
    """The bundle itself: `path`, or its decrypted content in a private temporary folder
    (0700, removed on leaving) under the same name, so messages and the audit trail name the
    file the user chose."""
    from csbm_desktop.export import envelope

    if not envelope.is_envelope(path):
        yield path, None
        return
    if key is None:
        raise BadInput("bundle.encrypted", file=path.name)
    with tempfile.TemporaryDirectory(prefix="csbm-bundle-") as folder:
        plain = Path(folder) / path.name
        with plain.open("xb") as out:
            envelope.open_envelope(path, key, out, MAX_ENVELOPE_BYTES)
        yield plain, envelope.key_name(key)


def import_bundle(
    ws: Workspace,
    actor: Actor,
    path: Path,
    trust: Sequence[Path] = (),
    key: RecipientKey | None = None,
) -> BundleImport:
    """Bring a review bundle (on the reviewer's laptop) or a comments bundle (on the
    drafter's) into this database. Refused, with nothing written, when the bundle is damaged
    or tampered with, badly signed, for a report this database does not have (comments), or
    from a history that parted from this one. An encrypted bundle needs `key`, one of its
    recipients' (`export.envelope.recipient_key_from_p12`)."""
    with ws.db.session() as s:
        _check_may_import(current_actor(s, actor.name))
        require_signed = requires_signed_bundles(s)
    with _plain_bundle(path, key) as (plain, decrypted_with):
        bundle = read_bundle(plain, trust, require_signed=require_signed)
        bundle = dataclasses.replace(bundle, decrypted_with=decrypted_with)
        comments = _comments(bundle)
        if bundle.kind == "review":
            return _import_review(ws, actor, bundle, comments)
        return _import_comments(ws, actor, bundle, comments)


def _check_may_import(me: Actor) -> None:
    if not COMMENTERS & me.roles:
        raise Refused(
            "role.missing",
            user=me.name,
            action="import a bundle",
            roles=", ".join(sorted(COMMENTERS)),
        )


def _check_history(
    bundle: Bundle, local: Sequence[tuple[int, str]], theirs: Sequence[tuple[int, str]]
) -> None:
    """Both sides must share their revisions up to the shorter history."""
    for (n1, h1), (n2, h2) in zip(local, theirs, strict=False):
        if n1 != n2 or h1 != h2:
            raise BadInput("bundle.diverged", file=bundle.path.name, revision=n2)


def _import_review(
    ws: Workspace, actor: Actor, bundle: Bundle, comments: list[CommentInfo]
) -> BundleImport:
    document = _json(bundle.entries.get(REPORT, b""), REPORT, bundle.path)
    checked = check_document(ws, document, bundle.attachments())
    if checked.report.uid != bundle.report_uid:
        raise _tampered(bundle.path, "the report is not the one the manifest names")
    theirs = [(info.number, info.content_sha256) for info, _ in checked.revisions]
    with ws.db.session() as s:
        me = current_actor(s, actor.name)
        _check_may_import(me)
        report_id = store.find_by_uid(s, checked.report.uid)
        if report_id is None:
            report_id = insert_document(
                s,
                me,
                checked,
                "bundle.import",
                kind="review",
                file=bundle.path.name,
                sha256=bundle.sha256,
                signed_by=_signer(bundle),
                decrypted_with=bundle.decrypted_with,
            )
            snapshots = _snapshots(checked)
            merged = _merge_comments(s, ws, report_id, comments, snapshots=snapshots, bundle=bundle)
            return BundleImport(
                report_id,
                "review",
                True,
                len(checked.revisions),
                merged.new,
                merged.updated,
                signature=bundle.signature,
                pending_resolutions=merged.pending,
                unknown_authors=merged.unknown_authors,
            )
        local = [(r.number, r.content_sha256) for r in store.revisions(s, report_id)]
        _check_history(bundle, local, theirs)
        added = checked.revisions[len(local) :]
        if added:
            # New content obeys the rules of editing: a drafter, into a draft (or a report
            # sent back for changes); never into one in review, approved, final or sent.
            DraftingService(ws, actor).check_editable(s, report_id)
            store_files(s, checked, revisions=len(local))
            for info, snapshot in added:
                store.insert_revision(s, report_id, info, snapshot)
            store.replace_content(s, report_id, checked.report)
            store.touch(s, report_id, utc_now(), me.name)
            # A content change like an edit: its importer counts as an editor of the report
            # (separation of duties), not only the bundle.import event below.
            audit.append(
                s,
                utc_now(),
                me.name,
                "revision.import",
                checked.report.uid,
                numbers=[info.number for info, _ in added],
                file=bundle.path.name,
            )
        snapshots = {n: _revision_report(s, report_id, n) for n, _ in local} | _snapshots(checked)
        merged = _merge_comments(s, ws, report_id, comments, snapshots=snapshots, bundle=bundle)
        new, updated = merged.new, merged.updated
        result = BundleImport(
            report_id,
            "review",
            False,
            len(added),
            new,
            updated,
            signature=bundle.signature,
            pending_resolutions=merged.pending,
            unknown_authors=merged.unknown_authors,
        )
        if result.changed:
            audit.append(
                s,
                utc_now(),
                me.name,
                "bundle.import",
                checked.report.uid,
                kind="review",
                file=bundle.path.name,
                sha256=bundle.sha256,
                signed_by=_signer(bundle),
                decrypted_with=bundle.decrypted_with,
                revision_hashes=[h for _, h in theirs] if added else [],
                new_revisions=len(added),
                new_comments=new,
                updated_comments=updated,
                pending_resolutions=merged.pending,
                unknown_authors=list(merged.unknown_authors),
            )
        return result


def _import_comments(
    ws: Workspace, actor: Actor, bundle: Bundle, comments: list[CommentInfo]
) -> BundleImport:
    raw = _json(bundle.entries.get(REVISIONS, b""), REVISIONS, bundle.path)
    try:
        if not isinstance(raw, list):
            raise TypeError(REVISIONS)
        theirs = [(int(r["number"]), str(r["sha256"])) for r in raw]
    except (TypeError, KeyError, ValueError, OverflowError):
        raise BadInput("bundle.not_bundle", file=bundle.path.name, detail=REVISIONS) from None
    with ws.db.session() as s:
        me = current_actor(s, actor.name)
        _check_may_import(me)
        report_id = store.find_by_uid(s, bundle.report_uid)
        if report_id is None:
            raise BadInput(
                "bundle.other_report",
                file=bundle.path.name,
                state=bundle.manifest.get("state", "?"),
                year=bundle.manifest.get("year", "?"),
            )
        local = [(r.number, r.content_sha256) for r in store.revisions(s, report_id)]
        if len(theirs) > len(local):
            raise BadInput("bundle.diverged", file=bundle.path.name, revision=theirs[len(local)][0])
        _check_history(bundle, local, theirs)
        snapshots = {n: _revision_report(s, report_id, n) for n, _ in local}
        new_uids = _new_uids(s, comments)
        merged = _merge_comments(s, ws, report_id, comments, snapshots=snapshots, bundle=bundle)
        new, updated = merged.new, merged.updated
        current = store.load(s, report_id)
        spec = ws.form(current.form_id, current.form_version)
        stale = []
        for c in comments:
            if c.uid not in new_uids or c.revision not in snapshots:
                continue
            changes = [
                ch
                for ch in diff_reports(snapshots[c.revision], current)
                if concerns(c.anchor, ch.path, spec)
            ]
            if c.revision < current.revision or changes:
                stale.append(StaleComment(c.uid, c.anchor, c.revision, changes))
        result = BundleImport(
            report_id,
            "comments",
            False,
            0,
            new,
            updated,
            stale,
            bundle.signature,
            pending_resolutions=merged.pending,
            unknown_authors=merged.unknown_authors,
        )
        if result.changed:
            audit.append(
                s,
                utc_now(),
                me.name,
                "bundle.import",
                bundle.report_uid,
                kind="comments",
                file=bundle.path.name,
                sha256=bundle.sha256,
                signed_by=_signer(bundle),
                decrypted_with=bundle.decrypted_with,
                new_comments=new,
                updated_comments=updated,
                pending_resolutions=merged.pending,
                unknown_authors=list(merged.unknown_authors),
                stale=[x.uid for x in stale],
            )
        return result


def _provenance(bundle: Bundle) -> str:
    """What a comment from this bundle is stored as having come from."""
    return SIGNED_PREFIX + bundle.signature.signer[:250] if bundle.signature else UNSIGNED


def _claimed_resolver(c: CommentInfo) -> str:
    return (c.resolved_by or "?")[:64]


def _signer(bundle: Bundle) -> str | None:
    return bundle.signature.signer if bundle.signature else None


def _snapshots(checked: CheckedDocument) -> dict[int, Report]:
    return {info.number: report_from_json(snapshot) for info, snapshot in checked.revisions}


def _revision_report(s: Session, report_id: int, number: int) -> Report:
    return report_from_json(store.revision_snapshot(s, report_id, number))


def _new_uids(s: Session, comments: Sequence[CommentInfo]) -> set[str]:
    uids = {c.uid for c in comments}
    known = set(s.scalars(select(CommentRow.uid).where(CommentRow.uid.in_(uids))).all())
    return uids - known


@dataclass(frozen=True)
class _Merged:
    new: int
    updated: int
    pending: int
    unknown_authors: tuple[str, ...]


# How far along a comment is: merging only ever moves forward, so it converges. A resolution
# from a bundle only ever becomes a pending one here (see `_merge_comments`).
_STATUS_RANK = {"open": 0, "resolved": 1}
_SUGGESTION_RANK = {None: 0, "pending": 1, "accepted": 2, "rejected": 2}


def _merge_comments(
    s: Session,
    ws: Workspace,
    report_id: int,
    comments: Sequence[CommentInfo],
    *,
    snapshots: dict[int, Report],
    bundle: Bundle,
) -> _Merged:
    """Insert the comments this database lacks and move known ones forward. A new comment
    must name a revision this database has, and a field of that revision."""
    rows = {
        r.uid: r
        for r in s.scalars(select(CommentRow).where(CommentRow.report_id == report_id)).all()
    }
    others = set(
        s.scalars(
            select(CommentRow.uid).where(
                CommentRow.uid.in_({c.uid for c in comments}), CommentRow.report_id != report_id
            )
        ).all()
    )
    if others:
        raise _tampered(bundle.path, "a comment belongs to another report")
    status = store.report_row(s, report_id).status
    current: Report | None = None
    new = updated = pending = 0
    authors: set[str] = set()
    for c in comments:  # in the order they were made: parents before replies
        row = rows.get(c.uid)
        if row is None:
            if c.revision in snapshots:
                against = snapshots[c.revision]
            elif c.revision == 0:
                current = current or store.load(s, report_id)
                against = current
            else:
                raise BadInput("bundle.diverged", file=bundle.path.name, revision=c.revision)
            try:
                check_anchor(c.anchor, against, ws.form(against.form_id, against.form_version))
            except BadInput:
                raise _tampered(bundle.path, f"comment {c.uid} names no field") from None
            parent = rows.get(c.parent_uid) if c.parent_uid else None
            if c.parent_uid and parent is None:
                raise _tampered(bundle.path, f"comment {c.uid} replies to an unknown comment")
            # Author and resolver are the bundle's word: the comment keeps where it came from,
            # and a resolution it claims waits for a reviewer here (the thread stays open, so
            # it still blocks approval).
            row = CommentRow(
                uid=c.uid,
                report_id=report_id,
                parent_id=parent.id if parent else None,
                anchor=c.anchor,
                revision=c.revision,
                author=c.author,
                created_at=c.created_at,
                text=c.text,
                suggestion=json.dumps(c.suggestion, ensure_ascii=False)
                if c.has_suggestion
                else None,
                suggestion_state=c.suggestion_state if c.has_suggestion else None,
                status="open",
                provenance=_provenance(bundle),
                pending_resolved_by=_claimed_resolver(c) if c.status == "resolved" else None,
            )
            s.add(row)
            s.flush()
            rows[c.uid] = row
            new += 1
            pending += row.pending_resolved_by is not None
            authors.add(c.author)
            continue
        changed = False
        if (
            _STATUS_RANK[c.status] > _STATUS_RANK.get(row.status, 0)
            and row.pending_resolved_by is None
        ):
            row.pending_resolved_by = _claimed_resolver(c)
            pending += 1
            changed = True
        if row.suggestion is not None and _SUGGESTION_RANK[
            c.suggestion_state
        ] > _SUGGESTION_RANK.get(row.suggestion_state, 0):
            row.suggestion_state = c.suggestion_state
            changed = True
        updated += changed
    if (new or updated) and status in CLOSED:
        # As for comments typed here: a final or transmitted report takes no more.
        raise Refused("report.not_editable", id=report_id, status=status)
    known = set(s.scalars(select(UserRow.name).where(UserRow.name.in_(authors))).all())
    return _Merged(new, updated, pending, tuple(sorted(authors - known)))
