"""The mutable working record of a claim while extractors run (view coordinates)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int  # offsets into the normalized view
    end: int
    kind: str
    language: str
    value: object = None
    from_value: float | int | None = None
    unit: str | None = None
    noun: str | None = None
    precision: str | None = None
    qualifier: str = "exact"
    modality: str = "actual"
    role: str = "event"
    resolution: str | None = None
    attribute: str | None = None
    # date parts still to be resolved (year-less / relative dates)
    parts: dict[str, object] = field(default_factory=dict)

    def overlaps(self, s: int, e: int) -> bool:
        return self.start < e and s < self.end
