"""--fix, --unsafe-fixes and --diff: only flagged spans change, bytes are kept, writes are
atomic and idempotent, and a file changed on disk is not overwritten."""

import io
import os
import stat

import pytest

from lint import fix
from lint.cli import main
from lint.diagnostics import Diagnostic, Fix, Severity
from lint.document import Span
from lint.reading import SourceText, read_file

# S001 (unsafe fix: the total becomes 3) and S002 (unsafe fix: S.O.C -> SOC).
TOTAL = "Signed:\n\nGATTOLIN André, France, ALDE\nMAIRE Jacques, France, ALDE\nRAMPI Roberto, Italy, S.O.C\n\nTotal = 4\n"
FIXED = TOTAL.replace("Total = 4", "Total = 3").replace("S.O.C", "SOC")


def run(capsys, *argv):
    code = main([*argv, "--no-cache", "--output-format", "concise", "--select", "S001,S002"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(TOTAL, encoding="utf-8")
    return path


def test_fix_applies_only_safe_fixes(doc, capsys):
    code, out, _ = run(capsys, str(doc), "--fix")
    assert doc.read_text(encoding="utf-8") == TOTAL  # both fixes are unsafe
    assert code == 1 and "S001" in out


def test_unsafe_fixes_then_remaining_findings_decide_the_exit_code(doc, capsys):
    code, out, err = run(capsys, str(doc), "--fix", "--unsafe-fixes")
    assert doc.read_text(encoding="utf-8") == FIXED
    assert "fixed 2 problems in 1 file" in err
    assert code == 0 and "S001" not in out and "S002" not in out


def test_second_fix_changes_nothing(doc, capsys):
    run(capsys, str(doc), "--fix", "--unsafe-fixes")
    first = doc.read_bytes()
    mtime = os.stat(doc).st_mtime_ns
    code, _, err = run(capsys, str(doc), "--fix", "--unsafe-fixes")
    assert doc.read_bytes() == first and os.stat(doc).st_mtime_ns == mtime
    assert code == 0 and "fixed" not in err


def test_diff_prints_and_writes_nothing(doc, capsys):
    code, out, _ = run(capsys, str(doc), "--diff", "--unsafe-fixes")
    assert doc.read_text(encoding="utf-8") == TOTAL
    assert code == 1
    assert f"--- a/{doc}" in out and "-Total = 4\n+Total = 3\n" in out
    assert "+RAMPI Roberto, Italy, SOC\n" in out
    code, out, _ = run(capsys, str(doc), "--diff")  # only unsafe fixes: nothing to show
    assert code == 0 and out == ""


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"\xef\xbb\xbf", "\r\n"),
        ("cp1252", b"", "\r\n"),
        ("utf-16-le", b"\xff\xfe", "\n"),
        ("utf-8", b"", "\r"),
    ],
)
def test_bytes_are_kept_outside_the_flagged_spans(tmp_path, capsys, encoding, bom, newline):
    path = tmp_path / "doc.txt"
    path.write_bytes(bom + TOTAL.replace("\n", newline).encode(encoding))
    run(capsys, str(path), "--fix", "--unsafe-fixes")
    assert path.read_bytes() == bom + FIXED.replace("\n", newline).encode(encoding)


def test_permissions_kept_and_no_temporary_files(doc, capsys):
    os.chmod(doc, 0o640)
    run(capsys, str(doc), "--fix", "--unsafe-fixes")
    assert stat.S_IMODE(os.stat(doc).st_mode) == 0o640
    assert sorted(os.listdir(doc.parent)) == ["doc.txt"]


def test_stdin_cannot_be_fixed_in_place(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TOTAL.encode())))
    code, _, err = run(capsys, "-", "--fix")
    assert code == 2 and "--diff" in err


def test_stdin_diff(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TOTAL.encode())))
    code, out, _ = run(capsys, "-", "--diff", "--unsafe-fixes", "--stdin-filename", "in.txt")
    assert code == 1 and "+Total = 3" in out


# -- the fix engine on synthetic findings ---------------------------------------------------


def diag(path, start, end, replacement, applicability="safe"):
    return Diagnostic(
        path, "X001", Severity.ERROR, "m", Span(start, end), 1, 1, 1, 1, Fix(replacement, applicability)
    )


def source(text, path="t.txt", encoding="utf-8"):
    return SourceText(path, text, encoding)


def test_overlapping_fixes_wait_for_the_next_pass():
    text = "abcdef"
    first = [diag("t.txt", 0, 3, "X"), diag("t.txt", 2, 5, "Y"), diag("t.txt", 5, 6, "Z")]
    passes = []

    def relint(src):
        passes.append(src.text)
        # After the first pass the second finding is still there, at its new place.
        return [diag("t.txt", 1, 3, "Y")] if src.text == "XdeZ" else []

    text, applied = fix.fix_text(source(text), first, relint)
    assert passes == ["XdeZ", "XYZ"]
    assert text == "XYZ" and applied == 3


def test_fixes_that_never_settle_are_bounded():
    calls = []

    def relint(src):
        calls.append(1)
        return [diag("t.txt", 0, len(src.text), src.text + "a")]

    text, applied = fix.fix_text(source("a"), [diag("t.txt", 0, 1, "aa")], relint)
    assert text == "a" * (fix.MAX_PASSES + 1)
    assert applied == fix.MAX_PASSES and len(calls) == fix.MAX_PASSES


def test_two_insertions_at_one_point_are_not_both_taken():
    edits = fix._edits(
        [diag("t", 2, 2, "x"), diag("t", 2, 2, "y"), diag("t", 2, 4, "z")], "abcdef", True, "\n"
    )
    assert edits == [(2, 2, "x")]


def test_unsafe_only_when_asked():
    d = [diag("t.txt", 0, 1, "b", "unsafe")]
    assert fix.fix_text(source("a"), d, lambda s: [])[0] == "a"
    assert fix.fix_text(source("a"), d, lambda s: [], unsafe=True)[0] == "b"


def test_unencodable_replacement_is_skipped():
    d = [diag("t.txt", 0, 1, "Ł"), diag("t.txt", 2, 3, "é")]
    text, applied = fix.fix_text(source("a b", encoding="cp1252"), d, lambda s: [])
    assert text == "a é" and applied == 1


def test_replacement_newlines_follow_the_file():
    d = [diag("t.txt", 1, 2, "\n")]
    assert (
        fix.fix_text(SourceText("t.txt", "a b\r\n", "utf-8", newline="\r\n"), d, lambda s: [])[0]
        == "a\r\nb\r\n"
    )


def test_file_changed_on_disk_is_not_overwritten(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("a b", encoding="utf-8")
    src = read_file(str(path))
    report = fix.plan({str(path): src}, [diag(str(path), 0, 1, "A")], lambda s: [])
    assert [f.text for f in report.files] == ["A b"]
    path.write_text("a b c", encoding="utf-8")  # someone saved meanwhile
    assert fix.write(report) == []
    assert path.read_text(encoding="utf-8") == "a b c"
    assert "changed on disk" in report.skipped[0]


def test_diff_marks_a_last_line_without_line_break(tmp_path):
    path = tmp_path / "t.txt"
    report = fix.plan({str(path): source("a\nb", str(path))}, [diag(str(path), 2, 3, "c")], lambda s: [])
    assert fix.unified_diff(report.files).endswith(
        "-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
    )
