"""Ranges of months ("from January to March", "yanvardan martadək", "с января по март")
and days of a month named by its distance ("the 10th of next month", "keçən ayın 25-də",
"10-го числа следующего месяца"), in all three languages: one claim each, valued
against the dateline."""

from __future__ import annotations

import pytest

from crossfact.claims import extract_claims
from crossfact.sources import Document

AZ = "Bakı, 5 aprel 2025-ci il. "
EN = "LONDON, 4 April 2025. "
RU = "МОСКВА, 3 апреля 2025 г. "

CASES = [
    # year-less ranges: the months of the dateline's year
    (AZ + "Yanvardan martadək 300 min ton yük daşınıb.", "Yanvardan martadək", "2025-01/2025-03"),
    (AZ + "Fevral ayından may ayına qədər 5 gəmi gəlib.", "Fevral ayından may ayına qədər", "2025-02/2025-05"),
    (EN + "From January through March exports rose by 4%.", "January through March", "2025-01/2025-03"),
    (EN + "Traffic fell from February to March.", "February to March", "2025-02/2025-03"),
    (RU + "С января по март перевезено 1,3 млн тонн.", "января по март", "2025-01/2025-03"),
    # with a year, and across a year boundary
    (AZ + "2024-cü ilin yanvar ayından dekabr ayınadək 10 min ton daşınıb.",
     "2024-cü ilin yanvar ayından dekabr ayınadək", "2024-01/2024-12"),
    (AZ + "2024-cü ilin martından iyununadək 7 min ton daşınıb.",
     "2024-cü ilin martından iyununadək", "2024-03/2024-06"),
    (AZ + "2024-cü ilin dekabrından bu ilin mart ayınadək 3 gəmi gəlib.",
     "2024-cü ilin dekabrından bu ilin mart ayınadək", "2024-12/2025-03"),
    (AZ + "2023-cü ilin noyabrından 2024-cü ilin fevralınadək 4 gəmi gəlib.",
     "2023-cü ilin noyabrından 2024-cü ilin fevralınadək", "2023-11/2024-02"),
    # a day of last, this or next month
    (AZ + "Keçən ayın 25-də toplantı olub.", "Keçən ayın 25-də", "2025-03-25"),
    (AZ + "Müqavilə bu ayın 12-də imzalanacaq.", "bu ayın 12-də", "2025-04-12"),
    (AZ + "Növbəti görüş gələn ayın 10-da keçiriləcək.", "gələn ayın 10-da", "2025-05-10"),
    (EN + "On the 10th of next month the board meets.", "10th of next month", "2025-05-10"),
    (EN + "The plant opened on the 3rd of this month.", "3rd of this month", "2025-04-03"),
    (RU + "Заседание пройдет 10-го числа следующего месяца.", "10-го числа следующего месяца", "2025-05-10"),
    (RU + "Договор подписан 25 числа прошлого месяца.", "25 числа прошлого месяца", "2025-03-25"),
    # ranges of days, the second end in the first end's year
    (RU + "Работы пройдут с 10 июля по 30 сентября.", "10 июля по 30 сентября", "2025-07-10/2025-09-30"),
    (AZ + "Festival bu il iyulun 24-dən avqustun 3-dək keçiriləcək.",
     "bu il iyulun 24-dən avqustun 3-dək", "2025-07-24/2025-08-03"),
    (AZ + "Kampaniya 2024-cü il oktyabrın 1-dən noyabrın 15-dək davam edib.",
     "2024-cü il oktyabrın 1-dən noyabrın 15-dək", "2024-10-01/2024-11-15"),
    (EN + "He worked there between April 2017 and November 2021.",
     "between April 2017 and November 2021", "2017-04/2021-11"),
    # spans and pairs of years without a noun
    (RU + "Рост продолжался в 2018–2022, затем замедлился.", "2018–2022", "2018/2022"),
    (AZ + "2018–2022 dövründə artım olub.", "2018–2022", "2018/2022"),
    (EN + "She won the prize in 1986 and 2011.", "2011", "2011"),
    (RU + "Поставки ожидаются в 2026 и 2027 годах.", "2027 годах", "2027"),
    # two months named together: the span of both
    (EN + "In January and February, exports grew 5%.", "January and February", "2025-01/2025-02"),
    (EN + "In March and April 2024 it rained.", "March and April 2024", "2024-03/2024-04"),
    (RU + "В январе и феврале экспорт вырос.", "январе и феврале", "2025-01/2025-02"),
    (AZ + "Yanvar və fevral aylarında ixrac artıb.", "Yanvar və fevral aylarında", "2025-01/2025-02"),
    # two days running, and ordinal day ranges
    (EN + "Talks were held on 3 and 4 March.", "3 and 4 March", "2025-03-03/2025-03-04"),
    (EN + "The deal was signed on March 3 and 4, 2024.", "March 3 and 4, 2024", "2024-03-03/2024-03-04"),
    (EN + "The fair runs 3rd-5th September.", "3rd-5th September", "2025-09-03/2025-09-05"),
    (EN + "On 5th January 2024 the law changed.", "5th January 2024", "2024-01-05"),
    (RU + "Переговоры прошли 3 и 4 марта.", "3 и 4 марта", "2025-03-03/2025-03-04"),
    (AZ + "Danışıqlar martın 3-də və 4-də keçirilib.", "martın 3-də və 4-də", "2025-03-03/2025-03-04"),
    (AZ + "Forum 5 və 6 may tarixlərində olacaq.", "5 və 6 may", "2025-05-05/2025-05-06"),
    # decades by two digits, seasons with their year
    (EN + "In the '90s the plant closed.", "90s", "1990/1999"),
    (AZ + "90-cı illərdə zavod bağlanıb.", "90-cı illərdə", "1990/1999"),
    (EN + "Sales in summer 2024 beat forecasts.", "summer 2024", "2024"),
    (EN + "The line opens in the spring of 2026.", "spring of 2026", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_one_claim_for_the_range_or_day(text: str, span: str, value: str) -> None:
    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    dates = {c.text: c.value for c in claims if c.kind == "date"}
    assert dates.get(span) == value, dates
    # the day is never read as a count ("25-də toplantı")
    assert not [c for c in claims if c.kind == "count" and c.text[:2].isdigit()]


@pytest.mark.parametrize(
    "text",
    [
        EN + "Prices in January - 5% up, in March - 2% down.",
        RU + "В январе — 5%, в марте — 2%.",
        AZ + "Yanvarda 5 faiz, martda 2 faiz artıb.",
    ],
)
def test_months_apart_are_not_a_range(text: str) -> None:
    claims = extract_claims(Document(path="x.txt", format="txt", text=text))
    assert not [c for c in claims if c.kind == "date" and "/" in str(c.value)]
