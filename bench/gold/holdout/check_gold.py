"""Check that every holdout gold row's ``text`` occurs in its file at ``occurrence``."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    bad = 0
    for gold in sorted(HERE.glob("*.jsonl")):
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            text = (HERE / "texts" / row["file"]).read_text(encoding="utf-8")
            pos = -1
            for _ in range(int(row["occurrence"])):
                pos = text.find(row["text"], pos + 1)
                if pos < 0:
                    break
            if pos < 0:
                bad += 1
                print(f"{gold.name}:{n}: not found: {row['text']!r}")
    print("ok" if not bad else f"{bad} bad rows")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
