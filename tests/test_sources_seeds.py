"""The sources stage on the user's seed articles (skipped when ../shared is absent).

No seed sentence is copied here: the checks are structural (layout, feed shape) or use
the hand annotations in ../shared/gold.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
import regex
from conftest import seed

from crossfact.sources import read_document
from crossfact.sources.boilerplate import is_datetime_line
from crossfact.sources.models import Document

_TERMINAL = regex.compile(r"[.!?…;:][\"”»’'\)\]]*$")


def _doc(prefix: str) -> Document:
    return read_document(seed(prefix))


def test_seed_002_feed_block_is_excluded_whole() -> None:
    doc = _doc("002")
    text = doc.text
    feeds = [e for e in doc.excluded if e.reason == "news-feed"]
    assert len(feeds) == 1
    feed = feeds[0]
    assert feed.end == len(text.rstrip())
    lines = text[feed.start : feed.end].splitlines()
    stamps = [ln for ln in lines if is_datetime_line(ln)]
    assert len(stamps) >= 50 and len(lines) <= 2 * len(stamps) + 2
    # every date-time line but the header's own is inside the feed; no sentence reaches it
    header = doc.metadata.published_span or (0, 0)
    for m in regex.finditer(r"(?m)^.+$", text):
        if is_datetime_line(m.group(0)) and m.span() != header:
            assert feed.start <= m.start() and m.end() <= feed.end
    assert all(s.end <= feed.start for s in doc.sentences)
    # the author's signature just above the feed stays article content
    assert doc.metadata.authors and doc.metadata.authors[0] in text[: feed.start]
    assert doc.published == dt.date(2025, 10, 23)


def test_seed_000_sentences_run_across_blank_line_breaks() -> None:
    doc = _doc("000")
    text = doc.text
    lines = [m for m in regex.finditer(r"(?m)^[ \t]*(\S.*?)[ \t]*$", text)]
    width = sorted(len(m.group(1)) for m in lines)[int(0.8 * (len(lines) - 1))]
    checked = 0
    for a, b in itertools.pairwise(lines):
        between = text[a.end() : b.start()]
        if between.count("\n") < 2 or _TERMINAL.search(a.group(1)):
            continue
        if len(a.group(1)) < 0.8 * width or regex.match(r"[\w ]{2,20}:", a.group(1)):
            continue  # short unpunctuated lines are headings and titles; labelled lists end

        s = doc.sentence_at(a.end(1) - 1)
        assert s is not None and s.end >= b.start(1) + 1, (a.group(1)[-20:], b.group(1)[:20])
        checked += 1
    assert checked >= 100


def test_seed_000_unterminated_sentences_are_headings_or_short() -> None:
    doc = _doc("000")
    for s in doc.sentences:
        chunk = doc.text[s.start : s.end]
        if not _TERMINAL.search(chunk):
            kind = doc.paragraphs[s.paragraph].kind
            assert kind in ("heading", "list-item") or len(" ".join(chunk.split())) <= 100


def _gold(gold_dir: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for f in sorted(gold_dir.glob("*.jsonl")):
        rows += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line]
    return rows


def test_gold_mentions_lie_inside_one_sentence(gold_dir: Path) -> None:
    docs: dict[str, Document] = {}
    located = 0
    rows = _gold(gold_dir)
    for row in rows:
        name = str(row["file"])
        if name not in docs:
            docs[name] = _doc(name[:3])
        doc = docs[name]
        view = doc.view
        needle = " ".join(str(row["text"]).split())
        pos = -1
        for _ in range(int(row.get("occurrence", 1))):  # type: ignore[call-overload]
            pos = view.text.find(needle, pos + 1)
        if pos < 0:
            continue
        start, end = view.to_original(pos, pos + len(needle))
        s = doc.sentence_at(start)
        assert s is not None and end <= s.end, (name, needle)
        assert not doc.is_excluded(start, end), (name, needle)
        located += 1
    assert located >= 0.9 * len(rows)


@pytest.mark.parametrize(
    ("prefix", "published", "doi"),
    [
        ("000", None, None),
        ("001", None, "10.59849/2957-3882.2024.2.67"),  # the DOI year is no publication date
        ("002", dt.date(2025, 10, 23), None),
        ("003", None, None),
        ("004", dt.date(2025, 10, 22), None),
    ],
)
def test_seed_metadata(prefix: str, published: dt.date | None, doi: str | None) -> None:
    doc = _doc(prefix)
    assert doc.published == published
    assert doc.metadata.doi == doi
    assert doc.language == "az"
    if published:
        s, e = doc.metadata.published_span or (0, 0)
        assert doc.text[s:e] == doc.metadata.published_text


def test_seed_abstract_languages() -> None:
    doc = _doc("001")
    langs = {s.language for s in doc.sentences}
    assert {"az", "en", "ru"} <= langs
