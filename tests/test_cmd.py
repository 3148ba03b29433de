"""Command-line snapshot tests, in the style of trycmd (crate-ci/typos ``tests/cmd``).

Each ``tests/cmd/*.toml`` is one run of ``python -m lint`` in an empty temporary directory:

    args = ["--output-format", "concise", "doc.txt"]   # the command line
    stdin = "text"                  # optional; "stdin-encoding" encodes it (default utf-8)
    status.code = 1                 # expected exit code (default 0)
    stdout = '''...'''              # expected stdout
    stderr = ""                     # expected stderr (not compared when absent)
    [[files]]                       # files created before the run
    path = "doc.txt"
    text = "..."
    encoding = "utf-8"              # any Python codec: utf-8-sig and utf-16 write a BOM

Expected output may use ``[..]`` (any text within a line), a line ``...`` (any number of
lines), ``[CWD]`` (the run's directory) and ``[VERSION]`` (declint's version).
``DECLINT_SNAPSHOTS=overwrite pytest tests/test_cmd.py`` rewrites the expected stdout,
stderr and status of failing cases from the actual run (review the diff before committing).
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lint import __version__
from tests.conftest import ROOT

CASES = sorted((pathlib.Path(__file__).parent / "cmd").glob("*.toml"))
OVERWRITE = os.environ.get("DECLINT_SNAPSHOTS") == "overwrite"


def normalise(text: str, cwd: pathlib.Path) -> str:
    for real in (Path(cwd).as_uri(), str(cwd), str(Path(cwd).resolve())):
        text = text.replace(real, "[CWD]")
    return text.replace(__version__, "[VERSION]")


def _line_pattern(line: str) -> re.Pattern:
    return re.compile(".*".join(re.escape(part) for part in line.split("[..]")) + r"\Z", re.DOTALL)


def matches(expected: str, actual: str) -> bool:
    """trycmd matching: ``[..]`` within a line, ``...`` for any run of lines."""
    exp, act = expected.split("\n"), actual.split("\n")

    def match(i: int, j: int) -> bool:
        while i < len(exp):
            if exp[i] == "...":
                return any(match(i + 1, k) for k in range(j, len(act) + 1))
            if j >= len(act) or not _line_pattern(exp[i]).match(act[j]):
                return False
            i, j = i + 1, j + 1
        return j == len(act)

    return match(0, 0)


def run_case(case: dict, cwd: pathlib.Path) -> subprocess.CompletedProcess:
    for f in case.get("files", []):
        path = cwd / f["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f["text"].encode(f.get("encoding", "utf-8")))
    stdin = case.get("stdin")
    data = stdin.encode(case.get("stdin-encoding", "utf-8")) if stdin is not None else b""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DECLINT", "CI", "GITHUB_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.run(
        [sys.executable, "-m", "lint", *case["args"]],
        cwd=cwd,
        input=data,
        capture_output=True,
        env=env,
        timeout=120,
    )
    return proc


# -- overwrite mode: a minimal TOML writer for the case format -----------------------
def _toml_str(text: str) -> str:
    plain = all(c in "\n\t" or (c >= " " and c != "\x7f") for c in text)
    if "\n" in text and plain and "'''" not in text and not text.endswith("'"):
        return "'''\n" + text + "'''"
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value) -> str:
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)


def dump_case(path: pathlib.Path, case: dict) -> None:
    comments = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        comments.append(line)
    out = [*comments]
    for key in ("args", "stdin", "stdin-encoding"):
        if key in case:
            out.append(f"{key} = {_toml_value(case[key])}")
    out.append(f"status.code = {case.get('status', {}).get('code', 0)}")
    for key in ("stdout", "stderr"):
        if key in case:
            out.append(f"{key} = {_toml_value(case[key])}")
    for f in case.get("files", []):
        out.append("")
        out.append("[[files]]")
        for key, value in f.items():
            out.append(f"{key} = {_toml_value(value)}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_cmd(path, tmp_path):
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    proc = run_case(case, tmp_path)
    stdout = normalise(proc.stdout.decode("utf-8", "replace"), tmp_path)
    stderr = normalise(proc.stderr.decode("utf-8", "replace"), tmp_path)
    expected_code = case.get("status", {}).get("code", 0)
    ok = (
        proc.returncode == expected_code
        and matches(case.get("stdout", ""), stdout)
        and ("stderr" not in case or matches(case["stderr"], stderr))
    )
    if not ok and OVERWRITE:
        case["status"] = {"code": proc.returncode}
        case["stdout"] = stdout
        if "stderr" in case:
            case["stderr"] = stderr
        dump_case(path, case)
        pytest.skip("snapshot overwritten")
    assert proc.returncode == expected_code, f"exit {proc.returncode}\n{stdout}\n{stderr}"
    assert matches(case.get("stdout", ""), stdout), f"stdout differs:\n{stdout}"
    if "stderr" in case:
        assert matches(case["stderr"], stderr), f"stderr differs:\n{stderr}"


def test_there_are_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize(
    "expected, actual, ok",
    [
        ("a\nb\n", "a\nb\n", True),
        ("a\nb\n", "a\nc\n", False),
        ("a [..] c\n", "a bbb c\n", True),
        ("a [..] c\n", "a bbb d\n", False),
        ("a\n...\nz\n", "a\nb\nc\nz\n", True),
        ("a\n...\nz\n", "a\nz\n", True),
        ("a\n...\nz\n", "a\nb\n", False),
        ("a\n", "a\nextra\n", False),
    ],
)
def test_matching(expected, actual, ok):
    assert matches(expected, actual) is ok
