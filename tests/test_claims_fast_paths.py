"""The extractors' fast paths give what the plain regex scans they replace give."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.claims.extractors.categories import _roman_starts
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.phrase import unit_at
from crossfact.claims.extractors.scan import ends_at, first_chars

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


# words the end-anchored cue patterns are made of, and what may stand around them
CUE_PIECES = st.sampled_from(
    [
        "from", "с", "от", "by", "to", "до", "between", "между", "rose", "up", "fell", "article",
        "maddə", "стать", "№", "about", "more than", "nearly", "около", "более", "свыше",
        "təxminən", "ən azı", "the first", "first", "ilk", "per", "a peak of", "from a", "of",
        "in", "ages", ".", "!", ":", "?", "\n", " ", "  ", "x", "5", "$", "-", "ы",
    ]
)  # fmt: skip


def _cue_patterns() -> list[regex.Pattern[str]]:
    from crossfact.claims.extractors import changes, numbers

    pats = [numbers._FROM_BEFORE, numbers._SENTENCE_START, changes._FROM, changes._FROM_LEVEL]
    pats += [changes._BY, changes._FROM_OT, *changes._BACK_TO.values()]
    pats += [*changes._CHANGE_BEFORE.values(), *(b for b, _ in changes._BETWEEN.values())]
    for code in ("az", "en", "ru"):
        g = grammar(code)
        pats += [g.label_before, g.qual_before_any, numbers._rate_before(code)]
        pats += [numbers._figure_cues(code)[0], numbers._time_point(code)[1]]
    return [p for p in pats if p is not None]


@settings(deadline=None)
@given(
    text=st.lists(CUE_PIECES, max_size=10).map("".join),
    a=st.integers(0, 60),
    b=st.integers(0, 60),
)
def test_ends_at_is_a_forward_search(text: str, a: int, b: int) -> None:
    pos, end = min(a, b, len(text)), min(max(a, b), len(text))
    for p in _cue_patterns():
        assert ends_at(p, text, pos, end) == (p.search(text, pos, end) is not None), p.pattern


@given(
    text=st.text(st.sampled_from("ab ыə1_.,)\n-"), max_size=20),
    a=st.integers(0, 20),
    b=st.integers(0, 20),
)
def test_last_word_backwards_is_the_forward_search(text: str, a: int, b: int) -> None:
    from crossfact.claims.extractors.numbers import _last_word

    s, e = min(a, b, len(text)), min(max(a, b), len(text))
    m = regex.search(r"(\p{L}+)\W*$", text[s:e])
    assert _last_word(text, s, e) == (m.group(1) if m else None)


MEETING_PIECES = st.sampled_from(
    [
        "5-ci", "12th", "3-й", "21", "1", "2024", "5", "-ci", "th", "zirvə", "iclası", "summit",
        "саммит", "заседание", "XII", "birinci", "first", "третий", "annual", "Türk", " ", "\n",
        ".", ",",
    ]
)  # fmt: skip


@settings(deadline=None)
@given(words=st.lists(MEETING_PIECES, max_size=10))
def test_meetings_prefilter_finds_what_every_candidate_finds(words: list[str]) -> None:
    from crossfact.claims.context import build_context
    from crossfact.claims.extractors.categories import _meetings
    from crossfact.claims.extractors.scan import match_at
    from crossfact.sources import Document

    ctx = build_context(Document(path="x.txt", format="txt", text=" ".join(words)))
    for s, e, lang in ctx.regions:
        g = grammar(lang)
        cands = {
            *ctx.digits_in(s, e),
            *ctx.word_triggers(s, e, g.ordinal_triggers, g.ordinal_words),
        }
        cands.update(_roman_starts(ctx.text, s, e))
        every = [match_at(g.meeting, ctx.folded, pos, e) for pos in sorted(cands)]
        want = [m.span() for m in every if m]
        assert [m.span() for m in _meetings(ctx, g, s, e)] == want


SPACED_PIECES = st.sampled_from(
    [
        "milyon", "min", "milyard", "trilyon", "million", "bn", "thousand", "k", "млн", "тыс.",
        "миллиардов", "illiyi", "ildönümü", "yaşında", "anniversary", "th", "years old",
        "-летие", "летия", "x", "5", " ", "\n", "\u00a0", "\x1c", "-", "–", ".",
    ]
)  # fmt: skip


@pytest.mark.parametrize("code", ["az", "en", "ru"])
@settings(deadline=None)
@given(text=st.lists(SPACED_PIECES, max_size=8).map("".join))
def test_may_start_never_turns_a_match_away(code: str, text: str) -> None:
    from crossfact.claims.extractors.numbers import _anniversary_first
    from crossfact.claims.extractors.phrase import _scale_first
    from crossfact.claims.extractors.scan import may_start

    g = grammar(code)
    for pattern, first in (
        (g.scale, _scale_first(code)),
        (g.anniversary, _anniversary_first(code)),
    ):
        for pos in range(len(text) + 1):
            assert may_start(first, text, pos) or pattern.match(text, pos) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rayonda beş yeni məktəb tikilib.", [("beş yeni məktəb", "school", 5)]),
        ("Rayonda beş yeni\n\nməktəb tikilib.", []),  # the noun is over a paragraph break
        ("They opened five new schools.", [("five new schools", "school", 5)]),
        ("They opened five new\n\nschools later.", []),
        ("Там открыли пять новых школ.", [("пять новых школ", "school", 5)]),
        ("Там открыли пять новых\n\nшкол.", []),
    ],
)
def test_number_word_counts_a_known_noun_not_across_a_break(
    text: str, want: list[tuple[str, str, int]]
) -> None:
    from crossfact.claims import extract_claims
    from crossfact.sources import Document

    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    assert [(c.text, c.unit, c.value) for c in claims] == want
