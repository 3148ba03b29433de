"""The on-demand word table (lint.wordtable) answers as the dict it replaces in small runs."""

import marshal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint import words
from lint.runner import Linter, select_rules
from lint.wordtable import WordTable, encode

SAMPLE = {"the": 7.73, "assembly": 4.92, "déclaration": 3.1, "naïve": 2.0, "x": 0.0, "étés": 1.96}


def table(entries: dict) -> WordTable:
    return WordTable(encode(entries.items(), len(entries)))


def test_lookups_match_the_dict():
    t = table(SAMPLE)
    for word, value in SAMPLE.items():
        assert t.get(word) == value
        assert word in t
        assert t[word] == value
    assert t.get("assembley") is None
    assert t.get("assembley", 0.0) == 0.0
    assert "Assembly" not in t  # case matters, as in the dict
    with pytest.raises(KeyError):
        t["assembley"]


def test_a_word_list_without_values_is_a_set():
    t = WordTable(encode(((w, None) for w in ("politicial", "goverment")), 2))
    assert "politicial" in t and "goverment" in t
    assert "politics" not in t
    assert t.get("politicial") == 0.0


def test_odd_keys_are_absent_not_errors():
    t = table(SAMPLE)
    assert "\ud800" not in t  # a lone surrogate cannot be encoded: no word
    assert 3 not in t
    assert "" not in t
    assert "the\tx" not in t


def test_a_damaged_file_is_refused():
    good = encode(SAMPLE.items(), len(SAMPLE))
    fmt, n, offsets, blob = marshal.loads(good)
    with pytest.raises(ValueError):
        WordTable(marshal.dumps((fmt + 1, n, offsets, blob)))
    with pytest.raises(ValueError):
        WordTable(marshal.dumps((fmt, n, offsets, blob[:-1])))


@given(
    st.dictionaries(st.text(min_size=1, max_size=12), st.integers(0, 800).map(lambda v: v / 100), max_size=60)
)
def test_any_table_round_trips(entries):
    entries = {w: v for w, v in entries.items() if "\n" not in w and "\t" not in w and w.isprintable()}
    t = table(entries)
    for word, value in entries.items():
        assert t.get(word) == value
    for word in entries:
        probe = word + "q"
        assert (probe in t) == (probe in entries)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_real_tables_agree(language):
    full = words._frequencies(language, False)
    on_demand = words._frequencies(language, True)
    sample = [*list(full)[::97], "zzqxj", "assembley", "torelease", "Assembly"]
    for word in sample:
        assert on_demand.get(word, 0.0) == full.get(word, 0.0), word
        assert (word in on_demand) == (word in full), word


def test_small_runs_read_on_demand_and_large_ones_load_the_dict(tmp_path):
    linter = Linter(select_rules())
    (tmp_path / "a.txt").write_text("The Assembly calls on the authorities.\n", encoding="utf-8")
    try:
        linter.lint_paths([str(tmp_path)])
        assert isinstance(words.frequencies("en"), WordTable)
        for i in range(words.ON_DEMAND_MAX_DOCS + 1):
            (tmp_path / f"b{i}.txt").write_text("The Assembly met.\n", encoding="utf-8")
        linter.lint_paths([str(tmp_path)])
        assert isinstance(words.frequencies("en"), dict)
    finally:
        words.read_on_demand(False)
