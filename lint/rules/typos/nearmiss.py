"""Misspellings codespell's dictionary does not list ("prisonners", "democarcy"): an unknown
word one edit away from a common English word.

An edit is one deleted, inserted or replaced letter, or two neighbouring letters swapped
(the optimal string alignment distance 1). Precision comes from what counts as unknown:
the word must be absent from wordfreq's whole large list (~300,000 English words down to
about once per hundred million words), not only from the top-N table, so a rare but real
word ("viscountess") is never judged. The large list also holds web text's own slips: a
word of 8 letters or more that it knows but the top-N table does not is judged only as
a slip of the one very common word one edit away ("politicial" for "political"). The
word must also not be a French word (the corpus's other language), a name, a word in
capitals, or the last word of a cut-off paragraph.
"""

from __future__ import annotations

from functools import cache

MIN_LENGTH = 7  # a capitalised first word shorter than this is as often a name as a slip
MIN_LOWER_LENGTH = 5  # a lower-case word: unknown to the large list, even "pight" is a slip
SHORT_SWAP_LENGTH = 4  # ... or, this short, two letters of a very common word swapped ("siad")
SHORT_SWAP_TARGET = 5.5  # ... of a word this common (Zipf: "said" 6.0, "that" 7.0)
SHORT_UNKNOWN_SWAP = 4.5  # ... or, for a short word no list knows at all, this common ("lakc": lack 4.6)
SHORT_SWAP_OWN = 2.25  # ... when the short word itself is this rare ("siad" 2.1; "lats" 2.26)
TARGET = 3.0  # a suggested word is at least this common (Zipf; "signatories" is 3.0)
LONG_WORD, LONG_TARGET = 9, 2.0  # a long unknown word's neighbour may be rarer ("worryingly")
MAX_CANDIDATES = 3  # suggestions offered at most
DOMINANT = 1.0  # the most common neighbour alone when this much more common (Zipf) than the next
SLIP_OF_COMMON = 4.5  # a very common word (Zipf): "political", "government", "several"
MIN_KNOWN_SLIP_LENGTH = 8
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def neighbours(word: str, letters: str = _LETTERS) -> set[str]:
    """Every string one edit (optimal string alignment) away from ``word`` that keeps its
    first letter, over the alphabet ``letters``. Typing slips rarely hit the first letter;
    a letter stuck to the front of a word is a code or an escape ("\\theight", "ndigits",
    "isupper"), not a misspelling."""
    out = set()
    n = len(word)
    for i in range(1, n + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])  # deletion
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])  # transposition
            for c in letters:
                if c != tail[0]:
                    out.add(head + c + tail[1:])  # substitution
        for c in letters:
            out.add(head + c + tail)  # insertion
    out.discard(word)
    return out


@cache
def suggestions(word: str) -> tuple[str, ...]:
    """The common English words one edit from ``word`` (most common first), when ``word``
    is a long lower-case ASCII word that is no word of English or French; else ()."""
    from ...words import frequencies, is_known_word

    if len(word) < SHORT_SWAP_LENGTH or not (word.isascii() and word.isalpha() and word.islower()):
        return ()
    en = frequencies("en")
    if word in frequencies("fr"):
        return ()
    if len(word) < MIN_LOWER_LENGTH:
        # web text writes the commonest swaps often enough to list them ("siad", "taht")
        if en.get(word, 0.0) >= SHORT_SWAP_OWN:
            return ()
        found = _short_swap(word, en)
        if found or word in en or is_known_word(word, "en"):
            return found
        # no word at all ("ffom", "lakc"): a swap of a common word, or one edit from a very common one
        swaps = _short_swap(word, en, SHORT_UNKNOWN_SWAP)
        if swaps:
            return swaps
        near = [w for w in neighbours(word) if en.get(w, 0.0) >= SHORT_SWAP_TARGET]
        return tuple(near) if len(near) == 1 else ()
    if word in en:
        return ()
    target = LONG_TARGET if len(word) >= LONG_WORD else TARGET
    found = sorted(
        ((en[w], w) for w in neighbours(word) if en.get(w, 0.0) >= target),
        reverse=True,
    )
    if len(found) > MAX_CANDIDATES:
        # Many neighbours, as a short word has: one far more common than the rest is the
        # word meant ("snice": since 5.8, slice 4.0); else the few most common are offered.
        found = found[:1] if found[0][0] - found[1][0] >= DOMINANT else found[:MAX_CANDIDATES]
    if not found:
        return ()
    stem_zipf = min(STEM_ZIPF, target)  # a rarer neighbour asks for a rarer stem too
    known = lambda w: en.get(w, 0.0) >= stem_zipf  # noqa: E731
    if any(derived(v, known, en) or v in en for v in _other_spellings(word)):
        return ()  # "stigmatises": the British spelling of a word the lists know as "-izes"
    if derived(word, known, en):
        return ()
    if is_known_word(word, "en"):  # the large list: loaded only for the rare word that gets here
        # Web text spells common words wrong often enough for the large list to hold the
        # slips ("politicial", "goverment"): a word it knows that is below the top-N table
        # still counts as a slip of the one very common word one edit away.
        common = [w for z, w in found if z >= SLIP_OF_COMMON]
        return tuple(common) if len(common) == 1 and len(word) >= MIN_KNOWN_SLIP_LENGTH else ()
    return tuple(w for _, w in found)


_BRITISH_AMERICAN = (("is", "iz"), ("iz", "is"), ("our", "or"), ("yse", "yze"), ("yze", "yse"))


def _other_spellings(word: str) -> list[str]:
    """The word in the other of British and American spelling (-ise/-ize, -our/-or,
    -yse/-yze), wherever the pair occurs in its second half."""
    out = []
    half = len(word) // 2
    for a, b in _BRITISH_AMERICAN:
        i = word.find(a, half)
        while i >= 0:
            out.append(word[:i] + b + word[i + len(a) :])
            i = word.find(a, i + 1)
    return out


def _short_swap(word: str, en, target: float = SHORT_SWAP_TARGET) -> tuple[str, ...]:
    """A short word that is a very common word with two neighbouring letters swapped
    ("siad", "form" is a word); the first letter stays (typing slips rarely move it)."""
    found = [
        w
        for i in range(1, len(word) - 1)
        if (w := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) != word and en.get(w, 0.0) >= target
    ]
    return tuple(found[:1]) if len(found) == 1 else ()


# Derivations the word lists leave out of words they know: "prepends", "grepping",
# "incompatibly", "linewise" (suffixes); "readding", "undefine", "overread" (prefixes).
_SUFFIXES = (
    "s es ed d ing er ers ly ness less wise ish able ably ability ment ments ism ist ists ize ise ized ised"
).split()
_PREFIXES = (
    "re un over under out pre non dis mis co sub super anti counter inter de multi post self cross".split()
)
MIN_STEM = 4
_VOWELS = frozenset("aeiouy")
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")  # plurals and third persons in -es
MAX_DOUBLING_STEM = 4  # a final consonant doubles after short stems (grep, run, ship)
COMPOUND_PART = 3.5  # both halves of a closed compound this common (Zipf): "textfile"
# A formation's stem is a word in use (Zipf), not any entry of the large list: that list
# holds web slips and foreign words ("purt", "partei"), which would excuse "repurt" and
# "parteis" as formations.
STEM_ZIPF = 2.5


def derived(word: str, known, table: dict[str, float]) -> bool:
    """``word`` is a known word with a prefix or a suffix, or two common words written as
    one ("textfile", "automake"): a rare but regular formation, not a slip."""
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < MIN_STEM:
            continue
        if (suffix[0] == "e" and stem[-1] == "e") or (suffix == "s" and stem[-1] == "s"):
            continue  # no formation: "resolveed", "documentss" are slips of "resolved", "documents"
        if suffix == "d" and stem[-1] != "e":
            continue  # "shoald", "detainedd": -d follows an e ("freed"), not "shoal"
        if suffix == "es" and not stem.endswith(_ES_STEMS):
            continue  # "confes" is no plural of "conf"
        forms = {stem, stem + "e"}
        if (
            stem[-1] == stem[-2]
            and stem[-1] not in _VOWELS
            and suffix[0] in _VOWELS
            and len(stem) <= MAX_DOUBLING_STEM + 1
        ):
            forms.add(stem[:-1])  # "grepping" -> "grep"; not "prisonners" -> "prison", "troos" -> "tro"
        if suffix.startswith("abl"):
            forms.add(stem + "able")
        if suffix == "ly" and stem.endswith(("ib", "ab")):
            forms.add(stem + "le")  # "incompatibly" -> "incompatible"
        if any(known(f) for f in forms):
            return True
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= MIN_STEM and known(rest):
            return True
    return any(
        table.get(word[:i], 0.0) >= COMPOUND_PART and table.get(word[i:], 0.0) >= COMPOUND_PART
        for i in range(MIN_STEM, len(word) - MIN_STEM + 1)
    )
