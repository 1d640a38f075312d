"""Link claims to subjects: Claim -> (subject key, attribute, frame).

``link_document`` returns one primary link per linked claim (what ``crossfact claims``
shows); with ``all_links=True`` it also returns the secondary links the comparison needs
(a visit date that is also the arrival date for the summit the visit was for, and the
location of an event read from the same sentence).
"""

from __future__ import annotations

from typing import Literal

from crossfact.claims.models import Claim
from crossfact.sources.models import Document
from crossfact.verifier.context import LOCATIVE, DocContext, Sentence
from crossfact.verifier.frames import (
    FIGURE_KINDS,
    Link,
    _location,
    council_series,
    council_subject,
    frame_date,
    frame_figure,
    summit_subject,
    visit_parties,
)
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import Frame, LinkedClaim

Role = Literal["checked", "corpus"]
LEAD_SENTENCES = 4  # the first sentences of a dated news article report its day's events


def link_document(
    doc: Document,
    claims: list[Claim],
    kb: KnowledgeBase,
    role: Role = "corpus",
    all_links: bool = False,
) -> list[LinkedClaim]:
    ctx = DocContext(doc, claims, kb)
    out: list[LinkedClaim] = []
    for claim in claims:
        links = _links_for(ctx, claim)
        if not links:
            out.append(LinkedClaim(doc=doc.path, claim=claim, role=role))
            continue
        for i, link in enumerate(links):
            if i > 0 and not all_links:
                break
            out.append(_linked(doc, link, role))
    if all_links:
        dated = {(lc.subject, lc.claim.start) for lc in out if lc.attribute == "location"}
        for link in _undated_locations(ctx):
            if (link.subject, link.claim.start) not in dated:
                out.append(_linked(doc, link, role))
    return out


def _linked(doc: Document, link: Link, role: Role) -> LinkedClaim:
    return LinkedClaim(
        doc=doc.path,
        claim=link.claim,
        subject=link.subject,
        attribute=link.attribute,
        frame=link.frame,
        role=role,
    )


def _undated_locations(ctx: DocContext) -> list[Link]:
    """ "The declaration signed in Astana": where an agreement was signed, dated or not."""
    out: list[Link] = []
    for s in ctx.sentences:
        for span in s.find(ctx.lex("event_cues", "signing")):
            agreements = [m for m in s.mentions if ctx.entity_type(m.entity) == "agreement"]
            place = _location(ctx, s, span)
            if not agreements or place is None or not place.suffix.startswith(LOCATIVE):
                continue
            anchor_claim = Claim(
                kind="category",
                start=place.start,
                end=place.end,
                text=place.text,
                value=place.entity,
                sentence_start=s.seg.start,
                sentence_end=s.seg.end,
            )
            frame = Frame(event_type="signing")
            loc = location_claim(ctx, place, anchor_claim)
            out.extend(Link(a.entity, "location", frame, loc) for a in agreements[:1])
        # "В Астаре пройдёт второе заседание совета": where a numbered meeting is (to be) held.
        for span in s.find(ctx.lex("event_cues", "council-meeting")) + s.find(
            ctx.lex("meeting_words")
        ):
            subject = council_subject(ctx, s, span)
            place = _location(ctx, s, span)
            if subject is None or place is None:
                continue
            anchor_claim = Claim(
                kind="category", start=place.start, end=place.end, text=place.text,
                value=place.entity, sentence_start=s.seg.start, sentence_end=s.seg.end,
            )  # fmt: skip
            loc = location_claim(ctx, place, anchor_claim)
            out.append(Link(subject, "location", Frame(event_type="council-meeting"), loc))
            break
    return out


def uncertain_year(ctx: DocContext, claim: Claim) -> bool:
    """A date whose year was guessed from the document's own latest year ("ötən il" in an
    undated article): too weak to contradict anything with."""
    return (
        claim.kind == "date"
        and ctx.doc.published is None
        and claim.resolution in ("relative", "document-time")
    )


def _links_for(ctx: DocContext, claim: Claim) -> list[Link]:
    s = ctx.sentence_of(claim)
    if uncertain_year(ctx, claim):
        return []
    if claim.kind == "date" and claim.role == "event":
        links = frame_date(ctx, s, claim)
        links += _visit_for_event(ctx, s, claim, links)
        links += _locations(ctx, s, claim, links)
        return links
    if claim.kind == "category" and claim.attribute == "visit-type":
        return _visit_type(ctx, s, claim)
    if claim.kind == "category" and claim.attribute == "meeting-ordinal":
        return _ordinal(ctx, s, claim)
    if claim.kind in FIGURE_KINDS:
        link = frame_figure(ctx, s, claim)
        return [link] if link else []
    return []


def _visit_for_event(ctx: DocContext, s: Sentence, claim: Claim, links: list[Link]) -> list[Link]:
    """A visit "to take part in the summit": the visit date is the summit's arrival date.

    Looks in the visit sentence and the next sentence of the same paragraph. When the
    date sits right by a holding verb ("noyabrın 24-də Bakıda keçirilən Zirvə"), it is
    the summit's own date, not an arrival date.
    """
    if not any(lk.frame.event_type == "visit" for lk in links):
        return []
    summit_links = [lk for lk in links if lk.frame.event_type == "summit"]
    held = s.find(ctx.lex("held"))
    anchor = ctx.view_span(claim.start, claim.end)
    if summit_links and held and min(abs(h[0] - anchor[1]) for h in held) < 40:
        return []
    out: list[Link] = []
    for lk in summit_links:
        links.remove(lk)
        out.append(Link(lk.subject, "visit-date", lk.frame, claim))
    if out:
        return out
    nxt = ctx.sentences[s.index + 1] if s.index + 1 < len(ctx.sentences) else None
    if nxt is None or nxt.seg.paragraph != s.seg.paragraph:
        return []
    if any(c.kind == "date" and c.role == "event" for c in nxt.claims):
        return []
    if not nxt.find(ctx.lex("participation")):
        return []
    for span in nxt.find(ctx.lex("event_cues", "summit")):
        subject = summit_subject(ctx, nxt, span, claim)
        if subject:
            return [Link(subject, "visit-date", Frame(event_type="summit"), claim)]
    return []


def _locations(ctx: DocContext, s: Sentence, claim: Claim, links: list[Link]) -> list[Link]:
    """Where an event took place, as a category claim on the event's subject."""
    out: list[Link] = []
    for lk in links:
        if lk.frame.event_type not in ("summit", "signing", "council-meeting"):
            continue
        if lk.attribute == "visit-date":
            continue
        anchor = ctx.view_span(claim.start, claim.end)
        place = _location(ctx, s, anchor)
        if place is None:
            continue
        loc_claim = location_claim(ctx, place, claim)
        out.append(Link(lk.subject, "location", lk.frame, loc_claim))
    return out


def location_claim(ctx: DocContext, place: object, claim: Claim) -> Claim:
    from crossfact.verifier.models import Mention

    assert isinstance(place, Mention)
    return Claim(
        kind="category",
        start=place.start,
        end=place.end,
        text=place.text,
        value=place.entity,
        attribute="location",
        language=claim.language,
        sentence_start=claim.sentence_start,
        sentence_end=claim.sentence_end,
    )


def context_date(
    ctx: DocContext, s: Sentence, near: Claim | None = None, own_visit_types: bool = False
) -> Claim | None:
    """The date a claim goes with: the nearest day- or month-precision event date in its
    sentence ("in April 2023 an official visit, on 20–21 October a state visit"), else the
    nearest earlier one in this paragraph or the previous one."""
    own = [
        c
        for c in s.claims
        if c.kind == "date"
        and c.role == "event"
        and c.precision in ("day", "month")
        and not uncertain_year(ctx, c)
    ]
    if own:
        if near is None:
            return own[-1]
        text = ctx.doc.text

        def between(c: Claim) -> str:
            lo, hi = (c.end, near.start) if c.start < near.start else (near.end, c.start)
            return text[lo:hi]

        def cost(c: Claim) -> int:
            # Another clause (", а …", " — …") is farther than any distance.
            clause = 1000 if any(ch in between(c) for ch in ",—") else 0
            return clause + abs(c.start - near.start)

        # Across "; " or ": " the date belongs to another statement altogether.
        own = [c for c in own if ";" not in between(c) and ": " not in between(c)]
        return min(own, key=cost) if own else None
    para = s.seg.paragraph
    for prev in reversed(ctx.sentences[: s.index]):
        if prev.seg.paragraph < para - 1:
            break
        if own_visit_types and any(c.attribute == "visit-type" for c in prev.claims):
            # "In November Tokayev came on a working visit. This time he came on a state
            # visit": a sentence with a visit of its own dates that visit, not this one.
            return None
        for c in reversed(prev.claims):
            if c.kind == "date" and c.role == "event" and c.precision in ("day", "month"):
                return None if uncertain_year(ctx, c) else c
    return None


def _visit_type(ctx: DocContext, s: Sentence, claim: Claim) -> list[Link]:
    parties = visit_parties(ctx, s, ctx.view_span(claim.start, claim.end))
    if parties is None:
        return []
    when = context_date(ctx, s, claim, own_visit_types=True)
    period = str(when.value) if when else None
    if period is None and ctx.doc.published is not None and s.index <= LEAD_SENTENCES:
        # A news lead reports the visit under way: "flew in on Monday for an official visit".
        period = ctx.doc.published.isoformat()
    frame = Frame(event_type="visit", participants=list(parties), period=period)
    return [Link(f"visit:{parties[0]}>{parties[1]}", "visit-type", frame, claim)]


def _ordinal(ctx: DocContext, s: Sentence, claim: Claim) -> list[Link]:
    """A meeting ordinal with the date of the meeting it numbers (same sentence only); a
    summit's ordinal as an attribute of the summit the sentence names."""
    date = context_date(ctx, s, claim)
    anchor = ctx.view_span(claim.start, claim.end)
    cues = sorted(
        s.find(ctx.lex("event_cues", "summit")),
        key=lambda sp: min(abs(sp[0] - anchor[1]), abs(anchor[0] - sp[1])),
    )
    for span in cues[:1]:  # the summit word nearest the ordinal
        if abs(span[0] - anchor[1]) <= 40 or abs(anchor[0] - span[1]) <= 40:
            prev = ctx.previous_in_paragraph(s)
            candidates = [*s.claims, *(reversed(prev.claims) if prev else [])]
            year_claim = next(
                (
                    c
                    for c in candidates
                    if c.kind == "date" and c.role == "event" and not uncertain_year(ctx, c)
                ),
                None,
            )
            subject = summit_subject(ctx, s, span, year_claim)
            if subject is not None:
                return [Link(subject, "ordinal", Frame(event_type="summit"), claim)]
            break
    series = None
    if s.find(ctx.lex("council_words")):
        series = council_series(ctx, s)
    if series is None:
        return []
    frame = Frame(event_type="council-meeting", period=str(date.value) if date else None)
    return [Link(series, "meeting-ordinal", frame, claim)]
