"""What changed between two versions of a report, field by field, and how to say it to a person.

`diff_reports` compares two `Report`s of the same form (a saved revision and the working copy, or
two revisions) and returns one `Change` per field whose value differs, using the same paths as
validation problems, so the UI can place a change exactly where it places a problem. `describe`
words a change in one of the four languages: codes become the form's labels, so an officer reads
"Perú", not "PER".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from csbm_desktop.domain.form import FieldSpec, FormSpec, Text
from csbm_desktop.domain.messages import locate
from csbm_desktop.domain.render import characteristic_name, choice_label, state_name
from csbm_desktop.domain.report import Activity, FieldValue, MeasureEntry, Report

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    """One difference. `old` is None when added, `new` is None when removed.

    Paths: ``header.<field>``, ``answers.<question>``, ``measures.<id>.status`` /
    ``.nothing_to_report`` / ``.note``, ``activities.<uid>.<field>``, ``activities.<uid>`` for a
    whole activity added or removed (old/new: its title), and ``activities.<uid>.attachments``
    (old/new: the file names attached, in order).
    """

    kind: ChangeKind
    path: str
    old: FieldValue
    new: FieldValue


def _empty(value: FieldValue) -> bool:
    # The store drops empty values, but an imported document may carry "" or []: the same thing.
    return value is None or value in ("", [])


def _compare(path: str, old: FieldValue, new: FieldValue) -> Change | None:
    if _empty(old) and _empty(new):
        return None
    if _empty(old):
        return Change("added", path, None, new)
    if _empty(new):
        return Change("removed", path, old, None)
    if old == new:
        return None
    return Change("changed", path, old, new)


def _values(prefix: str, old: dict[str, FieldValue], new: dict[str, FieldValue]) -> list[Change]:
    out = []
    for key in sorted(old.keys() | new.keys()):
        change = _compare(f"{prefix}.{key}", old.get(key), new.get(key))
        if change is not None:
            out.append(change)
    return out


def _measure(old: MeasureEntry, new: MeasureEntry) -> list[Change]:
    prefix = f"measures.{new.measure_id}"
    out = [
        _compare(f"{prefix}.status", old.status, new.status),
        # A tick box is never "empty": unticking it is a change from Yes to No.
        Change(
            "changed", f"{prefix}.nothing_to_report", old.nothing_to_report, new.nothing_to_report
        )
        if old.nothing_to_report != new.nothing_to_report
        else None,
        _compare(f"{prefix}.note", old.note, new.note),
    ]
    return [c for c in out if c is not None]


def _file_names(activity: Activity) -> list[str]:
    return [a.filename for a in activity.attachments]


def _activity(old: Activity, new: Activity) -> list[Change]:
    prefix = f"activities.{new.uid}"
    out = _values(prefix, old.values, new.values)
    if old.measure_id != new.measure_id:
        out.append(Change("changed", f"{prefix}.measure_id", old.measure_id, new.measure_id))
    # Attachments are compared by identity: a file replaced by another of the same name counts.
    if [a.uid for a in old.attachments] != [a.uid for a in new.attachments]:
        path = f"{prefix}.attachments"
        before, after = _file_names(old), _file_names(new)
        out.append(_compare(path, before, after) or Change("changed", path, before, after))
    return out


def diff_reports(old: Report, new: Report) -> list[Change]:
    """Every field-level difference from `old` to `new`, in a stable order: header fields, measures
    and answers by id, then activities in `new`'s order, then the activities `new` no longer has."""
    changes = _values("header", old.header, new.header)
    old_measures = {m.measure_id: m for m in old.measures}
    new_measures = {m.measure_id: m for m in new.measures}
    for measure_id in sorted(old_measures.keys() | new_measures.keys()):
        changes += _measure(old.measure(measure_id), new.measure(measure_id))
    changes += _values("answers", old.answers, new.answers)
    old_activities = {a.uid: a for a in old.activities}
    new_uids = {a.uid for a in new.activities}
    for act in new.activities:
        before = old_activities.get(act.uid)
        if before is None:
            changes.append(Change("added", f"activities.{act.uid}", None, act.text("title")))
        else:
            changes += _activity(before, act)
    changes += [
        Change("removed", f"activities.{a.uid}", a.text("title"), None)
        for a in old.activities
        if a.uid not in new_uids
    ]
    return changes


# --- wording ---

T = Text

WORDS: dict[str, Text] = {
    "yes": T("Yes", "Sí", "Oui", "Sim"),
    "no": T("No", "No", "Non", "Não"),
    "empty": T("—", "—", "—", "—"),
    "activity_added": T(
        "Activity added (measure {number})",
        "Actividad añadida (medida {number})",
        "Activité ajoutée (mesure {number})",
        "Atividade adicionada (medida {number})",
    ),
    "activity_removed": T(
        "Activity removed",
        "Actividad eliminada",
        "Activité supprimée",
        "Atividade removida",
    ),
    "in_measure": T(
        "Under measure {number}",
        "En la medida {number}",
        "Dans la mesure {number}",
        "Na medida {number}",
    ),
    "measure": T("Measure {number}", "Medida {number}", "Mesure {number}", "Medida {number}"),
    "files": T("({count} files)", "({count} archivos)", "({count} fichiers)", "({count} arquivos)"),
    "attachments": T("Attachments", "Anexos", "Pièces jointes", "Anexos"),
    "status": T("Status", "Estado", "État", "Situação"),
    "nothing_to_report": T(
        "Nothing to report", "Nada que informar", "Rien à signaler", "Nada a informar"
    ),
    "note": T("Note", "Nota", "Note", "Nota"),
    "moved": T(
        "Measure of the activity",
        "Medida de la actividad",
        "Mesure de l'activité",
        "Medida da atividade",
    ),
}

# Beyond this many file names, the rest are counted instead of listed.
_MAX_FILES_LISTED = 3


def _word(key: str, lang: str, **params: object) -> str:
    return WORDS[key].get(lang).format(**params)


def _field(spec: FormSpec, path: str) -> FieldSpec | None:
    parts = path.split(".")
    try:
        if parts[0] == "header":
            return next((f for f in spec.header_fields() if f.id == parts[1]), None)
        if parts[0] == "answers":
            return spec.question(parts[1])[1]
        if parts[0] == "activities" and len(parts) > 2:
            return next((f for f in spec.activity_fields() if f.id == parts[2]), None)
    except (KeyError, IndexError):
        pass
    return None


def _measure_number(spec: FormSpec, measure_id: str) -> str:
    return spec.measure(measure_id).number if spec.has_measure(measure_id) else measure_id


def _plain(value: FieldValue, lang: str) -> str:
    if _empty(value):
        return _word("empty", lang)
    if isinstance(value, bool):
        return _word("yes" if value else "no", lang)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _files(value: FieldValue, lang: str) -> str:
    if not isinstance(value, list) or not value:
        return _plain(value, lang)
    names = [str(v) for v in value]
    if len(names) <= _MAX_FILES_LISTED:
        return ", ".join(names)
    shown = ", ".join(names[:_MAX_FILES_LISTED])
    return f"{shown}, … {_word('files', lang, count=len(names))}"


def render_value(spec: FormSpec, path: str, value: FieldValue, lang: str) -> str:
    """One value of `path` as a person reads it in `lang`."""
    if _empty(value):
        return _word("empty", lang)
    parts = path.split(".")
    if parts[0] == "measures" and parts[-1] == "status":
        return choice_label(spec, "measure_status", value, lang)
    if parts[0] == "activities" and len(parts) > 2 and parts[2] == "attachments":
        return _files(value, lang)
    if parts[0] == "activities" and len(parts) > 2 and parts[2] == "measure_id":
        number = _measure_number(spec, str(value))
        return _word("measure", lang, number=number)
    field = _field(spec, path)
    kind = field.type if field else None
    items = value if isinstance(value, list) else [value]
    if kind in ("choice", "multichoice") and field is not None:
        return ", ".join(choice_label(spec, field.choices, v, lang) for v in items)
    if kind in ("state", "states"):
        return ", ".join(state_name(spec, v, lang) for v in items)
    if kind == "characteristics":
        return ", ".join(characteristic_name(spec, v, lang) for v in items)
    return _plain(value, lang)


_NOT_FORM_FIELDS = {
    "status": "status",
    "nothing_to_report": "nothing_to_report",
    "note": "note",
    "attachments": "attachments",
    "measure_id": "moved",
}


def _where(change: Change, spec: FormSpec, lang: str, report: Report) -> str:
    parts = change.path.split(".")
    if parts[0] == "activities" and len(parts) == 2:
        # `locate` wants a field after the uid; an empty one names just the activity.
        return locate(f"{change.path}.", spec, lang, report)
    where = locate(change.path, spec, lang, report)
    if len(parts) != 3 or parts[2] not in _NOT_FORM_FIELDS:
        return where
    # `locate` names the form's fields; a measure's entry and an activity's files are not among
    # them (unless a form declares an attachments field, whose label `locate` then uses).
    if parts[0] == "activities" and _field(spec, change.path) is not None:
        return where
    return f"{where} › {_word(_NOT_FORM_FIELDS[parts[2]], lang)}"


def describe(
    change: Change, spec: FormSpec, lang: str, old: Report, new: Report
) -> tuple[str, str, str]:
    """(where, old text, new text) of a change, readable in `lang`."""
    parts = change.path.split(".")
    # An activity is named after the version that has it: the new one, unless it was removed.
    holder = old if change.kind == "removed" and len(parts) == 2 else new
    where = _where(change, spec, lang, holder)
    if parts[0] == "activities" and len(parts) == 2:
        try:
            measure_id = holder.activity(parts[1]).measure_id
        except KeyError:
            measure_id = "?"
        number = _measure_number(spec, measure_id)
        empty = _word("empty", lang)
        if change.kind == "added":
            return where, empty, _word("activity_added", lang, number=number)
        return where, _word("in_measure", lang, number=number), _word("activity_removed", lang)
    return (
        where,
        render_value(spec, change.path, change.old, lang),
        render_value(spec, change.path, change.new, lang),
    )
