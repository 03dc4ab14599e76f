"""The typed shape of a reporting form: what `forms/` files are loaded into.

These are plain, frozen dataclasses (stdlib only) so that validation, the GUI, the PDF and the
workbook all read one definition without depending on how it was parsed. The loader in
`csbm_desktop.formspec` fills them from YAML and checks them.

`__pydantic_config__` is a plain dict read by the loader's validator: it makes unknown keys in a
form file an error (a typo must not silently drop a label). It imports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, Literal

from csbm_desktop.domain.languages import LANGUAGES

__all__ = ["LANGUAGES"]  # re-exported: most callers import it from here
Language = Literal["en", "es", "fr", "pt"]

FieldType = Literal[
    "text",  # one line
    "longtext",  # several paragraphs
    "email",
    "date",  # ISO date, YYYY-MM-DD
    "integer",
    "boolean",
    "choice",  # one code from a choice list
    "multichoice",  # several codes from a choice list
    "state",  # one OAS member state (ISO 3166 alpha-3)
    "states",  # several states, any ISO 3166-1 state (partners need not be OAS members)
    "characteristics",  # numbers 1..7 of the characteristics an activity serves
    "attachments",  # files stored with the activity (held apart from the values)
]

# The declarations the 2009 list merges, for measures the list does not number.
Declaration = Literal["santiago_1995", "san_salvador_1998", "miami_2003"]
DECLARATIONS: tuple[str, ...] = ("santiago_1995", "san_salvador_1998", "miami_2003")

_FORBID_EXTRA: dict[str, str] = {"extra": "forbid"}

# Caps for text fields whose form gives no max_length. A line (a name, a place, a reference)
# fits in 500 characters with room to spare; an e-mail address in 254 (RFC 5321); a narrative
# answer in 20,000 — about eight pages of the PDF, more than any answer of the form needs, and
# little enough that a report stays a few megabytes however it was filled in.
DEFAULT_MAX_LENGTH: dict[str, int] = {"text": 500, "email": 254, "longtext": 20_000}


@dataclass(frozen=True)
class Text:
    """One piece of user-facing text in the four OAS official languages."""

    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    en: str
    es: str
    fr: str
    pt: str

    def get(self, lang: str) -> str:
        return str(getattr(self, lang)) if lang in LANGUAGES else self.en


@dataclass(frozen=True)
class Choice:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    code: str
    label: Text


@dataclass(frozen=True)
class ChoiceList:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str
    options: tuple[Choice, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.options)

    def label(self, code: str, lang: str) -> str:
        for c in self.options:
            if c.code == code:
                return c.label.get(lang)
        return code


@dataclass(frozen=True)
class FieldSpec:
    """One field: a header field, an activity field or a characteristic's guiding question."""

    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str
    type: FieldType
    label: Text
    help: Text
    required: bool = False
    # For choice/multichoice: the id of a list in `FormSpec.choice_lists`.
    choices: str | None = None
    # The most characters a text field holds: typing stops there and imports are refused
    # beyond it. Without one, DEFAULT_MAX_LENGTH applies (see `limit`).
    max_length: int | None = None
    # Set by the application from the report itself (e.g. the reporting state), shown read-only.
    system: bool = False
    # A guiding question answered from the activities, shown computed, never retyped:
    # "actor_levels" (the levels of actors of all activities, a multichoice on actor_level) or
    # "activity_count" (how many activities, under `derived_measures` if given; an integer).
    derived: Literal["actor_levels", "activity_count"] | None = None
    derived_measures: tuple[str, ...] = ()
    # A guiding question whose answer may be diplomatically sensitive (an incident naming a state,
    # a suspended commitment): a clearance reminder, and left out of a public export by default.
    sensitive: bool = False

    @property
    def limit(self) -> int | None:
        """The most characters this field holds; None for a field that holds no text."""
        default = DEFAULT_MAX_LENGTH.get(self.type)
        return None if default is None else self.max_length or default


@dataclass(frozen=True)
class SectionSpec:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str
    title: Text
    fields: tuple[FieldSpec, ...]
    # Activity sections only: the measures whose activities have this section (e.g. the
    # notification of an exercise); empty means every measure's.
    measures: tuple[str, ...] = ()

    def applies_to(self, measure_id: str) -> bool:
        return not self.measures or measure_id in self.measures


@dataclass(frozen=True)
class CharacteristicSpec:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    number: int
    name: Text  # short name, e.g. "Crisis alleviation"
    summary: Text  # one sentence
    explanation: Text  # a paragraph, written by us from the source document
    questions: tuple[FieldSpec, ...]

    @property
    def id(self) -> str:
        return f"c{self.number}"


@dataclass(frozen=True)
class CategorySpec:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str
    title: Text


@dataclass(frozen=True)
class MeasureSpec:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str  # stable key stored in reports, e.g. "m05"
    number: str  # this catalogue's display number
    category: str  # id of a CategorySpec
    title: Text
    help: Text
    # Provenance (the loader requires at least one): the item's number in the 2009 consolidated
    # list and in the OAS online system where known, else the declaration it comes from, else
    # `added_by_form`. Only `ref_2009`/`ref_online` are official numbers; `number` is the form's.
    ref_2009: str | None = None
    ref_online: str | None = None
    declaration: Declaration | None = None
    added_by_form: bool = False
    # Characteristics this kind of measure usually serves: a hint when an activity is created.
    typical_characteristics: tuple[int, ...] = ()
    # The catch-all entry for measures outside the list.
    other: bool = False

    @property
    def official(self) -> bool:
        """Whether the OAS numbers this measure in one of its lists (2009 or online)."""
        return bool(self.ref_2009 or self.ref_online)

    @property
    def provenance(self) -> str:
        """One code for where the measure comes from: list_2009, online, a declaration, form."""
        if self.ref_2009:
            return "list_2009"
        if self.ref_online:
            return "online"
        return self.declaration or "form"


# How a member state takes part in the OAS from a date on (see forms/member-states.yaml).
Participation = Literal["participating", "excluded", "not_participating", "withdrawn"]


@dataclass(frozen=True)
class StatusChange:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    since: str  # ISO date from which `status` holds
    status: Participation
    note: Text  # what happened, for the reader (with its source where known)


@dataclass(frozen=True)
class MemberState:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    iso3: str
    iso2: str
    name: Text
    # Dated changes of participation, oldest first; before the first, a participating member.
    status: tuple[StatusChange, ...] = ()

    def status_on(self, day: str) -> StatusChange | None:
        """The change in force on `day` (ISO date), or None while simply participating."""
        current = None
        for change in self.status:  # ISO dates compare as strings
            if change.since <= day:
                current = change
        return current if current is not None and current.status != "participating" else None


@dataclass(frozen=True)
class FormSource:
    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    document: str  # e.g. "CP/CSH-1043/08 rev. 1"
    approved: str  # ISO date
    note: Text  # how numbering relates to the online system, in the four languages


@dataclass(frozen=True)
class MeasureMapping:
    """Where a measure of the replaced version goes in this one (`new` None: nowhere)."""

    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    old: str
    new: str | None


@dataclass(frozen=True)
class FormReplaces:
    """How reports on an earlier version of this form are copied forward into this one.

    A measure id found in both versions is carried as it is unless `measures` says otherwise."""

    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    version: str
    measures: tuple[MeasureMapping, ...] = ()

    def target(self, measure_id: str, spec: FormSpec) -> str | None:
        for m in self.measures:
            if m.old == measure_id:
                return m.new
        return measure_id if spec.has_measure(measure_id) else None


@dataclass(frozen=True)
class FormSpec:
    """One loaded reporting form. Everything the renderers need, and nothing about Qt or files."""

    __pydantic_config__: ClassVar[dict[str, str]] = _FORBID_EXTRA
    id: str
    version: str
    title: Text
    source: FormSource
    choice_lists: tuple[ChoiceList, ...]
    header: tuple[SectionSpec, ...]
    activity: tuple[SectionSpec, ...]
    categories: tuple[CategorySpec, ...]
    measures: tuple[MeasureSpec, ...]
    characteristics: tuple[CharacteristicSpec, ...]
    states: tuple[MemberState, ...]
    # The PDF signature fields a final export must carry, in signing order (form.yaml
    # `required_signatures`; by default the preparer's and the authorising officer's).
    required_signatures: tuple[str, ...] = ("Preparer", "AuthorisingOfficer")
    # Who published the characteristics' text (the IADB): shown wherever they are.
    characteristics_attribution: Text | None = None
    # Every ISO 3166-1 state, members first (filled by the loader): an activity's partners may
    # be any state, while the reporting state must be a member (`states`).
    countries: tuple[MemberState, ...] = ()
    # The earlier version this one replaces, and how to carry its reports' measures across.
    replaces: FormReplaces | None = None

    # Lookups. A FormSpec is immutable, so caching them is safe (cached_property writes to the
    # instance __dict__ directly, which a frozen dataclass allows).
    @cached_property
    def _choice_lists(self) -> dict[str, ChoiceList]:
        return {c.id: c for c in self.choice_lists}

    @cached_property
    def _measures(self) -> dict[str, MeasureSpec]:
        return {m.id: m for m in self.measures}

    @cached_property
    def _states(self) -> dict[str, MemberState]:
        return {s.iso3: s for s in self.states}

    @cached_property
    def _questions(self) -> dict[str, tuple[CharacteristicSpec, FieldSpec]]:
        return {q.id: (c, q) for c in self.characteristics for q in c.questions}

    def choice_list(self, list_id: str) -> ChoiceList:
        return self._choice_lists[list_id]

    @cached_property
    def _header_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for s in self.header for f in s.fields)

    @cached_property
    def _activity_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for s in self.activity for f in s.fields)

    def header_fields(self) -> tuple[FieldSpec, ...]:
        return self._header_fields

    def activity_fields(self) -> tuple[FieldSpec, ...]:
        return self._activity_fields

    def activity_fields_for(self, measure_id: str) -> tuple[FieldSpec, ...]:
        """The fields an activity under `measure_id` has (some sections are for some measures)."""
        return tuple(f for s in self.activity if s.applies_to(measure_id) for f in s.fields)

    def measure(self, measure_id: str) -> MeasureSpec:
        return self._measures[measure_id]

    def has_measure(self, measure_id: str) -> bool:
        return measure_id in self._measures

    def characteristic(self, number: int) -> CharacteristicSpec:
        return self.characteristics[number - 1]

    def question(self, question_id: str) -> tuple[CharacteristicSpec, FieldSpec]:
        return self._questions[question_id]

    def state(self, iso3: str) -> MemberState | None:
        """An OAS member state (the reporting state must be one), or None."""
        return self._states.get(iso3)

    @cached_property
    def _countries(self) -> dict[str, MemberState]:
        return {s.iso3: s for s in (*self.countries, *self.states)}

    def country(self, iso3: str) -> MemberState | None:
        """Any ISO 3166-1 state (a partner may be one outside the OAS), or None."""
        return self._countries.get(iso3)

    def category(self, category_id: str) -> CategorySpec:
        return next(c for c in self.categories if c.id == category_id)
