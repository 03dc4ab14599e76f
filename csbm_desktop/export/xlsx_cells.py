"""Cells back into field values: the words of one form, in its four languages, mapped to codes.

The workbook we write shows coded values as words (a choice's label, a state's name, "Yes"), and
people type the same words into sheets of their own. Reading them back compares words folded
(case, accents and punctuation ignored), in every language, with the workbook's own language
winning when two languages use one word for different things. Codes themselves are accepted too.

A cell that cannot be read raises `CellError` with a message code; the caller turns it into a
per-row problem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from csbm_desktop.domain.form import LANGUAGES, FieldSpec, FormSpec, MemberState
from csbm_desktop.domain.report import FieldValue
from csbm_desktop.export.xlsx import CHECK, LABELS, MAX_CELL_CHARS

_NOT_WORD = re.compile(r"[\W_]+")
_SPLIT = re.compile(r"[;\n]+")
_NUMBERS_ONLY = re.compile(r"[\d\s,;/]+")
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})(?:[.)]|\s|$)")
# Day first, as in Spanish, French and Portuguese; ISO is tried before these.
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_EXCEL_SERIAL_MAX = 2958465  # 9999-12-31

_TICKS = frozenset({"✓", "✔", "☑", "x", "1", "true", "yes", "si", "oui", "sim", "verdadero"})
_YES = frozenset({"yes", "si", "oui", "sim", "true", "verdadero", "vrai", "verdadeiro", "1", "y"})
_NO = frozenset({"no", "non", "nao", "false", "falso", "faux", "0", "n", "-"})


class CellError(Exception):
    """A cell that cannot be read as its column's kind of value."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


def fold(text: str) -> str:
    """How words are compared: casefolded, accents dropped, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def shown(raw: object) -> str:
    """A cell value quoted in a message: short, one line."""
    text = " ".join(str(raw).split())
    return text if len(text) <= 60 else text[:59] + "…"


def check_length(raw: object) -> None:
    if isinstance(raw, str) and len(raw) > MAX_CELL_CHARS:
        raise CellError("xlsx.cell_too_long", length=len(raw), max=MAX_CELL_CHARS)


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _ordered(lang: str | None) -> tuple[str, ...]:
    """Languages in increasing priority: later ones overwrite earlier ones' words."""
    return tuple(x for x in LANGUAGES if x != lang) + ((lang,) if lang in LANGUAGES else ())


class Vocabulary:
    """The words of one form mapped back to codes; `lang` (the workbook's) wins ties."""

    def __init__(self, spec: FormSpec, lang: str | None = None) -> None:
        self.spec = spec
        self.lang = lang if lang in LANGUAGES else "en"
        order = _ordered(lang)
        self._choices: dict[str, dict[str, str]] = {}
        for cl in spec.choice_lists:
            words: dict[str, str] = {}
            for x in order:
                for c in cl.options:
                    words[fold(c.label.get(x))] = c.code
            for c in cl.options:
                words[fold(c.code)] = c.code
            self._choices[cl.id] = words
        self._states = _state_words(spec.states, order)
        # Partners may be any ISO 3166-1 state; the members' own names win a clash.
        self._countries = {**_state_words(spec.countries, order), **self._states}
        self._measures: dict[str, str] = {}
        for x in order:
            for m in spec.measures:
                self._measures[fold(m.title.get(x))] = m.id
        for m in spec.measures:
            self._measures[fold(m.id)] = m.id
            self._measures[_number_key(m.number)] = m.id
        self._characteristics: dict[str, int] = {}
        for x in order:
            for ch in spec.characteristics:
                self._characteristics[fold(ch.name.get(x))] = ch.number
        self._yes = _YES | {fold(LABELS["yes"].get(x)) for x in LANGUAGES}
        self._no = _NO | {fold(LABELS["no"].get(x)) for x in LANGUAGES}

    # --- one word each ---

    def choice(self, list_id: str, raw: object) -> str:
        words = self._choices.get(list_id, {})
        code = words.get(fold(str(raw)))
        if code is None:
            labels = [c.label.get(self.lang) for c in self.spec.choice_list(list_id).options]
            raise CellError("xlsx.choice_unknown", value=shown(raw), choices="; ".join(labels))
        return code

    def state(self, raw: object) -> str:
        code = self._states.get(fold(str(raw)))
        if code is None:
            raise CellError("state.unknown", code=shown(raw))
        return code

    def country(self, raw: object) -> str:
        code = self._countries.get(fold(str(raw)))
        if code is None:
            raise CellError("country.unknown", code=shown(raw))
        return code

    def measure(self, raw: object) -> str:
        """A measure id from its number (5, "5", "5."), its id ("m05") or its title."""
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).strip()
        found = self._measures.get(_number_key(text)) or self._measures.get(fold(text))
        if found is None:
            lead = _LEADING_NUMBER.match(text)  # "5. Advance notice of exercises"
            if lead:
                found = self._measures.get(_number_key(lead.group(1)))
        if found is None:
            raise CellError("xlsx.measure_unknown", value=shown(raw))
        return found

    def characteristic(self, raw: object) -> int:
        text = str(raw).strip()
        lead = _LEADING_NUMBER.match(text)
        number = int(lead.group(1)) if lead else self._characteristics.get(fold(text))
        if number is None or not 1 <= number <= len(self.spec.characteristics):
            raise CellError("xlsx.characteristic_unknown", value=shown(raw))
        return number

    def boolean(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        word = fold(str(raw))
        if word in self._yes:
            return True
        if word in self._no:
            return False
        raise CellError("xlsx.boolean_invalid", value=shown(raw))

    def tick(self, raw: object) -> bool:
        """A ✓ column: ticked, or empty (a "no" word counts as empty)."""
        if is_blank(raw) or raw is False:
            return False
        if raw is True:
            return True
        text = str(raw).strip()
        word = fold(text)
        if text in (CHECK, "✔", "☑") or word in _TICKS or word in self._yes:
            return True
        if word in self._no:
            return False
        raise CellError("xlsx.mark_invalid", value=shown(raw))

    # --- a whole field ---

    def field_value(self, f: FieldSpec, raw: object) -> FieldValue:
        """The value of field `f` from one cell, before the domain's own checks."""
        check_length(raw)
        if is_blank(raw):
            return None
        kind = f.type
        if kind in ("text", "longtext", "email"):
            return text_of(raw)
        if kind == "date":
            return date_of(raw).isoformat()
        if kind == "integer":
            return integer_of(raw)
        if kind == "boolean":
            return self.boolean(raw)
        if kind == "choice":
            return self.choice(f.choices or "", raw)
        if kind == "multichoice":
            return [self.choice(f.choices or "", w) for w in _items(raw)]
        if kind == "state":
            return self.state(raw)
        if kind == "states":
            return [self.country(w) for w in self._state_items(raw)]
        if kind == "characteristics":
            return self.characteristics(raw)
        return None  # attachments: a workbook only names them

    def characteristics(self, raw: object) -> list[int]:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return [self.characteristic(integer_of(raw))]
        text = str(raw)
        if _NUMBERS_ONLY.fullmatch(text):  # "1, 3 5": numbers however separated
            return [self.characteristic(n) for n in re.findall(r"\d+", text)]
        return [self.characteristic(w) for w in _items(text)]

    def _state_items(self, raw: object) -> list[str]:
        """Names split on ";" and new lines; on commas only where that makes them states (a
        name could hold a comma, e.g. "Bolivia, Plurinational State of")."""
        out: list[str] = []
        for part in _SPLIT.split(str(raw)):
            if not part.strip():
                continue
            if fold(part) in self._countries or "," not in part:
                out.append(part.strip())
            else:
                out += [w.strip() for w in part.split(",") if w.strip()]
        return out


def _state_words(states: Iterable[MemberState], order: Iterable[str]) -> dict[str, str]:
    """Folded name (in each language of `order`), alpha-2 or alpha-3 code → alpha-3 code."""
    states = tuple(states)
    words: dict[str, str] = {}
    for x in order:
        for s in states:
            words[fold(s.name.get(x))] = s.iso3
    for s in states:
        words[fold(s.iso2)] = s.iso3
        words[fold(s.iso3)] = s.iso3
    return words


def _number_key(text: str) -> str:
    """Catalogue numbers compared as "#5": "5", "05", "5." and 5.0 are the same measure."""
    bare = text.strip().rstrip(".")
    if bare.isascii() and bare.isdigit():
        return f"#{int(bare)}"
    if re.fullmatch(r"\d+\.0", bare):
        return f"#{int(float(bare))}"
    return f"#{bare}"


def _items(raw: object) -> list[str]:
    return [w.strip() for w in re.split(r"[;,\n]+", str(raw)) if w.strip()]


def text_of(raw: object) -> str:
    if isinstance(raw, bool):
        return LABELS["yes" if raw else "no"].get("en")
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == time() else raw.isoformat(sep=" ")
    if isinstance(raw, (date, time)):
        return raw.isoformat()
    return str(raw)


def date_of(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        # A date typed into a cell without a date format: Excel's day number.
        if 1 <= raw <= _EXCEL_SERIAL_MAX:
            return date(1899, 12, 30) + timedelta(days=int(raw))
        raise CellError("xlsx.date_invalid", value=shown(raw))
    text = str(raw).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T]00:00(:00)?)?", text):
            return date.fromisoformat(text[:10])
        m = _DAY_FIRST.match(text)
        if m:
            day, month, year = (int(g) for g in m.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise CellError("xlsx.date_invalid", value=shown(raw))


def integer_of(raw: object) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 2**53:
        return int(raw)
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and len(text) <= 15:
        return int(text)
    raise CellError("xlsx.number_invalid", value=shown(raw))
