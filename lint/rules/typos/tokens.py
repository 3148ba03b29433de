"""Word tokens of the prose that word-level typo rules may judge: lower-case words (and
the capitalised first word of a sentence), not inside URLs, e-mail addresses, hashtags,
domain names or quoted titles; capitalised words inside sentences, and the words of the
person names the document mentions, for the rules that tell names from misspellings.
Computed once per document and shared by the rules."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple
from weakref import WeakKeyDictionary

from ...document import Document
from ...parse.prose import SpanSet

# Lower-case words with inner apostrophes ("don't"); starting with a letter class keeps
# re's fast first-character scan. What precedes a match is checked in code.
_LOWER = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A soft hyphen or a zero-width character inside a word makes its pieces no words (T007);
# a backslash or a backtick before a word makes it code ("\\theight", `isupper`).
_JOINERS = "-/_@#'’\\`\u00ad\u200b\u2060\u200c\u200d"


class Token(NamedTuple):
    text: str
    start: int
    end: int
    sentence_start: bool  # first word of its sentence (capitalised for that reason)


_CACHE: WeakKeyDictionary[Document, list[Token]] = WeakKeyDictionary()


def joined(text: str, a: int, b: int) -> bool:
    """Joined to a neighbour by a hyphen, slash, digit or apostrophe (a part of a compound,
    a code or a file name: not a word of its own)."""
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    if before in _JOINERS or before.isdigit() or after in _JOINERS or after.isdigit():
        return True
    return after == "." and b + 1 < len(text) and text[b + 1].isalnum()  # file.txt, e.g.


def tokens(doc: Document) -> list[Token]:
    """Lower-case ASCII words of the prose, then capitalised first words of sentences.

    Whether a token is protected (URL, title …) or joined to a neighbour is left to the
    rules to ask (``usable``) for the few tokens they consider: most never need it."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    text = doc.text
    size = len(text)
    out = []
    append = out.append
    new = tuple.__new__  # what Token(...) calls, without its Python-level wrapper
    for span in doc.prose_spans:
        for m in _LOWER.finditer(text, span.start, span.end):
            a, b = m.span()
            if (a > 0 and text[a - 1].isalpha()) or (b < size and text[b].isalpha()):
                continue  # the tail of "Kazakhstan", or "naïve"
            append(new(Token, (m.group(), a, b, False)))
    firsts = [s.span for s in doc.sentences] + doc.prose_spans
    seen = set()
    for span in firsts:
        m = _WORD.search(text, span.start, span.end)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        word = m.group()
        if word[:1].isupper() and word[1:].islower() and word.isascii():
            out.append(Token(word, m.start(), m.end(), True))
    _CACHE[doc] = out
    return out


_TITLE = re.compile(r"[A-Z][a-z]{2,}")
_CAPITALISED: WeakKeyDictionary[Document, list[Token]] = WeakKeyDictionary()


def capitalised(doc: Document) -> list[Token]:
    """Capitalised ASCII words inside sentences ("the Parliamentary Assembley"), not the
    first word of a sentence (``tokens`` has those). Most are names: the rules that read
    these must tell names apart (``name_words``)."""
    cached = _CAPITALISED.get(doc)
    if cached is not None:
        return cached
    text = doc.text
    size = len(text)
    firsts = {t.start for t in tokens(doc) if t.sentence_start}
    out = []
    for span in doc.prose_spans:
        for m in _TITLE.finditer(text, span.start, span.end):
            a, b = m.span()
            if a in firsts or (a > 0 and text[a - 1].isalpha()) or (b < size and text[b].isalpha()):
                continue  # "McDonald", "Kazakhstan", "naïve"
            out.append(Token(m.group(), a, b, False))
    _CAPITALISED[doc] = out
    return out


_NAME_WORDS: WeakKeyDictionary[Document, frozenset[str]] = WeakKeyDictionary()
RARE_GIVEN = 2.5  # a given name rarer than this (Zipf) is a name, not a word ("Kazakh" is 3.0)


def name_words(doc: Document) -> frozenset[str]:
    """Lower-case words of the person names the document credibly mentions: signatory
    entries, names after a title ("Ms Herat"), and full names whose given name is a known
    given name or a rare word ("Zhanbota Alzhanova"). A capitalised word the name finder
    takes for a surname without such support ("the Parliamentary Assembley", "the Kazakh
    Goverment") is not one. Computed on first use: only a candidate misspelling asks."""
    cached = _NAME_WORDS.get(doc)
    if cached is not None:
        return cached
    from ...names.mentions import signatory_mentions
    from ...words import zipf

    given_names = given_names_list()
    words = set()
    for mention in [*doc.mentions, *signatory_mentions(doc)]:
        credible = (
            mention.source == "signatory"
            or mention.honorific
            or (
                mention.given
                and all(g.text.lower() in given_names or zipf(g.text) < RARE_GIVEN for g in mention.given)
            )
        )
        if credible:
            for field in mention.tokens:
                words.update(w.lower() for w in _WORD.findall(field.text))
    out = _NAME_WORDS[doc] = frozenset(words)
    return out


@cache
def given_names_list() -> frozenset[str]:
    """Every given name of lint/data/given_names.yaml (its common list and its groups)."""
    from ...refdata import load_data

    data = load_data("given_names.yaml")
    names = {w.lower() for w in data.get("common", [])}
    for group in data.get("groups", []):
        names.update(w.lower() for w in group)
    return frozenset(names)


_PROTECTED: WeakKeyDictionary[Document, SpanSet] = WeakKeyDictionary()


def usable(doc: Document, tok: Token) -> bool:
    """Not inside a protected span and not joined to a neighbour."""
    if joined(doc.text, tok.start, tok.end):
        return False
    protected = _PROTECTED.get(doc)
    if protected is None:
        protected = _PROTECTED[doc] = SpanSet(doc.protected_spans)
    return not protected.overlaps(tok.start, tok.end)


# -- sentences in another language ---------------------------------------------------------------
# Lower-case words only: names, capitalised in any language, say nothing of it.
_SENTENCE_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ][^\W\d_]+")
# per document: sentence starts, and the verdicts given so far by sentence index
_SENTENCE_STARTS: WeakKeyDictionary[Document, tuple[list[int], dict[int, bool]]] = WeakKeyDictionary()
# Below this share of words the English table knows, a sentence of an English document is
# in another language: a Catalan or Portuguese footer, a quoted French sentence.
ENGLISH_SHARE = 0.6
MIN_SENTENCE_WORDS = 4


def foreign_sentence(doc: Document, pos: int) -> bool:
    """The sentence holding ``pos`` is written in another language than the document's
    ("necessitem el teu suport", "podendo conter erros" in an English text, "invia questo
    testo" in a French one): its spelling rules do not apply to it. Asked only for a word a rule is about to report."""
    from bisect import bisect_right

    from ...words import frequencies

    cached = _SENTENCE_STARTS.get(doc)
    if cached is None:
        cached = _SENTENCE_STARTS[doc] = ([s.span.start for s in doc.sentences], {})
    starts, verdicts = cached
    k = bisect_right(starts, pos) - 1
    if k < 0 or pos >= doc.sentences[k].span.end:
        return False
    verdict = verdicts.get(k)
    if verdict is None:  # once per sentence: a long one may hold many candidates
        span = doc.sentences[k].span
        words = _SENTENCE_WORD.findall(doc.text, span.start, span.end)
        table = frequencies("fr" if doc.language == "fr" else "en")  # the document's own language
        known = sum(1 for w in words if table.get(w.lower(), 0.0) >= 3.0)
        verdict = verdicts[k] = len(words) >= MIN_SENTENCE_WORDS and known < ENGLISH_SHARE * len(words)
    return verdict
