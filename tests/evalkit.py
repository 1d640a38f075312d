"""Shared scaffolding of the evaluation-set tests: the bench module, sidecars, reports."""

from __future__ import annotations

import importlib.util
import re
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


ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def missing_sidecars(ev: ModuleType, folder: Path) -> tuple[int, list[str]]:
    """(number of drafts, names of drafts without a ``.expect.yaml`` sidecar)."""
    drafts = ev.article_paths(folder)
    missing = [p.name for p in drafts if not p.with_name(p.stem + ".expect.yaml").is_file()]
    return len(drafts), missing


def check_sidecar(case: Any, plantable: set[str] | None = None) -> None:
    """An expectation names a real gating rule, the draft's own value and quote, and no two
    expectations look alike to the bench."""
    from crossfact.verifier.rules import by_name_or_code

    text = case.path.read_text(encoding="utf-8")
    assert len(case.expect) <= 3, "one to three planted conflicts per draft"
    for x in case.expect + case.allow:
        rule = by_name_or_code(x.code)
        assert rule is not None, f"unknown rule code {x.code}"
        if x in case.allow:
            continue
        assert plantable is None or x.code in plantable
        assert x.value is not None, "an expectation names the draft's value"
        assert rule.severity in ("error", "warning"), "only gating findings are expected"
        if x.code in ("CF302", "CF310"):
            assert ISO_DATE.match(str(x.value)), x.value
        assert x.quote is not None and x.quote in text, f"quote {x.quote!r} not in the draft"
    labels = [x.label() for x in case.expect]
    assert len(labels) == len(set(labels)), "the bench could not tell two of them apart"


def check_traps(case: Any, minimum: int = 3) -> None:
    """Every draft carries real look-alikes that must not fire."""
    text = case.path.read_text(encoding="utf-8")
    traps = sidecar(case).get("traps") or []
    assert len(traps) >= minimum, "every draft carries look-alikes that must not fire"
    for t in traps:
        assert t.get("why"), t
        assert t["quote"] in text, f"trap quote {t['quote']!r} not in {case.path.name}"


_RUNS: dict[tuple[str, str], list[Any]] = {}


def run_once(ev: ModuleType, drafts_dir: Path, corpus_dir: Path | None = None) -> list[Any]:
    """The bench's results for a draft set, computed once per test session: several tests
    read the same run (no errors, clean drafts, targets)."""
    key = (str(drafts_dir), str(corpus_dir))
    if key not in _RUNS:
        kwargs = {"drafts_dir": drafts_dir}
        if corpus_dir is not None:
            kwargs["corpus_dir"] = corpus_dir
        _RUNS[key] = ev.run(**kwargs)
    return _RUNS[key]


def assert_targets(ev: ModuleType, results: list[Any]) -> None:
    """The issue's targets: recall >= 0.9 and at most one false alarm over the set."""
    totals = ev.summarise(results)["all"]
    assert totals.recall >= 0.9, report(ev, results)
    assert totals.false_alarms <= 1, report(ev, results)
