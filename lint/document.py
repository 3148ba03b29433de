"""The document model every rule reads: located header fields, signatory blocks,
totals, the group legend and the body. Built once per file by ``lint.parse``.

All spans are half-open character offsets ``[start, end)`` into ``Document.text``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import cached_property

from .reading import LineIndex


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def shift(self, delta: int) -> Span:
        return Span(self.start + delta, self.end + delta)


_set_start = Span.start.__set__  # slot descriptors: frozen, yet cheap to initialise
_set_end = Span.end.__set__


def _span_init(self: Span, start: int, end: int) -> None:
    # Replaces the generated frozen __init__ + __post_init__ (~2x faster; hundreds of
    # thousands of spans per 1,000 documents). Same checks, same error.
    if not 0 <= start <= end:
        raise ValueError(f"bad span {start}..{end}")
    _set_start(self, start)
    _set_end(self, end)


Span.__init__ = _span_init  # type: ignore[method-assign]
# Pickled as a constructor call: the dataclass default (a Python-level __setstate__ per
# span) makes a worker's results and the cache several times slower to load.
Span.__reduce__ = lambda self: (Span, (self.start, self.end))  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class Field:
    """A piece of text with the span it came from."""

    text: str
    span: Span

    def __reduce__(self):
        return (Field, (self.text, self.span))


_set_text = Field.text.__set__
_set_field_span = Field.span.__set__


def _field_init(self: Field, text: str, span: Span) -> None:
    # As for Span: the generated frozen __init__ goes through object.__setattr__ per slot.
    _set_text(self, text)
    _set_field_span(self, span)


Field.__init__ = _field_init  # type: ignore[method-assign]


@dataclass(slots=True)
class Header:
    title: Field | None = None
    wd_number: int | None = None
    wd_field: Field | None = None  # the whole "Written declaration No. N" text
    doc_number: int | None = None
    doc_field: Field | None = None  # the whole "Doc. N" text
    date: _dt.date | None = None
    date_field: Field | None = None
    lines: list[Span] = field(default_factory=list)  # header lines, not body


@dataclass(slots=True)
class EntryDefect:
    """Something malformed inside one signatory entry (read by rule S012)."""

    kind: str  # "missing-country", "missing-fields", "extra-fields", "separator", "split-surname"
    span: Span
    message: str


@dataclass(slots=True)
class Signatory:
    span: Span  # the whole entry, without its separator
    honorific: Field | None
    given: Field | None
    surname: Field | None
    country: Field | None
    group: Field | None  # the raw group-code field, exactly as written
    order: str  # "given-first", "surname-first" or "surname-only"
    defects: list[EntryDefect] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        parts = [p.text for p in (self.given, self.surname) if p is not None]
        return " ".join(parts)


@dataclass(slots=True)
class Total:
    value: int
    number: Field  # the digits
    span: Span  # the whole "Total = N" text


@dataclass(slots=True)
class SignatoryBlock:
    # "inline", "lines", "letter" (members of any parliament, no group codes) or
    # "rapporteur" (`Rapporteur : Mr X, Country, CODE`: members' entries, not signatures)
    layout: str
    span: Span
    signatories: list[Signatory]
    heading: Field | None = None  # "Signatories:", "*Signed*¹:" ...
    total: Total | None = None
    # Text such as "and others" / "et al." after the list: the list is not complete.
    incomplete_marker: Field | None = None
    # The text ends inside the list's last entry (an excerpt cut off mid-entry, without a
    # final newline): that fragment is left out of ``signatories``, and the list is partial.
    cut_off: bool = False

    @property
    def is_list(self) -> bool:
        """A list of signatures: totals, the legend, duplicates, missing codes and the
        Rule 56 thresholds concern lists, not a report's rapporteur line."""
        return self.layout != "rapporteur"


@dataclass(slots=True)
class LegendEntry:
    code: Field
    name: Field
    span: Span


@dataclass(slots=True)
class Paragraph:
    span: Span


@dataclass(slots=True)
class Sentence:
    span: Span
    paragraph: int  # index into Document.paragraphs


@dataclass(slots=True)
class ParseProblem:
    """A part of the document the parser recognised but could not read."""

    kind: str  # e.g. "header-format", "impossible-date"; rules map kinds to codes
    span: Span
    message: str


class Document:
    """One parsed file. Rules read it; nothing here re-parses on demand except the
    lazily computed views, which are computed once and cached."""

    def __init__(self, text: str, path: str = "<text>", index: LineIndex | None = None):
        self.text = text
        self.path = path
        self.index = index if index is not None else LineIndex(text)
        self.language = "en"
        self.header = Header()
        self.blocks: list[SignatoryBlock] = []
        self.totals: list[Total] = []  # every "Total = N", also ones outside blocks
        self.legend: list[LegendEntry] = []
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []
        self.problems: list[ParseProblem] = []

    # -- convenience -------------------------------------------------------------
    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.index.line_col(offset)

    @property
    def signatories(self) -> list[Signatory]:
        return [s for block in self.blocks for s in block.signatories]

    @property
    def date(self) -> _dt.date | None:
        return self.header.date

    @property
    def is_written_declaration(self) -> bool:
        return self.header.wd_number is not None

    @cached_property
    def mentions(self) -> list:
        """Person-name mentions in the body, computed once (``lint.names.mentions``)."""
        from .names.mentions import body_mentions

        return body_mentions(self)

    @cached_property
    def occurrences(self) -> list:
        """Person names with their folding keys (``lint.corpus.Occurrence``): every mention,
        signatory entries first, computed once for N003 and the corpus name index."""
        from .corpus import occurrences

        return occurrences(self)

    @cached_property
    def affiliations(self) -> list:
        """`(Country, GROUP)` brackets after a person's name in the body
        (``lint.parse.signatories.Affiliation``), computed once."""
        from .parse.signatories import affiliations

        return affiliations(self)

    # -- prose views (``lint.parse.prose``), computed once on first use ------------------
    @cached_property
    def prose_spans(self) -> list[Span]:
        """The title and the body paragraphs."""
        from .parse import prose

        return prose.prose_spans(self)

    @cached_property
    def protected_spans(self) -> list[Span]:
        """URLs, e-mail addresses, hashtags, domain names and quoted titles in the prose."""
        from .parse import prose

        return prose.protected_spans(self)

    @cached_property
    def dates(self) -> list:
        """Date mentions in the prose (``prose.DateMention``), context years resolved."""
        from .parse import prose

        return prose.dates(self)

    @cached_property
    def grouped_numbers(self) -> list:
        """Numbers written with thousands separators (``prose.GroupedNumber``)."""
        from .parse import prose

        return prose.grouped_numbers(self)

    @cached_property
    def counted_nouns(self) -> list:
        """Counts of plural nouns in the prose (``prose.CountedNoun``)."""
        from .parse import prose

        return prose.counted_nouns(self)

    @cached_property
    def enumerated_counts(self) -> list:
        """Stated counts followed by a list of names (``prose.EnumeratedCount``)."""
        from .parse import prose

        return prose.enumerated_counts(self)

    @cached_property
    def signature_claims(self) -> list:
        """'N members signed Written Declaration no. X' (``prose.SignatureClaim``)."""
        from .parse import prose

        return prose.signature_claims(self)

    def __repr__(self) -> str:
        return (
            f"Document({self.path!r}, lang={self.language}, "
            f"blocks={len(self.blocks)}, signatories={len(self.signatories)})"
        )
