"""Header metadata: title, `Written declaration No. N`, `Doc. N` and the document date.

Layouts seen in the genre:
  Written declaration No. 745 | Doc. 15575 | 27 June 2022       (pace.coe.int page)
  Doc. 14983 / 04 October 2019 / <title> / Written declaration No. 695   (PDF edition)
  Déclaration écrite n° 745 | Doc. 15575 | 27 juin 2022          (French edition)
Only standalone lines (or pipe-separated parts) count: "Written Declaration no. 670"
inside a sentence is prose, not a header.
"""

from __future__ import annotations

import datetime as dt
import re

from ..document import Document, Field, ParseProblem, Span
from .lines import Line, trim

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<month>{_MONTH_ALT})\s+(?P<year>\d{{4}})",
    re.IGNORECASE,
)
# Loose forms, so that a near-miss header line is still recognised and reported.
WD_LOOSE = re.compile(
    r"(?P<label>written\s+declaration|d[ée]claration\s+[ée]crite)\s*"
    r"(?P<no>n[o°º]\.?|n\s*°|num(?:ber|éro)\.?)?\s*(?P<num>[^\s|]*)",
    re.IGNORECASE,
)
# PACE's own forms: `Written declaration No. N` (older editions capitalise `Declaration`);
# the French pages print `Déclaration écrite No. N`, the French editions `n° N`.
WD_STRICT = re.compile(r"(?:Written [Dd]eclaration No\. |Déclaration écrite (?:No\.|n°) )(\d{1,4})")
# "Doc. 15 575" (digits grouped like an amount) is still one number.
DOC_LOOSE = re.compile(
    r"Doc\b\.?\s*(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d ])|[^\s|]*)", re.IGNORECASE
)
DOC_STRICT = re.compile(r"Doc\. (\d{1,6})")

# How far into a file header lines are looked for.
HEADER_SCAN_LINES = 60


def _date_field(text: str, start: int, end: int, doc: Document):
    """Parse a date occupying exactly text[start:end]; returns (date|None, Field)."""
    m = DATE_RE.fullmatch(text, start, end)
    if m is None:
        return None
    fld = Field(m.group(0), Span(start, end))
    try:
        day = dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        doc.problems.append(ParseProblem("impossible-date", fld.span, f"'{fld.text}' is not a real date"))
        return None, fld
    return day, fld


def _header_part(doc: Document, text: str, start: int, end: int, in_pipe_line: bool = False) -> bool:
    """Read one header part (a whole line or one pipe-separated piece)."""
    header = doc.header
    span = trim(text, start, end)
    start, end = span.start, span.end
    if start >= end:
        return False
    piece = text[start:end]
    loose = WD_LOOSE.match(piece)
    if not (loose and loose.end() == len(piece)):
        loose = _near_wd_label(piece)
    if loose and loose.end() == len(piece) and len(piece) <= 60:
        fld = Field(piece, span)
        strict = WD_STRICT.fullmatch(piece)
        if header.wd_field is None:
            header.wd_field = fld
            digits = loose["num"].strip(".:")
            if digits.isascii() and digits.isdigit():
                header.wd_number = int(digits)
        if strict is None:
            expected = (
                "Written declaration No. N" if piece[:1] in "Ww" else "Déclaration écrite No. N' or 'n° N"
            )
            doc.problems.append(
                ParseProblem(
                    "header-format", span, f"malformed declaration line '{piece}' (expected '{expected}')"
                )
            )
        return True
    loose = DOC_LOOSE.match(piece)
    if loose and loose.end() == len(piece) and len(piece) <= 20 and piece[:3].lower() == "doc":
        fld = Field(piece, span)
        if header.doc_field is None:
            header.doc_field = fld
            digits = "".join(loose["num"].strip(".:").split())
            if digits.isascii() and digits.isdigit():
                header.doc_number = int(digits)
        if DOC_STRICT.fullmatch(piece) is None:
            doc.problems.append(
                ParseProblem(
                    "header-format", span, f"malformed document number '{piece}' (expected 'Doc. N')"
                )
            )
        return True
    parsed = _date_field(text, start, end, doc)
    if parsed is not None:
        if header.date_field is None:
            header.date, header.date_field = parsed
        return True
    if in_pipe_line:
        return _type_label(doc, piece, span)
    return False


# The document types a header line names beside `Doc. N` ("Motion for a resolution | Doc.
# 11744 | 10 October 2008").
TYPE_LABELS = (
    "Motion for a resolution", "Motion for a recommendation", "Written declaration",
    "Written question", "Reply to written question", "Report", "Resolution", "Recommendation",
    "Opinion", "Reply", "Information report", "Communication",
    "Proposition de résolution", "Proposition de recommandation", "Déclaration écrite",
    "Question écrite", "Rapport", "Avis", "Réponse", "Rapport d'information",
)  # fmt: skip
_TYPE_KEYS = {label.lower(): label for label in TYPE_LABELS}
NEAR_LABEL = 85  # rapidfuzz ratio: one or two letters off in a label of 10 or more
MIN_FUZZY_LABEL = 10  # shorter labels ("Report", "Avis") are compared exactly


def _type_label(doc: Document, piece: str, span: Span) -> bool:
    """A document-type label of a pipe-separated header line; a near miss of one
    ("Motion for a resoltion") is reported as malformed."""
    key = " ".join(piece.lower().split())
    if key in _TYPE_KEYS:
        return True
    if len(key) < MIN_FUZZY_LABEL or not key.replace(" ", "").replace("'", "").isalpha():
        return False
    from rapidfuzz import fuzz, process

    found = process.extractOne(key, list(_TYPE_KEYS), scorer=fuzz.ratio, score_cutoff=NEAR_LABEL)
    if found is None:
        return False
    expected = _TYPE_KEYS[found[0]]
    doc.problems.append(
        ParseProblem("header-format", span, f"malformed document type '{piece}' (expected '{expected}')")
    )
    return True


_WD_LABEL_NO = re.compile(
    r"(?P<label>[^\W\d_]+\s+[^\W\d_]+)\s*(?P<no>n[o°º]\.?|n\s*°)\s*(?P<num>\d{1,4}\b\.?)", re.IGNORECASE
)


def _near_wd_label(piece: str):
    """`Written decllaration No. 695`, `Writen declaration No. 695`: a declaration line
    whose label is misspelt (rapidfuzz ratio), read as the declaration line it is."""
    m = _WD_LABEL_NO.fullmatch(piece)
    if m is None:
        return None
    from rapidfuzz import fuzz

    label = " ".join(m["label"].lower().split())
    if max(fuzz.ratio(label, "written declaration"), fuzz.ratio(label, "déclaration écrite")) < NEAR_LABEL:
        return None
    return m


def parse_header(doc: Document, lines: list[Line]) -> set[int]:
    """Fill ``doc.header``; return the numbers of the lines it claimed."""
    claimed: set[int] = set()
    text = doc.text
    wd_line = None
    doc_line = None  # "Motion for a resolution | Doc. 11744 | 10 October 2008", "Report | Doc. …"
    for line in lines[:HEADER_SCAN_LINES]:
        if line.blank or len(line.text) > 160:
            continue
        if "|" in line.text:
            found = False
            pos = line.start
            for part in line.text.split("|"):
                found |= _header_part(doc, text, pos, pos + len(part), in_pipe_line=True)
                pos += len(part) + 1
            if found:
                claimed.add(line.number)
                if doc.header.wd_field and doc.header.wd_field.span.start >= line.start:
                    wd_line = wd_line or line
                elif doc.header.doc_field and doc.header.doc_field.span.start >= line.start:
                    doc_line = doc_line or line
            continue
        had_wd = doc.header.wd_field is not None
        if _header_part(doc, text, line.start, line.end):
            claimed.add(line.number)
            if not had_wd and doc.header.wd_field is not None:
                wd_line = line
    if doc.header.date_field is None:
        _dateline(doc, lines, claimed)
    anchor = wd_line or doc_line
    if anchor is not None:
        for line in lines[: anchor.number - 1]:
            if _BOILERPLATE_LINE.fullmatch(line.text.strip()):
                claimed.add(line.number)  # page furniture above the header: not prose
        _find_title(doc, lines, anchor, claimed)
    return claimed


# Page furniture printed around the header by the Assembly's web sites.
_BOILERPLATE = re.compile(r"logo|hemicycle|^hot topics", re.IGNORECASE)
_BOILERPLATE_LINE = re.compile(
    r"logo\b.*|.*\bhemicycle|hot topics\W*|print|imprimer|(?:see )?related documents|"
    r"(?:voir les |autres )?documents liés",
    re.IGNORECASE,
)
# A title is a heading: short, not a sentence, not a list of signatories.
_TITLE_MAX_WORDS = 40
_NOT_TITLE = re.compile(
    r"(?:(?:signatories|signataires|signed|signé|we,|nous,|this written|la présente)\b|origine?\s+[-–])", re.I
)


def _title_like(line: Line) -> bool:
    words = line.text.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or " ; " in line.text:
        return False
    first = line.text.strip()[0]
    if not (first.isupper() or first.isdigit() or first in "«“\"'‘"):
        return False
    return not line.text.rstrip().endswith((".", ":", ";", ",")) and not _NOT_TITLE.match(line.text.strip())


def _find_title(doc: Document, lines: list[Line], anchor: Line, claimed: set[int]) -> None:
    """The title is the nearest real line above the header line (pace.coe.int, PDF); when
    only page furniture or nothing stands above it (assembly.coe.int: "See related
    documents"), it is the first line below the header line, if that reads as a title."""
    for line in reversed(lines[: anchor.number - 1]):
        if line.blank or (line.number in claimed and not _BOILERPLATE_LINE.fullmatch(line.text.strip())):
            continue
        if _BOILERPLATE_LINE.fullmatch(line.text.strip()):
            break  # furniture: look below
        if _BOILERPLATE.search(line.text) or len(line.text.split()) < 2:
            return
        _set_title(doc, line, claimed)
        return
    for line in lines[anchor.number : anchor.number + 4]:
        if line.blank or line.number in claimed:
            continue
        if _title_like(line):
            _set_title(doc, line, claimed)
        return


def _set_title(doc: Document, line: Line, claimed: set[int]) -> None:
    span = line.stripped_span()
    doc.header.title = Field(doc.slice(span), span)
    claimed.add(line.number)


# -- the date of an article with no header line ---------------------------------------------
#
# News and NGO pages print their date in a few fixed forms at the top:
#    date 2022-04-07 The members of …          (a label, then the first paragraph)
#    Published: 7 December 2023 / Publié le 7 décembre 2023
#    December 7, 2023                          (a line of its own)
#    15/12/2022 Monitoring                     (a date and a short category)
#    Strasbourg, 06.09.2013 – At its meeting … (a dateline: place, date, dash)
# Only the first few lines are read, and only these forms: a date inside a sentence is what
# the text talks about, not when it was written ("today 29.09.2016 01:13" is the page's
# clock, not the article's date).
DATELINE_SCAN_LINES = 4  # non-blank lines from the top

_ABBR_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_ANY_MONTH = "|".join(sorted([*MONTHS, *_ABBR_MONTHS], key=len, reverse=True))
_TOP_DATES = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<name>{_ANY_MONTH})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.I,
    ),
    re.compile(
        rf"(?P<name>{_ANY_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)", re.I
    ),
    # European numeric dates: day first (06.09.2013, 15/12/2022); a slash date whose
    # second number cannot be a month is month first.
    re.compile(r"(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d./])"),
)
_LABEL = re.compile(
    r"(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|publié\s+le|mis\s+en\s+ligne\s+le|"
    r"date\s+de\s+publication)\s*:?\s*",
    re.I,
)
# A place before a dateline ("Strasbourg, ", "Kyiv, "); left blank in some letters (", ").
_PLACE = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})?,\s*")
_DASH_AFTER = re.compile(r"\s*(?:[–—]|-\s)")
# What may follow a date on a line of its own: nothing, a short category ("Monitoring"), or
# page furniture after a pipe.
_SHORT_TAIL = re.compile(r"\s*(?:\|.*|[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3})?\s*")


def _top_date(text: str, start: int, end: int):
    """(date | None, match end) for a date starting exactly at ``start``; None if no date."""
    for regex in _TOP_DATES:
        m = regex.match(text, start, end)
        if m is None:
            continue
        day, year = int(m["day"]), int(m["year"])
        if "name" in regex.groupindex:
            name = m["name"].lower()
            month = MONTHS.get(name) or _ABBR_MONTHS.get(name.rstrip("."))
        else:
            month = int(m["month"])
            if "sep" in regex.groupindex and m["sep"] == "/" and month > 12 and day <= 12:
                day, month = month, day
        try:
            return dt.date(year, month, day), m.end()
        except (ValueError, TypeError):
            return None, m.end()
    return None


def _dateline(doc: Document, lines: list[Line], claimed: set[int]) -> None:
    """The document's date from a dateline at the top, when there is no header date."""
    text = doc.text
    seen = 0
    for line in lines:
        if seen >= DATELINE_SCAN_LINES:
            return
        if line.blank:
            continue
        seen += 1
        if line.number in claimed:
            continue
        span = trim(text, line.start, line.end)
        start, end = span.start, span.end
        found = None  # (date, date start, date end, whole line)
        label = _LABEL.match(text, start, end)
        if label is not None and label.end() > start:
            got = _top_date(text, label.end(), end)
            if got is not None:
                found = (got[0], label.end(), got[1], not text[got[1] : end].strip())
        if found is None:
            got = _top_date(text, start, end)
            if got is not None:
                tail = _SHORT_TAIL.fullmatch(text, got[1], end)
                if tail is not None:
                    found = (got[0], start, got[1], True)
        if found is None:
            place = _PLACE.match(text, start, end)
            if place is not None:
                got = _top_date(text, place.end(), end)
                if got is not None and (
                    not text[got[1] : end].strip() or _DASH_AFTER.match(text, got[1], end) is not None
                ):
                    found = (got[0], place.end(), got[1], not text[got[1] : end].strip())
        if found is None:
            continue
        date, a, b, whole = found
        if date is None:
            continue  # not a real date: the prose rules see it
        doc.header.date = date
        doc.header.date_field = Field(text[a:b], Span(a, b))
        if whole:
            claimed.add(line.number)
        return
