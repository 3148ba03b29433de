"""The group legend footnote printed under a signatory list:

1. ALDE: Alliance of Liberals and Democrats for Europe
EPP/CD: Group of the European People's Party
"""

from __future__ import annotations

import re

from ..document import Document, Field, LegendEntry, Span
from .lines import Line

LEGEND_RE = re.compile(
    r"\s*(?:\d{1,2}[.)]?\s+|[¹²³⁴⁵⁶⁷⁸⁹]\s*|\*\s*)?"
    r"(?P<code>[A-Z][A-Za-z&/.\-]{0,9}(?:\s?/\s?[A-Z]{1,4})?)"
    r"\s*:\s*(?P<name>[A-Za-zÀ-ÿ'’\"].{4,150}?)\s*[.;]?\s*"
)


def parse_legend(doc: Document, lines: list[Line], claimed: set[int]) -> set[int]:
    """Legend lines after the first signatory block; returns the lines claimed."""
    lists = [b for b in doc.blocks if b.is_list]  # a report's rapporteur line has no legend
    if not lists:
        return set()
    after = lists[0].span.start
    used: set[int] = set()
    for line in lines:
        if line.start < after or line.number in claimed or line.blank:
            continue
        m = LEGEND_RE.fullmatch(line.text)
        if not m or len(m["name"].split()) < 2:
            continue
        code = Field(m["code"], Span(line.start + m.start("code"), line.start + m.end("code")))
        name = Field(m["name"], Span(line.start + m.start("name"), line.start + m.end("name")))
        doc.legend.append(LegendEntry(code, name, line.stripped_span()))
        used.add(line.number)
    return used
