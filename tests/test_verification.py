"""Verification refuses what is incomplete or padded, in the user's language, and never crashes
on a damaged file; a final signed export needs every required signature.

One final report is exported signed (Spanish) once for the module; each test tampers with copies
as a forger or a bad disk would and checks what `csbm verify` and `verify_file` say.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from csbm_desktop.cli import main
from csbm_desktop.domain.errors import Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import signing
from csbm_desktop.export.signing import SignerSpec
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.exports import ExportRequest, ExportService
from csbm_desktop.services.verification import same_person, verify_file
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff
from tests.pki import Pki, make_pki
from tests.signed_files import first_revision
from tests.test_exports import _final_report, _signers


@dataclass(frozen=True)
class Exported:
    pki: Pki
    pdf: Path
    xlsx: Path
    package: Path
    warnings: list[str]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    root = tmp_path_factory.mktemp("verify")
    pki = make_pki(root / "pki")
    ws = Workspace(root / "db.sqlite3")
    try:
        staff = add_staff(ws)
        report_id = _final_report(ws, staff)
        out = root / "out"
        result = ExportService(ws, staff["olga.officer"]).export(
            report_id,
            ExportRequest(
                lang="es",
                pdf=out / "r.pdf",
                xlsx=out / "r.xlsx",
                package=out / "r.zip",
                signers=_signers(pki),
            ),
        )
    finally:
        ws.close()
    return Exported(pki, out / "r.pdf", out / "r.xlsx", out / "r.zip", result.warnings)


def _verify_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _rebuild_package(
    source: Path, target: Path, replace: dict[str, bytes], signer_p12: Path, passphrase: str
) -> None:
    """The package with some entries replaced and its manifest re-hashed and re-signed with
    another key: what someone holding the preparer's key could make."""
    with zipfile.ZipFile(source) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries.update(replace)
    manifest = json.loads(entries["manifest.json"])
    for item in manifest["files"]:
        content = entries[item["name"]]
        item["sha256"] = hashlib.sha256(content).hexdigest()
        item["size"] = len(content)
    data = json.dumps(manifest).encode()
    signer = signing.open_signer(SignerSpec(kind="p12", p12_path=signer_p12), passphrase)
    entries["manifest.json"] = data
    entries["manifest.json.p7s"] = signing.sign_detached(data, signer)
    with zipfile.ZipFile(target, "w") as zf:
        for name, content in entries.items():
            zf.writestr(name, content)


# --- required signatures ---


def test_a_final_pdf_with_only_the_preparers_signature_fails_naming_the_missing_one(
    exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify_file(exported.pdf, [exported.pki.root_pem]).ok
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(first_revision(exported.pdf.read_bytes()))
    verdict = verify_file(cut, [exported.pki.root_pem])
    assert not verdict.ok
    assert verdict.missing == ["AuthorisingOfficer"]
    assert [s.field for s in verdict.signatures] == ["Preparer"]
    assert verdict.signatures[0].intact  # itself fine
    assert verdict.signatures[0].trusted
    assert "authorising officer: required signature missing" in verdict.lines

    status, out, err = _verify_cli(
        capsys, "--lang", "es", "verify", str(cut), "--trust", str(exported.pki.root_pem)
    )
    assert status == 1, err
    assert "autoridad que autoriza: falta una firma obligatoria" in out
    assert out.strip().splitlines()[-1] == "NO VERIFICADO"


def test_a_package_whose_pdf_lost_the_officers_signature_fails(
    exported: Exported, tmp_path: Path
) -> None:
    with zipfile.ZipFile(exported.package) as zf:
        pdf_name = next(n for n in zf.namelist() if n.endswith(".pdf"))
        cut = first_revision(zf.read(pdf_name))
    forged = tmp_path / "forged.zip"
    pki = exported.pki
    _rebuild_package(
        exported.package, forged, {pdf_name: cut}, pki.preparer.p12, pki.preparer.passphrase
    )
    verdict = verify_file(forged, [pki.root_pem], "fr")
    assert not verdict.ok
    assert verdict.missing == ["AuthorisingOfficer"]
    assert f"{pdf_name}: autorité d'approbation : signature obligatoire manquante" in verdict.lines
    # The manifest itself is valid (signed by the preparer), and says so.
    assert verdict.lines[0].startswith("manifeste : María Pérez")
    assert "signature valide, certificat de confiance" in verdict.lines[0]


def test_a_final_signed_export_with_one_key_is_refused_from_the_command_line(
    workspace: Workspace,
    staff: dict[str, Actor],
    tmp_path: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pki = make_pki(tmp_path / "pki")
    report_id = _final_report(workspace, staff)
    passphrase = tmp_path / "p.pass"
    passphrase.write_text(pki.preparer.passphrase + "\n")
    status, _out, err = _verify_cli(
        capsys,
        *("--db", str(workspace.path), "--user", "olga.officer"),
        *("--password-file", str(password_file), "--lang", "pt"),
        *("export", str(report_id), "--pdf", str(tmp_path / "one.pdf")),
        *("--sign-p12", str(pki.preparer.p12), "--passphrase-file", str(passphrase)),
    )
    assert status == 2
    assert "falta: autoridade que autoriza" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "one.pdf").exists()


def test_one_certificate_for_both_boxes_needs_an_audited_reason(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    pki = make_pki(tmp_path / "pki")
    report_id = _final_report(workspace, staff)
    same = [_signers(pki)[1], _signers(pki)[1]]
    service = ExportService(workspace, staff["olga.officer"])
    with pytest.raises(Refused) as info:
        service.export(report_id, ExportRequest(lang="en", pdf=tmp_path / "a.pdf", signers=same))
    assert info.value.code == "export.same_signer"
    assert not (tmp_path / "a.pdf").exists()

    reason = "The preparer is on mission; the officer prepared and authorised the report."
    request = ExportRequest(
        lang="en", pdf=tmp_path / "b.pdf", signers=same, same_signer_reason=reason
    )
    service.export(report_id, request)
    with sqlite3.connect(workspace.path) as db:
        (details,) = db.execute(
            "SELECT details FROM audit_event WHERE action = 'report.export'"
        ).fetchone()
    assert json.loads(details)["same_signer_reason"] == reason
    verdict = verify_file(tmp_path / "b.pdf", [pki.root_pem])
    assert verdict.ok  # allowed, with its reason on record; and verify says so
    assert f"warning: {pki.officer.name} signed as both preparer + authorising officer" in (
        verdict.lines
    )


def test_certificates_not_naming_the_signatories_are_warned_about(exported: Exported) -> None:
    # The demo report names other people than the test certificates do.
    assert any("Atención: el certificado que firma como preparador" in w for w in exported.warnings)
    lines = verify_file(exported.pdf, [exported.pki.root_pem]).lines
    assert any(line.startswith("preparer: warning: the certificate names") for line in lines)
    assert same_person("María Pérez — Preparer", "Maria PEREZ")
    assert not same_person("Olga Ruiz — Authorising officer", "María Pérez")


# --- nothing beside the manifest ---


@pytest.mark.parametrize("extra", ["extra.pdf", "second.xlsx", "folder/"])
def test_an_entry_not_in_the_signed_manifest_fails_naming_it(
    exported: Exported, tmp_path: Path, extra: str
) -> None:
    padded = tmp_path / "padded.zip"
    shutil.copyfile(exported.package, padded)
    with zipfile.ZipFile(padded, "a") as zf:
        zf.writestr(extra, exported.pdf.read_bytes() if extra.endswith(".pdf") else b"")
    verdict = verify_file(padded, [exported.pki.root_pem])
    assert not verdict.ok
    assert verdict.extra == [extra]
    assert f"{extra}: not listed in the signed manifest" in verdict.lines


def test_the_package_states_its_language_and_entries_are_uniform(exported: Exported) -> None:
    with zipfile.ZipFile(exported.package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        infos = zf.infolist()
    assert manifest["lang"] == "es"
    assert {i.filename for i in infos} >= {"csbm-CHL-2025-es.pdf", "csbm-CHL-2025-es.xlsx"}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    assert len({i.date_time for i in infos}) == 1


# --- wording ---


def test_valid_but_untrusted_is_not_called_invalid(exported: Exported, tmp_path: Path) -> None:
    untrusted = verify_file(exported.pdf, [exported.pki.other_root_pem])
    assert not untrusted.ok
    assert (
        "valid signature, untrusted certificate "
        "(the certificate does not chain to a trusted CA)" in untrusted.lines[0]
    )
    flipped = tmp_path / "flipped.pdf"
    data = bytearray(exported.pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    flipped.write_bytes(bytes(data))
    invalid = verify_file(flipped, [exported.pki.root_pem])
    assert "INVALID signature" in invalid.lines[0]
    assert "untrusted" not in invalid.lines[0]


def test_labels_are_never_empty(exported: Exported) -> None:
    for path in (exported.pdf, exported.package, exported.xlsx):
        for line in verify_file(path, [exported.pki.root_pem]).lines:
            assert not line.startswith(":")
            assert ": :" not in line, line
            assert ":  " not in line, line


# --- damaged files ---


def _mutations(data: bytes) -> Iterator[tuple[str, bytes]]:
    size = len(data)
    for share in (0, 1, 5, 25, 50, 75, 95, 99):
        yield f"truncated at {share}%", data[: size * share // 100]
    for share in (0, 2, 10, 30, 60, 90, 97, 99.9):
        at = min(int(size * share / 100), size - 1)
        flipped = bytearray(data)
        flipped[at] ^= 0xFF
        yield f"byte {at} flipped", bytes(flipped)
    yield "garbage", bytes(range(256)) * 8


@pytest.mark.parametrize("kind", ["pdf", "package"])
def test_damaged_files_are_not_verified_never_an_unexpected_error(
    exported: Exported, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = exported.pdf if kind == "pdf" else exported.package
    for what, data in _mutations(source.read_bytes()):
        target = tmp_path / f"damaged{source.suffix}"
        target.write_bytes(data)
        status, out, err = _verify_cli(
            capsys, "--lang", "es", "verify", str(target), "--trust", str(exported.pki.root_pem)
        )
        assert "unexpected" not in err, (what, err)
        assert "Traceback" not in err + out, what
        assert status in (0, 1), (what, status, err)
        if what.startswith("truncated") or what == "garbage":
            assert status == 1, what
            assert out.strip().splitlines()[-1] == "NO VERIFICADO", (what, out)


def test_no_traceback_on_stderr_for_a_damaged_pdf(exported: Exported, tmp_path: Path) -> None:
    """In a real process, where pyHanko's log records reach stderr if nothing stops them."""
    data = exported.pdf.read_bytes()
    overwritten = bytearray(data)
    overwritten[100:160] = b"x" * 60  # inside the first object
    for name, damaged, says in (
        ("overwritten.pdf", bytes(overwritten), "NO VÁLIDA"),
        ("truncated.pdf", data[: len(data) // 2], "no es un PDF legible"),
    ):
        target = tmp_path / name
        target.write_bytes(damaged)
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from csbm_desktop.cli import main; sys.exit(main(sys.argv[1:]))",
                *("--lang", "es", "verify", str(target), "--trust", str(exported.pki.root_pem)),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert run.returncode == 1, run.stderr
        assert run.stderr == ""
        assert says in run.stdout


def test_exporting_over_an_existing_file_needs_force(
    workspace: Workspace,
    staff: dict[str, Actor],
    tmp_path: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    report_id = _final_report(workspace, staff)
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"an earlier export")
    command = [
        *("--db", str(workspace.path), "--user", "olga.officer"),
        *("--password-file", str(password_file), "--lang", "es"),
        *("export", str(report_id), "--xlsx", str(target)),
    ]
    status, _out, err = _verify_cli(capsys, *command)
    assert status == 2
    assert "ya existe; añada --force" in err
    assert target.read_bytes() == b"an earlier export"
    status, _out, err = _verify_cli(capsys, *command, "--force")
    assert status == 0, err
    assert target.read_bytes()[:2] == b"PK"


# --- the policy is the form's ---


def _form_with(tmp_path: Path, required: list[str]) -> Path:
    import yaml

    from csbm_desktop.paths import forms_dir

    root = tmp_path / "forms"
    shutil.copytree(forms_dir(), root)
    form_file = root / "oas-csbm" / "form.yaml"
    data = yaml.safe_load(form_file.read_text(encoding="utf-8"))
    data["required_signatures"] = required
    form_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "required", [["AuthorisingOfficer", "Preparer"], ["Chief"], [], ["Preparer", "Preparer"]]
)
def test_a_form_names_known_signature_boxes_in_signing_order(
    tmp_path: Path, required: list[str]
) -> None:
    from csbm_desktop.formspec.loader import FormSpecError, load_form

    root = _form_with(tmp_path, required)
    with pytest.raises(FormSpecError) as info:
        load_form(root / "oas-csbm")
    assert any("required_signatures" in str(p) for p in info.value.problems)


def test_a_form_requiring_only_the_officer_is_signed_and_verified_so(tmp_path: Path) -> None:
    root = _form_with(tmp_path, ["AuthorisingOfficer"])
    pki = make_pki(tmp_path / "pki")
    ws = Workspace(tmp_path / "db.sqlite3", forms_root=root)
    try:
        staff = add_staff(ws)
        report_id = _final_report(ws, staff)
        pdf = tmp_path / "officer-only.pdf"
        ExportService(ws, staff["olga.officer"]).export(
            report_id, ExportRequest(lang="en", pdf=pdf, signers=_signers(pki)[1:])
        )
    finally:
        ws.close()
    verdict = verify_file(pdf, [pki.root_pem])
    assert verdict.ok, verdict.lines
    assert [s.field for s in verdict.signatures] == ["AuthorisingOfficer"]
    # The same file under the default policy would lack the preparer: the document's own
    # statement (covered by the signature) is what verification applied.
    assert verdict.missing == []


def test_a_certificate_not_naming_the_account_that_took_the_step_is_warned_about(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    from tests.conftest import PASSWORD

    pki = make_pki(tmp_path / "pki")
    accounts = AccountService(workspace)
    accounts.add_user(staff["root"], "a.lopez", PASSWORD, ["drafter"], display_name="Ana López")
    accounts.add_user(
        staff["root"], "o.ruiz", PASSWORD, ["authorising_officer"], display_name="Olga Ruiz"
    )
    people = {
        **staff,
        "ana.drafter": accounts.authenticate("a.lopez", PASSWORD),
        "olga.officer": accounts.authenticate("o.ruiz", PASSWORD),
    }
    report_id = _final_report(workspace, people)  # submitted by Ana López, finalised by Olga Ruiz
    result = ExportService(workspace, people["olga.officer"]).export(
        report_id, ExportRequest(lang="en", pdf=tmp_path / "r.pdf", signers=_signers(pki))
    )
    about_accounts = [w for w in result.warnings if "the account that took that step" in w]
    assert about_accounts == [
        f"Warning: the certificate signing as preparer names {pki.preparer.name}, but the "
        "account that took that step is Ana López."
    ]
