"""A minister may see the demo: for every one of the 35 states, a generated report names no
service the state lacks, nothing at sea for a landlocked state, hosted activities in the state's
own places, no disputant or state outside the regime as partner, titles that fit their measure,
and no real exercise series. The rules are written here independently of the demo's data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff

ROOT = Path(__file__).resolve().parent.parent
ALL_STATES = [
    "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB",
    "DMA", "DOM", "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC",
    "PAN", "PRY", "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN",
]  # fmt: skip
NO_ARMED_FORCES = {"CRI", "PAN", "DMA", "GRD", "LCA", "VCT"}
NO_NAVY = NO_ARMED_FORCES | {"ATG", "BHS", "BRB", "BLZ", "GUY", "HTI", "JAM", "KNA", "SUR", "TTO"}
NO_AIR_FORCE = NO_NAVY - {"JAM", "TTO"}
LANDLOCKED = {"BOL", "PRY"}
# Live territorial or maritime disputes (either way): never partners, never named together.
DISPUTES = {
    frozenset(p)
    for p in (("GUY", "VEN"), ("BLZ", "GTM"), ("COL", "NIC"), ("CRI", "NIC"), ("BOL", "CHL"),
              ("GUY", "SUR"))
}  # fmt: skip
NEAR_DISPUTED_AREAS = ("Maracaibo", "Essequibo", "Bluefields", "San Andrés", "Cobán", "Sarstoon")
REAL_EXERCISES = (
    "UNITAS", "PANAMAX", "Tradewinds", "RIMPAC", "Pacific Shield", "Escudo del Pacífico",
    "Bouclier du Pacifique", "Escudo do Pacífico", "Fuerzas Aliadas Humanitarias", "FAHUM",
    "CENTAM Guardian", "Estrella Austral", "Southern Star", "CRUZEX", "Fuerzas Comando",
    "Continuing Promise", "Resolute Sentinel", "Southern Seas", "Teamwork South", "Felino",
    "Ángel de los Andes", "ACRUX", "Atlasur", "Fraterno", "Solidaridad", "Andean Horizon",
)  # fmt: skip
WORDS = {
    # ("without armed forces" is what such a state says of itself: allowed)
    "armed": r"(?<!sin )(?<!no )(?<!pas de )(?<!sem )"
    r"(?:fuerzas armadas|armed forces|forces armées|forças armadas)|cadete|cadet|ejército|"
    r"\barmy\b|exército|\barmée\b|militar|military|militaire|defen[cs]e|defensa|défense|defesa|"
    r"coronel|colonel|estado mayor|état-major|estado-maior|staff course",
    "navy": r"naval|\bnavy\b|\barmada\b|marinha|port calls?|escalas? de buques|training ships?",
    "air": r"air force|fuerza aérea|armée de l'air|força aérea|vuelos de adiestramiento|"
    r"training flights|vols d'entraînement|voos de adestramento",
    "sea": r"\bat sea\b|en el mar|en mer\b|no mar\b|maritime|marítim|naval|off the coast|"
    r"au large|ao largo|coastal|costeras|côtières|costeiras",
}


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Report], FormSpec]]:
    ws = Workspace(tmp_path_factory.mktemp("demos") / "reports.sqlite3", auto_backups=False)
    try:
        drafter = add_staff(ws)["ana.drafter"]
        reports = {
            s: create_demo(ws, drafter, size="small", state=s, year=2024) for s in ALL_STATES
        }
        yield reports, ws.form()
    finally:
        ws.close()


def _texts(report: Report) -> str:
    parts = [str(v) for v in report.header.values()] + [str(v) for v in report.answers.values()]
    for a in report.activities:
        parts += [
            a.text(k) for k in ("title", "place", "description", "outcome", "public_reference")
        ]
    return "\n".join(parts)


def _own_places() -> dict[str, set[str]]:
    data = yaml.safe_load((ROOT / "resources/demo/states.yaml").read_text(encoding="utf-8"))
    return {s: set(d["cities"]) | set(d.get("ports") or ()) for s, d in data["states"].items()}


def test_every_state_has_a_plausible_demo(demos: tuple[dict[str, Report], FormSpec]) -> None:
    reports, spec = demos
    assert set(reports) == {s.iso3 for s in spec.states}  # all 35
    places = _own_places()
    for state, report in reports.items():
        text = _texts(report)
        lacking = [
            k
            for k, states in (("armed", NO_ARMED_FORCES), ("navy", NO_NAVY), ("air", NO_AIR_FORCE),
                              ("sea", LANDLOCKED))
            if state in states
        ]  # fmt: skip
        for kind in lacking:
            found = re.search(WORDS[kind], text, re.IGNORECASE)
            assert found is None, (state, kind, text[max(0, found.start() - 80) : found.end() + 80])
        for area in NEAR_DISPUTED_AREAS:
            assert area not in text, (state, area)
        for name in REAL_EXERCISES:
            assert name.lower() not in text.lower(), (state, name)
        others = {p for s, ps in places.items() if s != state for p in ps} - places[state]
        for a in report.activities:
            partners = a.values.get("partner_states") or []
            assert isinstance(partners, list)
            for p in partners:
                assert frozenset((state, p)) not in DISPUTES, (state, p)
                member = spec.state(str(p))
                assert member is not None, (state, p)  # a usual partner in the regime
                assert member.status_on(a.text("start_date")) is None, (state, p)
            if re.search(WORDS["armed"], a.text("title"), re.IGNORECASE):
                # defence talks, exercises, staff courses: with states that have armed forces
                assert not set(partners) & NO_ARMED_FORCES, (state, a.text("title"), partners)
            if a.values.get("role") in ("hosted", "organised"):
                assert a.text("place") in places[state], (state, a.text("title"), a.text("place"))
                assert a.text("place") not in others or a.text("place") in places[state]


def test_titles_fit_their_measure(demos: tuple[dict[str, Report], FormSpec]) -> None:
    """Each title is one of its own measure's templates, in the report's language."""
    reports, _spec = demos
    titles = yaml.safe_load((ROOT / "resources/demo/titles.yaml").read_text(encoding="utf-8"))

    def pattern(template: str) -> str:
        return "".join(
            ".+?" if re.fullmatch(r"\{\w+\}", part) else re.escape(part)
            for part in re.split(r"(\{\w+\})", template)
        )

    for state, report in reports.items():
        lang = str(report.header["language"])
        for a in report.activities:
            own = [pattern(t[lang]) for t in titles.get(a.measure_id, [])]
            assert any(re.fullmatch(p, a.text("title")) for p in own), (
                state,
                a.measure_id,
                a.text("title"),
            )


def test_no_disputant_is_a_routine_partner_in_the_data() -> None:
    data = yaml.safe_load((ROOT / "resources/demo/states.yaml").read_text(encoding="utf-8"))
    for state, d in data["states"].items():
        for p in d["partners"]:
            assert frozenset((state, p)) not in DISPUTES
            if state not in ("CUB", "NIC"):
                assert p not in ("CUB", "NIC"), (state, p)  # outside the regime
