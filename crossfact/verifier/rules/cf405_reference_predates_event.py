"""A cited source is dated before the event that the citing sentence reports.

What it does:
    For each citation that resolves to exactly one dated entry, compares the entry's date with
    the explicit dates in the citing sentence. When the source is dated before every one of
    them (compared at the coarser precision: `2013` is before `March 2014`), it is reported.
    Sentences about plans or forecasts (`will`, `-acaq/-əcək`, `будет`, `planned`) are
    skipped, since a source may announce an event in advance.

Why it matters:
    A source cannot report an event that had not happened yet; either the entry's date or the
    sentence's date is wrong, or the wrong source is cited.

Example:
    `The summit opened on 4 July 2024 [2].` with `[2] … 12 June 2024.`
"""

from crossfact.verifier.rules import rule

REFERENCE_PREDATES_EVENT = rule("CF405", "reference-predates-event", "warning")
