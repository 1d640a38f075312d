"""Periods named without their year (quarters, half-years, a month named by its distance,
a month's part), valued in the year of the dateline or of the story; and a day-and-month
of another language inside a reference entry."""

from __future__ import annotations

import pytest

from tests.test_claims_support import dates_of

EN = "LONDON, 4 August 2025. "
RU = "МОСКВА, 4 августа 2025 г. "
AZ = "Bakı, 4 avqust 2025-ci il. "


CASES = [
    (EN + "Container volumes climbed to 68,400 TEU in Q2, the group said.", "Q2", "2025-04/2025-06"),
    (EN + "Transit time fell to 19 days from 24 days in the first quarter.", "first quarter", "2025-01/2025-03"),
    (EN + "The third quarter had started strongly, the chief executive said.", "third quarter", "2025-07/2025-09"),
    (EN + "The board raised its full-year 2025 revenue guidance.", "full-year 2025", "2025"),
    (EN + "Prices peaked in late July, traders said.", "late July", "2025-07"),
    (EN + "The 2022 roadmap set out twelve steps.", "2022", "2022"),
    (RU + "Во втором квартале экспорт вырос на 7%.", "втором квартале", "2025-04/2025-06"),
    (RU + "В первом полугодии оборот составил 23,9 млрд долларов.", "первом полугодии", "2025-01/2025-06"),
    (RU + "Профицит за полугодие сократился до 4 млрд долларов.", "полугодие", "2025-01/2025-06"),
    (RU + "В прошлом декабре цены на газ упали.", "прошлом декабре", "2024-12"),
    (RU + "В следующем марте откроется новый терминал.", "следующем марте", "2026-03"),
    (AZ + "Üçüncü rübdə ixrac 5 faiz artıb.", "Üçüncü rübdə", "2025-07/2025-09"),
    (EN + "Cargo rose 12% in the first half, the railway said.", "first half", "2025-01/2025-06"),
    (EN + "A 2024 survey found demand was weak.", "2024", "2024"),
    (RU + "По сравнению с прошлым годом рост составил 5%.", "прошлым годом", "2024"),
    (RU + "К следующему году туристов станет больше.", "следующему году", "2026"),
    (AZ + "Ötən illə müqayisədə artım 5 faiz olub.", "Ötən illə", "2024"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_yearless_period(text: str, span: str, value: str) -> None:
    dates = dates_of(text)
    assert any(k.endswith(span) or span.endswith(k) for k in dates), dates
    got = next(v for k, v in dates.items() if k.endswith(span) or span.endswith(k))
    assert got == value


@pytest.mark.parametrize(
    "text",
    [
        EN + "A quarter of exports went to China.",
        EN + "The first quarter of the century was hard for the port.",
        RU + "Четверть экспорта пришлась на Китай.",
        EN + "In the second half, the visitors scored twice.",  # a match's half
        EN + "Support is free for the first 12 months after purchase.",  # no calendar period
    ],
)
def test_no_yearless_quarter(text: str) -> None:
    assert [v for v in dates_of(text).values() if "/" in str(v)] == []


def test_a_month_after_a_later_month_rolls_into_the_next_year() -> None:
    """ "Last November … began in February" in a September article: February after it."""
    dates = dates_of(
        "TASHKENT, 12 September 2025 (Wire) - Last November the governments agreed to"
        " harmonise customs data, and a pilot began in February."
    )
    assert dates["Last November"] == "2024-11"
    assert dates["February"] == "2025-02"


def test_explicit_year_months_keep_their_order() -> None:
    """A month before the anchor's month stays in the anchor's year when rolling over
    would put it after publication."""
    dates = dates_of(
        "TASHKENT, 12 January 2025 - In November 2024 talks opened; in March they stalled."
    )
    assert dates["March"] == "2024-03"


def test_foreign_month_in_a_reference_entry() -> None:
    text = (
        "Transit on the corridor grew fast in the years under review.\n\n"
        "References\n"
        "World Bank (2023). Middle Trade and Transport Corridor. Washington, DC,\n"
        "   27 noyabr 2023.\n"
        "Ivanov, P. (2024). Caspian routes. Moscow, 3 ноября 2024 года.\n"
    )
    dates = dates_of(text)
    assert dates["27 noyabr 2023"] == "2023-11-27"
    assert dates["3 ноября 2024 года"] == "2024-11-03"


def test_tomorrow_in_a_dated_russian_item() -> None:
    dates = dates_of(
        "БАКУ, 18 февраля 2025 г. Делегация прибыла в Баку. Завтра начнутся переговоры."
    )
    assert dates["Завтра"] == "2025-02-19"


def test_a_deadline_year_anchors_nothing() -> None:
    """ "к следующему году" is a deadline: later year-less dates keep the dateline's year."""
    dates = dates_of(RU + "К следующему году число мест вырастет. Сезон закроется в октябре.")
    assert dates["октябре"] == "2025-10"


def test_days_around_publication_are_of_its_year() -> None:
    """A year-less day days before publication is not the year of an aside before it."""
    dates = dates_of(
        "Баку, 25.05.2025\n\nКлуб выиграл чемпионат. Годом ранее, в 2020 году, турнир был"
        " прекращён. Ещё 21 мая клуб завоевал кубок."
    )
    assert dates["21 мая"] == "2025-05-21"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (EN + "Sales fell last quarter and will rise next quarter.", "last quarter", "2025-04/2025-06"),
        (EN + "Sales fell last quarter and will rise next quarter.", "next quarter", "2025-10/2025-12"),
        (RU + "В прошлом квартале рост составил 5%.", "прошлом квартале", "2025-04/2025-06"),
        # the quarter before the one the text just spoke of
        ("Bakı, 4 aprel 2025-ci il. 2025-ci ilin birinci rübündə hasilat keçən rüblə"
         " müqayisədə 3 faiz artıb.", "keçən rüblə", "2024-10/2024-12"),
    ],
)  # fmt: skip
def test_relative_quarter(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value
