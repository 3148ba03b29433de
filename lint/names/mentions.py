"""Person-name mentions: in body prose (runs of capitalised name tokens) and in
signatory lists (already structured by the parser).

A prose run is a sequence of capitalised words separated by single spaces, with
particles (de, van, Ní …) inside it; commas, "and", brackets and lower-case words end a
run, so lists such as "Mukhtar Dzhakishev, Maks Bokayev and Iskander Yerimbetov" give
one mention per person. A word is not a name word when it is an honorific or title
(which is kept as the mention's honorific), a month or weekday, a country, an acronym in
capitals, or a common word of the document's language (wordfreq's Zipf frequency, so
"Democratic Choice", "Human Rights Office" or a sentence-initial "Despite" are no
names). A mention is then either

- a full name: two to five name words, the last one (the surname) a rare word;
- a titled surname: one name word after a title ("President Tokayev", "Mr Komenda") or
  led by a particle ("Ní Aoláin");
- a bare surname: one rare capitalised word. Bare surnames are only used when the corpus
  knows a full name with that surname ("Akberdieva's case").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Field, Span

# Honorifics and titles, English and French: they introduce a name and are no part of it.
TITLES = frozenset(
    """mr mrs ms miss mx dr lord lady sir dame baroness baron earl viscount countess prof professor
    president senator minister judge rapporteur ambassador chairman chairwoman chairperson chair
    commissioner secretary general deputy mp mep mayor governor father sister brother saint
    activist journalist blogger lawyer defender colonel captain major chancellor king queen prince
    princess pope patriarch archbishop bishop cardinal rabbi imam sheikh emir
    m mme mlle me président présidente sénateur sénatrice ministre juge député députée maître
    ambassadeur ambassadrice""".split()
)
PARTICLES = frozenset(
    "van von de den der di da du des del della dei degli le la lo ten ter zu af av dos das do "
    "ní nic ó mac bin ibn al el".split()
)
# Letters after a name (Michael Roth MdB): never the surname.
POSTNOMINALS = frozenset("mdb mdl mep mp msp mla mna td qc kc phd obe mbe cbe kbe".split())
MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday janvier février fevrier mars avril
    mai juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi
    jeudi vendredi samedi dimanche""".split()
)

GIVEN_MAX_ZIPF = 4.0  # a given name may be a moderately common word (Roberto, Igor)
SURNAME_MAX_ZIPF = 3.3  # a surname of a bare full name must be rare (Rampi, Tusk)
TITLED_MAX_ZIPF = 4.6  # after a title the surname may be commoner (Mr Baker)
MAX_NAME_WORDS = 5
SENTENCE_INITIAL_MAX_ZIPF = 3.3  # first word of a sentence: stricter (Despite, Victims)

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’‐\-](?=[^\W\d_]))*")
_POSSESSIVE = re.compile(r"['’]s$")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_INITIAL = re.compile(r"[A-ZÀ-Þ]")


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a person's name."""

    span: Span  # the name, without honorific
    given: tuple[Field, ...]  # given-name words, possibly empty
    surname: Field  # the surname with its particles
    honorific: str | None = None
    source: str = "body"  # "body" or "signatory"
    kind: str = "full"  # "full", "titled" (one word after a title) or "bare"
    country: str | None = None  # a signatory entry's country (its canonical name when known)
    group: str | None = None  # a signatory entry's group code, as printed

    @property
    def tokens(self) -> tuple[Field, ...]:
        return (*self.given, self.surname)

    @property
    def given_text(self) -> str:
        return " ".join(g.text for g in self.given)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def _is_caps_word(word: str) -> bool:
    if not word.isupper():  # some letter is lower-case, or there is none
        return False
    return (word.isalpha() and len(word) >= 2) or sum(c.isalpha() for c in word) >= 2


class _Classifier:
    def __init__(self, language: str):
        from ..refdata import load_data
        from ..words import frequencies

        self.freq = frequencies(language)
        self.language = language
        self._places: frozenset[str] | None = None
        self._fold = None  # refdata.fold, imported with the places
        # Given names common enough to be English or French words by frequency (Michael,
        # Pierre): still name words, and as strong a sign of a person as a title.
        self.given_names = frozenset(w.lower() for w in load_data("given_names.yaml")["common"])

    def zipf(self, word: str) -> float:
        return self.freq.get(word.lower(), 0.0)

    def is_place(self, word: str) -> bool:
        """A country name in the document's language (French names too in a French text:
        "Malte" is Malta there, and a given name in an English one)."""
        if self._places is None:
            from ..refdata import countries, fold

            c = countries()
            names = c.english + c.french if self.language == "fr" else c.english
            self._places = frozenset(fold(n) for n in names)
            self._fold = fold
        return self._fold(word.strip("'\"")) in self._places


_CLASSIFIERS: dict[str, _Classifier] = {}


def _classifier(language: str) -> _Classifier:
    """One classifier per language (the word table and the country list are loaded once)."""
    cls = _CLASSIFIERS.get(language)
    if cls is None:
        cls = _CLASSIFIERS[language] = _Classifier(language)
    return cls


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text, start, end):
        a, b, w = m.start(), m.end(), m.group(0)
        p = _POSSESSIVE.search(w)
        if p and len(w) > 3:
            b -= 2
            w = w[:-2]
        out.append((a, b, w))
    return out


# Upper-case letters of the Latin, Greek and Cyrillic blocks (Python's re has no \p{Lu}).
_UPPER = "".join(chr(c) for r in (range(0x41, 0x530), range(0x1E00, 0x1F00)) for c in r if chr(c).isupper())
_L = r"[^\W\d_]"
_CAP = rf"[{re.escape(_UPPER)}]{_L}*(?:['’‐\-]{_L}+)*(?![\w'’‐\-])"
_PART = "(?:" + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True)) + r")(?!\w)"
_RUN = re.compile(rf"(?<![\w'’‐\-]){_CAP}(?:[ \u00a0](?:{_CAP}|{_PART}))*")
# particles right before a run (de Gaulle, van den Berg): looked up backwards, at most 3
_LEADING_PARTICLES = re.compile(rf"(?<![\w'’‐\-])(?:{_PART}[ \u00a0]){{1,3}}$")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"«‘'", "”\"»’'"


def _caps_surname(cls: _Classifier, word: str) -> bool:
    """A word in capitals that can be a surname after "Mr Andreas": a rare word, not a
    group code (Mr Roberto Rampi SOC) nor one in common use (PACE, NATO)."""
    letters = sum(c.isalpha() for c in word)
    return letters >= 3 and word not in _codes() and cls.zipf(word) < SURNAME_MAX_ZIPF


_CODES: frozenset[str] | None = None


def _codes() -> frozenset[str]:
    global _CODES
    if _CODES is None:
        from ..refdata import groups

        g = groups()
        _CODES = frozenset(g.all_codes) | frozenset(g.european_parliament)
    return _CODES


def _split_runs(cls: _Classifier, text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words and particles joined by single spaces; a word
    in capitals (an acronym) ends a run, except a surname in capitals after a title and
    given names ("Mr Andreas GROSS", "Lord George FOULKES"); a run in quotes is a title,
    not a name."""
    runs = []
    for m in _RUN.finditer(text, start, end):
        a, b = m.start(), m.end()
        # particles are lower-case words before a space: look back only after one
        if a - 2 >= start and text[a - 1] in " \u00a0" and text[a - 2].islower():
            lead = _LEADING_PARTICLES.search(text, max(start, a - 30), a)
            if lead:
                a = lead.start()
        if a > 0 and text[a - 1] in _OPEN_QUOTES and b < len(text) and text[b] in _CLOSE_QUOTES:
            continue
        current: list[tuple[int, int, str]] = []
        in_caps_surname = False
        for word in _word_spans(text, a, b):
            if _is_caps_word(word[2]):
                titled = len(current) >= 2 and current[0][2].lower().rstrip(".") in TITLES
                if (
                    titled
                    and (in_caps_surname or not _is_caps_word(current[-1][2]))
                    and _caps_surname(cls, word[2])
                ):
                    current.append(word)
                    in_caps_surname = True
                    continue
                if current:
                    runs.append(current)
                current = []
                in_caps_surname = False
            else:
                if in_caps_surname:  # the name ended with its surname in capitals
                    runs.append(current)
                    current = []
                    in_caps_surname = False
                current.append(word)
        if current:
            runs.append(current)
    return runs


def _known_word(word: str) -> bool:
    """In the English or French large lists ("rapporteurs"); asked for few words."""
    from ..words import is_known_word

    return is_known_word(word, "en") or is_known_word(word, "fr")


def _name_word(cls: _Classifier, w: str, first_in_sentence: bool) -> bool:
    low = w.lower()
    if low in MONTHS_DAYS or low in TITLES or low in POSTNOMINALS:
        return False
    if low in cls.given_names:
        return True
    z = cls.zipf(w)
    if z >= GIVEN_MAX_ZIPF or (first_in_sentence and z >= SENTENCE_INITIAL_MAX_ZIPF):
        return False
    return not cls.is_place(w)


def _mentions_in_run(text, run, cls: _Classifier, sentence_start: int) -> list[Mention]:
    out: list[Mention] = []
    honorific = None
    group: list[tuple[int, int, str]] = []

    def close():
        nonlocal group, honorific
        words = group
        group = []
        title = honorific
        honorific = None
        # particles at the end belong to nothing
        while words and words[-1][2].lower() in PARTICLES:
            words = words[:-1]
        caps = [w for w in words if w[2].lower() not in PARTICLES]
        if not caps or len(caps) > MAX_NAME_WORDS:
            return
        # the surname: the last capitalised word with the particles right before it
        k = len(words) - 1
        while k > 0 and words[k - 1][2].lower() in PARTICLES:
            k -= 1
        if k > 0 and words[k][2].lower() in PARTICLES and len(caps) > 1:
            pass
        given_words = [w for w in words[:k] if w[2].lower() not in PARTICLES]
        sur = words[k:]
        surname = Field(text[sur[0][0] : sur[-1][1]], Span(sur[0][0], sur[-1][1]))
        last = sur[-1][2]
        given = tuple(Field(w[2], Span(w[0], w[1])) for w in given_words)
        span = Span((given[0].span.start if given else surname.span.start), surname.span.end)
        zs = cls.zipf(last)
        if given:
            known_given = given[0].text.lower() in cls.given_names
            if last.lower() not in cls.given_names and zs < (
                TITLED_MAX_ZIPF if title or known_given else SURNAME_MAX_ZIPF
            ):
                out.append(Mention(span, given, surname, title, "body", "full"))
            return
        particle_led = len(sur) > 1
        if (title or particle_led) and zs < TITLED_MAX_ZIPF:
            out.append(Mention(span, (), surname, title, "body", "titled"))
        elif zs < SURNAME_MAX_ZIPF and surname.span.start != sentence_start:
            out.append(Mention(span, (), surname, None, "body", "bare"))

    for i, (a, b, w) in enumerate(run):
        low = w.lower().rstrip(".")
        if low in TITLES and (w[0].isupper()):
            if group:
                close()
            honorific = w
            continue
        if low in PARTICLES and not w[0].isupper():
            group.append((a, b, w))  # a particle joins the surname that follows it
            continue
        first = a == sentence_start
        if (
            first
            and i + 1 < len(run)
            and run[i + 1][2].lower() in cls.given_names
            and low not in cls.given_names
            and (cls.zipf(w) > 0 or _known_word(low))
        ):
            continue  # "Rapporteurs Joseph Gresh": a word, then the name with its given name
        if first and i + 1 < len(run) and cls.zipf(run[i + 1][2]) < SURNAME_MAX_ZIPF:
            # "Roberto Rampi said": a moderately common first word is a given name when a
            # rare word follows it, as anywhere else in the sentence
            first = False
        if low in PARTICLES or _name_word(cls, w, first):
            group.append((a, b, w))
            continue
        if group:
            close()
        honorific = None
    if group:
        close()
    return out


def body_mentions(doc: Document) -> list[Mention]:
    """Person-name mentions in the title and the body sentences of ``doc`` (a title
    often names the person the text is about); never raises."""
    try:
        cls = _classifier(doc.language if doc.language in ("en", "fr") else "en")
        text = doc.text
        out: list[Mention] = []
        spans = [s.span for s in doc.sentences]
        title = doc.header.title
        if title is not None and not any(sp.start <= title.span.start < sp.end for sp in spans[:3]):
            spans.insert(0, title.span)
        for span in spans:
            start, end = span.start, span.end
            # the sentence's first word may follow an opening quote or bracket
            m = _FIRST_LETTER.search(text, start, end)
            first = m.start() if m else start
            for run in _split_runs(cls, text, start, end):
                out.extend(_mentions_in_run(text, run, cls, first))
        return out
    except Exception:  # pragma: no cover - defensive: rules never raise
        return []


_COUNTRY_NAMES: dict[str, str] = {}


def _country_name(text: str) -> str:
    """A signatory entry's country as its canonical name when known (Slovakia and Slovak
    Republic are one delegation); cached, lists repeat a handful of countries."""
    name = _COUNTRY_NAMES.get(text)
    if name is None:
        from ..refdata import countries

        known = countries().lookup(text)
        name = _COUNTRY_NAMES[text] = known.name if known is not None else text.strip()
    return name


def signatory_mentions(doc: Document) -> list[Mention]:
    """One mention per signatory with a surname (surnames in capitals key like prose)."""
    out = []
    text = doc.text
    for s in doc.signatories:
        surname = s.surname
        if surname is None or not surname.text.strip():
            continue
        start, end = surname.span.start, surname.span.end
        given: tuple[Field, ...] = ()
        if s.given is not None:
            if s.given.text.isalpha() and len(s.given.text) > 1:
                given = (s.given,)  # one plain word, the usual case: the parser's field as it is
            else:
                given = tuple(
                    Field(w[2], Span(w[0], w[1]))
                    for w in _word_spans(text, s.given.span.start, s.given.span.end)
                    if not _INITIAL.fullmatch(w[2])  # middle initials
                )
            if given:
                start = min(start, given[0].span.start)
                end = max(end, given[-1].span.end)
        honorific = s.honorific.text if s.honorific else None
        country = None
        if s.country is not None and s.country.text.strip():
            country = _country_name(s.country.text)
        group = s.group.text.strip() if s.group is not None and s.group.text.strip() else None
        out.append(Mention(Span(start, end), given, surname, honorific, "signatory", "full", country, group))
    return out


def all_mentions(doc: Document) -> list[Mention]:
    return signatory_mentions(doc) + list(doc.mentions)
