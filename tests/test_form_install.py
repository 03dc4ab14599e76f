"""Installing a form version from a file: refused whole with every problem named and the
database unchanged, or installed and recorded; reports stay pinned to their version; copy-forward
into the newer version carries activities across through the file's measure mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.forms import FormRefused, install_form
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import audit
from tests.conftest import db_content as all_rows
from tests.test_cli import Run


@pytest.fixture
def csbm(db_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path) -> Run:
    from tests.conftest import add_staff

    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()
    return Run(db_path, capsys, password_file)


def db_content(path: Path) -> list[str]:
    """Every row but the sign-in events (each `csbm` call signs in, and that is recorded)."""
    return [line for line in all_rows(path) if "'auth.signin'" not in line]


def exported(csbm: Run, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "current.yaml"
    csbm("form", "export", str(out))
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["format"] == "csbm-form"
    return data


def next_version(data: dict[str, Any]) -> dict[str, Any]:
    """2026.1: m22 renumbered as m23, m21 dropped, a mapping from 2009.1."""
    form = data["form"]
    form["version"] = "2026.1"
    form["replaces"] = {
        "version": "2009.1",
        "measures": [{"old": "m22", "new": "m23"}, {"old": "m21", "new": None}],
    }
    measures = data["measures"]["measures"]
    measures[:] = [m for m in measures if m["id"] != "m21"]
    for m in measures:
        if m["id"] == "m22":
            m["id"], m["number"] = "m23", "23"
    return data


def write(tmp_path: Path, data: dict[str, Any], name: str = "form.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_broken_form_file_is_refused_whole_with_every_problem(
    csbm: Run, tmp_path: Path, db_path: Path
) -> None:
    data = next_version(exported(csbm, tmp_path))
    data["colour"] = "blue"  # unknown key
    data["measures"]["measures"][0]["title"]["fr"] = ""  # empty translation
    data["measures"]["measures"][1]["id"] = "m01"  # duplicate id
    data["form"]["replaces"]["measures"].append({"old": "m99", "new": "m02"})
    bad = write(tmp_path, data)
    before = db_content(db_path)
    csbm("form", "install", str(bad), user="root", code=1)
    assert "colour: unknown key" in csbm.err
    assert db_content(db_path) == before

    del data["colour"]
    csbm("form", "install", str(write(tmp_path, data)), user="root", code=1)
    assert "measures[0].title.fr: empty translation" in csbm.err
    assert "measure id 'm01' is used more than once" in csbm.err
    assert db_content(db_path) == before


def test_install_checks_versions_and_the_mapping(csbm: Run, tmp_path: Path, db_path: Path) -> None:
    data = next_version(exported(csbm, tmp_path))
    data["form"]["version"] = "2009.1"  # already there (and so not newer)
    data["form"]["replaces"]["version"] = "2008.9"
    data["form"]["replaces"]["measures"].append({"old": "m99", "new": "m02"})
    before = db_content(db_path)
    csbm("form", "install", str(write(tmp_path, data)), user="root", code=1)
    assert "version 2009.1 is already installed" in csbm.err
    assert "version 2008.9 is not installed" in csbm.err
    assert db_content(db_path) == before
    data["form"]["version"] = "2026.1"
    data["form"]["replaces"]["version"] = "2009.1"
    csbm("form", "install", str(write(tmp_path, data)), user="root", code=1)
    assert "replaces.measures[2].old: version 2009.1 has no measure 'm99'" in csbm.err
    assert db_content(db_path) == before


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: [*x, *x, *x]\n",  # aliases: refused before anything expands
        "- not a mapping\n",
        "form: [unclosed\n",
        "\udcff",
    ],
)
def test_hostile_files_are_refused(csbm: Run, tmp_path: Path, db_path: Path, text: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    before = db_content(db_path)
    csbm("form", "install", str(path), user="root", code=1)
    assert db_content(db_path) == before


def test_only_an_administrator_installs(csbm: Run, tmp_path: Path, db_path: Path) -> None:
    good = write(tmp_path, next_version(exported(csbm, tmp_path)))
    before = db_content(db_path)
    csbm("form", "install", str(good), code=2)  # the drafter
    assert db_content(db_path) == before


def test_install_pins_old_reports_and_copies_forward_through_the_mapping(
    csbm: Run, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace(db_path)
    try:
        from csbm_desktop.services.accounts import AccountService
        from tests.conftest import PASSWORD

        drafter: Actor = AccountService(ws).authenticate("ana.drafter", PASSWORD)
        drafting = DraftingService(ws, drafter)
        old = drafting.create("CHL", 2025)
        for measure, title in (("m02", "Talks"), ("m21", "Peacekeeping"), ("m22", "CITAAC")):
            drafting.add_activity(old.id, measure, {"title": title, "start_date": "2025-05-05"})
    finally:
        ws.close()

    good = write(tmp_path, next_version(exported(csbm, tmp_path)))
    assert "installed oas-csbm 2026.1" in csbm("form", "install", str(good), user="root")
    listed = csbm("form", "list")
    assert "2026.1       installed  (current)" in listed
    assert "2009.1       shipped" in listed

    ws = Workspace(db_path)
    try:
        with ws.db.session() as s:
            event = [e for e in audit.events(s) if e.action == "form.install"][-1]
        assert event.actor == "root"
        assert event.details["version"] == "2026.1"
        assert len(event.details["sha256"]) == 64
        drafting = DraftingService(ws, drafter)
        pinned = drafting.get(old.id)
        assert pinned.form_version == "2009.1"  # existing reports stay on their version
        assert drafting.form_of(pinned).has_measure("m21")
        assert not [p for p in drafting.validate(old.id) if p.code == "measure.unknown"]
        assert [str(x) for x in drafting.not_carried(old.id)] == [
            f"activity {pinned.activities_of('m21')[0].uid} (Peacekeeping)"
        ]
    finally:
        ws.close()

    new_id = int(csbm("new", "--state", "CHL", "--year", "2026", "--copy-from", str(old.id)))
    assert "not carried: activity" in csbm.err
    assert "(Peacekeeping)" in csbm.err
    ws = Workspace(db_path)
    try:
        copy = DraftingService(ws, drafter).get(new_id)
        assert copy.form_version == "2026.1"
        assert sorted((a.measure_id, a.text("title")) for a in copy.activities) == [
            ("m02", "Talks"),
            ("m23", "CITAAC"),
        ]
        assert not [
            p for p in DraftingService(ws, drafter).validate(new_id) if p.code == "measure.unknown"
        ]
    finally:
        ws.close()


def test_service_refusal_lists_problems(
    workspace: Workspace, staff: dict[str, Actor], tmp_path: Path
) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("format: csbm-form\nformat_version: 1\n", encoding="utf-8")
    with pytest.raises(FormRefused) as info:
        install_form(workspace, staff["root"], path)
    wheres = {p.path for p in info.value.problems}
    assert {"form", "characteristics", "measures"} <= wheres
    assert isinstance(info.value, CsbmError)
    assert "3" in info.value.message("es")
