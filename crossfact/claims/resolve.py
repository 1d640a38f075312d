"""Fill in date values: explicit dates format directly; year-less ones take the nearest
preceding explicit year in context, relative ones count from the document time.

Document time = the publication date if known, else the latest explicit single event
year in the body told as a fact (citation and reference-entry dates, and years of planned
or forecast statements, excluded). Never today's date.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.frame import assign_modality

_GLOSS = regex.compile(r"\s?\(\s?")
# "2026-cı ilə qədər", "2030-cu ilədək", "2026-cı ilin sonuna qədər": a deadline
_DEADLINE_BEFORE = regex.compile(
    r"(?<!\w)(?:by|for|к|на|до)\s"
    r"(?:(?:the\s)?(?:end|middle|start|beginning)\sof\s|концу\s|конца\s|началу\s|середине\s)?$"
)
_AZ_PAST_NEAR = regex.compile(r"\w(?:mış|miş|muş|müş|ıb|ib|ub|üb|dı|di|du|dü)(?!\w)")
_AZ_DEADLINE = regex.compile(r"(?:dək|ədək|\s(?:\w+\s)?(?:qədər|dək))(?!\w)")  # after the span
_CONTEXT_SENTENCES = 2  # a year-less date looks this many sentences back for its year


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _value(p: dict[str, object], y: int) -> tuple[str, str]:
    """ISO value and precision of date parts ``p`` in year ``y``."""
    m = p.get("m")
    d = p.get("d")
    if "y2" in p:
        return f"{y:04d}/{p['y2']:04d}", "year"
    if "q" in p:
        q = int(p["q"])  # type: ignore[call-overload]
        q2 = int(p.get("q2", q))  # type: ignore[call-overload]
        return f"{_fmt(y, 3 * q - 2)}/{_fmt(y, 3 * q2)}", "month"
    if "season" in p:
        months: tuple[int, int] = p["season"]  # type: ignore[assignment]
        return f"{_fmt(y, months[0])}/{_fmt(y, months[1])}", "month"
    if "m2" in p and isinstance(m, int):
        m2 = int(p["m2"])  # type: ignore[call-overload]
        if isinstance(d, int) and "d2" in p:  # "iyunun 10-dan iyulun 25-dək"
            return f"{_fmt(y, m, d)}/{_fmt(y, m2, int(p['d2']))}", "day"  # type: ignore[call-overload]
        return f"{_fmt(y, m)}/{_fmt(y, m2)}", "month"
    if "nm" in p:
        return f"{_fmt(y, 1)}/{_fmt(y, int(p['nm']))}", "month"  # type: ignore[call-overload]
    if "half" in p:
        h = int(p["half"])  # type: ignore[call-overload]
        return f"{_fmt(y, 1 if h == 1 else 7)}/{_fmt(y, 6 if h == 1 else 12)}", "month"
    if isinstance(m, int) and isinstance(d, int):
        if "d2" in p:
            return f"{_fmt(y, m, d)}/{_fmt(y, m, int(p['d2']))}", "day"  # type: ignore[call-overload]
        return _fmt(y, m, d), "day"
    if isinstance(m, int):
        return _fmt(y, m), "month"
    return _fmt(y), "year"


def _static(p: dict[str, object]) -> tuple[str, str] | None:
    if "fixed" in p:  # a day word already counted from the publication date
        return str(p["fixed"]), "day"
    if "dec" in p:
        # the decade at decade precision, "early"/"late" or not ("1990-cı illərin
        # əvvəllərində" = 1990/1999): where early ends is a convention, the decade is not
        dec = int(p["dec"])  # type: ignore[call-overload]
        return f"{dec}/{dec + 9}", "decade"
    if "century" in p:
        c = int(p["century"])  # type: ignore[call-overload]
        # as the century is spoken of: the 21st is 2000-2099 ("20XX"), not 2001-2100
        return f"{(c - 1) * 100:04d}/{(c - 1) * 100 + 99:04d}", "century"
    return None


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
            year = p.get("y") or _dateline_year(ctx, dates, int(p["m"]))  # type: ignore[call-overload]
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


def _dateline_year(ctx: Context, dates: list[Mention], month: int) -> int | None:
    """The year of a year-less dateline ("BAKU, March 5 (Wire) -"): the latest year the
    text tells as a fact -- or the year after it when the text reports that whole year's
    figures (full-year figures for 2024 are published in 2025); and always after a year
    the text compares itself with ("compared with the same period of 2024")."""
    facts = _latest_facts(ctx, dates, ("event", "period"))
    floor = _compared_floor(ctx, dates)
    if not facts:
        return floor
    latest = int(facts[0].parts["y"])  # type: ignore[call-overload]
    whole = [x for x in facts if _whole_year(ctx, x)]
    # A past whole-year statistic (a money, quantity or percent figure: role "period") is
    # known only once its year is over. A count ("opened 3 terminals in 2024") may be a
    # tally so far: it only tips the year when the dateline is early in the next one or
    # the text also speaks of "this year".
    this_year = any(x.parts.get("rel") == 0 and not x.parts.get("same") for x in dates)
    strong = any(x.role == "period" for x in whole)
    year = latest + 1 if strong or (whole and (month <= 6 or this_year)) else latest
    return max(year, floor or 0)


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
        and (
            _COMPARED_AFTER.match(ctx.folded, x.end, x.end + 60)
            or _COMPARED_BEFORE.search(ctx.folded, max(0, x.start - 40), x.start)
        )
    ]
    return max(years) + 1 if years else None


# the whole-year forms of a year: "in 2024", "for 2024", "2024-cü ildə", "в 2024 году",
# "за 2024 год" -- not a year naming a thing ("выборах 2025 года", "the 2024 vote")
_IN_YEAR_BEFORE = regex.compile(r"(?:in|for|during|за|в|итогам|итогах)\s$")
_IN_YEAR_TEXT = regex.compile(r"\d{4}(?:[-–]\w+\s(?:ildə|ilin\s(?:yekun|nəticə)\w*)|\sгоду|\sгод)$")


def _whole_year(ctx: Context, x: Mention) -> bool:
    """A year-only mention in a whole-year form, in a sentence that holds a figure."""
    if x.role not in ("period", "event") or not x.parts.keys() <= {"y"}:
        return False
    if not (
        _IN_YEAR_TEXT.search(ctx.folded, x.start, x.end)
        or _IN_YEAR_BEFORE.search(ctx.folded, max(0, x.start - 8), x.start)
    ):
        return False
    s, e = ctx.sentence(x.start)
    return any(c.isdigit() for c in ctx.text[s : x.start] + ctx.text[x.end : e])


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
    # no date heads the text: the latest year it tells as a fact, as for a year-less
    # dateline late in a year (the year after only if the text also says "this year")
    return _dateline_year(ctx, dates, 12), "document-time"


def _told_as_fact(ctx: Context, x: Mention) -> bool:
    """A year told in a planned or forecast statement ("2026-cı ilə qədər … çatdırmaq
    məqsədi", "к 2030 году", "will open in 2027") says nothing of when the text was
    written; only years of what has happened bound the document time."""
    verb_final = grammar(x.language).lang.verb_final
    if _DEADLINE_BEFORE.search(ctx.folded, max(0, x.start - 6), x.start):
        return False  # "by 2030", "by the end of 2026", "к 2030 году", "перенесен на 2026 год"
    if verb_final and (
        ctx.folded[x.start : x.end].endswith("dək") or _AZ_DEADLINE.match(ctx.folded, x.end)
    ):
        return False
    probe = copy.copy(x)
    assign_modality(ctx, [probe])
    if probe.modality == "actual":
        return True
    # SOV: the clause-final verb may belong to a participle's head ("2024-cü il iyulun
    # 3-də imzalanmış müqavilə … rol oynayacaq"): a past form right after the year wins
    return verb_final and _AZ_PAST_NEAR.search(ctx.folded, x.end, x.end + 60) is not None


def resolve(ctx: Context, dates: list[Mention], keep: bool = False) -> list[Mention]:
    """Set ``value``/``precision``/``resolution`` on every date; drop unresolvable ones
    (``keep``: keep them unvalued, for a provisional pass before roles are known)."""
    dates.sort(key=lambda x: x.start)
    anchors: list[tuple[int, int]] = []  # (position, year) of explicit body dates
    for x in dates:
        if "y" in x.parts and x.role not in ("citation", "reference-entry", "publication"):
            anchors.append((x.start, int(x.parts["y"])))  # type: ignore[call-overload]
    pub = publication_date(ctx, dates)  # once: reading a dateline's year costs
    doc_year, doc_how = document_time(ctx, dates, pub)
    out = []
    for x in dates:
        p = x.parts
        static = _static(p)
        if static:
            x.value, x.precision = static
            x.resolution = "relative" if "fixed" in p else "explicit"
            out.append(x)
            continue
        if "y" in p:
            x.value, x.precision = _value(p, int(p["y"]))  # type: ignore[call-overload]
            x.resolution = "explicit"
            out.append(x)
            continue
        year, how = _year_for(ctx, x, anchors, dates, doc_year, doc_how, pub)
        if year is None:
            if keep:
                out.append(x)
            continue
        x.value, x.precision = _value(p, year)
        x.resolution = how
        out.append(x)
        if how == "relative" and x.role not in ("citation", "reference-entry", "publication"):
            # "Bu ilin martında …, martın 11-də …": a resolved relative year anchors the
            # year-less dates after it, as an explicit one would.
            bisect.insort(anchors, (x.start, year))
    return out


def _year_for(
    ctx: Context,
    x: Mention,
    anchors: list[tuple[int, int]],
    dates: list[Mention],
    doc_year: int | None,
    doc_how: str,
    pub: dt.date | None,
) -> tuple[int | None, str]:
    p = x.parts
    gloss = _gloss_year(ctx, x, dates)
    if gloss is not None:
        return gloss, "context-year"
    if ctx.in_refs(x.start):
        # "TITR Association (2024) Annual Report. Astana, 15 January.": the entry's year
        for d in reversed(dates):
            if d.start < x.start and "y" in d.parts and x.start - d.end < 160:
                return int(d.parts["y"]), "context-year"  # type: ignore[call-overload]
    before = anchors[: bisect.bisect_left(anchors, (x.start, -1))]
    if p.get("same"):
        return (before[-1][1], "context-year") if before else (doc_year, doc_how)
    if "rel" in p:
        if doc_year is None:
            return None, "relative"
        return doc_year + int(p["rel"]), "relative"  # type: ignore[call-overload]
    if "relmon" in p:  # "next November": the coming one, counted from publication
        m = int(p["m"])  # type: ignore[call-overload]
        if pub is None:
            return doc_year, doc_how
        if p["relmon"] == "next":
            return (pub.year if m > pub.month else pub.year + 1), "relative"
        if p["relmon"] == "last":
            return (pub.year if m < pub.month else pub.year - 1), "relative"
        return pub.year, "relative"
    if "wd" in p:  # "on Tuesday": the last such day up to the publication date
        if pub is None:
            return None, "relative"
        day = pub - dt.timedelta(days=(pub.weekday() - int(p["wd"])) % 7)  # type: ignore[call-overload]
        p["m"], p["d"] = day.month, day.day
        return day.year, "relative"
    if "relm" in p:  # "last month": only from a publication date
        if pub is None:
            return None, "relative"
        k = pub.year * 12 + pub.month - 1 + int(p["relm"])  # type: ignore[call-overload]
        p["m"] = k % 12 + 1
        return k // 12, "relative"
    # year-less: nearest preceding explicit year, same or previous paragraph, few sentences back
    para = ctx.paragraph_index(x.start)
    sent = ctx.sentence_index(x.start)
    for pos, y in reversed(before):
        if (
            para - ctx.paragraph_index(pos) > 1
            or sent - ctx.sentence_index(pos) > _CONTEXT_SENTENCES
        ):
            break
        if pub is not None and not _same_episode(ctx, x, pos, sent, dates):
            break  # a dated article: "on 12 March" is this year's unless the story is there
        return y, "context-year"
    if pub is not None and isinstance(p.get("m"), int):
        return _publication_year(pub, p["m"], p.get("d")), "publication-date"  # type: ignore[arg-type]
    # "aprelin 10-da" pages after "2023-cü il aprelin 10-da": the same month named earlier
    month = p.get("m")
    if isinstance(month, int):
        for d in reversed(dates):
            if (
                d.start < x.start
                and d.parts.get("m") == month
                and "y" in d.parts
                and d.role not in ("citation", "reference-entry", "publication")
            ):
                return int(d.parts["y"]), "context-year"  # type: ignore[call-overload]
    return doc_year, doc_how


def _same_episode(ctx: Context, x: Mention, pos: int, sent: int, dates: list[Mention]) -> bool:
    """In a dated article, a year-less date takes the year of an earlier date only when
    both tell one episode: the same sentence, or the sentence just before in the same
    paragraph with a month at most two away ("14 December …; a day earlier, on 13 December"). A date months apart
    ("30 August 1992 … on 27 November") belongs to the publication year instead."""
    anchor = next((d for d in dates if d.start == pos), None)
    if anchor is not None and anchor.role == "period":
        # the year a figure is for ("2024-cü ildə 30 milyon ton … martın 3-də açılacaq")
        # is not the year of the story, which is the publication's
        return False
    gap = sent - ctx.sentence_index(pos)
    if gap == 0:
        return True
    if gap > 1 or ctx.paragraph_index(pos) != ctx.paragraph_index(x.start):
        return False
    month = x.parts.get("m")
    other = anchor.parts.get("m") if anchor is not None else None
    if not isinstance(month, int) or not isinstance(other, int):
        return True  # "In 2022 … On 14 December": a bare year sets the story's year
    return abs(month - other) <= 2


def _publication_year(pub: object, month: int, day: object) -> int:
    """The year of a month/day in an article published on ``pub``: this year's, unless that
    would put it more than half a year after publication ("on 24 November" in March is last
    November; "due in November" in July is this one)."""
    assert isinstance(pub, dt.date)
    d = day if isinstance(day, int) else 1
    try:
        cand = dt.date(pub.year, month, min(d, 28))
    except ValueError:
        return pub.year
    return pub.year - 1 if (cand - pub).days > 183 else pub.year


def _gloss_year(ctx: Context, x: Mention, dates: list[Mention]) -> int | None:
    """``bu il (2022-ci ildə)``: an explicit year glossed in parentheses right after."""
    m = _GLOSS.match(ctx.text, x.end)
    if not m:
        return None
    for d in dates:
        if d.start == m.end() and "y" in d.parts:
            return int(d.parts["y"])  # type: ignore[call-overload]
    return None


# between the two ends of a date range: "January 2010 to December 2023", "с мая по июль"
_RANGE_JOINER = regex.compile(r"\s(?:to|until|till|through|по|до)\s|\s?[-–—]\s?")


def join_ranges(ctx: Context, dates: list[Mention]) -> list[Mention]:
    """Two explicit dates of one precision joined as a range ("from January 2010 to
    December 2023") are one claim for the interval, not two claims."""
    dates.sort(key=lambda x: x.start)
    out: list[Mention] = []
    for x in dates:
        a = out[-1] if out else None
        if (
            a is not None
            and a.resolution == x.resolution == "explicit"
            and a.precision == x.precision
            and a.precision in ("month", "day")
            and isinstance(a.value, str)
            and isinstance(x.value, str)
            and "/" not in a.value + x.value
            and a.value < x.value
            and 0 < x.start - a.end <= 8
            and _RANGE_JOINER.fullmatch(ctx.folded, a.end, x.start)
        ):
            a.end, a.value = x.end, f"{a.value}/{x.value}"
            continue
        out.append(x)
    return out


# "ötən ilin müvafiq dövrü", "2024-cü ilin eyni dövrünə": the period after a year
_SAME_PERIOD_AFTER = regex.compile(r"\s(?:müvafiq|eyni|həmin|analoji)\sdövr\w*")
# "тот же период прошлого года", "the same period of 2024": the period before a year
_SAME_PERIOD_BEFORE = regex.compile(
    r"(?:(?:тот|того|тому|том|тем)\sже|аналогичн\w+|соответствующ\w+)\sпериод\w*\s$"
    r"|same\s(?:period|months?|time)\s(?:of\s|in\s)?$"
)
_MONTH_SPAN = regex.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def same_periods(ctx: Context, dates: list[Mention]) -> None:
    """A year named as "the same period" of it stands for the months of the period the
    text spoke of just before, in that year ("in January-September ... 18% more than in
    the same period of 2024" = 2024-01/2024-09)."""
    last: tuple[int, str, str] | None = None  # (end, first month, last month)
    for x in sorted(dates, key=lambda d: d.start):
        v = x.value if isinstance(x.value, str) else ""
        m = _MONTH_SPAN.fullmatch(v)
        if m and m.group(1) == m.group(3) and x.precision == "month":
            last = (x.end, m.group(2), m.group(4))
            continue
        if last is None or x.precision != "year" or "/" in v or x.start - last[0] > 600:
            continue
        after = _SAME_PERIOD_AFTER.match(ctx.folded, x.end)
        before = _SAME_PERIOD_BEFORE.search(ctx.folded, max(0, x.start - 40), x.start)
        if after or before:
            x.value = f"{v}-{last[1]}/{v}-{last[2]}"
            x.precision = "month"
            x.start = before.start() if before else x.start
            x.end = after.end() if after else x.end
