"""Weekdays counted from the publication date: back by default, forward for "next" and
in a clause that plans or forecasts, one claim with a date they stand beside; and
day-first numeric dates."""

from __future__ import annotations

import pytest

from crossfact.claims import extract_claims
from crossfact.sources.loader import build_document
from tests.test_claims_support import dates_of

# Monday 4 November 2024
EN = "Riverside Gazette\nPosted: 04/11/2024, 7:45 am\n\n"
AZ = "Bakı, 2 oktyabr 2024-cü il. "  # a Wednesday
RU = "МОСКВА, 2 октября 2024 г. "  # a Wednesday


CASES = [
    (EN + "The bridge will close from next Monday, the council confirmed on Friday.", "next Monday", "2024-11-11"),
    (EN + "The bridge will close from next Monday, the council confirmed on Friday.", "Friday", "2024-11-01"),
    (EN + "Last Thursday the council met.", "Last Thursday", "2024-10-31"),
    (EN + "Forecasters expect the storm to reach the coast by Saturday.", "Saturday", "2024-11-09"),
    (EN + "The meeting is on Thursday, 7 November.", "Thursday, 7 November", "2024-11-07"),
    (EN + "Pre-orders open on Friday, Nov. 8, in 28 markets.", "Friday, Nov. 8", "2024-11-08"),
    (AZ + "Nazirlik ötən həftənin cümə günü mətbuat konfransı keçirib.", "ötən həftənin cümə günü", "2024-09-27"),
    (AZ + "Akkreditasiya gələn çərşənbə axşamı başa çatır.", "gələn çərşənbə axşamı", "2024-10-08"),
    (AZ + "Hakim növbəti iclası oktyabrın 9-na, çərşənbə gününə təyin edib.", "oktyabrın 9-na, çərşənbə gününə", "2024-10-09"),
    (RU + "В следующий понедельник откроется выставка.", "следующий понедельник", "2024-10-07"),
    (RU + "В прошлую пятницу стороны подписали протокол.", "прошлую пятницу", "2024-09-27"),
    (RU + "Протокол подписан в пятницу.", "пятницу", "2024-09-27"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_weekday(text: str, span: str, value: str) -> None:
    dates = dates_of(text)
    assert dates.get(span) == value, dates


@pytest.mark.parametrize(
    "text",
    [
        EN + "Ferries sail every Tuesday and Friday at 22:00.",
        "Bakı, 2 oktyabr 2024-cü il. Həmin həftənin şənbə və bazar günləri konsertlər olacaq.",
    ],
)
def test_no_weekday_date(text: str) -> None:
    claims = extract_claims(build_document("x.txt", text))
    assert [c.text for c in claims if c.kind == "date" and c.role != "publication"] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The works began on 03/02/2024.", "03/02/2024", "2024-02-03"),  # day first
        ("The works began on 12/25/2023.", "12/25/2023", "2023-12-25"),  # a US date
        ("The code 12/2024/7 is no date.", None, None),
    ],
)
def test_numeric_slashdates_of(text: str, span: str | None, value: str | None) -> None:
    dates = dates_of(text)
    if span is None:
        assert not [v for v in dates.values() if str(v).count("-") == 2]
    else:
        assert dates[span] == value
