"""Frames: what each claim is about, read from its sentence.

A date is framed by the nearest event cue (summit, council meeting, visit, relations,
signing, opening, founding) and the entities that identify the event (organisation,
ordinal, location, the countries taking part). A figure is framed by the measure cue
before it (capacity, cargo volume, trade turnover, …), the entity it is for, and the
period a period-date in its sentence gives. Nothing is guessed: when the sentence does not
identify the subject, the claim stays unlinked and is never compared.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from crossfact.claims.models import Claim
from crossfact.text import match_fold
from crossfact.verifier.context import DATIVE, GENITIVE, LOCATIVE, DocContext, Sentence
from crossfact.verifier.models import Frame, Mention

EVENT_KINDS = (
    "summit", "council-meeting", "visit", "relations", "signing", "opening", "founding",
    "groundbreaking",
)  # fmt: skip
FIGURE_KINDS = ("quantity", "money", "percent", "count", "duration")
MEASURE_UNITS = {
    "annual-capacity": {"t"},
    "cargo-volume": {"t", "container"},
    "trade-turnover": {"USD", "EUR", "AZN", "RUB", "KZT"},
    "investment": {"USD", "EUR", "AZN", "RUB", "KZT"},
    "growth": {"%"},
    "pupils": {"pupil", "student", "person", "child"},
    "length": {"km", "m"},
    "containers": {"container"},
    "travel-time": {"day", "hour"},
    "members": {"member", "country", "state"},
    "attendance": {"country", "state"},
}


@dataclass
class Link:
    """A subject and attribute for one claim, with its frame."""

    subject: str
    attribute: str
    frame: Frame
    claim: Claim


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _vspan(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    return ctx.view_span(start, end)


def _nearest(ctx: DocContext, mentions: list[Mention], anchor: tuple[int, int]) -> Mention | None:
    best = None
    for m in mentions:
        d = _dist(_vspan(ctx, m.start, m.end), anchor)
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best else None


def _of_type(ctx: DocContext, s: Sentence, *types: str) -> list[Mention]:
    return [m for m in s.mentions if ctx.entity_type(m.entity) in types]


def _ordinal_near(s: Sentence, ctx: DocContext, anchor: tuple[int, int]) -> int | None:
    best = None
    for c in s.claims:
        if c.kind == "category" and c.attribute == "meeting-ordinal":
            d = _dist(_vspan(ctx, c.start, c.end), anchor)
            if d <= 60 and (best is None or d < best[0]):
                best = (d, c.value)
    if best is None:
        return None
    try:
        return int(best[1])  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _location(ctx: DocContext, s: Sentence, anchor: tuple[int, int]) -> Mention | None:
    """A place in the sentence where the event is: locative (``Astanada``), ``in X``, or a
    place name right before the event word (``Astana Zirvəsi``)."""
    cands = []
    for m in _of_type(ctx, s, "place"):
        vs, ve = _vspan(ctx, m.start, m.end)
        before = ctx.doc.view.text[max(0, vs - 4) : vs].lower()
        after = ctx.doc.view.text[ve : ve + 12].lower()
        locative = (
            m.suffix.startswith(LOCATIVE)
            or before.endswith(("in ", "в ", "во "))
            or after.startswith((" şəhərində", " şəhərindəki", " city"))  # "Astana şəhərində"
        )
        if locative or (not m.suffix and _dist((vs, ve), anchor) <= 2):
            cands.append(m)
    lo, hi = _clause_of(ctx, s, anchor)
    same_clause = [m for m in cands if lo <= _vspan(ctx, m.start, m.end)[0] < hi]
    # "X Zirvəsi … Astanada, XI Zirvəsi isə … Bişkekdə": each summit's own clause first.
    return _nearest(ctx, same_clause or cands, anchor)


def countries_in(ctx: DocContext, s: Sentence) -> list[str]:
    out: list[str] = []
    money = [(c.start, c.end) for c in s.claims if c.kind == "money"]
    for m in s.mentions:
        if any(a <= m.start < b for a, b in money):
            continue  # "ABŞ dolları", "US dollars": a currency, not a party
        e = ctx.kb.get(m.entity)
        if e and e.type in ("country", "person"):
            c = ctx.country_of(m)
            if c and c not in out:
                out.append(c)
        elif e and e.type == "council":
            out += [c for c in e.participants if c not in out]
    if s.find(ctx.lex("home_words")) and (home := ctx.home_country()) and home not in out:
        out.append(home)
    return out


_TIME_MARK_BEFORE = regex.compile(
    r"(?:after|before|following|ahead\sof|после|перед)\s(?:the\s)?(?:[^\s,;]+\s){0,4}$"
)
_RELATIVE_AFTER = regex.compile(r"^[^.;]*?,\s(?:котор\w+|which|that)\s")
_TIME_MARK_AFTER = regex.compile(r"\S*\s(?:sonra|əvvəl|qabaq)(?!\w)")
_CLAUSE_SEP = regex.compile(r"[;:]|,\s|\s[–—]\s")
_PERIOD_SEP = regex.compile(r"[;()]|,\s|\s[–—]\s")
_BRACKET_YEAR = regex.compile(r"\s?\(((?:19|20)\d\d)\)")
_COMPARED_BEFORE = regex.compile(
    r"(?:bir\sil\səvvəlki|əvvəlki\silin|up\sfrom|down\sfrom|compared\swith|against|a\syear\searlier,?"
    r"|годом\sранее|против)\s(?:\S+\s){0,2}$"
)
_COMPARED_AFTER = regex.compile(
    r"\S*\s(?:ilə\s)?müqayisədə|\S*\s(?:a\syear\searlier|the\syear\sbefore)"
)
OTHER_PERIOD = "other"  # the period of a figure stated for "the year before" and the like


def _clause_of(
    ctx: DocContext, s: Sentence, anchor: tuple[int, int], seps: regex.Pattern[str] = _CLAUSE_SEP
) -> tuple[int, int]:
    """View span of the clause (between , ; : or a dash, or ``seps``) around ``anchor``."""
    text = ctx.doc.view.text
    lo, hi = s.vstart, s.vend
    for m in seps.finditer(text, s.vstart, s.vend):
        if m.end() <= anchor[0]:
            lo = m.end()
        elif m.start() >= anchor[1]:
            hi = m.start()
            break
    return lo, hi


def visit_parties(
    ctx: DocContext, s: Sentence, anchor: tuple[int, int] | None = None
) -> tuple[str, str] | None:
    """(visitor country, host country) of a visit, or None when unclear.

    Read in the clause of ``anchor`` first ("Əliyev visited Kazakhstan in April, Tokayev
    Azerbaijan in March"), then in the whole sentence; a visitor named only in the sentence
    before ("the head of state") is taken from there.
    """
    scopes = [s.mentions]
    if anchor is not None:
        lo, hi = _clause_of(ctx, s, anchor)
        clause = [m for m in s.mentions if lo <= _vspan(ctx, m.start, m.end)[0] < hi]
        scopes.insert(0, clause)
    for mentions in scopes:
        host = _host(ctx, s, mentions)
        if host is None and mentions is s.mentions:
            # "Aliyev flew in on Monday for an official visit" after "… talks in Astana":
            # the place named just before is where the visit is.
            for back in (1, 2):
                if s.index - back >= 0:
                    earlier = ctx.sentences[s.index - back]
                    host = _host(ctx, earlier, earlier.mentions)
                    if host is not None:
                        break
        if host is None:
            continue
        visitor = _visitor(ctx, mentions, host)
        if visitor is None:
            prev = ctx.previous_in_paragraph(s)
            visitor = _visitor(ctx, prev.mentions, host) if prev is not None else None
        if visitor is not None:
            return visitor, host
    return None


def _host(ctx: DocContext, s: Sentence, mentions: list[Mention]) -> str | None:
    host = None
    for m in mentions:
        c = ctx.country_of(m)
        if c is None or ctx.entity_type(m.entity) == "person":
            continue
        vs, _ = _vspan(ctx, m.start, m.end)
        before = ctx.doc.view.text[max(0, vs - 8) : vs].lower()
        if m.suffix in DATIVE or before.endswith((" to ", " в ", " во ", "visited ", "посетил ")):
            return c
        if host is None and (m.suffix.startswith(LOCATIVE) or before.endswith((" in ",))):
            host = c
    if host is None and s.find(ctx.lex("home_words")):
        host = ctx.home_country()
    return host


def _visitor(ctx: DocContext, mentions: list[Mention], host: str) -> str | None:
    for m in mentions:
        e = ctx.kb.get(m.entity)
        c = ctx.country_of(m)
        if (
            e is not None
            and c
            and c != host
            and (e.type == "person" or _before_leader_word(ctx, m))
        ):
            return c
    return None


_LEADER_WORDS = ("prezident", "lider", "dövlət başçı", "president", "leader", "президент")


def _before_leader_word(ctx: DocContext, m: Mention) -> bool:
    _, ve = _vspan(ctx, m.start, m.end)
    after = ctx.doc.view.text[ve : ve + 30].lower().lstrip(" ’'")
    _, vs = _vspan(ctx, m.start, m.start)
    before = ctx.doc.view.text[max(0, vs - 14) : vs].lower()
    return after.startswith(_LEADER_WORDS) or before.endswith(("president of ", "президент "))


def _event_cues(ctx: DocContext, s: Sentence) -> list[tuple[str, tuple[int, int]]]:
    cues: list[tuple[str, tuple[int, int]]] = []
    for kind in EVENT_KINDS:
        for span in s.find(ctx.lex("event_cues", kind)):
            cues.append((kind, span))
    # "The council held its first meeting on …": in a sentence naming a council, its
    # meeting/session word is the council meeting, not some other meeting.
    council = bool(s.find(ctx.lex("council_words")))
    meetings = s.find(ctx.lex("meeting_words")) if council else []
    cues += [("council-meeting", span) for span in meetings]
    # "after the SCO summit", "Qəbələ zirvəsindən sonra", "после саммита": a time mark, not
    # the event the date is for.
    text = ctx.doc.view.text
    marks = []
    for i, (_kind, span) in enumerate(cues):
        before = match_fold(text[max(0, span[0] - 80) : span[0]])
        after = match_fold(text[span[1] : span[1] + 30])
        # "… after the Gabala summit, which took place on 8 October": the relative clause
        # dates the summit itself.
        relative = _RELATIVE_AFTER.search(match_fold(text[span[1] : span[1] + 60]))
        if (_TIME_MARK_BEFORE.search(before) and not relative) or _TIME_MARK_AFTER.match(after):
            marks.append(i)
    cues = [("other", sp) if i in marks else (k, sp) for i, (k, sp) in enumerate(cues)]
    for span in s.find(ctx.lex("other_events")):
        if not any(m[0] <= span[0] < m[1] or span[0] <= m[0] < span[1] for m in meetings):
            cues.append(("other", span))
    # A cue inside a longer one ("görüş" in "zirvə görüşü") is part of it.
    return [
        (k, sp)
        for k, sp in cues
        if not any(
            o != sp and o[0] <= sp[0] and sp[1] <= o[1] and o[1] - o[0] > sp[1] - sp[0]
            for _, o in cues
        )
    ]


def _cue_cost(ctx: DocContext, span: tuple[int, int], anchor: tuple[int, int]) -> int:
    """Distance between an event word and a date, with clause boundaries: a comma costs
    150, and across ";" or ": " the two never go together."""
    lo, hi = (span[1], anchor[0]) if span[1] <= anchor[0] else (anchor[1], span[0])
    between = ctx.doc.view.text[lo:hi]
    if ";" in between or ": " in between:
        return 10**6
    return _dist(span, anchor) + (150 if "," in between else 0)


def frame_date(ctx: DocContext, s: Sentence, claim: Claim) -> list[Link]:
    """Links for an event date: the event it dates, and a visit it dates."""
    anchor = _vspan(ctx, claim.start, claim.end)
    held_after = any(0 <= h[0] - anchor[1] < 40 for h in s.find(ctx.lex("held")))

    def rank(kc: tuple[str, tuple[int, int]]) -> int:
        kind, span = kc
        d = _cue_cost(ctx, span, anchor)
        if d >= 10**6:
            return d
        word = ctx.doc.view.text[span[0] : span[1] + 12].split(" ")[0]
        # A genitive cue ("səfərin əsas hadisəsi") modifies another noun; a date followed by
        # a holding verb ("…-də keçirilən") dates an event that is held, never a visit.
        if ctx.lang == "az" and match_fold(word).endswith(GENITIVE) and kind != "council-meeting":
            d += 200
        if held_after and kind == "visit":
            d += 400
        return d

    cues = [kc for kc in sorted(_event_cues(ctx, s), key=rank) if rank(kc) < 10**6]
    if not cues:
        return []
    # The nearest event word decides what the date is for; a visit and the summit it was
    # for may share one date ("…-də Bakıda keçirilən Zirvədə iştirak üçün səfərdə olub").
    # "the summit opened in Shusha": a generic verb (opened, signed) with no object of its
    # own gives way to the event noun of its clause.
    generic = ("opening", "signing", "founding", "groundbreaking")
    nouns = [kc for kc in cues if kc[0] not in generic and kc[0] != "other"]
    if (
        cues[0][0] in generic
        and nouns
        and rank(nouns[0]) < rank(cues[0]) + 150
        and _event_link(ctx, s, claim, cues[0][0], cues[0][1]) is None
    ):
        cues = [nouns[0], *[kc for kc in cues if kc is not nouns[0]]]
    first_kind, first_span = cues[0]
    # One event word dates one event: when another date of the sentence sits closer to
    # it ("established relations on 30 August 1992, and have met since 2022"), that date
    # is the event's, and this one is not.
    mine = rank(cues[0])
    for other in s.claims:
        if other is claim or other.kind != "date" or other.role != "event":
            continue
        if _cue_cost(ctx, first_span, _vspan(ctx, other.start, other.end)) < mine:
            return []
    link = _event_link(ctx, s, claim, first_kind, first_span)
    if (
        link is not None
        and first_kind == "summit"
        and not held_after  # "…-də Bakıda keçirilən zirvədə iştirak üçün": the summit's date
        and s.find(ctx.lex("participation"))
        and s.find(ctx.lex("arrival"))
    ):
        # "came to Azerbaijan on 5 October to attend the Gabala summit": an arrival date.
        link = Link(link.subject, "visit-date", link.frame, claim)
        parties = visit_parties(ctx, s, anchor)
        if parties is not None:
            frame = Frame(event_type="visit", participants=list(parties), period=str(claim.value))
            return [link, Link(f"visit:{parties[0]}>{parties[1]}", "date", frame, claim)]
    links = [link] if link is not None else []
    pair = {"visit": "summit", "summit": "visit"}.get(first_kind)
    # A visit and a summit share a date only when the visit was to attend it ("… to take
    # part in the summit"), not when the summit is a time mark ("after the Gabala summit").
    if link is not None and pair and s.find(ctx.lex("participation")):
        for kind, span in cues[1:]:
            if kind == pair:
                second = _event_link(ctx, s, claim, kind, span)
                if second is not None:
                    links.append(second)
                break
    return links


def _event_link(
    ctx: DocContext, s: Sentence, claim: Claim, kind: str, span: tuple[int, int]
) -> Link | None:
    if kind == "visit":
        parties = visit_parties(ctx, s, _vspan(ctx, claim.start, claim.end))
        if parties is None:
            return None
        frame = Frame(event_type="visit", participants=list(parties), period=str(claim.value))
        return Link(f"visit:{parties[0]}>{parties[1]}", "date", frame, claim)
    if kind == "summit":
        subject = summit_subject(ctx, s, span, claim)
        if subject is None:
            return None
        return Link(subject, "date", Frame(event_type="summit"), claim)
    if kind == "council-meeting":
        subject = council_subject(ctx, s, span)
        if subject is None:
            return None
        return Link(subject, "date", Frame(event_type="council-meeting"), claim)
    if kind == "relations":
        cs = countries_in(ctx, s)
        prev = ctx.previous_in_paragraph(s)
        if len(cs) < 2 and prev is not None and s.find(ctx.lex("anaphora")):
            cs += [c for c in countries_in(ctx, prev) if c not in cs]  # "the two countries"
        if len(cs) == 1 and ctx.home_country() and cs[0] != ctx.home_country():
            cs.append(ctx.home_country() or "")
        if len(cs) != 2:
            return None
        return Link(
            f"relations:{'+'.join(sorted(cs))}", "established", Frame(event_type=kind), claim
        )
    if kind == "other":
        return None
    # Organisations are founded; agreements are signed; infrastructure is opened.
    types = {"founding": ("organisation",), "signing": ("agreement",)}.get(
        kind, ("agreement", "infrastructure")
    )
    objects = _of_type(ctx, s, *types)
    obj = _nearest(ctx, objects, span)
    if obj is None or _dist(_vspan(ctx, obj.start, obj.end), span) > 80:
        return None
    return Link(obj.entity, f"{kind}-date", Frame(event_type=kind), claim)


def summit_subject(
    ctx: DocContext, s: Sentence, span: tuple[int, int], claim: Claim | None
) -> str | None:
    """The summit a sentence names: organisation + ordinal and/or location (+ year)."""
    ordinal = _ordinal_near(s, ctx, span)
    loc = _location(ctx, s, span)
    place = loc.entity if loc is not None else None
    lo, hi = _clause_of(ctx, s, span)
    in_clause = [
        c
        for c in s.claims
        if c.kind == "date" and c.role == "event" and lo <= _vspan(ctx, c.start, c.end)[0] < hi
    ]
    if claim is not None and in_clause and claim not in in_clause:
        claim = in_clause[0]  # the summit's own date, not one from another clause
    year = _year(claim)
    org_m = _nearest(ctx, _of_type(ctx, s, "organisation"), span)
    org = (
        org_m.entity if org_m and _dist(_vspan(ctx, org_m.start, org_m.end), span) <= 120 else None
    )
    if org is None and (ordinal is not None or place is not None):
        # "the XI summit", "the summit in Shusha" in an article about one organisation.
        org = _context_org(ctx, s)
    if org is None:
        # No organisation named anywhere: a place and a year (or ordinal) may still name
        # exactly one known summit ("the summit in Astana on 3 November 2023").
        if place is None or (year is None and ordinal is None):
            return None
        here = [e for e in ctx.kb.by_type("event") if e.series and e.location == place]
        numbered = [e for e in here if ordinal is not None and e.ordinal == ordinal]
        if numbered:
            here = numbered  # the place and the number name the summit; the year may be wrong
        elif year is not None:
            # The place and the year (or a year off: "the Shusha summit in July 2025"); a
            # number that fits no summit there is then the error.
            exact = [e for e in here if e.year == year]
            here = exact or [e for e in here if e.year is not None and abs(e.year - year) <= 1]
        else:
            return None
        return here[0].id if len(here) == 1 else None
    events = [e for e in ctx.kb.by_type("event") if e.series == org]
    if ordinal is not None:
        exact = [e for e in events if e.ordinal == ordinal]
        if len(exact) == 1:
            known = exact[0]
            if place and known.location and known.location != place:
                # "the XI summit in Gabala on 7 October 2025": the place (and year) name a
                # known summit that the ordinal contradicts; the ordinal is the error.
                here = [
                    e
                    for e in events
                    if e.location == place and (year is None or e.year in (None, year))
                ]
                if len(here) == 1 and not _places_one_apart(ctx, place, known.location):
                    return here[0].id
            return known.id
        if place is not None and year is not None:
            # "the IX summit in Astana in November 2023": no IX is known; the place and
            # year name the 10th, and the ordinal is the error.
            here = [e for e in events if e.location == place and e.year == year]
            if len(here) == 1:
                return here[0].id
        events = [e for e in events if e.ordinal is None]
    if place is not None and year is not None:
        # "held in Astara on 3 November 2023": no such summit, but one a letter away.
        variant = [
            e
            for e in events
            if e.year == year
            and e.location
            and e.location != place
            and _places_one_apart(ctx, place, e.location)
        ]
        if len(variant) == 1 and not any(e.location == place for e in events):
            return variant[0].id
    if place is not None:
        events = [e for e in events if e.location in (None, place)]
    series = ctx.kb.get(org)
    if place is None and year is not None and ordinal is None and series and series.annual:
        # "the SCO summit on 3–4 July 2024": a series that meets once a year.
        that_year = [e for e in events if e.year == year]
        if len(that_year) == 1:
            return that_year[0].id
    if year is not None and ordinal is None:
        # A summit in the same city a year off is the known one, misdated, not a new one.
        events = [e for e in events if e.year is None or abs(e.year - year) <= 1]
    located = [e for e in events if place is not None and e.location == place]
    if len(located) > 1 and year is not None:
        located = [e for e in located if e.year == year]
    if len(located) == 1 and (ordinal is not None or year is not None):
        return located[0].id
    if ordinal is not None:
        return f"{org}-summit-{ordinal}"
    if place is not None and year is not None:
        return f"{org}-summit@{place}-{year}"
    return None


def _context_org(ctx: DocContext, s: Sentence) -> str | None:
    """The organisation with known summits named in the last few sentences, else the one
    the whole article names most."""
    with_events = {e.series for e in ctx.kb.by_type("event") if e.series}
    for back in range(0, 4):
        if s.index - back < 0:
            break
        for m in reversed(ctx.sentences[s.index - back].mentions):
            if m.entity in with_events:
                return m.entity
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.entity in with_events:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _places_one_apart(ctx: DocContext, a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    ea, eb = ctx.kb.get(a), ctx.kb.get(b)
    if ea is None or eb is None:
        return False
    return any(
        Levenshtein.distance(match_fold(x), match_fold(y)) <= 1
        for x in ea.all_names()
        for y in eb.all_names()
    )


def council_subject(ctx: DocContext, s: Sentence, span: tuple[int, int]) -> str | None:
    """A council meeting is keyed by its member countries and the meeting's ordinal."""
    ordinal = _ordinal_near(s, ctx, span)
    series = council_series(ctx, s)
    if series is None or ordinal is None:
        return None
    return f"{series}#{ordinal}"


def council_series(ctx: DocContext, s: Sentence) -> str | None:
    cs = countries_in(ctx, s)
    prev = ctx.previous_in_paragraph(s)
    if len(cs) < 2 and prev is not None and prev.seg.paragraph == s.seg.paragraph:
        # "the two presidents chaired the council": the parties were named just before.
        cs += [c for c in countries_in(ctx, prev) if c not in cs]
    home = ctx.home_country()
    if len(cs) == 1 and home and cs[0] != home:
        cs.append(home)
    if len(cs) == 2:
        return f"council:{'+'.join(sorted(cs))}"
    if cs:
        return None
    # "Şuranın ikinci iclası": the Council this article has been talking about.
    for back in range(1, 6):
        if s.index - back < 0:
            break
        prev = ctx.sentences[s.index - back]
        if prev.find(ctx.lex("council_words")) or any(
            ctx.entity_type(m.entity) == "council" for m in prev.mentions
        ):
            return council_series(ctx, prev)
    return None


def _year(claim: Claim | None) -> int | None:
    if claim is None or not isinstance(claim.value, str):
        return None
    head = claim.value[:4]
    return int(head) if head.isdigit() else None


def frame_figure(ctx: DocContext, s: Sentence, claim: Claim) -> Link | None:
    """A figure's subject (the entity it is for), measure and period."""
    anchor = _vspan(ctx, claim.start, claim.end)
    measure = _measure(ctx, s, claim, anchor)
    if measure is None:
        return _same_figure_as_before(ctx, s, claim)
    if measure == "attendance":
        # Countries at a summit: the subject is that summit, never the organisation; the
        # summit and its date may be named in the sentence before ("… closed its annual
        # summit. Leaders from 16 countries gathered on 3–4 July 2024").
        prev = ctx.previous_in_paragraph(s)
        scope = [s, prev] if prev is not None else [s]
        dates = [c for x in scope for c in x.claims if c.kind == "date" and c.role == "event"]
        for x in scope:
            for span in x.find(ctx.lex("event_cues", "summit")):
                subject = summit_subject(ctx, x, span, dates[0] if dates else None)
                if subject:
                    frame = Frame(measure=measure, modality=claim.modality)
                    return Link(subject, measure, frame, claim)
        return None
    subject = _figure_subject(ctx, s, measure, anchor)
    if subject is None:
        subject = _antecedent(ctx, s, measure, claim.start)
    if subject is None:
        subject = _lead_in_subject(ctx, s, measure)
    if subject is None:
        return None
    period = _period(ctx, s, anchor)
    frame = Frame(measure=measure, period=period, modality=claim.modality)
    return Link(subject, measure, frame, claim)


def _period(ctx: DocContext, s: Sentence, anchor: tuple[int, int]) -> str | None:
    """The period a figure is for: the nearest year or month in its sentence ("reached $3.1
    billion in 2023, up from $2.4 billion in 2022": each its own)."""
    text = ctx.doc.view.text
    bracket = _BRACKET_YEAR.match(text, anchor[1])
    if bracket:
        return bracket.group(1)  # "$2.4bn (2022)"
    lo, hi = _clause_of(ctx, s, anchor, _PERIOD_SEP)  # parentheses close a clause too
    periods = [
        c
        for c in s.claims
        if c.kind == "date"
        and c.role in ("period", "event")
        and c.precision in ("year", "month")
        and lo <= _vspan(ctx, c.start, c.end)[0] < hi
    ]
    compared = _COMPARED_BEFORE.search(match_fold(text[max(0, anchor[0] - 30) : anchor[0]]))
    compared = compared or _COMPARED_AFTER.match(match_fold(text[anchor[1] : anchor[1] + 25]))
    if compared:
        # The base of a comparison ("bir il əvvəlki 2,4 milyard dollarla müqayisədə", "up
        # from $2.4 billion") is for another period than the clause's own year, unless a
        # year follows it directly ("up from $2.9 billion in 2022").
        own = [
            c
            for c in periods
            if _vspan(ctx, c.start, c.end)[0] >= anchor[1]
            and _dist(_vspan(ctx, c.start, c.end), anchor) < 25
        ]
        if not own:
            return OTHER_PERIOD
        periods = own
    if not periods:
        # "up from $2.4 billion the year before", "against 2.4 billion": some other period,
        # never compared with a stated one.
        if ctx.lexicon_find(s, "other_period", lo, hi):
            return OTHER_PERIOD
        return None
    near = min(periods, key=lambda c: _dist(_vspan(ctx, c.start, c.end), anchor))
    return str(near.value)


def _same_figure_as_before(ctx: DocContext, s: Sentence, claim: Claim) -> Link | None:
    """ "… 3,1 milyard dollar. 2022-ci ildə isə bu göstərici 2,4 milyard dollar olub": "this
    figure" is the measure and subject of the same-unit figure in the sentence before, for
    the period this sentence gives."""
    prev = ctx.previous_in_paragraph(s)
    if prev is None and _is_list_item(ctx, s) and s.index > 0:
        prev = ctx.sentences[s.index - 1]  # the list item before
    if prev is None:
        return None
    listed = _is_list_item(ctx, s) and _is_list_item(ctx, prev)
    if not listed and not s.find(ctx.lex("anaphora")):
        return None
    for c in reversed(prev.claims):
        if c.kind != claim.kind or c.unit != claim.unit:
            continue
        link = frame_figure(ctx, prev, c)
        if link is None:
            continue
        period = _period(ctx, s, ctx.view_span(claim.start, claim.end))
        frame = Frame(measure=link.attribute, period=period, modality=claim.modality)
        return Link(link.subject, link.attribute, frame, claim)
    return None


def _lead_in_subject(ctx: DocContext, s: Sentence, measure: str) -> str | None:
    """A list item's figure ("- qət edilən məsafə: 9 min km;") is about what the line
    introducing the list names ("… Si'an–Bakı konteyner qatarıdır (…):"), or what the
    first item of the list names."""
    for back in range(1, 6):
        if s.index - back < 0:
            return None
        prev = ctx.sentences[s.index - back]
        text = ctx.doc.view.text[prev.vstart : prev.vend].strip()
        subject = _named_in(ctx, prev, measure)
        if subject is not None and (text.endswith(":") or _is_list_item(ctx, prev)):
            return subject
        if text.endswith(":"):
            return None
        if not _is_list_item(ctx, prev):
            return None
    return None


def _named_in(ctx: DocContext, s: Sentence, measure: str) -> str | None:
    """The subject a whole sentence names for ``measure`` (no clause limits)."""
    if measure in ("trade-turnover", "investment"):
        cs = countries_in(ctx, s)
        home = ctx.home_country()
        if len(cs) == 1 and home and cs[0] != home:
            cs.append(home)
        return f"trade:{'+'.join(sorted(cs))}" if len(cs) == 2 else None
    named = _of_type(ctx, s, "infrastructure", "organisation", "event")
    return named[0].entity if named else None  # the sentence's subject comes first


def _is_list_item(ctx: DocContext, s: Sentence) -> bool:
    paras = ctx.doc.paragraphs
    if 0 <= s.seg.paragraph < len(paras) and paras[s.seg.paragraph].kind == "list-item":
        return True
    before = ctx.doc.text[max(0, s.seg.start - 3) : s.seg.start].strip()
    return before[-1:] in ("-", "*", "•", "–")


def _antecedent(ctx: DocContext, s: Sentence, measure: str, claim_start: int) -> str | None:
    """Resolve "this road", "the port's capacity", "ölkələrimiz" to the entity named in
    the sentence or two before (same or previous paragraph), matching its class."""
    classes = ctx.kb.lexicon.get("class_nouns", {})
    start_v = ctx.view_span(claim_start, claim_start)[0]
    found: list[tuple[int, str]] = []
    for c in classes if isinstance(classes, dict) else []:
        for span in s.find(ctx.lex("class_nouns", c)):
            # Nouns before the figure (its subject) first, nearest first; then after it.
            found.append((start_v - span[1] if span[1] <= start_v else 10**6 + span[0], c))
    wanted = list(dict.fromkeys(c for _, c in sorted(found)))
    if measure in ("travel-time", "containers") and "train" in wanted:
        wanted.remove("train")  # what travels and carries containers is the train
        wanted.insert(0, "train")
    if not wanted and not s.find(ctx.lex("anaphora")):
        return None
    # "Bakı–Tbilisi–Qars xətti …: xəttin qabiliyyəti …": the antecedent may stand earlier in
    # the same sentence, behind a colon or semicolon.
    before = [m for m in _of_type(ctx, s, "infrastructure") if m.start < claim_start]
    for m in reversed(before):
        if any(_in_class(ctx, m.entity, c) for c in wanted):
            return m.entity
    previous = []
    for back in (1, 2):
        if s.index - back < 0:
            break
        prev = ctx.sentences[s.index - back]
        if prev.seg.paragraph < s.seg.paragraph - 1:
            break
        previous.append(prev)
    if measure in ("trade-turnover", "investment"):
        for prev in previous:
            subject = _figure_subject(ctx, prev, measure, (prev.vend, prev.vend))
            if subject:
                return subject
        return None
    # The class named nearest before the figure wins over sentence distance ("qatar … 7 min
    # kilometr … marşrutu": the train two sentences back, not the corridor one back).
    classes_wanted: list[str | None] = list(wanted) or [None]
    for c in classes_wanted:
        for prev in previous:
            for m in reversed(_of_type(ctx, prev, "infrastructure")):
                if c is None or _in_class(ctx, m.entity, c):
                    return m.entity
    return None


def _in_class(ctx: DocContext, eid: str, cls: str) -> bool:
    ent = ctx.kb.get(eid)
    if ent is None:
        return False
    nouns = [match_fold(n) for n in ctx.lex("class_nouns", cls)]
    return any(noun in match_fold(name) for name in ent.all_names() for noun in nouns)


def _measure(ctx: DocContext, s: Sentence, claim: Claim, anchor: tuple[int, int]) -> str | None:
    best: tuple[int, str] | None = None
    measures = ctx.kb.lexicon.get("measures", {})
    for name in measures if isinstance(measures, dict) else []:
        units = MEASURE_UNITS.get(name)
        if units is not None and (claim.unit or "") not in units:
            continue
        for span in s.find(ctx.lex("measures", name)):
            # Cue words before the figure weigh more than ones after it.
            d = _dist(span, anchor) * (1 if span[1] <= anchor[0] else 2)
            if best is None or d < best[0]:
                best = (d, name)
    if best is None:
        # A distance is a length and a container count is containers, cue or not.
        # A journey of days or hours is a travel time.
        implied = {
            "km": "length",
            "container": "containers",
            "day": "travel-time",
            "hour": "travel-time",
        }
        if claim.kind == "duration" and claim.unit not in ("day", "hour"):
            return None
        return implied.get(claim.unit or "")
    return best[1]


def _figure_subject(
    ctx: DocContext, s: Sentence, measure: str, anchor: tuple[int, int]
) -> str | None:
    if measure in ("trade-turnover", "investment"):
        cs = countries_in(ctx, s)
        if len(cs) == 2:
            return f"trade:{'+'.join(sorted(cs))}"
        return None
    cands = []
    for m in _of_type(ctx, s, "infrastructure", "organisation", "event"):
        span = _vspan(ctx, m.start, m.end)
        between = ctx.doc.view.text[min(span[1], anchor[1]) : max(span[0], anchor[0])]
        if ";" in between or ":" in between:
            continue  # another clause
        if span[0] >= anchor[1] and "," in between:
            continue  # after the figure and past a comma: another clause's subject
        # The subject precedes its figure in az/ru/en alike; one after it weighs double,
        # one in an earlier clause ("…, а мощность порта Актау до 20 млн") more still.
        weight = _dist(span, anchor) * (1 if span[1] <= anchor[0] else 2)
        weight += 100 * between.count(",")
        cands.append((weight, m.entity))
    return min(cands)[1] if cands else None
