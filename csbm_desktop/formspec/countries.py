"""Every ISO 3166-1 state, named in the four OAS languages, for an activity's partner states.

Partners may be any state, not only OAS members (a Spanish training team, a Korean port call).
Names come from the maintained `pycountry` package and its translations (gettext catalogues it
ships); the OAS members keep the names of `forms/member-states.yaml`, which the caller passes in.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from functools import cache

from csbm_desktop.domain.form import MemberState, Text

# pycountry's catalogue for each OAS language (Brazilian Portuguese where it has one).
_LOCALES = {"es": "es", "fr": "fr", "pt": "pt_BR"}


@cache
def _iso_states() -> tuple[MemberState, ...]:
    import pycountry  # lazy: only a form load needs it

    translators = {
        lang: gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True
        )
        for lang, locale in _LOCALES.items()
    }
    out = []
    for c in pycountry.countries:
        # The common name ("Bolivia", "South Korea") reads better than the formal one.
        english = getattr(c, "common_name", None) or c.name
        names = {lang: t.gettext(c.name) for lang, t in translators.items()}
        out.append(MemberState(iso3=c.alpha_3, iso2=c.alpha_2, name=Text(en=english, **names)))
    return tuple(out)


def all_states(members: Iterable[MemberState]) -> tuple[MemberState, ...]:
    """Every ISO 3166-1 state; the members as the form names them, then the others."""
    members = tuple(members)
    known = {m.iso3 for m in members}
    return members + tuple(s for s in _iso_states() if s.iso3 not in known)
