"""S014: a person's `(Country, GROUP)` affiliation in prose."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem
from ...document import Span
from ...refdata import countries, groups
from ..base import rule
from . import codes
from .countries import _cut_members, near_country, non_member_message, other_language_problem


def _country_problem(doc, item):
    fld = item.country
    if not fld.text:
        return Problem(
            item.span,
            f"affiliation '{doc.slice(item.span)}' of {doc.slice(item.name)} has no country "
            "before the group code",
        )
    index = countries()
    country = index.lookup(fld.text)
    if country is not None:
        problem = other_language_problem(fld, country, doc.language)
        if problem is None and country.status == "non-member" and _pace_code(item.group.text, doc.language):
            # `(Belarus, EPP/CD)`: a PACE group for a state that never joined. With a
            # national party (`(Belarus, BPF)`) it is a Belarusian politician.
            problem = Problem(fld.span, non_member_message(country))
        return problem
    guess = near_country(fld.text, doc.language)
    if guess:
        return Problem(
            fld.span, f"unknown country '{fld.text}'; did you mean '{guess}'?", Fix(guess, "unsafe")
        )
    cut = _cut_members(fld.text)
    if len(cut) > 1:
        names = ", ".join(sorted(c.name for c in cut))
        return Problem(fld.span, f"unknown country '{fld.text}': a name cut off? ({names})")
    return None


def _pace_code(raw: str, language: str) -> bool:
    """A PACE group code (either edition's), also a mangled one (`EPP-CD`)."""
    return raw in groups().pace or raw in groups().french or codes.repair(raw, language) is not None


def _group_problem(doc, item):
    fld = item.group
    raw = fld.text
    valid = codes.valid_codes(doc.language)
    if raw in valid:
        return None
    if doc.language != "fr" and raw in groups().french:
        english = groups().french[raw]
        return Problem(
            fld.span,
            f"'{raw}' is the French edition's group code; an English text prints '{english}'",
            Fix(english, "unsafe"),
        )
    if codes.european_parliament_counterpart(raw, doc.language) is not None:
        # an MEP's own group, unless the text is about the Assembly only
        return codes.european_parliament_problem(fld, doc) if item.pace_only else None
    repaired = codes.repair(raw, doc.language)
    if repaired is not None and repaired != raw:
        return Problem(
            fld.span, f"malformed group code '{raw}'; did you mean '{repaired}'?", Fix(repaired, "unsafe")
        )
    return None  # a national party (`CDU`, `SNP`): not PACE's business


@rule("S014", "affiliation", fixable=True)
def affiliation(doc, ctx):
    """
    ## What it does
    Checks the `(Country, GROUP)` affiliation PACE news and articles print after a
    member's name (`Piero Fassino (Italy, SOC)`, `Mr Christoph Strässer (SOC, Germany)`):
    - a country left empty: `(, EPP/CD)`;
    - a country named in the other language: `(Italie, SOC)` in an English text,
      `(Germany, PPE/DC)` in a French one;
    - a misspelt or cut-off country: `(Itlay, SOC)`;
    - a PACE group for a state that never joined the Council of Europe: `(Belarus,
      EPP/CD)` (with a national party, `(Belarus, BPF)`, it is that state's politician);
    - a malformed group code (`EPP-CD`), the French edition's code in an English text
      (`ADLE`), or, in a text about PACE that never mentions the European Parliament, a
      European Parliament code (`EPP`, `S&D`);
    - a two-part code written with a dash or a dot anywhere in the prose ("the EPP-CD
      group").

    Only a bracket right after a person's name with exactly two fields, separated by a
    comma or a spaced dash (`(Espagne - PPE/DC)`, as French reports print it), counts, one a known country and the other code-like, or one a known group code and
    the other a country or empty. National parties (`(Germany, CDU)`), MEPs' groups in
    texts about the European Parliament, and lists (`(Bulgaria, Montenegro and Serbia)`)
    are left alone.

    ## Why is this bad?
    The affiliation is how readers place a member: an empty or foreign-language country
    or a wrong code in a published news item is a public correction.

    ## Example
    ```text
    The report, presented by Piero Fassino (Italie, SOC), welcomes the progress made.
    ```

    ```text
    On 7 June 2018, Mr Emanuelis Zingeris (, EPP/CD) requested a debate under urgent procedure.
    ```

    ```text
    The Parliamentary Assembly heard Ms Anna Berg (Germany, EPP) on the report.
    ```

    ```text
    Le rapport présenté par M. Luis Moreno (Italy - SOC) a été adopté.
    ```

    ```text
    The report by Mr Pavel Novik (Belarus, EPP/CD) was adopted today.
    ```

    ## Use instead
    ```text
    The report, presented by Piero Fassino (Italy, SOC), welcomes the progress made.
    ```

    ```text
    On 7 June 2018, Mr Emanuelis Zingeris (Lithuania, EPP/CD) requested a debate under urgent procedure.
    ```

    ```text
    The European Parliament heard Ms Anna Berg (Germany, EPP) and Mr Karl Weber (Germany, CDU).
    ```

    ```text
    Le rapport présenté par M. Luis Moreno (Italie - SOC) a été adopté.
    ```

    ```text
    The Assembly heard the opposition leader Mr Pavel Novik (Belarus, BPF) on the elections.
    ```
    """
    for item in doc.affiliations:
        for problem in (_country_problem(doc, item), _group_problem(doc, item)):
            if problem is not None:
                yield problem
    yield from _mangled_codes_in_prose(doc)


# A two-part PACE code with a dash, dot or backslash for its slash, anywhere in the prose
# ("the EPP-CD group"): no other word is written so.
_MANGLED_TWO_PART = re.compile(r"(?<![\w/-])(?:EPP|PPE|EC|CE)\s*[-–.\\|]\s*(?:CD|DC|DA|AD)(?![\w/-])")


def _mangled_codes_in_prose(doc):
    text = doc.text
    taken = [a.span for a in doc.affiliations]
    for span in doc.prose_spans:
        for m in _MANGLED_TWO_PART.finditer(text, span.start, span.end):
            if any(t.start <= m.start() < t.end for t in taken):
                continue  # the affiliation's own finding
            repaired = codes.repair(m.group(), doc.language)
            if repaired is None or repaired == m.group():
                continue
            yield Problem(
                Span(m.start(), m.end()),
                f"malformed group code '{m.group()}'; did you mean '{repaired}'?",
                Fix(repaired, "unsafe"),
            )
