"""Two articles classify the same event differently (e.g. a state visit vs an official visit).

What it does:
    Two articles classify the same event differently (e.g. a state visit vs an official visit).

Why it matters:
    The visit type is protocol; calling a state visit "official" is a factual error.

Example:
    `rəsmi səfər` in one article, `dövlət səfəri` for the same visit in another.
"""

from crossfact.verifier.rules import rule

CATEGORY_CONFLICT = rule("CF304", "category-conflict", "error")
