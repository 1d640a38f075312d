"""The corpus itself disagrees about a fact; reported once, as a finding about the corpus.

What it does:
    The corpus itself disagrees about a fact; reported once, as a finding about the corpus.

Why it matters:
    When sources are split, a draft that agrees with some of them is not failed for it;
    the split is surfaced so that a reviewer can settle it.

Example:
    One article calls a visit official, three call it a state visit.
"""

from crossfact.verifier.rules import rule

CORPUS_SPLIT = rule("CF309", "corpus-split", "warning")
