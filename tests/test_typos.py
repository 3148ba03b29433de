"""Typos (T…): run-together words, misspellings, repeated words, spacing."""

import pytest

from lint.parse import parse
from lint.rules.typos.runtogether import split
from lint.words import zipf
from tests.conftest import SEEDS
from tests.helpers import flagged, lint

SEED3 = (SEEDS / "003_607145f6fa724d79.txt").read_text(encoding="utf-8")


def fixes(text, code):
    return [d.fix.replacement for d in lint(text, [code]) if d.code == code and d.fix]


# -- T001 run-together words ---------------------------------------------------------------


def test_torelease_in_seed_003_is_found():
    assert flagged(SEED3, "T001") == ["torelease"]
    assert fixes(SEED3, "T001") == ["to release"]


@pytest.mark.parametrize(
    ("word", "parts"),
    [("torelease", ("to", "release")), ("forthe", ("for", "the")), ("inthe", ("in", "the")),
     ("humanrights", ("human", "rights")), ("releasethe", ("release", "the"))],
)  # fmt: skip
def test_split_finds_two_words(word, parts):
    assert split(word, zipf) == parts


@pytest.mark.parametrize(
    "word",
    ["peacekeeping", "antigovernment", "statebuilding", "cyberattacks", "inborn", "byproduct",
     "videoconference", "policewomen", "government", "kazakhstan"],
)  # fmt: skip
def test_split_leaves_real_words_and_compounds(word):
    assert split(word, zipf) is None


def test_run_together_ignores_names_urls_hashtags_titles_and_hyphens():
    text = (
        "Senator Torelease met Humanrights Watch. See www.torelease.org and #humanrights, "
        "the report “Humanrights forthe People” and a well-torelease plan.\n"
    )
    assert flagged(text, "T001") == []


def test_run_together_is_english_only():
    text = "Les députés demandent la libération des prisonniers politiques torelease et des militants.\n"
    assert parse(text).language == "fr"
    assert flagged(text, "T001") == []


def test_word_glued_to_a_capitalised_word():
    text = (
        "The letter to thePresident of the Commission ofEurope was signed by Oriol JunquerasCarles. "
        "Oriol Junqueras and Carles Puigdemont were in the Middle East; the MiddleEast trip was short.\n"
    )
    # "middleeast" is in wordfreq's web list: a word, not judged
    assert flagged(text, "T001") == ["thePresident", "ofEurope", "JunquerasCarles"]
    assert fixes(text, "T001") == ["the President", "of Europe", "Junqueras Carles"]


@pytest.mark.parametrize(
    "text",
    [
        # brands and names written in one
        "They posted it on YouTube and PowerPoint slides, at McDonald and MacLeod, with an iPhone and eBay.",
        # two capitalised words the document never writes apart: a name or a brand
        "The report by GlobalVoices was quoted.",
        # the same glued form twice: a name
        "The NGO OpenCaucasus said so; OpenCaucasus added more.",
        # hashtags, URLs, handles
        "See #FreeKaraMurza, www.ofEurope.org and @thePresident now.",
        # a repeated name is T003's
        "Oleg SentsovSentsov was released.",
    ],
)
def test_word_glued_to_a_capitalised_word_negatives(text):
    assert flagged(text + "\n", "T001") == [], text


# -- T002 misspellings --------------------------------------------------------------------


def test_misspelling_with_safe_fix():
    text = "We urge the goverment to act untill the elections.\n"
    diags = lint(text, ["T002"])
    assert [text[d.span.start : d.span.end] for d in diags] == ["goverment", "untill"]
    assert [(d.fix.replacement, d.fix.applicability) for d in diags] == [
        ("government", "safe"),
        ("until", "safe"),
    ]


def test_misspelling_at_sentence_start_keeps_capital():
    assert fixes("Goverment officials refused.\n", "T002") == ["Government"]


def test_misspelling_ignores_names_and_real_words():
    # Capitalised mid-sentence words are names; "chanel" is a codespell key but also a word.
    text = "We met Mr Goverment and Ms Untill; the chanel was closed. They complain.\n"
    assert flagged(text, "T002") == []


def test_ambiguous_codespell_entries_are_not_reported():
    # codespell lists several candidates for "abotu"? -> only single corrections are kept.
    from lint.rules.typos.dictionary import correction

    assert correction("goverment") == "government"
    assert correction("government") is None


# -- T003 repeated words ------------------------------------------------------------------


def test_repeated_word():
    text = "We call on the the authorities and and the courts.\n"
    assert flagged(text, "T003") == [" the", " and"]


def test_repeated_word_negatives():
    text = "He said that that was wrong. They had had enough. We visited Bora Bora. Nous nous engageons.\n"
    assert flagged(text, "T003") == []


def test_repeated_word_before_a_compound_is_not_a_repeat():
    text = "The reform allows three three-year terms and two two\u2011thirds majorities.\n"
    assert flagged(text, "T003") == []
    # ... but a real repeat before a hyphenated word still is
    assert flagged("We call on the the long-term prisoners.\n", "T003") == [" the"]


def test_capitalised_word_glued_to_itself():
    text = "We call for the release of Oleg SentsovSentsov and of KOLCHENKO.\n"
    assert flagged(text, "T003") == ["SentsovSentsov"]
    assert fixes(text, "T003") == ["Sentsov"]


@pytest.mark.parametrize(
    "text",
    [
        "The TomTom plant and the BonBon shop closed.",  # three-letter halves: brand names
        "The committee met in Walla Walla and in Bora Bora.",
        "The file was SentsovSentsov.txt on www.SentsovSentsov.org.",
        "The word hotshots and the name MacMillan are fine; so is Sentsov Sentsov's brother.",
    ],
)
def test_glued_double_negatives(text):
    assert flagged(text + "\n", "T003") == [], text


# -- T004 double spaces -------------------------------------------------------------------


def test_seed_003_nbsp_plus_space_are_double_spaces():
    found = [d for d in lint(SEED3, ["T004"])]
    assert [SEED3[d.span.start - 8 : d.span.end + 4] for d in found] == [
        "November\u00a0 2020",
        "ng state\u00a0 of f",
    ]
    # A no-break space between a month and a year is kept; elsewhere a plain space.
    assert [d.fix.replacement for d in found] == ["\u00a0", " "]


def test_double_space_negatives():
    text = "On 25\u00a0November 2020 they wrote.  A second sentence.\n    Indented line.\n"
    assert flagged(text, "T004") == []


def test_spaces_after_a_list_marker_are_layout():
    items = [
        "-       Call on the President",
        "•   Demand that",
        "a)    Urge the",
        "(ii)   Ask the",
        "2)   Note",
    ]
    text = "The undersigned:\n\n" + "\n\n".join(f"{item} Government to act now." for item in items) + "\n"
    assert flagged(text, "T004") == []
    # inside the item's sentence, a double space is still one
    assert flagged("-   Call on  the Government to act.\n", "T004") == ["  "]


# -- T005 space before punctuation ----------------------------------------------------------


def test_space_before_punctuation():
    text = "They detained 65 people , 43 of whom were fined . Why ?\n"
    assert flagged(text, "T005") == [" ", " ", " "]


def test_space_before_punctuation_negatives():
    text = (
        "Mr John SMITH, United Kingdom, SOC ; Ms Anna BERG, Sweden, EPP/CD ; Mr Paul GAVAN, Ireland, UEL\n\n"
        "Total = 25\n\nHe said (…) and left... Then more.\n"
    )
    assert flagged(text, "T005") == []


def test_field_label_at_line_start_is_not_prose_spacing():
    text = (
        "Report | Doc. 13356 | 18 November 2013\n\nRefusing impunity for the killers\n\n"
        "Rapporteur : Mr Andreas BELL, Switzerland, SOC\n\nReference to committee : Doc. 12909.\n\n"
        "Author(s) : Mr Carl DAHL\n\nThe Assembly adopted the report.\n"
    )
    assert flagged(text, "T005") == []


def test_space_before_colon_in_prose_is_still_reported():
    text = (
        "The declaration was signed on behalf of , and in the name of, the committee.\n\n"
        "The Assembly, after a long debate on the report of the committee : it adopted it.\n\n"
        "Rapporteur , Mr Andreas Bell, spoke first.\n"
    )
    assert flagged(text, "T005") == [" ", " ", " "]


def test_french_space_before_comma_or_full_stop():
    text = (
        "L'Assemblée parlementaire demande la libération des détenus , dont trois journalistes . "
        "Pourquoi ? Parce que les députés l'exigent : la liberté ; la justice !\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T005") == [" ", " "]
    assert fixes(text, "T005") == ["", ""]


# -- T006 no space after colon / semicolon ----------------------------------------------------


def test_no_space_after_colon_or_semicolon():
    text = "The letter was released:the authorities were silent (Italy;EPP/CD).\n"
    assert flagged(text, "T006") == [":", ";"]
    assert fixes(text, "T006") == [": ", "; "]


def test_no_space_after_colon_negatives():
    text = "At 10:30 the ratio was 3:1; see https://pace.coe.int/en/files and mailto:info@coe.int now.\n"
    assert flagged(text, "T006") == []


def test_comma_glued_between_words():
    text = "The report was prepared by Christoph Strasser,on behalf of the committee,and adopted.\n"
    assert flagged(text, "T006") == [",", ","]
    assert fixes(text, "T006") == [", ", ", "]


def test_comma_glued_to_a_capitalised_word():
    text = "Signed by Auken Margarete,Beer Angelika and Bowis John,Carnero Carlos.\n"
    assert flagged(text, "T006") == [",", ","]
    # codes in capitals, numbers, lists without spaces stay unjudged
    assert flagged("Groups EPP/CD,SOC and ALDE,UEL met; 1,Mr; Smith,Jones,Brown.\n", "T006") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 1,000 people and 12,500 others were detained.",
        "See items a,b and c of the list.",
        "Mr SMITH, Italy, SOC,EPP/CD signed it.",
        "Write to info@coe.int or see https://pace.coe.int/en/a,b/files now.",
        "The variables x_1,y_2 and ab2,cd were set.",
        "Strasser, on behalf of the committee, said so.",
        "The codes were SOC,EPP,ALDE and UEL.",
        "It listed foo,bar,baz as keywords.",
    ],
)
def test_comma_glued_negatives(text):
    assert flagged(text + "\n", "T006") == [], text


# -- T007 invisible characters ------------------------------------------------------------


def test_invisible_characters():
    text = "The hu\u00a0man rights defenders and politi\u200bcal prisoners.\n"
    assert flagged(text, "T007") == ["\u00a0", "\u200b"]


def test_invisible_character_negatives():
    text = "\ufeffOn 25\u00a0November 2020 Mr\u00a0Rampi wrote; no\u00a0one answered.\n"
    assert flagged(text, "T007") == []


# -- T008 trailing white space --------------------------------------------------------------


def test_seed_003_trailing_no_break_spaces():
    found = lint(SEED3, ["T008"])
    assert [d.line for d in found] == [7, 9, 11, 13, 15, 19]
    assert all(set(SEED3[d.span.start : d.span.end]) <= {"\u00a0", " "} for d in found)
    assert all(d.fix.replacement == "" and d.fix.applicability == "safe" for d in found)


def test_trailing_whitespace_every_line_kind():
    text = "Title \n\nMr A, Italy, SOC\t\n   \nbody.\r\n"
    assert [d.line for d in lint(text, ["T008"])] == [1, 3, 4]


def test_trailing_whitespace_of_page_layout_and_cut_copies():
    # a web page's footnote call on its own line, and the line before it
    text = "A. Draft resolution \n\t\t\t(1) \n\t\t\tDraft resolution adopted.\n\nThe text ends here. \n"
    assert [d.line for d in lint(text, ["T008"])] == [5]  # the last line ends a sentence: reported
    # a copy cut mid-sentence: the space before the cut is no defect
    cut = "The Assembly adopted the resolution.\n\nThe letter was signed by MEP Clare \n"
    assert lint(cut, ["T008"]) == []
    assert [d.line for d in lint(cut.replace("Clare \n", "Clare \nDaly.\n"), ["T008"])] == [3]


def test_clean_seeds_except_003_have_no_typo_findings():
    for path in sorted(SEEDS.iterdir()):
        if path.name.startswith("003"):
            continue
        assert lint(path.read_text(encoding="utf-8"), ["T"]) == [], path.name


def test_codespell_run_together_words_are_reported_once():
    text = "We call inthe name of the victims.\n"
    assert [d.code for d in lint(text, ["T001", "T002"])] == ["T002"]


def test_markdown_hard_line_breaks_and_tables_are_not_whitespace_defects():
    text = "The letter was signed by six members.  \nIt was sent on Monday.\n\n| Name  | Group |\n"
    assert [d.code for d in lint(text, ["T004", "T008"], path="doc.md")] == []
    assert [d.code for d in lint(text, ["T008"], path="doc.txt")] == ["T008"]


# -- T009 mojibake ---------------------------------------------------------------------------


def test_utf8_read_as_cp1252_is_repaired_exactly():
    text = "Ms Marija BuriÄ‡ said the Assemblyâ€™s rÃ´le was â€œkeyâ€\u009d for SÅ‚awomir.\n"
    assert flagged(text, "T009") == ["Ä‡", "â€™", "Ã´", "â€œ", "â€\u009d", "Å‚"]
    assert fixes(text, "T009") == ["ć", "’", "ô", "“", "”", "ł"]
    assert {d.fix.applicability for d in lint(text, ["T009"])} == {"safe"}


def test_no_break_space_mojibake_only_after_the_common_leads():
    assert fixes("The fee is 10Â\u00a0euros; voilÃ\u00a0tout.\n", "T009") == ["\u00a0", "à"]
    assert flagged("The word SCHÄ\u00a0and the name ÅSA\u00a0met.\n", "T009") == []


def test_replacement_characters():
    text = "The delegation met Mr Ahmet Y\ufffdlmaz in Ankara; the report was \ufffd\ufffdadopted.\n"
    assert flagged(text, "T009") == ["\ufffd", "\ufffd\ufffd"]
    assert [d.fix for d in lint(text, ["T009"])] == [None, None]


def test_cp1250_read_as_cp1252_in_south_slavic_names():
    text = "Mme Marija Pejèinoviæ Buriæ et Mme Dunja MIJATOVIÆ ont répondu.\n"
    assert flagged(text, "T009") == ["Pejèinoviæ", "Buriæ", "MIJATOVIÆ"]
    assert fixes(text, "T009") == ["Pejčinović", "Burić", "MIJATOVIĆ"]
    assert {d.fix.applicability for d in lint(text, ["T009"])} == {"unsafe"}


@pytest.mark.parametrize(
    "text",
    [
        "Ms Thorhildur Sunna ÆVARSDÓTTIR, Iceland, SOC ; Mr Jón GUÐMUNDSSON, Iceland, EPP/CD",
        "The Encyclopædia, the Fuß» quote, « liberté…» and « à »; São Paulo and ÇAVUŞOĞLU.",
        "Les députés ont dit « Non ! » à l’unanimité ; l’Assemblée a adopté le texte.",
        "Mme Dunja Mijatović and Mr Boriss CILEVIČS, with the piè di pagina note and Mr Niæ.",
        "Prices rose by 5 % — ÉTÉ—HIVER — and the Ö° sign.",
    ],
)
def test_mojibake_negatives(text):
    assert flagged(text + "\n", "T009") == [], text


# -- T010 lost apostrophes -------------------------------------------------------------------

STRIPPED = (
    "Russia holds political prisoners Oleg Sentsov and Oleksandr Kolchenko. In response to Sentsov "
    "and Kolchenkos complaints, the court met. Four opponents of Russias annexation were arrested; "
    "the mens rights were ignored, and Turkey s delegation objected.\n"
)


def test_lost_apostrophes_are_found():
    assert flagged(STRIPPED, "T010") == ["Kolchenkos", "Russias", "mens", " s"]
    assert fixes(STRIPPED, "T010") == ["Kolchenko’s", "Russia’s", "men’s", "’s"]
    straight = STRIPPED + "It isn't over, the court's ruling said.\n"
    assert fixes(straight, "T010")[:2] == ["Kolchenko's", "Russia's"]


@pytest.mark.parametrize(
    "text",
    [
        # common words ending in s, and names after a capitalised word
        "Mr Evan arrived; later Evans report was late. Willem Willems visited Oslo with Mr Willem.",
        # plurals and verbs
        "Oleksandr Kolchenko is free; the Kolchenkos were present and both Koreas signed.",
        "Oleksandr Kolchenko is free; later Kolchenkos said nothing and Kolchenkos in Kyiv waited.",
        # demonyms: not countries, not surnames
        "Kazakh authorities detained ethnic Kazakhs living in Almaty and Uyghurs detained there.",
        # no such owner in the document
        "They dismissed Sentsovs complaints.",
        # Latin, units, codes, file names
        "The mens rea of the accused; annex s 3; see www.russias-news.org and #Russias annexation.",
    ],
)
def test_lost_apostrophe_negatives(text):
    assert flagged(text + "\n", "T010") == [], text


def test_english_possessives_are_not_judged_in_french():
    fr = "Les députés de la Russie et de la Turquie ont parlé des droits des hommes et des femmes.\n"
    assert parse(fr).language == "fr"
    assert flagged(fr + "Russias annexation.\n", "T010") == []


_FR_ELISIONS = (
    "L Assemblée parlementaire rappelle que l homme est libre et condamne la détention d un "
    "journaliste, bien qu il soit innocent. La délégation de lAssemblée s est rendue à Bakou.\n"
)


def test_french_elisions_without_apostrophe():
    assert parse(_FR_ELISIONS).language == "fr"
    assert flagged(_FR_ELISIONS, "T010") == ["L ", "l ", "d ", "qu ", "l", "s "]
    assert fixes(_FR_ELISIONS, "T010") == ["L’", "l’", "d’", "qu’", "l’", "s’"]
    straight = _FR_ELISIONS + "L'Union européenne l'a dit.\n"
    assert fixes(straight, "T010")[0] == "L'"


@pytest.mark.parametrize(
    "words",
    [
        "la délégation s'est rendue à 100 m au-dessus du sol et 10 s avant",  # units
        "les points c et d ou les alinéas a ou b",  # enumerations
        "le rapport de J Smith et de M Evans",  # initials without a full stop
        "l'Assemblée, qu'il, d'un, aujourd'hui et la loi n° 5",  # elisions as written
        "le site www.l-ong.org et le code d_est",  # protected and joined
    ],
)
def test_french_elision_negatives(words):
    text = f"L'Assemblée parlementaire rappelle {words} et condamne la détention des journalistes.\n"
    assert parse(text).language == "fr"
    assert flagged(text, "T010") == [], words


def test_french_run_together_words():
    text = (
        "L'Assemblée demande la libération immédiate de tous lesprisonniers politiques et la "
        "libérationdes journalistes, pour les droitsde l'homme.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T001") == ["lesprisonniers", "libérationdes", "droitsde"]
    assert fixes(text, "T001") == ["les prisonniers", "libération des", "droits de"]


def test_french_run_together_negatives():
    text = (
        "L'Assemblée parlementaire rappelle que l'emprisonnement des défenseurs, la désinformation "
        "et l'autoritarisme menacent la démocratie; les prisonners restent détenus.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T001") == []  # real words; 'prisonners' is T002's slip


def test_cp1252_read_as_mac_roman_is_repaired_word_by_word():
    text = (
        "Le matin, confÈrence de presse de la FIDH ý propos du rapport sur la TchÈtchÈnie. "
        "Le dÈputÈ a dÈjý parlÈ de ce mÍme rapport.\n"
    )
    found = {(text[d.span.start : d.span.end], d.fix.replacement) for d in lint(text, ["T009"])}
    assert {("confÈrence", "conférence"), ("TchÈtchÈnie", "Tchétchénie"), ("dÈputÈ", "député")} <= found
    assert {("dÈjý", "déjà"), ("mÍme", "même"), ("ý", "à")} <= found
    assert lint(text, ["T010"]) == []  # "dÈjý" is no elision without its apostrophe


def test_mac_roman_tells_need_a_word_that_repairs():
    # capitals after small letters that repair to no word; a real glued elision
    assert lint("The brand iPhone and McDonald and the eÈxyz code.\n", ["T009"]) == []
    french = (
        "L'Assemblée parlementaire du Conseil de l'Europe a adopté une résolution ; le président "
        "de lAssemblée a déclaré que les droits de l'homme sont menacés dans ce pays.\n"
    )
    assert [d.message for d in lint(french, ["T010"])] == [
        "'lAssemblée': an elision without its apostrophe ('l'Assemblée'?)"
    ]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # two capitalised words the text writes apart elsewhere, however often glued
        (
            "The climate in the ChechenRepublic is grim. The Chechen Republic and the "
            "ChechenRepublic authorities disagree.",
            "ChechenRepublic",
            "Chechen Republic",
        ),
        # two function words glued to a capitalised word
        ("The President oftheParliamentary Assembly wrote.", "oftheParliamentary", "of the Parliamentary"),
        # a common capitalised word glued to a function word after it
        ("The Secretary Generalof the Council replied.", "Generalof", "General of"),
    ],
)
def test_capitalised_words_run_together(text, word, fix):
    found = [d for d in lint(text + "\n", ["T001"])]
    assert found and {text[d.span.start : d.span.end] for d in found} == {word}
    assert fixes(text + "\n", "T001") == [fix] * len(found)


@pytest.mark.parametrize(
    "text",
    [
        "They flew from Poland and Holland to Boston with Mr Rowland.",  # words and names
        "The MacArthur and McDonald cases; JunquerasCarles and JunquerasCarles again.",
    ],
)
def test_capitalised_run_together_negatives(text):
    assert lint(text + "\n", ["T001"]) == []


def test_mac_roman_scan_always_moves_forward():
    # "÷" sits in the Latin-1 letter range but is no letter: the scan once stopped on it forever
    for text in ("ab÷Èc d\n", "x÷È\n", "le dÈputÈ ÷È aÈ ‡\n", "÷" * 50 + "È\n"):
        assert all(d.code == "T009" for d in lint(text, ["T009"]))


@pytest.mark.parametrize(
    "text",
    ["They supported the “reform”,as agreed.", "The report (2013),which was adopted, says so.",
     'He said "no",and left.', "Toutefois,jusqu’à présent rien n'a changé."],
)  # fmt: skip
def test_comma_glued_after_a_closing_mark_or_before_an_elided_word(text):
    assert [d.message for d in lint(text + "\n", ["T006"])] == ["no space after ','"]


def test_comma_glued_after_a_closing_mark_negatives():
    assert (
        lint('The values (1,000),(2,000) and "a","b" differ; f(x),g(y); (Annex 1),(Annex 2).\n', ["T006"])
        == []
    )


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # a sentence's first word glued to the next
        ("The Assembly met. Theillegal detention of journalists continues.", "Theillegal", "The illegal"),
        ("The Assembly met. Thesepeople were detained in Baku.", "Thesepeople", "These people"),
        # a country glued to the next word
        ("The parliament of Azerbaijanadopted a law in May.", "Azerbaijanadopted", "Azerbaijan adopted"),
        # a common capitalised word the text writes on its own, glued to the next word
        (
            "The Parliament met. The Parliamentcondemns the arrests.",
            "Parliamentcondemns",
            "Parliament condemns",
        ),
    ],
)
def test_capitalised_head_run_together(text, word, fix):
    found = lint(text + "\n", ["T001"])
    assert [text[d.span.start : d.span.end] for d in found] == [word]
    assert fixes(text + "\n", "T001") == [fix]


@pytest.mark.parametrize(
    "text",
    [
        # names ending in a common word, at a sentence start and inside a sentence
        "The Assembly met. Chadwick spoke, and Mr Fromberg and Ms Greenfield replied. Toland agreed.",
        # a surname the signatory list gives
        "Mr Jan TOMASON, Sweden, EPP/CD ;\n\nTomasonadopted the text.",
        # a head the text never writes on its own, a given name as head
        "The Assembly met. Mr Robertson and Mr Johnsonwell spoke. Mariastella Gelmini agreed.",
    ],
)
def test_capitalised_head_run_together_negatives(text):
    assert lint(text + "\n", ["T001"]) == [], text


def test_french_function_word_glued_to_a_word():
    text = (
        "L'Assemblée parlementaire demande à laFédération de Russie de trouverune solution et de "
        "libérer les prisonniers politiques.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T001") == ["laFédération", "trouverune"]
    assert fixes(text, "T001") == ["la Fédération", "trouver une"]


def test_french_glued_capitalised_negatives():
    text = (
        "L'Assemblée parlementaire rappelle que le Président de la Fédération de Russie et "
        "McDonald, LaGuardia et DeSantis ne sont pas concernés; une commune, une tribune.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T001") == []


def test_unicode_escape_printed_as_text():
    text = "Nils Muiu017enieks and Mr \\u00c9tienne Dupont met Ms Mui\\u017enieks.\n"
    found = [(text[d.span.start : d.span.end], d.fix.replacement) for d in lint(text, ["T009"])]
    assert found == [("u017e", "ž"), ("\\u00c9", "É"), ("\\u017e", "ž")]


@pytest.mark.parametrize(
    "text",
    [
        "The code u0041 is a capital A; 10u00e9x, %u00e9t and menu0123 stay as they are.",
        "The file u0102.txt and the id Au0301 were sent.",  # a digit after, a combining mark
    ],
)
def test_unicode_escape_negatives(text):
    assert lint(text + "\n", ["T009"]) == []


def test_possessive_glued_to_the_next_word():
    text = "Human Rights Watch said Azerbaijan’srights record is poor; the Assembly'sdecision stands.\n"
    assert flagged(text, "T001") == ["Azerbaijan’srights", "Assembly'sdecision"]
    assert fixes(text, "T001") == ["Azerbaijan’s rights", "Assembly's decision"]
    assert lint("Russia's struggle and Europe’s own values; it's Ahmet'sxyzq.\n", ["T001"]) == []


def test_glued_initial_and_colon_before_a_quotation():
    text = 'The co-rapporteurs A.Herkel and A.Gross said in January:"We will go" and left.\n'
    assert [d.message for d in lint(text, ["T006"])] == [
        "no space after the initial 'A.'",
        "no space after the initial 'A.'",
        "no space after ':'",
    ]
    assert fixes(text, "T006") == ["A. ", "A. ", ": "]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Congress and J.R.R.Tolkien; see e.g.The annex at 10:30.",
        "I.Projet de résolution\n\nA.Background of the report.",  # headings' numbers
    ],
)
def test_glued_initial_negatives(text):
    assert lint(text + "\n", ["T006"]) == []


def test_space_before_a_closing_bracket():
    text = "The mayors of the BDP (Peace and Democracy Party ) were arrested on 30 September ( Tuesday ).\n"
    found = lint(text, ["T005"])
    assert [d.message for d in found] == ["space before ')'"]
    assert text[found[0].span.start - 5 : found[0].span.end + 1] == "Party )"


def test_prefix_cut_by_a_space_after_its_hyphen():
    text = "They have been detained since mid- February; the co- rapporteurs agreed.\n"
    assert flagged(text, "T011") == ["mid- February", "co- rapporteurs"]
    assert fixes(text, "T011") == ["mid-February", "co-rapporteurs"]
    clean = "Pre- and post-war, mid- to long-term and pre- or post-trial plans.\n"
    assert lint(clean, ["T011"]) == []


def test_short_swaps_and_long_words_with_a_rarer_neighbour():
    text = "The report siad that the detention was worringly long.\n"
    assert flagged(text, "T002") == ["siad", "worringly"]
    clean = "The lats, the gaol and the dais; it stigmatises them. Siad Barre ruled; siad is his name.\n"
    assert flagged(clean, "T002") == []


def test_french_elisions_glued_in_lower_case():
    text = (
        "L'Assemblée rappelle la liberté des médias au titre de larticle 10 de la Convention et "
        "dautres textes. Cette proposition na pas été examinée. Cette déclaration nengage que ses signataires.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T010") == ["l", "d", "n", "n"]
    assert [d.message.split(":")[0] for d in lint(text, ["T010"])] == [
        "'larticle'",
        "'dautres'",
        "'na'",
        "'nengage'",
    ]
    clean = (
        "L'Assemblée rappelle que la lune et la dune, lors de la session, ne sont pas des sujets; "
        "il ne faut pas non plus oublier nos amis, nul ne le sait.\n"
    )
    assert parse(clean).language == "fr"
    assert flagged(clean, "T010") == []


def test_french_misspellings_of_five_and_six_letters():
    text = (
        "L'Assemblée parlementaire constate que le nombee des détenus a augmenté et que le grpupe "
        "des observateurs a adpoté une résolution sur la partie ocupée du pays.\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T002") == ["nombee", "grpupe", "adpoté", "ocupée"]


def test_french_text_skips_sentences_in_another_language():
    text = (
        "L'Assemblée parlementaire constate que les détenus sont nombreux et que la situation est grave.\n\n"
        "send this page | invia questo testo\n"
    )
    assert parse(text).language == "fr"
    assert flagged(text, "T002") == []


def test_slip_of_a_surname_the_text_names():
    text = (
        "The FSB arrested Oleg Sentsov in his home. Sentsov was sentenced to 20 years. "
        "Sentsoc ended up receiving a 20-year sentence.\n"
    )
    found = lint(text, ["T002"])
    assert [text[d.span.start : d.span.end] for d in found] == ["Sentsoc"]
    assert found[0].fix.replacement == "Sentsov"
    # a surname named once, or a name of its own written twice, is no evidence
    assert lint("Oleg Sentsov spoke. Sentsoc ended up in prison.\n", ["T002"]) == []
    assert lint("Sentsov spoke; Oleg Sentsov left. Sentsoc and Sentsoc came.\n", ["T002"]) == []


def test_slip_inside_an_institutions_name():
    text = (
        "We note the issues which the Ceuncil of Europe is addressing since the accession to the "
        "Council of Europw in January 2001; the Committee of Minsiters agreed.\n"
    )
    found = lint(text, ["T002"])
    assert [(text[d.span.start : d.span.end], d.fix.replacement) for d in found] == [
        ("Ceuncil", "Council"),
        ("Europw", "Europe"),
        ("Minsiters", "Ministers"),
    ]
    # the name's other words must stand around the word
    assert lint("Mr Ceuncil spoke in Europw about it.\n", ["T002"]) == []


def test_more_run_together_words():
    text = (
        "The prisoners were freed, butthe list is updated. The report on credentialsand voting was read. "
        "The Security Service of the RussianFederation arrested him.\n"
    )
    assert flagged(text, "T001") == ["butthe", "credentialsand", "RussianFederation"]
    assert fixes(text, "T001") == ["but the", "credentials and", "Russian Federation"]


def test_capitalised_common_word_repeated():
    text = "The rescue mission in the Mediterranean Mediterranean failed. They went to Bora Bora.\n"
    assert flagged(text, "T003") == [" Mediterranean"]  # the repeat and its space


def test_short_capitalised_and_shifted_slips():
    text = (
        "The committee met. Scuh detentions are illegal. TRhis declaration commits the members of the "
        "Council of ESurope and the ASsembly. The judges ffom any court deplore the lakc of trust.\n"
    )
    found = [
        (text[d.span.start : d.span.end], d.fix.replacement if d.fix else None) for d in lint(text, ["T002"])
    ]
    assert found == [
        ("Scuh", "Such"),
        ("TRhis", "This"),
        ("ESurope", "Europe"),
        ("ASsembly", "Assembly"),
        ("ffom", "from"),
        ("lakc", "lack"),
    ]
    clean = (
        "The MPs, NGOs, IDPs, MEPs and the ECtHR met.\n\nBegaj, Albania, SOC\n\nTomas spoke. Hamid left.\n"
    )
    assert lint(clean, ["T002"]) == []


def test_long_capitalised_slip_inside_a_sentence():
    text = "We note the Draft Convwntion on it and the Internatonal Federation of Journalists.\n"
    found = [(text[d.span.start : d.span.end], d.fix.replacement) for d in lint(text, ["T002"])]
    assert found == [("Convwntion", "Convention"), ("Internatonal", "International")]
    assert lint("We met Ms Kristensen and Mr Hardeberg of the Strasbourg office.\n", ["T002"]) == []


def test_function_word_glued_to_an_acronym_or_a_long_word():
    text = "The report was adopted by theUN and ofPACE. They want toimprison him in the war ofaggression.\n"
    assert flagged(text, "T001") == ["theUN", "ofPACE", "toimprison", "ofaggression"]
    assert lint("The iOS app, inDesign and the UNHCR.\n", ["T001"]) == []
