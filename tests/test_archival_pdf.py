"""The exported PDF is archival (PDF/A-2b as far as maintained tools can check it here) before
and after each signature: XMP declaring PDF/A-2 B and mirroring the document information, an
sRGB output intent, every font embedded (also in the stamps), a sound structure (`qpdf
--check`); stamps and reasons in the export's language; the document names people, not logins.

No PDF/A validator (veraPDF) can be installed here; README.md says what is and is not checked.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.exports import ExportRequest, ExportService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import PASSWORD, add_staff
from tests.pki import Pki, make_pki
from tests.signed_files import first_revision
from tests.test_exports import _final_report, _signers

PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"


@dataclass(frozen=True)
class Revisions:
    pki: Pki
    unsigned: Path  # the review copy of the same report (no signature)
    first: Path  # as the preparer's signature left it
    both: Path  # the file as exported, after both signatures


@pytest.fixture(scope="module")
def revisions(tmp_path_factory: pytest.TempPathFactory) -> Revisions:
    root = tmp_path_factory.mktemp("archival")
    pki = make_pki(root / "pki")
    ws = Workspace(root / "db.sqlite3")
    try:
        staff = add_staff(ws)
        report_id = _final_report(ws, staff)
        AccountService(ws).add_user(
            staff["root"], "o.ruiz", PASSWORD, ["authorising_officer"], display_name="Olga Ruiz"
        )
        officer = AccountService(ws).authenticate("o.ruiz", PASSWORD)
        service = ExportService(ws, officer)
        service.export(
            report_id, ExportRequest(lang="fr", pdf=root / "both.pdf", signers=_signers(pki))
        )
        service.export(report_id, ExportRequest(lang="fr", pdf=root / "unsigned.pdf"))
    finally:
        ws.close()
    first = root / "first.pdf"
    first.write_bytes(first_revision((root / "both.pdf").read_bytes()))
    return Revisions(pki, root / "unsigned.pdf", first, root / "both.pdf")


def _all(revisions: Revisions) -> list[Path]:
    return [revisions.unsigned, revisions.first, revisions.both]


def _instant(text: str) -> datetime:
    """A PDF date (D:YYYYMMDDHHmmSS+hh'mm' or ...Z) or an XMP date, as an aware datetime."""
    if text.startswith("D:"):
        body = text[2:].replace("'", "")
        if body.endswith("Z"):
            body = body[:-1] + "+0000"
        return datetime.strptime(body, "%Y%m%d%H%M%S%z")
    return datetime.fromisoformat(text)


def test_xmp_declares_pdfa_2b_and_mirrors_the_information_in_every_revision(
    revisions: Revisions,
) -> None:
    for path in _all(revisions):
        with pikepdf.open(path) as pdf:
            info = {str(k): str(v) for k, v in pdf.trailer.Info.items()}
            xmp = pdf.open_metadata()
            assert xmp[PDFAID + "part"] == "2", path.name
            assert xmp[PDFAID + "conformance"] == "B", path.name
            assert xmp["dc:title"] == info["/Title"], path.name
            assert xmp["dc:description"] == info["/Subject"], path.name
            assert xmp["dc:creator"] == [info["/Author"]], path.name
            assert xmp["pdf:Keywords"] == info["/Keywords"], path.name
            assert xmp["pdf:Producer"] == info["/Producer"], path.name
            assert xmp["xmp:CreatorTool"] == info["/Creator"], path.name
            assert _instant(xmp["xmp:CreateDate"]) == _instant(info["/CreationDate"])
            assert _instant(xmp["xmp:ModifyDate"]) == _instant(info["/ModDate"]), path.name
            assert "/Trapped" not in info  # no XMP counterpart in PDF/A-2's schemas
            # The people, not their logins.
            assert info["/Author"] == "Olga Ruiz"
    with pikepdf.open(revisions.both) as pdf:
        assert pdf.trailer.Info["/CSBMRequiredSignatures"] == "Preparer AuthorisingOfficer"


def test_an_srgb_output_intent_in_every_revision(revisions: Revisions) -> None:
    for path in _all(revisions):
        with pikepdf.open(path) as pdf:
            intents = pdf.Root.OutputIntents
            assert len(intents) == 1
            intent = intents[0]
            assert intent.S == "/GTS_PDFA1"
            assert "sRGB" in str(intent.OutputConditionIdentifier)
            profile = intent.DestOutputProfile
            assert int(profile.N) == 3
            icc = profile.read_bytes()
            assert icc[36:40] == b"acsp"  # an ICC profile
            assert icc[16:20] == b"RGB "
            assert icc[12:16] in (b"mntr", b"prtr")  # an output device class


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every font the pages and the annotations' appearances (the stamps) use, recursively."""
    found: dict[tuple[int, int], pikepdf.Dictionary] = {}
    seen: set[tuple[int, int]] = set()

    def resources(res: pikepdf.Object) -> None:
        if res is None:
            return
        for font in (res.get("/Font") or {}).values():
            found[font.objgen] = font
        for xobject in (res.get("/XObject") or {}).values():
            if xobject.objgen in seen:
                continue
            seen.add(xobject.objgen)
            resources(xobject.get("/Resources"))

    for page in pdf.pages:
        resources(page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots") or []:
            appearance = (annot.get("/AP") or {}).get("/N")
            if appearance is not None and appearance.objgen not in seen:
                seen.add(appearance.objgen)
                resources(appearance.get("/Resources"))
    return list(found.values())


def test_every_font_is_embedded_also_in_the_stamps(revisions: Revisions) -> None:
    for path in _all(revisions):
        with pikepdf.open(path) as pdf:
            fonts = _fonts(pdf)
            assert fonts
            for font in fonts:
                target = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = target.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    path.name,
                    str(font.BaseFont),
                )
                assert "DejaVu" in str(font.BaseFont)
    if shutil.which("pdffonts"):  # poppler's view agrees
        run = subprocess.run(
            ["pdffonts", str(revisions.both)], capture_output=True, text=True, check=True
        )
        rows = run.stdout.splitlines()[2:]
        assert len(rows) >= 5  # the document's three faces and one subset per stamp
        assert all(row.split()[-5] == "yes" for row in rows), run.stdout


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is in the Makefile's SYS_PACKAGES")
def test_qpdf_finds_no_structural_error(revisions: Revisions) -> None:
    for path in _all(revisions):
        run = subprocess.run(
            ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
        )
        assert run.returncode == 0, (path.name, run.stdout, run.stderr)
        assert "No syntax or stream encoding errors found" in run.stdout


def test_stamps_and_reasons_are_in_the_export_language(revisions: Revisions) -> None:
    with pikepdf.open(revisions.both) as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert set(fields) == {"Preparer", "AuthorisingOfficer"}
        assert str(fields["Preparer"].V.Reason) == "Préparé par"
        assert str(fields["AuthorisingOfficer"].V.Reason) == "Autorisé pour transmission"
        for field in fields.values():
            lines = [
                str(operands[1].ActualText)
                for operands, operator in pikepdf.parse_content_stream(field.AP.N)
                if str(operator) == "BDC" and "/ActualText" in operands[1]
            ]
            assert lines[0] == "Signé numériquement par"
            # The stamp's text fits its box: its widths are in thousandths of an em.
            font = next(iter(field.AP.N.Resources.Font.values()))
            widths = [w for w in font.DescendantFonts[0].W if isinstance(w, pikepdf.Array)]
            assert max(max(float(x) for x in group) for group in widths) < 1100
