"""The relative-day extractor scans only windows around its day and week words; on any
text it finds what a scan of each whole language region finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.claims.context import build_context
from crossfact.claims.extractors import relative_days
from crossfact.sources import Document

_WORDS = [
    "dünən", "dünənki", "srağagün", "ötən", "keçən", "bu", "gələn", "növbəti", "həftə",
    "həftənin", "həftədə", "sonunda", "iclas", "yesterday", "the", "day", "before", "last",
    "this", "next", "week", "week's", "earlier", "later", "end", "of", "met", "вчера",
    "позавчера", "на", "прошлой", "этой", "следующей", "неделе", "недели", "конца", "до",
    "встреча", ".", ",", "\n\n",
    # whole phrases, so that multi-word matches occur often
    "на прошлой неделе", "earlier last week", "later this week", "ötən həftənin sonunda",
    "the day before yesterday", "до конца текущей недели", "by the end of next week",
]  # fmt: skip


def _spans(text: str) -> list[tuple[int, int, object]]:
    ctx = build_context(Document(path="t.txt", format="txt", text=text))
    return [
        (m.start, m.end, sorted(m.parts.items())) for m in relative_days.extract_relative_days(ctx)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_windows_find_what_a_full_scan_finds(words: list[str]) -> None:
    text = " ".join(words)
    fast = _spans(text)
    with pytest.MonkeyPatch.context() as mp:  # the slow path: each region scanned whole
        mp.setattr(relative_days, "_windows", lambda t, s, e, code: [(s, e)])
        slow = _spans(text)
    assert fast == slow


@pytest.mark.parametrize("code", ["az", "en", "ru"])
def test_every_week_pattern_holds_the_week_word(code: str) -> None:
    from crossfact.claims.lang import get_lang

    lang = get_lang(code)
    assert lang.week_word
    assert all(lang.week_word in k for k in lang.relative_weeks)
