"""The extractors' fast paths give what the plain regex scans they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.claims.extractors.categories import _roman_starts
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.phrase import unit_at
from crossfact.claims.extractors.scan import first_chars

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


# words that start (or nearly start) units in the three languages, and what may stand between
UNIT_PIECES = st.sampled_from(
    [
        "ton", "tona", "km", "kv. m", "metr", "ay", "ayın", "il", "ildən", "nəfər", "dəfə",
        "abş dolları", "°c", "tonnes", "metric tons", "c", "per cent", "percentage points",
        "days", "kb/d", "people", "times", "fold", "тонн", "т", "куб. м", "лет", "года",
        "человек", "раза", "суток", "м³", "ц/га", "5", " ", "  ", "\n", "\u00a0", "\x1c",
        "-", ".", "x", "ş", "ю",
    ]
)  # fmt: skip


@pytest.mark.parametrize("code", ["az", "en", "ru"])
@settings(deadline=None)  # the first example compiles the grammar
@given(text=st.lists(UNIT_PIECES, max_size=8).map("".join))
def test_unit_at_is_the_units_alternation(code: str, text: str) -> None:
    g = grammar(code)
    for pos in range(len(text) + 1):
        m = g.units.match(text, pos)
        want = (g.lang.units[int(m.lastgroup[1:])], m.end()) if m and m.lastgroup else (None, pos)
        assert unit_at(g, text, pos) == want


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"(?<=\d)c(?!\w)|[её]x", {"c", "е", "ё"}),  # lookarounds are passed over
        (r"(?:metric\s)?(?:tonnes|t)(?!\w)", {"m", "t"}),
        (r"(?:a|)b", {"a", "b"}),
        (r"[a-c]y", {"a", "b", "c"}),
        (r"\s?x", None),  # a class
        (r"a*", None),  # may match empty
        (r"[^a]b", None),
        (r"\p{L}x", None),  # regex-only syntax
        (r"(?i)ab", None),
        (r"[[:alpha:]]", None),
    ],
)
def test_first_chars(pattern: str, chars: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)
