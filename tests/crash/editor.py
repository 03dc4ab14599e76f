"""A drafting officer who never stops typing, for tests/test_crash_safety.py to kill.

    python -m tests.crash.editor DB PASSWORD REPORT_ID

runs a fork server: it imports the services once, then for every "go [PAUSE]" line on stdin
forks a child that opens the database as the application does (`Workspace`), signs in, and
autosaves batch after batch (PAUSE seconds apart, default none) through `DraftingService.apply`,
the call the GUI's autosave makes, with a named revision every few batches, until the test kills
it with SIGKILL. Forking keeps a round's start-up to milliseconds instead of the ~1.5 s of
importing SQLAlchemy and Alembic again, so fifty kills fit in a test run; the child opens its own
database connections after the fork, so it shares nothing SQLite holds with the server.

Each line on stdout is one fact, written with a single os.write so nothing buffered in a killed
process is lost or duplicated:

    pid P        the child started           ready B      open, signed in; B batches stored
    begin B      batch B handed to the store committed B  batch B committed (acknowledged)
    saving B     revision after B requested  revision B   that revision committed
    error TEXT   the child failed by itself  exited P S   (server) child P ended, waitpid status S
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from tests.crash.scenario import (
    DRAFTER,
    REVISION_EVERY,
    batch_edits,
    revision_message,
    stored_batch,
)

# A child nobody kills (the test died) stops by itself.
MAX_CHILD_SECONDS = 60.0


def say(text: str) -> None:
    os.write(1, f"{text}\n".encode())


def edit_until_killed(db: Path, password: str, report_id: int, server: int, pause: float) -> None:
    say(f"pid {os.getpid()}")
    ws = Workspace(db)
    service = DraftingService(ws, AccountService(ws).authenticate(DRAFTER, password))
    batch = stored_batch(service.get(report_id))
    say(f"ready {batch}")
    deadline = time.monotonic() + MAX_CHILD_SECONDS
    while os.getppid() == server and time.monotonic() < deadline:
        batch += 1
        say(f"begin {batch}")
        service.apply(report_id, batch_edits(batch))
        say(f"committed {batch}")
        if batch % REVISION_EVERY == 0:
            say(f"saving {batch}")
            service.save_revision(report_id, revision_message(batch))
            say(f"revision {batch}")
        if pause:
            time.sleep(pause)
    ws.close()


def serve(db: Path, password: str, report_id: int) -> None:
    server = os.getpid()
    say("server ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "go":
            continue
        pause = float(words[1]) if len(words) > 1 else 0.0
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                edit_until_killed(db, password, report_id, server, pause)
            except BaseException as exc:  # reported to the test, which fails on it
                say(f"error {type(exc).__name__}: {exc}")
                status = 3
            os._exit(status)  # never run the server's cleanup (or pytest's) in the child
        _, status = os.waitpid(pid, 0)
        say(f"exited {pid} {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
