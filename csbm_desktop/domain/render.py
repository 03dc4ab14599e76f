"""Coded values as people read them: choice labels, state names, characteristic names.

One place for every output that shows a report's values (the PDF, the workbook, the revision
diff), so that a code is worded the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from csbm_desktop.domain.form import FormSpec


def choice_label(spec: FormSpec, list_id: str | None, code: object, lang: str) -> str:
    try:
        return spec.choice_list(list_id or "").label(str(code), lang)
    except KeyError:
        return str(code)


def state_name(spec: FormSpec, code: object, lang: str) -> str:
    state = spec.country(str(code))  # members first, then any ISO 3166-1 state
    return state.name.get(lang) if state else str(code)


def characteristic_name(spec: FormSpec, number: object, lang: str) -> str:
    if isinstance(number, int) and 1 <= number <= len(spec.characteristics):
        return f"{number}. {spec.characteristic(number).name.get(lang)}"
    return str(number)


def as_list(value: object) -> list[object]:
    """A field value as a list of codes (a single code becomes a list of one)."""
    return list(value) if isinstance(value, list) else [value]


def names(
    spec: FormSpec, kind: str, list_id: str | None, value: object, lang: str
) -> list[str] | None:
    """The worded codes of a coded field (choice, state, characteristics); None otherwise."""
    items: Iterable[object] = as_list(value)
    if kind in ("choice", "multichoice") and list_id:
        return [choice_label(spec, list_id, c, lang) for c in items]
    if kind in ("state", "states"):
        return [state_name(spec, c, lang) for c in items]
    if kind == "characteristics":
        return [characteristic_name(spec, n, lang) for n in items]
    return None
