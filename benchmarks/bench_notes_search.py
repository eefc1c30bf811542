"""Search over every visit note and ledger entry: 100,000+ visits, target under 200 ms.

.venv/bin/python benchmarks/bench_notes_search.py [--accounts 14500]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import budget
from kamdesk import demo
from kamdesk.services import notes_search
from kamdesk.store import db
from kamdesk.store.models import LedgerEntry, Visit

QUERIES = ["送货", "送货延迟", "新开门店", "返利兑现慢", "竞品", "3%", "不存在的内容", "定制包装"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=14_500)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "office.sqlite3"
    db.open_database(str(path))
    started = time.perf_counter()
    demo.fill_demo(accounts=args.accounts, seed=1)
    print(f"office: {Visit.select().count()} visits, {LedgerEntry.select().count()} ledger entries "
          f"(demo written in {time.perf_counter() - started:.1f} s)")  # fmt: skip
    slowest = 0.0
    for query in QUERIES:
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            hits = notes_search.search(query)
            timings.append((time.perf_counter() - started) * 1000)
        median, worst = statistics.median(timings), max(timings)
        slowest = max(slowest, worst)
        print(f"  {query!r:14} {len(hits):4} hits  median {median:6.1f} ms  max {worst:6.1f} ms")
    budget.report(f"search all notes, {Visit.select().count():,} visits, slowest", slowest, "ms", 200)
    db.close_database()


if __name__ == "__main__":
    main()
