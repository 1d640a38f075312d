"""Property tests: spans always index the original text; no crash or hang on any input;
number words round-trip against num2words."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossfact.claims.extractors.numbers import parse_number_words
from tests.test_claims_support import claims_of

num2words = pytest.importorskip("num2words").num2words

# Text built from the pieces claims are made of, so the properties reach the extractors.
PIECES = st.sampled_from(
    [
        "2023-cü il",
        " noyabrın 3-də",
        "20-24 noyabr",
        " 2023",
        "-ci ildə",
        "ok-\ntyabrın",
        "1 milyon tondan 5 milyon tona qədər",
        "3,1milyard ABŞ dolları",
        "70%-dən çox",
        " ",
        "\n\n",
        "(Prezident.az., 2024)",
        "ötən il",
        "bu il",
        "November 3, 2023",
        "$4.4 billion",
        "3 ноября 2023 года",
        "около 150 тыс. человек",
        "İKİ",
        "İ",
        "I",
        "ı",
        "\u0307",
        "\u00ad",
        "-",
        "–",
        ".",
        ",",
        "(",
        ")",
        "%",
        "X Zirvə",
        "dövlət səfəri",
        "https://a.b/2023/1",
        "ƏDƏBİYYAT\n",
        "23.10.2025 [16:14]",
        "sixty-one containers",
        "шестьдесят один",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_spans_index_the_original_text(text: str) -> None:
    claims = claims_of(text)
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert c.start < c.end
        assert c.sentence_start <= c.start and c.end <= max(c.sentence_end, c.end)
    assert [c.start for c in claims] == sorted(c.start for c in claims)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1, max_value=20000),
    st.sampled_from(["9", "1 ", "1,", ".", "-", "%", "(", "2023-", "ü", " milyon "]),
)
def test_no_hang_on_pathological_runs(n: int, piece: str) -> None:
    text = piece * (n // len(piece) + 1)
    for c in claims_of(text):
        assert text[c.start : c.end] == c.text


def test_huge_digit_run() -> None:
    text = "Dövriyyə " + "9" * 100_000 + " dollar idi. " + "1." * 20_000
    for c in claims_of(text):
        assert text[c.start : c.end] == c.text


def _az_ok(n: int) -> bool:
    # num2words drops "bir" before "min" in 21 000, 841 000, … (it writes "qırx min" for
    # 41 000); Azerbaijani needs "qırx bir min", so those numbers are not a valid reference.
    return not ((n // 1000) % 10 == 1 and n // 1000 > 1)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
@settings(max_examples=400, deadline=None)
@given(n=st.integers(min_value=0, max_value=1_000_000))
def test_number_words_round_trip(lang: str, n: int) -> None:
    if lang == "az" and not _az_ok(n):
        return
    assert parse_number_words(num2words(n, lang=lang), lang) == n


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_number_words_round_trip_small_exhaustive(lang: str) -> None:
    bad = [n for n in range(0, 2001) if parse_number_words(num2words(n, lang=lang), lang) != n]
    assert bad == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("altmış bir", "az", 61), ("BİR MİLYARD", "az", 10**9), ("sixty-one", "en", 61),
     ("шестьдесят один", "ru", 61), ("one thousand, four hundred", "en", 1400),
     ("min dörd yüz", "az", 1400), ("yeddi", "az", 7), ("bir gün", "az", None), ("onlar", "az", None)],
)  # fmt: skip
def test_number_words_table(text: str, lang: str, value: int | None) -> None:
    assert parse_number_words(text, lang) == value
