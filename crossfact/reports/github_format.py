"""``github``: GitHub Actions workflow commands (ECOSYSTEM.md §4).

``::error file=…,line=…,endLine=…,col=…,endColumn=…,title=CODE rule::message``, most
severe first. GitHub shows at most 10 errors and 10 warnings per step, so the rest are
counted in one closing ``::notice::``; the full table goes to ``$GITHUB_STEP_SUMMARY``
and ``conflicts=N`` (errors + warnings) to ``$GITHUB_OUTPUT`` when those are set.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from crossfact.reports._common import (
    end_position,
    fmt_value,
    one_line,
    others,
    rel_path,
    split_error,
)
from crossfact.verifier.models import Finding, Result

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # per annotation kind and step; GitHub silently drops the rest


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, props: list[tuple[str, str]], message: str) -> str:
    prop = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return (
        f"::{kind} {prop}::{escape_data(message)}" if prop else f"::{kind}::{escape_data(message)}"
    )


def annotation(f: Finding) -> str:
    props: list[tuple[str, str]] = []
    p = f.primary
    if p:
        end_line, end_col = end_position(p)
        props += [("file", rel_path(p.path)), ("line", str(p.line)), ("endLine", str(end_line))]
        if end_line == p.line:
            props += [("col", str(p.column)), ("endColumn", str(end_col))]
    props.append(("title", f"{f.code} {f.rule}"))
    lines = [one_line(f.message)]
    for e in others(f):
        value = f" = {fmt_value(e.value)}" if e.value is not None else ""
        lines.append(f"{rel_path(e.path)}:{e.line}:{e.column} «{one_line(e.quote)}»{value}")
    return _command(COMMANDS[f.severity], props, "\n".join(lines))


def workflow_commands(result: Result) -> list[str]:
    """The workflow commands, capped per kind, with an overflow notice."""
    items: list[tuple[str, str]] = []
    for err in result.errors:
        path, problem = split_error(err)
        props = [("file", rel_path(path))] if path else []
        items.append(
            ("error", _command("error", [*props, ("title", "CF101 unreadable-input")], problem))
        )
    items += [(COMMANDS[f.severity], annotation(f)) for f in result.sorted_findings()]
    shown: dict[str, int] = {"error": 0, "warning": 0, "notice": 0}
    out: list[str] = []
    dropped = 0
    for kind, line in items:
        # Keep one notice slot free for the overflow message.
        cap = LIMIT - 1 if kind == "notice" else LIMIT
        if shown[kind] < cap:
            shown[kind] += 1
            out.append(line)
        else:
            dropped += 1
    if dropped:
        out.append(
            f"::notice::{dropped} more crossfact finding{'s' if dropped != 1 else ''} not "
            "annotated (GitHub shows 10 per kind); see the job summary or use --format sarif"
        )
    return out


def _cell(text: str, code: bool = False) -> str:
    """Text for a markdown table cell: one line, pipes escaped, HTML inert outside code."""
    out = one_line(text)
    if not code:
        out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return out.replace("|", "\\|")


def step_summary(result: Result) -> str:
    """A markdown table of every finding, for ``$GITHUB_STEP_SUMMARY``."""
    s = result.summary
    n = s.findings
    lines = [
        "## crossfact",
        "",
        f"{s.documents} documents, {s.claims} claims: **{n.get('error', 0)} error(s)**, "
        f"{n.get('warning', 0)} warning(s), {n.get('info', 0)} info",
        "",
    ]
    if result.errors:
        lines += [f"- unreadable: `{_cell(e, True)}`" for e in result.errors] + [""]
    if result.findings:
        lines += ["| severity | rule | where | message | evidence |", "|---|---|---|---|---|"]
        for f in result.sorted_findings():
            p = f.primary
            where = f"`{_cell(rel_path(p.path), True)}:{p.line}:{p.column}`" if p else ""
            ev = "<br>".join(
                f"`{_cell(rel_path(e.path), True)}:{e.line}` «{_cell(e.quote)}»" for e in f.evidence
            )
            lines.append(
                f"| {f.severity} | {f.code} {f.rule} | {where} | {_cell(f.message)} | {ev} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def render(result: Result, env: Mapping[str, str] | None = None) -> str:
    """Return the workflow commands; write the step summary and output if GitHub asks."""
    env = os.environ if env is None else env
    summary_file = env.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as fh:
            fh.write(step_summary(result))
    output_file = env.get("GITHUB_OUTPUT")
    if output_file:
        n = result.summary.findings
        with open(output_file, "a", encoding="utf-8") as fh:
            fh.write(f"conflicts={n.get('error', 0) + n.get('warning', 0)}\n")
    lines = workflow_commands(result)
    return "\n".join(lines) + "\n" if lines else ""
