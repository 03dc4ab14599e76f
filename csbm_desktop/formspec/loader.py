"""Load and check a reporting form folder (`forms/<id>/`) into a `FormSpec`.

Shape and types are checked by pydantic straight into the domain dataclasses; the rules that span
several places (unique ids, references, the fields the application relies on, non-empty
translations) are checked here. Every problem names the file, the path inside it and what is
wrong, and all problems are reported at once so a ministry editing the catalogue fixes them
in one go.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import (
    LANGUAGES,
    CategorySpec,
    CharacteristicSpec,
    FieldSpec,
    FormSpec,
    MeasureSpec,
    MemberState,
    SectionSpec,
    Text,
)
from csbm_desktop.domain.report import MEASURE_STATUSES
from csbm_desktop.domain.signature_messages import SIGNATURE_FIELDS
from csbm_desktop.domain.values import parse_date
from csbm_desktop.formspec.countries import all_states
from csbm_desktop.reading import read_regular

FORM_FILE = "form.yaml"
CHARACTERISTICS_FILE = "characteristics.yaml"
MEASURES_FILE = "measures.yaml"
STATES_FILE = "member-states.yaml"  # shared by all forms, one level up
MAX_FORM_FILE_BYTES = 8 * 1024**2  # the catalogue is ~100 kB; a bigger file is not a form

# Fields that validation, the services and the exports address by id; a form must define them.
REQUIRED_HEADER_FIELDS = {
    "state": "state",
    "period_start": "date",
    "period_end": "date",
    "language": "choice",
    "marking": "choice",
}
REQUIRED_ACTIVITY_FIELDS = {
    "title": "text",
    "start_date": "date",
    "end_date": "date",
    "characteristics": "characteristics",
}
CHARACTERISTIC_COUNT = 7


@dataclasses.dataclass(frozen=True)
class FormProblem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path or '(top)'}: {self.message}"


class FormSpecError(Exception):
    """A form folder could not be loaded; `problems` lists every reason."""

    def __init__(self, problems: list[FormProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"invalid form definition: {shown}{more}")


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Collector:
    def __init__(self) -> None:
        self.problems: list[FormProblem] = []

    def add(self, file: Path, path: str, message: str) -> None:
        self.problems.append(FormProblem(str(file), path, message))

    def read(self, file: Path, keys: set[str]) -> dict[str, Any] | None:
        try:
            text = read_regular(file, MAX_FORM_FILE_BYTES).decode("utf-8")
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except BadInput as exc:
            self.add(file, "", "file not found" if not file.exists() else exc.message("en"))
            return None
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            self.add(file, "", f"not valid YAML/UTF-8: {exc}".replace("\n", " "))
            return None
        if not isinstance(data, dict):
            self.add(file, "", "expected a mapping at the top")
            return None
        for extra in sorted(set(data) - keys):
            self.add(file, str(extra), "unknown key")
        return data

    def validate(self, file: Path, key: str, kind: Any, data: Any, prefix: str = "") -> Any:
        from pydantic import ValidationError

        try:
            return _adapter(kind).validate_python(data)
        except ValidationError as exc:
            for err in exc.errors():
                path = _loc((*((key,) if key else ()), *err["loc"]))
                self.add(file, prefix + path, err["msg"])
            return None


@cache
def _adapter(kind: Any) -> Any:
    from pydantic import TypeAdapter  # lazy: costs ~0.1 s to import, building one more

    return TypeAdapter(kind)


def _texts(obj: object, path: str) -> Iterator[tuple[str, Text]]:
    """Every Text inside a spec object, with its path (for the non-empty check)."""
    if isinstance(obj, Text):
        yield path, obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _texts(item, f"{path}[{i}]")


def _duplicates(values: list[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _check_texts(c: _Collector, file: Path, obj: object, path: str) -> None:
    for p, text in _texts(obj, path):
        for lang in LANGUAGES:
            if not getattr(text, lang).strip():
                c.add(file, f"{p}.{lang}", "empty translation")


def _check_fields(
    c: _Collector, file: Path, path: str, fields: tuple[FieldSpec, ...], choice_ids: set[str]
) -> None:
    for dup in _duplicates([f.id for f in fields]):
        c.add(file, path, f"field id '{dup}' is used more than once")
    for i, f in enumerate(fields):
        where = f"{path}[{i}]"
        if f.type in ("choice", "multichoice"):
            if f.choices is None:
                c.add(file, f"{where}.choices", f"a {f.type} field needs a choice list")
            elif f.choices not in choice_ids:
                c.add(file, f"{where}.choices", f"unknown choice list '{f.choices}'")
        elif f.choices is not None:
            c.add(file, f"{where}.choices", f"a {f.type} field takes no choice list")


def _check_required(
    c: _Collector,
    file: Path,
    path: str,
    sections: tuple[SectionSpec, ...],
    required: dict[str, str],
) -> None:
    types = {f.id: f.type for s in sections for f in s.fields}
    for field_id, kind in required.items():
        if field_id not in types:
            c.add(file, path, f"the application needs a field '{field_id}' of type {kind}")
        elif types[field_id] != kind:
            c.add(file, path, f"field '{field_id}' must be of type {kind}, not {types[field_id]}")


def load_form(form_dir: Path | None = None) -> FormSpec:
    """Load one form folder; raise `FormSpecError` naming every problem."""
    if form_dir is None:
        from csbm_desktop.paths import forms_dir

        form_dir = forms_dir() / "oas-csbm"
    c = _Collector()
    form_file = form_dir / FORM_FILE
    char_file = form_dir / CHARACTERISTICS_FILE
    meas_file = form_dir / MEASURES_FILE
    states_file = form_dir.parent / STATES_FILE

    form = c.read(
        form_file,
        {
            *("id", "version", "title", "source", "choice_lists", "header", "activity"),
            *("required_signatures", "replaces"),
        },
    )
    chars_raw = c.read(char_file, {"characteristics", "attribution"})
    meas_raw = c.read(meas_file, {"categories", "measures"})
    states_raw = c.read(states_file, {"states"})

    chars = categories = measures = states = attribution = None
    if chars_raw is not None and chars_raw.get("attribution") is not None:
        attribution = c.validate(char_file, "attribution", Text, chars_raw["attribution"])
    if chars_raw is not None:
        chars = c.validate(
            char_file,
            "characteristics",
            tuple[CharacteristicSpec, ...],
            chars_raw.get("characteristics"),
        )
    if meas_raw is not None:
        categories = c.validate(
            meas_file, "categories", tuple[CategorySpec, ...], meas_raw.get("categories")
        )
        measures = c.validate(
            meas_file, "measures", tuple[MeasureSpec, ...], meas_raw.get("measures")
        )
    if states_raw is not None:
        states = c.validate(
            states_file, "states", tuple[MemberState, ...], states_raw.get("states")
        )
    spec: FormSpec | None = None
    if form is not None and None not in (chars, categories, measures, states):
        spec = c.validate(
            form_file,
            "",
            FormSpec,
            {
                **form,
                "characteristics": chars,
                "categories": categories,
                "measures": measures,
                "states": states,
                "characteristics_attribution": attribution,
            },
        )
    if spec is None:
        raise FormSpecError(c.problems)
    spec = dataclasses.replace(spec, countries=all_states(spec.states))

    _check_spec(
        c,
        spec,
        form_file=form_file,
        char_file=char_file,
        meas_file=meas_file,
        states_file=states_file,
    )
    if c.problems:
        raise FormSpecError(c.problems)
    return spec


def _check_spec(
    c: _Collector,
    spec: FormSpec,
    *,
    form_file: Path,
    char_file: Path,
    meas_file: Path,
    states_file: Path,
) -> None:
    for name in ("title", "source", "choice_lists", "header", "activity"):
        _check_texts(c, form_file, getattr(spec, name), name)
    _check_texts(c, char_file, spec.characteristics, "characteristics")
    if spec.characteristics_attribution is not None:
        _check_texts(c, char_file, spec.characteristics_attribution, "attribution")
    _check_texts(c, meas_file, spec.categories, "categories")
    _check_texts(c, meas_file, spec.measures, "measures")
    _check_texts(c, states_file, spec.states, "states")
    known = SIGNATURE_FIELDS
    wanted = spec.required_signatures
    if not wanted or list(wanted) != [f for f in known if f in wanted]:
        c.add(
            form_file,
            "required_signatures",
            f"expected one or more of {', '.join(known)}, each once, in signing order",
        )

    choice_ids = {cl.id for cl in spec.choice_lists}
    for dup in _duplicates([cl.id for cl in spec.choice_lists]):
        c.add(form_file, "choice_lists", f"choice list '{dup}' is defined more than once")
    for i, cl in enumerate(spec.choice_lists):
        for dup in _duplicates(list(cl.codes())):
            c.add(form_file, f"choice_lists[{i}].options", f"code '{dup}' is used more than once")
    if "measure_status" not in choice_ids:
        c.add(form_file, "choice_lists", "the list 'measure_status' is missing")
    elif set(spec.choice_list("measure_status").codes()) != set(MEASURE_STATUSES):
        c.add(
            form_file,
            "choice_lists",
            "'measure_status' must have exactly the codes " + ", ".join(MEASURE_STATUSES),
        )

    for name, sections in (("header", spec.header), ("activity", spec.activity)):
        for dup in _duplicates([s.id for s in sections]):
            c.add(form_file, name, f"section id '{dup}' is used more than once")
        _check_fields(
            c, form_file, f"{name}.fields", tuple(f for s in sections for f in s.fields), choice_ids
        )
    measure_ids = {m.id for m in spec.measures}
    for i, section in enumerate(spec.header):
        if section.measures:
            c.add(form_file, f"header[{i}].measures", "only activity sections take measures")
    for i, section in enumerate(spec.activity):
        for mid in section.measures:
            if mid not in measure_ids:
                c.add(form_file, f"activity[{i}].measures", f"unknown measure '{mid}'")
        if section.measures and {f.id for f in section.fields} & set(REQUIRED_ACTIVITY_FIELDS):
            c.add(
                form_file,
                f"activity[{i}].measures",
                "a section for some measures cannot hold a field every activity needs",
            )
    if spec.replaces is not None:
        if spec.replaces.version == spec.version:
            c.add(form_file, "replaces.version", "a version cannot replace itself")
        for i, mapping in enumerate(spec.replaces.measures):
            if mapping.new is not None and mapping.new not in measure_ids:
                c.add(form_file, f"replaces.measures[{i}].new", f"unknown measure '{mapping.new}'")
        for dup in _duplicates([m.old for m in spec.replaces.measures]):
            c.add(form_file, "replaces.measures", f"measure '{dup}' is mapped more than once")
    _check_required(c, form_file, "header", spec.header, REQUIRED_HEADER_FIELDS)
    _check_required(c, form_file, "activity", spec.activity, REQUIRED_ACTIVITY_FIELDS)

    numbers = [ch.number for ch in spec.characteristics]
    if numbers != list(range(1, CHARACTERISTIC_COUNT + 1)):
        c.add(
            char_file,
            "characteristics",
            f"expected the seven characteristics numbered 1 to 7 in order, found {numbers}",
        )
    for i, ch in enumerate(spec.characteristics):
        where = f"characteristics[{i}].questions"
        if not 2 <= len(ch.questions) <= 4:
            c.add(char_file, where, f"expected 2 to 4 guiding questions, found {len(ch.questions)}")
        _check_fields(c, char_file, where, ch.questions, choice_ids)
        for j, q in enumerate(ch.questions):
            if q.type in ("attachments", "characteristics") or q.system:
                c.add(char_file, f"{where}[{j}].type", f"a question cannot be of type {q.type}")
    measure_ids_all = {m.id for m in spec.measures}
    for i, ch in enumerate(spec.characteristics):
        for j, q in enumerate(ch.questions):
            where = f"characteristics[{i}].questions[{j}]"
            if q.derived == "actor_levels" and (q.type, q.choices) != (
                "multichoice",
                "actor_level",
            ):
                c.add(char_file, where, "derived actor_levels needs a multichoice on actor_level")
            if q.derived == "activity_count" and q.type != "integer":
                c.add(char_file, where, "derived activity_count needs an integer question")
            for mid in q.derived_measures:
                if mid not in measure_ids_all:
                    c.add(char_file, f"{where}.derived_measures", f"unknown measure '{mid}'")
    for dup in _duplicates([q.id for ch in spec.characteristics for q in ch.questions]):
        c.add(char_file, "characteristics", f"question id '{dup}' is used more than once")

    category_ids = {cat.id for cat in spec.categories}
    for dup in _duplicates([cat.id for cat in spec.categories]):
        c.add(meas_file, "categories", f"category id '{dup}' is used more than once")
    for dup in _duplicates([m.id for m in spec.measures]):
        c.add(meas_file, "measures", f"measure id '{dup}' is used more than once")
    for dup in _duplicates([m.number for m in spec.measures]):
        c.add(meas_file, "measures", f"measure number '{dup}' is used more than once")
    for i, m in enumerate(spec.measures):
        if m.category not in category_ids:
            c.add(meas_file, f"measures[{i}].category", f"unknown category '{m.category}'")
        bad = [n for n in m.typical_characteristics if not 1 <= n <= CHARACTERISTIC_COUNT]
        if bad:
            c.add(
                meas_file,
                f"measures[{i}].typical_characteristics",
                f"characteristic numbers must be 1 to 7, found {bad}",
            )
        if not (m.ref_2009 or m.ref_online or m.declaration or m.added_by_form):
            c.add(
                meas_file,
                f"measures[{i}]",
                "give the measure's provenance: ref_2009, ref_online, declaration or "
                "added_by_form: true",
            )
        elif m.added_by_form and (m.ref_2009 or m.ref_online):
            c.add(
                meas_file,
                f"measures[{i}].added_by_form",
                "a measure the OAS numbers (ref_2009 or ref_online) is not added by this form",
            )
    if sum(m.other for m in spec.measures) != 1:
        c.add(meas_file, "measures", "exactly one measure must be the catch-all (other: true)")

    for dup in _duplicates([s.iso3 for s in spec.states]):
        c.add(states_file, "states", f"state code '{dup}' is listed more than once")
    for i, s in enumerate(spec.states):
        sinces = [change.since for change in s.status]
        if any(parse_date(d) is None for d in sinces):
            c.add(states_file, f"states[{i}].status", "'since' must be a date as YYYY-MM-DD")
        elif sinces != sorted(sinces):
            c.add(states_file, f"states[{i}].status", "list the changes oldest first")
        if not (len(s.iso3) == 3 and s.iso3.isalpha() and s.iso3.isupper()):
            c.add(states_file, f"states[{i}].iso3", f"'{s.iso3}' is not an ISO 3166 alpha-3 code")
        if not (len(s.iso2) == 2 and s.iso2.isalpha() and s.iso2.isupper()):
            c.add(states_file, f"states[{i}].iso2", f"'{s.iso2}' is not an ISO 3166 alpha-2 code")


class FormRegistry:
    """The forms available to this installation, by (id, version).

    A report pins the form version it was started on, so every version a stored report uses
    must stay loadable: a form folder is `forms/<id>/` for the current version and
    `forms/<id>/versions/<version>/` for older ones kept for old reports.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @cache  # noqa: B019 - registries live as long as the process
    def _folders(self) -> dict[tuple[str, str], Path]:
        found: dict[tuple[str, str], Path] = {}
        for form_file in sorted(self.root.glob(f"*/{FORM_FILE}")) + sorted(
            self.root.glob(f"*/versions/*/{FORM_FILE}")
        ):
            try:
                text = read_regular(form_file, MAX_FORM_FILE_BYTES).decode("utf-8")
                head = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            except (BadInput, UnicodeDecodeError, yaml.YAMLError):
                continue  # not a form: load_form would say why if it were asked for
            if isinstance(head, dict) and "id" in head and "version" in head:
                found.setdefault((str(head["id"]), str(head["version"])), form_file.parent)
        return found

    def versions(self) -> list[tuple[str, str]]:
        return sorted(self._folders())

    def current(self, form_id: str = "oas-csbm") -> FormSpec:
        return self.get(form_id, None)

    @cache  # noqa: B019
    def get(self, form_id: str, version: str | None) -> FormSpec:
        """The form `form_id` at `version` (None: the current one). KeyError if not installed."""
        if version is None:
            return load_form(self.root / form_id)
        folder = self._folders().get((form_id, version))
        if folder is None:
            raise KeyError((form_id, version))
        return load_form(folder)
