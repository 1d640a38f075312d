"""Dates whose year comes from the document: headers, datelines, comparisons, targets,
whole-year figures, and the date forms that read a year from context (az/en/ru)."""

from __future__ import annotations

import datetime as dt

import pytest

from crossfact.claims.context import build_context
from crossfact.claims.doctime import glossed_year
from crossfact.claims.extractors.dates import extract_dates
from crossfact.sources import Document
from tests.test_claims_support import claims_of, dates_of


def _dates(text: str, published: dt.date | None = None) -> dict[str, str]:
    return {c.text: str(c.value) for c in claims_of(text, published=published) if c.kind == "date"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year compared with is earlier than the text's own time
        (
            "Gəncə, 3 noyabr\n\nCari ilin 10 ayında 2 milyon ton taxıl yığılıb. "
            "Bu, 2023-cü ilin eyni dövrü ilə müqayisədə 5 faiz çoxdur.",
            "3 noyabr",
            "2024-11-03",
        ),
        (
            "TBILISI, Sept 9 (Wire) - Exports were 4% higher than in the same period of 2023.",
            "Sept 9",
            "2024-09-09",
        ),
        # a target year never sets document time; a past whole-year figure makes it the next
        (
            "ASTANA, Oct 2 (Wire) - Trade reached $500 million in 2023 and should rise "
            "to $1 billion by 2030.",
            "Oct 2",
            "2024-10-02",
        ),
        # a count in a year may be a tally so far: no next year from it alone
        (
            "ASTANA, Oct 2 (Wire) - The company opened 3 terminals in 2023.",
            "Oct 2",
            "2023-10-02",
        ),
        # a weekday counts back from the dateline
        (
            "TBILISI, Oct 7 (Wire) - Trade rose 5% in 2024, officials said on Tuesday.",
            "Tuesday",
            "2025-10-07",
        ),
        # whole-year figures plus "this year": the year after
        (
            "BAKU, Nov 4 (Wire) - Trade reached $2 billion in 2023. This year it grew 7%.",
            "Nov 4",
            "2024-11-04",
        ),
        # a year naming a thing is no whole-year figure
        (
            "БАКУ, 30 января. /Агентство/. Явка на выборах 2024 года составила 40%.",
            "30 января",
            "2024-01-30",
        ),
        # a term running to a year is no fact of the text's time
        (
            "BAKU, March 4 (Wire) - The deal was signed in 2026. Bonds maturing in 2030"
            " gained 1.5 cents.",
            "March 4",
            "2026-03-04",
        ),
        # the dateline's own day is no figure for a whole-year statement
        ("BAKU, March 4 (Wire) - The deal was signed in 2026.", "March 4", "2026-03-04"),
        # a season over the turn of a year: the first year in autumn, the second in spring
        (
            "БАКУ, 14 октября. Для кампании 2025–2026 годов завезено 1,2 млн доз вакцины.",
            "14 октября",
            "2025-10-14",
        ),
        (
            "Bakı, 3 mart. 2024-2025-ci illər mövsümündə 40 min turist gəlib.",
            "3 mart",
            "2025-03-03",
        ),
        (
            "BAKU, Sept 2 (Wire) - The 2025/26 academic year opened with 210,000 students.",
            "Sept 2",
            "2025-09-02",
        ),
    ],
)
def test_dateline_year_from_the_text(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Energy Bulletin No. 4 (April 2023)\n\nOutput for March rose 2%.", "March", "2023-03"),
        ("Caspian Trade Review, 17 June 2022\n\nThis year exports rose.", "This year", "2022"),
    ],
)
def test_issue_and_masthead_dates_head_the_text(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Refinery runs in Jan-Aug 2021 fell.", "Jan-Aug 2021", "2021-01/2021-08"),
        ("Freight rose in January-March this year.", "January-March this year", "2024-01/2024-03"),
        ("In the first seven months of this year arrivals grew.", "first seven months of this year", "2024-01/2024-07"),
        ("Prices have risen since February.", "February", "2024-02"),
        ("The pipeline opened in 2006 and ran at capacity in the first half of the year.", "first half of the year", "2024-01/2024-06"),
    ],
)  # fmt: skip
def test_en_forms_read_from_document_time(text: str, span: str, value: str) -> None:
    assert _dates(text, dt.date(2024, 9, 1))[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Cari ilin yanvar-may aylarında ixrac artıb.", "Cari ilin yanvar-may aylarında", "2024-01/2024-05"),
        ("Səpin aprelin 20-dən mayın 10-dək davam edəcək.", "aprelin 20-dən mayın 10-dək", "2024-04-20/2024-05-10"),
        ("Yığım avqustun ikinci yarısında başlayacaq.", "avqustun ikinci yarısında", "2024-08"),
        ("Növbəti il yeni terminal açılacaq.", "Növbəti il", "2025"),
        ("Ötən ilki göstərici aşağı olub.", "Ötən ilki", "2023"),
        ("Məktəblər 2023/2024-cü tədris ilində təmir olunub.", "2023/2024-cü", "2023/2024"),
    ],
)  # fmt: skip
def test_az_forms_read_from_document_time(text: str, span: str, value: str) -> None:
    assert _dates(text, dt.date(2024, 3, 1))[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("С 2015 по 2020 год добыча падала.", "2015 по 2020 год", "2015/2020"),
        ("В 2023/24 учебном году открыто 12 школ.", "2023/24", "2023/2024"),
    ],
)
def test_ru_year_spans(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


def test_capital_i_is_no_dotless_i_for_language_detection() -> None:
    """ "TBILISI" is English text: its capital I's must not make the line Azerbaijani."""
    cs = claims_of("TBILISI, Sept 9 (Wire) - Exports rose in 2023.")
    assert {c.language for c in cs} == {"en"}


def test_a_year_things_are_planned_for_is_no_document_time() -> None:
    text = "Inflation eased to 4% in 2024. The draft budget for 2026 plans 1.5% growth. This year prices rose."
    assert _dates(text)["This year"] == "2025"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Заседание завершилось в пятницу в Душанбе.", "пятницу", "2025-10-10"),
        ("Görüş çərşənbə axşamı keçirilib.", "çərşənbə axşamı", "2025-10-07"),
        ("Bankın I yarımildəki mənfəəti artıb.", "I yarımildəki", "2025-01/2025-06"),
        ("Bankın 2024-cü ilin II yarımili üzrə mənfəəti artıb.", "2024-cü ilin II yarımili", "2024-07/2024-12"),
        ("Vaccination ran from 3 to 21 February 2025 in schools.", "3 to 21 February 2025", "2025-02-03/2025-02-21"),
        ("The tour lasts from 4 November to 6 December 2024.", "4 November to 6 December 2024", "2024-11-04/2024-12-06"),
        ("Between March and June visits doubled.", "Between March and June", "2025-03/2025-06"),
        ("За январь–август перевезено больше грузов.", "январь–август", "2025-01/2025-08"),
    ],
)  # fmt: skip
def test_weekdays_half_years_and_ranges(text: str, span: str, value: str) -> None:
    assert _dates(text, dt.date(2025, 10, 10))[span] == value


def test_a_decade_is_the_decade_early_or_late() -> None:
    dates = _dates("Ties date from the early 1990s; trade boomed in the late 2000s.")
    assert dates["early 1990s"] == "1990/1999"
    assert dates["late 2000s"] == "2000/2009"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("İxrac 2023-cü ilin yanvar-iyun aylarında 8 faiz artıb, 2022-ci ilin eyni dövründə isə azalmışdı.", "2022-ci ilin eyni dövründə", "2022-01/2022-06"),
        ("За январь–май 2023 года добыча выросла на 2% к тому же периоду 2022 года.", "тому же периоду 2022 года", "2022-01/2022-05"),
        ("Sales in January-April 2023 beat the same period of 2022 by 9%.", "same period of 2022", "2022-01/2022-04"),
    ],
)  # fmt: skip
def test_the_same_period_of_another_year(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


def test_a_year_without_an_earlier_period_stays_a_year() -> None:
    assert _dates("Exports beat the same period of 2022 by 9%.")["2022"] == "2022"


def test_a_deadline_phrase_before_the_year_is_ahead() -> None:
    """ "by the end of 2026" is read back far enough to see the whole phrase."""
    text = "Sales reached 5% in 2023. We want to finish by the end of 2026. Last year was weak."
    assert _dates(text)["Last year"] == "2023"


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, Sept. 12, 2025 - Ministers met on Thursday. Since 2022, volumes have"
        " tripled and the 2027 target is in sight.",
        "МОСКВА, 12 сентября 2025 г. С 2022 года объёмы выросли втрое, в том числе"
        " на линии, открытой в 2027 году.",
        "LONDON, 4 April 2025. The issue of tariffs, raised in 2022, returns in 2027.",
    ],
)
def test_body_years_on_the_first_lines_are_no_masthead(text: str) -> None:
    """A paragraph saying "volumes", "в том числе" or "the issue of" is no journal
    masthead: its years keep their own roles, only the dateline is the publication."""
    years = [c for c in claims_of(text) if c.kind == "date" and c.value in ("2022", "2027")]
    assert len(years) == 2
    assert all(c.role != "publication" for c in years)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a relative year glossed by the year itself fixes a year-less dateline's year
        ("БАКУ, 3 марта — Рейсы начнутся 31 марта. В прошлом, 2024 году пассажиропоток"
         " составил 1,1 млн человек. В 2030 году парк должен вырасти до 40 самолётов.",
         "31 марта", "2025-03-31"),
        ("Bakı, 12 noyabr. Məhkəmə dekabrın 10-da davam edəcək. Layihə cari, 2025-ci ilin"
         " sonunadək başa çatmalıdır. 2027-ci ildə 30 faizə çatdırılmalıdır.",
         "dekabrın 10-da", "2025-12-10"),
        ("MANILA, Oct. 24 - Rain fell on 20 October. This year (2025) has seen 18 storms,"
         " and by 2030 the fleet must double.", "20 October", "2025-10-20"),
    ],
)  # fmt: skip
def test_glossed_relative_year_sets_document_time(text: str, span: str, value: str) -> None:
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates[span] == value


@pytest.mark.parametrize(
    "text",
    [
        # "Bu, 2024-cü ilin …": a demonstrative, not "this year"
        "Bakı, 14 oktyabr. Limanda 120 min ton yük aşırılıb. Bu, 2024-cü ilin müvafiq"
        " dövrü ilə müqayisədə 8 faiz çoxdur.",
        # "При этом, в 2024 году": "at that", not "this year"
        "МОСКВА, 14 октября. Рост продолжился. При этом, в 2024 году рост был выше.",
        "LONDON, 4 May. At last, 2024 brought a rise.",
    ],
)
def test_demonstratives_are_no_gloss(text: str) -> None:
    ctx = build_context(Document(path="x.txt", format="txt", text=text))
    assert glossed_year(ctx, extract_dates(ctx)) is None


def test_lead_date_gives_a_yearless_dateline_its_year() -> None:
    text = (
        "Bakı, 2 oktyabr /AZƏRTAC/\n"
        "2024-cü il oktyabrın 7-9-da Bakıda beynəlxalq forum keçiriləcək. Forumda 40 ölkə"
        " iştirak edəcək.\n\n"
        "2023-cü ildə marşrutla 2,76 milyon ton yük daşınıb. Növbəti forumun 2025-ci ilin"
        " payızında keçirilməsi barədə razılıq var. Akkreditasiya oktyabrın 4-dək davam edir.\n"
    )
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates["2 oktyabr"] == "2024-10-02"
    assert dates["oktyabrın 4-dək"] == "2024-10-04"


def test_history_past_the_lead_does_not_date_the_dateline() -> None:
    text = (
        "TBILISI, Oct 7 (Trend) - Freight on the railway rose by 34% in the first nine months"
        " of this year, compared with January-September 2024, the operator said on Tuesday.\n\n"
        "Container traffic almost doubled to 18,400 TEU.\n\n"
        "The line, opened on October 30, 2017, was designed to carry 1 million tonnes a year.\n"
    )
    dates = {c.text: c.value for c in claims_of(text) if c.kind == "date"}
    assert dates["Oct 7"] == "2025-10-07"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a deadline's year is not the year of a month told after it
        (
            "Bakı, 12 iyun 2025-ci il. Universitet 2027-ci ilədək 12 laboratoriya açmağı"
            " planlaşdırır, ilk üçü oktyabrda açılacaq.",
            "oktyabrda",
            "2025-10",
        ),
        (
            "LONDON, 12 June 2025 - The bank plans 12 branches by 2027; the first opens in October.",
            "October",
            "2025-10",
        ),
        # next year naming a thing ("next year's budget") anchors no year-less date
        (
            "MİLLİ MƏCLİSİN XƏBƏRLƏRİ · 2025, № 11\n\nGələn ilin büdcəsi\n\n"
            "Milli Məclisin noyabrın 18-də keçirilən iclasında büdcə qəbul edilib.",
            "noyabrın 18-də",
            "2025-11-18",
        ),
    ],
)
def test_deadlines_and_named_years_anchor_nothing(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Bakı, 12 iyun 2025-ci il. Proqram 2024-cü ilin noyabrında təsdiqlənib. İlk üç"
            " laboratoriya oktyabrda istifadəyə veriləcək.",
            "oktyabrda",
            "2025-10",
        ),
        (
            "LONDON, 12 June 2025 - The plan was approved in November 2024. The first"
            " branch will open in October.",
            "October",
            "2025-10",
        ),
        (
            "МОСКВА, 12 июня 2025 года. Программу утвердили в ноябре 2024 года. Первый"
            " филиал откроется в октябре.",
            "октябре",
            "2025-10",
        ),
        # told as past, the month keeps the year of its story
        (
            "LONDON, 12 June 2025 - The plan was approved in November 2024. The first"
            " branch opened in October.",
            "October",
            "2024-10",
        ),
    ],
)
def test_a_planned_yearless_date_lies_ahead_of_publication(
    text: str, span: str, value: str
) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a past year said once dates the months told after it
        (
            "LONDON, 10 October 2025 - Last year the group met twice: in Shusha in July, "
            "and in Bishkek on 6 November.",
            "6 November",
            "2024-11-06",
        ),
        # "before that": the month is earlier than the one just told, not a year on
        (
            "Bakı, 2 noyabr 2025. Bişkek zirvəsi ötən ilin noyabrında keçirilib, ondan əvvəl"
            " isə iyulda Şuşada görüş olub.",
            "iyulda",
            "2024-07",
        ),
        (
            "LONDON, 10 October 2025 - The council met in November last year. Before that, "
            "in August, ministers met in Baku.",
            "August",
            "2024-08",
        ),
        (
            "Москва, 10 октября 2025 года. Совет собрался в ноябре прошлого года. До этого, "
            "в августе, министры встречались в Баку.",
            "августе",
            "2024-08",
        ),
        # a year compared with is no time of the story
        (
            "Bakı, 14 aprel 2025. Qiymət ötən ilə nisbətən zəifdir: yanvar-mart aylarında "
            "neft 76 dollar olub.",
            "yanvar-mart aylarında",
            "2025-01/2025-03",
        ),
        # a coordinated clause shares the plan of the sentence; dates after a planned one
        # keep its year
        (
            "Москва, 3 марта 2025 года. Авиакомпания планирует возобновить рейсы в Тегеран, "
            "приостановленные в октябре прошлого года, и запустить с 3 мая рейс в Ниццу — по "
            "субботам, до конца сентября.",
            "3 мая",
            "2025-05-03",
        ),
        (
            "Москва, 3 марта 2025 года. Авиакомпания планирует возобновить рейсы в Тегеран, "
            "приостановленные в октябре прошлого года, и запустить с 3 мая рейс в Ниццу — по "
            "субботам, до конца сентября.",
            "конца сентября",
            "2025-09",
        ),
    ],
)
def test_relative_years_anchor_what_they_date(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # weekdays on both ends of a range
        (
            "LONDON, 4 March 2025 - The ferry will run from Sunday 1 June until Sunday 14 September.",
            "Sunday 1 June until Sunday 14 September",
            "2025-06-01/2025-09-14",
        ),
        # a year-less first end takes the year the second end states
        (
            "Москва, 10 января 2024 года. Рейсы будут выполняться с 1 марта по 30 сентября "
            "2025 года.",
            "1 марта по 30 сентября 2025 года",
            "2025-03-01/2025-09-30",
        ),
        (
            "Москва, 10 января 2025 года. Рейсы будут выполняться с 1 марта по 30 сентября "
            "текущего года.",
            "1 марта по 30 сентября текущего года",
            "2025-03-01/2025-09-30",
        ),
    ],
)
def test_date_ranges(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a chronology's entries opened by a bare year
        (
            "Limanın xronologiyası\n\n2007 – tikintiyə qərar verilib.\n\n"
            "2019 – azad zona yaradılıb.\n",
            "2019",
            "2019",
        ),
        (
            "Timeline\n\n2007 — the decree was signed.\n\n2019 — the free zone opened.\n",
            "2007",
            "2007",
        ),
    ],
)
def test_chronology_years(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


def test_a_bare_year_in_running_text_is_no_chronology_entry() -> None:
    assert "2019" not in _dates("The plant made 2019 – or so – parts a day.\n\nMore text.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a dateline in a header field between bars, az year first
        (
            "BANK SEKTORU\nAnalitik icmal | Bakı, 2025-ci il 28 iyul\n\nMərkəzi Bank iyulun 1-nə "
            "22 bankın fəaliyyət göstərdiyini bildirib. Keçən ay uçot dərəcəsi endirilib.",
            "Keçən ay",
            "2025-06",
        ),
        # a dateline with its region
        (
            "PASADENA, California, June 4 (Science Wire) - The probe fired its engines on "
            "Monday. It launched on 14 October 2024 and flew past Mars on 1 March 2025. It is "
            "on track to reach Jupiter in April 2030.",
            "June 4",
            "2025-06-04",
        ),
        # what the text expects (gözləyir) is no fact dating a year-less dateline
        (
            "Şəki, 12 sentyabr. Bələdiyyənin iclası dünən keçirilib. Gündəlikdə bələdiyyənin "
            "2025-ci il büdcəsinə düzəlişlər olub. Bələdiyyə 2026-cı ildə 200 min manat gəlir "
            "gözləyir.",
            "dünən",
            "2025-09-11",
        ),
        # years elapsed since a year told beside them date a year-less dateline
        (
            "ГЯНДЖА, 9 апреля. С 2001 года она занимается с детьми у себя дома. За последние "
            "24 года она подготовила около 600 школьников.",
            "9 апреля",
            "2025-04-09",
        ),
        (
            "ГЯНДЖА, 9 апреля. В этом году школе исполняется 100 лет: её открыли осенью 1925 года.",
            "9 апреля",
            "2025-04-09",
        ),
        (
            "LEEDS, May 2 - The school, opened in 1925, turns 100 this year.",
            "May 2",
            "2025-05-02",
        ),
    ],
)
def test_year_less_datelines(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value  # read as the sources stage reads a file


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # news English drops the "on" before a weekday
        ("LONDON, 17 October 2025 - Brent ended Thursday at $62.41.", "Thursday", "2025-10-16"),
        (
            "LONDON, 17 October 2025 - The minister said Tuesday talks failed.",
            "Tuesday",
            "2025-10-14",
        ),
        # a weekday in a sentence about next week is ahead
        (
            "LONDON, 17 October 2025 - Next week: China's GDP estimate, due on Monday.",
            "Monday",
            "2025-10-20",
        ),
        # a year-less month range before a figure
        (
            "Baku, 11 November 2025 - From January to October, 4.1 million tonnes crossed.",
            "January to October",
            "2025-01/2025-10",
        ),
        # a planned month long past in the publication's year is the coming one; a month
        # just past is still reported on
        (
            "Baku, 11 November 2025 - The first 150 wagons will arrive in February.",
            "February",
            "2026-02",
        ),
        ("Baku, 11 November 2025 - Sales will be reported for October.", "October", "2025-10"),
    ],
)
def test_weekdays_and_months_around_publication(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


def test_byline_date_in_a_field_between_bars() -> None:
    text = (
        "Колонка\n\nРашад Гусейнов, экономист | 14 марта 2025 года\n\n"
        "Рабочая группа собиралась в прошлом месяце в Астане."
    )
    assert dates_of(text)["прошлом месяце"] == "2025-02"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the same date last year: the day just told, a year before
        (
            "Bakı, 28 iyul 2025. İyulun 1-nə 22 bank fəaliyyət göstərir. Ötən ilin eyni "
            "tarixində bankların sayı 23 idi.",
            "Ötən ilin eyni tarixində",
            "2024-07-01",
        ),
        (
            "LONDON, 2 July 2025 - On 1 July, 40 banks worked; on the same day last year "
            "there were 43.",
            "same day last year",
            "2024-07-01",
        ),
        (
            "Москва, 2 июля 2025 года. На 1 июля работали 40 банков, на ту же дату прошлого "
            "года — 43.",
            "дату прошлого года",
            "2024-07-01",
        ),
        # "ilin ilk altı ayında" in a dated article: not of a year still to come
        (
            "Bakı, 28 iyul 2025. Qayda 2026-cı il yanvarın 1-dən tətbiq ediləcək.\n\n"
            "İlin ilk altı ayında nağdsız əməliyyatlar 31 milyard manatı ötüb.",
            "İlin ilk altı ayında",
            "2025-01/2025-06",
        ),
        # the month a span starts in
        (
            "Bakı, 28 iyul 2025. Kreditlər yanvardan bəri 1,3 milyard manat artıb.",
            "yanvardan",
            "2025-01",
        ),
        # an adjectival quarter
        (
            "LONDON, 17 October 2025 - China's third-quarter GDP is due on Monday.",
            "third-quarter",
            "2025-07/2025-09",
        ),
    ],
)
def test_same_day_last_year_and_year_parts(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # months over the turn of a year
        (
            "LONDON, 12 March 2025 - This winter, from November to February, we burned "
            "1,450 cubic metres of gas.",
            "November to February",
            "2024-11/2025-02",
        ),
        (
            "Москва, 12 марта 2025 года. С ноября по февраль сожгли 1450 кубометров газа.",
            "ноября по февраль",
            "2024-11/2025-02",
        ),
        # ten days of a month
        (
            "Москва, 12 ноября 2025 года. Вакцинация пройдёт в первой декаде декабря.",
            "первой декаде декабря",
            "2025-12-01/2025-12-10",
        ),
        (
            "Москва, 2 марта 2025 года. В третьей декаде февраля потеплело.",
            "третьей декаде февраля",
            "2025-02-21/2025-02-28",
        ),
        # months to date in a Russian report heading (Cyrillic М, П)
        ("Итоги за 9М 2024 г.: выручка выросла.", "9М 2024 г.", "2024-01/2024-09"),
        ("Итоги за 1П 2025 года: выручка выросла.", "1П 2025 года", "2025-01/2025-06"),
        # a year a figure is for dates the months of its own clause
        (
            "Baku, 3 March 2025 - From 1 July the discount will apply; last year it was "
            "suspended from July to August.",
            "July to August",
            "2024-07/2024-08",
        ),
        # a planned range is ahead only when it ended long before publication
        (
            "Bakı, 19 avqust 2026. Növbəti məlumat (yanvar-avqust) 18 sentyabr tarixində "
            "dərc olunacaq.",
            "yanvar-avqust",
            "2026-01/2026-08",
        ),
    ],
)
def test_month_spans(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("LONDON, 3 March 2025 - He retired two years ago.", "two years ago", "2023"),
        ("LONDON, 3 March 2025 - The line closed 10 years ago.", "10 years ago", "2015"),
        ("Bakı, 3 mart 2025. O, iki il əvvəl təqaüdə çıxıb.", "iki il əvvəl", "2023"),
        ("Москва, 3 марта 2025 года. Он ушёл на пенсию пять лет назад.", "пять лет назад", "2020"),
    ],
)
def test_years_ago_count_back_from_publication(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


def test_years_ago_date_nothing_after_them() -> None:
    text = "LONDON, 3 March 2025 - She left two years ago. She died on 12 February, aged 90."
    assert dates_of(text)["12 February"] == "2025-02-12"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year something has lasted since is not the year of the story around it
        (
            "Баку, 25.05.2025\n\nТренер, руководящий командой с 2008 года, заявил, что клуб "
            "начнёт подготовку 20 июня.",
            "20 июня",
            "2025-06-20",
        ),
        (
            "LONDON, 25 May 2025 - The coach, in charge since 2008, said training starts on "
            "20 June.",
            "20 June",
            "2025-06-20",
        ),
        # a header date between middle dots
        (
            "НАУКА · 14.08.2025 · Автор: Ирина Волкова\n\nРаскопки в 1956–1958 годах. "
            "Нынешний сезон длился с 2 июня по 26 июля.",
            "2 июня по 26 июля",
            "2025-06-02/2025-07-26",
        ),
    ],
)
def test_since_years_and_dotted_headers(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a dateline naming two places
        (
            "ASHGABAT/BAKU, March 4 (Caspian Wire) - The two countries on Wednesday signed a "
            "pipeline deal, the first energy deal they have signed in 2026.",
            "Wednesday",
            "2026-03-04",
        ),
        # a planned deadline months back in the calendar is the coming one
        (
            "LONDON, 3 March 2026 - A study will be completed by Dec. 1.",
            "Dec. 1",
            "2026-12-01",
        ),
    ],
)
def test_two_place_datelines_and_planned_deadlines(text: str, span: str, value: str) -> None:
    assert dates_of(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A Parliament on the Caspian by Helen Argyle. Meridian Press, 2024. 412 pp.", "2024"),
        ("Книга вышла: Издательство «Наука», 2019. 300 с.", "2019"),
    ],
)
def test_imprint_years(text: str, span: str) -> None:
    claims = {c.text: c for c in claims_of(text) if c.kind == "date"}
    assert (claims[span].value, claims[span].role) == (span, "other")
