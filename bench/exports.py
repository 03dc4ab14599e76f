"""Exports of the large demo report: the PDF (100+ pages), signing it, and the workbook.

Targets (issue 5): PDF ≤ 2.5 s unsigned, signing ≤ 0.5 s (B-B and B-LT), workbook ≤ 1 s. The
signing keys are made here with `cryptography` (RSA 2048, as ministries' cards commonly hold).
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench.common import bench_actor, measure, report
from csbm_desktop import __version__
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import canonical_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace


def main() -> None:
    from csbm_desktop.export import pdf, signing, xlsx

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.pki import make_pki  # the tests' own PKI builder (cryptography only)

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ws = Workspace(tmp / "bench.sqlite3")
        try:
            actor = bench_actor(ws)
            demo = create_demo(ws, actor, size="large", state="ARG", year=2025)
            spec = DraftingService(ws, actor).form_of(demo)
            meta = ExportMeta(
                document_id="CSBM-BENCH",
                content_sha256=hashlib.sha256(canonical_json(demo).encode()).hexdigest(),
                revision=1,
                status="final",
                generated_at=datetime.now(UTC),
                generated_by="bench",
                app_version=__version__,
            )
            out = tmp / "large.pdf"
            layout = pdf.build_pdf(demo, spec, "es", meta, out)  # warm-up: imports, fonts
            print(f"large report PDF: {layout.pages} pages, {out.stat().st_size / 1e6:.1f} MB")
            report(
                "PDF of the large report (unsigned)",
                measure(lambda: pdf.build_pdf(demo, spec, "es", meta, out), runs=3, warmup=0),
                2500,
            )
            pki = make_pki(tmp / "pki")
            signer = signing.open_signer(
                signing.SignerSpec(kind="p12", p12_path=pki.officer.p12), pki.officer.passphrase
            )
            counter = iter(range(100))

            def sign() -> None:
                signing.sign_pdf(
                    out,
                    tmp / f"signed{next(counter)}.pdf",
                    signer,
                    field="AuthorisingOfficer",
                    box=(layout.signature_page, layout.boxes["AuthorisingOfficer"]),
                    reason="bench",
                    location="bench",
                    name_for_stamp="Bench",
                )

            report("PAdES signature of that PDF", measure(sign, runs=5), 500)
            from csbm_desktop.export.ltv import ltv_context
            from tests.pki_ltv import PASSPHRASE, make_ltv_pki

            ltv_pki = make_ltv_pki(tmp / "ltv")
            ltv_signer = signing.open_signer(
                signing.SignerSpec(kind="p12", p12_path=ltv_pki.officer_p12), PASSPHRASE
            )
            context = ltv_context([ltv_pki.root_pem], [ltv_pki.root_crl, ltv_pki.issuing_crl])

            def sign_lt() -> None:
                signing.sign_pdf(
                    out,
                    tmp / f"signed{next(counter)}.pdf",
                    ltv_signer,
                    field="AuthorisingOfficer",
                    box=(layout.signature_page, layout.boxes["AuthorisingOfficer"]),
                    reason="bench",
                    location="bench",
                    name_for_stamp="Bench",
                    validation_context=context,
                )

            report("PAdES B-LT signature (chain, CRLs)", measure(sign_lt, runs=5), 500)
            book = tmp / "large.xlsx"
            report(
                "workbook of the large report",
                measure(
                    lambda: xlsx.build_workbook(demo, spec, "es", meta, book), runs=3, warmup=1
                ),
                1000,
            )
        finally:
            ws.close()
