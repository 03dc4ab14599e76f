"""The audit trail's anchor: how far the chain went, sealed outside the database.

A plain SHA-256 chain shows an event changed in place, but not a chain recomputed from the
changed event on, nor its last events cut off: the file alone is self-consistent either way. So
after every commit that appended events, the installation writes down, outside the database,
the number of the last event and its hash, sealed with HMAC-SHA256 under a key the database
never holds:

- the key: 32 random bytes in the user's own configuration folder (`integrity/key`, mode 0600
  in a 0700 folder; `$CSBM_HOME/integrity` when set, as tests and portable installs do);
- one anchor per database and place: the database is named by the hash of its first audit
  event (unique to it and kept by its copies; a uid in a settings row would be one more thing to
  forge) together with its path. Per place, because copies of one database used side by side
  (a backup opened elsewhere to look something up, a test copy) each move on in their own way;
  one seal for all would call all but one of them rewritten. A database whose first event was
  rewritten at a sealed path is found through the other anchors of that path.

Written after the commit, the anchor can lag behind the database (a crash in between, another
installation writing the same file) but never lead it. A seal only moves forward, and only along
the sealed chain (the database's caller checks that the sealed event still has the sealed hash),
so a tampered trail cannot be sealed over by the next day's work; a seal that does not verify is
left as it is. Only a restore, which puts an older copy in place on purpose, seals regardless
(`seal(..., force=True)`, audited by the restore).
Written under a temporary name and renamed, without fsync: a power cut at worst keeps the
previous seal, which is a lag.

Stdlib only (hmac, json): what `check` concludes from it is in services/integrity.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from csbm_desktop.paths import integrity_dir

KEY_BYTES = 32


@dataclass(frozen=True)
class Anchor:
    identity: str  # the hash of the database's first audit event
    events: int  # the number of the last event sealed
    head: str  # its hash
    path: str  # where the database was when sealed
    sealed_at: str  # ISO time, UTC
    valid: bool  # the seal verifies under this installation's key


def _key_path() -> Path:
    return integrity_dir() / "key"


def _anchor_path(identity: str, db_path: Path) -> Path:
    name = hashlib.sha256(f"{identity}\n{db_path.resolve()}".encode()).hexdigest()[:32]
    return integrity_dir() / "anchors" / f"{name}.json"


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _key(create: bool) -> bytes | None:
    path = _key_path()
    with contextlib.suppress(FileNotFoundError):
        return path.read_bytes()
    if not create:
        return None
    _private_folder(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(KEY_BYTES))
    return path.read_bytes()


def _mac(key: bytes, body: dict[str, object]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _read(path: Path, key: bytes | None) -> Anchor | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        body = {k: data[k] for k in ("identity", "events", "head", "path", "sealed_at")}
        mac = str(data["mac"])
    except (OSError, ValueError, KeyError, TypeError):
        return None if not path.exists() else Anchor("", 0, "", str(path), "", valid=False)
    valid = key is not None and hmac.compare_digest(mac, _mac(key, body))
    return Anchor(
        str(body["identity"]),
        int(str(body["events"])),
        str(body["head"]),
        str(body["path"]),
        str(body["sealed_at"]),
        valid,
    )


def seal(db_path: Path, identity: str, events: int, head: str, *, force: bool = False) -> None:
    """Record that the database `identity` reached event `events` with hash `head`. Never moves
    a seal backwards unless `force` (a deliberate restore)."""
    key = _key(create=True)
    assert key is not None
    target = _anchor_path(identity, db_path)
    if not force:
        current = _read(target, key)
        # Never over a seal that does not verify, nor backwards: the evidence stays for `check`.
        if current is not None and (not current.valid or current.events >= events):
            return
    body: dict[str, object] = {
        "identity": identity,
        "events": events,
        "head": head,
        "path": str(db_path.resolve()),
        "sealed_at": datetime.now(UTC).isoformat(),
    }
    _private_folder(target.parent)
    # A name of its own: two threads (the GUI's worker and its main thread) may seal at once.
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(body | {"mac": _mac(key, body)}))
    os.replace(temp, target)


def has_key() -> bool:
    return _key_path().exists()


def find(identity: str, db_path: Path) -> Anchor | None:
    """This database's anchor at this path on this installation, if any (never creates the
    key)."""
    return _read(_anchor_path(identity, db_path), _key(create=False))


def others_at(db_path: Path, identity: str) -> list[Anchor]:
    """Anchors of other databases last sealed at the same path."""
    folder = integrity_dir() / "anchors"
    if not folder.is_dir():
        return []
    key = _key(create=False)
    where = str(db_path.resolve())
    found = (_read(p, key) for p in sorted(folder.glob("*.json")))
    return [a for a in found if a is not None and a.path == where and a.identity != identity]
