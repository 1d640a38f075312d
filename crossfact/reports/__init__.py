"""Reports: one formatter per file, all fed the same :class:`Result`."""

from __future__ import annotations

import importlib
from typing import Protocol

from crossfact.verifier.models import Result

FORMATS = ("text", "json", "html", "sarif", "junit", "github")


class Formatter(Protocol):
    def __call__(self, result: Result) -> str: ...


def render(result: Result, fmt: str) -> str:
    """Render ``result`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = importlib.import_module(f"crossfact.reports.{fmt}_format")
    out: str = module.render(result)
    return out
