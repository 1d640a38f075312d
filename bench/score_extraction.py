"""Score claim extraction against hand annotations (precision / recall per kind and file).

Gold rows (JSONL): ``file``, exact ``text`` (original file text), ``occurrence`` (n-th
occurrence of that text in the file), ``value`` and optionally ``kind``, ``unit``, ``from``.
Files named ``dates_*.jsonl`` hold dates; any other file holds numbers (rows with a
``kind``). A gold row is found when a claim of the same family overlaps its span and has
an equal value (dates: the same ISO string, a decade or century written ``195X`` /
``20XX`` being its interval; numbers: equal within 0.1 %, ranges element-wise; for
``from X to Y`` the target value).

Ignore policy:
* rows with ``"doubtful": true`` are ignored, and claims that overlap a doubtful row
  are neither true nor false positives;
* only the families a gold file annotates are scored for its texts (a dates-only file
  does not judge number claims, and vice versa); category claims are not scored;
* precision counts every claim of a scored family in a scored file: a claim that
  overlaps no gold row of its family is a false positive.

Usage: ``python bench/score_extraction.py [GOLD_DIR ...]`` (default: ../shared/gold and
bench/gold, texts looked up in ../shared/seeds, bench/gold/texts).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from crossfact.claims import Claim, extract_claims
from crossfact.sources import read_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT.parent / "shared" / "gold", ROOT / "bench" / "gold"]
TEXT_DIRS = [ROOT.parent / "shared" / "seeds", ROOT / "bench" / "gold" / "texts"]
NUMBER_KINDS = {"quantity", "money", "percent", "count", "multiplier", "duration"}


def family(kind: str) -> str | None:
    if kind == "date":
        return "dates"
    return "numbers" if kind in NUMBER_KINDS else None


@dataclass
class Row:
    file: str
    family: str
    start: int
    end: int
    value: object
    doubtful: bool
    text: str
    found: bool = False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def same_value(a: object, b: object) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)
    return _interval(str(a)) == _interval(str(b))


def _interval(v: str) -> str:
    """Gold may write a decade or century with X digits ("195X", "20XX"); the extractor
    writes the interval ("1950/1959", "2000/2099"). Both are one value."""
    if len(v) == 4 and v.endswith("X") and v.rstrip("X").isdigit():
        return f"{v.replace('X', '0')}/{v.replace('X', '9')}"
    return v


def locate(text: str, row: dict[str, object]) -> int:
    """Offset of a gold row's ``text`` at its ``occurrence`` in ``text`` (-1 if absent)."""
    pos = -1
    for _ in range(int(row.get("occurrence", 1))):  # type: ignore[call-overload]
        pos = text.find(str(row["text"]), pos + 1)
        if pos < 0:
            break
    return pos


def find_text(dirs: list[Path], name: str) -> Path | None:
    return next((d / name for d in dirs if (d / name).is_file()), None)


def load_rows(gold_dirs: list[Path], texts: dict[str, str]) -> list[Row]:
    rows: list[Row] = []
    for gdir in gold_dirs:
        for gfile in sorted(gdir.glob("*.jsonl")):
            fam_default = "dates" if gfile.name.startswith("dates") else "numbers"
            for line in gfile.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                r = json.loads(line)
                path = find_text(TEXT_DIRS, r["file"])
                if path is None:
                    continue
                text = texts.setdefault(r["file"], path.read_text(encoding="utf-8-sig"))
                pos = locate(text, r)
                if pos < 0:
                    print(
                        f"warning: {r['file']}: gold text not found: {r['text']!r}", file=sys.stderr
                    )
                    continue
                fam = family(r["kind"]) if "kind" in r else fam_default
                rows.append(
                    Row(r["file"], fam or fam_default, pos, pos + len(r["text"]), r["value"],
                        bool(r.get("doubtful")), r["text"])
                )  # fmt: skip
    return rows


def score(gold_dirs: list[Path]) -> dict[str, dict[str, Tally]]:
    """Tallies keyed by family then by file (and ``"all"``)."""
    texts: dict[str, str] = {}
    rows = load_rows(gold_dirs, texts)
    result: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    scored = {(r.file, r.family) for r in rows}
    for name in sorted(texts):
        path = find_text(TEXT_DIRS, name)
        assert path is not None
        claims = extract_claims(read_document(path))
        file_rows = [r for r in rows if r.file == name]
        for c in claims:
            fam = family(c.kind)
            if fam is None or (name, fam) not in scored:
                continue
            _judge(c, fam, name, file_rows, result)
        for r in file_rows:
            if not r.doubtful and not r.found:
                for key in (name, "all"):
                    result[r.family][key].fn += 1
                result[r.family]["all"].misses.append(f"{name}: {r.text!r} = {r.value}")
    return result


def _judge(
    c: Claim, fam: str, name: str, rows: list[Row], result: dict[str, dict[str, Tally]]
) -> None:
    hits = [r for r in rows if r.family == fam and r.start < c.end and c.start < r.end]
    good = [r for r in hits if not r.doubtful and not r.found and same_value(r.value, c.value)]
    if good:
        good[0].found = True
        for key in (name, "all"):
            result[fam][key].tp += 1
    elif any(r.doubtful for r in hits) or any(
        r.found and same_value(r.value, c.value) for r in hits
    ):
        return
    else:
        for key in (name, "all"):
            result[fam][key].fp += 1
        result[fam]["all"].false.append(f"{name}: {c.text!r} = {c.value} ({c.kind})")


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [d for d in DEFAULT_GOLD if d.is_dir()]
    result = score(dirs)
    for fam in ("dates", "numbers"):
        if fam not in result:
            continue
        print(f"== {fam}")
        for key, t in sorted(result[fam].items(), key=lambda kv: (kv[0] == "all", kv[0])):
            print(f"  {key:40s} P={t.p():.3f} R={t.r():.3f}  tp={t.tp} fp={t.fp} fn={t.fn}")
        for m in result[fam]["all"].misses:
            print("    miss:", m)
        for f in result[fam]["all"].false:
            print("    false:", f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
