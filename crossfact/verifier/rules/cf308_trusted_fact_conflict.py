"""A claim contradicts an authoritative value in the trusted-facts file.

What it does:
    A claim contradicts an authoritative value in the trusted-facts file.

Why it matters:
    The desk keeps a list of verified values; contradicting one is an error whatever the corpus says.

Example:
    Trusted: diplomatic relations established 1992-08-30; the draft says 1992-08-31.
"""

from crossfact.verifier.rules import rule

TRUSTED_FACT_CONFLICT = rule("CF308", "trusted-fact-conflict", "error")
