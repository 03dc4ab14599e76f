"""The `csbm` command: exit codes, JSON shapes, one-line errors, the same services as the GUI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from csbm_desktop import __version__
from csbm_desktop.cli import main
from csbm_desktop.domain.form import LANGUAGES
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content


class Run:
    """`csbm …` in-process, signed in as `user` (the drafter unless told otherwise)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], password: Path) -> None:
        self.db, self.capsys, self.password = db, capsys, password
        self.user = "ana.drafter"

    def __call__(self, *args: str, code: int = 0, user: str | None = None) -> str:
        who = user or self.user
        status = main(
            ["--db", str(self.db), "--user", who, "--password-file", str(self.password), *args]
        )
        out, err = self.capsys.readouterr()
        assert status == code, (status, out, err)
        self.err = err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json"))


@pytest.fixture
def csbm(db_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path) -> Run:
    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()
    return Run(db_path, capsys, password_file)


def test_init_is_idempotent(csbm: Run, db_path: Path) -> None:
    assert "schema" in csbm("init")
    before = db_content(db_path)
    csbm("init")
    assert db_content(db_path) == before


def test_new_list_show_revisions(csbm: Run) -> None:
    rid = csbm("new", "--state", "chl", "--year", "2025").strip()
    assert rid == "1"
    [row] = csbm.json("list")
    assert row["state"] == "CHL"
    assert row["year"] == 2025
    assert row["deadline"] == "2026-04-14"  # "prior to April 15"
    shown = csbm.json("show", rid)
    assert shown["id"] == 1
    assert shown["state"] == "CHL"
    assert shown["year"] == 2025
    assert shown["status"] == "draft"
    assert shown["form"] == {"id": "oas-csbm", "version": "2009.1"}
    assert len(shown["characteristics"]) == 7
    assert all({"number", "answers", "activities"} <= set(c) for c in shown["characteristics"])
    assert len(shown["measures"]) >= 21
    assert all({"number", "status", "activities"} <= set(m) for m in shown["measures"])
    assert "Chile" in csbm("show", rid, "--lang", "es")
    assert csbm("save-revision", rid, "-m", "primera").strip() == "1"
    assert "primera" in csbm("revisions", rid)
    copied = csbm("new", "--state", "CHL", "--year", "2026", "--copy-from", rid).strip()
    assert csbm.json("show", copied)["copied_from"] == shown["uid"]


def test_validate_exit_codes(csbm: Run) -> None:
    csbm("new", "--state", "ARG", "--year", "2025")
    problems = json.loads(csbm("validate", "1", "--json", "--lang", "fr", code=1))
    required = next(p for p in problems if p["path"] == "header.poc_name")
    assert required["severity"] == "error"
    assert required["code"] == "required"
    assert required["message"] == "Ce champ est obligatoire."
    assert required["where"] == "Point de contact national › Nom"
    assert "errors" in csbm("validate", "1", code=1)


def test_catalogue_json_has_all_languages(csbm: Run) -> None:
    data = csbm.json("catalogue")
    assert len(data["characteristics"]) == 7
    assert len(data["measures"]) >= 21
    for item in data["characteristics"] + data["measures"]:
        assert set(item["labels"]) == set(LANGUAGES)
        assert all(item["labels"].values())
    assert data["form"]["source"]["document"] == "CP/CSH-1043/08 rev. 1"
    portuguese = csbm("catalogue", "--lang", "pt")
    assert portuguese.startswith("Relatório nacional sobre medidas")
    assert data["characteristics"][0]["labels"]["pt"] in portuguese


def test_export_import_through_the_command(csbm: Run, tmp_path: Path) -> None:
    csbm("new", "--state", "JAM", "--year", "2025")
    out = tmp_path / "jam.json"
    csbm("export-json", "1", str(out))
    other = tmp_path / "other.sqlite3"
    ws = Workspace(other)
    add_staff(ws)
    ws.close()
    csbm.db = other
    assert csbm("import-json", str(out)).strip() == "1"
    assert csbm.json("show", "1")["state"] == "JAM"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "42"], "There is no report 42."),
        (["new", "--state", "ESP", "--year", "2025"], "'ESP' is not an OAS member state."),
        (["new", "--state", "ARG", "--year", "1990"], "1990 is not a reporting year"),
        (["--lang", "es", "show", "42"], "No existe el informe 42."),
        (["import-json", "/nonexistent/file.json"], "Cannot read /nonexistent/file.json"),
    ],
)
def test_bad_input_is_one_clear_line(csbm: Run, args: list[str], message: str) -> None:
    csbm("init")
    csbm(*args, code=2)
    assert message in csbm.err
    assert len(csbm.err.strip().splitlines()) == 1
    assert "Traceback" not in csbm.err


def test_bad_usage_exits_2(csbm: Run) -> None:
    with pytest.raises(SystemExit) as info:
        main(["new"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["show", "not-a-number"])
    assert info.value.code == 2


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "csbm_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_installed_command_version_and_errors(tmp_path: Path) -> None:
    version = _run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"csbm {__version__}"
    not_sqlite = tmp_path / "x.sqlite3"
    not_sqlite.write_text("hello")
    bad = _run("--db", str(not_sqlite), "list")
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("csbm: ")
    assert "not an SQLite file" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert not_sqlite.read_text() == "hello"


def test_first_run_from_the_environment(tmp_path: Path, password_file: Path) -> None:
    """A fresh installation: the first account (an administrator) needs no sign-in, nothing
    else works without one."""
    import os

    env = {**os.environ, "CSBM_DB": str(tmp_path / "env.sqlite3")}
    refused = _run("new", "--state", "BRB", env=env)
    assert refused.returncode == 2
    assert "Sign in first" in refused.stderr
    first = _run(
        "user",
        "add",
        "boss",
        "--role",
        "administrator",
        "--role",
        "drafter",
        "--new-password-file",
        str(password_file),
        env=env,
    )
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "env.sqlite3").exists()
    made = _run(
        "new", "--state", "BRB", "--user", "boss", "--password-file", str(password_file), env=env
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "1"


def test_demo_prints_its_id(csbm: Run) -> None:
    rid = csbm("demo", "--size", "small", "--state", "HTI", "--year", "2025").strip()
    shown = csbm.json("show", rid)
    assert shown["state"] == "HTI"
    assert shown["header"]["language"] == "fr"
    assert sum(len(m["activities"]) for m in shown["measures"]) >= 10
    assert csbm("validate", rid).endswith("warnings\n")
