"""Configuration: [tool.declint] discovery, validation, overrides and --show-settings."""

import os
import subprocess
import sys

import pytest

from lint.cli import main
from lint.config import ConfigError, load_settings, parse_size
from tests.conftest import ROOT

# S001 fires on this text (the total says 4, the list has 3), nothing else among S001-S002.
TOTAL = "Signed:\n\nGATTOLIN André, France, ALDE\nMAIRE Jacques, France, ALDE\nRAMPI Roberto, Italy, SOC\n\nTotal = 4\n"
# S002 fires on the malformed code.
GROUP = "Mr Roberto RAMPI, Italy, S.O.C ; Ms Nerea AHEDO, Spain, ALDE\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main([*argv, "--no-cache", "--output-format", "concise"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, monkeypatch):
    write(tmp_path / "docs" / "total.txt", TOTAL)
    write(tmp_path / "docs" / "group.txt", GROUP)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_nearest_pyproject_found_upward(project, monkeypatch, capsys):
    write(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.declint]\nselect = ["S001"]\n')
    monkeypatch.chdir(project / "docs")
    code, out, _ = run(capsys, ".")
    assert code == 1
    assert "S001" in out and "S002" not in out


def test_pyproject_without_table_is_skipped(project, monkeypatch, capsys):
    write(project / "pyproject.toml", '[tool.declint]\nselect = ["S002"]\n')
    write(project / "docs" / "pyproject.toml", '[project]\nname = "inner"\n')
    monkeypatch.chdir(project / "docs")
    _code, out, _ = run(capsys, ".")
    assert "S002" in out and "S001" not in out


def test_no_configuration_means_defaults(project, capsys):
    code, out, _ = run(capsys, "docs")
    assert code == 1 and "S001" in out and "S002" in out


def test_unknown_key_is_exit_2_with_file_key_and_allowed(project, capsys):
    write(project / "pyproject.toml", '[tool.declint]\nselct = ["S001"]\n')
    code, _out, err = run(capsys, "docs")
    assert code == 2
    assert "pyproject.toml" in err and "'selct'" in err and "allowed:" in err and "select" in err


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('select = ["Z9"]', "'Z9' matches no rule code"),
        ("select = 3", "'select' must be a list"),
        ('max-file-size = "huge"', "'max-file-size'"),
        ('[rules.S001]\nseverity = "fatal"', "allowed: error, warning, info"),
        ('[rules.S011]\nmin-signatories = "many"', "'rules.S011.min-signatories'"),
        (
            "[rules.S011]\nmin-signatures = 20",
            "allowed: severity, min-delegations, min-groups, min-signatories",
        ),
        ("[rules.X999]\nseverity = 'info'", "'rules.X999': unknown rule code"),
        ('lexicon = "missing.yaml"', "'lexicon'"),
        ('per-file-ignores = ["a"]', "'per-file-ignores' must be"),
    ],
)
def test_bad_values_are_exit_2(project, capsys, body, expected):
    table = "[tool.declint]\n" + body.replace("[rules.", "[tool.declint.rules.") + "\n"
    write(project / "pyproject.toml", table)
    code, _, err = run(capsys, "docs")
    assert code == 2
    assert expected in err and "pyproject.toml" in err


def test_invalid_toml_is_exit_2(project, capsys):
    write(project / "pyproject.toml", "[tool.declint\n")
    code, _, err = run(capsys, "docs")
    assert code == 2 and "invalid TOML" in err


def test_severity_and_options(project, capsys):
    write(
        project / "pyproject.toml",
        '[tool.declint]\nselect = ["S001", "S011"]\n'
        '[tool.declint.rules.S001]\nseverity = "info"\n'
        "[tool.declint.rules.S011]\nmin-signatories = 2\nmin-delegations = 1\nmin-groups = 1\n",
    )
    code, out, _ = run(capsys, "docs/total.txt")
    assert "S001 [info]" in out
    assert "S011" not in out  # three signatories satisfy the configured threshold
    assert code == 0  # info findings do not fail the run


def test_cli_flags_override_configuration(project, capsys):
    write(project / "pyproject.toml", '[tool.declint]\nselect = ["S001"]\n')
    code, out, _ = run(capsys, "docs", "--select", "S002")
    assert "S002" in out and "S001" not in out
    code, out, _ = run(capsys, "docs", "--ignore", "S001")
    assert code == 0 and "S001" not in out
    code, out, _ = run(capsys, "docs", "--extend-select", "S002")
    assert "S001" in out and "S002" in out


def test_extend_select_and_ignore_in_configuration(project, capsys):
    write(
        project / "pyproject.toml",
        '[tool.declint]\nselect = ["F"]\nextend-select = ["S00"]\nignore = ["S002"]\n',
    )
    _code, out, _ = run(capsys, "docs")
    assert "S001" in out and "S002" not in out


def test_per_file_ignores(project, capsys):
    write(
        project / "pyproject.toml",
        '[tool.declint.per-file-ignores]\n"docs/total.txt" = ["S001"]\n"*.md" = ["ALL"]\n',
    )
    write(project / "docs" / "notes.md", TOTAL)
    _code, out, _ = run(capsys, "docs")
    assert "total.txt" not in out and "notes.md" not in out and "group.txt" in out


def test_include_and_exclude(project, capsys):
    write(project / "docs" / "extra.text", TOTAL)
    write(project / "docs" / "old" / "x.txt", TOTAL)
    write(
        project / "pyproject.toml",
        '[tool.declint]\ninclude = ["*.text", "*.txt"]\nexclude = ["docs/old/*"]\n',
    )
    code, out, _ = run(capsys, "docs")
    assert code == 1 and "extra.text" in out and "old" not in out
    # A file named on the command line is linted even when excluded.
    _code, out, _ = run(capsys, os.path.join("docs", "old", "x.txt"))
    assert "S001" in out


def test_exclude_is_anchored_at_the_project_root(project, monkeypatch, capsys):
    write(project / "docs" / "old" / "x.txt", TOTAL)
    write(project / "docs" / "old" / "draft-1.txt", TOTAL)
    write(project / "pyproject.toml", '[tool.declint]\nexclude = ["docs/old/x.txt", "draft-*"]\n')
    monkeypatch.chdir(project / "docs")
    code, out, _ = run(capsys, ".")
    assert code == 1 and "total.txt" in out
    assert "old" not in out


def test_max_file_size(project, capsys):
    write(project / "pyproject.toml", '[tool.declint]\nmax-file-size = "10 B"\n')
    code, out, _ = run(capsys, "docs/total.txt")
    assert code == 2 and "F005" in out


def test_parse_size():
    assert parse_size(100) == 100
    assert parse_size("2 KiB") == 2048
    assert parse_size("1.5MB") == 1_500_000
    assert parse_size("0") is None and parse_size(True) is None and parse_size("lots") is None


def test_explicit_config_file_plain_toml(project, capsys):
    write(project / "declint.toml", 'select = ["S002"]\n')
    code, out, _ = run(capsys, "docs", "--config", "declint.toml")
    assert "S002" in out and "S001" not in out
    code, _, err = run(capsys, "docs", "--config", "nope.toml")
    assert code == 2 and "nope.toml" in err


def test_paths_resolve_relative_to_the_configuration(project, monkeypatch):
    write(project / "names.yaml", "names: {}\n")
    write(
        project / "pyproject.toml",
        '[tool.declint]\nlexicon = "names.yaml"\nreference = ["docs"]\nbaseline = "b.json"\n',
    )
    monkeypatch.chdir(project / "docs")
    s = load_settings()
    assert s.lexicon == str(project / "names.yaml")
    assert s.reference == [str(project / "docs")]
    assert s.baseline == str(project / "b.json")
    assert s.root == str(project)


def test_lexicon_reaches_the_linter(project):
    from lint.cli import build_parser
    from lint.session import start

    write(project / "declint.yaml", "names: {}\n")  # the default name, found beside the config
    write(project / "pyproject.toml", "[tool.declint]\n")
    session = start(build_parser().parse_args(["docs", "--no-cache"]))
    assert session.linter.shared["lexicon_path"] == str(project / "declint.yaml")


def test_reference_paths_reach_the_runner(project, monkeypatch):
    from lint.runner import Linter

    write(project / "pyproject.toml", '[tool.declint]\nreference = ["corpus"]\n')
    seen = {}
    original = Linter.lint_paths

    def spy(self, paths, *args, **kwargs):
        seen.update(kwargs)
        return original(self, paths, *args, **kwargs)

    monkeypatch.setattr(Linter, "lint_paths", spy)
    main(["docs/total.txt", "--no-cache", "-q"])
    assert seen["reference_paths"] == [str(project / "corpus")]


def corpus_rule(seen):
    """A cross-document rule outside the registry that records what it was given."""
    from lint.diagnostics import Severity
    from lint.rules.base import Rule

    def check(docs, ctx):
        seen.append(sorted(os.path.basename(d.path) for d in docs))
        return []

    return Rule("X900", "spy", Severity.ERROR, "", check, scope="corpus")


def test_reference_documents_reach_cross_document_rules(project):
    from lint.runner import Linter

    write(project / "corpus" / "a.txt", GROUP)
    write(project / "corpus" / "b.txt", TOTAL)
    seen = []
    linter = Linter([corpus_rule(seen)])
    linter.lint_paths(["docs/total.txt"], reference_paths=["corpus", "docs"])
    # Every reference document except the linted file itself (never compared with itself).
    assert seen == [["a.txt", "b.txt", "group.txt", "total.txt"]]
    assert sum(name == "total.txt" for name in seen[0]) == 1


def test_show_settings(project, capsys):
    write(
        project / "pyproject.toml",
        '[tool.declint]\nselect = ["S0"]\nignore = ["S002"]\n[tool.declint.rules.S011]\nmin-groups = 3\n',
    )
    code = main(["--show-settings"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"# configuration file: {project / 'pyproject.toml'}" in out
    assert 'select = ["S0"]' in out and 'ignore = ["S002"]' in out
    assert '"S001"' in out and '"S002"' not in out.split("enabled = ")[1].splitlines()[0]
    section = out.split("[tool.declint.rules.S011]")[1]
    assert "min-groups = 3" in section and "min-signatories = 20" in section


def test_load_settings_errors_name_the_file(tmp_path):
    p = write(tmp_path / "pyproject.toml", "[tool.declint]\nexclude = [1]\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: 'exclude' must be"):
        load_settings(cwd=str(tmp_path))
    write(tmp_path / "x.toml", "[project]\n")
    with pytest.raises(ConfigError, match="unknown key 'project'"):
        load_settings(str(tmp_path / "x.toml"))
    assert p.exists()


# -- the default selection and opt-in rules ------------------------------------------------------


def _codes(rules):
    return {r.code for r in rules}


def test_opt_in_rules_are_out_of_the_default_selection_only():
    from lint.runner import select_rules

    default = _codes(select_rules())
    assert "T008" not in default and "T004" in default and "S001" in default
    assert "T008" in _codes(select_rules(extend=["T008"]))
    assert "T008" in _codes(select_rules(["T"]))  # a prefix selects it
    assert "T008" in _codes(select_rules(["ALL"]))
    assert _codes(select_rules(["ALL"])) - default == {"T008"}


def test_ignore_a_family_against_the_default_or_all():
    from lint.runner import select_rules

    for select in (None, ["ALL"]):
        chosen = _codes(select_rules(select, ["S"]))
        assert not any(c.startswith("S") for c in chosen), select
    # the most specific prefix wins both ways
    assert _codes(select_rules(["S002"], ["S"])) == {"S002"}
    assert "S002" not in _codes(select_rules(["S"], ["S002"]))


def test_extend_select_in_pyproject_enables_an_opt_in_rule(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.declint]\nextend-select = ["T008"]\n', encoding="utf-8")
    (tmp_path / "doc.txt").write_text("The letter was signed by six members. \n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "lint", "doc.txt", "--no-cache", "--output-format", "concise", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout.split()[1:2] == ["T008"], proc.stdout + proc.stderr
    plain = subprocess.run(
        [sys.executable, "-m", "lint", str(tmp_path / "doc.txt"), "--no-cache", "--config", os.devnull, "-q"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert plain.returncode == 0, plain.stdout + plain.stderr
