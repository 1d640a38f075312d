"""Counts of governments and bodies, lodgings, facilities and rolling stock, with number
words as with digits, in az/en/ru: a number word counts only a noun the language knows."""

from __future__ import annotations

import pytest

from crossfact.claims import extract_claims
from crossfact.sources import Document

AZ = "Bakı, 5 aprel 2025-ci il. "

CASES = [
    ("The six governments agreed to harmonise customs data.", "six governments", 6, "institution"),
    ("Goods now cross at least four customs jurisdictions.", "at least four customs jurisdictions", 4, "institution"),
    ("The inn has eight rooms and a small garden.", "eight rooms", 8, "room"),
    ("The family runs three properties near the old town.", "three properties", 3, "hotel"),
    ("A pilot covered 14 border crossings last year.", "14 border crossings", 14, "facility"),
    ("The operator leases four locomotives from the state.", "four locomotives", 4, "locomotive"),
    ("Компания работает с тремя арендованными тепловозами.", "тремя арендованными тепловозами", 3, "locomotive"),
    ("В городе работают 12 гостиниц.", "12 гостиниц", 12, "hotel"),
    ("Проект охватывает пять министерств.", "пять министерств", 5, "institution"),
    (AZ + "Şəhərdə 5 hotel fəaliyyət göstərir.", "5 hotel", 5, "hotel"),
    (AZ + "Rayonda üç yeni anbar tikilib.", "üç yeni anbar", 3, "facility"),
    (AZ + "Layihəyə dörd nazirlik qoşulub.", "dörd nazirlik", 4, "institution"),
    # a noun the language does not list: from three up, English plural
    ("The bridge rests on nine spans.", "nine spans", 9, None),
    ("She wrote four monographs.", "four monographs", 4, None),
    ("Children are vaccinated with four doses of the vaccine.", "four doses", 4, None),
    ("Дорога получит четыре полосы.", "четыре полосы", 4, None),
]  # fmt: skip

QUANTITIES = [
    ("The phone has 256 GB of storage.", "256 GB", 256, "GB"),
    ("A 4,800 mAh battery lasts two days.", "4,800 mAh", 4800, "mAh"),
    (AZ + "Peyvənd 65 yaşdan yuxarı insanlara vurulur.", "65 yaşdan", 65, "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "unit"), QUANTITIES)
def test_quantity_unit(text: str, span: str, value: int, unit: str) -> None:
    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    found = [(c.text, c.value, c.unit) for c in claims if c.kind == "quantity"]
    assert found == [(span, value, unit)]


@pytest.mark.parametrize(("text", "span", "value", "unit"), CASES)
def test_counted_noun(text: str, span: str, value: int, unit: str | None) -> None:
    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    counts = [c for c in claims if c.kind == "count"]
    assert [(c.text, c.value, c.unit) for c in counts] == [(span, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The engine of growth was trade.",  # no number
        "One of the governments objected.",  # "one": trivial
        "The two sides met.",  # below three: a noun must be known
        "Он остался один в номере.",
    ],
)
def test_no_count(text: str) -> None:
    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    assert [c for c in claims if c.kind == "count"] == []
