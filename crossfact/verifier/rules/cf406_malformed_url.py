r"""A URL in the text or the reference list that is not well-formed.

What it does:
    Reports URLs with a damaged scheme (`htps://`, `http//`, `https:/`), a doubled scheme,
    whitespace, a non-numeric port, or a host that is not a valid domain name (`exa..mple.az`,
    a name without a dot). Markdown escapes (`\_`) are undone first; non-ASCII paths are fine.

Why it matters:
    A reader (or a link checker) cannot open the source; the citation is unverifiable.

Example:
    `/<htps://president.az/az/articles/view/1>, 11 mart 2024`
"""

from crossfact.verifier.rules import rule

MALFORMED_URL = rule("CF406", "malformed-url", "warning")
