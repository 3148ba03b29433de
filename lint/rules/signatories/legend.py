"""Legend rules: S009 code used but not defined, S010 wrong full name in the legend."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem
from ...refdata import fold, groups
from ..base import rule
from . import codes


def _name_key(name: str) -> str:
    key = fold(name).replace("&", "and")
    key = re.sub(r"[^\w ]", " ", key)
    key = re.sub(r"^(the |group of the |group of )", "", " ".join(key.split()))
    return re.sub(r" group$", "", key)


@rule("S009", "legend-undefined-code")
def legend_undefined_code(doc, ctx):
    """
    ## What it does
    When a document prints a group legend, checks that every code used in its signatory
    lists is defined there.

    ## Why is this bad?
    The legend is how a reader decodes `EC/DA` or `NR`; a code missing from it was
    usually mistyped in the list or forgotten in the footnote.

    ## Example
    ```text
    Signed:

    GATTOLIN André, France, ALDE
    BAKER Duncan, United Kingdom, EC/DA

    ALDE: Alliance of Liberals and Democrats for Europe
    ```

    ## Use instead
    ```text
    Signed:

    GATTOLIN André, France, ALDE
    BAKER Duncan, United Kingdom, EC/DA

    ALDE: Alliance of Liberals and Democrats for Europe
    EC/DA: European Conservatives Group and Democratic Alliance
    ```
    """
    if not doc.legend:
        return
    defined = {e.code.text for e in doc.legend}
    uses: dict[str, list] = {}
    for s in (s for b in doc.blocks if b.is_list for s in b.signatories):
        if s.group is not None:
            uses.setdefault(s.group.text, []).append(s.group)
    for code, fields in uses.items():
        if code in defined:
            continue
        times = f" ({len(fields)} times)" if len(fields) > 1 else ""
        yield Problem(fields[0].span, f"group code '{code}' is used{times} but the legend does not define it")


@rule("S010", "legend-wrong-name", fixable=True, languages=("en", "fr"))
def legend_wrong_name(doc, ctx):
    """
    ## What it does
    Checks each legend entry's full group name against the names PACE prints for that
    code (any of its historical names is accepted: `Socialist Group` and `Socialists,
    Democrats and Greens Group` for SOC, `European Democrat Group` and `European
    Democratic Group` for EDG ...). A name that belongs to another group is reported as
    such; a near miss gets the intended name as an unsafe fix. French legends (`PPE/DC :
    Groupe du Parti populaire européen`) are checked against the French names for the
    same two mistakes only: other French wording is left alone.

    ## Why is this bad?
    A legend that expands `EPP/CD` as another group's name, or misspells a name,
    misinforms every reader of the list.

    ## Example
    ```text
    Signed:

    GATTOLIN André, France, ALDE

    ALDE: Alliance of Liberals and Democrats in Europe
    ```

    ```text
    Signataires :

    M. André GATTOLIN, France, ADLE ; Mme Nicole TRISSE, France, ADLE

    ADLE : Groupe des socialistes, démocrates et verts
    ```

    ## Use instead
    ```text
    Signed:

    GATTOLIN André, France, ALDE

    ALDE: Alliance of Liberals and Democrats for Europe
    ```

    ```text
    Signataires :

    M. André GATTOLIN, France, ADLE ; Mme Nicole TRISSE, France, ADLE

    ADLE : Alliance des démocrates et des libéraux pour l'Europe
    ```
    """
    from rapidfuzz import fuzz

    french = doc.language == "fr"
    table = groups().pace

    def names_of(code: str) -> tuple[str, ...]:
        return table[code].french_names if french else table[code].names

    for entry in doc.legend:
        code = codes.english_code(entry.code.text)
        if code is None:
            continue
        names = names_of(code)
        if not names:
            continue
        key = _name_key(entry.name.text)
        if any(_name_key(n) == key for n in names):
            continue
        owner = next((c for c in table if c != code and any(_name_key(n) == key for n in names_of(c))), None)
        if owner is not None:
            owner_code = table[owner].french if french else owner
            yield Problem(
                entry.name.span,
                f"legend expands '{entry.code.text}' as '{entry.name.text}', the name of group "
                f"'{owner_code}'; '{entry.code.text}' is '{names[0]}'",
            )
            continue
        best = max(names, key=lambda n: fuzz.ratio(_name_key(n), key))
        if fuzz.ratio(_name_key(best), key) >= (85 if french else 80):
            yield Problem(
                entry.name.span,
                f"legend names '{entry.code.text}' as '{entry.name.text}'; PACE prints '{best}'",
                Fix(best, "unsafe"),
            )
        elif not french:
            yield Problem(
                entry.name.span,
                f"'{entry.name.text}' is not the name of group '{entry.code.text}' (PACE: '{names[0]}')",
            )
