"""The document model: header layouts, signatory layouts, legend, body, spans."""

import datetime as dt

import pytest

from lint.parse import parse

PIPE_HEADER = """Logo Assembly Logo Hemicycle

Kazakhstan: civil society organisations are calling for sanctions

Written declaration No. 745 | Doc. 15575 | 27 June 2022

Mr Roberto RAMPI, Italy, SOC ; Lord Andrew ADONIS, United Kingdom, SOC ; Mr Caspar Van den BERG, Netherlands, ALDE

We, the undersigned, declare the following:
"""

PDF_LAYOUT = """Doc. 14983

04 October 2019

The international community must respond to mass arrests

Written declaration No. 695

We, the undersigned, declare the following. We call for release.

Signed (see overleaf)

*Signed*¹:

GATTOLIN André, France, ALDE
ÆVARSDÓTTIR Thorhildur Sunna, Iceland, SOC
van de VEN Mart, Netherlands, ALDE

Total = 3

1. ALDE: Alliance of Liberals and Democrats for Europe
SOC: Socialists, Democrats and Greens Group
"""


def test_pipe_header():
    doc = parse(PIPE_HEADER)
    h = doc.header
    assert (h.wd_number, h.doc_number, h.date) == (745, 15575, dt.date(2022, 6, 27))
    assert h.title.text.startswith("Kazakhstan: civil society")
    assert doc.slice(h.wd_field.span) == "Written declaration No. 745"
    assert doc.slice(h.date_field.span) == "27 June 2022"
    assert not doc.problems


def test_separate_line_header_and_title():
    doc = parse(PDF_LAYOUT)
    h = doc.header
    assert (h.wd_number, h.doc_number, h.date) == (695, 14983, dt.date(2019, 10, 4))
    assert h.title.text == "The international community must respond to mass arrests"


def test_inline_signatories_fields():
    doc = parse(PIPE_HEADER)
    [block] = doc.blocks
    assert block.layout == "inline"
    rows = [
        (s.honorific.text, s.given.text, s.surname.text, s.country.text, s.group.text)
        for s in block.signatories
    ]
    assert rows == [
        ("Mr", "Roberto", "RAMPI", "Italy", "SOC"),
        ("Lord", "Andrew", "ADONIS", "United Kingdom", "SOC"),
        ("Mr", "Caspar", "Van den BERG", "Netherlands", "ALDE"),
    ]
    for s in block.signatories:
        assert doc.slice(s.span).startswith(s.honorific.text)
        assert doc.slice(s.group.span) == s.group.text


def test_lines_signatories_total_and_legend():
    doc = parse(PDF_LAYOUT)
    [block] = doc.blocks
    assert block.layout == "lines" and block.heading.text == "*Signed*¹:"
    rows = [(s.surname.text, s.given.text, s.country.text, s.group.text, s.order) for s in block.signatories]
    assert rows == [
        ("GATTOLIN", "André", "France", "ALDE", "surname-first"),
        ("ÆVARSDÓTTIR", "Thorhildur Sunna", "Iceland", "SOC", "surname-first"),
        ("van de VEN", "Mart", "Netherlands", "ALDE", "surname-first"),
    ]
    assert block.total.value == 3 and doc.slice(block.total.number.span) == "3"
    assert [(e.code.text, e.name.text) for e in doc.legend] == [
        ("ALDE", "Alliance of Liberals and Democrats for Europe"),
        ("SOC", "Socialists, Democrats and Greens Group"),
    ]
    # "Signed (see overleaf)" is prose, not a heading; the body keeps it.
    assert any("overleaf" in doc.slice(p.span) for p in doc.paragraphs)


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("Ms Anna M. KOVAC, Croatia, SOC", ("Ms", "Anna M.", "KOVAC")),
        ("Mr Fiona O'LOUGHLIN, Ireland, ALDE", ("Mr", "Fiona", "O'LOUGHLIN")),
        ("Mr Jordi de PUIG i OLIVE, Spain, SOC", ("Mr", "Jordi", "de PUIG i OLIVE")),
        ("Ms Petra De SUTTER, Belgium, SOC", ("Ms", "Petra", "De SUTTER")),
        ("Ms Maria JUFEREVA-SKURATOVSKI, Estonia, ALDE", ("Ms", "Maria", "JUFEREVA-SKURATOVSKI")),
        ("Mr Kassym-Jomart TOKAYEV, Georgia, NR", ("Mr", "Kassym-Jomart", "TOKAYEV")),
        ("Baroness Jane SMITH-JONES, United Kingdom, EC/DA", ("Baroness", "Jane", "SMITH-JONES")),
        ("Mr Ahmet YILDIZ, Türkiye, NR", ("Mr", "Ahmet", "YILDIZ")),
        ("Ms Ingjerd SCHOU, Norway, EPP/CD", ("Ms", "Ingjerd", "SCHOU")),
        ("M. Jean-Pierre GRIN, Suisse, ADLE", ("M.", "Jean-Pierre", "GRIN")),
        ("Mr Aodhán Ó RÍORDÁIN, Ireland, SOC", ("Mr", "Aodhán", "Ó RÍORDÁIN")),
        ("Ms Mairéad Ní RIADA, Ireland, UEL", ("Ms", "Mairéad", "Ní RIADA")),
    ],
)
def test_awkward_names(entry, expected):
    doc = parse(f"{entry} ; Mr Roberto RAMPI, Italy, SOC\n")
    s = doc.signatories[0]
    assert (s.honorific.text, s.given.text, s.surname.text) == expected


def test_older_surname_only_lines():
    doc = parse("Signed 1:\n\nGross, Switzerland, SOC\nRampi, Italy, SOC\n")
    assert [(s.surname.text, s.given, s.order) for s in doc.signatories] == [
        ("Gross", None, "surname-only"),
        ("Rampi", None, "surname-only"),
    ]


def test_signatories_prefix_and_incomplete_marker():
    doc = parse("Signatories: Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE ; and others\n")
    [block] = doc.blocks
    assert block.heading.text == "Signatories:"
    assert len(block.signatories) == 2 and block.incomplete_marker.text == "and others"


def test_prose_with_honorific_is_not_a_list():
    doc = parse("Mr Ryszard Komenda, Head of the UN Human Rights Office for Central Asia, said: “urgent”.\n")
    assert doc.blocks == [] and len(doc.paragraphs) == 1


def test_crlf_and_cr_positions():
    for nl in ("\r\n", "\r", "\n"):
        entry = "Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE"
        doc = parse(f"Title line here{nl}{nl}{entry}{nl}")
        s = doc.signatories[1]
        assert doc.line_col(s.group.span.start) == (3, entry.index("ALDE") + 1)


def test_french_language_detected():
    text = "Déclaration écrite n° 745 | Doc. 15575 | 27 juin 2022\n\nNous, soussignés, déclarons que la situation est grave et que les droits sont violés.\n"
    doc = parse(text)
    assert doc.language == "fr" and doc.header.wd_number == 745 and doc.header.date == dt.date(2022, 6, 27)


def test_impossible_header_date_is_a_problem_not_a_crash():
    doc = parse("Written declaration No. 1 | Doc. 2 | 31 April 2021\n")
    assert doc.header.date is None
    assert [p.kind for p in doc.problems] == ["impossible-date"]


def test_malformed_header_line():
    doc = parse("Written declaration No 745\n")
    assert doc.header.wd_number == 745
    assert [p.kind for p in doc.problems] == ["header-format"]


def test_sentences_respect_abbreviations():
    doc = parse("Mr. Smith signed Written Declaration no. 670 on 24 January. It was tabled. Then more.\n")
    texts = [doc.slice(s.span) for s in doc.sentences]
    assert texts == [
        "Mr. Smith signed Written Declaration no. 670 on 24 January.",
        "It was tabled.",
        "Then more.",
    ]


def test_markdown_bullets_and_legend_without_total():
    text = (
        "Signed:\n\n- GATTOLIN André, France, ALDE\n- MAIRE Jacques, France, ALDE\n\n"
        "SOC: Socialists, Democrats and Greens Group\nALDE: Alliance of Liberals and Democrats for Europe\n"
    )
    doc = parse(text)
    assert [doc.slice(s.span) for s in doc.signatories] == [
        "GATTOLIN André, France, ALDE",
        "MAIRE Jacques, France, ALDE",
    ]
    assert [e.code.text for e in doc.legend] == ["SOC", "ALDE"]


def test_prose_after_a_list_is_not_absorbed():
    text = (
        "Signed 1:\n\nGross, Switzerland, SOC\nRampi, Italy, SOC\n\n"
        "In the letter, the MPs disapproved the persistent abuse of legislation, and others.\n"
    )
    doc = parse(text)
    assert [s.surname.text for s in doc.signatories] == ["Gross", "Rampi"]
    assert len(doc.paragraphs) == 1


def test_inline_list_wrapped_over_lines():
    text = "Mr Roberto RAMPI, Italy, SOC ; Mr Jacques\nMAIRE, France, ALDE ; Ms Nerea AHEDO,\nSpain, ALDE\n"
    doc = parse(text)
    assert [(s.surname.text, s.country.text, s.group.text) for s in doc.signatories] == [
        ("RAMPI", "Italy", "SOC"),
        ("MAIRE", "France", "ALDE"),
        ("AHEDO", "Spain", "ALDE"),
    ]


def test_line_after_a_complete_inline_list_is_not_absorbed():
    text = "Mr Roberto RAMPI, Italy, SOC ; Mr Jacques MAIRE, France, ALDE\n<!-- declint: enable -->\n"
    doc = parse(text)
    assert doc.signatories[-1].group.text == "ALDE"
    assert [doc.slice(p.span) for p in doc.paragraphs] == ["<!-- declint: enable -->"]


def test_split_surname_is_an_entry_defect():
    doc = parse("Mr Roberto RAMPI, Italy, SOC ; Ms Yuliya L OVOCHKINA, Ukraine, SOC\n")
    s = doc.signatories[1]
    assert [(d.kind, doc.slice(d.span)) for d in s.defects] == [("split-surname", "L OVOCHKINA")]
    assert (
        parse("Mr Roberto RAMPI, Italy, SOC ; Mr Frank J. JENSSEN, Norway, EPP/CD\n").signatories[1].defects
        == []
    )


LETTER = (
    "Parliamentarians write to the minister\n\n"
    "The letter calls for the ambassador to be recalled.\n"
    "Full list of signatories below:\n"
    "- Senator Jean Dupont, France\n"
    "- Rep Marie Le Grand, France\n"
    "- Anna Berg MEP, European Union\n"
    "- Karl van der Berg MP, Chair, Foreign Affairs Committee, Netherlands\n"
    "- Petra Novak MdB, Chair, Foreign Affairs Committee of the Bundestag\n"
    "- Lord John Smith, United Kingdom\n"
    "- Tomas Kral MP Chair, Foreign Affairs Committee, Czechia\n"
    "- Ann Jones MP, Australia\n"
    "\n"
    "The signatories will meet the minister in May.\n"
)


def test_letter_signatory_list():
    doc = parse(LETTER)
    [block] = doc.blocks
    assert block.layout == "letter" and block.heading.text == "Full list of signatories below:"
    got = [
        (
            s.honorific and s.honorific.text,
            s.given.text,
            s.surname.text,
            s.country and s.country.text,
            s.group,
        )
        for s in block.signatories
    ]
    assert got == [
        ("Senator", "Jean", "Dupont", "France", None),
        ("Rep", "Marie", "Le Grand", "France", None),
        (None, "Anna", "Berg", None, None),  # European Union: not a country
        (None, "Karl", "van der Berg", "Netherlands", None),
        (None, "Petra", "Novak", None, None),
        ("Lord", "John", "Smith", "United Kingdom", None),
        (None, "Tomas", "Kral", "Czechia", None),
        (None, "Ann", "Jones", "Australia", None),
    ]
    assert all(not s.defects for s in block.signatories)
    # The prose after the list stays prose.
    assert "will meet the minister" in doc.slice(doc.sentences[-1].span)


@pytest.mark.parametrize(
    "heading",
    [
        "Signatories of the letter:",
        "The letter's signatories:",
        "List of signatories (in alphabetical order):",
    ],
)
def test_letter_headings(heading):
    doc = parse(f"{heading}\n- Senator Jean Dupont, France\n- Anna Berg MEP, European Union\n")
    assert [b.layout for b in doc.blocks] == ["letter"]


@pytest.mark.parametrize(
    "text",
    [
        # a colon line that does not announce signatories
        "The following members spoke:\n- Senator Jean Dupont, France\n- Anna Berg MEP, European Union\n",
        # one entry is not a list
        "Full list of signatories below:\n- Senator Jean Dupont, France\n\nThe letter was sent in May.\n",
        # prose after the heading
        "Full list of signatories below:\nThe letter, sent in May, was signed by many, and more.\nIt asks, again, for release.\n",
        # items that are not people
        "Our signatories include:\n- the European Parliament, Brussels\n- 25 national parliaments, Europe\n",
    ],
)
def test_not_a_letter_list(text):
    assert [b.layout for b in parse(text).blocks] == []


def test_french_letter_with_bracketed_countries():
    text = (
        "Nouvelles signatures:\n"
        "- Jean DURAND, député, Parti vert, (Belgique).\n"
        "- Anne MARTIN, députée européenne, Groupe des Verts, (France)\n"
    )
    [block] = parse(text).blocks
    assert block.layout == "letter"
    assert [(s.given.text, s.surname.text, s.country.text) for s in block.signatories] == [
        ("Jean", "DURAND", "Belgique"),
        ("Anne", "MARTIN", "France"),
    ]


def test_pace_entries_under_a_prose_heading_keep_their_codes():
    text = (
        "Full list of signatories below:\n"
        "- Mr Roberto RAMPI, Italy, SOC\n- Mr Jacques MAIRE, France, ALDE\n- Ms Nerea AHEDO, Spain, ALDE\n"
    )
    [block] = parse(text).blocks
    assert block.layout == "lines"
    assert [s.group.text for s in block.signatories] == ["SOC", "ALDE", "ALDE"]


# -- a report's rapporteur line ----------------------------------------------------------------
REPORT = "Report | Doc. 14100 | 12 March 2016\n\nThe situation of journalists\n\nCommittee on Culture\n\n{}\n\nSummary\n\nThe committee welcomes the progress made.\n"


def _rapporteurs(doc):
    return [
        (
            s.honorific and s.honorific.text,
            s.given.text,
            s.surname.text,
            s.country.text,
            s.group and s.group.text,
        )
        for b in doc.blocks
        if b.layout == "rapporteur"
        for s in b.signatories
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Rapporteur : Mr Hans MEIER, Austria, SOC", [("Mr", "Hans", "MEIER", "Austria", "SOC")]),
        (
            "Rapporteure: Ms Anna de la TORRE, Spain, EPP/CD",
            [("Ms", "Anna", "de la TORRE", "Spain", "EPP/CD")],
        ),
        ("Rapporteur for opinion: Mr Hans MEIER, Austria", [("Mr", "Hans", "MEIER", "Austria", None)]),
        ("Co-rapporteur : Mr Hans MEIER, Austria, SOC", [("Mr", "Hans", "MEIER", "Austria", "SOC")]),
        (
            "Rapporteurs : Mr Hans MEIER, Austria, SOC ; Ms Eva LIND, Sweden, ALDE",
            [("Mr", "Hans", "MEIER", "Austria", "SOC"), ("Ms", "Eva", "LIND", "Sweden", "ALDE")],
        ),
        ("Rapporteur :\nMr Hans MEIER, Austria, SOC", [("Mr", "Hans", "MEIER", "Austria", "SOC")]),
        # what the entry rules are for: a misspelt country, a mangled code
        ("Rapporteur : Mr Hans MEIER, Austira, S.O.C", [("Mr", "Hans", "MEIER", "Austira", "S.O.C")]),
    ],
)
def test_rapporteur_line_is_a_block_of_entries(line, expected):
    doc = parse(REPORT.format(line))
    assert _rapporteurs(doc) == expected
    [block] = doc.blocks
    assert block.heading.text.startswith(("Rapporteur", "Co-rapporteur")) and not block.is_list
    # the line is the block's, not a body paragraph
    assert not any("MEIER" in doc.slice(p.span) or "LIND" in doc.slice(p.span) for p in doc.paragraphs)
    assert doc.legend == [] and doc.totals == []


def test_french_rapporteur_line():
    text = "Rapport | Doc. 14100 | 12 mars 2016\n\nLa situation des journalistes\n\nRapporteur : M. Jean DUPONT, Belgique, ADLE\n\nRésumé\n\nLa commission se félicite des progrès réalisés par les autorités.\n"
    doc = parse(text)
    assert doc.language == "fr"
    assert _rapporteurs(doc) == [("M.", "Jean", "DUPONT", "Belgique", "ADLE")]


@pytest.mark.parametrize(
    "line",
    [
        "Rapporteur : Mr Hans Meier, Austria, Socialists, Democrats and Greens Group",
        "Rapporteur: Mr Hans Meier, Austria, Socialist Group",  # a group's name, not its code
        "Rapporteur: the committee appointed, in Austria, a new member.",  # prose
        "Rapporteur : Mr Hans MEIER (Austria, SOC)",  # an affiliation, S014's
        "The rapporteur : Mr Hans MEIER, Austria, SOC",  # not at the start of the line
        "Rapporteur : Mr Hans MEIER, SOC",  # no country
    ],
)
def test_not_a_rapporteur_block(line):
    assert [b for b in parse(REPORT.format(line)).blocks if b.layout == "rapporteur"] == []


def test_no_rapporteur_block_in_a_written_declaration():
    # C002 compares a declaration's signatory count with the corpus's claims
    text = "Written declaration No. 600 | Doc. 14100 | 12 March 2016\n\nRapporteur : Mr Hans MEIER, Austria, SOC\n"
    assert parse(text).blocks == []


def test_rapporteur_line_leaves_legend_and_total_to_lists():
    text = (
        "Doc. 14100 | 12 March 2016\n\nRapporteur : Mr Hans MEIER, Austria, SOC\n\n"
        "Note: The Bureau referred the motion to the committee.\n\n"
        "Signed:\n\nLIND Eva, Sweden, ALDE\nMEIER Hans, Austria, SOC\n\nTotal = 2\n\n"
        "ALDE: Alliance of Liberals and Democrats for Europe\n"
    )
    doc = parse(text)
    assert [b.layout for b in doc.blocks] == ["rapporteur", "lines"]
    assert doc.blocks[0].total is None and doc.blocks[1].total.value == 2
    # the legend starts under the signatory list, not under the rapporteur line
    assert [e.code.text for e in doc.legend] == ["ALDE"]
    assert any("Bureau referred" in doc.slice(p.span) for p in doc.paragraphs)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Le rapport du Président Luis Moreno (Portugal - CE/AD) a été adopté.",
            ("Luis Moreno", "Portugal", "CE/AD"),
        ),
        ("The report by Ms Anna Berg (Germany – EPP/CD) was adopted.", ("Ms Anna Berg", "Germany", "EPP/CD")),
        ("Senator Jean Dupont (France, SOC) spoke.", ("Jean Dupont", "France", "SOC")),
    ],
)
def test_affiliation_separators_and_titles(sentence, expected):
    doc = parse(f"Committee adopts report\n\n{sentence}\n")
    assert [(doc.slice(a.name), a.country.text, a.group.text) for a in doc.affiliations] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mandate of Ms Anna Berg (2014 - 2018) ended.",
        "Ms Anna Berg (Germany-EPP) spoke.",  # no spaced dash, no comma: one field
    ],
)
def test_not_an_affiliation(sentence):
    assert parse(f"Committee adopts report\n\n{sentence}\n").affiliations == []
