"""Parsing JSON that came from outside (report files, review bundles), strictly.

Python's `json` accepts more than the documents we write: a key given twice (the last one wins,
so two readers of one file may see two different reports), `NaN` and `Infinity`, numbers with a
fraction where a count or a year is meant (`2025.0` passes as the year 2025), and nesting deep
enough to exhaust the stack of code that walks the result. Nothing we export holds any of these,
so they are refused, each with a reason to show. Stdlib only: every layer may use it.
"""

from __future__ import annotations

import json
from typing import Any

# Our documents nest about ten deep; code that walks the result recursively (pydantic, the
# canonical dump of a snapshot) must never meet more than this.
MAX_DEPTH = 64


class JsonRefused(ValueError):
    """The text is not JSON we accept; `str()` says why, in English, for a message's detail."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonRefused(f"the key {key[:100]!r} appears twice in one object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a number our documents hold")


def _no_fraction(text: str) -> Any:
    raise JsonRefused(f"{text[:40]} is not a whole number (our documents hold no fractions)")


def _check_depth(doc: object) -> None:
    stack: list[tuple[object, int]] = [(doc, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonRefused("the JSON is nested too deeply")
        if isinstance(item, dict):
            stack += ((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack += ((v, depth + 1) for v in item)


def loads(text: str | bytes) -> Any:
    """The parsed document, or JsonRefused saying what is wrong (bytes must be UTF-8; a
    byte-order mark, which Windows Notepad may add, is allowed)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JsonRefused("the file is not UTF-8 text") from None
    try:
        doc = json.loads(
            text, object_pairs_hook=_object, parse_constant=_no_constant, parse_float=_no_fraction
        )
    except JsonRefused:
        raise
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            f"not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise JsonRefused("a number in the file is too long") from None
    except RecursionError:
        raise JsonRefused("the JSON is nested too deeply") from None
    _check_depth(doc)
    return doc
