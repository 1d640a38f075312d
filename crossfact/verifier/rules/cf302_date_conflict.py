"""Two articles give different dates for the same event.

What it does:
    Two articles give different dates for the same event.

Why it matters:
    Dates drift between articles (2 vs 3 November); readers notice, and corrections are costly.
    Dates compare by precision: a month or a year agrees with any day inside it, and a range
    agrees with a day inside it.

Example:
    `2023-cü il noyabrın 2-də` in the draft vs `2023-cü il noyabrın 3-də` in the corpus,
    both for the 10th OTS summit.
"""

from crossfact.verifier.rules import rule

DATE_CONFLICT = rule("CF302", "date-conflict", "error")
