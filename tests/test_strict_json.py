"""Report files and bundles are parsed strictly: JSON that Python would read but that no export
of ours holds (a key twice, NaN, a fractional or quoted year, a 10 MB uid, nesting past any
report's) is refused with its reason, and the database is left as it was."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop import strict_json
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.bundles import export_review_bundle, import_bundle
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.documents import export_document, import_json
from csbm_desktop.services.workspace import Workspace
from tests.conftest import db_content


@pytest.fixture
def exported(workspace: Workspace, drafter: Actor) -> dict[str, Any]:
    report = create_demo(workspace, drafter, state="PAN", year=2024)
    document = export_document(workspace, drafter, report.id)
    from csbm_desktop.services.drafting import DraftingService

    DraftingService(workspace, drafter).delete(report.id)  # so that importing it is new
    return document


def hostile_texts(doc: dict[str, Any]) -> dict[str, str]:
    """Each case as the text of a whole file, built from a good export."""
    good = json.dumps(doc)
    report = json.dumps(doc["report"])
    uid = doc["report"]["uid"]

    def with_report(**changes: object) -> str:
        return json.dumps({**doc, "report": {**doc["report"], **changes}})

    activity = doc["report"]["activities"][0]
    return {
        # The second "report" would win in Python; another reader might take the first.
        "twice": good[:-1] + ', "report": ' + report + "}",
        "float year": with_report(year=2024.0),
        "quoted year": with_report(year="2024"),
        "boolean year": with_report(year=True),
        "NaN": good.replace(f'"year": {doc["report"]["year"]}', '"year": NaN'),
        "Infinity": good[:-1] + ', "extra": -Infinity}',
        "huge uid": good.replace(uid, "u" * 10_000_000),
        "long activity uid": with_report(activities=[{**activity, "uid": activity["uid"] + "x"}]),
        "deep": good[:-1] + ', "extra": ' + "[" * 200 + "]" * 200 + "}",
    }


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("twice", "appears twice"),
        ("float year", "not a whole number"),
        ("quoted year", "expected a whole number"),
        ("boolean year", "expected a whole number"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("huge uid", "at most 36"),
        ("long activity uid", "at most 36"),
        ("deep", "nested too deeply"),
    ],
)
def test_json_import_refuses_what_no_export_holds(
    workspace: Workspace,
    drafter: Actor,
    exported: dict[str, Any],
    tmp_path: Path,
    case: str,
    reason: str,
) -> None:
    path = tmp_path / "report.json"
    path.write_text(hostile_texts(exported)[case], encoding="utf-8")
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_json(workspace, drafter, path)
    assert caught.value.code == "import.malformed"
    assert reason in caught.value.message("en")
    assert db_content(workspace.path) == before


def test_the_good_export_itself_is_accepted(
    workspace: Workspace, drafter: Actor, exported: dict[str, Any], tmp_path: Path
) -> None:
    # The refusals above come from the changes, not from the file they were made from.
    path = tmp_path / "report.json"
    path.write_text(json.dumps(exported, ensure_ascii=False, indent=1), encoding="utf-8-sig")
    assert import_json(workspace, drafter, path) > 0


def test_a_bundle_with_a_key_twice_in_its_report_is_refused(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    ana = staff["ana.drafter"]
    report = create_demo(workspace, ana, state="PER", year=2024)
    sent = export_review_bundle(workspace, ana, report.id, tmp_path / "peru.csbmx")
    with zipfile.ZipFile(sent.path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    doc = entries["report.json"].decode()
    # A second "format_version" at the end: Python alone would keep this one.
    forged = (doc.rstrip()[:-1] + ', "format_version": 1}').encode()
    manifest = json.loads(entries.pop("manifest.json"))
    entries["report.json"] = forged
    manifest["files"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in sorted(entries.items())
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, content in entries.items():
            zf.writestr(name, content)
    forged_path = tmp_path / "forged.csbmx"
    forged_path.write_bytes(buffer.getvalue())
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as caught:
        import_bundle(workspace, staff["rui.reviewer"], forged_path)
    assert "appears twice" in caught.value.message("en")
    assert db_content(workspace.path) == before


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"a": 1, "a": 2}', "appears twice"),
        ('{"a": {"b": 1, "b": 1}}', "appears twice"),
        ("[NaN]", "NaN"),
        ("[1.5]", "not a whole number"),
        ("[1e3]", "not a whole number"),
        ("[" * 66 + "]" * 66, "nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("1" * 5000, "too long"),
        ('{"a": 1', "not valid JSON"),
    ],
)
def test_the_strict_loader_says_why(text: str, reason: str) -> None:
    with pytest.raises(strict_json.JsonRefused) as caught:
        strict_json.loads(text)
    assert reason in str(caught.value)


def test_the_strict_loader_reads_what_we_write() -> None:
    doc = {"a": [1, -2, True, None, "ñ"], "b": {"c": "\u00e9"}}
    assert strict_json.loads(json.dumps(doc).encode("utf-8-sig")) == doc
    assert strict_json.loads("[" * 65 + "]" * 65) is not None
