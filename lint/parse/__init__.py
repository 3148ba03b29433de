"""Text -> Document. The one parser every rule reads through; it never raises on text."""

from __future__ import annotations

from ..document import Document
from ..reading import LineIndex
from .body import parse_body
from .header import parse_header
from .language import detect_language
from .legend import parse_legend
from .lines import split_lines
from .signatories import parse_signatories

__all__ = ["parse"]


def parse(text: str, path: str = "<text>", index: LineIndex | None = None) -> Document:
    doc = Document(text, path, index)
    doc.language = detect_language(text)
    lines = split_lines(text, doc.index.starts)
    claimed = parse_header(doc, lines)
    claimed |= parse_signatories(doc, lines, claimed)
    claimed |= parse_legend(doc, lines, claimed)
    doc.header.lines = [lines[n - 1].stripped_span() for n in sorted(claimed) if n <= len(lines)]
    parse_body(doc, lines, claimed)
    return doc
