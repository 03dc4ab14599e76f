"""The review panel shows what of a comment is only a bundle's word: where it came from, an
author with no account here, and a resolution waiting for a reviewer here to confirm it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.review import CommentInfo
from csbm_desktop.ui.views.review_panel import ReviewPanel

WHEN = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _comment(uid: str, **kw: object) -> CommentInfo:
    base = CommentInfo(
        uid=uid,
        parent_uid=None,
        anchor="header.poc_name",
        revision=1,
        author="rui.reviewer",
        created_at=WHEN,
        text="Rank?",
        status="open",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_imported_comments_say_so(qtbot: QtBot, demo: Report, demo_spec: FormSpec) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    comments = [
        _comment("a", provenance="unsigned", pending_resolved_by="olga.officer"),
        _comment("b", provenance="signed:María Pérez", author="nobody", author_known=False),
        _comment("c", author="rui.reviewer"),
    ]
    panel.set_comments(comments, demo, demo_spec, "en", "rui.reviewer", frozenset({"drafter"}), "")
    shown = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert "From an unsigned bundle." in shown[0]
    assert "Resolved by olga.officer according to the bundle" in shown[0]
    assert "From a bundle signed by María Pérez." in shown[1]
    assert "nobody (no such user here)" in shown[1]
    assert "bundle" not in shown[2]
    # The author a bundle names may not close the thread here; their own comment they may.
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert not panel.buttons["resolve"].isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    assert panel.buttons["resolve"].isEnabled()
