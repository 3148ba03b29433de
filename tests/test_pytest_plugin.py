"""The pytest plugin (``pytest --declint``), exercised with pytest's own ``pytester``."""

import importlib
import tomllib
from importlib.metadata import entry_points

import pytest

from tests.conftest import ROOT, SEEDS
from tests.helpers import lint

pytest_plugins = ["pytester"]

GOOD = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
BAD = GOOD.replace("Italy, SOC ; Lord", "Italy, S.O.C ; Lord", 1)

# Installed (pip install -e .), the plugin is loaded through its entry point; from a bare
# checkout it is loaded by name. Loading it both ways would register it twice.
INSTALLED = bool(entry_points(group="pytest11", name="declint"))
PLUGIN = [] if INSTALLED else ["-p", "lint.pytest_plugin"]


@pytest.fixture(autouse=True, scope="module")
def _warm():
    # pytester's in-process runs drop the modules they imported when they end; a C
    # extension such as PyYAML's does not survive being imported again. Import
    # everything the plugin uses here, outside the runs.
    for module in ("lint.output.full", "lint.pytest_plugin", "lint.reading"):
        importlib.import_module(module)
    lint(BAD)


@pytest.fixture
def docs(pytester):
    pytester.mkdir("corpus")
    (pytester.path / "corpus" / "clean.txt").write_text(GOOD, encoding="utf-8")
    (pytester.path / "corpus" / "defective.txt").write_text(BAD, encoding="utf-8")
    return pytester


def test_entry_point_is_declared():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["pytest11"] == {"declint": "lint.pytest_plugin"}


def test_clean_passes_and_defective_fails_with_full_format(docs):
    result = docs.runpytest(*PLUGIN, "--declint", "corpus", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "corpus/clean.txt::clean.txt PASSED*",
            "corpus/defective.txt::defective.txt FAILED*",
            "corpus/defective.txt:7:26: S002 malformed group code 'S.O.C'; did you mean 'SOC'?",
            "7 | Mr Roberto RAMPI, Italy, S.O.C ;*",
            "  |                          ^^^^^",
            "  = unsafe fix: replace with 'SOC'",
            "Found 1 problem in 1 file*",
        ]
    )


def test_without_the_option_documents_are_not_collected(docs):
    result = docs.runpytest(*PLUGIN, "corpus")
    result.assert_outcomes()
    assert "clean.txt" not in result.stdout.str()


def test_markdown_is_collected_and_other_files_are_not(pytester):
    pytester.makefile(".md", note=BAD)
    pytester.makefile(".csv", table=BAD)
    result = pytester.runpytest(*PLUGIN, "--declint", "-v")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["note.md::note.md FAILED*"])


def test_unreadable_document_fails_with_its_file_code(pytester):
    (pytester.path / "binary.txt").write_bytes(b"Written\x00declaration\n")
    result = pytester.runpytest(*PLUGIN, "--declint")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["binary.txt:1:1: F002 binary file: NUL byte at offset 7*"])


def test_junit_report_has_a_testcase_per_document(docs):
    result = docs.runpytest(*PLUGIN, "--declint", "corpus", "--junitxml=report.xml")
    result.assert_outcomes(passed=1, failed=1)
    xml = (docs.path / "report.xml").read_text(encoding="utf-8")
    assert 'name="clean.txt"' in xml and 'name="defective.txt"' in xml
    assert "S002 malformed group code" in xml


def test_marker_selects_declint_items(docs):
    docs.makepyfile(test_other="def test_x():\n    pass\n")
    result = docs.runpytest(*PLUGIN, "--declint", "-m", "declint")
    result.assert_outcomes(passed=1, failed=1, deselected=1)


CORPUS_RULE = '''
import pathlib
from lint.diagnostics import Problem, Severity
from lint.document import Span
from lint.rules.base import rule

@rule("X901", "shared-title", Severity.ERROR, scope="corpus")
def shared_title(docs, ctx):
    """## What it does
    Flags documents whose first line another document also has."""
    with open(pathlib.Path(__file__).parent / "calls.log", "a") as log:
        log.write(" ".join(sorted(d.path for d in docs)) + "\\n")
    first = {}
    for doc in docs:
        first.setdefault(doc.text.splitlines()[0], []).append(doc)
    for group in first.values():
        if len(group) > 1:
            for doc in group:
                yield doc, Problem(Span(0, len(doc.text.splitlines()[0])), f"title shared by {len(group)} documents")

@rule("X902", "note", Severity.INFO)
def note(doc, ctx):
    """## What it does
    An information only."""
    yield Problem(Span(0, len(doc.text.splitlines()[0])), "just so you know")
'''


@pytest.fixture
def corpus_rule(pytester, monkeypatch):
    # A subprocess keeps the test rules out of this process's rule registry.
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(CORPUS_RULE)
    for name, title in [("a", "Same title"), ("b", "Same title"), ("c", "Other title")]:
        (pytester.path / f"{name}.txt").write_text(f"{title}\n\nSome text here.\n", encoding="utf-8")
    return pytester


def test_cross_document_rules_run_once_over_all_collected_documents(corpus_rule):
    result = corpus_rule.runpytest_subprocess(*PLUGIN, "--declint", "-k", "a.txt or c.txt", "-v")
    result.assert_outcomes(passed=1, failed=1, deselected=1)
    result.stdout.fnmatch_lines(["a.txt:1:1: X901 title shared by 2 documents"])
    calls = (corpus_rule.path / "calls.log").read_text(encoding="utf-8").splitlines()
    assert calls == ["a.txt b.txt c.txt"]  # once, and b.txt was seen although deselected


def test_info_findings_alone_do_not_fail(corpus_rule):
    result = corpus_rule.runpytest_subprocess(*PLUGIN, "--declint", "c.txt")
    result.assert_outcomes(passed=1)


# -- the CLI's configuration --------------------------------------------------------
def test_pyproject_configuration_is_honoured(docs):
    docs.makepyprojecttoml('[tool.declint]\nignore = ["S002"]\nexclude = ["corpus/skip*"]\n')
    (docs.path / "corpus" / "skipped.txt").write_text(BAD, encoding="utf-8")
    result = docs.runpytest(*PLUGIN, "--declint", "corpus", "-v")
    result.assert_outcomes(passed=2)
    assert "skipped.txt" not in result.stdout.str()


def test_per_file_ignores_and_config_file_option(docs):
    (docs.path / "declint.toml").write_text('[per-file-ignores]\n"corpus/defective.txt" = ["S"]\n')
    result = docs.runpytest(*PLUGIN, "--declint", "--declint-config", "declint.toml", "corpus")
    result.assert_outcomes(passed=2)
    result = docs.runpytest(*PLUGIN, "--declint", "corpus")
    result.assert_outcomes(passed=1, failed=1)


def test_bad_configuration_is_a_usage_error(docs):
    docs.makepyprojecttoml('[tool.declint]\nselectt = ["S"]\n')
    result = docs.runpytest(*PLUGIN, "--declint", "corpus")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "selectt" in result.stderr.str()


def test_include_globs_choose_the_documents(docs):
    docs.makepyprojecttoml('[tool.declint]\ninclude = ["*.text"]\n')
    (docs.path / "corpus" / "other.text").write_text(BAD, encoding="utf-8")
    result = docs.runpytest(*PLUGIN, "--declint", "corpus", "-v")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["corpus/other.text::other.text FAILED*"])
