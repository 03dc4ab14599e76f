"""Writing a file so that its name never shows half of it.

Every file the application writes (exports, signed PDFs, bundles, backups, JSON) is written
under a temporary name in the target's folder (a rename across file systems would not be
atomic), synced, renamed over the target, and the folder synced so the rename itself survives a
power cut. A crash or a full disk leaves at most a hidden `.<name>.XXXX.partial` file, never a
truncated file under the real name. Stdlib only: every layer may use it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def temp_beside(target: Path) -> Path:
    """An empty file in the target's folder, hidden, and never named like the target."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX)
    os.close(fd)
    return Path(name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder (NTFS journals the rename).
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(temp: Path, target: Path) -> None:
    """Put a fully written file in place: durable content first, then an atomic rename."""
    fsync_file(temp)
    os.replace(temp, target)
    _fsync_dir(target.parent)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path to write `target`'s new content to; when the block ends, it replaces
    `target`. On any error (OSError included, for the caller to word) it is removed. The
    folder must exist."""
    temp = temp_beside(target)
    try:
        yield temp
        commit(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with replacing(target) as temp:
        temp.write_bytes(data)
