"""English or French: PACE publishes both, and English-only rules stay silent on French."""

from __future__ import annotations

import re

_EN = frozenset("the and of to in is that for with on are has have by was were which this".split())
_FR = frozenset("le la les des et du une est que pour dans sur par au aux qui pas ont ce sont".split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_SAMPLE = 20000


def detect_language(text: str) -> str:
    en = fr = 0
    for m in _WORD.finditer(text, 0, min(len(text), _SAMPLE)):
        word = m.group(0).lower()
        if word in _EN:
            en += 1
        elif word in _FR:
            fr += 1
    if "Déclaration écrite" in text[:_SAMPLE] or "Signataires" in text[:_SAMPLE]:
        fr += 10
    return "fr" if fr >= 5 and fr > en * 1.5 else "en"
