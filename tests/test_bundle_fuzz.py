"""Hostile bundles: whatever arrives on a stick, importing it raises a clear `CsbmError` or
imports exactly what an intact bundle would; it never crashes, hangs or half-writes.

The database is copied for every example, so each starts from the same state and "unchanged"
is checked by comparing every row before and after.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.services.bundles import (
    export_comments_bundle,
    export_review_bundle,
    import_bundle,
)
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content


class Setting:
    """A drafter's database with a report, the review bundle it sent, and the comments bundle
    a reviewer sent back (not yet imported)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.drafter_db = root / "drafter.sqlite3"
        ws = Workspace(self.drafter_db)
        staff = add_staff(ws)
        report = create_demo(ws, staff["ana.drafter"], state="COL", year=2025)
        self.review = export_review_bundle(ws, staff["ana.drafter"], report.id, root / "r.csbmx")
        ws.close()
        reviewer = Workspace(root / "reviewer.sqlite3")
        rstaff = add_staff(reviewer)
        rui = rstaff["rui.reviewer"]
        theirs = import_bundle(reviewer, rui, self.review.path).report_id
        thread = ReviewService(reviewer, rui).comment(theirs, "header.poc_name", "¿Rango?")
        ReviewService(reviewer, rui).comment(
            theirs, "header.poc_email", "Oficina.", suggestion="x@y.gov.co", suggest=True
        )
        ReviewService(reviewer, rui).comment(theirs, "header.poc_name", "Sí.", reply_to=thread.uid)
        self.comments = export_comments_bundle(reviewer, rui, theirs, root / "c.csbmx")
        reviewer.close()
        self.expected: dict[str, list[str]] = {}
        for name, bundle in (("review", self.review.path), ("comments", self.comments.path)):
            target = self.fresh(f"expected-{name}")
            ws = Workspace(target)
            try:
                import_bundle(ws, add_staff_names(ws)["ana.drafter"], bundle)
            finally:
                ws.close()
            self.expected[name] = db_content(target)

    def fresh(self, name: str) -> Path:
        target = self.root / f"{name}.sqlite3"
        target.unlink(missing_ok=True)
        shutil.copyfile(self.drafter_db, target)
        return target


def add_staff_names(ws: Workspace) -> dict[str, Any]:
    from csbm_desktop.services.accounts import AccountService

    accounts = AccountService(ws)
    return {name: accounts.actor(name) for name in ("ana.drafter", "rui.reviewer")}


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    return Setting(tmp_path_factory.mktemp("bundles"))


def _try(setting: Setting, data: bytes, tag: str) -> tuple[str, list[str], list[str]]:
    """Import `data` as a bundle into a fresh copy of the drafter's database: ("refused" or
    "imported", content before, content after)."""
    db = setting.fresh("fuzz")
    path = setting.root / f"fuzz-{tag}.csbmx"
    path.write_bytes(data)
    before = db_content(db)
    ws = Workspace(db)
    try:
        import_bundle(ws, add_staff_names(ws)["ana.drafter"], path)
        outcome = "imported"
    except CsbmError as exc:
        words = (exc.message("es"), exc.message("en"))
        outcome = "refused"
    finally:
        ws.close()
    if outcome == "refused":
        assert all(words), "a refusal says why"
    return outcome, before, db_content(db)


def _strip_volatile(rows: list[str]) -> list[str]:
    """Audit rows carry the time of import and chain hashes: compare everything else."""
    return [r for r in rows if "audit_event" not in r]


def _check(setting: Setting, kind: str, data: bytes, tag: str) -> None:
    outcome, before, after = _try(setting, data, tag)
    if outcome == "refused":
        assert after == before
    else:  # what survived mutation intact must import exactly as the intact bundle
        assert _strip_volatile(after) == _strip_volatile(setting.expected[kind])


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=st.data())
def test_flipped_bytes_and_truncation(setting: Setting, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["review", "comments"]))
    original = (setting.review if kind == "review" else setting.comments).path.read_bytes()
    mutated = bytearray(original)
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(original) - 1))
        mutated = mutated[:cut]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(mutated) - 1))
            mutated[i] ^= data.draw(st.integers(1, 255))
    _check(setting, kind, bytes(mutated), "bytes")


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _repack(entries: dict[str, bytes], changed: dict[str, bytes]) -> bytes:
    """An unsigned bundle whose manifest matches its (changed) entries: a hostile sender."""
    merged = {**entries, **changed}
    merged.pop("manifest.json.p7s", None)
    manifest = json.loads(merged.pop("manifest.json"))
    manifest["signed"] = False
    manifest["files"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in sorted(merged.items())
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, content in merged.items():
            zf.writestr(name, content)
    return buffer.getvalue()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(data=st.data())
def test_consistent_but_hostile_content(setting: Setting, data: st.DataObject) -> None:
    """The manifest matches, so only the content checks stand between the file and the
    database: wrong types, unknown fields, wrong revisions, replies to nothing, other reports."""
    entries = _entries(setting.comments.path)
    comments = json.loads(entries["comments.json"])
    which = data.draw(st.integers(0, len(comments) - 1))
    key = data.draw(st.sampled_from([*sorted(comments[which]), "extra"]))
    comments[which][key] = data.draw(
        json_values
        | st.sampled_from(
            [
                "header.nope",
                "../../etc/passwd",
                "activities.nope.title",
                999,
                -1,
                "x" * 100_000,
                "resolved",
                "accepted",
            ]
        )
    )
    raw = json.dumps(comments, allow_nan=True).encode()
    outcome, before, after = _try(setting, _repack(entries, {"comments.json": raw}), "content")
    if outcome == "refused":
        assert after == before
        return
    # Accepted (an unsigned bundle may say anything a reviewer could have typed): the database
    # is sound and every comment reads back.
    ws = Workspace(setting.root / "fuzz.sqlite3")
    try:
        from csbm_desktop.services.integrity import check_database

        # anchored=False: the fuzz puts fresh copies at one path, a rollback to the seal
        assert check_database(ws, anchored=False).ok
        rows = ReviewService(ws, add_staff_names(ws)["ana.drafter"]).comments(1)
        assert len(rows) == len(comments)
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("comments.json", b"[" * 100_000 + b"]" * 100_000),  # nesting deeper than the parser
        ("comments.json", "[]".encode("utf-16")),  # the wrong encoding
        ("comments.json", b"\xff\xfe\x00garbage"),
        ("revisions.json", b'[{"number": 1, "sha256": "' + b"0" * 64 + b'"}]'),  # other history
        ("revisions.json", b'[{"number": 7, "sha256": "x"}]'),
        ("revisions.json", b"{}"),
        ("manifest.json", b'{"format": "csbm-bundle", "format_version": 1, "kind": "comments"}'),
    ],
)
def test_hand_made_hostile_entries(setting: Setting, name: str, content: bytes) -> None:
    entries = _entries(setting.comments.path)
    if name == "manifest.json":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("manifest.json", content)
        data = buffer.getvalue()
    else:
        data = _repack(entries, {name: content})
    outcome, before, after = _try(setting, data, "hand")
    assert outcome == "refused"
    assert after == before


def test_a_review_bundle_cannot_smuggle_another_report(setting: Setting) -> None:
    """The manifest names one report, report.json holds another: refused."""
    entries = _entries(setting.review.path)
    manifest = json.loads(entries["manifest.json"])
    manifest["report"] = "00000000-0000-0000-0000-000000000000"
    entries["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in entries.items():
            if name != "manifest.json.p7s":
                zf.writestr(name, content)
    manifest_only = json.loads(entries["manifest.json"])
    manifest_only["signed"] = False
    data = _repack(
        {k: v for k, v in entries.items() if k != "manifest.json"}
        | {"manifest.json": json.dumps(manifest_only).encode()},
        {},
    )
    outcome, before, after = _try(setting, data, "smuggle")
    assert outcome == "refused"
    assert after == before


# --- every status: a bundle changes a report only where the workflow lets it ---

COMMENTS_REFUSED_IN = {"final", "transmitted"}  # as for comments typed there


class Statuses:
    """For each workflow status, a laptop whose copy of a report is in that status (its file,
    closed), and two bundles an insider could make from that laptop's own export: one with a
    new revision, one with only a new comment."""

    def __init__(self, root: Path) -> None:
        from tests.test_bundle_workflow import PATHS, next_round, write_unsigned

        self.root = root
        sender = Workspace(root / "sender.sqlite3")
        ana = add_staff(sender)["ana.drafter"]
        report = create_demo(sender, ana, state="GTM", year=2025)
        first = export_review_bundle(sender, ana, report.id, root / "first.csbmx").path
        sender.close()
        self.files: dict[str, Path] = {}
        self.bundles: dict[tuple[str, str], Path] = {}
        for status, steps in PATHS.items():
            path = root / f"{status}.sqlite3"
            ws = Workspace(path)
            staff = add_staff(ws)
            rid = import_bundle(ws, staff["rui.reviewer"], first).report_id
            for action, who in steps:
                extra = {"channel": "pouch"} if action == "transmit" else {}
                ReviewService(ws, staff[who]).transition(rid, action, **extra)
            own = export_review_bundle(ws, staff["ana.drafter"], rid, root / f"{status}-own.csbmx")
            ws.close()
            self.files[status] = path
            self.bundles[(status, "revision")] = next_round(
                own.path, root / f"{status}-revision.csbmx"
            )
            with zipfile.ZipFile(own.path) as zf:
                entries = {n: zf.read(n) for n in zf.namelist()}
            comment = {
                "uid": "77777777-7777-7777-7777-777777777777",
                "parent_uid": None,
                "anchor": "header.poc_name",
                "revision": 1,
                "author": "rui.reviewer",
                "created_at": "2026-01-05T10:00:00+00:00",
                "text": "Rank?",
                "status": "resolved",
                "resolved_by": "olga.officer",
                "resolved_at": "2026-01-05T11:00:00+00:00",
            }
            entries["comments.json"] = json.dumps([comment]).encode()
            self.bundles[(status, "comment")] = write_unsigned(
                entries, root / f"{status}-comment.csbmx"
            )

    def fresh(self, status: str) -> Path:
        target = self.root / "attempt.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.files[status], target)
        return target


@pytest.fixture(scope="module")
def statuses(tmp_path_factory: pytest.TempPathFactory) -> Statuses:
    return Statuses(tmp_path_factory.mktemp("statuses"))


@pytest.mark.parametrize(
    "status", ["draft", "in_review", "changes_requested", "approved", "final", "transmitted"]
)
@pytest.mark.parametrize("kind", ["revision", "comment"])
@pytest.mark.parametrize("user", ["ana.drafter", "rui.reviewer", "olga.officer", "carl.clerk"])
def test_bundles_against_reports_in_every_status(
    statuses: Statuses, status: str, kind: str, user: str
) -> None:
    from csbm_desktop.services.drafting import DraftingService

    db = statuses.fresh(status)
    before = db_content(db)
    ws = Workspace(db)
    try:
        actor = add_staff_names_all(ws)[user]
        said = ""
        try:
            got = import_bundle(ws, actor, statuses.bundles[(status, kind)])
        except CsbmError as exc:
            said, got = exc.message("es"), None
        report = DraftingService(ws, add_staff_names_all(ws)["ana.drafter"]).get(1)
    finally:
        ws.close()
    if kind == "revision":
        allowed = status in ("draft", "changes_requested") and user == "ana.drafter"
    else:
        allowed = status not in COMMENTS_REFUSED_IN and user != "carl.clerk"
    if not allowed:
        assert got is None, (status, kind, user)
        assert said  # refused in words
        assert db_content(db) == before
        return
    assert got is not None, (status, kind, user)
    assert report.status == status  # importing never moves the workflow
    if kind == "revision":
        assert got.new_revisions == 1
        assert report.header["poc_name"] == "Mallory"
    else:
        assert (got.new_revisions, got.new_comments, got.pending_resolutions) == (0, 1, 1)
        assert report.header["poc_name"] != "Mallory"


def add_staff_names_all(ws: Workspace) -> dict[str, Any]:
    from csbm_desktop.services.accounts import AccountService

    accounts = AccountService(ws)
    return {
        name: accounts.actor(name)
        for name in ("ana.drafter", "rui.reviewer", "olga.officer", "carl.clerk")
    }
