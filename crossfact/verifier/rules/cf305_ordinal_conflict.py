"""A meeting's ordinal (first, second, 10th) disagrees with another article for the same date.

What it does:
    A meeting's ordinal (first, second, 10th) disagrees with another article for the same date.

Why it matters:
    Calling the first meeting of a council "the second" misleads readers about its history.

Example:
    `Şuranın ikinci iclası` dated 11 March 2024, when the corpus calls that meeting the first.
"""

from crossfact.verifier.rules import rule

ORDINAL_CONFLICT = rule("CF305", "ordinal-conflict", "error")
