"""Turning a Variant into findings: which side is reported where, and the message."""

from __future__ import annotations

from ..diagnostics import Problem, Severity
from ..lexicon import Lexicon
from .variants import Variant

MAX_LOCATIONS = 3


def field_of(occurrence, part: str):
    m = occurrence.mention
    return m.surname if part == "surname" else m.given[0]


def covered(lexicon: Lexicon, o) -> bool:
    """The lexicon settles this occurrence's spelling: canonical or accepted (never
    reported) or a listed variant (N003 reports it)."""
    return lexicon.is_known(o.given, o.surname) or lexicon.entry_for_variant(o.given, o.surname) is not None


def reported_sides(v: Variant, lexicon: Lexicon) -> list[int]:
    """Sides whose spelling is not the suggested one (both on a tie), minus those whose
    every occurrence the lexicon settles (``covered``); a document whose occurrences the
    lexicon settles is left to N003 by the rules (``settled_in``)."""
    sides = []
    for side in (0, 1):
        if v.canonical is not None and v.spellings[side] == v.canonical and v.source != "list":
            continue  # (a list's spelling on a tie is still shown, as information: see problem())
        if not all(covered(lexicon, o) for o in v.sides[side]):
            sides.append(side)
    return sides


def settled_in(v: Variant, side: int, doc, lexicon: Lexicon) -> bool:
    """Every occurrence of this side in ``doc`` is one the lexicon settles."""
    return all(covered(lexicon, o) for o in v.sides[side] if o.doc is doc)


def _locations(occs, doc=None) -> str:
    seen, out = set(), []
    # Sorted, so that the message does not depend on the order the files were given in.
    for o in sorted(occs, key=lambda o: (o.doc is not doc, o.doc.path, o.line)):
        where = f"line {o.line}" if o.doc is doc else o.where
        if where not in seen:
            seen.add(where)
            out.append(where)
    more = len(out) - MAX_LOCATIONS
    text = ", ".join(out[:MAX_LOCATIONS])
    return text + (f" and {more} more" if more > 0 else "")


def message(v: Variant, side: int, doc=None) -> str:
    other = v.other(side)
    mine, theirs = v.sides[side], v.sides[other]
    here = [o for o in mine if o.doc is doc] or mine
    what = "given name" if v.part == "given" else "name"
    name = here[0].mention.text
    other_name = theirs[0].mention.text
    counts = (
        f"{v.shown(side)} ×{v.counts[v.spellings[side]]}, {v.shown(other)} ×{v.counts[v.spellings[other]]}"
    )
    if v.canonical is None:
        suggest = "no majority: choose one and record it in the lexicon"
    else:
        reason = {
            "lexicon": "the lexicon",
            "diacritics": "the spelling with diacritics",
            "list": "the spelling of the signatory list",
            "known": "the spelling the word lists know as a name",
            "given": "the spelling of the list of given names",
            "script": "the spelling in Latin letters",
        }.get(v.source, "the majority")
        suggest = f"use '{v.canonical_shown}' ({reason})"
    lead = (
        f"{what} '{v.shown(side)}' ({name})"
        if v.same_person
        else f"possible variant: '{v.shown(side)}' ({name})"
    )
    where = _locations(theirs, doc if doc is not None and any(o.doc is doc for o in theirs) else None)
    return (
        f"{lead} is spelled '{v.shown(other)}' ({other_name}) at {where} [{v.evidence}]; "
        f"used {counts}; {suggest}"
    )


def _capitals_list_only(v: Variant, side: int, doc) -> bool:
    """This document prints the spelling only in a signatory list in capitals, where
    diacritics are often dropped (NASTASE for Năstase): the list is the Assembly's own."""
    return v.source == "diacritics" and all(
        o.source == "signatory" and field_of(o, v.part).text.isupper() for o in v.sides[side] if o.doc is doc
    )


def problem(v: Variant, side: int, doc) -> Problem:
    first = min((o for o in v.sides[side] if o.doc is doc), key=lambda o: o.start)
    text = message(v, side, doc)
    severity = None if v.same_person else Severity.WARNING
    if _capitals_list_only(v, side, doc):
        severity = Severity.INFO
        text += " (a signatory list in capitals often drops diacritics)"
    elif v.source == "list" and v.spellings[side] == v.canonical:
        # A tie, this side a signatory list: most likely right, but a list can be mistyped too.
        severity = Severity.INFO
        text += " (the list is most likely right: check the other text)"
    return Problem(field_of(first, v.part).span, text, severity=severity)
