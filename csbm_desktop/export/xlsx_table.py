"""Activity tables: one row per activity under a heading row (docs/xlsx-import.md).

Two layouts share this reader: the Activities sheet of our own workbook, and a generic sheet
laid out like the OAS online system's lists, found by looking for a heading row that names a
measure column and at least one activity field. Above a generic table, lines such as
"State: Peru" and "Year: 2025" say whose report it is.

Every cell is checked and every problem kept, so the author fixes the sheet in one pass.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from csbm_desktop.domain.checks import check_activity_value
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import LANGUAGES, FieldSpec, FormSpec
from csbm_desktop.domain.import_problems import RowProblem, problem, warning
from csbm_desktop.domain.report import Activity, FieldValue
from csbm_desktop.export.xlsx_cells import (
    CellError,
    Vocabulary,
    check_length,
    fold,
    integer_of,
    is_blank,
)
from csbm_desktop.export.xlsx_columns import (
    ACTIVITY_ID,
    IGNORE,
    MEASURE,
    MEASURE_TITLE,
    Column,
    UserMapping,
    column_problems,
    headings,
    keys,
    map_columns,
)
from csbm_desktop.export.xlsx_guard import Row

HEAD_SCAN_ROWS = 20  # a heading row further down is not looked for
_TICK_KEY = re.compile(r"^c(\d+)$")
_STATE_WORDS = (
    "state", "reporting state", "member state", "country",
    "estado", "estado informante", "pais",
    "etat", "etat declarant", "pays",
)  # fmt: skip
_YEAR_WORDS = ("year", "reporting year", "ano", "annee", "ano del informe", "ano do relatorio")


@dataclass
class ActivityTable:
    sheet: str
    activities: list[Activity] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    state: str | None = None  # generic layout: from a line above the table
    year: int | None = None


def _cell(row: Row, c: Column) -> object:
    return row[c.index] if c.index < len(row) else None


def _uid(raw: object) -> str | None:
    """A well-formed activity id as stored (lower-case UUID), else None."""
    if not isinstance(raw, str):
        return None
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        return None


class _RowReader:
    """One row's cells into an activity, its problems collected."""

    def __init__(self, table: ActivityTable, spec: FormSpec, vocab: Vocabulary) -> None:
        self.table, self.spec, self.vocab = table, spec, vocab
        self.fields: dict[str, FieldSpec] = {f.id: f for f in spec.activity_fields()}
        self.uids: set[str] = set()
        self.attachment_names = 0

    def bad(self, number: int, c: Column | None, code: str, params: dict[str, str]) -> None:
        self.table.problems.append(
            problem(self.table.sheet, number, c.heading if c else "", code, **params)
        )

    def measure(self, number: int, row: Row, by_key: dict[str, Column]) -> str | None:
        # The number wins over the title: it is what our workbook and the OAS lists lead with.
        for key in (MEASURE, MEASURE_TITLE):
            c = by_key.get(key)
            if c is None or is_blank(_cell(row, c)):
                continue
            try:
                check_length(_cell(row, c))
                return self.vocab.measure(_cell(row, c))
            except CellError as err:
                self.bad(number, c, err.code, err.params)
                return None
        c = by_key.get(MEASURE) or by_key.get(MEASURE_TITLE)
        self.bad(number, c, "xlsx.measure_missing", {})
        return None

    def value(self, number: int, c: Column, f: FieldSpec, raw: object) -> FieldValue:
        if f.type == "attachments":
            if not is_blank(raw):
                self.attachment_names += len([n for n in str(raw).split(";") if n.strip()])
            return None
        try:
            value = self.vocab.field_value(f, raw)
        except CellError as err:
            self.bad(number, c, err.code, err.params)
            return None
        if value is None:
            return None
        try:
            return check_activity_value(self.spec, f.id, value, c.heading)
        except BadInput as err:
            self.bad(number, c, err.code, err.params)
            return None

    def read(self, number: int, row: Row, columns: Sequence[Column]) -> None:
        by_key: dict[str, Column] = {}
        for c in columns:
            if c.key is not None and c.key != IGNORE:
                by_key.setdefault(c.key, c)
        before = len(self.table.problems)
        measure_id = self.measure(number, row, by_key)
        values: dict[str, FieldValue] = {}
        ticks: set[int] = set()
        uid: str | None = None
        for c in by_key.values():
            raw = _cell(row, c)
            key = c.key or ""
            tick = _TICK_KEY.match(key)
            try:
                check_length(raw)
                if key in self.fields:
                    value = self.value(number, c, self.fields[key], raw)
                    if value is not None:
                        values[key] = value
                elif tick:
                    if self.vocab.tick(raw):
                        ticks.add(int(tick.group(1)))
                elif key == ACTIVITY_ID:
                    uid = _uid(raw)
            except CellError as err:
                self.bad(number, c, err.code, err.params)
        if ticks:
            # The ✓ columns mirror the characteristics column: a characteristic counts when
            # either has it (docs/xlsx-import.md: to remove one, clear both).
            listed = values.get("characteristics")
            if isinstance(listed, list):
                ticks |= {n for n in listed if isinstance(n, int)}
            values["characteristics"] = sorted(ticks)
        if measure_id is None or len(self.table.problems) > before:
            return
        if uid is None or uid in self.uids:
            uid = str(uuid.uuid4())  # a new row, or one copied with its id: a new activity
        self.uids.add(uid)
        self.table.activities.append(Activity(uid, measure_id, values))


def read_activities(
    table: ActivityTable,
    rows: Sequence[Row],
    head: int,
    columns: Sequence[Column],
    *,
    spec: FormSpec,
    vocab: Vocabulary,
) -> None:
    """Activities from the rows below `rows[head]` into `table` (0-based index, as `rows`)."""
    reader = _RowReader(table, spec, vocab)
    # A row is an activity when a column that is read has something in it: a remark typed in an
    # ignored column ("checked by…") does not make one.
    read = [c for c in columns if c.key is not None and c.key != IGNORE]
    for i in range(head + 1, len(rows)):
        row = rows[i]
        if all(is_blank(_cell(row, c)) for c in read):
            continue
        reader.read(i + 1, row, columns)
    if reader.attachment_names:
        table.problems.append(
            warning(table.sheet, 0, "", "xlsx.attachments_ignored", count=reader.attachment_names)
        )


def keyed_columns(rows: Sequence[Row], spec: FormSpec) -> tuple[int, list[Column]] | None:
    """Our workbook's layout: a row of stable keys (`title`, `measure`, `c3`…) with the
    translated heads below it. (Index of the heads row, the columns by key), or None. A column
    whose key cell is blank or unknown is read by its heading."""
    known = set(keys(spec)) | {f.id for f in spec.activity_fields()}
    by_heading = headings(spec)
    content = {f.id for f in spec.activity_fields() if f.type != "attachments"}
    for i, row in enumerate(rows[: HEAD_SCAN_ROWS - 1]):
        cells = [v for v in row if not is_blank(v)]
        if len(cells) < 2 or not all(isinstance(v, str) and v in known for v in cells):
            continue
        heads = rows[i + 1]
        columns = []
        for j in range(max(len(row), len(heads))):
            key, head = (row[j] if j < len(row) else None), (heads[j] if j < len(heads) else None)
            heading = "" if is_blank(head) else str(head)
            if isinstance(key, str) and key in known:
                columns.append(Column(j, heading or key, key))
            elif heading:
                columns.append(Column(j, heading, by_heading.get(fold(heading))))
        found = {c.key for c in columns}
        if found & {MEASURE, MEASURE_TITLE} and found & content:
            return i + 1, columns
    return None


def find_heading_row(
    rows: Sequence[Row], spec: FormSpec, mapping: UserMapping
) -> tuple[int, list[Column]] | None:
    """The first row (of the first `HEAD_SCAN_ROWS`) naming a measure column and an activity
    field: the table's heading row; under a row of our stable keys, the columns are read by
    key."""
    keyed = keyed_columns(rows, spec)
    if keyed is not None:
        return keyed
    known = headings(spec)
    content = {f.id for f in spec.activity_fields() if f.type != "attachments"}
    for i, row in enumerate(rows[:HEAD_SCAN_ROWS]):
        columns = map_columns(row, known, mapping)
        found = {c.key for c in columns}
        if found & {MEASURE, MEASURE_TITLE} and found & content:
            return i, columns
    return None


def likely_heading_row(
    rows: Sequence[Row], spec: FormSpec, mapping: UserMapping
) -> tuple[int, list[Column]] | None:
    """The heading row or, when none is recognised, the row with the most texts (two at least;
    the first of equals): the headings a user tells us how to read. Lines above a table, like
    "State | Peru", hold fewer."""
    found = find_heading_row(rows, spec, mapping)
    if found is not None:
        return found
    counts = [sum(isinstance(v, str) and bool(v.strip()) for v in row) for row in rows]
    best = max(range(len(counts[:HEAD_SCAN_ROWS])), key=lambda i: counts[i], default=None)
    if best is None or counts[best] < 2:
        return None
    return best, map_columns(rows[best], headings(spec), mapping)


def _line_value(row: Row, words: set[str]) -> tuple[object, bool]:
    """("Peru", True) for a line "State | Peru" or "State: Peru"; (None, False) otherwise."""
    cells = [v for v in row if not is_blank(v)]
    if not cells or not isinstance(cells[0], str):
        return None, False
    first = cells[0]
    if fold(first) in words:
        return (cells[1] if len(cells) > 1 else None), True
    word, sep, rest = first.partition(":")
    if sep and fold(word) in words and rest.strip():
        return rest.strip(), True
    return None, False


def _identity(table: ActivityTable, rows: Sequence[Row], head: int, spec: FormSpec) -> None:
    """State and year from the lines above the heading row, when the sheet gives them."""
    vocab = Vocabulary(spec)
    state_field = next((f for f in spec.header_fields() if f.type == "state"), None)
    state_words = {fold(w) for w in _STATE_WORDS}
    if state_field is not None:
        state_words |= {fold(state_field.label.get(x)) for x in LANGUAGES}
    year_words = {fold(w) for w in _YEAR_WORDS}
    for i in range(head):
        row = rows[i]
        raw, found = _line_value(row, state_words)
        if found and not is_blank(raw):
            try:
                check_length(raw)
                table.state = vocab.state(raw)
            except CellError as err:
                table.problems.append(problem(table.sheet, i + 1, "", err.code, **err.params))
            continue
        raw, found = _line_value(row, year_words)
        if found and not is_blank(raw):
            try:
                check_length(raw)
                table.year = integer_of(raw)
            except CellError as err:
                table.problems.append(problem(table.sheet, i + 1, "", err.code, **err.params))


def read_table(
    sheet: str, rows: Sequence[Row], spec: FormSpec, mapping: UserMapping
) -> ActivityTable | None:
    """A generic activity table from one sheet; None when the sheet has no heading row."""
    found = find_heading_row(rows, spec, mapping)
    if found is None:
        return None
    head, columns = found
    table = ActivityTable(sheet)
    table.problems += column_problems(columns, mapping, sheet, head + 1)
    _identity(table, rows, head, spec)
    read_activities(table, rows, head, columns, spec=spec, vocab=Vocabulary(spec))
    if not table.activities and not any(p.severity == "error" for p in table.problems):
        table.problems.append(problem(sheet, 0, "", "xlsx.no_rows"))
    return table
