"""Verifying what left a ministry (or arrived from one): a signed PDF, a workbook with its .p7s,
a transmission package. Used by `csbm verify` and the Verify dialog; needs no database.

Strict: a file passes only if every signature is intact, valid and trusted, every signature the
document requires is there (the policy is read from the part the first signature covers; the
form's default when the document states none), and a package holds nothing beside its signed
manifest. Findings are worded in the user's language. Whatever the file holds, the answer is a
verdict, never a crash: damaged input is "not verified", with the reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.messages import render
from csbm_desktop.domain.signature_messages import (
    DEFAULT_REQUIRED_SIGNATURES,
    PROBLEM_CODES,
)

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Verdict:
    """What `csbm verify` and the Verify dialog say about a file."""

    path: Path
    kind: str  # pdf, workbook, package
    ok: bool  # valid and trusted, every part, nothing missing, nothing extra
    lines: list[str]  # findings, in the language asked for
    signatures: list[Any] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # required signature fields not signed
    extra: list[str] = field(default_factory=list)  # package entries the manifest does not list

    def summary(self, lang: str) -> str:
        return render("verify.ok" if self.ok else "verify.not_verified", {}, lang)


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs damaged input with tracebacks (on stderr, through logging's last resort);
    what is wrong is in the verdict, so its loggers are silenced while we verify."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    saved = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, saved, strict=True):
            lg.setLevel(level)


def verify_file(
    path: Path, trust: Sequence[Path], lang: str = "en", crls: Sequence[Path] = ()
) -> Verdict:
    """Check `path` (.pdf, .zip package, or a workbook / its .p7s) against the CA certificates
    `trust` and the revocation lists `crls` (a revoked signer fails). Raises `BadInput` only
    when the file does not exist or a CA or CRL file is unusable."""
    if not path.is_file():
        raise BadInput("file.unreadable", path=path, reason="not found")
    with _quiet_pyhanko():
        _check_trust(trust)
        _check_crls(crls)
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from exc
            return _verify_pdf(path, path.name, data, trust, lang, crls=crls)
        if suffix == ".zip":
            return _verify_package(path, trust, lang, crls)
        return _verify_workbook(path, trust, lang, crls)


def _check_trust(trust: Sequence[Path]) -> None:
    from csbm_desktop.export import signing

    for ca in trust:
        try:
            signing._validation_context([ca])
        except signing.SigningError as exc:
            reason = "not found" if not ca.exists() else _short(exc.message)
            raise BadInput("file.unreadable", path=ca, reason=reason) from exc


def _check_crls(crls: Sequence[Path]) -> None:
    """A file given as a CRL that is none is the caller's mistake, said at once."""
    from csbm_desktop.export import signing
    from csbm_desktop.export.ltv import load_crls

    try:
        load_crls(list(crls))
    except signing.SigningError as exc:
        raise BadInput("value.invalid", path="--crl", reason=exc.message.rstrip(".")) from exc


# --- one PDF ---


def _verify_pdf(
    path: Path,
    name: str,
    data: bytes,
    trust: Sequence[Path],
    lang: str,
    *,
    crls: Sequence[Path] = (),
) -> Verdict:
    from csbm_desktop.export import signing
    from csbm_desktop.export.pdf_statements import read_statements

    with tempfile.TemporaryDirectory(prefix="csbm-verify-") as tmp_name:
        target = Path(tmp_name) / "check.pdf"
        target.write_bytes(data)
        try:
            sigs = signing.verify_pdf(target, list(trust), crls)
            policy = read_statements(target)
        except signing.SigningError as exc:  # the cause says what is wrong, in pyHanko's words
            cause = exc.__cause__
            return _unreadable(path, name, _short(str(cause) if cause else exc.message), lang)
        except Exception as exc:  # pyHanko fails in many ways on damaged files
            return _unreadable(path, name, _short(f"{type(exc).__name__}: {exc}"), lang)
    lines: list[str] = []
    ok = bool(sigs)
    for sig in sigs:
        lines.append(describe(sig, field_label(sig.field, lang), lang))
        ok &= good(sig)
    if not sigs:
        lines.append(render("verify.no_signature", {}, lang))
    required = policy.required or DEFAULT_REQUIRED_SIGNATURES
    signed = {s.field for s in sigs if good(s)}
    present = {s.field for s in sigs}
    missing = [f for f in required if f not in present]
    for f in missing:
        lines.append(render("verify.missing_signature", {"label": field_label(f, lang)}, lang))
    ok &= not missing and all(f in signed for f in required)
    lines += signer_warnings(sigs, policy.signatories, lang)
    return Verdict(path, "pdf", ok, lines, list(sigs), missing)


def _unreadable(path: Path, name: str, reason: str, lang: str) -> Verdict:
    line = render("verify.pdf_unreadable", {"file": name, "reason": reason}, lang)
    return Verdict(path, "pdf", False, [line])


def _short(text: str) -> str:
    first = (text.strip().splitlines() or [""])[0]
    return first[:200]


def signer_warnings(sigs: Sequence[Any], named: dict[str, str], lang: str) -> list[str]:
    """Warnings (not failures): a certificate whose name is not the signatory the document
    names for that field, and one certificate signing for several fields."""
    lines = []
    for sig in sigs:
        person = named.get(sig.field, "")
        if person and sig.signer and not same_person(sig.signer, person):
            lines.append(
                render(
                    "verify.signer_mismatch",
                    {
                        "label": field_label(sig.field, lang),
                        "signer": sig.signer,
                        "named": person,
                    },
                    lang,
                )
            )
    by_cert: dict[str, list[str]] = {}
    for sig in sigs:
        if sig.fingerprint_sha256:
            by_cert.setdefault(sig.fingerprint_sha256, []).append(sig.field)
    for fingerprint, fields in by_cert.items():
        if len(fields) > 1:
            who = next(s.signer for s in sigs if s.fingerprint_sha256 == fingerprint)
            labels = " + ".join(field_label(f, lang) for f in fields)
            lines.append(render("verify.same_signer", {"signer": who, "labels": labels}, lang))
    return lines


def _words(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch if ch.isalnum() else " " for ch in plain if not unicodedata.combining(ch))
    return {w for w in plain.split() if len(w) > 1}


def same_person(certificate_name: str, named: str) -> bool:
    """Loosely the same person: every word of the shorter name is in the longer one, ignoring
    case, accents and punctuation ("María Pérez — Preparer" is "Maria PEREZ")."""
    a, b = _words(certificate_name), _words(named)
    if not a or not b:
        return False
    return a <= b or b <= a


# --- wording ---


def field_label(field_name: str, lang: str) -> str:
    if not field_name:
        return render("signature.field.unnamed", {}, lang)
    code = f"signature.field.{field_name}"
    text = render(code, {}, lang)
    return field_name if text == code else text


def problem_text(problem: str, lang: str) -> str:
    for english, code in PROBLEM_CODES.items():
        if problem == english:
            return render(code, {}, lang)
        if problem.startswith(english + " ("):  # "... (detail)": keep the detail
            return render(code, {}, lang) + problem[len(english) :]
    return problem


def good(info: Any) -> bool:
    return bool(info.intact and info.valid and info.trusted)


def describe(info: Any, label: str, lang: str) -> str:
    """One signature in one line: who, when, and precisely how it stands."""
    when = (
        info.signing_time.isoformat() if info.signing_time else render("verify.no_time", {}, lang)
    )
    reasons = "; ".join(problem_text(p, lang) for p in info.problems)
    if info.intact and info.valid and info.trusted:
        state = render("verify.valid_trusted", {}, lang)
    elif info.intact and info.valid:
        state = render("verify.valid_untrusted", {"reasons": reasons}, lang)
    else:
        state = render("verify.invalid", {"reasons": reasons}, lang)
    signer = info.signer or "?"
    return render(
        "verify.signature", {"label": label, "signer": signer, "when": when, "state": state}, lang
    )


# --- a workbook and its detached signature ---


def _verify_workbook(
    path: Path, trust: Sequence[Path], lang: str, crls: Sequence[Path] = ()
) -> Verdict:
    from csbm_desktop.export import signing

    p7s = path.with_name(path.name + ".p7s")
    if path.suffix.lower() == ".p7s":
        p7s, path = path, path.with_suffix("")
    if not (p7s.is_file() and path.is_file()):
        line = render("verify.no_p7s", {"file": p7s.name}, lang)
        return Verdict(path, "workbook", False, [line])
    try:
        info = signing.verify_detached(path.read_bytes(), p7s.read_bytes(), list(trust), crls)
    except OSError as exc:
        raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from exc
    return Verdict(path, "workbook", good(info), [describe(info, path.name, lang)], [info])


# --- a transmission package ---


def _verify_package(
    path: Path, trust: Sequence[Path], lang: str, crls: Sequence[Path] = ()
) -> Verdict:
    from csbm_desktop.export import signing
    from csbm_desktop.export.archive import SafeZip

    def say(code: str, **params: Any) -> str:
        return render(code, {k: str(v) for k, v in params.items()}, lang)

    try:
        zf = SafeZip(path)  # checked before anything is read: it came from outside
    except BadInput as exc:
        return Verdict(
            path, "package", False, [say("verify.package_unreadable", reason=exc.message(lang))]
        )
    lines: list[str] = []
    ok = True
    missing: list[str] = []
    try:
        with zf:
            names = zf.names
            if MANIFEST not in names:
                return Verdict(path, "package", False, [say("verify.no_manifest")])
            data = zf.read(MANIFEST)
            label = say("signature.manifest")
            if MANIFEST + ".p7s" in names:
                info = signing.verify_detached(data, zf.read(MANIFEST + ".p7s"), list(trust), crls)
                lines.append(describe(info, label, lang))
                ok &= good(info)
            else:
                lines.append(say("verify.manifest_unsigned", label=label))
                ok = False
            try:
                manifest = json.loads(data)
                entries = [e for e in manifest.get("files", []) if isinstance(e, dict)]
            except (ValueError, RecursionError, AttributeError):
                return Verdict(path, "package", False, [*lines, say("verify.manifest_unreadable")])
            listed = {str(e.get("name")) for e in entries}
            own = (MANIFEST, MANIFEST + ".p7s")
            extra = [n for n in zf.all_names if n not in listed and n not in own]
            for name in extra:
                lines.append(say("verify.entry_extra", name=name[:200]))
            ok &= not extra
            pdfs = 0
            for entry in entries:
                name = str(entry.get("name"))[:200]
                if "/" in name or "\\" in name or name not in names:
                    lines.append(say("verify.entry_missing", name=name))
                    ok = False
                    continue
                content = zf.read(name)
                if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
                    lines.append(say("verify.entry_mismatch", name=name))
                    ok = False
                    continue
                lines.append(say("verify.entry_matches", name=name))
                if name.lower().endswith(".pdf"):
                    pdfs += 1
                    inner = _verify_pdf(path, name, content, trust, lang, crls=crls)
                    lines += [f"{name}: {line}" for line in inner.lines]
                    missing += inner.missing
                    ok &= inner.ok
            if not pdfs:
                lines.append(say("verify.no_pdf"))
                ok = False
    except BadInput as exc:  # an entry that does not inflate, or lies about its size
        lines.append(say("verify.package_unreadable", reason=exc.message(lang)))
        return Verdict(path, "package", False, lines, missing=missing)
    return Verdict(path, "package", ok, lines, missing=missing, extra=extra)
