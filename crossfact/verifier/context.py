"""Per-sentence context for framing claims: the entities, cue words and claims of each
sentence, read on the folded normalized view so casing and hyphenation never matter."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from crossfact.claims.models import Claim
from crossfact.sources.models import Document, Segment
from crossfact.text import finditer_safe, match_fold
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.mentions import find_mentions
from crossfact.verifier.models import Mention

# Azerbaijani case suffixes after a name (folded): where a visit goes and where it is.
DATIVE = ("a", "ə", "ya", "yə", "na", "nə")
LOCATIVE = ("da", "də", "ta", "tə", "nda", "ndə")
GENITIVE = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün")


@cache
def _cue_regex(cues: tuple[str, ...]) -> regex.Pattern[str]:
    alts = sorted(
        (regex.escape(match_fold(c)).replace(r"\ ", r"\s+") for c in cues), key=len, reverse=True
    )
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(alts) + ")")


@dataclass
class Cue:
    kind: str
    start: int  # view offset
    end: int


@dataclass
class Sentence:
    index: int
    seg: Segment
    vstart: int
    vend: int
    text: str  # folded view text of the sentence
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def find(self, cues: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
        """View-offset spans of cue words (word-prefix match) in this sentence."""
        if not cues:
            return []
        pat = _cue_regex(tuple(cues))
        return [
            (self.vstart + m.start(), self.vstart + m.end()) for m in finditer_safe(pat, self.text)
        ]


class DocContext:
    """A document's sentences with their mentions and claims, plus lexicon access."""

    def __init__(self, doc: Document, claims: list[Claim], kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        self.lang = doc.language if doc.language in ("az", "en", "ru") else "az"
        self.mentions = find_mentions(doc, kb)
        view = doc.view
        folded = match_fold(view.text)
        segs = doc.sentences or [Segment(kind="sentence", start=0, end=len(doc.text), paragraph=0)]
        self.sentences: list[Sentence] = []
        for i, seg in enumerate(segs):
            vs, ve = view.from_original(seg.start, seg.end)
            self.sentences.append(Sentence(i, seg, vs, ve, folded[vs:ve]))
        starts = [s.seg.start for s in self.sentences]
        import bisect

        def sentence_index(offset: int) -> int:
            return max(0, bisect.bisect_right(starts, offset) - 1)

        self.sentence_index = sentence_index
        for m in self.mentions:
            self.sentences[sentence_index(m.start)].mentions.append(m)
        for c in claims:
            self.sentences[sentence_index(c.start)].claims.append(c)

    def lex(self, *path: str) -> list[str]:
        """Cue words for a lexicon path, in the document language plus the others
        (articles mix languages: an English abstract inside an Azerbaijani paper)."""
        node: object = self.kb.lexicon
        for p in path:
            node = node.get(p, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            out: list[str] = []
            for lang in ("az", "en", "ru"):
                out += list(node.get(lang, []))
            return out
        return list(node) if isinstance(node, list) else []

    def lexicon_find(self, s: Sentence, key: str, lo: int, hi: int) -> bool:
        """Whether a cue of lexicon ``key`` occurs in the view span ``[lo, hi)`` of ``s``."""
        return any(lo <= a < hi for a, _ in s.find(self.lex(key)))

    def sentence_of(self, claim: Claim) -> Sentence:
        return self.sentences[self.sentence_index(claim.start)]

    def view_span(self, start: int, end: int) -> tuple[int, int]:
        return self.doc.view.from_original(start, end)

    def entity_type(self, eid: str) -> str | None:
        e = self.kb.get(eid)
        return e.type if e else None

    def country_of(self, m: Mention) -> str | None:
        """The country a mention stands for: a country, a place in it, its head of state."""
        e = self.kb.get(m.entity)
        if e is None:
            return None
        if e.type == "country":
            return e.id
        if e.type == "place":
            return e.country
        if e.type == "person":
            return e.holder_of
        return None

    def home_country(self) -> str | None:
        hc = self.kb.lexicon.get("home_country", {})
        return hc.get(self.lang) if isinstance(hc, dict) else None

    def previous_in_paragraph(self, s: Sentence) -> Sentence | None:
        if s.index == 0:
            return None
        p = self.sentences[s.index - 1]
        return p if p.seg.paragraph == s.seg.paragraph else None
