"""Find knowledge-base entities named in a document.

Names match on the normalized, case-folded view (so PDF hyphenation and casing never get
in the way) through Azerbaijani suffixes (``Qazaxıstanın``, ``TDT-nin``) and Russian case
endings (``Организации тюркских государств``). Small typos are tolerated for long names
only, never for names marked ``no_fuzzy`` (``Astana`` / ``Astara``): a different real
place is not silently merged. Acronyms defined in a text (``… Təşkilatı (TDT)``) are
learnt for that text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from crossfact.sources.models import Document
from crossfact.text import finditer_safe, match_fold
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import Entity, Mention

_DASH = r"\s*[-‐‑‒–—]\s*"
_CYR = regex.compile(r"\p{Script=Cyrillic}")
_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}{4,}(?![\p{L}])")
_DEFINED_ACRONYM = regex.compile(r"\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)")


def _token_pattern(token: str, last: bool) -> str:
    if _CYR.search(token):
        # Russian case endings: "порт" / "порта", "Организация" / "Организации".
        if len(token) >= 7:  # adjectives: "контейнерный" / "контейнерного"
            return regex.escape(token[:-2]) + r"\p{L}{0,4}"
        if len(token) >= 5:
            return regex.escape(token[:-1]) + r"\p{L}{0,4}"
        return regex.escape(token) + r"\p{L}{0,3}"
    if last:
        return regex.escape(token) + r"(?P<sfx>['’]?\p{L}{0,9})"
    return regex.escape(token)


def _name_pattern(name: str) -> str:
    parts = regex.split(r"(\s*[-‐‑‒–—]\s*|\s+)", match_fold(name).strip())
    tokens = [p for p in parts[::2] if p]
    seps = parts[1::2]
    out = []
    for i, tok in enumerate(tokens):
        out.append(_token_pattern(tok, i == len(tokens) - 1))
        if i < len(seps):
            out.append(_DASH if regex.search(r"[-‐‑‒–—]", seps[i]) else r"\s+")
    return "".join(out)


@dataclass
class _Matcher:
    entity: Entity
    names: regex.Pattern[str] | None
    acronyms: regex.Pattern[str] | None
    single_tokens: list[str]


def _compile(kb: KnowledgeBase) -> list[_Matcher]:
    cached = kb.lexicon.get("_matchers")
    if isinstance(cached, list):
        return cached
    out: list[_Matcher] = []
    for e in kb.entities.values():
        all_names = {n for ns in e.names.values() for n in ns if n.strip()}
        # All-capital short names (ABŞ, ÇXR) are acronyms: case-sensitive, never "Abşeron".
        caps = {n for n in all_names if n.isupper() and len(n) <= 6}
        names = sorted(all_names - caps, key=len, reverse=True)
        pats = [_name_pattern(n) for n in names]
        acr = [regex.escape(a) for a in sorted({*e.acronyms, *caps}, key=len, reverse=True)]
        out.append(
            _Matcher(
                entity=e,
                names=regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(pats) + r")(?![\p{L}\d])")
                if pats
                else None,
                acronyms=regex.compile(
                    r"(?<![\p{L}\d])(?:" + "|".join(acr) + r")(?P<sfx>-?\p{Ll}{1,6})?(?![\p{L}\d])"
                )
                if acr
                else None,
                single_tokens=[
                    match_fold(n) for n in names if " " not in n.strip() and len(n) >= 6
                ],
            )
        )
    kb.lexicon["_matchers"] = out
    return out


def find_mentions(doc: Document, kb: KnowledgeBase) -> list[Mention]:
    """All entity mentions in ``doc`` (original offsets), longest match first on overlaps."""
    view = doc.view
    folded = match_fold(view.text)
    found: list[Mention] = []
    for m in _compile(kb):
        if m.names is not None:
            for hit in finditer_safe(m.names, folded):
                s, e = hit.span()
                raw = view.text[s:e]
                # A one-word name must be capitalised in the text: "Sian" the city, not a word.
                if " " not in raw and not (raw[:1].isupper() or raw[:1].isdigit()):
                    continue
                found.append(_mention(doc, m.entity.id, s, e, True, suffix=hit.group("sfx")))
        if m.acronyms is not None:
            for hit in finditer_safe(m.acronyms, view.text):
                s, e = hit.span()
                found.append(_mention(doc, m.entity.id, s, e, True, suffix=hit.group("sfx")))
    found = _learn_acronyms(doc, found)
    found += _fuzzy(doc, kb, found)
    return _resolve_overlaps(found, doc)


def _mention(
    doc: Document,
    eid: str,
    s: int,
    e: int,
    exact: bool,
    score: float = 100.0,
    suffix: str | None = "",
) -> Mention:
    os_, oe = doc.view.to_original(s, e)
    return Mention(
        entity=eid,
        start=os_,
        end=oe,
        text=doc.text[os_:oe],
        exact=exact,
        score=score,
        suffix=match_fold(suffix or "").lstrip("-'’"),
    )


def _learn_acronyms(doc: Document, found: list[Mention]) -> list[Mention]:
    """``Türk Dövlətləri Təşkilatı (TDT)``: later ``TDT`` in this text means that entity."""
    view = doc.view
    learnt: dict[str, str] = {}
    for men in found:
        _, ve = view.from_original(men.start, men.end)
        m = _DEFINED_ACRONYM.match(view.text, ve)
        if m:
            learnt[m.group(1)] = men.entity
    extra: list[Mention] = []
    for acr, eid in learnt.items():
        pat = regex.compile(
            r"(?<![\p{L}\d])" + regex.escape(acr) + r"(?P<sfx>-?\p{Ll}{1,6})?(?![\p{L}\d])"
        )
        for hit in finditer_safe(pat, view.text):
            s, e = hit.span()
            extra.append(_mention(doc, eid, s, e, True, suffix=hit.group("sfx")))
    return found + extra


def _fuzzy(doc: Document, kb: KnowledgeBase, found: list[Mention]) -> list[Mention]:
    """Capitalised words one typo away from a long one-word name (``Qazaxstanda``)."""
    covered = [(m.start, m.end) for m in found]
    index = _fuzzy_index(kb)
    out: list[Mention] = []
    for hit in finditer_safe(_WORD, doc.view.text):
        s, e = hit.span()
        word = match_fold(hit.group(0))
        cands = index.get(word[:2])
        if not cands:
            continue
        os_, oe = doc.view.to_original(s, e)
        if any(a < oe and os_ < b for a, b in covered):
            continue
        best: tuple[float, str] | None = None
        for tok, eid in cands:
            if not len(tok) - 1 <= len(word) <= len(tok) + 10:
                continue
            score = fuzz.ratio(word[: len(tok)], tok)
            if score >= 88 and (best is None or score > best[0]):
                best = (score, eid)
        if best and not _is_other_real_place(word, kb):
            out.append(_mention(doc, best[1], s, e, False, best[0]))
    return out


def _fuzzy_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, str]]]:
    """Long one-word names by their first two letters (typos rarely hit the first two)."""
    cached = kb.lexicon.get("_fuzzy_index")
    if isinstance(cached, dict):
        return cached
    index: dict[str, list[tuple[str, str]]] = {}
    for m in _compile(kb):
        if m.entity.no_fuzzy:
            continue
        for tok in m.single_tokens:
            index.setdefault(tok[:2], []).append((tok, m.entity.id))
    kb.lexicon["_fuzzy_index"] = index
    return index


def _is_other_real_place(word: str, kb: KnowledgeBase) -> bool:
    names = kb.lexicon.get("_one_word_names")
    if not isinstance(names, list):
        names = [match_fold(n) for e in kb.entities.values() for n in e.all_names() if " " not in n]
        kb.lexicon["_one_word_names"] = names
    return any(word.startswith(n) for n in names)


def _resolve_overlaps(found: list[Mention], doc: Document) -> list[Mention]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start), not m.exact))
    out: list[Mention] = []
    for m in found:
        if doc.is_excluded(m.start, m.end):
            continue
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
