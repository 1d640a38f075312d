"""``json``: the ``crossfact.findings/1`` contract (exact keys; see docs/DESIGN)."""

from __future__ import annotations

import json
from typing import Any

from crossfact.verifier.models import Evidence, Finding, Result

EVIDENCE_KEYS = ("path", "start", "end", "line", "column", "quote", "value", "role")


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {k: getattr(e, k) for k in EVIDENCE_KEYS}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "subject": f.subject,
        "attribute": f.attribute,
        "evidence": [evidence_dict(e) for e in f.evidence],
    }


def to_dict(result: Result) -> dict[str, Any]:
    return {
        "schema": "crossfact.findings/1",
        "findings": [finding_dict(f) for f in result.sorted_findings()],
        "corroborations": [
            {"subject": c.subject, "attribute": c.attribute, "value": c.value, "sources": c.sources}
            for c in result.corroborations
        ],
        "summary": {
            "documents": result.summary.documents,
            "claims": result.summary.claims,
            "findings": {
                k: result.summary.findings.get(k, 0) for k in ("error", "warning", "info")
            },
        },
    }


def render(result: Result) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2) + "\n"
