"""Countries: ISO 3166-1 alpha-2 codes from what people type, and Dutch names for display.

Nationalities are stored as alpha-2 codes (the figures count by code). People
write them as `SY`, `SYR`, `Syria`, `Syrian Arab Republic`, `Syrië` or
`syrie`; all of these give `SY`. Matching ignores case, diacritics and
punctuation (the folding of domain/names.py). Names come from pycountry's ISO
data and its Dutch gettext catalogue, plus a few common names the ISO list
spells otherwise (Turkey, Russia, ...). The index is built on first use,
never at import time.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from vwdesk.domain.names import fold

# Names in everyday use that ISO writes differently (English and Dutch), folded on use.
ALIASES: dict[str, str] = {
    "turkey": "TR",
    "turkije": "TR",
    "russia": "RU",
    "rusland": "RU",
    "palestine": "PS",
    "palestina": "PS",
    "congo kinshasa": "CD",
    "dr congo": "CD",
    "congo brazzaville": "CG",
    "ivory coast": "CI",
    "ivoorkust": "CI",
    "burma": "MM",
    "myanmar": "MM",
    "great britain": "GB",
    "england": "GB",
    "engeland": "GB",
    "holland": "NL",
    "usa": "US",
    "uk": "GB",
    "czech republic": "CZ",
    "tsjechie": "CZ",
    "macedonia": "MK",
    "swaziland": "SZ",
    "cape verde": "CV",
    "kaapverdie": "CV",
    "east timor": "TL",
    "oost timor": "TL",
    "zuid korea": "KR",
    "noord korea": "KP",
}

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _key(text: str) -> str:
    """Folded, punctuation to single spaces: `Côte d'Ivoire` -> `cote divoire`."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def _variants(name: str) -> list[str]:
    """A name and its uninverted form: `Korea, Republic of` also as `Republic of Korea`."""
    out = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        out.append(f"{tail} {head}")
    out += [n[4:] for n in out if n.lower().startswith("the ")]
    return out


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    dutch: str
    english: str


@lru_cache(maxsize=2)
def dutch_catalogue(domain: str = "iso3166-1") -> gettext.NullTranslations:
    """pycountry's Dutch names of one ISO list (`iso3166-1` countries, `iso639-3` languages)."""
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["nl"], fallback=True)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, str]]:
    """(code -> Country, folded name or code -> code)."""
    import pycountry

    nl = dutch_catalogue()
    by_code: dict[str, Country] = {}
    lookup: dict[str, str] = {}
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        dutch = nl.gettext(c.name)
        if dutch == c.name and english != c.name:
            dutch = nl.gettext(english)
        by_code[c.alpha_2] = Country(c.alpha_2, dutch, english)
        names = [c.name, english, getattr(c, "official_name", None) or "", dutch]
        for name in names:
            for variant in _variants(name) if name else ():
                lookup.setdefault(_key(variant), c.alpha_2)
        lookup[c.alpha_3.lower()] = c.alpha_2
    for alias, code in ALIASES.items():
        lookup.setdefault(_key(alias), code)
    # Two-letter codes win over names (no country name has two letters).
    for code in by_code:
        lookup[code.lower()] = code
    return by_code, lookup


def country_code(text: str) -> str | None:
    """The alpha-2 code for a code (alpha-2 or alpha-3) or an English or Dutch name."""
    key = _key(text or "")
    return _index()[1].get(key) if key else None


def is_country(code: str) -> bool:
    return (code or "").upper() in _index()[0]


def dutch_name(code: str) -> str:
    """`SY` -> `Syrië`; an unknown code is shown as it is."""
    country = _index()[0].get((code or "").upper())
    return country.dutch if country else code


def english_name(code: str) -> str:
    country = _index()[0].get((code or "").upper())
    return country.english if country else code


def countries() -> list[Country]:
    """Every country, sorted by Dutch name the way a Dutch reader expects (Ä with A)."""
    return sorted(_index()[0].values(), key=lambda c: (_key(c.dutch), c.code))


def find_countries(typed: str) -> list[Country]:
    """For pickers: countries whose Dutch or English name, or a word of it, starts with
    what was typed (folded: `syr` and `SYRIE` both find Syrië), or whose code it is."""
    key = _key(typed)
    if not key:
        return countries()
    found = []
    for c in countries():
        names = (_key(c.dutch), _key(c.english))
        words = [w for n in names for w in n.split()]
        if key == c.code.lower() or any(n.startswith(key) for n in (*names, *words)):
            found.append(c)
    return found
