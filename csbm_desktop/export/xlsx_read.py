"""Reading a workbook back into a report: our own export, or a generic activity table.

Our own workbook is recognised by its Metadata sheet (the key column holds `form_id` and
`report_uid`); its language, form version, state, year and report id come from there, and every
sheet is read back: the Summary's header fields, the Measures' statuses, one activity per row
of Activities, the Characteristics' answers. Words are mapped back to codes in the workbook's
language first, then in the other three (`xlsx_cells.Vocabulary`).

Any other workbook is searched for an activity table (`xlsx_table`), read against the current
form. What a workbook cannot carry (attachment files, revisions, comments) does not come back.

The result lists every problem found; nothing here writes anything, and nothing but `BadInput`
(for a file that cannot be read at all) leaves this module.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from csbm_desktop.domain.checks import MAX_NOTE_LENGTH, check_answer, check_header_value
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import LANGUAGES, FieldSpec, FormSpec, SectionSpec
from csbm_desktop.domain.import_problems import RowProblem, problem
from csbm_desktop.domain.report import MEASURE_STATUSES, Activity, FieldValue, MeasureEntry, Report
from csbm_desktop.export.xlsx import LABELS
from csbm_desktop.export.xlsx_cells import (
    CellError,
    Vocabulary,
    check_length,
    fold,
    integer_of,
    is_blank,
)
from csbm_desktop.export.xlsx_cells import text_of as cell_text
from csbm_desktop.export.xlsx_columns import (
    Column,
    UserMapping,
    check_mapping,
    column_problems,
    map_columns,
)
from csbm_desktop.export.xlsx_columns import headings as column_headings
from csbm_desktop.export.xlsx_guard import (
    MAX_ROWS,
    Row,
    open_workbook,
    sheet_names,
    sheet_rows,
)
from csbm_desktop.export.xlsx_table import (
    ActivityTable,
    find_heading_row,
    keyed_columns,
    likely_heading_row,
    read_activities,
    read_table,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped]

FormLookup = Callable[[str, str | None], FormSpec]
Layout = Literal["csbm", "table"]


@dataclass(frozen=True)
class WorkbookContent:
    """What a workbook holds, read and checked, with every problem found."""

    layout: Layout
    sheet: str  # the sheet the activities came from
    activities: tuple[Activity, ...]
    problems: tuple[RowProblem, ...]
    report: Report | None = None  # our own workbook: the whole report
    status_in_file: str | None = None  # our own workbook: the status it was exported in
    state: str | None = None  # a generic table: the state and year its sheet names, if any
    year: int | None = None


@dataclass
class _Sheets:
    """The sheets of one open workbook, read on demand."""

    path: Path
    wb: Workbook
    names: list[tuple[str, bool]]
    problems: list[RowProblem] = field(default_factory=list)

    def rows(self, name: str) -> list[Row]:
        rows, more = sheet_rows(self.path, self.wb, name)
        if more:
            self.problems.append(problem(name, 0, "", "xlsx.too_many_rows", max=MAX_ROWS))
        return rows

    def in_search_order(self) -> list[str]:
        """Where to look for a table: visible sheets first, a hidden one being more likely a
        list of choices than the data."""
        return [n for n, visible in self.names if visible] + [
            n for n, visible in self.names if not visible
        ]

    def find(self, key: str, lang: str) -> str | None:
        """Our sheet `key` ("sheet.measures"), named in `lang` or, if renamed, any language."""
        names = [n for n, _ in self.names]
        own = LABELS[key].get(lang)[:31]
        if own in names:
            return own
        wanted = {fold(LABELS[key].get(x)[:31]) for x in LANGUAGES}
        return next((n for n in names if fold(n) in wanted), None)


def read_workbook(
    path: Path,
    current: FormSpec,
    forms: FormLookup,
    *,
    now: datetime,
    by: str,
    mapping: Mapping[str, str] | None = None,
) -> WorkbookContent:
    """Read `path`. `current` reads generic tables; `forms` finds the form our own workbook
    names. `now` and `by` stamp the report as created by this import. `mapping` (heading →
    what it holds, see `xlsx_columns`) applies to generic tables."""
    user_map = check_mapping(current, mapping or {})
    with open_workbook(path) as wb:
        sheets = _Sheets(path, wb, sheet_names(path, wb))
        meta_sheet = sheets.find("sheet.metadata", "en")
        if meta_sheet is not None:
            meta = _metadata(sheets.rows(meta_sheet))
            if _is_own(meta):
                return _OwnWorkbook(
                    sheets, meta_sheet=meta_sheet, meta=meta, forms=forms, now=now, by=by
                ).read()
        return _generic(sheets, current, user_map)


@dataclass(frozen=True)
class TableColumns:
    """The headings of a generic table, and what each is read as now (None: not at all)."""

    sheet: str
    row: int  # the heading row's number
    columns: tuple[Column, ...]


def read_columns(
    path: Path, current: FormSpec, mapping: Mapping[str, str] | None = None
) -> TableColumns | None:
    """The headings to map: those of the table, or else of the likeliest row of headings.
    None for our own workbook (it needs no mapping) or a sheet with no row of headings."""
    user_map = check_mapping(current, mapping or {})
    with open_workbook(path) as wb:
        sheets = _Sheets(path, wb, sheet_names(path, wb))
        meta_sheet = sheets.find("sheet.metadata", "en")
        if meta_sheet is not None and _is_own(_metadata(sheets.rows(meta_sheet))):
            return None
        fallback: TableColumns | None = None
        for name in sheets.in_search_order():
            rows = sheets.rows(name)
            found = find_heading_row(rows, current, user_map)
            if found is not None:
                return TableColumns(name, found[0] + 1, tuple(found[1]))
            likely = likely_heading_row(rows, current, user_map)
            if likely is not None and fallback is None:
                fallback = TableColumns(name, likely[0] + 1, tuple(likely[1]))
        return fallback


# --- a generic table ---


def _generic(sheets: _Sheets, spec: FormSpec, mapping: UserMapping) -> WorkbookContent:
    for name in sheets.in_search_order():
        rows = sheets.rows(name)
        table = read_table(name, rows, spec, mapping)
        if table is None:
            sheets.problems = [p for p in sheets.problems if p.sheet != name]
            continue
        return WorkbookContent(
            layout="table",
            sheet=name,
            activities=tuple(table.activities),
            problems=tuple(sheets.problems + table.problems),
            state=table.state,
            year=table.year,
        )
    raise BadInput("xlsx.no_table", file=sheets.path.name)


# --- our own workbook ---


def _metadata(rows: Sequence[Row]) -> dict[str, tuple[int, object]]:
    """Metadata key → (row number, value): the Key and Value columns below the heading."""
    out: dict[str, tuple[int, object]] = {}
    for i, row in enumerate(rows[1:], start=2):
        if row and isinstance(row[0], str) and len(row[0]) <= 64:
            out.setdefault(row[0].strip(), (i, row[2] if len(row) > 2 else None))
    return out


def _is_own(meta: Mapping[str, object]) -> bool:
    """Our own workbook: its metadata names the form and the report."""
    return "form_id" in meta and "report_uid" in meta


def _heading_index(row: Row, key: str) -> int | None:
    """Where our column `key` ("status") is in a heading row, named in any language."""
    wanted = {fold(LABELS[key].get(x)) for x in LANGUAGES}
    for i, cell in enumerate(row):
        if isinstance(cell, str) and fold(cell) in wanted:
            return i
    return None


_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")


def _own_head(rows: Sequence[Row]) -> tuple[int, Row, Row | None]:
    """(index of the translated heading row, that row, the row of stable keys above it or
    None): workbooks before the key row have the translated heads first."""
    first = rows[0]
    is_keys = any(not is_blank(v) for v in first) and all(
        is_blank(v) or (isinstance(v, str) and _KEY.fullmatch(v)) for v in first
    )
    if is_keys and len(rows) > 1:
        return 1, rows[1], first
    return 0, first, None


def _column(heads: Row, keys: Row | None, key: str) -> int | None:
    """Where our column `key` is: by its stable key, else by its heading in any language."""
    if keys is not None and key in keys:
        return list(keys).index(key)
    return _heading_index(heads, key)


def _at(row: Row, index: int | None) -> object:
    return row[index] if index is not None and index < len(row) else None


class _OwnWorkbook:
    def __init__(
        self,
        sheets: _Sheets,
        *,
        meta_sheet: str,
        meta: dict[str, tuple[int, object]],
        forms: FormLookup,
        now: datetime,
        by: str,
    ) -> None:
        self.sheets, self.meta_sheet, self.meta = sheets, meta_sheet, meta
        self.now, self.by = now, by
        self.problems: list[RowProblem] = []
        lang = self._meta_text("language")
        if lang not in LANGUAGES:
            self._bad_meta("language")
            lang = "en"
        self.lang = lang
        form_id = self._meta_text("form_id")
        version = self._meta_text("form_version") or None
        self.spec = forms(form_id, version)
        self.vocab = Vocabulary(self.spec, lang)

    def _meta_text(self, key: str) -> str:
        _, value = self.meta.get(key, (0, None))
        return cell_text(value).strip()[:200] if not is_blank(value) else ""

    def _bad_meta(self, key: str, code: str = "xlsx.metadata_invalid", /, **params: object) -> None:
        row, _ = self.meta.get(key, (0, None))
        params = params or {"key": key}
        self.problems.append(problem(self.meta_sheet, row, key, code, **params))

    def _sheet(self, key: str) -> tuple[str, list[Row]] | None:
        name = self.sheets.find(key, self.lang)
        if name is None:
            missing = LABELS[key].get(self.lang)[:31]
            self.problems.append(problem(missing, 0, "", "xlsx.sheet_missing", sheet=missing))
            return None
        return name, self.sheets.rows(name)

    def _convert(
        self, sheet: str, row: int, column: str, f: FieldSpec, raw: object
    ) -> FieldValue | None:
        try:
            return self.vocab.field_value(f, raw)
        except CellError as err:
            self.problems.append(problem(sheet, row, column, err.code, **err.params))
            return None

    def read(self) -> WorkbookContent:
        _, raw_state = self.meta.get("state", (0, None))
        state = ""
        try:
            state = self.vocab.state(raw_state)
        except CellError as err:
            self._bad_meta("state", err.code, **err.params)
        year = 0
        try:
            year = integer_of(self.meta.get("year", (0, None))[1])
        except CellError:
            self._bad_meta("year")
        try:
            uid = str(uuid.UUID(self._meta_text("report_uid")))
        except ValueError:
            uid = str(uuid.uuid4())  # an id edited beyond recognition: the report is new here
        header = self._header()
        measures = self._measures()
        answers = self._answers()
        table = ActivityTable(self.meta_sheet)
        sheet = self._sheet("sheet.activities")
        if sheet is not None:
            name, rows = sheet
            table = ActivityTable(name)
            if rows:
                keyed = keyed_columns(rows, self.spec)
                if keyed is not None:  # the stable keys win over the (translated) headings
                    head, columns = keyed
                else:  # exported before the key row: the heads are row 1
                    head = 0
                    columns = map_columns(rows[0], column_headings(self.spec), UserMapping({}))
                table.problems += column_problems(columns, UserMapping({}), name, head + 1)
                read_activities(table, rows, head, columns, spec=self.spec, vocab=self.vocab)
        report = Report(
            uid=uid,
            state=state,
            year=year,
            form_id=self.spec.id,
            form_version=self.spec.version,
            status="draft",
            header=header,
            answers=answers,
            measures=measures,
            activities=tuple(table.activities),
            created_at=self.now,
            created_by=self.by,
            updated_at=self.now,
            updated_by=self.by,
        )
        status = self._meta_text("status")
        return WorkbookContent(
            layout="csbm",
            sheet=table.sheet,
            activities=report.activities,
            problems=tuple(self.sheets.problems + self.problems + table.problems),
            report=report,
            status_in_file=status or None,
        )

    # --- Summary: the header fields, section by section ---

    def _header(self) -> dict[str, FieldValue]:
        header: dict[str, FieldValue] = {}
        sheet = self._sheet("sheet.summary")
        if sheet is None:
            return header
        name, rows = sheet
        sections = {fold(s.title.get(x)): s for x in LANGUAGES for s in self.spec.header}
        sections |= {fold(s.title.get(self.lang)): s for s in self.spec.header}
        current: SectionSpec | None = None
        for number, row in enumerate(rows, start=1):
            item, raw = _at(row, 0), _at(row, 1)
            if not isinstance(item, str):
                continue
            key = fold(item)
            f = None
            if current is not None:
                f = next(
                    (
                        f
                        for f in current.fields
                        if key in {fold(f.label.get(x)) for x in (self.lang, *LANGUAGES)}
                    ),
                    None,
                )
            if f is None:
                if is_blank(raw):  # a section title: ours, or one that ends ours ("Counts")
                    current = sections.get(key)
                continue
            if f.system:
                continue  # the state: the report's own, from the metadata
            value = self._convert(name, number, item, f, raw)
            if value is None:
                continue
            try:
                checked = check_header_value(self.spec, f.id, value)
            except BadInput as err:
                self.problems.append(problem(name, number, item, err.code, **err.params))
                continue
            if checked is not None:
                header[f.id] = checked
        return header

    # --- Measures: status, nothing to report, note ---

    def _measures(self) -> tuple[MeasureEntry, ...]:
        sheet = self._sheet("sheet.measures")
        if sheet is None or not sheet[1]:
            return ()
        name, rows = sheet
        first, head, keys = _own_head(rows)
        col = {k: _column(head, keys, k) for k in ("number", "measure", "status", "note")}
        # Workbooks since form provenance head the number "Form no."; older ones "No.".
        if keys is None and (form_number := _heading_index(head, "form_number")) is not None:
            col["number"] = form_number
        col["nothing"] = _column(head, keys, "nothing_to_report")
        entries: dict[str, MeasureEntry] = {}
        for number, row in enumerate(rows[first + 1 :], start=first + 2):
            if all(is_blank(v) for v in row):
                continue
            heading = str(_at(head, col["number"]) or "")
            try:
                raw = _at(row, col["number"])
                measure_id = self.vocab.measure(
                    raw if not is_blank(raw) else _at(row, col["measure"])
                )
                raw_status = _at(row, col["status"])
                heading = str(_at(head, col["status"]) or "")
                status = None if is_blank(raw_status) else self._status(raw_status)
                raw_nothing = _at(row, col["nothing"])
                heading = str(_at(head, col["nothing"]) or "")
                nothing = not is_blank(raw_nothing) and self.vocab.boolean(raw_nothing)
                raw_note = _at(row, col["note"])
                heading = str(_at(head, col["note"]) or "")
                note = "" if is_blank(raw_note) else self._text(raw_note)
            except CellError as err:
                self.problems.append(problem(name, number, heading, err.code, **err.params))
                continue
            if len(note) > MAX_NOTE_LENGTH:
                self.problems.append(
                    problem(
                        name,
                        number,
                        heading,
                        "note.too_long",
                        measure=self.spec.measure(measure_id).number,
                        length=len(note),
                        max=MAX_NOTE_LENGTH,
                    )
                )
            elif measure_id in entries:
                self.problems.append(
                    problem(name, number, "", "value.invalid", path=measure_id, reason="twice")
                )
            elif status or nothing or note:
                entries[measure_id] = MeasureEntry(measure_id, status, nothing, note)  # type: ignore[arg-type]
        return tuple(entries.values())

    def _status(self, raw: object) -> str:
        code = self.vocab.choice("measure_status", raw)
        if code not in MEASURE_STATUSES:
            raise CellError("xlsx.choice_unknown", value=raw, choices=", ".join(MEASURE_STATUSES))
        return code

    def _text(self, raw: object) -> str:
        check_length(raw)
        return cell_text(raw)

    # --- Characteristics: one answer per question ---

    def _answers(self) -> dict[str, FieldValue]:
        answers: dict[str, FieldValue] = {}
        sheet = self._sheet("sheet.characteristics")
        if sheet is None or not sheet[1]:
            return answers
        name, rows = sheet
        first, head, keys = _own_head(rows)
        qcol, acol = _column(head, keys, "question_id"), _column(head, keys, "answer")
        heading = str(_at(head, acol) or "")
        for number, row in enumerate(rows[first + 1 :], start=first + 2):
            qid, raw = _at(row, qcol), _at(row, acol)
            if is_blank(qid):
                continue
            try:
                _, q = self.spec.question(str(qid).strip())
            except KeyError:
                self.problems.append(
                    problem(name, number, "", "field.unknown", field=str(qid)[:100])
                )
                continue
            if q.derived:  # computed from the activities on the way out: not read back
                continue
            value = self._convert(name, number, heading, q, raw)
            if value is None:
                continue
            try:
                checked = check_answer(self.spec, q.id, value)
            except BadInput as err:
                self.problems.append(problem(name, number, heading, err.code, **err.params))
                continue
            if checked is not None:
                answers[q.id] = checked
        return answers
