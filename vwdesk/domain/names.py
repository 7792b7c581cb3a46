"""The tolerant search: names spelled one letter differently still find each other.

Names of people from Syria, Eritrea or Afghanistan reach the team through
passports, IND letters and the municipality, each transliterating Arabic,
Tigrinya or Dari in its own way. The rule below brings the usual variants
together; it prefers showing a few names too many over missing the person
the volunteer is looking for.

The rule
--------
1. **Folding.** Lower case (casefold), accents and other diacritics removed
   (é -> e, ö -> o, ß -> ss, ø -> o), apostrophes and ayn/hamza marks
   dropped (Sa'id = Said). Hyphens, dots and spaces separate words.
2. **Plain form.** The letters of one field (first name, last name) written
   together without separators: "Al Hassan", "Al-Hassan" and "Alhassan"
   are all `alhassan`; "Abdul Rahman" = "Abdulrahman".
3. **Sound skeleton** (for the transliteration variants), per field:
   - in a query word, a leading article (al, el, ul) is dropped when at
     least three letters remain, and so is an assimilated one before a
     doubled sun letter (Arrahman -> Rahman, Assayed -> Sayed, but not the
     start of Asmaa or Adnan). Stored keys keep their article: since a query
     word is looked for inside the key, Al Hassan, Alhassan, El-Hassan and
     Hassan all find each other;
   - spellings of one sound become one letter: kh/ck/c/q -> k,
     sh/sch/ch -> s (the French spelling: Aicha = Aisha, Hicham = Hisham),
     ph -> f, th -> t, dh -> d, gh -> g, dj -> j, v -> w, x -> ks;
     a final h after a vowel goes (Abdullah = Abdulla, Fatimah = Fatima);
   - every run of vowels (a e i o u, and y after the first letter) becomes
     one `_`, a vowel at the end is dropped, doubled consonants count once,
     and the skeleton is written in capitals.
   So Mohammed, Muhammad, Mohamad and Mohamed are all `M_H_M_D` (and
   Mahmoud, `M_HM_D`, stays apart); Yusuf, Youssef, Yousef are `Y_S_F`;
   Tesfaye and Tesfay are `T_SF`.
4. **Matching.** The query is folded the same way and split into words (an
   article standing alone joins the next word: "el hassan" is one word).
   Every word must be found, in any order, anywhere in the client's search
   key: as plain text, or (for words of three letters or more) as skeleton;
   a skeleton of fewer than two consonants only as a whole word of the key
   (so "Ali", `_L`, finds Ali and Aly but not every name with an l in it).
   Digit groups of one long number join up ("06 1234 5678").
   A client's search key holds the plain and skeleton forms of the first and
   last name, the V-number, the phone number as digits (+31 and 0031 written
   as 0), and the household's address, postcode and city as plain text.

Known limits: Hassan and Hussein share a skeleton (`H_S_N`), as do other
names that differ only in their vowels; the list then shows both. Spellings
that change a consonant (Qasim / Ghasem) are not brought together.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

# Between the plain and the skeleton section of a key. Plain query words are lower
# case and skeletons capitals, so neither can match the other's section anyway.
# It also marks the rule: change it (to "¦", ...) whenever the rule changes, and
# every stored key without it is rebuilt (services/clients.py ensure_search_keys).
SECTION = "|"
# The key of an anonymised client: nothing to find.
EMPTY_KEY = f" {SECTION} "

ARTICLES = ("al", "el", "ul")
# The assimilated article: a + a doubled sun letter (ar-Rahman written Arrahman).
_ASSIMILATED = re.compile(r"^a(sh(?=sh)|([tdrzsnl])(?=\2))")
_MIN_AFTER_ARTICLE = 3
MIN_SKELETON_QUERY = 3
MIN_SKELETON_CONSONANTS = 2

_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ı": "i",
        "þ": "th",
    }
)
# Apostrophes and the marks used for ayn and hamza vanish instead of splitting a word.
_MARKS = re.compile(r"['’‘`´ʼʻʿʾ]")
_SEPARATORS = re.compile(r"[^\w]+|_+")
# Longest first, so "sch" wins over "sh" and "ch".
_SOUNDS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("dj", "j"),
)
_SOUND_RE = re.compile("|".join(a for a, _ in _SOUNDS))
_SOUND_MAP = dict(_SOUNDS)
_LETTER_MAP = str.maketrans({"c": "k", "q": "k", "v": "w", "x": "ks"})
_VOWELS = frozenset("aeiouy")


def fold(text: str) -> str:
    """Lower case without diacritics; apostrophes gone; separators kept as they are."""
    text = _MARKS.sub("", text.casefold().translate(_SPECIAL))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text (split at spaces, hyphens, dots and other separators)."""
    return [w for w in _SEPARATORS.split(fold(text)) if w]


def plain(text: str) -> str:
    """The folded letters and digits of one field written together: `Al-Hassan` -> `alhassan`."""
    return "".join(words(text))


def strip_article(word: str) -> str:
    """`alhassan` -> `hassan`; `ali` and `alem` keep their letters (too little would remain)."""
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= _MIN_AFTER_ARTICLE:
            return word[len(article) :]
    assimilated = _ASSIMILATED.match(word)
    if assimilated and len(word) - assimilated.end() >= _MIN_AFTER_ARTICLE:
        return word[assimilated.end() :]
    return word


def skeleton(text: str, *, drop_article: bool = False) -> str:
    """The sound skeleton of one field (rule 3), in capitals; empty when it has no letters.

    Stored keys keep the article (`Alhassan` -> `_LH_S_N`); queries drop it
    (`El-Hassan` -> `H_S_N`), which is then found inside every spelling,
    unless too little would be left to go on (`Elias` stays `_L_S`).
    """
    letters = "".join(ch for ch in plain(text) if "a" <= ch <= "z")
    if drop_article:
        stripped = strip_article(letters)
        sound = _skeleton_of(stripped)
        if stripped == letters or consonants(sound) >= MIN_SKELETON_CONSONANTS:
            return sound
    return _skeleton_of(letters)


def consonants(sound: str) -> int:
    return sum(ch != "_" for ch in sound)


def _skeleton_of(letters: str) -> str:
    if not letters:
        return ""
    letters = _SOUND_RE.sub(lambda m: _SOUND_MAP[m.group(0)], letters).translate(_LETTER_MAP)
    if len(letters) > 1 and letters.endswith("h") and letters[-2] in _VOWELS:
        letters = letters[:-1]
    out: list[str] = []
    for i, ch in enumerate(letters):
        is_vowel = ch in "aeiou" or (ch == "y" and i > 0)
        mark = "_" if is_vowel else ch.upper()
        if out and out[-1] == mark:
            continue  # a run of vowels, or a doubled consonant
        out.append(mark)
    if len(out) > 1 and out[-1] == "_":
        out.pop()
    return "".join(out)


def phone_digits(phone: str) -> str:
    """Digits of a phone number, Dutch international prefixes written as 0."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits.startswith("0031"):
        return "0" + digits[4:]
    if digits.startswith("31") and (phone.strip().startswith("+") or len(digits) == 11):
        return "0" + digits[2:]
    return digits


def client_search_key(
    first_name: str,
    last_name: str,
    *,
    v_number: str = "",
    phone: str = "",
    address: str = "",
    postcode: str = "",
    city: str = "",
) -> str:
    """What the client's `search_key` column holds (rule 4): computed on every save."""
    plains = [plain(first_name), plain(last_name)]
    plains += [plain(v_number), phone_digits(phone)]
    plains += words(address)
    plains += [plain(postcode), plain(city)]
    sounds = [skeleton(first_name), skeleton(last_name)]
    # The skeletons of single words too, where a word's own ending differs from
    # its sound inside the joined field ("Tesfaye Gebre": `T_SF` and `G_BR`).
    for field in (first_name, last_name):
        field_words = words(field)
        if len(field_words) > 1:
            sounds += [skeleton(w) for w in field_words]
    # A space at each end of each section, so a short skeleton can be matched as a
    # whole word; the bar between them lets SearchIndex scan the sections apart.
    return f" {_joined(plains)} {SECTION} {_joined(sounds)} "


def _joined(parts: list[str]) -> str:
    return " ".join(dict.fromkeys(p for p in parts if p))


@dataclass(frozen=True)
class QueryWord:
    """One word of a query, found if one of its `needles` occurs in the search key.

    The plain form is looked for anywhere; the skeleton too when it has at least
    two consonants, else only as a whole word of the key (" _S " for Aisha), so
    a short name does not find every key that happens to contain its sound.
    """

    plain: str
    sound: str | None = None
    whole: bool = False

    @property
    def needles(self) -> tuple[str, ...]:
        if self.sound is None:
            return (self.plain,)
        return (self.plain, f" {self.sound} " if self.whole else self.sound)

    def found_in(self, key: str) -> bool:
        return any(needle in key for needle in self.needles)


# A group of digit words at least this long is one number (phone, V-number) typed with spaces.
_NUMBER_DIGITS = 9


def _glue(raw: list[str]) -> list[str]:
    """Standalone articles join the next word; digit groups of a long number join up."""
    glued: list[str] = []
    pending = ""
    for word in raw:
        if word in ARTICLES:
            pending += word
            continue
        glued.append(pending + word)
        pending = ""
    if pending:
        glued.append(pending)
    out: list[str] = []
    run: list[str] = []
    for word in [*glued, ""]:
        if word.isdigit():
            run.append(word)
            continue
        if run:
            joined = "".join(run)
            out += [joined] if len(run) > 1 and len(joined) >= _NUMBER_DIGITS else run
            run = []
        if word:
            out.append(word)
    return out


def parse_query(query: str) -> tuple[QueryWord, ...]:
    """The words of what the volunteer typed; an empty tuple matches everyone."""
    out = []
    for word in _glue(words(query)):
        if word.isdigit():
            out.append(QueryWord(phone_digits(word) if len(word) >= 11 else word))
            continue
        sound = skeleton(word, drop_article=True) if len(word) >= MIN_SKELETON_QUERY else ""
        if not sound:
            out.append(QueryWord(word))
            continue
        whole = consonants(sound) < MIN_SKELETON_CONSONANTS
        out.append(QueryWord(word, sound, whole))
    return tuple(out)


def matches(query: Iterable[QueryWord], key: str) -> bool:
    """Does every word of the query occur in `key` (a search key as client_search_key makes)?"""
    return all(word.found_in(key) for word in query)


def matches_as_typed(query: Iterable[QueryWord], key: str) -> bool:
    """Does every word occur in the key's plain section (names, numbers, address as
    written), not only by its sound? 'Yousef' finds Yusuf by sound alone: a picker does
    not take such a person on Enter without the volunteer choosing them."""
    plains = key.split(SECTION, 1)[0]
    return all(word.plain in plains for word in query)


_DENSITY_CHECK = 512
_DENSE = 4  # one row in four or more


# Rows per block of a section: the per-row parts of one block exist while it is joined.
_BLOCK = 4096


class _Section:
    """One section of every key, joined in blocks of rows so `str.find` scans it in C.

    Only the joined texts and the offsets (compact arrays) are kept: a row is
    tested on its whole key, which gives the same answer for every needle (plain
    needles are lower case and skeletons capitals; no needle holds the bar, so
    none is found across the sections or in the other one), as `matches()`. At
    100,000 clients that spares a third copy of every key (17 MiB) and the
    offsets as Python ints (5 MiB). Joined a block at a time, the parts of all
    100,000 rows (11 MiB) never exist together beside the text they make.
    """

    def __init__(self, keys: list[str], numbers: list[int], section: int):
        self.keys = keys
        self.numbers = numbers
        self.texts: list[str] = []
        self.starts: list[array] = []  # per block, where each of its rows starts
        for first in range(0, len(keys), _BLOCK):
            parts = [k.partition(SECTION)[section] for k in keys[first : first + _BLOCK]]
            self.texts.append("\n".join(parts))
            self.starts.append(array("I", accumulate((len(p) + 1 for p in parts[:-1]), initial=0)))

    def rows_with(self, needle: str) -> list[int]:
        keys, numbers = self.keys, self.numbers
        if len(needle) <= 2:  # common: testing each key is cheaper than visiting each hit
            return [i for i, key in zip(numbers, keys, strict=True) if needle in key]
        out: list[int] = []
        for block, (text, starts) in enumerate(zip(self.texts, self.starts, strict=True)):
            find, first, last = text.find, block * _BLOCK, len(starts) - 1
            at = find(needle)
            while at != -1:
                row = bisect_right(starts, at) - 1
                out.append(numbers[first + row])
                if row >= last:
                    break
                if len(out) % _DENSITY_CHECK == 0 and len(out) * _DENSE > first + row:
                    # Found in most rows so far: testing each remaining key is cheaper.
                    out += [i for i in numbers[first + row + 1 :] if needle in keys[i]]
                    return out
                at = find(needle, starts[row + 1])
        return out


class SearchIndex:
    """The rows whose search key matches a query: `matches()` for a whole list at once,
    fast enough to run on every keystroke over 100,000 clients.

    Row lists are kept per needle, so typing one more letter only re-tests the rows
    the shorter needle found; the most telling word is looked up first and the other
    words are only tested on its rows.

    Every row list holds the int objects of `numbers` (0 .. n-1, made once), not
    new ones: above 256 each int is an object of its own (32 bytes), so at 100,000
    clients a list of most rows cost 3.9 MiB and now costs 0.8. A model ordering
    the same rows can take its row numbers from there too.
    """

    def __init__(self, keys: Sequence[str]):
        self.keys = list(keys)
        self.numbers = list(range(len(self.keys)))
        self._plain = _Section(self.keys, self.numbers, 0)  # before the bar
        self._sound = _Section(self.keys, self.numbers, 2)  # after it
        self._cache: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def rows(self, query: Sequence[QueryWord]) -> list[int]:
        """Row numbers (ascending) of the keys in which every word of the query is found."""
        if not query:
            return list(self.numbers)
        first, *rest = sorted(query, key=lambda w: len(w.plain), reverse=True)
        found = self._word_rows(first)
        for word in rest:
            if not found:
                break
            found = self._narrow(found, word)
        return found

    def _narrow(self, rows: list[int], word: QueryWord) -> list[int]:
        keys = self.keys
        needles = word.needles
        if len(needles) == 1:
            (a,) = needles
            return [i for i in rows if a in keys[i]]
        a, b = needles
        return [i for i in rows if a in keys[i] or b in keys[i]]

    def _word_rows(self, word: QueryWord) -> list[int]:
        found = [self._needle_rows(n) for n in word.needles]
        if len(found) == 1 or not found[1]:
            return found[0]
        if not found[0]:
            return found[1]
        return sorted(set(found[0]).union(found[1]))

    def _needle_rows(self, needle: str) -> list[int]:
        cached = self._cache.get(needle)
        if cached is not None:
            return cached
        section = self._sound if needle != needle.lower() or "_" in needle else self._plain
        # A shorter needle inside this one found a superset: only its rows need a look.
        narrower = min(
            (rows for seen, rows in self._cache.items() if seen in needle),
            key=len,
            default=None,
        )
        if narrower is not None and len(narrower) < len(self.keys) // 4:
            keys = self.keys
            found = [i for i in narrower if needle in keys[i]]
        else:
            found = section.rows_with(needle)
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[needle] = found
        return found


def _sound(text: str) -> str:
    return skeleton(text, drop_article=True)


def _field_alike(a: str, b: str) -> bool:
    sa, sb = _sound(a), _sound(b)
    if sa and sa == sb:
        return True
    wa = {s for w in words(a) if w not in ARTICLES and (s := _sound(w))}
    wb = {s for w in words(b) if w not in ARTICLES and (s := _sound(w))}
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def similar_names(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """Could these be the same person, spelled differently? (used for the duplicate warning)

    First with first and last with last must sound alike (one may have an extra
    word: "Mohammed Ali" ~ "Mohammed"), or the two swapped: registrations often
    put the family name first. Twins with the same birth date and family name
    but different first names are not alike.
    """
    if _field_alike(first_a, first_b) and _field_alike(last_a, last_b):
        return True
    if _field_alike(first_a, last_b) and _field_alike(last_a, first_b):
        return True
    joined_a, joined_b = _sound(first_a + last_a), _sound(first_b + last_b)
    return bool(joined_a) and joined_a == joined_b
