"""The editor's steps: Overview, one page per characteristic, and Check & submit.

(The Measures step has its own module: it is the largest.) Pages render from the FormSpec through
the generic field builder; they turn user changes into edits on the `ReportSession` and refresh
from its `changed` signal. No business rule lives here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain import period
from csbm_desktop.domain.derive import derived_value
from csbm_desktop.domain.edits import SetActivityField, SetAnswer, SetHeaderField
from csbm_desktop.domain.messages import locate, render
from csbm_desktop.domain.report import FieldValue
from csbm_desktop.domain.validation import Problem, completeness
from csbm_desktop.domain.workflow import DRAFTER, available
from csbm_desktop.ui.formatting import LONG, format_date
from csbm_desktop.ui.formrender.fields import FieldEditor
from csbm_desktop.ui.formrender.section import FormSection, build_fields
from csbm_desktop.ui.report_session import Change, ReportSession
from csbm_desktop.ui.steps import Target, target_of
from csbm_desktop.ui.widgets import wrap_rows


def heading(text: str = "", scale: float = 1.5) -> QLabel:
    label = QLabel(text, wordWrap=True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Forms wrap their rows to the width they get, down to a minimum: narrower than that (a small
    # screen with the help panel open), a scroll bar, since content cut off could not be reached.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(inner)
    return area


def reveal(widget: QWidget) -> None:
    """Scroll the page holding `widget` so that it is in view, and focus it: a jump to a field
    the user cannot see is no jump at all, whatever the page's scroll position was."""
    area: QWidget | None = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        # A page just shown or refilled (an activity selected) has its new size only once the
        # pending layout requests run, which would be after this jump: run them now.
        for _ in range(2):  # the page's layout, then the scroll area's response to its new size
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        area.ensureWidgetVisible(widget, 8, 24)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def go_to_field(editor: FieldEditor, *, flash: bool = True) -> None:
    """Scroll to `editor`, focus it and (by default) flash it so that the eye finds it."""
    reveal(editor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)  # its input, or itself when read-only
    if flash:
        editor.flash()


def first_field(editors: dict[str, FieldEditor]) -> FieldEditor | None:
    """The first field a person fills in: the first not set by the application itself."""
    shown = list(editors.values())
    return next((e for e in shown if not e.field.system), shown[0] if shown else None)


def show_value(editor: FieldEditor, value: FieldValue) -> None:
    """Refresh an editor without disturbing the one being typed in (same value: no reset)."""
    if editor.value() != value:
        editor.set_value(value)


def mark_problems(editors: dict[str, FieldEditor], problems: dict[str, Problem], lang: str) -> None:
    """`problems` maps field id → its most severe problem."""
    for field_id, editor in editors.items():
        p = problems.get(field_id)
        editor.set_problem(p.severity if p else None, render(p.code, p.params, lang) if p else "")


def worst(problems: list[Problem], prefix: str) -> dict[str, Problem]:
    """The most severe problem per field for paths `prefix<field>`."""
    out: dict[str, Problem] = {}
    for p in problems:
        if p.path.startswith(prefix):
            key = p.path[len(prefix) :]
            if key not in out or (p.severity == "error" and out[key].severity != "error"):
                out[key] = p
    return out


class Banner(QLabel):
    """A notice across the top of a page (copied report, read-only report...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True)
        self.setObjectName("banner")
        self.setStyleSheet(
            "#banner { background: palette(tooltip-base); color: palette(tooltip-text);"
            " border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"
        )
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.hide()


class OverviewPage(QWidget):
    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        spec, lang = session.spec, session.lang
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.title = heading(spec.title.get(lang))
        self.subtitle = QLabel(wordWrap=True)
        self.copied = Banner()
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addWidget(self.copied)
        self.sections: list[FormSection] = []
        for section in spec.header:
            widget = FormSection(section, spec, lang)
            widget.field_edited.connect(self._edited)
            self.sections.append(widget)
            box.addWidget(widget)
        box.addStretch()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(inner))
        self.editors = {e.field.id: e for s in self.sections for e in s.editors()}
        self.refresh()
        session.changed.connect(self._on_change)
        session.problems_changed.connect(self.show_problems)
        self.show_problems()

    def _edited(self, field_id: str, value: object) -> None:
        self.session.edit(SetHeaderField(field_id, value))  # type: ignore[arg-type]

    def _on_change(self, change: Change) -> None:
        if change.kind in ("header", "all"):
            self.refresh()

    def refresh(self) -> None:
        report, spec, lang = self.session.report, self.session.spec, self.session.lang
        values = {**report.header, "state": report.state}
        for field_id, editor in self.editors.items():
            show_value(editor, values.get(field_id))
            editor.set_read_only(not self.session.editable or editor.field.system)
        state = spec.state(report.state)
        deadline = period.oas_deadline(report.year)
        days = period.days_to_deadline(report.year, date.today())
        self.subtitle.setText(
            self.tr("%1, %2 · form %3 %4 · OAS deadline %5")
            .replace("%1", state.name.get(lang) if state else report.state)
            .replace("%2", str(report.year))
            .replace("%3", spec.id)
            .replace("%4", spec.version)
            .replace("%5", format_date(lang, deadline, LONG))
            + (
                " "
                + (
                    self.tr("(in %n day(s))", "", days)
                    if days >= 0
                    else self.tr("(%n day(s) late)", "", -days)
                )
            )
        )
        if report.copied_from:
            self.copied.setText(
                self.tr(
                    "This report was copied forward from an earlier one. Re-check every copied "
                    "activity: its dates, partners and outcome belong to last year until you "
                    "change them. The check step lists each one still dated outside this period."
                )
            )
            self.copied.show()
        else:
            self.copied.hide()

    def show_problems(self) -> None:
        mark_problems(self.editors, worst(self.session.problems(), "header."), self.session.lang)

    def show_comments(self, by_anchor: dict[str, int]) -> None:
        for section in self.sections:
            for editor in section.editors():
                section.set_comment_count(
                    editor.field.id, by_anchor.get(f"header.{editor.field.id}", 0)
                )

    def focus_target(self, target: Target) -> None:
        editor = self.editors.get(target.field_id or "")
        if editor is not None:
            go_to_field(editor)


class CharacteristicPage(QWidget):
    """Step k: what the characteristic means, its guiding questions, the activities serving it."""

    def __init__(self, session: ReportSession, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.number = number
        spec, lang = session.spec, session.lang
        ch = spec.characteristic(number)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(heading(f"{number}. {ch.name.get(lang)}"))
        summary = QLabel(ch.summary.get(lang), wordWrap=True)
        summary.setStyleSheet("font-style: italic;")
        box.addWidget(summary)
        box.addWidget(QLabel(ch.explanation.get(lang), wordWrap=True))
        # Whose text this is (the IADB's), and that it guides rather than gates the report.
        if spec.characteristics_attribution is not None:
            self.attribution = QLabel(spec.characteristics_attribution.get(lang), wordWrap=True)
            self.attribution.setStyleSheet("color: palette(mid);")
            box.addWidget(self.attribution)

        self.coverage = QProgressBar()
        self.coverage.setTextVisible(True)
        self.coverage_text = QLabel(wordWrap=True)
        box.addWidget(self.coverage_text)
        box.addWidget(self.coverage)

        box.addWidget(heading(self.tr("Guiding questions"), 1.15))
        # A clearance reminder where an answer may be diplomatically sensitive.
        sensitive = [q.label.get(lang) for q in ch.questions if q.sensitive]
        if sensitive:
            reminder = QLabel(
                "⚠ " + render("answer.sensitive", {}, lang) + "\n• " + "\n• ".join(sensitive),
                wordWrap=True,
            )
            reminder.setObjectName("sensitive_reminder")
            box.addWidget(reminder)
        self.questions = build_fields(ch.questions, spec, lang)
        self.questions.field_edited.connect(self._answered)
        box.addWidget(self.questions)

        box.addWidget(heading(self.tr("Activities that serve this characteristic"), 1.15))
        hint = QLabel(
            self.tr("Tick an activity to link it to this characteristic; untick to unlink it."),
            wordWrap=True,
        )
        box.addWidget(hint)
        filters = QHBoxLayout()
        self.search = QLineEdit(placeholderText=self.tr("Filter activities"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter activities"))
        self.only_linked = QCheckBox(self.tr("Only &linked"))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_linked)
        box.addLayout(filters)
        self.tags = ActivityTagModel(session, number, self)
        self.tags.toggled.connect(self._tagged)
        self.filtered = ActivityTagFilter(self)
        self.filtered.setSourceModel(self.tags)
        self.activities = QListView()
        self.activities.setModel(self.filtered)
        self.activities.setUniformItemSizes(True)  # a long list lays out lazily
        self.activities.setAccessibleName(self.tr("Activities that serve this characteristic"))
        self.activities.setMinimumHeight(220)
        box.addWidget(self.activities)
        self.search.textChanged.connect(self._filter)
        self.only_linked.toggled.connect(self._filter)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(inner))
        self.editors = {e.field.id: e for e in self.questions.editors()}
        self.refresh()
        session.changed.connect(self._on_change)
        session.problems_changed.connect(self.show_problems)
        self.show_problems()

    def _answered(self, question_id: str, value: object) -> None:
        self.session.edit(SetAnswer(question_id, value))  # type: ignore[arg-type]

    def _tagged(self, uid: str, wanted: bool) -> None:
        activity = self.session.report.activity(uid)
        current = set(activity.characteristics)
        if wanted == (self.number in current):
            return
        new = sorted(current | {self.number} if wanted else current - {self.number})
        text = self.tr("Link activity") if wanted else self.tr("Unlink activity")
        self.session.edit(SetActivityField(uid, "characteristics", new), text=text)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("answer", "all", "activities"):  # derived answers follow activities
            self._fill_answers()
        if change.kind in ("activity", "activities", "all"):
            self._fill_activities()

    def refresh(self) -> None:
        self._fill_answers()
        self._fill_activities()

    def _fill_answers(self) -> None:
        report, spec = self.session.report, self.session.spec
        for qid, editor in self.editors.items():
            q = editor.field
            if q.derived:  # computed from the activities, shown read-only
                show_value(editor, derived_value(q, report, spec))
                editor.set_read_only(True)
                continue
            show_value(editor, report.answers.get(qid))
            editor.set_read_only(not self.session.editable)

    def _fill_activities(self) -> None:
        report = self.session.report
        self.tags.reset()  # the proxy filters the new rows itself
        serving = report.activities_serving(self.number)
        linked, total = len(serving), len(report.activities)
        measures = len({a.measure_id for a in serving})
        self.coverage.setRange(0, max(total, 1))
        self.coverage.setValue(linked)
        self.coverage.setFormat(
            self.tr("%1 of %n activity(s)", "", total).replace("%1", str(linked))
        )
        # Counted words with Qt's plural forms: "1 activity under 1 measure".
        self.coverage_text.setText(
            self.tr("Serving this characteristic: %1 under %2.")
            .replace("%1", self.tr("%n activity(s)", "", linked))
            .replace("%2", self.tr("%n measure(s)", "", measures))
        )
        self.coverage.setAccessibleName(self.coverage_text.text())

    def _filter(self) -> None:
        self.filtered.set_filter(self.search.text(), self.only_linked.isChecked())

    def show_problems(self) -> None:
        mark_problems(self.editors, worst(self.session.problems(), "answers."), self.session.lang)

    def show_comments(self, by_anchor: dict[str, int]) -> None:
        for qid in self.editors:
            self.questions.set_comment_count(qid, by_anchor.get(f"answers.{qid}", 0))

    def focus_target(self, target: Target) -> None:
        editor = self.editors.get(target.field_id or "")
        if editor is not None:
            go_to_field(editor)
        else:
            self.activities.setFocus(Qt.FocusReason.OtherFocusReason)


class ActivityTagModel(QAbstractListModel):
    """Every activity of the report, ticked when it serves characteristic `number`."""

    toggled = Signal(str, bool)  # activity uid, wanted
    UidRole = Qt.ItemDataRole.UserRole

    def __init__(self, session: ReportSession, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.number = number

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.report.activities)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self.session.report.activities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.linked(index.row()) else Qt.CheckState.Unchecked
        if role == self.UidRole:
            return a.uid
        return None

    def text(self, row: int) -> str:
        a = self.session.report.activities[row]
        spec = self.session.spec
        number = spec.measure(a.measure_id).number if spec.has_measure(a.measure_id) else "?"
        title = a.text("title") or self.tr("(untitled)")
        return f"{title}  ·  " + self.tr("measure %1").replace("%1", number)

    def linked(self, row: int) -> bool:
        return self.number in self.session.report.activities[row].characteristics

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEnabled if self.session.editable else base

    def setData(self, index: Any, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(self.session.report.activities[index.row()].uid, wanted)
        return True


class ActivityTagFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.only_linked = False

    def set_filter(self, needle: str, only_linked: bool) -> None:
        if (needle.casefold(), only_linked) == (self.needle, self.only_linked):
            return
        self.beginFilterChange()
        self.needle, self.only_linked = needle.casefold(), only_linked
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        # Called once per activity on every reset: straight to the report, not through index()
        # and data(), and nothing at all to do while no filter is set (a page's first build).
        if not (self.needle or self.only_linked):
            return True
        tags = self.sourceModel()
        assert isinstance(tags, ActivityTagModel)
        if self.only_linked and not tags.linked(row):
            return False
        return not self.needle or self.needle in tags.text(row).casefold()


class CheckPage(QWidget):
    """Every problem, grouped by step; activating one jumps to the field."""

    jump_requested = Signal(str)  # problem path
    save_revision_requested = Signal()
    submit_requested = Signal()

    def __init__(
        self, session: ReportSession, step_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.step_names = step_names
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Check & submit")))
        self.summary = QLabel(wordWrap=True)
        box.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.tree.setAccessibleName(self.tr("Problems"))
        # Both columns share the width and wrap: places and messages are read whole, at any
        # window size and in any language.
        wrap_rows(self.tree)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        box.addWidget(self.tree, 1)
        hint = QLabel(
            self.tr("Double-click a problem, or select it and press Enter, to go to the field."),
            wordWrap=True,
        )
        box.addWidget(hint)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save &revision…"))
        self.save_button.clicked.connect(self.save_revision_requested)
        # Submitting is the end of this step for a drafter; the Review menu has it too.
        self.submit_button = QPushButton(self.tr("S&ubmit for review…"))
        self.submit_button.clicked.connect(self.submit_requested)
        allowed = available(session.report.status, session.service.actor)
        self.submit_button.setVisible(session.service.actor.has(DRAFTER))
        self.submit_button.setEnabled("submit" in allowed)
        row.addWidget(self.save_button)
        row.addWidget(self.submit_button)
        row.addStretch()
        box.addLayout(row)
        session.problems_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        report, spec, lang = session.report, session.spec, session.lang
        problems = session.problems()
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        complete = round(completeness(report, spec) * 100)
        if not problems:
            text = self.tr("No problems found: the report is complete and consistent.")
        else:
            text = self.tr(
                "%1 % complete: %2 and %3. Errors must be fixed "
                "before the report can be approved; warnings are worth a look."
            )
            text = (
                text.replace("%1", str(complete))
                .replace("%2", self.tr("%n error(s)", "", errors))
                .replace("%3", self.tr("%n warning(s)", "", warnings))
            )
        self.summary.setText(text)
        measures = {a.uid: a.measure_id for a in report.activities}
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for p in sorted(problems, key=lambda p: p.severity != "error"):
            step = target_of(p.path, spec, measures).step
            group = groups.get(step)
            if group is None:
                group = QTreeWidgetItem([self.step_names.get(step, step), ""])
                group.setFirstColumnSpanned(True)
                groups[step] = group
            item = QTreeWidgetItem(
                [
                    locate(p.path, spec, lang, report, with_measure=True),
                    render(p.code, p.params, lang),
                ]
            )
            item.setIcon(0, icons[p.severity])
            item.setData(0, Qt.ItemDataRole.UserRole, p.path)
            item.setToolTip(1, item.text(1))
            group.addChild(item)
        order = list(self.step_names)
        for step in sorted(groups, key=lambda s: order.index(s) if s in order else 99):
            groups[step].setText(
                0, f"{self.step_names.get(step, step)} ({groups[step].childCount()})"
            )
            self.tree.addTopLevelItem(groups[step])
            groups[step].setExpanded(True)

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if path:
            self.jump_requested.emit(path)

    def focus_target(self, target: Target) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
