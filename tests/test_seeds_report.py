"""`crossfact report ../shared/seeds`: the findings the seeds must produce, and silence on
the facts they agree on (issues #2 and #4)."""

from __future__ import annotations

from functools import cache

import pytest

from crossfact.config import Settings
from crossfact.sources import load_documents
from crossfact.verifier import verify
from crossfact.verifier.models import Finding, Result


@cache
def seeds_result(seeds: str) -> Result:
    docs, errors = load_documents([seeds])
    assert not errors
    return verify([], docs, Settings(), errors)


@pytest.fixture
def result(seeds_dir) -> Result:
    return seeds_result(str(seeds_dir))


def _quotes(f: Finding) -> set[str]:
    return {" ".join(e.quote.split()) for e in f.evidence}


def _files(f: Finding) -> set[str]:
    return {e.path.rsplit("/", 1)[-1][:3] for e in f.evidence}


def test_ots_summit_date_vs_visit_date(result: Result) -> None:
    hits = [f for f in result.findings if f.subject == "ots-summit-10"]
    assert hits, "the 10th OTS summit (3 Nov) vs the visit for it (2 Nov) must be reported"
    f = hits[0]
    assert {"001", "003"} <= _files(f)
    assert any("noyabrın 3-də" in q for q in _quotes(f))
    assert any("noyabrın 2-də" in q for q in _quotes(f))


def test_tokayev_march_2024_visit_type(result: Result) -> None:
    hits = [
        f for f in result.findings
        if f.code == "CF304" and (f.subject or "").startswith("visit:kazakhstan>azerbaijan:2024-03")
    ]  # fmt: skip
    assert hits
    quotes = " ".join(_quotes(hits[0]))
    assert "rəsmi səfər" in quotes and "dövlət səfər" in quotes


def test_btk_achieved_vs_forecast(result: Result) -> None:
    hits = [
        f for f in result.findings
        if f.code == "CF306" and f.subject == "baku-tbilisi-kars-railway"
    ]  # fmt: skip
    assert hits
    assert {"000", "001"} <= _files(hits[0])


def test_astara_name_variant(result: Result) -> None:
    hits = [f for f in result.findings if f.code == "CF307"]
    assert hits and any("Astara" in q for f in hits for q in _quotes(f))


@pytest.mark.parametrize(
    ("subject", "attribute"),
    [
        ("relations:azerbaijan+kazakhstan", "established"),
        ("council:azerbaijan+kazakhstan#1", "date"),
        ("council:azerbaijan+kazakhstan#2", "date"),
        ("baku-port", "annual-capacity"),
    ],
)
def test_no_alarm_on_facts_the_seeds_agree_on(result: Result, subject: str, attribute: str) -> None:
    bad = [
        f for f in result.findings
        if f.subject == subject and f.severity in ("error", "warning")
    ]  # fmt: skip
    assert not bad, [f.message for f in bad]


def test_agreed_facts_are_corroborated(result: Result) -> None:
    got = {(c.subject, c.attribute) for c in result.corroborations}
    assert ("relations:azerbaijan+kazakhstan", "established") in got
    assert ("council:azerbaijan+kazakhstan#2", "date") in got
