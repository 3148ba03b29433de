"""T009: mojibake, text decoded with the wrong code page ("Ã©" for "é", "â€™" for "’",
"Mijatoviæ" for "Mijatović")."""

from __future__ import annotations

import re

from ...diagnostics import Fix, Problem, Severity
from ...document import Span
from ..base import rule

# Windows-1252 bytes 0x80-0x9F; the five it leaves undefined are decoded as the C1
# control of the same number (what browsers and Python's "latin-1" fallback produce).
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _char = bytes([_byte]).decode("cp1252", errors="replace")
    _BYTE_OF[_char if _char != "\ufffd" else chr(_byte)] = _byte
# Characters that stand for a UTF-8 continuation byte (0x80-0xBF) once read as cp1252.
_CONTINUATION = "".join(c for c, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF)
_CONT_CLASS = "[" + re.escape(_CONTINUATION) + "]"
# A UTF-8 lead byte read as cp1252 (Â-ß two bytes, à-ï three, ð-ô four), then its
# continuation bytes.
_UTF8_AS_CP1252 = re.compile(
    rf"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|[\u00f0-\u00f4]{_CONT_CLASS}{{3}}"
)
# What such a pair or triple may decode to for it to be mojibake and not a rare but real
# sequence of letters: Latin letters of European languages, Greek, Cyrillic, typographic
# punctuation, the euro and trade mark signs.
_PLAUSIBLE = (
    (0x00A0, 0x017F),  # Latin-1 supplement, Latin Extended-A (é, ł, ő, č, ś …)
    (0x0218, 0x021B),  # Romanian ș ț
    (0x0386, 0x03CE),  # Greek
    (0x0400, 0x045F),  # Cyrillic
    (0x2010, 0x203A),  # dashes, quotation marks, bullet, ellipsis, per mille
    (0x20AC, 0x20AC),  # €
    (0x2122, 0x2122),  # ™
)
# Two-byte leads followed by a no-break space decode to Latin-1 or Extended-A letters
# often enough by accident ("Ä\u00a0") to be trusted only for the two common ones:
# "Â\u00a0" (a no-break space) and "Ã\u00a0" (à).
_NBSP_LEADS = "ÂÃ"


def _plausible(char: str) -> bool:
    cp = ord(char)
    return any(a <= cp <= b for a, b in _PLAUSIBLE)


def _repair(garbled: str) -> str | None:
    """The character ``garbled`` (a lead and its continuations read as cp1252) stood for."""
    if garbled[1] == "\u00a0" and len(garbled) == 2 and garbled[0] not in _NBSP_LEADS:
        return None
    try:
        char = bytes(_BYTE_OF[c] for c in garbled).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    return char if len(char) == 1 and _plausible(char) else None


# cp1250 (Central European) text read as cp1252: the South Slavic surname ending -ić
# becomes -iæ ("Mijatoviæ", "MIJATOVIÆ"), a sequence no language writes.
_CP1250_NAME = re.compile(r"[^\W\d_]*(?:iæ|IÆ)(?![^\W\d_])")
_CP1250_MIN_LETTERS = 4


_REPLACEMENT = re.compile("\ufffd+")

# A JSON or Python escape printed as it is, often without its backslash ("Muiu017enieks",
# "Mui\\u017enieks" for Muižnieks): a letter of the Latin, Greek or Cyrillic blocks
# (U+00C0-U+04FF) inside or at the start of a word.
_ESCAPE = re.compile(r"(?:(?<=[^\W\d_])|(?<![\w\\%]))\\?u(0[0-4][0-9a-fA-F]{2})(?=[^\W\d_])")

# Windows-1252 (Latin-1) text read as Mac Roman (or its Icelandic variant): é è ê ç ô
# become È Ë Í Á Ù and à becomes ‡ or ý, so a capital letter follows a small one inside
# a word ("dÈputÈ", "premiËre", "TchÈtchÈnie", "dÈjý"), which no language writes.
_MAC_TELL = re.compile(r"[a-zß-öø-ÿ](?:[ÈËÍÁÙÓÎÔÚÛÏ]|[‡˘˚](?=[^\W\d_]))")
_MAC_WORD_CHARS = re.compile(r"(?:[^\W\d_]|[‡˘˚])+")
_MAC_CHARS = re.compile(r"[ÈËÍÁÙÓÎÔÚÛÏ‡˘˚]")  # most texts have none: one quick scan first
_MAC_CODECS = ("mac_roman", "mac_iceland")


def _mac_repair(word: str, language: str) -> str | None:
    """The word ``word`` stood for before its cp1252 bytes were read as Mac Roman, if that
    is a word of the text's language (or of English)."""
    from ...words import is_known_word

    for codec in _MAC_CODECS:
        try:
            fixed = word.encode(codec).decode("cp1252")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != word and (is_known_word(fixed.lower(), language) or is_known_word(fixed.lower(), "en")):
            return fixed
    return None


@rule("T009", "mojibake", Severity.ERROR, fixable=True)
def mojibake(doc, ctx):
    """
    ## What it does
    Finds mojibake: UTF-8 text that was read as Windows-1252 somewhere on its way
    ("Ã©" for "é", "â€™" for "’", "Ä‡" for "ć"), and Central European (Windows-1250)
    text read as Windows-1252, recognised by the South Slavic surname ending -ić shown
    as -iæ ("Mijatoviæ", "Pejèinoviæ Buriæ"). A garbled sequence counts only when its
    bytes decode to one European letter or punctuation mark. A replacement character
    (U+FFFD, shown as "�": a character some converter could not read and threw away) is
    reported too; what it stood for is lost, so it has no fix. So is a Unicode escape
    printed as text, with or without its backslash ("Nils Muiu017enieks" for Muižnieks).

    ## Why is this bad?
    Garbled names and quotation marks are published errors about real people that no
    spell checker sees. The UTF-8 repair is exact and safe; the cp1250 repair of a name
    ("Pejèinoviæ" → "Pejčinović") is offered as an unsafe fix.

    ## Example
    ```text
    The Secretary General, Ms Marija BuriÄ‡, said the Assemblyâ€™s role was key.
    ```

    ```text
    Mme Dunja Mijatoviæ, Commissaire aux droits de l'homme, a répondu.
    ```

    ```text
    The delegation met Mr Ahmet Y�lmaz in Ankara.
    ```

    ```text
    The Commissioner for Human Rights, Nils Muiu017enieks, visited Baku.
    ```

    ## Use instead
    ```text
    The Secretary General, Ms Marija Burić, said the Assembly’s role was key.
    Mme Dunja Mijatović, Ms Ævarsdóttir and the Encyclopædia; Fuß» and liberté…» stay.
    ```
    """
    text = doc.text
    for m in _REPLACEMENT.finditer(text):
        yield Problem(
            Span(m.start(), m.end()),
            f"replacement character{'s' if len(m.group()) > 1 else ''} '{m.group()}': "
            "a character lost in an encoding conversion; restore it from the source",
        )
    for m in _UTF8_AS_CP1252.finditer(text):
        char = _repair(m.group())
        if char is None:
            continue
        yield Problem(
            Span(m.start(), m.end()),
            f"mojibake '{m.group()}': UTF-8 read as Windows-1252; it stands for '{char}'",
            Fix(char, "safe"),
        )
    yield from _escapes(text)
    yield from _mac_roman(doc)
    if "æ" not in text and "Æ" not in text:
        return
    for m in _CP1250_NAME.finditer(text):
        word = m.group()
        if len(word) < _CP1250_MIN_LETTERS or not word[0].isupper():
            continue
        try:
            fixed = word.encode("cp1252").decode("cp1250")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        yield Problem(
            Span(m.start(), m.end()),
            f"mojibake '{word}': Windows-1250 text read as Windows-1252; the name is '{fixed}'",
            Fix(fixed, "unsafe"),
        )


def _escapes(text: str):
    if "u0" not in text:
        return
    for m in _ESCAPE.finditer(text):
        char = chr(int(m.group(1), 16))
        if ord(char) < 0xC0 or not char.isalpha():
            continue
        yield Problem(
            Span(m.start(), m.end()),
            f"escape sequence '{m.group()}' printed as text; it stands for '{char}'",
            Fix(char, "safe"),
        )


# "à" alone, garbled the same way: judged only in a text with garbled words.
_MAC_A = re.compile(r"(?<![^\s(«“\"'])[ý‡](?=\s)")


def _mac_roman(doc):
    text = doc.text
    language = "fr" if doc.language == "fr" else "en"
    found = False
    pos = 0
    if _MAC_CHARS.search(text) is None:
        return
    while (tell := _MAC_TELL.search(text, pos)) is not None:
        # the whole word around the tell: back to its start, then forward to its end
        start = tell.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "‡˘˚"):
            start -= 1
        m = _MAC_WORD_CHARS.match(text, start)
        pos = max(tell.end(), m.end() if m else 0)  # always forward, whatever the widening found
        if m is None:
            continue
        word = m.group()
        fixed = _mac_repair(word, language)
        if fixed is None:
            continue
        found = True
        yield Problem(
            Span(m.start(), m.end()),
            f"mojibake '{word}': Windows-1252 text read as Mac Roman; the word is '{fixed}'",
            Fix(fixed, "unsafe"),
        )
    if found and language == "fr":
        for m in _MAC_A.finditer(text):
            yield Problem(
                Span(m.start(), m.end()),
                f"mojibake '{m.group()}': Windows-1252 text read as Mac Roman; the word is 'à'",
                Fix("à", "unsafe"),
            )
