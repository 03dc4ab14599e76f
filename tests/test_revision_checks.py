"""Every revision is checked against its form wherever it enters the working copy: a JSON
import, a review bundle, and History › Restore of a revision stored before the check existed.
A state "ZZZ", a measure "m999", an unknown field or a value of the wrong type is refused with
a message naming it, and the database stays as it was.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop.domain.checks import RevisionMisfit
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.documents import export_json, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import reports as store
from tests.conftest import add_staff, db_content
from tests.test_bundle_workflow import write_unsigned


def _state(r: dict[str, Any]) -> None:
    r["state"] = "ZZZ"


def _measure(r: dict[str, Any]) -> None:
    r["measures"][0]["measure_id"] = "m999"


def _field(r: dict[str, Any]) -> None:
    r["header"]["no_such_field"] = "x"


def _type(r: dict[str, Any]) -> None:
    r["header"]["poc_name"] = 42


def _activity_type(r: dict[str, Any]) -> None:
    r["activities"][0]["values"]["characteristics"] = "all of them"


MISFITS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "state ZZZ": (_state, "ZZZ"),
    "measure m999": (_measure, "m999"),
    "unknown field": (_field, "no_such_field"),
    "wrong type": (_type, "poc_name"),
    "wrong type in an activity": (_activity_type, "characteristics"),
}


def _canonical(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _spoil(document: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> None:
    """Spoil revision 1 only (the working copy stays sound), its hash recomputed to match."""
    revision = document["revisions"][0]
    change(revision["snapshot"]["report"])
    revision["content_sha256"] = hashlib.sha256(
        _canonical(revision["snapshot"]).encode()
    ).hexdigest()


def _refused(caught: pytest.ExceptionInfo[RevisionMisfit], named: str) -> None:
    assert caught.value.number == 1
    for lang in ("en", "es", "fr", "pt"):
        said = caught.value.message(lang)
        assert named in said, said
        assert "1" in said


@pytest.mark.parametrize("case", list(MISFITS))
def test_a_json_import_with_a_misfit_revision_is_refused(
    workspace: Workspace, drafter: Actor, demo: Report, tmp_path: Path, case: str
) -> None:
    DraftingService(workspace, drafter).save_revision(demo.id, "one")
    out = tmp_path / "report.json"
    export_json(workspace, drafter, demo.id, out)
    document = json.loads(out.read_text())
    document["report"]["uid"] = "11111111-1111-1111-1111-111111111111"
    for revision in document["revisions"]:
        revision["snapshot"]["report"]["uid"] = document["report"]["uid"]
        revision["content_sha256"] = hashlib.sha256(
            _canonical(revision["snapshot"]).encode()
        ).hexdigest()
    for activity in document["report"]["activities"]:  # activity ids are unique per database
        activity["uid"] = "x" + activity["uid"][1:]
    change, named = MISFITS[case]
    _spoil(document, change)
    out.write_text(json.dumps(document))
    before = db_content(workspace.path)
    with pytest.raises(RevisionMisfit) as caught:
        import_json(workspace, drafter, out)
    _refused(caught, named)
    assert db_content(workspace.path) == before


@pytest.mark.parametrize("case", list(MISFITS))
def test_a_bundle_with_a_misfit_revision_is_refused(
    workspace: Workspace, drafter: Actor, demo: Report, tmp_path: Path, case: str
) -> None:
    bundle = export_review_bundle(workspace, drafter, demo.id, tmp_path / "r.csbmx").path
    with zipfile.ZipFile(bundle) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    document = json.loads(entries["report.json"])
    change, named = MISFITS[case]
    _spoil(document, change)
    entries["report.json"] = json.dumps(document).encode()
    forged = write_unsigned(entries, tmp_path / "forged.csbmx")
    other = Workspace(tmp_path / "other.sqlite3")
    try:
        rui = add_staff(other)["rui.reviewer"]
        before = db_content(other.path)
        with pytest.raises(RevisionMisfit) as caught:
            import_bundle(other, rui, forged)
        _refused(caught, named)
        assert db_content(other.path) == before
    finally:
        other.close()


@pytest.mark.parametrize("case", list(MISFITS))
def test_restoring_a_misfit_revision_is_refused(
    workspace: Workspace, drafter: Actor, demo: Report, case: str
) -> None:
    """A revision that reached the database before imports were checked: History › Restore
    (the same service call) refuses to put it into the working copy."""
    drafting = DraftingService(workspace, drafter)
    drafting.save_revision(demo.id, "sound")
    with workspace.db.session() as s:
        snapshot = json.loads(store.revision_snapshot(s, demo.id, 1))
        change, named = MISFITS[case]
        change(snapshot["report"])
        text = _canonical(snapshot)
        store.add_revision(
            s,
            demo.id,
            when=utc_now(),
            author="someone",
            message="arrived unchecked",
            snapshot=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
    number = drafting.revisions(demo.id)[-1].number
    before = db_content(workspace.path)
    with pytest.raises(RevisionMisfit) as caught:
        drafting.restore_revision(demo.id, number)
    assert caught.value.number == number
    assert named in caught.value.message("fr")
    assert db_content(workspace.path) == before
    drafting.restore_revision(demo.id, 1)  # a sound revision still restores
