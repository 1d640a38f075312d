"""Build dates_blind.jsonl / quantities_blind.jsonl from the hand annotations below.

Each row names its exact text and, where the text is not unique, a unique anchor that
contains it; the builder computes ``occurrence`` exactly as bench/score_extraction.py
counts it (overlapping ``str.find``) and fails loudly on any text that is not found.
Run: ``python bench/gold/blind/make_gold.py`` (rewrites the two JSONL files).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"

DATES: list[dict] = []
NUMS: list[dict] = []
ERRORS: list[str] = []
_file = ""


def F(name: str) -> None:
    global _file
    _file = name


def D(text, value, prec, role, anchor=None, doubtful=False, note=None):
    r = {"file": _file, "text": text, "anchor": anchor, "value": value,
         "precision": prec, "role": role}  # fmt: skip
    if doubtful:
        r["doubtful"] = True
    if note:
        r["note"] = note
    DATES.append(r)


def Q(text, kind, value, unit, qual="exact", mod="actual", anchor=None, frm=None,
      doubtful=False, note=None):  # fmt: skip
    r = {"file": _file, "text": text, "anchor": anchor, "kind": kind, "value": value}
    if frm is not None:
        r["from"] = frm
    r.update(unit=unit, qualifier=qual, modality=mod)
    if doubtful:
        r["doubtful"] = True
    if note:
        r["note"] = note
    NUMS.append(r)


# ---------------------------------------------------------------- az_xeber_liman (wire)
F("az_xeber_liman.txt")  # published 12 March 2025
D("12 mart 2025-ci il", "2025-03-12", "day", "publication")
D("ötən il", "2024", "year", "period", anchor="limanı ötən il rekord")
D("2024-cü ildə", "2024", "year", "period")
D(
    "bir il əvvəlki",
    "2023",
    "year",
    "period",
    doubtful=True,
    note="'the year before' (2024) — relative, and also reads as a 1-year offset",
)
D("martın 11-də", "2025-03-11", "day", "event", note="year from the dateline")
D("2023-cü ildə", "2023", "year", "period", anchor="2023-cü ildə limandan")
D("ötən il", "2024", "year", "period", anchor="ötən il bu rəqəm")
D("Ötən ilin sonunda", "2024", "year", "event", note="end of last year; year precision")
D("2021-ci ilin yanvarında", "2021-01", "month", "event")
D("2022-ci illə", "2022", "year", "period")
D("2019-cu ildə", "2019", "year", "period")
D("Cari ilin birinci rübündə", "2025-01/2025-03", "month", "period")
D("Yanvar-fevral aylarında", "2025-01/2025-02", "month", "period")
D("2024-cü il oktyabrın 3-də", "2024-10-03", "day", "event")
D("2026-cı ilə qədər", "2026", "year", "period")
D(
    "yay aylarında",
    "2025-06/2025-08",
    "month",
    "period",
    doubtful=True,
    note="'in the summer months' — season, year from context",
)
D("ötən il", "2024", "year", "period", anchor="ötən il 500 milyon")
D("ötən ilin may ayında", "2024-05", "month", "event")
D("2030-cu ilədək", "2030", "year", "period")
D("2025-ci il", "2025", "year", "period", anchor="2025-ci il üçün")
D("may ayının sonunadək", "2025-05", "month", "event", note="year from context (2025 programme)")
D("ötən il", "2024", "year", "period", anchor="ötən il 42 min")
D("2023-cü ildəkindən", "2023", "year", "period")
D("2025-ci ilin ikinci yarısında", "2025-07/2025-12", "month", "period")

Q("7,1 milyon ton", "quantity", 7.1e6, "t")
Q("9,4 faiz", "percent", 9.4, "%")
Q(
    "bir il",
    "duration",
    1,
    "year",
    anchor="bir il əvvəlki",
    doubtful=True,
    note="part of the relative date 'the year before'",
)
Q("48 min TEU", "quantity", 48000, "container")
Q("62,5 min TEU-ya", "quantity", 62500, "container")
Q("72 saatdan 36 saata qədər", "duration", 36, "hour", frm=72)
Q("15 milyon tondur", "quantity", 15e6, "t")
Q("25 milyon tona", "quantity", 25e6, "t", mod="planned", anchor="25 milyon tona çatdırılması")
Q("təxminən 1,2 mlrd manat", "money", 1.2e9, "AZN", "approx")
Q("40 faizini", "percent", 40, "%", mod="planned")
Q("12 min ton", "quantity", 12000, "t")
Q("1 400 nəfər", "count", 1400, "people")
Q("yüz nəfərə yaxını", "count", 100, "people", "approx")
Q("310 blok-qatar", "count", 310, "train")
Q("2,5 dəfə", "multiplier", 2.5, "times")
Q("18 gün", "duration", 18, "day", "approx")
Q("25-30 gün", "duration", [25, 30], "day")
Q("15-20 faiz", "percent", [15, 20], "%", mod="forecast")
Q("1,08 milyon ton", "quantity", 1.08e6, "t")
Q("100 min TEU-ya", "quantity", 100000, "container", mod="target")
Q("iki liman", "count", 2, "ports", doubtful=True, note="number word, trivial count")
Q("4 bərə reysi", "count", 4, "trips")
Q("altıya", "count", 6, "trips", mod="planned")
Q("500 milyon dolları ötüb", "money", 5e8, "USD", "more-than")
Q("1 milyon tondan 5 milyon tona qədər", "quantity", 5e6, "t", frm=1e6)
Q("826 kilometrdir", "quantity", 826, "km")
Q("504 kilometri", "quantity", 504, "km")
Q("10-11 milyon tona", "quantity", [10e6, 11e6], "t", mod="forecast")
Q("iki dəfə", "multiplier", 2, "times", mod="forecast")
Q("230 milyon manat", "money", 2.3e8, "AZN", mod="planned")
Q("6 yeni portal kran", "count", 6, "cranes", mod="planned")
Q("3 anbarın", "count", 3, "warehouses", mod="planned")
Q("42 min sərnişin", "count", 42000, "passengers")
Q("dörddə bir", "percent", 25, "%", doubtful=True, note="fraction word 'a quarter'")
Q("30-dan çox", "count", 30, "people", "more-than")

# ---------------------------------------------------- az_meqale_merkezi_asiya (academic, PDF)
F("az_meqale_merkezi_asiya.txt")  # journal issue 2024, №2
D("2024", "2024", "year", "publication", anchor="TƏDQİQATLAR, 2024")
D("2019–2023-cü illərdə", "2019/2023", "year", "period")
D("2022-ci ildən", "2022", "year", "period")
D("1990-cı illərin əvvəllərində", "1990/1993", "decade", "period")
D("1998-ci ildə", "1998", "year", "event")
D("2022-ci ilin fevralından", "2022-02", "month", "event")
D("2022-ci ildə", "2022", "year", "period", anchor="2022-ci ildə\nmarşrut")
D("2023-cü ildə", "2023", "year", "period", anchor="2023-cü ildə bu rəqəm")
D("2019-cu ildə", "2019", "year", "period")
D("2023-cü ildə", "2023", "year", "period", anchor="2023-cü ildə isə")
D("2022-ci il dekabrın 14-də", "2022-12-14", "day", "event")
D("həmin\nil", "2022", "year", "period", note="'that year' = 2022, the year of the summit")
D("2024-cü ilin ilk səkkiz ayında", "2024-01/2024-08", "month", "period")
D(
    "2024",
    "2024",
    "year",
    "publication",
    anchor="Tədqiqatlar, 2024, №2",
    doubtful=True,
    note="running page footer",
)
D("2023-cü\nil sen-\ntyabrın 14-də", "2023-09-14", "day", "event", note="PDF hyphenation")
D("2024-cü ilin sonunadək", "2024", "year", "period")
D("2030-cu ildə", "2030", "year", "period")
D("2019-2023-cü illər", "2019/2023", "year", "period")
D("1991–2003", "1991/2003", "year", "other", doubtful=True, note="period inside a cited book title")
D("2005", "2005", "year", "reference-entry")
D("2023", "2023", "year", "reference-entry", anchor="Bakı, 2023.")
D("2024", "2024", "year", "reference-entry", anchor="Astana, 2024.")
D("03.04.2024", "2024-04-03", "day", "reference-entry")
D("14 dekabr 2022", "2022-12-14", "day", "reference-entry")
D("31 avqust 2024", "2024-08-31", "day", "reference-entry")
D("2024", "2024", "year", "reference-entry", anchor="2024, № 1")
D(
    "2030",
    "2030",
    "year",
    "other",
    anchor="strategiyası – 2030",
    doubtful=True,
    note="year in a cited document title",
)
D("2023", "2023", "year", "reference-entry", anchor="2023, №4")

Q("təxminən iki dəfə", "multiplier", 2, "times", "approx")
Q("12 dövlət", "count", 12, "countries")
Q("14-ə", "count", 14, "participants")
Q("Son on ildə", "duration", 10, "year")
Q("1,5 milyon ton", "quantity", 1.5e6, "t")
Q("2,76 milyon tona", "quantity", 2.76e6, "t")
Q("283 milyon ABŞ dolları", "money", 2.83e8, "USD")
Q("512,4 milyon ABŞ dolları", "money", 5.124e8, "USD")
Q("80 milyon dollardan 236 milyon dolla-\nra qədər", "money", 2.36e8, "USD", frm=8e7)
Q("beş dəfə", "multiplier", 5, "times")
Q("beş ölkəsinin", "count", 5, "countries")
Q("40-dan\nartıq", "count", 40, "documents", "more-than")
Q("500 milyon dollar", "money", 5e8, "USD")
Q("250 milyon dollar", "money", 2.5e8, "USD")
Q("35 layihəyə qədər", "count", 35, "projects", "up-to", "target")
Q("1,7 milyard dollar", "money", 1.7e9, "USD", "approx")
Q("15 milyon tondan 25 mil-\nyon tona qədər", "quantity", 25e6, "t", mod="planned", frm=15e6)
Q("4 milyon ton", "quantity", 4e6, "t", mod="planned")
Q("10 mil-\nyon tonu", "quantity", 1e7, "t", "more-than", "forecast")
Q("2–3 də-\nfə", "multiplier", [2, 3], "times")
Q("51 gəmisindən", "count", 51, "ships")
Q("13-ü", "count", 13, "ships")
Q("üçdə biri", "percent", 33.3, "%", doubtful=True, note="fraction word 'a third'")
Q("beş-altı ildə", "duration", [5, 6], "year", mod="forecast")
Q("ən azı iki dəfə", "multiplier", 2, "times", "at-least", "target")
Q(
    "25 il",
    "quantity",
    25,
    "years",
    anchor="TRACECA: 25 il",
    doubtful=True,
    note="anniversary inside a cited title",
)

# ------------------------------------------------------------ az_musahibe_budce (interview)
F("az_musahibe_budce.txt")  # recorded 18 February 2025
D("2025-ci il", "2025", "year", "period", anchor="2025-ci il üçün")
D("2020-ci ildə", "2020", "year", "period")
D("ilin əvvəlindən", "2025", "year", "period", doubtful=True, note="'since the start of the year'")
D("ötən ilin sonunda", "2024", "year", "event")
D("2022-ci ildə", "2022", "year", "period")
D("dekabrın sonunda", "2025-12", "month", "period", note="forecast for end of current year")
D("2026-cı ilə qədər", "2026", "year", "period")
D("Ötən il", "2024", "year", "period", anchor="Ötən il bu rəqəm")
D("Ötən il", "2024", "year", "period", anchor="Ötən il Özbəkistanla")
D("Keçən il", "2024", "year", "period")
D("2023-cü ildə", "2023", "year", "period")
D("2021–2024-cü illərdə", "2021/2024", "year", "period")
D("Cari ildə", "2025", "year", "period")
D("2026-cı ilin sonuna qədər", "2026", "year", "period")
D("2017-ci ildən", "2017", "year", "period")
D("2025-ci il fevralın 18-də", "2025-02-18", "day", "publication")

Q("beş ilə", "duration", 5, "year", mod="forecast")
Q("ikiqat", "multiplier", 2, "times", mod="forecast", anchor='ikiqat arta bilər"')
Q("34,6 milyard manat", "money", 34.6e9, "AZN", mod="planned")
Q("39,8 milyard manat", "money", 39.8e9, "AZN", mod="planned")
Q("təxminən 3 faizi", "percent", 3, "%", "approx")
Q("6,5 faizinə qədər", "percent", 6.5, "%", "up-to")
Q("bir barel", "count", 1, "barrel", doubtful=True, note="unit of a price ('per barrel')")
Q("70 dollar", "money", 70, "USD", anchor="70 dollar qiymətə")
Q("72–78 dollar", "money", [72, 78], "USD")
Q("7,25 faizdə", "percent", 7.25, "%")
Q("4 ± 2 faizin", "percent", [2, 6], "%", doubtful=True, note="target corridor written 4 ± 2")
Q("13,9 faizə", "percent", 13.9, "%")
Q("5 faizdən bir qədər yuxarı", "percent", 5, "%", "more-than", "forecast")
Q("5 milyard dollara", "money", 5e9, "USD", mod="target")
Q("3,3 milyard dollar", "money", 3.3e9, "USD")
Q("iki ildə", "duration", 2, "year", mod="forecast", anchor="qalan iki ildə")
Q("50 faizdən çox", "percent", 50, "%", "more-than")
Q("beş il ərzində", "duration", 5, "year", mod="forecast")
Q("ikiqat", "multiplier", 2, "times", mod="forecast", anchor="ikiqat arta bilər.")
Q("1,5 dəfə", "multiplier", 1.5, "times")
Q("bir milyard dollara", "money", 1e9, "USD", mod="target")
Q("səksən milyondan çox", "count", 80e6, "people", "more-than")
Q("10,2 milyon nəfər", "count", 10.2e6, "people")
Q("1,6 milyon nəfər", "count", 1.6e6, "people")
Q("üçdə birindən çoxu", "percent", 33.3, "%", "more-than", doubtful=True, note="fraction word")
Q("6 faiz civarındadır", "percent", 6, "%", "approx")
Q("270 min tondan 340 min tona", "quantity", 340000, "t", frm=270000)
Q("təxminən 180 milyon dollar", "money", 1.8e8, "USD", "approx")
Q("yüz min yeni iş yeri", "count", 100000, "jobs", mod="planned")
Q("ən azı 2 mlrd AZN", "money", 2e9, "AZN", "at-least", "target")
Q("təxminən 15 milyard manat", "money", 15e9, "AZN", "approx")
Q("3,9 milyard manat", "money", 3.9e9, "AZN", mod="planned")
Q("34 min ailənin", "count", 34000, "families", mod="planned")
Q("10 mindən artıq insan", "count", 10000, "people", "more-than")
Q("1 dollar", "money", 1, "USD", doubtful=True, note="base of an exchange rate")
Q("1,70 manata", "money", 1.7, "AZN")
Q("bir-iki ildə", "duration", [1, 2], "year", doubtful=True, note="vague 'a year or two'")
Q("70 milyard dolları ötür", "money", 70e9, "USD", "more-than")
Q("təxminən 30 ayını", "duration", 30, "month", "approx")

# ---------------------------------------------------------------- en_wire_caspian (wire)
F("en_wire_caspian.txt")  # published 5 March 2025 (a Wednesday)
D("05.03.2025", "2025-03-05", "day", "publication")
D("March 5", "2025-03-05", "day", "publication", note="dateline; year from the timestamp")
D("Wednesday", "2025-03-05", "day", "event", doubtful=True, note="weekday resolved by dateline")
D("2027", "2027", "year", "period", anchor="by 2027")
D("last year", "2024", "year", "period", anchor="last year's level")
D("Tuesday", "2025-03-04", "day", "event", doubtful=True, note="weekday resolved by dateline")
D("mid-2023", "2023", "year", "period")
D("2024", "2024", "year", "period", anchor="tonnes in 2024")
D("a year earlier", "2023", "year", "period", doubtful=True, note="relative to 2024")
D("the end of the decade", "2029", "year", "period", doubtful=True, note="vague")
D("this year", "2025", "year", "period")
D("2024", "2024", "year", "period", anchor="$497.4 million in 2024")
D("2023", "2023", "year", "period", anchor="$463 million in 2023")
D("January-February", "2025-01/2025-02", "month", "period")
D("5th of March last year", "2024-03-05", "day", "event")
D("Q3 2025", "2025-07/2025-09", "month", "period")
D("last year", "2024", "year", "period", anchor="cargo last year")
D("May 2024", "2024-05", "month", "event")
D("2023", "2023", "year", "period", anchor="Since 2023")
D("second half of 2024", "2024-07/2024-12", "month", "period")
D("March 4", "2025-03-04", "day", "event")
D("first quarter of 2026", "2026-01/2026-03", "month", "period")
D("April 14-15", "2025-04-14/2025-04-15", "day", "event")
D("October 2024", "2024-10", "month", "event")
D("Feb. 26", "2025-02-26", "day", "event")
D("2022", "2022", "year", "event", anchor="began in 2022")

Q("quadruple", "multiplier", 4, "times", mod="target", doubtful=True, note="verb 'quadruple'")
Q("200,000 TEU", "quantity", 200000, "container", mod="target")
Q("almost four times", "multiplier", 4, "times", "approx", "target")
Q("11 documents", "count", 11, "documents")
Q("about $1.2bn", "money", 1.2e9, "USD", "approx", "planned")
Q("five years", "duration", 5, "year", mod="planned")
Q("two-day", "duration", 2, "day")
Q("4.5 million tonnes", "quantity", 4.5e6, "t")
Q("62%", "percent", 62, "%")
Q(
    "56,500 TEU from 33,600 TEU",
    "quantity",
    56500,
    "container",
    frm=33600,
    note="'rose to Y from X' is a from→to change",
)
Q("10 million tonnes", "quantity", 1e7, "t", mod="target")
Q("20-25%", "percent", [20, 25], "%", mod="forecast")
Q(
    "$497.4 million in 2024, up from $463 million",
    "money",
    4.974e8,
    "USD",
    frm=4.63e8,
    note="'Y, up from X' is a from→to change",
)
Q("$86 million", "money", 8.6e7, "USD")
Q("two leaders", "count", 2, "people", doubtful=True, note="number word, trivial count")
Q("$1 billion", "money", 1e9, "USD", mod="target")
Q("some 38,000 trucks", "count", 38000, "trucks", "approx")
Q("three more vessels", "count", 3, "ships", mod="planned")
Q("7.1 mln tonnes", "quantity", 7.1e6, "t")
Q("15 million to 25 million tonnes", "quantity", 25e6, "t", mod="planned", frm=15e6)
Q("5 million tonnes", "quantity", 5e6, "t", anchor="5 million tonnes annually")
Q("five times", "multiplier", 5, "times")
Q("about 20 million people", "count", 2e7, "people", "approx")
Q("roughly 1.5 million barrels", "quantity", 1.5e6, "barrel", "approx")
Q("doubled", "multiplier", 2, "times", doubtful=True, note="verb 'doubled'")
Q("around 1.4 million tonnes", "quantity", 1.4e6, "t", "approx")
Q("45 hectares", "quantity", 45, "ha", mod="planned")
Q("100,000 tonnes", "quantity", 100000, "t", mod="planned")
Q("18 months", "duration", 18, "month", mod="planned")
Q("350 people", "count", 350, "people", mod="forecast")
Q("five Central Asian states", "count", 5, "countries")
Q("six countries", "count", 6, "countries")
Q("32 joint projects", "count", 32, "projects")
Q("$3.8 billion", "money", 3.8e9, "USD")
Q("a week", "duration", 1, "week", doubtful=True, note="'a week after' — article as number")
Q("under 2% to nearly 8%", "percent", 8, "%", "approx", frm=2)

# ------------------------------------------------------- en_paper_connectivity (academic, PDF)
F("en_paper_connectivity.txt")  # journal issue 2024
D("2024", "2024", "year", "publication", anchor="No. 3 (2024)")
D("2010-2023", "2010/2023", "year", "period", anchor="Asia, 2010-2023")
D("2010s", "2010/2019", "decade", "period")
D("early\n2020s", "2020/2023", "decade", "period")
D("2010-2023", "2010/2023", "year", "period", anchor="data for 2010-2023")
D("2022", "2022", "year", "period", anchor="until 2022")
D("mid-2000s", "2004/2006", "decade", "period", doubtful=True, note="vague 'mid-decade'")
D("2019", "2019", "year", "citation-year", anchor="Karimov, 2019")
D("2023", "2023", "year", "citation-year", anchor="World Bank, 2023")
D("30 October 2017", "2017-10-30", "day", "event")
D("2018", "2018", "year", "citation-year", anchor="ADB, 2018")
D("February 2022", "2022-02", "month", "event")
D("2021", "2021", "year", "period", anchor="12 in 2021")
D("2023", "2023", "year", "period", anchor="90 in 2023")
D("2024", "2024", "year", "citation-year", anchor="(Mammadov, 2024a)")
D("January 2010 to December 2023", "2010-01/2023-12", "month", "period")
D("2010", "2010", "year", "period", anchor="billion in 2010")
D("2023", "2023", "year", "period", anchor="billion in 2023")
D("2014-2016", "2014/2016", "year", "period")
D("second half of 2017", "2017-07/2017-12", "month", "period")
D("2023", "2023", "year", "period", anchor="2.76 million tonnes in 2023")
D("a year earlier", "2022", "year", "period", doubtful=True, note="relative to 2023")
D("2021", "2021", "year", "period", anchor="0.8 million tonnes in 2021")
D("2024", "2024", "year", "citation-year", anchor="TITR Association, 2024")
D("2027", "2027", "year", "period", anchor="by 2027")
D("23 November 2022", "2022-11-23", "day", "event")
D("2024", "2024", "year", "citation-year", anchor="(Mammadov, 2024b")
D("early 2022", "2022", "year", "period", doubtful=True, note="vague 'early 2022'")
D("late 2023", "2023", "year", "period", doubtful=True, note="vague 'late 2023'")
D("2010", "2010", "year", "citation-year", anchor="et al. (2010)")
D("between 2017 and 2021", "2017/2021", "year", "period")
D("2022", "2022", "year", "event", anchor="rerouting\nafter 2022")
D("2018", "2018", "year", "reference-entry", anchor="ADB (2018)")
D("12 March 2024", "2024-03-12", "day", "reference-entry")
D("2019", "2019", "year", "reference-entry", anchor="Karimov, S. (2019)")
D("2010", "2010", "year", "reference-entry", anchor="Pham, C.S. (2010)")
D("2024", "2024", "year", "reference-entry", anchor="Mammadov, E. (2024a)")
D(
    "2022",
    "2022",
    "year",
    "other",
    anchor="Corridor after 2022'",
    doubtful=True,
    note="year inside a cited title",
)
D("2024", "2024", "year", "reference-entry", anchor="Mammadov, E. (2024b)")
D("2022-2027", "2022/2027", "year", "other", doubtful=True, note="period inside a cited title")
D("2024", "2024", "year", "reference-entry", anchor="TITR Association (2024)")
D("15 January", "2024-01-15", "day", "reference-entry", note="year from the entry's (2024)")
D("2023", "2023", "year", "reference-entry", anchor="World Bank (2023)")

Q("five Central Asian republics", "count", 5, "countries")
Q("roughly threefold", "multiplier", 3, "times", "approx")
Q("30 per cent", "percent", 30, "%", "less-than")
Q("1 million tonnes per year", "quantity", 1e6, "t")
Q("6.5 million tonnes", "quantity", 6.5e6, "t", mod="planned")
Q("fewer than 300,000 tonnes", "quantity", 300000, "t", "less-than")
Q("twelve months", "duration", 12, "month")
Q("2.5 times", "multiplier", 2.5, "times")
Q("from 12 in 2021 to more than 90", "count", 90, "trains", "more-than", frm=12)
Q("18%", "percent", 18, "%")
Q("43%", "percent", 43, "%")
Q("168\nmonths", "count", 168, "months", doubtful=True, note="sample size n = 168")
Q("six countries", "count", 6, "countries")
Q("USD 100,000", "money", 100000, "USD", "less-than")
Q("about 4%", "percent", 4, "%", "approx")
Q("0.5%", "percent", 0.5, "%", "less-than")
Q("$1.9 billion in 2010 to $5.6\nbillion", "money", 5.6e9, "USD", frm=1.9e9)
Q("Central Asian five", "count", 5, "countries", doubtful=True, note="'the Central Asian five'")
Q("nearly half", "percent", 50, "%", "approx", doubtful=True, note="fraction word")
Q("from 31 to 17 percent", "percent", 17, "%", frm=31)
Q("by a quarter", "percent", 25, "%", doubtful=True, note="fraction word")
Q("2.76 million tonnes", "quantity", 2.76e6, "t")
Q("1.5 million tonnes", "quantity", 1.5e6, "t")
Q("roughly 0.8 million tonnes", "quantity", 0.8e6, "t", "approx")
Q("10 mil-\nlion tonnes", "quantity", 1e7, "t", mod="planned", note="PDF hyphenation")
Q("38-53 days in early 2022 to 18-23 days", "duration", [18, 23], "day", frm=[38, 53])
Q("about 1.3%", "percent", 1.3, "%", "approx")
Q("1% per day", "percent", 1, "%")
Q("98 countries", "count", 98, "countries")
Q("Three lessons", "count", 3, "lessons", doubtful=True, note="number word, discourse count")
Q("less than a fifth", "percent", 20, "%", "less-than", doubtful=True, note="fraction word")
Q("a decade", "duration", 10, "year", doubtful=True, note="'a decade of summits'")
Q("roughly 50 ferries", "count", 50, "ships", "approx")
Q("double", "multiplier", 2, "times", anchor="cannot double", doubtful=True, note="verb")
Q("24-30 months", "duration", [24, 30], "month")

# ---------------------------------------------------------- en_opinion_caspian (op-ed)
F("en_opinion_caspian.txt")  # published 28 January 2025
D("2030s", "2030/2039", "decade", "period", anchor="the 2030s")
D("28 January 2025", "2025-01-28", "day", "publication")
D("summer of 2012", "2012-06/2012-08", "month", "event", doubtful=True, note="season")
D("Last autumn", "2024-09/2024-11", "month", "event", doubtful=True, note="relative season")
D("2010s", "2010/2019", "decade", "period")
D("early 2020s", "2020/2023", "decade", "period")
D("last year", "2024", "year", "period")
D("2022", "2022", "year", "event", anchor="sanctions of 2022")
D("2027", "2027", "year", "period", anchor="by 2027")
D("2025", "2025", "year", "period", anchor="in 2025 -")
D("2016", "2016", "year", "event")
D("late 2020s", "2027/2029", "decade", "period", doubtful=True, note="vague 'late 2020s'")
D("2023", "2023", "year", "period", anchor="Red Bridge in 2023")
D("2019", "2019", "year", "period", anchor="the 2019 figure")
D("2021", "2021", "year", "period", anchor="since 2021")
D("September 2024", "2024-09", "month", "event")
D("2023", "2023", "year", "period", anchor="first time in 2023")
D("early 2022", "2022", "year", "period", doubtful=True, note="vague 'early 2022'")
D("February 2022", "2022-02", "month", "event")
D("2025-2027", "2025/2027", "year", "period")
D("early 2030s", "2030/2033", "decade", "period")
D("this spring", "2025-03/2025-05", "month", "event", doubtful=True, note="relative season")
D("2022", "2022", "year", "period", anchor="corridor since 2022")
D("1991-2021", "1991/2021", "year", "other", doubtful=True, note="period in a book title")
D("2023", "2023", "year", "event", anchor="appeared in 2023")

Q("three days", "duration", 3, "day")
Q("two of them", "count", 2, "days", doubtful=True, note="number word, partitive")
Q("19 hours", "duration", 19, "hour")
Q("about 4.5m tonnes", "quantity", 4.5e6, "t", "approx")
Q("well over 20 times", "multiplier", 20, "times", "more-than")
Q("10 million tonnes", "quantity", 1e7, "t", mod="target")
Q("$18.5bn", "money", 18.5e9, "USD", mod="forecast")
Q("the next decade", "duration", 10, "year", doubtful=True, note="'over the next decade'")
Q("less than a third", "percent", 33.3, "%", "less-than", doubtful=True, note="fraction word")
Q("2.1 billion manats", "money", 2.1e9, "AZN", mod="planned")
Q("roughly 6%", "percent", 6, "%", "approx")
Q("fewer than 60 vessels", "count", 60, "ships", "less-than")
Q("about a quarter", "percent", 25, "%", "approx", doubtful=True, note="fraction word")
Q("over 30 years", "duration", 30, "year", "more-than")
Q("24 to 30 months", "duration", [24, 30], "month")
Q("around $60-70 million", "money", [6e7, 7e7], "USD", "approx")
Q("twice the present size", "multiplier", 2, "times", doubtful=True, note="number word")
Q("A hundred and twenty thousand trucks", "count", 120000, "trucks")
Q("almost twice", "multiplier", 2, "times", "approx")
Q("48 hours", "duration", 48, "hour", "more-than")
Q("a few dozen officers", "count", [24, 60], "people", "approx", doubtful=True, note="vague")
Q("15 percent a year", "percent", 15, "%", mod="forecast")
Q("four years", "duration", 4, "year")
Q("the previous fifteen", "duration", 15, "year", doubtful=True, note="elided noun 'years'")
Q("5 million tonnes a year", "quantity", 5e6, "t")
Q("7.1 million tonnes", "quantity", 7.1e6, "t")
Q("$1bn", "money", 1e9, "USD", "more-than")
Q(
    "some 1,200 trucks a month across the Caspian, up from barely 300",
    "count",
    1200,
    "trucks",
    "approx",
    frm=300,
    note="'Y, up from X' is a from→to change",
)
Q("three concrete numbers", "count", 3, "numbers", doubtful=True, note="discourse count")
Q("12 hours", "duration", 12, "hour", "up-to", "target")
Q("6 presidents", "count", 6, "people", mod="forecast")
Q("200 journalists", "count", 200, "people", mod="forecast")

# ---------------------------------------------------------------- ru_lenta_torgovlya (wire)
F("ru_lenta_torgovlya.txt")  # published 5 March 2025 (a Wednesday)
D("05.03.2025", "2025-03-05", "day", "publication")
D("2024 году", "2024", "year", "period", anchor="России в 2024 году вырос")
D("5 марта", "2025-03-05", "day", "publication", anchor="БАКУ, 5 марта")
D("2024 года", "2024", "year", "period", anchor="итогам 2024 года")
D("среду", "2025-03-05", "day", "event", doubtful=True, note="weekday resolved by dateline")
D("январе–феврале текущего года", "2025-01/2025-02", "month", "period")
D(
    "аналогичный период прошлого года",
    "2024-01/2024-02",
    "month",
    "period",
    doubtful=True,
    note="'the same period last year'",
)
D("2027 году", "2027", "year", "period")
D("4–5 марта", "2025-03-04/2025-03-05", "day", "event")
D("2024 году", "2024", "year", "period", anchor="2024 году пропустил")
D("годом ранее", "2023", "year", "period", doubtful=True, note="'a year earlier'")
D("2019–2021 годах", "2019/2021", "year", "period")
D("2030 году", "2030", "year", "period")
D("2022 год", "2022", "year", "period")
D("прошлом году", "2024", "year", "period")
D("1995 года", "1995", "year", "period")
D("десять лет назад", "2015", "year", "period", doubtful=True, note="'ten years ago'")
D("2024 год", "2024", "year", "period", anchor="за 2024 год выросло")
D("середине апреля", "2025-04", "month", "event")
D("22 апреля 2024 года", "2024-04-22", "day", "event")
D("осень 2025 года", "2025-09/2025-11", "month", "event", doubtful=True, note="season")
D("марте 2021 года", "2021-03", "month", "event")
D("2021–2025 годы", "2021/2025", "year", "period")
D("началу этого года", "2025", "year", "period", doubtful=True, note="'by the start of this year'")

Q("4,8 млрд долларов", "money", 4.8e9, "USD", anchor="до 4,8 млрд долларов\n")
Q("7,6%", "percent", 7.6, "%")
Q("4,8 млрд долларов", "money", 4.8e9, "USD", anchor="составил 4,8 млрд долларов")
Q("760 млн долларов", "money", 7.6e8, "USD")
Q("почти на четверть", "percent", 25, "%", "approx", doubtful=True, note="fraction word")
Q("6 млрд долларов", "money", 6e9, "USD", mod="target", anchor="до 6 млрд долларов")
Q("14 документов", "count", 14, "documents")
Q("7,2 млн тонн", "quantity", 7.2e6, "t")
Q("5,9 млн тонн", "quantity", 5.9e6, "t")
Q("4–5 млн тонн", "quantity", [4e6, 5e6], "t")
Q("15 до 30 млн тонн", "quantity", 3e7, "t", mod="planned", frm=1.5e7)
Q("162 км", "quantity", 162, "km", mod="planned")
Q("1,6 млрд евро", "money", 1.6e9, "EUR", "approx")
Q("200 зерновозов", "count", 200, "wagons", mod="planned")
Q("около полутора тысяч тонн", "quantity", 1500, "t", "approx", "planned")
Q("1,2 млн тонн", "quantity", 1.2e6, "t")
Q("1,35 млн тонн", "quantity", 1.35e6, "t")
Q("6,5 млрд долларов", "money", 6.5e9, "USD", "more-than")
Q("более 1,2 тыс. компаний", "count", 1200, "companies", "more-than")
Q("двести", "count", 200, "companies")
Q("свыше 1,5 млрд долларов", "money", 1.5e9, "USD", "more-than")
Q("около 150 тыс. человек", "count", 150000, "people", "approx")
Q("12 тысяч студентов", "count", 12000, "students")
Q("двух российских университетов", "count", 2, "universities")
Q("18,5 процента", "percent", 18.5, "%")
Q("десять лет", "duration", 10, "year", doubtful=True, note="part of 'ten years ago'")
Q("15%", "percent", 15, "%", "up-to")
Q("в полтора раза", "multiplier", 1.5, "times")
Q("с 96 до 144", "count", 144, "flights", frm=96)
Q("более 300 компаний", "count", 300, "companies", "more-than")
Q("40 регионов", "count", 40, "regions")
Q("двух стран", "count", 2, "countries", doubtful=True, note="number word, trivial count")
Q("27 пунктов", "count", 27, "items")
Q("40 совместных проектов", "count", 40, "projects", mod="planned")
Q("около 70%", "percent", 70, "%", "approx")

# -------------------------------------------------------- ru_statya_tmtm (academic, PDF)
F("ru_statya_tmtm.txt")  # journal issue 2025, № 1
D("2017–2024 гг.", "2017/2024", "year", "period", anchor="АЗИИ (2017–2024 гг.)")
D("2021–2023 гг.", "2021/2023", "year", "period")
D("декабре 1991 г.", "1991-12", "month", "event")
D("1990-е годы", "1990/1999", "decade", "period")
D(
    "второй половине\n2010-х годов",
    "2015/2019",
    "decade",
    "period",
    doubtful=True,
    note="'second half of the 2010s'",
)
D("30 октября 2017 г.", "2017-10-30", "day", "event")
D("2018 г.", "2018", "year", "event")
D("2022 г.", "2022", "year", "period", anchor="на 2022 г.")
D("2022 году", "2022", "year", "period")
D("2023 году", "2023", "year", "period")
D("2021 г.", "2021", "year", "period", anchor="в\n2021 г. объем")
D("девяти\nмесяцев 2024 года", "2024-01/2024-09", "month", "period")
D("концу года", "2024", "year", "period", doubtful=True, note="'by the end of the year' (2024)")
D(
    "2025",
    "2025",
    "year",
    "publication",
    anchor="Экономика. 2025.",
    doubtful=True,
    note="running page footer",
)
D("2020 г.", "2020", "year", "period", anchor="2020 г.\nдо")
D("2024 г.", "2024", "year", "period", anchor="ДФЭ в 2024 г.")
D("2023 г.", "2023", "year", "period", anchor="в 2023 г. достигло")
D("тремя годами ранее", "2020", "year", "period", doubtful=True, note="'three years earlier'")
D("2030 г.", "2030", "year", "period")
D("2023 г.", "2023", "year", "period", anchor="в 2023 г.\nсоставил")
D("2017 г.", "2017", "year", "period", anchor="уровня 2017 г.")
D("2021 г.", "2021", "year", "event", anchor="в 2021 г. был")
D("2017–2024 гг.", "2017/2024", "year", "period", anchor="в 2017–2024 гг. ТМТМ")
D("2008", "2008", "year", "reference-entry")
D("2020", "2020", "year", "reference-entry", anchor="– 2020. –")
D(
    "2023 год",
    "2023",
    "year",
    "other",
    anchor="за 2023 год",
    doubtful=True,
    note="year inside a cited report title",
)
D("2024", "2024", "year", "reference-entry", anchor="Астана, 2024")
D("15.02.2025", "2025-02-15", "day", "reference-entry")
D("2024", "2024", "year", "reference-entry", anchor="– 2024. – Т. 27")
D("2023", "2023", "year", "reference-entry", anchor="Washington, 2023")
D("2024", "2024", "year", "reference-entry", anchor="Баку, 2024")

Q("более чем втрое", "multiplier", 3, "times", "more-than")
Q("40%", "percent", 40, "%", "up-to")
Q("пятью государствами", "count", 5, "countries")
Q("100–150 млн долларов", "money", [1e8, 1.5e8], "USD", "up-to")
Q("1,5 млн тонн", "quantity", 1.5e6, "t")
Q("2,76 млн т", "quantity", 2.76e6, "t")
Q("84%", "percent", 84, "%")
Q("около 840 тыс. тонн", "quantity", 840000, "t", "approx")
Q("3,4 млн т", "quantity", 3.4e6, "t")
Q("4,2 млн т", "quantity", 4.2e6, "t", "more-than")
Q("3 тыс. ДФЭ в 2020 г.\nдо 56,5 тыс. ДФЭ", "quantity", 56500, "container", frm=3000)
Q("91", "count", 91, "trains", anchor="достигло 91")
Q("всего 7", "count", 7, "trains")
Q("тремя годами", "duration", 3, "year", doubtful=True, note="part of 'three years earlier'")
Q("45–50 до 18–20 суток", "duration", [18, 20], "day", frm=[45, 50])
Q("не более 60 судов", "count", 60, "ships", "up-to")
Q("около\nтрети", "percent", 33.3, "%", "approx", doubtful=True, note="fraction word")
Q("старше 30 лет", "duration", 30, "year", "more-than")
Q("11 млн т", "quantity", 11e6, "t", mod="target")
Q("порядка 18,5 млрд\nдолларов", "money", 18.5e9, "USD", "approx", "forecast")
Q("15\nдо 25 млн т", "quantity", 25e6, "t", mod="planned", frm=15e6)
Q("240 тыс. ДФЭ", "quantity", 240000, "container", mod="planned")
Q("1,14 млрд долларов", "money", 1.14e9, "USD")
Q("в 2,2 раза", "multiplier", 2.2, "times")
Q("превышает половину", "percent", 50, "%", "more-than", doubtful=True, note="fraction word")
Q("21,6%", "percent", 21.6, "%")
Q("19%", "percent", 19, "%")
Q("50 млн т", "quantity", 5e7, "t")
Q("100 млрд куб. м", "quantity", 1e11, "m3")
Q("5–7 лет", "duration", [5, 7], "year")
Q("5–6 млн т", "quantity", [5e6, 6e6], "t", mod="forecast")

# ----------------------------------------------------- ru_intervyu_energetika (interview)
F("ru_intervyu_energetika.txt")  # recorded 14 November 2024
D("14 ноября 2024 года", "2024-11-14", "day", "publication")
D("прошлом году", "2023", "year", "period")
D("2021 году", "2021", "year", "period")
D("этом году", "2024", "year", "period")
D("июле 2022 года", "2022-07", "month", "event")
D("2027 году", "2027", "year", "period")
D("начале 2025 года", "2025", "year", "event", doubtful=True, note="vague 'early 2025'")
D("январь", "2025-01", "month", "event", note="year from the preceding sentence")
D("Пять лет назад", "2019", "year", "period", doubtful=True, note="'five years ago'")
D("30 ноября 2023 года", "2023-11-30", "day", "event")
D("2022 года", "2022", "year", "period", anchor="до 2022 года")
D("октябре 2023-го", "2023-10", "month", "event")
D("середине 2026 года", "2026", "year", "event", doubtful=True, note="vague 'mid-2026'")
D("2030 году", "2030", "year", "period")
D(
    "1 января",
    "2025-01-01",
    "day",
    "event",
    note="the coming 1 January after the Nov 2024 interview",
)
D("второй половины следующего года", "2025-07/2025-12", "month", "period")

Q("Около 23,8 млрд кубометров", "quantity", 23.8e9, "m3", "approx")
Q("11,8 млрд", "quantity", 11.8e9, "m3")
Q("чуть больше восьми миллиардов", "quantity", 8e9, "m3", "more-than")
Q("почти в полтора раза", "multiplier", 1.5, "times", "approx")
Q("два года", "duration", 2, "year")
Q("24–25 млрд кубометров", "quantity", [24e9, 25e9], "m3", mod="forecast")
Q("удвоение", "multiplier", 2, "times", mod="target", doubtful=True, note="noun 'doubling'")
Q("20 млрд кубометров", "quantity", 20e9, "m3", mod="target", anchor="ЕС до 20 млрд кубометров")
Q("10 до 20 млрд кубометров в год", "quantity", 20e9, "m3", mod="planned", frm=10e9)
Q("1,2 млрд кубометров", "quantity", 1.2e9, "m3", mod="planned")
Q("порядка 2 млрд евро", "money", 2e9, "EUR", "approx", "forecast")
Q("не менее трех лет", "duration", 3, "year", "at-least", "forecast")
Q("Двенадцать", "count", 12, "countries", note="answer; counted noun in the question")
Q("Пять лет", "duration", 5, "year", doubtful=True, note="part of 'five years ago'")
Q("всего четыре", "count", 4, "countries")
Q("400 млн кубометров в год", "quantity", 4e8, "m3")
Q("свыше 150 млрд кубометров", "quantity", 150e9, "m3", "more-than")
Q("около 80 млрд", "quantity", 80e9, "m3", "approx")
Q(
    "несколько сотен миллионов кубометров",
    "quantity",
    [2e8, 9e8],
    "m3",
    "approx",
    doubtful=True,
    note="vague 'several hundred million'",
)
Q("около 45%", "percent", 45, "%", "approx")
Q("почти 90%", "percent", 90, "%", "approx")
Q("60 с лишним миллиардов долларов", "money", 60e9, "USD", "more-than")
Q("75 долларов", "money", 75, "USD")
Q("при 60", "money", 60, "USD", doubtful=True, note="elided unit")
Q("4–5% ВВП", "percent", [4, 5], "%", mod="forecast")
Q("230 МВт", "quantity", 230, "MW")
Q("еще две станции", "count", 2, "plants", mod="planned")
Q("1 ГВт", "quantity", 1, "GW", mod="planned")
Q("30% к 2030", "percent", 30, "%", mod="target")
Q("около 7–8%", "percent", [7, 8], "%", "approx")
Q(
    "12,5 гяпика",
    "money",
    12.5,
    "qəpik",
    doubtful=True,
    note="qəpik = 0.01 AZN; normalisation (12.5 vs 0.125 AZN) is a convention",
)
Q("1200 кубометров", "quantity", 1200, "m3", "up-to")
Q("25 гяпиков", "money", 25, "qəpik", doubtful=True, note="see 12,5 гяпика")


def locate(text: str, row: dict) -> int:
    """Return the occurrence number (1-based, counted as the scorer counts)."""
    anchor = row.pop("anchor") or row["text"]
    if text.count(anchor) != 1:
        ERRORS.append(f"{row['file']}: anchor not unique ({text.count(anchor)}): {anchor!r}")
        return 0
    inner = anchor.find(row["text"])
    if inner < 0:
        ERRORS.append(f"{row['file']}: text {row['text']!r} not inside anchor {anchor!r}")
        return 0
    target = text.find(anchor) + inner
    pos, occ = -1, 0
    while True:
        pos = text.find(row["text"], pos + 1)
        occ += 1
        if pos == target:
            return occ
        if pos < 0:
            raise AssertionError("unreachable")


def main() -> int:
    texts: dict[str, str] = {}
    for name, rows in (("dates_blind.jsonl", DATES), ("quantities_blind.jsonl", NUMS)):
        out = []
        for row in rows:
            row = dict(row)
            doc = texts.setdefault(row["file"], (TEXTS / row["file"]).read_text("utf-8"))
            occ = locate(doc, row)
            ordered = {"file": row.pop("file"), "text": row.pop("text"), "occurrence": occ}
            ordered.update(row)
            out.append(json.dumps(ordered, ensure_ascii=False))
        if ERRORS:
            continue
        (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{name}: {len(out)} rows")
    for e in ERRORS:
        print(e)
    return 1 if ERRORS else 0


if __name__ == "__main__":
    raise SystemExit(main())
