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
from csbm_desktop.formspec import load_form
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def spec() -> FormSpec:
    return load_form()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reports.sqlite3"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture
def service(workspace: Workspace) -> DraftingService:
    return DraftingService(workspace, user="ana.drafter")


def db_content(path: Path) -> list[str]:
    """Every row of every table, as SQL text: compare before/after to prove "unchanged"."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
