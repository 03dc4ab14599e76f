"""Long-term validation, offline: PAdES B-B, B-T, B-LT and B-LTA, each checked by pyHanko's
validator and by poppler's pdfsig (with an NSS database that trusts the test root and holds the
test CRLs, as the receiving secretariat would set it up); revoked and expired signers refused.

The time-stamp authority is a real RFC 3161 responder on 127.0.0.1 (tests/pki_ltv.TsaServer); the
CRLs are files made by the test CA, as the ministry carries them in. Nothing else is contacted.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.ltv import load_crls, ltv_context
from csbm_desktop.export.signing import SignerSpec, SigningError, open_signer, sign_pdf, verify_pdf
from csbm_desktop.services.exports import verify_file
from csbm_desktop.services.workspace import Workspace
from tests.pki_ltv import PASSPHRASE, LtvPki, TsaServer, make_ltv_pki, make_person
from tests.test_exports import _final_report
from tests.test_signing import OFFICER_BOX, PREPARER_BOX, make_pdf

VARIANTS = ("B-B", "B-T", "B-LT", "B-LTA")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> LtvPki:
    return make_ltv_pki(tmp_path_factory.mktemp("ltv"))


@pytest.fixture(scope="module")
def tsa(pki: LtvPki) -> Iterator[TsaServer]:
    with TsaServer(pki) as server:
        yield server


def crls(pki: LtvPki) -> list[Path]:
    return [pki.root_crl, pki.issuing_crl]


def signer(p12: Path) -> Any:
    return open_signer(SignerSpec("p12", p12_path=p12), PASSPHRASE)


@pytest.fixture(scope="module")
def variants(
    pki: LtvPki, tsa: TsaServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The same report signed by the preparer and the officer in each PAdES level."""
    out = tmp_path_factory.mktemp("variants")
    src = make_pdf(out / "report.pdf")
    made = {}
    for level in VARIANTS:
        stamped = level in ("B-T", "B-LTA")
        context = ltv_context([pki.root_pem], crls(pki)) if "LT" in level else None
        current = src
        for i, (field, box, p12) in enumerate(
            (
                ("Preparer", PREPARER_BOX, pki.preparer_p12),
                ("AuthorisingOfficer", OFFICER_BOX, pki.officer_p12),
            )
        ):
            target = out / f"{level}-{i}.pdf"
            sign_pdf(
                current, target, signer(p12), field=field, box=(0, box), reason="Prepared by",
                location="Quito", name_for_stamp="", timestamp_url=tsa.url if stamped else None,
                validation_context=context, archive_timestamp=i == 1,
            )  # fmt: skip
            current = target
        made[level] = current
    return made


@pytest.fixture(scope="module")
def nssdb(pki: LtvPki, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An NSS database trusting the test root for signatures, with both CRLs imported."""
    if not (shutil.which("pdfsig") and shutil.which("certutil") and shutil.which("crlutil")):
        pytest.skip("needs poppler-utils and libnss3-tools (pdfsig, certutil, crlutil)")
    db = tmp_path_factory.mktemp("nss")
    spec = f"sql:{db}"

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, timeout=60)

    run("certutil", "-N", "-d", spec, "--empty-password")
    run("certutil", "-A", "-d", spec, "-n", "root", "-t", "CT,C,C", "-i", str(pki.root_pem))
    run("certutil", "-A", "-d", spec, "-n", "issuing", "-t", ",,", "-i", str(pki.issuing_pem))
    for crl in load_crls(crls(pki)):
        der = db / "import.crl"
        der.write_bytes(crl.dump())
        run("crlutil", "-I", "-d", spec, "-i", str(der), "-B")
    return spec


def pdfsig(path: Path, nssdb: str) -> list[str]:
    """pdfsig's report per signature. (Not -no-ocsp: poppler 22.12 then fails every signature
    after the first with "Unknown issue"; the test certificates name no OCSP responder, so
    nothing is fetched either way.)"""
    run = subprocess.run(
        ["pdfsig", "-nssdir", nssdb, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return run.stdout.split("Signature #")[1:]


def dss(path: Path) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    return DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(path.read_bytes())))


# --- every level verifies, here and in pdfsig ---


@pytest.mark.parametrize("level", VARIANTS)
def test_every_level_verifies_with_pyhanko_and_pdfsig(
    level: str, variants: dict[str, Path], pki: LtvPki, nssdb: str
) -> None:
    path = variants[level]
    sigs = verify_pdf(path, [pki.root_pem], crls(pki))
    expected = ["Preparer", "AuthorisingOfficer"] + (
        ["ArchiveTimeStamp"] if level == "B-LTA" else []
    )
    assert [s.field for s in sigs] == expected
    for sig in sigs:
        assert sig.intact, (sig.field, sig.problems)
        assert sig.valid, (sig.field, sig.problems)
        assert sig.trusted, (sig.field, sig.problems)
    verdict = verify_file(path, [pki.root_pem])
    assert verdict.ok, verdict.lines

    blocks = pdfsig(path, nssdb)
    assert len(blocks) == len(expected)
    for block in blocks[:2]:
        assert "Signature Validation: Signature is Valid." in block, block
        assert "Certificate Validation: Certificate is Trusted." in block, block
    if level == "B-LTA":
        # poppler 22.12 lists a document time stamp but cannot check one ("not yet verified")
        assert "CSBM LTV Time-Stamp Authority" in blocks[2]


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_b_lt_carries_the_chain_and_crls_to_validate_with_nothing_else(
    level: str, variants: dict[str, Path], pki: LtvPki
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )

    from csbm_desktop.export.signing import load_trust_roots

    store = dss(variants[level])
    names = {c.subject.native["common_name"] for c in store.load_certs()}
    assert {
        "CSBM LTV Issuing CA",
        "Ana Gómez — Preparer",
        "Luis Vera — Authorising officer",
    } <= names
    assert len(store.crls) >= 2
    # Years later: only the root and what the PDF carries, and a CRL demanded for every
    # certificate of each chain (no file given, nothing fetched).
    rule = RevocationCheckingRule.CRL_REQUIRED
    context_args = {
        "trust_roots": load_trust_roots([pki.root_pem]),
        "allow_fetching": False,
        "revinfo_policy": CertRevTrustPolicy(RevocationCheckingPolicy(rule, rule)),
    }
    reader = PdfFileReader(io.BytesIO(variants[level].read_bytes()))
    for sig in reader.embedded_regular_signatures:
        status = validate_pdf_signature(sig, store.as_validation_context(context_args))
        assert status.bottom_line, status.pretty_print_details()
    # the same strict check fails on the B-B file: no DSS, no revocation data
    reader = PdfFileReader(io.BytesIO(variants["B-B"].read_bytes()))
    context = ltv_context([pki.root_pem], [])
    status = validate_pdf_signature(reader.embedded_regular_signatures[0], context)
    assert not status.bottom_line


def test_time_stamps_come_from_the_local_tsa(
    variants: dict[str, Path], pki: LtvPki, tsa: TsaServer
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    assert tsa.requests >= 2 + 2 + 1  # B-T: 2 signatures; B-LTA: 2 and the document stamp
    for level in ("B-T", "B-LTA"):
        reader = PdfFileReader(io.BytesIO(variants[level].read_bytes()))
        for sig in reader.embedded_regular_signatures:
            status = validate_pdf_signature(sig, ltv_context([pki.root_pem], crls(pki)))
            stamp = status.timestamp_validity
            assert stamp is not None, level
            assert stamp.trusted, level
            assert (
                stamp.signing_cert.subject.native["common_name"] == "CSBM LTV Time-Stamp Authority"
            )
            assert abs(stamp.timestamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    for level in ("B-B", "B-LT"):
        reader = PdfFileReader(io.BytesIO(variants[level].read_bytes()))
        assert all(
            validate_pdf_signature(s, ltv_context([pki.root_pem], crls(pki))).timestamp_validity
            is None
            for s in reader.embedded_regular_signatures
        )
    last = PdfFileReader(io.BytesIO(variants["B-LTA"].read_bytes())).embedded_signatures[-1]
    assert last.sig_object_type == "/DocTimeStamp"


def test_an_unreachable_tsa_is_a_clear_error(pki: LtvPki, tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port on 127.0.0.1 that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = make_pdf(tmp_path / "r.pdf")
    with pytest.raises(SigningError) as caught:
        sign_pdf(
            src, tmp_path / "out.pdf", signer(pki.preparer_p12), field="Preparer", box=None,
            reason="", location="", name_for_stamp="",
            timestamp_url=f"http://127.0.0.1:{port}/tsa",
        )  # fmt: skip
    assert caught.value.code in ("tsa.failed", "sign.failed")
    assert not (tmp_path / "out.pdf").exists()


# --- what is refused ---


def test_signing_b_lt_refuses_a_revoked_certificate(pki: LtvPki, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "r.pdf")
    with pytest.raises(SigningError) as caught:
        sign_pdf(
            src, tmp_path / "out.pdf", signer(pki.revoked_p12), field="Preparer", box=None,
            reason="", location="", name_for_stamp="",
            validation_context=ltv_context([pki.root_pem], crls(pki)),
        )  # fmt: skip
    assert caught.value.code == "cert.revoked"
    assert "revoked" in caught.value.message
    assert not (tmp_path / "out.pdf").exists()


def test_incomplete_or_bad_revocation_material_is_refused(pki: LtvPki, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "r.pdf")
    with pytest.raises(SigningError) as caught:  # no CRL for the issuing CA itself
        sign_pdf(
            src, tmp_path / "out.pdf", signer(pki.preparer_p12), field="Preparer", box=None,
            reason="", location="", name_for_stamp="",
            validation_context=ltv_context([pki.root_pem], [pki.issuing_crl]),
        )  # fmt: skip
    assert caught.value.code == "ltv.incomplete"
    with pytest.raises(SigningError) as caught:
        ltv_context([], crls(pki))
    assert caught.value.code == "ltv.no_trust"
    junk = tmp_path / "junk.crl"
    junk.write_bytes(b"\x30\x82\x01\x00 not a CRL")
    with pytest.raises(SigningError) as caught:
        ltv_context([pki.root_pem], [junk])
    assert caught.value.code == "crl.invalid"
    assert "junk.crl" in caught.value.message
    with pytest.raises(SigningError) as caught:
        ltv_context([pki.root_pem], [pki.root_pem])  # a certificate, not a CRL
    assert caught.value.code == "crl.invalid"


def test_a_pdf_signed_by_a_revoked_certificate_fails_verification_given_the_crl(
    pki: LtvPki, tmp_path: Path, nssdb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from csbm_desktop.cli import main

    signed = tmp_path / "revoked.pdf"
    sign_pdf(
        make_pdf(tmp_path / "r.pdf"), signed, signer(pki.revoked_p12), field="Preparer",
        box=None, reason="", location="", name_for_stamp="",
    )  # fmt: skip
    trust = ["--trust", str(pki.root_pem)]
    # Without revocation data nothing is known against the signer (the file still fails the
    # default policy, which wants the authorising officer's signature too).
    assert main(["verify", str(signed), *trust]) == 1
    before = capsys.readouterr().out
    assert "valid signature, trusted certificate" in before
    assert "revoked" not in before
    crl_args = ["--crl", str(pki.root_crl), "--crl", str(pki.issuing_crl)]
    junk = tmp_path / "junk.crl"
    junk.write_text("not a CRL")
    assert main(["verify", str(signed), *trust, "--crl", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "junk.crl is not a certificate revocation list" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["verify", str(signed), *trust, *crl_args]) == 1
    out = capsys.readouterr().out
    assert "the certificate is revoked" in out
    assert "NOT VERIFIED" in out
    (block,) = pdfsig(signed, nssdb)
    assert "Signature Validation: Signature is Valid." in block
    assert "Certificate Validation: Certificate has been Revoked." in block


def test_an_expired_signer_is_refused_unless_a_time_stamp_proves_it_signed_in_time(
    pki: LtvPki, tsa: TsaServer, tmp_path: Path, nssdb: str
) -> None:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    p12, _cert = make_person(tmp_path, pki.issuing, "short", "Short-lived Signer", expires)
    src = make_pdf(tmp_path / "r.pdf")
    key = signer(p12)
    signed, stamped = tmp_path / "expired.pdf", tmp_path / "stamped.pdf"
    sign_pdf(
        src, signed, key, field="Preparer", box=None, reason="", location="", name_for_stamp="",
    )  # fmt: skip
    sign_pdf(
        src, stamped, key, field="Preparer", box=None, reason="", location="",
        name_for_stamp="", timestamp_url=tsa.url,
        validation_context=ltv_context([pki.root_pem], crls(pki)),
    )  # fmt: skip
    time.sleep(max(0.0, (expires - dt.datetime.now(dt.UTC)).total_seconds()) + 1.5)

    (sig,) = verify_pdf(signed, [pki.root_pem], crls(pki))
    assert sig.intact
    assert sig.valid
    assert not sig.trusted
    assert any("validity period" in p or "expired" in p for p in sig.problems), sig.problems
    (block,) = pdfsig(signed, nssdb)
    assert "Certificate Validation: Certificate has Expired" in block, block
    with pytest.raises(SigningError) as caught:  # and it can no longer sign
        signer(p12)
    assert caught.value.code == "cert.expired"

    # B-LT with a time stamp: the certificate was valid when the TSA saw the signature.
    (sig,) = verify_pdf(stamped, [pki.root_pem])
    assert sig.trusted, sig.problems


def test_a_time_stamp_does_not_save_a_signature_made_after_revocation(
    pki: LtvPki, tsa: TsaServer, tmp_path: Path
) -> None:
    signed = tmp_path / "revoked-stamped.pdf"
    sign_pdf(
        make_pdf(tmp_path / "r.pdf"), signed, signer(pki.revoked_p12), field="Preparer",
        box=None, reason="", location="", name_for_stamp="", timestamp_url=tsa.url,
    )  # fmt: skip
    (sig,) = verify_pdf(signed, [pki.root_pem], crls(pki))
    assert not sig.trusted
    assert "the certificate is revoked" in sig.problems


# --- through the command line, on a real final report ---


def test_csbm_export_b_lta_and_refuses_a_revoked_signer(
    workspace: Workspace,
    staff: dict[str, Actor],
    pki: LtvPki,
    tsa: TsaServer,
    tmp_path: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from csbm_desktop.cli import main

    report_id = _final_report(workspace, staff)
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n")
    login = ["--db", str(workspace.path), "--user", "olga.officer"]
    login += ["--password-file", str(password_file)]
    ltv_args = ["--crl", str(pki.root_crl), "--crl", str(pki.issuing_crl)]
    ltv_args += ["--trust", str(pki.root_pem), "--tsa", tsa.url]

    def export(out: Path, *p12s: Path) -> int:
        keys = [
            a for p in p12s for a in ("--sign-p12", str(p), "--passphrase-file", str(passphrase))
        ]
        return main([*login, "export", str(report_id), "--package", str(out), *keys, *ltv_args])

    assert export(tmp_path / "r.zip", pki.preparer_p12, pki.officer_p12) == 0, capsys.readouterr()
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "r.zip"), "--trust", str(pki.root_pem)]) == 0
    out = capsys.readouterr().out
    assert "ArchiveTimeStamp: CSBM LTV Time-Stamp Authority" in out
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        pdf_name = next(n for n in zf.namelist() if n.endswith(".pdf"))
        (tmp_path / "r.pdf").write_bytes(zf.read(pdf_name))
    assert len(dss(tmp_path / "r.pdf").crls) >= 2
    assert [s.field for s in verify_pdf(tmp_path / "r.pdf", [pki.root_pem])] == [
        "Preparer",
        "AuthorisingOfficer",
        "ArchiveTimeStamp",
    ]

    assert export(tmp_path / "bad.zip", pki.preparer_p12, pki.revoked_p12) == 2
    err = capsys.readouterr().err
    assert "revoked" in err
    assert len(err.strip().splitlines()) == 1  # a sentence, no traceback
    assert not (tmp_path / "bad.zip").exists()
