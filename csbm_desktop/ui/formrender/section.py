"""Rows of labelled field editors, built from a FormSpec: a titled section, or bare rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from csbm_desktop.domain.form import FieldSpec, FormSpec, SectionSpec
from csbm_desktop.domain.report import FieldValue
from csbm_desktop.ui.formrender.fields import EDITOR_FRAME, DateEditor, FieldEditor, create_editor

_LABEL_CHARS = 30  # the label column's width, in average characters
_LABEL_PADDING = 2
_QUESTION_GAP = 10  # with labels above: between one field's editor and the next field's label


def _label_text(field: FieldSpec, lang: str) -> str:
    # A label with a buddy treats "&" as a mnemonic marker; double it to show it as written.
    text = field.label.get(lang).replace("&", "&&")
    # A no-break space keeps the "*" from wrapping onto a line of its own.
    return f"{text}\u00a0*" if field.required else text


class FieldRows(QWidget):
    """One row per field: a label (with "*" when required) and the field's editor."""

    field_edited = Signal(str, object)  # (field_id, new value), on user changes only

    def __init__(
        self,
        fields: Sequence[FieldSpec],
        form: FormSpec,
        lang: str,
        parent: QWidget | None = None,
        *,
        labels_above: bool = False,
    ) -> None:
        super().__init__(parent)
        self._editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, tuple[QLabel, str]] = {}
        layout = self._column() if labels_above else self._form_layout()
        # One label width for every section, so that stacked sections line up; a longer label
        # wraps onto a second line.
        label_width = self.fontMetrics().averageCharWidth() * _LABEL_CHARS
        previous: FieldEditor | None = None
        for field in fields:
            editor = create_editor(field, form, lang, self)
            if isinstance(editor, DateEditor) and isinstance(previous, DateEditor):
                editor.follow(previous)  # an end date's calendar opens on its start's month
            previous = editor
            label = QLabel(_label_text(field, lang), self)
            label.setBuddy(editor.focus_widget())
            label.setToolTip(editor.toolTip())
            label.setWordWrap(True)
            editor.edited.connect(partial(self.field_edited.emit, field.id))
            if isinstance(layout, QFormLayout):
                label.setFixedWidth(label_width)
                # QFormLayout gives a label up to 7/4 of its height hint at the top of its row and
                # the label centres its text in that: with this padding, the text lines up with a
                # one-line editor's and stays by the first line of a tall one.
                label.setContentsMargins(0, _LABEL_PADDING, 0, _LABEL_PADDING)
                layout.addRow(label, editor)
            else:
                if layout.count():
                    layout.addSpacing(_QUESTION_GAP)
                label.setContentsMargins(EDITOR_FRAME, 0, 0, 0)  # flush with the editor's box
                layout.addWidget(label)
                layout.addWidget(editor)
            self._editors[field.id] = editor
            self._labels[field.id] = (label, label.text())

    def set_comment_count(self, field_id: str, count: int) -> None:
        """Mark a field that has open review comments (a badge after its label)."""
        label, text = self._labels[field_id]
        if count:
            # No plural form: Qt's lupdate for Python only sees plurals with a literal count.
            note = QCoreApplication.translate("FieldEditors", "Open comments: %1").replace(
                "%1", str(count)
            )
            label.setText(f"{text}  ✉ {count}")
            label.setToolTip(note)
            label.setAccessibleDescription(note)
        else:
            label.setText(text)
            label.setToolTip(self._editors[field_id].toolTip())
            label.setAccessibleDescription("")

    def _form_layout(self) -> QFormLayout:
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Set explicitly: the style's defaults differ (macOS keeps fields at their size hint).
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return layout

    def _column(self) -> QVBoxLayout:
        # Sentence-long labels (guiding questions) read best as a heading over the editor, at the
        # full width; a QFormLayout would squeeze a word-wrapped label to its own size hint.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        return layout

    def set_values(self, values: Mapping[str, FieldValue]) -> None:
        """Show `values` (missing ids are empty); emits nothing."""
        for field_id, editor in self._editors.items():
            editor.set_value(values.get(field_id))

    def editor(self, field_id: str) -> FieldEditor:
        return self._editors[field_id]

    def editors(self) -> list[FieldEditor]:
        return list(self._editors.values())

    def set_read_only(self, read_only: bool) -> None:
        for editor in self._editors.values():
            editor.set_read_only(read_only)


class FormSection(QGroupBox):
    """A section of the form (e.g. "National point of contact") as a titled group of rows."""

    field_edited = Signal(str, object)  # (field_id, new value), on user changes only

    def __init__(
        self, section: SectionSpec, form: FormSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(section.title.get(lang), parent)
        self.section = section
        self._rows = FieldRows(section.fields, form, lang, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._rows)
        self._rows.field_edited.connect(self.field_edited)

    def set_values(self, values: Mapping[str, FieldValue]) -> None:
        self._rows.set_values(values)

    def editor(self, field_id: str) -> FieldEditor:
        return self._rows.editor(field_id)

    def editors(self) -> list[FieldEditor]:
        return self._rows.editors()

    def set_read_only(self, read_only: bool) -> None:
        self._rows.set_read_only(read_only)

    def set_comment_count(self, field_id: str, count: int) -> None:
        self._rows.set_comment_count(field_id, count)


def build_fields(
    fields: Sequence[FieldSpec],
    form: FormSpec,
    lang: str,
    parent: QWidget | None = None,
    *,
    labels_above: bool = True,
) -> FieldRows:
    """The rows of `fields` without a group box, e.g. a characteristic's guiding questions.

    Labels go above their editors by default because those labels are whole questions.
    """
    return FieldRows(fields, form, lang, parent, labels_above=labels_above)
