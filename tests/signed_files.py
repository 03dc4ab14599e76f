"""Ways to tamper with signed exports, as a forger or a bad disk would: cut a PDF back to its
first signed revision, rebuild a package around other files."""

from __future__ import annotations

import re

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def first_revision(pdf: bytes) -> bytes:
    """The PDF as its first signature left it: every later incremental update cut off."""
    found = _BYTE_RANGE.search(pdf)
    assert found is not None, "no signature in this PDF"
    start2, length2 = int(found.group(3)), int(found.group(4))
    return pdf[: start2 + length2]
