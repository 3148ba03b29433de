"""Configuration: ``[tool.declint]`` in the nearest pyproject.toml, or ``--config FILE``.

The nearest ``pyproject.toml`` with a ``[tool.declint]`` table, searched upward from the
current directory, is the configuration (ruff's convention); its directory is the project
root. Relative paths in it (``reference``, ``lexicon``, ``baseline``, ``cache-dir``) are
relative to that file, and globs (``include``, ``exclude``, ``per-file-ignores``) match paths
relative to the project root. A file given with ``--config`` may be a pyproject.toml (its
``[tool.declint]`` table) or a plain TOML file whose top level is the declint table.

Every key and value is validated: an unknown key or a bad value raises ConfigError naming the
file, the key and what is allowed (the command line turns it into exit code 2).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Severity
from .reading import DEFAULT_MAX_BYTES

DEFAULT_INCLUDE = ("*.txt", "*.md")
DEFAULT_LEXICON = "declint.yaml"
DEFAULT_CACHE_DIR = ".declint_cache"

KEYS = {
    "select": "a list of rule codes or prefixes",
    "ignore": "a list of rule codes or prefixes",
    "extend-select": "a list of rule codes or prefixes",
    "per-file-ignores": "a table of glob = [codes]",
    "include": "a list of file-name globs",
    "exclude": "a list of path globs",
    "reference": "a list of files or directories",
    "lexicon": "a path to a YAML lexicon",
    "max-file-size": "bytes as an integer, or a string such as '10MB' or '512 KiB'",
    "baseline": "a path to a baseline JSON file",
    "cache-dir": "a directory path",
    "rules": "a table of [rules.CODE] tables",
}

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1000, "kib": 1024, "mb": 10**6, "mib": 2**20, "gb": 10**9, "gib": 2**30}


class ConfigError(Exception):
    pass


@dataclass
class Settings:
    """The resolved configuration of one run."""

    path: str | None = None  # the configuration file, if any
    root: str = field(default_factory=os.getcwd)  # globs and relative paths start here
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    reference: list[str] = field(default_factory=list)  # absolute paths
    lexicon: str | None = None  # absolute path, None when there is none
    max_file_size: int = DEFAULT_MAX_BYTES
    baseline: str | None = None
    cache_dir: str = ""
    severities: dict[str, Severity] = field(default_factory=dict)  # rule code -> severity
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule code -> options

    def relative(self, path: str) -> str:
        """``path`` relative to the project root, with forward slashes."""
        if path in ("-", "") or path.startswith("<"):
            return path
        rel = os.path.relpath(os.path.abspath(path), self.root)
        return rel.replace(os.sep, "/")

    def ignored_codes(self, path: str) -> list[str]:
        """Codes (prefixes) that per-file-ignores turn off for ``path``."""
        rel = self.relative(path)
        base = rel.rsplit("/", 1)[-1]
        out = []
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or ("/" not in pattern and fnmatch.fnmatch(base, pattern)):
                out.extend(codes)
        return out

    def apply(self, diagnostics: list) -> list:
        """Drop what per-file-ignores turns off; set configured severities."""
        out = []
        ignores: dict[str, list[str]] = {}
        for d in diagnostics:
            codes = ignores.get(d.path)
            if codes is None:
                codes = ignores[d.path] = self.ignored_codes(d.path) if self.per_file_ignores else []
            if any(c == "ALL" or d.code.startswith(c) for c in codes):
                continue
            severity = self.severities.get(d.code)
            if severity is not None and severity is not d.severity:
                d = dataclasses.replace(d, severity=severity)
            out.append(d)
        return out

    def fingerprint(self) -> str:
        """A hash of everything that changes what rules report (for the cache)."""
        import hashlib  # not at import: ~3.5 ms of every run's start

        lexicon = b""
        if self.lexicon and os.path.isfile(self.lexicon):
            with open(self.lexicon, "rb") as handle:
                lexicon = handle.read()
        parts = [
            repr(sorted((k, sorted(v.items())) for k, v in self.options.items())),
            repr(self.max_file_size),
            hashlib.sha256(lexicon).hexdigest(),
        ]
        return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:20]


# -- finding the file -------------------------------------------------------------------


def find_pyproject(start: str) -> tuple[str, dict] | None:
    """The nearest pyproject.toml with a [tool.declint] table, upward from ``start``."""
    here = os.path.abspath(start)
    while True:
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate):
            data = _load(candidate)
            table = data.get("tool", {}).get("declint")
            if table is not None:
                return candidate, table
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _load(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None


def load_settings(config: str | None = None, cwd: str | None = None) -> Settings:
    """Settings from ``config`` (a path) or from the nearest pyproject.toml."""
    cwd = os.path.abspath(cwd or os.getcwd())
    if config is not None:
        data = _load(config)
        table = data.get("tool", {}).get("declint")
        if table is None:
            if os.path.basename(config) == "pyproject.toml":
                raise ConfigError(f"{config}: no [tool.declint] table")
            table = data
        return from_table(table, os.path.abspath(config))
    found = find_pyproject(cwd)
    if found is None:
        return _finish(Settings(root=cwd), cwd)
    return from_table(found[1], found[0])


# -- validation ---------------------------------------------------------------------------


def _codes(where: str, key: str, value: Any, known: dict) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of rule codes or prefixes, got {value!r}")
    out = []
    for code in value:
        code = code.strip().upper()
        if code != "ALL" and not any(c.startswith(code) for c in known):
            raise ConfigError(
                f"{where}: '{key}': '{code}' matches no rule code (allowed: ALL or a prefix of "
                f"{', '.join(sorted(known))})"
            )
        out.append(code)
    return out


def _strings(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be {KEYS[key]}, got {value!r}")
    return list(value)


def _path(where: str, key: str, value: Any, base: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: '{key}' must be {KEYS[key]}, got {value!r}")
    return os.path.normpath(os.path.join(base, os.path.expanduser(value)))


def parse_size(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str):
        m = _SIZE.match(value)
        if m:
            size = int(float(m.group(1)) * _UNITS[(m.group(2) or "b").lower()])
            return size if size > 0 else None
    return None


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, int | float) and not isinstance(default, bool):
        return isinstance(value, int | float) and (isinstance(default, float) or isinstance(value, int))
    if isinstance(default, list | tuple):
        return isinstance(value, list) and all(
            isinstance(v, type(default[0])) if default else True for v in value
        )
    return isinstance(value, type(default))


def _rules_table(where: str, value: Any, known: dict, settings: Settings) -> None:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'rules' must be {KEYS['rules']}")
    allowed_sev = ", ".join(s.value for s in Severity)
    for code, table in value.items():
        rule = known.get(code.upper())
        if rule is None:
            raise ConfigError(f"{where}: 'rules.{code}': unknown rule code (see --explain all)")
        code = rule.code
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: 'rules.{code}' must be a table of severity and options")
        for key, val in table.items():
            if key == "severity":
                try:
                    settings.severities[code] = Severity(str(val).lower())
                except ValueError:
                    raise ConfigError(
                        f"{where}: 'rules.{code}.severity': {val!r} is not a severity (allowed: {allowed_sev})"
                    ) from None
                continue
            if key not in rule.defaults:
                allowed = ", ".join(["severity", *sorted(rule.defaults)])
                raise ConfigError(f"{where}: 'rules.{code}.{key}': unknown option (allowed: {allowed})")
            default = rule.defaults[key]
            if not _same_type(default, val) or (
                isinstance(val, int | float) and not isinstance(val, bool) and val < 0
            ):
                raise ConfigError(
                    f"{where}: 'rules.{code}.{key}': {val!r} is not a valid value "
                    f"(allowed: a non-negative {type(default).__name__} like the default {default!r})"
                )
            settings.options.setdefault(code, {})[key] = val


def from_table(table: dict, path: str) -> Settings:
    from .rules.base import all_rules

    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.declint] must be a table")
    known = all_rules()
    base = os.path.dirname(path)
    s = Settings(path=path, root=base)
    for key, value in table.items():
        where = f"{path}"
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (allowed: {', '.join(KEYS)})")
        if key == "select":
            s.select = _codes(where, key, value, known)
        elif key == "ignore":
            s.ignore = _codes(where, key, value, known)
        elif key == "extend-select":
            s.extend_select = _codes(where, key, value, known)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'per-file-ignores' must be {KEYS[key]}")
            s.per_file_ignores = {
                glob: _codes(where, f"per-file-ignores.{glob}", codes, known) for glob, codes in value.items()
            }
        elif key in ("include", "exclude"):
            setattr(s, key, _strings(where, key, value))
        elif key == "reference":
            s.reference = [_path(where, key, v, base) for v in _strings(where, key, value)]
        elif key == "lexicon":
            s.lexicon = _path(where, key, value, base)
            if not os.path.isfile(s.lexicon):
                raise ConfigError(f"{where}: 'lexicon': {s.lexicon} does not exist (allowed: a YAML file)")
        elif key == "max-file-size":
            size = parse_size(value)
            if size is None:
                raise ConfigError(f"{where}: 'max-file-size': {value!r} is not a size (allowed: {KEYS[key]})")
            s.max_file_size = size
        elif key == "baseline":
            s.baseline = _path(where, key, value, base)
        elif key == "cache-dir":
            s.cache_dir = _path(where, key, value, base)
        elif key == "rules":
            _rules_table(where, value, known, s)
    return _finish(s, base)


def _finish(s: Settings, base: str) -> Settings:
    if s.lexicon is None:
        default = os.path.join(base, DEFAULT_LEXICON)
        if os.path.isfile(default):
            s.lexicon = default
    if not s.cache_dir:
        s.cache_dir = os.path.join(base, DEFAULT_CACHE_DIR)
    return s


# -- --show-settings -----------------------------------------------------------------------


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def show(s: Settings, rules, stream) -> None:
    """Print the resolved configuration as TOML (what this run will use)."""
    w = stream.write
    w(f"# configuration file: {s.path or '(none; defaults)'}\n")
    w(f"# project root: {s.root}\n")
    w("[tool.declint]\n")
    if s.select is None:
        from .rules.base import all_rules

        opt_in = sorted(c for c, r in all_rules().items() if not r.default)
        w(f"# select: the default selection (every rule but the opt-in {', '.join(opt_in) or 'none'})\n")
    else:
        w(f"select = {_toml(s.select)}\n")
    w(f"extend-select = {_toml(s.extend_select)}\n")
    w(f"ignore = {_toml(s.ignore)}\n")
    w(f"include = {_toml(s.include)}\n")
    w(f"exclude = {_toml(s.exclude)}\n")
    w(f"reference = {_toml(s.reference)}\n")
    w(f"lexicon = {_toml(s.lexicon or '')}\n")
    w(f"baseline = {_toml(s.baseline or '')}\n")
    w(f"max-file-size = {s.max_file_size}\n")
    w(f"cache-dir = {_toml(s.cache_dir)}\n")
    w(f"enabled = {_toml([r.code for r in rules])}\n")
    if s.per_file_ignores:
        w("\n[tool.declint.per-file-ignores]\n")
        for glob, codes in s.per_file_ignores.items():
            w(f"{_toml(glob)} = {_toml(codes)}\n")
    for r in rules:
        options = {**r.defaults, **s.options.get(r.code, {})}
        severity = s.severities.get(r.code, r.severity)
        w(f"\n[tool.declint.rules.{r.code}]  # {r.name}\n")
        w(f"severity = {_toml(severity.value)}\n")
        for key, val in options.items():
            w(f"{key} = {_toml(val)}\n")
