"""Settings: from ``crossfact.toml`` or ``[tool.crossfact]`` in ``pyproject.toml``, found by
walking up from the working directory. Command-line flags win over the file.

Paths in a config file (corpus, kb, trusted-facts, baseline) are relative to its folder.
A bad file is a :class:`ConfigError` whose message names the file and the key.
"""

from __future__ import annotations

import codecs
import datetime as dt
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

FailOn = Literal["error", "warning", "info", "never"]
CONFIG_NAMES = ("crossfact.toml", "pyproject.toml")
_PATH_LISTS = ("corpus", "kb", "trusted_facts")


class ConfigError(Exception):
    """A bad config file: the message names the file and the key."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    corpus: list[str] = Field(default_factory=list)
    kb: list[str] = Field(default_factory=list)  # extra knowledge-base YAML files
    trusted_facts: list[str] = Field(default_factory=list)
    select: list[str] = Field(default_factory=list)  # rule codes/prefixes; empty = all
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    fail_on: FailOn = "error"
    format: str | None = None
    baseline: str | None = None
    encoding: str | None = None  # force an input encoding
    reference_date: str | None = None  # ISO date used when a document has no date
    source: str | None = None  # the config file these settings came from

    def rule_enabled(self, code: str) -> bool:
        if any(code.startswith(p) for p in self.ignore):
            return False
        return not self.select or any(code.startswith(p) for p in self.select)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``crossfact.toml``, or ``pyproject.toml`` with ``[tool.crossfact]``."""
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        cand = d / "crossfact.toml"
        if cand.is_file():
            return cand
        py = d / "pyproject.toml"
        if py.is_file():
            try:
                text = py.read_text(encoding="utf-8")
                data = tomllib.loads(text)
            except (OSError, UnicodeDecodeError):
                continue
            except tomllib.TOMLDecodeError as e:
                # A broken pyproject.toml that is meant for us must not be skipped silently.
                if "[tool.crossfact]" in text:
                    raise ConfigError(f"{py}: invalid TOML: {e}") from e
                continue
            if "crossfact" in data.get("tool", {}):
                return py
    return None


def read_config(cfg_path: Path) -> dict[str, Any]:
    """The raw crossfact table of a config file, keys as written."""
    try:
        raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{cfg_path}: cannot read config: {e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{cfg_path}: invalid TOML: {e}") from e
    if cfg_path.name == "pyproject.toml":
        table = raw.get("tool", {}).get("crossfact", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{cfg_path}: [tool.crossfact] must be a table")
        return table
    return raw


def load_settings(path: Path | None = None, overrides: dict[str, Any] | None = None) -> Settings:
    """Read settings from ``path`` (or the discovered file) and apply CLI overrides."""
    cfg_path = path or find_config()
    data: dict[str, Any] = {}
    written: dict[str, str] = {}  # normalized key -> key as written, for error messages
    if cfg_path is not None:
        if not cfg_path.is_file():
            raise ConfigError(f"{cfg_path}: config file not found")
        for k, v in read_config(cfg_path).items():
            norm = k.replace("-", "_")
            written[norm] = k
            data[norm] = v
        _resolve_paths(data, cfg_path.parent)
        data["source"] = str(cfg_path)
    where = str(cfg_path) if cfg_path else "configuration"
    from_file = set(data)
    for k, v in (overrides or {}).items():
        if v is not None and v != [] and v != ():
            data[k] = list(v) if isinstance(v, tuple) else v
            from_file.discard(k)
    try:
        settings = Settings(**data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = [str(p) for p in err["loc"]]
        top = loc[0] if loc else "?"
        key = ".".join([written.get(top, top), *loc[1:]])
        src = where if top in from_file else "command line"
        if err["type"] == "extra_forbidden":
            known = ", ".join(k.replace("_", "-") for k in Settings.model_fields if k != "source")
            raise ConfigError(f"{src}: unknown key '{key}' (known keys: {known})") from e
        raise ConfigError(f"{src}: bad value for '{key}': {err['msg']}") from e
    return _check_semantics(settings, lambda k: where if k in from_file else "command line")


def _resolve_paths(data: dict[str, Any], base: Path) -> None:
    for key in _PATH_LISTS:
        if isinstance(data.get(key), str):
            data[key] = [data[key]]
        if isinstance(data.get(key), list):
            data[key] = [
                str(base / p) if isinstance(p, str) and not Path(p).is_absolute() else p
                for p in data[key]
            ]
    if isinstance(data.get("baseline"), str) and not Path(data["baseline"]).is_absolute():
        data["baseline"] = str(base / data["baseline"])


def _check_semantics(s: Settings, where: Any) -> Settings:
    """Checks pydantic cannot express: rule codes exist, format and encoding are known."""
    from crossfact.reports import FORMATS
    from crossfact.verifier.rules import load_all

    rules = load_all()
    by_name = {r.name: code for code, r in rules.items()}

    def to_code(key: str, entry: str, prefix_ok: bool) -> str:
        if entry in by_name:
            return by_name[entry]
        up = entry.upper()
        if up in rules or (
            prefix_ok and up.startswith("CF") and any(c.startswith(up) for c in rules)
        ):
            return up
        raise ConfigError(
            f"{where(key)}: unknown rule {entry!r} in '{key}' "
            "(use a code such as CF302, a prefix such as CF3, or a name such as date-conflict; "
            "'crossfact rule' lists them)"
        )

    update: dict[str, Any] = {
        "select": [to_code("select", e, True) for e in s.select],
        "ignore": [to_code("ignore", e, True) for e in s.ignore],
        "severity": {to_code("severity", k, False): v for k, v in s.severity.items()},
    }
    if s.format is not None and s.format not in FORMATS:
        raise ConfigError(
            f"{where('format')}: bad value for 'format': {s.format!r} "
            f"(choose one of {', '.join(FORMATS)})"
        )
    if s.encoding is not None:
        try:
            codecs.lookup(s.encoding)
        except LookupError:
            raise ConfigError(
                f"{where('encoding')}: bad value for 'encoding': unknown encoding {s.encoding!r}"
            ) from None
    if s.reference_date is not None:
        try:
            dt.date.fromisoformat(s.reference_date)
        except ValueError:
            raise ConfigError(
                f"{where('reference_date')}: bad value for 'reference-date': "
                f"{s.reference_date!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    return s.model_copy(update=update)
