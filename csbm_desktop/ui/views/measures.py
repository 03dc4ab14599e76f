"""The Measures step: the catalogue as a table, the selected measure's activities, and the
activity editor (rendered from the form's activity sections)."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.edits import SetActivityField, SetMeasure
from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FormSpec, MeasureSpec
from csbm_desktop.domain.provenance import categories_note, form_number_label, provenance_text
from csbm_desktop.domain.report import MAX_ATTACHMENT_BYTES, Activity, Report, megabytes
from csbm_desktop.domain.validation import Problem
from csbm_desktop.reading import read_regular
from csbm_desktop.ui.formatting import format_date
from csbm_desktop.ui.formrender.fields import AttachmentsEditor, FieldEditor
from csbm_desktop.ui.formrender.section import FormSection
from csbm_desktop.ui.report_session import Change, ReportSession
from csbm_desktop.ui.settings import Settings, remember_splitter
from csbm_desktop.ui.steps import Target
from csbm_desktop.ui.views.pages import (
    go_to_field,
    heading,
    mark_problems,
    reveal,
    scrolled,
    show_value,
    worst,
)

Index = QModelIndex | QPersistentModelIndex


class MeasureTableModel(QAbstractTableModel):
    """The catalogue with this report's status and activity count per measure."""

    # NUMBER is the form's own number. The OAS's (2009 list / online system), or where a measure
    # comes from when the OAS numbers it nowhere, is a second line under the title: a column of
    # its own left the titles no room beside the editor on a 1366-pixel screen.
    NUMBER, TITLE, STATUS, COUNT = range(4)
    MeasureIdRole = Qt.ItemDataRole.UserRole
    CategoryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, spec: FormSpec, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.lang = spec, lang
        self._locale = QLocale(lang)
        self.measures = list(spec.measures)
        self._titles = {m.id: f"{m.title.get(lang)}\n{self._official(m)}" for m in self.measures}
        self.report: Report | None = None
        self._counts: dict[str, int] = {}
        self._problems: dict[str, str] = {}

    def _official(self, m: MeasureSpec) -> str:
        """The OAS's numbers in a few words (the whole wording is the tooltip and the page's)."""
        if not m.official:
            return provenance_text(m, self.lang)
        return (
            self.tr("OAS: %1 (2009 list) · %2 (online)")
            .replace("%1", m.ref_2009 or "—")
            .replace("%2", m.ref_online or "—")
        )

    def set_report(self, report: Report, problems: list[Problem]) -> None:
        self.report = report
        self._counts = {}
        for a in report.activities:
            self._counts[a.measure_id] = self._counts.get(a.measure_id, 0) + 1
        self._problems = {}
        for p in problems:
            if p.path.startswith("measures."):
                mid = p.path.split(".")[1]
                if self._problems.get(mid) != "error":
                    self._problems[mid] = p.severity
        if self.measures:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.measures) - 1, self.COUNT))

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _TOOLTIP and section == 0:
            return self.tr("The form's own number; the OAS's numbers are under each title")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Short headings: the table shares a 1366-pixel screen with the editor.
            return [
                self.tr("No."),
                self.tr("Measure"),
                self.tr("Status"),
                self.tr("Activities"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called some 1,000 times each time the table is laid out and painted (seven roles per
        # cell): the commonest roles first, and the report searched only for the status text.
        if not index.isValid():
            return None
        m = self.measures[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == self.NUMBER:
                return m.number
            if col == self.TITLE:
                return self._titles[m.id]
            if col == self.STATUS:
                return self._status_text(m.id)
            return self._locale.toString(self._counts.get(m.id, 0))
        if role == _ALIGNMENT:
            return _RIGHT if col in (self.NUMBER, self.COUNT) else None
        if role in (_DECORATION, _FOREGROUND):
            severity = self._problems.get(m.id) if col == self.STATUS else None
            if severity is None:
                return None
            if role == _FOREGROUND:
                return Qt.GlobalColor.red if severity == "error" else None
            from PySide6.QtWidgets import QApplication, QStyle

            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(pixmap)
        if role == _TOOLTIP and col == self.TITLE:
            return m.help.get(self.lang)
        if role == _TOOLTIP and col == self.NUMBER:
            return provenance_text(m, self.lang)
        if role == self.MeasureIdRole:
            return m.id
        if role == self.CategoryRole:
            return m.category
        return None

    def _status_text(self, measure_id: str) -> str:
        entry = self.report.measure(measure_id) if self.report else None
        if entry is None or (entry.status is None and not entry.nothing_to_report):
            return "—"
        if entry.nothing_to_report:
            return self.tr("Nothing to report")
        return self.spec.choice_list("measure_status").label(entry.status or "", self.lang)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MeasureFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category: str | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self.category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self.category:
            index = self.sourceModel().index(row, 0, parent)
            if index.data(MeasureTableModel.CategoryRole) != self.category:
                return False
        return super().filterAcceptsRow(row, parent)


class MeasuresPage(QWidget):
    def __init__(
        self,
        session: ReportSession,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        spec, lang = session.spec, session.lang
        self.measure_id: str | None = None
        self.activity_uid: str | None = None
        self._comments: dict[str, int] = {}

        # Left: the catalogue.
        self.search = QLineEdit(placeholderText=self.tr("Search measures"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search measures"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        # Category names are long; sized to them, the combo would squeeze the editor out.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(14)
        # The categories are the form's own grouping (the OAS list has none): say so.
        self.category.setToolTip(categories_note(lang))
        self.category.addItem(self.tr("All categories"), None)
        for c in spec.categories:
            self.category.addItem(c.title.get(lang), c.id)
        self.model = MeasureTableModel(spec, lang, self)
        self.proxy = MeasureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Measure names are read whole: they wrap, and each row is as tall as its name needs
        # (a few dozen rows: measuring them again at each layout costs little).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title takes the room the other columns leave. Those are sized to their contents
        # by `_refresh_catalogue`, not by ResizeToContents, which measures every cell again at
        # each layout (three times while the page first appears).
        self.table.horizontalHeader().setSectionResizeMode(
            MeasureTableModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.category.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category(self.category.currentData())
        )
        self.table.selectionModel().currentRowChanged.connect(self._measure_selected)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)
        lbox.addLayout(filters)
        lbox.addWidget(self.table)

        # Right: the measure, its activities, and the activity editor.
        inner = QWidget()
        rbox = QVBoxLayout(inner)
        self.measure_title = heading("", 1.25)
        self.measure_help = QLabel(wordWrap=True)
        # The official numbers (or the source) beside the form's own number in the title.
        self.measure_source = QLabel(wordWrap=True)
        rbox.addWidget(self.measure_title)
        rbox.addWidget(self.measure_source)
        rbox.addWidget(self.measure_help)
        status_box = QGroupBox(self.tr("This period"))
        sform = QFormLayout(status_box)
        self.status = QComboBox()
        self.status.addItem("—", None)
        for option in spec.choice_list("measure_status").options:
            self.status.addItem(option.label.get(lang), option.code)
        self.status.setAccessibleName(self.tr("Implementation status"))
        self.status.setProperty("field_id", "measure_status")
        self.nothing = QCheckBox(self.tr("&Nothing to report"))
        self.nothing.setProperty("field_id", "measure_status")
        # The measure's narrative: several paragraphs on what the state did under it.
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(150)
        self.note.setAccessibleName(self.tr("Narrative on the measure"))
        self.note.setProperty("field_id", "measure_status")
        sform.addRow(self.tr("Implementation &status:"), self.status)
        sform.addRow("", self.nothing)
        sform.addRow(self.tr("Narrati&ve:"), self.note)
        self.status.currentIndexChanged.connect(lambda _i: self._measure_edited())
        self.nothing.toggled.connect(lambda _b: self._measure_edited())
        self.note.textChanged.connect(self._measure_edited)
        rbox.addWidget(status_box)

        acts_box = QGroupBox(self.tr("Activities"))
        abox = QVBoxLayout(acts_box)
        self.activities = QListWidget()
        self.activities.setAccessibleName(self.tr("Activities of this measure"))
        self.activities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activities.setWordWrap(True)  # activity titles are long: read whole, not elided
        self.activities.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.activities.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.activities.currentItemChanged.connect(self._activity_selected)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add activity"))
        self.delete_button = QPushButton(self.tr("De&lete activity"))
        self.add_button.clicked.connect(self.add_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        abox.addWidget(self.activities)
        abox.addLayout(buttons)
        rbox.addWidget(acts_box)

        self.activity_hint = QLabel(self.tr("Select an activity, or add one, to edit it here."))
        rbox.addWidget(self.activity_hint)
        self.activity_sections: list[FormSection] = []
        for section in spec.activity:
            widget = FormSection(section, spec, lang)
            widget.field_edited.connect(self._activity_edited)
            self.activity_sections.append(widget)
            rbox.addWidget(widget)
        rbox.addStretch()
        self.editors: dict[str, FieldEditor] = {
            e.field.id: e for s in self.activity_sections for e in s.editors()
        }
        self.attachments = next(
            (e for e in self.editors.values() if isinstance(e, AttachmentsEditor)), None
        )
        if self.attachments is not None:
            self.attachments.add_requested.connect(self._add_attachment)
            self.attachments.open_requested.connect(self._open_attachment)
            self.attachments.remove_requested.connect(self._remove_attachment)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(inner))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # the editor needs the room; the titles wrap
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, settings, "measures")
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        session.changed.connect(self._on_change)
        session.problems_changed.connect(self.show_problems)
        self._refresh_catalogue()
        self.select_measure(spec.measures[0].id)

    # --- selection ---

    def place(self) -> tuple[str | None, str | None, str, int]:
        """The measure and activity shown, and the catalogue's search and category."""
        return self.measure_id, self.activity_uid, self.search.text(), self.category.currentIndex()

    def restore_place(self, place: tuple[str | None, str | None, str, int]) -> None:
        measure, activity, search, category = place
        self.search.setText(search)
        self.category.setCurrentIndex(category)
        if measure is not None:
            self.select_measure(measure)
        if activity is not None:
            self.select_activity(activity)

    def select_measure(self, measure_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.measures[row].id == measure_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():  # hidden by the filter: clear it
                    self.search.clear()
                    self.category.setCurrentIndex(0)
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def _measure_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.measure_id = current.data(MeasureTableModel.MeasureIdRole)
        self._fill_measure()
        self._fill_activities()

    def _fill_measure(self) -> None:
        if self.measure_id is None:
            return
        m = self.session.spec.measure(self.measure_id)
        lang = self.session.lang
        self.measure_title.setText(f"{form_number_label(lang)} {m.number} · {m.title.get(lang)}")
        self.measure_source.setText(provenance_text(m, lang))
        self.measure_help.setText(m.help.get(lang))
        entry = self.session.report.measure(self.measure_id)
        for w in (self.status, self.nothing, self.note):
            w.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.nothing.setChecked(entry.nothing_to_report)
        if self.note.toPlainText() != entry.note:
            self.note.setPlainText(entry.note)
        for w in (self.status, self.nothing, self.note):
            w.blockSignals(False)
            w.setEnabled(self.session.editable)
        self.status.setEnabled(self.session.editable and not entry.nothing_to_report)

    def _fill_activities(self) -> None:
        if self.measure_id is None:
            return
        keep = self.activity_uid
        locale = QLocale(self.session.lang)
        self.activities.blockSignals(True)
        self.activities.clear()
        for a in self.session.report.activities_of(self.measure_id):
            self.activities.addItem(self._activity_item(a, locale))
        self.activities.blockSignals(False)
        # As tall as its activities need (two lines each, as long titles wrap), from two to
        # eight lines: on a laptop screen the room below is the activity editor's.
        lines = min(8, max(2, 2 * self.activities.count()))
        frame = 2 * self.activities.frameWidth() + 4
        self.activities.setFixedHeight(self.activities.fontMetrics().lineSpacing() * lines + frame)
        uids = [a.uid for a in self.session.report.activities_of(self.measure_id)]
        self.select_activity(keep if keep in uids else (uids[0] if uids else None))
        self.add_button.setEnabled(self.session.editable)

    def _activity_item(self, a: Activity, locale: QLocale) -> QListWidgetItem:
        from datetime import date

        when = a.text("start_date")
        with contextlib.suppress(ValueError):  # not a date yet: show it as typed
            when = format_date(self.session.lang, date.fromisoformat(when))
        untitled = self.tr("(untitled)")  # outside the f-string, where lupdate finds it
        item = QListWidgetItem((a.text("title") or untitled) + (f"  ·  {when}" if when else ""))
        item.setData(Qt.ItemDataRole.UserRole, a.uid)
        return item

    def select_activity(self, uid: str | None) -> None:
        for i in range(self.activities.count()):
            if self.activities.item(i).data(Qt.ItemDataRole.UserRole) == uid:
                self.activities.setCurrentRow(i)
                return
        self.activity_uid = None
        self._fill_activity()

    def _activity_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.activity_uid = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._fill_activity()

    def _fill_activity(self) -> None:
        uid = self.activity_uid
        has = uid is not None
        activity = self.session.report.activity(uid) if uid is not None else None
        for section in self.activity_sections:
            # Some sections (the notification of an exercise) belong to some measures only.
            section.setVisible(
                activity is not None and section.section.applies_to(activity.measure_id)
            )
        self.activity_hint.setVisible(not has)
        self.delete_button.setEnabled(has and self.session.editable)
        if activity is None:
            return
        for field_id, editor in self.editors.items():
            if editor is self.attachments:
                self.attachments.set_attachments(activity.attachments)
            else:
                show_value(editor, activity.values.get(field_id))
            editor.set_read_only(not self.session.editable)
        self._mark_comments()
        self._mark_activity_problems()

    # --- edits ---

    def _measure_edited(self) -> None:
        if self.measure_id is None:
            return
        nothing = self.nothing.isChecked()
        status = None if nothing else self.status.currentData()
        self.session.edit(
            SetMeasure(self.measure_id, status, nothing, self.note.toPlainText()),
            text=self.tr("Change measure status"),
        )

    def _activity_edited(self, field_id: str, value: object) -> None:
        if self.activity_uid is not None:
            self.session.edit(SetActivityField(self.activity_uid, field_id, value))  # type: ignore[arg-type]

    def add_activity(self) -> None:
        if self.measure_id is None or not self.session.editable:
            return
        uid = self.session.new_activity(self.measure_id)
        self.select_activity(uid)
        title = self.editors.get("title")
        if title is not None:
            go_to_field(title, flash=False)

    def delete_activity(self) -> None:
        if self.activity_uid is not None:
            self.session.delete_activity(self.activity_uid)

    def _add_attachment(self) -> None:
        if self.activity_uid is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        uid = self.activity_uid
        if uid is None:
            return
        try:
            # Only a regular file, read through a cap: a pipe or device would hang the window.
            content = read_regular(
                path,
                MAX_ATTACHMENT_BYTES,
                lambda size: BadInput(
                    "attachment.too_large",
                    filename=path.name,
                    size=megabytes(size),
                    max=megabytes(MAX_ATTACHMENT_BYTES),
                ),
            )
        except BadInput as exc:
            title = (
                self.tr("File too large")
                if exc.code == "attachment.too_large"
                else self.tr("Cannot read the file")
            )
            QMessageBox.warning(self, title, exc.message(self.session.lang))
            return
        self.session.add_attachment(uid, path.name, content)

    def _open_attachment(self, attachment_uid: str) -> None:
        info, content = self.session.service.attachment(self.session.report.id, attachment_uid)
        # A private temporary folder: the system viewer needs a real file to open.
        folder = Path(tempfile.mkdtemp(prefix="csbm-attachment-"))
        target = folder / Path(info.filename).name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _remove_attachment(self, attachment_uid: str) -> None:
        if self.activity_uid is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove this attachment from the activity? Saved revisions keep their copy."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove_attachment(self.activity_uid, attachment_uid)

    # --- refresh ---

    def _refresh_catalogue(self) -> None:
        self.model.set_report(self.session.report, self.session.problems())
        for col in (
            MeasureTableModel.NUMBER,
            MeasureTableModel.STATUS,
            MeasureTableModel.COUNT,
        ):
            self.table.resizeColumnToContents(col)
        # A long status ("Partiellement appliquée") wraps at a space rather than taking the
        # measure names' room; its longest word still fits whole.
        metrics = self.table.fontMetrics()
        words = [
            w
            for c in self.model.spec.choice_list("measure_status").options
            for w in c.label.get(self.model.lang).split()
        ] + self.tr("Nothing to report").split()
        widest = max(metrics.horizontalAdvance(w) for w in words) + 40  # icon and margins
        status = MeasureTableModel.STATUS
        self.table.setColumnWidth(status, min(self.table.columnWidth(status), max(widest, 90)))

    def _on_change(self, change: Change) -> None:
        # Not on "activity": an activity's fields (typed a key at a time) change no count or
        # status in the catalogue, and its problems arrive through show_problems. Refreshing
        # cost 6 ms a key press on the large report.
        if change.kind in ("measure", "activities", "all"):
            self._refresh_catalogue()
        if change.kind == "measure" and change.key == self.measure_id:
            self._fill_measure()
        elif change.kind in ("activities", "all"):
            self._fill_measure()
            self._fill_activities()
        elif change.kind == "activity" and change.key and change.key == self.activity_uid:
            self._fill_activity()
            item = self.activities.currentItem()
            if item is not None:
                a = self.session.report.activity(change.key)
                item.setText(self._activity_item(a, QLocale(self.session.lang)).text())

    def show_comments(self, by_anchor: dict[str, int]) -> None:
        self._comments = by_anchor
        self._mark_comments()

    def _mark_comments(self) -> None:
        uid = self.activity_uid
        for section in self.activity_sections:
            for editor in section.editors():
                anchor = f"activities.{uid}.{editor.field.id}"
                section.set_comment_count(
                    editor.field.id, self._comments.get(anchor, 0) if uid else 0
                )

    def show_problems(self) -> None:
        self._refresh_catalogue()
        self._mark_activity_problems()

    def _mark_activity_problems(self) -> None:
        if self.activity_uid is not None:
            mark_problems(
                self.editors,
                worst(self.session.problems(), f"activities.{self.activity_uid}."),
                self.session.lang,
            )

    def focus_target(self, target: Target) -> None:
        if target.measure_id:
            self.select_measure(target.measure_id)
        if target.activity_uid:
            self.select_activity(target.activity_uid)
            editor = self.editors.get(target.field_id or "")
            if editor is not None:
                go_to_field(editor)
                return
        if target.field_id == "status":
            reveal(self.status)
