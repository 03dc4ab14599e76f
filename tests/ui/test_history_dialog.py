"""The history dialog: lists the versions, shows what changed, and asks before restoring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.apply import apply_edit
from csbm_desktop.domain.edits import (
    AddActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report, RevisionInfo
from csbm_desktop.ui.dialogs.history import WORKING_COPY, HistoryDialog

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"


class FakeHistory:
    """The three reading calls of the drafting service, over reports kept in memory."""

    def __init__(self, report: Report) -> None:
        self.working = report
        self.snapshots: list[tuple[RevisionInfo, Report]] = []
        self.calls: list[tuple[str, int]] = []

    def edit(self, *edits: Edit) -> None:
        for e in edits:
            self.working, _ = apply_edit(self.working, e)

    def save(self, message: str) -> None:
        n = len(self.snapshots) + 1
        when = datetime(2026, 2, n, 10, 30, tzinfo=UTC)
        info = RevisionInfo(n, when, "ana.drafter", message, f"{n:064x}")
        self.snapshots.append((info, self.working))

    def revisions(self, report_id: int) -> Sequence[RevisionInfo]:
        return [info for info, _ in self.snapshots]

    def revision(self, report_id: int, number: int) -> Report:
        self.calls.append(("revision", number))
        return self.snapshots[number - 1][1]

    def get(self, report_id: int) -> Report:
        self.calls.append(("get", report_id))
        return self.working


def _empty_report() -> Report:
    now = datetime(2026, 2, 1, tzinfo=UTC)
    return Report(
        uid="r-1",
        state="COL",
        year=2025,
        form_id="oas-csbm",
        form_version="2009.1",
        status="draft",
        header={"period_start": "2025-01-01", "period_end": "2025-12-31"},
        answers={},
        measures=(),
        activities=(),
        created_at=now,
        created_by="ana.drafter",
        updated_at=now,
        updated_by="ana.drafter",
        id=1,
    )


@pytest.fixture
def history() -> FakeHistory:
    h = FakeHistory(_empty_report())
    h.edit(
        SetHeaderField("poc_name", "Ana"),
        AddActivity(A, "m02", {"title": "Reunión bilateral", "partner_states": ["ECU"]}),
    )
    h.save("primera versión")
    h.edit(SetHeaderField("poc_name", "Inés"), SetMeasure("m02", "implemented"))
    h.save("segunda")
    h.edit(
        SetAnswer("c1_q2", "yes"),
        SetActivityField(A, "partner_states", ["ECU", "PER"]),
        AddActivity(B, "m05", {"title": "Curso"}),
    )
    return h


def _leaves(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = [item.child(j) for j in range(item.childCount())]
    if not children:
        return [item]
    return [leaf for child in children if child is not None for leaf in _leaves(child)]


def _groups(dialog: HistoryDialog) -> dict[str, QTreeWidgetItem]:
    """Group title (without its count) → its node."""
    out = {}
    for i in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(i)
        assert group is not None
        out[group.text(0).rsplit(" (", 1)[0]] = group
    return out


def _rows(dialog: HistoryDialog) -> dict[str, list[tuple[str, str, str]]]:
    """Group title → its change rows (where, before, after), however deeply nested."""
    return {
        name: [(c.text(0), c.text(1), c.text(2)) for c in _leaves(group)]
        for name, group in _groups(dialog).items()
    }


def _open(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec, can_restore: bool = True
) -> HistoryDialog:
    dialog = HistoryDialog(history, 1, spec, "en", can_restore)
    qtbot.addWidget(dialog)
    return dialog


def test_lists_working_copy_then_revisions_newest_first(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec
) -> None:
    dialog = _open(qtbot, history, spec)
    texts = [dialog.revision_list.item(i).text() for i in range(dialog.revision_list.count())]
    assert len(texts) == 3
    assert texts[0].startswith("Working copy")
    assert texts[1].startswith("Revision 2 · ")
    assert "ana.drafter" in texts[1]
    assert texts[2].endswith("primera versión")
    assert dialog.revision_list.accessibleName() == "Revisions"
    assert dialog.tree.accessibleName() == "Changes"
    # By default: the latest revision against the working copy.
    assert dialog.selected_numbers() == (2, WORKING_COPY)
    assert dialog.revision_list.currentItem().data(Qt.ItemDataRole.UserRole) == 2


def test_changes_since_revision_1_grouped_by_step(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec
) -> None:
    dialog = _open(qtbot, history, spec)
    dialog.compare.setCurrentIndex(dialog.compare.findData(1))
    rows = _rows(dialog)
    assert list(rows) == ["Overview", "Measures", "1. Crisis alleviation"]
    assert rows["Overview"] == [("National point of contact › Name", "Ana", "Inés")]
    assert rows["Measures"] == [
        ("Status", "—", "Implemented"),
        ("Partner states", "Ecuador", "Ecuador, Peru"),
        ("Activity “Curso”", "—", "Activity added (measure 5)"),
    ]
    # An answer's row drops the characteristic its group already names.
    assert rows["1. Crisis alleviation"][0][0] == spec.question("c1_q2")[1].label.en
    assert rows["1. Crisis alleviation"][0][1:] == ("—", "Yes")
    # The fields of one measure or activity sit under a node that names it.
    groups = _groups(dialog)
    measures = groups["Measures"]
    assert measures.text(0) == "Measures (3)"
    owners = [measures.child(j) for j in range(measures.childCount())]
    assert [o.text(0) for o in owners if o is not None][:2] == [
        "Measure 2 · " + spec.measure("m02").title.en,
        "Activity “Reunión bilateral”",
    ]
    status, partners, added = _leaves(measures)
    assert partners.data(0, Qt.ItemDataRole.AccessibleTextRole) == (
        "Changed: Activity “Reunión bilateral” › Partner states"
    )
    assert partners.data(0, Qt.ItemDataRole.UserRole) == f"activities.{A}.partner_states"
    assert dialog.summary.text() == "5 changes from revision 1 to the working copy."
    # Added rows (the status was added too) are tinted apart from changed ones.
    assert added.background(0).color() != partners.background(0).color()
    assert status.background(0).color() == added.background(0).color()


def test_switching_versions_updates_the_tree(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec
) -> None:
    dialog = _open(qtbot, history, spec)
    assert len(dialog.changes) == 3  # revision 2 → working copy
    dialog.against.setCurrentIndex(dialog.against.findData(1))
    # revision 2 → revision 1: back from Inés to Ana, and the measure status goes.
    assert [c.path for c in dialog.changes] == ["header.poc_name", "measures.m02.status"]
    assert [c.kind for c in dialog.changes] == ["changed", "removed"]
    assert _rows(dialog)["Overview"] == [("National point of contact › Name", "Inés", "Ana")]
    dialog.against.setCurrentIndex(dialog.against.findData(2))
    assert dialog.changes == []
    assert dialog.tree.topLevelItemCount() == 0
    assert "different versions" in dialog.summary.text()
    # Picking a version in the list compares it with the working copy.
    dialog.revision_list.setCurrentRow(2)  # revision 1
    assert dialog.selected_numbers() == (1, WORKING_COPY)
    assert len(dialog.changes) == 5
    # Each version is read once, however often it is shown.
    assert sorted(set(history.calls)) == sorted(history.calls)


def test_restore_asks_then_emits_the_number(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _open(qtbot, history, spec)
    dialog.compare.setCurrentIndex(dialog.compare.findData(1))
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested) as signal:
        dialog.restore_button.click()
    assert signal.args == [1]
    assert "revision 1" in asked[0]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_restore_cancelled_emits_nothing(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog = _open(qtbot, history, spec)
    with qtbot.assertNotEmitted(dialog.restore_requested):
        dialog.restore_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_restore_needs_permission_and_a_revision(
    qtbot: QtBot, history: FakeHistory, spec: FormSpec
) -> None:
    dialog = _open(qtbot, history, spec, can_restore=False)
    assert not dialog.restore_button.isEnabled()
    dialog.compare.setCurrentIndex(dialog.compare.findData(1))
    assert not dialog.restore_button.isEnabled()

    allowed = _open(qtbot, history, spec)
    assert allowed.restore_button.isEnabled()
    allowed.compare.setCurrentIndex(allowed.compare.findData(WORKING_COPY))
    assert not allowed.restore_button.isEnabled()


def test_no_revisions_yet(qtbot: QtBot, spec: FormSpec) -> None:
    dialog = _open(qtbot, FakeHistory(_empty_report()), spec)
    assert dialog.revision_list.count() == 1
    assert dialog.selected_numbers() == (WORKING_COPY, WORKING_COPY)
    assert not dialog.restore_button.isEnabled()
    assert "No revision has been saved yet" in dialog.summary.text()


def test_escape_closes(qtbot: QtBot, history: FakeHistory, spec: FormSpec) -> None:
    dialog = _open(qtbot, history, spec)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected
