"""A citation that resolves to no entry of the document's reference list.

What it does:
    Reports a numbered citation whose number has no entry (`[17]` in a list of 16), an
    author-year citation whose author/site/title and year match no entry (fuzzy, so
    `Prezident.az.` still finds a president.az entry), and an inline URL that matches no
    entry URL — the last only when the document lists its inline URLs in the reference list
    as a rule (at least half of them resolve). Repeated citations of the same missing
    source are reported once.

Why it matters:
    The claim looks sourced but is not; often an entry was deleted or renumbered, or the year
    in the citation is a typo (the message names the same-author entry with another year).

Example:
    `(Ömərov, 2014)` when the only Ömərov entry is dated `2 mart 2013`.
"""

from crossfact.verifier.rules import rule

DANGLING_CITATION = rule("CF402", "dangling-citation", "warning")
