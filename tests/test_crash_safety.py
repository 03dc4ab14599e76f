"""Crash safety of the store: killed mid-save, a full disk, two programs on one file.

The kill test runs tests/crash/editor.py, which autosaves edit batches through the same service
call as the GUI's autosave until it is killed with SIGKILL; after every kill the file is opened
again as the application opens it and must be sound, with every acknowledged batch in it.
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from csbm_desktop.domain.edits import SetAnswer
from csbm_desktop.domain.errors import Refused, StoreError
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.accounts import AccountService
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.integrity import check_database
from csbm_desktop.services.workspace import Workspace
from tests.conftest import PASSWORD, REPO, add_staff, db_content
from tests.crash.full_disk import BIG, PageLimit
from tests.crash.scenario import (
    DRAFTER,
    batch_edits,
    differences,
    revision_message,
    stored_batch,
)

KILLS = int(os.environ.get("CSBM_CRASH_KILLS", "60"))  # the issue asks for at least 50


# --- killed while autosaving ------------------------------------------------------------------


class EditorServer:
    """tests/crash/editor.py as a fork server: one "go" starts one editing child."""

    def __init__(self, db: Path, report_id: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.editor", str(db), PASSWORD, str(report_id)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("server ready", timeout=60)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("eof")

    def next_line(self, timeout: float = 20) -> str:
        line = self.lines.get(timeout=timeout)
        assert not line.startswith(("error", "eof")), line
        return line

    def expect(self, prefix: str, timeout: float = 20, seen: list[str] | None = None) -> str:
        while True:
            line = self.next_line(timeout)
            if seen is not None:
                seen.append(line)
            if line.startswith(prefix):
                return line

    def start_child(self, seen: list[str], pause: float = 0.0) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {pause}\n")
        self.proc.stdin.flush()
        return int(self.expect("pid ", seen=seen).split()[1])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass
class Round:
    """What one child said before it was killed."""

    lines: list[str] = field(default_factory=list)

    def numbers(self, word: str) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith(word + " ")]

    def last(self, word: str) -> int | None:
        found = self.numbers(word)
        return found[-1] if found else None


@dataclass
class Tally:
    kills: int = 0
    while_opening: int = 0
    batch_in_flight: int = 0  # killed between "begin" and "committed"
    in_flight_kept: int = 0  # ...and the batch had committed anyway
    revision_in_flight: int = 0
    batches: int = 0
    max_batches_lost: int = 0
    max_edits_lost: int = 0


def _drafter() -> Actor:
    return Actor(DRAFTER, frozenset({"drafter"}))  # roles are re-read from the file anyway


def _new_report(db: Path) -> int:
    ws = Workspace(db)
    try:
        staff = add_staff(ws)
        return DraftingService(ws, staff[DRAFTER]).create("PRY", 2025).id
    finally:
        ws.close()


def _kill_and_wait(server: EditorServer, pid: int, seen: list[str]) -> None:
    # Anything the child said so far, to be sure it has not exited on its own (its pid could
    # then be reused).
    while not server.lines.empty():
        line = server.next_line()
        seen.append(line)
        assert not line.startswith("exited"), f"the editor stopped by itself: {seen[-5:]}"
    os.kill(pid, signal.SIGKILL)
    status = int(server.expect(f"exited {pid} ", seen=seen).split()[2])
    assert os.WIFSIGNALED(status), status
    assert os.WTERMSIG(status) == signal.SIGKILL


def test_killed_editor_never_corrupts_or_loses_acknowledged_edits(tmp_path: Path) -> None:
    """SIGKILL at random moments, KILLS times, on one file: after each kill the file passes
    SQLite's integrity check and `csbm check` (audit chain, revisions), holds every batch the
    editor saw committed, and at most loses the one batch that was being written."""
    seed = int(os.environ.get("CSBM_CRASH_SEED", random.randrange(1 << 30)))
    print(f"\ncrash test seed: {seed} (rerun with CSBM_CRASH_SEED={seed})")
    rng = random.Random(seed)
    db = tmp_path / "crash.sqlite3"
    report_id = _new_report(db)
    server = EditorServer(db, report_id)
    tally = Tally()
    acked = 0  # the last batch any editor saw committed
    acked_revisions: set[int] = set()
    started = time.monotonic()
    try:
        for n in range(KILLS):
            seen: list[str] = []
            pid = server.start_child(seen)
            moment = rng.random()
            if moment < 0.1:  # while opening the file and signing in
                tally.while_opening += 1
                time.sleep(rng.uniform(0, 0.1))
            elif moment < 0.3:  # while a named revision is being written
                server.expect("saving ", seen=seen)
                time.sleep(rng.uniform(0, 0.01))
            else:  # somewhere in the stream of autosaves
                server.expect("ready ", seen=seen)
                time.sleep(rng.uniform(0.02, 0.5))
            _kill_and_wait(server, pid, seen)
            said = Round(seen)
            tally.kills += 1
            ready = said.last("ready")
            assert ready is None or ready >= acked, f"kill {n}: started from {ready} < {acked}"
            committed = said.last("committed")
            begun = said.last("begin")
            acked = max(acked, committed or 0)
            acked_revisions.update(said.numbers("revision"))
            saving = said.last("saving")
            revision_in_flight = saving if saving not in said.numbers("revision") else None
            tally.revision_in_flight += revision_in_flight is not None
            tally.batches += len(said.numbers("committed"))

            ws = Workspace(db)  # as the application opens it after the crash
            try:
                assert ws.db.integrity_check() == [], f"kill {n}"
                check = check_database(ws)
                assert check.ok, f"kill {n}: {check}"
                service = DraftingService(ws, _drafter())
                report = service.get(report_id)
                stored = stored_batch(report)
                # All or nothing: the report is exactly as some batch left it...
                assert differences(report, stored) == [], f"kill {n}"
                # ...the last acknowledged one, or the one in flight when the kill came.
                in_flight = begun if begun is not None and begun > acked else None
                assert stored in {acked, in_flight}, f"kill {n}: {stored}, acked {acked}"
                if in_flight is not None:
                    tally.batch_in_flight += 1
                    if stored == in_flight:
                        tally.in_flight_kept += 1
                    else:
                        tally.max_batches_lost = max(tally.max_batches_lost, 1)
                        tally.max_edits_lost = max(
                            tally.max_edits_lost, len(batch_edits(in_flight))
                        )
                acked = stored
                revisions = {r.message: r.number for r in service.revisions(report_id)}
                for batch in acked_revisions:
                    assert revision_message(batch) in revisions, f"kill {n}: revision {batch}"
                unacked = set(revisions) - {revision_message(b) for b in acked_revisions}
                allowed = set() if revision_in_flight is None else {revision_message(saving)}
                assert unacked <= allowed, f"kill {n}: {unacked}"
                if unacked:  # written after all, so from now on it must stay
                    assert saving is not None
                    acked_revisions.add(saving)
                if acked_revisions:  # the latest revision holds what its batch wrote
                    last = max(acked_revisions)
                    snapshot = service.revision(report_id, revisions[revision_message(last)])
                    assert differences(snapshot, last) == [], f"kill {n}: revision {last}"
            finally:
                ws.close()
    finally:
        server.close()
    elapsed = time.monotonic() - started
    print(f"crash test: {tally} in {elapsed:.1f} s; last batch {acked}")
    assert tally.kills >= 50
    assert tally.max_batches_lost <= 1
    assert acked > 0


# --- a full disk --------------------------------------------------------------------------------


def until_full(db: Path, action: Callable[[], object]) -> StoreError:
    """Repeat `action` until the store refuses it for lack of space (a small write may still
    fit in a page that has room); the refused call must have changed nothing at all."""
    for _ in range(300):
        before = db_content(db)
        try:
            action()
        except StoreError as exc:
            refused = exc
        else:
            continue
        assert refused.code == "store.full", refused
        assert db_content(db) == before
        return refused
    pytest.fail("the store never ran out of space")


def _full_disk_message_is_clear(exc: StoreError, db: Path) -> None:
    en, es = exc.message("en"), exc.message("es")
    assert str(db) in en
    assert "full" in en
    assert "nothing was saved" in en
    assert "Free some space" in en
    assert str(db) in es
    assert "lleno" in es


def _actions(ws: Workspace, service: DraftingService, report_id: int) -> dict[str, Callable]:
    """Every kind of write, each with an audit event in the same transaction."""
    accounts = AccountService(ws)

    def failed_sign_in() -> None:
        # A wrong password is refused, and the refusal itself is written to the audit trail.
        with pytest.raises(Refused):
            accounts.authenticate(DRAFTER, "wrong password")

    return {
        "autosave": lambda: service.apply(report_id, [SetAnswer("c1_q1", BIG)]),
        "small-autosave": lambda: service.apply(report_id, [SetAnswer("c2_q1", "sí")]),
        "revision": lambda: service.save_revision(report_id, "sent to the legal office"),
        "attachment": lambda: service.add_attachment(
            report_id, service.get(report_id).activities[0].uid, "note.txt", BIG.encode()
        ),
        "new-report": lambda: service.create("PRY", 2024),
        "sign-in": lambda: accounts.authenticate(DRAFTER, PASSWORD),
        "failed-sign-in": failed_sign_in,
    }


@pytest.fixture
def drafted(workspace: Workspace, service: DraftingService) -> int:
    report = service.create("PRY", 2025)
    service.add_activity(report.id, "m01", {"title": "Talks"})
    return report.id


@pytest.mark.parametrize(
    "action",
    [
        "autosave",
        "small-autosave",
        "revision",
        "attachment",
        "new-report",
        "sign-in",
        "failed-sign-in",
    ],
)
def test_full_disk_is_refused_clearly_and_changes_nothing(
    workspace: Workspace, service: DraftingService, drafted: int, db_path: Path, action: str
) -> None:
    write = _actions(workspace, service, drafted)[action]
    limit = PageLimit(workspace)
    limit.fill()
    exc = until_full(db_path, write)
    _full_disk_message_is_clear(exc, db_path)
    assert workspace.db.integrity_check() == []
    assert check_database(workspace).ok
    limit.free()
    write()  # space is back: the same save goes through
    assert workspace.db.integrity_check() == []
    assert check_database(workspace).ok
    if action == "autosave":
        assert service.get(drafted).answers["c1_q1"] == BIG


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB filesystem (tmpfs). Mounting needs root: skipped elsewhere; the page-limit
    tests above stand in for it everywhere."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip("mounting a tiny filesystem needs root")
    point = tmp_path / "tiny"
    point.mkdir()
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(path: Path) -> None:
    """Take every free block (unbuffered, so nothing is left to fail at close)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_real_full_disk_then_space_returns(tiny_filesystem: Path) -> None:
    db = tiny_filesystem / "reports.sqlite3"
    ws = Workspace(db)
    try:
        service = DraftingService(ws, add_staff(ws)[DRAFTER])
        report_id = service.create("PRY", 2025).id
        # An empty write-ahead log, so the next commit needs new blocks on the disk.
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = tiny_filesystem / "filler"
        _fill(filler)
        before = db_content(db)
        with pytest.raises(StoreError) as raised:
            service.apply(report_id, [SetAnswer("c1_q1", BIG)])
        assert raised.value.code == "store.full"
        _full_disk_message_is_clear(raised.value, db)
        assert db_content(db) == before
        assert ws.db.integrity_check() == []
        assert check_database(ws).ok
        filler.unlink()  # space returns; the same connections save again
        service.apply(report_id, [SetAnswer("c1_q1", BIG)])
        assert service.get(report_id).answers["c1_q1"] == BIG
        assert ws.db.integrity_check() == []
        assert check_database(ws).ok
    finally:
        ws.close()


# --- two programs on one file -------------------------------------------------------------------


def _csbm(db: Path, password_file: Path, *args: str) -> subprocess.Popen[str]:
    """The `csbm` command, started in its own process, as the drafter."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "csbm_desktop",
            *("--db", str(db), "--user", DRAFTER, "--password-file", str(password_file)),
            *("--lang", "en", *args),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_command_line_and_writers_share_the_file_safely(
    tmp_path: Path, password_file: Path
) -> None:
    """While the editor process autosaves without pause, this process saves revisions of the
    same report and edits another, and the `csbm` command signs in, saves revisions and checks
    the file: every one of those writes succeeds (they wait their turn), and afterwards the file
    is sound, the audit chain holds, and every acknowledged write is there."""
    db = tmp_path / "shared.sqlite3"
    report_id = _new_report(db)
    server = EditorServer(db, report_id)
    ws = Workspace(db)
    try:
        service = DraftingService(ws, AccountService(ws).authenticate(DRAFTER, PASSWORD))
        other = service.create("PRY", 2024).id
        seen: list[str] = []
        # Busy as an officer typing fast: SQLite's wait for the lock is a sleep and retry, not a
        # queue, so a writer that never paused at all could keep the others out past the timeout.
        pid = server.start_child(seen, pause=0.005)
        server.expect("ready ", seen=seen)
        ours: list[str] = []
        failures: list[str] = []
        commands = [
            ("save-revision", str(report_id), "-m", "from the command line 1"),
            ("check",),
            ("save-revision", str(report_id), "-m", "from the command line 2"),
        ]
        for n, command in enumerate(commands):
            proc = _csbm(db, password_file, *command)
            i = 0
            while proc.poll() is None:  # meanwhile this process writes too, as fast as it can
                i += 1
                try:
                    service.apply(other, [SetAnswer("c1_q1", f"{n}.{i}")])
                    if i % 3 == 0:
                        message = f"from the test {n}.{i}"
                        service.save_revision(report_id, message)
                        ours.append(message)
                except StoreError as exc:
                    failures.append(exc.message("en"))
                time.sleep(0.005)
            out, err = proc.communicate()
            assert proc.returncode == 0, (command, out, err)
            if command[0] == "save-revision":
                ours.append(command[3])
            else:
                assert out.startswith("ok: database sound"), out
        _kill_and_wait(server, pid, seen)
        assert failures == []
        acked = Round(seen).last("committed") or 0
        assert acked > 0
        report = service.get(report_id)
        assert stored_batch(report) >= acked
        assert differences(report, stored_batch(report)) == []
        revisions = [r.message for r in service.revisions(report_id)]
        assert set(ours) <= set(revisions)
        assert len(revisions) == len(set(revisions))
        assert ws.db.integrity_check() == []
        check = check_database(ws)
        assert check.ok, check
        print(f"\nshared file: {len(ours)} revisions from here and the CLI, {acked} batches")
    finally:
        ws.close()
        server.close()
