"""What the cross-document rules keep of a document.

A parsed ``Document`` holds every span the document rules read (sentences, signatory
entries, legend, prose views): tens of thousands of small objects per file. The rules
that compare documents (N001, N002, C002, D005) read only the header, the signatory
count, the signature claims and the person-name occurrences. Keeping this summary
instead of the document is what keeps a 10,000-document run's memory bounded, lets a
worker process send its documents back cheaply (no re-parse in the parent), and lets the
cache store a reference corpus compactly.
"""

from __future__ import annotations

from .document import Document, Header
from .reading import LineIndex


class DocumentSummary:
    """The cross-document view of one document (duck-types the ``Document`` attributes
    the corpus rules read: ``path``, ``text``, ``line_col``, ``language``, ``header``,
    ``signature_claims``)."""

    __slots__ = (
        "declared_totals",
        "header",
        "index",
        "language",
        "list_complete",
        "occurrences",
        "path",
        "signatory_count",
        "signature_claims",
        "text",
    )

    def __init__(self, doc: Document) -> None:
        from .corpus import Occurrence

        self.path = doc.path
        self.text = doc.text
        self.index: LineIndex = doc.index
        self.language = doc.language
        self.header: Header = doc.header
        self.signatory_count = len(doc.signatories)
        self.declared_totals = tuple(t.value for t in doc.totals)
        # "and others" after a list: the list is not every signature
        self.list_complete = all(b.incomplete_marker is None for b in doc.blocks)
        self.signature_claims = list(doc.signature_claims)
        # Kept as flat rows, not Mentions: the document's fields and spans (most of its
        # memory) are freed with it; a finding's Mention is rebuilt from its row.
        self.occurrences = [
            Occurrence(self, None, o.surname, o.given, o.key, o.given_key, row=o.row(), kind=o.kind,
                       source=o.source, country=o.country, group=o.group, start=o.start)
            for o in doc.occurrences
        ]  # fmt: skip

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.index.line_col(offset)

    # Workers send summaries back and the cache stores them: pickled as flat tuples of
    # strings and numbers (pickle's fast path), not as thousands of small dataclasses.
    def __getstate__(self):
        occurrences = tuple(
            (o.row(), o.kind, o.source, o.country, o.group, o.surname, o.given, o.key, o.given_key)
            for o in self.occurrences
        )
        return (*(getattr(self, name) for name in _PLAIN), occurrences)

    def __setstate__(self, state) -> None:
        from .corpus import Occurrence

        for name, value in zip(_PLAIN, state, strict=False):
            setattr(self, name, value)
        self.occurrences = [
            Occurrence(self, None, sur, giv, key, given_key, row=row, kind=kind, source=source, country=country, group=group,
                       start=row[0])
            for row, kind, source, country, group, sur, giv, key, given_key in state[-1]
        ]  # fmt: skip

    def __repr__(self) -> str:
        return f"DocumentSummary({self.path!r}, signatories={self.signatory_count})"


# Every slot but ``occurrences``, in the order they are pickled.
_PLAIN = tuple(name for name in DocumentSummary.__slots__ if name != "occurrences")


def summarize(doc: Document | DocumentSummary) -> DocumentSummary:
    return doc if isinstance(doc, DocumentSummary) else DocumentSummary(doc)
