"""crossfact: cross-article fact-conflict and citation verifier for editorial text."""

__version__ = "0.1.0"
