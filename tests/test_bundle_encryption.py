"""Bundles encrypted to their recipients: only a named recipient's key opens them (here and with
the real `openssl cms`), a changed byte is refused, and a restricted report leaves in the clear
only with a reason that the audit trail keeps."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import signing
from csbm_desktop.export.envelope import RecipientKey, recipient_key_from_p12
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.bundles import (
    Sending,
    export_comments_bundle,
    export_review_bundle,
    import_bundle,
    is_encrypted,
    read_bundle,
)
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content
from tests.pki import Identity, Pki, Recipients, make_pki, make_recipients

OPENSSL = shutil.which("openssl")


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Recipients:
    return make_recipients(tmp_path_factory.mktemp("people"))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, people: Recipients, pki: Pki) -> dict[str, Path]:
    """A restricted report, as a signed review bundle encrypted to the RSA and EC recipients,
    and the same report in the clear (with a reason)."""
    root = tmp_path_factory.mktemp("sent")
    ws = Workspace(root / "sender.sqlite3")
    ana = add_staff(ws)["ana.drafter"]
    rid = create_demo(ws, ana, state="BOL", year=2025).id
    DraftingService(ws, ana).apply(rid, [SetHeaderField("marking", "restricted")])
    signer = signing.open_signer(
        signing.SignerSpec(kind="p12", p12_path=pki.preparer.p12), pki.preparer.passphrase
    )
    try:
        sealed = export_review_bundle(
            ws,
            ana,
            rid,
            root / "sealed.csbmx",
            signer,
            sending=Sending((people.rsa.cert_pem, people.ec.cert_pem)),
        )
    finally:
        signing.close_signer(signer)
    assert sealed.encrypted_to == (people.rsa.name, people.ec.name)
    plain = export_review_bundle(
        ws, ana, rid, root / "plain.csbmx", sending=Sending(unencrypted_reason="courier")
    )
    ws.close()
    return {"sealed": sealed.path, "plain": plain.path}


def _key(who: Identity) -> RecipientKey:
    return recipient_key_from_p12(who.p12, who.passphrase)


@pytest.mark.parametrize("who", ["rsa", "ec"])
def test_each_recipient_imports_the_encrypted_bundle(
    workspace: Workspace,
    staff: dict[str, Actor],
    sent: dict[str, Path],
    people: Recipients,
    pki: Pki,
    who: str,
) -> None:
    sealed = sent["sealed"]
    assert is_encrypted(sealed)
    assert not is_encrypted(sent["plain"])
    assert not zipfile.is_zipfile(sealed)
    # The report's text is not in the file (it is in the clear bundle's zip entries).
    with zipfile.ZipFile(sent["plain"]) as z:
        report_json = z.read("report.json")
    assert b"BOL" in report_json
    assert b'"BOL"' not in sealed.read_bytes()
    result = import_bundle(
        workspace, staff["rui.reviewer"], sealed, [pki.root_pem], _key(getattr(people, who))
    )
    assert result.report_created
    assert result.new_revisions >= 1
    # Signed, then encrypted: the signature inside still verifies, against the trusted root.
    assert result.signature is not None
    assert result.signature.trusted
    assert result.signature.signer == pki.preparer.name
    event = AuditTrailService(workspace, staff["root"]).events(action_prefix="bundle.")[0]
    assert event.action == "bundle.import"
    assert event.details["file"] == "sealed.csbmx"
    assert event.details["decrypted_with"].startswith(getattr(people, who).name + ": ")


def test_without_a_key_or_with_a_strangers_key_it_is_refused(
    workspace: Workspace, staff: dict[str, Actor], sent: dict[str, Path], people: Recipients
) -> None:
    rui = staff["rui.reviewer"]
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, rui, sent["sealed"])
    assert caught.value.code == "bundle.encrypted"
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, rui, sent["sealed"], key=_key(people.stranger))
    assert caught.value.code == "envelope.not_recipient"
    for lang, words in {
        "en": "your key (Sam Tranger",
        "es": "su clave (Sam Tranger",
        "fr": "votre clé (Sam Tranger",
        "pt": "sua chave (Sam Tranger",
    }.items():
        message = caught.value.message(lang)
        assert words in message, message
        assert "CSBM Test Encryption CA" in message, message
    assert db_content(workspace.path) == before


def test_a_changed_byte_is_refused(
    tmp_path: Path,
    workspace: Workspace,
    staff: dict[str, Actor],
    sent: dict[str, Path],
    people: Recipients,
) -> None:
    data = bytearray(sent["sealed"].read_bytes())
    before = db_content(workspace.path)
    # One bit in the ciphertext, one in the tag (the last bytes), one in the recipient list.
    for where in (len(data) // 2, len(data) - 3, 200):
        bad = bytearray(data)
        bad[where] ^= 0x01
        path = tmp_path / f"bad{where}.csbmx"
        path.write_bytes(bad)
        with pytest.raises(BadInput) as caught:
            import_bundle(workspace, staff["rui.reviewer"], path, key=_key(people.rsa))
        assert caught.value.code in ("envelope.damaged", "envelope.not_recipient"), where
    # Cut short: refused before anything is decrypted.
    short = tmp_path / "short.csbmx"
    short.write_bytes(data[: len(data) // 3])
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, staff["rui.reviewer"], short, key=_key(people.rsa))
    assert caught.value.code == "envelope.damaged"
    assert db_content(workspace.path) == before


@pytest.mark.skipif(OPENSSL is None, reason="the openssl command is not installed")
@pytest.mark.parametrize("who", ["rsa", "ec"])
def test_openssl_decrypts_it_into_a_bundle_that_imports(
    tmp_path: Path,
    workspace: Workspace,
    staff: dict[str, Actor],
    sent: dict[str, Path],
    people: Recipients,
    who: str,
) -> None:
    me: Identity = getattr(people, who)
    out = tmp_path / "opened.csbmx"
    subprocess.run(
        [str(OPENSSL), "cms", "-decrypt", "-inform", "DER", "-in", str(sent["sealed"]),
         "-recip", str(me.cert_pem), "-inkey", str(me.key_pem), "-out", str(out)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert read_bundle(out).kind == "review"
    assert import_bundle(workspace, staff["rui.reviewer"], out).report_created
    stranger = subprocess.run(
        [str(OPENSSL), "cms", "-decrypt", "-inform", "DER", "-in", str(sent["sealed"]),
         "-recip", str(people.stranger.cert_pem), "-inkey", str(people.stranger.key_pem),
         "-out", str(tmp_path / "no.csbmx")],
        check=False, capture_output=True, timeout=60,
    )  # fmt: skip
    assert stranger.returncode != 0


def test_a_restricted_report_leaves_in_the_clear_only_with_an_audited_reason(
    tmp_path: Path, workspace: Workspace, staff: dict[str, Actor], people: Recipients
) -> None:
    ana = staff["ana.drafter"]
    rid = create_demo(workspace, ana, state="BOL", year=2025).id
    # Public: may leave in the clear, no reason asked.
    assert export_review_bundle(workspace, ana, rid, tmp_path / "public.csbmx").encrypted_to == ()
    DraftingService(workspace, ana).apply(rid, [SetHeaderField("marking", "restricted")])
    before = db_content(workspace.path)
    for sending in (Sending(), Sending(unencrypted_reason="   ")):
        with pytest.raises(Refused) as caught:
            export_review_bundle(workspace, ana, rid, tmp_path / "no.csbmx", sending=sending)
        assert caught.value.code == "bundle.restricted_unencrypted"
        assert "reservado" in caught.value.message("es")
    assert not (tmp_path / "no.csbmx").exists()
    assert db_content(workspace.path) == before
    export_review_bundle(
        workspace,
        ana,
        rid,
        tmp_path / "clear.csbmx",
        sending=Sending(unencrypted_reason="Hand-carried by the liaison officer"),
    )
    sealed = export_review_bundle(
        workspace, ana, rid, tmp_path / "sealed.csbmx", sending=Sending((people.rsa.cert_pem,))
    )
    assert is_encrypted(sealed.path)
    # Newest first: the encrypted export, then the one in the clear with its reason.
    events = AuditTrailService(workspace, staff["root"]).events(action_prefix="bundle.export")
    assert events[1].details["unencrypted_reason"] == "Hand-carried by the liaison officer"
    assert events[1].details["encrypted_to"] == []
    assert events[0].details["encrypted_to"] == [people.rsa.name]
    assert events[0].details["unencrypted_reason"] is None
    # The reviewer's comments on a restricted report go back under the same rule.
    rui = staff["rui.reviewer"]
    with pytest.raises(Refused) as caught:
        export_comments_bundle(workspace, rui, rid, tmp_path / "c.csbmx")
    assert caught.value.code == "bundle.restricted_unencrypted"


def test_a_der_certificate_works_and_a_non_certificate_is_refused(
    tmp_path: Path, workspace: Workspace, staff: dict[str, Actor], people: Recipients
) -> None:
    ana = staff["ana.drafter"]
    rid = create_demo(workspace, ana, state="BOL", year=2025).id
    der = tmp_path / "rita.der"
    der.write_bytes(people.rsa.cert_der)
    result = export_review_bundle(
        workspace, ana, rid, tmp_path / "b.csbmx", sending=Sending((der,))
    )
    assert result.encrypted_to == (people.rsa.name,)
    with pytest.raises(BadInput) as caught:
        export_review_bundle(
            workspace, ana, rid, tmp_path / "c.csbmx", sending=Sending((people.rsa.p12,))
        )
    assert caught.value.code == "envelope.bad_certificate"


def test_the_command_line(
    tmp_path: Path,
    sent: dict[str, Path],
    people: Recipients,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from csbm_desktop.cli import main

    db = tmp_path / "laptop.sqlite3"
    ws = Workspace(db)
    ana = add_staff(ws)["ana.drafter"]
    rid = create_demo(ws, ana, state="BOL", year=2025).id
    DraftingService(ws, ana).apply(rid, [SetHeaderField("marking", "restricted")])
    ws.close()

    def csbm(user: str, *args: str, code: int = 0) -> str:
        status = main(["--db", str(db), "--user", user, "--password-file", str(password_file),
                       *args])  # fmt: skip
        out, err = capsys.readouterr()
        assert status == code, (out, err)
        return out + err

    out = tmp_path / "out.csbmx"
    said = csbm("ana.drafter", "--lang", "fr", "bundle", "export", str(rid), str(out), code=2)
    assert "diffusion restreinte" in said
    assert not out.exists()
    said = csbm("ana.drafter", "bundle", "export", str(rid), str(out),
                "--encrypt-to", str(people.rsa.cert_pem),
                "--encrypt-to", str(people.ec.cert_pem))  # fmt: skip
    assert f"encrypted to {people.rsa.name}, {people.ec.name}" in said
    csbm("ana.drafter", "bundle", "export", str(rid), str(tmp_path / "clear.csbmx"),
         "--unencrypted-reason", "needed on paper")  # fmt: skip
    assert '"unencrypted_reason": "needed on paper"' in csbm("root", "audit", "--json")

    # Another laptop imports it with the EC recipient's key.
    other = tmp_path / "other.sqlite3"
    receiver = Workspace(other)
    add_staff(receiver)
    receiver.close()
    passphrase = tmp_path / "elena.pass"
    passphrase.write_text(people.ec.passphrase + "\n", encoding="utf-8")
    status = main(["--db", str(other), "--user", "rui.reviewer", "--password-file",
                   str(password_file), "bundle", "import", str(out)])  # fmt: skip
    assert status == 2
    assert "encrypted to its recipients" in capsys.readouterr().err
    status = main(["--db", str(other), "--user", "rui.reviewer", "--password-file",
                   str(password_file), "bundle", "import", str(out),
                   "--decrypt-p12", str(people.ec.p12),
                   "--passphrase-file", str(passphrase)])  # fmt: skip
    assert status == 0, capsys.readouterr()
    assert "new report" in capsys.readouterr().out


def test_any_damage_to_the_envelope_is_refused_cleanly(
    tmp_path: Path, sent: dict[str, Path], people: Recipients
) -> None:
    """Hostile input: a bit flipped anywhere in the envelope's structure (every byte before
    the ciphertext, the tag), and any cut, ends in a BadInput, never a crash; the few flips
    that change nothing (the encoding of the OAEP parameters) give back the very same bundle,
    so the content can never be changed unnoticed."""
    from csbm_desktop.export.envelope import load_certificates, open_envelope, seal

    plain = sent["plain"].read_bytes()
    data = seal(plain, load_certificates([people.rsa.cert_pem]))
    key = _key(people.rsa)
    path = tmp_path / "bad.csbmx"
    out = tmp_path / "out"
    codes: set[str] = set()
    ciphertext_at = len(data) - 18 - len(plain)  # GCM: as long as the plaintext; then the tag
    positions = [*range(ciphertext_at + 8), len(data) - 1, len(data) - 17]
    refused = 0
    for where in positions:
        bad = bytearray(data)
        bad[where] ^= 1 << (where % 8)
        path.write_bytes(bad)
        with out.open("wb") as fh:
            try:
                open_envelope(path, key, fh, len(data) + 10)
            except BadInput as exc:
                codes.add(exc.code)
                refused += 1
                continue
        assert out.read_bytes() == plain, where
    assert refused > len(positions) * 0.9
    for cut in (0, 1, 5, 40, 700, len(data) - 1):
        path.write_bytes(data[:cut])
        with out.open("wb") as fh, pytest.raises(BadInput) as caught:
            open_envelope(path, key, fh, len(data) + 10)
        codes.add(caught.value.code)
    assert codes <= {"envelope.damaged", "envelope.not_recipient"}
    # The cap is applied before anything is read.
    path.write_bytes(data)
    with out.open("wb") as fh, pytest.raises(BadInput) as caught:
        open_envelope(path, key, fh, len(data) - 1)
    assert caught.value.code == "envelope.too_large"


@pytest.mark.skipif(OPENSSL is None, reason="the openssl command is not installed")
@pytest.mark.parametrize("who", ["rsa", "ec"])
def test_a_bundle_encrypted_by_openssl_imports(
    tmp_path: Path,
    workspace: Workspace,
    staff: dict[str, Actor],
    sent: dict[str, Path],
    people: Recipients,
    who: str,
) -> None:
    """OpenSSL's own choices (RSA-OAEP with SHA-1, ECDH with the SHA-1 KDF and AES-256-GCM)
    open too, so a recipient can also be sent a bundle sealed with the openssl command."""
    sealed = tmp_path / "by-openssl.csbmx"
    subprocess.run(
        [str(OPENSSL), "cms", "-encrypt", "-binary", "-aes-256-gcm", "-outform", "DER",
         "-in", str(sent["plain"]), "-out", str(sealed),
         "-recip", str(people.rsa.cert_pem), "-keyopt", "rsa_padding_mode:oaep",
         "-recip", str(people.ec.cert_pem)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert is_encrypted(sealed)
    result = import_bundle(workspace, staff["rui.reviewer"], sealed, key=_key(getattr(people, who)))
    assert result.report_created
