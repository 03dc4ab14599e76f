"""The store with the large demo report: load it whole, and save one field change.

Targets (issue 2, on the 2-core reference machine): load ≤ 100 ms, save of one change ≤ 10 ms.
The save is a real transaction on a WAL database with synchronous=FULL, so it includes fsync.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import bench_actor, measure, report
from csbm_desktop.domain.edits import SetActivityField
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "bench.sqlite3")
        try:
            start = time.perf_counter()
            actor = bench_actor(ws)
            demo = create_demo(ws, actor, size="large", state="ARG", year=2025)
            print(
                f"large demo: {len(demo.activities)} activities, created in "
                f"{time.perf_counter() - start:.2f} s, database "
                f"{sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6:.1f} MB with its WAL"
            )
            service = DraftingService(ws, actor)
            report(
                "load the large report completely",
                measure(lambda: service.get(demo.id), runs=30),
                100,
            )
            uid = demo.activities[250].uid
            counter = iter(range(10**6))
            report(
                "save one field change (one transaction)",
                measure(
                    lambda: service.apply(
                        demo.id, [SetActivityField(uid, "title", f"Título {next(counter)}")]
                    ),
                    runs=100,
                ),
                10,
            )
            report(
                "validate the large report",
                measure(lambda: service.validate(demo.id), runs=10),
                None,
            )
        finally:
            ws.close()
