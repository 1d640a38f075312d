"""A claim in a checked draft that no corpus article can confirm or contradict.

What it does:
    A claim in a checked draft that no corpus article can confirm or contradict.

Why it matters:
    "Cannot compare" is kept apart from "conflict": the reviewer sees what was not verified,
    but the gate never fails for it.

Example:
    A draft gives a new figure for a port that no corpus article mentions.
"""

from crossfact.verifier.rules import rule

UNVERIFIED_CLAIM = rule("CF301", "unverified-claim", "info")
