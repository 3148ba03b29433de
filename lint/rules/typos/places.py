"""Country names misspelt in prose, for T002: "Azerbajan", "Ukriane", "Hungery", in French
"Azerbaïdajn"; in English texts the genre's other places too ("Transnistia", "Strasbourgh"). Signatory lists have S006; prose had no check at all, and spell checkers
built on misspelling lists do not know these slips."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ...diagnostics import Fix, Problem
from ...document import Document, Span
from .tokens import Token, foreign_sentence, name_words, usable

# Places the genre names beside its countries: the seat of the Assembly, member states'
# capitals and the regions its texts discuss (English spellings; short names are left out).
PLACES = (
    "Strasbourg", "Transnistria", "Crimea", "Chechnya", "Abkhazia", "Ossetia", "Karabakh",
    "Donbas", "Donetsk", "Luhansk", "Sevastopol", "Moscow", "Minsk", "Tbilisi", "Yerevan",
    "Ankara", "Istanbul", "Chisinau", "Brussels", "Astana", "Almaty", "Belgrade", "Pristina",
    "Sarajevo", "Skopje", "Podgorica", "Tirana", "Vilnius", "Tallinn", "Warsaw", "Budapest",
    "Bucharest", "Athens", "Nicosia", "Valletta", "Ljubljana", "Zagreb", "Bratislava",
    "Prague", "Vienna", "Berlin", "Copenhagen", "Stockholm", "Helsinki", "Reykjavik", "Dublin",
    "London", "Lisbon", "Madrid", "Paris", "Luxembourg", "Amsterdam", "Berne", "Vaduz",
    "Andorra", "Monaco", "Kyrgyzstan",
)  # fmt: skip

# A capitalised word of five letters or more, whole.
_CAPITALISED = re.compile(r"(?<![\w'’\-])[A-ZÀ-Þ][a-zà-ÿ]{4,}(?![\w'’\-])")


@cache
def _country_keys(language: str) -> tuple[frozenset[str], dict[str, list[tuple[str, str]]]]:
    """Every folded country spelling (both languages: a correct name is never a slip), and
    the one-word names of ``language`` by their one-deletion neighbours."""
    from ...corpus import _deletions
    from ...refdata import countries, fold

    index = countries()
    names = index.french if language == "fr" else [*index.english, *PLACES]
    by_deletion: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        if " " in name or "-" in name or len(name) < 5:
            continue
        key = fold(name)
        for d in _deletions(key):
            by_deletion[d].append((key, name))
    known = index.english_keys | index.french_keys | {fold(p) for p in PLACES}
    return frozenset(known), dict(by_deletion)


def country_slips(doc: Document):
    """Capitalised words one edit from exactly one country name of the document's language
    that are no word of the language, nor a name the document gives a person."""
    from ...corpus import _deletions
    from ...names.folding import one_edit
    from ...refdata import fold
    from ...words import frequencies
    from .spelling import cut_off_word

    language = "fr" if doc.language == "fr" else "en"
    known, by_deletion = _country_keys(language)
    table, english = frequencies(language), frequencies("en")
    text = doc.text
    affiliations = None
    for span in doc.prose_spans:
        for m in _CAPITALISED.finditer(text, span.start, span.end):
            word = m.group()
            key = fold(word)
            if key in known or word.lower() in table or word.lower() in english:
                continue
            found = {name for d in _deletions(key) for k, name in by_deletion.get(d, ()) if one_edit(key, k)}
            if len(found) != 1:
                continue
            if affiliations is None:
                affiliations = [a.span for a in doc.affiliations]
            if any(a.start <= m.start() < a.end for a in affiliations):
                continue  # "(Itlay, SOC)": S014 reports the affiliation's country
            tok = Token(word, m.start(), m.end(), False)
            if not usable(doc, tok) or word.lower() in name_words(doc):
                continue
            if language == "en" and foreign_sentence(doc, m.start()):
                continue
            if cut_off_word(text, m.end(), fold(word), language):
                continue  # "… its monitoring efforts on Azerbaija": the copy ends there
            country = next(iter(found))
            yield Problem(
                Span(m.start(), m.end()),
                f"misspelled {'country' if country not in PLACES else 'place'} name '{word}': did you mean '{country}'?",
                Fix(country, "unsafe"),
            )
