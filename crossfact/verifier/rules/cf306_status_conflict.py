"""The same figure is stated as achieved in one article and as planned or forecast in another.

What it does:
    The same figure is stated as achieved in one article and as planned or forecast in another.

Why it matters:
    "Has risen to 5 million tonnes" and "is forecast to rise to 5 million tonnes" cannot both
    be right at the same time; one of the articles overstates or understates progress.

Example:
    `1 milyon tondan 5 milyon tona qədər artıb` vs `… artacağı proqnozlaşdırılır`.
"""

from crossfact.verifier.rules import rule

STATUS_CONFLICT = rule("CF306", "status-conflict", "warning")
