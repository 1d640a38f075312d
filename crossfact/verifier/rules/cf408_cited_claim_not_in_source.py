"""The figures or dates of a citing sentence do not appear in the cited source.

What it does:
    When the cited source is itself an article of the corpus (matched by URL, DOI or title),
    reads the citing sentence's numbers (11 and above, decimals, with either decimal
    separator) and full dates, and reports those that the source does not contain anywhere.

Why it matters:
    A figure attributed to a source that does not contain it is either mistyped or taken
    from somewhere else; the citation lends it credibility it does not have.

Example:
    `Cargo grew to 3,4 million tonnes (<https://news.example/a>)` while the corpus article at
    that address says 3,1 million.
"""

from crossfact.verifier.rules import rule

CITED_CLAIM_NOT_IN_SOURCE = rule("CF408", "cited-claim-not-in-source", "warning")
