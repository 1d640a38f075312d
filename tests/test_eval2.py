"""The second, independent evaluation set (red team): drafts written without reading the
verifier, with planted conflicts and look-alike traps, checked against the example corpus
(``tests/fixtures/eval2``) and against the user's seed articles (``tests/fixtures/eval2/seeds``).

Targets: recall >= 0.9 and at most one false alarm per set. The sidecars also list the traps
each draft contains (``traps: [{quote, why}]``); the bench ignores them, these tests check
that they are real.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from evalkit import (
    assert_targets,
    check_sidecar,
    check_traps,
    load_bench,
    missing_sidecars,
    run_once,
)

ROOT = Path(__file__).resolve().parent.parent
EVAL2 = ROOT / "tests" / "fixtures" / "eval2"
SEED_DRAFTS = EVAL2 / "seeds"


ev = load_bench()
CASES = ev.load_cases(EVAL2)
SEED_CASES = ev.load_cases(SEED_DRAFTS)
ALL = CASES + SEED_CASES


def test_composition() -> None:
    assert Counter(c.language for c in CASES) == {"az": 6, "en": 5, "ru": 5}
    clean = [c for c in CASES if not c.expect]
    assert 4 <= len(clean) <= 7, "about a third of the drafts have no conflict"
    assert len(SEED_CASES) == 4
    assert any(not c.expect for c in SEED_CASES) and any(c.expect for c in SEED_CASES)
    assert len({c.language for c in SEED_CASES}) == 3


@pytest.mark.parametrize("folder", [EVAL2, SEED_DRAFTS], ids=["corpus", "seeds"])
def test_every_draft_has_asidecar(folder: Path) -> None:
    n, missing = missing_sidecars(ev, folder)
    assert n and not missing


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.path.name)
def test_sidecar_is_well_formed(case) -> None:
    check_sidecar(case)


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.path.name)
def test_every_draft_has_real_traps(case) -> None:
    check_traps(case)


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.path.name)
def test_drafts_have_a_publication_date(case) -> None:
    """Relative dates ('ötən il', 'last year', 'вчера') need a header to resolve against."""
    head = case.path.read_text(encoding="utf-8")[:400]
    assert re.search(r"\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}|\d{2} \w+, \d{4}", head), head


def test_every_draft_is_evaluated_without_error() -> None:
    results = run_once(ev, EVAL2)
    assert len(results) == 16
    assert [r.case.path.name for r in results if r.error] == []


def test_eval2_targets_on_the_example_corpus() -> None:
    results = run_once(ev, EVAL2)
    assert_targets(ev, results)


def test_seed_drafts_are_evaluated_without_error(seeds_dir: Path) -> None:
    results = run_once(ev, SEED_DRAFTS, seeds_dir)
    assert len(results) == 4
    assert [r.case.path.name for r in results if r.error] == []


def test_eval2_targets_on_the_seeds(seeds_dir: Path) -> None:
    results = run_once(ev, SEED_DRAFTS, seeds_dir)
    assert_targets(ev, results)
