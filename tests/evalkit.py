"""Shared scaffolding of the evaluation-set tests: the bench module, sidecars, reports."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_bench() -> ModuleType:
    """``bench/eval_drafts.py`` as a module (loaded once per test session)."""
    if "eval_drafts" in sys.modules:
        return sys.modules["eval_drafts"]
    spec = importlib.util.spec_from_file_location("eval_drafts", ROOT / "bench" / "eval_drafts.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_drafts"] = mod
    spec.loader.exec_module(mod)
    return mod


def sidecar(case: Any) -> dict[str, Any]:
    side = case.path.with_name(case.path.stem + ".expect.yaml")
    return yaml.safe_load(side.read_text(encoding="utf-8")) or {}


def report(ev: ModuleType, results: list[Any]) -> dict[str, tuple[list[str], list[str]]]:
    """Misses and false alarms per draft, for assertion messages."""
    return {
        r.case.path.name: (
            [x.label() for x in r.missed],
            [f"{f.code}={ev.checked_values(f)}" for f in r.false_alarms],
        )
        for r in results
        if r.missed or r.false_alarms
    }
