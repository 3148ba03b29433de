"""S015: one member, one delegation, across the corpus's signatory lists."""

from __future__ import annotations

from collections import Counter, defaultdict

from ...diagnostics import Problem, Severity
from ..base import rule

MAX_LOCATIONS = 3


@rule("S015", "member-country-conflict", Severity.ERROR, scope="corpus")
def member_country_conflict(docs, ctx):
    """
    ## What it does
    Finds a member listed for one national delegation in one document's signatory list
    and for another in another's: `Mr Roberto RAMPI, Italy, SOC` here, `Mr Roberto RAMPI,
    Greece, SOC` there (same given name and surname, ignoring case and accents). The
    country most documents give is taken as right and the others are reported; with no
    majority every side is reported, as a warning. Only member states are compared:
    unknown countries are S006's, non-members and observers S007's and S013's, and one
    document listing a member twice is S008's.

    ## Why is this bad?
    A member of the Assembly sits for one delegation. A wrong country in a list misstates
    who signed, and breaks the count by national delegation that Rule 56 depends on.

    ## Example
    Two documents of one corpus:
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE ; Mr Paul GAVAN, Ireland, UEL
    ```
    ```text
    Written declaration No. 746 | Doc. 15576 | 28 June 2022

    Mr Roberto RAMPI, Greece, SOC ; Mr Jacques MAIRE, France, ALDE ; Ms Petra BAYR, Austria, SOC
    ```

    ## Use instead
    ```text
    Written declaration No. 746 | Doc. 15576 | 28 June 2022

    Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE ; Ms Petra BAYR, Austria, SOC
    ```
    """
    from ...refdata import countries

    index = countries()
    # person -> doc -> (first entry, its member state's name)
    people: dict[tuple[str, str], dict[int, tuple]] = defaultdict(dict)
    for doc in docs:
        for o in doc.occurrences:
            if o.source != "signatory" or not o.given_key or not o.country:
                continue
            country = index.lookup(o.country)
            if country is None or country.status != "member":
                continue  # unknown or misspelt (S006's); not a member state (S007's, S013's)
            people[(o.given_key, o.key)].setdefault(id(doc), (o, country.name))
    for entries in people.values():
        if len(entries) < 2:
            continue
        by_country: dict[str, list] = defaultdict(list)
        for o, country in entries.values():
            by_country[country].append(o)
        if len(by_country) < 2:
            continue
        counts = Counter({c: len(v) for c, v in by_country.items()})
        (top, n_top), (_, n_next) = counts.most_common(2)
        majority = top if n_top > n_next else None
        for country, occs in sorted(by_country.items()):
            if country == majority:
                continue
            others = [o for c, v in sorted(by_country.items()) if c != country for o in v]
            where = ", ".join(f"{o.where} ({o.country})" for o in others[:MAX_LOCATIONS])
            more = len(others) - MAX_LOCATIONS
            if more > 0:
                where += f" and {more} more"
            for o in occs:
                name = o.mention.text
                if majority is not None:
                    message = (
                        f"{name} is listed for {country} here but for {majority} in "
                        f"{n_top} other document{'s' if n_top > 1 else ''} ({where}): a member sits for one delegation"
                    )
                    severity = None
                else:
                    message = f"{name} is listed for {country} here and for another delegation at {where}: which one?"
                    severity = Severity.WARNING
                yield o.doc, Problem(o.mention.surname.span, message, severity=severity)
