"""Shared fixtures: real database files, created through the same migration path as the app."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (set before anything imports Qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.formspec import load_form
from csbm_desktop.services.accounts import HASH_COST_KEY, AccountService
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import accounts as account_store

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The installation's own files (the audit trail's key and anchors) in a folder of the test
    run, never the real user's configuration folder (session-wide: module-scoped databases are
    made before any function-scoped fixture runs)."""
    home = tmp_path_factory.mktemp("csbm-home")
    before = os.environ.get("CSBM_HOME")
    os.environ["CSBM_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("CSBM_HOME", None)
    else:
        os.environ["CSBM_HOME"] = before


@pytest.fixture(scope="session")
def spec() -> FormSpec:
    return load_form()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reports.sqlite3"


PASSWORD = "correct horse battery"
# One person per role, as a ministry would have them; "root" administers.
STAFF: dict[str, tuple[str, ...]] = {
    "root": ("administrator",),
    "ana.drafter": ("drafter",),
    "rui.reviewer": ("reviewer",),
    "olga.officer": ("authorising_officer",),
    "carl.clerk": ("clerk",),
}


def add_staff(ws: Workspace) -> dict[str, Actor]:
    """The staff accounts, created through the accounts service (cheap hashing: tests only)."""
    with ws.db.session() as s:
        account_store.set_setting(s, HASH_COST_KEY, "1,1024")
    accounts = AccountService(ws)
    root = None
    actors = {}
    for name, roles in STAFF.items():
        accounts.add_user(root, name, PASSWORD, roles)
        actors[name] = accounts.authenticate(name, PASSWORD)
        root = root or actors[name]
    return actors


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture
def staff(workspace: Workspace) -> dict[str, Actor]:
    return add_staff(workspace)


@pytest.fixture
def drafter(staff: dict[str, Actor]) -> Actor:
    return staff["ana.drafter"]


@pytest.fixture
def service(workspace: Workspace, drafter: Actor) -> DraftingService:
    return DraftingService(workspace, drafter)


@pytest.fixture
def demo(workspace: Workspace, drafter: Actor) -> Report:
    """A small demo report (Argentina, 2025), drafted by ana.drafter."""
    return create_demo(workspace, drafter, size="small", state="ARG", year=2025)


@pytest.fixture
def demo_spec(service: DraftingService, demo: Report) -> FormSpec:
    return service.form_of(demo)


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def db_content(path: Path) -> list[str]:
    """Every row of every table, as SQL text: compare before/after to prove "unchanged"."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
