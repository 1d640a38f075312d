"""Run every extractor over a document and turn mentions into :class:`Claim` objects."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from crossfact.claims.context import Context, build_context
from crossfact.claims.extractors.categories import extract_categories
from crossfact.claims.extractors.dates import extract_dates
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.numbers import extract_numbers
from crossfact.claims.extractors.relative_days import extract_relative_days
from crossfact.claims.extractors.scan import Spans
from crossfact.claims.frame import assign_modality, assign_roles
from crossfact.claims.intervals import absorb_weekdays, join_ranges, same_periods
from crossfact.claims.models import Claim
from crossfact.claims.resolve import resolve
from crossfact.sources.models import Document


def extract_mentions(ctx: Context) -> list[Mention]:
    """All mentions in view coordinates, sorted by start."""
    dates = [d for d in extract_dates(ctx) if not ctx.in_url(d.start, d.end)]
    dates += extract_relative_days(ctx)
    dates = _dedupe(dates)
    taken = Spans()
    for d in dates:
        taken.add(d.start, d.end)
    cats = extract_categories(ctx)
    for c in cats:
        if c.attribute == "meeting-ordinal":
            taken.add(c.start, c.end)  # "10-cu yubiley Zirvə": an ordinal, not a count
    numbers = extract_numbers(ctx, taken)
    # provisional precision for roles before resolution
    dates = resolve(ctx, dates, keep=True)  # "next month" waits for the header date's role
    assign_roles(ctx, dates, numbers)
    dates = resolve(ctx, [_reset(d) for d in dates])  # document time ignores roles set above
    dates = absorb_weekdays(ctx, dates)  # first: "from Sunday 1 June until Sunday 14 September"
    dates = join_ranges(ctx, dates)
    same_periods(ctx, dates)
    assign_modality(ctx, numbers)
    found = [m for m in dates + numbers + cats if not ctx.is_excluded(m.start, m.end)]
    found.sort(key=lambda m: (m.start, -m.end))
    return found


def _reset(d: Mention) -> Mention:
    d.value = None
    return d


def _dedupe(ms: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping date mentions."""
    ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def extract_claims(doc: Document) -> list[Claim]:
    """All claims of ``doc`` sorted by offset; none from excluded spans."""
    if not doc.text.strip():
        return []
    ctx = build_context(doc)
    view = doc.view
    sent_starts = [s.start for s in doc.sentences]
    claims: list[Claim] = []
    for m in extract_mentions(ctx):
        s, e = view.to_original(m.start, m.end)
        if ctx.excluded and any(x.start < e and s < x.end for x in doc.excluded):
            continue
        ss, se = _sentence(doc, sent_starts, ctx, m, s, e)
        claims.append(
            _claim(
                {
                    "kind": m.kind,
                    "start": s,
                    "end": e,
                    "text": doc.text[s:e],
                    "value": m.value,
                    "from_value": m.from_value,
                    "unit": m.unit,
                    "precision": m.precision,
                    "qualifier": m.qualifier,
                    "modality": m.modality,
                    "role": m.role,
                    "resolution": m.resolution,
                    "attribute": m.attribute,
                    "noun": m.noun,
                    "language": m.language,
                    "sentence_start": ss,
                    "sentence_end": se,
                }
            )
        )
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


_FIELDS = frozenset(Claim.model_fields)
_set = object.__setattr__


def _construct(values: dict[str, object]) -> Claim:
    """What ``Claim.model_construct(**values)`` makes when ``values`` sets every field:
    every field is built typed here, so validation (~half the run) and the generic
    construction loop are skipped."""
    c = Claim.__new__(Claim)
    _set(c, "__dict__", values)
    _set(c, "__pydantic_fields_set__", set(_FIELDS))
    _set(c, "__pydantic_extra__", None)
    _set(c, "__pydantic_private__", None)
    return c


def _claim_factory() -> Callable[[dict[str, object]], Claim]:
    """The fast constructor if it builds exactly what ``model_construct`` does, else
    ``model_construct`` (a model change, e.g. a post-init hook, falls back safely)."""
    probe = {name: None for name in Claim.model_fields}

    def slow(values: dict[str, object]) -> Claim:
        return Claim.model_construct(**values)  # type: ignore[arg-type]

    a, b = slow(dict(probe)), _construct(dict(probe))
    same = (
        a.__dict__ == b.__dict__
        and list(a.__dict__) == list(b.__dict__)
        and a.model_fields_set == b.model_fields_set
        and a.__pydantic_extra__ is None
        and a.__pydantic_private__ is None
        and not Claim.__pydantic_post_init__
    )
    return _construct if same else slow


_claim = _claim_factory()


def _sentence(
    doc: Document, starts: list[int], ctx: Context, m: Mention, s: int, e: int
) -> tuple[int, int]:
    if starts:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and doc.sentences[i].start <= s < doc.sentences[i].end:
            seg = doc.sentences[i]
            return seg.start, max(seg.end, e) if seg.end >= s else e
        return s, e
    vs, ve = ctx.sentence(m.start)
    os_, oe = doc.view.to_original(vs, ve)
    return min(os_, s), max(oe, e)
