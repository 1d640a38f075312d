"""Claim-extraction throughput on the seed articles, beside dateparser's ``search_dates``.

Prints MB/s (UTF-8 bytes of input per second, one core) for:
* ``claims``      – ``extract_claims`` with the document's normalized view already built
                    (the view belongs to the sources stage and is shared by all stages);
* ``claims+view`` – the same, building the view as part of the run;
* ``dateparser``  – ``dateparser.search.search_dates(text, languages=["az","ru","en"])``;
and the ratio claims / dateparser. Times are CPU time of this process
(``time.process_time``), i.e. per core and robust to other load on the machine; the
best of ``--repeat`` runs is kept for crossfact (dateparser is run once: it is slow). Usage: ``python bench/throughput.py [DIR] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from crossfact.claims import extract_claims
from crossfact.sources import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _docs(texts: list[tuple[str, str]]) -> list[Document]:
    return [Document(path=p, format="txt", text=t) for p, t in texts]


def bench_claims(texts: list[tuple[str, str]], repeat: int, with_view: bool) -> float:
    best = float("inf")
    for _ in range(repeat):
        docs = _docs(texts)
        if not with_view:
            for d in docs:
                _ = d.view
        t0 = time.process_time()
        for d in docs:
            extract_claims(d)
        best = min(best, time.process_time() - t0)
    return best


def bench_dateparser(texts: list[tuple[str, str]]) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates("warm up 3 November 2023", languages=["az", "ru", "en"])
    t0 = time.process_time()
    for _, t in texts:
        search_dates(t, languages=["az", "ru", "en"])
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(SEEDS))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = sorted(p for p in Path(args.dir).iterdir() if p.is_file())
    texts = [(str(p), p.read_text(encoding="utf-8-sig")) for p in files]
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    print(f"{len(texts)} files, {mb * 1000:.1f} kB")
    c = bench_claims(texts, args.repeat, with_view=False)
    cv = bench_claims(texts, args.repeat, with_view=True)
    print(f"claims       {mb / c:8.2f} MB/s  ({c * 1000:.1f} ms, view prebuilt)")
    print(f"claims+view  {mb / cv:8.2f} MB/s  ({cv * 1000:.1f} ms)")
    dp = bench_dateparser(texts)
    if dp is None:
        print("dateparser not installed")
        return 0
    print(f"dateparser   {mb / dp:8.2f} MB/s  ({dp * 1000:.1f} ms)")
    print(f"ratio claims/dateparser = {dp / c:.1f}x  (claims+view: {dp / cv:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
