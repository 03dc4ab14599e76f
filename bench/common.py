"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def measure(fn: Callable[[], object], runs: int, warmup: int = 2) -> list[float]:
    """Wall-clock seconds of `runs` calls, after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], target_ms: float | None) -> None:
    median = statistics.median(times) * 1000
    p90 = sorted(times)[int(len(times) * 0.9) - 1] * 1000
    verdict = "" if target_ms is None else ("  ok" if median <= target_ms else "  OVER TARGET")
    target = "" if target_ms is None else f"  (target ≤ {target_ms:g} ms)"
    print(
        f"{name:<44} median {median:8.2f} ms   p90 {p90:8.2f} ms   "
        f"min {min(times) * 1000:8.2f} ms{target}{verdict}"
    )


BENCH_PASSWORD = "benchmark only"


def bench_actor(ws: Any) -> Any:
    """A drafter for the benchmark database (the installation's own password hashing)."""
    from csbm_desktop.services.accounts import AccountService

    accounts = AccountService(ws)
    if not accounts.has_users():
        accounts.add_user(None, "bench", BENCH_PASSWORD, ["administrator", "drafter"])
    return accounts.authenticate("bench", BENCH_PASSWORD)


def sign_in_when_asked(user: str, password: str) -> None:
    """Fill the sign-in dialog as a person would, once the application shows it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from csbm_desktop.ui.dialogs.sign_in import SignInDialog

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, poll)
            return
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, poll)
