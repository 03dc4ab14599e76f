"""Measure numbering: the official (OAS) numbers beside each measure, the form's own number never
under the official list's name — in the catalogue, the real PDF text and the real workbook."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from csbm_desktop.cli import main
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.messages import MESSAGES
from csbm_desktop.domain.report import Report
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.export.pdf import build_pdf
from csbm_desktop.export.pdf_texts import label as pdf_label
from csbm_desktop.export.xlsx import LABELS, build_workbook

LANGS = ("en", "es", "fr", "pt")


def meta() -> ExportMeta:
    return ExportMeta(
        document_id="CSBM-MEX-2025-r1-00000000",
        content_sha256="0" * 64,
        revision=1,
        status="draft",
        generated_at=datetime(2026, 3, 5, 14, 2, tzinfo=UTC),
        generated_by="ana.drafter",
        app_version="9.9.9",
    )


def official_label_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes capturing the number printed under each official list's label in `lang`."""

    def pattern(code: str) -> re.Pattern[str]:
        before, after = MESSAGES[code].get(lang).split("{number}")
        return re.compile(re.escape(before) + r"(\d+)" + re.escape(after))

    return pattern("measure.ref_2009"), pattern("measure.ref_online")


def test_catalogue_json_gives_every_measure_its_provenance(
    capsys: pytest.CaptureFixture[str], spec: FormSpec
) -> None:
    assert main(["catalogue", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    by_id = {m["id"]: m for m in shown["measures"]}
    assert set(by_id) == {m.id for m in spec.measures}
    for m in shown["measures"]:
        assert m["provenance"] in (
            "list_2009",
            "online",
            "santiago_1995",
            "san_salvador_1998",
            "miami_2003",
            "form",
        )
        assert set(m["provenance_labels"]) == set(LANGS)
        assert m["ref_2009"] or m["ref_online"] or m["declaration"] or m["added_by_form"]
    # Items 1-9 of the 2009 list and 1-11 of the online system are verified and filled in.
    assert sorted(int(m["ref_2009"]) for m in shown["measures"] if m["ref_2009"]) == list(
        range(1, 10)
    )
    assert {int(m["ref_online"]) for m in shown["measures"] if m["ref_online"]} == set(range(1, 12))
    assert by_id["m05"]["ref_online"] == "4"  # the online system merges 2009 items 4 and 5
    assert by_id["m14"]["provenance"] == "santiago_1995"
    assert by_id["other"]["provenance"] == "form"
    assert set(shown["categories_note"]) == set(LANGS)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_prints_official_numbers_only_for_officially_numbered_measures(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, lang: str
) -> None:
    out = tmp_path / "report.pdf"
    build_pdf(demo, demo_spec, lang, meta(), out)
    # pypdf reads the content stream in drawing order, a table cell at a time; poppler reads
    # the page by position and interleaves columns, so it checks only what is printed at all.
    pages = [(p.extract_text() or "") for p in PdfReader(out).pages]
    stream_text = " ".join(" ".join(pages).split())
    texts = [stream_text]
    if shutil.which("pdftotext"):
        poppler = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
        ).stdout.decode()
        texts.append(" ".join(poppler.split()))
    ref_2009, ref_online = official_label_pattern(lang)
    note = MESSAGES["measure.categories_note"].get(lang)
    titles = [m.title.get(lang) for m in demo_spec.measures]

    def inventory_of(text: str) -> str:
        # From the note that the categories are the form's own to the next part.
        start = text.index(note)
        return text[start : text.index(pdf_label("activities", lang), start)]

    inventory = inventory_of(stream_text)
    for i, m in enumerate(demo_spec.measures):
        # Each measure's row: from its title up to the next measure's title.
        begin = inventory.index(titles[i])
        end = inventory.index(titles[i + 1], begin) if i + 1 < len(titles) else None
        row = inventory[begin:end]
        assert ref_2009.findall(row) == ([m.ref_2009] if m.ref_2009 else []), (m.id, row)
        assert ref_online.findall(row) == ([m.ref_online] if m.ref_online else []), m.id
    expected_2009 = sorted(m.ref_2009 for m in demo_spec.measures if m.ref_2009)
    expected_online = sorted(m.ref_online for m in demo_spec.measures if m.ref_online)
    for text in texts:
        # The inventory prints each official number once per measure that has it, no other.
        assert sorted(ref_2009.findall(inventory_of(text))) == expected_2009
        assert sorted(ref_online.findall(inventory_of(text))) == expected_online
        # Anywhere in the document (activity headings too): only real official numbers.
        assert set(ref_2009.findall(text)) <= set(expected_2009)
        assert set(ref_online.findall(text)) <= set(expected_online)
        assert pdf_label("measure_n", lang, number="14") in text or not demo.activities_of("m14")


@pytest.mark.parametrize("lang", LANGS)
def test_workbook_official_columns_hold_only_official_numbers(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, lang: str
) -> None:
    out = tmp_path / "report.xlsx"
    build_workbook(demo, demo_spec, lang, meta(), out)
    ws = load_workbook(out)[LABELS["sheet.measures"].get(lang)]
    rows = list(ws.iter_rows(values_only=True))[1:]  # row 1: the stable keys
    head = list(rows[0])
    assert "(" in str(head[head.index(LABELS["category_form"].get(lang))])  # says whose grouping
    col_2009 = head.index(LABELS["ref_2009"].get(lang))
    col_online = head.index(LABELS["ref_online"].get(lang))
    col_form = head.index(LABELS["form_number"].get(lang))
    col_source = head.index(LABELS["source"].get(lang))
    assert LABELS["number"].get(lang) not in head  # no bare "No." that reads as the OAS's
    for m, row in zip(demo_spec.measures, rows[1:], strict=True):

        def text(v: object) -> str | None:
            return None if v is None else str(v)

        assert text(row[col_2009]) == m.ref_2009, m.id
        assert text(row[col_online]) == m.ref_online, m.id
        assert text(row[col_form]) == m.number
        assert (row[col_source] is None) == m.official, m.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_inventory_number_heading_breaks_only_between_words(
    tmp_path: Path, demo: Report, demo_spec: FormSpec, lang: str
) -> None:
    """The number column is wide enough for the longest word of its heading: a narrower one
    printed "N° du / form / ulaire"."""
    out = tmp_path / "r.pdf"
    build_pdf(demo, demo_spec, lang, meta(), out)
    heading = pdf_label("col_number", lang)
    from csbm_desktop.domain.provenance import categories_note

    texts = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    page = next(t for t in texts if categories_note(lang) in t)  # the inventory's first page
    assert heading in page  # whole words ("N° du form ulaire" before)
