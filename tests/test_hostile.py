"""Hostile input through the command line: each case gets a clear, located message and the
right exit code (0 clean, 1 findings, 2 a file that could not be checked), never a
traceback, and memory stays bounded. Timing of the pathological texts is shown by the
benchmark (bench/run.py), not asserted here; these tests only check that they finish and
are located correctly at a moderate size."""

from __future__ import annotations

import codecs
import json
import os
import tracemalloc

import pytest

from bench.generate import generate_corpus, pathological
from lint.reading import LineIndex
from tests.test_properties import assert_clean_exit, run_cli

CLEAN = generate_corpus(1, 11)[0][1]  # one clean generated declaration


def lint_json(*argv: str, stdin: bytes | None = None) -> tuple[int, list[dict], str]:
    code, out, err = run_cli([*argv, "--no-cache", "--output-format", "json"], stdin=stdin)
    assert_clean_exit(code, err)
    return code, json.loads(out), err


def concise(*argv: str) -> tuple[int, str, str]:
    code, out, err = run_cli([*argv, "--no-cache", "--output-format", "concise"])
    assert_clean_exit(code, err)
    return code, out, err


def codes(found: list[dict]) -> list[str]:
    return [d["code"] for d in found]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, _ = concise(str(path))
    assert code == 1
    assert f"{path}:1:1: F004 [warning] file is empty" in out


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n\n")
    code, found, _ = lint_json(str(path))
    assert (code, codes(found)) == (1, ["F004"])


def test_50_mb_file_is_reported_and_skipped_with_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    chunk = CLEAN.encode("utf-8")
    with open(path, "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            handle.write(chunk)
    assert path.stat().st_size >= 50 * 1024 * 1024
    tracemalloc.start()
    try:
        code, out, _ = concise(str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 2
    assert f"{path}:1:1: F005 [error] file too large: 50.0 MiB exceeds the 10.0 MiB limit" in out
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1048576:.1f} MiB while skipping a 50 MB file"


def test_oversized_stdin_is_bounded():
    data = CLEAN.encode() * (11 * 1024 * 1024 // len(CLEAN) + 1)
    code, out, err = run_cli(["-", "--no-cache", "--output-format", "concise"], stdin=data)
    assert_clean_exit(code, err)
    assert code == 2
    assert "<stdin>:1:1: F005 [error] input too large: more than 10.0 MiB on stdin" in out


def test_one_megabyte_single_line(tmp_path):
    """A 1 MB line of prose and a 1 MB inline signatory list: linted, located on line 1."""
    prose = pathological("long-line", 170_000)[:-1]
    fragments = pathological("mr-fragments", 20_000)[:-1]  # 260 KB: 20,000 entries
    for name, line in (("prose.txt", prose), ("list.txt", fragments)):
        assert len(line) >= (1_000_000 if name == "prose.txt" else 250_000) and "\n" not in line
        path = tmp_path / name
        path.write_text(line, encoding="utf-8")
        code, found, _ = lint_json(str(path))
        assert code in (0, 1)
        assert all(d["line"] == 1 and d["column"] <= len(line) + 1 for d in found)


def test_nul_bytes(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"Written declaration No. 745\n\x00\x01\x02 data")
    code, out, _ = concise(str(path))
    assert code == 2
    assert f"{path}:1:1: F002 [error] binary file: NUL byte at offset 28" in out


def test_invalid_utf8_is_decoded_and_located(tmp_path):
    """cp1252 bytes: reported as not UTF-8 (F003), then linted, columns on the original."""
    text = "Caf\u00e9 society.\nThey called on the the authorities to act.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    code, found, _ = lint_json(str(path))
    assert code == 1
    assert ("F003", 1, 1) in [(d["code"], d["line"], d["column"]) for d in found]
    repeated = [d for d in found if d["code"] == "T003"]
    assert [(d["line"], d["column"]) for d in repeated] == [(2, 19)]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text = CLEAN.replace("the ", "the the ", 1)
    path = tmp_path / "utf16.txt"
    path.write_bytes(bom + text.encode(codec))
    code, found, _ = lint_json(str(path))
    assert code == 1
    (d,) = found
    assert d["code"] == "T003"
    offset = text.index("the the ") + 3
    assert (d["line"], d["column"]) == LineIndex(text).line_col(offset)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_refused_with_a_reason(tmp_path, codec):
    path = tmp_path / "utf16.txt"
    path.write_bytes(CLEAN.encode(codec))
    code, out, _ = concise(str(path))
    assert code == 2
    assert "F002" in out and "UTF-16 needs a byte-order mark" in out


def test_mixed_line_endings_locate_on_the_original_lines(tmp_path):
    lines = ["Title of the text", "", "They called on the the authorities.", "Second line.", "x"]
    raw = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r" + lines[3] + "\r\n" + lines[4] + "\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(raw.encode())
    _, found, _ = lint_json(str(path))
    (d,) = [d for d in found if d["code"] == "T003"]
    assert (d["line"], d["column"]) == (3, 19)
    assert (d["end_line"], d["end_column"]) == (3, 23)


def test_directory_of_10000_files(tmp_path):
    """Tiny files; every 1000th has a defect. All are read, the defects found, in order."""
    root = tmp_path / "many"
    for k in range(10):
        (root / f"d{k}").mkdir(parents=True)
    bad = []
    for n in range(10_000):
        path = root / f"d{n % 10}" / f"f{n:05d}.txt"
        if n % 1000 == 0:
            path.write_text("They called on the the authorities.\n", encoding="utf-8")
            bad.append(str(path))
        else:
            path.write_text(f"Document {n}.\n", encoding="utf-8")
    code, out, _ = concise(str(root), "--statistics")
    assert code == 1
    flagged = [line.split(":", 1)[0] for line in out.splitlines() if line.startswith(str(root))]
    assert flagged == sorted(bad)
    assert "T003" in out.split(sorted(bad)[-1], 1)[1]


def _unreadable(path) -> bool:
    try:
        with open(path, "rb"):
            return False
    except PermissionError:
        return True


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(CLEAN, encoding="utf-8")
    path.chmod(0)
    try:
        if not _unreadable(path):
            pytest.skip("running with privileges that ignore file permissions (root)")
        code, out, _ = concise(str(path))
        assert code == 2
        assert f"{path}:1:1: F001 [error] cannot read file: permission denied" in out
    finally:
        path.chmod(0o644)


def test_unlistable_directory_is_reported_not_skipped(tmp_path, monkeypatch):
    """A directory that cannot be listed (simulated: tests may run as root)."""
    (tmp_path / "ok.txt").write_text(CLEAN, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(CLEAN, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, _ = concise(str(tmp_path))
    assert code == 2
    assert (
        f"{locked}:1:1: F001 [error] cannot read file: directory cannot be listed: Permission denied" in out
    )


def test_broken_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    for target in (str(link), str(tmp_path)):  # named, and found in a directory
        code, out, _ = concise(target)
        assert code == 2
        assert f"{link}:1:1: F001 [error] cannot read file: broken symbolic link" in out


def test_symlink_loops(tmp_path):
    (tmp_path / "doc.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)  # a directory loop: not followed
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")  # a file loop: a.txt -> b.txt -> a.txt
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    code, out, _ = concise(str(tmp_path))
    assert code == 2
    for name in ("a.txt", "b.txt"):
        assert (
            f"{tmp_path / name}:1:1: F001 [error] cannot read file: Too many levels of symbolic links" in out
        )
    assert str(tmp_path / "loop") not in out
    assert "doc.txt" not in out  # the real file was linted: clean


def test_missing_path():
    code, out, _ = concise("/nonexistent/declint/path.txt")
    assert code == 2
    assert (
        "/nonexistent/declint/path.txt:1:1: F001 [error] cannot read file: no such file or directory" in out
    )


@pytest.mark.parametrize(
    "kind",
    ["caps-words", "caps-entry", "mr-fragments", "punctuation", "semicolons", "commas-line", "lines-list"],
)
def test_pathological_texts_finish_and_stay_located(tmp_path, kind):
    """Moderate sizes here; bench/run.py shows the time at n and 10n."""
    text = pathological(kind, 3_000 if kind == "lines-list" else 20_000)
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    code, found, _ = lint_json(str(path))
    assert code in (0, 1)
    index = LineIndex(text)
    for d in found:
        assert 1 <= d["line"] <= index.line_count
