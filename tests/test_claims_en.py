"""English claims: parametrised tables and negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from crossfact.claims import Claim
from tests.test_claims_support import claims_of, one

DATES = [
    ("The summit opened on 3 November 2023 in Astana.", "3 November 2023", "2023-11-03", "day"),
    ("The summit opened on November 3, 2023 in Astana.", "November 3, 2023", "2023-11-03", "day"),
    ("SPECA Week ran on 20-24 November 2023 in Baku.", "20-24 November 2023", "2023-11-20/2023-11-24", "day"),
    ("The port was modernised in 2023 with Chinese help.", "2023", "2023", "year"),
    ("Ties were formed in the early 1990s after independence.", "the early 1990s", "1990/1993", "decade"),
    ("Freight grew sharply in the first half of 2024 overall.", "the first half of 2024", "2024-01/2024-06", "month"),
    ("Cargo rose between 2019 and 2023 on the route.", "between 2019 and 2023", "2019/2023", "year"),
    ("The railway opened in October 2017 near Kars.", "October 2017", "2017-10", "month"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "precision"), DATES)
def test_en_dates(text: str, span: str, value: str, precision: str) -> None:
    c = one(text, "date")
    assert c.value == value and c.precision == precision
    assert span.endswith(c.text) or c.text.endswith(span)
    assert c.language == "en"


def test_en_relative_year() -> None:
    cs = claims_of(
        "Last year the corridor carried more cargo than ever.", published=dt.date(2025, 3, 1)
    )
    d = one_of(cs, "date")
    assert (d.value, d.resolution) == ("2024", "relative")


def one_of(cs: list[Claim], kind: str) -> Claim:
    found = [c for c in cs if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


NUMBERS = [
    ("Trade reached 3.1 billion US dollars last spring.", "money", 3.1e9, "USD", "exact"),
    ("Turnover stood at $4.4 billion.", "money", 4.4e9, "USD", "exact"),
    ("The port handles up to 25 million tonnes a year.", "quantity", 25e6, "t", "up-to"),
    ("Sixty-one containers left Xi'an for Baku.", "quantity", 61, "container", "exact"),
    ("The line is about 1,400 km long.", "quantity", 1400, "km", "approx"),
    ("More than 300 companies are registered in Baku.", "count", 300, "company", "more-than"),
    ("Leaders of 16 countries attended the summit.", "count", 16, "country", "exact"),
    ("Volumes grew by 88% in nine months.", "percent", 88, "%", "exact"),
    ("Trade grew five times within a year.", "multiplier", 5, "times", "exact"),
    ("Settlements in national currencies exceed 70 percent.", "percent", 70, "%", "exact"),
    ("Rebuilding began after the 44-day war.", "duration", 44, "day", "exact"),
    ("The operator bought 40 new freight wagons.", "quantity", 40, "wagon", "exact"),
    ("Each week 12 container trains cross the border.", "quantity", 12, "train", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier"), NUMBERS)
def test_en_numbers(text: str, kind: str, value: object, unit: str, qualifier: str) -> None:
    c = one(text, kind)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


def test_en_from_to_and_forecast() -> None:
    c = one("Capacity is expected to rise from 15 million to 25 million tonnes.", "quantity")
    assert (c.from_value, c.value, c.unit, c.modality) == (15e6, 25e6, "t", "forecast")


def test_en_from_to_shares_the_scale() -> None:
    c = one("Freight on the line grew from 1 to 5 million tonnes.", "quantity")
    assert (c.from_value, c.value) == (1e6, 5e6)


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        ("Tokayev paid a state visit to Baku.", "visit-type", "state"),
        ("He was on an official visit to Dushanbe.", "visit-type", "official"),
        ("The president made a working visit to Astana.", "visit-type", "working"),
        ("The first meeting of the council was held in Baku.", "meeting-ordinal", 1),
        ("Leaders met at the 10th summit of the OTS.", "meeting-ordinal", 10),
    ],
)
def test_en_categories(text: str, attribute: str, value: object) -> None:
    cats = [c for c in claims_of(text) if c.kind == "category"]
    assert [(c.attribute, c.value) for c in cats] == [(attribute, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Presidents exchanged official visits over the years.",
        "It was the first time the leaders met in this format.",
        "See https://example.org/2023/11/03/report and doi:10.1000/182 for details.",
        "Chapter 7 of the report lists them.",
    ],
)
def test_en_negatives(text: str) -> None:
    assert [(c.kind, c.text) for c in claims_of(text)] == []
