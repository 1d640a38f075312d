"""Models of the verifier stage: entities, frames, subject keys, findings."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crossfact.claims.models import Claim, Value
from crossfact.sources.models import Document

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
EntityType = Literal[
    "organisation",
    "event-series",
    "event",
    "place",
    "country",
    "person",
    "infrastructure",
    "agreement",
    "council",
]


class Entity(BaseModel):
    """A knowledge-base entry: one real thing with all its names."""

    model_config = ConfigDict(frozen=True)

    id: str
    type: EntityType
    names: dict[str, list[str]] = Field(default_factory=dict)  # lang -> names
    acronyms: list[str] = Field(default_factory=list)
    # Relations used for linking: the series an event belongs to, its ordinal,
    # location (entity id), participants (entity ids), country a place is in.
    series: str | None = None
    ordinal: int | None = None
    location: str | None = None
    participants: list[str] = Field(default_factory=list)
    country: str | None = None
    year: int | None = None
    holder_of: str | None = None  # person: the office/country they lead
    no_fuzzy: bool = False  # short or confusable names: exact (suffix) matches only
    annual: bool = False  # an event series with one regular event a year (its year names it)

    def all_names(self) -> list[str]:
        out = [n for names in self.names.values() for n in names]
        return out + list(self.acronyms)


class Mention(BaseModel):
    """An entity named in a document."""

    model_config = ConfigDict(frozen=True)

    entity: str
    start: int
    end: int
    text: str
    exact: bool = True  # False when matched only through a typo tolerance
    score: float = 100.0
    suffix: str = ""  # the inflection after the name, folded ("da", "nın", "-nin")


class Frame(BaseModel):
    """What a claim is about, read from its clause and sentence."""

    model_config = ConfigDict(frozen=True)

    entities: list[str] = Field(default_factory=list)
    event_type: str | None = None  # summit, council-meeting, visit, signing, opening, ...
    ordinal: int | None = None
    location: str | None = None
    participants: list[str] = Field(default_factory=list)
    measure: str | None = None  # annual-capacity, cargo-volume, trade-turnover, ...
    period: str | None = None  # the period a figure is for (ISO date/interval)
    modality: str = "actual"


class LinkedClaim(BaseModel):
    """A claim with the subject it is about and the attribute it gives a value for."""

    model_config = ConfigDict(frozen=True)

    doc: str  # document path
    claim: Claim
    subject: str | None = None
    attribute: str | None = None
    frame: Frame = Field(default_factory=Frame)
    role: Literal["checked", "corpus"] = "corpus"


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    start: int
    end: int
    line: int
    column: int
    quote: str
    value: Value | None = None
    role: Literal["checked", "corpus", "trusted"] = "corpus"
    end_line: int | None = None
    end_column: int | None = None
    # Optional verbatim text right before / after ``quote`` (a few words of its sentence),
    # so reports can show the quote in context with the value highlighted.
    context_before: str | None = None
    context_after: str | None = None

    @classmethod
    def of(
        cls,
        doc: Document,
        start: int,
        end: int,
        role: Literal["checked", "corpus", "trusted"] = "corpus",
        value: Value | None = None,
        **extra: str | None,
    ) -> Evidence:
        """Evidence for ``doc.text[start:end]`` with its 1-based line and column."""
        line, col = doc.line_col(start)
        end_line, end_col = doc.line_col(end)
        return cls(
            path=doc.path,
            start=start,
            end=end,
            line=line,
            column=col,
            quote=doc.text[start:end],
            value=value,
            role=role,
            end_line=end_line,
            end_column=end_col,
            **extra,
        )


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = ""
    code: str
    rule: str
    severity: Severity
    message: str
    subject: str | None = None
    attribute: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    label: str | None = None  # readable subject name for reports (not in JSON, not hashed)

    def with_id(self) -> Finding:
        return self.model_copy(update={"id": fingerprint(self)})

    @property
    def primary(self) -> Evidence | None:
        for e in self.evidence:
            if e.role == "checked":
                return e
        return self.evidence[0] if self.evidence else None


def fingerprint(f: Finding) -> str:
    """Content fingerprint: rule, subject, attribute, values and documents — never lines."""
    payload = {
        "code": f.code,
        "subject": f.subject,
        "attribute": f.attribute,
        "evidence": sorted(
            json.dumps([e.path, e.value, e.role, e.quote], ensure_ascii=False, sort_keys=True)
            for e in f.evidence
        ),
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:16]


class Corroboration(BaseModel):
    model_config = ConfigDict(frozen=True)

    subject: str
    attribute: str
    value: Value
    sources: list[str]
    evidence: list[Evidence] = Field(default_factory=list)
    label: str | None = None  # readable subject name for reports (not in JSON)


class DocumentSummary(BaseModel):
    path: str
    language: str
    published: str | None = None
    claims: int = 0
    role: Literal["checked", "corpus"] = "corpus"


class Summary(BaseModel):
    documents: int = 0
    claims: int = 0
    findings: dict[str, int] = Field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})


class Result(BaseModel):
    """Everything a formatter needs. All formatters read only this."""

    findings: list[Finding] = Field(default_factory=list)
    corroborations: list[Corroboration] = Field(default_factory=list)
    documents: list[DocumentSummary] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)  # one-line input errors
    summary: Summary = Field(default_factory=Summary)
    mode: Literal["check", "report"] = "report"
    suppressed: int = 0  # findings silenced by a baseline or inline suppression

    def sorted_findings(self) -> list[Finding]:
        return sorted(
            self.findings,
            key=lambda f: (
                -SEVERITY_RANK[f.severity],
                f.primary.path if f.primary else "",
                f.primary.line if f.primary else 0,
                f.code,
            ),
        )

    def recount(self) -> Result:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            counts[f.severity] += 1
        self.summary.findings = counts
        return self
