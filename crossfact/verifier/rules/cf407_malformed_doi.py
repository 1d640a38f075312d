"""A DOI that does not follow the DOI syntax.

What it does:
    Reports a DOI after a `DOI:` label or a doi.org address whose prefix is not `10.` and a
    4-9 digit registrant code, or that has no `/suffix`.

Why it matters:
    A malformed DOI does not resolve, so the cited article cannot be found.

Example:
    `doi: 10.123/abc` (registrant code too short) or `https://doi.org/10.59849`.
"""

from crossfact.verifier.rules import rule

MALFORMED_DOI = rule("CF407", "malformed-doi", "warning")
