"""The report as an Excel workbook, for an OAS reader and for the clerk who types it into the OAS
online system.

Sheets: Summary (identity, header, counts), Measures (one row per catalogue measure), Activities
(one row per activity, a column per activity field of the form plus a ✓ column per characteristic
so readers can filter), Characteristics (each guiding question and its answer), Metadata
(machine-readable key, label, value) and a hidden Lists sheet that the data-validation drop-downs
point at. Every label is in the export language: form labels come from the FormSpec, the
workbook's own words from `LABELS`.

Hazards handled here, not left to the caller:
- openpyxl raises IllegalCharacterError on control characters that XML 1.0 cannot hold; they are
  stripped from every string.
- A string starting with "=" would be stored as a formula; one starting with "+", "-", "@" (or a
  tab/CR) turns into one as soon as a user edits the cell. Such strings are forced to text and
  given the quotePrefix style, so Excel shows and keeps them as text ("formula injection").
- Excel keeps at most 32,767 characters per cell; longer text is cut with an ellipsis.

Sheets of a final report are protected without a password: that only prevents accidental edits
while the clerk copies from it. It is not a security measure; the content SHA-256 and the signed
PDF are what vouch for the content.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from csbm_desktop.domain.form import FieldSpec, FormSpec, Text
from csbm_desktop.domain.messages import status_word
from csbm_desktop.domain.provenance import source_text
from csbm_desktop.domain.render import names as coded_names
from csbm_desktop.domain.report import MEASURE_STATUSES, Activity, FieldValue, Report
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.files import replacing

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped]
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

T = Text

# The workbook's own words (sheet names, column heads, items); form labels come from the FormSpec.
LABELS: dict[str, Text] = {
    # sheet names: at most 31 characters, none of []:*?/\
    "sheet.summary": T("Summary", "Resumen", "Résumé", "Resumo"),
    "sheet.measures": T("Measures", "Medidas", "Mesures", "Medidas"),
    "sheet.activities": T("Activities", "Actividades", "Activités", "Atividades"),
    "sheet.characteristics": T(
        "Characteristics", "Características", "Caractéristiques", "Características"
    ),
    "sheet.metadata": T("Metadata", "Metadatos", "Métadonnées", "Metadados"),
    "sheet.lists": T("Lists", "Listas", "Listes", "Listas"),
    # column heads
    "item": T("Item", "Elemento", "Élément", "Item"),
    "value": T("Value", "Valor", "Valeur", "Valor"),
    "key": T("Key", "Clave", "Clé", "Chave"),
    "number": T("No.", "N.º", "N°", "N.º"),
    # The form's own measure number: never headed as an official (OAS) number.
    "form_number": T("Form no.", "N.º del formulario", "N° du formulaire", "N.º do formulário"),
    "source": T(
        "Source (no OAS number)",
        "Origen (sin número OEA)",
        "Source (sans numéro OEA)",
        "Origem (sem número OEA)",
    ),
    "category_form": T(
        "Category (this form's grouping)",
        "Categoría (agrupación del formulario)",
        "Catégorie (regroupement du formulaire)",
        "Categoria (agrupamento do formulário)",
    ),
    "ref_2009": T("2009 no.", "N.º 2009", "N° 2009", "N.º 2009"),
    "ref_online": T("OAS online no.", "N.º sistema OEA", "N° système OEA", "N.º sistema OEA"),
    "category": T("Category", "Categoría", "Catégorie", "Categoria"),
    "measure": T("Measure", "Medida", "Mesure", "Medida"),
    "measure_number": T(
        "Measure (form no.)",
        "Medida (n.º del formulario)",
        "Mesure (n° du formulaire)",
        "Medida (n.º do formulário)",
    ),
    "status": T("Status", "Estado", "Statut", "Situação"),
    "nothing_to_report": T(
        "Nothing to report", "Nada que informar", "Rien à signaler", "Nada a informar"
    ),
    "activities": T("Activities", "Actividades", "Activités", "Atividades"),
    "note": T("Note", "Nota", "Note", "Nota"),
    "activity_id": T("Activity ID", "ID de actividad", "ID de l'activité", "ID da atividade"),
    "characteristic": T("Characteristic", "Característica", "Caractéristique", "Característica"),
    "question_id": T("Question ID", "ID de pregunta", "ID de la question", "ID da pergunta"),
    "question": T("Question", "Pregunta", "Question", "Pergunta"),
    "answer": T("Answer", "Respuesta", "Réponse", "Resposta"),
    "activities_serving": T(
        "Activities serving it",
        "Actividades que contribuyen",
        "Activités qui y contribuent",
        "Atividades que contribuem",
    ),
    "yes": T("Yes", "Sí", "Oui", "Sim"),
    "no": T("No", "No", "Non", "Não"),
    # Summary items
    "section.document": T("Document", "Documento", "Document", "Documento"),
    "section.counts": T("Counts", "Recuentos", "Décomptes", "Contagens"),
    "section.per_characteristic": T(
        "Activities per characteristic",
        "Actividades por característica",
        "Activités par caractéristique",
        "Atividades por característica",
    ),
    "report_status": T(
        "Report status", "Estado del informe", "Statut du rapport", "Situação do relatório"
    ),
    "form": T("Form", "Formulario", "Formulaire", "Formulário"),
    "catalogue": T(
        "Measure catalogue", "Catálogo de medidas", "Catalogue des mesures", "Catálogo de medidas"
    ),
    "revision": T("Revision", "Revisión", "Révision", "Revisão"),
    "working_copy": T(
        "Working copy (no named revision)",
        "Copia de trabajo (sin revisión guardada)",
        "Copie de travail (aucune révision enregistrée)",
        "Cópia de trabalho (sem revisão gravada)",
    ),
    "document_id": T(
        "Document ID", "Identificador del documento", "Identifiant du document", "ID do documento"
    ),
    "content_sha256": T(
        "SHA-256 of the content",
        "SHA-256 del contenido",
        "SHA-256 du contenu",
        "SHA-256 do conteúdo",
    ),
    "measures_in_catalogue": T(
        "Measures in the catalogue",
        "Medidas del catálogo",
        "Mesures du catalogue",
        "Medidas do catálogo",
    ),
    "measures_with_status": T(
        "Measures: {status}", "Medidas: {status}", "Mesures : {status}", "Medidas: {status}"
    ),
    "measures_nothing": T(
        "Measures with nothing to report",
        "Medidas sin nada que informar",
        "Mesures sans rien à signaler",
        "Medidas sem nada a informar",
    ),
    "measures_unanswered": T(
        "Measures not answered yet",
        "Medidas aún sin respuesta",
        "Mesures encore sans réponse",
        "Medidas ainda sem resposta",
    ),
    # Metadata items
    "generated_at": T(
        "Generated at (UTC)", "Generado el (UTC)", "Généré le (UTC)", "Gerado em (UTC)"
    ),
    "generated_by": T("Generated by", "Generado por", "Généré par", "Gerado por"),
    "app_version": T(
        "Application version",
        "Versión de la aplicación",
        "Version de l'application",
        "Versão do aplicativo",
    ),
    "form_id": T("Form ID", "ID del formulario", "ID du formulaire", "ID do formulário"),
    "form_version": T(
        "Form version", "Versión del formulario", "Version du formulaire", "Versão do formulário"
    ),
    "source_document": T(
        "Source document", "Documento de origen", "Document source", "Documento de origem"
    ),
    "language": T("Language", "Idioma", "Langue", "Idioma"),
    "report_uid": T("Report ID", "ID del informe", "Identifiant du rapport", "ID do relatório"),
    "state": T("State", "Estado", "État", "Estado"),
    "year": T("Year", "Año", "Année", "Ano"),
    "protection": T("Protection", "Protección", "Protection", "Proteção"),
    "protection_note": T(
        "Sheets are protected without a password, only to prevent accidental edits. This is "
        "not a security measure: the SHA-256 of the content and the signed PDF vouch for it.",
        "Las hojas están protegidas sin contraseña, solo para evitar modificaciones "
        "accidentales. No es una medida de seguridad: lo que garantiza el contenido es su "
        "SHA-256 y el PDF firmado.",
        "Les feuilles sont protégées sans mot de passe, uniquement pour éviter les "
        "modifications accidentelles. Ce n'est pas une mesure de sécurité : le SHA-256 du "
        "contenu et le PDF signé en font foi.",
        "As folhas estão protegidas sem senha, apenas para evitar alterações acidentais. Não "
        "é uma medida de segurança: o que garante o conteúdo é o seu SHA-256 e o PDF assinado.",
    ),
    # page header/footer, validation
    "draft": T("DRAFT", "BORRADOR", "PROJET", "RASCUNHO"),
    "page": T("Page &P of &N", "Página &P de &N", "Page &P sur &N", "Página &P de &N"),
    "pick_from_list": T(
        "Choose a value from the list.",
        "Elija un valor de la lista.",
        "Choisissez une valeur dans la liste.",
        "Escolha um valor da lista.",
    ),
}

CHECK = "✓"
DATE_FORMAT = "yyyy-mm-dd"  # ISO: read the same way in every locale
MAX_CELL_CHARS = 32767
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Column widths, in characters.
_MIN_WIDTH = 6
_TEXT_CAP = 50  # beyond this a column wraps
_LONG_CAP = 70  # longtext: paragraphs
_FROZEN_CAP = 40  # a frozen column must leave room for the rest
_MARK_WIDTH = 13  # a ✓ column (its head wraps)
_UID_WIDTH = 12  # the activity uid: last and narrow, it is for matching, not for reading

# Named styles: one style record shared by all cells that use it (fast, and small files).
S_HEAD, S_CELL, S_WRAP, S_DATE, S_MARK, S_TITLE, S_SECTION, S_KEY = (
    "CSBM head",
    "CSBM cell",
    "CSBM wrap",
    "CSBM date",
    "CSBM mark",
    "CSBM title",
    "CSBM section",
    "CSBM key",
)

Value = str | int | date | None
Kind = Literal["text", "wrap", "mark", "uid"]


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang)


def clean(text: str) -> str:
    """A string Excel can hold: no XML-illegal characters, one newline style, ≤ 32,767 chars."""
    text = _ILLEGAL_XML.sub("", text.replace("\r\n", "\n"))
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _number(code: str | None) -> str | int | None:
    """A catalogue number as a number when it is one, so that columns sort 1, 2, ..., 10."""
    if code and code.isascii() and code.isdecimal() and str(int(code)) == code:
        return int(code)
    return code


def _as_date(value: str) -> date | str:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value


def render(
    f: FieldSpec,
    value: FieldValue,
    spec: FormSpec,
    lang: str,
    activity: Activity | None = None,
) -> Value:
    """One field value as a cell value, worded in `lang`."""
    if f.type == "attachments":
        names = [a.filename for a in activity.attachments] if activity else []
        return "; ".join(names) or None
    if value is None or value in ([], ""):
        return None
    if f.type == "date" and isinstance(value, str):
        return _as_date(value)
    if f.type == "boolean" and isinstance(value, bool):
        return label("yes" if value else "no", lang)
    if f.type == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if f.type in ("choice", "multichoice", "state", "states"):
        worded = coded_names(spec, f.type, f.choices, value, lang)
        if worded is not None:
            return "; ".join(worded)
    if f.type == "characteristics" and isinstance(value, list):
        return ", ".join(str(n) for n in value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return label("yes" if value else "no", lang)
    return value if isinstance(value, (int, str)) else str(value)


@dataclass
class _Column:
    head: str
    kind: Kind = "text"
    validation: str | None = None  # key of a list on the Lists sheet
    width: float = 0.0  # computed from the content unless fixed by the kind
    # The stable, untranslated name of the column (a field id, "measure", "c3"...), written
    # in a row above the translated heads so 35 states' workbooks aggregate by key.
    key: str = ""
    cap: int = 0  # a narrower width cap than its kind's (a printed column), 0: none


@dataclass
class _Table:
    sheet_key: str
    columns: list[_Column]
    rows: list[list[Value]] = field(default_factory=list)
    freeze_cols: int = 0
    printed_cols: int = 0  # the columns that print (from the left), 0: all


class _Lists:
    """The hidden sheet the drop-downs read their labels from (no 255-character limit)."""

    def __init__(self, sheet_name: str) -> None:
        self.sheet_name = sheet_name
        self.columns: dict[str, tuple[str, list[str]]] = {}

    def add(self, key: str, head: str, labels: list[str]) -> None:
        self.columns.setdefault(key, (head, [clean(x) for x in labels]))

    def formula(self, key: str) -> str:
        from openpyxl.utils import get_column_letter, quote_sheetname  # type: ignore[import-untyped]

        index = list(self.columns).index(key) + 1
        col = get_column_letter(index)
        last = len(self.columns[key][1]) + 1
        return f"{quote_sheetname(self.sheet_name)}!${col}$2:${col}${max(last, 2)}"


def _report_status(status: str, lang: str) -> str:
    return status_word(status, lang)  # one wording for every output (domain/messages.py)


def _status_labels(spec: FormSpec, lang: str) -> dict[str, str]:
    try:
        choices = spec.choice_list("measure_status")
    except KeyError:
        return {s: s for s in MEASURE_STATUSES}
    return {s: choices.label(s, lang) for s in MEASURE_STATUSES}


def _measures_table(
    report: Report, spec: FormSpec, lang: str, lists: _Lists, statuses: dict[str, str]
) -> _Table:
    yes, no = label("yes", lang), label("no", lang)
    lists.add("status", label("status", lang), list(statuses.values()))
    lists.add("yes_no", label("nothing_to_report", lang), [yes, no])
    columns = [
        _Column(label("form_number", lang), key="number"),
        _Column(label("ref_2009", lang), key="ref_2009"),
        _Column(label("ref_online", lang), key="ref_online"),
        _Column(label("source", lang), key="source"),
        _Column(label("category_form", lang), key="category"),
        _Column(label("measure", lang), key="measure"),
        _Column(label("status", lang), validation="status", key="status"),
        _Column(label("nothing_to_report", lang), validation="yes_no", key="nothing_to_report"),
        _Column(label("activities", lang), key="activities"),
        _Column(label("note", lang), "wrap", key="note"),  # the measure's narrative: paragraphs
    ]
    counts: dict[str, int] = {}
    for a in report.activities:
        counts[a.measure_id] = counts.get(a.measure_id, 0) + 1
    table = _Table("sheet.measures", columns)
    for m in spec.measures:
        entry = report.measure(m.id)
        try:
            category = spec.category(m.category).title.get(lang)
        except StopIteration:
            category = m.category
        table.rows.append(
            [
                _number(m.number),
                _number(m.ref_2009),
                _number(m.ref_online),
                None if m.official else source_text(m, lang),
                category,
                m.title.get(lang),
                statuses[entry.status] if entry.status else None,
                yes if entry.nothing_to_report else no,
                counts.get(m.id, 0),
                entry.note or None,
            ]
        )
    return table


def _activities_table(report: Report, spec: FormSpec, lang: str, lists: _Lists) -> _Table:
    # The form's first activity field (the title) leads and stays frozen in view; the measure
    # number follows it, then the fields that print (narrowed to fit a landscape page), then
    # the measure's title and the other fields in form order. The whole table is on screen;
    # the print area stops after the printed fields.
    from csbm_desktop.export.xlsx_print import PRINTED

    fields = list(spec.activity_fields())
    first = fields[:1]
    printed = [f for f in fields[1:] if f.id in PRINTED]
    rest = [f for f in fields[1:] if f.id not in PRINTED]
    yes, no = label("yes", lang), label("no", lang)

    def field_column(f: FieldSpec) -> _Column:
        column = _Column(f.label.get(lang), "wrap" if f.type == "longtext" else "text", key=f.id)
        if f.type == "choice" and f.choices:
            try:
                choices = spec.choice_list(f.choices)
            except KeyError:
                return column
            lists.add(
                f"choice:{f.choices}",
                f.label.get(lang),
                [c.label.get(lang) for c in choices.options],
            )
            column.validation = f"choice:{f.choices}"
        elif f.type == "boolean":
            lists.add("yes_no", label("nothing_to_report", lang), [yes, no])
            column.validation = "yes_no"
        return column

    lists.add("check", CHECK, [CHECK])
    columns = [field_column(f) for f in first]
    columns.append(_Column(label("measure_number", lang), key="measure"))
    columns += [field_column(f) for f in printed]
    for c in columns:
        c.cap = PRINTED.get(c.key, 0)
    columns.append(_Column(label("measure", lang), key="measure_title"))
    columns += [field_column(f) for f in rest]
    columns += [
        _Column(f"{c.number}. {c.name.get(lang)}", "mark", validation="check", key=f"c{c.number}")
        for c in spec.characteristics
    ]
    columns.append(_Column(label("activity_id", lang), "uid", key="activity_id"))
    table = _Table("sheet.activities", columns, freeze_cols=1, printed_cols=2 + len(printed))
    order = first + printed + rest
    for a in report.activities:
        if spec.has_measure(a.measure_id):
            m = spec.measure(a.measure_id)
            number, title = _number(m.number), m.title.get(lang)
        else:
            number, title = a.measure_id, ""
        values = [render(f, a.values.get(f.id), spec, lang, a) for f in order]
        served = set(a.characteristics)
        table.rows.append(
            values[:1]
            + [number]
            + values[1 : 1 + len(printed)]
            + [title]
            + values[1 + len(printed) :]
            + [CHECK if c.number in served else None for c in spec.characteristics]
            + [a.uid]
        )
    return table


def _characteristics_table(report: Report, spec: FormSpec, lang: str) -> _Table:
    columns = [
        _Column(label("number", lang), key="number"),
        _Column(label("characteristic", lang), key="characteristic"),
        _Column(label("question_id", lang), key="question_id"),
        _Column(label("question", lang), "wrap", key="question"),
        _Column(label("answer", lang), "wrap", key="answer"),
        _Column(label("activities_serving", lang), key="activities_serving"),
    ]
    table = _Table("sheet.characteristics", columns)
    for c in spec.characteristics:
        serving = len(report.activities_serving(c.number))
        name = c.name.get(lang)
        for q in c.questions or (None,):
            if q is None:
                table.rows.append([c.number, name, None, None, None, serving])
                continue
            answer = render(q, report.answers.get(q.id), spec, lang)
            table.rows.append([c.number, name, q.id, q.label.get(lang), answer, serving])
    return table


def _summary_rows(
    report: Report, spec: FormSpec, lang: str, meta: ExportMeta, statuses: dict[str, str]
) -> list[tuple[str, Value, bool]]:
    """(item, value, is_section) rows of the Summary sheet."""
    rows: list[tuple[str, Value, bool]] = [(label("section.document", lang), None, True)]
    rows += [
        (label("report_status", lang), _report_status(meta.status, lang), False),
        (label("form", lang), f"{spec.title.get(lang)} ({spec.id} {spec.version})", False),
        (label("catalogue", lang), f"{spec.source.document} ({spec.source.approved})", False),
        (label("revision", lang), meta.revision or label("working_copy", lang), False),
        (label("document_id", lang), meta.document_id, False),
        (label("content_sha256", lang), meta.content_sha256, False),
    ]
    for section in spec.header:
        rows.append((section.title.get(lang), None, True))
        for f in section.fields:
            value = report.header.get(f.id)
            if value is None and f.type == "state" and f.system:
                value = report.state  # set from the report itself, not stored in the header
            rows.append((f.label.get(lang), render(f, value, spec, lang), False))

    rows.append((label("section.counts", lang), None, True))
    by_status = dict.fromkeys(MEASURE_STATUSES, 0)
    nothing = unanswered = 0
    for m in spec.measures:
        entry = report.measure(m.id)
        if entry.status:
            by_status[entry.status] += 1
        elif entry.nothing_to_report:
            nothing += 1
        else:
            unanswered += 1
    rows.append((label("measures_in_catalogue", lang), len(spec.measures), False))
    for status, n in by_status.items():
        item = LABELS["measures_with_status"].get(lang).format(status=statuses[status])
        rows.append((item, n, False))
    rows.append((label("measures_nothing", lang), nothing, False))
    rows.append((label("measures_unanswered", lang), unanswered, False))
    rows.append((label("activities", lang), len(report.activities), False))
    rows.append((label("section.per_characteristic", lang), None, True))
    for c in spec.characteristics:
        n = len(report.activities_serving(c.number))
        rows.append((f"{c.number}. {c.name.get(lang)}", n, False))
    return rows


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _metadata_rows(
    report: Report, spec: FormSpec, lang: str, meta: ExportMeta
) -> list[tuple[str, str, Value]]:
    generated = _utc_naive(meta.generated_at).isoformat(timespec="seconds") + "Z"
    rows: list[tuple[str, str, Value]] = [
        ("document_id", label("document_id", lang), meta.document_id),
        ("content_sha256", label("content_sha256", lang), meta.content_sha256),
        ("revision", label("revision", lang), meta.revision),
        ("status", label("report_status", lang), meta.status),
        ("generated_at", label("generated_at", lang), generated),
        ("generated_by", label("generated_by", lang), meta.generated_by),
        ("app_version", label("app_version", lang), meta.app_version),
        ("form_id", label("form_id", lang), spec.id),
        ("form_version", label("form_version", lang), spec.version),
        ("source_document", label("source_document", lang), spec.source.document),
        ("language", label("language", lang), lang),
        ("report_uid", label("report_uid", lang), report.uid),
        ("state", label("state", lang), report.state),
        ("year", label("year", lang), report.year),
    ]
    if meta.is_final:
        rows.append(("protection", label("protection", lang), label("protection_note", lang)))
    return rows


class _Writer:
    """Writes tables with the house style into one openpyxl workbook."""

    def __init__(self, wb: Workbook, lang: str, meta: ExportMeta, marking: str) -> None:
        self.wb, self.lang, self.meta, self.marking = wb, lang, meta, marking
        self._add_styles()

    def _add_styles(self) -> None:
        from openpyxl.styles import (  # type: ignore[import-untyped]
            Alignment,
            Border,
            Font,
            NamedStyle,
            PatternFill,
            Side,
        )

        top = Alignment(vertical="top")
        head = NamedStyle(S_HEAD)
        head.font = Font(bold=True)
        head.fill = PatternFill("solid", fgColor="D9E1F2")
        head.alignment = Alignment(vertical="top", wrap_text=True)
        head.border = Border(bottom=Side(style="thin", color="8EA9DB"))
        cell = NamedStyle(S_CELL, alignment=top)
        wrap = NamedStyle(S_WRAP, alignment=Alignment(vertical="top", wrap_text=True))
        day = NamedStyle(S_DATE, alignment=top, number_format=DATE_FORMAT)
        mark = NamedStyle(S_MARK, alignment=Alignment(vertical="top", horizontal="center"))
        title = NamedStyle(S_TITLE, font=Font(bold=True, size=14))
        section = NamedStyle(S_SECTION, font=Font(bold=True), alignment=top)
        section.fill = PatternFill("solid", fgColor="F2F2F2")
        key = NamedStyle(S_KEY, font=Font(size=8, color="7F7F7F"), alignment=top)
        for style in (head, cell, wrap, day, mark, title, section, key):
            self.wb.add_named_style(style)
        self._style_arrays: dict[str, Any] = {}

    def _style(self, c: Any, style: str) -> None:
        """`c.style = style`, without openpyxl looking the named style up again for every cell
        (a third of the workbook's time): the first cell's style array is copied to the rest."""
        cached = self._style_arrays.get(style)
        if cached is None:
            c.style = style
            self._style_arrays[style] = copy(c._style)
        else:
            c._style = copy(cached)

    def put(self, ws: Worksheet, row: int, col: int, value: Value, style: str) -> None:
        if value is None:
            return
        c = ws.cell(row=row, column=col)
        if isinstance(value, date):
            c.value = value
            self._style(c, S_DATE)
            return
        if isinstance(value, str):
            text = clean(value)  # what openpyxl's check_string would refuse is gone already
            # Always text, never inferred: "=…" would become a formula, "#N/A" an error value.
            c._value, c.data_type = text, "s"
            self._style(c, style)
            if text.startswith(_FORMULA_START):
                c.quotePrefix = True
            return
        c.value = value
        self._style(c, style)

    def head(self, ws: Worksheet, row: int, heads: list[str]) -> None:
        for col, text in enumerate(heads, start=1):
            self.put(ws, row, col, text, S_HEAD)

    def table(self, ws: Worksheet, table: _Table, lists: _Lists | None, head_row: int = 1) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import (  # type: ignore[import-untyped]
            DataValidation,
        )

        from csbm_desktop.export.xlsx_print import row_height

        columns = table.columns
        _fit(columns, table.rows, table.freeze_cols)
        if all(c.key for c in columns):  # the machine-readable row, then the translated heads
            for col, c in enumerate(columns, start=1):
                self.put(ws, head_row, col, c.key, S_KEY)
            head_row += 1
        self.head(ws, head_row, [c.head for c in columns])
        ws.row_dimensions[head_row].height = row_height([c.head for c in columns], columns, True)
        styles = [
            {"text": S_CELL, "wrap": S_WRAP, "mark": S_MARK, "uid": S_CELL}[c.kind] for c in columns
        ]
        for r, values in enumerate(table.rows, start=head_row + 1):
            for col, (value, style) in enumerate(zip(values, styles, strict=True), start=1):
                self.put(ws, r, col, value, style)
            height = row_height(values, columns)
            if height is not None:  # wrapped text: Excel does not size the row on opening
                ws.row_dimensions[r].height = height
        last_row = max(head_row + len(table.rows), head_row + 1)
        last_col = get_column_letter(len(columns))
        for i, c in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = c.width
        ws.freeze_panes = f"{get_column_letter(table.freeze_cols + 1)}{head_row + 1}"
        ws.auto_filter.ref = f"A{head_row}:{last_col}{last_row}"
        ws.print_title_rows = f"{head_row}:{head_row}"
        printed = get_column_letter(table.printed_cols) if table.printed_cols else last_col
        ws.print_area = f"A{head_row}:{printed}{last_row}"  # the key row is for machines
        if lists is not None:
            pick = label("pick_from_list", self.lang)
            for i, c in enumerate(columns, start=1):
                if c.validation is None:
                    continue
                dv = DataValidation(
                    type="list",
                    formula1=lists.formula(c.validation),
                    allow_blank=True,
                    showErrorMessage=True,
                    error=pick,
                    errorTitle=c.head[:32],
                )
                letter = get_column_letter(i)
                dv.add(f"{letter}{head_row + 1}:{letter}{last_row}")
                ws.add_data_validation(dv)

    def finish(self, ws: Worksheet) -> None:
        """Print setup, page header/footer and (final reports) protection."""
        from openpyxl.worksheet.page import PageMargins  # type: ignore[import-untyped]

        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.page_margins = PageMargins(
            left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3
        )
        ws.oddHeader.left.text = _hf(self.marking)
        ws.oddHeader.center.text = _hf(self.meta.document_id)
        if not self.meta.is_final:
            ws.oddHeader.right.text = _hf(label("draft", self.lang))
            ws.oddHeader.right.color = "C00000"
        ws.oddFooter.left.text = "&A"  # the sheet's name
        ws.oddFooter.center.text = _hf(f"SHA-256 {self.meta.content_sha256[:16]}…")
        ws.oddFooter.right.text = label("page", self.lang)  # carries the &P/&N codes
        if self.meta.is_final:
            # No password: this guards against slips while copying, it is not security.
            p = ws.protection
            p.sheet = True
            p.autoFilter = False  # False = allowed: readers may still filter...
            p.formatColumns = False  # ...and widen columns
            p.formatRows = False


def _hf(text: str) -> str:
    """Text for a page header/footer section: "&" starts a code there, so it is doubled."""
    return clean(text).replace("&", "&&")[:80]


def _fit(columns: list[_Column], rows: list[list[Value]], frozen: int = 0) -> None:
    """Column widths from the content (capped); long or multi-line text columns wrap."""
    for i, c in enumerate(columns):
        cap = _FROZEN_CAP if i < frozen else _LONG_CAP if c.kind == "wrap" else _TEXT_CAP
        cap = min(cap, c.cap or cap)
        if c.kind == "mark":
            c.width = _MARK_WIDTH
            continue
        if c.kind == "uid":
            c.width = _UID_WIDTH
            continue
        longest_word = max((len(w) for w in c.head.split()), default=0)
        widest, multiline = 0, False
        for row in rows:
            value = row[i]
            if value is None:
                continue
            if isinstance(value, date):
                n = 10
            elif isinstance(value, str):
                n = len(value)
                if "\n" in value:
                    multiline = True
                    n = max(len(line) for line in value.split("\n"))
            else:
                n = len(str(value))
            widest = max(widest, n)
        if c.kind == "text" and (widest > cap or multiline):
            c.kind = "wrap"  # but keeps the narrower cap: a title is not a paragraph
        c.width = max(_MIN_WIDTH, longest_word + 2, min(widest + 2, cap))


def build_workbook(report: Report, spec: FormSpec, lang: str, meta: ExportMeta, out: Path) -> None:
    """Write `report` as an .xlsx to `out`, every word in `lang`.

    The file is written next to `out` as a .part and renamed, so `out` is never half-written.
    """
    from openpyxl import Workbook  # type: ignore[import-untyped]

    from csbm_desktop.export.xlsx_print import row_height

    statuses = _status_labels(spec, lang)
    lists = _Lists(label("sheet.lists", lang)[:31])
    marking_field = next((f for f in spec.header_fields() if f.id == "marking"), None)
    marking = ""
    if marking_field is not None:
        rendered = render(marking_field, report.header.get("marking"), spec, lang)
        marking = rendered if isinstance(rendered, str) else ""

    wb = Workbook()
    writer = _Writer(wb, lang, meta, marking)

    # Summary: a title, then an Item/Value table.
    ws = wb.active
    ws.title = label("sheet.summary", lang)[:31]
    state = spec.state(report.state)
    state_name = state.name.get(lang) if state else report.state
    writer.put(ws, 1, 1, spec.title.get(lang), S_TITLE)
    subtitle = f"{state_name} · {report.year} · {meta.document_id}"
    writer.put(ws, 2, 1, subtitle, S_CELL)
    summary = _summary_rows(report, spec, lang, meta, statuses)
    head_row = 4
    columns = [_Column(label("item", lang)), _Column(label("value", lang))]
    _fit(columns, [[item, value] for item, value, _ in summary])
    columns[1].width = max(columns[1].width, len(meta.content_sha256) + 2)
    writer.head(ws, head_row, [c.head for c in columns])
    item_style = S_CELL
    value_style = S_WRAP if columns[1].kind == "wrap" else S_CELL
    for r, (item, value, is_section) in enumerate(summary, start=head_row + 1):
        writer.put(ws, r, 1, item, S_SECTION if is_section else item_style)
        if is_section:
            ws.cell(row=r, column=2).style = S_SECTION
        else:
            writer.put(ws, r, 2, value, value_style)
            height = row_height([item, value], columns)
            if height is not None:
                ws.row_dimensions[r].height = height
    ws.column_dimensions["A"].width = columns[0].width
    ws.column_dimensions["B"].width = columns[1].width
    ws.freeze_panes = f"A{head_row + 1}"
    ws.auto_filter.ref = f"A{head_row}:B{head_row + len(summary)}"
    ws.print_title_rows = f"{head_row}:{head_row}"

    tables = [
        _measures_table(report, spec, lang, lists, statuses),
        _activities_table(report, spec, lang, lists),
        _characteristics_table(report, spec, lang),
    ]
    for table in tables:
        writer.table(wb.create_sheet(label(table.sheet_key, lang)[:31]), table, lists)

    # Metadata: machine-readable key, label in the language, value.
    ws_meta = wb.create_sheet(label("sheet.metadata", lang)[:31])
    meta_rows = _metadata_rows(report, spec, lang, meta)
    meta_table = _Table(
        "sheet.metadata",
        [_Column(label("key", lang)), _Column(label("item", lang)), _Column(label("value", lang))],
        [[k, item, v] for k, item, v in meta_rows],
    )
    writer.table(ws_meta, meta_table, None)

    ws_lists = wb.create_sheet(lists.sheet_name)
    lists_table = _Table("sheet.lists", [_Column(head) for head, _ in lists.columns.values()])
    depth = max((len(labels) for _, labels in lists.columns.values()), default=0)
    for i in range(depth):
        lists_table.rows.append(
            [labels[i] if i < len(labels) else None for _, labels in lists.columns.values()]
        )
    writer.table(ws_lists, lists_table, None)
    ws_lists.sheet_state = "hidden"

    for sheet in wb.worksheets:
        writer.finish(sheet)
    wb.active = 0

    props = wb.properties
    props.title = clean(f"{spec.title.get(lang)} — {state_name} {report.year}")
    props.subject = clean(spec.title.get(lang))
    props.creator = clean(meta.generated_by)
    props.lastModifiedBy = clean(meta.generated_by)
    props.keywords = clean(
        f"CSBM; OAS; {report.state}; {report.year}; {meta.document_id}; {spec.id} {spec.version}"
    )
    props.description = clean(f"{meta.document_id} · SHA-256 {meta.content_sha256}")
    props.identifier = clean(meta.document_id)
    props.language = lang
    props.category = "CSBM"
    props.contentStatus = clean(_report_status(meta.status, lang))
    props.created = _utc_naive(meta.generated_at)
    props.version = clean(f"{meta.revision}")

    with replacing(out) as part:
        wb.save(part)
