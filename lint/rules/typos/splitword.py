"""T011: one word split in two by a stray space ("poli tical", "Assem bly", "govern ment")."""

from __future__ import annotations

import re
from typing import NamedTuple
from weakref import WeakKeyDictionary

from ...diagnostics import Fix, Problem, Severity
from ...document import Document, Span
from ..base import rule

# Runs of letters; two of them with one plain space between them are a candidate pair.
# The second must be in lower case (a split leaves the tail of a word in lower case; "his
# Tory" is two words); the first may be capitalised ("Assem bly").
_LETTERS = re.compile(r"[^\W\d_]+")
# A piece glued to something else is part of a compound, a code or a file name.
_GLUED_BEFORE = "-/_@#'’.\\`\u00ad\u200b\u2060\u200c\u200d"
_GLUED_AFTER = "-/_@\\`\u00ad\u200b\u2060\u200c\u200d"
JOINED_COMMON = 4.0  # the joined word is at least this common (Zipf)
JOINED_KNOWN = 3.0  # ... or this common when a piece is in no word list at all
NOT_A_WORD = 3.0  # a piece below this is no word of its own
MORE_COMMON = 0.5  # ... or the joined word is this much more common than either piece
MIN_PIECE = 2
MIN_JOINED = 6
# Prefixes that never stand alone in English prose, though web text counts them as words
# ("inter national", "un known", "re port").
BOUND_PREFIXES = {"en": frozenset("inter intra un dis mis pre re".split()), "fr": frozenset(["inter"])}


class Split(NamedTuple):
    start: int  # the first piece
    end: int  # the end of the second piece
    joined: str


def is_split(first: str, second: str, zipf) -> bool:
    """``first second`` is one word broken in two: the two pieces join into a word, and
    either a piece is in no word list at all ("deten tion"), or the joined word is common
    and a piece is not a word of its own (rare in the frequency list, a bound prefix, or
    much rarer than the joined word: "govern ment", "Commit tee").

    Two ordinary words do not qualify by accident: where both are words ("in to", "may
    be", "a part"), the joined word is rarer than the pieces."""
    if len(first) < MIN_PIECE or len(second) < MIN_PIECE or len(first) + len(second) < MIN_JOINED:
        return False
    if not second.islower() or not (first.islower() or (first[0].isupper() and first[1:].islower())):
        return False
    joined = (first + second).lower()
    zj = zipf(joined)
    if zj < JOINED_KNOWN:
        return False
    za, zb = zipf(first.lower()), zipf(second)
    if min(za, zb) == 0:
        return True  # a piece no word list knows ("deten tion", "repres sion")
    if zj < JOINED_COMMON:
        return False
    return min(za, zb) < NOT_A_WORD or zj >= max(za, zb) + MORE_COMMON


_CACHE: WeakKeyDictionary[Document, list[Split]] = WeakKeyDictionary()


def splits(doc: Document) -> list[Split]:
    """Every split word in the prose of ``doc`` (computed once, for T011 and T002)."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    from ...words import frequencies

    language = doc.language if doc.language in BOUND_PREFIXES else "en"
    words = frequencies(language)
    table = words.get
    bound = BOUND_PREFIXES[language]

    def zipf(word: str) -> float:
        return 0.0 if word in bound else table(word, 0.0)  # a bound prefix is no word

    text = doc.text
    size = len(text)
    out: list[Split] = []
    protected = None
    for span in doc.prose_spans:
        prev, prev_start, prev_end = "", -1, -2
        for m in _LETTERS.finditer(text, span.start, span.end):
            first, a = prev, prev_start
            second, b = m.group(), m.end()
            pair = m.start() == prev_end + 1 and text[prev_end] == " "
            prev, prev_start, prev_end = second, m.start(), b
            if not pair or len(first) + len(second) < MIN_JOINED or (first + second).lower() not in words:
                continue  # most pairs: cheap tests before the full one
            if not is_split(first, second, zipf):
                continue
            if (a > 0 and (text[a - 1] in _GLUED_BEFORE or text[a - 1].isdigit())) or (
                b < size and (text[b] in _GLUED_AFTER or text[b].isdigit())
            ):
                continue
            if protected is None:
                from ...parse.prose import SpanSet

                protected = SpanSet(doc.protected_spans)
            if protected.overlaps(a, b):
                continue
            out.append(Split(a, b, first + second))
    _CACHE[doc] = out
    return out


@rule("T011", "split-word", Severity.WARNING, languages=("en", "fr"), fixable=True)
def split_word(doc, ctx):
    """
    ## What it does
    Finds a word broken in two by a stray space ("poli tical prisoners", "the Assem bly",
    "govern ment"; "la répres sion" in French): two adjacent pieces that join into a word
    of the document's language (wordfreq's list) where a piece is in no word list at all,
    or into a common word where a piece is not a word of its own or is much rarer than
    the joined word. Pairs of ordinary words ("may be", "in to", "a part") are not
    reported: joined, they make a rarer word than their parts. The tail must be in lower
    case ("his Tory" is two words), and hyphenated compounds, codes, URLs and quoted
    titles are left alone. In English, a prefix cut from its word by a space after the
    hyphen ("since mid- February", "the co- rapporteurs") is found too, but not a
    suspended hyphen ("pre- and post-war", "mid- to long-term").

    ## Why is this bad?
    The split comes from line-breaking and copy-paste; it survives spell checkers that
    judge each piece alone (or "corrects" a piece into the wrong word: "ment" → "meant"),
    and it breaks search. The fix (unsafe: read the sentence) joins the pieces.

    ## Example
    ```text
    The Assembly discussed the issue of poli tical prisoners.
    ```

    ```text
    This written declara tion commits only the members of the Assem bly who signed it.
    ```

    ```text
    The journalists have been detained since mid- February.
    ```

    ## Use instead
    ```text
    The Assembly discussed the issue of political prisoners; it may be in to the night.
    He had a part in it, and his Tory colleagues were present at the inter alia session.
    Pre- and post-war, mid- to long-term plans.
    ```
    """
    for split in splits(doc):
        first, _, second = doc.text[split.start : split.end].partition(" ")
        yield Problem(
            Span(split.start, split.end),
            f"'{first} {second}' looks like one word split in two: '{split.joined}'",
            Fix(split.joined, "unsafe"),
        )
    if doc.language == "en":
        yield from _hyphen_then_space(doc)


# A prefix and its hyphen cut from the word by a space ("since mid- February"); not a
# suspended hyphen ("pre- and post-war", "mid- to long-term").
_PREFIX_SPACE = re.compile(
    r"(?<![\w-])(mid|pre|post|anti|non|self|ex|co|semi|pro|counter|cross|multi|inter|intra|vice|half|"
    r"well|long|short|full|high|low|far|wide|all|ill)- (?!(?:and|or|to|nor|as|and/or|vs|but|versus|through|not|rather|than)\b)([^\W\d_]{3,})",
    re.IGNORECASE,
)


def _hyphen_then_space(doc):
    from ...parse.prose import SpanSet

    text = doc.text
    protected = None
    for span in doc.prose_spans:
        if "- " not in text[span.start : span.end]:
            continue
        for m in _PREFIX_SPACE.finditer(text, span.start, span.end):
            if protected is None:
                protected = SpanSet(doc.protected_spans)
            if protected.overlaps(m.start(), m.end()):
                continue
            joined = f"{m.group(1)}-{m.group(2)}"
            yield Problem(
                Span(m.start(), m.end()),
                f"'{m.group()}' looks like one word split by a space after its hyphen: '{joined}'",
                Fix(joined, "safe"),
            )


def split_fragment(doc: Document, start: int, end: int) -> bool:
    """The word at ``start:end`` is a piece of a split word (T002 offers no correction)."""
    return any(s.start <= start and end <= s.end for s in splits(doc))
