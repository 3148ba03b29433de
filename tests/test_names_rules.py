"""N001-N004 on inline fixtures, and the acceptance run on seeds/."""

import json

import pytest

from lint.parse import parse
from lint.rules.base import Context, all_rules
from lint.runner import Linter, select_rules
from tests.conftest import SEEDS
from tests.helpers import flagged, lint


def corpus(*texts, select=("N",), shared=None, reference=()):
    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    refs = [parse(t, f"ref{i}.txt") for i, t in enumerate(reference)]
    linter = Linter(select_rules(list(select)), shared=dict(shared or {}))
    return linter.lint_corpus(docs, refs)


# -- N001 -----------------------------------------------------------------------------
def test_n001_same_given_name_variant_surname_is_an_error():
    diags = corpus(
        "We call for the release of Serik Zhahin and Oksana Shevchuk.\n",
        "The case of Serik Zhakhin was also mentioned.\n",
        "Serik Zhakhin was arrested again.\n",
    )
    assert [(d.path, d.code, d.severity.value) for d in diags] == [("doc0.txt", "N001", "error")]
    msg = diags[0].message
    assert "'Zhahin'" in msg and "'Zhakhin'" in msg and "doc1.txt:1" in msg
    assert "Zhahin ×1" in msg and "Zhakhin ×2" in msg and "use 'Zhakhin' (the majority)" in msg


def test_n001_different_given_names_is_a_possible_variant_warning():
    diags = corpus(
        "Attacks targeted Daniyar Khassenov in Almaty.\n",
        "Attacks targeted Daryn Khasenov in Almaty.\n",
        "Daniyar Khassenov was invited to speak.\n",
    )
    assert [(d.path, d.severity.value) for d in diags] == [("doc1.txt", "warning")]
    assert "possible variant" in diags[0].message


def test_n001_never_merges_namesakes_relatives_or_distinct_pairs(tmp_path):
    same_spelling = corpus("The list includes Aset Abishev.\n", "The list includes Kezhenbek Abishev.\n")
    relatives = corpus("The list includes Aset Abishev.\n", "The list includes Aset Abisheva.\n")
    assert same_spelling == [] and relatives == []
    lex = tmp_path / "declint.yaml"
    lex.write_text("distinct:\n  - [Daniyar Khassenov, Daryn Khasenov]\n", encoding="utf-8")
    distinct = corpus(
        "Attacks targeted Daniyar Khassenov.\n",
        "Attacks targeted Daryn Khasenov.\n",
        shared={"lexicon_path": str(lex)},
    )
    assert distinct == []


def test_n001_near_miss_needs_the_same_given_name():
    hit = corpus("We name Nurlan Abdrakhmanov here.\n", "We name Nurlan Abdrakmanov here.\n")
    assert [d.code for d in hit] == ["N001", "N001"]  # a tie: both sides
    assert corpus("We name Nurlan Abdrakhmanov here.\n", "We name Erlan Abdrakmanov here.\n") == []
    # Bokayev / Tokayev: one letter apart, two people
    assert corpus("We name Maks Bokayev here.\n", "President Tokayev spoke.\n") == []


def test_n001_reports_only_linted_documents_against_the_reference():
    diags = corpus(
        "The case of Serik Zhahin was mentioned.\n",
        reference=("Serik Zhakhin was arrested.\n", "Serik Zhakhin again.\n"),
    )
    assert [(d.path, d.code) for d in diags] == [("doc0.txt", "N001")]
    assert corpus("Serik Zhakhin.\n", reference=("The case of Serik Zhahin.\n", "Serik Zhakhin.\n")) == []


def test_n001_signatory_capitals_against_prose():
    signed = (
        "Doc. 14983\n\nWritten declaration No. 695\n\nWe, the undersigned, declare.\n\n"
        "*Signed*¹:\n\nRAMPY Roberto, Italy, SOC\nGAVAN Paul, Ireland, UEL\n"
    )
    diags = corpus(signed, "Senator Roberto Rampi tabled it.\n", "Roberto Rampi spoke.\n")
    assert [(d.path, d.code) for d in diags] == [("doc0.txt", "N001")]
    assert corpus(signed.replace("RAMPY", "RAMPI"), "Senator Roberto Rampi tabled it.\n") == []


def test_n001_on_a_tie_the_signatory_list_is_the_record():
    listed = "Written declaration No. 629 | Doc. 13000 | 20 January 2014\n\nMr Andres HERKEL, Estonia, ALDE ; Mr Roberto RAMPI, Italy, SOC\n"
    prose = "The rapporteur Andreas Herkel visited Baku.\n"
    diags = sorted(corpus(listed, prose), key=lambda d: d.path)
    assert [(d.path, d.code, d.severity.value) for d in diags] == [
        ("doc0.txt", "N001", "info"),  # the list: shown, but as information
        ("doc1.txt", "N001", "warning"),
    ]
    assert "use 'Andres' (the spelling of the signatory list)" in diags[1].message
    assert diags[0].message.endswith("(the list is most likely right: check the other text)")
    # with a majority, the majority decides, whichever side the list is on
    diags = corpus(listed, prose, "Andreas Herkel spoke again.\n")
    assert sorted(d.path for d in diags) == ["doc0.txt"]


# -- N002 -----------------------------------------------------------------------------
def test_n002_within_one_document():
    text = "We call for the release of Serik Zhahin.\n\nThe case of Serik Zhakhin was also mentioned.\n"
    assert flagged(text, "N002") == ["Zhakhin"]  # a tie: the later spelling
    text3 = text + "\nSerik Zhahin is in prison.\n"
    assert flagged(text3, "N002") == ["Zhakhin"]  # the minority
    assert flagged(text, "N001") == []


def test_n002_surname_alone_one_edit_from_the_person_the_text_names():
    text = (
        "The co-rapporteur met the arrested journalist, Anar Ismayilov, in Baku.\n\n"
        "The Court ruled in the case of Ismayolov. She hoped that Ismayilov will be freed.\n"
    )
    assert flagged(text, "N002") == ["Ismayolov"]
    # the surname alone in another text is no evidence of that person
    assert (
        corpus("Anar Ismayilov was arrested in Baku.\n", "The Court ruled in the case of Ismayolov.\n") == []
    )
    # a masculine and feminine form are two people (Petrov, his relative Petrova)
    assert (
        flagged("Oleg Petrov was detained in Minsk.\n\nHis sister Petrova was questioned too.\n", "N002")
        == []
    )


def test_n002_given_name_variant():
    text = "Dmitriy Pestov was detained.\n\nLater Dmitrii Pestov was released.\n\nDmitriy Pestov left.\n"
    assert flagged(text, "N002") == ["Dmitrii"]
    # the lexicon's canonical wins over the majority; accepted spellings are not reported
    text = "Alexey Navalny was poisoned.\n\nLater Aleksei Navalny returned.\n\nAleksei Navalny was jailed.\n"
    assert flagged(text, "N002") == ["Alexey"]


def test_n002_clean_text():
    assert flagged("The names include Aset Abishev, Almat Zhumagulov and Kezhenbek Abishev.\n", "N002") == []


# -- N003 -----------------------------------------------------------------------------
def test_n003_lexicon_variant_with_safe_fix(tmp_path):
    lex = tmp_path / "names.yaml"
    lex.write_text("names:\n  Serik Zhakhin: [Zhahin]\n", encoding="utf-8")
    text = (
        "Doc. 1\n\nWritten declaration No. 1\n\nWe call for the release of Serik Zhahin.\n\n"
        "*Signed*¹:\n\nZHAHIN Serik, Italy, SOC\n"
    )
    linter = Linter(select_rules(["N003"]), shared={"lexicon_path": str(lex)})
    diags = linter.lint_text(text, "doc.txt")
    assert [text[d.span.start : d.span.end] for d in diags] == ["Zhahin", "ZHAHIN"]
    assert [d.fix.replacement for d in diags] == ["Zhakhin", "ZHAKHIN"]
    assert all(d.fix.applicability == "safe" for d in diags)
    assert linter.lint_text("We call for the release of Serik Zhakhin.\n") == []


def test_n003_builtin_lexicon_and_accepted_spellings():
    assert flagged("President Tokaev spoke.\n", "N003") == ["Tokaev"]
    assert flagged("Le président Kassym-Jomart Tokaïev a parlé.\n", "N003") == []
    assert flagged("President Kassym-Zhomart Tokayev spoke.\n", "N003") == ["Kassym-Zhomart"]
    assert flagged("President Tokayev spoke.\n", "N003") == []


def test_n003_lexicon_canonical_drives_n001(tmp_path):
    lex = tmp_path / "declint.yaml"
    lex.write_text("names:\n  Serik Zhahin:\n    accept: [Zhakhin]\n", encoding="utf-8")
    diags = corpus(
        "Serik Zhahin.\n", "Serik Zhakhin.\n", "Serik Jakhin.\n", shared={"lexicon_path": str(lex)}
    )
    assert [(d.path, d.code) for d in diags] == [("doc2.txt", "N001"), ("doc2.txt", "N001")]
    assert "use 'Zhahin' (the lexicon)" in diags[0].message


# -- N004 -----------------------------------------------------------------------------
def test_n004_mixed_script():
    text = "Senator Roberto R\u0430mpi and the \u0415uropean Union.\n"
    diags = lint(text, ["N004"])
    assert [text[d.span.start : d.span.end] for d in diags] == ["R\u0430mpi", "\u0415uropean"]
    assert [d.fix.replacement for d in diags] == ["Rampi", "European"]
    assert "U+0430" in diags[0].message
    assert lint("Москва, Ελλάδα, Ævarsdóttir, Kılıç, naïve, µg.\n", ["N004"]) == []


# -- seeds ----------------------------------------------------------------------------
def test_seeds_acceptance():
    linter = Linter(select_rules(["N"]))
    result = linter.lint_paths([str(SEEDS)])
    found = {(d.path.rsplit("/", 1)[-1][:3], d.code, d.severity.value) for d in result.diagnostics}
    errors = [d for d in result.diagnostics if d.severity.value == "error"]
    assert {d.path.rsplit("/", 1)[-1][:3] for d in errors} == {"001", "004"}
    assert all("Zhahin" in d.message and "Zhakhin" in d.message for d in errors)
    assert ("003", "N002", "warning") in found
    khas = [d for d in result.diagnostics if "Khasenov" in d.message]
    assert khas and all("Khassenov" in d.message for d in khas)
    assert len(result.diagnostics) == 3


def test_rules_registered_and_json_output(capsys):
    from lint.cli import main

    assert {"N001", "N002", "N003", "N004"} <= set(all_rules())
    assert main(["--select", "N", "--output-format", "json", str(SEEDS)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {d["code"] for d in data} == {"N001", "N002"}


def test_context_default_lexicon_is_optional(tmp_path, monkeypatch):
    from lint.lexicon import lexicon_for

    monkeypatch.chdir(tmp_path)
    assert lexicon_for(Context(), builtin=False).entries == []


def test_two_word_surnames_of_the_lists_are_recognised_in_prose():
    signed = (
        "Written declaration No. 745 | Doc. 15575 | 27 June 2022\n\n"
        "Ms Romilda BALDACCHINO ZARB, Malta, SOC ; Mr Paul GAVAN, Ireland, UEL\n\n"
        "We, the undersigned, declare the following:\n\nNothing.\n"
    )
    prose = "The motion was tabled by Romilda Baldacchino Zarb in June.\n"
    assert corpus(signed, prose, prose) == []
    wrong = "The motion was tabled by Romilda Baldachino Zarb in June.\n"
    diags = corpus(signed, prose, wrong)
    assert [(d.path, d.code) for d in diags] == [("doc2.txt", "N001")]
    assert "'Baldachino Zarb'" in diags[0].message


def test_corpus_rule_examples():
    """The generic doc test runs document rules only: N001's examples are two documents
    of one corpus, N002's one document each."""
    rules = all_rules()
    n001 = rules["N001"]
    assert [d.code for d in corpus(*n001.examples("Example"), select=["N001"])] == ["N001", "N001"]
    (clean,) = n001.examples("Use instead")
    assert corpus(clean, n001.examples("Example")[0].replace("Zhahin", "Zhakhin"), select=["N001"]) == []
    n002 = rules["N002"]
    for text in n002.examples("Example"):
        assert "N002" in [d.code for d in corpus(text, select=["N002"])]
    for text in n002.examples("Use instead"):
        assert corpus(text, select=["N002"]) == []


def test_findings_do_not_depend_on_document_order():
    texts = [
        "Serik Zhahin was arrested.\n",
        "The case of Serik Zhakhin.\n",
        "Serik ZHAKHIN and Serik Zhakhin again.\n",
        "Serik Zhahin, once more.\n",
        "Serik Jakhin, a third spelling.\n",
    ]
    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    linter = Linter(select_rules(["N"]))
    forward = sorted((d.path, d.line, d.message) for d in linter.lint_corpus(docs))
    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    backward = sorted((d.path, d.line, d.message) for d in linter.lint_corpus(docs[::-1]))
    assert forward == backward and forward


def test_a_people_and_its_plural_are_not_name_variants():
    text = (
        "Ukraine: release the Crimean Tatar activists\n\n"
        "More than 100 Crimean Tatars are imprisoned, among them Crimean Tatar leader Nariman Dzhelyal.\n"
    )
    assert [d.code for d in corpus(text)] == []
    # a real variant in the same document is still found
    assert [d.code for d in corpus(text + "Nariman Dzhelial was sentenced again.\n")] == ["N002"]


# -- evidence: diacritics, delegations, given-name forms ------------------------------------
def test_the_spelling_with_diacritics_is_canonical_whatever_the_majority():
    diags = corpus(
        "The report was prepared by Jürgen Klötzer (Germany, SOC).\n",
        "The report was prepared by Jürgen Klotzer.\n",
        "Mr Klotzer could not visit the country.\n",
    )
    assert sorted(d.path for d in diags) == ["doc1.txt", "doc2.txt"]  # never the correct one
    assert all("use 'Klötzer' (the spelling with diacritics)" in d.message for d in diags)


def test_capitals_list_without_diacritics_is_only_information():
    diags = corpus(
        "Signatories: Mr Andrei NASTASE, Republic of Moldova, EPP/CD ; Mr Roberto RAMPI, Italy, SOC\n",
        "Andrei Năstase spoke in Chisinau.\n",
    )
    assert [(d.path, d.severity.value) for d in diags] == [("doc0.txt", "info")]
    assert "drops diacritics" in diags[0].message


def test_signatories_of_different_delegations_are_different_people():
    assert (
        corpus(
            "Signatories: Mr Frank J. JENSSEN, Norway, EPP/CD ; Mr Roberto RAMPI, Italy, SOC\n",
            "Signatories: Mr Michael Aastrup JENSEN, Denmark, ALDE ; Mr Mogens JENSEN, Denmark, SOC\n",
        )
        == []
    )
    # the same delegation keeps the evidence
    diags = corpus(
        "Signatories: Mr Frank JENSSEN, Norway, EPP/CD ; Mr Roberto RAMPI, Italy, SOC\n",
        "Signatories: Mr Frank JENSEN, Norway, EPP/CD ; Mr Jacques MAIRE, France, ALDE\n",
    )
    assert {d.code for d in diags} == {"N001"}


def test_folded_alike_latin_names_of_different_people_are_not_variants():
    assert corpus("A letter from Malte Gallée was read.\n", "Sir Roger Gale spoke.\n") == []
    # one letter apart: still a possible variant (Khassenov / Khasenov)
    diags = corpus("Daniyar Khassenov was detained.\n", "Daryn Khasenov was detained.\n")
    assert {d.severity.value for d in diags} == {"warning"}


def test_given_name_forms_are_the_same_given_name():
    diags = corpus("Oleh Hrytsenko was detained.\n", "Oleg Grytsenko was detained.\n")
    assert {d.severity.value for d in diags} == {"error"} and "same given name" in diags[0].message
    diags = corpus("Oleksandr Merezhko spoke in Strasbourg.\n", "Alexander Merezhko spoke in Strasbourg.\n")
    assert [d.code for d in diags] and all("given name" in d.message for d in diags)


def test_a_person_named_in_prose_keeps_the_delegation_of_their_list_entry():
    assert (
        corpus(
            "Signatories: Mr Frank J. JENSSEN, Norway, EPP/CD ; Mr Roberto RAMPI, Italy, SOC\n",
            "Signatories: Mr Michael Aastrup JENSEN, Denmark, ALDE ; Mr Jacques MAIRE, France, ALDE\n",
            "The Danish member Michael Aastrup Jensen spoke first.\n",
        )
        == []
    )


def test_the_mixed_script_prefilter_covers_every_greek_and_cyrillic_letter():
    import re
    import unicodedata

    from lint.names.scripts import _GREEK_OR_CYRILLIC

    letter = re.compile(r"[^\W\d_]")
    missed = []
    for code in range(0x110000):
        char = chr(code)
        script = unicodedata.name(char, "").split(" ", 1)[0]
        if script in ("GREEK", "CYRILLIC") and letter.match(char) and not _GREEK_OR_CYRILLIC.match(char):
            missed.append(hex(code))
    assert missed == []


# -- given names one letter apart, raw near misses, surname-only lists -----------------------
def test_near_given_names_of_one_delegation_are_one_person():
    diags = corpus(
        "Signatories: Mr Stephan SCHENNACH, Austria, SOC ; Mr Roberto RAMPI, Italy, SOC\n",
        "Signatories: Mr Stefan SCHENNACH, Austria, SOC ; Mr Jacques MAIRE, France, ALDE\n",
    )
    assert {(d.code, d.severity.value) for d in diags} == {("N001", "error")}
    assert "same delegation" in diags[0].message and "given name" in diags[0].message


def test_near_given_names_in_prose_are_a_possible_variant():
    diags = corpus("Emanuel Zingeris spoke in Vilnius.\n", "Emanuelis Zingeris spoke in Vilnius.\n")
    assert {d.severity.value for d in diags} == {"warning"} and "may be two people" in diags[0].message


@pytest.mark.parametrize(
    ("a", "b"), [("Ivan", "Ivana"), ("Nino", "Nina"), ("Louis", "Louise"), ("Aset", "Kezhenbek")]
)
def test_masculine_and_feminine_or_different_given_names_are_two_people(a, b):
    assert corpus(f"{a} Petrovski spoke.\n", f"{b} Petrovski spoke.\n") == []


def test_a_slip_that_folding_spreads_is_still_a_near_miss():
    diags = corpus(
        "The prosecution of Mukhtar Dzhakishev was condemned.\n", "Mukhtar Dzhaikshev remains in prison.\n"
    )
    assert {d.severity.value for d in diags} == {"error"}


def test_surname_only_lists_use_delegation_and_group_as_evidence():
    same = corpus(
        "Signed:\n\nRocheblave, France, EPP/CD\nSmith, United Kingdom, EDG\n",
        "Signed:\n\nRocheblove, France, EPP/CD\nBrown, United Kingdom, EDG\n",
    )
    assert {(d.code, d.severity.value) for d in same} == {("N001", "error")}
    other_group = corpus(
        "Signed:\n\nRocheblave, France, EPP/CD\nSmith, United Kingdom, EDG\n",
        "Signed:\n\nRocheblove, France, SOC\nBrown, United Kingdom, EDG\n",
    )
    assert other_group == []


def test_a_masculine_feminine_pair_in_one_delegation_and_group_is_one_person():
    diags = corpus(
        "Signatories: Ms Nino GOGUADZE, Georgia, EC ; Mr Roberto RAMPI, Italy, SOC\n",
        "Signatories: Ms Nina GOGUADZE, Georgia, EC ; Mr Jacques MAIRE, France, ALDE\n",
    )
    assert {(d.code, d.severity.value) for d in diags} == {("N001", "error")}
    assert (
        corpus(
            "Signatories: Ms Nino GOGUADZE, Georgia, EC ; Mr Roberto RAMPI, Italy, SOC\n",
            "Signatories: Ms Nina GOGUADZE, Georgia, SOC ; Mr Jacques MAIRE, France, ALDE\n",
        )
        == []
    )


def test_a_tie_goes_to_the_spelling_the_word_lists_know_and_latin_beats_mixed_script():
    text = "Oleg Sentsov was sentenced. Olkeg Sentsov appealed.\n\nThe journalist Hratn Dink was killed. Hrant Dink is remembered.\n"
    found = lint(text, ["N002"])
    assert [text[d.span.start : d.span.end] for d in found] == ["Olkeg", "Hratn"]
    assert "use 'Oleg' (the spelling of the list of given names)" in found[0].message
    assert "use 'Hrant' (the spelling the word lists know as a name)" in found[1].message
    mixed = "Mеhman Huseynov spoke; Mehman Huseynov was arrested.\n"  # a Cyrillic е first
    found = lint(mixed, ["N002"])
    assert [mixed[d.span.start : d.span.end] for d in found] == ["Mеhman"]
    assert "use 'Mehman' (the spelling in Latin letters)" in found[0].message


def test_a_tie_between_two_known_given_names_goes_to_the_list_of_given_names():
    # wordfreq knows Emanuel (more often, even) and Emmanuel: the list of given names decides
    text = "Emanuel Macron spoke in Strasbourg. Later Emmanuel Macron met the President.\n"
    found = lint(text, ["N002"])
    assert [text[d.span.start : d.span.end] for d in found] == ["Emanuel"]
    assert "use 'Emmanuel' (the spelling of the list of given names)" in found[0].message


def test_given_names_a_slip_apart_are_one_person():
    text = (
        "MP Elkhan Suleymanov has addressed a letter. MP Elkahn Suleymanov said the sanctions were unfair.\n\n"
        "Rapporteurs Joseph Gresh and Anne Brasseur spoke. Josepn Gresh said it was balanced. "
        "Anhe Brasseur agreed.\n"
    )
    found = lint(text, ["N002"])
    assert [text[d.span.start : d.span.end] for d in found] == ["Elkahn", "Josepn", "Anhe"]
    assert all(d.severity.value == "error" for d in found)
    assert "two letters of the given name swapped" in found[0].message
    assert "'Josepn' is no known given name" in found[1].message


def test_two_real_given_names_one_letter_apart_may_be_two_people():
    text = "Marko Petrovic spoke first. Later Mirko Petrovic, his brother, spoke.\n"
    found = lint(text, ["N002"])
    assert all(d.severity.value == "warning" for d in found)
