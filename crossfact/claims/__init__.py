"""Claims: Document -> Claim[] (span, kind, normalized value, qualifier, modality)."""

from crossfact.claims.extract import extract_claims
from crossfact.claims.models import Claim

__all__ = ["Claim", "extract_claims"]
