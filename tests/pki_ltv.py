"""A throw-away PKI for long-term validation tests: like tests/pki.py, plus what B-LT and B-T need.

Root CA → issuing CA → preparer, officer, a revoked person, a person whose certificate expires
seconds after it is made, and a time-stamp authority (extended key usage timeStamping). The
certificates name CRL distribution points (on 127.0.0.1, never fetched: validation stays offline)
because that is how real certificates declare where their revocation status is; the CRLs
themselves are written as files, as the ministry carries them in. `TsaServer` is a real RFC 3161
responder over HTTP on 127.0.0.1 (pyHanko's test time-stamper behind http.server).
"""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT_CRL_URL = "http://127.0.0.1:9/csbm-test-root.crl"
ISSUING_CRL_URL = "http://127.0.0.1:9/csbm-test-issuing.crl"
PASSPHRASE = "ltv-pass 3"


@dataclass(frozen=True)
class LtvPki:
    root_pem: Path
    issuing_pem: Path
    root_crl: Path  # PEM, lists nothing: the issuing CA is in good standing
    issuing_crl: Path  # DER, lists the revoked person
    preparer_p12: Path
    officer_p12: Path
    revoked_p12: Path
    issuing: tuple[x509.Certificate, rsa.RSAPrivateKey]  # to issue more people (make_person)
    tsa_cert: Any  # asn1crypto certificate and key, for pyHanko's DummyTimeStamper
    tsa_key: Any
    issuing_asn1: Any
    passphrase: str = PASSPHRASE


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "EC"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministerio de Defensa (test)"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _usage(*, ca: bool, sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign and not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _cert(
    cn: str,
    key: rsa.RSAPrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] | None,
    *,
    ca: bool,
    crl_url: str | None,
    not_after: dt.datetime,
    tsa: bool = False,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer[0].subject if issuer else _name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_usage(ca=ca, sign=not ca), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
    if crl_url:
        point = x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(crl_url)],
            relative_name=None,
            reasons=None,
            crl_issuer=None,
        )
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    if tsa:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return builder.sign(issuer[1] if issuer else key, hashes.SHA256())


def _crl(
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey], revoked: list[x509.Certificate]
) -> x509.CertificateRevocationList:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer[0].subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=7))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
        .add_extension(x509.CRLNumber(1), critical=False)
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(now - dt.timedelta(minutes=10))
            .build()
        )
    return builder.sign(issuer[1], hashes.SHA256())


def make_ltv_pki(tmp: Path) -> LtvPki:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    out = tmp / "ltv-pki"
    out.mkdir(parents=True, exist_ok=True)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _cert("CSBM LTV Root CA", root_key, None, ca=True, crl_url=None, not_after=later)
    issuing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuing = _cert(
        "CSBM LTV Issuing CA",
        issuing_key,
        (root, root_key),
        ca=True,
        crl_url=ROOT_CRL_URL,
        not_after=later,
    )
    ca = (issuing, issuing_key)

    preparer, _ = make_person(out, ca, "preparer", "Ana Gómez — Preparer", later)
    officer, _ = make_person(out, ca, "officer", "Luis Vera — Authorising officer", later)
    revoked, revoked_cert = make_person(out, ca, "revoked", "Revoked Signer", later)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = _cert(
        "CSBM LTV Time-Stamp Authority",
        tsa_key,
        ca,
        ca=False,
        crl_url=ISSUING_CRL_URL,
        not_after=later,
        tsa=True,
    )

    pem, der = serialization.Encoding.PEM, serialization.Encoding.DER
    (out / "root.pem").write_bytes(root.public_bytes(pem))
    (out / "issuing.pem").write_bytes(issuing.public_bytes(pem))
    (out / "root.crl.pem").write_bytes(_crl((root, root_key), []).public_bytes(pem))
    (out / "issuing.crl").write_bytes(_crl(ca, [revoked_cert]).public_bytes(der))
    tsa_key_der = tsa_key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return LtvPki(
        root_pem=out / "root.pem",
        issuing_pem=out / "issuing.pem",
        root_crl=out / "root.crl.pem",
        issuing_crl=out / "issuing.crl",
        preparer_p12=preparer,
        officer_p12=officer,
        revoked_p12=revoked,
        issuing=ca,
        tsa_cert=asn1_x509.Certificate.load(tsa.public_bytes(der)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(tsa_key_der),
        issuing_asn1=asn1_x509.Certificate.load(issuing.public_bytes(der)),
    )


def make_person(
    out: Path,
    ca: tuple[x509.Certificate, rsa.RSAPrivateKey],
    slug: str,
    cn: str,
    not_after: dt.datetime,
) -> tuple[Path, x509.Certificate]:
    """A signing person's PKCS#12 (passphrase PASSPHRASE) issued by `ca`, valid until
    `not_after`."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _cert(cn, key, ca, ca=False, crl_url=ISSUING_CRL_URL, not_after=not_after)
    path = out / f"{slug}.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=cn.encode(),
            key=key,
            cert=cert,
            cas=[ca[0]],
            encryption_algorithm=serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    return path, cert


class TsaServer:
    """An RFC 3161 time-stamp responder on 127.0.0.1 (a free port), in a thread; use as a
    context manager. `requests` counts the time-stamp requests answered."""

    def __init__(self, pki: LtvPki) -> None:
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        store = SimpleCertificateStore()
        store.register(pki.issuing_asn1)
        stamper = DummyTimeStamper(pki.tsa_cert, pki.tsa_key, certs_to_embed=store)
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                from asn1crypto import tsp

                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_error(415)
                    return
                reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                server.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.requests = 0
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> TsaServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)
