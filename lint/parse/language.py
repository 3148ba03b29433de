"""English or French: PACE publishes both, and English-only rules stay silent on French."""

from __future__ import annotations

import re
from collections import Counter

_EN = frozenset("the and of to in is that for with on are has have by was were which this".split())
_FR = frozenset(
    "le la les des et du une est que pour dans sur par au aux qui pas ont ce sont nous cette ces "
    "avec leur leurs mais dont aussi été être à l d qu".split()  # l', d', qu': elided articles
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_SAMPLE = 20000


def detect_language(text: str) -> str:
    counts = Counter(_WORD.findall(text[:_SAMPLE].lower()))
    en = sum(counts[w] for w in _EN)
    fr = sum(counts[w] for w in _FR)
    if "Déclaration écrite" in text[:_SAMPLE] or "Signataires" in text[:_SAMPLE]:
        fr += 10
    # A short text needs fewer function words, but no English ones then.
    return "fr" if (fr >= 5 and fr > en * 1.5) or (fr >= 3 and en == 0) else "en"
