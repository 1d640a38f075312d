"""The evaluation drafts: their sidecars are well formed, and the verifier meets the targets
(recall >= 0.9, at most one false alarm over the twelve drafts)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from evalkit import ISO_DATE, assert_targets, load_bench

from crossfact.verifier.rules import by_name_or_code

ROOT = Path(__file__).resolve().parent.parent


ev = load_bench()
CASES = ev.load_cases(ev.EVAL)
PARA = ev.load_cases(ev.PARAPHRASE)
EXAMPLE_DRAFTS = ev.load_cases(ROOT / "examples" / "drafts")
ALL = CASES + PARA + EXAMPLE_DRAFTS


def test_twelve_drafts_four_per_language() -> None:
    assert Counter(c.language for c in CASES) == {"az": 4, "en": 4, "ru": 4}
    clean = [c for c in CASES if not c.expect]
    assert 2 <= len(clean) <= 4, "a few drafts must have no conflict at all"


def test_every_draft_has_asidecar() -> None:
    for folder in (ev.EVAL, ev.PARAPHRASE):
        drafts = ev.article_paths(folder)
        missing = [p.name for p in drafts if not p.with_name(p.stem + ".expect.yaml").is_file()]
        assert not missing


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.path.name)
def test_expectations_are_well_formed(case) -> None:
    text = case.path.read_text(encoding="utf-8")
    for x in case.expect + case.allow:
        rule = by_name_or_code(x.code)
        assert rule is not None, f"unknown rule code {x.code}"
        if x in case.allow:
            continue
        assert x.value is not None, "an expectation names the draft's value"
        assert rule.severity in ("error", "warning"), "only gating findings are expected"
        if x.code == "CF302":
            assert ISO_DATE.match(str(x.value)), x.value
        if x.quote is not None:
            assert x.quote in text, f"quote {x.quote!r} not in {case.path.name}"


def test_paraphrase_groups_share_expectations() -> None:
    groups: dict[str, list] = {}
    for c in PARA:
        assert c.group, f"{c.path.name}: paraphrase variants need a group"
        groups.setdefault(c.group, []).append(c)
    assert len(groups) >= 2
    for name, members in groups.items():
        assert len(members) >= 2, name
        assert len({c.language for c in members}) >= 2, f"group {name} spans one language"
        labels = {frozenset(x.label() for x in c.expect) for c in members}
        assert len(labels) == 1, f"group {name} variants expect different findings"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2023-11-03", "2023-11-03", True),
        ("2023-11-03", "2023-11-04", False),
        (5000000, 5000000.0, True),
        (5000000, "5000000", True),
        (3, "3", True),
        (2, 3, False),
        ("official", "Official", True),
        ("official", "state", False),
        ([1, 2], [1.0, 2.0], True),
        ([1, 2], [1, 3], False),
    ],
)
def test_same_value(a, b, same: bool) -> None:
    assert ev.same_value(a, b) is same


def test_corpus_loader_skips_notes() -> None:
    names = [p.name for p in ev.article_paths(ev.CORPUS)]
    assert "EXPECTED.md" not in names
    assert len(names) >= 6


def test_eval_targets() -> None:
    assert_targets(ev, ev.run())


def test_paraphrases_give_the_same_findings() -> None:
    results = ev.run(drafts_dir=ev.PARAPHRASE)
    consistency = ev.paraphrase_consistency(results)
    assert consistency and all(consistency.values()), consistency


def test_example_drafts() -> None:
    results = ev.run(drafts_dir=ROOT / "examples" / "drafts")
    assert len(results) == 2
    for r in results:
        assert not r.missed and not r.false_alarms and r.error is None, r.case.path.name


# --- the mutation benchmark's text rewrites (bench/mutation_text.py) -----------------------

sys.path.insert(0, str(ROOT / "bench"))
import mutation_text as mt  # noqa: E402


@pytest.mark.parametrize(
    ("n", "locative", "ordinal"),
    [
        (1, "də", "ci"), (2, "də", "ci"), (3, "də", "cü"), (4, "də", "cü"), (5, "də", "ci"),
        (6, "da", "cı"), (9, "da", "cu"), (10, "da", "cu"), (11, "də", "ci"), (20, "də", "ci"),
        (30, "da", "cu"), (40, "da", "cı"), (100, "də", "cü"), (1992, "də", "ci"),
        (2010, "da", "cu"), (2023, "də", "cü"), (2026, "da", "cı"), (2000, "də", "ci"),
    ],
)  # fmt: skip
def test_number_suffix_harmony(n: int, locative: str, ordinal: str) -> None:
    v = mt.number_vowel(n)
    assert mt.harmonize("də", v) == locative
    assert mt.harmonize("ci", v) == ordinal


@pytest.mark.parametrize(
    ("fn", "text", "value", "allowed"),
    [
        (mt.shift_day, "2023-cü il noyabrın 3-də", "2023-11-03",
         {"2023-cü il noyabrın 2-də", "2023-cü il noyabrın 4-də"}),
        (mt.shift_day, "iyulun 6-da", "2024-07-06", {"iyulun 5-də", "iyulun 7-də"}),
        (mt.shift_day, "aprelin 10-da", "2023-04-10", {"aprelin 9-da", "aprelin 11-də"}),
        (mt.shift_day, "11.03.2024", "2024-03-11", {"10.03.2024", "12.03.2024"}),
        (mt.shift_month, "noyabrın 3-də", "2023-11-03", {"oktyabrın 3-də", "dekabrın 3-də"}),
        (mt.shift_month, "Martın 11-də", "2024-03-11", {"Fevralın 11-də", "Aprelin 11-də"}),
        (mt.shift_month, "iyulun 6-da", "2024-07-06", {"iyunun 6-da", "avqustun 6-da"}),
        (mt.shift_month, "3 November 2023", "2023-11-03", {"3 October 2023", "3 December 2023"}),
        (mt.shift_month, "30 августа 1992 года", "1992-08-30",
         {"30 июля 1992 года", "30 сентября 1992 года"}),
        (mt.shift_year, "2023-cü il noyabrın 3-də", "2023-11-03",
         {"2022-ci il noyabrın 3-də", "2024-cü il noyabrın 3-də"}),
        (mt.shift_year, "iyulun 6-da", "2024-07-06", set()),  # no year written: not mutated
        (mt.swap_visit_type, "dövlət səfəri", "state", {"rəsmi səfəri", "işgüzar səfəri"}),
        (mt.swap_visit_type, "государственным визитом", "state", {"официальным визитом"}),
        (mt.swap_visit_type, "official visit", "official", {"state visit", "working visit"}),
        (mt.swap_ordinal, "ikinci iclası", 2, {"birinci iclası", "üçüncü iclası"}),
        (mt.swap_ordinal, "X Zirvə", 10, {"IX Zirvə", "XI Zirvə"}),
        (mt.swap_ordinal, "10th summit", 10, {"9th summit", "11th summit"}),
        (mt.swap_ordinal, "второе заседание", 2, {"первое заседание"}),
    ],
)  # fmt: skip
def test_rewrites(fn, text: str, value, allowed: set[str]) -> None:
    import random

    for seed in range(6):
        res = fn(text, value, random.Random(seed))
        if not allowed:
            assert res is None
            continue
        (new, s, e), _ = res
        assert new in allowed, new
        assert new[:s] == text[:s] and s < e  # the span starts where the change starts


def test_scale_figure_changes_only_the_number() -> None:
    import random

    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.integers(1, 10**6), st.integers(0, 10**6))
    def prop(n: int, seed: int) -> None:
        text = f"{n} milyon tona qədər"
        res = mt.scale_figure(text, n, random.Random(seed))
        if res is None:  # small numbers may have no integer 10-60 % away
            assert n < 10
            return
        (new, s, e), _factor = res
        assert new[e:] == text[len(str(n)) :] and new[:s] == ""
        assert 0.1 - 1e-9 <= abs(int(new[s:e]) / n - 1) <= 0.75

    prop()
