"""``sarif``: SARIF 2.1.0 for GitHub code scanning (see ECOSYSTEM.md §1).

One run; ``driver.rules`` describes every rule that appears (from its docstring);
``locations[0]`` is the checked evidence (else the first), the other evidence goes to
``relatedLocations``, linked from the message as ``[path:line](id)``. Columns are 1-based
with an exclusive end, counted in code points (``run.columnKind``). Input errors and
findings without evidence become tool-execution notifications, since GitHub rejects a
result without a location.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote as urlquote

from crossfact import __version__
from crossfact.reports._common import (
    RuleInfo,
    end_position,
    fmt_value,
    others,
    rel_path,
    rules_for,
    split_error,
)
from crossfact.verifier.models import Evidence, Finding, Result

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/crossfact/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
MAX_DESCRIPTION = 1024  # GitHub truncates longer rule descriptions


def render(result: Result, *, rules: Mapping[str, object] | None = None) -> str:
    return json.dumps(to_sarif(result, rules=rules), ensure_ascii=False, indent=2) + "\n"


def to_sarif(result: Result, *, rules: Mapping[str, object] | None = None) -> dict[str, Any]:
    located = [f for f in result.sorted_findings() if f.evidence]
    infos = rules_for(located, rules)
    index = {r.code: i for i, r in enumerate(infos)}
    notifications = [_error_notification(e) for e in result.errors]
    notifications += [_finding_notification(f) for f in result.sorted_findings() if not f.evidence]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "crossfact",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(r) for r in infos],
            }
        },
        "automationDetails": {"id": f"crossfact/{result.mode}/"},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not result.errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": [_result(f, index[f.code]) for f in located],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _clip(text: str) -> str:
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def _rule(r: RuleInfo) -> dict[str, Any]:
    full = " ".join(
        dict.fromkeys([r.summary, r.section("What it does"), r.section("Why it matters")])
    )
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": _clip(r.summary)},
        "fullDescription": {"text": _clip(full.strip())},
        "help": {"text": _help_text(r), "markdown": _help_markdown(r)},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"tags": ["crossfact", _family(r.code)]},
    }


def _family(code: str) -> str:
    families = {"1": "input", "2": "extraction", "3": "conflict", "4": "citation", "9": "meta"}
    return families.get(code[2:3], "other")


def _help_text(r: RuleInfo) -> str:
    parts = [f"{r.code} {r.name}: {r.summary}"]
    parts += [f"{h}: {t}" for h, t in r.sections() if h and t != r.summary]
    return "\n\n".join(parts)


def _help_markdown(r: RuleInfo) -> str:
    parts = [f"**{r.code} {r.name}** — {r.summary}"]
    parts += [f"**{h}.** {t}" for h, t in r.sections() if h and t != r.summary]
    return "\n\n".join(parts)


def _escape_message(text: str) -> str:
    """Escape what SARIF would read as embedded-link syntax in a plain-text message."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _uri(path: str) -> str:
    return urlquote(rel_path(path), safe="/:@!$&'()*+,;=-._~")


def _region(e: Evidence) -> dict[str, Any]:
    end_line, end_col = end_position(e)
    return {
        "startLine": e.line,
        "startColumn": e.column,
        "endLine": end_line,
        "endColumn": end_col,
        "snippet": {"text": e.quote},
    }


def _physical(e: Evidence) -> dict[str, Any]:
    return {"artifactLocation": {"uri": _uri(e.path)}, "region": _region(e)}


def _result(f: Finding, rule_index: int) -> dict[str, Any]:
    primary = f.primary
    assert primary is not None  # only findings with evidence reach here
    related = others(f)
    text = _escape_message(f.message)
    if related:
        links = ", ".join(
            f"[{_escape_message(rel_path(e.path))}:{e.line}]({i})"
            for i, e in enumerate(related, start=1)
        )
        end = "" if text.rstrip().endswith((".", "!", "?")) else "."
        text = f"{text.rstrip()}{end} Evidence: {links}."
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(primary)}],
    }
    if related:
        out["relatedLocations"] = [
            {"id": i, "message": {"text": _related_text(e)}, "physicalLocation": _physical(e)}
            for i, e in enumerate(related, start=1)
        ]
    out["partialFingerprints"] = {"crossfact/v1": f.id}
    props: dict[str, Any] = {}
    if f.subject:
        props["subject"] = f.subject
    if f.attribute:
        props["attribute"] = f.attribute
    if props:
        out["properties"] = props
    return out


def _related_text(e: Evidence) -> str:
    value = f": {fmt_value(e.value)}" if e.value is not None else ""
    return f"{e.role} article{value} «{' '.join(e.quote.split())}»"


def _error_notification(error: str) -> dict[str, Any]:
    path, problem = split_error(error)
    note: dict[str, Any] = {
        "level": "error",
        "message": {"text": problem or error},
        "descriptor": {"id": "CF101"},
    }
    if path:
        note["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}]
    return note


def _finding_notification(f: Finding) -> dict[str, Any]:
    return {
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "descriptor": {"id": f.code},
    }
