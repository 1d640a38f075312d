"""Day words counted from the publication date: "dünən", "yesterday", "вчера".

Only in a dated article: without a publication date such a word dates nothing. "Today" and
its kin are left out on purpose: "bu gün" / "today" mostly means "nowadays" in editorial
prose.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import scan
from crossfact.claims.lang import get_lang


@cache
def _pattern(code: str) -> regex.Pattern[str] | None:
    words = get_lang(code).relative_days
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def extract_relative_days(ctx: Context) -> list[Mention]:
    pub = ctx.doc.metadata.published
    if pub is None:
        return []
    out: list[Mention] = []
    for start, end, code in ctx.regions:
        pat = _pattern(code)
        if pat is None:
            continue
        offsets = get_lang(code).relative_days
        for m in scan(pat, ctx.folded, start, end):
            day = pub + dt.timedelta(days=offsets[m.group(0)])
            out.append(
                Mention(
                    start=m.start(), end=m.end(), kind="date", language=code,
                    value=day.isoformat(), precision="day", resolution="relative",
                    parts={"fixed": day.isoformat()},
                )
            )  # fmt: skip
    return out
