"""Two articles give different figures for the same measure of the same subject and period.

What it does:
    Two articles give different figures for the same measure of the same subject and period.

Why it matters:
    Figures are compared with rounding and stated approximation (`about 3 billion` agrees
    with 3.1 billion; 4.4 lies within 4.3–4.5), with units converted, and `from X to Y`
    changes compared slot by slot. Different periods or measures are never compared.

Example:
    `illik ötürücülük qabiliyyəti 6 milyon ton` vs `5 milyon ton` for the same railway.
"""

from crossfact.verifier.rules import rule

FIGURE_CONFLICT = rule("CF303", "figure-conflict", "error")
