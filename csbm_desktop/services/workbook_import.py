"""Importing a workbook: our own export read back, or a table of activities laid out like the OAS
online system's lists (docs/xlsx-import.md).

All or nothing, like import-json: the workbook is read and every problem listed first (a refused
import raises `ImportRefused` with the list); only a workbook without errors is stored, in one
transaction, through the same path as a JSON import (`documents.check_document` and
`insert_document`): the report arrives as a draft and the trail records "report.import".

A workbook is a copy of a report, not the report: it carries no revisions, comments or attachment
files, and people edit it. So where import-json refuses a report that is already in the database,
a workbook whose report (or one of whose activities) is already here arrives under new ids; the
trail keeps the id the file carried.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from csbm_desktop.domain import period
from csbm_desktop.domain.checks import check_year
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.import_problems import ImportRefused, RowProblem, errors, problem
from csbm_desktop.domain.report import (
    DOCUMENT_FORMAT,
    DOCUMENT_FORMAT_VERSION,
    Report,
    ReportStatus,
)
from csbm_desktop.domain.workflow import DRAFTER, Actor, check_role
from csbm_desktop.export.xlsx_columns import key_labels
from csbm_desktop.export.xlsx_read import (
    Layout,
    TableColumns,
    WorkbookContent,
    read_columns,
    read_workbook,
)
from csbm_desktop.reading import open_regular
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.documents import (
    CheckedDocument,
    check_document,
    insert_document,
    report_to_dict,
)
from csbm_desktop.services.drafting import new_report_header
from csbm_desktop.services.workspace import utc_now
from csbm_desktop.storage import reports as store

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from csbm_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class WorkbookImport:
    layout: Layout
    report: Report  # as stored or, after a dry run, as it would be
    report_id: int | None  # None after a dry run
    problems: tuple[RowProblem, ...]  # warnings only: an error refuses the import


def import_workbook(
    ws: Workspace,
    actor: Actor,
    path: Path,
    *,
    state: str | None = None,
    year: int | None = None,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> WorkbookImport:
    """Read `path` and store it as a new draft; ImportRefused lists every problem otherwise.

    `state` and `year` say whose report a generic table is (default: lines above the table);
    `mapping` (heading → what the column holds) helps read a generic table's columns. Both are
    ignored for our own workbook, which names its report in its metadata.
    """
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
    now = utc_now()
    content = read_workbook(path, ws.form(), ws.form, now=now, by=actor.name, mapping=mapping)
    problems = list(content.problems)
    if content.report is not None:
        report = content.report
        if content.status_in_file in get_args(ReportStatus):
            # insert_document makes it a draft and keeps this one in the trail
            report = replace(report, status=content.status_in_file)  # type: ignore[arg-type]
    else:
        day = today or now.date()
        report = _report_for_table(
            ws,
            content,
            state=state,
            year=year,
            today=day,
            now=now,
            by=actor.name,
            problems=problems,
        )
    if errors(problems):
        raise ImportRefused(problems, mappable=content.layout == "table")
    envelope = {
        "format": DOCUMENT_FORMAT,
        "format_version": DOCUMENT_FORMAT_VERSION,
        "report": report_to_dict(report),
    }
    checked = check_document(ws, envelope, {})
    warnings = tuple(problems)
    if dry_run:
        return WorkbookImport(content.layout, checked.report, None, warnings)
    sha256 = _file_sha256(path)
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), DRAFTER, "import")
        checked, uid_in_file = _fresh_ids(s, checked)
        report_id = insert_document(
            s,
            actor,
            checked,
            "report.import",
            format="xlsx",
            layout=content.layout,
            file=path.name,
            sha256=sha256,
            uid_in_file=uid_in_file,
            activities=len(checked.report.activities),
        )
    return WorkbookImport(content.layout, checked.report, report_id, warnings)


def workbook_columns(
    ws: Workspace, path: Path, mapping: Mapping[str, str] | None = None
) -> TableColumns | None:
    """A generic table's headings and what each is read as with `mapping`, for the user to
    correct; None for our own workbook, which needs no mapping."""
    return read_columns(path, ws.form(), mapping)


def column_choices(ws: Workspace, lang: str) -> list[tuple[str, str]]:
    """What a column can be read as (the keys of `--map`), worded in `lang`."""
    return key_labels(ws.form(), lang)


def _report_for_table(
    ws: Workspace,
    content: WorkbookContent,
    *,
    state: str | None,
    year: int | None,
    today: date,
    now: datetime,
    by: str,
    problems: list[RowProblem],
) -> Report:
    """A new draft on the current form holding a generic table's activities."""
    spec = ws.form()
    state = state or content.state
    year = year or content.year
    sheet = content.sheet
    if state is None:
        problems.append(problem(sheet, 0, "", "xlsx.state_needed"))
    elif spec.state(state) is None:
        problems.append(problem(sheet, 0, "", "state.unknown", code=state))
    if year is None:
        problems.append(problem(sheet, 0, "", "xlsx.year_needed"))
    else:
        try:
            check_year(year, today.year)
        except BadInput as err:
            problems.append(problem(sheet, 0, "", err.code, **err.params))
    return Report(
        uid=str(uuid.uuid4()),
        state=state or "",
        year=year or 0,
        form_id=spec.id,
        form_version=spec.version,
        status="draft",
        header=new_report_header(year or period.default_reporting_year(today)),  # type: ignore[arg-type]
        answers={},
        measures=(),
        activities=content.activities,
        created_at=now,
        created_by=by,
        updated_at=now,
        updated_by=by,
    )


def _fresh_ids(s: Session, checked: CheckedDocument) -> tuple[CheckedDocument, str | None]:
    """The document with new ids where the database already uses the file's; the report id the
    file carried when it had to change."""
    report = checked.report
    uid_in_file = None
    if store.find_by_uid(s, report.uid) is not None:
        uid_in_file = report.uid
        report = replace(report, uid=str(uuid.uuid4()))
    taken = store.taken_uids(s, [a.uid for a in report.activities], [])
    if taken:
        report = replace(
            report,
            activities=tuple(
                replace(a, uid=str(uuid.uuid4())) if a.uid in taken else a
                for a in report.activities
            ),
        )
    return replace(checked, report=report), uid_in_file


def _file_sha256(path: Path) -> str:
    try:
        with open_regular(path) as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as exc:
        raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from exc
