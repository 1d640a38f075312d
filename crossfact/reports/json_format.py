"""``json``: the ``crossfact.findings/1`` contract."""

from __future__ import annotations

import json
from typing import Any

from crossfact.verifier.models import Result


def to_dict(result: Result) -> dict[str, Any]:
    return {
        "schema": "crossfact.findings/1",
        "findings": [
            f.model_dump(mode="json", exclude_none=False) for f in result.sorted_findings()
        ],
        "corroborations": [
            c.model_dump(mode="json", exclude={"evidence"}) for c in result.corroborations
        ],
        "summary": result.summary.model_dump(mode="json"),
    }


def render(result: Result) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2) + "\n"
