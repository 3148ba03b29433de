"""Spacing: T004 double spaces, T005 space before punctuation, T006 no space after a colon
or semicolon, T007 invisible characters inside words, T008 trailing white space.
Every fix here is a white-space edit, safe to apply."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ...parse.lines import split_lines
from ...parse.prose import MONTH_NUMBERS, SpanSet
from ..base import rule

# Horizontal white space other than the tab (tabs lay out tables in some editions).
_SPACES = " \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NBSP = "\u00a0\u202f"
_RUN = re.compile(rf"(?<=\S)[{_SPACES}]{{2,}}(?=\S)")
# Words after which a no-break space is good typography: "25\u00a0November", "Mr\u00a0Smith".
_NBSP_BEFORE = re.compile(r"(?:\d|\b(?:Mr|Mrs|Ms|Dr|No|Doc|p|pp|art|para|[A-Z][a-z]+ember|[A-Z][a-z]+))$")


# A list item's marker alone before the run: a bullet, "a)", "(ii)", "2)".
_LIST_MARKER = re.compile(r"[-–—•·*▪◦o]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")

_NAMES = {" ": "space", "\u00a0": "no-break space", "\u202f": "narrow no-break space", "\t": "tab"}


def _show(s: str) -> str:
    """'\u00a0 ' -> 'no-break space + space'."""
    return " + ".join(_NAMES.get(c, f"U+{ord(c):04X}") for c in s)


@rule("T004", "double-space", Severity.WARNING, fixable=True)
def double_space(doc, ctx):
    """
    ## What it does
    Finds two or more spaces in a row inside a sentence, including a no-break space
    followed by an ordinary one ("November\u00a0 2020"). Spaces after a full stop,
    indentation, the spaces after a list item's bullet or number (`-       Call on …`, as
    Word and PDF editions lay them out) and the aligned columns of Markdown tables are left
    alone.

    ## Why is this bad?
    Doubled spaces come from copy-pasting between editors; they show as gaps on the web
    page and break exact-phrase search. The safe fix keeps one space (a no-break space
    where one was meant, as between a day, a month and a year).

    ## Example
    ```text
    On 25 November  2020, six members of the Italian Parliament wrote to the President.
    ```

    ## Use instead
    ```text
    On 25 November 2020, six members of the Italian Parliament wrote to the President.  A second sentence.
    ```
    """
    text = doc.text
    for span in doc.prose_spans:
        for m in _RUN.finditer(text, span.start, span.end):
            prev = text[m.start() - 1]
            if prev in ".!?:":
                continue  # two spaces after a full stop: a typing convention, not a slip
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start : m.start()].strip()
            if before.startswith("|"):
                continue  # a Markdown table row: spaces align the columns
            if _LIST_MARKER.fullmatch(before):
                continue  # "-       Call on …": a list item's indent, from a Word or PDF edition
            run = m.group(0)
            keep = " "
            if any(c in _NBSP for c in run):
                word_before = text[max(span.start, m.start() - 12) : m.start()]
                nxt = text[m.end() : m.end() + 12]
                unit_or_date = nxt[:1].isdigit() or nxt.split(" ")[0] in MONTH_NUMBERS
                if (_NBSP_BEFORE.search(word_before) and unit_or_date) or word_before[-1:].isdigit():
                    keep = "\u00a0"
            yield Problem(
                Span(m.start(), m.end()),
                f"{len(run)} spaces in a row ({_show(run)}) inside a sentence",
                Fix(keep, "safe"),
            )


# Patterns start with the character they are about (fast scan); what precedes is checked
# in code.
_SPACE_RUN = re.compile(rf"[{_SPACES}]+")
_PUNCT_AFTER = re.compile(r"(?:[,;:!?]|\.(?![.\w]))(?=[\s\"”’)\]]|$)")
# A field label of a web page or report template at the start of a line: "Rapporteur : Mr …",
# "Reference to committee : Doc. 12909". At most four words, the first capitalised.
_LABEL = re.compile(r"[^\W\d_a-z][\w()’'./&-]*(?: [\w()’'./&-]+){0,3}")
_LABEL_MAX_CHARS = 30


def _line_label(text: str, space_at: int) -> bool:
    """The text from the start of the line to ``space_at`` is a short label."""
    line_start = text.rfind("\n", 0, space_at) + 1
    if space_at - line_start > _LABEL_MAX_CHARS:
        return False
    return _LABEL.fullmatch(text, line_start, space_at) is not None


# French spaces before ; : ! ? (and ») but, like English, never before a comma or a full stop.
_FRENCH_SPACED = frozenset(";:!?")


@rule("T005", "space-before-punctuation", Severity.WARNING, languages=("en", "fr"), fixable=True)
def space_before_punctuation(doc, ctx):
    """
    ## What it does
    Finds a space before a comma, full stop, colon, semicolon, question or exclamation
    mark in English prose ("released , the"). Signatory lists, which separate entries
    with " ; ", are not prose and are not judged; nor is the colon after a short field
    label at the start of a line ("Rapporteur : Mr …", the Assembly's page template).
    In French texts, which space before ; : ! ?, only a space before a comma or a full
    stop is reported ("les détenus , dont"). A space before a closing bracket is reported
    when the opening bracket has none after it ("(Party for Peace and Democracy )").

    ## Why is this bad?
    English puts no space before these marks; a stray space lets a line break fall
    before the mark. The safe fix deletes the space.

    ## Example
    ```text
    The authorities detained 65 people , 43 of whom were fined .
    ```

    ```text
    The declaration was signed on behalf of , and in the name of, the committee.
    ```

    ```text
    L'Assemblée parlementaire demande la libération des détenus , dont trois journalistes.
    ```

    ```text
    The mayors of the BDP (Peace and Democracy Party ) were arrested.
    ```

    ## Use instead
    ```text
    The authorities detained 65 people, 43 of whom were fined... and the rest released.
    ```

    ```text
    Rapporteur : Mr Andreas Bell, Switzerland, SOC
    The report was adopted unanimously.
    ```
    """
    text = doc.text
    french = doc.language == "fr"
    protected = SpanSet(doc.protected_spans)
    for span in doc.prose_spans:
        list_like = text.count(" ; ", span.start, span.end) >= 2
        for run in _SPACE_RUN.finditer(text, span.start, span.end):
            if run.start() == 0 or not text[run.start() - 1].isalnum():
                continue
            punct = _PUNCT_AFTER.match(text, run.end(), span.end)
            if punct is None:
                continue
            mark = punct.group()
            if french and mark in _FRENCH_SPACED:
                continue
            if (mark == ";" and list_like) or protected.overlaps(run.start(), punct.end()):
                continue
            if mark == ":" and _line_label(text, run.start()):
                continue  # "Rapporteur : Mr …": a template's field label, not a sentence
            yield Problem(
                Span(run.start(), run.end()),
                f"space before '{mark}'",
                Fix("", "safe"),
            )
        if " )" in text[span.start : span.end]:
            yield from _space_before_bracket(text, span.start, span.end, protected)


_SPACE_BRACKET = re.compile(r"(?<=[^\W_]) +(?=\))")


def _space_before_bracket(text: str, start: int, end: int, protected):
    """A space before a closing bracket whose opening one has none after it ("(Party for
    Peace and Democracy )"); "( Tuesday )" spaces both ends on purpose."""
    for m in _SPACE_BRACKET.finditer(text, start, end):
        opening = text.rfind("(", start, m.start())
        if opening < 0 or ")" in text[opening : m.start()] or text[opening + 1 : opening + 2].isspace():
            continue
        if protected.overlaps(m.start(), m.end() + 1):
            continue
        yield Problem(Span(m.start(), m.end()), "space before ')'", Fix("", "safe"))


_NO_SPACE_AFTER = re.compile(r"([;:])(?=[^\W\d_]|\(|[\"“”«][^\W\d_])")
# An initial glued to the surname after it ("A.Herkel"): a lone capital and its full
# stop, not the last letter of an abbreviation ("U.S.Congress").
_GLUED_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=[A-Z][a-z]{2,})")
_SCHEMES = frozenset("http https ftp mailto tel urn doi isbn issn file data news sip".split())
# A comma glued between two words ("Strasser,on", "Margarete,Beer"): a word of two letters
# or more before it, a lower-case or capitalised word after it. Numbers (1,000), single
# letters ("a,b"), words in capitals after it (codes such as "EPP/CD,SOC") are not judged.
_GLUED_COMMA = re.compile(r",(?=[a-zà-ÿ]{2}|[A-ZÀ-Þ][a-zà-ÿ])")
_CODE_CHARS = re.compile(r"[/\\=@_:#&+*<>{}\[\]|~^$%]|\d|\.\w")
_CLOSERS = ")\"”’'»"
# A full stop glued to the next sentence ("the report.Furthermore"): the pattern finds a
# full stop before a capital; ``_glued_stop`` then asks for a sentence's end before it and a
# sentence's first word after it.
_STOP_CAPITAL = re.compile(r"\.(?=[^\W\d_a-zß-ÿ])")
# Top-level domains written with a capital ("Booking.Com"): a name, not two sentences.
_TLD_WORDS = frozenset("com org net int info gov edu".split())
_TWO_LETTER_STARTER = 5.0  # a two-letter first word of a sentence is a common word (Zipf)
_SENTENCE_WORD = re.compile(r"([^\W\d_]+)(?:['’][a-z]{1,2})?")  # "It", "It’s"
_DOMAIN_TOKEN = re.compile(r"[\w.-]+")
_OPENERS = "([\"“‘'«`"
_CLOSERS = ")]\"”’'»`"


def _glued_stop(text: str, at: int, floor: int, ceiling: int, language: str = "en") -> bool:
    """The full stop at ``at`` ends a sentence glued to the next one: a word of two
    lower-case letters or more (a closing bracket or quote may follow it) before it, a
    capitalised word of two letters or more after it, and nothing but letters on either
    side up to the white space. Initials and abbreviations (J.R.R., e.g., U.S.), numbers
    (Doc.15575, No.5, 2.5), file names (report.PDF), domains (pace.coe.int, Booking.Com)
    and dotted identifiers (System.Out.Print) fail one of these."""
    if at <= floor or text[at - 1].isspace():
        return False  # ".Xdefaults": a file name, the full stop is not glued to a word
    before = text[max(floor, at - 40) : at].split()
    after = text[at + 1 : min(ceiling, at + 41)].split()
    if not before or not after:
        return False
    if before[-1][:1] in _OPENERS and after[0].rstrip(".,;:!?")[-1:] in _CLOSERS:
        return False  # a quoted identifier: "decimal.Decimal", `typing.Generic`
    left = before[-1].lstrip(_OPENERS).rstrip(_CLOSERS)
    right = after[0].rstrip(_CLOSERS + ".,;:!?")
    if len(left) < 2 or not left.isalpha() or not left[1:].islower():
        return False  # also "GLib.Variant", "ElementTree.Element": code, not a sentence
    word = _SENTENCE_WORD.fullmatch(right)
    if word is None or len(word.group(1)) < 2 or not word.group(1)[1:].islower():
        return False
    first = word.group(1).lower()
    if first in _TLD_WORDS or first == left.lower():
        return False  # "Booking.Com"; a module and its class ("pdb.Pdb")
    from ...words import zipf

    if left.islower() and zipf(left, language) == 0:
        return False  # a lower-case non-word: a module or a program ("asyncio.Lock")
    if len(first) == 2:
        return zipf(first, language) >= _TWO_LETTER_STARTER  # "It", "Il", "We"; not "Tk"
    return True


def _namespace(text: str, at: int) -> bool:
    """The word before the full stop at ``at`` is glued to a capitalised word elsewhere in
    the text too ("gdb.Value" … "gdb.Breakpoint"): a module or a namespace, while two
    sentences glued after the same word are a one-off."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(text[start:at])}\.[^\W\d_a-zß-ÿ]")
    return len(pattern.findall(text)) > 1


def _domain_like(piece: str) -> bool:
    """A protected span that is only a domain-shaped token: the protection's own domain
    pattern ignores case, so "reference.It" would count; ``_glued_stop`` judges these."""
    return _DOMAIN_TOKEN.fullmatch(piece) is not None


def _glued_comma(text: str, at: int, floor: int, ceiling: int) -> bool:
    """The comma at ``at`` joins two plain words: letters only on both sides, up to the
    white space around them, and not a code, an identifier or a list without spaces."""
    before = text[max(floor, at - 40) : at]
    left = before.split()[-1] if before.split() else ""
    after = text[at + 1 : min(ceiling, at + 41)]
    right = after.split()[0] if after.split() else ""
    left_word = left.lstrip("(\"“‘'«")
    right_word = right.rstrip(".,;:!?)\"”’'»")
    closed = left_word.rstrip(_CLOSERS)
    if closed != left_word:  # 'the “reform”,as', "(2013),nous": the comma after a closing mark
        if not closed.isalnum() or _CODE_CHARS.search(right) or "," in right:
            return False  # digits before a closing mark are no code: "(2013),which"
        return right_word.replace("'", "").replace("’", "").isalpha()
    if len(left_word) < 2 or not left_word.isalpha() or not left_word[-2:].isalpha():
        return False
    if not right_word.replace("'", "").replace("’", "").isalpha() or "," in right:
        return False  # "Toutefois,jusqu'à" passes: an elided word is a word
    return _CODE_CHARS.search(left + right) is None


@rule("T006", "no-space-after-colon", Severity.WARNING, fixable=True)
def no_space_after_colon(doc, ctx):
    """
    ## What it does
    Finds a colon or semicolon glued to the next word ("released:the", "(Italy;EPP/CD)"),
    a comma glued between two words ("Christoph Strasser,on behalf of", "Auken
    Margarete,Beer Angelika"), and a full stop glued between two sentences
    ("the report.Furthermore, the committee"), a colon glued to a quotation ('said:"We'),
    and an initial glued to the surname after it ("A.Gross"). Times and ratios (10:30, 3:1), numbers
    (1,000, No.5, Doc.15575, 2.5), URLs, e-mail addresses, domain names (pace.coe.int),
    abbreviations and initials (e.g., U.S., J.R.R.), file names (report.PDF), single
    letters and codes ("a,b", "EPP/CD,SOC") are not judged.

    ## Why is this bad?
    The missing space is a typing slip that also defeats search and line breaking. The
    safe fix inserts one space after the mark.

    ## Example
    ```text
    The letter was released:the authorities did not answer.
    ```

    ```text
    It was signed by Lia Quartapelle (Italy;EPP/CD).
    ```

    ```text
    The report was prepared by Christoph Strasser,on behalf of the committee.
    ```

    ```text
    The committee adopted the report.Furthermore, it asked for a follow-up.
    ```

    ```text
    The co-rapporteur A.Gross said:"We will return to Baku."
    ```

    ## Use instead
    ```text
    The letter was released: the authorities did not answer by 10:30 (see https://pace.coe.int).
    The report by Christoph Strasser, on behalf of the committee, counted 1,000 cases (see items a,b).
    See Doc.15575, No.5, e.g.The annex, the U.S.Congress and pace.coe.int. It was adopted.
    ```
    """
    text = doc.text
    protected = SpanSet(doc.protected_spans)
    for span in doc.prose_spans:
        for m in _NO_SPACE_AFTER.finditer(text, span.start, span.end):
            before = text[m.start() - 1] if m.start() > 0 else " "
            if not (before == ")" or (before.isalpha())):
                continue
            if protected.overlaps(m.start(), m.end()):
                continue
            word = re.search(r"[\w-]*$", text[max(span.start, m.start() - 10) : m.start()])
            if word and word.group(0).lower() in _SCHEMES:
                continue
            mark = m.group(1)
            yield Problem(Span(m.start(), m.end()), f"no space after '{mark}'", Fix(mark + " ", "safe"))
        for m in _GLUED_INITIAL.finditer(text, span.start, span.end):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not text[line_start : m.start()].strip():
                continue  # a heading's number ("I.Projet de résolution", "A.Background")
            if not protected.overlaps(m.start(), m.end() + 1):
                yield Problem(
                    Span(m.start(), m.end()),
                    f"no space after the initial '{m.group()}'",
                    Fix(m.group() + " ", "safe"),
                )
        for m in _STOP_CAPITAL.finditer(text, span.start, span.end):
            at = m.start()
            if not _glued_stop(text, at, span.start, span.end, "fr" if doc.language == "fr" else "en"):
                continue
            if _namespace(text, at):
                continue
            if any(
                p.start <= at < p.end and not _domain_like(text[p.start : p.end]) for p in doc.protected_spans
            ):
                continue  # a URL, an e-mail address, a handle, a quoted title (rare: few reach here)
            yield Problem(Span(at, at + 1), "no space after '.' between two sentences", Fix(". ", "safe"))
        if "," not in text[span.start : span.end]:
            continue
        for m in _GLUED_COMMA.finditer(text, span.start, span.end):
            at = m.start()
            if at == span.start or not (text[at - 1].isalpha() or text[at - 1] in _CLOSERS):
                continue
            if not _glued_comma(text, at, span.start, span.end) or protected.overlaps(at, at + 1):
                continue
            yield Problem(Span(at, at + 1), "no space after ','", Fix(", ", "safe"))


_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]|(?<=[A-Za-zÀ-ÿ])[\u200c\u200d](?=[A-Za-zÀ-ÿ])")
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u200c\u200d\u00a0\u202f"
_NBSP_IN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([\u00a0\u202f])([^\W\d_]+)(?![^\W\d_])")


@rule("T007", "invisible-character-in-word", Severity.WARNING, fixable=True)
def invisible_in_word(doc, ctx):
    """
    ## What it does
    Finds zero-width characters (zero-width space, word joiner, a byte-order mark inside
    the text, zero-width joiners between Latin letters), soft hyphens (U+00AD, which copy
    from web pages: "PA\u00adCE", "tabl\u00aded") and no-break spaces that split a word
    ("hu\u00a0man rights").

    ## Why is this bad?
    The reader sees nothing, but search, spell checking and name matching see two words
    or a different word. Deleting a zero-width character is safe; deleting a no-break
    space inside a word is offered as an unsafe fix.

    ## Example
    ```text
    The authorities detained hu\u00a0man rights defenders.
    ```

    ```text
    The authorities detained human\u200b rights defenders.
    ```

    ```text
    The motions were tabl\u00aded by members of PA\u00adCE.
    ```

    ## Use instead
    ```text
    The authorities detained human rights defenders on 25\u00a0November 2020.
    ```
    """
    text = doc.text
    if not any(c in text for c in _INVISIBLE):
        return
    for m in _ZERO_WIDTH.finditer(text):
        if m.start() == 0 and m.group(0) == "\ufeff":
            continue  # a byte-order mark at the start of the file is the encoding's business
        name = {"\u200b": "zero-width space", "\u2060": "word joiner", "\ufeff": "byte-order mark",
                "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
                "\u00ad": "soft hyphen"}[m.group(0)]  # fmt: skip
        yield Problem(Span(m.start(), m.end()), f"invisible character ({name}) in the text", Fix("", "safe"))
    from ...words import zipf

    if "\u00a0" not in text and "\u202f" not in text:
        return
    for span in doc.prose_spans:
        for m in _NBSP_IN_WORD.finditer(text, span.start, span.end):
            left, right = m.group(1), m.group(3)
            joined = left + right
            common = zipf(joined)
            if common >= 3.0 and min(zipf(left), zipf(right)) < common:
                yield Problem(
                    Span(m.start(2), m.end(2)),
                    f"no-break space splits the word '{joined}'",
                    Fix("", "unsafe"),
                )


_TRAILING = _SPACES + "\t\u200b\ufeff"


# What a text's last line ends with when the text ends there, not where a copy was cut.
_ENDS_TEXT = tuple('.!?:;"”’)»]…') + tuple("0123456789")
_FOOTNOTE_MARK = re.compile(r"\s*[(\[]\d{1,3}[)\]]")


@rule("T008", "trailing-whitespace", Severity.WARNING, fixable=True, default=False)
def trailing_whitespace(doc, ctx):
    """
    ## What it does
    Finds white space (spaces, tabs, no-break spaces) at the end of a line. In Markdown
    files, exactly two spaces before a continuing line are a hard line break and are kept.
    A web page's footnote call on a line of its own (`(1) `) and the line before it are
    page layout, and a text whose last line stops mid-sentence is a copy cut there: the
    white space at its end is left alone.

    This rule is opt-in (`--extend-select T008`, or `extend-select = ["T008"]` in
    `[tool.declint]`): the white space is invisible on the page, and copies of web pages
    and e-mail archives end half their lines with it as their layout (no-break-space
    paragraphs, lines wrapped with a trailing space), so a corpus of such copies would
    drown in it. Enable it for a repository whose texts are kept clean.

    ## Why is this bad?
    Trailing white space is invisible noise left by copy-paste: it makes diffs and
    fingerprints unstable and, as no-break spaces, survives most editors' clean-up.
    The safe fix deletes it.

    ## Example
    ```text
    The letter was signed by 6 members.\u00a0
    ```

    ```text
    The letter was signed by 6 members.\x20\x20
    Lastly, the Members expressed concern.
    ```

    ## Use instead
    ```text
    The letter was signed by 6 members.
    Lastly, the Members expressed concern.
    ```
    """
    text = doc.text
    markdown = doc.path.lower().endswith((".md", ".markdown"))
    lines = split_lines(text, doc.index.starts)
    last = max((n for n, line in enumerate(lines) if line.text.strip()), default=-1)
    for n, line in enumerate(lines):
        stripped = line.text.rstrip(_TRAILING)
        if len(stripped) == len(line.text):
            continue
        if n == last and not stripped.endswith(_ENDS_TEXT):
            continue  # the last line stops mid-sentence: an excerpt cut there, space and all
        if _FOOTNOTE_MARK.fullmatch(stripped) or (
            n + 1 < len(lines) and _FOOTNOTE_MARK.fullmatch(lines[n + 1].text.rstrip(_TRAILING))
        ):
            continue  # "\t\t\t(1) ": a web page's footnote call on a line of its own
        hard_break = markdown and stripped and line.text[len(stripped) :] == "  "
        if hard_break and n + 1 < len(lines) and lines[n + 1].text.strip():
            continue  # Markdown's hard line break: two spaces before a continuing line
        start = line.start + len(stripped)
        what = "white space on a blank line" if not stripped else "trailing white space"
        yield Problem(Span(start, line.end), f"{what} ({_show(text[start : line.end])})", Fix("", "safe"))
