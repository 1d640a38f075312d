"""Helpers for the claims tests: build a Document from text and extract its claims."""

from __future__ import annotations

from crossfact.claims import Claim, extract_claims
from crossfact.sources import Document
from crossfact.sources.loader import build_document


def claims_of(text: str, **meta: object) -> list[Claim]:
    doc = Document(path="t.txt", format="txt", text=text)
    if meta:
        doc.metadata = doc.metadata.model_copy(update=meta)
    return extract_claims(doc)


def one(text: str, kind: str | None = None) -> Claim:
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, [(c.kind, c.text, c.value) for c in found]
    return found[0]


def dates_of(text: str) -> dict[str, object]:
    """Date claims by text, read as the sources stage reads a file (header dates too)."""
    claims = extract_claims(build_document("x.txt", text))
    return {c.text: c.value for c in claims if c.kind == "date"}
