"""Realistic sample reports (`csbm demo`): a small one to explore, a large one to stress.

The content is generated from the text pools in `demo_texts` with a seeded random generator, so the
same state, year and size always give the same report. Everything goes through the drafting
service, exactly as a user's edits would.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Literal

from csbm_desktop.domain.edits import AddActivity, Edit, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.form import FieldSpec, FormSpec, MeasureSpec
from csbm_desktop.domain.report import FieldValue, MeasureStatus, Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services import demo_texts as T
from csbm_desktop.services.drafting import DraftingService, new_uid
from csbm_desktop.services.workspace import Workspace

DemoSize = Literal["small", "large"]

LARGE_ACTIVITIES = 520
_ENGLISH = {
    "ATG",
    "BHS",
    "BRB",
    "BLZ",
    "CAN",
    "DMA",
    "GRD",
    "GUY",
    "JAM",
    "KNA",
    "LCA",
    "VCT",
    "TTO",
    "USA",
}


def report_language(state: str) -> str:
    """The language a state most likely drafts in."""
    if state == "BRA":
        return "pt"
    if state == "HTI":
        return "fr"
    if state == "SUR":
        return "en"
    return "en" if state in _ENGLISH else "es"


class _Writer:
    def __init__(self, spec: FormSpec, state: str, year: int, lang: str, seed: str) -> None:
        self.spec, self.state, self.year, self.lang = spec, state, year, lang
        self.rng = random.Random(seed)
        self.others = [s.iso3 for s in spec.states if s.iso3 != state]

    def pick(self, items: tuple[str, ...]) -> str:
        return self.rng.choice(items)

    def _fill(self, template: str, partner: str, n: int | None = None) -> str:
        state = self.spec.state(partner)
        city_pool = T.CITIES.get(partner) or T.CITIES.get(self.state) or ("Washington, D.C.",)
        return template.format(
            partner=state.name.get(self.lang) if state else partner,
            n=n or self.rng.randint(2, 12),
            city=self.pick(city_pool),
            year=self.year,
        )

    def activity(self, measure: MeasureSpec, long: bool) -> AddActivity:
        rng = self.rng
        lang = rng.choice(T.LANGS) if long and rng.random() < 0.3 else self.lang
        partners = rng.sample(self.others, k=rng.choice((1, 1, 2, 3)))
        partner = partners[0] if partners else self.state
        category = measure.category if measure.category in T.TITLE_TEMPLATES else "dialogue"
        start = date(self.year, 1, 1) + timedelta(days=rng.randrange(0, 360))
        end = min(start + timedelta(days=rng.choice((0, 0, 1, 2, 4))), date(self.year, 12, 31))
        description = self._fill(self.pick(T.DESCRIPTIONS[lang]), partner)
        if long:
            description += "\n\n" + self._fill(self.pick(T.LONG_TEXTS[lang]), partner)
        characteristics = set(measure.typical_characteristics) or {1}
        characteristics |= set(rng.sample(range(1, 8), k=rng.choice((0, 1, 2))))
        levels = rng.sample(self.spec.choice_list("actor_level").codes(), k=rng.randint(1, 3))
        values: dict[str, FieldValue] = {
            "title": self._fill(self.pick(T.TITLE_TEMPLATES[category][lang]), partner),
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end > start else None,
            "place": self._fill("{city}", partner),
            "partner_states": partners,
            "actor_levels": levels,
            "description": description,
            "outcome": self._fill(self.pick(T.OUTCOMES[lang]), partner),
            "public_reference": self._fill(self.pick(T.PUBLIC_REFERENCES), partner),
            "characteristics": sorted(characteristics),
        }
        return AddActivity(
            new_uid(), measure.id, {k: v for k, v in values.items() if v not in (None, [])}
        )

    def answer(self, number: int, q: FieldSpec) -> FieldValue:
        rng = self.rng
        if q.type == "longtext":
            return self.pick(T.ANSWERS[self.lang][number])
        if q.type == "text":
            return self.pick(T.ANSWERS[self.lang][number]).split(". ")[0][:200]
        if q.type == "integer":
            return rng.randint(2, 40)
        if q.type == "boolean":
            return rng.random() < 0.7
        codes = self.spec.choice_list(q.choices or "").codes()
        if q.type == "choice":
            return rng.choice(codes[:2]) if len(codes) > 2 else rng.choice(codes)
        return rng.sample(list(codes), k=min(len(codes), rng.randint(2, 4)))

    def header(self) -> list[Edit]:
        lang = self.lang
        (poc, poc_pos), (prep, prep_pos), (auth, auth_pos) = self.rng.sample(T.PEOPLE[lang], k=3)
        domain = {"es": "defensa", "pt": "defesa", "fr": "defense"}.get(lang, "defence")
        values: dict[str, FieldValue] = {
            "language": lang,
            "marking": "public",
            "poc_name": poc,
            "poc_position": poc_pos,
            "poc_institution": self.pick(T.INSTITUTIONS[lang]),
            "poc_email": f"csbm@{domain}.{self.state.lower()}.example",
            "poc_phone": f"+{self.rng.randint(1, 599)} {self.rng.randint(100, 999)} "
            f"{self.rng.randint(1000, 9999)}",
            "preparer_name": prep,
            "preparer_position": prep_pos,
            "authorising_officer_name": auth,
            "authorising_officer_position": auth_pos,
            "authorisation_date": date(self.year + 1, 3, self.rng.randint(2, 27)).isoformat(),
            "executive_summary": self.pick(T.EXECUTIVE_SUMMARIES[lang]),
        }
        return [SetHeaderField(k, v) for k, v in values.items()]


def _plan(
    spec: FormSpec, rng: random.Random, size: DemoSize
) -> dict[str, tuple[MeasureStatus | None, int]]:
    """Status and number of activities per measure."""
    catalogue = [m for m in spec.measures if not m.other]
    if size == "large":
        per = LARGE_ACTIVITIES // len(spec.measures) + 1
        return {m.id: ("implemented", per) for m in spec.measures}
    plan: dict[str, tuple[MeasureStatus | None, int]] = {}
    for i, m in enumerate(catalogue):
        if i < 9:
            plan[m.id] = ("implemented", rng.randint(1, 3))
        elif i < 11:
            plan[m.id] = ("partly", 1)
        elif i < 14:
            plan[m.id] = ("not_implemented", 0)
        elif i < 16:
            plan[m.id] = ("not_applicable", 0)
        elif i < len(catalogue) - 2:
            plan[m.id] = (None, 0)  # "nothing to report"
        # the last two stay unanswered: a demo should show what validation asks for
    return plan


def create_demo(
    ws: Workspace,
    actor: Actor,
    size: DemoSize = "small",
    state: str = "ARG",
    year: int | None = None,
) -> Report:
    """A sample report created by `actor` (a drafter), recorded like any other work."""
    service = DraftingService(ws, actor)
    report = service.create(state, year)
    spec = service.form_of(report)
    seed = f"{state}-{report.year}-{size}"
    writer = _Writer(spec, state, report.year, report_language(state), seed)
    edits: list[Edit] = writer.header()
    for measure_id, (status, count) in _plan(spec, writer.rng, size).items():
        measure = spec.measure(measure_id)
        edits.append(SetMeasure(measure_id, status, nothing_to_report=status is None))
        edits += [writer.activity(measure, long=size == "large") for _ in range(count)]
    for c in spec.characteristics:
        for q in c.questions:
            edits.append(SetAnswer(q.id, writer.answer(c.number, q)))
    service.apply(report.id, edits)

    first = service.get(report.id).activities[0]
    paper = _white_paper(writer, spec)
    service.add_attachment(report.id, first.uid, paper[0], paper[1], "text/plain")
    service.save_revision(report.id, "Demo content")
    return service.get(report.id)


def _white_paper(writer: _Writer, spec: FormSpec) -> tuple[str, bytes]:
    name = {
        "es": "resumen-libro-blanco.txt",
        "pt": "resumo-livro-branco.txt",
        "fr": "resume-livre-blanc.txt",
    }.get(writer.lang, "white-paper-summary.txt")
    body = "\n\n".join(writer.pick(T.LONG_TEXTS[writer.lang]) for _ in range(3))
    title = spec.title.get(writer.lang)
    return name, f"{title} — {writer.year}\n\n{body}\n".encode()
