"""The side panel that explains the focused field in the interface language."""

from __future__ import annotations

import contextlib
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from csbm_desktop.domain.form import FieldSpec, FormSpec


def field_of(widget: QWidget | None) -> str | None:
    """The form field a widget edits: the nearest `field_id` property up its parents."""
    while widget is not None:
        value = widget.property("field_id")
        if isinstance(value, str) and value:
            return value
        widget = widget.parentWidget()
    return None


class HelpPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(220)
        self._fields: dict[str, FieldSpec] = {}
        self._lang = "en"
        self._spec: FormSpec | None = None
        self.current: str | None = None
        self._editor: QWidget | None = None  # the field editor followed, for its problem
        self.show_intro()

    def set_form(self, spec: FormSpec | None, lang: str) -> None:
        self._spec, self._lang = spec, lang
        self._fields = {}
        if spec is not None:
            for f in (*spec.header_fields(), *spec.activity_fields()):
                self._fields[f.id] = f
            for c in spec.characteristics:
                for q in c.questions:
                    self._fields[q.id] = q
        self.show_intro()

    def show_intro(self) -> None:
        self.current = None
        self.setHtml(
            "<p>"
            + escape(
                self.tr(
                    "Help for the field you are in appears here. Move through the form with Tab; "
                    "the steps on the left show where something is missing."
                )
            )
            + "</p>"
        )
        self.setAccessibleName(self.tr("Help"))

    def follow(self, widget: QWidget | None) -> None:
        field_id = field_of(widget)
        if field_id is None or field_id == self.current:
            return
        self._follow_editor(widget)
        if field_id == "measure_status" and self._spec is not None:
            self.current = field_id
            # tr() outside f-strings: lupdate does not look inside them (these two strings were
            # missing from the catalogues).
            title = self.tr("Implementation status")
            self.setHtml(
                f"<h3>{escape(title)}</h3><p>"
                + escape(
                    self.tr(
                        "Say whether the measure was implemented in the period, partly, not "
                        "at all, or does not apply to your state. Tick “Nothing to report” to "
                        "say so explicitly; a measure marked implemented needs at least one "
                        "activity."
                    )
                )
                + "</p>"
            )
            return
        spec = self._fields.get(field_id)
        if spec is None:
            return
        self.current = field_id
        self._show_field()

    def _show_field(self) -> None:
        spec = self._fields.get(self.current or "")
        if spec is None:
            return
        # tr() outside f-strings: lupdate does not look inside them.
        required = self.tr("Required.")
        required = f"<p><i>{escape(required)}</i></p>" if spec.required else ""
        problem = self._editor.problem_text() if self._editor is not None else ""  # type: ignore[attr-defined]
        # The field's problem, for whoever reads this panel (or a screen reader) rather than
        # the note under the field.
        problem_html = f"<p><b>{escape(problem)}</b></p>" if problem else ""
        self.setHtml(
            f"<h3>{escape(spec.label.get(self._lang))}</h3>{problem_html}"
            f"<p>{escape(spec.help.get(self._lang))}</p>{required}"
        )

    def _follow_editor(self, widget: QWidget | None) -> None:
        """Follow the field editor holding `widget`, to show its problem as it changes."""
        while widget is not None and not hasattr(widget, "problem_changed"):
            widget = widget.parentWidget()
        if widget is self._editor:
            return
        if self._editor is not None:
            with contextlib.suppress(RuntimeError):  # the old page may be gone
                self._editor.problem_changed.disconnect(self._show_field)  # type: ignore[attr-defined]
        self._editor = widget
        if widget is not None:
            widget.problem_changed.connect(self._show_field)
