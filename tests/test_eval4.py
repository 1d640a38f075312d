"""The fourth evaluation set (red team #3): ten CLEAN drafts (4 az, 3 en, 3 ru) that agree
with the example corpus but are written in hard forms: several dated events of one
organisation in a paragraph, visits of different types and directions in one sentence,
arrivals the day before, other years' figures next to each other ('a year earlier',
'up from'), planned vs achieved, other ports and pipelines next to Alat and BTK, quoted speech
with numbers, ranges, rounded values, month-only and relative dates, abbreviations, lists,
tables and numbers in headlines and URLs (``tests/fixtures/eval4``).

Any error or warning about one of these drafts is a false alarm.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from evalkit import load_bench, report, run_once, sidecar

ROOT = Path(__file__).resolve().parent.parent
EVAL4 = ROOT / "tests" / "fixtures" / "eval4"

ev = load_bench()
CASES = ev.load_cases(EVAL4)


def test_composition() -> None:
    assert Counter(c.language for c in CASES) == {"az": 4, "en": 3, "ru": 3}
    assert all(not c.expect for c in CASES), "every draft of this set is clean"
    assert {p.suffix for p in ev.article_paths(EVAL4)} == {".md", ".txt"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.path.name)
def test_sidecar_traps_are_real(case) -> None:
    text = case.path.read_text(encoding="utf-8")
    side = sidecar(case)
    assert side.get("language") == case.language
    traps = side.get("traps") or []
    assert len(traps) >= 5, "every draft carries several hard forms"
    for t in traps:
        assert t.get("why"), t
        assert t["quote"] in text, f"trap quote {t['quote']!r} not in {case.path.name}"


def test_every_draft_is_evaluated_without_error() -> None:
    results = run_once(ev, EVAL4)
    assert len(results) == 10
    assert [r.case.path.name for r in results if r.error] == []


def test_clean_drafts_raise_no_alarm() -> None:
    results = run_once(ev, EVAL4)
    assert report(ev, results) == {}


# The shortest correct texts that once raised a false alarm each (regression tests).
MINIMAL = [
    (
        "table-years-in-parentheses",
        "md",
        "---\ndate: 2024-05-20\n---\n\nAzerbaijan–China trade: $2.4bn (2022), $3.1bn (2023).\n\n"
        "Trade between Azerbaijan and China reached $3.1 billion in 2023.\n",
    ),
    (
        "bullet-then-compared-with",
        "txt",
        "date 2024-06-03\nXəbər\n\n- Azərbaycan–Çin ticarəti: 2023-cü ildə 3,1 milyard dollar.\n\n"
        "Ticarət 2023-cü ildə bir il əvvəlki 2,4 milyard dollarla müqayisədə artaraq "
        "3,1 milyard dollara çatıb.\n",
    ),
    (
        "days-after-another-summit",
        "md",
        "---\ndate: 2024-11-07\n---\n\nThe Turkic leaders met informally in Shusha on 6 July "
        "2024, after the Shanghai Cooperation Organisation summit in Astana.\n",
    ),
    (
        "turkic-states-possessive",
        "md",
        "---\ndate: 2024-11-07\n---\n\nThe SCO summit in Astana ended on 4 July 2024.\n\n"
        "The Turkic States' previous formal summit, the 10th, took place in Astana last year.\n",
    ),
    (
        "ru-perfective-future",
        "txt",
        "date 2025-10-21\nНовость\n\nПропускная способность железной дороги Баку — Тбилиси — "
        "Карс вырастет с 1 до 5 миллионов тонн в год.\n",
    ),
    (
        "ru-this-time-state-visit",
        "txt",
        "date 2024-03-13\nНовость\n\nВ ноябре прошлого года Токаев приезжал в Баку с рабочим "
        "визитом. На этот раз Токаев прибыл в Азербайджан с государственным визитом.\n",
    ),
]


@pytest.mark.parametrize(("name", "suffix", "text"), MINIMAL, ids=[m[0] for m in MINIMAL])
def test_minimal_reproducers_are_clean(tmp_path: Path, name: str, suffix: str, text: str) -> None:
    lang = "ru" if "ru-" in name else ("az" if "bullet" in name else "en")
    (tmp_path / f"{name}-{lang}.{suffix}").write_text(text, encoding="utf-8")
    (tmp_path / f"{name}-{lang}.expect.yaml").write_text("expect: []\n", encoding="utf-8")
    results = ev.run(drafts_dir=tmp_path)
    assert len(results) == 1 and not results[0].error
    assert report(ev, results) == {}
