"""Entry rules: S008 duplicate signatory, S012 malformed entry."""

from __future__ import annotations

from collections import Counter

from ...diagnostics import Fix, Problem
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
    `André GATTOLIN` in a `SURNAME Given` list, an entry without honorific in a list
    where every other entry has one, or a surname in mixed case, `Mr Jacques Maire`, in a
    list that prints surnames in capitals; the fix, unsafe, writes it in capitals).

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

    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr Jacques Maire, France, ALDE ; Mr Paul GAVAN, Ireland, UEL ; Ms Petra BAYR, Austria, SOC
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
        yield from _surname_case(doc, block)
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


CAPITALS_SHARE = 0.75  # of the other entries, for a list to print surnames in capitals


def _surname_case(doc, block):
    """`Mr Jacques Maire` in a list whose other surnames are in capitals."""
    from ...parse.names import is_caps, is_particle

    entries = [s for s in block.signatories if s.surname is not None]
    if block.layout == "letter" or len(entries) < 4:
        return
    # (ß has no capital of its own: MIßFELDER is in capitals)
    caps = [any(is_caps(w.replace("ß", "SS")) for w in s.surname.text.split()) for s in entries]
    if sum(caps) == len(caps) or sum(caps) < CAPITALS_SHARE * (len(caps) - 1):
        return
    for s, in_caps in zip(entries, caps, strict=True):
        words = s.surname.text.split(" ")
        if in_caps or not any(w[:1].isupper() for w in words):
            continue
        fixed = " ".join(w if is_particle(w) and w[:1].islower() else w.upper() for w in words)
        yield Problem(
            s.surname.span,
            f"surname '{s.surname.text}' is not in capitals, unlike the rest of the list ('{fixed}'?)",
            Fix(fixed, "unsafe"),
        )
