"""Mixed-script words: Cyrillic or Greek letters inside a Latin word (or the reverse).

"Rаmpi" with a Cyrillic а looks like "Rampi" but is another string: search, sorting
and the name index all miss it. A word is mixed when its letters come from more than
one of the Latin, Cyrillic and Greek scripts. The fix maps the minority letters to their
look-alikes in the majority script, when every one of them has a look-alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..document import Span

_WORD = re.compile(r"[^\W\d_]+")
SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")

# Cyrillic and Greek letters that look like Latin ones.
TO_LATIN = {
    "а": "a", "в": "B", "е": "e", "ё": "ë", "і": "i", "ї": "ï", "ј": "j", "к": "k", "м": "M",
    "н": "H", "о": "o", "р": "p", "с": "c", "т": "T", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "Ё": "Ë", "І": "I", "Ї": "Ï", "Ј": "J", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "Ԛ": "Q",
    "Ԝ": "W", "Һ": "H", "Ӏ": "I",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "υ": "u", "ι": "i", "κ": "k", "τ": "t", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
FROM_LATIN_CYRILLIC = {
    "a": "а", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х",
    "s": "ѕ", "h": "һ", "A": "А", "B": "В", "E": "Е", "I": "І", "J": "Ј", "K": "К", "M": "М",
    "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "Y": "У", "S": "Ѕ",
}  # fmt: skip


def script_of(char: str) -> str | None:
    if char.isascii():
        return "LATIN" if char.isalpha() else None
    try:
        first = unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return None
    return first if first in SCRIPTS else None


@dataclass(frozen=True, slots=True)
class MixedWord:
    span: Span
    word: str
    majority: str
    foreign: tuple[tuple[str, str], ...]  # (letter, its script) in the minority scripts
    fixed: str | None  # the word in one script, when every foreign letter has a look-alike


# Every letter whose Unicode name starts with GREEK or CYRILLIC lies in these blocks
# (tests/test_names_rules.py checks it against unicodedata): a text with none of them
# has no mixed word, and most texts are found so by one C-level search.
_GREEK_OR_CYRILLIC = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u1c80-\u1c8f\u1d00-\u1dbf\u1f00-\u1fff\u2de0-\u2dff"
    "\ua640-\ua69f\uab30-\uab6f\U00010140-\U0001018f\U0001e030-\U0001e08f]"
)


def mixed_words(text: str) -> list[MixedWord]:
    out: list[MixedWord] = []
    if _GREEK_OR_CYRILLIC.search(text) is None:
        return out
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.isascii():
            continue
        scripts = [script_of(c) for c in word]
        counts = {s: scripts.count(s) for s in SCRIPTS if s in scripts}
        if len(counts) < 2:
            continue
        majority = max(counts, key=lambda s: (counts[s], s == "LATIN"))
        foreign = tuple((c, s) for c, s in zip(word, scripts, strict=True) if s and s != majority)
        table = TO_LATIN if majority == "LATIN" else FROM_LATIN_CYRILLIC if majority == "CYRILLIC" else {}
        fixed = None
        if all(c in table for c, _ in foreign):
            fixed = "".join(
                table.get(c, c) if s and s != majority else c for c, s in zip(word, scripts, strict=True)
            )
        out.append(MixedWord(Span(m.start(), m.end()), word, majority, foreign, fixed))
    return out
