"""Long-term validation, offline: revocation lists (CRLs) the ministry carries in as files.

PAdES B-LT puts the certificate chain and the CRLs in the PDF (its document security store, DSS),
so the signature can still be checked years later, when the CA may be gone. Nothing is fetched:
the CRLs come from files, and trust only from the CA certificates named.

pyHanko and asn1crypto are imported inside the functions (importing this module stays cheap).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop.export.signing import SigningError

if TYPE_CHECKING:
    from pyhanko_certvalidator import ValidationContext

__all__ = ["load_crls", "ltv_context", "signing_problem"]

# A national CA's full CRL is a few MB at most; anything far larger is not one.
MAX_CRL_BYTES = 64 * 1024 * 1024


def load_crls(paths: Sequence[Path]) -> list[Any]:
    """The CRLs in `paths` (PEM, possibly several per file, or DER), parsed completely; a file
    that is unreadable, too large or no CRL fails with `SigningError` naming it."""
    from asn1crypto import crl as asn1_crl  # type: ignore[import-untyped]
    from asn1crypto import pem

    crls: list[Any] = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_CRL_BYTES:
                raise SigningError("crl.invalid", f"{path.name} is too large to be a CRL.")
            raw = path.read_bytes()
        except OSError as exc:
            raise SigningError(
                "file.unreadable", f"Cannot read the CRL {path}: {exc.strerror or exc}."
            ) from exc
        try:
            if pem.detect(raw):
                blobs = [
                    der for kind, _h, der in pem.unarmor(raw, multiple=True) if kind == "X509 CRL"
                ]
            else:
                blobs = [raw]
            if not blobs:
                raise ValueError("no CRL in the PEM file")
            for der in blobs:
                crl = asn1_crl.CertificateList.load(der, strict=True)
                crl.native  # noqa: B018 - parse it all now: asn1crypto is lazy
                crls.append(crl)
        except (ValueError, TypeError, KeyError) as exc:
            raise SigningError(
                "crl.invalid", f"{path.name} is not a certificate revocation list (CRL)."
            ) from exc
    return crls


def ltv_context(trust: Sequence[Path], crls: Sequence[Path]) -> ValidationContext:
    """For signing B-LT: trust exactly `trust`, revocation status from `crls` only, and a CRL
    required for every certificate of the chain (signer, issuing CAs, time-stamp authority), so
    what goes into the PDF is complete; a revoked or unchecked certificate stops the signing."""
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )

    from csbm_desktop.export.signing import load_trust_roots

    if not trust:
        raise SigningError(
            "ltv.no_trust",
            "Embedding revocation information needs the CA certificate the signatures chain to.",
        )
    rule = RevocationCheckingRule.CRL_REQUIRED
    return ValidationContext(
        trust_roots=load_trust_roots(list(trust)),
        crls=load_crls(crls),
        allow_fetching=False,
        revinfo_policy=CertRevTrustPolicy(RevocationCheckingPolicy(rule, rule)),
    )


def signing_problem(exc: BaseException) -> SigningError | None:
    """What a failed B-LT signing means, in words, when the certificate checks made it fail."""
    from pyhanko_certvalidator.errors import (
        ExpiredError,
        InsufficientRevinfoError,
        PathBuildingError,
        RevokedError,
    )

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, RevokedError):
            return SigningError("cert.revoked", f"The signing certificate is revoked ({seen}).")
        if isinstance(seen, InsufficientRevinfoError):
            return SigningError(
                "ltv.incomplete",
                f"The CRLs given do not cover every certificate of the chain ({seen}).",
            )
        if isinstance(seen, ExpiredError):
            return SigningError("cert.expired", f"A certificate of the chain expired ({seen}).")
        if isinstance(seen, PathBuildingError):
            return SigningError(
                "ltv.no_chain",
                f"The signing certificate does not chain to the CA certificates given ({seen}).",
            )
        seen = seen.__cause__ or seen.__context__
    return None
