"""Passes over resolved dates that read two mentions, or a mention and the one before it,
as one interval: "January 2010 to December 2023", "the same period of 2024"."""

from __future__ import annotations

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.mention import Mention

# between the two ends of a date range: "January 2010 to December 2023", "с мая по июль"
_RANGE_JOINER = regex.compile(r"\s(?:to|until|till|through|по|до)\s|\s?[-–—]\s?")
# Azerbaijani says it with cases: the first end in the ablative, the second in the
# terminative ("2024-cü ilin dekabrından bu ilin mart ayınadək")
_AZ_FROM = regex.compile(r"(?:dan|dən|\say[ıi]ndan)\s$")
_AZ_UNTIL = regex.compile(r"(?:\w*|\say\w*)(?:(?<=dək)|\sqədər)(?!\w)")


def join_ranges(ctx: Context, dates: list[Mention]) -> list[Mention]:
    """Two explicit dates of one precision joined as a range ("from January 2010 to
    December 2023") are one claim for the interval, not two claims."""
    dates.sort(key=lambda x: x.start)
    out: list[Mention] = []
    for x in dates:
        a = out[-1] if out else None
        if (
            a is not None
            and "explicit" in (a.resolution, x.resolution)
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
        if (
            a is not None
            and a.precision == x.precision == "month"
            and isinstance(a.value, str)
            and isinstance(x.value, str)
            and "/" not in a.value + x.value
            and a.value < x.value
            and 0 < x.start - a.end <= 12
            and _AZ_FROM.search(ctx.folded, a.start, x.start)
            and (until := _AZ_UNTIL.match(ctx.folded, x.end)) is not None
        ):
            a.end, a.value = until.end(), f"{a.value}/{x.value}"
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
