"""Verifier: claims x corpus -> subject keys -> comparisons -> findings."""

from crossfact.verifier.engine import verify

__all__ = ["verify"]
