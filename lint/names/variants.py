"""Which spellings in one surname cluster are variants of one person's name.

Evidence decides: two surname spellings used with the same given name (Serik Zhahin /
Serik Zhakhin) are one person spelled two ways; a surname printed alone (President
Tokaev) beside one named person (Kassym-Jomart Tokayev) is too. The same surname key
with different given names (Daniyar Khassenov / Daryn Khasenov) is only a *possible*
variant: relatives and namesakes share surnames. A near miss the folding key does not
explain (Abdrakhmanov / Abdrakmanov) needs the same given name. Never merged: the same
spelling with different given names (Aset Abishev / Kezhenbek Abishev: no variant at
all), masculine and feminine forms (different keys, and excluded from near misses), and
names the lexicon lists as ``distinct``. Given names vary too (Aleksei / Alexey
Navalny): same surname, same given-name key, different spelling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from .folding import ascii_letters, one_edit


@dataclass
class Variant:
    """Two spellings of one name part ("surname" or "given") in one cluster."""

    part: str
    spellings: tuple[str, str]  # spelling() forms
    sides: tuple[list, list]  # occurrences of each spelling
    same_person: bool  # strong evidence: an error; otherwise a possible variant
    evidence: str
    counts: Counter = field(default_factory=Counter)  # every spelling of this part in the cluster
    canonical: str | None = None  # spelling() of the suggested form, None on a tie
    canonical_shown: str | None = None
    # "lexicon", "script" (Latin letters only), "diacritics", "majority", then on a tie "list"
    # (a signatory list's) or "known" (the word lists know it as a name)
    source: str = "majority"

    def shown(self, side: int) -> str:
        return _shown(self.sides[side], self.part)

    def other(self, side: int) -> int:
        return 1 - side


def _text(o, part: str) -> str:
    return (
        o.mention.surname.text if part == "surname" else (o.mention.given[0].text if o.mention.given else "")
    )


def _shown(occs, part: str) -> str:
    texts = [_text(o, part) for o in occs]
    mixed = [t for t in texts if not t.isupper()]
    return (mixed or texts or [""])[0]


def full_name(o) -> str:
    return o.mention.text


def _countries(occs, delegations: dict[str, set[str]]) -> set[str] | None:
    """The countries of these occurrences' people: a signatory entry's own, else that of
    an entry with the same given name (Michael Aastrup Jensen in prose is the Michael
    Aastrup JENSEN, Denmark of a list); None when some occurrence has no known country."""
    found: set[str] = set()
    for o in occs:
        if o.country is not None:
            found.add(o.country)
        elif o.given_key and o.given_key in delegations:
            found |= delegations[o.given_key]
        else:
            return None
    return found


def _same_delegation_and_group(occ_a, occ_b) -> bool:
    """Every occurrence is a signatory entry of one and the same country and group."""
    entries = {(o.country, o.group) for o in (*occ_a, *occ_b)}
    return len(entries) == 1 and None not in next(iter(entries))


def _one_letter_apart(a: str, b: str) -> bool:
    return one_edit(ascii_letters(a), ascii_letters(b))


def _pair_evidence(occ_a, occ_b, near_miss: bool) -> tuple[bool, str] | None:
    delegations: dict[str, set[str]] = defaultdict(set)
    for o in (*occ_a, *occ_b):
        if o.country is not None and o.given_key:
            delegations[o.given_key].add(o.country)
    countries_a, countries_b = _countries(occ_a, delegations), _countries(occ_b, delegations)
    if countries_a and countries_b and not countries_a & countries_b:
        return None  # signatories of different delegations: two people (JENSSEN, Norway / JENSEN, Denmark)
    given_a = {o.given_key: o for o in occ_a if o.given_key}
    given_b = {o.given_key: o for o in occ_b if o.given_key}
    shared = sorted(set(given_a) & set(given_b))
    if shared:
        g = given_a[shared[0]].mention.given[0].text
        return True, f"same given name {g}"
    if not given_a and not given_b and _same_delegation_and_group(occ_a, occ_b):
        # surname-only lists (ROCHEBLOINE, France, EPP/CD): the entry is the evidence
        o = occ_a[0]
        return True, f"same delegation and group ({o.country}, {o.group})"
    if near_miss:
        # A near miss the key does not explain needs the same given name, or a surname
        # alone in the very text that names the only person of the other spelling ("Ilgar
        # Mamedov … the case of Mammadov").
        if bool(given_a) != bool(given_b):
            named, alone = (given_a, occ_b) if given_a else (given_b, occ_a)
            named_docs = {id(o.doc) for o in (occ_a if given_a else occ_b)}
            if len(named) == 1 and all(id(o.doc) in named_docs for o in alone):
                person = next(iter(named.values()))
                return True, f"surname alone beside {person.mention.text} in the same text"
        return None
    alone_a = not given_a
    alone_b = not given_b
    if alone_a and alone_b:
        return False, "surname only, no given name"
    if alone_a or alone_b:
        named = given_b if alone_a else given_a
        if len(named) == 1:
            person = next(iter(named.values()))
            return True, f"surname alone beside {person.mention.text}, the only person of that surname"
        return False, "surname alone, several people of that surname"
    if not _one_letter_apart(occ_a[0].surname, occ_b[0].surname):
        # Weak evidence for a strong change: Khassenov / Khasenov may be one person, but
        # Gallée / Gale, equal only once folded, are two people with two names.
        return None
    ga = ", ".join(sorted({o.mention.given[0].text for o in given_a.values()}))
    gb = ", ".join(sorted({o.mention.given[0].text for o in given_b.values()}))
    return False, f"different given names ({ga} / {gb}): may be two people"


def _canonical(variant: Variant, lexicon: Lexicon, occs) -> None:
    for o in occs:
        entry = lexicon.entry_for(o.given, o.surname)
        if entry is not None:
            name = entry.canonical
            if variant.part == "surname":
                variant.canonical, variant.canonical_shown = name.surname, name.surname_text
            elif name.given:
                variant.canonical, variant.canonical_shown = name.given, name.given_text.split()[0]
            else:
                continue
            variant.source = "lexicon"
            return
    a, b = variant.spellings
    if _latin(a) != _latin(b):
        # "Mеhman" with a Cyrillic е (N004's finding): the Latin spelling, however rare
        _decide(variant, 0 if _latin(a) else 1, "script")
        return
    if a.isascii() != b.isascii() and ascii_letters(a) == ascii_letters(b):
        # Strässer / Strasser: copies lose diacritics far more often than they gain them,
        # so the stripped spelling is the variant however often it is used.
        _decide(variant, 1 if a.isascii() else 0, "diacritics")
        return
    ca, cb = variant.counts[a], variant.counts[b]
    if ca != cb:
        _decide(variant, 0 if ca > cb else 1)
        return
    # A tie: Andres HERKEL in the Assembly's own signatory list, Andreas Herkel in a news
    # item. The list, which the member signed, is the record.
    listed = [any(o.source == "signatory" for o in variant.sides[side]) for side in (0, 1)]
    if listed[0] != listed[1]:
        _decide(variant, 0 if listed[0] else 1, "list")
        return
    # Still a tie: a given name the built-in list of given names holds (Emmanuel, not
    # Emanuel, which web text writes as often) is the record.
    if variant.part == "given":
        from ..rules.typos.tokens import given_names_list

        listed = [variant.spellings[side].lower() in given_names_list() for side in (0, 1)]
        if listed[0] != listed[1]:
            _decide(variant, 0 if listed[0] else 1, "given")
            return
    # Still a tie, once each (Oleg … Olkeg): a spelling the word lists know as a name
    # (wordfreq has Oleg, Hrant, Ramzan) against one they do not is the slip's other side.
    known = [_known_name(variant.shown(side)) for side in (0, 1)]
    if known[0] != known[1]:
        _decide(variant, 0 if known[0] else 1, "known")


def _decide(variant: Variant, side: int, source: str = "majority") -> None:
    """Record spelling ``side`` as the variant's canonical one, and why."""
    variant.canonical = variant.spellings[side]
    variant.canonical_shown = variant.shown(side)
    variant.source = source


def _latin(spelling: str) -> bool:
    """Latin letters only (with or without diacritics): not "Mеhman" with a Cyrillic е."""
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in spelling)


def _known_name(spelling: str) -> bool:
    from ..words import is_known_word

    words = spelling.lower().split()
    return bool(words) and all(is_known_word(w) for w in words)


def _distinct(lexicon: Lexicon, occ_a, occ_b) -> bool:
    if not lexicon.distinct:
        return False
    people_a = {(o.given, o.surname) for o in occ_a}
    people_b = {(o.given, o.surname) for o in occ_b}
    return any(lexicon.are_distinct(a, b) for a in people_a for b in people_b)


def _majority(by_spelling: dict[str, list], spellings) -> str:
    return min(spellings, key=lambda s: (-len(by_spelling[s]), s))


def _plural_pair(a: str, b: str) -> bool:
    """`Tatar` / `Tatars`: a word and its plural are a people or a family, not two
    spellings of one person's name."""
    short, long_ = sorted((a, b), key=len)
    return long_ in (short + "s", short + "es")


def find_variants(cluster, lexicon: Lexicon):
    """Yield the Variants of one surname cluster (see the module docstring).

    Linear in the cluster's spellings, not quadratic: a person's (given-name key's) other
    spellings are paired with that person's most used one, and a spelling no person
    shares with another one is paired with the cluster's most used spelling.
    """
    by_spelling: dict[str, list] = defaultdict(list)
    for o in cluster.occurrences:
        by_spelling[o.surname].append(o)
    if len(by_spelling) < 2 and not any(o.given_key for o in cluster.occurrences):
        return
    counts = Counter({s: len(v) for s, v in by_spelling.items()})
    pairs: list[tuple[str, str]] = []
    if len(by_spelling) > 1:
        person_spellings: dict[str, set[str]] = defaultdict(set)
        for o in cluster.occurrences:
            if o.given_key:
                person_spellings[o.given_key].add(o.surname)
        paired: set[str] = set()
        for spellings_ in person_spellings.values():
            if len(spellings_) > 1:
                ref = _majority(by_spelling, spellings_)
                for s in sorted(spellings_ - {ref}):
                    pairs.append((ref, s))
                paired |= spellings_
        top = _majority(by_spelling, by_spelling)
        pairs.extend((top, s) for s in sorted(by_spelling) if s != top and s not in paired)
    seen: set[tuple[str, str]] = set()
    for x, y in pairs:
        a, b = min(x, y), max(x, y)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        occ_a, occ_b = by_spelling[a], by_spelling[b]
        if all(o.kind == "bare" for o in occ_a + occ_b):
            continue
        if _distinct(lexicon, occ_a, occ_b) or _plural_pair(a, b):
            continue
        near_miss = occ_a[0].key != occ_b[0].key
        evidence = _pair_evidence(occ_a, occ_b, near_miss)
        if evidence is None:
            continue
        v = Variant("surname", (a, b), (occ_a, occ_b), evidence[0], evidence[1], counts)
        _canonical(v, lexicon, occ_a + occ_b)
        yield v
    # given-name variants: same surname key, same (or near) given-name key, another spelling
    near = _near_given_keys(cluster.occurrences)
    by_person: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for o in cluster.occurrences:
        if o.given_key:
            by_person[(o.key, near.get((o.key, o.given_key), o.given_key))][o.given].append(o)
    for groups in by_person.values():
        if len(groups) < 2:
            continue
        given_counts = Counter({s: len(v) for s, v in groups.items()})
        ref = _majority(groups, groups)
        for other in sorted(groups):
            if other == ref:
                continue
            a, b = min(ref, other), max(ref, other)
            occ_a, occ_b = groups[a], groups[b]
            if _distinct(lexicon, occ_a, occ_b):
                continue
            surname = _shown(occ_a, "surname")
            if occ_a[0].given_key == occ_b[0].given_key:
                same, evidence = True, f"same surname {surname}"
            else:
                # near given names (Stefan / Stephan, Robert / Roberto): one person when both
                # are listed for one delegation, else possibly two people of one family
                countries_a, countries_b = _countries(occ_a, {}), _countries(occ_b, {})
                same = bool(countries_a and countries_b and countries_a & countries_b)
                evidence = (
                    f"same surname {surname}, same delegation"
                    if same
                    else f"same surname {surname}, given names one letter apart: may be two people"
                )
                slip = None if same else _given_slip(_shown(occ_a, "given"), _shown(occ_b, "given"))
                if slip:
                    same, evidence = True, f"same surname {surname}, {slip}"
            v = Variant("given", (a, b), (occ_a, occ_b), same, evidence, given_counts)
            _canonical(v, lexicon, occ_a + occ_b)
            yield v


# Endings that make a feminine given name of a masculine one (Ivan / Ivana, Louis /
# Louise, Jean / Jeanne, Michel / Michelle) or swap one for the other (Nino / Nina, Mario
# / Maria): two people, never one name spelled two ways.
_GENDER_ENDINGS = ("a", "e", "ne", "le", "na")
_GENDER_VOWELS = frozenset("aeiou")
MAX_GIVEN_KEYS = 40  # more given names for one surname: a common surname, no evidence


def _gender_pair(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short) :] in _GENDER_ENDINGS:
        return True
    return (
        len(a) == len(b)
        and a[:-1] == b[:-1]
        and a[-1] != b[-1]
        and {a[-1], b[-1]} <= _GENDER_VOWELS
        and "a" in (a[-1], b[-1])
    )


def _near_given(a: str, b: str, same_entry: bool = False) -> bool:
    """Folded given names of one person spelled two ways: one edit apart once ph is read
    as f (Stephan / Stefan, Philip / Filip, Ludmila / Lyudmyla), or one extending the
    other by a short ending (Robert / Roberto, Emanuel / Emanuelis); a masculine /
    feminine pair (Ivan / Ivana, Nino / Nina) only with ``same_entry``: both listed for
    one delegation and one group, where two relatives of one name are not to be expected."""
    if min(len(a), len(b)) < 4 or (_gender_pair(a, b) and not same_entry):
        return False
    a, b = a.replace("ph", "f"), b.replace("ph", "f")
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    return one_edit(a, b)


def _given_slip(a: str, b: str) -> str | None:
    """Why two near given names are one person's, or None: one is a name or word the lists
    know and the other is not (Joseph / Josepn, Anne / Anhe), or two neighbouring letters
    are swapped (Elkhan / Elkahn). Two real names (Marko / Mirko) may be brothers'."""
    from ..words import is_known_word

    la, lb = a.lower(), b.lower()
    if not (la.isalpha() and lb.isalpha()):
        return None
    known_a, known_b = is_known_word(la), is_known_word(lb)
    if known_a != known_b and one_edit(la, lb):  # not Emanuel / Emanuelis: a longer form
        return f"'{b if known_a else a}' is no known given name"
    if len(la) != len(lb):
        return None
    diff = [i for i in range(len(la)) if la[i] != lb[i]]
    swapped = (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and la[diff[0]] == lb[diff[1]]
        and la[diff[1]] == lb[diff[0]]
    )
    return "two letters of the given name swapped" if swapped else None


def _near_given_keys(occurrences) -> dict[tuple[str, str], str]:
    """(surname key, given key) -> the given key it is merged with (the smallest of its
    group), for given names near each other under one surname."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    entries: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for o in occurrences:
        if o.given_key:
            by_surname[o.key].add(o.given_key)
            spellings[(o.key, o.given_key)].add(o.given.lower())
            if o.country is not None and o.group is not None:
                entries[(o.key, o.given_key)].add((o.country, o.group))
    merged: dict[tuple[str, str], str] = {}
    for key, givens in by_surname.items():
        if len(givens) < 2 or len(givens) > MAX_GIVEN_KEYS:
            continue
        ordered = sorted(givens)
        root = {g: g for g in ordered}
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                same_entry = bool(entries[(key, a)] & entries[(key, b)])
                # the keys, or the spellings when folding parts them (Joseph / Josepn: josef, josepn)
                if _near_given(a, b, same_entry) or any(
                    _given_slip(x, y) and one_edit(x, y) and not _gender_pair(x, y)
                    for x in spellings[(key, a)]
                    for y in spellings[(key, b)]
                ):
                    ra, rb = root[a], root[b]
                    if ra != rb:
                        low, high = min(ra, rb), max(ra, rb)
                        for g, r in root.items():
                            if r == high:
                                root[g] = low
        for g, r in root.items():
            if r != g:
                merged[(key, g)] = r
    return merged
