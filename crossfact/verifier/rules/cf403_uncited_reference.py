"""A reference-list entry that no citation in the text points to.

What it does:
    Reports each entry that no numbered, author-year or URL citation resolves to. When the
    text has no citations at all, one finding per document says so instead of one per entry.

Why it matters:
    An uncited entry is padding or a sign that the citation was lost in editing; reviewers
    may want to drop it or restore the citation. It is informational only.

Example:
    Entry `[5] Trade statistics 2023 ...` while the text cites only [1]–[4].
"""

from crossfact.verifier.rules import rule

UNCITED_REFERENCE = rule("CF403", "uncited-reference", "info")
