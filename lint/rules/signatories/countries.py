"""Country rules: S006 unknown or misspelled country, S007 not a member state on the
document's date, S013 an observer or partner delegation."""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from ...diagnostics import Fix, Problem, Severity
from ...refdata import countries, fold, groups, strip_accents
from ..base import rule


@cache
def _spellings(language: str) -> tuple[str, ...]:
    index = countries()
    names = index.english + (index.french if language == "fr" else [])
    return tuple(dict.fromkeys(names))


def _cut_members(text: str) -> list:
    """Member states a cut-off name may stand for (`Unit`: United Kingdom, not the
    United States)."""
    return [c for c in countries().starting_with(text) if c.status == "member"]


def near_country(text: str, language: str) -> str | None:
    """The spelling a misspelt or cut-off (`Unit`, `Slovak Rep`) country name stands for."""
    from rapidfuzz import fuzz, process, utils

    found = process.extractOne(
        text, _spellings(language), scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=80
    )
    if found:
        return found[0]
    index = countries()
    cut = _cut_members(text)
    if len(cut) != 1:
        return None
    spellings = [s for s in _spellings(language) if index.lookup(s) is cut[0]]
    starts = [s for s in spellings if fold(s).startswith(fold(text.strip()))]
    return cut[0].name if cut[0].name in starts else (starts or [None])[0]


def name_in(country, language: str) -> str:
    """The country's name as a text in ``language`` prints it."""
    if language != "fr":
        return country.name
    index = countries()
    return next((s for s in index.french if index.lookup(s) is country), country.name)


def _only_in(text: str, index) -> str | None:
    """The language ("en" or "fr") in which ``text`` alone names a country (`Italie`,
    `Italy`); None for names spelled alike in both (`France`, `Ukraine`) or unknown."""
    en, fr = index.in_language(text, "en"), index.in_language(text, "fr")
    return None if en == fr else ("en" if en else "fr")


def other_language_problem(fld, country, language: str, where: str = "text") -> Problem | None:
    """A known country named in the other language than the ``language`` of the text or
    list (``where``) it stands in: `Italie` in English, `Germany` in French."""
    if _only_in(fld.text, countries()) in (None, language):
        return None
    right = name_in(country, language)
    other, this = ("English", "a French") if language == "fr" else ("French", "an English")
    return Problem(
        fld.span,
        f"'{fld.text}' is the {other} name of {country.name}; {this} {where} prints '{right}'",
        Fix(right, "unsafe"),
    )


# A list with at least this many entries written in the other language than the
# document's, and more of them than in the document's, is a list in that language (a
# French letter's list quoted in an English article, or a short text whose language
# detection had little to go on): its odd entries are the ones in the document's language.
FOREIGN_LIST_MIN = 2
_HONORIFIC_LANGUAGE = {"M.": "fr", "Mme": "fr", "Mlle": "fr", "Mr": "en", "Ms": "en", "Mrs": "en"}


def _entry_language(s) -> str | None:
    """The language an entry is written in, by its country name, honorific and group code
    (`M. Jean DUPONT, Belgique, ADLE`: French); None when they do not tell."""
    return _language_of(
        None if s.country is None else s.country.text,
        None if s.honorific is None else s.honorific.text,
        None if s.group is None else s.group.text,
    )


@lru_cache(maxsize=8192)  # the same entries recur list after list
def _language_of(country: str | None, honorific: str | None, code: str | None) -> str | None:
    votes = Counter()
    if country is not None:
        votes[_only_in(country, countries())] += 1
    if honorific is not None:
        votes[_HONORIFIC_LANGUAGE.get(honorific)] += 1
    if code is not None:
        english, french = code in groups().pace, code in groups().french
        votes[None if english == french else ("en" if english else "fr")] += 1
    if votes["en"] == votes["fr"]:
        return None
    return "en" if votes["en"] > votes["fr"] else "fr"


def list_language(block, language: str) -> str:
    """The language a list is written in: the document's, unless more of its entries are
    written in the other language (and at least FOREIGN_LIST_MIN)."""
    votes = Counter(map(_entry_language, block.signatories))
    other = "en" if language == "fr" else "fr"
    if votes[other] >= FOREIGN_LIST_MIN and votes[other] > votes[language]:
        return other
    return language


def non_member_message(country) -> str:
    note = f" ({country.note})" if country.note else ""
    return f"{country.name} is not a Council of Europe member state{note}"


@rule("S006", "unknown-country", fixable=True)
def unknown_country(doc, ctx):
    """
    ## What it does
    Checks each signatory's country against the Council of Europe member states as PACE
    prints them (`Republic of Moldova`, `Slovak Republic`, `Türkiye` ...), the accepted
    alternatives real PACE texts also print (`Moldova`, `Slovakia`, `Czechia`, `Turkey`,
    `Russia`), observer and partner delegations, and known non-members. Near misses get
    the intended spelling as a suggestion, and so does a name cut off (`Mr John HOWELL,
    Unit` for United Kingdom: a country, not a group code), unless the text itself ends
    there: a copy cut off inside its last entry (`… Mr John HOWELL, Unit`) is left alone,
    as the rest of that entry is missing, not wrong. In French texts French names
    are accepted and only near misses and cut-off names are reported, and a French name
    written without its accents (`Suede` for Suède) in a text that writes its accents.

    A country named in the other language is reported too: `Mr Carlo ROSSI, Italie, SOC`
    in an English list, `M. Jean DUPONT, Germany, SOC` in a French one (names spelled
    alike in both, `France`, `Ukraine`, are fine). A list whose entries are mostly
    written in the other language (country names, `M.`/`Mme`, the French edition's codes:
    a French list quoted in an English article) is judged in that language. A report's `Rapporteur : Mr X, Country, CODE` line is checked like a list.

    In a letter's signatory list (`Full list of signatories below:` then `- Senator Jean
    Dupont, France` lines), the last field is checked when it names a country or nearly
    does; other affiliations there (`European Union`, `Chair, Foreign Affairs Committee`,
    a non-European parliament) are not countries and are left alone.

    ## Why is this bad?
    A misspelled country (`Slovak Repubic`, `Untied Kingdom`) is a public correction and
    breaks counting by national delegation, which Rule 56 depends on.

    ## Example
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Jana NOVAKOVA, Slovak Repubic, EPP/CD
    ```

    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr John HOWELL, Unit ; Ms Anne DUPONT, France, ALDE
    ```

    ```text
    Mr Roberto RAMPI, Italy, SOC ; Mr Carlo ROSSI, Italie, SOC ; Ms Anne DUPONT, France, ALDE
    ```

    ```text
    Signataires : M. Carlo ROSSI, Italy, SOC ; Mme Anne DUPONT, France, ADLE
    ```

    ```text
    Rapporteur : Mr Hans MEIER, Swizerland, SOC
    ```

    ```text
    Full list of signatories below:
    - Senator Jean Dupont, France
    - Anna Berg MEP, European Union
    - Rep Marie Lemaire, Frnace
    ```

    ## Use instead
    ```text
    Mr Roberto RAMPI, Italy, SOC ; Ms Jana NOVAKOVA, Slovak Republic, EPP/CD
    ```

    ```text
    Full list of signatories below:
    - Senator Jean Dupont, France
    - Anna Berg MEP, European Union
    - Rep Marie Lemaire, France
    - John Smith MP, Chair, Foreign Affairs Committee, Australia
    ```

    ```text
    Signataires : M. Carlo ROSSI, Italie, SOC ; Mme Anne DUPONT, France, ADLE ; M. Jan NOWAK, Ukraine, PPE/DC
    ```
    """
    from ..typos.nearmiss_fr import writes_accents

    index = countries()
    accents = None
    for block in doc.blocks:
        language = list_language(block, doc.language)
        if language == "fr" and accents is None:
            accents = writes_accents(doc)
        for s in block.signatories:
            problem = _country_problem(s.country, language, index, bool(accents))
            if problem is not None:
                yield problem


@cache
def _accented_french() -> dict[str, str]:
    """French country spellings with accents, by their spelling without them."""
    return {strip_accents(s): s for s in countries().french if not s.isascii()}


def _lost_accents(fld, country, index) -> Problem | None:
    """A French country name written without its accents ("Suede" for Suède) in a text
    that writes its accents elsewhere."""
    text = fld.text.strip()
    spelling = _accented_french().get(text) if text.isascii() else None
    if spelling is None or index.lookup(spelling) is not country:
        return None
    return Problem(
        fld.span,
        f"'{text}' lacks its accents: the French edition prints '{spelling}'",
        Fix(spelling, "unsafe"),
    )


def _country_problem(fld, language: str, index, accents: bool = False) -> Problem | None:
    """S006's finding on one entry's country field, judged in the list's ``language``
    (``accents``: the document writes French with its accents)."""
    if fld is None:
        return None
    if (country := index.lookup(fld.text)) is not None:
        return other_language_problem(fld, country, language, "list") or (
            _lost_accents(fld, country, index) if language == "fr" and accents else None
        )
    guess = near_country(fld.text, language)
    if guess:
        return Problem(
            fld.span, f"unknown country '{fld.text}'; did you mean '{guess}'?", Fix(guess, "unsafe")
        )
    if len(cut := _cut_members(fld.text)) > 1:
        names = ", ".join(sorted(c.name for c in cut))
        return Problem(fld.span, f"unknown country '{fld.text}': a name cut off? ({names})")
    if language == "en":
        return Problem(fld.span, f"unknown country '{fld.text}': not a Council of Europe member state")
    return None


def _pace_signatories(doc):
    """Signatories of PACE lists: a letter's signatories are members of any parliament."""
    return [s for b in doc.blocks if b.layout != "letter" for s in b.signatories]


@rule("S007", "not-a-member-state")
def not_a_member_state(doc, ctx):
    """
    ## What it does
    Reports a signatory from a state that was not a Council of Europe member on the
    document's date: the Russian Federation after 16 March 2022, a state before its
    accession (Montenegro before May 2007), or a state that never joined (Belarus,
    Kazakhstan, Kosovo, the Holy See, Australia). Letters from members of national
    parliaments (a `Full list of signatories:` of `Senator …, Country` lines) are not
    checked: their signatories may sit in any parliament.

    ## Why is this bad?
    Only members of national delegations of member states sit in the Assembly. Such an
    entry is a wrong country or a signature that cannot be.

    ## Example
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr Ivan PETROV, Russian Federation, NR ; Mr Roberto RAMPI, Italy, SOC
    ```

    ## Use instead
    ```text
    Written declaration No. 700 | Doc. 15000 | 27 June 2019

    Mr Ivan PETROV, Russian Federation, NR ; Mr Roberto RAMPI, Italy, SOC
    ```
    """
    index = countries()
    day = doc.date
    for s in _pace_signatories(doc):
        if s.country is None:
            continue
        country = index.lookup(s.country.text)
        if country is None:
            continue
        if country.status == "non-member":
            yield Problem(s.country.span, non_member_message(country))
        elif country.status == "member" and day is not None and not country.member_on(day):
            if country.left and day > country.left:
                why = f"it left on {country.left:%d %B %Y}"
            elif country.joined and day < country.joined:
                why = f"it joined on {country.joined:%d %B %Y}"
            else:
                why = "its membership was interrupted then"
            yield Problem(
                s.country.span,
                f"{country.name} was not a Council of Europe member on {day:%d %B %Y}: {why}",
            )


def _kind(status: str) -> str:
    if status == "partner for democracy":
        return "a partner for democracy"
    return "an observer delegation"


@rule("S013", "observer-delegation", Severity.WARNING)
def observer_delegation(doc, ctx):
    """
    ## What it does
    Warns about a signature from an observer delegation (the parliaments of Canada,
    Israel, Mexico) or a partner for democracy (Morocco, Palestine, Kyrgyzstan, Jordan)
    on a written declaration. Other documents (motions, letters) are left alone: members
    of partner-for-democracy delegations co-sign motions, and Rule 56 does not apply to
    them.

    ## Why is this bad?
    Observers and partners are not representatives or substitutes: their signatures on
    a written declaration are unusual and do not count toward the Rule 56 thresholds.
    Check that the country is right and that the entry belongs in the list.

    ## Example
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr John DOE, Canada, NR ; Mr Roberto RAMPI, Italy, SOC
    ```

    ## Use instead
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022

    Mr John DOE, Ireland, NR ; Mr Roberto RAMPI, Italy, SOC
    ```

    ```text
    Doc. 14538 | 18 April 2018

    Ms Aicha LABLAK, Morocco ; Mr Roberto RAMPI, Italy, SOC
    ```
    """
    if not doc.is_written_declaration:
        return
    index = countries()
    for s in doc.signatories:
        country = index.lookup(s.country.text) if s.country else None
        if country is not None and country.status == "observer":
            yield Problem(
                s.country.span,
                f"{country.name} is {_kind(country.note)}, not a member state: "
                "the signature does not count toward the Rule 56 thresholds",
            )
