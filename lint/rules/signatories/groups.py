"""Group-code rules: S002 malformed, S003 wrong era, S004 European Parliament code,
S005 missing code."""

from __future__ import annotations

from ...diagnostics import Fix, Problem, Severity
from ...refdata import countries, groups
from ..base import rule
from . import codes
from .countries import list_language


def _group_fields(doc):
    """Every group code printed in lists and in the legend, with the language of its list
    (a French list quoted in an English text prints the French edition's codes)."""
    for block in doc.blocks:
        language = list_language(block, doc.language)
        for s in block.signatories:
            if s.group is not None:
                yield s.group, language
    for entry in doc.legend:
        yield entry.code, doc.language


# One French list of 2019 prints GDL for FDG; whether others print FDG is not known.
_FRENCH_CODE_UNSETTLED = frozenset({"FDG"})


def _english_codes_in_french_lists(doc):
    """An English code in a French list that otherwise prints the French edition's codes
    ("M. Kostiantyn USOV, Ukraine, ALDE" among "ADLE", "PPE/DC"): one entry was copied
    from the English edition."""
    g = groups()
    french_only = set(g.french) - set(g.pace)
    for block in doc.blocks:
        if list_language(block, doc.language) != "fr":
            continue
        fields = [s.group for s in block.signatories if s.group is not None]
        if not any(f.text in french_only for f in fields):
            continue
        for f in fields:
            if f.text in g.pace and g.pace[f.text].french != f.text and f.text not in _FRENCH_CODE_UNSETTLED:
                french = g.pace[f.text].french
                yield Problem(
                    f.span,
                    f"English group code '{f.text}' in a list that prints the French edition's codes: '{french}'",
                    Fix(french, "unsafe"),
                )


@rule("S002", "malformed-group-code", fixable=True)
def malformed_group_code(doc, ctx):
    """
    ## What it does
    Checks that every political-group code in a signatory list or legend is one of
    PACE's codes exactly as PACE prints it (`EPP/CD`, `SOC`, `ALDE`, `UEL`, `EC/DA`,
    `NR`, ...; the French edition's `PPE/DC`, `ADLE`, `GUE`, `CE/AD`, `NI` in French
    texts; `GDL` for FDG), and suggests the code a mangled one stands for (among the codes
    in use on the document's date). In a French list that prints the French edition's
    codes, an English code whose French form differs (`ALDE` among `ADLE`, `PPE/DC`) is
    reported too.

    ## Why is this bad?
    Codes are how readers and databases attribute a signature to a group: `EPP-CD`,
    `CD/EPP`, `S.O.C`, `soc`, `UEL,`, `EC /DA` or `A1DE` are typing or OCR accidents
    that break counting by group. The suggested replacement is an unsafe fix.

    ## Example
    ```text
    Mr Roberto RAMPI, Italy, S.O.C ; Ms Nerea AHEDO, Spain, A1DE ; Mr Paul GALLES, Luxembourg, EPP-CD
    ```

    ## Use instead
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Nerea AHEDO, Spain, ALDE ; Mr Paul GALLES, Luxembourg, EPP/CD
    ```
    """
    yield from _english_codes_in_french_lists(doc)
    for fld, language in _group_fields(doc):
        raw = fld.text
        if raw in codes.valid_codes(language) or codes.european_parliament_counterpart(raw, language):
            continue
        repaired = codes.repair(raw, language)
        if repaired is not None:
            yield Problem(
                fld.span,
                f"malformed group code '{raw}'; did you mean '{repaired}'?",
                Fix(repaired, "unsafe"),
            )
            continue
        guess = codes.nearest(raw, language, doc.date)
        hint = f"; nearest valid code is '{guess}'" if guess else ""
        yield Problem(
            fld.span,
            f"unknown group code '{raw}'{hint}",
            Fix(guess, "unsafe") if guess else None,
        )


@rule("S003", "group-out-of-era", fixable=True)
def group_out_of_era(doc, ctx):
    """
    ## What it does
    Checks that each group code existed on the document's date. PACE groups have eras:
    EDG until 2014/15, then EC, renamed EC/DA by January 2021, then ECPA in 2025; LDR
    before ALDE; FDG from September 2017. SOC, EPP/CD, UEL and NR exist throughout.
    Where a boundary is not confirmed the rule allows a generous margin.

    ## Why is this bad?
    A list dated 2022 that prints `EDG` was copied from an old list or edited by hand;
    the group attribution is then suspect for every member. The fix (unsafe) replaces
    the code with its lineage's code in use on that date.

    ## Example
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Duncan BAKER, United Kingdom, EDG ; Mr Roberto RAMPI, Italy, SOC
    ```

    ## Use instead
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Duncan BAKER, United Kingdom, EC/DA ; Mr Roberto RAMPI, Italy, SOC
    ```
    """
    day = doc.date
    if day is None:
        return
    for fld, language in _group_fields(doc):
        code = codes.english_code(fld.text)
        if code is None:
            continue
        group = groups().pace[code]
        if group.in_use(day):
            continue
        successor = codes.in_use_on(day, code)
        if successor and language == "fr":
            successor = groups().pace[successor].french
        hint = f"; in use then: '{successor}'" if successor else ""
        yield Problem(
            fld.span,
            f"group '{fld.text}' was not a PACE group on {day:%d %B %Y} (in use {group.era()}){hint}",
            Fix(successor, "unsafe") if successor else None,
        )


@rule("S004", "european-parliament-group", fixable=True)
def european_parliament_group(doc, ctx):
    """
    ## What it does
    Reports European Parliament group codes (`S&D`, `EPP` without `/CD`, `Renew`, `ECR`,
    `ID`, `Greens/EFA`, `GUE/NGL`, `EFDD`, `NI`) in a PACE signatory list and names the
    PACE group the writer most likely meant.

    ## Why is this bad?
    PACE and the European Parliament are different assemblies with different groups.
    `S&D` for `SOC` is a typical press mistake; readers who look the member up will not
    find that group. The fix (unsafe) substitutes the PACE counterpart.

    ## Example
    ```text
    Mr Roberto RAMPI, Italy, S&D ; Mr Paul GALLES, Luxembourg, EPP
    ```

    ## Use instead
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr Paul GALLES, Luxembourg, EPP/CD
    ```
    """
    for s in doc.signatories:
        if s.group is not None:
            problem = codes.european_parliament_problem(s.group, doc)
            if problem is not None:
                yield problem


# A block with this many entries lacking a code was rendered without them (pace.coe.int
# prints some 2008 lists so): one finding for the block, not one per entry.
SYSTEMATIC_MISSING = 3


def _lacks_code(s, index) -> bool:
    """A member-state signatory printed with no group code.

    Observer and partner-for-democracy members cannot join a PACE group, so no code is
    right for them; an unknown or non-member country is S006's or S007's finding (often a
    cut-off entry: `Mr Jérôme LAMBERT, Franc`), not a second one here.
    """
    if s.group is not None or s.country is None:
        return False
    country = index.lookup(s.country.text)
    return country is not None and country.status == "member"


@rule("S005", "missing-group-code")
def missing_group_code(doc, ctx):
    """
    ## What it does
    Reports a member-state signatory printed with a country but no political-group code,
    such as `Mr John SMITH, United Kingdom ;`, in a list that otherwise prints codes.
    Members outside any group are printed `NR`.

    The list itself sets the expectation:
    - one or two entries without a code in a list that prints codes: an error on each
      entry (a code dropped in editing);
    - three or more in one list: the list was rendered that way (pace.coe.int prints
      some 2008 lists with no code for many members who did belong to a group). The
      text is faithful to the Assembly's record and cannot be fixed without outside
      research, so the rule gives one warning for the whole list saying how many
      entries lack a code, instead of an error per entry;
    - a list that prints no code at all (letters from members of national parliaments,
      press copies) sets no expectation: nothing is reported.

    Entries from observer and partner-for-democracy delegations (`Ms Aicha LABLAK,
    Morocco`) are never reported: they cannot belong to a PACE group. Nor are entries
    whose country is unknown or not a member state (S006 and S007 report those).

    ## Why is this bad?
    Rule 56 needs signatures from at least two political groups, and readers count
    support by group: an entry without a code cannot be counted.

    ## Example
    ```text
    Mr John SMITH, United Kingdom ; Mr Roberto RAMPI, Italy, SOC
    ```

    ```text
    Mr John SMITH, United Kingdom ; Mr Tom BAKER, United Kingdom ; Ms Anna NOWAK, Poland ; Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE
    ```

    ## Use instead
    ```text
    Mr John SMITH, United Kingdom, NR ; Mr Roberto RAMPI, Italy, SOC
    ```

    ```text
    Ms Aicha LABLAK, Morocco ; Mr Roberto RAMPI, Italy, SOC
    ```
    """
    index = countries()
    for block in doc.blocks:
        entries = block.signatories
        if not block.is_list or not any(s.group is not None for s in entries):
            continue
        missing = [s for s in entries if _lacks_code(s, index)]
        if len(missing) < SYSTEMATIC_MISSING:
            for s in missing:
                yield Problem(s.span, f"signatory '{doc.slice(s.span)}' has no group code")
            continue
        first = doc.slice(missing[0].span)
        yield Problem(
            missing[0].span,
            f"{len(missing)} of the list's {len(entries)} entries have no group code (first: "
            f"'{first}'): the list was printed without them; check the group of each member "
            "in the original document",
            severity=Severity.WARNING,
        )
