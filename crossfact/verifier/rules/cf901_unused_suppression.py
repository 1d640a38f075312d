"""An inline suppression comment suppresses nothing.

What it does:
    An inline suppression comment suppresses nothing.

Why it matters:
    Stale suppressions hide future findings; remove them once the text is fixed.

Example:
    `<!-- crossfact: ignore CF302 -->` before a paragraph with no date conflict.
"""

from crossfact.verifier.rules import rule

UNUSED_SUPPRESSION = rule("CF901", "unused-suppression", "info")
