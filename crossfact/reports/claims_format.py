"""Output of ``crossfact claims``: the ``crossfact.claims/1`` contract, or a text table."""

from __future__ import annotations

import json
from typing import Any

from crossfact.sources.models import Document
from crossfact.verifier.models import LinkedClaim


def claim_dict(doc: Document, lc: LinkedClaim) -> dict[str, Any]:
    c = lc.claim
    line, col = doc.line_col(c.start)
    d: dict[str, Any] = {
        "kind": c.kind,
        "start": c.start,
        "end": c.end,
        "line": line,
        "column": col,
        "text": c.text,
        "value": c.value,
    }
    if c.from_value is not None:
        d["from"] = c.from_value
    for key in ("unit", "precision", "qualifier", "modality", "role", "resolution"):
        v = getattr(c, key)
        if v is not None:
            d[key] = v
    d["subject"] = lc.subject
    d["attribute"] = lc.attribute or c.attribute
    return d


def render_json(items: list[tuple[Document, list[LinkedClaim]]], errors: list[str]) -> str:
    out = {
        "schema": "crossfact.claims/1",
        "documents": [
            {
                "path": doc.path,
                "language": doc.language,
                "published": doc.published.isoformat() if doc.published else None,
                "claims": [claim_dict(doc, lc) for lc in linked],
            }
            for doc, linked in items
        ],
        "errors": errors,
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def render_text(items: list[tuple[Document, list[LinkedClaim]]], errors: list[str]) -> str:
    lines = list(errors)
    for doc, linked in items:
        pub = doc.published.isoformat() if doc.published else "undated"
        lines.append(f"{doc.path} [{doc.language}, {pub}] {len(linked)} claims")
        for lc in linked:
            c = lc.claim
            line, col = doc.line_col(c.start)
            val = f"{c.from_value}→{c.value}" if c.from_value is not None else f"{c.value}"
            extra = " ".join(
                x
                for x in (
                    c.unit or "",
                    c.precision or "",
                    c.qualifier if c.qualifier != "exact" else "",
                    c.modality if c.modality != "actual" else "",
                    f"@{lc.subject}" if lc.subject else "",
                    f".{lc.attribute}" if lc.attribute else "",
                )
                if x
            )
            quote = " ".join(c.text.split())
            lines.append(f"  {line}:{col}  {c.kind:<10} {val:<24} {extra}  «{quote}»")
    return "\n".join(lines) + "\n"
