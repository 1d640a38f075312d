"""The extractors' fast paths give what the plain regex scans they replace give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from crossfact.claims.extractors.categories import _roman_starts

_ROMAN = re.compile(r"[IVX]{1,5}\s")

# numerals, word characters, spaces of every sort, and what may stand before a numeral
ROMANISH = st.text(st.sampled_from("IVXivxA1_-( \n\t\u00a0\x1c"), max_size=40)


def _roman_reference(text: str, s: int, e: int) -> list[int]:
    prev_word = lambda i: i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")  # noqa: E731
    return [m.start() for m in _ROMAN.finditer(text, s, e) if not prev_word(m.start())]


@given(ROMANISH, st.integers(0, 45), st.integers(0, 45))
def test_roman_starts_match_the_class_scan(text: str, a: int, b: int) -> None:
    s, e = min(a, b, len(text)), min(max(a, b), len(text))
    assert sorted(_roman_starts(text, s, e)) == _roman_reference(text, s, e)


def test_roman_starts_table() -> None:
    text = "XII Sammit, IIIIII x, ABŞ-IV zirvə, VI\nforum, XIV"
    assert sorted(_roman_starts(text, 0, len(text))) == [0, 26, 36]
