"""Roles and modality: what a date is for (event, period, citation, reference entry,
publication) and whether a figure is actual, planned, forecast or a target."""

from __future__ import annotations

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.dates import is_masthead
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import scan
from crossfact.sources.metadata import DATELINE

_FIGURE_KINDS = {"money", "percent", "quantity", "multiplier"}
_BOUNDARY = regex.compile(r"[,;:]\s|\s[–—-]\s")
# A finite verb in an English or Russian clause (past tense, a form of "be"/"have").
_FINITE_SVO = regex.compile(
    r"(?<!\w)(?:was|were|is|are|has|have|had|will|\w+ed|grew|rose|fell|came|went|made|took|hit|stood|saw|became|met|held|began|got|brought|cost|sent|kept|built|paid|spent|said|told|gave|flew|led|won|sold|bought|ran|\w+(?:л|ла|ло|ли|лся|лась|лось|лись|ется|ются|ит|ят))(?!\w)"
)
# Clause boundaries in SVO languages: a semicolon, or a comma before a coordinating word;
# "own" ones start a clause that never takes the sentence's verb: a comparison with another
# time ("…, compared with 1 million tonnes now") and a table cell ("| 5m tonnes (planned) |").
_CLAUSE_SVO = regex.compile(
    r";|,\s(?:and|but|while|whereas|although|а|но|и|однако|тогда\sкак|хотя)\s|\s[–—]\s"
    r"|(?P<own>,\s(?:compared\s(?:with|to)|as\sagainst|по\sсравнению\sс|против)\s|\s\|\s)"
)
_AZ_PAST_OR_PRESENT = r"ıb|ib|ub|üb|dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş|mışdır|mişdir|muşdur|müşdür|dır|dir|dur|dür|ır|ir|ur|ür|ar|ər"
# An actual (past or present) az verb ends the text, punctuation aside:
# (?:\w+(?:<endings>)|var|yox)\W*$ -- tested on the last few letters only, since
# "\w+<ending>" needs just one word character before the ending.
_ACTUAL_AZ_END = regex.compile(rf"(?:\w(?:{_AZ_PAST_OR_PRESENT})|var|yox)\Z")
_NONWORD_TAIL = regex.compile(r"\W*$")
_LONGEST_ACTUAL = 1 + max(len(x) for x in _AZ_PAST_OR_PRESENT.split("|"))


def _actual_az(tail: str) -> bool:
    end = _NONWORD_TAIL.search(tail).start()
    return _ACTUAL_AZ_END.search(tail, max(0, end - _LONGEST_ACTUAL), end) is not None


_LABEL_ONLY = regex.compile(r"\s*(?:date|tarix|дата)\s*:?\s*$", regex.I)
_CLOCK = regex.compile(r"\[?\d{1,2}:\d{2}\]?")
_HEADER_LABEL = regex.compile(r"^[\s\-*•#\[\]()|:]*(?:date|tarix|дата)?[\s:]*$", regex.I)


def assign_roles(ctx: Context, dates: list[Mention], figures: list[Mention]) -> None:
    fig_sentences = {ctx.sentence_index(f.start) for f in figures if f.kind in _FIGURE_KINDS}
    ninth_newline = _ninth_newline(ctx.doc.text)
    for d in dates:
        if d.role == "citation":
            continue
        if ctx.in_refs(d.start):
            d.role = "reference-entry"
        elif _is_header(ctx, d, ninth_newline):
            d.role = "publication"
        elif _is_period(ctx, d, fig_sentences):
            d.role = "period"


def _ninth_newline(text: str) -> int:
    """Offset of the 9th line break of ``text`` (its length if fewer): more than 8 line
    breaks precede ``s`` exactly when ``s`` lies beyond it; found once per document."""
    i = -1
    for _ in range(9):
        i = text.find("\n", i + 1)
        if i < 0:
            return len(text)
    return i


def _is_header(ctx: Context, d: Mention, ninth_newline: int) -> bool:
    """A date alone on one of the first lines (``23.10.2025 [16:14]``, ``- 22 oktyabr, 2025``)."""
    doc = ctx.doc
    s, e = doc.view.to_original(d.start, d.end)
    if s > ninth_newline:  # more than 8 line breaks before it
        return False
    ls = doc.text.rfind("\n", 0, s) + 1
    le = doc.text.find("\n", e)
    le = len(doc.text) if le < 0 else le
    span = doc.metadata.published_span
    if span is not None and span[0] < e and s < span[1]:
        return True  # the header date the sources stage read as the publication date
    if is_masthead(doc.text, ls, le):
        return True  # "Statistical Digest No. 9 (September 2025)": the date
    rest = doc.text[ls:s] + " " + _CLOCK.sub(" ", doc.text[e:le])
    if _HEADER_LABEL.match(rest):
        return True
    # "date 2025-10-22 Title…": a labelled date opening the first line
    if _LABEL_ONLY.match(doc.text[ls:s]):
        return True
    # a news dateline: "Baku, 14 March 2025 — …", "Астана, 4 июля 2024 года."
    day = d.precision == "day" or {"m", "d"} <= d.parts.keys()  # a year-less one is unresolved yet
    return day and bool(DATELINE.match(doc.text[ls:s]))


def _is_period(ctx: Context, d: Mention, fig_sentences: set[int]) -> bool:
    if d.precision not in ("year", "month", "decade"):
        return False
    if isinstance(d.value, str) and "/" in d.value:
        return True  # 2019-2023-cü illərdə, the first nine months, the first half
    if ctx.sentence_index(d.start) in fig_sentences:
        return True
    s, e = ctx.sentence(d.start)
    return bool(grammar(d.language).period_cues.search(ctx.folded, s, e))


def assign_modality(ctx: Context, figures: list[Mention]) -> None:
    for f in figures:
        if f.kind == "category":
            continue
        g = grammar(f.language)
        s, e = ctx.sentence(f.start)
        if g.lang.verb_final:
            f.modality = _verb_final(ctx, g.modality, f.end, e, g.reporting, g.modality_any)
        else:
            # The clause of the figure: "grew by 88% …, and the port is to be expanded" holds
            # two statements; the second one's "is to be" does not plan the first.
            a, b, own = s, e, False
            for m in scan(_CLAUSE_SVO, ctx.folded, s, e):
                if m.end() <= f.start:
                    a, own = m.end(), m["own"] is not None
                elif m.start() >= f.end:
                    b = m.start()
                    own = own or "|" in m.group()
                    break
            clause = ctx.folded[a:b]
            if not own and not _FINITE_SVO.search(clause):
                # An elliptical clause ("…, а мощность порта — с 15 до 25 млн тонн") takes
                # the verb, and so the modality, of the sentence.
                clause = ctx.folded[s:e]
            if not g.modality_any.search(clause):
                f.modality = "actual"
                continue
            f.modality = next((mod for pat, mod in g.modality if pat.search(clause)), "actual")


def _verb_final(
    ctx: Context,
    cues: tuple[tuple[regex.Pattern[str], str], ...],
    pos: int,
    end: int,
    reporting: regex.Pattern[str] | None = None,
    any_cue: regex.Pattern[str] | None = None,
) -> str:
    """SOV: the first clause-final verb after the figure governs it; a verb of saying that
    closes reported speech ("… planlaşdırıldığını bildirdi") is passed over."""
    t = ctx.folded
    stops = [m.start() for m in scan(_BOUNDARY, t, pos, end)] + [end]
    for b in stops:
        tail = t[max(pos, b - 64) : b].rstrip(" .!?\"'”»)")
        if reporting is not None:
            m = reporting.search(tail)
            if m:
                tail = tail[: m.start()]
        if any_cue is None or any_cue.search(tail):
            for pat, mod in cues:
                if any(m.end() >= len(tail) - 1 for m in pat.finditer(tail)):
                    return mod
        if _actual_az(tail):
            return "actual"
    return "actual"
