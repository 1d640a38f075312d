"""Every formatter's output for the hand-built sample Result, compared with a golden file.

Regenerate after an intended change with ``CROSSFACT_UPDATE_GOLDEN=1 pytest tests/test_reports_golden.py``
and review the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from test_reports_sample import SAMPLE_RULES, sample_result

from crossfact import __version__
from crossfact.reports import (
    github_format,
    html_format,
    json_format,
    junit_format,
    sarif_format,
    text_format,
)
from crossfact.verifier.models import Result

GOLDEN = Path(__file__).parent / "golden" / "reports"
UPDATE = os.environ.get("CROSSFACT_UPDATE_GOLDEN") == "1"

RENDERERS: dict[str, Callable[[Result], str]] = {
    "sample.txt": text_format.render,
    "sample.json": json_format.render,
    "sample.html": lambda r: html_format.render(r, rules=SAMPLE_RULES),
    "sample.sarif": lambda r: sarif_format.render(r, rules=SAMPLE_RULES),
    "sample.junit.xml": junit_format.render,
    "sample.github.txt": lambda r: github_format.render(r, env={}),
    "sample.github-summary.md": github_format.step_summary,
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_golden(name: str) -> None:
    # The version is the only thing that may change without a change in the output's shape.
    out = RENDERERS[name](sample_result()).replace(__version__, "<version>")
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(out)
    assert path.is_file(), f"missing {path}; run with CROSSFACT_UPDATE_GOLDEN=1"
    with path.open(encoding="utf-8", newline="") as fh:
        assert out == fh.read()


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_output_is_deterministic(name: str) -> None:
    assert RENDERERS[name](sample_result()) == RENDERERS[name](sample_result())
