"""A report's coverage, and that of the same state's reports for other years (year over year)."""

from __future__ import annotations

from csbm_desktop.domain.coverage import Coverage, coverage_of
from csbm_desktop.domain.report import ReportSummary
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace


def coverage_history(
    ws: Workspace, actor: Actor, report_id: int
) -> tuple[Coverage, list[Coverage]]:
    """The report's coverage, plus one coverage per other year of the same state, by year.

    When a state has several reports for one year (a copy, an import, a re-draft), the most
    recently updated one stands for that year. Reports for the report's own year are left out:
    they are alternatives to it, not its history. Each report is measured against its own form
    version.
    """
    service = DraftingService(ws, actor)
    report = service.get(report_id)
    current = coverage_of(report, service.form_of(report))

    latest: dict[int, ReportSummary] = {}
    for summary in service.list_reports():
        if summary.state != report.state or summary.year == report.year:
            continue
        known = latest.get(summary.year)
        if known is None or (summary.updated_at, summary.id) > (known.updated_at, known.id):
            latest[summary.year] = summary

    history: list[Coverage] = []
    for year in sorted(latest):
        other = service.get(latest[year].id)
        history.append(coverage_of(other, service.form_of(other)))
    return current, history
