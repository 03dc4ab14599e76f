"""The workflow holds for review bundles too: a bundle carrying new revisions changes a report
only where typing could (a drafter, a draft or a report sent back for changes), and is
refused otherwise with the database file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from csbm_desktop.domain.errors import Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content

# The steps that bring a freshly imported draft to each status, and who takes them.
PATHS: dict[str, list[tuple[str, str]]] = {
    "draft": [],
    "in_review": [("submit", "ana.drafter")],
    "changes_requested": [("submit", "ana.drafter"), ("request_changes", "rui.reviewer")],
    "approved": [("submit", "ana.drafter"), ("approve", "rui.reviewer")],
    "final": [
        ("submit", "ana.drafter"),
        ("approve", "rui.reviewer"),
        ("finalize", "olga.officer"),
    ],
    "transmitted": [
        ("submit", "ana.drafter"),
        ("approve", "rui.reviewer"),
        ("finalize", "olga.officer"),
        ("transmit", "carl.clerk"),
    ],
}
EDITABLE = {"draft", "changes_requested"}


class Rounds:
    """A drafter's laptop sent a review bundle of its report (revision 1)."""

    def __init__(self, root: Path) -> None:
        ws = Workspace(root / "sender.sqlite3")
        ana = add_staff(ws)["ana.drafter"]
        report = create_demo(ws, ana, state="PRY", year=2025)
        self.first = export_review_bundle(ws, ana, report.id, root / "round1.csbmx").path
        ws.close()


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> Rounds:
    return Rounds(tmp_path_factory.mktemp("rounds"))


def _canonical(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def next_round(bundle: Path, out: Path, name: str = "Mallory") -> Path:
    """The bundle with one more revision, whose content names another point of contact: the
    same history as the laptop it goes to, plus one change (unsigned, manifest consistent)."""
    with zipfile.ZipFile(bundle) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    document = json.loads(entries["report.json"])
    last = document["revisions"][-1]
    snapshot = json.loads(json.dumps(last["snapshot"]))
    snapshot["report"]["header"]["poc_name"] = name
    document["revisions"].append(
        {
            **{k: v for k, v in last.items() if k != "snapshot"},
            "number": last["number"] + 1,
            "message": "forged",
            "content_sha256": hashlib.sha256(_canonical(snapshot).encode()).hexdigest(),
            "snapshot": snapshot,
        }
    )
    document["report"] = snapshot["report"]
    entries["report.json"] = json.dumps(document).encode()
    return write_unsigned(entries, out)


def write_unsigned(entries: dict[str, bytes], out: Path) -> Path:
    """A bundle of `entries` whose manifest matches them, unsigned: what anyone can make."""
    entries = dict(entries)
    entries.pop("manifest.json.p7s", None)
    manifest = json.loads(entries.pop("manifest.json"))
    manifest["signed"] = False
    manifest["files"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in sorted(entries.items())
    ]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, content in entries.items():
            zf.writestr(name, content)
    return out


class Receiver:
    """The other laptop: its own accounts, the first round imported, then moved to a status."""

    def __init__(self, path: Path, rounds: Rounds, status: str) -> None:
        self.path = path
        self.ws = Workspace(path)
        self.staff = add_staff(self.ws)
        self.report_id = import_bundle(self.ws, self.staff["rui.reviewer"], rounds.first).report_id
        review = ReviewService
        for action, who in PATHS[status]:
            extra = {"channel": "pouch"} if action == "transmit" else {}
            review(self.ws, self.staff[who]).transition(self.report_id, action, **extra)
        # What an insider can make from this laptop's own export: its history, plus a change.
        own = export_review_bundle(
            self.ws, self.staff["ana.drafter"], self.report_id, path.parent / "own.csbmx"
        )
        self.hostile = next_round(own.path, path.parent / "hostile.csbmx")

    def actor(self, name: str) -> Actor:
        return self.staff[name]

    def file(self) -> bytes:
        """The database file as it is at rest (closed: nothing left in the write-ahead log)."""
        self.ws.close()
        data = self.path.read_bytes()
        self.ws = Workspace(self.path)
        return data


@pytest.fixture
def receiver(request: pytest.FixtureRequest, tmp_path: Path, rounds: Rounds) -> Iterator[Receiver]:
    laptop = Receiver(tmp_path / "receiver.sqlite3", rounds, request.param)
    yield laptop
    laptop.ws.close()


@pytest.mark.parametrize("receiver", list(PATHS), indirect=True)
@pytest.mark.parametrize("user", ["ana.drafter", "rui.reviewer"])
def test_new_revisions_arrive_only_where_editing_is_allowed(
    receiver: Receiver, rounds: Rounds, user: str
) -> None:
    was = DraftingService(receiver.ws, receiver.actor(user)).get(receiver.report_id)
    status = was.status
    before = receiver.file()
    if status in EDITABLE and user == "ana.drafter":
        got = import_bundle(receiver.ws, receiver.actor(user), receiver.hostile)
        assert got.new_revisions == 1
        report = DraftingService(receiver.ws, receiver.actor(user)).get(receiver.report_id)
        assert report.header["poc_name"] == "Mallory"
        assert report.status == status
        assert check_database(receiver.ws).ok  # recorded in the trail
        # ... as a content change: the importer may not approve what they brought in.
        editors = ReviewService(receiver.ws, receiver.actor(user)).editors(receiver.report_id)
        assert user in editors
        return
    with pytest.raises(Refused) as caught:
        import_bundle(receiver.ws, receiver.actor(user), receiver.hostile)
    assert caught.value.code == ("report.not_editable" if user == "ana.drafter" else "role.missing")
    assert caught.value.message("pt")
    receiver.ws.close()
    assert receiver.path.read_bytes() == before
    receiver.ws = Workspace(receiver.path)
    report = DraftingService(receiver.ws, receiver.actor(user)).get(receiver.report_id)
    assert report.header["poc_name"] != "Mallory"
    assert report.revision == was.revision


@pytest.mark.parametrize("receiver", ["final"], indirect=True)
def test_the_command_line_refuses_a_bundle_for_a_final_report(
    receiver: Receiver,
    rounds: Rounds,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The attack as it was found: a reviewer-only account imports an unsigned bundle with a
    new revision of a final report. The command line records the sign-in; nothing else."""
    from csbm_desktop.cli import main

    receiver.ws.close()
    before = db_content(receiver.path)
    status = main(
        ["--db", str(receiver.path), "--user", "rui.reviewer", "--password-file",
         str(password_file), "bundle", "import", str(receiver.hostile)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 2, (out, err)
    assert "drafter" in err
    after = db_content(receiver.path)
    added = [row for row in after if row not in before]
    assert [r for r in before if r not in after] == []
    assert all("auth.signin" in r or "sqlite_sequence" in r for r in added), added
    receiver.ws = Workspace(receiver.path)


@pytest.mark.parametrize("receiver", ["in_review"], indirect=True)
def test_comments_still_arrive_for_a_report_in_review(receiver: Receiver, tmp_path: Path) -> None:
    """A bundle with no new revision but a new comment (made on a twin of this laptop): the
    comment comes in although the report is in review."""
    twin_path = tmp_path / "twin.sqlite3"
    receiver.file()
    shutil.copyfile(receiver.path, twin_path)
    twin = Workspace(twin_path)
    try:
        rui, ana = (AccountService(twin).actor(n) for n in ("rui.reviewer", "ana.drafter"))
        ReviewService(twin, rui).comment(receiver.report_id, "header.poc_name", "Rank?")
        bundle = export_review_bundle(twin, ana, receiver.report_id, tmp_path / "twin.csbmx")
    finally:
        twin.close()
    got = import_bundle(receiver.ws, receiver.actor("rui.reviewer"), bundle.path)
    assert got.new_revisions == 0
    assert got.new_comments == 1
