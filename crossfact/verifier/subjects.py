"""Subject keys that are built, not listed: visits clustered by date, and readable labels."""

from __future__ import annotations

import datetime as dt

from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import LinkedClaim
from crossfact.verifier.values import parse_date

VISIT_SLACK = dt.timedelta(days=3)  # a state visit lasts a few days


def _visit_span(lc: LinkedClaim) -> tuple[dt.date, dt.date] | None:
    raw = lc.claim.value if lc.attribute in ("date", "visit-date") else lc.frame.period
    span = parse_date(raw) if raw else None
    if span is None or span.precision == "year":
        return None
    return span.first, span.last


def cluster_visits(linked: list[LinkedClaim]) -> list[LinkedClaim]:
    """Give each visit claim the key of the visit it belongs to.

    A visit is keyed by visitor and host (``visit:kazakhstan>azerbaijan``); claims of the
    same pair whose dates lie within a few days of each other are one visit, named by its
    earliest day (``…:2024-03-11``). Visit claims with no date at all are dropped: they
    cannot be told apart from other visits of the same pair.
    """
    out: list[LinkedClaim] = []
    by_pair: dict[str, list[tuple[dt.date, dt.date, LinkedClaim]]] = {}
    for lc in linked:
        if not (lc.subject or "").startswith("visit:"):
            out.append(lc)
            continue
        span = _visit_span(lc)
        if span is None:
            continue
        by_pair.setdefault(lc.subject or "", []).append((*span, lc))
    for pair, items in by_pair.items():
        items.sort(key=lambda t: (t[0], t[1]))
        cluster: list[tuple[dt.date, dt.date, LinkedClaim]] = []
        end = None
        for first, last, lc in items:
            if end is not None and first > end + VISIT_SLACK:
                out.extend(_named(pair, cluster))
                cluster = []
            cluster.append((first, last, lc))
            end = max(end, last) if end is not None and cluster[:-1] else last
        out.extend(_named(pair, cluster))
    return out


def _named(pair: str, cluster: list[tuple[dt.date, dt.date, LinkedClaim]]) -> list[LinkedClaim]:
    if not cluster:
        return []
    day = min(c[0] for c in cluster).isoformat()
    return [lc.model_copy(update={"subject": f"{pair}:{day}"}) for _, _, lc in cluster]


def subject_label(subject: str, kb: KnowledgeBase) -> str:
    """A readable name for a subject key."""
    if subject.startswith("visit:"):
        body = subject[len("visit:") :]
        pair, _, day = body.partition(":")
        visitor, _, host = pair.partition(">")
        return f"visit of {kb.label(visitor)}'s leader to {kb.label(host)} ({day})"
    if subject.startswith(("council:", "trade:", "relations:")):
        kind, _, rest = subject.partition(":")
        pair, _, ordinal = rest.partition("#")
        names = "–".join(kb.label(c) for c in pair.split("+"))
        noun = {
            "council": "interstate council",
            "trade": "trade",
            "relations": "diplomatic relations",
        }[kind]
        return f"{names} {noun}" + (f", meeting {ordinal}" if ordinal else "")
    if "-summit-" in subject and kb.get(subject) is None:
        org, _, ordinal = subject.partition("-summit-")
        return f"{kb.label(org)} summit {ordinal}"
    if "-summit@" in subject:
        org, _, rest = subject.partition("-summit@")
        place, _, year = rest.rpartition("-")
        return f"{kb.label(org)} summit in {kb.label(place)} ({year})"
    return kb.label(subject)
