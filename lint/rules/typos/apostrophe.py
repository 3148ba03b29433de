"""T010: a possessive that lost its apostrophe ("Russias annexation", "the mens rights",
"Turkey s delegation")."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ...parse.prose import SpanSet
from ..base import rule

# "Russias annexation": a capitalised word ending in s, then a lower-case word.
_NAME_S = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{3,})s (?=([a-z]{3,})\b)")
# A possessive "Xs" is rare as a word of its own; a surname or plural that happens to end
# in s (Evans, Williams, Frances, the Americas) is common in the frequency list.
POSSESSIVE_MAX_ZIPF = 2.5
# Words that follow a surname as its verb or a conjunction, not as a possessed noun.
_NOT_POSSESSED = frozenset(
    """and but nor for yet was were are has had have will would shall should can could may
    might must did does not also who whom whose which that than then said says told added
    asked urged wrote noted stated spoke met went left came became remains remained
    continues continued says believes thinks argues claims insists warns explains says
    recalls adds notes writes stresses calls recalled called argued claimed insisted
    warned explained stressed in on at by of to from with into across under over living
    who the a an""".split()
)
# Words after which "Xs" is a plural, not a possessive ("the Kolchenkos were", "both
# Koreas").
_PLURAL_BEFORE = frozenset("the both two three four all these those".split())
# Plurals of nouns of people that are not words without the apostrophe.
_PLURAL_POSSESSIVES = {"mens": "men's", "womens": "women's", "childrens": "children's"}
_PLURAL_S = re.compile(r"\b(?:mens|womens|childrens)\b(?= [A-Za-z]{3,})")
_LATIN_AFTER_MENS = frozenset("rea sana".split())
# "Turkey s Republican": the apostrophe turned into a space.
_LONE_S = re.compile(r"(?<=[A-Za-z]{2}) s (?=[A-Za-z]{2})")


_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Sir|Lord|Senator|President|Minister|M\.|Mme)\.?"


def _owner(text: str, stem: str) -> bool:
    """``stem`` can own something: a country, or a surname the document writes after a
    given name or an honorific ('Oleksandr Kolchenko', 'Mr Kolchenko'). A demonym
    ('Kazakhs living in …', after 'Kazakh authorities') is neither."""
    from ...refdata import countries

    if countries().lookup(stem) is not None:
        return True
    name = re.escape(stem)
    given = rf"(?:(?<=[a-z,;] )[A-Z][a-z]+|{_HONORIFIC}) {name}(?![\w'’-])"
    return re.search(given, text) is not None


def _apostrophe(text: str) -> str:
    """The document's own apostrophe: typographic unless it writes straight ones."""
    return "'" if text.count("'") > text.count("’") else "’"


def _word_before(text: str, start: int, floor: int) -> str:
    before = text[max(floor, start - 30) : start].split()
    return before[-1] if before else ""


# French elisions: l', d', j', n', s', c', t', m' and qu' before a vowel or a mute h. None
# of these letters is a French word of its own, so one standing before such a word lost its
# apostrophe to a space ("l Assemblée") or to nothing ("lAssemblée").
_FR_VOWEL = "aeiouyhàâäéèêëîïôöùûüœæ"
_FR_ELIDED_SPACE = re.compile(
    rf"(?<![\w'’.\-])(qu|Qu|[ldjnsctmLDJNSCTM]) (?=([{_FR_VOWEL}{_FR_VOWEL.upper()}][\w’'-]*))"
)
_FR_ELIDED_GLUED = re.compile(rf"(?<![\w'’.\-])(qu|[ldjnsctm])(?=[{_FR_VOWEL.upper()}][a-zà-ÿ]{{2}})")
# "c et d", "a ou b": letters of an enumeration, not elisions.
_FR_NOT_ELIDED = frozenset({"et", "ou"})
# ... and glued in lower case, which only the word lists tell apart: "larticle", "dun",
# "nengage que", "na pas" (a negation after n' vouches for it).
_FR_ELIDED_LOWER = re.compile(rf"(?<![\w'’.\-])(qu|[ldjnc])([{_FR_VOWEL}][a-zà-ÿ]*)(?![\w'’\-])")
_FR_NEGATION = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:pas|plus|jamais|rien|que|qu['’]|guère|point|aucune?|personne)\b"
)
_FR_ELIDED_WORD = 3.0  # the word after the lost apostrophe is this common (Zipf, French)
# n' lost before the commonest verbs, which web text writes so often that the lists know them
_FR_N_SLIPS = frozenset("na nest nont nen ny navait nétait".split())
_FR_GLUED_RARE = 2.6  # ... and the glued form this rare ("dautres" 2.5; "dune" 3.6, "lune" 4.6)


def _french_elisions(doc, protected: SpanSet, apo: str):
    from ...words import is_known_word, zipf

    text = doc.text
    for span in doc.prose_spans:
        for m in _FR_ELIDED_SPACE.finditer(text, span.start, span.end):
            letter, word = m.group(1), m.group(2)
            if word.lower() in _FR_NOT_ELIDED:
                continue  # an enumeration
            if (
                word[0].isupper()
                and letter[0].isupper()
                and (letter not in ("L", "D") or zipf(word, "fr") < 3.0)
            ):
                continue  # an initial without its full stop ("J Smith"), not "L Assemblée"
            before = text[max(span.start, m.start() - 12) : m.start()].rstrip()
            if before[-1:].isdigit():
                continue  # a unit: "100 m au-dessus", "10 s avant"
            if protected.overlaps(m.start(), m.end()):
                continue
            yield Problem(
                Span(m.start(), m.end()),
                f"'{letter} {word}': an elision without its apostrophe ('{letter}{apo}{word}'?)",
                Fix(f"{letter}{apo}", "unsafe"),
            )
        for m in _FR_ELIDED_LOWER.finditer(text, span.start, span.end):
            letter, rest = m.group(1), m.group(2)
            glued = m.group()
            if zipf(rest, "fr") < _FR_ELIDED_WORD or protected.overlaps(m.start(), m.end()):
                continue
            if letter == "n":
                if not _FR_NEGATION.match(text, m.end()):
                    continue  # n' needs its negation: "nos", "nul" are words
                if glued not in _FR_N_SLIPS and zipf(glued, "fr") >= _FR_GLUED_RARE:
                    continue  # "ne … pas", "non plus"
            elif len(rest) < 3 or zipf(glued, "fr") >= _FR_GLUED_RARE or is_known_word(glued, "en"):
                continue  # "lune", "dune", "lors": words of their own (web text has "larticle" too)
            if letter == "c" and rest[0] not in "eéè":
                continue  # c' elides only before est, était …
            yield Problem(
                Span(m.start(), m.start() + len(letter)),
                f"'{glued}': an elision without its apostrophe ('{letter}{apo}{rest}'?)",
                Fix(f"{letter}{apo}", "unsafe"),
            )
        for m in _FR_ELIDED_GLUED.finditer(text, span.start, span.end):
            if protected.overlaps(m.start(), m.end() + 1):
                continue
            letter = m.group(1)
            word = re.match(r"[\w’'-]+", text[m.end() : m.end() + 40]).group()
            if not is_known_word(word.lower(), "fr"):
                continue  # "dÈputÈ" is mojibake (T009), not "d'ÈputÈ"; "lAssemblée" is an elision
            yield Problem(
                Span(m.start(), m.end()),
                f"'{letter}{word}': an elision without its apostrophe ('{letter}{apo}{word}'?)",
                Fix(f"{letter}{apo}", "unsafe"),
            )


@rule("T010", "missing-apostrophe", Severity.WARNING, languages=("en", "fr"), fixable=True)
def missing_apostrophe(doc, ctx):
    """
    ## What it does
    Finds English possessives whose apostrophe was lost, as happens when a page's curly
    apostrophes are stripped: a country, or a surname the document writes after a given
    name or an honorific, plus an s, before a lower-case noun ("after Russias annexation", "Sentsov and Kolchenkos
    complaints"); "the mens rights", "womens", "childrens"; and an s standing alone
    after a word ("Turkey s delegation"). Common words ending in s (Evans, Frances, the
    Americas), demonyms ("Kazakhs living abroad"), a name after a capitalised word
    ("Mr Evans", "Willem Willems"), plurals after "the" or "both", and verbs or
    prepositions after the name ("Kolchenkos said") are not judged.

    In French texts it finds elisions that lost their apostrophe: l', d', j', n', s', c',
    t', m' or qu' before a vowel or a mute h, followed by a space ("l homme", "qu il",
    "L Assemblée") or by nothing ("lAssemblée"); glued in lower case, where only the word
    lists tell "larticle" (l'article) and "dautres" from "lune" and "dune", the glued form
    must be rare and the word after the letter common; n' needs its negation ("na pas",
    "nengage que"). None of these letters is a word of its own; units after a number
    ("100 m au-dessus") and enumerations ("c et d") are left alone.

    ## Why is this bad?
    The sentence now says something else or nothing at all, and search for the name
    misses it. The fix (unsafe: check the sentence) restores the apostrophe.

    ## Example
    ```text
    Russia invaded Crimea. Four opponents of Russias annexation of Crimea were arrested.
    ```

    ```text
    The mens rights were violated, said the head of Turkey s delegation.
    ```

    ```text
    L'Assemblée rappelle que la délégation de lAssemblée s est rendue à Bakou.
    ```

    ## Use instead
    ```text
    Russia invaded Crimea. Four opponents of Russia’s annexation of Crimea were arrested.
    Mr Evans met Willem Willems; the Kolchenkos were present. Evan Evans said so.
    Kazakh authorities detained ethnic Kazakhs living in Almaty.
    The men's rights and the mens rea of the accused; see annex s 3.
    ```

    ```text
    L'Assemblée rappelle que la délégation s'est rendue à 100 m au-dessus des points c et d.
    ```
    """
    from ...words import zipf

    text = doc.text
    protected = SpanSet(doc.protected_spans)
    apo = _apostrophe(text)
    if doc.language == "fr":
        yield from _french_elisions(doc, protected, apo)
        return
    for span in doc.prose_spans:
        for m in _NAME_S.finditer(text, span.start, span.end):
            stem, noun = m.group(1), m.group(2)
            word = stem + "s"
            if noun in _NOT_POSSESSED or noun.endswith(("ed", "ly")):
                continue
            prev = _word_before(text, m.start(), span.start)
            if prev[:1].isupper() or prev.lower() in _PLURAL_BEFORE:
                continue
            if zipf(word.lower()) >= POSSESSIVE_MAX_ZIPF or not _owner(text, stem):
                continue
            if protected.overlaps(m.start(), m.end()):
                continue
            yield Problem(
                Span(m.start(1), m.start(1) + len(word)),
                f"'{word} {noun}' reads as a possessive without its apostrophe: '{stem}{apo}s'?",
                Fix(f"{stem}{apo}s", "unsafe"),
            )
        for m in _PLURAL_S.finditer(text, span.start, span.end):
            after = text[m.end() + 1 : m.end() + 12].split()[0]
            if m.group() == "mens" and after.lower() in _LATIN_AFTER_MENS:
                continue
            if protected.overlaps(m.start(), m.end()):
                continue
            fixed = _PLURAL_POSSESSIVES[m.group()].replace("'", apo)
            yield Problem(
                Span(m.start(), m.end()),
                f"'{m.group()}' is the possessive '{fixed}' without its apostrophe",
                Fix(fixed, "unsafe"),
            )
        for m in _LONE_S.finditer(text, span.start, span.end):
            if protected.overlaps(m.start(), m.end()):
                continue
            yield Problem(
                Span(m.start(), m.start() + 2),
                "a lone 's' after a word: a possessive whose apostrophe became a space",
                Fix(f"{apo}s", "unsafe"),
            )
