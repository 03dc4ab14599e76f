"""A bundle costs memory within a small multiple of its declared sizes, and entries the report
does not use are never read. Measured with tracemalloc around the real import.

Before: 3.7 MB of bundle holding 60 MB of "[],{}," (random, so it passes the zip ratio check)
took 1.6 GB and 47 s to refuse; every attachment listed was read whether used or not.
"""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content
from tests.test_bundle_workflow import write_unsigned

MB = 1024**2


def _peak(action: Callable[[], Any]) -> tuple[Any, int]:
    """(what `action` returned or raised, the peak of Python memory it allocated)."""
    tracemalloc.start()
    try:
        try:
            outcome: Any = action()
        except BadInput as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _dense(size: int, padding: int = 0) -> bytes:
    """`size` bytes of JSON made of empty lists and objects in random order: each costs 56 to 64
    bytes once parsed. Random, so that it compresses only about 16 times."""
    bits = os.urandom(size // (3 + padding))
    pad = b" " * padding
    body = bits.translate(bytes(b"[{"[i & 1] for i in range(256)))
    body = body.replace(b"[", b"[]" + pad + b",").replace(b"{", b"{}" + pad + b",")
    return b"[" + body + b"[]]"


def _comments_bundle(tmp_path: Path, comments: bytes) -> Path:
    manifest = {
        "format": "csbm-bundle",
        "format_version": 1,
        "kind": "comments",
        "report": "00000000-0000-0000-0000-000000000000",
        "revision": 1,
        "signed": False,
    }
    entries = {
        "manifest.json": json.dumps(manifest).encode(),
        "comments.json": comments,
        "revisions.json": b"[]",
    }
    return write_unsigned(entries, tmp_path / "dense.csbmx")


@pytest.mark.parametrize("padding", [0, 12])
def test_a_small_bundle_of_dense_json_cannot_blow_up_memory(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path, padding: int
) -> None:
    declared = 8 * MB
    bundle = _comments_bundle(tmp_path, _dense(declared, padding))
    assert bundle.stat().st_size < declared / 8  # small on the stick
    before = db_content(workspace.path)
    outcome, peak = _peak(lambda: import_bundle(workspace, staff["ana.drafter"], bundle))
    assert isinstance(outcome, BadInput)
    assert outcome.code == "bundle.not_bundle"
    # Refused before parsing (no padding) or after a bounded parse (padded to pass the check).
    assert peak < (3 if padding == 0 else 12) * declared, f"{peak / MB:.0f} MB"
    assert db_content(workspace.path) == before


def test_entries_the_report_does_not_use_are_not_read(
    workspace: Workspace, drafter: Actor, demo: Report, tmp_path: Path
) -> None:
    bundle = export_review_bundle(workspace, drafter, demo.id, tmp_path / "r.csbmx").path
    with zipfile.ZipFile(bundle) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    unused = os.urandom(16 * MB)  # incompressible: the file on the stick holds all of it
    entries["attachments/" + hashlib.sha256(unused).hexdigest()] = unused
    padded = write_unsigned(entries, tmp_path / "padded.csbmx")
    del unused, entries
    other = Workspace(tmp_path / "other.sqlite3")
    try:
        rui = add_staff(other)["rui.reviewer"]
        got, peak = _peak(lambda: import_bundle(other, rui, padded))
        assert not isinstance(got, BadInput), got
        assert got.report_created
        assert peak < 12 * MB, f"{peak / MB:.0f} MB"
    finally:
        other.close()
