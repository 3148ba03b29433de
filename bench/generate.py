"""A deterministic generator of declaration-like corpora of any size.

Documents follow the layouts of the genre (see /work/shared/domain.md, section 3):

* ``page``     pace.coe.int page: title, ``Written declaration No. N | Doc. N | date``, one
               paragraph ``Mr Given SURNAME, Country, CODE ; ...``, then the text;
* ``assembly`` older assembly.coe.int page: the same header, ``Signatories: ...`` and the
               closing ``This written declaration commits only those who have signed it.``;
* ``pdf``      PDF/Word edition: ``Doc. N``, date, title, ``Written declaration No. N``, the
               text, ``Signed (see overleaf)``, one ``SURNAME Given, Country, CODE`` a line,
               ``Total = N`` and the group legend;
* ``page_fr``  the French edition of a pace.coe.int page: ``Déclaration écrite n° N | Doc. N |
               27 juin 2022``, ``Signataires : M. Given SURNAME, Italie, SOC ; Mme ...`` with
               French country names and group codes, then the French text;
* ``article``  an NGO article about an earlier declaration of the same corpus (its number,
               date, title and signatory count are the declaration's own).

Every generated document is meant to be clean: real member states, group codes in use on
the document's date, at least 20 signatories from 4 delegations and 2 groups, the initiator
first and the others in alphabetical order, a correct total and legend, body dates before
the header date, one spelling per person across the corpus. The same ``seed`` always gives
the same corpus (stdlib ``random`` only; no dependency on declint).

API: ``generate_corpus(n_docs, seed) -> list[(name, text)]``; ``render(spec)`` returns the
text with the span of each part (used by the hypothesis strategies in tests/); and
``pathological(kind, size)`` builds the adversarial texts the benchmark times.

CLI: ``python -m bench.generate OUTDIR --docs 1000 --seed 0``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import unicodedata
from dataclasses import dataclass, field

# -- reference pools ------------------------------------------------------------------

# Group codes in use in each era, and the legend names PACE prints for them.
GROUP_NAMES = {
    "EPP/CD": "Group of the European People's Party",
    "SOC": "Socialists, Democrats and Greens Group",
    "ALDE": "Alliance of Liberals and Democrats for Europe",
    "UEL": "Group of the Unified European Left",
    "EC": "European Conservatives Group",
    "EC/DA": "European Conservatives Group and Democratic Alliance",
    "FDG": "Free Democrats Group",
    "NR": "Representatives not belonging to a Political Group",
}
# (first day, last day, codes): group sets that are all in use over the whole range.
ERAS = (
    (dt.date(2017, 10, 2), dt.date(2019, 9, 30), ("EPP/CD", "SOC", "ALDE", "UEL", "EC", "FDG", "NR")),
    (dt.date(2021, 4, 19), dt.date(2024, 12, 20), ("EPP/CD", "SOC", "ALDE", "UEL", "EC/DA", "NR")),
)
GROUP_WEIGHTS = {"EPP/CD": 6, "SOC": 8, "ALDE": 5, "UEL": 3, "EC": 3, "EC/DA": 3, "FDG": 1, "NR": 1}
LEGEND_ORDER = ("EPP/CD", "SOC", "ALDE", "EC", "EC/DA", "UEL", "FDG", "NR")

# Country as PACE prints it -> (given names (female, male), surnames as printed in lists).
# Surnames are in capitals with particles in mixed case; some are multi-word, hyphenated,
# with apostrophes or non-ASCII letters, as real lists print them.
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Austria": (("Petra", "Doris", "Eva-Maria"), ("Stefan", "Eduard", "Reinhold"),
                ("BAYR", "KÖCK", "SCHENNACH", "LOPATKA", "HOLZLEITNER")),
    "Belgium": (("Petra", "Els", "Fatima"), ("Fourat", "Christophe", "Simon"),
                ("De SUTTER", "BEN CHIKHA", "LACROIX", "MOUTQUIN", "Van der MAELEN")),
    "Croatia": (("Ana", "Marija"), ("Domagoj", "Ivan"), ("HAJDUKOVIĆ", "ŠTIER", "BORIĆ")),
    "Czech Republic": (("Alena", "Jana"), ("František", "Pavel"), ("KOPŘIVA", "GAJDŮŠKOVÁ", "NOVÁK")),
    "Denmark": (("Kristina", "Mette"), ("Søren", "Rasmus"), ("SØNDERGAARD", "JENSEN", "GADE")),
    "Estonia": (("Maria", "Kersti"), ("Andres", "Urmas"), ("JUFEREVA-SKURATOVSKI", "HERKEL", "TOOM")),
    "Finland": (("Tarja", "Inka", "Sirpa"), ("Jussi", "Kimmo"), ("FILATOV", "HOPSU", "HALLA-AHO")),
    "France": (("Sophie", "Marie-Christine"), ("André", "Jacques", "Pierre-Yves"),
               ("GATTOLIN", "MAIRE", "LE GRIP", "DALLOZ", "de la VERPILLIÈRE")),
    "Georgia": (("Tamar", "Nino"), ("Irakli", "Giorgi"), ("CHIKOVANI", "KANDELAKI", "TSERETELI")),
    "Germany": (("Gyde", "Ulla"), ("Frank", "Andrej", "Axel"),
                ("SCHWABE", "HUNKO", "FISCHER", "JENSEN-WEBER", "von STETTEN")),
    "Iceland": (("Thorhildur Sunna", "Bryndís"), ("Birgir", "Ólafur"),
                ("ÆVARSDÓTTIR", "HARALDSDÓTTIR", "ÞÓRARINSSON")),
    "Ireland": (("Fiona", "Róisín"), ("Paul", "Thomas", "Joseph"), ("O'LOUGHLIN", "GAVAN", "PRINGLE", "O'REILLY")),
    "Italy": (("Marina", "Maria Rosaria"), ("Roberto", "Gianni", "Alvise"),
              ("RAMPI", "MARILOTTI", "BERLINGHIERI", "MANIERO", "di STEFANO")),
    "Latvia": (("Inese", "Ināra"), ("Boriss", "Rihards"), ("CILEVIČS", "KOLS", "LĪBIŅA-EGNERE")),
    "Luxembourg": (("Octavie",), ("Paul", "Yves"), ("MODERT", "GALLES", "CRUCHTEN")),
    "Malta": (("Romilda", "Naomi", "Cressida"), ("Chris", "Joseph"),
              ("BALDACCHINO ZARB", "CACHIA", "GALEA", "BONETT")),
    "Netherlands": (("Tineke", "Petra"), ("Caspar", "Pieter"), ("van de VEN", "OMTZIGT", "STIENEN", "Van den BERG")),
    "Norway": (("Ingjerd", "Kari"), ("Andreas Sjalg", "Lise"), ("UNNELAND", "SCHOU", "CHRISTOFFERSEN")),
    "Poland": (("Agnieszka", "Iwona"), ("Aleksander", "Tomasz"), ("POCIEJ", "ARKUSZEWSKI", "ŁĘCKI")),
    "Portugal": (("Edite", "Isabel"), ("Paulo", "Luís"), ("PISCO", "LEITE RAMOS", "ESTRELA")),
    "Republic of Moldova": (("Inga", "Maria"), ("Alexandru", "Ion"), ("GRIGORIU", "BOTNARI", "LEANCĂ")),
    "San Marino": (("Gerardo",), ("Gerardo",), ("GIOVAGNOLI", "UGOLINI")),
    "Slovak Republic": (("Lucia", "Anna"), ("Martin", "Peter"), ("POLIAČIK", "KRAJNIAK")),
    "Spain": (("Nerea", "Laura", "María Jesús"), ("Jordi", "Pablo"),
              ("AHEDO", "CASTEL", "de PUIG i OLIVE", "SÁNCHEZ DE MIGUEL")),
    "Sweden": (("Boriana", "Carina"), ("Momodou Malcolm", "Kerstin"),
               ("ÅBERG", "OHLSSON", "JALLOW", "ROJHAN GUSTAFSSON")),
    "Switzerland": (("Ada", "Elisabeth"), ("Pierre-Alain", "Damien"), ("FRIDEZ", "COTTIER", "MARRA")),
    "Ukraine": (("Mariia", "Yelyzaveta"), ("Oleksii", "Serhii"), ("MEZENTSEVA", "GONCHARENKO", "YASKO")),
    "United Kingdom": (("Tonia", "Susan Elan"), ("Duncan", "Vernon", "Tommy"),
                       ("ANTONIAZZI", "BAKER", "COAKER", "JONES", "SHEPPARD", "SMITH-JONES")),
}  # fmt: skip
# Lords and baronesses exist only in the British delegation.
UK_TITLES = (("Lord", "Andrew", "ADONIS"), ("Baroness", "Doreen", "MASSEY"), ("Lord", "George", "FOULKES"))

# People named in the prose, one spelling each across the corpus.
PERSONS = (
    "Mukhtar Dzhakishev", "Maks Bokayev", "Iskander Yerimbetov", "Aset Abishev", "Almat Zhumagulov",
    "Gulzipa Dzhaukerova", "Oksana Shevchuk", "Zhazira Demeuova", "Akmaral Kerimbayeva",
    "Gulmira Kalykova", "Kairat Klyshev", "Abai Begimbetov", "Askhat Zheksebayev",
    "Noyan Rakhimzhanov", "Dametkan Aspandiyarova", "Serik Orazov", "Dulat Agadil",
    "Aigul Akberdieva", "Daniyar Khassenov", "Maxat Mukarov", "Alimzhan Izbassarov",
    "Saltanat Kusmankyzy", "Raigul Sadyrbayeva", "Aliya Issenova", "Bakhytzhan Toregozhina",
)  # fmt: skip
SUBJECT_STATES = ("Kazakhstan", "Belarus", "Azerbaijan", "Turkmenistan", "Tajikistan", "Uzbekistan")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Part-session weeks: (month, first Monday on or after this day).
SESSION_WEEKS = ((1, 20), (4, 17), (6, 19), (10, 2))

TITLES = (
    "The international community must respond to mass arrests and political prosecution in {state}",
    "Co-operation with {state} must be reconsidered in response to mass arrests",
    "Financial assistance for {state} must be withheld unless human rights progress is made",
    "{state}: civil society organisations call for an independent investigation of violent crackdowns",
    "Political prisoners in {state} must be released without delay",
    "Media freedom in {state} is under threat",
)
SENTENCES = (
    "On {date}, at least {n} people were detained for taking part in peaceful protests in {state}.",
    "Since {month} {year}, more than {big} people have been arbitrarily detained for participating in "
    "peaceful demonstrations.",
    "The authorities of {state} continue to prosecute {p1} and {p2} for their peaceful activities.",
    "We are deeply concerned about the health of {p1}, who has been held in pre-trial detention since "
    "{date}.",
    "The number of political prisoners has increased from {n} to {n2} over the past year.",
    "The United Nations Working Group on Arbitrary Detention concluded that the detention of {p1} "
    "violated international law.",
    "Human rights defenders, including {p1}, {p2} and {p3}, have been prevented from leaving the country.",
    "We call on the authorities of {state} to release all political prisoners and to end the persecution "
    "of civil society.",
    "We urge the Council of Europe member States to raise these cases in their bilateral relations with "
    "{state}.",
    "Independent observers reported that the police used force against at least {n} peaceful protesters.",
)
DECLARE_LINE = "We, the undersigned, declare the following:"
DISCLAIMER = (
    "This written declaration does not reflect the position of the Assembly; only of those members that "
    "have signed it. It will not be considered further by the Assembly."
)
COMMITS = "This written declaration commits only those who have signed it."
ARTICLE_SENTENCES = (
    "The session of the Parliamentary Assembly of the Council of Europe took place in Strasbourg.",
    "The declaration was initiated and tabled by {initiator}.",
    "The signatories also called on the Council of Europe to monitor the situation closely.",
    "The declaration recalls that the country has undertaken to respect international human rights "
    "standards.",
    "Civil society organisations welcomed the declaration and called for further action.",
)


@dataclass(frozen=True)
class Member:
    honorific: str  # Mr, Ms, Lord, Baroness
    given: str
    surname: str  # as printed in lists: capitals, particles in mixed case
    country: str  # as PACE prints it
    group: str  # PACE group code

    def inline(self) -> str:
        return f"{self.honorific} {self.given} {self.surname}, {self.country}, {self.group}"

    def line(self) -> str:
        return f"{self.surname} {self.given}, {self.country}, {self.group}"


@dataclass
class Spec:
    """Everything a document shows; ``render`` turns it into text."""

    layout: str  # "page", "assembly", "pdf", "article"
    title: str = ""
    wd_number: int = 0
    doc_number: int = 0
    date: dt.date = dt.date(2022, 6, 27)
    signatories: list[Member] = field(default_factory=list)  # initiator first
    body: list[str] = field(default_factory=list)  # paragraphs (one per line)
    newline: str = "\n"
    heading: str = "*Signed*¹:"  # pdf layout heading
    legend_numbered: bool = True


@dataclass
class Rendered:
    text: str
    # Named parts: "title", "wd", "doc", "date", "total", "total_number", "list", "body:<k>".
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # One dict per signatory in list order: "entry", "honorific", "given", "surname",
    # "country", "group" -> (start, end).
    entries: list[dict[str, tuple[int, int]]] = field(default_factory=list)
    legend: list[dict[str, tuple[int, int]]] = field(default_factory=list)


# The French edition: country names, group codes, honorifics and months as PACE prints them.
FRENCH_COUNTRIES = {
    "Austria": "Autriche", "Belgium": "Belgique", "Croatia": "Croatie", "Czech Republic": "République tchèque",
    "Denmark": "Danemark", "Estonia": "Estonie", "Finland": "Finlande", "France": "France",
    "Georgia": "Géorgie", "Germany": "Allemagne", "Iceland": "Islande", "Ireland": "Irlande",
    "Italy": "Italie", "Latvia": "Lettonie", "Luxembourg": "Luxembourg", "Malta": "Malte",
    "Netherlands": "Pays-Bas", "Norway": "Norvège", "Poland": "Pologne", "Portugal": "Portugal",
    "Republic of Moldova": "République de Moldova", "San Marino": "Saint-Marin",
    "Slovak Republic": "République slovaque", "Spain": "Espagne", "Sweden": "Suède", "Switzerland": "Suisse",
    "Ukraine": "Ukraine", "United Kingdom": "Royaume-Uni",
}  # fmt: skip
FRENCH_CODES = {"EPP/CD": "PPE/DC", "SOC": "SOC", "ALDE": "ADLE", "UEL": "GUE", "EC": "CE", "EC/DA": "CE/AD",
                "FDG": "FDG", "NR": "NI"}  # fmt: skip
FRENCH_HONORIFICS = {"Mr": "M.", "Ms": "Mme", "Lord": "Lord", "Baroness": "Baroness"}
FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
FRENCH_STATES = {
    "Kazakhstan": "au Kazakhstan", "Belarus": "au Bélarus", "Azerbaijan": "en Azerbaïdjan",
    "Turkmenistan": "au Turkménistan", "Tajikistan": "au Tadjikistan", "Uzbekistan": "en Ouzbékistan",
}  # fmt: skip
FRENCH_TITLES = (
    "Les prisonniers politiques {state} doivent être libérés sans délai",
    "La liberté des médias est menacée {state}",
    "La communauté internationale doit réagir aux arrestations massives {state}",
)
FRENCH_SENTENCES = (
    "Le {date}, au moins {n} personnes ont été arrêtées pour avoir participé à des manifestations "
    "pacifiques {state}.",
    "Les autorités continuent de poursuivre {p1} et {p2} pour leurs activités pacifiques.",
    "Nous sommes profondément préoccupés par l'état de santé de {p1}, détenu depuis le {date}.",
    "Le nombre de prisonniers politiques est passé de {n} à {n2} au cours de l'année écoulée.",
    "Le Groupe de travail des Nations Unies sur la détention arbitraire a conclu que la détention de {p1} "
    "était contraire au droit international.",
    "Nous appelons les autorités à libérer tous les prisonniers politiques et à mettre fin à la "
    "persécution de la société civile.",
    "Nous invitons les États membres du Conseil de l'Europe à soulever ces cas dans leurs relations "
    "bilatérales.",
)
FRENCH_DECLARE_LINE = "Nous, soussignés, déclarons ce qui suit :"


def format_date_fr(day: dt.date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def french_member(m: Member) -> Member:
    return Member(
        FRENCH_HONORIFICS[m.honorific], m.given, m.surname, FRENCH_COUNTRIES[m.country], FRENCH_CODES[m.group]
    )


def french_paragraphs(rng: random.Random, state: str, before: dt.date, words: int = 150) -> list[str]:
    """French prose paragraphs of about ``words`` words, dates before ``before``."""
    persons = rng.sample(PERSONS, 2)
    paragraphs, count = [], 0
    for k in rng.sample(range(len(FRENCH_SENTENCES)), len(FRENCH_SENTENCES)):
        day = before - dt.timedelta(days=rng.randint(20, 400))
        n = rng.randint(12, 240)
        sentence = FRENCH_SENTENCES[k].format(
            date=format_date_fr(day), n=n, n2=n + rng.randint(5, 60), state=FRENCH_STATES[state],
            p1=persons[0], p2=persons[1],
        )  # fmt: skip
        paragraphs.append(sentence)
        count += len(sentence.split())
        if count >= words:
            break
    return paragraphs


# -- helpers --------------------------------------------------------------------------------


def sort_key(surname: str) -> str:
    """Alphabetical order of a list: particles ignored, accents folded (ÅBERG under A)."""
    words = surname.split()
    while len(words) > 1 and not words[0].isupper():  # `van de VEN`, `Van den BERG`, `de PUIG`
        words = words[1:]
    text = " ".join(words).replace("Æ", "AE").replace("Ø", "O").replace("Þ", "TH").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def mixed_case(surname: str) -> str:
    """`O'LOUGHLIN` -> `O'Loughlin`, `de PUIG i OLIVE` -> `de Puig i Olive` (prose spelling)."""
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in surname.split())


def format_date(day: dt.date, zero_pad: bool = False) -> str:
    return (
        f"{day.day:02d} {MONTH_NAMES[day.month - 1]} {day.year}"
        if zero_pad
        else (f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}")
    )


def session_dates(first: dt.date, last: dt.date) -> list[dt.date]:
    """Week days of the part-session weeks between two dates."""
    days = []
    for year in range(first.year, last.year + 1):
        for month, day in SESSION_WEEKS:
            start = dt.date(year, month, day)
            start += dt.timedelta(days=(7 - start.weekday()) % 7)
            days.extend(start + dt.timedelta(days=k) for k in range(5))
    return [d for d in days if first <= d <= last]


def roster(rng: random.Random, era_codes: tuple[str, ...]) -> list[Member]:
    """Every member of the pools, each with one group code from the era."""
    codes = list(era_codes)
    weights = [GROUP_WEIGHTS[c] for c in codes]
    members = []
    for country, (female, male, surnames) in COUNTRIES.items():
        for k, surname in enumerate(surnames):
            female_turn = k % 2 == 0
            given = (female if female_turn else male)[k // 2 % len(female if female_turn else male)]
            members.append(Member("Ms" if female_turn else "Mr", given, surname, country, "NR"))
    for hon, given, surname in UK_TITLES:
        members.append(Member(hon, given, surname, "United Kingdom", "NR"))
    return [
        Member(m.honorific, m.given, m.surname, m.country, rng.choices(codes, weights)[0]) for m in members
    ]


def _thousands(n: int, style: str) -> str:
    if n < 1000:
        return str(n)
    sep = {"space": " ", "comma": ","}[style]
    return f"{n:,}".replace(",", sep)


def body_paragraphs(rng: random.Random, state: str, before: dt.date, words: int = 150) -> list[str]:
    """Prose paragraphs of about ``words`` words, dates before ``before``."""
    persons = rng.sample(PERSONS, 3)
    style = rng.choice(("space", "comma"))
    paragraphs, count = [], 0
    order = rng.sample(range(len(SENTENCES)), len(SENTENCES))
    for k in order:
        day = before - dt.timedelta(days=rng.randint(20, 400))
        n = rng.randint(12, 240)
        sentence = SENTENCES[k].format(
            date=format_date(day),
            month=MONTH_NAMES[day.month - 1],
            year=day.year,
            n=n,
            n2=n + rng.randint(5, 60),
            big=_thousands(rng.randint(11, 90) * 100, style),
            state=state,
            p1=persons[0],
            p2=persons[1],
            p3=persons[2],
        )
        paragraphs.append(sentence)
        count += len(sentence.split())
        if count >= words:
            break
    return paragraphs


# -- rendering -------------------------------------------------------------------------------


class _Writer:
    def __init__(self, newline: str):
        self.parts: list[str] = []
        self.pos = 0
        self.newline = newline

    def put(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def line(self, text: str = "") -> tuple[int, int]:
        span = self.put(text)
        self.put(self.newline)
        return span

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.put(self.newline)

    def text(self) -> str:
        return "".join(self.parts)


def _entry(w: _Writer, m: Member, inline: bool) -> dict[str, tuple[int, int]]:
    parts: dict[str, tuple[int, int]] = {}
    start = w.pos
    if inline:
        parts["honorific"] = w.put(m.honorific)
        w.put(" ")
        parts["given"] = w.put(m.given)
        w.put(" ")
        parts["surname"] = w.put(m.surname)
    else:
        parts["surname"] = w.put(m.surname)
        w.put(" ")
        parts["given"] = w.put(m.given)
    w.put(", ")
    parts["country"] = w.put(m.country)
    w.put(", ")
    parts["group"] = w.put(m.group)
    parts["entry"] = (start, w.pos)
    return parts


def _inline_list(w: _Writer, out: Rendered, members: list[Member], heading: str | None) -> None:
    start = w.pos
    if heading:
        w.put(heading + " ")
    for k, m in enumerate(members):
        if k:
            w.put(" ; ")
        out.entries.append(_entry(w, m, inline=True))
    out.spans["list"] = (start, w.pos)
    w.put(w.newline)


def _body(w: _Writer, out: Rendered, paragraphs: list[str]) -> None:
    for k, p in enumerate(paragraphs):
        out.spans[f"body:{k}"] = w.line(p)
        w.blank()


def render(spec: Spec) -> Rendered:
    w = _Writer(spec.newline)
    out = Rendered("")
    date_text = format_date(spec.date, zero_pad=spec.layout == "pdf")
    if spec.layout in ("page", "assembly", "page_fr"):
        french = spec.layout == "page_fr"
        if spec.layout == "page":
            w.line("Logo Assembly Logo Hemicycle")
            w.blank()
        out.spans["title"] = w.line(spec.title)
        w.blank()
        label = "Déclaration écrite n°" if french else "Written declaration No."
        out.spans["wd"] = w.put(f"{label} {spec.wd_number}")
        w.put(" | ")
        out.spans["doc"] = w.put(f"Doc. {spec.doc_number}")
        w.put(" | ")
        out.spans["date"] = w.line(format_date_fr(spec.date) if french else date_text)
        w.blank()
        heading = {"assembly": "Signatories:", "page_fr": "Signataires :"}.get(spec.layout)
        _inline_list(w, out, spec.signatories, heading)
        w.blank()
        w.line(FRENCH_DECLARE_LINE if french else DECLARE_LINE)
        w.blank()
        _body(w, out, spec.body)
        if spec.layout == "assembly":
            w.line(COMMITS)
    elif spec.layout == "pdf":
        w.blank(2)
        out.spans["doc"] = w.line(f"Doc. {spec.doc_number}")
        w.blank()
        out.spans["date"] = w.line(date_text)
        w.blank()
        out.spans["title"] = w.line(spec.title)
        w.blank()
        out.spans["wd"] = w.line(f"Written declaration No. {spec.wd_number}")
        w.blank()
        w.line(DISCLAIMER)
        w.blank()
        w.line(DECLARE_LINE)
        w.blank()
        _body(w, out, spec.body)
        w.line("Signed (see overleaf)")
        w.blank(3)
        start = w.pos
        w.line(spec.heading)
        w.blank()
        for m in spec.signatories:
            out.entries.append(_entry(w, m, inline=False))
            w.put(w.newline)
        out.spans["list"] = (start, out.entries[-1]["entry"][1] if out.entries else w.pos)
        w.blank()
        total_start = w.pos
        w.put("Total = ")
        out.spans["total_number"] = w.put(str(len(spec.signatories)))
        out.spans["total"] = (total_start, w.pos)
        w.put(w.newline)
        w.blank()
        used = {m.group for m in spec.signatories}
        for k, code in enumerate(c for c in LEGEND_ORDER if c in used):
            line_start = w.pos
            if k == 0 and spec.legend_numbered:
                w.put("1. ")
            code_span = w.put(code)
            w.put(": ")
            name_span = w.put(GROUP_NAMES[code])
            out.legend.append({"code": code_span, "name": name_span, "line": (line_start, w.pos)})
            w.put(w.newline)
    else:  # article
        out.spans["title"] = w.line(spec.title)
        w.blank()
        _body(w, out, spec.body)
    out.text = w.text()
    return out


# -- corpus ----------------------------------------------------------------------------------


def declaration_spec(
    rng: random.Random,
    layout: str,
    day: dt.date,
    wd_number: int,
    doc_number: int,
    members: list[Member],
    n_signatories: int | None = None,
) -> Spec:
    state = rng.choice(SUBJECT_STATES)
    n = n_signatories if n_signatories is not None else rng.randint(20, 45)
    chosen = rng.sample(members, min(n, len(members)))
    initiator, rest = chosen[0], sorted(chosen[1:], key=lambda m: sort_key(m.surname))
    if layout == "page_fr":
        return Spec(
            layout=layout,
            title=rng.choice(FRENCH_TITLES).format(state=FRENCH_STATES[state]),
            wd_number=wd_number,
            doc_number=doc_number,
            date=day,
            signatories=[french_member(m) for m in (initiator, *rest)],
            body=french_paragraphs(rng, state, day, words=rng.randint(110, 170)),
        )
    return Spec(
        layout=layout,
        title=rng.choice(TITLES).format(state=state),
        wd_number=wd_number,
        doc_number=doc_number,
        date=day,
        signatories=[initiator, *rest],
        body=body_paragraphs(rng, state, day, words=rng.randint(110, 170)),
        newline="\r\n" if rng.random() < 0.05 else "\n",
        heading=rng.choice(("*Signed*¹:", "Signed 1:", "Signed:")),
        legend_numbered=rng.random() < 0.7,
    )


def article_spec(rng: random.Random, decl: Spec) -> Spec:
    """An article about an earlier declaration, with its own facts stated correctly."""
    later = decl.date + dt.timedelta(days=rng.randint(1, 40))
    initiator = decl.signatories[0]
    who = f"{initiator.honorific} {initiator.given} {mixed_case(initiator.surname)}"
    opening = (
        f"On {format_date(decl.date)}, {len(decl.signatories)} members of the Parliamentary Assembly of "
        f"the Council of Europe signed Written Declaration No. {decl.wd_number}, “{decl.title}”."
    )
    paragraphs = [opening]
    paragraphs += [s.format(initiator=who) for s in rng.sample(ARTICLE_SENTENCES, 3)]
    state = next((s for s in SUBJECT_STATES if s in decl.title), rng.choice(SUBJECT_STATES))
    paragraphs += body_paragraphs(rng, state, later, words=rng.randint(150, 300))
    return Spec(layout="article", title=f"PACE members adopt a declaration on {state}", body=paragraphs,
                date=later)  # fmt: skip


def generate_specs(n_docs: int, seed: int) -> list[tuple[str, Spec]]:
    rng = random.Random(seed)
    # Spread the declarations over the eras' session days, in order, numbers rising.
    days_by_era = [session_dates(first, last) for first, last, _ in ERAS]
    rosters = [roster(rng, codes) for _, _, codes in ERAS]
    n_articles = n_docs // 5
    n_decl = n_docs - n_articles
    plan = sorted((rng.randrange(len(ERAS)), k) for k in range(n_decl))  # era per declaration, then its rank
    specs: list[tuple[str, Spec]] = []
    wd, doc = 600, 14500
    per_era = [sum(1 for e, _ in plan if e == i) for i in range(len(ERAS))]
    seen = [0] * len(ERAS)
    for era, _ in plan:
        days = days_by_era[era]
        day = days[min(len(days) - 1, seen[era] * len(days) // max(1, per_era[era]))]
        seen[era] += 1
        wd += 1
        doc += rng.randint(1, 12)
        layout = rng.choices(("page", "assembly", "pdf", "page_fr"), (5, 2, 4, 1))[0]
        specs.append((f"wd_{wd}_{layout}.txt", declaration_spec(rng, layout, day, wd, doc, rosters[era])))
    declarations = [s for _, s in specs if s.layout != "page_fr"]  # articles are in English
    for k in range(n_articles):
        decl = rng.choice(declarations) if declarations else declaration_spec(
            rng, "page", dt.date(2022, 6, 27), 745, 15575, rosters[1]
        )  # fmt: skip
        specs.append((f"article_{k:05d}.txt", article_spec(rng, decl)))
    order = rng.sample(range(len(specs)), len(specs))
    return [(f"{i:05d}_{specs[j][0]}", specs[j][1]) for i, j in enumerate(order)]


def generate_corpus(n_docs: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n_docs`` documents as (file name, text); the same seed gives the same corpus."""
    return [(name, render(spec).text) for name, spec in generate_specs(n_docs, seed)]


def write_corpus(directory: str, n_docs: int, seed: int = 0) -> int:
    """Write the corpus as UTF-8 files (line endings as generated); returns bytes written."""
    os.makedirs(directory, exist_ok=True)
    total = 0
    for name, text in generate_corpus(n_docs, seed):
        data = text.encode("utf-8")
        with open(os.path.join(directory, name), "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


# -- adversarial texts -------------------------------------------------------------------------

PATHOLOGICAL = (
    "caps-words",
    "caps-entry",
    "mr-fragments",
    "punctuation",
    "semicolons",
    "commas-line",
    "lines-list",
    "long-line",
    "slips-line",
)


def pathological(kind: str, size: int) -> str:
    """Texts that stress the parser's regular expressions; ``size`` is the repetition count."""
    if kind == "caps-words":  # 100,000 capitalised words in a row
        return " ".join(("ALPHA", "Beta", "GAMMA", "Delta")[k % 4] for k in range(size)) + "\n"
    if kind == "caps-entry":  # one signatory entry whose name has ``size`` words
        words = " ".join(("ALPHA", "de", "Beta")[k % 3] for k in range(size))
        return f"Mr {words}, Italy, SOC ; Mr Roberto RAMPI, Italy, SOC\n"
    if kind == "lines-list":  # a `SURNAME Given, Country, CODE` list of ``size`` lines
        return (
            "Signed:\n"
            + "".join(f"SURNAME{k} Given, Italy, SOC\n" for k in range(size))
            + f"Total = {size}\n"
        )
    if kind == "mr-fragments":  # `Mr A, B, C ;` again and again, one paragraph
        return " ".join("Mr A, B, C ;" for _ in range(size)) + "\n"
    if kind == "punctuation":  # long runs of punctuation
        return ("!?.,;:'\"()[]-–—…*•|/" * (size // 20 + 1))[:size] + "\n"
    if kind == "semicolons":
        return ";" * size + "\n"
    if kind == "commas-line":  # one entry-shaped line with many fields
        return "SMITH John" + ", France" * size + "\n"
    if kind == "long-line":  # prose without a line break
        return ("We call on the authorities to release all political prisoners. " * (size // 10 + 1))[
            : size * 6
        ] + "\n"
    if kind == "slips-line":  # one sentence of many distinct candidate slips (typo rules)
        return (
            "The authorities said that "
            + " ".join(
                f"the government must torelease prisonnersx{k} of Azerbajan and Middle{k:x}East now"
                for k in range(size // 10 + 1)
            )
            + ".\n"
        )
    raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(PATHOLOGICAL)}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("outdir", help="directory to write the corpus into (created if missing)")
    p.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = p.parse_args(argv)
    size = write_corpus(args.outdir, args.docs, args.seed)
    sys.stdout.write(f"wrote {args.docs} documents, {size / 1e6:.2f} MB, to {args.outdir}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
