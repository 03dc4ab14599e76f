"""Where a measure comes from, in words: its official numbers or its source.

The form numbers its measures for its own use (`MeasureSpec.number`); the OAS numbers them in the
2009 consolidated list and, differently, in its online system. An OAS reader maps a report onto
those official numbers, so every screen and export shows them beside the measure, under their own
labels, and prints the form's number only as "Form no.": a measure the OAS does not number must
never appear under the official list's name.
"""

from __future__ import annotations

from csbm_desktop.domain.form import MeasureSpec
from csbm_desktop.domain.messages import render


def form_number_label(lang: str) -> str:
    """The column head for the form's own number ("Form no.")."""
    return render("measure.form_number", {}, lang)


def official_numbers(m: MeasureSpec, lang: str) -> str:
    """ "2009 list item 4 · OAS online item 4", or "" when the OAS numbers it nowhere."""
    parts = []
    if m.ref_2009:
        parts.append(render("measure.ref_2009", {"number": m.ref_2009}, lang))
    if m.ref_online:
        parts.append(render("measure.ref_online", {"number": m.ref_online}, lang))
    return " · ".join(parts)


def source_text(m: MeasureSpec, lang: str) -> str:
    """The declaration the measure comes from, or that the form added it; "" if neither."""
    if m.declaration:
        return render(f"provenance.{m.declaration}", {}, lang)
    if m.added_by_form:
        return render("provenance.form", {}, lang)
    return ""


def provenance_text(m: MeasureSpec, lang: str) -> str:
    """Official numbers where known, else the source and that the official list has no number."""
    official = official_numbers(m, lang)
    if official:
        return official
    source = source_text(m, lang)
    if m.added_by_form:
        return source
    return f"{source} · {render('provenance.not_numbered', {}, lang)}"


def categories_note(lang: str) -> str:
    """Said wherever the categories are shown: they are the form's grouping, not the OAS's."""
    return render("measure.categories_note", {}, lang)
