"""The example corpus: every article loads with its publication date and language, yields
claims, and ``EXPECTED.md`` (the planted conflicts, agreements and traps) matches the text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from crossfact.claims import extract_claims
from crossfact.sources import load_documents
from crossfact.sources.models import Document
from crossfact.text import fold

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS = EXAMPLES / "corpus"
DRAFTS = EXAMPLES / "drafts"
ARTICLES = sorted(
    p for p in CORPUS.iterdir() if p.suffix in {".md", ".txt"} and not p.stem.isupper()
)


def _expected() -> dict[str, Any]:
    text = (CORPUS.parent / "EXPECTED.md").read_text(encoding="utf-8")
    m = re.search(r"```yaml\n(.*?)\n```", text, re.S)
    assert m, "EXPECTED.md must hold one fenced yaml block"
    data: dict[str, Any] = yaml.safe_load(m.group(1))
    return data


EXPECTED = _expected()


def _quotes() -> list[tuple[str, str, str]]:
    """(section id, file, quote) for every quoted piece of evidence in EXPECTED.md."""
    out = []
    for section in ("conflicts", "agreements", "traps"):
        for item in EXPECTED[section]:
            for ev in item["evidence"]:
                out.append((item["id"], ev["file"], ev["quote"]))
    return out


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    loaded, errors = load_documents(ARTICLES)
    assert not errors, errors
    return {Path(d.path).name: d for d in loaded}


@pytest.fixture(scope="module")
def claims(docs: dict[str, Document]) -> dict[str, list]:
    out = {name: extract_claims(d) for name, d in docs.items()}
    assert all(out.values()), [name for name, cl in out.items() if not cl]
    return out


def test_corpus_shape() -> None:
    assert 6 <= len(ARTICLES) <= 10
    assert {p.suffix for p in ARTICLES} == {".md", ".txt"}
    langs = [v["language"] for v in EXPECTED["articles"].values()]
    assert langs.count("en") == 2 and langs.count("az") >= 5
    assert sorted(EXPECTED["articles"]) == [p.name for p in ARTICLES]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_length(path: Path) -> None:
    words = len(path.read_text(encoding="utf-8").split())
    assert 300 <= words <= 700, words


@pytest.mark.parametrize(("section", "file", "quote"), _quotes())
def test_expected_quotes_are_verbatim(section: str, file: str, quote: str) -> None:
    assert quote in (CORPUS / file).read_text(encoding="utf-8"), section


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_loads_with_date_and_language(path: Path, docs: dict[str, Document]) -> None:
    doc = docs[path.name]
    meta = EXPECTED["articles"][path.name]
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.published == dt.date.fromisoformat(meta["published"])
    assert doc.language == meta["language"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_produces_claims(path: Path, claims: dict[str, list], docs: dict) -> None:
    found = claims[path.name]
    assert len(found) >= 3
    text = docs[path.name].text
    for c in found:
        assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("section", "file", "quote"),
    [q for q in _quotes() if q[0] not in {"news-feed", "future-council-meeting"}],
)
def test_expected_quotes_yield_claims(
    section: str, file: str, quote: str, claims: dict[str, list], docs: dict
) -> None:
    start = docs[file].text.index(quote)
    end = start + len(quote)
    assert any(c.start < end and start < c.end for c in claims[file]), (section, quote)


def test_news_feed_yields_no_claims(claims: dict[str, list], docs: dict) -> None:
    name = "02-ali-dovletlerarasi-sura-baki.txt"
    feed_start = docs[name].text.index("Xəbər lenti")
    assert not [c.text for c in claims[name] if c.start >= feed_start]


def test_examples_are_not_copied_from_the_seeds() -> None:
    """No run of ten words of an example text occurs in a seed article. (Facts may be reused,
    and a name plus a date such as `Tokayev 2024-cü il martın 11-12-də` is already eight.)"""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")

    def shingles(text: str, n: int = 10) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", fold(text))
        return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}

    seeds: set[tuple[str, ...]] = set()
    for p in SEEDS.iterdir():
        seeds |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    ours = [
        *ARTICLES,
        *DRAFTS.glob("*.md"),
        *(EXAMPLES.parent / "tests/fixtures/eval").rglob("*.*"),
    ]
    for p in ours:
        common = shingles(p.read_text(encoding="utf-8")) & seeds
        assert not common, f"{p.name}: {' '.join(next(iter(common)))}"
