"""Header layouts of the Assembly's two web sites: where the title is, and which lines are
page furniture rather than prose."""

import datetime as dt

import pytest

from lint.parse import parse

# assembly.coe.int: furniture above the header line, the title below it.
ASSEMBLY_SITE = """Print
See related documents

Written declaration No. 652 | Doc. 14493 | 25 January 2018

Kazakhstan has to fully comply with its commitments under the Covenant

Signatories: Ms Anna BERG, Belgium, SOC ; Mr Raivo AEG, Estonia, EPP/CD ; Mr Carl DAHL, Austria, EPP/CD

This written declaration commits only those who have signed it.

We, the undersigned, declare the following:
"""

FRENCH_REPORT = """Imprimer
Autres documents liés

Rapport | Doc. 13595 | 15 septembre 2014

L’évolution de la procédure de suivi de l’Assemblée (octobre 2013 – septembre 2014)

Commission pour le respect des obligations et engagements des Etats membres
"""

# pace.coe.int: the title above the header line, under the logo.
PACE_SITE_MOTION = """Logo Assembly Logo Hemicycle

Political prisoners in Azerbaijan

Motion for a resolution | Doc. 14538 | 24 April 2018

Mr Pieter OMTZIGT, Netherlands, EPP/CD ; Ms Anna BERG, Sweden, EPP/CD ; Mr Tiny KOX, Netherlands, UEL
"""


def paragraphs(doc):
    return [doc.slice(p.span) for p in doc.paragraphs]


def test_assembly_site_title_is_below_the_declaration_line():
    doc = parse(ASSEMBLY_SITE)
    h = doc.header
    assert (h.wd_number, h.doc_number, h.date) == (652, 14493, dt.date(2018, 1, 25))
    assert h.title.text == "Kazakhstan has to fully comply with its commitments under the Covenant"
    body = paragraphs(doc)
    assert "See related documents" not in body and "Print" not in body
    assert h.title.text not in body
    assert body[0] == "This written declaration commits only those who have signed it."
    assert len(doc.blocks) == 1 and len(doc.blocks[0].signatories) == 3


def test_french_report_title_and_furniture():
    doc = parse(FRENCH_REPORT)
    assert doc.header.doc_number == 13595
    assert doc.header.title.text.startswith("L’évolution de la procédure de suivi")
    assert "Imprimer" not in paragraphs(doc) and "Autres documents liés" not in paragraphs(doc)


def test_pace_site_motion_title_is_above_and_logo_is_not_prose():
    doc = parse(PACE_SITE_MOTION)
    assert doc.header.title.text == "Political prisoners in Azerbaijan"
    assert paragraphs(doc) == []


def test_header_at_the_top_of_the_file_takes_the_title_below():
    text = "Written declaration No. 700 | Doc. 15000 | 1 June 2020\n\nStop the persecution of journalists\n\nText.\n"
    assert parse(text).header.title.text == "Stop the persecution of journalists"


@pytest.mark.parametrize(
    "below",
    [
        "Signatories: Ms Anna BERG, Belgium, SOC ; Mr Raivo AEG, Estonia, EPP/CD",
        "Mr Pieter OMTZIGT, Netherlands, EPP/CD ; Ms Anna BERG, Sweden, EPP/CD",
        "We, the undersigned, declare the following:",
        "This written declaration commits only those who have signed it.",
        "the authorities must act now",
    ],
)
def test_no_title_when_the_line_below_is_not_a_heading(below):
    text = f"See related documents\n\nWritten declaration No. 700 | Doc. 15000 | 1 June 2020\n\n{below}\n"
    doc = parse(text)
    assert doc.header.title is None
    assert "See related documents" not in paragraphs(doc)


def test_furniture_words_later_in_the_body_stay_prose():
    text = (
        "Logo Assembly Logo Hemicycle\n\nA title here\n\nWritten declaration No. 700 | Doc. 15000 | 1 June 2020\n\n"
        "We call for release.\n\nPrint\n"
    )
    doc = parse(text)
    assert doc.header.title.text == "A title here"
    assert paragraphs(doc) == ["We call for release.", "Print"]


# -- the date of an article without a header line ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "field"),
    [
        (
            " date 2021-03-09 Members of the Assembly signed a declaration.\n",
            dt.date(2021, 3, 9),
            "2021-03-09",
        ),
        ("Published: 4 November 2021\n\nMembers signed.\n", dt.date(2021, 11, 4), "4 November 2021"),
        ("Posted on Nov. 4, 2021\n\nMembers signed.\n", dt.date(2021, 11, 4), "Nov. 4, 2021"),
        ("Publié le 4 novembre 2021\n\nLes membres ont signé.\n", dt.date(2021, 11, 4), "4 novembre 2021"),
        ("March 9, 2021\n\n\nMembers signed.\n", dt.date(2021, 3, 9), "March 9, 2021"),
        ("09/03/2021 Rule of law\nMembers signed.\n", dt.date(2021, 3, 9), "09/03/2021"),
        ("03/19/2021\nMembers signed.\n", dt.date(2021, 3, 19), "03/19/2021"),  # no 19th month
        (
            "Logo Assembly Logo Hemicycle\n\nA headline\n\nKyiv, 09.03.2021 – Members signed today.\n",
            dt.date(2021, 3, 9),
            "09.03.2021",
        ),
        ("<<\n\n, 9 March 2021\n\nTo: the President\n", dt.date(2021, 3, 9), "9 March 2021"),
    ],
)
def test_article_date_from_the_top_lines(text, date, field):
    doc = parse(text)
    assert doc.header.date == date
    assert doc.header.date_field.text == field
    assert doc.slice(doc.header.date_field.span) == field


def test_a_labelled_date_keeps_its_paragraph_and_a_date_line_is_not_prose():
    doc = parse(" date 2021-03-09 Members of the Assembly signed a declaration.\n")
    assert paragraphs(doc) == ["date 2021-03-09 Members of the Assembly signed a declaration."]
    doc = parse("09/03/2021 Rule of law\nMembers signed.\n")
    assert paragraphs(doc) == ["Members signed."]


@pytest.mark.parametrize(
    "text",
    [
        # the page's clock, not the article's date
        "login | registration\ntoday 09.03.2021 01:13\n(by Kyiv time)\n\nMembers signed.\n",
        # a date in a sentence is what the text is about
        "On March 9, 2021, members of the Assembly signed a declaration.\n",
        "Strasbourg, 9 March 2021, was the place where members signed.\n",
        "09/03/2021 was the day when members of the Assembly signed a declaration.\n",
        # below the top lines
        "Headline\n\nSubtitle\n\nFirst paragraph.\n\nSecond paragraph.\n\nPublished: 9 March 2021\n",
        # not a real date
        "Published: 31 April 2021\n\nMembers signed.\n",
    ],
)
def test_no_article_date_from_other_places(text):
    assert parse(text).header.date is None


def test_the_header_date_wins_over_a_dateline():
    text = "Published: 9 March 2021\n\nWritten declaration No. 700 | Doc. 15000 | 1 June 2020\n\nText.\n"
    assert parse(text).header.date == dt.date(2020, 6, 1)


def test_an_article_date_lets_the_era_rules_judge_its_list():
    from tests.helpers import flagged

    text = " date 2022-04-07 Members signed.\n\nMr Duncan BAKER, United Kingdom, EDG ; Mr Roberto RAMPI, Italy, SOC\n"
    assert flagged(text, "S003") == ["EDG"]
    assert flagged(text.replace(" date 2022-04-07 ", ""), "S003") == []
