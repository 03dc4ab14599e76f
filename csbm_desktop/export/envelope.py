"""Encrypting a file to its recipients' certificates, and opening it with one recipient's key.

The envelope is CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM (RFC 5084): the authenticated
form of EnvelopedData, so a changed byte anywhere in the ciphertext is refused by the GCM tag
rather than decrypted into garbage (which AES-CBC EnvelopedData would do). A fresh 256-bit
content key is encrypted once per recipient: RSA-OAEP (SHA-256, MGF1-SHA-256) for RSA
certificates, ephemeral-static ECDH (dhSinglePass-stdDH-sha256kdf-scheme, AES-256 key wrap) for
EC certificates. `openssl cms -decrypt -inform DER -in FILE -recip cert.pem -inkey key.pem`
opens it (OpenSSL 3.0 and later).

`cryptography`'s PKCS7EnvelopeBuilder only knows RSA PKCS#1 v1.5 and AES-CBC, and pyHanko's
envelope code is specific to PDF encryption (it encrypts a seed, with private helpers), so the
structures are built here with asn1crypto and the primitives come from `cryptography`.

Opening is written for hostile files: the size is capped before a byte is decrypted, only the
recipient list is parsed into memory (at most `MAX_RECIPIENT_BYTES`), and the ciphertext is
streamed in chunks into the caller's file; the caller must use that file only after this
module returns, because the GCM tag is checked at the end.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from asn1crypto import algos, cms, core  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, keywrap, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.reading import file_size, open_regular, read_regular

AUTH_ENVELOPED_OID = "1.2.840.113549.1.9.16.1.23"
_AUTH_ENVELOPED_OID_DER = core.ObjectIdentifier(AUTH_ENVELOPED_OID).dump()
_DATA_OID_DER = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()
_ECDH_SHA256_KDF = "1.3.132.1.11.1"  # dhSinglePass-stdDH-sha256kdf-scheme
# What opening accepts: the X9.63 KDF hashes of RFC 5753 (OpenSSL's default is SHA-1) ...
_ECDH_KDF_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "1.3.133.16.840.63.0.2": hashes.SHA1,
    "1.3.132.1.11.0": hashes.SHA224,
    _ECDH_SHA256_KDF: hashes.SHA256,
    "1.3.132.1.11.2": hashes.SHA384,
    "1.3.132.1.11.3": hashes.SHA512,
}
# ... and the AES key wraps, with their key-encryption key's size in bytes.
_WRAP_BYTES = {"aes128_wrap": 16, "aes192_wrap": 24, "aes256_wrap": 32}
MAX_CERT_BYTES = 1024**2
MAX_RECIPIENT_BYTES = 1024**2  # thousands of recipients; the list is parsed in memory
MAX_RECIPIENTS = 200
_CHUNK = 1 << 20
_TAG_BYTES = 16
_NONCE_BYTES = 12


class ECCCMSSharedInfo(core.Sequence):  # type: ignore[misc]
    """The X9.63 KDF's shared info for ECDH in CMS (RFC 5753, section 7.2)."""

    _fields = [  # noqa: RUF012
        ("key_info", cms.KeyEncryptionAlgorithm),
        ("entity_u_info", core.OctetString, {"explicit": 0, "optional": True}),
        ("supp_pub_info", core.OctetString, {"explicit": 2}),
    ]


class _GcmParameters(core.Sequence):  # type: ignore[misc]
    """GCMParameters (RFC 5084); asn1crypto names the algorithm but not its parameters."""

    _fields = [  # noqa: RUF012
        ("aes_nonce", core.OctetString),
        ("aes_icvlen", core.Integer, {"default": 12}),
    ]


@dataclass(frozen=True)
class Recipient:
    """Who an envelope is for, as the envelope names them (issuer and serial number)."""

    issuer: str
    serial: int

    def __str__(self) -> str:
        return f"{self.issuer}, {self.serial:X}"


@dataclass(frozen=True)
class RecipientKey:
    """A recipient's private key with its certificate (from a PKCS#12 file)."""

    key: Any  # an RSA or EC private key of `cryptography`
    certificate: x509.Certificate


def _envelope_error(path: Path, detail: str) -> BadInput:
    return BadInput("envelope.damaged", file=path.name, detail=detail)


# --- certificates ---


def load_certificates(paths: Sequence[Path]) -> list[x509.Certificate]:
    """The recipients' certificates, one per file (PEM or DER); RSA or EC keys only."""
    certs = []
    for path in paths:
        raw = read_regular(path, MAX_CERT_BYTES)
        try:
            if raw.lstrip().startswith(b"-----BEGIN"):
                cert = x509.load_pem_x509_certificate(raw)
            else:
                cert = x509.load_der_x509_certificate(raw)
        except ValueError:
            raise BadInput("envelope.bad_certificate", file=path.name) from None
        if not isinstance(cert.public_key(), rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
            raise BadInput("envelope.bad_certificate", file=path.name)
        certs.append(cert)
    return certs


def certificate_name(cert: x509.Certificate) -> str:
    """The certificate's subject common name (or the whole subject when it has none)."""
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _common_name(name: asn1_x509.Name) -> str:
    cn = name.native.get("common_name")
    return str(cn if isinstance(cn, str) else name.human_friendly)


def _issuer_serial(cert: x509.Certificate) -> cms.IssuerAndSerialNumber:
    parsed = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return cms.IssuerAndSerialNumber(
        {"issuer": parsed.issuer, "serial_number": parsed.serial_number}
    )


# --- sealing ---


def _rsa_recipient(cert: x509.Certificate, cek: bytes) -> cms.RecipientInfo:
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    algorithm = cms.KeyEncryptionAlgorithm(
        {
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams(
                {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "mask_gen_algorithm": {
                        "algorithm": "mgf1",
                        "parameters": {"algorithm": "sha256"},
                    },
                }
            ),
        }
    )
    return cms.RecipientInfo(
        name="ktri",
        value=cms.KeyTransRecipientInfo(
            {
                "version": "v0",
                "rid": cms.RecipientIdentifier(
                    name="issuer_and_serial_number", value=_issuer_serial(cert)
                ),
                "key_encryption_algorithm": algorithm,
                "encrypted_key": key.encrypt(cek, oaep),
            }
        ),
    )


def _kek(
    shared: bytes,
    wrap: cms.KeyEncryptionAlgorithm,
    ukm: bytes | None,
    digest: hashes.HashAlgorithm | None = None,
) -> bytes:
    size = _WRAP_BYTES[wrap["algorithm"].native]
    info = ECCCMSSharedInfo(
        {"key_info": wrap, "entity_u_info": ukm, "supp_pub_info": struct.pack(">I", size * 8)}
    )
    kdf = X963KDF(algorithm=digest or hashes.SHA256(), length=size, sharedinfo=info.dump())
    return kdf.derive(shared)


def _ec_recipient(cert: x509.Certificate, cek: bytes) -> cms.RecipientInfo:
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    ephemeral = ec.generate_private_key(key.curve)
    wrap = cms.KeyEncryptionAlgorithm({"algorithm": "aes256_wrap"})
    ukm = secrets.token_bytes(16)
    kek = _kek(ephemeral.exchange(ec.ECDH(), key), wrap, ukm)
    spki = ephemeral.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return cms.RecipientInfo(
        name="kari",
        value=cms.KeyAgreeRecipientInfo(
            {
                "version": "v3",
                "originator": cms.OriginatorIdentifierOrKey(
                    name="originator_key",
                    value=asn1_x509.PublicKeyInfo.load(spki),
                ),
                "ukm": ukm,
                "key_encryption_algorithm": {"algorithm": _ECDH_SHA256_KDF, "parameters": wrap},
                "recipient_encrypted_keys": [
                    {
                        "rid": cms.KeyAgreementRecipientIdentifier(
                            name="issuer_and_serial_number", value=_issuer_serial(cert)
                        ),
                        "encrypted_key": keywrap.aes_key_wrap(kek, cek),
                    }
                ],
            }
        ),
    )


def seal(content: bytes, recipients: Sequence[x509.Certificate]) -> bytes:
    """`content` as a DER AuthEnvelopedData that each certificate's key can open."""
    if not recipients:
        raise ValueError("an envelope needs at least one recipient")
    cek = secrets.token_bytes(32)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    infos = [
        _rsa_recipient(c, cek)
        if isinstance(c.public_key(), rsa.RSAPublicKey)
        else _ec_recipient(c, cek)
        for c in recipients
    ]
    encryptor = Cipher(algorithms.AES(cek), modes.GCM(nonce)).encryptor()
    ciphertext = encryptor.update(content) + encryptor.finalize()
    envelope = cms.AuthEnvelopedData(
        {
            "version": "v0",
            "recipient_infos": infos,
            "auth_encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {
                    "algorithm": "aes256_gcm",
                    "parameters": _GcmParameters({"aes_nonce": nonce, "aes_icvlen": _TAG_BYTES}),
                },
                "encrypted_content": ciphertext,
            },
            "mac": encryptor.tag,
        }
    )
    info = cms.ContentInfo({"content_type": "authenticated_enveloped_data", "content": envelope})
    return bytes(info.dump())


# --- opening ---


def is_envelope(path: Path) -> bool:
    """Whether the file starts as an envelope of this module (a DER ContentInfo holding
    AuthEnvelopedData); a zip file starts with "PK" and is not one."""
    with open_regular(path) as fh:
        head = fh.read(32)
    if len(head) < 4 or head[0] != 0x30:
        return False
    n = head[1] & 0x7F if head[1] & 0x80 else 0
    return bool(head[2 + n : 2 + n + len(_AUTH_ENVELOPED_OID_DER)] == _AUTH_ENVELOPED_OID_DER)


class _Der:
    """Reads DER headers from a file, definite lengths only (BER's indefinite lengths are
    refused: nothing this module writes uses them, and they let a length lie)."""

    def __init__(self, fh: IO[bytes], path: Path, size: int) -> None:
        self.fh, self.path, self.size = fh, path, size

    def header(self, expect: int | None = None) -> tuple[int, int, bytes]:
        """(tag, length, the header's bytes) of the next element."""
        raw = self.fh.read(2)
        if len(raw) < 2:
            raise _envelope_error(self.path, "truncated")
        tag, first = raw[0], raw[1]
        if expect is not None and tag != expect:
            raise _envelope_error(self.path, f"unexpected element {tag:#x}")
        if first < 0x80:
            length = first
        else:
            n = first & 0x7F
            if n == 0 or n > 8:
                raise _envelope_error(self.path, "an indefinite or oversized length")
            more = self.fh.read(n)
            raw += more
            length = int.from_bytes(more, "big")
        if length > self.size - self.fh.tell():
            raise _envelope_error(self.path, "a length beyond the end of the file")
        return tag, length, raw

    def element(self, limit: int, expect: int | None = None) -> bytes:
        """The whole next element (header and value), at most `limit` bytes of value."""
        _, length, head = self.header(expect)
        if length > limit:
            raise _envelope_error(self.path, "an element is too large")
        return head + self.fh.read(length)


@dataclass(frozen=True)
class _Parsed:
    recipients: cms.RecipientInfos
    algorithm: algos.EncryptionAlgorithm
    offset: int  # of the ciphertext in the file
    length: int
    mac: bytes


def _parse(fh: IO[bytes], path: Path, size: int) -> _Parsed:
    der = _Der(fh, path, size)

    def to_the_end(tag: int) -> None:
        # The three outer wrappers each run to the end of the file: nothing hides after them.
        _, length, _ = der.header(tag)
        if fh.tell() + length != size:
            raise _envelope_error(path, "the lengths do not match the file")

    to_the_end(0x30)  # ContentInfo
    if der.element(64, 0x06) != _AUTH_ENVELOPED_OID_DER:
        raise _envelope_error(path, "not an authenticated envelope")
    to_the_end(0xA0)
    to_the_end(0x30)  # AuthEnvelopedData
    if der.element(8, 0x02) != b"\x02\x01\x00":  # version 0, the only one (RFC 5083)
        raise _envelope_error(path, "an unknown version")
    tag = fh.peek(1)[:1] if hasattr(fh, "peek") else b""
    if tag == b"\xa0":  # originatorInfo: certificates nobody needs here
        der.element(MAX_RECIPIENT_BYTES)
    try:
        recipients = cms.RecipientInfos.load(der.element(MAX_RECIPIENT_BYTES, 0x31))
        _, info_length, _ = der.header(0x30)  # EncryptedContentInfo
        info_end = fh.tell() + info_length
        if der.element(64, 0x06) != _DATA_OID_DER:
            raise _envelope_error(path, "the content is not data")
        algorithm = algos.EncryptionAlgorithm.load(der.element(1024, 0x30))
        _, length, _ = der.header(0x80)  # [0] IMPLICIT OCTET STRING, primitive
        offset = fh.tell()
        fh.seek(offset + length)
        if fh.tell() != info_end:
            raise _envelope_error(path, "the lengths do not match")
        # authAttrs ([1]) and unauthAttrs ([2]) are not written here, hence not accepted.
        mac = core.OctetString.load(der.element(64, 0x04)).native
        if fh.tell() != size:
            raise _envelope_error(path, "something follows the authentication tag")
        count = len(recipients)
    except (ValueError, TypeError) as exc:
        raise _envelope_error(path, str(exc)[:200]) from None
    if count > MAX_RECIPIENTS:
        raise _envelope_error(path, "too many recipients")
    return _Parsed(recipients, algorithm, offset, length, mac)


def _named(rid: Any) -> Recipient | None:
    if rid.name != "issuer_and_serial_number":
        return None
    return Recipient(_common_name(rid.chosen["issuer"]), int(rid.chosen["serial_number"].native))


def recipients_of(path: Path) -> list[Recipient]:
    """Who the envelope in `path` is for (certificates named by subject key id are left out)."""
    with open_regular(path) as fh:
        parsed = _parse(fh, path, file_size(fh))
    found: list[Recipient] = []
    try:
        for info in parsed.recipients:
            rids = (
                [info.chosen["rid"]]
                if info.name == "ktri"
                else [k["rid"] for k in info.chosen["recipient_encrypted_keys"]]
                if info.name == "kari"
                else []
            )
            found.extend(r for r in map(_named, rids) if r is not None)
    except (ValueError, TypeError, KeyError) as exc:  # asn1crypto parses lazily, here
        raise _envelope_error(path, str(exc)[:200]) from None
    return found


def _own(cert: x509.Certificate) -> Recipient:
    ours = _issuer_serial(cert)
    return Recipient(_common_name(ours["issuer"]), int(ours["serial_number"].native))


def key_name(me: RecipientKey) -> str:
    """The key's certificate as people and envelopes name it: "name: issuer, serial"."""
    return f"{certificate_name(me.certificate)}: {_own(me.certificate)}"


def _matches(rid: Any, cert: x509.Certificate) -> bool:
    if rid.name in ("issuer_and_serial_number",):
        mine = _issuer_serial(cert)
        return bool(
            rid.chosen["issuer"].dump() == mine["issuer"].dump()
            and rid.chosen["serial_number"].native == mine["serial_number"].native
        )
    try:
        ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return False
    value = rid.chosen["subject_key_identifier"] if rid.name == "r_key_id" else rid.chosen
    return bool(value.native == ski)


def _content_key(parsed: _Parsed, me: RecipientKey, path: Path) -> bytes | None:
    """The content key if one recipient entry is for `me`; None if none is. A matching entry
    that does not decrypt means the envelope was altered (or the key is not this cert's)."""
    try:
        for info in parsed.recipients:
            if info.name == "ktri" and isinstance(me.key, rsa.RSAPrivateKey):
                ktri = info.chosen
                if not _matches(ktri["rid"], me.certificate):
                    continue
                if ktri["version"].native not in ("v0", "v2"):
                    raise _envelope_error(path, "an unknown recipient version")
                algorithm = ktri["key_encryption_algorithm"]
                if algorithm["algorithm"].native != "rsaes_oaep":
                    raise _envelope_error(path, "the key is not encrypted with RSA-OAEP")
                params = algorithm["parameters"]
                digest = (
                    hashes.SHA256()
                    if params["hash_algorithm"]["algorithm"].native == "sha256"
                    else hashes.SHA1()
                )
                mgf = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
                oaep = padding.OAEP(
                    mgf=padding.MGF1(hashes.SHA256() if mgf == "sha256" else hashes.SHA1()),
                    algorithm=digest,
                    label=None,
                )
                return bytes(me.key.decrypt(ktri["encrypted_key"].native, oaep))
            if info.name == "kari" and isinstance(me.key, ec.EllipticCurvePrivateKey):
                kari = info.chosen
                mine = [
                    k
                    for k in kari["recipient_encrypted_keys"]
                    if _matches(k["rid"], me.certificate)
                ]
                if not mine:
                    continue
                algorithm = kari["key_encryption_algorithm"]
                wrap = cms.KeyEncryptionAlgorithm.load(algorithm["parameters"].dump())
                kdf_hash = _ECDH_KDF_HASHES.get(algorithm["algorithm"].dotted)
                if kdf_hash is None or wrap["algorithm"].native not in _WRAP_BYTES:
                    raise _envelope_error(path, "an unsupported key agreement")
                originator = kari["originator"]
                if originator.name != "originator_key":
                    raise _envelope_error(path, "no originator key")
                # The point on the recipient's own curve (the parameters may be left out).
                public = ec.EllipticCurvePublicKey.from_encoded_point(
                    me.key.curve, originator.chosen["public_key"].native
                )
                ukm = kari["ukm"].native
                kek = _kek(me.key.exchange(ec.ECDH(), public), wrap, ukm, kdf_hash())
                return keywrap.aes_key_unwrap(kek, mine[0]["encrypted_key"].native)
    except (ValueError, TypeError, KeyError, keywrap.InvalidUnwrap) as exc:
        raise _envelope_error(
            path, f"the content key does not decrypt ({type(exc).__name__})"
        ) from None
    return None


def open_envelope(path: Path, me: RecipientKey, out: IO[bytes], limit: int) -> int:
    """Decrypt the envelope in `path` into `out` (chunk by chunk); the number of bytes.

    BadInput: `envelope.not_recipient` (naming who it is for) when `me` is not among the
    recipients, `envelope.damaged` when it is altered or malformed, `envelope.too_large` when
    the file is larger than `limit` (before a byte is read). Use what was written to `out`
    only when this returns."""
    with open_regular(path) as fh:
        size = file_size(fh)
        if size > limit:
            raise BadInput("envelope.too_large", file=path.name)
        parsed = _parse(fh, path, size)
        cek = _content_key(parsed, me, path)
        if cek is None:
            names = "; ".join(str(r) for r in recipients_of(path)) or "?"
            raise BadInput(
                "envelope.not_recipient",
                file=path.name,
                recipients=names,
                me=key_name(me),
            )
        algorithm = parsed.algorithm
        try:
            if algorithm["algorithm"].native != "aes256_gcm" or len(cek) != 32:
                raise _envelope_error(path, "content not encrypted with AES-256-GCM")
            params = algorithm["parameters"].parse(_GcmParameters)
            nonce = params["aes_nonce"].native
            if params["aes_icvlen"].native != _TAG_BYTES or len(parsed.mac) != _TAG_BYTES:
                raise _envelope_error(path, "the authentication tag is not 16 bytes")
            decryptor = Cipher(
                algorithms.AES(cek), modes.GCM(nonce, parsed.mac, min_tag_length=_TAG_BYTES)
            ).decryptor()
        except (ValueError, TypeError, KeyError) as exc:
            raise _envelope_error(path, str(exc)[:200]) from None
        fh.seek(parsed.offset)
        left = parsed.length
        while left:
            chunk = fh.read(min(_CHUNK, left))
            if not chunk:
                raise _envelope_error(path, "truncated")
            left -= len(chunk)
            out.write(decryptor.update(chunk))
        try:
            decryptor.finalize()
        except InvalidTag:
            raise _envelope_error(path, "the authentication tag does not match") from None
    out.flush()
    return parsed.length


def recipient_key_from_p12(p12: Path, passphrase: str) -> RecipientKey:
    """The key and certificate in a PKCS#12 file, opened as for signing (same checks and
    `SigningError`s: wrong passphrase, no key, a certificate that is not the key's)."""
    from csbm_desktop.export import signing

    signer = signing.open_signer(signing.SignerSpec(kind="p12", p12_path=p12), passphrase)
    assert signer.signing_cert is not None  # open_signer refuses a file without one
    certificate = x509.load_der_x509_certificate(signer.signing_cert.dump())
    return RecipientKey(signer._kept_key, certificate)  # type: ignore[attr-defined]
