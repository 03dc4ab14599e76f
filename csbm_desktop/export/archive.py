"""Reading zip files that arrived on removable media, without trusting them.

Review bundles, transmission packages and workbooks are zip files. Before anything reads an
entry, the directory is checked: a sane number of entries, no name that could escape a folder
(absolute, `..`, drive letters, backslashes), no name twice, and declared sizes within limits.
Entries are then read through a cap, because a forged directory can understate what an entry
inflates to (a zip bomb). Every problem becomes a `BadInput` with an `archive.*` code.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.reading import open_regular

_CHUNK = 1 << 20


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 10_000
    max_entry_bytes: int = 64 * 1024**2
    max_total_bytes: int = 2 * 1024**3
    # Inflating more than this many times the compressed size is what bombs do; documents
    # (JSON, XML, PDF) stay well below it.
    max_ratio: int = 200


def _unsafe(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if len(name) > 1 and name[1] == ":":  # C:evil, C:/evil
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


class SafeZip:
    """A checked zip file; use as a context manager. `names` lists its files (no folders)."""

    def __init__(self, path: Path, limits: ZipLimits | None = None) -> None:
        self.path = path
        self.limits = limits or ZipLimits()
        # A pipe or device would hang or never end: refused before zipfile reads a byte.
        self._fh = open_regular(path)
        try:
            self._zip = zipfile.ZipFile(self._fh)
        # NotImplementedError: a central directory naming a zip version or compression
        # zipfile does not support (one flipped byte is enough).
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
        ) as exc:
            self._fh.close()
            raise BadInput("archive.unreadable", file=path.name, reason=str(exc)) from None
        except OSError as exc:
            self._fh.close()
            raise BadInput("file.unreadable", path=path, reason=exc.strerror or exc) from None
        try:
            self._infos = self._check()
        except BaseException:
            self.close()
            raise

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        limits = self.limits
        if len(infos) > limits.max_entries:
            raise BadInput("archive.too_many", file=self.path.name, count=len(infos))
        found: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if _unsafe(name.removesuffix("/") if info.is_dir() else name):
                raise BadInput("archive.unsafe_name", file=self.path.name, name=name[:200])
            if name in found:
                raise BadInput("archive.duplicate", file=self.path.name, name=name[:200])
            if info.flag_bits & 0x1:
                raise BadInput("archive.encrypted", file=self.path.name, name=name[:200])
            if info.is_dir():
                continue
            total += info.file_size
            if info.file_size > limits.max_entry_bytes or total > limits.max_total_bytes:
                raise BadInput("archive.too_large", file=self.path.name, name=name[:200])
            if info.file_size > _CHUNK and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise BadInput("archive.too_large", file=self.path.name, name=name[:200])
            found[name] = info
        return found

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    @property
    def all_names(self) -> list[str]:
        """Every entry, folders included (as "name/")."""
        return self._zip.namelist()

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def read(self, name: str) -> bytes:
        """The entry's bytes, never more than its declared size (checked against the limits)."""
        info = self._infos.get(name)
        if info is None:
            raise BadInput("archive.missing", file=self.path.name, name=name[:200])
        declared = info.file_size
        parts: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(min(_CHUNK, declared - got + 1)):
                    got += len(chunk)
                    if got > declared:
                        raise BadInput("archive.too_large", file=self.path.name, name=name[:200])
                    parts.append(chunk)
        except BadInput:
            raise
        except Exception as exc:  # zipfile, zlib, lzma, bz2 and OS errors: a damaged entry
            raise BadInput(
                "archive.unreadable", file=self.path.name, reason=f"{name[:200]}: {exc}"
            ) from None
        return b"".join(parts)

    def close(self) -> None:
        self._zip.close()
        self._fh.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
