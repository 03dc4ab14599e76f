"""The review panel: comment threads on the open report, with suggestions to accept or reject."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.ui.formatting import format_datetime
from csbm_desktop.ui.widgets import wrap_rows

if TYPE_CHECKING:  # types only: the panel is built before the report types are needed
    from csbm_desktop.domain.form import FieldSpec, FormSpec
    from csbm_desktop.domain.report import Report
    from csbm_desktop.domain.review import CommentInfo


def field_spec_of(anchor: str, spec: FormSpec) -> FieldSpec | None:
    """The form field a comment's anchor names (None for steps, measures, whole activities)."""
    parts = anchor.split(".")
    if parts[0] == "header" and len(parts) == 2:
        return next((f for f in spec.header_fields() if f.id == parts[1] and not f.system), None)
    if parts[0] == "answers" and len(parts) == 2:
        try:
            return spec.question(parts[1])[1]
        except KeyError:
            return None
    if parts[0] == "activities" and len(parts) == 3:
        return next(
            (f for f in spec.activity_fields() if f.id == parts[2] and f.type != "attachments"),
            None,
        )
    return None


class CommentDialog(QDialog):
    """Write a comment; a reviewer may also propose a new value for the field."""

    def __init__(
        self,
        where: str,
        anchor: str,
        spec: FormSpec,
        lang: str,
        can_suggest: bool,
        current: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Comment"))
        self.suggest = QCheckBox(self.tr("&Suggest a new value:"))
        self.value_editor = None
        field = field_spec_of(anchor, spec) if can_suggest else None
        box = QVBoxLayout(self)
        box.addWidget(QLabel(f"<b>{where}</b>"))
        box.addWidget(self.text)
        if field is not None:
            from csbm_desktop.ui.formrender.fields import create_editor

            self.value_editor = create_editor(field, spec, lang)
            self.value_editor.set_value(current)
            self.value_editor.setEnabled(False)
            self.suggest.toggled.connect(self.value_editor.setEnabled)
            box.addWidget(self.suggest)
            box.addWidget(self.value_editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(520, 360)

    def suggestion(self) -> tuple[bool, Any]:
        if self.value_editor is None or not self.suggest.isChecked():
            return False, None
        return True, self.value_editor.value()


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column: QTreeView otherwise sizes a row for
    one line per paragraph, and the end of a long comment could only be read in its tooltip."""

    _PADDING = 6

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(40, self._view.viewport().width() - self._PADDING)
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = option.fontMetrics.boundingRect(0, 0, width, 1_000_000, flags, text)
        return QSize(width, bounds.height() + self._PADDING)


class _ThreadTree(QTreeWidget):
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width


class ReviewPanel(QWidget):
    """Lists the threads; each button asks the window's controller to act."""

    jump_requested = Signal(str)  # anchor path
    comment_requested = Signal()  # on the focused field
    reply_requested = Signal(str)  # thread uid
    resolve_requested = Signal(str, bool)  # uid, reopen
    decide_requested = Signal(str, bool)  # uid, accept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(wordWrap=True)
        self.filter = QComboBox()
        # Codes kept beside the combo and the items added with addItems(): the first call of
        # the overloaded addItem() makes PySide build ~160 enum types (0.1 s), and this panel is
        # built before the window first shows. (Worded by `retranslate`.)
        self._filter_codes = ["open", "all", "mine", "step"]
        self.filter.addItems([""] * len(self._filter_codes))
        # One column: the dock is narrow, and a thread reads top to bottom (where, who, what).
        self.tree = _ThreadTree()
        self.tree.setItemDelegate(_WrappedRows(self.tree))
        self.tree.setHeaderHidden(True)
        wrap_rows(self.tree)
        # No indentation nor icons: Qt sizes wrapped rows for the full column width, so
        # anything that narrows the text would cut its last lines.
        self.tree.setIndentation(0)
        # Rows wrap to the panel's width only if the column follows it.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(
            ("comment", "reply", "resolve", "reopen", "accept", "reject", "go")
        ):
            button = QPushButton()
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        box.addLayout(grid)
        self.buttons["comment"].clicked.connect(self.comment_requested)
        self.buttons["reply"].clicked.connect(lambda: self._emit(self.reply_requested))
        self.buttons["resolve"].clicked.connect(lambda: self._emit(self.resolve_requested, False))
        self.buttons["reopen"].clicked.connect(lambda: self._emit(self.resolve_requested, True))
        self.buttons["accept"].clicked.connect(lambda: self._emit(self.decide_requested, True))
        self.buttons["reject"].clicked.connect(lambda: self._emit(self.decide_requested, False))
        self.buttons["go"].clicked.connect(self._go)
        self.tree.itemActivated.connect(lambda _i, _c: self._go())
        self.tree.currentItemChanged.connect(lambda _a, _b: self._update_buttons())
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.comments: list[CommentInfo] = []
        self._ctx: tuple[Any, ...] | None = None
        self.roles: frozenset[str] = frozenset()
        self.user = ""
        self.step_of: Any = None  # anchor → step id, from the editor
        self.current_step = ""
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Word the panel in the interface's language (the threads are refilled by
        `set_comments`)."""
        self.filter.setAccessibleName(self.tr("Show"))
        filters = [
            self.tr("Open threads"),
            self.tr("All threads"),
            self.tr("My threads"),
            self.tr("Threads on this step"),
        ]
        for i, text in enumerate(filters):
            self.filter.setItemText(i, text)
        self.tree.setAccessibleName(self.tr("Comments"))
        texts = {
            "comment": self.tr("&Comment…"),
            "reply": self.tr("Re&ply…"),
            "resolve": self.tr("Re&solve"),
            "reopen": self.tr("Reo&pen"),
            "accept": self.tr("&Accept"),
            "reject": self.tr("Re&ject"),
            "go": self.tr("&Go to field"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)

    def set_comments(
        self,
        comments: list[CommentInfo],
        report: Report,
        spec: FormSpec,
        lang: str,
        user: str,
        roles: frozenset[str],
        status_text: str,
    ) -> None:
        self.comments, self._ctx = comments, (report, spec, lang)
        self.user, self.roles = user, roles
        self.status.setText(status_text)
        self._fill()

    def selected(self) -> CommentInfo | None:
        item = self.tree.currentItem()
        uid = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((c for c in self.comments if c.uid == uid), None)

    def thread_of(self, comment: CommentInfo) -> CommentInfo:
        root_uid = comment.parent_uid or comment.uid
        return next(c for c in self.comments if c.uid == root_uid)

    def _fill(self) -> None:
        from csbm_desktop.domain.messages import locate

        self.tree.clear()
        if self._ctx is None:
            return
        report, spec, lang = self._ctx
        mode = self._filter_codes[max(0, self.filter.currentIndex())]
        items: dict[str, QTreeWidgetItem] = {}
        for c in self.comments:
            if c.parent_uid is None:
                if mode == "open" and c.status != "open":
                    continue
                if mode == "mine" and c.author != self.user:
                    continue
                if (
                    mode == "step"
                    and self.step_of is not None
                    and self.step_of(c.anchor) != self.current_step
                ):
                    continue
                where = locate(c.anchor, spec, lang, report, with_measure=True)
                parent = None
            else:
                parent = items.get(c.parent_uid)
                if parent is None:
                    continue
                where = ""
            author = c.author
            if not c.author_known:
                author += " " + self.tr("(no such user here)")
            text = f"{author}, {format_datetime(lang, c.created_at)}:\n{c.text}"
            if c.signed_by:
                text += "\n" + self.tr("From a bundle signed by %1.").replace("%1", c.signed_by)
            elif c.imported:
                text += "\n" + self.tr("From an unsigned bundle.")
            if c.pending_resolved_by:
                text += "\n" + self.tr(
                    "Resolved by %1 according to the bundle; a reviewer here must confirm it "
                    "(Resolve)."
                ).replace("%1", c.pending_resolved_by)
            if 0 < c.revision < report.revision:
                text += "\n" + self.tr(
                    "Made on revision %1; the report is now at revision %2."
                ).replace("%1", str(c.revision)).replace("%2", str(report.revision))
            if c.has_suggestion:
                value = json.dumps(c.suggestion, ensure_ascii=False)
                state = {
                    "pending": self.tr("waiting"),
                    "accepted": self.tr("accepted"),
                    "rejected": self.tr("rejected"),
                }.get(c.suggestion_state or "", "")
                text += "\n" + self.tr("Suggests: %1 (%2)").replace("%1", value).replace(
                    "%2", state
                )
            if parent is None:
                mark = "○" if c.status == "open" else "✓"
                full = f"{mark} {where}\n{text}"
            else:
                full = "↳ " + text
            item = QTreeWidgetItem([full])
            item.setData(0, Qt.ItemDataRole.UserRole, c.uid)
            item.setToolTip(0, full)
            if parent is None:
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
            else:
                parent.addChild(item)
            items[c.uid] = item
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        thread = self.thread_of(chosen) if chosen else None
        reviewer = "reviewer" in self.roles
        drafter = "drafter" in self.roles
        # The author named by a bundle is only its word: a reviewer here closes such threads.
        may_resolve = thread is not None and (
            reviewer or (thread.author == self.user and not thread.imported)
        )
        self.buttons["comment"].setEnabled(
            bool({"reviewer", "drafter", "authorising_officer"} & self.roles)
        )
        self.buttons["reply"].setEnabled(thread is not None)
        self.buttons["resolve"].setEnabled(may_resolve and thread.status == "open")  # type: ignore[union-attr]
        self.buttons["reopen"].setEnabled(may_resolve and thread.status == "resolved")  # type: ignore[union-attr]
        pending = (
            chosen is not None and chosen.has_suggestion and chosen.suggestion_state == "pending"
        )
        self.buttons["accept"].setEnabled(pending and drafter)
        self.buttons["reject"].setEnabled(pending and drafter)
        self.buttons["go"].setEnabled(chosen is not None)

    def _emit(self, signal: Any, *extra: Any) -> None:
        chosen = self.selected()
        if chosen is not None:
            uid = chosen.uid if signal is self.decide_requested else self.thread_of(chosen).uid
            signal.emit(uid, *extra)

    def _go(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.jump_requested.emit(self.thread_of(chosen).anchor)
