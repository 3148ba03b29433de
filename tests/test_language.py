"""English or French: the language decides which rules run."""

import pytest

from lint.parse.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Nous condamnons fermement cette décision. Les membres exigent la libération des prisonniers.",
        "Déclaration écrite n° 745 | Doc. 15575 | 27 juin 2022",
        "L'Assemblée rappelle qu'elle a déjà demandé la libération de M. Zhakhin.",
    ],
)
def test_short_french_texts_are_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Jordi de PUIG i OLIVE, Spain, SOC ; Ms Anne-Marie DESCÔTES, France, ALDE ; Mr Jean-Pierre GRIN, Switzerland, ALDE",
        "Le Monde reported on the case of the activists held in Baku.",
        "The rapporteur met Mme Nicole Trisse and M. Jacques Maire at the Palais de l'Europe.",
        "",
    ],
)
def test_english_texts_with_french_names_stay_english(text):
    assert detect_language(text) == "en"
