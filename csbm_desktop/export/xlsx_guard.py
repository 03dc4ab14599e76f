"""Opening a workbook that came from outside, without trusting it.

An .xlsx file is a zip of XML parts, and openpyxl reads it with a dozen libraries that each fail
in their own way. Before openpyxl sees the file, `archive.SafeZip` checks its directory (entry
count, names that could escape a folder, names given twice, declared sizes and inflation ratio),
and every part is read once through its size cap and searched for a DTD: workbooks never need
one, and DTDs are what entity bombs ("billion laughs") and external entities (XXE) hide in.
openpyxl then parses with defusedxml (stdlib parts) or lxml without entity resolution, in
read-only mode and reading cached values only (formulas are not evaluated).

Whatever still fails inside openpyxl, at opening or while rows are read, becomes one worded
`BadInput` (a missing part, XML that is not well-formed, entities, not a zip file, or plainly
damaged): callers never see a zipfile, XML or openpyxl exception, nor its text.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop.domain.errors import BadInput, CsbmError
from csbm_desktop.domain.report import megabytes
from csbm_desktop.export.archive import SafeZip, ZipLimits
from csbm_desktop.reading import read_regular

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped]

# A 500-activity report exports to 0.3 MB (2.3 MB unpacked); these leave room for far larger
# hand-made sheets and still bound the time a hostile file can take to ~10 s of parsing.
MAX_FILE_BYTES = 32 * 1024**2
LIMITS = ZipLimits(
    max_entries=1000,
    max_entry_bytes=64 * 1024**2,
    max_total_bytes=128 * 1024**2,
    max_ratio=200,
)
MAX_ROWS = 20_000  # rows read from one sheet
MAX_COLUMNS = 256  # columns read from one row; cells further right are not looked at

Row = tuple[object, ...]

# A DTD or an entity declaration, in UTF-8 or UTF-16 (either byte order). XML is case-sensitive,
# but a parser that tolerates "<!doctype" must not be the one that lets it through.
_DTD = re.compile(
    rb"<!(?:DOCTYPE|ENTITY)"
    rb"|<\x00!\x00(?:D\x00O\x00C\x00T\x00Y\x00P\x00E|E\x00N\x00T\x00I\x00T\x00Y)\x00"
    rb"|\x00<\x00!\x00(?:D\x00O\x00C\x00T\x00Y\x00P\x00E|E\x00N\x00T\x00I\x00T\x00Y)",
    re.IGNORECASE,
)


# zipfile's KeyError for a part the workbook's own index refers to.
_MISSING_PART = re.compile(r"There is no item named '([^']{1,200})'")


def _chain(exc: BaseException) -> list[BaseException]:
    # openpyxl re-raises parser errors as a vague ValueError; the causes say what it was.
    found = [exc]
    while (nxt := found[-1].__cause__ or found[-1].__context__) is not None and len(found) < 20:
        found.append(nxt)
    return found


def _damaged(path: Path, exc: BaseException) -> BadInput:
    """What went wrong, worded: a missing part, XML that is not well-formed, entities, a file
    that is not a zip; else plainly "damaged". The library's own text (a KeyError, an
    ExpatError...) is never shown; it stays in `detail` for a developer."""
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError
    from xml.parsers.expat import ExpatError

    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

    xml_errors: tuple[type[BaseException], ...] = (ExpatError, ParseError)
    with contextlib.suppress(ImportError):  # openpyxl parses with lxml when it is installed
        from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]

        xml_errors += (XMLSyntaxError,)
    chain = _chain(exc)
    root = chain[-1]
    detail = f"{type(root).__name__}: {root}"[:300]
    file = path.name
    for e in chain:
        if isinstance(e, DefusedXmlException):
            return BadInput("xlsx.entities", file=file, detail=detail)
        if isinstance(e, xml_errors):
            return BadInput("xlsx.bad_xml", file=file, detail=detail)
        if isinstance(e, KeyError) and (found := _MISSING_PART.search(str(e))):
            return BadInput("xlsx.part_missing", file=file, name=found[1], detail=detail)
        if isinstance(e, (zipfile.BadZipFile, zlib.error, EOFError)):
            return BadInput("xlsx.not_zip", file=file, detail=detail)
    return BadInput("xlsx.damaged", file=file, detail=detail)


_RELATIONS = "xl/_rels/workbook.xml.rels"
_WORKSHEET = "/relationships/worksheet"


def _check_parts(path: Path) -> None:
    try:
        z = SafeZip(path, LIMITS)
    except BadInput as exc:
        if exc.code == "archive.unreadable":  # zipfile's own words ("File is not a zip file")
            raise BadInput("xlsx.not_zip", file=path.name, detail=exc.params["reason"]) from None
        raise
    with z:
        for name in z.names:
            try:
                data = z.read(name)
            except BadInput as exc:
                if exc.code == "archive.unreadable":  # zlib's or zipfile's words: damaged
                    raise BadInput(
                        "xlsx.damaged", file=path.name, detail=exc.params["reason"]
                    ) from None
                raise
            if _DTD.search(data):
                raise BadInput("xlsx.unsafe_xml", file=path.name, name=name[:200])
        if _RELATIONS in z.names:
            _check_sheets_present(path, z.read(_RELATIONS), set(z.names))


def _check_sheets_present(path: Path, relations: bytes, names: set[str]) -> None:
    """openpyxl silently drops a worksheet whose part is missing; a workbook that lost one is
    damaged, and must not read as one without the data."""
    from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

    try:
        root = fromstring(relations)
    except Exception as exc:  # not well-formed, or entities (already refused above)
        raise _damaged(path, exc) from None
    for rel in root:
        target = str(rel.get("Target") or "")
        if not str(rel.get("Type") or "").endswith(_WORKSHEET) or rel.get("TargetMode"):
            continue
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        part = posixpath.normpath(part)
        if part not in names:
            raise BadInput("xlsx.part_missing", file=path.name, name=part[:200])


@contextmanager
def open_workbook(path: Path) -> Iterator[Workbook]:
    """The checked workbook, read-only, cached values only; closed when the block ends.

    openpyxl parses the bytes read before the checks ran on the file. A file rewritten between
    the two reads would slip past them; only someone who can already write the user's files
    could do that, and defusedxml still guards the parsing.
    """
    data = read_regular(
        path,
        MAX_FILE_BYTES,
        lambda size: BadInput(
            "xlsx.too_large", file=path.name, size=megabytes(size), max=megabytes(MAX_FILE_BYTES)
        ),
    )
    _check_parts(path)

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        with warnings.catch_warnings():
            # openpyxl warns about every extension it skips (data validation, slicers...).
            warnings.simplefilter("ignore")
            # A file object, not the path: openpyxl would refuse a name not ending in .xlsx.
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except CsbmError:
        raise
    except Exception as exc:  # openpyxl, zipfile, XML parsers: every one means "damaged"
        raise _damaged(path, exc) from None
    try:
        yield wb
    finally:
        wb.close()


def sheet_rows(path: Path, wb: Workbook, name: str) -> tuple[list[Row], bool]:
    """The rows of sheet `name` (index 0 is row 1), trailing empty cells dropped, and whether
    the sheet goes on past `MAX_ROWS` rows (those are not returned)."""
    rows: list[Row] = []
    more = False
    try:
        ws: Any = wb[name]
        ws.reset_dimensions()  # a forged <dimension> must not make openpyxl pad millions of rows
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i, raw in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)):
                if i >= MAX_ROWS:
                    # openpyxl only yields a row this far down when the sheet has one there or
                    # further: stop now rather than walk a million padding rows to find out.
                    more = True
                    break
                rows.append(_trim(raw))
    except CsbmError:
        raise
    except Exception as exc:  # a damaged part only shows up once its rows are parsed
        raise _damaged(path, exc) from None
    while rows and not rows[-1]:
        rows.pop()
    return rows, more


def sheet_names(path: Path, wb: Workbook) -> list[tuple[str, bool]]:
    """(name, visible) of every worksheet, in workbook order."""
    try:
        return [(ws.title, ws.sheet_state == "visible") for ws in wb.worksheets]
    except Exception as exc:
        raise _damaged(path, exc) from None


def _trim(raw: tuple[Any, ...]) -> Row:
    end = len(raw)
    while end and (raw[end - 1] is None or raw[end - 1] == ""):
        end -= 1
    return tuple(raw[:end])
