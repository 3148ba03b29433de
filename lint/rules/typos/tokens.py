"""Word tokens of the prose that word-level typo rules may judge: not inside URLs,
e-mail addresses, hashtags, domain names or quoted titles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document, Span
from ...parse.prose import SpanSet

# Letters with inner apostrophes ("don't", "Kazakhstan’s" -> one token).
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    span: Span
    sentence_start: bool  # first word of its sentence (may be capitalised for that reason)
    hyphenated: bool  # joined to a neighbour by a hyphen, slash, digit or apostrophe


def _sentence_starts(doc: Document) -> set[int]:
    starts = set()
    text = doc.text
    for s in doc.sentences:
        m = WORD_RE.search(text, s.span.start, s.span.end)
        if m is not None:
            starts.add(m.start())
    for span in doc.prose_spans:
        m = WORD_RE.search(text, span.start, span.end)
        if m is not None:
            starts.add(m.start())
    return starts


def tokens(doc: Document) -> Iterator[Token]:
    text = doc.text
    protected = SpanSet(doc.protected_spans)
    starts = _sentence_starts(doc)
    for span in doc.prose_spans:
        for m in WORD_RE.finditer(text, span.start, span.end):
            a, b = m.start(), m.end()
            if protected.overlaps(a, b):
                continue
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            joined = before in "-/_@#'’" or before.isdigit() or after in "-/_@'’" or after.isdigit()
            if after == "." and b + 1 < len(text) and text[b + 1].isalnum():
                joined = True  # file.txt, e.g.
            yield Token(m.group(0), Span(a, b), a in starts, joined)
