"""Tests for crossfact.text: casing, line/col and the normalized TextView offset map."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.text import (
    _CYR_TO_LAT,
    WHITE_SPACE,
    TextView,
    az_lower,
    finditer_safe,
    fold,
    fold_lookalikes,
    line_col,
    normalize_view,
)


@pytest.mark.parametrize(
    ("raw", "lower"),
    [("İKİ", "iki"), ("IŞIQ", "ışıq"), ("Əliyev", "əliyev"), ("İlham", "ilham"), ("ДОМ", "дом")],
)
def test_az_lower(raw: str, lower: str) -> None:
    assert az_lower(raw) == lower
    assert len(fold(raw)) == len(raw)


def test_fold_keeps_length_for_decomposed_dot() -> None:
    s = "I\u0307ki"  # decomposed İ
    assert len(fold(s)) == len(s)
    assert "\u0307" not in fold(s)


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [("ab\ncd", 0, (1, 1)), ("ab\ncd", 3, (2, 1)), ("ab\r\ncd", 5, (2, 2)), ("a\rb", 2, (2, 1))],
)
def test_line_col(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert line_col(text, offset) == expected


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("ok-\ntyabrın", "oktyabrın"),
        ("Əli-\nyev", "Əliyev"),
        ("Ka-\nsım", "Kasım"),
        ("döv-\nlət", "dövlət"),
        ("ok- \n\n tyabr", "oktyabr"),  # page break inside the word
        ("ok-\r\ntyabr", "oktyabr"),
        ("ok\u00ad\ntyabr", "oktyabr"),
        # documented limitation: a real compound broken at its hyphen is joined too
        ("nəqliyyat-\nlogistika", "nəqliyyatlogistika"),
        ("ŞƏT-\nin", "ŞƏT-in"),  # suffix after an acronym keeps its hyphen
        ("2023-\ncü il", "2023-cü il"),
        ("Bakı-\nTbilisi", "Bakı- Tbilisi"),  # capital after the break: not hyphenation
        ("ok-\n\n\ntyabr", "ok- tyabr"),  # more than one blank line is not a word break
        ("soft\u00adhyphen", "softhyphen"),
        ("X\u00ad\nab", "Xab"),  # a soft hyphen never survives, whatever precedes it
        ("a  \t b\n\n c", "a b c"),
        ("a\u00a0b\u2009c", "a b c"),
        ("zero\u200bwidth", "zerowidth"),
        ("e\u0301", "é"),
        ("Аzərbaycan", "Azərbaycan"),  # Cyrillic А in a Latin word
        ("Сеть", "Сеть"),  # a Russian word stays Cyrillic
        ("Mоskva", "Moskva"),
        ("", ""),
    ],
)
def test_normalize_view_table(original: str, view: str) -> None:
    v = normalize_view(original)
    assert v.text == view
    assert len(v.offsets) == len(v.text) + 1
    assert v.offsets[-1] == len(original)


def test_to_original_hyphenation_span() -> None:
    orig = "Bakıda 2023-cü il ok-\ntyabrın 3-də"
    v = normalize_view(orig)
    i = v.text.index("oktyabrın")
    s, e = v.to_original(i, i + len("oktyabrın"))
    assert orig[s:e] == "ok-\ntyabrın"
    assert v.from_original(s, e) == (i, i + len("oktyabrın"))


def test_to_original_composed_char_covers_combining_mark() -> None:
    orig = "cafe\u0301 bar"
    v = normalize_view(orig)
    assert v.text == "café bar"
    s, e = v.to_original(0, 4)
    assert orig[s:e] == "cafe\u0301"


def test_identity_view() -> None:
    v = TextView.identity("abc")
    assert v.to_original(1, 3) == (1, 3)
    assert v.from_original(1, 3) == (1, 3)


def test_legacy_view_without_ends_still_maps() -> None:
    v = TextView("ab  c", "ab c", (0, 1, 2, 4, 5))
    assert v.to_original(0, 2) == (0, 2)
    assert v.to_original(3, 4) == (4, 5)


def test_finditer_safe_times_out_quietly() -> None:
    import regex

    pat = regex.compile(r"^(a|aa)+$")
    assert finditer_safe(pat, "a" * 40 + "b", timeout=0.05) == []


# --- properties --------------------------------------------------------------------

# Pieces of realistic editorial text: az/ru/en letters, digits, punctuation, every kind of
# whitespace the view collapses, hyphenation, soft hyphens, look-alikes, composed and
# decomposed letters (one combining mark each).
_PIECES = st.sampled_from(
    [
        "a", "k", "t", "ə", "Ə", "İ", "ı", "I", "ş", "Ş", "ğ", "ö", "ü", "ç",
        "A", "B", "T", "а", "е", "о", "А", "д", "Ж", "я",
        "e\u0301", "s\u0327", "I\u0307", "u\u0308",
        "0", "1", "9", ".", ",", ":", "(", ")", "%", "“",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2009",
        "-", "-\n", "- \n\n ", "\u00ad", "\u200b", "\u2010\n",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@st.composite
def _text_and_span(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, int, int]:
    text = draw(texts)
    n = len(normalize_view(text).text)
    a = draw(st.integers(0, n))
    b = draw(st.integers(0, n))
    return text, min(a, b), max(a, b)


@settings(max_examples=400, deadline=None)
@given(_text_and_span(_TEXTS))
def test_view_span_maps_to_original_with_same_normalized_text(
    case: tuple[str, int, int],
) -> None:
    text, s, e = case
    v = normalize_view(text)
    os_, oe = v.to_original(s, e)
    assert 0 <= os_ <= oe <= len(text)
    # Look-alike replacement is decided per word, so a slice of a word may keep its
    # Cyrillic letter; compare with look-alikes folded.  Everything else is exact.
    assert fold_lookalikes(normalize_view(text[os_:oe]).text) == fold_lookalikes(v.text[s:e])


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_word_spans_round_trip_exactly(text: str) -> None:
    import regex

    v = normalize_view(text)
    for m in regex.finditer(r"\S+", v.text):
        os_, oe = v.to_original(m.start(), m.end())
        assert normalize_view(text[os_:oe]).text == m.group(0)
        assert v.from_original(os_, oe) == (m.start(), m.end())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode_maps_monotonically(text: str) -> None:
    v = normalize_view(text)
    assert len(v.offsets) == len(v.text) + 1
    assert v.ends is not None and len(v.ends) == len(v.text)
    assert list(v.offsets) == sorted(v.offsets)
    assert all(0 <= a < b <= len(text) for a, b in zip(v.offsets, v.ends, strict=False))
    assert "\u00ad" not in v.text and "  " not in v.text and "\n" not in v.text
    for i in range(len(v.text)):
        s, e = v.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        fs, fe = v.from_original(s, e)
        assert fs <= i < fe


# --- the segment-wise normalize_view equals the character-by-character original -------

_REF_HYPHEN_BREAK = regex.compile(
    r"[-\u2010\u00ad][ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029\x85])"
    r"(?:[ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029\x85]))?[ \t\u00a0]*(?=\p{Ll})"
)
_REF_WS_RUN = regex.compile(r"[\p{White_Space}]+")
_REF_DROPPED = frozenset({"\u00ad", "\u200b", "\u2060", "\ufeff"})
_REF_LATIN_WORD_WITH_CYR = regex.compile(
    r"\b(?=\p{L}*\p{Script=Latin})(?=\p{L}*\p{Script=Cyrillic})\p{L}+\b"
)


def _reference_view(original: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The first, character-by-character normalize_view, kept as the specification."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(original)
    breaks: dict[int, tuple[int, bool]] = {}
    for m in _REF_HYPHEN_BREAK.finditer(original):
        prev = original[m.start() - 1] if m.start() > 0 else ""
        breaks[m.start()] = (m.end(), prev.islower() and unicodedata.category(prev) == "Ll")
    i = 0
    while i < n:
        hb = breaks.get(i)
        if hb is not None:
            end, hyphenation = hb
            if not hyphenation and original[i] != "\u00ad":
                chars.append(original[i])
                starts.append(i)
                ends.append(i + 1)
            i = end
            continue
        ch = original[i]
        if ch in _REF_DROPPED:
            i += 1
            continue
        m = _REF_WS_RUN.match(original, i)
        if m:
            chars.append(" ")
            starts.append(i)
            ends.append(m.end())
            i = m.end()
            continue
        chars.append(ch)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    text = "".join(chars)
    if not unicodedata.is_normalized("NFC", text):
        out: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        cs = 0
        for j in range(1, len(text) + 1):
            if j == len(text) or unicodedata.combining(text[j]) == 0:
                comp = unicodedata.normalize("NFC", text[cs:j])
                out.append(comp)
                if comp == text[cs:j]:
                    out_s.extend(starts[cs:j])
                    out_e.extend(ends[cs:j])
                else:
                    out_s.extend([starts[cs]] * len(comp))
                    out_e.extend([ends[j - 1]] * len(comp))
                cs = j
        text, starts, ends = "".join(out), out_s, out_e

    def repl(m: regex.Match[str]) -> str:
        w = m.group(0)
        latin = sum(1 for c in w if "LATIN" in unicodedata.name(c, ""))
        return w.translate(_CYR_TO_LAT) if latin * 2 >= len(w) else w

    text = _REF_LATIN_WORD_WITH_CYR.sub(repl, text)
    return text, (*starts, n), tuple(ends)


# Pieces that hit every branch: hyphen breaks of all kinds, soft hyphens, every line
# break (CRLF, CR, U+2028, NEL), runs mixing spaces with dropped characters, composed and
# decomposed letters, stray marks, NFC singletons (Å sign) and exclusions, Cyrillic
# look-alikes inside Latin words and Latin inside Cyrillic ones, digits glued to words.
_VIEW_PIECES = st.sampled_from(
    [
        "a", "k", "ə", "Ə", "İ", "ı", "I", "ş", "A", "T", "ß", "ǅ", "α", "_", "½",
        "а", "е", "о", "с", "р", "А", "Р", "д", "Ж", "я", "ӏ", "\u0482", "\u0483",
        "Mоskva", "Аzərbaycan", "Bakı", "Сеть", "pоrt",
        "e\u0301", "s\u0327", "I\u0307", "u\u0308", "\u0301", "\u0308\u0301", "\u0327\u0301",
        "\u212b", "\u0958", "\u1100\u1161", "\u0340",
        "0", "7", ".", ",", "(", "«", "—", "/",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2009", "\u2028", "\x85",
        " \u200b ", "-", "-\n", "- \n\n ", "-\r\n", "-\n \n", "\u00ad", "\u00ad\n", "\u00ad \u200b",
        "\u200b", "\u2060", "\ufeff", "\u2010\n", "\u2010",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_VIEW_PIECES, max_size=30).map("".join))
def test_normalize_view_equals_reference_walk(text: str) -> None:
    v = normalize_view(text)
    assert (v.text, v.offsets, v.ends) == _reference_view(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_normalize_view_equals_reference_walk_any_unicode(text: str) -> None:
    v = normalize_view(text)
    assert (v.text, v.offsets, v.ends) == _reference_view(text)


def test_white_space_constant_is_the_unicode_property() -> None:
    import re
    import sys

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    spelled = [m.start() for m in re.finditer(f"[ {WHITE_SPACE}]", every)]
    assert spelled == [m.start() for m in regex.finditer(r"[\p{White_Space}]", every)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\t-\u00ad\u200bé\u0301İ", max_size=40), st.data())
def test_run_map_equals_the_per_character_map(text: str, data: st.DataObject) -> None:
    """The view's run-length map answers every span exactly as the per-character arrays."""
    v = normalize_view(text)
    arrays = TextView(v.original, v.text, v.offsets, v.ends)
    n, m = len(v.text), len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    assert v.to_original(a, b) == arrays.to_original(a, b)
    c = data.draw(st.integers(0, m))
    d = data.draw(st.integers(c, m))
    assert v.from_original(c, d) == arrays.from_original(c, d)
