"""The workbook on paper and for aggregation, checked by opening it in LibreOffice (headless):
converted to PDF on A4 and on Letter landscape, the Activities pages carry the printed columns
at a readable size, every wrapped text whole (a row too short cuts it off), and the heads on
every page. Skipped when LibreOffice (soffice) or poppler (pdftotext) is not installed.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.xlsx import LABELS, build_workbook
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workbook_import import import_workbook
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff
from tests.test_export_xlsx import make_meta
from tests.test_import_xlsx import content

PAPERS = {"A4": 9, "Letter": 1}  # the spreadsheet paperSize codes


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or shutil.which("pdftotext") is None:
        pytest.skip("needs LibreOffice (libreoffice-calc-nogui) and poppler-utils")
    return found


def to_pdf(xlsx: Path, tmp: Path) -> Path:
    """The workbook as LibreOffice prints it (every sheet), as a PDF next to it."""
    run = subprocess.run(
        [soffice(), "--headless", "--norestore",
         f"-env:UserInstallation=file://{tmp / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(xlsx.parent), str(xlsx)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    pdf = xlsx.with_suffix(".pdf")
    assert pdf.is_file(), run.stderr
    return pdf


def pages(pdf: Path) -> list[str]:
    """The text of each page, in the order LibreOffice wrote it (a cell's lines together)."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return raw.split("\f")[:-1]


def word_heights(pdf: Path, page: int) -> list[float]:
    """The height of every word's box on `page` (1-based), in points: about 1.15 × font size."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', xml)
    return [float(y2) - float(y1) for y1, y2 in boxes]


def flat(text: str) -> str:
    """One line, single spaces; a line broken after a hyphen joined again."""
    return re.sub(r"- ", "-", " ".join(text.split()))


@pytest.mark.parametrize("paper", PAPERS)
def test_activities_print_readably_whole_and_with_their_heads(
    paper: str, tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    lang = "es"
    xlsx = tmp_path / f"report-{paper}.xlsx"
    build_workbook(demo, demo_spec, lang, make_meta(demo), xlsx)
    wb = load_workbook(xlsx)
    for ws in wb.worksheets:  # as a ministry's printer is set up
        ws.page_setup.paperSize = PAPERS[paper]
    wb.save(xlsx)
    pdf = to_pdf(xlsx, tmp_path)
    texts = pages(pdf)

    sheet = LABELS["sheet.activities"].get(lang)
    # The footer names the sheet: "Actividades  SHA-256 …  Página n de N".
    ours = [i for i, t in enumerate(texts) if re.search(rf"^{sheet} SHA-256", t, re.M)]
    assert ours, [t[:200] for t in texts]
    # Printed columns on one page width: every page has the first and the last printed head,
    # the ✓ columns and the activity id stay on screen only.
    heads = {f.id: f.label.get(lang) for f in demo_spec.activity_fields()}
    for i in ours:
        page = flat(texts[i])
        assert heads["title"] in page
        assert heads["outcome"] in page
        assert flat(heads["characteristics"]) in page
        assert LABELS["activity_id"].get(lang) not in page
        assert demo_spec.characteristics[0].name.get(lang) not in page
    assert len(ours) <= len(demo.activities) // 3 + 1  # a few activities a page, not one

    # Readable: word boxes about 9 pt high (text about 7.5 pt); fitted to one page wide, the
    # 21 columns came out at about 3.5 pt.
    for i in ours:
        assert statistics.median(word_heights(pdf, i + 1)) >= 8.0

    # The heads of the Measures sheet, narrow columns included, are whole too.
    measures = LABELS["sheet.measures"].get(lang)
    on_paper = " ".join(flat(t) for t in texts if re.search(rf"^{measures} SHA-256", t, re.M))
    for head in load_workbook(xlsx)[measures][2]:
        assert flat(str(head.value)) in on_paper, head.value

    # Whole: every activity's title, description and outcome is on the pages, to its last
    # word; a row too short for its wrapped text would have cut the end off.
    printed = " ".join(flat(texts[i]) for i in ours)
    for a in demo.activities:
        for field in ("title", "description", "outcome"):
            text = a.text(field)
            if text:
                assert flat(text) in printed, (field, text)


def test_the_key_row_is_the_same_in_every_language(
    tmp_path: Path, demo: Report, demo_spec: FormSpec
) -> None:
    """What the OAS aggregates by: row 1 of each table holds stable keys whatever the
    language; row 2 holds the translated heads."""
    keys: dict[str, list[list[object]]] = {}
    for lang in ("en", "es", "fr", "pt"):
        out = tmp_path / f"r-{lang}.xlsx"
        build_workbook(demo, demo_spec, lang, make_meta(demo), out)
        wb = load_workbook(out)
        for sheet in ("measures", "activities", "characteristics"):
            ws = wb[LABELS[f"sheet.{sheet}"].get(lang)]
            row1 = [c.value for c in ws[1]]
            row2 = [c.value for c in ws[2]]
            keys.setdefault(sheet, []).append(row1)
            assert all(isinstance(k, str) and re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in row1)
            assert len(set(row1)) == len(row1)
            if lang != "en":
                assert row2 != keys[sheet][0]  # the heads below are translated
    for sheet, rows in keys.items():
        assert all(r == rows[0] for r in rows), sheet
    assert {"title", "measure", "description", "c1", "activity_id"} <= set(keys["activities"][0])
    assert {"number", "status", "nothing_to_report", "note"} <= set(keys["measures"][0])


def test_wrapped_rows_are_given_heights(tmp_path: Path, demo: Report, demo_spec: FormSpec) -> None:
    out = tmp_path / "r.xlsx"
    build_workbook(demo, demo_spec, "en", make_meta(demo), out)
    ws = load_workbook(out)[LABELS["sheet.activities"].get("en")]
    width = ws.column_dimensions["G"].width  # the description
    assert ws["G2"].value == "Description"
    for row in range(3, ws.max_row + 1):
        text = ws.cell(row=row, column=7).value or ""
        height = ws.row_dimensions[row].height
        if len(text) > width:
            assert height is not None
            assert height >= 15 * (len(text) / width)  # at least a line per width of text


def test_columns_are_read_back_by_their_keys_whatever_the_heads_say(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, drafter: Actor
) -> None:
    """An aggregator (or a translator) may rewrite the heads; the key row still says what
    each column holds, and our own import goes by it."""
    out = tmp_path / "r.xlsx"
    build_workbook(demo, demo_spec, "fr", make_meta(demo), out)
    wb = load_workbook(out)
    for sheet in ("measures", "activities", "characteristics"):
        ws = wb[LABELS[f"sheet.{sheet}"].get("fr")]
        for c in ws[2]:
            c.value = f"Colonne {c.column}"  # no heading any language knows
    wb.save(out)
    other = Workspace(tmp_path / "other.sqlite3")  # the laptop the workbook is carried to
    try:
        add_staff(other)
        result = import_workbook(other, drafter, out)
        got = DraftingService(other, drafter).get(result.report_id)
    finally:
        other.close()
    assert content(got) == content(demo)


def test_our_activities_sheet_copied_alone_is_read_by_its_keys(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, drafter: Actor
) -> None:
    """Someone copies only the Activities sheet into a workbook of their own (no Metadata):
    read as a generic table, the key row is recognised and the heads below it are no data."""
    from openpyxl import Workbook

    out = tmp_path / "r.xlsx"
    build_workbook(demo, demo_spec, "pt", make_meta(demo), out)
    source = load_workbook(out)[LABELS["sheet.activities"].get("pt")]
    copy = Workbook()
    for row in source.iter_rows(values_only=True):
        copy.active.append(row)
    loose = tmp_path / "loose.xlsx"
    copy.save(loose)
    other = Workspace(tmp_path / "other.sqlite3")
    try:
        add_staff(other)
        result = import_workbook(other, drafter, loose, state="ARG", year=2025)
        got = DraftingService(other, drafter).get(result.report_id)
    finally:
        other.close()
    assert [a.values for a in got.activities] == [a.values for a in demo.activities]
    assert not [p for p in result.problems if p.severity == "error"]
