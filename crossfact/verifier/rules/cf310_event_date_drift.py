"""An arrival or visit date and the date of the event the visit was for differ by a day or two.

What it does:
    An arrival or visit date and the date of the event the visit was for differ by a day or two.

Why it matters:
    A delegation often arrives the day before a summit; that is not a hard conflict unless both
    dates are stated as the event's date, but the reviewer should see which date is which.

Example:
    Visit to Astana on 2 November 2023 for the summit that another article dates 3 November.
"""

from crossfact.verifier.rules import rule

EVENT_DATE_DRIFT = rule("CF310", "event-date-drift", "warning")
