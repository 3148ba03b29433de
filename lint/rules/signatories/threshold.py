"""S011: Rule 56 thresholds for a written declaration."""

from __future__ import annotations

import datetime as dt

from ...diagnostics import Problem
from ...refdata import countries
from ..base import rule
from . import codes

# Rule 56 (2023 Rules; Rule 53 in 2003). Older thresholds differed: apply only to
# documents from 2003 on.
RULE56_SINCE = dt.date(2003, 1, 1)


@rule(
    "S011",
    "too-few-signatories",
    defaults={"min-signatories": 20, "min-delegations": 4, "min-groups": 2},
)
def too_few_signatories(doc, ctx):
    """
    ## What it does
    For a document that calls itself a written declaration and prints its complete
    signatory list, checks the Rule 56 thresholds of the Rules of Procedure: at least 20
    representatives or substitutes, from at least 4 national delegations and at least 2
    political groups. Observer and partner delegations do not count. Lists marked
    incomplete (`and others`, `...`), lists the text ends inside (a copy cut off in the
    middle of an entry) and documents dated before 2003 are not checked.

    ## Why is this bad?
    A declaration below the thresholds cannot be tabled: either signatures are missing
    from the published list or the document is not what it claims to be.

    ## Example
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Roberto RAMPI, Italy, SOC ; Lord Andrew ADONIS, United Kingdom, SOC
    ```

    ## Use instead
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Roberto RAMPI, Italy, SOC ; Mr Gianni MARILOTTI, Italy, SOC ; and others
    ```
    """
    blocks = [b for b in doc.blocks if b.is_list]  # not a rapporteur line
    if not doc.is_written_declaration or not blocks:
        return
    if any(b.incomplete_marker for b in blocks):
        return
    if _cut_off(doc, blocks[-1]):
        return
    if doc.date is not None and doc.date < RULE56_SINCE:
        return
    index = countries()
    members = []
    for s in (s for b in blocks for s in b.signatories):
        country = index.lookup(s.country.text) if s.country else None
        if country is None or country.status == "member":
            members.append((s, country))
    delegations = {c.name if c else s.country.text for s, c in members if s.country}
    groups_ = {codes.english_code(s.group.text) or s.group.text for s, _ in members if s.group}
    need_n = ctx.option("min-signatories", 20)
    need_d = ctx.option("min-delegations", 4)
    need_g = ctx.option("min-groups", 2)
    if len(members) >= need_n and len(delegations) >= need_d and len(groups_) >= need_g:
        return
    span = doc.header.wd_field.span if doc.header.wd_field else blocks[0].span
    yield Problem(
        span,
        f"written declaration has {len(members)} signatories from {len(delegations)} national "
        f"delegations and {len(groups_)} political groups; Rule 56 requires at least {need_n} "
        f"from {need_d} delegations and {need_g} groups",
    )


def _cut_off(doc, block) -> bool:
    """The text ends inside the list (a copy cut mid-entry: `KANELLI Liana,`): whatever
    the list holds, it is not the whole list."""
    if block.cut_off:
        return True
    tail = doc.text[block.span.end :].strip()
    if tail:
        return tail.endswith((",", ";")) and "\n" not in tail
    last = block.signatories[-1] if block.signatories else None
    return last is not None and any(d.kind == "missing-fields" for d in last.defects)
