"""The cross-document name index: every person-name mention of a set of documents,
grouped by surname folding key, with the variant spellings found among them.

Building it is linear in the size of the corpus: mentions are read once per document,
grouped by their folding key in a dict, and the near-miss pass (spellings the key does
not fold: transpositions, dropped letters) compares only keys that share a one-deletion
neighbour (each key and the keys with one letter removed), never all pairs.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Document
from .lexicon import Lexicon, spelling
from .names.folding import ascii_letters, fold_given, fold_word, one_edit
from .names.mentions import Mention, all_mentions

if TYPE_CHECKING:
    from .summary import DocumentSummary

MIN_NEAR_MISS_LEN = 4  # shorter keys are too dense for a one-edit near miss


class Occurrence:
    """One person-name mention with its spellings and folding keys.

    What the index reads of every occurrence (keys, kind, source, country, position) is
    plain attributes; the ``Mention`` with its fields and spans is needed only for the few
    occurrences a finding quotes, so an occurrence loaded from a summary (``lint.summary``)
    keeps it as a flat tuple and builds it on first use."""

    __slots__ = (
        "_mention",
        "_row",
        "country",
        "doc",
        "given",
        "given_key",
        "given_words",
        "group",
        "key",
        "kind",
        "source",
        "start",
        "surname",
    )  # fmt: skip

    def __init__(self, doc, mention, surname, given, key, given_key, *, row=None, kind=None, source=None,
                 country=None, group=None, start=None) -> None:  # fmt: skip
        self.doc = doc
        self.surname = surname  # spelling() of the surname
        self.given = given  # spelling() of the first given word, "" if none
        self.key = key  # folding key of the surname
        self.given_key = given_key  # folding key of the first given word, "" if none
        self._mention = mention
        self._row = row  # (start, end, given fields, surname field, honorific) as tuples
        if mention is not None:
            kind, source, start = mention.kind, mention.source, mention.span.start
            country, group = mention.country, mention.group
        self.given_words = len(mention.given if mention is not None else row[2])
        self.kind = kind
        self.source = source
        self.country = country
        self.group = group
        self.start = start

    @property
    def mention(self) -> Mention:
        m = self._mention
        if m is None:
            from .document import Field, Span

            start, end, given, surname, honorific = self._row
            m = self._mention = Mention(
                Span(start, end),
                tuple(Field(text, Span(a, b)) for text, a, b in given),
                Field(surname[0], Span(surname[1], surname[2])),
                honorific,
                self.source,
                self.kind,
                self.country,
                self.group,
            )
        return m

    def row(self) -> tuple:
        """The mention as the flat tuple a summary pickles."""
        if self._row is not None:
            return self._row
        m = self._mention
        return (
            m.span.start,
            m.span.end,
            tuple((g.text, g.span.start, g.span.end) for g in m.given),
            (m.surname.text, m.surname.span.start, m.surname.span.end),
            m.honorific,
        )

    @property
    def line(self) -> int:
        return self.doc.line_col(self.mention.surname.span.start)[0]

    @property
    def where(self) -> str:
        return f"{self.doc.path}:{self.line}"

    @property
    def shown(self) -> str:
        return self.mention.surname.text

    def __repr__(self) -> str:
        return f"Occurrence({self.surname!r}, key={self.key!r}, given={self.given!r}, {self.kind})"


def occurrences(doc: Document) -> list[Occurrence]:
    out = []
    for m in all_mentions(doc):
        sur_key = fold_word(m.surname.text)
        if not sur_key:
            continue
        given = spelling(m.given[0].text) if m.given else ""
        given_key = fold_given(m.given[0].text) if m.given else ""
        out.append(Occurrence(doc, m, spelling(m.surname.text), given, sur_key, given_key))
    return out


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The index allocates many small acyclic objects: the cyclic collector would rescan
    the whole heap again and again (super-linear time) and find nothing to free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _resplit_multiword(occs: list[Occurrence]) -> list[Occurrence]:
    """Prose cannot tell a second given name from the first word of a two-word surname
    (Romilda Baldacchino Zarb); the signatory lists can (BALDACCHINO ZARB Romilda). A
    prose mention whose last given words and surname make a listed surname is re-split."""
    import dataclasses

    from .document import Field, Span

    multi = {o.key for o in occs if o.source == "signatory" and " " in o.surname.strip()}
    if not multi:
        return occs
    out = []
    for o in occs:
        if o.source == "body" and o.given_words >= 2:
            m = o.mention
            for j in range(1, len(m.given)):
                start = m.given[j].span.start
                text = o.doc.text[start : m.surname.span.end]
                if fold_word(text) in multi:
                    surname = Field(text, Span(start, m.surname.span.end))
                    m = dataclasses.replace(m, given=m.given[:j], surname=surname)
                    o = Occurrence(
                        o.doc,
                        m,
                        spelling(text),
                        spelling(m.given[0].text),
                        fold_word(text),
                        fold_given(m.given[0].text),
                    )
                    break
        out.append(o)
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


GENDER_SUFFIXES = (
    ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "ska"), ("ski", "skaia"), ("ski", "skaa"),
    ("ic", "ica"), ("ii", "aia"), ("i", "aia"), ("uli", "kizi"), ("ich", "ichna"), ("enko", "enko"),
)  # fmt: skip


def gender_pair(a: str, b: str) -> bool:
    """Folded keys of the masculine and feminine form of one family name (Abishev /
    Abisheva, Zelenski / Zelenska): relatives, never one person's variants."""
    for m, f in GENDER_SUFFIXES:
        for x, y in ((a, b), (b, a)):
            if x.endswith(m) and y.endswith(f) and m != f:
                stem_x, stem_y = x[: len(x) - len(m)], y[: len(y) - len(f)]
                if stem_x == stem_y or (len(stem_x) > 3 and one_edit(stem_x, stem_y)):
                    return True
    return False


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def _deletion_map(forms, min_len: int) -> dict[str, list[str]]:
    """One-deletion neighbour (and the form itself) -> the forms it comes from."""
    neighbours: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        if len(form) >= min_len:
            for d in _deletions(form):
                neighbours[d].append(form)
    return neighbours


def _join_near_misses(
    uf: _UnionFind, forms: dict[str, str], min_len: int, neighbours: dict[str, list[str]] | None = None
) -> None:
    """Union the keys of forms (form -> its surname key) one edit apart, neither pair a
    masculine and feminine form: only forms sharing a one-deletion neighbour are compared,
    never all pairs."""
    if neighbours is None:
        neighbours = _deletion_map(forms, min_len)
    for bucket in neighbours.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                ka, kb = forms[a], forms[b]
                if uf.find(ka) != uf.find(kb) and not gender_pair(ka, kb) and one_edit(a, b):
                    uf.union(ka, kb)


def _bare_beside_named(occs, strong_keys: set[str], by_deletion: dict[str, list[str]]) -> dict[str, set[str]]:
    """Bare surname keys no named person has, one edit from the surname of a person the
    same document names: key -> those named keys. ``by_deletion`` maps the one-deletion
    neighbours of the named keys to them (``_deletion_map``), so each bare surname costs a
    few lookups, whatever the size of the corpus."""
    named_in: dict[int, set[str]] = defaultdict(set)
    bare: set[tuple[int, str]] = set()
    for o in occs:
        if o.kind != "bare":
            named_in[id(o.doc)].add(o.key)
        elif o.key not in strong_keys and len(o.key) >= MIN_NEAR_MISS_LEN:
            bare.add((id(o.doc), o.key))
    out: dict[str, set[str]] = defaultdict(set)
    for doc, b in bare:
        named = named_in.get(doc)
        if not named:
            continue
        for k in {k for d in _deletions(b) for k in by_deletion.get(d, ())}:
            if k in named and one_edit(b, k) and not gender_pair(b, k):
                out[b].add(k)
    return out


@dataclass
class Cluster:
    """All occurrences whose surname keys were merged (by folding, near miss or lexicon)."""

    keys: set[str] = field(default_factory=set)
    occurrences: list[Occurrence] = field(default_factory=list)

    def spellings(self) -> Counter[str]:
        return Counter(o.surname for o in self.occurrences if o.kind != "bare")


@dataclass
class NameIndex:
    """Occurrences of person names in a corpus, clustered by surname."""

    occurrences: list[Occurrence]
    clusters: list[Cluster]
    lexicon: Lexicon

    @classmethod
    def build(cls, docs: Sequence[Document | DocumentSummary], lexicon: Lexicon | None = None) -> NameIndex:
        with _no_gc():
            return cls._build(docs, lexicon or Lexicon())

    @classmethod
    def _build(cls, docs: Sequence[Document], lexicon: Lexicon) -> NameIndex:
        occs = _resplit_multiword([o for d in docs for o in d.occurrences])
        # messages quote the first occurrences: the same whatever order the files came in
        occs.sort(key=lambda o: (o.doc.path, o.start))
        strong_keys = {o.key for o in occs if o.kind != "bare"}
        # bare surnames count only where a named person has that surname, or a surname one
        # edit away in the same text ("Ilgar Mamedov … the case of Mammadov")
        by_deletion = _deletion_map(strong_keys, MIN_NEAR_MISS_LEN)
        beside = _bare_beside_named(occs, strong_keys, by_deletion)
        occs = [o for o in occs if o.kind != "bare" or o.key in strong_keys or o.key in beside]
        uf = _UnionFind()
        for k in strong_keys:
            uf.find(k)
        for bare_key, named_keys in beside.items():
            for k in named_keys:
                uf.union(bare_key, k)
        # lexicon: a listed variant is the same person as its canonical form
        for entry in lexicon.entries:
            base = fold_word(entry.canonical.surname_text)
            for v in (*entry.variants, *entry.accept):
                vk = fold_word(v.surname_text)
                if vk in strong_keys or base in strong_keys:
                    uf.union(base, vk)
        # near misses: keys sharing a one-deletion neighbour, verified by edit distance
        _join_near_misses(uf, {k: k for k in strong_keys}, MIN_NEAR_MISS_LEN, by_deletion)
        # near misses of the spellings themselves: folding can turn one slip into several
        # edits (Dzhakishev / Dzhaikshev fold to jakishev / jaihev)
        keys_of: dict[str, set[str]] = defaultdict(set)
        for o in occs:
            if o.kind != "bare":
                keys_of[o.surname].add(o.key)
        raw_keys: dict[str, set[str]] = defaultdict(set)
        for surname, keys in keys_of.items():
            raw_keys[ascii_letters(surname)] |= keys
        _join_near_misses(uf, {raw: min(keys) for raw, keys in raw_keys.items()}, MIN_NEAR_MISS_LEN + 1)
        groups: dict[str, Cluster] = {}
        for o in occs:
            c = groups.setdefault(uf.find(o.key), Cluster())
            c.keys.add(o.key)
            c.occurrences.append(o)
        return cls(occs, list(groups.values()), lexicon)

    def variants(self, reported: frozenset[int] | None = None) -> list:
        """Every Variant of every cluster (computed once); with ``reported`` (ids of the
        documents whose findings are reported), only those of clusters where one of them
        appears: a pre-commit run of one file against a large reference corpus looks at
        that file's names, not at every name of the corpus."""
        from .names.variants import find_variants

        cache = self.__dict__.setdefault("_variants", {})
        found = cache.get(reported)
        if found is None:
            clusters = self.clusters
            if reported is not None:
                clusters = [c for c in clusters if any(id(o.doc) in reported for o in c.occurrences)]
            with _no_gc():
                found = [v for cluster in clusters for v in find_variants(cluster, self.lexicon)]
            cache[reported] = found
        return found
