"""Models of citation checking: reference entries, in-text citations and their links.

All ``start``/``end`` offsets index ``Document.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crossfact.verifier.citations.dates import DateMention

CitationKind = Literal["numbered", "author-year", "url", "footnote"]


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Entry(BaseModel):
    """One item of a reference list."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    index: int  # 1-based position in the list
    number: int | None = None  # the printed number (``[3]``, ``3.``), when the list is numbered
    label: str | None = None  # a markdown footnote's label (``[^note]:``)
    start: int
    end: int
    text: str
    authors: list[str] = Field(default_factory=list)
    title: str | None = None
    site: str | None = None  # publisher, newspaper or web site
    url: str | None = None
    url_span: Span | None = None
    doi: str | None = None
    date: DateMention | None = None
    no_date: bool = False  # written ``n.d.`` / ``б.г.`` / ``t.y.``

    @property
    def key(self) -> str:
        """A short human label: ``[3]`` or the first author / title."""
        if self.label is not None:
            return f"[^{self.label}]"
        if self.number is not None:
            return f"[{self.number}]"
        label = self.authors[0] if self.authors else (self.title or self.site or self.url or "")
        return label[:60]


class ReferenceList(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    heading: Span | None = None
    numbered: bool = False
    footnotes: bool = False  # markdown footnote definitions, possibly scattered
    entries: list[Entry] = Field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        """The text the list occupies (footnote definitions one by one)."""
        if self.footnotes:
            return [(e.start, e.end) for e in self.entries]
        return [(self.start, self.end)]


class Citation(BaseModel):
    """One in-text citation: ``[3, 5]``, ``(Ömərov, 2013, s.14)`` or an inline URL."""

    model_config = ConfigDict(frozen=True)

    kind: CitationKind
    start: int
    end: int
    text: str
    numbers: list[int] = Field(default_factory=list)
    author: str | None = None  # author, site or quoted title of an author-year citation
    year: int | None = None
    no_date: bool = False
    url: str | None = None
    label: str | None = None  # footnote label


class Link(BaseModel):
    """A citation and the entries it resolves to (several for ``[3–5]``)."""

    model_config = ConfigDict(frozen=True)

    citation: Citation
    entries: list[Entry] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)  # the parts that resolve to nothing
    ambiguous: bool = False  # author-year key matched several entries equally well
    near: Entry | None = None  # same author, other year: shown in the dangling message
