"""Azerbaijani (Latin script) claim grammar, as data. Fragments match folded text."""

from __future__ import annotations

from crossfact.claims.lang.base import LangData, Unit

_NUMBERS = {
    "sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7,
    "səkkiz": 8, "doqquz": 9, "on": 10, "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50,
    "altmış": 60, "yetmiş": 70, "səksən": 80, "doxsan": 90, "yüz": 100, "min": 1000,
    "milyon": 10**6, "milyard": 10**9, "trilyon": 10**12,
}  # fmt: skip

_ORDINALS = {
    "birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5,
    "altıncı": 6, "yeddinci": 7, "səkkizinci": 8, "doqquzuncu": 9, "onuncu": 10,
}  # fmt: skip

_CASE = r"(?:ın|in|un|ün|nın|nin|ı|i|u|ü|a|ə|ya|yə|da|də|dan|dən|ta|tə|la|lə)?"

DATA = LangData(
    code="az",
    months={
        1: ("yanvar",),
        2: ("fevral",),
        3: ("mart",),
        4: ("aprel",),
        5: ("may",),
        6: ("iyun",),
        7: ("iyul",),
        8: ("avqust",),
        9: ("sentyabr",),
        10: ("oktyabr",),
        11: ("noyabr",),
        12: ("dekabr",),
    },
    month_tail=r"(?:(?:ın|in|un|ün)?(?:nda|ndə|da|də|adək|ədək|a|ə|dan|dən)?(?:kı|ki)?|[ıiuü])",  # "aprelindəki": of April; "ilin noyabrı"
    month_loc_tail=r"(?:ın|in|un|ün)?(?:nda|ndə|da|də)",
    date_lead=r"ötən|keçən|bu|cari|gələn|növbəti|həmin|ilin|birinci|ikinci|üçüncü|dördüncü|ı|ıı|bazar|çərşənbə|cümə|şənbə|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|iyirmi|otuz|qırx|əlli",
    year_suffix=r"[-–]\s?(?:ci|cı|cu|cü)",
    # (the possessive "fevralın 17-si", "17-sinə qədər" after a vowel-final numeral)
    day_suffix=r"[-–](?:ındakı|indəki|undakı|ündəki|n?[dt][aə]k[iı]|ında|ində|unda|ündə|nda|ndə|da|də|ta|tə|dan|dən|tan|tən|na|nə|ya|yə|s[iıuü](?:n(?:d[aə]n?|[aə](?:dək)?))?|ı|i|u|ü|a|ə|ci|cı|cu|cü|dək)",
    date_templates=(
        # 2023-cü il noyabrın 20-24-də ; 2024-cü il iyul ayının 3-də ; a chronology's
        # "2018-ci il mayın 14 – …"
        r"(?P<y>{YEAR}){YSUF}\s(?:il|ilin)\s(?P<mon>{MONTH})\s(?:ayının\s|ayın\s)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?(?:{DSUF}|(?=\s[–—-]\s))",
        # 2025-ci ilin yanvar-fevral aylarında
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<mon>{MONTH})\s?[-–]\s?(?P<mon2>{MONTH})(?:\say\w*)?",
        # 2024-cü ilin yanvarından iyununadək ; 2024-cü ilin yanvar ayından dekabr ayınadək
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<mon>{MSTEM})(?:ından|indən|undan|ündən|\sayından)\s(?P<mon2>{MSTEM})(?:ına|inə|una|ünə|ın\ssonuna|\sayına|\sayının\ssonuna)(?:dək|\sqədər)",
        # 2023-cü ilin sentyabrında ; 2023-cü ilin 9 ayı ; 2024-cü ilin birinci yarısında
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<mon>{MONTH})(?:\say(?:ında|ının|ı)(?!\w))?",
        r"(?P<y>{YEAR}){YSUF}\silin\s(?:ilk\s)?(?P<nm>\d{1,2}|on\sbir|on\siki|bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\say(?:ı|ında|lıq|da)?",
        # 2025-ci ilin birinci rübündə ; cari ilin I rübü ; 2025-ci ilin yanvar-fevral aylarında
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<q>birinci|ikinci|üçüncü|dördüncü|[1-4][-–](?:ci|cı|cu|cü)|ıv|ııı|ıı|ı|iv|iii|ii|i)\srüb\w*",
        r"(?P<rel>ötən|keçən|bu|cari|gələn|həmin)\silin\s(?P<q>birinci|ikinci|üçüncü|dördüncü|[1-4][-–](?:ci|cı|cu|cü)|ıv|ııı|ıı|ı|iv|iii|ii|i)\srüb\w*",
        r"(?P<rel>ötən|keçən|bu|cari|gələn|həmin)\silin\s(?:ilk\s)?(?P<nm>\d{1,2}|on\sbir|on\siki|bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\say(?:ı|ında|lıq|da)?",
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<half>ıı|ı|ii|i|birinci|ikinci)\syarımil\w*",
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<half>birinci|ilk|ikinci)\syarı(?:sı|sında|sı\sərzində)?",
        # 2024-cü ilin yay aylarında ; 2023-cü ilin payızında
        r"(?P<y>{YEAR}){YSUF}\silin\s(?P<season>yaz|yay|payız)(?:ında|ı|\say\w*)(?!\w)",
        # 2023-cü il 27 iyul
        r"(?P<y>{YEAR}){YSUF}\sil(?:in)?\s(?P<d>{DAY})\s(?P<mon>{MONTH})",
        # 2008-ci və 2015-ci illərin: each year of a list
        r"(?P<y>{YEAR}){YSUF}(?=(?:\s(?:və|,)|,)\s(?:{YEAR}){YSUF}\s(?:il|ill)\w*)",
        # 2024/2025-ci tədris ili
        r"(?P<y>{YEAR})/(?:(?P<y2>{YEAR})|(?P<y2s>\d\d))(?:{YSUF})?(?!\d)",
        # 2019-2023-cü illərdə
        r"(?P<y>{YEAR})(?:{YSUF})?\s?{DASH}\s?(?P<y2>{YEAR}){YSUF}\s(?:illər\w*|il\w*)",
        # 90-cı illərdə: a decade by two digits
        r"(?<!əsrin\s)(?P<dd>[1-9]0)[-–](?:cı|ci|cu|cü)\sillər\w*",  # not "XX əsrin 60-cı illəri"
        # martın 3-də və 4-də ; 3 və 4 mart: two days running
        r"(?P<mon>{MONTH})\s(?P<d>{DAY}){DSUF}\svə\s(?P<d2>{DAY}){DSUF}",
        r"(?P<d>{DAY})\svə\s(?P<d2>{DAY})\s(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR})(?:{YSUF}\s(?:il(?:də|in|i)?(?!\w)))?)?",
        # 2018–2022: a span of years without a noun
        r"(?P<y>{YEAR})[-–—](?P<y2>{YEAR})(?![\d%]|[-–]\w)",
        # 1990-cı illərin əvvəllərində
        r"(?P<dec>1\d\d0|20\d0){YSUF}\s(?:illər\w*)(?:\s(?P<part>əvvəl\w*|orta\w*|son\w*))?",
        # 20-24 noyabr 2023-cü il ; 14 dekabr 2022 ; 22 oktyabr, 2025
        r"(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s(?P<mon>{MONTH}),?\s(?P<y>{YEAR})(?:{YSUF}\s(?:il(?:də|in|i)?(?!\w)))?",
        r"(?P<y>{YEAR}){YSUF}\s(?:il(?:dəki\w*|də|dən|ə|in|i|ki|lə|dək|ədək)?)(?!\w)",
        r"(?P<y>{YEAR}){YSUF}\sillər\w*",
        # relative: cari ilin birinci yarısında ; ötən il noyabrın 24-də ; bu il
        r"(?P<rel>ötən|keçən|bu|cari|gələn|həmin)\silin\s(?P<half>birinci|ilk|ikinci)\syarı\w*",
        # iki il əvvəl: counted back from the publication's year
        r"(?P<ago>\d{1,3}|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|iyirmi|otuz|qırx|əlli)\sil\s(?:əvvəl|öncə)(?!\w)",
        # ötən ilin eyni tarixində: the day just told, a year before
        r"(?P<rel>ötən|keçən)\silin\s(?P<sameday>eyni|həmin)\s(?:tarix|gün)\w*",
        r"(?P<rel>ötən|keçən|bu|cari|gələn|növbəti|həmin)\silin\s(?P<mon>{MONTH})\s?[-–]\s?(?P<mon2>{MONTH})(?:\say\w*)?",
        r"(?P<rel>ötən|keçən|bu|cari|gələn|növbəti|həmin)\s(?:il|ilin|ildə|ilki\w*|ilə|illə|ildən|ilin\ssonu\w*)(?!\w)(?:\s(?P<mon>{MONTH})(?:\s(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?{DSUF})?)?",
        # year-less: noyabrın 24-də ; 3 noyabr ; noyabrda
        r"(?P<mon>{MONTH})\s(?P<d>{DAY})[-–](?:dən|dan|ndən|ndan)\s(?P<mon2>{MONTH})\s(?P<d2>{DAY})[-–](?:dək|nədək|yədək|ədək|adək|nə\sqədər|ə\sqədər|a\sqədər|na\sqədər)",
        # aprelin 1-dən 15-dək ; mart ayının 10-dan 14-dək
        r"(?P<mon>{MONTH})\s(?:ayının\s)?(?P<d>{DAY})[-–](?:dən|dan|ndən|ndan)\s(?P<d2>{DAY})[-–](?:dək|nədək|yədək|ədək|adək|nə\sqədər|ə\sqədər|a\sqədər|na\sqədər)",
        # üçüncü rübdə: a quarter of the year in context
        r"(?P<q>birinci|ikinci|üçüncü|dördüncü)\srüb\w*",
        r"(?P<mon>{MONTH})\s(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?{DSUF}",
        # ilin ikinci yarısında: the half of the year in context; ilin ilk altı ayında
        r"(?P<ctxy>ilin)\s(?P<half>birinci|ilk|ikinci)\syarı\w*",
        r"(?P<ctxy>ilin)\silk\s(?P<nm>\d{1,2}|on\sbir|on\siki|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\say(?:ı|ında|lıq|da)?",
        # keçən ayın 25-də ; gələn ayın 10-15-də: a day of a month named by its distance
        r"(?P<relm>ötən|keçən|bu|cari|gələn|növbəti)\sayın\s(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?{DSUF}",
        # ötən rüb ; keçən rüblə ; növbəti rübdə: a quarter counted from publication
        r"(?P<relq>ötən|keçən|bu|cari|gələn|növbəti)\srüb(?:də|ə|lə|ün|dən|ü)?(?!\w)",
        # ötən ay ; gələn ayın sonunda
        r"(?P<relm>ötən|keçən|bu|cari|gələn)\say(?:ın|da|dan)?(?!\w)",
        # 2025-ci ilin I yarımili ; I yarımildəki
        r"(?P<ctxy>)(?P<half>ıı|ı|ii|i|birinci|ikinci)\syarımil\w*",
        # çərşənbə axşamı keçirilən: the weekday up to the publication date
        r"(?P<wdrel>gələn|növbəti|ötən|keçən)\s(?:həftənin\s)?(?P<wd>bazar\sertəsi|çərşənbə\saxşamı|çərşənbə|cümə\saxşamı|cümə|şənbə)(?:\sgün\w*)?(?!\w)",
        # (not "həmin həftənin şənbə və bazar günləri": days of another week)
        r"(?<!həmin\shəftənin\s)(?P<wd>bazar\sertəsi|çərşənbə\saxşamı|çərşənbə|cümə\saxşamı|cümə|şənbə)(?!\sgünlər)(?:\sgün\w*)?(?!\w)",
        # yanvardan martadək ; yanvar ayından mart ayına qədər: a range of months
        r"(?P<mon>{MSTEM})(?:dan|dən|\sayından)\s(?P<mon2>{MSTEM})(?:a|ə|ya|yə|ın\ssonuna|\sayına|\sayının\ssonuna)(?:dək|\sqədər)",
        # yanvardan bəri ; martın əvvəlindən etibarən: the month a span starts in
        r"(?P<mon>{MSTEM})(?:dan|dən|\sayından)(?=\s(?:bəri|etibarən|başlayaraq)(?!\w))",
        # yanvar və fevral aylarında: the span of both
        r"(?P<mon>{MONTH})\svə\s(?P<mon2>{MONTH})(?:\s(?:ay\w*))?(?!\s?\d)",
        # yanvar-fevral aylarında ; dekabrın sonunda ; may ayının sonunadək
        r"(?P<mon>{MONTH})\s?[-–]\s?(?P<mon2>{MONTH})(?:\s(?:ay\w*))?",
        # iyunun 10-dan iyulun 25-dək ; sentyabrın ikinci yarısında
        r"(?P<mon>{MONTH})\s(?:birinci|ikinci|ilk)\syarı\w*",
        # (not "fevral ayının orta temperaturu": February's average)
        r"(?P<mon>{MONTH})\s(?:ayının\s)?(?:son|əvvəl|orta)(?:u|ı|i|lar|lər)\w*",
        # mart ayının 5-də ; oktyabr ayında
        r"(?P<mon>{MONTH})\say(?:ının|ın)\s(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?{DSUF}",
        # (not "fevral ayının orta temperaturu": a month's average, a climate norm)
        r"(?P<mon>{MONTH})\say(?:ında|ından|ınadək|ının(?!\sorta\s)|ı)(?!\w)",
        r"(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s(?P<mon>{MONTH})(?!\s?\d)",
        r"(?P<mon>{MONTHLOC})",
    ),
    decimal_sep=",",
    thousands_sep=" .",
    numbers=_NUMBERS,
    scales={
        r"milyard\w*|mlrd\.?": 10**9,
        r"milyon\w*|mln\.?": 10**6,
        # "onların 3 mini": a possessive ending on the scale word
        r"min(?!\w)|min(?:i(?:n|ni|ndən|nə|ndə)?|ə|dən|də|lik)": 1000,
        r"trilyon\w*|trln\.?": 10**12,
    },
    units=(
        Unit(r"abş\sdollar\w*", "USD", "money"),
        Unit(r"dollar\w*", "USD", "money"),
        Unit(r"usd(?!\w)", "USD", "money"),
        Unit(r"manat\w*|azn(?!\w)", "AZN", "money"),
        Unit(r"avro\w*|yevro\w*|eur(?!\w)", "EUR", "money"),
        Unit(r"rubl\w*|rub(?!\w)", "RUB", "money"),
        Unit(r"tenge\w*|kzt(?!\w)", "KZT", "money"),
        Unit(r"yuan\w*", "CNY", "money"),
        Unit(r"faiz\w*", "%", "percent"),
        Unit(r"ton(?:luq|dan|da|adək|a|u|un|la|dur)?(?!\w)", "t", "quantity"),
        Unit(r"kilometr\w*|km(?!\w)", "km", "quantity"),
        Unit(r"kvadrat\smetr\w*|kv\.?\s?m(?!\w)", "m2", "quantity"),
        Unit(r"kub(?:\s|ik\s)?metr\w*|m3(?!\w)", "m3", "quantity"),
        Unit(r"metr\w*|m(?!\w)", "m", "quantity"),
        Unit(r"hektar\w*|ha(?!\w)", "ha", "quantity"),
        Unit(r"konteyner\w*|teu(?!\w)", "container", "quantity"),
        Unit(r"qatar\w*", "train", "quantity"),
        Unit(r"vaqon\w*", "wagon", "quantity"),
        Unit(r"barr?el\w*", "bbl", "quantity"),
        Unit(r"°\s?c(?!\w)|dərəcə\w*", "C", "quantity"),
        Unit(r"(?:mbit/s|mbps|mb/s|meqabit\w*)(?!\w)", "Mbit/s", "quantity"),
        Unit(r"(?:gbit/s|gbps|gb/s|giqabit\w*)(?!\w)", "Gbit/s", "quantity"),
        Unit(r"meqavat\w*|mvt(?!\w)", "MW", "quantity"),
        Unit(r"giqavat\w*|qvt(?!\w)", "GW", "quantity"),
        Unit(r"dəfə\w*|(?<=\d)x(?!\w)", "times", "multiplier"),
        Unit(r"il(?:dən|ədək|ə|də|in|i|lik|dir|ə\syaxın)?(?!\w)", "year", "duration"),
        # "35 yaşadək", "18 yaşına qədər": an age limit is a figure (a bare age is not)
        Unit(
            r"yaş(?:ına|a)(?:dək(?!\w)|(?=\sqədər))|yaşdan(?=\s(?:yuxarı|aşağı|böyük|kiçik))",
            "year",
            "quantity",
        ),
        # "30 ayını", "6 ayında": the possessive forms too
        Unit(r"ay(?:ı(?:n(?:ın|ı|a|da|dan)?)?|dan|adək|a|da|lıq|dır)?(?!\w)", "month", "duration"),
        Unit(r"gün\w*", "day", "duration"),
        Unit(r"həftə\w*", "week", "duration"),
        Unit(r"saat\w*", "hour", "duration"),
        Unit(r"dəqiqə\w*", "minute", "duration"),
        Unit(r"saniyə\w*", "second", "duration"),
        Unit(r"sentner\w*", "c", "quantity"),
        Unit(r"şagird\w*", "pupil", "count"),
        Unit(r"tələbə\w*", "student", "count"),
        Unit(r"nəfər\w*|insan\w*|adam\w*", "person", "count"),
        Unit(r"ölkə\w*|dövlət\w*", "country", "count"),
        Unit(r"sənəd\w*", "document", "count"),
        Unit(r"üzv\w*", "member", "count"),
        Unit(r"səfər\w*", "visit", "count"),
        Unit(r"şirkət\w*", "company", "count"),
        Unit(r"qətnamə\w*", "resolution", "count"),
        Unit(r"tərəfdaş\w*", "partner", "count"),
        Unit(r"şəhər\w*", "city", "count"),
        Unit(r"layihə\w*", "project", "count"),
        Unit(r"saziş\w*|müqavilə\w*|memorandum\w*", "agreement", "count"),
        Unit(r"iş\syer\w*", "job", "count"),
        Unit(r"məktəb\w*", "school", "count"),
        Unit(r"liman\w*", "port", "count"),
        Unit(r"bina\w*", "building", "count"),
        Unit(r"gəmi\w*|bərə\w*|tanker\w*", "ship", "count"),
        Unit(r"reys\w*", "flight", "count"),
        Unit(r"universitet\w*", "university", "count"),
        Unit(r"(?:elektrik\s)?stansiya\w*", "plant", "count"),
        # people in a role and institutions: "120 işçi", "altı muzey"
        Unit(
            r"(?:işçi|əməkdaş|mütəxəssis|ekspert|şahid|təqsirləndirilən|miqrant|həkim|müəllim)\w*",
            "person",
            "count",
        ),
        Unit(r"(?:muzey|müəssisə|bank|xəstəxana)\w*", "institution", "count"),
        Unit(r"(?:rayon|kənd)\w*", "region", "count"),
        Unit(r"mənzil\w*", "dwelling", "count"),
        Unit(r"(?:hökumət|nazirlik|agentlik|qurum|təşkilat)\w*", "institution", "count"),
        Unit(r"(?:hotel|mehmanxana|qonaq\sev)\w*", "hotel", "count"),
        Unit(r"(?:otaq|çarpayı)\w*", "room", "count"),
        Unit(
            r"(?:sərhəd\s)?(?:keçid\smənt\w*|terminal|vağzal|anbar|depo|hava\sliman|zavod|fabrik|ferma|ofis|filial|mağaza)\w*",
            "facility",
            "count",
        ),
        Unit(r"(?:teplovoz|lokomotiv|elektrovoz)\w*", "locomotive", "count"),
        # vehicles and meetings: "1500-ə yaxın yük maşını", "iyirmi iclas"
        Unit(r"yük\smaşın\w*|tır(?:lar\w*|ı)?(?!\w)", "truck", "count"),
        Unit(r"maşın(?!qayır)\w*|avtomobil\w*|avtobus\w*", "vehicle", "count"),
        Unit(r"iclas\w*|görüş\w*", "meeting", "count"),
    ),
    qualifiers_before=(
        (r"təxminən|təqribən|təxmini|orta\shesabla", "approx"),
        (r"ən\sazı|azı", "at-least"),
        (r"ən\sçoxu", "up-to"),
    ),
    qualifiers_after=(
        (r"(?<=(?:d|t)(?:a|ə)n)\s(?:çox|artıq)\w*", "more-than"),
        (r"(?<=(?:d|t)(?:a|ə)n)\saz\w*", "less-than"),
        (r"(?<=(?:a|ə))\s(?:yaxın)\w*", "approx"),
        (r"(?<=(?:a|ə))\sqədər", "up-to"),
        # "5 ilədək", "40 tonadək": the terminative ending of the unit means "up to"
        (r"(?<=\wdək)(?!\w)", "up-to"),
        (r"\s(?:ətrafında|civarında)", "approx"),
    ),
    modality_cues=(
        (
            r"(?:proqnozlaşdırıl|proqnozlaşdır|proqnoz\w*\s|gözlə(?:nil|yir|yil)|ehtimal\s(?:olun|edil))\w*",
            "forecast",
        ),
        (
            # "-malı/-məli": what must be ("20 milyard kubmetrə çatdırılmalıdır")
            r"hədəflən\w*|hədəf(?:dir|dür)|hədəf\sqoyul\w*|məqsədi(?:dir)?|üzərində\siş\sgedir"
            r"|\w{2,}(?:ılmalı|ilməli|ulmalı|ülməli|malıdır|məlidir)\w*",
            "target",
        ),
        (
            r"nəzərdə\stutul\w*|planlaşdırıl\w*|plan\w*\s(?:var|edilir)|\w+(?:acaq|əcək)(?:dır|dir)?|\w+(?:maq|mək)\s(?:niyyət|qərar)\w*|(?:artırıl|genişləndiril|çatdırıl|yüksəldil|böyüdül)(?:ır|ir)",
            "planned",
        ),
    ),
    verb_final=True,
    reporting_verbs=r"bildir\w*|qeyd\s(?:et|olun|edil)\w*|de(?:yib|di|miş)\w*|vurğula\w*|açıqla\w*|söylə\w*|xəbər\sver\w*|məlum\solub|məlumat\sver\w*",
    relative_days={"dünən": -1, "dünənki": -1, "srağagün": -2},
    week_word="həftə",
    relative_weeks={
        r"(?:ötən|keçən)\shəftə(?:nin|də|dən)?": -1,
        r"bu\shəftə(?:nin|də|dən)?": 0,
        r"(?:gələn|növbəti)\shəftə(?:nin|də|dən)?": 1,
    },
    relative_years={"ötən": -1, "keçən": -1, "bu": 0, "cari": 0, "gələn": 1, "növbəti": 1},
    same_year="həmin",
    halves={"birinci": 1, "ilk": 1, "ikinci": 2},
    weekdays={
        r"bazar\sertəsi": 0,
        r"çərşənbə\saxşamı": 1,
        "çərşənbə": 2,
        r"cümə\saxşamı": 3,
        "cümə": 4,
        "şənbə": 5,
    },
    period_cues=r"dövriyyə\w*|həcm\w*|artım\w*|artıb|artmışdır|artaraq|sədrlik\w*|ixrac\w*|idxal\w*|yükdaşıma\w*|daşınan|tranzit\w*|büdcə\w*|gəlir\w*|istehsal\w*|investisiya\w*|sərmayə\w*",
    ordinals=_ORDINALS,
    ordinal_suffix=r"[-–](?:ci|cı|cu|cü|nci|ncı|ncu|ncü|inci|ıncı|uncu|üncü)",
    meeting_nouns=r"iclas\w*|zirvə\w*|sammit\w*|görüş\w*|toplantı\w*|sessiya\w*|qurultay\w*|forum\w*|konfrans\w*|müşavirə\w*|məşvərət\w*",
    visit_types={"dövlət": "state", "rəsmi": "official", "işgüzar": "working"},
    visit_noun=r"səfər(?!lər)(?:i|ı|in|ə|ə|də|dən|lə|iniz|inə|ində|indən|imiz|i\w*)?(?!\w)",
    partitive=r"(?:si|sı|su|sü|ü|u|i|ı)",
    # "ikiqat", "üçqat": twofold, threefold
    fused_units={
        "illik": "year",
        "aylıq": "month",
        "günlük": "day",
        "həftəlik": "week",
        "qat": "times",
    },
    labels=r"maddə\w*|fəsil\w*|bənd\w*|nömrə\w*|səhifə\w*|səh\.|cild\w*|s\.|№",
    not_count_nouns=r"və|ilə|ya|yaxud|üçün|isə|da|də|ki|il\w*|nömrə\w*|saylı|tərəfli|yaşlı|yaşında|illik|illiy\w*|ildönüm\w*|dəfə\w*|faiz\w*|yanvar\w*|fevral\w*|mart\w*|aprel\w*|may\w*|iyun\w*|iyul\w*|avqust\w*|sentyabr\w*|oktyabr\w*|noyabr\w*|dekabr\w*|ay\w*|ən|bu|o|hər|çox|artıq|az|yaxın|qədər|nəfərlik|sual\w*",
    anniversary=r"illiy\w*|ildönüm\w*|illik\s(?:yubiley\w*|bayram\w*)|yaş(?!ay|am|at|(?:ına|a)(?:dək|\sqədər)|dan\s(?:yuxarı|aşağı|böyük|kiçik))\w*",
    change_verbs=r"art\w*|azal\w*|yüksəl\w*|düş\w*|en(?:ib|ir|əcək|di|məsi)\w*|endiril\w*|çat\w*|genişlən\w*|genişləndir\w*|qalx\w*|qaldır\w*|böyü\w*|ucuzlaş\w*|bahalaş\w*|yaxşılaş\w*|pisləş\w*",
    ago_words=r"əvvəl|öncə",
    place_before=r"(?:[dt][aə]n?|n?[ıiuü]n|y[aə]|['’]\p{L}+)\s$",
    first_words=r"ilk|birinci",
    elapsed=r"son\s(?P<n>\d{1,3})\s(?:il|ildə|il\sərzində)(?!\w)|(?P<n>\d{1,3})\s(?:yaşı|illiyi|illik\syubileyi)\stamam\sol(?:ur|acaq)",
    minus_words=r"mənfi",
    before_that=r"(?:ondan|bundan|bundan\s+da|ondan\s+da)\s+(?:əvvəl|öncə|qabaq)",
    period_after=r"yekun\w*|nəticə\w*|göstərici\w*",
    # "onlardan 640-ı": a figure after "of them"
    figure_before=r"onlardan|bunlardan",
    century=r"əsr\w*",
    reference_headings=(
        "ədəbiyyat",
        "istinadlar",
        "mənbələr",
        "istifadə olunmuş ədəbiyyat",
        "istifadə edilmiş ədəbiyyat",
        "seçilmiş əsərləri",
        "əsas əsərləri",
    ),
)
