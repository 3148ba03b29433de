"""The transliteration folding key: one key for every romanization of a name.

Russian, Ukrainian and Kazakh names reach English through several systems (BGN/PCGN,
ICAO passports, ISO 9, the Kazakh Latin alphabets), so one person is Zhakhin and
Zhahin, Khassenov and Khasenov. ``fold_name`` maps all of them to one key. The steps,
applied in this order to a lower-cased word:

1.  Letters with a conventional two-letter reading are spelled out: ş š → sh,
    ž → zh, č ç(Turkish) → ch is *not* done for ç (French ç is s); ß → ss, æ → ae,
    œ → oe, ø → o, đ → d, ł → l, dotless ı and dotted İ → i, Kazakh ә ғ қ ң ө ұ ү һ і
    and Cyrillic letters → their BGN/PCGN reading.
2.  Remaining diacritics are dropped (ä ö ü ū ğ é → a o u u g e); anything but a-z
    (hyphens, apostrophes, spaces) is dropped.
3.  zh / j / dzh / dj → j                      (Zhumabek, Jumabek, Dzhanibekov, Janibekov)
4.  ts / tc / c → c                             (Tsoi, Tcoi, Coi)
5.  kh / h / q / x, and ks (as in x) → h        (Akhmetov, Ahmetov, Aqmetov; Alexey, Aleksei)
6.  w → v                                       (Wladimir, Vladimir)
7.  y → i                                       (Altynay, Altynai; Dmitry, Dmitri)
8.  j before u or a → i                         (yu / iu / ju, ya / ia / ja)
9.  -iev / -ieva / -ievich / -ievna endings → -ev …   (-yev / -ev / -iev)
10. i between two vowels is dropped             (-ayev / -aev / -aiev; Sergeyev, Sergeev)
11. doubled letters are single                  (Khassenov, Khasenov; -iy / -ii / -y)
12. initial ie → e                              (Yessenov, Esenov; Yelena, Elena)

The key only groups candidate spellings: which of them are the same person is decided
from the given names (see ``lint.names.variants``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Step 1: letters whose reading is two Latin letters, or which NFKD does not decompose.
_SPECIAL = {
    "ş": "sh", "š": "sh", "ș": "sh", "ž": "zh", "č": "ch", "ß": "ss", "æ": "ae", "œ": "oe",
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th", "ŋ": "ng",
    # Kazakh Cyrillic letters (BGN/PCGN-style readings)
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Russian / Ukrainian / Belarusian Cyrillic
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip

_VOWELS = "aeiou"
_STEPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"dzh|zh|dj"), "j"),  # 3
    (re.compile(r"ts|tc"), "c"),  # 4
    (re.compile(r"kh|ks|x|q"), "h"),  # 5
    (re.compile(r"w"), "v"),  # 6
    (re.compile(r"y"), "i"),  # 7
    (re.compile(r"j(?=[ua])"), "i"),  # 8
    (re.compile(r"i+(ev|eva|evich|evna)$"), r"\1"),  # 9
    (re.compile(rf"(?<=[{_VOWELS}])i+(?=[{_VOWELS}])"), ""),  # 10
    (re.compile(r"(.)\1+"), r"\1"),  # 11
    (re.compile(r"^ie"), "e"),  # 12
]


def ascii_letters(word: str) -> str:
    """Steps 1 and 2: lower-case a-z only."""
    text = word.lower()
    text = "".join(_SPECIAL.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if "a" <= c <= "z")


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The folding key of one word (a surname, a given name)."""
    text = ascii_letters(word)
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    return text


def one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours apart."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=1) <= 1


def fold_name(name: str) -> str:
    """The key of a multi-word name: the words' keys joined by spaces."""
    return " ".join(k for k in (fold_word(w) for w in re.split(r"[\s\-‐‑]+", name)) if k)


def fold_surname(surname: str) -> str:
    """A surname's key: separators do not count (BEN CHIKHA, Ben-Chikha, Benchikha)."""
    return fold_word(surname)


_GIVEN_FORMS: dict[str, str] | None = None


def fold_given(word: str) -> str:
    """The folding key of a given name, with the forms of one name in several languages
    (Oleksandr / Aleksandr / Alexander, Oleh / Oleg: ``lint/data/given_names.yaml``)
    mapped to one key."""
    global _GIVEN_FORMS
    if _GIVEN_FORMS is None:
        from ..refdata import load_data

        forms = {}
        for group in load_data("given_names.yaml")["groups"]:
            key = fold_word(group[0])
            for name in group:
                forms[fold_word(name)] = key
        _GIVEN_FORMS = forms
    key = fold_word(word)
    return _GIVEN_FORMS.get(key, key)
