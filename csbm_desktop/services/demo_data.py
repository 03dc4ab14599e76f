"""The data `csbm demo` draws from, read from `resources/demo/` (text pools, per-state facts,
per-measure titles). Kept apart from the generator so that reviewers edit YAML, not Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from csbm_desktop.paths import data_dir


@dataclass(frozen=True)
class DemoState:
    """What makes a demo plausible for one state (see resources/demo/states.yaml)."""

    iso3: str
    lang: str
    capabilities: frozenset[str]
    cities: tuple[str, ...]
    ports: tuple[str, ...]
    partners: tuple[str, ...]
    avoid: frozenset[str] = field(default_factory=frozenset)

    def can(self, needs: object) -> bool:
        """Whether the state has every capability `needs` lists (a text's or a title's)."""
        wanted = set(needs) if isinstance(needs, list) else set()
        if "coast" in wanted and not self.ports:
            return False
        return wanted <= self.capabilities


def _read(name: str) -> Any:
    path = data_dir("resources") / "demo" / name
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def texts() -> dict[str, Any]:
    return dict(_read("texts.yaml"))


@cache
def titles() -> dict[str, Any]:
    return dict(_read("titles.yaml"))


@cache
def states() -> dict[str, DemoState]:
    out = {}
    for iso3, raw in _read("states.yaml")["states"].items():
        out[iso3] = DemoState(
            iso3=iso3,
            lang=raw["lang"],
            capabilities=frozenset(raw.get("capabilities", ())),
            cities=tuple(raw["cities"]),
            ports=tuple(raw.get("ports") or ()),
            partners=tuple(raw.get("partners", ())),
            avoid=frozenset(raw.get("avoid", ())),
        )
    return out


def usable(items: list[Any], state: DemoState) -> list[Any]:
    """The entries of a pool the state may be given: plain ones, and those whose needs it has."""
    out = []
    for item in items:
        if isinstance(item, dict) and "needs" in item:
            if state.can(item["needs"]):
                out.append(item.get("text", item))
        else:
            out.append(item)
    return out
