"""Running service calls off the GUI thread, one at a time, in submission order.

One worker thread takes jobs from a queue; results come back to the GUI thread through one
long-lived queued signal (never a QObject per job: that pattern crashes when the job object is
collected before its signal is delivered). Tests inject `SyncRunner` to run jobs inline.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def _default_error(exc: BaseException) -> None:
    log.error("background task failed", exc_info=exc)


class TaskRunner(QObject):
    """A serial background worker. `submit` returns at once; callbacks run on the GUI thread."""

    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Callable[[], Any], Callback | None, ErrorCallback] | None]
        self._jobs = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._pending = 0
        self._lock = threading.Lock()
        self._delivered.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name="csbm-db-worker", daemon=True)
        self._thread.start()

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        with self._lock:
            self._pending += 1
            self._idle.clear()
        self._jobs.put((job, on_done, on_error or _default_error))

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, on_done, on_error = item
            try:
                result: Any = job()
                outcome: tuple[Any, ...] = (on_done, result, None, on_error)
            except BaseException as exc:  # delivered to the GUI thread, which decides
                outcome = (on_done, None, exc, on_error)
            self._delivered.emit(outcome)

    def _deliver(self, outcome: tuple[Any, ...]) -> None:
        on_done, result, exc, on_error = outcome
        # Counted as finished before its callback runs: a callback may itself wait for the
        # runner to be idle (closing a report to open another) and must not wait for itself.
        # Callers outside callbacks still see it finish, since processEvents() runs the whole
        # delivery before returning.
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self._idle.set()
        if exc is not None:
            on_error(exc)
        elif on_done is not None:
            on_done(result)

    def busy(self) -> bool:
        return not self._idle.is_set()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every job ran *and* its callback was delivered (processing events)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(int(timeout * 1000))
        while self.busy() and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self._idle.wait(0.005)
        QCoreApplication.processEvents()
        return not self.busy()

    def shutdown(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)


class SyncRunner:
    """Runs each job at once on the calling thread (tests, and the command line)."""

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        try:
            result = job()
        except Exception as exc:
            (on_error or _default_error)(exc)
            return
        if on_done is not None:
            on_done(result)

    def busy(self) -> bool:
        return False

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return True

    def shutdown(self) -> None:
        pass


class Runner(Protocol):
    """What the GUI needs of a runner: TaskRunner in the application, SyncRunner in tests."""

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None: ...

    def busy(self) -> bool: ...

    def wait_idle(self, timeout: float = 10.0) -> bool: ...

    def shutdown(self) -> None: ...
