"""Build documents and hand-placed claims for verifier tests, independent of the extractor."""

from __future__ import annotations

from typing import Any

import regex

from crossfact.claims.models import Claim
from crossfact.sources.models import Document, Segment


def make_doc(path: str, text: str, language: str = "az") -> Document:
    doc = Document(path=path, format="txt", text=text, language=language)  # type: ignore[arg-type]
    paras = []
    for i, m in enumerate(regex.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)):
        paras.append(Segment(kind="paragraph", start=m.start(), end=m.end(), paragraph=i))
    sents = []
    for p in paras:
        for m in regex.finditer(r"(?:[^.!?]|\.(?=\S))+[.!?]*", text[p.start : p.end]):
            if m.group(0).strip():
                sents.append(
                    Segment(
                        kind="sentence",
                        start=p.start + m.start(),
                        end=p.start + m.end(),
                        paragraph=p.paragraph,
                        language=language,
                    )  # type: ignore[arg-type]
                )
    doc.paragraphs, doc.sentences = paras, sents
    return doc


def claim(doc: Document, quote: str, kind: str, value: Any, nth: int = 0, **kw: Any) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(quote, start + 1)
    defaults: dict[str, Any] = {}
    if kind == "date":
        v = str(value)
        defaults["precision"] = {10: "day", 7: "month", 4: "year"}.get(len(v.split("/")[0]), "day")
    sent = next((x for x in doc.sentences if x.start <= start < x.end), None)
    if sent is not None:
        defaults["sentence_start"], defaults["sentence_end"] = sent.start, sent.end
    defaults.update(kw)
    return Claim(
        kind=kind, start=start, end=start + len(quote), text=quote, value=value, **defaults
    )
