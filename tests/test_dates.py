"""Dates and references (D…)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.parse import parse
from lint.runner import Linter, select_rules
from tests.conftest import SEEDS
from tests.helpers import flagged, lint


def messages(text, code):
    return [d.message for d in lint(text, [code]) if d.code == code]


# -- D001 impossible dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The declaration was tabled on 31 April 2021.", "31 April 2021"),
        ("They met on 29 February 2019 in Strasbourg.", "29 February 2019"),
        ("They met on February 30 in Strasbourg.", "February 30"),
        ("In 2019 members met. On February 29 they signed.", "February 29"),
        ("The file is dated 2019-02-29 in the register.", "2019-02-29"),
        ("Written declaration No. 745 | Doc. 15575 | 31 April 2021", "31 April 2021"),
    ],
)
def test_impossible_dates(text, found):
    assert flagged(text + "\n", "D001") == [found]


def test_possible_dates_are_silent():
    text = "On 29 February 2020, on 30 April 2021 and on 31 December 2019; in 2020 again on February 29.\n"
    assert flagged(text, "D001") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voting took place between 12 and 31 November 2016.", "12 and 31 November 2016"),
        ("Les élections des 4 et 31 septembre derniers ont été contestées.", "4 et 31 septembre"),
        ("The observers stayed from September 20-31, 2015.", "September 20-31, 2015"),
        ("The mission ran from November 3rd to 31st in Kyiv.", "November 3rd to 31st"),
        ("In 2015 they met twice, on February 27 and 29, in Paris.", "February 27 and 29"),
    ],
)
def test_second_day_of_a_range(text, found):
    assert flagged(text + "\n", "D001") == [found]
    assert "(" in messages(text + "\n", "D001")[0]  # names the impossible day


@pytest.mark.parametrize(
    "text",
    [
        "Voting took place between 12 and 30 November 2016.",
        "On November 12 and 31 journalists were detained.",  # a count, not a range
        "From 29 to 2 March the observers stayed.",  # the first day is in the month before
        "In 2016 they met twice, on February 27 and 29, in Paris.",
        "On 31 and 32 May nothing happened.",
    ],
)
def test_second_day_negatives(text):
    assert flagged(text + "\n", "D001") == []


def test_range_days_are_read():
    doc = parse("On December 18-19, 2019 and on 4 et 9 juin they met; on June 24 and 25 people left.\n")
    assert [(d.day, d.day2, d.month) for d in doc.dates] == [(18, 19, 12), (4, 9, 6), (24, None, 6)]


# -- D002 weekdays -------------------------------------------------------------------------


def test_weekday_contradicting_a_full_date():
    assert messages("The declaration was tabled on Monday, 24 January 2019.\n", "D002") == [
        "24 January 2019 was a Thursday, not a Monday"
    ]
    assert flagged("Le lundi 24 janvier 2019, les membres ont signé.\n", "D002") == ["lundi"]


def test_weekday_with_day_only_resolved_from_context():
    text = "The Summer session opened on June 24, 2019. A side-event was held on Wednesday 25th.\n"
    assert flagged(text, "D002") == ["Wednesday"]
    good = text.replace("Wednesday", "Tuesday")
    assert flagged(good, "D002") == []


def test_weekday_resolved_from_the_header_date():
    text = (
        "Written declaration No. 745 | Doc. 15575 | 27 June 2022\n\nOn Wednesday 28th the members signed.\n"
    )
    assert flagged(text, "D002") == ["Wednesday"]
    assert flagged(text.replace("Wednesday", "Tuesday"), "D002") == []


def test_seed_004_tuesday_25th_is_june_2019():
    seed = parse((SEEDS / "004_de38cf880f58a75b.txt").read_text(encoding="utf-8"))
    tuesday = [d for d in seed.dates if d.form == "weekday-day"]
    assert [(d.day, d.month, 2019 in d.years) for d in tuesday] == [(25, 6, True)]
    assert flagged(seed.text, "D002") == []


def test_weekday_without_any_year_is_not_judged():
    assert flagged("A side-event was held on Wednesday 25th of June.\n", "D002") == []


# -- D003 part-session names -----------------------------------------------------------------


def test_session_name_against_its_dates():
    text = "The Spring session of the Parliamentary Assembly took place between June 24 and June 28.\n"
    assert flagged(text, "D003") == ["Spring session"]
    assert flagged("At the June 2019 Spring session the members signed.\n", "D003") == ["Spring session"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a comma between the name and its dates
        ("During the 2017 Autumn Session, held between April 24th and 28th, PACE debated.", "Autumn Session"),
        ("The Winter part-session, from 23 to 27 June 2014, was busy.", "Winter part-session"),
        # ordinal part-sessions, English and French
        ("B. First part-session of 2016 (18-22 April 2016)", "First part-session"),
        ("At its fourth part-session (22-26 June 2015) the Assembly elected a judge.", "fourth part-session"),
        (
            "Lors de la deuxième partie de session de 2016 (20-24 juin 2016), la délégation a voté.",
            "deuxième partie de session",
        ),
        # a date before the name
        (
            "On 14 and 15 April 2016, during the Summer part-session, the committee met.",
            "Summer part-session",
        ),
        ("On June 22, 2016, at the PACE Winter session, members signed.", "Winter session"),
        # French linking words
        (
            "La session de printemps qui s'est tenue à Strasbourg du 10 au 14 octobre 2016 a été longue.",
            "session de printemps",
        ),
    ],
)
def test_session_name_tied_in_other_ways(text, found):
    assert flagged(text + "\n", "D003") == [found]


def test_origin_line_against_the_header_date():
    def origin(label, date, ordinal):
        return (
            f"Title of the text\n\n{label} | Doc. 14000 | {date}\n\nOrigin - 2016 - {ordinal} part-session\n"
        )

    after = origin("Report", "10 November 2016", "Third")
    assert messages(after, "D003") == [
        "the third part-session of 2016 is held in June, but the document is dated 10 November 2016, after it"
    ]
    assert flagged(origin("Amendment No. 3", "20 June 2016", "Fourth"), "D003") == ["Fourth part-session"]
    # a report or motion is dated before its debate; an amendment in the days before it
    assert flagged(origin("Report", "20 June 2016", "Fourth"), "D003") == []
    assert flagged(origin("Motion for a resolution", "2 March 2016", "Second"), "D003") == []
    assert flagged(origin("Amendment No. 3", "28 September 2016", "Fourth"), "D003") == []
    assert flagged(origin("Amendment No. 3", "30 August 2016", "Fourth"), "D003") == []
    # another year: the debate after the report's date
    assert flagged(origin("Report", "10 November 2015", "First"), "D003") == []
    # 2020: April and June cancelled, numbering open
    assert flagged(origin("Report", "10 November 2016", "Third").replace("2016", "2020"), "D003") == []


def test_origin_line_is_not_a_title():
    doc = parse("Amendment No. 3 | Doc. 14000 | 20 June 2016\n\nOrigin - 2016 - Third part-session\n")
    assert doc.header.title is None
    assert [doc.slice(s.span) for s in doc.sentences] == ["Origin - 2016 - Third part-session"]


@pytest.mark.parametrize(
    "text",
    [
        "The Summer session of the Parliamentary Assembly took place between June 24 and June 28.",
        "During the Winter session, members recalled the arrests of 6 December 2018.",
        "A. Third part-session of 2018 (25-29 June 2018)",
        "During the 2019 Winter Session, held between January 21st and 25th, PACE debated.",
        "Before the Winter session, on 6 December 2018, the delegation met the rapporteur.",
        "Ahead of the 2019 PACE Winter session, on 6 December 2018, the Bureau met.",
        "Until 6 December 2018, during the Winter session preparations, nothing was done.",
        "On 6 December 2018, the Bureau decided to hold a debate during the Winter session.",
        "La session d'automne qui s'est tenue à Strasbourg du 9 au 13 octobre 2017 a été longue.",
        "La troisième partie de session (25-29 juin 2018) a été consacrée aux migrations.",
        "The second part-session of 2020 (22-26 June 2020) was cancelled.",  # 2020 is open
        "The second part-session of 1985 (23-27 September 1985) elected a judge.",  # before 2000
        "At the fourth part-session (30 September - 4 October 2019) the Assembly voted.",
        "The Autumn part-session (30 September - 4 October 2019) saw many debates.",
        "During the 2019 Winter Session of PACE, on January 24, members signed.",
        "The Winter session recalled the arrests of 6 December 2018.",
    ],
)
def test_session_negatives(text):
    assert flagged(text + "\n", "D003") == []


# -- D004 header format ---------------------------------------------------------------------


def test_malformed_header_lines():
    text = "Written declaration No 745 | Doc.15575 | 27 June 2022\n\nMr Roberto RAMPI, Italy, SOC\n"
    assert flagged(text, "D004") == ["Written declaration No 745", "Doc.15575"]
    assert flagged(text.replace("No 745", "No. 745").replace("Doc.15575", "Doc. 15575"), "D004") == []


def test_older_editions_capitalise_declaration():
    text = (
        "Doc. 9068\n26 April 2001\n\nAbduction of Mr X\n\nWritten Declaration No. 322\n\nThe undersigned.\n"
    )
    assert flagged(text, "D004") == []
    assert parse(text).header.wd_number == 322


def test_malformed_header_expects_the_form_of_its_language():
    fr = "Déclaration écrite no 745 | Doc. 15575 | 27 juin 2022\n\nM. Roberto RAMPI, Italie, SOC\n"
    assert messages(fr, "D004") == [
        "malformed declaration line 'Déclaration écrite no 745' (expected 'Déclaration écrite No. N' or 'n° N')"
    ]
    assert flagged(fr.replace("no 745", "n° 745"), "D004") == []
    assert flagged(fr.replace("no 745", "No. 745"), "D004") == []  # the French web pages' form
    en = "Written declaration 745 | Doc. 15575 | 27 June 2022\n\nMr Roberto RAMPI, Italy, SOC\n"
    assert messages(en, "D004") == [
        "malformed declaration line 'Written declaration 745' (expected 'Written declaration No. N')"
    ]


@pytest.mark.parametrize("doc_part", ["DOC. 15575", "doc. 15575", "Doc. 15 575", "Doc. 15\u00a0575"])
def test_document_number_case_and_digit_grouping(doc_part):
    text = f"Written declaration No. 745 | {doc_part} | 27 June 2022\n\nMr Roberto RAMPI, Italy, SOC\n"
    assert flagged(text, "D004") == [doc_part]
    assert parse(text).header.doc_number == 15575  # still read, for D005


def test_document_word_is_not_a_document_number():
    text = "Written declaration No. 745 | Doc. 15575 | 27 June 2022\n\nDocumentation 15575\n\nDoc. 15575 / 2022\n"
    assert flagged(text, "D004") == []


# -- D005 numbering across the corpus -----------------------------------------------------------


def _header(wd, doc, date="27 June 2019"):
    return f"Written declaration No. {wd} | Doc. {doc} | {date}\n\nMr Roberto RAMPI, Italy, SOC\n"


def _corpus(*texts):
    docs = [parse(t, f"wd{i}.txt") for i, t in enumerate(texts)]
    return Linter(select_rules(["D005"])).lint_corpus(docs)


def test_numbers_rising_together_are_silent_even_when_dates_fall():
    texts = [_header(670, 14800, "28 January 2019"), _header(682, 14919, "1 May 2019"),
             _header(689, 14950, "10 April 2019")]  # fmt: skip
    assert _corpus(*texts) == []


def test_doc_number_out_of_sequence():
    texts = [_header(670, 14800), _header(682, 14990), _header(689, 14950), _header(695, 14983)]
    diags = _corpus(*texts)
    assert [d.path for d in diags] == ["wd1.txt"]
    assert "No. 682 has Doc. 14990" in diags[0].message


def _reported(linted, reference):
    docs = [parse(t, f"linted{i}.txt") for i, t in enumerate(linted)]
    refs = [parse(t, f"ref{i}.txt") for i, t in enumerate(reference)]
    return Linter(select_rules(["D005"])).lint_corpus(docs, refs)


def test_a_tie_with_a_reference_document_is_the_linted_documents_slip():
    # WD 651 typed for 615: its Doc. 14410 falls below WD 649's Doc. 14450 and nothing else
    # decides which of the two is wrong. The reference document is the record.
    reference = [_header(610, 14390), _header(649, 14450), _header(660, 14520)]
    diags = _reported([_header(651, 14410)], reference)
    assert [d.path for d in diags] == ["linted0.txt"]
    assert "No. 651 has Doc. 14410, but the lower-numbered No. 649 has Doc. 14450" in diags[0].message
    # the same slip on the other side of the pair: still the linted document
    diags = _reported([_header(649, 14450)], [_header(610, 14390), _header(651, 14410), _header(660, 14520)])
    assert [d.path for d in diags] == ["linted0.txt"]
    # consistent with the reference: silent
    assert _reported([_header(651, 14480)], reference) == []


def test_one_doc_number_per_declaration_against_the_reference():
    diags = _reported([_header(682, 14920)], [_header(682, 14919)])
    assert [d.path for d in diags] == ["linted0.txt"]
    assert "Doc. 14919 in ref0.txt" in diags[0].message


def test_increasing_subsequence_prefers_the_marked_indexes():
    from lint.rules.dates import _increasing_subsequence

    values = [10, 30, 20, 40]
    assert _increasing_subsequence(values, [False, True, False, False]) == {0, 1, 3}
    assert _increasing_subsequence(values, [False, False, True, False]) == {0, 2, 3}
    assert _increasing_subsequence([5, 1, 2, 3, 0, 4]) == {1, 2, 3, 5}
    assert _increasing_subsequence([]) == set()
    # a tie without reference documents: the number that is too high is the slip
    assert _increasing_subsequence([14500, 14510, 14520, 14620, 14570]) == {0, 1, 2, 4}
    assert _increasing_subsequence([10, 30, 20, 40]) == {0, 2, 3}


def test_one_declaration_two_doc_numbers():
    diags = _corpus(_header(682, 14919), _header(682, 14920))
    assert [d.path for d in diags] == ["wd1.txt"]


def test_seeds_have_no_date_findings():
    result = Linter(select_rules(["D"])).lint_paths([str(SEEDS)])
    assert result.diagnostics == []


# -- robustness: every T/C/D rule on arbitrary prose --------------------------------------------


_ALPHABET = st.sampled_from(
    [*"aeinorst AEMT0123456789.,;:!?()-–\"“”‘’«»@#/\n\u00a0\u200b\u202f",
     "Monday ", "June ", "29 February ", "2019", "the ", "torelease ", "Winter session ", "five ",
       "members: ", " and ", "Written Declaration no. 682 ", "signed ", "4 000", "12,5%", "Ann Bell"]
)  # fmt: skip


@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_prose_rules_never_raise_and_spans_lie_inside(text):
    linter = Linter(select_rules(["T", "C", "D"]))
    doc = parse(text, "x.txt")
    for diag in linter.lint_text(text, "x.txt") + linter.lint_corpus([doc, parse(text, "y.txt")]):
        assert 0 <= diag.span.start <= diag.span.end <= len(text)
        if diag.fix is not None and diag.fix.span is not None:
            assert 0 <= diag.fix.span.start <= diag.fix.span.end <= len(text)


# -- D006 acts dated after the document ---------------------------------------------------------
_REPORT = "Report | Doc. 15892 | 05 January 2024\n\nA democratic future for Belarus\n\n"


def test_act_dated_after_the_document():
    text = _REPORT + "Draft resolution adopted unanimously by the committee on 12 December 2024.\n"
    assert flagged(text, "D006") == ["12 December 2024"]
    fr = "Rapport | Doc. 15892 | 05 janvier 2024\n\nLa déclaration a été signée le 3 mars 2024 par 25 membres.\n"
    assert flagged(fr, "D006") == ["3 mars 2024"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Draft resolution adopted unanimously by the committee on 12 December 2023.",  # before
        "Draft resolution adopted by the committee on 6 January 2024.",  # the next day: time zones
        "The resolution will be debated and adopted on 24 January 2024.",  # future
        "The text is expected to be signed on 3 March 2024.",
        "The Assembly will hold its session on 22 January 2024.",  # no act done
        "The report was adopted on 12 December.",  # no year written
    ],
)
def test_act_dated_after_the_document_negatives(sentence):
    assert flagged(_REPORT + sentence + "\n", "D006") == [], sentence


def test_no_document_date_no_d006():
    assert flagged("Draft resolution adopted by the committee on 12 December 2024.\n", "D006") == []


def test_session_under_way_today_against_the_text_date():
    news = "PACE news | 6 September 2013\n\nAt its meeting today, during the summer part-session, the committee adopted a report.\n"
    assert flagged(news, "D003") == ["summer part-session"]
    assert flagged(news.replace("summer", "autumn"), "D003") == []  # September: the autumn one
    # a future session, or no "today": nothing tied to the text's date
    future = news.replace("adopted a report", "will debate the report")
    assert flagged(future, "D003") == []
    assert flagged(news.replace("today, ", ""), "D003") == []


def test_misspelt_header_labels_are_malformed_headers():
    text = (
        "Written decllaration No. 695 | Doc. 14983 | 04 October 2019\n\n"
        "Motion for a resoltion | Doc. 11744 | 10 October 2008\n\n"
        "News | Opinion | Sport\n\n"
        "The Assembly calls on the authorities.\n"
    )
    found = [d.message for d in lint(text, ["D004"])]
    assert found == [
        "malformed declaration line 'Written decllaration No. 695' (expected 'Written declaration No. N')",
        "malformed document type 'Motion for a resoltion' (expected 'Motion for a resolution')",
    ]
    assert parse(text).header.wd_number == 695


def test_an_undated_text_may_speak_of_the_year_after_the_last_it_names():
    text = (
        "On Wednesday 23 January, the vote on two resolutions will be an opportunity for the Assembly.\n\n"
        "Since 2001 the country has been a member; the 2009 referendum and the 2012 elections were criticised.\n"
    )
    assert lint(text, ["D002"]) == []  # 23 January 2013 was a Wednesday
    wrong = text.replace("Wednesday", "Thursday")
    assert [d.code for d in lint(wrong, ["D002"])] == ["D002"]


def test_an_undated_text_that_dates_things_speaks_of_the_last_year_it_dates_or_the_next():
    # 2001 and 2009 in passing do not make 23 January a Friday (as in 2009)
    text = (
        "On Friday 23 January, the vote on two resolutions will be an opportunity for the Assembly.\n\n"
        "The report follows visits in April and November 2012; the country joined in 2001 and voted in 2009.\n"
    )
    [found] = lint(text, ["D002"])
    assert "23 January 2012 (Monday), 23 January 2013 (Wednesday)" in found.message
    assert lint(text.replace("Friday", "Wednesday"), ["D002"]) == []


def test_relative_day_against_every_date_of_the_text():
    letter = "Strasbourg, 17 April 2015\n\nThe release was published yesterday 15 April.\n"
    assert [d.code for d in lint(letter, ["D007"])] == ["D007"]
    assert lint(letter.replace("15 April", "16 April"), ["D007"]) == []
    # an article of 18 April quoting a letter of 17 April: either date may be "today"
    quoted = (
        "Strasbourg, 18 April 2015\n\nThe letter of 17 April 2015 reads: "
        '"Yesterday, 16 April, the release appeared; today, 17 April, we answer."\n'
    )
    assert lint(quoted, ["D007"]) == []
    # French, and a text with no date at all
    french = "Strasbourg, le 17 avril 2015\n\nLe communiqué publié hier 12 avril sur le site de l'Assemblée parlementaire.\n"
    assert [d.code for d in lint(french, ["D007"])] == ["D007"]
    assert lint("The release was published yesterday 15 April.\n", ["D007"]) == []


def test_dotted_numeric_dates_are_checked():
    text = "Strasbourg, 30.02.2014\n\nThe Assembly met on 12.05.2014 and on 31.04.2015; see version 1.2.2014.1.\n"
    assert flagged(text, "D001") == ["30.02.2014", "31.04.2015"]
