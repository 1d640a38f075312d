"""Models of the sources stage: a file becomes a Document with segments and metadata."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crossfact.text import TextView, line_col, line_start_offsets, normalize_view

Language = Literal["az", "en", "ru", "und"]


class Segment(BaseModel):
    """A span of the document text: a paragraph or a sentence."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["paragraph", "sentence", "heading", "list-item"]
    start: int
    end: int
    language: Language = "und"
    paragraph: int = 0  # index of the enclosing paragraph (for sentences)


class Excluded(BaseModel):
    """A span that is not article prose: page boilerplate, news feed, code, front matter."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    reason: Literal["boilerplate", "news-feed", "code", "front-matter", "markup", "suppressed"]


class Metadata(BaseModel):
    title: str | None = None
    published: dt.date | None = None
    published_text: str | None = None  # the header text the date was read from
    # where published_text sits in Document.text, when it comes from the text itself
    published_span: tuple[int, int] | None = None
    authors: list[str] = Field(default_factory=list)
    doi: str | None = None
    url: str | None = None


class Document(BaseModel):
    """One article. ``text`` is the file decoded exactly as on disk (or, for binary
    formats such as .docx and .pdf, the extracted text); all offsets index into it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    format: Literal["txt", "md", "html", "docx", "pdf"]
    text: str
    encoding: str = "utf-8"
    language: Language = "und"
    metadata: Metadata = Field(default_factory=Metadata)
    paragraphs: list[Segment] = Field(default_factory=list)
    sentences: list[Segment] = Field(default_factory=list)
    excluded: list[Excluded] = Field(default_factory=list)

    @cached_property
    def view(self) -> TextView:
        return normalize_view(self.text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return line_start_offsets(self.text)

    def line_col(self, offset: int) -> tuple[int, int]:
        return line_col(self.text, offset, self._line_starts)

    def is_excluded(self, start: int, end: int) -> bool:
        return any(e.start <= start and end <= e.end for e in self.excluded)

    def sentence_at(self, offset: int) -> Segment | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    @property
    def published(self) -> dt.date | None:
        return self.metadata.published


class SourceError(BaseModel):
    """A file that could not be read; reported as one line, never fatal for the rest."""

    model_config = ConfigDict(frozen=True)

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"
