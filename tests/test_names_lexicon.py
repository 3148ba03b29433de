"""The YAML names lexicon: format, errors naming the key, default and configured paths."""

import pytest

from lint.lexicon import LexiconError, lexicon_for, load_lexicon, parse_lexicon
from lint.rules.base import Context


def test_short_and_long_forms():
    lex = parse_lexicon(
        {
            "names": {
                "Serik Zhakhin": ["Zhahin"],
                "Kassym-Jomart Tokayev": {"variants": ["Tokaev"], "accept": ["Tokaïev"]},
            },
            "distinct": [["Daniyar Khassenov", "Daryn Khasenov"]],
        }
    )
    entry, variant = lex.entry_for_variant("serik", "zhahin")
    assert entry.canonical.surname_text == "Zhakhin" and variant.surname == "zhahin"
    assert lex.entry_for_variant("", "zhahin") is not None  # a surname variant, any given name
    assert lex.is_known("", "tokaïev") and lex.is_known("kassym-jomart", "tokayev")
    assert lex.entry_for_variant("", "tokayev") is None
    assert lex.are_distinct(("daniyar", "khassenov"), ("daryn", "khasenov"))
    assert not lex.are_distinct(("daniyar", "khassenov"), ("daniyar", "khassenov"))


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (["a"], "top level"),
        ({"name": {}}, "name: unknown key"),
        ({"names": ["Serik Zhakhin"]}, "names: expected a mapping"),
        ({"names": {"Serik Zhakhin": [1]}}, "names.'Serik Zhakhin'[0]"),
        ({"names": {"Serik Zhakhin": {"variant": ["x"]}}}, "names.'Serik Zhakhin'.variant: unknown key"),
        ({"names": {"Serik Zhakhin": {"accept": 3}}}, "names.'Serik Zhakhin'.accept: expected a list"),
        ({"distinct": [["Aset Abishev"]]}, "distinct[0]: a group needs at least two"),
        ({"distinct": "x"}, "distinct: expected a list"),
    ],
)
def test_errors_name_the_key(data, where):
    with pytest.raises(LexiconError) as err:
        parse_lexicon(data, "declint.yaml")
    assert where in str(err.value) and str(err.value).startswith("declint.yaml: ")


def test_files_safe_load_and_paths(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("names: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_lexicon(str(bad))
    unsafe = tmp_path / "unsafe.yaml"
    unsafe.write_text("names: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon(str(unsafe))
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(str(tmp_path / "missing.yaml"))
    monkeypatch.chdir(tmp_path)
    assert load_lexicon().entries == []  # no declint.yaml: an empty lexicon
    (tmp_path / "declint.yaml").write_text("names:\n  Serik Zhakhin: [Zhahin]\n", encoding="utf-8")
    assert len(load_lexicon().entries) == 1
    other = tmp_path / "other.yaml"
    other.write_text("names:\n  Aset Abishev: [Abyshev]\n  Maks Bokayev: [Bokaev]\n", encoding="utf-8")
    assert len(lexicon_for(Context(shared={"lexicon_path": str(other)}), builtin=False).entries) == 2
    assert len(lexicon_for(Context(), builtin=True).entries) > 1  # user's entries, then the built-in ones


def test_cli_reports_a_bad_lexicon_as_a_usage_error(tmp_path, capsys):
    from lint.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("names: 3\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Serik Zhakhin.\n", encoding="utf-8")
    assert main(["names", "--lexicon", str(bad), str(doc)]) == 2
    assert "names: expected a mapping" in capsys.readouterr().err


def test_no_lexicon_file_imports_no_yaml(tmp_path):
    """A one-file run with no declint.yaml does not pay for importing yaml (~13 ms)."""
    import subprocess
    import sys

    code = (
        "import sys; from lint.lexicon import load_lexicon; "
        "lex = load_lexicon(); print(len(lex.entries), 'yaml' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "False"]


def test_builtin_public_figures_given_name_anchored_variants():
    from lint.runner import Linter, select_rules

    linter = Linter(select_rules(["N003"]))
    found = [d.fix.replacement for d in linter.lint_text("Semyon Timoshenko, then Yulia Timoshenko.\n")]
    assert found == ["Tymoshenko"]  # the marshal is another person
    found = [d.fix.replacement for d in linter.lint_text("Thorbjorn Jagland and Khadija Ismailova met.\n")]
    assert found == ["Thorbjørn", "Ismayilova"]
    assert linter.lint_text("Aliaksandr Lukashenka and Nikol Pachinian.\n") == []  # accepted forms
