"""Languages a person speaks: ISO 639 codes from what people type, and names to show.

Stored as codes separated by commas, `ar,en,ti` (what the demo and older files
already hold): ISO 639-1 where a language has one, otherwise ISO 639-3 (`prs`
for Dari, `ckb` for Sorani). People type names, in Dutch or English, with
commas, semicolons, slashes or "en"/"and" between them: `Arabisch, Engels`,
`arabic; english`, `ar,en` and `Arabisch en Engels` all give `ar,en`.
Matching ignores case, diacritics and punctuation (the folding of
domain/names.py). Names come from pycountry's ISO 639-3 data and its Dutch
gettext catalogue, as domain/countries.py does for countries, plus the small
tables below. The index is built on first use, never at import time.

Older files may hold free text ("Arabisch (goed)"): a part of a stored value
that is not a code is shown as it is, and is kept when the value is saved
again unchanged; only a new word nobody knows is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vwdesk.domain.countries import dutch_catalogue
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.names import fold

UNKNOWN_LANGUAGE = "unknown language"

# Names ISO does not give, or gives in a form a volunteer would not recognise, for the
# languages this work meets most (code -> (Dutch, English)). ISO calls Pashto "Pushto",
# Greek "Modern Greek (1453-)", leaves Somali, Frisian and the Kurdish and Arabic varieties
# untranslated in Dutch, and knows Kurmanji and Sorani only as "Northern" and "Central
# Kurdish". Farsi is how Iranians name their language, so the picker shows it beside
# Persian. ISO's own names stay accepted as typed.
OWN_NAMES: dict[str, tuple[str, str]] = {
    "fa": ("Perzisch (Farsi)", "Persian (Farsi)"),
    "prs": ("Dari", "Dari"),
    "ps": ("Pasjtoe", "Pashto"),
    "kmr": ("Kurmanji (Noord-Koerdisch)", "Kurmanji (Northern Kurdish)"),
    "ckb": ("Sorani (Centraal-Koerdisch)", "Sorani (Central Kurdish)"),
    "so": ("Somalisch", "Somali"),
    "apc": ("Levantijns Arabisch", "Levantine Arabic"),
    "acm": ("Iraaks Arabisch", "Iraqi Arabic"),
    "arz": ("Egyptisch Arabisch", "Egyptian Arabic"),
    "apd": ("Soedanees Arabisch", "Sudanese Arabic"),
    "ary": ("Marokkaans Arabisch", "Moroccan Arabic"),
    "tig": ("Tigre", "Tigre"),
    "el": ("Grieks", "Greek"),
    "fy": ("Fries", "Frisian"),
    "sw": ("Swahili", "Swahili"),
}

# Other names and spellings in everyday use (folded on use). Codes and ISO names need no entry.
ALIASES: dict[str, str] = {
    "afghaans perzisch": "prs",
    "pashtu": "ps",
    "pasjto": "ps",
    "kurmanci": "kmr",
    "badini": "kmr",
    "bahdini": "kmr",
    "koerdisch kurmanji": "kmr",
    "koerdisch sorani": "ckb",
    "tigrinja": "ti",
    "tigrigna": "ti",
    "syrisch arabisch": "apc",
    "syrian arabic": "apc",
    "grieks": "el",
    "greek": "el",
    # Dutch abbreviations: three letters that are also the code of some rare language
    # (`ned` is Nde-Gbite), which a code is only read as for the languages offered.
    "ned": "nl",
    "eng": "en",
    "arab": "ar",
    "dui": "de",
    "fra": "fr",
    "ngt": "dse",
    "nederlandse gebarentaal": "dse",
    # Languages clients speak whose Dutch names ISO's catalogue lacks.
    "berbers": "zgh",
    "tamazight": "zgh",
    "amazigh": "zgh",
    "papiaments": "pap",
    "mandarijn": "cmn",
    "mandarijn chinees": "cmn",
    "maleis": "ms",
    "nepalees": "ne",
    "punjabi": "pa",
    "pendzjabi": "pa",
    "azeri": "az",
    "azerbeidzjaans": "az",
    "bilen": "byn",
    "blin": "byn",
    "kirundi": "rn",
    "assyrisch": "aii",
    "suryoyo": "tru",
}

# Spoken by many of the people this work is for: offered first when a name is typed.
COMMON = ("ar", "ti", "fa", "prs", "ps", "ku", "kmr", "ckb", "so", "am", "tr", "ru", "uk",
          "en", "fr", "nl", "de")  # fmt: skip

# Between two languages: a comma, semicolon, slash, plus, ampersand or new line; or "en" or
# "and", unless the words around it are one language's name (`Luo (Kenia en Tanzania)`).
_SEPARATOR = re.compile(r"\s*[,;/+&\n]\s*")
_AND = re.compile(r"\s+(?:en|and)\s+", re.IGNORECASE)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ASCII_MARKS = re.compile(r"['`]")  # the ASCII ones among fold()'s vanishing marks
_PARENTHESIS = re.compile(r"(.+?) \((.+)\)")
_LONGEST_NAME = 100
_WITH_CODE = re.compile(r"(.+?)\s*\(([A-Za-z]{2,3})\)")
_ISO_NOTE = re.compile(r"\s*\((?:macrolanguage|\d{4}-?)\)$")


def _key(text: str) -> str:
    """Folded, punctuation to single spaces: `Oekraïens` -> `oekraiens`, `Ma'di` -> `madi`."""
    if text.isascii():  # what fold() does to ASCII, without its Unicode work (7,000 names)
        return _NON_ALNUM.sub(" ", _ASCII_MARKS.sub("", text.lower())).strip()
    return _NON_ALNUM.sub(" ", fold(text)).strip()


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 if there is one, else ISO 639-3
    dutch: str
    english: str

    def name(self, lang: str = "nl") -> str:
        """The name in `lang` ("nl" or "en")."""
        return self.dutch if lang == "nl" else self.english


@dataclass(frozen=True)
class ParsedLanguages:
    """What was typed, read: the parts to store in the order typed, and the unknown words."""

    parts: tuple[str, ...]  # codes, and old free text kept as it was
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Language]  # every code (two- and three-letter) -> its Language
    lookup: dict[str, str]  # folded name, alias or code -> stored code
    offered: tuple[Language, ...]  # what the picker offers: ISO 639-1 and OWN_NAMES
    keys: dict[str, tuple[str, ...]]  # stored code -> every folded name, alias and code of it
    offered_codes: frozenset[str]  # the codes of `offered`


def _alternatives(name: str) -> list[str]:
    """ISO's Dutch sometimes lists two spellings (`Wit-Russisch; Belarussisch`): a shown name
    may not hold a comma or semicolon, since those separate languages."""
    return [n for n in (p.strip() for p in re.split(r"[;,]", name)) if n]


@lru_cache(maxsize=1)
def _index() -> _Index:
    import pycountry

    nl = dutch_catalogue("iso639-3")
    by_code: dict[str, Language] = {}
    iso_names: dict[str, list[str]] = {}  # stored code -> ISO's names, English and Dutch
    for lang in pycountry.languages:
        two = getattr(lang, "alpha_2", None)
        if two is None and getattr(lang, "type", "") != "L" and lang.alpha_3 not in OWN_NAMES:
            continue  # ancient, extinct and constructed languages without a two-letter code
        code = two or lang.alpha_3
        english = _ISO_NOTE.sub("", lang.name)
        dutch = _alternatives(_ISO_NOTE.sub("", nl.gettext(lang.name)))
        shown = OWN_NAMES.get(code, (dutch[0], english))
        entry = Language(code, *shown)
        for c in (code, lang.alpha_3, getattr(lang, "bibliographic", None)):
            if c:
                by_code[c] = entry
        iso_names[code] = [english, *dutch, getattr(lang, "common_name", "")]
    codes = list(iso_names)
    offered = [c for c in codes if len(c) == 2 or c in OWN_NAMES]
    offered_set = frozenset(offered)

    def shown_keys(code: str) -> list[str]:
        """The names the picker shows; for ours also their parts: `Sorani`, `Farsi`."""
        out = []
        for name in (by_code[code].dutch, by_code[code].english):
            out.append(name)
            if code in OWN_NAMES and (m := _PARENTHESIS.fullmatch(name)) is not None:
                out += m.groups()
        return [_key(n) for n in out]

    iso_keys = {c: [_key(n) for n in iso_names[c] if n] for c in codes}
    keys: dict[str, set[str]] = {c: set(k) for c, k in iso_keys.items()}
    for c in offered:
        keys[c].update(shown_keys(c))
    for alias, c in ALIASES.items():
        keys[c].add(_key(alias))
    for c, entry in by_code.items():
        keys[entry.code].add(c.lower())

    # Where a name or code could mean two languages, the first here wins: our own names, the
    # names the picker shows, two-letter codes, ISO's names of the languages the picker offers,
    # ISO's names of every other living language, three-letter codes (`ara`, `per`).
    lookup: dict[str, str] = {}
    for alias, c in ALIASES.items():
        lookup.setdefault(_key(alias), c)
    for c in offered:
        for key in shown_keys(c):
            lookup.setdefault(key, c)
    for c in offered:
        if len(c) == 2:
            lookup.setdefault(c, c)
    for c in (*offered, *codes):
        for key in iso_keys[c]:
            lookup.setdefault(key, c)
    # A code is read as a code only for the languages offered (`ara`, `per`, `ti`): every
    # three letters are the code of some language, and `Ned`, `Pas` or `Koe` typed as an
    # abbreviation would otherwise be stored as Nde-Gbite, Papasena or Kacipo-Bale Suri.
    for c, entry in by_code.items():
        if entry.code in offered_set:
            lookup.setdefault(c.lower(), entry.code)
    return _Index(
        by_code,
        lookup,
        tuple(by_code[c] for c in offered),
        {c: tuple(sorted(k)) for c, k in keys.items()},
        offered_set,
    )


def split_languages(text: str) -> list[str]:
    """The parts of a list as typed or stored, stripped, empty parts left out."""
    parts = []
    for piece in _SEPARATOR.split(text or ""):
        if _AND.search(piece) and language_code(piece) is None:
            parts += _AND.split(piece)
        else:
            parts.append(piece)
    return [p for p in (p.strip() for p in parts) if p]


def language_code(text: str) -> str | None:
    """The stored code for one language as typed: a code (`ar`, `ara`) or a name."""
    if len(text or "") > _LONGEST_NAME:  # no language is called so; and no slow regex on it
        return None
    key = _key(text or "")
    found = _index().lookup.get(key) if key else None
    if found is None and (m := _WITH_CODE.fullmatch((text or "").strip())) is not None:
        named = language(m[2])  # `Ak (akq)`, as shown_name writes a name two languages share
        if named is not None and _key(m[1]) in _index().keys[named.code]:
            found = named.code
    return found


def shown_name(language: Language, lang: str = "nl") -> str:
    """The language's name in `lang`, with its code when the name alone means another
    language (a few rare ones are called like a code or like each other: `Ak (akq)`)."""
    name = language.name(lang)
    return name if language_code(name) == language.code else f"{name} ({language.code})"


def language(code: str) -> Language | None:
    return _index().by_code.get((code or "").strip().lower())


def parse_languages(text: str, *, keep: str = "") -> ParsedLanguages:
    """Read what a person typed. `keep` is the value stored so far: a part of it that is
    not a language (older free text) is kept as it is when it is typed again."""
    kept = set(split_languages(keep))
    parts: list[str] = []
    unknown: list[str] = []
    for part in split_languages(text):
        code = language_code(part)
        if code is None and part in kept:
            code = part
        if code is None:
            unknown.append(part)
        elif code not in parts:
            parts.append(code)
    return ParsedLanguages(tuple(parts), tuple(unknown))


def normalise_languages(text: str, *, keep: str = "") -> str:
    """The value to store: codes, with words nobody knows kept as typed (after
    `language_problems` has refused them where a person types)."""
    found = parse_languages(text, keep=keep)
    unknown = [u for u in found.unknown if u not in found.parts]
    return ",".join((*found.parts, *unknown))


def language_problems(text: str, *, keep: str = "", field: str = "languages") -> list[InputProblem]:
    """One problem naming every word that is not a language; none when all are known."""
    unknown = parse_languages(text, keep=keep).unknown
    if not unknown:
        return []
    return [InputProblem(UNKNOWN_LANGUAGE, field=field, value=", ".join(unknown))]


def language_names(stored: str, lang: str = "nl") -> str:
    """`ar,en` -> `Arabisch, Engels`; a part that is no code (older free text) as it is."""
    out = []
    for part in split_languages(stored):
        found = language(part) if len(part) <= 3 and part.islower() else None
        out.append(shown_name(found, lang) if found else part)
    return ", ".join(out)


def languages(lang: str = "nl") -> list[Language]:
    """What the picker offers, sorted by name in `lang`."""
    return sorted(_index().offered, key=lambda x: (_key(x.name(lang)), x.code))


def find_languages(typed: str, lang: str = "nl", *, limit: int | None = None) -> list[Language]:
    """For the picker: languages one of whose names, or a word of one, starts with what was
    typed (folded: `oekr` finds Oekraïens, `farsi` finds Perzisch), or whose code it is.
    Names that start with it come first, and among those the languages met most."""
    key = _key(typed)
    if not key:
        return []
    index = _index()
    found = _ranked(index, index.offered, key, lang)
    if not found:  # Bilin, Tarifit: the living languages the list does not offer up front
        others = {x.code: x for x in index.by_code.values()}
        found = _ranked(
            index, [x for c, x in others.items() if c not in index.offered_codes], key, lang
        )
    found.sort(key=lambda pair: pair[0])
    return [x for _, x in found[:limit]]


def _ranked(index: _Index, candidates, key: str, lang: str) -> list:
    found = []
    for x in candidates:
        names = index.keys.get(x.code, ())
        shown = _key(x.name(lang))
        if shown.startswith(key):
            rank = 0
        elif key in names or any(len(n) > 3 and n.startswith(key) for n in names):
            rank = 1
        elif any(w.startswith(key) for n in (shown, *names) for w in n.split()):
            rank = 2
        else:
            continue
        common = COMMON.index(x.code) if x.code in COMMON else len(COMMON)
        found.append(((rank, common, shown), x))
    return found
