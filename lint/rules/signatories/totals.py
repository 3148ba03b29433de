"""S001: the declared `Total = N` against the list above it."""

from __future__ import annotations

from ...diagnostics import Fix, Problem
from ..base import rule


@rule("S001", "total-mismatch", fixable=True)
def total_mismatch(doc, ctx):
    """
    ## What it does
    Checks that the `Total = N` line under a signatory list equals the number of
    signatories actually listed above it.

    ## Why is this bad?
    The total is what readers and the press quote ("25 members signed"). A total that
    disagrees with the list means a signature was dropped, duplicated or miscounted,
    and the published figure is wrong. The fix (unsafe: someone must decide which of
    the two is right) rewrites the total to the count.

    ## Example
    ```text
    Signed:

    GATTOLIN André, France, ALDE
    MAIRE Jacques, France, ALDE
    RAMPI Roberto, Italy, SOC

    Total = 4
    ```

    ## Use instead
    ```text
    Signed:

    GATTOLIN André, France, ALDE
    MAIRE Jacques, France, ALDE
    RAMPI Roberto, Italy, SOC

    Total = 3
    ```
    """
    for block in doc.blocks:
        total = block.total
        if total is None:
            continue
        listed = len(block.signatories)
        if total.value != listed:
            yield Problem(
                total.number.span,
                f"declared Total = {total.value} but the list has {listed} signator"
                f"{'y' if listed == 1 else 'ies'}",
                Fix(str(listed), "unsafe"),
            )
