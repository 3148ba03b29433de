"""French misspellings for T002: an unknown lower-case word one edit from a common French
word ("prisonners" → "prisonniers", "démocatie" → "démocratie", "répresion").

codespell's dictionary is English, so in a French text T002 relies on this alone. The
word must be absent from wordfreq's large French list and from the English lists (a quoted
English word is no French slip), and exactly as long as the English check asks. An edit may
add, drop or replace an accented letter too; a suggestion that differs only by accents is
made only when the document writes French with its accents (a text typed without any
would otherwise have every accented word reported).
"""

from __future__ import annotations

import re
from functools import cache

from ...document import Document
from . import nearmiss
from .nearmiss import MAX_CANDIDATES, MIN_LOWER_LENGTH, TARGET

LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
# Lower-case French words, whole (not the tail of "Kazakhstan", nor a piece of
# "aujourd'hui" or of a hyphenated compound).
WORD = re.compile(rf"(?<![\w'’\-])[{LETTERS}]{{{MIN_LOWER_LENGTH},}}(?![\w'’\-])")
_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]")
_LETTER = re.compile(r"[^\W\d_]")
# Accented letters per letter below which a document counts as typed without accents
# (French prose has 2-4 %).
MIN_ACCENT_RATE = 0.005


def neighbours(word: str) -> set[str]:
    """Strings one edit from ``word``, keeping its first letter (as the English check
    does), over the French alphabet."""
    return nearmiss.neighbours(word, LETTERS)


@cache
def suggestions(word: str) -> tuple[str, ...]:
    """Common French words one edit from ``word`` (most common first) when ``word`` is no
    word of French or English; else ()."""
    from ...words import frequencies, is_known_word

    fr = frequencies("fr")
    if word in fr or word in frequencies("en"):
        return ()
    found = sorted(((fr[w], w) for w in neighbours(word) if fr.get(w, 0.0) >= TARGET), reverse=True)
    if not found or len(found) > MAX_CANDIDATES:
        return ()
    if is_known_word(word, "fr") or is_known_word(word, "en"):
        return ()  # the large lists: loaded only for the rare word that gets here
    return tuple(w for _, w in found)


def writes_accents(doc: Document) -> bool:
    letters = len(_LETTER.findall(doc.text))
    return letters > 0 and len(_ACCENTED.findall(doc.text)) / letters >= MIN_ACCENT_RATE


def accent_only(word: str, suggestion: str) -> bool:
    from ...refdata import fold  # accents stripped, case folded

    return fold(word) == fold(suggestion)
