"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


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
