"""Realistic sample reports (`csbm demo`): a small one to explore, a large one to stress.

The content is drawn from the data in `resources/demo/` (text pools, per-state facts, titles
per measure) with a seeded random generator, so the same state, year and size always give the
same report. A minister may see a demo, so what is drawn fits the state: partners are its usual
partners that take part in the regime (never a state it has a live dispute with), hosted
activities happen in its own cities and anything at sea in its own ports, and no text speaks of a
service it does not have. Everything goes through the drafting service, exactly as a user's
edits would.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any, Literal

from csbm_desktop.domain.edits import AddActivity, Edit, SetAnswer, SetHeaderField, SetMeasure
from csbm_desktop.domain.form import FieldSpec, FormSpec, MeasureSpec
from csbm_desktop.domain.report import FieldValue, MeasureStatus, Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services import demo_data
from csbm_desktop.services.drafting import DraftingService, new_uid
from csbm_desktop.services.workspace import Workspace

DemoSize = Literal["small", "large"]

LARGE_ACTIVITIES = 520
LANGS: tuple[str, ...] = ("es", "en", "fr", "pt")
# Organisations that usually take part in activities under some measures.
_ORGANISATIONS = {"m07": ["oas_csh"], "m16": ["cdma"], "m19": ["icrc"], "m21": ["un"]}
_NOTIFIED = ("m04", "m05", "m07")


def report_language(state: str) -> str:
    """The language a state most likely drafts in."""
    found = demo_data.states().get(state)
    return found.lang if found else "es"


class _Writer:
    def __init__(self, spec: FormSpec, state: str, year: int, lang: str, seed: str) -> None:
        self.spec, self.state, self.year, self.lang = spec, state, year, lang
        self.rng = random.Random(seed)
        self.places = demo_data.states()
        self.me = self.places[state]
        self.pools = demo_data.texts()
        self.titles = demo_data.titles()
        self.partners = [p for p in self.me.partners if self._fit_partner(p)]

    def _fit_partner(self, iso3: str) -> bool:
        """A usual partner in the regime that year, with no dispute either way."""
        member = self.spec.state(iso3)
        other = self.places.get(iso3)
        if member is None or other is None or iso3 == self.state:
            return False
        if iso3 in self.me.avoid or self.state in other.avoid:
            return False
        return member.status_on(f"{self.year}-12-31") is None

    def templates(self, measure_id: str) -> list[dict[str, Any]]:
        """The measure's titles this state can use (its services, nothing it must not have)."""
        return [
            t
            for t in self.titles.get(measure_id, [])
            if self.me.can(t.get("needs")) and not set(t.get("without", ())) & self.me.capabilities
        ]

    def levels(self) -> list[str]:
        """Levels of actors: no military authorities where the state has no armed forces."""
        codes = list(self.spec.choice_list("actor_level").codes())
        return (
            codes
            if "armed_forces" in self.me.capabilities
            else [c for c in codes if c != "military"]
        )

    def has_partners(self, measure_id: str) -> bool:
        """Whether the measure's activities are done with partner states (not a report)."""
        return any("{partner}" in t["en"] for t in self.titles.get(measure_id, [{"en": ""}]))

    def pick(self, items: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(items)

    def pool(self, name: str, lang: str) -> list[Any]:
        return demo_data.usable(self.pools[name][lang], self.me)

    def exercise(self) -> str:
        names = self.titles["exercise_names"]
        return f"{self.pick(names['first'])} {self.pick(names['second'])}"

    def _fill(self, template: str, lang: str, partner: str | None, city: str, port: str) -> str:
        state = self.spec.state(partner or self.state)
        return template.format(
            partner=state.name.get(lang) if state else partner,
            n=self.rng.randint(2, 12),
            city=city,
            port=port,
            exercise=self.exercise(),
            year=self.year,
        )

    def activity(self, measure: MeasureSpec, long: bool) -> AddActivity:
        rng = self.rng
        lang = rng.choice(LANGS) if long and rng.random() < 0.3 else self.lang
        template = self.pick(self.templates(measure.id) or self.titles["other"])
        role = str(template["role"])
        # Partners must have what the activity needs too (defence talks need a defence ministry).
        needs = [n for n in template.get("needs", ()) if n != "coast"]
        fit = [p for p in self.partners if self.places[p].can(needs)]
        with_partner = "{partner}" in template["en"] and bool(fit)
        how_many = 1 if "ilateral" in template["en"] else rng.choice((1, 1, 2, 3))
        partners = rng.sample(fit, k=min(len(fit), how_many)) if with_partner else []
        partner = partners[0] if partners else None
        # Hosted or organised: at home. Taking part or observing: at the partner's.
        at_home = role in ("hosted", "organised") or partner is None
        if partner is None:  # a report or a publication: issued in the capital
            city = self.me.cities[0]
        else:
            # Mostly the capital, where such meetings are usually held.
            cities = self.me.cities if at_home else self.places[partner].cities
            city = cities[0] if rng.random() < 0.6 else self.pick(cities)
        port = self.pick(self.me.ports) if self.me.ports else city
        start = date(self.year, 1, 1) + timedelta(days=rng.randrange(20, 350))
        end = min(start + timedelta(days=rng.choice((0, 0, 1, 2, 4))), date(self.year, 12, 31))
        descriptions = self.pool("descriptions", lang)
        if partner is None:  # a report or a publication: no text about a visiting delegation
            descriptions = [d for d in descriptions if "{partner}" not in d] or descriptions
        description = self._fill(self.pick(descriptions), lang, partner, city, port)
        if long:
            description += "\n\n" + self._fill(
                self.pick(self.pool("long_texts", lang)), lang, partner, city, port
            )
        characteristics = set(measure.typical_characteristics) or {1}
        characteristics |= set(rng.sample(range(1, 8), k=rng.choice((0, 1, 2))))
        levels = rng.sample(self.levels(), k=rng.randint(1, 3))
        scope = "bilateral" if len(partners) == 1 else ("subregional" if partners else None)
        values: dict[str, FieldValue] = {
            "title": self._fill(str(template[lang]), lang, partner, city, port),
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end > start else None,
            "place": port if "{port}" in template["en"] else city,
            "partner_states": partners,
            "partner_organisations": _ORGANISATIONS.get(measure.id, []),
            "scope": scope,
            "role": role,
            "participants": rng.randint(6, 120),
            "actor_levels": levels,
            "description": description,
            "outcome": self._fill(
                self.pick(self.pool("outcomes", lang)), lang, partner, city, port
            ),
            "public_reference": self._fill(
                str(self.pick(demo_data.usable(self.pools["public_references"], self.me))),
                lang,
                partner,
                city,
                port,
            ),
            "characteristics": sorted(characteristics),
        }
        if measure.id in _NOTIFIED and role == "hosted":
            lead = rng.choice((14, 21, 30, 45, 60))
            values["notification_date"] = (start - timedelta(days=lead)).isoformat()
            values["notification_means"] = rng.choice(("oas_system", "diplomatic_note"))
            values["notification_lead_days"] = lead
        fields = {f.id for f in self.spec.activity_fields_for(measure.id)}
        return AddActivity(
            new_uid(),
            measure.id,
            {k: v for k, v in values.items() if v not in (None, []) and k in fields},
        )

    def answer(self, number: int, q: FieldSpec) -> FieldValue:
        rng = self.rng
        texts = demo_data.usable(self.pools["answers"][self.lang][number], self.me)
        if q.type == "longtext":
            return str(self.pick(texts))
        if q.type == "text":
            return str(self.pick(texts)).split(". ")[0][:200]
        if q.type == "integer":
            return rng.randint(2, 40)
        if q.type == "boolean":
            return rng.random() < 0.7
        codes = self.spec.choice_list(q.choices or "").codes()
        if q.choices == "actor_level":
            codes = tuple(self.levels())
        if q.type == "choice":
            return rng.choice(codes[:2]) if len(codes) > 2 else rng.choice(codes)
        return rng.sample(list(codes), k=min(len(codes), rng.randint(2, 4)))

    def header(self) -> list[Edit]:
        lang = self.lang
        people = self.rng.sample(self.pool("people", lang), k=3)
        (poc, poc_pos), (prep, prep_pos), (auth, auth_pos) = (
            (p["name"], p["position"]) for p in people
        )
        military = "armed_forces" in self.me.capabilities
        domain = (
            {"es": "defensa", "pt": "defesa", "fr": "defense"}.get(lang, "defence")
            if military
            else {"es": "seguridad", "pt": "seguranca", "fr": "securite"}.get(lang, "security")
        )
        values: dict[str, FieldValue] = {
            "language": lang,
            "marking": "public",
            "poc_name": poc,
            "poc_position": poc_pos,
            "poc_institution": self.pick(self.pool("institutions", lang)),
            "poc_email": f"csbm@{domain}.{self.state.lower()}.example",
            "poc_phone": f"+{self.rng.randint(1, 599)} {self.rng.randint(100, 999)} "
            f"{self.rng.randint(1000, 9999)}",
            "preparer_name": prep,
            "preparer_position": prep_pos,
            "authorising_officer_name": auth,
            "authorising_officer_position": auth_pos,
            "authorisation_date": date(self.year + 1, 3, self.rng.randint(2, 27)).isoformat(),
            "executive_summary": self.pick(self.pool("executive_summaries", lang)),
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
    for measure_id, (planned_status, planned) in _plan(spec, writer.rng, size).items():
        measure = spec.measure(measure_id)
        status, count = planned_status, planned
        if not writer.templates(measure_id) and not measure.other:
            status, count = "not_applicable", 0  # e.g. defence spending with no armed forces
        elif size == "small" and not writer.has_partners(measure_id):
            count = min(planned, 1)  # one annual report or publication, not three
        edits.append(SetMeasure(measure_id, status, nothing_to_report=status is None))
        edits += [writer.activity(measure, long=size == "large") for _ in range(count)]
    for c in spec.characteristics:
        for q in c.questions:
            if not q.derived:  # derived answers are computed from the activities
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
    body = "\n\n".join(writer.pick(writer.pool("long_texts", writer.lang)) for _ in range(3))
    title = spec.title.get(writer.lang)
    return name, f"{title} — {writer.year}\n\n{body}\n".encode()
