"""Review bundles between two laptops: two real database files, each with its own accounts.

The drafter's laptop exports a review bundle; the reviewer's imports it, comments, suggests and
exports a comments bundle; the drafter's imports that. Everything that arrives damaged, tampered
with, badly signed, or for another report is refused with the database unchanged.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from csbm_desktop.domain.edits import SetHeaderField
from csbm_desktop.domain.errors import BadInput, CsbmError, Refused
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import signing
from csbm_desktop.export.archive import SafeZip, ZipLimits
from csbm_desktop.services.bundles import (
    export_comments_bundle,
    export_review_bundle,
    import_bundle,
)
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content
from tests.pki import Pki, make_pki


class Laptop:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.ws = Workspace(path)
        self.staff = add_staff(self.ws)

    def __getitem__(self, name: str) -> Actor:
        return self.staff[name]

    def content(self) -> list[str]:
        return db_content(self.path)


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


@pytest.fixture
def report_id(drafters: Laptop) -> int:
    return create_demo(drafters.ws, drafters["ana.drafter"], state="PER", year=2025).id


def _stick(tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    return stick


def test_a_review_round_trip_between_two_laptops(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    sent = export_review_bundle(drafters.ws, ana, report_id, stick / "peru.csbmx")
    assert sent.kind == "review"
    assert sent.revision == 1
    assert sent.signed_by is None

    got = import_bundle(reviewers.ws, rui, sent.path)
    assert got.report_created
    assert got.new_revisions == 1
    assert got.signature is None
    theirs = DraftingService(reviewers.ws, rui).get(got.report_id)
    mine = DraftingService(drafters.ws, ana).get(report_id)
    assert theirs.uid == mine.uid
    assert theirs.activities == mine.activities
    assert theirs.header == mine.header
    assert theirs.revision == 1
    attachments = [a for act in mine.activities for a in act.attachments]
    assert attachments, "the demo report has attachments: they must travel too"
    for a in attachments:
        info, content = DraftingService(reviewers.ws, rui).attachment(got.report_id, a.uid)
        assert len(content) == a.size == info.size

    # The reviewer comments, with a suggestion, and sends the comments back.
    review = ReviewService(reviewers.ws, rui)
    note = review.comment(got.report_id, "header.poc_name", "Please name the office too.")
    suggestion = review.comment(
        got.report_id,
        "header.poc_email",
        "Use the office address.",
        suggestion="csbm@mindef.gob.pe",
        suggest=True,
    )
    back = export_comments_bundle(reviewers.ws, rui, got.report_id, stick / "comments.csbmx")
    assert back.kind == "comments"
    assert back.comments == 2

    landed = import_bundle(drafters.ws, ana, back.path)
    assert landed.report_id == report_id
    assert landed.new_comments == 2
    assert not landed.stale
    comments = {c.uid: c for c in ReviewService(drafters.ws, ana).comments(report_id)}
    assert comments[note.uid].anchor == "header.poc_name"
    assert comments[note.uid].revision == 1
    assert comments[note.uid].author == "rui.reviewer"
    assert comments[suggestion.uid].suggestion == "csbm@mindef.gob.pe"
    assert comments[suggestion.uid].suggestion_state == "pending"

    # The drafter accepts the suggestion: it becomes a recorded edit here.
    ReviewService(drafters.ws, ana).decide_suggestion(report_id, suggestion.uid, accept=True)
    assert (
        DraftingService(drafters.ws, ana).get(report_id).header["poc_email"] == "csbm@mindef.gob.pe"
    )
    # Both databases still verify: revisions that arrived are recorded in the trail.
    assert check_database(drafters.ws).ok
    assert check_database(reviewers.ws).ok


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    sent = export_review_bundle(drafters.ws, ana, report_id, stick / "r.csbmx")
    first = import_bundle(reviewers.ws, rui, sent.path)
    before = reviewers.content()
    again = import_bundle(reviewers.ws, rui, sent.path)
    assert not again.changed
    assert again.report_id == first.report_id
    assert reviewers.content() == before

    ReviewService(reviewers.ws, rui).comment(first.report_id, "header.poc_name", "Check.")
    back = export_comments_bundle(reviewers.ws, rui, first.report_id, stick / "c.csbmx")
    assert import_bundle(drafters.ws, ana, back.path).new_comments == 1
    before = drafters.content()
    assert not import_bundle(drafters.ws, ana, back.path).changed
    assert drafters.content() == before


def test_a_second_round_brings_new_revisions_and_resolved_threads(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    theirs = import_bundle(
        reviewers.ws, rui, export_review_bundle(drafters.ws, ana, report_id, stick / "1.csbmx").path
    ).report_id
    thread = ReviewService(reviewers.ws, rui).comment(theirs, "header.poc_name", "Who?")
    import_bundle(
        drafters.ws,
        ana,
        export_comments_bundle(reviewers.ws, rui, theirs, stick / "c1.csbmx").path,
    )
    # The drafter answers in the thread, edits the field and sends a new round.
    DraftingService(drafters.ws, ana).apply(
        report_id, [SetHeaderField("poc_name", "Col. Rosa Quispe, Dirección de Política")]
    )
    reply = ReviewService(drafters.ws, ana).comment(
        report_id, "header.poc_name", "Done.", reply_to=thread.uid
    )
    second = export_review_bundle(drafters.ws, ana, report_id, stick / "2.csbmx")
    assert second.revision == 2

    # New content arrives as editing does: only through someone who may draft on that laptop.
    with pytest.raises(Refused):
        import_bundle(reviewers.ws, rui, second.path)
    got = import_bundle(reviewers.ws, reviewers["ana.drafter"], second.path)
    assert got.report_id == theirs
    assert got.new_revisions == 1
    assert got.new_comments == 1
    report = DraftingService(reviewers.ws, rui).get(theirs)
    assert report.header["poc_name"].startswith("Col. Rosa Quispe")
    assert report.revision == 2
    replies = {c.uid: c for c in ReviewService(reviewers.ws, rui).comments(theirs)}
    assert replies[reply.uid].parent_uid == thread.uid

    # The reviewer is satisfied and resolves the thread; the drafter learns it.
    ReviewService(reviewers.ws, rui).resolve(theirs, thread.uid)
    back = import_bundle(
        drafters.ws, ana, export_comments_bundle(reviewers.ws, rui, theirs, stick / "c2.csbmx").path
    )
    assert back.new_comments == 0
    assert back.updated_comments == 1
    # The bundle's word is not enough to close a thread here: it waits for a local reviewer.
    here = {c.uid: c for c in ReviewService(drafters.ws, ana).comments(report_id)}
    assert here[thread.uid].status == "open"
    assert here[thread.uid].pending_resolved_by == "rui.reviewer"
    ReviewService(drafters.ws, drafters["rui.reviewer"]).resolve(report_id, thread.uid)
    here = {c.uid: c for c in ReviewService(drafters.ws, ana).comments(report_id)}
    assert here[thread.uid].status == "resolved"
    assert here[thread.uid].pending_resolved_by is None
    assert check_database(reviewers.ws).ok
    assert check_database(drafters.ws).ok


def test_comments_on_an_older_revision_are_flagged_with_the_diff_since(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    theirs = import_bundle(
        reviewers.ws, rui, export_review_bundle(drafters.ws, ana, report_id, stick / "1.csbmx").path
    ).report_id
    old_name = DraftingService(drafters.ws, ana).get(report_id).header["poc_name"]
    about_name = ReviewService(reviewers.ws, rui).comment(theirs, "header.poc_name", "Typo?")
    about_mail = ReviewService(reviewers.ws, rui).comment(theirs, "header.poc_email", "OK.")
    # Meanwhile the drafter changed the name and saved revision 2.
    drafting = DraftingService(drafters.ws, ana)
    drafting.apply(report_id, [SetHeaderField("poc_name", "Someone Else")])
    drafting.save_revision(report_id, "second draft")

    landed = import_bundle(
        drafters.ws, ana, export_comments_bundle(reviewers.ws, rui, theirs, stick / "c.csbmx").path
    )
    stale = {s.uid: s for s in landed.stale}
    assert set(stale) == {about_name.uid, about_mail.uid}  # both made on revision 1 of 2
    [change] = stale[about_name.uid].changes
    assert change.path == "header.poc_name"
    assert (change.old, change.new) == (old_name, "Someone Else")
    assert stale[about_mail.uid].changes == []  # older, but its field did not change


def test_a_comments_bundle_for_another_report_is_refused(
    drafters: Laptop, reviewers: Laptop, tmp_path: Path
) -> None:
    rui = reviewers["rui.reviewer"]
    other = create_demo(reviewers.ws, reviewers["ana.drafter"], state="CHL", year=2025)
    ReviewService(reviewers.ws, rui).comment(other.id, "header.poc_name", "?")
    bundle = export_comments_bundle(reviewers.ws, rui, other.id, _stick(tmp_path) / "c.csbmx")
    before = drafters.content()
    with pytest.raises(BadInput) as caught:
        import_bundle(drafters.ws, drafters["ana.drafter"], bundle.path)
    assert caught.value.code == "bundle.other_report"
    assert "Chile" in caught.value.message("en") or "CHL" in caught.value.message("en")
    assert drafters.content() == before


def test_comments_from_a_history_that_parted_are_refused(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    ana, rui = drafters["ana.drafter"], reviewers["rui.reviewer"]
    theirs = import_bundle(
        reviewers.ws, rui, export_review_bundle(drafters.ws, ana, report_id, stick / "1.csbmx").path
    ).report_id
    # Someone on the reviewer's laptop saved a revision of their own.
    other_drafter = reviewers["ana.drafter"]
    DraftingService(reviewers.ws, other_drafter).apply(
        theirs, [SetHeaderField("poc_name", "Forked")]
    )
    DraftingService(reviewers.ws, other_drafter).save_revision(theirs, "fork")
    ReviewService(reviewers.ws, rui).comment(theirs, "header.poc_name", "?")
    bundle = export_comments_bundle(reviewers.ws, rui, theirs, stick / "c.csbmx")
    before = drafters.content()
    with pytest.raises(BadInput) as caught:
        import_bundle(drafters.ws, ana, bundle.path)
    assert caught.value.code == "bundle.diverged"
    assert drafters.content() == before


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a zip, replacing (or with None, dropping) some entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info.filename, zin.read(info.filename))
    return dst


def _signed_bundle(
    drafters: Laptop, report_id: int, pki: Pki, out: Path
) -> tuple[Path, dict[str, bytes]]:
    signer = signing.open_signer(
        signing.SignerSpec(kind="p12", p12_path=pki.preparer.p12), pki.preparer.passphrase
    )
    try:
        made = export_review_bundle(drafters.ws, drafters["ana.drafter"], report_id, out, signer)
    finally:
        signing.close_signer(signer)
    assert made.signed_by == pki.preparer.name
    with zipfile.ZipFile(out) as zf:
        return out, {n: zf.read(n) for n in zf.namelist()}


def test_signed_bundles_are_checked_and_tampering_is_refused(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path, pki: Pki
) -> None:
    stick = _stick(tmp_path)
    rui = reviewers["rui.reviewer"]
    bundle, entries = _signed_bundle(drafters, report_id, pki, stick / "signed.csbmx")
    manifest = json.loads(entries["manifest.json"])
    report_json = json.loads(entries["report.json"])
    report_json["report"]["header"]["poc_name"] = "Mallory"
    forged_report = json.dumps(report_json).encode()
    manifest_forged = dict(manifest)
    manifest_forged["files"] = [
        {**f, "sha256": __import__("hashlib").sha256(forged_report).hexdigest()}
        if f["name"] == "report.json"
        else f
        for f in manifest["files"]
    ]
    cases = {
        # an entry changed, manifest untouched
        "tampered": {"report.json": forged_report},
        # the manifest changed to match, the signature no longer does
        "bad_signature": {
            "report.json": forged_report,
            "manifest.json": json.dumps(manifest_forged).encode(),
        },
        # the signature stripped to pass as unsigned
        "stripped": {"manifest.json.p7s": None},
        # an extra file smuggled in
        "extra": {"evil.sh": b"rm -rf /"},
    }
    expected = {
        "tampered": "bundle.tampered",
        "bad_signature": "bundle.bad_signature",
        "stripped": "bundle.tampered",
        "extra": "bundle.tampered",
    }
    before = reviewers.content()
    for name, change in cases.items():
        if name == "extra":
            forged = stick / "extra.csbmx"
            _rewrite(bundle, forged, {})
            with zipfile.ZipFile(forged, "a") as zf:
                zf.writestr("evil.sh", b"rm -rf /")
        else:
            forged = _rewrite(bundle, stick / f"{name}.csbmx", change)
        with pytest.raises(BadInput) as caught:
            import_bundle(reviewers.ws, rui, forged)
        assert caught.value.code == expected[name], name
        assert caught.value.message("es")  # worded in the user's language
        assert reviewers.content() == before, name

    # Trust: only the CAs given count.
    with pytest.raises(BadInput) as caught:
        import_bundle(reviewers.ws, rui, bundle, trust=[pki.other_root_pem])
    assert caught.value.code == "bundle.untrusted"
    assert reviewers.content() == before
    got = import_bundle(reviewers.ws, rui, bundle, trust=[pki.root_pem])
    assert got.signature is not None
    assert got.signature.trusted
    assert got.signature.signer == pki.preparer.name


def test_who_may_exchange_bundles(
    drafters: Laptop, reviewers: Laptop, report_id: int, tmp_path: Path
) -> None:
    stick = _stick(tmp_path)
    with pytest.raises(Refused):  # a reviewer does not send the report out for review
        export_review_bundle(drafters.ws, drafters["rui.reviewer"], report_id, stick / "x.csbmx")
    bundle = export_review_bundle(
        drafters.ws, drafters["ana.drafter"], report_id, stick / "r.csbmx"
    )
    before = reviewers.content()
    with pytest.raises(Refused):  # a clerk neither comments nor imports bundles
        import_bundle(reviewers.ws, reviewers["carl.clerk"], bundle.path)
    assert reviewers.content() == before


def test_what_is_not_a_bundle_is_refused_clearly(reviewers: Laptop, tmp_path: Path) -> None:
    rui = reviewers["rui.reviewer"]
    before = reviewers.content()
    junk = tmp_path / "junk.csbmx"
    junk.write_bytes(b"PK\x03\x04 not really")
    other = tmp_path / "other.csbmx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "something-else"}))
    for path, code in ((junk, "archive.unreadable"), (other, "bundle.not_bundle")):
        with pytest.raises(CsbmError) as caught:
            import_bundle(reviewers.ws, rui, path)
        assert caught.value.code == code
    assert reviewers.content() == before


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("entries", "code"),
    [
        ([("../evil", b"x")], "archive.unsafe_name"),
        ([("a/../../evil", b"x")], "archive.unsafe_name"),
        ([("/etc/passwd", b"x")], "archive.unsafe_name"),
        ([("C:/windows/evil", b"x")], "archive.unsafe_name"),
        ([("a\\..\\evil", b"x")], "archive.unsafe_name"),
        ([("same", b"1"), ("same", b"2")], "archive.duplicate"),
        ([("bomb", b"\0" * (32 * 1024**2))], "archive.too_large"),
    ],
)
def test_hostile_zip_entries_are_refused_before_anything_is_read(
    tmp_path: Path, entries: list[tuple[str, bytes]], code: str
) -> None:
    path = tmp_path / "hostile.zip"
    with (
        pytest.warns(UserWarning, match="Duplicate") if code == "archive.duplicate" else _nothing()
    ):
        path.write_bytes(_zip(entries))
    with pytest.raises(BadInput) as caught:
        SafeZip(path, ZipLimits(max_entry_bytes=16 * 1024**2))
    assert caught.value.code == code


def test_an_entry_that_inflates_beyond_its_declared_size_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "liar.zip"
    path.write_bytes(_zip([("liar", b"A" * 100_000)]))
    data = bytearray(path.read_bytes())
    # Make both the local header and the central directory claim 1000 bytes.
    for offset in (22, data.rfind(b"PK\x01\x02") + 24):
        data[offset : offset + 4] = (1000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with SafeZip(path) as z, pytest.raises(BadInput) as caught:
        z.read("liar")
    assert caught.value.code in ("archive.too_large", "archive.unreadable")


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_bundles_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path, pki: Pki
) -> None:
    from csbm_desktop.cli import main

    laptops = {}
    for name in ("a", "b"):
        laptops[name] = Laptop(tmp_path / f"{name}.sqlite3")
        laptops[name].ws.close()

    def csbm(laptop: str, user: str, *args: str, code: int = 0) -> str:
        db = str(laptops[laptop].path)
        status = main(["--db", db, "--user", user, "--password-file", str(password_file), *args])
        out, err = capsys.readouterr()
        assert status == code, (out, err)
        return out + err

    rid = csbm("a", "ana.drafter", "demo", "--state", "URY").strip()
    secret = tmp_path / "p12-passphrase.txt"
    secret.write_text(pki.preparer.passphrase + "\n")
    review = tmp_path / "uruguay.csbmx"
    said = csbm(
        "a", "ana.drafter", "bundle", "export", rid, str(review),
        "--sign-p12", str(pki.preparer.p12), "--passphrase-file", str(secret),
    )  # fmt: skip
    assert f"signed by {pki.preparer.name}" in said
    said = csbm("b", "rui.reviewer", "bundle", "import", str(review), "--trust", str(pki.root_pem))
    assert "(trusted;" in said
    assert "new report 1: 1 new revisions" in said
    assert "nothing changed" in csbm("b", "rui.reviewer", "bundle", "import", str(review))
    csbm("b", "rui.reviewer", "comment", "1", "--field", "header.poc_name", "--text", "Name it.")
    comments = tmp_path / "comments.csbmx"
    assert "unsigned" in csbm("b", "rui.reviewer", "bundle", "export", "1", str(comments),
                              "--comments")  # fmt: skip
    said = csbm("a", "ana.drafter", "bundle", "import", str(comments))
    assert "unsigned bundle" in said
    assert "1 new comments" in said
    # Refusals are one clear line and exit 2, in the language asked for.
    said = csbm("a", "ana.drafter", "--lang", "es", "bundle", "import", str(review), "--trust",
                str(pki.other_root_pem), code=2)  # fmt: skip
    assert "no proviene de una autoridad de confianza" in said
