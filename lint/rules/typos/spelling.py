"""T002 misspellings (codespell's dictionary, and unknown words one edit from a common word)
and T003 repeated words."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from weakref import WeakKeyDictionary

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ...names.folding import one_edit
from ...parse.prose import SpanSet
from ...words import begins_a_word, frequencies, is_known_word
from ..base import rule
from .nearmiss import MIN_LENGTH, SHORT_SWAP_LENGTH, suggestions
from .nearmiss import TARGET as NEAR_TARGET
from .splitword import split_fragment
from .tokens import Token, capitalised, foreign_sentence, joined, name_words, tokens, usable

# A dictionary key this common (Zipf) is also a real word ("chanel", "claus", "nam"):
# trust it only when the correction just adds an apostrophe or a space ("didnt", "ofthe").
REAL_WORD = 3.3
COMMON = 5.0  # above this no codespell key occurs ("thats" is 4.5): skip the lookup
# A capitalised key this common (Zipf) may be a place or a name ("Herat", "Linz", "Handel"):
# trusted inside a sentence only when the document uses the correction too.
NAME_LIKE = 2.0
MIN_INSIDE = 5  # shorter capitalised keys are names and acronyms as often as slips ("Dito", "Toom")


def _match_case(word: str, fix: str) -> str:
    if word.isupper() and len(word) > 1:
        return fix.upper()
    if word[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


@rule("T002", "misspelling", Severity.ERROR, languages=("en", "fr"), fixable=True)
def misspelling(doc, ctx):
    """
    ## What it does
    Finds misspelt words, two ways:

    - words that codespell's maintained misspelling dictionary lists with a single,
      unambiguous correction ("goverment" → "government", "untill" → "until"), in lower
      case, at the start of a sentence, or capitalised inside one ("the Parliamentary
      Assembley") when the word is no part of a person's name in the document;
    - lower-case words of 5 letters or more (7 for the capitalised first word of a
      sentence) that are no English word at all (absent from wordfreq's large list of
      ~300,000 words) nor French, one letter deleted, inserted, replaced or two letters
      swapped away from a common English word ("prisonners" → "prisoners", "democarcy" →
      "democracy", "snice" → "since"). A regular formation of a word in use ("readding",
      "undefine") is left alone, but not a suffix no English word takes ("resolveed",
      "documentss", "shoald"). Quotations are prose; quoted titles are not checked.
    - a capitalised word inside a sentence that no word list knows, one edit from a
      common word the text itself writes capitalised: "the Ceuncil of Europe" in a text
      that says "Council" elsewhere (a capitalised word right before another, where a
      given name stands, is left alone);
    - a capitalised word in no word list, one edit from a word of an institution's name
      when the rest of the name stands around it ("the Ceuncil of Europe", "Council of
      Europw", "Committee of Minsiters": lint/data/institutions.yaml), or from a surname
      the text names and writes twice ("Sentsoc ended up…" after "Oleg Sentsov");
    - a four-letter word that is a very common word with two letters swapped ("siad").

    In both languages, a capitalised word one edit from exactly one country name of the
    text's language ("Azerbajan", "Ukriane", "Hungery"; "Allemange" in French) is a
    misspelt country, unless it is a word of the language or a name the document gives a
    person; in English texts the genre's other places count too (Strasbourg, Transnistria,
    the member states' capitals).

    In a French text only the second check runs, against French: a lower-case word of 5 letters or more
    in neither the French nor the English lists, one edit (accented letters included) from
    a common French word ("répresion" → "répression", "prisonners" → "prisonniers"). A
    slip of accents alone is reported only in a text written with its accents.

    Names, words in capitals, URLs, e-mail addresses, hashtags, quoted titles, pieces of a
    split word ("govern ment"), the last word of a cut-off paragraph and an unknown word
    the document uses more than once (a term, not a slip) are left alone.

    ## Why is this bad?
    A misspelling in a published declaration undermines its authority and breaks search.
    The dictionary's fix is safe: it gives exactly one correction. A near miss gets an
    unsafe fix when one common word is one edit away, and no fix when several are
    ("signatores": signatures or signatories?).

    ## Example
    ```text
    We call on the goverment to release all political prisoners untill the elections.
    ```

    ```text
    The Parliamentary Assembley called for the release of political prisonners.
    ```

    ```text
    L'Assemblée parlementaire condamne la répresion des défenseurs des droits de l'homme.
    ```

    ```text
    The Assembly is concerned about the situation in Azerbajan and Ukriane.
    ```

    ## Use instead
    ```text
    We call on the government to release all political prisoners until the elections.
    The Parliamentary Assembly met Ms Ann Herat; the antigovernment protests were peaceful.
    ```
    """
    from .places import country_slips

    countries_ = list(country_slips(doc))
    yield from countries_
    taken = {p.span.start for p in countries_}  # "Hungery": the country, not "hungry"
    if doc.language == "fr":
        yield from _french(doc)
        return
    from ...words import zipf
    from .dictionary import correction
    from .runtogether import split

    text = doc.text
    yield from _shift_slips(doc)
    for tok in [*tokens(doc), *capitalised(doc)]:
        word = tok.text
        if len(word) < 3 or tok.start in taken:
            continue
        key = word.lower().replace("’", "'")
        frequency = zipf(key)
        if frequency >= COMMON:
            continue  # "the", "and": never a dictionary key, and the most frequent tokens
        inside = word[0].isupper() and not tok.sentence_start  # capitalised inside a sentence
        fix = correction(key)
        if fix is not None and cut_off_word(text, tok.end, key):
            continue  # "… to preven": the copy ends there
        if fix is not None:
            if frequency >= REAL_WORD and not ("'" in fix or " " in fix):
                continue
            if inside and (
                len(word) < MIN_INSIDE
                or (frequency >= NAME_LIKE and not _uses(text, fix))
                or zipf(key, "fr") >= REAL_WORD
            ):
                continue  # "Herat", "Linz", "Gost", "Somme": places and names, not slips
            if not usable(doc, tok) or split_fragment(doc, tok.start, tok.end):
                continue  # "govern ment": T011 joins the pieces; "ment" → "meant" would be wrong
            if word[0].isupper() and key in name_words(doc):
                continue
            if foreign_sentence(doc, tok.start):
                continue  # "necessitem el teu suport": Catalan, not a slip of "support"
            fixed = _match_case(word, fix)
            yield Problem(
                Span(tok.start, tok.end),
                f"misspelled word '{word}': did you mean '{fixed}'?",
                Fix(fixed, "safe"),
            )
            continue
        if frequency == 0 and word[:1].isupper() and "'" not in key:
            slip = _phrase_slip(doc, tok, key) or _surname_slip(doc, tok, key)
            if slip is not None:
                yield slip
                continue
        if inside and frequency == 0 and "'" not in key:
            meant, why = _capitalised_slip(doc, word, key), ", as the text writes elsewhere"
            if meant is None:
                meant, why = _long_capitalised_slip(doc, tok, key), ""
            if (
                meant is not None
                and not cut_off_word(text, tok.end, key)
                and not (why and _GIVEN_NAME_PLACE.match(text, tok.end))  # short slips only
                and usable(doc, tok)
                and not split_fragment(doc, tok.start, tok.end)
                and key not in name_words(doc)
                and not foreign_sentence(doc, tok.start)
                and not any(a.span.start <= tok.start < a.span.end for a in doc.affiliations)
            ):  # "(Itlay, SOC)" is S014's
                yield Problem(
                    Span(tok.start, tok.end),
                    f"unknown word '{word}': did you mean '{meant}'{why}?",
                    Fix(meant, "unsafe"),
                )
            continue
        if inside or "'" in key or (frequency > 0 and len(key) > SHORT_SWAP_LENGTH):
            continue  # a short word the table lists may still be a swap ("siad")
        if len(word) < (MIN_LENGTH if word[0].isupper() else SHORT_SWAP_LENGTH):
            if not (tok.sentence_start and len(word) >= SHORT_SWAP_LENGTH):
                continue
            # a short first word of a sentence: only a slip of a very common word ("Scuh",
            # "Ensuer"), and no word or name of its own
            if not _FIRST_WORD_THEN_PROSE.match(text, tok.end):
                continue  # "Begaj, Albania, SOC": a surname heading a list line, not a sentence
            found = tuple(w for w in suggestions(key) if zipf(w) >= FIRST_WORD_TARGET)
            if len(found) != 1 or is_known_word(key) or key in name_words(doc):
                continue
        else:
            found = suggestions(key)
        if not found or not usable(doc, tok) or split_fragment(doc, tok.start, tok.end):
            continue
        if cut_off_word(text, tok.end, key):
            continue  # "… is completely ignori": the copy ends there
        if split(key, zipf) is not None:
            continue  # T001's run-together words ("torelease")
        if _uses(text, word, times=2):
            continue  # a term the document uses again ("manpage"), not a slip
        if word[0].isupper() and key in name_words(doc):
            continue
        if foreign_sentence(doc, tok.start):
            continue
        shown = [_match_case(word, w) for w in found]
        if len(shown) == 1:
            message, fix_ = f"unknown word '{word}': did you mean '{shown[0]}'?", Fix(shown[0], "unsafe")
        else:
            alternatives = " or ".join(f"'{w}'" for w in shown)
            message, fix_ = f"unknown word '{word}': did you mean {alternatives}?", None
        yield Problem(Span(tok.start, tok.end), message, fix_)


def _french(doc):
    """T002 in a French text: unknown words one edit from a common French word."""
    from . import nearmiss_fr

    text = doc.text
    accents = None
    for span in doc.prose_spans:
        for m in nearmiss_fr.WORD.finditer(text, span.start, span.end):
            word = m.group()
            found = nearmiss_fr.suggestions(word)
            if not found:
                continue
            tok = Token(word, m.start(), m.end(), False)
            if not usable(doc, tok) or split_fragment(doc, tok.start, tok.end) or _cut_off(text, tok.end):
                continue
            if foreign_sentence(doc, tok.start):
                continue  # "invia questo testo": Italian page furniture, not a French slip
            if _uses(text, word, times=2):
                continue  # a term the document uses again, not a slip
            if all(nearmiss_fr.accent_only(word, w) for w in found):
                if accents is None:
                    accents = nearmiss_fr.writes_accents(doc)
                if not accents:
                    continue  # a text typed without accents: not one slip
            if len(found) == 1:
                message, fix_ = (
                    f"unknown French word '{word}': did you mean '{found[0]}'?",
                    Fix(found[0], "unsafe"),
                )
            else:
                alternatives = " or ".join(f"'{w}'" for w in found)
                message, fix_ = f"unknown French word '{word}': did you mean {alternatives}?", None
            yield Problem(Span(tok.start, tok.end), message, fix_)


_CAPITALISED_WORDS: WeakKeyDictionary = WeakKeyDictionary()
_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
MIN_CAPITALISED_SLIP = 5  # "Staets", "Europw"; shorter capitalised words are names and codes
# A capitalised word before another (a space, then a capital) stands where a given name
# does ("Nadiia Savchenko"): a romanisation, not a slip of "Nadia".
_GIVEN_NAME_PLACE = re.compile(r"[ \u00a0]+[A-Z]")


def _capitalised_slip(doc, word: str, key: str) -> str | None:
    """The capitalised word ``word`` (inside a sentence, in no word list) is one edit from
    exactly one common word that the text itself writes capitalised: "the Ceuncil of
    Europe" where the text says "Council" elsewhere. A name one edit from a common word
    ("Bakker") is in the large list, or never meets its word capitalised in the text.

    Names are most of the capitalised words a text has, so the candidates come from the
    text's own capitalised common words of the same first letter and a length one apart,
    not from the edits of every name."""
    if len(word) < MIN_CAPITALISED_SLIP or not (word[0].isupper() and word[1:].islower() and word.isascii()):
        return None
    found = set(_one_edit_entries(_capitalised_index(doc), key))
    if len(found) != 1 or is_known_word(key, "en") or key in frequencies("fr"):
        return None
    return next(iter(found)).capitalize()


# Two capitals, then small letters: the shift key held a letter too long ("THe", "TRhis",
# "ESurope"). Acronyms with a plural or a small letter inside (MPs, NGOs, ECtHR) do not fit.
_SHIFT_SLIP = re.compile(r"(?<![\w'’@#/.\-])[A-Z]{2}[a-z]{2,}(?![\w'’\-])")
SHIFT_WORD = 3.0  # the word meant is this common (Zipf)


def _shift_slips(doc):
    text = doc.text
    if _SHIFT_HINT.search(text) is None:
        return
    en = frequencies("en")
    for span in doc.prose_spans:
        for m in _SHIFT_SLIP.finditer(text, span.start, span.end):
            word = m.group()
            meant = None
            if en.get(word.lower(), 0.0) >= SHIFT_WORD:
                meant = word[0] + word[1:].lower()  # "THe", "ASsembly"
            elif en.get(word[0].lower() + word[2:], 0.0) >= SHIFT_WORD:
                meant = word[0] + word[2:]  # a capital typed in: "TRhis", "ESurope"
            tok = Token(word, m.start(), m.end(), False)
            if meant is None or not usable(doc, tok):
                continue
            yield Problem(
                Span(m.start(), m.end()),
                f"misspelled word '{word}': did you mean '{meant}'?",
                Fix(meant, "unsafe"),
            )


_SHIFT_HINT = re.compile(r"[A-Z]{2}[a-z]{2}")
FIRST_WORD_TARGET = 4.5  # a short capitalised first word is a slip of a word this common (Zipf)
# ... followed by a lower-case word, as a sentence goes on (a name is followed by a name,
# a comma or a bracket)
_FIRST_WORD_THEN_PROSE = re.compile(r" [a-z]{2,}")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z]+[ \u00a0]$")
LONG_CAPITALISED = 8  # a capitalised word this long one edit from a common word ...
LONG_CAPITALISED_TARGET = 4.0  # ... this common ("the Draft Convwntion", "Internatonal")


def _long_capitalised_slip(doc, tok, key: str) -> str | None:
    """A long capitalised word inside a sentence, in no word list, one edit from exactly
    one common word, within a title-case name: "the Draft Convwntion on", "the Internatonal
    Federation". Names this long are rarely one edit from a common word that keeps their
    first letter; a capitalised word standing alone is taken for a name all the same."""
    if len(key) < LONG_CAPITALISED or key in frequencies("fr"):
        return None
    text = doc.text
    if not (
        _CAPITALISED_BEFORE.search(text, max(0, tok.start - 40), tok.start)
        or _GIVEN_NAME_PLACE.match(text, tok.end)
    ):
        return None  # alone ("They met Oppositon"): a name, as far as anyone can tell; in a title-case name, a word
    found = [w for w in suggestions(key) if frequencies("en").get(w, 0.0) >= LONG_CAPITALISED_TARGET]
    return found[0].capitalize() if len(found) == 1 else None


MIN_PHRASE_WORD = 4  # words of an institution's name whose slips are judged


@lru_cache(maxsize=1)
def _phrase_index() -> dict[tuple[str, int], list[tuple[tuple[str, ...], int]]]:
    """(first letter, length) -> (name's words, position) for every capitalised word of
    the institutions' names (lint/data/institutions.yaml)."""
    from ...refdata import load_data

    index: dict = {}
    for phrase in load_data("institutions.yaml")["phrases"]:
        words = tuple(phrase.split())
        for i, w in enumerate(words):
            if len(w) >= MIN_PHRASE_WORD and w[0].isupper() and w.isalpha():
                index.setdefault((w[0].lower(), len(w)), []).append((words, i))
    return index


def _phrase_slip(doc, tok, key: str) -> Problem | None:
    """A capitalised word in no word list, one edit from a word of an institution's name,
    with the rest of the name around it: "the Ceuncil of Europe", "Council of Europw"."""
    text = doc.text
    for words, i in _one_edit_entries(_phrase_index(), key, lambda entry: entry[0][entry[1]]):
        before, after = " ".join(words[:i]), " ".join(words[i + 1 :])
        if before and _words_before(text, tok.start, i) != before:
            continue
        if after and _words_after(text, tok.end, len(words) - i - 1) != after:
            continue
        if not usable(doc, tok) or is_known_word(key, "en"):
            return None
        return Problem(
            Span(tok.start, tok.end),
            f"misspelled word '{tok.text}': did you mean '{words[i]}' ({' '.join(words)})?",
            Fix(words[i], "unsafe"),
        )
    return None


def _words_before(text: str, pos: int, count: int) -> str:
    return " ".join(text[max(0, pos - 80) : pos].split()[-count:]) if count else ""


def _words_after(text: str, pos: int, count: int) -> str:
    words = text[pos : pos + 120].split()[:count]
    if words:
        words[-1] = words[-1].rstrip(".,;:!?)\"”’'»")
    return " ".join(words)


MIN_SURNAME_SLIP = 5  # letters of a surname whose slips are judged ("Sentsoc"; not "Dink")
_SURNAMES: WeakKeyDictionary = WeakKeyDictionary()


def _surname_slip(doc, tok, key: str) -> Problem | None:
    """A capitalised word in no word list, one edit from a surname the document names
    and writes at least twice, and no name of its own: "Sentsoc ended up in prison" after
    "Oleg Sentsov … Sentsov was sentenced". A sentence's first word is no name mention (a
    bare capitalised word there may be any word), so N002 cannot see this slip."""
    word = tok.text
    if len(word) < MIN_SURNAME_SLIP or not word[1:].islower():
        return None
    surnames, covered = _document_surnames(doc)
    found = _one_edit_entries(surnames, key)
    if len(found) != 1 or tok.start in covered:
        return None  # a mention's own word: N002 compares it with the others
    meant = found[0]
    if _uses(doc.text, word, times=2) or not _uses(doc.text, meant, times=2):
        return None  # a name of its own; or a surname named once, no evidence against another spelling
    if is_known_word(key, "en") or cut_off_word(doc.text, tok.end, key):
        return None
    if not usable(doc, tok) or foreign_sentence(doc, tok.start):
        return None
    return Problem(
        Span(tok.start, tok.end),
        f"unknown word '{word}': did you mean '{meant}', the surname the text writes elsewhere?",
        Fix(meant, "unsafe"),
    )


def _document_surnames(doc):
    """(first letter, length) -> the surnames of the document's name mentions and
    signatories (title case), and the start offsets of their words."""
    cached = _SURNAMES.get(doc)
    if cached is None:
        names = set()
        covered = set()
        fields = [(m.surname, m.given) for m in doc.mentions]
        fields += [
            (s.surname, (s.given,) if s.given is not None else ()) for s in doc.signatories if s.surname
        ]
        for surname, given in fields:
            text = surname.text
            if " " not in text and text.isalpha():
                names.add(text.capitalize())
            covered.add(surname.span.start)
            covered.update(g.span.start for g in given)
        index: dict = {}
        for name in names:
            if len(name) >= MIN_SURNAME_SLIP:
                index.setdefault((name[0].lower(), len(name)), []).append(name)
        cached = _SURNAMES[doc] = (index, covered)
    return cached


def _one_edit_entries(index: dict, key: str, word=lambda entry: entry) -> list:
    """The entries of a (first letter, length) index whose ``word`` is one edit from the
    lower-case ``key``: only words of its first letter and a length one apart can be."""
    n = len(key)
    return [
        e
        for size in (n - 1, n, n + 1)
        for e in index.get((key[0], size), ())
        if one_edit(word(e).lower(), key)
    ]


def _capitalised_index(doc) -> dict[tuple[str, int], list[str]]:
    """(first letter, length) -> the common words the text writes capitalised."""
    index = _CAPITALISED_WORDS.get(doc)
    if index is None:
        en = frequencies("en")
        index = {}
        for w in {w.lower() for w in _TITLE_WORD.findall(doc.text)}:
            if len(w) >= MIN_CAPITALISED_SLIP - 1 and en.get(w, 0.0) >= NEAR_TARGET:
                index.setdefault((w[0], len(w)), []).append(w)
        _CAPITALISED_WORDS[doc] = index
    return index


def _uses(text: str, word: str, times: int = 1) -> bool:
    """``word`` occurs in ``text`` as a word, in any case, at least ``times`` times."""
    if _WORD_CHARS.fullmatch(word):
        return _word_counts(text)[word.lower()] >= times  # one pass per text, not per word
    found = re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    return sum(1 for _ in itertools.islice(found, times)) == times


_WORD_CHARS = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _word_counts(text: str) -> Counter:
    return Counter(_WORD_CHARS.findall(text.lower()))


_CUT_OFF = re.compile(r"[ \t]*(?:\r?\n[ \t]*\r?\n|\r?\n?[ \t]*\Z)")


def _cut_off(text: str, end: int) -> bool:
    """The word ending at ``end`` ends its paragraph without punctuation: a cut-off text
    ("… no real progre"), not a misspelling."""
    return _CUT_OFF.match(text, end) is not None


def cut_off_word(text: str, end: int, key: str, language: str = "en") -> bool:
    """The word ``key`` ending at ``end`` is where a copy was cut: it ends its paragraph
    without punctuation and begins a longer word ("… is completely ignori", "… to
    preven"). A heading's last word ends its paragraph too, but is whole."""
    return _cut_off(text, end) and begins_a_word(key, language)


CAPITAL_REPEAT = 3.5  # a capitalised word repeated is a slip when this common ("Council Council")
# The second word must end there: "three three-year terms" repeats no word.
_REPEAT = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b(?![-\u2010\u2011])", re.IGNORECASE)
# Legitimate doubles: "that that", "had had"; French reflexives "nous nous", "vous vous".
ALLOWED_REPEATS = frozenset("that had nous vous".split())
# ... but "that that" before a determiner or a subject pronoun is a slip: the second
# "that" (a demonstrative: "that that decision", "that that is") cannot stand there.
_AFTER_THAT_THAT = re.compile(
    r"\s+(?:the|a|an|these|those|this|his|her|its|our|their|my|your|he|she|we|they|i|you|it)\b",
    re.IGNORECASE,
)
# A capitalised word glued to a copy of itself ("Oleg SentsovSentsov"): a paste slip. Halves
# of three letters are brand names often enough (TomTom, BonBon) to be left alone.
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
GLUED_MIN_HALF = 4


def _glued_double(word: str) -> str | None:
    """The half of a word that is a capitalised word written twice, or None."""
    if len(word) % 2:
        return None
    half = word[: len(word) // 2]
    if half != word[len(half) :] or not (half[0].isupper() and half[1:].islower()):
        return None
    return half


@rule("T003", "repeated-word", Severity.ERROR, fixable=True)
def repeated_word(doc, ctx):
    """
    ## What it does
    Finds a word written twice in a row ("the the"), ignoring case, and a capitalised
    word glued to a copy of itself ("Oleg SentsovSentsov", halves of four letters or
    more). Doubled names ("Bora Bora"), the grammatical "that that" ("that that decision")
    and "had had", and a word before a compound that starts with it ("three three-year
    terms") are not findings; "that that" before a determiner or a subject pronoun ("mean
    that that the other violations") is.

    ## Why is this bad?
    A doubled word is an editing slip that readers notice at once. The fix (unsafe:
    check the sentence) deletes the second occurrence.

    ## Example
    ```text
    We call on the the authorities to release all political prisoners.
    ```

    ```text
    We call for the release of Oleg SentsovSentsov and other prisoners.
    ```

    ```text
    It does not mean that that the other violations are acceptable.
    ```

    ## Use instead
    ```text
    We call on the authorities to release all political prisoners.
    He said that that decision was unlawful.
    The reform allows three three-year terms.
    We call for the release of Oleg Sentsov; the TomTom plant closed.
    ```
    """
    from ...words import zipf

    text = doc.text
    protected = SpanSet(doc.protected_spans)
    for span in doc.prose_spans:
        for m in _REPEAT.finditer(text, span.start, span.end):
            first, second = m.group(1), m.group(3)
            if "\n\n" in m.group(2):
                continue
            slip = first.lower() == "that" and _AFTER_THAT_THAT.match(text, m.end(), span.end)
            if first.lower() in ALLOWED_REPEATS and not slip:
                continue  # "that that decision", "had had"; not "that that the"
            if second[:1].isupper() and not (first == second and zipf(first.lower()) >= CAPITAL_REPEAT):
                continue  # "Bora Bora", a name; or the start of a new sentence; not "the Mediterranean Mediterranean"
            if protected.overlaps(m.start(), m.end()):
                continue
            yield Problem(
                Span(m.end(1), m.end(3)),
                f"repeated word '{second}'",
                Fix("", "unsafe"),
            )
        for m in _LONG_WORD.finditer(text, span.start, span.end):
            half = _glued_double(m.group())
            if half is None or len(half) < GLUED_MIN_HALF:
                continue
            if joined(text, m.start(), m.end()) or protected.overlaps(m.start(), m.end()):
                continue  # a file name, a code, a URL
            yield Problem(
                Span(m.start(), m.end()),
                f"'{half}' written twice without a space: '{m.group()}'",
                Fix(half, "unsafe"),
            )
