"""A report's history: its saved revisions, and what changed between any two versions.

The dialog only reads. Restoring a revision is the caller's business: the dialog asks for
confirmation, emits `restore_requested` with the revision number and closes, so the one place that
writes (the main window, through the service) also handles refusal and refresh.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.diff import Change, describe, diff_reports
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report, RevisionInfo
from csbm_desktop.ui.formatting import format_datetime
from csbm_desktop.ui.geometry import resize_within_screen
from csbm_desktop.ui.steps import MEASURES, OVERVIEW, characteristic_step, step_ids, target_of

WORKING_COPY = 0  # revisions are numbered from 1
_MAX_CELL = 140  # characters of a value shown in a cell; the tooltip has the rest


class RevisionSource(Protocol):
    def revisions(self, report_id: int) -> Sequence[RevisionInfo]: ...
    def revision(self, report_id: int, number: int) -> Report: ...
    def get(self, report_id: int) -> Report: ...


def _tint(palette: QPalette, hue: QColor, amount: float = 0.22) -> QColor:
    """`hue` mixed lightly into the view's background: readable in light and dark themes alike."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(base.red() * (1 - amount) + hue.red() * amount),
        round(base.green() * (1 - amount) + hue.green() * amount),
        round(base.blue() * (1 - amount) + hue.blue() * amount),
    )


def _cell(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else text
    if len(first) > _MAX_CELL:
        first = first[: _MAX_CELL - 1].rstrip() + "…"
    elif first != text.strip():
        first += " …"
    return first


def _tooltip(text: str) -> str:
    # Rich text, so that Qt wraps a long answer instead of drawing one endless line.
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class HistoryDialog(QDialog):
    restore_requested = Signal(int)  # revision number

    def __init__(
        self,
        service: RevisionSource,
        report_id: int,
        spec: FormSpec,
        lang: str,
        can_restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.report_id = report_id
        self.spec = spec
        self.lang = lang
        self.can_restore = can_restore
        self._reports: dict[int, Report] = {}
        self.infos = list(service.revisions(report_id))
        working = self._report(WORKING_COPY)
        self.changes: list[Change] = []

        self.setWindowTitle(QCoreApplication.translate("HistoryDialog", "History of the report"))
        resize_within_screen(self, 1100, 640)

        # Left: the versions, newest first.
        self.revision_list = QListWidget()
        self.revision_list.setAccessibleName(
            QCoreApplication.translate("HistoryDialog", "Revisions")
        )
        self.revision_list.setWordWrap(True)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setSpacing(2)
        item = QListWidgetItem(
            QCoreApplication.translate("HistoryDialog", "Working copy")
            + "\n"
            + QCoreApplication.translate("HistoryDialog", "last changed %1 by %2")
            .replace("%1", format_datetime(lang, working.updated_at))
            .replace("%2", working.updated_by)
        )
        item.setData(Qt.ItemDataRole.UserRole, WORKING_COPY)
        self.revision_list.addItem(item)
        for info in reversed(self.infos):
            head = QCoreApplication.translate("HistoryDialog", "Revision %1").replace(
                "%1", str(info.number)
            )
            lines = [f"{head} · {format_datetime(lang, info.created_at)} · {info.author}"]
            if info.message:
                lines.append(info.message)
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, info.number)
            item.setToolTip(_tooltip("\n".join(lines)))
            self.revision_list.addItem(item)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        versions = QLabel(QCoreApplication.translate("HistoryDialog", "&Versions"))
        versions.setBuddy(self.revision_list)
        left_box.addWidget(versions)
        left_box.addWidget(self.revision_list)

        # Right: what changed from one version to another.
        self.compare = QComboBox()
        self.against = QComboBox()
        self.compare.setAccessibleName(QCoreApplication.translate("HistoryDialog", "Compare"))
        self.against.setAccessibleName(QCoreApplication.translate("HistoryDialog", "with"))
        for combo in (self.compare, self.against):
            combo.addItem(QCoreApplication.translate("HistoryDialog", "Working copy"), WORKING_COPY)
            for info in reversed(self.infos):
                combo.addItem(self._version_name(info), info.number)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout()
        compare_label = QLabel(QCoreApplication.translate("HistoryDialog", "&Compare"))
        compare_label.setBuddy(self.compare)
        with_label = QLabel(QCoreApplication.translate("HistoryDialog", "&with"))
        with_label.setBuddy(self.against)
        row.addWidget(compare_label)
        row.addWidget(self.compare)
        row.addWidget(with_label)
        row.addWidget(self.against)
        row.addStretch()

        self.summary = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(QCoreApplication.translate("HistoryDialog", "Changes"))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("HistoryDialog", "Where"),
                QCoreApplication.translate("HistoryDialog", "Before"),
                QCoreApplication.translate("HistoryDialog", "After"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 300)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(row)
        right_box.addWidget(self.summary)
        right_box.addWidget(self.tree, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])

        self.restore_button = QPushButton(
            QCoreApplication.translate("HistoryDialog", "&Restore this revision…")
        )
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        if not can_restore:
            self.restore_button.setToolTip(
                QCoreApplication.translate(
                    "HistoryDialog", "You cannot restore a revision of this report."
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch()
        bottom.addWidget(buttons)

        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        box.addLayout(bottom)

        self._steps = {
            OVERVIEW: QCoreApplication.translate("HistoryDialog", "Overview"),
            MEASURES: QCoreApplication.translate("HistoryDialog", "Measures"),
            **{
                characteristic_step(c.number): f"{c.number}. {c.name.get(lang)}"
                for c in spec.characteristics
            },
        }
        self._step_order = step_ids(spec)

        # The usual question is "what did I change since I last saved a revision?"
        if self.infos:
            self.compare.setCurrentIndex(self.compare.findData(self.infos[-1].number))
        self.against.setCurrentIndex(self.against.findData(WORKING_COPY))
        self.compare.currentIndexChanged.connect(self.refresh)
        self.against.currentIndexChanged.connect(self.refresh)
        self.revision_list.currentItemChanged.connect(self._picked)
        self._select_in_list(self.compare.currentData())
        self.refresh()
        self.revision_list.setFocus()

    # --- data ---

    def _report(self, number: int) -> Report:
        report = self._reports.get(number)
        if report is None:
            report = (
                self.service.get(self.report_id)
                if number == WORKING_COPY
                else self.service.revision(self.report_id, number)
            )
            self._reports[number] = report
        return report

    def _version_name(self, info: RevisionInfo) -> str:
        return (
            QCoreApplication.translate("HistoryDialog", "Revision %1 (%2)")
            .replace("%1", str(info.number))
            .replace("%2", format_datetime(self.lang, info.created_at))
        )

    def _name_of(self, number: int) -> str:
        if number == WORKING_COPY:
            return QCoreApplication.translate("HistoryDialog", "the working copy")
        return QCoreApplication.translate("HistoryDialog", "revision %1").replace("%1", str(number))

    # --- reactions ---

    def _select_in_list(self, number: int) -> None:
        for i in range(self.revision_list.count()):
            item = self.revision_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self.revision_list.blockSignals(True)
                self.revision_list.setCurrentItem(item)
                self.revision_list.blockSignals(False)
                return

    def _picked(self, item: QListWidgetItem | None) -> None:
        """Picking a version in the list compares it with the working copy (or, for the working
        copy itself, with the latest revision)."""
        if item is None:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        if number == WORKING_COPY and self.infos:
            old, new = self.infos[-1].number, WORKING_COPY
        else:
            old, new = number, WORKING_COPY
        for combo, value in ((self.compare, old), (self.against, new)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.refresh()

    def selected_numbers(self) -> tuple[int, int]:
        return self.compare.currentData(), self.against.currentData()

    def refresh(self) -> None:
        old_number, new_number = self.selected_numbers()
        self._select_in_list(old_number)
        self.restore_button.setEnabled(self.can_restore and old_number != WORKING_COPY)
        old, new = self._report(old_number), self._report(new_number)
        self.changes = diff_reports(old, new)
        self._fill(old, new)
        if not self.infos:
            text = QCoreApplication.translate(
                "HistoryDialog",
                "No revision has been saved yet. Save one from the check step to keep a "
                "version you can come back to.",
            )
        elif old_number == new_number:
            text = QCoreApplication.translate(
                "HistoryDialog", "Choose two different versions to compare."
            )
        elif not self.changes:
            text = (
                QCoreApplication.translate("HistoryDialog", "No changes from %1 to %2.")
                .replace("%1", self._name_of(old_number))
                .replace("%2", self._name_of(new_number))
            )
        else:
            # Two strings, not one "%n change(s)": lupdate marks QCoreApplication.translate as a
            # plural only when the count is a literal number. One and many cover en/es/fr/pt.
            if len(self.changes) == 1:
                text = QCoreApplication.translate("HistoryDialog", "1 change from %2 to %3.")
            else:
                text = QCoreApplication.translate("HistoryDialog", "%1 changes from %2 to %3.")
            text = (
                text.replace("%1", str(len(self.changes)))
                .replace("%2", self._name_of(old_number))
                .replace("%3", self._name_of(new_number))
            )
        self.summary.setText(text)

    def _fill(self, old: Report, new: Report) -> None:
        self.tree.clear()
        palette = self.tree.palette()
        tints = {
            "added": QBrush(_tint(palette, QColor(40, 170, 70))),
            "removed": QBrush(_tint(palette, QColor(215, 50, 50))),
        }
        kinds = {
            "added": QCoreApplication.translate("HistoryDialog", "Added"),
            "removed": QCoreApplication.translate("HistoryDialog", "Removed"),
            "changed": QCoreApplication.translate("HistoryDialog", "Changed"),
        }
        measures = {a.uid: a.measure_id for a in (*old.activities, *new.activities)}
        groups: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, int] = {}
        # A measure's or an activity's changed fields sit under one node named after it: the
        # "where" of each row then fits its column, and rows of one activity stay together.
        owners: dict[str, QTreeWidgetItem] = {}
        for change in self.changes:
            step = target_of(change.path, self.spec, measures).step
            group = groups.get(step)
            if group is None:
                group = QTreeWidgetItem([self._steps.get(step, step)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[step] = group
            counts[step] = counts.get(step, 0) + 1
            where, before, after = describe(change, self.spec, self.lang, old, new)
            parent, label = group, where
            owner, _, leaf = where.rpartition(" › ")
            parts = change.path.split(".")
            if owner and owner == self._steps.get(step):
                label = leaf  # an answer: its group already names the characteristic
            elif owner and parts[0] in ("measures", "activities") and len(parts) > 2:
                key = ".".join(parts[:2])
                parent = owners.get(key) or self._owner(group, owner)
                owners[key] = parent
                label = leaf
            item = QTreeWidgetItem([label, _cell(before), _cell(after)])
            item.setData(0, Qt.ItemDataRole.UserRole, change.path)
            item.setToolTip(0, _tooltip(f"{kinds[change.kind]}: {where}"))
            item.setToolTip(1, _tooltip(before))
            item.setToolTip(2, _tooltip(after))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{kinds[change.kind]}: {where}")
            brush = tints.get(change.kind)
            if brush is not None:
                for column in range(3):
                    item.setBackground(column, brush)
            parent.addChild(item)
        order = self._step_order
        for step in sorted(groups, key=lambda s: order.index(s) if s in order else len(order)):
            group = groups[step]
            group.setText(0, f"{self._steps.get(step, step)} ({counts[step]})")
            self.tree.addTopLevelItem(group)
        # Spanning only takes once an item is in the tree.
        for node in (*groups.values(), *owners.values()):
            node.setFirstColumnSpanned(True)
        self.tree.expandAll()

    @staticmethod
    def _owner(group: QTreeWidgetItem, name: str) -> QTreeWidgetItem:
        node = QTreeWidgetItem([name])
        node.setToolTip(0, _tooltip(name))
        group.addChild(node)
        return node

    def _restore(self) -> None:
        number = self.compare.currentData()
        if not self.can_restore or number == WORKING_COPY:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("HistoryDialog", "Restore revision"),
            QCoreApplication.translate(
                "HistoryDialog",
                "Replace the working copy with the content of revision %1?\n\n"
                "Saved revisions stay as they are; whatever the working copy holds now and was "
                "not saved as a revision is replaced.",
            ).replace("%1", str(number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(number)
            self.accept()
