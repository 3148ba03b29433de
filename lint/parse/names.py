"""Splitting a signatory's name into honorific, given names and surname.

PACE prints surnames in capitals with particles in mixed case (`De SUTTER`,
`van de VEN`, `de PUIG i OLIVE`), so capitals tell the surname apart from the given
names in both orders: `Mr Caspar Van den BERG` and `GATTOLIN André`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Field, Span

HONORIFICS = (
    "Mr", "Ms", "Mrs", "Miss", "Lord", "Baroness", "Baron", "Sir", "Dame", "Lady", "Dr",
    "Earl", "Viscount", "Countess", "M.", "Mme", "Mlle",
)  # fmt: skip
HONORIFIC_RE = re.compile(
    r"(?:Mr|Ms|Mrs|Miss|Lord|Baroness|Baron|Sir|Dame|Lady|Dr|Earl|Viscount|Countess|Mme|Mlle)"
    r"\.?(?=\s)|M\.(?=\s)"
)
PARTICLES = frozenset(
    "van von de den der di da du des del della dei degli le la lo i y e ten ter zu af av "
    "al el dos das do mac st saint bin ibn ó ní".split()
)
_TOKEN = re.compile(r"\S+")
_CAPS_PREFIX = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|d'|d’|L'|L’)")
_INITIAL = re.compile(r"^[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)*$")


@lru_cache(maxsize=65536)
def is_caps(token: str) -> bool:
    """An all-capitals surname token (diacritics, hyphens and apostrophes allowed)."""
    if _INITIAL.match(token):
        return False
    body = _CAPS_PREFIX.sub("", token)
    letters = [c for c in body if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_particle(token: str) -> bool:
    # A middle initial (`E.`, `Y.`) is not the Portuguese `e` or the Spanish `y`.
    return token.lower().strip(".") in PARTICLES and not _INITIAL.match(token)


def split_name(text: str, start: int, end: int, surname_first: bool):
    """Split text[start:end] into (honorific, given, surname, order) Fields.

    ``surname_first`` is the layout's expectation; the order returned says what the
    entry actually has ("given-first", "surname-first", "surname-only").
    """
    name = text[start:end]
    # (a pathological 'name' of a megabyte is split, not kept in the cache)
    split = _split if len(name) <= 200 else _split.__wrapped__
    honorific, given, surname, order = split(name, surname_first)
    return _field(name, honorific, start), _field(name, given, start), _field(name, surname, start), order


def _field(name: str, offsets: tuple[int, int] | None, shift: int) -> Field | None:
    if offsets is None:
        return None
    a, b = offsets
    return Field(name[a:b], Span(a + shift, b + shift))


# Members sign declaration after declaration: the same entry text recurs across a corpus,
# so the split (offsets within the name) is computed once per distinct text.
@lru_cache(maxsize=16384)
def _split(text: str, surname_first: bool):
    """(honorific, given, surname) offset pairs within ``text``, and the order."""
    start, end = 0, len(text)
    honorific = None
    m = HONORIFIC_RE.match(text, start, end)
    if m:
        honorific = (m.start(), m.end())
        start = m.end()
    tokens = [(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, start, end)]
    if not tokens:
        return honorific, None, None, "surname-only"

    def field(first: int, last: int) -> tuple[int, int] | None:
        if first > last:
            return None
        return tokens[first][0], tokens[last][1]

    n = len(tokens)
    words = [t[2] for t in tokens]
    caps = [is_caps(w) for w in words]

    # First and last capitals token: `any(caps[a:b])` in constant time (a long entry
    # must not make this quadratic).
    first_cap = caps.index(True) if True in caps else n
    last_cap = n - 1 - caps[::-1].index(True) if first_cap < n else -1

    # Leading run of capitals/particles (surname-first layout).
    i = 0
    while i < n and (caps[i] or (i < last_cap and is_particle(words[i]))):
        i += 1
    lead = i if first_cap < i else 0
    # Trailing run of capitals/particles (given-first layout).
    j = n
    while j > 0 and (caps[j - 1] or (last_cap >= j and is_particle(words[j - 1]))):
        j -= 1
    trail = n - j if last_cap >= j else 0

    if lead == n or trail == n:
        # Everything in capitals: by the layout's convention.
        if n == 1:
            return honorific, None, field(0, 0), "surname-only"
        if surname_first:
            return honorific, field(1, n - 1), field(0, 0), "surname-first"
        return honorific, field(0, n - 2), field(n - 1, n - 1), "given-first"
    if lead and (surname_first or not trail):
        return honorific, field(lead, n - 1), field(0, lead - 1), "surname-first"
    if trail:
        return honorific, field(0, j - 1), field(j, n - 1), "given-first"
    # No capitals at all: older lists print the surname alone in mixed case.
    if surname_first or n == 1:
        return honorific, None, field(0, n - 1), "surname-only"
    k = n - 1
    while k > 0 and is_particle(words[k - 1]):
        k -= 1
    return honorific, field(0, k - 1), field(k, n - 1), "given-first"
