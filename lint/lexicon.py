"""The names lexicon (``declint.yaml``): canonical spellings, their variants, spellings
accepted as they are, and groups of people who must never be merged.

```yaml
names:
  Serik Zhakhin: [Zhahin]                 # canonical: [variants]
  Kassym-Jomart Tokayev:
    variants: [Tokaev, Kassym-Zhomart Tokayev]
    accept: [Tokaïev]                     # correct too (French editions): never reported
distinct:
  - [Daniyar Khassenov, Daryn Khasenov]   # two people: never a variant of each other
```

A one-word variant is a surname variant (any given name); a longer one gives the given
name too. Loaded with ``yaml.safe_load``; every error names the key it is about.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .cli import UsageError

DEFAULT_PATH = "declint.yaml"


class LexiconError(UsageError):
    """A lexicon that cannot be read: the message says which file and key."""


@lru_cache(maxsize=65536)
def spelling(text: str) -> str:
    """How a name is spelled, ignoring case and typography only (RAMPI = Rampi,
    Turkish dotted/dotless i lost in capitals, curly apostrophes, hyphen forms)."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‐", "-").replace("‑", "-")
    text = text.casefold().replace("i̇", "i").replace("ı", "i")
    return " ".join(text.split())


@dataclass(frozen=True)
class LexName:
    """A name as the lexicon writes it: given names (maybe none) and a surname."""

    text: str
    given: str  # spelling() of the first given word, "" if none
    surname: str  # spelling() of the surname
    given_text: str
    surname_text: str

    @classmethod
    def parse(cls, text: str) -> LexName:
        from .names.mentions import PARTICLES

        words = text.split()
        k = len(words) - 1
        while k > 0 and words[k - 1].lower() in PARTICLES:
            k -= 1
        given_words, surname_words = words[:k], words[k:]
        given_text = " ".join(given_words)
        surname_text = " ".join(surname_words)
        return cls(
            text,
            spelling(given_words[0]) if given_words else "",
            spelling(surname_text),
            given_text,
            surname_text,
        )

    def matches(self, given: str, surname: str) -> bool:
        """Does a mention spelled (given first word, surname) match this name?"""
        return self.surname == surname and (not self.given or not given or self.given == given)


@dataclass
class Entry:
    canonical: LexName
    variants: list[LexName] = field(default_factory=list)
    accept: list[LexName] = field(default_factory=list)


@dataclass
class Lexicon:
    path: str | None = None
    entries: list[Entry] = field(default_factory=list)
    distinct: list[list[LexName]] = field(default_factory=list)

    def entry_for_variant(self, given: str, surname: str) -> tuple[Entry, LexName] | None:
        """The entry of which (given, surname) is a listed variant, and that variant."""
        for entry in self._by_surname().get(surname, ()):
            for v in entry.variants:
                # a given-name-only variant needs the given name to be there
                strict = v.given and v.surname == entry.canonical.surname
                if v.matches(given, surname) and (not strict or given == v.given):
                    return entry, v
        return None

    def is_known(self, given: str, surname: str) -> bool:
        """Canonical or accepted: a spelling never to report."""
        for entry in self._by_surname().get(surname, ()):
            for n in (entry.canonical, *entry.accept):
                if n.matches(given, surname):
                    return True
        return False

    def entry_for(self, given: str, surname: str) -> Entry | None:
        for entry in self._by_surname().get(surname, ()):
            for n in (entry.canonical, *entry.accept, *entry.variants):
                if n.matches(given, surname):
                    return entry
        return None

    def are_distinct(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Are (given, surname) spellings a and b listed as different people?"""
        for group in self.distinct:
            hits_a = [i for i, n in enumerate(group) if n.matches(*a)]
            hits_b = [i for i, n in enumerate(group) if n.matches(*b)]
            if hits_a and hits_b and (set(hits_a) != set(hits_b) or len(hits_a) > 1):
                return True
        return False

    def _by_surname(self) -> dict[str, list[Entry]]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {}
            for entry in self.entries:
                for n in {x.surname for x in (entry.canonical, *entry.variants, *entry.accept)}:
                    cache.setdefault(n, []).append(entry)
            self.__dict__["_index"] = cache
        return cache


def _names(value, where: str, path: str) -> list[LexName]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise LexiconError(f"{path}: {where}: expected a list of names, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{path}: {where}[{i}]: expected a non-empty name, got {item!r}")
        out.append(LexName.parse(item.strip()))
    return out


def parse_lexicon(data, path: str = DEFAULT_PATH) -> Lexicon:
    """Build a Lexicon from safe_load'ed YAML data; LexiconError names the bad key."""
    lex = Lexicon(path)
    if data is None:
        return lex
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping with 'names' and 'distinct' at the top level")
    unknown = sorted(set(map(str, data)) - {"names", "distinct"})
    if unknown:
        raise LexiconError(f"{path}: {unknown[0]}: unknown key (expected 'names' or 'distinct')")
    names = data.get("names") or {}
    if not isinstance(names, dict):
        raise LexiconError(f"{path}: names: expected a mapping 'Canonical Name: [variants]'")
    for canonical, spec in names.items():
        where = f"names.{canonical!r}"
        if not isinstance(canonical, str) or not canonical.strip():
            raise LexiconError(f"{path}: {where}: a canonical name must be a non-empty string")
        entry = Entry(LexName.parse(canonical.strip()))
        if isinstance(spec, dict):
            extra = sorted(set(map(str, spec)) - {"variants", "accept"})
            if extra:
                raise LexiconError(
                    f"{path}: {where}.{extra[0]}: unknown key (expected 'variants' or 'accept')"
                )
            entry.variants = _names(spec.get("variants") or [], f"{where}.variants", path)
            entry.accept = _names(spec.get("accept") or [], f"{where}.accept", path)
        elif spec is not None:
            entry.variants = _names(spec, where, path)
        lex.entries.append(entry)
    distinct = data.get("distinct") or []
    if not isinstance(distinct, list):
        raise LexiconError(f"{path}: distinct: expected a list of groups of names")
    for i, group in enumerate(distinct):
        names_ = _names(group, f"distinct[{i}]", path)
        if len(names_) < 2:
            raise LexiconError(f"{path}: distinct[{i}]: a group needs at least two names")
        lex.distinct.append(names_)
    return lex


_CACHE: dict[tuple[str, float], Lexicon] = {}


def load_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon at ``path``; the default ``declint.yaml`` is optional, a given path is not."""
    explicit = path is not None
    path = path or DEFAULT_PATH
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        if explicit:
            raise LexiconError(f"{path}: cannot read the names lexicon: {exc.strerror}") from None
        # one empty lexicon per missing path: its identity keys the merged lexicon and the
        # name index shared by N001 and N002
        return _CACHE.setdefault((path, -1.0), Lexicon(None))
    cached = _CACHE.get((path, mtime))
    if cached is not None:
        return cached
    import yaml  # ~13 ms: only when there is a lexicon file to read

    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read the names lexicon: {exc}") from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    lex = parse_lexicon(data, path)
    _CACHE[(path, mtime)] = lex
    return lex


def builtin_lexicon() -> Lexicon:
    """The names shipped in ``lint/data/names.yaml`` (public figures)."""
    lex = _CACHE.get(("<builtin>", 0.0))
    if lex is None:
        from .refdata import load_data

        lex = parse_lexicon(load_data("names.yaml"), "lint/data/names.yaml")
        _CACHE[("<builtin>", 0.0)] = lex
    return lex


def user_lexicon(ctx) -> Lexicon:
    """``ctx.shared['lexicon']`` (already loaded), else the file at
    ``ctx.shared['lexicon_path']``, else ``declint.yaml`` if present."""
    shared = getattr(ctx, "shared", None) or {}
    lex = shared.get("lexicon")
    if isinstance(lex, Lexicon):
        return lex
    return load_lexicon(shared.get("lexicon_path"))


_MERGED: dict[int, tuple[Lexicon, Lexicon]] = {}


def lexicon_for(ctx, builtin: bool = True) -> Lexicon:
    """The lexicon rules use: the user's entries first, then the built-in ones."""
    user = user_lexicon(ctx)
    return with_builtin(user) if builtin else user


def with_builtin(user: Lexicon) -> Lexicon:
    """``user``'s entries first, then the built-in ones (cached per user lexicon)."""
    cached = _MERGED.get(id(user))
    if cached is not None and cached[0] is user:
        return cached[1]
    base = builtin_lexicon()
    merged = Lexicon(user.path, user.entries + base.entries, user.distinct + base.distinct)
    _MERGED[id(user)] = (user, merged)
    return merged
