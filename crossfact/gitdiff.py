"""Diff-only gating: which lines of a file changed since a git revision.

``git diff --unified=0 REV -- FILE`` compares the working tree with REV; its hunk
headers ``@@ -a,b +c,d @@`` give the changed line ranges of the file as it is now.
A file git does not track yet counts as changed everywhere.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

import regex

from crossfact.verifier.models import Finding

# Inclusive 1-based line ranges; ``None`` means the whole file changed.
LineRanges = list[tuple[int, int]] | None

_HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)


class GitDiffError(Exception):
    """git is missing, the file is outside a repository, or the revision is unknown."""


def parse_hunks(diff: str) -> list[tuple[int, int]]:
    """Changed line ranges of the new file from a ``--unified=0`` diff."""
    out = []
    for m in _HUNK.finditer(diff, timeout=5.0):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        if count > 0:  # count 0: lines were only deleted here
            out.append((start, start + count - 1))
    return out


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except FileNotFoundError:
        raise GitDiffError("git is not installed (needed by --changed-since)") from None


def _first_line(s: str) -> str:
    return next((ln.strip() for ln in s.splitlines() if ln.strip()), "git failed")


def changed_lines(path: str | Path, rev: str) -> LineRanges:
    """Line ranges of ``path`` changed since ``rev`` (``None``: all of it)."""
    p = Path(path).resolve()
    cwd = p.parent
    r = _git(["rev-parse", "--is-inside-work-tree"], cwd)
    if r.returncode != 0 or r.stdout.strip() != "true":
        raise GitDiffError(f"{path}: not inside a git work tree (needed by --changed-since)")
    r = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd)
    if r.returncode != 0:
        raise GitDiffError(f"{path}: unknown git revision {rev!r}")
    if _git(["ls-files", "--error-unmatch", "--", p.name], cwd).returncode != 0:
        return None  # untracked: every line is new
    r = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", rev, "--", p.name], cwd)
    if r.returncode != 0:
        raise GitDiffError(f"{path}: git diff failed: {_first_line(r.stderr)}")
    return parse_hunks(r.stdout)


def touches(ranges: LineRanges, line: int, end_line: int | None = None) -> bool:
    """Whether lines ``line..end_line`` overlap a changed range."""
    if ranges is None:
        return True
    last = end_line if end_line and end_line >= line else line
    return any(a <= last and line <= b for a, b in ranges)


def keep_changed(findings: Iterable[Finding], changed: dict[str, LineRanges]) -> list[Finding]:
    """Findings whose checked evidence lies on changed lines of a draft in ``changed``
    (keyed by document path). Findings about the corpus alone are dropped; meta findings
    located outside the drafts (a stale baseline entry) are kept."""
    out = []
    for f in findings:
        in_drafts = [e for e in f.evidence if e.role == "checked" and e.path in changed]
        if in_drafts:
            if any(touches(changed[e.path], e.line, e.end_line) for e in in_drafts):
                out.append(f)
        elif f.code.startswith("CF9") and not any(e.path in changed for e in f.evidence):
            out.append(f)
    return out
