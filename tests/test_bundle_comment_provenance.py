"""Comment authors are not taken on a bundle's word: comments that arrive are stored as "from an
unsigned bundle" or "from a bundle signed by X", authors unknown here are shown as such, and a
resolution a bundle claims keeps the thread open (blocking approval) until a reviewer here
confirms it."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from csbm_desktop.domain.errors import Refused
from csbm_desktop.export import signing
from csbm_desktop.services.bundles import (
    export_comments_bundle,
    export_review_bundle,
    import_bundle,
)
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.review import ReviewService
from tests.pki import Pki, make_pki
from tests.test_bundle_workflow import write_unsigned
from tests.test_bundles import Laptop


@pytest.fixture
def drafters(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "drafter.sqlite3")
    yield laptop
    laptop.ws.close()


@pytest.fixture
def reviewers(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "reviewer.sqlite3")
    yield laptop
    laptop.ws.close()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _round(drafters: Laptop, reviewers: Laptop, tmp_path: Path) -> tuple[int, int, str]:
    """The drafter sends the report and submits it; the reviewer comments on their copy.
    (drafter's report id, reviewer's report id, the thread's uid)"""
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    mine = create_demo(drafters.ws, ana, state="ECU", year=2025).id
    sent = export_review_bundle(drafters.ws, ana, mine, tmp_path / "r.csbmx")
    ReviewService(drafters.ws, ana).transition(mine, "submit")
    theirs = import_bundle(reviewers.ws, rui, sent.path).report_id
    thread = ReviewService(reviewers.ws, rui).comment(theirs, "header.poc_name", "Rank?")
    return mine, theirs, thread.uid


def test_forged_authors_and_resolutions_are_shown_as_such(
    drafters: Laptop,
    reviewers: Laptop,
    tmp_path: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mine, theirs, thread = _round(drafters, reviewers, tmp_path)
    honest = export_comments_bundle(
        reviewers.ws, reviewers["rui.reviewer"], theirs, tmp_path / "c.csbmx"
    )
    with zipfile.ZipFile(honest.path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    comments = json.loads(entries["comments.json"])
    comments[0] |= {
        "status": "resolved",
        "resolved_by": "olga.officer",
        "resolved_at": comments[0]["created_at"],
    }
    comments.append(
        comments[0]
        | {
            "uid": "99999999-9999-9999-9999-999999999999",
            "author": "nobody.here",
            "text": "Approved by the minister.",
            "status": "open",
            "resolved_by": None,
            "resolved_at": None,
        }
    )
    entries["comments.json"] = json.dumps(comments).encode()
    forged = write_unsigned(entries, tmp_path / "forged.csbmx")

    ana, rui_here = drafters["ana.drafter"], drafters["rui.reviewer"]
    got = import_bundle(drafters.ws, ana, forged)
    assert got.new_comments == 2
    here = {c.uid: c for c in ReviewService(drafters.ws, ana).comments(mine)}
    claimed, stranger = here[thread], here["99999999-9999-9999-9999-999999999999"]
    assert claimed.provenance == stranger.provenance == "unsigned"
    assert claimed.imported
    assert claimed.signed_by is None
    assert claimed.status == "open"
    assert claimed.resolved_by is None
    assert claimed.pending_resolved_by == "olga.officer"
    assert claimed.author_known  # rui.reviewer has an account here too
    assert not stranger.author_known

    # The claimed resolution does not unblock approval; the stranger's thread is open anyway.
    with pytest.raises(Refused) as caught:
        ReviewService(drafters.ws, rui_here).transition(mine, "approve")
    assert caught.value.code == "review.open_comments"
    # A bundle cannot make someone here the author of a thread they may then close.
    with pytest.raises(Refused):
        ReviewService(drafters.ws, drafters["olga.officer"]).resolve(mine, thread)
    # The command line says the same.
    from csbm_desktop.cli import main

    status = main(["--db", str(drafters.path), "--user", "ana.drafter", "--password-file",
                   str(password_file), "comments", str(mine)])  # fmt: skip
    listed = capsys.readouterr().out
    assert status == 0
    assert "nobody.here (no such user here)" in listed
    assert "[from an unsigned bundle]" in listed
    assert "[resolved by olga.officer per the bundle: not yet confirmed here]" in listed
    # A reviewer here confirms; the trail says whose claim was confirmed.
    ReviewService(drafters.ws, rui_here).resolve(mine, thread)
    ReviewService(drafters.ws, rui_here).resolve(mine, stranger.uid)
    from csbm_desktop.services.audit_trail import AuditTrailService

    events = AuditTrailService(drafters.ws, drafters["root"]).events(action_prefix="comment.")
    assert any(e.details.get("confirms_bundle_resolution_by") == "olga.officer" for e in events)
    assert ReviewService(drafters.ws, rui_here).transition(mine, "approve") == "approved"


def test_a_signed_bundle_names_its_signer(
    drafters: Laptop, reviewers: Laptop, tmp_path: Path, pki: Pki
) -> None:
    mine, theirs, thread = _round(drafters, reviewers, tmp_path)
    signer = signing.open_signer(
        signing.SignerSpec(kind="p12", p12_path=pki.officer.p12), pki.officer.passphrase
    )
    try:
        bundle = export_comments_bundle(
            reviewers.ws, reviewers["rui.reviewer"], theirs, tmp_path / "c.csbmx", signer
        )
    finally:
        signing.close_signer(signer)
    import_bundle(drafters.ws, drafters["ana.drafter"], bundle.path, trust=[pki.root_pem])
    [comment] = ReviewService(drafters.ws, drafters["ana.drafter"]).comments(mine)
    assert comment.uid == thread
    assert comment.provenance == f"signed:{pki.officer.name}"
    assert comment.signed_by == pki.officer.name


def test_a_comment_made_here_keeps_no_provenance(drafters: Laptop) -> None:
    ana = drafters["ana.drafter"]
    rid = create_demo(drafters.ws, ana, state="ECU", year=2025).id
    made = ReviewService(drafters.ws, ana).comment(rid, "header.poc_name", "Note.")
    assert made.provenance is None
    ReviewService(drafters.ws, ana).resolve(rid, made.uid)  # its own author may resolve it


def test_a_database_from_before_provenance_is_upgraded_by_the_app(tmp_path: Path) -> None:
    """Migration 0004_comments through the application's own start-up path: comments already
    there were made locally (no provenance, nothing pending) and the schema matches the models."""
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from csbm_desktop.services.workspace import Workspace
    from csbm_desktop.storage.migrate import alembic_config, head_revision

    db = tmp_path / "old.sqlite3"
    laptop = Laptop(db)
    ana = laptop["ana.drafter"]
    rid = create_demo(laptop.ws, ana, state="ECU", year=2025).id
    made = ReviewService(laptop.ws, ana).comment(rid, "header.poc_name", "Before.")
    laptop.ws.close()
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    with engine.connect() as conn:
        assert "provenance" not in {c["name"] for c in inspect(conn).get_columns("comment")}
    engine.dispose()

    ws = Workspace(db)
    try:
        from csbm_desktop.storage import backups as store

        assert store.schema_revision(db) == head_revision()
        [comment] = ReviewService(ws, ana).comments(rid)
        assert comment.uid == made.uid
        assert (comment.provenance, comment.pending_resolved_by) == (None, None)
        ReviewService(ws, ana).resolve(rid, made.uid)  # still the author's own comment
    finally:
        ws.close()
