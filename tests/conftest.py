"""Shared fixtures. Tests that read ../shared/seeds or ../shared/gold skip with a reason
when those folders are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
EXAMPLES = ROOT / "examples"


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    matches = sorted(SEEDS.glob(f"{prefix}*"))
    if not matches:
        pytest.skip(f"seed {prefix} not present")
    return matches[0]


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    return SEEDS


@pytest.fixture
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not present on this machine")
    return GOLD


@pytest.fixture
def gate_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp working directory holding the gate fixture corpus and drafts."""
    import shutil

    gate_src = ROOT / "tests" / "fixtures" / "gate"
    for sub in ("corpus", "drafts"):
        shutil.copytree(gate_src / sub, tmp_path / sub)
    monkeypatch.chdir(tmp_path)
    return tmp_path
