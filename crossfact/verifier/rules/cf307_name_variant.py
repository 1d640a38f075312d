"""A place is named one letter away from the place the rest of the corpus gives for the same event.

What it does:
    A place is named one letter away from the place the rest of the corpus gives for the same event.

Why it matters:
    `Astara` and `Astana` are both real places; a one-letter slip silently moves an event.
    The two are never merged: the finding shows both spellings.

Example:
    `Astarada imzalanan sənəd` for a declaration signed in Astana.
"""

from crossfact.verifier.rules import rule

NAME_VARIANT = rule("CF307", "name-variant", "warning")
