"""Signatory rules S001-S013: positive and negative inline fixtures."""

import pytest

from lint.parse import parse
from tests.helpers import codes, flagged, lint

WD_2022 = "Written declaration No. 745 | Doc. 15575 | 27 June 2022\n\n"
WD_2019 = "Written declaration No. 695 | Doc. 14983 | 04 October 2019\n\n"


def inline(*entries, header=""):
    return header + " ; ".join(entries) + "\n"


RAMPI = "Mr Roberto RAMPI, Italy, SOC"
MAIRE = "Mr Jacques MAIRE, France, ALDE"


# -- S001 total mismatch ----------------------------------------------------------
def lines_list(n, total, legend=""):
    rows = [f"SURNAME{chr(65 + i)}X Given, France, SOC" for i in range(n)]
    return "*Signed*¹:\n\n" + "\n".join(rows) + f"\n\nTotal = {total}\n" + legend


def test_s001_mismatch_names_both_numbers():
    [d] = lint(lines_list(24, 25), ["S001"])
    assert d.message == "declared Total = 25 but the list has 24 signatories"
    assert d.fix.replacement == "24" and d.fix.applicability == "unsafe"


@pytest.mark.parametrize("n", [1, 5, 25])
def test_s001_matching_total_is_clean(n):
    assert codes(lines_list(n, n), ["S001"]) == []


# -- S002 malformed group code --------------------------------------------------------
@pytest.mark.parametrize(
    "raw, fixed",
    [
        ("EPP-CD", "EPP/CD"),
        ("CD/EPP", "EPP/CD"),
        ("S.O.C", "SOC"),
        ("soc", "SOC"),
        ("UEL,", "UEL"),
        ("EC /DA", "EC/DA"),
        ("A1DE", "ALDE"),
        ("EPPCD", "EPP/CD"),
        ("ALDE.", "ALDE"),
    ],
)
def test_s002_mangled_codes_get_the_valid_code(raw, fixed):
    text = inline(f"Ms Nerea AHEDO, Spain, {raw}", RAMPI)
    [d] = lint(text, ["S002"])
    assert d.fix.replacement == fixed
    assert text[d.span.start : d.span.end] == raw


def test_s002_unknown_code_with_nearest():
    [d] = lint(inline(RAMPI, "Ms Nerea AHEDO, Spain, ALDF"), ["S002"])
    assert "ALDE" in d.message


@pytest.mark.parametrize(
    "code", ["EPP/CD", "SOC", "ALDE", "UEL", "EC/DA", "NR", "EC", "EDG", "FDG", "ECPA", "LDR"]
)
def test_s002_valid_codes_are_clean(code):
    assert codes(inline(RAMPI, f"Ms Nerea AHEDO, Spain, {code}"), ["S002"]) == []


def test_s002_french_codes_valid_in_french_text():
    text = (
        "Déclaration écrite n° 745 | Doc. 15575 | 27 juin 2022\n\n"
        "M. Roberto RAMPI, Italie, SOC ; Mme Nerea AHEDO, Espagne, ADLE ; M. Paul GALLES, Luxembourg, PPE/DC\n\n"
        "Nous, soussignés, déclarons que la situation des droits est grave et que les prisonniers sont détenus.\n"
    )
    assert codes(text, ["S"]) == ["S011"]  # three signatories only: below Rule 56


def test_s002_french_code_of_the_free_democrats_is_gdl():
    text = (
        "Déclaration écrite n° 685 | Doc. 14893 | 27 juin 2019\n\n"
        "Mme Ulviyye AGHAYEVA, Azerbaïdjan, GDL ; M. Paul GALLES, Luxembourg, PPE/DC\n\n"
        "Nous, soussignés, déclarons que la situation des droits est grave et que les prisonniers sont détenus.\n"
    )
    assert codes(text, ["S002", "S003"]) == []


def test_s002_nearest_code_is_one_in_use_on_the_date():
    # GDE (the French EDG) ended in 2014: a list of 2019 is not offered it
    text = WD_2019 + inline(RAMPI, "Ms Nerea AHEDO, Spain, XYZQ", "Mr Paul GALLES, Luxembourg, GDX")
    found = {d.message for d in lint(text, ["S002"])}
    assert not any("'EDG'" in m for m in found), found
    undated = inline(RAMPI, "Mr Paul GALLES, Luxembourg, EDH")
    assert "nearest valid code is 'EDG'" in lint(undated, ["S002"])[0].message
    dated = WD_2019 + undated
    assert "'EDG'" not in lint(dated, ["S002"])[0].message


def test_s002_checks_legend_codes():
    text = "Signed:\n\nGATTOLIN André, France, ALDE\n\nALDE: Alliance of Liberals and Democrats for Europe\nEPP-CD: Group of the European People's Party\n"
    assert flagged(text, "S002") == ["EPP-CD"]


# -- S003 era ---------------------------------------------------------------------------
def test_s003_edg_in_2022():
    [d] = lint(inline(RAMPI, "Mr Duncan BAKER, United Kingdom, EDG", header=WD_2022), ["S003"])
    assert d.fix.replacement == "EC/DA" and "27 June 2022" in d.message


def test_s003_ec_da_before_the_rename():
    text = inline(RAMPI, "Mr Duncan BAKER, United Kingdom, EC/DA", header="Doc. 14000 | 12 April 2018\n\n")
    [d] = lint(text, ["S003"])
    assert d.fix.replacement == "EC"


def test_s003_unconfirmed_boundaries_are_lenient():
    # EC/DA from an unconfirmed date between Oct 2019 and Jan 2021: both accepted then.
    for code in ("EC", "EC/DA"):
        text = inline(
            RAMPI, f"Mr Duncan BAKER, United Kingdom, {code}", header="Doc. 15000 | 3 March 2020\n\n"
        )
        assert codes(text, ["S003"]) == []


def test_s003_needs_a_date():
    assert codes(inline(RAMPI, "Mr Duncan BAKER, United Kingdom, EDG"), ["S003"]) == []


def test_s003_fdg_era():
    fdg = "Mr Frank FREE, Ukraine, FDG"
    assert codes(inline(RAMPI, fdg, header=WD_2019), ["S003"]) == []
    assert codes(inline(RAMPI, fdg, header=WD_2022), ["S003"]) == ["S003"]


# -- S004 European Parliament codes ---------------------------------------------------------
@pytest.mark.parametrize(
    "ep, pace",
    [
        ("S&D", "SOC"),
        ("EPP", "EPP/CD"),
        ("Renew", "ALDE"),
        ("GUE/NGL", "UEL"),
        ("NI", "NR"),
        ("ECR", "EC/DA"),
    ],
)
def test_s004_ep_codes_name_the_pace_group(ep, pace):
    [d] = lint(inline(RAMPI, f"Ms Nerea AHEDO, Spain, {ep}", header=WD_2022), ["S004"])
    assert d.fix.replacement == pace and "European Parliament" in d.message


def test_s004_ecr_follows_the_era():
    [d] = lint(
        inline(RAMPI, "Mr Duncan BAKER, United Kingdom, ECR", header="Doc. 13000 | 2 October 2012\n\n"),
        ["S004"],
    )
    assert d.fix.replacement == "EDG"


def test_s004_greens_has_no_single_counterpart():
    [d] = lint(inline(RAMPI, "Ms Nerea AHEDO, Spain, Greens/EFA"), ["S004"])
    assert d.fix is None


def test_s004_not_double_reported_as_malformed():
    assert codes(inline(RAMPI, "Ms Nerea AHEDO, Spain, S&D"), ["S002", "S004"]) == ["S004"]


# -- S005 missing group code -------------------------------------------------------------------
def test_s005_missing_code():
    text = inline("Mr John SMITH, United Kingdom", RAMPI)
    assert flagged(text, "S005") == ["Mr John SMITH, United Kingdom"]
    assert codes(text, ["S012"]) == []


def test_s005_complete_entries_clean():
    assert codes(inline(RAMPI, MAIRE), ["S005"]) == []


def test_s005_two_missing_codes_are_two_errors():
    text = inline(RAMPI, "Mr John SMITH, United Kingdom", MAIRE, "Ms Anna NOWAK, Poland")
    diags = lint(text, ["S005"])
    assert [text[d.span.start : d.span.end] for d in diags] == [
        "Mr John SMITH, United Kingdom",
        "Ms Anna NOWAK, Poland",
    ]
    assert {d.severity.value for d in diags} == {"error"}


def test_s005_systematic_rendering_is_one_warning_per_block():
    # A 2008 pace.coe.int list: many members printed without their group's code.
    uncoded = [f"Mr Given NAME{c}, United Kingdom" for c in "ABCDEFG"]
    coded = [f"Mr Given CODED{c}, Greece, EDG" for c in "ABCDEFGHIJKLMN"]
    text = inline(*coded[:5], *uncoded, *coded[5:])
    [d] = lint(text, ["S005"])
    assert d.severity.value == "warning"
    assert d.message.startswith("7 of the list's 21 entries have no group code (first: 'Mr Given NAMEA")
    assert text[d.span.start : d.span.end] == "Mr Given NAMEA, United Kingdom"
    # Each block is judged on its own: a second list with one missing code is an error.
    second = inline(RAMPI, "Mr John SMITH, United Kingdom", MAIRE)
    diags = lint(text + "\nSome prose between the two lists of this page.\n\n" + second, ["S005"])
    assert [d.severity.value for d in diags] == ["warning", "error"]


def test_s005_list_without_any_code_sets_no_expectation():
    text = inline("Mr John SMITH, United Kingdom", "Mr Roberto RAMPI, Italy", "Mr Jacques MAIRE, France")
    assert codes(text, ["S005"]) == []


@pytest.mark.parametrize("country", ["Morocco", "Canada", "Jordan", "Palestine"])
def test_s005_observer_and_partner_delegations_have_no_group(country):
    text = inline("Mr Pieter OMTZIGT, Netherlands, EPP/CD", f"Ms Aicha LABLAK, {country}", RAMPI)
    assert codes(text, ["S005"]) == []


def test_s005_leaves_unknown_countries_to_s006():
    # A country cut off inside the list: one finding (S006 with its suggestion), not two.
    text = inline(RAMPI, "Mr Jerome LAMBERT, Franc", MAIRE)
    assert codes(text, ["S005", "S006"]) == ["S006"]


# -- S006 / S007 / S013 countries ----------------------------------------------------------------
@pytest.mark.parametrize(
    "bad, good",
    [
        ("Slovak Repubic", "Slovak Republic"),
        ("Untied Kingdom", "United Kingdom"),
        ("Itlay", "Italy"),
        ("Republic of Moldava", "Republic of Moldova"),
    ],
)
def test_s006_near_miss(bad, good):
    [d] = lint(inline(RAMPI, f"Ms Jana NOVAKOVA, {bad}, EPP/CD"), ["S006"])
    assert d.fix.replacement == good


@pytest.mark.parametrize(
    "country",
    ["Republic of Moldova", "Moldova", "Slovak Republic", "Slovakia", "Czechia", "Czech Republic", "Türkiye", "Turkey",
     "North Macedonia", "the former Yugoslav Republic of Macedonia", "''The former Yugoslav Republic of Macedonia''",
     "Bosnia and Herzegovina", "San Marino"],
)  # fmt: skip
def test_s006_accepted_spellings(country):
    assert codes(inline(RAMPI, f"Ms Jana NOVAKOVA, {country}, EPP/CD"), ["S006"]) == []


@pytest.mark.parametrize(
    "cut, good",
    [
        ("Unit", "United Kingdom"),
        ("UNIT", "United Kingdom"),
        ("Itly", "Italy"),
        ("Slovak Rep", "Slovak Republic"),
    ],
)
def test_s006_cut_off_country_is_a_country_not_a_code(cut, good):
    text = inline(RAMPI, f"Mr John HOWELL, {cut}", MAIRE)
    [d] = lint(text, ["S"])
    assert (d.code, d.fix.replacement) == ("S006", good)
    assert text[d.span.start : d.span.end] == cut


def test_s006_ambiguous_cut_off_country_names_the_candidates():
    [d] = lint(inline(RAMPI, "Mr John HOWELL, Mon", MAIRE), ["S"])
    assert d.code == "S006" and "(Monaco, Montenegro)" in d.message and d.fix is None


@pytest.mark.parametrize("code", ["Soc", "A1DE", "Alde", "UEl", "S&D", "EPP"])
def test_mangled_code_without_country_is_still_a_code(code):
    assert sorted(set(codes(inline(RAMPI, f"Mr John HOWELL, {code}"), ["S"]))) in (
        ["S002", "S012"],
        ["S004", "S012"],
    )


def test_s006_unknown_without_suggestion():
    [d] = lint(inline(RAMPI, "Ms Jana NOVAKOVA, Narnia, EPP/CD"), ["S006"])
    assert d.fix is None


def test_s006_french_names_in_french_text():
    text = "Signataires : M. Roberto RAMPI, Italie, SOC ; Mme Jana NOVAKOVA, République slovaque, PPE/DC ; M. Jan VAN, Pays-Bas, ADLE\n\nLes droits et la liberté sont les valeurs que nous défendons dans la déclaration.\n"
    assert codes(text, ["S006"]) == []


# -- S006: a country named in the other language ------------------------------------------------
FR_DOC = "Déclaration écrite n° 600 | Doc. 14100 | 12 mars 2016\n\n"


@pytest.mark.parametrize(
    "french, english",
    [
        ("Italie", "Italy"),
        ("Royaume-Uni", "United Kingdom"),
        ("Pays-Bas", "Netherlands"),
        ("République tchèque", "Czech Republic"),
        ("Géorgie", "Georgia"),
        ("Fédération de Russie", "Russian Federation"),
    ],
)
def test_s006_french_name_in_an_english_list(french, english):
    text = inline(RAMPI, f"Ms Anna KOVAC, {french}, EPP/CD", MAIRE)
    [d] = lint(text, ["S"])
    assert d.code == "S006" and text[d.span.start : d.span.end] == french
    assert d.message == f"'{french}' is the French name of {english}; an English list prints '{english}'"
    assert d.fix.replacement == english and d.fix.applicability == "unsafe"


def test_s006_french_name_in_a_lines_list():
    text = "*Signed*¹:\n\nKOVAC Anna, Slovenia, EPP/CD\nLIND Eva, Suède, ALDE\nMEIER Hans, Austria, SOC\n\nTotal = 3\n"
    assert flagged(text, "S006") == ["Suède"]


def test_s006_english_name_in_a_french_list():
    text = (
        FR_DOC
        + "Signataires : M. Roberto RAMPI, Italie, SOC ; Mme Anna KOVAC, Slovenia, PPE/DC ; M. Jacques MAIRE, France, ADLE\n"
    )
    [d] = lint(text, ["S006"])
    assert text[d.span.start : d.span.end] == "Slovenia"
    assert d.message == "'Slovenia' is the English name of Slovenia; a French list prints 'Slovénie'"


@pytest.mark.parametrize("country", ["France", "Ukraine", "Portugal", "Luxembourg", "Monaco", "Moldova"])
def test_s006_names_spelled_alike_in_both_languages(country):
    assert codes(inline(RAMPI, f"Ms Anna KOVAC, {country}, EPP/CD"), ["S006"]) == []
    french = FR_DOC + f"Signataires : M. Roberto RAMPI, Italie, SOC ; Mme Anna KOVAC, {country}, PPE/DC\n"
    assert codes(french, ["S006"]) == []


def test_s006_a_list_in_the_other_language_is_judged_in_it():
    # A French list quoted whole in an English article is consistent; its one English
    # name is the odd one.
    entries = [
        "M. Luc PETIT, Belgique, SOC",
        "Mme Anna KOVAC, Slovénie, PPE/DC",
        "M. Jan VOS, Pays-Bas, ADLE",
    ]
    article = "The letter was signed by the following members of the Assembly.\n\n"
    assert codes(article + inline(*entries), ["S006"]) == []
    text = article + inline(*entries, "M. Hans MEIER, Austria, SOC")
    [d] = lint(text, ["S006"])
    assert text[d.span.start : d.span.end] == "Austria" and "a French list prints 'Autriche'" in d.message
    # one French entry (honorific, country, code) does not make an English list French
    assert flagged(article + inline(entries[0], RAMPI, MAIRE), "S006") == ["Belgique"]
    # a short French list with no French prose around it (read as English) is French
    short = inline("M. Luc PETIT, Belgique, ADLE", "Mme Anna KOVAC, Slovénie, PPE/DC")
    assert parse(short).language == "en" and codes(short, ["S"]) == []  # ADLE, PPE/DC too
    # entries whose honorific and code say nothing: their country names decide
    pdf = "*Signed*¹:\n\nPETIT Luc, Belgique, SOC\nKOVAC Anna, Slovénie, SOC\nMEIER Hans, Austria, SOC\n"
    assert flagged(pdf, "S006") == ["Austria"]


def test_s006_french_name_in_a_letter():
    text = LETTER.format(country="Pays-Bas")
    assert flagged(text, "S006") == ["Pays-Bas"]


def test_s007_russia_after_expulsion():
    text = inline(RAMPI, "Mr Ivan PETROV, Russian Federation, NR", header=WD_2022)
    assert flagged(text, "S007") == ["Russian Federation"]
    assert codes(inline(RAMPI, "Mr Ivan PETROV, Russian Federation, NR", header=WD_2019), ["S007"]) == []


def test_s007_non_member_and_before_accession():
    assert codes(inline(RAMPI, "Mr Ivan PETROV, Belarus, NR"), ["S007"]) == ["S007"]
    early = inline(RAMPI, "Mr Ivan PETROVIC, Montenegro, NR", header="Doc. 10000 | 5 May 2005\n\n")
    assert codes(early, ["S007"]) == ["S007"]


def test_s013_observer_warning():
    [d] = lint(inline(RAMPI, "Mr John DOE, Canada, NR", header=WD_2022), ["S013"])
    assert d.severity.value == "warning"
    assert codes(inline(RAMPI, MAIRE, header=WD_2022), ["S013"]) == []


def test_s013_only_on_written_declarations():
    # Rule 56 governs written declarations; partners co-sign motions legitimately.
    motion = "Doc. 14538 | 18 April 2018\n\n"
    text = inline("Mr Pieter OMTZIGT, Netherlands, EPP/CD", "Ms Aicha LABLAK, Morocco", RAMPI, header=motion)
    assert codes(text, ["S005", "S013"]) == []
    assert codes(inline("Ms Aicha LABLAK, Morocco", RAMPI, header=WD_2022), ["S005", "S013"]) == ["S013"]


# -- S008 duplicates ------------------------------------------------------------------------------
def test_s008_duplicate_ignores_case_and_accents():
    text = inline(RAMPI, MAIRE, "Mr Roberto RÁMPI, Italy, SOC")
    [d] = lint(text, ["S008"])
    assert "first on line 1" in d.message


def test_s008_same_surname_different_people():
    assert codes(inline("Mr Paul GAVAN, Ireland, UEL", "Ms Mary GAVAN, Ireland, SOC"), ["S008"]) == []


# -- S009 / S010 legend -----------------------------------------------------------------------------
LEGEND_DOC = "Signed:\n\nGATTOLIN André, France, ALDE\nBAKER Duncan, United Kingdom, EC/DA\n\n{legend}"


def test_s009_code_not_in_legend():
    text = LEGEND_DOC.format(legend="ALDE: Alliance of Liberals and Democrats for Europe\n")
    assert flagged(text, "S009") == ["EC/DA"]


def test_s009_silent_without_legend_or_when_defined():
    assert codes(LEGEND_DOC.format(legend=""), ["S009"]) == []
    full = "ALDE: Alliance of Liberals and Democrats for Europe\nEC/DA: European Conservatives Group and Democratic Alliance\n"
    assert codes(LEGEND_DOC.format(legend=full), ["S009", "S010"]) == []


def test_s010_wrong_and_misspelt_names():
    legend = (
        "ALDE: Alliance of Liberals and Democrats in Europe\nEC/DA: Group of the European People's Party\n"
    )
    diags = lint(LEGEND_DOC.format(legend=legend), ["S010"])
    assert [d.fix.replacement if d.fix else None for d in diags] == [
        "Alliance of Liberals and Democrats for Europe",
        None,
    ]
    assert "the name of group 'EPP/CD'" in diags[1].message


FRENCH_LEGEND_DOC = (
    "Signataires :\n\nM. André GATTOLIN, France, ADLE ; Mme Nicole TRISSE, France, ADLE ; "
    "M. Jacques MAIRE, France, PPE/DC\n\n{legend}\n"
)


@pytest.mark.parametrize(
    ("legend", "found"),
    [
        ("ADLE : Groupe des socialistes, démocrates et verts", "the name of group 'SOC'"),
        ("PPE/DC : Groupe du Parti populare européen", "PACE prints 'Groupe du Parti populaire européen'"),
    ],
)
def test_s010_french_legend_mistakes(legend, found):
    diags = lint(FRENCH_LEGEND_DOC.format(legend=legend), ["S010"])
    assert len(diags) == 1 and found in diags[0].message


@pytest.mark.parametrize(
    "legend",
    [
        "ADLE : Alliance des démocrates et des libéraux pour l'Europe",
        "PPE/DC : Groupe du Parti Populaire Européen",
        "PPE/DC : Parti populaire européen (groupe)",  # other wording: not judged in French
        "SOC : Groupe socialiste",
    ],
)
def test_s010_french_legend_silent(legend):
    assert codes(FRENCH_LEGEND_DOC.format(legend=legend), ["S010"]) == []


def test_s010_historical_names_accepted():
    legend = "EDG: European Democratic Group\nSOC: Socialist Group\nNR: Representatives not belonging to a Political Group\n"
    text = (
        "Signed:\n\nSMITH John, United Kingdom, EDG\nJONES Ann, France, SOC\nBROWN Bob, Italy, NR\n\n"
        + legend
    )
    assert codes(text, ["S010"]) == []


# -- S011 Rule 56 ----------------------------------------------------------------------------------
def wd_list(n, countries=("France", "Italy", "Spain", "Ireland"), groups=("SOC", "ALDE")):
    rows = [
        f"Mr Given NAME{chr(65 + i // 26)}{chr(65 + i % 26)}, {countries[i % len(countries)]}, {groups[i % len(groups)]}"
        for i in range(n)
    ]
    return WD_2022 + " ; ".join(rows) + "\n"


def test_s011_thresholds():
    assert codes(wd_list(20), ["S011"]) == []
    assert codes(wd_list(19), ["S011"]) == ["S011"]
    assert codes(wd_list(25, countries=("France", "Italy", "Spain")), ["S011"]) == ["S011"]
    assert codes(wd_list(25, groups=("SOC",)), ["S011"]) == ["S011"]


def test_s011_observers_do_not_count():
    text = wd_list(20).replace("Ireland, ALDE\n", "Canada, ALDE\n")
    assert codes(text, ["S011"]) == ["S011"]


def test_s011_skips_a_list_the_text_ends_inside():
    rows = "\n\n".join(f"NAME{chr(65 + i)} Given, {('France', 'Italy')[i % 2]}, SOC" for i in range(11))
    text = WD_2022.replace(" | ", "\n") + "\nSigned:\n\n" + rows + "\n\nKANELLI Liana, \n"
    assert codes(text, ["S011"]) == []
    assert codes(text.replace("KANELLI Liana, \n", "Total = 11\n"), ["S011"]) == ["S011"]


def test_s011_only_written_declarations():
    assert codes(wd_list(5).replace("Written declaration No. 745 | ", ""), ["S011"]) == []


# -- S012 malformed entries ---------------------------------------------------------------------------
def test_s012_comma_separator():
    text = inline("Mr Roberto RAMPI, Italy, SOC, Ms Nerea AHEDO, Spain, ALDE", MAIRE)
    assert flagged(text, "S012") == [","]
    assert len(lint(text, ["S005"])) == 0


def test_s012_missing_country():
    assert flagged(inline(RAMPI, "Mr Paul GALLES, EPP/CD"), "S012") == ["Mr Paul GALLES, EPP/CD"]


def test_s012_mixed_order_in_lines_list():
    text = "Signed:\n\nGATTOLIN André, France, ALDE\nMAIRE Jacques, France, ALDE\nRoberto RAMPI, Italy, SOC\nBAYR Petra, Austria, SOC\n"
    assert flagged(text, "S012") == ["Roberto RAMPI, Italy, SOC"]


def test_s012_missing_honorific_in_inline_list():
    text = inline(RAMPI, MAIRE, "Paul GALLES, Luxembourg, EPP/CD", "Ms Nerea AHEDO, Spain, ALDE")
    assert flagged(text, "S012") == ["Paul GALLES, Luxembourg, EPP/CD"]


def test_s012_split_surname():
    text = inline(RAMPI, "Ms Yuliya L OVOCHKINA, Ukraine, SOC", MAIRE)
    [d] = lint(text, ["S"])
    assert d.code == "S012" and text[d.span.start : d.span.end] == "L OVOCHKINA"
    assert "'LOVOCHKINA'?" in d.message
    lines = "Signed:\n\nGATTOLIN André, France, ALDE\nL OVOCHKINA Yuliya, Ukraine, SOC\nMAIRE Jacques, France, ALDE\n"
    assert flagged(lines, "S012") == ["L OVOCHKINA"]


@pytest.mark.parametrize(
    "entry",
    [
        "Mr Frank J. JENSSEN, Norway, EPP/CD",  # a middle initial has its full stop
        "Ms Karin S. WOLDSETH, Norway, EC",
        "Mr J SMITH, Ireland, SOC",  # the first given token: may abbreviate the given name
        "Mr Pere JOAN I PONS, Spain, SOC",  # inside a surname in capitals
        "Mr Aodhán Ó RÍORDÁIN, Ireland, SOC",  # Irish particle
    ],
)
def test_s012_lone_capital_not_a_split_surname(entry):
    assert codes(inline(RAMPI, entry, MAIRE), ["S012"]) == []


def test_s012_clean_lists():
    assert codes(inline(RAMPI, MAIRE, "Ms Nerea AHEDO, Spain, ALDE"), ["S012"]) == []
    assert codes(lines_list(5, 5), ["S012"]) == []


# -- letters from members of national parliaments ---------------------------------------------------
LETTER = (
    "Full list of signatories below:\n"
    "- Senator Jean Dupont, France\n"
    "- Anna Berg MEP, European Union\n"
    "- Karl van der Berg MP, Chair, Foreign Affairs Committee, {country}\n"
    "- Ann Jones MP, Australia\n"
    "- Ivan Petrov MP, Belarus\n"
)


def test_letter_country_is_checked():
    text = LETTER.format(country="Netherland")
    [d] = lint(text, ["S"])
    assert d.code == "S006" and d.fix.replacement == "Netherlands"
    assert text[d.span.start : d.span.end] == "Netherland"


def test_letter_has_no_group_codes_and_any_parliament():
    # No S005 (no PACE group codes in letters), no S007 (Australia, Belarus), no S012.
    text = LETTER.format(country="Netherlands")
    assert [(b.layout, len(b.signatories)) for b in parse(text).blocks] == [("letter", 5)]
    assert codes(text, ["S"]) == []


def test_letter_duplicate_signatory():
    text = LETTER.format(country="Netherlands") + "- Senator Jean Dupont, France\n"
    assert codes(text, ["S"]) == ["S008"]


# -- a report's rapporteur line ---------------------------------------------------------------------
REPORT = "Report | Doc. 15100 | 12 March {year}\n\nThe situation of journalists\n\n{line}\n\nSummary\n\nThe committee welcomes the progress made.\n"


@pytest.mark.parametrize(
    "line, code, flagged_text",
    [
        ("Rapporteur : Mr Hans MEIER, Austira, SOC", "S006", "Austira"),
        ("Rapporteur : Mr Hans MEIER, Autriche, SOC", "S006", "Autriche"),
        ("Rapporteur : Mr Hans MEIER, Belarus, SOC", "S007", "Belarus"),
        ("Rapporteur : Mr Hans MEIER, Austria, S0C", "S002", "S0C"),
        ("Rapporteur : Mr Hans MEIER, Austria, Renew", "S004", "Renew"),
        ("Rapporteur : Mr Hans MEIER, Austria, EDG", "S003", "EDG"),
        ("Rapporteurs : Ms Eva LIND, Sweden, ALDE ; Mr Hans MEIER, Austria, EPP-CD", "S002", "EPP-CD"),
    ],
)
def test_rapporteur_entry_is_checked(line, code, flagged_text):
    text = REPORT.format(year=2022, line=line)
    [d] = lint(text, ["S"])
    assert d.code == code and text[d.span.start : d.span.end] == flagged_text


@pytest.mark.parametrize(
    "line",
    [
        "Rapporteur : Mr Hans MEIER, Austria, SOC",
        "Rapporteur : Mr Hans MEIER, Austria",  # no code: not a list that prints codes
        "Rapporteurs : Mr Hans MEIER, Austria, SOC ; Ms Eva LIND, Sweden",
    ],
)
def test_rapporteur_line_is_not_judged_as_a_list(line):
    # S005 (missing code), S011 (Rule 56) and S012 (honorific, order) concern lists.
    assert codes(REPORT.format(year=2022, line=line), ["S"]) == []


def test_rapporteur_who_also_signs_is_no_duplicate_and_needs_no_legend():
    text = (
        "Doc. 15100 | 12 March 2022\n\nRapporteur : Mr Hans MEIER, Austria, NR\n\n"
        "Signed:\n\nMEIER Hans, Austria, SOC\nLIND Eva, Sweden, ALDE\n\nTotal = 2\n\n"
        "SOC: Socialists, Democrats and Greens Group\nALDE: Alliance of Liberals and Democrats for Europe\n"
    )
    assert codes(text, ["S"]) == []
    assert codes(text.replace("Total = 2", "Total = 3"), ["S"]) == ["S001"]


# -- S014 affiliations in prose ------------------------------------------------------------------------
NEWS = "Committee adopts report\n\n{}\n"


@pytest.mark.parametrize(
    "sentence, flagged_text, fix",
    [
        ("The report, presented by Piero Fassino (Italie, SOC), was adopted.", "Italie", "Italy"),
        ("Mr Emanuelis Zingeris (, EPP/CD) asked for a debate.", "(, EPP/CD)", None),
        ("The rapporteur, Ms Anna Berg (Itlay, SOC), spoke.", "Itlay", "Italy"),
        ("The rapporteur, Ms Anna Berg (Unit, SOC), spoke.", "Unit", "United Kingdom"),
        ("The rapporteur, Mr Christoph Strasser (SOC, Germnay), spoke.", "Germnay", "Germany"),
        ("The rapporteur, Ms Anna Berg (Germany, EPP-CD), spoke.", "EPP-CD", "EPP/CD"),
        ("The rapporteur, Ms Anna Berg (Germany, ADLE), spoke.", "ADLE", "ALDE"),
        # a text about the Assembly that never mentions the European Parliament
        ("The Assembly heard Ms Anna Berg (Germany, EPP) on the report.", "EPP", "EPP/CD"),
        ("The Assembly heard Mr Strasser (Germany, S&D) on the report.", "S&D", "SOC"),
        # a spaced dash for the comma
        ("The rapporteur, Ms Anna Berg (Germany - EPP-CD), spoke.", "EPP-CD", "EPP/CD"),
        ("The rapporteur, Ms Anna Berg (Allemagne – SOC), spoke.", "Allemagne", "Germany"),
        ("The rapporteur, Ms Anna Berg (Germany, EPP/DC), spoke.", "EPP/DC", "EPP/CD"),  # halves mixed
        # a PACE group for a state that never joined
        ("The report by Mr Pavel Novik (Belarus, EPP/CD) was adopted.", "Belarus", None),
        ("The report by Mr Arben Gashi (Kosovo - SOC) was adopted.", "Kosovo", None),
    ],
)
def test_s014_affiliation_defects(sentence, flagged_text, fix):
    text = NEWS.format(sentence)
    [d] = lint(text, ["S"])
    assert d.code == "S014"
    assert text[d.span.start : d.span.end] == flagged_text
    assert (d.fix.replacement if d.fix else None) == fix


@pytest.mark.parametrize(
    "sentence",
    [
        "The report, presented by Piero Fassino (Italy, SOC), was adopted by the Assembly.",
        "The report by Mr Christoph Strasser (SOC, Germany) was adopted by the Assembly.",
        "Sir Roger Gale (United Kingdom, EC/DA) presented the report of the Assembly.",
        "Ms Anna Berg (Germany, CDU) and Mr Tom Baker (United Kingdom, SNP) spoke at the Assembly.",  # parties
        "The European Parliament heard Ms Anna Berg (Germany, EPP) on the report.",  # an MEP's group
        "The MEPs Anna Berg (EPP; Germany) and Jan Vos (Greens; Netherlands) spoke.",  # `;`: not parsed
        "Three countries (Bulgaria, Montenegro and Serbia) are in post-monitoring dialogue.",
        "The monitoring of two countries (Italie, Soc) is continuing.",  # no person before the bracket
        "The Monitoring Committee (Italie, SOC) met in Paris.",  # an institution, not a person
        "Ms Anna Berg (Italie, 2019) spoke.",  # no code
        "Ms Anna Berg (rapporteur, SOC) spoke.",  # not a country
        "Ms Anna Berg (Germany - SOC) and Mr Jan Vos (Netherlands – ALDE) spoke at the Assembly.",
        "The mandate of Ms Anna Berg (2014 - 2018) ended.",
        "The Assembly heard the opposition leader Mr Pavel Novik (Belarus, BPF).",  # a national party
        "Sviatlana Tsikhanouskaya (Belarus, opposition) spoke to the Assembly.",
    ],
)
def test_s014_silent(sentence):
    assert codes(NEWS.format(sentence), ["S"]) == []


def test_s014_french_texts():
    good = "La commission a adopté le rapport de Stephanie Krisper (Autriche, ADLE) et de M. Jean Dupont (France, PPE/DC) devant l'Assemblée.\n"
    assert codes(NEWS.format(good), ["S"]) == []
    bad = "La commission a adopté le rapport de Stephanie Krisper (Austria, ADLE) devant l'Assemblée.\n"
    [d] = lint(NEWS.format(bad), ["S"])
    assert d.code == "S014" and d.fix.replacement == "Autriche"
    dashed = "La commission a adopté le rapport de la présidente Ana Moreno (Portugal – CE/AD) devant l'Assemblée.\n"
    assert codes(NEWS.format(dashed), ["S"]) == []
    for bad_code, fix in (
        ("EC/AD", "CE/AD"),
        ("DA/CE", "CE/AD"),
        ("PPE", "PPE/DC"),
    ):  # mixed halves; EP acronym
        [d] = lint(NEWS.format(dashed.replace("CE/AD", bad_code)), ["S"])
        assert d.code == "S014" and d.fix.replacement == fix


def test_affiliations_view():
    doc = parse(
        NEWS.format(
            "The report by Mr Christoph Strasser (SOC, Germany) was adopted. Piero Fassino (, SOC) spoke."
        )
    )
    got = [(doc.slice(a.name), a.country.text, a.group.text) for a in doc.affiliations]
    assert got == [("Mr Christoph Strasser", "Germany", "SOC"), ("Piero Fassino", "", "SOC")]


# -- seeds ---------------------------------------------------------------------------------------------
def test_no_signatory_rule_fires_on_the_seeds():
    from lint.runner import Linter, select_rules
    from tests.conftest import SEEDS

    result = Linter(select_rules(["S"])).lint_paths([str(SEEDS)])
    assert result.files == 5
    assert result.diagnostics == []
    docs = {p.name[:3]: parse(p.read_text(encoding="utf-8"), str(p)) for p in SEEDS.glob("*.txt")}
    assert len(docs["000"].signatories) == 31
    assert len(docs["001"].signatories) == 25 and docs["001"].blocks[0].total.value == 25
    assert len(docs["001"].legend) == 5


# -- a text cut off inside its last list ---------------------------------------------------------
_HEAD = (
    "Written declaration No. 745 | Doc. 15575 | 27 June 2022\n\nSignatories: "
    + "Mr Roberto RAMPI, Italy, SOC ; "
)


@pytest.mark.parametrize(
    "fragment",
    [
        "Mr John HOWELL, Unit",  # a country cut off
        "Mr Emanuelis ZINGERIS, Lithuania, ",  # the code cut off after its comma
        "Mr Suat ÖNAL, T",  # one letter of the country
        "Lord John E. TOM",  # the name, and nothing after it
        "Ms Els van HOOF, Belgium, EPP/",  # the code cut off
    ],
)
def test_cut_off_last_entry_is_left_out(fragment):
    for end in ("", "\n"):
        text = _HEAD + MAIRE + " ; " + fragment + end
        doc = parse(text)
        assert doc.blocks[0].cut_off
        assert [s.surname.text for s in doc.signatories] == ["RAMPI", "MAIRE"]
        assert codes(text, ["S"]) == []  # no S002/S005/S006/S012 on the fragment, no S011 on a part
    # the same entry with the text going on is a defect of the list
    text = (
        _HEAD + MAIRE + " ; " + fragment + "\n\nThis written declaration commits only those who signed it.\n"
    )
    assert not parse(text).blocks[0].cut_off
    assert set(codes(text, ["S"])) - {"S011"}


@pytest.mark.parametrize("last", ["Mr John HOWELL, Itlay, EC/DA", "Mr John HOWELL, United Kingdom, ECDA"])
def test_a_misspelt_last_entry_is_still_reported(last):
    text = _HEAD + MAIRE + " ; " + last
    assert not parse(text).blocks[0].cut_off
    assert set(codes(text, ["S"])) - {"S011"}


def test_bulleted_inline_heading():
    text = (
        "Proposition de résolution | Doc. 13484 | 08 avril 2014\n\n- Signataires :\n- M. Michael McNAMARA,\n"
        "Irlande, SOC ; M. Claude ADAM,\nLuxembourg, SOC ; Mme Luise AMTSBERG,\nAllemagne, SOC\n"
    )
    doc = parse(text)
    assert [s.surname.text for s in doc.signatories] == ["McNAMARA", "ADAM", "AMTSBERG"]
    assert codes(text, ["S"]) == []


# -- S015 one member, one delegation ----------------------------------------------------------------
def _s015(*texts):
    from lint.runner import Linter, select_rules

    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    found = Linter(select_rules(["S015"])).lint_corpus(docs)
    return sorted((d.path, d.severity.value) for d in found)


def _wd(n, *entries):
    return f"Written declaration No. {n} | Doc. {15000 + n} | 27 June 2022\n\n" + " ; ".join(entries) + "\n"


def test_s015_member_listed_for_two_delegations():
    italy = _wd(745, RAMPI, MAIRE)
    greece = _wd(746, "Mr Roberto RAMPI, Greece, SOC", MAIRE)
    assert _s015(italy, greece) == [("doc0.txt", "warning"), ("doc1.txt", "warning")]  # a tie
    assert _s015(italy, greece, _wd(747, RAMPI, MAIRE)) == [("doc1.txt", "error")]  # the majority decides


def test_s015_negatives():
    italy = _wd(745, RAMPI, MAIRE)
    # another person of that surname; an unknown country (S006's); both in one document (S008's)
    assert _s015(italy, _wd(746, "Mr Marco RAMPI, Greece, SOC")) == []
    assert _s015(italy, _wd(746, "Mr Roberto RAMPI, Itlay, SOC")) == []
    assert _s015(_wd(746, RAMPI, "Mr Roberto RAMPI, Greece, SOC")) == []
    # the same delegation under two of its names
    assert _s015(italy, _wd(746, "Mr Roberto RAMPI, Italie, SOC")) == []
    # a state that is no member: S007's
    assert _s015(italy, _wd(746, "Mr Roberto RAMPI, Belarus, SOC", MAIRE)) == []


def test_s012_surname_in_mixed_case_in_a_capitals_list():
    others = ("Mr Paul GAVAN, Ireland, UEL", "Ms Petra BAYR, Austria, SOC")
    text = inline(RAMPI, "Mr Jacques Maire, France, ALDE", *others)
    assert flagged(text, "S012") == ["Maire"]
    assert [d.fix.replacement for d in lint(text, ["S012"]) if d.fix] == ["MAIRE"]
    text = inline(RAMPI, MAIRE, "Ms Els van Hoof, Belgium, SOC", *others)
    assert [d.fix.replacement for d in lint(text, ["S012"]) if d.fix] == ["van HOOF"]  # the particle stays
    # all in capitals (ß has no capital of its own), or a list printed in mixed case
    assert (
        flagged(
            inline(RAMPI, MAIRE, "Mr Philipp MIßFELDER, Germany, EPP/CD", "Mr Paul GAVAN, Ireland, UEL"),
            "S012",
        )
        == []
    )
    mixed = (
        "Signed 1:\n\nGross, Switzerland, SOC\nMaire, France, ALDE\nGavan, Ireland, UEL\nBayr, Austria, SOC\n"
    )
    assert flagged(mixed, "S012") == []


FR_2019 = "Déclaration écrite n° 700 | Doc. 15000 | 10 octobre 2019\n\nSignataires :\n"
FR_BODY = "\n\nNous, soussignés, déclarons que la situation des droits de l'homme est grave et que les prisonniers sont détenus.\n"


def test_s002_english_code_in_a_french_list():
    text = (
        FR_2019
        + (
            "Mme Olena SOTNYK, Ukraine, ALDE ; M. Kostiantyn USOV, Ukraine, ADLE ; "
            "Mme Maria RIZZOTTI, Italie, PPE/DC ; M. Roberto RAMPI, Italie, SOC"
        )
        + FR_BODY
    )
    found = lint(text, ["S002"])
    assert [(text[d.span.start : d.span.end], d.fix.replacement) for d in found] == [("ALDE", "ADLE")]
    # a list that prints no French-only code is judged as written
    english_codes = FR_2019 + "Mme Olena SOTNYK, Ukraine, ALDE ; M. Roberto RAMPI, Italie, SOC" + FR_BODY
    assert lint(english_codes, ["S002"]) == []


def test_s006_french_country_without_its_accents():
    text = (
        FR_2019
        + (
            "Mme Olena SOTNYK, Ukraine, ADLE ; M. Arin KARAPET, Suede, PPE/DC ; "
            "Mme Maria RIZZOTTI, Italie, PPE/DC ; M. Jan NOWAK, Pologne, CE"
        )
        + FR_BODY
    )
    found = lint(text, ["S006"])
    assert [(text[d.span.start : d.span.end], d.fix.replacement) for d in found] == [("Suede", "Suède")]
    # a text typed without accents is not judged for them
    plain = "Declaration ecrite n 700 | Doc. 15000 | 10 octobre 2019\n\nSignataires :\nM. Arin KARAPET, Suede, PPE/DC ; Mme Maria RIZZOTTI, Italie, PPE/DC\n\nNous, soussignes, declarons que la situation est grave et que les prisonniers sont detenus.\n"
    assert lint(plain, ["S006"]) == []


def test_s014_two_part_code_mangled_in_prose():
    text = "Members of the EPP-CD group and the EC.DA group met the EPP/CD members and the ALDE.\n"
    found = lint(text, ["S014"])
    assert [(text[d.span.start : d.span.end], d.fix.replacement) for d in found] == [
        ("EPP-CD", "EPP/CD"),
        ("EC.DA", "EC/DA"),
    ]
    assert lint("The EPP/CD, PPE/DC and EC/DA groups; see www.ec-da.eu and EPPCDX.\n", ["S014"]) == []


def test_group_code_with_two_letters_swapped():
    text = "The report by Mr Andreas Gross (Switzerland, SCO) and Ms Anne Smith (Malta, LADE) was adopted.\n"
    found = lint(text, ["S014"])
    assert [(text[d.span.start : d.span.end], d.fix.replacement) for d in found] == [
        ("SCO", "SOC"),
        ("LADE", "ALDE"),
    ]
    assert lint("The report by Mr Karl Weber (Germany, CDU) was adopted.\n", ["S014"]) == []
