"""The result cache: per-file results keyed by content, configuration, lexicon and version;
cross-document results reused while no document changed; reference documents unpickled."""

import os
import time

import pytest

from lint import runner
from lint.cache import Cache
from lint.cli import main
from lint.diagnostics import Problem, Severity
from lint.document import Span
from lint.rules.base import Rule
from lint.runner import Linter, select_rules

TOTAL = "Signed:\n\nGATTOLIN André, France, ALDE\nMAIRE Jacques, France, ALDE\nRAMPI Roberto, Italy, SOC\n\nTotal = 4\n"
CLEAN = TOTAL.replace("Total = 4", "Total = 3")


def corpus_rule(calls):
    """A cross-document rule outside the registry: reports the first document when the
    corpus has more than two documents, and records every call."""

    def check(docs, ctx):
        calls.append(sorted(os.path.basename(d.path) for d in docs))
        if len(docs) > 2:
            yield docs[0], Problem(Span(0, 7), f"corpus of {len(docs)}")

    return Rule("X900", "spy", Severity.WARNING, "", check, scope="corpus")


def old(path, seconds=10):
    """Backdate a file so its stat can be trusted (not 'racy')."""
    t = time.time() - seconds
    os.utime(path, (t, t))


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for name, text in (("a.txt", TOTAL), ("b.txt", CLEAN), ("c.txt", TOTAL)):
        (d / name).write_text(text, encoding="utf-8")
        old(d / name)
    return d


def lint(linter, paths, cache_dir, **kwargs):
    cache = Cache.for_linter(str(cache_dir), linter)
    result = linter.lint_paths(paths, cache=cache, **kwargs)
    return result, cache


def as_json(result):
    return [d.to_json() for d in result.diagnostics]


def test_warm_run_reuses_results(corpus, tmp_path):
    linter = Linter(select_rules(["S"]))
    cold, c1 = lint(linter, [str(corpus)], tmp_path / "cache")
    warm, c2 = lint(linter, [str(corpus)], tmp_path / "cache")
    assert (c1.hits, c1.misses) == (0, 3) and (c2.hits, c2.misses) == (3, 0)
    assert as_json(warm) == as_json(cold) == as_json(linter.lint_paths([str(corpus)]))
    assert [d.code for d in warm.diagnostics] == ["S001", "S001"]
    # Files with findings are read back for the source snippets; clean ones are not.
    assert sorted(os.path.basename(p) for p in warm.sources) == ["a.txt", "c.txt"]


def test_changed_file_is_relinted(corpus, tmp_path):
    linter = Linter(select_rules(["S001"]))
    lint(linter, [str(corpus)], tmp_path / "cache")
    (corpus / "b.txt").write_text(TOTAL, encoding="utf-8")
    result, cache = lint(linter, [str(corpus)], tmp_path / "cache")
    assert (cache.hits, cache.misses) == (2, 1)
    assert len(result.diagnostics) == 3


def test_same_size_same_mtime_edit_is_seen(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TOTAL, encoding="utf-8")
    linter = Linter(select_rules(["S001"]))
    first, _ = lint(linter, [str(path)], tmp_path / "cache")
    st = os.stat(path)
    path.write_text(CLEAN, encoding="utf-8")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same mtime
    second, cache = lint(linter, [str(path)], tmp_path / "cache")
    assert len(first.diagnostics) == 1 and second.diagnostics == [] and cache.misses == 1


def test_options_lexicon_and_rules_are_part_of_the_key(corpus, tmp_path):
    base = Linter(select_rules(["S"]))
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("names: {}\n")
    variants = [
        Linter(select_rules(["S001"])),
        Linter(select_rules(["S"]), {"S011": {"min-signatories": 2}}),
        Linter(select_rules(["S"]), shared={"lexicon_path": str(lexicon)}),
    ]
    keys = {Cache.for_linter(str(tmp_path / "c"), linter).dir for linter in [base, *variants]}
    assert len(keys) == 4
    before = Cache.for_linter(str(tmp_path / "c"), variants[2]).dir
    lexicon.write_text("names:\n  Serik Zhakhin: [Zhahin]\n")
    assert Cache.for_linter(str(tmp_path / "c"), variants[2]).dir != before


def test_corrupt_index_is_ignored(corpus, tmp_path):
    linter = Linter(select_rules(["S001"]))
    _, cache = lint(linter, [str(corpus)], tmp_path / "cache")
    with open(cache.index_path, "wb") as handle:
        handle.write(b"not a pickle")
    result, cache = lint(linter, [str(corpus)], tmp_path / "cache")
    assert cache.misses == 3 and len(result.diagnostics) == 2


def test_paths_are_shown_as_given(corpus, tmp_path, monkeypatch):
    linter = Linter(select_rules(["S001"]))
    lint(linter, [str(corpus)], tmp_path / "cache")
    monkeypatch.chdir(corpus)
    result, cache = lint(linter, ["a.txt"], tmp_path / "cache")
    assert cache.hits == 1 and [d.path for d in result.diagnostics] == ["a.txt"]


def test_corpus_results_reused_while_nothing_changed(corpus, tmp_path):
    calls = []
    linter = Linter([corpus_rule(calls)])
    cold, _ = lint(linter, [str(corpus)], tmp_path / "cache")
    warm, _ = lint(linter, [str(corpus)], tmp_path / "cache")
    assert len(calls) == 1
    assert as_json(warm) == as_json(cold) and [d.message for d in warm.diagnostics] == ["corpus of 3"]
    (corpus / "c.txt").write_text(CLEAN, encoding="utf-8")
    lint(linter, [str(corpus)], tmp_path / "cache")
    assert len(calls) == 2


def test_one_file_run_does_not_reparse_the_reference(corpus, tmp_path, monkeypatch):
    calls = []
    linter = Linter([corpus_rule(calls)])
    lint(linter, [str(corpus)], tmp_path / "cache")  # the whole corpus once: documents cached
    new = tmp_path / "new.txt"
    new.write_text(TOTAL, encoding="utf-8")
    parsed = []
    real = runner.parse
    monkeypatch.setattr(runner, "parse", lambda text, path, *a: parsed.append(path) or real(text, path, *a))
    result, _ = lint(linter, [str(new)], tmp_path / "cache", reference_paths=[str(corpus)])
    assert calls[-1] == ["a.txt", "b.txt", "c.txt", "new.txt"]
    assert parsed == [str(new)]  # the reference documents came from the cache
    assert [(os.path.basename(d.path), d.message) for d in result.diagnostics] == [("new.txt", "corpus of 4")]


def test_cli_cache_directory_and_no_cache(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["docs", "--select", "S001", "--no-cache"]) == 1
    uncached = capsys.readouterr().out
    assert not (tmp_path / ".declint_cache").exists()
    for _ in range(2):
        assert main(["docs", "--select", "S001"]) == 1
        assert capsys.readouterr().out == uncached
    cache_dir = tmp_path / ".declint_cache"
    assert (cache_dir / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (cache_dir / ".gitignore").read_text().endswith("*\n")
    assert main(["docs", "--select", "S001", "--cache-dir", "elsewhere"]) == 1
    assert (tmp_path / "elsewhere" / "CACHEDIR.TAG").exists()


def test_unwritable_cache_is_not_an_error(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory would go")
    assert main(["docs", "--select", "S001", "--cache-dir", str(blocker)]) == 1
    out, err = capsys.readouterr()
    assert out.count("S001") == 2 and "error" not in err
