"""Line-level helpers shared by the parser stages."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Span


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based
    start: int
    end: int  # excluding the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def stripped_span(self) -> Span:
        """Span of the line without surrounding white space."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        return Span(self.start + lead, max(self.start + lead, self.end - trail))


def split_lines(text: str, starts: list[int]) -> list[Line]:
    lines = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        lines.append(Line(i + 1, start, end, text[start:end]))
    return lines


def trim(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """Span of text[start:end] without leading/trailing white space (or ``chars``)."""
    piece = text[start:end]
    left = piece.lstrip(chars)
    if not left:
        return Span(end, end)
    lead = len(piece) - len(left)
    return Span(start + lead, start + lead + len(left.rstrip(chars)))
