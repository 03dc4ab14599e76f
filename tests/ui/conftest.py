"""GUI test hygiene: each test starts in English and leaves no thread or timer behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def english_and_clean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from csbm_desktop.ui import i18n

    i18n.install("en")
    before = {t.ident for t in threading.enumerate()}
    yield
    i18n.install("en")  # a test that switched language must not leak it into the next
    leaked = [
        t
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name == "csbm-db-worker"
    ]
    for t in leaked:
        t.join(timeout=5)
    assert not [t for t in leaked if t.is_alive()], "a test left the database worker running"
