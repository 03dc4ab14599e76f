"""Checking a value against its field's type before it is stored.

Types and codes are enforced here (a date must be a date, a state code must be a member state);
content rules that a user fixes over time (required, dates inside the period) are validation
problems instead, so nothing a user typed is refused for being incomplete. A text longer than
its field's cap is refused here: the editors stop typing at the cap, and a file or bundle that
carries more is refused naming the field.
"""

from __future__ import annotations

from datetime import date

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.report import FieldValue

_TEXT_TYPES = ("text", "longtext", "email")


def _bad(path: str, reason: str) -> BadInput:
    return BadInput("value.invalid", path=path, reason=reason)


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def normalise(spec: FormSpec, field: FieldSpec, value: object, path: str) -> FieldValue:
    """The value to store for `field`, or BadInput. Empty values become None."""
    if value is None or value in ("", []):
        return None
    kind = field.type
    if kind in _TEXT_TYPES:
        if not isinstance(value, str):
            raise _bad(path, "expected text")
        limit = field.limit
        if limit is not None and len(value) > limit:
            # A hard cap, unlike the content rules: a title is not 50 MB, whoever wrote it.
            raise BadInput("value.too_long", path=path, length=len(value), max=limit)
        return value
    if kind == "date":
        if not isinstance(value, str) or parse_date(value) is None:
            raise _bad(path, "expected a date as YYYY-MM-DD")
        return value
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _bad(path, "expected a whole number, 0 or more")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _bad(path, "expected true or false")
        return value
    if kind in ("choice", "multichoice"):
        codes = spec.choice_list(field.choices or "").codes()
        items = _strings([value] if kind == "choice" else value)
        if items is None:
            raise _bad(path, "expected a code" if kind == "choice" else "expected a list of codes")
        unknown = [v for v in items if v not in codes]
        if unknown:
            raise _bad(path, f"unknown code {unknown[0]!r}; expected one of {', '.join(codes)}")
        return items[0] if kind == "choice" else _unique(items)
    if kind in ("state", "states"):
        items = _strings([value] if kind == "state" else value)
        if items is None:
            raise _bad(
                path,
                "expected a state code" if kind == "state" else "expected a list of state codes",
            )
        # The reporting state is an OAS member; partners may be any ISO 3166-1 state.
        if kind == "state":
            unknown = [v for v in items if spec.state(v) is None]
            if unknown:
                raise BadInput("state.unknown", code=unknown[0])
        unknown = [v for v in items if spec.country(v) is None]
        if unknown:
            raise BadInput("country.unknown", code=unknown[0])
        return items[0] if kind == "state" else _unique(items)
    if kind == "characteristics":
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= len(spec.characteristics)
            for v in value
        ):
            raise _bad(path, "expected a list of characteristic numbers 1 to 7")
        return sorted(set(value))
    # attachments are stored apart from the values, through their own service calls
    raise _bad(path, f"a {kind} field cannot be set as a value")


def _strings(value: object) -> list[str] | None:
    """`value` if it is a list of strings, else None."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    return None


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
