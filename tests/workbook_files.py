"""Workbooks for import tests: generic activity tables, and hostile zips made from good ones."""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]

# A thousand-fold expansion per level: 10^9 "lol"s if a parser ever expanded it.
BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>
</worksheet>"""

XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>
</worksheet>"""


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def rezip(
    data: bytes,
    replace: dict[str, bytes] | None = None,
    add: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """`data` (a zip) with entries replaced and others added (duplicates allowed)."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name: that is the point
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, content in entries(data).items():
                z.writestr(name, (replace or {}).get(name, content))
            for name, content in add:
                z.writestr(name, content)
    return out.getvalue()


def understate(data: bytes, name: str, size: int) -> bytes:
    """`data` with entry `name` claiming to inflate to `size` bytes (a forged directory)."""
    raw = bytearray(data)
    encoded = name.encode()
    for sig, size_at, name_len_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        start = 0
        while (i := raw.find(sig, start)) >= 0:
            start = i + 4
            (n,) = struct.unpack_from("<H", raw, i + name_len_at)
            if raw[i + name_at : i + name_at + n] == encoded:
                struct.pack_into("<I", raw, i + size_at, size)
    return bytes(raw)


def sheet_part(data: bytes) -> str:
    """The zip name of the first worksheet part (xl/worksheets/sheet1.xml for openpyxl's)."""
    names = sorted(n for n in entries(data) if n.startswith("xl/worksheets/sheet"))
    return names[0]


def table_workbook(
    path: Path, rows: Sequence[Sequence[object]], title: str = "Actividades"
) -> Path:
    """A one-sheet workbook with `rows` from A1, as a ministry's own spreadsheet would be."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path
