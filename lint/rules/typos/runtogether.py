"""T001: two words written as one ("torelease", "forthe")."""

from __future__ import annotations

import re
from collections import Counter

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ..base import rule
from . import nearmiss_fr
from .tokens import Token, foreign_sentence, tokens, usable

# Closed-class words that typing most often glues to a neighbour: a word never starts
# with them by accident (unlike "in", "on", "at", "be", "as", which begin many words).
LEADING = frozenset(
    """to the of and for with from that this these those their which will would should must
    has have were not also than they them been""".split()
)
# ... and that a word rarely ends with by accident (unlike "on", "in", "as", "is", "it").
TRAILING = frozenset("the and of for to with from that this their which".split())
FUNCTION_WORDS = (
    LEADING | TRAILING | frozenset("in on at by is are was as or it its his her our we such but".split())
)
# Heads and prefixes of real closed compounds (statebuilding, antigovernment).
COMPOUND_PARTS = frozenset(
    """anti non pre post counter over under cyber inter intra multi self semi super ultra mega
    micro macro pseudo socio euro after fore back head hand home work land water news
    building making keeping holder holders based driven owned related oriented wide free like
    less ness ship works site line lines side ward wards house room time point field book ground
    power watch maker makers ability women woman person people member members master board
    books fully space stone street photo video radio extra double cross every there where never
    green black white north south east west single smart light speed sports sport school blood
    front stock waste conference taking holding writing fighting check persons masters abilities
    working telling backing planning learning""".split()
)
MIN_LENGTH = 5
MAX_LENGTH = 40  # two words are never longer; splitting costs time quadratic in the length
CONTENT = 4.8  # two content words must both be this common to be a run-together pair
# ... or this common when both are long ("politicalprisoners"): long words glued together
# are almost never a closed compound.
LONG_CONTENT, LONG_PART = 4.0, 7
RARE = 3.0  # a token at or above this Zipf frequency is a word, not a typo


def split(word: str, zipf) -> tuple[str, str] | None:
    """The best split of an unknown lower-case word into two words, or None.

    - A word present in the frequency list, but rare (web text has "forthe" at Zipf 2.5),
      splits only into two function words: their gluing is never a real compound.
    - A word absent from the list splits into a leading function word and a common word
      ("to" + "release"), a common word and a trailing function word ("release" + "the"),
      or two very common content words of 5 letters or more that are not the usual parts
      of closed compounds ("human" + "rights", not "state" + "building"); two long words
      (7 letters or more) need only be common ("political" + "prisoners").
    """
    own = zipf(word)
    if own >= RARE + 0.5:
        return None
    best, best_score = None, 0.0
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        za, zb = zipf(a), zipf(b)
        both = a in FUNCTION_WORDS and b in FUNCTION_WORDS
        if own > 0:
            ok = both
        elif both:
            ok = True
        elif a in LEADING:
            # a long tail may be rarer ("toimprison", "theunconditional")
            ok = len(b) >= 4 and (
                zb >= (4.5 if a == "for" else 4.0)
                or (len(b) >= LONG_PART and zb >= 3.0)
                or (len(b) >= 8 and zb >= 2.5)
            )
        elif b in TRAILING:
            # a long head may be rarer ("credentialsand")
            ok = len(a) >= 4 and (za >= 4.0 or (len(a) >= LONG_PART + 1 and za >= 3.0))
        elif a in COMPOUND_PARTS or b in COMPOUND_PARTS:
            ok = False
        elif len(a) >= LONG_PART and len(b) >= LONG_PART:
            ok = za >= LONG_CONTENT and zb >= LONG_CONTENT
        else:
            ok = len(a) >= 5 and len(b) >= 5 and za >= CONTENT and zb >= CONTENT
        if ok:
            score = min(za, zb)
            if score > best_score:
                best, best_score = (a, b), score
    return best


@rule("T001", "run-together-words", Severity.WARNING, languages=("en", "fr"), fixable=True)
def run_together(doc, ctx):
    """
    ## What it does
    Finds an unknown lower-case word that is two common words written without the space
    between them ("torelease", "forthe"), using the wordfreq frequency list. Capitalised
    words (names), hyphenated compounds, URLs, e-mail addresses, hashtags and quoted titles
    are never judged, and a rare word splits only when the split is overwhelmingly likely.

    In French texts it finds a French function word glued to a common word, or two long
    common words written as one ("dela" is left to a dictionary; "lesprisonniers",
    "libérationdes", "droitshumains" are found), when the glued form is in neither the
    French nor the English word lists.

    It also finds, in English, a word glued to a capitalised one, which the change of case gives away:
    a function word before it ("thePresident", "ofEurope"), or two capitalised words the
    document also writes apart ("JunquerasCarles" where "Oriol Junqueras" and "Carles
    Puigdemont" appear, "MiddleEast" beside "the Middle East"). Names and brands written
    in one (PowerPoint, YouTube, McDonald: in the word list, or with a short head) and
    the same glued form used twice are left alone. A sentence's first word glued to the
    next ("Theillegal detention") and a country or a common capitalised word glued to the
    word after it ("Azerbaijanadopted", "the Parliamentcondemns", when the text writes
    "Parliament" on its own) are found too; endings that make surnames and place names
    (Chadwick, Greenfield, Fromberg) are not split. In French, a function word glued to a
    capitalised word ("laFédération", "duConseil").

    ## Why is this bad?
    Spell checkers built on misspelling lists (codespell, typos) do not know "torelease",
    so the defect survives into the published text. The fix is unsafe: a person should
    confirm the split.

    ## Example
    ```text
    The MPs demanded the government torelease all political prisoners.
    ```

    ```text
    We call forthe immediate release of all political prisoners.
    ```

    ```text
    L'Assemblée parlementaire demande la libération immédiate de tous lesprisonniers politiques et des journalistes.
    ```

    ```text
    The letter to thePresident of the Commission was signed by Oriol JunquerasCarles and Carles Puigdemont, Oriol Junqueras' ally.
    ```

    ```text
    The Assembly met in Strasbourg. Theillegal detention of journalists continues since Azerbaijanadopted the law.
    ```

    ```text
    L'Assemblée parlementaire demande à laFédération de Russie de libérer les prisonniers politiques qui sont détenus.
    ```

    ## Use instead
    ```text
    The MPs demanded the government to release all political prisoners.
    Kazakhstan must stop the crackdown; the antigovernment protests were peaceful.
    ```
    """
    if doc.language == "fr":
        yield from _french(doc)
        return
    from ...words import frequencies
    from .dictionary import correction

    zipf = frequencies("en").get
    for tok in tokens(doc):
        word = tok.text
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH or "'" in word or "’" in word:
            continue
        if tok.sentence_start:
            found = _sentence_start_glue(doc, tok, zipf)
            if found is not None:
                yield found
            continue
        if zipf(word, 0.0) >= RARE + 0.5:
            continue
        parts = split(word, lambda w: zipf(w, 0.0))
        if parts is None or not usable(doc, tok) or correction(word) is not None:
            continue  # codespell knows "inthe": T002 reports it, with a safe fix
        if foreign_sentence(doc, tok.start):
            continue  # a sentence in another language
        yield _problem(tok.start, tok.end, word, parts)
    yield from _case_glued(doc)
    yield from _capitalised_head_glue(doc, zipf)
    yield from _possessive_glue(doc, zipf)


# A possessive glued to the next word: "Azerbaijan’srights", "the Assembly'sdecision".
_POSSESSIVE_GLUED = re.compile(r"(?<![\w'’@#/.\\-])([A-Za-z][a-z]+['’]s)([a-z]{3,})(?![\w'’\-])")
POSSESSED_COMMON = 3.5  # the word after the possessive is this common (Zipf)


_POSSESSIVE_HINT = re.compile(r"[a-z]['’]s[a-z]{3}")


def _possessive_glue(doc, zipf):
    text = doc.text
    if _POSSESSIVE_HINT.search(text) is None:
        return  # most texts: one scan, no per-word matching
    for span in doc.prose_spans:
        for m in _POSSESSIVE_GLUED.finditer(text, span.start, span.end):
            tail = m.group(2)
            if zipf(tail, 0.0) < POSSESSED_COMMON:
                continue
            found = _english_finding(doc, m.start(), m.end(), m.group(), (m.group(1), tail))
            if found is not None:
                yield found


def _sentence_start_glue(doc, tok: Token, zipf) -> Problem | None:
    """A sentence's first word glued to the next ("Theillegal detention", "Tothe
    authorities"): the glued form is no word, and it splits at a leading function word or
    before a trailing one (two content words at a sentence start may be a name)."""
    from ...words import is_known_word
    from .dictionary import correction
    from .tokens import name_words

    low = tok.text.lower()
    own = zipf(low, 0.0)
    if own >= RARE + 0.5:
        return None
    parts = split(low, lambda w: zipf(w, 0.0))  # a listed word splits only into function words
    if parts is None or not (parts[0] in LEADING or parts[1] in TRAILING):
        return None
    if (own == 0 and is_known_word(low)) or correction(low) is not None or low in name_words(doc):
        return None
    return _english_finding(doc, tok.start, tok.end, tok.text, (parts[0].capitalize(), parts[1]))


# Endings of surnames and place names that are also common words (Chadwick, Fromberg,
# Greenfield): a capitalised word ending so is a name, not a word glued to the next.
NAME_TAILS = frozenset(
    """land field ford wood stone well worth dale more over hill ship side ward town view
    gate port mouth bridge water bury borough house smith berg burg stein mann ville shire
    ham ton son sen man men child wick cliff brook bank banks grove worth lake moor rock
    park holm stad dorf heim hausen feld""".split()
)
HEAD_COMMON = 3.5  # a capitalised head that is a common word ("Parliament", "Council")
MIN_GLUED_HEAD, MIN_GLUED_TAIL = 4, 4


def _capitalised_head_glue(doc, zipf):
    """A capitalised word glued to the lower-case word after it ("Azerbaijanadopted a
    law", "the Parliamentcondemns"): the glued form is in no word list, its head is a
    country or a common word the text writes on its own, and its tail a common word that
    does not end names (Chadwick, Greenfield)."""
    from ...refdata import countries
    from ...words import is_known_word
    from .tokens import capitalised, given_names_list, name_words

    known = countries()
    text = doc.text
    standalone = None
    names = None
    for tok in [t for t in tokens(doc) if t.sentence_start] + capitalised(doc):
        word = tok.text
        low = word.lower()
        if len(word) < MIN_GLUED_HEAD + MIN_GLUED_TAIL or len(word) > MAX_LENGTH or zipf(low, 0.0) > 0:
            continue
        best = None
        for i in range(MIN_GLUED_HEAD, len(word) - 2):
            head, tail = word[:i], word[i:]
            if tail in NAME_TAILS or tail in COMPOUND_PARTS:
                continue
            zt = zipf(tail, 0.0)
            if not (
                (len(tail) >= MIN_GLUED_TAIL and zt >= 4.0)
                or (len(tail) >= 6 and zt >= 3.0)
                or tail in TRAILING
            ):
                continue
            if known.in_language(head, "en"):
                pass  # "Azerbaijanadopted"
            elif zipf(head.lower(), 0.0) < HEAD_COMMON or head.lower() in given_names_list():
                continue
            else:
                if standalone is None:  # the text's words, gathered for the few heads that get here
                    standalone = set(_STANDALONE.findall(text))
                if head not in standalone:
                    continue
            score = min(zipf(head.lower(), 0.0) or 4.0, zipf(tail, 0.0))
            if best is None or score > best[0]:
                best = (score, head, tail)
        if best is None:
            continue
        if names is None:
            names = name_words(doc)
        if is_known_word(low) or low in names:
            continue
        found = _english_finding(doc, tok.start, tok.end, word, (best[1], best[2]))
        if found is not None:
            yield found


def _english_finding(doc, start: int, end: int, word: str, parts: tuple[str, str]) -> Problem | None:
    """The finding for ``word`` at start:end, unless it is protected (a URL, a quoted
    title), joined to a neighbour, or in a sentence of another language."""
    if not usable(doc, Token(word, start, end, False)) or foreign_sentence(doc, start):
        return None
    return _problem(start, end, word, parts)


def _problem(start: int, end: int, word: str, parts: tuple[str, str]) -> Problem:
    """The T001 finding: ``word`` at start:end is ``parts`` without the space."""
    fixed = f"{parts[0]} {parts[1]}"
    return Problem(
        Span(start, end), f"'{word}' looks like two words run together: '{fixed}'", Fix(fixed, "unsafe")
    )


# A word glued to a capitalised word: "thePresident", "JunquerasCarles".
_CASE_GLUED = re.compile(r"(?<![\w'’@#/.\\-])([A-Za-z][a-z]+)([A-Z][a-z]{2,})(?![\w'’\-])")
_LOWER_UPPER = re.compile(r"[a-z][A-Z][a-z]")
MIN_CAPITALISED_HEAD = 4  # "McDonald", "MacLeod", "DeSantis", "LaGuardia": one name


# A capitalised word glued to a function word after it: "Secretary Generalof the Assembly".
_CAPITAL_THEN_FUNCTION = re.compile(r"(?<![\w'’@#/.\\-])([A-Z][a-z]{3,})(of|the|and|for|with)(?![\w'’\-])")
# A function word glued to an acronym: "theUN", "ofPACE", "byNATO".
_FUNCTION_THEN_ACRONYM = re.compile(
    r"(?<![\w'’@#/.\\-])(the|of|to|and|for|by|in|on|with|from|at)([A-Z]{2,6})(?![\w'’\-])"
)
HEAD_BEFORE_FUNCTION = 3.5  # the head is a common word (Zipf): "General", not "Engl(and)"


def _case_glued(doc):
    from ...refdata import countries
    from ...words import is_known_word, zipf

    text = doc.text
    if _LOWER_UPPER.search(text) is None:
        found = []  # no capital after a small letter anywhere: one scan for most texts
    else:
        found = [m for span in doc.prose_spans for m in _CASE_GLUED.finditer(text, span.start, span.end)]
    glued_counts = Counter(m.group() for m in found)
    words = None  # the document's words, computed once and only when a capitalised pair asks
    for m in found:
        head, tail = m.group(1), m.group(2)
        glued = m.group()
        if head == tail or is_known_word(glued.lower(), "en"):
            continue  # "SentsovSentsov" is T003's; PowerPoint, YouTube are words
        parts = (head, tail)
        if head[0].islower():
            if head not in FUNCTION_WORDS:
                pair = split(head, lambda w, d=0.0: zipf(w) or d)
                if pair is None or not set(pair) <= FUNCTION_WORDS:
                    continue  # "eBay", "iPhone", "macOS"
                parts = (f"{pair[0]} {pair[1]}", tail)  # "oftheParliamentary"
        else:
            if len(head) < MIN_CAPITALISED_HEAD:
                continue  # "McDonald", "MacLeod"
            if countries().in_language(f"{head} {tail}", "en"):
                pass  # a country's name run together: "RussianFederation", "CzechRepublic"
            elif f"{head} {tail}" not in text:  # written apart elsewhere: a slip however often
                if glued_counts[glued] > 1:
                    continue  # a name the document uses again
                if words is None:
                    words = set(_STANDALONE.findall(text))
                if head not in words or tail not in words:
                    continue  # never written apart ("Junqueras", "Carles"): a name or a brand
        found = _english_finding(doc, m.start(), m.end(), glued, parts)
        if found is not None:
            yield found
    for span in doc.prose_spans:
        for m in _FUNCTION_THEN_ACRONYM.finditer(text, span.start, span.end):
            found = _english_finding(doc, m.start(), m.end(), m.group(), (m.group(1), m.group(2)))
            if found is not None:
                yield found
        for m in _CAPITAL_THEN_FUNCTION.finditer(text, span.start, span.end):
            head, tail = m.group(1), m.group(2)
            glued = m.group()
            if is_known_word(glued.lower(), "en") or zipf(head.lower()) < HEAD_BEFORE_FUNCTION:
                continue  # "Holland", "Poland", "Boston"
            found = _english_finding(doc, m.start(), m.end(), glued, (head, tail))
            if found is not None:
                yield found


# Words standing alone (not inside a hyphenated or apostrophe compound).
_STANDALONE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w-])")


# French closed-class words that typing glues to a neighbour.
FR_LEADING = frozenset(
    "le la les des du et en un une pour par sur dans avec que qui au aux ne se sa son ses leur leurs cette".split()
)
FR_TRAILING = frozenset("de des du et la le les un une en que qui pour par sur dans avec aux".split())
FR_CONTENT = 4.0  # both halves of two glued content words this common (Zipf)
FR_LONG_PART = 6


def _french_split(word: str, zipf) -> tuple[str, str] | None:
    best, best_score = None, 0.0
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        za, zb = zipf(a, 0.0), zipf(b, 0.0)
        if a in FR_LEADING:
            ok = len(b) >= 4 and (zb >= 4.0 or (len(b) >= FR_LONG_PART + 1 and zb >= 3.0))  # "etrappelant"
        elif b in FR_TRAILING:
            ok = len(a) >= 4 and za >= 4.0
        else:
            ok = len(a) >= FR_LONG_PART and len(b) >= FR_LONG_PART and za >= FR_CONTENT and zb >= FR_CONTENT
        if ok and min(za, zb) > best_score:
            best, best_score = (a, b), min(za, zb)
    return best


def _french(doc):
    from ...words import frequencies, is_known_word

    fr = frequencies("fr")
    text = doc.text
    for span in doc.prose_spans:
        for m in _FR_WORD.finditer(text, span.start, span.end):
            word = m.group()
            if word in fr or len(word) > MAX_LENGTH:
                continue
            parts = _french_split(word, fr.get)
            if parts is None:
                continue
            if is_known_word(word, "fr") or is_known_word(word, "en") or nearmiss_fr.suggestions(word):
                continue  # a rare word; or a slip T002 corrects ("prisonners")
            tok = Token(word, m.start(), m.end(), False)
            if not usable(doc, tok):
                continue
            yield _problem(m.start(), m.end(), word, parts)
    # a function word glued to a capitalised word: "laFédération", "duConseil"
    for span in doc.prose_spans:
        for m in _FR_CASE_GLUED.finditer(text, span.start, span.end):
            glued = m.group()
            if glued.lower() in fr or is_known_word(glued, "fr") or is_known_word(glued, "en"):
                continue
            tok = Token(glued, m.start(), m.end(), False)
            if usable(doc, tok):
                yield _problem(m.start(), m.end(), glued, (m.group(1), m.group(2)))


_FR_CASE_GLUED = re.compile(
    r"(?<![\w'’@#/.\\-])(le|la|les|de|du|des|et|en|au|aux|pour|par|sur|dans|avec|que|qui|une?)"
    r"([A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][a-zàâäçéèêëîïôöùûüÿœæ]{2,})(?![\w'’\-])"
)
# (the French alphabet T002's French check uses)
_FR_WORD = re.compile(rf"(?<![\w'’\-])[{nearmiss_fr.LETTERS}]{{5,}}(?![\w'’\-])")
