"""Azerbaijani claims: parametrised tables of dates, numbers, categories and negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_claims_support import claims_of, one

DATES = [
    ("Sammit 2023-cü il noyabrın 3-də keçirildi.", "2023-cü il noyabrın 3-də", "2023-11-03", "day"),
    ("Həftə 20-24 noyabr 2023-cü il tarixlərində oldu.", "20-24 noyabr 2023-cü il", "2023-11-20/2023-11-24", "day"),
    ("Prezident 2022-ci il oktyabrın 12-14-də Astanada oldu.", "2022-ci il oktyabrın 12-14-də", "2022-10-12/2022-10-14", "day"),
    ("Konfrans 14 dekabr 2022-ci il tarixində keçirilib.", "14 dekabr 2022-ci il", "2022-12-14", "day"),
    ("Saziş 2024-cü il iyul ayının 3-də imzalanıb.", "2024-cü il iyul ayının 3-də", "2024-07-03", "day"),
    ("Suverenlik 2023-cü ilin sentyabrında bərpa olundu.", "2023-cü ilin sentyabrında", "2023-09", "month"),
    ("Təşkilat 2015-ci ildə yaradılıb.", "2015-ci ildə", "2015", "year"),
    ("Münasibətlər 1990-cı illərin əvvəllərində qurulub.", "1990-cı illərin əvvəllərində", "1990/1999", "decade"),
    ("Xəbər 23.10.2025 tarixində dərc edilib.", "23.10.2025", "2025-10-22" if False else "2025-10-23", "day"),
    ("Səfər 22 oktyabr, 2025 tarixində başa çatdı.", "22 oktyabr, 2025", "2025-10-22", "day"),
    ("SAMMİT 2023-CÜ İL NOYABRIN 3-DƏ KEÇİRİLDİ.", "2023-CÜ İL NOYABRIN 3-DƏ", "2023-11-03", "day"),
    ("Limanın açılışı 2008-ci ilin sentyabrında olub.", "2008-ci ilin sentyabrında", "2008-09", "month"),
    ("Saziş 2021-ci ilin mart ayında imzalanıb.", "2021-ci ilin mart ayında", "2021-03", "month"),
    ("Yük 2025-ci ilin yanvar-fevral aylarında azalıb.", "2025-ci ilin yanvar-fevral aylarında", "2025-01/2025-02", "month"),
    ("Satış 2023-cü ilin birinci rübündə artıb.", "2023-cü ilin birinci rübündə", "2023-01/2023-03", "month"),
    ("Hesabat 2022-ci ilin III rübünü əhatə edir.", "2022-ci ilin III rübünü", "2022-07/2022-09", "month"),
    ("İxrac 2021-ci ilin ilk yeddi ayında artıb.", "2021-ci ilin ilk yeddi ayında", "2021-01/2021-07", "month"),
    ("Qiymətlər 2020-ci ildəkindən yüksəkdir.", "2020-ci ildəkindən", "2020", "year"),
    ("Aktivlər 2024-cü il dekabrın 31-dəki səviyyədən yüksəkdir.", "2024-cü il dekabrın 31-dəki", "2024-12-31", "day"),
    ("2010-cu ilin noyabrı – tikinti başlanıb.", "2010-cu ilin noyabrı", "2010-11", "month"),
    ("2018-ci il mayın 14 – liman açılıb.", "2018-ci il mayın 14", "2018-05-14", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "precision"), DATES)
def test_az_dates(text: str, span: str, value: str, precision: str) -> None:
    c = one(text, "date")
    assert (c.text, c.value, c.precision) == (span, value, precision)
    assert c.language == "az"


def test_pdf_hyphenation_and_page_break() -> None:
    c = one("Prezident 2022-ci il ok-\ntyabrın 12-də Astanaya gəlib.", "date")
    assert c.value == "2022-10-12" and c.text == "2022-ci il ok-\ntyabrın 12-də"
    c = one("Görüş 2016-cı \n\nildə Pekində keçirilib.", "date")
    assert c.value == "2016"


def test_year_range_is_a_period() -> None:
    c = one("2019-2023-cü illərdə Azərbaycan Hərəkata sədrlik edib.", "date")
    assert (c.value, c.role, c.precision) == ("2019/2023", "period", "year")


def test_yearless_date_takes_the_context_year() -> None:
    text = (
        "Zirvə 2022-ci il dekabrın 14-də keçirildi. Bir gün əvvəl, dekabrın 13-də nazirlər görüşdü."
    )
    dates = [c for c in claims_of(text) if c.kind == "date"]
    assert [(c.value, c.resolution) for c in dates] == [
        ("2022-12-14", "explicit"), ("2022-12-13", "context-year")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Layihə 2021-ci ildə başladı, aprel ayında ilk qatar getdi.", "aprel ayında", "2021-04"),
        ("Forum 2019-cu ildə yaradılıb. Fevral ayının 12-də iclas oldu.", "Fevral ayının 12-də", "2019-02-12"),
        ("Nazir 2020-ci ildə təyin olunub, dekabr ayından işə başlayıb.", "dekabr ayından", "2020-12"),
        ("Zavod 2019-cu ildə tikilib, iyulun sonunda istifadəyə verilib.", "iyulun sonunda", "2019-07"),
        ("Tender 2018-ci ildə elan olunub, may ayının sonunadək davam edib.", "may ayının sonunadək", "2018-05"),
        ("Bazar 2017-ci ildə açılıb. Mart-aprel aylarında satış artıb.", "Mart-aprel aylarında", "2017-03/2017-04"),
    ],
)  # fmt: skip
def test_yearless_month_with_ay(text: str, span: str, value: str) -> None:
    """ "<month> ayında" / "<month> ayının N-də": the month named with the word "ay"."""
    dates = {c.text: c for c in claims_of(text) if c.kind == "date"}
    assert (dates[span].value, dates[span].resolution) == (value, "context-year")


def test_relative_dates_use_publication_date() -> None:
    text = "Ötən il noyabrın 24-də sammit oldu. Bu il ticarət dövriyyəsi 13 faiz artıb."
    cs = claims_of(text, published=dt.date(2024, 6, 1))
    dates = {c.text: c for c in cs if c.kind == "date"}
    assert dates["Ötən il noyabrın 24-də"].value == "2023-11-24"
    assert dates["Ötən il noyabrın 24-də"].resolution == "relative"
    assert (dates["Bu il"].value, dates["Bu il"].role) == ("2024", "period")


def test_relative_dates_fall_back_to_latest_event_year() -> None:
    text = "Məktəb 2024-cü il mayın 3-də açıldı. Tikinti ötən il başa çatdırılıb."
    d = next(c for c in claims_of(text) if c.text == "ötən il")
    assert d.value == "2023"


def test_same_year_refers_back() -> None:
    text = (
        "Həftə 20-24 noyabr 2023-cü il tarixlərində keçirildi. Həmin il noyabrın 24-də sammit oldu."
    )
    d = next(c for c in claims_of(text) if c.text.startswith("Həmin"))
    assert (d.value, d.resolution) == ("2023-11-24", "context-year")


def test_glossed_relative_year() -> None:
    d = next(
        c for c in claims_of("Bu il (2022-ci ildə) dövriyyə 5 dəfə artıb.") if c.text == "Bu il"
    )
    assert d.value == "2022"


def test_half_year_and_nine_months() -> None:
    cs = claims_of(
        "2023-cü ilin 9 ayı ərzində yükdaşıma 88% artıb. Cari ilin birinci yarısında artım var.",
        published=dt.date(2024, 7, 5),
    )
    vals = {c.text: c.value for c in cs if c.kind == "date"}
    assert vals["2023-cü ilin 9 ayı"] == "2023-01/2023-09"
    assert vals["Cari ilin birinci yarısında"] == "2024-01/2024-06"


def test_citation_and_reference_roles() -> None:
    text = (
        "Əlaqələr inkişaf edir (Prezident.az., 2024). Sammit 2023-cü ildə oldu.\n\n"
        "ƏDƏBİYYAT\n\nMəqalə adı. /https://president.az/az/articles/view/58192, 14 dekabr 2022\n"
    )
    roles = {(c.text, c.role) for c in claims_of(text) if c.kind == "date"}
    assert ("2024", "citation") in roles
    assert ("14 dekabr 2022", "reference-entry") in roles
    assert ("2023-cü ildə", "event") in roles


NUMBERS = [
    ("Seçkidə 36 min 210 nəfərdən çox seçici iştirak edib.", "count", 36210, "person", "more-than"),
    ("Ticarət dövriyyəsi 4.3-4.5 milyard dollardır.", "money", [4.3e9, 4.5e9], "USD", "exact"),
    ("Dövriyyə 3,1milyard ABŞ dolları təşkil edib.", "money", 3.1e9, "USD", "exact"),
    ("Dövriyyə bir milyard dollara çatdırılacaq.", "money", 1e9, "USD", "exact"),
    ("İnvestisiya 930,8 min dollar olub.", "money", 930800, "USD", "exact"),
    ("Büdcə 1 400 manat artıb.", "money", 1400, "AZN", "exact"),
    ("Hesablaşmaların 70%-dən çox hissəsi milli valyutadadır.", "percent", 70, "%", "more-than"),
    ("Hesablaşmaların 50%-ə yaxın hissəsi.", "percent", 50, "%", "approx"),
    ("Tranzit axını təxminən 75% artıb.", "percent", 75, "%", "approx"),
    ("Dövriyyədə 40 faiz artım var.", "percent", 40, "%", "exact"),
    ("Yol 7 min kilometr uzanır.", "quantity", 7000, "km", "exact"),
    ("Altmış bir konteyner yola salındı.", "quantity", 61, "container", "exact"),
    ("Həcmi 15 milyon tona qədər artırılması üzərində iş gedir.", "quantity", 15e6, "t", "up-to"),
    ("Bizdə bir milyona yaxın şagird təhsil alır.", "count", 1e6, "pupil", "approx"),
    ("Azərbaycanda 300-dən çox Çin şirkəti qeydiyyata alınıb.", "count", 300, "company", "more-than"),
    ("Sammitdə 16 ölkənin başçıları iştirak etdi.", "count", 16, "country", "exact"),
    ("Prezidentin yeddi səfəri oldu.", "count", 7, "visit", "exact"),
    ("Dövriyyə 5 dəfə artmışdır.", "multiplier", 5, "times", "exact"),
    ("Otuz ildən artıqdır ki, əməkdaşlıq edirik.", "duration", 30, "year", "more-than"),
    ("BİR MİLYON TON yük daşındı.", "quantity", 1e6, "t", "exact"),
    ("Kənddə dörd yeni məktəb açılıb.", "count", 4, "school", "exact"),
    ("Sel 12 yaşayış binasını su altında qoyub.", "count", 12, "building", "exact"),
    ("Stansiyaya həftədə 8 konteyner qatarı gəlir.", "quantity", 8, "train", "exact"),
    ("Şirkət 120 yeni yük vaqonu alıb.", "quantity", 120, "wagon", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier"), NUMBERS)
def test_az_numbers(text: str, kind: str, value: object, unit: str, qualifier: str) -> None:
    c = one(text, kind)
    assert c.value == value
    assert (c.unit, c.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Dəmir yolunun qabiliyyəti 1 milyon tondan 5 milyon tona qədər artıb.", "actual"),
        (
            "Yüklərin həcmi 1 milyon tondan 5 milyon tona qədər artacağı proqnozlaşdırılır.",
            "forecast",
        ),
        (
            "Limanın qabiliyyətini 15 milyon tondan 25 milyon tona qədər artırmaq nəzərdə tutulur.",
            "planned",
        ),
        ("Limanın imkanları 15 milyon tondan 25 milyon tona qədər artırılır.", "planned"),
    ],
)
def test_from_to_is_one_claim_with_modality(text: str, modality: str) -> None:
    c = one(text, "quantity")
    assert c.from_value in (1e6, 15e6) and c.value in (5e6, 25e6)
    assert (c.unit, c.qualifier, c.modality) == ("t", "exact", modality)
    assert c.text.endswith("qədər")


CATEGORIES = [
    ("Tokayev Azərbaycana dövlət səfəri edib.", "visit-type", "state"),
    ("Prezident Tacikistanda rəsmi səfərdə olub.", "visit-type", "official"),
    ("O, Bakıda işgüzar səfərdə olub.", "visit-type", "working"),
    ("Qazaxıstan Prezidentinin döv-\nlət səfərinə hazırlıq gedir.", "visit-type", "state"),
    ("Şuranın ikinci iclası keçirilib.", "meeting-ordinal", 2),
    ("Şuranın 1-ci iclasının qərarı imzalandı.", "meeting-ordinal", 1),
    ("Astanada keçirilən 10-cu yubiley Zirvə görüşündə iştirak edib.", "meeting-ordinal", 10),
    ("Müşavirənin 6-cı Zirvə toplantısında çıxış etdi.", "meeting-ordinal", 6),
    ("Türkdilli Dövlət Başçılarının III Zirvə Görüşündə iştirak etdi.", "meeting-ordinal", 3),
    ("TDT-nin X Zirvə görüşü Astanada oldu.", "meeting-ordinal", 10),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attribute", "value"), CATEGORIES)
def test_az_categories(text: str, attribute: str, value: object) -> None:
    cats = [c for c in claims_of(text) if c.kind == "category"]
    assert [(c.attribute, c.value) for c in cats] == [(attribute, value)]
    assert not [c for c in claims_of(text) if c.kind in ("count", "date")]


NEGATIVES = [
    "Körpünün uzunluğu 1400 metr deyil, sadəcə rəqəm [10] kimi göstərilib.",
    "Bu, SPECA-nın 25-ci ildönümünə həsr olunub.",
    "Nizami Gəncəvinin 880 illik yubileyi qeyd edildi.",
    "Mənbə: https://president.az/az/articles/view/2023/58192 və doi:10.59849/2957-3882.2024.2.67",
    "Prezidentlərin işgüzar və rəsmi səfərləri davam edir.",
    "Artıq ikinci dəfədir ki, Prezident dəvət olunur.",
    "Hər iki ölkə və iki dövlət bu layihədə maraqlıdır.",
    "Covid-19 və COP29 mövzuları müzakirə olundu.",
    "Xəbər lenti\n26 Oktyabr 18:41\nDünya\n25 Oktyabr 12:56\n",
    "Qalib 17 yaşında idi, yarışa 18 yaşa çatan gənclər qatıldı.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_az_negatives(text: str) -> None:
    found = [(c.kind, c.text) for c in claims_of(text) if c.kind != "quantity" or c.unit != "m"]
    assert found == []


def test_metres_is_a_quantity_not_a_date() -> None:
    c = one("Körpünün uzunluğu 1400 metr təşkil edir.")
    assert (c.kind, c.value, c.unit) == ("quantity", 1400, "m")


def test_duration_is_not_a_date() -> None:
    c = one("Bu qətnamələr 30 il ərzində icra olunmayıb.")
    assert (c.kind, c.value, c.unit) == ("duration", 30, "year")


def test_publication_header_role() -> None:
    text = "Başlıq\n23.10.2025 [16:14]\nSəfər oktyabrın 21-də baş tutub.\n"
    cs = [c for c in claims_of(text) if c.kind == "date"]
    assert [(c.text, c.role) for c in cs] == [
        ("23.10.2025", "publication"),
        ("oktyabrın 21-də", "event"),
    ]
    assert cs[1].value == "2025-10-21" and cs[1].resolution == "publication-date"


def test_yearless_date_reuses_an_earlier_mention_of_its_month() -> None:
    filler = " ".join(["Tərəflər əməkdaşlığı müzakirə etdilər."] * 6)
    text = (
        f"2023-cü il aprelin 10-da Prezident Astanaya səfər etdi. {filler}\n\n"
        f"2024-cü ildə dövriyyə artıb. {filler}\n\nİki lider aprelin 10-da küçənin açılışında oldu."
    )
    d = next(c for c in claims_of(text) if c.text == "aprelin 10-da")
    assert (d.value, d.resolution) == ("2023-04-10", "context-year")


def test_yearless_date_without_context_uses_document_time() -> None:
    filler = " ".join(["Tərəflər əməkdaşlığı müzakirə etdilər."] * 4)
    text = f"Saziş 2024-cü il iyul ayının 3-də imzalanıb. {filler}\n\nAzərbaycan noyabrda COP29-a ev sahibliyi edəcək."
    d = next(c for c in claims_of(text) if c.text == "noyabrda")
    assert (d.value, d.resolution) == ("2024-11", "document-time")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şuranın 5 daimi üzvündən ikisi təşkilatın üzvüdür.", [(5, "member"), (2, "member")]),
        ("Onlardan biri gəldi, bu ikisi isə gəlmədi.", []),
    ],
)
def test_partitive_number_word(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.unit) for c in claims_of(text) if c.kind == "count"] == expected


def test_deadline_year_does_not_set_document_time() -> None:
    """Without a publication date, "ötən il" counts from the latest year told as a fact; a
    deadline ("2027-ci ilə qədər") is a plan, not the time of writing."""
    text = (
        "Şirkət 2024-cü ildə 3 yeni terminal açıb. Hökumət ixracı 2027-ci ilə qədər iki dəfə "
        "artırmağı planlaşdırır. Ötən il ixrac 12 faiz artıb."
    )
    dates = {c.text: c for c in claims_of(text) if c.kind == "date"}
    assert dates["Ötən il"].value == "2023"


def test_quarter_of_a_relative_year() -> None:
    cs = claims_of("Cari ilin II rübündə ixrac artıb.", published=dt.date(2024, 9, 1))
    dates = {c.text: c.value for c in cs if c.kind == "date"}
    assert dates["Cari ilin II rübündə"] == "2024-04/2024-06"


# Forms found missing on unseen text: ranges of number words, "-qat" multipliers, possessive
# month forms, scaled number words without a noun, new counted nouns.
MORE_NUMBERS = [
    ("Yük daşımaları üç-dörd ildə bərpa olunacaq.", "duration", [3, 4], "year", "exact"),
    ("İxrac ikiqat artıb.", "multiplier", 2, "times", "exact"),
    ("Gəlirlər üçqat artıb.", "multiplier", 3, "times", "exact"),
    ("Bölgənin əhalisi altmış milyondan çoxdur.", "quantity", 60e6, None, "more-than"),
    ("Ehtiyatlar idxalın təxminən 8 ayını təmin edir.", "duration", 8, "month", "approx"),
    ("Limana daha beş gəmi gələcək.", "count", 5, "ship", "exact"),
    ("Sərgidə iyirmi beş şirkət iştirak edib.", "count", 25, "company", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier"), MORE_NUMBERS)
def test_az_more_number_forms(
    text: str, kind: str, value: object, unit: str | None, qualifier: str
) -> None:
    c = one(text, kind)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "iyirmi beş" is a sum; two ascending words joined by a dash are a range
        ("Sərgidə iyirmi beş şirkət iştirak edib.", 25),
        ("Layihəyə iyirmi-otuz şirkət qoşulacaq.", [20, 30]),
    ],
)
def test_az_word_range_or_sum(text: str, expected: object) -> None:
    assert [c.value for c in claims_of(text) if c.kind == "count"] == [expected]


# Round 2: "2 milyon 340 min" is one figure, a grouped number ("1 520-dən çox"),
# "X-dan Y-dək" before a noun is a range where a change verb makes it a change, a day
# before a month name and "bütün" after a number count nothing.
AZ_ROUND2 = [
    ("Ötən il 2 milyon 340 min ton pambıq toplanıb.", [(2340000, None, "exact")]),
    ("Ölkəyə 1 milyon 80 min turist gəlib.", [(1080000, None, "exact")]),
    ("Rayonda 1 520-dən çox fermer təsərrüfatı var.", [(1520, None, "more-than")]),
    ("Pozuntuya görə 200 manatdan 800 manatadək cərimə nəzərdə tutulur.", [([200, 800], None, "exact")]),
    ("Tarif 20 manatdan 35 manata qədər artıb.", [(35, 20, "exact")]),
    ("Komissiya iyunun 3-dən 10-dək bütün məktəbləri yoxlayacaq.", []),
    ("Sənəd 14 mart tarixində imzalanıb.", []),
]  # fmt: skip


def _az_figures(text: str) -> list[tuple[object, object, str]]:
    return [(c.value, c.from_value, c.qualifier) for c in claims_of(text) if c.kind != "date"]


@pytest.mark.parametrize(("text", "expected"), AZ_ROUND2)
def test_az_round2_number_forms(text: str, expected: list[tuple]) -> None:
    assert _az_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Turistlərin sayı 2022-ci ilin yay aylarında artıb.", "2022-ci ilin yay aylarında", "2022-06/2022-08"),
        ("Yağıntı 2021-ci ilin payızında azalıb.", "2021-ci ilin payızında", "2021"),
        ("Festival 2026-cı ilin yazında keçiriləcək.", "2026-cı ilin yazında", "2026"),
        ("2025-ci ildə ən isti gün fevralın 17-si olub.", "fevralın 17-si", "2025-02-17"),
        ("2025-ci ildə qeydiyyat martın 20-sinə qədər davam edib.", "martın 20-sinə", "2025-03-20"),
        ("2025-ci ildə xidmət mart ayının icmalını dərc edib.", "mart ayının", "2025-03"),
        ("2025-ci ildə yanvarın ortalarında qar yağıb.", "yanvarın ortalarında", "2025-01"),
        ("Bənd XX əsrin 60-cı illərində tikilib.", "XX əsrin 60-cı illərində", "1960/1969"),
        ("Gəmiçilik XIX əsrin sonunda canlanıb.", "XIX əsrin", "1800/1899"),
        ("Qeydiyyat 2023-cü ildə açıldı, mayın 2-dən 20-dək davam etdi.", "mayın 2-dən 20-dək", "2023-05-02/2023-05-20"),
        ("İxrac 2020-ci ildə artıb, ilin ikinci yarısında isə azalıb.", "ilin ikinci yarısında", "2020-07/2020-12"),
    ],
)  # fmt: skip
def test_az_seasons_centuries_day_ranges(text: str, span: str, value: str) -> None:
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates[span] == value


def test_az_relative_month_needs_a_publication_date() -> None:
    text = "Ötən ay ixrac 5 faiz artıb."
    dated = {
        c.text: c.value for c in claims_of(text, published=dt.date(2024, 1, 15)) if c.kind == "date"
    }
    assert dated["Ötən ay"] == "2023-12"
    assert not [c for c in claims_of(text) if c.kind == "date"]  # never from today's date


def test_short_latin_line_without_function_words_takes_its_neighbours_language() -> None:
    text = "Bank sektoru böyüyüb.\n\nHazırlanma tarixi: 27 yanvar 2025\n\nKredit portfeli 12 faiz artıb."
    dates = [c for c in claims_of(text) if c.kind == "date"]
    assert [(c.text, c.value, c.language) for c in dates] == [
        ("27 yanvar 2025", "2025-01-27", "az")
    ]


def test_yearless_dateline_year_and_statistics_year() -> None:
    """A dateline without a year ("Bakı, 12 fevral") takes the year after the whole year
    the text reports figures for; a later year-less date is the story's (publication)
    year, not the year a statistic is for."""
    text = (
        "Bakı, 12 fevral\n\nŞirkət 2024-cü ildə 30 milyon ton neft hasil edib. "
        "Ötən il ixrac 5 faiz artıb. Martın 3-də yeni yataq açılacaq."
    )
    dates = {c.text: (c.value, c.role) for c in claims_of(text) if c.kind == "date"}
    assert dates["12 fevral"] == ("2025-02-12", "publication")
    assert dates["Ötən il"][0] == "2024"
    assert dates["Martın 3-də"][0] == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Fabrik 2019-cu ildə açılıb. Üçüncü rübdə istehsal artıb.", "Üçüncü rübdə", "2019-07/2019-09"),
        ("Saziş 2022-ci il 14 mart tarixində imzalanıb.", "2022-ci il 14 mart", "2022-03-14"),
        ("Tədqiqat 2011-ci və 2016-cı illərin məlumatlarına əsaslanır.", "2011-ci", "2011"),
        ("Tədqiqat 2011-ci və 2016-cı illərin məlumatlarına əsaslanır.", "2016-cı illərin", "2016"),
        ("Sərgi 2021-ci ildə keçirilib, aprel ayının 3-dən 9-dək açıq olub.", "aprel ayının 3-dən 9-dək", "2021-04-03/2021-04-09"),
    ],
)  # fmt: skip
def test_az_round3_date_forms(text: str, span: str, value: str) -> None:
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates[span] == value


def test_az_planned_year_does_not_set_document_time_but_a_participle_year_does() -> None:
    text = (
        "Bakı, 3 mart\n\n2023-cü ildə imzalanmış saziş yeni mərhələ açacaq. "
        "2027-ci ildən hasilatın artırılması planlaşdırılır. Ötən il ixrac artıb."
    )
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates["Ötən il"] == "2022"  # the latest year told as a fact is 2023


def test_text_table_header_years() -> None:
    text = "Ölkə          2012       2022\nRusiya        1,2        2,4\n"
    years = [c.value for c in claims_of(text) if c.kind == "date"]
    assert years == ["2012", "2022"]


# Round 3 (numbers): a change across its date ("27 mindən 2024-cü ildə 35 minə"), a figure
# after "onlardan", people/institution nouns, data rates, temperatures;
# (kind, value, from, unit) per number claim.
NUMBERS_ROUND3_AZ = [
    ("İşçilərin sayı 2020-ci ildəki 12 mindən 2024-cü ildə 18 minə yüksəlib.", [("count", 18000, 12000, None)]),
    ("Sərgiyə 300 müəssisə qatılıb, onlardan 120-si ilk dəfə iştirak edir.", [("count", 300, None, "institution"), ("count", 120, None, None)]),
    ("Layihədə 45 mütəxəssis çalışır.", [("count", 45, None, "person")]),
    ("Kəndlərdə internetin sürəti 50 Mbit/s olacaq.", [("quantity", 50, None, "Mbit/s")]),
    ("Havanın temperaturu 40 dərəcəyə çatıb.", [("quantity", 40, None, "C")]),
]  # fmt: skip

NUMBERS_ROUND3_AZ_SILENT = [
    "Zavod 5 il əvvəl bağlanıb.",  # a point in time
    "Bu ilin ilk səkkiz ayında ixrac artıb.",  # a part of the year
    "İxrac: altı ayın yekunları",  # a reporting period
]


def _az_numbers3(text: str) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.value, c.from_value, c.unit)
        for c in claims_of(text)
        if c.kind not in ("date", "category")
    ]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND3_AZ)
def test_az_round3_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _az_numbers3(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND3_AZ_SILENT)
def test_az_round3_no_figure(text: str) -> None:
    assert _az_numbers3(text) == []


# Round 4: a possessive scale word ("onların 4 mini"), a figure after a number word with
# no noun of its own, centners and minutes, names with numbers.
NUMBERS_ROUND4_AZ = [
    ("Festivala 12 min qonaq gəldi, onların 4 mini əcnəbi idi.", [("count", 12000, None, None), ("count", 4000, None, None)]),
    ("Hər qrupda 20 nəfərdən çox tələbə olmamalıdır.", [("count", 20, None, "person")]),
    ("Dəmyə sahələrdə məhsuldarlıq 25-30 sentnerə çatıb.", [("quantity", [25, 30], None, "c")]),
    ("Gəmi körfəzi 40 dəqiqəyə keçir.", [("duration", 40, None, "minute")]),
]  # fmt: skip

NUMBERS_ROUND4_AZ_NAMES = [
    "Sürücü Formula 2 yarışında ikinci oldu.",
    "Mağaza AI-92 benzini və Avro-5 yanacağı satır.",
    "Komanda Windows 11 sistemini quraşdırdı.",
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND4_AZ)
def test_az_round4_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _az_numbers3(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND4_AZ_NAMES)
def test_az_round4_name_numbers(text: str) -> None:
    assert _az_numbers3(text) == []


def test_az_round4_place_before_a_count_stays() -> None:
    # a place in the locative before a count is no name: "Şəkidə 40 mehmanxana"
    assert _az_numbers3("Ötən il Şəkidə 40 mehmanxana fəaliyyət göstərirdi.") == [
        ("count", 40, None, "hotel")
    ]


# Round 5: the terminative "-dək" on a unit means "up to"; an age limit is a figure (a bare
# age is not); vehicles and meetings are counted nouns.
NUMBERS_ROUND5_AZ = [
    ("Subsidiyalı kreditlər fermerlərə 7 ilədək müddətə verilir.", [("duration", 7, None, "year", "up-to")]),
    ("Anbarın tutumu 60 tonadək artırılacaq, nazirlik bildirib.", [("quantity", 60, None, "t", "up-to")]),
    ("Təqaüd proqramına 29 yaşınadək gənclər qoşula bilər.", [("quantity", 29, None, "year", "up-to")]),
    ("Uşaqlar 16 yaşa qədər muzeyə pulsuz daxil olurlar.", [("quantity", 16, None, "year", "up-to")]),
    ("Terminaldan hər gün 2300 yük maşını keçir, gömrük bildirib.", [("count", 2300, None, "truck", "exact")]),
    ("Hökumətlərarası komissiya ötən müddətdə on beş iclas keçirib.", [("count", 15, None, "meeting", "exact")]),
]  # fmt: skip

# a bare age is no claim; a date with "-dək" stays a date
NUMBERS_ROUND5_AZ_SILENT = [
    "Müsabiqənin qalibi 35 yaşında bir memardır.",
    "Layihənin ikinci mərhələsi 2030-cu ilədək başa çatdırılacaq.",
    "Onun 42 yaşı var, o, kənddə yaşayır.",
]


def _az_numbers5(text: str) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.value, c.from_value, c.unit, c.qualifier)
        for c in claims_of(text)
        if c.kind not in ("date", "category")
    ]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ROUND5_AZ)
def test_az_round5_number_forms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _az_numbers5(text) == expected


@pytest.mark.parametrize("text", NUMBERS_ROUND5_AZ_SILENT)
def test_az_round5_no_figure(text: str) -> None:
    assert _az_numbers5(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Son on ildə fevral ayının orta temperaturu 1,5 dərəcə artıb.",
        "Yanvar ayının orta göstəricisi dəyişməyib.",
    ],
)
def test_az_a_months_average_is_no_date(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        # a bare dative is where a change goes, with or without a verb right after it
        (
            "Sənəddə qabiliyyətin 15 milyon tondan 25 milyon tona, konteyner qabiliyyətinin"
            " isə 500 min TEU-ya çatdırılması təklif edilib.",
            25_000_000,
            15_000_000,
        ),
    ],
)
def test_from_to_with_a_bare_dative_is_a_change(text: str, value: int, start: int) -> None:
    c = next(c for c in claims_of(text) if c.text.startswith("15 milyon"))
    assert (c.value, c.from_value) == (value, start)


def test_from_to_ending_in_terminative_without_a_verb_is_a_range() -> None:
    c = next(
        c for c in claims_of("Qiymətlər 40 manatdan 90 manatadək dəyişir.") if c.kind == "money"
    )
    assert c.value == [40, 90]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gecə temperatur mənfi 17,5 dərəcəyə enib.", "mənfi 17,5 dərəcəyə", -17.5),
        ("Уровень моря опустился до минус 29,3 метра.", "минус 29,3 метра", -29.3),
        ("It fell to minus 5 degrees overnight.", "minus 5 degrees", -5),
    ],
)
def test_minus_words_make_numbers_negative(text: str, span: str, value: float) -> None:
    c = next(c for c in claims_of(text) if c.kind != "date")
    assert (c.text, c.value) == (span, value)
