"""Instructions per pass over the seeds, ours beside dateparser, counted by callgrind.

Timings on a shared machine swing by a third from run to run; instruction counts do not
(the same binary on the same input executes the same instructions, whatever else the
machine does). Each side runs under ``valgrind --tool=callgrind`` twice, making one and
then three passes over the texts after a warm-up; the difference divided by two is the
cost of one pass, free of start-up and import costs. Prints both counts and the ratio.

Needs valgrind (``apt-get install valgrind``). Slow: dateparser under callgrind takes
a few minutes.

Usage: ``python bench/instructions.py [DIR] [--side ours|dateparser|both]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

_RUN = """
import sys
from pathlib import Path
texts = [p.read_text(encoding="utf-8-sig") for p in sorted(Path(sys.argv[1]).iterdir()) if p.is_file()]
side, n = sys.argv[2], int(sys.argv[3])
if side == "ours":
    from crossfact.claims import extract_claims
    from crossfact.sources import Document
    run = lambda t: extract_claims(Document(path="x", format="txt", text=t))
else:
    from dateparser.search import search_dates
    run = lambda t: search_dates(t, languages=["az", "ru", "en"])
for t in texts:  # warm-up: compiled grammars and caches, counted in both runs alike
    run(t)
for _ in range(n):
    for t in texts:
        run(t)
"""


def count(folder: Path, side: str, passes: int) -> int:
    """Instructions executed by the whole process (callgrind's ``summary`` line)."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "run.py"
        script.write_text(_RUN, encoding="utf-8")
        out = Path(tmp) / "cg.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
        subprocess.run(
            [*cmd, str(script), str(folder), side, str(passes)],
            # a fixed hash seed: set iteration order, and so the instructions, repeat
            env={**os.environ, "PYTHONHASHSEED": "0"},
            check=True,
            capture_output=True,
        )
        m = re.search(r"^summary:\s*(\d+)", out.read_text(encoding="utf-8"), re.M)
        if not m:
            raise SystemExit(f"{out}: no summary line in callgrind's output")
        return int(m.group(1))


def per_pass(folder: Path, side: str) -> int:
    return (count(folder, side, 3) - count(folder, side, 1)) // 2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(SEEDS))
    ap.add_argument("--side", choices=["ours", "dateparser", "both"], default="both")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind not installed (apt-get install valgrind)")
        return 1
    folder = Path(args.dir)
    ours = per_pass(folder, "ours") if args.side != "dateparser" else None
    if ours is not None:
        print(f"crossfact   {ours / 1e6:10.1f} M instructions per pass")
    dp = per_pass(folder, "dateparser") if args.side != "ours" else None
    if dp is not None:
        print(f"dateparser  {dp / 1e6:10.1f} M instructions per pass")
    if ours and dp:
        print(f"ratio dateparser/crossfact = {dp / ours:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
