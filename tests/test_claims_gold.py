"""Extraction quality on the hand-annotated seeds 000/001 (skips when gold is absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT

THRESHOLDS = {"dates": 0.98, "numbers": 0.95}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_extraction", ROOT / "bench" / "score_extraction.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_seed_gold_thresholds(gold_dir: Path, seeds_dir: Path) -> None:
    result = _scorer().score([gold_dir])
    for fam, need in THRESHOLDS.items():
        t = result[fam]["all"]
        assert t.tp > 20, f"{fam}: too few gold rows matched ({t.tp})"
        assert t.p() >= need, f"{fam} precision {t.p():.3f}: {t.false}"
        assert t.r() >= need, f"{fam} recall {t.r():.3f}: {t.misses}"


def test_own_gold() -> None:
    """Our own annotated en/ru/az texts in bench/gold (always present)."""
    gold = ROOT / "bench" / "gold"
    result = _scorer().score([gold])
    for fam, need in THRESHOLDS.items():
        t = result[fam]["all"]
        assert t.tp > 10
        assert t.p() >= need, f"{fam} precision {t.p():.3f}: {t.false}"
        assert t.r() >= need, f"{fam} recall {t.r():.3f}: {t.misses}"
