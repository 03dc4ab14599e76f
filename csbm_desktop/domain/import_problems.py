"""What is wrong where in a file offered for import: one problem per cell, row or sheet.

A workbook is imported all or nothing, and its author fixes it in a spreadsheet program, so every
problem is found and listed at once, each with the place a spreadsheet user looks for it (sheet,
row number, column heading) and a code worded by `messages` in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from csbm_desktop.domain.errors import BadInput

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # the spreadsheet's own row number, 1-based; 0 when it concerns the whole sheet
    column: str  # the column's heading as written in the file; "" for a whole row or sheet
    code: str
    params: dict[str, str] = field(default_factory=dict)
    severity: Severity = "error"

    def message(self, lang: str) -> str:
        from csbm_desktop.domain.messages import render

        return render(self.code, self.params, lang)

    def where(self) -> str:
        """Where a spreadsheet user finds it, e.g. "Activities!7 (Start date)"."""
        place = f"{self.sheet}!{self.row}" if self.row else self.sheet
        return f"{place} ({self.column})" if self.column else place


def problem(sheet: str, row: int, column: str, code: str, /, **params: object) -> RowProblem:
    """An error: the import is refused until it is fixed."""
    return RowProblem(sheet, row, column, code, {k: str(v) for k, v in params.items()})


def warning(sheet: str, row: int, column: str, code: str, /, **params: object) -> RowProblem:
    """Worth knowing, but the import goes ahead."""
    return RowProblem(
        sheet, row, column, code, {k: str(v) for k, v in params.items()}, severity="warning"
    )


def errors(problems: Sequence[RowProblem]) -> list[RowProblem]:
    return [p for p in problems if p.severity == "error"]


class ImportRefused(BadInput):
    """A file with problems: nothing was written. `problems` lists every one (warnings too);
    `mappable` says whether telling the import how to read the columns could help."""

    def __init__(self, problems: Sequence[RowProblem], mappable: bool = False) -> None:
        super().__init__("import.refused", count=len(errors(problems)))
        self.problems = tuple(problems)
        self.mappable = mappable
