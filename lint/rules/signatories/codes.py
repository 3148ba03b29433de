"""Group-code knowledge shared by the group and legend rules."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ...diagnostics import Fix, Problem
from ...refdata import groups

# Groups that succeeded each other: the code in use on a date is the one to suggest.
LINEAGES = (("EDG", "EC", "EC/DA", "ECPA"), ("LDR", "ALDE"))
_DIGIT_LOOKALIKES = str.maketrans({"1": "L", "0": "O", "5": "S", "8": "B"})


def valid_codes(language: str) -> frozenset[str]:
    g = groups()
    codes = set(g.pace)
    if language == "fr":
        codes |= set(g.french)
    return frozenset(codes)


def english_code(code: str) -> str | None:
    """The English PACE code a valid (English or French) code stands for."""
    g = groups()
    if code in g.pace:
        return code
    return g.french.get(code)


def normalise(raw: str) -> str:
    """Undo the usual manglings: case, spaces, dots, dashes, order, look-alike digits."""
    text = raw.strip().strip(",;:.").upper()
    text = re.sub(r"\s+", "", text)
    text = text.replace("-", "/").replace("\\", "/").replace("|", "/").replace(".", "")
    text = text.translate(_DIGIT_LOOKALIKES)
    return text


@cache
def _reversed_codes() -> dict[str, str]:
    out = {}
    for code in set(groups().pace) | set(groups().french):
        if "/" in code:
            a, b = code.split("/", 1)
            out[f"{b}/{a}"] = code
    return out


@cache
def _mixed_codes() -> dict[str, str]:
    """Two-part codes with one half from the English code and the other from the French
    one (`EPP/DC`, `PPE/CD`, `CE/DA`), either way round -> the English code."""
    out = {}
    for code, group in groups().pace.items():
        if "/" not in code or "/" not in group.french or group.french == code:
            continue
        (ea, eb), (fa, fb) = code.split("/", 1), group.french.split("/", 1)
        for a, b in ((ea, fb), (fa, eb), (fb, ea), (eb, fa)):
            out[f"{a}/{b}"] = code
    return out


def repair(raw: str, language: str) -> str | None:
    """The valid code a mangled one most likely is, or None."""
    valid = valid_codes(language)
    norm = normalise(raw)
    if norm in valid:
        return norm
    if norm in _reversed_codes() and _reversed_codes()[norm] in valid:
        return _reversed_codes()[norm]
    if norm.replace("/", "") in {c.replace("/", ""): c for c in valid}:
        return {c.replace("/", ""): c for c in valid}[norm.replace("/", "")]
    if norm in _mixed_codes():
        code = _mixed_codes()[norm]
        return groups().pace[code].french if language == "fr" else code
    anagrams = [c for c in valid if "/" not in c and len(c) >= 3 and sorted(c) == sorted(norm)]
    if len(anagrams) == 1:
        return anagrams[0]  # two letters swapped: "SCO", "ADLE" in an English text
    return None


def nearest(raw: str, language: str, day: dt.date | None = None) -> str | None:
    """Closest valid code by edit distance, for codes that `repair` cannot undo; with a
    date, only among the codes in use that day (no 'GDE' for a list of 2019)."""
    from rapidfuzz import fuzz, process

    candidates = sorted(valid_codes(language))
    if day is not None:
        candidates = [c for c in candidates if groups().pace[english_code(c)].in_use(day)]
    choice = process.extractOne(normalise(raw), candidates, scorer=fuzz.ratio, score_cutoff=60)
    return choice[0] if choice else None


def in_use_on(day: dt.date, lineage_member: str) -> str | None:
    """The code of ``lineage_member``'s lineage that was in use on ``day``."""
    for lineage in LINEAGES:
        if lineage_member in lineage:
            for code in reversed(lineage):
                if groups().pace[code].in_use(day):
                    return code
    return None


def european_parliament_counterpart(raw: str, language: str) -> tuple[str, str | None] | None:
    """(EP code, PACE counterpart) when ``raw`` is a European Parliament group code."""
    text = raw.strip().strip(",;.")
    if text in valid_codes(language):
        return None
    ep = groups().european_parliament
    for code, counterpart in ep.items():
        if text.casefold() == code.casefold():
            return code, counterpart
    return None


def european_parliament_problem(fld, doc) -> Problem | None:
    """The finding for a European Parliament group code where a PACE code belongs (S004
    in lists, S014 in affiliations): the PACE counterpart in use on the document's date,
    in the document's language, as an unsafe fix."""
    found = european_parliament_counterpart(fld.text, doc.language)
    if not found:
        return None
    ep_code, counterpart = found
    if counterpart and doc.date is not None:
        counterpart = in_use_on(doc.date, counterpart) or counterpart
    if counterpart and doc.language == "fr":
        counterpart = groups().pace[counterpart].french
    if counterpart:
        tail = f"; the PACE group is '{counterpart}'"
    else:
        tail = "; it has no single PACE counterpart: check the member's PACE group"
    return Problem(
        fld.span,
        f"'{ep_code}' is a European Parliament group code, not a PACE one{tail}",
        Fix(counterpart, "unsafe") if counterpart else None,
    )
