"""Entry rules: S008 duplicate signatory, S012 malformed entry."""

from __future__ import annotations

from collections import Counter

from ...diagnostics import Problem
from ...refdata import fold
from ..base import rule


def person_key(s) -> str:
    surname = fold(s.surname.text) if s.surname else ""
    given = fold(s.given.text) if s.given else ""
    return f"{surname}|{given}"


@rule("S008", "duplicate-signatory")
def duplicate_signatory(doc, ctx):
    """
    ## What it does
    Reports a member who appears twice in the same document's signatory lists (same
    surname and given names, ignoring case and accents).

    ## Why is this bad?
    A duplicated signature inflates the count that the Rule 56 thresholds and the press
    rely on, and usually means another member's name was overwritten.

    ## Example
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE ; Mr Roberto RAMPI, Italy, SOC
    ```

    ## Use instead
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE
    ```
    """
    seen = {}
    for s in (s for b in doc.blocks if b.is_list for s in b.signatories):
        if s.surname is None:
            continue
        key = person_key(s)
        if key in seen:
            line, _ = doc.line_col(seen[key].span.start)
            yield Problem(s.span, f"'{s.display_name}' is listed twice (first on line {line})")
        else:
            seen[key] = s


@rule("S012", "malformed-entry")
def malformed_entry(doc, ctx):
    """
    ## What it does
    Reports signatory entries that do not follow the list's format: an entry without a
    country, or with neither country nor group; text after the group code; entries
    joined by `,` or `.` instead of `;`; a surname split by a space after its first
    letter (`Ms Yuliya L OVOCHKINA`: a lone capital without a full stop before a surname
    in capitals; a middle initial `Frank J. JENSSEN` has its full stop); and a list that
    mixes formats (one entry
    `André GATTOLIN` in a `SURNAME Given` list, or an entry without honorific in a list
    where every other entry has one).

    ## Why is this bad?
    Readers and tools split lists on these conventions; a broken entry is misread as two
    people, or as a person from a country called `SOC`.

    ## Example
    ```text
    Mr Roberto RAMPI, Italy, SOC, Ms Nerea AHEDO, Spain, ALDE ; Mr Paul GALLES, EPP/CD
    ```

    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Yuliya L OVOCHKINA, Ukraine, SOC
    ```

    ## Use instead
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Nerea AHEDO, Spain, ALDE ; Mr Paul GALLES, Luxembourg, EPP/CD
    ```

    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Yuliya LOVOCHKINA, Ukraine, SOC ; Mr Frank J. JENSSEN, Norway, EPP/CD
    ```
    """
    for block in doc.blocks:
        for s in block.signatories:
            for defect in s.defects:
                yield Problem(defect.span, defect.message)
        entries = block.signatories
        if len(entries) < 3:
            continue
        orders = Counter(s.order for s in entries)
        majority, count = orders.most_common(1)[0]
        if count * 2 > len(entries) and majority != "surname-only":
            for s in entries:
                if s.order != majority and s.order != "surname-only":
                    expected = "SURNAME Given" if majority == "surname-first" else "Given SURNAME"
                    yield Problem(
                        s.span,
                        f"entry '{doc.slice(s.span)}' does not follow the list's '{expected}' order",
                    )
        if block.layout == "inline":
            with_title = sum(s.honorific is not None for s in entries)
            if with_title * 2 > len(entries) and with_title < len(entries):
                for s in entries:
                    if s.honorific is None:
                        yield Problem(
                            s.span,
                            f"entry '{doc.slice(s.span)}' has no honorific (Mr, Ms ...), "
                            "unlike the rest of the list",
                        )
