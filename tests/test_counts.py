"""Counts (C…): stated counts vs enumerations and the corpus, number formats."""

import pytest

from lint.parse import parse
from lint.runner import Linter, select_rules
from tests.conftest import SEEDS
from tests.helpers import flagged, lint

FIVE_FOR_FOUR = (
    "PACE members raised the cases of five human rights defenders – Aliya Nurlanova, Bolat Sarsenov, "
    "Dana Tulegenova and Erlan Zhakupov.\n"
)


def messages(text, code):
    return [d.message for d in lint(text, [code]) if d.code == code]


# -- C001 stated count vs enumeration -----------------------------------------------------------


def test_five_listing_four_is_reported_on_the_count():
    assert flagged(FIVE_FOR_FOUR, "C001") == ["five"]
    assert "list names 4" in messages(FIVE_FOR_FOUR, "C001")[0]


@pytest.mark.parametrize(
    "text",
    [
        "The letter was signed by 6 members: Lia Quartapelle, Mauro Del Barba and Valeria Fedeli.",
        "Four activists, Serik Orazov, Amanbike Meirkhanova and Garifulla Embergenov, were detained.",
        "Five defenders were named: Serik Orazov, Amanbike Meirkhanova, Garifulla Embergenov, Dulat Agadil.",
        "Twenty-two members signed it, namely Ann Bell, Carl Dahl and Eva Falk.",
        "We call on 3 countries: Italy, France, Bosnia and Herzegovina and Spain.",
        "Four members of the delegation – Mr Rampi, Ms Berg, Mr Maire – signed.",
        "The letter was signed by 6 members from 3 political groups, namely Lia Quartapelle (PD), "
        "Mauro Del Barba (IV), Riccardo Magi (+Europa), Alessandro Alfieri (PD), and Valeria Fedeli (PD).",
    ],
)
def test_count_mismatches(text):
    assert len(messages(text + "\n", "C001")) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # partial lists, approximate counts, incomplete lists
        "At least 5 activists were detained: Serik Orazov, Amanbike Meirkhanova and Garifulla Embergenov.",
        "Five activists were detained, including Serik Orazov, Amanbike Meirkhanova and Garifulla Embergenov.",
        "Five activists were detained: Serik Orazov, Amanbike Meirkhanova and others.",
        "Two of the activists, Serik Orazov and Amanbike Meirkhanova, were detained.",
        # right counts, joined country names, a count of something else
        "We call on 4 countries: Italy, France, Bosnia and Herzegovina and Spain.",
        "The 3 judges, appointed by President Tokayev and Prime Minister Mamin, resigned.",
        "In 2019, 65 people were detained; Serik Orazov, Amanbike Meirkhanova and Garifulla Embergenov among them.",
        "Three demands were made: to release the prisoners, to stop torture and to hold elections.",
    ],
)
def test_count_negatives(text):
    assert messages(text + "\n", "C001") == [], text


def test_seed_enumerations_are_read_and_agree():
    seed3 = parse((SEEDS / "003_607145f6fa724d79.txt").read_text(encoding="utf-8"))
    got = [(c.count, len(c.items)) for c in seed3.enumerated_counts]
    assert got == [(6, 6), (5, 5)]  # "6 members … namely", "5 human rights activists … and his son"
    seed4 = parse((SEEDS / "004_de38cf880f58a75b.txt").read_text(encoding="utf-8"))
    assert [(c.count, len(c.items)) for c in seed4.enumerated_counts] == [(5, 5)]


# A bracketed list after the count is read from its first item ("(Albania, …"), and a list
# is a bracket's whole content; other bracketed asides are not lists.
MONITORING = (
    "There are {} countries under the full monitoring procedure (Albania, Armenia, Azerbaijan, "
    "Bosnia and Herzegovina, Georgia, the Republic of Moldova, Poland, Serbia, Turkey and Ukraine), "
    "and three countries engaged in post-monitoring dialogue (Bulgaria, Montenegro and North Macedonia).\n"
)


def test_bracketed_list_counts_its_first_item():
    assert messages(MONITORING.format("ten"), "C001") == []
    diags = messages(MONITORING.format("eleven"), "C001")
    assert len(diags) == 1 and "list names 10: Albania, Armenia," in diags[0]
    three_for_two = "The committee appointed three members (Ann Bell and Carl Dahl) to the panel.\n"
    assert flagged(three_for_two, "C001") == ["three"]


@pytest.mark.parametrize(
    "text",
    [
        "The committee appointed two members (one from each group) to the panel.",
        "Three members (Ann Bell and Carl Dahl among them) signed the letter.",
        "Two members (Ann Bell and Carl Dahl, both from Denmark) signed the letter.",
        "Three activists (Ann Bell, Carl Dahl and Eva Falk) were detained in Almaty, Astana and Bishkek.",
        "Twelve members (EPP, SOC and ALDE) signed the letter.",
        # a person's country or group is not an item of its own
        "The two members (Ann Bell, Denmark, and Carl Dahl, France) visited the country.",
        "The two members: Ann Bell, SOC, and Carl Dahl, EPP/CD.",
    ],
)
def test_bracketed_asides_and_affiliations_are_not_miscounted(text):
    assert messages(text + "\n", "C001") == [], text


def test_a_list_of_countries_keeps_every_country():
    text = "Five countries: North Macedonia, Poland, Serbia, Turkey and Ukraine.\n"
    assert messages(text, "C001") == []
    assert len(messages(text.replace("Five", "Four"), "C001")) == 1


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # surnames alone after a person noun: people, not places
        ("Three journalists – Petrov, Ivanenko, Sidorenko and Kuzmin – were detained in Minsk.", 4),
        # a two-item bracket of countries, countries with 'the'
        ("Four countries (Croatia and San Marino) asked for an opinion.", 2),
        ("Five States (Portugal, the Czech Republic, and North Macedonia) abstained.", 3),
        (
            "Two member states (the Republic of Moldova, the Slovak Republic and Bosnia and Herzegovina) voted.",
            3,
        ),
        # a list of full names straight after a person noun
        (
            "Members recalled the three activists Ann Bell, Carl Dahl, Eva Falk and Ola Berg, who were jailed.",
            4,
        ),
        ("Les trois militants Anna Berg, Carl Dahl, Eva Falk et Ola Berg ont été libérés.", 4),
        # 'from' after delegations, when every item is a country
        ("The letter was signed by the five delegations from Poland, Latvia and Estonia.", 3),
    ],
)
def test_lists_in_other_shapes(text, items):
    found = messages(text + "\n", "C001")
    assert len(found) == 1 and f"the list names {items}:" in found[0], (text, found)
    # the same list with the right count is silent
    right = {2: "two", 3: "three", 4: "four"}[items]
    for word in ("Three", "Four", "Five", "Two", "three", "five", "trois"):
        text = text.replace(f"{word} ", f"{right} " if word[0].islower() else f"{right.capitalize()} ", 1)
    assert messages(text + "\n", "C001") == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a bare comma after a capitalised word may be inside the list: not judged
        "Three opponents of the annexation of Crimea Sentsov, Kolchenko and Afanasyev were arrested.",
        # one-word names with no introducer are not read as a list
        "The two journalists Petrov and Ivanenko and Kuzmin were detained.",
        # 'from' counts delegations only, and only lists of countries
        "Five members from Poland, Latvia and Estonia signed the letter.",
        "The six delegations from Ukraine, Georgia and the OSCE met.",
        "At least five delegations from Poland, Latvia and Estonia signed the letter.",
        # partial lists and approximate counts stay excluded in the new shapes
        "Five journalists – among them Petrov, Ivanenko and Kuzmin – were detained.",
        "Some five activists Ann Bell, Carl Dahl and Eva Falk were released.",
        "Four countries (Croatia and San Marino among them) asked for an opinion.",
    ],
)
def test_other_shapes_negatives(text):
    assert messages(text + "\n", "C001") == [], text


# -- C002 signatories claimed vs the declaration in the corpus -------------------------------------


def _declaration(n_signatories, wd=682, doc=14919):
    names = "\n".join(f"SURNAME{chr(65 + i)} Given, Italy, SOC" for i in range(n_signatories))
    return (
        f"Doc. {doc}\n\n26 June 2019\n\nTitle of the declaration\n\nWritten declaration No. {wd}\n\n"
        f"We, the undersigned, declare the following:\n\nText.\n\nSigned (see overleaf)\n\n"
        f"*Signed*:\n\n{names}\n\nTotal = {n_signatories}\n"
    )


def _corpus(*texts, code="C002"):
    linter = Linter(select_rules([code]))
    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    return linter.lint_corpus(docs)


ARTICLE = (
    "On this occasion, 32 members from various national delegations signed the Written Declaration no. 682.\n"
)


def test_claim_above_the_list_is_an_error():
    diags = _corpus(ARTICLE, _declaration(25))
    assert [(d.path, d.severity.value) for d in diags] == [("doc0.txt", "error")]
    assert "has 25" in diags[0].message


def test_claim_below_the_list_is_a_warning():
    diags = _corpus(ARTICLE, _declaration(35))
    assert [d.severity.value for d in diags] == ["warning"]


def test_claim_matching_an_edition_or_absent_declaration_is_silent():
    assert _corpus(ARTICLE, _declaration(32)) == []
    assert _corpus(ARTICLE, _declaration(25), _declaration(32)) == []
    assert _corpus(ARTICLE, _declaration(25, wd=689)) == []
    twenty_two = "A group of twenty-two members led by Senator Rampi signed Written Declaration no. 670.\n"
    assert _corpus(twenty_two, _declaration(22, wd=670)) == []
    assert len(_corpus(twenty_two, _declaration(21, wd=670))) == 1


# -- C003 thousands separators, C004 decimal comma ----------------------------------------------


def test_mixed_thousands_separators():
    text = "At least 4 000 protesters were detained; 10 000 were fined, and by July 5,000 remained.\n"
    assert flagged(text, "C003") == ["5,000"]


def test_thousands_separators_negatives():
    assert flagged("On June 24 200 people were detained; 4,000 were released.\n", "C003") == []
    assert flagged("In 2019, 4,000 people and 12,000 others; Doc. 15575.\n", "C003") == []


def test_decimal_comma():
    text = "Turnout was 12,5% and 3,2 million voted; items 3,5 and 7; 4,000 people.\n"
    assert flagged(text, "C004") == ["12,5", "3,2"]
    fr = "Le taux de participation était de 12,5 % selon les observateurs et les membres de la délégation.\n"
    assert flagged(fr, "C004") == []


def test_seeds_have_no_count_findings():
    linter = Linter(select_rules(["C"]))
    result = linter.lint_paths([str(SEEDS)])
    assert result.diagnostics == []


def test_french_comma_is_not_a_thousands_separator():
    fr = (
        "Les députés de la délégation ont rappelé que 4 000 personnes et les membres de la famille "
        "ont été détenues; le taux était de 4,500 selon les observateurs et les avocats.\n"
    )
    assert parse(fr).language == "fr"
    assert flagged(fr, "C003") == []


def test_a_later_comma_in_the_clause_introduces_no_list():
    text = (
        "The declaration, bearing the signatures of 35 PACE delegates from 24 countries, marks the "
        "anniversary and calls for recognition of the Armenian, Assyrian, and Pontic Greek genocides.\n"
    )
    assert lint(text, ["C001"]) == []


def test_a_list_of_countries_after_of_is_read_whole():
    assert lint("The three delegations of Ukraine, Denmark and Poland called for action.\n", ["C001"]) == []
    found = lint("The four delegations of Ukraine, Denmark and Poland called for action.\n", ["C001"])
    assert [d.message for d in found] == ["'four delegations' but the list names 3: Ukraine, Denmark, Poland"]


# -- C005 count inconsistent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged_text"),
    [
        (
            "On Wednesday the vote on two crucial resolutions takes place.\n\nThe three resolutions concern Azerbaijan.\n",
            "The three resolutions",
        ),
        (
            "The delegations of Ukraine and Poland met.\n\nThe detention of seven deputies continues. "
            "The eight deputies come from three parties.\n",
            "The eight deputies",
        ),
    ],
)
def test_c005_a_set_counted_two_ways(text, flagged_text):
    found = lint(text, ["C005"])
    assert [text[d.span.start : d.span.end] for d in found] == [flagged_text]


@pytest.mark.parametrize(
    "text",
    [
        # each count used twice: two sets
        "Two resolutions were adopted in 2019 and three resolutions in 2020. The two resolutions of 2019 "
        "and the three resolutions of 2020 differ.\n",
        # generic sets and units
        "The 46 member states and the 306 members of the Assembly; 20 members signed. The 5 years and 10 years.\n",
        # three counts: different sets
        "Two reports, three reports and the four reports were read.\n",
        # the 2019 elections is a year
        "The 2019 elections and the 2020 elections.\n",
    ],
)
def test_c005_negatives(text):
    assert lint(text, ["C005"]) == []
