"""Models of the claims stage: a value mention with the cues needed to know what it is about."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ClaimKind = Literal[
    "date", "quantity", "money", "percent", "count", "duration", "multiplier", "category"
]
Precision = Literal["day", "month", "year", "decade", "century"]
Qualifier = Literal["exact", "approx", "more-than", "at-least", "less-than", "up-to"]
Modality = Literal["actual", "planned", "forecast", "target"]
# event: the date something happened; period: the time a figure is for; citation: an
# author-year citation year; reference-entry: a date inside a bibliography entry;
# publication: a header/publication date; other: anything else.
Role = Literal["event", "period", "citation", "reference-entry", "publication", "other"]
# How a date's missing parts were filled in.
Resolution = Literal["explicit", "context-year", "publication-date", "relative", "document-time"]

Number = float | int
Value = str | Number | list[Number]


class Claim(BaseModel):
    """One extracted value mention.

    ``start``/``end`` are code-point offsets into ``Document.text``:
    ``doc.text[start:end] == text`` always holds.

    Values: dates are ISO strings (``2023-11-03``, ``2023-11``, ``2023``, or an
    interval ``A/B``); numbers are floats/ints, ranges ``[low, high]``; categories
    are strings from a closed set per ``attribute`` (visit-type: state / official /
    working; meeting-ordinal: 1, 2, …).
    """

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    kind: ClaimKind
    start: int
    end: int
    text: str
    value: Value
    from_value: Number | None = Field(default=None, alias="from")
    unit: str | None = None
    precision: Precision | None = None
    qualifier: Qualifier = "exact"
    modality: Modality = "actual"
    role: Role = "event"
    resolution: Resolution | None = None
    attribute: str | None = None  # for category claims: "visit-type", "meeting-ordinal"
    noun: str | None = None  # the counted noun / unit word as written, folded
    language: str = "und"
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, list) or (isinstance(self.value, str) and "/" in self.value)
