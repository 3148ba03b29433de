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
