"""Prose extraction for the T/C/D rule families: which spans are prose, which parts of
them are protected (URLs, e-mail addresses, hashtags, quoted titles), and the dates,
grouped numbers and stated counts with their enumerations found in them.

Everything here is computed lazily, once per document, through ``cached_property``
attributes of ``Document`` (``prose_spans``, ``protected_spans``, ``dates``,
``grouped_numbers``, ``enumerated_counts``, ``signature_claims``). Every regular
expression is linear: no nested unbounded repetition.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..document import Document, Span

# -- what is prose ---------------------------------------------------------------------


def prose_spans(doc: Document) -> list[Span]:
    """The title and the body paragraphs, in text order."""
    spans = [p.span for p in doc.paragraphs]
    if doc.header.title is not None:
        spans.append(doc.header.title.span)
    return sorted(spans, key=lambda s: s.start)


_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"“”]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w&])[#@][^\W\d_][\w-]*"
_DOMAIN = (
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|eu|info|gov|edu|kz|ru|ua|uk|fr|de|it|be|ch|io)\b(?:/\S*)?"
)
# Each kind is looked for only when its tell-tale character or word occurs at all.
_PROTECTED = (
    ("://", re.compile(_URL, re.IGNORECASE)),
    ("www.", re.compile(_URL, re.IGNORECASE)),
    ("@", re.compile(_EMAIL)),
    ("@", re.compile(_HANDLE)),
    ("#", re.compile(_HANDLE)),
    (".", re.compile(_DOMAIN, re.IGNORECASE)),
)
_TLD = re.compile(r"\.(?:com|org|net|int|eu|info|gov|edu|kz|ru|ua|uk|fr|de|it|be|ch|io)\b", re.IGNORECASE)

# Opening quote -> closing quote. Straight quotes are paired in order.
_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_TITLE_MAX_WORDS = 25
# Pronouns of someone speaking, and modals no title uses.
_SPOKEN = frozenset("I we We our Our us you You your Your my My me should must would cannot".split())
_SPOKEN_MIN_WORDS = 6  # "We Are Ukraine", "You Are Not Alone": short titles may say "we"
_TITLE_MAX_CHARS = 400
_OPENING = re.compile(r"[“«„‘\"]")


def _closing(text: str, open_at: int, end: int) -> int:
    """Offset of the quote closing the one at ``open_at`` (or -1). Only titles are wanted,
    so the search stops after ``_TITLE_MAX_CHARS``: no scan runs to the end of the text."""
    end = min(end, open_at + _TITLE_MAX_CHARS)
    opener = text[open_at]
    if opener == '"':
        return text.find('"', open_at + 1, end)
    closer = _QUOTES[opener]
    pos = open_at + 1
    while True:
        pos = text.find(closer, pos, end)
        if pos < 0:
            return -1
        # ’ is also the apostrophe: a closing ’ is not followed by a letter.
        if closer == "’" and pos + 1 < end and text[pos + 1].isalpha():
            pos += 1
            continue
        return pos


def quoted_spans(text: str, span: Span) -> list[tuple[Span, str]]:
    """Quoted passages inside ``span``: (span of the inside, the inside text)."""
    out = []
    pos = span.start
    while pos < span.end:
        m = _OPENING.search(text, pos, span.end)
        if m is None:
            break
        at = m.start()
        # ‘ preceded by a letter is an apostrophe-like glyph, not an opening quote.
        if text[at] == "‘" and at > 0 and text[at - 1].isalpha():
            pos = at + 1
            continue
        close = _closing(text, at, span.end)
        if close < 0:
            pos = at + 1
            continue
        out.append((Span(at + 1, close), text[at + 1 : close]))
        pos = close + 1
    return out


def is_title(inside: str) -> bool:
    """A quoted title (of a report, a declaration, a party or a movement), not a quotation:
    it starts with a capital letter, does not end a sentence and is short."""
    inside = inside.strip()
    if not inside or not (inside[0].isupper() or inside[0].isdigit()):
        return False
    if inside[-1] in ".?;":
        return False
    words = inside.split()
    if len(words) > _TITLE_MAX_WORDS:
        return False
    # Someone speaking ("This Wednesday, we recognized ...,", "He should be a free man,"),
    # not a title: a quotation's words are prose like the rest.
    if len(words) < _SPOKEN_MIN_WORDS:
        return True
    return inside[-1] not in ",!" and not any(w.strip(",;:!?") in _SPOKEN for w in words)


def protected_spans(doc: Document) -> list[Span]:
    """URLs, e-mail addresses, hashtags and handles, domain names, quoted titles: sorted,
    possibly overlapping."""
    text = doc.text
    out = []
    for span in doc.prose_spans:
        piece = text[span.start : span.end]
        for tell, regex in _PROTECTED:
            if tell not in piece or (tell == "." and not _TLD.search(piece)):
                continue
            for m in regex.finditer(text, span.start, span.end):
                out.append(Span(m.start(), m.end()))
        for inner, inside in quoted_spans(text, span):
            if is_title(inside):
                out.append(Span(max(inner.start - 1, 0), min(inner.end + 1, len(text))))
    out.sort(key=lambda s: s.start)
    return out


class SpanSet:
    """Fast 'is this offset range inside a protected span' queries."""

    def __init__(self, spans: list[Span]):
        merged: list[list[int]] = []
        for s in sorted(spans, key=lambda s: s.start):
            if merged and s.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s.end)
            else:
                merged.append([s.start, s.end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        while i >= 0 and self._ends[i] > start:
            if self._starts[i] < end or (start == end and self._starts[i] <= start):
                return True
            i -= 1
        return False


# -- numbers ---------------------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt"
).split()
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
for _i, _t in enumerate(_TENS):
    NUMBER_WORDS[_t] = 20 + 10 * _i
    for _u in range(1, 10):
        NUMBER_WORDS[f"{_t}-{_UNITS[_u]}"] = 20 + 10 * _i + _u
        NUMBER_WORDS[f"{_t} {_UNITS[_u]}"] = 20 + 10 * _i + _u
FR_NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_FR_UNITS)}
FR_NUMBER_WORDS.update({"trente": 30, "quarante": 40, "cinquante": 50})

_COUNT_WORDS = frozenset(w for w in (*NUMBER_WORDS, *FR_NUMBER_WORDS) if " " not in w)
# Digits or a word; number words are then looked up in a set (a regex alternation of the
# 150 number words scans ten times slower than this generic pattern).
_COUNT = re.compile(r"\d+|[^\W\d_]+(?:-[^\W\d_]+)*")


class CountToken(NamedTuple):
    start: int
    end: int
    text: str
    value: int
    is_word: bool


def counts_in(text: str, start: int, end: int) -> list[CountToken]:
    """Numbers (up to four digits, number words) standing alone between ``start`` and ``end``."""
    out = []
    for m in _COUNT.finditer(text, start, end):
        word = m.group()
        if word[0].isdecimal():  # not isdigit(): `²` is a digit that int() refuses
            if len(word) > 4:
                continue
            value, is_word = int(word), False
        else:
            low = word.lower()
            if low not in _COUNT_WORDS:
                continue
            value, is_word = NUMBER_WORDS.get(low, FR_NUMBER_WORDS.get(low, 0)), True
        a, b = m.span()
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in ".,-"):
            continue
        if b < len(text) and (text[b].isalnum() or text[b] in "%-_"):
            continue
        out.append(CountToken(a, b, word, value, is_word))
    return out


def number_value(token: str) -> int | None:
    token = token.lower()
    if token.isdecimal():
        return int(token)
    return NUMBER_WORDS.get(token, FR_NUMBER_WORDS.get(token))


@dataclass(frozen=True, slots=True)
class GroupedNumber:
    """A number of 1,000 or more written with a thousands separator."""

    span: Span
    text: str
    value: int
    style: str  # "space" (also no-break/thin space), "comma" or "dot"


_GROUPED_RE = re.compile(
    r"(?P<num>\d{1,3}(?:(?P<sep>[,.\u00a0\u202f\u2009 ])\d{3})(?:(?P=sep)\d{3})*)"
    r"(?![\d]|[,.]\d)"
)
_MONTH_BEFORE = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s*$",
    re.IGNORECASE,
)


def grouped_numbers(doc: Document) -> list[GroupedNumber]:
    text = doc.text
    out = []
    for span in doc.prose_spans:
        for m in _GROUPED_RE.finditer(text, span.start, span.end):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,+"):
                continue  # the tail of a longer number or of a word
            sep = m["sep"]
            raw = m["num"]
            if sep in " \u00a0\u202f\u2009":
                # "On June 24 200 people ...": a day before a number is not a group.
                if _MONTH_BEFORE.search(text, max(span.start, m.start() - 12), m.start()):
                    continue
                style = "space"
            elif sep == ",":
                style = "comma"
            else:
                if raw.count(".") < 2:  # "4.000" may be a decimal; "1.000.000" is not
                    continue
                style = "dot"
            value = int(re.sub(r"\D", "", raw))
            if value < 1000:
                continue
            out.append(GroupedNumber(Span(m.start("num"), m.end("num")), raw, value, style))
    return out


# -- dates -----------------------------------------------------------------------------

_EN_MONTHS = "January February March April May June July August September October November December".split()
_FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
         "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
MONTH_NUMBERS: dict[str, int] = {}
for _i, _m in enumerate(_EN_MONTHS, 1):
    MONTH_NUMBERS[_m] = MONTH_NUMBERS[_m.upper()] = _i
for _i, _m in enumerate(_FR_MONTHS, 1):
    MONTH_NUMBERS[_m] = MONTH_NUMBERS[_m.capitalize()] = _i
MONTH_NUMBERS.update({"fevrier": 2, "aout": 8, "decembre": 12})
for _a, _i in _ABBR.items():
    MONTH_NUMBERS[_a] = MONTH_NUMBERS[_a + "."] = _i

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_FR_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
WEEKDAY_NUMBERS: dict[str, int] = {}
for _i, _w in enumerate(_WEEKDAYS):
    WEEKDAY_NUMBERS[_w] = WEEKDAY_NUMBERS[_w.upper()] = _i
for _i, _w in enumerate(_FR_WEEKDAYS):
    WEEKDAY_NUMBERS[_w] = WEEKDAY_NUMBERS[_w.capitalize()] = _i
WEEKDAY_NAMES = _WEEKDAYS

_MONTH_ALT = "|".join(re.escape(m) for m in sorted(MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\d)"
# Each pattern starts with a digit or a month name, so that re's fast first-character scan
# applies; the conditions on what precedes a match are checked in code (a leading
# look-behind or optional group would make re try the whole pattern at every offset).
_DIGITS = re.compile(r"\d+")
# 24 June 2019 | 24th of June | 24-28 June | 24 and 28 June | 1er juin 2019
_DMY = re.compile(
    rf"(?P<day>\d{{1,2}}){_ORD}"
    rf"(?:\s*(?:-|–|—|to|and|et|au)\s*(?P<day2>\d{{1,2}}){_ORD})?"
    rf"\s+(?:of\s+)?(?P<month>{_MONTH_ALT})(?![\w])(?:,?\s+{_YEAR})?"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w/-])")
# The European numeric date with full stops, day first ("Strasbourg, 30.01.2014").
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\w-]|\.\d)")
_DAY_ONLY = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b")
_YEAR_ONLY = re.compile(r"(?P<year>1[89]\d\d|20\d\d)(?![\d%])")
_MONTH = re.compile(rf"(?P<month>{_MONTH_ALT})(?![\w])")
# After a month: "June 24, 2019" / "June 24" (MDY), "June 2019" (MY).
# "June 24-28, 2019" / "January 21st and 25th": a range keeps its second day.
_MDY_TAIL = re.compile(
    rf"\s+(?P<day>\d{{1,2}}){_ORD}(?:\s*(?:-|–|—|to|and)\s*(?P<day2>\d{{1,2}}){_ORD})?"
    rf"(?![\d:.,]\d)(?![\w])(?:,?\s+{_YEAR})?"
)
_MDY_TAIL_ONE = re.compile(rf"\s+(?P<day>\d{{1,2}}){_ORD}(?![\d:.,]\d)(?![\w])(?:,?\s+{_YEAR})?")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_MY_TAIL = re.compile(rf"\s+{_YEAR}")
# Before a date: "Monday, " / "Tuesday the " (weekday); "in " / "since " (a month or year alone).
_WEEKDAY_BEFORE = re.compile(rf"(?P<weekday>{_WEEKDAY_ALT}),?\s+(?:the\s+)?$")
_CONTEXT_BEFORE = re.compile(
    r"\b(?i:in|since|until|till|from|of|during|early|late|mid-?|en|depuis|début|fin|by|the)\s+$"
)
_LOOKBACK = 24


@dataclass(slots=True)
class DateMention:
    """A date or a part of one written in prose.

    ``year`` is the year written in the text; ``years`` the year(s) it may denote when the
    text gives none (resolved from context); ``month`` likewise may come from context when
    ``month_written`` is False ("Tuesday 25th").
    """

    span: Span
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None = None
    weekday_span: Span | None = None
    day_span: Span | None = None
    month_written: bool = True
    years: tuple[int, ...] = ()
    form: str = "dmy"  # "dmy", "mdy", "my", "month", "weekday-day", "iso", "dotted", "year"
    # The last day of a range ("24-28 June", "11 et 18 juin", "June 24 and 28").
    day2: int | None = None
    day2_span: Span | None = None

    @property
    def text_form(self) -> str:
        return self.form


def _weekday_before(text: str, start: int, floor: int) -> tuple[int | None, Span | None, int]:
    """A weekday written just before ``start``: (weekday, its span, new start)."""
    w = _WEEKDAY_BEFORE.search(text, max(floor, start - _LOOKBACK), start)
    if w is None or (w.start() > 0 and text[w.start() - 1].isalnum()):
        return None, None, start
    return WEEKDAY_NUMBERS[w["weekday"]], Span(w.start("weekday"), w.end("weekday")), w.start()


def _second_day(m: re.Match) -> tuple[int | None, Span | None]:
    """The second day of a range, when it is one: later than the first ('24 and 31 April');
    'June 24 and 5 people' is no range."""
    if "day2" not in m.re.groupindex or m["day2"] is None or not int(m["day"]) < int(m["day2"]) <= 31:
        return None, None
    return int(m["day2"]), Span(m.start("day2"), m.end("day2"))


def _mdy_range(text: str, m: re.Match, end: int) -> bool:
    """'June 24-28' / 'January 21st and 25th' is a range; 'June 24 and 25 people' is not:
    a bare second number after 'and' or 'to' must not be followed by a word."""
    if _second_day(m)[0] is None:
        return False
    if m["year"] or text[m.end("day2") : m.end("day2") + 1].isalpha():  # a year, or 25th
        return True
    sep = text[m.end("day") : m.start("day2")].strip()
    return sep in "-–—" or not _WORD_AFTER.match(text, m.end(), end)


def _after_context_word(text: str, start: int, floor: int) -> bool:
    return _CONTEXT_BEFORE.search(text, max(floor, start - 12), start) is not None


def _dates_in(text: str, span: Span) -> list[DateMention]:
    s, e = span.start, span.end
    out: list[DateMention] = []
    for d in _DIGITS.finditer(text, s, e):
        at = d.start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".,/-_"):
            continue
        m = _DMY.match(text, at, e)
        if m is not None:
            weekday, wspan, begin = _weekday_before(text, at, s)
            year = int(m["year"]) if m["year"] else None
            out.append(DateMention(Span(begin, m.end()), int(m["day"]), MONTH_NUMBERS[m["month"]], year,
                                   weekday, wspan, Span(m.start("day"), m.end("day")), True, (), "dmy",
                                   *_second_day(m)))  # fmt: skip
            continue
        m = _ISO.match(text, at, e)
        if m is not None:
            out.append(DateMention(Span(at, m.end()), int(m["day"]), int(m["month"]), int(m["year"]),
                                   day_span=Span(m.start("day"), m.end("day")), form="iso"))  # fmt: skip
            continue
        m = _DOTTED.match(text, at, e)
        if m is not None and 1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31:
            out.append(DateMention(Span(at, m.end()), int(m["day"]), int(m["month"]), int(m["year"]),
                                   day_span=Span(m.start("day"), m.end("day")), form="dotted"))  # fmt: skip
            continue
        m = _DAY_ONLY.match(text, at, e)
        if m is not None and len(d.group()) <= 2:
            weekday, wspan, begin = _weekday_before(text, at, s)
            # "Tuesday 25th" / "Tuesday the 25": a weekday and a day, the month from context.
            if weekday is not None and (
                m.end() - at > len(d.group()) or text[begin:at].rstrip().endswith("the")
            ):
                out.append(DateMention(Span(begin, m.end()), int(m["day"]), None, None, weekday, wspan,
                                       Span(at, d.end()), False, (), "weekday-day"))  # fmt: skip
            continue
        m = _YEAR_ONLY.match(text, at, e)
        if m is not None and _after_context_word(text, at, s):
            out.append(DateMention(Span(at, m.end()), None, None, int(m["year"]), form="year"))
    for mo in _MONTH.finditer(text, s, e):
        at = mo.start()
        if at > 0 and text[at - 1].isalnum():
            continue
        month = MONTH_NUMBERS[mo["month"]]
        m = _MDY_TAIL.match(text, mo.end(), e) if mo["month"][:1].isupper() else None
        if m is not None and m["day2"] is not None and not _mdy_range(text, m, e):
            m = _MDY_TAIL_ONE.match(text, mo.end(), e)  # "June 24 and 5 people …": one date
        # "May 5" is a date; "May 5 people ..." is not: require a year or a weekday.
        if m is not None:
            weekday, wspan, begin = _weekday_before(text, at, s)
            if not (mo["month"] in ("May", "MAY") and not m["year"] and weekday is None):
                year = int(m["year"]) if m["year"] else None
                out.append(DateMention(Span(begin, m.end()), int(m["day"]), month, year, weekday, wspan,
                                       Span(m.start("day"), m.end("day")), True, (), "mdy",
                                       *_second_day(m)))  # fmt: skip
                continue
        m = _MY_TAIL.match(text, mo.end(), e)
        if m is not None:
            out.append(DateMention(Span(at, m.end()), None, month, int(m["year"]), form="my"))
        elif _after_context_word(text, at, s):
            out.append(DateMention(Span(at, mo.end()), None, month, None, form="month"))
    return out


def dates(doc: Document) -> list[DateMention]:
    """Every date mention in the prose, in text order, with context years/months resolved."""
    text = doc.text
    found: list[DateMention] = []
    for span in doc.prose_spans:
        found.extend(_drop_overlaps(_dates_in(text, span)))
    found.sort(key=lambda d: d.span.start)
    _resolve(doc, found)
    return found


def _drop_overlaps(items: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions."""
    items.sort(key=lambda d: (d.span.start, -(d.span.end - d.span.start)))
    out: list[DateMention] = []
    for d in items:
        if out and d.span.start < out[-1].span.end:
            if d.span.end - d.span.start > out[-1].span.end - out[-1].span.start:
                out[-1] = d
            continue
        out.append(d)
    return out


def _resolve(doc: Document, mentions: list[DateMention]) -> None:
    """Fill ``years`` (and ``month`` for day-only mentions) from the nearest context.

    A mention without a year takes the year of the nearest preceding mention that has
    one (written or resolved); failing that, the header date's year; failing that, the
    last year a dated mention names and the next, or (only bare years) every year the
    document names and the year after the last (a check must then hold for none of them
    to be a finding).
    """
    all_years = sorted({m.year for m in mentions if m.year})
    fallback: tuple[int, ...] = ()
    if doc.header.date is not None:
        fallback = (doc.header.date.year,)
    elif dated := sorted({m.year for m in mentions if m.year and m.form != "year"}):
        # An undated text speaks of its past and of its own present: a date without its
        # year is in the last year the text dates something in, or the next ("On Wednesday
        # 23 January, the vote …" in a 2013 text that names April and November 2012, and
        # 2001 and 2009 in passing).
        fallback = (dated[-1], dated[-1] + 1)
    elif all_years and len(all_years) <= 3:
        # only bare years ("in 2012"): any of them, and the year after the last
        fallback = (*all_years, all_years[-1] + 1)
    current_years: tuple[int, ...] = ()
    current_month: int | None = doc.header.date.month if doc.header.date is not None else None
    for m in mentions:
        if m.year:
            m.years = (m.year,)
        else:
            m.years = current_years or fallback
        if m.month is None and m.form == "weekday-day" and current_month is not None:
            m.month = current_month
        if m.years and m.form != "year":
            current_years = m.years
        if m.form == "year":
            current_years = m.years
        if m.month is not None and m.form != "weekday-day":
            current_month = m.month


# -- stated counts and enumerations ------------------------------------------------------

PERSON_NOUNS = frozenset(
    """members member mps mp meps deputies senators parliamentarians signatories representatives
    delegates politicians defenders activists journalists prisoners people persons individuals
    victims mothers fathers women men children bloggers lawyers leaders opponents dissidents
    detainees protesters students citizens candidates officials judges defendants colleagues
    figures authors organisers organizers founders sisters brothers sons daughters relatives
    membres parlementaires députés sénateurs signataires militants défenseurs prisonniers
    personnes victimes journalistes avocats femmes hommes enfants mères""".split()
)
# Other nouns whose members are proper names, so that a list of them can be counted.
NAMED_NOUNS = frozenset(
    """countries states delegations organisations organizations ngos parties groups cities regions
    newspapers outlets movements pays organisations partis groupes villes""".split()
)
COUNTED_NOUNS = PERSON_NOUNS | NAMED_NOUNS
_APPROX = re.compile(
    r"(?:at\s+least|more\s+than|over|about|around|almost|nearly|some|up\s+to|fewer\s+than|less\s+than|"
    r"approximately|roughly|about|another|au\s+moins|plus\s+de|environ|près\s+de|quelque|quelques)\s*$",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\b(?:including|include|includes|included|such\s+as|among\s+them|among\s+whom|among\s+others|"
    r"for\s+example|for\s+instance|e\.\s?g\.|like|notably|notamment|dont|parmi\s+eux|parmi\s+lesquels|"
    r"y\s+compris|tels?\s+que|comme|in\s+particular|especially)\b",
    re.IGNORECASE,
)
_INCOMPLETE = re.compile(
    r"\b(?:and\s+others|and\s+other|among\s+others|etc|et\s+al|et\s+autres)\b", re.IGNORECASE
)
_PARTICLES = frozenset(
    "de del della di da dos das do du van von der den ten ter le la al el bin ibn y i of the _n_".split()
)
_JOINED = ("Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis")
_LAST_SEP = re.compile(r",?\s+(?:and|or|et|ou|&)\s+")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’./+-]*|[+][A-Z][\w]*")
_CLAUSE_END = re.compile(r"[.;:!?]\s|[.;!?]$|\s[–—]\s|\)")


@dataclass(slots=True)
class EnumeratedCount:
    """'five human rights defenders – A, B, C and D': a stated count and the list after it."""

    count: int
    count_span: Span
    noun: str  # the head noun after the count ("defenders")
    items: list[Span]
    list_span: Span


_LIST_MAX_CHARS = 2000  # an enumeration of names is never longer
_PAREN = re.compile(r"\([^()]*\)")


def _strip_parens(s: str) -> str:
    """Blank out parenthetical asides, keeping offsets (each character becomes a space)."""
    if "(" not in s:
        return s
    return _PAREN.sub(lambda m: " " * len(m.group()), s)


def _name_item(words: list[str], final: bool) -> int | None:
    """How many words of an item form a name-like phrase (descriptor words may precede the
    capitalised run in a final item: 'his 17-year-old son Zhanbolat Agadil'). None when the
    item is not name-like. For a final item the name may be followed by other words."""
    if not words:
        return None
    i = 0
    if final:
        while i < len(words) and i < 5 and not _NAME_WORD.fullmatch(words[i]):
            i += 1
        if i == len(words):
            return None
    else:
        lead = 0
        while lead < len(words) and not _NAME_WORD.fullmatch(words[lead]):
            lead += 1
        if lead > 4 or lead == len(words):
            return None
        i = lead
    caps = 0
    j = i
    while j < len(words) and (_NAME_WORD.fullmatch(words[j]) or (caps and words[j].lower() in _PARTICLES)):
        if _NAME_WORD.fullmatch(words[j]):
            caps += 1
        j += 1
    while j > i and words[j - 1].lower() in _PARTICLES:
        j -= 1
    if caps == 0 or caps > 6:
        return None
    if not final and j != len(words):
        return None
    return j


def _enumeration(text: str, start: int, end: int) -> tuple[list[Span], int] | None:
    """Parse 'A, B, C and D' (or 'A, B, C, D.' up to a clause end) starting at ``start``:
    the item spans and where the list ends. None unless every item is name-like."""
    end = min(end, start + _LIST_MAX_CHARS)
    region = _strip_parens(text[start:end])
    for joined in _JOINED:
        region = region.replace(joined, joined.replace(" and ", " _n_ "))
    # The list ends at the first clause end (full stop, semicolon, colon, dash).
    stop = _CLAUSE_END.search(region)
    limit = stop.start() if stop else len(region)
    items: list[Span] = []
    pos = 0
    while pos <= limit:
        comma = region.find(",", pos, limit)
        piece_end = comma if comma >= 0 else limit
        piece = region[pos:piece_end]
        last = _LAST_SEP.search(" " + piece)
        if last is not None:
            before = piece[: max(last.start() - 1, 0)]
            if before.strip():
                n = _name_item(before.split(), final=False)
                if n is None:
                    return None
                lead = len(before) - len(before.lstrip())
                items.append(Span(start + pos + lead, start + pos + len(before.rstrip())))
            tail_at = pos + last.end() - 1
            words = region[tail_at:limit].split()
            n = _name_item([w.rstrip(",") for w in words], final=True)
            if n is None:
                return None
            off = tail_at
            for w in words[:n]:
                off = region.index(w, off) + len(w)
            final = text[start + tail_at : start + off].rstrip(",")
            items.append(Span(start + tail_at, start + tail_at + len(final)))
            return (items, start + off) if len(items) >= 2 else None
        words = piece.split()
        if _name_item(words, final=False) is None:
            return None
        lead = len(piece) - len(piece.lstrip())
        items.append(Span(start + pos + lead, start + pos + len(piece.rstrip())))
        if comma < 0:
            break
        pos = comma + 1
    # No 'and': a list of three or more names running to the clause end.
    if len(items) >= 3 and stop is not None:
        return items, start + limit
    return None


_NOUN_PHRASE = re.compile(
    r"(?:\s+(?!(?:of|from|in|who|whose|which|that|at|on|and|or|de|du|des|qui)\b)[\w’'-]+){1,5}"
)


def _noun_after(text: str, pos: int, end: int) -> tuple[str, int]:
    """The head noun of the phrase after a count and where the phrase ends."""
    m = _NOUN_PHRASE.match(text, pos, end)
    if m is None:
        return "", pos
    words = m.group(0).split()
    head = ""
    stop = pos
    offset = pos
    for k, w in enumerate(words):
        idx = text.find(w, offset, end)
        offset = idx + len(w)
        head = w
        stop = offset
        if w.lower().strip("’'") in COUNTED_NOUNS:
            # "member states", "member countries": the second noun is the head
            if k + 1 < len(words) and words[k + 1].lower().strip("’'.,;:)") in NAMED_NOUNS:
                continue
            break
    return head.lower(), stop


def enumerated_counts(doc: Document) -> list[EnumeratedCount]:
    """Stated counts followed by a list of names ('6 members …, namely A, B, … and F').

    When several counts precede one list, one that equals the list's length is taken (the
    list may spell out either); otherwise the closest count of the right kind (people for
    lists of full names, countries or groups for one-word names)."""
    text = doc.text
    out = []
    for sentence in doc.sentences:
        s, e = sentence.span.start, sentence.span.end
        candidates = []
        for m in counts_in(text, s, e):
            value = m.value
            if value < 2 or value > 60:
                continue
            before = text[max(s, m.start - 20) : m.start]
            if _APPROX.search(before):
                continue
            after = text[m.end : min(e, m.end + 12)]
            if re.match(
                r"\s*(?:of\b|%|per\s*cent|percent|years?\b|-year|months?\b|days?\b|hours?\b|dont\b)", after
            ):
                continue
            if after.split(" ", 2)[1:2] and after.split(" ", 2)[1].strip(",.") in MONTH_NUMBERS:
                continue
            noun, phrase_end = _noun_after(text, m.end, e)
            if not noun:
                continue
            candidates.append((m, value, noun, phrase_end))
        if not candidates:
            continue
        # Each enumeration: an introducer after some candidate's noun phrase.
        starts = [c[0].start for c in candidates]
        lists: dict[int, tuple] = {}
        for _m, _value, noun, phrase_end in candidates:
            if noun.strip("’'") not in COUNTED_NOUNS:
                continue
            found = _apposition(text, phrase_end, e, noun) or _enumeration_after(text, phrase_end, e)
            if found is not None and found[0][0].start not in lists:
                lists[found[0][0].start] = found
        for items, list_end, intro_at in lists.values():
            items = _merge_affiliations(text, items)
            before_list = [
                c
                for c in candidates[
                    bisect.bisect_left(starts, intro_at - 300) : bisect.bisect_left(starts, intro_at)
                ]
                if c[2] in COUNTED_NOUNS
            ]
            # Any count before the list that matches it may be the one the list spells out
            # ("6 members … from 3 groups, namely [six names]").
            if not before_list:
                continue
            matching = [c for c in before_list if c[1] == len(items)]
            kind = _list_kind(text, items)
            if kind == "names" and _comma_after_name(text, intro_at, items[0].start):
                continue  # 'of Crimea Sentsov, Kolchenko …': the list may start before the comma
            pool = matching or [c for c in before_list if _counts_kind(c[2], kind)]
            if not pool:
                continue
            m, value, noun, _ = pool[-1]  # the closest count of the right kind
            between = text[m.end : intro_at]
            if _PARTIAL.search(between) or _PARTIAL.search(text[intro_at : items[0].start]):
                continue
            if _INCOMPLETE.search(text, items[0].start, min(e, list_end + 15)):
                continue
            out.append(
                EnumeratedCount(value, Span(m.start, m.end), noun, items, Span(items[0].start, items[-1].end))
            )
    return out


def _list_kind(text: str, items: list[Span]) -> str:
    """'places' when most items are countries or group codes ('France, the Netherlands and
    San Marino', 'Bulgaria and North Macedonia'); 'people' when most have two words or more
    (full names); 'names' otherwise (one-word names: surnames, parties, cities)."""
    pieces = [text[i.start : i.end] for i in items]
    if sum(_is_affiliation(p) for p in pieces) * 2 > len(pieces):
        return "places"
    if sum(len(p.split()) >= 2 for p in pieces) * 2 >= len(pieces):
        return "people"
    return "names"


_LAST_WORD = re.compile(r"(\S+)\s*$")


def _comma_after_name(text: str, intro_at: int, list_start: int) -> bool:
    """The list is introduced by a bare comma right after a capitalised word."""
    if text[intro_at:list_start].strip() != ",":
        return False
    w = _LAST_WORD.search(text, max(0, intro_at - 40), intro_at)
    return w is not None and w.group(1)[:1].isupper()


def _counts_kind(noun: str, kind: str) -> bool:
    """Whether a count of ``noun`` may be spelled out by a list of that kind: people by full
    names or by surnames alone ('five opponents – Sentsov, Kolchenko, …'), countries,
    delegations and groups by places or one-word names."""
    if noun.strip("’'") in PERSON_NOUNS:
        return kind != "places"
    return kind != "people"


def _is_affiliation(item: str) -> bool:
    """A country name or a political group code: what follows a person's name in
    'Ann Bell, Denmark, and Carl Dahl, France' or 'Ann Bell, SOC'."""
    from ..refdata import countries, groups

    item = item.strip()
    if item.startswith(("the ", "The ")):
        item = item[4:]
    g = groups()
    return (
        countries().lookup(item) is not None
        or item in g.pace
        or item in g.french
        or item in g.european_parliament
    )


def _merge_affiliations(text: str, items: list[Span]) -> list[Span]:
    """Fold a country or group item into the person's name before it: 'Ann Bell, Denmark,
    and Carl Dahl, France' lists two people, not four items. A list of countries
    ('the Republic of Moldova, Poland') is left alone: its items are all places."""
    out: list[Span] = []
    for item in items:
        if out:
            prev = text[out[-1].start : out[-1].end]
            if (
                len(prev.split()) >= 2
                and not _is_affiliation(prev)
                and _is_affiliation(text[item.start : item.end])
            ):
                out[-1] = Span(out[-1].start, item.end)
                continue
        out.append(item)
    return out


# What introduces a list after a count's noun phrase: a colon, a dash, "namely", a comma
# or an opening bracket ("eleven countries under the full monitoring procedure (Albania,
# Armenia, … and Ukraine)").
_INTRO = re.compile(r"\s*(?::|[–—]|\s-\s|\bnamely\b|\bà\s+savoir\b|,|\()\s*(?:namely\s+|i\.\s?e\.\s+)?")


# Nouns whose list of countries may follow 'from': "the six delegations from Ukraine,
# Georgia, … and Estonia" counts delegations, one per country.
_FROM_NOUNS = frozenset("delegations parliaments".split())
_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?=[A-Z])")
_APPOSED = re.compile(r"\s+(?=[A-ZÀ-ÞĀ-Ž])")


def _apposition(text: str, pos: int, end: int, noun: str):
    """A list with no introducer, straight after the counted noun: 'the four human rights
    defenders Zhanbota Alzhanova, Dana Zhanay, … and Maxat Mukarov' (full names of people),
    'the six delegations from Ukraine, Georgia, … and Estonia' (countries). Narrow on
    purpose: without a colon or a dash only these two shapes are read as the list."""
    noun = noun.strip("’'")
    if noun in PERSON_NOUNS:
        m = _APPOSED.match(text, pos, end)
        want = "people"
    elif noun in _FROM_NOUNS:
        m = _FROM.match(text, pos, end)
        want = "countries"
    else:
        return None
    if m is None:
        return None
    parsed = _enumeration(text, m.end(), end)
    if parsed is None:
        return None
    items, list_end = parsed
    pieces = [text[i.start : i.end] for i in items]
    if want == "people":
        if _list_kind(text, items) != "people":
            return None
    else:
        from ..refdata import countries

        if not all(countries().lookup(p.removeprefix("the ")) is not None for p in pieces):
            return None
    return items, list_end, pos


_THE_NAME = re.compile(r"the\s+[A-Z]")
# A country right before a bare comma and another right after it: the comma is inside a
# list of countries that began before it ("of Ukraine, Denmark and Poland").
_LIST_ITEM_BEFORE = re.compile(r"\b(?:of|from|in|by)\s+(?:the\s+)?(?P<item>[A-Z][\w'’ -]*)$")
_NEXT_ITEM = re.compile(r"(?:the\s+)?(?P<item>[A-Z][\w'’ -]*?)(?=,|\s+and\b|\s+et\b|[.;)]|$)")


def _country_list_through(text: str, pos: int, comma, end: int) -> bool:
    from ..refdata import countries

    before = _LIST_ITEM_BEFORE.search(text, pos, comma.start())
    after = _NEXT_ITEM.match(text, comma.end(), end)
    if before is None or after is None:
        return False
    index = countries()
    return index.lookup(before["item"]) is not None and index.lookup(after["item"]) is not None


def _closes_bracket(text: str, list_end: int, end: int) -> bool:
    """The list ending at ``list_end`` is followed by the closing bracket."""
    tail = text[list_end : min(end, list_end + 3)].lstrip(" ,.")
    return tail.startswith(")")


def _enumeration_after(text: str, pos: int, end: int):
    """Find the list introduced after a count's noun phrase, within the clause."""
    # Skip a short qualifying tail ("of the Italian Parliament from 3 different groups, both
    # from the Senate and the Chamber of Deputies, namely"): up to 25 words, no clause end.
    window_end = min(end, pos + 220)
    probe = pos
    commas = 0
    while probe < window_end:
        m = _INTRO.search(text, probe, window_end)
        if m is None:
            return None
        if re.search(r"[.;!?]\s", text[pos : m.start()]):
            return None
        list_start = m.end()
        opener = m.group(0).strip()[:1]
        commas += opener == "," and "namely" not in m.group(0)
        # A bare comma introduces the list only as the first comma after the noun phrase:
        # "35 delegates from 24 countries, marks … of the Armenian, Assyrian, and Pontic
        # Greek genocides" lists no delegates.
        if commas > 1 and opener == ",":
            probe = m.end() if m.end() > probe else probe + 1
            continue
        if opener == "," and "namely" not in m.group(0) and _country_list_through(text, pos, m, end):
            return None  # "three delegations of Ukraine, Denmark and Poland": the list began before the comma
        if list_start < end and (
            text[list_start].isupper()
            or text[list_start : list_start + 4] in ("his ", "her ")
            # "(the Republic of Moldova, Poland and …)": after a bracket, colon or dash only
            or (opener in "(:–—-" and _THE_NAME.match(text, list_start, end) is not None)
        ):
            parsed = _enumeration(text, list_start, end)
            # A list in brackets is the whole bracket: "(Albania, …, Turkey and Ukraine)",
            # not "(Ann Bell and Carl Dahl among them)".
            if parsed is not None and (opener != "(" or _closes_bracket(text, parsed[1], end)):
                items, list_end = parsed
                return items, list_end, m.start()
        if opener in (":", "–", "—", "-", "(") or "namely" in m.group(0):
            return None  # a real introducer not followed by a name list: give up
        probe = m.end() if m.end() > probe else probe + 1
    return None


# -- signature claims about declarations ----------------------------------------------------

WD_REF_RE = re.compile(
    r"\b(?:[Ww]ritten\s+[Dd]eclaration|WD|[Dd]éclaration\s+écrite)\s*(?:[Nn][o°º]\.?|[Nn]umber|n°|#)?\s*(?P<num>\d{2,4})\b"
)
_SIGN_VERB = re.compile(
    r"\b(?:signed|co-signed|cosigned|signatories|signé|signée|signataires)\b", re.IGNORECASE
)


@dataclass(slots=True)
class SignatureClaim:
    """'32 members … signed the Written Declaration no. 682'."""

    count: int
    count_span: Span
    wd_number: int
    wd_span: Span


def signature_claims(doc: Document) -> list[SignatureClaim]:
    text = doc.text
    out = []
    for sentence in doc.sentences:
        s, e = sentence.span.start, sentence.span.end
        refs = list(WD_REF_RE.finditer(text, s, e))
        if not refs:
            continue
        verb = _SIGN_VERB.search(text, s, e)
        if verb is None:
            continue
        # The reference nearest after the verb (or before it: "WD 682, signed by 25 members").
        after = [r for r in refs if r.start() >= verb.end()]
        ref = after[0] if after else refs[-1]
        if after and len(text[verb.end() : ref.start()].split()) > 4:
            continue
        best = None
        for m in counts_in(text, s, e):
            value = m.value
            if value < 2 or ref.start() <= m.start < ref.end():
                continue
            before = text[max(s, m.start - 20) : m.start]
            if _APPROX.search(before):
                continue
            noun, _ = _noun_after(text, m.end, e)
            if noun.strip("’'") not in PERSON_NOUNS:
                continue
            distance = abs(m.start - verb.start())
            if best is None or distance < best[0]:
                best = (distance, m, value)
        if best is None:
            continue
        _, m, value = best
        out.append(SignatureClaim(value, Span(m.start, m.end), int(ref["num"]), Span(ref.start(), ref.end())))
    return out


def real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- counted nouns ----------------------------------------------------------------------
class CountedNoun(NamedTuple):
    """A count and the plural noun it counts ("the eight deputies", "two crucial
    resolutions"): what C005 compares within a document."""

    span: Span  # from the determiner (or the number) to the noun
    value: int
    noun: str  # the plural noun, lower case
    definite: bool  # after "the", "these", "those": a reference back to a known set


# After a count: up to two words, then a plural noun ("eight deputies", "two crucial
# resolutions", "three above-mentioned prisoners").
_COUNTED_NOUN = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?([a-z]{3,}s)\b")
_DETERMINER = re.compile(r"(?:^|(?<=\W))([Tt]he|[Tt]hese|[Tt]hose)\s+$")
_NUMBER_STEMS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
# Digits (thousands separated) and number words only: one scan, no per-word lookups.
_COUNT_NUMBER = re.compile(
    r"(?<![\w,.\-])(?:\d{1,3}(?:,\d{3})+|\d{1,4}|(?:"
    + "|".join(sorted(_NUMBER_STEMS, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w%\-]|[.,]\d)",
    re.IGNORECASE,
)


def counted_nouns(doc: Document) -> list[CountedNoun]:
    """Every count of a plural noun in the English prose, in text order."""
    if doc.language != "en":
        return []
    text = doc.text
    out = []
    for span in doc.prose_spans:
        if _COUNT_HINT.search(text, span.start, span.end) is None:
            continue
        tokens = []
        for n in _COUNT_NUMBER.finditer(text, span.start, span.end):
            raw = n.group()
            value = int(raw.replace(",", "")) if raw[0].isdigit() else NUMBER_WORDS.get(raw.lower())
            if value is not None and value >= 2:
                tokens.append((n.start(), n.end(), value))
        for start, end, value in tokens:
            if 1800 <= value <= 2100 and text[start].isdigit():
                continue  # a year: "the 2019 elections"
            m = _COUNTED_NOUN.match(text, end, span.end)
            if m is None:
                continue
            det = _DETERMINER.search(text, max(span.start, start - 8), start)
            first = det.start(1) if det else start
            out.append(CountedNoun(Span(first, m.end()), value, m.group(1), det is not None))
    return out


# A digit or a number word's stem: a prose span with none (most of them) is skipped.
_COUNT_HINT = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten\b|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)",
    re.IGNORECASE,
)
