"""The corpus itself disagrees about a fact; reported once, as a finding about the corpus.

What it does:
    The corpus itself disagrees about a fact; reported once, as a finding about the corpus.

Why it matters:
    When sources are split, a draft that agrees with some of them is not failed for it
    (severity info, so no --fail-on level short of info fails the gate); the split is
    surfaced so that a reviewer can settle it. Under `report`, disagreements between
    corpus articles are reported by the conflict rules themselves (CF302, CF304, ...).

Example:
    One article calls a visit official, three call it a state visit.
"""

from crossfact.verifier.rules import rule

CORPUS_SPLIT = rule("CF309", "corpus-split", "info")
