"""Reference data shipped in ``lint/data/*.yaml``: PACE groups and member states.

Loaded once per process with yaml's C loader when present. Importing yaml and parsing
the files costs ~15 ms, paid by every one-file run (a pre-commit hook): so the parsed
data is also kept as a pickle in the user cache directory, keyed by the file's size and
modification time, and later runs read that in well under a millisecond.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .cachefile import write_atomic

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def _parse_yaml(text: str):
    import yaml

    try:  # the C loader is several times faster; fall back to the pure-Python one
        loader = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on how PyYAML was built
        loader = yaml.SafeLoader
    return yaml.load(text, Loader=loader)


def _cached_path(name: str, st: os.stat_result) -> str:
    from .words import cache_dir

    stem = name.rsplit(".", 1)[0]
    return os.path.join(cache_dir(), f"data-{stem}-{st.st_size}-{st.st_mtime_ns:x}.pickle")


def _write_cached(path: str, data) -> None:
    # A read-only home parses the YAML again next time.
    write_atomic(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def load_data(name: str):
    path = os.path.join(DATA_DIR, name)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
            st = os.fstat(handle.fileno())
    except OSError:  # not a plain directory (a zip import): no cache
        from importlib import resources

        return _parse_yaml(resources.files("lint.data").joinpath(name).read_text(encoding="utf-8"))
    cached = _cached_path(name, st)
    try:
        with open(cached, "rb") as handle:
            return pickle.loads(handle.read())
    except Exception:  # missing, truncated or foreign: parse the YAML
        pass
    data = _parse_yaml(raw.decode("utf-8"))
    _write_cached(cached, data)
    return data


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """``text`` without its accents, case kept ("Suède" -> "Suede")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive key for comparing names of places and groups."""
    text = strip_accents(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Group:
    code: str
    names: tuple[str, ...]
    french: str
    french_names: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    confirmed: bool

    def in_use(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def era(self) -> str:
        if self.start and self.end:
            return f"from {self.start:%d %B %Y} to {self.end:%d %B %Y}"
        if self.start:
            return f"from {self.start:%d %B %Y}"
        if self.end:
            return f"until {self.end:%d %B %Y}"
        return "throughout"


@dataclass(frozen=True)
class Groups:
    pace: dict[str, Group]
    french: dict[str, str]  # French code -> English code
    european_parliament: dict[str, str | None]  # EP code -> PACE counterpart

    @property
    def all_codes(self) -> list[str]:
        return sorted(set(self.pace) | set(self.french))


@cache
def groups() -> Groups:
    data = load_data("groups.yaml")
    pace = {
        code: Group(
            code=code,
            names=tuple(entry["names"]),
            french=entry.get("french") or code,
            french_names=tuple(entry.get("french_names") or ()),
            start=entry.get("from"),
            end=entry.get("until"),
            confirmed=entry.get("confirmed", True),
        )
        for code, entry in data["pace"].items()
    }
    return Groups(pace, dict(data["french"]), dict(data["european_parliament"]))


@dataclass(frozen=True)
class Country:
    name: str  # the PACE spelling
    status: str  # "member", "observer" (incl. partners for democracy), "non-member"
    joined: dt.date | None = None
    left: dt.date | None = None
    gaps: tuple[tuple[dt.date, dt.date], ...] = ()
    note: str = ""

    def member_on(self, day: dt.date) -> bool:
        if self.status != "member":
            return False
        if self.joined and day < self.joined:
            return False
        if self.left and day > self.left:
            return False
        return not any(a <= day <= b for a, b in self.gaps)


@dataclass
class Countries:
    by_key: dict[str, Country] = field(default_factory=dict)  # folded spelling -> country
    english: list[str] = field(default_factory=list)  # every accepted English spelling
    french: list[str] = field(default_factory=list)  # every accepted French spelling
    english_keys: set[str] = field(default_factory=set)  # the same, folded
    french_keys: set[str] = field(default_factory=set)

    def lookup(self, text: str) -> Country | None:
        return self.by_key.get(fold(text.strip().strip("'\"")))

    def in_language(self, text: str, language: str) -> bool:
        """Is ``text`` a spelling of a country in ``language`` ("en" or "fr")?"""
        key = fold(text.strip().strip("'\""))
        return key in (self.french_keys if language == "fr" else self.english_keys)

    def starting_with(self, text: str) -> list[Country]:
        """Countries with a spelling (any language) that starts with ``text``, at least
        three letters long: a name cut off (`Unit` for United Kingdom)."""
        key = fold(text.strip())
        if sum(c.isalpha() for c in key) < 3:
            return []
        found = {c.name: c for spelling, c in self.by_key.items() if spelling.startswith(key)}
        return list(found.values())


@cache
def countries() -> Countries:
    data = load_data("countries.yaml")
    index = Countries()
    for status, key in (("member", "members"), ("observer", "observers"), ("non-member", "non_members")):
        for entry in data[key]:
            gaps = tuple((a, b) for a, b in entry.get("gaps", []))
            country = Country(
                name=entry["name"],
                status=status,
                joined=entry.get("joined"),
                left=entry.get("left"),
                gaps=gaps,
                note=entry.get("note", entry.get("status", "")),
            )
            for spelling in [entry["name"], *entry.get("accepted", [])]:
                index.by_key[fold(spelling)] = country
                index.english.append(spelling)
                index.english_keys.add(fold(spelling))
            for spelling in entry.get("french", []):
                index.by_key.setdefault(fold(spelling), country)
                index.french.append(spelling)
                index.french_keys.add(fold(spelling))
    return index
