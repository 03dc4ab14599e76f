"""The PDF export, read back with pypdf: words in four languages, contents and bookmarks,
embedded fonts, the draft watermark, signature boxes, hostile text, and a 500-page report."""

from __future__ import annotations

import hashlib
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import pdf as pdf_export
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.export.pdf import AUTHORISING_OFFICER, PREPARER, PdfLayout, build_pdf
from csbm_desktop.export.pdf_texts import LABELS, STATUSES, label
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff

LANGS = ("en", "es", "fr", "pt")
SHA = hashlib.sha256(b"the canonical JSON of the report").hexdigest()


def meta_for(status: str = "draft") -> ExportMeta:
    return ExportMeta(
        document_id="CSBM-MEX-2025-r1-0f1e2d3c",
        content_sha256=SHA,
        revision=1,
        status=status,
        generated_at=datetime(2026, 3, 5, 14, 2, tzinfo=UTC),
        generated_by="ana.drafter",
        app_version="9.9.9",
    )


@dataclass
class Built:
    path: Path
    layout: PdfLayout
    reader: PdfReader
    pages: list[str]  # each page's text, whitespace collapsed

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def page_text(self, index: int) -> str:
        return self.pages[index]


def read(path: Path, layout: PdfLayout) -> Built:
    reader = PdfReader(path)
    return Built(path, layout, reader, [" ".join(p.extract_text().split()) for p in reader.pages])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Report, FormSpec, Path]]:
    """A small Mexican report (Spanish content: accents, «»), made once for the module."""
    folder = tmp_path_factory.mktemp("pdf")
    ws = Workspace(folder / "reports.sqlite3")
    try:
        drafter = add_staff(ws)["ana.drafter"]
        report = create_demo(ws, drafter, size="small", state="MEX", year=2025)
        yield report, DraftingService(ws, drafter).form_of(report), folder
    finally:
        ws.close()


@pytest.fixture(scope="module")
def draft_pdfs(demo: tuple[Report, FormSpec, Path]) -> dict[str, Built]:
    report, spec, folder = demo
    built = {}
    for lang in LANGS:
        path = folder / f"draft-{lang}.pdf"
        built[lang] = read(path, build_pdf(report, spec, lang, meta_for("draft"), path))
    return built


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_in_the_language(
    lang: str, demo: tuple[Report, FormSpec, Path], draft_pdfs: dict[str, Built]
) -> None:
    report, spec, _folder = demo
    pdf = draft_pdfs[lang]
    text = pdf.text
    for key in ("contents", "characteristics", "measures", "activities", "attachments"):
        assert label(key, lang) in text, key
    assert label("signatures", lang) in text
    for section in spec.header:
        assert section.title.get(lang) in text
    for ch in spec.characteristics:
        assert f"{ch.number}. {ch.name.get(lang)}" in text
    state = spec.state("MEX")
    assert state is not None
    assert state.name.get(lang) in pdf.page_text(0)  # the cover names the state
    # Content keeps its own language: an accented Spanish title, with its «» if it has them.
    titles = [a.text("title") for a in report.activities]
    accented = min((t for t in titles if re.search(r"[^\x00-\x7f]", t)), key=len)
    assert accented in text
    assert all(t in text for t in titles if "«" in t)  # exercise names are in «»
    # Choice codes, states and characteristics by their names in the document's language.
    assert spec.choice_list("measure_status").label("implemented", lang) in text
    first = next(a for a in report.activities if a.values.get("partner_states"))
    partner = spec.state(str(first.values["partner_states"][0]))  # type: ignore[index]
    assert partner is not None
    assert partner.name.get(lang) in text
    # Identity, on the cover in full.
    cover = pdf.page_text(0)
    assert SHA in cover
    assert "CSBM-MEX-2025-r1-0f1e2d3c" in cover
    assert spec.source.document in cover
    assert STATUSES["draft"].get(lang) in cover
    marking = spec.choice_list("marking").label("public", lang)
    assert marking in cover
    assert marking.upper() in cover
    # Furniture: every page has "page X of Y" in the language, the document id, the marking.
    pages = len(pdf.pages)
    assert pages == pdf.layout.pages
    for i in (0, pages // 2, pages - 1):
        page = pdf.page_text(i)
        assert label("page_of", lang, page=i + 1, pages=pages) in page
        assert "CSBM-MEX-2025-r1-0f1e2d3c" in page
        assert marking.upper() in page
        assert label("draft", lang) in page  # the watermark
    # Bookmarks: every section; the characteristics by name; each activity.
    titles_in_outline = outline_titles(pdf.reader)
    for ch in spec.characteristics:
        assert f"{ch.number}. {ch.name.get(lang)}" in titles_in_outline
    for key in ("contents", "measures", "activities", "attachments", "signatures"):
        assert label(key, lang) in titles_in_outline
    assert len([t for t in titles_in_outline if any(a in t for a in titles)]) == len(titles)
    # Document information and language.
    info = pdf.reader.metadata
    assert info is not None
    assert info.title == f"{spec.title.get(lang)} — {state.name.get(lang)} 2025"
    assert info.author == "ana.drafter"
    assert info.creator == "CSBM Desktop 9.9.9"
    assert SHA in str(info["/Keywords"])
    assert str(pdf.reader.root_object["/Lang"]) == lang


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_final_report_has_no_watermark(
    lang: str, demo: tuple[Report, FormSpec, Path], tmp_path: Path
) -> None:
    report, spec, _folder = demo
    path = tmp_path / "final.pdf"
    pdf = read(path, build_pdf(report, spec, lang, meta_for("final"), path))
    assert label("draft", lang) not in pdf.text
    assert STATUSES["final"].get(lang) in pdf.page_text(0)
    assert label("page_of", lang, page=1, pages=pdf.layout.pages) in pdf.page_text(0)


def test_contents_list_sections_with_their_pages(draft_pdfs: dict[str, Built]) -> None:
    pdf = draft_pdfs["en"]
    contents = pdf.page_text(1)
    assert contents.startswith(label("contents", "en")) or label("contents", "en") in contents
    # Each top-level entry ends with the page its section starts on (drawn after layout).
    for key in ("measures", "activities", "attachments", "signatures"):
        title = label(key, "en")
        pages = [i for i in range(2, len(pdf.pages)) if title in pdf.page_text(i)]
        match = re.search(re.escape(title) + r"[ .]*?(\d+)(?!\d)", contents)
        assert match, key
        assert int(match.group(1)) - 1 in pages, key
    # The entries are links to the sections.
    links = [
        a.get_object()
        for a in pdf.reader.pages[1].get("/Annots", [])
        if a.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) >= 10
    assert all(link["/F"] == 4 for link in links)  # printable, as PDF/A wants


def test_inventory_repeats_its_header_after_a_page_break(
    demo: tuple[Report, FormSpec, Path], draft_pdfs: dict[str, Built]
) -> None:
    _report, spec, _folder = demo
    pdf = draft_pdfs["en"]
    heading = label("measures", "en")
    start = next(i for i in range(2, len(pdf.pages)) if heading in pdf.page_text(i))
    last = spec.measures[-1].title.get("en")
    assert last not in pdf.page_text(start)  # the inventory runs over onto the next page
    following = pdf.page_text(start + 1)
    assert last in following
    for key in ("col_number", "col_measure", "col_status", "col_activities"):
        assert label(key, "en") in following


def test_fonts_are_embedded(draft_pdfs: dict[str, Built]) -> None:
    pdf = draft_pdfs["pt"]
    seen: set[str] = set()
    for page in pdf.reader.pages:
        fonts: Any = page["/Resources"]["/Font"].get_object()  # type: ignore[index]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert {name.split("+")[-1] for name in seen} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    if shutil.which("pdffonts"):
        out = subprocess.run(
            ["pdffonts", str(pdf.path)], capture_output=True, text=True, check=True
        ).stdout
        rows = out.splitlines()[2:]
        assert rows
        assert all(" yes yes yes " in row for row in rows), out


def test_signature_page_and_boxes(
    demo: tuple[Report, FormSpec, Path], draft_pdfs: dict[str, Built], tmp_path: Path
) -> None:
    report, spec, _folder = demo
    pdf = draft_pdfs["es"]
    layout = pdf.layout
    assert layout.signature_page == layout.pages - 1
    page = pdf.page_text(layout.signature_page)
    for field_id in (
        "preparer_name",
        "preparer_position",
        "authorising_officer_name",
        "authorising_officer_position",
        "authorisation_date",
    ):
        assert str(report.header[field_id]) in page, field_id
    assert label("prepared_by", "es") in page
    assert label("authorised_by", "es") in page
    width, height = (float(v) for v in pdf.reader.pages[layout.signature_page].mediabox[2:])
    assert set(layout.boxes) == {PREPARER, AUTHORISING_OFFICER}
    boxes = [layout.boxes[PREPARER], layout.boxes[AUTHORISING_OFFICER]]
    for x1, y1, x2, y2 in boxes:
        assert 0 < x1 < x2 < width
        assert 0 < y1 < y2 < height
        assert x2 - x1 >= 200
        assert y2 - y1 >= 80
    assert boxes[0][1] > boxes[1][3]  # preparer above the officer, no overlap

    path = tmp_path / "paper.pdf"
    paper = build_pdf(report, spec, "es", meta_for(), path, signature_fields=False)
    assert paper.boxes == {}
    assert paper.signature_page == paper.pages - 1


def test_hostile_and_long_text(
    demo: tuple[Report, FormSpec, Path], draft_pdfs: dict[str, Built], tmp_path: Path
) -> None:
    report, spec, _folder = demo
    url = "https://example.org/" + "a" * 400  # wider than any column: cut, not overflowing
    long_paragraph = " ".join(["Párrafo largo con acentos y «comillas»."] * 600)  # ~25 KB
    # More distinct characters than one font subset holds (256): Greek, Cyrillic, Latin-Ext.
    many = "".join(
        chr(c) for c in (*range(0x391, 0x3A2), *range(0x410, 0x450), *range(0x100, 0x180))
    )
    first = report.activities[0]
    hostile = replace(
        first,
        values={
            **first.values,
            "title": "R&D <script>alert('x')</script> & «más»",
            "description": f"{long_paragraph}\n\nLínea 1\nLínea 2\x07 con control",
            "public_reference": url,
            "outcome": f"{many} Ñandú",
        },
    )
    header = {**report.header, "executive_summary": "A < B & C > D; <b>not bold</b>"}
    changed = replace(report, header=header, activities=(hostile, *report.activities[1:]))
    path = tmp_path / "hostile.pdf"
    pdf = read(path, build_pdf(changed, spec, "es", meta_for(), path))
    assert "R&D <script>alert('x')</script> & «más»" in pdf.text
    assert "A < B & C > D; <b>not bold</b>" in pdf.text
    assert "Línea 1 Línea 2 con control" in pdf.text
    # Every sentence is there (but those cut by a page break, where the running header lands).
    sentences = pdf.text.count("Párrafo largo con acentos y «comillas».")
    assert 600 - pdf.layout.pages < sentences <= 600
    assert "https://example.org/aaaa" in pdf.text
    assert many.replace(" ", "") in pdf.text.replace(" ", "")
    assert pdf.layout.pages >= draft_pdfs["es"].layout.pages + 3  # it ran over several pages
    titles = outline_titles(pdf.reader)
    assert any("R&D <script>" in t for t in titles)


def test_empty_report_still_renders(demo: tuple[Report, FormSpec, Path], tmp_path: Path) -> None:
    report, spec, _folder = demo
    empty = replace(report, header={}, answers={}, measures=(), activities=())
    path = tmp_path / "empty.pdf"
    pdf = read(path, build_pdf(empty, spec, "fr", meta_for(), path))
    assert label("no_activities", "fr") in pdf.text
    assert label("no_attachments", "fr") in pdf.text
    assert label("not_answered", "fr") in pdf.text
    assert label("no_serving", "fr") in pdf.text
    # No marking chosen yet: the document says restricted, to be safe.
    assert spec.choice_list("marking").label("restricted", "fr").upper() in pdf.page_text(0)


def test_written_atomically(
    demo: tuple[Report, FormSpec, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, spec, _folder = demo
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous export")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_export._Builder, "finish", fail)
    with pytest.raises(OSError, match="disk full"):
        build_pdf(report, spec, "en", meta_for(), out)
    assert out.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [out]
    monkeypatch.undo()
    build_pdf(report, spec, "en", meta_for(), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == [out]


def test_labels_exist_in_four_languages_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    for key, text in {**LABELS, **STATUSES}.items():
        names = [
            sorted(name for _lit, name, _spec, _conv in fields.parse(text.get(lang)) if name)
            for lang in LANGS
        ]
        assert all(n == names[0] for n in names), key
        assert all(text.get(lang).strip() for lang in LANGS), key


def test_importing_the_module_does_not_load_reportlab() -> None:
    code = "import sys, csbm_desktop.export.pdf; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_large_report_runs_to_hundreds_of_pages(
    workspace: Workspace, drafter: Actor, tmp_path: Path
) -> None:
    # Slow by design (~4 s: 1.5 s to make the demo, ~2 s to build 500+ pages). The time itself
    # is measured in bench/exports.py, not asserted here.
    report = create_demo(workspace, drafter, size="large", state="ARG", year=2025)
    spec = DraftingService(workspace, drafter).form_of(report)
    path = tmp_path / "large.pdf"
    layout = build_pdf(report, spec, "es", meta_for(), path)
    assert layout.pages >= 100
    reader = PdfReader(path)
    assert len(reader.pages) == layout.pages
    last = " ".join(reader.pages[-1].extract_text().split())
    assert label("page_of", "es", page=layout.pages, pages=layout.pages) in last
    assert len([t for t in outline_titles(reader) if t]) > len(report.activities)


def test_a_text_of_many_pages_keeps_every_line_once_and_in_order(
    demo: tuple[Report, FormSpec, Path], tmp_path: Path
) -> None:
    # The parts a page break makes share one layout and keep only their bounds (a split used to
    # copy and re-measure the rest of the text, quadratic in its length): none may lose, repeat
    # or reorder a line, whether the text is in paragraphs or one long run.
    report, spec, _folder = demo
    first = report.activities[0]
    for sep in ("\n\n", "\n", " "):
        text = sep.join(f"Z{n:05d} medida de confianza notificada" for n in range(4000))
        long = replace(first, values={**first.values, "description": text})
        path = tmp_path / "long.pdf"
        pdf = read(
            path, build_pdf(replace(report, activities=(long,)), spec, "es", meta_for(), path)
        )
        found = [int(m) for m in re.findall(r"Z(\d{5})", pdf.text)]
        assert found == list(range(4000))
        assert pdf.layout.pages > 30
