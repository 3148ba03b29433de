"""Baselines (--write-baseline, baseline =) and Markdown suppression regions."""

import json

import pytest

from lint import suppress
from lint.baseline import BaselineError, load
from lint.cli import main

GROUP_LINE = "Mr Roberto RAMPI, Italy, S.O.C ; Ms Nerea AHEDO, Spain, ALDE\n"
OTHER_LINE = "Mr Paul GALLES, Luxembourg, EPP-CD ; Ms Nerea AHEDO, Spain, ALDE\n"
# GROUP_LINE with one more entry at its end, that has a defect of its own.
LONGER_LINE = GROUP_LINE.rstrip() + " ; Mr Jacques MAIRE, France, ALDE ; Mr Paul GALLES, Luxembourg, EPP-CD\n"


def run(capsys, *argv):
    code = main([*argv, "--no-cache", "--output-format", "concise", "--select", "S002"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Signatories:\n" + GROUP_LINE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.declint]\nbaseline = "declint-baseline.json"\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_write_then_only_new_findings(project, capsys):
    code, _, err = run(capsys, "docs", "--write-baseline", "declint-baseline.json")
    assert code == 0 and "wrote 1 baseline entry" in err
    entries = load(str(project / "declint-baseline.json"))
    assert [(e.code, e.path, e.text) for e in entries] == [("S002", "docs/a.txt", "S.O.C")]

    code, out, err = run(capsys, "docs")
    assert code == 0 and "S002" not in out and "stale" not in err

    # Edits elsewhere (lines added above) keep the finding baselined; a new defect is reported.
    path = project / "docs" / "a.txt"
    path.write_text("Written declaration No. 1\n\nSignatories:\n" + LONGER_LINE, encoding="utf-8")
    code, out, _ = run(capsys, "docs")
    assert code == 1
    assert "EPP-CD" in out and "S.O.C" not in out
    assert out.count("S002") == 1


def test_second_occurrence_is_new(project, capsys):
    run(capsys, "docs", "--write-baseline", "declint-baseline.json")
    path = project / "docs" / "a.txt"
    path.write_text("Signatories:\n" + GROUP_LINE + "\nSignatories:\n" + GROUP_LINE, encoding="utf-8")
    code, out, _ = run(capsys, "docs")
    assert code == 1 and out.count("S002") == 1


def test_edit_next_to_the_defect_still_matches(project, capsys):
    run(capsys, "docs", "--write-baseline", "declint-baseline.json")
    path = project / "docs" / "a.txt"
    path.write_text("Signatories:\n" + GROUP_LINE.replace("Mr Roberto", "Mr Robert"), encoding="utf-8")
    code, out, _ = run(capsys, "docs")
    assert code == 0 and "S002" not in out


def test_stale_entries_are_reported_but_do_not_fail(project, capsys):
    run(capsys, "docs", "--write-baseline", "declint-baseline.json")
    (project / "docs" / "a.txt").write_text("Signatories:\n" + GROUP_LINE.replace("S.O.C", "SOC"))
    code, out, err = run(capsys, "docs")
    assert code == 0 and "S002" not in out
    assert "1 stale baseline entry" in err and "docs/a.txt: S002 'S.O.C'" in err


def test_stale_only_for_files_in_this_run(project, capsys):
    (project / "docs" / "b.txt").write_text("Signatories:\n" + OTHER_LINE, encoding="utf-8")
    run(capsys, "docs", "--write-baseline", "declint-baseline.json")
    code, _, err = run(capsys, "docs/b.txt")
    assert code == 0 and "stale" not in err


def test_baseline_flag_and_paths_relative_to_the_baseline(project, capsys, monkeypatch):
    (project / "pyproject.toml").write_text("[tool.declint]\n")
    (project / "base").mkdir()
    run(capsys, "docs", "--write-baseline", "base/b.json")
    data = json.loads((project / "base" / "b.json").read_text())
    assert data["declint-baseline"] == 1 and data["entries"][0]["path"] == "../docs/a.txt"
    monkeypatch.chdir(project / "docs")
    code, out, _ = run(capsys, "a.txt", "--baseline", "../base/b.json")
    assert code == 0 and "S002" not in out


def test_missing_or_bad_baseline_is_exit_2(project, capsys):
    code, _, err = run(capsys, "docs")
    assert code == 2 and "declint-baseline.json does not exist" in err
    (project / "declint-baseline.json").write_text("[1, 2]")
    code, _, err = run(capsys, "docs")
    assert code == 2 and "not a declint baseline" not in err and "declint-baseline" in err
    with pytest.raises(BaselineError):
        load(str(project / "declint-baseline.json"))


# -- Markdown suppression ---------------------------------------------------------------


def test_markdown_regions(tmp_path, capsys):
    doc = tmp_path / "a.md"
    doc.write_text(
        "<!-- declint: disable=S002 -->\n\nSignatories:\n" + GROUP_LINE + "\n<!-- declint: enable -->\n\n"
        "Signatories:\n" + OTHER_LINE,
        encoding="utf-8",
    )
    code, out, _ = run(capsys, str(doc))
    assert code == 1 and "EPP-CD" in out and "S.O.C" not in out


def test_disable_all_and_prefixes():
    text = "a <!-- declint: disable --> XB <!-- declint: enable --> XC <!-- declint:disable=S0,N001--> XD"
    found = suppress.regions(text)
    b, c, d = text.index("XB"), text.index("XC"), text.index("XD")
    assert suppress.suppressed("X123", b, found)
    assert not suppress.suppressed("S002", c, found)
    assert suppress.suppressed("S002", d, found) and suppress.suppressed("N001", d, found)
    assert not suppress.suppressed("N002", d, found)


def test_comments_mean_nothing_in_plain_text(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text("<!-- declint: disable -->\n\nSignatories:\n" + GROUP_LINE, encoding="utf-8")
    code, out, _ = run(capsys, str(doc))
    assert code == 1 and "S.O.C" in out
