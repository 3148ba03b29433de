"""Punctuation and spacing recall: a full stop glued between two sentences (T006), a soft
hyphen inside a word (T007) and long run-together words (T001). Every positive has negatives
beside it: the bar is no new finding on clean text."""

import pytest

from lint.rules.typos.runtogether import split
from lint.words import zipf
from tests.helpers import flagged, lint


def fixes(text, code):
    return [
        (d.fix.replacement, d.fix.applicability) if d.fix else None
        for d in lint(text, [code])
        if d.code == code
    ]


# -- T006 a full stop glued to the next sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("The committee adopted the text.However, two members objected.", "text.However"),
        ("The vote was postponed.It will take place in June.", "postponed.It"),
        ("They met Ms Anna Berg.The meeting was short.", "Berg.The"),
        ("Many were held (see the annex).Their lawyers were absent.", "annex).Their"),
        ("He called it “a farce”.Nobody answered.", "farce”.Nobody"),
        ("Le texte a été adopté par les députés de la commission.Il sera publié.", "commission.Il"),
        ("It was over.It’s a sad end.", "over.It’s"),
    ],
)
def test_full_stop_glued_to_the_next_sentence(text, glued):
    assert flagged(text + "\n", "T006") == ["."]
    assert fixes(text + "\n", "T006") == [(". ", "safe")]
    assert glued in text


@pytest.mark.parametrize(
    "text",
    [
        "See e.g.The annex, i.e.This one, the U.S.Congress and J.R.R.Tolkien.",  # abbreviations, initials
        "See Doc.15575, No.5, Res.2345 and a rise of 2.5 percent.",  # numbers
        "The files report.PDF and minutes.Docx/2 were attached.",  # file names, paths
        "Visit pace.coe.int, Booking.Com or www.Example.Org/News and write to info@Coe.Int today.",
        "Read https://pace.coe.int/en/News.Item and mr.Smith@coe.int now.",
        "The classes gdb.Value and gdb.Breakpoint and “decimal.Decimal” and pdb.Pdb exist.",
        "The asyncio.Lock and ElementTree.Element and tkinter.Tk objects exist.",
        "See the hidden file .Xdefaults in the folder.",
        "The text was adopted. It will be published. Then... Nothing happened.",
    ],
)
def test_full_stop_negatives(text):
    assert flagged(text + "\n", "T006") == [], text


# -- T001 long run-together words ------------------------------------------------------------


def test_such_as_and_two_long_words_run_together():
    text = "Measures suchas travel bans hit the humanitarian organisations; independentjournalists left.\n"
    assert flagged(text, "T001") == ["suchas", "independentjournalists"]
    assert split("independentjournalists", zipf) == ("independent", "journalists")


@pytest.mark.parametrize("word", ["leatherworking", "accountabilities", "businesspersons", "quartermasters"])
def test_long_closed_compounds_are_not_split(word):
    assert split(word, zipf) is None


# -- T007 soft hyphen --------------------------------------------------------------------------


def test_soft_hyphen_is_an_invisible_character():
    text = "The motions were tab\u00adled by members of the Assem\u00adbly.\n"
    assert [d.message for d in lint(text, ["T007"])] == ["invisible character (soft hyphen) in the text"] * 2
    assert fixes(text, "T007") == [("", "safe")] * 2
