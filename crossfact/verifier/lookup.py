"""``crossfact lookup``: every article and every claim about the subject a query names.

The query may be any alias in any language, an acronym, or a subject key, with small
typos tolerated (``Orta Dehliz``, ``Middle Corridor``, ``ŞƏT``, ``ots-summit-10``).
Claims are grouped by subject, attribute and value, with the articles and quotes behind
each value, so a reviewer sees at a glance where the corpus agrees and where it splits.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz, process

from crossfact.claims import extract_claims
from crossfact.config import Settings
from crossfact.sources.models import Document
from crossfact.text import match_fold
from crossfact.verifier.kb import KnowledgeBase, load_kb
from crossfact.verifier.linking import link_document
from crossfact.verifier.mentions import find_mentions
from crossfact.verifier.models import LinkedClaim
from crossfact.verifier.subjects import cluster_visits, subject_label
from crossfact.verifier.values import dates_agree, fmt_value, numbers_agree, parse_date


def resolve_query(query: str, kb: KnowledgeBase) -> list[str]:
    """Entity ids a query names: exact alias or acronym first, then a fuzzy match."""
    q = match_fold(query.strip())
    if query.strip() in kb.entities:
        return [query.strip()]
    exact = [e.id for e in kb.entities.values() if any(match_fold(n) == q for n in e.all_names())]
    if exact:
        # "Ali Dövlətlərarası Şura" names several councils' short form: prefer the one
        # entity whose full names include it most specifically.
        return exact[:1] if len(exact) > 1 and _same_kind(exact, kb) else exact
    choices = {(e.id, n): match_fold(n) for e in kb.entities.values() for n in e.all_names()}
    hits = process.extract(q, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=85)
    if not hits:
        return []
    best = hits[0][1]
    return sorted({key[0] for _, score, key in hits if score >= best - 1})


def _same_kind(ids: list[str], kb: KnowledgeBase) -> bool:
    types = {kb.entities[i].type for i in ids}
    return len(types) == 1


def _about(subject: str, ids: list[str], kb: KnowledgeBase) -> bool:
    if subject in ids or any(subject.startswith(i + "#") for i in ids):
        return True
    ent = kb.get(subject)
    if ent is not None and (ent.series in ids or ent.location in ids):
        return True
    parts = subject.replace(">", "+").replace(":", "+").replace("#", "+").split("+")
    holders = {e.holder_of for e in (kb.get(i) for i in ids) if e and e.holder_of}
    if any(p in ids or p in holders for p in parts):
        return True
    return any(subject.startswith(f"{i}-summit") for i in ids)


def lookup(query: str, corpus: list[Document], settings: Settings) -> dict[str, Any]:
    kb = load_kb(settings.kb)
    key = query.strip()
    # A subject key as printed by `claims` (visit:…, trade:…, council:…#2): that subject only.
    exact_key = ":" in key and " " not in key and key not in kb.entities
    ids = [key] if exact_key else resolve_query(query, kb)
    articles: list[dict[str, Any]] = []
    linked: list[LinkedClaim] = []
    docs = {d.path: d for d in corpus}
    for d in corpus:
        ms = [m for m in find_mentions(d, kb) if m.entity in ids] if ids else []
        if ms:
            line, _ = d.line_col(ms[0].start)
            articles.append({"path": d.path, "mentions": len(ms), "first_line": line})
        linked += link_document(d, extract_claims(d), kb, all_links=True)
    groups: dict[str, dict[str, dict[str, list[LinkedClaim]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for lc in cluster_visits([x for x in linked if x.subject and x.attribute]):
        about = (
            (lc.subject or "").startswith(key) if exact_key else _about(lc.subject or "", ids, kb)
        )
        if ids and about:
            value = fmt_value(lc.claim.value)
            if lc.claim.from_value is not None:
                value = f"{fmt_value(lc.claim.from_value)} → {value}"
            if lc.claim.unit:
                value += f" {lc.claim.unit}"
            if lc.frame.period and lc.attribute not in ("date", "visit-type", "meeting-ordinal"):
                value += f" (for {lc.frame.period})"
            groups[lc.subject or ""][lc.attribute or ""][value].append(lc)
    subjects = []
    for subject in sorted(groups):
        attrs = []
        for attr, values in sorted(groups[subject].items()):
            vals = []
            for value, lcs in values.items():
                srcs = []
                for lc in lcs:
                    line, col = docs[lc.doc].line_col(lc.claim.start)
                    srcs.append(
                        {
                            "path": lc.doc,
                            "line": line,
                            "column": col,
                            "quote": " ".join(lc.claim.text.split()),
                            "modality": lc.claim.modality,
                        }
                    )
                vals.append({"value": value, "sources": srcs})
            # Ordinals number different meetings; figures for other periods are other facts.
            agree = None if attr == "meeting-ordinal" else _consistent(values)
            attrs.append({"attribute": attr, "agree": agree, "values": vals})
        subjects.append(
            {"subject": subject, "label": subject_label(subject, kb), "attributes": attrs}
        )
    return {
        "schema": "crossfact.lookup/1",
        "query": query,
        "entities": [
            {"id": i, "label": subject_label(i, kb) if exact_key else kb.label(i)} for i in ids
        ],
        "articles": articles,
        "subjects": subjects,
    }


def render_text(data: dict[str, Any]) -> str:
    if not data["entities"]:
        return f"no subject matches {data['query']!r}\n"
    names = ", ".join(f"{e['label']} [{e['id']}]" for e in data["entities"])
    lines = [f"{names}: mentioned in {len(data['articles'])} articles"]
    for a in data["articles"]:
        lines.append(f"  {a['path']}:{a['first_line']}  ({a['mentions']} mentions)")
    for s in data["subjects"]:
        lines.append(f"\n{s['label']} [{s['subject']}]")
        for a in s["attributes"]:
            mark = {True: "agree", False: "SPLIT", None: "by meeting / period"}[a["agree"]]
            lines.append(f"  {a['attribute']}: {mark}")
            for v in a["values"]:
                lines.append(f"    {v['value']}  ({len(v['sources'])} sources)")
                for src in v["sources"]:
                    mod = "" if src["modality"] == "actual" else f" [{src['modality']}]"
                    lines.append(
                        f"      {src['path']}:{src['line']}:{src['column']} «{src['quote']}»{mod}"
                    )
    return "\n".join(lines) + "\n"


def _consistent(values: dict[str, list[LinkedClaim]]) -> bool:
    """Whether the values given for one attribute agree the way ``check`` compares them
    (dates by precision, figures with rounding, per period)."""
    claims = [lc for lcs in values.values() for lc in lcs]
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.frame.period and b.frame.period and a.frame.period != b.frame.period:
                continue
            if a.claim.kind == "date":
                da, db = parse_date(a.claim.value), parse_date(b.claim.value)
                if da and db and not dates_agree(da, db):
                    return False
            elif a.claim.kind == "category":
                if a.claim.value != b.claim.value:
                    return False
            elif a.claim.unit == b.claim.unit and not numbers_agree(a.claim, b.claim):
                return False
    return True


def run_lookup(query: str, corpus: list[Document], settings: Settings, fmt: str = "text") -> str:
    """Render every claim about the subject ``query`` names, grouped by attribute and value."""
    data = lookup(query, corpus, settings)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return render_text(data)
