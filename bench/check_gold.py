"""Check a gold set of bench/gold: every row's text occurs (as the scorer finds it) in its file.

With ``--uncovered`` also lists digit runs that no gold row covers, for the annotator to
review (page numbers, URLs, ordinals, feed timestamps are expected there).

Usage: ``python bench/check_gold.py bench/gold/SET [--uncovered]``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from score_set import load_scorer

locate = load_scorer().locate


def spans(folder: Path) -> tuple[dict[str, list[tuple[int, int]]], int]:
    bad = 0
    cover: dict[str, list[tuple[int, int]]] = {}
    for gfile in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(gfile.read_text(encoding="utf-8").splitlines(), 1):
            r = json.loads(line)
            path = folder / "texts" / r["file"]
            if not path.is_file():  # gold for texts kept elsewhere (the seeds)
                continue
            pos = locate(path.read_text(encoding="utf-8-sig"), r)
            if pos < 0:
                bad += 1
                print(f"{gfile.name}:{n}: not found: {r['text']!r} #{r.get('occurrence', 1)}")
                continue
            cover.setdefault(r["file"], []).append((pos, pos + len(r["text"])))
    return cover, bad


def main(argv: list[str]) -> int:
    folder = Path(next(a for a in argv if not a.startswith("--")))
    cover, bad = spans(folder)
    if "--uncovered" in argv:
        for path in sorted((folder / "texts").glob("*.txt")):
            text = path.read_text(encoding="utf-8-sig")
            for m in re.finditer(r"\d+", text):
                if not any(s <= m.start() < e for s, e in cover.get(path.name, [])):
                    ctx = text[max(0, m.start() - 25) : m.end() + 15].replace("\n", "⏎")
                    print(f"{path.name}: {m.group()!r}  …{ctx}…")
    print("rows not found:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
