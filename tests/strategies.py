"""Hypothesis strategies for realistic declaration documents, and labelled defects.

A drawn document is a ``bench.generate.Spec`` rendered by ``bench.generate.render``, so the
text comes with the span of every part (header fields, each signatory's fields, the total,
the legend, body paragraphs). Names are drawn here, not taken from a fixed list: surnames in
capitals with particles in mixed case, multi-word, hyphenated, apostrophe and non-ASCII
surnames; given names with hyphens, second names and middle initials.

``Defect``: one injected defect with the rule code it must raise and the span (in the
modified text) the diagnostic must point at. ``INJECTORS`` maps a code to a function
``(data, spec) -> Defect``; a test draws a clean document, injects one defect, and checks
that linting reports exactly that diagnostic and nothing else.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace

from hypothesis import assume
from hypothesis import strategies as st

from bench.generate import (
    COUNTRIES,
    ERAS,
    GROUP_NAMES,
    LEGEND_ORDER,
    Member,
    Rendered,
    Spec,
    body_paragraphs,
    render,
    session_dates,
    sort_key,
)

# -- names ----------------------------------------------------------------------------------

_SYLLABLES = (
    "BER", "GA", "TO", "LIN", "MAR", "KO", "SCHEN", "NACH", "RAM", "PI", "HUN", "ZE", "VEN", "DA",
    "KÖ", "ŠTI", "ÅS", "ØR", "ÆR", "ÐA", "İL", "GÜL", "ČE", "ŁO", "ÑO", "DZÉ", "SSON", "DÓT", "TIR",
)  # fmt: skip
_PARTICLES = ("van", "van de", "Van den", "de", "De", "de la", "von", "di", "da")
GIVEN = tuple(sorted({g for f, m, _ in COUNTRIES.values() for g in (*f, *m)}))
_FEMALE = frozenset(g for f, _, _ in COUNTRIES.values() for g in f)
POOL_SURNAMES = tuple(sorted({s for _, _, ss in COUNTRIES.values() for s in ss}))


@st.composite
def caps_word(draw) -> str:
    return "".join(draw(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3)))


@st.composite
def surnames(draw) -> str:
    """A surname as printed in lists: `RAMPI`, `BALDACCHINO ZARB`, `van de VEN`, `O'LO`."""
    if draw(st.booleans()):
        return draw(st.sampled_from(POOL_SURNAMES))
    first = draw(caps_word())
    assume(len([c for c in first if c.isalpha()]) >= 2)
    form = draw(st.sampled_from(("plain", "plain", "two", "hyphen", "apostrophe", "particle")))
    if form == "two":
        return f"{first} {draw(caps_word())}"
    if form == "hyphen":
        return f"{first}-{draw(caps_word())}"
    if form == "apostrophe":
        return f"O'{first}"
    if form == "particle":
        return f"{draw(st.sampled_from(_PARTICLES))} {first}"
    return first


@st.composite
def given_names(draw) -> str:
    name = draw(st.sampled_from(GIVEN))
    extra = draw(st.sampled_from(("", "", "", "hyphen", "initial")))
    if extra == "hyphen" and " " not in name and "-" not in name:
        name = f"{name}-{draw(st.sampled_from(('Marie', 'Paul', 'Luc', 'Anne')))}"
    elif extra == "initial":
        name = f"{name} {draw(st.sampled_from('ABDEJKMPRS'))}."
    return name


def person_key(m: Member) -> str:
    """Two members of one list are different people: different surname keys (the names
    family's transliteration key when it exists, else accents and case folded)."""
    try:
        from lint.names.folding import fold_surname
    except ImportError:  # the names family has not landed
        text = unicodedata.normalize("NFKD", m.surname)
        return "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return fold_surname(m.surname)


def given_key(m: Member) -> str:
    """Distinct given names too: a near-miss surname with the same given name is a variant."""
    return m.given.split()[0].casefold()


def countries_on(day: dt.date) -> list[str]:
    names = sorted(COUNTRIES)
    names.append("Türkiye" if day >= dt.date(2022, 7, 1) else "Turkey")
    names += ["Moldova", "Slovakia", "Czechia"]  # accepted alternatives PACE also prints
    return names


@st.composite
def members(draw, day: dt.date, codes: tuple[str, ...]) -> Member:
    country = draw(st.sampled_from(countries_on(day)))
    given = draw(given_names())
    if country == "United Kingdom" and draw(st.integers(0, 4)) == 0:
        honorific = "Baroness" if given.split()[0] in _FEMALE else draw(st.sampled_from(("Lord", "Sir")))
    else:
        honorific = "Ms" if given.split()[0] in _FEMALE else "Mr"
    return Member(honorific, given, draw(surnames()), country, draw(st.sampled_from(codes)))


def ordered(signatories: list[Member]) -> list[Member]:
    """Initiator first, the others alphabetical by surname, as PACE prints them."""
    return signatories[:1] + sorted(signatories[1:], key=lambda m: sort_key(m.surname))


@st.composite
def signatory_lists(draw, day: dt.date, codes: tuple[str, ...], min_size: int = 1, max_size: int = 45):
    """Distinct, well-formed signatories in list order."""
    found = draw(
        st.lists(members(day, codes), min_size=min_size, max_size=max_size, unique_by=(person_key, given_key))
    )
    # Different people must not look like spelling variants of each other either (HUNKO
    # and HUNŁO fold one edit apart): drop near misses, as a real list would not have them.
    from rapidfuzz.distance import Levenshtein

    kept: list[Member] = []
    for m in found:
        if all(Levenshtein.distance(person_key(m), person_key(k)) > 2 for k in kept):
            kept.append(m)
    assume(len(kept) >= min_size)
    return ordered(kept)


@st.composite
def dates(draw) -> tuple[dt.date, tuple[str, ...]]:
    """A part-session day and the group codes in use on it."""
    first, last, codes = draw(st.sampled_from(ERAS))
    return draw(st.sampled_from(session_dates(first, last))), codes


# -- documents -----------------------------------------------------------------------------

LAYOUTS = ("page", "assembly", "pdf")


@st.composite
def declarations(draw, layouts: tuple[str, ...] = LAYOUTS, min_signatories: int = 22) -> Spec:
    """A clean written declaration: enough signatories from enough delegations and groups."""
    day, codes = draw(dates())
    sigs = draw(signatory_lists(day, codes, min_size=min_signatories, max_size=40))
    assume(len({m.country for m in sigs}) >= 5 and len({m.group for m in sigs}) >= 3)
    rng = draw(st.randoms(use_true_random=False))
    from bench.generate import SUBJECT_STATES, TITLES

    state = rng.choice(SUBJECT_STATES)
    return Spec(
        layout=draw(st.sampled_from(layouts)),
        title=rng.choice(TITLES).format(state=state),
        wd_number=draw(st.integers(500, 999)),
        doc_number=draw(st.integers(14000, 16999)),
        date=day,
        signatories=sigs,
        body=body_paragraphs(rng, state, day, words=rng.randint(60, 170)),
        newline=draw(st.sampled_from(("\n", "\n", "\r\n"))),
        heading=draw(st.sampled_from(("*Signed*¹:", "Signed 1:", "Signed:", "Signatories:"))),
        legend_numbered=draw(st.booleans()),
    )


def documents() -> st.SearchStrategy[Spec]:
    return declarations()


# -- bare signatory lists ------------------------------------------------------------------------


@st.composite
def bare_lists(draw, layout: str | None = None) -> tuple[str, Rendered, list[Member], str]:
    """A signatory list alone, `Total = N` under it: (text, rendered, members, layout)."""
    day, codes = draw(dates())
    sigs = draw(signatory_lists(day, codes, min_size=1, max_size=30))
    layout = layout or draw(st.sampled_from(("inline", "lines")))
    newline = draw(st.sampled_from(("\n", "\r\n")))
    spec = Spec(layout="pdf" if layout == "lines" else "page", signatories=sigs, newline=newline)
    rendered = render_list(spec, layout, draw(st.sampled_from(("Signed:", "*Signed*¹:", "Signed 1:"))))
    return rendered.text, rendered, sigs, layout


def render_list(spec: Spec, layout: str, heading: str) -> Rendered:
    from bench.generate import _entry, _inline_list, _Writer

    w = _Writer(spec.newline)
    out = Rendered("")
    if layout == "inline":
        _inline_list(w, out, spec.signatories, "Signatories:")
    else:
        w.line(heading)
        for m in spec.signatories:
            out.entries.append(_entry(w, m, inline=False))
            w.put(w.newline)
    w.blank()
    start = w.pos
    w.put("Total = ")
    out.spans["total_number"] = w.put(str(len(spec.signatories)))
    out.spans["total"] = (start, w.pos)
    w.put(w.newline)
    out.text = w.text()
    return out


# -- defects ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Defect:
    text: str
    code: str
    span: tuple[int, int]  # where the diagnostic must point, in ``text``
    label: str  # what was done, for failure messages


def splice(text: str, span: tuple[int, int], new: str) -> tuple[str, tuple[int, int]]:
    """Replace text[span] with ``new``; returns the text and the new piece's span."""
    a, b = span
    return text[:a] + new + text[b:], (a, a + len(new))


def _pick_entry(data, spec: Spec, rendered: Rendered, *, keep_group_variety: bool = False) -> int:
    """A signatory index whose change cannot bring the document under Rule 56."""
    k = data.draw(st.integers(0, len(spec.signatories) - 1), label="entry")
    if keep_group_variety:
        others = {m.group for j, m in enumerate(spec.signatories) if j != k}
        assume(len(others) >= 2)
    return k


def _layout(spec: Spec, *allowed: str) -> None:
    assume(spec.layout in allowed)


def inject_total(data, spec: Spec) -> Defect:
    _layout(spec, "pdf")
    r = render(spec)
    k = data.draw(st.integers(-3, 5).filter(bool), label="delta")
    new = str(len(spec.signatories) + k)
    text, span = splice(r.text, r.spans["total_number"], new)
    return Defect(text, "S001", span, f"Total = {new} for {len(spec.signatories)} signatories")


_MANGLED = {
    "EPP/CD": ("EPP-CD", "EPP /CD", "EPP/DC", "epp/cd", "EPPCD"),
    "SOC": ("S0C", "Soc", "SOC."),
    "ALDE": ("ADLE", "AL DE", "Alde"),
    "UEL": ("UEl", "U.E.L", "UE L"),
    "EC": ("E.C",),
    "EC/DA": ("EC-DA", "EC / DA", "DA/EC", "ECDA"),
    "NR": ("N.R",),
    "FDG": ("F.D.G",),
}


def inject_group_code(data, spec: Spec) -> Defect:
    _layout(spec, "page", "assembly")  # a legend would also miss the mangled code (S009)
    r = render(spec)
    k = _pick_entry(data, spec, r, keep_group_variety=True)
    code = spec.signatories[k].group
    new = data.draw(st.sampled_from(_MANGLED[code]), label="mangled")
    if new == "SOC." and k == len(spec.signatories) - 1:
        new = "Soc"  # a full stop after the last entry closes the list
    text, span = splice(r.text, r.entries[k]["group"], new)
    return Defect(text, "S002", span, f"{code} written {new!r}")


def inject_group_era(data, spec: Spec) -> Defect:
    _layout(spec, "page", "assembly")
    r = render(spec)
    k = _pick_entry(data, spec, r, keep_group_variety=True)
    out_of_era = [c for c in ("EDG", "EC", "EC/DA", "FDG", "ECPA", "LDR") if _not_in_use(c, spec.date)]
    new = data.draw(st.sampled_from(out_of_era), label="code")
    text, span = splice(r.text, r.entries[k]["group"], new)
    return Defect(text, "S003", span, f"{new} on {spec.date}")


def _not_in_use(code: str, day: dt.date) -> bool:
    from lint.refdata import groups

    return not groups().pace[code].in_use(day)


def inject_ep_group(data, spec: Spec) -> Defect:
    _layout(spec, "page", "assembly")
    r = render(spec)
    k = _pick_entry(data, spec, r, keep_group_variety=True)
    new = data.draw(st.sampled_from(("S&D", "EPP", "Renew", "ECR", "GUE/NGL", "Greens/EFA")), label="ep")
    text, span = splice(r.text, r.entries[k]["group"], new)
    return Defect(text, "S004", span, f"EP code {new}")


def inject_missing_group(data, spec: Spec) -> Defect:
    _layout(spec, "page", "assembly")
    r = render(spec)
    k = _pick_entry(data, spec, r, keep_group_variety=True)
    entry = r.entries[k]
    # Drop ", CODE": the entry now ends with its country.
    text, _ = splice(r.text, (entry["country"][1], entry["group"][1]), "")
    return Defect(text, "S005", (entry["entry"][0], entry["country"][1]), "group code removed")


_MISSPELT = {
    "Italy": "Itlay",
    "Slovak Republic": "Slovak Repubic",
    "Netherlands": "Netherland",
    "Germany": "Germnay",
    "France": "Frnace",
    "Republic of Moldova": "Republic of Moldavia",
    "United Kingdom": "Untied Kingdom",
    "Switzerland": "Switzerand",
}


def inject_unknown_country(data, spec: Spec) -> Defect:
    """A misspelt country, or its French name in the English list."""
    from bench.generate import FRENCH_COUNTRIES

    r = render(spec)
    french = data.draw(st.booleans(), label="french name")
    wrong = {c: f for c, f in FRENCH_COUNTRIES.items() if f != c} if french else _MISSPELT
    candidates = [k for k, m in enumerate(spec.signatories) if m.country in wrong]
    assume(candidates)
    k = data.draw(st.sampled_from(candidates), label="entry")
    country = spec.signatories[k].country
    assume(
        sum(m.country == country for m in spec.signatories) > 1
        or len({m.country for m in spec.signatories}) > 5
    )
    text, span = splice(r.text, r.entries[k]["country"], wrong[country])
    return Defect(text, "S006", span, f"{country} {'in French' if french else 'misspelt'}")


def inject_non_member(data, spec: Spec) -> Defect:
    r = render(spec)
    assume(len(spec.signatories) >= 21)
    k = _pick_entry(data, spec, r)
    choices = ["Belarus", "Kazakhstan", "Kosovo"]
    if spec.date > dt.date(2022, 3, 16):
        choices.append("Russian Federation")
    new = data.draw(st.sampled_from(choices), label="state")
    text, span = splice(r.text, r.entries[k]["country"], new)
    return Defect(text, "S007", span, f"signatory from {new}")


def inject_duplicate(data, spec: Spec) -> Defect:
    k = data.draw(st.integers(1, len(spec.signatories) - 1), label="entry")
    dup = [*spec.signatories[: k + 1], spec.signatories[k], *spec.signatories[k + 1 :]]
    r = render(replace(spec, signatories=dup))
    return Defect(r.text, "S008", r.entries[k + 1]["entry"], f"{spec.signatories[k].surname} twice")


def inject_legend_missing(data, spec: Spec) -> Defect:
    _layout(spec, "pdf")
    r = render(spec)
    j = data.draw(st.integers(0, len(r.legend) - 1), label="legend line")
    line = r.legend[j]["line"]
    code = r.text[slice(*r.legend[j]["code"])]
    # Remove the whole line, its line break included.
    end = line[1] + len(spec.newline)
    text = r.text[: line[0]] + r.text[end:]
    if j == 0 and spec.legend_numbered and len(r.legend) > 1:
        # Keep the footnote number on the new first line.
        nxt = r.legend[1]["line"][0] - (end - line[0])
        text = text[:nxt] + "1. " + text[nxt:]
    first = next(e for e, m in zip(r.entries, spec.signatories, strict=True) if m.group == code)
    return Defect(text, "S009", first["group"], f"legend line for {code} removed")


_WRONG_NAMES = {
    "EPP/CD": "Group of the European Peoples Parties",
    "SOC": "Social Democratic Group",
    "ALDE": "Alliance of Liberal Democrats",
    "UEL": "Group of the United European Left Party",
    "EC": "European Conservative Party",
    "EC/DA": "European Conservatives and Reformists",
    "FDG": "Free Democratic Party",
    "NR": "Non-attached Members",
}


def inject_legend_name(data, spec: Spec) -> Defect:
    _layout(spec, "pdf")
    r = render(spec)
    j = data.draw(st.integers(0, len(r.legend) - 1), label="legend line")
    code = r.text[slice(*r.legend[j]["code"])]
    text, span = splice(r.text, r.legend[j]["name"], _WRONG_NAMES[code])
    return Defect(text, "S010", span, f"legend name of {code} wrong")


def inject_too_few(data, spec: Spec) -> Defect:
    n = data.draw(st.integers(2, 19), label="signatories")
    r = render(replace(spec, signatories=spec.signatories[:n]))
    return Defect(r.text, "S011", r.spans["wd"], f"only {n} signatories")


def inject_separator(data, spec: Spec) -> Defect:
    _layout(spec, "page", "assembly")
    r = render(spec)
    k = data.draw(st.integers(1, len(spec.signatories) - 1), label="entry")
    # ` ; ` before entry k becomes `, `.
    start = r.entries[k - 1]["entry"][1]
    text, _ = splice(r.text, (start, r.entries[k]["entry"][0]), ", ")
    return Defect(text, "S012", (start, start + 1), "entries joined by ','")


def inject_observer(data, spec: Spec) -> Defect:
    r = render(spec)
    assume(len(spec.signatories) >= 21)
    k = _pick_entry(data, spec, r)
    new = data.draw(st.sampled_from(("Canada", "Israel", "Mexico", "Morocco", "Jordan")), label="observer")
    text, span = splice(r.text, r.entries[k]["country"], new)
    return Defect(text, "S013", span, f"signatory from {new}")


# -- prose defects (families T, C, D, N, and S014): one sentence added to a body paragraph ------


def inject_affiliation(data, spec: Spec) -> Defect:
    country, code, target = data.draw(
        st.sampled_from(
            (
                ("Italie", "SOC", "Italie"),  # French name in an English text
                ("", "EPP/CD", "(, EPP/CD)"),  # empty country
                ("Itlay", "SOC", "Itlay"),  # misspelt
                ("Italy", "EPP-CD", "EPP-CD"),  # malformed code
                ("Italy", "ADLE", "ADLE"),  # the French edition's code
                ("Belarus", "EPP/CD", "Belarus"),  # a state that never joined
            )
        ),
        label="affiliation",
    )
    separator = data.draw(st.sampled_from((", ", " - ", " – ")), label="separator") if country else ", "
    sentence = f"The report was presented by Piero Fassanelli ({country}{separator}{code}) last year."
    text, span = add_sentence(data, spec, sentence, target)
    return Defect(text, "S014", span, f"affiliation ({country}, {code})")


# -- prose defects (families T, C, D, N): one sentence added to a body paragraph ----------------


def add_sentence(data, spec: Spec, sentence: str, target: str, nth: int = 0) -> tuple[str, tuple[int, int]]:
    """Append ``sentence`` to a drawn body paragraph; the span of the ``nth`` ``target`` in it."""
    r = render(spec)
    k = data.draw(st.integers(0, len(spec.body) - 1), label="paragraph")
    end = r.spans[f"body:{k}"][1]
    at = end + 1
    pos = -1
    for _ in range(nth + 1):
        pos = sentence.index(target, pos + 1)
    return r.text[:end] + " " + sentence + r.text[end:], (at + pos, at + pos + len(target))


def _absent(spec: Spec, *words: str) -> None:
    text = " ".join(spec.body) + spec.title
    assume(not any(w in text for w in words))


def inject_run_together(data, spec: Spec) -> Defect:
    word, sentence = data.draw(
        st.sampled_from(
            (
                ("torelease", "The authorities were asked torelease the prisoners."),
                ("forthe", "The members called forthe immediate release of the prisoners."),
            )
        ),
        label="run-together",
    )
    text, span = add_sentence(data, spec, sentence, word)
    return Defect(text, "T001", span, word)


def inject_misspelling(data, spec: Spec) -> Defect:
    word, sentence = data.draw(
        st.sampled_from(
            (
                ("goverment", "The goverment did not respond to the appeal."),
                ("untill", "They were held untill the trial."),
                ("recieved", "The families recieved no answer."),
                ("occured", "The arrests occured at night."),
                ("seperate", "The detainees were kept in seperate cells."),
            )
        ),
        label="misspelling",
    )
    text, span = add_sentence(data, spec, sentence, word)
    return Defect(text, "T002", span, word)


def inject_repeated_word(data, spec: Spec) -> Defect:
    word = data.draw(st.sampled_from(("the", "to", "release")), label="word")
    sentence = {
        "the": "They called on the the authorities to act.",
        "to": "They called on the authorities to to act.",
        "release": "They demand the release release of all detainees.",
    }[word]
    first = sentence.index(f"{word} {word}")
    text, (a, _) = add_sentence(data, spec, sentence, sentence[first:])
    # The span runs from the end of the first word to the end of the second.
    return Defect(text, "T003", (a + len(word), a + 2 * len(word) + 1), f"{word} {word}")


def inject_double_space(data, spec: Spec) -> Defect:
    text, span = add_sentence(data, spec, "They called on the  authorities to act.", "  ")
    return Defect(text, "T004", span, "two spaces")


def inject_space_before_punctuation(data, spec: Spec) -> Defect:
    mark = data.draw(st.sampled_from(",;:"), label="mark")
    sentence = f"The prisoners were released {mark} the report said."
    text, (a, _) = add_sentence(data, spec, sentence, f" {mark}")
    return Defect(text, "T005", (a, a + 1), f"space before {mark}")


def inject_no_space_after_colon(data, spec: Spec) -> Defect:
    mark = data.draw(st.sampled_from(":;"), label="mark")
    sentence = f"The report was clear{mark}the authorities refused to act."
    text, span = add_sentence(data, spec, sentence, mark)
    return Defect(text, "T006", span, f"no space after {mark}")


def inject_invisible(data, spec: Spec) -> Defect:
    char = data.draw(st.sampled_from(("\u200b", "\u2060", "\ufeff")), label="char")
    text, span = add_sentence(data, spec, f"Human ri{char}ghts defenders were detained.", char)
    return Defect(text, "T007", span, f"U+{ord(char):04X} in a word")


def inject_trailing_space(data, spec: Spec) -> Defect:
    r = render(spec)
    k = data.draw(st.integers(0, len(spec.body) - 1), label="paragraph")
    end = r.spans[f"body:{k}"][1]
    blanks = data.draw(st.sampled_from((" ", "  ", "\t", " \t")), label="blanks")
    return Defect(r.text[:end] + blanks + r.text[end:], "T008", (end, end + len(blanks)), "trailing blanks")


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven")


def inject_count(data, spec: Spec) -> Defect:
    from bench.generate import PERSONS

    named = data.draw(st.integers(2, 5), label="named")
    stated = data.draw(st.sampled_from([n for n in range(2, 8) if n != named]), label="stated")
    people = data.draw(st.permutations(PERSONS), label="people")[:named]
    listed = ", ".join(people[:-1]) + " and " + people[-1]
    word = _NUMBER_WORDS[stated - 2].capitalize()
    text, span = add_sentence(data, spec, f"{word} activists – {listed} – were arrested.", word)
    return Defect(text, "C001", span, f"{stated} stated, {named} named")


def _thousands_style(text: str) -> str | None:
    import re

    if re.search(r"\b\d{1,3}(?: \d{3})+\b", text):
        return "space"
    if re.search(r"\b\d{1,3}(?:,\d{3})+\b", text):
        return "comma"
    return None


def inject_thousands(data, spec: Spec) -> Defect:
    # Two numbers in the document's style (space if it has none) and one in the other:
    # the odd one is the minority, whatever the body already holds.
    style = _thousands_style(" ".join(spec.body)) or "space"
    sep, odd = (" ", "5,000") if style == "space" else (",", "5 000")
    sentence = f"Between 4{sep}000 and 6{sep}000 people took part, and {odd} were detained."
    text, span = add_sentence(data, spec, sentence, odd)
    return Defect(text, "C003", span, f"{odd} among {style}-grouped numbers")


def inject_decimal_comma(data, spec: Spec) -> Defect:
    number = data.draw(st.sampled_from(("12,5%", "3,2 million", "0,5 per cent")), label="number")
    text, (a, _) = add_sentence(data, spec, f"The figure rose by {number} in one year.", number)
    digits = number.split()[0].rstrip("%")
    return Defect(text, "C004", (a, a + len(digits)), number)


def inject_impossible_date(data, spec: Spec) -> Defect:
    from bench.generate import MONTH_NAMES

    year = spec.date.year - 1
    day, month = data.draw(
        st.sampled_from(((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (32, 1))), label="date"
    )
    if year % 4 and data.draw(st.booleans(), label="feb29"):
        day, month = 29, 2
    date = f"{day} {MONTH_NAMES[month - 1]} {year}"
    text, span = add_sentence(data, spec, f"On {date}, the police detained the protesters.", date)
    return Defect(text, "D001", span, date)


def inject_weekday(data, spec: Spec) -> Defect:
    from bench.generate import format_date

    day = spec.date - dt.timedelta(days=data.draw(st.integers(20, 400), label="days before"))
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    wrong = names[(day.weekday() + data.draw(st.integers(1, 6), label="shift")) % 7]
    sentence = f"On {wrong}, {format_date(day)}, the police detained the protesters."
    text, span = add_sentence(data, spec, sentence, wrong)
    return Defect(text, "D002", span, f"{wrong} for {day}")


def inject_session_month(data, spec: Spec) -> Defect:
    session, month = data.draw(
        st.sampled_from((("Spring", "June"), ("Winter", "June"), ("Summer", "April"), ("Autumn", "January"))),
        label="session",
    )
    sentence = (
        f"The {session} session of the Parliamentary Assembly took place between {month} 24 and {month} 28."
    )
    text, span = add_sentence(data, spec, sentence, f"{session} session")
    return Defect(text, "D003", span, f"{session} session in {month}")


def inject_header(data, spec: Spec) -> Defect:
    r = render(spec)
    which = data.draw(st.sampled_from(("wd", "doc")), label="field")
    if which == "wd":
        n = spec.wd_number
        new = data.draw(
            st.sampled_from(
                (f"Written declaration no {n}", f"Written declaration No {n}", f"Written declaration N° {n}",
                 f"Written declaration No.{n}")
            ),
            label="wd",
        )  # fmt: skip
    else:
        new = data.draw(st.sampled_from((f"Doc {spec.doc_number}", f"Doc.{spec.doc_number}")), label="doc")
    text, span = splice(r.text, r.spans[which], new)
    return Defect(text, "D004", span, new)


# Transliteration variants of people the generator never names (so no other spelling exists).
VARIANT_PAIRS = (
    ("Serik", "Zhakhin", "Zhahin"),
    ("Marat", "Zhylanbayev", "Zhylanbaev"),
    ("Nurlan", "Dzhakupov", "Jakupov"),
    ("Yerlan", "Kassymov", "Kasymov"),
)


def inject_name_variant(data, spec: Spec) -> Defect:
    given, good, bad = data.draw(st.sampled_from(VARIANT_PAIRS), label="person")
    sentence = f"We recall the case of {given} {good}. The arrest of {given} {bad} was unlawful."
    text, span = add_sentence(data, spec, sentence, bad)
    return Defect(text, "N002", span, f"{good} / {bad}")


def inject_lexicon_variant(data, spec: Spec) -> Defect:
    sentence = "The members wrote to President Kassym-Jomart Tokaev about the arrests."
    text, span = add_sentence(data, spec, sentence, "Tokaev")
    return Defect(text, "N003", span, "Tokaev")


def inject_mixed_script(data, spec: Spec) -> Defect:
    given, good, _ = data.draw(st.sampled_from(VARIANT_PAIRS), label="person")
    k = good.index("a")
    word = good[:k] + "\u0430" + good[k + 1 :]  # Cyrillic а
    text, span = add_sentence(data, spec, f"We recall the case of {given} {word}.", word)
    return Defect(text, "N004", span, word)


# Code -> injector. Families that land later add their injectors here.
INJECTORS = {
    "S001": inject_total,
    "S002": inject_group_code,
    "S003": inject_group_era,
    "S004": inject_ep_group,
    "S005": inject_missing_group,
    "S006": inject_unknown_country,
    "S007": inject_non_member,
    "S008": inject_duplicate,
    "S009": inject_legend_missing,
    "S010": inject_legend_name,
    "S011": inject_too_few,
    "S012": inject_separator,
    "S013": inject_observer,
    "S014": inject_affiliation,
    "T001": inject_run_together,
    "T002": inject_misspelling,
    "T003": inject_repeated_word,
    "T004": inject_double_space,
    "T005": inject_space_before_punctuation,
    "T006": inject_no_space_after_colon,
    "T007": inject_invisible,
    "T008": inject_trailing_space,
    "C001": inject_count,
    "C003": inject_thousands,
    "C004": inject_decimal_comma,
    "D001": inject_impossible_date,
    "D002": inject_weekday,
    "D003": inject_session_month,
    "D004": inject_header,
    "N002": inject_name_variant,
    "N003": inject_lexicon_variant,
    "N004": inject_mixed_script,
}

__all__ = [
    "GROUP_NAMES",
    "INJECTORS",
    "LEGEND_ORDER",
    "Defect",
    "bare_lists",
    "declarations",
    "documents",
    "render",
]
