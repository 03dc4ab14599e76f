"""Signing and verifying what leaves the ministry: PAdES signatures in the PDF, detached CMS
(.p7s) signatures over any other file.

Keys live in a PKCS#12 file or on a PKCS#11 token (smart card, USB token, HSM); the passphrase or
PIN is passed in for one call and never stored. Everything here works offline: verification
never fetches certificates, OCSP responses or CRLs, and trust comes only from the CA certificates
the caller names (never from the operating system's list).

pyHanko, cryptography and asn1crypto are imported inside the functions: importing this module
must stay cheap (the window never waits for them).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import logging
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.reading import read_regular

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
    from pyhanko.sign.signers import Signer
    from pyhanko_certvalidator import ValidationContext

__all__ = [
    "SignatureInfo",
    "SignerSpec",
    "SigningError",
    "close_signer",
    "open_signer",
    "sign_detached",
    "sign_pdf",
    "signer_certificate_fingerprint",
    "signer_name",
    "verify_detached",
    "verify_pdf",
]

# The stamp's time is the signing time in the signer's local zone, with its UTC offset spelled
# out (zone abbreviations are ambiguous, and on Windows they are long names).
STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S UTC%z"
# DejaVu Sans cut down to Latin (U+0020-024F), general punctuation and a few signs by
# packaging/stamp_font.py: the full font made each signature 2.5 times slower to set.
STAMP_FONT = "DejaVuSans-Stamp.ttf"
STAMP_TEXT = "Digitally signed by\n%(signer)s\n%(ts)s\n%(reason)s"


class SigningError(Exception):
    """A failure the user can act on. `str(error)` is a sentence to show; `code` names the case
    for translation ("p12.bad_passphrase", "pkcs11.bad_pin", ...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# Keys and certificates are a few kilobytes; a signed report is a few megabytes.
MAX_KEY_FILE_BYTES = 1024**2
MAX_VERIFIED_PDF_BYTES = 512 * 1024**2


def _read_input(path: Path, limit: int) -> bytes:
    """A file named by the user, refused unless it is a regular file of at most `limit` bytes
    (a pipe would hang the command, a device never ends)."""
    try:
        return read_regular(path, limit)
    except BadInput as exc:
        raise SigningError(exc.code, exc.message("en")) from None


@dataclass(frozen=True)
class SignerSpec:
    """Where a signing key is. Secrets (passphrase, PIN) are passed to `open_signer`, never kept.

    - kind "p12": `p12_path` is a PKCS#12 (.p12/.pfx) file holding the key and certificate.
    - kind "pkcs11": `lib` is the token's PKCS#11 module (e.g. /usr/lib/softhsm/libsofthsm2.so,
      opensc-pkcs11.so, eTPKCS11.dll); `token_label` picks the token (may be omitted when only
      one is present); `key_label` picks the key (may be omitted when the token holds one).
    """

    kind: Literal["p12", "pkcs11"]
    p12_path: Path | None = None
    lib: Path | None = None
    token_label: str | None = None
    key_label: str | None = None


@dataclass(frozen=True)
class SignatureInfo:
    """What verification found about one signature.

    `intact`: the signed bytes are unchanged, and whatever was appended to a PDF after this
    signature only adds what signing allows (further signatures, form filling). `valid`: the
    signature value verifies with the signer's certificate. `trusted`: the certificate chains to
    one of the given CA certificates, is within its validity period and allows signing.
    `problems` says in words what is wrong (empty when nothing is).
    """

    field: str  # the PDF signature field; "" for a detached signature
    signer: str  # common name of the signer's certificate
    signing_time: datetime | None  # timestamp token's time if present, else the signer's claim
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool  # False for all but the last signature of a PDF signed in turn
    fingerprint_sha256: str  # lower-case hex SHA-256 of the signer's certificate (DER)
    problems: list[str] = dataclasses.field(default_factory=list)
    # "none", "form_filling" (e.g. a later signature), "annotations", "other" (not allowed) or
    # "unknown"; always "none" for detached signatures
    modification: str = "none"
    issuer: str = ""  # common name of the certificate's issuer


# --- opening a signer ---


def open_signer(spec: SignerSpec, secret: str) -> Signer:
    """A pyHanko signer for `spec`, unlocked with `secret` (passphrase or PIN).

    Fails with `SigningError` before anything is signed: unreadable or invalid file, wrong
    passphrase or PIN, no such token or key, no certificate, certificate outside its validity
    period. A PKCS#11 signer keeps a session open: release it with `close_signer`.
    """
    if spec.kind == "p12":
        signer = _open_p12(spec, secret)
    elif spec.kind == "pkcs11":
        signer = _open_pkcs11(spec, secret)
    else:
        raise SigningError("signer.kind", f"Unknown kind of signing key: {spec.kind!r}.")
    try:
        _check_validity_period(signer)
    except SigningError:
        close_signer(signer)
        raise
    return signer


def close_signer(signer: Signer) -> None:
    """Log out of and close a PKCS#11 session (nothing to do for a PKCS#12 signer).

    Optional: a signer that is simply dropped has its session closed by the next `open_signer`
    for the same token.
    """
    session = getattr(signer, "pkcs11_session", None)
    if session is not None:
        with _P11_LOCK:
            _P11_SESSIONS[:] = [e for e in _P11_SESSIONS if e[1] is not session]
        _close_session(session)


# PKCS#11 login state belongs to the process, per token: while one session is logged in, the
# next C_Login fails (CKR_USER_ALREADY_LOGGED_IN) and the new PIN would go unchecked. So every
# session opened here is remembered with its signer (weakly) and its token; opening a token again
# first closes the sessions whose signers are gone.
_P11_SESSIONS: list[tuple[weakref.ref[Any], Any, tuple[str, str]]] = []
_P11_LOCK = threading.Lock()


def _close_session(session: Any) -> None:
    # closing twice, or the token was pulled out: nothing left to release
    with contextlib.suppress(Exception):
        session.close()


def _release_abandoned_sessions(token_key: tuple[str, str]) -> bool:
    """Close our sessions on the token whose signers are gone; True if a live one remains."""
    with _P11_LOCK:
        abandoned = [e for e in _P11_SESSIONS if e[2] == token_key and e[0]() is None]
        _P11_SESSIONS[:] = [e for e in _P11_SESSIONS if e not in abandoned]
        live = any(e[2] == token_key for e in _P11_SESSIONS)
    for _ref, session, _key in abandoned:
        _close_session(session)
    return live


def _open_p12(spec: SignerSpec, secret: str) -> Signer:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if spec.p12_path is None:
        raise SigningError("p12.missing", "No PKCS#12 (.p12/.pfx) file was chosen.")
    path = spec.p12_path
    data = _read_input(path, MAX_KEY_FILE_BYTES)
    if not _looks_like_pfx(data):
        raise SigningError("p12.invalid", f"{path.name} is not a PKCS#12 (.p12/.pfx) key file.")
    passwords = [secret.encode()] + ([None] if secret == "" else [])
    loaded = None
    for password in passwords:
        try:
            loaded = pkcs12.load_key_and_certificates(data, password)
            break
        except ValueError:
            continue
    if loaded is None:
        raise SigningError(
            "p12.bad_passphrase", f"Wrong passphrase for {path.name}: the key file did not open."
        )
    key, cert, others = loaded
    if key is None:
        raise SigningError("p12.no_key", f"{path.name} holds no private key.")
    if cert is None:
        raise SigningError("p12.no_cert", f"{path.name} holds no certificate for its key.")
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(
        serialization.Encoding.DER, spki
    ) != cert.public_key().public_bytes(serialization.Encoding.DER, spki):
        raise SigningError(
            "p12.key_mismatch", f"In {path.name} the certificate does not belong to the key."
        )
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    signer: SimpleSigner = _KeptKeySigner()(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=store,
    )
    signer._kept_key = key  # type: ignore[attr-defined]
    return signer


def _KeptKeySigner() -> Any:
    """pyHanko's SimpleSigner, signing with the key object loaded once from the PKCS#12.

    SimpleSigner re-parses its key for every signature value, twice per PDF (a dry run sizes the
    signature), and `cryptography` re-validates an RSA key on each parse: 0.06 s for 2048 bits,
    0.36 s for 4096, per parse. Algorithms not handled here go to SimpleSigner unchanged.
    """
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash, process_pss_params

    class KeptKeySigner(SimpleSigner):
        _kept_key: Any = None

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            key = self._kept_key
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algo = mechanism.signature_algo
            except ValueError:
                algo = mechanism["algorithm"].native
            if isinstance(key, rsa.RSAPrivateKey) and algo == "rsassa_pkcs1v15":
                hashed = get_pyca_cryptography_hash(digest_algorithm)
                return key.sign(data, padding.PKCS1v15(), hashed)
            if isinstance(key, rsa.RSAPrivateKey) and algo == "rsassa_pss":
                pss, hashed = process_pss_params(mechanism["parameters"])
                return key.sign(data, pss, hashed)
            if isinstance(key, ec.EllipticCurvePrivateKey) and algo == "ecdsa":
                hashed = get_pyca_cryptography_hash(digest_algorithm)
                return key.sign(data, ec.ECDSA(hashed))
            result: bytes = super().sign_raw(data, digest_algorithm)
            return result

    return KeptKeySigner


def _looks_like_pfx(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data",
            "signed_data",
        )
    except (ValueError, TypeError, KeyError):
        return False


def _open_pkcs11(spec: SignerSpec, secret: str) -> Signer:
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from pkcs11 import Attribute, ObjectClass
    from pkcs11 import exceptions as p11_errors
    from pyhanko.sign.pkcs11 import PKCS11Signer

    if spec.lib is None:
        raise SigningError("pkcs11.no_library", "No PKCS#11 library (token driver) was chosen.")
    if not spec.lib.is_file():
        raise SigningError("pkcs11.no_library", f"The PKCS#11 library {spec.lib} does not exist.")
    try:
        lib = pkcs11.lib(str(spec.lib))
    except Exception as exc:  # a DLL that is no PKCS#11 module fails in many ways
        raise SigningError(
            "pkcs11.bad_library", f"{spec.lib.name} could not be loaded as a PKCS#11 library."
        ) from exc

    try:
        tokens = [
            t
            for t in lib.get_tokens(token_label=spec.token_label)
            if t.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED
        ]
    except p11_errors.PKCS11Error as exc:
        raise SigningError("pkcs11.no_token", f"The token could not be read ({exc!r}).") from exc
    if not tokens:
        what = f"labelled {spec.token_label!r}" if spec.token_label else "at all"
        raise SigningError("pkcs11.no_token", f"No token {what} is present. Is it plugged in?")
    if len(tokens) > 1:
        labels = ", ".join(repr(t.label) for t in tokens)
        raise SigningError(
            "pkcs11.many_tokens", f"Several tokens are present ({labels}): choose one by label."
        )
    token = tokens[0]
    token_key = (str(spec.lib), f"{token.manufacturer_id}/{token.model}/{token.serial!r}")
    if _release_abandoned_sessions(token_key):
        raise SigningError(
            "pkcs11.busy",
            f"The token {token.label!r} is already open for another signature; "
            "finish that one first.",
        )

    try:
        session = token.open(user_pin=secret)
    except (p11_errors.PinIncorrect, p11_errors.PinInvalid, p11_errors.PinLenRange) as exc:
        raise SigningError("pkcs11.bad_pin", f"Wrong PIN for the token {token.label!r}.") from exc
    except p11_errors.PinLocked as exc:
        raise SigningError(
            "pkcs11.pin_locked",
            f"The token {token.label!r} is locked after too many wrong PINs; "
            "its administrator must unlock it.",
        ) from exc
    except p11_errors.UserAlreadyLoggedIn as exc:
        raise SigningError(
            "pkcs11.busy", f"The token {token.label!r} is already open in this program."
        ) from exc
    except p11_errors.PinExpired as exc:
        raise SigningError(
            "pkcs11.pin_expired", f"The PIN of the token {token.label!r} has expired."
        ) from exc
    except p11_errors.PKCS11Error as exc:
        raise SigningError(
            "pkcs11.session", f"Could not open the token {token.label!r} ({exc!r})."
        ) from exc

    try:
        query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True}
        if spec.key_label is not None:
            query[Attribute.LABEL] = spec.key_label
        keys = list(session.get_objects(query))
        if len(keys) != 1:
            if spec.key_label is not None:
                problem = (
                    f"no signing key labelled {spec.key_label!r}"
                    if not keys
                    else f"{len(keys)} keys labelled {spec.key_label!r}"
                )
            else:
                problem = (
                    "no signing key"
                    if not keys
                    else f"{len(keys)} signing keys: choose one by label"
                )
            raise SigningError("pkcs11.no_key", f"The token {token.label!r} has {problem}.")
        key = keys[0]
        key_id: bytes = key[Attribute.ID]
        key_label: str | None = spec.key_label or key[Attribute.LABEL]
        # Tokens link a key to its certificate by CKA_ID; fall back to the label.
        cert_obj = None
        for cert_query in (
            {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id} if key_id else None,
            {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.LABEL: key_label}
            if key_label
            else None,
        ):
            if cert_query is not None:
                found = list(session.get_objects(cert_query))
                if len(found) == 1:
                    cert_obj = found[0]
                    break
        if cert_obj is None:
            raise SigningError(
                "pkcs11.no_cert",
                f"The token {token.label!r} holds no certificate for the key {key_label!r}.",
            )
        cert = asn1_x509.Certificate.load(cert_obj[Attribute.VALUE])
        signer = PKCS11Signer(
            session,
            signing_cert=cert,
            key_id=key_id or None,
            key_label=key_label if not key_id else None,
            other_certs_to_pull=None,  # every certificate on the token: the chain travels along
        )
        signer._load_objects()  # type: ignore[no-untyped-call]  # fail now, not mid-signing
    except SigningError:
        session.close()
        raise
    except p11_errors.PKCS11Error as exc:
        session.close()
        raise SigningError(
            "pkcs11.session", f"The token {token.label!r} could not be read ({exc!r})."
        ) from exc
    with _P11_LOCK:
        _P11_SESSIONS.append((weakref.ref(signer), session, token_key))
    return signer


def _check_validity_period(signer: Signer) -> None:
    from datetime import UTC

    cert = _signing_cert(signer)
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    now = datetime.now(UTC)
    if now > not_after:
        raise SigningError(
            "cert.expired",
            f"The certificate of {_common_name(cert.subject)} expired on {not_after:%Y-%m-%d}.",
        )
    if now < not_before:
        raise SigningError(
            "cert.not_yet_valid",
            f"The certificate of {_common_name(cert.subject)} is valid only from "
            f"{not_before:%Y-%m-%d}.",
        )


def _signing_cert(signer: Signer) -> asn1_x509.Certificate:
    cert = signer.signing_cert
    if cert is None:
        raise SigningError("signer.no_cert", "The signing key has no certificate.")
    return cert


def _common_name(name: Any) -> str:
    native = name.native
    cn = native.get("common_name") if isinstance(native, dict) else None
    if isinstance(cn, list):
        cn = cn[0] if cn else None
    return str(cn) if cn else str(name.human_friendly)


def _fingerprint(cert: asn1_x509.Certificate) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def signer_name(signer: Signer) -> str:
    """The common name on the signer's certificate."""
    return _common_name(_signing_cert(signer).subject)


def signer_certificate_fingerprint(signer: Signer) -> str:
    """Lower-case hex SHA-256 of the signer's certificate (DER)."""
    return _fingerprint(_signing_cert(signer))


# --- signing ---


def sign_pdf(
    src: Path,
    dst: Path,
    signer: Signer,
    *,
    field: str,
    box: tuple[int, tuple[float, float, float, float]] | None,
    reason: str,
    location: str,
    name_for_stamp: str,
    timestamp_url: str | None = None,
    stamp_text: str = STAMP_TEXT,
    validation_context: ValidationContext | None = None,
    archive_timestamp: bool = False,
) -> None:
    """Sign `src` into `dst` (they may be the same file): PAdES baseline B-B, SHA-256, appended
    as an incremental update, so signatures already in `src` stay valid.

    `box` = (page index from 0 (negative counts from the end), (x1, y1, x2, y2) in points from
    the bottom-left corner) creates signature field `field` there, with a visible stamp: the name,
    the signing time, the reason. Without `box` the signature is invisible, or goes into an
    empty signature field `field` that the PDF already has.

    `stamp_text`: the stamp's words, with %(signer)s, %(ts)s and %(reason)s (translated by the
    caller). The stamp is set in DejaVu Sans, embedded (PDF/A: no font left to the viewer).

    `timestamp_url` makes it B-T: an RFC 3161 timestamp from that TSA is embedded. Use only the
    ministry's own TSA (it is a network call, and the TSA's certificate must be among the CAs
    the OAS trusts).

    `validation_context` (from `ltv.ltv_context`: trust anchors and CRLs, no fetching) makes it
    B-LT: the chain and the CRLs go into the document security store, after checking that no
    certificate is revoked. With a TSA as well, `archive_timestamp` appends a document time
    stamp over all of it (B-LTA): give it to the last signature only.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PyHankoSigningError
    from pyhanko.stamp import TextStampStyle

    try:
        data = src.read_bytes()
    except OSError as exc:
        raise SigningError("file.unreadable", f"Cannot read {src}: {exc.strerror or exc}.") from exc
    try:
        writer = _writer_class(IncrementalPdfFileWriter)(io.BytesIO(data))
        if writer.prev.encrypted:
            raise SigningError("pdf.encrypted", f"{src.name} is encrypted; it cannot be signed.")
        existing = {
            name: filled is not None for name, filled, _ref in fields.enumerate_sig_fields(writer)
        }
    except SigningError:
        raise
    except Exception as exc:  # pyHanko raises several kinds on malformed input
        raise SigningError("pdf.unreadable", f"{src.name} is not a readable PDF ({exc}).") from exc
    if existing.get(field):
        raise SigningError("pdf.field_signed", f"{src.name} is already signed as {field!r}.")

    new_field = None
    if field not in existing and box is not None:
        page, (x1, y1, x2, y2) = box
        new_field = fields.SigFieldSpec(
            sig_field_name=field, on_page=page, box=(round(x1), round(y1), round(x2), round(y2))
        )
    if validation_context is not None:
        # it warns that nothing will be fetched: offline, that is the point
        logging.getLogger("pyhanko.sign.signers.pdf_signer").setLevel(logging.ERROR)
    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url)

    name_for_stamp = name_for_stamp or signer_name(signer)
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=name_for_stamp,
        embed_validation_info=validation_context is not None,
        validation_context=validation_context,
        use_pades_lta=archive_timestamp and validation_context is not None and bool(timestamper),
        timestamp_field_name="ArchiveTimeStamp" if archive_timestamp else None,
    )
    style = TextStampStyle(
        stamp_text=stamp_text,
        timestamp_format=STAMP_TIME_FORMAT,
        border_width=1,
        text_box_style=TextBoxStyle(font=_stamp_font(), font_size=8, leading=10),
    )
    pdf_signer = signers.PdfSigner(
        meta, signer, timestamper=timestamper, stamp_style=style, new_field_spec=new_field
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"reason": reason, "signer": name_for_stamp},
        )
    except SigningError:
        raise
    except Exception as exc:
        from csbm_desktop.export.ltv import signing_problem

        problem = signing_problem(exc) if validation_context is not None else None
        if problem is not None:
            raise problem from exc
        message = str(exc) if isinstance(exc, PyHankoSigningError) else repr(exc)
        code = "tsa.failed" if timestamper is not None and "imestamp" in message else "sign.failed"
        raise SigningError(code, f"Signing {src.name} failed: {message}") from exc
    _write_atomically(dst, out.getvalue())


@functools.cache
def _stamp_font_program() -> tuple[bytes, int]:
    """The stamp font's file, Flate-compressed, and its length (the font file's /Length1)."""
    import zlib

    from csbm_desktop.paths import data_dir

    raw = (data_dir("resources") / "fonts" / STAMP_FONT).read_bytes()
    return zlib.compress(raw, 6), len(raw)


def _stamp_font() -> Any:
    """DejaVu Sans, the document's typeface, embedded as a subset in each stamp.

    pyHanko writes a TrueType font's advance widths in font units into /W, which PDF reads in
    thousandths of an em: right only for fonts of 1000 units per em (DejaVu has 2048, and its
    stamps came out letter-spaced and clipped). So the shaper here works in thousandths too.
    """
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory

    from csbm_desktop.paths import data_dir

    class ThousandthsFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            engine: Any = super().create_font_engine(writer, obj_stream)
            per_em = engine.units_per_em
            if per_em != 1000:
                engine.hb_font.scale = (1000, 1000)
                engine.units_per_em = 1000
                widths = engine._get_cid_and_width

                scaled: dict[int, tuple[int, int]] = {}

                def in_thousandths(glyph_id: int) -> tuple[int, int]:
                    if glyph_id not in scaled:
                        cid, width = widths(glyph_id)
                        scaled[glyph_id] = (cid, round(width * 1000 / per_em))
                        # what /W is written from at the end
                        engine._glyphs[glyph_id] = scaled[glyph_id]
                    return scaled[glyph_id]

                engine._get_cid_and_width = in_thousandths
            # The file is already cut down to what a stamp needs: embed it as it is, compressed
            # once per process, instead of subsetting and recompiling it with fontTools for
            # every signature (that doubled the signing time).
            engine._extract_subset = lambda *_args, **_kwargs: None
            cidfont = engine.cidfont_obj

            def set_font_file(writer: Any) -> Any:
                from pyhanko.pdf_utils.generic import NumberObject, StreamObject, pdf_name

                compressed, size = _stamp_font_program()
                stream = StreamObject(
                    {
                        pdf_name("/Length1"): NumberObject(size),  # type: ignore[no-untyped-call]
                        pdf_name("/Filter"): pdf_name("/FlateDecode"),
                    },
                    encoded_data=compressed,
                )
                ref = writer.add_object(stream)
                cidfont._font_descriptor[pdf_name("/FontFile2")] = ref
                return ref

            cidfont.set_font_file = set_font_file
            return engine

    path = data_dir("resources") / "fonts" / STAMP_FONT
    return ThousandthsFactory(str(path), font_size=8)


@functools.cache
def _writer_class(base: type[Any]) -> type[Any]:
    """pyHanko's incremental writer, finding a page by walking from the nearer end of the page
    tree. pyHanko reads every page object before the target, and our signature page is the
    last one: in a 500-page report that walk was most of the signing time."""

    class NearerEndWriter(base):  # type: ignore[misc]
        def find_page_for_modification(self, page_ix: int) -> tuple[Any, Any]:
            return find_page(self.root, page_ix)

        def _update_meta(self) -> None:
            # pyHanko rewrites the XMP producer as "pyHanko x.y" but appends that to the
            # information dictionary's; PDF/A wants the two equal, so both say the same.
            from pyhanko.pdf_utils.generic import TextStringObject
            from pyhanko.pdf_utils.metadata.model import VENDOR

            super()._update_meta()
            if self._info is not None and "/Metadata" in self.root:
                info = self._info.get_object()
                if info.get("/Producer") != VENDOR:
                    info["/Producer"] = TextStringObject(VENDOR)
                    self.mark_update(self._info)

    return NearerEndWriter


def find_page(root: Any, page_ix: int) -> tuple[Any, Any]:
    """(reference to page `page_ix`, its possibly inherited /Resources) in the document whose
    catalogue is `root`; a negative index counts from the end. Reads only the page-tree nodes on
    the way, plus the leaves between the target and the nearer end of each node's /Kids."""
    from pyhanko.pdf_utils.generic import DictionaryObject, IndirectObject
    from pyhanko.pdf_utils.misc import PdfError, PdfReadError

    node_ref = root.raw_get("/Pages")
    node = node_ref.get_object()
    count = int(node["/Count"])
    if page_ix < 0:
        page_ix += count
    if not 0 <= page_ix < count:
        raise PdfError("Page index out of range")
    resources: Any = DictionaryObject()  # type: ignore[no-untyped-call]
    if "/Resources" in node:
        resources = node.raw_get("/Resources")
    seen = {node_ref.reference}
    while True:
        kids = list(node["/Kids"])
        from_end = page_ix >= count / 2
        start = count if from_end else 0  # page index of the first page after/at the walk
        for kid_ref in reversed(kids) if from_end else kids:
            if not isinstance(kid_ref, IndirectObject) or kid_ref.reference in seen:
                raise PdfReadError("Malformed page tree")
            kid: Any = kid_ref.get_object()  # type: ignore[no-untyped-call]
            size = int(kid["/Count"]) if kid["/Type"] == "/Pages" else 1
            first = start - size if from_end else start
            if first <= page_ix < first + size:
                break
            start = first if from_end else start + size
        else:
            raise PdfError("Page not found")
        if "/Resources" in kid:
            resources = kid.raw_get("/Resources")
        if kid["/Type"] == "/Page":
            return kid_ref, resources
        seen.add(kid_ref.reference)
        node_ref, node, count, page_ix = kid_ref, kid, size, page_ix - first


def _write_atomically(dst: Path, data: bytes) -> None:
    from csbm_desktop.files import write_atomically

    try:
        write_atomically(dst, data)
    except OSError as exc:
        raise SigningError(
            "file.unwritable", f"Cannot write {dst}: {exc.strerror or exc}."
        ) from exc


def sign_detached(data: bytes, signer: Signer) -> bytes:
    """A detached CMS SignedData (DER, the content of a .p7s) over `data`: SHA-256, with the
    signing-time attribute and the signer's certificate (and chain, as far as the signer has it).

    Verifiable with `openssl cms -verify -inform DER -binary -in F.p7s -content F -CAfile CA`.
    """
    import asyncio
    from datetime import UTC

    from pyhanko.sign.general import SigningError as PyHankoSigningError
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    attrs = PdfCMSSignedAttributes(signing_time=datetime.now(UTC))
    try:
        info = asyncio.run(
            signer.async_sign_general_data(
                data, "sha256", detached=True, signed_attr_settings=attrs
            )
        )
    except Exception as exc:
        message = str(exc) if isinstance(exc, PyHankoSigningError) else repr(exc)
        raise SigningError("sign.failed", f"Signing failed: {message}") from exc
    result: bytes = info.dump()
    return result


# --- verification ---


def _validation_context(
    trust: list[Path],
    crls: Sequence[Any] = (),
    other_certs: Sequence[Any] = (),
    moment: datetime | None = None,
) -> ValidationContext:
    """Trust exactly `trust`; never fetch anything; no revocation data is no error (offline),
    but a certificate that `crls` (given, or from the PDF's DSS) list as revoked is refused."""
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs every untrusted chain as a warning with a traceback; the finding is reported
    # in SignatureInfo.problems, so the traceback would only clutter the terminal.
    logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
    return ValidationContext(
        trust_roots=load_trust_roots(trust),
        other_certs=list(other_certs),
        crls=list(crls),
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def load_trust_roots(trust: list[Path]) -> list[Any]:
    """The CA certificates in the files `trust` (PEM or DER)."""
    from pyhanko.keys import load_certs_from_pemder_data

    roots: list[Any] = []
    for path in trust:
        raw = _read_input(path, MAX_KEY_FILE_BYTES)
        try:
            roots.extend(load_certs_from_pemder_data(raw))
        except Exception as exc:
            raise SigningError(
                "cert.invalid", f"{path.name} is not a PEM or DER certificate."
            ) from exc
    return roots


def _key_usage() -> Any:
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    # Signing certificates carry nonRepudiation, digitalSignature or both; either will do.
    return KeyUsageConstraints(
        key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False
    )


_INDICATIONS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "the certificate does not chain to a trusted CA",
    "OUT_OF_BOUNDS_NO_POE": "the certificate is outside its validity period",
    "OUT_OF_BOUNDS_NOT_REVOKED": "the certificate is outside its validity period",
    "EXPIRED": "the certificate has expired",
    "NOT_YET_VALID": "the certificate is not yet valid",
    "REVOKED": "the certificate is revoked",
    "REVOKED_NO_POE": "the certificate is revoked",
    "CHAIN_CONSTRAINTS_FAILURE": "the certificate is not allowed for signing",
    "SIG_CONSTRAINTS_FAILURE": "the certificate is not allowed for signing",
    "CRYPTO_CONSTRAINTS_FAILURE": "the signature uses an algorithm no longer accepted",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "the signature uses an algorithm no longer accepted",
    "HASH_FAILURE": "the signed content was changed",
    "SIG_CRYPTO_FAILURE": "the signature value does not verify",
}


def _status_problems(status: Any, trusting: bool) -> list[str]:
    problems: list[str] = []
    if not status.intact:
        problems.append("the signed content was changed")
    if not status.valid:
        problems.append("the signature value does not verify")
    if status.intact and status.valid and not status.trusted:
        if not trusting:
            problems.append("no CA certificate given to check trust against")
        else:
            indic = status.trust_problem_indic
            name = getattr(indic, "name", str(indic)) if indic is not None else ""
            problems.append(_INDICATIONS.get(name, f"the certificate is not trusted ({name})"))
    return problems


def _status_time(status: Any) -> datetime | None:
    stamped = getattr(status, "timestamp", None)  # a document time stamp is its own time
    if isinstance(stamped, datetime):
        return stamped
    tst = getattr(status, "timestamp_validity", None)
    if tst is not None and tst.intact and tst.valid:
        when: datetime = tst.timestamp
        return when
    claimed: datetime | None = getattr(status, "signer_reported_dt", None)
    return claimed


def _unverifiable(field_name: str, problem: str, cert: Any = None) -> SignatureInfo:
    return SignatureInfo(
        field=field_name,
        signer=_common_name(cert.subject) if cert is not None else "",
        signing_time=None,
        intact=False,
        valid=False,
        trusted=False,
        covers_whole_file=False,
        fingerprint_sha256=_fingerprint(cert) if cert is not None else "",
        problems=[problem],
        modification="unknown",
        issuer=_common_name(cert.issuer) if cert is not None else "",
    )


def verify_pdf(path: Path, trust: list[Path], crls: Sequence[Path] = ()) -> list[SignatureInfo]:
    """Every signature in the PDF, in signing order. `trust`: CA certificates (PEM or DER);
    with none, nothing is `trusted` but integrity and validity are still reported. `crls`:
    revocation lists (files) to check the certificates against, besides those the PDF carries
    in its document security store (B-LT).

    Raises `SigningError` only when the file cannot be read as a PDF at all, or a file given as
    a CA certificate or a CRL is none.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import (
        SignatureCoverageLevel,
        validate_pdf_signature,
        validate_pdf_timestamp,
    )

    from csbm_desktop.export.ltv import load_crls

    given_crls = load_crls(crls)
    data = _read_input(path, MAX_VERIFIED_PDF_BYTES)
    try:
        reader = PdfFileReader(io.BytesIO(data))
        embedded = list(reader.embedded_signatures)
        dss_certs, dss_crls = _dss_contents(reader)
    except Exception as exc:
        raise SigningError("pdf.unreadable", f"{path.name} is not a readable PDF ({exc}).") from exc
    vc_trust = _validation_context(trust, given_crls + dss_crls, dss_certs)

    results: list[SignatureInfo] = []
    for sig in embedded:
        name = sig.field_name or ""
        try:
            cert = sig.signer_cert
        except Exception:
            cert = None
        try:
            if sig.sig_object_type == "/DocTimeStamp":
                status: Any = validate_pdf_timestamp(sig, validation_context=vc_trust)
            else:
                status = validate_pdf_signature(
                    sig, signer_validation_context=vc_trust, key_usage_settings=_key_usage()
                )
                stamp = status.timestamp_validity
                if not status.trusted and stamp is not None and stamp.trusted:
                    # A trusted time stamp (B-T and up) proves the signature existed then: check
                    # the certificate as of that moment, so its expiry since, or a revocation
                    # after it, does not undo it. A revocation before it still fails.
                    at_stamp = _validation_context(
                        trust, given_crls + dss_crls, dss_certs, moment=stamp.timestamp
                    )
                    again = validate_pdf_signature(
                        sig, signer_validation_context=at_stamp, key_usage_settings=_key_usage()
                    )
                    status = again if again.trusted else status
        except Exception as exc:
            results.append(_unverifiable(name, f"the signature cannot be checked ({exc})", cert))
            continue

        problems = _status_problems(status, trusting=bool(trust))
        level = status.modification_level
        modification = "unknown" if level is None else level.name.lower()
        changes_ok = status.docmdp_ok is True or (
            status.docmdp_ok is None and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        )
        if sig.sig_object_type == "/DocTimeStamp" and level is not None:
            # after a document time stamp (B-LTA) only validation data may be added (its DSS)
            changes_ok = level <= ModificationLevel.LTA_UPDATES
        if status.intact and not changes_ok:
            if level == ModificationLevel.OTHER:
                problems.append("the document was changed after this signature")
            else:
                problems.append(f"changes after this signature ({modification}) are not permitted")
        if status.coverage is not None and status.coverage < (
            SignatureCoverageLevel.ENTIRE_REVISION
        ):
            problems.append("the signature does not cover its whole revision")
        if getattr(status, "seed_value_ok", True) is False:
            problems.append("the signature breaks the constraints of its field")
        cert = status.signing_cert
        results.append(
            SignatureInfo(
                field=name,
                signer=_common_name(cert.subject),
                signing_time=_status_time(status),
                intact=bool(status.intact and changes_ok),
                valid=bool(status.valid),
                trusted=bool(status.trusted and changes_ok),
                covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                fingerprint_sha256=_fingerprint(cert),
                problems=problems,
                modification=modification,
                issuer=_common_name(cert.issuer),
            )
        )
    return results


def _dss_contents(reader: Any) -> tuple[list[Any], list[Any]]:
    """(certificates, CRLs) in the PDF's document security store; empty without one."""
    from asn1crypto import crl as asn1_crl
    from pyhanko.pdf_utils.decode_limits import DecodePurpose
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return [], []
    crls = [
        asn1_crl.CertificateList.load(ref.get_object().read_data(DecodePurpose.CRL))
        for ref in dss.crls
    ]
    return list(dss.load_certs()), crls


def verify_detached(
    data: bytes, p7s: bytes, trust: list[Path], crls: Sequence[Path] = ()
) -> SignatureInfo:
    """Check a detached CMS signature (`p7s`, DER or PEM) over `data`. `trust` and `crls` as
    in `verify_pdf`. A `p7s` that is no signature at all comes back invalid, with the reason."""
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    from csbm_desktop.export.ltv import load_crls

    vc_trust = _validation_context(trust, load_crls(crls))
    raw = p7s
    if raw.lstrip().startswith(b"-----BEGIN"):
        from asn1crypto import pem

        try:
            _kind, _headers, raw = pem.unarmor(raw.strip())
        except ValueError:
            return _unverifiable("", "the .p7s file is not a CMS signature")
    try:
        content_info = cms.ContentInfo.load(raw)
        if content_info["content_type"].native != "signed_data":
            return _unverifiable("", "the .p7s file is not a CMS signature")
        signed_data = content_info["content"]
        signer_infos = signed_data["signer_infos"]
        signed_data.native  # noqa: B018 - parse it all now: asn1crypto is lazy
    except (ValueError, TypeError, KeyError):
        return _unverifiable("", "the .p7s file is not a CMS signature")
    if len(signer_infos) != 1:
        return _unverifiable("", f"the .p7s file has {len(signer_infos)} signers, not one")
    if signed_data["encap_content_info"]["content"].native is not None:
        return _unverifiable("", "the .p7s file embeds its content: it is not detached")

    try:
        status = asyncio.run(
            async_validate_detached_cms(
                data,
                signed_data,
                signer_validation_context=vc_trust,
                key_usage_settings=_key_usage(),
            )
        )
    except Exception as exc:
        return _unverifiable("", f"the signature cannot be checked ({exc})")
    cert = status.signing_cert
    return SignatureInfo(
        field="",
        signer=_common_name(cert.subject),
        signing_time=_status_time(status),
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=bool(status.intact),
        fingerprint_sha256=_fingerprint(cert),
        problems=_status_problems(status, trusting=bool(trust)),
        modification="none",
        issuer=_common_name(cert.issuer),
    )
