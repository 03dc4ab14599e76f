"""Exports end to end: a final report signed twice, the workbook's .p7s, the package, and
verification by this application, by poppler's pdfsig and by openssl; drafts stay unsigned."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from csbm_desktop.domain.edits import SetMeasure
from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.signing import SignerSpec
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.exports import ExportRequest, ExportService, verify_file
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import db_content
from tests.pki import Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _final_report(ws: Workspace, staff: dict[str, Actor]) -> int:
    drafter = staff["ana.drafter"]
    report = create_demo(ws, drafter, size="small", state="CHL", year=2025)
    DraftingService(ws, drafter).apply(
        report.id, [SetMeasure("m21", None, True), SetMeasure("m22", None, True)]
    )
    ReviewService(ws, drafter).transition(report.id, "submit")
    ReviewService(ws, staff["rui.reviewer"]).transition(report.id, "approve")
    ReviewService(ws, staff["olga.officer"]).transition(report.id, "finalize")
    return report.id


def _signers(pki: Pki) -> list[tuple[SignerSpec, str]]:
    return [
        (SignerSpec(kind="p12", p12_path=pki.preparer.p12), pki.preparer.passphrase),
        (SignerSpec(kind="p12", p12_path=pki.officer.p12), pki.officer.passphrase),
    ]


def test_final_report_signed_twice_and_verified(
    workspace: Workspace, staff: dict[str, Actor], pki: Pki, tmp_path: Path
) -> None:
    report_id = _final_report(workspace, staff)
    out = tmp_path / "out"
    request = ExportRequest(
        lang="es",
        pdf=out / "r.pdf",
        xlsx=out / "r.xlsx",
        package=out / "r.zip",
        signers=_signers(pki),
    )
    steps: list[int] = []
    result = ExportService(workspace, staff["olga.officer"]).export(
        report_id, request, lambda _s, pct: steps.append(pct)
    )
    assert result.signed
    assert steps[-1] == 100
    assert {p.name for p in result.files} == {"r.pdf", "r.xlsx", "r.xlsx.p7s", "r.zip"}
    assert [s["name"] for s in result.signers] == [pki.preparer.name, pki.officer.name]

    pdf = verify_file(out / "r.pdf", [pki.root_pem])
    assert pdf.ok, pdf.lines
    assert [s.field for s in pdf.signatures] == ["Preparer", "AuthorisingOfficer"]
    assert not verify_file(out / "r.pdf", [pki.other_root_pem]).ok  # intact but not trusted
    assert verify_file(out / "r.xlsx", [pki.root_pem]).ok
    package = verify_file(out / "r.zip", [pki.root_pem])
    assert package.ok, package.lines
    with zipfile.ZipFile(out / "r.zip") as zf:
        assert set(zf.namelist()) == {
            "csbm-CHL-2025-es.pdf",
            "csbm-CHL-2025-es.xlsx",
            "csbm-CHL-2025-es.xlsx.p7s",
            "manifest.json",
            "manifest.json.p7s",
        }
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["document_id"] == result.document_id
    assert manifest["content_sha256"] == result.content_sha256
    assert manifest["revision"] >= 2  # the revision saved at finalisation
    assert manifest["signers"][1]["fingerprint"] == result.signers[1]["fingerprint"]

    # An independent implementation agrees (poppler's pdfsig).
    if shutil.which("pdfsig"):
        run = subprocess.run(
            ["pdfsig", str(out / "r.pdf")], capture_output=True, text=True, check=False
        )
        assert run.stdout.count("Signature Validation: Signature is Valid.") == 2, run.stdout
    # And openssl accepts the workbook's detached CMS signature.
    run = subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-inform",
            "DER",
            "-binary",
            "-in",
            str(out / "r.xlsx.p7s"),
            "-content",
            str(out / "r.xlsx"),
            "-CAfile",
            str(pki.root_pem),
            "-purpose",
            "any",
            "-out",
            "/dev/null",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr

    # The export is on record, in the database and in the audit trail.
    exports = ExportService(workspace, staff["olga.officer"]).exports(report_id)
    assert exports[-1]["signers"] == result.signers
    assert {f["name"] for f in exports[-1]["files"]} == {"r.pdf", "r.xlsx", "r.xlsx.p7s", "r.zip"}


def test_a_flipped_byte_is_detected(
    workspace: Workspace, staff: dict[str, Actor], pki: Pki, tmp_path: Path
) -> None:
    report_id = _final_report(workspace, staff)
    pdf = tmp_path / "r.pdf"
    ExportService(workspace, staff["olga.officer"]).export(
        report_id,
        ExportRequest(lang="en", pdf=pdf, xlsx=tmp_path / "r.xlsx", signers=_signers(pki)),
    )
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the first signature's byte range
    pdf.write_bytes(bytes(data))
    assert not verify_file(pdf, [pki.root_pem]).ok
    book = tmp_path / "r.xlsx"
    raw = bytearray(book.read_bytes())
    raw[100] ^= 0x01
    book.write_bytes(bytes(raw))
    assert not verify_file(book, [pki.root_pem]).ok


def test_drafts_leave_as_unsigned_review_copies(
    workspace: Workspace, staff: dict[str, Actor], pki: Pki, tmp_path: Path
) -> None:
    drafter = staff["ana.drafter"]
    report = create_demo(workspace, drafter, size="small", state="URY", year=2025)
    service = ExportService(workspace, drafter)
    result = service.export(report.id, ExportRequest(lang="fr", pdf=tmp_path / "d.pdf"))
    assert not result.signed
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages[:2])
    assert "BROUILLON" in text
    before = db_content(workspace.path)
    with pytest.raises(Refused) as info:
        ExportService(workspace, staff["olga.officer"]).export(
            report.id, ExportRequest(lang="fr", pdf=tmp_path / "s.pdf", signers=_signers(pki))
        )
    assert info.value.code == "export.sign_not_final"
    assert not (tmp_path / "s.pdf").exists()
    assert db_content(workspace.path) == before


def test_only_signing_roles_sign(
    workspace: Workspace, staff: dict[str, Actor], pki: Pki, tmp_path: Path
) -> None:
    report_id = _final_report(workspace, staff)
    with pytest.raises(Refused) as info:
        ExportService(workspace, staff["ana.drafter"]).export(
            report_id, ExportRequest(lang="en", pdf=tmp_path / "x.pdf", signers=_signers(pki))
        )
    assert info.value.code == "role.missing"


def test_wrong_passphrase_is_a_clear_error_and_writes_nothing(
    workspace: Workspace, staff: dict[str, Actor], pki: Pki, tmp_path: Path
) -> None:
    report_id = _final_report(workspace, staff)
    bad = [
        (SignerSpec(kind="p12", p12_path=pki.preparer.p12), "not the passphrase"),
        _signers(pki)[1],
    ]
    out = tmp_path / "out"
    with pytest.raises(BadInput) as info:
        ExportService(workspace, staff["olga.officer"]).export(
            report_id, ExportRequest(lang="en", pdf=out / "x.pdf", signers=bad)
        )
    assert info.value.code == "signing.failed"
    assert "passphrase" in str(info.value).lower()
    assert not out.exists()


def test_export_and_verify_from_the_command_line(
    workspace: Workspace,
    staff: dict[str, Actor],
    pki: Pki,
    tmp_path: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from csbm_desktop.cli import main

    report_id = _final_report(workspace, staff)
    db = str(workspace.path)
    passes = []
    for who in (pki.preparer, pki.officer):
        f = tmp_path / f"{who.p12.stem}.pass"
        f.write_text(who.passphrase + "\n")
        passes.append(str(f))
    status = main(
        [
            "--db",
            db,
            "--user",
            "olga.officer",
            "--password-file",
            str(password_file),
            "export",
            str(report_id),
            "--pdf",
            str(tmp_path / "c.pdf"),
            "--package",
            str(tmp_path / "c.zip"),
            "--lang",
            "pt",
            "--sign-p12",
            str(pki.preparer.p12),
            "--passphrase-file",
            passes[0],
            "--sign-p12",
            str(pki.officer.p12),
            "--passphrase-file",
            passes[1],
        ]
    )
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "c.pdf" in out
    assert main(["verify", str(tmp_path / "c.zip"), "--trust", str(pki.root_pem)]) == 0
    assert "OK: valid and trusted" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "c.pdf")]) == 1  # no trust anchor given
    capsys.readouterr()
    # Signing a draft from the command line: refused in one line.
    draft = create_demo(workspace, staff["ana.drafter"], state="PER", year=2025).id
    status = main(
        [
            "--db",
            db,
            "--user",
            "olga.officer",
            "--password-file",
            str(password_file),
            "export",
            str(draft),
            "--pdf",
            str(tmp_path / "d.pdf"),
            "--sign-p12",
            str(pki.officer.p12),
            "--passphrase-file",
            passes[1],
        ]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert "Only a final report can be signed" in err
    assert len(err.strip().splitlines()) == 1


def test_transmission_is_recorded_with_its_date(
    workspace: Workspace, staff: dict[str, Actor]
) -> None:
    import sqlite3
    from datetime import date, timedelta

    report_id = _final_report(workspace, staff)
    clerk = staff["carl.clerk"]
    future = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(BadInput) as info:
        ReviewService(workspace, clerk).transition(
            report_id, "transmit", channel="pouch", sent_on=future
        )
    assert info.value.code == "transmission.future"
    with pytest.raises(BadInput) as info:  # the demo was authorised in March of the next year
        ReviewService(workspace, clerk).transition(
            report_id, "transmit", channel="pouch", sent_on="2025-06-01"
        )
    assert info.value.code == "transmission.before_authorisation"
    sent = date.today().isoformat()
    assert (
        ReviewService(workspace, clerk).transition(
            report_id, "transmit", channel="pouch", sent_on=sent, reference="Nota OEA/CHL 12/2026"
        )
        == "transmitted"
    )
    with sqlite3.connect(workspace.path) as con:
        row = con.execute("SELECT channel, sent_on, reference, by FROM transmission").fetchone()
    con.close()
    assert row == ("pouch", sent, "Nota OEA/CHL 12/2026", "carl.clerk")
