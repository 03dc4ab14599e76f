"""PDF export of a report whose one text field holds 1 MB, then 10 MB of text (issue 12).

The form caps a narrative at 20,000 characters, so such a report cannot be typed or imported;
it is built here directly as a domain `Report`, as a hostile or damaged database could hold it.
The export must stay linear in the text's length: 10 MB should take about ten times as long as
1 MB (it took 19 s for 5 MB and more than two minutes for 50 MB while each page break copied
and re-measured the whole rest of the text). Run: `python -m bench.long_texts`.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bench.common import bench_actor
from csbm_desktop import __version__
from csbm_desktop.domain.report import Activity, Report
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace

# Prose of varied word lengths with accents; paragraphs of ~1,500 characters.
_SENTENCE = (
    "El ejercicio combinado de búsqueda y salvamento reunió a las fuerzas navales de tres "
    "Estados, que intercambiaron observadores y notificaron cada movimiento con antelación. "
)


def long_text(size: int, paragraphs: bool) -> str:
    """About `size` characters of prose: in paragraphs, or as one unbroken paragraph."""
    para = _SENTENCE * 9
    sep = "\n\n" if paragraphs else " "
    count = size // (len(para) + len(sep)) + 1
    return sep.join([para] * count)[:size]


def with_long_field(report: Report, text: str) -> Report:
    first = report.activities[0]
    big = Activity(first.uid, first.measure_id, {**first.values, "description": text})
    return replace(report, activities=(big, *report.activities[1:]))


def main() -> None:
    from csbm_desktop.export import pdf

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ws = Workspace(tmp / "bench.sqlite3")
        try:
            actor = bench_actor(ws)
            demo = create_demo(ws, actor, size="small", state="ARG", year=2025)
            spec = DraftingService(ws, actor).form_of(demo)
            meta = ExportMeta(
                document_id="CSBM-BENCH",
                content_sha256=hashlib.sha256(b"bench").hexdigest(),
                revision=1,
                status="final",
                generated_at=datetime.now(UTC),
                generated_by="bench",
                app_version=__version__,
            )
            out = tmp / "long.pdf"
            pdf.build_pdf(demo, spec, "es", meta, out)  # warm-up: imports, fonts
            for paragraphs in (True, False):
                shape = "in paragraphs" if paragraphs else "one paragraph"
                per_mb = []
                for mb in (1, 10):
                    report = with_long_field(demo, long_text(mb * 10**6, paragraphs))
                    start = time.perf_counter()
                    layout = pdf.build_pdf(report, spec, "es", meta, out)
                    seconds = time.perf_counter() - start
                    per_mb.append(seconds / mb)
                    print(
                        f"PDF, one field of {mb:>2} MB ({shape:<13}) {seconds:7.2f} s  "
                        f"{layout.pages:5} pages  {out.stat().st_size / 1e6:6.1f} MB"
                    )
                print(f"  seconds per MB, 10 MB / 1 MB: {per_mb[1] / per_mb[0]:.2f} (1 = linear)")
        finally:
            ws.close()


if __name__ == "__main__":
    main()
