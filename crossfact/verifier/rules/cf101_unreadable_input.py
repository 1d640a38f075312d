"""An input file could not be read or decoded.

What it does:
    An input file could not be read or decoded.

Why it matters:
    A file that is missing, binary, empty or in an undetectable encoding cannot be checked;
    silently skipping it would let a draft pass unchecked.

Example:
    `drafts/a.md: not UTF-8 and no known encoding fits (byte 0x9c at offset 12)`
"""

from crossfact.verifier.rules import rule

UNREADABLE_INPUT = rule("CF101", "unreadable-input", "error")
