"""Document time: the date a text speaks from, which relative and year-less dates count
from. The publication date if the sources stage read one, else a date heading the text
(a dateline, a byline, an issue's month); a year-less dateline, or a text with no date
at all, takes the latest year the text tells as a fact -- the year after it when the text
reports that whole year's figures, and always after a year it compares itself with.
Years of plans, targets and deadlines never count. Never today's date.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import scan
from crossfact.claims.frame import assign_modality

# before a deadline's date: "by 2030", "к концу 2026 года", "до 2030 года", "for 2026";
# or a term that runs to it: "bonds maturing in 2030", "due in 2027", "valid until 2029"
DEADLINE_BEFORE = regex.compile(
    r"(?<!\w)(?:by|for|к|на|до|(?:maturing|expiring|due|valid|until|till)(?:\sin)?)\s"
    r"(?:(?:the\s)?(?:end|middle|start|beginning)\sof\s|концу\s|конца\s|началу\s|середине\s)?$"
)
_AZ_PAST_NEAR = regex.compile(r"\w(?:mış|miş|muş|müş|ıb|ib|ub|üb|dı|di|du|dü)(?!\w)")
# after a deadline's year: "2026-cı ilə qədər", "2030-cu ilədək", "2025-ci il üçün"
_AZ_DEADLINE = regex.compile(r"(?:dək|ədək|\s(?:\w+\s)?(?:qədər|dək)|\süçün)(?!\w)")


def publication_date(ctx: Context, dates: list[Mention]) -> dt.date | None:
    """The document's publication date: from the sources stage, else a full date that
    heads the document (role ``publication``, e.g. ``Bakı, 12 mart 2025-ci il, 14:20``)."""
    if ctx.doc.metadata.published is not None:
        return ctx.doc.metadata.published
    for x in dates:
        p = x.parts
        if x.role != "publication" or "d2" in p or "m2" in p:
            continue
        if {"m", "d"} <= p.keys():
            month = int(p["m"])  # type: ignore[call-overload]
            year = (
                p.get("y")
                or _lead_year(ctx, dates, x)
                or glossed_year(ctx, dates)
                or _dateline_year(ctx, dates, month)
            )
            day = int(p["d"])  # type: ignore[call-overload]
        elif {"y", "m"} <= p.keys():  # an issue's month: "Digest No. 9 (September 2025)"
            year, day = p["y"], 1
        else:
            continue
        if year is None:
            return None
        try:
            return dt.date(int(year), int(p["m"]), day)  # type: ignore[call-overload]
        except ValueError:
            return None
    return None


_LEAD_CHARS = 2000  # how far into the story its lead event is looked for
_LEAD_DAYS = 45  # how far from the dateline's day the lead event may lie
_LEAD_SENTENCES = 1  # the lead: the dateline's sentence and the one after


def _lead_year(ctx: Context, dates: list[Mention], dateline: Mention) -> int | None:
    """The year of a year-less dateline from the story's lead: a full date within weeks of
    the dateline's day ("Bakı, 2 oktyabr – 2024-cü il oktyabrın 7-9-da … forum
    keçiriləcək"): news is dated close to the events it reports."""
    m, d = int(dateline.parts["m"]), int(dateline.parts["d"])  # type: ignore[call-overload]
    lead = ctx.sentence_index(dateline.start) + _LEAD_SENTENCES
    para = ctx.paragraph_index(dateline.start)
    for x in dates:
        p = x.parts
        if x.start <= dateline.start or x.start - dateline.end > _LEAD_CHARS:
            continue
        if ctx.sentence_index(x.start) > lead or ctx.paragraph_index(x.start) > para + 1:
            break  # past the lead: "opened on October 30, 2017" is history, not the news
        if not {"y", "m"} <= p.keys() or "y2" in p or x.role in ("citation", "reference-entry"):
            continue
        year = int(p["y"])  # type: ignore[call-overload]
        day = p.get("d")
        try:
            told = dt.date(year, int(p["m"]), day if isinstance(day, int) else 15)  # type: ignore[call-overload]
            head = dt.date(year, m, min(d, 28))
        except ValueError:
            continue
        if abs((told - head).days) <= _LEAD_DAYS:
            return year
    return None


def _dateline_year(ctx: Context, dates: list[Mention], month: int) -> int | None:
    """The year of a year-less dateline ("BAKU, March 5 (Wire) -"): the latest year the
    text tells as a fact -- or the year after it when the text reports that whole year's
    figures (full-year figures for 2024 are published in 2025); and always after a year
    the text compares itself with ("compared with the same period of 2024")."""
    facts = _latest_facts(ctx, dates, ("event", "period"))
    floor = max(_compared_floor(ctx, dates) or 0, _season_year(ctx, dates, month) or 0) or None
    # "С 2001 года … за последние 24 года": years elapsed up to the time of writing
    floor = max(floor or 0, _elapsed_year(ctx, dates) or 0) or None
    if not facts:
        return floor
    latest = int(facts[0].parts["y"])  # type: ignore[call-overload]
    whole = [x for x in facts if _whole_year(ctx, x, dates)]
    # A past whole-year statistic (a money, quantity or percent figure: role "period") is
    # known only once its year is over. A count ("opened 3 terminals in 2024") may be a
    # tally so far: it only tips the year when the dateline is early in the next one or
    # the text also speaks of "this year".
    this_year = any(x.parts.get("rel") == 0 and not x.parts.get("same") for x in dates)
    strong = any(x.role == "period" for x in whole)
    year = latest + 1 if strong or (whole and (month <= 6 or this_year)) else latest
    return max(year, floor or 0)


def _elapsed_year(ctx: Context, dates: list[Mention]) -> int | None:
    """The year of writing from years elapsed since a year told next to them: "С 2001
    года … За последние 24 года" (2025), "opened in 1925 … turns 100" (2025)."""
    found: list[int] = []
    for x in dates:
        if x.parts.keys() != {"y"} or x.role in ("citation", "reference-entry", "publication"):
            continue
        pat = _elapsed_pattern(x.language)
        if pat is None:
            continue
        s, e = ctx.sentence(x.start)
        e = ctx.sentence(e)[1] if e < len(ctx.text) else e  # and the sentence after
        for m in scan(pat, ctx.folded, s, e):
            if int(m["n"]) > _MOST_ELAPSED:
                continue  # "Nizaminin 880 illik yubileyi": a life, not the text's time
            found.append(int(x.parts["y"]) + int(m["n"]))  # type: ignore[call-overload]
    return max(found) if found else None


_MOST_ELAPSED = 150


@functools.cache
def _elapsed_pattern(code: str) -> regex.Pattern[str] | None:
    words = grammar(code).lang.elapsed
    return regex.compile(rf"(?<!\w)(?:{words})", regex.V0) if words else None


def _season_year(ctx: Context, dates: list[Mention], month: int) -> int | None:
    """The year of a dateline inside a season that spans the turn of a year, told as a
    fact ("для кампании 2025–2026 годов завезено …", "the 2024/25 academic year has
    begun"): its first year for a dateline in the second half of a year, else its second."""
    years = [
        int(x.parts["y"])  # type: ignore[call-overload]
        for x in dates
        if x.parts.keys() == {"y", "y2"}
        and int(x.parts["y2"]) == int(x.parts["y"]) + 1  # type: ignore[call-overload]
        and x.role in ("event", "period")
        and _told_as_fact(ctx, x)
    ]
    if not years:
        return None
    return max(years) + (0 if month >= 7 else 1)


# a year the text's own time is compared with: "2024-cü ilin müvafiq dövrü ilə
# müqayisədə", "than in the same period of 2024", "по сравнению с 2024 годом"
_COMPARED_AFTER = regex.compile(r"\s(?:\w+\s){0,3}?(?:ilə\s)?müqayisədə|\s(?:\w+\s){0,2}?nisbətən")
_COMPARED_BEFORE = regex.compile(
    r"(?:(?:compared\s(?:with|to)|against|versus|vs\.?|по\sсравнению\sс|против)\s(?:[^.;]{0,40}?\s)?"
    r"(?:in\s|в\s)?|than\sin\s|чем\sв\s)"
    r"(?:the\s)?(?:same\s(?:period|months?|quarter)\s(?:of|in)\s|аналогичн\w+\s\w+\s)?$"
)


def _compared_floor(ctx: Context, dates: list[Mention]) -> int | None:
    """One more than the latest year the text compares itself with, if any."""
    years = [
        int(x.parts["y"])  # type: ignore[call-overload]
        for x in dates
        if "y" in x.parts
        and "y2" not in x.parts
        and x.role not in ("citation", "reference-entry", "publication")
        and is_compared(ctx, x)
    ]
    return max(years) + 1 if years else None


# a year something has lasted since: "since 2008", "с 2008 года", "2008-ci ildən bəri"
_SINCE_BEFORE = regex.compile(r"(?<!\w)(?:since|с|со|начиная\sс)\s$")
_SINCE_AFTER = regex.compile(r"\s(?:bəri|etibarən)(?!\w)")


def is_since(ctx: Context, x: Mention) -> bool:
    """A year told as the start of what still goes on ("руководящий командой с 2008
    года"): not the time of the story around it."""
    if x.parts.keys() != {"y"}:
        return False
    t = ctx.folded
    return bool(
        _SINCE_BEFORE.search(t, max(0, x.start - 12), x.start)
        or _SINCE_AFTER.match(t, x.end, x.end + 12)
    )


def is_compared(ctx: Context, x: Mention) -> bool:
    """A year the text compares its figures with ("ötən ilə nisbətən", "compared with
    2024"): a base of comparison, not the time of what it tells."""
    return bool(
        _COMPARED_AFTER.match(ctx.folded, x.end, x.end + 60)
        or _COMPARED_BEFORE.search(ctx.folded, max(0, x.start - 40), x.start)
    )


# the whole-year forms of a year: "in 2024", "for 2024", "2024-cü ildə", "в 2024 году",
# "за 2024 год" -- not a year naming a thing ("выборах 2025 года", "the 2024 vote")
_IN_YEAR_BEFORE = regex.compile(r"(?:in|for|during|за|в|итогам|итогах)\s$")
_IN_YEAR_TEXT = regex.compile(r"\d{4}(?:[-–]\w+\s(?:ildə|ilin\s(?:yekun|nəticə)\w*)|\sгоду|\sгод)$")


def _whole_year(ctx: Context, x: Mention, dates: list[Mention]) -> bool:
    """A year-only mention in a whole-year form, in a sentence that holds a figure."""
    if x.role not in ("period", "event") or not x.parts.keys() <= {"y"}:
        return False
    if not (
        _IN_YEAR_TEXT.search(ctx.folded, x.start, x.end)
        or _IN_YEAR_BEFORE.search(ctx.folded, max(0, x.start - 8), x.start)
    ):
        return False
    s, e = ctx.sentence(x.start)
    # a figure: digits outside the sentence's dates (a dateline's day is none)
    inside = [(d.start, d.end) for d in dates if s <= d.start < e]
    return any(
        c.isdigit() and not any(a <= i < b for a, b in inside)
        for i, c in enumerate(ctx.text[s:e], s)
    )


def _latest_facts(ctx: Context, dates: list[Mention], roles: tuple[str, ...]) -> list[Mention]:
    """The single-year mentions of the latest year told as a fact (none if there is none).
    Years are tried latest first, so the modality of few mentions is ever read."""
    cands = sorted(
        (
            x
            for x in dates
            if x.role in roles and "y" in x.parts and "y2" not in x.parts and "rel" not in x.parts
        ),
        key=lambda x: -int(x.parts["y"]),  # type: ignore[call-overload]
    )
    for i, x in enumerate(cands):
        if _told_as_fact(ctx, x):
            y = x.parts["y"]
            return [x] + [z for z in cands[i + 1 :] if z.parts["y"] == y and _told_as_fact(ctx, z)]
    return []


def document_time(
    ctx: Context, dates: list[Mention], pub: dt.date | None
) -> tuple[int | None, str]:
    """The year relative dates count from; ``pub`` is :func:`publication_date`."""
    if pub is not None:
        return pub.year, "publication-date"
    for x in dates:
        if x.role == "publication" and "y" in x.parts:
            return int(x.parts["y"]), "publication-date"  # type: ignore[call-overload]
    glossed = glossed_year(ctx, dates)
    if glossed is not None:
        return glossed, "document-time"
    # no date heads the text: the latest year it tells as a fact, as for a year-less
    # dateline late in a year (the year after only if the text also says "this year")
    return _dateline_year(ctx, dates, 12), "document-time"


# a relative year glossed by the year itself: "в прошлом, 2024 году", "cari, 2025-ci ilin",
# "this year (2025)", "last year, 2024,"
_GLOSSED = regex.compile(
    r"(?:(?<!\w)в\s(?:(?P<last>прошлом)|этом|текущем|нынешнем),\s"
    r"|(?<!\w)(?:(?P<last>ötən|keçən)|cari)(?:\sil)?\s?[,(]\s?|(?<!\w)bu\sil\s?[,(]\s?"
    r"|(?<!\w)(?:(?P<last>last)|this|current)\syear\s?[,(]\s?)$"
)


_YEAR_AFTER = regex.compile(r"\s?[(,]\s?(?P<y>(?:19|20)\d\d)(?!\d)")


def glossed_year(ctx: Context, dates: list[Mention]) -> int | None:
    """The text's own year where it glosses "this year" or "last year" with the year
    ("в прошлом, 2024 году" = the text is of 2025) -- unless the text tells of later
    events as facts: then the gloss is of a passage it quotes ("bu il (2022-ci ildə)" in
    an article that goes on to 2023)."""
    year = _first_gloss(ctx, dates)
    if year is None:
        return None
    facts = _latest_facts(ctx, dates, ("event", "period"))
    if facts and int(facts[0].parts["y"]) > year:  # type: ignore[call-overload]
        return None
    return year


def _first_gloss(ctx: Context, dates: list[Mention]) -> int | None:
    for x in dates:
        rel = x.parts.get("rel")
        if isinstance(rel, int) and not x.parts.get("same"):
            after = _YEAR_AFTER.match(ctx.folded, x.end)  # "this year (2025)"
            if after is not None:
                return int(after["y"]) - rel
        if "y" not in x.parts or "y2" in x.parts or x.role == "reference-entry":
            continue
        m = _GLOSSED.search(ctx.folded, max(0, x.start - 24), x.start)
        if m is not None:
            return int(x.parts["y"]) + (1 if m["last"] else 0)  # type: ignore[call-overload]
    return None


def is_deadline(ctx: Context, x: Mention) -> bool:
    """A date things are due by: "by 2030", "by the end of 2026", "к 2030 году",
    "перенесен на 2026 год", "2027-ci ilədək", "2026-cı ilə qədər", "2025-ci il üçün"."""
    t = ctx.folded
    if t.startswith(("к ", "by ", "до "), x.start) or DEADLINE_BEFORE.search(
        t, max(0, x.start - 20), x.start
    ):
        return True
    return grammar(x.language).lang.verb_final and (
        t[x.start : x.end].endswith("dək") or _AZ_DEADLINE.match(t, x.end) is not None
    )


def _told_as_fact(ctx: Context, x: Mention) -> bool:
    """A year told in a planned or forecast statement ("2026-cı ilə qədər … çatdırmaq
    məqsədi", "к 2030 году", "will open in 2027") says nothing of when the text was
    written; only years of what has happened bound the document time."""
    if is_deadline(ctx, x):
        return False
    verb_final = grammar(x.language).lang.verb_final
    probe = copy.copy(x)
    assign_modality(ctx, [probe])
    if probe.modality == "actual":
        return True
    # SOV: the clause-final verb may belong to a participle's head ("2024-cü il iyulun
    # 3-də imzalanmış müqavilə … rol oynayacaq"): a past form right after the year wins
    return verb_final and _AZ_PAST_NEAR.search(ctx.folded, x.end, x.end + 60) is not None
