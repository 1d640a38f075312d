"""End to end through the real verifier on a small fixture corpus: the 10th OTS summit
(Astana, 3 November 2023) and drafts that date it 2 November, in az, en and ru."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.gate.factory import run_cli


@pytest.fixture
def gate(gate_files: Path) -> Path:
    return gate_files


run = run_cli


def findings(draft: str, *extra: str) -> tuple[int, list[dict]]:
    rc, out, _ = run("check", draft, "--corpus", "corpus", "--format", "json", *extra)
    return rc, json.loads(out)["findings"]


@pytest.mark.parametrize(
    ("draft", "quote"),
    [
        ("drafts/conflict.md", "2023-cü il noyabrın 2-də"),
        ("drafts/conflict-en.md", "2 November 2023"),
        ("drafts/conflict-ru.md", "2 ноября 2023"),
    ],
)
def test_conflicting_date_fails_the_gate(gate: Path, draft: str, quote: str) -> None:
    rc, fs = findings(draft)
    assert rc == 1
    (f,) = [f for f in fs if f["code"] == "CF302"]
    checked = [e for e in f["evidence"] if e["role"] == "checked"]
    assert checked and checked[0]["path"] == draft and checked[0]["line"] == 3
    text = Path(draft).read_text(encoding="utf-8")
    assert quote in text[checked[0]["start"] : checked[0]["end"] + 5]
    assert {e["value"] for e in f["evidence"] if e["role"] == "corpus"} == {"2023-11-03"}


def test_clean_draft_passes(gate: Path) -> None:
    assert findings("drafts/clean.md") == (0, [])


def test_inline_suppression_and_unused_one(gate: Path) -> None:
    assert findings("drafts/suppressed.md") == (0, [])
    rc, fs = findings("drafts/unused.md")
    assert rc == 0 and [(f["code"], f["evidence"][0]["line"]) for f in fs] == [("CF901", 5)]


def test_baseline_round_trip(gate: Path) -> None:
    assert run("baseline", "drafts/conflict.md", "--corpus", "corpus")[0] == 0
    assert findings("drafts/conflict.md", "--baseline", ".crossfact-baseline.json") == (0, [])
    p = Path("drafts/conflict.md")
    p.write_text(p.read_text(encoding="utf-8").replace("noyabrın 2-də", "noyabrın 4-də"), "utf-8")
    rc, fs = findings("drafts/conflict.md", "--baseline", ".crossfact-baseline.json")
    assert rc == 1 and sorted(f["code"] for f in fs) == ["CF302", "CF902"]


def test_fail_on_never_and_select(gate: Path) -> None:
    assert run("check", "drafts/conflict.md", "--corpus", "corpus", "--fail-on", "never")[0] == 0
    assert findings("drafts/conflict.md", "--ignore", "CF3") == (0, [])
