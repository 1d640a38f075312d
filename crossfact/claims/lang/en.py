"""English claim grammar, as data. Fragments match folded (lower-cased) text."""

from __future__ import annotations

from crossfact.claims.lang.base import LangData, Unit

_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip

# "4.5m tonnes": a glued "m" is million before these words (else metres: "a 5m wall")
_MILLION_OF = (
    r"t|tonnes?|tons?|barrels|teu|containers|passengers|people|visitors|tourists|vehicles"
    r"|trucks|users|residents|jobs|dollars|euros|manats|roubles|rubles|cubic|bcm"
)
_GLUED_M = rf"(?:(?<=\d)|^)m(?:(?=\s(?:{_MILLION_OF})(?!\w))|$)"

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

DATA = LangData(
    code="en",
    months={
        1: ("january", r"jan(?:\.|(?=\s\d|[-–]\p{L}))"),
        2: ("february", r"feb(?:\.|(?=\s\d|[-–]\p{L}))"),
        3: ("march", r"mar(?:\.|(?=\s\d|[-–]\p{L}))"),
        4: ("april", r"apr(?:\.|(?=\s\d|[-–]\p{L}))"),
        5: ("may",),
        6: ("june", r"jun(?:\.|(?=\s\d|[-–]\p{L}))"),
        7: ("july", r"jul(?:\.|(?=\s\d|[-–]\p{L}))"),
        8: ("august", r"aug(?:\.|(?=\s\d|[-–]\p{L}))"),
        9: ("september", r"sept?(?:\.|(?=\s\d|[-–]\p{L}))"),
        10: ("october", r"oct(?:\.|(?=\s\d|[-–]\p{L}))"),
        11: ("november", r"nov(?:\.|(?=\s\d|[-–]\p{L}))"),
        12: ("december", r"dec(?:\.|(?=\s\d|[-–]\p{L}))"),
    },
    month_tail="",
    date_lead=r"between|previous|current|h1|h2|fy\w*|spring|summer|autumn|fall|winter|full|fiscal|financial|calendar|q\d|first|second|third|fourth|early|mid|late|end|last|this|next|same|that|q\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty",
    date_templates=(
        r"(?P<d>{DAY})(?:{DASH}|\sto\s)(?P<d2>{DAY})\s(?P<mon>{MONTH}),?\s(?P<y>{YEAR})",
        # 3rd-5th September (2025) ; 3 and 4 March ; March 3 and 4, 2025 ; 5th January 2024
        r"(?P<d>{DAY})(?:st|nd|rd|th)?(?:{DASH}|\sto\s|\sand\s)(?P<d2>{DAY})(?:st|nd|rd|th)?\s(?:of\s)?(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR}))?(?!\s?\d)",
        r"(?P<mon>{MONTH})\s(?P<d>{DAY})(?:st|nd|rd|th)?\sand\s(?P<d2>{DAY})(?:st|nd|rd|th)?(?:,?\s(?P<y>{YEAR}))?(?![\d%])",
        r"(?P<d>{DAY})(?:st|nd|rd|th)\s(?P<mon>{MONTH}),?\s(?P<y>{YEAR})",
        r"(?P<d>{DAY})\s(?P<mon>{MONTH})\s(?:to|until|till|[-–—])\s(?P<d2>{DAY})\s(?P<mon2>{MONTH}),?\s(?P<y>{YEAR})",
        r"(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s(?P<mon>{MONTH}),?\s(?P<y>{YEAR})",
        r"(?P<mon>{MONTH})\s(?P<d>{DAY})(?:st|nd|rd|th)?(?:{DASH}(?P<d2>{DAY}))?,?\s(?P<y>{YEAR})",
        r"(?:in\s|of\s|during\s)?(?:the\s)?(?P<half>first|second)\shalf\sof\s(?P<y>{YEAR})",
        r"(?:in\s)?(?:the\s)?first\s(?P<nm>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\smonths\sof\s(?P<y>{YEAR})",
        r"(?:in\s)?(?:the\s)?first\s(?P<nm>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\smonths\sof\s(?P<rel>last|this|next)\syear",
        # (not "the first 12 months" of a contract: a year-to-date period is 2 to 11 months)
        r"(?:in\s)?(?:the\s)?first\s(?P<nm>[2-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)\smonths(?:\sof\s(?P<rely>the)\syear)?(?!\sof)",
        r"(?:in\s|of\s|during\s)?(?:the\s)?(?P<half>first|second)\shalf\sof\s(?P<rely>the)\syear",
        r"(?:in\s|during\s)?(?P<mon>{MONTH})\s(?P<y>{YEAR})",
        r"between\s(?P<y>{YEAR})\sand\s(?P<y2>{YEAR})",
        r"between\s(?P<mon>{MONTH})\sand\s(?P<mon2>{MONTH})(?:,?\s(?P<y>{YEAR}))?",
        # "said on Tuesday": the weekday up to the publication date
        r"(?P<wdrel>next|last|this)\s(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)",
        # (not "every Tuesday and Friday": a timetable)
        r"(?<=(?:on|by|since|until|till|from|between|and|before|after)\s)(?<!every\s\w+\sand\s)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)",
        # news English drops the "on": "Brent ended Thursday at $62", "said Tuesday"
        r"(?<=(?:\w\wed|said|rose|fell|met|told|spoke|held|began|won|lost)\s)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)",
        r"(?<=(?:from|in|over|during)\s)(?P<y>{YEAR})\s(?:to|until|through|till)\s(?P<y2>{YEAR})",
        # next November ; last September: the coming or the past one
        r"(?P<relmon>last|next|this)\s(?P<mon>{MONTH})(?!\s?\d)",
        r"(?<=(?:in|from|during)\s)(?P<y>{YEAR}){DASH}(?P<y2>{YEAR})",
        r"(?P<y>{YEAR})[-–—](?P<y2>{YEAR})(?![\d%])",
        # H1 2025 ; 1H 2025 ; 9M 2025 ; FY2024: half-years, months to date, fiscal years
        r"(?:in\s|during\s)?(?:h(?P<half>[12])|(?P<half>[12])h)\s?(?:of\s)?(?P<y>{YEAR})",
        r"(?:in\s|during\s)?(?P<nm>[1-9]|1[01])m\s?(?P<y>{YEAR})",
        r"(?:in\s|during\s)?fy\s?(?P<y>{YEAR})(?![\d/-])",
        # "two years ago": counted back from the publication's year
        r"(?P<ago>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\syears\sago(?!\w)",
        # "the same day last year": the day just told, a year before
        r"(?<=the\s)(?P<sameday>same)\s(?:date|day)\s(?P<rel>last)\syear",
        # Q3 2025 ; the first quarter of 2026 ; the second quarter of last year
        r"(?:in\s|during\s)?q(?P<q>[1-4])\s(?:of\s)?(?P<y>{YEAR})",
        r"(?:in\s|during\s)?(?:the\s)?(?P<q>first|second|third|fourth)\squarter\sof\s(?P<y>{YEAR})",
        r"(?:in\s|during\s)?(?:the\s)?(?P<q>first|second|third|fourth)\squarter\sof\s(?P<rel>last|this|next|the\ssame)\syear",
        # January and February (2025): the span of both, as for a dash
        r"(?:in\s|during\s)?(?P<mon>{MONTH})\sand\s(?P<mon2>{MONTH})(?:,?\s(?P<y>{YEAR}))?(?!\s?\d)",
        # January-February 2025 ; January–March
        r"(?:in\s)?(?P<mon>{MONTH})\s?[-–—]\s?(?P<mon2>{MONTH})(?:,?\s(?P<y>{YEAR})|\s(?P<rel>last|this|next)\syear)?",
        # mid-2023 ; early 2024 ; late 2019
        r"(?:in\s|by\s|until\s|since\s|at\s)?(?:early|mid|late|end)[-\s](?P<y>{YEAR})(?![\d%'’s])",
        # late September ; mid-March 2025 ; the end of June: a month's part, as the month
        r"(?:in\s|by\s|until\s|since\s|at\s)?(?:the\s)?(?:early|mid|late|end)[-\s](?:of\s)?(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR}))?(?!\s?\d)",
        # summer 2024 ; the spring of 2026: the stated year
        r"(?:in\s|during\s|by\s|since\s)?(?:the\s)?(?:early\s|late\s)?(?:spring|summer|autumn|fall|winter)\s(?:of\s)?(?P<y>{YEAR})(?![\d/%-])",
        # the '90s ; the ’80s
        r"(?<=['’])(?P<dd>[1-9]0)s(?!\w)",
        # 2020-21 ; 2022/23
        r"(?P<y>{YEAR})[-–/](?P<y2s>\d\d)(?![\d%])",
        # Q1-Q3 2023 ; the first three quarters of 2022
        r"q(?P<q>[1-4])\s?[-–]\s?q(?P<q2>[1-4])\s(?:of\s)?(?P<y>{YEAR})",
        r"(?:in\s|during\s)?(?:the\s)?first\s(?P<nq>two|three|2|3)\squarters\sof\s(?P<y>{YEAR})",
        # from July to December 2023
        r"(?:from\s)?(?P<mon>{MONTH})\s(?:to|through|until|till)\s(?P<mon2>{MONTH}),?\s(?P<y>{YEAR})",
        # the first of September
        r"(?:on\s)?(?:the\s)?(?P<dw>{ORDDAY})\sof\s(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR}))?",
        # from January to March: the months of the year in context
        r"(?:from\s)?(?P<mon>{MONTH})\s(?:to|through|until|till)\s(?P<mon2>{MONTH})(?!\s?\d|,\s?\d{4}(?!\d))",
        # the 10th of next month
        r"(?:on\s)?(?:the\s)?(?P<d>{DAY})(?:st|nd|rd|th)\sof\s(?P<relm>last|this|next)\smonth(?!\w)",
        # in Q2 ; the third quarter: a quarter of the year in context
        r"(?:in\s|during\s)?q(?P<q>[1-4])(?!\w|\s?[-–]\s?q\d|\s(?:of\s)?(?:\d|last|this|next|the))",
        r"(?:in\s|during\s)?(?:the\s)?(?P<q>first|second|third|fourth)[\s-]quarter(?!\w|\sof\s|-)",
        # in the first half: the half of the year in context
        # (only in a sentence with a figure: "in the second half" of a match is no date)
        r"(?:in\s|during\s|for\s)?(?:the\s)?(?P<half>first|second)\s(?P<bare>half)(?!\w|\sof\s|-)",
        # full-year 2025 ; fiscal year 2024
        r"(?:full[-\s]year|fiscal\syear|financial\syear|calendar\syear)\s(?P<y>{YEAR})(?![\d/-])",
        # last quarter ; next quarter: counted from publication
        r"(?:in\s)?(?:the\s)?(?P<relq>last|previous|next|this|current)\squarter(?!\w|\sof\s)",
        # next month ; last month
        r"(?P<relm>last|this|next)\smonth(?!\w)",
        # the 5th of March (2024 | last year)
        r"(?:on\s)?(?:the\s)?(?P<d>{DAY})(?:st|nd|rd|th)\sof\s(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR})|\s(?P<rel>last|this|next)\syear)?",
        r"(?:in\s)?(?:the\s)?(?:(?P<part>early|mid|late)[-\s])?(?P<dec>1\d\d0|20\d0)['’]?s(?!\w)",
        r"(?<=(?:in|since|by|until|till|before|after|during|of|from|through|for)\s)(?P<y>{YEAR})(?![\d%])",
        r"(?P<y>{YEAR})(?=\s(?:saw|was|marked|brought)\b)",
        # "in 1986 and 2011": the second year of a pair
        r"(?<=(?:1[5-9]|20)\d\d,?\s(?:and|or|&)\s)(?P<y>{YEAR})(?![\d%])",
        # "the 2019 figure", "the 2022 summit": a year naming what a noun is of
        r"(?<=(?:the|a|an|its|their)\s)(?P<y>{YEAR})(?=\s(?:figures?|levels?|totals?|census|elections?|summits?|season|edition|budget|data|reports?|agreements?|deal|accord|accords|law|laws|referendum|war|earthquake|floods?|pandemic|revolution|coup|ceasefire|crisis|games|olympics|world\scup|championships?|tournament|festival|forum|conference|congress|exhibition|expo|convention|charter|declaration|memorandum|contract|session|assembly|harvest|peak|record|constitution|amendments?|reforms?|vote|polls?|strategy|plan|programme|program|treaty|protocol|decree|resolution|survey|round|campaign|targets?|goals?|deadline|forecasts?|outlook|roadmap|road\smap|surveys?|studies|study|index|ranking|rankings|edition)(?!\w))",
        r"(?:in\s)?(?:the\s)?(?P<half>first|second)\shalf\sof\s(?P<rel>last|this|next|same)\syear",
        r"(?:on\s)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s(?P<mon>{MONTH})(?:\s(?P<rel>last|this|next)\syear)?(?!\s?\d)",
        r"(?:on\s)?(?P<mon>{MONTH})\s(?P<d>{DAY})(?:st|nd|rd|th)?(?:{DASH}(?P<d2>{DAY}))?(?:\s(?P<rel>last|this|next)\syear)?(?!\d|,\s?\d)",
        r"(?P<rel>last|this|next|same|that)\syear",
        r"(?<=(?:in|since|until|till|by|from|before|after|through|during|for)\s)(?P<mon>{MONTHLOC})(?:\s(?P<rel>last|this|next)\syear)?(?!\s?\d)",
    ),
    decimal_sep=".",
    thousands_sep=",",
    numbers=_NUMBERS,
    number_joiners=("and",),
    fractions={"half": 0.5},  # only before a scale: "half a billion"
    # "double the 2019 figure", "triple the previous goal": before the compared amount only
    multiplier_words={"twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4},
    # "twice the 2019 figure", "twice as many" (where "met twice" counts occasions)
    multiplier_next=r"\s(?:the|as|that|this|its|their|a|an|what|over|more|less|higher|larger|bigger|faster|above|below)(?!\w)",
    scales={
        r"billion|bn(?!\w)|bln\.?": 10**9,
        r"million|mn(?!\w)|mln\.?": 10**6,
        r"thousand": 1000,
        r"trillion": 10**12,
        # "4.5m tonnes", "$2.3m", "$40k": a scale letter glued to the digits (not "5m long");
        # the "^"/"$" branches let the key also match the bare letter, as scale_values do
        _GLUED_M: 10**6,
        r"(?:(?<=(?:[$€£₼₽]|(?:usd|eur|gbp|azn|rub|kzt)\s?)\d[\d.,]*)|^)m": 10**6,
        r"(?:(?<=(?:[$€£₼₽]|(?:usd|eur|gbp|azn|rub|kzt)\s?)\d[\d.,]*)|^)k": 1000,
    },
    units=(
        Unit(r"(?:us|u\.s\.)\s?dollars?|usd(?!\w)", "USD", "money"),
        Unit(r"dollars?", "USD", "money"),
        Unit(r"manats?|azn(?!\w)", "AZN", "money"),
        Unit(r"euros?|eur(?!\w)", "EUR", "money"),
        Unit(r"roubles?|rubles?|rub(?!\w)", "RUB", "money"),
        Unit(r"tenge|kzt(?!\w)", "KZT", "money"),
        Unit(r"pounds?\ssterling|sterling|gbp(?!\w)", "GBP", "money"),
        # "2 percentage points", "50 basis points": changes of a percentage (no range
        # with a figure in %: "narrowed 2 percentage points to 5%")
        Unit(r"percentage\spoints?", "pp", "percent"),
        Unit(r"basis\spoints?", "bp", "percent"),
        Unit(r"per\s?cent(?!\w)|percent(?!\w)", "%", "percent"),
        Unit(r"(?:metric\s)?(?:tonnes|tons|tonne|ton|t)(?!\w)", "t", "quantity"),
        Unit(r"kilometres?|kilometers?|km(?!\w)", "km", "quantity"),
        Unit(r"square[\s-]met(?:re|er)s?|sq\.?\sm(?!\w)", "m2", "quantity"),
        Unit(r"cubic[\s-]met(?:re|er)s?", "m3", "quantity"),
        Unit(r"met(?:re|er)s?|m(?!\w)", "m", "quantity"),
        Unit(r"hectares?", "ha", "quantity"),
        Unit(r"containers?|teu(?!\w)", "container", "quantity"),
        Unit(r"trains?", "train", "quantity"),
        Unit(r"wagons?", "wagon", "quantity"),
        # "bcm", "140 kb/d": abbreviations of the oil and gas trade that carry a scale
        Unit(r"bcm(?!\w)", "m3", "quantity", 10**9),
        Unit(r"(?:mmcm|mcm)(?!\w)", "m3", "quantity", 10**6),
        Unit(r"tcm(?!\w)", "m3", "quantity", 10**12),
        Unit(r"(?:kb/d|kbd|kbpd)(?!\w)", "bbl/d", "quantity", 1000),
        Unit(r"(?:mb/d|mbpd)(?!\w)", "bbl/d", "quantity", 10**6),
        Unit(r"(?:b/d|bpd|barrels\s(?:per|a)\sday)(?!\w)", "bbl/d", "quantity"),
        Unit(r"barrels?", "bbl", "quantity"),
        Unit(r"megawatts?|mw(?!\w)", "MW", "quantity"),
        Unit(r"gigawatts?|gw(?!\w)", "GW", "quantity"),
        # "1.5C", "3 °C", "2 degrees Celsius": a temperature ("C" only glued to the digits)
        Unit(r"°\s?c(?!\w)|(?<=\d)c(?!\w)|degrees?(?:\s(?:celsius|c)(?!\w))?", "C", "quantity"),
        Unit(r"(?:mbit/s|mbps|mb/s)(?!\w)", "Mbit/s", "quantity"),
        Unit(r"(?:gbit/s|gbps|gb/s)(?!\w)", "Gbit/s", "quantity"),
        # storage and batteries: "256 GB", "4,800 mAh"
        Unit(r"(?:tb|terabytes?)(?!\w)", "TB", "quantity"),
        Unit(r"(?:gb|gigabytes?)(?!\w)", "GB", "quantity"),
        Unit(r"mah(?!\w)", "mAh", "quantity"),
        Unit(r"times|fold(?!\w)|(?<=\d)x(?!\w)", "times", "multiplier"),
        Unit(r"years?(?!\w)", "year", "duration"),
        Unit(r"months?(?!\w)", "month", "duration"),
        Unit(r"days?(?!\w)", "day", "duration"),
        Unit(r"weeks?(?!\w)", "week", "duration"),
        Unit(r"hours?(?!\w)", "hour", "duration"),
        Unit(r"(?:minutes?|mins?)(?!\w)", "minute", "duration"),
        Unit(r"(?:seconds?|secs?)(?!\w)", "second", "duration"),
        Unit(r"(?:pupils?|schoolchildren)(?!\w)", "pupil", "count"),
        Unit(r"(?:students?)(?!\w)", "student", "count"),
        # whole words: "250,000 tourists visited" counts tourists, not visits
        Unit(r"(?:people|persons?|residents?)(?!\w)", "person", "count"),
        Unit(r"(?:passengers?)(?!\w)", "passenger", "count"),
        Unit(r"(?:tourists?|visitors?)(?!\w)", "tourist", "count"),
        Unit(r"(?:countries|country|states|nations|republics)(?!\w)", "country", "count"),
        Unit(r"(?:vessels?|ships?|ferr(?:y|ies)|tankers?)(?!\w)", "ship", "count"),
        Unit(r"(?:trucks?|lorr(?:y|ies))(?!\w)", "truck", "count"),
        Unit(r"(?:flights?)(?!\w)", "flight", "count"),
        Unit(r"(?:universit(?:y|ies))(?!\w)", "university", "count"),
        Unit(r"(?:(?:power\s)?plants?)(?!\w)", "plant", "count"),
        Unit(r"(?:documents?)(?!\w)", "document", "count"),
        Unit(r"(?:members?)(?!\w)", "member", "count"),
        Unit(r"(?:visits?)(?!\w)", "visit", "count"),
        Unit(r"(?:compan(?:y|ies)|firms?)(?!\w)", "company", "count"),
        Unit(r"(?:resolutions?)(?!\w)", "resolution", "count"),
        Unit(r"(?:partners?)(?!\w)", "partner", "count"),
        Unit(r"(?:cities|city)(?!\w)", "city", "count"),
        Unit(r"(?:projects?)(?!\w)", "project", "count"),
        Unit(r"(?:agreements?|memorand(?:um|a)|treat(?:y|ies))(?!\w)", "agreement", "count"),
        Unit(r"(?:jobs?)(?!\w)", "job", "count"),
        Unit(r"(?:schools?)(?!\w)", "school", "count"),
        Unit(r"(?:ports?)(?!\w)", "port", "count"),
        Unit(r"(?:part(?:y|ies))(?!\w)", "party", "count"),
        Unit(r"(?:children|child|kids?)(?!\w)", "child", "count"),
        Unit(r"(?:nights?)(?!\w)", "night", "duration"),
        # people in a role and institutions: "six co-defendants", "three museums"
        Unit(
            r"(?:co-)?(?:defendants?|witness(?:es)?|suspects?|victims?|workers?|employees?"
            r"|officials?|judges?|lawyers?|doctors?|nurses?|teachers?|soldiers?|migrants?"
            r"|refugees?|journalists?|experts?|researchers?|scientists?)(?!\w)",
            "person",
            "count",
        ),
        Unit(
            r"(?:museums?|hospitals?|banks?|enterprises?|ventures?)(?!\w)", "institution", "count"
        ),
        Unit(r"(?:regions?|districts?|provinces?|villages?)(?!\w)", "region", "count"),
        Unit(r"(?:flats?|apartments?|houses?|homes?)(?!\w)", "dwelling", "count"),
        # vehicles and meetings: "about 1500 cars", "twenty meetings"
        Unit(r"(?:vehicles?|cars?|buses)(?!\w)", "vehicle", "count"),
        Unit(r"(?:meetings?|sessions?)(?!\w)", "meeting", "count"),
        # governments and bodies, lodgings, facilities, rolling stock: "six governments",
        # "eight rooms", "three properties", "14 border crossings", "four locomotives"
        Unit(
            r"(?:governments?|ministr(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|jurisdictions?"
            r"|organi[sz]ations?|institutions?|universities)(?!\w)",
            "institution",
            "count",
        ),
        Unit(
            r"(?:hotels?|guest\s?houses?|resorts?|hostels?|propert(?:y|ies))(?!\w)",
            "hotel",
            "count",
        ),
        Unit(r"(?:rooms?)(?!\w)", "room", "count"),
        Unit(r"(?:beds?)(?!\w)", "bed", "count"),
        Unit(
            r"(?:(?:border\s)?crossings?|checkpoints?|terminals?|stations?|depots?|warehouses?"
            r"|airports?|factor(?:y|ies)|farms?|offices?|branches|stores?|shops?)(?!\w)",
            "facility",
            "count",
        ),
        Unit(r"(?:locomotives?|engines?)(?!\w)", "locomotive", "count"),
    ),
    qualifiers_before=(
        (
            r"about|around|approximately|roughly|some|nearly|almost|close\sto|an\sestimated|barely",
            "approx",
        ),
        (r"more\sthan|over|above|in\sexcess\sof|upwards\sof", "more-than"),
        (r"at\sleast|no\sfewer\sthan|no\sless\sthan", "at-least"),
        (r"less\sthan|fewer\sthan|under|below", "less-than"),
        (r"up\sto|as\smany\sas|as\smuch\sas", "up-to"),
    ),
    # "three more vessels": "more" between a number and its noun is no qualifier
    qualifiers_after=(
        (r"\sor\s(?:more|over|above|older)", "at-least"),
        (r"\sor\s(?:less|fewer|under|below|younger)", "up-to"),
        (r"-odd(?!\w)", "approx"),  # "990-odd"
        (r"\s(?:more|additional)(?=\s\p{L})(?!\sthan)", "exact"),
    ),
    modality_cues=(
        (
            r"(?:is|are|was|were)\s(?:expected|forecast|projected|predicted|estimated)|forecasts?\b|projections?\b|expects?\b",
            "forecast",
        ),
        (r"target\w*|goal\sof|aims?\sto|aiming|\bmust\b", "target"),
        (
            r"\bwill\b|\bshall\b|\(planned\)|plan(?:s|ned)?\sto|(?:is|are)\splanned|(?:is|are)\sto\s\w+|(?:is|are)\sset\sto|(?:is|are)\sdue\sto|being\s(?:increased|expanded|raised|upgraded)|intends?\sto|scheduled|\bdue\s(?:on|in|by|out|for)\b|on\s(?:track|course|schedule)\sto",
            "planned",
        ),
    ),
    relative_days={"yesterday": -1, "the day before yesterday": -2},
    week_word="week",
    relative_weeks={
        r"(?:earlier\s)?last\sweek(?:'s|’s)?": -1,
        r"(?:earlier\s|later\s)?this\sweek(?:'s|’s)?": 0,
        r"next\sweek(?:'s|’s)?": 1,
    },
    relative_years={
        "last": -1,
        "previous": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "same": 0,
        "that": 0,
    },
    same_year="same|that",
    halves={"first": 1, "second": 2},
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    period_cues=r"turnover|volume\w*|growth|grew|increased|rose|trade|exports?|imports?|chair\w*|transit|budget|revenue\w*|output|investment\w*",
    ordinals=_ORDINALS,
    ordinal_suffix=r"(?:st|nd|rd|th)",
    meeting_nouns=r"meeting\w*|summit\w*|session\w*|conference\w*|forum\w*|congress\w*",
    visit_types={"state": "state", "official": "official", "working": "working"},
    fused_units={"fold": "times"},
    visit_noun=r"visit(?!s|ors?|ing|ed)",
    labels=r"article|chapter|section|paragraph|no\.|number|pages?|p\.|pp\.|vol\.|volume|item|№|tables?:?|figures?:?|fig\.|charts?:?|annex(?:es)?:?",
    not_count_nouns=r"and|or|of|to|in|on|at|for|by|with|from|per|the|a|an|is|are|was|were|has|have|had|percent|per\w*|times|years?|months?|days?|am|pm|p\.m\.|a\.m\.|january|february|march|april|may|june|july|august|september|october|november|december|million|billion|thousand|more|less",
    anniversary=r"(?:th|st|nd|rd)?\s?anniversary|year\sanniversary|-year\sanniversary|years?\sold",
    # "at" only after a verb of level: "stood at 69.9" (not "start at 10")
    rate_before=r"per",
    figure_before=r"(?:stood|stands?|estimated|put|valued|priced|set|fixed|capped|peaked|remained|remains)\sat|to|with|of|than|by|was|were|is|are|be|been|totall?ed|totals?|reached|numbered|took|won|aged|including|remaining|against|versus|vs\.|averaged|exceed(?:ed|s)?|surpass(?:ed|es)?|topped"
    # verbs of volume: "this year we did 7,150", "the terminal handled 9,300"
    r"|did|handled|moved|carried|shipped|sold|produced|exported|imported|recorded|registered",
    figure_after=r"\sof\s(?:them|those|these|the|its|their|whom|which|us)",
    range_cues=r"rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between",
    half_after=r"\sand\sa\shalf(?!\w)",
    ago_words=r"ago|earlier",
    place_before=r"(?<!\w)(?:in|at|from|to|for|of|by|near|across|around|on)\s\p{L}+\s$",
    first_words=r"first",
    elapsed=r"(?:last|past)\s(?P<n>\d{1,3})\syears|(?:turns|marks|celebrates)\s(?:its\s)?(?P<n>\d{1,3})(?:th)?(?:\s(?:years|anniversary|birthday))?",
    minus_words=r"minus",
    before_that=r"before\s+that|before\s+then|earlier(?:\s+that\s+year)?|previously",
    century=r"century|c\.",
    reference_headings=(
        "references",
        "bibliography",
        "works cited",
        "sources",
        "literature",
        "selected works",
        "selected publications",
        "publications",
        "further reading",
    ),
)
