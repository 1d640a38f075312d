"""A reference entry's date has the day and month of the cited event but another year.

What it does:
    For each citation that resolves to exactly one dated entry, reads the event dates of the
    citing sentence and of the paragraph that leads up to it (a paragraph broken by a page
    break counts as one; year-less dates such as `həmin il noyabrın 24-də` take the year
    mentioned just before). When no date there agrees with the entry (the entry on the day
    of an event or up to a month after it), but one has the entry's day and month in another
    year, the entry's year is reported as a typo.

Why it matters:
    `14 sentyabr 2024` for a meeting held on 14 September 2023 sends the reader to the wrong
    year's archive and makes the source look published a year after the fact. Default
    severity is error: the pattern (same day and month, other year) is specific enough to
    be a mistake almost every time, and the fix is mechanical. Sources published a few days
    or months after the event are normal and are not reported.

Example:
    Text: `2023-cü il sentyabrın 14-də … görüş keçirildi … (<https://example.az/61>)`;
    entry: `… /<https://example.az/61>, 14 sentyabr 2024`.
"""

from crossfact.verifier.rules import rule

REFERENCE_DATE_MISMATCH = rule("CF404", "reference-date-mismatch", "error")
