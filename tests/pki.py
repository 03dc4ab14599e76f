"""A throw-away PKI for signing tests: root CA → issuing CA → two people; and a SoftHSM2 token.

Everything is made with `cryptography` in a temporary directory. Keys and passphrases here are
test material only; the private keys are also written unencrypted (PKCS#8 PEM) because
`softhsm2-util --import` wants them that way.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SOFTHSM_LIB_CANDIDATES = (
    Path("/usr/lib/softhsm/libsofthsm2.so"),
    Path("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/local/lib/softhsm/libsofthsm2.so"),
)


@dataclass(frozen=True)
class Identity:
    """One signing person: certificate and key as files, and the key in a PKCS#12."""

    name: str  # the subject common name
    cert_pem: Path
    key_pem: Path  # PKCS#8, unencrypted (for softhsm2-util)
    p12: Path  # key + certificate + issuing CA, encrypted with `passphrase`
    passphrase: str
    cert_der: bytes


@dataclass(frozen=True)
class Pki:
    root_pem: Path  # the only trust anchor
    root_der: Path  # the same certificate, DER
    intermediate_pem: Path
    intermediate_der: bytes
    preparer: Identity
    officer: Identity
    other_root_pem: Path  # an unrelated CA: trusting only it must leave signatures untrusted


PREPARER = "María Pérez — Preparer"
OFFICER = "Olga Ruiz — Authorising officer"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "EC"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministerio de Defensa (test)"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _ca_cert(
    cn: str,
    key: rsa.RSAPrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] | None,
    path_length: int | None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    issuer_name = issuer[0].subject if issuer else _name(cn)
    signing_key = issuer[1] if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
    return builder.sign(signing_key, hashes.SHA256())


def _person_cert(
    cn: str,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey],
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer[0].subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
        .sign(issuer[1], hashes.SHA256())
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _identity(
    out: Path,
    slug: str,
    cn: str,
    passphrase: str,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey],
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None,
) -> Identity:
    key = key or _key()
    cert = _person_cert(cn, key, issuer)
    cert_pem = out / f"{slug}.pem"
    cert_pem.write_bytes(_pem(cert))
    key_pem = out / f"{slug}.key.pem"
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_pem.chmod(0o600)
    p12 = out / f"{slug}.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=cn.encode(),
            key=key,
            cert=cert,
            cas=[issuer[0]],
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode()),
        )
    )
    return Identity(
        cn, cert_pem, key_pem, p12, passphrase, cert.public_bytes(serialization.Encoding.DER)
    )


def make_pki(tmp: Path) -> Pki:
    """Root CA → "CSBM Test Issuing CA" → the preparer and the authorising officer."""
    out = tmp / "pki"
    out.mkdir(parents=True, exist_ok=True)
    root_key = _key()
    root = _ca_cert("CSBM Test Root CA", root_key, None, path_length=1)
    inter_key = _key()
    inter = _ca_cert("CSBM Test Issuing CA", inter_key, (root, root_key), path_length=0)
    other_key = _key()
    other = _ca_cert("Unrelated Test Root CA", other_key, None, path_length=None)

    (out / "root.pem").write_bytes(_pem(root))
    (out / "root.der").write_bytes(root.public_bytes(serialization.Encoding.DER))
    (out / "issuing-ca.pem").write_bytes(_pem(inter))
    (out / "other-root.pem").write_bytes(_pem(other))
    issuer = (inter, inter_key)
    return Pki(
        root_pem=out / "root.pem",
        root_der=out / "root.der",
        intermediate_pem=out / "issuing-ca.pem",
        intermediate_der=inter.public_bytes(serialization.Encoding.DER),
        preparer=_identity(out, "preparer", PREPARER, "préparer-pass 1", issuer),
        officer=_identity(out, "officer", OFFICER, "officer-pass 2", issuer),
        other_root_pem=out / "other-root.pem",
    )


# --- SoftHSM2 ---


def softhsm_lib() -> Path | None:
    """The SoftHSM2 module, or None when softhsm2 (or its util) is not installed."""
    if shutil.which("softhsm2-util") is None:
        return None
    return next((p for p in SOFTHSM_LIB_CANDIDATES if p.exists()), None)


# Put on the token by a child process: SoftHSM 2.6's util imports keys only, and doing it in a
# child keeps this process from initialising the module before the token is complete.
_PUT_CERTS = textwrap.dedent(
    """
    import sys
    import pkcs11
    from pkcs11 import Attribute
    from pkcs11.util.x509 import decode_x509_certificate

    lib, token_label, pin = sys.argv[1:4]
    token = pkcs11.lib(lib).get_token(token_label=token_label)
    with token.open(rw=True, user_pin=pin) as session:
        for arg in sys.argv[4:]:
            path, label, obj_id = arg.split("|")
            attrs = decode_x509_certificate(open(path, "rb").read())
            attrs[Attribute.TOKEN] = True
            attrs[Attribute.LABEL] = label
            attrs[Attribute.ID] = bytes.fromhex(obj_id)
            session.create_object(attrs)
    """
)


def make_softhsm_token(
    tmp: Path,
    pki: Pki,
    label: str,
    pin: str,
    key_label: str,
    *,
    who: Identity | None = None,
) -> tuple[Path, str]:
    """A SoftHSM2 token holding `who`'s key (default: the authorising officer) and certificate
    under `key_label` (id 01), plus the issuing CA certificate; returns (module path, token label).

    Sets SOFTHSM2_CONF for this process. SoftHSM reads it once, when the module is first
    initialised in a process, so make every token a test session needs before signing with any
    (a session-scoped fixture does).
    """
    lib = softhsm_lib()
    if lib is None:
        raise RuntimeError("softhsm2 is not installed")
    who = who or pki.officer
    tokendir = tmp / "softhsm-tokens"
    tokendir.mkdir(parents=True, exist_ok=True)
    conf = tmp / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokendir}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*args: str) -> None:
        subprocess.run(args, check=True, env=env, capture_output=True, text=True, timeout=60)

    run(
        "softhsm2-util", "--init-token", "--free", "--label", label,
        "--pin", pin, "--so-pin", pin + "-so",
    )  # fmt: skip
    run(
        "softhsm2-util", "--import", str(who.key_pem), "--token", label,
        "--label", key_label, "--id", "01", "--pin", pin,
    )  # fmt: skip
    cert_der = tmp / f"{key_label}.cert.der"
    cert_der.write_bytes(who.cert_der)
    inter_der = tmp / "issuing-ca.der"
    inter_der.write_bytes(pki.intermediate_der)
    run(
        sys.executable, "-c", _PUT_CERTS, str(lib), label, pin,
        f"{cert_der}|{key_label}|01", f"{inter_der}|CSBM Test Issuing CA|02",
    )  # fmt: skip
    return lib, label


@dataclass(frozen=True)
class Recipients:
    """People a bundle is encrypted to: one with an RSA key, one with an EC (P-256) key, and a
    stranger the bundles are not for."""

    rsa: Identity
    ec: Identity
    stranger: Identity


def make_recipients(tmp: Path) -> Recipients:
    out = tmp / "recipients"
    out.mkdir(parents=True, exist_ok=True)
    ca_key = _key()
    ca = _ca_cert("CSBM Test Encryption CA", ca_key, None, path_length=0)
    issuer = (ca, ca_key)
    return Recipients(
        rsa=_identity(out, "rsa-recipient", "Rita Sosa — Reviewer", "rita-pass 3", issuer),
        ec=_identity(
            out,
            "ec-recipient",
            "Elena Cruz — Reviewer",
            "elena-pass 4",
            issuer,
            ec.generate_private_key(ec.SECP256R1()),
        ),
        stranger=_identity(out, "stranger", "Sam Tranger", "sam-pass 5", issuer),
    )
