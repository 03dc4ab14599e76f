"""Signing and verification, checked by this module *and* by independent tools: poppler's pdfsig
for the PDF signatures, `openssl cms -verify` for the detached ones.

The PKI (root → issuing CA → two people) is made fresh per test session by tests/pki.py; the
PKCS#11 path runs against a SoftHSM2 token and is skipped when softhsm2 is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.export.signing import (
    SignatureInfo,
    SignerSpec,
    SigningError,
    close_signer,
    open_signer,
    sign_detached,
    sign_pdf,
    signer_certificate_fingerprint,
    signer_name,
    verify_detached,
    verify_pdf,
)
from tests.pki import OFFICER, PREPARER, Pki, make_pki, make_softhsm_token, softhsm_lib

MARKER = b"CSBM-INTEGRITY-MARKER"  # text in the unsigned PDF, plain (uncompressed) on page 1
PREPARER_BOX = (72.0, 200.0, 300.0, 280.0)
OFFICER_BOX = (320.0, 200.0, 540.0, 280.0)
TOKEN_LABEL = "CSBM Officer"
TOKEN_PIN = "4711-0815"
TOKEN_KEY = "officer-signing"


def make_pdf(path: Path, pages: int = 3) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pageCompression=0)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"CSBM annual report 2025 — page {n} of {pages}")
        if n == 1:
            c.drawString(72, 730, MARKER.decode())
        for line in range(30):
            c.drawString(72, 700 - 14 * line, f"Measure {line + 1}: information exchanged.")
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def p12_specs(pki: Pki) -> dict[str, tuple[SignerSpec, str]]:
    return {
        "preparer": (SignerSpec("p12", p12_path=pki.preparer.p12), pki.preparer.passphrase),
        "officer": (SignerSpec("p12", p12_path=pki.officer.p12), pki.officer.passphrase),
    }


@pytest.fixture(scope="session")
def signed(
    tmp_path_factory: pytest.TempPathFactory, p12_specs: dict[str, tuple[SignerSpec, str]]
) -> dict[str, Path]:
    """The report signed by the preparer (visible, page 1), then by the officer (incremental)."""
    out = tmp_path_factory.mktemp("signed")
    src = make_pdf(out / "report.pdf")
    preparer = open_signer(*p12_specs["preparer"])
    officer = open_signer(*p12_specs["officer"])
    sign_pdf(
        src, out / "one.pdf", preparer, field="Preparer", box=(0, PREPARER_BOX),
        reason="Prepared by", location="Quito", name_for_stamp=signer_name(preparer),
    )  # fmt: skip
    sign_pdf(
        out / "one.pdf", out / "two.pdf", officer, field="AuthorisingOfficer",
        box=(0, OFFICER_BOX), reason="Authorised for transmission — «OAS»",
        location="Quito", name_for_stamp=signer_name(officer),
    )  # fmt: skip
    return {"unsigned": src, "one": out / "one.pdf", "two": out / "two.pdf"}


def pdfsig(path: Path, *args: str) -> str:
    if shutil.which("pdfsig") is None:
        pytest.skip("poppler's pdfsig is not installed (apt-get install poppler-utils)")
    run = subprocess.run(
        ["pdfsig", *args, str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    return run.stdout


def pdfsig_blocks(output: str) -> list[str]:
    return re.split(r"^Signature #\d+:\s*$", output, flags=re.M)[1:]


def openssl_verify(p7s: Path, content: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "cms", "-verify", "-inform", "DER", "-binary", "-in", str(p7s),
         "-content", str(content), "-CAfile", str(ca), "-purpose", "any", "-out", "/dev/null"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def byte_ranges(pdf: bytes) -> list[list[int]]:
    return [
        [int(v) for v in m.group(1).split()]
        for m in re.finditer(rb"/ByteRange\s*\[\s*([\d\s]+?)\s*\]", pdf)
    ]


def assert_good(info: SignatureInfo, *, trusted: bool = True) -> None:
    assert info.intact, info.problems
    assert info.valid, info.problems
    assert info.trusted is trusted, info.problems


# --- PDF, PKCS#12 ---


def test_both_signatures_are_intact_valid_and_trusted_with_the_root(
    signed: dict[str, Path], pki: Pki, p12_specs: dict[str, tuple[SignerSpec, str]]
) -> None:
    started = datetime.now(UTC) - timedelta(minutes=5)
    first, second = verify_pdf(signed["two"], [pki.root_pem])
    assert (first.field, second.field) == ("Preparer", "AuthorisingOfficer")
    assert (first.signer, second.signer) == (PREPARER, OFFICER)
    for info in (first, second):
        assert_good(info)
        assert info.problems == []
        assert info.issuer == "CSBM Test Issuing CA"
        assert info.signing_time is not None
        assert info.signing_time > started
    # The preparer's signature covers its own revision; the officer's signature was added after.
    assert not first.covers_whole_file
    assert first.modification == "form_filling"
    assert second.covers_whole_file
    assert second.modification == "none"
    assert first.fingerprint_sha256 == signer_certificate_fingerprint(
        open_signer(*p12_specs["preparer"])
    )
    assert len(second.fingerprint_sha256) == 64


def test_trust_comes_only_from_the_given_cas(signed: dict[str, Path], pki: Pki) -> None:
    for trust in ([], [pki.other_root_pem]):
        infos = verify_pdf(signed["two"], trust)
        assert len(infos) == 2
        for info in infos:
            assert_good(info, trusted=False)
            assert info.problems
    assert "no CA certificate" in verify_pdf(signed["two"], [])[0].problems[0]
    assert "trusted CA" in verify_pdf(signed["two"], [pki.other_root_pem])[0].problems[0]
    # DER works as well as PEM, and the issuing CA alone is an acceptable anchor.
    for trust in ([pki.root_der], [pki.intermediate_pem], [pki.other_root_pem, pki.root_pem]):
        assert all(i.trusted for i in verify_pdf(signed["two"], trust))


def test_signing_is_incremental_and_keeps_the_first_signature(
    signed: dict[str, Path], pki: Pki
) -> None:
    one, two = signed["one"].read_bytes(), signed["two"].read_bytes()
    assert two.startswith(one)
    assert one.startswith(signed["unsigned"].read_bytes())
    (only,) = verify_pdf(signed["one"], [pki.root_pem])
    assert_good(only)
    assert only.covers_whole_file


def test_signature_fields_are_visible_stamps_where_asked(signed: dict[str, Path]) -> None:
    from pypdf import PdfReader

    page = PdfReader(signed["two"]).pages[0]
    widgets = {str(a.get_object()["/T"]): a.get_object() for a in page["/Annots"]}
    assert set(widgets) == {"Preparer", "AuthorisingOfficer"}
    for name, box, who in (
        ("Preparer", PREPARER_BOX, PREPARER),
        ("AuthorisingOfficer", OFFICER_BOX, OFFICER),
    ):
        widget = widgets[name]
        assert [float(v) for v in widget["/Rect"]] == list(box)
        # The stamp is set in embedded DejaVu (glyph ids): each line carries its text as
        # /ActualText, which is what copying and searching find.
        text = _stamp_lines(signed["two"], name)
        assert who in text  # "—" and accents intact
        assert "Digitally signed by" in text
        reason = "Prepared by" if name == "Preparer" else "Authorised for transmission — «OAS»"
        assert reason in text


def _stamp_lines(path: Path, field: str) -> list[str]:
    import pikepdf

    with pikepdf.open(path) as pdf:
        widget = next(f for f in pdf.Root.AcroForm.Fields if str(f.T) == field)
        return [
            str(operands[1].ActualText)
            for operands, operator in pikepdf.parse_content_stream(widget.AP.N)
            if str(operator) == "BDC" and "/ActualText" in operands[1]
        ]


def test_pdfsig_reports_both_signatures_valid(signed: dict[str, Path]) -> None:
    out = pdfsig(signed["two"], "-nocert")
    blocks = pdfsig_blocks(out)
    assert len(blocks) == 2, out
    for block, field, who in zip(
        blocks, ("Preparer", "AuthorisingOfficer"), (PREPARER, OFFICER), strict=True
    ):
        assert f"Signature Field Name: {field}" in block
        assert f"Signer Certificate Common Name: {who}" in block
        assert "Signing Hash Algorithm: SHA-256" in block
        assert "Signature Type: ETSI.CAdES.detached" in block
        assert "Signature Validation: Signature is Valid." in block
    assert "Not total document signed" in blocks[0]
    assert "Total document signed" in blocks[1]
    # With certificate checks, NSS does not know our test root: valid, but the issuer unknown.
    checked = pdfsig_blocks(pdfsig(signed["two"]))
    for block in checked:
        assert "Signature Validation: Signature is Valid." in block
        assert "Certificate Validation: Certificate is Trusted." not in block


def test_a_flipped_byte_in_the_signed_range_breaks_both_signatures(
    signed: dict[str, Path], pki: Pki, tmp_path: Path
) -> None:
    data = bytearray(signed["two"].read_bytes())
    at = data.index(MARKER) + 5
    for start1, len1, start2, len2 in byte_ranges(bytes(data)):
        assert start1 <= at < start1 + len1 or start2 <= at < start2 + len2
    data[at] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))

    infos = verify_pdf(tampered, [pki.root_pem])
    assert len(infos) == 2
    for info in infos:
        assert not info.intact
        assert not info.trusted
        assert "the signed content was changed" in info.problems

    blocks = pdfsig_blocks(pdfsig(tampered, "-nocert"))
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature is Valid" not in block
        assert re.search(r"Signature Validation: (Digest Mismatch|Signature is Invalid)", block)


def test_a_page_changed_after_signing_is_not_intact(signed: dict[str, Path], pki: Pki) -> None:
    """An incremental update that draws on the page leaves the signed bytes alone: the digest
    still matches, but the document no longer shows what was signed ("shadow" changes)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    target = signed["two"].with_name("shadowed.pdf")
    with signed["two"].open("rb") as fh, target.open("wb") as out:
        writer = IncrementalPdfFileWriter(fh)
        stream = generic.StreamObject(stream_data=b"0 0 1 rg 72 400 200 100 re f")
        writer.add_stream_to_page(0, writer.add_object(stream))
        writer.write(out)
    for info in verify_pdf(target, [pki.root_pem]):
        assert info.valid
        assert not info.intact
        assert not info.trusted
        assert info.modification == "other"
        assert "the document was changed after this signature" in info.problems


def test_a_signed_field_is_not_signed_again(
    signed: dict[str, Path], p12_specs: dict[str, tuple[SignerSpec, str]], tmp_path: Path
) -> None:
    signer = open_signer(*p12_specs["officer"])
    with pytest.raises(SigningError) as err:
        sign_pdf(
            signed["two"], tmp_path / "x.pdf", signer, field="Preparer", box=(0, PREPARER_BOX),
            reason="", location="", name_for_stamp="",
        )  # fmt: skip
    assert err.value.code == "pdf.field_signed"
    assert not (tmp_path / "x.pdf").exists()


def test_invisible_signature_in_place_and_default_stamp_name(
    signed: dict[str, Path], p12_specs: dict[str, tuple[SignerSpec, str]], pki: Pki,
    tmp_path: Path,
) -> None:  # fmt: skip
    work = tmp_path / "in-place.pdf"
    shutil.copyfile(signed["unsigned"], work)
    signer = open_signer(*p12_specs["officer"])
    sign_pdf(
        work, work, signer, field="Hidden", box=None, reason="", location="", name_for_stamp=""
    )
    (info,) = verify_pdf(work, [pki.root_pem])
    assert info.field == "Hidden"
    assert_good(info)
    assert not list(work.parent.glob(".*.partial"))  # no temporary file left behind


def test_verify_refuses_what_is_not_a_pdf(tmp_path: Path, pki: Pki) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(SigningError) as err:
        verify_pdf(junk, [pki.root_pem])
    assert err.value.code == "pdf.unreadable"
    assert verify_pdf(make_pdf(tmp_path / "plain.pdf"), [pki.root_pem]) == []
    with pytest.raises(SigningError, match="not a PEM or DER certificate"):
        verify_pdf(tmp_path / "plain.pdf", [junk])


# --- opening keys: clear errors ---


def test_wrong_passphrase_is_a_clear_error(pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(SigningError) as err:
        open_signer(SignerSpec("p12", p12_path=pki.officer.p12), "not the passphrase")
    assert err.value.code == "p12.bad_passphrase"
    assert str(err.value) == "Wrong passphrase for officer.p12: the key file did not open."

    cases = [
        (SignerSpec("p12", p12_path=tmp_path / "missing.p12"), "file.unreadable", "Cannot read"),
        (SignerSpec("p12", p12_path=pki.root_pem), "p12.invalid", "not a PKCS#12"),
        (SignerSpec("p12"), "p12.missing", "No PKCS#12"),
        (SignerSpec("pkcs11"), "pkcs11.no_library", "No PKCS#11 library"),
        (
            SignerSpec("pkcs11", lib=tmp_path / "nope.so"),
            "pkcs11.no_library",
            "does not exist",
        ),
    ]
    for spec, code, words in cases:
        with pytest.raises(SigningError) as err:
            open_signer(spec, "x")
        assert err.value.code == code
        assert words in str(err.value)


def test_a_p12_without_its_key_is_refused(pki: Pki, tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    cert = x509.load_pem_x509_certificate(pki.officer.cert_pem.read_bytes())
    certs_only = tmp_path / "certs-only.p12"
    certs_only.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"x", None, cert, None, serialization.BestAvailableEncryption(b"pw")
        )
    )
    with pytest.raises(SigningError) as err:
        open_signer(SignerSpec("p12", p12_path=certs_only), "pw")
    assert err.value.code == "p12.no_key"


# --- detached CMS ---


def test_detached_signature_verifies_with_openssl_and_here(
    pki: Pki, p12_specs: dict[str, tuple[SignerSpec, str]], tmp_path: Path
) -> None:
    from asn1crypto import cms

    data = "Informe CSBM 2025 — hoja de cálculo\n".encode() * 500
    signer = open_signer(*p12_specs["officer"])
    p7s = sign_detached(data, signer)
    (tmp_path / "data.bin").write_bytes(data)
    (tmp_path / "data.p7s").write_bytes(p7s)

    run = openssl_verify(tmp_path / "data.p7s", tmp_path / "data.bin", pki.root_pem)
    assert run.returncode == 0, run.stderr
    assert "Verification successful" in run.stderr

    signed_data = cms.ContentInfo.load(p7s)["content"]
    assert signed_data["encap_content_info"]["content"].native is None  # detached
    (si,) = signed_data["signer_infos"]
    assert si["digest_algorithm"]["algorithm"].native == "sha256"
    attrs = {a["type"].native for a in si["signed_attrs"]}
    assert {"signing_time", "message_digest", "content_type"} <= attrs
    cert_names = {c.chosen.subject.native["common_name"] for c in signed_data["certificates"]}
    assert OFFICER in cert_names
    assert "CSBM Test Issuing CA" in cert_names

    info = verify_detached(data, p7s, [pki.root_pem])
    assert_good(info)
    assert info.field == ""
    assert info.signer == OFFICER
    assert info.fingerprint_sha256 == signer_certificate_fingerprint(signer)
    assert info.signing_time is not None
    assert abs(info.signing_time - datetime.now(UTC)) < timedelta(minutes=5)

    untrusted = verify_detached(data, p7s, [])
    assert_good(untrusted, trusted=False)
    run = openssl_verify(tmp_path / "data.p7s", tmp_path / "data.bin", pki.other_root_pem)
    assert run.returncode != 0


def test_altered_data_fails_the_detached_signature_everywhere(
    pki: Pki, p12_specs: dict[str, tuple[SignerSpec, str]], tmp_path: Path
) -> None:
    data = b"manifest: " + bytes(range(256)) * 40
    p7s = sign_detached(data, open_signer(*p12_specs["preparer"]))
    altered = bytearray(data)
    altered[1234] ^= 0x20
    (tmp_path / "altered.bin").write_bytes(bytes(altered))
    (tmp_path / "sig.p7s").write_bytes(p7s)

    run = openssl_verify(tmp_path / "sig.p7s", tmp_path / "altered.bin", pki.root_pem)
    assert run.returncode != 0
    assert "Verification failure" in run.stderr or "digest failure" in run.stderr

    info = verify_detached(bytes(altered), p7s, [pki.root_pem])
    assert not info.intact
    assert not info.trusted
    assert "the signed content was changed" in info.problems


def test_what_is_not_a_detached_signature_is_reported(pki: Pki) -> None:
    for junk in (b"", b"garbage", b"-----BEGIN PKCS7-----\nnope\n-----END PKCS7-----\n"):
        info = verify_detached(b"data", junk, [pki.root_pem])
        assert not (info.intact)
        assert not (info.valid)
        assert not info.trusted
        assert info.problems == ["the .p7s file is not a CMS signature"]


def test_pem_armoured_p7s_is_accepted(
    pki: Pki, p12_specs: dict[str, tuple[SignerSpec, str]]
) -> None:
    from asn1crypto import pem

    p7s = sign_detached(b"abc", open_signer(*p12_specs["preparer"]))
    assert verify_detached(b"abc", pem.armor("PKCS7", p7s), [pki.root_pem]).trusted


# --- PKCS#11 (SoftHSM2) ---


@pytest.fixture(scope="session")
def token(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> SignerSpec:
    if softhsm_lib() is None:
        pytest.skip("softhsm2 is not installed (apt-get install softhsm2): PKCS#11 untested")
    lib, label = make_softhsm_token(
        tmp_path_factory.mktemp("softhsm"), pki, TOKEN_LABEL, TOKEN_PIN, TOKEN_KEY
    )
    return SignerSpec("pkcs11", lib=lib, token_label=label, key_label=TOKEN_KEY)


def test_pkcs11_token_signs_pdf_and_detached(
    token: SignerSpec, signed: dict[str, Path], pki: Pki, tmp_path: Path
) -> None:
    signer = open_signer(token, TOKEN_PIN)
    try:
        assert signer_name(signer) == OFFICER
        officer_fp = signer_certificate_fingerprint(signer)
        out = tmp_path / "token-signed.pdf"
        sign_pdf(
            signed["one"], out, signer, field="AuthorisingOfficer", box=(0, OFFICER_BOX),
            reason="Authorised for transmission", location="Quito", name_for_stamp=OFFICER,
        )  # fmt: skip
        data = b"workbook bytes " * 100
        p7s = sign_detached(data, signer)
    finally:
        close_signer(signer)

    first, second = verify_pdf(out, [pki.root_pem])
    assert_good(first)
    assert_good(second)
    assert second.signer == OFFICER
    assert second.fingerprint_sha256 == officer_fp
    assert second.covers_whole_file
    for block in pdfsig_blocks(pdfsig(out, "-nocert")):
        assert "Signature Validation: Signature is Valid." in block

    (tmp_path / "d.bin").write_bytes(data)
    (tmp_path / "d.p7s").write_bytes(p7s)
    run = openssl_verify(tmp_path / "d.p7s", tmp_path / "d.bin", pki.root_pem)
    assert run.returncode == 0, run.stderr
    assert_good(verify_detached(data, p7s, [pki.root_pem]))


def test_pkcs11_finds_the_only_key_without_labels(token: SignerSpec, pki: Pki) -> None:
    spec = SignerSpec("pkcs11", lib=token.lib)  # one token, one key: nothing to choose
    signer = open_signer(spec, TOKEN_PIN)
    try:
        assert signer_name(signer) == OFFICER
        assert verify_detached(b"x", sign_detached(b"x", signer), [pki.root_pem]).trusted
    finally:
        close_signer(signer)


def test_pkcs11_wrong_pin_and_missing_things_are_clear_errors(token: SignerSpec) -> None:
    cases: list[tuple[dict[str, Any], str, str, str]] = [
        ({}, "0000", "pkcs11.bad_pin", f"Wrong PIN for the token {TOKEN_LABEL!r}."),
        ({"key_label": "nope"}, TOKEN_PIN, "pkcs11.no_key", "no signing key labelled 'nope'"),
        ({"token_label": "Other"}, TOKEN_PIN, "pkcs11.no_token", "No token labelled 'Other'"),
    ]
    for change, pin, code, words in cases:
        spec = SignerSpec(
            "pkcs11",
            lib=token.lib,
            token_label=change.get("token_label", token.token_label),
            key_label=change.get("key_label", token.key_label),
        )
        with pytest.raises(SigningError) as err:
            open_signer(spec, pin)
        assert err.value.code == code
        assert words in str(err.value)
    # The right PIN still works afterwards (a wrong one does not lock SoftHSM after one try).
    close_signer(open_signer(token, TOKEN_PIN))


def test_pkcs11_dropped_signer_releases_the_token_and_the_pin_is_checked_again(
    token: SignerSpec,
) -> None:
    import gc

    signer = open_signer(token, TOKEN_PIN)  # never closed, as a careless caller would
    with pytest.raises(SigningError) as err:
        open_signer(token, TOKEN_PIN)  # while it is in use
    assert err.value.code == "pkcs11.busy"
    del signer
    gc.collect()
    with pytest.raises(SigningError) as err:
        open_signer(token, "9999")  # logged out: a wrong PIN is caught, not waved through
    assert err.value.code == "pkcs11.bad_pin"
    again = open_signer(token, TOKEN_PIN)
    assert signer_name(again) == OFFICER
    close_signer(again)
    close_signer(again)  # twice is harmless


# --- cost ---


def test_module_import_stays_cheap() -> None:
    code = (
        "import sys, csbm_desktop.export.signing as s\n"
        "heavy = [m for m in ('pyhanko', 'cryptography', 'asn1crypto', 'pkcs11')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.strip() == "[]"


def _nested_page_tree() -> Any:
    """A writer whose page tree mixes leaves and nested nodes, one of them empty, with
    /Resources on some nodes: the shapes the nearer-end walk must agree with pyHanko on."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.writer import PdfFileWriter

    w = PdfFileWriter()
    counter = iter(range(1000))

    def node(kids: list[Any], resources: str | None = None) -> Any:
        obj = generic.DictionaryObject()
        ref = w.add_object(obj)
        size = 0
        for kid in kids:
            child = kid.get_object()
            child["/Parent"] = ref
            size += int(child["/Count"]) if child["/Type"] == "/Pages" else 1
        obj.update(
            {
                generic.NameObject("/Type"): generic.NameObject("/Pages"),
                generic.NameObject("/Kids"): generic.ArrayObject(kids),
                generic.NameObject("/Count"): generic.NumberObject(size),
            }
        )
        if resources:
            obj["/Resources"] = generic.DictionaryObject({generic.NameObject(resources): ref})
        return ref

    def page() -> Any:
        return w.add_object(
            generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Page"),
                    generic.NameObject("/N"): generic.NumberObject(next(counter)),
                }
            )
        )

    tree = node(
        [
            page(),
            node([]),
            node([page(), node([page(), page()], "/Inner"), page()], "/Mid"),
            page(),
            node([node([page()]), page()]),
            page(),
        ],
        "/Root",
    )
    w.root["/Pages"] = tree
    return w


def test_the_nearer_end_page_walk_agrees_with_pyhanko() -> None:
    from pyhanko.pdf_utils.misc import PdfError

    from csbm_desktop.export.signing import find_page

    w = _nested_page_tree()
    count = int(w.root["/Pages"]["/Count"])
    assert count == 9
    for ix in range(-count, count):
        ours = find_page(w.root, ix)
        theirs = w.find_page_for_modification(ix)
        assert ours[0].get_object()["/N"] == theirs[0].get_object()["/N"] == ix % count
        assert ours[1] == theirs[1]
    for bad in (count, -count - 1):
        with pytest.raises(PdfError):
            find_page(w.root, bad)
