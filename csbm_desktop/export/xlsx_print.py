"""The workbook on paper: row heights for wrapped text, and which Activities columns print.

Neither Excel nor LibreOffice grows a row to fit wrapped text that a program wrote: the row
keeps the default height and the text is cut off. So every row with wrapped text is given a
height from an estimate of its lines (generous: a little white space is better than a cut word).

The full Activities table has 21 columns; fitted to one page wide it printed at about 3 pt. Its
print area now stops after the columns a reader of the paper needs (title, measure number, dates,
place, partners, description, outcome, characteristics), narrowed to fit A4 and Letter landscape
at about 7-8 pt, with the heads repeated on every page; the screen keeps every column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csbm_desktop.export.xlsx import _Column

__all__ = ["PRINTED", "row_height"]

LINE_HEIGHT = 15.0  # points per line of 11 pt text, with leading
MAX_ROW_HEIGHT = 409.0  # the largest row height Excel accepts
# Characters per line per unit of column width. A unit is the width of a digit, wider than
# most letters: LibreOffice (DejaVu for Calibri) fits about 1.15, Excel more; 1 leaves room
# for words that wrap whole.
_FILL = 1.0

# The Activities columns that print, after the title and the measure number, with the width
# each is narrowed to (characters) so that they fit A4 and Letter landscape at about 7-8 pt.
PRINTED: dict[str, int] = {
    "title": 24,
    "measure": 8,
    "start_date": 11,
    "end_date": 11,
    "place": 13,
    "partner_states": 15,
    "description": 38,
    "outcome": 26,
    "characteristics": 14,
}


def _lines(value: str, width: float, fill: float = _FILL) -> int:
    """Lines `value` takes in a column `width` wide, wrapping at spaces as the programs do."""
    per_line = max(1, int((width - 1) * fill))
    if len(value) <= per_line and "\n" not in value:
        return 1
    lines = 0
    for paragraph in value.split("\n"):
        used = -1  # characters on the current line; -1: no line begun
        for word in paragraph.split(" "):
            if used >= 0 and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            # a new line; a word longer than a line breaks over several
            full, rest = divmod(len(word), per_line)
            lines += full + (rest > 0 or not full)
            used = rest if rest else (per_line if full else 0)
        lines += used < 0  # an empty paragraph is a line too
    return max(1, lines)


def row_height(values: list[Any], columns: list[_Column], head: bool = False) -> float | None:
    """The height (points) a row needs for its wrapped cells; None when one line does. Heads
    always wrap (their style does)."""
    lines = 1
    fill = _FILL * 0.85 if head else _FILL  # heads are bold
    for v, c in zip(values, columns, strict=True):
        if (head or c.kind == "wrap") and isinstance(v, str):
            lines = max(lines, _lines(v, c.width, fill))
    if lines <= 1:
        return None
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2)
