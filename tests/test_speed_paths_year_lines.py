"""Chronology and imprint years are found from digit runs and word hits; on any text they
are what a scan of the whole text with the plain patterns finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.claims.context import build_context
from crossfact.claims.extractors.dates import _imprint_years, _timeline_years
from crossfact.sources import Document

_SLOW_TIMELINE = regex.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<y>1[5-9]\d\d|20\d\d)(?=[ \t]+[–—-][ \t])", regex.M
)
_SLOW_IMPRINT = regex.compile(
    r"(?<!\w)(?:press|publishers?|publishing|books|verlag|nəşriyyat\w*|издательств\w*|изд-во)"
    r"[^.\n\d]{0,40}?,\s(?P<y>1[5-9]\d\d|20\d\d)(?=[.,;)])"
)
_PIECES = [
    "2007", "2019", "1998", "12345", "20", " ", "  ", "\n", "\n\n", " – ", " - ", "—", "-", "•",
    "*", "text", "Meridian Press", "Books", "press", "expressed", "Издательство «Наука»", ", ",
    ".", ";", "a", "\n  - ", "\n• ", "\n\t* ", "words and more words ",
]  # fmt: skip


def _ctx(text: str):  # type: ignore[no-untyped-def]
    return build_context(Document(path="t.txt", format="txt", text=text))


_LINE = st.tuples(
    st.sampled_from(["", "  ", "- ", "  - ", "• ", "\t* ", "text ", "a long lead of words "]),
    st.sampled_from(["2007", "1998", "12345", "20", "2019a"]),
    st.sampled_from([" – ", " - ", " — ", "—", " ", ": "]),
    st.sampled_from(["x", "the port opened", ""]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8), st.sampled_from(["\n", "\n\n", " "]))
def test_timeline_years_match_a_full_scan(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    ctx = _ctx(text)
    fast = {ctx.doc.view.to_original(m.start, m.end) for m in _timeline_years(ctx, [])}
    slow = {m.span("y") for m in _SLOW_TIMELINE.finditer(text)} if "\n" in text else set()
    slow = {
        sp for sp in slow if ctx.text[slice(*ctx.doc.view.from_original(*sp))] == text[slice(*sp)]
    }
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_imprint_years_match_a_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    ctx = _ctx(text)
    fast = {(m.start, m.end) for m in _imprint_years(ctx, [])}
    slow = {m.span("y") for m in _SLOW_IMPRINT.finditer(ctx.folded, overlapped=True)}
    assert fast == slow
