"""The report editor: the step navigator and one page per step.

Pages are built when first shown, so opening even a very large report stays quick. The main
window moves the navigator into its left dock (above the help), where it can be folded away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.messages import status_in_sentence
from csbm_desktop.ui.report_session import ReportSession
from csbm_desktop.ui.settings import Settings
from csbm_desktop.ui.steps import (
    CHECK,
    MEASURES,
    OVERVIEW,
    characteristic_step,
    step_ids,
    step_states,
    target_of,
)
from csbm_desktop.ui.views.pages import Banner


class ReportEditor(QWidget):
    save_revision_requested = Signal()
    submit_requested = Signal()
    step_changed = Signal(str)

    def __init__(
        self,
        session: ReportSession,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        spec, lang = session.spec, session.lang
        self.steps = step_ids(spec)
        self.step_names = {
            OVERVIEW: self.tr("Overview"),
            MEASURES: self.tr("Measures"),
            CHECK: self.tr("Check & submit"),
        }
        for c in spec.characteristics:
            self.step_names[characteristic_step(c.number)] = f"{c.number}. {c.name.get(lang)}"

        self.navigator = QListWidget()
        self.navigator.setAccessibleName(self.tr("Steps"))
        self.navigator.setIconSize(QSize(16, 16))
        # Long step names (and their comment counts) wrap in the narrow dock, never scroll.
        self.navigator.setWordWrap(True)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.navigator.setMinimumWidth(150)
        for step in self.steps:
            item = QListWidgetItem(self.step_names[step])
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.navigator.addItem(item)
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for _ in self.steps:
            self.pages.addWidget(QWidget())  # replaced by the real page on first visit
        self.readonly = Banner()
        right = QVBoxLayout()
        right.addWidget(self.readonly)
        right.addWidget(self.pages, 1)
        box = QHBoxLayout(self)
        box.addWidget(self.navigator)
        box.addLayout(right, 1)
        self.navigator.currentRowChanged.connect(self._show_row)
        self._last_field: QWidget | None = None
        self._comment_counts: dict[str, int] = {}
        self._comments_by_anchor: dict[str, int] = {}
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._remember_field)  # type: ignore[attr-defined]
        session.problems_changed.connect(self.update_states)
        if not session.editable:
            self.readonly.setText(
                self.tr("This report is %1 and can no longer be edited.").replace(
                    "%1", status_in_sentence(session.report.status, session.lang)
                )
                if not session.report.editable  # the status: true for everyone
                else self.tr(
                    "You may read this report and comment on it; only a drafter can change it."
                )
            )
            self.readonly.show()
        self.update_states()
        self.navigator.setCurrentRow(0)
        # The Measures step, where the drafting is done, is the largest page (~60 ms to build):
        # built with the report rather than on the first click, which then only shows it.
        self.page(MEASURES)
        # Build the other pages in the idle moments after opening (a few tens of ms each),
        # so that moving between steps later only shows a page that already exists.
        self._prebuild = QTimer(self, interval=15)
        self._prebuild.timeout.connect(self._build_next)
        # Start once the first paint has settled. (Timers owned by the editor die with it.)
        self._prebuild_delay = QTimer(self, singleShot=True, interval=600)
        self._prebuild_delay.timeout.connect(self._prebuild.start)
        self._prebuild_delay.start()

    def _build_next(self) -> None:
        for step in self.steps:
            if step not in self._built:
                self.page(step)
                return
        self._prebuild.stop()

    # --- comments ---

    def _remember_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The review panel takes the focus when its button is pressed: comment on the field the
        # user was in just before.
        from csbm_desktop.ui.views.help_panel import field_of

        if new is not None and self.isAncestorOf(new) and field_of(new):
            self._last_field = new

    def current_anchor(self) -> str:
        """The path of the field (or else the step, measure or activity) the user is in."""
        from csbm_desktop.ui.views.help_panel import field_of

        step = self.current_step()
        widget, page = self._last_field, self.pages.currentWidget()
        field = field_of(widget) if widget and page and page.isAncestorOf(widget) else None
        spec = self.session.spec
        if step == OVERVIEW:
            ids = {f.id for f in spec.header_fields() if not f.system}
            return f"header.{field}" if field in ids else "report"
        if step == MEASURES:
            page = self._built.get(MEASURES)
            measure = getattr(page, "measure_id", None)
            activity = getattr(page, "activity_uid", None)
            if field == "measure_status" and measure:
                return f"measures.{measure}.status"
            if activity and field in {f.id for f in spec.activity_fields()}:
                return f"activities.{activity}.{field}"
            if activity:
                return f"activities.{activity}"
            return f"measures.{measure}" if measure else "report"
        if step.startswith("c") and step[1:].isdigit():
            number = int(step[1:])
            ids = {q.id for q in spec.characteristic(number).questions}
            return f"answers.{field}" if field in ids else f"characteristics.{number}"
        return "report"

    def step_of(self, anchor: str) -> str:
        measures = {a.uid: a.measure_id for a in self.session.report.activities}
        return target_of(anchor, self.session.spec, measures).step

    def set_comment_counts(self, comments: list[Any]) -> None:
        """Show the number of open comment threads on each step."""
        counts: dict[str, int] = {}
        for c in comments:
            if c.parent_uid is None and c.status == "open":
                step = self.step_of(c.anchor)
                counts[step] = counts.get(step, 0) + 1
        self._comment_counts = counts
        by_anchor: dict[str, int] = {}
        for c in comments:
            if c.parent_uid is None and c.status == "open":
                by_anchor[c.anchor] = by_anchor.get(c.anchor, 0) + 1
        self._comments_by_anchor = by_anchor
        for page in self._built.values():
            if hasattr(page, "show_comments"):
                page.show_comments(by_anchor)
        for row, step in enumerate(self.steps):
            # A short mark, as on the fields (✉ 2): the step names must fit the narrow dock.
            n = counts.get(step, 0)
            self.navigator.item(row).setText(self.step_names[step] + (f"  ✉ {n}" if n else ""))
        self.update_states()

    def shutdown(self) -> None:
        """Stop background work before the editor is thrown away (deleteLater is not at once)."""
        self.navigator.deleteLater()  # it may live in the main window's dock, not in the editor
        self._prebuild_delay.stop()
        self._prebuild.stop()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._remember_field)  # type: ignore[attr-defined]

    def fully_built(self) -> bool:
        return len(self._built) == len(self.steps)

    # --- pages ---

    def page(self, step: str) -> QWidget:
        page = self._built.get(step)
        if page is None:
            page = self._build(step)
            index = self.steps.index(step)
            placeholder = self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[step] = page
            if hasattr(page, "show_comments"):
                page.show_comments(self._comments_by_anchor)
        return page

    def _build(self, step: str) -> QWidget:
        from csbm_desktop.ui.views.measures import MeasuresPage
        from csbm_desktop.ui.views.pages import CharacteristicPage, CheckPage, OverviewPage

        if step == OVERVIEW:
            return OverviewPage(self.session)
        if step == MEASURES:
            return MeasuresPage(self.session, self.settings)
        if step == CHECK:
            page = CheckPage(self.session, self.step_names)
            page.jump_requested.connect(self.jump_to)
            page.save_revision_requested.connect(self.save_revision_requested)
            page.submit_requested.connect(self.submit_requested)
            return page
        return CharacteristicPage(self.session, int(step[1:]))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        step = self.steps[row]
        self.pages.setCurrentWidget(self.page(step))
        self.step_changed.emit(step)

    def current_step(self) -> str:
        return self.steps[max(0, self.navigator.currentRow())]

    def go_to(self, step: str) -> QWidget:
        self.navigator.setCurrentRow(self.steps.index(step))
        return self.page(step)

    def place(self) -> dict[str, Any]:
        """Where the user is: the step, what the Measures page shows, the focused field."""
        from csbm_desktop.ui.views.help_panel import field_of

        measures = self._built.get(MEASURES)
        focus = QApplication.focusWidget()
        return {
            "step": self.current_step(),
            "measures": measures.place() if measures is not None else None,  # type: ignore[attr-defined]
            "field": field_of(focus) if focus is not None and self.isAncestorOf(focus) else None,
        }

    def restore_place(self, place: dict[str, Any]) -> None:
        """Back where `place` (from another editor on the same report) was."""
        if place["measures"] is not None:
            self.page(MEASURES).restore_place(place["measures"])  # type: ignore[attr-defined]
        from csbm_desktop.ui.views.help_panel import field_of

        page = self.go_to(place["step"])
        field = place["field"]
        if field:
            for widget in page.findChildren(QWidget):
                if (
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.isVisibleTo(page)
                    and field_of(widget) == field
                ):
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    break

    def next_step(self, delta: int = 1) -> None:
        row = (self.navigator.currentRow() + delta) % len(self.steps)
        self.navigator.setCurrentRow(row)

    def focus_first_field(self) -> None:
        """On opening: the keyboard starts in the first field of the page shown, and sees it."""
        from csbm_desktop.ui.views.pages import first_field, go_to_field

        editors = getattr(self.pages.currentWidget(), "editors", {})
        editor = first_field(editors)
        if editor is not None:
            go_to_field(editor, flash=False)

    def jump_to(self, problem_path: str) -> None:
        """Go to the step and field a problem points at, and highlight the field."""
        measures = {a.uid: a.measure_id for a in self.session.report.activities}
        target = target_of(problem_path, self.session.spec, measures)
        page = self.go_to(target.step)
        page.focus_target(target)  # type: ignore[attr-defined]

    # --- step states ---

    def update_states(self) -> None:
        measures = {a.uid: a.measure_id for a in self.session.report.activities}
        states = step_states(self.session.problems(), self.session.spec, measures)
        style = self.style()
        icons = {
            "complete": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "warnings": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "errors": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }
        words = {
            "complete": self.tr("complete"),
            "warnings": self.tr("has warnings"),
            "errors": self.tr("has errors"),
        }
        for row, step in enumerate(self.steps):
            item = self.navigator.item(row)
            item.setIcon(icons[states[step]])
            n = self._comment_counts.get(step, 0)
            said = words[states[step]] + (
                ", " + self.tr("(%n open comment(s))", "", n) if n else ""
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self.step_names[step]}, {said}")
            item.setToolTip(said)
