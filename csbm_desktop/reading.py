"""Reading a file that came from outside: only a regular file, and never more than a limit.

Every importer and file reader (JSON, workbooks, bundles, packages, backups, attachments, form
files, keys and certificates) opens its input here. A named pipe would block the reader for
ever, `/dev/zero` or `/dev/urandom` never end, and a folder or socket cannot be read at all, so
anything but a regular file is refused *before* a byte is read, with a message saying what it
is. The check is made twice: on the name (so opening has no side effect on a device), then on
the opened descriptor (so the file cannot be swapped for a pipe between the two). The open is
non-blocking, which is what lets a pipe be opened, and refused, without waiting for a writer.
Stdlib and the core's errors only: every layer may use it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from io import BufferedReader
from pathlib import Path

from csbm_desktop.domain.errors import BadInput, CsbmError
from csbm_desktop.domain.report import megabytes

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _refuse_special(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise BadInput("file.folder", path=path)
    raise BadInput("file.special", path=path)


def _unreadable(path: Path, exc: OSError) -> BadInput:
    return BadInput("file.unreadable", path=path, reason=exc.strerror or exc)


def open_regular(path: Path) -> BufferedReader:
    """The file opened for reading (use it in a `with` block), or BadInput if it is missing,
    unreadable or not a regular file (a folder, pipe, socket or device)."""
    try:
        _refuse_special(path, os.stat(path).st_mode)
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:  # Windows cannot open a folder; said as on the other systems
        raise BadInput("file.folder", path=path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        _refuse_special(path, os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def file_size(fh: BufferedReader) -> int:
    """The size of a file opened by `open_regular`."""
    return os.fstat(fh.fileno()).st_size


def read_regular(
    path: Path, limit: int, too_large: Callable[[int], CsbmError] | None = None
) -> bytes:
    """The whole content of a regular file of at most `limit` bytes.

    A larger file raises `too_large(size)` (or `file.too_large`) before it is read, and a file
    that grows while it is read is cut off at `limit + 1` bytes and refused the same way, so
    memory stays bounded whatever the file does."""

    def refuse(size: int) -> CsbmError:
        if too_large is not None:
            return too_large(size)
        return BadInput("file.too_large", path=path, size=megabytes(size), max=megabytes(limit))

    with open_regular(path) as fh:
        size = file_size(fh)
        if size > limit:
            raise refuse(size)
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise _unreadable(path, exc) from None
    if len(data) > limit:
        raise refuse(len(data))
    return data
