"""Column headings → what the column holds, for activity tables (docs/xlsx-import.md).

A heading is recognised, after folding (case, accents and punctuation ignored), when it is:
the label of an activity field in any of the four languages; a heading our own workbook writes
("Measure no.", "Measure", "Activity ID", "3. Stability of commitments"); or one of the usual
names below. A mapping given by the user ("Evento=title") comes first. What a column can hold
(`KEYS`): an activity field id, `measure` (its number, id or title), `measure_title` (used
when there is no number), `activity_id`, `c1`…`c7` (a tick per characteristic) or `ignore`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from csbm_desktop.domain.form import LANGUAGES, FormSpec
from csbm_desktop.domain.import_problems import RowProblem, problem, warning
from csbm_desktop.export.xlsx import LABELS
from csbm_desktop.export.xlsx_cells import fold

MEASURE, MEASURE_TITLE, ACTIVITY_ID, IGNORE = "measure", "measure_title", "activity_id", "ignore"

# Usual headings, written as people write them; compared folded. Each language in turn.
# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    MEASURE: (
        "measure no", "measure number", "measure #", "csbm", "csbm no", "csbm number",
        "item", "item no",
        "medida n", "numero de medida", "nro de medida", "n de medida", "mfcs", "n mfcs",
        "mesure n", "numero de mesure", "n de mesure", "mdcs", "n mdcs",
        "numero da medida", "n da medida",
    ),
    MEASURE_TITLE: (
        "measure title", "csbm title",
        "titulo de la medida", "nombre de la medida",
        "titre de la mesure", "intitule de la mesure",
        "titulo da medida", "nome da medida",
    ),
    "title": (
        "activity", "activity title", "name", "name of the activity", "event",
        "actividad", "nombre", "nombre de la actividad", "evento", "titulo de la actividad",
        "titre", "activite", "evenement", "intitule de l activite",
        "atividade", "nome", "nome da atividade", "titulo da atividade",
    ),
    "start_date": (
        "start", "from", "date", "begin", "start of the activity",
        "fecha", "inicio", "desde", "fecha inicio",
        "debut", "du", "date debut",
        "data", "data inicio", "de",
    ),
    "end_date": (
        "end", "to", "until", "finish",
        "fecha de fin", "fecha final", "fecha de termino", "fecha fin", "fin", "hasta",
        "au", "jusqu au", "date fin",
        "data final", "data de fim", "data fim", "fim", "ate",
    ),
    "place": (
        "location", "venue", "city", "where",
        "sede", "ciudad", "lugar de realizacion",
        "ville", "endroit",
        "cidade", "localidade",
    ),
    "partner_states": (
        "partners", "partner countries", "states", "countries", "participating states",
        "participating countries", "other states",
        "estados", "paises", "socios", "paises participantes",
        "etats", "pays", "partenaires", "pays partenaires", "etats participants",
        "paises parceiros", "parceiros",
    ),
    "actor_levels": (
        "level", "levels", "actors", "actor level", "level of participation",
        "nivel", "niveles", "actores", "nivel de participacion",
        "niveau", "niveaux", "acteurs",
        "niveis", "atores",
    ),
    "description": (
        "details", "summary", "description of the activity",
        "detalle", "detalles", "resumen",
        "descriptif", "resume", "details de l activite",
        "detalhes", "resumo",
    ),
    "outcome": (
        "result", "results", "outcomes",
        "resultados", "logros",
        "resultats",
    ),
    "public_reference": (
        "reference", "references", "link", "url", "source", "website", "web",
        "referencia", "enlace", "fuente", "referencias",
        "lien", "source publique",
        "fonte",
    ),
    "characteristics": (
        "characteristics", "characteristic", "csbm characteristics",
        "caracteristicas", "caracteristica",
        "caracteristiques", "caracteristique",
    ),
    ACTIVITY_ID: ("id", "uid", "activity uid"),
}
# fmt: on
_CHARACTERISTIC_WORDS = ("c", "characteristic", "caracteristica", "caracteristique")


def keys(spec: FormSpec) -> list[str]:
    """What a column can hold, in the order a user reads them."""
    fields = [f.id for f in spec.activity_fields() if f.type != "attachments"]
    ticks = [f"c{c.number}" for c in spec.characteristics]
    return [MEASURE, MEASURE_TITLE, *fields, *ticks, ACTIVITY_ID, IGNORE]


def key_labels(spec: FormSpec, lang: str) -> list[tuple[str, str]]:
    """(key, what it means in `lang`) for each key, in `keys` order: for a choice of mapping."""
    fields = {f.id: f.label.get(lang) for f in spec.activity_fields()}
    out = []
    for key in keys(spec):
        if key in fields:
            text = fields[key]
        elif key == MEASURE:
            text = LABELS["measure_number"].get(lang)
        elif key == MEASURE_TITLE:
            text = LABELS["measure"].get(lang)
        elif key == ACTIVITY_ID:
            text = LABELS["activity_id"].get(lang)
        elif key == IGNORE:
            text = "—"
        else:  # c1…c7: a tick per characteristic
            c = spec.characteristic(int(key[1:]))
            text = f"✓ {c.number}. {c.name.get(lang)}"
        out.append((key, text))
    return out


# How workbooks exported before the form numbered its measures as its own headed the column.
_LEGACY_MEASURE_NUMBER = ("Measure no.", "N.º de medida", "N° de mesure", "N.º da medida")


def headings(spec: FormSpec) -> dict[str, str]:
    """Folded heading → key, for every heading recognised without help."""
    found: dict[str, str] = {}

    def add(text: str, key: str) -> None:
        found.setdefault(fold(text), key)

    for f in spec.activity_fields():
        for lang in LANGUAGES:
            add(f.label.get(lang), f.id)
    for heading in _LEGACY_MEASURE_NUMBER:
        add(heading, MEASURE)
    for lang in LANGUAGES:
        add(LABELS["measure_number"].get(lang), MEASURE)
        add(LABELS["measure"].get(lang), MEASURE_TITLE)
        add(LABELS["activity_id"].get(lang), ACTIVITY_ID)
    for c in spec.characteristics:
        for lang in LANGUAGES:
            add(f"{c.number}. {c.name.get(lang)}", f"c{c.number}")
        for word in _CHARACTERISTIC_WORDS:
            add(f"{word} {c.number}", f"c{c.number}")
    fields = {f.id for f in spec.activity_fields()}
    for key, words in SYNONYMS.items():
        if key in fields or key in (MEASURE, MEASURE_TITLE, ACTIVITY_ID):
            for w in words:
                add(w, key)
    return found


@dataclass(frozen=True)
class Column:
    index: int  # 0-based position in the row
    heading: str  # as written in the file
    key: str | None  # None: not recognised


@dataclass(frozen=True)
class UserMapping:
    """Headings the user said how to read: folded heading → (key, heading as the user wrote it)."""

    entries: dict[str, tuple[str, str]]

    def key(self, folded: str) -> str | None:
        entry = self.entries.get(folded)
        return entry[0] if entry else None


def check_mapping(spec: FormSpec, mapping: Mapping[str, str]) -> UserMapping:
    """The user's "heading=key" choices; BadInput names a key that does not exist."""
    from csbm_desktop.domain.errors import BadInput

    allowed = keys(spec)
    entries: dict[str, tuple[str, str]] = {}
    for heading, key in mapping.items():
        k = key.strip()
        if k not in allowed:
            raise BadInput("xlsx.map_unknown_field", field=k, fields=", ".join(allowed))
        entries[fold(heading)] = (k, heading.strip())
    return UserMapping(entries)


def map_columns(
    row: Sequence[object], known: Mapping[str, str], mapping: UserMapping
) -> list[Column]:
    """Each non-empty heading of `row` with what it holds (`mapping`: folded → key, first)."""
    columns = []
    for i, cell in enumerate(row):
        if cell is None or not str(cell).strip():
            continue
        heading = " ".join(str(cell).split())[:200]
        folded = fold(heading)
        columns.append(Column(i, heading, mapping.key(folded) or known.get(folded)))
    return columns


def column_problems(
    columns: Sequence[Column], mapping: UserMapping, sheet: str, row: int
) -> list[RowProblem]:
    """Two columns read as the same thing; mapped headings that are not there; columns ignored."""
    out: list[RowProblem] = []
    seen: dict[str, Column] = {}
    for c in columns:
        if c.key is None:
            out.append(warning(sheet, row, c.heading, "xlsx.column_ignored"))
        elif c.key != IGNORE:
            first = seen.setdefault(c.key, c)
            if first is not c:
                out.append(
                    problem(
                        sheet,
                        row,
                        c.heading,
                        "xlsx.column_twice",
                        first=first.heading,
                        second=c.heading,
                        field=c.key,
                    )
                )
    present = {fold(c.heading) for c in columns}
    for folded, (_, heading) in mapping.entries.items():
        if folded not in present:
            out.append(problem(sheet, row, "", "xlsx.map_no_column", column=heading))
    return out
