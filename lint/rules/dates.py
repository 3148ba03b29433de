"""Dates and references (D…): impossible dates, weekdays that contradict their dates,
part-session names against months, header metadata and declaration numbering."""

from __future__ import annotations

import bisect
import calendar
import re

from ..diagnostics import Problem, Severity
from ..document import Span
from ..parse.prose import WEEKDAY_NAMES, real_date
from .base import rule

MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
_MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _months(months) -> str:
    """{4, 6} -> "April or June"."""
    return " or ".join(MONTH_NAMES[x] for x in sorted(months))


def _show(day: int, month: int, year: int | None = None) -> str:
    return f"{day} {MONTH_NAMES[month]}" + (f" {year}" if year else "")


@rule("D001", "impossible-date", Severity.ERROR)
def impossible_date(doc, ctx):
    """
    ## What it does
    Finds dates that do not exist: 31 April 2021, 29 February 2019, 32 January, in the
    header or in the text. Both days of a range are checked ("between 24 and 31 April",
    "les 11 et 31 juin", "June 24-31"). A 29 February without a year is judged against
    the year the context gives. Numeric dates are read in ISO form (2014-02-30) and in the
    European form with full stops, day first (30.02.2014).

    ## Why is this bad?
    An impossible date is a typing error in a fact: the real date is unknown to the
    reader, and tools that index the text reject it.

    ## Example
    ```text
    The declaration was tabled on 31 April 2021 by Mr Rampi.
    ```

    ```text
    Written declaration No. 745 | Doc. 15575 | 29 February 2019
    ```

    ```text
    The elections were held between 24 and 31 April 2019.
    ```

    ## Use instead
    ```text
    The declaration was tabled on 30 April 2021 by Mr Rampi, and again on 29 February 2020.
    The elections were held between 24 and 30 April 2019, and on June 24 and 25 people were detained.
    ```
    """
    for p in doc.problems:
        if p.kind == "impossible-date":
            yield Problem(p.span, p.message)
    for m in doc.dates:
        if m.day is None or m.month is None or m.day_span is None or not m.month_written:
            continue
        if not 1 <= m.month <= 12:
            yield Problem(m.span, f"'{doc.slice(m.span)}' is not a real date (no month {m.month})")
            continue
        # Both days of a range ("between 24 and 31 April"): the first impossible one.
        for day in (m.day, m.day2) if m.day2 is not None else (m.day,):
            which = f" ({_show(day, m.month, m.year)})" if day != m.day else ""
            if m.year is not None:
                if real_date(m.year, m.month, day) is None:
                    yield Problem(m.span, f"'{doc.slice(m.span)}' is not a real date{which}")
                    break
                continue
            if day < 1 or day > _MAX_DAYS[m.month]:
                yield Problem(m.span, f"'{doc.slice(m.span)}' is not a real date{which}: {MONTH_NAMES[m.month]} "
                              f"has {_MAX_DAYS[m.month]} days")  # fmt: skip
                break
            if m.month == 2 and day == 29 and m.years and not any(calendar.isleap(y) for y in m.years):
                years = " or ".join(str(y) for y in m.years)
                yield Problem(
                    m.span, f"'{doc.slice(m.span)}' is not a real date{which}: {years} is not a leap year"
                )
                break


@rule("D002", "weekday-mismatch", Severity.ERROR)
def weekday_mismatch(doc, ctx):
    """
    ## What it does
    Checks a weekday written with a date ("Monday, 24 January 2019") against the
    calendar. When the text gives only the day ("Tuesday 25th"), the month and year come
    from the nearest date before it (or the header date); when the context leaves the
    year open, the weekday is a finding only if it fits none of the candidate years.

    ## Why is this bad?
    One of the two is wrong, and the reader cannot tell which: the event's date is in
    doubt.

    ## Example
    ```text
    The declaration was tabled on Monday, 24 January 2019.
    ```

    ```text
    The Summer session opened on June 24, 2019. A side-event was held on Wednesday 25th.
    ```

    ## Use instead
    ```text
    The declaration was tabled on Thursday, 24 January 2019.
    The Summer session opened on June 24, 2019. A side-event was held on Tuesday 25th.
    ```
    """
    for m in doc.dates:
        if m.weekday is None or m.day is None or m.month is None or not m.years:
            continue
        months = [m.month] if m.month_written else [m.month, m.month % 12 + 1]
        fits = False
        checked = []
        for month in months:
            for year in m.years:
                y = year + 1 if (not m.month_written and month < m.month) else year
                day = real_date(y, month, m.day)
                if day is None:
                    continue
                checked.append(day)
                if day.weekday() == m.weekday:
                    fits = True
        if fits or not checked:
            continue
        first = checked[0]
        actual = WEEKDAY_NAMES[first.weekday()]
        written = WEEKDAY_NAMES[m.weekday]
        span = m.weekday_span or m.span
        if m.month_written and len(m.years) == 1:
            msg = f"{_show(first.day, first.month, first.year)} was a {actual}, not a {written}"
        else:
            shown = ", ".join(
                f"{_show(d.day, d.month, d.year)} ({WEEKDAY_NAMES[d.weekday()]})" for d in checked
            )
            msg = f"'{doc.slice(m.span)}' is not a {written} in any date the context allows: {shown}"
        yield Problem(span, msg)


_SESSION_MONTHS = {"winter": {1}, "spring": {4}, "summer": {6}, "autumn": {9, 10},
                   "hiver": {1}, "printemps": {4}, "été": {6}, "automne": {9, 10}}  # fmt: skip
# Ordinal part-sessions (domain.md section 3): the first in January, the second in April, the
# third in June, the fourth in September or October.
_ORDINAL_MONTHS = {"first": {1}, "1st": {1}, "second": {4}, "2nd": {4}, "third": {6}, "3rd": {6},
                   "fourth": {9, 10}, "4th": {9, 10}, "première": {1}, "1re": {1}, "1ère": {1},
                   "deuxième": {4}, "seconde": {4}, "2e": {4}, "troisième": {6}, "3e": {6},
                   "quatrième": {9, 10}, "4e": {9, 10}}  # fmt: skip
_SESSION = re.compile(
    r"\b(?P<season>[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn)\s+(?:[Pp]lenary\s+)?(?:[Pp]art[- ])?[Ss]ession\b"
    r"|\b[Ss]ession\s+(?:d['’]|de\s+)(?P<saison>hiver|printemps|été|automne)\b"
    r"|\b(?P<ordinal>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)\s+[Pp]art[- ][Ss]ession\b"
    r"|\b(?P<ordinal_fr>[Pp]remière|[Dd]euxième|[Ss]econde|[Tt]roisième|[Qq]uatrième|1re|1ère|2e|3e|4e)"
    r"\s+partie\s+de\s+(?:sa\s+|la\s+)?session\b(?:\s+ordinaire)?"
)
# The numbering of 2020 is open (April and June cancelled, October replaced by a Standing
# Committee), and before the 2000s the ordinary session did not follow the calendar year.
_ORDINAL_YEARS = range(2000, 2100)
_ORDINAL_OPEN_YEARS = frozenset({2020})
# Words that may stand between a session's name and its dates ("the Summer session of the
# Parliamentary Assembly of the Council of Europe took place between June 24 and 28", "the
# 2019 Summer Session, held between January 21st and 25th", "la partie de session d'hiver qui
# s'est tenue à Strasbourg du 9 au 13 octobre 2017").
_CONNECT = frozenset(
    """of the parliamentary assembly council europe pace in strasbourg took place held was is
    will be takes took opened opens started starts began begins ran runs convened met meets on
    from between during which that its year this at and de la l du le a eu lieu s est tenue
    tiendra session part-session plenary qui s'est à sa ordinaire""".split()
)
# A session named after one of these is not when its date happened ("Before the Winter
# session, on 6 December 2018, …").
_NOT_DURING = frozenset(
    """before after since until till following preceding prior ahead for towards next previous
    avant après depuis pour jusqu'à""".split()
)
# Words between such a preposition and the session's name ("ahead of the 2019 PACE Winter
# session", "avant la partie de session d'hiver").
_NAME_FILLER = frozenset("the of its a la l' l’ sa de partie pace apce assembly's assembly’s".split())
# Between a date and a session name after it: "On December 18-19, 2019, during the Winter
# part-session" / "the June 2019 Spring session" / "le 24 juin, lors de la session d'été".
_BACKWARD = re.compile(
    r"\s*,?\s*(?:(?:during|at|in|lors\s+de|pendant|au\s+cours\s+de)\s+)?"
    r"(?:(?:the|its|la|sa|PACE|APCE|Assembly['’]s)\s+|l['’])*(?:partie\s+de\s+)?"
)
# Words before a date that put the date outside the session ("until 24 June, during …").
_DATE_NOT_DURING = re.compile(
    r"\b(?i:until|till|since|before|after|by|and|to|jusqu['’]au|depuis|avant|après)\s+$"
)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _attached(between: str) -> bool:
    words = re.findall(r"[\w'’-]+|[^\w\s]", between)
    return len(words) <= 14 and all(
        w.lower().strip("'’") in _CONNECT or w.lower() in _CONNECT or w in "(–-," or _YEAR_WORD.fullmatch(w)
        for w in words
    )


def _after_preposition(text: str, start: int, floor: int) -> bool:
    """The session's name follows 'before', 'after', 'since' … ('ahead of the Winter session')."""
    words = re.findall(r"[\w'’-]+", text[max(floor, start - 60) : start])
    while words and (words[-1].lower() in _NAME_FILLER or _YEAR_WORD.fullmatch(words[-1])):
        words.pop()
    return bool(words) and words[-1].lower() in _NOT_DURING


def _session_name(m: re.Match) -> tuple[str, set[int], bool]:
    """The session's display name, its months, and whether it is an ordinal part-session."""
    if m["season"] or m["saison"]:
        season = (m["season"] or m["saison"]).lower()
        name = f"{season.capitalize()} part-session" if m["season"] else f"session d'{season}"
        return name, _SESSION_MONTHS[season], False
    ordinal = (m["ordinal"] or m["ordinal_fr"]).lower()
    name = f"{ordinal} partie de session" if m["ordinal_fr"] else f"{ordinal} part-session"
    return name, _ORDINAL_MONTHS[ordinal], True


def _ordinal_year_open(years) -> bool:
    return not years or any(y not in _ORDINAL_YEARS or y in _ORDINAL_OPEN_YEARS for y in years)


@rule("D003", "session-month-mismatch", Severity.ERROR)
def session_month_mismatch(doc, ctx):
    """
    ## What it does
    Checks a part-session's name against the month of its dates when the two are written
    together: Winter = January, Spring = April, Summer = June, Autumn = September or
    October ("session d'hiver" … in French); the first, second, third and fourth
    part-session likewise ("troisième partie de session" = June). The date may follow the
    name ("the Summer session, held between 24 and 28 June", "la session d'hiver qui s'est
    tenue du 21 au 25 janvier", "Third part-session of 2018 (25-29 June 2018)") or come just
    before it ("On 18 December 2019, during the Winter part-session"). Dates elsewhere in
    the sentence, not tied to the session, are not compared, nor are dates put before or
    after it ("Before the Winter session, on 6 December …"). An `Origin - 2019 - Third
    part-session` line is checked against the header date: a document cannot be dated after
    the part-session it comes from, and an amendment (tabled for the debate) not months
    before it. Ordinal part-sessions of 2020 (April and June cancelled) and before 2000 are
    not judged. A sentence that says "today" and reports something "during" a named
    session is checked against the text's own date (a news item's dateline), unless it
    speaks of the future.

    ## Why is this bad?
    PACE holds four part-sessions a year in fixed months; "the Spring session in June"
    means either the session or the date is wrong.

    ## Example
    ```text
    The Spring session of the Parliamentary Assembly took place between June 24 and June 28, in Strasbourg.
    ```

    ```text
    During the 2018 Summer session, held between 22 and 26 January, members met the delegation.
    ```

    ```text
    A. Second part-session of 2018 (25-29 June 2018)
    ```

    ```text
    On 3 October 2017, during the Winter part-session, the delegation met the rapporteur.
    ```

    ```text
    La session d'été qui s'est tenue à Strasbourg du 22 au 26 janvier 2018 a été consacrée aux migrations.
    ```

    ```text
    Amendment No. 12 | Doc. 14000 | 12 October 2016

    Origin - 2016 - Second part-session
    ```

    ```text
    Amendment No. 12 | Doc. 14000 | 12 April 2016

    Origin - 2016 - Fourth part-session
    ```

    ## Use instead
    ```text
    The Summer session of the Parliamentary Assembly took place between June 24 and June 28, in Strasbourg.
    During the Winter session, members recalled the arrests of 6 December 2018.
    A. Third part-session of 2018 (25-29 June 2018)
    Before the Winter session, on 6 December 2018, the delegation met the rapporteur.
    La session d'hiver qui s'est tenue à Strasbourg du 22 au 26 janvier 2018 a été consacrée aux migrations.
    ```

    ```text
    Report | Doc. 14000 | 12 March 2016

    Origin - 2016 - Second part-session
    ```

    ```text
    Amendment No. 12 | Doc. 14000 | 12 April 2016

    Origin - 2016 - Second part-session
    ```
    """
    text = doc.text
    dates = [d for d in doc.dates if d.month is not None and d.month_written]
    starts = [d.span.start for d in dates]
    ends = sorted((d.span.end, i) for i, d in enumerate(dates))
    end_keys = [x[0] for x in ends]
    header_date = doc.header.date
    for sentence in doc.sentences:
        s, e = sentence.span.start, sentence.span.end
        for m in _SESSION.finditer(text, s, e):
            name, allowed, ordinal = _session_name(m)
            if _after_preposition(text, m.start(), s):
                continue
            tied = None
            # The first date after the name, if only connecting words stand between.
            i = bisect.bisect_left(starts, m.end())
            gap = dates[i].span.start - m.end() if i < len(dates) else -1
            if 0 <= gap <= 200 and dates[i].span.start < e and _attached(text[m.end() : dates[i].span.start]):
                tied = dates[i]
            # A date just before it: "the June 2019 Spring session", "On 18 December 2019,
            # during the Winter part-session".
            j = bisect.bisect_right(end_keys, m.start()) - 1
            if tied is None and j >= 0:
                d = dates[ends[j][1]]
                if (
                    s <= d.span.start
                    and _BACKWARD.fullmatch(text, d.span.end, m.start())
                    and not _DATE_NOT_DURING.search(text, max(s, d.span.start - 12), d.span.start)
                ):
                    tied = d
            if tied is None:
                if ordinal and header_date is not None:
                    yield from _origin_line(doc, m, name, allowed, header_date)
                elif header_date is not None and header_date.month not in allowed and _today(text, s, e, m):
                    yield Problem(
                        Span(m.start(), m.end()),
                        f"the {name} is held in {_months(allowed)}, but this text, dated "
                        f"{_show(header_date.day, header_date.month, header_date.year)}, says it is under way today",
                    )
                continue
            if tied.month in allowed or (ordinal and _ordinal_year_open(tied.years)):
                continue
            yield Problem(
                Span(m.start(), m.end()),
                f"the {name} is held in {_months(allowed)}, "
                f"but its date here is in {MONTH_NAMES[tied.month]} ('{doc.slice(tied.span)}')",
            )


# "At its meeting today, during the summer part-session": the session is under way on the
# text's own date (a news item's dateline).
_TODAY = re.compile(r"\b(?:today|aujourd['’]hui)\b", re.IGNORECASE)
_DURING = re.compile(r"\b(?:during|lors de|pendant|au cours de)\s+(?:the|la|sa|cette)?\s*$", re.IGNORECASE)
_NOT_NOW = re.compile(r"\b(?:will|shall|next|coming|upcoming|prochaine?|sera|seront)\b", re.IGNORECASE)


def _today(text: str, start: int, end: int, m: re.Match) -> bool:
    """The sentence says "today" and puts what it reports "during" the session named at
    ``m``, with nothing of a future about it."""
    if not _TODAY.search(text, start, end) or _NOT_NOW.search(text, start, end):
        return False
    return _DURING.search(text[max(start, m.start() - 30) : m.start()]) is not None


_ORIGIN_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[-–]\s*$")


_AMENDMENT = re.compile(r"\s*(?:sub-)?amendm?ent\b", re.IGNORECASE)


def _is_amendment(doc) -> bool:
    """The header line reads 'Amendment No. 74 | Doc. 14900 | 24 June 2019'."""
    fld = doc.header.doc_field or doc.header.date_field
    if fld is None:
        return False
    line_start = doc.text.rfind("\n", 0, fld.span.start) + 1
    return _AMENDMENT.match(doc.text, line_start, fld.span.start) is not None


def _origin_line(doc, m: re.Match, name: str, allowed: set[int], date):
    """'Origin - 2019 - Third part-session' in a document dated after that part-session, or
    an amendment dated months before it (amendments are tabled for the debate, in the days
    before it)."""
    y = _ORIGIN_YEAR.search(doc.text, max(0, m.start() - 12), m.start())
    if y is None:
        return
    year = int(y["year"])
    if year != date.year or _ordinal_year_open((year,)):
        return
    months = _months(allowed)
    shown = _show(date.day, date.month, date.year)
    if date.month > max(allowed):
        message = f"the document is dated {shown}, after it"
    elif date.month < min(allowed) - 1 and _is_amendment(doc):
        message = f"this amendment is dated {shown}, months before it"
    else:
        return
    yield Problem(Span(m.start(), m.end()), f"the {name} of {year} is held in {months}, but {message}")


@rule("D004", "malformed-header", Severity.ERROR)
def malformed_header(doc, ctx):
    """
    ## What it does
    Finds header lines that are almost, but not exactly, the standard metadata:
    `Written declaration No. N` and `Doc. N` (in French `Déclaration écrite n° N`).

    ## Why is this bad?
    The header is what indexes, citations and cross-document checks read; a malformed
    line ("Written declaration No 745", "Doc 15575") is missed or misread by them.

    ## Example
    ```text
    Written declaration No 745 | Doc. 15575 | 27 June 2022
    ```

    ```text
    Written declaration No. 745 | Doc.15575 | 27 June 2022
    ```

    ## Use instead
    ```text
    Written declaration No. 745 | Doc. 15575 | 27 June 2022
    ```
    """
    for p in doc.problems:
        if p.kind == "header-format":
            yield Problem(p.span, p.message)


# An act done on a date: "adopted unanimously by the committee on 12 December 2023",
# "signée le 3 mars 2021". Looked for in a bounded window before the date.
_DONE_ON = re.compile(
    r"\b(?P<verb>adopted|signed|tabled|approved|held|deposited|issued|adopt[ée]e?s?|sign[ée]e?s?|"
    r"d[ée]pos[ée]e?s?|approuv[ée]e?s?|tenue?s?)\b[^.;:!?]{0,70}?\b(?:on|le)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A future or an intention in the clause before the verb: "will be debated and adopted on".
_FUTURE = re.compile(
    r"\b(?:will|shall|would|should|could|may|might|to be|expected|due|scheduled|planned|sera|seront|"
    r"doit|doivent|devrait|devraient|pourrait|pourront|va|vont|prévue?s?)\b",
    re.IGNORECASE,
)
_FUTURE_REACH = 40  # characters before the verb
_DONE_WINDOW = 110
TOLERANCE_DAYS = 1


@rule("D006", "date-after-document", Severity.WARNING)
def date_after_document(doc, ctx):
    """
    ## What it does
    Finds an act the text says was done on a date later than the document's own date:
    a report dated 5 January 2024 whose draft resolution was "adopted by the committee on
    12 December 2024", a news item of 3 March that says a declaration "was signed on 22
    March". Only full dates (day, month and year) right after "adopted", "signed",
    "tabled", "approved", "held" … "on" (in French "adopté … le", "signée le") count, and
    never after "will", "to be", "sera" and the like.

    ## Why is this bad?
    A document cannot report what has not happened yet: one of the two dates is wrong,
    most often a year typed from habit. The rule cannot tell which, so it offers no fix.

    ## Example
    ```text
    Report | Doc. 15892 | 05 January 2024

    Draft resolution adopted unanimously by the committee on 12 December 2024.
    ```

    ## Use instead
    ```text
    Report | Doc. 15892 | 05 January 2024

    Draft resolution adopted unanimously by the committee on 12 December 2023.
    The resolution will be debated on 24 January 2024.
    ```
    """
    if doc.date is None:
        return
    import datetime as _dt

    latest = doc.date + _dt.timedelta(days=TOLERANCE_DAYS)
    header = doc.header.date_field.span if doc.header.date_field else None
    text = doc.text
    for m in doc.dates:
        if m.day is None or m.month is None or m.year is None:
            continue
        if header is not None and header.start <= m.span.start < header.end:
            continue
        when = real_date(m.year, m.month, m.day)
        if when is None or when <= latest:
            continue
        window = text[max(0, m.span.start - _DONE_WINDOW) : m.span.start]
        done = _DONE_ON.search(window)
        if done is None or _FUTURE.search(window[max(0, done.start() - _FUTURE_REACH) : done.start()]):
            continue
        yield Problem(
            m.span,
            f"'{done.group('verb')} … {text[m.span.start : m.span.end]}' is later than the document's own date "
            f"({_show(doc.date.day, doc.date.month, doc.date.year)}): a wrong year or day?",
        )


def _increasing_subsequence(values: list[int], preferred: list[bool] | None = None) -> set[int]:
    """Indexes of one longest strictly increasing subsequence. Among the longest, one that
    keeps the most ``preferred`` indexes (the reference documents: a slip that ties with one
    of them is the linted document's), then, as patience sorting does, the one with the
    smaller numbers (a number too high is the slip: 609 -> 14620 before 610 -> 14570 drops
    609). O(n log n): a Fenwick tree of the best (length, preferred count, -value) ending
    below each value."""
    n = len(values)
    if n == 0:
        return set()
    preferred = preferred or [False] * n
    ranks = {v: r for r, v in enumerate(sorted(set(values)), 1)}
    size = len(ranks)
    none = (0, 0, 0, -1)
    tree: list[tuple[int, int, int, int]] = [none] * (size + 1)  # (length, preferred, -value, index)
    parent = [-1] * n
    best_of: list[tuple[int, int, int]] = [(0, 0, 0)] * n
    for i, v in enumerate(values):
        r = ranks[v] - 1  # strictly below v
        best = none
        while r > 0:
            if tree[r][:3] > best[:3]:
                best = tree[r]
            r -= r & -r
        best_of[i] = (best[0] + 1, best[1] + preferred[i], -v)
        parent[i] = best[3]
        entry = (*best_of[i], i)
        r = ranks[v]
        while r <= size:
            if entry[:3] > tree[r][:3]:
                tree[r] = entry
            r += r & -r
    i = max(range(n), key=lambda k: (best_of[k], -k))
    keep = set()
    while i >= 0:
        keep.add(i)
        i = parent[i]
    return keep


@rule("D005", "declaration-numbering", Severity.ERROR, scope="corpus")
def declaration_numbering(docs, ctx):
    """
    ## What it does
    Across the corpus, checks that written declaration numbers and `Doc.` numbers rise
    together: the two are issued from running series, so WD 682 cannot have a higher Doc.
    number than WD 689, and one declaration has one Doc. number. Header dates are not
    compared: declarations are republished with a new date when signatures are added.
    The documents that break the longest consistent sequence are reported; when a slip
    could be either of two documents, the one in the reference corpus is taken as right.

    ## Why is this bad?
    A number out of sequence is a typing error in the reference that people cite.

    ## Example
    ```text
    Written declaration No. 682 | Doc. 14990 | 26 June 2019
    ```

    ## Use instead
    ```text
    Written declaration No. 682 | Doc. 14919 | 26 June 2019
    ```
    """
    numbered = [d for d in docs if d.header.wd_number is not None and d.header.doc_number is not None]
    if len(numbered) < 2:
        return
    # One Doc. number per declaration (editions repeat both numbers). The reference
    # corpus is the record: a number that contradicts it is the linted document's slip.
    by_wd: dict[int, list] = {}
    for d in sorted(numbered, key=lambda d: not ctx.is_reference(d)):
        by_wd.setdefault(d.header.wd_number, []).append(d)
    for wd, group in by_wd.items():
        numbers = sorted({d.header.doc_number for d in group})
        if len(numbers) > 1:
            for d in group[1:]:
                if d.header.doc_number != group[0].header.doc_number:
                    yield (d, Problem(d.header.doc_field.span,
                           f"Written declaration No. {wd} has Doc. {d.header.doc_number} here but "
                           f"Doc. {group[0].header.doc_number} in {group[0].path}"))  # fmt: skip
    firsts = sorted((group[0] for group in by_wd.values()), key=lambda d: (d.header.wd_number, d.path))
    values = [d.header.doc_number for d in firsts]
    keep = _increasing_subsequence(values, [ctx.is_reference(d) for d in firsts])
    for i, d in enumerate(firsts):
        if i in keep:
            continue
        # The nearest kept declarations around it show the contradiction.
        lower = next((firsts[j] for j in range(i - 1, -1, -1) if j in keep), None)
        upper = next((firsts[j] for j in range(i + 1, len(firsts)) if j in keep), None)
        if lower is not None and lower.header.doc_number >= d.header.doc_number:
            other, relation = lower, "lower"
        else:
            other, relation = upper, "higher"
        if other is None:
            continue
        yield (
            d,
            Problem(
                d.header.doc_field.span,
                f"Written declaration No. {d.header.wd_number} has Doc. {d.header.doc_number}, but the "
                f"{relation}-numbered No. {other.header.wd_number} has Doc. {other.header.doc_number} "
                f"({other.path}): the two series must rise together",
            ),
        )


# "yesterday 15 April", "today, 17 April 2015", "hier (15 avril)": a relative day written
# right before the date it names.
_RELATIVE = re.compile(
    r"\b(?P<word>yesterday|today|tomorrow|hier|aujourd['’]hui|demain)\b[\s,(]*(?:on\s+|le\s+|this\s+)?$",
    re.IGNORECASE,
)
_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1, "hier": -1, "aujourd'hui": 0, "demain": 1}
_RELATIVE_REACH = 20  # characters between the word and the date


@rule("D007", "relative-day-mismatch")
def relative_day_mismatch(doc, ctx):
    """
    ## What it does
    Checks a date written with "yesterday", "today" or "tomorrow" ("hier", "aujourd'hui",
    "demain" in French) against the text's own dates: "published yesterday 15 April" in
    a letter of 17 April. The day it names must be the day before, the same day or the day
    after the document's date or another full date the text gives (a letter quoted in an
    article keeps its own date); it is reported only when it fits none of them.

    ## Why is this bad?
    The reader cannot tell which of the two is wrong, the date or the word; a wrong date in
    a letter to the Assembly is a public correction. The rule offers no fix.

    ## Example
    ```text
    Strasbourg, 17 April 2015

    Your press release, published on the Assembly's website yesterday 15 April, says otherwise.
    ```

    ## Use instead
    ```text
    Strasbourg, 17 April 2015

    Your press release, published on the Assembly's website yesterday 16 April, says otherwise.
    Today, 17 April, we publish our answer.
    ```
    """
    import datetime as _dt

    anchors = {doc.date} if doc.date is not None else set()
    for m in doc.dates:
        if m.day is not None and m.month is not None and m.year is not None:
            when = real_date(m.year, m.month, m.day)
            if when is not None:
                anchors.add(when)
    if not anchors:
        return
    text = doc.text
    for m in doc.dates:
        if m.day is None or m.month is None or not m.month_written:
            continue
        before = _RELATIVE.search(text, max(0, m.span.start - _RELATIVE_REACH), m.span.start)
        if before is None:
            continue
        offset = _OFFSETS[before["word"].lower().replace("’", "'")]
        fits = False
        for anchor in anchors:
            for year in (m.year,) if m.year else (anchor.year, anchor.year - 1, anchor.year + 1):
                when = real_date(year, m.month, m.day)
                if when is not None and when - anchor == _dt.timedelta(days=offset):
                    fits = True
        if fits:
            continue
        shown = sorted(anchors)
        dates = " or ".join(_show(a.day, a.month, a.year) for a in shown[:3])
        yield Problem(
            Span(before.start("word"), m.span.end),
            f"'{text[before.start('word') : m.span.end]}' does not fit the text's date ({dates}): "
            f"'{before['word']}' would be {', '.join(_show(*_shifted(a, offset)) for a in shown[:3])}",
        )


def _shifted(anchor, offset: int) -> tuple[int, int, int]:
    import datetime as _dt

    day = anchor + _dt.timedelta(days=offset)
    return day.day, day.month, day.year
