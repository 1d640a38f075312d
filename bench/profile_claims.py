"""Profile claim extraction (view included) on the seed articles with cProfile.

Usage: ``python bench/profile_claims.py [DIR] [--repeat N] [--sort cumulative|tottime] [--top N]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

from crossfact.claims import extract_claims
from crossfact.sources import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(SEEDS))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    texts = [
        p.read_text(encoding="utf-8-sig") for p in sorted(Path(args.dir).iterdir()) if p.is_file()
    ]
    for t in texts:  # warm up: grammars compile once per process
        extract_claims(Document(path="warm", format="txt", text=t))
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.repeat):
        for t in texts:
            extract_claims(Document(path="p", format="txt", text=t))
    prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
