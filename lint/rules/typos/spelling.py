"""T002 known misspellings (codespell's dictionary) and T003 repeated words."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ...parse.prose import SpanSet
from ..base import rule
from .tokens import joined, tokens, usable

# A dictionary key this common (Zipf) is also a real word ("chanel", "claus", "nam"):
# trust it only when the correction just adds an apostrophe or a space ("didnt", "ofthe").
REAL_WORD = 3.3
COMMON = 5.0  # above this no codespell key occurs ("thats" is 4.5): skip the lookup


def _match_case(word: str, fix: str) -> str:
    if word.isupper() and len(word) > 1:
        return fix.upper()
    if word[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


@rule("T002", "misspelling", Severity.ERROR, languages=("en",), fixable=True)
def misspelling(doc, ctx):
    """
    ## What it does
    Finds words that codespell's maintained misspelling dictionary lists with a single,
    unambiguous correction ("goverment" → "government", "untill" → "until"). Only
    lower-case words, or a capitalised first word of a sentence, are judged: names,
    URLs, e-mail addresses, hashtags and quoted titles are left alone.

    ## Why is this bad?
    A misspelling in a published declaration undermines its authority and breaks search.
    The fix is safe: the dictionary gives exactly one correction.

    ## Example
    ```text
    We call on the goverment to release all political prisoners untill the elections.
    ```

    ## Use instead
    ```text
    We call on the government to release all political prisoners until the elections.
    ```
    """
    from ...words import zipf
    from .dictionary import correction

    for tok in tokens(doc):
        word = tok.text
        if len(word) < 3:
            continue
        key = word.lower().replace("’", "'")
        if zipf(key) >= COMMON:
            continue  # "the", "and": never a dictionary key, and the most frequent tokens
        fix = correction(key)
        if fix is None or not usable(doc, tok):
            continue
        if zipf(key) >= REAL_WORD and not ("'" in fix or " " in fix):
            continue
        fixed = _match_case(word, fix)
        yield Problem(
            Span(tok.start, tok.end), f"misspelled word '{word}': did you mean '{fixed}'?", Fix(fixed, "safe")
        )


# The second word must end there: "three three-year terms" repeats no word.
_REPEAT = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b(?![-\u2010\u2011])", re.IGNORECASE)
# Legitimate doubles: "that that", "had had"; French reflexives "nous nous", "vous vous".
ALLOWED_REPEATS = frozenset("that had nous vous".split())
# A capitalised word glued to a copy of itself ("Oleg SentsovSentsov"): a paste slip. Halves
# of three letters are brand names often enough (TomTom, BonBon) to be left alone.
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
GLUED_MIN_HALF = 4


def _glued_double(word: str) -> str | None:
    """The half of a word that is a capitalised word written twice, or None."""
    if len(word) % 2:
        return None
    half = word[: len(word) // 2]
    if half != word[len(half) :] or not (half[0].isupper() and half[1:].islower()):
        return None
    return half


@rule("T003", "repeated-word", Severity.ERROR, fixable=True)
def repeated_word(doc, ctx):
    """
    ## What it does
    Finds a word written twice in a row ("the the"), ignoring case, and a capitalised
    word glued to a copy of itself ("Oleg SentsovSentsov", halves of four letters or
    more). Doubled names ("Bora Bora"), the grammatical "that that" and "had had", and a
    word before a compound that starts with it ("three three-year terms") are not
    findings.

    ## Why is this bad?
    A doubled word is an editing slip that readers notice at once. The fix (unsafe:
    check the sentence) deletes the second occurrence.

    ## Example
    ```text
    We call on the the authorities to release all political prisoners.
    ```

    ```text
    We call for the release of Oleg SentsovSentsov and other prisoners.
    ```

    ## Use instead
    ```text
    We call on the authorities to release all political prisoners.
    He said that that decision was unlawful.
    The reform allows three three-year terms.
    We call for the release of Oleg Sentsov; the TomTom plant closed.
    ```
    """
    text = doc.text
    protected = SpanSet(doc.protected_spans)
    for span in doc.prose_spans:
        for m in _REPEAT.finditer(text, span.start, span.end):
            first, second = m.group(1), m.group(3)
            if first.lower() in ALLOWED_REPEATS or "\n\n" in m.group(2):
                continue
            if second[:1].isupper():  # "Bora Bora", a name; or the start of a new sentence
                continue
            if protected.overlaps(m.start(), m.end()):
                continue
            yield Problem(
                Span(m.end(1), m.end(3)),
                f"repeated word '{second}'",
                Fix("", "unsafe"),
            )
        for m in _LONG_WORD.finditer(text, span.start, span.end):
            half = _glued_double(m.group())
            if half is None or len(half) < GLUED_MIN_HALF:
                continue
            if joined(text, m.start(), m.end()) or protected.overlaps(m.start(), m.end()):
                continue  # a file name, a code, a URL
            yield Problem(
                Span(m.start(), m.end()),
                f"'{half}' written twice without a space: '{m.group()}'",
                Fix(half, "unsafe"),
            )
