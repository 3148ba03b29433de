"""Signatory blocks in the genre's layouts.

inline (pace.coe.int):  [Signatories:] Mr Roberto RAMPI, Italy, SOC ; Lord Andrew ADONIS, ...
lines  (PDF edition):   *Signed*¹:  then one `GATTOLIN André, France, ALDE` a line, `Total = 25`
lines  (older motions): Signed 1:   then one `Gross, Switzerland, SOC` a line
French editions:        Signataires : M. Jean DUPONT, France, ADLE ; Mme ...
letter (parliamentarians' letters): a heading line ending in `signatories ...:`, then one
                        `- Senator Andre Gattolin, France` / `- Malte Gallée MEP, European
                        Union` a line: mixed case, titles, no group code
rapporteur (reports, news): `Rapporteur : Mr Andreas GROSS, Switzerland, SOC`: a member's
                        entry after the label, not a list of signatures
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, EntryDefect, Field, Signatory, SignatoryBlock, Span, Total
from ..refdata import countries, groups
from .lines import Line, trim
from .names import HONORIFIC_RE, is_caps, is_particle, split_name

# (a copied page may keep the list bullets: `- Signataires :` then `- M. Michael McNAMARA, …`)
INLINE_HEADING = re.compile(
    r"\s*(?:[-•]\s*)?(?:Signatories|Signataires|Signatures|Signed by|Sign[ée]s? par)\s*:\s*(?:[-•]\s+)?",
    re.IGNORECASE,
)
LINES_HEADING = re.compile(
    r"\W{0,3}(?:Signed|Signatories|Signataires|Signatures|Sign[ée]s?)\W{0,3}"
    r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰*()]{0,4}\s*:?\s*",
    re.IGNORECASE,
)
TOTAL_RE = re.compile(r"\s*(?:Total|TOTAL)\s*[=:]\s*(\d{1,5})\s*\.?\s*")
INCOMPLETE_RE = re.compile(r"(?:and (?:\d+ |many )?others|et al\.?|etc\.?|\.\.\.|…|et autres)\.?")
# A group-code field: short, no lower-case word of its own (lower-case codes are still
# codes, `soc`, but then they are one token).
CODE_LIKE = re.compile(r"[A-Za-z0-9&/.\- ]{1,12}[,;.]?")


def _is_code_like(text: str) -> bool:
    text = text.strip()
    if not text or not CODE_LIKE.fullmatch(text):
        return False
    if " " in text.strip(" ,;."):
        return "/" in text  # `EC /DA` is a mangled code, `New Zealand` is not
    return (
        text.isupper() or text.upper() in groups().pace or text.upper() in groups().french or len(text) <= 4
    )


def _is_country(text: str) -> bool:
    return countries().lookup(text) is not None


def _known_code(text: str) -> bool:
    """A PACE (English or French) or European Parliament code, whatever its case or dots."""
    key = re.sub(r"[\s.]", "", text).upper()
    g = groups()
    return key in g.pace or key in g.french or any(key == c.upper() for c in g.european_parliament)


def _is_damaged_country(text: str) -> bool:
    """A short token that is a country cut off or misspelt, not a group code: `Unit`
    (United Kingdom cut off), `Itly`. Mangled codes (`Soc`, `A1DE`, `UEl`) are no
    country's prefix or near miss."""
    text = text.strip(" ,;.")
    if not text.replace(" ", "").isalpha() or _known_code(text):
        return False
    if countries().starting_with(text):
        return True
    if text.isupper() or len(text) < 4:
        return False
    from rapidfuzz import fuzz, process, utils

    index = countries()
    return (
        process.extractOne(
            text,
            index.english + index.french,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=80,
        )
        is not None
    )


def _fields(text: str, start: int, end: int) -> list[Span]:
    """Comma-separated fields of text[start:end], each trimmed."""
    spans = []
    pos = start
    for piece in text[start:end].split(","):  # `trim` inlined: one slice per field
        stop = pos + len(piece)
        left = piece.lstrip()
        if left:
            lead = stop - len(left)
            spans.append(Span(lead, lead + len(left.rstrip())))
        else:
            spans.append(Span(stop, stop))
        pos = stop + 1
    return spans


def _build_entry(text: str, span: Span, surname_first: bool) -> Signatory:
    """Turn one entry's text into a Signatory, noting what is malformed."""
    entry = text[span.start : span.end]
    if len(entry) > 300:  # a pathological entry is analysed, not kept in the cache
        return _analyse_entry(text, span, surname_first)
    shape = _entry_shape(entry, surname_first)
    return _shifted(shape, span.start)


# Members sign declaration after declaration: an entry's text recurs across a corpus, so
# its analysis (spans relative to the entry) is done once per distinct text and shifted.
@lru_cache(maxsize=16384)
def _entry_shape(entry: str, surname_first: bool) -> Signatory:
    return _analyse_entry(entry, Span(0, len(entry)), surname_first)


def _shift_field(f: Field | None, delta: int) -> Field | None:
    return None if f is None else Field(f.text, Span(f.span.start + delta, f.span.end + delta))


def _shifted(s: Signatory, delta: int) -> Signatory:
    return Signatory(
        Span(s.span.start + delta, s.span.end + delta),
        _shift_field(s.honorific, delta),
        _shift_field(s.given, delta),
        _shift_field(s.surname, delta),
        _shift_field(s.country, delta),
        _shift_field(s.group, delta),
        s.order,
        [EntryDefect(d.kind, Span(d.span.start + delta, d.span.end + delta), d.message) for d in s.defects],
    )


def _analyse_entry(text: str, span: Span, surname_first: bool) -> Signatory:
    fields = _fields(text, span.start, span.end)
    defects: list[EntryDefect] = []
    group_field = None
    # `UEL,` — a trailing comma belongs to the (mangled) code, not to a new field.
    while len(fields) > 1 and fields[-1].start == fields[-1].end:
        fields.pop()
        last = fields[-1]
        end = text.find(",", last.end, span.end) + 1
        fields[-1] = Span(last.start, end if end > 0 else last.end)
    honorific, given, surname, order = split_name(text, fields[0].start, fields[0].end, surname_first)
    split = _split_surname(text, fields[0], surname_first)
    if split is not None:
        defects.append(split)
    country_field = None
    rest = fields[1:]
    if len(rest) >= 2:
        country_field = Field(text[rest[0].start : rest[0].end], rest[0])
        group_field = Field(text[rest[1].start : rest[1].end], rest[1])
        if len(rest) > 2:
            extra = Span(rest[2].start, rest[-1].end)
            defects.append(
                EntryDefect(
                    "extra-fields",
                    extra,
                    f"unexpected text after the group code: '{text[extra.start : extra.end]}'",
                )
            )
    elif len(rest) == 1:
        value = text[rest[0].start : rest[0].end]
        if _is_country(value) or not _is_code_like(value) or _is_damaged_country(value):
            country_field = Field(value, rest[0])
        else:
            group_field = Field(value, rest[0])
            defects.append(
                EntryDefect("missing-country", span, f"entry has no country: '{text[span.start : span.end]}'")
            )
    else:
        defects.append(
            EntryDefect(
                "missing-fields",
                span,
                f"entry has neither country nor group: '{text[span.start : span.end]}'",
            )
        )
    return Signatory(span, honorific, given, surname, country_field, group_field, order, defects)


_TOKEN = re.compile(r"\S+")
_LONE_LETTER = re.compile(r"(?<!\S)[^\W\d_](?=\s)")


def _split_surname(text: str, name: Span, surname_first: bool) -> EntryDefect | None:
    """A lone capital without a full stop right before a surname in capitals:
    `Ms Yuliya L OVOCHKINA` (LOVOCHKINA split by a space). A middle initial has its
    full stop (`Frank J. JENSSEN`). In the `Given SURNAME` order the capital must follow
    a given name (`Mr J SMITH` may abbreviate the given name; `JOAN I PONS` is a surname
    in capitals); in `SURNAME Given` it must open the entry (`L OVOCHKINA Yuliya`).
    Particles (the Irish `Ó RÍORDÁIN`) are not split surnames."""
    if not _LONE_LETTER.search(text, name.start, name.end):  # the usual case, cheaply
        return None
    m = HONORIFIC_RE.match(text, name.start, name.end)
    found = list(_TOKEN.finditer(text, m.end() if m else name.start, name.end))
    tokens = [t.group(0) for t in found]
    spans = [t.span() for t in found]
    for k in range(len(tokens) - 1):
        lone, nxt = tokens[k], tokens[k + 1]
        if (
            len(lone) != 1
            or not lone.isalpha()
            or not lone.isupper()
            or is_particle(lone)
            or not is_caps(nxt)
        ):
            continue
        if (k != 0) if surname_first else (k == 0 or is_caps(tokens[k - 1])):
            continue
        span = Span(spans[k][0], spans[k + 1][1])
        return EntryDefect(
            "split-surname",
            span,
            f"'{text[span.start : span.end]}': a surname split by a space ('{lone}{nxt}'?) "
            f"or an initial without its full stop ('{lone}.')",
        )
    return None


def _strict_inline(text: str, span: Span) -> bool:
    """Does this segment look like `Mr Given SURNAME, Country[, CODE]`?"""
    m = HONORIFIC_RE.match(text, span.start, span.end)
    if not m:
        return False
    comma = text.find(",", m.end(), span.end)
    if comma < 0:
        return False
    name = text[m.end() : comma].split()
    return 1 <= len(name) <= 8 and any(is_caps(w) for w in name)


def _resplit(text: str, seg: Span) -> list[tuple[Span, Span | None]]:
    """Split a segment that holds several entries joined by ',' or '.'.

    Returns (entry span, wrong separator span) pairs.
    """
    pieces: list[tuple[Span, Span | None]] = []
    start = seg.start
    for m in re.finditer(
        r"[,.]\s+(?=(?:Mr|Ms|Mrs|Lord|Baroness|Sir|Dame|Lady|Mme|M\.)\s)", text[seg.start : seg.end]
    ):
        cut = seg.start + m.start()
        sep = Span(cut, cut + 1)
        candidate = trim(text, start, cut)
        # Only a real boundary if what precedes is a complete entry (name, country, code).
        if text.count(",", candidate.start, candidate.end) >= 2 or (
            pieces and text.count(",", candidate.start, candidate.end) >= 1
        ):
            pieces.append((candidate, sep))
            start = seg.start + m.end()
    pieces.append((trim(text, start, seg.end), None))
    # Separators belong to the boundary before the next piece.
    result: list[tuple[Span, Span | None]] = []
    prev_sep = None
    for piece, sep in pieces:
        result.append((piece, prev_sep))
        prev_sep = sep
    return result


def _inline_block(doc: Document, start: int, end: int) -> SignatoryBlock | None:
    text = doc.text
    heading = None
    m = INLINE_HEADING.match(text, start, end)
    if m:
        hspan = trim(text, m.start(), m.end())
        heading = Field(text[hspan.start : hspan.end], hspan)
        start = m.end()
    segments = []
    pos = start
    while pos <= end:
        semi = text.find(";", pos, end)
        stop = end if semi < 0 else semi
        seg = trim(text, pos, stop)
        if seg.end > seg.start:
            segments.append(seg)
        if semi < 0:
            break
        pos = semi + 1
    if not segments:
        return None
    marker = None
    last = trim(text, segments[-1].start, segments[-1].end, " .\t\r\n")
    if INCOMPLETE_RE.fullmatch(text, last.start, last.end) and len(segments) > 1:
        marker = Field(text[last.start : last.end], last)
        segments.pop()
    pieces: list[tuple[Span, Span | None]] = []
    for k, seg in enumerate(segments):
        # A full stop may close the whole list; inside it, `ALDE.` is a mangled code.
        if k == len(segments) - 1:
            seg = trim(text, seg.start, seg.end, " \t\r\n.")
        pieces.extend(_resplit(text, seg))
    strict = sum(_strict_inline(text, p) for p, _ in pieces)
    if strict < 2 and not (heading and strict >= 1):
        return None
    if strict * 2 < len(pieces):
        return None
    entries = []
    for piece, sep in pieces:
        entry = _build_entry(text, piece, surname_first=False)
        if sep is not None:
            entry.defects.append(
                EntryDefect("separator", sep, f"entries separated by '{text[sep.start]}' instead of ';'")
            )
        entries.append(entry)
    return SignatoryBlock(
        "inline", Span(start if heading is None else heading.span.start, end), entries, heading, None, marker
    )


# Markdown and word-processor lists put a bullet or a number before each entry.
BULLET = re.compile(r"\s*(?:[-*•·–]|\d{1,3}[.)])\s+")
# `SOC: Socialists, Democrats and Greens Group` is a legend line, not an entry.
LEGEND_LINE = re.compile(r"\s*(?:\d{1,2}[.)]?\s+|[¹²³⁴⁵⁶⁷⁸⁹]\s*)?[A-Z][A-Za-z&/.\-]{0,9}\s*:\s")


def _entry_span(line: Line) -> Span:
    """The entry's text on its line, without white space or a list bullet."""
    span = line.stripped_span()
    m = BULLET.match(line.text)
    if m and line.start + m.end() < span.end:
        return Span(line.start + m.end(), span.end)
    return span


def _line_entry_like(line: Line, strict: bool) -> bool:
    text = line.text.strip()
    if not text or len(text) > 120 or TOTAL_RE.fullmatch(text) or LEGEND_LINE.match(text):
        return False
    m = BULLET.match(text)
    if m:
        text = text[m.end() :]
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not parts[0] or len(parts[0].split()) > 7:
        return False
    if strict:
        first = parts[0].split()[0]
        first = HONORIFIC_RE.sub("", first) or parts[0].split()[-1]
        return (is_caps(first) or is_caps(parts[0].split()[-1])) and (
            _is_country(parts[1]) or (len(parts) >= 3 and _is_code_like(parts[2]))
        )
    # After a `Signed:` heading: still shaped like `Name, Country[, CODE]`, not prose.
    return (
        len(parts) <= 4
        and (parts[0][0].isupper() or is_particle(parts[0].split()[0]))
        and 0 < len(parts[1].split()) <= 6
        and (parts[1][0].isupper() or parts[1][0] in "'\"")
        and not parts[1].endswith(".")
        and all(len(p.split()) <= 3 for p in parts[2:])
    )


# -- letters from members of national parliaments ------------------------------------------
# `Full list of signatories below:`, `The letter's signatories:`: a short line ending in
# `signatories …:` (the `Signatories:` heading alone on its line is the lines layout's).
LETTER_HEADING = re.compile(
    r"\s*(?:[^\W\d][\w’'-]*\s+){0,6}(?:signatories|signatures|signataires)\b[^:.;]{0,25}:\s*", re.IGNORECASE
)
# Titles before a name and post-nominals after it, as letters print them.
LETTER_TITLES = frozenset(
    "Senator Sen. Senatorin Rep. Rep Representative Deputy Congressman Congresswoman Hon. Hon "
    "Rt Rt. Lord Baroness Baron Sir Dame Lady Dr Dr. Prof. Prof Professor Mr Mr. Ms Ms. Mrs Mrs. "
    "Miss M. Mme Sénateur Sénatrice Député Députée".split()
)
POST_NOMINALS = frozenset("MP MEP MdB MSP TD MLA MS AM MPP PC KC QC OBE CBE MBE".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.\-]*")


def _letter_name(text: str, start: int, end: int) -> tuple[Field | None, Span] | None:
    """(title, name span) of a letter entry's first field, or None when it is not a
    person's name: [titles] Given … Surname [post-nominals][anything after them]."""
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]
    k = 0
    while k < len(words) and words[k][2] in LETTER_TITLES:
        k += 1
    title = Field(text[words[0][0] : words[k - 1][1]], Span(words[0][0], words[k - 1][1])) if k else None
    name = []
    for w in words[k:]:
        if w[2] in POST_NOMINALS:
            break
        name.append(w)
    if not 2 <= len(name) <= 5:
        return None
    for _, _, word in name:
        if not _NAME_WORD.fullmatch(word) or not (word[0].isupper() or is_particle(word)):
            return None
    if not name[-1][2][0].isupper():
        return None
    return title, Span(name[0][0], name[-1][1])


def _letter_entry(text: str, line: Line) -> Signatory | None:
    """One letter entry: `- Senator Andre Gattolin, France`, `Els Van Hoof MP, Chair,
    Foreign Affairs Committee, Belgium`. The country is the last field when it names a
    country (or a cut-off or misspelt one, for S006); anything else there (`European
    Union`, `Chair, Foreign Affairs Committee of the German Bundestag`) is no country."""
    span = _entry_span(line)
    if len(span) > 240 or ";" in line.text:  # `;` separates PACE inline entries
        return None
    fields = _fields(text, span.start, span.end)
    if len(fields) < 2 or not all(len(f) for f in fields):
        return None
    found = _letter_name(text, fields[0].start, fields[0].end)
    if found is None:
        return None
    title, name = found
    _, given, surname, order = split_name(text, name.start, name.end, surname_first=False)
    last = trim(text, fields[-1].start, fields[-1].end, " ().")  # `(Belgique).`
    value = text[last.start : last.end]
    country = None
    if _is_country(value) or (" " not in value.strip() and _is_damaged_country(value)):
        country = Field(value, last)
    return Signatory(span, title, given, surname, country, None, order)


def _group_coded(text: str, span: Span) -> bool:
    """Does the entry end in a PACE group code (`…, Italy, SOC`, also a mangled `EPP-CD`)?"""
    fields = _fields(text, span.start, span.end)
    if len(fields) < 3:
        return False
    last = text[fields[-1].start : fields[-1].end].strip(" ,;.")
    if _known_code(last):
        return True
    return _is_code_like(last) and last.isupper() and last not in POST_NOMINALS and not _is_country(last)


def _letter_block(
    doc: Document, lines: list[Line], i: int, claimed: set[int]
) -> tuple[SignatoryBlock, int] | None:
    """A letter's signatory list under the heading on line ``i``: (block, last line index)."""
    text = doc.text
    entries: list[Signatory] = []
    j, last = i + 1, i
    while j < len(lines):
        cand = lines[j]
        if cand.blank:
            j += 1
            continue
        if cand.number in claimed:
            break
        entry = _letter_entry(text, cand)
        if entry is None:
            break
        entries.append(entry)
        last = j
        j += 1
    if len(entries) < 2:
        return None
    # PACE entries under a prose heading (`Mr Roberto RAMPI, Italy, SOC`) are the lines
    # layout's, with their group codes.
    if any(_group_coded(text, e.span) for e in entries):
        return None
    hspan = lines[i].stripped_span()
    block = SignatoryBlock(
        "letter", Span(hspan.start, entries[-1].span.end), entries, Field(doc.slice(hspan), hspan)
    )
    return block, last


def _continues_inline(prev: str, nxt: str) -> bool:
    """Does an inline list (or its heading) wrap from line ``prev`` onto ``nxt``?

    Only when the break falls inside the list: after a separator or heading, or inside
    an unfinished entry. A line after a complete final entry (`..., France, ALDE`)
    is not part of the list, whatever it holds.
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if prev.endswith((";", ",", ":")) or nxt.startswith(";"):
        return True
    if ";" not in prev and not HONORIFIC_RE.match(prev.lstrip()):
        return False
    return prev.rsplit(";", 1)[-1].count(",") < 2


# -- a report's rapporteur line: `Rapporteur : Mr Andreas GROSS, Switzerland, SOC` ----------
# The label (assembly.coe.int prints `Rapporteur :`; `Rapporteure`, `Rapporteurs`,
# `Co-rapporteur`, a short qualifier `Rapporteur for opinion`), then one entry or a few
# joined by `;`, on the label's line or on the next one.
RAPPORTEUR_HEADING = re.compile(
    r"\s*(?:Co-?)?Rapporteur(?:e|es|s|\(e\)|\(s\))?(?:\s+[^\W\d][\w'’\-]*){0,6}?\s*:\s*",
    re.IGNORECASE,
)


def _rapporteur_entry_like(text: str, span: Span) -> bool:
    """`Mr Given SURNAME, Country[, CODE]` and nothing else: a name (an honorific or a
    surname in capitals, every word capitalised), a country (known, or cut off or
    misspelt) and at most a code-like field. `Mr Andreas Gross, Switzerland, Socialist
    Group` and prose after the label are not entries."""
    fields = [text[f.start : f.end] for f in _fields(text, span.start, span.end)]
    if not 2 <= len(fields) <= 3 or not all(fields):
        return False
    words = fields[0].split()
    m = HONORIFIC_RE.match(fields[0])
    name = fields[0][m.end() :].split() if m else words
    if not 1 <= len(name) <= 8 or not (m or any(is_caps(w) for w in name)):
        return False
    if not all(w[0].isupper() or is_particle(w) for w in name) or not name[-1][0].isupper():
        return False
    if not (_is_country(fields[1]) or _is_damaged_country(fields[1])):
        return False
    return len(fields) == 2 or _is_code_like(fields[2]) or _known_code(fields[2])


def _rapporteur_block(doc: Document, lines: list[Line], i: int) -> tuple[SignatoryBlock, int] | None:
    """The rapporteur line ``i`` as a block of its entries: (block, last line index)."""
    text = doc.text
    line = lines[i]
    m = RAPPORTEUR_HEADING.match(line.text)
    if m is None:
        return None
    last = i
    start, end = line.start + m.end(), line.start + len(line.text.rstrip())
    if start >= end:  # the label alone: the entries are on the next line
        j = i + 1
        while j < len(lines) and lines[j].blank:
            j += 1
        if j == len(lines) or j > i + 2:
            return None
        last = j
        span = lines[j].stripped_span()
        start, end = span.start, span.end
    segments = []
    pos = start
    for stop in [*(k for k in range(start, end) if text[k] == ";"), end]:
        seg = trim(text, pos, stop, " \t\r\n.")
        if seg.end > seg.start:
            segments.append(seg)
        pos = stop + 1
    if not segments or len(segments) > 6 or not all(_rapporteur_entry_like(text, seg) for seg in segments):
        return None
    entries = [_build_entry(text, seg, surname_first=False) for seg in segments]
    hspan = trim(text, line.start + m.start(), line.start + m.end())
    block = SignatoryBlock(
        "rapporteur", Span(hspan.start, entries[-1].span.end), entries, Field(doc.slice(hspan), hspan)
    )
    return block, last


def parse_signatories(doc: Document, lines: list[Line], claimed: set[int]) -> set[int]:
    """Find every signatory block; returns the numbers of the lines they occupy."""
    used: set[int] = set()
    text = doc.text
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        # A report's rapporteur line, also where the header claimed it as metadata. Not in
        # a written declaration, whose signatory count the corpus compares with claims.
        found = None
        if not line.blank and not doc.is_written_declaration and RAPPORTEUR_HEADING.match(line.text):
            found = _rapporteur_block(doc, lines, i)
        if found is None:
            if line.blank or line.number in claimed:
                i += 1
                continue
            # A letter: a prose heading ending in `signatories …:`, then mixed-case entries.
            if (
                not LINES_HEADING.fullmatch(line.text)
                and len(line.text) <= 120
                and LETTER_HEADING.fullmatch(line.text)
            ):
                found = _letter_block(doc, lines, i, claimed)
        if found is not None:  # a rapporteur or letter block, from this line to ``last``
            block, last = found
            doc.blocks.append(block)
            used.update(range(line.number, lines[last].number + 1))
            i = last + 1
            continue
        # Lines layout: a heading, then entries one a line.
        heading_match = LINES_HEADING.fullmatch(line.text)
        strict_start = not heading_match and _line_entry_like(line, strict=True)
        if heading_match or strict_start:
            j = i + 1 if heading_match else i
            entries = []
            last_entry = i
            while j < n:
                cand = lines[j]
                if cand.blank:
                    j += 1
                    continue
                if cand.number in claimed or not _line_entry_like(cand, strict=not heading_match):
                    break
                entries.append(_build_entry(text, _entry_span(cand), surname_first=True))
                last_entry = j
                j += 1
            if len(entries) >= (1 if heading_match else 3):
                hspan = line.stripped_span() if heading_match else None
                heading = Field(doc.slice(hspan), hspan) if hspan else None
                first = hspan.start if hspan else entries[0].span.start
                block = SignatoryBlock("lines", Span(first, entries[-1].span.end), entries, heading)
                doc.blocks.append(block)
                used.update(range(line.number, lines[last_entry].number + 1))
                i = last_entry + 1
                continue
        # Inline layout: the list and the lines it wraps onto.
        k = i
        while k + 1 < n and not lines[k + 1].blank and lines[k + 1].number not in claimed:
            if not _continues_inline(lines[k].text, lines[k + 1].text):
                break
            k += 1
        if (
            ";" in text[line.start : lines[k].end]
            or HONORIFIC_RE.match(line.text.lstrip())
            or INLINE_HEADING.match(line.text)
        ):
            block = _inline_block(doc, line.start, lines[k].end)
            if block is not None:
                doc.blocks.append(block)
                used.update(range(line.number, lines[k].number + 1))
                i = k + 1
                continue
        i += 1
    _attach_totals(doc, lines, claimed | used, used)
    _drop_cut_off_entry(doc)
    return used


def _drop_cut_off_entry(doc: Document) -> None:
    """A text that stops inside its last list (a copy cut at a fixed length: `… Mr Emanuelis
    ZINGERIS, Lithuania, `, `… Mr John HOWELL, Unit`, `… Lord John E. TOM`) has a fragment
    for a last entry: its fields are cut, not wrong, so no rule should read them. Only a
    fragment that reads as cut is dropped: a field that is the start of a country or code
    name, a country with no code after its comma, a name with nothing after it. A
    misspelt country (`Itlay`) or code there is still a defect."""
    text = doc.text
    if not doc.blocks:
        return
    block = max(doc.blocks, key=lambda b: b.span.end)
    if text[block.span.end :].strip() or not block.signatories or block.total is not None:
        return
    last = block.signatories[-1]
    if _reads_cut(text, last, block.layout):
        block.signatories.pop()
        block.cut_off = True
        if block.signatories:
            block.span = Span(block.span.start, block.signatories[-1].span.end)


def _reads_cut(text: str, entry: Signatory, layout: str) -> bool:
    if any(d.kind == "missing-fields" for d in entry.defects):
        return True  # the name, and nothing after it
    country = entry.country.text.strip() if entry.country else ""
    group = entry.group.text.strip() if entry.group else ""
    if entry.group is None and entry.country is not None:
        if text[entry.span.end :].lstrip(" \t").startswith(","):
            return True  # `Lithuania, ` and the text ends
        if country.endswith(",") and _is_country(country.rstrip(",")):
            return True
        if not _is_country(country) and countries().starting_with(country):
            return True  # `Unit`, `Franc`
        return layout != "letter" and len(country) <= 2  # `T`
    if entry.country is None and group and not _known_code(group):
        return len(group) <= 2 or bool(countries().starting_with(group))  # `ÖNAL, T`
    if group and not _known_code(group):
        key = re.sub(r"[\s.]", "", group).upper()
        g = groups()
        return any(code.upper().startswith(key) for code in (*g.pace, *g.french))
    return False


def _attach_totals(doc: Document, lines: list[Line], taken: set[int], used: set[int]) -> None:
    for line in lines:
        if line.number in taken:
            continue
        m = TOTAL_RE.fullmatch(line.text)
        if not m:
            continue
        num = Field(m.group(1), Span(line.start + m.start(1), line.start + m.end(1)))
        total = Total(int(m.group(1)), num, line.stripped_span())
        doc.totals.append(total)
        used.add(line.number)
        before = [b for b in doc.blocks if b.span.end <= line.start and b.is_list]
        if before and before[-1].total is None:
            before[-1].total = total


# -- affiliations in prose: `Piero Fassino (Italy, SOC)`, `Mr Christoph Strässer (SOC, Germany)` --
@dataclass(slots=True)
class Affiliation:
    """A `(Country, CODE)` or `(CODE, Country)` bracket right after a person's name
    (`(Country - CODE)` too)."""

    span: Span  # the bracket, parentheses included
    name: Span  # the name before it (with its honorific)
    country: Field  # empty text (and span) in `(, EPP/CD)`
    group: Field
    # The document speaks of PACE and never of the European Parliament: a European
    # Parliament code there is a mistake, not an MEP's own group.
    pace_only: bool = False


# `(Italy, SOC)`; French reports also print `(Espagne - PPE/DC)`, with a spaced dash.
_BRACKET = re.compile(r"\(([^(),;\n]{0,40})(?:,|\s[-–—]\s)([^(),;\n]{0,40})\)")
_PROSE_CODE = re.compile(r"[A-Z][A-Z0-9&/.\- ]{0,8}")
# Capitalised words that end institutions' names, not people's (`Monitoring Committee`),
# and titles before a name (`Président Jean Dupont`).
_NOT_NAME_WORDS = frozenset(
    "Committee Assembly Group Party Council Parliament Commission Court Union Republic Federation "
    "Kingdom States Office Ministry Bureau Delegation Government Assemblée Conseil Parlement Groupe "
    "Comité Commission Délégation Gouvernement President Président Présidente Chair Chairman "
    "Chairperson Rapporteur Rapporteure Senator Sénateur Sénatrice Minister Ministre".split()
)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*")
_PACE_WORDS = re.compile(
    r"\bPACE\b|\bAPCE\b|\bAssembly\b|\bAssemblée\b|Council of Europe|Conseil de l'Europe"
)
_EP_WORDS = re.compile(
    r"European Parliament|Parlement européen|\bMEPs?\b|eurodéputé|député(?:e)? européen", re.IGNORECASE
)


def _name_before(text: str, end: int, floor: int) -> Span | None:
    """The person's name ending at ``end`` (white space allowed before the bracket):
    two to four name words, or one after an honorific (`Mr Strässer`)."""
    words = list(_TOKEN.finditer(text, max(floor, end - 90), end))
    name: list = []
    honorific = None
    for m in reversed(words):
        word = m.group(0)
        if HONORIFIC_RE.fullmatch(word) or word in ("Sir", "Dame", "Lord", "Baroness", "M."):
            honorific = m
            break
        if len(name) == 4 or not _NAME_TOKEN.fullmatch(word) or word in _NOT_NAME_WORDS:
            break
        if not (word[0].isupper() or is_particle(word)):
            break
        name.append(m)
    while name and not name[-1].group(0)[0].isupper():  # a leading particle is not a name
        name.pop()
    if not name or not name[0].group(0)[0].isupper():
        return None
    if len(name) < 2 and honorific is None:
        return None
    first = honorific if honorific is not None else name[-1]
    return Span(first.start(), name[0].end())


def _code_like(value: str) -> bool:
    return _known_code(value) or (
        _PROSE_CODE.fullmatch(value) is not None and sum(c.isalpha() for c in value) >= 2
    )


def _countryish(value: str) -> bool:
    return value == "" or _is_country(value) or _is_damaged_country(value)


def affiliations(doc: Document) -> list[Affiliation]:
    """`(Country, CODE)` brackets after a person's name in the body paragraphs.

    Precision first: the bracket must follow a name, hold exactly two comma-separated
    fields, and pair a known country with a code-like field (`(Germany, CDU)` too: a
    national party), or a known PACE or European Parliament code with a field that is
    empty, a country, or a cut-off or misspelt one. `(Greens; Germany)`, three-item
    lists and `(Italy, 2019)` are not affiliations.
    """
    text = doc.text
    out: list[Affiliation] = []
    for para in doc.paragraphs:
        for m in _BRACKET.finditer(text, para.span.start, para.span.end):
            if m.start() == para.span.start:
                continue
            pre = m.start()
            while pre > para.span.start and text[pre - 1] in " \u00a0":
                pre -= 1
            if pre == m.start() and m.start() > para.span.start and not text[m.start() - 1].isspace():
                continue  # `word(` is not a name followed by a bracket
            name = _name_before(text, pre, para.span.start)
            if name is None:
                continue
            a, b = (trim(text, m.start(g), m.end(g)) for g in (1, 2))
            va, vb = text[a.start : a.end], text[b.start : b.end]
            if va and _is_country(va) and _code_like(vb):
                country, group = a, b
            elif vb and _is_country(vb) and _code_like(va):
                country, group = b, a
            elif _known_code(vb) and _countryish(va):
                country, group = a, b
            elif _known_code(va) and vb and _countryish(vb):
                country, group = b, a
            else:
                continue
            out.append(
                Affiliation(
                    Span(m.start(), m.end()),
                    name,
                    Field(doc.slice(country), country),
                    Field(doc.slice(group), group),
                )
            )
    if out and _PACE_WORDS.search(text) and not _EP_WORDS.search(text):
        for item in out:
            item.pace_only = True
    return out
