"""Russian claims: parametrised tables and negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_claims_support import claims_of, one

DATES = [
    ("Саммит прошёл 3 ноября 2023 года в Астане.", "3 ноября 2023 года", "2023-11-03", "day"),
    ("Неделя СПЕКА прошла 20–24 ноября 2023 года.", "20–24 ноября 2023 года", "2023-11-20/2023-11-24", "day"),
    ("Порт модернизирован в 2023 году при поддержке партнёров.", "в 2023 году", "2023", "year"),
    ("Отношения сложились в начале 1990-х годов.", "в начале 1990-х годов", "1990/1999", "decade"),
    ("Рост зафиксирован в первом полугодии 2024 года.", "в первом полугодии 2024 года", "2024-01/2024-06", "month"),
    ("Председательство пришлось на 2019–2023 годы.", "2019–2023 годы", "2019/2023", "year"),
    ("Выпуск вырос во II квартале 2022 года.", "II квартале 2022 года", "2022-04/2022-06", "month"),
    ("Спрос упал в четвёртом квартале 2020 года.", "четвёртом квартале 2020 года", "2020-10/2020-12", "month"),
    ("Экспорт за восемь месяцев 2021 года вырос.", "восемь месяцев 2021 года", "2021-01/2021-08", "month"),
    ("Поставки в марте–мае 2019 года сократились.", "марте–мае 2019 года", "2019-03/2019-05", "month"),
    ("Паводок пришёлся на конец апреля 2016 года.", "апреля 2016 года", "2016-04", "month"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "precision"), DATES)
def test_ru_dates(text: str, span: str, value: str, precision: str) -> None:
    c = one(text, "date")
    assert c.value == value and c.precision == precision
    assert span.endswith(c.text) or c.text.endswith(span)
    assert c.language == "ru"


def test_ru_yearless_range_takes_context() -> None:
    cs = claims_of("В 2023 году Баку принимал саммит. Мероприятия прошли 20–24 ноября.")
    d = [c for c in cs if c.kind == "date"][-1]
    assert (d.value, d.resolution) == ("2023-11-20/2023-11-24", "context-year")


def test_ru_relative() -> None:
    cs = claims_of(
        "В прошлом году товарооборот вырос на 13 процентов.", published=dt.date(2024, 7, 1)
    )
    d = next(c for c in cs if c.kind == "date")
    assert (d.value, d.role) == ("2023", "period")


NUMBERS = [
    ("Собрали 2 тыс. 300 рублей.", "money", 2300, "RUB", "exact"),
    ("Долг/EBITDA снизился до 1,3x.", "multiplier", 1.3, "times", "exact"),
    ("Товарооборот составил 4,4 млрд долларов.", "money", 4.4e9, "USD", "exact"),
    ("Мощность порта составит 25 млн тонн.", "quantity", 25e6, "t", "exact"),
    ("Около 150 тыс. человек учатся на русском.", "count", 150000, "person", "approx"),
    ("Более 300 компаний зарегистрированы в Азербайджане.", "count", 300, "company", "more-than"),
    ("Рост составил 13 процентов.", "percent", 13, "%", "exact"),
    ("Отправлен шестьдесят один контейнер.", "quantity", 61, "container", "exact"),
    ("Оборот вырос в 5 раз.", "multiplier", 5, "times", "exact"),
    ("Восстановление началось после 44-дневной войны.", "duration", 44, "day", "exact"),
    ("Переговоры возобновились после 12-летнего перерыва.", "duration", 12, "year", "exact"),
    ("Ежедневно через станцию проходят 6 контейнерных поездов.", "quantity", 6, "train", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier"), NUMBERS)
def test_ru_numbers(text: str, kind: str, value: object, unit: str, qualifier: str) -> None:
    c = one(text, kind)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


def test_ru_from_to_planned() -> None:
    c = one("Мощность порта планируется увеличить с 15 млн до 25 млн тонн.", "quantity")
    assert (c.from_value, c.value, c.unit, c.modality) == (15e6, 25e6, "t", "planned")


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        ("Токаев совершил государственный визит в Баку.", "visit-type", "state"),
        ("В ходе официального визита подписаны документы.", "visit-type", "official"),
        ("Президент находился с рабочим визитом в Астане.", "visit-type", "working"),
        ("Состоялось второе заседание Совета.", "meeting-ordinal", 2),
        ("Он выступил на X саммите ОТГ.", "meeting-ordinal", 10),
    ],
)
def test_ru_categories(text: str, attribute: str, value: object) -> None:
    cats = [c for c in claims_of(text) if c.kind == "category"]
    assert [(c.attribute, c.value) for c in cats] == [(attribute, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Официальные визиты глав государств продолжаются.",
        "Статья 5 устава определяет это.",
        "Отмечалось 25-летие программы.",
    ],
)
def test_ru_negatives(text: str) -> None:
    assert [(c.kind, c.text) for c in claims_of(text)] == []


def test_ru_anniversary_adjective_is_not_a_duration() -> None:
    """ "10-летний юбилей" is an anniversary, where "10-летнего перерыва" is a duration."""
    text = "Форум отметил 10-летний юбилей."
    assert [c for c in claims_of(text) if c.kind == "duration"] == []


def test_ru_future_year_does_not_set_document_time() -> None:
    """ "в прошлом году" counts from the latest year of what has happened, not from a year
    in a future statement ("заработает в 2026 году")."""
    text = (
        "Новый терминал открыли в 2024 году. Вторая очередь заработает в 2026 году. "
        "В прошлом году порт перевалил 5 млн тонн."
    )
    dates = {c.text: c for c in claims_of(text) if c.kind == "date"}
    assert dates["прошлом году"].value == "2023"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("В январе–феврале текущего года экспорт рос.", "январе–феврале текущего года", "2024-01/2024-02"),
        ("В середине июня прошла ярмарка.", "середине июня", "2024-06"),
        ("Новый тариф введут с 1 июля, а запуск намечен на сентябрь.", "сентябрь", "2024-09"),
        ("Во втором квартале прошлого года спрос вырос.", "втором квартале прошлого года", "2023-04/2023-06"),
    ],
)  # fmt: skip
def test_ru_month_ranges_positions_and_quarters(text: str, span: str, value: str) -> None:
    cs = claims_of(text, published=dt.date(2024, 5, 1))
    dates = {c.text: c.value for c in cs if c.kind == "date"}
    assert dates[span] == value


# Forms found missing on unseen text: fractions, multiplier words, oblique cases, "с лишним",
# units, bare scaled figures, changes across a date, "тысяч" without a number.
MORE_NUMBERS = [
    ("Экспорт вырос почти в полтора раза.", "multiplier", 1.5, "times", "approx"),
    ("Выручка выросла более чем вдвое.", "multiplier", 2, "times", "more-than"),
    ("Порт перевалил около полутора тысяч контейнеров.", "quantity", 1500, "container", "approx"),
    ("Фонд управляет активами в 40 с лишним миллиардов долларов.", "money", 40e9, "USD", "more-than"),
    ("Мощность станции составит 150 МВт.", "quantity", 150, "MW", "exact"),
    ("Потребление достигло 900 кубометров в год.", "quantity", 900, "m3", "exact"),
    ("Соглашение подписано с шестью государствами региона.", "count", 6, "country", "exact"),
    ("Проект реализуют с тремя университетами.", "count", 3, "university", "exact"),
    ("В прошлом году объем составил 7,4 млрд.", "quantity", 7.4e9, None, "exact"),
    ("Две тысячи триста сорок пять человек пришли.", "count", 2345, "person", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier"), MORE_NUMBERS)
def test_ru_more_number_forms(
    text: str, kind: str, value: object, unit: str | None, qualifier: str
) -> None:
    c = one(text, kind)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "kind", "from_value", "value"),
    [
        ("Число рейсов выросло с 40 до 65 в неделю.", "count", 40, 65),
        ("Сроки сократились с\n30–35 до 12–15 суток.", "duration", 30, [12, 15]),
        ("Перевозки выросли с 2 тыс. ДФЭ в 2021 г. до 9,5 тыс. ДФЭ.", "quantity", 2000, 9500),
    ],
)
def test_ru_changes(text: str, kind: str, from_value: object, value: object) -> None:
    c = one(text, kind)
    assert (c.from_value, c.value) == (from_value, value)


@pytest.mark.parametrize(
    "text",
    [
        "Тысячи людей вышли на площадь.",
        "Сотни тысяч тонн зерна ждут отправки.",
        "Речь идёт о миллиардах долларов.",
    ],
)
def test_ru_scale_word_without_a_number_is_no_figure(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind != "date"] == []


# Round 2: a bare figure after "до"/"в том числе"/"составил", "N из них", word numbers
# counting children and nights, "триллион", a grouped number with a decimal part,
# "1 млн 200 тыс." as one figure, "от X до Y" without a change verb is a range.
RU_ROUND2 = [
    ("Очередь в отдельных районах доходит до шестидесяти.", [(60, None, "up-to")]),
    ("Открыто 30 клиник, в том числе 12 — в Гяндже.", [(30, None, "exact"), (12, None, "exact")]),
    ("Число автобусов увеличат до 85.", [(85, None, "up-to")]),
    ("В группе занимаются семь-восемь детей.", [([7, 8], None, "exact")]),
    ("Путёвка включает проживание в течение пяти ночей.", [(5, None, "exact")]),
    ("Проект потребует более двух триллионов рублей.", [(2e12, None, "more-than")]),
    ("За год выдано 2 304,7 тыс. кредитов.", [(2304700, None, "exact")]),
    ("Урожай составил 1 млн 200 тыс. тонн.", [(1200000, None, "exact")]),
    ("Штрафы составляют от 200 до 2 500 манатов.", [([200, 2500], None, "exact")]),
    ("Тариф вырос от 20 до 35 манатов.", [(35, 20, "exact")]),
]  # fmt: skip

RU_ROUND2_SILENT = [
    "Заседание начнётся в 10:30.",
    "См. статью 15 закона.",
    "Закон принят в 2009 году.",
]


def _ru_figures(text: str) -> list[tuple[object, object, str]]:
    return [(c.value, c.from_value, c.qualifier) for c in claims_of(text) if c.kind != "date"]


@pytest.mark.parametrize(("text", "expected"), RU_ROUND2)
def test_ru_round2_number_forms(text: str, expected: list[tuple]) -> None:
    assert _ru_figures(text) == expected


@pytest.mark.parametrize("text", RU_ROUND2_SILENT)
def test_ru_round2_no_figure(text: str) -> None:
    assert _ru_figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("В 2021 году завод модернизировали, а с марта по май 2022 года он стоял.", "с марта по май 2022 года", "2022-03/2022-05"),
        ("В 80-е годы добыча росла.", "80-е годы", "1980/1989"),
        ("Спрос на жильё рос в 2000-х.", "2000-х", "2000/2009"),
        ("В 2019-м мост открыли.", "2019-м", "2019"),
        ("В 2020 году договор подписан, а ратифицирован двадцатого мая.", "двадцатого мая", "2020-05-20"),
    ],
)  # fmt: skip
def test_ru_more_date_forms(text: str, span: str, value: str) -> None:
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    key = next(k for k in dates if k.endswith(span) or span.endswith(k))
    assert dates[key] == value


def test_ru_month_of_a_relative_year_and_last_month() -> None:
    text = "В мае этого года выставка собрала 40 тысяч человек, а в прошлом месяце — 12 тысяч."
    dates = {
        c.text: c.value for c in claims_of(text, published=dt.date(2024, 9, 10)) if c.kind == "date"
    }
    assert dates["мае этого года"] == "2024-05"
    assert dates["прошлом месяце"] == "2024-08"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Итоги за прошлый год оказались лучше прогноза.", "прошлый год", "2024"),
        ("В нынешнем году дефицит сократится.", "нынешнем году", "2025"),
        ("Тариф вырастет с 1 января будущего года.", "1 января будущего года", "2026-01-01"),
        ("Фестиваль пройдёт с 5 по 12 июля.", "5 по 12 июля", "2025-07-05/2025-07-12"),
        ("Безработных на конец марта было меньше.", "конец марта", "2025-03"),
    ],
)  # fmt: skip
def test_ru_round3_date_forms(text: str, span: str, value: str) -> None:
    cs = claims_of(text, published=dt.date(2025, 4, 20))
    dates = {c.text: c.value for c in cs if c.kind == "date"}
    key = next(k for k in dates if k.endswith(span) or span.endswith(k))
    assert dates[key] == value


# Round 3 (numbers): "N с половиной", a scale word after a qualifier ("около тысячи"),
# occasion words (трижды), people/institution nouns, "между X и Y", temperatures and data
# rates; (kind, value, unit) per number claim.
NUMBERS_ROUND3_RU = [
    ("На ремонт дорог выделят четыре с половиной миллиарда.", [("quantity", 4.5e9, None)]),
    ("Стройка заняла два с половиной года.", [("duration", 2.5, "year")]),
    ("В акции участвовали свыше тысячи волонтёров.", [("count", 1000, None)]),
    ("Делегации за год встречались трижды.", [("count", 3, "time")]),
    ("Выставку готовили сотрудники пяти музеев.", [("count", 5, "institution")]),
    ("В городе открылись семнадцать новых предприятий.", [("count", 17, "institution")]),
    ("Показали восемь свидетелей.", [("count", 8, "person")]),
    ("Ставка составит между 5% и 7%.", [("percent", [5, 7], "%")]),
    ("Летом воздух прогрелся до 38 °C.", [("quantity", 38, "C")]),
    ("Скорость доступа — 200 Мбит/с.", [("quantity", 200, "Mbit/s")]),
]

NUMBERS_ROUND3_RU_SILENT = [
    "Завод закрыли пять лет назад.",  # a point in time
    "По итогам девяти месяцев спрос вырос.",  # a part of the year
    "Министры дважды обсуждали вопрос.",  # two occasions: trivial
    "Тысячи людей вышли на улицы.",  # "thousands of", no qualifier
]


def _ru_numbers3(text: str) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.value, c.unit) for c in claims_of(text) if c.kind not in ("date", "category")
    ]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND3_RU)
def test_ru_round3_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _ru_numbers3(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND3_RU_SILENT)
def test_ru_round3_no_figure(text: str) -> None:
    assert _ru_numbers3(text) == []


# Round 4: collective numerals, minutes and seconds, a bare range with a typographic dash,
# centners per hectare.
NUMBERS_ROUND4_RU = [
    ("После аварии в больницу попали пятеро, остальные не пострадали.", [("count", 5, "person")]),
    ("Экспедиция провела трое суток в горах.", [("duration", 3, "day")]),
    ("Поезд стоял на станции полторы минуты.", [("duration", 1.5, "minute")]),
    ("Паром ходит раз в 40 минут, а не в 60–70, как раньше.", [("duration", 40, "minute"), ("count", [60, 70], None)]),
    ("Урожайность достигла 38 центнеров с гектара.", [("quantity", 38, "c")]),
]  # fmt: skip

# ... and where a range or a collective count must not appear: a hyphenated phone
# number, a page range, a name with a number, "двое" (a trivial count, no collective rule)
NUMBERS_ROUND4_RU_SILENT = [
    "Справки по телефону 555-1234.",
    "См. с. 45–58 в сборнике.",
    "Гонщик выступал в Формуле 1 и водил машину Евро-5.",
    "Их было двое.",
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND4_RU)
def test_ru_round4_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _ru_numbers3(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND4_RU_SILENT)
def test_ru_round4_no_figure(text: str) -> None:
    assert _ru_numbers3(text) == []


# Round 5: vehicles and meetings are counted nouns (also after a year-like number or as a
# number word); a figure after "в расчёте на" / "на каждые" is a rate's base.
NUMBERS_ROUND5_RU = [
    ("Через переход ежедневно проходят около 1700 фур с грузами.", [("count", 1700, "truck")]),
    ("За год стороны провели более тридцати встреч на разных уровнях.", [("count", 30, "meeting")]),
    ("Парламент провёл двенадцать заседаний в весеннюю сессию.", [("count", 12, "meeting")]),
    ("Смертность составила 4,2 в расчёте на 1000 жителей региона.", [("count", 4.2, None)]),
    ("На каждые 100 выпускников приходится 17 вакансий.", [("count", 17, None)]),
]  # fmt: skip

# a year before a vehicle noun and a machine-building word count nothing
NUMBERS_ROUND5_RU_SILENT = [
    "В 1908 году машины в городе были редкостью.",
    "Машиностроение остаётся важной отраслью экономики.",
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND5_RU)
def test_ru_round5_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _ru_numbers3(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND5_RU_SILENT)
def test_ru_round5_no_figure(text: str) -> None:
    assert _ru_numbers3(text) == []
