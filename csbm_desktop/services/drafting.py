"""Drafting a report: create, copy forward, edit, attach files, save revisions, validate."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from csbm_desktop.domain import period
from csbm_desktop.domain.carry import NotCarried, carry_forward
from csbm_desktop.domain.checks import check_edit, check_report, check_revision, check_year
from csbm_desktop.domain.edits import Edit, edit_path
from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import (
    MAX_ATTACHMENT_BYTES,
    Activity,
    AttachmentInfo,
    Report,
    ReportSummary,
    RevisionInfo,
    megabytes,
)
from csbm_desktop.domain.validation import Problem, completeness, validate
from csbm_desktop.domain.workflow import DRAFTER, Actor, check_can_edit, check_role
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.documents import canonical_json, report_from_json
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import audit
from csbm_desktop.storage import reports as store

# Header fields that describe one year and so are not copied forward.
_NOT_COPIED = frozenset({"period_start", "period_end", "authorisation_date"})


def new_uid() -> str:
    return str(uuid.uuid4())


def new_report_header(year: int) -> dict[str, object]:
    """The header a new report starts with (also one made from an imported table): the
    calendar year, Spanish (most member states report in it), public."""
    start, end = period.period_of(year)
    return {
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "language": "es",
        "marking": "public",
    }


def edit_summary(edits: Sequence[Edit]) -> dict[str, object]:
    """What an autosave batch touched, for the audit trail (not the values: they are in the
    report and its revisions)."""
    paths = sorted({edit_path(e) for e in edits})
    return {"edits": len(edits), "fields": paths[:25], "more": max(0, len(paths) - 25)}


def save_snapshot(s: Session, report_id: int, author: str, message: str) -> RevisionInfo:
    """Store the working copy as the next immutable revision (in the caller's transaction)."""
    report = store.load(s, report_id)
    snapshot = canonical_json(report)
    sha = hashlib.sha256(snapshot.encode()).hexdigest()
    info = store.add_revision(
        s,
        report_id,
        when=utc_now(),
        author=author,
        message=message.strip(),
        snapshot=snapshot,
        sha256=sha,
    )
    audit.append(
        s,
        info.created_at,
        author,
        "revision.save",
        report.uid,
        number=info.number,
        sha256=sha,
        message=info.message,
    )
    return info


class DraftingService:
    """Drafting use cases on behalf of one signed-in user.

    Every call re-reads the user's roles from the database, so a user disabled or stripped of a
    role by an administrator is refused at once, even with the application still open.
    """

    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.ws = workspace
        self.actor = actor

    @property
    def user(self) -> str:
        return self.actor.name

    def _me(self, s: Session) -> Actor:
        return current_actor(s, self.actor.name)

    # --- reading ---

    def list_reports(self) -> list[ReportSummary]:
        with self.ws.db.session() as s:
            self._me(s)
            return store.summaries(s)

    def overview(self) -> list[tuple[ReportSummary, float]]:
        """The reports list with each report's completeness (0..1), for the home page."""
        out = []
        for summary in self.list_reports():
            report = self.get(summary.id)
            out.append((summary, completeness(report, self.form_of(report))))
        return out

    def get(self, report_id: int) -> Report:
        with self.ws.db.session() as s:
            self._me(s)
            return store.load(s, report_id)

    def form_of(self, report: Report) -> FormSpec:
        return self.ws.form(report.form_id, report.form_version)

    def validate(self, report_id: int) -> list[Problem]:
        report = self.get(report_id)
        return validate(report, self.form_of(report))

    def completeness(self, report_id: int) -> float:
        report = self.get(report_id)
        return completeness(report, self.form_of(report))

    # --- creating ---

    def create(
        self,
        state: str,
        year: int | None = None,
        copy_from: int | None = None,
        today: date | None = None,
    ) -> Report:
        """A new draft on the current form; optionally copied forward from an earlier report."""
        today = today or date.today()
        with self.ws.db.session() as s:
            check_role(self._me(s), DRAFTER, "create")
        year = period.default_reporting_year(today) if year is None else year
        check_year(year, today.year)
        spec = self.ws.form()
        if spec.state(state) is None:
            raise BadInput("state.unknown", code=state)
        now = utc_now()
        header = new_report_header(year)
        report = Report(
            uid=new_uid(),
            state=state,
            year=year,
            form_id=spec.id,
            form_version=spec.version,
            status="draft",
            header={},
            answers={},
            measures=(),
            activities=(),
            created_at=now,
            created_by=self.user,
            updated_at=now,
            updated_by=self.user,
        )
        lost: list[NotCarried] = []
        if copy_from is not None:
            source = self.get(copy_from)
            header |= {k: v for k, v in source.header.items() if k not in _NOT_COPIED}
            # Into a newer form version, measures move through its mapping; what has no place
            # there is left behind and recorded (see `not_carried`).
            measures, activities, answers, lost = carry_forward(source, spec)
            report = replace(
                report,
                copied_from=source.uid,
                answers=answers,
                measures=measures,
                # New identities: the copy is a different report, its activities too. Dates stay
                # as they were, so validation flags each one until the officer re-checks it.
                activities=tuple(
                    replace(
                        a,
                        uid=new_uid(),
                        attachments=tuple(replace(att, uid=new_uid()) for att in a.attachments),
                    )
                    for a in activities
                ),
            )
        # Values are re-checked against the current form: a field dropped since is not carried.
        report = check_report(spec, replace(report, header=header))  # type: ignore[arg-type]
        with self.ws.db.session() as s:
            check_role(self._me(s), DRAFTER, "create")
            report_id = store.insert(s, report)
            audit.append(
                s,
                now,
                self.user,
                "report.create",
                report.uid,
                state=state,
                year=year,
                copied_from=report.copied_from,
                form_version=spec.version,
                not_carried=[str(x) for x in lost],
            )
        return self.get(report_id)

    def not_carried(self, copy_from: int) -> list[NotCarried]:
        """What copying report `copy_from` forward into the current form would leave behind."""
        return carry_forward(self.get(copy_from), self.ws.form())[3]

    def delete(self, report_id: int) -> None:
        with self.ws.db.session() as s:
            check_role(self._me(s), DRAFTER, "delete")
            row = store.report_row(s, report_id)
            if row.status != "draft":
                raise Refused("report.not_deletable", id=report_id, status=row.status)
            audit.append(
                s, utc_now(), self.user, "report.delete", row.uid, state=row.state, year=row.year
            )
            store.delete_report(s, report_id)

    # --- editing ---

    def _check_edit(self, s: Session, report_id: int) -> str:
        return self.check_editable(s, report_id)

    def check_editable(self, s: Session, report_id: int) -> str:
        """Refused unless the user is a drafter and the report is editable; its uid. Public so
        that every other way content arrives (bundles) obeys the same rule as typing."""
        row = store.report_row(s, report_id)
        check_can_edit(row.status, self._me(s), report_id)
        return row.uid

    def apply(self, report_id: int, edits: Sequence[Edit]) -> list[Edit]:
        """Apply edits in one transaction (all or none). Returns the edits that undo them, in the
        order to apply them."""
        with self.ws.db.session() as s:
            return self.apply_in(s, report_id, edits)

    def apply_in(self, s: Session, report_id: int, edits: Sequence[Edit]) -> list[Edit]:
        """`apply` inside a transaction the caller holds, for a change that must be recorded
        together with something else (an accepted suggestion) or not at all."""
        uid = self._check_edit(s, report_id)
        row = store.report_row(s, report_id)
        spec = self.ws.form(row.form_id, row.form_version)
        checked = [check_edit(spec, e) for e in edits]
        inverses = [store.apply(s, report_id, e) for e in checked]
        now = utc_now()
        store.touch(s, report_id, now, self.user)
        audit.append(s, now, self.user, "report.edit", uid, **edit_summary(checked))
        return inverses[::-1]

    def add_activity(
        self, report_id: int, measure_id: str, values: dict[str, object] | None = None
    ) -> Activity:
        """A new activity under a measure, pre-ticked with the measure's usual characteristics."""
        from csbm_desktop.domain.edits import AddActivity

        with self.ws.db.session() as s:
            row = store.report_row(s, report_id)
            spec = self.ws.form(row.form_id, row.form_version)
        vals: dict[str, object] = {}
        if spec.has_measure(measure_id):
            vals["characteristics"] = list(spec.measure(measure_id).typical_characteristics)
        vals |= values or {}
        uid = new_uid()
        self.apply(report_id, [AddActivity(uid, measure_id, vals)])  # type: ignore[arg-type]
        return self.get(report_id).activity(uid)

    # --- attachments ---

    def add_attachment(
        self,
        report_id: int,
        activity_uid: str,
        filename: str,
        content: bytes,
        media_type: str | None = None,
    ) -> AttachmentInfo:
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise BadInput(
                "attachment.too_large",
                filename=filename,
                size=megabytes(len(content)),
                max=megabytes(MAX_ATTACHMENT_BYTES),
            )
        info = AttachmentInfo(
            uid=new_uid(),
            filename=filename[-255:],
            media_type=media_type
            or mimetypes.guess_type(filename)[0]
            or "application/octet-stream",
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            added_at=utc_now(),
            added_by=self.user,
        )
        with self.ws.db.session() as s:
            uid = self._check_edit(s, report_id)
            store.store_blob(s, info.sha256, content)
            store.add_attachment(s, report_id, activity_uid, info)
            store.touch(s, report_id, info.added_at, self.user)
            audit.append(
                s,
                info.added_at,
                self.user,
                "attachment.add",
                uid,
                activity=activity_uid,
                filename=info.filename,
                sha256=info.sha256,
                size=info.size,
            )
        return info

    def remove_attachment(self, report_id: int, uid: str) -> None:
        with self.ws.db.session() as s:
            report_uid = self._check_edit(s, report_id)
            store.remove_attachment(s, report_id, uid)
            now = utc_now()
            store.touch(s, report_id, now, self.user)
            audit.append(s, now, self.user, "attachment.remove", report_uid, attachment=uid)

    def attachment(self, report_id: int, uid: str) -> tuple[AttachmentInfo, bytes]:
        with self.ws.db.session() as s:
            self._me(s)
            return store.attachment_content(s, report_id, uid)

    # --- revisions ---

    def save_revision(self, report_id: int, message: str) -> RevisionInfo:
        """An immutable, named snapshot of the working copy as it is now."""
        with self.ws.db.session() as s:
            check_role(self._me(s), DRAFTER, "save revision")
            return save_snapshot(s, report_id, self.user, message)

    def restore_revision(self, report_id: int, number: int) -> Report:
        """Make revision `number` the working copy again (itself a recorded, undoable change:
        the working copy before is kept as a new revision first)."""
        with self.ws.db.session() as s:
            uid = self._check_edit(s, report_id)
            snapshot = report_from_json(store.revision_snapshot(s, report_id, number))
            # A revision that arrived before imports were checked may not fit its form.
            spec = self.ws.form(snapshot.form_id, snapshot.form_version)
            check_revision(spec, number, snapshot, utc_now().year)
            save_snapshot(s, report_id, self.user, f"Before restoring revision {number}")
            store.replace_content(s, report_id, snapshot)
            now = utc_now()
            store.touch(s, report_id, now, self.user)
            audit.append(s, now, self.user, "revision.restore", uid, number=number)
        return self.get(report_id)

    def revisions(self, report_id: int) -> Sequence[RevisionInfo]:
        with self.ws.db.session() as s:
            self._me(s)
            return store.revisions(s, report_id)

    def revision(self, report_id: int, number: int) -> Report:
        with self.ws.db.session() as s:
            self._me(s)
            return report_from_json(store.revision_snapshot(s, report_id, number))
