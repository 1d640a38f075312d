"""``text``: ``path:line:col: severity CODE rule message``, most severe first.

Input errors come first, one line each; evidence from other articles follows its finding
as indented ``  = path:line:col «quote»`` lines, so the first line stays linter-parseable.
"""

from __future__ import annotations

from crossfact.reports._common import fmt_value, one_line, others, split_error
from crossfact.verifier.models import Result


def render(result: Result) -> str:
    lines = []
    for err in result.errors:
        path, problem = split_error(err)
        lines.append(f"{path or '-'}: error CF101 unreadable-input {one_line(problem)}")
    for f in result.sorted_findings():
        p = f.primary
        loc = f"{p.path}:{p.line}:{p.column}" if p else "-"
        lines.append(f"{loc}: {f.severity} {f.code} {f.rule} {one_line(f.message)}")
        for e in others(f):
            value = f" = {fmt_value(e.value)}" if e.value is not None else ""
            lines.append(f"  = {e.path}:{e.line}:{e.column} «{one_line(e.quote)}»{value}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: Result) -> str:
    s = result.summary
    n = s.findings
    line = (
        f"{_n(s.documents, 'document')}, {_n(s.claims, 'claim')}: {_n(n.get('error', 0), 'error')}, "
        f"{_n(n.get('warning', 0), 'warning')}, {n.get('info', 0)} info"
    )
    if result.suppressed:
        line += f" ({result.suppressed} suppressed)"
    if result.errors:
        line += f"; {_n(len(result.errors), 'unreadable input')}"
    return line


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
