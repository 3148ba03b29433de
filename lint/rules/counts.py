"""Counts (C…): stated counts against what the text or the corpus lists, and numbers
written two ways."""

from __future__ import annotations

import re
from collections import Counter

from ..diagnostics import Fix, Problem, Severity
from ..document import Span
from .base import rule


@rule("C001", "count-mismatch", Severity.ERROR)
def count_mismatch(doc, ctx):
    """
    ## What it does
    Checks a stated count against the list of names that follows it: "five human rights
    defenders – A, B, C and D" says five and names four. Number words (two … ninety-nine)
    and digits are read. The list may follow a colon, a dash, "namely", a comma or fill a
    bracket ("eleven countries (Albania, …, Turkey and Ukraine)", "three countries
    (Bulgaria and North Macedonia)"); full names may stand straight after a noun for people
    ("the four defenders Ann Bell, Carl Dahl, …"), and countries after "delegations from".
    A list of surnames alone counts people ("five opponents – Sentsov, Kolchenko, …"); a
    person's country or group written after the name ("Ann Bell, Denmark, and …") is not
    counted as an item. Lists introduced as partial ("including", "such as", "among
    them"), approximate counts ("at least 65") and lists ending in "and others" are not
    judged, nor one-word names after a bare comma that may belong to the list ("of Crimea
    Sentsov, Kolchenko …").

    ## Why is this bad?
    Either a name was dropped from the list or the count is wrong; both are published
    facts about real people.

    ## Example
    ```text
    PACE members raised the cases of five human rights defenders – Aliya Nurlanova, Bolat Sarsenov, Dana Tulegenova and Erlan Zhakupov.
    ```

    ```text
    There are eleven countries under the full monitoring procedure (Albania, Armenia, Azerbaijan, Georgia, Poland, Serbia, Turkey and Ukraine).
    ```

    ```text
    The statement was signed by the four delegations from Estonia, Latvia and Lithuania.
    ```

    ## Use instead
    ```text
    PACE members raised the cases of four human rights defenders – Aliya Nurlanova, Bolat Sarsenov, Dana Tulegenova and Erlan Zhakupov.
    The letter was signed by 6 members from 3 different groups, namely Lia Quartapelle, Mauro Del Barba, Riccardo Magi, Alessandro Alfieri, Roberto Rampi, and Valeria Fedeli.
    There are eight countries under the full monitoring procedure (Albania, Armenia, Azerbaijan, Georgia, Poland, Serbia, Turkey and Ukraine).
    The two members (Ann Bell, Denmark, and Carl Dahl, France) visited the country.
    The statement was signed by the three delegations from Estonia, Latvia and Lithuania.
    ```
    """
    text = doc.text
    for found in doc.enumerated_counts:
        listed = len(found.items)
        if listed == found.count:
            continue
        yield Problem(
            found.count_span,
            f"'{text[found.count_span.start : found.count_span.end]} {found.noun}' but the list names "
            f"{listed}: {', '.join(text[s.start : s.end] for s in found.items)}",
        )


@rule("C002", "signatory-count-vs-declaration", Severity.ERROR, scope="corpus")
def signatory_count_vs_declaration(docs, ctx):
    """
    ## What it does
    Checks "32 members … signed the Written Declaration no. 682" against the signatory
    list of declaration 682 when the corpus contains it. Declarations are republished as
    members add signatures, so the claim matches when any edition in the corpus has that
    many signatories (or declares that total); a claim below the latest count is a warning
    (it may describe an earlier edition), one above every edition is an error.

    ## Why is this bad?
    Articles quote the number of signatories as evidence of support; a wrong number is a
    factual error about a public document.

    ## Example
    ```text
    On 24 June, 32 members signed the Written Declaration no. 682.
    ```

    ## Use instead
    ```text
    On 24 June, 25 members signed the Written Declaration no. 682.
    ```
    """
    editions: dict[int, list] = {}
    for doc in docs:
        if doc.header.wd_number is not None and doc.signatory_count:
            if not doc.list_complete:
                continue
            editions.setdefault(doc.header.wd_number, []).append(doc)
    if not editions:
        return
    # Aggregate each declaration's editions once: claims are then checked in constant
    # time (a corpus holding many editions of one declaration stays linear).
    summary = {wd: _editions_summary(eds) for wd, eds in editions.items()}
    for doc in docs:
        for claim in doc.signature_claims:
            targets = editions.get(claim.wd_number, ())
            if not targets:
                continue
            if any(d is doc for d in targets):  # a declaration quoting itself
                targets = [d for d in targets if d is not doc]
                if not targets:
                    continue
                counts, listed, where = _editions_summary(targets)
            else:
                counts, listed, where = summary[claim.wd_number]
            if claim.count in counts:
                continue
            severity = Severity.WARNING if claim.count < listed else None
            yield (
                doc,
                Problem(
                    claim.count_span,
                    f"says {claim.count} members signed Written Declaration No. {claim.wd_number}, "
                    f"but its signatory list in {where} has {listed}"
                    + (" (an earlier edition may have had fewer)" if severity else ""),
                    severity=severity,
                ),
            )


def _editions_summary(targets) -> tuple[set[int], int, str]:
    """Counts any edition lists or declares, the largest list, and where they are."""
    counts: set[int] = set()
    for target in targets:
        counts.add(target.signatory_count)
        counts.update(target.declared_totals)
    listed = max(t.signatory_count for t in targets)
    where = ", ".join(sorted({t.path for t in targets}))
    return counts, listed, where


_STYLE_NAMES = {"space": "a space", "comma": "a comma", "dot": "a full stop"}


@rule("C003", "inconsistent-thousands-separator", Severity.WARNING)
def inconsistent_thousands(doc, ctx):
    """
    ## What it does
    Finds a document that writes thousands two ways ("4 000" and "4,000", or "1.000.000").
    The minority style is reported, pointing at the majority one. In French text a comma
    is the decimal mark, so only spaces and full stops count as thousands separators.

    ## Why is this bad?
    Mixed separators read as an unedited paste from several sources, and "4.000" or
    "4,000" can be misread as a decimal by readers used to the other convention.

    ## Example
    ```text
    At least 4 000 protesters were detained in June; by July 5,000 remained in custody.
    ```

    ## Use instead
    ```text
    At least 4 000 protesters were detained in June; by July 5 000 remained in custody.
    ```
    """
    numbers = doc.grouped_numbers
    if doc.language == "fr":  # "4,000" is a decimal in French, not a thousands group
        numbers = [n for n in numbers if n.style != "comma"]
    styles = Counter(n.style for n in numbers)
    if len(styles) < 2:
        return
    # The majority style is the document's own; ties go to the first one used.
    order = {n.style: i for i, n in reversed(list(enumerate(numbers)))}
    major = max(styles, key=lambda s: (styles[s], -order[s]))
    example = next(n for n in numbers if n.style == major)
    line, _ = doc.line_col(example.span.start)
    for n in numbers:
        if n.style != major:
            yield Problem(
                n.span,
                f"'{n.text}' groups thousands with {_STYLE_NAMES[n.style]}; elsewhere the text uses "
                f"{_STYLE_NAMES[major]} ('{example.text}', line {line})",
            )


_DECIMAL_COMMA = re.compile(
    r"(?P<int>\d{1,3}),(?P<dec>\d{1,2})(?![\d,])"
    r"(?=\s?(?:%|per\s?cent\b|percent\b|million\b|billion\b|thousand\b|bn\b|km\b|kg\b|€|EUR\b|euros?\b|"
    r"dollars?\b|USD\b|times\b|points\b|degrees\b))"
)


@rule("C004", "decimal-comma", Severity.WARNING, languages=("en",), fixable=True)
def decimal_comma(doc, ctx):
    """
    ## What it does
    Finds a decimal comma in English text ("12,5%", "3,2 million"): a comma followed by
    one or two digits before a percentage, a unit or a magnitude.

    ## Why is this bad?
    English writes the decimal point; "12,5%" is a French-style number pasted into an
    English text, and "1,25 million" can be misread. The fix (unsafe: check the figure)
    writes a full stop.

    ## Example
    ```text
    Turnout was 12,5% according to independent observers.
    ```

    ## Use instead
    ```text
    Turnout was 12.5% according to independent observers, and 4,000 people were detained.
    ```
    """
    text = doc.text
    for span in doc.prose_spans:
        for m in _DECIMAL_COMMA.finditer(text, span.start, span.end):
            if m.start() > 0 and text[m.start() - 1] in "0123456789,.":
                continue  # the tail of "1234,5" or of "1,000,5"
            fixed = f"{m['int']}.{m['dec']}"
            yield Problem(
                Span(m.start(), m.end()),
                f"decimal comma in English text: '{m.group(0)}' (write '{fixed}')",
                Fix(fixed, "unsafe"),
            )


# Nouns whose counts name different sets in one text as a rule: units of time and measure,
# votes, and the genre's generic groups (the 46 member states, the 306 members of the
# Assembly, 20 members who signed).
_UNCOUNTABLE_SETS = frozenset(
    """years months weeks days hours minutes seconds decades centuries times percent euros
    dollars pounds roubles kilometres kilometers metres meters miles pages paragraphs articles
    votes abstentions members states countries people persons citizens cases others ones
    items points seats words lines copies""".split()
)
COUNT_REFERENCE_WINDOW = 3000  # characters: a reference back looks this far


@rule("C005", "count-inconsistent", Severity.WARNING)
def count_inconsistent(doc, ctx):
    """
    ## What it does
    Finds a set counted two ways in one English text: "the continued detention of eight
    deputies … The nine deputies come from three parties", "two crucial resolutions … the
    three resolutions". A reference back ("the", "these", "those" before the count) must
    repeat the count of the set it refers to; the finding names both. Units of time and
    measure (years, days, kilometres), votes, and the genre's generic sets (members,
    states, countries, people, cases), which a text counts in many ways, are not judged.

    ## Why is this bad?
    One of the two numbers is wrong, and a reader cannot tell which: a count changed in
    one place during editing, or a sentence copied from an older text.

    ## Example
    ```text
    The Assembly condemns the continued detention of eight deputies of the opposition. The nine deputies come from three different political parties.
    ```

    ## Use instead
    ```text
    The Assembly condemns the continued detention of eight deputies of the opposition. The eight deputies come from three different political parties.
    The committee adopted two resolutions in 2019 and three resolutions in 2020; 46 member states and the 306 members of the Assembly.
    ```
    """
    by_noun: dict[str, list] = {}
    for c in doc.counted_nouns:
        if c.noun not in _UNCOUNTABLE_SETS:
            by_noun.setdefault(c.noun, []).append(c)
    for noun, found in by_noun.items():
        if len({c.value for c in found}) != 2:
            continue  # one count (consistent), or three and more (different sets)
        values = Counter(c.value for c in found)
        for c in found:
            if not c.definite:
                continue
            others = [
                o
                for o in found
                if o.value != c.value and abs(o.span.start - c.span.start) <= COUNT_REFERENCE_WINDOW
            ]
            if not others or (values[c.value] > 1 and values[others[0].value] > 1):
                continue  # each count used twice: two sets
            other = others[0]
            line = doc.line_col(other.span.start)[0]
            yield Problem(
                c.span,
                f"'{doc.slice(c.span)}' but '{doc.slice(other.span)}' at line {line}: "
                f"the text counts the {noun} two ways",
            )
