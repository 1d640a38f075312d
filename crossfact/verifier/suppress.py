"""Inline suppressions written in the checked text.

Markdown / HTML (and any text), in a comment::

    <!-- crossfact: ignore CF302 -->            the next paragraph, for CF302
    <!-- crossfact: ignore CF302, figure-conflict -->   several codes or rule names
    <!-- crossfact: ignore -->                   the next paragraph, every rule
    <!-- crossfact off --> ... <!-- crossfact on -->    a region (codes optional)

A comment on a line that also holds text applies to that paragraph instead of the next.
In ``.txt`` files the same directives may be written as a line of their own:
``crossfact: ignore CF302``, ``crossfact off``, ``crossfact on``.

A finding is suppressed when its checked-document evidence (or, for a finding about the
corpus alone, any of its evidence) starts inside a region suppressed for its code. A
directive that suppresses nothing becomes a CF901 finding located at the directive.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import regex

from crossfact.sources.models import Document
from crossfact.text import finditer_safe
from crossfact.verifier.models import Evidence, Finding, Result
from crossfact.verifier.rules import load_all
from crossfact.verifier.rules.cf901_unused_suppression import UNUSED_SUPPRESSION

_CODES = r"(?P<codes>(?:(?:[ \t]*,[ \t]*|[ \t]+)[A-Za-z][\w-]*)*)"
_COMMENT = regex.compile(
    r"<!--[ \t]*crossfact(?:[ \t]*:[ \t]*|[ \t]+)(?P<verb>ignore|off|on)\b" + _CODES + r"[ \t]*-->",
    regex.IGNORECASE,
)
_TXT_LINE = regex.compile(
    r"^[ \t]*crossfact(?:[ \t]*:[ \t]*|[ \t]+)(?P<verb>ignore|off|on)\b" + _CODES + r"[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE,
)
_BLANK_LINE = regex.compile(r"\r?\n[ \t]*(?:\r?\n|$)")
_PREFIX = regex.compile(r"CF\d{1,2}")


@dataclass(frozen=True)
class Suppression:
    """One directive: the codes it names (empty: every rule) and the span it covers."""

    path: str
    start: int  # the directive itself
    end: int
    text: str
    codes: tuple[str, ...]
    region: tuple[int, int]  # [start, end) offsets of the suppressed text

    def covers(self, f: Finding, offset: int) -> bool:
        return self.region[0] <= offset < self.region[1] and matches(self.codes, f)


def matches(codes: Iterable[str], f: Finding) -> bool:
    """Whether a directive naming ``codes`` applies to finding ``f``."""
    codes = tuple(codes)
    if not codes:
        return True
    for c in codes:
        up = c.upper()
        if up == f.code or c.lower() == f.rule or (_PREFIX.fullmatch(up) and f.code.startswith(up)):
            return True
    return False


def parse_suppressions(doc: Document) -> list[Suppression]:
    """Every ignore / off directive of ``doc`` with the region it suppresses."""
    text = doc.text
    if "crossfact" not in text.lower():
        return []
    found = finditer_safe(_COMMENT, text)
    if doc.format == "txt":
        found += finditer_safe(_TXT_LINE, text)
    found.sort(key=lambda m: m.start())
    out: list[Suppression] = []
    open_regions: list[tuple[regex.Match[str], tuple[str, ...]]] = []
    for m in found:
        verb = m.group("verb").lower()
        codes = tuple(c for c in regex.split(r"[\s,]+", m.group("codes")) if c)
        if verb == "ignore":
            out.append(_make(doc, m, codes, _paragraph_region(text, m.start(), m.end())))
        elif verb == "off":
            open_regions.append((m, codes))
        else:  # "on" closes the regions it names; a bare "on" closes all of them
            still_open = []
            for om, ocodes in open_regions:
                if (
                    not codes
                    or not ocodes
                    or set(map(str.upper, codes)) & set(map(str.upper, ocodes))
                ):
                    out.append(_make(doc, om, ocodes, (om.end(), m.start())))
                else:
                    still_open.append((om, ocodes))
            open_regions = still_open
    for om, ocodes in open_regions:
        out.append(_make(doc, om, ocodes, (om.end(), len(text))))
    return sorted(out, key=lambda s: s.start)


def _make(
    doc: Document, m: regex.Match[str], codes: tuple[str, ...], region: tuple[int, int]
) -> Suppression:
    return Suppression(doc.path, m.start(), m.end(), m.group(0).strip(), codes, region)


def _paragraph_region(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph after the directive, or the one it sits in when its line holds text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        para_start = _prev_blank_end(text, start)
    else:
        para_start = end
        while para_start < len(text) and text[para_start].isspace():
            para_start += 1
    m = _BLANK_LINE.search(text, para_start)
    return para_start, m.start() if m else len(text)


def _prev_blank_end(text: str, pos: int) -> int:
    last = 0
    for m in _BLANK_LINE.finditer(text, 0, pos):
        last = m.end()
    return last


def _anchor_offsets(f: Finding) -> list[Evidence]:
    checked = [e for e in f.evidence if e.role == "checked"]
    return checked or list(f.evidence)


def apply_suppressions(
    findings: list[Finding], docs_by_path: dict[str, Document]
) -> tuple[list[Finding], int]:
    """Drop the findings that inline directives suppress; report unused directives (CF901).

    Returns the remaining findings (plus one CF901 per unused directive) and the number
    of findings suppressed.
    """
    by_path = {p: parse_suppressions(d) for p, d in docs_by_path.items()}
    used: set[Suppression] = set()
    kept: list[Finding] = []
    suppressed = 0
    for f in findings:
        hits = [
            s for e in _anchor_offsets(f) for s in by_path.get(e.path, []) if s.covers(f, e.start)
        ]
        if hits:
            used.update(hits)
            suppressed += 1
        else:
            kept.append(f)
    known = load_all()
    known_names = {r.name for r in known.values()}
    for path, sups in by_path.items():
        for s in sups:
            if s not in used:
                kept.append(_unused(s, docs_by_path[path], known, known_names))
    return kept, suppressed


def _unused(s: Suppression, doc: Document, known: Collection[str], names: set[str]) -> Finding:
    unknown = [
        c
        for c in s.codes
        if c.upper() not in known
        and c.lower() not in names
        and not (_PREFIX.fullmatch(c.upper()) and any(k.startswith(c.upper()) for k in known))
    ]
    what = ", ".join(s.codes) if s.codes else "every rule"
    msg = f"suppression of {what} matches no finding; remove the directive"
    if unknown:
        msg += f" (unknown rule {', '.join(unknown)}; 'crossfact rule' lists them)"
    ev = Evidence.of(doc, s.start, s.end, "checked")
    return UNUSED_SUPPRESSION.make(msg, [ev])


def scope_unused(result: Result) -> Result:
    """Fit CF901 findings to the run: under ``check`` only directives in the checked drafts
    count (the corpus is not being linted); under ``report`` their evidence is ``corpus``."""
    roles = {d.path: d.role for d in result.documents}
    out: list[Finding] = []
    for f in result.findings:
        if f.code == UNUSED_SUPPRESSION.code and f.evidence:
            role = roles.get(f.evidence[0].path, "checked")
            if result.mode == "check" and role == "corpus":
                continue
            if result.mode == "report":
                ev = [e.model_copy(update={"role": "corpus"}) for e in f.evidence]
                f = f.model_copy(update={"evidence": ev}).with_id()
        out.append(f)
    result.findings = out
    return result.recount()
