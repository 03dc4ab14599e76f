"""The audit trail, for administrators: who did what and when, filtered, and verified on demand.

The dialog only reads. "Verify" runs the same check as `csbm check` (the hash chain, SQLite's own
integrity check, the revisions' fingerprints) and words its verdict in one line.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.messages import locate
from csbm_desktop.domain.workflow import TRANSITIONS
from csbm_desktop.services.audit_trail import AuditEvent, AuditTrailService
from csbm_desktop.services.integrity import IntegrityReport
from csbm_desktop.ui.formatting import format_datetime
from csbm_desktop.ui.geometry import resize_within_screen
from csbm_desktop.ui.widgets import record_table

LIMIT = 500  # newest events shown; the filters reach further back
_MAX_DETAILS = 120  # characters of details in a cell; the tooltip has all of them
OK_STYLE = "color: #1b7f3b; font-weight: bold;"
BROKEN_STYLE = "color: #b3261e; font-weight: bold;"

# Action families: the prefixes of the actions each one covers (the services name actions
# "<subject>.<verb>"). Workflow steps come from the workflow's own table, so a new transition
# is listed without touching this file.
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("all", ()),
    ("signin", ("auth.",)),
    ("users", ("user.", "setting.")),
    ("reports", ("report.create", "report.delete", "report.import", "revision.")),
    ("edits", ("report.edit", "attachment.")),
    ("comments", ("comment.",)),
    ("workflow", (*(f"report.{name}" for name in TRANSITIONS), "report.sod_relaxed")),
    ("exports", ("report.export",)),
)


def family_label(family: str) -> str:
    labels = {
        "all": QCoreApplication.translate("AuditTrailDialog", "All actions"),
        "signin": QCoreApplication.translate("AuditTrailDialog", "Sign-in"),
        "users": QCoreApplication.translate("AuditTrailDialog", "Users and settings"),
        "reports": QCoreApplication.translate("AuditTrailDialog", "Reports and revisions"),
        "edits": QCoreApplication.translate("AuditTrailDialog", "Edits"),
        "comments": QCoreApplication.translate("AuditTrailDialog", "Comments"),
        "workflow": QCoreApplication.translate("AuditTrailDialog", "Workflow"),
        "exports": QCoreApplication.translate("AuditTrailDialog", "Exports"),
    }
    return labels.get(family, family)


def action_label(action: str) -> str:
    """An audit action in words ("Submitted for review"), never its code ("report.submit")."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AuditTrailDialog", text)

    labels = {
        "auth.signin": tr("Signed in"),
        "auth.failed": tr("Sign-in failed"),
        "auth.locked": tr("Account locked"),
        "user.add": tr("User added"),
        "user.disable": tr("User disabled"),
        "user.enable": tr("User enabled"),
        "user.password": tr("Password changed"),
        "user.reset_password": tr("Password reset"),
        "user.roles": tr("Roles changed"),
        "setting.idle_minutes": tr("Idle lock time changed"),
        "setting.backup_keep": tr("Backups kept changed"),
        "report.create": tr("Report created"),
        "report.delete": tr("Report deleted"),
        "report.edit": tr("Edited"),
        "report.import": tr("Report imported"),
        "report.export": tr("Exported"),
        "report.sod_relaxed": tr("Separation of duties relaxed"),
        "report.submit": tr("Submitted for review"),
        "report.request_changes": tr("Changes requested"),
        "report.resume": tr("Drafting resumed"),
        "report.approve": tr("Approved"),
        "report.finalize": tr("Finalised"),
        "report.transmit": tr("Transmission recorded"),
        "report.revert": tr("Reverted to draft"),
        "revision.save": tr("Revision saved"),
        "revision.restore": tr("Revision restored"),
        "attachment.add": tr("File attached"),
        "attachment.remove": tr("Attachment removed"),
        "comment.add": tr("Comment written"),
        "comment.resolve": tr("Comment resolved"),
        "comment.reopen": tr("Comment reopened"),
        "comment.accept": tr("Suggestion accepted"),
        "comment.reject": tr("Suggestion rejected"),
        "bundle.export": tr("Bundle sent"),
        "bundle.import": tr("Bundle received"),
        "database.backup": tr("Database backed up"),
        "database.restore": tr("Database restored"),
    }
    return labels.get(action, action)


def fields_in_words(paths: list[str], spec: FormSpec | None, lang: str) -> str:
    """The fields an edit touched, by their labels ("Activity › Start date"), not their paths."""
    if spec is None:
        return ", ".join(paths)
    activity = QCoreApplication.translate("AuditTrailDialog", "Activity")
    labels = {f.id: f.label.get(lang) for f in spec.activity_fields()}
    words = []
    for path in paths:
        parts = path.split(".")
        if parts[0] == "activities" and len(parts) == 3 and parts[2] in labels:
            words.append(f"{activity} › {labels[parts[2]]}")  # the title may since have changed
        elif parts[0] == "activities":
            words.append(activity)
        else:
            words.append(locate(path, spec, lang))
    return ", ".join(dict.fromkeys(words))


def _reason(text: str) -> str:
    """The chain checker's reason, worded in the interface language when it is a known one."""
    if text == "its content was changed":
        return QCoreApplication.translate("AuditTrailDialog", "its content was changed")
    if text == "does not follow the previous event":
        return QCoreApplication.translate(
            "AuditTrailDialog", "it does not follow the previous event"
        )
    missing = re.fullmatch(r"event (\d+) is missing", text)
    if missing:
        return QCoreApplication.translate("AuditTrailDialog", "event %1 is missing").replace(
            "%1", missing.group(1)
        )
    return text


def details_text(details: dict[str, object]) -> str:
    """One line of compact JSON ("" when there are no details)."""
    if not details:
        return ""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _elide(text: str) -> str:
    return text if len(text) <= _MAX_DETAILS else text[: _MAX_DETAILS - 1].rstrip() + "…"


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class AuditTrailDialog(QDialog):
    COLUMNS = 6

    def __init__(
        self,
        trail: AuditTrailService,
        check: Callable[[], IntegrityReport],
        lang: str,
        report_id: int | None = None,
        parent: QWidget | None = None,
        *,
        people: dict[str, str] | None = None,
        spec: FormSpec | None = None,
    ) -> None:
        super().__init__(parent)
        self.people = people or {}  # user name → full name
        self.spec = spec
        self.trail = trail
        self.check = check
        self.lang = lang
        self.report_id = report_id
        self.events: list[AuditEvent] = []
        self.integrity: IntegrityReport | None = None
        self.setWindowTitle(QCoreApplication.translate("AuditTrailDialog", "Audit trail"))
        resize_within_screen(self, 1100, 620)

        self.family = QComboBox()
        self.family.setAccessibleName(
            QCoreApplication.translate("AuditTrailDialog", "Kind of action")
        )
        for family, _prefixes in FAMILIES:
            self.family.addItem(family_label(family), family)
        family_label_widget = QLabel(QCoreApplication.translate("AuditTrailDialog", "&Show:"))
        family_label_widget.setBuddy(self.family)

        self.user = QLineEdit()
        self.user.setAccessibleName(QCoreApplication.translate("AuditTrailDialog", "User"))
        self.user.setPlaceholderText(QCoreApplication.translate("AuditTrailDialog", "any user"))
        self.user.setClearButtonEnabled(True)
        self.user.setMinimumWidth(180)
        self._user_names = QStringListModel(self)
        completer = QCompleter(self._user_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.user.setCompleter(completer)
        user_label = QLabel(QCoreApplication.translate("AuditTrailDialog", "&User:"))
        user_label.setBuddy(self.user)

        self.this_report = QCheckBox(
            QCoreApplication.translate("AuditTrailDialog", "This &report only")
        )
        self.this_report.setAccessibleName(
            QCoreApplication.translate("AuditTrailDialog", "This report only")
        )
        self.this_report.setChecked(report_id is not None)
        self.this_report.setVisible(report_id is not None)

        filters = QHBoxLayout()
        filters.addWidget(family_label_widget)
        filters.addWidget(self.family)
        filters.addSpacing(12)
        filters.addWidget(user_label)
        filters.addWidget(self.user)
        filters.addSpacing(12)
        filters.addWidget(self.this_report)
        filters.addStretch()

        self.table = record_table(self.COLUMNS)
        self.table.setAccessibleName(QCoreApplication.translate("AuditTrailDialog", "Events"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AuditTrailDialog", "No."),
                QCoreApplication.translate("AuditTrailDialog", "Time"),
                QCoreApplication.translate("AuditTrailDialog", "User"),
                QCoreApplication.translate("AuditTrailDialog", "Action"),
                QCoreApplication.translate("AuditTrailDialog", "Report"),
                QCoreApplication.translate("AuditTrailDialog", "Details"),
            ]
        )
        self.table.setAlternatingRowColors(True)
        # The details (at most _MAX_DETAILS characters) wrap in their column rather than being
        # elided at the dialog's edge on a laptop screen; each row is as tall as they need.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.count = QLabel()
        self.verify_button = QPushButton(QCoreApplication.translate("AuditTrailDialog", "&Verify"))
        self.verify_button.setToolTip(
            QCoreApplication.translate(
                "AuditTrailDialog",
                "Check that no event was changed, removed or reordered since it was written, "
                "that the database file is sound and that saved revisions are intact.",
            )
        )
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setAccessibleName(
            QCoreApplication.translate("AuditTrailDialog", "Verification result")
        )
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verdict, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(bottom)

        self.family.currentIndexChanged.connect(self.refresh)
        self.user.textChanged.connect(self.refresh)
        self.this_report.toggled.connect(self.refresh)
        self.refresh()
        self._user_names.setStringList(sorted({e.actor for e in self.events}))
        self.table.setFocus()

    # --- data ---

    def prefixes(self) -> tuple[str, ...]:
        family = self.family.currentData()
        return next((p for f, p in FAMILIES if f == family), ())

    def _load(self) -> list[AuditEvent]:
        user = self.user.text().strip() or None
        report_id = self.report_id if self.this_report.isChecked() else None
        prefixes = self.prefixes() or (None,)
        found: dict[int, AuditEvent] = {}
        # The service takes one prefix: a family of several is several queries, merged.
        for prefix in prefixes:
            for event in self.trail.events(
                report_id=report_id, action_prefix=prefix, user=user, limit=LIMIT
            ):
                found[event.id] = event
        return sorted(found.values(), key=lambda e: e.id, reverse=True)[:LIMIT]

    def refresh(self) -> None:
        try:
            self.events = self._load()
        except CsbmError as exc:
            self.events = []
            self.count.setText(exc.message(self.lang))
            self.count.setStyleSheet(BROKEN_STYLE)
            self._fill()
            return
        self.count.setStyleSheet("")
        if len(self.events) >= LIMIT:
            text = QCoreApplication.translate(
                "AuditTrailDialog",
                "The newest %1 events are shown; narrow the filters to see older ones.",
            )
        else:
            text = QCoreApplication.translate("AuditTrailDialog", "Events shown: %1")
        self.count.setText(text.replace("%1", str(len(self.events))))
        self._fill()

    def _fill(self) -> None:
        broken = self.integrity.first_broken_event if self.integrity else None
        tint = QBrush(self._tint(QColor(215, 50, 50)))
        self.table.setRowCount(len(self.events))
        for r, event in enumerate(self.events):
            details = details_text(event.details)
            uid = event.report_uid or ""
            cells = [
                str(event.id),
                format_datetime(self.lang, event.at),
                self.person(event.actor),
                action_label(event.action),
                uid[:8],
                _elide(self.details_words(event) or details),
            ]
            items = [QTableWidgetItem(text) for text in cells]
            items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[1].setToolTip(event.at.astimezone(UTC).isoformat() + " UTC")
            if uid:
                items[4].setToolTip(uid)
            if details:
                pretty = json.dumps(event.details, ensure_ascii=False, sort_keys=True, indent=2)
                items[5].setToolTip(f"<pre>{html.escape(pretty)}</pre>")
            for c, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                if event.id == broken:
                    item.setBackground(tint)
                self.table.setItem(r, c, item)

    def person(self, user: str) -> str:
        """ "Ana Pérez (ana.drafter)": the person, and the account the trail names."""
        full = self.people.get(user, "")
        return f"{full} ({user})" if full and full != user else user

    def details_words(self, event: AuditEvent) -> str:
        """An edit's fields by their labels; "" for other events (their details stay data)."""
        fields = event.details.get("fields")
        if event.action != "report.edit" or not isinstance(fields, list):
            return ""
        text = fields_in_words([str(f) for f in fields], self.spec, self.lang)
        more = event.details.get("more")
        if isinstance(more, int) and more > 0:
            text += " " + QCoreApplication.translate("AuditTrailDialog", "(+%1 more)").replace(
                "%1", str(more)
            )
        return text

    def _tint(self, hue: QColor, amount: float = 0.25) -> QColor:
        base = self.table.palette().color(QPalette.ColorRole.Base)
        return QColor(
            round(base.red() * (1 - amount) + hue.red() * amount),
            round(base.green() * (1 - amount) + hue.green() * amount),
            round(base.blue() * (1 - amount) + hue.blue() * amount),
        )

    def row_of(self, event_id: int) -> int | None:
        return next((r for r, e in enumerate(self.events) if e.id == event_id), None)

    # --- verification ---

    def verify(self) -> None:
        try:
            with _busy():
                report = self.check()
        except CsbmError as exc:
            self._verdict(exc.message(self.lang), ok=False)
            return
        self.integrity = report
        self._verdict(self.verdict_text(report), ok=report.ok)
        self.refresh()  # show the events as they are now, the broken one tinted
        broken = report.first_broken_event
        row = self.row_of(broken) if broken is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.table.model().index(row, 0))

    def verdict_text(self, report: IntegrityReport) -> str:
        if report.ok:
            return "✔ " + QCoreApplication.translate(
                "AuditTrailDialog", "Audit trail of %1 events verified; database sound."
            ).replace("%1", str(report.events))
        lines = []
        if report.chain:
            first = report.chain[0]
            lines.append(
                QCoreApplication.translate("AuditTrailDialog", "Broken at event %1: %2")
                .replace("%1", str(first.event_id))
                .replace("%2", _reason(first.reason))
            )
        if report.sqlite:
            lines.append(
                QCoreApplication.translate(
                    "AuditTrailDialog", "The database file is damaged: %1"
                ).replace("%1", report.sqlite[0])
            )
        if report.revisions:
            lines.append(
                QCoreApplication.translate(
                    "AuditTrailDialog", "A saved revision was changed: %1"
                ).replace("%1", ", ".join(report.revisions))
            )
        lines += [finding.message(self.lang) for finding in report.findings]
        return "✖ " + "\n".join(lines)

    def _verdict(self, text: str, ok: bool) -> None:
        self.verdict.setStyleSheet(OK_STYLE if ok else BROKEN_STYLE)
        self.verdict.setText(text)
