"""A document cites sources ([3], (Ömərov, 2013)) but has no reference list.

What it does:
    Reports, once per document, numbered or author-year citations in a text that has no
    reference list — neither under a heading (ƏDƏBİYYAT, İstinadlar, Mənbələr, References,
    Bibliography, Sources, Литература, Список литературы) nor as a trailing run of numbered
    entries. The evidence shows the first few citations. Inline URLs are self-contained and
    do not count; a single parenthesis that merely looks like a citation does not either
    (two citations are needed).

Why it matters:
    A reader cannot follow `[7]` or `(Prezident.az, 2024)` anywhere; usually the list was lost
    when the article was pasted into the CMS or converted from PDF.

Example:
    A draft ending without a reference list says `... sənədlər imzalanmışdır [4].`
"""

from crossfact.verifier.rules import rule

MISSING_BIBLIOGRAPHY = rule("CF401", "missing-bibliography", "warning")
