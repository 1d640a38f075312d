"""``text``: ``path:line:col: severity CODE rule message``, most severe first."""

from __future__ import annotations

from crossfact.verifier.models import Result


def render(result: Result) -> str:
    lines = [f"{e}" for e in result.errors]
    for f in result.sorted_findings():
        p = f.primary
        loc = f"{p.path}:{p.line}:{p.column}" if p else "-"
        lines.append(f"{loc}: {f.severity} {f.code} {f.rule} {f.message}")
    s = result.summary
    lines.append(
        f"{s.documents} documents, {s.claims} claims: "
        f"{s.findings['error']} errors, {s.findings['warning']} warnings, {s.findings['info']} info"
    )
    return "\n".join(lines) + "\n"
