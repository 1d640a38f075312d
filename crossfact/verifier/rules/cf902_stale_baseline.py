"""A baseline entry matches no current finding.

What it does:
    A baseline entry matches no current finding.

Why it matters:
    The accepted finding is gone (fixed or changed); prune the baseline so it does not hide a new one.

Example:
    `crossfact check --baseline .crossfact-baseline.json` after the draft was corrected.
"""

from crossfact.verifier.rules import rule

STALE_BASELINE_ENTRY = rule("CF902", "stale-baseline-entry", "warning")
