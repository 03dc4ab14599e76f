"""The open report in the editor: in-memory state, undo/redo, validation and autosave.

Every change a widget makes becomes an `Edit`. The session checks it (the same domain rules as the
command line), applies it in memory so the screen updates at once, records it on the undo stack,
and queues it for autosave, which writes the queue to the database on the worker thread a few
seconds after the last change. Typing never waits on the disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from csbm_desktop.domain.apply import apply_edit
from csbm_desktop.domain.checks import check_edit
from csbm_desktop.domain.edits import (
    AddActivity,
    DeleteActivity,
    Edit,
    SetActivityField,
    SetAnswer,
    SetHeaderField,
    SetMeasure,
)
from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import AttachmentInfo, Report
from csbm_desktop.domain.validation import Problem, validate
from csbm_desktop.domain.workflow import DRAFTER, may_edit
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.ui.tasks import Runner

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
VALIDATE_MS = 400


@dataclass(frozen=True)
class Change:
    """What changed, so views refresh only what they show.

    kind: "header" | "answer" | "measure" | "activity" | "activities" | "all"; key: the field,
    question, measure or activity uid concerned (None for "activities" and "all").
    """

    kind: str
    key: str | None = None


def change_of(edit: Edit) -> Change:
    if isinstance(edit, SetHeaderField):
        return Change("header", edit.field_id)
    if isinstance(edit, SetAnswer):
        return Change("answer", edit.question_id)
    if isinstance(edit, SetMeasure):
        return Change("measure", edit.measure_id)
    if isinstance(edit, SetActivityField):
        return Change("activity", edit.activity_uid)
    return Change("activities")


def merge_key(edit: Edit) -> str | None:
    """Edits of the same field in a row merge into one undo step (typing a word is one step)."""
    if isinstance(edit, SetHeaderField):
        return f"h:{edit.field_id}"
    if isinstance(edit, SetAnswer):
        return f"a:{edit.question_id}"
    if isinstance(edit, SetActivityField) and edit.field_id not in ("characteristics",):
        return f"x:{edit.activity_uid}:{edit.field_id}"
    return None


_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str | None) -> int:
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class _EditCommand(QUndoCommand):
    def __init__(
        self,
        session: ReportSession,
        edits: list[Edit],
        inverses: list[Edit],
        text: str,
        key: str | None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._edits = edits
        self._inverses = inverses  # in the order to apply them
        self._key = key
        self._first = True

    def id(self) -> int:
        return _merge_id(self._key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other._key != self._key or self._key is None:
            return False
        self._edits = other._edits  # the latest value; keep our inverse (the value before)
        return True

    def redo(self) -> None:
        if self._first:  # already applied when the user made the change
            self._first = False
            return
        self._session._apply_local(self._edits)

    def undo(self) -> None:
        self._session._apply_local(self._inverses)


class ReportSession(QObject):
    changed = Signal(object)  # Change
    problems_changed = Signal()
    save_state_changed = Signal()  # saving started, finished or failed
    error = Signal(str)  # a message for the user, in the UI language

    def __init__(
        self,
        service: DraftingService,
        runner: Runner,
        report: Report,
        spec: FormSpec,
        lang: str,
        parent: QObject | None = None,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.spec = spec
        self.lang = lang
        self._report = report
        self._pending: list[Edit] = []
        self._saving = False
        self.last_saved: datetime | None = None
        self.save_error: str | None = None
        self.undo_stack = QUndoStack(self)
        self._problems: list[Problem] | None = None

        self._autosave = QTimer(self, singleShot=True, interval=autosave_ms)
        self._autosave.timeout.connect(self.flush)
        self._revalidate = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._revalidate.timeout.connect(self._validate_now)

    # --- state ---

    @property
    def report(self) -> Report:
        return self._report

    @property
    def editable(self) -> bool:
        """Whether this user may change this report now: its status and the user's roles, as
        the services will check them."""
        return may_edit(self._report.status, self.service.actor)

    @property
    def may_draft(self) -> bool:
        return self.service.actor.has(DRAFTER)

    def problems(self) -> list[Problem]:
        if self._problems is None:
            self._problems = validate(self._report, self.spec)
        return self._problems

    def _validate_now(self) -> None:
        self._problems = validate(self._report, self.spec)
        self.problems_changed.emit()

    @property
    def dirty(self) -> bool:
        return bool(self._pending) or self._saving

    # --- editing ---

    def edit(self, *edits: Edit, text: str = "") -> bool:
        """Check, apply, record for undo, and queue for autosave. False if refused."""
        if not self.editable:
            actor = self.service.actor
            refusal = (
                CsbmError("report.not_editable", id=self._report.id, status=self._report.status)
                if self.may_draft
                else CsbmError("role.missing", user=actor.name, action="edit", roles=DRAFTER)
            )
            self.error.emit(refusal.message(self.lang))
            return False
        try:
            checked = [check_edit(self.spec, e) for e in edits]
            inverses = self._apply_local(checked, record=False)
        except CsbmError as exc:
            self.error.emit(exc.message(self.lang))
            return False
        key = merge_key(checked[0]) if len(checked) == 1 else None
        label = text or self._edit_label(checked[0])
        self.undo_stack.push(_EditCommand(self, checked, inverses, label, key))
        return True

    def _edit_label(self, edit: Edit) -> str:
        """What Undo will say it undoes: "edit Title" (the field's label, shortened)."""
        field_id = getattr(edit, "field_id", None) or getattr(edit, "question_id", None)
        spec, label = self.spec, ""
        fields = [*spec.header_fields(), *spec.activity_fields()]
        fields += [q for c in spec.characteristics for q in c.questions]
        found = next((f for f in fields if f.id == field_id), None)
        if found is not None:
            label = found.label.get(self.lang)
            label = label if len(label) <= 40 else label[:39].rstrip() + "…"
        if not label:
            return QCoreApplication.translate("ReportSession", "Edit")
        return QCoreApplication.translate("ReportSession", "edit %1").replace("%1", label)

    def _apply_local(self, edits: list[Edit], record: bool = True) -> list[Edit]:
        report = self._report
        inverses: list[Edit] = []
        for e in edits:
            report, inverse = apply_edit(report, e)
            inverses.insert(0, inverse)
        self._report = report
        for e in edits:
            self._queue(e)
        self._problems = None
        self._revalidate.start()
        self._autosave.start()
        changes = {change_of(e) for e in edits}
        for change in changes:
            self.changed.emit(change)
        self.save_state_changed.emit()
        return inverses

    def _queue(self, edit: Edit) -> None:
        # Typing sends one edit per keystroke; only the last value of a field needs writing.
        last = self._pending[-1] if self._pending else None
        if last is not None and merge_key(last) is not None and merge_key(last) == merge_key(edit):
            self._pending[-1] = edit
        else:
            self._pending.append(edit)

    # --- autosave ---

    def flush(self) -> None:
        """Write what is pending now, on the worker thread."""
        self._autosave.stop()
        if not self._pending or self._saving:
            if self._pending:
                self._autosave.start()  # a save is running; write the rest after it
            return
        batch, self._pending = self._pending, []
        self._saving = True
        self.save_state_changed.emit()
        report_id = self._report.id

        def done(_result: object) -> None:
            self._saving = False
            self.save_error = None
            self.last_saved = datetime.now(UTC)
            self.save_state_changed.emit()
            if self._pending:
                self._autosave.start()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._pending = batch + self._pending  # nothing is dropped: retried on next save
            message = (
                exc.message(self.lang)
                if isinstance(exc, CsbmError)
                else f"{type(exc).__name__}: {exc}"
            )
            if not isinstance(exc, CsbmError):
                log.error("autosave failed", exc_info=exc)
            self.save_error = message
            self.save_state_changed.emit()
            self.error.emit(message)
            self._autosave.start()

        self.runner.submit(lambda: self.service.apply(report_id, batch), done, failed)

    def flush_and_wait(self, timeout: float = 15.0) -> bool:
        """Save everything before the window closes. False if it could not be written."""
        self.flush()
        self.runner.wait_idle(timeout)
        if self._pending and not self._saving:
            self.flush()
            self.runner.wait_idle(timeout)
        return not self._pending and not self._saving and self.save_error is None

    # --- things that are not plain edits ---

    def new_activity(self, measure_id: str) -> str:
        from csbm_desktop.services.drafting import new_uid

        uid = new_uid()
        values: dict[str, object] = {}
        if self.spec.has_measure(measure_id):
            values["characteristics"] = list(self.spec.measure(measure_id).typical_characteristics)
        self.edit(
            AddActivity(uid, measure_id, values),  # type: ignore[arg-type]
            text=QCoreApplication.translate("ReportSession", "Add activity"),
        )
        return uid

    def delete_activity(self, uid: str) -> None:
        self.edit(
            DeleteActivity(uid), text=QCoreApplication.translate("ReportSession", "Delete activity")
        )

    def reload(self) -> None:
        """Take the stored report as the truth (after attachments, which are stored at once)."""
        self._report = self.service.get(self._report.id)
        self._problems = None
        self.changed.emit(Change("all"))
        self.problems_changed.emit()

    def add_attachment(
        self, activity_uid: str, filename: str, content: bytes, on_done: object = None
    ) -> None:
        """Attachments are written at once (they are files, not keystrokes), after pending
        edits, so the activity they belong to exists in the database."""
        self.flush()
        report_id = self._report.id

        def done(info: AttachmentInfo) -> None:
            self._replace_attachments(activity_uid)
            if callable(on_done):
                on_done(info)

        self.runner.submit(
            lambda: self.service.add_attachment(report_id, activity_uid, filename, content),
            done,
            self._report_error,
        )

    def remove_attachment(self, activity_uid: str, attachment_uid: str) -> None:
        self.flush()
        report_id = self._report.id
        self.runner.submit(
            lambda: self.service.remove_attachment(report_id, attachment_uid),
            lambda _r: self._replace_attachments(activity_uid),
            self._report_error,
        )

    def _replace_attachments(self, activity_uid: str) -> None:
        from dataclasses import replace

        stored = self.service.get(self._report.id).activity(activity_uid)
        self._report = replace(
            self._report,
            activities=tuple(
                replace(a, attachments=stored.attachments) if a.uid == activity_uid else a
                for a in self._report.activities
            ),
        )
        self.changed.emit(Change("activity", activity_uid))

    def _report_error(self, exc: BaseException) -> None:
        message = (
            exc.message(self.lang) if isinstance(exc, CsbmError) else f"{type(exc).__name__}: {exc}"
        )
        self.error.emit(message)
