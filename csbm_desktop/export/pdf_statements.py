"""Reading back what a report's PDF states about its own signatures (written by export/pdfa.py):
the signature fields it requires and the signatories it names.

Read from the revision the first signature covers, not from the file's last revision: an update
appended later (which pyHanko may judge harmless, as metadata) could otherwise lower the
requirement after the fact.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csbm_desktop.export.pdfa import REQUIRED_KEY, SIGNATORY_KEY


@dataclass(frozen=True)
class PdfStatements:
    required: tuple[str, ...] = ()  # empty: the document states nothing (apply the default)
    signatories: dict[str, str] = field(default_factory=dict)  # field → named person


def read_statements(path: Path) -> PdfStatements:
    """The statements in the first signed revision of `path` (its whole text when unsigned).
    Anything unreadable gives empty statements: verification then applies the default."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = path.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data))
        sigs = list(reader.embedded_signatures)
        if sigs:
            first = min(sigs, key=lambda s: s.signed_revision)
            byte_range = [int(x) for x in first.sig_object["/ByteRange"]]
            reader = PdfFileReader(io.BytesIO(data[: byte_range[2] + byte_range[3]]))
        info: Any = reader.trailer["/Info"]
        info = info.get_object()
    except Exception:  # damaged: the signatures' own checks report it
        return PdfStatements()
    required = tuple(str(info.get(REQUIRED_KEY, "")).split())
    signatories = {
        str(key)[len(SIGNATORY_KEY) :]: str(value)
        for key, value in info.items()
        if str(key).startswith(SIGNATORY_KEY)
    }
    return PdfStatements(required, signatories)
