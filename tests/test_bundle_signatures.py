"""`--trust` means "signed by someone I trust", and an installation can require signed bundles
always: an unsigned bundle is then refused with the database unchanged, whoever imports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import signing
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.audit_trail import AuditTrailService
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content
from tests.pki import Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> dict[str, Path]:
    """The same report as an unsigned and as a signed review bundle."""
    root = tmp_path_factory.mktemp("sent")
    ws = Workspace(root / "sender.sqlite3")
    ana = add_staff(ws)["ana.drafter"]
    rid = create_demo(ws, ana, state="BOL", year=2025).id
    unsigned = export_review_bundle(ws, ana, rid, root / "unsigned.csbmx").path
    signer = signing.open_signer(
        signing.SignerSpec(kind="p12", p12_path=pki.preparer.p12), pki.preparer.passphrase
    )
    try:
        signed = export_review_bundle(ws, ana, rid, root / "signed.csbmx", signer).path
    finally:
        signing.close_signer(signer)
    ws.close()
    return {"unsigned": unsigned, "signed": signed}


def test_an_unsigned_bundle_is_refused_when_a_trusted_authority_is_given(
    workspace: Workspace, staff: dict[str, Actor], sent: dict[str, Path], pki: Pki
) -> None:
    rui = staff["rui.reviewer"]
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, rui, sent["unsigned"], trust=[pki.root_pem])
    assert caught.value.code == "bundle.unsigned"
    assert "unsigned.csbmx" in caught.value.message("es")
    assert db_content(workspace.path) == before
    # Without --trust it still comes in, and says it is unsigned.
    assert import_bundle(workspace, rui, sent["unsigned"]).signature is None


def test_the_installation_can_require_signed_bundles(
    workspace: Workspace, staff: dict[str, Actor], sent: dict[str, Path]
) -> None:
    accounts = AccountService(workspace)
    assert not accounts.require_signed_bundles()
    with pytest.raises(Refused):  # administrators only
        accounts.set_require_signed_bundles(staff["rui.reviewer"], True)
    accounts.set_require_signed_bundles(staff["root"], True)
    assert accounts.require_signed_bundles()
    [event] = AuditTrailService(workspace, staff["root"]).events(action_prefix="setting.bundles")
    assert (event.actor, event.details) == ("root", {"required": True})

    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, staff["rui.reviewer"], sent["unsigned"])
    assert caught.value.code == "bundle.unsigned"
    assert db_content(workspace.path) == before
    got = import_bundle(workspace, staff["rui.reviewer"], sent["signed"])
    assert got.signature is not None
    assert got.report_created


def test_the_command_line(
    tmp_path: Path,
    sent: dict[str, Path],
    pki: Pki,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from csbm_desktop.cli import main

    db = tmp_path / "laptop.sqlite3"
    ws = Workspace(db)
    add_staff(ws)
    ws.close()

    def csbm(user: str, *args: str, code: int = 0) -> str:
        status = main(["--db", str(db), "--user", user, "--password-file", str(password_file),
                       *args])  # fmt: skip
        out, err = capsys.readouterr()
        assert status == code, (out, err)
        return out + err

    said = csbm("rui.reviewer", "bundle", "import", str(sent["unsigned"]), "--trust",
                str(pki.root_pem), code=2)  # fmt: skip
    assert "is not signed" in said
    assert "bundles.require_signed   false" in csbm("root", "settings", "show")
    csbm("rui.reviewer", "settings", "set", "bundles.require_signed", "true", code=2)
    assert "= true" in csbm("root", "settings", "set", "bundles.require_signed", "true")
    assert "bundles.require_signed   true" in csbm("root", "settings", "show")
    csbm("root", "settings", "set", "bundles.require_signed", "maybe", code=2)
    said = csbm("rui.reviewer", "--lang", "fr", "bundle", "import", str(sent["unsigned"]), code=2)
    assert "n'est pas signé" in said
    assert "signed by" in csbm("rui.reviewer", "bundle", "import", str(sent["signed"]))
    assert '"required": true' in csbm("root", "audit", "--json")
