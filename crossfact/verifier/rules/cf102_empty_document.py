"""A document has no article prose left after boilerplate is removed.

What it does:
    A document has no article prose left after boilerplate is removed.

Why it matters:
    An empty article contributes nothing to the corpus and usually means a bad export.

Example:
    A page that only contains a news-feed list.
"""

from crossfact.verifier.rules import rule

EMPTY_DOCUMENT = rule("CF102", "empty-document", "warning")
