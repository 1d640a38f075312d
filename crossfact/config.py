"""Settings: from ``crossfact.toml`` or ``[tool.crossfact]`` in ``pyproject.toml``, found by
walking up from the working directory. Command-line flags win over the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

FailOn = Literal["error", "warning", "info", "never"]


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
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        cand = d / "crossfact.toml"
        if cand.is_file():
            return cand
        py = d / "pyproject.toml"
        if py.is_file():
            try:
                data = tomllib.loads(py.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "crossfact" in data.get("tool", {}):
                return py
    return None


def load_settings(path: Path | None = None, overrides: dict[str, Any] | None = None) -> Settings:
    """Read settings from ``path`` (or the discovered file) and apply CLI overrides."""
    cfg_path = path or find_config()
    data: dict[str, Any] = {}
    if cfg_path is not None:
        try:
            raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{cfg_path}: cannot read config: {e}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{cfg_path}: invalid TOML: {e}") from e
        data = raw.get("tool", {}).get("crossfact", {}) if cfg_path.name == "pyproject.toml" else raw
        data = {k.replace("-", "_"): v for k, v in data.items()}
        base = cfg_path.parent
        for key in ("corpus", "kb", "trusted_facts"):
            if isinstance(data.get(key), str):
                data[key] = [data[key]]
            if isinstance(data.get(key), list):
                data[key] = [str((base / p)) if not Path(p).is_absolute() else p for p in data[key]]
        if isinstance(data.get("baseline"), str):
            data["baseline"] = str(base / data["baseline"])
        data["source"] = str(cfg_path)
    for k, v in (overrides or {}).items():
        if v is not None and v != [] and v != ():
            data[k] = list(v) if isinstance(v, tuple) else v
    try:
        return Settings(**data)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        where = cfg_path or "command line"
        raise ConfigError(f"{where}: bad value for '{key}': {err['msg']}") from e
