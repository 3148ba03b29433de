"""Body paragraphs and sentences: every line the header, signatory blocks, totals and
legend did not claim."""

from __future__ import annotations

import re

from ..document import Document, Paragraph, Sentence, Span
from .lines import Line, trim

# Words whose trailing full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos doc art para paras vs prof sen rep gen jr sr inc ltd co "
    "e.g eg i.e ie cf p pp vol ed eds fig approx dept est mt hon rt u.s u.n m mme "
    "n° jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# The look-behind anchors a match at the start of a punctuation run and the possessive
# quantifiers never backtrack into it: linear time even on 200,000 dots in a row.
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s++[\"'“‘«(\[]?[A-ZÀ-ÞĀ-Ž0-9])")
# How far back to look for the word a full stop closes (abbreviations are short).
_WORD_WINDOW = 40


def _sentences(doc: Document, para_index: int, span: Span) -> list[Sentence]:
    text = doc.text
    result = []
    start = span.start
    for m in _END.finditer(text, span.start, span.end):
        lo = max(start, m.start() - _WORD_WINDOW)
        word = text[max(lo, text.rfind(" ", lo, m.start()) + 1) : m.start()]
        if word.lower().lstrip("(\"'“") in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word):
            continue
        piece = trim(text, start, m.end())
        if piece.end > piece.start:
            result.append(Sentence(piece, para_index))
        start = m.end()
    piece = trim(text, start, span.end)
    if piece.end > piece.start:
        result.append(Sentence(piece, para_index))
    return result


def parse_body(doc: Document, lines: list[Line], claimed: set[int]) -> None:
    """Each unclaimed line is its own paragraph unless it continues a wrapped one.

    Articles in the genre put one paragraph on one line; hard-wrapped text (Markdown)
    continues a paragraph on the next line when the line does not end a sentence.
    """
    current: list[Line] = []

    def flush() -> None:
        if current:
            span = trim(doc.text, current[0].start, current[-1].end)
            if span.end > span.start:
                doc.paragraphs.append(Paragraph(span))
                doc.sentences.extend(_sentences(doc, len(doc.paragraphs) - 1, span))
            current.clear()

    for line in lines:
        if line.blank or line.number in claimed:
            flush()
            continue
        stripped = line.text.rstrip()
        current.append(line)
        if stripped.endswith((".", "!", "?", ":", "”", '"', "…")) or len(stripped) < 60:
            flush()
    flush()
